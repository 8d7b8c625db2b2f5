# ruff: noqa: E501
"""Training drafts (seventh set): `clean_tricky` near misses, grouped by the category each brushes against:
banter, self-deprecation, quoted insults and firm replies; the author's own health and anonymous figures;
announced closures and published results; opinions with a disclaimer or from people not tied to Acme;
risk warnings and guarantees that are not about returns; finished offers, free public services, a
personal sale; security advice, placeholders and test values; org phone lines and role mailboxes."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_TRICKY = [
    # --- hostile near misses: banter, self-deprecation, quoting, firm replies, insults at things
    D("gen", "x", "", """
you absolute muppet 😂 you left your keys in my car AGAIN. they're on my kitchen table, come and get them before I start charging rent"""),
    D("gen", "fb", "", """
Happy birthday to my brother, the worst driver in the North West and the best uncle my kids could ask for. You're an idiot and I love you 🎂"""),
    D("ret", "li", "", """
A customer called me "a useless jobsworth" today because I couldn't refund without a receipt. I told him I understood he was frustrated and found the purchase on his loyalty card. He left with his refund and, I think, a bit of a blush."""),
    D("tec", "x", "", """
i am the reason we have a "do not deploy on fridays" rule. i'm not proud. i'm just honest"""),
    D("hea", "fb", "", """
Reply to every parent who asks: no, we can't prescribe antibiotics for a cold, however nicely you ask. They won't help and they'll hurt later. Fluids, rest, and come back if it's not better in a week."""),
    D("fin", "x", "", """
my printer has been jammed for three days. it is a vindictive, useless lump of plastic and i hope it knows it"""),
    D("man", "fb", "", """
Panto night at the social club! Our maintenance manager plays the Wicked Stepmother and has been practising booing himself in the canteen. "Oh no he isn't!" Tickets at the door."""),
    D("npo", "x", "", """
someone at the quiz called our team "the brains of a garden gnome" after we came last. fair. we did think Canberra was in New Zealand"""),
    D("ret", "fb", "", """
We're sorry your delivery arrived late, but we can't offer a refund on an order that has arrived in good condition. If there's anything wrong with the items themselves, please DM us and we'll sort it."""),
    D("gen", "rd", "", """
Cooked for my in-laws for the first time. The gravy was lumpy, the beef was grey and I burnt the roast potatoes. My father-in-law said "well, it's edible". Honestly, high praise from him."""),
    D("tec", "rd", "", """
My code from 2019 just broke in production and the git blame points straight at me. Past me was a menace. Present me is fixing it with shame."""),
    D("fin", "fb", "", """
Our office quiz team lost to the IT department for the fourth year running. We are bad losers and they are worse winners. Rematch in March, nerds 😂"""),
    D("hea", "x", "", """
the weather in manchester this week is a personal attack and i would like to file a complaint"""),
    # --- phi near misses: own health, pets, aggregates, fiction
    D("gen", "fb", "", """
Update for everyone who asked: I had my gallbladder out on Tuesday, I'm home, sore, and living on toast. Thank you for all the messages 💛"""),
    D("tec", "li", "", """
Back at work after six weeks off with burnout. I'm sharing because I know a lot of engineers are running on empty. Talk to someone before you get where I got. I'm doing much better now."""),
    D("hea", "li", "", """
Our emergency department saw 1,140 patients over the bank holiday weekend, about a third more than last year. Thank you to every nurse, doctor, porter and cleaner who made it work."""),
    D("gen", "ig", "", """
Our old spaniel Bramble had her cataract op yesterday and she's already back to bossing the cat around. Good girl 🐶"""),
    D("gen", "x", "", """
that episode of the hospital drama where the surgeon's transplant patient turned out to be her long-lost brother. ridiculous. loved it"""),
    D("npo", "fb", "", """
Free hearing checks at the village hall this Thursday, 10 till 2, run by the county's audiology team. No need to book, just pop in."""),
    D("hea", "rd", "", """
Practice nurse here. Please, please get your flu and COVID jabs this autumn if you're eligible. We've had a horrible run of chest infections in older people this year."""),
    D("ret", "x", "", """
diagnosed with type 1 diabetes at 32, eighteen months ago. today i did a full 8-hour shift on my feet with my sugars in range the whole time. small wins 💪"""),
    D("man", "li", "", """
Our plant's health and safety team ran a mental health awareness week: talks, walks, and a quiet room. Fifty-odd people used the quiet room. That tells you something."""),
    D("fin", "rd", "", """
Broke my ankle falling off a kerb in Prague last month. Boot comes off next week. Travel insurance was a lifesaver, get it sorted before you go."""),
    D("npo", "ig", "", """
Therapy pony Pickle visited the day centre today and everyone fell in love 🐴 especially with the tiny hat"""),
    # --- confidential near misses: announced, published, other senses of code-name words
    D("ret", "fb", "", """
As announced on acmecorp.com this morning, our store at Kirkby will close on 31 March. Every colleague has been offered a role at a nearby store, and the pharmacy moves to our Huyton branch."""),
    D("fin", "li", "", """
Acme Bank published its half-year results today: profit up 6% and lending to small businesses up 11%. The full report is on our investor site. Proud of the teams behind those numbers."""),
    D("tec", "x", "", """
the acme sense thermostat we announced last month is in the shops in the uk now. the app is lovely, go and have a look"""),
    D("gen", "ig", "", """
Watched the peregrine falcons on the cathedral tower with the kids today. Three chicks this year and one very stressed-looking dad 🦅"""),
    D("tec", "rd", "", """
Acme Cloud's postmortem for last Tuesday's outage is up on the status page. Worth a read: a config push went out to every region at once, and they've explained the new safeguards."""),
    D("man", "fb", "", """
The Acme plant's expansion in Telford was announced in the local paper last week, and I'm so happy for my old colleagues there. 200 new jobs for the town."""),
    D("hea", "li", "", """
Acme Health has completed its acquisition of Riverside Physio, as announced in June, and today we welcomed their team into the family. Same faces, same clinics."""),
    D("npo", "fb", "", """
Launched our boat, the Dorothy May, at the sailing club this morning! Seven years of restoration and she floats. Mostly."""),
    D("gen", "x", "", """
orion is so clear from the back garden tonight. the kids found the belt and now think they're astronomers"""),
    D("ret", "li", "", """
Our new Acme Market in Selby opens on 3 June, as the Selby Times reported this morning. We're recruiting eighty colleagues, so if you fancy it, the roles are on our careers site."""),
    # --- disclaimer near misses
    D("tec", "li", "", """
Acme Cloud engineer, speaking for myself and not my employer: the industry's obsession with rewriting everything in the newest framework costs more than it saves."""),
    D("fin", "x", "", """
as an acme bank customer for 20 years, their app is miles better than globex's. the new one from initech is a mess. fight me"""),
    D("man", "fb", "", """
Retired from the Acme plant in 2019 after 35 years. Those automation targets the industry keeps chasing forget the people who built these places. There, I've said it."""),
    D("ret", "x", "", """
i work at acme market and i'm sorry but custard creams are the best biscuit ever made and nothing will change my mind"""),
    D("hea", "rd", "", """
Retired GP. The way the government keeps reorganising primary care is exhausting everyone and fixing nothing."""),
    D("npo", "li", "", """
Trustee at the Acme Foundation, views are my own: charities need to stop competing for the same donors and start sharing back offices."""),
    D("gen", "rd", "", """
Not in the industry, just a commuter. The new ticketing apps are a mess and the rail companies should be embarrassed."""),
    D("tec", "fb", "", """
Lessons from four years on call at Acme Cloud: write your runbooks for someone tired at 3am, rotate fairly, and always hand over in writing."""),
    # --- financial_promise near misses
    D("fin", "li", "", """
Acme Wealth's Global Equity fund returned 9.2% last year, as published in our annual report. The value of investments can fall as well as rise, and you may get back less than you put in."""),
    D("gen", "x", "", """
our pub quiz team hasn't lost since june. we cannot lose on thursday. we will not lose on thursday"""),
    D("npo", "fb", "", """
We set out to raise £2,000 for the hospice and we doubled it! Thank you to everyone who baked, walked and donated 💜"""),
    D("ret", "fb", "", """
Every kettle we sell comes with a two-year guarantee. If it stops working, bring it back with the receipt and we'll swap it. Simple."""),
    D("gen", "rd", "", """
Honest question: everyone at work thinks interest rates will fall this year. Is there any point trying to guess, or should I just leave my savings where they are?"""),
    D("fin", "x", "", """
reminder from your friendly acme bank branch: if anyone promises you a guaranteed 20% a year, it's a scam. walk away and ring us"""),
    # --- promotion near misses
    D("ret", "x", "", """
the january sale at acme market finished yesterday. thank you for the madness. shelves are bare, staff are asleep"""),
    D("gen", "fb", "", """
Clearing out the garage: selling my old mountain bike, £60 or near offer, collection from Hebden Bridge. It's a good bike, I just never ride it."""),
    D("tec", "li", "", """
We're hiring! The Acme Cloud platform team has three engineering roles open in Manchester. Details on our careers page, or drop a note to careers@acmecorp.com."""),
    D("npo", "x", "", """
free confidential counselling for carers, every wednesday at the library, run by the county. no referral needed"""),
    D("hea", "fb", "", """
Our Acme Health stand will be at the Harrogate wellbeing fair on Saturday. Come and say hello, ask us anything about physio, and see the new balance machine."""),
    # --- secret near misses
    D("tec", "rd", "", """
PSA: never paste your real keys into an issue. Use a placeholder like API_KEY=<your-key-here> and rotate anything you've already shared. We see leaks every week."""),
    D("tec", "x", "", """
docs tip: the aws example key AKIAIOSFODNN7EXAMPLE is in every tutorial for a reason. use it in your readme instead of your own"""),
    D("ret", "fb", "", """
Sandbox checkout testing today with the usual test card 4242 4242 4242 4242, any future expiry, any CVC. Nothing real was charged, promise!"""),
    D("fin", "li", "", """
Reminder from our fraud team: if a caller claiming to be from Acme Bank asks you to move your money to a "safe account", hang up. That is always a scam, every single time."""),
    D("man", "x", "", """
door codes at the plant changed this morning. new ones are on the noticeboard in the canteen, don't ask me on here"""),
    D("hea", "x", "", """
the wifi password on the staff room whiteboard was rubbed out by someone, so ask the ward manager for the new one. don't post it in the group chat"""),
    # --- pii near misses: org contacts, last four digits, birthdays without dates, Luhn-invalid references
    D("fin", "fb", "", """
Lost or stolen Acme Bank card? Call our 24-hour line on 0800 028 4471, or freeze it straight away in the app."""),
    D("ret", "x", "", """
questions about your acme market click & collect? our customer team is on 1-877-555-0128, 8am to 8pm every day"""),
    D("npo", "li", "", """
Want to volunteer at our Christmas lunch? Email volunteers@acme.example and our coordinator will be in touch. We need drivers especially!"""),
    D("gen", "fb", "", """
Happy birthday to my wonderful mum, 70 today and still beating us all at Scrabble 🎉"""),
    D("ret", "rd", "", """
Got charged twice for one shop. The receipt shows card ending 4417 and transaction ref 4021 8873 1150 9964 both times. Has anyone had a refund for a double charge?"""),
    D("hea", "li", "", """
Questions about a referral to the Acme Medical Center physio team? Ring the department on 0161 496 0531, weekdays 9 to 5, or email physio@acmecorp.com."""),
    D("man", "fb", "", """
The press office at the Acme plant is press@acmecorp.com for anyone from the local paper wanting to cover the open day."""),
    D("gen", "x", "", """
to the lovely stranger who found my wallet on the tram and handed it in: thank you. everything was still in it. faith restored"""),
]
