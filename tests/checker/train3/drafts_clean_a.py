# ruff: noqa: E501
"""Training drafts (third set), clean_tricky part 1: near confidential and near phi.

Near confidential: launches, results, deals, postmortems, office moves and appointments that were already
announced (most with a public link), hiring news, personal news that was "kept quiet" until now, code-name
words in other senses, routine public closures. Near phi: the author's own health, a relative's with their
consent and nothing identifying, published aggregates, general advice, free public-health services,
volunteering and caring without a patient identified."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_A = [
    # --- near confidential
    D("tec", "li", "", """
Our Acme Cloud region in Johannesburg opened to customers this morning, as announced at acmecorp.com/news. Six years ago I was the only engineer on it; today it's a team of 80. 🇿🇦"""),
    D("tec", "x", "", """
the postmortem for friday's DNS outage is on our engineering blog (acmecorp.com/blog). we got it wrong, we wrote it down, we fixed it. worth a read if you run DNS"""),
    D("tec", "rd", "", """
We kept our engagement quiet for two months because my partner wanted to tell her grandma in person first. Grandma has now been told. I can finally change my status to something embarrassing."""),
    D("tec", "fb", "", """
After months of keeping it under wraps I can finally say it: I'm running the London Marathon in April! 🏃 Training starts Monday and I'm terrified."""),
    D("tec", "ig", "", """
launch day for the acme sense doorbell v2 🔔 it's in the shops as of today, full specs on acmecorp.com. so proud of our hardware team"""),
    D("tec", "li", "", """
As shared in this morning's press release, Acme Cloud and the University of Leeds are opening a joint AI research lab. Delighted to be one of the engineers seconded there."""),
    D("tec", "x", "", """
watched the falcon heavy side boosters land in sync on a stream at 2am. the engineering is absurd. no sleep, no regrets"""),
    D("tec", "rd", "", """
Our move into the new Manchester office was announced back in June and finally happened this weekend. Honest review: the coffee machine is better and the lifts are worse."""),
    D("tec", "rd", "", """
Read the published postmortem for last week's Globex outage: the root cause was an expired certificate. Everyone has that one cert somewhere. Go and check yours today."""),
    D("tec", "li", "", """
We're hiring! Acme Cloud is adding 30 engineers to the storage team in Dublin this year, as announced at our careers day. The roles are live on acmecorp.com/careers."""),
    D("ret", "li", "", """
Acme Market's half-year results were published this morning: like-for-like sales up 3.2%. Full statement on the investor site. Thank you to every colleague on the shop floor."""),
    D("ret", "fb", "", """
As you may have read in the local paper, our Acme Market on Fenwick Street gets a full refit from 2 to 16 March. We stay open throughout. Sorry in advance for the drilling!"""),
    D("ret", "x", "", """
the new store layout that was in the papers last week is live at our branch. bread's by the door now and nobody can find the eggs"""),
    D("ret", "ig", "", """
last day at the old distribution centre 📦 the move to the new site was announced in the spring and everyone's been great about it. farewell, leaky roof"""),
    D("ret", "rd", "", """
Retail folks: how far ahead do you usually hear about a refit? Ours was announced to staff and customers on the same day, six weeks out, which felt about right to me."""),
    D("hea", "li", "", """
Acme Health's new children's wing, announced last year, welcomed its first families this week (press release: acmecorp.com/health/news). Walking through those doors as a nurse gave me chills."""),
    D("hea", "fb", "", """
The Acme Medical Center parking changes start today, as posted on the hospital website last month: staff in zone C, visitors in A and B. Apologies to everyone who's been circling."""),
    D("hea", "x", "", """
our trust's inspection report came out today and we've gone from "requires improvement" to "good". it's on the regulator's website for anyone to read. proud of every one of us"""),
    D("fin", "li", "", """
Acme Bank published its annual results today, including £2.1bn lent to small businesses. Details on our investor relations page. A proud day for the business banking team."""),
    D("fin", "x", "", """
as announced last month, the acme bank branch in market square moved into the high street library today. same faces, better coffee"""),
    D("fin", "fb", "", """
We can finally tell people: we've bought our first house! 🏡 We kept it to ourselves until the keys were in our hands because the last one fell through. Moving in on Saturday."""),
    D("fin", "rd", "", """
Acme Wealth's purchase of a boutique advice firm completed last week (the press release is on their newsroom). How do these usually affect existing client fees? Asking as a client, not staff."""),
    D("fin", "ig", "", """
new acme pay card designs dropped today 💳 the announcement's on acmecorp.com/pay and honestly the matte black one is gorgeous"""),
    D("man", "li", "", """
As announced at the town meeting in September, the Acme plant's new training centre opened today: 40 apprentices, brand-new kit and the best view of the canal. Full story on the newsroom."""),
    D("man", "fb", "", """
Saw the Orion Nebula through my son's new telescope last night 🔭 just a fuzzy smudge, but he was over the moon. Nights at the plant have wrecked my sleep anyway, might as well stargaze."""),
    D("man", "x", "", """
the plant shuts for the usual christmas break from the 22nd, same as every year. see you in january, machines"""),
    D("man", "rd", "", """
The Acme plant's sustainability report (it's on the website) says we cut water use by 22% last year. Anyone else in manufacturing tracking water this closely? What worked for you?"""),
    D("npo", "li", "", """
The Acme Foundation's new chair, announced in our newsletter last week, starts today. Welcome, Professor Hughes! Looking forward to a new chapter for our youth programmes."""),
    D("npo", "fb", "", """
Our charity shop's move to the old bank building on Church Street was announced last month and happens this weekend. Volunteers with strong arms, we need you on Saturday! 💪"""),
    D("npo", "x", "", """
the acme foundation's annual accounts went up on the charity commission site today. every pound we spent is in there, have a look"""),
    D("gen", "li", "", """
Acme announced a new parental leave policy today: 26 weeks fully paid for every parent. Details are on the careers site. As a dad-to-be, this one means a lot."""),
    D("gen", "fb", "", """
We've been quietly planning Mum's surprise 70th for months and last night it finally happened! She had no idea. Thank you to everyone who kept it hush 🎉"""),
    D("gen", "x", "", """
finally allowed to say it: my sister's having twins! she wanted to wait until twelve weeks. auntie duty times two incoming 👶👶"""),
    D("gen", "rd", "", """
Why do companies always announce office moves on a Friday afternoon? Ours was announced in the spring and reported everywhere, and I'm finally packing boxes today."""),
    D("gen", "ig", "", """
the secret's out 🤫 we're opening a tiny bakery on the corner of Mill Lane in spring! my own side project, nothing to do with the day job. follow along for the build"""),
    D("gen", "x", "", """
first bluebird of the year on the feeder this morning 💙 the cat was furious"""),
    # --- near phi
    D("hea", "x", "", """
12 hours on the stroke unit, six admissions, not one sit-down. feet are throbbing. bath, toast, bed"""),
    D("hea", "fb", "", """
Knee update: the surgeon says my ligament has healed well and I'm cleared to run again from January! 🏃‍♀️ Thanks for every message while I was hobbling around."""),
    D("hea", "li", "", """
Acme General's A&E saw 4,870 patients in October, and 71% were seen within four hours. The monthly figures are published on the trust website. Thank you to a team running on empty."""),
    D("hea", "rd", "", """
I volunteer at my local hospital, pushing the tea trolley round the wards on Wednesdays. Best part of my week is the chats. Nobody tells me why they're in and I never ask."""),
    D("hea", "ig", "", """
an elderly lady on the ward couldn't sleep last night, so I sat with her and held her hand until she settled 🌙 sometimes that's the whole job"""),
    D("hea", "fb", "", """
Dad said I could share this: his heart surgery went brilliantly and he's already bossing the nurses about. Thank you to the cardiac team for looking after him. 💙"""),
    D("hea", "x", "", """
winter vomiting bug season is here. wash your hands with soap and water, gel doesn't kill norovirus. from your friendly ward nurse"""),
    D("hea", "li", "", """
Twenty years of nursing and I still learn something every shift. This week's lesson: sometimes the most important thing a patient needs is for you to sit down when they talk to you."""),
    D("hea", "rd", "", """
Our hospital published that 1 in 12 admissions last winter followed a fall at home. If you have an older relative, check their rugs, stairs and lighting. Small fixes help."""),
    D("hea", "fb", "", """
A huge thank you to the family who sent our ward an enormous box of chocolates this week. We can't say who you are, but you know, and we're so grateful. 🍫"""),
    D("hea", "x", "", """
the patient I looked after today taught me a card trick and I still can't work it out. this job has its moments"""),
    D("hea", "rd", "", """
Student nurse here. How do you stop thinking about work after a shift? Not about anyone in particular, I just find it really hard to switch off."""),
    D("ret", "rd", "", """
Pharmacy assistant here. Please tell us about all your other medicines when you collect a prescription, including the herbal ones. Interactions are real and we can only check what we know about."""),
    D("ret", "x", "", """
my own migraine meds finally kicked in after a week of trying new ones. back on the tills tomorrow, sunglasses optional"""),
    D("ret", "fb", "", """
Our Acme Market store raised £2,400 for the children's hospital this year. Thank you to every customer who dropped their change in the tin! 💛"""),
    D("fin", "fb", "", """
Back at my desk after my own cancer treatment. Two years ago I wasn't sure I'd see it again. Thank you to my team for keeping my chair warm 🎗️"""),
    D("fin", "li", "", """
The insurance claims data we published this year shows mental-health claims up 30% among under-30s. Aggregate figures only, but it's a story employers should listen to."""),
    D("fin", "x", "", """
day 3 of a cold. more tissues than coffee, which says a lot for a bank clerk in budget season"""),
    D("man", "x", "", """
occupational health came round for the yearly hearing tests. passed mine, but only just. ear defenders on from now on"""),
    D("man", "li", "", """
We passed 1,000 days without a reportable injury at the Acme plant this week. That's every team wearing its kit and looking out for each other. Cake in the canteen at 2."""),
    D("man", "fb", "", """
Our first-aid team ran a CPR refresher for 60 of us at the plant today. Please learn it. You never know whose life you might save."""),
    D("man", "rd", "", """
Had my own carpal tunnel release last month after years on the assembly line. Anyone else had it done? How long before you could grip tools properly again?"""),
    D("npo", "fb", "", """
Volunteered at the hospice café this week. I didn't ask anyone's story, just made a lot of tea and listened to whoever wanted to talk. That's enough sometimes ☕"""),
    D("npo", "li", "", """
Our community health checks reached 1,300 people this year, and 180 were referred on for blood pressure follow-up. The figures are in our annual report. Thank you to every volunteer nurse."""),
    D("npo", "ig", "", """
my nan gave me permission to share her 95th birthday photo 🎂 two new hips and she still dances at every party. legend"""),
    D("npo", "x", "", """
blood pressure checks at the community centre on thursday 10 till 2, run by volunteer nurses. no booking, no cost, just turn up"""),
    D("gen", "fb", "", """
Six weeks since I had my gallbladder out and I'm finally eating chips again 🍟 Recovery took longer than I expected, so go easy on yourselves, fellow patients."""),
    D("gen", "rd", "", """
My partner said I could post this: after three years of IVF we're expecting in June. If you're on that road, hang in there. It can happen."""),
    D("gen", "x", "", """
tested positive for covid for the first time ever. four years of dodging it and it got me at a wedding. everything aches"""),
    D("gen", "ig", "", """
first day back at the gym since my back surgery 💪 physio says I'm ahead of schedule. small wins"""),
    D("tec", "li", "", """
Something personal: I was diagnosed with ADHD at 38, and it explained a lot about my career. If you're in tech and something feels off, talk to your GP. Happy to chat to anyone."""),
    D("tec", "x", "", """
the acme health portal's published uptime for october was 99.97%. patients could check their results at 3am if they wanted. proud of the team"""),
    D("tec", "rd", "", """
I build software for hospitals. We never touch real patient data in development; everything runs on synthetic records. If your vendor can't say the same, ask them why."""),
]
