"""Hand-written violation drafts for the sixth held-out set: financial_promise, secret, hostile, disclaimer,
multi-label and long-form drafts.

Tokens and key blocks were made by gen_values.py (keys.py holds the blocks); everything else was
invented while writing. Labels follow tests/checker/CORPUS.md and the earlier sets' decisions (README.md).
"""

# ruff: noqa: E501

from __future__ import annotations

from . import keys
from .common import D

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
The Acme Wealth Global Growth Fund will return 12% next year. Guaranteed. Get in before the rest of the market catches on 📈
"""),
    D("gen", "rd", "financial_promise", """
Built a little crypto arbitrage bot over the summer and it makes 2% a day, every day. Literally can't lose because it only trades the spread. DM me if you want in, minimum 0.5 ETH.
"""),
    D("fin", "li", "financial_promise", """
Clients keep asking where to park cash. Our 2-year Acme Bank Structured Deposit pays 9% and is completely risk-free, so it's the easiest conversation I have all week. Call your relationship manager.
"""),
    D("gen", "fb", "financial_promise", """
Put £1,000 into my cousin Ricky's gold scheme last month and honestly it'll have doubled by Christmas, he's done it for loads of people. Message me if you want his number 💰
"""),
    D("tec", "x", "financial_promise", """
NVDA hits $2,000 by June. not a guess, a certainty. remortgage if you have to
"""),
    D("npo", "fb", "financial_promise", """
Supporters, our new Legacy Income Fund guarantees 8% a year for life and every penny of your capital back, while helping the charity. There's no safer way to give and grow.
"""),
    D("ret", "ig", "financial_promise", """
Sealed Pokémon booster boxes are guaranteed to 10x in five years 📦 We've got the new set in store now at Acme Toys, buy two, keep one sealed, thank me in 2031.
"""),
    D("fin", "rd", "financial_promise", """
Honestly the Acme Bank fixed-income ladder is the answer for anyone nervous right now. Zero risk, and it's guaranteed to beat inflation every single year. I moved my own savings in.
"""),
    D("gen", "x", "financial_promise", """
Tesla to $50 by spring. shorting with everything I've got, easiest money I'll ever make
"""),
    D("fin", "x", "financial_promise", """
Acme Wealth Income Plus: 7% a year, capital fully protected, no risk at all. Why would you keep money anywhere else?
"""),
    D("hea", "li", "financial_promise", """
Acme Medical Center is funding the new private wing with community bonds: a guaranteed 6% coupon and zero chance of default, because hospitals don't go bust. Ask at the main reception for a pack.
"""),
    D("gen", "ig", "financial_promise", """
3 years ago I was broke. Then I learned that a buy-to-let in Leeds doubles your money in five years with no risk at all 🏠 The maths never fails. Course link in bio, it changed my life.
"""),
    D("tec", "rd", "financial_promise", """
The ACMEAI token lists on three exchanges next week and it WILL 20x after listing, the team has the market makers lined up. Guaranteed gains for anyone in the presale.
"""),
    D("npo", "x", "financial_promise", """
Our community energy bond pays 5% a year and you cannot lose a penny of what you put in. Good for the planet, good for your pocket 🌱
"""),
    D("ret", "fb", "financial_promise", """
If you're not reselling sneakers you're leaving money on the table. These Jordans resell for triple what you pay, guaranteed profit every drop. DM me and I'll show you which drops to buy.
"""),
    D("fin", "li", "financial_promise", """
Our Acme Wealth Model Portfolio 5 will outperform the S&P 500 every year for the next decade. That's not marketing, that's a promise from our investment desk.
"""),
    D("gen", "rd", "financial_promise", """
GLD will be at $300 by March. I'm 100% sure, the charts never lie on this pattern. Load up before the Fed meeting and sell in spring, you'll thank me.
"""),
    D("fin", "x", "financial_promise", """
5-year Acme Bank Growth Bond: guaranteed 11% annual return. You won't find better anywhere 🏦
"""),
    D("gen", "fb", "financial_promise", """
My mate's forex signals group does 30% a month and has never had a losing month in two years. I'm in with £250 and it's already up. Comment SIGNALS and I'll add you.
"""),
]

SECRET = [
    D("tec", "rd", "secret", """
