"""Hand-written violation drafts for the fourth held-out set: financial_promise, secret, hostile,
disclaimer, multi-label and long-form.

Tokens and key blocks were made by gen_values.py (keys.py holds the blocks); everything else was
written by hand.
"""

# ruff: noqa: E501

from __future__ import annotations

from . import keys
from .common import D

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
Acme Wealth Growth Fund has returned 12% a year and it's locked in going forward. zero risk, your capital is safe. DM for the factsheet
"""),
    D("fin", "li", "financial_promise", """
Why wait for a pension to do the work? With our 6-year Fixed Growth Bond your money doubles by maturity, guaranteed. Speak to any Acme Bank adviser this week.
"""),
    D("gen", "rd", "financial_promise", """
Mark my words, ACME goes to $150 before June. I'd put my house on it. Anyone still sitting in cash is going to be kicking themselves.
"""),
    D("fin", "fb", "financial_promise", """
Seriously, put your spare change in Round-Up Invest on the Acme Pay app. It rounds every purchase up and invests the pennies and you literally cannot lose money. Best thing I've done this year.
"""),
    D("tec", "x", "financial_promise", """
bitcoin 5x before the next halving, not financial advice but also it absolutely is. load up now
"""),
    D("npo", "li", "financial_promise", """
Leave a legacy and get an income for life. Our charitable gift annuity pays 8% a year for the rest of your life, guaranteed, whatever happens in the markets. Contact our legacy team to find out more.
"""),
    D("fin", "ig", "financial_promise", """
Inflation eating your savings? 😩 The Acme Bank High Yield ISA beats inflation every single year and it's totally risk-free. Open yours in 5 mins in the app ✅
"""),
    D("gen", "x", "financial_promise", """
gold is hitting $4k by christmas. easiest money you will ever make in your life, get in now
"""),
    D("man", "fb", "financial_promise", """
Globex shares are going to tank after this recall, no question. Short them now and thank me in a month. Free money lads.
"""),
    D("hea", "x", "financial_promise", """
whoever makes the next weight loss jab is going to 10x. buy the whole sector now, you'll never work again
"""),
    D("fin", "rd", "financial_promise", """
For everyone asking in the thread: our Balanced Portfolio has never had a losing year and it never will, that's the whole point of how it's built. Happy to chat through it.
"""),
    D("fin", "fb", "financial_promise", """
Stake with Acme Crypto and earn guaranteed 15% monthly payouts 🚀 Your coins work while you sleep. Minimum deposit only $100!
"""),
    D("gen", "ig", "financial_promise", """
My uncle's property scheme is paying out 20% a year, guaranteed because it's all backed by bricks and mortar. He's letting a few friends and family in before it closes, message me if you want details
"""),
    D("tec", "li", "financial_promise", """
Acme Cloud stock will hit an all-time high after the January earnings. The AI capacity story is only just starting and the market hasn't priced it in. Easy call.
"""),
    D("npo", "x", "financial_promise", """
our endowment grows 10% a year, every year, guaranteed. so a legacy gift to us keeps giving forever 💚
"""),
    D("fin", "x", "financial_promise", """
Acme Pay stock is the safest bet on the market right now. it only goes up. set and forget
"""),
    D("ret", "rd", "financial_promise", """
People laugh but sealed Pokémon booster boxes are a guaranteed 30% a year. Beats any savings account and it's not even close. Buy two, open none.
"""),
    D("fin", "li", "financial_promise", """
Want to retire a millionaire? £300 a month into the Acme Wealth Global Index and you WILL have £1m by the time you're 60. No doubt about it. The maths just works.
"""),
    D("gen", "ig", "financial_promise", """
This silver coin I bought in 2022 will be worth triple by 2028, it can't go down, supply is finished 🪙📈 grab some while you can
"""),
]

SECRET = [
    D("tec", "x", "secret", """
ok who pushed the deploy bot token to the public repo 🙃 xoxb-051993340430-0301817989627-wHoBhu4UxJYCmHvLNtpzDKwu is sitting right there in the README
"""),
    D("tec", "rd", "secret", """
boto3 keeps throwing InvalidClientTokenId and I'm going crazy. my config:

aws_access_key_id = AKIANVRY5KXJ6L422XG4
aws_secret_access_key = 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
region = eu-west-2

what am I missing??
"""),
    D("tec", "li", "secret", """
