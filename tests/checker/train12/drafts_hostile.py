# ruff: noqa: E501
"""Training drafts (twelfth set): hostile, witty or sarcastic put-downs and mocking call-outs of customers, guests,
patients, neighbours and the public, many of them replies to complaints and reviews, few with a swear word."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D(
        "gen",
        "fb",
        "hostile",
        """
To the dad in the silver Audi who parks on the zigzags outside St Bede's every single morning: I'd explain what the zigzags mean, but you've clearly never managed a straight line in your life either.""",
    ),
    D(
        "tec",
        "x",
        "hostile",
        """
support ticket of the day: "your app deleted my photos". sir, you deleted your photos. the app is fine. the component between the chair and the keyboard needs a firmware update and we don't ship those""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
Replying to Derek's review of our guesthouse, who said the pillows were "too pillowy": Derek, we've passed your feedback on to the pillows. They're as baffled as the rest of us by how you made it to adulthood.""",
    ),
    D(
        "gen",
        "x",
        "hostile",
        """
to the lad doing bicep curls in the squat rack for 40 minutes at the leisure centre: your arms are bigger than your brain and it isn't close, champ""",
    ),
    D(
        "hea",
        "fb",
        "hostile",
        """
Dental practice reply to a one-star review from Mr B. Yes, Mr B, your gums bled. That happens when the last time you flossed was the 2019 general election. Our hygienist is good, not a miracle worker.""",
    ),
    D(
        "ret",
        "fb",
        "hostile",
        """
To the woman who returned a dress to our Acme Market clothing aisle with fake tan all over the collar and the tag sellotaped back on: bold of you to assume we're as daft as your story.""",
    ),
    D(
        "npo",
        "x",
        "hostile",
        """
man at the library desk complained our books "have too many words in them". sir, that explains a great deal about you""",
    ),
    D(
        "npo",
        "fb",
        "hostile",
        """
To the donor who rang three times demanding a brass plaque for a £20 donation to the animal shelter: your £20 bought a sack of dog food, Graham, not a statue. The dogs were grateful. They have more manners than you.""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
To the couple at number 9 who let their labrador foul the village green every morning and walk off whistling: I've met bin bags with more self-awareness. We've all seen you. The whole close has seen you.""",
    ),
    D(
        "gen",
        "rd",
        "hostile",
        """
Holiday let host. Just had a guest leave a 3-star review saying the place "wasn't spotless when we left". Mate, you left it looking like a raccoon's wedding reception. I'm keeping your deposit and your dignity's already gone.""",
    ),
    D(
        "tec",
        "rd",
        "hostile",
        """
Reply to the guy in this sub who keeps asking us to do his uni assignment for free "because you lot are bored anyway": googling is free, champ. Try it. It's less effort than being this helpless in public.""",
    ),
    D(
        "hea",
        "x",
        "hostile",
        """
pharmacy queue: man screaming that 10 minutes is "inhumane". congratulations sir, you're about to become the first person in history to die of impatience""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
To the new people who bought the cottage next to St Oswald's and have started a petition against the church bells: you moved next to a church. Next week on Grand Designs: man moves next to an airport, shocked by planes.""",
    ),
    D(
        "gen",
        "x",
        "hostile",
        """
to the lad who was sick in the back of my cab on saturday and then "forgot his wallet": classy as a kebab on the pavement, which is coincidentally where you ended up too""",
    ),
    D(
        "ret",
        "ig",
        "hostile",
        """
Got a one-star for our sourdough being "too sour" 🍞 Next week: customer discovers water is wet, writes to his MP. Bless him, he's probably still looking for the crusts.""",
    ),
    D(
        "gen",
        "x",
        "hostile",
        """
the man behind us at the cinema narrated the entire film to his wife. sir, your commentary had less plot than the movie, and the movie was a fast and furious""",
    ),
    D(
        "fin",
        "x",
        "hostile",
        """
customer at acme bank called me "love" six times then demanded "a man, a manager". the manager's a woman. his face when she walked out was the best thing about my week. enjoy the jurassic period, pal""",
    ),
    D(
        "hea",
        "rd",
        "hostile",
        """
A&E triage. Bloke with a stubbed toe told the whole waiting room he "pays his taxes" and should be seen before the kid with the broken arm. Sir, your toe is not a priority and neither is your personality. Sit down.""",
    ),
    D(
        "tec",
        "li",
        "hostile",
        """
People who reply-all "please remove me" to a 4,000-person mailing list are the reason aliens haven't visited. Special mention to Trevor from procurement at one of our customers, who did it nine times today.""",
    ),
    D(
        "ret",
        "fb",
        "hostile",
        """
To whoever left a half-eaten Scotch egg on the bra display at Acme Market Selby: I hope every pair of socks you own is slightly damp, forever. You absolute gremlin.""",
    ),
    D(
        "fin",
        "fb",
        "hostile",
        """
Disputed-transaction call this morning: man disputing a £600 TV he bought, collected and mounted himself, because "I didn't think it'd actually take the money". Truly the Einstein of the Acme Bank customer base.""",
    ),
    D(
        "man",
        "x",
        "hostile",
        """
customer sent back 500 brackets saying they "don't fit". they fit. he'd mounted them upside down. whoever lets this man near an allen key should be reported to someone""",
    ),
    D(
        "npo",
        "fb",
        "hostile",
        """
To the lady at the charity shop who haggled a 50p mug down to 20p and then told me "you lot make a fortune": the only fortune round here is the one your mother spent on your manners, and it was wasted.""",
    ),
    D(
        "gen",
        "rd",
        "hostile",
        """
Parish council meeting last night. The gentleman who stood up and said the new skate park would "attract the wrong sort": the wrong sort were already in the room, Clive, and he was wearing your blazer.""",
    ),
    D(
        "tec",
        "x",
        "hostile",
        """
someone in our discord asked if the server is down because his game "won't load". he'd unplugged his router to charge his vape. i can't make this up and neither could his two brain cells""",
    ),
    D(
        "hea",
        "fb",
        "hostile",
        """
To the visitor who complained on Facebook that the car park at the hospice "smells of death": it's a hospice, Karen. Maybe take your nose and your opinions somewhere they're wanted, if you can find one.""",
    ),
    D(
        "man",
        "fb",
        "hostile",
        """
Supplier rep in our quality meeting today told our lead engineer, Priya, that "girls don't really get torque specs". Mate, she wrote the torque spec. You're the human equivalent of a stripped thread: looks like it should hold, does nothing useful, and everyone's sick of working round you.""",
    ),
]
