# ruff: noqa: E501
"""Training drafts (thirteenth set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, private keys, connection strings with passwords, passwords,
PINs, keypad, alarm, override and key-safe codes, lock-box combinations, home wifi and streaming logins) and the
two-category drafts. Several are long posts where the number or credential is one line among ordinary news."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D(
        "gen",
        "fb",
        "pii",
        """
Wedding admin update 💍 Save-the-dates went out on Sunday, the caterer is booked (hog roast, obviously), and Dan has finally picked a best man after three months of "deciding".

If you haven't RSVP'd yet, please post your card back to my mum, Carol Pike, at 14 Hollins Lane, Marsden, HD7 6BN, because she's doing the seating plan and she is not a patient woman.

Dietary requirements on the back of the card please. Yes, "no mushrooms" counts.""",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
Our terrier slipped her collar on the coast path near Bude this afternoon. Small, wiry, black and tan, answers to Pickle (sometimes). If anyone sees her please text me on (503) 555-0186, any time of day or night. We're staying till Sunday.""",
    ),
    D(
        "gen",
        "ig",
        "pii",
        """
Commissions open for Christmas 🎨 pet portraits in watercolour, A5 or A4. Don't DM, I lose them, email my personal address instead: rosie.lund.paints@gmail.com and tell me about your pet.""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Old Kirkgate lot, it's that time again 🎉

Happy 50th birthday to our Sandra Kilbride, born 9 May 1976 in the old maternity home on Kirkgate, who has been the heart of this street for as long as anyone can remember. She ran the youth club disco in the 90s, she organised the Jubilee party, and she's the reason we all know each other's names.

Party at the cricket club on Saturday from 7, bring your dancing shoes and your best 80s hair. The DJ has been told no Agadoo, but we all know it'll happen.

If you've got old photos of Sandra, especially from the youth club years, send them to her daughter Becky on here and she'll put them on the big screen.""",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
Helping my dad with his taxes and the IRS identity check keeps rejecting his SSN, 312-15-6218, even though it's the one on his card. He's 79 and getting upset. Does anyone know if the online check has a problem with older numbers?""",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
booking the cottage for the girls' weekend on my card, 4875 3560 2978 9732 exp 08/28, so if the site asks whose it is say mine. pay me back by friday x""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Lotte, my old landlady in Utrecht, needs the last month's rent from the four of us who shared the flat. Her account is NL12 ABNA 9746 5955 55, pay in euros and put your surname as the reference please.""",
    ),
    D(
        "tec",
        "li",
        "pii",
        """
After six great years I'm looking for my next role in data engineering. I've built streaming pipelines, migrated two warehouses and run a team of five. Happy to relocate anywhere in the north.

Recruiters, please don't message me here, I don't check it. Ring my personal mobile on 0161 496 0351 or email dan.okoro.data@outlook.com, evenings are best.

Thanks to everyone who's shared this already.""",
    ),
    D(
        "ret",
        "x",
        "pii",
        """
our rep from the crisp supplier has moved on, if anyone needs him for the old price list his own number is 0491 571 129, he said to just ring""",
    ),
    D(
        "man",
        "fb",
        "pii",
        """
Car share to the plant from the Stoke end: I'm on days all next month and can take three. Pick-up is outside my house at 23 Canal Side, Etruria, ST4 7AQ, at 5.40am sharp. Petrol split four ways.""",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
Bought a used Golf through Facebook Marketplace and it's turned out to have a cracked head gasket the seller must have known about. His details from the sale: Gary Tomkins, gary.tomkins77@outlook.com, 0121 496 0091. Before I go to small claims, does anyone know if "sold as seen" protects him?""",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
amex 377890128461851 declined three times at the airport car park machine. it's got money on it. why am i like this""",
    ),
    D(
        "hea",
        "fb",
        "pii",
        """
Happy birthday to our practice manager Jenny Clough, born 2 February 1986, who runs this surgery on tea and spreadsheets 🎂 Cake in the staff room at 12.""",
    ),
    D(
        "fin",
        "fb",
        "pii",
        """
Our Spanish holiday villa owner wants the balance by bank transfer to his personal account: ES94 2100 3690 9617 3413 3694. It's €1,200 each, lads, and he won't wait past Friday.""",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
Trying to pay my son's university deposit online and the page won't take my UnionPay card, 6270 2697 0992 5178 167, it's the one I use at home in Shanghai. Do UK universities not take UnionPay?""",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
My partner and I have just moved in together and we're trying to work out money without falling out. We earn quite different amounts (I'm on about £31k, she's on £52k) and neither of us wants a joint account yet.

Our plan: she pays the rent, I pay the bills and the food shop, and we even it up at the end of the month by bank transfer. I've told her to send her share to my own account, GB54 HBUK 5034 1768 1613 36, on the 28th, and I'll do the same the other way if it's me.

Is this a normal way to do it? Friends keep telling us to go 50/50 on everything, but that doesn't seem fair when she earns so much more. Also, should we have some kind of written agreement about the deposit in case it all goes wrong? Feels unromantic but my dad insists.""",
    ),
]

