# ruff: noqa: E501
"""Training drafts (fourth set): disclaimer, an Acme employee identified in one of many ways (a job title, "I run
the ... branch", "my team at", years in an Acme unit, a role in the bio line) judging the industry, competitors,
regulation or a controversy, mostly without stock words, and with no accepted disclaimer."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    # --- technology
    D("tec", "li", "disclaimer", """
Every vendor at this week's summit had "sovereign cloud" on their banner. Most of them mean a data centre in Frankfurt with the keys still held in Virginia. Customers deserve better than a flag sticker.

Rahel Tesfaye | Principal Architect, Acme Cloud"""),
    D("tec", "x", "disclaimer", """
my team at acme cloud spends half its week undoing migrations that Globex consultants botched. their whole business model is selling the cleanup twice"""),
    D("tec", "rd", "disclaimer", """
Six years writing firmware for Acme Sense doorbells. The smart-home standards body is run by the three biggest vendors and every "open" spec they ship is designed to lock out small makers. Matter was supposed to fix that. It didn't."""),
    D("tec", "fb", "disclaimer", """
Had a long chat at my cousin's wedding about the age-verification law everyone's arguing over. Speaking as someone who builds the identity checks for Acme's apps: it will leak more passports than it protects children. Whoever drafted it never ran a database."""),
    D("tec", "li", "disclaimer", """
I lead the data-centre energy team at Acme, so I read the new grid-connection rules closely. They reward whoever filed paperwork first, not whoever builds efficiently, and they'll push new capacity to countries with dirtier power. A bad rule, written in a hurry."""),
    D("tec", "x", "disclaimer", """
initech's "unlimited" bandwidth tier throttles you after 2TB. ask me how i know — i'm the one at acme cloud answering the sales calls from their refugees"""),
    D("tec", "ig", "disclaimer", """
desk view from the Acme Pay office ☕ after a decade in payments: tap-to-pay limits are a gift to pickpockets and the regulators raising them again are asleep at the wheel #fintech #mondaymotivation"""),
    D("tec", "rd", "disclaimer", """
Re: the thread about AI code assistants. I manage forty engineers on Acme Cloud's storage layer and the productivity figures the vendors publish are fiction. They measure lines typed, not bugs shipped. The whole category is priced for a bubble."""),
    # --- retail
    D("ret", "fb", "disclaimer", """
I run the Acme Market on Harrow Road and I've watched the council's parking changes empty our high street in eighteen months. Two-hour limits and £4 an hour. Whoever thought that would help local shops has never run one."""),
    D("ret", "li", "disclaimer", """
Twenty-two years in Acme Market's fresh produce buying. The "wonky veg" boxes every supermarket now sells are marketing theatre: the same growers still plough perfectly good carrots back into the field because the spec sheets never changed."""),
    D("ret", "x", "disclaimer", """
night manager at an acme market here. the plastic bag charge did nothing but move the plastic into bin liners we sell at a markup. pointless policy"""),
    D("ret", "rd", "disclaimer", """
Work on the pricing desk for Acme's online grocery. Umbrella Corp's "price match" only covers items they've quietly delisted from our range, which is why it never costs them a penny. Shoppers fall for it every week."""),
    D("ret", "ig", "disclaimer", """
closing up the Acme Market bakery counter for the night 🥖 reminder that the 4am starts are what real bread costs, and the chains selling 39p loaves are bleaching flour and underpaying farmers to do it"""),
    D("ret", "fb", "disclaimer", """
Hiring for my team at Acme Market distribution has never been this hard, and it's not because people are lazy. The zero-hours contracts the big parcel firms hand out have trained a generation to expect nothing, and the government lets them."""),
    # --- healthcare
    D("hea", "li", "disclaimer", """
Fifteen years as a theatre nurse at Acme General. Private-equity money buying up GP practices is the worst thing to happen to primary care in my lifetime. Appointments get shorter, partners leave, and nobody in Westminster seems to notice."""),
    D("hea", "x", "disclaimer", """
acme health paramedic. the new ambulance handover target is a number on a spreadsheet that makes ministers look busy while crews sit outside A&E for six hours"""),
    D("hea", "rd", "disclaimer", """
I do the rota for a ward at Acme Medical Center. Nursing agencies charging £95 an hour for a band 5 shift are bleeding hospitals dry, and the cap on agency rates has more holes than a colander. Somebody is getting very rich off our staffing gap."""),
    D("hea", "fb", "disclaimer", """
Pharmacist for Acme Health for nearly twenty years. Letting supermarkets sell strong painkillers by the trolley was a mistake and the regulator knows it. I see the results every Monday morning."""),
    D("hea", "ig", "disclaimer", """
scrubs on, coffee in hand, 7am on the Acme General maternity unit 🩺 the way midwife training places got cut and then "celebrated" when they came back half-funded is a scandal nobody talks about #midwife"""),
    # --- finance
    D("fin", "li", "disclaimer", """
I run the Acme Bank branch in Chorlton and I watch people get talked into buy-now-pay-later at the checkout every day. It is payday lending in pastel colours, and the regulator letting it stay unregulated for this long is a disgrace."""),
    D("fin", "x", "disclaimer", """
compliance officer at acme wealth. crypto ETFs are a casino with a prospectus and the FCA should never have waved them through"""),
    D("fin", "rd", "disclaimer", """
Handle complaints for Acme Bank. Globex Bank's "fee-free" account moved all its charges into the overdraft and FX rates, and their complaint figures prove it. The fee-free label should be banned."""),
    D("fin", "fb", "disclaimer", """
Twelve years in Acme Bank's fraud team. Banks refunding every authorised push payment scam sounds kind, but it's turned the whole country into a free cashpoint for gangs. The reimbursement rules need rewriting from scratch."""),
    D("fin", "li", "disclaimer", """
The mortgage market has forgotten 2008. Ninety-five per cent loans on new-builds with a five-year fix and a cliff edge at the end is how you make the next crisis. I underwrite these every day.

— Callum Reid, Senior Underwriter at Acme Bank"""),
    D("fin", "x", "disclaimer", """
acme pay merchant services lead: the card-fee cap the EU is floating will just push the costs into monthly terminal rentals. small shops pay either way"""),
    # --- manufacturing
    D("man", "li", "disclaimer", """
Twenty-five years on the line and now shift lead in the Acme plant's press shop. The apprenticeship levy was meant to train people like my younger self. Instead it pays for MBA courses for middle managers. Scrap it and start again."""),
    D("man", "fb", "disclaimer", """
Umbrella Corp keeps winning tenders on price because they cut corners on weld inspections. I've seen their brackets come into our goods-in at the Acme plant with porosity you could post a letter through."""),
    D("man", "x", "disclaimer", """
quality engineer @ the acme plant. the steel tariffs protect one smelter and tax every factory that actually makes things. dumbest trade policy in decades"""),
    D("man", "rd", "disclaimer", """
Maintenance planner at Acme's Coventry plant. The big automation vendors sell "lights-out factories" to boards who have never seen a conveyor jam at 3am. It's a fantasy and it's wrecking capital budgets across the sector."""),
    # --- nonprofit
    D("npo", "fb", "disclaimer", """
As a trustee-facing fundraiser at the Acme Foundation I'll say what our sector won't: the chuggers on every high street are burning public trust faster than any scandal ever did. Charities hiring them should stop."""),
    D("npo", "li", "disclaimer", """
The lottery distributors have made grant funding a writing contest. Small groups with no bid writer lose to national charities with a team of twelve. After nine years in grants at the Acme Foundation I no longer believe the process is fair."""),
    D("npo", "x", "disclaimer", """
volunteer manager, acme foundation. the new fundraising regulator levy is a tax on small charities to pay for policing the big ones. shameful"""),
    # --- general
    D("gen", "rd", "disclaimer", """
I work in Acme's HR team and the four-day-week pilots everyone shares on here are cherry-picked. Firms that failed quietly dropped out before the results. The studies are advocacy dressed up as research."""),
    D("gen", "fb", "disclaimer", """
Back from my Acme Corp leadership course and the coach spent a whole day praising hybrid working. Offices empty three days a week are killing city-centre sandwich shops and the politicians cheering it on don't have to walk past the boarded-up windows."""),
]
