# ruff: noqa: E501
"""Exam drafts (ninth held-out set): plain `clean` posts with nothing that brushes against a category: family,
pets, food, sport, hobbies, days at work, work anniversaries and job news, weather, commutes, gardens and DIY."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D("gen", "ig", "", """
First loaf of sourdough that didn't come out like a frisbee 🍞 six weeks of feeding a jar of flour paste called Doughnald and it finally paid off."""),
    D("gen", "x", "", """
my son has decided the robin in our garden is called steve and leaves him a raisin on the wall every morning. steve has never once said thank you"""),
    D("tec", "li", "", """
Five years at Acme Cloud this week. I joined as a nervous support analyst and I'm now leading our documentation team. Thank you to everyone who showed me that good writing is half of good engineering."""),
    D("ret", "fb", "", """
The Easter window at our shop is finally finished 🐣 Three evenings, 400 paper daffodils and one very patient apprentice holding a ladder. Come and have a look if you're passing."""),
    D("hea", "x", "", """
twelve hour shift done. walked out into the first proper sunrise of spring and sat in the car for five minutes just looking at it. good day"""),
    D("fin", "li", "", """
Proud to have passed my final accountancy exam this morning after three years of evenings and weekends. Huge thanks to my partner, who has heard more about deferred tax than any human should."""),
    D("man", "fb", "", """
Our plant's five-a-side team finally won a match 🏆 3-2 against the warehouse lads from across the estate. We've lost 11 in a row so the celebrations were a bit much."""),
    D("npo", "ig", "", """
Saturday's litter pick on the canal towpath: 22 volunteers, 31 bags, one shopping trolley and a surprisingly intact garden gnome 🧤 Thank you everyone who turned up in the drizzle."""),
    D("gen", "rd", "", """
What's the best way to get rid of moss on a north-facing lawn without chemicals? We've raked it twice and it just laughs at us. Clay soil, lots of shade from next door's sycamore."""),
    D("gen", "fb", "", """
Mum and Dad celebrated 50 years married today with a fish and chip supper on the seafront, exactly where they had their first date. Dad still pinched Mum's scraps. Some things never change ❤️"""),
    D("tec", "x", "", """
spent two hours debugging a test that failed because the machine's clock was set to 1970. computers were a mistake and i love them"""),
    D("ret", "ig", "", """
Window display done for the autumn 🍂 we used leaves the kids collected from the park and a lot of fairy lights. Shop smells of cinnamon, come in and warm up."""),
    D("gen", "x", "", """
the train was on time, the coffee was hot, and someone gave up their seat for a pregnant woman without being asked. today is a good day"""),
    D("hea", "li", "", """
Graduation day! After three years of placements, essays and night shifts, I'm officially a registered paramedic. Starting with the ambulance service in Cumbria next month. Thank you to my mentors for everything."""),
    D("gen", "ig", "", """
Finally finished the allotment shed 🛠️ reclaimed pallets, a window from the tip and a door that only opens if you lift it slightly. It's perfect."""),
    D("man", "li", "", """
Twenty years as a maintenance fitter at the Acme plant today. Started on the old presses with a toolbox my grandad gave me and I still use his spanners. Here's to the next twenty."""),
    D("fin", "x", "", """
first day at the new job and i've already learned where the good biscuits are hidden. that's the most important thing anyone's told me"""),
    D("npo", "fb", "", """
A huge thank you to the Year 6 class at Oakfield Primary, who wrote Christmas cards for every resident at the care home we visit. There were happy tears all round this afternoon 💌"""),
    D("gen", "rd", "", """
Toddler will only eat food that's "a circle". Pasta shapes, cucumber slices, crumpets. Is this a phase or do I start cutting everything with a cookie cutter? How did you get through the fussy stage?"""),
    D("gen", "fb", "", """
Our cat has learned to open the kitchen drawer where the treats live. We've had this house for six years and she worked it out in one afternoon. We are outnumbered."""),
    D("tec", "rd", "", """
For those of you who've switched from VS Code to Neovim, how long did it take before you stopped being slower? I'm on day 9 and I still have to look up how to save."""),
    D("ret", "x", "", """
lady in the shop today bought a card for her husband's 90th and told me they met at a dance in 1956. i could have listened all day"""),
    D("hea", "fb", "", """
After 32 years on the children's ward, our ward sister Maureen retires today. She taught half the nurses in this hospital how to do a cannula and all of us how to do a proper cup of tea. Enjoy the garden, Maureen 🌷"""),
    D("gen", "x", "", """
took the kids to the beach in january. they went in the sea. i held the towels and questioned every decision that led me here"""),
    D("man", "fb", "", """
Apprentice of the year at our site went to Jade in the toolroom 🏅 first woman to win it and the youngest winner too. Well deserved, she made the whole team better this year."""),
    D("fin", "fb", "", """
Our branch raised £640 for the local hospice with a bake-off this week 🍰 The manager's lemon drizzle came last, which everybody is enjoying far too much."""),
    D("gen", "ig", "", """
Six months into learning the cello at 41 🎻 my neighbours have been incredibly patient. I can now play Twinkle Twinkle with only two wrong notes."""),
    D("npo", "li", "", """
This year our volunteers gave over 12,000 hours to the community garden project. That's 12,000 hours of weeding, planting, building and making tea for each other. I couldn't be prouder of this team."""),
    D("gen", "rd", "", """
Walked the whole Hadrian's Wall path over 7 days with my dad for his 70th. 84 miles, one blister, three pubs that were shut and the best week I've had in years. Happy to answer questions if anyone's planning it."""),
    D("tec", "li", "", """
Excited to start a new chapter as a junior data analyst at a small logistics firm in Leeds! After two years teaching myself SQL in the evenings, it feels surreal to be doing it for a living."""),
    D("ret", "fb", "", """
Twenty years behind the counter at the newsagent this week. Seen three generations of kids buy their first comic and now some of them bring their own kids in. Thank you, Ashford."""),
    D("gen", "x", "", """
made a lasagne so big it needed two oven shelves. the family is asleep on the sofa. mission accomplished"""),
    D("hea", "x", "", """
new hospital car park has a "compact cars only" bay that is slightly smaller than a compact car. we all just stand and look at it"""),
    D("gen", "fb", "", """
Our street's annual duck race on the river was today 🦆 300 plastic ducks, a surprising amount of shouting, and a winner from number 12 who's never won anything in her life."""),
    D("man", "x", "", """
first day in the new steel-toe boots. my feet have never felt more protected or more like two bricks"""),
    D("npo", "x", "", """
our community choir has learned all of bohemian rhapsody for the spring concert. the tenors are handling the scaramouche bit with great confidence and no accuracy"""),
    D("gen", "rd", "", """
Anyone else's dog refuse to walk in the rain? Ours gets to the door, looks outside, looks at me like I've personally arranged the weather, and goes back to bed."""),
    D("tec", "x", "", """
the office coffee machine has been replaced with one that talks. it says "enjoy your day" after every cup. i am not enjoying my day"""),
    D("fin", "rd", "", """
Just moved to a new city for work and don't know a soul. What did you do to make friends as an adult? I've signed up for a running club but I'm open to anything that isn't a pub quiz."""),
    D("gen", "ig", "", """
Our wedding anniversary picnic on the cliffs 🧺 eleven years, two kids, one dog and we still argue about whether cheese and onion crisps belong in a sandwich (they do)."""),
    D("ret", "li", "", """
Last week I passed my forklift licence, and this week I was asked to train two new starters on the goods-in process. Small wins, but I'm proud of how far I've come in a year at the warehouse."""),
    D("hea", "ig", "", """
Night shift snack of champions: toast, a yoghurt and a biscuit from the emergency stash that everyone pretends not to know about 🌙"""),
    D("gen", "fb", "", """
Lovely walk round the reservoir this morning and we saw a heron catch a fish right in front of us. The kids talked about it the whole way home. Nature is better than any screen."""),
    D("man", "li", "", """
Proud to share that our site has just finished installing 600 solar panels on the warehouse roof. The team worked through a very wet November to get it done. Hats off to the electricians!"""),
    D("npo", "fb", "", """
Our village hall has a new roof! ☔ Ten years of buckets under the leaks are over. Thank you to every person who came to a coffee morning, a quiz or a jumble sale to make this happen."""),
    D("gen", "x", "", """
my grandma just asked alexa "how are you, love" and then waited politely for an answer. i hope i'm half as nice as her when i'm 88"""),
    D("tec", "rd", "", """
What's everyone's favourite mechanical keyboard switch for long typing sessions? I'm torn between tactile browns and linears, and my partner has opinions about the noise of blues."""),
    D("gen", "li", "", """
Ten years ago today I moved to the UK with one suitcase and very little English. Today I became a British citizen. Thank you to everyone who helped me along the way, you know who you are."""),
    D("ret", "x", "", """
customer brought her labrador into the pet shop to "choose his own birthday present". he chose a tennis ball. then another tennis ball. then a third. good boy"""),
    D("gen", "fb", "", """
A long one, sorry. This week my youngest started secondary school and I found myself crying in the car park like every cliché going. It doesn't feel like five minutes since I walked him into reception with a book bag bigger than he was. He had his tie knotted by his big sister, his shoes polished by his grandad, and a packed lunch I'd made three times because I kept changing my mind about the crisps. He didn't look back once when he went through the gate, which I know is a good thing and which also broke my heart a little bit. When he came home he said it was "fine" and that the chips were better than at primary, and then he went upstairs and played football on his console for three hours like nothing had happened. I stood in the kitchen feeling enormously proud and slightly redundant. So if you're a parent doing this for the first time this week: it's normal to feel like this. They're going to be fine. We're going to be fine. Probably. Pass the tissues."""),
]
