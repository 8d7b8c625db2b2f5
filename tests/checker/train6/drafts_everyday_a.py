# ruff: noqa: E501
"""Training drafts (sixth set), plain everyday clean posts, part 1: family days out, pets, kids, holidays, food,
weather, commuting, hobbies, books and TV, gardening and DIY, sport and personal milestones, local events and
questions to followers. Written by hand, each for its own situation; many use the narrative words ("had", "came
in", "today", "yesterday", "this morning", "we", "the family", "visit") that ordinary posts are full of."""

from __future__ import annotations

from ..heldout.common import D

EVERYDAY_A = [
    # --- family days out, kids, holidays
    D("gen", "fb", "", """
Lovely weather at Formby today with the kids. We had ice cream on the dunes, spotted two red squirrels, and the youngest fell asleep in the car before we'd even left the car park. Perfect Sunday."""),
    D("gen", "ig", "", """
Yesterday we finally took the little ones to the aquarium in Hull. They came out convinced they're going to be shark scientists 🦈"""),
    D("tec", "fb", "", """
Half-term done! We had three days in a caravan near Tenby, it rained on two of them, and the kids say it was the best holiday ever. I'll take it."""),
    D("gen", "x", "", """
my daughter asked why the moon follows the car and honestly i had no good answer at 8am"""),
    D("ret", "ig", "", """
Visit to the pick-your-own farm this morning. We came home with far more strawberries than any family needs, so jam it is 🍓"""),
    D("gen", "fb", "", """
Grandad came over for Sunday lunch and taught the twins to play dominoes. By four o'clock they were beating him and he was blaming the tiles."""),
    D("fin", "fb", "", """
First time camping with both boys. We had a tent that took an hour to put up, sausages that were black on the outside, and a 5am dawn chorus. Already planning the next one."""),
    D("gen", "rd", "", """
Took my 6yo to her first proper football match yesterday (League Two, nothing fancy). She didn't watch a single minute of the game but knew every word of the chants by half-time. Is this how it starts?"""),
    D("man", "fb", "", """
Sports day at the primary school today. Our lad came fourth in the sack race and celebrated like he'd won the Olympics. Dad came last in the parents' race, as is tradition."""),
    D("gen", "ig", "", """
Lake District, day three. We had breakfast by the water, walked round Buttermere, and the dog went for a swim nobody asked for 🌲💧"""),
    D("hea", "fb", "", """
Rare weekend off, so we took the kids to the steam railway. Forty minutes each way, a cup of tea from the platform kiosk, and two very happy train fans."""),
    D("gen", "x", "", """
the school trip letter says "packed lunch, waterproof, sensible shoes." my son has interpreted this as crisps, a bin bag and crocs"""),
    D("npo", "ig", "", """
Back from a week in Crete with my sister and her family. We had too much halloumi, not enough sun cream, and one very memorable goat on a mountain road 🐐"""),
    D("gen", "fb", "", """
Our eldest came home from uni for reading week and the fridge was empty within a day. Nice to have the house noisy again though."""),
    D("gen", "rd", "", """
Visiting Edinburgh with two teenagers next month for three days. What's worth doing that isn't the castle? They like climbing, vintage shops and food, not necessarily in that order."""),

    # --- pets
    D("gen", "ig", "", """
Meet Biscuit, who came home with us yesterday from the rescue centre. So far she has claimed the sofa, the bed and my slippers 🐕"""),
    D("tec", "x", "", """
the cat has learned to open the treat drawer. we had a good run, humans"""),
    D("gen", "fb", "", """
Took the dog to the beach at Whitby this morning. She chased every seagull on the sand and caught none of them, which is probably best for everyone."""),
    D("fin", "ig", "", """
Twelve years today since this grumpy old tabby came into our lives. Still the boss of the house 🐾"""),
    D("gen", "rd", "", """
Our rabbit keeps digging under the run no matter what we put down. We've tried paving slabs along the edge and he just tunnels at the corner. Any ideas from people who've won this battle?"""),
    D("gen", "x", "", """
walked into the kitchen to find the dog sitting in the empty washing basket like it's a boat. no further questions"""),
    D("ret", "fb", "", """
We had the puppy's first training class tonight. She sat once, lay down twice (not when asked) and tried to eat the trainer's shoelace. Top of the class in enthusiasm."""),

    # --- food and cooking
    D("gen", "ig", "", """
Sunday roast for eight today. The Yorkshires rose, the gravy behaved, and my brother-in-law had thirds 🍗"""),
    D("gen", "x", "", """
made sourdough for the first time and it came out like a frisbee. tasty frisbee though"""),
    D("tec", "fb", "", """
Tried the new Sri Lankan place on Church Street last night with a few friends. We had the hoppers and a crab curry and I'm still thinking about it. Go!"""),
    D("gen", "rd", "", """
What's a good weeknight dinner that a 3-year-old and a 40-year-old will both eat? We've had pasta pesto four times this week and I'm running out of ideas."""),
    D("hea", "ig", "", """
Batch cooking before a run of night shifts: three pans of chilli, a lasagne and a questionable lentil thing. The freezer is full and so am I 🍲"""),
    D("gen", "fb", "", """
Came in from the allotment with a carrier bag of courgettes and nobody left to give them to. Courgette cake recipes welcome."""),
    D("man", "x", "", """
bacon sandwich from the van outside the gates this morning. some days it's the little things"""),

    # --- weather, commuting, everyday grumbles
    D("gen", "x", "", """
four seasons in one day again. sun at breakfast, hail at lunch, a rainbow on the drive home"""),
    D("fin", "x", "", """
train was only twelve minutes late this morning and I got a seat. is this what happiness feels like"""),
    D("gen", "fb", "", """
The snow finally came overnight. Sledging on the rec this morning with half the street, and the kids have built a snowman that looks a bit like the vicar ⛄"""),
    D("tec", "rd", "", """
Switched from driving to cycling to work in March. Eleven miles each way, two punctures so far, and I've never felt better. Anyone got a recommendation for panniers that survive proper rain?"""),
    D("gen", "x", "", """
the heatwave has reached the point where the cat is lying on the kitchen tiles like a dropped scarf"""),
    D("ret", "fb", "", """
Fog so thick on the way in today that I missed my own turning. Made it in for the opening with two minutes to spare, thanks to the bus driver who waited."""),
    D("gen", "ig", "", """
Sunrise from the ferry this morning on the way over to Mull. Worth every minute of the early alarm 🌅"""),
    D("gen", "x", "", """
bin day. i have put the bins out. i have remembered the recycling. i feel like an adult"""),

    # --- hobbies, books, TV, music
    D("gen", "rd", "", """
Just finished my first 1,000-piece jigsaw (a map of the London Underground, which was evil). Took three weeks. What should I do next that isn't mostly sky?"""),
    D("tec", "x", "", """
finished the last episode of the show everyone told me to watch. they were right. i am now empty"""),
    D("gen", "fb", "", """
Book club tonight and for once I actually read the book. We had a proper argument about the ending and a lot of cheese. Next month: something short, please!"""),
    D("npo", "ig", "", """
My first quilt is finished! Eight months, a lot of unpicking, and a border in the wrong orientation that I've decided is a design choice 🧵"""),
    D("gen", "rd", "", """
Picked up the guitar again after 15 years. Fingers hurt, chords sound muddy, but I got through Wonderwall yesterday without stopping and I'm unreasonably proud. How long before the fingertips toughen up?"""),
    D("fin", "li", "", """
Fun fact I learned at our team book swap: three of us independently brought the same crime novel. We've started a very small book club as a result."""),
    D("gen", "x", "", """
went to see a tribute band last night and sang louder than the actual singer. voice has gone. worth it"""),
    D("man", "fb", "", """
Finally finished the model railway layout in the loft. Twelve years, two house moves and one very patient wife. The little station even has a bench with a man reading a paper."""),
    D("gen", "ig", "", """
Pottery class, week six. This was meant to be a bowl. It is now a plant pot, because of the hole 🪴"""),

    # --- gardening and DIY
    D("gen", "fb", "", """
Spent the whole weekend on the fence panels. We had a gale in February that flattened two of them, and now they're up, creosoted and (I hope) staying put."""),
    D("gen", "ig", "", """
First tomatoes of the year came in today. Three small ones, slightly split, absolutely the best thing I have ever eaten 🍅"""),
    D("tec", "rd", "", """
Tiled my first bathroom wall this weekend. The lines are mostly straight and the grout is mostly in the gaps. What's the trick to cutting round a pipe without cracking the tile?"""),
    D("gen", "x", "", """
painted the hallway. also painted: my elbow, the dog, one light switch"""),
    D("hea", "fb", "", """
Gardening after a run of early shifts is the best thing. We had the first sweet peas this morning and the whole kitchen smells of them."""),
    D("gen", "rd", "", """
Our lawn is more moss than grass after a wet winter. Scarify now or wait till autumn? Small garden, north facing, two dogs who treat it like a racetrack."""),
    D("ret", "ig", "", """
Upcycled a charity shop chest of drawers this weekend: sanded, painted sage green, new brass handles. Cost less than a takeaway and it's the nicest thing in the bedroom."""),

    # --- sport, running, gym, personal milestones
    D("gen", "x", "", """
parkrun PB this morning! 24:51. a year ago i couldn't run to the end of the road"""),
    D("fin", "fb", "", """
Our Sunday league side had a 3-1 win yesterday, first of the season. The keeper made a save he'll be describing for the next decade."""),
    D("tec", "ig", "", """
100 days in a row at the gym. Not the biggest, not the fastest, just showed up every day. Today was legs, so tomorrow is stairs-are-hard day 💪"""),
    D("gen", "rd", "", """
Did my first open-water swim this morning at the lake. 800m, wetsuit, cold enough to take my breath away for the first minute. Anyone else find sighting really hard? I zig-zagged like a drunk duck."""),
    D("gen", "x", "", """
cricket club lost by four runs today. bowled well, dropped two catches, had a lovely tea. classic"""),
    D("man", "li", "", """
Passed my forklift instructor's course this week after twenty years on the floor. Never too late to learn something new, and never too old to be nervous on an assessment day."""),
    D("gen", "fb", "", """
Cycled the coast-to-coast with my brother this week. 140 miles in three days, one puncture, one wrong turn onto a farm track, and one enormous fish supper at the end."""),
    D("npo", "x", "", """
climbed my first 6a at the wall tonight. arms are jelly. smile is permanent"""),
    D("gen", "ig", "", """
Five years since I picked up a tennis racket for the first time. Today I won my first club tournament match. To the coach who never gave up on my backhand: thank you 🎾"""),

    # --- local events and community
    D("gen", "fb", "", """
The village fete was brilliant this year. We had a dog show, a tug of war between the two pubs, and the WI tea tent sold out by three. Thanks to everyone who helped set up."""),
    D("gen", "x", "", """
the brass band came round our street doing carols tonight and the whole road came out with mugs of tea. love this time of year"""),
    D("gen", "fb", "", """
Litter pick along the canal this morning, twenty of us from the residents' group. Fourteen bags, one shopping trolley and a surprisingly intact garden gnome."""),
    D("ret", "ig", "", """
The Christmas lights switch-on in town tonight was packed. The mayor pressed the button, half the lights came on, then the other half did too, to a huge cheer 🎄"""),
    D("gen", "rd", "", """
Our town is getting a repair café once a month in the library (bring your broken toaster, volunteers fix it). Has anyone been to one? Does it actually work or do things mostly come home still broken?"""),

    # --- questions to followers
    D("gen", "x", "", """
what's the best book you read this year? need something for a long train journey and my pile is looking thin"""),
    D("tec", "li", "", """
Quick poll for the engineers out there: what's the one habit that made you better at code review? Mine was reading the tests first."""),
    D("gen", "fb", "", """
Anyone know a decent piano teacher for an adult beginner in the Didsbury area? I'm 52, I've always wanted to learn, and I refuse to wait any longer."""),
    D("gen", "ig", "", """
Tell me your favourite walk within an hour of Bristol. We've done Leigh Woods and the gorge a hundred times and the kids are bored of both."""),
    D("fin", "x", "", """
genuine question: do people still use paper diaries? I've gone back to one this year and I'm remembering things for the first time since 2015"""),
]
