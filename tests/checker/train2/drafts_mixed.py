# ruff: noqa: E501
"""Training drafts (second set): pii, secret, two-category drafts, long-form posts, short one-liners (one of
them plain clean), and hand-disguised evasions.

The cards, IBANs and keys below were made once with a seeded generator (Luhn-valid cards with real brand
prefixes, mod-97-valid IBANs, AKIA + 16 base-32 characters, a ghp_ token with its CRC32 checksum); phone
numbers are in the 555-01xx or Ofcom drama ranges; all people, places and numbers are invented."""

from __future__ import annotations

from ..heldout.common import D

PII = [
    D("gen", "fb", "pii", """
Lost dog found! 🐶 Little brown terrier, no collar, but his tag says "Biscuit, call Shona on (608) 555-0181". Shona, he's safe with me at 14 Ashgrove Close, come and get him!"""),
    D("ret", "x", "pii", """
a customer left her loyalty card at till 4 and the form stapled to it says Bernadette Quayle, 22 Wicklow Gardens, DOB 11/02/1961. Bernadette we've got your card!"""),
    D("fin", "rd", "pii", """
Can someone tell me if this is a scam? Got a text asking me to confirm my details and I replied with my card number 5384 0381 8967 9272 and the expiry date before I thought about it. Should I call the bank?"""),
    D("fin", "fb", "pii", """
Collecting for Jean's retirement gift from the branch 🎁 Transfer whatever you can to my personal account: GB78 NWBK 4012 7763 5902 18, reference JEAN. Thanks all!"""),
    D("tec", "li", "pii", """
Please join me in welcoming Hamid Farouk to the Acme Cloud networking team! Hamid's joining from Lagos and is still settling in, so if you're nearby say hi at his new place, Flat 3, 71 Dunmore Road. His personal number is 0121 496 0318 🎉"""),
    D("hea", "x", "pii", """
reminder for my staff group: my new personal mobile is (312) 555-0157 and my home email is nursebecky.lindqvist@outlook.com. text me for shift swaps, not the ward phone"""),
    D("ret", "ig", "pii", """
shopping spree!! 🛍️ new card, who dis 😂 4517 4885 8231 8411 exp 03/30. treating myself this weekend"""),
    D("man", "fb", "pii", """
Happy retirement to Ron Whitfield after 38 years at the Acme plant! 🎉 Ron was born 9 August 1960 and is off to 5 Orchard Row, Bidford, to grow tomatoes. Send him a card!"""),
    D("npo", "rd", "pii", """
Volunteer coordinator. To our donor who signed up with the wrong details: Mr. Felix Amadi, the direct debit form you sent has IBAN DE86 3704 0044 0719 2844 55 and your home address 8 Lindenstraße, Köln on it. Please call us!"""),
    D("gen", "x", "pii", """
anyone know Tamsin Greaves? she dropped her ID at the station. address on it is 31 Rowan Walk, Stroud. her email tamsin.greaves77@gmail.com is on the back too"""),
    D("fin", "li", "pii", """
Our Acme Bank customer Mr. Oyelaran asked me to post this because his phone died: if you're trying to reach him about the car sale, his wife's number is 0161 496 0815 and his Amex is 3754 180934 76290 for the deposit."""),
    D("tec", "rd", "pii", """
Doing a giveaway of my old monitor. Email me at marcusd.homelab@protonmail.com or ring (503) 555-0186, pick up from 19 Hawthorn Ave, Portland. No holds."""),
]

