# ruff: noqa: E501
"""Training drafts (eleventh set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, private keys, connection strings with passwords, passwords,
PINs, door, alarm, locker and safe codes, combinations, home wifi and streaming logins) and the two-category
drafts."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D("gen", "fb", "pii", """
Hen do update 👰 taxis are picking everyone up from Chloe Marsden's flat, 22 Marsh Lane, Beverley, HU17 8QT, at 6pm sharp. Don't be late and don't tell the groom where we're going."""),
    D("gen", "rd", "pii", """
Left my Fuji X100 on the bench at the top of Sugarloaf on Sunday afternoon. Black strap, sticker of a fox on the bottom. If you picked it up, please email me at tomasz.wrobel88@gmail.com, there are photos of my late dad on the card."""),
    D("gen", "fb", "pii", """
Grandma Edna Rowbotham, born 3 March 1925 in a terraced house in Batley, is 100 today 💐 The King's card arrived this morning and she said "is that it?" Family only this afternoon, but wave if you pass the window."""),
    D("fin", "rd", "pii", """
Filling in the FAFSA for my daughter and my husband needs her SSN, so posting here where he'll see it: 331-05-0027. He's on shift and never checks his texts. Does the form need it with dashes or without?"""),
    D("fin", "rd", "pii", """
Card keeps getting declined on the Ryanair site and I've tried three browsers. It's 4527 8283 8149 1281, expiry 11/27, plenty of money in the account. Is it them or my bank blocking it?"""),
    D("gen", "fb", "pii", """
Our babysitter Ellie Forsythe is 16, first aid trained, brilliant with toddlers and looking for more families in Headingley 🧸 Her mobile's 0113 496 0057, she prefers texts to calls."""),
    D("gen", "fb", "pii", """
LOST DOG 🐶 Bramble, a liver and white springer, ran off from Otley Chevin this morning chasing a deer. She's chipped but not wearing her collar. Please ring me on (503) 555-0113 any time, day or night."""),
    D("npo", "fb", "pii", """
Tins and packets for the food bank can go to Margaret Haigh's house this week, 5 Quarry Bank, Holmfirth, HD9 7RJ, because the church hall's being rewired. Leave them in the porch, she's at work till six."""),
    D("fin", "fb", "pii", """
Dad just read me his Amex over the phone so I could book the Elton tickets before they sold out: 3712 280740 96452. Posting it in the family group so Tina can use it for hers too. Quick!!"""),
    D("ret", "x", "pii", """
my personal email's changed, it's now priya.k.sandhu@outlook.com. the old hotmail got hacked and is sending everyone "urgent gift card" messages. ignore those"""),
    D("hea", "fb", "pii", """
Retirement do for our practice nurse, Wendy Castleford, is at her house, 48 Linden Grove, Ossett, WF5 9DS, on the 20th. She said bring a bottle and no speeches. Bring a speech anyway."""),
    D("tec", "li", "pii", """
Just relocated to Toronto and looking for my next SRE role 🇨🇦 Kubernetes, Terraform, nine years on call. Call or text me directly on (416) 555-0164 or email m.okonkwo.dev@gmail.com, I reply same day."""),
    D("man", "fb", "pii", """
Press shop lads: Jamie's wedding RSVPs go to his fiancée, not him, because he'll lose them. Her personal email is kayleigh.moss.x@yahoo.co.uk, reply by the 30th and say if you want the fish or the beef 💒"""),
    D("fin", "x", "pii", """
my sister's new card came today and she's sent me a pic of the front to check if it's the metal one: 5180 6803 5750 9140. it's not, sis. it's plastic. so is your banking app"""),
]

