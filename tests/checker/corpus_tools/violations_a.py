"""Hand-written violation drafts: pii, phi, confidential, promotion."""
from .common import D

PII = [
    D("ret", "fb", "pii", "Found a wallet by the cart return at our Acme store on Route 9 tonight. Only ID inside is a Visa in the name of Dolores Whitfield, 4526 0181 5908 3012, exp 09/27. Dolores if this reaches you it's at the customer service desk until close! Please share 🙏"),
    D("ret", "x", "pii", "someone left their card in the self-checkout at the Elm St Acme, Mastercard 5192-4402-6859-9524. it's in the manager's safe, come grab it before 9pm"),
    D("fin", "rd", "pii", "Teller life: a customer today read his entire Amex out loud across the lobby while his wife typed it into her phone. 3488 853933 63382. I wanted to crawl under the counter. People, PLEASE stop doing this, everyone in line heard it."),
    D("tec", "x", "pii", "Is Acme Pay rejecting Discover for anyone else? Tried my own 6011 0751 1637 2653 exp 04/28 three times on the staging checkout and it bounces every time"),
    D("gen", "fb", "pii", "Happy birthday to the one and only Linda Okafor, our office manager for 19 years! Born 14 March 1971 and still runs circles around all of us. Swing by her place at 22 Hawthorn Close this Saturday, she's doing a barbecue 🎂"),
    D("npo", "fb", "pii", "A heartfelt thank you to Mr. Raymond Tsai, whose gift is funding our reading room for a whole year. Several volunteers asked how to thank him personally - his home address is 418 Beacon Hill Rd, Apt 3B, Portland ME 04101, and he'd love a card."),
    D("hea", "ig", "pii", "Welcome to the family Priya!! 💕 Our new charge nurse on 4 West is amazing. Priya's cell is (617) 555-0143 if any of you night owls want to swap shifts with her 🦉"),
    D("man", "fb", "pii", "Carpool for 2nd shift at the Acme plant starts Monday. Text Darnell at 313-555-0178, he's picking up from his place at 9 Cedar Ct in Taylor around 1:40."),
    D("fin", "x", "pii", "@klaus_hartmann1 refund for the double charge has been sent to your account DE89 3704 0044 0532 0130 00, should land in 1-2 business days. Sorry again for the trouble!"),
    D("fin", "x", "pii", "@sophie_writes confirming we have your IBAN on file as GB82 WEST 1234 5698 7654 32 - the chargeback is being processed and you'll get an email when it clears"),
    D("gen", "rd", "pii", "Helping my roommate fill out her first W-4 at the kitchen table and she just reads her SSN out loud, 439-10-3485, like she's ordering a pizza. Girl, the windows are open 😭"),
    D("fin", "rd", "pii", "Anyone else in mortgage ops fighting the new ID verification vendor? Had an applicant (Gregory Pham) whose SSN 687-39-2005 failed three times even though it matched his card exactly. Ended up doing it manually."),
    D("tec", "li", "pii", """Our summer intern Mateo Arrieta just wrapped up 12 weeks on the Acme Cloud storage team and honestly he was better than some seniors I've worked with. He's graduating in December and looking for a backend role.

Reach out to him directly: mateo.arrieta.dev@gmail.com or 415-555-0121. You won't regret it.

#hiring #internship #backend"""),
    D("ret", "rd", "pii", "Had a tour group come through the store today and one lady's UnionPay kept getting declined, 6218 0588 8718 0334 016. Turned out our terminals just don't route UnionPay 19-digit cards properly. Anyone in retail found a fix?"),
    D("gen", "x", "pii", "to whoever photographed my debit card on the canteen table (6759 8263 3043 4836) and posted it in the team chat as a 'joke': not funny, please delete it"),
    D("fin", "li", "pii", """Fraud awareness moment. This week a customer called us after a "delivery company" texted asking her to confirm her card to reschedule a parcel. She had already typed in 4291 7034 2366 7127 687 and her CVV before it clicked.

We froze it within minutes. Please talk to your parents about these texts. #fraudprevention #banking"""),
    D("ret", "fb", "pii", "Lost & found update from the Acme Westgate store: we still have a black cardholder with a Mastercard 2223 5711 7777 4129 (name on it is K. Lindqvist) and a library card. Bring ID to collect."),
    D("tec", "rd", "pii", "Weird edge case for the payments folks: customer's Mastercard 2720 1547 2803 8522 is being flagged as invalid by our BIN table because we only had 51-55 ranges. Who still hasn't updated for the 2-series??"),
    D("fin", "fb", "pii", "Posting on behalf of my mum who isn't on facebook: if anyone from Acme Bank sees this, her Amex 3775 004743 95757 was charged twice at the pharmacy and the branch keeps sending her in circles. Her name is Margaret Doyle."),
    D("man", "li", "pii", """Celebrating a legend today. Tom Bakker started on Line 3 at our Acme plant in 1987 and turns 60 this week (born 2 August 1965 - he made me put that in). Forty years of perfect safety records, three apprentices who are now shift leads, and the best chili at every potluck.

Happy birthday Tom! #manufacturing #milestones"""),
    D("npo", "ig", "pii", "Our volunteer coordinator Sanne is collecting for the winter coat drive 🧥 Send what you can straight to her account NL91 ABNA 0417 1643 00 (S. de Vries) and she'll do the shopping this weekend ❤️"),
    D("gen", "x", "pii", "if anyone knows Brendan from accounting please tell him to call me back, his personal number is 07700 900417, work phone goes straight to voicemail"),
    D("ret", "x", "pii", "Customer just paid with a Discover 6516 7612 2202 9721 and the receipt printed the FULL number. Our printer firmware is cursed"),
    D("hea", "fb", "pii", "Our unit secretary Angela is retiring after 31 years! We're putting together a memory book. Please mail your notes and photos to her home address, 77 Orchard Lane, Medford MA 02155, before the 20th."),
    D("fin", "rd", "pii", "Client sent me her whole life in one email: passport scan, SSN 147-33-2249, and a note saying 'just do whatever you need'. Retirement planning is a trust exercise I guess lol"),
    D("tec", "x", "pii", "Reminder to my teammates: if you need me this week I'm OOO, reach me on my personal gmail, jordan.kessler.1989@gmail.com"),
    D("npo", "fb", "pii", "Thank you to Ingrid Solberg for matching all donations this weekend! Ingrid, I tried to send a thank-you through the bank but the transfer to IE29 AIBK 9311 5212 3456 78 bounced back, can you DM me?"),
    D("ret", "ig", "pii", "The sweetest regular at our Acme bakery counter, Mrs. Abernathy, turned 90 today 🎉 Born June 3rd 1935! If you want to drop her a card she lives at 3 Willow Row, just behind the store 🌷"),
    D("fin", "x", "pii", "@alex_mercer_88 we've located your wire. It went to ES91 2100 0418 4502 0005 1332 instead of the account you intended, we're contacting the receiving bank now"),
    D("man", "rd", "pii", "HR at our plant posted the new parking permit list on the corkboard in the break room with everyone's home addresses on it. Mine says 1180 Sandpiper Way, Unit 2, Toledo OH. Pretty sure that's not allowed?"),
    D("tec", "li", "pii", """Small PSA from someone who builds payment integrations for a living: the 19-digit cards are real and your regex is wrong. Yesterday a user's Maestro 5018 9548 6205 7986 826 was rejected because our form capped input at 16 digits.

Fix your validators, people. #payments #engineering"""),
    D("gen", "fb", "pii", "Our neighbour Mr. Kowalski (the one who fixes everyone's bikes) is turning 75! Born 11/02/1950 and still climbing ladders. Please send him a birthday message, his email is stanley.kowalski.bikes@outlook.com"),
    D("ret", "x", "pii", "@jenna_loves_tea we found your card! UnionPay 6287 8017 5989 8347 884, left at the Main St Acme on Tuesday. It'll be at the front desk for 30 days"),
    D("fin", "li", "pii", """Congratulations to my client and friend Hannah Ruiz on closing on her first home today! 🏡 Hannah, I know you'll love 58 Juniper Street. It's been a long road since we first looked at your credit report in February.

#firsttimehomebuyer #mortgage"""),
    D("hea", "x", "pii", "our new residents asked for the attending's number for questions after hours. Dr. Feld's personal cell is 212-555-0193, be nice to him"),
    D("npo", "rd", "pii", "Volunteer here, cleaning up our donor spreadsheet and it's a mess. Same person entered 3 times with different spellings, e.g. 'Martin Greaves, 09/04/1958, 12 Ash Grove, Leeds' vs 'Martyn Greaves'. Best free way to dedupe in Google Sheets?"),
    D("man", "x", "pii", "whoever in the Acme plant slack asked for my SSN for the safety training signup, it's 201-46-5219, I give up fighting the form"),
    D("tec", "rd", "pii", "A customer attached a photo of their card to their own support ticket asking why it won't save (6304 8288 0729 0222 791, a 19-digit Maestro). Our form caps at 16. Is anyone else still seeing this in 2024?"),
]

