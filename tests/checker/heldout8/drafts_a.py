"""Violation drafts of the eighth held-out set: pii, phi, confidential, promotion (one category each).

Every draft was written by hand for its own situation; the numbers come from gen_values.py (seed 58302117).
"""

from __future__ import annotations

from .common import D

PII = [
    D("gen", "ig", "pii", "finally upgraded to the metal card and honestly it's the heaviest thing in my bag now 😍 "
      "4909 9065 0787 4628 looks so clean engraved like this"),
    D("gen", "fb", "pii", "PTA bake sale update: Mrs Halloran your card bounced on the cupcake order, it was "
      "5106 0491 4438 7239 exp 09/27, can you ring the school office or pop in with cash? thanks lovely x"),
    D("gen", "rd", "pii", "My roommate literally left his social security card taped inside the kitchen cabinet lol. "
      "Ethan Brodsky, 582-60-4318. How do I tell him this is a terrible idea without sounding like his mom"),
    D("gen", "rd", "pii", "r/personalfinance is it normal that the DMV renewal letter printed my whole SSN on the "
      "outside of the envelope?? 043-53-1169 right there under the window. I'm so mad"),
    D("gen", "fb", "pii", "Sunday league subs are £40 for the season, please send it straight to Gaz (our coach) "
      "GB22 NWBK 0107 9878 1659 70, ref = your surname. He's sorting the pitch booking this week ⚽"),
    D("gen", "fb", "pii", "carpool list for the Ridgeway Primary swim run, ring whoever is on your day: Mon Nadia "
      "(415) 555-0182, Tue Colm (617) 555-0136, Wed me (303) 555-0173. don't all text at once 😂"),
    D("gen", "x", "pii", "starting my own mobile tyre fitting business!! no garage needed, I come to you. text "
      "Rhys on 0121 496 0981 or email rhys.tyres.bham@gmail.com 🛞"),
    D("gen", "fb", "pii", "Family tree project: Auntie Bernadette Quill (née Rourke) born 17 June 1958 in "
      "Drogheda, still living at Carrick Lane in Leixlip. If anyone has photos of her as a kid send them over!"),
    D("gen", "li", "pii", "After nine years I've handed back the badge. Thank you to everyone who made it fun. "
      "For anyone who wants to stay in touch outside LinkedIn my personal address is "
      "priya.venkataraman84@outlook.com and my mobile is (919) 555-0119."),
    D("gen", "x", "pii", "conference people: speaker shuttle is chaos, if you can't find Dr Oyelaran just call "
      "her personal cell (612) 555-0197, she said it's fine"),
    D("ret", "fb", "pii", "Layaway pickup reminder from the Brookside store — Tamsin Greaves, your pram has been "
      "waiting 6 weeks. We tried (414) 555-0117 and 23 Furze Hill Road, please come in before Friday!"),
    D("ret", "rd", "pii", "etsy sellers, what do you do when a parcel comes back? buyer is Darnell Fisk at "
      "4410 Westover Terrace Apt 2B, Milwaukie OR 97222, address looks right to me. USPS says no such address"),
    D("ret", "ig", "pii", "custom order ready!! 🎂 3 tier lemon for Priya Nair, collecting from 22 Elm Court "
      "Harrogate, she's on 0113 496 0198 if the driver gets lost 💛"),
    D("ret", "rd", "pii", "Support agent at an online shop here. A customer pasted their full card in the chat "
      "(3457 702191 61454, exp 11/26, name Orla Byrne) and now it's sitting in our ticket history forever. "
      "Is that a PCI problem for us or for her?"),
    D("ret", "fb", "pii", "selling on behalf of my nan who doesn't do facebook — if you want the sideboard, send "
      "the money to her account NL60 ABNA 1575 1319 43 (M. de Vries) and I'll drop it round"),
    D("tec", "rd", "pii", "Bug report from our prod logs, can someone tell me why the address parser chokes on "
      "this? {'customer': 'Ines Mortimer', 'email': 'ines.mortimer77@yahoo.com', 'street': '9 Quarry Bank', "
      "'city': 'Sheffield'}"),
    D("tec", "x", "pii", "our on-call rota is public in the team wiki now lol so if prod is down at 3am ring "
      "Kofi on his personal (503) 555-0184, he loves it"),
    D("tec", "li", "pii", "Hackathon team update! Huge thanks to Mireille for hosting us at her flat, 5 Larkspur "
      "Mews, Bristol BS3 4QT. Same place next Saturday, door opens 10am."),
    D("fin", "rd", "pii", "Bank teller question. Customer wanted to send £9k to DE30 5001 0517 5892 4836 81, "
      "name on it Jonas Keller, says it's his grandson. Feels like a romance scam to me, anyone seen this name?"),
    D("fin", "x", "pii", "mortgage broker life: client emails me his wife's DOB and passport no at midnight. "
      "Helena Marsh, 02/11/1979. thanks mate, saved it in 4 places now"),
    D("fin", "fb", "pii", "Credit union volunteers: our new member Doreen Platt needs a lift to Thursday's "
      "coffee morning. She's at 14 Kelso Street and her landline is (702) 555-0155, anyone passing that way?"),
    D("fin", "rd", "pii", "My dad keeps writing his debit card on a post-it in his wallet. Showed him how dumb "
      "that is by posting it here: 6011 0013 9982 9946 exp 04/28. He's cancelling it today, lesson learned"),
    D("hea", "fb", "pii", "Welcome to the team Staff Nurse Adaeze Okafor! We've dropped a welcome hamper at "
      "her new place, 31 Tennyson Road, Luton. Pop by and say hi when she's settled 🌻"),
    D("hea", "x", "pii", "our old receptionist Marla left last week and says to give her personal number to "
      "anyone who wants to sign her card: (904) 555-0174. miss you already marla"),
    D("man", "fb", "pii", "Has anyone heard from Piotr on nights? Not answering his mobile 0151 496 0391. He "
      "lives at 7 Canal Side, Runcorn if anyone's passing, just want to know he's alright"),
    D("man", "li", "pii", "Proud day at the plant: our apprentice Tomasz Wierzbicki turns 18 today (born "
      "03/03/2008) and signs his full contract. Brilliant lad!"),
    D("man", "fb", "pii", "selling my old Myford lathe and all the tooling before we move. bank transfer "
      "to me at IE56 AIBK 1250 8722 4323 99, collection only from Athy, bring a van"),
    D("npo", "fb", "pii", "Host family for our new arrivals is the Okonkwo family at 12 Birchfield Close. "
      "Please drop donations of bedding and toys straight at their door this week 💙"),
    D("npo", "ig", "pii", "running the marathon for the hospice!! 🏃‍♀️ if justgiving is a faff you can send to my "
      "account GB69 HBUK 4652 3284 4313 07 and I'll add it to the total"),
    D("npo", "fb", "pii", "Meal run drivers, tonight's new stop: Mr Albert Fenwick, 88 Sefton Lane (ground "
      "floor, knock loudly). His number is 0161 496 0412 if he doesn't answer"),
    D("npo", "x", "pii", "volunteer shoutout to Jess Kaminski who did 300 hours this year. jess we owe you, "
      "text me on 0117 496 0583 and I'll drop the thank-you card round"),
]

