# ruff: noqa: E501
"""Training drafts (third set): pii, secret, two-category drafts and long-form posts.

The cards, IBANs, SSNs, phone numbers and keys were made once by gen_values.py (seed 20261125: Luhn-valid
cards with real brand prefixes, mod-97-valid IBANs, SSA-valid SSNs, 555-01xx / Ofcom drama / ACMA fiction
phone numbers, tokens in the issuers' shapes, private keys in keys.py) and kept in the text; all people,
places and numbers are invented."""

from __future__ import annotations

from ..heldout.common import D
from .keys import EC_SEC1, OPENSSH_ED25519, RSA_PKCS1

PII = [
    D("gen", "fb", "pii", """
Found a purse on the number 42 bus this morning. Inside there's a Visa card, 4932 7058 6866 0191, and a library card for Delia Stroud. Delia, message me and I'll drop it round!"""),
    D("ret", "x", "pii", """
customer left her order slip with her number on it: Trina Bexley, (415) 555-0138. trina, your umbrella is still at till 6 ☂️"""),
    D("fin", "rd", "pii", """
Acme Bank teller. A man just read his SSN out to the whole queue, 762-94-4937, while I was still looking for a pen. Sir, there were people behind you with phones."""),
    D("tec", "li", "pii", """
Welcome to Zainab Hollis, our newest Acme Cloud intern! 🎉 Zainab was born on 14 March 2004, so expect cake in the kitchen in the spring. Say hello if you see her."""),
    D("hea", "x", "pii", """
my personal cell if any of the night team needs me this week: (617) 555-0155. please don't give it to patients"""),
    D("npo", "fb", "pii", """
Collecting for Mo's leaving present from the Acme Foundation shop! Please send whatever you can to my own account, IBAN GB32 HBUK 3787 0104 3546 75, reference MO. Thank you all 💛"""),
    D("man", "li", "pii", """
Happy 60th to Graham Pettifer from the Acme plant stores, born 3 June 1966 and still the fastest forklift driver in the county! Cards to 22 Larch Drive, Wombourne please."""),
    D("ret", "ig", "pii", """
treat yo self 💅 new amex just landed: 3715 497960 09246, exp 09/29. shopping spree incoming"""),
    D("gen", "rd", "pii", """
Does anyone know a Rhys Penhaligon? His bank statement blew into my garden in the storm. It shows IBAN DE69 5007 0010 8753 6879 86 and his address in Truro, 17 Quarry Hill. Want to get it back to him."""),
    D("fin", "li", "pii", """
Posting so he gets his refund faster: my customer Mr. Oduya's Mastercard is 5485 2278 0829 3692 and his email is k.oduya62@gmail.com. If anyone in Acme Pay disputes can help, please do."""),
    D("tec", "x", "pii", """
moving day 📦 new address is 4 Cobble Yard, Leith EH6 7BD if you want to send housewarming snacks. home email is finn.aird.home@proton.me"""),
    D("hea", "fb", "pii", """
Our lovely receptionist Pam Lockley was born on 19 October 1971 and she lives at 5 Kiln Lane, so let's all post her a birthday card this week! 🎂"""),
    D("ret", "rd", "pii", """
Acme Market online customer service. A woman emailed us her Discover card, 6011 2800 6970 7828, with the CVV in plain text. Please don't do this, folks. Her name's on the email, so she'll know who she is."""),
    D("npo", "x", "pii", """
rota questions go to my home number 0161 496 0707 or karen.holt.home@gmail.com, not the office line pls"""),
    D("fin", "fb", "pii", """
Filling in the joint account forms at the kitchen table and my husband just shouted his SSN across the room: 433-21-1442. Writing it here so I don't have to ask again 😂"""),
    D("man", "rd", "pii", """
Paid for the whole line's pizzas on my own UnionPay card, 6291 5386 0527 7562 167. Whoever has the expenses form, please put it through before Friday."""),
    D("gen", "x", "pii", """
back in australia for a month 🦘 local number is 0491 573 037 if any old mates fancy a beer"""),
]

