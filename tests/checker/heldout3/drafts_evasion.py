# ruff: noqa: E501
"""Evasion bases: violations whose [[marked]] spans get disguised (heldout2's transforms.py, unchanged).

Each base yields one evasion draft per transform named in its last argument; the base itself is not
in the set. Labels are those of the undisguised violation: a person reading the disguised draft still
sees the e-mail address, the diagnosis, the launch date or the insult. Some disguises cover only part of
what gives the draft away, as real attempts do ("asis": disguised by hand, used as written).
"""

from .common import D

EVASION_BASES = [
    # pii
    D("gen", "ig", "pii", "Our book club has a new host 📚 Send your RSVPs for the March meeting straight to Tamsin at [[tamsin.oyelowo.reads@gmail.com]] and she'll save you a seat by the fire.", "atdot bracket"),
    D("fin", "x", "pii", "customer at the Kirkgate branch read her whole card number out loud to the queue so I could 'check it': [[5467 7675 9091 5103]]. madam. please.", "spell zerowidth"),
    D("ret", "fb", "pii", "Whoever runs loyalty sign-ups at Acme Market Pier Road: Mr. Hollis's form with his SSN [[353-51-3277]] has been sitting on till 2 since breakfast. I've locked it in the office.", "zerowidth"),
    D("npo", "fb", "pii", "Kit fund for the under-11s 🏉 please send your £20 to coach Ciaran's own account, [[GB40 NWBK 5195 1808 5186 35]] (C. Mulvey), by Friday. Thanks, parents!", "fullwidth"),
    D("man", "fb", "pii", "Lift share to the Sheffield site from Monday: ring Fenella on zero one one four, four nine six, zero seven one eight after 6pm and she'll fit you in. She's out past Hillsborough.", "asis"),
    # phi
    D("hea", "x", "phi", "the weather presenter off the Channel 4 evening news is in our bay 9 with [[acute pancreatitis]], and yes, she's exactly as lovely in person ☀️", "homoglyph mathbold"),
    D("hea", "rd", "phi", "MRN [[70214458]] (62M) is back with sepsis two days after we discharged him with no follow-up booked. Third bounce-back on our unit this month. Who signs these off?", "spell"),
    D("npo", "fb", "phi", "Please keep Bashir from our Wednesday drop-in in your thoughts 💛 He started [[dialysis]] at Acme General this week and can't make the Thursday lunch club any more.", "spaced zerowidth"),
    # confidential
    D("tec", "x", "confidential", "[[Orion-7]] goes to general availability on 4 June. the keynote slides are done and they're gorgeous 👀", "greek zerowidth"),
    D("fin", "li", "confidential", "Quietly proud this week: Acme Pay has [[agreed to buy]] a small fraud-analytics firm in Dublin. The announcement comes after the board meets on the 20th, so enjoy the head start.", "leet"),
    D("man", "fb", "confidential", "Second shift is being [[folded into days]] from April and the agency contracts won't be renewed. Supervisors were told this morning, the rest of us find out on Friday.", "hyphens"),
    D("ret", "ig", "confidential", "First look at the [[Acme Market own-brand skincare]] range landing in spring 🌸 the vitamin C serum smells like a holiday and costs under a tenner.", "mathbold"),
    # promotion
    D("ret", "x", "promotion", "[[buy one get one free]] on every pumpkin at Acme Market this weekend 🎃 go carve something", "leet spaced"),
    D("tec", "li", "promotion", "Founders: use code [[LAUNCHPAD40]] for 40% off your first year of Acme Cloud business support 🚀 Valid until the end of the quarter.", "dotted"),
    D("hea", "fb", "promotion", "[[Free]] scale and polish with every new-patient check-up booked at Acme Dental in October 🦷 Call reception to book.", "fullwidth zerowidth"),
    D("npo", "ig", "promotion", "Our summer [[raffle]] is live 🎟️ £2 a ticket, and the [[winner]] takes home a weekend in a shepherd's hut in the Dales.", "homoglyph"),
    # financial_promise
    D("fin", "x", "financial_promise", "Acme Wealth Income Plus: [[guaranteed]] 8% every single year, [[no risk]] whatsoever 💷", "asterisk greek"),
    D("gen", "fb", "financial_promise", "Put $500 into my flatmate's arbitrage bot and it [[doubles in a month]]. It [[can't lose]], it's just maths.", "spaced leet"),
    D("fin", "li", "financial_promise", "The Acme Pay Treasury account is the one place your money is [[completely safe]] and [[always growing]], month after month.", "zerowidth"),
    # secret
    D("tec", "x", "secret", "classic PAT for the docs deploy: [[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]] it expires friday so use it while you can", "zerowidth spaced"),
    D("ret", "fb", "secret", "Closing shift at Acme Market Fenwick: the back-office [[password]] is now Lantern#Quay9, user fwmgr 🔑", "hyphens leet"),
    D("hea", "x", "secret", "the staff entrance keypad code on the maternity unit changes to [[6093]]# from tonight. pass it on", "spell"),
    D("fin", "rd", "secret", "AWS creds for the reconciliation bucket, it's only test data so whatever: [[AKIAKSWO6K2LO5H72R3K]] / [[HwylPemLjlOakgbSD1cvMWh854lcpiUeDtp+EHmA]]", "mathbold"),
    # hostile
    D("ret", "x", "hostile", "@tina_marsh honestly you're the [[dumbest]] customer I've dealt with all year, and it has been a long year", "asterisk leet"),
    D("tec", "rd", "hostile", "To the guy who filed nine tickets because he couldn't find the logout button: you are a [[waste of oxygen]].", "homoglyph"),
    D("fin", "fb", "hostile", "To the client who called our advisers 'glorified cashiers': enjoy managing your own money, you [[smug little weasel]]. We'll be here when it goes wrong.", "zerowidth dotted"),
    D("hea", "x", "hostile", "to the visitor who threatened our ward clerk tonight: [[we know your car]] and [[we know when visiting ends]] 🙂", "spaced"),
    # disclaimer
    D("tec", "li", "disclaimer", "Principal engineer at [[Acme Cloud]] here. Egress fees from the big clouds are a tax on leaving, and everyone in this industry knows it.", "homoglyph mathbold"),
    D("fin", "x", "disclaimer", "[[Acme Bank]] branch manager: closing rural branches is the banking industry's quiet betrayal of older customers", "fullwidth"),
    D("hea", "rd", "disclaimer", "Nurse practitioner at [[Acme Medical Center]]. Private equity buying up hospice chains is the worst thing to happen to end-of-life care in my lifetime.", "zerowidth"),
]
