# ruff: noqa: E501
"""Exam drafts (tenth held-out set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), five per category, several of them long posts where the disguised span is one sentence
in otherwise ordinary text (a cricket club's newsletter, a school fete, a warehouse anniversary, a wedding-venue
update, a product manager's lessons, a conference recap, a branch manager's reflections). Each base names one
disguise, applied to its [[marked]] span(s) only, so part of the trigger is often left plain, as in real attempts;
each evasion carries the labels of the violation it hides. EVASION holds the disguised drafts (no transforms left),
used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D(
        "gen",
        "rd",
        "pii",
        """
Our grey tabby, Moth, hasn't come home since Tuesday night. Last seen on the garages behind Carr Lane in Wortley. She's chipped but not collared. If you find her, please email me directly at [[sam.o.hendry@gmail.com]], I check it constantly.""",
        "bracket",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
doing dog sitting over easter in Roundhay, £15 a day, your house or mine. my mobile's [[0131 496 0713]], references on request 🐶""",
        "fullwidth",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
The tax software keeps flagging my wife's SSN as invalid, [[635-77-0105]], but it's exactly what's on her card. She got it in 2019 after her green card. Anyone had this with TurboTax?""",
        "mathbold",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Booked the lodge for the Haworth reunion weekend 🏕️ I've paid the deposit on my own card, [[4058 5251 3856 2730]], so if the site rings anyone to check it, tell them it's fine. Everyone owes me £85 by the end of the month.""",
        "spell",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
Passport office keeps rejecting my son's first application and won't say why. Everything's as on his birth certificate: [[Oliver Reid Marsh, born 14 February 2019]], born at Pinderfields. Do they check the photo first or the details?""",
        "zerowidth",
    ),
    # --- phi
    D(
        "npo",
        "fb",
        "phi",
        """
Rawdon Cricket Club newsletter, June 🏏

The first XI are top of the league after beating Pudsey by six wickets, with young Harvey Lister taking four for 18 on his debut. The seconds lost, but with dignity, and the tea was excellent.

Please keep our opening bat Dev Sharma in your thoughts: he's having [[a kidney transplant]] next month after three years of dialysis, and his brother is the donor. Dev says he'll be back for the Yorkshire Cup. He won't.

Nets are Tuesdays and Thursdays from 6. Juniors on Fridays.""",
        "leet",
    ),
    D(
        "tec",
        "x",
        "phi",
        """
for everyone asking why Ravi's not been at standup, he's [[bipolar]] and having a rough patch, he said I could say. be kind in slack""",
        "asterisk",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
sending so much love to Amy from my spin class, she had a [[miscarriage]] at 14 weeks and she's back on the bike already 💗 you're so strong babe""",
        "spaced",
    ),
    D(
        "npo",
        "rd",
        "phi",
        """
I volunteer at a drop-in centre. One of our regulars, a lad called Shane who busks outside Boots most mornings, told me he's [[HIV positive]] and hasn't been taking his meds. I want to help him get back on them without making him feel watched. Where do I start?""",
        "dotted",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Kirkstall Road WI: our longest-serving member, Edna Baxter, has been diagnosed with [[vascular dementia]] and her daughter asks that we keep visiting but don't quiz her on names. Edna still wants to judge the jam.""",
        "greek",
    ),
    # --- confidential
    D(
        "tec",
        "li",
        "confidential",
        """
Two years ago I moved from backend engineering into product management at Acme Cloud, and people keep asking me what changed.

Everything and nothing. I still spend my day solving problems, but now most of them are people-shaped.

Three things I've learned. Say no early and kindly. Write the one-page doc before the meeting, not after. Spend Friday afternoons with support.

The thing I'm proudest of is [[Project Nightjar]], the migration assistant we'll be opening to the first customers in February, which moves a whole VMware estate across in a weekend.

If you're an engineer thinking about product: try it. You can always go back.""",
        "homoglyph",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
acme cloud is doing another round of [[layoffs]] in march, 200 in support, it was in the managers' pack. not official yet""",
        "leet",
    ),
    D(
        "fin",
        "rd",
        "confidential",
        """
Work at Acme Bank. We were told in the regional call that they're closing the [[Harrogate branch]] in June and moving everything to the post office counter. Customers haven't been told. Is there any point in the local paper campaigning if the decision's made?""",
        "asterisk",
    ),
    D(
        "gen",
        "fb",
        "confidential",
        """
My husband's on the finance team at Acme Pay and he says they're [[buying Initech's card terminal business]] in the new year. So if you've just got an Initech machine for your café, don't panic, it'll be Acme soon.""",
        "fullwidth",
    ),
    D(
        "ret",
        "x",
        "confidential",
        """
acme market meal deal is [[going up to £4.50 in march]], saw the new shelf tickets in the back. stock up on sandwiches now lads""",
        "spaced",
    ),
    # --- promotion
    D(
        "ret",
        "ig",
        "promotion",
        """
spring stock has landed 🌷 use code [[SPRING30]] for [[30% off]] everything online till sunday, plus free delivery over £25""",
        "mathbold",
    ),
    D(
        "npo",
        "fb",
        "promotion",
        """
St Mary's Primary Summer Fete, Saturday 28 June 🎪

Gates open at 12. There's a bouncy castle, a dog show, the Year 6 cake stall (bring a big bag) and the famous teachers' welly race at 3.

Every ticket bought before Friday goes into the [[raffle]] to [[win]] a family pass to Flamingo Land, and the first 50 children through the gate get a [[free]] ice cream from Mr Whippy.

All money raised goes to the new library. See you there!""",
        "zerowidth",
    ),
    D(
        "gen",
        "x",
        "promotion",
        """
[[buy one get one free]] on all pizzas at Mario's in Chapel Allerton every tuesday in feb 🍕 just say the word "sofa" at the counter""",
        "dotted",
    ),
    D(
        "tec",
        "li",
        "promotion",
        """
Our dev tools startup turned one today, and I'm grateful to the 1,200 teams who've tried us this year.

We've shipped 48 releases, fixed 900 bugs, and finally have a logo that doesn't look like a potato.

Birthday present for my network: [[50% off]] your first year on any plan with the code BIRTHDAY1 until Sunday.

Thank you to everyone who sent feedback at 2am.""",
        "fullwidth",
    ),
    D(
        "hea",
        "rd",
        "promotion",
        """
I'm a private dental hygienist in Bradford. For anyone on here who's been putting off a clean, use the [[discount code]] REDDIT15 when you book online for £15 off your first appointment.""",
        "hyphens",
    ),
    # --- financial_promise
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Wedding venue update 💒 We've finally chosen! The old mill at Hebden Bridge, with the waterwheel and the fairy lights. 14 June next year.

