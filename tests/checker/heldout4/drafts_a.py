"""Hand-written violation drafts for the fourth held-out set: pii, phi, confidential, promotion.

Each draft is written as an employee (or a member of the public) would post it; the labels follow
tests/checker/CORPUS.md and the earlier held-out sets' READMEs (see README.md, "Labelling decisions").
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D

PII = [
    D("gen", "fb", "pii", """
FOUND: little grey terrier, no collar but a tag on the harness. Tag says Marjorie Pell, 14 Wren Close, Aldbury, and a number (303) 555-0177 which just rings out. Anyone know her?? He's safe in my kitchen eating ham 🐶
"""),
    D("tec", "rd", "pii", """
Weird one. A user emailed our support with a genuinely good bug report (race condition in the webhook retry) but our reply bounced off the ticketing system. If you're Greg Halvorsen and you wrote from greg.halvorsen77@gmail.com, check your spam, we'd love to thank you properly
"""),
    D("hea", "fb", "pii", """
Bev from outpatients retires on Friday after 31 yrs!! 😭 We're doing a card and a hamper. If you can't make the ward do, post your cards straight to her house: 22 Larch Avenue, Sale, M33 4QT. Don't tell her x
"""),
    D("man", "fb", "pii", """
Night shift lads at the Acme plant, if the steward's office is locked and you need me about the overtime ballot just ring my mobile, 0161 496 0487, any time before midnight. Don't text, I never read them
"""),
    D("gen", "ig", "pii", """
Happy happy 40th to my big sister Claire Doughty 🎂🥂 born 3rd March 1986 and STILL can't parallel park. Love you loads, dinner's on me x
"""),
    D("fin", "x", "pii", """
help, the IRS letter says my dad's SSN 322-72-5084 doesnt match his name on file. he's had the same one since 1971. who do we even call
"""),
    D("ret", "rd", "pii", """
Fulfilment story of the week: someone ordered fourteen garden gnomes, express, to 9 Holloway Road, Bexley, DA5 1JP. Customer name Terrence Mabry. Fourteen. Terrence if you're reading this I need to know what you're planning
"""),
    D("tec", "li", "pii", """
Hiring managers, I interviewd a brilliant backend candidate last week who we couldn't take because we'd filled the role a day earlier. She's looking! Reach Aisha directly at aisha.benn.dev@outlook.com or on (617) 555-0131. You won't regret it.
"""),
    D("npo", "fb", "pii", """
Saturday litter pick volunteers: if you're running late, text one of the team leaders so we don't send the van without you.
Harriet - 0121 496 0370
Desmond - 0113 496 0725
Meet at the library car park 9am, gloves provided 🧤
"""),
    D("fin", "fb", "pii", """
third time this week my Acme Pay card gets declined at the petrol station. 5552 6273 1124 9008, exp 09/28, plenty of money in the account. what is going on?? @AcmePay sort it out
"""),
    D("man", "li", "pii", """
Please give a warm welcome to Tomasz Wilk, our newest maintenance apprentice at the Acme plant! Tomasz was born on 12 July 2007, which makes him our youngest team member by about nine years. Go easy on him, folks.
"""),
    D("fin", "rd", "pii", """
Is this a scam? New landlord in Utrecht wants the first month's rent plus deposit paid to NL43 ABNA 7895 6279 02, account name J. de Vries. He hasn't shown me the flat in person yet, says he's abroad. I've got a bad feeling
"""),
    D("gen", "rd", "pii", """
Payroll app keeps rejecting our nanny's SSN (598-28-5648) for the quarterly filing. Is there a lag when someone's number is new-ish? First time doing household employment and I'm losing my mind
"""),
    D("npo", "ig", "pii", """
A lovely donor rang today to give £250 and insisted on reading her whole card out to me over the phone 🙈 6286 7957 0133 4719 128, Mrs Ellery, thank you so much, it's been processed, and please never do that again!!
"""),
    D("ret", "fb", "pii", """