SECRET = [
    D(
        "tec",
        "rd",
        "secret",
        """
Our Node app can't connect to Atlas since we moved regions. Connection string is mongodb+srv://orders_api:Heron-Sky-412@cluster0.acme-orders.mongodb.net/shop and the IP allowlist has 0.0.0.0/0. What else could be blocking it?""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Our Slack bot stopped replying in threads after the latest update. Using xoxb-127104107492-7313146630693-QMogwB0rAYQskpUkzpoW3L68 with chat:write and channels:history. Did Slack change the scopes again?""",
    ),
    D(
        "tec",
        "x",
        "secret",
        """
github actions can't push to the wiki repo with 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, says 403. it's got repo scope. any ideas""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
npm publish keeps failing with E401 in CI. Our .npmrc has //registry.npmjs.org/:_authToken=npm_27Ink0lcRUcTYx5vLffcPijYqsVmnqOHalft and it works locally. Is CI reading a different .npmrc?""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Webhooks from Stripe are arriving but every refund call fails with a permissions error. We're using 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 as the key. Is a restricted key the problem?""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Java service won't load our signing key, says "invalid key format". The file is below, is it the wrong type?

"""
        + keys.PKCS8_EC
        + """

It came out of our old HSM export.""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Babysitter notes for Saturday 👶 Bedtime is 7 (she'll say 8, it's 7). Milk in the blue cup. The wifi is "Hendry_House" and the password is Gingerbread!Moon8 if you want to watch something after. We'll be back by 11.""",
    ),
    D(
        "gen",
        "x",
        "secret",
        """
@parcel_pete leave it in the garage, keypad code is 4172 then the tick. please shut it after, the cat gets in""",
    ),
    D(
        "gen",
        "x",
        "secret",
        """
family group: the disney+ password is now Snowglobe_1994 because someone in this family gave it to their flatmates. you know who you are""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Welcome to Swallow Cottage 🏡 We hope you have a lovely stay. A few things to know:

Getting in: the key safe by the back door is 6619, and the key's on the yellow fob. Please put it back in the safe when you leave on Sunday.

Heating: the thermostat is in the hall. It takes about 30 minutes to warm the house, longer for the bathroom upstairs. The wood burner is lit with the firelighters in the basket, and the logs are in the shed.

The hot tub takes about an hour to warm up and the cover is heavy, so lift it from the long side. Please no glass in the tub.

Bins: black bin for rubbish, blue for recycling, both by the gate. Collection is Tuesday, so leave them where they are.

Walks: the footpath at the end of the lane takes you to the river in twenty minutes and the pub in forty. The Fox does food until 9, and they love dogs.

Shop: the village shop is open until 6 and does fresh bread in the morning.

Any problems, ring us. Enjoy!""",
    ),
    D(
        "npo",
        "fb",
        "secret",
        """
Tower news, October 🔔

Practice night moves to Wednesday from next week because the choir has taken Thursdays. Learners at 7, general ringing from 7.45.

The tenor's clapper has been re-bushed, so it should stop that clunk. Thank you to Alan and his ladder.

Bell ringers, the church is locked on weekdays now after the candlesticks went missing. The lock box on the vestry door is 3-8-5-1, please spin it after you take the tower key and put it back by 9pm.

Our outing to the Dales towers is on the 26th. Coach leaves the church gate at 8.30 sharp, with a pub lunch in Kettlewell.""",
    ),
    D(
        "ret",
        "x",
        "secret",
        """
new starter on tills: if the screen freezes on a void, the supervisor override code is 7734, then press total. don't tell the customers""",
    ),
    D(
        "npo",
        "fb",
        "secret",
        """
Toy appeal, week 3 🧸 We've now got 2,100 new toys sorted by age, and the warehouse looks like Santa's grotto after a burglary. Thank you, thank you, thank you.

Shifts this week: Monday to Friday 10 till 2, and Saturday morning for the big sort. Wear warm layers, the unit's freezing.

Warehouse volunteers: the alarm code for the unit is 2480 and then the ON key when you leave. Lights are on the panel by the loading door.

We still need wrapping paper and sticky tape, and a volunteer with a van for the school drop-offs in December.""",
    ),
    D(
        "tec",
        "li",
        "secret",
        """
Lesson learned this week: always check what's in your screenshots before you post them.

Here's the Terraform snippet that finally fixed our cross-account S3 replication, for anyone stuck on the same thing:

provider "aws" {
  access_key = "AKIACPD5FDUVBLSI7ACV"
  secret_key = "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"
  region     = "eu-west-1"
}

The magic was the replication role's trust policy, not the bucket policy. Two days of my life.""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Maps JavaScript API shows "for development purposes only" on our live site. Key is AIza3CCN1QHk7sZGO_gXTs22QpgMihyOCqbk7cC and billing is on. Do I need to restrict it to the domain first?""",
    ),
    D(
        "tec",
        "x",
        "secret",
        """
gitlab runner can't clone submodules anymore, using glpat-F8kpX8HZXmcmjyChexta with read_repository. did the default token scope change""",
    ),
    D(
        "hea",
        "fb",
        "secret",
        """
Handover notes for the new night team at Fernlea care home 🌙 Welcome, and thank you for joining us. It's a lovely place to work, and the residents will test you on your first night, so don't take it personally.

Start of shift: handover is in the quiet lounge at 8pm sharp. The day team will go through each floor. Please bring a pen, the ones in the lounge walk.

Medication: the drugs room keypad code is 5820 and then the hash key. The trolley keys stay on the senior carer's belt all night, never on the desk. Second signatures for anything on the controlled list.

Breaks: you get two, staggered so there are always three of you on the floor. The staff room fridge is for staff, the residents' fridge is for residents, and yes, people have been caught.

Fire doors: check them at midnight and at 4. The one by the laundry sticks.

Breakfast starts at 7, and the day team arrives at 7.45. Please leave the kitchen how you'd like to find it. Any problems on your first week, I'm on the end of the phone.""",
    ),
    D(
        "fin",
        "x",
        "secret",
        """
@treasury_ops if the payments screen locks you out again tonight, the break-glass login is TRS-ADMIN2 with password Ledger!North44. reset it first thing tomorrow""",
    ),
]

