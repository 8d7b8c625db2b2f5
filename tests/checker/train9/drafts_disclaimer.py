# ruff: noqa: E501
"""Training drafts (ninth set): disclaimer, an author who says in the text that they work at Acme (or one of its
units) judging their industry, a competitor, a public policy or a public controversy, with no "views are my own"
and nothing else wrong."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Platform engineer at Acme Cloud here. Every four-day-week trial I've read about says the same thing: output holds, burnout falls. The tech industry's attachment to the five-day week is pure habit and it's costing us good people."""),
    D("ret", "x", "disclaimer", """
acme market cashier here and the carrier bag charge has done nothing. people just buy a new bag for life every single week. worst green policy going"""),
    D("hea", "li", "disclaimer", """
As a GP at Acme Health, I think the government's new rule that every patient must get an appointment at the first call is unworkable. It sounds lovely in a press release and it means nothing without more GPs."""),
    D("fin", "li", "disclaimer", """
Mortgage adviser at Acme Bank, eleven years in. Help to Buy was a mistake: it pushed up new-build prices, padded housebuilders' margins and left first-time buyers owing more for smaller homes."""),
    D("man", "li", "disclaimer", """
Line supervisor at the Acme plant, 22 years on the shop floor. Every government in my working life has talked about "rebalancing the economy" and none of them has backed British manufacturing with anything more than a hard hat photo op."""),
    D("npo", "x", "disclaimer", """
fundraiser at the acme foundation. the big charities' door-to-door sign-up tactics give the whole sector a bad name and make our job twice as hard"""),
    D("tec", "x", "disclaimer", """
i design the acme sense cameras and globex's new doorbell is a privacy disaster. uploading every passer-by's face to their cloud by default is indefensible"""),
    D("gen", "fb", "disclaimer", """
I work in Acme Corp's HR team and I'll say it: the train drivers' strikes are completely justified. Nobody should have to accept a real-terms pay cut three years running."""),
    D("fin", "x", "disclaimer", """
backend dev at acme pay. after five years in payments i'm convinced crypto has no real use case apart from speculation and crime"""),
    D("hea", "x", "disclaimer", """
nurse at acme medical center for 14 years. the assisted dying bill should pass. i've seen too many people die badly to think otherwise"""),
    D("ret", "li", "disclaimer", """
Buyer at Acme Market. Loyalty-card pricing across the supermarket industry has gone too far: if the "real" price only exists for people who hand over their data, it's not a discount, it's a surcharge on everyone else."""),
    D("tec", "rd", "disclaimer", """
I'm a data scientist at Acme Cloud and I think AI coding assistants are making junior developers worse. They ship faster and understand less. The industry is going to pay for that in about five years."""),
    D("man", "x", "disclaimer", """
quality engineer at the acme plant. initech's pressure sensors are the least reliable on the market, we've binned more of theirs than everyone else's combined"""),
    D("fin", "li", "disclaimer", """
Compliance analyst at Acme Wealth. The FCA's Consumer Duty has turned into a box-ticking exercise: thousands of pages of board reports and not one customer any better off."""),
    D("npo", "li", "disclaimer", """
Volunteer manager at the Acme Foundation. Charging volunteers for their own background checks is a tax on kindness, and the policy should be scrapped."""),
    D("hea", "fb", "disclaimer", """
I'm a pharmacist at Acme Health and the sugar tax is one of the few public health policies that actually worked. Extend it to milkshakes and stop listening to the lobbyists."""),
    D("gen", "x", "disclaimer", """
acme corp comms team here. the tv licence fee is outdated and should be scrapped, nobody under 30 watches live tv"""),
    D("tec", "li", "disclaimer", """
Security lead at Acme Cloud. Umbrella Corp's handling of their breach last month was shameful: three weeks of silence, then a blog post blaming a "third-party vendor". Customers deserve better from anyone in this business."""),
    D("ret", "fb", "disclaimer", """
I manage an Acme Market store in Hull and the ban on selling energy drinks to under-16s is long overdue. I've watched kids buy three cans on the way to school."""),
    D("man", "li", "disclaimer", """
Second-year apprentice at the Acme plant. The government is pushing T-levels hard but for a practical trade they are nowhere near as good as a proper apprenticeship, and schools should stop pretending otherwise."""),
]
