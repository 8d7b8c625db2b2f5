# ruff: noqa: E501
"""Training drafts (twelfth set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, private keys, connection strings with passwords, passwords,
PINs, keypad, padlock and panel codes, home and gaming logins) and the two-category drafts."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D(
        "tec",
        "fb",
        "pii",
        """
Office Secret Santa 🎅 as I'm the one working from home this year, post your presents to me: Flat 3, 27 Ropewalk Road, Lancaster, LA1 1TH. Budget £10, no candles, I have 40 candles.""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Selling my 2016 Corsa, 61k miles, full service history, one careful owner and one careless parking sensor. £4,200. Text me on 0117 496 0718, no time wasters, I will know.""",
    ),
    D(
        "gen",
        "ig",
        "pii",
        """
Our exchange student Lucía flies home to Valencia on Sunday 😭 if you want to send her a card, her host family's address for the rest of the week is the Hendersons, 8 Pine Crescent, Stirling, FK8 2QB.""",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
The rental application portal keeps rejecting my SSN and I'm about to lose this apartment. It's 196-30-3217, I've checked it against the card five times. Is there some format thing I'm missing?""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Flat 4 group, rent's due on the 1st and this time let's do it properly: send your £525 share to my account, GB77 NWBK 4529 7873 0340 59, reference your room number. I'll pay the landlord in one go.""",
    ),
    D(
        "npo",
        "x",
        "pii",
        """
paid for the whole u14 kit order on my card so the treasurer can reconcile it: 5400 9779 7358 7540, £812.40 on the 3rd. sandra you can stop emailing me now""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Welcome to Ashgrove Avenue, Nikhil and Priya! 🏡 For anyone adding them to the street WhatsApp, Nikhil's personal email is nikhil.varma.home@gmail.com and he's asked for the bin day reminders too.""",
    ),
    D(
        "npo",
        "fb",
        "pii",
        """
Brownies trip to the Deep on Saturday. Parents, the coach company needs one more name on the list: Isla Pearson, DOB 09/11/2015. Isla's mum, please check I've got that right, the form was smudged.""",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
Moving to Berlin and my new landlord wants the deposit by Friday. He sent his personal account, DE42 5001 0517 7243 7909 50, under the name Jürgen Falk. Does that look like a normal German IBAN or should I worry?""",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
it's auntie marj's 80th in toronto today and she'd love calls from the uk side of the family. her home number's (416) 555-0112, she's up from 7 their time""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
To whoever's sorting the bond return for 12 Lyall Street: our old housemate Bec's new mobile is 0491 571 161, she's back in Perth and needs her share of the deposit. Ring her, don't text, she never reads them.""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Free cot and mattress, good condition, my youngest has outgrown it 👶 Collect from my house, 9 Tanner's Yard, Frome, BA11 1PQ, any evening after 6. It comes apart with an allen key, bring one.""",
    ),
    D(
        "hea",
        "fb",
        "pii",
        """
Paying Nan's care home top-up this month with Mum's card since her account's being sorted: 6011 3113 2504 5677, exp 08/28. Uncle Pete, that's for you, do the £340 before Friday.""",
    ),
    D(
        "ret",
        "fb",
        "pii",
        """
Posting in the staff group for Dawn who does the payroll: our new bakery assistant Dana Whitley's social is 542-45-0153, please get her set up before Friday so she's paid this month.""",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
Hotel in Lisbon charged my Amex twice for the same night. Card is 3445 263859 55264, both charges €189 on the 12th. The hotel says it's my bank, the bank says it's the hotel. Who do I shout at?""",
    ),
]

SECRET = [
    D(
        "tec",
        "rd",
        "secret",
        """
npm publish keeps failing with a 403 from CI and I can't work out why. Here's the .npmrc we commit:

//registry.npmjs.org/:_authToken=npm_Mh1YJQNKxdQbd66LjfWT5CMrubUncyl3oFRl

Is the token scope wrong?""",
    ),
    D(
        "tec",
        "x",
        "secret",
        """
our standup bot stopped posting after the workspace move. bot token is xoxb-988665450250-0763512490714-2u7i31DuQGHVktjQe4IStA1Z, does it need reinstalling or just new scopes?""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Made a small Flask app for my kid's school fair and pushed it to GitHub to share the code. Token I used for the CI badge is 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, does that need to be in the repo for the badge to work?""",
    ),
    D(
        "ret",
        "rd",
        "secret",
        """
The map on our shop's "find us" page shows "for development purposes only". Key is AIzaLxc5DfCV5_kHxPM1dmOClAkFoMD8sAADJlM in the script tag. Do I need billing on for the Maps JavaScript API?""",
    ),
    D(
        "ret",
        "x",
        "secret",
        """
woocommerce won't take payments since the plugin update. stripe key in settings is sk_live_wm715mZcT2WjNuV9mY6DeGKF, do i need a new one or is it the webhook""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Atlas connection keeps timing out from our Lambda. This is the string:

mongodb+srv://orders_app:Tangerine!Dusk72@cluster0.acme-orders.mongodb.net/prod

Do I need to allow the Lambda's IP or is something else wrong?""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Dog walker Sarah, for next week: the garage keypad code is 7719 then the tick button, leads are on the hook and Pepper's harness goes on before the door opens or she's gone.""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Plot holders: the new key safe on the allotment shed is fixed to the water butt end. Code is 0412. Put the key back, last time it spent a week in Barry's coat.""",
    ),
    D(
        "gen",
        "x",
        "secret",
        """
sailing club, the combination for the padlock on the rescue boat trailer is 3-8-1-5 now. don't write it on the trailer again geoff""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
My nephew keeps asking to go on my Xbox when I'm at work so here it is, Jake: sign in with the gamertag BigDaveFish, password Wrexham1987!, and NO buying anything with my card.""",
    ),
    D(
        "fin",
        "fb",
        "secret",
        """
PTA treasurer handover 📎 the school fund's online banking login is customer number 40291773, passcode 55821 and the memorable word is "hedgehog". Mel, change them when you're in.""",
    ),
    D(
        "man",
        "li",
        "secret",
        """
Welcome to our new visitors at the Acme plant for the supplier day! The visitor wifi is AcmeVisitors and the password is Gearbox#Day24. Coffee's in the atrium.""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Fire warden note for the Mill Lofts residents: if the fire panel beeps after a false alarm, the override code is 2580 then enter. Please don't ring the warden at 3am for the beeping, just use the code.""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Trying to get HTTPS working on my Raspberry Pi home server and nginx says the key doesn't match the certificate. Here's the key it generated, is the format right?

"""
        + keys.EC_SEC1,
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Terraform plan fails with "InvalidClientTokenId". My provider block has access_key = "AKIAZKK7IVAUC6DC7ALO" and secret_key = "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". Region is eu-west-2. What am I missing?""",
    ),
    D(
        "tec",
        "x",
        "secret",
        """
my personal slack token xoxp-038185583362-914026604906-7362515864622-3a834b520607b231edcaac80c0115f88 stopped working with the status-updater script, does anyone know if they expire now""",
    ),
    D(
        "npo",
        "fb",
        "secret",
        """
Church hall bookings: the hall's online calendar login is bookings@stmarysdenby.org.uk with password Hymnal!2024, for the four of us on the rota. Please don't change it without telling me.""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Java app can't read the signing key after I converted it. Pasting the PKCS#8 file so someone can tell me if it's broken:

"""
        + keys.PKCS8_EC,
    ),
    D(
        "hea",
        "fb",
        "secret",
        """
Radiology night team at Acme Medical Center: if the CT scanner freezes on the calibration screen again, the service mode login is engineer / Gantry2291. Reboot from there and log it for the vendor in the morning.""",
    ),
]

MULTI = [
    D(
        "gen",
        "fb",
        "phi pii",
        """
Lifts needed 🚗 Joyce Hibbert from the Tuesday craft group starts chemo for her breast cancer next week and can't drive after. She's at 4 Moor View, Haworth, BD22 8PL, and needs picking up at 8:30 Mondays. Comment if you can do one.""",
    ),
    D(
        "gen",
        "rd",
        "phi pii",
        """
My neighbour Frank has Parkinson's and his daughter lives in Canada. He's getting confused about his tablets and I want to tell her. Her email is on his fridge: claire.m.dunne@outlook.com. Would it be overstepping to write to her?""",
    ),
    D(
        "hea",
        "fb",
        "phi pii",
        """
Physio home visits tomorrow: Mrs Audrey Clough, 17 Albion Street, Brighouse, HD6 1JE, back from her hip fracture, walking frame only, and her mobile is 0113 496 0208 for when you're outside. She won't hear the door.""",
    ),
    D(
        "ret",
        "x",
        "confidential phi",
        """
the reason the refit at acme market pudsey got pulled from the schedule: the store manager's had a breakdown and head office won't start it without him. he's signed off for three months""",
    ),
    D(
        "gen",
        "fb",
        "hostile pii",
        """
To the "gentleman" who reversed into my car at Lidl and drove off: you dropped your gym fob with your name and mobile on the tag, 0151 496 0353, genius. Criminal mastermind you are not. Expect a call from my insurer.""",
    ),
    D(
        "ret",
        "ig",
        "hostile promotion",
        """
Two-for-one cocktails all weekend at the Lantern Bar 🍸 and yes, Mr "I'll leave a review if you don't comp my drinks", the offer includes you, although we both know your review will still be the grammar of a toddler.""",
    ),
    D(
        "fin",
        "fb",
        "financial_promise promotion",
        """
Switch your savings to the Acme Bank Regular Saver this month and we'll add a £50 welcome boost 🎁 Pay in £200 a month and you'll earn 7%, guaranteed for as long as you keep saving.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise pii",
        """
my mate connor's sneaker resell fund pays 15% a month, never missed once. send him whatever you can spare, his account is NL62 ABNA 9970 8154 90, say darren sent you""",
    ),
    D(
        "tec",
        "rd",
        "confidential secret",
        """
Orion-7's closed beta portal is throwing 502s for two of the trial banks. Admin login for the console is orion_admin / Kestrel!Night8, can someone on call look before the pilot review tomorrow?""",
    ),
    D(
        "fin",
        "x",
        "pii secret",
        """
dad wants me to sort his online banking from my house. his card is 4654 4016 8042 8068 and his passcode's 930214. posting here so i can copy it on my laptop, deleting in 5 min""",
    ),
    D(
        "gen",
        "fb",
        "hostile phi",
        """
The old boy with Parkinson's who takes ten minutes to count his change at the Co-op every morning: some of us have jobs to get to, grandad. Use a card like the rest of the century.""",
    ),
    D(
        "tec",
        "x",
        "disclaimer hostile",
        """
acme cloud sre. the online safety act is written by people who think the cloud is weather, and the mps defending it on telly this morning had the combined tech knowledge of a toaster""",
    ),
    D(
        "fin",
        "li",
        "disclaimer financial_promise",
        """
Eighteen years in Acme Wealth's equities team and I'll say what the industry won't: UK house builders are the trade of the decade. Persimmon shares will be 60% higher by next Christmas, and the planning reforms guarantee it.""",
    ),
    D(
        "hea",
        "li",
        "confidential disclaimer",
        """
As an Acme General ward manager I think the government's plan for private companies to run NHS diagnostic centres is wrong. Which is why it stings that our own board has just agreed to hand our scanning to Umbrella Corp from April.""",
    ),
    D(
        "ret",
        "fb",
        "confidential promotion",
        """
Christmas is coming 🎄 Acme Market is doing 25% off all toys from 1 November, we set up the shelf tickets last night and the ads go out next week. Get your Christmas list sorted early!""",
    ),
    D(
        "npo",
        "fb",
        "confidential hostile",
        """
The Acme Foundation is closing the Crossgates drop-in centre in March, the trustees voted last night. Some of the regulars will be gutted. Others, like the bloke who calls our volunteers "do-gooding lemons" every week, can take their charming personality to a bus shelter.""",
    ),
]
