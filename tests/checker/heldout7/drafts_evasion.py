"""Evasion bases for the seventh held-out set: violations whose [[marked]] spans are disguised.

Each base becomes one draft per transform named (heldout2's transforms.py: the first set's disguises plus
mathbold, hyphens and asis, where the text was disguised by hand and is used as written). The disguise often
covers only the word or number a filter would key on, as in real attempts; the labels are those of the
violation underneath.
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

EVASION_BASES = [
    # --- pii ---
    D("ret", "fb", "pii", """
Third time asking Acme Market online: you charged my Visa twice for the same click-and-collect order. The card is [[4172 8737 4053 7257]]. Refund one of them please, it's been nine days.
""", "spell dotted"),
    D("gen", "rd", "pii", """
Trying to reunite a lost tortoise with his owner. The vet scanned his chip and the registered contact is Mrs Celia Vantongeren, [[celia.vantongeren@btinternet.com]]. She's not answering. Anyone in Harrowden know her?
""", "atdot bracket"),
    D("fin", "x", "pii", """
for the payroll form: my SSN is 8 5 6 - 3 8 - 6 5 9 4. posting it so I stop losing the paper
""", "asis"),
    D("man", "fb", "pii", """
Night shift lads, the new agency driver Bogdan needs a lift from the station tomorrow. His mobile is [[0113 496 0572]], give him a ring if you're passing Hexley.
""", "fullwidth mathbold"),
    D("npo", "x", "pii", """
collection for Maya's leaving do, send it to her husband's account DE73 five zero zero one 0517 7211 seven four four five 02 by weds pls
""", "asis"),
    # --- phi ---
    D("hea", "x", "phi", """
Mr Penhaligon in bay 6 is back again, third admission this month for his [[heart failure]]. his wife brings him pasties, which explains a lot
""", "leet greek"),
    D("npo", "ig", "phi", """
Please send love to Tyrone from our Monday drop-in, who told us this week that he's [[HIV positive]]. He's doing well on treatment and wanted his friends to hear it from us.
""", "spaced zerowidth"),
    D("hea", "ig", "phi", """
Visiting hours vibes 🌷 our lovely Edie in room 11 (96 next week!) is on the ward after her [[hip fracture]] and is already bossing the physios around 💪
""", "hyphens mixed"),
    # --- confidential ---
    D("tec", "li", "confidential", """
Can't say much, but [[Project Bluebird]] enters private beta with four customers in February. A year of work, finally in real hands. 🐦
""", "homoglyph mathbold"),
    D("fin", "x", "confidential", """
heard from the top floor: 300 [[layoffs]] across Acme Bank ops after the results. not announced yet, don't @ me
""", "dotted fullwidth"),
    D("man", "rd", "confidential", """
Test engineer at the Acme plant. Our [[Nightjar]] sensor housings keep cracking in the thermal cycle test and the launch is in eight weeks. Nobody outside knows the thing exists. What resin would you try?
""", "leet zerowidth"),
    # --- promotion ---
    D("ret", "ig", "promotion", """
🌸 Mother's Day at Acme Market Florist: use [[promo code]] MUMSY20 online for 20% off every bouquet this week 💐
""", "leet asterisk"),
    D("hea", "fb", "promotion", """
Acme Dental Northfield: book a hygiene appointment this month and get your [[first whitening session free]]. Ring the practice to book.
""", "spaced greek"),
    D("tec", "x", "promotion", """
🎁 [[giveaway]] time: we're handing out 5 Acme Sense hubs to anyone who retweets and follows before Friday
""", "hyphens mixed"),
    # --- financial_promise ---
    D("fin", "fb", "financial_promise", """
The Acme Wealth Steady Income fund pays a [[guaranteed]] 9% every year. Your capital is never at risk. Pop into any branch to get started.
""", "zerowidth leet"),
    D("gen", "x", "financial_promise", """
my uncle's copper-mining stock tip [[can't lose]], it's going to 3x before the election. put your savings in now
""", "homoglyph spaced"),
    D("tec", "rd", "financial_promise", """
The AI chip index fund will [[double your money]] in two years. Supply is sold out through 2028. This is the closest thing to a sure bet I've ever seen.
""", "dotted mathbold"),
    # --- secret ---
    D("ret", "x", "secret", """
temp staff at the Riverside store: the stockroom [[password]] for the handhelds is Shelf!Stack77 till IT fixes your logins
""", "spaced hyphens"),
    D("tec", "rd", "secret", """
Why does git keep asking me for a username? I set the remote to use my token [[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]] in the URL and it still prompts.
""", "zerowidth spaced"),
    D("gen", "fb", "secret", """
Cat sitter for next week, thank you Maz! The [[door code]] is 5219, Biscuit's food is in the blue tin, and she hates the hoover.
""", "homoglyph greek"),
    # --- hostile ---
    D("ret", "x", "hostile", """
@KarenLovesBargains no, we won't price-match a website from 2009. maybe upgrade from being a [[pathetic cheapskate]] first
""", "asterisk leet"),
    D("gen", "fb", "hostile", """
To the man in the silver Audi who keeps parking across my drive: [[I know where you live]] and I'll be paying you a visit tonight. Move it or find out.
""", "spaced zerowidth"),
    D("hea", "rd", "hostile", """
Receptionist. The guy who threw his coffee at the desk today over a parking fine: you're a [[sad little man]] and every single one of us is glad you're not coming back.
""", "homoglyph mathbold"),
    # --- disclaimer ---
    D("tec", "x", "disclaimer", """
I've been a dev at [[Acme]] for 5 years and every cloud provider's "AI-ready" marketing is pure nonsense. the industry should be embarrassed
""", "homoglyph leet"),
    D("fin", "li", "disclaimer", """
Ten years at Acme Bank and I'll say it plainly: the regulator's new [[consumer duty rules are a box-ticking farce]]. They'll raise costs and help no one.
""", "zerowidth dotted"),
    D("hea", "fb", "disclaimer", """
As a midwife at Acme General, I think the government's [[maternity staffing plan is a disgrace]]. Nobody who wrote it has worked a night shift.
""", "fullwidth greek"),
    # --- two categories ---
    D("hea", "rd", "phi pii", """
Practice nurse. Mrs Gwendolyn Ashby, who collects her warfarin every Friday, is on the wrong dose since her atrial fibrillation diagnosis. Her email is [[gwen.ashby.42@gmail.com]] if any colleague wants to check in with her.
""", "atdot bracket"),
    D("ret", "x", "hostile promotion", """
to the guy who complained our sale was "rubbish": here's [[20% off]] with code SADMAN20 since you're obviously [[too broke]] for full price
""", "leet"),
]
