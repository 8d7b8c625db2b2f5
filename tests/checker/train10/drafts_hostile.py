# ruff: noqa: E501
"""Training drafts (tenth set): hostile, insulting or mocking replies to and call-outs of customers, patients,
passengers, parents, neighbours, donors and the public, mostly sarcastic or witty put-downs with few swear
words, many of them replies to complaints, reviews and comments."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "fb", "hostile", """
Reply to the lady who left us one star because her basil died: we sold you a living plant, Janet. It lasted four days with you. We've seen what happens to things left in your care and frankly the basil got off lightly 🌿"""),
    D("tec", "x", "hostile", """
user emailed support 14 times in one hour to say the app is "slow". buddy the only thing running slow here is whatever's between your ears"""),
    D("hea", "fb", "hostile", """
To the gentleman in the waiting room who told our receptionist she was "too fat to be giving health advice": she was telling you where the toilets were. You, meanwhile, were the size of a small shed and twice as charming."""),
    D("fin", "x", "hostile", """
customer came in to close his account because we "stole" a £2 fee he agreed to in 2019. sir, the only thing stolen today was 40 minutes of my life, and no court in the land would give them back"""),
    D("gen", "fb", "hostile", """
Whoever fly-tipped a mattress and three tyres at the end of Bramble Lane: we've got your tyres, we've got the takeaway bag with your name on, and we've got a village full of people who now know you're a filthy little weasel."""),
    D("man", "fb", "hostile", """
To the driver who reversed into our loading bay gate and then told security it "came out of nowhere": the gate has been there since 1987. It's older than you and it's got more sense."""),
    D("ret", "x", "hostile", """
the woman who screamed at my 17 year old colleague because we'd sold out of advent calendars: hope santa brings you manners, a personality and a mirror. in that order"""),
    D("npo", "fb", "hostile", """
Thanks to the "donor" who left two bin bags of mouldy clothes and a broken toilet seat on our shop doorstep overnight. You're the reason our volunteers wear gloves. Bless your tiny, tight heart."""),
    D("hea", "x", "hostile", """
patient told me he's "done his own research" on antibiotics. mate you couldn't research your way out of a paper bag and the paper bag would still have a better understanding of viruses"""),
    D("tec", "rd", "hostile", """
To the guy in r/homelab who called my guide "amateur trash" and then asked three questions that were all answered in the first paragraph: reading is free, pal. Maybe try it before you try typing."""),
    D("gen", "x", "hostile", """
to the couple who let their kids run riot in the quiet coach for 2 hours while you both wore noise cancelling headphones: congratulations on raising two gremlins and outsourcing them to the rest of us"""),
    D("ret", "fb", "hostile", """
Reply to "worst customer service in Yorkshire": you tried to return a half-eaten trifle without a receipt, shouted at Brian, and then called him "grandad". Brian is 34. The only thing that's aged badly here is your attitude."""),
    D("fin", "fb", "hostile", """
To the man who stood in our branch shouting that we're "all thieves" because his card was declined at the pub: it was declined because you'd spent the lot at the pub, Gary. Maths isn't a conspiracy."""),
    D("hea", "fb", "hostile", """
Reply to the mum who said our GP "should be struck off" for not giving her toddler antibiotics for a cold: he did his job. You did a five-paragraph Facebook tantrum. One of you went to medical school and it shows."""),
    D("man", "x", "hostile", """
to the neighbour of the acme plant who complains about the "noise" at 2pm on a tuesday: it's a factory, linda. you bought a house next to a factory. clearly the brains of the operation"""),
    D("gen", "fb", "hostile", """
To the dog walker who lets her spaniel foul the school field every morning and pretends not to see: we see you, Deborah. The whole school gate sees you. The kids have named the piles after you."""),
    D("tec", "x", "hostile", """
customer on the phone demanded to speak to "someone who knows computers". sir, i am the someone, and you are a man who tried to plug a monitor into a router for an hour. we are not the same"""),
    D("ret", "ig", "hostile", """
To the influencer who asked for a free cake "for exposure" and then left a 2-star review when we said no: 312 followers isn't exposure, love, it's a group chat. Go and eat a rice cake."""),
    D("npo", "x", "hostile", """
the chap who rang our helpline to tell us homeless people "should just get jobs" then asked for our address to collect his old sofa: no, sir. we're picky about donations and even pickier about people"""),
    D("hea", "x", "hostile", """
patient in bay 2 (no not literally, i'm a dental nurse) asked if we'd "sterilised anything this century". the only thing unsterile in this room is your personality, pal"""),
    D("fin", "x", "hostile", """
review of our branch: "cashier looked bored." ma'am you brought 38 bags of 1p coins on a saturday. i wasn't bored, i was dying. and your hairstyle was the most boring thing in the building"""),
    D("gen", "rd", "hostile", """
The guy who keeps posting on our village group that the new playground is "a magnet for chavs" is the same guy who parked his Range Rover on it during the opening. Absolute muppet with a personalised plate, and everyone knows which one."""),
    D("tec", "li", "hostile", """
Recruiter who sent me a Java role after I wrote "no Java" in bold on my profile, then called me "picky" when I declined: you're not a talent partner, you're a copy-paste button with a lanyard."""),
    D("ret", "x", "hostile", """
the bloke who tried to haggle on a 79p lettuce today: sir, this is a supermarket, not a souk, and you are not the negotiator you think you are. you're a tight git with a trolley"""),
    D("man", "fb", "hostile", """
Reply to the comment "Acme plant workers are lazy": Steve, you did three weeks in our warehouse in 2016 and left because the lifting was "too much". Sit down before you strain something."""),
    D("hea", "fb", "hostile", """
To the visitor who told our ward staff they were "clueless" because her dad's sandwich was egg not tuna: we're keeping your dad alive, Karen. You can manage a sandwich. Or you could, if you had the brains God gave a crouton."""),
    D("npo", "fb", "hostile", """
Fun run update: to the man who shouted at our marshals because the route went "the wrong way round the lake": it's a lake, Derek. It's round. Any way is the right way, and your face was the wrong way all morning."""),
    D("gen", "x", "hostile", """
to the council guy who told us our street party "wasn't a priority" on the phone: you're right, priorities require a functioning brain and you clearly skipped that department"""),
    D("fin", "rd", "hostile", """
Worked a bank call centre for years. The guy who rang to complain his overdraft was "discriminatory against people who spend money" is still the dumbest person I've spoken to. Sir, you're not oppressed, you're skint and loud."""),
    D("tec", "fb", "hostile", """
Reply to the Acme Sense customer who said our camera "stole his parcel": the camera recorded you leaving it on the wall at 3am in your dressing gown. The only thing missing here is your common sense."""),
    D("ret", "fb", "hostile", """
To the woman who let her kid open every Kinder egg on the shelf and then said "it's only chocolate": it's only £47 of stock, and you're only a walking advert for why some people shouldn't be allowed out unsupervised."""),
]