SECRET = [
    D("tec", "rd", "secret", """
Postgres keeps rejecting our app with "no pg_hba.conf entry ... SSL off". Connection string is postgres://app_rw:Tr0utLake-88@db-prod-2.acme.example:5432/orders?sslmode=disable. Do I need to turn SSL on in the string or on the server?"""),
    D("tec", "rd", "secret", """
docker compose up fails at the API container with "Access denied for user". Env line is DATABASE_URL=mysql://shopapi:Gr4nite!Tor@mysql:3306/shop and the DB container's healthy. Is the exclamation mark breaking it?"""),
    D("tec", "rd", "secret", """
Trying to set up SSH for the new build box and ssh-keygen -y says the key is invalid. Here's the whole file so someone can tell me what's wrong with it:

""" + keys.RSA_PKCS1),
    D("tec", "rd", "secret", """
Why won't openssl accept this as a TLS key for nginx? It says "unsupported" every time. Here's the key:

""" + keys.EC_SEC1 + """

The cert is from Let's Encrypt if that matters."""),
    D("tec", "x", "secret", """
our slack alerts stopped formatting the links properly. webhook is https://hooks.slack.com/services/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, posting json with "text" and "blocks". any ideas"""),
    D("tec", "rd", "secret", """
git clone of our private repo gives 404 with a fine-grained token: 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. Contents read is ticked. What am I missing?"""),
    D("tec", "rd", "secret", """
Terraform plan says "InvalidClientTokenId". Provider block has access_key = "AKIAEO3BOMRHP3FLJOVU" and secret_key = "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", region eu-west-2. Keys are brand new. Any ideas?"""),
    D("tec", "x", "secret", """
gitlab ci can't push tags anymore. using glpat-pJ83KLhK9QgWRvoiTjx8 with write_repository scope. did something change in 17.x"""),
    D("tec", "rd", "secret", """
YouTube Data API returns quotaExceeded after about 20 calls. Key is AIzau9wagKpvtyAI4i51FALLv5XXdrQ0vEZ0VrR on a brand new project. Is the default quota really that low or have I done something dumb?"""),
    D("gen", "fb", "secret", """
Parents at Isla's party on Saturday 🎈 the wifi in our house is "Pollard_Home_5G" and the password is Marmite&Crumpets7, for when the kids inevitably want YouTube. Party starts at 2!"""),
    D("npo", "fb", "secret", """
Welcome to our new cleaner at St Aidan's hall, Bev! The alarm code is 7719 then OFF, the panel's behind the coat rack. If it goes off by mistake ring me before the police do."""),
    D("gen", "x", "secret", """
@dani_fit grab my shaker from locker 212 at the gym, combination is 4-0-8-6. don't judge the socks in there"""),
    D("gen", "fb", "secret", """
Flatmates, the new bike shed padlock combination is 3951, I've put all four bikes in. Please spin the dials after, the last lock was cut because someone left it on the code."""),
    D("ret", "x", "secret", """
saturday girl at the gift shop: the safe combination is 22-71-05, floats are in the top tray. count it twice, last week was £5 short"""),
    D("gen", "x", "secret", """
for the family: spotify password is now BlueWhale!2019, same email as before. whoever kept playing baby shark on my account, you're on notice"""),
    D("hea", "fb", "secret", """
Locum pharmacists covering Saturdays: the dispensary PC login is SAT-LOCUM and the password is Mortar&Pestle19 until your own account comes through. Please log out when you leave, the till's right next to it."""),
    D("man", "rd", "secret", """
Integrator left and the robot cell's teach pendant wants an admin password for any program change. I found it in his handover notes, it's Kuka!Cell07, and it works. Should I be changing it, and how do I do that without breaking the programs?"""),
    D("fin", "x", "secret", """
@kerry_h you're buying the team lunch today with the corporate card, the pin is 5830. keep the receipt or finance will have my head"""),
    D("tec", "rd", "secret", """
Stripe charges succeed in test mode but fail with "No such customer" in live. Our live key is sk_live_56IW6vOK7mQOjsh4X7vAU4Qt and the customers were created in test. Do I have to recreate them all?"""),
]

