# ruff: noqa: E501
"""Training drafts (third set): hostile. Insulting, mocking or threatening replies to, or public call-outs
of, customers, patients, neighbours, drivers, protesters and other members of the public, in every sector."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    # --- retail
    D("ret", "x", "hostile", """
to the woman who threw her basket at me because we'd run out of oat milk: get a grip, you absolute tantrum in a puffer jacket"""),
    D("ret", "fb", "hostile", """
To the customer whose 1-star review says our Acme Market deli staff "can't count": at least we can read a sign that says QUEUE HERE, you entitled clown."""),
    D("ret", "rd", "hostile", """
Acme Market night manager. To the teenagers who keep filming my staff for TikTok: you're pathetic little losers and your parents should be ashamed. Your faces are all on our CCTV."""),
    D("ret", "ig", "hostile", """
sorry not sorry to the bloke who moaned his avocados weren't ripe. maybe you're the one who never ripened, you sad little man 🥑"""),
    D("ret", "x", "hostile", """
dear guy who returns a worn suit every monday after a wedding: the whole service desk knows you're a cheapskate fraud and we laugh about you on our breaks"""),
    # --- technology
    D("tec", "x", "hostile", """
@grumpycoder84 if a three-step setup guide beats you, maybe coding isn't your thing. try crayons"""),
    D("tec", "rd", "hostile", """
Acme Cloud support, replying to the guy calling us incompetent in every thread: your "production system" was one VM with no backups. You ARE the outage. Please take your business elsewhere, and your attitude with it."""),
    D("tec", "li", "hostile", """
To the customer who rang my on-call engineer at 3am to scream about a typo on our pricing page: you're a bully with too much free time and not enough sense. My team deserves better than you."""),
    D("tec", "fb", "hostile", """
A "user" told me today our Acme Sense app was designed by monkeys. Mate, you couldn't find the power button. Monkeys would be a step up from you."""),
    D("tec", "x", "hostile", """
to the guy at the meetup who explained my own conference talk back to me for ten minutes: sit down, you self-important bore"""),
    # --- healthcare
    D("hea", "x", "hostile", """
to the man who shouted at our receptionist for twenty minutes: you are a vile bully and i hope your day gets much worse"""),
    D("hea", "fb", "hostile", """
To the family who screamed at our nurses on the children's ward last night: you are an absolute disgrace. Nobody deserves to be spoken to like that, and honestly your behaviour explains a lot about your kids."""),
    D("hea", "rd", "hostile", """
GP receptionist. To the patients who ring at 8:01 demanding an appointment "today or else": you're not special, you're rude, and the "or else" is always you sobbing down the phone by 8:05."""),
    D("hea", "li", "hostile", """
Some of the people who moan about waits at Acme General should try being less thick. Turn up to A&E with a splinter and you'll sit behind the heart attacks. It isn't rocket science, idiots."""),
    D("hea", "ig", "hostile", """
to the gym bro who told our pharmacist she "looked too young to know anything": she has a PhD, you have protein powder for brains 💪🧠"""),
    # --- finance
    D("fin", "x", "hostile", """
to the customer who called me a thief because his own direct debit went out: learn to read a statement, genius"""),
    D("fin", "fb", "hostile", """
Working in an Acme Bank branch, you meet some real specimens. Today's called my colleague a "useless foreign girl". Sir, you're a dinosaur with a bad comb-over and we're all praying you switch banks."""),
    D("fin", "rd", "hostile", """
To every crypto bro in my DMs demanding Acme Pay unfreeze the account you emptied into a scam: you're gullible muppets and it is not my job to save you from yourselves."""),
    D("fin", "ig", "hostile", """
when a customer tells you to "smile more" 🙂 i'll smile when you can count your own change, you patronising old fossil"""),
    # --- manufacturing
    D("man", "fb", "hostile", """
To the neighbours on Brook Road who keep complaining about noise from the Acme plant: you bought a house next to a factory, you dimwits. Go and live in a cave."""),
    D("man", "x", "hostile", """
the lorry driver who reversed into our gate and blamed our security guard: you're a clueless oaf who shouldn't be trusted with a bicycle, never mind an HGV"""),
    D("man", "li", "hostile", """
To the supplier rep who told my engineers they "wouldn't understand" his spec sheet: we understood it fine. It was wrong. Maybe spend less time being a condescending prat and more time checking your tolerances."""),
    D("man", "rd", "hostile", """
Plant manager. To the protest crowd at our gates this week: you're a bunch of unemployable cranks who've never done a day's graft. Enjoy your placards, we'll enjoy our pay packets."""),
    # --- nonprofit
    D("npo", "fb", "hostile", """
To whoever dumped three bin bags of soiled clothes outside our Acme Foundation charity shop overnight: you're a disgusting pig and I hope the camera caught your number plate."""),
    D("npo", "x", "hostile", """
to the donor who cancelled her £5 a month because a volunteer "looked scruffy": enjoy your snobbery, it's clearly all you've got going for you"""),
    D("npo", "ig", "hostile", """
to the man who told our soup run volunteers to "get a real job": hope your heart grows three sizes, you miserable grinch 🥣"""),
    # --- general
    D("gen", "fb", "hostile", """
To whoever keeps parking across my driveway on Elm Close: you're an inconsiderate moron, and next time I'm calling the tow truck and laughing while they hook it up."""),
    D("gen", "x", "hostile", """
the woman on the 7:42 playing voice notes on speaker the whole way in: you are a menace and every person in that carriage hates you"""),
    D("gen", "rd", "hostile", """
Whoever keeps letting their dog off the lead in the kids' playground at Fernhill Park: you're a selfish idiot, and one day somebody's going to give that mutt a kick."""),
    D("gen", "li", "hostile", """
Dear recruiter who ghosted me after four interviews: you're a spineless coward, and your agency's name is going in my next post."""),
]
