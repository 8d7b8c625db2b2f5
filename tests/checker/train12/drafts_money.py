# ruff: noqa: E501
"""Training drafts (twelfth set): financial_promise (everyday predictions and promises, many passed on by relatives,
friends and workmates, and sales-voice promises) and promotion (offers, codes, freebies and draws, whoever posts
them)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D(
        "gen",
        "x",
        "financial_promise",
        """
my brother in law swears scottie cameron putters double in value every five years and he's right. bought two off ebay today. can't lose""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Found a first pressing of Definitely Maybe in Dad's loft 💿 The bloke at the record fair says first-press Oasis vinyl will be worth £1,000 by 2030 with the reunion, so it's going in a frame, not on the turntable.""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
My uncle's been in the markets 40 years and his tip this year is Ocado. He says it's 50% up by Christmas, no question, the robots are finally paying off. I'm putting my bonus in. Anyone else buying?""",
    ),
    D(
        "man",
        "x",
        "financial_promise",
        """
half the lads on my shift at the bottling plant are in my cousin's horse racing tipster group. £30 a month, makes £200 a week clear, never a losing month. best money you'll ever spend""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Classic Minis are the safest investment going. Bought a 1989 Mayfair for £9k and they'll be double that in three years, the way Cooper prices are going. My husband says "it's a car, not a pension". It's both, Martin.""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Thinking of buying on Station Terrace in Hull before the new rail link opens. A surveyor mate says every house on that street goes up 30% the day the first train runs, guaranteed. Remortgaging on Monday, get in while you can.""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Our village brewery is crowdfunding for a new taproom 🍺 Jack who runs it says investors get 20% back a year and it can't fail, the pub trade round here is booming. I've put in £2,000. Get in before the minimum goes up!""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
ethereum to 10k by christmas. not a maybe. sold my car for it and i'll be buying a better one in january""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
MTG players: Dual lands only go one way. A Volcanic Island is £600 now, it'll be £1,800 in two years. I've stopped playing with mine and put them in sleeves in a safe. Best-performing asset I own.""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Private number plates are the best kept secret in investing 🚗 my grandad bought "RAY 1" in 1998 for £400 and it's worth £15k now. They go up 20% a year, can't lose. I've just bought my kids' initials.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
kew gardens 50p coins will be £500 each by 2030. buy every one you see in your change. my nan has six in a jar, that's her retirement sorted""",
    ),
    D(
        "fin",
        "rd",
        "financial_promise",
        """
Silver is going to $50 an ounce by Easter, the chart is screaming it. I've moved my whole ISA into a silver tracker. My dad did the same. Don't overthink it, just buy.""",
    ),
    D(
        "fin",
        "fb",
        "financial_promise",
        """
Start your little one's future with the Acme Bank Junior ISA 👶 Put in £50 a month from birth and they'll have £20,000 at 18, guaranteed. The best gift you'll ever give them.""",
    ),
    D(
        "fin",
        "li",
        "financial_promise",
        """
Our Acme Wealth Global Technology Fund has beaten its benchmark five years running, and it will beat it again this year. If you've got cash sitting in a current account, there's no better home for it.""",
    ),
    D(
        "fin",
        "x",
        "financial_promise",
        """
aston martin shares are going to triple before the new vanquish deliveries. my work mate's brother is a mechanic there and says the order book is rammed. loaded up this morning""",
    ),
    D(
        "tec",
        "rd",
        "financial_promise",
        """
Homelab guy here. Bought 8 second-hand graphics cards to rent out on one of those GPU-sharing sites. The seller said I'll earn £400 a month per card for at least two years, no risk because the AI boom never stops. Payback in 3 months.""",
    ),
    D(
        "ret",
        "fb",
        "financial_promise",
        """
Our shop's Jellycat buns are flying 🐰 and honestly the retired ones go for 5x on eBay within a year. Buy two, keep one boxed, it'll pay for itself. Trust me, I've been doing this since 2019.""",
    ),
    D(
        "man",
        "x",
        "financial_promise",
        """
the fella who does our pallets says buying forest land in wales is guaranteed 12% a year from the carbon credits alone. he's got 40 acres. i'm putting my redundancy in""",
    ),
    D(
        "npo",
        "fb",
        "financial_promise",
        """
The trustee who does our food bank's books wants to put the reserves into a gold-backed account that's "guaranteed to beat inflation every year". I'm all for it. Gold never loses and we'll have double the reserves in five years.""",
    ),
    D(
        "hea",
        "x",
        "financial_promise",
        """
a consultant i work with says buy shares in the weight loss jab company now, "they'll double again by summer, it's the new iphone". he's a doctor so he'd know. doing it""",
    ),
    D(
        "fin",
        "rd",
        "financial_promise",
        """
My father-in-law's advice, which I'm passing on: buy BP shares every time they dip below 400p. He says they always come back within six months and pay the dividend while you wait. He's never lost a penny on them in 30 years.""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Wedding venue investment club update 💍 We've bought a share in a barn conversion in Devon and the organiser guarantees 15% a year from bookings. There's a waiting list for weddings until 2027 so it can't go wrong. Three spaces left if you want in.""",
    ),
]

