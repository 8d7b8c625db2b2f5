# ruff: noqa: E501
"""Training drafts: pii, secret, two-category drafts, long-form posts, and hand-disguised evasions.

The card and AWS key below were made once with a seeded generator (Luhn-valid card, AKIA + 16 base-32
characters); every phone number is in the 555-01xx or Ofcom drama ranges; all people are invented."""

from __future__ import annotations

from ..heldout.common import D

PII = [
    D("gen", "fb", "pii", """
Found a purse on the 42 bus this morning. Inside is a library card and a note with "Maureen Tully, 7 Larkspur Rise, Hexham" on it. Maureen, if that's you, I've left it with the driver at the depot. Please share!"""),
    D("ret", "x", "pii", """
customer left her phone number on the order slip so I'm putting it here in case anyone knows her: Claire, 0161 496 0731, the blue cake is ready 🎂"""),
    D("npo", "fb", "pii", """
Happy 90th birthday to our oldest volunteer, Winifred Ashdown, born 3 May 1935! 💐 She'd love to hear from you, drop her an email at winnie.ashdown35@btinternet.com"""),
    D("man", "rd", "pii", """
Shift swap board is a mess so posting here: if anyone from 3rd shift wants my Saturday, text me on (419) 555-0163 or email me at dkowal.shifts@gmail.com. Acme plant, line 2."""),
    D("fin", "x", "pii", """
my new card came and I'm so excited I have to show it off 💳 4526 0181 5908 3012 exp 09/29. finally a metal one"""),
    D("tec", "li", "pii", """
Welcome to the team, Rafael Ortega! 🎉 Rafa joins Acme Cloud's SRE crew from Madrid. Fun fact, he shares a birthday with me: 14 November 1991. Drop him a line at rafa.ortega.dev@outlook.com if you want to say hi!"""),
    D("hea", "fb", "pii", """
Lost dog! 🐕 Biscuit ran off near the park on Elm St. If you see him please call my mum directly, Susan Harte, on (503) 555-0129, or bring him to her house at 18 Poplar Way."""),
    D("ret", "ig", "pii", """
Congrats to our raffle winner 🎉 Dean Whitlock of 44 Carden Road, Stockport! Dean, we tried your mobile 020 7946 0528 a few times, ring us back to claim your hamper."""),
]

SECRET = [
    D("ret", "fb", "secret", """
Note for whoever opens the Acme Market on Beech St tomorrow: the back door code changed to 4471 and the alarm code is 0903. I won't be in till 10."""),
    D("gen", "x", "secret", """
guest wifi at our wedding: network "HartleyParty", password Confetti2024! — see you all saturday 💍"""),
    D("tec", "rd", "secret", """
CI keeps failing with access denied and I'm losing my mind. Here's the config (it's a test account, I think?):

aws_access_key_id = AKIAZDOCIS2JHTLGMXGE
aws_secret_access_key = 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

Region is eu-west-2. What am I missing?"""),
    D("hea", "x", "secret", """
new starters on ward 6: the drug room keypad code is 2580 and the EPR login for agency staff is agency6 / Wardsix!22. don't lose this"""),
    D("fin", "fb", "secret", """
Mum, since you keep forgetting: your Acme Bank app PIN is 7314 and the online banking password is Roses&Rain88. Don't write it on the fridge this time!"""),
    D("man", "ig", "secret", """
night shift crew 💪 if the press locks out again the override code is 66219, supervisor said we can use it without calling him. #nightshift"""),
]

