# ruff: noqa: E501
"""Training drafts (tenth set): plain `clean` posts with nothing that brushes against a category: family,
pets, food, sport, gardening, hobbies, days at work, work anniversaries and job news, weather, commutes,
holidays and DIY."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D("gen", "ig", "", """
First tomatoes of the year from the greenhouse 🍅 four of them, slightly lopsided, and I've photographed them more than I photographed my wedding."""),
    D("gen", "x", "", """
my daughter has named the spider in the bathroom "keith" and now i'm not allowed to move him. keith lives here now. keith pays no rent"""),
    D("tec", "li", "", """
Five years at Acme Cloud this week. I joined as a support engineer answering tickets at 2am and I now lead the team that writes our runbooks. Thanks to everyone who taught me to ask "what changed?" first."""),
    D("ret", "fb", "", """
Our store's charity bake sale raised £312 for the children's ward this afternoon 🧁 Special mention to Brenda's coffee and walnut, which went in eleven minutes flat."""),
    D("hea", "x", "", """
twelve hour shift done and the sunrise over the car park was pink and gold. sometimes the job gives you little things like that. bed now"""),
    D("fin", "li", "", """
Today I finished my first year as a graduate analyst at Acme Bank. I've learnt Excel shortcuts I didn't know existed, how to present to a room of people who know more than me, and where the good sandwiches are."""),
    D("man", "fb", "", """
Night shift at the Acme plant fed the whole line with a curry night for Diwali 🪔 Priya's mum sent enough dal for forty people and there was still some left at 6am. Best shift of the year."""),
    D("npo", "ig", "", """
Two hundred daffodil bulbs planted along the river path by our Saturday volunteers 🌼 Come spring, this stretch is going to be yellow all the way to the weir."""),
    D("gen", "rd", "", """
What's the best way to get a toddler to eat anything green? We've tried hiding peas in mash, calling broccoli "little trees" and one disastrous spinach pancake. Open to ideas."""),
    D("gen", "fb", "", """
Our Eddie rode his bike without stabilisers for the first time today 🚲 made it the full length of the park, crashed into a hedge, and shouted "AGAIN". That's my boy."""),
    D("tec", "x", "", """
just spent an hour trying to work out why my code wasn't running and it was because i hadn't saved the file. twelve years in this job"""),
    D("ret", "ig", "", """
Our spring window's done 🐣 paper tulips, a bunny in a wheelbarrow and about a thousand fairy lights. The kids from the nursery next door came to wave at it."""),
    D("gen", "x", "", """
the bus driver on the 72 this morning wished everyone on board a good day by name. i don't know how he knows my name. i'm choosing not to worry about it"""),
    D("hea", "li", "", """
Thirty years ago today I started as a student nurse. I've worked on six wards, trained hundreds of students and drunk an unreasonable amount of tea. Still love it."""),
    D("fin", "fb", "", """
Team quiz night at the Crown raised £180 for the hospice 🧠 we came fourth out of nine, mostly thanks to Ruth knowing every capital city in Africa."""),
    D("man", "li", "", """
Finished my Level 3 in electrical maintenance this week. Four years of day release, two broken multimeters and one very patient mentor. Thanks Phil."""),
    D("npo", "fb", "", """
Thank you to the 58 people who turned up to the canal clean-up on Sunday! We pulled out two shopping trolleys, a traffic cone and, for reasons unknown, a garden gnome."""),
    D("gen", "ig", "", """
Sourdough attempt number nine 🍞 it finally rose! It's a bit flat on one side but my husband says it's the best bread he's ever eaten. He's biased, but I'll take it."""),
    D("gen", "fb", "", """
The swifts are back over our street! Counted fourteen screaming round the chimneys tonight. Summer's officially here as far as I'm concerned 🐦"""),
    D("tec", "rd", "", """
What keyboard do you all use for long coding sessions? My wrists are complaining after ten years on a cheap one and I'd like something quieter for the home office."""),
    D("ret", "x", "", """
a little lad came to my till today and paid for his mum's birthday flowers with a jar of coins. counted it all out with him. exact change. he was so proud"""),
    D("gen", "fb", "", """
Grandma's 90th party at the cricket club was perfect 🎉 four generations in one room, a cake shaped like her old Morris Minor, and she out-danced the lot of us."""),
    D("hea", "fb", "", """
Our ward's Christmas jumper day photo is up on the noticeboard 🎄 the consultant wore one with a flashing reindeer and refused to take it off for the rest of the shift."""),
    D("fin", "x", "", """
first day in the new office and the lifts talk to you. "doors closing". thanks, i can see that. i've taken the stairs"""),
    D("man", "fb", "", """
Gaz from the paint shop's allotment won best marrow at the village show again 🥒 he says the secret is "talking to it". We're not asking any more questions."""),
    D("npo", "li", "", """
Our charity's community choir performed at the cathedral last night for the first time. Seventy voices, three months of rehearsals, and not a dry eye in the place. Thank you to our conductor, Maria."""),
    D("gen", "x", "", """
gave the cat a cardboard box from the new fridge and she's been in it for six hours. £500 fridge. she wanted the box"""),
    D("gen", "rd", "", """
Moving from Leeds to Aberdeen for work in the summer. Any tips on which areas are good for a family with a dog? And is the weather really that bad?"""),
    D("tec", "li", "", """
Started a new role today as a data engineer at Acme Sense. New laptop, new badge, and a very friendly team who've already invited me to the Friday lunch club. Excited to get stuck in."""),
    D("ret", "fb", "", """
Ten years today since I started on the checkouts at Acme Market Hunslet 🎉 I'm now the store's bakery manager, I've got a mortgage and I still can't make a decent croissant at home."""),
    D("gen", "ig", "", """
Sunrise walk up Ilkley Moor before work ☀️ frost on the heather, not a soul about, and a grouse that told me off for the whole way up."""),
    D("hea", "x", "", """
student paramedic finished her last placement with us today and the crew made her a cake shaped like an ambulance. she cried. we cried. the cake was lemon"""),
    D("fin", "fb", "", """
Our team went axe throwing for the Christmas do 🪓 I'm still not sure who thought giving accountants axes was a good idea, but nobody was hurt and Gary's a natural."""),
    D("man", "x", "", """
the canteen at work has started doing a full breakfast on fridays and productivity has never been higher. or lower. it's hard to tell when everyone's full"""),
    D("npo", "fb", "", """
Our youth club's trip to the Yorkshire Sculpture Park was a hit 🗿 twenty teenagers, one coach, and only one lost water bottle. The Henry Moore sheep were a big favourite."""),
    D("gen", "fb", "", """
Finally finished painting the spare room a colour called "Mouse's Back". It looks exactly like a mouse's back. I don't know what I expected."""),
    D("gen", "x", "", """
the ducks at the park have figured out the time the school run goes past and they're waiting at the gate. they know. they always know"""),
    D("tec", "x", "", """
rubber duck debugging works but my rubber duck has now heard so much about kubernetes that i think it needs a holiday"""),
    D("ret", "li", "", """
Proud moment: three of my former Saturday staff have just graduated from university, and all three came back to the store in their gowns for a photo. Retail's a great place to start."""),
    D("gen", "ig", "", """
We made it to the top of Snowdon with two kids under eight and only one bribe (a Kit Kat) ⛰️ The view was a cloud, but it was a lovely cloud."""),
    D("hea", "li", "", """
Just completed my advanced life support course. Three days of scenarios, a mannequin called Colin and a lot of flow charts. Glad to have it under my belt."""),
    D("fin", "rd", "", """
Recommendations for audiobooks for a long commute? I've got an hour each way on the train and I've exhausted every crime podcast. Anything but true crime please."""),
    D("man", "fb", "", """
The tool room got a new radio and there's been a heated debate about stations all week. Current compromise: Radio 2 before lunch, Radio 6 after. Peace has been restored."""),
    D("npo", "x", "", """
our charity shop got a donation of a full 1970s fondue set still in the box. the whole team had a fondue lunch. it's now on sale for £12. it smells slightly of cheese"""),
    D("gen", "fb", "", """
Our little girl started school today 🎒 she marched in without looking back and I cried in the car. Her dad cried in the other car. We're fine. We're totally fine."""),
    D("gen", "rd", "", """
Anyone else's cat refuse to drink from a bowl but love a running tap? Ours waits in the sink every morning like she's at a bar."""),
    D("tec", "fb", "", """
Took the team for a walk round the lake instead of a meeting today 🦆 we solved the release problem by the second bench. Might do all meetings this way now."""),
    D("ret", "x", "", """
the apprentices at our store decorated the staff room for halloween and there's a skeleton in the microwave. i have to warm my soup next to a skeleton"""),
    D("gen", "ig", "", """
Our first ever family camping trip 🏕️ rain every night, a tent pole snapped, and the kids say it was the best holiday ever. Booking again for August."""),
    D("hea", "fb", "", """
Thank you to the family who dropped off a huge tin of chocolates for the night staff on the children's ward 🍫 We are fuelled until at least Thursday."""),
    D("fin", "li", "", """
Delighted to say I've passed my Level 4 mortgage advice qualification. Next step: learning to explain it to my mum."""),
    D("man", "li", "", """
Our plant's football team won the works league for the first time since 2011 ⚽ the trophy is on the canteen shelf and already has a crisp in it."""),
    D("npo", "ig", "", """
Our allotment project's first harvest went to the community café today 🥕 carrots, beetroot and a courgette the size of a toddler."""),
    D("gen", "x", "", """
tried to be healthy and bought a smoothie maker. have now made one smoothie and forty milkshakes. growth"""),
    D("gen", "fb", "", """
Dad's finally retired from the buses after 38 years 🚌 we had a do at the social club and he told the same story about the snow of '82 four times. Enjoy your rest, Dad."""),
    D("tec", "rd", "", """
Learning Rust after ten years of Python and the borrow checker hates me personally. Any beginner books you'd recommend that aren't the official one?"""),
    D("ret", "fb", "", """
Our store's been picked to pilot the new uniform and it's a lovely dark green with actual pockets 😍 the pockets are the main thing. Pockets."""),
    D("gen", "ig", "", """
The bluebell wood at the end of our lane is at its best this week 💙 went at 7am and had it to myself, apart from a very nosy robin."""),
    D("hea", "x", "", """
finished my first week as a healthcare assistant. my feet hurt, my heart's full and i know where every spare pillow on the ward is hidden"""),
    D("fin", "fb", "", """
Our office adopted a bench in the park for Christmas 🎄 it's got a little plaque that says "for Friday lunch" and the pigeons have already claimed it."""),
    D("man", "rd", "", """
How do you get oil stains out of work trousers? My wife's given up and I've got a drawer of trousers that look like they've been in a war."""),
    D("npo", "fb", "", """
Huge thanks to the scouts from 7th Horsforth who packed 400 Christmas hampers with us today 🎁 They also ate a startling number of mince pies."""),
    D("gen", "x", "", """
bought a plant to brighten up my desk and it's already dying. it's plastic. i don't know how"""),
    D("gen", "fb", "", """
Our wedding anniversary was spent eating chips on the harbour wall in Whitby, just like our first date 19 years ago 🍟 The seagulls were just as aggressive."""),
    D("tec", "li", "", """
After eight years I've moved from software engineering into our developer relations team at Acme Cloud. I'll be doing a lot more writing and a lot more talking, and I'm very nervous about both."""),
    D("ret", "ig", "", """
Our florist team's wreath-making evening for staff was a triumph 🌲 twelve wreaths, one glue gun burn and a lot of mulled apple juice."""),
    D("gen", "rd", "", """
Just finished my first ever half marathon at 52. Slow, sweaty and absolutely worth it. Any tips for recovery? My knees are filing a complaint."""),
    D("hea", "fb", "", """
Our surgery's garden got a makeover from the local college's horticulture students 🌷 the waiting room finally has something nicer to look at than the car park."""),
    D("man", "x", "", """
the forklift trainers at work let me have a go and i managed to reverse into nothing. proud. they've said i'm "nearly ready for a pallet" 🙃"""),
    D("fin", "x", "", """
spent my lunch break watching a heron catch a fish in the canal by the office. 40 minutes. he caught one fish. i answered one email. we're the same"""),
    D("npo", "li", "", """
Our charity's fiftieth birthday party was a lovely evening. Volunteers from 1975 met volunteers from last week and swapped stories about the same leaky roof."""),
    D("gen", "fb", "", """
Built my first piece of flat-pack furniture alone without a single argument, because there was nobody to argue with. It's wonky. It's mine. It holds books."""),
    D("gen", "fb", "", """
We did it. Eleven months, two builders, one leaking skip and more cups of tea than I can count, but the old chapel on Mill Lane is finally our home 🏡

When we bought it everybody told us we were mad. The roof had a tree growing out of it, the floor was rotten under the pews and the only heating was a gas fire from 1974 that nobody dared light. We lived in a caravan on the drive from February to October. The kids thought it was the best adventure ever. I did not.

Highlights: finding a 1923 newspaper under the pulpit with an advert for a "modern electric kettle", my husband learning to plaster from YouTube (it's not perfect, but it's ours), and the day the stained glass window came back from the restorer in Hebden Bridge and the whole kitchen went blue and gold at sunset.

Lowlights: the skip, the rain in June, and the week we found out the bell tower had a family of jackdaws who were not moving out for anybody. They've stayed. They're loud. We've named them after the builders.

Thank you to everyone who brought us dinners, lent us tools and didn't say "I told you so". Housewarming once the paint's dry. Bring wellies, the garden is still a field."""),
    D("gen", "x", "", """
it's snowed, the kids are off school and the dog has discovered snow for the first time. he's eaten about a foot of it and keeps barking at the flakes"""),
]
