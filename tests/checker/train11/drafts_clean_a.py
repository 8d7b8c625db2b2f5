# ruff: noqa: E501
"""Training drafts (eleventh set): plain `clean` posts with nothing that brushes against a category: family,
pets, food, sport, gardening, hobbies, days at work, work anniversaries and job news, weather, commutes,
holidays, DIY and local life."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D("gen", "ig", "", """
Sunday walk up Pen-y-ghent with the dog 🐕 wind sideways, rain sideways, sandwiches soggy, and still the best three hours of the week."""),
    D("gen", "x", "", """
my son has discovered knock knock jokes and none of them have punchlines. "knock knock" "who's there" "a horse". that's it. that's the joke. he's crying laughing"""),
    D("tec", "li", "", """
Three years at Acme Cloud today. I started on the networking team not knowing what BGP stood for, and now I'm the one explaining it at 2am. Thank you to everyone who was patient with me."""),
    D("ret", "fb", "", """
Our store's Christmas jumper day was a triumph 🎄 Gold medal goes to Sandra from the bakery, whose jumper lit up, played Jingle Bells and had a working pocket for mince pies."""),
    D("hea", "x", "", """
night shift snack ranking: 1. toast 2. toast with jam 3. the last yoghurt in the staff fridge that has no name on it (a risk) 4. anything from the vending machine after 3am"""),
    D("gen", "fb", "", """
Finally finished painting the garden fence. Took four weekends, two tins, and one argument about whether "forest green" is actually just green. It's green."""),
    D("man", "li", "", """
Twenty years at the Acme plant this month. Started as a 16-year-old apprentice sweeping swarf, now I run the maintenance team on nights. Thanks to Ken, who taught me to read a drawing and never to lean on a running machine."""),
    D("npo", "ig", "", """
Volunteer day at the nature reserve 🌿 we cleared brambles from the pond path, built two bird boxes and found a newt. The newt was the highlight."""),
    D("gen", "x", "", """
the bin men came at 6am and i ran out in my dressing gown with the recycling. we made eye contact. we both knew. we'll never speak of it"""),
    D("fin", "li", "", """
Passed my final CFA exam 🎉 Three years of weekends, two failed mocks and more flashcards than I can count. Thank you to my wife for putting up with a husband who talked about bond duration at dinner."""),
    D("gen", "rd", "", """
What's the best way to get red wine out of a cream carpet? Asking for a friend. The friend is me. The carpet is rented."""),
    D("gen", "fb", "", """
Our little one took her first steps today, across the living room, straight into the dog. Both fine. Both delighted 💛"""),
    D("tec", "x", "", """
pair programming with a colleague who types with two fingers at the speed of light. i have never felt so slow and so amazed at the same time"""),
    D("ret", "ig", "", """
Window display done for autumn 🍂 pumpkins, a scarecrow named Derek and more fake leaves than a real tree. Come and see it on the high street."""),
    D("gen", "x", "", """
tried to make a lasagne from memory and it turned into a soup with pasta in it. tasted great. presentation 2/10"""),
    D("hea", "li", "", """
Qualified as a district nurse today 🩺 Two years of study alongside shifts, and a lot of evenings at the kitchen table. Can't wait to start on my new patch in January."""),
    D("gen", "fb", "", """
The swifts are back over our street! Screaming round the rooftops at 9pm like tiny jets. Summer's officially started in our house."""),
    D("gen", "ig", "", """
Made my first ever loaf of rye bread 🍞 it's dense, it's dark and it could be used as a doorstop. I'm very proud."""),
    D("npo", "fb", "", """
Huge thank you to the 30 people who came to our litter pick on Saturday. We filled 46 bags, found a shopping trolley and a garden gnome, and had bacon sandwiches after."""),
    D("gen", "x", "", """
commute today: train late, bus full, walked the last mile in the rain. got to the office and the lift was broken. fifth floor. good morning to everyone but me"""),
    D("tec", "rd", "", """
Finally moved my home lab from a pile of Raspberry Pis to one small mini PC. Power bill down, noise down, and my partner can hear the telly again. Happy ending."""),
    D("gen", "fb", "", """
Dad's 70th was wonderful. Forty people in the cricket club, a cake shaped like his old tractor, and he did a speech that made everyone cry, including the barman."""),
    D("man", "x", "", """
first day back after the summer shutdown and the whole line smells of fresh paint. everything's shiny. give it a week"""),
    D("gen", "ig", "", """
Lake District in October 🍁 mist on Windermere, a bacon butty on the jetty and a very wet spaniel. Happy place."""),
    D("ret", "x", "", """
a little boy just paid for his mum's birthday flowers in 2p coins, counted out on the counter, £4.80 exactly. i'm fine. it's just dusty in here"""),
    D("gen", "fb", "", """
Our allotment's first sweetcorn of the year was eaten straight off the cob, raw, in the rain, by two children who then asked for "more corn please". Victory."""),
    D("fin", "x", "", """
new job starts monday 🙌 leaving the call centre after six years for a role in training. going to miss the team and the biscuit tin politics"""),
    D("gen", "rd", "", """
Recommend me a podcast for long drives. I've done every true crime one going and I need something that won't make me check the back seat."""),
    D("hea", "fb", "", """
Our ward's bake-off winner this year was Ade the porter, with a lemon drizzle so good two consultants asked for the recipe 🍋 He won't give it to them."""),
    D("gen", "x", "", """
cat has decided that 4:45am is breakfast time. i've tried ignoring him. he knocks things off the shelf one at a time, looking at me. negotiations have failed"""),
    D("npo", "li", "", """
One year as a trustee of our local youth club. I've learned more from the 14-year-olds on the youth panel than from any course. They run the meetings better than we do."""),
    D("gen", "fb", "", """
Went to see the Northern lights at Saltburn last night with half the town. Pink and green sky over the pier. My phone photos look better than what I saw, but I'll take it."""),
    D("tec", "x", "", """
spent the afternoon deleting old slack channels called things like "temp-temp-2" and "do-not-use". very satisfying. like clearing out a garage"""),
    D("gen", "ig", "", """
Finished my first half marathon 🏃‍♀️ 2 hours 14, cried at mile 11, ate a jelly baby from a stranger and would do it all again."""),
    D("man", "fb", "", """
Our apprentices built a go-kart from scrap for the summer family day at work. Twelve laps of the car park, one minor crash into a cone, and the managing director had a go in a hi-vis."""),
    D("gen", "x", "", """
grandma has discovered voice notes. every message is four minutes long and starts with "hello, it's grandma". we know. we love you. please get to the point"""),
    D("ret", "fb", "", """
Last shift before I go on maternity leave 🍼 the team made me a cake shaped like a pram and wrote "don't come back too soon" on it. I'll miss you all."""),
    D("gen", "rd", "", """
Anyone else's sourdough go flat the minute they score it? I think I'm overproofing but every video says something different. Tips welcome."""),
    D("gen", "fb", "", """
Bonfire night at the rugby club was brilliant 🎆 thank you to the volunteers who stood in the cold all night doing hot dogs and keeping the kids away from the fence."""),
    D("tec", "li", "", """
Moved from software testing into a developer role this month. Thank you to my manager for giving me the chance, and to the team who answered every "stupid" question without once making me feel stupid."""),
    D("gen", "x", "", """
the heating came on for the first time this year and the whole house smells of burnt dust. autumn has arrived"""),
    D("hea", "ig", "", """
Lunch break on the hospital roof garden 🌼 someone's planted sunflowers in the old planters and they're taller than me. Little things."""),
    D("gen", "fb", "", """
Twenty-five years married today. We met at a bus stop in Huddersfield in the rain and she still says I was "too keen". I was. No regrets 💍"""),
    D("fin", "rd", "", """
Started a new job in a bank's complaints team and the training is excellent. Anyone else work in complaints? How do you switch off after a difficult call?"""),
    D("gen", "x", "", """
bought a bird feeder. two days later it has been claimed by one very fat wood pigeon who sits in it like a hot tub"""),
    D("npo", "fb", "", """
The reading group at the library is ten years old this month 📚 Two of the founding members are still here, and we still argue about every ending."""),
    D("gen", "ig", "", """
Tiled the bathroom myself. It's slightly wonky. The grout is "rustic". I'm telling everyone it's on purpose 🛁"""),
    D("man", "x", "", """
canteen did a curry for the night shift and half the plant turned up early for it. best attendance we've had all year"""),
    D("gen", "fb", "", """
The ducklings at the canal have all survived another week 🦆 eleven of them, following mum in a wobbly line past the lock gates. The whole towpath stops to watch."""),
    D("tec", "rd", "", """
Mechanical keyboard people: I've just bought my first one and my partner says it sounds like "a woodpecker with a grudge". Are quieter switches worth it or do I just get a bigger house?"""),
    D("gen", "x", "", """
rain stopped play at the test match and 20,000 people sang sweet caroline under umbrellas. best bit of the day honestly"""),
    D("ret", "li", "", """
Ten years at Acme Market today, from Saturday trolley boy to store manager. Thank you to every colleague who covered a shift, shared a biscuit or told me to go home when I needed to."""),
    D("gen", "fb", "", """
Our village Christmas lights switch-on had a brass band, a very small reindeer and a power cut at the exact moment the lights were meant to go on. Then they came on. Everyone cheered anyway."""),
    D("hea", "x", "", """
first week as a student paramedic done. learned a lot, cried once, ate eleven meal deals. on to week two"""),
    D("gen", "ig", "", """
Strawberry picking with the kids 🍓 we paid for 2 kilos and I'm fairly sure they ate another 2 in the field."""),
    D("npo", "x", "", """
our food bank van has a new name thanks to a vote by the kids at the primary school. please welcome "vanessa". she's white and slightly dented and we love her"""),
    D("gen", "rd", "", """
What's a good first tent for two adults and a dog? Mostly lakes and campsites, nothing extreme. Budget about £200."""),
    D("gen", "fb", "", """
Went back to my old primary school for the first time in thirty years. The hall is tiny. The dinner ladies' hatch is exactly the same. I could smell the chocolate sponge."""),
    D("tec", "x", "", """
day three of a new laptop and i've already named it "toast" because that's what it sounds like when it compiles"""),
    D("man", "fb", "", """
Proud dad moment: my daughter's just started her engineering apprenticeship, same trade as me, thirty years later. She's already better at welding than I was."""),
    D("gen", "x", "", """
watched a man at the station try to get a pigeon off the train for two stops. the pigeon stayed on. the man got off. pigeon went to leeds"""),
    D("gen", "ig", "", """
Sunday roast at the pub with my parents, first time in a year we've all been free 🍖 Yorkshires the size of hats. Dad asked for more gravy three times."""),
    D("fin", "fb", "", """
Our branch raised £640 for the local hospice at the summer fête 🎪 The cake stall did the best, mostly because we kept buying from it ourselves."""),
    D("gen", "rd", "", """
Bought an old 1970s sewing machine at a car boot for a tenner and it works perfectly. Made my daughter a pair of pyjama bottoms. They're uneven. She loves them."""),
    D("hea", "fb", "", """
After 32 years as a health visitor I retire on Friday. I've weighed thousands of babies and drunk more tea in more kitchens than anyone in this county. Thank you for having me."""),
    D("gen", "x", "", """
parents' evening: apparently my son is "a delight but talks a lot". he gets it from his father. and his mother. and both grandmas"""),
    D("gen", "fb", "", """
Snowed in at my mum's with the kids, two dogs and one working radiator ❄️ We've done every jigsaw in the house, including the one with 40 pieces missing. It's been lovely, honestly."""),
    D("tec", "li", "", """
Mentoring a group of sixth formers through a coding club this term. This week they built a weather station that tweets when it rains. In Manchester, so it tweets a lot."""),
    D("gen", "ig", "", """
Spent the day at Bamburgh 🏰 castle, beach, ice cream, a dog that refused to come out of the sea. Ten out of ten."""),
    D("npo", "fb", "", """
Our befriending volunteers made 3,000 phone calls to older neighbours this year. Some calls are five minutes, some are an hour. All of them matter. Thank you."""),
    D("gen", "fb", "", """
Long one, sorry. Today my grandad would have been 100, so I went back to the street in Halifax where he grew up and walked it end to end. The mill where he started at fourteen is flats now, but the gate still has the iron letters over it. The chip shop he took my nan to on their first date is a vape shop. The church where they married is still there, and the lady doing the flowers let me in and showed me the pew they'd have stood at. He worked forty-six years, never had a car, walked everywhere, and took me fishing every Sunday from when I was six until he couldn't get down the bank any more. He taught me to tie a knot, to make a proper cup of tea, and to always say thank you to the bus driver. I still do all three. I sat on the wall by the canal where he used to fish for an hour and ate a pork pie, which is what he'd have done. Then I came home and made my kids a cup of tea the way he showed me, and told them about him. They didn't listen much. They will one day. Happy birthday, Grandad. The bus drivers still get thanked."""),
    D("man", "x", "", """
night shift tea round record: 23 brews, 4 sugars, 2 oat milks and one lad who wants it "the colour of a teabag". achieved in 11 minutes"""),
    D("hea", "fb", "", """
Our hospital choir sang in the main entrance this lunchtime 🎶 porters, pharmacists, a consultant and two of the cleaners. Visitors stopped and filmed it. Best twenty minutes of the week."""),
    D("ret", "ig", "", """
Spent my day off doing the window boxes outside the shop 🌸 trailing geraniums, lobelia and a small gnome the Saturday team insisted on. He's called Gordon."""),
    D("npo", "x", "", """
minibus trip to the coast with our older members today. fish and chips on the prom, one lost hat, and a 92 year old who beat everyone at the 2p machines"""),
]
