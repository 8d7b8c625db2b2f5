"""Evasion bases for the fifth held-out set: violations whose [[marked]] spans are disguised.

Each base becomes one draft per transform named (heldout2's transforms.py: the first set's disguises plus
mathbold, hyphens and asis). The disguise often covers only the word a filter would key on, as in real
attempts; the labels are those of the violation underneath.
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

EVASION_BASES = [
    D("fin", "fb", "pii", """
Acme Bank still hasn't refunded the double charge from the garden centre. For the fourth time: it went on my Discover [[6011 1670 7033 6582]], can someone from the social team PLEASE just look it up
""", "spell fullwidth"),
    D("gen", "rd", "pii", """
Looking for the woman who found my grandad's medals at the tip and handed them in. Her name's Noreen and the council gave me her email, [[noreen.haskett55@hotmail.co.uk]], but she hasn't replied. Anyone know her? Want to thank her properly.
""", "atdot bracket"),
    D("gen", "x", "pii", """
for the landlord form my flatmate wants his SSN on the group chat, it's 5 1 4 - 7 0 - 7 9 1 2 lol don't tell him I posted it
""", "asis"),
    D("hea", "x", "phi", """
Mr Okafor in bed 9 on the psych ward has been off his meds for his [[schizophrenia]] again, third admission this year. his son plays for the town team, poor lad
""", "greek leet"),
    D("npo", "fb", "phi", """
Our Tuesday walking group leader Maureen Hebditch has been told her [[breast cancer]] has spread to her bones 💔 She asked us to keep walking without her. We'll do the long loop for you Maureen.
""", "zerowidth spaced"),
    D("tec", "x", "confidential", """
[[Project Falcon]] goes to our first three paying customers in May. nobody outside the team knows yet and I'm about to burst
""", "homoglyph mathbold"),
    D("fin", "li", "confidential", """
Can't share details, but the [[acquisition]] of Initech's payments arm closes next month and it has not been announced. Buckle up, Acme Pay team 🚀
""", "dotted hyphens"),
    D("ret", "ig", "promotion", """
spring clear-out at Acme Garden 🌷 use [[promo code]] BLOOM25 at the till for 25% off all bedding plants this weekend
""", "leet asterisk"),
    D("fin", "x", "financial_promise", """
Acme Wealth Tech Leaders fund: a [[guaranteed]] 20% this year. I've run the numbers, it cannot miss. DM me to get in
""", "homoglyph spaced"),
    D("gen", "fb", "financial_promise", """
Uncle Ray's tip of the year: put your savings into Halcyon Lithium shares now, [[risk-free returns]] of at least 40% by Easter. He's never been wrong!
""", "zerowidth greek"),
    D("tec", "rd", "secret", """
CI can't clone the private submodule. I set the token in the workflow env and it still says 403, this is the one: [[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]]
""", "zerowidth spaced"),
    D("ret", "fb", "secret", """
New stockroom tablet is set up! The [[password]] to unlock it is Crate&Barrel19, please don't change it or nobody can do deliveries 📦
""", "hyphens homoglyph"),
    D("tec", "x", "hostile", """
@kev_codes_badly you filed 14 tickets about a typo in your own config. you absolute [[idiot]], go back to [[clown]] school
""", "asterisk leet"),
    D("man", "fb", "hostile", """
To the lorry driver who reversed into our gate at 6am and drove off: you [[brainless muppet]], we've got the whole thing on camera and the police have it now.
""", "asterisk mixed"),
    D("hea", "li", "disclaimer", """
Consultant anaesthetist at [[Acme General]]. Private hospitals are bleeding the NHS dry: they cherry-pick easy cases and send the complications back to us. The government is funding a scandal.
""", "homoglyph fullwidth"),
]
