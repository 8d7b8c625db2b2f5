# ruff: noqa: E501
"""Training drafts (fifth set): pii, secret, two-category drafts, long-form posts and short one-liners (some of
them plain clean).

The cards, IBANs, SSNs and tokens below were made once by gen_values.py (heldout/gen_values.py's generators,
re-seeded with this set's own seed) and copied in by hand; the private keys come from keys.py. Phone numbers are
in the 555-01xx, Ofcom drama and Australian fictional ranges; all people, places and numbers are invented."""

from __future__ import annotations

from ..heldout.common import D
from .keys import OPENSSH_ED25519, PKCS8_EC, RSA_PKCS1

PII = [
    D("ret", "fb", "pii", """
A customer left her card in the self-checkout at Acme Market on Sunday. Name on it is L. Fairbairn, number 4547 2491 2092 2112. It's in the office safe, love, come and get it whenever."""),
    D("fin", "rd", "pii", """
Is this normal? My Mastercard 5346 6240 6246 6627 got hit with two £0.01 charges from "VERIF*SVC" this morning. The app just says pending and the helpline queue is 50 minutes."""),
    D("gen", "x", "pii", """
locked out of my work laptop till IT wakes up, so reach me on my own address for now: toby.marchetti.77@gmail.com"""),
    D("tec", "li", "pii", """
Welcome to the team, Kofi! He joins our Acme Cloud support desk on Monday, and while his work line is being set up you can get him on his personal mobile, (503) 555-0176."""),
    D("hea", "fb", "pii", """
Our retiring matron, Brenda Hulme, lives at 42 Marsh Lane, Ormskirk, and we're flooding her doormat with cards. Please post yours to her house before the 12th! 💌"""),
    D("fin", "fb", "pii", """
Collection for Sunita's baby shower from the Acme Bank contact centre! Send whatever you like to my own account, GB48 NWBK 2495 7042 0385 38, reference BABY. Thank you all 🍼"""),
    D("npo", "x", "pii", """
us chapter volunteer forms all in! reminder gina carmody's ssn on her form was 730-98-7257, someone check it made it onto the roster"""),
    D("ret", "x", "pii", """
happy birthday to our longest-serving cashier pat driscoll, born 9 june 1958! forty years on the tills at acme market 🎂"""),
    D("man", "fb", "pii", """
Anyone remember Harry Lowther who drove forklifts at the Acme plant for thirty years? He's moved to 3 Kiln Row, Stoke-on-Trent ST4 2PL and would love some visitors."""),
    D("fin", "li", "pii", """
Customer service moment: the gentleman who left his Amex, 3454 122219 79967, on our counter has been reunited with it within the hour. Always check your wallet before you leave!"""),
    D("tec", "rd", "pii", """
Trying to verify my identity for Acme Pay payouts and it keeps saying "SSN mismatch". I've typed 134-23-9576 four times, same as on my tax return. Anyone else hit this?"""),
    D("hea", "x", "pii", """
new nurse on ward 5? text me on my own phone, 0161 496 0583, for the rota. the ward line is always engaged"""),
    D("npo", "fb", "pii", """
The Dublin sponsored cycle is three weeks away! If you'd rather give directly, my personal account is IE89 BOFI 4666 3002 9263 92 (Ciara Nolan) and I'll pass every cent on 🚴"""),
    D("fin", "x", "pii", """
my new visa has a 19 digit number, never seen that before: 4833 9503 2291 7658 237. is that a premium card thing?"""),
    D("gen", "fb", "pii", """
Found on the pavement outside the post office on Dale Street: a National Insurance card for Marcus Oyelaran, number JM 63 41 98 C. Message me and I'll get it back to you."""),
    D("ret", "ig", "pii", """
Lost property at Acme Market Hexham: a child's red raincoat with RUBY on the label. We think it belongs to Jenna Riordan's little one, we emailed jenna.riordan.home@hotmail.co.uk but no reply yet. Collect at customer services 🧥"""),
    D("tec", "x", "pii", """
paying for my own acme cloud account with my discover card 6011 5433 7111 6172 and the billing page times out every time. anyone else?"""),
    D("fin", "fb", "pii", """
Moving back to Berlin! For anyone at Acme Bank who still owes me for the farewell drinks, my German account is DE63 1007 0000 3038 4513 55 (Jonas Richter). No rush 😄"""),
    D("hea", "li", "pii", """
Happy birthday to Donna Pearce, our phlebotomy lead at Acme General, born 22 March 1966! If you want to send a card, her home address is 11 Orchard Close, Wigan WN1 3QT."""),
    D("man", "x", "pii", """
aussie crew from the acme plant tour, my personal mobile is 0491 570 113 if you need anything while you're in town"""),
    D("ret", "rd", "pii", """
Acme Market cashier here. A kid dropped his mum's Maestro card in our car park: 6759 5075 9476 8826, name S. Gallagher. If that's you it's waiting at the kiosk."""),
    D("npo", "li", "pii", """
Volunteer drivers needed! Please contact our coordinator directly: Hilary Stubbs, hilary.stubbs52@btinternet.com, or on her home number 0113 496 0715."""),
    D("tec", "fb", "pii", """
Set up Acme Pay for my daughter's bake stall and it asked for a backup card. Typed in mine, 2368 6500 5158 7180, and it went through instantly. So easy!"""),
    D("gen", "rd", "pii", """
My coworker at Acme Corp accidentally emailed her W-2 to the whole floor. Her SSN, 183-10-3465, is now in about 300 inboxes. What should she do first?"""),
    D("fin", "rd", "pii", """
Paid a supplier in Rotterdam to the wrong account and the bank says they can't recall it without the beneficiary's consent. The account I sent it to is NL02 INGB 7357 9278 06, which apparently belongs to a Mr Pieter de Groot. How do I even contact him?"""),
    D("ret", "fb", "pii", """
Found a UnionPay card under the trolley bay at Acme Market Didsbury, 6247 5662 5550 8779 664, name ZHANG WEI. Handed it to customer services, please share so it gets back to her!"""),
]