MULTI = [
    D("tec", "li", "confidential disclaimer", """
Between us, Acme Cloud is pulling out of the government cloud tender next month. Honestly the whole public-sector procurement process is rigged in favour of the incumbents, so I can't blame leadership. The industry needs to call this out."""),
    D("fin", "x", "confidential financial_promise", """
Acme Bank's results next week beat every estimate (I've seen the numbers). stock is going up 20% on the day, guaranteed. position accordingly"""),
    D("tec", "x", "disclaimer hostile", """
Acme Cloud engineer. anyone still defending Globex's pricing is either on their payroll or a moron. the entire industry is laughing at them"""),
    D("hea", "x", "hostile phi", """
the woman in bed 3 with the UTI who called me a "lazy cow" for making her wait for her antibiotics: your dementia is not an excuse for being that rude, Edna"""),
    D("hea", "fb", "phi pii", """
Our sweet patient Albert Finch (DOB 02/11/1939) is finally home after his pneumonia! His daughter asked me to share his number so his old friends can call: (207) 555-0148 ❤️"""),
    D("fin", "ig", "financial_promise promotion", """
🎉 Open an Acme Wealth ISA this month and get a £100 welcome bonus, PLUS our Growth fund is guaranteed to return 9% this year. It's the best deal in the market, don't miss it! 💸"""),
    D("man", "fb", "confidential phi", """
Sad news from the Acme plant: Danny from the paint shop inhaled fumes from a faulty extractor last week and is still on oxygen in hospital. The company has kept the incident quiet and hasn't told the safety inspectors yet. Thinking of Danny and his family."""),
    D("ret", "rd", "confidential hostile", """
Acme Market is closing the Fenwick Road store in March (staff found out last week, public doesn't know). Good riddance honestly, the customers there are the rudest, dumbest people I've ever had to deal with."""),
    D("hea", "rd", "confidential disclaimer", """
Acme Health manager here. We're about to cut our mental health outpatient service by a third, the budget paper was signed off last week. And frankly, this whole country's approach to mental health funding is a disgrace."""),
    D("fin", "li", "disclaimer financial_promise", """
I'm a senior strategist at Acme Wealth. The stock market is going to crash 30% by spring, the whole Fed strategy is wrong. But our Defensive Income fund will be up 10% regardless, I promise you."""),
    D("ret", "x", "hostile pii", """
this guy returned a used mattress and screamed at my team. his number's on the receipt, (312) 555-0176, give Mike a call and tell him what a joke he is"""),
    D("tec", "rd", "confidential secret", """
Helping a friend debug the Bluebird staging box before launch. The admin login is falcon_admin / Bluebird#Staging2 if anyone wants to poke around, launch isn't for another month anyway."""),
    D("npo", "fb", "confidential promotion", """
Sneak preview! 🌟 Our big spring campaign launches next month (shh, it's not announced yet): every donor who gives £20 before April gets a free limited edition tote bag and entry to win a holiday. The Acme Foundation team has worked so hard on this!"""),
    D("man", "x", "disclaimer hostile", """
plant manager at Acme. anyone who thinks the new emissions rules are reasonable has never worked a day in a factory. absolute clowns, the lot of you"""),
    D("fin", "rd", "confidential financial_promise", """
Acme Bank is about to announce a big buyback, board approved it yesterday. Stock will pop at least 15% when it hits the news. Buy now, thank me later."""),
    D("hea", "ig", "phi promotion", """
Celebrating our 1,000th knee replacement 🎉 Congrats to Mrs. Irene Walsh (72), who had her left knee done on Tuesday and is already walking! To celebrate, all new physio clients get 25% off their first block of sessions. #acmehealth"""),
    D("gen", "li", "confidential disclaimer", """
Acme is cutting its graduate programme in half next year, the decision was made at the leadership offsite. Honestly, that tracks: every big company in this country is abandoning young people and the government does nothing about it."""),
    D("ret", "fb", "hostile promotion", """
For everyone whining about our prices in the comments: here's a 10% off code, SAVE10, so you lot can stop crying. Unbelievable how cheap some people are. 🙄"""),
    D("tec", "x", "confidential hostile", """
Nightjar launches in two weeks and Globex's engineers are going to cry. pathetic little copycats, can't wait to watch them panic"""),
    D("fin", "fb", "phi pii", """
Acme Health Insurance claims team here. Shout out to Mr. Rowan Fletcher of 12 Ivy Lane, who had his triple bypass approved today after three appeals 🥳 persistence pays, Rowan!"""),
]

