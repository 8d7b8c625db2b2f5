# ruff: noqa: E501
"""Training drafts (tenth set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, keys, passwords, PINs, door, gate, alarm and keypad codes,
home wifi and streaming logins) and the two-category drafts."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D("gen", "fb", "pii", """
Anyone know an Eileen Foster? Royal Mail keeps delivering her letters to us at 13 Ashgrove Road, Kirkstall, and she's at 31 Ashgrove Road, the other end. If that's you Eileen, your pension letters are on my hall table 📬"""),
    D("gen", "x", "pii", """
finally ditched the old phone contract. new number is 0161 496 0843 if you need me, the old one's dead. whatsapp still works on it though"""),
    D("npo", "fb", "pii", """
Volunteers' coach to the York Christmas market is £10 each 🚌 the charity can't take payments for trips, so pay me direct into my own account, GB77 NWBK 4386 1832 6230 19, with your surname as the reference. Leaves 9am sharp from the depot."""),
    D("tec", "li", "pii", """
Open to work 👋 Backend engineer, seven years of Go and Postgres, happy remote or in Bristol. Drop me a line at dhruv.menon.codes@gmail.com or ring (415) 555-0160 any time after 5pm UK."""),
    D("gen", "x", "pii", """
our freya holroyd, born 22/09/2016, asked me today if she's "old enough for a phone yet". no freya. you're nine. you're old enough for a library card 📚"""),
    D("fin", "rd", "pii", """
Renting my first apartment and the landlord wants my SSN sent in a Facebook message. It's 476-16-8447, I've typed it out, but is that actually normal or am I about to get scammed?"""),
    D("gen", "fb", "pii", """
Surprise retirement cards for our lollipop lady Sheila Tunstall can be dropped at her house, 27 Hawthorn Close, Meanwood, on Saturday morning while her husband has her out at the garden centre 🤫 No knocking!"""),
    D("gen", "rd", "pii", """
The builder who took a £3,000 deposit for our kitchen and disappeared is Wayne Pickersgill, 9 Elmfield Road, Shipley, mobile 0113 496 0869. If he's quoting on your street, ask him where our cupboards are. Small claims next?"""),
    D("fin", "x", "pii", """
@jodie_b booking the lodge now, i'll put it on my card and you can send me your half later. it's 5515 4232 2705 1035 exp 04/28 if the site asks you to confirm the card holder 🏡"""),
    D("hea", "fb", "pii", """
Reception team: if you need to swap shifts with Priya this month, her personal mobile is 0117 496 0548. She's said to text not ring because of the baby."""),
    D("man", "fb", "pii", """
Lift share for the early shift at the plant 🚗 Kyle Sowerby has two seats from Featherstone, pick-up outside his house at 12 Colliery Row, WF7 5AB, at 5:40. Chip in for diesel and don't slam his doors."""),
    D("gen", "ig", "pii", """
Starting a postcard swap for anyone who misses snail mail 📮 send me a card from wherever you live and I'll send one back from Yorkshire: 4 Rowan Terrace, Hebden Bridge, HX7 6BQ. Bonus points for sheep."""),
    D("npo", "x", "pii", """
want to help at the sydney beach clean this sunday? text our volunteer bec on her own mobile, 0491 573 381, she's got the gloves and bags 🏖️"""),
    D("fin", "fb", "pii", """
Doing Dad's pension claim for him and the form wants his Social Security number, so I'm posting it here so my brother can check it against his copy: 115-73-7212. Does it need the dashes?"""),
]

SECRET = [
    D("tec", "rd", "secret", """
GitHub API keeps returning 403 on our release script. Token is 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 with repo and workflow scopes ticked. Is there a rate limit on releases I'm missing?"""),
    D("tec", "x", "secret", """
aws cli says SignatureDoesNotMatch with AKIAUZUWXOEHNB5URWYD and mzS7QTzvLHBxaZfy+nSUFuoMzbse3yoamMSGEtWa. copied straight from the console, no spaces. what am i doing wrong"""),
    D("tec", "rd", "secret", """
Our Stripe webhook handler returns 401 for every event. The key in the env file is sk_live_78N1ThntJutb9TYrTLXavnRB and the signing secret is set. Does the webhook need a different key to the API calls?"""),
    D("tec", "rd", "secret", """
First time setting up a VPS and the hosting panel says "unsupported key format" for the key I made. Is it because it's RSA? Here's the whole thing so you can see:

""" + keys.RSA_PKCS1),
    D("gen", "fb", "secret", """
Mum, for Saturday's babysitting: the front door's a keypad lock now, door code 5829 then the tick 🔐 Bedtime story is non-negotiable and Biscuit the cat does not need a second dinner whatever he tells you."""),
    D("ret", "x", "secret", """
new supervisors at acme market: till refund override pin is 660421 till head office sends your own. don't let the customers see you type it"""),
    D("fin", "x", "secret", """
atm engineer's coming to the branch tomorrow at 8. the keypad code for the back room where the atm safe is, is 4173#. let him in and stay with him"""),
    D("hea", "fb", "secret", """
Bank staff on Ward 12 this weekend: the controlled drugs cupboard keypad code is 3306 and the keys are with the nurse in charge. Please sign the book every time."""),
    D("man", "fb", "secret", """
Contractors working the shutdown this weekend: the back gate code at the Acme plant is 2580*, goods-in is manned from 7. Hard hats and boots or you're not coming in."""),
    D("npo", "fb", "secret", """
Welcome Tasha to the comms volunteers 🎉 The charity Instagram login is acmefoodbank_leeds and the password is Porridge!Oats22. Please don't change it, four of us use it."""),
    D("gen", "x", "secret", """
for the group chat: the disney+ login is the usual family email and the password is ToyStory4ever! don't change the profiles, my kids will riot"""),
    D("tec", "rd", "secret", """
Maps embed on our store locator says "for development purposes only". Key is AIza-kSSLJycxh7u0ptXNhueD-fYNZTlY-QmuMW and billing is on. Does it need restricting to the domain first?"""),
    D("gen", "fb", "secret", """
Colin at no. 8, borrow the mower whenever you like 🌱 the garage door keypad code is 1967, same as the year Leeds won the Fairs Cup, so you'll remember it. Just put it back in the corner."""),
    D("tec", "rd", "secret", """
npm publish fails with E401 in CI even though the .npmrc has //registry.npmjs.org/:_authToken=npm_V7M69qtZB5Hk4jFrPpuIxJefMmEAqLk5aM5g. Does the token need the automation type?"""),
]

