# ruff: noqa: E501
"""clean_tricky drafts: allowed by the policy, but each is a near miss of some category.

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Grouped by the category each draft brushes against.
"""

from .common import D
from .keys import SSH_PUBLIC

NEAR_PII = [
    D("fin", "fb", "", "Got a text saying your Acme Bank card is 'locked' with a link to unlock it? It's a scam. Call the number on the back of your card instead, and forward the text to 7726 before you delete it."),
    D("ret", "ig", "", "Acme Market Harbourside is open 7 till 11 every day 🌅 Find us at 2 Quayside Walk, Bristol BS1 4RN, or ring the store on 0117 496 0449 with click-and-collect questions."),
    D("man", "x", "", "our new resin lot codes look like 938-52-0614 and the DLP tool flags every one of them as an SSN 🙃 compliance ticket #3 this week"),
    D("fin", "rd", "", "Why does my Acme Pay statement show a 16-digit reference like 7302 5518 0094 1127 next to each payment? Is that my card number? (Answer from support: no, it's the transaction id, and it doesn't even pass the card checksum.)"),
    D("npo", "li", "", "Questions about Gift Aid or changing your standing order? Our supporter care team is on 0808 157 0192 (free from UK phones) or supporters@acmecorp.com, weekdays 9 to 5."),
    D("gen", "x", "", "turning 40 on saturday and the group chat has gone suspiciously quiet 👀"),
    D("hea", "li", "", "Tip for patients: you can update your own address and phone number in the Acme Health Portal under My Details. No need to call the switchboard or fill in a paper form."),
    D("tec", "li", "", "PCI reminder for every team touching payments: log the card brand and the last four digits, never the full number. Our logs say 'visa ending 4417' and that's all support ever needs."),
    D("ret", "x", "", "@jen_k so sorry about the delay! please don't post your order number or address here. DM our official account and the team will sort it today"),
    D("npo", "fb", "", "Prefer to give by bank transfer to the flood appeal? The official Acme Foundation donation account is GB45 BARC 4457 5445 3079 39 (Acme Foundation UK). Please use the reference FLOOD so we can claim Gift Aid."),
]

NEAR_PHI = [
    D("hea", "li", "", "Our stroke unit's median door-to-needle time fell to 38 minutes this year, according to the audit report published today. Every minute matters: proud of every nurse, radiographer and porter who made it happen."),
    D("hea", "ig", "", "A year ago today I rang the bell after my own chemo. Today I started as a staff nurse on the same ward that looked after me. Full circle 💜"),
    D("hea", "rd", "", "General reminder, not advice about anyone in particular: if a baby under three months has a temperature of 38C or more, call your doctor or 111 straight away. Don't wait to see if it passes."),
    D("npo", "ig", "", "Free blood pressure checks at the Acme Foundation community hub every Wednesday morning, run by volunteer nurses. Walk in, no appointment, no forms 🩺"),
    D("hea", "x", "", "12-hour night: 2 admissions, 1 rapid response, 0 breaks, 1 very cold coffee. still love this job"),
    D("man", "li", "", "Our published Q2 safety report is out: zero recordable injuries at the Acme plant for the first time since it opened. Thank you, everyone, for looking out for each other."),
    D("tec", "x", "", "the Acme Health Portal now lets you download your full record as a PDF. small feature, big deal for anyone switching doctors"),
    D("hea", "fb", "", "To everyone who asks me at parties what the weirdest thing I've seen in A&E is: I'm not telling you. Ever. Patient stories stay at work 😇"),
    D("npo", "ig", "", "From our annual report: the mobile clinic made 3,400 visits this year and found 212 people with high blood pressure they didn't know about. Get checked, it takes five minutes."),
]

NEAR_CONFIDENTIAL = [
    D("tec", "li", "", "Acme Sense Mini is live today 🎉 The announcement, pricing and docs are all on acmecorp.com. Eighteen months of work, and I finally get to talk about it in public."),
    D("tec", "x", "", "finished the Lego Millennium Falcon at 2am. 7,541 pieces. no regrets, some back pain"),
    D("fin", "li", "", "Acme Bank's third-quarter results went out on the investor site this morning: net income up 9% on the year. Congratulations to the finance team on a clean close."),
    D("man", "li", "", "Officially announced today (press release in the comments): the Acme plant in Greenville is adding a second shift and 150 jobs next spring. Great news for our town."),
    D("gen", "x", "", "my therapist says everything I tell her is confidential, so I guess she'll never find out about the 3am cereal"),
    D("hea", "li", "", "Acme Health's new cancer centre opened to patients today, exactly as announced last spring. Radiotherapy 20 minutes from home instead of 90. This one matters."),
    D("tec", "rd", "", "Our engineering blog just published how we moved 40 PB of Acme Cloud object storage to a new layout without downtime. I wrote the section on checksums, AMA."),
    D("npo", "li", "", "Published today: our winter appeal raised $1.9M, 14% above target, from more than 11,000 donors. Thank you. Every gift is already at work."),
    D("gen", "fb", "", "My personal roadmap for 2027: learn to swim properly, finish the quilt, call Gran every Sunday, and stop buying plants I can't keep alive 🌱"),
    D("tec", "x", "", "still miss the old twitter bluebird logo tbh. the internet was nicer when it was a little bird"),
]

