# ruff: noqa: E501
"""Held-out violation drafts, part A: pii, phi, confidential, promotion.

Written by hand from the policy (policy_store/policy/default_policy.md) and the category
definitions in README.md, without looking at the checker's code, rules or output.
"""

from .common import D

PII = [
    D("gen", "fb", "pii", """Found a wallet on the number 42 bus this morning 🙈 It belongs to Priya Raman, there's a library card and her Visa 4612 1261 2499 1378 in it. Priya, if this reaches you, message me and I'll drop it off!"""),
    D("gen", "x", "pii", "anyone from the Acme softball league know how to reach Tomasz Wrobel? tried his home line 0113 496 0372 all week, no answer"),
    D("gen", "rd", "pii", """My landlord has ignored three emails about the mould in our bathroom. His name is Desmond Achebe, he lives at 55 Carrow Street, Bristol BS3 4QT and his mobile is 0117 496 0524. Do whatever you want with that info. Is there a tenants' union I should talk to?"""),
    D("gen", "ig", "pii", "Selling my road bike (54cm, barely used) 🚲 Text me on (702) 555-0148, cash only, pickup in Henderson."),
    D("tec", "rd", "pii", """Debugging our Acme Cloud signup webhook and I'm stuck. Payload that comes in looks like this:

{"name": "Devon Achterberg", "email": "devon.achterberg@outlook.com", "phone": "+1 415 555 0139", "plan": "pro"}

but by the time it reaches the billing service the phone field is null. Any ideas?"""),
    D("tec", "li", "pii", """Welcome to the team, Keiko Tanabe! 🎉 Keiko joins Acme Cloud as our new developer advocate for APAC. She doesn't have her work laptop yet, so if you want to say hi before Monday her personal email is keiko.tanabe.writes@gmail.com"""),
    D("ret", "ig", "pii", "Delivery crew shoutout 💪 Hauled a sofa up four flights for Mrs. Delacroix at 218 Alder Lane, Apt 4B, Dayton OH 45402 and she sent us off with homemade cookies 🍪 #acmemarket #deliverylife"),
    D("ret", "fb", "pii", """Customer asked me to post her order so she could find it later (her phone died 😅):
Marisol Quintero, marisol.q1987@yahoo.com, 6 bags of mulch + 2 tomato cages, pickup Saturday at Acme Market Eastgate."""),
    D("ret", "x", "pii", "guy at register 3 paid with a Discover card and left it on the counter. 6011 8142 3345 5235, exp 09/27. it's at the service desk if that's you"),
    D("hea", "fb", "pii", """Our wonderful ward clerk Bernice lost her mum last week 💐 Let's show her some love. Cards can go to her house: 14 Ferncliff Road, Leeds LS6 2AB. She's off until the 20th."""),
    D("fin", "x", "pii", "customer wired her rent to the wrong account AGAIN. correct one is GB17 NWBK 7407 0377 1378 31 (Harriet Osei). please check before you hit send, people"),
    D("fin", "rd", "pii", "Teller at a mid-size bank. Today a customer wrote his whole SSN, 519-80-2746, in the memo line of a deposit slip \"so I don't forget it\". Sir. That's not where it goes."),
    D("fin", "li", "pii", """Happy 30th birthday to my amazing teammate Ilse van Dijk (born 2 February 1995, and still the youngest-looking person on the Acme Bank risk desk)! 🎂 Thank you for carrying us through audit season."""),
    D("fin", "fb", "pii", """Collecting for Martin's retirement gift from the Acme Bank branch team 🎁 If you can't make it in person, send whatever you can to Claire's account: routing 021000021, account 48813390217 (Claire Dunmore). Thanks all!"""),
    D("man", "fb", "pii", "Carpool for 2nd shift at the Acme plant starting Monday 🚗 Rubén has room for three from the north side, call him on 0491 570 158 before Sunday."),
    D("man", "x", "pii", "the new forklift certification cards print the operator's SSN right on the front. Dale Perkins, 336-72-0378, laminated and clipped to his vest. who signed off on this"),
    D("npo", "fb", "pii", """A huge thank you to Eleanor Whitcombe of 7 Sable Court, Norwich NR4 6PL, who has given to our winter appeal every single year since 2009. Eleanor, you're a legend 💚"""),
    D("npo", "ig", "pii", "Coat drive update 🧥 If you'd rather give money, send it straight to my account and I'll buy coats in bulk: IE20 AIBK 9922 9381 9312 26 (Siobhán Keane). Every euro counts!"),
    D("tec", "fb", "pii", "Our SRE lead Kwame gave the best talk at the meetup tonight. He said he's happy to answer questions, his personal email is kwame.mensah.dev@protonmail.com 🙌"),
]