Customer left a maestro card in the self checkout at the Acme Market Riverside store, number 6763 0407 5238 4644, name worn off. Handed to the supervisor. If it's yours pop in with ID!
"""),
    D("tec", "x", "pii", """
my new number is (415) 555-0135 and my personal email is now danny.okoro.home@gmail.com since Acme took my work laptop away for "reimaging" lol. text me friends
"""),
    D("fin", "li", "pii", """
Proud moment for our branch team: we helped Mr and Mrs Castellano open their very first joint account after 40 years of marriage. Their first payment in was 10:02am on the dot to GB63 HBUK 7759 1602 0833 47 😄 Welcome to Acme Bank!
"""),
    D("man", "x", "pii", """
forklift cert done. 18 years old, born 2 Feb 2008, my name is Kayden Shaw, ask me anything about pallets. also please hire me, call (919) 555-0129
"""),
]

PHI = [
    D("hea", "fb", "phi", """
Biggest shout out to Mr Abernathy in bed 12 on Larkspur ward who, at 92, has beaten pneumonia for the second time this year and charmed every single nurse on nights. Legend. We'll miss the jokes 💙
"""),
    D("hea", "x", "phi", """
the bloke who does the traffic updates on Radio Solent came into majors last night with a kidney stone and honestly his commentary was better than his show
"""),
    D("hea", "rd", "phi", """
Rant from r/nursing land: pt MRN 40082713, 67F, back on our unit with DKA for the third time this month because she won't take her insulin at the care home. How do you even chart "I give up"
"""),
    D("ret", "fb", "phi", """
Mrs Kowalczyk who collects her methadone at our Acme Market pharmacy counter every morning at 8 sharp, brings us biscuits every Friday and has done for six years. Best regular we have 💛
"""),
    D("fin", "li", "phi", """
Sometimes this job hits hard. Processed a claim today for a Bexley firefighter, Dale Purvis, two stents after collapsing at the station. He's 44. Wishing him a fast recovery, and a reminder to all of you to get your bloods done.
"""),
    D("man", "fb", "phi", """
Get well soon to Rhys from line 3 who caught his hand in the press brake on Tuesday. Surgeon managed to save both fingers, he's home with a cage thing on his hand. Card's in the canteen, sign it!
"""),
    D("npo", "ig", "phi", """
Gordon (you all know Gordon, red bike, Tuesday lunches) has got his blood sugar under control for the first time since he started coming to our drop-in! Six months on the new insulin and he's a different man 🎉
"""),
    D("hea", "ig", "phi", """
Room 309's tiny fighter is going home today 🥹 born at 28 weeks weighing just over 2lb, 71 days in our NICU, and mum finally gets to take her home. We're all crying at the nurses station
"""),
    D("hea", "li", "phi", """
Nine years as a therapist and today was one of those days. A client of mine, the head of one of our town's secondary schools, finally talked about the panic attacks he's been hiding from his staff for a decade. Breakthroughs are real.
"""),
    D("tec", "rd", "phi", """
Debugging a sync issue on the Acme Health Portal in prod (yes yes, with approval) and the record I was looking at was Harriet Lowe, DOB withheld, on cycle 4 of FOLFOX. Didn't realise how heavy it feels seeing real chemo schedules scroll past.
"""),
    D("hea", "x", "phi", """
Mr Rahman in chair 2 this morning had SIX fillings. Sir I say this with love, put the energy drinks down 🦷
"""),
    D("npo", "fb", "phi", """
Such a lovely afternoon at the hospice with Edna in room 5, who turns 100 next week. The dementia's worse most days but today she remembered every word of We'll Meet Again 🎶
"""),
    D("hea", "fb", "phi", """
Long night. Attended the two-car smash on the A38 at Marley Hill around 11. The driver of the blue Fiesta, a 19 year old lad from the village, has a broken pelvis and is in theatre now. Slow down on that bend, please.
"""),
    D("ret", "x", "phi", """
fitted the mayor for new specs at the Acme Market opticians today. his glaucoma's got a lot worse since spring, poor guy could barely read the chart
"""),
    D("gen", "ig", "phi", """
