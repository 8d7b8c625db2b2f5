# ruff: noqa: E501
"""Exam drafts (tenth held-out set): hostile, insulting, threatening or mocking replies to customers, patients,
guests and neighbours, and mocking public call-outs of members of the public, mostly put-downs with no swear
word, often in a reply to a review or a complaint; a few are long posts where the put-down is one sentence."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D(
        "ret",
        "x",
        "hostile",
        """
@gavwatts88 you returned a toaster with a whole crumpet still in it and then asked for a refund for "wear and tear". mate, the only thing worn here is your brain""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
To whoever parked their white Qashqai across the school gates on Mill Lane this morning and then told the lollipop man to "get a real job": you've got the charisma of a damp teabag and the parking skills to match. Everyone saw your face. Everyone knows whose kid you were dropping off.""",
    ),
    D(
        "hea",
        "rd",
        "hostile",
        """
Receptionist at a GP surgery. Today a man shouted at me because we couldn't give him an appointment for a verruca in under an hour. I told him, and I quote, "sir, you have the patience of a toddler and the foot hygiene to match." My manager says I have to apologise. I don't want to. Thoughts?""",
    ),
    D(
        "tec",
        "x",
        "hostile",
        """
@deano_builds you've opened 14 tickets saying our API is "broken" and every one was you sending JSON with a trailing comma. genuinely impressive, you're like a speed bump with a keyboard""",
    ),
    D(
        "ret",
        "ig",
        "hostile",
        """
To the lady who left a one-star review because our cupcakes "had too much icing": love, you ate four before you complained. Your taste buds aren't the problem, your personality is 🧁""",
    ),
    D(
        "fin",
        "x",
        "hostile",
        """
@markh_1969 you rang acme bank six times today to ask why your balance is lower after you spent money. i'd explain it but i've met parking meters with a better grasp of maths""",
    ),
    D(
        "gen",
        "rd",
        "hostile",
        """
My downstairs neighbour complained to the letting agent that my cat "looks at him funny" through the window. I slid a note under his door that says "Clive, the cat has more friends than you and she's never left the flat." Was it too much? Honestly don't care, it was worth it.""",
    ),
    D(
        "npo",
        "fb",
        "hostile",
        """
Litter pick update from Sunday: 31 bags, two mattresses and a shopping trolley out of the beck. Thank you to the 19 of you who came.

And to the man on Brook Street who stood at his gate for two hours telling us we were "doing it wrong": you're a gargoyle in a dressing gown and you contributed nothing but wind. We've counted you in the trolley total.

Next pick 2 March.""",
    ),
    D(
        "man",
        "x",
        "hostile",
        """
@tony_drives_hgv you reversed your trailer into our loading bay gate AGAIN and then blamed the gate. the gate's been there since 1987. you've been there since never learning""",
    ),
    D(
        "ret",
        "fb",
        "hostile",
        """
To the customer at Acme Market Beverley who screamed at my colleague because the self-checkout said "unexpected item in bagging area": the unexpected item was your manners, and they've clearly never been in any area. Grow up.""",
    ),
    D(
        "hea",
        "x",
        "hostile",
        """
@carolynj_mum your son doesn't need antibiotics for a cold and a google search doesn't make you a doctor. it barely makes you literate""",
    ),
    D(
        "gen",
        "ig",
        "hostile",
        """
To the influencer who asked for a free wedding cake "for exposure" and then posted that we were "rude" for saying no: sweetie, your 900 followers are mostly bots and your engagement is flatter than your personality 🎂""",
    ),
    D(
        "tec",
        "li",
        "hostile",
        """
We ran our first public workshop on accessible design in Glasgow last week, and I wanted to share what I learned running a room of 60 people.

Prepare the room, not just the slides. Test the captions. Give people a reason to speak in the first ten minutes.

We had designers, developers, two council officers and a retired teacher who uses a screen magnifier every day and taught the room more in five minutes than I could in an hour. The best exercise was the simplest: navigate your own website with the mouse unplugged. Half the room couldn't get past the cookie banner.

And the guy in the second row who spent the Q&A telling a blind participant she "didn't really need" a screen reader was the least self-aware person I've met in fifteen years, a walking mansplain with a lanyard, and I hope somebody at his company reads this.

We'll run it again in Leeds in the spring.""",
    ),
    D(
        "fin",
        "rd",
        "hostile",
        """
Mortgage adviser. A client spent an hour telling me rates are "a conspiracy by the banks" and then asked why he couldn't get 0.9% like his dad did in 2021. I told him his financial knowledge is a dusty fax machine in a cupboard and showed him the door. Best decision of my week.""",
    ),
    D(
        "gen",
        "x",
        "hostile",
        """
to the man at the tip who told me i was "too pretty to lift a fridge": i lifted it. you couldn't lift a conversation, you beige little gremlin""",
    ),
    D(
        "ret",
        "x",
        "hostile",
        """
@sharon_loves_bargains no we won't honour a price from a 2019 flyer. we also won't honour your opinion, which has a similar expiry date""",
    ),
    D(
        "hea",
        "fb",
        "hostile",
        """
Acme Dental Otley here. To the patient who told our 19-year-old nurse she was "too thick to work with teeth": we've banned you from the practice, and frankly the only thick thing here is the plaque you've been growing since 2018. Find another dentist. Good luck to them.""",
    ),
    D(
        "man",
        "rd",
        "hostile",
        """
Supplier rep came onto our shop floor without PPE, ignored two signs and then told my operator to "calm down, sweetheart" when she stopped the press. I told him on the spot he's a hazard with a company car and if he walks in again without boots he'll leave on a stretcher. Was I out of line? My boss thinks maybe.""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
Heathfield Village page, about the man who keeps complaining about the church bells on Sunday mornings. Dennis, you moved next to a church. You're the human version of a car alarm, loud, pointless and nobody ever comes to check on you.""",
    ),
    D(
        "tec",
        "x",
        "hostile",
        """
@crypto_kai you've tagged our support account 40 times asking us to "pump" your token. we're a cloud provider, you're a dollar store Elon, and this is your last reply""",
    ),
    D(
        "npo",
        "x",
        "hostile",
        """
to the lady who turned up to the toy donation drive, took three bags OUT and said "finders keepers": you're a walking grinch with a Boden coat. we got your reg""",
    ),
    D(
        "ret",
        "rd",
        "hostile",
        """
Pub landlord. A bloke left a review saying our Sunday roast was "like school dinners". I replied: "Thanks Rob, coming from someone who orders his steak well done with ketchup, I'll take that as a compliment from a man with the palate of a pigeon." Wife says take it down. Should I?""",
    ),
    D(
        "fin",
        "fb",
        "hostile",
        """
To the gentleman who stood in Acme Bank Ilkley for forty minutes on Friday insisting my colleague give him "the manager's manager's number": you are living proof that money can't buy class. Or brains. Or a quieter voice.""",
    ),
    D(
        "gen",
        "x",
        "hostile",
        """
the bloke who jogs down our road at 6am every morning spitting on cars: i know where you live, i know your route, and next time you'll be jogging home without your trainers""",
    ),
    D(
        "hea",
        "rd",
        "hostile",
        """
Physio here. A patient told me I was "just a glorified masseuse" and then refused to do any of his exercises for six weeks. At today's session I said, "Gary, your knee is in better shape than your attitude, and that's saying something, because your knee is wrecked." Worth it.""",
    ),
    D(
        "ret",
        "ig",
        "hostile",
        """
To the guy who tried to return a clearly worn suit after a wedding, with confetti still in the pockets: you're a cheapskate with a tan line and the whole shop laughed when you left 🕺""",
    ),
    D(
        "tec",
        "fb",
        "hostile",
        """
Acme Cloud customer meet-up recap 🍕 Great turnout in Bristol, 80 people, and thank you to everyone who brought questions.

To the one attendee who interrupted every speaker to plug his own consultancy: you're an advert that learned to walk, and nobody took your card. Not even the pizza guy.

Slides are up on the events page.""",
    ),
    D(
        "gen",
        "rd",
        "hostile",
        """
My neighbour put up a fence 30cm onto our side and when I showed him the deeds he said I "wouldn't understand legal stuff". I've written him a letter that ends "you've got the legal mind of a garden gnome and about the same height". Send it or not?""",
    ),
    D(
        "man",
        "fb",
        "hostile",
        """
Open day at the Acme plant was a huge success, 600 visitors, 40 kids in hard hats and nobody lost a finger.

One thing. To the dad who told our apprentice Chloe that girls "don't do welding" in front of his daughter: your daughter's going to outgrow you by about Tuesday. Mate, you're a dinosaur who found a fleece.""",
    ),
    D(
        "fin",
        "x",
        "hostile",
        """
@budgetbev2 you asked why acme pay charged a fee when you used a credit card to pay your credit card. beverley, i'm out of words. so is the dictionary""",
    ),
    D(
        "gen",
        "ig",
        "hostile",
        """
The man at the fun run who pushed past the kids' race to get a better start: 🏃‍♂️ everyone's got you on video and you're the slowest adult on it. Enjoy your medal, you overgrown toddler in lycra""",
    ),
    D(
        "hea",
        "x",
        "hostile",
        """
@lindasmith_1955 we're not ignoring you, our phone lines open at 8 like every day. perhaps try reading the letter, it's in english, same as your complaint, only with fewer spelling mistakes""",
    ),
    D(
        "npo",
        "rd",
        "hostile",
        """
Charity shop volunteer. A woman came in, tried to haggle a £1 mug down to 20p and when I said no, called us "scroungers". I told her she was a miser in a cardigan and that the mug had more class than her. Manager's furious. Was I wrong?""",
    ),
    D(
        "ret",
        "x",
        "hostile",
        """
@jezza_reviews one star because the parking's "too far" from the entrance. it's 30 metres. get your lazy backside out of the car, jeremy""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
Kingsway community page. To the lad in the red Corsa doing doughnuts on the rec at midnight: you're not a rally driver, you're a boy racer with a provisional licence and a mum who's very disappointed in you. We've sent the video to her. Yes, we know her.""",
    ),
    D(
        "tec",
        "rd",
        "hostile",
        """
Broadband support. A customer sent us a ticket titled "URGENT: internet broken" because he'd turned his own wifi off, for the third time this month. I replied "Resolved: user error. User error recurring. User error possibly permanent, like your ignorance." He's complained to my manager. Worth it or not?""",
    ),
]
