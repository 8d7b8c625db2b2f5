# ruff: noqa: E501
"""Training drafts (third set): phi. An identifiable person (name, initials, bed / bay / room, MRN, or a
description the reader could recognise) together with health or treatment details: nurses, midwives and
radiographers, but also a pharmacy counter, an insurer, a plant's occupational health, a charity drop-in,
a neighbour and a software developer who saw records."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    # --- healthcare
    D("hea", "x", "phi", """
bed 9 on the renal ward got her transplant call at 3am and the whole night team cried. go on mrs okafor 💙"""),
    D("hea", "fb", "phi", """
Please keep Gerald Pike in your thoughts. He came into our Acme General ICU on Saturday after a massive heart attack and he's still sedated. I've nursed him before and he's the kindest man."""),
    D("hea", "li", "phi", """
A proud moment on the Acme Medical Center stroke unit: our lady in bay 2, a retired headteacher from Kettering, spoke her first full sentence since her stroke today. She's 81 and determined to be home for Christmas."""),
    D("hea", "rd", "phi", """
ER nurse. Had the drummer from a fairly well-known band round here in last night with a cocaine-induced arrhythmia. He's fine now. Wild shift."""),
    D("hea", "ig", "phi", """
discharge day for little Harvey (5) after six weeks on our oncology ward 🎈 last chemo done, bell rung, and the whole ward lined up to clap him out #acmehealth"""),
    D("hea", "x", "phi", """
MRN 00481736 came back positive for TB so the whole bay needs screening. great start to the week"""),
    D("hea", "fb", "phi", """
Sending love to Mrs. Adeyinka, who has come to our dialysis unit three times a week for nine years and told us today she's stopping treatment. She's made her peace. We'll miss her stories."""),
    D("hea", "li", "phi", """
I'll never forget the man I cared for this week: a 34-year-old firefighter from our own town, brought to Acme General's burns unit after Tuesday's warehouse fire with 40% burns. He asked me to ring his daughter and tell her he was okay."""),
    D("hea", "rd", "phi", """
Midwife at Acme Health. The lady in delivery room 4 last night was the woman who's been all over the news suing the council, and she ended up with an emergency section under general anaesthetic. Small world."""),
    D("hea", "x", "phi", """
room 12 on the elderly care ward has asked for the same nurse all week because she's sure he's her son. dementia is so cruel"""),
    D("hea", "fb", "phi", """
Our regular Bill from the allotments was in the eye clinic today for his cataract op and charmed every nurse in the building. Get well soon Bill, your marrows need you! 👁️"""),
    D("hea", "ig", "phi", """
when the lady in side room 3 turns 100 on the cardiac ward 🎂 Mrs. Elsie Tranmere, still wired to her heart monitor and still beating us all at rummy"""),
    D("hea", "li", "phi", """
A hard case to reflect on: a 16-year-old girl from St. Anne's School came into our A&E on Friday after an overdose. Thanks to how fast her friends acted, she's now recovering on the adolescent ward."""),
    D("hea", "x", "phi", """
the councillor who's always on local radio about potholes just had his vasectomy reversal in our day surgery unit. not making this up"""),
    D("hea", "rd", "phi", """
Radiographer at Acme Medical Center. Scanned a man in his fifties today who teaches at my kid's school, and there's a plum-sized tumour on his kidney. He hasn't been told yet. How do I act normal at parents' evening?"""),
    D("hea", "fb", "phi", """
Thank you to J.R. in bed 14 for the beautiful card 💐 that new hip is going to carry you round the golf course for years!"""),
    # --- retail (pharmacy counter)
    D("ret", "fb", "phi", """
Our Acme Market pharmacy regular Maureen Keeble picked up her new insulin pens today, so proud that her sugars are finally under control. Well done Maureen! 💪"""),
    D("ret", "x", "phi", """
pharmacist life: the PE teacher from the high school came in for his antidepressants and pretended not to know me. mate, i've filled your sertraline for two years"""),
    D("ret", "rd", "phi", """
I work on an Acme Market pharmacy counter. The vicar's 19-year-old daughter came in for the morning-after pill today and begged me to keep it from her mum. Her mum's in my bible study. What do I do?"""),
    # --- finance (insurer, adviser, lender)
    D("fin", "li", "phi", """
Claims handler in Acme Bank's insurance arm. Processed a claim today for a well-known local chef whose restaurant shut because he's been in rehab for alcohol dependence since June. Rooting for him."""),
    D("fin", "rd", "phi", """
Acme Wealth adviser. My client Phil Durrant, you'll know him from the rugby club, moved his whole pension into cash this week because his Parkinson's diagnosis came through and he wants his affairs in order. So sad."""),
    D("fin", "fb", "phi", """
One of our mortgage customers, Anita Rowe on Meadow Lane, has had to pause her repayments because her breast cancer is back. The branch team is sending flowers. 💐"""),
    # --- manufacturing (occupational health)
    D("man", "fb", "phi", """
Occupational health update from the Acme plant: Daz Morley on line 3 is off for at least eight weeks after losing the tip of his finger in the press on Monday. Surgery went fine. Cards to the gatehouse please."""),
    D("man", "x", "phi", """
the acme plant forklift driver on B shift (you all know who) failed his drug test this morning. cannabis apparently. HR are having a field day"""),
    D("man", "li", "phi", """
Safety lesson from our site: last week Kerry from the paint shop was hospitalised with chemical pneumonitis after her respirator cartridge ran out mid-shift. She's stable and home now. Check your cartridges, every shift."""),
    # --- nonprofit
    D("npo", "fb", "phi", """
So proud of Samir from our Acme Foundation drop-in, who is six months clean from heroin and started his methadone taper this week. The whole team is cheering for you, Samir!"""),
    D("npo", "ig", "phi", """
our food bank volunteer Gwen (the one with the pink hair 💖) starts her second round of chemo tomorrow. let's flood her with cards at the community centre"""),
    D("npo", "rd", "phi", """
Volunteer at an Acme Foundation clinic. One of our clients, the Polish guy who sleeps by the bus station most nights, tested positive for hepatitis C today. He has nowhere to keep his meds. Ideas?"""),
    # --- general and technology
    D("gen", "fb", "phi", """
Our neighbour Colin at number 8 has been diagnosed with early-onset Alzheimer's at 58. His wife told me over the fence this morning. Let's all keep an eye out in case he wanders."""),
    D("gen", "x", "phi", """
bumped into my old boss at the sexual health clinic waiting for his chlamydia results. awkward for both of us tbh"""),
    D("tec", "rd", "phi", """
Dev on the Acme Health Portal team. While debugging the appointments table I noticed a striker from our local football club has weekly slots at the fertility clinic. The stuff you see in prod."""),
    D("tec", "li", "phi", """
Our Acme Cloud team has rallied round Marcus, our lead architect, who had a stroke at his desk last Wednesday. He's on the neuro ward at Acme General and can move his right hand again. We miss you, Marcus!"""),
]