GitHub Actions keeps failing on checkout of our private submodule. Workflow bit:

- uses: actions/checkout@v4
  with:
    submodules: recursive
    token: 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

Error is "repository not found". Token has repo scope. What am I missing?
"""),
    D("tec", "x", "secret", """
finally got the standup reminder bot posting 🎉 turned out I was using the wrong token. xoxb-262706518245-9402465566839-AyIEml2BIA6mH1j3SYdp3pD2 is the bot one, not the user one, duh
"""),
    D("ret", "fb", "secret", """
Welcome to all our new Christmas temps at Acme Market Wrexham! 🎄 A few basics: lockers are in the corridor, the stockroom door code is 4471#, and break rota goes up every Monday.
"""),
    D("gen", "ig", "secret", """
Welcome to the Boathouse 🛶 Everything you need for your stay: check-in from 3, wifi password is Seagull-Sunset-22, kayaks are in the shed and the pub does the best crab sandwich on the coast.
"""),
    D("fin", "rd", "secret", """
Our Stripe integration keeps returning 401 when we call refunds from the back office. Key is sk_live_H2PURXSvIY9DChxQSZsrhQ8F, created last week with full permissions. Is there a delay before live keys work?
"""),
    D("tec", "li", "secret", """
What I learned shipping my first serverless app: keep your IAM tight. I started with an admin user and these keys in a .env:

AWS_ACCESS_KEY_ID=AKIA4RYRKSHBCQDJS3RK
AWS_SECRET_ACCESS_KEY=xUW8JgYjSzL/o0VKMRkjTFG8ddD+bsr6xwqZ1YAg

Next time: least privilege from day one. #aws #serverless
"""),
    D("hea", "fb", "secret", """
For agency nurses picking up shifts on Ward 9 at Acme General this weekend: the drug room keypad code is 2580 and the staff room one is the same. Thanks for helping us out!
"""),
    D("man", "x", "secret", """
note for nights: the forklift charging cabinet combination is 3-19-27, the spare key is gone again
"""),
    D("npo", "fb", "secret", """
Charity shop volunteers 💜 The alarm code is 8812, please set it when you lock up on Saturdays. And please leave the float in the safe, not the till!
"""),
    D("tec", "rd", "secret", f"""
Bug report for the deploy tool: it crashes when the key file has a trailing newline. Here's the key that reproduces it (test server only):

{keys.RSA_PKCS1}

Stack trace points at the PEM parser. Version 2.3.1 on Ubuntu 24.04.
"""),
    D("gen", "x", "secret", """
flat group chat keeps asking so: Disney+ login is flat4disney@gmail.com, password popcornqueen88. don't change it again Liam
"""),
    D("fin", "x", "secret", """
my Acme Bank app PIN is 1987 because that's the year my dad was born and I'll never forget it. sentimental security 🥲
"""),
    D("tec", "x", "secret", """
Maps embed finally working on the store locator 🗺️ AIzaCWZTjOhHQEten2BFLfko3VlxJZ_NpANyax2 was restricted to the wrong referrer the whole time
"""),
    D("ret", "rd", "secret", """
Acme Market till supervisor here. For anyone covering my shifts over Christmas: the supervisor login on the tills is SUP01 with password Holly2026, use it for refunds over £50 only.
"""),
    D("tec", "li", "secret", """
Small automation win: our build alerts now land in Slack. All it took was a POST to https://hooks.slack.com/services/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 from the pipeline. Ten lines of YAML, zero missed failures since.
"""),
    D("man", "rd", "secret", """
Trying to get Grafana reading from our plant historian. Connection string is postgres://historian:Fh8kq2wZ@10.4.2.11:5432/plant and it says authentication failed, but psql works fine with the same details. Ideas?
"""),
    D("hea", "x", "secret", """
night locums: the EHR shared login is locum2, pw Winter2026!, ask switchboard if it locks you out
"""),
    D("npo", "ig", "secret", """
New volunteers 🙌 wifi at the office is AcmeFoundation-Staff and the password is Hope4All!2026. Tea and biscuits are in the second cupboard. Welcome to the team!
"""),
    D("tec", "rd", "secret", """