SECRET = [
    D("tec", "rd", "secret", """
Since we moved workspaces the Acme Cloud incident bot posts every message twice. It runs as xoxb-705251904473-7836773780479-sRPlNoG17k4bw1pSHVBLBX37 with chat:write only. Is this a retry thing?"""),
    D("tec", "x", "secret", """
ci keeps failing on the private repo even though i set GH_TOKEN=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. has it expired or am i being thick"""),
    D("tec", "li", "secret", """
Migration day! Moving the Acme Sense analytics into the new account. For the contractors joining today: AWS_ACCESS_KEY_ID=AKIAINDL57HFBKG6655S and AWS_SECRET_ACCESS_KEY=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."""),
    D("ret", "fb", "secret", """
Staff at Acme Market Lincoln: the back office wifi is AcmeStaff5G and the password is now Turnip!Lorry42. Please don't hand it out to customers."""),
    D("hea", "x", "secret", """
new card for the ward petty cash arrived, PIN is 7316. sister says it lives in the blue folder, not your pocket"""),
    D("fin", "li", "secret", """
Thrilled to wrap up our payments migration at Acme Pay! Shout-out to the team. For the runbook, the live key we rotated to is sk_live_eZPgASmqDikgfXHVTin78dZf."""),
    D("man", "fb", "secret", """
Locking up the Acme plant tonight? The alarm code for the east office is 4490 then OFF. Kev's on holiday so it's down to you."""),
    D("npo", "fb", "secret", """
Charity shop volunteers: the till login is volunteer / Robin2026 until Maria sets up your own. Please keep it in this group!"""),
    D("tec", "rd", "secret", """
Why does the map on the Acme Market store locator say "for development purposes only"? The script tag has key=AIzas62Z_4wiMiZBXBBUcPflBsykOZ8l2I8adYA and billing is switched on."""),
    D("gen", "x", "secret", """
house-sitter notes: wifi is "Mossgrove", password snowdrop-kettle-88. dog food under the sink, cat food above it"""),
    D("tec", "fb", "secret", """
Docs site pipeline token: glpat-XQKIxpr8Rw0qNTIy2vp8. Paste it into the CI variables and the Acme Cloud docs build should go green again."""),
    D("fin", "x", "secret", """
branch vault combination changed today, it's 18-44-07 now. putting it here because i'll have forgotten by monday"""),
    D("hea", "fb", "secret", """
Night staff at Acme Medical Center: the door code for the doctors' mess is 2580#. Help yourselves to the biscuits 🍪"""),
    D("ret", "x", "secret", """
whoever opens acme market on kirk st tomorrow: shutter keypad code 0719, alarm code 3355. i'm off sick, sorry"""),
    D("tec", "rd", "secret", f"""
Can't get ssh to accept this key, keeps saying "invalid format". Here's the whole thing:

{OPENSSH_ED25519}

It works from my laptop, just not from the Acme Cloud bastion. Line endings?"""),
    D("fin", "rd", "secret", """
For the new joiners at Acme Bank: the training tenant's login is demo.teller7 and the password is Harbour#2219. It's the production training instance, so be nice to it."""),
    D("npo", "x", "secret", """
publishing our donation widget to npm from the foundation laptop, token npm_q7xXPoYEuzplqpJZvfSIbtlLiqQ6078xHmFX. ping me if it breaks"""),
    D("man", "rd", "secret", """
Engineers on line 4 at the Acme plant: the HMI admin password is Forge_line4! and it has been since commissioning. Log in, then please change it."""),
    D("gen", "fb", "secret", """
Garage sale today from 10! If I'm not in, the cash float is in the lockbox on the shed, combination 6-2-9-1. Honesty jar next to it."""),
    D("hea", "rd", "secret", """
The Acme Health Portal admin creds for the pilot clinic went to the wrong mailing list, so for the three of you who need them: clinic.admin@pilot / Meadow!7741. Change it at first login."""),
    D("tec", "x", "secret", """
on-call bot webhook, paste into grafana: https://hooks.slack.com/services/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"""),
    D("tec", "rd", "secret", f"""
Interns asked how our old deploy box authenticated, so here's the key it used (it's ancient):

{RSA_PKCS1}

Don't judge, it was 2019."""),
]

