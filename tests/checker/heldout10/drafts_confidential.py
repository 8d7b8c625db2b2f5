# ruff: noqa: E501
"""Exam drafts (tenth held-out set): confidential, news an Acme employee (or someone close to one) lets out before
it is announced: unreleased products and features, roadmaps, unannounced prices, deals, closures, job cuts and
leadership changes, quotes from internal decks and meetings, undisclosed incidents, and the code names used as
project names. No secrecy word is needed. Several are long posts where the leak is one sentence."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D(
        "ret",
        "li",
        "confidential",
        """
Two years as a regional logistics planner at Acme Market, and I've been asked to speak to our graduate intake next week, so I've been thinking about what I'd tell my younger self.

Learn the warehouse before you learn the spreadsheet. Every number in a planning model is a person lifting a box.

Ask drivers, not dashboards, why a route is late.

Don't fall in love with your own forecast. The weather will humble you.

And learn the names of the night shift. They keep the whole thing running while the rest of us are asleep, and they know every shortcut the system doesn't.

In two years I've planned Christmas twice, survived a snow week in the Pennines that shut three depots, and rebuilt our route model after the new store in Harrogate opened. I've been wrong more times than I've been right, and every time the warehouse team helped me fix it before customers noticed.

The most exciting thing I've worked on is the drone delivery trial we're starting from the Truro store in March, dropping groceries to farms on the Roseland peninsula, which I can't wait to see in the air.

To the grads: the job is brilliant. Wear good shoes.""",
    ),
    D(
        "fin",
        "x",
        "confidential",
        """
heads up if you bank with acme bank for the cashback: the current account cashback ends in july, we got the briefing pack today. switch your bills now""",
    ),
    D(
        "tec",
        "rd",
        "confidential",
        """
Work at Acme Sense on the camera firmware. For about 40 minutes on Sunday night, motion clips from some cameras got uploaded into other customers' accounts because of a caching bug. We fixed it and nobody's been told, and the status page showed green the whole time. Is that even legal in the UK? Asking as a worried engineer.""",
    ),
    D(
        "hea",
        "fb",
        "confidential",
        """
Colleagues from Acme General have told me the hospital is stopping IVF for women over 40 from the new financial year, it was agreed at the board last week. If you're on the list and you're 39, push for your appointment now. Nothing official out yet.""",
    ),
    D(
        "man",
        "li",
        "confidential",
        """
Proud day at the Acme plant. Our machining cell passed its AS9100 audit with zero major findings, which puts us on the map for aerospace work for the first time.

Big thanks to the quality team, who rewrote 140 procedures in six months and somehow stayed friends, and to the operators who let auditors watch them for three days without throwing anything.

It's also why we've been chosen for the drone airframe parts contract with the Ministry of Defence that we sign in January, which will mean forty new jobs in the cell.

Next stop: 100% first-time pass on the new parts.""",
    ),
    D(
        "gen",
        "fb",
        "confidential",
        """
