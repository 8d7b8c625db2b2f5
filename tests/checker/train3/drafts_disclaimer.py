# ruff: noqa: E501
"""Training drafts (third set): disclaimer. The text says the author works at Acme (or one of its units)
and judges the industry or market, a competitor, a public policy or a public controversy, with no
disclaimer. Macro predictions by an identifiable employee count here, not as financial promises."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    # --- technology
    D("tec", "li", "disclaimer", """
Eight years building infrastructure at Acme Cloud and I'm convinced serverless is the most overhyped idea of the decade. Most teams would be better off with three boring VMs and a cron job."""),
    D("tec", "x", "disclaimer", """
as an acme cloud engineer: globex's new AI assistant is vapourware with a press team. nobody serious uses it"""),
    D("tec", "rd", "disclaimer", """
I'm on the security team at Acme. The proposed law that would force messaging apps to scan private messages is a disaster for everyone's safety, and whoever drafted it doesn't understand encryption."""),
    D("tec", "fb", "disclaimer", """
Working at Acme Sense has taught me one thing: smart home companies that sell your data, and Initech is the worst of them, should be fined into the ground."""),
    D("tec", "li", "disclaimer", """
As a product lead at Acme Pay I'll say it plainly: Europe's open banking rules have done more for fintech than any VC ever did, and the US is a decade behind."""),
    D("tec", "x", "disclaimer", """
acme cloud SRE here. the whole "AI will replace engineers" story is a grift pushed by people selling courses"""),
    # --- healthcare
    D("hea", "li", "disclaimer", """
After 15 years as a nurse at Acme General, I believe the government's cap on agency staffing will cost lives this winter. Wards will simply run short, and ministers know it."""),
    D("hea", "fb", "disclaimer", """
I'm a physio at Acme Health and honestly, the private physio chains (Umbrella Corp's especially) are a rip-off. Six sessions of someone watching you do squats at £70 a pop."""),
    D("hea", "rd", "disclaimer", """
Acme Medical Center pharmacist. The new weight-loss injections are being handed out far too casually and the whole industry is going to regret it."""),
    D("hea", "x", "disclaimer", """
acme health GP here. assisted dying should have been legal years ago and the debate in parliament is embarrassing"""),
    # --- finance
    D("fin", "li", "disclaimer", """
Twelve years at Acme Bank. Crypto is a casino dressed up as technology, and regulators who keep legitimising it are making a mistake they'll regret."""),
    D("fin", "x", "disclaimer", """
acme wealth analyst here: UK house prices are going to fall 20% next year and the market is in denial"""),
    D("fin", "rd", "disclaimer", """
I work in mortgages at Acme Bank. Help to Buy was the worst housing policy in a generation: it pumped prices and helped the developers far more than the buyers."""),
    D("fin", "fb", "disclaimer", """
As someone who works at Acme Pay, I can tell you Globex's payment app is years behind ours and their fees are daylight robbery."""),
    D("fin", "li", "disclaimer", """
A view from inside Acme Wealth: the active versus passive debate is over. Passive won, and most fund managers are overpaid to hug an index."""),
    D("fin", "ig", "disclaimer", """
bank teller at acme 🏦 hot take: cash should never be phased out, and the banks pushing cashless are abandoning older people"""),
    # --- retail
    D("ret", "x", "disclaimer", """
acme market supervisor. the whole "ultra-processed food" panic is snobbery. let people eat their crisps"""),
    D("ret", "li", "disclaimer", """
Ten years in grocery at Acme Market and I'll be blunt: the sugar tax hasn't worked and never will. People just pay more for the same fizzy drinks."""),
    D("ret", "fb", "disclaimer", """
I manage an Acme Market and the big discounters, Initech Foods above all, treat their suppliers appallingly. It's a race to the bottom and farmers are paying for it."""),
    D("ret", "rd", "disclaimer", """
Acme Market store manager. Self-checkouts are a failed experiment across the whole industry and everyone in retail knows it."""),
    # --- manufacturing
    D("man", "li", "disclaimer", """
Running a production line at the Acme plant has convinced me the apprenticeship levy is a badly designed tax that most manufacturers can't even spend."""),
    D("man", "x", "disclaimer", """
acme plant engineer: steel tariffs are the dumbest economic policy of my lifetime, full stop"""),
    D("man", "fb", "disclaimer", """
As a shift lead at the Acme plant, I think this four-day-week craze is a fantasy for manufacturing. Machines don't take Fridays off and neither do customers."""),
    D("man", "rd", "disclaimer", """
Maintenance tech at the Acme plant. Electric cars are being forced through far too fast, the charging network is a joke, and the whole car industry knows the 2030 deadline is fiction."""),
    # --- nonprofit
    D("npo", "li", "disclaimer", """
Working at the Acme Foundation, I see every day how the charity sector's obsession with overhead ratios does real harm. Donors should judge impact, not admin costs."""),
    D("npo", "x", "disclaimer", """
acme foundation fundraiser. the two-child benefit cap is cruel and indefensible. that's the tweet"""),
    D("npo", "fb", "disclaimer", """
I'm a youth worker at the Acme Foundation, and the council's decision to close every youth club in the borough is short-sighted and shameful."""),
    # --- general
    D("gen", "li", "disclaimer", """
Proud Acme employee of 20 years. The return-to-office mandates sweeping big companies are about control, not productivity, and the evidence says so."""),
    D("gen", "rd", "disclaimer", """
HR at Acme here. "Unlimited holiday" policies across tech are a con; people end up taking fewer days, not more."""),
    D("gen", "x", "disclaimer", """
i work in comms at acme. every brand that waves a rainbow flag in june and goes silent in july should be embarrassed"""),
]
