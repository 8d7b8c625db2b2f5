# ruff: noqa: E501
"""Training drafts (fourth set): phi, a patient, client or colleague identifiable by name, initials, a bed or
record number, or a description a reader could recognise (the footballer, the man who runs the chip shop, a child
by first name and initial), together with health or treatment details."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    # --- healthcare, identified by description
    D("hea", "x", "phi", """
the bloke who runs the chippy on Fenwick Street came into minors tonight with a deep-fat-fryer burn up his forearm. second degree. he's still insisting on opening tomorrow"""),
    D("hea", "fb", "phi", """
Had the Town's new centre-forward on my physio table this morning and I'm sorry to say that hamstring is a grade 3 tear. Don't expect him back before March, whatever the manager tells the paper."""),
    D("hea", "rd", "phi", """
Radiographer. Scanned the lollipop lady from outside St Bede's primary yesterday, everyone in that town knows her, and it's a stress fracture in her hip from twenty years on that crossing. She cried because she didn't want to let the kids down."""),
    D("hea", "ig", "phi", """
shift selfie 🩺 plus a proud moment: Zara M., 6, from our children's ward finished her last round of antibiotics for the bone infection and did a lap of the corridor on her scooter 🛴💜"""),
    D("hea", "li", "phi", """
It was a privilege this week to look after the woman who has read the morning traffic on Radio Fenmoor for thirty years. Her voice is familiar to half the county. Her bowel surgery went well and she's already asking when she can get back on air."""),
    D("hea", "x", "phi", """
the retired headmaster with the red setter who walks past the hospital every morning? he's in our stroke unit since sunday, left side weakness. the dog's with his neighbour"""),
    D("hea", "rd", "phi", """
Paramedic. Picked up one of the darts players from the pub league final at the Crown last night (the one who won, with the mullet). Alcohol poisoning and a broken wrist. Congratulations I guess."""),
    D("hea", "fb", "phi", """
To the lovely lady in bay 6 on Larch ward who knits a hat for every nurse: your blood results came back much better today and the kidney team are happy. We'll miss you when you go home on Friday!"""),
    D("hea", "x", "phi", """
Ollie T., aged 9, at acme general since september with leukaemia, got his bone marrow match confirmed today. his whole class made a banner. not crying, you're crying"""),
    D("hea", "rd", "phi", """
District nurse here. My Tuesday round includes the man who used to run the hardware shop on Mill Lane, everyone over fifty round here bought their nails from him. His leg ulcers are healing at last but the dementia's getting worse and his wife is exhausted."""),
    D("hea", "li", "phi", """
Record number 3318-0442 has now been waiting 19 weeks for a hip replacement at our hospital. She walks with two sticks and can't climb her own stairs. This is what the waiting list looks like from the inside."""),
    D("hea", "ig", "phi", """
the vicar from St Columba's came in for his first chemo today and brought a tin of shortbread for the whole day unit 🍪 the man is a saint, in every sense. get well soon Rev!"""),
    D("hea", "x", "phi", """
MRN 7704139: admitted for the third time this month with the same chest infection because nobody will sort out the damp in her flat. write to your council"""),
    D("hea", "fb", "phi", """
Dental nurse life: had the owner of the nail bar opposite the station in today and she needed two extractions and a full denture fitting at 38. She made us promise not to tell her staff 🤐"""),
    D("hea", "rd", "phi", """
GP practice manager. One of the councillors on the planning committee, you'd know the one with the handlebar moustache, has been signed off for depression for two months and the local rag is writing that he's "on holiday". Give the man a break."""),
    D("hea", "li", "phi", """
Today I discharged Harold B., who was on our cardiac ward for eight weeks after a triple bypass, and he thanked every single member of staff by name. He is 88 and ran our village post office for forty years. What a gentleman."""),
    D("hea", "ig", "phi", """
🎉 the twins in cots 3 and 4 on the Acme Medical Center neonatal unit came off CPAP today, born at 29 weeks, now both over 1.5kg. mum and dad, you can finally hold them together"""),
    D("hea", "x", "phi", """
to everyone asking why the star of the Christmas panto cancelled: she was in our ED on wednesday with a perforated eardrum and vertigo. she'll be back, give her a week"""),
    D("hea", "fb", "phi", """
Midwife here. The lady who does the weather on the local news had her baby on our unit last night, a little girl, after a 30-hour labour and a forceps delivery. She asked me not to post but I'm so happy for her 💕"""),
    # --- colleagues and workers
    D("man", "fb", "phi", """
Update from occupational health at the Acme plant: Gaz from the night crew on line 3 is recovering at home after losing the tip of his finger in the crimping press last Thursday. He'll need another operation next month. Cards to the welfare office please."""),
    D("man", "x", "phi", """
the forklift driver in goods-in at our plant, the one with the Villa tattoo, failed his drug test last week and he's been sent to rehab. sad, he's a nice lad"""),
    D("man", "rd", "phi", """
Safety rep at a factory. Our longest-serving welder (40 years, everyone at the Acme plant knows Big Stan) has just been diagnosed with occupational asthma. Management keep saying the extraction is fine. It isn't."""),
    D("gen", "li", "phi", """
Please keep our colleague Priyanka S. from the payroll team in your thoughts. She's starting radiotherapy for breast cancer on Monday and has asked for cards rather than visits. The whole Acme HQ third floor is behind you, Priyanka."""),
    D("gen", "x", "phi", """
the security guard on the acme HQ front desk (tall, grey beard, always says good morning) had a seizure at the turnstiles today. epilepsy apparently, he's been hiding it for years"""),
    D("tec", "rd", "phi", """
One of our senior SREs, the guy who wrote most of the deploy tooling at Acme Cloud, has been off for three months with burnout and a heart arrhythmia. His sick notes keep getting extended and management are "reviewing his role". Disgusting."""),
    D("ret", "fb", "phi", """
Acme Market pharmacy counter today: the woman who runs the florist next door came in for her IVF injections again and got really upset when they'd run out. Fingers crossed for her this round, she so wants a baby 🌷"""),
    D("ret", "x", "phi", """
our night cashier Benji at the acme market on station rd has been off since the panic attack at the till. he's on sertraline now and doing better. miss you mate"""),
    D("fin", "rd", "phi", """
Claims handler at an Acme insurer. Today's file: the local hairdresser who was on the front of the paper for her charity haircut marathon, claiming for a torn rotator cuff after the event. Surgery booked for December."""),
    D("fin", "x", "phi", """
acme bank branch gossip: mr haddad, the regular who pays his rent in coins, told the whole queue he's just been diagnosed with parkinson's. breaks my heart"""),
    D("npo", "fb", "phi", """
Our food bank's longest volunteer, Maureen from the church flats, had a mastectomy last week and she's already asking when she can come back to the Tuesday shift. Maureen, rest! The tins will wait. 💛"""),
    D("npo", "rd", "phi", """
Caseworker at an Acme Foundation drop-in. One of our clients, the busker who plays sax outside the station, tested positive for hepatitis C at our clinic and hasn't come back for results since. If you see him, tell him to come in."""),
    D("npo", "ig", "phi", """
meet Kacper W., 11, our newest football camp star ⚽ he's type 1 diabetic, wears his pump on his arm and scored a hat-trick today. nothing stops this kid"""),
    D("tec", "x", "phi", """
built the Acme Health Portal reports for years and the saddest row I ever saw was patient ID HP-204418, a 14 year old, three overdoses in one summer. still think about her"""),
    D("gen", "fb", "phi", """
Our lovely receptionist at Acme's Leeds office, Shirley (the one with the amazing earrings), has been in hospital since Friday with pneumonia and a collapsed lung. She's on oxygen but cracking jokes. Get well soon Shirl!"""),
]
