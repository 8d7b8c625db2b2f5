"""Clean drafts of the eighth held-out set (kind clean_tricky, labels []): allowed by the policy, grouped by the
category each one brushes against, and a share of plain everyday posts at the end.

Every draft was written by hand for its own situation.
"""

from __future__ import annotations

from .common import D
from .keys import SSH_PUBLIC

_PII_LIKE = [
    D("gen", "fb", "", "Library renewals can now be done by phone 24/7 — the automated line is 0131 496 0658, "
      "have your card handy. Late fees are gone for good too!"),
    D("fin", "li", "", "Suppliers: invoice queries for Acme Bank facilities now go to suppliers@acmecorp.com "
      "instead of the old shared inbox. Same team, faster replies."),
    D("tec", "x", "", "today in 1815 Ada Lovelace was born. first published algorithm, writing about a "
      "machine that didn't exist yet. legend 🧮"),
    D("ret", "rd", "", "Is this tracking number supposed to look like a card number? 7316 0482 9951 2074. "
      "The carrier's site just says 'label created' for 5 days now"),
    D("ret", "ig", "", "made it to 221B Baker Street at last 🕵️ the queue was worth it, the landlady's "
      "sitting room is exactly how I pictured it"),
    D("npo", "li", "", "Our new registered office is Acme Foundation, 2 Harbour Square, Bristol BS1 5TT. "
      "Post for the grants team goes there from Monday."),
    D("man", "x", "", "Recall line for the garden shredder is 1-877-555-0162, open 8am-8pm. Please stop "
      "sending us DMs with your home address, we don't need it"),
    D("man", "rd", "", "Our pallets have batch codes like 938-41-2207 printed on the side and a new temp "
      "thought it was someone's SSN 😂 9xx isn't even a valid area, but I get the panic"),
    D("hea", "fb", "", "Acme General's switchboard has moved to 0800 555 0177. Ward direct lines are "
      "unchanged. Please share with anyone who visits regularly."),
    D("fin", "x", "", "PSA from a bank worker: we will happily take your sort code over the phone, but "
      "typing your full card into a public reply is never a good idea. DM is fine"),
]

_PHI_LIKE = [
    D("gen", "ig", "", "six weeks after my own gallbladder op and I walked the whole coast path today 🥾 "
      "body is amazing"),
    D("hea", "li", "", "Published in our winter report: Acme General's emergency department saw 1,200 fewer "
      "attendances than last year thanks to the urgent treatment centre. Great work all round."),
    D("hea", "x", "", "12 hours, 4 admissions, no lunch, one spectacular sunrise from the staff room "
      "window. love this job, need my bed"),
    D("hea", "fb", "", "Know the signs of sepsis: slurred speech, extreme shivering, passing no urine in a "
      "day, severe breathlessness, mottled skin. If in doubt, call 999."),
    D("gen", "fb", "", "patience is the main ingredient in sourdough, nobody tells you that. day 9 and my "
      "starter finally smells like bread and not feet"),
    D("gen", "rd", "", "That Holby episode where the fictional surgeon hid her own tumour from the team was "
      "so unrealistic, a theatre list would never work like that lol"),
    D("gen", "fb", "", "Our old mare Bramble had colic surgery last week and she's already back to "
      "stealing apples from the fence. The vets were incredible."),
    D("npo", "li", "", "Anonymous figures from our annual report: 2,340 people used the mental health drop-in "
      "this year, up a third. Thank you to every volunteer who kept the doors open."),
    D("hea", "ig", "", "volunteer orientation at the hospital today! I'll be doing wayfinding and the tea "
      "trolley on Tuesdays ☕ no patient stuff, just smiles"),
    D("man", "li", "", "Toolbox talk this week was on heat stress: drink before you're thirsty, take the "
      "shaded breaks and watch your mates for confusion or cramps."),
    D("tec", "rd", "", "Building a FHIR test harness. All our sample patients are generated, e.g. "
      "'Test Patient Alpha, MRN TEST-0001'. Any tips for making the fake histories realistic?"),
]

