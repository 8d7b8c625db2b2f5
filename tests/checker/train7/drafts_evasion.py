# ruff: noqa: E501
"""Training drafts (seventh set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), six per category. Each base names one disguise, applied to its [[marked]] span(s)
only, so part of the trigger is often left plain, as in real attempts; each evasion carries the labels of the
violation it hides. EVASION holds the disguised drafts (no transforms left), used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D("gen", "fb", "pii", """
Found a car key on Hallam Road with a little tag: "if found please ring Mo Farrah-Lyons on [[(702) 555-0162]]". Mo, it's behind the bar at the Crown!""", "spell"),
    D("fin", "x", "pii", """
customer emailed us from [[j.okafor.home@gmail.com]] asking to change her address to 5 Lime Walk, Didsbury. sorted, jade x""", "atdot"),
    D("ret", "fb", "pii", """
Nan left her card in the self-checkout at Acme Market Ripon, if anyone finds [[4162 6210 2566 9721]] please cut it up, she's already cancelled it 🙈""", "zerowidth"),
    D("gen", "rd", "pii", """
Filling in the W-4 for my wife's new job and the portal won't take her SSN, [[364-01-9334]]. Do we need to call the SSA?""", "fullwidth"),
    D("npo", "x", "pii", """
minibus fund for the under-12s: send it to my own account and I'll pass it on, [[IE98AIBK46924932081784]]. thanks all""", "spaced"),
    D("tec", "li", "pii", """
Leaving Acme Cloud after four brilliant years! Send leaving cards to my flat: [[Flat 2, 31 Pelham Street, Lincoln]]. Don't be strangers.""", "mathbold"),
    # --- phi
    D("ret", "x", "phi", """
mrs tandy who comes into the acme market on crewe rd every day told me she's got [[dementia]] now. bless her, she still remembered my name""", "leet"),
    D("man", "fb", "phi", """
Lee Barker on the night shift has [[epilepsy]] and had a seizure by press 2 yesterday. Keep an eye on him lads, he won't say anything himself.""", "homoglyph"),
    D("gen", "fb", "phi", """
Prayers please for Father Doyle at St Anne's. He's got [[pancreatic cancer]] and they've given him months. He christened half this village.""", "asterisk"),
    D("tec", "rd", "phi", """
Colleague on the Acme Pay fraud team (the tall Kiwi who does the Friday quiz) just told me he's [[HIV positive]]. I don't know how to support him without making it weird.""", "zerowidth"),
    D("npo", "ig", "phi", """
Our hostel warden Jen is away for a month in [[rehab for alcohol]]. She asked us to tell you so the rumours stop. Back in March 💚""", "spaced"),
    D("hea", "x", "phi", """
the presenter off radio ridings breakfast was in with us today after a [[miscarriage]]. she was so kind to the students even then""", "greek"),
    # --- confidential
    D("tec", "x", "confidential", """
[[project falcon]] beta opens to the first customers on 12 may. the invite email is already written 👀""", "dotted"),
    D("ret", "fb", "confidential", """
The Acme Market in Brigg is [[closing down]] in March. Staff only found out this morning and the customers don't know yet.""", "hyphens"),
    D("fin", "li", "confidential", """
[[Acme Bank]] is buying a fintech next month, the deal was signed at 11pm last night 🤫 Can't say more till the announcement.""", "homoglyph"),
    D("man", "x", "confidential", """
[[layoffs]] at the acme plant confirmed to managers today. 120 jobs. goes public in june apparently""", "leet"),
    D("hea", "fb", "confidential", """
Acme Health is [[merging]] the Wrexham and Chester labs next year. None of the lab staff have been told yet.""", "mathbold"),
    D("npo", "x", "confidential", """
acme foundation's [[nightjar]] pilot is live in 3 shelters. public launch is the autumn, keep it shush""", "zerowidth"),
    # --- promotion
    D("ret", "ig", "promotion", """
[[50% off]] everything in the acme market bolton homeware aisle today only 🛋️ come and grab it""", "spaced"),
    D("tec", "x", "promotion", """
[[promo code]] ACMEFREE gets you a month of acme cloud on us. share it around""", "leet"),
    D("hea", "fb", "promotion", """
Acme Dental Harrogate: [[free whitening]] with every check-up booked this week! Ring reception.""", "asterisk"),
    D("fin", "x", "promotion", """
acme bank [[switching bonus]] is £150 this month if you move your salary over. easy money for ten minutes""", "homoglyph"),
    D("npo", "fb", "promotion", """
Acme Foundation [[raffle]] tickets are £1 a go, win a spa day or a Sunday roast for four! On the stall all weekend.""", "dotted"),
    D("gen", "li", "promotion", """
My book's finally out! Use code [[STORIES20]] at checkout for 20% off this week only 📚""", "fullwidth"),
    # --- financial_promise
    D("fin", "x", "financial_promise", """
acme wealth's new fund is [[guaranteed]] to return 12% a year. i've put my whole pension in it""", "leet"),
    D("gen", "fb", "financial_promise", """
This coin [[will double]] by Christmas. Put in whatever you can spare, you'll thank me in January.""", "asterisk"),
    D("fin", "li", "financial_promise", """
With the Acme Wealth Cautious fund you [[can't lose]]: your money grows every year, full stop.""", "zerowidth"),
    D("npo", "x", "financial_promise", """
[[risk free]] 8% a year with our community bond for the new sports hall, sign up at the clubhouse""", "spaced"),
    D("tec", "rd", "financial_promise", """
Initech stock [[will triple]] once their chip ships. Put your savings in now and retire early.""", "homoglyph"),
    D("man", "fb", "financial_promise", """
The lads' investment club is paying [[guaranteed returns]] of 15% a year. Come to the canteen Tuesday if you want in.""", "mathbold"),
    # --- secret
    D("tec", "x", "secret", """
bot token for anyone who wants to test our slack app: [[xoxb-801659286468-7802245595232-Kce5MrJYCFyg3sN6Xx2tkHcQ]]""", "spaced"),
    D("gen", "fb", "secret", """
BBQ at ours Saturday! Wifi password for the garden is [[44719902]], bring a chair.""", "spell"),
    D("ret", "x", "secret", """
till [[override code]] at the acme market front desk is 7741 for anyone covering tonight""", "hyphens"),
    D("hea", "fb", "secret", """
Night staff on ward 4: the drug cupboard [[keypad code]] is 2291 from today.""", "zerowidth"),
    D("fin", "rd", "secret", """
[[password]] for the shared Acme Wealth reporting account is Ledger#2026, the login is wealth.reports""", "leet"),
    D("man", "x", "secret", """
pushed my github token to the acme plant scheduling repo by accident lol [[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]]""", "fullwidth"),
    # --- hostile
    D("ret", "x", "hostile", """
the customer who screamed at my 17-year-old cashier over an expired coupon: you're a [[pathetic bully]] and everyone in that queue saw it""", "asterisk"),
    D("gen", "fb", "hostile", """
To the [[idiots]] letting off fireworks at 2am on Rowan Drive: the dogs hate you, the babies hate you, we all hate you.""", "leet"),
    D("tec", "rd", "hostile", """
Users who won't read the docs before raising a ticket are [[morons]], and I'm tired of pretending otherwise.""", "homoglyph"),
    D("hea", "x", "hostile", """
the man who threw his tea at our receptionist today: [[you disgusting pig]]. don't come back""", "zerowidth"),
    D("npo", "fb", "hostile", """
To the "generous" donor who dropped off three bags of broken toys: [[cheapskate loser]]. The kids deserve better than your rubbish.""", "dotted"),
    D("fin", "x", "hostile", """
man who called me useless at the counter today because his card got declined: [[get lost you clown]]""", "spaced"),
    # --- disclaimer
    D("tec", "li", "disclaimer", """
Principal engineer at [[Acme Cloud]]: Globex's support contracts are daylight robbery and their published uptime figures are fiction.""", "homoglyph"),
    D("fin", "x", "disclaimer", """
work at [[acme bank]]. cash-free high streets are a disaster for older people and the banks racing to shut branches should be ashamed""", "leet"),
    D("ret", "fb", "disclaimer", """
Store manager at [[Acme Market]] in Cardiff: the default 20mph limit has wrecked our delivery times and the Senedd should scrap it.""", "zerowidth"),
    D("hea", "rd", "disclaimer", """
Midwife at [[acme health]]. Private baby scan clinics are cowboys and the regulator lets them get away with murder.""", "dotted"),
    D("man", "li", "disclaimer", """
Shift manager at [[the Acme plant]]. Umbrella Corp's apprenticeships are cheap labour dressed up as training, and their safety record proves it.""", "hyphens"),
    D("npo", "x", "disclaimer", """
trustee at the [[acme foundation]]. business rates on charity shops are a cash grab by the council and they know exactly who pays""", "spaced"),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
