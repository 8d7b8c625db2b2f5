"""Evasion bases for the sixth held-out set: violations whose [[marked]] spans are disguised.

Each base becomes one draft per transform named (heldout2's transforms.py: the first set's disguises plus
mathbold, hyphens and asis). The disguise often covers only the word a filter would key on, as in real
attempts; the labels are those of the violation underneath.
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

EVASION_BASES = [
    D("fin", "x", "pii", """
@AcmeBank third time asking, the fraud hold is on my Visa [[4159 3360 2266 4436]], can someone actually look at it instead of sending me the FAQ link
""", "spell fullwidth"),
    D("gen", "fb", "pii", """
Trying to find the lady who paid for my shopping at the Co-op when my card got declined on Friday. The cashier says she left her email for me, [[beatrice.olawale.home@gmail.com]], but it bounced twice. Anyone know a Beatrice from Thornbury?
""", "atdot"),
    D("ret", "ig", "pii", """
congrats to our regular Mrs Yvonne Castellano, who turns 75 today! 🎂 born [[21 November 1951]] and still in every Thursday for her crumpets. the bakery team loves you Yvonne
""", "spaced"),
    D("hea", "x", "phi", """
guess who's on our ward with [[alcoholic hepatitis]]? the guy who reads the local news on Channel 6. poor bloke looks yellow as a banana
""", "leet homoglyph"),
    D("npo", "fb", "phi", """
Please pray for our treasurer, Graham Ellory, who has been diagnosed with [[motor neurone disease]]. He'll keep doing the accounts as long as his hands let him.
""", "zerowidth"),
    D("tec", "x", "confidential", """
can't say much but [[Orion-7]] ships to the first customers in February and it's going to make Globex very nervous 😏
""", "homoglyph dotted"),
    D("ret", "fb", "confidential", """
Heard from the area manager today: Acme Market Halesowen is [[closing]] in March and nobody's told the customers yet. Shop there while you can 😢
""", "mathbold"),
    D("ret", "x", "promotion", """
Acme Market weekend only 🛒 [[40% off]] every Christmas jumper in store, and [[free delivery]] on orders over £20 online
""", "fullwidth mixed"),
    D("tec", "li", "promotion", """
Heading to the developer conference? Use [[promo code]] ACMEDEV for a [[free]] month of Acme Cloud Pro when you sign up at our stand.
""", "leet"),
    D("fin", "fb", "financial_promise", """
Join the Acme Wealth Smart Saver today: [[guaranteed]] 10% a year and [[zero risk]] to your money. Literally nothing to lose.
""", "hyphens zerowidth"),
    D("gen", "x", "financial_promise", """
this coin will [[10x by summer]] and I'm [[100% certain]]. put your savings in now and retire early, trust me
""", "spaced"),
    D("tec", "rd", "secret", """
Anyone know why the staging Redis rejects auth? We're using the [[password]] [[r3d1s-St4g1ng-2026]] from the vault and it worked yesterday
""", "homoglyph"),
    D("man", "fb", "secret", """
Night shift: the tool crib is locked again, so the [[keypad code]] is [[6093]] till the new fob reader is fixed. Please don't put it in the group chat.
""", "spell fullwidth"),
    D("ret", "x", "hostile", """
@lisa_shops_alot to whoever left that review: you are a [[stupid]], [[miserable]] [[old bat]] and we don't want your custom
""", "asterisk greek"),
    D("hea", "fb", "hostile", """
To the patient's son who kicked our vending machine: you're a [[pathetic]] [[thug]] and if I see you near my staff again I'll [[make you regret it]].
""", "leet"),
    D("tec", "x", "disclaimer", """
Acme Cloud engineer. honestly multi-cloud is a [[scam]] sold by consultants and Globex's [[marketing is lies]]
""", "dotted homoglyph"),
    D("fin", "li", "disclaimer", """
As a credit analyst at Acme Bank: the new lending rules are [[idiotic]] and will [[wreck]] first-time buyers. Regulators have no clue.
""", "zerowidth"),
]
