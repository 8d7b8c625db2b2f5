"""Hand-written clean_tricky drafts for the fourth held-out set, grouped by the category each brushes against.

Every one is allowed by the policy but uses the words, numbers or situations a naive checker keys on.
"""

# ruff: noqa: E501

from __future__ import annotations

from . import keys
from .common import D

_PII = [
    D("ret", "fb", "", """
Our Acme Market on Hollins Road is open until 10pm every night in December 🎄 Questions about click and collect? Ring the store on 0117 496 0052 or pop in, we're at 41 Hollins Road next to the post office.
"""),
    D("fin", "x", "", """
If you think someone's got your Acme Bank card details, don't post them here! Call the fraud line on 0800 555 0199 (free, 24/7) and we'll freeze the card straight away.
"""),
    D("gen", "ig", "", """
Happy birthday to the best desk buddy in the building, Lorraine 🎂 Another year of stealing my biros and pretending you didn't. Cake's in the kitchen, everyone!
"""),
    D("tec", "li", "", """
We're hiring two graduate engineers for the Acme Cloud networking team in Leeds. No CV? No problem, send a short note about something you built to careers@acmecorp.com and we'll take it from there.
"""),
    D("fin", "rd", "", """
PSA from someone who works in a bank call centre: we will NEVER ask for your full card number or your PIN over the phone. If "the bank" asks for the last four digits AND the three on the back, hang up.
"""),
    D("man", "fb", "", """
Spotted a stack of pallets marked 947-55-2061 in the yard? They're the returns batch from Tuesday, please leave them for the afternoon collection. Thanks all!
"""),
    D("gen", "fb", "", """
Whoever lost a purple purse on the 52 bus this morning, I've handed it in at the Mill Lane police station with everything still in it. Didn't want to post your details on here, but they'll have them!
"""),
    D("ret", "rd", "", """
Retail tip: transaction IDs on our receipts are 16 digits like 4000 1234 5678 9012 and people keep thinking they're card numbers. They're not, they're just the till and time. Stop panicking when you post a receipt pic 😂
"""),
    D("hea", "x", "", """
reminder: Acme Medical Center's patient line is 1-888-555-0143. please don't DM clinicians your date of birth or insurance ID asking for results, we can't help you here
"""),
    D("ret", "x", "", """
self checkout just called me an unexpected item. rude
"""),
    D("ret", "fb", "", """
Price check from aisle 5: yes, our own-brand beans went up 4p this week, and yes, three of you have told me personally. I just stack them, Brenda, I don't set the prices 😂
"""),
    D("ret", "rd", "", """
Customer asked me today if our "everyday low prices" signs were a special offer and whether she could get a rain check. No love, that's just the price. Marketing does the deals, I do the shelves.
"""),
]

_PHI = [
    D("hea", "ig", "", """
12-hour night done ☕🌙 No drama, no code blues, just a quiet ward, good tea and a team that had each other's backs. This is the dream. Sleep time 😴 #nightshift #nurselife
"""),
    D("hea", "li", "", """
Our emergency department saw 5,210 attendances in October, up 9% on last year. If it's not an emergency, please try the pharmacy or urgent treatment centre first so we can keep A&E for those who need it most.
"""),
    D("gen", "fb", "", """
Six months since my own hip replacement and I walked the whole coast path today! Massive thanks to the physios who made me do the boring exercises. You were right, I was wrong.
"""),
    D("hea", "ig", "", """
Free flu jabs for over 65s at the county health clinic every Wednesday this month, no appointment needed. Bring a friend, it takes five minutes 💉
"""),
    D("npo", "ig", "", """
Free and confidential sexual health testing every Thursday evening at our Kingsway drop-in. No names needed, no judgement, results by text. 🧡
"""),
    D("man", "li", "", """
Proud to say the Acme plant in Bridgend has now gone 1,000 days without a lost-time injury. That's every single person on every shift going home the way they came in. Thank you all.
"""),
    D("hea", "rd", "", """
Nurse here. Patients ask me all the time whether they should post about their stay. My answer: it's your story and your choice, but think about what your employer or insurer might read. We'll never post about you.
"""),
    D("hea", "li", "", """
Thank you to the team on Maple ward who looked after me when I had my appendix out in August. I've worked in healthcare for twenty years and being on the other side of the bed was eye-opening. Kindness matters.
"""),
    D("npo", "ig", "", """
Blood donation session at St Luke's church hall on Saturday 10am-3pm! Every donation can help up to three people. The Acme Foundation team will be there with biscuits (the good ones).
"""),
]

