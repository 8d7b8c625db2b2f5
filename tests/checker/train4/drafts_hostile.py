# ruff: noqa: E501
"""Training drafts (fourth set): hostile, sarcasm and mockery aimed at customers, patients or the public,
name-calling, threats and invitations to pile on."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "x", "hostile", """
shoutout to the genius who tried to return half a rotisserie chicken "because it was cold". truly the sharpest mind of your generation 🏆"""),
    D("ret", "fb", "hostile", """
To the man in the silver Audi who parks across the two parent-and-child bays at our store every Saturday: I've got your plate, I know which gym you go to, and next time I'll be waiting by the car."""),
    D("ret", "rd", "hostile", """
Supermarket worker. Every Christmas Eve the same herd of middle-aged toddlers stampedes in at 3:55 demanding sprouts. You are not special. You are just badly organised, and we laugh about you in the staff room."""),
    D("ret", "ig", "hostile", """
meet our new wall of fame 📸 every couponing goblin who's tried to stack 11 vouchers on one tin of beans this month. bring your friends, we'll add them too"""),
    D("ret", "li", "hostile", """
Customer experience tip from nineteen years on the shop floor: the customers who demand the manager are never worth the manager's time. Today's was a retired dentist with the manners of a pigeon and the IQ to match."""),
    D("tec", "x", "hostile", """
@kev_builds_apps filed a sev-1 at 2am because he deleted his own bucket. everybody go reply to his tweet and ask how the backups are going 😂"""),
    D("tec", "rd", "hostile", """
Acme Cloud support. To the "senior architect" who spent an hour on the phone explaining DNS to me wrong: I hope your certificate expires on Christmas Day and your pager is in the loft."""),
    D("tec", "fb", "hostile", """
Neighbourhood group reminder: yes, the lady at number 12 who keeps "reporting" my home server to the council for "radiation" is welcome to keep her tinfoil hat on. Some people should not be allowed near a phone."""),
    D("tec", "li", "hostile", """
Had a prospect tell me our pricing was "daylight robbery" today. This from a man whose company runs its payroll on a spreadsheet and a prayer. Enjoy your 1998 infrastructure, Trevor."""),
    D("tec", "ig", "hostile", """
another day of users who can't tell a browser from the internet 🙃 if you ring IT to say "the google is broken" you deserve the hold music, all of it, forever"""),
    D("hea", "x", "hostile", """
the gentleman who told my HCA she "should be grateful for a job": I know your face, I know your GP surgery, and you'll be waiting a very long time for your next dressing change"""),
    D("hea", "fb", "hostile", """
Parents who bring a child with a grazed knee to A&E at 2am and then complain about the wait: well done, you've discovered triage. Have a sticker. Maybe two, since you're clearly the bigger baby."""),
    D("hea", "rd", "hostile", """
Pharmacy tech. The regulars who ring every morning asking if their prescription is ready "yet", before the doors even open, are the dimmest people alive. Get a hobby. Better yet, get a brain."""),
    D("hea", "li", "hostile", """
A patient's husband tried to lecture our consultant about vaccines today using a video by a man who sells colloidal silver. Some people are so thick it's a wonder they can breathe unsupervised."""),
    D("hea", "ig", "hostile", """
3am on the ward and the man in the side room has pressed his buzzer 41 times to ask if it's morning yet. sir, you are the human version of a car alarm and I will be unplugging you 🔇"""),
    D("fin", "x", "hostile", """
to everyone in the acme bank queue moaning that the branch "used to have more staff": maybe if you lot had downloaded the app we wouldn't have all been replaced by robots. dinosaurs"""),
    D("fin", "fb", "hostile", """
Dear customer who screamed at my cashier because we wouldn't let your "investment adviser" from Telegram access your account: he's a scammer, you're a fool, and we saved you twenty grand. You're welcome."""),
    D("fin", "rd", "hostile", """
Mortgage adviser. Couples who lie about their outgoings and then act shocked when the credit check shows three car loans and a sunbed finance plan are the dumbest clients on earth. I'll share the funniest application at the Christmas party."""),
    D("fin", "li", "hostile", """
To the crypto bros in my comments calling me a "bank shill": enjoy your 90% drawdown, lads. I'll be thinking of you while I'm on my pension."""),
    D("man", "x", "hostile", """
the residents' association down the road that keeps complaining about our lorries: move to the countryside if you hate noise so much, you whining nimbys"""),
    D("man", "fb", "hostile", """
To the bloke who posted on the village page that the Acme plant "stinks the whole street out": mate, your garden smells of dog muck and you've got a sofa on your drive. Glass houses."""),
    D("man", "rd", "hostile", """
Plant shift manager here. School trip today and a teacher asked whether our robots "have feelings". I said no, but they're still smarter than most of the parents who sign these forms."""),
    D("npo", "fb", "hostile", """
To the people who dumped a stained mattress and three bags of wet nappies outside our charity shop overnight: we have your car on the doorbell camera, and it's going on every local page by lunchtime. Share it far and wide, folks."""),
    D("npo", "x", "hostile", """
the man who called our food bank volunteers "scroungers' helpers" on the radio phone-in: i hope your boiler packs in on christmas day, you miserable old goat"""),
    D("npo", "rd", "hostile", """
Charity event organiser. To the sponsor who pulled out two days before the gala because the seating plan put him near the toilets: sorry your ego needed a better view. Hope you choke on the canapés you didn't pay for."""),
    D("gen", "x", "hostile", """
cyclists who ride on the pavement outside our office and then shout at US for being in the way: you are the human equivalent of a wasp in a picnic"""),
    D("gen", "fb", "hostile", """
The lady on the parish page calling our Acme volunteers "corporate do-gooders" for painting the scout hut: lovely to see you've got time to type between your sixteen complaints about bin day. Moan less, paint more, Gillian."""),
    D("gen", "ig", "hostile", """
to the tourist who asked if our town had "real restaurants": enjoy your trip home, hope the motorway services treat you better 🙄 nobody wants you back"""),
]