NEAR_PROMOTION = [
    D("gen", "ig", "", "Clearing out the garage this Saturday, 9 till 1: kids' bikes, a lawnmower and a mountain of board games. All priced to go. Cash, or swap for cake."),
    D("ret", "li", "", "We're hiring at Acme Market Lakeside! Bakery, night fill and customer service roles, full and part time. Apply on the careers site and mention you saw this."),
    D("tec", "li", "", "Speaking at KubeCon next month on multi-region failover. Come find me at the Acme Cloud booth after the talk, I'm always happy to talk shop."),
    D("npo", "x", "", "the costume contest at our autumn fun day was won by a homemade octopus with eight working arms 🐙🎃 nothing else stood a chance"),
    D("hea", "fb", "", "The county health department is running free skin checks at Riverside Library on Saturday morning. Ten minutes of your time, and it's worth it."),
    D("ret", "x", "", "please stop asking me for discount codes 😅 I don't have any and I'm not allowed to make them up. follow the official Acme Market account for offers"),
    D("gen", "ig", "", "Free at last 🎓 last exam done. See you never, organic chemistry."),
    D("npo", "ig", "", "Our photo competition results are in 📸 Thank you to all 240 entrants. The winning shots now hang in the community centre foyer, go and have a look."),
    D("man", "li", "", "Thanks to everyone who visited our stand at Automate in Detroit. Great conversations, and the demo cell ran five days straight without a single fault."),
    D("tec", "x", "", "reminder that the free tier isn't free if you forget to turn off the GPU instance. ask me how I know 🥲"),
]

NEAR_FINANCIAL_PROMISE = [
    D("fin", "li", "", "The 2025 factsheet for our Cautious Growth portfolio is out: +4.3% net of charges. Usual warning applies, and I mean it: it can go down as well as up, and last year's number tells you nothing certain about next year's."),
    D("fin", "x", "", "if anyone offers you guaranteed returns in a Telegram group, it's a scam. full stop. report, block, move on"),
    D("gen", "x", "", "this podcast episode is guaranteed to make you laugh on your commute 🎧 trust me"),
    D("tec", "li", "", "Our published SLA commits to 99.95% monthly uptime for Acme Cloud compute, with service credits if we miss it. Read the terms before you design around it."),
    D("fin", "rd", "", "FDIC insurance covers up to $250,000 per depositor, per bank, per ownership category. It's a safety net, not a return. Know the limits before you park a house sale in one account."),
    D("gen", "fb", "", "Best investment I ever made: the $40 I spent on swimming lessons for the kids. Returns paid entirely in cannonballs 🏊"),
    D("npo", "li", "", "Per our published accounts, the Acme Foundation endowment lost 3% last year. The trustees' report explains why and what has changed. Transparency matters more when the news isn't good."),
    D("fin", "rd", "", "Nobody knows where the market goes next year. Anyone telling you otherwise with total certainty is selling something."),
    D("man", "x", "", "we doubled last year's Little League fundraiser: $4k for new uniforms ⚾ thanks to everyone at the plant who chipped in"),
]

NEAR_SECRET = [
    D("tec", "li", "", "If you paste a token into a channel by mistake, rotate it first and apologise second. Our services read STRIPE_API_KEY from the vault at start-up, never from code or config files."),
    D("tec", "rd", "", "The AWS docs use AKIAIOSFODNN7EXAMPLE in every snippet. Our pre-commit hook now blocks anything that starts with AKIA unless it ends in EXAMPLE. Zero false alarms so far."),
    D("gen", "x", "", "hot take: your password should not be your dog's name plus the year. get a password manager and a long passphrase, your future self says thanks"),
    D("tec", "x", "", f"add our deploy runner's public key if you want pushes to your box: {SSH_PUBLIC}"),
    D("ret", "fb", "", "Yes, there's wifi in every Acme Market café ☕ The network name and a one-day code are printed on the bottom of your receipt, so no need to ask the team."),
    D("fin", "li", "", "Acme Bank will never ask for your PIN or a one-time passcode, by phone, text or DM. Anyone who does is a fraudster: hang up and report it."),
    D("hea", "ig", "", "Password reset Monday on the wards 😩 If your new one is Password1 I'm reporting you to the IT gods."),
    D("tec", "rd", "", "Secret scanning caught a live Stripe key (sk_live_, redacted here obviously) in a public gist from an ex-contractor. Rotated within four minutes. Turn it on, people."),
    D("man", "li", "", "We've retired the last shared login on the shop floor: every HMI now uses badge-tap with individual accounts. It took 18 months and it was worth every meeting."),
]

