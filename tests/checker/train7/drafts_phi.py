# ruff: noqa: E501
"""Training drafts (seventh set): phi, someone a reader could identify in a community, workplace or family
(a named colleague, a regular customer, a neighbour, a choir member, a local figure) together with a health
detail, mostly told without hospital vocabulary, by the people who happen to know it."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("gen", "fb", "phi", """
Please keep Bev from the corner shop on Dale St in your thoughts, she's just started chemo for breast cancer and she's STILL opening up at 7 every morning. Pop in and say hi 💕"""),
    D("man", "li", "phi", """
Shoutout to Dougie Frampton on the night-shift forklift crew, back on the trucks three months after the stroke that took his speech for a few weeks. Still telling everyone how to stack a pallet. Acme plant legend 💪"""),
    D("ret", "x", "phi", """
kev (if you shop at the hartley rd acme market you know kev, two bottles of gin every morning at 8) is back from rehab apparently. his wife told the whole queue. anyway he bought a lemonade today 🍋"""),
    D("tec", "rd", "phi", """
My team lead at Acme Cloud has been off five weeks and people keep DMing me to ask why. Fine: Priya is having a really bad bipolar episode and is on new meds. Please stop messaging her about the migration, it can wait."""),
    D("npo", "fb", "phi", """
Volunteer spotlight 🌟 Meet Harold, 82, who has driven our food parcels round Ashby every Tuesday for nine years. His Parkinson's is getting worse but he flatly refuses to hand over the van keys. Never change, Harold."""),
    D("fin", "li", "phi", """
Our longest-standing customer, Mrs Edna Pickford, came into Acme Bank Kettering today to close her late husband's account. She told me quietly that she's been diagnosed with dementia and her daughter will be handling things from now on. One of those days."""),
    D("gen", "x", "phi", """
finally found out why there's always an ambulance outside no. 14. the lad's had epilepsy since he was small and the fits got worse this year. 19 and can't drive, can't work. gutted for him"""),
    D("gen", "ig", "phi", """
Get well soon to our keeper Tom Reid 🧤 who ruptured his ACL against Brierley Rovers on Saturday. Op is booked for February, out for the rest of the season. Sunday mornings won't be the same without the shouting."""),
    D("hea", "rd", "phi", """
Receptionist at a GP surgery. The vicar of St Luke's was in for his HIV test today and half the waiting room recognised him. He was so dignified about it. I just hope the result is kind to him."""),
    D("ret", "fb", "phi", """
Little win on the pharmacy counter at Acme Market Holloway today: lovely Mr Adeyemi, who does the crossword by the tills every morning, picked up his first insulin pens and a new glucose meter. So proud of him for finally sorting his sugars 💪"""),
    D("man", "x", "phi", """
ravi on line 3 has been deaf in his left ear since the press went off next to him in june. that's why he doesn't answer you. he's not being rude. walk round to his right side."""),
    D("npo", "li", "phi", """
Six months clean from heroin today for Danny, the lad with the harmonica outside the Bridge Street Tesco, who has been staying in our hostel since March. Proudest I've been in this job."""),
    D("tec", "x", "phi", """
the guy in our acme sense squad with the mullet came back from his "sabbatical" and it was an eating disorder programme. so we're all being extremely normal about the pizza friday thing"""),
    D("fin", "fb", "phi", """
Janet, our mortgage adviser at Acme Bank Leek, is off this fortnight after losing her baby last week. Please be patient with appointment times, the team is a person down and she'll need a gentle welcome back."""),
    D("gen", "fb", "phi", """
PTA news: Mrs Hale from Year 4 won't be running the tombola this year as she's having her hysterectomy on the 3rd. There's a card in the school office if you want to sign it! 💐"""),
    D("hea", "li", "phi", """
Lovely moment at our Acme Dental practice in Sowerby Bridge: Gemma, the singer from the Black Lantern pub band, had her new dentures fitted after years of bulimia wore her teeth away. She smiled at herself in the mirror and cried. So did I."""),
    D("ret", "ig", "phi", """
our saturday girl Chloe is back at Acme Market Wrexham after finishing her anorexia treatment and she is GLOWING ✨ we missed you so much lovely"""),
    D("man", "fb", "phi", """
Card for Pete Sandford in maintenance is at the gatehouse. He's had a breakdown since the divorce and he's on antidepressants now, so no wisecracks when he's back on the tools please lads."""),
    D("hea", "x", "phi", """
third call to the florist's on Lambourne St this month. her husband's sugars crashed again and he went over in the shop. someone needs to look at what he's taking because this isn't working"""),
    D("npo", "x", "phi", """
altos, we're one down: maureen patel had a stroke on thursday and can't get her words out yet. she'd hate a fuss so just sing loud for her on sunday 🎶"""),
    D("fin", "rd", "phi", """
I process protection claims for Acme Wealth. Today's claimant was the lollipop man outside Westfield Primary, hand tremor for a year that turns out to be early-onset Parkinson's. Every family in that town knows him. Rough one."""),
    D("gen", "fb", "phi", """
Cousin Aoife asked me to let everyone know she's home from Cork and doing grand after the lumpectomy. No visitors till Saturday please, she's wrecked and the stitches are sore. Flowers welcome though 🌷"""),
    D("ret", "x", "phi", """
the guy who keeps nicking bread from the mill lane acme market has schizophrenia and he's stopped taking his meds, our security lad knows his family. be kind if you see him, he's not well"""),
    D("man", "li", "phi", """
Six weeks after losing two fingers in the guillotine, our apprentice Callum Reeves is back in the stores office and learning to write with his left hand. If that's not resilience I don't know what is. #AcmePlant"""),
    D("tec", "fb", "phi", """
Birthday drinks for Sam from the Acme Cloud support desk have moved to the cafe on Market St instead of the Feathers. He's four months sober and we'd like to keep it that way 🍰☕"""),
    D("hea", "fb", "phi", """
Our physio Ben at the Acme Health clinic in Otley has been treating Olympic rower Liv Carter's slipped disc since June, and she's back on the water next week! 🚣‍♀️ What a comeback."""),
    D("npo", "ig", "phi", """
Massive thanks to Ted from the allotment society for this lot 🧅🥕 He's been going through prostate cancer treatment all summer and still grew the best veg on the whole site. Donating the lot to our pantry."""),
    D("fin", "x", "phi", """
teller life: the man who runs the chippy on Fore St came in to set up power of attorney for his wife. early alzheimer's, she's 58. he held it together till the car park"""),
]