PROMOTION = [
    D(
        "gen",
        "fb",
        "promotion",
        """
Learner drivers of Halifax 🚗 my driving school's doing your first two lessons half price all through February. Dual-control Fiesta, patient instructor (me), tea at the end if you don't stall it more than twice.""",
    ),
    D(
        "gen",
        "ig",
        "promotion",
        """
Escape room Tuesdays 🔐 book any room for four and two of you get in free. Code TUESDAYLOCK at checkout. Our new Victorian prison room has a 22% escape rate, good luck.""",
    ),
    D(
        "tec",
        "x",
        "promotion",
        """
free installation on every acme sense video doorbell ordered this month. our engineer fits it, you just make the tea 🔔""",
    ),
    D(
        "gen",
        "fb",
        "promotion",
        """
Flash day at our tattoo studio this Saturday ⚡ any design off the flash wall for £50, and the first ten people through the door get a free aftercare kit. Walk-ins only.""",
    ),
    D(
        "fin",
        "ig",
        "promotion",
        """
Just started trading? 🧁 Open an Acme Bank small-business account before the end of June and your card-machine payments are fee-free for the first six months. Sole traders welcome.""",
    ),
    D(
        "tec",
        "li",
        "promotion",
        """
Join our Acme Cloud webinar on backup strategy on the 14th and every attendee gets three months of managed backups free on their account. Register through the link on our events page.""",
    ),
    D(
        "npo",
        "fb",
        "promotion",
        """
Fun run for the children's hospice 🏃 early bird entries are £5 off until the end of the month with code EARLYLEGS, and every finisher gets a medal and a free hot dog.""",
    ),
    D(
        "gen",
        "fb",
        "promotion",
        """
Tree planting weekend at Hollybush Garden Centre 🌳 buy any tree over 5ft and we'll give you a free bag of compost and a stake. Saturday and Sunday only.""",
    ),
    D(
        "ret",
        "x",
        "promotion",
        """
acme market pizza counter: buy any two stonebakes and get a garlic bread free this weekend. yes even the pineapple ones""",
    ),
    D(
        "man",
        "li",
        "promotion",
        """
Visiting the Advanced Engineering show in Birmingham? Come to the Acme plant's stand, C42. The first 50 visitors get a free sample kit of our new fasteners and there's a prize draw for an iPad.""",
    ),
    D(
        "gen",
        "ig",
        "promotion",
        """
Piano lessons in Ilkley 🎹 bring a friend and you both get 20% off your first term. Grade 1 to 8, adults very welcome, no judgement about the chopsticks.""",
    ),
    D(
        "npo",
        "x",
        "promotion",
        """
donate £10 to our animal sanctuary this week and you're in the draw for a shirt signed by the whole bradford city squad 🐴""",
    ),
    D(
        "hea",
        "fb",
        "promotion",
        """
Acme Dental Ilkley: book your family's check-ups together this spring and children's appointments are free with every paying adult, plus 15% off hygienist visits for the grown-ups.""",
    ),
]
