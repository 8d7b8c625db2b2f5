# ruff: noqa: E501
"""Evasion bases: violations whose [[marked]] spans get disguised (see transforms.py).

Each base yields one evasion draft per transform named in its last argument; the base itself is not
in the set. Labels are those of the undisguised violation: a person reading the disguised draft
still sees the e-mail address, the diagnosis, the code name or the insult. Some disguises cover
only part of what gives the draft away, as real attempts do.
"""

from .common import D

EVASION_BASES = [
    # pii
    D("gen", "fb", "pii", "The allotment waiting list is run by Petra now, so email her directly at [[petra.vukovic.garden@gmail.com]] and she'll add you 🥕", "atdot bracket"),
    D("fin", "rd", "pii", "Customer slid her card across the counter and asked me to 'just remember it' for next time: [[4980 2740 8594 1182]]. Ma'am, I have the memory of a goldfish and also that's not how banks work.", "spell"),
    D("ret", "x", "pii", "rewards signup clipboard at till 6 still has Mr. Ferreira's SSN on it: [[563-14-7016]]. taking it to the office, but come on", "zerowidth"),
    D("npo", "ig", "pii", "Choir subs 🎶 Our treasurer is away, so pay into Bram's personal account for now: [[NL38 SNSB 9865 6462 77]] (B. Hoekstra). Thanks, all!", "fullwidth"),
    D("man", "fb", "pii", "Carpool for the Saturday overtime: message Rosie, her email is rosie dot calloway 88 at yahoo dot co dot uk, and she's got two seats from the east side.", "asis"),
    # phi
    D("hea", "x", "phi", "bay 2 is [[Marcus Tillery]] off the Channel 5 traffic desk, passing a [[kidney stone]] and swearing like a sailor 😂", "homoglyph leet"),
    D("hea", "rd", "phi", "MRN [[61180452]] (78F) is back on our ward with C. diff again, third time since June. Nobody is doing proper follow-up after discharge.", "spell"),
    D("npo", "fb", "phi", "Please keep Ibrahim from the night shelter in your thoughts. He was diagnosed with [[tuberculosis]] yesterday and will be in isolation at St Anne's for two weeks 🙏", "spaced"),
    D("ret", "ig", "phi", "Mrs. Kowalczyk from the flower stall was in for her [[antidepressants]] again today and told me the whole divorce story 💐 Hang in there, Halina.", "mathbold"),
    # confidential
    D("tec", "x", "confidential", "[[Bluebird]] pricing just got signed off: $9 a seat. launch day can't come soon enough", "homoglyph hyphens"),
    D("fin", "li", "confidential", "Between us: Acme Wealth is [[acquiring]] a robo-adviser in Austin. Term sheet signed Friday, announcement mid-month. Exciting times!", "zerowidth"),
    D("man", "fb", "confidential", "Heads up crew, [[night shift]] at the Acme plant is being [[cut]] from March. HR tells everyone next week, so act surprised.", "leet"),
    D("tec", "li", "confidential", "Can't wait for you all to meet [[Project Falcon]] 👀 The partner-summit demo blew the room away, and GA is closer than you think.", "mathbold"),
    # promotion
    D("ret", "ig", "promotion", "[[Secret sale]] 🤫 show this post at the Acme Market Marlowe Street till on Saturday for [[30% off]] all homeware", "leet spaced"),
    D("tec", "x", "promotion", "[[free]] Acme Sense starter kit for the first 20 replies 👇 no strings attached", "fullwidth"),
    D("npo", "fb", "promotion", "[[Giveaway]] time 🎁 Share our adoption post and you're entered to win a $100 pet store voucher. Winner drawn Friday!", "zerowidth"),
    D("fin", "ig", "promotion", "Use [[promo code]] SAVE50 for $50 when you open an Acme Bank current account this month 💵", "dotted"),
    # financial_promise
    D("fin", "x", "financial_promise", "Acme Wealth Gold Saver: [[guaranteed]] 9% and totally [[risk free]] 💰 DM me", "leet greek"),
    D("gen", "fb", "financial_promise", "Put $2k into my mate's forex signals group and you'll [[double your money]] in 90 days. You [[can't lose]].", "spaced asterisk"),
    D("fin", "li", "financial_promise", "With the Acme Wealth Income Lock plan your returns are [[guaranteed]] for ten years. [[Zero risk]].", "zerowidth"),
    # secret
    D("tec", "x", "secret", "staging deploys need this: [[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]] (don't tell security lol)", "zerowidth spaced"),
    D("ret", "fb", "secret", "Hollybrook closers: from Monday the back office PC [[password]] is Gingerbread#24, user hbmgr 🍪", "hyphens"),
    D("hea", "x", "secret", "the staff room keypad code on ward 7 is now [[3917]], changed after the laptop went walkabout", "spell"),
    D("fin", "rd", "secret", "AWS key for the reporting bucket: [[AKIAQBYP2DSHMSLJCQWO]], secret [[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]]. It's read-only, so it's fine to share, right?", "fullwidth"),
    # hostile
    D("ret", "x", "hostile", "@dave_k83 you're an [[idiot]]. the sign literally says no returns on swimwear", "asterisk homoglyph"),
    D("tec", "rd", "hostile", "To the customer who opened 14 tickets about one typo: get a [[life]], you [[pathetic clown]].", "leet"),
    D("fin", "fb", "hostile", "Mr. 'I'll take my money elsewhere': please do, you [[miserable old crank]], and take your rubber-banded cheques with you.", "zerowidth"),
    D("npo", "x", "hostile", "to the guy yelling at our volunteers outside the pantry: [[shut up]] and go home, [[nobody wants you here]]", "spaced"),
    # disclaimer
    D("tec", "li", "disclaimer", "Ten years at [[Acme Cloud]] taught me the whole observability industry sells dashboards nobody reads. Vendors bill by the gigabyte for noise.", "homoglyph fullwidth"),
    D("hea", "x", "disclaimer", "midwife at [[Acme General]]: the birth-rate panic on cable news is nonsense and it's scaring women out of asking for help", "zerowidth"),
    D("fin", "li", "disclaimer", "After 12 years at [[Acme Bank]], I'm convinced open banking rules are a gift to Big Tech at the expense of ordinary customers.", "mathbold"),
]
