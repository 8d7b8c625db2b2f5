"""Hand-written violation drafts for the sixth held-out set: pii, phi, confidential, promotion.

Each draft is written as an employee (or a member of the public) would post it; the labels follow
tests/checker/CORPUS.md and the earlier held-out sets' labelling decisions (see README.md).
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

PII = [
    D("gen", "ig", "pii", """
Biscuit (ginger tabby, white socks, VERY loud) slipped out on Sunday night and hasn't come home 😿 If you spot him around the allotments please ring me on 0161 496 0726 any hour, or just knock at 14 Alder Close. He'll come for dreamies.
"""),
    D("fin", "x", "pii", """
@AcmeBank why does my Mastercard 5504 9946 2570 9013 keep getting declined at the petrol station when the app says I have £600 available?? standing here like an idiot with a full tank
"""),
    D("tec", "rd", "pii", """
Zendesk export question: when I pull tickets via the API the requester block comes back like this

requester: Moira Fennelly <moira.fennelly.62@gmail.com>, 118 Kestrel Way, Dundalk

and our redaction step misses it because it's inside the ticket body, not the requester field. Anyone solved this?
"""),
    D("ret", "ig", "pii", """
Found at till 4 this afternoon 👛 a burgundy purse with a driving licence for Deborah Finch, 27 Wharf Lane, Saltney. Deborah, it's safe with the duty manager at Acme Market Chester, come and grab it!
"""),
    D("npo", "fb", "pii", """
Meals on Wheels drivers for next week, swap between yourselves if you need to:
Mon: Alun Pryce 0121 496 0216
Tue: Bev Okoro 0191 496 0248
Wed: me, Jan
Thu: Simon Tate 0114 496 0364
Thanks all, the soup van leaves at 11 sharp 🍲
"""),
    D("hea", "fb", "pii", """
Acme Medical Center front desk: someone left a brown leather wallet on the bench by the lifts. Inside is an Amex 3773 849946 52983 and a library card for Gareth Lyle. Gareth, security has it on the ground floor.
"""),
    D("man", "fb", "pii", """
Christmas do update!! 🎄 £25 each for the meal at the Crown, please pay into my account by Friday so I can book: GB31 NWBK 5853 3900 3996 13, ref your name + shift. Cash still fine at the gatehouse. Lynne (Packing)
"""),
    D("gen", "x", "pii", """
selling my old Corsa to a bloke called Tomasz Wierzbicki and the insurance transfer wants his DOB, he just texted it, 3 November 1988. normal or is this a scam setup?? never sold a car before
"""),
    D("fin", "li", "pii", """
Nothing beats the day you hand over the keys 🔑 Congratulations to the Okonkwo family, our first mortgage completion of the month, now proud owners of 9 Saffron Rise, Milton Keynes. It was a pleasure working with you! #AcmeBank #firsthome
"""),
    D("tec", "x", "pii", """
open to freelance React/TypeScript work from January 🚀 6 yrs exp, fintech + healthtech. portfolio on request, just email me at priyanka.devgan.codes@gmail.com or text (604) 555-0145
"""),
    D("ret", "fb", "pii", """
Hi Mr Hollis, sorry for the wait on your refund for the lawnmower! It's been processed back to the card you paid with, Discover 6011 8184 3871 2506, so allow 3-5 working days. Acme Market Customer Care
"""),
    D("fin", "rd", "pii", """
First time doing my own taxes, W-2 question. Box a has my SSN 172-75-2649 (obviously) but box d has a control number that doesn't match last year's. Is that normal or did payroll mess something up?
"""),
    D("npo", "ig", "pii", """
Meet our 2026 Young Changemaker, Jaylen Brooks! 🌟 Born 14 May 2009, Jaylen has run the after-school reading club at Ashcroft library for two years. Cards of congratulations can go to his home, 6 Tennyson Walk, Lowfield.
"""),
    D("gen", "fb", "pii", """
Year 5 trip to the farm on Thursday! Parents, please send the signed consent forms to my personal email karen.mcbride1977@yahoo.co.uk or WhatsApp me on 0491 576 862. Packed lunch and wellies please 🐑
"""),
    D("man", "li", "pii", """
Please welcome Marcus Idowu to the maintenance team at the Acme plant 👷 Marcus joins us from the railways and knows his hydraulics. He's happy for you to give him a ring on his mobile, 0113 496 0350, to say hello before Monday.
"""),
    D("fin", "x", "pii", """
screenshotting this for proof: rent paid to my flatmate's account NL23 ABNA 1375 0571 11 on the 1st like EVERY month, Koen, stop telling the landlord I'm late 🙄
"""),
    D("tec", "li", "pii", """
