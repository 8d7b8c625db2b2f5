# ruff: noqa: E501
"""Training drafts (eleventh set): `clean_tricky` near misses, grouped by the category each brushes against:
banter between friends, self-deprecation, quoted insults answered politely, firm replies and insults at things
and animals; the author's own health, pets, anonymous figures, fiction, public events and health talk about no
identifiable person; news said to be announced, published or reported, competitors' own news, harmless uses of
"confidential", questions about internal tools and code-name words in other senses; opinions with an accepted
disclaimer, from people not tied to Acme, or lessons from one's own work; money talk without promises, risk
warnings, scam warnings and questions; finished offers, hiring, events without an offer, personal sales and
free public services; placeholders, masked and public keys, changed credentials with none given and security
advice; organisation phone lines, role mailboxes and addresses, Luhn-failing references, a 9xx batch number and
birthdays without a date."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

CLEAN_TRICKY = [
    # --- hostile near misses
    D("gen", "x", "", """
@sammo_b you absolute lamppost, you've turned up to the wrong stadium. i'm in the away end with your ticket and your pie. hurry up you walking sat-nav error 😂"""),
    D("gen", "fb", "", """
Best man speech draft, feedback welcome: "Rich has the fashion sense of a garden gnome and the singing voice of a reversing lorry, and he's the best mate a man could ask for." Too much? He'll laugh. His mum might not."""),
    D("gen", "ig", "", """
Tried to assemble a wardrobe without the instructions because "how hard can it be". Three hours, one spare door and a wardrobe that now leans like it's had a few. I am a fool and the wardrobe knows it 🪛"""),
    D("tec", "x", "", """
spent forty minutes looking for my glasses this morning. i was wearing them. i have a masters degree. nobody tell my manager"""),
    D("ret", "li", "", """
A customer called me "a walking price tag with a name badge" this morning because we'd sold out of the advertised TV. I said I was sorry, checked our other stores, and found one 12 miles away with two left. She came back this afternoon to say thank you. People have bad days."""),
    D("hea", "fb", "", """
Someone in the waiting room today told me I was "the slowest receptionist in Yorkshire". I smiled and said I'd be as quick as I could, and I was. Then I went in the back and ate a biscuit. Everyone's scared in a GP waiting room, it comes out as rudeness."""),
    D("fin", "x", "", """
customer asked me to waive his overdraft fee "because I'm a good person". i said no, politely, explained the fee and showed him how to set up the low-balance alert. firm, kind, done"""),
    D("gen", "rd", "", """
The Canada goose at Roundhay Park chased my toddler, hissed at my husband and ate half a sandwich out of my hand. Feathered gangster. Absolute thug. I respect him."""),
    D("tec", "fb", "", """
Our office coffee machine has decided that "latte" means "brown water at 40 degrees". It's a useless lump of chrome and I want it taken outside and dealt with."""),
    D("gen", "x", "", """
my brother just lost to my 9 year old at mario kart for the fourth time and said it was "lag". mate, it's a couch. there is no lag. you're just rubbish and we love you"""),
    D("npo", "fb", "", """
Someone left a comment on our appeal page saying we're "just virtue signalling with soup". Fair enough, you're welcome to your view. Our soup delivered 1,200 hot dinners last winter. The door's open if you ever want to see what we do."""),
    D("man", "x", "", """
works five-a-side tonight. our goalkeeper let in nine and then asked if anyone had seen his contact lenses. dave, we love you, you're a liability in gloves 🧤"""),
    D("ret", "fb", "", """
A reviewer said our fish and chips were "the worst in Scarborough". We've read it, we've checked the fryers, and we'd love the chance to do better. Come back in and your next meal's on the house if it's not right. Sorry we let you down."""),
    D("gen", "ig", "", """
My sourdough starter, Doughvid, has died. Again. He was a smelly, needy, ungrateful jar of sludge and I miss him terribly 🍞"""),
    D("hea", "x", "", """
patient's daughter told me i "clearly hate old people" because visiting ends at 8. i don't, i love her mum to bits. the rule's there so everyone gets some sleep. i offered her a call at 9 instead and she took it"""),
    D("gen", "fb", "", """
To the satnav lady who told me to "turn left" into a river in Northumberland: you are a menace and a liar, and I'm replacing you with a paper map."""),
    D("tec", "rd", "", """
Got called "a useless support bot pretending to be human" by a customer today. I'm a human. I wrote back, "I'm real, promise, let's sort your login", and we did. Sometimes you just have to take it on the chin."""),
    D("gen", "x", "", """
wife's just called me "a six foot toddler" for crying at the end of paddington 2. she's not wrong. it's a perfect film and i won't be taking questions"""),
    D("man", "x", "", """
new apprentice called me "grandad" on his first day. fair. i am one. he's on sweeping for a week, also fair"""),
    # --- phi near misses
    D("man", "li", "", """
Our site's lost-time injury rate fell to 0.3 per 100,000 hours worked this year, the lowest since records began at the plant. No names, no stories, just a lot of people looking out for each other."""),
    D("gen", "fb", "", """
One year since my kidney transplant today 🫘 Thank you to the donor family I'll never meet, to my sister who drove me to every appointment, and to the nurses on the renal ward who laughed at my terrible jokes. I'm going for a run."""),
    D("hea", "li", "", """
Our hand-hygiene audit at Acme Health came back at 97% across 52 wards this quarter. Thank you to every nurse, porter and cleaner who made it part of the routine."""),
    D("gen", "ig", "", """
Biscuit the labrador has had his cruciate ligament fixed 🐶 eight weeks of lead walks and no sofa jumping, which he considers a human rights violation."""),
    D("gen", "x", "", """
got diagnosed with dyspraxia at 29 and suddenly every dropped mug and every failed driving test makes sense. i'm not clumsy, i'm just wired differently. still dropped a mug today"""),
    D("gen", "fb", "", """
Has anyone watched the new BBC drama about the surgeon with early-onset dementia? The lead actor is incredible. I was in bits by episode three."""),
    D("hea", "fb", "", """
Reminder from the practice: if you're over 65 you can get the shingles vaccine free. Ring reception to book, it takes five minutes and a sore arm is the worst of it."""),
    D("npo", "li", "", """
Our survey of 3,100 bus drivers across the north found that seven in ten have back pain most weeks. The full report is on our website. Better seats cost less than sick days."""),
    D("gen", "rd", "", """
Had my tonsils out at 35 on Tuesday. Everyone said adults have it worse and everyone was right. Day 3, living on ice lollies. Anyone got tips for the ear pain?"""),
    D("man", "fb", "", """
Mental health first aid course done today at the Acme plant, 14 of us from across the shifts 💚 We learned how to start the conversation, what to say and when to get help. Proud of everyone who signed up."""),
    D("hea", "x", "", """
ward tip for new nurses: write the time on every cannula dressing. future you will thank past you. that's it, that's the tweet"""),
    D("gen", "fb", "", """
Two years since I deleted the betting apps. I lost a car and nearly a marriage before I did. If you're where I was, GamCare's helpline is free and nobody judges you there."""),
    D("gen", "ig", "", """
Our hens have red mite again 🐔 the coop's been scrubbed, powdered and scrubbed again. Doris, the ringleader, is unbothered and laying better than ever."""),
    D("hea", "rd", "", """
Physio here. General advice for anyone with a desk job: get up every 30 minutes, roll your shoulders back, and stop sitting on your wallet. Half the back pain I see is chairs and habits."""),
    D("gen", "x", "", """
blood donation number 50 today 🩸 they gave me a little badge and a pack of custard creams. that's the best deal in britain"""),
    D("gen", "fb", "", """
Dislocated my own shoulder falling off a paddleboard in Bala, in front of about forty people, on my birthday. Sling for four weeks. The paddleboard is fine, thanks for asking."""),
    D("npo", "fb", "", """
Free hearing tests at the library every Thursday morning in May, run by the community audiology team. No appointment needed, and there's tea."""),
    D("hea", "li", "", """
Our stroke unit's average time from arrival to clot-busting treatment fell to 38 minutes last year, as published in the national audit. Every minute matters, and the team worked hard for that number."""),
    # --- confidential near misses
    D("ret", "fb", "", """
As announced on acmecorp.com this morning, Acme Market is bringing the fresh fish counters back to 40 stores this year 🐟 Ours in Whitby is one of them, and I'm the one who'll be filleting."""),
    D("fin", "li", "", """
The regulator's complaints table published this morning has Acme Bank with the third fewest complaints per 1,000 customers. The branch teams earned that one."""),
    D("tec", "x", "", """
globex just announced they're shutting their london region next year. their blog post says customers get 12 months to move. that's going to be a busy year for someone"""),
    D("gen", "ig", "", """
Falconry display at the county show today 🦅 a Harris hawk landed on my son's glove and he hasn't stopped talking about it since. The falcon was too fast to photograph."""),
    D("gen", "x", "", """
rewatched the winter soldier tonight. sam wilson as the falcon is still the best thing in it, fight me"""),
    D("gen", "fb", "", """
My daughter's favourite page in her bird book is the nightjar, "the one with the frog mouth". She's drawn it eleven times. The fridge is all nightjars now."""),
    D("gen", "ig", "", """
Saw a 1989 Ford Orion in mint condition at the classic car show 🚗 same colour as my dad's. He used to drive it to Skegness with all five of us in the back."""),
    D("tec", "rd", "", """
Does anyone know if the new training portal at work carries over modules from the old one? I did my fire safety course in March and it's showing as not started. Don't fancy doing it twice."""),
    D("hea", "x", "", """
as the yorkshire post reported this week, acme general's new children's a&e opens in january. so excited, we've waited for this for years"""),
    D("gen", "fb", "", """
My kids have started a TOP CONFIDENTIAL club in the shed. Members: two children and a cat. Purpose: unknown. I've been told I can join "when I'm nicer"."""),
    D("npo", "li", "", """
The Acme Foundation's short film about the Bradford reading clubs premiered at the town hall last night and it's now on our YouTube channel. Bring tissues."""),
    D("hea", "fb", "", """
Confidential waste bins on every floor are being emptied on Friday, so if you've got old payslips or patient letters lying around your desk, shred them now please. Facilities team."""),
    D("tec", "li", "", """
Our paper on energy-efficient scheduling is out in this year's USENIX proceedings, open access for anyone to read. Two years of work, three rejections, one very patient co-author."""),
    D("gen", "x", "", """
initech announced their ceo's stepping down in their results this morning. stock's up 4%. markets are funny things"""),
    D("man", "fb", "", """
As the Northern Echo reported yesterday, the Acme plant has won a regional award for apprentice training. Proud to be one of the mentors. Well done lads and lasses 🏆"""),
    D("gen", "fb", "", """
Stood on the shore of Coniston Water where Donald Campbell's Bluebird crashed in 1967. Quiet, grey, a bit haunting. The restored boat in the museum is stunning."""),
    D("ret", "rd", "", """
Store staff question: does the new holiday booking system let you book half days yet? Mine only offers full days and I just need a Friday afternoon for my son's sports day."""),
    D("man", "fb", "", """
As the Doncaster Free Press covered in March, the Acme plant's new solar roof is now live, 4,000 panels on the old warehouse. The planning papers are on the council portal if you want the numbers."""),
    # --- disclaimer near misses
    D("man", "li", "", """
Quality engineer at the Acme plant. My tip for anyone new to inspection: measure it, write it down, then measure it again before you sign. It's not about any other company or any standard, it's just how I've avoided most of my mistakes."""),
    D("tec", "li", "", """
Views are my own, not my employer's. I've worked at Acme Cloud for seven years and I think the industry's rush to put AI chatbots in front of every support queue is making service worse, not better."""),
    D("fin", "x", "", """
personal view, not my employer's: the cash isa limit should go up with inflation. i work at acme bank but this is me as a saver, not them"""),
    D("gen", "fb", "", """
Retired after 31 years as a nurse. The agency staffing model is ruining wards and I'll say it now I'm free to: the government should cap agency rates tomorrow."""),
    D("ret", "x", "", """
i shop at acme market every week and their self-checkouts are a nightmare. the whole supermarket industry has gone too far with them. bring back humans"""),
    D("tec", "rd", "", """
Engineer at Acme Cloud. Lesson from our own outages: write the rollback step before you write the deploy step. That's not a dig at anyone, it's just what's saved us every time."""),
    D("hea", "li", "", """
Speaking for myself, not Acme General: the four-hour A&E target has done more to distort care than any policy in my career. We need a target that measures what patients actually need."""),
    D("man", "fb", "", """
I used to work at the Acme plant until 2019. The government's steel strategy is a joke and every politician who's visited the town knows it."""),
    D("npo", "x", "", """
my opinions, not my employer's (i'm at the acme foundation): the lottery funding cuts are going to hit small sports clubs hardest"""),
    D("gen", "rd", "", """
Hot take: the whole phone industry needs to stop removing headphone jacks. I'm a plumber, I don't work for anyone in tech, I just want to listen to podcasts in a loft."""),
    D("ret", "li", "", """
Acme Market store manager here, sharing what worked for us: we moved the bakery to the front and put the coffee machine by the door. Footfall before 8am up 20%. Try it in your store."""),
    D("fin", "fb", "", """
These are my personal views, not Acme Wealth's: cryptocurrency adverts on the Underground are irresponsible and should be banned. Rant over."""),
    D("tec", "x", "", """
acme sense customer for 3 years. the smart home industry is a mess of incompatible hubs and apps. please, someone, just make one standard"""),
    D("hea", "fb", "", """
I'm a GP receptionist at Acme Health and the best thing about our new phone system is the call-back button. You don't have to hold for 40 minutes. Tell your friends."""),
    D("man", "li", "", """
Not speaking for the Acme plant here, just for me: zero-hours contracts in manufacturing are bad for workers and bad for quality. Every line I've run works better with a settled team."""),
    D("fin", "rd", "", """
I work at Acme Pay. No opinions about the industry from me, I just want to know: does anyone have a good recipe for a birthday cake shaped like a bank card? It's for my son. He's obsessed."""),
    # --- financial_promise near misses
    D("fin", "li", "", """
Explaining ISAs to my niece: a cash ISA pays interest and won't fall, a stocks and shares ISA might grow more but can also drop, sometimes a lot. Which suits her depends on how long she can leave it alone."""),
    D("gen", "fb", "", """
Warning for anyone with older parents: a man cold-called my mum offering a "guaranteed" green energy bond at 9% with a glossy brochure. It's on the FCA's warning list. She nearly sent him £10,000. Please talk to yours."""),
    D("gen", "rd", "", """
Should I overpay my mortgage or put the extra into my pension? 34, basic rate taxpayer, fixed at 4.4% till 2028. Not after a promise, just how people think about it."""),
    D("fin", "x", "", """
asked chatgpt if tesco shares will go up next year and it said it can't predict share prices. more honest than half of finance twitter tbh"""),
    D("gen", "x", "", """
my nan cannot lose at bingo tonight, she's wearing the lucky cardigan and she's brought her own dabber. god help the rest of the hall"""),
    D("gen", "fb", "", """
The garden centre man says this rhubarb is guaranteed to come back every year and is "impossible to kill". Challenge accepted, I've killed mint."""),
    D("npo", "fb", "", """
Our community choir's membership has doubled since we started singing pop songs 🎤 42 of us now, every Wednesday at 7. Nobody auditions, everybody sings."""),
    D("ret", "ig", "", """
This cast-iron pan comes with a lifetime guarantee and honestly it'll outlive me 🍳 Not an ad, I just made the best fried egg of my life and wanted to tell someone."""),
    D("fin", "fb", "", """
Workplace pension explainer for new starters: your money goes into investments, and like any investment it can go down as well as up. Nobody can promise what it'll be worth when you retire. Ask HR for the fund factsheet."""),
    D("gen", "rd", "", """
My 8-year-old asked if her pocket money "will double" if she puts it in the bank. Explained interest to her with a real example: 3p a year. She's gone back to the piggy bank."""),
    D("gen", "ig", "", """
Switched to a seaweed feed and my tomato plants doubled their crop this year 🍅 I now have 14 kilos of tomatoes and no friends left who'll take any."""),
    D("gen", "x", "", """
reminder if you turned 18 in the last few years: you might have a child trust fund you forgot about. the government site finds it in five minutes. mine had £1,100 in it"""),
    D("fin", "rd", "", """
Fixed-rate savings question: if I lock into a 2-year fix at 4.1%, is that rate fixed for the whole term, or can the bank change it? I'm in the UK. Just trying to understand the basics."""),
    D("gen", "fb", "", """
My recipe for Yorkshire puddings is guaranteed to rise, or I'll eat my hat 🎩 Eggs, flour, milk in equal volumes, and the fat smoking hot. You're welcome."""),
    D("man", "rd", "", """
Lads asking about the share save scheme at work: it's a three-year savings plan with the option to buy company shares at a fixed price at the end. If the shares end up lower, you just take your savings back. Nobody knows which way it'll go, read the leaflet."""),
    # --- promotion near misses
    D("hea", "fb", "", """
The blood service is at the leisure centre on Monday and Tuesday, 1pm to 7pm. Walk-ins welcome if you've given before, new donors please book online."""),
    D("ret", "fb", "", """
Our café's autumn menu is up from Monday: pumpkin soup, a proper pie of the day and the return of the sticky toffee pudding. Prices are the same as last year."""),
    D("gen", "fb", "", """
Selling my grandad's old Hohner accordion, £150, collection from Pudsey. It wheezes a bit on the low notes, like he did. Would love it to go to someone who'll play it 🪗"""),
    D("ret", "li", "", """
Acme Market Wetherby is hiring night-shift colleagues to fill shelves, 10pm to 6am, four nights a week. Full training, and a team who'll make you a brew at 3am. Apply on the careers site."""),
    D("npo", "x", "", """
we're at the great yorkshire show on thursday, stand 14 in the livestock hall, talking about sheep welfare. come and ask us anything about lambing"""),
    D("gen", "fb", "", """
The fire station on Kirkgate is running free defibrillator training on Saturday morning. Twenty minutes, no booking, and you might save someone's life."""),
    D("ret", "rd", "", """
Do Acme Market loyalty points expire if you don't shop for a year? I've got a few thousand from before I moved abroad and I'm back now. Just asking, not fishing for a deal."""),
    D("ret", "rd", "", """
Question for anyone in retail: how do you deal with customers asking for a discount on a damaged box when the product's fine? We can't give one, store policy, so how do you say no nicely?"""),
    D("gen", "x", "", """
got a letter today from a magazine competition i entered in 2019. i won nothing. they just wanted to tell me. incredible admin"""),
    D("tec", "x", "", """
speaking at the cloud native meetup in leeds next thursday about on-call rotas. just me, some slides and a lot of opinions about sleep"""),
    D("npo", "fb", "", """
Our charity shop has had its best month ever thanks to your donations 🧥 We're full to the rafters, so please hold on to bags for a couple of weeks until we've made space."""),
    # --- secret near misses
    D("tec", "rd", "", """
For anyone following the tutorial: put your key in the .env file as OPENAI_API_KEY=replace-me and add .env to your .gitignore before your first commit. The README has a section on secrets managers."""),
    D("tec", "x", "", """
the token in yesterday's screenshot was ghp_•••••••• and it was revoked ten minutes after i noticed. please stop dming me about it"""),
    D("tec", "rd", "", """
Here's my public key for the shared build box, add it to authorized_keys when you get a minute:

""" + keys.SSH_PUBLIC),
    D("ret", "fb", "", """
Staff, the back door code has changed from today. Your supervisor will tell you the new one in person at your next shift. Please don't write it on the stockroom whiteboard this time."""),
    D("fin", "fb", "", """
My nan got a text from "Royal Mail" asking for her card details to pay a £1.45 redelivery fee. Fake. Forward those texts to 7726 and delete them. Real couriers don't ask for your card by text."""),
    D("gen", "rd", "", """
Which password manager do people actually use? Mine is a notebook in a drawer and my partner says that's "a burglar's dream". She has a point."""),
    D("gen", "x", "", """
the hotel printed the wifi details on the key card wallet. simple, sensible, nobody queuing at reception. why can't every hotel do this"""),
    D("tec", "rd", "", """
Placeholder config for the tutorial: DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME. Replace each part with your own values locally and never paste the real one anywhere public."""),
    D("tec", "li", "", """
We rotated every API key across our services this week after a routine audit. No keys were exposed, this is just good hygiene. If you've got an integration with us, check your dashboard for the new one."""),
    D("gen", "fb", "", """
I have forgotten my own wifi password and the sticker on the router has worn off. The kids are in meltdown. Do I really have to reset the whole thing?"""),
    D("gen", "x", "", """
my 6 year old asked what a password is. i said "a secret word that lets you in". she now won't let me in the bathroom without one"""),
    D("tec", "rd", "", """
If you find a token starting glpat- in a CI log, revoke it in GitLab first and ask questions later. Then work out how it got printed. Learned that one the hard way, no harm done."""),
    D("npo", "fb", "", """
Volunteers, the minibus keys are no longer in the office drawer. Sign them out at reception from Monday and bring them back the same day."""),
    D("man", "fb", "", """
The CNC controllers we bought all shipped with the same default service password, printed in the manual. We changed every one on install. If you run the same machines and haven't, do it today."""),
    # --- pii near misses
    D("man", "li", "", """
Suppliers and visitors to the Acme plant: please use the site switchboard on 0114 496 0935 rather than ringing staff mobiles. Reception is staffed 7am to 7pm."""),
    D("fin", "fb", "", """
Lost your Acme Pay card abroad? Freeze it in the app, then ring our 24-hour line on 1-866-555-0178 and we'll get a new one to you. Never give your PIN to anyone who calls you."""),
    D("ret", "x", "", """
acme market customer services is 0800 496 0734 if your online order's gone missing. they sorted mine in five minutes"""),
    D("npo", "fb", "", """
Doing a sponsored challenge for us this year? Email fundraising@acme.example for a sponsor form, a t-shirt and a very enthusiastic pep talk."""),
    D("hea", "li", "", """
Our physiotherapy department at Acme General is at the Woodhouse Lane entrance, level 2. Patients can call the booking line on 0113 496 0210 between 9 and 4."""),
    D("gen", "rd", "", """
Gym website won't accept my membership number, 7730 1152 9904 218, and the staff say "just try again". It's the number on the card. Anyone else had this?"""),
    D("gen", "fb", "", """
The twins' 7th birthday party is a dinosaur disco at the village hall 🦖 Invitations went out in book bags today. Parents, you're welcome to stay for a cuppa."""),
    D("fin", "rd", "", """
The payroll training slides at work use 987-65-4321 as the example social security number, which the IRS sets aside for adverts. A new starter asked whose it was. Nobody's, mate."""),
    D("tec", "x", "", """
press enquiries about the outage go to press@acmecorp.com, not to my personal dms please. i'm an engineer, i just fix things"""),
    D("ret", "fb", "", """
Christmas cards for the team can go to the store: Acme Market, 1 Station Parade, Harrogate, HG1 1TE. Not my house, please, my postman's had enough 📬"""),
    D("fin", "rd", "", """
My card ends in 4471, the statement shows a charge I don't recognise, and the bank's app says "pending". Do I report it now or wait till it goes through?"""),
    D("gen", "x", "", """
my best friend's birthday is next tuesday and she's turning 30 and pretending she isn't. i've booked karaoke. she will be singing"""),
    D("npo", "li", "", """
The Acme Foundation's office has moved to 12 Park Square, Leeds, LS1 2NE. Same team, same phone number, better coffee."""),
]