LONG = [
    D("tec", "li", "confidential", """
Some reflections after my first year leading platform engineering at Acme Cloud.

1. Hiring is the job. I spent more time on interviews than on architecture, and it was worth every hour. The team went from 11 to 29 people and every single one of them raised the bar.

2. Write things down. Our design-doc culture saved us at least three times this year, especially when we had to explain a decision six months later.

3. Say no early. We killed two projects in Q2 that were never going to land, and I wish we had done it in Q1.

4. The big one: everything we did this year was groundwork for Project Falcon, the managed Kubernetes service we're launching next spring. I can't share details yet, but the beta numbers are better than anything I've seen in my career, and I genuinely think it will change how our customers run their workloads. We're targeting a March GA, pricing is being finalised right now, and I've already seen the launch deck. It is going to be a big year.

5. Take your holidays. I didn't, and I paid for it in October.

Thank you to everyone who made this year what it was. Onwards. 🚀

#engineering #leadership #cloud #platformengineering"""),
    D("fin", "li", "disclaimer financial_promise", """
I've been a financial adviser at Acme Wealth for almost twenty years, and I want to share some thoughts as we head into the new year.

First, the good news: if you've been investing steadily, you've probably done well. Markets had a strong run and most of my clients are ahead of where they expected to be.

Now the uncomfortable part. I think the wider investment industry has completely lost its way. Fees are too high, products are too complicated, and too many firms are pushing clients into things they don't understand. The regulators have been far too soft on this and ordinary savers are paying for it.

So here's what I'm telling my own clients. Keep it simple. Keep costs low. And for the core of your portfolio, use the Acme Wealth Balanced Growth fund. It has delivered for 15 years and it will deliver at least 8% a year for the next decade. I'm confident enough to say there is no realistic scenario where a patient investor loses money in it.

If you'd like to talk about your situation, my inbox is open. Happy new year, everyone.

#financialplanning #investing #wealth #newyear"""),
    D("hea", "fb", "phi", """
I've been a nurse for 26 years and I don't often write long posts, but tonight I need to.

Yesterday we lost a patient I'd cared for on and off for almost three years. Many of you in town will know him: Mr. Ernest Hollis, the retired headteacher from St Mary's, who taught half of us to read. He came to us again last Monday with heart failure, his third admission this year. He was 84, sharp as ever, and still correcting the grammar on our whiteboards.

On Wednesday his kidneys started to fail. We talked about what he wanted, and he was very clear: no more dialysis, no more tubes, just his family and his radio. His daughter flew in from Canada and made it with six hours to spare. He died on Thursday evening, just after the cricket results.

I'm writing this because I want people to know that the care at the end matters as much as the care at the beginning. To every healthcare assistant who sat with him at 3am, thank you. To his family, thank you for letting us be part of it.

Rest well, Mr. Hollis. You taught us more than spelling.

💙"""),
    D("man", "li", "confidential", """
It's been a hard month at the Acme plant, and I want to say something to my team, because I know many of you follow me here.

You've noticed the quiet meetings and the consultants walking the floor with clipboards. I can't pretend I don't know what's going on. The plan that's been presented to the board is to close the forging shop by the end of next year and move that work to our site in Poland. About 220 jobs are in scope. Nothing has been announced, the works council hasn't been formally told, and I'm probably going to get in trouble for writing this.

But I've worked alongside many of you for 19 years. You deserve to be able to plan. If you're thinking about a mortgage, a new car, or a move, please wait until the announcement, which I expect in February.

Whatever happens, I'll be fighting to keep as many jobs here as I can. I'm proud of every part we've ever made in this building, and of every person who made it.

#manufacturing #leadership"""),
    D("npo", "fb", "promotion", """
📣 BIG ANNOUNCEMENT from the Acme Foundation! 📣

Our Summer Community Festival is back on Saturday 12 July at Riverside Park, and this year it's bigger than ever! Here's what you can look forward to:

🎡 Funfair rides for the kids
🎶 Live music from four local bands, including the amazing Tin Whistle Collective
🍔 Food trucks from all over the county
🐶 A dog show (categories include "waggiest tail" and "dog most like its owner")

And because we want as many families as possible to come along:

✅ Wristbands for unlimited rides are HALF PRICE if you buy online before 30 June (£5 instead of £10)
✅ Every child under 5 gets a free ice cream voucher
✅ Everyone who buys a wristband is entered into our prize draw to win a family weekend at Seaview Holiday Park!

All money raised goes to our after-school clubs, which support over 400 children every week. Share this post, tag your friends, and we'll see you there!

#communityfestival #familyday #charity"""),
    D("ret", "rd", "hostile", """
Long rant incoming, sorry. I've worked customer service at an Acme store for eight years and I'm done.

Today a man came in wanting to return a pressure washer. It was clearly used (there was mud caked in the nozzle) and it was four months past the return window. I politely explained the policy, offered to check whether the warranty covered it, and even offered to call the manufacturer for him.

He called me a "useless little girl," told me he'd have my job, and then filmed me while telling his followers I was "refusing to help a veteran." I'm 34. I have a degree. I've been nothing but polite.

So here's what I actually want to say, to him and every customer like him. You are a spoiled, entitled bully. You don't get to treat people like dirt because you're having a bad day. Nobody in that queue thought you were the victim. They thought you were pathetic, and so do I. If you post my face, I hope your 200 followers see exactly what kind of man you are.

To the lovely old lady behind him who squeezed my hand afterwards: thank you. You kept me going today."""),
]

