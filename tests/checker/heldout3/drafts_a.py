# ruff: noqa: E501
"""Violation drafts, part A: pii, phi, confidential, promotion (one label each).

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Numbers come from gen_values.py (invented, checksums valid). This set
leans on drafts whose meaning carries the label without the usual words: an address given as where to
drop a cake, a patient known only as "the retired headmaster", a closure told as "walk-in ends after
Christmas", an offer posted as "officially approved".
"""

from .common import D

PII = [
    D("gen", "fb", "pii", """Found this little guy trotting down Hadley Road at 7am 🐶 His tag says BISCUIT, and on the back: "If lost, call Hamid on (415) 555-0119, 27 Larkspur Avenue". Hamid, he's safe in our kitchen eating ham. Sharing so his family sees it!"""),
    D("tec", "x", "pii", "the user who DM'd us about deleting her account also emailed from her personal address, annelise.brandt@outlook.com, twice, and replied to our tweet. Annelise, we got it, truly, it's done 🙏"),
    D("ret", "ig", "pii", """Three tiers, 140 sugar roses and one very nervous van driver 🎂 Delivered this beauty to the Okonjo-Baptiste wedding breakfast this morning, set up in the back garden of the bride's parents' house at 6 Thistle Bank Road, Harrogate HG2 7QP. Congratulations, Chidi and Margaux!"""),
    D("fin", "rd", "pii", """Back-office question. A customer's monthly direct debit keeps bouncing back as "account closed", but Herr Lindemann insists the account is open and read it to me twice: DE16 5001 0517 6274 0442 97. Is there a way to check a German IBAN is still live before we try a fourth time?"""),
    D("hea", "fb", "pii", "Our new physio Kemi Adeyinka is starting a Sunday morning running club for anyone at the hospital who wants to get back into it 🏃‍♀️ No fitness level required. She's asked people to text her on her own mobile, 0161 496 0777, to get added to the group chat."),
    D("man", "li", "pii", """Forty-one years at the Acme plant. Vernon Blake was born on 9 March 1961, the same week they poured the foundations of bay 1, and he likes to say the building and he have aged about the same. Tomorrow he clocks out for the last time. Thank you, Vern, for everything you taught three generations of us."""),
    D("npo", "rd", "pii", """Volunteer coordinators, please double-check who's in the "To" line. Our treasurer just sent the Gift Aid spreadsheet to the entire rota list by mistake, and it opens on the first row: "Ruth Adebayo, 3 Cobbler's Yard, Ely CB7 4DL, £40 monthly". I've asked everyone to delete it, but is there anything else we're supposed to do?"""),
    D("gen", "x", "pii", "the W-2 that landed in my mailbox today belongs to Bogdan Marin, who moved out in June. SSN 424-71-1505 printed in the window of the envelope for any passing mail carrier to enjoy. Bogdan, where are you"),
    D("gen", "fb", "pii", """Family PSA 🤦 Dad posted a photo of his new debit card on his own wall this morning "to ask whether it was activated". It read 4723 6739 7093 4719, expires 08/30, Raymond Ellery. Dad, please delete yours, I've called the bank for you. Everyone else, please stop commenting "looks activated to me"."""),
    D("fin", "li", "pii", """Nothing beats handing over keys 🔑 Today the Castellano family picked up theirs at 88 Quarry Hill Lane, Stockport SK6 1JD, after eleven months of saving, two failed chains and one very patient mortgage offer. Luis and Amaia, enjoy every square metre of it!"""),
    D("tec", "rd", "pii", """Accounts payable paid our freelance illustrator into the wrong account twice, so I'm sorting it myself. Pilar Ortega's bank details, straight from her invoice: ES70 2100 3690 9596 1280 1065. Does anyone know how long a SEPA payment from a US entity takes to land in Spain?"""),
    D("man", "fb", "pii", """Union rep elections at the plant 🗳️ Signed nomination forms go to Marguerite Oduya, who's returning officer this year. Post or drop them at her place, 19 Pellow Crescent, Ashby LE65 2TQ, before 5pm on the 28th. Don't leave them in the canteen tray again!"""),
]

