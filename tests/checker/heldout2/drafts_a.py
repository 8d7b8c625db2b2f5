# ruff: noqa: E501
"""Violation drafts, part A: pii, phi, confidential, promotion (one label each).

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Numbers come from gen_values.py (invented, checksums valid).
"""

from .common import D

PII = [
    D("gen", "fb", "pii", """Can't recommend Maja Lindqvist enough as a sitter for the under-fives 🧸 She's had our two every Thursday since spring and they adore her. She's looking for a couple more families, so give her a ring on (612) 555-0139 or just knock, she's at 31 Orchard Rise, right behind the rec ground."""),
    D("tec", "rd", "pii", """Acme Pay webhooks to our Django app time out after exactly 10s and then retry. Here's one of the events as it arrives, straight from the logs:

{"type": "customer.updated", "data": {"name": "Theo Okonkwo", "email": "theo.okonkwo82@gmail.com", "phone": "+1 303 555 0102", "address": {"line1": "1180 Juniper Ct", "city": "Boulder", "postal_code": "80304"}}}

The handler does nothing fancy, it just writes one row to Postgres. Why would the ack be this slow?"""),
    D("hea", "li", "pii", """Our new locum in the eye clinic, Dr. Ines Carvalho, has just moved up from Lisbon and needs a room to rent near the hospital for six months. If you have something, her personal mobile is 0131 496 0948 (she's not in the staff directory yet). Let's give her a proper Edinburgh welcome ✨"""),
    D("fin", "li", "pii", """What a complete mortgage application looks like, for the juniors on my team 👇

Applicant: Fernando Quiroga
DOB: 14 July 1979
SSN: 458-92-0738
Employer: Northfield Unified School District, 11 years
Deposit: 20%, gift letter attached

Everything matched on the first pass and we issued a decision in 48 hours. Do it like this and underwriting will love you."""),
    D("fin", "x", "pii", "@mara_tweets sorry for the wait! your transfer to FR76 3000 3019 7778 7151 6563 494 bounced because the payee name on that account doesn't match. can you double-check it with the recipient?"),
    D("man", "rd", "pii", """Rant. Our temp agency just emailed the whole plant office a spreadsheet of next month's agency starters. Unencrypted. Full names, home addresses, and SSNs in column F. First row is literally "Lyle Pruett, 440-14-4172". I've reported it, but how is this still happening?"""),
    D("npo", "ig", "pii", """Adopt-a-family update 🎄 The Okafor family (mum and four kids) would love their gifts by 20 December. Please drop them straight at the house, 9 Willowmere Drive, Tamworth B79 8EJ, and ring twice because the bell sticks. Sizes and wish lists are in our highlights!"""),
    D("ret", "x", "pii", "whoever took the cake order by phone on Saturday wrote the customer's whole card on the slip 😬 4572 2750 4665 8591 016, exp 03/28, Mrs Haverford. shredding it now, but please use the terminal, folks"),
    D("npo", "fb", "pii", """Silent auction wrap-up 🖼️ Thank you all! Two winning bids didn't go through, so could the winners call the office: Lot 12 (the harbour painting), Gareth Pell, Amex 3789 343890 77557 declined. Lot 19, Naledi Dube, card ending 1436. Both pieces are held for you until Friday."""),
    D("gen", "rd", "pii", """Is this letter from HMRC real? It's addressed to my mum, Gwen Parry, quotes her National Insurance number JT 48 19 27 B and her date of birth (3 October 1952), and asks her to ring a mobile to "confirm her tax refund". The logo looks right but the wording feels off."""),
    D("tec", "x", "pii", "QA, please stop using your real cards in the Acme Pay staging checkout 😩 someone's Mastercard 2376 8943 1925 2068 is sitting in the test logs with their name on it, Priyanka S. rotate it!"),
]

PHI = [
    D("hea", "x", "phi", "trauma bay tonight: the bride from the Hallworth wedding at Fernleigh Golf Club came in with a fractured ankle from the conga line. still in the dress, veil and all 💍🩻 congrats Mrs Hallworth, you'll be dancing again by spring"),
    D("hea", "ig", "phi", """Physio win of the week 💪 Clement Arbuthnot, 81, walked the full length of our rehab gym this morning, three weeks after his stroke took out his left side. He told the whole room he's coming for my job next. Never change, Clem."""),
    D("hea", "li", "phi", """Honoured that our pharmacy team prepared the first CAR-T infusion at Acme Medical Center this week, for the mayor's 19-year-old son, who relapsed after his third line of treatment. The whole oncology floor was there when it started. What a moment for our region."""),
    D("hea", "rd", "phi", """Our portal still shows MRN 40027731 as discharged on the 3rd, but she's on our ward with aspiration pneumonia and pharmacy won't release her antibiotics against a "closed" encounter. Anyone on Epic know how to force the ADT feed to reopen it?"""),
    D("ret", "x", "phi", "the guy who runs the taco truck on 9th & Alder picked up his Ozempic at our counter today and asked me not to tell his wife he's diabetic. my lips are sealed, Hector 🤐💊"),
    D("fin", "fb", "phi", """Teller life. Mr. Ostrowski came in today to take out cash for his co-pay and told me his pancreatic cancer is stage 3 now. He's banked with us since 1974. If you're a regular at the Dunmore branch you know him: flat cap, always has butterscotch for the staff. Please send good thoughts."""),
    D("man", "li", "phi", """Welcome back to Desmond in dispatch after his epilepsy diagnosis 👏 He's on new medication and can't drive the forklifts for six months, so please be patient while the loading schedule gets shuffled around him. Good to have you back, Des."""),
    D("npo", "fb", "phi", """Urgent ask for our family shelter: Marisol, who's in room 4 with her two little ones, is 30 weeks pregnant and has gestational diabetes. She needs a glucose meter and test strips that her Medicaid won't cover until next month. Can anyone help? 💛"""),
    D("gen", "ig", "phi", "Sitting with Aunt Rosalind on the cardiac unit at Acme Medical Center, day 2 after her triple bypass ❤️ She's already flirting with the night nurses. Room 512 if you want to send flowers!"),
    D("hea", "rd", "phi", """Psych liaison here. Had to tell a colleague to stop gossiping at the nurses' station yesterday: the retired judge from the county court, the one who sentenced half this town, was admitted overnight after a suicide attempt. Please, people, these are patients, not stories."""),
]

