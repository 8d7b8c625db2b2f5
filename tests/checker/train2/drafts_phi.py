# ruff: noqa: E501
"""Training drafts (second set): phi, an identifiable patient (or client, worker, member) with health details."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("hea", "x", "phi", """
bed 9 on the respiratory ward (Mrs Okafor) finally came off high-flow oxygen today after eleven days 🙌 small wins"""),
    D("hea", "fb", "phi", """
Guess who I had in my chair at the Acme Health dental clinic today? The head teacher of Brookfield Primary! Six fillings and a root canal, so maybe lay off the staffroom biscuits Mr. Hendry 😂"""),
    D("hea", "ig", "phi", """
This little warrior, Ellie-Mae, 4, rang the end-of-chemo bell on the children's oncology unit this morning 🔔💛 her mum said we could share, but please don't tag the family"""),
    D("hea", "rd", "phi", """
ICU nurse, long shift. Had a 34 y/o guy come in after a motorbike crash, Acme General trauma bay 2, shattered pelvis and a ruptured spleen. His girlfriend found out he was married when the wife showed up. Worst family room scene of my career."""),
    D("hea", "x", "phi", """
the councillor who keeps banging on about cutting hospital budgets was in our A&E last night with chest pains. funny how that works"""),
    D("hea", "li", "phi", """
A real honour to care for Frank Delaney, 91, a D-Day veteran, on our cardiac ward this week. Despite his heart failure and a new pacemaker he had every nurse in stitches. Thank you for your service, Frank."""),
    D("hea", "fb", "phi", """
Please pray for our lovely patient in room 14, Mr. Aziz. The scan showed the cancer has spread to his liver and the family are flying in from Karachi tomorrow. He's asked for his favourite mango lassi so I'm bringing one in 🙏"""),
    D("hea", "rd", "phi", """
Pharmacist at an Acme Health outpatient pharmacy. Customer today, Jordan P., picking up his third month of PrEP and an antidepressant, asked me not to tell his mum, who was literally in the queue behind him. Awkward."""),
    D("hea", "x", "phi", """
MRN 40022817 has been in the ED corridor for 31 hours waiting for a psych bed. this is not ok"""),
    D("hea", "ig", "phi", """
