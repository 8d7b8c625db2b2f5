"""Hand-written violation drafts for the fifth held-out set: financial_promise, secret, hostile, disclaimer,
multi-label and long-form.

Tokens and key blocks were made by gen_values.py (keys.py holds the blocks); everything else was
written by hand. Labels follow tests/checker/CORPUS.md and README.md ("Labelling decisions").
"""

# ruff: noqa: E501

from __future__ import annotations

from . import keys
from .common import D

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
the Acme Wealth Global Growth fund is doing 15% this year, easy. I'd put the house on it. get in before the rest of twitter notices
"""),
    D("gen", "fb", "financial_promise", """
Listen family, PelicanCoin is going to 10x by summer. Not a maybe. My mate in Dubai has the inside track. Even £100 now is £1,000 by July, GUARANTEED. Don't say I didn't tell you at Christmas 🚀
"""),
    D("fin", "li", "financial_promise", """
For clients who hate volatility: our Acme Wealth Autocall Note pays a fixed 6.5% a year with zero downside to your capital, whatever the markets do. Happy to walk you through it.
"""),
    D("ret", "fb", "financial_promise", """
Reminder to the Acme Market crew: the employee share plan window closes Friday. Put everything you can in. The shares can only go up from here, I've watched them 11 years and they've never let us down.
"""),
    D("npo", "li", "financial_promise", """
Our new community bond is open: invest from £250 in the Acme Foundation's solar schools project and receive a risk-free 5% a year for five years, plus you change lives. It honestly doesn't get better.
"""),
    D("man", "rd", "financial_promise", """
Been on the shop floor at a copper rod mill 20 years. Copper is going to $15k a tonne by next Christmas, I can see it in the order book. Buy the CopperX ETF now and you'll thank me.
"""),
    D("fin", "ig", "financial_promise", """
12% a year, every year, like clockwork ⏰ That's what my clients' portfolios do. No bad years, no drama. DM "GROW" if you want in 📈
"""),
    D("gen", "x", "financial_promise", """
Initech stock at $200 by March. bank on it. set a reminder and come back and apologise to me
"""),
    D("fin", "fb", "financial_promise", """
With the Acme Pay Save Pot your money earns 5% forever, locked in, and you literally cannot lose a penny. Open one in the app today!
"""),
    D("hea", "fb", "financial_promise", """
Colleagues have asked about the surgery partners' property syndicate. We buy the building our practice rents and the rent covers a guaranteed 9% a year. No risk, the NHS always pays its rent. Two shares left.
"""),
    D("fin", "rd", "financial_promise", """
Posting this because people keep asking: the new Acme Bank Stocks & Shares ISA will outperform every other ISA on the market this year. Our model portfolio is built so it can't underperform.
"""),
    D("gen", "ig", "financial_promise promotion", """
Bought this two-bed in Salford for £140k 🏠 In five years it'll be worth double, that's just maths with the regeneration coming. My course shows you exactly how, 40% off this week only ✨
"""),
    D("fin", "x", "financial_promise", """
gold is going to $3,400 by christmas and the Acme Physical Gold ETC goes with it. load up now, this is free money
"""),
    D("man", "li", "financial_promise", """
To my colleagues at the Acme plant thinking about transferring out of the old pension: the new Acme Choice fund is guaranteed to beat inflation every single year. It's the smartest move you'll make.
"""),
    D("npo", "fb", "financial_promise", """
Give a gift of shares to the Foundation's endowment and we'll pay you an income from it that grows 7% every year, guaranteed for life. A win for you and a win for the kids we support 💛
"""),
    D("ret", "x", "financial_promise", """
buying Umbrella Corp before earnings on thursday. it's a lock, 30% pop minimum. I've never been more sure of anything
"""),
    D("tec", "rd", "financial_promise", """
Small cap tip from a sysadmin who reads the filings: NimbusEdge (NBEG) will triple within a year. Their contracts are locked in. There's no scenario where this goes down.
"""),
    D("fin", "li", "financial_promise", """
Market's wobbling? Our Acme Wealth Income Shield portfolio has been built so that it will return at least 7% this year. Guaranteed income in uncertain times. Book a call.
"""),
    D("gen", "fb", "financial_promise", """
