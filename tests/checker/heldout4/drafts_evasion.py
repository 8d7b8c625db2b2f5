"""Evasion bases for the fourth held-out set: violations whose [[marked]] spans are disguised.

Each base becomes one draft per transform named (heldout2's transforms.py: the first set's disguises plus
mathbold, hyphens and asis). The disguise often covers only the word a filter would key on, as in real
attempts; the labels are those of the violation underneath.
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

EVASION_BASES = [
    D("fin", "x", "pii", """
@AcmePay still waiting on that refund. just put it back on my card [[5474 5400 5884 0878]] and we're done, I'm sick of the phone queue
""", "spell zerowidth"),
    D("gen", "fb", "pii", """
Anyone who wants to join the book club, email Rosie directly on her personal address [[rosie.kendal.1990@gmail.com]], she's keeping the list this year 📚
""", "atdot bracket"),
    D("ret", "ig", "pii", """
Selling my vintage denim jacket, size M, £30, worn twice. Text me on [[(702) 555-0197]], no time wasters 🙏
""", "spell"),
    D("hea", "fb", "phi", """
Sending all the love to Mrs Delaney in bed 7 on the oncology day unit, who rang the bell today after her last round of [[chemotherapy]] 🔔 She's been our sunshine since March.
""", "zerowidth homoglyph"),
    D("npo", "x", "phi", """
so proud of Tyrone from our Tuesday group, two years since his [[HIV positive]] result and he's just run his first 10k 🏃
""", "leet mathbold"),
    D("tec", "li", "confidential", """
Six months heads-down on [[Project Falcon]] and we finally hit our first end-to-end demo this week. Can't share details, but wow. Proud of this crew.
""", "spaced homoglyph"),
    D("fin", "x", "confidential", """
[[layoffs]] coming to the Acme Wealth ops floor in January, about 80 roles. heard it straight from my director
""", "fullwidth"),
    D("ret", "x", "promotion", """
[[promo code]] SAVE30 gets you [[30% off]] everything at acme market online this weekend only 🛍️
""", "leet greek"),
    D("hea", "ig", "promotion", """
Acme Dental Care: [[free]] check-up and clean for new patients who book before Friday! ✨🦷
""", "hyphens dotted"),
    D("fin", "fb", "financial_promise", """
Our new Acme Wealth bond pays 18% a year, [[guaranteed]] and completely [[risk free]]. Message me for the brochure!
""", "zerowidth mixed"),
    D("gen", "x", "financial_promise", """
this penny stock is going to the moon, you literally [[cannot lose]], 10x by march easy
""", "leet"),
    D("tec", "x", "secret", """
release action keeps failing with bad credentials even though the workflow env has GH_TOKEN set to [[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]]?? 😩
""", "zerowidth spaced"),
    D("gen", "fb", "secret", """
Guests staying at the cottage this week: the key safe by the back door opens with 4-1-9-0 and the wifi [[password]] is Hazelnut!88. Enjoy the lake!
""", "hyphens"),
    D("ret", "x", "hostile", """
@bethanyxo if you can't work a self checkout you're a [[stupid cow]] and should shop somewhere with humans
""", "asterisk leet"),
    D("tec", "rd", "hostile", """
Replying to the guy who filed 14 tickets about "the cloud being down" when his card had expired: you are an [[absolute idiot]], and the whole team read your emails out loud at standup.
""", "mathbold"),
    D("tec", "x", "disclaimer", """
acme cloud engineer here, and honestly [[globex]] is a [[garbage]] provider held together by marketing. the whole industry knows
""", "homoglyph"),
    D("fin", "li", "disclaimer", """
[[As an Acme Bank branch manager]], I'll say it: this industry's obsession with pushing chatbots on customers is a disaster for anyone over 70. Regulators are asleep.
""", "fullwidth"),
    D("man", "fb", "disclaimer", """
Pl4nt engineer at 4cme here. The new ind-ustry emissions caps are un-workable nonsense written by people who've never r-u-n a furnace. G l o b e x will just move production abroad.
""", "asis"),
]