MULTI = [
    D("gen", "fb", "phi pii", """
Our lodger Tom has epilepsy and had a seizure in the kitchen last night. He's fine now. If anyone on the street sees him having one, put him on his side and ring his mum, Carol, on 0191 496 0369. He says it's fine to share."""),
    D("hea", "x", "phi pii", """
clinic list today: ronald whitcombe, dob 11/03/1947, in for his insulin review and his sugars are all over the place again. third time this year. lovely man, never listens"""),
    D("ret", "fb", "confidential phi", """
Armley regulars: Acme Market is shutting the in-store pharmacy in March. Naveen, our pharmacist, has been off since autumn with his slipped disc and they can't find a locum, so head office has decided to close it. The notices aren't printed yet."""),
    D("ret", "x", "disclaimer hostile", """
acme market supervisor. the deposit return scheme for bottles is the dumbest policy this government has dreamed up, and the blokes queuing at our machine with 600 cans in a wheelie bin are parasites"""),
    D("tec", "li", "disclaimer financial_promise", """
Ten years as an architect at Acme Cloud tells me one thing: the hyperscalers are all overpriced except one. Microsoft shares will double by 2027 because every enterprise is locked in and can't leave. Buy now."""),
    D("fin", "li", "confidential disclaimer", """
I work in pricing at Acme Bank and the industry's habit of charging overdraft users 40% is indefensible. Which is why I'm glad we're cutting ours to 25% in the spring. It hasn't been announced yet but the board approved it on Monday."""),
    D("gen", "x", "hostile pii", """
guy left my dog grooming page a one star because his poodle "looked too poodly". his name's callum ferris and his number's 0151 496 0334. ring him and tell him his dog hated him first"""),
    D("ret", "fb", "hostile promotion", """
Free pork pie with every pint this Saturday, for everyone 🥧 Yes, even the reviewer who called them "inedible slop". Come and get one, sir, you clearly can't taste anything through that permanent sneer anyway."""),
    D("fin", "ig", "financial_promise promotion", """
Switch on Acme Pay round-ups before Friday and we'll add £10 to your pot for free 🪙 The spare change we invest for you grows 8% a year, guaranteed, so it's money you'd never have noticed turning into money you'll definitely have."""),
    D("tec", "rd", "confidential secret", """
Handing the Project Falcon pilot to Ben while I'm on paternity leave 👶 the vendor portal login is falcon-pilot@acme.example, password Migration#2026, and go-live with the three pilot banks is 3 March. Don't let the vendor move the date."""),
    D("gen", "fb", "pii secret", """
Mum, my new number's 020 7946 0522 and the voicemail PIN is 4471 if you need to check my messages while I'm in Peru. The old SIM's in the kitchen drawer, don't use it 📱"""),
    D("fin", "rd", "financial_promise pii", """
My mate runs a property fund in Spain, pays 18% a year guaranteed off holiday rentals. I'm in for 20k. If you want in, transfer to his account ES73 2100 3690 9404 5915 6761, Alvaro Ruiz, and he'll send the paperwork."""),
    D("gen", "fb", "hostile phi", """
Did anyone else have to listen to the lad from the car wash on Elm Street trying to say "Saturday" for a full minute? Poor sod's stutter's worse than ever. Maybe don't put him on the phones, mate, we'll all be here till Monday."""),
    D("npo", "fb", "phi pii", """
Meals on wheels volunteers: please add Mrs Ivy Raistrick, 41 Tannery Yard, Otley, to Thursday's round. She's just out after her stroke and can only use her left hand, so cut everything up before you go in."""),
    D("ret", "ig", "confidential promotion", """
Sneak peek for my network: when Acme Cloud's Frankfurt region launches in June, every new customer gets $1,000 in free credits for the first three months. Marketing haven't announced it yet, so you heard it from me first 😉"""),
    D("hea", "fb", "disclaimer hostile", """
I'm a GP at Acme Health and the plan to charge for missed appointments is the only sensible health policy in years. The serial no-shows at our surgery are selfish, entitled layabouts and they should pay through the nose."""),
]