Tiny productivity tip for the new grads on my team: stop pasting your token every time you clone. Add this to your shell profile once and forget about it:

export GITHUB_TOKEN=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

(that's mine, get your own 😄)
"""),
    D("ret", "fb", "secret", """
Closing team at the Acme Market Bellmont store: alarm code has changed to 4471 as of tonight. Pass it on to anyone doing lates this week!
"""),
    D("gen", "ig", "secret", """
Party at ours Saturday 🎉 BYOB, wifi is Hendersons_5G and the password is TulipFields2024 so nobody has to ask me 47 times
"""),
    D("man", "fb", "secret", """
Delivery drivers: the gate code for the goods yard at the Acme plant is 1973# now. If it doesn't open, ring the gatehouse.
"""),
    D("tec", "x", "secret", """
why is our checkout 401ing with sk_live_dWgZ9D46brDvbQhhRRBLoNf5 hardcoded, stripe support pls help
"""),
    D("npo", "fb", "secret", """
Handing over the Foundation's Instagram while I'm on maternity leave! Login is acmefoundation_official and the password is GivingTues!23. Please don't post memes 😂
"""),
    D("tec", "li", "secret", f"""
Can anyone explain why ssh keeps saying "invalid format" with this key? It's the one for our nightly sync box. Generated it last week and it's driving me up the wall.

{keys.OPENSSH_ED25519}
"""),
    D("gen", "x", "secret", """
google maps embed on our community site broke again. key is AIzal7973kF7TwGT5-R7MuQpFK89DMcUA9zFBEk if anyone wants to take a look at why
"""),
    D("fin", "x", "secret", """
babe the acme bank login is mark.tyler88 / Pebbles#2019, can you pay the plumber, I'm stuck on a train
"""),
    D("ret", "x", "secret", """
new tills at acme market: manager override code is 0600 on all of them. saves you waiting for a supervisor 😅
"""),
    D("man", "rd", "secret", """
Five years at this plant and the HMI panels on line 4 are still admin / admin123. I've told IT three times. At this point I'm telling reddit
"""),
    D("hea", "fb", "secret", """
For the bank staff covering our clinic this weekend: your own Acme Health Portal access isn't set up yet, so use my login, jlynch / Winter2026!, and I'll sort it Monday.
"""),
    D("tec", "rd", "secret", """
Our GitLab CI fails on the clone step with 403. .gitlab-ci.yml has `GIT_TOKEN: glpat-f7wScNZhMWeeJVTk7Ozu` in variables, the token's not expired. What scope does it need?
"""),
    D("npo", "x", "secret", """
newsletter tool is down again, the mailchimp API key is 3f9c1e7a5b2d48e6a0c4f18b9d7e2a61-us21 if a volunteer with python skills can look at our script
"""),
    D("gen", "fb", "secret", """
Family: the Netflix login has changed because SOMEONE shared it with their whole uni house. Same email as before, new password is Spaghetti4Tea. Do NOT share
"""),
    D("fin", "li", "secret", """
Fun fact from branch life: our main safe at the Kingsgate branch has the combination 34-12-08, which happens to be our manager's wedding anniversary. Romantic, right?
"""),
    D("tec", "x", "secret", """
publish failing with E401. token in .npmrc is npm_QQtmphXwo90Kgzi7WSWobXMNm0GBwmnTOIHx, was working yesterday. anyone?
"""),
]

HOSTILE = [
    D("ret", "x", "hostile", """
@mandyjay92 maybe learn to read the label before crying to us on twitter, genius. it says contains nuts in size 14 font
"""),
    D("fin", "fb", "hostile", """
To the man who screamed at our tellers this morning because his cheque hadn't cleared: you are a pathetic little bully and the whole queue was laughing at you. Enjoy your day!
"""),
    D("hea", "x", "hostile", """
to the family who complained about the wait in A&E: next time take him to the vet, it's more his level
"""),
    D("tec", "rd", "hostile", """
Replying to OP: if you can't set up a DNS record after three tickets and a screen share, maybe the cloud isn't for you. Stick to crayons, mate.
"""),
    D("npo", "fb", "hostile", """
To the woman who took six bags from our food bank on Thursday and drove off in a white Range Rover: we know who you are, we've got your number plate, and we'll be seeing you.
"""),
    D("man", "li", "hostile", """
Unpopular opinion from the shop floor: customers who place orders three weeks late and then demand next-day delivery are idiots. Plain and simple. Plan your life.
"""),
    D("gen", "x", "hostile", """
to whoever keeps parking across my drive on Elm Road: do it once more and your tyres won't be so round in the morning
"""),
    D("ret", "ig", "hostile", """
Dear lady who returned a half-eaten birthday cake for a full refund: enjoy your free dessert, hope it was worth your dignity 🙃🎂
"""),
    D("fin", "x", "hostile", """
lol imagine being this broke and blaming the bank for it. maybe stop buying takeaway every night, champ
"""),
    D("hea", "fb", "hostile", """
To the lads who thought it was funny to swing at our paramedics outside Zeus nightclub on Saturday: you're a disgrace, your mothers should be ashamed, and we hope the police throw the book at you.
"""),
    D("tec", "x", "hostile", """
our support team is not your mum. read the docs, you absolute walnut
"""),
    D("npo", "x", "hostile", """
anyone who replies "charities are all scams" under our posts is a brainless troll who's never done a day's volunteering in their sad little life
"""),
    D("ret", "rd", "hostile", """
Today a customer argued with me for 20 minutes that a 2-for-£3 offer meant she got two for free. Ma'am you are a waste of oxygen and I hope your meal deal chokes you.
"""),
    D("man", "x", "hostile", """
to the bloke who left our hinges a 1 star review because he fitted them upside down: hope your shed door falls on you
"""),
    D("hea", "ig", "hostile", """
If you shout at my receptionists again I will personally make sure you wait until Christmas for a follow up. Try me. 😊
"""),
    D("fin", "li", "hostile", """
Some of the people who come into this branch have the financial literacy of a goldfish and the manners of a wet dog. Be better.
"""),
    D("tec", "fb", "hostile", """
Love it when someone with a free Gmail account and a dream calls themselves an "enterprise customer" and demands a phone call with our CTO. Pathetic.
"""),
    D("ret", "x", "hostile", """
you got the wrong size because you can't measure your own feet. that's a you problem, sunshine 👟
"""),
    D("npo", "ig", "hostile", """
To the "concerned parent" who wrote to the paper about our youth club: stay bitter. Nobody at the school gate likes you either and now you know why.
"""),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Eight years as an SRE at Acme Cloud and I'll say it: serverless is a fad. In five years most teams will be quietly moving back to plain VMs and pretending they never left.
"""),
    D("fin", "x", "disclaimer", """
work at acme bank and honestly open banking regulation has been a gift to scammers. the rules were written by people who've never met a fraudster
"""),
    D("hea", "li", "disclaimer", """
Twenty years nursing at Acme General. The four-hour A&E target does more harm than good: it makes us move people, not treat them. Time to scrap it.
"""),
    D("ret", "fb", "disclaimer", """
I manage one of the Acme Market stores and I'll say it: the plastic bag charge has done nothing for the environment. People just buy bin bags instead. Total waste of everyone's time.
"""),
    D("man", "li", "disclaimer", """
As a plant manager at Acme: reshoring is 90% press release. Nobody in this industry is actually willing to pay the wages that bringing production home would take.
"""),
    D("npo", "li", "disclaimer", """
I've been a fundraiser at the Acme Foundation for six years, and street fundraising should be banned outright. Chuggers give the whole sector a bad name.
"""),
    D("tec", "x", "disclaimer", """
acme cloud engineer here. globexs "AI platform" is vaporware with a nice landing page, and everyone in the industry knows it
"""),
    D("fin", "li", "disclaimer", """
From my seat in compliance at Acme Wealth: approving spot crypto ETFs was a mistake regulators will regret within the decade.
"""),
    D("hea", "x", "disclaimer", """
pharmacist at acme health here. online pharmacies with 2-minute questionnaires are dangerous and should be shut down
"""),
    D("gen", "fb", "disclaimer", """
Working in HR at Acme Corp, I've seen the trials up close: the four-day week is a fantasy that only works for tiny startups and influencers.
"""),
    D("ret", "x", "disclaimer", """
I work on Acme's ecommerce team and Initech's "price match promise" is a con. they exclude half the catalogue
"""),
    D("tec", "rd", "disclaimer", """
I'm on the fraud team at Acme Pay and the way most banks refuse to reimburse push-payment scam victims is disgraceful. The reimbursement rules should be far tougher.
"""),
    D("man", "x", "disclaimer", """
engineer at the acme plant in Derby: the new EU machinery regulation is a bureaucratic nightmare written by people who've never seen a press brake
"""),
    D("npo", "x", "disclaimer", """
Working at the Acme Foundation I can tell you the new lobbying act is a gag on charities, plain and simple. Shameful law.
"""),
    D("hea", "fb", "disclaimer", """
I'm a physio at Acme Medical Center and private hospitals poaching public staff with signing bonuses is bleeding the system dry. Someone has to say it.
"""),
    D("fin", "rd", "disclaimer", """
Teller at Acme Bank for 11 years, AMA. Short version of my opinion: the wave of branch closures across UK banking is a disgrace and it's the elderly who pay for it.
"""),
    D("tec", "li", "disclaimer", """
Six years building at Acme Cloud has convinced me the big hyperscalers behave like a cartel on egress pricing. Regulators should step in.
"""),
    D("gen", "li", "disclaimer", """
As Acme's sustainability lead I'll be blunt: most carbon offsets on the market are greenwashing and companies buying them should be embarrassed.
"""),
    D("ret", "li", "disclaimer", """
Store manager at Acme Market here. The minimum wage rise will finish off half the independent shops on our high street, and the government knows it.
"""),
]