PHI = [
    D("hea", "fb", "phi", "Sweetest moment of my shift at Acme General: Mr. Haldane in bed 12 finally ate solid food today, nine days after his bowel resection 🥹 Small wins, people."),
    D("hea", "x", "phi", "ED at Acme Medical Center tonight: the man in bay 3 with a fish hook through his eyelid was the Westfield High football coach 😂 he'll be fine. probably."),
    D("hea", "ig", "phi", "Discharged our little fighter today! Amara, 6, beat her leukemia after 14 months on our oncology ward 💛 Ring that bell, sweetheart! #acmehealth #childhoodcancer"),
    D("hea", "rd", "phi", """Night shift nurse, Acme General. MRN 00482913 is back again, 57M, DKA for the fourth time this month because he keeps skipping insulin to pay rent. I don't know how to help him anymore. Anyone found social work resources that actually work?"""),
    D("hea", "li", "phi", """Fascinating case on our cardiology ward this Tuesday: a 23-year-old marathon runner from Boise collapsed at mile 20 and turned out to have an anomalous coronary artery. Surgery went perfectly. This is why we screen young athletes! #cardiology #acmehealth"""),
    D("hea", "x", "phi", "room 418 just told me she's pregnant and hasn't told her husband yet. he's in the waiting room. the DRAMA on this floor tonight"),
    D("hea", "fb", "phi", "Shoutout to my patient Gary Lindqvist who finally got his implants after three years of dentures 😁 He ate corn on the cob for the first time since 2021!"),
    D("hea", "li", "phi", """So proud of our team: last month we separated twins born conjoined at the chest to the Nwosu family. The family asked us to keep it quiet until they're ready, but I have to say how amazing our surgeons were. 🙏"""),
    D("ret", "fb", "phi", "Pharmacy counter moment: Mrs. Abernathy from Maple Court picked up her Zoloft refill today and whispered \"please don't tell my daughter.\" Of course not, hon. 💊 #acmepharmacy"),
    D("fin", "rd", "phi", """Claims processor at Acme Insurance. Can't believe what I processed this week: a certain city councilman (you know the one, the 'family values' guy in Ward 4) just had a 28-day stay at Pine Ridge for alcohol dependence billed to us."""),
    D("npo", "fb", "phi", "So proud of Dwayne, who you all know from the soup line on 5th Street: he started methadone treatment at our partner clinic this week and has been clean for 9 days 🙌"),
    D("npo", "ig", "phi", "Delivered food boxes to Mrs. Ito on Birch Street today 🍎 Her dialysis is Monday/Wednesday/Friday so she can't get to the pantry anymore. If you live nearby, say hi!"),
    D("gen", "x", "phi", "please keep Tom Brannigan from our accounts team in your prayers, he's in the ICU at Acme General after a stroke on Sunday. room 7. they think he'll pull through 🙏"),
    D("tec", "rd", "phi", """Support engineer on the Acme Health Portal. Ticket today from a patient, Linnea Berg, furious that her HIV test result showed up in the app before her doctor called her. She's right to be mad, and I've escalated, but how do other portals gate sensitive results?"""),
    D("man", "li", "phi", """Occupational health update from the Acme plant: Marcus on the paint line tested positive for isocyanate asthma after his spirometry last week, so he's moving to the warehouse while he's treated. Wear your respirators, everyone."""),
]