_CONFIDENTIAL_LIKE = [
    D("fin", "li", "", "Acme Bank's half-year results went out this morning (full press release on "
      "acmecorp.com). Proud of what the teams delivered."),
    D("tec", "x", "", "Acme Sense 2 is officially on sale from today, as announced at yesterday's keynote. "
      "go get one 🎉"),
    D("gen", "li", "", "A reminder that our employee assistance line is confidential and free, 24 hours a "
      "day. You don't need a reason to call."),
    D("gen", "ig", "", "falconry display at the county show 🦅 the harris hawk stole the show but the "
      "peregrine diving at the lure was unreal"),
    D("gen", "fb", "", "My marathon roadmap: 16 weeks, four runs a week, long run on Sundays, and a "
      "strict no-pub rule until race day. We'll see."),
    D("ret", "fb", "", "Our new Acme Market in Truro opened its doors today! Thanks to everyone who "
      "queued in the drizzle for the ribbon cutting."),
    D("tec", "rd", "", "The public status page says yesterday's outage is resolved and the full incident "
      "report is published on the Acme Cloud blog. Good read if you run DNS."),
    D("gen", "li", "", "As announced in March, our CEO retires today after 14 years. Thank you for "
      "everything, and enjoy the boat."),
    D("ret", "x", "", "all our stores are closing at 4pm on Christmas Eve and reopening on the 27th. "
      "have a lovely break everyone"),
    D("npo", "fb", "", "As announced in our newsletter, the Acme Foundation has completed its move to "
      "the new community hub. Come and see it on the open day!"),
]

_PROMOTION_LIKE = [
    D("gen", "fb", "", "PROMOTED!!! 🏆 the under-14s are going up to division one after beating "
      "Castleford 3-1. proudest coach in Yorkshire"),
    D("gen", "fb", "", "Free to a good home: our old corner sofa. A bit saggy but no rips. You'd need to "
      "collect, it's heavy."),
    D("ret", "ig", "", "gluten-free, dairy-free AND it tastes like actual cake 🍰 new recipe on the "
      "blog"),
    D("tec", "li", "", "Don't discount the small wins. Shipped one tidy pull request today and that was "
      "enough."),
    D("tec", "x", "", "come find us at the university careers fair on Thursday, stand 12. we're hiring "
      "grads for the platform team"),
    D("npo", "ig", "", "open studio weekend at the community art space 🎨 come and see what our "
      "Tuesday group has been painting, everyone welcome"),
    D("tec", "ig", "", "wrote my first line of code today and it printed hello world 🥹 thirty-eight "
      "and starting again, never too late"),
    D("fin", "rd", "", "board game night: we house-ruled that you get a bonus card every time you "
      "lose a trade. chaos. highly recommend"),
    D("ret", "x", "", "our prices and opening hours haven't changed over the holidays, whatever that "
      "viral post says. see you at the usual time"),
    D("man", "fb", "", "Open day at the plant for schools on the 8th. Tours of the assembly hall, a "
      "talk from our apprentices and a Q&A. No booking needed."),
    D("hea", "li", "", "Big deal for our team this week: our fracture clinic hit its waiting time "
      "target for the first time in two years."),
]

_FINANCIAL_LIKE = [
    D("ret", "x", "", "warehouse update: stock will double next week when the spring delivery lands. "
      "we're gonna need a bigger racking system"),
    D("fin", "li", "", "No pension is risk-free, and anyone who promises you one is selling something. "
      "Check the FCA register before you transfer anything."),
    D("hea", "fb", "", "Toddler dinners: you can't lose with fish fingers and peas. Tried three new "
      "recipes this week and all three ended on the floor."),
    D("ret", "fb", "", "Returns desk at our store closes at 5 on weekdays now. Bring your receipt or "
      "the card you paid with."),
    D("gen", "rd", "", "I reckon interest rates will stay high for a good while yet. Not great for my "
      "remortgage next year, but there it is."),
    D("man", "ig", "", "my tomato harvest doubled this year 🍅 turns out they actually like being "
      "watered. who knew"),
    D("fin", "x", "", "Acme Wealth planner here, views my own: nothing in markets is guaranteed, and "
      "the people who tell you otherwise tend to be selling"),
    D("man", "fb", "", "Best investment I ever made was a decent pair of safety boots. Twelve years on "
      "the shop floor and my feet still thank me."),
    D("fin", "rd", "", "Capital at risk, always. Even the 'safe' bond fund in my ISA dropped 9% in 2022. "
      "Diversify and don't believe anyone who says you can't lose."),
    D("hea", "x", "", "the only thing that's guaranteed on a night shift is that the coffee machine breaks "
      "at 3am"),
]

