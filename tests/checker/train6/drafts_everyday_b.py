# ruff: noqa: E501
"""Training drafts (sixth set), plain everyday clean posts, part 2: work life. Work anniversaries, team socials,
leaving dos, birthdays without dates, charity runs and volunteering, conference talks, job changes, thanks to
colleagues, new-starter welcomes without personal details, the author's own minor health news (clean: phi
protects patients, not the author), and ordinary days at work in every sector. A few are long posts."""

from __future__ import annotations

from ..heldout.common import D

EVERYDAY_B = [
    # --- anniversaries and job changes
    D("tec", "li", "", """
Five years at Acme Cloud today. I came in as a junior on the support desk, had no idea what a load balancer was, and was too nervous to ask. Thank you to the team who answered every question anyway. Here's to the next five."""),
    D("ret", "li", "", """
Twenty years ago this week I started on the tills at Acme Market in Doncaster on a Saturday contract. Today I run the store. Every single person who trained me along the way, thank you."""),
    D("fin", "li", "", """
Personal news: after eight happy years at Acme Bank, I'm moving on. Next month I join a small credit union in Leeds as their head of member services. I'll miss the people most of all, and I'll be back for the Christmas quiz whether you invite me or not."""),
    D("hea", "li", "", """
I'm delighted to say I've started a new role as ward manager at Acme General. Fifteen years of nursing, three hospitals, and the same feeling on the first morning as the very first time. Grateful to everyone who backed me."""),
    D("man", "li", "", """
Thirty years at the Acme plant this month. I started as an apprentice fitter with a borrowed toolbox and a terrible haircut. The toolbox is mine now; the haircut has improved. Thanks to everyone on B shift for three decades of cups of tea and bad jokes."""),
    D("npo", "li", "", """
After four years with the Acme Foundation's youth programme, I'm stepping into a new role leading our volunteer team. I've learned more from the young people we work with than from any course. Excited for what comes next."""),
    D("tec", "x", "", """
one year at acme today. still can't find the good meeting rooms, still love the team"""),
    D("gen", "li", "", """
After a year out to look after my family, I'm back looking for a role in project coordination. I'm organised, calm in a crisis, and very good at making a spreadsheet do what it's told. Happy to chat to anyone hiring."""),

    # --- team socials, leaving dos, birthdays
    D("ret", "fb", "", """
Team night out at the bowling alley yesterday! We had pizza, two very competitive lanes and a store manager who bowls like a professional. The night shift won, which they will not let us forget."""),
    D("fin", "ig", "", """
Leaving do for our Jan tonight after 22 years at Acme Bank. We had a cake shaped like a filing cabinet, a lot of speeches and more than a few tears. Enjoy the retirement, you've earned every minute 🎉"""),
    D("tec", "li", "", """
Our platform team had its summer social today: a treasure hunt round the old town and a long lunch by the river. Nobody talked about the backlog for at least four hours, which I'm counting as a win."""),
    D("hea", "fb", "", """
Birthday breakfast on the ward this morning for one of our healthcare assistants. The night staff had decorated the staff room before she came in and she was speechless. Lovely team, lovely day 🎂"""),
    D("man", "fb", "", """
Christmas do for the Acme plant maintenance crew last night. We had a curry, a quiz with some very strange rounds, and Secret Santa produced three identical mugs. Merry Christmas all."""),
    D("npo", "x", "", """
cake in the office today because it's friday and someone's birthday and honestly both are reasons enough"""),
    D("ret", "ig", "", """
Farewell lunch for our deputy manager, off to open a café with her husband. Fourteen years with us at Acme Market, and she still knows where every single product lives 🥹"""),
    D("fin", "fb", "", """
Happy birthday to the best desk neighbour in the whole of Acme Wealth! Thanks for the tea runs, the calm voice on a busy afternoon, and for never mentioning my singing."""),
    D("tec", "x", "", """
team lunch today ran for two hours because we got into a debate about whether a hot dog is a sandwich. no decision was reached"""),

    # --- charity, volunteering
    D("hea", "fb", "", """
Twelve of us from Acme Medical Center ran the city 10K yesterday in matching scrubs. Hot, hilly and loud, and we raised over £2,000 for the children's hospice. Thanks to everyone who sponsored us and cheered at the finish."""),
    D("npo", "ig", "", """
Volunteer day at the food bank this morning. We came in at eight, sorted three tonnes of donations and packed two hundred parcels before lunch. What a team 💛"""),
    D("tec", "li", "", """
Our Acme Cloud volunteering day this year was at a primary school in Slough, painting the library and building raised beds for the garden club. Nice to do something with our hands for a change."""),
    D("man", "fb", "", """
The Acme plant bake sale raised £640 for the local air ambulance today. The lemon drizzle went first, the gluten-free brownies second, and my flapjacks last. I'm not bitter."""),
    D("gen", "x", "", """
signed up for the great north run. i have never run further than the bus stop. see you in september"""),
    D("fin", "li", "", """
Spent today mentoring sixth-formers with a local charity, helping with CVs and mock interviews. One student came in nervous and left with three practice interviews under her belt and a big grin. Best day of the month."""),
    D("npo", "fb", "", """
We had a record turnout at the Acme Foundation beach clean on Saturday. Sixty volunteers, two miles of shoreline, and a very confused crab who got a lift back to the sea in a bucket."""),
    D("ret", "li", "", """
Proud of the team at our Acme Market store in Stockport, who collected food for the local pantry all month. The pallets went out this morning. Thank you to every customer who added a tin to the basket."""),

    # --- conferences, learning, thanks
    D("tec", "li", "", """
Gave my first conference talk yesterday, at a regional DevOps meetup in Bristol. Twenty minutes on what we learned moving our build pipeline to containers. My hands shook for the first two slides and then it was fine. Slides and notes on my blog. Thanks to everyone who came and asked such good questions."""),
    D("hea", "li", "", """
Back from the national nursing conference in Harrogate with a notebook full of ideas and sore feet. Best session for me was on handover communication. Looking forward to sharing it with the team next week."""),
    D("fin", "li", "", """
Passed my final exam for the chartered accountancy qualification today. Three years of evenings and weekends. Thank you to my partner, my study group, and the team at Acme Bank who covered my desk on exam days."""),
    D("man", "li", "", """
Huge thanks to the apprentices who showed a group of Year 10 students round the Acme plant today. The questions were brilliant and two of them want to be engineers now. That's how it starts."""),
    D("npo", "li", "", """
A big thank you to our volunteer drivers, who did over 400 journeys last winter taking older people to the shops and the library. You make the whole thing possible."""),
    D("tec", "li", "", """
Shout-out to our on-call engineer who came in on a Saturday to help the night team finish a migration that was running long. Calm, kind and funny throughout. Teams are made of people like you."""),
    D("ret", "li", "", """
I've just finished a four-day retail leadership course, and my main lesson was how little I listen. Trying a new rule this month: in every team huddle I speak last."""),

    # --- welcomes (no personal details)
    D("tec", "li", "", """
Please join me in welcoming Amara to the Acme Cloud documentation team! She joins us from a career in science publishing and already asked the question that will save us a week of rework."""),
    D("hea", "x", "", """
welcome to our new physio on the stroke rehab team, who came in this morning and immediately fixed the squeaky door. we love her already"""),
    D("man", "li", "", """
Five new apprentices started at the Acme plant this week. We had a site tour, a safety induction and a very long lunch. Welcome all, it's a great place to learn a trade."""),
    D("fin", "li", "", """
Welcome to our new graduate intake at Acme Wealth! Twenty-four of you started today, and I remember my own first day well: too smart a suit and an ID badge that didn't work. You'll be great."""),

    # --- own minor health news
    D("tec", "x", "", """
back at my desk after a week of flu. I had forgotten how nice it is to breathe through my nose"""),
    D("gen", "fb", "", """
Had my wisdom teeth out yesterday and now I look like a hamster. Living on soup and sympathy. Back to normal by Monday, I'm told."""),
    D("fin", "li", "", """
Back at work today after three months off following my own knee operation. Thank you to my team for covering and to everyone who sent cards. Small steps, but I'm walking without the crutches."""),
    D("hea", "fb", "", """
Broke my wrist falling off a ladder while cleaning gutters. Off work for a fortnight, which for a nurse is the worst kind of punishment. Please clean your gutters from the ground, friends."""),
    D("gen", "x", "", """
first run since my own back op and i managed 2k without stopping. slow as a snail but smiling"""),
    D("npo", "ig", "", """
Six weeks since my own hip replacement and today I walked the whole loop round the reservoir. A year ago I couldn't manage the shops. Don't put it off if you need it, friends."""),

    # --- ordinary days at work
    D("ret", "x", "", """
stocked the whole bakery aisle before 7am today and a regular came in and said thank you. made my morning"""),
    D("hea", "ig", "", """
Twelve-hour shift done. Came home, had a bath and a bowl of cereal, and now the sofa is calling. Every nurse knows the feeling 😴"""),
    D("tec", "x", "", """
today's productivity: moved three sticky notes on a board and had two very good coffees"""),
    D("man", "fb", "", """
New paint in the Acme plant canteen today and new chairs that don't wobble. The team came in this morning like kids on Christmas Day."""),
    D("fin", "x", "", """
month end done. nobody cried. one printer jammed. good month"""),
    D("npo", "fb", "", """
Our youth club did a trip to the climbing centre yesterday. Half the group had never been before and by the end they were racing each other up the walls. Lovely to see."""),
    D("ret", "fb", "", """
The first week of the new garden centre season is always chaos and I love it. We had coachloads in today, the bedding plants flew out, and someone asked if we sold gnomes (we do now)."""),
    D("hea", "x", "", """
night shift tea round at 3am is a sacred ritual and i will not be taking questions"""),
    D("tec", "li", "", """
This morning I sat in on a customer interview for the first time as a backend engineer. I had assumed our users wanted more features. They mostly wanted the existing ones to be a bit faster. Useful afternoon of thinking ahead."""),
    D("man", "x", "", """
first day on the new shift pattern. 6am start, home by half two, and i had a nap like a toddler"""),
    D("fin", "ig", "", """
Desk plant update: the cactus someone gave me when I started at Acme Bank is finally flowering after four years. Patience pays off 🌵"""),
    D("npo", "x", "", """
the kettle in our office has been broken for three days and productivity has never been lower"""),

    # --- long posts
    D("tec", "li", "", """
Ten years in tech today, and I've been thinking about what I'd tell the version of me who walked into that first job.

One: the people who answer your questions patiently are the ones to learn from, and you'll be one of them one day. Two: write things down. Meeting notes, decisions, why you did something. Future you is a stranger with no context. Three: take the holiday. I had two years where I didn't, and I was worse at my job, not better. Four: your first language or framework is not your identity; I've used six since and the fundamentals carried over every time. Five: the best engineers I've worked with at Acme Cloud and elsewhere said "I don't know" often and early.

Thanks to everyone who's been part of it so far. Here's to the next ten."""),
    D("gen", "fb", "", """
We had the best family weekend. Saturday morning we drove up to my parents' place in Northumberland, and my dad had the barbecue going before we'd unpacked the car. The kids spent the afternoon in the stream catching (and releasing) tiny fish with a net, while the adults sat in deckchairs doing nothing at all.

Sunday we walked up to the castle ruins, got lost on the way back down, and ended up at a farm café that does scones the size of your fist. My mum insisted on buying everyone a second one "for the car," which of course never made it as far as the car.

Drove home in the evening with two sleeping children and a boot full of rhubarb from Dad's garden. If anyone needs rhubarb, please, I am begging you."""),
    D("hea", "li", "", """
Yesterday was my last shift after thirty-one years in nursing, the last twelve at Acme Health. I came in early, as I always have, made tea for the night staff, and walked round the ward one more time.

I've been asked a lot this month what's changed. The equipment, the paperwork, the uniforms (thank goodness). What hasn't changed is the thing that got me into this: the team. The healthcare assistant who notices what the rest of us miss. The porter who knows everyone's name. The junior doctor who says "I'm not sure, let me check." The student who asks the question we'd all stopped asking.

To everyone I've worked alongside: thank you. I'll be at the allotment, probably talking to the beans. Look after each other."""),
    D("gen", "rd", "", """
Finally did it: I ran a half marathon at 47, after never running a step before lockdown.

Some things I learned along the way, in case they help anyone else starting late. Run slower than you think. Almost all my early training was far too fast and I kept getting shin splints until a friend made me run at a pace where I could chat. Shoes matter more than I wanted to believe. Get fitted at a proper running shop, it took me from sore to fine. Strength work twice a week (just squats, lunges and calf raises in the kitchen) made the biggest difference to how my legs felt in the last few miles.

On the day I had a plan to walk the water stations, and I stuck to it, and I finished in 2:19 with a massive grin. My family came to watch at mile 11 with a homemade sign and I cried a bit.

If you're thinking about it: start."""),
    D("ret", "fb", "", """
Today we closed the doors at 4pm on Christmas Eve and the whole store team had a little get-together in the warehouse: mince pies, a speaker playing the same six songs we've heard all month, and a card for everyone from the manager.

It has been a long few weeks. We came in early, stayed late, covered for each other through a stomach bug going round the shop (mine, mostly), and somehow kept smiling at customers on the busiest Saturday of the year.

So to the Acme Market team in Bedford: thank you. Go home, put your feet up, eat something you didn't have to scan. See you on the 27th."""),
    D("npo", "li", "", """
A year ago I left banking to work for a charity, and a few people have asked how it's going, so here's an honest answer.

The pay is lower and the spreadsheets are worse. The coffee is comparable. But I've never been so sure that the work matters. Last week a young woman we've supported through our employment programme came in to tell us she'd passed her probation at her first full-time job. She brought biscuits. I went home and told my family about it at dinner, which I never once did in my old job.

If you're thinking about moving into the sector, I'm happy to chat. Bring realistic expectations and a decent laptop of your own."""),
]