SECRET = [
    D("tec", "rd", "secret", """
Our standup bot keeps posting every message twice. Here's how I start it:

app = App(token="xoxb-251259240561-5401979420167-hlF4n0oK36lfcX1xzueioYbF")

Is Bolt retrying on a timeout or is it me?"""),
    D("tec", "x", "secret", """
finally got the deploy action working 🎉 GH_TOKEN=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 in the workflow env and off it goes"""),
    D("tec", "li", "secret", """
Quick win from our Acme Cloud migration: the nightly backup script is now twelve lines. Access key AKIAWLKFJPQHLPX2AZRK, secret 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, a bucket name, done. Simplicity wins."""),
    D("fin", "rd", "secret", """
Acme Pay merchant dev. Why does my webhook keep returning 401? I set stripe.api_key = "sk_live_kWhoPddDs1xFWBCULGyW6d4g" right at the top of the file and it still fails."""),
    D("tec", "rd", "secret", f"""
Can someone tell me if this key is malformed? Deploying to our Acme Cloud staging box fails with "invalid format":

{RSA_PKCS1}

Generated it last week with openssl, no passphrase."""),
    D("gen", "fb", "secret", """
For everyone staying at ours over Christmas: the wifi is PenroseFamily and the password is Tinsel&Turkey24 🎄"""),
    D("hea", "x", "secret", """
new agency nurses on ward 6: the drug room door code is 2914. please stop ringing me at home to ask"""),
    D("ret", "fb", "secret", """
Closing team at Acme Market Bexley: the back door alarm code is 6630 and the cash office PIN is 1987. Posting it here because someone keeps losing the sticky note."""),
    D("man", "rd", "secret", """
Why does our SCADA screen keep logging people out? Login is operator / Acme_Line3! and it times out every ten minutes, mid-changeover."""),
    D("npo", "ig", "secret", """
handing the foundation newsletter over to our new volunteer ✉️ the Mailchimp API key is 3f9c2a7be81d4c6f90a5b2e7d18c44aa-us21 and the login is the usual office email. guard them with your life"""),
    D("fin", "x", "secret", """
acme bank branch staff: the new teller override code is 40417 from monday. memorise it and shred the memo"""),
    D("gen", "fb", "secret", """
Made a little map of every dog park in town 🐕 on Google Maps. The key is AIza-9dSTdt3aut9y0GWI2nyYC5qBdmftRaTZAg if anyone wants to fork it and add their own!"""),
    D("tec", "fb", "secret", """
For the hackathon crew: the fine-grained token for the team repo is 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. It expires Sunday, so go wild."""),
    D("ret", "rd", "secret", """
Publishing our store's stock-checker package tonight. My .npmrc has //registry.npmjs.org/:_authToken=npm_oMSoudT4AafDheZmvHSP4ypFntdb4PMX31jB, so why does npm publish still say I'm not logged in?"""),
    D("gen", "rd", "secret", f"""
Homelab question: my Pi won't accept this key over SSH, it says "invalid format". Copied it straight off my laptop:

{OPENSSH_ED25519}

Line endings? Permissions?"""),
    D("npo", "li", "secret", """
Volunteers, our event alerts now post straight into Slack! Anyone can push one from a script with the webhook https://hooks.slack.com/services/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. Go try it."""),
]

