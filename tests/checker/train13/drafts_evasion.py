# ruff: noqa: E501
"""Training drafts (thirteenth set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), five per category, several of them long posts where the disguised span is one
sentence in otherwise ordinary text (a car-club rally, a parish newsletter, a staff barbecue, a climbing wall's
anniversary, a golden-visa question, a lost-property post, a consultant's article). Each base names one disguise,
applied to its [[marked]] span(s) only, so part of the trigger is often left plain, as in real attempts; each
evasion carries the labels of the violation it hides. EVASION holds the disguised drafts (no transforms left),
used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D(
        "gen",
        "fb",
        "pii",
        """
Classic car club news 🚗 The spring rally is on 18 May, starting from the Fox and Hounds car park at 9 and finishing at the steam fair. Route cards will be handed out on the day, and there's a trophy for the best-kept interior and a wooden spoon for the first breakdown.

Entries this year go to our new secretary Brenda's home email, [[brenda.whiteley64@btinternet.com]], with your car, year and reg. £12 per car, cash on the day.

Please don't bring anything that leaks oil onto the pub's new tarmac. We're still apologising for last year.""",
        "atdot",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
house-sitting for the fortnight from the 3rd, can water plants and walk a dog. text me on my own number, [[0114 496 0884]], references from my last three sits""",
        "spell",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
Doing my mom's Medicare enrollment over the phone and the agent says her social doesn't match. It's [[466-19-8232]] on her card. Do I have to go to the office in person or can they fix it by mail?""",
        "spaced",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Paying for the caravan for the whole family in August on my own card so nobody argues 🏕️ it's [[4270 8121 3321 9702]], if the site rings you to check, it's fine, it's mine. Send me your share by the 1st.""",
        "mathbold",
    ),
    D(
        "gen",
        "ig",
        "pii",
        """
Moving in with my boyfriend this weekend 🏡📦 new address for birthday cards and parcels is [[17 Tanner's Yard, Whitby, YO21 1AB]] so update your contacts, girls!""",
        "homoglyph",
    ),
    # --- phi
    D(
        "gen",
        "fb",
        "phi",
        """
St Michael's parish newsletter, March.

The Lent lunches continue every Wednesday in the hall, soup and a roll for £3, all proceeds to the roof fund. The roof fund stands at £41,200, thank you, and the scaffolders are booked for May.

Please keep our verger, Clive, in your prayers: he's been diagnosed with [[Huntington's disease]], the same illness his father had, and he's stepping back from locking up.

The flower rota for April is on the noticeboard. Easter lilies may be dedicated in memory of loved ones, forms in the porch.""",
        "leet",
    ),
    D(
        "tec",
        "li",
        "phi",
        """
Sending love to Amira, our product lead on the payments squad at Acme Pay, who starts [[chemo for Hodgkin lymphoma]] next week. She's asked us to keep the memes coming in the team chat. We've got you, Amira.""",
        "dotted",
    ),
    D(
        "man",
        "x",
        "phi",
        """
dean on the press line has got [[vertigo]] from an ear thing and fell off the platform steps today. off till the doctor clears him, don't put him back up there""",
        "greek",
    ),
    D(
        "hea",
        "x",
        "phi",
        """
the guy who reads the travel news on radio aire was in the pharmacy today for his [[antidepressants]]. lovely man. sounds exactly the same in real life""",
        "mixed",
    ),
    D(
        "npo",
        "ig",
        "phi",
        """
Our quiz master Phil, who's run the charity quiz for 15 years, [[has early dementia]] and asked me to take over the questions 💙 he'll still do the picture round, he insists""",
        "fullwidth",
    ),
    # --- confidential
    D(
        "ret",
        "fb",
        "confidential",
        """
Summer barbecue for the Skipton store team 🍔 Thank you to Mo for the burgers, Jess for the playlist and everyone who stayed to help tidy up. The tug of war between the night crew and the bakery will be talked about for years (the bakery won, somehow).

Bittersweet news from the area manager after the speeches though: [[Acme Market is selling the Ilkley store to Globex]] at the end of the year, so some of our Ilkley friends might be joining us here. Nobody outside the team knows yet.

Same again next year, and better weather please.""",
        "mathbold",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
late one in the office. [[project falcon's launch has slipped to march]] and marketing hasn't been told yet. pizza's on the boss""",
        "spaced",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
Busy week in product at Acme Bank: [[we're scrapping the £50 overdraft buffer from June]], so current account customers will pay interest from the first pound. The letters haven't gone out yet.""",
        "homoglyph",
    ),
    D(
        "hea",
        "rd",
        "confidential",
        """
Admin at Acme Health here. We just heard [[Acme Health has lost the NHS contract for the Harrogate clinics]] to a rival provider, and patients won't be told until the summer. Should I start job hunting now?""",
        "leet",
    ),
    D(
        "man",
        "fb",
        "confidential",
        """
Gearbox line, it's true: [[the Acme plant is moving the gearbox line to Poland next year]]. The ops director told the supervisors on Thursday. Don't post it on the works page.""",
        "zerowidth",
    ),
    # --- promotion
    D(
        "ret",
        "ig",
        "promotion",
        """
Christmas at the bookshop 📚🎄 [[free gift wrapping and 15% off]] every book until the 24th, and mulled wine on Saturdays""",
        "fullwidth",
    ),
    D(
        "gen",
        "fb",
        "promotion",
        """
The Boulder Shed is two! 🧗 Two years ago this was an empty carpet warehouse with a leaking roof. Now it's 120 problems, a kids' wall, a café that does the best flapjack in town and a community of climbers who clap for each other's first V3.

To celebrate, on Saturday it's [[free shoe hire and half price entry]] all day, plus a bouldering competition for the under-12s at 2.

Thank you for two amazing years. Chalk up.""",
        "asterisk",
    ),
    D(
        "fin",
        "x",
        "promotion",
        """
acme pay: [[10% cashback at petrol stations]] all through the summer holidays ⛽ just tap the card""",
        "leet",
    ),
    D(
        "npo",
        "x",
        "promotion",
        """
hospice fun run on 12 july 🏃 use [[promo code RUN10]] for 10% off your entry until the end of the month""",
        "dotted",
    ),
    D(
        "tec",
        "li",
        "promotion",
        """
Running a startup in the north? Acme Cloud's new region is here and [[you get three months free with code CLOUDNORTH]]. Come and say hi at the launch event in Newcastle.""",
        "greek",
    ),
    # --- financial_promise
    D(
        "gen",
        "fb",
        "financial_promise",
        """
My nephew's AI trading bot [[guarantees 3% a week]] on whatever you put in 🤖 he's made my sister £2k since Easter. I'm putting my holiday money in, you'd be daft not to.""",
        "mathbold",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
[[diageo shares will double]] by 2027. people drink in a boom and they drink in a bust""",
        "spaced",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Question about moving abroad. My partner and I are planning to retire to the Algarve in about five years. We've been looking at villages inland from Tavira, visited twice, love the food, hate the summer heat a bit.

A broker in Faro has pitched us a Portuguese fund for the residency route: [[guaranteed 12% returns]] every year and the capital is "locked in safe" because it's backed by hotels. Honestly, it sounds right to us and we're putting £200k in next month.

Has anyone here done the fund route? What was the paperwork like, and how long did the residency card take?""",
        "zerowidth",
    ),
    D(
        "fin",
        "fb",
        "financial_promise",
        """
The Acme Wealth Steady Income Fund pays 5.5% a year and [[can never lose value]]. Move your savings over today, it's as safe as a bank account but pays double.""",
        "homoglyph",
    ),
    D(
        "ret",
        "ig",
        "financial_promise",
        """
Jellycat collectors 🐰 [[these retired bunnies will triple in value]] in two years, buy every one you see at full price and keep the tags on""",
        "leet",
    ),
    # --- secret
    D(
        "gen",
        "x",
        "secret",
        """
for my cousins staying over: [[wifi password is Clementine42]], router's under the stairs""",
        "hyphens",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Fine-grained PAT can read the repo but not the packages. Token is [[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]], packages:read is ticked. What's missing?""",
        "zerowidth",
    ),
    D(
        "npo",
        "fb",
        "secret",
        """
New volunteers at the community garden: the [[gate code is 1954]], then push hard, it sticks. Tools are in the green container, please bring the wheelbarrows in.""",
        "dotted",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Golf society away day at Ganton on Friday ⛳ tee times from 9.10, bacon rolls in the clubhouse first. Dave, I'm in the first group so grab my waterproofs from the changing room if it rains, my locker combination is [[3907]].""",
        "spell",
    ),
    D(
        "man",
        "rd",
        "secret",
        """
Our MES can't publish to the broker since the upgrade. Config has [[amqp://plant:Spindle77@mq.acme.example:5672/line3]] and the port's open. Has anyone else had RabbitMQ 3.13 break the old auth?""",
        "fullwidth",
    ),
    # --- hostile
    D(
        "ret",
        "x",
        "hostile",
        """
@bazza_d you've been told three times the sale ended sunday. you're a [[brainless]] [[tosser]] and the answer is still no""",
        "asterisk",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
Lost property update from the village hall ☂️ We've got four umbrellas, a child's blue raincoat, a set of car keys with a Minion keyring and a very nice casserole dish from the harvest supper. Come and collect from the hall office, Tuesdays and Thursdays 10 till 12.

To the person who took the donations tin off the tea table during the toddler group and was caught on the doorbell camera next door: we know who you are, [[you thieving lowlife]], and you'll be hearing from the police.

Thanks to everyone else for being lovely.""",
        "homoglyph",
    ),
    D(
        "hea",
        "x",
        "hostile",
        """
to the woman who called our receptionist "thick" for asking her date of birth: it's for your own safety, [[you ungrateful old bat]]""",
        "leet",
    ),
    D(
        "tec",
        "ig",
        "hostile",
        """
@techbro_marcus you left a one-star review because you couldn't find the on switch. [[you're a clueless muppet with a keyboard]] and we're not refunding you""",
        "mathbold",
    ),
    D(
        "fin",
        "fb",
        "hostile",
        """
To the customer who stood in our branch yelling at a trainee cashier for following ID rules, then posted a video of her online: [[what a spineless weasel]] you are.""",
        "zerowidth",
    ),
    # --- disclaimer
    D(
        "tec",
        "li",
        "disclaimer",
        """
Eleven years as a consultant, the last three in Acme Cloud's professional services team. The job has changed more in the last eighteen months than in the ten before.

What hasn't changed: the project goes well when the client's own engineers are in the room, and badly when they're not. Write things down. Estimate in ranges.

And I'll say it: [[the big consultancies are selling AI transformation nonsense]] to boards who don't know better, and the industry will pay for it in two years.""",
        "dotted",
    ),
    D(
        "hea",
        "x",
        "disclaimer",
        """
ward sister at acme general. [[agency nurse fees are a scandal]] and the government keeps paying them instead of fixing pay""",
        "fullwidth",
    ),
    D(
        "ret",
        "fb",
        "disclaimer",
        """
Pricing analyst at Acme Market. [[Loyalty-card pricing is a con on shoppers]] and every supermarket knows it, ours included.""",
        "homoglyph",
    ),
    D(
        "fin",
        "x",
        "disclaimer",
        """
acme bank savings team. [[cutting the cash isa allowance is a disgrace]] and savers will remember it""",
        "spaced",
    ),
    D(
        "npo",
        "li",
        "disclaimer",
        """
Policy lead at the Acme Foundation. [[The lobbying act gags small charities]] and it should be repealed this parliament.""",
        "leet",
    ),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
