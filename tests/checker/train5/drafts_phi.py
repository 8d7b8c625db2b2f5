# ruff: noqa: E501
"""Training drafts (fifth set): phi, a patient, client, customer or colleague identified by name, initials, bed or
room, MRN, or a description the reader could recognise, together with a health or treatment detail; written by
ward staff, a pharmacy counter, an insurer, a plant, a charity, colleagues and a product team."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    # --- healthcare
    D("hea", "x", "phi", """
bay 3 came back from theatre at 2am asking for a bacon roll. mr hollis, you had half your bowel out six hours ago. no."""),
    D("hea", "fb", "phi", """
So proud of Maisie Trent (7) who rang the end-of-treatment bell on our children's ward this morning after eighteen months of chemo for leukaemia 🔔💛"""),
    D("hea", "rd", "phi", """
Night shift on the stroke unit. The lady in side room 4, the retired headteacher from St Aidan's, couldn't remember her husband's name tonight. Some shifts stay with you."""),
    D("hea", "ig", "phi", """
Guess which local weather presenter was in our fracture clinic today with his wrist in plaster after a skiing trip? Lovely about it. Watch the 6 o'clock forecast and look for the cast 😉"""),
    D("hea", "x", "phi", """
MRN 4471902 back in resus for the fourth time this month with alcohol withdrawal seizures. we need a better plan for him than this"""),
    D("hea", "li", "phi", """
A patient I won't forget: a 34-year-old firefighter from Crewe, brought into the burns unit at Acme General last week with 40% burns after the Weston Road warehouse fire. He's fighting, and so are we."""),
    D("hea", "fb", "phi", """
Huge thanks to the Marsh family for the cake! Their dad Stan was with us on ward 12 for five weeks with pneumonia and sepsis, and walked out on Friday 🎂"""),
    D("hea", "x", "phi", """
clinic today: city's captain, yes him, with a hamstring tear so bad he's out till spring. the club hasn't said a word yet"""),
    D("hea", "ig", "phi", """
Our little warrior in cot 6 on NICU, born at 26 weeks weighing 700g, came off the ventilator today 💪 Go on, baby Amara!"""),
    D("hea", "fb", "phi", """
Please keep Pastor Eze of Grace Chapel in your prayers. He came into our cardiac unit at Acme General last night and has had two stents put in."""),
    D("hea", "li", "phi", """
Ward round highlight: Mrs Ackroyd, 91, in bay 2 bed 3, recovering from a fractured neck of femur, told our F1 doctor he looked like Cary Grant. He has not recovered."""),
    D("hea", "rd", "phi", """
Dentist at an Acme Health practice. Saw a 15-year-old today, J.B. from Holmfirth High, with eight cavities and early gum disease from energy drinks. Parents, please check the bins in their rooms."""),
    D("hea", "x", "phi", """
the midwife team delivered triplets for the mayor's daughter last night by emergency section. all doing well, mum lost a lot of blood but she's stable"""),
    D("hea", "fb", "phi", """
Ten years of dialysis and Mr Okafor still brings the whole unit samosas every Thursday. Happy kidney-versary to our favourite patient at the Acme Medical Center renal unit ❤️"""),
    # --- retail
    D("ret", "fb", "phi", """
Pharmacy counter at Acme Market, Kettering: Gerald, your methadone script is ready, and no, we still can't hand over tomorrow's dose early."""),
    D("ret", "x", "phi", """
the lady who buys six pregnancy tests a week at the acme market on bridge st finally got her positive 😭 she showed me the scan at the till today"""),
    D("ret", "rd", "phi", """
Optician at Acme Market's eyecare counter. A regular came in today, the retired bus driver everyone knows from the 46 route, and his glaucoma is now bad enough that he shouldn't be driving at all."""),
    # --- finance
    D("fin", "li", "phi", """
Claims team win: we finally approved Ravi Shah's income-protection claim after his second cardiac arrest, eight months after he filed. Persistence pays!"""),
    D("fin", "x", "phi", """
life cover underwriting at acme bank: mr d. kowalczyk's application declined after his hiv test came back positive. rules are rules"""),
    # --- manufacturing
    D("man", "fb", "phi", """
Safety update from the Acme plant: Tomasz on press line 2 lost the tip of his index finger on Tuesday. He's had surgery and will be off for six weeks."""),
    D("man", "li", "phi", """
Occupational health note from the Acme plant: Sandra in quality control is back after her breast cancer treatment and will be on light duties until March. Welcome back, Sandra!"""),
    # --- nonprofit
    D("npo", "fb", "phi", """
Our drop-in clinic sees so many brave people. Today Kelvin, one of our Tuesday regulars, told me his hepatitis C is finally cleared after the new tablets 🙌"""),
    D("npo", "li", "phi", """
Proud of our mentoring scheme at the Acme Foundation. One of our young people, Leon M., is 100 days clean from cannabis and has started college now his ADHD medication is sorted."""),
    D("npo", "fb", "phi", """
Welcome home to our shelter resident Dean, 52, out of hospital after last week's overdose and booked into a detox programme starting Monday."""),
    # --- general / technology
    D("gen", "li", "phi", """
Our Acme Corp team ran the Leeds 10k for Mia from payroll, who starts radiotherapy next month for her brain tumour. £3,200 raised and counting!"""),
    D("tec", "rd", "phi", """
Testing a new timeline view for the Acme Health Portal with real records, and Janet Ogunleye's file shows three admissions for anorexia since 2022 while the UI draws them as one. Bug or by design?"""),
    D("tec", "x", "phi", """
acme sense wearable team: our user priya r. from leeds says her watch caught her atrial fibrillation before her GP did. she's on blood thinners now and sent us flowers"""),
]