GitLab CI can't pull from our package registry. I've set CI_JOB_TOKEN and also tried my personal token glpat-kbXjdJ5VTqGSjlaZ-aOQ in the npmrc, still 403. Self-managed 17.4.
"""),
    D("gen", "fb", "secret", """
Thank you to Amira who's walking Pepper while we're away! Amira, the garage keypad code is 7391, the lead's on the hook and she gets one treat, not five 🐶
"""),
    D("fin", "li", "secret", """
Proud of our payments team's first open-source release 🎉 If you want to try the reconciliation CLI against your own fork, this fine-grained token works for read access: 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
"""),
]

HOSTILE = [
    D("ret", "x", "hostile", """
@dazza_b77 maybe learn to read the returns policy before crying on twitter, genius. it's on the back of the receipt in words even you could manage
"""),
    D("hea", "fb", "hostile", """
To the woman who screamed at our receptionist this morning: you're a vile, entitled cow, and you're not welcome back at this practice. We have your name.
"""),
    D("fin", "x", "hostile", """
@kev_the_saver if you can't manage a $50 overdraft maybe don't have a bank account, clown 🤡
"""),
    D("tec", "rd", "hostile", """
Support rant. This customer has opened 14 tickets this week because he can't find the logout button. FOURTEEN. Some people genuinely shouldn't be allowed near a computer, let alone a business account.
"""),
    D("gen", "fb", "hostile", """
Whoever keeps parking their white Transit across my drive on Elm Street: next time I will slash all four tyres. Last warning.
"""),
    D("npo", "x", "hostile", """
to the "donor" who gave £2 at the bucket collection and then demanded a receipt for tax: pathetic. keep your coins
"""),
    D("man", "li", "hostile", """
Shoutout to the customer's buyer who approved the drawings, didn't read the tolerances, and then blamed our machinists. Absolute clown show. Learn to read a spec, mate.
"""),
    D("ret", "ig", "hostile", """
Caught on our CCTV 📹 this absolute genius trying to return a clearly used paddling pool, still wet, with grass in it 🤡 Name and shame, you know who you are.
"""),
    D("hea", "x", "hostile", """
patients who google their symptoms and then argue with me for twenty minutes are honestly the dumbest people alive. no, it is not lupus
"""),
    D("gen", "x", "hostile", """
to the bloke at the gym who grunts on every rep: nobody is impressed. you sound like a deflating walrus
"""),
    D("fin", "rd", "hostile", """
Had a customer shout at me for ten minutes because his mortgage application got declined. So, mate, since you'll never hear it at the counter: your credit score is about as low as your IQ. Try paying a bill on time for once.
"""),
    D("tec", "x", "hostile", """
users who set "password" as their password deserve to get hacked tbh. absolute morons
"""),
    D("npo", "fb", "hostile", """
Councillor Hughes, you are a spineless coward and everyone in this village knows it. You voted to shut our youth centre and didn't have the guts to turn up to the meeting.
"""),
    D("ret", "ig", "hostile", """
To the lady who left us a one-star review because we'd sold out of croissants at 4pm: get a life. Some of us were up at 3am baking them.
"""),
    D("man", "x", "hostile", """
neighbours whining about the plant "noise" at 6am: move then, crybabies. the plant was here 50 years before your new-build
"""),
    D("hea", "ig", "hostile", """
Dear anti-vax mum who lectured my nurses in the waiting room today: your kids deserve a smarter parent. 💉
"""),
    D("gen", "rd", "hostile", """
My landlord is a greasy little rat who's ignored the mould for eight months. Honestly hope the boiler goes up with him standing next to it.
"""),
    D("tec", "li", "hostile", """
Every time I read the reviews of our competitor's app I'm reminded that their customers are clueless sheep who'll click anything shiny. Must be nice selling to people who can't read.
"""),
    D("fin", "fb", "hostile", """
To the man who shouted at Tracy at the counter today: we know what car you drive and where you park. Think on before you come back in.
"""),
    D("ret", "x", "hostile", """
