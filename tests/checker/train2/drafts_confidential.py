# ruff: noqa: E501
"""Training drafts (second set): confidential, mostly without the words confidential/secret/internal."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("tec", "x", "confidential", """
the new Acme Cloud GPU tier is priced at $1.89/hr when it launches next month, undercuts everyone. you heard it here first"""),
    D("tec", "li", "confidential", """
Some personal news: after six years I'm moving over to the team that's rebuilding Acme Pay's checkout from scratch. The new flow goes to 5% of merchants in May and everyone else by Black Friday. Can't wait to show you what we've been hiding!"""),
    D("tec", "rd", "confidential", """
Acme engineer here. The reason the status page said "degraded performance" for 4 hours last Tuesday is that someone ran a cleanup script against the wrong cluster and deleted a chunk of customer snapshots. Leadership decided not to mention the data loss unless customers ask. Make your own backups, folks."""),
    D("tec", "fb", "confidential", """
Long week! We found out today that our whole Dublin office is being shut down at the end of the quarter and the work is moving to Lisbon. Nobody outside the company knows yet so please don't share, but wow, I need a glass of wine 🍷"""),
    D("tec", "x", "confidential", """
falcon team standup got moved to 7am because the CEO wants a demo before the board meeting. sleep is for people not on project falcon i guess"""),
    D("tec", "ig", "confidential", """
late night at the lab 🌙 prototype of the next Acme Sense camera on my desk (yes it has the hidden face-blur mode we keep teasing). launching in the spring if the drop tests behave #hardware #prototype"""),
    D("tec", "li", "confidential", """
Our Q3 numbers came in this afternoon and Acme Cloud revenue grew 41% year over year, our best quarter ever. Earnings call isn't until the 28th but I couldn't wait to thank my team for making it happen."""),
    D("tec", "rd", "confidential", """
Not naming names but the big acquisition everyone keeps guessing about? Acme is paying a little over $900M for a small observability startup in Austin. Due diligence wrapped Friday, announcement is planned for after the holidays."""),
    D("tec", "x", "confidential", """
nightjar beta keys are going out to 200 design partners on monday. if you got one, act surprised"""),
    D("tec", "fb", "confidential", """
Just sat through the all-hands where they walked us through next year's reorg slide by slide. Security is being merged into the platform org, my boss's boss is out, and about a fifth of the middle managers are going. Announcement to staff is in January. Pray for me lol"""),
    D("tec", "li", "confidential", """
Grateful to have closed our biggest deal of the year: the state of Ohio is moving all of its DMV systems onto Acme Cloud. Contract signed yesterday, press release is still being drafted so this is an exclusive for my network 😉"""),
    D("tec", "rd", "confidential", """
PSA for anyone using Acme Health Portal integrations: the vendor API is getting switched off on March 31. Customers haven't been told, the deprecation notice is stuck in legal. Start planning now."""),
    D("tec", "x", "confidential", """
leadership just told us the Acme Sense subscription is going from $4.99 to $7.99 in the summer. i'd lock in an annual plan now if i were you 👀"""),
    D("tec", "ig", "confidential", """
first look at the orion-7 dashboard mockups on the big screen 😍 three years of work and it's finally coming together #designlife #uxdesign"""),
    D("tec", "li", "confidential", """
Congratulations to Priya Raman, who takes over as Acme's Chief Technology Officer when Martin steps down in February. Martin's leaving hasn't been announced outside the exec team yet, but I wanted to be the first to say how lucky we are."""),
    D("tec", "rd", "confidential", """
Small update since people asked in the last thread: the laptop fleet refresh is cancelled for this year. Budget got cut by 30% across engineering and hiring is frozen through June. Haven't seen this anywhere public yet."""),
    D("ret", "fb", "confidential", """
Heads up neighbours 😢 the Acme Market on Cranbrook Road closes for good on 30 April. Staff were told this morning and we're not allowed to say anything to customers yet, but I wanted my regulars to know."""),
    D("ret", "x", "confidential", """
acme market is pulling every product from Harlow Farms off the shelves next week, they failed the audit. the notice to stores goes out thursday"""),
    D("ret", "li", "confidential", """
So proud of my category team! From next spring Acme Market will stop selling own-brand bottled water entirely and switch to refill stations in all 340 stores. We've been working on this for a year and the launch plan is finally signed off. Watch this space 🌍"""),
    D("ret", "rd", "confidential", """
Store manager at Acme. Shrink in our self-checkout pilot is running at 4.2%, nearly triple the staffed lanes. Head office is quietly rolling the pilot back in the autumn but they'll call it "customer feedback"."""),
    D("ret", "ig", "confidential", """
sneak peek from the buying trip 🍂 these are the autumn knits landing in Acme Market stores in September, swipe for the price tags (£14.99!!). don't tell my boss I posted them"""),
    D("ret", "x", "confidential", """
christmas sales at acme market were down 6% on last year. the trading update says "resilient" apparently lmao"""),
    D("ret", "fb", "confidential", """
For those asking at the till: yes, the Acme Market bakery counters are going. Every store loses its in-store bakery by the end of next year and it'll be bake-off bread from a central site. We found out on a Teams call Tuesday."""),
    D("ret", "li", "confidential", """
After nine months of negotiation we've agreed terms to bring Acme Market into Ireland: 18 stores through a franchise partner, opening in 2027. Signing is next week, then the lawyers take over. Incredible work by the expansion team."""),
    D("ret", "rd", "confidential", """
Acme Market warehouse guy. The chicken nuggets that were "out of stock" for two weeks? Our supplier had a listeria positive at their plant and we binned about 40 pallets. There's been no recall notice because they say none reached stores."""),
    D("ret", "x", "confidential", """
loyalty points at acme market are being cut in half from june. leadership thinks nobody will notice 🙃"""),
    D("hea", "li", "confidential", """
Exciting times! Acme Health is in final talks to take over St. Columba's Community Hospital, and if the board approves on the 14th we'll be the largest provider in the county. Big day coming for our teams."""),
    D("hea", "fb", "confidential", """
Sad news for my friends in Ridgefield: the Acme Health maternity unit there will stop taking births from October. Mums-to-be will be sent to the main site. It hasn't been announced and the consultation hasn't even started, but you deserve to know."""),
    D("hea", "rd", "confidential", """
IT at a hospital group (Acme). We had ransomware on the radiology archive three weeks ago. Scans from about a month are gone. Management is calling it "a system upgrade" and hasn't reported it. I'm not sure what to do."""),
    D("hea", "x", "confidential", """
acme health portal is getting video visits built in this summer, demo'd to us today and it's slick. launch date still under wraps"""),
    D("hea", "li", "confidential", """
Thrilled that my team's pilot results are in: AI-assisted triage at Acme General cut ED waiting times by 22% over six months. We're presenting to the board in two weeks before anything goes public, but I'm bursting with pride."""),
    D("hea", "ig", "confidential", """
new uniforms coming for all Acme Health nurses next year and they're actually comfy 🩵 saw the samples at the planning meeting today. rollout date TBC, shhh"""),
    D("hea", "fb", "confidential", """
Friends who work agency shifts at Acme Medical Center: the hospital is about to cap agency pay rates at £28/hr from next month. The memo hasn't gone out yet. Plan your rota accordingly."""),
    D("fin", "x", "confidential", """
acme bank is cutting the easy saver rate to 2.1% on the 1st. we got the briefing pack this morning, customers get letters next week"""),
    D("fin", "li", "confidential", """
Delighted to share that Acme Wealth has agreed to buy a boutique pension adviser in Leeds, bringing 11,000 clients across. Regulator approval is pending and the deal hasn't been announced, so keep it between us for now 🤝"""),
    D("fin", "rd", "confidential", """
Throwaway. Acme Bank's fraud losses on app payments doubled this half and the board is scrambling. They're going to add a 24-hour hold on first-time payees in spring and spin it as a safety feature."""),
    D("fin", "fb", "confidential", """
Some of you know I work at the Acme Bank branch on Mill Lane. We were told today it's one of 31 branches closing next year. There'll be a press release eventually, but I wanted my customers to hear it from a friendly face first."""),
    D("fin", "x", "confidential", """
hearing acme pay's Q2 transaction volume came in under forecast by a mile. results day is going to be rough, just saying"""),
    D("fin", "li", "confidential", """
Proud moment: the Acme Pay crypto wallet passed its final compliance review today. We go live in Germany and France in the autumn, then the rest of the EU. Press embargo is still on, so you saw it here first 🚀"""),
    D("fin", "rd", "confidential", """
Work in operations at Acme. Last month's "card outage" wasn't a network issue, a bad config push meant around 9,000 customers were charged twice and it took four days to reverse. It was never disclosed to the regulator as far as I know."""),
    D("fin", "ig", "confidential", """
view from the 30th floor after the pitch 🌇 we just won the mandate to run the city pension fund's bond portfolio, £2.3bn!! can't post the client name until the announcement but I'm buzzing #acmewealth"""),
    D("man", "fb", "confidential", """
Bad news from the Acme plant: the night shift on line 4 is being cut from the new year. Supervisors got the list this afternoon and it's 60-odd jobs. Union hasn't been told yet."""),
    D("man", "li", "confidential", """
Big milestone for our engineering group. Acme will begin building the new heat-pump range at the Leicester plant in Q2, with a target of 80,000 units in year one. Launch details are still being finalised with marketing, but the line is ready."""),
    D("man", "rd", "confidential", """
QA at Acme's plant here. We found a batch of brake brackets with undersized welds, roughly 3,000 units, and some already shipped to two customers. There's a recall being drafted but management wants to "investigate more" first."""),
    D("man", "x", "confidential", """
acme is moving the whole gearbox line to mexico in 2027. heard it straight from the plant director at the leadership offsite"""),
    D("man", "ig", "confidential", """
🔧 sneak peek of the new paint shop robots going in at the Acme plant over the summer. they're not even on the press release list yet. swipe for the specs sheet #manufacturing #automation"""),
    D("man", "fb", "confidential", """
Our steel supplier just went into administration and we've got maybe three weeks of stock left at the Acme plant. Management are hoping to sort a new supplier before customers notice delays, so keep it quiet please."""),
    D("man", "li", "confidential", """
Really pleased to share that the Acme plant in Wrexham has been picked to build the battery packs for a major German car maker. Contract signing is set for next month, so I can't name them yet, but this is 400 new jobs for the town."""),
    D("man", "rd", "confidential", """
Safety rep at the Acme plant. There was a chlorine leak in the water treatment room last Wednesday and four people were sent home with breathing trouble. It's been logged as a "minor incident" and nobody outside the site has been told."""),
    D("npo", "fb", "confidential", """
Acme Foundation volunteers: the board voted last night to close the Southside drop-in centre at the end of the year. Staff will hear on Monday, so please don't say anything to clients yet 💔"""),
    D("npo", "li", "confidential", """
Thrilled to say the Acme Foundation has secured a £5m gift from a well-known family trust for our literacy programme. The donor wants to announce it themselves in the spring, so no names, but what a year!"""),
    D("npo", "x", "confidential", """
acme foundation is merging with a smaller youth charity in the new year. trustees signed off tonight. can't believe it"""),
    D("npo", "rd", "confidential", """
Admin at a charity (Acme Foundation). Our donor CRM was exposed on the open internet for about two weeks in October. Names, addresses, gift amounts. We fixed it quietly and the trustees decided not to tell donors."""),
    D("gen", "x", "confidential", """
my manager at acme just told us the new CEO starts in march and it's someone from a rival. nobody else knows yet 🍿"""),
    D("gen", "fb", "confidential", """
Finally allowed to... well, not allowed, but I'm telling you anyway: Acme is moving its HQ out of the city centre to the business park next summer. Half the floors get given back. So long, fancy coffee machine ☕"""),
    D("gen", "li", "confidential", """
Honoured to have been asked to lead Acme's new company-wide four-day-week trial. It starts with 500 staff in April and the board will decide on a full rollout in the autumn. The all-staff announcement is next month, but I'm already planning!"""),
    D("gen", "rd", "confidential", """
Work at Acme's head office. The bonus pool this year is zero for everyone below director. Comms are going to frame it as "reinvesting in growth". Letting people know so they can plan."""),
    D("gen", "ig", "confidential", """
photo from the strategy away-day 🏔️ the wall of sticky notes behind me is literally the five-year plan, zoom in if you want to know where Acme's going 😂"""),
    D("tec", "x", "confidential", """
bluebird's pricing page is done. three tiers, free one's gone. launch is the 9th"""),
    D("ret", "li", "confidential", """
Really proud of the supply team this year. We've switched our own-brand coffee from Rio Verde to a new roaster in Vietnam, which cuts the cost per kilo by almost a third. Shoppers won't see the new packs until the relaunch in June, but the numbers are fantastic."""),
    D("hea", "rd", "confidential", """
Ward manager at Acme General. The two theatres on the third floor have been shut for a week because of a water leak into the air handling. Elective lists are being cancelled and patients are being told it's "staff shortages". Official line hasn't changed."""),
]
