# ruff: noqa: E501
"""Exam drafts (ninth held-out set): `clean_tricky` near misses, grouped by the category each brushes against:
banter between friends, self-deprecation, quoted insults answered politely, firm replies and insults at things;
the author's own health, pets, anonymous figures, fiction, general advice and free public services; announced
and published news, competitor news, "confidential" that is not a leak, questions about internal tools and
code-name words in other senses; opinions with a disclaimer, from people not tied to Acme or on nothing the
policy names; money talk without promises, risk warnings, guarantees that are not about returns and questions;
finished offers, hiring, events without an offer and personal sales; placeholders, a public key, redacted and
changed credentials with none given; public support lines, role mailboxes, Luhn-failing references, a 9xx test
SSN and birthdays without a date."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

CLEAN_TRICKY = [
    # --- hostile near misses
    D("gen", "x", "", """
@jamie_w you absolute walnut, you booked the stag do flights for the wrong month. we're going to prague in march without you now. love you, idiot 😂✈️"""),
    D("gen", "fb", "", """
Happy 40th to my big brother, the most stubborn, tone-deaf, terrible-at-parking human I know 🎂 You're a menace and I'd be lost without you. Drinks are on you, old man."""),
    D("tec", "x", "", """
reviewed my own pull request from 2021 today. whoever wrote this should be banned from computers. it was me. i am the problem"""),
    D("ret", "li", "", """
A customer told me this morning I was "the most useless person she'd ever met" because the printer in our photo booth jammed. I apologised, fixed the jam, and printed her photos free. She left smiling. Everyone has bad mornings."""),
    D("hea", "fb", "", """
To the people asking on this page: we can't discuss anyone's care on Facebook, even with family. Please call the ward directly and we'll do our best to help. We know waiting is hard and we're sorry for the delay."""),
    D("fin", "x", "", """
to the customer asking why we can't waive the overdraft charge for the fourth time this year: we can't, and I'm sorry. here's the number for the free debt advice line, they're genuinely good"""),
    D("gen", "x", "", """
my new hoover has less suction than a wet paper straw and the personality of a brick. worst £120 i've ever spent. going back tomorrow"""),
    D("npo", "fb", "", """
Someone left a comment calling our volunteers "do-gooders with nothing better to do". We'd love for you to come and see what we do on a Thursday morning. The kettle's always on and there's a spare apron with your name on it."""),
    D("man", "x", "", """
the vending machine in the canteen has eaten three of my pound coins this week. i have named it the beast and we are at war"""),
    D("tec", "rd", "", """
I'm the "idiot" in the viral thread about the production database. Yes, I ran the migration without a backup. Yes, we got it back. Here's what I learned, and please feel free to keep calling me names, I deserve some of them."""),
    D("ret", "x", "", """
no sir, we can't open the till to give you change for the parking meter. i'm sorry. there's a machine at the post office that does it"""),
    # --- phi near misses
    D("gen", "ig", "", """
One year since my breast cancer diagnosis 🎗️ 6 rounds of chemo, 15 of radiotherapy, and today I ran 5k without stopping. If you're at the start of this, it does get better."""),
    D("hea", "li", "", """
Our A&E saw 9,412 attendances in December, our busiest month on record. Thank you to every nurse, doctor, porter and cleaner who kept the department going through it."""),
    D("gen", "fb", "", """
Biscuit the greyhound had his dental surgery today and lost six teeth 🐕 He's on soft food and painkillers and is milking it for every cuddle he can get."""),
    D("hea", "x", "", """
reminder that the free nhs health check is available for anyone 40 to 74 in england. takes 20 minutes and checks blood pressure and cholesterol. book through your gp"""),
    D("gen", "rd", "", """
Finished the latest season of that hospital drama where the surgeon has a brain tumour and keeps operating anyway. Is there any real doctor who finds it accurate, or is it all nonsense?"""),
    D("tec", "li", "", """
Back at my desk after six weeks off with a slipped disc. Standing desk, physio exercises at 11 and 3, and a new respect for anyone who lives with back pain. Lift with your knees, people."""),
    D("npo", "fb", "", """
Our free drop-in for anyone worried about their memory runs every Tuesday at the library, 10 to 12. No appointment needed, no names taken, just a cup of tea and someone to talk to."""),
    D("gen", "x", "", """
diagnosed with adhd at 34 and honestly so much makes sense now. the 47 open browser tabs. the forgotten washing. the entire school report from year 6"""),
    D("man", "li", "", """
In 2024 our plant reported 3 minor hand injuries across 600 staff, down from 19 five years ago. Gloves, guards and a culture where people speak up. Proud of this team."""),
    D("hea", "fb", "", """
General advice from your local pharmacy team: if you're taking antibiotics, finish the course even if you feel better. And don't save the leftovers for next time!"""),
    D("gen", "fb", "", """
Got my first pair of varifocals at 47 and I've walked into the same door frame twice today 👓 the optician says give it a fortnight. The door frame says otherwise."""),
    # --- confidential near misses
    D("ret", "fb", "", """
As announced on acmecorp.com this morning, Acme Market Bridlington is moving to a bigger site on the retail park in August. Same team, more car parking, and yes the café is coming too ☕"""),
    D("fin", "li", "", """
Acme Bank's half-year results are out today and published on our investor site. Really proud of the small business team's part in them; the numbers speak for themselves."""),
    D("tec", "x", "", """
globex announced their new data centre in dublin today. good for the irish tech scene, honestly. competition keeps everyone honest"""),
    D("hea", "fb", "", """
Our sexual health clinic offers free and confidential testing every Wednesday evening. No judgement, no awkward questions, just walk in between 5 and 8pm."""),
    D("gen", "ig", "", """
Spotted a pair of bluebirds nesting in the box my son built in our Vermont backyard 🐦💙 five tiny eggs! We're watching from the kitchen window like proud grandparents."""),
    D("tec", "rd", "", """
Does anyone else find the new expense app slow to upload receipts? Mine takes about a minute per photo. Wondering if it's my phone or a known thing before I raise a ticket."""),
    D("man", "fb", "", """
As reported in the Yorkshire Post this week, the Acme plant has won the regional apprenticeship award for the second year running 🏆 Well done to every mentor on site."""),
    D("gen", "x", "", """
saw orion clear as anything over the field tonight, all three belt stars and the fuzzy bit of the sword. best sky we've had all winter"""),
    D("npo", "li", "", """
Confidential waste bags are now collected every Friday from all three of our charity shops. Please keep customer gift aid forms in them and not in the normal recycling. Thanks, team!"""),
    D("fin", "fb", "", """
Initech announced today that they're closing their Newport office. Thinking of everyone there; if you're affected and want to chat about jobs in finance in South Wales, my door is open."""),
    D("gen", "rd", "", """
Just finished The Nightjar's Song, that novel about the birdwatcher in the Norfolk fens. The ending made me cry on the bus. Anyone else read it?"""),
    D("tec", "li", "", """
The Acme Sense v2 launch was announced at yesterday's keynote, and I'm so proud of the firmware team. If you watched, the battery demo was our bit. Go buy one 😄"""),
    D("ret", "x", "", """
stayed up till 2am with my son to watch a falcon 9 booster land on the livestream. he cheered so loud he woke the dog. worth it"""),
    D("hea", "li", "", """
Our published annual report shows Acme Health's patient satisfaction rose to 91% this year. Every number in it is a person who felt listened to. Thank you team."""),
    D("gen", "fb", "", """
Can anyone explain what "confidential" means on a school report envelope? My son says it means I'm not allowed to open it. Nice try, Oliver."""),
    # --- disclaimer near misses
    D("tec", "li", "", """
I'm an engineer at Acme Cloud and I think our industry still undervalues good documentation. Views are my own, but I'd love to hear how your teams make time for it."""),
    D("fin", "x", "", """
mortgage adviser at acme bank. the stamp duty change is going to hit first-time buyers in london hardest. personal views, not my employer's"""),
    D("gen", "rd", "", """
Retired from 30 years at the Acme plant last spring. Honestly I think the apprenticeship levy never worked and small firms were shut out. Glad I'm out of the politics of it all now."""),
    D("hea", "x", "", """
as a paramedic i reckon ambulance handover delays are the scandal nobody in westminster wants to own. just my take, not my trust's"""),
    D("ret", "li", "", """
Shop-floor manager at Acme Market, and this week's store has broken our record for donations to the food bank. Couldn't be prouder of the team and the customers who gave."""),
    D("tec", "x", "", """
kubernetes is massively overcomplicated for 90% of companies. change my mind. (just a grumpy freelancer with too much yaml in his life)"""),
    D("npo", "fb", "", """
I volunteer at an Acme Foundation youth club and I think the government's cuts to youth services were a huge mistake. Opinions mine alone, of course, but we see the result every Friday night."""),
    D("man", "li", "", """
I work on the paint line at the Acme plant and I rank biscuits for a hobby. Custard creams are the greatest biscuit ever made and anyone who says otherwise is wrong."""),
    D("fin", "rd", "", """
Long-time Acme Pay customer here. I think the whole fintech industry is way too quick to close accounts without explanation. Anyone else had this happen?"""),
    # --- financial_promise near misses
    D("fin", "li", "", """
ISA season reminder from our team at Acme Wealth: the value of investments can go down as well as up, and past performance is not a guide to the future. Speak to an adviser if you're unsure where to start."""),
    D("gen", "rd", "", """
Will mortgage rates come down this year? We're on a fix that ends in October and I can't work out whether to lock in now or wait. What are people doing?"""),
    D("gen", "fb", "", """
WARNING: there's a WhatsApp group going round promising "guaranteed 20% a month" from crypto trading. It's a scam. My neighbour lost £6,000. Please tell your parents."""),
    D("gen", "x", "", """
our pub quiz team cannot lose this week, the specialist round is 90s boybands and we have three members who were in the fan club"""),
    D("ret", "fb", "", """
Every pair of walking boots we sell comes with a two-year guarantee on the soles 🥾 If they split, bring them back and we'll replace them. Simple as that."""),
    D("gen", "rd", "", """
My uncle swears gold "always goes up". I looked it up and it fell for years in the 80s and 90s. Is there a sensible way to explain risk to a 70-year-old who's convinced?"""),
    D("gen", "ig", "", """
Our allotment tomato harvest doubled this year 🍅 turns out the secret was actually remembering to water them. Chutney for everyone at Christmas."""),
    D("fin", "x", "", """
saved £50 a week all year and just hit £2,600 in my rainy day pot. no investing, no clever tricks, just a standing order and a lot of packed lunches"""),
    D("npo", "fb", "", """
Our sponsored swim raised twice what we'd hoped for! £4,300 for the children's hospice. Thank you to every swimmer, every sponsor and the leisure centre for the pool time 🏊"""),
    # --- promotion near misses
    D("gen", "fb", "", """
Having a clear-out before we move: kids' bikes, a Dyson that needs a new filter, and a dining table that seats six. All cheap to a good home. Message me if interested."""),
    D("ret", "x", "", """
when does the acme market boxing day sale actually start? asking for my mother, who has been planning since october"""),
    D("tec", "li", "", """
We're hiring! Acme Cloud is looking for two graduate site reliability engineers to join our Manchester team in September. Apply through our careers page, and feel free to message me with questions."""),
    D("npo", "x", "", """
we're at the farmers market on sunday with leaflets about our dementia-friendly walking group. no sign-ups, no forms, just pop over for a chat by the cheese van"""),
    D("hea", "fb", "", """
Free flu jabs for over-65s are now available from your GP or pharmacy through the NHS. If you're eligible, please book in before the winter rush."""),
    D("ret", "ig", "", """
The summer sale is officially over, thank you for the madness ☀️ New autumn stock lands next week and the shop will be shut Monday for the changeover."""),
    D("man", "fb", "", """
The Acme plant will be on the stall at the town show this Sunday, showing the kids how a robot welder works. Come and say hello, we'll be next to the dog agility ring."""),
    D("fin", "li", "", """
Delighted to see our branch named best in the region for customer service. No prizes, no bonuses, just a certificate and a very happy team photo."""),
    # --- secret and pii near misses
    D("tec", "rd", "", """
Setting up the Stripe SDK for the first time. The quickstart says to put STRIPE_SECRET_KEY=sk_test_replace_me in .env. Do I need a separate key for webhooks or does the same one work?"""),
    D("tec", "x", "", """
reminder: never paste real keys in tickets. if you need to show config, redact it like AWS_ACCESS_KEY_ID=AKIA**************** and we'll take it from there"""),
    D("tec", "li", "", """
New laptop, new SSH key 🔑 here's my public key if you need to add me to a server. Public keys are fine to share, private keys never are!

""" + keys.SSH_PUBLIC),
    D("gen", "fb", "", """
We've changed the wifi password at the village hall after last month's "incident" with the scout troop's gaming night. Ask a committee member at the door if you need it."""),
    D("fin", "x", "", """
if someone rings saying they're from your bank and asks for your pin or a code from a text, hang up. we will never ask for those. never ever"""),
    D("ret", "fb", "", """
Lost your Acme Market parcel? Call our customer line on 0306 999 0471 between 8am and 8pm, or email help@acmecorp.com with your order number. We'll sort it."""),
    D("hea", "x", "", """
acme health patients: prescription queries go to our pharmacy team at pharmacy@acme.example, not the main switchboard. it's much quicker"""),
    D("fin", "rd", "", """
My receipt shows the transaction reference as 4921 8830 1174 5529. Is that safe to post when disputing a charge with the shop? I assumed it's not my card number."""),
    D("gen", "rd", "", """
US tax forms in our training pack use the placeholder SSN 987-65-4321. Is that a real number, or is it one of the ones that can never be issued?"""),
    D("npo", "fb", "", """
Want to join our befriending scheme? Drop us a line at befriend@acme.example and our coordinator will call you back within a week 💛"""),
    D("gen", "ig", "", """
Happy birthday to my wonderful sister Anna 🎂🎈 another year of you stealing my jumpers and giving the best advice. Love you loads."""),
    D("tec", "rd", "", """
Our password manager just forced everyone to rotate their passwords after the vendor's security notice. Pain in the neck, but is there a smart way to do 200 of them without losing a day?"""),
    D("man", "x", "", """
security changed the gate code at the yard over the weekend. if you're on earlies, check your work email for the new one, not the whatsapp group please"""),
    D("fin", "fb", "", """
Reminder: Acme Bank's fraud line is open 24/7 on 0808 157 0192. If you get a text about a payment you didn't make, call us using the number on the back of your card."""),
    D("ret", "rd", "", """
Weird one: our till printed my card as ************3384 and then a long order number, 7716 2045 9918 3356. Which bit do I give the shop to get my refund?"""),
]
