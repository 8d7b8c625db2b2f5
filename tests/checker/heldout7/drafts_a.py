"""Hand-written violation drafts for the seventh held-out set: pii, phi, confidential, promotion.

Each draft is written as an employee (or a member of the public) would post it, for its own situation; the
labels follow tests/checker/CORPUS.md and the earlier held-out sets' labelling decisions (see README.md).
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

PII = [
    D("gen", "fb", "pii", """
Whoever left a pushchair at the bus shelter on Carden Street: the little name tag sewn inside says "if found please ring Mummy, Lorna Pryce, 0113 496 0742, 9 Heathfield Close". I've taken it home with me. Share so it gets back to her!
"""),
    D("gen", "x", "pii", """
new number who dis 📱 lost my old phone in the lake (long story). save this one: (208) 555-0143. old one is dead forever
"""),
    D("tec", "rd", "pii", """
Regex question for a support-ticket redactor. I want to catch things like this real example from yesterday's queue:

"pls charge my other card 5281 0689 0933 1585 exp 11/27 thx - Oskar"

My pattern misses it when there are single spaces. What am I doing wrong?
"""),
    D("ret", "fb", "pii", """
Acme Market Hollins Road: a lovely gent called Terrence Mabry paid for a stranger's shopping on Friday and wouldn't give his name. We found him! He lives at 31 Oakapple Drive, so if you want to drop him a thank-you card, that's where. Legend.
"""),
    D("fin", "li", "pii", """
Proud moment on the teller line this week. Ten-year-old Maisie Kettering opened her first savings account with £43 from her lemonade stall. Account GB57 NWBK 7413 4401 9887 60 already has a deposit plan. Future CFO right there 👏
"""),
    D("hea", "x", "pii", """
if anyone from my old unit wants to reach me I'm off work sick for a bit and not on the work email, try marguerite.hollis77@yahoo.com instead
"""),
    D("man", "fb", "pii", """