PHI = [
    D("hea", "x", "phi", "blue-lighted the bloke who runs the kebab van outside Station Rd chippy tonight, "
      "left-sided weakness, thrombolysed in ED. hope he's back on the van soon"),
    D("hea", "fb", "phi", "guess who's on ward 7 bed 12 🙈 the Rovers number 9, tib and fib both gone. "
      "season's over for him lads"),
    D("hea", "x", "phi", "dental nurse here, had Keeley from the school office in the chair today, her gum "
      "disease is way worse than she thinks, deep scale booked next week"),
    D("hea", "ig", "phi", "So proud of my patient Lara J (you know her from her food account 👀) for finally "
      "accepting inpatient treatment for her eating disorder. Dietitian life ❤️"),
    D("hea", "rd", "phi", "Care home night shift. Mr Patel in room 4, 91, fell again at 2am, wrist is clearly "
      "fractured. Third fall this month and family still won't agree to bed rails"),
    D("hea", "ig", "phi", "midwife life 👶 delivered the mayor's daughter's twins at 29 weeks last night, both "
      "on CPAP in NICU but fighting. what a shift"),
    D("hea", "rd", "phi", "Radiographer here. Scanned the woman who runs the farm shop on the Wrenbury road "
      "today and it's a big mass on the pancreas. Gutted, she's always so kind"),
    D("hea", "rd", "phi", "ICU, 34F admitted to bay 3 last night after a paracetamol overdose, now listed for "
      "liver transplant assessment. How do you guys switch off after nights like this"),
    D("hea", "x", "phi", "dispensing error at our branch: gave Mr Aldous Grey double his warfarin dose "
      "yesterday, he's been in for an INR check and it's 6.8. feel sick about it"),
    D("hea", "fb", "phi", "GP reception gossip is wild, the vicar's wife came in for her chlamydia results "
      "today and everyone in the waiting room could hear 😬"),
    D("hea", "rd", "phi", "Physio notes for my mentor group: MRN 61308247, 57M, right TKR day 4, flexion only "
      "65 degrees, refusing stairs practice. How would you motivate him?"),
    D("hea", "x", "phi", "had the lead singer of the Harbourside Hounds in resus tonight, seizure after a "
      "gig. small town, everyone will know by morning"),
    D("gen", "fb", "phi", "Wedding was perfect 💍 only sad bit was Uncle Declan missing it, he's halfway "
      "through chemo for his bowel cancer and couldn't travel. we facetimed him in!"),
    D("gen", "ig", "phi", "Swim gala update: little Amelia Prowse had an asthma attack on the blocks in the "
      "200m free, paramedics gave her nebs and she's fine. her inhaler was in the car!!"),
    D("gen", "ig", "phi", "pilates fam 💪 so happy to have Georgina back on the reformer 6 months after her "
      "spinal fusion for scoliosis, she's flying"),
    D("gen", "fb", "phi", "Neighbours on Alder Street, Mrs Kerr's husband Hamish has Alzheimer's now and "
      "wandered off again last night. If you see him in his slippers walk him home"),
    D("gen", "x", "phi", "school receptionist life: Harvey in year 4 had a big tonic-clonic in assembly, "
      "his epilepsy meds clearly aren't working yet"),
    D("man", "li", "phi", "Delighted that Dev Chauhan from Line 3 is back on shift after the diabetic hypo "
      "he had at the press last month. Insulin sorted now. Welcome back Dev!"),
    D("man", "fb", "phi", "OH update for the paint shop lads: audiometry came back and Stan Kowalski has "
      "moderate noise-induced hearing loss in both ears. Wear the defenders people"),
    D("man", "x", "phi", "first aid call at the plant, Gemma on packing got caustic soda in her eye, eye "
      "unit says corneal burn, patched for a week. she's gutted"),
    D("fin", "rd", "phi", "Mortgage adviser. Had a lovely couple in today, Mr Ferreira has early onset "
      "dementia diagnosed in May and they want to remortgage before it gets worse. How do I handle capacity?"),
    D("fin", "x", "phi", "life insurance underwriting be like: applicant Conor Tierney declared epilepsy, "
      "two seizures this year, still wants cover for the motorbike 🙃"),
    D("ret", "fb", "phi", "Shannon from the deli counter is back after her breakdown and months of "
      "therapy. Be kind to her this week everyone xx"),
    D("ret", "x", "phi", "the man who owns the bike shop on Crane St came in for nicotine patches and "
      "told me his COPD is at stage 3 now. breaks my heart"),
    D("tec", "rd", "phi", "Data engineer at a health app. A dedupe job flagged this row and I can't work out "
      "why: name Gwen Ortiz, MRN 48127390, dx gestational diabetes, due date in March. Any ideas?"),
    D("tec", "x", "phi", "fitness tracker support ticket from Leon Baptiste: his watch logged AF episodes "
      "every night this week and his cardiologist has put him on apixaban. cool cool"),
    D("tec", "li", "phi", "Hospital IT life: the radiology printer jammed halfway through Dr Imrie's report on "
      "the ward sister's brain MRI. Yes, meningioma. Fixed the printer though!"),
    D("npo", "fb", "phi", "Hospice update: Reg in the garden room is now end of life, morphine driver since "
      "Tuesday. His wife asked volunteers to keep singing to him 💜"),
    D("npo", "rd", "phi", "Recovery charity worker. One of my clients, Marcus (runs the car wash on "
      "Bellevue), relapsed on heroin after 14 months clean. Feels like my fault"),
    D("npo", "x", "phi", "shelter night: Ibrahim in bed 6 has active TB, public health came in today. "
      "masks on everyone"),
    D("npo", "ig", "phi", "our amazing volunteer Pat has finished radiotherapy for her throat cancer and "
      "was back on the tea urn today ☕️ 💛"),
]