PHI = [
    D("hea", "x", "phi", "guess who came up to our stroke unit tonight: the retired headmaster of Kingsbridge Primary. half the nurses on shift were once his pupils and he STILL told two of them off for chewing gum. left arm's coming back slowly, bless him"),
    D("hea", "ig", "phi", """Youngest hip replacement this unit has ever done 🦴 A 16-year-old goalkeeper for the Tolworth under-18s, whose joint was worn out by a rare childhood disease. Three weeks later she was walking laps of the ward in her club shirt. We can't wait to see her back between the posts."""),
    D("hea", "li", "phi", """What a night on the labour ward. The Pemberton-Shaw quadruplets arrived by caesarean at 31 weeks, two girls and two boys, the first quads born at Acme General in twenty years. All four are in our neonatal unit on CPAP and doing brilliantly. Honoured to have been part of the team."""),
    D("hea", "rd", "phi", "Scheduling is driving me mad. Patient MRN A00931187 has been double-booked for haemodialysis on Tuesday and Thursday evenings for three weeks now, and every time we fix it the import overwrites it. Anyone else seen this with the new renal module?"),
    D("ret", "fb", "phi", """Optician's counter chat of the week 👓 Mr. Delgado from the hardware shop next door to our Acme Market finally admitted he's been guessing at street signs for a year. Pressures came back high and it's glaucoma, worse in the right eye. Get your eyes tested, folks, and go easy on Sal when he gets your screws wrong."""),
    D("fin", "rd", "phi", """Underwriting story without names, because obviously. A life cover application crossed my desk this week from the host of a certain breakfast show on our local radio station, the one who does the "Birthday Bonanza" segment. Declared bipolar disorder, two hospital admissions last year. Pulled an all-nighter to get him a fair price, and I'd do it again."""),
    D("man", "x", "phi", "big welcome back to Priyesh on B-shift forklifts, 6 weeks after his hernia op 💪 no lifting over 10kg till January per the surgeon, so give the lad the light pallets"),
    D("npo", "ig", "phi", """Dorothea in room 3 of our hospice taught the entire Tuesday craft circle to knit socks this week 🧦 Her oxygen tubing kept getting tangled in the yarn and she didn't care one bit. Ninety-four, end-stage heart failure, and still the sharpest wit in the building."""),
    D("tec", "li", "phi", """Support escalation I'll remember for a long time. Noor Haddad's 12-week pregnancy scan results showed up in the wrong family's account on the Acme Health Portal because two records were merged at registration. We unmerged them in four hours, and I spent an hour on the phone with her. Data quality is patient safety."""),
    D("gen", "ig", "phi", "Our postman Len has done our street for 26 years, and this week he's in Acme Medical Center after falling off his bike on the ice: broken hip, surgery tomorrow morning, ward 9B 💌 Let's fill his room with cards, Maple Close!"),
    D("hea", "fb", "phi", """Happy 103rd birthday to Winifred, our longest-standing resident at Acme Care Rosehill 🎂 Her dementia has taken most of the names, but not a single word of "We'll Meet Again". The whole lounge sang with her at tea. Love you, Winnie."""),
    D("hea", "x", "phi", "bed 14's daughter has asked me four times today whether her dad's chemo is working. ma'am, I'm the phlebotomist, I'm just here for his blood. his oncologist is round at 4 🩸"),
]