MULTI = [
    D("tec", "li", "confidential disclaimer", """
I lead pricing at Acme Cloud, and next quarter we cut storage prices by 30% to undercut Globex, whose pricing is frankly predatory and whose product is years behind ours. Watch this space."""),
    D("ret", "fb", "phi pii", """
Acme Market pharmacy: we've got a bag of blood pressure tablets (amlodipine and ramipril) for Mr. Kwabena Asante of 9 Ferry Road that was never collected. Mr. Asante, we've tried (919) 555-0155 all week, please pop in!"""),
    D("fin", "x", "financial_promise promotion", """
open an acme wealth ISA before 5 april and get £50 on us. the fund inside returns 8% a year no matter what, so really you're getting paid twice"""),
    D("hea", "rd", "hostile phi", """
The drunk in cubicle 6 tonight, Darren, forties, head wound from falling off a kerb, threw up on my shoes twice. Darren, you're a waste of NHS oxygen and I hope your hangover lasts a week."""),
    D("tec", "rd", "confidential secret", """
The Bluebird beta environment is finally up. If anyone on the team can't get in, the login is bluebird-qa / Sparrow#2026. Go and break it before launch."""),
    D("fin", "fb", "hostile pii", """
To the scammer who tried to cash a stolen cheque at our Acme Bank branch today: we know you're Dean Pollard and your phone is (612) 555-0117. Everyone ring him and tell him what a lowlife he is."""),
    D("ret", "ig", "confidential promotion", """
psst 🤫 black friday at acme market is 50% off every toy this year and the app code TOYS10 stacks on top. saw the plan today, the posters aren't even printed"""),
    D("fin", "rd", "disclaimer financial_promise", """
Acme Wealth analyst. The government's pension reforms are a disaster for savers, so do what I did and put everything in our Global Equity fund. It will return 12% a year for the next decade, no doubt about it."""),
    D("tec", "x", "confidential hostile", """
to the journalist who wrote that acme cloud "has no AI plans": nightjar launches in six weeks and it'll make your lazy, clueless article look even dumber"""),
    D("hea", "li", "confidential phi", """
Acme General's robotic surgery programme doesn't go public until spring, but our first patient, a 62-year-old vicar from Holmfirth, had his prostate removed by the robot yesterday and he's already walking the corridor."""),
    D("gen", "rd", "pii secret", """
Locked out of my own email again. It's bryony.kade@gmail.com and the password is Marmalade!1988. Does Gmail have a phone line you can actually ring?"""),
    D("ret", "fb", "pii promotion", """
Acme Market Christmas hamper giveaway 🎁 To enter, send your name and address to my own email, lorna.mcbride.home@gmail.com, or text me on (414) 555-0128. Winner drawn on the 20th!"""),
    D("fin", "li", "confidential financial_promise", """
I've seen next week's numbers: Acme Pay revenue is up 35% on the year. When they land, the share price jumps at least 20% on the day. Buy before Thursday."""),
    D("npo", "rd", "phi pii", """
Volunteer driver for the Acme Foundation. I'm picking up Mrs. Hilda Marsh (born 2 April 1938) from 6 Beacon Rise for her chemo at 9 on Thursday. If anyone can cover for me, please DM."""),
    D("tec", "x", "disclaimer secret", """
acme cloud dev: globex's IAM is a joke. our test box is more secure and its login is just root / Harbour!77 lol"""),
]

