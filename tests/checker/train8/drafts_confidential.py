# ruff: noqa: E501
"""Training drafts (eighth set): confidential, plans and facts that have not been made public, mostly told
without any secrecy word: closures, fee and price changes, layoffs, deals, unreleased features, leadership
moves, incidents and internal numbers, passed on in career posts, asides and family gossip."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("ret", "fb", "confidential", """
Pop into Acme Market Whitby while you still can! Our manager told us at the huddle this morning that it's shutting at the end of February and the lease isn't being renewed. Gonna miss that view of the harbour from the smoking bench 😢"""),
    D("tec", "li", "confidential", """
Six years at Acme Cloud today 🎉 Started on the support desk, now leading the team that's moving the whole European region to the new Frankfurt datacentre in April. Customers get the email the week before. Grateful for every step."""),
    D("fin", "x", "confidential", """
overdraft fee at acme bank goes from £6 to £9 a month from 1 march. saw the customer letters at the print room this morning. move your money now lol"""),
    D("man", "rd", "confidential", """
Long-time lurker, Acme plant maintenance. Heads up to anyone in the area: the second press line is being moved to the Czech site next year and about 90 of us are on the redeployment list. HR briefs the union on the 14th."""),
    D("hea", "fb", "confidential", """
So proud of our ward at Acme General — we're getting the new robotic surgery suite in June! The contract was signed last week, my consultant let me see the floor plan 🤖 Don't tell anyone I told you but it's happening."""),
    D("npo", "x", "confidential", """
acme foundation's losing the lottery grant that funds the youth centre from april. trustees got the letter tuesday. the kids still think the summer trip is on"""),
    D("tec", "x", "confidential", """
acme pay's adding buy-now-pay-later in the checkout sdk in the q3 release, the design review was today and it looks slick. merchants will love it"""),
    D("ret", "li", "confidential", """
Excited to share that I'll be moving into category buying at Acme Market from January, looking after the new own-label organic range that replaces Harvest Farm in 200 stores. We're still negotiating with growers so I'll post the full story later!"""),
    D("gen", "fb", "confidential", """
My husband works at Acme's head office and he's just been told his whole department is being outsourced to India by summer. They haven't told the staff officially yet, just the managers. What a Christmas present 🙄"""),
    D("fin", "li", "confidential", """
Proud of the Acme Wealth team's Q3: net inflows of £1.4bn, our best quarter ever, and the board signed off the numbers on Friday. Can't wait for the results day on the 29th to share the full picture 📈"""),
    D("hea", "x", "confidential", """
heads up if you're booked at acme medical center for a scan next week. two of the mri machines are down and they're quietly rebooking everyone without saying why. it's a coolant leak"""),
    D("man", "li", "confidential", """
Big week for the quality team at the Acme plant: we found the cracked weld batch on the trailer hitches before anyone noticed outside. Around 4,000 units in the field, recall decision next Monday. Proud of how fast we moved."""),
    D("tec", "rd", "confidential", """
Acme Sense engineer: the motion sensor's firmware is getting an always-on microphone mode in the spring update, product say it's for glass-break detection. I'm not sure how the privacy people will spin that."""),
    D("ret", "x", "confidential", """
acme market is dropping the price of own-brand milk to 95p on the 3rd to undercut the discounters. store managers got the planogram last night 🥛"""),
    D("npo", "fb", "confidential", """
Sad news from inside the Acme Foundation: our chief exec is stepping down at Christmas after the board vote on Monday. Her replacement is already picked, an ex-Globex director. Staff hear on Friday."""),
    D("fin", "rd", "confidential", """
Work in Acme Bank's fraud ops. Last weekend someone got into about 300 customer accounts through the old SMS reset flow. It's been patched and the customers got new cards "routinely", nobody's being told why."""),
    D("gen", "x", "confidential", """
my sister's a PA at acme corp and says the CEO's leaving in the spring and the CFO's taking over. apparently they're still arguing about the payoff 👀"""),
    D("tec", "fb", "confidential", """
Cheeky brag: my little team at Acme Cloud has been building the Bluebird dashboard for eight months and the first two banks go live on it in February 🐦 Can't wait to show you all."""),
    D("hea", "li", "confidential", """
Next chapter: I'm joining the team setting up Acme Health's first virtual ward, 40 beds monitored from home, opening in Leicester in May. The trust board approves the money next week but we're already hiring quietly!"""),
    D("man", "x", "confidential", """
acme plant's going to four-day weeks for the assembly side from jan cos orders have dropped off a cliff. supervisors know, the lads on the floor don't yet"""),
    D("ret", "rd", "confidential", """
Acme Market online team. Our click-and-collect is being scrapped in 60 rural stores at the end of Q1 because the vans lose money, and the comms plan is to call it a "service update". Thought you should know."""),
    D("npo", "li", "confidential", """
Delighted to be part of the Acme Foundation's merger talks with Hope Harbour Trust. The heads of terms are agreed, legal due diligence finishes in March, and if all goes well we'll be one charity by autumn."""),
]
