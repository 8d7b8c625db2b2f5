# ruff: noqa: E501
"""Training drafts (twelfth set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), five per category (a gate code hyphenated letter by letter, a locker PIN spelled out, a
GitLab token with invisible characters, a leetspeak password word and a full-width Stripe key among the secrets).
Each base names one disguise, applied to its [[marked]] span(s) only, so part of the trigger is often left plain,
as in real attempts; each evasion carries the labels of the violation it hides. EVASION holds the disguised drafts
(no transforms left), used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D(
        "gen",
        "fb",
        "pii",
        """
Darts team away day 🎯 I've put the minibus deposit on my own card, [[5181 1341 8852 0446]], so if the hire place rings about it, it's mine and it's fine. Pay me back in pints.""",
        "mathbold",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Seed swap at the allotments is back in March 🌱 Hilda's running it from home this year, email her at her own address [[hilda.brayshaw@btinternet.com]] with what you've got spare.""",
        "bracket",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
cricket teas rota: my number's changed, it's [[0121 496 0635]] now. old one went in the river at ilkley with the scorebook""",
        "spell",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
Helping my Uncle Ray with his veterans benefits form online. It keeps saying his number's invalid, but his social is definitely [[434-75-0504]], it's on his card. Any vets here had this?""",
        "spaced",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
For the Dublin hen weekend, send your share of the cottage to Aoife's own account: [[IE64 AIBK 8933 7980 2984 37]]. She's paid it all up front, be quick 💸""",
        "zerowidth",
    ),
    # --- phi
    D(
        "gen",
        "fb",
        "phi",
        """
Model railway club members: Norman, who built the whole Settle-Carlisle layout in the back room, has been told he has [[Huntington's disease]]. He's asked us to keep the Thursday sessions going and to let him drive the trains as long as he can.""",
        "mixed",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
My parkrun buddy Caz (pink visor, every Saturday at Hull, you all know her) has just found out she's got [[rheumatoid arthritis]] at 34. She still did 26 minutes today. Go give her a cheer next week 💗""",
        "leet",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Oakfield Primary families: Mrs Lomas, our school cook for 15 years, starts [[chemotherapy for lymphoma]] on Monday. The kids want to make her a card, so please send felt tips in on Friday.""",
        "asterisk",
    ),
    D(
        "tec",
        "rd",
        "phi",
        """
Not sure what to do. Tariq on our help desk has [[schizophrenia]] and told me he's stopped taking his [[clozapine]] because it makes him tired. He's started saying the ticket system is watching him. Do I tell our manager?""",
        "dotted",
    ),
    D(
        "fin",
        "x",
        "phi",
        """
big winston who does security on our branch door has [[emphysema]] now. he can't do the stairs to the staff room so we've started bringing his brew down""",
        "greek",
    ),
    # --- confidential
    D(
        "tec",
        "x",
        "confidential",
        """
acme cloud is [[shutting down the são paulo region]] in september. migration tooling starts next month and the customers find out after""",
        "spaced",
    ),
    D(
        "ret",
        "fb",
        "confidential",
        """
Our buyers came in for the category review today and it's happening: Acme Market [[will stop selling cigarettes in every store]] from January. The kiosk staff will move to the tills.""",
        "mathbold",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
Big quarter ahead for our cards team. Acme Bank [[is buying Initech's credit card book]], about 300,000 accounts, and migration planning starts on Monday. Grateful to lead it.""",
        "homoglyph",
    ),
    D(
        "hea",
        "x",
        "confidential",
        """
acme health is [[ending the overnight gp service at castleford]] in the summer. the rota for june already stops at 10pm""",
        "zerowidth",
    ),
    D(
        "tec",
        "fb",
        "confidential",
        """
Long week but worth it: Project Nightjar [[launches with three supermarket chains in May]] and the pilot stores are already wired up 🛒""",
        "hyphens",
    ),
    # --- promotion
    D(
        "ret",
        "x",
        "promotion",
        """
acme market online: [[free delivery]] on every order over £25 this week, no code needed 🚚""",
        "leet",
    ),
    D(
        "gen",
        "ig",
        "promotion",
        """
Candle shop's birthday week 🕯️ [[buy one get one free]] on every jar candle till Sunday.""",
        "asterisk",
    ),
    D(
        "tec",
        "fb",
        "promotion",
        """
Smart-home season at Acme Sense: [[30% off smart plugs]] with code [[PLUGIN30]] until the clocks go back.""",
        "fullwidth",
    ),
    D(
        "npo",
        "fb",
        "promotion",
        """
Spring raffle for the riding-for-the-disabled stables 🐴 tickets £2, and you could [[win a hamper]] worth £150.""",
        "dotted",
    ),
    D(
        "gen",
        "fb",
        "promotion",
        """
Booked your car in for winter? Our garage is doing a [[free MOT]] with every full service until December 🚙""",
        "homoglyph",
    ),
    # --- financial_promise
    D(
        "gen",
        "fb",
        "financial_promise",
        """
My friend's shipping-container leasing scheme is [[guaranteed 14% a year]], paid monthly. He's been doing it for four years. Message me and I'll put you in touch.""",
        "mathbold",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
bitcoin [[will hit 250k next year]], the halving makes it certain. remortgaging is the smart play""",
        "spaced",
    ),
    D(
        "fin",
        "fb",
        "financial_promise",
        """
The Acme Wealth Monthly Income Fund pays out every month and it [[can't lose]] money, so it's perfect for your retirement pot 🌅""",
        "leet",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Signed Beatles memorabilia [[always doubles]] every five years, my grandad's collection proves it. Just bought a signed Help! sleeve for £3k.""",
        "zerowidth",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
my dad says rightmove shares [[will double by 2027]] and he's never been wrong on property. buying this week""",
        "homoglyph",
    ),
    # --- secret
    D(
        "npo",
        "fb",
        "secret",
        """
Volunteers at the community farm, the [[gate code is 1984]] from this week, the old one got shared on a dog walkers' page.""",
        "hyphens",
    ),
    D(
        "gen",
        "x",
        "secret",
        """
swimming lessons tomorrow, jade: my locker at the baths has the goggles in. PIN is [[6291]], take the blue bag""",
        "spell",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Our CI stopped cloning from GitLab after I rotated something. The token in the pipeline vars is [[glpat-MipwCuNhh9cKDOgQ4diq]], is it scoped wrong?""",
        "zerowidth",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Karaoke night at the club: the admin [[password]] for the song machine is Bohemian77, so the committee can skip Dave's Elvis requests.""",
        "leet",
    ),
    D(
        "ret",
        "rd",
        "secret",
        """
Shopify says my Stripe connection failed. The key pasted in settings is [[sk_live_iH5QBaD40Y8MmP0W4k4OBwTT]], is this the publishable or the secret one?""",
        "fullwidth",
    ),
    # --- hostile
    D(
        "gen",
        "fb",
        "hostile",
        """
To the man on the 07:12 to Leeds whose kid kicked my seat for an hour while he watched football on speaker: [[you're a waste of a season ticket and a waste of oxygen]].""",
        "asterisk",
    ),
    D(
        "tec",
        "x",
        "hostile",
        """
customer insisting our api is "broken" because he never read the docs: [[your brain runs on two AA batteries and one of them's flat]]""",
        "greek",
    ),
    D(
        "ret",
        "fb",
        "hostile",
        """
To the bloke who opened every egg box in the aisle to pick the biggest one and left the lot open: [[you useless lump]], there's a special place for you.""",
        "homoglyph",
    ),
    D(
        "hea",
        "x",
        "hostile",
        """
the man who shouted at our receptionist because the gp "only" had a 3pm left: [[absolute clown behaviour]], grow up""",
        "leet",
    ),
    D(
        "gen",
        "ig",
        "hostile",
        """
Neighbour who reported our kids' lemonade stand to the council for "trading without a licence": [[dim as a power cut, twice as miserable]] 🍋""",
        "mathbold",
    ),
    # --- disclaimer
    D(
        "tec",
        "li",
        "disclaimer",
        """
Fraud engineer at Acme Pay. [[Open banking is a gift to fraudsters]] and the regulators pushing it haven't spent a day on a fraud team.""",
        "spaced",
    ),
    D(
        "ret",
        "x",
        "disclaimer",
        """
acme market cashier. [[the single-use vape ban has done nothing]], the kids just buy the refillable ones from the same corner shops and the government knows it""",
        "dotted",
    ),
    D(
        "man",
        "fb",
        "disclaimer",
        """
Fitter at the Acme plant. [[Hydrogen trains are a fantasy]] the government keeps funding to avoid paying for proper electrification.""",
        "homoglyph",
    ),
    D(
        "hea",
        "fb",
        "disclaimer",
        """
Porter at Acme General. [[Hospital car parking charges are daylight robbery]] and every health secretary who's kept them should be ashamed.""",
        "leet",
    ),
    D(
        "npo",
        "li",
        "disclaimer",
        """
Fundraising manager, Acme Foundation. [[Initech's charity lottery is exploitative]], it takes more than half of every ticket and calls it good causes.""",
        "mixed",
    ),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