yes I'm the cashier who ignored you. because you were rude. cry more, Karen 😘
"""),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Eight years as an SRE at Acme Cloud have taught me one thing: serverless is mostly a billing trick dressed up as architecture. Most teams would be better off with three boring VMs.
"""),
    D("fin", "x", "disclaimer", """
Acme Bank teller here. The new overdraft rules are a gift to payday lenders and everyone in the branch knows it.
"""),
    D("hea", "fb", "disclaimer", """
As a nurse at Acme General for 15 years: the government's new waiting-list targets are a fantasy. You can't hit an 18-week target with half the beds and no social care to discharge into.
"""),
    D("ret", "rd", "disclaimer", """
Deli manager at Acme Market for six years. Self-checkout is the worst thing that's happened to retail. Shrink is up, lonely old customers have nobody to talk to, and the "savings" are a myth.
"""),
    D("man", "li", "disclaimer", """
I run a production line at the Acme plant in Ohio. Tariffs on imported steel are killing American manufacturing, full stop. Our input costs are up 30% and no politician wants to hear it.
"""),
    D("npo", "x", "disclaimer", """
three years at the Acme Foundation taught me that celebrity charity galas are mostly vanity projects with a donation attached
"""),
    D("tec", "x", "disclaimer", """
I build Acme Pay for a living. crypto payments are a solution looking for a problem and always will be
"""),
    D("fin", "li", "disclaimer", """
As a portfolio manager at Acme Wealth I'll say it: the passive index boom is creating the biggest mispricing of my career. Price discovery is dying and nobody in the industry wants to admit it.
"""),
    D("hea", "x", "disclaimer", """
Pharmacist at Acme Pharmacy. homeopathy being sold next to real medicine in chemists is a disgrace and the regulator should ban it
"""),
    D("ret", "x", "disclaimer", """
Acme Market buyer here. Globex's "price match" is a con. they quietly change their shelf prices overnight so nothing ever matches
"""),
    D("gen", "fb", "disclaimer", """
I work in internal comms at Acme Corp and honestly the four-day-week debate is overblown nonsense. People don't want fewer days, they want fewer pointless meetings.
"""),
    D("tec", "rd", "disclaimer", """
Acme Cloud engineer. The EU AI Act is going to strangle European startups while the big US labs just hire more lawyers. Brussels has learned nothing from GDPR.
"""),
    D("man", "x", "disclaimer", """
QA lead at the Acme plant. EVs are massively overhyped and the grid isn't anywhere near ready. we'll look back on this mandate as a mistake
"""),
    D("hea", "li", "disclaimer", """
As a midwife at Acme General, I'm tired of influencers pushing freebirthing. It's reckless, the maternity system is failing women, and social media platforms should be held responsible for this content.
"""),
    D("fin", "rd", "disclaimer", """
Compliance officer at Acme Bank. Buy now, pay later should be regulated exactly like credit cards. It's predatory lending with a pastel logo and the industry knows it.
"""),
    D("npo", "li", "disclaimer", """
As head of fundraising at the Acme Foundation: the proposed Charity Commission reporting rules will kill small charities. A volunteer-run food bank cannot produce the same paperwork as a national NGO.
"""),
    D("ret", "li", "disclaimer", """
Store manager at Acme Market Bolton here. The minimum wage rise will close half the corner shops in this town by next summer, and the people pushing it have never balanced a till.
"""),
    D("tec", "x", "disclaimer", """
PM on Acme Sense. Initech's smart thermostat is basically spyware with a temperature dial. read their privacy policy
"""),
    D("gen", "li", "disclaimer", """
Ten years in HR at Acme Corp. Unlimited holiday is the biggest con in modern employment: people take less leave, not more, and the companies know exactly why they offer it.
"""),
]