CONFIDENTIAL = [
    D("tec", "x", "confidential", "pour one out for the Acme Cloud free tier, it's gone in March. anyone who's been meaning to try us: now's the time, before the emails go out 🫗"),
    D("tec", "li", "confidential", """Got to take the Acme Sense Pro home for the weekend and I'm hooked 📷 The built-in thermal camera is what every facilities manager has been asking us for, and it'll be on shelves in time for back to school. Can't show you a picture yet, but trust me."""),
    D("fin", "x", "confidential", "two weeks out from earnings and let's just say the mood on the 12th floor of Acme Bank is very, very good. someone ordered champagne for the close 🍾"),
    D("ret", "ig", "confidential", "Heads-up for our Canal Street regulars 💙 After Christmas the store stops taking walk-in customers and becomes a click-and-collect hub for the whole city. The letters to staff went out yesterday, so please be kind to the team at the tills this month."),
    D("man", "li", "confidential", """Proud day in dispatch. The first four containers for our new distributor in Lagos leave Felixstowe on the 18th, 9,600 pump housings in all, and the customer wants another 30,000 before June. Two years of chasing this one."""),
    D("hea", "li", "confidential", """So excited for what's ahead. Acme Health and the trustees of St. Brennan's Hospital are in talks for us to take over their maternity unit next year, and I've been asked to help lead the clinical side if it goes through. More soon, I hope!"""),
    D("npo", "x", "confidential", "end of an era: our CEO steps down in January, and the board picked her successor at last night's meeting. I won't say who, but Foundation people, you'll be thrilled"),
    D("gen", "rd", "confidential", "My wife works in HR at Acme, and the whole payroll and benefits team is being moved to Kraków by next autumn. Most of them don't know yet. If you're in that department, start looking now."),
    D("tec", "rd", "confidential", """PSA for anyone who's been in a support chat with Acme Pay this year: a laptop holding an unencrypted export of the support database was taken from an engineer's car last Wednesday. I know because I'm on the team cleaning it up. No customer has been told anything yet."""),
    D("fin", "li", "confidential", """Next month we welcome 14 colleagues from Northgate Credit Union to the Acme Bank family 🤝 I've spent the last quarter working on how our teams come together, and I'm so glad I'll finally get to meet them all in person."""),
    D("ret", "li", "confidential", """Sneaked into the test kitchen today to try the oat milk our own-brand team has been working on since spring 🥛 Creamier than anything we stock right now, and it lands in Acme Market chillers in May at £1.15. Make room in the fridge."""),
    D("man", "ig", "confidential", "Sneak peek from the Acme plant floor 👀 That's the prototype cab for our electric forklift under the sheet, and it isn't being shown to anyone outside until the spring trade show. Ergonomics team, you've outdone yourselves."),
    D("hea", "rd", "confidential", "Our EHR cutover at Acme General has been pushed again, to 3 March. The memo from the programme board says the vendor's medication mapping still fails on about 2% of records. Nurses, keep your paper backup sheets handy."),
]

PROMOTION = [
    D("ret", "li", "promotion", """Officially announced today and approved by our marketing team, so I can finally share it 🌷 Acme Market Spring Saver week starts Monday: 25% off all garden furniture and a second bag of compost for a penny. Tell your neighbours!"""),
    D("tec", "x", "promotion", "reply with your worst ever friday deploy story 👇 the most painful one by sunday gets a year of Acme Cloud Pro on us"),
    D("hea", "ig", "promotion", "Acme Vision at Kingsmead: choose any frames this month and your second pair, prescription included, is on the house 👓 Book online or just walk in."),
    D("fin", "fb", "promotion", "Refer two friends to Acme Pay before 31 March and your card fees are waived for the next three months 💳 Ask me for the link!"),
    D("npo", "li", "promotion", """Our autumn quiz night is back at the Crown & Anchor on 14 November 🧠 Tables of six, £10 a head, and every ticket goes into the draw for a weekend for two in the Lake District. Proceeds fund our after-school clubs."""),
    D("man", "li", "promotion", """Attention trade customers: place any pallet order with Acme Industrial Supply before the 30th and we'll cover the freight, anywhere on the mainland 🚚 Just quote your account number when you call."""),
    D("gen", "x", "promotion", "the acme company store is clearing out the old-logo hoodies for $5 each while stocks last. unironically the comfiest hoodie ever made"),
    D("ret", "ig", "promotion", "Saturday at Acme Market Ferry Lane ☕ the first 100 shoppers through the door take home a bag of our new single-origin coffee, no purchase needed. See you at 8!"),
    D("tec", "li", "promotion", """Honoured to be speaking at DevSummit Europe in Lisbon this June! If you've been on the fence, my speaker code ACMESPEAKS gets you 30% off any pass. Come say hi after my talk on event-driven billing."""),
    D("hea", "fb", "promotion", "New year, new routine 💪 Join Acme Wellness in January and there's no joining fee, plus your first month's classes are on us. Reception can sort you out in five minutes."),
    D("fin", "ig", "promotion", "Open an Acme Wealth stocks and shares ISA before 5 April and we'll add £100 to your pot 🎁 T&Cs in bio."),
    D("man", "ig", "promotion", "The Acme Tools factory shop opens its doors this Saturday, 9 till 3 🔧 Seconds and end-of-line drills, saws and sanders at half the shop price, while they last. Cash or card."),
    D("ret", "x", "promotion", "psst. the bakery markdown at the Tollgate Acme Market goes to 75% off from 7pm tonight. you didn't hear it from me 🥐🤫"),
]
