# ruff: noqa: E501
"""Training drafts (second set): hostile, insulting, mocking or threatening replies to and call-outs of the public."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "x", "hostile", """
@DeeBakes89 you returned a "faulty" kettle with limescale an inch thick. maybe learn to descale before you come for my staff, genius"""),
    D("ret", "fb", "hostile", """
To the woman in the red coat who threw a basket at my cashier at Acme Market today: you are a nasty, entitled waste of space and I hope everyone in that queue filmed you. Don't bother coming back."""),
    D("ret", "rd", "hostile", """
Retail worker rant: customers who argue about a 10p price difference for twenty minutes are the dumbest creatures on earth. Today's one at our Acme store actually cried. Good. Grow up."""),
    D("ret", "ig", "hostile", """
to the lad who keeps nicking energy drinks from our store: we've got you on CCTV in HD, mate. your face is going up by the door and honestly it's an ugly one 🤡"""),
    D("ret", "x", "hostile", """
sir it's a self-checkout, not rocket science. if you can't scan a banana you shouldn't be allowed out unsupervised 🍌🙄"""),
    D("ret", "fb", "hostile", """
Replying to the 1-star review on our Acme Market page: Karen, you came in 5 minutes after closing, shouted at a 17-year-old and then called US rude. Nobody misses you. Shop somewhere else."""),
    D("ret", "li", "hostile", """
Lesson in customer service? No. Lesson in patience. A customer spent 40 minutes screaming at my team about a voucher that expired in 2019. Some people are just too thick to be helped, and I'm done pretending otherwise."""),
    D("tec", "x", "hostile", """
@rob_codes "your cloud is garbage" says the guy who stored his prod database password in a public repo. sit down, clown"""),
    D("tec", "rd", "hostile", """
Acme Cloud support engineer. To the customer who opened 14 P1 tickets today because he forgot to renew his own domain: you're an idiot, and the whole team has your ticket pinned in our Slack as a warning to others."""),
    D("tec", "li", "hostile", """
Some customers are incapable of reading docs. Yesterday a "CTO" told me our API was broken. It wasn't. He'd been sending his API key in the wrong header for a week. Imagine being that incompetent and paid that much."""),
    D("tec", "x", "hostile", """
to the guy who emailed our CEO calling me useless: bold words from someone who can't find the power button. enjoy the wait in the queue buddy, you earned it"""),
    D("tec", "fb", "hostile", """
My neighbour keeps asking me to fix his wifi because "you work at Acme Cloud". Derek, it's not my job, and frankly your network is as much of a mess as your front garden. Learn to google."""),
    D("hea", "x", "hostile", """
to the man who called our receptionist a useless cow because his GP appointment was 10 minutes late: you're a pathetic bully and everyone in that waiting room thought so"""),
    D("hea", "fb", "hostile", """
Dear parent who screamed at our paediatric nurses tonight because your kid "only had a cold": you are the reason people quit nursing. Selfish, rude and frankly a terrible example for that poor child."""),
    D("hea", "rd", "hostile", """
Nurse at Acme General. Patients who pull out their cannula and then demand to be discharged AMA and then come back four hours later are morons. Stay home next time and save us the paperwork."""),
    D("hea", "li", "hostile", """
Patients who "do their own research" before a consultation: please stop. I had one today lecture me about ivermectin for 15 minutes. Some people are too stupid to be helped and I'm tired of pretending they aren't."""),
    D("hea", "ig", "hostile", """
if you park in the ambulance bay at Acme Medical Center "just for a sec" I hope your car gets towed and you have to walk home in the rain 🙃 absolute muppets, every one of you"""),
    D("fin", "x", "hostile", """
imagine calling the bank to complain that your card got declined when you've got £3.12 in the account. try getting a job, Steven"""),
    D("fin", "fb", "hostile", """
To the customer who threatened my colleague at our branch today because his overdraft was capped: you're a coward who picks on young women, and I hope the police knock on your door tonight."""),
    D("fin", "rd", "hostile", """
Acme Bank call centre. Pensioners who ring up four times a day to ask their balance: I get it, you're lonely, but you're also a pain in the arse and you're clogging the line for people with actual problems."""),
    D("man", "fb", "hostile", """
To whoever lives at the end of Quarry Lane and keeps complaining about noise from the Acme plant: you bought a house next to a factory, you absolute genius. Move or shut up."""),
    D("man", "x", "hostile", """
the anti-factory protesters outside the acme plant gates this morning looked like they hadn't washed since the last protest. get a job lads"""),
    D("man", "li", "hostile", """
Had a supplier rep try to blame our line for his faulty bearings today. If you can't even read a torque spec sheet, maybe sales isn't for you, mate. Stick to golf."""),
    D("man", "rd", "hostile", """
To the trucker who reversed into our loading dock gate at the Acme plant and then swore at our security guard: I hope your company fires you. Useless, dangerous and rude. I've got your plate."""),
    D("npo", "fb", "hostile", """
To the man who came to our Acme Foundation food bank in a brand new Range Rover and complained the pasta was the wrong shape: shame on you. Greedy, ungrateful and an embarrassment."""),
    D("npo", "x", "hostile", """
that charity shop customer who tried to haggle a £1 mug down to 50p and called our 80-year-old volunteer "slow": I hope you stub your toe every morning forever"""),
    D("npo", "rd", "hostile", """
Volunteer coordinator. Corporate "volunteers" who show up to our build day, take 40 selfies and leave after an hour are parasites. You know who you are, and so does everyone else."""),
    D("gen", "x", "hostile", """
to the guy who cut me off on the ring road and then flipped me off: your bald spot is visible from space and your car's a rust bucket"""),
    D("gen", "fb", "hostile", """
Community group, I have to say it: the people at number 42 who let their dog foul the playground are disgusting, lazy slobs, and if I catch you again I'll be posting your face here."""),
    D("gen", "rd", "hostile", """
To the landlord on Victoria Street who hasn't fixed his tenant's boiler in three winters: you're a greedy parasite and I hope karma finds you. Everyone on this road knows who you are."""),
    D("tec", "rd", "hostile", """
Replying to the reviewer who gave our app 1 star because "it doesn't work on my phone": your phone is from 2013, grandad. Buy a new one or go back to a flip phone. We're not museum curators."""),
    D("ret", "x", "hostile", """
pro tip for the lady who left a nappy in trolley bay 3 at acme market: you're vile. absolutely vile"""),
    D("hea", "x", "hostile", """
the antivax mums in our hospital's facebook comments need to log off and go back to school. ignorance this loud should be illegal"""),
    D("fin", "li", "hostile", """
Had a client tell me today that I'm "just a salesman". Sir, I've got more qualifications than you've had hot dinners, and your portfolio was a dumpster fire until I took it over. Show some respect."""),
    D("man", "ig", "hostile", """
📸 the van driver who dumped fly-tipped rubbish by our plant fence last night. look at his stupid face. share this so everyone knows what a scumbag looks like"""),
    D("npo", "li", "hostile", """
To the donor who emailed to say our staff "should be grateful" for his £10 a month and demanded a personal call from the CEO: you are insufferable, and I'm keeping the email for our leaving party."""),
]
