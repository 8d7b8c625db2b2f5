# ruff: noqa: E501
"""Exam drafts (ninth held-out set): confidential, plans and facts that have not been made public, mostly told
without any secrecy word: closures, price and rate changes, layoffs, sales and deals, unreleased products,
leadership moves, figures before results day, code-named projects and incidents logged as something smaller,
passed on in career posts, asides, questions and family gossip."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("tec", "li", "confidential", """
Proud moment for our squad: Project Nightjar cleared its security review on Friday, so the first three banking customers go live on it in March. Eighteen months of work from a team of nine. Thank you all 🙏"""),
    D("ret", "fb", "confidential", """
Gutted. They told us at the morning huddle that Acme Market Hexham shuts for good at the end of June and the nearest store for most of us is Corbridge. 34 of us on the rota. Nobody's said anything to customers yet so don't be surprised if they don't know."""),
    D("fin", "x", "confidential", """
heads up if you bank with acme bank: arranged overdraft rate goes to 39.9% from february. letters don't go out till january but it's already loaded in the system we use"""),
    D("hea", "rd", "confidential", """
Midwife at Acme Medical Center. The consultants were told yesterday that the whole maternity unit moves to the Westgate site next autumn and the birth centre here closes. The public consultation hasn't even started. How do I tell the mums booked with us?"""),
    D("man", "li", "confidential", """
Tough week at the Acme plant. We've lost the Volvo bracket contract from April, about a third of our press shop's volume. Management are deciding what happens to the second shift now. Whatever happens, I'm proud of this crew."""),
    D("tec", "x", "confidential", """
acme cloud lost about four hours of writes in eu-west-2 last tuesday when the replica promotion went wrong. status page stayed green all day. customers still haven't been told"""),
    D("npo", "fb", "confidential", """
Sad to hear at the trustee meeting that Acme Foundation is ending its youth club grants after next March. 40 clubs. The letters are being drafted now. If your club relies on us, maybe start looking at other funders."""),
    D("gen", "x", "confidential", """
my husband works at acme pay and apparently globex are buying them. due diligence people in the office all week, lawyers everywhere. deal's meant to be signed before easter"""),
    D("ret", "ig", "confidential", """
Sneak peek from the Acme Market product team 👀 our new "Acme Kitchen" ready meal range with the green boxes, 24 dishes, lands in stores in April. Swipe for the lasagne, you're welcome."""),
    D("tec", "rd", "confidential", """
Anyone else on the Orion-7 integration seeing p99 latency double when the cache cold-starts? We're supposed to hand it to the pilot customers next sprint and I don't want my name on that graph."""),
    D("fin", "li", "confidential", """
Personal news of a professional kind: I'll be working for a new boss soon. Acme Wealth has picked Harriet Okonedo from Globex as our next CEO and she starts in May. The board confirmed it to heads of desk this morning. Big shoes, exciting times."""),
    D("hea", "x", "confidential", """
for one day last week the acme health app showed some patients other people's blood results. fixed now. nobody has written to the patients and the incident's logged as a "display glitch\""""),
    D("man", "fb", "confidential", """
Night shift at the Acme plant is being cut from March, five nights down to three. The supervisors got the slides on Monday and the rest of us find out at the briefing in two weeks. Start looking at your bills now."""),
    D("tec", "x", "confidential", """
acme sense v3 has a proper camera built in and a battery that lasts two weeks. shipping in october. i've had one on my desk for a month and it's the best thing we've made"""),
    D("ret", "x", "confidential", """
enjoy your £3.85 meal deal while it lasts lads. acme market goes to £4.50 in two weeks, new shelf labels came in a box this morning"""),
    D("fin", "rd", "confidential", """
I work in credit risk at Acme Bank and saw this quarter's provisions before results day: bad-debt impairments are up around 40% on last year, mostly buy-to-let. Is now a bad time to apply for a promotion internally?"""),
    D("npo", "li", "confidential", """
Delighted that the singer Maya Brandt has agreed to become Acme Foundation's first celebrity patron! We're revealing her at the winter gala on 6 December, so keep it to yourselves till then 😉"""),
    D("gen", "fb", "confidential", """
My mum's a receptionist at Acme General and she says the walk-in centre is shutting on Christmas Eve and everyone will be sent to A&E instead. The staff only found out on Thursday. Madness in winter."""),
    D("tec", "li", "confidential", """
Milestone unlocked 🚀 this week we moved the last of the Bluebird pilot tenants onto the new storage layer, zero downtime. Next stop: general release to every Acme Cloud customer in the summer."""),
    D("man", "x", "confidential", """
acme plant is recalling the whole august batch of brake hoses, the crimps are failing the pull test. decision made today. customers get the notice friday"""),
    D("hea", "fb", "confidential", """
Our Acme Dental practice on King Street is being sold to one of the big dental chains in the new year. The partners told us at the Christmas meal. Patients aren't being told until the paperwork's done, so if you're on our list, you heard nothing."""),
    D("ret", "rd", "confidential", """
Store manager here. The self-checkout pilot at six Acme Market stores has had shrink go up from 1.8% to 4.6% in four months and the board's decided to rip half the machines out again. Anyone else's chain seen the same?"""),
    D("fin", "x", "confidential", """
the acme pay "planned maintenance" on saturday was an expired certificate nobody renewed. cards declined for three hours. we were told to call it maintenance on every call"""),
    D("tec", "rd", "confidential", """
Acme Cloud SRE here. From March the on-call rota goes to four-day blocks and the on-call allowance is being cut by a third. Found out from a spreadsheet left open on the team screen. Is that even legal in the UK?"""),
    D("man", "li", "confidential", """
Big news for the Acme plant: the board approved £18m last week for a new line making battery casings for e-bikes, kit arriving in the autumn. Thirty new jobs. So proud to be part of what's next for Doncaster."""),
    D("npo", "x", "confidential", """
acme foundation christmas appeal closed at £212k against a £500k target. trustees meet thursday to decide which projects get cut. the newsletter is going to say "a great result\""""),
    D("gen", "rd", "confidential", """
My girlfriend works for Acme Cloud and there are 200 redundancies coming in January, mainly support and sales. The consultation letters are drafted. Should she start applying now or wait for the package?"""),
    D("hea", "li", "confidential", """
After a year of demos, Acme Medical Center is going with Initech for the new patient records system. Contracts get signed next month and go-live is planned for spring. As a ward clerk, I can't wait to see the back of the old one!"""),
    D("fin", "fb", "confidential", """
Acme Bank is closing 12 branches across Wales next year, including Llandeilo, Bala and Tywyn. I saw the list on the property team's board. If your mum still pays her bills over the counter, get her on the app now."""),
    D("ret", "li", "confidential", """
Excited to lead the Acme Market drone delivery trial in north Norfolk from May 🚁 the aviation approval came through on Tuesday and the first 14 villages are picked. We'll be the first supermarket in the UK doing this."""),
    D("ret", "li", "confidential", """
Ten years ago this week I started on the night fill at Acme Market Pontefract, stacking cereal boxes at 3am and wondering what I'd done with my life. Since then I've been a section leader, a deputy manager, a store manager in two towns and now I look after fourteen stores across West Yorkshire as an area manager. I wanted to take a minute to thank the people who got me here: Sheila, who taught me that the customer in front of you is the only one that matters; Imran, who made me do the rota until I could do it in my sleep; and every night-shift colleague who covered for me when my kids were small. It's a bittersweet anniversary, because I've spent this week planning how we move our Castleford and Knottingley teams into the bigger stores when both sites close in October, which the colleagues there won't hear about until the end of the month. Whatever happens, I know these teams will land on their feet, because they always do. Here's to the next ten years, and to everyone who ever stacked a shelf at 3am. 💚"""),
    D("tec", "x", "confidential", """
nightjar standup moves to 9:30 from monday, the payments people are joining now the scope grew. bring coffee it's going to be a long one"""),
]