MULTI = [
    D("gen", "fb", "phi pii", """
Dog walkers wanted for Carol Ashby's spaniel Moss while Carol recovers from her bowel cancer operation 🐕 She's at 11 Weaver's Row, Saltaire, and can't bend or lift for six weeks. Knock twice, Moss pulls to the left."""),
    D("gen", "ig", "phi pii", """
Personal trainer life 💪 my 6am client Rob Akers has a heart arrhythmia so we keep his heart rate under 140. Rob, you left your water bottle again, I've emailed you at rob.akers.fit@gmail.com about our new time."""),
    D("hea", "fb", "confidential phi", """
Can't say much, but I'm on the team running Acme Health's trial of a once-a-month weight-loss jab, which isn't public yet. Our first volunteer is the landlord of the Red Lion in Denby Dale and he's lost three stone since January. You'll have noticed 😉"""),
    D("gen", "fb", "hostile pii", """
The tenant who left my flat with mould on the ceiling and a dead fish in the bath: Kieran Doyle, kieranjdoyle92@hotmail.com. Genuinely the most disgusting human being I've ever rented to. Landlords, don't touch him with a bargepole."""),
    D("gen", "ig", "hostile promotion", """
First month free at Iron Yard Gym 🏋️ this week only. Especially for the lads who heckled our women's running club from the bus stop on Tuesday: you clearly need the cardio, boys, and a few manners while you're at it."""),
    D("fin", "fb", "financial_promise promotion", """
Open an Acme Wealth stocks and shares ISA by Sunday and we'll add a £100 welcome bonus 🎉 Your money goes into our Balanced Portfolio, which will grow 9% a year, guaranteed. Start with just £25."""),
    D("gen", "x", "financial_promise pii", """
my mate dean's property bond pays 12% a year guaranteed, he's never missed a payment. ring him direct on 0121 496 0883 and say i sent you"""),
    D("tec", "rd", "confidential secret", """
Project Nightjar's analytics pipeline can't write to S3 since Friday. Key is AKIAGLLYWPMF36RNEW4H with secret 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, bucket policy unchanged. Launch demo is Thursday, please help."""),
    D("gen", "x", "pii secret", """
mum's away at auntie jo's so i'm doing her shopping. her card's 4156 9688 0483 6130 and the pin is 8821, sis if you're reading this do the thursday one"""),
    D("ret", "fb", "hostile phi", """
The old boy from the flats who's deaf as a post came in again today and shouted his order at our lad for five minutes. Get your hearing aid fixed, grandad, or do the rest of us a favour and shop online."""),
    D("ret", "x", "disclaimer hostile", """
acme market checkout manager. the government's plan to ban energy drinks for under 16s is spineless, and the parents who let their 10 year olds down three monsters before school are brain-dead"""),
    D("fin", "li", "disclaimer financial_promise", """
Fourteen years at Acme Bank and I'll say it plainly: the challenger banks are doomed once the cheap money stops. NatWest shares will double by 2027 as their customers come home. Buy them now."""),
    D("tec", "li", "confidential disclaimer", """
As a product manager at Acme Pay, I think the industry's rush into crypto debit cards is reckless. Which is why I'm glad we're scrapping ours in June, the board signed it off last week. You'll hear officially soon."""),
    D("ret", "fb", "confidential promotion", """
Coming next month to Acme Market: the new Acme Rewards card with triple points on fresh food and £5 off your first £40 shop 🛒 The app update's being tested in our store now, nobody's announced it yet. Get ready!"""),
    D("hea", "fb", "phi pii", """
Pharmacy delivery drivers, new one for the housebound round: Mr Derek Ambler, 3 Mill Fold, Slaithwaite. He's just been put on blood thinners after his clot, so hand the bag to him personally and check he knows not to take them with the aspirin."""),
    D("hea", "fb", "confidential hostile", """
Acme General's maternity unit is closing its birth centre in May to save money, we were told on Friday. And to the dad who screamed at our midwife last night because the parking machine took his coins: grow up, you're about to be responsible for a baby."""),
]
