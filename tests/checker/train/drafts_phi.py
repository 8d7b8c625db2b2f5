# ruff: noqa: E501
"""Training drafts: phi (an identifiable patient with health or treatment details), in and beyond hospitals."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("hea", "x", "phi", """
bed 14 on the cardiac step-down unit has been pressing the call bell every 4 minutes since 2am. 81, post-CABG, delirious and convinced I'm his sister. love him but I'm tired"""),
    D("hea", "fb", "phi", """
Please keep Mrs. Adeyemi from our church in your prayers. I was on shift when she came into Acme General last night, her stroke was a bad one and she can't speak yet. The family asked for space but I know how much she means to everyone here."""),
    D("hea", "ig", "phi", """
Our longest-staying NICU baby is going home today!! 🍼💙 Baby Theo, born at 24 weeks and 1lb 3oz, spent 143 days with us and beat two infections and a heart surgery. We're all crying. #nicunurse #miracle"""),
    D("hea", "rd", "phi", """
ED nurse. Tonight we had the guy who runs the hardware store on Main St come in with chest pain, and his troponin was through the roof. He's in the cath lab now. He's been selling me screws for 15 years and I just hope he makes it."""),
    D("hea", "x", "phi", """
MRN 40418877 has been "NPO pending surgery" for 31 hours. 31. someone in scheduling please answer my pages"""),
    D("hea", "li", "phi", """
A reflection from my week as a hospice nurse at Acme Health: Gerald, 92, a retired jazz trumpeter with end-stage lung cancer, asked us to play Miles Davis for him on Tuesday. He passed peacefully on Thursday morning with his daughter holding his hand. This work is a privilege."""),
    D("hea", "fb", "phi", """
Look who came back to visit the ward! 😊 Shauna, who spent three weeks with us after her car accident in March (broken pelvis and a collapsed lung), walked in today on her own two feet with cupcakes. This is why we do it ❤️"""),
    D("hea", "x", "phi", """
the mayor's husband was in our ER last night with an alcohol level of .31 and a scalp lac. small town, big secrets lol"""),
    D("hea", "rd", "phi", """
Pharmacist question. A regular customer (older lady, Mrs. P on Birchwood Ave, you know who you are if you're from here) keeps trying to fill her oxycodone early and today she got angry when I said no. Her doctor won't call back. How would you handle it?"""),
    D("hea", "ig", "phi", """
Day 1 of chemo for our favourite patient 🎗️ Marcus (7) picked the dinosaur port cover and told the whole oncology ward that he's braver than a T-rex. We agree! #peds #oncology #acmehealth"""),
    D("hea", "x", "phi", """
room 22 at Acme Medical Center just tested positive for C. diff and his daughter is out here demanding to take him home. sir he cannot even stand"""),
    D("hea", "fb", "phi", """
Physio life 🏋️ Helped our star patient Ruth Kaminski take her first steps on her new hip today. 88 years young and already asking when she can go back to line dancing!"""),
    D("hea", "li", "phi", """
I want to talk about burnout, with a real example. Yesterday I admitted a 34-year-old ICU colleague from another hospital, a nurse named Priya who collapsed mid-shift with a pulmonary embolism. She's stable now. But we need to talk about what we are asking of each other."""),
    D("hea", "rd", "phi", """
GP receptionist at an Acme Health practice. The councillor who keeps going on about "benefit cheats" in the local paper has been in four times this month for his depression and anxiety meds. I won't say his name but everybody round here knows exactly which councillor I mean."""),
    D("hea", "x", "phi", """
dialysis chair 3 has been Mr. Whitfield every tues/thurs/sat for six years and today was his last session before his kidney transplant 🥹 we threw him a party"""),
    D("hea", "ig", "phi", """
Happy 100th birthday to Doris at the Acme Health care home! 🎂💐 Despite her dementia she still remembers every word to "Moon River." She's on oxygen now but she sang the whole thing for us."""),
    D("hea", "fb", "phi", """
Labour ward update: the lady from the flower shop on Quay St (Jen) had her twins at 2:14am, one is in special care with breathing trouble but they're both fighters. Send her love!"""),
    D("hea", "rd", "phi", """
Radiology tech. Scanned the high school's star quarterback yesterday, the one who's been in the paper all season, and his ACL is fully torn. Season's over. Coach doesn't know yet and neither does the paper. Heartbreaking."""),
    D("hea", "x", "phi", """
patient in bay 8, 26F, third overdose this month, same boyfriend bringing her in every time. I'm worried about her and nobody upstairs will listen"""),
    D("hea", "li", "phi", """
Proud moment for our speech and language team at Acme Health. After six months of therapy following his brain injury, our patient Dev Malhotra (the cricket coach many of you know from the Eastfield club) said his first full sentence: "I want to go home." 💙"""),
    D("hea", "fb", "phi", """
Sending strength to my neighbour's daughter Abbie, who I looked after on the children's ward this week. Type 1 diabetes diagnosis at 9 is so hard, and her first insulin injections were a lot, but she was so brave. 💉💪"""),
    D("fin", "rd", "phi", """
I process claims for Acme Health Insurance. Just denied a claim for a guy in my own town for his second round of IVF, and his wife is a teacher at my kid's school. The policy is the policy but man, awkward at pickup."""),
    D("fin", "x", "phi", """
life insurance underwriting at acme: applicant today disclosed HIV, bipolar and a liver transplant and still expected standard rates. it's the guy from the radio ad, I'm not kidding"""),
    D("fin", "fb", "phi", """
Funny story from work at Acme Bank: a customer, Mr. Frank Delaney, came in to set up a payment plan and told me all about his prostate cancer and radiotherapy schedule so I'd understand why he'd missed payments. Lovely man, hope the treatment goes well!"""),
    D("ret", "x", "phi", """
pharmacy counter at acme market today: Karen from the bakery picked up her prozac and her birth control and then complained about the price of the bread I rang up. wild"""),
    D("ret", "fb", "phi", """
Working the Acme pharmacy counter, you get to know people. Shoutout to Mr. Bowden from the allotments who's finally off his blood pressure meds after losing 40 pounds! So proud of him 🥕🥦"""),
    D("ret", "rd", "phi", """
I work at an Acme Market pharmacy. There's a lady who comes in every week for her methotrexate and we chat about her rheumatoid arthritis. She's the owner of the dance school on Orchard Lane. Today she cried because her hands are getting worse. How do I support regulars like that without overstepping?"""),
    D("man", "fb", "phi", """
Safety update from the Acme plant: Jason Reid from maintenance is out for six weeks after he fell from the mezzanine. Fractured his spine in two places but the surgery went well. Card going round in the break room."""),
    D("man", "li", "phi", """
A reminder why we wear hearing protection: one of our press operators, Aidan on B shift, has just been diagnosed with permanent hearing loss in both ears, in his thirties. He's given us permission to share (sort of). Please wear your plugs. #safety #manufacturing"""),
    D("man", "x", "phi", """
occupational health at the plant put Big Sal on restricted duty for his heart arrhythmia, so now he's running the tool crib and he's furious about it 😂"""),
    D("man", "rd", "phi", """
Plant nurse at an Acme facility. The second shift supervisor (big guy, been there 30 years, everyone knows him as Tank) tested positive for opioids on his post-incident screen and is now in rehab. People keep asking me. I'm not telling them, but I needed to vent."""),
    D("npo", "fb", "phi", """
Update on Malik, who many of you met at our drop-in centre: he's been diagnosed with tuberculosis and is in isolation at Westmead. He's scared and would love cards. Please drop them at the Acme Foundation office."""),
    D("npo", "ig", "phi", """
Clean for one year today 🎉 Our client Tasha (you know her from the Thursday art group!) finished her recovery programme after fighting heroin addiction. We're so proud of you, Tasha! #recovery #acmefoundation"""),
    D("npo", "x", "phi", """
the outreach van met Ronnie again under the bridge tonight, his leg ulcer is infected and he still won't go to A&E. worried sick about him"""),
    D("npo", "li", "phi", """
In our food bank this week, a grandmother named Rosa told me she's skipping her insulin doses to afford food for her grandkids. She's 67 and lives on Kingsway. Stories like Rosa's are why the Acme Foundation exists."""),
    D("gen", "fb", "phi", """
Prayers please for my colleague at Acme, Ken Oduya from accounts. He had a seizure at his desk on Tuesday, turns out it's a brain tumour. He starts radiotherapy Monday. 🙏"""),
    D("gen", "x", "phi", """
Q: who in our office is on ozempic. A: according to the nurse at the onsite clinic, literally half of sales, starting with Steve"""),
    D("tec", "rd", "phi", """
I'm an engineer on the Acme Health Portal. While debugging a ticket I saw that a famous local chef (the one from the Saturday cooking show) had a liver panel and a hep C result uploaded. I didn't look further, but is it normal for devs to see this stuff? Asking for ethics reasons."""),
    D("tec", "x", "phi", """
debugging prod data for the portal and found our own VP's mammogram results in the test export 🫠 who approved this"""),
    D("hea", "x", "phi", """
Meet Mrs. Lopez in room 409: 3 days post-op from a hip replacement and already bullying the PT into an extra lap of the corridor. legend"""),
    D("hea", "fb", "phi", """
Can I just say how amazing our oncology unit is. Dr. Singh and team have been treating my patient (and friend) Martha Greaves through her breast cancer since spring, and today she rang the bell! 🔔 I'm her nurse and I'm so proud."""),
    D("hea", "rd", "phi", """
Paramedic with Acme Health ambulance service. We picked up the guy who plays Santa at the shopping centre every year after he collapsed in the car park. Hypoglycaemic, diabetic, hadn't eaten. He's fine now, but Christmas nearly got cancelled."""),
    D("hea", "ig", "phi", """
Sending hugs to our dialysis family 💙 especially Mr. Chen in chair 6, who got the call for his new kidney last night! Surgery at 7am. #transplant #dialysisnurse"""),
    D("hea", "li", "phi", """
Mental health nurse at Acme Health. Please remember that the people in the headlines are patients too. The footballer who was admitted to our unit on Sunday after his breakdown deserves privacy and care, not the photographers camped outside."""),
]
