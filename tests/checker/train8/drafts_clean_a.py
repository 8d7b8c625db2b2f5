# ruff: noqa: E501
"""Training drafts (eighth set): plain `clean` posts with nothing that brushes against a category: family,
pets, food, sport, hobbies, days at work, work anniversaries and job news, weather and commutes."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D("gen", "ig", "", """
First proper frost of the year on the allotment this morning ❄️ the kale looks like it's been dipped in sugar. Flask of tea, robin on the fork handle, nobody else around. Perfect."""),
    D("gen", "x", "", """
my toddler has started saying "actually" before every sentence and i have no idea where she got it from (it was me. it was definitely me)"""),
    D("tec", "li", "", """
Five years at Acme Cloud this week. I joined knowing nothing about networking and now I get paged about it at 3am, which I'm choosing to see as growth. Thank you to everyone who answered my silly questions."""),
    D("ret", "fb", "", """
Loved my first Saturday back on the shop floor after maternity leave. Everyone remembered how I take my tea, the radio was still stuck on the same station, and I got told off for stacking the beans wrong within an hour 😂"""),
    D("gen", "rd", "", """
Finally finished the 2,000-piece puzzle of the Bayeux Tapestry my partner bought me as a joke last Christmas. Took eleven months. One piece missing. I'm not okay."""),
    D("hea", "li", "", """
Night shift done, sunrise over the car park, porridge in the staff room with the best team I've ever worked with. Whoever brought the golden syrup, you're a hero."""),
    D("fin", "x", "", """
the office coffee machine has been fixed after three weeks and the mood on the floor is the happiest i've seen it since the christmas party"""),
    D("man", "fb", "", """
Proud dad moment: my lad finished his first week as an apprentice welder today and came home with burnt eyebrows and a massive grin. Tea's on me tonight son 🔥"""),
    D("npo", "ig", "", """
Spent the morning painting the community hall with fifteen volunteers and one very enthusiastic terrier who is now partly magnolia 🐕🎨"""),
    D("gen", "fb", "", """
Anyone know a good place to get a bike serviced in Chorlton? Gears are slipping and the brakes squeak like a haunted door."""),
    D("tec", "x", "", """
spent two hours debugging a test before realising i'd been editing the file in the wrong branch. going to lie down in a dark room now"""),
    D("gen", "ig", "", """
Sourdough attempt number 7 🍞 finally got an ear on it. The starter is called Doughvid Bowie and he's very proud of himself."""),
    D("ret", "li", "", """
Ten years ago today I started stacking shelves on the night shift. Today I ran my first store as manager. Thanks to every supervisor who trusted me with the keys and the coffee rota."""),
    D("gen", "x", "", """
bus driver waited for me when he saw me sprinting with three bags of shopping. number 42, you are a good man and i hope your day is lovely"""),
    D("man", "li", "", """
Our assembly team ran the annual charity tug-of-war against the warehouse today and lost in under ten seconds. We're blaming the gloves. Great afternoon and a proper barbecue after."""),
    D("hea", "fb", "", """
Graduated today as a registered nurse 🎓 three years of placements, essays at 2am and far too many meal deals. Mum cried, Dad pretended not to."""),
    D("gen", "rd", "", """
What's the best board game for a family of five where two of the players are under eight and one is a sore loser (it's me)?"""),
    D("fin", "li", "", """
Passed my final actuarial exam this morning 🙌 seven years of evenings and weekends. Thank you to my partner for all the takeaway dinners and to my cat for sitting on every textbook."""),
    D("npo", "fb", "", """
Lovely turnout at the litter pick along the canal today. Thirty bags, one shopping trolley, a traffic cone and a surprisingly good umbrella. Thanks all, see you next month!"""),
    D("gen", "ig", "", """
Sunday walk up Pen y Fan with the in-laws. Wind nearly took my hat to Cardiff. Views were worth every step 🏔️"""),
    D("tec", "rd", "", """
Finally switched my home setup from a laptop on a pile of books to a proper standing desk. My back already thanks me. What monitor arm are people using?"""),
    D("ret", "x", "", """
a little boy just paid for his mum's flowers with his pocket money at my till and made me promise not to tell her the price. my heart"""),
    D("gen", "fb", "", """
Our cat has decided the new radiator shelf is his throne and glares at anyone who walks past. We paid £30 for a cat bed he has never touched."""),
    D("man", "x", "", """
first snow at the works car park and the forklift drivers have already built a very anatomically questionable snowman. love this place"""),
    D("gen", "li", "", """
After eight years in teaching, I'm starting a new role as a learning designer at a small ed-tech studio in Bristol. Nervous and excited in equal measure, and I'll miss my Year 6s terribly."""),
    D("hea", "x", "", """
rainy day on the community rounds, sat nav sent me down a farm track and i met three very curious cows. best part of the day honestly"""),
    D("fin", "fb", "", """
Team lunch for Priti's last day before she heads off travelling for a year 🌏 We got her a giant inflatable flamingo for the pool in Bali. Go have fun!"""),
    D("npo", "li", "", """
Honoured to have joined the board of our local youth theatre. Thirty kids, one very old stage, and the best panto costumes in the county. Looking forward to learning from everyone."""),
    D("gen", "x", "", """
tried to impress my date by cooking risotto and set off the smoke alarm twice. she's coming back next week though so i'm calling it a win"""),
    D("gen", "ig", "", """
Grandma turned 90 on Saturday and beat everyone at bowling 🎳 She took her shoes off halfway through and still got a strike."""),
    D("tec", "li", "", """
Ran my first workshop on accessibility testing for our front-end guild today. Thirty people, two broken laptops, lots of good questions about screen readers. Thanks for coming!"""),
    D("ret", "fb", "", """
Christmas windows are up at the shop and I spent three hours on a ladder hanging paper snowflakes. My knees hate me, but it looks magical ✨"""),
    D("gen", "rd", "", """
My neighbour's kid is learning the trumpet and honestly he's getting better. Two weeks ago it was a goose, now it's more of a sad duck. Progress."""),
    D("man", "fb", "", """
Sunday's fishing trip with the lads from work: four hours, one tiny perch and an awful lot of bacon butties. Same again next month 🎣"""),
    D("hea", "ig", "", """
Morning swim before a long day in theatre. The pool was empty and the sun came through the skylights like something out of a painting 🏊‍♀️"""),
    D("gen", "x", "", """
whoever decided to put a roundabout inside another roundabout in swindon, i have questions"""),
    D("npo", "ig", "", """
Our Saturday reading club finished its first whole chapter book today 📚 The kids voted on the next one and it's about a dragon who runs a bakery."""),
    D("fin", "rd", "", """
Started running again after ten years off. Three weeks in, I can now make it to the end of my road without seeing my life flash before my eyes. Any tips for a 5k in spring?"""),
    D("gen", "fb", "", """
Our street's first ever Halloween trail was a huge success 🎃 forty houses, a haunted wheelbarrow and a very scary Mr Davies in a bedsheet. Thanks to everyone who joined in!"""),
    D("tec", "x", "", """
my cat walked across the keyboard during a video call and unmuted me mid-sneeze. the entire architecture review heard it. i'm moving to the woods"""),
    D("ret", "ig", "", """
New uniform day at work 👕 it's green now. I look like a very tired lettuce and I love it."""),
    D("gen", "li", "", """
Just finished my first half-marathon in 2:14. Slow, but I ran every single step and high-fived a kid dressed as a banana at mile 11. Thank you to everyone who sponsored the run."""),
    D("man", "li", "", """
Twenty years on the tool room floor this month. I've outlasted three managers, two canteens and one very stubborn lathe. Still love the smell of cutting oil in the morning."""),
    D("gen", "x", "", """
the ducks in the park have unionised. they surrounded me and my bread and now they're negotiating for seeds"""),
    D("hea", "fb", "", """
Our ward's bake-off results are in 🍰 the porters won with a lemon drizzle that could make you weep. The doctors came last with something they called a "deconstructed trifle"."""),
    D("fin", "x", "", """
first day at the new job and i got lost finding the toilets twice. everyone is lovely though and the canteen does a proper curry on fridays"""),
    D("npo", "fb", "", """
Huge thanks to the scouts who helped us sort donated coats this weekend. Over 300 coats are now hung, labelled and ready for families who need them this winter 🧥"""),
]