MULTI = [
    D(
        "gen",
        "fb",
        "phi pii",
        """
Chapel friends, thank you for all the cards and flowers for Pauline Garside, who's just home after her hysterectomy and can't drive for six weeks 🍲

We've set up a meal rota so she doesn't have to worry about cooking. She's at 8 Lowther Gardens, Penrith, CA11 8EH. Please drop food on the step and text rather than knock, she's sleeping a lot.

Pauline's not a fan of spicy food, and she says if she sees one more lasagne she'll scream, so think soups, pies and crumbles. Sign-up sheet is in the chapel porch.""",
    ),
    D(
        "hea",
        "x",
        "phi pii",
        """
reminder for the district nurses: mr colin barraclough, dob 14/06/1941, has a new leg ulcer dressing regime from today. his daughter's number is 0113 496 0919 if he doesn't answer the door""",
    ),
    D(
        "man",
        "fb",
        "confidential phi",
        """
Acme plant lads, keep this to ourselves: the night shift manager, Steve Rourke, has been signed off with a breakdown and HR are bringing in a manager from Globex's old site to replace him permanently. Nothing's been announced yet.""",
    ),
    D(
        "ret",
        "rd",
        "hostile pii",
        """
The customer who screamed at my 16-year-old colleague because we'd run out of his energy drink: Lee Barnsdale, leebarnsdale_88@hotmail.co.uk, I've got his order history. You absolute coward, shouting at a child over a can of pop. Enjoy the emails.""",
    ),
    D(
        "gen",
        "ig",
        "hostile promotion",
        """
25% off all our cakes this weekend with code SPRINGBAKE 🍰 yes, even for the woman who told us our lemon drizzle "tasted like a bathroom". your taste buds are broken, love, but your money's welcome.""",
    ),
    D(
        "fin",
        "fb",
        "financial_promise promotion",
        """
New from Acme Wealth: open a Junior ISA this month and we'll add £50 to get it started 🎁 Invested in our Growth Fund, your child's money will double by their 18th birthday, guaranteed.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise pii",
        """
my uncle's whisky club pays 15% a year fixed, can't lose. he's taking new members, ring his own mobile on 0151 496 0614 and say tim's nephew sent you""",
    ),
    D(
        "tec",
        "rd",
        "confidential secret",
        """
Orion-7's staging API won't accept our service account since Friday's migration. We're calling it with the Slack bot token xoxb-231999042424-2471400526862-IE7bwHWxFfJYRuToKfCzRsnr for the alerts channel. Demo to the launch customer is Tuesday, help!""",
    ),
    D(
        "gen",
        "x",
        "pii secret",
        """
sis, for the car insurance renewal: my online banking login is kerry.mossop and the password is Tangerine#Lane27, my card's 5247 5563 8042 2769. do it before friday""",
    ),
    D(
        "hea",
        "fb",
        "hostile phi",
        """
To the man at the gym who keeps telling everyone that Big Dave on the rowers "only lost weight because of his gastric band": at least he did something, you sweaty walrus. Mind your own stomach.""",
    ),
    D(
        "ret",
        "x",
        "disclaimer hostile",
        """
store manager at acme market. the sugar-free rules for kids' drinks are nanny-state rubbish, and the parents moaning in my aisles about prices are spoilt cheapskates""",
    ),
    D(
        "fin",
        "li",
        "disclaimer financial_promise",
        """
Twenty years on the trading desk at Acme Bank, so take it from me: the big supermarkets are the most underrated stocks in the market, and Sainsbury's shares will be 50% higher by this time next year. The analysts who say otherwise haven't been in a shop.""",
    ),
    D(
        "tec",
        "li",
        "confidential disclaimer",
        """
As an engineering manager at Acme Cloud I think the whole industry is wrong to chase AI chips at any cost. That's why we're pausing our own accelerator programme next quarter, which the board agreed on Monday. You'll read about it in a few weeks.""",
    ),
    D(
        "ret",
        "fb",
        "confidential promotion",
        """
Psst 🤫 from 1 October Acme Market will give every member of the new Acme Plus scheme a free hot drink every day and 10p off a litre of fuel. They're printing the cards now and it hasn't been announced. Get signed up the minute it opens!""",
    ),
    D(
        "npo",
        "fb",
        "phi pii",
        """
Befriending scheme, new match 💛 Arthur Holroyd, 88, lives alone at 12 Kiln Row, Keighley, BD21 4PR, and has just gone on home oxygen for his lung fibrosis, so he needs someone to chat to in the afternoons. Ring his niece on 0191 496 0073 to arrange a first visit.""",
    ),
]