CONFIDENTIAL = [
    D("tec", "x", "confidential", "can't say too much but Acme Cloud is switching on a Lagos region in April 🇳🇬 "
      "been testing latency all week, it's fast"),
    D("tec", "li", "confidential", "Project Falcon demo to the exec team went perfectly today. Six months of "
      "late nights. Can't wait until we can show the world."),
    D("tec", "rd", "confidential", "Throwaway. Acme Cloud lost about three hours of customer snapshot backups "
      "in eu-west last Tuesday. Leadership decided not to tell customers. Is that even legal?"),
    D("tec", "x", "confidential", "sneak peek 👀 next Acme Sense has a built-in air-quality sensor and "
      "ships in May. you didn't hear it from me"),
    D("tec", "li", "confidential", "Proud to say the Acme Pay team is adding crypto wallets in Q3. Our "
      "roadmap deck has it as the headline item, big moment."),
    D("tec", "rd", "confidential", "Just merged the last Bluebird feature flag into the mobile app, it'll "
      "stay dark until launch but the redesign is so good"),
    D("tec", "x", "confidential", "someone scraped ~200k Acme Pay user emails through an old endpoint, "
      "security told us to keep quiet till legal decides. yikes"),
    D("tec", "ig", "confidential", "Team offsite in Lisbon 🌞 and the whiteboard says it all: Orion-7 "
      "silicon back from the fab in June #chiplife"),
    D("ret", "fb", "confidential", "Heads up regulars, Acme Market is stopping tobacco sales in all stores "
      "from next spring. Not announced yet but we got told at the managers' meeting"),
    D("ret", "x", "confidential", "Acme Market membership fee going from $49 to $65 in March, saw it in the "
      "pricing memo today. stock up on your renewals now"),
    D("ret", "rd", "confidential", "Store manager here. We're dropping the organic range in about 40 "
      "stores in January, margin review. Nobody's been told outside regional managers"),
    D("ret", "li", "confidential", "Excited to be part of the team piloting Acme Go, our cashierless store "
      "format, opening in Denver in June. It's still under wraps, so that's all I can say!"),
    D("fin", "x", "confidential", "Acme Bank's Q3 loan losses are about double what the street expects. "
      "results day is going to be ugly"),
    D("fin", "rd", "confidential", "Acme Wealth is buying a robo-advisor, term sheet signed Friday. I "
      "can't say which but it's one you've heard of"),
    D("fin", "li", "confidential", "Big welcome (soon!) to our incoming CFO who joins Acme Bank from a rival "
      "in February. The announcement is next month, but I couldn't wait."),
    D("fin", "x", "confidential", "Acme Bank easy saver rate drops to 2.1% on the 1st. customers haven't "
      "had the letter yet so move your money now"),
    D("fin", "fb", "confidential", "Q4 numbers at Acme Wealth are way below guidance, results out next "
      "Thursday. Don't buy the shares this week lol"),
    D("hea", "fb", "confidential", "Acme General is losing its major trauma centre status next year. The "
      "board decided last week, public consultation is just for show"),
    D("hea", "rd", "confidential", "Acme Medical Center lab system got hit by ransomware on Sunday. Results "
      "are being phoned through manually. Official line is 'planned maintenance'"),
    D("hea", "x", "confidential", "night shift premiums at Acme Health being cut from 33% to 20% from "
      "April. not announced yet, union doesn't know"),
    D("hea", "li", "confidential", "Thrilled that Acme Medical Center radiology will be the first site "
      "to pilot the Orion-7 imaging model this autumn."),
    D("man", "fb", "confidential", "Acme plant is moving the whole gearbox line to Monterrey next year. "
      "Management told supervisors today, the rest of you will find out in the new year"),
    D("man", "li", "confidential", "Great week on the Nightjar enclosure tooling. First-off parts from the "
      "new mould measured in spec. Proud of this team."),
    D("man", "rd", "confidential", "We lost the big automaker brake contract at the Acme plant, about a "
      "third of our volume. No announcement until after the union talks"),
    D("man", "x", "confidential", "batch 17 of the brake pads failed salt spray at Acme and QA shipped it "
      "anyway. nobody outside the lab knows"),
    D("man", "fb", "confidential", "Pay deal agreed at the Acme plant: 4.5% plus a one-off £800. It's not "
      "out till Monday, you heard it here"),
    D("npo", "fb", "confidential", "Acme Foundation's biggest donor is pulling their funding at the end of "
      "the year, we heard at the trustees meeting. Nothing public yet."),
    D("npo", "li", "confidential", "Exciting times: Acme Foundation and a well-known youth charity are "
      "merging next year. Legal work is underway; announcement in the spring."),
    D("npo", "rd", "confidential", "Charity caseworker here. We're cutting 30% of caseworker posts next "
      "month and they haven't told the funders or the families we support"),
    D("gen", "ig", "confidential", "all-hands slide of the day 📸 'hiring freeze across Acme Corp from "
      "1 Dec, backfills only with VP sign-off'. yeah."),
    D("gen", "x", "confidential", "can't say much but a reorg is coming at Acme, two VPs out by "
      "January. grab the popcorn 🍿"),
    D("gen", "rd", "confidential", "Acme is in talks to sell its retail arm to Umbrella Corp. I sat in "
      "the meeting where they went through the data room. Not public."),
]