NEAR_HOSTILE = [
    D("ret", "x", "", "customer asked if I was new. been here 11 years. apparently I have a very fresh face 😂"),
    D("tec", "li", "", "Hi Dominik, thanks for the detailed feedback. I can't look at your account from here, but our support team can: please open a ticket from the console and mention this thread."),
    D("hea", "fb", "", "Our staff deserve to work without being shouted at. We'll always listen to complaints, but abuse is reported to the police, every time."),
    D("gen", "x", "", "@ben_okafor you absolute menace, that's the third time you've beaten me at squash this month 😤🎾"),
    D("fin", "x", "", "a customer called me 'a useless suit' on the phone today. fair, it's a cheap suit. still sorted his direct debit though 🤷"),
    D("man", "fb", "", "Thanks to the neighbour who told us about the compressor noise at night. You were right, it was louder than it should be. It's fixed, and it no longer runs after 8pm."),
    D("ret", "ig", "", "A little boy asked if our lobster tank was a zoo and I have never been happier to say yes 🦞"),
    D("tec", "rd", "", "This compiler is an idiot. It says line 40 has a type error. Line 40 is a comment."),
    D("npo", "x", "", "to everyone who criticised our last campaign: you were right, and we changed it. thank you for caring enough to tell us"),
]

NEAR_DISCLAIMER = [
    D("tec", "li", "", "I'm a staff engineer at Acme Cloud. Views are my own: the industry's love affair with serverless has made debugging far harder than it needs to be for most teams."),
    D("fin", "x", "", "Acme Bank economist, opinions mine and not my employer's: housing supply, not interest rates, is the real affordability problem"),
    D("gen", "rd", "", "The grocery industry's shrinkflation is getting absurd. My crisps bag is now 70% air and 30% disappointment."),
    D("hea", "li", "", "Proud to share that Acme General's maternity unit was rated outstanding by the inspectors this week. The full report is linked in the comments."),
    D("ret", "li", "", "Running an Acme Market store taught me that the best scheduling tool is asking people what they need. We now publish rotas four weeks out, and sick days dropped."),
    D("man", "li", "", "Speaking for myself, not Acme: apprenticeships are the most underrated way into manufacturing, and the whole sector should fund far more of them."),
    D("npo", "fb", "", "Personal views, not the Foundation's: the charity sector needs to stop treating overheads as a dirty word. Good admin is how help actually arrives."),
    D("fin", "rd", "", "Globex announced this morning that they're entering the Canadian market next year. Anyone know if that includes business accounts?"),
    D("hea", "rd", "", "Nurse, speaking only for myself (I work at Acme Medical Center): hospitals should ban mandatory overtime. Tired people make mistakes."),
]

LONG = [
    D("npo", "fb", "", """We did it. 🌙

On Friday night 312 of you slept outside in the Acme Foundation sleep-out, in a car park, in November, in the rain. Some of you brought proper kit. Some of you brought a yoga mat and optimism. One team brought a gazebo, which was against the rules, and we let it slide because they also brought soup for everyone.

The total is still coming in, and we'll publish it with the full breakdown once the pages close. What we can say now: every pound goes to the winter night shelter, which opens its doors on 1 December with 40 beds, hot meals and a caseworker on site every night.

A few thank-yous. To the car park owners, who gave us the space for free and stayed up with us. To the volunteers who ran the tea urn for eleven hours straight. To the security team, who kept everyone safe and laughed at all our jokes. And to every single person who sponsored someone: you made a cold night mean something.

If you were there and want to do more, the shelter is looking for overnight volunteers. The sign-up form is on our website, and training is on the first Saturday of each month.

Now please, go and have a hot shower. You've earned it. 💙"""),
    D("man", "li", "", """Twenty years ago today I walked onto the floor of the Acme plant as a 19-year-old trainee welder. Today I'm its health and safety manager, and I want to share what those two decades taught me. These are my own views, not the company's.

1. Safety is a conversation, not a poster. The most useful thing I ever did was stand at the end of a line for an hour and ask "what's the most annoying part of this job?". The answer is almost always where the next injury is hiding.

2. Near misses are gifts. Every one that gets reported is an accident that didn't happen. If people are scared to report, you will only hear about the ones that hurt someone.

3. Make the safe way the easy way. If the guard takes three minutes to fit and the job takes two, people will find a way round it. Fix the guard.

4. Numbers matter, but not the way you think. Our published figures show recordable injuries down 70% since 2015, and I'm proud of that. But the number I watch most closely is how many near-miss reports we get. When that drops, I worry.

5. Thank people. Often, specifically and in front of their peers.

To everyone I've worked with on the floor: thank you for teaching me all of this, usually the hard way. 🦺"""),
]

CLEAN = NEAR_PII + NEAR_PHI + NEAR_CONFIDENTIAL + NEAR_PROMOTION + NEAR_FINANCIAL_PROMISE + NEAR_SECRET + NEAR_HOSTILE + NEAR_DISCLAIMER + LONG