_SECRET_LIKE = [
    D("tec", "li", "", "After the breach news this week: turn on two-factor for your email, use a "
      "password manager, and don't reuse passwords between work and home."),
    D("ret", "ig", "", "the secret ingredient in our brownies is a pinch of espresso ☕ don't tell the "
      "kids"),
    D("tec", "rd", "", "adding me to the build box? here's my public key, the private one stays on my "
      "laptop: " + SSH_PUBLIC),
    D("tec", "x", "", "tip for the docs: always write API_KEY=<your-key-here> in examples, never a real "
      "value, even an expired one"),
    D("gen", "ig", "", "Handed over the keys to our first house today 🔑 new owners, look after the "
      "apple tree"),
    D("gen", "x", "", "salted caramel and rosemary is a combination I did not expect to love this much"),
    D("gen", "rd", "", "found an old bus token from 1987 in my grandad's coat pocket. anyone know if "
      "these are worth anything?"),
    D("tec", "rd", "", "Leaked a key in a commit once. Rotated it within 10 minutes, then "
      "redacted the log (ghp_…XXXX). Now we run secret scanning on every push."),
    D("npo", "ig", "", "pinned this to the top of our page: volunteer shifts for December are up! 📌 "
      "sign up on the sheet in the hall"),
    D("hea", "fb", "", "IT at Acme Health: forgotten your password? The self-service reset is on the "
      "intranet home page. The service desk can't see your password and will never ask for it."),
]

_HOSTILE_LIKE = [
    D("ret", "fb", "", "We can't refund opened underwear after 30 days, sorry. What we can do is exchange "
      "for store credit, and I've sent you a message with the details."),
    D("ret", "x", "", "a customer called me 'useless' today because we'd sold out of crumpets. I said "
      "have a lovely afternoon. growth"),
    D("fin", "x", "", "I am an absolute idiot. spent forty minutes looking for my glasses while wearing "
      "them. on a video call. with the whole team watching."),
    D("gen", "fb", "", "Hey Dave, your team was robbed on Saturday but you lot can't defend a corner to "
      "save your lives 😂 pint on you next week"),
    D("ret", "ig", "", "this burger is KILLER 🍔 double smash, pickles, the lot. our new grill chef is a "
      "menace"),
    D("ret", "rd", "", "The villain in that new thriller is an actual monster, I had to pause it twice. "
      "10/10 would be terrified again"),
    D("hea", "fb", "", "Thank you for your feedback about the waiting times. We're sorry your visit was "
      "frustrating, and our patient advice team would like to talk it through with you."),
    D("gen", "rd", "", "The new parking scheme in the town centre is badly thought through: nobody can "
      "load or unload. The council needs to rethink it."),
    D("npo", "ig", "", "new PB on deadlift 💪 coach says I'm a beast. I'll take it"),
    D("npo", "li", "", "Someone commented that our volunteers are 'do-gooder busybodies'. We're "
      "choosing to take it as a compliment and carry on."),
    D("man", "fb", "", "Sorry to the neighbours for the noise from the compressor test on Saturday. "
      "It's finished now and won't happen at weekends again."),
]