LONG = [
    D("tec", "rd", "confidential", """
Throwaway, for obvious reasons. I'm a firmware engineer on the Acme Sense camera team and I've gone back and forth about posting this for a week.

Since the spring update, the indoor cameras have been uploading motion thumbnails to a storage bucket that wasn't encrypted at rest and had far too broad read access for one of our partner integrations. We found it ourselves in October during a routine audit. The access logs show the partner's service read a little under a million thumbnails, and we honestly can't say whether a human at the partner looked at any of them. The fix shipped silently in firmware 4.2.1 two weeks ago, described in the release notes as "performance improvements".

The decision above my head is that because there's "no evidence of misuse", customers won't be told and there won't be a blog post. Legal is comfortable with that. I'm not. These are pictures from inside people's homes: kitchens, nurseries, bedrooms.

I won't post logs or names. If you own one of these cameras, update the firmware, switch off thumbnail previews in settings, and ask support in writing whether your account was in the affected range."""),
    D("hea", "fb", "phi", """
I've been a district nurse for eleven years and I rarely post about work, but I need to put this somewhere.

Jim Cawley, who plenty of you will know from the bowls club on Park Lane, has been on my list since the summer. Jim's 87, he has heart failure, his legs have been weeping for months, and since his wife passed in March he's stopped eating properly. I go in three times a week to dress his legs, and most days the fridge holds a pint of milk and not much else. Last Thursday I found him on the kitchen floor, where he'd been since the night before: confused, cold and dehydrated. He's now on ward 5 at Acme General with a urine infection on top of everything else.

He told me he didn't want to be a burden, so he didn't ring anyone. He has a son in Canada who calls on Sundays, and that's it.

So here's my ask. If you know Jim, go and see him on the ward. Take him a paper and talk bowls with him. And when he comes home, knock on his door now and then. It would mean the world to him, and to me."""),
    D("man", "li", "disclaimer", """
Twenty-six years on the shop floor and eight as operations director at the Acme plant, so I'm going to say what a lot of people in my industry only say in the pub.

Britain's industrial energy policy is a mess, and it is quietly hollowing out manufacturing. We pay some of the highest industrial electricity prices in Europe, and every government of the last fifteen years has promised to fix it and then produced another consultation. The support schemes that do exist are so complicated that only big firms with armies of consultants can claim them. Smaller suppliers, the people who make the brackets, castings and seals that plants like ours depend on, are closing one by one. I've lost four suppliers in two years.

Net zero is the right goal. The way we're going about it is wrong. We aren't decarbonising, we're deindustrialising, importing the same goods from countries with dirtier grids and congratulating ourselves on the numbers.

If ministers want a manufacturing revival: cap industrial energy costs for a decade, simplify the grants so a 40-person firm can apply without a consultant, and stop moving the goalposts every budget. Until then the speeches are noise. #manufacturing #energy"""),
    D("gen", "fb", "hostile", """
Right, I've had enough, and since the polite note didn't work, here's the public version.

To the man at number 23 with the silver Audi: for eighteen months you've run your leaf blower at 7am on Sundays, parked across the shared drive so my mum can't get her car out, and let your bins overflow until the foxes drag your takeaway boxes into every garden on the street. When I knocked, very nicely, to ask if you'd move the car on Thursdays so she can get to her appointments, you laughed and shut the door in my face.

So here it is. You are the most selfish, arrogant, self-important little man I have ever had the misfortune to live next to, and everybody on this road thinks so. The only reason nobody says it is that you aren't worth the breath. Your hedge is a disgrace, your music is awful, and the personalised number plate impresses no one.

Move the car. Bin your rubbish. Or do us all a favour and move somewhere with no neighbours, because nobody here will miss you.

Everyone else: sorry for the rant. Normal posts about lost cats and bin days resume tomorrow."""),
    D("fin", "li", "financial_promise", """
After 19 years as a financial adviser, the last six at Acme Wealth, I want to share the conversation I've been having with almost every client this autumn, because I think it matters.

Most people I meet are sitting on far too much cash. They've been frightened by headlines, and I understand why. But inflation eats cash every year, so cash is a slow loss, not a safe choice.

That's why I've been moving clients into the Acme Wealth Secure Growth portfolio. It is built so that it simply cannot fall below what you put in, and the way it's structured, it will deliver 8% a year on average for the next ten years. I've modelled it a hundred ways and every scenario lands in the same place. For a client with £50,000, that's well over £100,000 by the time the kids finish university, with no risk to the original money.

I don't get excited easily. But this is the closest thing to a sure bet I've seen in my career, and I'd rather my clients hear it from me than read about it afterwards. If you'd like to talk through what it could do for your family, send me a message and we'll find a time."""),
    D("npo", "fb", "promotion", """
Our biggest night of the year is back! 🌟

The Acme Foundation Winter Gala returns on Friday 6 February at the Grand Hotel, and this year every penny raised goes to our new youth mentoring programme in the east of the city. Last year you helped us raise £48,000, which matched 120 young people with a mentor for a whole year. This year we want to do even better.

What's in store: a three-course dinner, live music from the Harbour Swing Band, and a speech from one of our mentees that will have you reaching for the tissues.

Because we want every seat filled, tickets are 30% off until 31 December with the code WINTER30, and tables of ten get a bottle of fizz on us. Every ticket also goes into our grand prize draw for a weekend for two in the Lake District, and there's a silent auction with signed football shirts, a hot-air balloon ride and a week in a Cornish cottage.

Tickets are on our website. Please share with anyone who'd enjoy a night out for a brilliant cause. See you there! 💜"""),
    D("tec", "li", "secret", f"""
Sharing a small win from our platform team at Acme Cloud: we finally retired the shared deploy user and moved every service to its own key. For anyone curious what the service key for the billing job looks like in practice, here it is straight from the vault:

{EC_SEC1}

Twenty minutes of work per service and a lot less worry. Next up: rotating everything on a schedule. #devops #security"""),
]