My husband works at Acme Pay and he says they're dropping American Express from all their card machines from June because of the fees. If you run a shop round here and half your customers pay Amex, start looking now.""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
been testing the acme sense pet feeder with the camera at home for a month, launch isn't till spring but the cat has already learned to trigger the treat button with her face 😹""",
    ),
    D(
        "npo",
        "li",
        "confidential",
        """
Eight years in charity fundraising, three of them at the Acme Foundation, and the thing I'd tell anyone starting out is that donors give to people, not projects.

Write to them like a person. Ring them when you don't need anything. Send them a photo from the place their money went.

It's been a hard year. We're £1.2m short of our fundraising target and the trustees agreed on Thursday to close the holiday hunger programme and the Wigan youth bus from April, which I'm still absorbing.

But every day I meet someone whose week was better because of what we do. That's why I stay.""",
    ),
    D(
        "fin",
        "rd",
        "confidential",
        """
I'm in the mortgage ops team at Acme Bank. We were told in a call today that Acme Bank is buying Initech's whole UK mortgage book, about 60,000 accounts, with completion in the autumn. Nobody's announced anything. If I'm one of those customers, do my terms change? Asking for my mum, who's one.""",
    ),
    D(
        "ret",
        "x",
        "confidential",
        """
from 1 may acme market is charging £4 for click and collect on orders under £40. found out on the store manager call. sorry in advance to everyone i have to tell at the hatch""",
    ),
    D(
        "tec",
        "li",
        "confidential",
        """
Some news I'm very excited about. After two years of work, Project Orion-7, our on-device speech model, now runs the whole wake-word pipeline on a chip smaller than a fingernail, and it's going into every Acme Sense speaker next autumn.

I joined Acme Cloud as a researcher on a team of three. Today we're 26, and I've never worked with kinder, sharper people.

If you're a speech or embedded ML engineer, we're hiring.""",
    ),
    D(
        "hea",
        "x",
        "confidential",
        """
sad to hear at handover that acme medical center is closing the birth suite at the Ripon site in september and moving everyone to Harrogate. nothing said to the mums yet""",
    ),
    D(
        "man",
        "rd",
        "confidential",
        """
Maintenance tech at the Acme plant. Management has told supervisors we're opening a second site near Wroclaw and moving the grinding lines there over 2027. Anyone been through an offshoring like this? Do they usually offer relocation or just redundancy?""",
    ),
    D(
        "gen",
        "x",
        "confidential",
        """
my sister in law does the events at acme foundation and the patron they're signing for the ball is an actual Strictly judge 👀 can't say which. announcement is after christmas""",
    ),
    D(
        "tec",
        "fb",
        "confidential",
        """
Ex-colleagues from the Acme Cloud Leeds office, in case HR hasn't rung you yet: the design team's going from 30 to 12 in the restructure, it was on the slide at the leadership offsite. I'm so sorry. DM me if you want help with a portfolio.""",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
Reflections after a year on Acme Wealth's client experience team.

We rebuilt onboarding from 23 screens to 9. We answered 94% of calls inside a minute. We stopped sending letters nobody reads.

Next quarter is the big one, because we're finally launching the junior investment app for under-18s in May with a £5 minimum and a debit card, which I've been testing with my niece.

What I've learned: clients forgive a slow answer if it's an honest one.""",
    ),
    D(
        "ret",
        "fb",
        "confidential",
        """
To the Acme Market Wakefield night crew: the store's getting a full refit and will shut for six weeks from 14 July. We were told at the 6am meeting. Your hours are being moved to Ossett and Pontefract, details next week. Tell your families before they read it on Facebook.""",
    ),
    D(
        "hea",
        "rd",
        "confidential",
        """
I'm a pharmacist at Acme Health. From next month we're going to stop stocking the brand-name insulin pens in our stores and switch everyone to the cheaper biosimilar, and patients won't get a letter, just a different box. Is it OK for me to warn my regulars at the counter?""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
acme cloud bookings missed target by 12% this quarter, the cfo told the all hands this morning. so that's why the offsite is in a Premier Inn now""",
    ),
    D(
        "gen",
        "rd",
        "confidential",
        """
My flatmate works at Acme Market head office. She says they're renaming the own-brand range and redesigning every label in September, and the new name is "Kitchen Table". Is it weird that I'm already sad about the old orange packaging?""",
    ),
    D(
        "npo",
        "x",
        "confidential",
        """
news from the acme foundation grants team: our lottery bid for the community fridges got turned down on monday. trustees haven't told partners yet so keep it quiet""",
    ),
    D(
        "tec",
        "li",
        "confidential",
        """
I've spent the last five months leading Project Bluebird, and today's the first day I can talk about how we work (not what we're building).

We write decisions down. Every meeting ends with a paragraph in the log. New joiners read the log, not the slides.

We demo every Friday, even when it's bad. Especially when it's bad.

We don't estimate in points. We ask "can it be done by Friday?" and if the answer is no, we make the thing smaller.

We pair on anything that touches money or data, and we rotate who runs the retro, so the same voice doesn't set the agenda every week.

We've just signed up our first pilot customer, Globex's logistics division, who start using it on the 3rd.

If that sounds like a team you'd like, my DMs are open.""",
    ),
    D(
        "man",
        "x",
        "confidential",
        """
paint line 2 at the acme plant is getting a robot sprayer in march, saw the drawings in the office. means the night shift on 2 is going. gutted for the lads""",
    ),
    D(
        "fin",
        "fb",
        "confidential",
        """
Anyone with savings at Acme Bank: I work in the product team, and the easy access saver is dropping from 4.1% to 3.25% on the 1st, letters go out next week. If you were going to move it, move it.""",
    ),
    D(
        "gen",
        "fb",
        "confidential",
        """
Parents of Oakwood, my husband works at Acme General and he says the children's ward at St Luke's is moving to the main site in January because they can't staff nights. They haven't told families yet. Not trying to scare anyone, just so you can plan.""",
    ),
    D(
        "tec",
        "rd",
        "confidential",
        """
Engineer at Acme Cloud here. Last Thursday an intern's script deleted the backups for one of our storage tiers in Frankfurt and we spent two days rebuilding them from replicas. No customer data lost as far as we know, but we haven't told customers and the postmortem is "internal only". Should I push for it to be published?""",
    ),
    D(
        "ret",
        "li",
        "confidential",
        """
Ten years in buying at Acme Market today. I started on crisps and now I look after the whole of frozen, which my mum still thinks is a demotion.

What I've learned: suppliers are partners, not enemies. Go to the farm. Taste everything twice.

Exciting times, too. We're bringing the whole frozen range under one supplier, Globex Foods, from next spring, and the contract's the biggest I've ever worked on.

Thanks to everyone who's taught me to tell a good chip from a great one.""",
    ),
    D(
        "hea",
        "li",
        "confidential",
        """
Honoured to have been appointed Chief Nursing Information Officer at Acme Health, starting in February. I'll take over from Dr Paula Reed, who is leaving for a role in Australia at Christmas (I don't think that's public yet, so keep it under your hats).

I qualified as a nurse 19 years ago and have spent the last eight making sure the software we buy actually works for the people on the ward. I can't wait to keep doing it at a bigger scale.""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
acme pay's pay-by-bank button is coming in Q2, it's in the roadmap deck for the merchant advisory board. bye bye card fees for the small guys 🙌""",
    ),
    D(
        "man",
        "fb",
        "confidential",
        """
Acme plant retirees group: thought you'd want to know from someone who still works there. The canteen's shutting for good at the end of the month, it was on the site leadership notes. They're putting in a food truck on Tuesdays. After 61 years of chips.""",
    ),
    D(
        "fin",
        "x",
        "confidential",
        """
acme pay merchant helpline moving to a chatbot only from april, the humans are being redeployed. we were told in the team huddle. ring them while you still can""",
    ),
    D(
        "npo",
        "fb",
        "confidential",
        """
Volunteers at the Acme Foundation charity shops, please don't share this yet: the Harrogate and Skipton shops are merging into one bigger shop on James Street in the spring. The lease was signed on Friday. We'll tell everyone properly at the volunteer evening.""",
    ),
    D(
        "hea",
        "x",
        "confidential",
        """
acme health app is going to start charging £2.99 a month for repeat prescriptions from june. product team confirmed it in the ops review. honestly not sure our patients will pay it""",
    ),
    D(
        "tec",
        "li",
        "confidential",
        """
Three years ago I was a support agent. Today I'm a product manager at Acme Cloud, and I want to share how that happened, because it wasn't luck.

I kept a document of every problem customers called about. After a year it had 1,400 rows. I showed it to a PM, who showed it to her director, who asked me to join the team.

It's also why I'm now leading the retirement of our old control panel, which gets switched off for everyone on 30 September, and which nobody outside the team knows about yet.

If you're in support: your notes are a product roadmap. Write them down.""",
    ),
    D(
        "ret",
        "rd",
        "confidential",
        """
I work at the Acme Market in Hull. Someone got into our CCTV system last month and was watching the cameras remotely for about a week before IT noticed. Police are involved and customers haven't been told. Are we supposed to put up a notice or something? Manager just says "leave it".""",
    ),
    D(
        "gen",
        "x",
        "confidential",
        """
my uncle's on the board of acme dental and apparently they're pulling out of NHS work in Leeds from april, private only. so if you're on their NHS list, start looking""",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
After a long process I'm delighted to say I've accepted the role of Head of Compliance at Acme Wealth, starting Monday.

I replace Simon Grant, who resigned last week after the regulator's visit (the team knows, the rest of the firm finds out at the town hall on Friday), and I'm grateful for the foundations he built.

Compliance is at its best when it's invisible: good processes, clear rules, people who feel safe asking questions. That's what I want to build.""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
project nightjar's first customer demo is on the 12th and we still don't have a login page. pray for us""",
    ),
]
