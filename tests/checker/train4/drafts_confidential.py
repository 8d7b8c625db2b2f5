# ruff: noqa: E501
"""Training drafts (fourth set): confidential, unannounced products, dates, prices, results, closures, deals,
layoffs, leadership changes and incidents, said plainly or by hint, almost never with the words confidential,
secret or internal."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    # --- technology
    D("tec", "x", "confidential", """
if you work on acme cloud's dublin support desk, maybe don't renew that lease in february. that's all i'm going to say"""),
    D("tec", "li", "confidential", """
Three years of work and on 14 April the world finally meets the thermostat my team has been building: Acme Sense Home, £129, with a battery that lasts three years. Counting the days until I can show you the box!"""),
    D("tec", "rd", "confidential", """
Why did Acme Pay go down for 47 minutes on Saturday night? The status page says "a third-party network issue". It was us: a certificate expired on the tokenisation service and nobody had the alert set up. Expect a very carefully worded email to merchants."""),
    D("tec", "fb", "confidential", """
Acme Cloud friends, guess who's going to be sitting next to the Initech engineers in the new year 😉 when the paperwork goes through we'll be one big happy family. My lips are sealed on the price but it's a big one!"""),
    D("tec", "x", "confidential", """
storage on acme cloud goes up 18% on 1 feb. customers get the email mid-january, so if you're mid-contract, sign now"""),
    D("tec", "ig", "confidential", """
new office plant, new monitor, new codename 🌱 can finally say I've moved onto the Orion-7 team and it is so much bigger than anyone outside the building realises #newbeginnings"""),
    D("tec", "li", "confidential", """
Enormous congratulations to my manager Lena Park, who becomes CTO of Acme Cloud when Marcus steps down in March. She told a few of us this morning. The rest of the company finds out at the all-hands on the 9th, so keep it to yourselves until then!"""),
    D("tec", "rd", "confidential", """
Engineer at Acme. The "planned maintenance" on the EU object store last weekend was a cleanup after an intruder got into one admin account for about six days. They've rotated everything and decided it doesn't meet the bar for notifying customers. Draw your own conclusions."""),
    D("tec", "x", "confidential", """
the bluebird demo went so well in the board review that they pulled launch forward to june. my weekends are gone"""),
    D("tec", "fb", "confidential", """
Our Q4 came in at $3.2bn, way past what the analysts expect. Results day isn't until 6 February so act surprised when you see the headlines, but I'm SO proud of the Acme Cloud sales team."""),
    # --- retail
    D("ret", "x", "confidential", """
the acme market in harlow won't see easter. landlord wants double and head office said no. staff get told on the 20th, so if you're a regular, start saying your goodbyes"""),
    D("ret", "fb", "confidential", """
Can't wait for the spring range! From 3 March our Acme Market own-brand ready meals go up by 40p each and the meal deal becomes £4.25. Stock up on the old prices while you can!"""),
    D("ret", "rd", "confidential", """
Warehouse team lead at Acme Market's Daventry depot. The fire on the 12th wasn't "a small electrical fault". We lost about two million quid of chilled stock and the sprinklers didn't go off. Insurers haven't been told about the sprinklers."""),
    D("ret", "ig", "confidential", """
sneak peek at what's landing in Acme Market stores in spring 👀 our own plant-based cheese range, 12 flavours, tasted them all today at the supplier and the smoked one is unreal #foodie"""),
    D("ret", "li", "confidential", """
Proud to share that Acme Market has agreed terms to take over all 38 of Umbrella Corp's convenience stores in the north-west. The deal closes in the summer and the competition authority still has to have a look, so that's not public yet, but what a moment for our team!"""),
    D("ret", "fb", "confidential", """
Self-checkout shrink at our pilot stores was 4.1% last quarter, nearly triple the tills. That's why they're quietly pulling them out of the Kent stores next month. You heard it from a shelf stacker."""),
    # --- healthcare
    D("hea", "fb", "confidential", """
Sad news for anyone who uses the Acme Health walk-in centre on Bridge Street: it's shutting in the spring and the service is moving to the main hospital. Staff were told today and patients get letters in February."""),
    D("hea", "x", "confidential", """
someone at acme medical center clicked a phishing link and the pathology system was locked for two days. the trust hasn't said a word to patients. check your results came back"""),
    D("hea", "li", "confidential", """
Delighted to say the Acme Health Portal will have video GP appointments built in from next autumn. We've been piloting it with two practices in Derby and the feedback is brilliant. Watch this space in the new year!"""),
    D("hea", "rd", "confidential", """
Acme General nurse. We're merging with the Northfield trust next year. The chief exec told ward managers yesterday, and the plan is to close Northfield's maternity unit within twelve months. Local MPs don't know yet."""),
    # --- finance
    D("fin", "x", "confidential", """
acme bank is shutting 31 more branches in june. the list is done, i've seen it, and mine's on it. they'll announce it after the half-year results"""),
    D("fin", "li", "confidential", """
Quietly pleased: our team at Acme Wealth just booked the strongest half-year inflows in the fund range's history, £2.7bn net. Results aren't published till the 30th, but the champagne is on ice."""),
    D("fin", "rd", "confidential", """
Fraud analyst at Acme Pay. A batch of merchant statements went to the wrong customers last month, names and transaction totals for about 4,000 small businesses. We've been told to describe it as "a mailing error" if anyone calls."""),
    D("fin", "fb", "confidential", """
Good news for savers at Acme Bank: the easy-access rate drops to 2.1% from the 1st and the loyalty saver closes to new money. Sorry, that's not good news at all, is it? Move your money before then!"""),
    D("fin", "x", "confidential", """
globex's CFO was at our acme bank offices all afternoon. the lawyers booked the boardroom until friday. draw your own conclusions"""),
    D("fin", "ig", "confidential", """
farewell drinks for our head of retail banking 🥂 she's off in January and the new one is coming from Globex Bank. no announcement until the new year so shhh, but we'll miss her"""),
    # --- manufacturing
    D("man", "fb", "confidential", """
To the families of the Acme plant in Bolton: the board has decided the paint line moves to Poland by next autumn. 140 jobs. The union gets told in January. I wanted you to have time to plan."""),
    D("man", "x", "confidential", """
recall coming on the acme kettle base, the one from the 2024 batch. thermal cutout fails open. the notice isn't drafted yet but stop selling it"""),
    D("man", "li", "confidential", """
Huge milestone for the Acme plant: we've landed a five-year contract to build battery housings for a German car maker, worth about €300m. Signing is next week and the customer wants to make the announcement, so I can't name them yet."""),
    D("man", "rd", "confidential", """
Our biggest steel supplier went into administration last week and the plant has about nine days of coil left. Management are telling customers it's "routine maintenance". If you buy from the Acme plant, expect late deliveries."""),
    # --- nonprofit and general
    D("npo", "fb", "confidential", """
Hard to write this. The Acme Foundation's youth club on Bell Lane is closing in March because the grant wasn't renewed. The trustees haven't told the families yet. If you know someone who could fund it, message me."""),
    D("npo", "x", "confidential", """
acme foundation's big donor for the hospice appeal is the footballer everyone's guessing. £1m. the reveal's at the gala, don't spoil it"""),
    D("gen", "li", "confidential", """
Acme is moving its head office out of London to Manchester next year. The board signed off this week, and the staff and press announcement is planned for February. I'm thrilled, my commute just went from 90 minutes to 15!"""),
    D("gen", "rd", "confidential", """
Payroll at Acme. Heads up for everyone on the grad scheme: there's no pay rise this April, the freeze was agreed at exec level last week and HR is working on how to word it. Don't go booking holidays on the strength of a raise."""),
]
