# ruff: noqa: E501
"""Training drafts: confidential (non-public business facts), most without the words confidential/secret/internal."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("tec", "x", "confidential", """
just watched the Nightjar demo in the dry run and I'm genuinely speechless. you're all going to lose your minds when this ships"""),
    D("tec", "li", "confidential", """
Huge milestone for my team this week 🎉 Acme Cloud will be opening a new region in Johannesburg in Q3. We signed the datacenter lease on Monday and the hardware is already on boats.

Can't say more until marketing does their thing, but I'm so proud of this crew.

#cloud #africa #infrastructure"""),
    D("tec", "rd", "confidential", """
Anyone else at Acme get the calendar invite titled "org update" for Thursday with no agenda and HR on the guest list? my manager told us off the record that the whole Sense hardware group is being folded into Cloud and about 40 roles go away. brace yourselves"""),
    D("tec", "x", "confidential", """
pricing for Acme Pay goes from 2.4% to 2.9% per transaction in March. merchants find out in Feb. enjoy the cheap rate while it lasts lol"""),
    D("tec", "ig", "confidential", """
team offsite vibes ☀️🏝️ swipe for the whiteboard where we mapped out everything shipping in Sense v4 next year (voice control!! finally!!) #offsite #teamwork #acme"""),
    D("tec", "fb", "confidential", """
My son asked what I do at work so I showed him the slide from today's leadership review with next year's launch plan on it. He said the robot vacuum one is the coolest. Kids have good taste 😂 (it's the one Acme is announcing in September, keep it quiet)"""),
    D("tec", "rd", "confidential", """
Throwaway for obvious reasons. The Acme Cloud outage on the 12th that everyone blamed on "network congestion" was actually a botched database migration that lost about six hours of writes for some customers. They're still restoring from backups and haven't told anyone. If you use object storage in us-east, check your data."""),
    D("tec", "x", "confidential", """
Bluebird hit 10k beta users this morning and we haven't even opened the waitlist publicly yet 🐦🚀"""),
    D("tec", "li", "confidential", """
Proud to share that I've been promoted to lead the team building Acme's first AI coding assistant! We're aiming for a private preview in April and GA by the autumn. If you're a senior ML engineer and want to work on something nobody knows about yet, DM me."""),
    D("tec", "x", "confidential", """
ok who leaked the Orion-7 screenshot in the discord. it's literally got the staging URL in the corner 😭"""),
    D("tec", "rd", "confidential", """
PSA from someone who sits in the Acme security channel: there was unauthorized access to one of the support ticket databases two weeks ago. Names and emails of a few thousand customers. Nothing has gone out to affected people yet and I don't think it will until legal finishes arguing. Change your passwords I guess."""),
    D("tec", "li", "confidential", """
Last week our CTO told the engineering all-hands that Acme will sunset the on-prem edition of Acme Sense by the end of next year and move everyone to the cloud version. I think it's the right call and I'm excited to help customers migrate. More to come once it's official! #cloudmigration"""),
    D("tec", "fb", "confidential", """
Finally allowed to tell family I'm moving to Seattle! Well, sort of allowed 🙈 Acme is opening a whole new engineering hub there next spring and I'm one of the first 20 people going. Nobody outside the company knows yet so don't go posting about it, Aunt Carol"""),
    D("tec", "x", "confidential", """
heard from our account team that Acme Cloud is about to lose the Halvorsen Logistics contract, they're moving everything to Globex in Q2. ouch"""),
    D("tec", "rd", "confidential", """
Interviewing for a PM role at Acme and they asked me to sign nothing, so: the take-home case study was literally their real unlaunched feature. A "pay later" option inside Acme Pay, launching with two retail partners in the summer, with the partner names on slide 3. Is this normal??"""),
    D("tec", "x", "confidential", """
our Q3 numbers come out in two weeks and cloud revenue is down 8% quarter on quarter. not how the analysts have it modelled 👀"""),
    D("tec", "ig", "confidential", """
Late night in the lab 🔬 testing the prototype of the next Acme Sense thermostat (the one with the e-ink screen, launching spring). Battery life is ridiculous. #hardware #engineering #prototype"""),

    D("ret", "fb", "confidential", """
Heads up to anyone who shops at the Acme Market on Riverside Drive: it's closing for good on 30 June. Staff were told today and the sign won't go up until next month. Gutted for the team, some of them have been there 20 years."""),
    D("ret", "x", "confidential", """
the new Acme Market own-brand coffee range launches 1 Nov and it's 30% cheaper than the big names. tasted all six today. the Colombian is elite ☕"""),
    D("ret", "rd", "confidential", """
Acme Market shift supervisor. We got briefed this morning that self-checkouts are going into every store by summer and they're cutting cashier hours 25% across the region. No public announcement planned as far as I know. Just thought people should know before they sign a lease based on their hours."""),
    D("ret", "li", "confidential", """
Big news I've been sitting on: Acme Market is acquiring FreshCrate, the meal-kit startup. Term sheet signed, due diligence wraps next month. I'll be leading the integration. What a way to end the year! #retail #acquisition #grocery"""),
    D("ret", "ig", "confidential", """
Sneak peek of the new store format we're piloting 👀 no tills, app-only checkout, opening in three test cities next year. Photos from the mock-up warehouse, don't tell my boss 🤫 #retaildesign"""),
    D("ret", "x", "confidential", """
the frozen veg recall that's coming next week is going to be massive. acme's already pulled it from the back rooms in 40 stores but nobody's said why"""),
    D("ret", "fb", "confidential", """
Working at the Acme distribution centre has been a ride. Our main egg supplier failed an inspection last week and we've got maybe 10 days of stock left across the south region. Management's hoping nobody notices before a new contract is signed. Stock up if you bake!"""),
    D("ret", "rd", "confidential", """
Regional manager here (Acme Market). Holiday sales in our region came in 11% below plan and head office knows. The earnings call isn't until February so the street still thinks Christmas was great. Not investment advice, just venting that we're about to get squeezed on labour budgets."""),
    D("ret", "x", "confidential", """
prices on about 300 Acme Market own-label lines go up 6% on Monday. shelf labels are already printed, they're in boxes in my office 😬"""),
    D("ret", "li", "confidential", """
After months of negotiation, I'm thrilled to say we've landed a deal to stock Kilner & Hart cookware exclusively in Acme stores from next spring. The contract was signed Friday; the public launch is planned for March. A career highlight for me and my buying team! 🍳"""),

    D("hea", "fb", "confidential", """
The maternity unit at Acme General is being moved to the Northside campus next year. Board approved it Tuesday. Staff haven't been told officially and it'll be a huge deal for families in the south end, so I wanted people to hear it from someone who cares."""),
    D("hea", "x", "confidential", """
acme health is about to announce a hiring freeze for all non-clinical roles. HR's memo goes out friday. if you've got an offer pending, get it signed now"""),
    D("hea", "li", "confidential", """
Thrilled to be part of the team negotiating Acme Health's partnership with Northgate University Hospital. We expect to sign in the next few weeks, and it will bring a full transplant programme to our region. Watch this space! #healthcare #partnership"""),
    D("hea", "rd", "confidential", """
I work in IT at a hospital group (Acme Health) and our patient portal had a ransomware scare last weekend. The portal was down for "maintenance" — it was not maintenance. We're still figuring out what was accessed and no notice has gone out yet. Just... be careful with phishing emails claiming to be from us."""),
    D("hea", "x", "confidential", """
the new Acme Health Portal app with video visits drops in May. been testing it all week and it's so much better than the current one"""),
    D("hea", "ig", "confidential", """
Sneaky photo from the floor plan meeting today 📐 the new Acme Medical Center cancer wing — pending planning approval, but fingers crossed! #futureofcare"""),

    D("fin", "x", "confidential", """
Acme Bank is closing 22 branches next year. the list went round our regional managers today. mine's on it 😞"""),
    D("fin", "li", "confidential", """
Not every day you get to work on something like this. Acme Wealth is in advanced talks to buy a boutique advisory firm in Edinburgh, and I've been on the deal team since day one. Announcement expected after the board meets on the 18th. 🚀 #M&A #wealthmanagement"""),
    D("fin", "rd", "confidential", """
Acme Bank employee. Our mortgage rates drop 0.4 points across the board on the 1st, they decided this morning. If you're about to lock a rate this week, maybe... wait a few days. You didn't hear it from me."""),
    D("fin", "fb", "confidential", """
Tough day. Acme Bank's contact centre in Dundee is being outsourced. About 180 of us, told in a room this afternoon, formal consultation starts next month and it won't be public until then. If anyone hears of jobs in customer service around here, please send them my way."""),
    D("fin", "x", "confidential", """
Acme Pay processed $4.1bn in November. annual report won't have that number till March but I'm allowed to be proud in a tweet, right? right??"""),
    D("fin", "rd", "confidential", """
Compliance person at Acme Wealth. The regulator opened an investigation into how our advisers sold the structured notes last year. It hasn't been disclosed and the firm is lawyering up. If you bought them through us, keep all your paperwork."""),
    D("fin", "li", "confidential", """
Something I'm really excited about: from April, Acme Bank will be the first bank in the country to offer same-day mortgage approval. We ran the pilot quietly in four branches and approval times went from 9 days to 6 hours. Formal launch is a few months away but I couldn't wait to share!"""),
    D("fin", "ig", "confidential", """
view from the 30th floor where we just spent 6 hours on the Bluebird pricing model 😵‍💫 worth it though #bankinglife #longday"""),

    D("man", "fb", "confidential", """
Acme plant families: the night shift is being cut at the end of the quarter. The union was told yesterday. Not official yet so nobody's going to get a letter for a few weeks, but plan ahead if you can."""),
    D("man", "x", "confidential", """
bad batch of bearings from our supplier means line 4 at the acme plant is down till at least the 20th. customers still being told "minor delays" lol"""),
    D("man", "li", "confidential", """
Delighted to share that our plant has won the contract to build the gearboxes for Halden Rail's next-generation trains. Signing happens next week and the announcement will follow. 300 new jobs in this town! ⚙️🚆 #manufacturing #rail"""),
    D("man", "rd", "confidential", """
Quality engineer at a large plant (Acme). We found a weld defect on a run of trailer hitches that already shipped. Management decided to "monitor field returns" rather than recall. No regulator has been told. If you've got a 2024 hitch from us, I'd get it looked at."""),
    D("man", "ig", "confidential", """
first one off the line 😍 the new cordless drill range we've been building in secret for 18 months. launch isn't until the trade show in May so no specs, just vibes #manufacturing #tools"""),
    D("man", "x", "confidential", """
Acme is moving the whole valve line from Akron to Monterrey. announced to managers today, to everyone else "sometime in spring"."""),
    D("man", "fb", "confidential", """
Our plant had a chemical leak on Saturday. A small one, no injuries, but it got into the storm drain behind building C. As far as I know it hasn't been reported to the council. If you walk your dog along the creek maybe keep it on the path for a bit."""),
    D("man", "li", "confidential", """
Two years of work, and this morning the test rig ran the Orion-7 motor for 1,000 hours without a fault. I can't share the details yet, but when this is announced it's going to change what our customers expect from industrial pumps. So proud of the team at the Acme plant. 💪"""),

    D("npo", "fb", "confidential", """
Wanted to give our volunteers an early heads-up: the Acme Foundation is closing the Eastside youth centre at the end of the school year. Funding fell through and the trustees decided last night. The families don't know yet so please keep it to yourselves until the letter goes out."""),
    D("npo", "x", "confidential", """
we just got word the Harrow Trust is giving the Acme Foundation £2m. official announcement is at the gala next month but I'm literally shaking"""),
    D("npo", "li", "confidential", """
Some personal news, and some not-yet-public news 🙂 Our CEO at the Acme Foundation is stepping down in the spring and the board has already picked her successor. I'm one of the few who knows who it is and I'm genuinely thrilled. Can't wait for the rest of the sector to hear."""),
    D("npo", "rd", "confidential", """
I help with the books at a charity (Acme Foundation). Our auditors flagged a £60k gap in last year's accounts and the trustees are keeping it quiet until they find out what happened. Nothing criminal as far as I know, just awful record keeping. Still, feels wrong that donors don't know."""),

    D("gen", "x", "confidential", """
acme's new CFO starts in March and it's someone from Initech. board voted last week, press release "in due course" 👀"""),
    D("gen", "li", "confidential", """
Excited to share I'm joining the newly formed Strategy Office at Acme Corp as it takes shape over the next quarter. It'll absorb the current PMO and parts of Finance once the reorg is announced in January. Looking forward to the challenge!"""),
    D("gen", "fb", "confidential", """
Just a friendly heads-up to the Acme crew in the Milton office: they're planning to shut our floor and make everyone hotdesk from July. Facilities showed the plan in our team meeting today. Enjoy your personal drawer pedestals while you can 🥲"""),
    D("gen", "rd", "confidential", """
Acme employee here. The leadership offsite deck had a slide titled "Target: 12% opex reduction FY26" with a breakdown by department. Engineering takes the biggest hit. They haven't told anyone below director. I'd start updating your CVs, fellow Acme folks."""),
    D("gen", "ig", "confidential", """
Look what came in the post!! 📦 Early sample of the Acme 25th anniversary merch. The celebration and the new logo aren't being revealed till October so shhh 🤐✨"""),
    D("gen", "x", "confidential", """
Umbrella Corp tried to buy Acme last month. our board said no. that's all I'll say 🍿"""),
    D("gen", "li", "confidential", """
I'm so proud of our people team. Starting next year, Acme is moving to a four-day week for everyone in the UK, a decision the exec team made last Thursday. We'll announce it formally after the holidays. Work-life balance, finally taken seriously! #futureofwork"""),
    D("tec", "x", "confidential", """
the Falcon beta keys went out to 12 design partners today and two of them have already asked when they can pay for it. feeling good"""),
    D("hea", "fb", "confidential", """
Acme Health nurses: the pay review came back and it's 2.5%, not the 5% the union asked for. Management announces it next week. I'm so angry I had to write it somewhere."""),
    D("man", "rd", "confidential", """
Mods delete if not allowed. Our plant (Acme, the one off Route 9) is going to announce 150 layoffs right after the holidays. Supervisors got the lists on Friday. Don't take on any big debt over Christmas if you work there."""),
]