SECRET = [
    D("tec", "x", "secret", """
ugh, committed the staging key by accident and now it's in my screenshot too: AKIAQF7T5C2ID2URL4SW. rotating it tomorrow lol"""),
    D("tec", "rd", "secret", """
Why does my CI fail? Here's my config:

GITHUB_TOKEN=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
steps: checkout, build, test

It works locally! Any ideas?"""),
    D("tec", "li", "secret", """
Proud of the team's new Slack bot 🤖 it posts our deploy summaries every morning. Here's the snippet if you want to build your own: token = "xoxb-333792657116-2950442968678-wmwCafHMQlSgb1cr31DWEiza" and you're good to go!"""),
    D("ret", "fb", "secret", """
New starters at the Acme Market on Park Road: the staff room door code is 4471 and the till override code is 9023. Welcome to the team! 👋"""),
    D("fin", "x", "secret", """
payments team: the sandbox's dead so I'm testing against prod with sk_live_CIQ6wF21e3YqoG7v8e59IPgKOlsh, don't judge me"""),
    D("hea", "rd", "secret", """
Nurse at Acme General. The shared login for the ward computers is nightshift / Ward7B!2024 and nobody has changed it in a year. IT if you're reading this, please fix it."""),
    D("man", "x", "secret", """
the guest wifi at the acme plant visitor centre is AcmeVisitors and the password's Turbine88. save yourself asking reception"""),
    D("npo", "fb", "secret", """
Volunteers, the login for the Acme Foundation shop's donation till is volunteer@acmefoundation.org / Charity2024! Please don't change it, we all share it."""),
    D("gen", "ig", "secret", """
home office tour 🏡💻 yes that's my wifi password on the fridge whiteboard (Bramble_House_2019), come round and use it lol"""),
    D("tec", "fb", "secret", """
For anyone on the hackathon team tonight, the GitLab token for the shared repo is glpat-qNe1U0uwyt73vy6GeXCm. Use it, don't lose it!"""),
    D("fin", "rd", "secret", """
Work at an Acme Bank branch. Our vault alarm code is 7-3-9-1-5 and the safe combo is 14-28-33. It's been the same since 2016. Not great, is it."""),
    D("ret", "x", "secret", """
stockroom PIN at the acme market express on cole st is 2580. because someone keeps forgetting it. you know who you are"""),
]

MULTI = [
    D("tec", "li", "confidential disclaimer", """
As the bid lead at Acme Cloud I can finally hint at it: we're about to sign the biggest sovereign cloud contract in Europe, closing next month. And frankly Globex's bid was a joke, their platform isn't fit for government work and never will be."""),
    D("hea", "fb", "phi pii", """
Anyone know the family of Ivy Marsh, born 02/07/1944? She's on our stroke unit at Acme General after a bleed on the brain, and the only contact we have, 0113 496 0275, is disconnected. Please share."""),
    D("fin", "ig", "financial_promise promotion", """
ISA season 🌸 anyone opening an Acme Wealth stocks & shares ISA with me before the tax year ends gets £100 added on day one, and the Cautious Income portfolio inside it pays 8% a year whatever happens. Zero downside, honestly."""),
    D("hea", "x", "hostile phi", """
mr. gallagher in bed 4, the one with the gout who keeps pressing the buzzer for toast: you're a spoiled old man and the night staff all hate you"""),
    D("tec", "x", "confidential secret", """
falcon staging is up! login is admin / FalconRises!9 if you want to poke around before launch 🦅"""),
    D("ret", "fb", "hostile pii", """
This is the man who shoplifted from our Acme Market and then spat at my colleague. His name is Lee Tranter and he lives at 27 Coleridge Street. Go and tell him what you think of him, the grub."""),
    D("ret", "x", "confidential promotion", """
leaked from the acme market planning deck: boxing day sale is 60% off all TVs and the code BOXING60 gets another 10% online. you didn't hear it from me"""),
    D("fin", "li", "disclaimer financial_promise", """
I've worked at Acme Wealth for 12 years and I'll say what others won't: the FCA's consumer duty rules are strangling advice. Meanwhile our Global Dividend fund will keep paying 7% regardless. Get in now."""),
    D("tec", "rd", "pii secret", """
Can someone help me fix my account? My email is jonas.vek.home@gmail.com and my password is Pelican!Sunset42. It just keeps saying login failed."""),
    D("man", "fb", "confidential hostile", """
To the smug councillor who told the local paper the Acme plant "has a bright future": the paint shop shuts in June and 140 jobs go with it, and you knew at that meeting. You lying, spineless weasel."""),
    D("hea", "li", "confidential phi", """
Tough week at Acme Health: the new e-prescribing system sent wrong doses to the pharmacy for two days before anyone noticed. Mrs. Carvalho on ward 3 got a tenfold dose of heparin and spent a night in ICU. The incident hasn't been reported outside the trust yet."""),
    D("npo", "fb", "pii promotion", """
Acme Foundation raffle 🎟️ Tickets £5 each, top prize a weekend in the Lakes! Pay straight into my personal bank account, 20-47-81 / 53119204, and message me on (801) 555-0184 with your ticket numbers."""),
]