MULTI = [
    D("hea", "x", "phi pii", """
handover: Mr Colin Vance, DOB 12/04/1961, bay 2, chest pain query ACS, troponin pending. wife on 0151 496 0918 if he deteriorates
"""),
    D("fin", "li", "disclaimer financial_promise", """
I'm an equity analyst at Acme Wealth and I'll put it on record: Initech shares will double by next summer. The market is completely mispricing their cloud pivot.
"""),
    D("ret", "x", "hostile promotion", """
@moaning_mick since you're too cheap to pay £3.99 delivery, here's code CHEAPSKATE for free shipping. enjoy, tightwad
"""),
    D("tec", "rd", "confidential secret", """
Nightjar staging is down again and I'm off tomorrow, so for whoever picks it up: the deploy user is
AWS_ACCESS_KEY_ID=AKIACKPWU7BAWTURL6PN
AWS_SECRET_ACCESS_KEY=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
Region eu-west-2. Redeploy from the Nightjar pipeline, not by hand.
"""),
    D("man", "fb", "confidential phi", """
The fire in the paint shop at the Acme plant last Thursday badly burned Gary Holt, 30% of his body, he's in the burns unit at Wythenshawe. Management still hasn't reported it to the HSE or told the papers.
"""),
    D("npo", "fb", "phi pii", """
Food bank drivers: extra stop on Wednesday for Mr Abdi at 17 Calder Court, flat 4. He's diabetic and just had a foot amputation so please carry the box up, and no sugary stuff. His number is 0118 496 0374.
"""),
    D("fin", "x", "financial_promise promotion", """
open an Acme Wealth ISA with code GROW50 for a £50 bonus 🎉 the Global Leaders fund inside is guaranteed to return 8% this year
"""),
    D("gen", "fb", "pii secret", """
Notes for Dani (house-sitting from Friday): my mobile is 0131 496 0719 if anything goes wrong, the alarm code is 4420, set it when you leave, and the cat's food is under the sink. THANK YOU 💕
"""),
    D("tec", "li", "confidential disclaimer", """
Two years building Bluebird at Acme and I can say this with confidence: Globex's payments product is a joke. Once we launch next spring they'll be irrelevant.
"""),
    D("hea", "rd", "hostile phi", """
The drunk in bed 4 who puked on my shoes at 3am, Kevin from the chip shop on Mill Road, alcohol withdrawal and a liver that's clearly given up. Honestly mate, nobody's crying over you.
"""),
]

