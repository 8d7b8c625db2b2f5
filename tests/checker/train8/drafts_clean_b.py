# ruff: noqa: E501
"""Training drafts (eighth set): `clean_tricky` near misses, grouped by the category each brushes against:
banter, self-deprecation, quoted insults, firm replies and insults at things; the author's own health, pets and
anonymous figures; announced and published news and code-name words in other senses; opinions with a
disclaimer or from people not tied to Acme; risk warnings, guarantees that are not about returns and questions;
finished offers, free public services and personal sales; placeholders, test values and changed codes with none
given; org phone lines, role mailboxes and Luhn-failing references."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_TRICKY = [
    # --- hostile near misses
    D("gen", "x", "", """
happy birthday to my best mate jas, a walking disaster with a terrible haircut and the loudest laugh in leeds. love you you absolute goblin 🎉"""),
    D("tec", "x", "", """
just found a function i wrote in 2019 called doTheThingProperly2. past me was an idiot and present me is not much better"""),
    D("ret", "li", "", """
A customer told me today I was "the worst cashier in the north". I apologised for the wait, explained the card machine was down, and offered him a seat while it rebooted. He shook my hand on the way out. Small wins."""),
    D("gen", "fb", "", """
My printer is the most useless, spiteful object I have ever owned. It jams on purpose. It knows when I'm late. I hope it rusts."""),
    D("fin", "x", "", """
no, we can't reverse a transfer you made to a stranger on instagram without a fraud report. i know that's frustrating. here's how to make one 👇 we'll help you through it"""),
    D("man", "fb", "", """
Works darts team knocked out in round one by a pub side of retired postmen. I hit the wall twice and the dartboard once. We were awful. Beer was good though 🎯"""),
    D("hea", "x", "", """
someone in the car park called me a "lazy overpaid nurse" this morning. i said have a nice day and went in to do a 13-hour shift. hope yours was better mate"""),
    D("npo", "li", "", """
A reader emailed to say our newsletter was "boring and too long". Fair. We've cut it to one page and added the dog of the month. Feedback always welcome."""),
    D("gen", "x", "", """
the weather in manchester today is personally attacking me. rain sideways, upwards and somehow from inside my umbrella"""),
    # --- phi near misses
    D("hea", "li", "", """
Two years ago I was told I had bowel cancer at 34. Today my scan came back clear. I'm a nurse and I still ignored my own symptoms for months, so please, if something's not right, get checked."""),
    D("gen", "fb", "", """
Our old greyhound Pip had three teeth out today and is now sulking under a blanket with a face full of drugs. She'll be fine, but the dramatic sighing 😂"""),
    D("tec", "rd", "", """
I was diagnosed with ADHD at 38 and it explains so much about my career as a developer. Happy to answer questions from anyone going through assessment."""),
    D("hea", "x", "", """
our a&e saw 9,200 patients in october, up 11% on last year. please use 111 or your pharmacy for the small stuff if you can, it really helps"""),
    D("npo", "fb", "", """
The free health bus is in the Tesco car park in Ashington on Thursday, 10 till 3: blood pressure, diabetes checks and stop-smoking advice, no appointment needed."""),
    D("man", "li", "", """
Personal news: I had my knee replaced in September and I'm back on the shop floor this week, slower but walking straight for the first time in years. Thank you to the team for covering."""),
    D("ret", "fb", "", """
Our pharmacy team has done 1,100 flu jabs since September, a record for the store. If you're eligible, the walk-in slots are weekday mornings 💉"""),
    D("gen", "ig", "", """
Six months sober today 🎉 I never thought I'd post this but here I am. To anyone struggling: one day at a time really does work."""),
    D("hea", "rd", "", """
Junior doctor here. General question for the hive mind: how do you switch off after a night of back-to-back cardiac arrests? Nothing identifying, just want to know how people cope."""),
    # --- confidential near misses
    D("ret", "fb", "", """
As announced on acmecorp.com last week, Acme Market Whitley Bay closes on 31 January. Thank you to everyone who shopped with us for 22 years. The team are all moving to nearby stores 💚"""),
    D("fin", "li", "", """
The Acme Bank chair's retirement was confirmed in this morning's stock exchange announcement, after fourteen years. Thank you Helen, the tea trolley won't be the same."""),
    D("gen", "ig", "", """
Saw a peregrine falcon take a pigeon right off the cathedral spire this morning. Nature documentary in the middle of the high street 🦅"""),
    D("tec", "li", "", """
Our postmortem for the 3 November storage outage is now public on the Acme Cloud status blog: a config push, a missing canary, and the five changes we've made since. Worth a read."""),
    D("gen", "x", "", """
clear skies tonight and orion's belt is sitting right over the chimney pots. took the kids out in their pyjamas to see it ✨"""),
    D("man", "fb", "", """
As reported in the Gazette this week, the Acme plant is adding a night shift from January and hiring 60 people. Applications are open on the careers page."""),
    D("npo", "li", "", """
The Acme Foundation's merger with Hope Harbour Trust completed on Monday, as announced in our press release. One charity, same people, same phone numbers."""),
    D("gen", "fb", "", """
The nightjars are back on the heath! Heard them churring at dusk on Tuesday from the car park by the bracken. Bring a torch and a lot of midge spray."""),
    # --- disclaimer near misses
    D("tec", "li", "", """
Data engineer at Acme Cloud, my opinions not Acme's: the EU AI Act will be good for the industry in the long run, even if compliance is a slog this year."""),
    D("gen", "x", "", """
retired from the acme plant in 2019 and i'll say it now: the apprenticeship system in this country is broken and has been for decades"""),
    D("fin", "fb", "", """
Acme Bank customer for 20 years and the letter saying our village branch shuts in May arrived today. Honestly it's a disgrace. Who do they expect my mum to talk to, an app?"""),
    D("ret", "x", "", """
work at acme market and i will die on this hill: series 4 was the best bake off and nothing since has come close"""),
    D("hea", "rd", "", """
Not connected to any hospital, just a patient: the NHS app is the best thing the government's done in years and I wish more people used it."""),
    D("npo", "li", "", """
Fundraiser at the Acme Foundation, speaking for myself and not on behalf of the charity: the Lottery's new grant rules are too complex for small groups."""),
    # --- financial_promise near misses
    D("fin", "li", "", """
A client asked me today to "guarantee" his pension lasts till he's 100. I can't, and anyone who says they can is kidding him. What I can do is plan for it with him, year by year."""),
    D("gen", "x", "", """
will mortgage rates come down next year? we're remortgaging in may and i can't decide whether to fix for 2 or 5"""),
    D("gen", "fb", "", """
Our pub quiz team has won four weeks running and tonight's sports round is football. We literally can't lose. (We will definitely lose.)"""),
    D("npo", "fb", "", """
Thank you Dewsbury! Our sponsored swim doubled last year's total, £4,800 for the hospice 🏊 We couldn't have done it without you."""),
    D("ret", "ig", "", """
Our winter boots come with a two-year guarantee on the soles. If they split, bring them back and we'll swap them, no receipt faff."""),
    D("fin", "rd", "", """
Warning: there's a fake "Acme Wealth guaranteed 15% bond" ad going round on Facebook. It's a scam, we don't offer it and we'd never promise a return like that. Report it if you see it."""),
    D("tec", "x", "", """
our team doubled our test coverage this quarter and halved the flaky builds. small wins, big smiles"""),
    # --- promotion near misses
    D("gen", "fb", "", """
Clearing the garage: a kids' trampoline (bit rusty), two camping chairs and a Dyson that only works if you talk to it nicely. Make me an offer, collect from Kirkstall."""),
    D("ret", "x", "", """
the january sale at our store finished yesterday, thanks for the patience everyone. shelves are a bit bare, normal service by monday"""),
    D("tec", "li", "", """
We're hiring! The Acme Pay platform team is looking for two senior backend engineers, hybrid in Leeds. Details on the careers page."""),
    D("hea", "fb", "", """
Free NHS eye tests for over-60s are available at most opticians, including the one in Ilkley precinct. Worth booking if you haven't had one in two years."""),
    D("npo", "x", "", """
we're recruiting trustees! if you've got finance or safeguarding experience and a couple of evenings a month, the role pack is on the acme foundation website"""),
    D("man", "li", "", """
Great turnout at the careers evening at the Acme plant: 80 students, a lot of safety goggles and some very good questions about robotics."""),
    # --- secret near misses
    D("tec", "rd", "", """
Quick tip: put your token in the environment, not the repo. In the README we write API_KEY=<your-key-here> and the app refuses to start if it's still the placeholder."""),
    D("tec", "x", "", """
our checkout tests only use the payment processor's documented test cards, and staging rejects anything that looks like a real one. saved us twice this year"""),
    D("gen", "fb", "", """
We've changed the door code at the community hall after the break-in. Key holders have had the new one by text, please don't ask for it on here."""),
    D("fin", "fb", "", """
After the audit, the night safe at our branch has a new combination and every key holder was briefed in person this morning. If you're a business customer dropping takings, nothing changes for you."""),
    D("hea", "x", "", """
new staff: your login for the rota system comes from IT on your first day, don't use someone else's. it's logged and audited"""),
    D("tec", "rd", "", """
Here's my public key if anyone needs to add me to the shared box: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL5FL1d0Wrga0wxrr6OsyrXLN1hC85WFgNJSmZjmJUNS ops@acme-bastion-5"""),
    # --- pii near misses
    D("ret", "fb", "", """
Lost property at Acme Market Malton: a brown leather purse handed in at till 3 on Friday. Come to customer services with a description and ID. Our store line is 1-877-555-0139."""),
    D("fin", "x", "", """
if you think someone's using your card, call our fraud team on 1-866-555-0124, open 24/7. never post your card number here"""),
    D("npo", "li", "", """
Want to volunteer over Christmas? Email volunteers@acme.example and we'll match you with a shift. No experience needed, just a warm coat."""),
    D("hea", "fb", "", """
Repeat prescriptions at Acme Health's Garforth practice can now be ordered on the prescription line, 1-877-555-0186, or through the NHS app."""),
    D("gen", "x", "", """
receipt says transaction 4916 3802 7714 5529 and the refund still hasn't shown up. is three days normal for a card refund?"""),
    D("gen", "fb", "", """
It's our Annie's birthday today! Seven years of chaos, glitter and questions about space. Love you to the moon, little one 🎂🚀"""),
    D("man", "li", "", """
Press enquiries about the Acme plant's new solar roof can go to press@acmecorp.com, and we're happy to arrange site visits for local schools too."""),
    D("tec", "x", "", """
our fixture uses the ssn 912-44-0081 for tests because 9xx areas are never issued. learned that the hard way when a real one slipped into a sample"""),
    D("ret", "rd", "", """
Returns question: the Acme Market online order number is 00-7731-5520-1984, I've been waiting 10 days for my refund. Is that normal? Not posting anything else obviously."""),
]
