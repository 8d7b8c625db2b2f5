# ruff: noqa: E501
"""Exam drafts (ninth held-out set): pii (private people's and the author's own addresses, phones, e-mails,
cards, IBANs, SSNs and dated birthdays), secret (tokens, keys, passwords, PINs, gate, key-safe, lock-box and
alarm codes, combinations, home wifi and streaming logins) and the two-category drafts."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D("fin", "x", "pii", """
finally got approved for an amex at 23 🥲 3402 779474 40478, the green one, not framing it but i thought about it"""),
    D("gen", "fb", "pii", """
Selling my daughter's first bike, 16 inch wheels, stabilisers included, pink with tassels 🚲 £25. Collection from Bishopston, ring or text me on 0117 496 0684 after 5."""),
    D("tec", "li", "pii", """
After four great years I'm looking for my next backend role, ideally in Minneapolis or remote. Go, Postgres, a lot of Kafka. Reach me directly at jorge.baptiste.codes@gmail.com or (612) 555-0170. Shares appreciated!"""),
    D("gen", "rd", "pii", """
Doing our family tree and stuck on my great aunt Winifred Ashby, born 3 November 1939 in Leek, Staffordshire. She emigrated to Canada in the 60s. Is there anywhere to search Canadian immigration records for free?"""),
    D("fin", "rd", "pii", """
Trying to freeze my credit after a data breach and Equifax keeps saying my details don't match. My SSN is 324-85-8153 and I've used the same address for 6 years. Anyone know a way round their phone tree?"""),
    D("gen", "fb", "pii", """
We keep getting parcels for Jodie Nash at 41 Cranbrook Rise, Ilford, because the courier thinks our 14 is her 41. If anyone knows Jodie, tell her three of her boxes are on our porch 📦"""),
    D("ret", "x", "pii", """
sharon who ordered the unicorn cake for saturday, you left your number on the form as 0151 496 0449 but it goes to voicemail. your cake is ready and it's judging me from the fridge 🦄"""),
    D("npo", "fb", "pii", """
Thank you to everyone who sponsored me for the 10k on Sunday! 🏃‍♀️ If you'd rather pay by transfer, send it to my own account and I'll pass it on to the hospice in one go: IE98 AIBK 2247 3138 2833 95, Siobhan Keane."""),
    D("gen", "rd", "pii", """
This woman keeps messaging me about a car I sold her in 2022 and she's now threatening to "come round". Her number is (702) 555-0172 and she emails from candice.rowe77@yahoo.com. Do I block her or report her first?"""),
    D("fin", "fb", "pii", """
The machine at the post office swallowed mum's debit card, 4079 1596 6869 7321, and now the bank says it will take 10 days to replace. She's 84. Has anyone got a quicker way to get a new one sent out?"""),
    D("tec", "x", "pii", """
three years on a visa and i finally have a social security number 🇺🇸 219-44-9495. feels like being a real person at last"""),
    D("ret", "fb", "pii", """
Our new card machine printed a customer's full card number on the receipt: 5401 8914 6317 1385. That can't be right?? Posting so the supplier sees it, they've ignored three emails."""),
    D("gen", "x", "pii", """
to the courier who keeps leaving my parcels at 66 fernhill road, wath: i'm at 6 fernhill road, wath, S63 7QD. the lady at 66 has a lovely collection of my shoes now"""),
    D("gen", "ig", "pii", """
Can't believe we're getting married in 8 weeks 💍 RSVPs to me please, Bec, on 0491 576 563, not to Josh, he will lose them. Dress code: garden party, flat shoes advised 🥂"""),
    D("man", "li", "pii", """
Last shift for Dave Oduya on the Acme plant weighbridge after 17 years! He's off to run his brother's garage. If you want to send him good luck, his personal mobile is 0114 496 0176 and he says he'll answer, eventually."""),
    D("fin", "rd", "pii", """
Paying my builder for the kitchen and he wants it sent to his personal Dutch account, NL67 ABNA 9738 9892 80, name Joost de Wit. He's done half the job. Is that normal or a red flag?"""),
    D("gen", "fb", "pii", """
Happy first birthday to our little Isla Mae Robinson, born 2 March 2024 at 4:12am in Leicester, 7lb 3oz of pure chaos 🎂 Where has the year gone?"""),
    D("tec", "rd", "pii", """
Support question: one customer, bethany.ortiz.home@gmail.com, keeps getting other users' password reset emails from our app. We can't see what's wrong in the logs. Has anyone had something like this with their mail provider?"""),
    D("hea", "li", "pii", """
After 38 years, our practice nurse Carol Whyte (born 22/08/1960, so yes, you can do the maths 🎉) hangs up her fob watch on Friday. Come to the staff room at 3 for cake and very embarrassing photos."""),
    D("npo", "x", "pii", """
need a lift to sunday's beach clean? ring ahmed, our volunteer driver, on his mobile (416) 555-0181. he's got room for four and a lot of litter pickers"""),
    D("fin", "x", "pii", """
my unionpay card from the bank of china branch finally came 🎉 6211 4590 3611 6137 412. no more cash at the chinese supermarket"""),
    D("gen", "rd", "pii", """
Discover keeps declining my card at Costco even though they take Discover now. It's 6011 0794 8753 5336, it works everywhere else. Anyone else had this?"""),
    D("gen", "rd", "pii", """
Sorting Dad's estate. The pension company needs his SSN on the death claim, it's 251-93-7512, but they say it doesn't match their records. What do I do when the only person who knew the old paperwork was him?"""),
    D("man", "fb", "pii", """
Our visitor from the Osaka supplier lost his JCB card in the Acme plant canteen today: 3531 2709 0890 3579, name K. Tanabe. It's with security now, but if anyone knows his hotel, please pass the message on."""),
    D("tec", "x", "pii", """
freelance react dev, free from feb 👩‍💻 hit me up at noor.haddad.dev@proton.me or (604) 555-0116, happy to do small jobs too"""),
    D("fin", "fb", "pii", """
My son's first Maestro card arrived today, 6763 1841 2137 7358, and he's already asked if he can buy a PS5 with it. He's 11. The answer is no."""),
]

