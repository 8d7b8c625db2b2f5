# ruff: noqa: E501
"""Training drafts (ninth set): plain `clean` posts with nothing that brushes against a category: family,
pets, food, sport, hobbies, days at work, work anniversaries and job news, weather, commutes and DIY."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D("gen", "ig", "", """
Sunday project: finally repainted the back door in sage green 🌿 took three coats and I've got more paint on my elbows than on the frame, but look at it!"""),
    D("gen", "x", "", """
my son asked why the moon follows the car and i said "it likes you" and now he waves at it every night. i'm not correcting this, ever"""),
    D("tec", "li", "", """
Three years at Acme Cloud today. I came in as a graduate who had never touched a load balancer and I now run the team's onboarding week. Thank you to Malik, who answered roughly four thousand of my questions with endless patience."""),
    D("ret", "fb", "", """
Our store's Christmas tree went up this morning and the apprentices insisted on the tinsel being "themed". The theme is apparently "all of it". It's glorious 🎄"""),
    D("hea", "x", "", """
ward night shift survival kit: flask of soup, a cereal bar in every pocket, comfy socks and a colleague who can do a decent impression of the vending machine"""),
    D("fin", "li", "", """
Passed my final CFA exam! Four years of Saturday mornings with a textbook and a very understanding partner. The first thing I'm doing is sleeping in."""),
    D("man", "fb", "", """
Toolroom bake-off results are in 🏆 Gordon's parkin beat Shaz's lemon tart by one vote, and there's already talk of a recount. Standard."""),
    D("npo", "ig", "", """
Forty volunteers, three skips and one very muddy Saturday later, the canal towpath at Saltaire is clear again 💪 Thank you to everyone who came down, and to the swans for supervising."""),
    D("gen", "rd", "", """
What's the best way to get rid of moss on a north-facing lawn without nuking it with chemicals? Two dogs and a toddler, so I'd rather keep it gentle."""),
    D("gen", "fb", "", """
Lily did her first ever swimming width without armbands today 🏊‍♀️ she came out of the pool shouting "I'M A FISH" and the lifeguard gave her a sticker. Best Tuesday."""),
    D("tec", "x", "", """
spent 40 minutes debugging a test that was failing because my laptop clock was wrong. computers were a mistake"""),
    D("ret", "ig", "", """
New window display done for autumn 🍂 pumpkins, fairy lights and one very confused scarecrow that the kids on the school run keep waving at."""),
    D("gen", "x", "", """
the 07:42 to leeds was on time, had seats, and the heating worked. i'm buying a lottery ticket today while my luck lasts"""),
    D("hea", "li", "", """
After 25 years as a community physio I'm swapping home visits for a teaching job at the university in January. I'll miss the cups of tea and the dogs most. Excited to help train the next lot."""),
    D("fin", "fb", "", """
Our office charity walk up Pen-y-ghent went ahead in sideways rain and everyone made it to the top, including Dave in his brogues. The summit photo is mostly hoods."""),
    D("man", "li", "", """
Proud moment: two of the apprentices I mentored in 2021 passed their final assessments this week and are now fully qualified electricians. They'll be telling me what to do by spring."""),
    D("npo", "fb", "", """
Thank you to the Year 6 class at Greenside Primary, who spent a whole afternoon writing Christmas cards for the residents at the sheltered housing on Park Lane. There were a lot of reindeer."""),
    D("gen", "ig", "", """
First sourdough that actually rose 🍞 eleven failed attempts, one named starter (Doughvid Bowie), and now I understand why people won't shut up about this."""),
    D("gen", "rd", "", """
Finally finished the Pennine Way after doing it in weekend chunks over three years. Favourite bit was Cross Fell in the fog, worst bit was Cross Fell in the fog. AMA."""),
    D("tec", "fb", "", """
Team day out at the climbing wall 🧗 I learned that I'm scared of heights, that our product manager is part spider, and that the cafe does a surprisingly good flapjack."""),
    D("ret", "x", "", """
a toddler just told me the bananas were "sleeping" because they were in the brown bag. she's right. she's always right. best customer of the week"""),
    D("hea", "fb", "", """
Leaving do for our ward clerk Janet tonight after 31 years 🥂 She has kept this place running on biscuits and sheer organisation. We've no idea how the rota will work without her."""),
    D("fin", "x", "", """
new job day. same building, different floor, much better coffee machine. priorities"""),
    D("man", "ig", "", """
Sunrise over the yard before the day shift ☀️ cranes, frost and the smell of bacon from the canteen. Hard to beat."""),
    D("npo", "li", "", """
We've just moved into our new community hub on Albion Street: two meeting rooms, a kitchen that actually works and a garden the youth group have already claimed. Come and see us when you're passing."""),
    D("gen", "fb", "", """
Our cat has discovered the heated towel rail and now refuses to be anywhere else. We have not had a dry towel since Tuesday. Send help 🐈"""),
    D("gen", "x", "", """
tried to assemble a flatpack wardrobe alone and now own a wardrobe, a spare screw and a new swear word"""),
    D("tec", "li", "", """
Excited to say I've started as a junior developer at a small agency in Sheffield! Eighteen months of evening bootcamps and a lot of rejection emails, and here I am. If you're still applying: keep going."""),
    D("ret", "fb", "", """
To the lovely lad who helped me carry my shopping across the car park in the hail this morning, thank you. You didn't have to, and you made my week 😊"""),
    D("hea", "x", "", """
pharmacy team tradition: whoever breaks the label printer buys the doughnuts. i have bought the doughnuts three weeks running"""),
    D("fin", "rd", "", """
Slightly nerdy question: any recommendations for a good history of the 1720 South Sea Bubble? Reading list for a long train journey."""),
    D("man", "fb", "", """
Works five-a-side won the charity shield last night for the first time in a decade ⚽ Our keeper is 58 and saved two penalties. He's insufferable today."""),
    D("npo", "ig", "", """
The community garden's first pumpkin harvest 🎃 61 pumpkins, one of them the size of a small child, all going to the primary school for carving."""),
    D("gen", "rd", "", """
My grandad's old toolbox came to me when he died and it's full of hand tools I don't recognise. Anyone know what a "spoke shave" is actually for? There are three of them."""),
    D("gen", "ig", "", """
Beach day in February because why not 🌊 the dog loved it, the kids loved it, my toes have not yet forgiven me."""),
    D("tec", "x", "", """
pair programming with a colleague who types at 140 wpm is humbling. i've just been watching for 10 minutes nodding like i understand"""),
    D("ret", "li", "", """
Ten years ago today I started on the checkouts at Acme Market in Pontefract on a Saturday contract. Today I started as deputy manager at the Wakefield store. Thank you to every manager who gave me a shot."""),
    D("hea", "ig", "", """
Marathon medal 🏅 4 hours 51, ran the last three miles next to a man dressed as a banana, and the crowd at mile 23 was the loudest thing I've ever heard."""),
    D("fin", "fb", "", """
Our book club finally finished War and Peace after nine months. Verdict: magnificent, too long, and we all still mix up the Bolkonskys. Next month is something with fewer than 200 pages."""),
    D("man", "x", "", """
the new coffee machine in the welding bay has a touch screen. we've had it three days and it's already got more burn marks than the benches"""),
    D("npo", "fb", "", """
Homework club is back on Tuesdays from 4 to 6 at the library 📚 Volunteers from the sixth form will be on hand for maths and English, and there's toast."""),
    D("gen", "fb", "", """
Our kitchen extension has a roof! Eight months of eating toast in the living room and washing up in the bath. The builder says "two more weeks", which I'm told means March 🏗️"""),
    D("gen", "x", "", """
every year i plant sunflowers and every year the slugs get there first. this year i have a plan. the plan is copper tape and spite"""),
    D("tec", "rd", "", """
Is it worth learning Rust as a mainly Python developer if I don't have a work reason to? Looking for a side project language that'll teach me something new."""),
    D("ret", "x", "", """
the smell of the in-store bakery at 6am when you're stacking bread is genuinely the best perk of this job"""),
    D("hea", "li", "", """
Delighted to share that I've been appointed lead for the district nursing team in Airedale from next month. I'll be leaning on a lot of you for advice."""),
    D("fin", "ig", "", """
Office plant update 🌱 Gerald the cheese plant has a new leaf, the first since we moved desks. The whole floor cheered. Low bar, high morale."""),
    D("man", "rd", "", """
Anyone restoring an old Myford lathe? Picked one up from a house clearance for the garage and the headstock bearings feel rough. Worth doing myself or sending out?"""),
    D("npo", "x", "", """
sixty bags of litter off the beach at filey this morning and one very confused crab who'd moved into a crisp packet. thanks all 🦀"""),
    D("gen", "fb", "", """
The leaves are all down on our street and the kids have built what they're calling "the world's largest leaf pile". The neighbour's Labrador has claimed it."""),
    D("gen", "ig", "", """
Made my mum's Sunday lamb recipe for the first time without ringing her halfway through 🍖 Didn't taste quite the same, but close. Very close."""),
    D("tec", "fb", "", """
Our team's quiz night name this year was "404: Answers Not Found", and we proved it by coming eighth out of nine. The winners were the finance team, obviously."""),
    D("ret", "fb", "", """
Spent my day off at the farmers' market in Knaresborough and came home with three kinds of chutney, a cheese I can't pronounce and no regrets."""),
    D("hea", "rd", "", """
Student nurse, first placement starts Monday on an orthopaedic ward. Any tips for surviving the first week, apart from comfy shoes?"""),
    D("fin", "x", "", """
highlight of the commute: a busker at leeds station playing the mario theme on bagpipes. didn't know i needed that until i had it"""),
    D("man", "fb", "", """
Retirement lunch for Kath from the stores office on Friday, 38 years at the plant and she never once let the tea fund run dry. We did a slideshow of her worst cardigans. She loved it."""),
    D("npo", "li", "", """
Our charity's first annual report is out and the bit I'm proudest of is the photo on page 3: our youngest volunteer, aged 9, teaching our oldest, aged 84, how to use a tablet."""),
    D("gen", "fb", "", """
Spent the morning taking my dad round the old steelworks site where he worked in the 70s. It's a retail park now. He stood in the middle of the Next car park and told me exactly where the furnaces were. Brilliant, strange, slightly emotional morning."""),
    D("gen", "x", "", """
whoever invented the heated car seat deserves a knighthood. frost on the windscreen, bum toasty, world is good"""),
    D("tec", "ig", "", """
Desk setup finally finished 💻 second monitor, a plant I will probably kill, and a mug my daughter painted that says WORLD'S OKAYEST DAD. Peak productivity."""),
    D("gen", "fb", "", """
A long one, sorry. Today our village held its first ever scarecrow festival and I'd like to say thank you to everyone who made it happen.

Sixty-two scarecrows went up along Main Street and round the green. We had a scarecrow vicar outside the church, a scarecrow postie with an actual bag of letters, a scarecrow Elvis that the pub insisted was "historically accurate", and one on the bus shelter that the little ones decided was called Gerald and needed saying goodnight to.

The Women's Institute kept everyone in scones. The primary school did a trail with a quiz sheet and twenty-odd families walked the whole thing twice. The farmer at the top end let us use his field for parking and then spent the afternoon giving tractor tours, which I don't think was ever the plan.

We weren't sure anyone would come. About four hundred people did. Thank you, truly. Same time next year, and someone please tell me how to get the Elvis wig off the bus shelter."""),
]