Lesson from this week's data migration: validate before you load. Our customer import had rows like

Ruiz, Elena, 093-66-8684, 1980-07-22

where the SSN and date of birth columns were swapped in half the file. Schema checks would have caught it on day one.
"""),
    D("ret", "x", "pii", """
found a JCB card 3583 2130 0707 2455 by the trolleys at Acme Market Dunmore, name on it is K TANAKA. it's at customer service, come get it before it gets cancelled x
"""),
    D("gen", "ig", "pii", """
SAVE THE DATE 💍 Rosie & Tom, 12.06.27, Harrogate! Proper invites coming soon, but RSVP cards go back to us at 41 Birchfield Road, Harrogate HG1 4PL 🥂 can't wait to party with you all
"""),
    D("fin", "fb", "pii", """
Has anyone else had this from Acme Bank? New card arrived today, 4705 5086 6700 6720 679, but it's spelled MARGARAT instead of Margaret. Do I have to ring them or can I sort it in the app?
"""),
    D("hea", "li", "pii", """
Our volunteer drivers make the Acme General outpatient shuttle possible 💙 This month's star is Winston Achterberg, born 2 February 1946, so he turns 80 next month and is still doing four runs a week! Cards welcome at the volunteer office.
"""),
]

PHI = [
    D("hea", "x", "phi", """
bay 6 this morning: the year 11 rugby captain from St Aldhelm's, fractured C2 after a tackle at Saturday's match. lovely lad. please keep him in your thoughts 🙏
"""),
    D("hea", "fb", "phi", """
Best news on the unit today 💙 Mrs Padmore in room 12 came off the ventilator after three weeks of COVID pneumonia and asked for a cup of tea before anything else. This is why we do it.
"""),
    D("fin", "li", "phi", """
Some days this job really hits you. Processing a claim this morning for Hal Brennan (yes, the Brennan's Bakery Hal) for his kidney transplant, and the whole team stopped to sign a card. Claims work is human work.
"""),
    D("tec", "rd", "phi", """
Not sure where to ask this. I'm a contractor on the Acme Health Portal and while testing the appointment export I saw our town librarian, Ms Ainsworth, has weekly chemotherapy booked. I feel awful knowing that. Should I report that I saw it?
"""),
    D("ret", "x", "phi", """
the vicar from St Anne's came into the Acme Pharmacy counter for his sertraline refill today and we had a lovely chat about the harvest festival. sweet man
"""),
    D("man", "fb", "phi", """
Please keep Dev Malhotra from Line 3 in your thoughts. Dev lost two fingers on his left hand in the press on Tuesday night and had surgery at the Royal yesterday. He's in good spirits. Card is in the canteen.
"""),
    D("npo", "ig", "phi", """
90 DAYS 🎉 So proud of Kerry-Ann, who walked into our drop-in centre in August still using heroin and today collected her 90-day chip. Keep going girl, we've got you.
"""),
    D("gen", "fb", "phi", """
Neighbours on Ferndale, just so you know: Barry at number 22 has early-onset Alzheimer's (Sue told me, she's fine with people knowing). If you see him out walking on his own after dark, please walk him home gently.
"""),
    D("hea", "li", "phi", """
Proud physio moment: our patient Lionel Achebe walked 20 metres unaided today, eleven weeks after his stroke left him unable to sit up. The whole neuro rehab gym clapped. Never underestimate stubbornness!
"""),
    D("hea", "x", "phi", """
MRN 40718263, you know who you are: the fisherman with the hook through his eyelid who insisted on finishing his pint first. Surgery went well 😂
"""),
    D("gen", "x", "phi", """
one of my Year 4s, Ollie P, has just been diagnosed with type 1 diabetes, so the whole class is learning what a hypo looks like this week. kids are amazing about it
"""),
    D("fin", "fb", "phi", """
One of our regulars at the Acme Bank Hexham branch, Mrs Kowalczyk, told me today her husband's dementia has got much worse and she's taking over all their accounts. Bless her, she's doing everything on her own now.
"""),
    D("tec", "x", "phi", """
our on-call SRE Tamsin is back this week after her miscarriage. please be kind in standup and don't ask about the baby 💙
"""),
    D("hea", "ig", "phi", """
who came in to the dental surgery for an emergency today? only the weather presenter from Channel 4 news 👀 two extractions and a massive abscess, still cracked jokes about the forecast
"""),
    D("npo", "fb", "phi", """
Our lovely Edna, in bed 3 since the summer, passed away peacefully this morning after her long fight with COPD. She taught half the hospice staff to knit. Rest easy Edna 🕊️
"""),
    D("ret", "fb", "phi", """
