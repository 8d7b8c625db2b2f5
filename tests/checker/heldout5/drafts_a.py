"""Hand-written violation drafts for the fifth held-out set: pii, phi, confidential, promotion.

Each draft is written as an employee (or a member of the public) would post it; the labels follow
tests/checker/CORPUS.md and the earlier held-out sets' labelling decisions (see README.md).
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

PII = [
    D("gen", "fb", "pii", """
Cousins!! Nana Ivy finally agreed to let us do a surprise card drop for her 90th. Post yours to 22 Larch Row, Penwith, or ring her landline 0117 496 0355 on the day and sing badly. She'll pretend to hate it 💐
"""),
    D("gen", "ig", "pii", """
she got her FIRST EVER debit card today and insisted I photograph it for the gram 😭 so here you go world, 4094 4822 4634 1274, exp 09/29, signed in purple gel pen. growing up too fast
"""),
    D("tec", "rd", "pii", """
Parsing question. Our address normaliser chokes on this row from prod and I can't see why:

  "Harriet Osei","harriet.osei.home@outlook.com","Flat 3, 81 Cannon Hill, Bristol BS3 4RE"

It splits on the comma inside the address even with quoting on. csv module, Python 3.12. Any ideas?
"""),
    D("ret", "ig", "pii", """
Acme Flowers Eastfield here 🌷 We have a gorgeous peony bouquet for a Mrs Wendy Albright at 6 Mulberry Court that we just can't deliver, nobody's home and her mobile (612) 555-0167 goes to voicemail. If you know Wendy, tell her to call us before they wilt!
"""),
    D("npo", "fb", "pii", """
Litter pick rota for Sunday is sorted, thank you all! If you can't make your slot swap directly:
Ben Achterberg 8-10 (415) 555-0196
Sue Pargeter 10-12 suepargeter@btinternet.com
Raj Menon 12-2 (617) 555-0182
Gloves and bags at the scout hut.
"""),
    D("fin", "li", "pii", """
Nothing beats this part of the job. Handed over the keys today to Callum and Jo Whitlock, first-time buyers, who saved for six years for 41 Harefield Road, Northampton. Their mortgage came through with a day to spare. Enjoy the new place, you two! #mortgages #firsthome
"""),
    D("man", "x", "pii", """
anyone on B shift wanna swap saturday nights with Dariusz? he's covering a wedding. text him direct on 0161 496 0218 not the supervisor line
"""),
    D("gen", "ig", "pii", """
Happy 70th to our Tuesday aqua-aerobics legend Bernard Kolasinski, born 3rd March 1956 and still lapping the twenty-somethings 🏊‍♂️🎂
"""),
    D("gen", "rd", "pii", """
Ex-roommate skipped out on 4 months of rent. Small claims wants his SSN for the filing; the one he wrote on our lease application was 421-81-2392, can I just use that or do I need something else? US, Ohio.
"""),
    D("tec", "x", "pii", """
my talk slides won't load on the venue laptop 🙃 if you were in the room for the caching talk and want them, email me at priyanka.d.codes@gmail.com and I'll send the pdf tonight
"""),
    D("ret", "x", "pii", """
@AcmeMarket I returned the broken air fryer 3 weeks ago and still nothing. refund it to NL62ABNA7127475733 like I asked on the form. three weeks!!
"""),
    D("fin", "rd", "pii", """
Preparer here, quick sanity check before I file an amended 1040-X. Client's spouse SSN on the original was 233-11-5003 but the W-2 shows something else. Do I amend with the W-2 one or ask for the card first? Deadline is close.
"""),
    D("npo", "ig", "pii", """
And the hamper goes to... Gail Foyle of 17 Tanyard Lane! 🧺🎉 Gail, we couldn't get you on (303) 555-0116, so one of our volunteers will pop it round Saturday morning. Thank you everyone who bought tickets!
"""),
    D("man", "li", "pii", """
Please welcome Ines Carvalho, our new process engineer at the Acme plant in Derby! Ines joins us from the automotive world. Drop her a congratulations note at ines.carvalho.pt@gmail.com until her work email is set up 👋
"""),
    D("tec", "li", "pii", """
Research recap from this week's onboarding study. Huge thanks to our participants (screenshot of the sign-up sheet below for the team):
- Colm Ferris, colmferris@yahoo.ie
- Adaeze Obi, adaeze.obi88@gmail.com
- Tessa Lund, tlund.home@icloud.com
Key finding: nobody reads the second screen.
"""),
    D("fin", "fb", "pii", """