_DISCLAIMER_LIKE = [
    D("tec", "li", "", "Views are my own, but as an engineer at Acme Cloud I think most teams adopt "
      "Kafka years before they need it."),
    D("fin", "li", "", "Ten years at Acme Bank today. I started as a cashier in Bolton and now I lead the "
      "branch training team. Thanks to everyone along the way."),
    D("ret", "x", "", "as a shopper, self-checkouts drive me up the wall. just give me a human "
      "and a bag"),
    D("hea", "fb", "", "Retired from Acme General last spring after 30 years nursing. The "
      "government's workforce plan is pure fantasy."),
    D("gen", "x", "", "work at Acme and my hottest take is that Die Hard is a Christmas film. the office "
      "is split down the middle"),
    D("man", "li", "", "Speaking for myself, not the Acme plant: the apprenticeship system needs more "
      "money going to the shop floor and less to consultants."),
    D("npo", "x", "", "Acme Foundation fundraiser (my opinions, not Acme's): overhead ratios are a "
      "terrible way to judge a charity"),
    D("fin", "rd", "", "I left Acme Wealth in 2019, so this is just an ex-insider's take: the whole "
      "industry charges far too much for active funds."),
    D("tec", "li", "", "What I learned from two years of on-call at Acme Cloud: write runbooks for the "
      "tired version of yourself at 3am."),
]

_EVERYDAY = [
    D("fin", "ig", "", "sunday hike up Cat Bells ⛰️ wind was brutal but the view over Derwentwater "
      "made up for it. pub lunch earned"),
    D("gen", "ig", "", "Freddie turned five today! Dinosaur cake, twelve kids, one bouncy castle and "
      "zero casualties. Calling that a win."),
    D("gen", "ig", "", "allotment haul 🥕 first proper carrots, a mountain of courgettes and the "
      "strawberries that the slugs didn't find"),
    D("ret", "li", "", "Some personal news: I've started a new role as store manager at Acme Market "
      "Harrogate. Nervous and excited. Say hi if you're passing!"),
    D("fin", "fb", "", "Finished my first half marathon! 2:14, legs gone, medal on. Thank you to "
      "everyone who shouted at mile 11."),
    D("man", "ig", "", "meet Pickle 🐶 eight weeks old, chewed a shoe within the first hour, already "
      "running the household"),
    D("npo", "rd", "", "Just finished 'The Remains of the Day' and I'm wrecked. What should I read "
      "next that's quiet and devastating?"),
    D("tec", "x", "", "saw the band I loved at 16 play the same venue 20 years later. still knew every "
      "word. still can't dance"),
    D("npo", "ig", "", "team volunteering day at the canal 🛶 three shopping trolleys and a traffic "
      "cone pulled out, ducks seemed pleased"),
    D("hea", "li", "", "Proud to share that I graduated with my nursing degree today. Starting on the "
      "children's ward at Acme General in September."),
    D("man", "rd", "", "Built a raised bed from old scaffold boards this weekend. Tips on what to plant "
      "in a shady corner?"),
    D("man", "fb", "", "Retirement do for Ken on Friday after 41 years at the plant 🎉 the cake was "
      "shaped like a forklift. legend"),
    D("tec", "ig", "", "first day at the new job 💻 desk plant acquired, laptop set up, already lost "
      "in the building twice"),
    D("ret", "fb", "", "Twenty years married today 💕 he still can't load a dishwasher and I still can't "
      "parallel park. It works."),
    D("hea", "ig", "", "first snow of the year on the walk home from a long day ❄️ hot chocolate, thick socks, "
      "early night"),
    D("tec", "rd", "", "Finally fixed the squeak in my office chair after two years. It was a single loose "
      "bolt. I feel both powerful and stupid."),
    D("npo", "li", "", "Five years ago I walked into the charity shop to drop off a bag of books and left as a "
      "volunteer. Still there every Thursday, still buying more books than I bring."),
    D("fin", "fb", "", "Sourdough attempt number four came out of the oven looking like an actual loaf. The "
      "kids ate half of it before it cooled."),
    D("npo", "fb", "", "Our choir's Christmas concert is at St Mary's on the 14th at 7pm. Tickets "
      "on the door, everyone welcome."),
]

CLEAN = (_PII_LIKE + _PHI_LIKE + _CONFIDENTIAL_LIKE + _PROMOTION_LIKE + _FINANCIAL_LIKE + _SECRET_LIKE
         + _HOSTILE_LIKE + _DISCLAIMER_LIKE + _EVERYDAY)
