# ruff: noqa: E501
"""Training drafts (twelfth set): plain `clean` posts, everyday things people share (family, pets, food, sport,
gardening, hobbies, days at work, work anniversaries, job news, commutes, holidays, DIY, local life) with nothing
that brushes against a category."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D(
        "gen",
        "fb",
        "",
        """
First frost on the allotment this morning ❄️ the last of the parsnips came up sweet as anything and the robin followed me round the whole time hoping for worms.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my toddler has started saying "actually" before every sentence. "actually, i want a banana". where did he get it. who is he quoting. it's me isn't it""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Five years at Acme Cloud this week. I joined as a graduate who'd never used a terminal, and today I ran my first design review. Thank you to my mentor Aled, who answered the same question about DNS about forty times.""",
    ),
    D(
        "ret",
        "ig",
        "",
        """
Easter window at the shop is done 🐣 forty knitted chicks made by the ladies from the Tuesday craft group, and one very confused real duck outside looking in.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
What's the trick to getting a wood burner going without using half a box of firelighters? I'm from a city, this is my first winter in a cottage and the stove is winning.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Took Mum to Scarborough for the day. Fish and chips on the front, a paddle in the sea at 82 in rolled-up trousers, and she beat me at the 2p machines. Perfect.""",
    ),
    D(
        "man",
        "x",
        "",
        """
new overalls day at work. everyone looks like a smurf. the line lead says we look "professional". we look like smurfs""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Our ward's Christmas door competition entry is a gingerbread house made of cardboard, cotton wool and eleven metres of tinsel 🎄 The porters say it's a fire hazard. The porters are jealous.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Sunrise paddleboard on Derwentwater 🌅 completely still, mist on the water, and one very curious duck that followed us to the island.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Today I moved from the contact centre into our fraud investigations team. Four years on the phones taught me to listen, stay calm and write everything down. Thanks to my team leader, Shona, for pushing me to apply.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the dog has learned that the sound of the cheese drawer means cheese. he can hear it from upstairs. through a closed door. while asleep""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Our Saturday litter walk along the canal pulled out 18 bags, a traffic cone, a pram wheel and, for the third year running, a single wellington boot. Thank you to the 22 of you who came.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Made marmalade with Grandma's recipe for the first time since she died. The kitchen smells exactly like hers did. Ten jars, slightly too set, and I'm not changing a thing.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
moved the whole team's standup to 9:45 instead of 9:00 and everyone's happier. turns out people like arriving, making a tea and then talking""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Best boots for a first go at the Three Peaks? I'm doing it in June with my brothers and currently own a pair of trainers and optimism.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Twenty years on the fruit and veg counter today 🍎 I've stacked probably a million apples, learned the names of 300 regulars and their dogs, and I still love a perfect pyramid of oranges.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Homemade pizza night 🍕 the kids did their own toppings. One of them is just sweetcorn. One of them is just ham. One of them is a face. All of them were eaten.""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Finished my MSc in advanced clinical practice after three years part time. Every assignment was written at the kitchen table after a shift. Thank you to my husband for the tea and the silence.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
train's been stuck outside wakefield for 40 minutes and the whole carriage has started sharing snacks. we're a community now. we'll have a reunion""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Retirement do for Pete on the finishing line tonight after 41 years 🎉 He trained half the shop floor, never missed a shift for snow, and has promised to never set foot in a factory again. We'll see.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our village hall has new curtains! After three years of fundraising and one legendary bake sale, they're up and they're green. The WI cried. I cried. The curtains are beautiful.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Finally got my 3D printer to print a benchy without it turning into spaghetti halfway. The fix was levelling the bed with a sheet of paper like everyone said. I'm a fool and I'm happy.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my nan has discovered the crossword app and now texts me at 6am with "7 down, 5 letters, a flightless bird". it's emu, nan. it's always emu""",
    ),
    D(
        "fin",
        "x",
        "",
        """
first day in the new office and i got lost looking for the toilets twice. the building has four floors and every one looks the same. send a map""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Muddy, soggy and very happy after the kids' cross-country at Temple Newsam 🏃 Both finished, one lost a shoe, one found a different shoe. Nobody knows whose it is.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
Two years volunteering with our local hospice's gardening team. We've planted a sensory garden with lavender, rosemary and a little bench, and seeing visitors sit there is the best part of my week.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Bluebells in the woods behind our house this week 💙 a carpet of them. Went at 7am before the dog walkers and it was just me, a woodpecker and a lot of damp.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
How do you get a teenager to talk in the car without it being weird? Mine only speaks when there's a McDonald's visible. Asking for ideas that don't involve nuggets.""",
    ),
    D(
        "ret",
        "x",
        "",
        """
customer just bought 14 tins of pineapple and told me it was "for a project". i said good luck with it. i'll never know. that's the magic of retail""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
The chickens have laid their first eggs of spring 🥚 six tiny brown ones. My son ate two for breakfast and announced he's "a farmer now". He's seven.""",
    ),
    D(
        "man",
        "li",
        "",
        """
Proud to have passed my NEBOSH certificate this week after a lot of evenings and one very long weekend. Safety's everyone's job, and now I've got the paperwork to nag people properly.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
it's raining so hard the gutter's a waterfall and the cat's sat in the window watching it like it's telly. he's been there an hour. good show apparently""",
    ),
    D(
        "tec",
        "fb",
        "",
        """
Office pub quiz team name this year: "Ctrl Alt Defeat". We came fourth of six and won the picture round. Next year we're practising.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Ran the Great North Run in memory of my dad today 🏅 2 hours 31, sang "Local Hero" with the crowd at the start and had a little cry at the finish. He'd have been at the Tyne Bridge with a flask.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
bought the night shift a tray of doughnuts and the charge nurse cried. it's a bit sad that doughnuts got that reaction but also lovely""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Finally finished the patchwork quilt I started in lockdown 🧵 146 squares, three broken needles and one snipped thumb. It's on my daughter's bed now and the cat's already claimed it.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Is it worth learning to bleed my own radiators or should I pay someone? Landlord's away, it's cold and there's a gurgle in the bedroom one that sounds haunted.""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Our branch team walked Hadrian's Wall over four days for charity 🥾 84 miles, three blisters each and one unforgettable night in a bunkhouse with a snorer. We raised £2,300 for the local air ambulance.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my daughter's first school report says she's "enthusiastic in PE and very chatty". so she's me. sorry, mrs hughes""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Planted 200 tulip bulbs along the front wall with the neighbours' kids on Saturday 🌷 We'll see what survives the squirrels. Tea and biscuits after, and a lot of muddy knees.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Started a new role as an engineering manager this month. Week one: more 1:1s than I've had in a year and one very honest conversation about why the build takes 40 minutes. Grateful for a team that tells me things.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Huge thanks to the night crew at our store for the best send-off on my last shift before moving to a store nearer home 🎈 You lot made nights fun. Miss you already.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My partner and I have been learning to salsa for six months. Last night we did a whole song without standing on each other. Small victories. Does it get less sweaty?""",
    ),
    D(
        "man",
        "x",
        "",
        """
the canteen's new coffee machine does a flat white that isn't awful. productivity on the line up 40%. not scientifically measured. felt though""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Forty years since Mum and Dad opened their corner shop, and they're still open six days a week 🎉 Dad says he'll retire "when I'm old". He's 76.""",
    ),
    D(
        "npo",
        "x",
        "",
        """
thank you to everyone who came to the youth club's talent show. 19 acts, 4 magicians, 1 very brave lad who sang adele and smashed it""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Autumn walk at Bolton Abbey 🍂 stepping stones, a very brave spaniel and a flask of soup on the bench by the priory. Back before the rain.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Our hospital radio team has been on air for 50 years this week 📻 Requests, quizzes and a lot of Elvis for the older wards. Congratulations to the volunteers who keep it going.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
bought a second hand piano for £50 and it took four of us to get it into the house. it's slightly out of tune. it's perfect. the neighbours disagree""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
My son's Lego collection now occupies the dining table, two shelves and, somehow, the bath. I trod on a brick at 3am and said a word he's now using at school.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
the feeling when the flaky test you've been chasing for a week turns out to be a timezone. i'm going for a walk""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
We've had a fox family living under the shed for a month. Four cubs, very noisy at night, and they've taken my garden gloves. Is it OK to just let them be until autumn?""",
    ),
    D(
        "ret",
        "li",
        "",
        """
Just completed my first year as a trainee buyer at Acme Market. I've learned more about cheese than I thought possible and tasted 60 cheddars in one afternoon. Grateful to a brilliant team.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Street party for the coronation anniversary was lovely 🇬🇧 long tables down the middle of the road, Mrs Ahmed's samosas, Pete's barbecue and the kids racing scooters till dark.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
spent all saturday painting the kitchen "sage whisper". it's green. i spent £40 on green. the tin said whisper and it's shouting""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Thirty years at the Acme plant for my dad today 🏭 started on the presses at 18, now he runs the toolroom. His first payslip is framed in the downstairs loo. Proud of you, Dad.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Beach clean at Robin Hood's Bay with the kids' club this morning 🦀 we found crabs, a sea glass collection and, unfortunately, a lot of crisp packets.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
first week as a newly qualified physio done. i've said "that's great, and one more" about 400 times. my voice is gone. my patients are stronger""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our little village bookshop turned five this weekend 📚 cake in the back room, a reading from a local author and my daughter bought a book about sharks with her pocket money.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Does anyone else's dog hate the hoover with a burning passion but love the hairdryer? Ours barks at one and falls asleep under the other. I don't understand him.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Ten years with Acme Bank today. Cashier, then mortgage adviser, now training new advisers. Thank you to every customer who was patient while I learned, and to the colleagues who brought cake.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the ice cream van came down our road playing "teddy bears' picnic" at 8pm in november. bold. respect. bought a 99""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Our community fridge has saved 3 tonnes of food from the bin this year 🥕 thank you to the bakeries and greengrocers who drop off every night, and to the volunteers who clean it.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
After twelve years, I've finally passed my driving test 🚗 third attempt, different examiner, same roundabout. My instructor says she's retiring to celebrate.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Built a little weather station for the garden with an ESP32 and a couple of sensors. It's mostly telling me it's raining in Bolton, which I knew. Happy with it though.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Sunday roast done right 🍗 crispy potatoes, three kinds of veg, gravy like my mum's and Yorkshire puddings that stayed up. Nobody talk to me.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the kids have built a den in the living room out of every cushion we own. entry costs one biscuit. i've paid three times. house rules""",
    ),
    D(
        "man",
        "li",
        "",
        """
Our apprentices won the regional skills competition for CNC machining this week 🏆 Three of them, all in their first year. Couldn't be prouder of the lads and their mentor, Ray.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Snow day! School's shut, the sledge is out and the hill behind the church is full of shrieking kids and dads pretending they're not having the most fun of anyone 🛷""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Twenty years as a hospital porter today. I've pushed thousands of beds, got lost in the basement at least twice a week for the first year and met the best people. Thanks for the cake, team.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
We moved to a village with one pub, one shop and a bus every two hours. Six months in and I know more neighbours than I did in ten years in London. Any other city escapees find the same?""",
    ),
    D(
        "tec",
        "x",
        "",
        """
our new intern fixed a bug on her second day that's been in the backlog since 2021. we're all pretending we didn't see it. she's great""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Long post, sorry. This summer we finally did the trip we'd talked about for ten years: the whole of the Scottish coast in a camper van with two kids, a dog and a very old map. We started in Berwick and went up the east side to John o' Groats, across the top to Durness and down the west past Ullapool, Skye and Oban. The van broke down once outside Inverness and a farmer towed us with his tractor and wouldn't take a penny, just asked us to send a postcard. The kids learned to skim stones on every beach, counted 41 highland cows and had a fight about who saw the first dolphin (it was the dog, technically). We ate more tablet than is sensible and the midges ate us. It rained on thirteen of the twenty days and nobody cared. On the last night we sat on the beach at Sanna Bay with chips from a van and watched the sun go down over the Small Isles, and my daughter said "this is the best holiday we'll ever have". She might be right. Postcard sent to the farmer, by the way.""",
    ),
    D(
        "ret",
        "x",
        "",
        """
a regular came in today just to show me a photo of her new grandson. didn't buy anything. best customer of the week""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Finished my first ever jigsaw of 2,000 pieces 🧩 it took six weeks and the last piece was under the dog. Now framed and hung over the fireplace.""",
    ),
]
