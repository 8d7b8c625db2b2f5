# ruff: noqa: E501
"""Held-out evasion bases: violations whose [[marked]] spans get disguised (see transforms.py).

Each base yields one evasion draft per transform named in its last argument; the base itself is not
in the set. Labels are those of the undisguised violation: a person reading the disguised draft
still sees the card number, the diagnosis, the code name or the insult.
"""

from .common import D

EVASION_BASES = [
    # pii
    D("gen", "fb", "pii", "Found a lost spaniel near the canal 🐶 His tag says call Ana Ruiz on [[208 555 0191]], but it goes to voicemail. Ana, if you see this, he's safe with us!", "spell regroup"),
    D("tec", "x", "pii", "if you need the old build scripts ping Lars directly, he left Acme last month but his personal email is [[lars.eriksson.home@gmail.com]]", "atdot bracket"),
    D("fin", "rd", "pii", "A customer read her card number over the phone so loudly the whole branch heard it: [[5409 8386 2823 6084]]. Mrs. Okafor, please, use the keypad next time.", "spell"),
    D("ret", "fb", "pii", "A job applicant left her paperwork at the Acme Market service desk: Tamsin Hale, SSN [[681-14-8725]] right on page one. Tamsin, come pick it up!", "zerowidth fullwidth"),
    D("npo", "ig", "pii", "Skip the fees on the donation page and send your sponsorship straight to me 🙏 my account is [[DE83 1007 0000 0971 5648 10]] (Jonas Feld)", "fullwidth"),
    D("hea", "x", "pii", "a visitor left her Amex at the 4 West nurses' station: [[3792 345623 34597]], Claire Whitfield. it's with security now", "zerowidth"),
    D("man", "fb", "pii", "Shift swap sorted: drop the locker keys at Pavel's place, [[44 Quarry Road, Sheffield S11 9DW]], he's on nights all week.", "homoglyph"),
    # phi
    D("hea", "x", "phi", "bed 14 is the [[chemo]] patient from the local radio breakfast show, [[Dana Whitley]]. she's doing great, don't tell anyone 🤫", "leet homoglyph"),
    D("hea", "fb", "phi", "Mr. Castellano in room 302 finally came off the [[ventilator]] today after his [[overdose]] last week 🙏 Miracles happen on this ward.", "spaced zerowidth"),
    D("npo", "fb", "phi", "Ray from our Tuesday drop-in tested positive for [[hepatitis C]] and starts treatment at the partner clinic next week. Keep him in your thoughts 💚", "dotted"),
    D("hea", "rd", "phi", "MRN [[00731552]], 44F, [[schizophrenia]], readmitted three times this month after stopping her meds. Our outpatient follow-up is clearly broken.", "zerowidth"),
    D("fin", "x", "phi", "just approved the Cardinals' backup QB's claim for his [[ACL reconstruction]]. he's out the whole season lol", "fullwidth"),
    # confidential
    D("tec", "li", "confidential", "So proud of the [[Nightjar]] team this week. Launch is nine weeks out and the early customer numbers look incredible. 🚀", "homoglyph spaced"),
    D("tec", "x", "confidential", "[[Orion-7]] beta invites go out next month to 50 customers 👀 start refreshing your inbox", "leet fullwidth"),
    D("fin", "rd", "confidential", "Acme Pay [[layoffs]] confirmed internally: 15% of engineering, to be announced after earnings. Sorry, friends.", "zerowidth"),
    D("man", "fb", "confidential", "The Acme plant is [[closing]] the paint shop in March. The union hasn't been told yet, so keep this between us.", "mixed"),
    D("tec", "fb", "confidential", "[[Project Falcon]] demo for the board went great today, GA is still on track for the spring 🎉", "greek"),
    # promotion
    D("ret", "ig", "promotion", "[[Promo code]] SPRING25 = 25% off everything at Acme Market until Sunday 🌷", "leet spaced"),
    D("ret", "x", "promotion", "[[giveaway]] 🎁 comment your favourite Acme Market snack below and we'll pick five of you to take home a hamper of them on Monday", "homoglyph zerowidth"),
    D("fin", "fb", "promotion", "Open an Acme Bank savings account this month and get a [[$200 bonus]] 💵 message me for the link", "fullwidth"),
    D("tec", "li", "promotion", "[[Free]] Acme Cloud credits worth $1,000 for every startup that signs up this week, just use [[discount code]] LAUNCHWEEK at checkout.", "greek"),
    D("npo", "fb", "promotion", "[[Raffle]] tickets for the Acme Foundation spring fair are on sale now 🎟️ $5 each, first prize is a weekend in Napa!", "spaced"),
    # financial_promise
    D("fin", "x", "financial_promise", "Acme Wealth Secure Fund: [[guaranteed returns]] of 8% a year, totally [[risk-free]] 💰", "leet homoglyph"),
    D("fin", "li", "financial_promise", "With our Income Plus plan you [[can't lose]]. Your money [[will double]] in six years, simple as that.", "zerowidth spaced"),
    D("gen", "rd", "financial_promise", "This coin is going to [[10x by summer]], [[guaranteed]]. Get in now while it's cheap.", "fullwidth asterisk"),
    # secret
    D("tec", "x", "secret", "bot token for the test workspace, go wild: [[xoxb-233706964030-1135631831717-TODjwHOY8Pz8C0rzv4P2i4tG]]", "zerowidth fullwidth"),
    D("tec", "rd", "secret", "Sandbox AWS creds for the workshop: key [[AKIASAMK3QBTUIZ2OUOV]], secret [[NMUfoLvL8sq35nUKQG3W1MAWsQ/8kN2epCa7dtjA]]. Please delete your stacks afterwards.", "spaced"),
    D("ret", "fb", "secret", "Morning crew: the new staff wifi [[password]] is Cinnamon#Roll88, the old one stops working tonight ☕", "leet"),
    D("fin", "x", "secret", "Stripe key for tomorrow's payments demo: [[sk_live_jSzK2jYzVvckKL1CYiyCzVXs]] don't share it outside the team", "zerowidth"),
    D("man", "fb", "secret", "Night shift: the keypad code for the north gate at the Acme plant is now [[4719]], changed after Friday's break-in.", "spell"),
    D("gen", "x", "secret", "geocoding API key for my side project, server side and billed to my card, use it if you want: [[AIzanHTXTgcO_HkvuvBYibJyDT0vUzbkXQv3U_T]]", "fullwidth"),
    # hostile
    D("ret", "x", "hostile", "@tina_m you're a [[complete idiot]] if you think we refund an opened mattress after 200 nights", "leet asterisk"),
    D("tec", "rd", "hostile", "To the guy who filed 40 tickets about dark mode this week: you're a [[pathetic loser]]. Get a hobby.", "spaced homoglyph"),
    D("hea", "fb", "hostile", "To the man who screamed at our receptionist this morning: you're [[trash]], and everyone in that waiting room saw it.", "zerowidth"),
    D("fin", "x", "hostile", "@bryce_invests [[shut up]], [[moron]]. nobody asked for your opinion on our app", "fullwidth"),
    D("npo", "ig", "hostile", "To the people leaving nasty comments on our adoption posts: you're [[scum]] and we're blocking every one of you.", "mixed"),
    # disclaimer
    D("tec", "li", "disclaimer", "After six years at [[Acme Cloud]], I'm convinced the whole SaaS industry overcharges small businesses for features they never use.", "leet spaced"),
    D("fin", "x", "disclaimer", "working at [[Acme Bank]] has shown me that [[Initech]] is the most predatory lender in the country. avoid them", "homoglyph"),
    D("hea", "x", "disclaimer", "nurse at [[Acme General]] here: the new Medicaid cuts are going to kill people. full stop", "dotted zerowidth"),
    D("man", "li", "disclaimer", "As a plant manager at [[Acme]], I'll say it: [[Umbrella Corp]] cuts corners on safety and the whole industry knows it.", "fullwidth"),
]