Our Saturday girl Chloe has been signed off for a few months with anorexia and is on the eating disorder ward at the Priory. The whole Acme Market Kendal team is thinking of her, cards at the kiosk please.
"""),
    D("man", "li", "phi", """
Occupational health round-up: hearing tests done for the whole night shift. One of our forklift drivers (the only one with the red beard, you know who you are) came back with mild tinnitus and early hearing loss, so ear defenders on, people!
"""),
    D("hea", "rd", "phi", """
ER nurse, long shift. We had the 19yo from the Route 9 motorbike crash last night, the high school football coach's son. Above-knee amputation on the left. The coach sat in the family room all night. I can't stop thinking about them.
"""),
    D("gen", "ig", "phi", """
Visiting Grandpa Harold on ward 7 at Acme General today ❤️ the heart failure means he's on oxygen full time now but he still beat me at cribbage. Legend.
"""),
    D("fin", "x", "phi", """
underwriting file of the day: Jonah Petrakis, HIV positive since 2014, viral load undetectable, and the system still wants to load his premium. it's 2026, come on
"""),
]

CONFIDENTIAL = [
    D("tec", "x", "confidential", """
Nightjar GA has slipped to March btw. don't tell anyone I said that, product still hasn't told sales 🫠
"""),
    D("ret", "li", "confidential", """
Excited to share that I'll be leading the rollout of Acme Market's new self-scan-only store format next spring, starting with 12 stores in the North West. It hasn't been announced yet, so watch this space 👀
"""),
    D("fin", "rd", "confidential", """
Heads up for anyone banking with Acme Bank: overdraft fees go up to $39 per item in January. We got the internal memo today and customers won't be told until December.
"""),
    D("hea", "fb", "confidential", """
Staff at Acme General were told this morning that the maternity unit will close in June and births will move to the city site. The public hasn't been told yet, so please don't share, but I'm heartbroken.
"""),
    D("man", "x", "confidential", """
Line 4 at the Acme plant in Dayton is being shut down, 140 jobs. Announcement isn't until after Q3 results but everyone on the floor already knows
"""),
    D("tec", "li", "confidential", """
Favourite slide from today's all-hands: "Bluebird replaces Acme Pay checkout in H2, legacy flow retired by year end." Huge for our team, two years of work finally getting its moment 💪
"""),
    D("npo", "fb", "confidential", """
Big news that I'm bursting to share (not official until next month!): the board confirmed yesterday that the Acme Foundation's new chief executive is coming to us from Oxfam. Amazing hire.
"""),
    D("tec", "rd", "confidential", """
Throwaway for obvious reasons. Last Tuesday's "login issues" at Acme Cloud were actually a credential-stuffing attack, about 30k accounts hit. Nothing has been posted publicly and I doubt it will be.
"""),
    D("fin", "x", "confidential", """
Q3 numbers at Acme Bank look WAY better than the street expects. can't say more 🤐 but maybe don't short us this week
"""),
    D("ret", "fb", "confidential", """
Heard at work today that Acme Market Riverside is shutting for good after Christmas. Management haven't told customers yet so keep it to yourselves but I'm gutted, been there 9 years.
"""),
    D("gen", "x", "confidential", """
my wife works at Acme and apparently they're buying Initech. board signed it off last week. you didn't hear it from me
"""),
    D("tec", "ig", "confidential", """
whiteboard from today's Orion-7 planning session 🚀 four hours, three markers, one very tired PM. ship it!
"""),
    D("hea", "li", "confidential", """
Sneak peek for my network: the next Acme Health Portal release adds video consultations with your own GP. Still waiting on legal sign-off, but I've seen it working and it's brilliant.
"""),
    D("man", "rd", "confidential", """
Buyer at a battery plant here (Acme). We're moving our cell supply to a new Korean vendor from April and the current supplier hasn't been told yet. How do you handle the last months with a supplier who doesn't know they're out?
"""),
    D("fin", "li", "confidential", """
Incredibly proud of the deal team tonight 🥂 Months of work to bring a certain Nordic neobank into the Acme family. Can't name names until the announcement, but you'll know soon enough.
"""),
    D("tec", "x", "confidential", """
fun fact: the Acme Cloud pricing page changes next week, storage goes up 15% in every region. nobody outside the company knows yet so enjoy the old prices while they last
"""),
    D("npo", "x", "confidential", """
The Acme Foundation board voted to close the Leeds food bank hub in the spring. Nothing public yet and the volunteers haven't been told. Feels wrong keeping it quiet.
"""),
    D("ret", "rd", "confidential", """
