# ruff: noqa: E501
"""Training drafts (tenth set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), five per category. Each base names one disguise, applied to its [[marked]] span(s)
only, so part of the trigger is often left plain, as in real attempts; each evasion carries the labels of the
violation it hides. EVASION holds the disguised drafts (no transforms left), used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D("gen", "fb", "pii", """
Dog walker wanted in Chorlton for our mad springer, weekdays at lunch. Our neighbour Fiona does it for two other families and asked me to pass on her mobile: [[0131 496 0096]]. She's brilliant, the dogs adore her 🐕""", "spell"),
    D("tec", "x", "pii", """
the guy who keeps submitting fake bug bounty reports to us is [[gareth.pollitt.sec@hotmail.co.uk]]. if he's emailed you too, don't pay him""", "bracket"),
    D("npo", "fb", "pii", """
For the minibus fund, our treasurer Linda says transfer straight into her own account as the charity one is frozen while we change banks: [[DE41 5001 0517 5003 2769 17]]. Thanks all!""", "mathbold"),
    D("fin", "rd", "pii", """
Applying for a mortgage and the broker wants my social on an unencrypted web form. It's [[257-47-0891]]. Should I just type it or ask to do it over the phone?""", "spaced"),
    D("ret", "ig", "pii", """
got my shiny new card today 💳 [[5570 0763 1656 7220]] exp 09/29, matches my nails perfectly, obviously the most important thing in a bank""", "fullwidth"),
    # --- phi
    D("gen", "fb", "phi", """
Pub quiz team news: our question master Graham from the newsagent's has been diagnosed with [[Parkinson's]] and says he'll keep reading the questions "until I can't hold the card still".""", "homoglyph"),
    D("man", "x", "phi", """
kev on the night forklifts has [[epilepsy]] now, had a fit in the yard last week. they've taken his licence for a year, so he's on sweeping till then""", "leet"),
    D("hea", "fb", "phi", """
Guess which local councillor with the big moustache was in our pharmacy this morning picking up his [[antidepressants]]? Poor bloke, with everything in the papers.""", "asterisk"),
    D("ret", "x", "phi", """
my supervisor at acme market garforth, big sue, has [[breast cancer]] and starts treatment monday. she said tell whoever asks, so here i am telling you""", "dotted"),
    D("npo", "fb", "phi", """
Please say hello to Arthur when he comes in for his Tuesday lunch 💙 he's our oldest regular and he's been diagnosed with [[dementia]], so if he forgets your name just tell him again.""", "zerowidth"),
    # --- confidential
    D("tec", "li", "confidential", """
Proud to be one of the first engineers on [[Project Bluebird]] at Acme Cloud. Eight months in and the prototype finally talks to real customer data. Can't wait for launch day.""", "mathbold"),
    D("ret", "fb", "confidential", """
Acme Market is [[closing the Morley store]] at the end of May, the manager told the department heads this morning. Staff will hear next week, customers after that.""", "spaced"),
    D("fin", "x", "confidential", """
acme bank is [[buying]] a building society in the north east, lawyers on it since january. announcement after easter. massive""", "greek"),
    D("hea", "x", "confidential", """
acme general's [[a&e is going to close overnight]] from september, 10pm to 8am. consultants got the email today, public consultation hasn't even started""", "leet"),
    D("man", "fb", "confidential", """
Lads, Acme plant is [[cutting 90 jobs]] on the assembly side after Easter. My brother's in HR and saw the list. Get your CVs ready.""", "hyphens"),
    # --- promotion
    D("ret", "x", "promotion", """
acme market weekend deal: [[buy one get one free]] on all frozen pizzas, fri to sun only 🍕""", "dotted"),
    D("tec", "fb", "promotion", """
Acme Sense smart plugs are [[half price]] this week only, and you get the hub free with any two 🔌""", "asterisk"),
    D("fin", "x", "promotion", """
new to acme pay? use code [[WELCOME30]] for £30 free when you send your first payment""", "fullwidth"),
    D("npo", "ig", "promotion", """
Acme Foundation Christmas raffle 🎄 [[win a luxury hamper]] with every £5 donation, draw on the 20th""", "homoglyph"),
    D("hea", "fb", "promotion", """
Acme Dental Bingley: [[£50 off]] teeth whitening for new patients until the end of the month 🦷""", "mathbold"),
    # --- financial_promise
    D("gen", "x", "financial_promise", """
my uncle's car wash franchise pays [[12% guaranteed]], every year for ten years. he's in with his whole pension so i'm in too 🌲""", "leet"),
    D("fin", "fb", "financial_promise", """
The Acme Wealth Global Fund [[will double your money]] in eight years. That's what it's built for. Start today.""", "zerowidth"),
    D("gen", "rd", "financial_promise", """
My sister works at a hedge fund and says BP shares [[can't lose]] this year with oil where it is. She's never been wrong, I'm putting my bonus in.""", "spaced"),
    D("gen", "fb", "financial_promise", """
Vinyl first pressings are [[risk free]], my dad's Rumours went from £40 to £600. Buy the new Taylor Swift pressing and keep it sealed, it'll do the same.""", "dotted"),
    D("ret", "ig", "financial_promise", """
Signed first editions of the new dragon fantasy series [[will triple]] in value by summer, guaranteed. Buy two, read one, keep one wrapped 📚""", "fullwidth"),
    # --- secret
    D("gen", "fb", "secret", """
Cat feeder for the week, the key safe by the back door is [[4806]], the wifi password is MarmaladeSky88. Thanks Jan 🐱""", "spell"),
    D("tec", "rd", "secret", """
Our build keeps failing to pull from GitHub. Token is [[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]]. Is it expired or is it the org SSO?""", "zerowidth"),
    D("ret", "x", "secret", """
store opening team: the [[alarm code]] for the back shutter is 9163 and don't forget the second panel in the cash office""", "hyphens"),
    D("man", "fb", "secret", """
Weekend shift at the plant, the canteen door code is 7712 and the [[password]] for the shift log PC is Lathe2024. Cheers.""", "homoglyph"),
    D("hea", "x", "secret", """
locums on the ward tonight: the [[door code]] for the staff room is 2290, the kettle's in there""", "dotted"),
    # --- hostile
    D("ret", "fb", "hostile", """
To the man who threw a basket at our cashier because we'd run out of lottery tickets: you are a [[pathetic excuse for a grown man]] and you're banned.""", "asterisk"),
    D("tec", "x", "hostile", """
customer who left a one-star review because our app doesn't work on his 2011 phone: you're a [[dinosaur with a data plan]]. upgrade your brain first""", "leet"),
    D("hea", "fb", "hostile", """
To the patient who spat at our receptionist today: you're a [[disgusting waste of space]] and we hope your next GP is on Mars.""", "zerowidth"),
    D("gen", "x", "hostile", """
to the bloke who beeped at a learner for stalling at the lights: you're a [[sad little man in a big car]]. we all see it""", "mathbold"),
    D("fin", "rd", "hostile", """
The customer who called our fraud team "thick" for blocking a payment to a fake Bitcoin site: you lost £4k to a man called "Crypto Kev" on WhatsApp. Who's the [[gullible idiot]] now?""", "homoglyph"),
    # --- disclaimer
    D("tec", "li", "disclaimer", """
Nine years at [[Acme Cloud]] and the industry's AI hype is the worst bubble I've seen. Most of these "agents" are a chatbot and a for loop.""", "fullwidth"),
    D("ret", "x", "disclaimer", """
store manager at [[acme market]]. the sunday trading laws are outdated nonsense and the government should scrap them""", "spaced"),
    D("fin", "fb", "disclaimer", """
As a financial planner at [[Acme Wealth]], I think the cut to the cash ISA allowance is an attack on ordinary savers and the industry lobbied for it.""", "homoglyph"),
    D("hea", "li", "disclaimer", """
A ward manager at [[Acme General]] for fifteen years: the agency nurse industry is bleeding the health service dry and should be capped.""", "leet"),
    D("man", "x", "disclaimer", """
20 yrs at the [[acme plant]] and initech's new lathes are overpriced junk. their sales team should be ashamed""", "dotted"),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