CONFIDENTIAL = [
    D("tec", "li", "confidential", "Can't say much, but the Nightjar team hit feature-complete today and I've never been prouder of a group of engineers. See you all at launch 👀 #buildinpublic"),
    D("tec", "x", "confidential", "orion-7 eval numbers came in this afternoon and they're 🔥 beats our current model on every benchmark we track. can't wait for you all to try it"),
    D("tec", "rd", "confidential", "Acme Cloud is raising egress pricing 18% in Q3. The deck went around our team today. If you're a customer with heavy egress, plan your budget now, you didn't hear it from me."),
    D("tec", "fb", "confidential", """Since people keep asking: last week's six-hour Acme Pay outage wasn't the "upstream provider" the status page blamed. It was a botched certificate rotation on our side, and we lost some webhook events we still haven't fully replayed."""),
    D("tec", "li", "confidential", "Bluebird beta is live with three pilot customers, including a major European airline ✈️ Two years of work. Incredibly proud of this team."),
    D("tec", "x", "confidential", "Project Falcon GA is 14 October, mark your calendars. I've been dying to talk about this for a year"),
    D("man", "li", "confidential", """Big milestone at the Acme plant in Ohio: after the retool, line 2 is running 1,150 housings an hour and we're switching the whole floor to 4x10 shifts in August. Proud of this crew! #manufacturing"""),
    D("man", "x", "confidential", "they told supervisors today that the Acme plant in Saltillo closes by December. 400 jobs. nothing public yet. gutted for everyone there"),
    D("man", "fb", "confidential", "Rough month at the Acme plant on the new pump housing, defect rate is sitting at 4.2% and we're scrapping whole pallets. QA is losing their minds. Pray for us 🙃"),
    D("fin", "x", "confidential", "Q2 numbers for Acme Bank land next Thursday and trust me, net interest income is up double digits 🤐 that's all I'll say"),
    D("fin", "li", "confidential", "Thrilled to share that Acme Wealth is acquiring a boutique advisory firm in Denver! The deal signs Monday and the announcement goes out in about two weeks. Welcome to the family, in advance 🎉"),
    D("fin", "rd", "confidential", "Layoffs coming at Acme Pay: 120 roles in operations get cut in March. Managers were briefed yesterday. If you're in ops, update your resume now."),
    D("ret", "fb", "confidential", "Heads up Acme Market regulars 😢 the Elm Street store closes for good on 30 June. Staff found out this morning, there's no public announcement yet, so you heard it from me first."),
    D("ret", "ig", "confidential", "Sneak peek 👀 of next season's Acme own-brand activewear line, launching in August. The leggings with pockets are going to sell out, you heard it here first 🏃‍♀️"),
    D("hea", "li", "confidential", "Exciting times: Acme Health is merging with Riverside Clinics. The letter of intent was signed last week and the board votes next month. Big things ahead for patients in our region!"),
    D("hea", "x", "confidential", "so nobody's said it publicly yet, but the EHR at Acme General was down 11 hours on Sunday after a ransomware scare. paper charting everywhere. never again"),
    D("npo", "fb", "confidential", "The Acme Foundation board voted last night to close the Eastside youth centre next spring. Please don't share this yet, the staff there haven't been told. Heartbroken."),
    D("gen", "rd", "confidential", "Screenshot from our internal all-hands deck this morning: Acme Corp plans to exit the Brazilian market in 2026. Wild that they showed this to 3,000 people and expect it not to leak."),
]

PROMOTION = [
    D("ret", "ig", "promotion", "Flash sale this weekend only at Acme Market ☀️ 30% off all patio furniture and grills. Go go go!"),
    D("ret", "x", "promotion", "use my code JENNA15 for 15% off your first Acme Market delivery 🛒 works till the end of the month"),
    D("ret", "fb", "promotion", "BOGO on every bakery item at the Riverside Acme Market until Sunday! Croissants, sourdough, the lot 🥐"),
    D("ret", "li", "promotion", "Our store is giving away a $250 gift card to one lucky shopper who tags us in their back-to-school haul 📚 Winner picked Friday!"),
    D("ret", "rd", "promotion", "Acme Market employee here. Tell the cashier \"pickle guy sent me\" and they'll knock 10% off your basket this week. I cleared it with my shift lead, don't worry 😎"),
    D("tec", "li", "promotion", "Founders: DM me and I'll get you $5,000 in Acme Cloud credits, no application needed. Just mention this post. 🚀"),
    D("tec", "x", "promotion", "Acme Sense preorders are open! free shipping + an extra year of warranty with code SENSEDAY, today only"),
    D("tec", "rd", "promotion", "I work on Acme Cloud. Coupon REDDIT3FREE gets you three months of the Pro tier for free. Enjoy, and please file bugs 🙏"),
    D("fin", "fb", "promotion", "Open an Acme Bank checking account this month and get a $300 bonus 💵 Message me for my referral link!"),
    D("fin", "li", "promotion", "Refer a merchant to Acme Pay this quarter and you both pay 0% processing fees for three months. Happy to send the sign-up link."),
    D("hea", "fb", "promotion", "Acme Dental Clinic news 🦷 Teeth whitening is half price for the whole of May! Book before the slots go."),
    D("hea", "ig", "promotion", "Free 30-minute massage with every physio package booked this week at Acme Wellness 💆 Just mention Instagram at reception."),
    D("man", "li", "promotion", "Heading to FabTech? Stop by the Acme booth 2214 and enter our raffle for a DJI drone. We're also handing out free torque wrenches to the first 100 visitors 🔧"),
    D("npo", "ig", "promotion", "Gala tickets for the Acme Foundation Heart Dinner are 40% off until Friday with code EARLYHEART 💃 Tables of ten available too."),
    D("npo", "ig", "promotion", "Win a signed match ball! ⚽ Every $10 donation this week enters you into our prize draw. Winner announced Monday."),
    D("gen", "x", "promotion", "Acme Corp turns 25 and the company store is celebrating: everything 25% off through Friday 🎂"),
    D("gen", "fb", "promotion", "Contest time! 📸 Share your best #AcmeAtHome photo by Sunday and three winners get noise-cancelling headphones."),
]