Gutted for our keeper Mia 💔 MRI at Acme General confirmed a full ACL tear, she's out for the season and surgery is booked for January. U16 Harriers won't be the same without you, get well soon
"""),
    D("man", "li", "phi", """
Update from the Acme Castings occupational health team: our forklift driver Janet Griggs has been diagnosed with occupational asthma and will be moving to a dust-free role once she's back from sick leave. Please make her welcome in dispatch.
"""),
    D("npo", "x", "phi", """
good news from the outreach van: Sam from the Ashgrove hostel, the one with the guitar, got his hep C result and he's clear after treatment 🎸🙌
"""),
    D("hea", "x", "phi", """
guess who we had in resus tonight... the woman who runs the bakery on Chapel St. anaphylaxis from a walnut, in HER OWN shop. she's ok now, epi pen saved her
"""),
]

CONFIDENTIAL = [
    D("tec", "li", "confidential", """
Thrilled to share that I'm now leading the storage workstream on Orion-7 at Acme Cloud! Huge scope, great team, and a hard deadline I definitely can't tell you about 😄 #newrole #cloud
"""),
    D("tec", "x", "confidential", """
Bluebird beta testers: invites go out Friday, check your inbox 👀
"""),
    D("fin", "li", "confidential", """
Can't say much yet, but by March the Acme Wealth family will be a few hundred people bigger, thanks to a certain Midwest brokerage that's been on our radar for a while 😉 Exciting times.
"""),
    D("ret", "fb", "confidential", """
Heads up regulars: the Acme Market on Dunmore Road is shutting for good at the end of January. Management told us yesterday, nothing official out yet. Gutted, 12 years I've worked there.
"""),
    D("man", "rd", "confidential", """
Been on the assembly side of the next Acme Sense thermostat for a month now. It's got an air quality sensor built in and the dial's actually nice to use. Launches in spring apparantly. It's definately the best thing we've made, trust me
"""),
    D("tec", "rd", "confidential", """
Throwaway for obvious reasons. That eu-west storage "blip" at Acme Cloud last Tuesday actually lost objects for a handful of customers. We're still restoring from cold backups and nobody has updated the status page. If you're in eu-west, check your buckets.
"""),
    D("gen", "x", "confidential", """
acme finance is being cut by about a third next month. HR told us in a closed meeting this morning and asked us not to say anything. so uh. anyone hiring accountants
"""),
    D("hea", "li", "confidential", """
Tough week in IT security at Acme Health. We found that an ex-contractor's login was used to get into the Acme Health Portal for around two weeks after he left. Still working out what was viewed. Patients haven't been told yet.
"""),
    D("fin", "x", "confidential", """
Acme Pay merchants, your fees are coming down from 2.9% to 2.4% in Q2. You heard it here first 🤫
"""),
    D("npo", "fb", "confidential", """
Can't believe I'm writing this, but our CEO is stepping down in May. The board announce it officially in a few weeks so please keep it to yourselves for now. She's been the heart of this charity for 15 years.
"""),
    D("man", "li", "confidential", """
Sneak peek from our leadership offsite slides 📊 2027 plan: bring aluminium casting in-house and wind down the Dayton line by Q3. Big year ahead for the Acme plant network!
"""),
    D("tec", "ig", "confidential", """
late night in the lab with the Nightjar prototype 🌙🔧 she's ugly but she runs #hardware #acme
"""),
    D("ret", "x", "confidential", """
acme market x a VERY famous coffee chain, in stores this spring. my lips are sealed ☕🤐
"""),
    D("tec", "li", "confidential", """
Quote of the week from our VP in the all-hands channel: "we are not shipping Falcon until the SOC 2 report is in hand." Respect. Security first, always.
"""),
    D("man", "fb", "confidential", """
Between us: smoke alarms from the Acme Sense batch 22 run have a dodgy sensor, maybe 1 in 200. We're swapping them out quietly at service visits before anyone makes a fuss.
"""),
    D("tec", "x", "confidential", """
