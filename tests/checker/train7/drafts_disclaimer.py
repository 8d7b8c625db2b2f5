# ruff: noqa: E501
"""Training drafts (seventh set): disclaimer, a currently employed, identified Acme employee judging the
industry, the market, a competitor, public policy or a public controversy, with no disclaimer."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Eight years at Acme Cloud and I'll say it: most "AI-powered" products in our space are a spreadsheet with a marketing budget. The industry should be embarrassed by what it's selling."""),
    D("fin", "x", "disclaimer", """
working at acme bank has taught me one thing: the new open banking rules were written by people who have never met an actual customer"""),
    D("ret", "fb", "disclaimer", """
Speaking as a store manager at Acme Market: the sugar tax is a joke. It's made nobody thinner and everybody poorer, and the ministers who pushed it should try running a till for a week."""),
    D("hea", "rd", "disclaimer", """
Nurse at Acme General. Agency staffing is bleeding the health service dry and every trust board knows it. The government needs to cap agency rates yesterday."""),
    D("man", "li", "disclaimer", """
Production lead at the Acme plant. Globex's claim that their panels are "zero waste" is nonsense, I've seen their scrap skips at every trade show we've both exhibited at."""),
    D("npo", "x", "disclaimer", """
i fundraise for the acme foundation and the big charities' chuggers on every high street are an embarrassment to the whole sector. stop it"""),
    D("tec", "x", "disclaimer", """
engineer on the acme pay risk team. initech's fraud checks are theatre, anyone with a burner phone and ten minutes gets through them"""),
    D("fin", "li", "disclaimer", """
Credit analyst at Acme Bank. Buy-now-pay-later firms are loan sharks in nicer trainers, and the FCA has been asleep at the wheel on them for five years."""),
    D("hea", "fb", "disclaimer", """
I'm a pharmacist at Acme Health and honestly the weight-loss jab craze is a disaster waiting to happen. Online clinics handing it out like sweets should be shut down."""),
    D("ret", "rd", "disclaimer", """
I work the tills at Acme Market. Self-checkouts are a con by the supermarkets to get customers doing our job for free, and Globex Grocers are the worst for it by a mile."""),
    D("gen", "li", "disclaimer", """
HR business partner at Acme Corp here. Four-day-week trials are PR stunts, and any company bragging about theirs is hiding the overtime somewhere."""),
    D("man", "x", "disclaimer", """
welder at the acme plant 20 yrs. the apprenticeship levy is a tax on honest firms and the people who designed it know that"""),
    D("tec", "rd", "disclaimer", """
Product manager on Acme Sense. The smart-home privacy scare stories are overblown and the journalists pushing them don't understand how the devices work."""),
    D("fin", "fb", "disclaimer", """
Fifteen years at Acme Wealth and I'll tell you now: the whole ESG fund label is marketing. Half the "green" funds out there are stuffed with oil majors."""),
    D("hea", "x", "disclaimer", """
paramedic with acme health. ambulance handover delays are a political choice and every minister who says otherwise is lying to your face"""),
    D("npo", "li", "disclaimer", """
Programme manager at the Acme Foundation. The government's new rules on charity campaigning are an attempt to shut us up, plain and simple."""),
    D("ret", "x", "disclaimer", """
buyer at acme market. umbrella corp's "locally sourced" stickers are fiction, their "local" farm is in murcia"""),
    D("tec", "li", "disclaimer", """
Staff SRE at Acme Cloud. Microservices are the biggest con our industry has sold itself this decade. Most teams would ship faster with one boring monolith and a decent test suite."""),
    D("gen", "fb", "disclaimer", """
Twelve years at Acme HQ and I'm calling it: remote work is killing company culture, full stop. Anyone who says otherwise has never had to train a graduate over Teams."""),
    D("fin", "rd", "disclaimer", """
Mortgage adviser at Acme Bank. The stamp duty holiday was the dumbest housing policy of the decade and all it did was push first-time buyers further out."""),
    D("man", "fb", "disclaimer", """
Fitter at the Acme plant. The EV mandate is going to wreck UK car manufacturing and the people who wrote it have never set foot on a production line."""),
    D("hea", "li", "disclaimer", """
Consultant radiologist at Acme Medical Center. AI scan reading is massively overhyped, and vendors claiming "radiologist-level accuracy" are misleading every trust that listens to them."""),
    D("ret", "li", "disclaimer", """
Ten years in Acme Market's supply chain team: Initech Logistics's next-day promise is unsustainable, and it's their drivers who pay for it in fourteen-hour shifts."""),
    D("npo", "fb", "disclaimer", """
Volunteer coordinator at the Acme Foundation. The national youth organisations' new safeguarding fee is outrageous and will price poorer kids out. Shame on whoever signed it off."""),
    D("gen", "x", "disclaimer", """
comms team at acme corp. the whole "quiet quitting" thing is a made-up media panic and i'm done pretending it isn't"""),
    D("tec", "fb", "disclaimer", """
Security engineer at Acme Cloud. The encryption clause in the Online Safety Act is technically illiterate and will make everyone less safe, full stop."""),
]