MULTI = [
    D("hea", "x", "hostile phi", """
to whoever is in bed 11 on ward 4 at acme general: every nurse knows you're faking the chest pain to get a sandwich. your ECG is perfect. give it up"""),
    D("hea", "fb", "phi pii", """
Patient in side room 2, Alan Birtwistle, born 04/11/1949, of 7 Ferncliffe Road, Keighley, came in with a GI bleed and his daughter isn't answering. Can anyone local knock on?"""),
    D("tec", "x", "confidential disclaimer", """
acme cloud engineer. our frankfurt gpu region launches in may and it'll embarrass globex, whose offering has been overpriced junk for years"""),
    D("fin", "ig", "financial_promise promotion", """
Open an Acme Wealth ISA this month and we'll put £100 in it for you, plus our growth fund is guaranteed to beat cash. Win-win 💸"""),
    D("gen", "fb", "pii secret", """
Leaving the keys with you, Marta! Address is 19 Tanner Street, Frome BA11 1AA, the alarm code is 8824 and the wifi password is bramble-tea-71. Back Sunday."""),
    D("fin", "x", "disclaimer hostile", """
acme bank branch manager: anyone still falling for crypto influencers in 2026 deserves to lose the lot, and the regulator's "education campaigns" are useless"""),
    D("gen", "li", "confidential hostile", """
To the journalist fishing on LinkedIn about Acme layoffs: yes, 200 roles go in January, and no, I won't be talking to a hack like you."""),
    D("hea", "rd", "confidential phi", """
Still no announcement about the Acme Medical Center maternity records leak: 1,200 files, and one of them is Laura Mensah's, with her stillbirth notes in full. How is this not public yet?"""),
    D("ret", "fb", "pii promotion", """
Raffle winner! Congrats to Derek Hume of 27 Birch Avenue, Preston, you've won the Acme Market Christmas hamper 🎁 We'll drop it round on Saturday."""),
    D("tec", "fb", "confidential secret", """
Project Falcon staging is up! Login falcon-admin / Kestrel!2026 for anyone running the demo tomorrow."""),
    D("fin", "li", "disclaimer financial_promise", """
As an Acme Wealth portfolio manager: the S&P will be at 8,000 by next December and our US fund will ride it all the way. Sitting in cash is the costliest mistake savers are making."""),
    D("ret", "x", "phi pii", """
acme market pharmacy: mrs edna cole of 5 prior road, your warfarin and insulin have been ready since tuesday. we've rung 0117 496 0281 three times"""),
    D("ret", "fb", "hostile promotion", """
30% off all garden furniture at Acme Market this weekend! Unless you're the clown who returned four chairs covered in bird mess. You can pay full price."""),
    D("tec", "x", "confidential promotion", """
acme sense outdoor cam doesn't launch till march but friends can use EARLYBIRD30 on the hidden product page for 30% off now"""),
    D("hea", "li", "disclaimer phi", """
I'm a consultant at Acme General. Mr Ivanov in bed 9 waited 31 hours in A&E with a perforated ulcer because this government has gutted social care. The health secretary should resign."""),
    D("hea", "x", "hostile phi", """
the guy in cubicle 3 with the ketamine bladder is shouting at the nurses again. enjoy your catheter, champ"""),
    D("ret", "x", "hostile pii", """
to the customer who left the fake review: your name is carl benson and you live at 60 hatfield road, luton. still feel anonymous? 😘"""),
    D("fin", "fb", "financial_promise promotion", """
Switch to Acme Bank's premier account and get a year of travel insurance thrown in free, plus our fixed bond earns you 8% guaranteed."""),
    D("tec", "li", "confidential pii", """
Leaving Acme Pay next month now they've axed the whole Orion-7 team. If anyone wants to talk roles, my personal mobile is (312) 555-0147."""),
    D("man", "fb", "pii secret", """
Covering for Dave at the Acme plant, the canteen machine ate his card. PIN's 4412 and the card is 4549 2790 0925 0424, can someone in facilities get it out?"""),
    D("npo", "li", "confidential disclaimer", """
Acme Foundation programme lead. We're quietly closing our Leeds refuge in the spring, which tells you everything about this government's "commitment" to domestic abuse services."""),
    D("hea", "rd", "disclaimer hostile", """
Nurse at Acme General. Anti-vax parents are selfish idiots, and the government's "personal choice" messaging is getting children killed."""),
]

