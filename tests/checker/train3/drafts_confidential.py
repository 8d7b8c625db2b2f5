# ruff: noqa: E501
"""Training drafts (third set): confidential, phrased without "confidential", "secret", "internal" or "not public".

Unreleased products and features, code names used as project names, unannounced results, prices, deals,
closures, reorganisations and leadership changes, planning-meeting whiteboards, and incidents nobody has
disclosed; each says or implies that the news is not out yet."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    # --- technology
    D("tec", "x", "confidential", """
got the redesigned acme cloud console on my test account today. dark mode, a cost explorer that finally makes sense, and it rolls out to everyone in march. you're going to love it"""),
    D("tec", "li", "confidential", """
Thrilled to say I'll be leading the new Acme Cloud region in Warsaw, which we unveil at the Berlin summit in April. Until the keynote I'm recruiting quietly, so if you know Kubernetes and Polish paperwork, my DMs are open."""),
    D("tec", "rd", "confidential", """
Acme Cloud SRE. Tuesday's "elevated latency" in us-east was really a storage controller firmware upgrade that scrambled metadata on roughly 300 customer volumes. Most were restored from snapshots; the rest got credits and a phone call. You won't find any of that in the status page history."""),
    D("tec", "fb", "confidential", """
Rough day. We were told this afternoon that Acme Sense hardware manufacturing moves to Vietnam next year, so my department goes from 40 people to 6. Everyone else hears after the holidays. No idea what I'm doing next."""),
    D("tec", "x", "confidential", """
bluebird demo went great today 🐦 the exec team wants it in front of customers by june"""),
    D("tec", "li", "confidential", """
Orion-7 handled 10,000 requests per second in this week's load tests without breaking a sweat. Two years of work from a brilliant team. Can't wait until we can show everyone."""),
    D("tec", "rd", "confidential", """
Why is Acme Pay swapping out its fraud model? Because it blocked 2% of genuine payments last quarter and two of the biggest merchants threatened to walk. The replacement vendor signs this month. I was in the room."""),
    D("tec", "ig", "confidential", """
whiteboard from today's planning day 📋 yes, that's next year's acme cloud price list in the left column. forgot to wipe it before the photo, oh well #techlife"""),
    D("tec", "x", "confidential", """
my director let slip that acme is buying a little edge-computing outfit in lisbon for about €200m. papers get signed friday"""),
    D("tec", "li", "confidential", """
After five wonderful years, our VP of Engineering, Tom Haley, leaves Acme at the end of the month. The wider company hears on Monday, but I wanted to thank him publicly first for everything he built here."""),
    D("tec", "ig", "confidential", """
desk setup ft. the acme sense doorbell v3 prototype 🔔 wide-angle lens, night colour, the works. not even in the catalogue yet so enjoy the exclusive"""),
    D("tec", "x", "confidential", """
nightjar demo at 4. fingers crossed the build holds 🤞"""),
    D("tec", "rd", "confidential", """
Acme Cloud's free tier is being cut from 12 months to 3 from January. Sales got the slides this morning. If you're a student relying on it, start planning now."""),
    # --- retail
    D("ret", "fb", "confidential", """
Bad news for Westgate: the Acme Market there shuts its doors in March. Managers heard at the regional meeting yesterday and we've been asked to say nothing until the posters go up in February."""),
    D("ret", "x", "confidential", """
acme market own-brand milk goes up 8p a pint on the 1st. the new shelf labels are already printed and sitting in our back office"""),
    D("ret", "li", "confidential", """
Really proud to have helped land Acme Market's new partnership with a national pharmacy chain: counters in 120 of our stores from next autumn. Terms were agreed this week, and the official news follows once both boards sign."""),
    D("ret", "rd", "confidential", """
Acme Market buyer. The posh Italian tomatoes disappeared because we dropped the grower after two failed quality audits in a row. No one will announce that; they'll just become "seasonal" on the website."""),
    D("ret", "ig", "confidential", """
packaging samples for our spring own-brand skincare 🌸 lavender and oat, hitting Acme Market shelves in April. first look anywhere!"""),
    D("ret", "x", "confidential", """
our store got told self-checkouts are being ripped out of every small acme market next year. head office will call it "bringing back the human touch", watch"""),
    D("ret", "fb", "confidential", """
The Acme Market home delivery service is bleeding money. The Q3 figures shown to managers today say every order costs us £4 more than it brings in, and there's talk of pulling it from the north. Glad I work in stores."""),
    # --- healthcare
    D("hea", "li", "confidential", """
Exciting times! Acme Health is building a new cancer centre in Leeds, and the construction contract was signed this week. We go public in the new year; until then, oncology nurses thinking about a move, message me."""),
    D("hea", "fb", "confidential", """
The maternity unit at Acme General is being downgraded to midwife-led only from next summer. We were told at a staff briefing this afternoon and the local paper hasn't got wind of it yet. Heartbroken."""),
    D("hea", "rd", "confidential", """
Acme Health IT. The patient portal was down six hours on Sunday because ransomware hit one of the scheduling servers. It's contained, but patients were told it was "planned maintenance" and that's the line we're sticking to."""),
    D("hea", "x", "confidential", """
acme health portal gets video consultations in the spring. we've been trialling it on the wards all month and it's brilliant"""),
    # --- finance
    D("fin", "li", "confidential", """
We've just agreed to buy a 40-branch regional building society, which will make Acme Bank the biggest lender in the south-west. Still waiting on the regulator, so keep it to yourselves, but what a month for the deals team!"""),
    D("fin", "x", "confidential", """
acme bank's arranged overdraft rate goes up to 39.9% from february. customer letters get posted next week"""),
    D("fin", "rd", "confidential", """
Teller at Acme Bank. Our branch and five others along the valley close in the summer. The customer letters are still being drafted, but staff consultation started today."""),
    D("fin", "fb", "confidential", """
Acme Wealth's new robo-adviser app finally has a launch date: 14 May! I've been testing it for months and the portfolio screen is gorgeous. Don't tell anyone you heard it from me 🤫"""),
    D("fin", "ig", "confidential", """
year-end numbers just landed in my inbox 📈 acme pay processed $41bn this year, up 28%. the world finds out on results day in february but i'm proud NOW"""),
    D("fin", "li", "confidential", """
Congratulations to Sandra Mills, who will be the next Chief Risk Officer of Acme Bank! The appointment goes to the market in a couple of weeks, but I couldn't hold it in."""),
    # --- manufacturing
    D("man", "fb", "confidential", """
Acme plant lads: the night shift at Hall B gets scrapped in January. They'll tell everyone at next month's toolbox talk, so act surprised."""),
    D("man", "li", "confidential", """
Our team at the Acme plant just built the first prototype of a heat pump compressor that's 30% quieter than anything you can buy. Production starts in 2027 and I can't wait for the world to see it."""),
    D("man", "rd", "confidential", """
QA at the Acme plant. Last month 1,800 valve housings with hairline cracks went out to a customer. It's being "handled directly" with them: no recall, no notice. It sits badly with me."""),
    D("man", "ig", "confidential", """
first part off the new robotic welding cell 🤖🔥 they're spending £30m on six more over the summer and the press release is months away"""),
    # --- nonprofit
    D("npo", "fb", "confidential", """
The Acme Foundation is merging with a children's literacy charity in Manchester. Trustees voted last night; donors get the news in January. Exciting, and a bit scary for us staff."""),
    D("npo", "li", "confidential", """
Sad to share that our Acme Foundation youth centre in Bradford will close next spring because the funding has run out. The families haven't been told, so please don't pass this on."""),
    D("npo", "x", "confidential", """
just found out the big donor behind the acme foundation's new hospice wing has pulled out. £2m gone. the board is scrambling before the gala"""),
    # --- general
    D("gen", "li", "confidential", """
Some news from Acme: head office moves to a four-day week from April. It goes to all staff next week, but I'm too excited to sit on it."""),
    D("gen", "fb", "confidential", """
The Acme head office in Reading is being sold and we all move to the new Slough campus by the end of next year. HR emails everyone on Friday, so I'm telling my family first 😅"""),
    D("gen", "x", "confidential", """
acme's ceo steps down after the summer and the board already has a replacement lined up. you'll read about it in june"""),
    D("gen", "rd", "confidential", """
Saw the draft of Acme's bonus plan today: nothing at all for anyone below director. They'll sell it as "investing in our future" when it goes out."""),
]