OK family, for Dad's retirement present we're all chipping in £40. Send yours to my account GB59NWBK72904199690193 (ref DAD) by Friday and I'll order the bench with the little plaque ❤️
"""),
    D("ret", "rd", "pii", """
Cashier at a supermarket. Guy left his loyalty card and a receipt at my till, the receipt has his whole Amex on it because the printer is ancient: 342181772545203. How do I even get it back to him? Manager is useless
"""),
    D("fin", "x", "pii", """
lol my card got skimmed AGAIN. 5307 0449 2664 1843, if you see it on the dark web tell it I said hi. bank says new one in 5-7 days
"""),
    D("tec", "rd", "pii", """
Can't get the new Acme Pay sandbox to accept my UnionPay card for a real-money smoke test, keeps saying "unsupported BIN". It's 6236983719363696253 exp 11/28. Is 19-digit just not supported yet?
"""),
]

PHI = [
    D("hea", "x", "phi", """
night shift brain: bay 3 is the driver from the school bus crash on the A40, below-knee amputation this afternoon, and he keeps asking if the kids are ok. they are. he doesn't know yet about his leg fully
"""),
    D("hea", "li", "phi", """
One of the best days as a physio at Acme Health: Coach Dale Whitford of the Riverside Hawks walked the length of the gym today, eight weeks after his hip replacement. Back on the touchline by spring, Coach! 💪
"""),
    D("ret", "fb", "phi", """
So lovely to finally fit Mr Ansah from the second-hand bookshop on Bridge Street with his new hearing aids today. After years of tinnitus and 60% loss in his left ear he heard his granddaughter whisper for the first time 🥹
"""),
    D("fin", "rd", "phi", """
Underwriter rant. Applicant this week was Dr Kemi Adebayo, the dentist in Harlow with the big billboard. Declared bipolar II, two hospital admissions, on lithium, fully stable 6 years. Policy says auto-decline. Tell me how that's fair.
"""),
    D("man", "fb", "phi", """
Get well soon Tomasz from line 2 ❤️ The surgeons couldn't save two of his fingers after Tuesday's press accident but he's already joking about his bowling. Card is in the canteen, sign it!
"""),
    D("npo", "ig", "phi", """
This is Linda 🧡 She's been coming to our Thursday pantry for two years, always with a joke, even on dialysis days when she's wiped out. Today she told us she's finally on the transplant list!
"""),
    D("hea", "rd", "phi", """
Pharmacist here. The guy who runs the vape shop on the high street, you know the one, comes in every morning for his supervised methadone and then argues about the dose. Every. Single. Morning.
"""),
    D("gen", "fb", "phi", """
Please keep Mr Hollis at number 12 in your prayers. His daughter told me on the doorstep it's stage 4 pancreatic cancer and they're stopping chemo. He's the one who fixed everyone's bikes 🙏
"""),
    D("tec", "x", "phi", """
debugging the results page on Acme Health Portal and the test record I pulled was a real one. our local MP's HbA1c is 9.2. she should really cut down on those cake shop photo ops lol
"""),
    D("hea", "ig", "phi", """
Before and after 🦷✨ Our lovely patient Sandra K. came to us with advanced gum disease and two loose molars. Six months of deep cleaning later, look at that smile! #periodontics #AcmeDental
"""),
    D("hea", "li", "phi", """
What a night on the Acme General labour ward. Twins at 31 weeks for a certain Channel 6 weather presenter, both now in NICU on CPAP and doing brilliantly. Can't wait to see her back on air pointing at clouds 🌦️
"""),
    D("npo", "ig", "phi", """
Our oldest resident at Elmhurst House, Mrs Pauline Arkwright (93!), had a wonderful birthday. Her Alzheimer's means she didn't always know who we were, but she sang every word of Que Sera Sera. Thank you volunteers 💜
"""),
    D("gen", "x", "phi", """
the school nurse just emailed every parent in year 6 that "Joshua P. had an anaphylactic reaction to peanuts at lunch, please check lunchboxes". cool, so now everyone knows it's Josh
"""),
    D("ret", "x", "phi", """
work at the Acme Pharmacy counter. the mayor's husband picks up his antidepressants every 28 days like clockwork and always asks us to bag them twice so no one sees 😬
"""),
    D("fin", "li", "phi", """