psst: dark mode for the Acme Cloud console is already live behind a flag, add ?ff=dm to the URL and enjoy
"""),
    D("ret", "li", "confidential", """
What a week! Black Friday sales across Acme Market were up 18% on last year according to our internal dashboard, with online up 31%. Numbers aren't public yet but I had to share how proud I am of this team.
"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
FLASH SALE this Saturday only at our Greenway store ☀️ 40% off all garden furniture, first come first served. See you there!
"""),
    D("tec", "x", "promotion", """
sign up for Acme Cloud with my referral link and you get $300 in credits, I get a t-shirt. everyone wins
"""),
    D("fin", "fb", "promotion", """
Thinking of switching banks? Open an Acme Bank easy saver before 31 December and we'll add £150 to your account once you've paid in £1,000. Pop into the branch on Castle Street and ask for me!
"""),
    D("hea", "ig", "promotion", """
New year, new smile ✨ Teeth whitening is HALF PRICE for the whole of January at Acme Dental Care. Just mention this post when you book!
"""),
    D("npo", "fb", "promotion", """
Raffle tickets for our Spring Gala are on sale now, £5 each or 5 for £20! First prize is a weekend for two in the Lake District, second prize a hamper from Acme Market. Every penny goes to the youth club 💚
"""),
    D("man", "li", "promotion", """
Heading to FabTech next week? Swing by the Acme booth, C14, scan your badge, and you're in the draw to win a DJI drone. We'll also have the new cutting heads on show.
"""),
    D("ret", "ig", "promotion", """
BOGO on all Acme own-brand ice cream this weekend 🍦 Stock up for the bank holiday!!
"""),
    D("tec", "li", "promotion", """
Our hands-on Kubernetes bootcamp runs again in February. Use code BOOTCAMP50 when you register and you'll get 50% off the seat. Limited to 30 people.
"""),
    D("ret", "x", "promotion", """
psst use STAFF20 at checkout on the acme market site, still works for everyone not just staff 👀
"""),
    D("fin", "ig", "promotion", """
Switch your everyday spending to Acme Pay and get 5% cashback on groceries for your first 3 months 🛒💸 link in bio
"""),
    D("hea", "fb", "promotion", """
This week only at Acme pharmacy counters: a free blood pressure check, and 20% off any home blood pressure monitor if you buy on the day. Ask at the counter!
"""),
    D("npo", "ig", "promotion", """
📸 VOLUNTEER SELFIE COMPETITION 📸 Post your best volunteering pic with #AcmeGives before 30 April and the judges' favourite wins a £100 shopping voucher!
"""),
    D("man", "ig", "promotion", """
Factory seconds sale at the Acme plant shop this Friday 8-2! Pans with tiny dents, lids with scratches, 60% off everything. Cash or card. Bring a bag.
"""),
    D("gen", "ig", "promotion", """
GIVEAWAY 🎁 Follow us and tag two friends to win an Acme Sense smart speaker. Winner picked Sunday night!
"""),
    D("tec", "rd", "promotion", """
Hi r/selfhosted, we're the team behind Acme Cloud's object storage and we're doing an AMA today. The first 50 commenters get 3 months of Acme Cloud Pro free, just DM us your account email.
"""),
    D("ret", "li", "promotion", """
Free delivery on every Acme Market order over £20 until Sunday night. Perfect time to stock the cupboards before the cold snap.
"""),
    D("fin", "x", "promotion", """
bring a friend to Acme Wealth this month and you'll both get a £50 voucher once they've been with us 60 days. tell everyone 🤑
"""),
    D("hea", "x", "promotion", """
flu jabs are £5 cheaper at any Acme pharmacy with code JAB5 till the end of the month 💉
"""),
    D("gen", "fb", "promotion", """
Acme Family Fun Day tickets now on sale for colleagues! Buy two adult tickets and the kids go free, plus the first 100 families get a goody bag 🎈
"""),
]