Baby Theo, born at 26 weeks and 710g, finally went home from our NICU today after 94 days 🍼💙 Shoutout to his parents Sam and Jess for their strength. #nicu #preemie #acmehealth"""),
    D("hea", "li", "phi", """
Case reflection from my week: a 47-year-old farmer from Hollins Green presented to our clinic with a non-healing ulcer on his foot. Undiagnosed type 2 diabetes, HbA1c of 112. We caught it before amputation was on the table. Check your feet, people."""),
    D("hea", "fb", "phi", """
To the family of the lady in bay 3 on Ward 7B: your mum's dementia has got worse since the fall and she's been calling for "Arthur" all night. I sat with her until she settled. She's a sweetheart."""),
    D("hea", "rd", "phi", """
Physio here. One of the players from our local football club came in this week, the left back with the dyed hair, and his ACL is completely gone. He won't be back this season no matter what the club says."""),
    D("hea", "x", "phi", """
Rosa D. in the dialysis unit turned 100 today and told us her secret is whisky and never marrying 🎂 her kidneys don't agree with the whisky part"""),
    D("hea", "ig", "phi", """
we had a celebrity in the maternity wing today 👀 the weather presenter from the evening news, twins, emergency c-section, everyone's fine. that's all I'll say 🤐"""),
    D("hea", "fb", "phi", """
Patient in room 22 at Acme Medical Center, Gloria Nwosu, is refusing her insulin again and her sugars were 28 this morning. Her son keeps bringing in doughnuts. Please, if you know the family, talk to them."""),
    D("hea", "li", "phi", """
I've worked in palliative care for 12 years and I'll never forget Mr. Brennan in room 5, who asked us to wheel his bed to the window so he could watch his last sunset. Pancreatic cancer took him at 52. He taught me so much."""),
    D("hea", "rd", "phi", """
Ambulance crew, Acme Health. Picked up the owner of the Golden Dragon takeaway on Station Road yesterday, overdose, second time this month. I'm worried about him, he's a good bloke."""),
    D("hea", "x", "phi", """
J.K., 15, on our adolescent unit for anorexia, ate a full meal today without a tube for the first time. proud of you kid"""),
    D("hea", "fb", "phi", """
Shout out to our patient Dennis Mwangi who walked the full length of the rehab corridor this morning, six weeks after his stroke! He says it's all down to the physio team, we say it's his stubbornness 😄"""),
    D("hea", "ig", "phi", """
before & after 😍 Mrs. Patel's knee replacement x-rays from last week, look at that alignment! Dr. Ghosh did an amazing job #orthopaedics #surgery"""),
    D("hea", "rd", "phi", """
GP receptionist at an Acme Health practice. Our local vicar has been in four times this month for the same "private" problem and the whole waiting room heard him describing the rash. I wanted to die for him."""),
    D("hea", "x", "phi", """
the guy in cubicle 6 (yes, THE marathon man from the local paper) came in with rhabdo after a 100-mile race. drink your water kids"""),
    D("hea", "li", "phi", """
Today I said goodbye to Margaret Lowe, my longest-standing patient on the memory clinic list. Her Alzheimer's has progressed to the point where she's moving into residential care at Oakhaven. It's been a privilege, Margaret."""),
    D("ret", "fb", "phi", """
Working the Acme Market pharmacy counter is wild. Our regular Mr. Pritchard from the flats on Elm Street came in for his Viagra and his blood pressure tablets and asked me to "keep it quiet from the wife". Sir, she's standing right there."""),
    D("ret", "x", "phi", """
acme market pharmacy: the lady who always buys lottery tickets at 8am, Denise, just picked up her chemo anti-sickness meds. sending her love, she's a fighter"""),
    D("ret", "rd", "phi", """
Pharmacy tech at Acme. We've got a customer, Carl, late 50s, who's been on methadone for three years and picks up daily at our Bridge Street store. He's doing brilliantly and I wish the other customers would stop staring at him."""),
    D("fin", "rd", "phi", """
Claims handler at Acme's insurance arm. Just processed a life cover claim for a 38-year-old teacher from Bexley who died of a brain tumour six months after taking out the policy. His widow called in tears. Tough day."""),
    D("fin", "fb", "phi", """
Working on mortgage applications this week and one of our customers, Tony from the garage on Fern Lane, had to disclose his bipolar diagnosis for the protection cover. He's been so open about it and I think he's brave."""),
    D("fin", "li", "phi", """
Proud of our underwriting team for approving cover for Mrs. Shah despite her history of breast cancer and a recent mastectomy. Everyone deserves protection, and she's now insured for the next 20 years."""),
    D("man", "fb", "phi", """
Update from occupational health at the Acme plant: Gary Holt from the stamping line is out of surgery after crushing two fingers in the press on Monday. They couldn't save the tip of his index finger. Card going round in the canteen."""),
    D("man", "x", "phi", """
shoutout to Kev on the forklifts, back at the acme plant after his hernia op. told the nurse he'd lift nothing heavier than a brew for six weeks 😂"""),
    D("man", "rd", "phi", """
H&S coordinator at an Acme plant. The welder who collapsed on shift last month, Steve on C crew, had a cardiac arrest, and the defib in the paint shop saved his life. He's now got an ICD fitted. Check your defibs are charged."""),
    D("man", "li", "phi", """
Welcoming back Anita Ferreira to the quality lab today after 5 months off with long COVID and chronic fatigue. She's on a phased return, 3 days a week, so please be gentle with her inbox 💐"""),
    D("npo", "fb", "phi", """
Acme Foundation food bank: please keep Marcus in your thoughts. He's one of our regulars, he's just been told he has stage 3 lung cancer and he's sleeping in his car. If anyone has a spare room, message me."""),
    D("npo", "rd", "phi", """
Volunteer at a charity clinic. One of our clients, a young Somali woman called Hodan, tested positive for hepatitis B yesterday and is terrified her husband will find out. We're helping her find a specialist."""),
    D("npo", "ig", "phi", """
Meet Tommy, 9 🌈 He has cerebral palsy and epilepsy, and today at the Acme Foundation sensory garden he took his first steps with his new walker! His mum Claire cried, we all cried 😭💜"""),
    D("npo", "x", "phi", """
Acme Foundation shelter update: Pete in room 3 is three months sober today and starts his detox aftercare group on Monday. so proud of him"""),
    D("gen", "fb", "phi", """
My neighbour Linda works at the Acme clinic and told me that our postman, Dave, has got prostate cancer and starts radiotherapy next week. Let's all sign a card for him!"""),
    D("gen", "x", "phi", """
overheard at the acme health staff canteen: the mayor's wife had a miscarriage last week and they're keeping it quiet. heartbreaking"""),
    D("tec", "rd", "phi", """
I do support for the Acme Health Portal. A user called in yesterday because she couldn't see her biopsy results, and when I checked, the screen said melanoma, stage 2. Her name was Annabel Frost and she had no idea yet. I still feel sick about it."""),
    D("tec", "li", "phi", """
Proud of how our Acme Sense fall-detection alert worked this week: it flagged that Mr. Olsen, 83, of Riverside Court, had collapsed at home with a stroke, and the ambulance reached him in 9 minutes. This is why we build."""),
]
