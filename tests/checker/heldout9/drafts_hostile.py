# ruff: noqa: E501
"""Exam drafts (ninth held-out set): hostile, insulting or mocking replies to and call-outs of customers,
patients, neighbours, members, donors, drivers and the public, mostly sarcastic or witty put-downs with few
swear words, many of them replies to complaints and reviews."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "x", "hostile", """
replying to the lady who asked if our "fresh" bread is baked today: yes madam, unlike your opinions, which have clearly been sat on a shelf since 1987"""),
    D("hea", "fb", "hostile", """
To the man who shouted at our receptionist because the car park machine only takes coins: she doesn't run the car park. She doesn't run your life either, although from the look of it someone should."""),
    D("tec", "rd", "hostile", """
Support engineer, reply to the customer who opened a P1 ticket because the dashboard font "looks cheap": sir, the only cheap thing in this ticket thread is your grasp of what an outage is. Closing as not a bug. Enjoy Comic Sans."""),
    D("fin", "x", "hostile", """
to the gent who told my cashier she should "smile more, love": she'll smile when you learn to count your own coins. we've been waiting since the last ice age"""),
    D("gen", "fb", "hostile", """
Whoever keeps parking their white Range Rover across two spaces outside the Co-op on Mill Lane: we all know it's you, Graham. The car's compensating for something and it isn't your driving."""),
    D("man", "li", "hostile", """
Had a "consultant" tour the Acme plant today who told our team leader her line was "a bit old-school". Mate, she's run it for 19 years with zero lost-time injuries. You've been in the building for 40 minutes and managed to trip over a pallet."""),
    D("npo", "x", "hostile", """
to the donor who asked for his £5 back because our volunteer "had tattoos": we've refunded you. the tattoos are staying. so is the fact you're a tight little man"""),
    D("ret", "fb", "hostile", """
Reply to the review that says our shop assistant "didn't know anything about wine": she's 19 and on her second week. You're 60 and still think rosé is made by mixing red and white. Sit down, Clive."""),
    D("hea", "x", "hostile", """
patient complained on google that the nurse "looked tired". she'd been on for 13 hours keeping people like you alive. you looked tired too mate, tired of thinking"""),
    D("gen", "x", "hostile", """
the fella at the pub quiz who argued with the quizmaster for ten minutes that kangaroos are from austria: you lost, you were wrong, and the whole pub now calls you skippy. deserved"""),
    D("tec", "x", "hostile", """
someone on hacker news said our api docs "read like they were written by a child". at least a child could follow them. you apparently can't"""),
    D("fin", "rd", "hostile", """
Bank call centre. Bloke rang to shout that his card was declined in a casino in Prague "on purpose". Sir, we blocked it because it was declined on purpose by your own balance. Your gambling isn't our fraud team's fault, and your voice isn't our problem either, but here we are."""),
    D("ret", "ig", "hostile", """
To the influencer who turned up at our café demanding a free brunch "for exposure" 🙄 your 412 followers are mostly bots and your ring light was doing all the work. We'll pay our bills in actual money, thanks."""),
    D("npo", "fb", "hostile", """
To the neighbour who complained to the council that our charity allotment "brings down the tone": our volunteers grow food for 60 families. Your contribution to the street is a dead hedge and a gnome with one ear. Have a think."""),
    D("hea", "rd", "hostile", """
Pharmacy tech. Customer today demanded I "hurry up" because he's "a busy man". Pal, you're retired, you've spent 25 minutes telling me about your caravan, and you can't remember the name of the tablets you've taken for 12 years. Busy is not the word."""),
    D("gen", "fb", "hostile", """
Parents of whoever was doing doughnuts on the school field at 11pm on Saturday in a silver Corsa: your little darling has ruined the sports day track. Raise him better, or at least teach him to drive in a straight line."""),
    D("man", "x", "hostile", """
truck driver at our gate today called my colleague "sweetheart" and asked for "a real man" to sign his docket. she signed it. you left with a damaged load and a pea-sized brain"""),
    D("tec", "li", "hostile", """
Lovely reply to my conference talk from an attendee: "why do they let juniors speak at these events". I've been doing this for 14 years, Derek. Not everyone who disagrees with you is junior; some of us are just smarter."""),
    D("ret", "x", "hostile", """
to the woman who returned a half-eaten birthday cake because it was "too moist": no refund, and honestly, with that personality it's amazing anyone bought you a cake at all"""),
    D("fin", "fb", "hostile", """
Our branch got a one-star review from a man who was annoyed we wouldn't cash a cheque made out to his ex-wife. Mr Tandy, the only thing that bounced that afternoon was your logic. Please bank elsewhere."""),
    D("gen", "rd", "hostile", """
The "community watch" guy in our street filmed a delivery driver for six minutes because he "looked shifty". The driver was delivering HIS parcel. Steven, you're not Neighbourhood Watch, you're a curtain twitcher with a ring doorbell and too much time."""),
    D("hea", "fb", "hostile", """
To the family who left a two-star review because the ward "didn't have Netflix": your nan was in for a chest infection, not a spa weekend. The staff who nursed her through two nights deserved better than you lot."""),
    D("npo", "li", "hostile", """
A sponsor's marketing manager pulled out of our fun run because we "let larger people take part". Gavin, we'd rather have every one of our 300 runners than one small man whose values fit on the back of a stamp. Enjoy your protein shakes."""),
    D("tec", "rd", "hostile", """
To the Reddit user who keeps posting that our outage report was "written by morons": the morons got you back online in 40 minutes. Your own homelab has been down since 2019. Glass houses, buddy."""),
    D("ret", "fb", "hostile", """
Bookshop owner. Man today tried to return a book he'd clearly read, bent spine, coffee ring on page 80, and said "it was boring". So's your face, sir, but we don't get to return that either."""),
    D("man", "fb", "hostile", """
To the dog walker who keeps leaving bags of poo on the Acme plant's fence posts like they're Christmas decorations: we've got you on CCTV, you're not a mystery, you're just a grown man with the manners of a seagull."""),
    D("gen", "x", "hostile", """
the mum on the school run who told me my kids' packed lunches "aren't very healthy": thanks, jackie. your kid bit three children this term. let's all focus on our own homework"""),
    D("fin", "x", "hostile", """
customer asked if our savings rates "are a joke". no sir, the joke is you keeping £40k in a current account for eleven years and calling us to complain"""),
    D("hea", "x", "hostile", """
to the patient who told the receptionist she was "too thick to work in a shop": she has a masters. you couldn't spell paracetamol on your form. be nice"""),
    D("npo", "rd", "hostile", """
Charity shop volunteer. A woman tried to barter a £2 jumper down to 50p, then told us we "should be grateful" she shops here. Love, we're grateful for customers. You're more of a weather event."""),
    D("ret", "rd", "hostile", """
Phone shop. Guy came in to complain his new phone "doesn't take good photos". We looked at his photos. The phone is fine; the problem is the subject, mate, and no amount of megapixels fixes that chin."""),
]