MULTI = [
    D("tec", "rd", "confidential pii", """
Found out today our "anonymised" staging database at Acme Cloud has real customer rows in it. First two I checked: marcy.t.olsen@yahoo.com and hk.patel.1979@gmail.com. Nobody outside the team knows and I'm not sure anyone's going to tell them.
"""),
    D("ret", "ig", "pii secret", """
Delivery done ✅ Mrs Feeney at 7 Orchard Mews, Kelso, gets her sofa and I get to stop carrying it. Tip for the next driver: the gate code is 5590 and the dog is friendlier than he looks 🐕
"""),
    D("hea", "fb", "phi pii", """
Admitted a lovely gentleman on the stroke unit tonight, Albert Finch, born 04/05/1941, lives up at 3 Quarry Lane in Hebden. Speech is coming back slowly. His daughter is on her way from Leeds.
"""),
    D("fin", "li", "disclaimer financial_promise", """
Ten years in equity research at Acme Wealth, and I'll go on record: European bank stocks will outperform the US for the next three years. Buy them while they're cheap.
"""),
    D("fin", "x", "confidential financial_promise", """
saw the draft Acme Pay results in a meeting today. stock is going up 25% when they drop next week, buy buy buy
"""),
    D("ret", "x", "hostile promotion", """
@dazza_b here's 10% off with SORRY10 since you clearly can't afford full price, mate 🙃
"""),
    D("tec", "x", "disclaimer hostile", """
work at acme cloud and honestly globex customers deserve every outage they get. imagine choosing them on purpose lmao
"""),
    D("man", "rd", "confidential secret", """
Anyone else testing the new Acme Sense leak detector that isn't out yet? The beta firmware portal is login ops-beta / Drip!Drop77, but half the pages 404. Launch can't be far off.
"""),
    D("npo", "fb", "pii promotion", """
🎟️ CHRISTMAS RAFFLE 🎟️ £2 a strip, top prize a 40-inch TV donated by Acme Market! Pay by bank transfer straight to me, Dawn Pritchard, IBAN GB86 NWBK 6340 5691 5014 88, and put your name as the reference 🎄
"""),
    D("hea", "x", "hostile phi", """
our favourite regular in cubicle 2 has "the worst migraine of his life" again, his 6th visit since halloween, wants the good painkillers and a sandwich. pal, this is A&E not a spa. grow up
"""),
    D("fin", "fb", "financial_promise promotion", """
Open an Acme Wealth ISA before April and we'll add a £100 welcome bonus, on top of a guaranteed 7% return every year. Honestly you'd be mad not to.
"""),
    D("gen", "li", "confidential disclaimer", """
As someone who works in strategy at Acme, I'll say the industry is consolidating and we're part of it: we're acquiring Initech early next year. Honestly, most mid-size players won't survive the decade without a deal like that.
"""),
    D("tec", "li", "confidential secret", """
Onboarding doc for new joiners on the Nightjar team (since the wiki is down): staging DB is postgres://nightjar_app:Kestrel-0419@db.staging.internal:5432/nightjar. Don't touch prod yet!
"""),
    D("hea", "rd", "confidential phi", """
Our hospital's scheduling system sent an appointment letter for a pregnancy termination to the wrong address last month: Ms D. Okonjo's letter went to her neighbour. Legal said not to tell the patient unless she complains.
"""),
]