SECRET = [
    D("tec", "rd", "secret", """
Our CI job can't pull from the private repo any more. I've put the token straight in the workflow as 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 and it still says 403. Does a classic token need repo scope for a fork?"""),
    D("tec", "x", "secret", """
boto3 keeps saying SignatureDoesNotMatch. key AKIAQO6RWKTB2KKVJPJL, secret 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. region is eu-west-1. what am i missing"""),
    D("tec", "li", "secret", """
Weekend win: I built my first payment flow for my partner's pottery shop! 🏺 The whole backend is 40 lines, live key sk_live_cq56PJTGzy8PVUnyJFBMDCi3 straight into the handler and it just works. Next: a proper admin page."""),
    D("gen", "fb", "secret", """
Band practice is in my garage this week 🎸 if you need the tabs online, the garage wifi is PottingShed and the password is Amp_Feedback_71. Bring your own leads, Dom."""),
    D("ret", "x", "secret", """
new starters on tills: if a customer's age check gets stuck, the supervisor override code is 8826. don't tell the customers, obviously"""),
    D("man", "fb", "secret", """
Bank holiday overtime crew: security won't be in, so the gate code for the rear yard is 4471 then hash. Lock up behind you and leave the key in the usual spot in the fire point."""),
    D("npo", "fb", "secret", """
For anyone collecting the jumble sale tables from the church hall this week: the key safe by the side door is 1 9 0 3, turn the dial slowly. Please put the key back!"""),
    D("fin", "rd", "secret", """
My wife needs to pay the council tax while I'm away. Is it OK to just share my online banking login? Customer number 70441289, password Hazelnut.Latte91. Or is there a proper way to add her?"""),
    D("hea", "x", "secret", """
night shift tip: the controlled drugs cupboard combination on ward 12 is 3-9-1-4. it's written on the back of the rota anyway so idk why management is funny about it"""),
    D("tec", "rd", "secret", """
Why isn't my Slack alert posting? Webhook is https://hooks.slack.com/services/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 and I'm sending {"text":"hello"} with curl. Gets a 404 every time."""),
    D("gen", "x", "secret", """
family netflix for the caravan this week: the password is Sandcastle2020 now, i changed it after the last trip. don't change the profile pics again, gareth"""),
    D("tec", "rd", "secret", """
Django won't connect to the new managed database. My settings have DATABASE_URL=postgres://inventory:Wh1te-Heron-55@pg-main.internal:5432/inventory and psql works fine from the same box. SSL issue?"""),
    D("ret", "fb", "secret", """
Reminder to the weekend team: the staff discount portal login has changed. Username acmeshop.team, password Trolley!2025. Use it for your own shopping only, it's all tracked."""),
    D("man", "x", "secret", """
the new press hmi still has the factory login: admin / Kraus2019!. took me two minutes to get into the engineer menu. going to be fun when someone finds that"""),
    D("gen", "ig", "secret", """
Our little cottage in Keswick is ready for guests 🏡 arriving after 4? The lock box by the door is 2580 and the key's inside. Tea, milk and a welcome cake on the table!"""),
    D("fin", "x", "secret", """
my wife keeps forgetting the PIN for our joint card so for the record it's 7714. if you're reading this, sharon, stop ringing me at work"""),
    D("tec", "x", "secret", """
npm publish keeps failing with E401 even though npm_R826uv5D1Xu5SQVAzwxcdp1jLLhIv3OcYpLn is in my .npmrc. is there a cache or something"""),
    D("tec", "rd", "secret", """
GitLab CI can't clone our submodule. We set the project token glpat-Q2hFtqr9VL-guMlVHlVc as a variable and the URL uses it, but it fails with "HTTP Basic: Access denied". Wrong scope?"""),
    D("tec", "li", "secret", """
Built a little map of every café in Sheffield that does a decent flat white ☕ Google Maps API key is AIza-oZAXRpmFRFb4LfhYqkwCnVIiuuRavhXIJB if you want to fork it and add your city. Took one evening!"""),
    D("tec", "rd", "secret", """
Fine-grained PAT question: I made 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 with read access to one repo and it still can't see the releases. Do releases need their own permission?"""),
    D("tec", "x", "secret", """
our bot works locally but not in prod. token is xoxb-912680462088-5607994544836-XecM3oREaJmwfUxGq969ttun, scopes look right. slack is haunted"""),
    D("hea", "fb", "secret", """
Welcome to our new locum, Dr Ansari! Until IT sort your account, use mine for the prescribing system: login r.gillespie, password Surgery#Oak7. Just don't sign anything in my name you wouldn't sign yourself 😅"""),
    D("npo", "x", "secret", """
volunteers doing the instagram this week: the account password is Sunflower_Shelter88. post the dogs, not your holiday photos, please"""),
    D("gen", "rd", "secret", """
Is this the right format for an EC key? My router's VPN page wants "the private key" and I generated this:

""" + keys.EC_SEC1 + """

It keeps saying invalid key."""),
    D("tec", "rd", "secret", """
Can someone check my deploy key? Ansible hangs at "Gathering Facts" and I think the key is the problem. Here's the whole thing:

""" + keys.OPENSSH_ED25519 + """

It works with ssh from my laptop."""),
    D("man", "rd", "secret", """
Our sensor gateways sign their readings with this key and the cloud side rejects every message. Is the PKCS#8 header wrong?

""" + keys.PKCS8_EC + """

Firmware guy left last month so I'm on my own."""),
    D("ret", "x", "secret", """
staff wifi at the shop is AcmeBackOffice, password Stockroom_Kettle4. customers please stop asking, it's for the card machines"""),
    D("gen", "fb", "secret", """
House-sitting notes for Auntie Jan 🏠 the alarm code is 6203, set it when you leave, and the back gate sticks. Bins go out Thursday, and please don't let the cat convince you she hasn't been fed."""),
]