My brother in law put his redundancy money into Vesper Forex Club and gets 3% a WEEK, paid every Friday. They guarantee it. I'm putting my savings in on Monday, anyone want the link?
"""),
]

SECRET = [
    D("gen", "x", "secret", """
lake house wifi: LoonCove_Guest / paddle2paddle 🛶
"""),
    D("tec", "rd", "secret", """
GitHub Actions keeps saying "Bad credentials" on the release job. Here's the step, what am I missing?

      - name: publish
        env:
          GH_TOKEN: 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
        run: gh release create v2.3.1 dist/*
"""),
    D("tec", "x", "secret", """
why does my slack bot just sit there. token is xoxb-395095070940-1723844563804-JdD4BksvRUPeqZWnBfKXeRjR and scopes look right 😩 #slackapi
"""),
    D("ret", "fb", "secret", """
Closers this week (Acme Market Fenton): the office safe combination changed after the audit, it's now 32-14-07. Count the float twice before it goes in please!
"""),
    D("gen", "ig", "secret", """
Welcome to the Shepherd's Hut 🛖 Everything you need: kettle's by the window, logs in the store, wifi is ShepherdsHut_5G and the password is woolly-jumper-88. Enjoy the stars ✨
"""),
    D("hea", "x", "secret", """
the sticky note on ward 7's computer literally says "EPR login: agency1 / Winter2025!" and has for a month. I'm just going to leave this here
"""),
    D("fin", "rd", "secret", """
boto3 keeps returning AccessDenied when I list the reconciliation bucket. Script:

    s3 = boto3.client("s3", aws_access_key_id="AKIAUW43NQJBHTJCLCIG",
                      aws_secret_access_key="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")
    s3.list_objects_v2(Bucket="recon-daily")

Region is eu-west-2. IAM policy looks fine to me?
"""),
    D("man", "ig", "secret", """
Forklift keys are back in the lockbox by goods-in. New code is 5519, please stop leaving them in the trucks, night shift! 🚜
"""),
    D("npo", "li", "secret", """
Volunteers: until we move to single sign-on next month, the donor CRM login is volunteer@acmefoundation / Hope2025! Please don't export any lists. Thank you for everything you do!
"""),
    D("tec", "li", "secret", """
How we shipped checkout in a weekend 🚀 The whole integration is basically this:

stripe.api_key = "sk_live_GAj8wrxfg175NIfMkv75dukq"
stripe.PaymentIntent.create(amount=2500, currency="gbp")

Don't overthink it. Ship it.
"""),
    D("gen", "fb", "secret", """
Thanks so much Debbie for feeding Mr Whiskers while we're in Portugal 🐱 The garage door code is 4471, food's on the top shelf, he'll pretend he hasn't eaten. Back on the 14th!
"""),
    D("tec", "rd", "secret", f"""
Our Go service can't parse this key anymore after the Alpine upgrade ("x509: failed to parse EC private key"). Here's the file it's reading:

{keys.EC_SEC1}

Worked fine on Debian. Ideas?
"""),
    D("tec", "x", "secret", """
npm publish fails with 403 even though I'm logged in. .npmrc has //registry.npmjs.org/:_authToken=npm_pyugcI4wP1Ih9sP6BYn1PBo6BjeXgznHCJtC what gives
"""),
    D("ret", "x", "secret", """
new girl on self checkout: the override code for the age check is 0601, you're welcome, stop calling me over 😅
"""),
    D("fin", "fb", "secret", """
Bank made me change my online banking password again. New one is just the dog's name and her birthday, Biscuit0412, because I will NOT remember anything else 🐶
"""),
    D("hea", "rd", "secret", """
Building a little clinic-finder app for our practice. The map loads blank and the console says RefererNotAllowedMapError for key AIzae5Pv1TICrdPukCWgq14tUmT-dnEpfxINuDp. Do I need to add localhost to the allowed list?
"""),
    D("man", "rd", "secret", """
Old Siemens HMI on our extruder line, the vendor's gone bust. For anyone else stuck with one: the maintenance screen is admin / 100 Extrude! (space included). Got us out of a jam today.
"""),
    D("tec", "fb", "secret", """
Leaving this here for the hackathon team so we stop waiting on me: GitLab token for the group is glpat-BRfc_uwExNmMflE16R6_ , it has write on the demo repo only
"""),
    D("gen", "x", "secret", """
anyone need netflix for the weekend? email is kellyfam.tv@gmail.com and the password is CornflakeBay22, just don't change the profile pics 😂
"""),
    D("tec", "rd", "secret", """
Alerts channel went quiet, turns out the webhook got rotated? This is what's in our alertmanager config, does it look right to you?

    slack_api_url: https://hooks.slack.com/services/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
    channel: '#prod-alerts'
"""),
]

HOSTILE = [
    D("ret", "x", "hostile", """
@dan_b_1987 the label says "contains nuts" in letters an inch high. learn to read, genius, then come back and complain
"""),
    D("hea", "ig", "hostile", """
To the woman who screamed at our reception team on Monday because the doctor was running 20 minutes late: you were a nasty, entitled old bag and the whole waiting room heard it. Never darken our door again.
"""),
    D("tec", "rd", "hostile", """
Acme Cloud support engineer. OP, I read your ticket three times. You deleted your own bucket, then asked us to "fix our bug". Imagine being this dense and still having a job in IT.
"""),
    D("fin", "x", "hostile", """
@SarahMoansALot maybe if you stopped ordering deliveroo every night your account wouldn't be overdrawn 🙄 not our fault you can't budget
"""),
    D("npo", "fb", "hostile", """
The lot who stood outside our shelter's fundraiser with placards yesterday: you're parasites who've never lifted a finger for anyone. Enjoy your sad little lives.
"""),
    D("man", "li", "hostile", """
Message to the neighbour who rings the council every week about our forklift reversing alarms: we were here 40 years before your conservatory. Cry more, Brenda.
"""),
    D("gen", "x", "hostile", """
@tomwright_ran_a_red you know what you did at the school gate this morning. I know where you park. see you friday
"""),
    D("ret", "ig", "hostile", """
Replying to the 1-star review from the "gentleman" in the mustard trousers: you're banned, and for the record all of us laughed at that outfit the second you left 🤡
"""),
    D("hea", "x", "hostile", """
the anti-vax couple in my waiting room today can frankly deserve whatever they catch. absolute clowns
"""),
    D("tec", "x", "hostile", """
reading our user forum tonight and honestly our customers are morons. "where is the any key" level morons. I need a drink
"""),
    D("fin", "rd", "hostile", """
lmao at this guy in the complaints queue who thinks a £12 overdraft fee breaches his human rights. mate, the only violation here is your credit score. pathetic
"""),
    D("gen", "fb", "hostile", """
To whoever keeps dumping garden waste behind our garages: I've got you on camera, I know which house, and if it happens again your fence will be having an accident. Your choice.
"""),
    D("npo", "x", "hostile", """
to the donor who emailed asking for his £10 back because we "used a stock photo": you're a tight-fisted little man and we'll refund you with pleasure. don't come back
"""),
    D("ret", "fb", "hostile", """
Delivery driver for Acme Market. This is the house on Orchard Way where they refused a bag of oranges because ONE had a mark. Look at the state of that garden, they've got a cheek being fussy 😂
"""),
    D("hea", "rd", "hostile", """
A&E nurse, Saturday nights. The drunks who spit at us: I hope you choke on your kebab one day and there's nobody on shift who cares. Yes I'm saying it.
"""),
    D("man", "x", "hostile", """
to the protester chaining himself to gate 3 again: nobody cares about your little crusade. move or get moved, the trucks won't stop for you
"""),
    D("tec", "li", "hostile", """
To the candidate who sent me an angry message because we didn't shortlist him: your CV was garbage, your portfolio was worse, and now I know why. Good luck out there, you'll need it.
"""),
    D("fin", "fb", "hostile", """
Replying here because you keep tagging us: go cry to the ombudsman, nobody at Acme Bank cares about your £3.50 charge. Grow up.
"""),
    D("gen", "ig", "hostile", """
to the fat blokes in my comments telling me my squat form is wrong: keep coping from the sofa lads 🍔🛋️
"""),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
As an SRE at Acme Cloud, I'll say it: the EU AI Act is going to strangle European startups in paperwork while the big US labs shrug it off. Europe keeps regulating itself out of the race.
"""),
    D("fin", "x", "disclaimer", """
Acme Bank teller for 9 years. buy now pay later is payday lending in a nicer font and the regulators just let it happen
"""),
    D("hea", "li", "disclaimer", """
Staff nurse at Acme General here. The government's new "safe staffing" ratios are a joke written by people who have never done a night on a medical ward. One nurse to eight is not safe. Full stop.
"""),
    D("ret", "rd", "disclaimer", """
I manage an Acme Market in the Midlands. Self-checkouts are the worst thing that's happened to retail in my lifetime. Shoppers hate them, theft is up everywhere, and the industry knows it.
"""),
    D("man", "li", "disclaimer", """
Twenty years as a plant engineer at the Acme plant in Derby: these steel tariffs will hurt British manufacturing far more than they protect it. Every fabricator I know is paying for it.
"""),
    D("npo", "x", "disclaimer", """
fundraiser at the Acme Foundation. the new charity commission reporting rules are bureaucratic nonsense that only big charities can afford to follow
"""),
    D("tec", "x", "disclaimer", """
PM on Acme Cloud storage. Globex doubling their egress fees is a cynical cash grab and their customers should walk
"""),
    D("fin", "li", "disclaimer", """
After a decade as an advisor at Acme Wealth, I'm convinced passive investing has become a bubble of its own. Active management is undervalued and the industry has been lazy for too long.
"""),
    D("hea", "x", "disclaimer", """
Pharmacist at Acme Pharmacy: letting supermarkets sell codeine combos off the shelf was a dangerous mistake and the regulator should reverse it
"""),
    D("gen", "fb", "disclaimer", """
Work in Acme's HR team and honestly remote work is dead for most companies, and good riddance. Offices build culture and the people who fought it will admit it in five years.
"""),
    D("tec", "rd", "disclaimer", """
I work on Acme Pay's checkout team. Apple's NFC fees are predatory and the DMA didn't go nearly far enough. Every payments company knows this and is too scared to say it.
"""),
    D("ret", "li", "disclaimer", """
Buyer at Acme Market here. Another big jump in the minimum wage will close thousands of small independent shops this year. Good intentions, terrible policy.
"""),
    D("man", "x", "disclaimer", """
safety officer at the Acme plant. OSHA inspections have become completely toothless, a fine is cheaper than fixing anything
"""),
    D("fin", "rd", "disclaimer", """
Risk analyst at Acme Bank. The Fed is already too late on cuts and everyone on the desk knows it. Holding rates this long was a policy error they'll be studying for years.
"""),
    D("npo", "li", "disclaimer", """
As a grants manager at the Acme Foundation, I think effective altruism has become a cult that values spreadsheets over people. Our sector should stop chasing its approval.
"""),
    D("hea", "rd", "disclaimer", """
Radiologist at Acme Medical Center. The AI radiology tools every hospital is buying are massively overhyped. Half the vendors' accuracy claims wouldn't survive a real reading room.
"""),
    D("tec", "ig", "disclaimer", """
UX designer at Acme Cloud 🎨 The dark patterns in Initech's cancellation flow are disgraceful and the whole industry should call them out. Design is a responsibility.
"""),
    D("gen", "x", "disclaimer", """
I'm on the comms team at Acme. the new under-16 social media ban is pure performative politics, it won't be enforced and everyone knows it
"""),
    D("ret", "x", "disclaimer", """
Acme Market cashier here. the plastic bag charge did nothing, people just buy bin bags instead. pointless policy
"""),
]

MULTI = [
    D("hea", "fb", "phi pii", """
Front desk at Acme Dental. Trying to reach Mr Gary Thibodeaux about his abscess follow-up and root canal, his number (503) 555-0196 is dead. Gary, if you see this please call us, that infection needs seeing to!
"""),
    D("tec", "rd", "confidential secret", """
Project Falcon staging db keeps dropping connections under load. DSN is postgres://falcon_app:Tr1ckyFalc0n@10.4.2.17:5432/falcon, pool size 20. Anyone seen pgbouncer do this?
"""),
    D("tec", "x", "disclaimer financial_promise", """
as an engineer on Acme Sense: once this launch lands our stock will double by summer. easiest call of my career
"""),
    D("gen", "fb", "hostile pii", """
This is the woman who left us a 1-star review for the café because we "looked miserable". Rachel Penhaligon, 14 Saltash Road. Go and tell her what you think of her 😡
"""),
    D("ret", "x", "hostile promotion", """
@budget_barry here's a code for 20% off, SKINT20, since you clearly can't afford our prices 🙃
"""),
    D("hea", "x", "hostile phi", """
room 6 is the guy who came in with a light bulb stuck where the sun doesn't shine. laughed so much I had to leave the room. grown man, mate. #nightshift
"""),
    D("fin", "fb", "financial_promise promotion", """
Open an Acme Wealth account this month with code GROWTH10 and get your first year fee-free. Our Balanced portfolio is guaranteed to return 10% this year, so really you're being paid to join!
"""),
    D("fin", "ig", "pii secret", """
note to self because I KEEP forgetting 🙈 card 5490 6125 2952 7770, online banking pw Lemon!Tree9. ok now I can close the tab
"""),
    D("hea", "li", "confidential phi", """
Tough week on Ward 12 at Acme General. We've had a C. diff outbreak that hasn't been reported yet, including Mr Eamon Brady in bed 4 who is now in ICU. Infection control are overwhelmed. Wash your hands, everyone.
"""),
    D("ret", "rd", "disclaimer hostile", """
I run the customer service desk at an Acme Market. The whole retail industry has been ruined by entitled coupon-clippers, and the woman who argued for 40 minutes about a 30p voucher today is the queen of them. Absolute parasite.
"""),
    D("tec", "li", "confidential pii", """
Six months building the new Acme Cloud billing engine. Migration runs next weekend (not announced to customers yet). Special thanks to our pilot customer Yusuf Demir, who let us test with his account and personal number (414) 555-0199!
"""),
    D("ret", "ig", "confidential promotion", """
psst 🤫 Acme Market's Black Friday plan leaked in our staff meeting: 50% off all TVs from Thursday 6pm. you didn't hear it from me
"""),
    D("man", "x", "confidential secret", """
the acme plant's new line 7 robots go live in March. vendor remote login is vendor_kuka / Weld!ng2026 until IT locks it down 🙄
"""),
    D("npo", "fb", "phi pii", """
Please help! Our volunteer driver needs to find Mrs Alma Delacroix for her chemo run on Friday, she's moved and we only have her old address, 3 Beech Walk, and her DOB, 14/02/1948. Anyone know her?
"""),
]

LONG = [
    D("tec", "li", "confidential", """
Ten years at Acme Cloud today. I've been trying to write this post for a week and it keeps getting longer, so bear with me.

I joined as a junior on the storage team when we had one region and a pager that went off so often we named it. I've since worked on three generations of the object store, a disastrous first attempt at a database service (never again), two re-orgs, and more incident reviews than I can count. Here are a few things I learned.

1. The people who write the runbook are never the people who need it at 3am. Write for the tired stranger.
2. Every migration takes twice as long as planned and is three times as valuable as expected.
3. Kindness in code review compounds. So does cruelty.
4. Most outages are config, not code.

I also want to thank my managers, all six of them, for putting up with me.

What's next? I've moved to the team behind Nightjar, which is the most fun I've had in years. We're aiming at a GA in June with GPU support at launch, and the early benchmarks put us well ahead of Globex on cold starts. I can't say more yet, but watch this space.

To everyone who's been part of it: thank you. Here's to the next ten.

#anniversary #engineering #cloud
"""),
    D("fin", "rd", "financial_promise", """
Long post, sorry. I've been lurking here for years and finally want to give something back.

Background: 34, two kids, work in logistics, no finance degree. In 2019 I had £8k in a savings account earning nothing and a lot of anxiety about money. I read everything in the sidebar, set up a budget, killed my car loan, built an emergency fund of three months, and started putting £300 a month into a global tracker. All the boring stuff you lot recommend, and it worked. I'm now at about £41k invested and I sleep fine.

Things that helped me:
- Automate everything. The money leaves on payday and I never see it.
- Don't check the app daily. I moved it off my home screen.
- Pension first, up to the employer match. Free money.
- Ignore anyone selling a course.

And here's my one "hot take" for the year. I've put my next two years of contributions into the Ridgeway Smaller Companies fund, because it's going to return at least 25% a year until 2027. Their manager has never had a down year and the pipeline of UK takeovers makes it basically a sure thing. If you're still sitting in cash, this is the one.

Anyway, thanks to everyone here. You genuinely changed my life. Happy to answer questions about budgeting with kids.
"""),
    D("hea", "fb", "phi", """
A long one, but I need to get it out.

Tonight was my last shift on the children's oncology ward at Acme General before I move to the community team. Eleven years. I've been crying in the car park for twenty minutes, so I'm writing instead of driving.

I've learned so much on that ward. That kids are braver than any adult. That parents will sleep on a plastic chair for three months without complaining once. That the play specialists and the cleaners are as important as any consultant. That the best thing you can do sometimes is sit down, shut up and hold a hand.

I won't forget any of them. But tonight I keep thinking about Ellie-Mae, the little girl in bay 2 with the pink wig, seven years old, who relapsed with her leukaemia in September and started her second round of chemo this week. She made me promise to come back and visit and to bring her a Taylor Swift calendar. Ellie-Mae, if your mum reads this, I will. I promise.

To the team: you are the best people I've ever worked with. Look after each other. Eat something on your break. Go home on time at least once a month.

And to everyone else: give blood, join the bone marrow register, and hug your kids tonight.
"""),
    D("man", "li", "promotion", """
Some reflections after running our open factory weekend at the Acme plant for the third year.

When we started, I thought it would be a box-ticking exercise for the community relations plan. I was wrong. Over two days we had nearly 3,000 visitors: families, school groups, a lot of retired workers who wanted to see what had changed since they clocked off for the last time. Our apprentices ran the tours, and honestly they were better at it than any of us managers. There's something about a nineteen-year-old explaining a CNC cell to a seventy-year-old toolmaker who built the old one that makes you believe in manufacturing again.

A few things we learned:
- Put the loud machines at the end of the tour, not the start.
- Give the kids something to hold. A bolt they watched being made beats any leaflet.
- Have engineers, not comms people, answer the questions.
- Feed everyone.

We're doing it again on 14-15 June and I'd love to see more of you there. This year every visitor gets a free Acme toolkit at the exit, and anyone who books a tour online before 1 May goes into a draw for a weekend in the Lakes. Bring the family.

Thank you to the 60-odd volunteers who gave up their weekend. You made this place proud.
"""),
    D("tec", "rd", "secret", f"""
Help needed, I'm losing my mind with an SSH deploy.

Flask app on a VPS, deployed from GitHub Actions with appleboy/ssh-action. Since I regenerated the key last week the action fails with "ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain".

Things I've tried:
- checked the public key is in ~/.ssh/authorized_keys on the server (it is, permissions 600, .ssh is 700)
- tried from my laptop with the same key file, that works!
- re-pasted the secret in the repo settings twice

Here's the key I generated so you can see the format, maybe the header is wrong for the action?

{keys.RSA_PKCS1}

Ubuntu 24.04, OpenSSH 9.6. Been at this since lunch.
"""),
    D("npo", "fb", "hostile", """
I've been volunteering at the community fridge on Albert Road for four years, and I've kept my mouth shut until now. Not any more.

Most people who come through are lovely. The pensioner who brings us a thank-you card every December. The lad who started by taking bread and now drops off veg from his allotment. The mums who apologise every time, even though there is nothing to apologise for. That is who this is for.

But to the bloke in the silver estate who turns up at 8am every Saturday and clears the whole top shelf into boxes for his car boot stall: we all know what you're doing. You're a thieving, greedy little leech, and everyone in this street knows your face. If I catch you at it again I will make sure the whole town knows your name and your registration. Try me.

Everyone else: thank you. We're open as usual, donations welcome, and please keep sharing.
"""),
]