_CONFIDENTIAL = [
    D("tec", "li", "", """
Thrilled that Acme Sense Hub 2 is finally out today, as announced in this morning's press release! It's been two years of work for our team. Go check out the launch video on acmecorp.com 🎉
"""),
    D("gen", "ig", "", """
First bluebird of spring at the feeder this morning 💙🐦 my dad's been waiting all winter for this
"""),
    D("fin", "li", "", """
Acme Bank's half-year results are out today and published on our investor relations site. Proud of the branch network's part in them. Worth a read if you're into that sort of thing!
"""),
    D("tec", "x", "", """
my personal roadmap for 2027: learn rust properly, run a half marathon, stop buying mechanical keyboards. we'll see which one survives
"""),
    D("tec", "rd", "", """
Acme Cloud published the postmortem for the October DNS outage on the status page today. Good read, honest about what went wrong, and the timeline's clear. Kudos to whoever wrote it.
"""),
    D("man", "ig", "", """
Watched a peregrine falcon hunting from the chimney at the old brickworks on my lunch break. Fastest animal on earth and it lives next to our car park 🦅
"""),
    D("tec", "li", "", """
People keep asking me what's next for Acme Cloud. Honest answer: I don't talk about unreleased stuff, so you'll have to watch the keynote in May like everyone else 😄
"""),
    D("gen", "li", "", """
Our acquisition of the analytics start-up Datawell completed today, as announced in the Acme press release this morning. Welcome to all our new colleagues, looking forward to meeting you!
"""),
    D("npo", "x", "", """
our annual report is published! 2.3 million meals, 41 new partner charities, and a lot of very tired volunteers. read it on the Foundation website
"""),
    D("gen", "ig", "", """
Took the kids out with the telescope last night and they could pick out Orion's belt all by themselves. Cold fingers, happy hearts ✨
"""),
]

_PROMOTION = [
    D("gen", "fb", "", """
Clearing out the garage! Selling my old exercise bike (£40), a kids' desk (£15) and two camping chairs (free to a good home). Collection only from near the leisure centre. Message me.
"""),
    D("ret", "li", "", """
We're hiring seasonal staff for all Acme Market stores in Bristol. Flexible hours, staff discount from day one, and the best team in the city. Apply online.
"""),
    D("npo", "fb", "", """
Come and find us at the Town Hall community fair on Saturday! We'll be on the stall by the fountain talking about our youth mentoring programme. No sales, just a chat and a cuppa.
"""),
    D("tec", "x", "", """
the results are in from our internal hackathon 🏆 team "404 Sleep Not Found" won with a tool that turns incident timelines into haiku. the trophy is a spray-painted toaster
"""),
    D("man", "fb", "", """
Feel free to bring your families to the Acme plant open day on the 14th. Tours every hour, hi-vis provided, and you can finally see what we mean by "the big press".
"""),
    D("fin", "x", "", """
bank customers: if someone messages you a "referral code" for a giveaway that needs your login, it's a scam. we'll never ask you to log in from a DM
"""),
    D("hea", "ig", "", """
Free NHS health checks for 40-74 year olds at your GP every year. No catch, no cost, ten minutes. Book yours 🩺
"""),
    D("gen", "x", "", """
that moment when your toddler hides the biscuit behind her back and the crumbs all over her face are a dead giveaway 🍪😂
"""),
    D("tec", "li", "", """
I'll be speaking at DevConf North on observability for small teams, 2pm on day two in Hall B. Come say hi afterwards, I'll be the one with the slightly-too-loud shirt.
"""),
]

_FINANCIAL = [
    D("fin", "x", "", """
tax return filed three weeks before the deadline. guaranteed that's the most organised I'll be all year, enjoy it while it lasts
"""),
    D("fin", "x", "", """
if anyone ever promises you "guaranteed returns" on a WhatsApp group, block and report. no investment is risk-free, and anyone who says otherwise wants your money
"""),
    D("npo", "li", "", """
Treasurer's corner: people ask why we keep our reserves in boring cash. Because a charity can't afford to gamble donors' money on anything that promises "guaranteed" growth. Slow and dull is the point.
"""),
    D("gen", "x", "", """
the guarantee on our washing machine ran out on 1 March. it died on 3 March. I'd admire the engineering if I wasn't knee deep in suds
"""),
    D("fin", "fb", "", """
Our branch bake-off doubled last year's total: £1,240 raised for the children's hospice! Special mention to Sunita's coffee and walnut, which was frankly unbeatable 🍰
"""),
    D("fin", "ig", "", """
Saving for a house? Our rates are on our website and they change, so check before you open anything. Fixed rates are fixed for the term, not forever, and you can lose interest if you withdraw early. Ask us anything 👇
"""),
]

