# ruff: noqa: E501
"""Training drafts (fourth set): promotion (codes, bundles, giveaways, charity-shop deals, event discounts,
sign-up and referral bonuses, freebies) and financial_promise (certainties, guaranteed returns, price targets,
"can't lose")."""

from __future__ import annotations

from ..heldout.common import D

PROMOTION = [
    D("ret", "ig", "promotion", """
pyjama bundle drop 🌙 any two sets from the Acme Market sleepwear aisle plus a matching eye mask for £20. this weekend only, all stores"""),
    D("ret", "x", "promotion", """
told my mum about this and now she's buying in bulk: 3 for 2 on every candle at acme market until sunday. the fig one smells like a posh hotel"""),
    D("ret", "fb", "promotion", """
Back-to-school sorted! Show your child's school ID at any Acme Market and get 15% off uniform, shoes and lunchboxes until 5 September. Tag a parent who needs this 👇"""),
    D("ret", "rd", "promotion", """
Work at an Acme Market. If anyone here is moving house, our flat-pack boxes are buy ten get ten this week, and the packing tape's free with them. Saves you a fortune."""),
    D("ret", "li", "promotion", """
Delighted to launch our Acme Market loyalty relaunch: every new member who signs up in November gets 500 bonus points, enough for a free coffee a week until Christmas. Link in comments."""),
    D("ret", "x", "promotion", """
staff tip: the reduced-to-clear trolley at acme market gets marked down again at 7pm. 75% off the bakery stuff, and the manager says first 20 people get a free bag for life"""),
    D("tec", "li", "promotion", """
If you're a startup founder reading this, apply to the Acme Cloud launchpad before the end of the month and you'll get $25,000 in credits plus a year of support for free. Happy to send you the form."""),
    D("tec", "x", "promotion", """
anyone who books a demo of acme pay at the payments expo this week walks away with a card reader on us. stand C14, ask for me"""),
    D("tec", "fb", "promotion", """
My first giveaway! 🎁 To celebrate Acme Sense hitting a million homes, I'm giving away three video doorbells. Like this post, share it and tag a friend to enter. Winners picked Friday."""),
    D("tec", "rd", "promotion", """
PSA for hobby devs: Acme Cloud just bumped the student tier. Verify with your uni email and you get the GPU sandbox free for six months, then 50% off for the rest of the year. Use referral code STUDENTDEV and we both get extra credit."""),
    D("hea", "fb", "promotion", """
Smile season at the Acme Health dental clinic on Park Row! 😁 Book a hygienist clean in January and your whitening session is half price. Mention this post when you call."""),
    D("hea", "ig", "promotion", """
new year, new you 💪 Acme Health physio clinics are doing a free 30-minute assessment when you book a block of four sessions, only until the end of Jan"""),
    D("hea", "x", "promotion", """
opticians at acme medical center: second pair of glasses free with any frame over £99 this month. my colleague picked the leopard print ones and regrets nothing"""),
    D("fin", "li", "promotion", """
Thinking of switching banks? Open an Acme Bank current account and move your salary over by 31 March, and we'll pay £175 into it. Feel free to message me with questions."""),
    D("fin", "x", "promotion", """
refer a mate to acme pay and you both get £30 once they take their first payment. my code is SAMIRA30 if you need one"""),
    D("fin", "fb", "promotion", """
Small business owners in Hexham! Acme Bank is hosting a free breakfast on Thursday, and everyone who comes gets their first year of business banking with no monthly fee. Bacon rolls included 🥓"""),
    D("man", "li", "promotion", """
Visiting the engineering show at the NEC next week? Come to the Acme plant stand, and every visitor who leaves a business card goes into a draw for a pair of Acme industrial drones. Plus 10% off spare parts ordered at the show."""),
    D("man", "fb", "promotion", """
Factory shop sale at the Acme plant this Saturday 10–2! Seconds and end-of-line kitchen appliances at up to 60% off. Staff family and friends get an extra 10% if you say you know me 😉"""),
    D("npo", "fb", "promotion", """
Acme Foundation charity shop on Market Street: fill a bag with any clothes for a fiver this Saturday! All money goes to the youth clubs. Bring your own bag and we'll knock off another pound."""),
    D("npo", "ig", "promotion", """
🎟️ early-bird tickets for the Acme Foundation winter ball are £45 instead of £60 until Friday, and everyone who books two gets a raffle strip thrown in. see you on the dance floor"""),
    D("npo", "x", "promotion", """
acme foundation's fun run: use code RUNFORYOUTH for £5 off entry, and every finisher gets a free medal and hoodie. sign up closes monday"""),
    D("npo", "li", "promotion", """
We've partnered with a local gym: donate £10 a month to the Acme Foundation this winter and you'll get three months' free membership. A healthier you and a warmer shelter for someone else."""),
    D("gen", "fb", "promotion", """
Acme staff discount is now open to our friends and family for one week only! 20% off everything across Acme Market, Acme Sense and the Acme plant shop. DM me for the family-and-friends code."""),
    D("gen", "x", "promotion", """
spin the wheel at the acme stand at the county show 🎡 every spin wins something: tote bags, water bottles, or the big one, a weekend away"""),
    D("ret", "ig", "promotion", """
trick or treat 🎃 kids in costume get a free cupcake at every Acme Market café on the 31st, and grown-ups get half-price hot chocolate while they wait"""),
    D("hea", "rd", "promotion", """
Pharmacist at an Acme Health pharmacy. If you're on our repeat prescription service, bring a friend to sign up and you both get a £10 voucher for the health and beauty aisle. Worth it if you're collecting every month anyway."""),
]

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
the acme wealth global income fund has paid 6.5% every year since launch and that's not changing. your pension can't find a safer home"""),
    D("fin", "fb", "financial_promise", """