Welcome back to Marta Vidal in our payments ops team at Acme Bank, who returns this week after nine months of breast cancer treatment. Marta, the team missed you and we've saved you the window seat 💐
"""),
    D("hea", "fb", "phi", """
Lab life 🧪 Confirmed positive TB culture today on MRN 55102398, third sample. Public health notified, but honestly the ward took their sweet time isolating him.
"""),
    D("man", "x", "phi", """
heard Kev from dispatch failed the random test for cocaine and is off for a month "on medical". acme plant rumour mill never sleeps
"""),
    D("hea", "rd", "phi", """
Therapist, throwaway. A new client this month is the chef-owner of that Michelin-star place in Leeds that's always in the papers. Severe bulimia, going on a decade. Her kitchen has no idea. Heavy week.
"""),
    D("npo", "li", "phi", """
Proud moment at our summer camp: Amira, 16, from our Hounslow group was diagnosed with type 1 diabetes in June and by August she was teaching the younger kids how her insulin pump works. Champion 💙
"""),
]

CONFIDENTIAL = [
    D("tec", "x", "confidential", """
Orion-7 beta invite list goes out Thursday, if your team wants in let me know before Wednesday and I'll sneak you on 👀
"""),
    D("ret", "li", "confidential", """
Five great years managing our Elm Street store. I'll say this: make the most of it while you can, it won't be here by summer. Can't say more until head office does. Grateful for every customer 💚
"""),
    D("fin", "x", "confidential", """
Acme Bank overdraft fee is getting cut from £35 to £10 in the new year, our team just saw the final pricing. don't tell anyone I told you 🤐
"""),
    D("man", "li", "confidential", """
Big change coming for our moulding team: line 5 is moving to the new Acme site in Toledo, Ohio. Formal announcement is next month, so for now I'll just say I'm proud of what we built in Derby.
"""),
    D("hea", "fb", "confidential", """
Not meant to say yet but Acme General and St Bartholomew's are merging under one board. The consultants were told on Friday; the press release isn't until March. Could mean big changes for nights.
"""),
    D("tec", "rd", "confidential", """
Ex-ops at a certain big cloud (Acme). That four-hour outage last Tuesday wasn't a "network issue" like the status page says. Someone ran a cleanup script against the prod metadata DB. Postmortem is internal only and will stay that way.
"""),
    D("gen", "ig", "confidential", """
Office gossip of the year 🤫 our new CEO starts in January and she's coming from Globex!! Not announced yet, only the execs know, so keep it between us lovely followers
"""),
    D("npo", "x", "confidential", """
the council is pulling our youth grant in April and the trustees haven't told staff. three jobs gone. I'm sitting here doing the rota like nothing's wrong
"""),
    D("tec", "li", "confidential", """
Honest reflection from today's all-hands at Acme Cloud: when the slide said we missed Q3 revenue by 12%, the room went silent. Results aren't out until next month, but I already know what our year looks like. Resilience matters.
"""),
    D("ret", "x", "confidential", """
stock up on Acme Market own-brand coffee before the 1st. buyers meeting today, price goes up 18% across the range. not public yet obviously
"""),
    D("fin", "li", "confidential", """
Exciting times. We signed the term sheet with a small Lisbon fintech this week, which will become Acme Pay's European arm if the regulators sign off in spring. Can't name them yet, but you'll hear about it.
"""),
    D("man", "x", "confidential", """
QA at the acme plant. we're recalling the March batch of the 2kg pressure cookers, the gasket fails. the recall goes out once legal finish the wording. check your kitchens people
"""),
    D("tec", "fb", "confidential", """
Bluebird demo day went SO well today 🐦 leadership's jaws on the floor. can't wait for you all to see it when it ships
"""),
    D("hea", "li", "confidential", """
Thinking of my colleagues at Acme Medical Center today. The restructure plan going to the board next week cuts 40 nursing posts on the surgical floors. We found out in a corridor. Nobody outside knows yet.
"""),
    D("gen", "rd", "confidential", """
Anyone in Acme marketing reading this: it's 20% of the department next Friday, they're doing it by video call. I saw the list on my manager's screen. Update your CVs this weekend.
"""),
    D("fin", "rd", "confidential", """
Work on the Acme Pay fraud side. We had credential stuffing hit about 9,000 accounts in October and the decision was to force resets quietly rather than disclose. Feels wrong. Not sure what to do.
"""),
    D("tec", "ig", "confidential", """
