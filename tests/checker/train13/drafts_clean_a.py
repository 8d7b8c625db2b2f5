# ruff: noqa: E501
"""Training drafts (thirteenth set): plain `clean` posts with nothing that brushes against a category: family,
pets, food, sport, gardening, hobbies, days at work, work anniversaries and job news, weather, commutes,
holidays, DIY and local life, several of them long (a LinkedIn reflection, a Reddit trip report, a Facebook
community-group update) and some of them short replies and comments."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D(
        "gen",
        "fb",
        "",
        """
Village in Bloom update 🌼 The judges come on 14 July, so we've got five weekends to make Thornby look like we always look in our heads.

What's done: the planters by the bus shelter are in (thank you, Year 4, for the slightly wonky sunflowers), the railway station garden has been weeded, and someone anonymous repainted the bench by the pond at 6am on Sunday. Whoever you are, we love you.

What's left: the verge outside the chapel needs edging, the war memorial beds need a last tidy, and we need two people with strong backs to move the big tubs back outside the pub.

Watering rota is on the noticeboard in the shop. If you've got a hose that reaches the road, you're on it whether you like it or not. Tea and cake at the hall afterwards every Sunday.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my daughter has named her goldfish "Steve from Accounts". she doesn't know anyone called steve. she doesn't know what accounts are""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
First swim in the lake this year 🥶 eleven degrees, three swear words and one very confused heron. Back next week.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Five years at Acme Cloud this week. I joined as a junior on the storage team, didn't know what a volume snapshot was, and spent my first on-call shift convinced I'd deleted the internet.

Since then I've moved to the database team, mentored four new starters, and learnt to love a good runbook. The biggest thing I've learnt is that asking the "stupid" question early saves everyone a day later.

Thank you to Hannah, who hired me on the strength of a very nervous interview, and to the team who still laugh at my jokes in retro. Here's to the next five.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Trip report: three days walking the Cleveland Way from Helmsley to Robin Hood's Bay, late April.

Day 1: Helmsley to Sutton Bank, 16 miles. Flat-ish, sheep everywhere, lunch at a bench with a view that made me forget my blisters. The White Horse was underwhelming up close, which I'm told is normal.

Day 2: Sutton Bank to Osmotherley, 20 miles. Too long. Don't do this. Wind in our faces the whole way and we ate our last cereal bars at 2pm. The chippy in Osmotherley saved our lives.

Day 3: we cheated and got the bus to Saltburn, then walked the coast to Staithes. The cliffs were the highlight of the whole trip, proper dramatic, kittiwakes everywhere.

Kit notes: take more socks than you think, the B&Bs all dry boots, and download the maps because there's no signal on the moor. Happy to answer questions.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Store team quiz night raised the roof 🎉 The bakery team won, the night crew came a very loud second, and the management team came last and are now banned from the picture round forever.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
twelve hour shift done. ate a whole packet of crackers standing up at 4am and called it dinner. bed""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Passed my mortgage adviser qualification today 🎉 Three modules, a lot of evenings, and a kitchen table covered in flashcards. Thank you to my manager for the study days and my partner for the endless tea.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Forty years ago today my dad started at the plant as a 16-year-old apprentice fitter. Tonight the whole family's taking him for a curry and he's insisted on wearing his 1985 works jacket. It still fits. Sort of.""",
    ),
    D(
        "npo",
        "ig",
        "",
        """