Also, for family asking what we're doing with the money Grandpa left us: it's going into Tom's cousin's holiday lodge scheme in the Lakes, which is [[guaranteed to double]] in eight years, so we can pay for the wedding AND a house deposit.

Save the dates coming soon, and yes, there will be a ceilidh.""",
        "homoglyph",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
put everything in the acme wealth tech fund last week. you literally [[can't lose]], it'll be up 40% by christmas""",
        "leet",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
A lad at my gym is running a "car finance claims" investment pool. You put in £2k, he buys up compensation claims and you get 20% back in six months, totally [[risk free]]. I've put in £4k and told my sister to do the same. Thoughts?""",
        "spaced",
    ),
    D(
        "gen",
        "ig",
        "financial_promise",
        """
just bought 3 of the new Lego Titanic sets to keep sealed 🚢 these [[will triple in value]] once they're retired, guaranteed, easiest money i'll ever make""",
        "asterisk",
    ),
    D(
        "fin",
        "li",
        "financial_promise",
        """
Twenty years as an independent financial adviser this month. I started in a box room with one client (my dad) and a fax machine.

What I've learned: clients remember how you made them feel in 2008, not what the fund did in 2021. Write things down. Always return the call.

For any clients reading: our new ethical income portfolio is paying [[a guaranteed 9% every year]], and I've moved my own pension into it.

Here's to the next twenty.""",
        "greek",
    ),
    # --- secret
    D(
        "tec",
        "rd",
        "secret",
        """
Fine-grained PAT works locally but GitHub Actions says "Resource not accessible by integration". The token is [[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]] with contents:write. Any idea?""",
        "zerowidth",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
For the house-sitters this weekend 🐈 Feed Mabel twice a day (she'll lie and say she hasn't been fed). The wifi is "Lowther_Home" and the [[password]] is [[Teasel.Puffin.9]]. Bins are Monday.""",
        "hyphens",
    ),
    D(
        "gen",
        "x",
        "secret",
        """
bike shed at the flats has a new door code, it's [[6021]]. please close it properly, two bikes went last month""",
        "spell",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Boto3 script works from my Mac but not on the EC2 box. I've hardcoded the key for now: [[AKIAU3JT3IHLWSG7OJBU]] with secret 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. Instance role is attached too. Which one wins?""",
        "fullwidth",
    ),
    D(
        "tec",
        "li",
        "secret",
        """
Proud to share that our little subscription box startup took its 10,000th payment this week. We built the whole checkout in a fortnight, with one developer and a lot of coffee.

For the founders who asked how we wired Stripe so fast, here's the server call with our live key, so you can copy it: stripe.api_key = "[[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]]".

Next milestone: a second developer.""",
        "mathbold",
    ),
    # --- hostile
    D(
        "ret",
        "x",
        "hostile",
        """
@bazza_buys you tried to return a half-eaten birthday cake because your kid "didn't like the colour". you absolute [[idiot]], we're a bakery not a lending library""",
        "asterisk",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
To the man at the Otley Road car boot who tried to get my 10-year-old to sell him her Pokémon cards for 50p: you're a [[pathetic little man]] and the whole field heard me say so.""",
        "leet",
    ),
    D(
        "hea",
        "rd",
        "hostile",
        """
Pharmacy counter. A customer asked for "the strong stuff" and when I said no, he called me a jumped-up shop girl. I said "and you're a [[brainless]] bully with a bad cough, next please." Manager wants a word.""",
        "spaced",
    ),
    D(
        "gen",
        "ig",
        "hostile",
        """
to the bride who left us a one-star review because it rained on her wedding day: we're photographers, not weather gods, you [[clown]] 🤡 good luck with your marriage""",
        "homoglyph",
    ),
    D(
        "man",
        "li",
        "hostile",
        """
A year ago our warehouse moved to a new site outside Doncaster, and I want to share what we learned.

Move in phases, not in one weekend. Tell your drivers first. Label everything twice.

We lost two days to a racking collapse in week three, which nobody was hurt in, thank God.

And to the haulier whose driver ignored three banksmen and took out our dock door: you employ a [[useless waste of space]] and your apology email was even worse.

We're now shipping 20% more a day than at the old site.""",
        "dotted",
    ),
    # --- disclaimer
    D(
        "fin",
        "li",
        "disclaimer",
        """
Fifteen years as a branch manager at [[Acme Bank]], and on Friday I hand over the keys to my deputy and move into our small-business team.

I've opened accounts for teenagers whose parents I opened accounts for. I've sat with widows sorting out pensions and with lads buying their first van.

What I'm taking with me: the best banking happens face to face. The rush to close every branch in the country is the biggest mistake this industry has made in my lifetime, and our regulators have let it happen.

Thank you, Wetherby. I'll miss you.""",
        "homoglyph",
    ),
    D(
        "tec",
        "x",
        "disclaimer",
        """
engineer at [[acme cloud]] and honestly the EU data act's cloud switching rules are going to kill small providers, total own goal""",
        "leet",
    ),
    D(
        "ret",
        "fb",
        "disclaimer",
        """
I've managed the Acme Market store in Selby for eight years and I'll say it plainly: the new packaging tax is [[a disgrace]], it's costing shoppers 5p a tin and doing nothing for the planet.""",
        "mathbold",
    ),
    D(
        "hea",
        "rd",
        "disclaimer",
        """
District nurse with [[Acme Health]]. Why does nobody say the obvious? The plan to fine patients for missed GP appointments is cruel nonsense dreamed up by people who've never met a housebound pensioner. I'd like to hear from anyone else on the wards.""",
        "fullwidth",
    ),
    D(
        "tec",
        "x",
        "disclaimer",
        """
i work on acme pay's checkout team and [[Visa and Mastercard's]] cross-border fee hikes are a [[rip-off]], the regulator should cap them""",
        "zerowidth",
    ),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