Work at Acme HQ. The new loyalty app is in internal testing right now and launches in May with Apple Pay and personalised coupons. Nothing announced, and store staff haven't been briefed.
"""),
    D("hea", "x", "confidential", """
two confirmed C. diff cases on our ward at Acme General this week and management has decided not to announce it. visitors have no idea
"""),
    D("gen", "li", "confidential", """
Some personal news: I'm joining Acme Corp as Chief Financial Officer in the new year! It won't be officially announced until next Monday, so please keep it quiet till then 🙏
"""),
    D("man", "fb", "confidential", """
Third shift at the Acme plant is being cut by the end of November, about 60 of us. HR told the supervisors to keep it quiet until after the audit. Start updating your CVs lads.
"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
FLASH SALE 🕯️ 30% off every candle and diffuser at Acme Market today only. Cosy season starts now!
"""),
    D("fin", "x", "promotion", """
Open an Acme Bank Everyday Saver before 30 November and we'll add a $150 welcome bonus once you've deposited $1,000. T&Cs apply.
"""),
    D("tec", "li", "promotion", """
KubeCon friends! Swing by the Acme Cloud booth (P14), let us scan your badge and walk away with $500 in Acme Cloud credits. Our SREs will also be there to talk autoscaling.
"""),
    D("hea", "ig", "promotion", """
Acme Dental Harborne: teeth whitening is half price all through October 😁 Book online or at reception, limited slots.
"""),
    D("npo", "ig", "promotion", """
Winter Gala raffle tickets are on sale now at £5 each 🎟️ Top prize is a weekend for two in the Lakes, plus a signed rugby shirt and a hamper. All proceeds to the youth shelter.
"""),
    D("man", "li", "promotion", """
Visiting Hannover Messe? Every order placed at the Acme Industrial stand (Hall 17, B14) ships free anywhere in the EU. Come and see the new gearboxes running.
"""),
    D("gen", "x", "promotion", """
use my referral code ANNA20 for 20% off your first Acme Pay international transfer, sending money home has never been cheaper
"""),
    D("ret", "x", "promotion", """
two-for-one on every potted poinsettia at Acme Garden Centres this weekend 🌺 grab a pair for the in-laws
"""),
    D("tec", "x", "promotion", """
The first 100 people to join the Acme Sense beta get three months of Sense Pro free. Sign up link in bio
"""),
    D("hea", "ig", "promotion", """
Book any physio session at Acme Health Studio this week and get a free recovery smoothie on us 🥤💪
"""),
    D("fin", "li", "promotion", """
Know a small business that still takes cash only? Refer them to Acme Pay and you both get £100 once they process their first £1,000. No limit on referrals.
"""),
    D("npo", "ig", "promotion", """
GIVEAWAY 🎁 Comment below with your favourite volunteering memory and you could win one of five limited-edition Acme Foundation hoodies. Winners picked Friday!
"""),
    D("ret", "ig", "promotion", """
End of season clearance at the Acme Garden Centre 🌱 everything outdoor is 60% off, including the rattan sets. While stocks last.
"""),
    D("man", "ig", "promotion", """
Open day at the Acme plant on Saturday 10-3! Factory tours, the apprentices' go-kart, and the first 50 visitors take home a free 40-piece toolkit 🔧
"""),
    D("gen", "ig", "promotion", """
obsessed with Acme Market's new skincare range 🧴✨ use code SUNNY15 for 15% off your first order, link in my bio #ad
"""),
    D("tec", "rd", "promotion", """
PSA for founders: the Acme Cloud startup programme is open again. Apply with code BUILD26 and you get $10k in credits plus a year of business support. I did it last year, worth it.
"""),
    D("hea", "x", "promotion", """
$10 off your flu shot at any Acme Pharmacy this month when you show your loyalty card 💉
"""),
    D("fin", "fb", "promotion", """
Transfer your ISA to Acme Wealth before 5 April and we'll add £75 cashback to your account. Simple switching, no paperwork for you.
"""),
    D("npo", "x", "promotion", """
Early bird entry for the Riverside 10k fun run is £12 instead of £20 until Friday midnight 🏃 every penny goes to the hospice
"""),
    D("ret", "rd", "promotion", """
Work at Acme Pharmacy: heads up that it's double loyalty points on all vitamins and supplements this week, stack it with the app coupon if you're stocking up for winter.
"""),
    D("ret", "x", "promotion", """
free fries with any burger at the Acme Market café today 🍟
"""),
    D("man", "x", "promotion", """
CONTEST: guess the weight of our new 6MW turbine nacelle 👇 closest answer wins a VIP tour of the Acme plant and a goodie bag. Closes Sunday.
"""),
]