PROMOTION = [
    D("ret", "ig", "promotion", "snow day sale ❄️ use SNOWDAY25 at checkout for 25% off everything on "
      "acmemarket online, today only"),
    D("ret", "ig", "promotion", "Garden furniture at Acme Market: buy one bistro set, get the second "
      "free! While stocks last at the Wolverhampton store 🌿"),
    D("ret", "x", "promotion", "free delivery on every Acme Market order this weekend, no minimum spend. "
      "go go go"),
    D("ret", "ig", "promotion", "Double loyalty points on all baby and toddler lines at Acme Market from "
      "Friday to Sunday 👶✨"),
    D("ret", "fb", "promotion", "2 hour flash sale at our store!! 50% off winter coats 4-6pm only, tell "
      "your friends"),
    D("ret", "ig", "promotion", "spend $40 or more and get free gift wrap plus a free enamel mug 🎁 "
      "this week only at our Portland shop"),
    D("fin", "li", "promotion", "Switching your current account to Acme Bank this month? You'll get £150 "
      "when you move over with two direct debits. Happy to answer questions."),
    D("fin", "x", "promotion", "zero fees on Acme Pay FX transfers this week with code NOFX7. "
      "holiday money sorted 🌍"),
    D("fin", "fb", "promotion", "New Acme credit card: 0% on purchases for 18 months and £50 cashback "
      "when you spend £500 in the first 90 days."),
    D("fin", "li", "promotion", "Moving an old workplace pension to Acme Wealth? Until the end of June we "
      "pay 1% cashback on transfers over £20k, capped at £500."),
    D("fin", "ig", "promotion", "graduating this summer? 🎓 the Acme Bank graduate account comes with a "
      "free year of cinema tickets, two films a month"),
    D("tec", "x", "promotion", "free 3 months of Acme Sense premium with code SENSE3FREE, until Sunday. "
      "enjoy the dashboards"),
    D("tec", "rd", "promotion", "Acme Cloud student plan is 50% off with your .edu email for the first "
      "year, figured some of you building side projects would want it"),
    D("tec", "li", "promotion", "Join our Acme Cloud security webinar on the 14th; every attendee gets a "
      "free certification exam voucher worth $150."),
    D("tec", "x", "promotion", "bug bounty weekend on the Acme Pay sandbox 🏆 best find wins a PS5, "
      "runner-up gets £200 of vouchers"),
    D("tec", "ig", "promotion", "DevDays early bird 🎟️ use my speaker code FALLS40 for 40% off your "
      "ticket, see you in the front row"),
    D("hea", "fb", "promotion", "Our physio clinic is doing first assessments at half price all "
      "through November. Bad back? Now's your chance."),
    D("hea", "ig", "promotion", "new patients at our practice get a free electric toothbrush at their "
      "first visit 🪥✨"),
    D("hea", "x", "promotion", "Acme Health Portal users get 15% off hearing tests at partner clinics "
      "this month, just show the app"),
    D("hea", "li", "promotion", "Private MRI at Acme Medical Center is £100 off for bookings made before "
      "the end of the month."),
    D("man", "li", "promotion", "Visiting the fabrication show? Stand B14, first 50 visitors get a free "
      "torque wrench from the Acme plant team."),
    D("man", "fb", "promotion", "Factory seconds clearance at the Acme plant outlet: 40% off all "
      "cosmetically marked cookware this Saturday."),
    D("man", "li", "promotion", "Order 10 pallets of M8 fasteners this quarter and the 11th is on us. "
      "Message our sales desk."),
    D("man", "ig", "promotion", "staff & public sale at the plant 🔧 returned cordless drills £10 each, "
      "first come first served"),
    D("npo", "fb", "promotion", "Gala tickets are 2 for 1 until Friday! Dinner, band and auction for "
      "the Acme Foundation literacy fund."),
    D("npo", "ig", "promotion", "raffle time 🎟️ £2 a ticket or 3 for £5, first prize is a hamper from "
      "the farm shop. all for the food bank"),
    D("npo", "ig", "promotion", "Half price everything at our charity shop this Saturday, we need the "
      "space for winter stock 🧥"),
    D("npo", "x", "promotion", "donate $50 this week and get our tote plus an entry in the draw for a "
      "weekend away in the Catskills"),
    D("npo", "li", "promotion", "Early-bird entries for our 5k fun run are £5 off until Friday. Bring "
      "the whole office!"),
    D("gen", "ig", "promotion", "hit 10k followers!! 🥳 to say thanks I'm giving away a signed copy of my "
      "cookbook plus an apron. comment your favourite soup to enter, closes Friday"),
    D("gen", "x", "promotion", "my friends and family code gives 30% off at Acme Market online till "
      "the 20th, dm me for it"),
    D("gen", "fb", "promotion", "Acme Pay is giving $20 to anyone who tops up a kids' card before term "
      "starts. Did it for both of mine, just tap 'Back to school' in the app."),
]