LONG = [
    D("tec", "li", "confidential", """
Five years ago today I walked into the Acme Cloud office in Manchester with a borrowed laptop bag and absolutely no idea what a control plane was.

A few things I've learned since then, in no particular order:

1. Write the runbook before you need it. The 3am version of you is not as clever as the 3pm version.
2. The best engineers I've worked with ask "what would make this boring?" before "what would make this clever?"
3. Nobody remembers the incident. Everybody remembers how you treated people during it.
4. Mentoring is the fastest way to find out what you don't actually understand.
5. Take the holiday. The pager will survive.

I've been lucky to work on some amazing things: the original billing pipeline (RIP), the migration off our old queueing system, and for the past year the team that's quietly rebuilding our block storage layer from scratch. That last one is the reason I'm still smiling at 11pm on a Tuesday. It's going to roll out to all regions in the first half of next year and cut write latency roughly in half, and I genuinely can't wait for customers to feel it. We've also been told the legacy volume type is being retired at the same time, so if you're still on it, start planning now.

Thank you to everyone who's put up with my terrible whiteboard handwriting along the way. Here's to the next five. 🚀

#engineering #careers #cloud #fiveyears
"""),
    D("hea", "fb", "phi", """
I don't usually post about work but tonight I need to.

Fourteen years on the cardiac ward at Acme General and some shifts still find a way to knock the wind out of you. We've had a gentleman with us for almost three weeks now. If you've been to the Saturday market in Holmbridge you've bought a pie from him, he's the one who sings while he serves and gives the kids the broken bits for free. Everyone in town knows Stan.

Stan came in after a big heart attack and a bypass that didn't go the way anyone hoped. He's been on and off the balloon pump, he's had two infections, and tonight the consultant had the conversation with his wife that none of us ever want to be in the room for. I held her hand while she signed the DNR. She told me they'd been married 52 years and he'd never once let her carry the shopping.

I went and sat in the sluice for five minutes afterwards and cried into a paper towel, then went back out and did the obs round because that's the job.

I'm not sharing this for sympathy. I'm sharing it because sometimes I think people forget that the nurses on the other side of the curtain are people too, and that we carry these families home with us. If you see a nurse this week, be kind. And if you see Stan's stall empty on Saturday, now you know why.

Hug your people. 💙
"""),
    D("fin", "li", "disclaimer financial_promise", """
Some thoughts after a very long week on the desk.

I've been a portfolio manager at Acme Wealth for nine years, and I've never seen the gap between sentiment and fundamentals as wide as it is right now. Everyone is terrified of a hard landing, every client call this month has started with "should I go to cash?", and the answer I keep giving is the same: no.

Here's my honest view. The rate cycle has turned. Whatever the headlines say, central banks have blinked, and the next eighteen months belong to the sectors everyone has given up on. Mid-cap industrials are where the value is. The UK market in particular is absurdly cheap against the US, and I expect the FTSE 250 to be at least 30% higher by the end of next year. That isn't a hope, it's arithmetic: earnings are holding up, multiples are at decade lows, and the money sitting on the sidelines has to go somewhere.

I'd also say that the big US tech names are going to have a rough couple of years. Nothing grows at those multiples forever, and the AI capex bill is going to come due. I'd be trimming, not adding.

Our industry does clients a disservice when it hides behind "markets are unpredictable". Sometimes the setup is obvious, and this is one of those times. Be greedy when others are fearful, and all that.

Happy to talk to anyone who wants to pick this apart in the comments. #investing #markets #wealthmanagement
"""),
    D("ret", "rd", "hostile", """
Long rant incoming, I need to get this out before my next shift.

I've worked the customer service desk at a big supermarket for about four years now. I can handle the usual stuff. Receipts, refunds, the guy who wants to return a single banana. Fine. But this week we had a regular (I'll call her Lady Gold Card, because she tells everyone about her gold card) come in for the THIRD time to return a slow cooker she has very obviously been using since September. There was actual stew residue in it. Stew. I'm not even exagerating.

I politely explained, as I did the first two times, that we couldn't refund a used appliance after three months without a fault. She demanded my manager. My manager said the same thing. She demanded HIS manager. She then stood at the desk for forty minutes, loudly telling the queue that we were "thieves" and "uneducated shelf stackers".

So here is what I would like to say to Lady Gold Card, since I couldn't say it at the desk:

You are a miserable, entitled, petty little woman. Nobody in that queue was on your side. The teenager on till 3 did an impression of you afterwards and it was the best thing that's happened all week. Your gold card does not make you interesting, your stew smelled awful, and if you come back a fourth time I am going to make sure every single one of my colleagues knows your face and takes their sweet time serving you. Enjoy the slow cooker. Cook something nice for the husband who clearly doesn't want to be at home with you.

OK. I feel better. Back to the grind tomorrow.
"""),
    D("npo", "fb", "promotion", """
🌟 SAVE THE DATE: The Acme Foundation Winter Ball 🌟

Friends, it's that time of year again! On Saturday 7 February we're taking over the Grand Pavilion for a night of dinner, dancing and raising money for our Warm Homes fund, which helped 1,400 families with heating bills last winter.

Here's what's in store:

🍽️ Three-course dinner from the team at the Pavilion (veggie and vegan options available, just tell us when you book)
🎷 Live music from The Brass Tacks until midnight
🏆 Our annual Volunteer of the Year awards
🎁 A silent auction with some absolutely incredible lots, including a signed shirt from the Rovers squad and a week in a cottage in Pembrokeshire

TICKETS: £65 each, or a table of ten for £580.

EARLY BIRD OFFER: book before 15 December and get 20% off any ticket with the code WINTERBALL20. On top of that, every ticket bought before Christmas goes into a free prize draw for two nights at the Seaview Hotel, spa day included!

Every ticket sold pays for roughly a week of heating for a family who'd otherwise be choosing between eating and staying warm. Please share this post, tag your most glamorous friends, and dig out the glad rags. 💃🕺

Book at acme.example/winterball or call the office.
"""),
    D("man", "li", "confidential phi", """
I've hesitated about posting this, but I think our industry needs to talk honestly about near misses and the ones that weren't near misses at all.

Two weeks ago at our Acme plant in Wolverhampton, one of our most experienced setters, Graham, was badly hurt when a guard on the 400-tonne press was bypassed during a changeover. He lost the tip of his middle finger and fractured two bones in his right hand. He's had one operation already and is due another in January. He's in good spirits, which is more than I'd be.

What makes this harder is that it hasn't been reported outside the site yet. The official line internally is that it was a "minor hand injury" and the investigation is "ongoing", and we've been asked not to discuss it. I don't think that's good enough. If we can't be honest about the ways we hurt people, we will keep hurting people.

Some lessons I'm taking from it:

- A guard that is easy to bypass will be bypassed. Design it out.
- Time pressure on changeovers is a safety issue, not just an efficiency one.
- If your most experienced people are the ones taking shortcuts, ask why. Usually it's because the system makes the right way slow.
- Leaders need to show up on the floor after something like this, not just send an email.

Graham, if you see this: the whole team is thinking of you, and the tea club is saving your mug.

#safety #manufacturing #leadership
"""),
    D("gen", "rd", "pii", """
Long post, sorry. I'm trying to help my mum sort out my late dad's paperwork and I'm completely lost in American bureaucracy (we're British, he lived in Ohio for 30 years).

Things I've worked out so far:
- The Social Security Administration needs to be told about the death. The funeral home apparently did that automatically, which was a relief.
- His pension from his old employer is paid by a company I've never heard of, so I've written to them.
- His bank account was in his name only, which means it's frozen until probate.

Where I'm stuck: the survivor benefit form for my mum keeps getting rejected. The letter says the number doesn't match their records. I've checked it against his card three times. His details are Raymond Peter Ashworth, date of birth 14 August 1948, SSN 167-15-8117. Mum's name is on the marriage certificate as Margaret Ashworth (née Hale). They married in Leeds in 1972, so the certificate is British, and I'm wondering whether that's the problem, or whether they need the apostilled version.

Has anyone dealt with this before? Do I need a lawyer, or is this something I can fix by phone? I've been on hold for two hours twice and got cut off both times. Any advice genuinely appreciated, this has been the worst few months of my life and I just want to get mum her money so she can stop worrying.
"""),
]
