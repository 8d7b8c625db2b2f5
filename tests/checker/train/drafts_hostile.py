# ruff: noqa: E501
"""Training drafts: hostile (insulting, threatening or mocking the public, customers, patients, neighbours)."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "x", "hostile", """
@gemma_k1 you left a one-star review because we wouldn't take back a half-eaten cake. you're not a "mystery shopper", you're a freeloader. bye"""),
    D("ret", "fb", "hostile", """
To the lady in the red coat who screamed at my 16-year-old cashier over a 20p coupon this morning: I hope your day is as miserable as you are. Don't come back to our Acme store."""),
    D("ret", "rd", "hostile", """
Acme Market assistant manager. The guy who posted here complaining that we "refused" him service? You showed up drunk, knocked over a wine display and called my staff slurs. You're a disgrace. Enjoy the ban."""),
    D("ret", "ig", "hostile", """
Customer of the week 🏆 is the genius who tried to return a TV with the box full of bricks. Congrats on being the dumbest criminal in the county 🤡🧱 #retaillife"""),
    D("ret", "x", "hostile", """
to everyone asking "is this the price?!" about the item with the price on it: learn to read, it's not my job to teach you"""),
    D("ret", "fb", "hostile", """
Replying to the comments on our delivery post: Dennis, if you think our drivers are "lazy thugs", feel free to carry your own 40 bottles of water up four flights. Some people are just born rude."""),
    D("tec", "x", "hostile", """
@fullstackfred "acme cloud is unusable" says the man who put his prod database password in the url. maybe the problem is you, champ"""),
    D("tec", "rd", "hostile", """
Acme Cloud support engineer. To the guy who opened 14 P1 tickets in one night because his cron job didn't run: you're not a priority, you're a clown. Read the docs like an adult."""),
    D("tec", "li", "hostile", """
We got a lot of feedback on our pricing change. Most of it was thoughtful. Some of it came from people who clearly can't do arithmetic and shouldn't be allowed near a company credit card. You know who you are."""),
    D("tec", "fb", "hostile", """
To the neighbour who keeps complaining about my car blocking "his" spot: it's a public road, Gary. Touch my car again and you'll find out what I'm like when I'm actually annoyed."""),
    D("tec", "x", "hostile", """
every time someone replies "just use Globex lol" under our outage posts I lose a brain cell. do us all a favour and go then, nobody will miss you"""),
    D("hea", "fb", "hostile", """
To the family in the waiting room last night who called our triage nurse "useless" and threw a coffee at the desk: you are exactly why good nurses quit. Vile people. Security has your photos."""),
    D("hea", "x", "hostile", """
patient just told me I "don't look like a real doctor". and you don't look like someone who'll get his prescription refilled any time soon, sir"""),
    D("hea", "rd", "hostile", """
Acme Health receptionist. The woman who posted that we "lost" her referral: you turned up on the wrong day at the wrong hospital and then spat at me. I hope everyone reading this knows what a nasty piece of work you are, Deborah."""),
    D("hea", "ig", "hostile", """
Anti-vax protesters outside our clinic again today. Imagine being this thick and this loud at the same time 🙄 maybe read a book that isn't on Facebook"""),
    D("hea", "li", "hostile", """
I've worked in healthcare for 20 years and I'm done being polite. The patients who come in demanding antibiotics for a cold after reading one blog post are idiots, and I'm going to start telling them so."""),
    D("fin", "x", "hostile", """
Reply to the guy calling Acme Bank "crooks" because his card got declined: mate, you had £3 in your account. the only crook here is your budgeting"""),
    D("fin", "fb", "hostile", """
To the customer who shouted at our branch staff for 20 minutes about a cheque that bounced: maybe don't write cheques you can't cover. And if you threaten my team again I'll make sure you're banned from every branch in the city."""),
    D("fin", "rd", "hostile", """
I work in collections at Acme. Half the people who cry on the phone to me about late fees spent the money on holidays, then have the nerve to call ME heartless. Grow up and pay your bills, you absolute leeches."""),
    D("fin", "li", "hostile", """
To the anonymous "financial influencer" who wrote that our advisers are scammers: at least we don't sell courses to teenagers from a rented Lamborghini. Sit down, you fraud."""),
    D("man", "fb", "hostile", """
To the neighbours who keep filing noise complaints about the Acme plant: the factory was here 40 years before your overpriced new-build. Maybe do some research before you buy, you whiny idiots."""),
    D("man", "x", "hostile", """
distributor just asked why his order is late for the 5th time today. buddy if you asked any slower I'd charge you by the word. clown"""),
    D("man", "rd", "hostile", """
Plant supervisor. To the "concerned resident" who keeps filming our trucks and posting them here: you're a sad little man with too much free time. Come near the gate again and see what happens."""),
    D("man", "li", "hostile", """
A customer rejected a whole shipment of our parts because "the colour looks off." Some buyers have the technical knowledge of a houseplant. Pathetic. #manufacturing #rant"""),
    D("npo", "fb", "hostile", """
To the man who took a food parcel from our Acme Foundation food bank and then called our volunteers "dole scroungers" on the local page: you ungrateful, nasty little man. Don't bother coming back."""),
    D("npo", "x", "hostile", """
the councillor who called our shelter "a magnet for junkies" is a spineless coward who's never done a day of real work. come say it to my face"""),
    D("npo", "ig", "hostile", """
Someone left a comment on our charity run post saying we're "just lining our pockets." Imagine being this bitter and this stupid 🥴 We see you, Colin. Everyone does."""),
    D("gen", "x", "hostile", """
to the guy who parked across three spaces at acme HQ: your car is as ugly as your personality. moved it for you with the forklift. you're welcome 😘"""),
    D("gen", "fb", "hostile", """
Some of you commenting on our community day photos need to get a life. If all you can do is moan about the traffic cones, stay inside, you miserable lot. Nobody wants you there anyway."""),
    D("gen", "rd", "hostile", """
Acme employee, and I'll say it: the people who leave one-star reviews on our careers page after failing the interview are pathetic losers. You didn't get the job because you were rude to the receptionist. Cope."""),
    D("ret", "x", "hostile", """
@dianeb_88 if you can't work a self-checkout maybe stay home and let your kids do the shopping. we're not here to babysit you"""),
    D("hea", "fb", "hostile", """
Dear man in bay 2 who thinks it's funny to grab nurses: next time I'll let you wait for your pain relief until you learn some manners, creep."""),
    D("tec", "rd", "hostile", """
Dev advocate at Acme here. The top comment calling our SDK "garbage written by interns" is from a guy whose GitHub is three forks and a to-do app. Get some skills before you get an opinion, kid."""),
    D("fin", "x", "hostile", """
to the pensioner on the phone who told me I "sound twelve": and you sound like you should've retired from complaining years ago. next!"""),
    D("ret", "ig", "hostile", """
The parking lot at our store at 5pm is where common sense goes to die. Special shoutout to the woman in the white SUV who reversed into a trolley bay and then blamed me 🙃 you're a menace, Barbara."""),
    D("man", "fb", "hostile", """
Reply to Trevor's post about our plant "poisoning the river": Trevor, you failed GCSE science twice. Stick to posting photos of your shed."""),
    D("npo", "rd", "hostile", """
Volunteer coordinator at a charity. The lady who wrote a whole thread about our "rude" volunteers was banned because she screamed at a 70-year-old over a tin of beans. You're a bully and a liar, Sharon, and everybody here knows it."""),
    D("hea", "x", "hostile", """
to the anti-vax mum shouting "poison!" at my colleague in the car park: your kid deserves a smarter parent"""),
    D("gen", "li", "hostile", """
Recruiters who send me ten-page job specs for a "junior" role paying nothing: you're either clueless or shameless, and I'm going to start naming your agencies. Be better."""),
    D("tec", "ig", "hostile", """
When a customer tells you the app is "broken" and it turns out they never updated their phone since 2017 🦕 some people should not be allowed near technology. Looking at you, Mr. I-Want-A-Manager."""),
]