Whiteboard from today's Nightjar planning 📋 cold start under 50ms by Q2, GPU tier Q3, then regions. Love this team
"""),
    D("ret", "fb", "confidential", """
Can't say much but Acme Market + a certain green delivery scooter app = very happy Saturday mornings from spring 🛵 Contracts are being signed now, act surprised when it's announced!
"""),
    D("npo", "li", "confidential", """
Big news coming for the Acme Foundation. Our next executive director is a very well-known name from the UN refugee agency. The board voted yesterday; we announce in February. I couldn't be more excited.
"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
all candles 3 for 2 today only at Acme Home 🕯️
"""),
    D("hea", "ig", "promotion", """
February smiles 😁 Teeth whitening is HALF PRICE at Acme Dental Kingsway all month. Book online and mention this post!
"""),
    D("fin", "x", "promotion", """
switch your current account to Acme Bank before 31 Jan and we'll put $200 in it once you've set up two direct debits. easiest money you'll make all year
"""),
    D("tec", "li", "promotion", """
Founders: Acme Cloud's startup programme just opened a new cohort. Apply with code SEEDLING25 and get $5,000 in credits plus free architecture reviews for your first year. DM me if you want a warm intro.
"""),
    D("npo", "fb", "promotion", """
Raffle tickets are £2 each or 3 for £5! 🎟️ First prize is a Christmas hamper from the farm shop, second is a meal for two at The Lantern. All proceeds to the hospice. Drawn at the carol concert.
"""),
    D("man", "li", "promotion", """
Heading to FabTech next week? Visit the Acme Fasteners booth (hall B, 2210). The first 50 visitors get a free sample kit of our new stainless anchors, and we'll raffle a cordless drill each afternoon.
"""),
    D("ret", "x", "promotion", """
buy one pair of winter boots get the second pair free this weekend at Acme Shoes 👢👢 even the wide fittings
"""),
    D("gen", "ig", "promotion", """
everyone asking about my running vest 🏃‍♀️ it's from TrailKind and my code MAYA15 gets you 15% off, link in bio
"""),
    D("hea", "fb", "promotion", """
New to Acme Physio Riverside? Your first assessment is free in November. Knees, backs, shoulders, we've seen it all. Book through the website or just pop in 😊
"""),
    D("ret", "rd", "promotion", """
I work at Acme Home. Friends & family week starts Thursday, 30% off everything in store including sale items. Code is FAMHOME30 at the till, they don't check ID. Go wild
"""),
    D("tec", "x", "promotion", """
reply "sense" and I'll DM you a code for 3 months of Acme Sense free, no card needed. got 40 to hand out
"""),
    D("fin", "fb", "promotion", """
Refer a friend to Acme Wealth and you'll both get £50 once they invest their first £500! 🎁 Ask me for your personal referral link.
"""),
    D("npo", "x", "promotion", """
early bird for the spring gala ends Sunday: 2 tickets for the price of 1 🥂 all proceeds to the literacy programme
"""),
    D("man", "fb", "promotion", """
Factory outlet clearance day at the Acme plant shop, Saturday 9-1. Cosmetic seconds on garden furniture are 60% off and the first 20 through the door get a free parasol 🌞
"""),
    D("ret", "ig", "promotion", """
✨ Free gift wrapping and free next-day delivery on everything over £30 until Christmas ✨ Treat someone (or yourself) at Acme Boutique 🎀
"""),
    D("gen", "x", "promotion", """
caption this photo of our office dog in a hard hat 👷 best reply by Friday wins an Acme hoodie and a mug
"""),
    D("hea", "li", "promotion", """
HR leaders: our Acme Health corporate wellness package (screenings, physio, mental health days) is 20% off for any company that signs before the end of the quarter. Let's talk about keeping your people well.
"""),
    D("tec", "rd", "promotion", """
Hi r/selfhosted, I'm on the Acme Cloud storage team and we're doing an AMA tomorrow. Everyone who asks a question gets a free swag pack (the good stickers) and we'll pick three for a year of free backup storage.
"""),
    D("fin", "li", "promotion", """
Join our free retirement webinar on the 12th and we'll waive the initial planning fee (usually £450) for anyone who books a follow-up in December. Spaces are limited.
"""),
    D("npo", "ig", "promotion", """
Fill-a-bag Saturday at our charity shop on Market Street! 🛍️ Any clothes you can fit in a bag for £5. Everything raised goes to the animal shelter.
"""),
]