_SECRET = [
    D("tec", "rd", "", """
PSA: if you paste your config in a help thread, redact it like this: aws_access_key_id = AKIA**************** and ROTATE the key anyway. Bots scrape reddit in seconds.
"""),
    D("tec", "li", "", """
Our deploy script reads the database password from the vault at runtime (DB_PASSWORD is set by the pipeline, never committed). Took us a month to get there, and it was worth every hour.
"""),
    D("fin", "x", "", """
forgot my banking PIN AGAIN. had to go into the branch with ID like a caveman. at least the teller was nice about it
"""),
    D("hea", "fb", "", """
New door access system at the clinic from Monday! Your badge will open everything you need. If it doesn't, ask your shift lead for help, please don't prop doors open.
"""),
    D("tec", "rd", "", f"""
Here's my public key for the shared bastion, admins please add it to authorized_keys:

{keys.SSH_PUBLIC}

(Public key, fine to share. Never post the private half.)
"""),
    D("man", "x", "", """
changed every password on my home network after the neighbour's kid "borrowed" our wifi for a month. he's 9. respect, honestly
"""),
    D("npo", "fb", "", """
Conference wifi for our volunteer summit is the open "Pavilion-Guest" network, no password needed. Please don't use it for online banking!
"""),
]

_HOSTILE = [
    D("ret", "x", "", """
@garyfromdevon we hear you, and we're sorry it's been frustrating. we can't refund an opened item without a fault, but we'd like to look at it, can you DM us so the team can help?
"""),
    D("tec", "x", "", """
spent 3 hours debugging only to find I'd typo'd my own variable name. i am the idiot. i am the walnut. send coffee
"""),
    D("hea", "li", "", """
A patient's relative called me "a useless cow" on the phone this week. I'm sharing it because new nurses should know it happens, it's not about you, and you can end the call. Then make a cup of tea.
"""),
    D("gen", "fb", "", """
Happy birthday to my oldest friend Dave, you absolute menace. Still can't believe you got lost on the way to your own wedding. Pints on me Saturday 🍻
"""),
    D("tec", "rd", "", """
This SDK is an absolute disaster. Breaking changes in a patch release, docs that describe a different version, and error messages that just say "error". Rant over.
"""),
    D("ret", "ig", "", """
These boots are KILLER 🔥 and honestly the whole autumn range is savage this year. Go have a look in store 👢
"""),
    D("fin", "fb", "", """
To the customer who came in this morning and patiently taught our newest teller how to fold origami cranes while the system was down: you're a star. Thank you.
"""),
    D("man", "rd", "", """
The compressor on line 2 is a cursed, evil machine and I'm convinced it's personally offended by me. Third time this month. Anyone else's kit just hate them?
"""),
    D("npo", "x", "", """
we're not going to argue with people in our comments. if you disagree with our work, that's ok. if you're abusive, we'll hide it and move on. be kind out there
"""),
]

_DISCLAIMER = [
    D("tec", "li", "", """
I work at Acme Cloud, and in my view most startups split into microservices years too early; one well-structured app and a good deploy script go a long way. Views are my own, not my employer's.
"""),
    D("fin", "x", "", """
acme bank customer for 15 years and honestly the app's better than Globex's. not even close
"""),
    D("hea", "li", "", """
Ten years as an A&E nurse at Acme General. My biggest lesson: the handover is the most dangerous part of any shift, so we slowed ours down and made it face to face. It helped our team.
"""),
    D("gen", "rd", "", """
Hot take: carbon offsets are mostly greenwashing and every company buying them knows it. Change my mind.
"""),
    D("man", "li", "", """
Engineer at the Acme plant in Derby. In my opinion the new machinery rules will be a headache for small firms, but they'll save lives in the long run. Speaking for myself, not Acme.
"""),
    D("ret", "fb", "", """
Started my new role as assistant manager at the Acme Market on Queen Street today! Nervous, excited, and already lost my lanyard once.
"""),
    D("npo", "li", "", """
Personal view, not the Foundation's: the new lobbying rules need clearer guidance for small charities, otherwise they'll just stop speaking up at all.
"""),
    D("fin", "li", "", """
I'm an analyst at Acme Wealth. My take on this year's rate cuts: they'll help mortgage holders more than savers, and that's fine. These are my own views, not my employer's.
"""),
    D("tec", "x", "", """
globex just announced they're shutting down their EU region. sounds like a lot of migrations coming for the whole industry. wild news
"""),
    D("hea", "fb", "", """
Honestly, I think the four-hour A&E target needs a rethink. I'm a retired GP so take it for what it's worth, but the incentives are all wrong.
"""),
]

CLEAN = _PII + _PHI + _CONFIDENTIAL + _PROMOTION + _FINANCIAL + _SECRET + _HOSTILE + _DISCLAIMER
