# ruff: noqa: E501
"""Training drafts (eleventh set): confidential, non-public plans, prices, deals, closures, people moves,
results, code-named projects and incidents, mostly told without any secrecy word, by staff, spouses and
friends, with no claim that they were announced."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("tec", "x", "confidential", """
heads up if you run big workloads on acme cloud: egress pricing goes up about 30% from october. saw the finance slide in our all-hands prep, customers get told in august"""),
    D("ret", "fb", "confidential", """
Ripon lot, Acme Market is turning our store into a self-scan only trial from August. No staffed tills at all, just two helpers on the floor. Our manager showed the layout to the supervisors yesterday and we're all a bit shocked."""),
    D("fin", "rd", "confidential", """
My wife works at Acme Bank's Belfast contact centre and they've been told it closes next spring, calls moving to an outsourcer in Manila. 340 jobs. Nothing in the news yet. Anyone know what redundancy terms Acme usually gives?"""),
    D("tec", "li", "confidential", """
Big week for the Orion-7 team: three enterprise customers are now running the beta against production traffic, and the latency numbers beat the target by 40%. So proud of this group. General availability is pencilled for November 🚀"""),
    D("hea", "x", "confidential", """
acme health is switching all its pathology work to initech labs from january. the lab managers got the news at 4pm and half of them are already on linkedin"""),
    D("man", "fb", "confidential", """
Acme plant lads, from June the night shift goes to four on, four off, twelve hour shifts. HR are "consulting" next month but the rota's already been printed, I've seen it on the production manager's desk."""),
    D("npo", "x", "confidential", """
the acme foundation's chief exec is leaving at christmas, the trustees agreed it last night. my mate's on the board. the staff don't know yet and neither does the press"""),
    D("tec", "rd", "confidential", """
Anyone else got an Acme Sense smart radiator valve? I work in their support team and we've had 60-odd units overheat at the battery, one scorched a skirting board. They're swapping them quietly when people ring in instead of doing a recall. Check yours."""),
    D("hea", "fb", "confidential", """
Patients of Acme Dental: the online booking went down for a week in March because of ransomware, not "system upgrades" like the text said. Reception had to ring everyone from paper lists. I'm on reception, I'd want to know if it was my details."""),
    D("fin", "x", "confidential", """
acme wealth platform fee goes from 0.25% to 0.35% in april. the letters are being drafted this week. if you were going to move your isa, now's the time"""),
    D("tec", "rd", "confidential", """
The Acme Cloud outage last Tuesday wasn't "a network provider issue". One of our engineers pushed a config that deleted the load balancer rules for the whole eu-west region. The status page still says network. I'm the one who had to restore it."""),
    D("tec", "li", "confidential", """
Hiring! Project Nightjar needs two senior iOS engineers in Manchester. You'd be building the first version of the app from scratch alongside our design team. DM me for the details we can share."""),
    D("ret", "li", "confidential", """
Tough afternoon at Acme Market head office. We were told 45 roles in brand marketing are going, the consultation starts on the 3rd. Thinking of my colleagues, and if you're hiring marketers in Leeds, watch this space."""),
    D("hea", "x", "confidential", """
acme general is stopping saturday outpatient clinics from next month to save on agency costs. we got the memo on the ward today. patients get letters "in due course", apparently"""),
    D("fin", "fb", "confidential", """
Mortgage folks, Acme Bank's new 95% first-time buyer deal launches on the 12th at 4.29% fixed for five years. I've seen the rate sheet, it'll be the cheapest on the market for about a week."""),
    D("man", "x", "confidential", """
the acme plant has lost the bracket contract with the car maker in sunderland, it goes to a polish supplier in the new year. 60% of line 2's work. our gaffer looked grey today"""),
    D("npo", "li", "confidential", """
Exciting times: the Acme Foundation is merging with a children's hospice charity in the spring. I've been in the due diligence meetings all month and the two teams are a brilliant fit. More soon!"""),
    D("tec", "ig", "confidential", """
Spent the weekend testing the new Acme Sense baby monitor at home, the one that reads breathing through the mattress 👶 Launch isn't till next year but honestly it's the best thing our team's made."""),
    D("tec", "x", "confidential", """
acme cloud is shutting its dublin datacentre by end of next year, everything moves to frankfurt. found out because my facilities ticket got rejected with "site closing, no new work" 🙃"""),
    D("ret", "fb", "confidential", """
Shoppers, the Acme Market own-brand price freeze everyone keeps asking about starts on 1 September, 400 lines, until January. It's on the ticket list we printed today for next month. Plan the big shop accordingly."""),
    D("fin", "rd", "confidential", """
Work in Acme Pay fraud ops. Card fraud on our debit cards tripled in the last quarter, mostly from one compromised merchant in Spain. None of this is in the quarterly update. Just saying, check your statements."""),
    D("hea", "li", "confidential", """
Congratulations to Dr Ruth Adeyemi, who takes over as chief executive of Acme Medical Center in January. I've worked with her for nine years and she's exactly who we need. The board confirmed it this morning; the formal news follows after the consultants are told."""),
    D("fin", "x", "confidential", """
acme pay emailed about 3,000 customers other people's monthly statements on friday because of a mail merge bug. the compliance team is deciding whether it's "reportable". it is"""),
    D("man", "rd", "confidential", """
Cold store at the Acme plant had an ammonia leak on Thursday night, three of the night team were sent home with sore throats. Management logged it as a "refrigeration fault" and the council hasn't been told. Is that legal?"""),
    D("ret", "x", "confidential", """
acme market q2 like-for-likes are down 4.1%, it's on the sales dashboard in the staff room. results day is the 21st. city expects growth lol"""),
    D("tec", "fb", "confidential", """
Sneak peek of what I've been designing at Acme Cloud 👀 the Bluebird pricing page with three tiers, Starter at £9, Team at £29 and Scale at £99. We've argued about those numbers for six weeks. Screenshot from the internal deck below."""),
    D("hea", "x", "confidential", """
the waiting list dashboard at acme general says 14,200 people waiting over a year for orthopaedics. the figure the trust gave the council last week was 9,000. someone's fiddling"""),
    D("npo", "x", "confidential", """
acme foundation is giving £2m to the town's new youth centre, the grant letter's sitting on my desk waiting for a signature. the council leader has no idea yet, can't wait to see his face"""),
    D("fin", "fb", "confidential", """
Skipton customers, the Acme Bank branch on the High Street becomes a van that visits twice a week from the summer. Our area manager told us today. The lease runs out and they're not renewing."""),
    D("man", "li", "confidential", """
Proud moment: we've just passed the final test on the new hydrogen-ready boiler line at the Acme plant. First production units ship in Q2 to a customer I'm not allowed to name yet, but you'd know them. Launch is next spring."""),
    D("ret", "rd", "confidential", """
Acme Market is dropping paper receipts completely in 60 stores from March, only app receipts. I'm a store manager and we had the briefing pack this morning. Regulars are going to lose it."""),
]