LONG = [
    D("fin", "li", "disclaimer", """
Fifteen years ago I opened my first account as a cashier at Acme Bank's branch on Northgate. This week I'm the manager of that same branch, and I've been thinking about what this industry has done to towns like ours.

When I started, there were six banks on our high street. Now there's us and a building society that opens three days a week. Every closure came with the same letter: "customers increasingly prefer digital". Some do. The eighty-year-old who comes in every Friday to draw out her pension in cash does not, and she isn't going to start because a board in London decided she should.

The truth is that the big banks chased cost-to-income ratios and treated branches as a line to cut. The banking hub scheme the government is so proud of is a sticking plaster: a shared room two mornings a week, staffed on rotation, with no one who knows your name.

Regulators should have made access to cash a legal duty ten years ago. They waited until the damage was done, and now they call it progress.

I love this job and I love this town. I just wish the people making the decisions came and stood behind the counter for a week. Rant over. Back to work on Monday 💙"""),
    D("hea", "fb", "phi", """
My last shift as a porter at Acme General before I retire, and I wanted to write down some of the people I'll miss.

There was Mr Adeyemi in bed 14 on Ward 7, who told me every single morning that his new hip was "better than the factory one" and made me race his wheelchair down the corridor to X-ray. There was little Sophie B., six, who had her appendix out in March and insisted I wear her sparkly crown while I pushed her bed to theatre. There was Dennis from the allotments on Mill Lane, in for his chemo every other Tuesday for two years, who always had a bag of runner beans for the nurses.

And there was Mrs Kaur in bay 4, who had the stroke on Christmas Eve and couldn't speak for weeks, but squeezed my hand every time I took her down for her scans, and said "thank you, son" on the day she went home to her grandchildren.

Thirty-one years of corridors and lifts and trolleys. I've walked about forty thousand miles in this building. I'll miss the staff, I'll miss the tea room, and I'll miss every one of you who let me be a tiny part of your worst and best days.

Look after each other. Mick x"""),
    D("tec", "rd", "confidential", """
Throwaway, obviously. I've been on the Acme Cloud platform team for four years and I'm leaving in January, so here's what your account manager won't tell you yet.

1. The managed Kafka service is being wound down. The decision was made in the October planning offsite; customers get a year's notice from April and a migration path to a partner's service. If you're building on it now, stop.

2. Bluebird is the new serverless runtime. It's been in private testing with about forty customers since the summer, cold starts are genuinely under 50ms, and it will be priced per millisecond. General availability is pencilled in for May, around the developer conference.

3. Egress pricing in Europe is getting a complete overhaul in Q2. The number I've seen in the pricing deck is a 40% cut for traffic between regions, aimed squarely at Globex, who have been eating our lunch in Frankfurt.

4. The reorganisation everyone keeps hinting about is real. Support is being merged into the customer success org and a couple of regional offices will close. Headcount numbers were still moving when I last looked.

Plans change, so salt to taste. But as a customer I'd want to know."""),
    D("tec", "rd", "secret", f"""
Long shot, but I've been stuck on this for two days and I'm out of ideas.

We're moving the Acme Sense notification service into containers. Locally it works; in the cluster the TLS handshake to the push gateway fails with "unable to load private key". The secret mounts, the file is readable and there's no trailing whitespace.

This is the key file exactly as it sits in the secret (yes, I know, but it's already scheduled for rotation once this works):

{PKCS8_EC}

And the relevant bit of the config:

    push:
      gateway: push-gw.internal:8443
      key_file: /etc/push/key.pem
      cert_file: /etc/push/cert.pem

Tried so far: converting it to a SEC1 block, base64-encoding it into the secret, and mounting it as a file instead of an env var.

Does the Go TLS stack dislike PKCS#8 EC keys mounted this way? I owe you a pint."""),
    D("fin", "fb", "financial_promise promotion", """
🎉 BIG NEWS from your local Acme Bank team in Halifax! 🎉

This January we're doing something we've never done before. Open any Acme Wealth investment account with us before the 31st and we'll add £150 to your first deposit, on the house. Bring a friend along to the branch and you'll both get a £25 high-street voucher on top.

Why do it now? Because our Balanced Growth portfolio has returned over 9% in each of the last three years, and I can promise you it'll do the same again this year. I've been advising families in this town for nineteen years and I've never been surer of anything. Your money simply isn't at risk here: the worst case is you earn a bit less than your neighbour who got in first.

We'll be holding drop-in sessions every Saturday morning in January with tea, coffee and the best biscuits on Commercial Street. No appointment needed. Just come and talk to me or one of the team about what you'd like your money to do for you in 2027.

Don't leave it sitting in a current account earning nothing. Come and see us, grab your bonus, and let's make this the year your savings finally work as hard as you do! 💷"""),
    D("ret", "rd", "hostile", """
Long one, sorry. I've been a supervisor at an Acme Market for eleven years and yesterday I finally snapped, and I'm not even sorry.

A woman comes to the customer service desk with a trolley full of opened products. A half-eaten tub of ice cream. A family pack of crisps with two bags missing. A bottle of wine with a third gone. A pack of chicken thighs, one of them cooked. She wants a full refund for the lot because she "didn't like any of it".

I explained, politely, that we can't refund food that's been eaten and she started filming me and shouting that I was "stealing from a single mum". So here's what I wanted to say to her, and what I'm saying now:

Madam, you are not a victim. You are a freeloader who thinks a phone camera is a magic wand. You've done this at three of our stores, we've all seen your face in the regional WhatsApp, and every supervisor in the county knows you as "Wine Lady". You aren't clever, you aren't brave, and your followers aren't real.

If you come back, I'll personally make sure you're banned from every branch from here to Carlisle. Bring your camera. I'll smile for it.

Rant over. Back to work Saturday."""),
]

SHORT = [
    D("tec", "x", "confidential", """
falcon cutover starts at midnight, wish the db team luck 🤞"""),
    D("ret", "x", "secret", """
back door code at acme on tib st is 1471 now btw"""),
    D("ret", "ig", "promotion", """
buy one pizza, get one free at acme market till sunday 🍕"""),
    D("fin", "x", "financial_promise", """
acme wealth's new fund will triple in a year. guaranteed, screenshot it"""),
    D("hea", "x", "phi", """
the lady in bed 2 is 103 and just beat covid for the third time. legend"""),
    D("gen", "x", "", """
long week. proud of this team. see you all at the pub? 🍺"""),
    D("man", "ig", "", """
sunrise over the acme plant car park this morning 🌅 worth the early start"""),
    D("tec", "x", "", """
who else is staying up for the falcon 9 launch tonight? 🚀"""),
    D("npo", "fb", "", """
Thank you to everyone who came to the litter pick on Sunday. 47 bags!"""),
    D("hea", "ig", "", """
night shift survival kit: flapjack, two pens, one working torch 🔦"""),
]