LONG = [
    D("tec", "rd", "confidential", """
Long post, throwaway account, sorry. I work at Acme Cloud and I need to get this off my chest before it's announced, because I think a lot of people reading this sub are going to be affected.

Next quarter Acme is going to sunset the "Classic" compute tier. The plan I saw in our planning doc says existing customers get 90 days' notice, then their instances are force-migrated onto the new tier, which costs on average 35% more for the same vCPU and memory. The migration tooling is nowhere near ready; in the internal tests about one in eight VMs failed to boot after migration, mostly older Windows images with custom drivers.

The decision was made at the exec offsite last month and the official announcement is supposed to go out in three weeks, wrapped up in a blog post about "simplifying our product line". Sales teams have been told to push big customers onto three-year commitments on the new tier before then so the price rise looks like a discount.

I'm not trying to start a panic. I just think that if you run anything on Classic, you should start testing your images on the new tier now and budget for the increase, instead of finding out in a 90-day window. If anyone from my team recognises this, yes, it's me, and I'm fine with that."""),
    D("hea", "fb", "phi", """
I've been a nurse for nineteen years and I don't usually post about work, but tonight I need to.

We had a young mum on our ward, Kelly from the estate behind the leisure centre, 29, two little boys. She came in three weeks ago with what everyone thought was a bad chest infection. It turned out to be leukaemia, the fast kind, and it had already spread by the time the bloods came back. She had her first round of chemo on Tuesday and her body just couldn't take it. Her kidneys went, then her liver, and tonight she went into the intensive care unit on a ventilator.

Her mum sat with me in the relatives' room for two hours. She kept saying Kelly only went to the doctor because her youngest had a cough and she was worried she'd caught it off him. She'd been tired for months and blamed it on the kids, on work, on everything except herself.

Please, if you're exhausted all the time, if you bruise for no reason, if your gums bleed, go and get a blood test. Don't wait for it to get better on its own. And if you know Kelly, send her mum some love. She's going to need it."""),
    D("fin", "li", "disclaimer", """
I've spent 22 years in banking, the last nine as a senior credit officer at Acme Bank, and I want to say something that I think a lot of my peers privately agree with.

The buy-now-pay-later industry is the subprime mortgage crisis in miniature. These firms are lending to people who can't afford it, with almost no affordability checks, and hiding it behind friendly pastel branding and words like "split" and "flexible". Because the loans are small and short, they escape most of the regulation that applies to credit cards, and because they don't always show up on credit files, the rest of the industry can't see the true debt a customer is carrying.

Every month I see applications from young people who look fine on paper, and then you find four or five of these plans stacked on top of each other, all due in the same fortnight. The regulators have promised rules for years and keep kicking them down the road. In my view that delay is a policy failure, and when the defaults come, and they will, it'll be ordinary families and the mainstream lenders who pay for it, not the apps.

We should be regulating this properly, today, not after the damage is done. #banking #credit #consumerprotection"""),
    D("ret", "rd", "hostile", """
Rant incoming. I've been a supervisor at a supermarket for six years and today I hit my limit with one particular regular.

Every Thursday this bloke comes in at 9:55pm, five minutes before we close. Every Thursday he fills a whole trolley, slowly, reading every label like he's doing a PhD in cereal. Every Thursday he gets to the till at 10:20 and then argues about the yellow-sticker prices, because apparently the reductions should have been bigger. Tonight he called my 18-year-old cashier "retarded" because she couldn't find a discount that doesn't exist.

So here's what I'd like to say to him, since I can't say it on the shop floor: you are a miserable, tight-fisted, rude little man. You waste an hour of my team's time every single week, you make teenagers cry for fun, and the only reason you shop at ten o'clock is that no one who knows you can stand to be in the same aisle. Everybody who works there dreads your face. If you ever read this, do us all a favour and try the shop across town. They deserve you more than we do.

Anyway. Rant over. Going to eat a whole tub of ice cream now."""),
    D("man", "li", "confidential", """
What a year it has been for our team at the Acme plant in Sunderland, and what a year is coming.

I'm allowed to tell you some of it and not the rest, so let's just say: from next autumn, everything we've learned building compressors for Acme's heat pumps is going into something much bigger. The board signed off on a £120m investment last week to convert Hall C into a cell assembly line for grid-scale batteries, with a target of 2 GWh a year by 2028. We'll be hiring around 250 people, mostly technicians and process engineers, and we'll be partnering with a university for an apprenticeship scheme that hasn't been named yet.

The official announcement is planned for the spring, with the local MP and a ribbon and probably a very awkward photo of me in a hard hat. Until then, a huge thank you to the twelve people on the feasibility team who spent their evenings modelling, testing and arguing. You know who you are. If you're a process engineer with battery experience and you fancy the north east, keep an eye on my profile. 🔋"""),
]

