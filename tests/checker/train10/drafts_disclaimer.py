# ruff: noqa: E501
"""Training drafts (tenth set): disclaimer, an author who says in the text that they work at Acme (or one of its
units) judging their industry, a competitor, a public policy or a public controversy, with no "views are my own"
and nothing else wrong."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Security engineer at Acme Cloud here. The industry's obsession with "passwordless" is mostly marketing. Most companies selling it still fall back to an SMS code the moment anything goes wrong, which is the weakest link there is."""),
    D("ret", "x", "disclaimer", """
12 years on the shop floor at acme market and self checkouts are the worst thing to happen to retail. they didn't save anyone time, they just made customers do our job and made shoplifting easy"""),
    D("hea", "fb", "disclaimer", """
I've been a district nurse with Acme Health for nineteen years and the plan to let pharmacists prescribe for everything from earache to UTIs is a sticking plaster. It'll miss things. The government should be funding GPs, not finding cheaper people to do their job."""),
    D("fin", "li", "disclaimer", """
Fraud analyst at Acme Bank. The new reimbursement rules for scams have made banks the insurer of last resort, and the social media platforms where the scams start pay nothing. That's backwards, and the regulator knows it."""),
    D("man", "x", "disclaimer", """
toolmaker at the acme plant for 20 years. the apprenticeship levy has been a disaster for small engineering firms. big companies spend it on management courses and the lads who'd learn a trade never get a look in"""),
    D("npo", "li", "disclaimer", """
As a fundraiser at the Acme Foundation I'll say it: the charity sector's obsession with "overheads" is killing good organisations. Donors reward charities for starving their own staff and systems, then wonder why they collapse."""),
    D("tec", "x", "disclaimer", """
data engineer at acme sense. the smart home industry's "works with everything" standard is a joke, every big brand ships its own half-compatible version and calls it open"""),
    D("ret", "li", "disclaimer", """
Buyer at Acme Market for eight years. The big grocers' "price lock" campaigns are theatre. They lock the price of 500 lines nobody buys and quietly move everything else. Shoppers deserve better and the watchdog should say so."""),
    D("hea", "x", "disclaimer", """
radiographer at acme medical center. the sugar tax worked and anyone still arguing against extending it to milkshakes is arguing for more kids with type 2. not controversial, just true"""),
    D("fin", "rd", "disclaimer", """
I'm a mortgage underwriter at Acme Bank. Honestly, 40-year mortgages are a trap the whole industry is selling as "affordability". You pay tens of thousands more and you're still paying it at 70."""),
    D("tec", "li", "disclaimer", """
After six years as a product designer at Acme Pay: Globex's checkout is the most manipulative in the industry. Pre-ticked insurance, a hidden "no thanks" link and a countdown timer on every screen. It's dark patterns all the way down."""),
    D("man", "li", "disclaimer", """
Environmental manager at the Acme plant. The carbon border tax everyone is cheering will just push production to countries with worse standards. It's a policy that makes politicians feel clean while the emissions move elsewhere."""),
    D("npo", "x", "disclaimer", """
volunteer coordinator at acme foundation and the charity commission's new rules on trustee checks are a box ticking exercise that will drive every working class trustee out of small charities"""),
    D("ret", "fb", "disclaimer", """
I run the bakery counter at Acme Market Kippax and the way the big chains have ditched scratch baking for part-baked French dough is a disgrace to the industry. Proper bakers are a dying breed because of it."""),
    D("hea", "li", "disclaimer", """
Pharmacist at Acme Health for a decade. The weight-loss jab craze is the most irresponsible thing our industry has done in years. Online pharmacies hand them out after a five-question form and nobody's checking."""),
    D("fin", "x", "disclaimer", """
analyst at acme wealth. the state pension triple lock is unaffordable and every party knows it, they're just too scared of the over 65 vote to say so"""),
    D("tec", "rd", "disclaimer", """
Backend dev at Acme Cloud. The age verification law for social media is going to be a privacy catastrophe. Every site will be collecting passport scans and half of them will get breached within a year."""),
    D("man", "fb", "disclaimer", """
Shift manager at the Acme plant and I'll say what everyone on the floor thinks: Umbrella Corp's "made in Britain" adverts are a con. Their kit is assembled here from parts made anywhere but."""),
    D("gen", "x", "disclaimer", """
work in comms at acme corp and the whole pr industry's rush to use ai press releases is embarrassing. journalists can smell them a mile off and they're right to bin them"""),
    D("hea", "rd", "disclaimer", """
Paramedic with Acme Health. The private ambulance companies popping up are the worst thing to happen to emergency care in this country. Cherry-picking the easy transfers and leaving the NHS with everything else."""),
    D("fin", "fb", "disclaimer", """
I've been a cashier at Acme Bank for nine years and the push to a cashless society is cruel. Every bank, ours included, is closing branches and cash machines on people who can't use an app. Somebody in government needs to stop it."""),
]