PHI = [
    D("hea", "fb", "phi", "Room 412 finally went home today!! Mr. Alvarez beat the sepsis after 3 weeks in ICU and walked out on his own. Best shift in months 😭"),
    D("hea", "x", "phi", "bed 7 in the ED has been waiting 14 hours for a psych bed. 16yo, second overdose this month. the system is failing these kids"),
    D("hea", "ig", "phi", "Our sweet Mrs. Kaur in 3B turned 88 today and we threw her a little party on the oncology ward 🎂🎈 She finishes her last round of chemo on Friday!! #nurselife"),
    D("hea", "rd", "phi", "Night shift on a med-surg floor. Patient J.R. in 508 (the 44M with the pancreatitis) pulled his IV for the third time and then asked me for a cheeseburger. How do you all deal with AMA threats at 3am?"),
    D("hea", "li", "phi", """Proud moment for our cardiac team at Acme Medical Center. Last Tuesday we performed our 500th TAVR, and the patient, 91-year-old retired schoolteacher Eleanor Marsh from Dover, was sitting up eating lunch four hours later.

I'm so proud of this team. #cardiology #TAVR #healthcare"""),
    D("hea", "x", "phi", "MRN 00482913 keeps getting flagged as a duplicate chart in Epic, two different patients merged, one is a diabetic on insulin, the other isn't. Who do I escalate this to??"),
    D("hea", "fb", "phi", "Please keep little Noah (bed 3, peds) in your prayers tonight. His leukemia relapsed and his mom hasn't left his side in 9 days. He's the bravest 6 year old I've ever met ❤️"),
    D("hea", "rd", "phi", "Triage nurse vent: the 72yo woman from the nursing home on Birch St came in again with a UTI and delirium, third time in two months. Family never visits. Sometimes this job breaks my heart."),
    D("hea", "ig", "phi", "My favourite patient on 6 East, Mr. D (room 617), got his new kidney today!! 🙌 Transplant team did it again 💙 #organdonation"),
    D("ret", "fb", "phi", "Working the Acme pharmacy counter today and Mrs. Patterson from the church choir came in for her first Ozempic pickup. So proud of her for taking care of her diabetes, go Barbara!"),
    D("hea", "x", "phi", "Can't stop thinking about the 29-year-old in trauma bay 2 tonight. Motorcycle, no helmet, GCS 5. Wear your helmets people."),
    D("fin", "rd", "phi", "I process claims at an insurance company and the amount of detail we see is wild. Today: Jeffrey Lund, MRN 7731045, bipolar disorder, three inpatient stays at Acme Behavioral in 2023. Denied for being out of network."),
    D("hea", "li", "phi", """Today I want to share a story that reminded me why I went into nursing.

A patient on our stroke unit, Mr. Okonkwo in bed 14, couldn't say a single word when he arrived last Monday. Right-side weakness, aphasia, the works. This morning he looked at his daughter and said her name. She cried, I cried, the PT cried.

Rehab is slow. It's brutal. But it works. #strokeawareness #nursing #AcmeHealth"""),
    D("man", "fb", "phi", "Occupational health update from the Acme plant: Rick from Line 2 is doing better after his hand surgery, they reattached two fingers and he starts PT next week. The press guard incident is being looked at."),
    D("hea", "x", "phi", "L&D tonight: room 9 is a 19 y/o G1 with preeclampsia, BP 180s, mag running. Pray for us"),
    D("npo", "fb", "phi", "Our free clinic saw 63 patients on Saturday! Special moment: Luis, who's been coming to us since his HIV diagnosis in 2019, told us his viral load is now undetectable 🎉"),
    D("hea", "ig", "phi", "Meet Daisy 🐶 our therapy dog! Today she visited Mr. Hendricks in the hospice wing (room 22) who has end-stage COPD, and he smiled for the first time all week 🥹"),
    D("hea", "rd", "phi", "Resident here. Attending made us present the 'interesting case' on rounds in the hallway, full name and all: Sarah Kline, 34, new diagnosis of MS. Her husband was standing 5 feet away. Is that normal at other programs?"),
    D("hea", "x", "phi", "Patient in 2214 (initials T.W.) asked for a second opinion on his prostate biopsy and our urologist took it personally. Some egos in this building."),
    D("hea", "fb", "phi", "Everyone please send good vibes to our coworker's dad, Walter Brennan, who's on our cardiac floor recovering from a triple bypass. He's in 5C if you want to stop by with a card!"),
    D("hea", "li", "phi", """Milestone for our dialysis unit: Mrs. Gloria Reyes has now completed 1,000 sessions with us, three times a week for almost seven years. She brings cookies every Friday.

Gloria, you're an inspiration to our whole team. #nephrology #dialysis"""),
    D("hea", "x", "phi", "who else had the 58M in bed 11 with the alcohol withdrawal seizure last night? he's asking for the 'nurse with the blue hair' lol"),
    D("ret", "x", "phi", "Pharmacy tech life: our regular Mark from the gym next door picked up his PrEP refill and Valtrex today and stayed 20 minutes telling me about his marathon training. Love my regulars 🏃"),
    D("hea", "rd", "phi", "ER doc. Anyone else find it insane that a 41yo (MRN 20558817) can come in with a troponin of 4 and get told to wait 6 hours because the cath lab is closed for the weekend? Small hospitals need more funding."),
    D("npo", "ig", "phi", "Our support group welcomed Jenna back this week 💜 Six months sober from opioids and she's now helping us run the Tuesday meetings at the Acme Community Center! #recovery"),
    D("hea", "fb", "phi", "Shoutout to the OR team! We separated the twins in theatre 4 yesterday, baby girls born to the Martinez family on Elm St, 11 hours of surgery and both are stable in NICU ❤️"),
    D("man", "li", "phi", """Safety is personal. Last month our colleague Andre Phillips (press operator, night shift) was diagnosed with occupational asthma from the isocyanate exposure in Bay 4 and is now on inhalers and out on medical leave.

We're reviewing ventilation across the site. #safety #manufacturing"""),
    D("hea", "x", "phi", "Psych unit: the patient in 4N bed 2, the college kid who was brought in after the bridge, got discharged to his parents today. Still thinking about him."),
    D("gen", "fb", "phi", "My sister is a nurse at Acme General and she says Councilman Pruitt has been in the ICU since Sunday with liver failure, they're keeping it quiet. You heard it here first."),
    D("hea", "ig", "phi", "Graduation day from the burn unit! 🎓 Kevin (age 12, 40% TBSA burns from the house fire on Oak Ave in March) walked out today to a hallway full of nurses clapping 👏🔥"),
    D("hea", "rd", "phi", "Med student on OB/GYN. Patient in room 6, 23 years old, came in for what she thought was a kidney stone and delivered a baby 40 minutes later. Didn't know she was pregnant. I'm still processing."),
    D("fin", "li", "phi", """Underwriting insight: we recently reviewed a life policy for a 52-year-old applicant from Tulsa, Mr. D. Ferris, with type 2 diabetes, an A1c of 9.1 and a 2022 stent placement. We still approved him at a standard-plus rating thanks to his fitness data.

Wearables are changing risk assessment. #insurtech #underwriting"""),
    D("hea", "x", "phi", "the patient in bay 5 with the fish hook in his eyelid was a local news anchor. can't say who but watch Channel 8 tonight and you'll see the eyepatch"),
    D("hea", "fb", "phi", "Prayers for my patient Maria (room 310) who just found out her breast cancer has spread to her bones. She's 37 and has three kids. I hugged her for 10 minutes today."),
    D("tec", "rd", "phi pii", "Contractor on an Acme Health Portal integration. Debugging a failing HL7 feed from one of the clinics this morning and the message is 'Delbert Huang, DOB 1961-07-14, MRN 55120984, dx: schizophrenia, clozapine 300mg' with the PID segment in the wrong order. Why is HL7 like this??"),
    D("hea", "x", "phi", "Shout-out to the man in 7W (room 12) who is 101 years old, just had hip surgery, and flirted with every nurse on the floor today. legend"),
    D("npo", "li", "phi", """Our hospice volunteers do remarkable work. This week volunteer Carol sat with Mr. Albert Finch, 84, in his final hours at Acme Hospice House after his long fight with ALS, so he wouldn't be alone. His family couldn't make it in time from Arizona.

#hospice #volunteering #endoflifecare"""),
    D("hea", "rd", "phi", "Pediatric RN. 4 y/o in bed 8 came in with a broken femur and the story from mom doesn't add up. CPS called. I hate this part of the job."),
]