SHORT = [
    D("tec", "x", "confidential", """
orion-7 ships friday. act surprised monday 🤫"""),
    D("ret", "x", "hostile", """
lady at till 2 called me a muppet. takes one to know one, love 🙄"""),
    D("ret", "x", "promotion", """
BOGO on all acme market pizzas, today only 🍕🍕"""),
    D("gen", "x", "", """
new running shoes. blisters pending. wish me luck"""),
]

EVASION = [
    D("tec", "x", "confidential", """
o r i o n - 7 goes to private preview on the 3rd. tell nobody 🤐"""),
    D("ret", "ig", "promotion", """
sh0pp3rs!! us3 c0d3 SUMMER25 for 25% 0ff everything at acme market online this week ☀️"""),
    D("hea", "fb", "phi", """
The p a t i e n t in b e d 1 1, Mr. Hussain, 72, had his a m p u t a t i o n this morning. Family asked us not to tell his brother, who is also on our ward."""),
    D("fin", "rd", "financial_promise", """
acme wealth's new fund = g.u.a.r.a.n.t.e.e.d 10% a year. zero risk. can't l0se. buy in before it closes"""),
    D("gen", "x", "pii", """
text my cousin Fiona for the spare room, her number is five five five, zero one nine two, area code two one two. she's great"""),
    D("tec", "rd", "secret", """
our team's p-a-s-s-w-o-r-d for the shared admin console is Zephyr@2025, stop asking me for it in DMs"""),
    D("man", "fb", "confidential", """
Acme plant folks: the c l o s u r e of the Bolton site is happening in October. About 200 jobs. Keep it quiet until it's official."""),
    D("hea", "x", "hostile", """
to the lady in the waiting room who yelled at our triage nurse: you're a s t u p i d, s e l f i s h cow and I hope you wait all night"""),
    D("fin", "li", "disclaimer", """
Ten years at Acme Bank and I'll say it: Gl0b3x's m0rtgage products are a r1p-0ff and the whole industry knows it."""),
    D("npo", "fb", "pii", """
To volunteer for our clothing drive, contact Mrs. Ruth Adeyemi directly at ruth dot adeyemi at yahoo dot co dot uk. She lives just by the church if you want to drop bags off."""),
    D("ret", "x", "hostile", """
the customer who returned a used mattress "unopened": you're a l1ar and a th13f, and we all laughed at you after you left"""),
    D("tec", "ig", "confidential", """
first look at the n-i-g-h-t-j-a-r launch screen 👀 going live next month, screenshot before it gets taken down"""),
    D("fin", "x", "promotion", """
acme pay: f r e e card reader + £50 b o n u s when you sign up this week. use r3f3rral c0de PAY50"""),
    D("hea", "rd", "confidential", """
Acme Health IT: we had a d-a-t-a b-r-e-a-c-h on the appointment system in August and they still haven't told patients. Thousands of records."""),
    D("man", "x", "disclaimer", """
acme plant engineer: the government's n3t z3r0 targets are a f@ntasy and everyone in manufacturing knows it"""),
]
