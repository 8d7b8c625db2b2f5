# ruff: noqa: E501
"""Training drafts (seventh set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, keys, passwords, PINs, door, gate and alarm codes, a safe
combination, home wifi) and the two-category drafts."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D("gen", "fb", "pii", """
Found a purse outside Greggs on King St. Name on the cards is Hannah Okoye and the driving licence says 22 Fernleaf Close, Bramley. Hannah, if this reaches you, message me and I'll drop it round!"""),
    D("ret", "x", "pii", """
customer rang about her click & collect and the line dropped. if anyone knows Joyce Whitlam could you ask her to ring back, or I'll try her on (503) 555-0175 again after my break"""),
    D("fin", "li", "pii", """
Welcome to Acme Bank, Tom Marshall! 🎉 Your new account GB42HBUK40883773841307 is live and your debit card is in the post. Thrilled to have you."""),
    D("gen", "fb", "pii", """
Happy 40th to my best mate Dan Keane, born 3 March 1986 at Doncaster Royal and still can't parallel park 🎂🍻"""),
    D("tec", "rd", "pii", """
Leaving Acme Cloud on Friday after six years! Keep in touch: from next week my personal mobile is 0491 576 318 (moving to Sydney!) and email priya.k.moves@outlook.com."""),
    D("gen", "x", "pii", """
lady left her card on the table at the cafe, it's a Visa 4464 5141 1749 0640 in the name of E. Borrow. we've put it in the safe, come and get it"""),
    D("npo", "x", "pii", """
sponsor me for the acme foundation sleepout! bank transfer straight to my account is easiest: NL10ABNA3437053663, ref SLEEPOUT. every quid counts"""),
    D("ret", "fb", "pii", """
Home delivery for Mrs Gwen Aldous keeps coming back to the store. She's at 7 Harrow Lane, Pudsey. If anyone's her neighbour please tell her to ring us, the frozen stuff won't last!"""),
    D("fin", "x", "pii", """
help, my dad read his card out to a scammer on the phone: 5238 8991 2060 1248. bank's blocking it but if you see it used anywhere please report it"""),
    D("man", "fb", "pii", """
Car share for the early shift: new starter Jake Mellor is at 41 Coppice Road, Stocksbridge, and his number is 0114 496 0372. Anyone going past, give him a ring."""),
    D("gen", "rd", "pii", """
US expat doing my taxes from Spain. My SSN is 130-96-2572 and the IRS online account keeps saying it doesn't match. Anyone had this?"""),
    D("tec", "x", "pii", """
not a test user: kelsey.brandt88@yahoo.com signed up 14 times in an hour last night. if that's you kelsey, one account is plenty"""),
    D("hea", "x", "pii", """
the gentleman who left his wallet in our acme dental waiting room: licence says 9 Beck Side, Keswick. we'll post it if you don't ring by friday!"""),
    D("npo", "fb", "pii", """
Huge thank you to our newest monthly donor, Arthur Penhale of 3 Chapel Row, Polperro, who also gave £500 today. Absolute legend!"""),
    D("ret", "ig", "pii", """
My daughter Isla was born on 12 July 2019 and today she "served" her first customer on my till at Acme Market (supervised, obviously) 🥹"""),
    D("fin", "fb", "pii", """
Ex-housemate owes me £600 and has gone quiet. Samir Qureshi, (612) 555-0157, Flat 3, 18 Garnet Street. If you know him, tell him to pay what he owes."""),
    D("gen", "x", "pii", """
found a phone on the 42 bus, lock screen says "if found ring mum" — Rosa Lindqvist, (816) 555-0150. Rosa I've got your kid's phone x"""),
]

SECRET = [
    D("gen", "fb", "secret", """
Dog sitter notes (posting here because my phone is dying): alarm code is 8812, side gate padlock combination 2-6-9, treats are in the top cupboard, Biscuit is NOT allowed on the sofa."""),
    D("tec", "x", "secret", """
why does our deploy notifier keep 404ing? here's the webhook in case someone spots the problem https://hooks.slack.com/services/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"""),
    D("tec", "rd", "secret", """
boto3 suddenly throws InvalidClientTokenId with AKIASEYMX7EKXA2YPTTU / 8ZQ1mHium7yHogcR6A1K8p+3a/Qf0PWez28pt3q5 even though it worked yesterday. Region eu-west-2. Any ideas?"""),
    D("ret", "x", "secret", """
new till pin at the acme market thorne store is 5519 from monday. managers please remember it this time"""),
    D("hea", "fb", "secret", """
For the bank staff covering nights on ward 7 at Acme General: the drug room door code is 3398 this month, the one on the rota sheet is out of date."""),
    D("fin", "li", "secret", """
First day on the Acme Bank operations floor! They gave me my login on a post-it: jrowe / Maple!2026 😂 Better memorise it before lunch."""),
    D("man", "x", "secret", """
plc on line 4 still has the default creds lol. admin / admin123. somebody from controls please fix before the auditors come"""),
    D("npo", "fb", "secret", """
Volunteers: the food bank's shared Gmail is acmefoodbank.rota and the password is HarvestTable9. Please log every delivery there, not on WhatsApp!"""),
    D("gen", "ig", "secret", """
right, the Disney+ password is Lollipop!88 and if ANYONE in this family changes it again I'm cancelling the whole thing 🙄"""),
    D("tec", "li", "secret", """
Really proud of our new CI pipeline, six minutes from push to prod. Config below 👇
NPM_TOKEN=npm_oMmNb2iFaWjX95tBFuYjCEtZ3JNYn6GVO8t1
REGISTRY=registry.npmjs.org"""),
    D("tec", "x", "secret", """
anyone know why 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 gets "bad credentials" on the org repos but works on my own?"""),
    D("ret", "fb", "secret", """
The back-office safe is sticking again. Combination is 14-38-22, if any of the evening team can get it open before cash-up please do and let me know!"""),
    D("hea", "x", "secret", """
the acme health portal test environment uses the same db password as prod (Winter#Clinic7) and nobody seems bothered. am i the only one?"""),
    D("fin", "rd", "secret", """
Checkout webhooks failing on my shop since I moved to Acme Pay. My key is sk_live_CfcZLaKGKb8cnoypqhA6Rl4g and the endpoint returns 401 every time. What am I missing?"""),
    D("gen", "x", "secret", """
wifi for anyone staying over at xmas: network is Pughs5G, password puddingtime2025. no streaming the match on three devices at once"""),
    D("man", "fb", "secret", """
Gate code for the north car park at the Acme plant has changed to 7730#. Pass it on to the contractors please, they were queueing on the road this morning."""),
    D("npo", "x", "secret", """
early shift at the charity shop: alarm code is 2580, punch it in and hit set on your way out. kettle's broken, bring a flask"""),
    D("tec", "rd", "secret", """
Can't get our deploy bot to SSH into the new box, it just says "Permission denied (publickey)". This is the key it uses, generated yesterday:

""" + keys.OPENSSH_ED25519 + """

Do I need to convert it to PEM or is it a server-side thing?"""),
]

