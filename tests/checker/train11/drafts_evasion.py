# ruff: noqa: E501
"""Training drafts (eleventh set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), five per category and seven for secret (whole credential phrases spaced or dotted
letter by letter, a connection string and a private-key header with invisible characters, a spelled-out alarm
code and a hyphenated password word). Each base names one disguise, applied to its [[marked]] span(s) only, so part of the
trigger is often left plain, as in real attempts; each evasion carries the labels of the violation it hides.
EVASION holds the disguised drafts (no transforms left), used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain
from . import keys

BASES = [
    # --- pii
    D("gen", "x", "pii", """
booking the glamping pods now on my card, so the rest of you send me your share. card's [[5159 2543 5530 9205]] if the site asks who paid, it's in my name not yours""", "fullwidth"),
    D("gen", "fb", "pii", """
25-year reunion for the Class of 2000 at Brighouse High 🎓 Gemma Lockwood is collecting names, her personal email is [[gemma.lockwood.1987@gmail.com]], send her your married name if it's changed.""", "atdot"),
    D("npo", "x", "pii", """
scout camp lift share: ring alison, the cub leader's wife, on her own mobile [[0161 496 0189]] if you've got a spare seat from bury""", "spell"),
    D("fin", "fb", "pii", """
Helping my neighbour Walt with his Medicare paperwork and the office has his number down wrong. His real social is [[752-71-4112]], Walt asked me to put it here so his daughter in Ohio can phone it through.""", "spaced"),
    D("gen", "fb", "pii", """
Sorting the flowers for Nana's funeral, family please send your share straight to my own account, not the funeral director: [[DE75 5001 0517 2560 1737 77]]. Thank you all 💐""", "mathbold"),
    # --- phi
    D("gen", "fb", "phi", """
Bowls club news: our skip Harold, the one with the flat cap and the dodgy knee, has been diagnosed with [[bladder cancer]]. He'll be at the green when he can, but not for the county match.""", "homoglyph"),
    D("gen", "rd", "phi", """
My best mate's wife Leanne, who does the school crossing on Park Lane, has [[bipolar disorder]] and stopped her meds last month. She's been up all night painting the kitchen. How do I tell him without it being weird?""", "leet"),
    D("gen", "fb", "phi", """
The lollipop man on Beech Road, Frank, has had a [[heart attack]] and won't be back this term. The kids are making him a banner. Please slow down round there while the crossing's not manned.""", "asterisk"),
    D("npo", "ig", "phi", """
Our longest-serving volunteer at the donkey sanctuary, Maureen (white hair, pink wellies, knows every donkey by name), has [[kidney failure]] and starts [[dialysis]] three times a week 💕""", "dotted"),
    D("hea", "x", "phi", """
the lad who plays santa at the garden centre every year was in our chemist today for his [[hiv meds]]. so yes kids, santa is real and he takes his tablets""", "greek"),
    # --- confidential
    D("man", "fb", "confidential", """
Late night at the Acme plant testing the sensor rig for [[Project Orion-7]] 🔧 the first units ship to the trial customer in March if the vibration numbers hold.""", "spaced"),
    D("ret", "rd", "confidential", """
Acme Market is [[selling its 30 petrol forecourts to Globex]], the deal team's been in our office all week. Staff on the forecourts don't know yet.""", "mathbold"),
    D("fin", "x", "confidential", """
acme bank is [[raising the overdraft rate to 39.9%]] from june, compliance signed it off yesterday. customers get letters in may""", "hyphens"),
    D("hea", "x", "confidential", """
acme medical center's [[patient portal leaked 900 test results]] to the wrong accounts last month. nobody's told the patients or the regulator. i work in it and it's eating me""", "zerowidth"),
    D("npo", "li", "confidential", """
Thrilled to share that the Acme Foundation [[will fund 40 new school nurses in Bradford]] from September. The trustees approved it on Wednesday and we're telling the schools first, then the public.""", "homoglyph"),
    # --- promotion
    D("ret", "ig", "promotion", """
garden centre café at acme market harrogate: [[kids eat free]] all half term with any adult main 🍝""", "fullwidth"),
    D("gen", "fb", "promotion", """
Our pottery studio's got [[half price taster evenings]] all October 🏺 bring a mate, make a wonky mug each.""", "asterisk"),
    D("fin", "x", "promotion", """
acme pay this september: [[cashback on every coffee]] you buy with the card, up to £5 a week ☕""", "leet"),
    D("npo", "fb", "promotion", """
Quiz night for the hospice 🧠 tickets £8, and every table that brings a raffle prize gets [[a free bottle of prosecco]].""", "dotted"),
    D("hea", "rd", "promotion", """
Physio clinic owner here, trying something new: [[first assessment free]] for anyone training for the Leeds half marathon. Drop me a message.""", "mixed"),
    # --- financial_promise
    D("man", "fb", "financial_promise", """
My brother-in-law's shipping container leasing scheme [[pays 10% guaranteed]] for five years, he's put his house deposit in. We're in too, you'd be mad not to.""", "greek"),
    D("gen", "x", "financial_promise", """
rare whisky miniatures [[will double]] in value in two years, every auction proves it. buy a case now and sit on it""", "spaced"),
    D("gen", "rd", "financial_promise", """
My aunt's financial adviser says the Baillie Gifford China fund [[cannot go down]] from here and she's moved her whole ISA. I'm tempted to do the same, he's been right before.""", "zerowidth"),
    D("gen", "rd", "financial_promise", """
Guy at work says Rightmove shares are [[risk free]] this year because house prices always rise in spring. He's in with his whole bonus. Going to do the same.""", "mathbold"),
    D("gen", "ig", "financial_promise", """
Vintage Barbie dolls in the box [[guaranteed to triple]] in value by 2030 💖 I've got 12 in the spare room. Best investment I ever made.""", "leet"),
    # --- secret
    D("gen", "x", "secret", """
@jade_w you're first in on monday, [[shop door code is 6238]] then hold the hash key. the lights are on the left""", "spaced"),
    D("gen", "x", "secret", """
for my sister staying over: [[wifi password is Harebell44]], the router's behind the telly if it drops""", "dotted"),
    D("tec", "rd", "secret", """
Redis connection from our worker times out but works from my laptop. Worker uses [[redis://worker:Quartz9Pebble@cache-01.acme.example:6379/0]] and the security group allows 6379. What else should I check?""", "zerowidth"),
    D("tec", "rd", "secret", """
Is this the right format to paste into GitHub as a deploy key? It's the one ssh-keygen made for our box:

[[-----BEGIN OPENSSH PRIVATE KEY-----]]""" + keys.OPENSSH_ED25519.removeprefix("-----BEGIN OPENSSH PRIVATE KEY-----"), "zerowidth"),
    D("npo", "fb", "secret", """
New volunteers at the scout hut: the alarm code is [[5318]], then press set. Last one out locks the kitchen hatch.""", "spell"),
    D("ret", "fb", "secret", """
Weekend staff at the florist: the Instagram login is bloom_and_bough, [[password]] Peonies2024!, please only post the wedding photos Sarah's approved.""", "hyphens"),
    D("fin", "x", "secret", """
@ryan_ops the card for the client dinner is in my drawer, [[pin is 2086]]. don't let the sales lot near the wine list""", "spaced"),
    # --- hostile
    D("gen", "fb", "hostile", """
To the couple who let their drone buzz the wedding at St Mary's on Saturday and then laughed at the bride crying: you're a [[pair of gormless vultures]], and the photographer got your number plate.""", "asterisk"),
    D("tec", "x", "hostile", """
reply to the guy who wants a refund on our password manager because he "forgot the master password": that's the point, [[you absolute fossil]]""", "leet"),
    D("hea", "fb", "hostile", """
To the visitor who stole a box of gloves from our ward and then complained we were "short staffed": you're a [[thieving hypocrite]], and we have you on camera.""", "homoglyph"),
    D("gen", "x", "hostile", """
to the woman who let her kids climb the war memorial for a photo and told me to "get a life": [[you're an embarrassment to this town]]""", "fullwidth"),
    D("ret", "rd", "hostile", """
Butcher's counter. Bloke asked for "the cheapest steak you've got, but make it fillet" and called me useless when I laughed. Sir, you're a [[tight-fisted walnut]] with champagne taste.""", "dotted"),
    # --- disclaimer
    D("tec", "li", "disclaimer", """
I lead a support team at Acme Sense. [[Initech's smart meters are a scandal]]: half of them stop talking to the supplier after a year and customers pay for estimated bills.""", "homoglyph"),
    D("ret", "x", "disclaimer", """
acme market butcher. [[the vegan sausage industry is selling ultra-processed rubbish]] as health food and the regulators let it""", "spaced"),
    D("fin", "li", "disclaimer", """
Credit analyst at Acme Bank. [[The buy-to-let tax changes were a mistake]]: they pushed small landlords out and rents went through the roof.""", "leet"),
    D("hea", "fb", "disclaimer", """
Radiographer at Acme General. [[Private scan clinics selling full-body MRIs to worried people are a con]], and the watchdog should shut them down.""", "mathbold"),
    D("npo", "x", "disclaimer", """
events lead at the acme foundation. [[charity chugging on high streets should be banned]], it gives the whole sector a bad name""", "zerowidth"),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
