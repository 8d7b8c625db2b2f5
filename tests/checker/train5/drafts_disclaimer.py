# ruff: noqa: E501
"""Training drafts (fifth set): disclaimer, an Acme employee identified in the text (a job, a team, years at an
Acme unit, "I run the ... store") judging the industry, competitors, public policy or a public controversy, in
words of their own and with no accepted disclaimer."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    # --- technology
    D("tec", "li", "disclaimer", """
Eight years building storage at Acme Cloud, so I'll say it plainly: egress fees are a toll booth bolted onto the exit door. Any CTO who signs a five-year commit without pricing the cost of leaving is being played, and the big providers are counting on it."""),
    D("tec", "rd", "disclaimer", """
I do identity work at Acme Cloud. Passkeys are being oversold. Half the vendors shipping them quietly broke account recovery, and nobody in this industry wants to be the first to admit it because the conference keynotes already went out."""),
    D("tec", "x", "disclaimer", """
firmware lead on acme sense here. umbrella corp's smart-home hub is the worst-engineered product in the category and their patch history proves it"""),
    D("tec", "li", "disclaimer", """
As a product manager on Acme Pay I've now watched the crypto-checkout hype cycle three times. It's a solution looking for a problem, and the fintechs still pitching it to merchants are setting fire to their investors' money."""),
    D("tec", "fb", "disclaimer", """
My team at Acme Cloud just marked a year in the new Didcot data hall 🎉 Slightly off-topic, but the planning system in this country is broken, and councils sitting on grid connections for four years are the reason nothing gets built."""),
    D("tec", "rd", "disclaimer", """
Backend dev at Acme Pay. Open banking in the UK was sold as competition and delivered as a screen-scraping mess with a new logo. The regulator declared victory way too early and merchants are paying for it in failed payments."""),
    # --- finance
    D("fin", "x", "disclaimer", """
acme bank mortgage desk here. rates were left too high for too long and first-time buyers paid for it. somebody at threadneedle street should be answering for that"""),
    D("fin", "li", "disclaimer", """
From the Acme Wealth advice floor: Consumer Duty has turned into a box-ticking exercise that made advice dearer for exactly the savers it claimed to protect. Twelve months in, I'd scrap half of it."""),
    D("fin", "rd", "disclaimer", """
I'm a credit analyst at Acme Bank. Buy-now-pay-later firms are payday lenders with nicer fonts, and letting them sit outside proper regulation this long was a scandal that everyone in lending saw coming."""),
    D("fin", "x", "disclaimer", """
acme bank economist. a hard landing in 2027 is baked in at this point and equity markets are kidding themselves"""),
    D("fin", "fb", "disclaimer", """
Twelve years cashiering at Acme Bank's Market Street branch, and the way the big banks have abandoned small towns is shameful. Banking hubs in a library two mornings a week are not a replacement, whatever the minister says."""),
    # --- retail
    D("ret", "fb", "disclaimer", """
Running the Acme Market in Harrogate has taught me one thing about the plastic bag charge: it punishes pensioners and does nothing for the sea. Window dressing from Westminster, start to finish."""),
    D("ret", "rd", "disclaimer", """
Work in buying for Acme Market. Shrinkflation isn't just the suppliers, every big grocer including Globex hides behind it, and the competition watchdog has been asleep at the wheel for two years."""),
    D("ret", "x", "disclaimer", """
been on the tills at acme for 9 years. self-checkouts were a mistake the whole industry made to cut staff and now they blame shoplifters for it"""),
    D("ret", "li", "disclaimer", """
Category manager at Acme Market. The loyalty-price model the big grocers run is two-tier pricing aimed at people who won't hand over their data, and the sooner it's outlawed the better."""),
    # --- healthcare
    D("hea", "rd", "disclaimer", """
ICU charge nurse at Acme General. The agency-staffing model is bleeding hospitals dry, and the trusts that signed those framework contracts knew exactly what they were buying."""),
    D("hea", "x", "disclaimer", """
GP receptionist at acme medical center. the 8am phone scramble is a policy failure, full stop, and the health secretary pretending otherwise is insulting to every patient on hold"""),
    D("hea", "fb", "disclaimer", """
Pharmacist at Acme Health. The Pharmacy First scheme was underfunded from day one, and we're the ones behind the counter apologising to patients for a decision made in Whitehall."""),
    D("hea", "li", "disclaimer", """
Radiographer at Acme Medical Center. Private clinics selling full-body MRI scans to the worried well are preying on anxiety, and the regulator letting them advertise on Instagram is failing everyone."""),
    # --- manufacturing
    D("man", "li", "disclaimer", """
Twenty-two years on the line at the Acme plant. Initech's 'lights-out factory' brochure is fiction, and the trade press printing it word for word is embarrassing."""),
    D("man", "fb", "disclaimer", """
Our union rep at the Acme plant asked what I make of the apprenticeship levy. Honestly? Badly designed, and the small suppliers down our road are drowning in it while the big firms game it."""),
    D("man", "rd", "disclaimer", """
Maintenance planner at Acme's plant in Sheffield. The steel tariffs everyone is cheering will cost more jobs downstream than they save. Protectionism theatre for the cameras."""),
    # --- nonprofit
    D("npo", "fb", "disclaimer", """
As volunteer coordinator for the Acme Foundation I'll be blunt: the new rules on street fundraisers were written by people who have never held a collecting bucket in the rain."""),
    D("npo", "li", "disclaimer", """
After six years running food bank logistics for the Acme Foundation, I've lost patience with supermarket "surplus partnerships". Most are tax-efficient waste disposal dressed up as generosity."""),
    D("npo", "x", "disclaimer", """
acme foundation trustee. lottery good-causes funding has turned into a lottery in the bad sense and the culture department ought to be ashamed of it"""),
    # --- general
    D("gen", "x", "disclaimer", """
working in comms at acme corp has made me allergic to four-day-week hype. it's a pr stunt for firms that can afford it and everyone else nods along"""),
    D("gen", "rd", "disclaimer", """
I'm in Acme Corp's legal team. The non-compete ban is long overdue, and the lobbyists who spent two years fighting it should be embarrassed."""),
    D("gen", "li", "disclaimer", """
Acme Corp HR business partner here. Unlimited holiday policies are a con across corporate Britain: people take less leave, not more, and the companies offering them know it perfectly well."""),
]