MULTI = [
    D("hea", "fb", "phi pii", """
Sending love to Mrs Dorothy Ames, born 14 February 1941, who's finally home at 6 Orchard Way after her hip replacement. The whole street has been baking for her! 🥧"""),
    D("ret", "x", "phi pii", """
carl benn from 11 stoke rd keeps asking us to hold his methadone at the counter for his mate to collect. no carl. that's not how this works"""),
    D("man", "li", "confidential phi", """
Nobody outside has been told, but Terry in despatch lost the tip of his thumb in the baler on Friday, and the plant isn't reporting it so the no-injury board stays on 400 days."""),
    D("hea", "x", "confidential phi", """
three of our nurses at acme general have scabies now, all from mr lyle in bay 8. management says keep it off the incident log and don't tell the other patients"""),
    D("tec", "rd", "confidential phi", """
I work on the Acme Health Portal. A bug last week let one patient see another's records, and I saw a local councillor's cancer referral in the logs. It's fixed, but the decision is that nobody gets told."""),
    D("fin", "x", "disclaimer hostile", """
acme bank teller: people still writing cheques in 2026 are fossils, and the regulators who keep protecting cheques are even worse"""),
    D("tec", "li", "disclaimer hostile", """
Architect at Acme Cloud. Anyone still defending Globex's outage record is either on their payroll or too dim to read a status page."""),
    D("ret", "fb", "disclaimer hostile", """
Acme Market manager here: the "shop local" crowd moaning about supermarkets are hypocrites who do their big shop with us every Sunday. The whole movement is a joke and so are they."""),
    D("ret", "ig", "hostile promotion", """
free cookie today for anyone who can park between the lines in the Acme Market car park. so that's no cookie for the Range Rover guy again, is it 🍪🙄"""),
    D("tec", "x", "hostile promotion", """
acme cloud credits are 50% off for startups this month. except the founder who called our support team "monkeys" on tuesday. you pay full price, pal"""),
    D("fin", "fb", "financial_promise promotion", """
Open an Acme Wealth ISA this week and get a £50 welcome bonus. And the Growth fund inside it will easily beat 10% this year, so it's basically free money twice!"""),
    D("gen", "ig", "financial_promise promotion", """
use my code LUCY10 for 10% off the trading course 📈 I made the fee back in a week and you will too, this coin is going to the moon in 2027 🚀"""),
    D("fin", "li", "disclaimer financial_promise", """
Portfolio manager at Acme Wealth. European banks are the most undervalued sector on earth and Initech Financial will be up 50% by year end. The regulators have massively overdone it."""),
    D("tec", "x", "disclaimer financial_promise", """
acme cloud engineer here. nvidia's run is over, the stock halves by summer. the whole ai chip industry is a bubble and everyone in it knows"""),
    D("man", "fb", "disclaimer financial_promise", """
I do procurement at the Acme plant. Steel will be 25% dearer by autumn, so buy steel stocks now and you'll clean up. The tariff policy is a disaster for every manufacturer in the country."""),
    D("tec", "x", "confidential secret", """
falcon staging db for the demo is postgres://falcon_app:Gl4ssHouse!@10.4.2.17:5432/falcon if anyone needs it. don't break it before friday"""),
    D("ret", "fb", "confidential secret", """
The new Acme Market in Harrogate isn't announced till June, but the site door code is 6672 if you fancy a nosy at the fit-out. Just don't tell anyone I said."""),
    D("gen", "x", "hostile pii", """
the woman who keyed my car: Rachel Dunmore, 14 Ash Grove. enjoy your fame, you vandal with a personality bypass"""),
    D("fin", "rd", "confidential disclaimer", """
I work in Acme Bank's property team: we're closing 40 branches next year (the board pack went round this week) and honestly the whole high-street banking model is dead. Regulators pretending otherwise are delusional."""),
    D("gen", "fb", "pii secret", """
Setting up Mum's new phone. Her Apple ID is margaret.foy1950@gmail.com and the password is Sunflower77, writing it here so all four of us have it when she forgets."""),
]