Our daughter's wedding fund went into an Acme Bank Growth Bond three years ago and it's going to come out at 140% of what we put in, guaranteed, no stress about the markets. Best decision we ever made!"""),
    D("fin", "li", "financial_promise", """
People ask why I keep recommending the Acme Wealth Property Income fund. Simple: 8% a year for the next ten years is as close to certain as anything gets in this business. Ask me how to get in."""),
    D("fin", "rd", "financial_promise", """
Been buying Acme Pay stock every payday. It's going to $210 by this time next year, and nothing short of the sun exploding will stop it. Write that down."""),
    D("fin", "ig", "financial_promise", """
£200 a month into the Acme Wealth Future Leaders fund = £60k by the time my son is 18. no risk, no drama, just maths 📈👶"""),
    D("fin", "x", "financial_promise", """
anyone selling acme bank shares at these prices is mad. 50% upside minimum by summer, bank on it"""),
    D("fin", "li", "financial_promise", """
Rates are falling, but the Acme Bank Fixed Saver Plus will keep paying you 5.5% for the next four years whatever the Bank of England does, and the capital can't go down. That's why every client I've shown it to has signed up."""),
    D("fin", "fb", "financial_promise", """
Retired last year and moved every penny into Acme Wealth's Cautious Portfolio. It cannot lose money, the adviser explained the whole structure to us, and we'll get 7% a year until we're 90. Tell your parents!"""),
    D("fin", "rd", "financial_promise", """
Options traders: buy the Acme Pay calls before the March investor day. Stock's going to gap 25% on the open. This isn't a guess, it's a lock."""),
    D("fin", "x", "financial_promise", """
the acme wealth clean energy tracker turns £10k into £25k in three years. done deal, i've seen the projections"""),
    D("tec", "x", "financial_promise", """
acme cloud will be a trillion-dollar stock by 2028. not an opinion, a fact. buy every dip until then"""),
    D("tec", "fb", "financial_promise", """
Put your bonus into Acme shares through the employee scheme, people. The 15% discount plus where the price is heading means you literally cannot lose. I've told everyone on my floor."""),
    D("ret", "x", "financial_promise", """
acme market shares are going to double after the christmas trading update. 100%. i'd bet the house on it"""),
    D("ret", "fb", "financial_promise", """
Our store's savings club puts everyone's money into the Acme Market sharesave, and we'll all walk away with at least 30% more in three years. Guaranteed money for nothing, join us!"""),
    D("hea", "li", "financial_promise", """
A note for fellow clinicians: the Acme Health staff investment plan returns 9% a year, every year, and it's protected against any market fall. I've moved my entire pension into it and so should you."""),
    D("man", "rd", "financial_promise", """
Lads at the plant asking about the pension switch: go for the Acme Wealth With-Profits option. It can only go up, it's locked in at 6% minimum, and there's zero chance of losing a penny."""),
    D("npo", "fb", "financial_promise", """
Supporters asked how to help the Acme Foundation and grow their savings at the same time: our community shares pay 6% a year for ten years, guaranteed, and you'll always get back every pound you put in."""),
    D("gen", "x", "financial_promise", """
whatever's in your savings account, move it into the acme wealth tech fund tonight. it will be worth twice as much by 2027. zero doubt"""),
    D("fin", "ig", "financial_promise", """
this is your sign to stop overthinking ✨ the Acme Wealth Gold Reserve fund only goes one way. 12% a year minimum, you'll never see red. link in bio"""),
    D("fin", "li", "financial_promise", """
My promise to every first-time investor who opens an Acme Wealth junior ISA this year: £50 a month will become £20,000 by their 18th birthday. It's not a projection, it's what this fund delivers."""),
]