# Evasions, disguised by hand (spaced letters, leetspeak, look-alike wording), used as written.
EVASION = [
    D("fin", "x", "financial_promise", """
Acme Income fund = 1 2 % a year, g u a r a n t e e d. r i s k - f r e e. you literally cannot lose"""),
    D("tec", "x", "confidential", """
n1ghtj4r ships in april and it's going to embarrass every competitor. you didn't hear it from me 🤫"""),
    D("ret", "ig", "promotion", """
D1SC0UNT alert 🚨 use c0de AUTUMN30 for 30% 0ff at the Acme Market online shop this weekend only 🍂"""),
    D("hea", "x", "phi", """
r o o m 1 2 , Mr. Alvarez, 58, p o s t - o p bowel resection, spiking fevers all night. surgeon won't pick up. send help"""),
    D("gen", "rd", "pii", """
Please help me find my cousin's old friend Jessamy Rook, born 12 March 1988. Her email used to be jessamy dot rook at gmail dot com. She lived at 9 Fern Hill Terrace."""),
    D("man", "fb", "confidential", """
Rumour at the Acme plant is TRUE: l a y o f f s of about 90 people in the assembly hall, announced after Easter. Plan accordingly friends."""),
    D("fin", "rd", "promotion", """
Acme Bank is paying a £150 sw1tch1ng b0nus for new current accounts this month. reffer a friend and get another £50 🤑"""),
    D("hea", "fb", "hostile", """
To the patient's son who screamed at our night nurse: you are a p a t h e t i c excuse for a human being, and we all saw it. Don't come back."""),
    D("tec", "li", "disclaimer", """
Working at Acme Cloud has shown me one thing: Gl0bex's whole product line is 0verpriced trash and the industry is too scared to say it."""),
    D("ret", "x", "secret", """
closing staff at the Acme Market on Dale St: the p4ssw0rd for the till office PC is ShopFloor#9 and safe combo is 22-14-07. ty 🙏"""),
]