Beach clean at Saltburn this morning 🌊 twenty-two volunteers, fourteen bags of rubbish, one shopping trolley and a rubber duck that we've adopted as our mascot.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the cat has decided the new sofa is a scratching post. the new sofa cost more than my first car. the cat does not care""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Thank you to whoever handed in my son's school bag at the newsagent's yesterday 🙏 he'd left it at the bus stop with his PE kit and his reading book. Faith in humanity restored.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Sourdough attempt number nine 🍞 finally has holes in it. Not the right holes, but holes. Progress.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
spent the morning pair programming with our new grad and learned three keyboard shortcuts i should have known for ten years. humbling""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Moved to a new city six months ago and didn't know a soul. Joined a Tuesday night running club on a whim. Last night they threw me a surprise "half-birthday" because I'd mentioned mine was in the summer. Honestly the best thing I've done here.""",
    ),
    D(
        "ret",
        "li",
        "",
        """
Twenty years in retail this month. I started on a Saturday job in the stockroom, folding jumpers nobody bought, and I now run operations for forty stores in the north.

Things I'd tell my 16-year-old self: learn people's names. Say yes to the boring jobs. Never underestimate the night crew. Always carry a pen.

Thank you to everyone who's trained me, put up with me, and laughed at my Christmas jumper.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Allotment update 🥕 The broad beans are up, the onions have gone in, and the pigeons have eaten every single pea shoot again. I've now got more netting than plants. War continues.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
got on the wrong train, ended up in crewe, bought a pasty, got back on the right train. honestly a decent afternoon""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Our ward's Christmas decorations are up 🎄 and the night team have outdone themselves: a tinsel tree made entirely of old IV poles and a snowman made of cotton wool balls. Judging on Friday.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
@ellie.bakes this is the prettiest cake I've ever seen, how did you get the buttercream that smooth?? 😍""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our street's first ever summer party was a hit 🎈 The road was closed from noon, someone brought a gazebo, someone brought a barbecue the size of a car, and the kids did chalk drawings from one end of the cul-de-sac to the other.

Thank you to the Singhs at the top end for the samosas, which disappeared in eleven minutes. Thank you to whoever brought the speaker, even though we heard the same playlist three times. And thank you to the council for saying yes to the road closure form, which was only nine pages long.

Lost property: one small blue wellington, one pair of sunglasses, one very nice cake tin. Shout if they're yours. Same again next year?""",
    ),
    D(
        "fin",
        "x",
        "",
        """
finance team christmas lunch booked. i've been voted in charge of the crackers. this is the most power i've ever had""",
    ),
    D(
        "man",
        "li",
        "",
        """
Our maintenance team finished the summer shutdown two days early this year. Forty-three jobs, twelve contractors, one very long weekend and a lot of bacon sandwiches. Thank you all, proper team effort.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
bought a plant. named it derek. derek is thriving. i am not. but derek is""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Our Tuesday lunch club has a new tradition: whoever wins the crossword race gets to pick the pudding. Mavis has won four weeks running. We're getting suspicious. It's always crumble.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
What's a cheap hobby you picked up as an adult that you wish you'd started years ago? For me it's birdwatching. Binoculars from a charity shop, a free app, and now I can't walk to the shop without stopping for a wren.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Starting a new role today as a support engineer 🎉 After four years in hospitality I retrained through an evening course, and after 60 applications and eleven interviews, here we are. To anyone career-changing: keep going.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Sunset from the top of Roseberry Topping 🌅 worth every step and every complaint from the teenager""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the neighbour's kid is learning the trumpet. it's been three weeks. it's still just the one note. i'm weirdly invested""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Proud to say I've finished my first year as a qualified paramedic. I've learned more in twelve months than in three years at university, mostly from the crew I was paired with. Thank you, Gemma, for the patience and the playlists.""",
    ),
    D(
        "ret",
        "x",
        "",
        """
working the tills on a sunday morning: 40% people buying croissants, 40% people buying paracetamol, 20% people buying both""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Can anyone recommend a good chimney sweep in the Hebden Bridge area? The last one retired and we'd like the stove done before the autumn. Thanks!""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Finished building a bookshelf from scratch this weekend. First proper woodworking project. It leans very slightly to the left but holds 140 books and I'm unreasonably proud of it. Next up: a bench.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
Three years volunteering with our local scout group this month 🏕️ I've learned to tie knots, light fires in the rain and keep twenty 10-year-olds from falling into a river. Best decision I ever made.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Pancake day in our house 🥞 lemon and sugar for me, Nutella for the kids, and the dog got the one that landed on the floor.""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Leaving do for our team lead tonight 🥂 eleven years in the same office, three desk moves, one legendary stapler. Good luck in the new job, we'll miss your playlists.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
first frost of the year. scraped the car with a loyalty card because i can't find the scraper. it's in the boot. it's always in the boot""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Five-a-side league for the plant is back on Thursdays from September ⚽ Days vs nights vs the office. The office team has promised to "actually turn up this year".""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Grew my first ever pumpkin, 14 kilos, and now I have no idea what to do with it. Soup recipes welcome. My neighbour suggested carving it into a canoe.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
office dog of the week is a dachshund called pickle who has stolen two sandwiches and the heart of the entire platform team""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Bonfire night at the rugby club was brilliant 🎆 Thank you to the volunteers who marshalled in the rain and the lads on the barbecue who kept going until the last sausage.""",
    ),
    D(
        "hea",
        "ig",
        "",
        """
Finished my last exam of nursing school 📚 three years, two placements in winter, one very supportive dog. Graduation in July!""",
    ),
    D(
        "gen",
        "x",
        "",
        """
tried to assemble a trampoline with my brother. two hours, one argument, one trampoline. the kids have been on it for six minutes and got bored""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Community choir concert on Saturday night was our best yet 🎶 Ninety singers, one piano, and a standing ovation for the children's section. Thank you to the church for having us and to everyone who came.""",
    ),
    D(
        "gen",
        "li",
        "",
        """
Something I didn't expect from working four days a week after my daughter was born: I'm more focused on the four. Fewer meetings, better notes, and Fridays at the duck pond. Grateful to a team that made it work.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Is it normal for a new build to have this many snags? We've got a door that doesn't shut, a radiator on upside down and a light switch in the cupboard. The developer's being nice about it, just curious what others found.""",
    ),
    D(
        "ret",
        "ig",
        "",
        """
Window display done for autumn 🍂 pumpkins, fairy lights and a scarecrow we've named Gerald. Come and say hello to Gerald.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my dad has discovered voice notes. i now receive four-minute updates about his tomatoes twice a day. i love him""",
    ),
    D(
        "tec",
        "fb",
        "",
        """
Our team had its first in-person day in months and we spent half of it arguing about the best crisp flavour. Salt and vinegar won. The minority report is being written.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Huge thank you to the bus driver on the 36 this morning who waited for an old man running for the stop with his shopping. Small kindness, made my day.""",
    ),
    D(
        "man",
        "li",
        "",
        """
Passed my NEBOSH certificate this week 🎉 Eight weeks of evenings and one very long exam. Looking forward to putting it to use on the shop floor.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Our eldest passed her driving test today 🚗 third time lucky. I have aged a decade in the passenger seat and she's already asked to borrow the car on Saturday.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Our family's been doing a board game night every Friday for a year now. The kids are 9 and 12 and they've beaten us at Ticket to Ride eleven weeks in a row. Looking for suggestions for something new that's not too long.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Spent the day at a local primary school talking about what an accountant actually does. The best question was "do you count all the money by hand?" Honestly, some days it feels like it.""",
    ),
    D(
        "npo",
        "x",
        "",
        """
dog walking volunteer shift done. three labradors, one very opinionated pug and a lot of mud. 10/10""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
The river walk's been reopened after the floods 🌳 the council's put in new steps by the weir and a bench with a little plaque. Lovely morning for it.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
hospital car park at 7am is a strange peaceful place. just me, a fox, and the smell of toast from the canteen""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Finally tackled the garage 🧹 found three bikes, a box of 90s CDs and a tent we forgot we owned. Camping this weekend, apparently.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Hit a milestone on my side project this week: 100 people have downloaded my little bird-call quiz app, and one of them left a review that just said "my nan loves it". Best review I'll ever get.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
spent 40 minutes choosing a cereal in the supermarket and went home with the same one i always buy. growth is not linear""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Huge welcome to the six new starters at the garden centre this week 🌿 You've survived the compost delivery and the parrot in the café. You'll be fine.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Local history society walk report 🏛️ Twenty-three of us braved the drizzle on Saturday for the mills and chapels walk along the canal.

We started at the old dye works, where Margaret showed us the mark on the wall from the 1866 flood, about two feet above my head. Then along the towpath to Spring Mill, which made blankets for the army in both world wars and is now flats with a very nice café.

The highlight for me was the Methodist chapel on Boat Lane. The caretaker let us in to see the gallery and the organ, which was built by a firm in Huddersfield in 1880 and still plays, although it wheezes on the low notes.

We finished at the Navigation for a well-earned pint and a look at Derek's old photos of the canal when it was still full of coal barges.

Next walk is in June, the railway cuttings and the viaduct. Bring boots, it's muddy under the arches. New members are always welcome, and you don't need to know anything, just be curious.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Ran my first marathon yesterday, Manchester, 4:41, and I need to tell someone who isn't my family because they've heard enough.

Training: 16 weeks, four runs a week, one very long run on Sundays that I dreaded every single time. I did most of them at 6am before the kids were up.

The race: the first half felt easy, which is a lie the marathon tells you. Mile 20 to 23 were the darkest place I've ever been. A stranger in a banana costume ran alongside me for a mile and told me I was doing great. Banana man, I love you.

The finish: my daughter had made a sign that said "RUN MUMMY RUN (DAD SAYS HURRY UP)". I cried the last 200 metres.

Lessons: practise your race food, don't start too fast, and stand near the gel station.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
Five years as a volunteer at our local hospice shop. I came in to help with the books on Tuesday mornings and ended up running the Saturday team.

What I've learned: people give away the most extraordinary things. A wedding dress with the receipt still in the bag. A box of letters from the 1940s. A signed cricket bat.

I've learned to price a jigsaw by shaking it, and that every third donated suitcase contains one single shoe.

Mostly, though, I've learned that a shop can be a community. Our regulars come in for a chat as much as for a bargain, and some of them have become friends.

Thank you to the team, who make Saturdays the best day of my week.""",
    ),
]
