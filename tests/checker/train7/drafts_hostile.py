# ruff: noqa: E501
"""Training drafts (seventh set): hostile, witty, sarcastic or mocking put-downs and call-outs of customers,
patients, donors, neighbours and the public (most without swear words), and a few veiled threats."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "x", "hostile", """
to the customer who asked if our bread was baked today: yes sir it was. your manners, on the other hand, were clearly baked in 1952 and left out on the side."""),
    D("tec", "rd", "hostile", """
Support engineer at Acme Cloud. A customer opened a P1 today because "the internet is off". His router was unplugged. Some people should not be allowed near anything with a plug, let alone a credit card."""),
    D("hea", "fb", "hostile", """
To the gentleman who shouted at our receptionist yesterday over a 20-minute wait: the rest of the waiting room had a lovely time watching you make a fool of yourself. Same time next week? 😘"""),
    D("fin", "li", "hostile", """
Dear customer who called our branch "thieves" because we wouldn't hand over £5k without ID: the thieves are the ones who don't check. Congratulations on being the cleverest man in Swindon, by your own estimate."""),
    D("gen", "x", "hostile", """
whoever parks their van across two spaces outside the gym every morning: you're not a tradesman, you're a traffic cone with a credit rating"""),
    D("ret", "fb", "hostile", """
Return of the week at the Acme Market customer desk: a "faulty" kettle with limescale thicker than its owner's skull. Nice try, Brenda. We've all got your number now."""),
    D("man", "li", "hostile", """
A customer's buyer told me today our welds "look amateur". Mate, I've seen your purchase orders. Three typos in the company name. Pot, meet kettle."""),
    D("npo", "x", "hostile", """
to the man who "donated" a bin bag of used underwear to our charity shop on saturday: we know where the camera is. and now we know your face 🙂"""),
    D("tec", "x", "hostile", """
every time someone tweets "acme pay down AGAIN??" at me i want to post them a pencil. it's not down, brian. you forgot your password. for the fourth time this month."""),
    D("hea", "rd", "hostile", """
Pharmacist at Acme Health. The man who demanded antibiotics for his "flu" and then called me a jobsworth at the counter: enjoy your virus, I hear they love arrogant hosts."""),
    D("ret", "ig", "hostile", """
customer wanted to "speak to the manager" about the price of avocados. reader, i am the manager. he left. the avocados are still £1. the audacity of some people is enormous, their brains are not 🥑"""),
    D("fin", "x", "hostile", """
the crypto lads in our branch queue who think a hardware wallet makes them warren buffett: you bought a dog coin off a tiktoker, sit down"""),
    D("gen", "fb", "hostile", """
To whichever neighbour reported our kids' treehouse to the council: hope your hedge trimming brings you all the joy your personality never has."""),
    D("tec", "li", "hostile", """
Escalations lesson from Acme Cloud: if your "urgent" ticket begins "I'm no techie BUT", you're about to waste my afternoon. The last guy who wrote that had deleted his own database and blamed us for a fortnight. Clown."""),
    D("hea", "x", "hostile", """
the man who left our acme dental practice a 1-star review because we "made him open his mouth too much": sir, you have never once closed it"""),
    D("man", "x", "hostile", """
delivery driver who flattened our gate post and blamed the "narrow entrance": it's six metres wide, champ. it's your driving that's narrow"""),
    D("npo", "fb", "hostile", """
Thanks to the lady at Saturday's fete who told our nine-year-old volunteers their cupcakes looked "sad". You're the reason the word exists. Hope the bus home was as joyless as you are."""),
    D("ret", "x", "hostile", """
shopper asked if our vegan sausages were "made of vegans" and laughed at his own joke for a full minute. the average IQ in aisle 6 dropped to room temperature"""),
    D("gen", "rd", "hostile", """
To the village group member who comments "why is nobody talking about this" under every roadworks post: we are. You're just too thick to read the pinned post, Gareth."""),
    D("fin", "fb", "hostile", """
To the bloke who came into Acme Bank Hereford to rant about "woke banking" and then asked for a loan: the answer was no, and your spelling on the form gave the whole office a good laugh."""),
    D("tec", "x", "hostile", """
people who file bug reports against our api that just say "doesnt work fix it" should have their keyboards confiscated. read the docs. or learn to read. either is fine"""),
    D("hea", "fb", "hostile", """
To the protesters outside our clinic in Ormskirk this morning: your banner had three spelling mistakes and your own kids are vaccinated. Go home, have a biscuit, have a think."""),
    D("man", "fb", "hostile", """
School tour round the works yesterday and one of the dads asked if we "make the robots ourselves". No Keith, we order them from Argos. Genuinely worried for that child's homework."""),
    D("npo", "li", "hostile", """
Fundraising lesson: the wealthiest man at our dinner gave £20 and a ten-minute lecture on "efficiency". Sir, your company was fined for efficiency last year. Keep your twenty."""),
    D("ret", "fb", "hostile", """
If you're the woman who let her toddler lick every apple in the Acme Market fruit aisle this morning: we all saw, we all judged, and no, you are not winning mother of the year."""),
    D("gen", "x", "hostile", """
cyclists riding three abreast on the a56 at 7am: you're not in the tour de france, you're in the way, and one day a lorry is going to explain that to you properly"""),
]