CONFIDENTIAL = [
    D("tec", "x", "confidential", "Can't say much but Project Falcon is going to change how people think about Acme Cloud storage. Q3 can't come soon enough 🦅"),
    D("tec", "li", "confidential", """Three years ago I joined Acme Cloud as engineer #4 on a tiny team. Today I'm leading the group building Nightjar, our new serverless runtime, which we're on track to launch at re:Build in November.

The lessons: hire slow, ship fast, and never trust a benchmark you didn't run yourself.

#leadership #serverless #engineering"""),
    D("ret", "rd", "confidential", "Store manager here. We just got the memo: 38 Acme stores closing in Q1, including mine. Corporate hasn't told the public yet, but if you work at one of the smaller mall locations, start looking now."),
    D("fin", "x", "confidential", "Big news coming next week: Acme is buying Initech. Deal's basically done, legal is just finishing paperwork. Stock nerds, you didn't hear it from me"),
    D("gen", "fb", "confidential", "Hearing from friends at Acme that there's a round of layoffs planned for end of month, around 12% of corporate. Nothing official yet. Sending love to everyone who's anxious."),
    D("tec", "rd", "confidential", "Throwaway because I work there. The Acme Cloud outage last Thursday wasn't 'degraded performance'. A config push wiped the auth tables in us-east and we lost 40 minutes of customer writes. Status page never mentioned it."),
    D("man", "li", "confidential", """Really proud of our team at the Acme Dayton plant. We just finished tooling for Orion-7, the next-gen compressor that goes into production in March, and we're already hitting 98% first-pass yield on the pilot line.

#manufacturing #lean #innovation"""),
    D("fin", "li", "confidential", """Heads-down week finalizing Q2 numbers before the earnings call. Spoiler: revenue came in at $1.42B, up 18%, and Acme Pay volumes basically doubled. Not bad for a "boring" payments company 😉

#fintech #earnings"""),
    D("tec", "ig", "confidential", "Sneak peek of what the team's been cooking 👀 Here's a screenshot from our internal roadmap deck — Bluebird beta in April, GA in July 🐦💻 #workinprogress"),
    D("ret", "x", "confidential", "Acme corporate is rolling out self-checkout-only stores in 3 pilot cities this fall, I saw the internal deck today. RIP cashiers"),
    D("hea", "fb", "confidential", "Staff at Acme Health just got told the Eastside clinic is closing in June and being merged into the main campus. They haven't told patients yet so keep it quiet but start planning if you go there."),
    D("npo", "li", "confidential", """Exciting times at the Acme Foundation! Our board voted last night to merge with Brightpath Youth Services, it'll be announced at the gala in May. We'll become the largest youth mentoring charity in the state.

#nonprofit #merger #youth"""),
    D("tec", "x", "confidential", "we found a bug in Acme Cloud's IAM last week that let any tenant list other tenants' bucket names. patched quietly, no disclosure planned. fun times"),
    D("fin", "rd", "confidential", "Work in compliance at Acme Bank. We had a data breach in March, about 20k customer records including account numbers went out through a vendor. Leadership decided it didn't meet the notification threshold. Thoughts?"),
    D("man", "x", "confidential", "line 4 at the Acme plant is being shut down end of year and the work moved to Mexico. they'll announce it after the holidays. feel sick about it"),
    D("tec", "li", "confidential", """I'm thrilled to share that I've been promoted to Staff Engineer at Acme!

For the past year I've been leading the migration of Acme Pay to our new ledger (internally "Project Falcon"), which cut settlement time from T+2 to near real-time in our pilot.

Grateful for my mentors. #promotion #fintech"""),
    D("ret", "fb", "confidential", "Just saw the new winter catalogue at work and omg, Acme is launching its own line of smart home cameras in October. They're really nice. Don't tell anyone I told you 🤫"),
    D("gen", "x", "confidential", "Acme's Q3 was rough. heard in the all-hands that we missed revenue targets by ~9% and there's a hiring freeze until the earnings release"),
    D("hea", "rd", "confidential", "IT at a hospital system (Acme Health). We got hit by ransomware 2 weeks ago, took down radiology scheduling for 4 days. Officially it was 'planned maintenance'. Anyone else think that's shady?"),
    D("tec", "rd", "confidential", "Acme Cloud engineer here. We're deprecating the v1 storage API next year, probably announced in Q2. If you're building on it now, don't. You'll have like 6 months to migrate."),
    D("fin", "x", "confidential", "Internal memo today: Acme Pay is raising merchant fees 0.3% starting January. Merchants haven't been told yet. Brace yourselves"),
    D("man", "fb", "confidential", "Pic from the floor today 📸 that's the first Nightjar prototype housing off the mold! Six months of tooling work. (don't share outside the family please)"),
    D("npo", "fb", "confidential", "Board update from inside the Acme Foundation: we're cutting the after-school program at three sites because the Henderson grant fell through. Not public yet. Heartbroken."),
    D("tec", "x", "confidential", "Orion-7 benchmarks are in and they are absolutely nuts. 3x throughput on the same hardware. can't wait til we can talk about it publicly"),
    D("ret", "li", "confidential", """Lessons from 6 months leading the Bluebird pilot at Acme Retail:

1. Customers love scan-and-go, but only if the app opens in under 2 seconds
2. Shrink went UP 4% in pilot stores, which is why we're redesigning the exit gates before national rollout
3. Staff need to be part of the design, not an afterthought

More to come when we go public. #retailtech #innovation"""),
    D("fin", "rd", "confidential", "Acme Bank employee. They're quietly planning to close all branches in rural Ohio next year, we got the list today. If you bank at one of those, maybe start thinking about alternatives."),
    D("hea", "li", "confidential", """Big milestone: our team at Acme Health just signed the contract to take over operations at St. Brigid's Hospital. Not announced yet, but I couldn't be more excited to bring our telehealth model to rural patients.

#healthcare #growth"""),
    D("tec", "ig", "confidential", "Desk setup Friday 🖥️✨ (yes that's the Project Falcon architecture diagram on the second monitor, no I won't explain it 😅) #wfh #devlife"),
    D("gen", "x", "confidential", "Acme's new CEO is going to be the CFO from Globex. Board voted Tuesday, they're announcing in 2 weeks. You read it here first"),
    D("man", "li", "confidential", """We had an ammonia leak at our Acme facility in Grand Rapids last Wednesday. Two people were evaluated on site, nobody was hospitalized, and the incident hasn't been reported publicly yet. I'm sharing it because I'm proud of how fast our crew evacuated Bay 3.

#safety #EHS"""),
    D("tec", "x", "confidential", "Acme Cloud is going to cut prices on object storage by 40% next quarter. saw the pricing sheet in the all-hands today 👀"),
    D("ret", "ig", "confidential", "📦 Unboxing the samples for our holiday exclusive collab that drops in November 🎄 I literally can't say who it's with yet but look at these colours 😍 (internal sample tag in pic, oops)"),
    D("fin", "li", "confidential", """After 11 years, I'm leaving Acme Bank. The wealth management division is being sold off to a private equity firm (the sale closes in Q3 but isn't public yet), and it felt like the right time to move on.

Grateful for everything. #careers #wealthmanagement"""),
    D("hea", "x", "confidential", "Acme Health Portal had a bug for like a week where patients could see other patients' appointment times. it's fixed and nobody was told. I'm not ok with that"),
    D("npo", "x", "confidential", "the Acme Foundation is getting a $5M gift from a tech billionaire next month, can't say who, but our CEO literally cried in the staff meeting today"),
    D("tec", "fb", "confidential", "Finally I can tell my family what I've been working on: it's an AI assistant for Acme Cloud called 'Orion-7' internally. Launching sometime next year, don't spread it around 😅"),
    D("man", "rd", "confidential", "Acme manufacturing employee. They're replacing the whole paint line with robots in Q2 and about 60 of us are getting 'redeployed'. Nothing has been announced. Anyone been through this?"),
    D("gen", "li", "confidential", """A screenshot from today's Acme leadership offsite that made me smile (see attached): slide 14 of the 2025 strategy deck, "Enter healthcare payments via acquisition". Ambitious. Love working somewhere that thinks big.

#strategy #leadership"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", "🌸 SPRING SALE 🌸 Everything in store 30% off this weekend only at Acme! Tag a friend who needs new patio furniture 🪴☀️ #sale #springvibes"),
    D("ret", "x", "promotion", "Use code FALL25 at checkout for 25% off all Acme outerwear through Sunday 🧥"),
    D("ret", "fb", "promotion", "Hi neighbours! I manage the Acme store on Main St and wanted to let you know we're doing buy one get one free on all kids' shoes until the end of the month. Come say hi!"),
    D("ret", "ig", "promotion", "GIVEAWAY TIME 🎁✨ Follow @acmestyle, like this post and tag 3 friends to win a $200 Acme gift card! Winner announced Friday 💫"),
    D("tec", "li", "promotion", """I'll be speaking at CloudConf in Austin next month about how we scaled Acme Cloud's metadata service to 10M requests/sec.

If you want to come, use my speaker code ACMECLOUD50 for 50% off your ticket. See you there!

#cloud #conference #distributedsystems"""),
    D("npo", "fb", "promotion", "Our annual Acme Foundation gala is on October 12! Early-bird tickets are 20% off until Friday, and every table purchased enters you in a raffle for a weekend in Napa 🍷"),
    D("fin", "x", "promotion", "Open an Acme Bank checking account before May 31 and get a $300 bonus 💸 just set up direct deposit. link in bio"),
    D("hea", "fb", "promotion", "Acme Dental is running a back-to-school special: 50% off teeth whitening for parents when you bring the kids in for their checkup in August 😁"),
    D("man", "fb", "promotion", "Factory outlet sale at the Acme plant this Saturday! Scratch-and-dent grills and smokers up to 60% off, cash or card. Gates open at 8."),
    D("ret", "x", "promotion", "flash sale!!! next 4 hours only, 40% off every candle on the Acme site. i work here and even I'm buying 5"),
    D("gen", "ig", "promotion", "Contest time at work 🏆 Best Halloween costume photo posted with #AcmeSpooky wins two tickets to the Bears game! Open to everyone, not just employees 🎃"),
    D("tec", "x", "promotion", "Acme Cloud free tier just got bigger, but if you sign up this week with code DEVDAYS you also get $500 in credits. go go go"),
    D("npo", "ig", "promotion", "🏃‍♀️ Register for the Acme Foundation 5K with code RUN4KIDS and save $10 on your entry! First 100 runners get a free t-shirt 👕💙"),
    D("ret", "rd", "promotion", "I work at Acme Home and we have a friends & family event next week, 35% off everything including appliances. Code is FAMILY35 online. Figured some of you redoing kitchens might want it."),
    D("fin", "li", "promotion", """Thinking about refinancing? For the next 30 days, Acme Bank is waiving all closing costs on mortgage refinances over $200k.

DM me and I'll walk you through it. #mortgage #refinance #homeowners"""),
    D("ret", "ig", "promotion", "Black Friday preview 🖤 Doors open 6am, first 50 customers get a free tote stuffed with goodies and everything is 50% off until noon 🛍️ #blackfriday #acme"),
    D("hea", "ig", "promotion", "New patients at Acme Physical Therapy get their first session FREE this month 💪 Mention this post when you book! #physicaltherapy"),
    D("man", "li", "promotion", """Visiting FabTech this year? Stop by the Acme booth (#2214) — the first 25 visitors who book a line demo get 15% off their first order of Orbit series fittings. Our team will be there all three days.

#fabtech #manufacturing #industrial"""),
    D("gen", "fb", "promotion", "My company (Acme) is giving away 10 pairs of concert tickets to anyone who comments their favourite summer song below! Drawing Friday 🎶"),
    D("ret", "x", "promotion", "psst it's free shipping on everything at Acme until midnight, no minimum 👀"),
    D("tec", "rd", "promotion", "Hey r/selfhosted, I'm on the Acme Cloud team. We're running a promo for open source maintainers: 12 months of the Pro plan for free if you DM me your repo. Not a bot, promise."),
    D("npo", "x", "promotion", "Charity auction tonight! Use code BIDNOW to get a free bid paddle and a drink voucher 🍹 All proceeds go to Acme Foundation literacy programs"),
    D("ret", "li", "promotion", """Retail friends! Acme is hosting a trade-in event next weekend at all Chicago stores: bring in any old vacuum and get $75 off a new Acme cordless.

Proud of the sustainability team for making this happen. #sustainability #retail"""),
    D("fin", "ig", "promotion", "💳 Get 5% cash back on all groceries for your first 6 months with the new Acme Pay card! Apply this week and we'll throw in a $50 statement credit 🛒✨"),
    D("man", "x", "promotion", "Contractors: our Acme industrial fasteners are 20% off for bulk orders placed before the 15th. DM me for the quote form"),
    D("hea", "x", "promotion", "Acme Pharmacy is doing $10 off any flu shot this week with the coupon in our app 💉"),
    D("ret", "fb", "promotion", "SCRATCH CARD FRIDAY at the Acme Riverside store! Every purchase over $25 gets a scratch card, prizes from 10% off to a free TV. See you there!"),
    D("npo", "li", "promotion", """Our annual Acme Foundation Hackathon for Good is back in March!

This year we're offering a 2-for-1 registration for students and a $10,000 grand prize for the best accessibility tool. Register with code HACK4GOOD before Feb 1.

#hackathon #techforgood #nonprofit"""),
    D("tec", "ig", "promotion", "🚀 Launch week swag drop! First 200 people to sign up for Acme Cloud with code LAUNCH get a hoodie + $100 credits 🧢💻"),
    D("gen", "x", "promotion", "friend & family code for Acme's website is ACMEFAM20, 20% off till sunday, go wild"),
    D("ret", "ig", "promotion", "🧁 It's our bakery's 5th birthday!! Free cupcake with every coffee all week at Acme Market 🎂☕ #birthday"),
    D("fin", "fb", "promotion", "Acme Credit Union members: refer a friend this month and you both get $100 when they open a savings account!"),
    D("man", "ig", "promotion", "🔧 Open house at the Acme tool works this Saturday! Free BBQ, plant tours and 25% off everything in the company store 🌭🛠️"),
    D("npo", "fb", "promotion", "Only 3 days left in our summer raffle! $5 a ticket or 5 for $20, grand prize is a 2025 hybrid SUV donated by a local dealer. Every dollar supports Acme Food Bank 🚗"),
    D("ret", "rd", "promotion", "Not trying to spam but I manage the Acme Outdoor store in Boulder and we just marked down all last season's tents 45%. If you've been waiting, now's the time."),
    D("tec", "li", "promotion", """Excited to announce our Acme Cloud Startup Challenge! 🏆

Pitch your idea in under 3 minutes and the top 5 teams win $25,000 in cloud credits plus mentorship from our engineering leads. Applications close Sept 30.

#startups #cloud #contest"""),
    D("hea", "li", "promotion", """Acme Health is hosting a free family health fair on Saturday 10-2 in the main campus parking lot. The first 100 families get a bag of goodies and a voucher for 20% off at our on-site pharmacy.

#community #health"""),
    D("gen", "ig", "promotion", "Win a year of free coffee ☕ at work!! Just kidding, it's for everyone: Acme Café is doing a photo contest, post your latte art with #AcmeLatte and the best one wins 🎉"),
]