Collection for Kenny on line 4 who's retiring after 38 years! Cash to Shirley in the office or transfer direct to his daughter's account DE28 4306 0967 9418 8592 00 (she's organising the party). Reference "KENNY38"
"""),
    D("npo", "x", "pii", """
Thanks to our newest monthly donor, Patricia Ojukwu, who turns 80 today (born 14 Feb 1946!) and says the food bank is her birthday present to herself 🎂
"""),
    D("gen", "rd", "pii", """
My dad keeps texting me pictures of his card to "check it's the right one" before he buys anything online. Today's: Mastercard 5483 9538 5580 9534, exp 02/28, CVV on the back. How do I get a 79-year-old to stop doing this??
"""),
    D("tec", "li", "pii", """
Shoutout to our intern Devika, who found a bug in the signup form on her second day. She'd like to keep in touch with the team after the summer, so her personal mail is devika.rangan.02@protonmail.com. She's going places.
"""),
    D("ret", "x", "pii", """
@AcmeShop the courier left my parcel with the wrong house AGAIN. I'm at 14 Quarry Bank not 41. call me on (505) 555-0172 and sort it out please
"""),
    D("fin", "rd", "pii", """
Got a letter saying my identity was used to open a store card. The fraudster even got my SSN right, 338-76-8955. What's the fastest way to freeze all three bureaus? First time dealing with this.
"""),
    D("hea", "ig", "pii", """
Congratulations to our ward clerk Yvonne Stiles on 25 years at Acme General! For anyone who wants to send flowers to the house, she's at 6 Bramley Walk, Thornbury. She'd kill me for posting this 😂
"""),
    D("man", "rd", "pii", """
Agency keeps paying me late. My timesheet went in with my details, sort code and all, IBAN is GB64 HBUK 8083 6115 1541 52, and they still claim "missing bank info". Anyone else with Stafford Recruitment had this?
"""),
    D("npo", "fb", "pii", """
Volunteer drivers needed for Mrs Edna Quayle, 88, who needs lifts to the day centre on Thursdays. She lives at 2 Coppice View, Elmley, phone (802) 555-0119. Please ring her direct to arrange, she's expecting calls.
"""),
    D("gen", "ig", "pii", """
wallet found on the 7:40 ferry 🛳️ inside: a photo of a very cute labrador, £20, and an Amex in the name of G. Halvorsen, 3418 030613 57799. if you're G, DM me!
"""),
    D("tec", "x", "pii", """
PSA my cofounder's personal cell is (973) 555-0158, he never checks Slack so text him if the demo breaks
"""),
    D("ret", "rd", "pii", """
Worked a till today where a customer handed me a note with her name and date of birth "in case the card machine asks". Name on it was Rosalind Achebe, DOB 22/07/1961. Why do people trust strangers this much? Shredded it obviously.
"""),
    D("fin", "fb", "pii", """
Selling my late mum's car and the buyer wants to pay by transfer. I've told him to use IE06 AIBK 4207 1114 9496 25, which is the estate account, but he keeps asking for a cheque instead. Am I being scammed?
"""),
    D("gen", "li", "pii", """
Career update: I'm leaving the corporate world to freelance as a bookkeeper. If you need help with your small-business accounts, email me at hannah.lockwood.books@gmail.com or call my mobile 0131 496 0926.
"""),
    D("hea", "rd", "pii", """
Receptionist rant: a patient's husband phoned to "update the address" and I'm pretty sure he's the ex she has a restraining order against. Her new place (Sophie Marsh, 88 Windle Terrace) is on the system now and he wanted it read back to him. I didn't. Do I tell her? How?
"""),
    D("man", "x", "pii", """
whoever's got the forklift licence list, mine expired. my SSN for the renewal form is 747-72-6664, HR said post it in the shift group
"""),
    D("npo", "li", "pii", """
Meet our new trustee, Dr Kwame Asante-Boateng. Kwame was born on 9 October 1971 in Kumasi and has spent thirty years in community medicine. You can reach him personally at kwame.ab1971@outlook.com.
"""),
    D("ret", "ig", "pii", """
first pay cheque from the garden centre went straight on this 😍 new card who dis: 4378 8705 5633 1736. bought myself a cactus to celebrate 🌵
"""),
    D("fin", "x", "pii", """
Splitting the villa deposit for the stag do. Send your £180 to Liam's account NL31 ABNA 6391 1260 11 by friday lads, he's booking it saturday
"""),
    D("tec", "fb", "pii", """
Jeff from the old Acme Cloud support team is moving to Lisbon! Send him postcards: Rua das Flores 112, 3º esq., 1200-195 Lisboa. And his new Portuguese mobile is on the group chat if you want it.
"""),
    D("gen", "rd", "pii", """
Found a Discover card wedged in the ATM at Tesco Lowfield, 6011 7336 0310 0421, name M. Delacroix. Handed in at customer services but posting in case the owner reads this sub.
"""),
    D("hea", "li", "pii", """
Happy retirement to Sister Agnes Mwale, born 1 April 1959, who has worked every Christmas Day on our maternity ward since 1991. Her home number for well-wishers is 0191 496 0387.
"""),
    D("man", "ig", "pii", """
Dad's 60th surprise at the working men's club! 🎉 If you're coming and need directions, he's at 47 Gasworks Lane, come round the back. Don't let him see you, his phone is (330) 555-0181 so DON'T call it
"""),
    D("npo", "rd", "pii", """
Running our church's toy appeal and a donor accidentally emailed her full card to the general inbox: 4961 9556 0067 6997, with expiry and security code. I've deleted it but should I tell her? How do I explain without scaring her?
"""),
    D("ret", "li", "pii", """
Customer service win: Mr Farouk Haddad (farouk.h.1958@btinternet.com) wrote in about a faulty kettle and we had a replacement at his door by lunchtime. Thanks for the kind review, Farouk!
"""),
    D("fin", "ig", "pii", """
my boyfriend got his first Visa Infinite and I'm SO proud of him 💳✨ look at the shiny metal! 4990 0930 6836 7077 024 even the number looks rich lol
"""),
]

PHI = [
    D("hea", "x", "phi", """
long night. the lady in resus 2 who came in with the stroke is the one who reads the weather on Radio Moorside. she's stable but can't speak yet
"""),
    D("hea", "fb", "phi", """
Can't stop thinking about little Archie Benfield (bed 7, paeds) who had his first dialysis session today without crying. Braver than all of us. Kidney buddies forever 💙
"""),
    D("ret", "rd", "phi", """
Pharmacy tech here. Our regular, the guy who runs the fishing tackle shop on Mill St, just started on antiretrovirals. He's terrified someone will find out. I'd never say anything at the counter but man, small towns.
"""),
    D("fin", "x", "phi", """
claims desk today: our own ward councillor's hip replacement bill came through, plus his anxiety meds from last year. wild what you see about people you voted for
"""),
    D("man", "fb", "phi", """
Health & safety update for the plant: Gareth Lunn (press shop) is recovering from the crush injury to his left hand, two fingers partially amputated. Surgeons hopeful. Cards to the canteen please.
"""),
    D("npo", "ig", "phi", """
This is Rose, 34, from our women's refuge clinic 🌸 Rose was diagnosed with hepatitis C last spring and finished her treatment this week. She's clear! She said we could share her story.
"""),
    D("hea", "li", "phi", """
Teaching moment from clinic: a 52-year-old man, room 14, told me he'd been hiding his morning drinking from his GP for a decade until his liver enzymes gave him away. Honesty with your clinician saves lives.
"""),
    D("gen", "fb", "phi", """
Prayers please for Danny Whitcombe from the bowls club, his bowel cancer surgery is tomorrow at St Wulfstan's and they're worried it's spread to the liver. He's putting a brave face on it.
"""),
    D("tec", "rd", "phi", """
Weird one from debugging the Acme Health Portal export. A record for "T. Ngata, MRN 61774029" has two conflicting HbA1c values on the same day (58 and 81). Is that a unit conversion bug? Both should be mmol/mol.
"""),
    D("hea", "ig", "phi", """
physio life 💪 my guy Connor Reyes (yes THAT Connor, county rugby captain) did his first unassisted squat today, 9 weeks after his ACL reconstruction. back by Easter?
"""),
    D("ret", "fb", "phi", """
Opticians at Acme Market Westgate: we want to wish our lovely customer Mr Amos Thackeray good luck with his cataract surgery next Tuesday. He's been so patient with his blurry specs!
"""),
    D("fin", "li", "phi", """
Underwriting is rarely dull. Today I declined a life policy for a professional cyclist you'd know from the Tour of Britain because his disclosure listed a heart arrhythmia he has never made public.
"""),
    D("hea", "x", "phi", """
to the family of the man in bay 3 with the overdose: your dad is going to be ok. we pumped his stomach and he's asking for toast. you can stop crying in the car park now
"""),
    D("npo", "fb", "phi", """
Our Thursday lunch club has missed Harold Pinnock these last weeks. He's asked us to tell everyone he's got early Alzheimer's and sometimes forgets which day it is, so if he turns up on a Wednesday, be kind.
"""),
    D("hea", "rd", "phi", """
Dental nurse here. We had a patient in chair 2 this morning, Mrs L. Bradwell, whose gums were in such a state the dentist asked about her bulimia. She cried. How do you support someone in that moment?
"""),
    D("man", "x", "phi", """
heads up night shift: Vlad from the paint line failed the hearing test, he's got about 40% loss in his right ear now. speak up when you talk to him
"""),
    D("gen", "ig", "phi", """
Our postie Sandra has just finished her last round of chemo for ovarian cancer and she STILL delivered our parcels on time 😭💐 Everyone on Lark Rise please give her a wave tomorrow
"""),
    D("hea", "ig", "phi", """
Huge thanks to the young lad from room 21 on ward 9, who we discharged today after his appendix burst and sepsis set in. His mum brought us a cake shaped like a kidney (we didn't correct her).
"""),
    D("tec", "x", "phi", """
been building the vaccine scheduler for Acme Health and just saw my old maths teacher Mrs Obi in the test pull, booked in for her shingles jab and a diabetes review lol small world
"""),
    D("fin", "rd", "phi", """
I manage the account of a retired vicar in our village and in the branch yesterday he told me his prostate cancer is terminal and he wants his savings moved to the hospice. Heartbreaking. How do other bankers handle this?
"""),
    D("hea", "li", "phi", """
Proud to share that our fertility clinic's youngest patient this year, 23-year-old Amira Salah, is finally pregnant after two rounds of IVF. She's given us the happiest December.
"""),
    D("npo", "x", "phi", """
update on Jamie from the youth club: he's been sectioned after the psychotic episode last weekend and is at Fernbrook. he'd love letters. no visitors yet
"""),
    D("ret", "ig", "phi", """
gym floor story 🏋️ our member Priya (the one with the pink gloves at 6am) told me her MS has gone into a relapse so she'll be doing chair workouts for a while. we'll miss you on the rower!
"""),
    D("hea", "rd", "phi", """
Paramedic here. Went to the 17-year-old at the Hilltop skate park last night, the one whose video went viral, and it wasn't a sprained wrist, it was a fractured scaphoid plus a concussion. Wear helmets, kids.
"""),
    D("man", "li", "phi", """
Occupational health reminder. Following Ahmed Siddiqui's asthma attack in the paint booth on Monday (he's fine, discharged with a new inhaler), all booth operators must wear the powered respirators.
"""),
    D("gen", "x", "phi", """
the lead singer of the Tuesday pub band has been off because of his throat polyps, surgery next week apparently. so no karaoke at the Bell till march, sorry all
"""),
    D("hea", "fb", "phi", """
Every nurse on our ward is rooting for Mr Percival in the side room. 91, pneumonia twice this winter, and he still does the crossword every morning and tells us the answers we got wrong.
"""),
    D("npo", "li", "phi", """
Our sexual health outreach van met Kerry-Ann last month; she tested positive for syphilis, came back for every jab and has now volunteered to help us reach other women on the estate. Inspiring.
"""),
    D("tec", "li", "phi", """
Data migration finished for the clinic group. Sanity-checked a few records by hand: Oluwaseun Bello, 44, ward 6B, admitted for a pulmonary embolism, all notes came through intact. Great work team.
"""),
    D("ret", "x", "phi", """
the man who buys 3 bottles of gin every morning at our Hatch End store has cirrhosis, his wife told me at the till. I feel sick selling it to him now
"""),
    D("fin", "fb", "phi", """
Colleague at the Acme Bank branch, Brendan O'Keefe, is off for the next month after his heart bypass. He asked me to tell his customers so nobody thinks he's left. Get well soon Brendan!
"""),
    D("hea", "x", "phi", """
MRN 30954871 (bed 12) needs her insulin drip rechecked at 2am, handover got garbled. whoever's on ward 4 tonight pls see this
"""),
]

CONFIDENTIAL = [
    D("tec", "x", "confidential", """
shipping Nightjar's offline mode to the pilot customers next sprint, it's been the team's baby for a year and no one outside the building has seen it 🤐
"""),
    D("tec", "li", "confidential", """
Big week. We've just signed off the pricing for the new Acme Cloud GPU tier: $1.89 an hour, about 30% under Globex. Goes live in March. Can't wait for the market to see it.
"""),
    D("ret", "rd", "confidential", """
Store manager at Acme Market. We got told on Friday that six stores in the north-west shut in April, including ours. Not public yet. Is it normal to sit on that for weeks while staff keep applying for transfers?
"""),
    D("fin", "x", "confidential", """
Q3 at Acme Bank came in way above what the street expects, net interest margin up nearly 40bps. results day is the 28th. you didn't hear it from me
"""),
    D("hea", "fb", "confidential", """
Rumours are true, Acme Health is merging our two maternity units into one at the Riverside site by next autumn. Board signed it off yesterday. The public consultation hasn't even started!
"""),
    D("man", "li", "confidential", """
Proud of the line team. The new Acme Sense Mk III sensor passed its final validation on our line this week, months before the planned launch at the trade show. Nobody outside the plant has seen one. Soon!
"""),
    D("npo", "x", "confidential", """
the Acme Foundation is winding down the youth mentoring scheme at the end of the year, trustees decided last night. nobody has told the mentors yet. gutted
"""),
    D("gen", "rd", "confidential", """
My wife works in the Acme CEO's office and says he's stepping down in January, the board already picked an outsider. Should I sell my Acme shares before it's announced? Asking for real.
"""),
    D("tec", "rd", "confidential", """
We had a 6-hour outage in the Acme Cloud eu-west storage tier on Tuesday that corrupted about 2% of snapshots. Customers haven't been told. I'm on the team writing the restore scripts. How would you handle the comms?
"""),
    D("fin", "li", "confidential", """
Fun fact from today's internal town hall: Acme Pay is quietly piloting buy-now-pay-later with two big retailers before any announcement. Slide 14 had the logos. Exciting times!
"""),
    D("ret", "x", "confidential", """
Acme Market is raising delivery charges to £4.99 from June, the ops deck went round today. the website still says £2.99 🫠
"""),
    D("tec", "ig", "confidential", """
So proud of my husband's team on Orion-7, they finally hit the latency target last night after 14 months. He can't post about it but I can, right? 😄
"""),
    D("hea", "x", "confidential", """
IT at Acme General: the ransomware thing last month wasn't "planned maintenance". 3 days of paper notes. patients were never told their records were hit
"""),
    D("man", "rd", "confidential", """
Supervisor at the Acme plant. We're moving the whole bearing line to the Monterrey site in Q2 and 120 jobs go here. The union doesn't know. I have to keep a straight face in the daily huddle. How do managers survive this?
"""),
    D("fin", "fb", "confidential", """
Acme Wealth is hiking the platform fee from 0.25% to 0.35% in September and the client letters aren't written yet. Thought my family should know first before they move their ISAs.
"""),
    D("npo", "li", "confidential", """
Excited to share early: the Acme Foundation will announce a £12m partnership with a major supermarket chain in the spring. I've seen the draft agreement and it's transformative. More soon!
"""),
    D("tec", "li", "confidential", """
Reflecting on a wild quarter on Bluebird. We went from a dashboard prototype to something our largest customer is testing under NDA. When it ships you'll understand why I've been quiet.
"""),
    D("gen", "x", "confidential", """
my brother-in-law says Acme is buying Umbrella Corp's logistics arm for nearly 2 billion, signing before christmas. dinner was interesting
"""),
    D("ret", "li", "confidential", """
Our regional VP told us in the Monday huddle that Acme Market will drop the loyalty card in favour of an app-only scheme next year. First time I've been in the room for something like that. Feeling very grown up!
"""),
    D("hea", "rd", "confidential", """
Nurse at an Acme Health hospital. Three patients on our ward caught C. diff from the same source last week and management told us not to mention it outside the trust. Is that legal? UK.
"""),
    D("tec", "x", "confidential", """
screenshot from our internal roadmap review: dark mode, SSO for small teams and the new audit log all landing in Acme Cloud by end of Q1. you're welcome
"""),
    D("fin", "rd", "confidential", """
Compliance found that a batch of Acme Pay refunds went to the wrong accounts last month, about 1,800 customers. It's being fixed quietly before anyone notices. Is there a duty to report this to the regulator?
"""),
    D("man", "x", "confidential", """
the new Falcon actuator is 400g lighter than the old one and the prototypes are on my bench. can't wait for this to come out
"""),
    D("npo", "fb", "confidential", """
Quick heads-up for Acme Foundation volunteers: our CEO is leaving at Easter and the chair has already picked someone from the board of another charity. It'll be announced after the gala, so mum's the word.
"""),
    D("gen", "li", "confidential", """
One year in as an EA at Acme! Highlight so far: sitting in on the meeting where we agreed to take over a small robotics startup next month. Can't say who yet, but watch this space 🤖
"""),
    D("tec", "rd", "confidential", """
SRE at Acme Cloud. Someone got read access to one customer's object storage bucket through a misconfigured IAM role for about two weeks. Security says "no evidence of exfiltration" and we're not notifying. Thoughts?
"""),
    D("ret", "fb", "confidential", """
To all my Acme Market colleagues: the Christmas opening hours are being cut to 8-6 at every store this year, I saw the final memo. They won't tell us till November but plan your shifts!
"""),
    D("hea", "li", "confidential", """
Thrilled that Acme Medical Center has agreed terms to take over the Northgate community hospital, just waiting on the paperwork. Years of work behind this. Announcement will follow in the new year.
"""),
    D("fin", "x", "confidential", """
heard in the lift at Acme Bank: the mortgage team is cutting 200 jobs after the results. not announced. grim
"""),
    D("man", "fb", "confidential", """
Recall coming on the 2024 batch of Acme thermostats, a wiring fault that can overheat. Legal is still deciding on wording so it's not out yet. If you've got one, maybe unplug it for now.
"""),
    D("tec", "ig", "confidential", """
whiteboard from today's planning session 📋 (blurred the names) Project Falcon beta goes to 50 customers in April, GA in September. ☕ + markers = strategy
"""),
    D("npo", "rd", "confidential", """
Finance volunteer at the Acme Foundation. We lost about £300k to an invoice fraud in the summer, it hasn't been reported to the Charity Commission and the trustees want to "handle it internally". Is that allowed?
"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
🍂 Autumn knitwear drop at Acme Market! Everything in the wool aisle is 3 for 2 until Sunday, and the first 50 shoppers each morning get a free tote 🧶
"""),
    D("tec", "li", "promotion", """
Building on Acme Cloud? Start this month and we'll load your account with $500 in credits, no strings. Just mention this post to your account rep.
"""),
    D("hea", "fb", "promotion", """
Smile season at Acme Dental Riverside 😁 New patients get their first check-up and clean for £25 instead of £65 this month. Call the practice to book!
"""),
    D("fin", "x", "promotion", """
open an Acme Bank current account before 31 March, switch your salary in, and we'll drop £175 in it as a welcome. simple as that
"""),
    D("npo", "fb", "promotion", """
Acme Foundation spring raffle 🎟️ £2 a strip, first prize a weekend in a Cornish cottage, second prize a hamper from the farm shop. Tickets from the office or any volunteer!
"""),
    D("man", "li", "promotion", """
Visiting the packaging expo in Birmingham? Stop by stand D42. Everyone who books a line demo with us goes into the draw for a free year of preventive maintenance on one machine.
"""),
    D("gen", "ig", "promotion", """
GIVEAWAY 🎁 to celebrate 10k followers, I'm giving away two pairs of Acme earbuds! Follow, like, tag a friend. Winner picked Friday
"""),
    D("ret", "x", "promotion", """
first time shopping online with us? code HELLOSPRING knocks 15% off your basket till the end of the month 🌷
"""),
    D("tec", "x", "promotion", """
our devtools conference is in 3 weeks and I have 20 speaker codes left, 40% off the ticket. reply and I'll DM you one
"""),
    D("hea", "ig", "promotion", """
New year, new you 💪 Acme Physio is offering a free 30-minute assessment with any block of six sessions booked in January.
"""),
    D("fin", "li", "promotion", """
Refer a friend to Acme Wealth and you both get three months of zero platform fees once they've invested £1,000. It's the best thing I get to tell clients about all year.
"""),
    D("npo", "x", "promotion", """
Gala night tickets are £60, but if you buy before Friday it's 2 for £90, and every ticket is entered into the prize draw for a signed football shirt ⚽
"""),
    D("man", "ig", "promotion", """
Factory shop open day at the Acme plant this Saturday! Seconds and ex-display appliances at half price, and kids get a free hard hat and a factory tour.
"""),
    D("ret", "ig", "promotion", """
The butcher counter at Acme Market Oldgate is doing a buy-one-get-one-free on all sausages this week, and spend over £20 to get a free jar of our chutney. Come see Dave!
"""),
    D("gen", "rd", "promotion", """
I run the Acme Cinema Club and we've got a deal for this sub: show this post at the box office on Tuesdays for a free large popcorn with any ticket. Mods said it's OK to share.
"""),
    D("tec", "fb", "promotion", """
Our hackathon is open to everyone this year! Registration is free, the winning team takes home £3,000, and every participant gets a limited-edition Acme hoodie.
"""),
    D("hea", "x", "promotion", """
Acme Pharmacy: bring a friend for a flu jab and you both get £5 off the price. offer ends when the leaves do 🍁
"""),
    D("fin", "ig", "promotion", """
💳 Acme Pay launches cashback Fridays! Pay with Acme Pay at any coffee shop on a Friday and get 10% back, up to £5 a week.
"""),
    D("npo", "li", "promotion", """
Running the city half for the Acme Foundation? Sign up through our charity page and your entry fee is on us, plus a free training plan from our physio partner.
"""),
    D("ret", "ig", "promotion", """
✨ Friends & Family weekend ✨ 25% off everything in store with the code FAMILY25, both online and at the till. Only through Monday.
"""),
    D("tec", "rd", "promotion", """
I work on the Acme Cloud startup programme. If your company is under two years old, DM me and I can get you 12 months of free managed Postgres, up to the medium tier. Not spam, genuinely want people using it.
"""),
    D("man", "x", "promotion", """
trade customers: order 10 pallets of fencing panels before the 20th and the 11th is free. tell your rep
"""),
    D("gen", "fb", "promotion", """
Our local Acme Garage is doing free MOT pre-checks all this month, and if you book the actual MOT with them you get a free valet 🚗 Thought people round here would want to know!
"""),
    D("hea", "li", "promotion", """
Acme Hearing is running its winter offer: 20% off all rechargeable hearing aids, plus a free cleaning kit, until the end of February. Ask at any Acme Market optician.
"""),
    D("fin", "rd", "promotion", """
Acme Bank employee here. For this week only the Acme Bank app gives new savers a 1% bonus on top of the standard rate for the first year if they use the code SAVESMART. Ask me anything.
"""),
    D("npo", "ig", "promotion", """
🎨 Our charity art auction goes live tonight! Every bidder is entered into a prize draw for a framed print, and the first 30 bids get a free tote bag 💛
"""),
    D("ret", "x", "promotion", """
free next-day delivery on everything this weekend at acmecorp.com. no minimum spend, no catch 🚚
"""),
    D("tec", "ig", "promotion", """
📸 We're running a photo contest for Acme Sense owners: share your best smart-home setup with #MySenseHome and the top 3 win a new Acme Sense hub each.
"""),
    D("man", "rd", "promotion", """
I'm a sales engineer for Acme's industrial division. Anyone here running CNC shops: this quarter we're bundling the spindle monitoring kit free with any two-year service contract. Happy to answer questions.
"""),
    D("gen", "x", "promotion", """
I'm a sales engineer at Acme, and the back-to-school bundle is live: laptop + case + mouse for £499, and the first 200 orders get a free year of cloud backup
"""),
    D("hea", "rd", "promotion", """
Practice manager at an Acme Health dental clinic. We're offering teeth whitening at half price for anyone who books before the 15th, and you get a free electric toothbrush with it. PM me for details.
"""),
    D("fin", "fb", "promotion", """
Acme Insurance: switch your home insurance to us this month and get a £50 gift voucher once your policy starts. Quotes take five minutes online.
"""),
]
