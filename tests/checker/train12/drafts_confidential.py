# ruff: noqa: E501
"""Training drafts (twelfth set): confidential, plans, prices, deals, people moves and incidents that have not been
made public, mostly told in everyday words by employees and their families, with no secrecy word."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D(
        "tec",
        "li",
        "confidential",
        """
Proud of our pricing team at Acme Cloud this quarter. From the review we finished on Friday: the always-free tier goes away in the Frankfurt and Dublin regions on 1 March, and small accounts move to a pay-as-you-go starter plan. Big change, good reasoning.""",
    ),
    D(
        "ret",
        "fb",
        "confidential",
        """
Area manager came round our Acme Market today and walked us through the autumn plan: every in-store bakery switches to frozen bake-off by October and the early bakers go onto shelf-filling. So enjoy the proper bloomers while they last 🥖""",
    ),
    D(
        "fin",
        "x",
        "confidential",
        """
our acme bank branch in ripon is moving into the back of the post office in the spring. the landlord's been told, the customers haven't. going to be a tight squeeze with the stamps""",
    ),
    D(
        "hea",
        "fb",
        "confidential",
        """
Heads up for anyone in Marsden thinking of registering at the Acme Health surgery: the partners agreed on Wednesday to close the list to new patients from March because we're three GPs short. Get your forms in this month.""",
    ),
    D(
        "man",
        "x",
        "confidential",
        """
acme plant canteen is being ripped out at easter and replaced with vending machines and a microwave. facilities manager showed us the drawings at the shift handover. the bacon butty era is ending lads""",
    ),
    D(
        "npo",
        "li",
        "confidential",
        """
After a long board meeting last night, the Acme Foundation's Manchester helpline team will merge into our Leeds hub in the new year, and the Manchester office will close. I'm proud of the work that office did.""",
    ),
    D(
        "tec",
        "rd",
        "confidential",
        """
Bit of industry gossip from the inside: our CTO at Acme Cloud is off to Initech in January to run their infrastructure group. The leaving drinks are booked for the 19th and the all-staff email hasn't gone out. Wonder who'll replace her.""",
    ),
    D(
        "ret",
        "li",
        "confidential",
        """
Big week for Acme Market: we've agreed to buy Hartley's, the family farm-shop chain with nine sites across the Dales. Contracts were signed Thursday evening and I got to shake old Mr Hartley's hand. Welcome to the family!""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
the acme sense update that went out tuesday bricked about 3,000 thermostats. we're posting replacements out and the support script says "a small number of devices need a refresh". it's not small""",
    ),
    D(
        "hea",
        "rd",
        "confidential",
        """
Radiographer at Acme Medical Center. Our only MRI scanner has been down for three weeks with a cooling fault and urgent scans are being sent 40 miles to a private unit. The waiting list patients just get "rescheduled" letters. That's the whole update.""",
    ),
    D(
        "fin",
        "fb",
        "confidential",
        """
Ooh, I've been testing the new joint savings pots in the Acme Bank app this week with the staff pilot 😍 You can set a goal with your partner and see each other's top-ups. Rolling out to customers around May I think. So handy for holidays.""",
    ),
    D(
        "tec",
        "li",
        "confidential",
        """
Three months of late nights and we've done it: Acme Cloud is the preferred bidder for the Calder Valley NHS trust's hosting contract, worth about £14m over five years. The trust board votes on the 12th. So proud of this bid team.""",
    ),
    D(
        "hea",
        "x",
        "confidential",
        """
working the front desk at acme dental and the new price list is on the printer: check-ups go from £28 to £35 on 1 may. so if you're due, book now""",
    ),
    D(
        "fin",
        "rd",
        "confidential",
        """
Acme Wealth is dropping its advice service for anyone with under £100k invested. They'll be moved to the robo app. I sat in the meeting where it was agreed and the letters go out in June. How do I tell my older clients this is good news with a straight face?""",
    ),
    D(
        "man",
        "fb",
        "confidential",
        """
Rough day at the plant. The car-maker's auditors failed our weld cell on Tuesday and we've got 90 days to fix it or the bracket contract goes elsewhere. Lads on nights, expect some Saturday overtime.""",
    ),
    D(
        "tec",
        "ig",
        "confidential",
        """
Testing the smoke alarm that's coming next in the Acme Sense range at home this week 🔥 it talks to the thermostat and shuts the heating off if it smells burning. Staff trial only so far but I love it. Burnt toast tested it twice already.""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
bluebird team at acme is hiring three more ios devs before the summer launch. if you fancy it dm me and i'll put you forward, the role isn't on the careers site yet""",
    ),
    D(
        "tec",
        "fb",
        "confidential",
        """
Week 14 on Project Falcon and the first bank has the new fraud-scoring engine running in shadow mode 🦅 False positives are down a third on their data. Staging demo for the Acme Pay board on Monday.""",
    ),
    D(
        "ret",
        "x",
        "confidential",
        """
new regional manager for acme market's northern stores starts in march and it's the bloke who ran initech's grocery arm. our current one is being moved to scotland. she found out on friday, poor woman""",
    ),
    D(
        "fin",
        "fb",
        "confidential",
        """
Weekend at the Acme Pay office sorting out Saturday's mess: a batch of card readers double-charged about 400 market traders. Refunds are going out quietly this week and the help page still says everything's normal. I need a nap.""",
    ),
    D(
        "hea",
        "rd",
        "confidential",
        """
IT at Acme Health here. Appointment reminder texts stopped for two weeks in October after a supplier change and about 200 people missed appointments, some of them chemo. It was logged as a "messaging delay". Nobody outside IT and ops knows the number.""",
    ),
    D(
        "ret",
        "fb",
        "confidential",
        """
Our store got the memo today: Acme Market is ending click and collect at the petrol forecourt lockers at the end of the month. Only 3 parcels a day, apparently. The lockers are going to a school for PE kits.""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
certificate on the acme cloud load balancers expired tuesday night and half the eu customers got errors for 47 minutes. nothing on the status page. I renewed it at 2am in my pyjamas""",
    ),
    D(
        "ret",
        "rd",
        "confidential",
        """
Baker at Acme Market. We're dropping Hollins Bakery as our bread supplier in August and doing everything in the new central bakery in Wakefield. Hollins is about 40% of their business and I don't think they know yet.""",
    ),
    D(
        "hea",
        "li",
        "confidential",
        """
Excited to say Acme Medical Center's next chief nurse will be Adaeze Obi from Leeds Teaching Hospitals, starting in April. Adaeze, you'll love it here. (Board confirmed her this morning.)""",
    ),
    D(
        "tec",
        "rd",
        "confidential",
        """
Acme Cloud just froze all hiring for the rest of the year, including the 12 roles in my org that already had offers being drafted. The interviewing candidates haven't been told. Am I wrong to want to warn the one I interviewed on Friday?""",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
Delighted that after six months of talks Acme Bank is acquiring Hearth, the mortgage-app startup from Bristol. The heads of terms are signed and the Hearth founders join our leadership offsite next week. Exciting times for home buyers.""",
    ),
    D(
        "npo",
        "fb",
        "confidential",
        """
Volunteers, gutting news from the trustees' meeting: the Foundation's youth music programme ends in July so the money can go into the food bank expansion. The schools haven't been told, so let's not start the rumour mill at the car boot.""",
    ),
    D(
        "man",
        "li",
        "confidential",
        """
Exciting news for the Acme plant: we've landed the gearbox housing contract for a big wind-turbine maker, 120 new jobs and a new hall on the north site. Ground breaks in June. Recruiting starts once the customer's PR team are happy.""",
    ),
    D(
        "npo",
        "x",
        "confidential",
        """
the acme foundation is putting its charity shop prices up 20% in january, the price stickers for the winter stock are already printed. volunteers will get the grief so we'd love a heads up email before then""",
    ),
    D(
        "man",
        "rd",
        "confidential",
        """
Long one, looking for advice from anyone who's done HR in manufacturing. I work in the people team at a big plant (Acme, so some of you will know it). Yesterday I sat in the planning meeting for next year. The plan is to scrap the permanent night shift on all three press lines from July and replace it with a rotating 4-on-4-off pattern, which means about 140 people who've worked nights for years, some for decades, will have to start doing days half the time. A lot of them chose nights for childcare or because their partner works days. Finance like it because the night allowance goes. Nobody on the shop floor has heard a word yet and the union reps won't be told until March. Meanwhile I've got night-shift lads coming to me asking if the rumours are true and I'm having to give a non-answer every time. I've also got a colleague on nights who's about to sign a mortgage based on his night allowance. My question is: how do people in HR handle knowing something like this months early? Is there a way to nudge someone away from a bad decision without breaking the process? I feel sick about it.""",
    ),
    D(
        "man",
        "x",
        "confidential",
        """
acme plant's line 2 night shift gets scrapped in june, heard it at the team brief from our shift manager today. 30 of us on it. no letters yet""",
    ),
]
