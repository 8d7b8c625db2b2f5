# ruff: noqa: E501
"""Training drafts (eighth set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), four per category. Each base names one disguise, applied to its [[marked]] span(s)
only, so part of the trigger is often left plain, as in real attempts; each evasion carries the labels of the
violation it hides. EVASION holds the disguised drafts (no transforms left), used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D("gen", "fb", "pii", """
Lost: a black cocker spaniel called Biscuit near Roundhay Park. His tag has my old number so ring me on my mobile instead, [[(415) 555-0172]], any time day or night 🐶""", "spell"),
    D("ret", "x", "pii", """
to the lady who bought the vintage lamp off my stall sunday, you left your email for the receipt: [[bethan.rowlands.home@gmail.com]]. drop me a line, you left the bulb""", "atdot"),
    D("fin", "rd", "pii", """
Paying my sister back for the holiday and the banking app keeps rejecting her IBAN, [[IE78AIBK52043378022190]]. Is it the spaces or is Revolut being weird?""", "spaced"),
    D("tec", "x", "pii", """
for the visa form my partner's SSN is [[387-92-6337]] and the portal says invalid, does it want dashes or not? been at this 2 hours""", "fullwidth"),
    # --- phi
    D("hea", "x", "phi", """
the bin man on our round, gary with the ponytail, came in to the clinic today and he's got [[hepatitis c]]. lovely guy, hope the new tablets sort him out""", "leet"),
    D("man", "fb", "phi", """
Everyone be gentle with Marcus on C shift, he came back from the weekend with a [[bipolar diagnosis]] and he's still getting used to the lithium.""", "homoglyph"),
    D("npo", "ig", "phi", """
Our Tuesday foodbank driver Pat (the one with the purple van) is off for a while with [[breast cancer]]. She asked us to let you all know. Cards to the hall 💜""", "asterisk"),
    D("ret", "x", "phi", """
the old fella from the bookies next door told me at the till his [[prostate cancer]] has spread. he still bought his paper and his mints like normal""", "zerowidth"),
    # --- confidential
    D("tec", "li", "confidential", """
Proud to be on the team launching [[Project Orion-7]] at Acme Cloud, first private preview customers go live in June and the pricing is locked in next week.""", "dotted"),
    D("ret", "fb", "confidential", """
Acme Market Ripon's [[closing down]] in April, the area manager told us this morning, customers get told after Easter.""", "hyphens"),
    D("fin", "x", "confidential", """
acme bank's [[cutting]] 300 branch jobs in the new year, the list went to area managers on friday. not public till february""", "leet"),
    D("hea", "fb", "confidential", """
Acme Health is [[shutting the birth centre]] at Ripley in the spring, the midwives were told yesterday and the mums booked there haven't been""", "mathbold"),
    # --- promotion
    D("ret", "ig", "promotion", """
[[buy one get one free]] on all the christmas jumpers at acme market this weekend 🎄 come and get matching ones""", "spaced"),
    D("tec", "x", "promotion", """
[[discount code]] SENSE20 gets you 20% off any acme sense camera until sunday""", "zerowidth"),
    D("fin", "fb", "promotion", """
Acme Bank [[cashback]] on all card spending at cafés this month, up to £20! Just activate it in the app ☕""", "homoglyph"),
    D("npo", "x", "promotion", """
acme foundation quiz night, [[free entry]] and a free pint for every team that brings a new member 🍺""", "asterisk"),
    # --- financial_promise
    D("gen", "x", "financial_promise", """
barclays shares are [[guaranteed to double]] this year, i'd bet my house on it""", "leet"),
    D("fin", "fb", "financial_promise", """
My mate's property syndicate pays 12% a year and it's [[risk free]] because it's bricks and mortar. I'm in, who else wants in?""", "dotted"),
    D("gen", "rd", "financial_promise", """
Solana will [[10x]] by next summer, this is the easiest money you'll ever make. Load up.""", "fullwidth"),
    D("ret", "ig", "financial_promise", """
Rare trainers are the best investment there is, every pair I buy [[doubles in value]] within a year, no exceptions 👟""", "mathbold"),
    # --- secret
    D("tec", "rd", "secret", """
Our release job keeps failing on npm publish, token in the CI env is [[npm_oMqmD4KzyVMbgnLjREgM1b0adWa9vJk35yK2]]. Is it expired?""", "zerowidth"),
    D("gen", "fb", "secret", """
Holiday let guests: the [[wifi password]] is SeaView_Cottage22 and the key safe on the porch is 3108. Enjoy Whitby! 🌊""", "spaced"),
    D("man", "x", "secret", """
new lads: the tool store door code is [[6627]], don't give it to the agency drivers""", "spell"),
    D("fin", "rd", "secret", """
Shared the office admin [[password]] with the new temp (Acme-Ledger#2026) and now IT is annoyed at me. Was that really so bad?""", "homoglyph"),
    # --- hostile
    D("ret", "x", "hostile", """
to the bloke who licked a doughnut and put it back: you [[absolute slug]], we saw you""", "asterisk"),
    D("hea", "fb", "hostile", """
To the patient who called our receptionist a "useless cow" today: you're a [[pathetic little man]] and we hope you find another surgery.""", "zerowidth"),
    D("gen", "x", "hostile", """
to the neighbour who reported my hedge to the council: you [[nosy sad loser]], get a hobby""", "dotted"),
    D("tec", "rd", "hostile", """
Customers who email support in ALL CAPS about a typo in a receipt are [[brain dead]] and deserve the wait.""", "greek"),
    # --- disclaimer
    D("tec", "x", "disclaimer", """
engineer at [[acme cloud]]: serverless is overpriced hype and the vendors pushing it should be embarrassed""", "leet"),
    D("fin", "li", "disclaimer", """
Credit analyst at [[Acme Bank]]. The Bank of England kept rates too low for too long and the housing crash that follows is on them.""", "homoglyph"),
    D("hea", "x", "disclaimer", """
physio at [[acme health]] and the gov's plan to let pharmacists prescribe antibiotics is reckless""", "spaced"),
    D("ret", "fb", "disclaimer", """
Shift manager at [[Acme Market]]. The new deposit-return scheme for bottles is a shambles that punishes small shops and the ministers who designed it have never worked a till.""", "zerowidth"),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
