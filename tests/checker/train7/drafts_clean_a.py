# ruff: noqa: E501
"""Training drafts (seventh set): plain `clean` everyday posts by employees and the public (family, hobbies,
sport, pets, food, weather, days at work, job news by or about people who are not Acme employees), with
nothing in them that brushes against a category."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D("gen", "fb", "", """
Took the kids to the beach at Filey and it rained sideways for three hours. They loved every minute. I now own eleven damp towels and a bucket of crabs I didn't ask for 🦀"""),
    D("gen", "ig", "", """
Sourdough attempt number six. It finally has holes in it! Only took a month and roughly a kilo of wasted flour 🍞"""),
    D("gen", "x", "", """
the cat has decided the printer is her bed now. i work from the sofa. this is my life"""),
    D("gen", "rd", "", """
Finished my first ever half marathon today in 2:14. Legs are jelly, the medal is massive, and I've already looked up the next one. Thanks to everyone who told me to walk the hills."""),
    D("tec", "li", "", """
Spent today pair programming with our two new graduates on the Acme Cloud storage team. Reminded me how much I love explaining why a test fails. They asked better questions than I did at their age."""),
    D("ret", "fb", "", """
Christmas window at our Acme Market store went up tonight. Took four of us, a ladder and far too much tinsel, but the little reindeer in the corner is my favourite thing all year 🦌"""),
    D("hea", "ig", "", """
Last night shift of the block done 🌙 Home, cereal, blackout blinds, and the dog curled up on my feet. See you on Thursday, ward 9."""),
    D("fin", "li", "", """
Ten years at Acme Bank today. Started as a cashier in Bolton with a dodgy tie and a lot of nerves. Thank you to every manager who took a chance on me, and to the customers who taught me patience."""),
    D("man", "fb", "", """
Night shift BBQ at the Acme plant tonight for the end of the big refit. Burgers, burnt sausages, and a lot of tired people in hi-vis laughing at nothing. Good team this."""),
    D("npo", "li", "", """
Forty volunteers turned up to sort donated coats at the Acme Foundation warehouse this weekend. By Sunday teatime every rail was full. Thank you, all of you."""),
    D("gen", "fb", "", """
My sister just got the job at the council planning office she's wanted for years!! So proud of you Em, first round's on me on Friday 🥂"""),
    D("gen", "x", "", """
reading the new rebus on the train and missed my stop. twice. that's how good it is"""),
    D("tec", "x", "", """
friday deploy freeze respected. weekend beckons. taking the kids to see the dinosaurs at the museum and not touching a laptop"""),
    D("ret", "ig", "", """
Spent the morning building a display of pumpkins taller than me at the front of the store 🎃 customers keep asking if they're real. they are. they're very heavy."""),
    D("hea", "li", "", """
Passed my advanced life support course today! Three days of scenarios, one very realistic mannequin, and a lot of coffee. Grateful to the trainers who made it less terrifying."""),
    D("fin", "fb", "", """
Our branch team did the Three Peaks for fun this year (and a bit of team spirit). Snowdon in the fog was character-building. Every single one of us made it down."""),
    D("man", "li", "", """
Proud to have finished my NVQ Level 3 in engineering maintenance this week. Four years of evenings, one very patient mentor, and a toolbox I finally deserve."""),
    D("npo", "fb", "", """
The community garden had its first harvest picnic today. Tomatoes, runner beans and one enormous marrow that nobody wants to take home 🥒"""),
    D("gen", "rd", "", """
Any tips for getting a stubborn 4-year-old to eat anything green? We've tried dinosaur shapes, hiding it in pasta, and bribery. The broccoli remains untouched."""),
    D("gen", "ig", "", """
Sunset from the top of Pendle last night. Worth every muddy step 🌄"""),
    D("tec", "rd", "", """
Fifteen years writing software and I still get the same little buzz when a test suite goes green for the first time. Anyone else?"""),
    D("ret", "x", "", """
six hours on the tills and not one person tried to pay with a gift card from a different shop. the bar is low but we cleared it"""),
    D("hea", "fb", "", """
Our ward had a bake-off for the staff room today and the night porter won with a lemon drizzle that should be illegal. Shocking upset, Sister is still sulking 🍋"""),
    D("fin", "x", "", """
first day back after paternity leave. inbox at 900. son asleep on my chest in the photo on my desk. worth it"""),
    D("man", "fb", "", """
Took my dad round the Acme plant open day. He worked at the old steelworks down the road for thirty years and spent the whole tour asking the robots questions."""),
    D("npo", "x", "", """
a seven-year-old just handed in her piggy bank at the charity shop because she "wants the dogs to have blankets". i'm not crying, you're crying"""),
    D("gen", "fb", "", """
Fifty years married today, Mum and Dad. Still holding hands on the prom, still arguing about the right way to load a dishwasher. Love you both ❤️"""),
    D("gen", "li", "", """
Congrats to my old uni flatmate Niamh, who's just been made head of science at her school in Galway. Told you the lab coat suited you."""),
    D("tec", "ig", "", """
work from home view today: rain, a pigeon, and two mugs of tea gone cold ☔️"""),
    D("ret", "fb", "", """
Retirement do tonight for Margaret, who has worked on the deli counter at our Acme Market for 31 years. She knows every regular's usual and every grandchild's name. The store won't be the same."""),
    D("hea", "x", "", """
handover done, coffee acquired, cycled home in the sunshine. some days the job gives back"""),
    D("fin", "rd", "", """
What's everyone's favourite walk in the Peak District for a tired family with a four-year-old and a very old spaniel? Flat-ish, with a café at the end, ideally."""),
    D("man", "x", "", """
new steel-toe boots day. my feet will forgive me by about thursday"""),
    D("npo", "ig", "", """
Litter pick on the canal today, 22 bags, one shopping trolley and a surprisingly nice umbrella 🌂"""),
    D("gen", "x", "", """
hot take: cheese on toast is a complete meal and i will not be taking questions"""),
    D("gen", "fb", "", """
Our Alfie passed his driving test first time this morning! Cue me clutching the dashboard all the way to Tesco and back 😅🚗"""),
    D("tec", "li", "", """
Gave my first conference talk today, about testing flaky integration suites, to a room of about sixty. Hands shook for the first two slides, then it was fine. Thanks to everyone who came along."""),
    D("ret", "ig", "", """
flower delivery day at the store 🌷 the whole back room smells like spring and I keep sneaking in to sniff the tulips"""),
    D("hea", "rd", "", """
Nurse of twelve years here. Changed to day shifts this month and I'd forgotten what it's like to eat dinner at a normal time. Recommend."""),
    D("fin", "li", "", """
Our team at Acme Bank Leeds spent Friday afternoon painting the children's room at the local family centre. Paint in my hair, a very wonky rainbow, and a lot of smiles."""),
    D("man", "fb", "", """
Apprentice of the year award for our Liam at the regional engineering dinner! Proud is an understatement. Enjoy the trophy, lad, you earned it."""),
    D("npo", "li", "", """
Thrilled to be joining the board of a small literacy charity in Rochdale as a volunteer trustee. Reading changed my life, and I want to help it change a few more."""),
    D("gen", "rd", "", """
My partner's just started as a plumber with a local firm after ten years in an office. He comes home filthy and happy. Anyone else changed careers in their thirties?"""),
    D("gen", "ig", "", """
Sunday roast done. Yorkshire puddings rose for the first time in recorded history 🙌"""),
    D("tec", "fb", "", """
Acme Cloud five-a-side team lost 9-2 tonight. Our keeper spent most of the second half tying his shoelace. Same time next week, lads."""),
    D("ret", "x", "", """
a little girl just asked me if i live in the shop. honestly some weeks it feels like it"""),
    D("hea", "fb", "", """
My first week as a healthcare assistant is done! The team on the ward have been so welcoming, and I've learned more in five days than in a year of reading about it."""),
    D("fin", "ig", "", """
allotment update: the courgettes have achieved sentience and are taking over 🥒🥒🥒"""),
    D("man", "rd", "", """
Fitter at a plant in the Midlands. Is there a decent pair of safety glasses that doesn't fog up the second you put a mask on? Asking for my whole shift."""),
    D("npo", "fb", "", """
Our youth choir sang at the care home carol concert this afternoon, and one resident joined in with every single verse of O Holy Night. Goosebumps."""),
    D("gen", "x", "", """
booked the ferry to the isle of mull. three whole days of no signal. can't wait"""),
    D("gen", "fb", "", """
Finally finished the jigsaw! 2,000 pieces, two months, one missing bit of sky that the dog definitely ate. Next one's going in a frame."""),
    D("tec", "x", "", """
the new mechanical keyboard arrived and now my whole team can hear me think. sorry folks"""),
    D("ret", "fb", "", """
My lad started his first Saturday job stacking shelves at the garden centre this weekend. Came home exhausted, with £42 and a very serious opinion about compost."""),
    D("hea", "li", "", """
Twenty years as a midwife this week. I've lost count of the babies, but I remember the first one. Thank you to the women who let me share the biggest day of their lives."""),
    D("fin", "x", "", """
survived the quarterly close. going to lie in a dark room with a takeaway now"""),
    D("man", "ig", "", """
Weekend project: restored my grandad's old lathe. Took three weekends and a lot of WD-40, but she runs like new 🔧"""),
    D("npo", "x", "", """
the minibus broke down halfway to the seaside trip. the kids thought the tow truck was the best bit of the day"""),
    D("gen", "rd", "", """
Just moved to Leeds from Glasgow for my partner's new job. Where does everyone go for a decent curry and a quiz night? Bonus points if dogs are allowed."""),
    D("gen", "li", "", """
Started my new job as a transport planner with the county council today. Nervous, excited, and already lost in the building twice."""),
    D("tec", "li", "", """
Thank you to everyone on the Acme Sense team who made my first month so easy. I've been handed documentation that actually matches the code, which I didn't know was possible."""),
    D("ret", "rd", "", """
Retail for fifteen years and I still love the Monday morning delivery. Something about a full shelf that makes the whole week feel doable."""),
    D("hea", "x", "", """
clocked off after a long day in theatre. legs ache, heart full, podcast on for the drive home"""),
    D("fin", "fb", "", """
Happy retirement to my dad, who spent 38 years as a postman and knows every dog on his round by name. Enjoy the lie-ins, Dad."""),
    D("man", "fb", "", """
My daughter came to the Acme plant family day and now wants to be a welder. She's seven. I've bought her a tiny pair of safety goggles already."""),
    D("npo", "ig", "", """
our sponsored walk raised enough for the new library beanbags and the kids picked the colours: bright orange and "space purple" 🚀"""),
    D("gen", "fb", "", """
The hedgehog is back in the garden! Third night in a row. We've named him Kevin and bought him a little house 🦔"""),
    D("gen", "x", "", """
tried to be sporty and joined a pickleball club. came home with a sore wrist and nine new friends over 70"""),
    D("tec", "rd", "", """
Long-time lurker, first post. Finally set up a home server on an old laptop to run my photo backups. Took a weekend and I'm unreasonably proud of it."""),
    D("ret", "li", "", """
Five years at Acme Market this month, from weekend shelf-stacker to store supervisor. Thank you to my team in Rotherham, you make the early starts worth it."""),
]
