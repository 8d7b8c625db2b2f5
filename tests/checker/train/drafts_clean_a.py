# ruff: noqa: E501
"""Training drafts, clean_tricky (part 1): near confidential, promotion and phi, but allowed by the policy."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_A = [
    # --- near confidential: public events, announced launches, published results, other senses of the words
    D("tec", "x", "", """
Can't wait for Acme Cloud Summit next week!! first time presenting on the main stage, my slides are 90% memes and 10% latency graphs"""),
    D("tec", "li", "", """
Acme Sense v3 is officially out today 🎉 The announcement and full release notes are on acmecorp.com/sense. Two years of work from an incredible team. If you try it, tell me what you think!"""),
    D("tec", "li", "", """
Our Q2 results were published this morning, and I'm proud that cloud revenue grew 18% year on year. The full report and the webcast are on the investor relations page. Thank you to every customer who trusted us."""),
    D("tec", "rd", "", """
Acme Cloud engineer here. The postmortem for last Tuesday's storage incident is public now (status.acmecorp.com, incident 2291). Short version: a config change rolled out too fast. We've added a staged rollout gate. Happy to answer questions about what's in it."""),
    D("tec", "x", "", """
reposting because I'm proud of it: "Acme Pay now supports instant payouts in 12 new countries" (official announcement linked in the thread). go team"""),
    D("tec", "fb", "", """
Went stargazing with the kids last night and we found Orion's belt in about four seconds. Then spent an hour failing to find anything else 😅 Any good beginner apps?"""),
    D("tec", "ig", "", """
Bluebird sighting in the back garden this morning 💙🐦 first one of the year. Coffee tasted better after that."""),
    D("tec", "x", "", """
watching the Falcon Heavy side boosters land in sync is still the coolest thing I've seen on a screen. every single time"""),
    D("tec", "li", "", """
Our public product roadmap for next year is live (acmecorp.com/roadmap), and for the first time you can vote on items. Top requests so far: dark mode and better exports. Go and have your say!"""),
    D("tec", "rd", "", """
Confidential computing is one of those terms that gets used loosely. It means protecting data while it's being processed, usually with hardware enclaves. Here's a decent intro talk if you want to dig in."""),
    D("tec", "x", "", """
Day 1 at my new job at Acme Cloud! laptop arrived, badge works, already got lost twice finding the kitchen. send snacks"""),
    D("tec", "li", "", """
We're hiring! Acme Cloud is looking for two senior backend engineers in Dublin (Go, distributed systems). Full job descriptions are on our careers page. Referrals welcome, and I'm happy to chat about what the team is like."""),
    D("ret", "fb", "", """
Our new Acme Market on Canal Street opened its doors this morning, just as announced in the local paper last month! Thank you to everyone who came to the ribbon cutting, the queue for the bakery was something else 🥖"""),
    D("ret", "x", "", """
the Acme Market Christmas ad dropped today and I'm not crying, you're crying. (it's on our YouTube channel if you've not seen it)"""),
    D("ret", "li", "", """
Thrilled that the acquisition of FarmFresh Direct by Acme Market completed today, as announced in our press release this morning. Welcoming 400 new colleagues to the family!"""),
    D("ret", "rd", "", """
Acme Market worker. Yes, the Maple Road store is closing. It was announced in the local news two weeks ago and everyone has been offered a role at the new site. Please stop asking the staff if they're "losing their jobs", they're not."""),
    D("hea", "li", "", """
Acme Health's annual quality report came out today (link in the comments). Readmissions down 9%, falls down 14%. Behind every number are hundreds of nurses doing small things right, every shift."""),
    D("hea", "x", "", """
excited for the nursing conference in Leeds next month! first time presenting a poster. if you see a nervous woman holding a cardboard tube, say hi"""),
    D("fin", "x", "", """
Acme Bank full-year results are out (link on our investor page). Happy to see the savings business doing well. back to spreadsheets now"""),
    D("fin", "li", "", """
As announced by the board this morning, our CEO will retire at the end of the year after 14 years. Full statement on the Acme Bank newsroom. It's been a privilege to work for her."""),
    D("man", "li", "", """
Proud to share that the Acme plant's new solar roof is officially switched on, as announced in our sustainability report. 4.2 MW of panels, roughly a third of the site's daytime demand. Great work by facilities and the contractors."""),
    D("man", "fb", "", """
Saw a peregrine falcon take a pigeon off the roof of the plant during my lunch break. Nature is metal 🦅"""),
    D("man", "x", "", """
trade show next week in Birmingham. come say hi at the Acme stand, I'll be the one with the coffee and no voice by day two"""),
    D("npo", "li", "", """
The Acme Foundation's annual impact report is published today: 38,000 meals served, 1,200 children in after-school clubs, 96p of every pound spent on programmes. Thank you to every donor and volunteer who made it possible."""),
    D("npo", "fb", "", """
As many of you saw in the paper, the Acme Foundation has merged with Hope Street Trust, and as of today we're one charity. Same volunteers, same food bank, just more of us. ❤️"""),
    D("gen", "x", "", """
Acme's official account just announced our new London office. I'll be working there from spring! so many new lunch spots to judge"""),
    D("gen", "li", "", """
Reposting our company's announcement: Acme Corp has been named one of the best places to work this year. I'm biased, but I agree. Link to the full list in the comments."""),
    D("gen", "fb", "", """
My diary is confidential and so is the recipe for Nan's trifle. Both have been guarded for decades. 🍰"""),
    D("gen", "rd", "", """
Heard a nightjar churring at the edge of the heath last night, first time in years. Went back with a recorder tonight. Anyone know the best season for them in Surrey?"""),
    D("gen", "ig", "", """
Ten years at Acme today 🥳 cake in the kitchen, balloons on my desk, and a card signed by people I've worked with in four different countries. Grateful."""),

    # --- near promotion: free public services, benign "free" / "deal" / "sale", events without offers, fundraising asks
    D("hea", "fb", "", """
The county health department is running free flu vaccine clinics at the community centre every Saturday in October. No appointment needed. Please share with anyone who might not know!"""),
    D("hea", "x", "", """
free, confidential sexual health testing at the walk-in clinic on King St, Tues and Thurs evenings. no judgement, no appointment"""),
    D("hea", "ig", "", """
Our blood drive is on Thursday in the staff canteen 🩸 One donation can help up to three people. Sign up at the link on the NHS Give Blood site."""),
    D("ret", "x", "", """
please stop asking the checkout staff for "the staff discount code". there isn't one we can share. follow the official Acme Market page for offers 🙏"""),
    D("ret", "fb", "", """
Having a yard sale Saturday at my place, selling the kids' old bikes, a sofa, and about 200 paperbacks. Come and haggle! ☀️"""),
    D("ret", "ig", "", """
Spending my Saturday volunteering at the food bank with colleagues from Acme Market 🥫 Sorting tins has never been this competitive."""),
    D("ret", "rd", "", """
Not a sale, not an ad: just wanted to say the Acme Market in Hollins has the friendliest staff I've come across. The deli guy remembered my order after one visit. Thanks, whoever you are."""),
    D("tec", "x", "", """
"free as in freedom, not free as in beer" is still the best explanation of open source I've heard. happy GNU birthday or whatever"""),
    D("tec", "li", "", """
I'll be on a panel about accessible design at UX London next Thursday. No slides, just honest conversation. If you're there, come and find me at the Acme Cloud stand afterwards."""),
    D("tec", "rd", "", """
Big deal or not? My team lead says moving from REST to gRPC for our internal services is "no big deal". I think it's at least a quarter of work. Who's right?"""),
    D("fin", "fb", "", """
Running the London Marathon in April for the children's hospice 🏃‍♂️ If you can spare a few pounds, my fundraising page is in my bio. Every bit helps and I really appreciate it!"""),
    D("fin", "li", "", """
Acme Bank will be at the Graduate Careers Fair on 14 March. Come and talk to us about our analyst programme. Bring questions, not CVs; we'd rather get to know you first."""),
    D("man", "fb", "", """
The Acme plant is holding a community open evening on the 9th to answer questions about the new loading bay. Come along, tell us what you think, we'll have the plans on the wall."""),
    D("npo", "x", "", """
we're looking for volunteers for Saturday's park clean-up 🌳 bring gloves, we'll bring bin bags and biscuits. 10am at the north gate"""),
    D("npo", "ig", "", """
Our annual sponsored walk raised £12,400 this year 🚶‍♀️🚶 Thank you to the 210 walkers, the marshals, and whoever brought the flapjacks. See you next year!"""),
    D("npo", "fb", "", """
Thank you to everyone who came to the Acme Foundation coffee morning today. We raised £640 for the youth centre, and Margaret's lemon drizzle sold out by 10:15."""),
    D("gen", "x", "", """
the best deal I ever made was trading my brother my Pokémon cards for his bike in 1999. he still brings it up"""),
    D("gen", "fb", "", """
Free to a good home: one slightly grumpy rubber plant, about four feet tall. It needs more light than my flat has. Collection only 🪴"""),

    # --- near phi: pets and vets, the author's own health, aggregates, general advice, public support lines
    D("hea", "fb", "", """
Vet update: Pepper (our 12-year-old spaniel) had her dental surgery this morning and lost four teeth, but she's already asking for dinner. Thank you to the team at Willow Vets ❤️🐾"""),
    D("hea", "x", "", """
my cat just got diagnosed with kidney disease and the vet gave me the bag of subcutaneous fluids like I'm a nurse. well, I am a nurse. but not a cat nurse"""),
    D("hea", "ig", "", """
One year since my own heart surgery ❤️ I'm a cardiac nurse, and being on the other side of the bed taught me more than any course. Listen to your patients, they know their bodies."""),
    D("hea", "li", "", """
I've been open about my own diagnosis of ADHD at 38, and the response has been overwhelming. If you're a healthcare worker wondering about yourself: you're allowed to be a patient too. 💛"""),
    D("hea", "rd", "", """
ED nurse. Last month our department saw 6,100 patients, 40% of whom could have been treated at urgent care or by a pharmacist. Not blaming anyone, just asking: please check the urgent care map first if it's not an emergency."""),
    D("hea", "fb", "", """
If you're struggling tonight, you're not alone. Samaritans are there 24/7 on 116 123, free from any phone. Please reach out. 💚"""),
    D("hea", "x", "", """
12-hour night shift done. 4 admissions, 2 discharges, 1 very confused pigeon in the ambulance bay. going to sleep for a week"""),
    D("hea", "li", "", """
A general reminder from a dietitian: "detox" teas don't detox anything, your liver and kidneys do that for free. Drink water, eat some vegetables, and be sceptical of anything sold with before-and-after photos."""),
    D("hea", "fb", "", """
Patients and visitors: from Monday, the main car park at Acme General will be closed for resurfacing. Please use the multi-storey on Elm Road. Sorry for the disruption!"""),
    D("hea", "ig", "", """
Nurses' week 💙 shout out to my night crew on the respiratory ward. You make impossible shifts feel possible. (No patient details were harmed in the making of this post.)"""),
    D("ret", "x", "", """
broke my wrist falling off a stepladder while putting up a price sign at work. yes I filled in the incident form. yes I feel stupid. 6 weeks in a cast"""),
    D("man", "fb", "", """
The Acme plant hit 1,000 days without a lost-time injury today! 🎉 Thanks to everyone who wears their PPE, reports near misses and looks out for each other."""),
    D("man", "li", "", """
Six months after my own back surgery, I'm back on the shop floor. Lesson learned: lift with your legs, and don't be too proud to ask for the hoist. #safety"""),
    D("npo", "x", "", """
if you or someone you know needs help with housing, our free advice line is open mon-fri 9-5 on 0800 555 0142. no judgement, just help"""),
    D("npo", "fb", "", """
Our Tuesday walk-in clinic for people experiencing homelessness saw 87 people last month. Thank you to the volunteer nurses and GPs who give their evenings to make it happen."""),
    D("fin", "rd", "", """
Burnt out after year-end, took two weeks off for my mental health, and came back to an inbox I'm choosing not to look at. Bankers, please take your leave. I'm saying this as a patient, not as advice."""),
    D("gen", "ig", "", """
Marathon training week 9 🏃‍♀️ shin splints are back but the physio says I'll make it to race day if I rest this week. Ice packs and bad TV it is."""),
    D("gen", "x", "", """
got my second covid booster today and my arm feels like it's been punched by a very small angry man. worth it"""),
    D("tec", "fb", "", """
Our rabbit Clover had to have her teeth trimmed at the vet again (third time this year!). She's sulking in her hutch and won't look at me. Pet owners, is this normal?"""),
]