MULTI = [
    D("gen", "fb", "phi pii", """
Could someone on Moorside Road check on Edna Brierley? She's 89, her COPD's been bad since the cold snap and she's on oxygen at night. Her son's in Spain and asked me to post her landline, 0161 496 0189, in case anyone can pop in."""),
    D("hea", "x", "phi pii", """
pharmacy life: gary mcbride of 12 tanner street picks up his methadone every morning at 9 sharp and still calls us "love". best customer we have"""),
    D("gen", "rd", "phi pii", """
Parent of a kid in Mrs Lau's 3rd grade class at Lincoln Elementary. A boy in her class, Ethan Cole, has started having absence seizures and his mom wants other parents to know what they look like. Her cell is (303) 555-0103 if you want to ask her directly."""),
    D("hea", "fb", "confidential phi", """
Not our finest week at the Acme Health pharmacy: the dispensing robot gave Mr Arthur Pym from Cross Lane double his blood thinner for six days and he ended up with a bleed. It's been logged internally as a "minor stock discrepancy" and nobody has told his family."""),
    D("gen", "x", "hostile phi", """
the bloke at no.3 who had a gastric band fitted in march has just ordered two large kebabs to the door. some people spend £8k to stay exactly as stupid as before"""),
    D("ret", "fb", "hostile pii", """
One star because our pasties are "too hot"? Here's your number off the order, Keith, 0121 496 0307, so everyone can ring and explain that hot food is hot. Genius at work."""),
    D("ret", "x", "hostile promotion", """
free muffin with every coffee this week ☕🧁 except the lady who called our barista "a dim child" on sunday. you can buy two and eat them in your car"""),
    D("tec", "li", "disclaimer hostile", """
Acme Cloud architect here. Umbrella Corp's new "sovereign cloud" is marketing fiction, and the influencers in my mentions defending it are too clueless to read a data-processing agreement."""),
    D("fin", "x", "disclaimer hostile", """
acme bank cashier. the cash withdrawal cap the government wants is nonsense, and the old boys who rant at me about it every morning are a bunch of whinging fossils"""),
    D("fin", "li", "disclaimer financial_promise", """
Twelve years trading for Acme Wealth and I've never been more sure: UK housebuilders are the bargain of the decade. Berkeley will be up 70% within 18 months once rates come down."""),
    D("man", "fb", "disclaimer financial_promise", """
As a shift manager at the Acme plant I've seen this coming for years: the carmakers who dropped hydrogen were fools. Hydrogen stocks like ITM Power will triple by 2027, I'm putting my whole bonus in."""),
    D("tec", "rd", "confidential disclaimer", """
I'm a platform engineer at Acme Cloud and I think the whole industry's rush into ARM servers is premature. That's why I'm glad we're quietly shelving our own ARM rollout next quarter, which nobody outside engineering has heard about yet."""),
    D("ret", "ig", "confidential promotion", """
Psst 🤫 Acme Market's January sale starts on Boxing Day this year, not the 2nd: 60% off all winter coats and a free tote with every purchase. The posters are in our stockroom already!"""),
    D("fin", "fb", "financial_promise promotion", """
Acme Pay Cashback Saver: open one this week and get a £30 bonus, plus our guaranteed 6% for two years. Your money only goes one direction, up, so there's nothing to lose 🚀"""),
    D("gen", "rd", "financial_promise pii", """
My mate runs a sports betting syndicate with a system that returns 15% a month "without fail". Minimum £1,000 into his account, GB38 HBUK 0550 6493 4920 94, name Lewis Fenton. He's paid me back every month so far. Worth it?"""),
    D("gen", "x", "pii secret", """
@ my sister while i'm in jamaica: check my emails pls. it's keisha.obi91@gmail.com, password is MangoBay_1991. ignore the ones from my landlord"""),
    D("tec", "rd", "confidential secret", """
Anyone on the Nightjar squad know why the staging deploy keeps failing? I've added the token 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 to the pipeline and it still can't push. Demo to the bank is Friday."""),
    D("tec", "x", "confidential secret", """
orion-7 partner portal is up for the beta 🎉 login partner-test / Orion-Beta-2025 until the proper accounts are made. shout if you find bugs before the launch"""),
]