CONFIDENTIAL = [
    D("tec", "li", "confidential", """Wrapped the pricing review for Acme Sense 2 today. We landed on $14 per device per month with a 12-month minimum, sales enablement starts in January and launch is in April. Hard conversations, great outcome. Proud of this group. #pricing #productmanagement"""),
    D("tec", "x", "confidential", "Bluebird gets a soft launch in Canada three weeks before the US. if you're in Toronto, keep an eye on your console 😉"),
    D("tec", "rd", "confidential", """Heads-up for anyone running workloads in Acme Cloud's Frankfurt region: a storage array failed last Tuesday and roughly 0.2% of the block snapshots taken that day are corrupt. It never made the status page. If you restore from a snapshot dated the 14th, verify it first."""),
    D("fin", "li", "confidential", """Tough day. The Acme Bank board signed off on closing 35 branches next year, mostly rural ones. Branch managers find out next week and customers in the spring. I started my career in one of those branches. 💔"""),
    D("fin", "x", "confidential", "Acme Pay Q3 EPS came in at $1.42 vs the street at $1.18. the call isn't until Thursday so act surprised 🤐"),
    D("ret", "li", "confidential", """Big win for our fresh team: we've signed Brookfield Farms as the dairy supplier for all 140 Acme Market stores from June, at about 11% below what we pay now. The contract cleared legal yesterday. Can't wait until it goes public so I can brag properly."""),
    D("man", "li", "confidential", """Proud moment for the Acme plant in Greenville: we've won the battery-enclosure contract for a major EV maker (can't name them until they announce, but think trucks 🛻). 60,000 units in year one and 200 new jobs. Signing is on the 9th."""),
    D("hea", "x", "confidential", "acme health and Blue Meadow insurance couldn't agree terms, so they're out of network from January. patients won't be told until after open enrollment. make of that what you will"),
    D("npo", "li", "confidential", """Sneak peek 👀 Our spring appeal target is $2.4M, and the headline is a $500k matching gift from a family foundation we can't name yet. Launch is 3 March. Development team, you've outdone yourselves."""),
    D("gen", "rd", "confidential", """From today's town hall: the CEO said Acme's acquisition talks with Initech are back on and due diligence starts Monday. Half the room gasped. Not sure we were meant to hear the name."""),
    D("man", "x", "confidential", "line 3 at the Acme plant has been down 9 days waiting on a gearbox from Germany. we're 14,000 units behind and nobody's told the customer yet"),
]

PROMOTION = [
    D("ret", "ig", "promotion", "Pumpkin spice is back 🎃 and so is $1 Coffee Tuesday at every Acme Market café! Any size, all day, right through October ☕"),
    D("ret", "fb", "promotion", "Boxing Day at Acme Market Southport: every Christmas decoration in store is 70% off, and the first 50 through the door get a free tote 🎄🛍️ Doors open at 8!"),
    D("tec", "li", "promotion", """Live webinar next Thursday: "Acme Sense in the warehouse: cold-chain monitoring in 30 minutes". The first 50 people to register get a free starter kit (three sensors and a gateway) shipped to them. Link in the comments!"""),
    D("tec", "x", "promotion", "Acme Cloud hackathon 🏆 $10k prize pool, and every team that ships a demo gets $2,500 in credits. sign-ups close Friday"),
    D("fin", "li", "promotion", """Thinking of remortgaging? Switch to Acme Bank before 31 March and we'll pay your valuation fee and give you £500 cashback on completion. Drop me a message and I'll walk you through it."""),
    D("fin", "ig", "promotion", "New Acme Pay cardholders 💳 get 5% cashback at coffee shops for your first 60 days with code BREW5 ☕ Link in bio!"),
    D("hea", "fb", "promotion", "Travelling this summer? ✈️ Bring a friend to Acme Pharmacy for your travel vaccine consultation and you'll both get $15 off. Just mention this post at the counter."),
    D("man", "li", "promotion", """We're at Hannover Messe all week, hall 9, stand D42. Scan the QR code on the Acme stand to enter our draw for a desktop 3D printer, winner announced Friday at 4pm. 🏭"""),
    D("npo", "fb", "promotion", "The Acme Foundation winter fair is on Saturday! 🎁 The tombola is back: $2 a ticket and every ticket wins something. Top prize is a hamper from Hollins Bakery."),
    D("npo", "x", "promotion", "Run for the Foundation 10K 🏃 early-bird entry is $15 instead of $30 until Sunday with code RUNEARLY. see you at the start line!"),
    D("gen", "ig", "promotion", "Caption this photo of our CEO in the dunk tank 📸 Funniest caption by Friday wins two tickets to the Acme summer concert!"),
]