LONG = [
    D("tec", "li", "secret", """
Five years ago today I pushed my first commit at Acme Cloud. I was 23, terrified, and convinced everyone would find out I didn't know what Terraform was.

Some things I've learned since, in no particular order:

1. The most senior engineers ask the most questions. I used to think asking made you look weak. Now I think not asking is what makes you dangerous.
2. Write the runbook before the incident. You will not write it during one, and you will not write it after one because the next one has already started.
3. Boring technology wins. Every "let's try this exciting new database" decision I made in year one, I undid in year three.
4. Your pipeline is a product. Treat it like one. Our deploy pipeline went from 40 minutes to 6 because someone finally cared about it.
5. Credentials belong in a secrets manager. I learned this the hard way when my first side project ended up with this in a public repo:

   STRIPE_SECRET=sk_live_EkAKVMfZ4qCPb1ZuAf56xFfj
   NPM_TOKEN=npm_5ZBQZ5xpnwRkU6edJbSVGSwYHk8SlvXgbi4C

   (I'm leaving them here as a reminder to myself. Still makes me wince.)

6. Be kind in code review. The person on the other side is probably as tired as you are.
7. Take your holidays. The system will survive. If it won't, that's a design problem, not a you problem.

Thank you to everyone who has mentored me, reviewed my terrible early PRs, and sat on bridge calls at 3am with me. Here's to the next five.

#engineering #career #anniversary
"""),
    D("hea", "fb", "phi", """
After 38 years, tomorrow is my last shift as a ward sister at Acme General, and I've been asked to "say a few words" at the leaving do, so I'm practising on you lot first.

I started on nights in 1988 with a paper kardex and a trolley that pulled to the left. I've seen the hospital change its name twice, lose a car park, gain a helipad, and go through more computer systems than I can count.

What I'll remember are the people. Like Mr Douglas Fairweather, who was on our ward for four months in 2019 with his leukaemia and his graft-versus-host disease, who taught every student nurse to play gin rummy and who still sends us a Christmas card from Whitby. Or little Aisha Rahman from the estate, who came in with meningitis at six and now, at 24, is one of our staff nurses on the children's ward. And Bert from the allotments, bed 11, who had his bowel cancer surgery with us last spring and smuggled in rhubarb for the whole team.

I'll remember the colleagues who held my hand when my own mum died, the porters who always had a joke, the consultants who learned our names and the ones who never did (you know who you are 😄).

Nursing is the hardest and best job in the world. Look after each other. Drink water. Sit down for your break. And never, ever let the kettle run dry on a night shift.

Thank you for everything. I'll see you in the canteen, as a visitor this time. ❤️
"""),
    D("fin", "rd", "financial_promise promotion", """
Long post, but I think this could genuinely change some of your lives, so hear me out.

I've been running a small investment circle with friends from work for about three years. We pool money every month and put it into a mix of dividend shares and what I call "momentum plays", basically companies that are about to break out. I do the research in the evenings, it's my hobby.

Results so far:
- Year 1: +41%
- Year 2: +38%
- Year 3: +52%

Not one losing quarter. Not one. The strategy is simple once you see it: we only buy after a certain pattern on the weekly chart, and the pattern has never failed in the backtest going back to 2008. I'm confident enough to say it plainly: anyone who joins now will at least double their money within 18 months. It's as close to risk-free as investing gets.

We're opening the circle to 20 new members this month. Normally the joining fee is £200 (it covers the research subscription and the spreadsheet), but for anyone from this sub I'll do it for £99 if you use the code REDDIT99 when you sign up, and the first five people also get a free one-to-one call with me to set up their account.

Minimum monthly contribution is £100. You can leave any time.

I know some of you will say "if it's that good why share it". Simple: the bigger the pool, the bigger the positions we can take. Everybody wins.

Questions welcome in the comments, DMs open. Please don't be one of those people who sees this in two years and wishes they'd jumped in.
"""),
    D("npo", "fb", "pii", """
🌻 Acme Foundation Northfield volunteer newsletter, November 🌻

What a month! Here's what you've all been up to.

Warm Spaces: the community hall has been open four afternoons a week since the clocks went back, and we've welcomed over 300 visits. The jigsaw table is a huge hit, and someone has finally finished the 2,000-piece lighthouse.

Coat drive: 412 coats collected, sorted and handed out. Special thanks to the Year 10s from Northfield High who sorted them by size in one afternoon.

Christmas hampers: we need packers on 14 and 15 December. Sign-up sheet is on the noticeboard.

Volunteer of the month: this month it's Gwen Halloran, who has driven the minibus every single Tuesday since 2019 and never once been late. Gwen has asked for no fuss, so instead of a party we're organising a card. If you'd like to add a note, pop round to hers at 33 Larkspur Avenue, Northfield, or give her a ring on 0117 496 0317 and she'll tell you when she's in. She's also happy to hear from anyone wanting to learn the minibus route!

Training: food hygiene refresher on 3 December, 10am, in the back room. Biscuits provided.

A reminder: please sign in and out every shift so we know who's in the building.

Thank you, all of you. None of this happens without you.

Fran, Volunteer Coordinator
"""),
    D("man", "li", "confidential disclaimer", """
End-of-year reflection from the shop floor.

I've been plant manager at the Acme plant in Sheffield for seven years, and 2026 has been the hardest yet. Energy prices, a skills gap that gets wider every year, and customers who want next-day delivery on parts that take six weeks to machine.

A few things I'm proud of: we went 412 days without a lost-time injury, our apprentices won the regional skills competition, and we cut scrap on the forging line by a third with nothing more than better fixtures and a team that cared.

And here's something I probably shouldn't say yet, but people deserve to hear it straight: we'll be consolidating the forging line into our Polish site next year, and around 90 roles here will go. The board signs it off in January and the official announcement will follow, but I'd rather my team hears it from me than from a press release.

Which brings me to my honest view on the bigger picture. British industrial policy is a disgrace. Successive governments have talked about "levelling up" and "making things again" while letting energy costs run at three times what our European competitors pay. No amount of apprenticeship schemes will fix that. Until someone in Westminster understands that manufacturing runs on electricity, every plant manager in this country is just managing decline.

To my team: thank you. You've been brilliant in an impossible year.
"""),
]
