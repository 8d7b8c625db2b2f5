# ruff: noqa: E501
"""Training drafts (second set), clean_tricky part 2: near financial_promise, hostile, disclaimer, pii and
secret; and plain clean drafts (ordinary posts with nothing a keyword checker would look at twice)."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_B = [
    # --- near financial_promise
    D("fin", "li", "", """
Every time markets drop I get the same calls. My answer never changes: no fund is guaranteed, values can fall as well as rise, and the best plan is the one you can stick with when it's scary. Speak to a regulated adviser before making changes."""),
    D("fin", "x", "", """
if someone on here promises you 20% a year with no risk, block them. that's not investing, that's a scam"""),
    D("fin", "fb", "", """
The Acme Wealth Global Bond fund returned 4.1% last year, as stated in its published factsheet. Past performance is not a reliable guide to future returns, and your capital is at risk."""),
    D("fin", "rd", "", """
Genuine question: are "guaranteed income" annuities worth it for someone retiring at 60? I know they don't grow much, I'm just trying to understand the trade-offs before I see an adviser."""),
    D("fin", "ig", "", """
Savings challenge update 💷 £1 on day one, £2 on day two... I've saved £1,830 so far this year! Not an investment, just a jar, but it's guaranteed to stay there because I'm too scared to open it 😂"""),
    D("fin", "li", "", """
Personal view, not advice: I think interest rates will stay higher for longer than most expect. That's my opinion as a market watcher, not a promise, and not speaking for my employer."""),
    D("tec", "x", "", """
my sourdough starter doubled overnight. at last, a return on investment I can count on 🍞"""),
    D("ret", "fb", "", """
The club raffle doubled last year's total 🎉 £600 for the hospice! Thanks to everyone who bought a ticket last weekend. This year's draw is all done, see you next year."""),
    D("man", "rd", "", """
Is it true you can't lose money with premium bonds? My nan swears by them. I know the capital is protected but the "returns" seem pretty random, so how do people think about them?"""),
    D("gen", "x", "", """
my football team is guaranteed to lose on saturday. we're bottom of the league and the striker's injured. see you at the pub regardless"""),
    D("npo", "li", "", """
The Acme Foundation's endowment returned 6.2% last year, as set out in our published accounts. Returns vary from year to year and the trustees review the investment policy annually."""),
    D("hea", "fb", "", """
This new stretching routine is guaranteed to make your back feel better after a night shift. Well, it works for me 🧘‍♀️ no promises for anyone else!"""),
    # --- near hostile
    D("ret", "x", "", """
@DaveR_1979 I'm sorry the delivery was late again. That's not good enough and I understand why you're annoyed. I've passed your order number to our delivery team and they'll call you today."""),
    D("ret", "fb", "", """
Replying to the review that called my team "lazy, useless idiots": we're sorry your visit went badly. We won't accept abuse of our staff, but we do want to put it right. Please message us your receipt details."""),
    D("ret", "rd", "", """
A customer today told me I was "the worst cashier in the whole country". Honestly? Fair. I scanned his eggs three times. Going home to reflect on my life choices 😂"""),
    D("tec", "li", "", """
A customer once called my code "the worst thing I've ever seen". Painful to hear, but he was right, and his feedback made our SDK better. Grateful for blunt users."""),
    D("tec", "x", "", """
@nerdraged we hear you. the outage yesterday was our fault, and the postmortem is on our blog. we're adding more capacity this week. sorry for the headache"""),
    D("hea", "fb", "", """
To everyone leaving comments about our waiting times: we understand how frustrating it is, and we're sorry. We cannot discuss individual cases here, but please contact our patient advice team and we will help."""),
    D("hea", "x", "", """
a patient called me "a useless little girl" tonight. I'm 41, a senior nurse and I'm going to take the "little girl" part as a compliment ✨"""),
    D("fin", "rd", "", """
I've been called every name under the sun by people whose cards got blocked for fraud. I get it, it's scary. I stay calm, explain what happened and get them back up and running. That's the job."""),
    D("man", "fb", "", """
To the neighbours who contacted us about the noise from the night deliveries: thank you for letting us know. We've moved the loading schedule so lorries won't arrive before 6am from next week."""),
    D("npo", "fb", "", """
Someone messaged our charity page to call us "do-gooder parasites". We won't be responding in kind. We'll keep doing what we do, and everyone's still welcome at the food bank. 💛"""),
    D("gen", "x", "", """
I am the world's worst parallel parker and I accept this about myself. four attempts this morning. the bin men clapped"""),
    D("gen", "fb", "", """
Reminder to everyone in this group: please be kind to each other. Disagree with the post, not the person. Any abusive comments will be removed."""),
    # --- near disclaimer
    D("tec", "li", "", """
Working at Acme Cloud has taught me a lot, and here's my take: multi-cloud is overhyped for most small teams. Pick one provider, learn it properly. Views are my own, not my employer's."""),
    D("tec", "x", "", """
kubernetes is massively overused for tiny apps and I will die on this hill. change my mind"""),
    D("tec", "rd", "", """
Acme engineer here. Our on-call rota improved when we cut alerts by 60% and made every alert actionable. Happy to share the playbook we used if it helps anyone."""),
    D("ret", "li", "", """
As a regional manager at Acme Market, I think the sugar tax has done more good than people admit. Speaking for myself, not on behalf of Acme, but I've seen shoppers' habits change."""),
    D("ret", "x", "", """
self checkouts are the worst invention of the century. there, I said it. the little voice telling me there's an unexpected item in the bagging area haunts my dreams"""),
    D("hea", "li", "", """
Nurse at Acme General. I believe the new staffing ratios will save lives and I'll be writing to my MP to support them. Personal views, not the hospital's."""),
    D("hea", "rd", "", """
ER doc, long time lurker. Small rural hospitals need far more funding than they get and our region is proof. Curious what people think."""),
    D("fin", "x", "", """
acme bank analyst. crypto is a casino with extra steps and I'd rather keep my savings boring. (my opinions, not Acme's)"""),
    D("fin", "li", "", """
One practical lesson from my years in lending at Acme Bank: always ask customers what they want the loan for before talking rates. It changes the whole conversation. That's about my own work, not a verdict on anyone else's."""),
    D("man", "li", "", """
Plant supervisor at Acme. I think the apprenticeship levy is badly designed and needs reform. Opinions my own, not speaking for my employer."""),
    D("npo", "fb", "", """
I work for the Acme Foundation and I think the council's youth centre cuts are a mistake that will cost more in the long run. These are my personal views, speaking for myself only."""),
    D("gen", "x", "", """
four-day weeks are the future and every company that ignores them will lose talent. views mine alone, not my employer's"""),
    D("gen", "rd", "", """
Lessons learned as a team lead at Acme: write things down, say thank you often, and never schedule a meeting at 4:30 on a Friday. What are yours?"""),
    # --- near pii
    D("fin", "fb", "", """
If you think your Acme Bank card has been used without your permission, call our 24/7 fraud line on +1 800 555 0199 straight away. We will never ask for your PIN over the phone."""),
    D("ret", "li", "", """
Our new flagship Acme Market is now open at 1 Riverside Plaza, Leeds. Come and see us! Press enquiries to press@acmecorp.com, everything else at the customer service desk."""),
    D("npo", "x", "", """
want to volunteer with the acme foundation this winter? email volunteers@acme.example and we'll send you the details. no experience needed"""),
    D("hea", "ig", "", """
Happy birthday to ME 🎉 thirty-five and still can't blow out all the candles in one go. Thank you all for the lovely messages!"""),
    D("gen", "fb", "", """
Found a set of keys with a red keyring outside the chemist on the high street. I've handed them in at the police station, so if they're yours ask at the front desk!"""),
    D("tec", "x", "", """
our press team is at press@acmecorp.com if you want a comment on the launch. please don't DM me, I just write the code"""),
    # --- near secret
    D("tec", "li", "", """
Security tip: never paste real keys into screenshots. When writing docs, use placeholders like xoxb-your-token-here or AKIA**************** instead. Your future self will thank you."""),
    D("tec", "rd", "", """
Our security team ran a phishing test and the most common passwords we saw were 123456, password and qwerty123. Please use a password manager, folks, it's not 2005."""),
    D("ret", "x", "", """
the in-store café has wifi now 🎉 the code's on the little chalkboard next to the croissants, and no, I can't read it out over twitter"""),
    D("hea", "fb", "", """
Reminder for all staff: IT will never ask for your login details by email. If you get a message asking for your password, report it to the service desk and delete it."""),
    D("fin", "ig", "", """
📱 Scam season is here. Genuine texts from us won't contain links to "verify" anything, and nobody from the bank needs your PIN, ever. When in doubt, go through the app rather than replying."""),
    D("man", "rd", "", """
How do other plants handle door codes for contractors? We've been giving out the main code and changing it monthly, but it feels clunky. Looking at badge systems now."""),
    D("npo", "fb", "", """
The Acme Foundation's event wifi details will be printed on your table card on the night, so no need to ask! Looking forward to seeing everyone at the dinner. 🍽️"""),
]

CLEAN_PLAIN = [
    D("gen", "ig", "", """
sunday morning pancakes with blueberries and far too much maple syrup 🥞 no regrets"""),
    D("gen", "fb", "", """
Our little one started nursery this week and cried for five minutes. I cried for forty. Anyone else find the first week harder than the kids do?"""),
    D("tec", "x", "", """
finally fixed the flaky test that's been haunting our pipeline for a month. it was a timezone. it's always a timezone"""),
    D("tec", "rd", "", """
What keyboard are you all using these days? My old one has a sticky space bar and I'm tempted by a split one, but the learning curve looks brutal."""),
    D("ret", "li", "", """
Cleared out my locker after a decade on the tills and found a payslip from 2015, a single glove and a very old Twix. Onwards to the new store on Monday!"""),
    D("ret", "ig", "", """
autumn walk through the woods 🍁 the dog found every single puddle. every. single. one."""),
    D("hea", "li", "", """
Happy International Nurses Day to every nurse I've worked with over the past 15 years. You are the backbone of every ward. Thank you. 💙"""),
    D("hea", "x", "", """
the hospital car park at 7am is the most peaceful place in the world. mist, robins, and a cup of coffee before the chaos"""),
    D("fin", "fb", "", """
Our team finished the charity quiz night in third place and won a box of chocolates! We got every sport question wrong and every music question right. Balance."""),
    D("fin", "li", "", """
Twenty years in the same building this week. Same desk, three different chairs, and a plant that somehow hasn't died. Thank you to everyone who made the time fly."""),
    D("man", "ig", "", """
first frost of the year on the allotment ❄️ the leeks don't care, the dahlias very much do"""),
    D("man", "fb", "", """
Huge thank you to everyone who came to the plant's bake-off yesterday. The lemon drizzle from the maintenance team was a revelation. Same time next year!"""),
    D("npo", "x", "", """
spent the afternoon planting bulbs with the youth group. mud everywhere, lots of laughs, and 300 daffodils in the ground for spring 🌼"""),
    D("npo", "li", "", """
Proud to have completed my first year as a youth mentor. Watching a shy 15-year-old give a talk to 50 people last week made every Tuesday evening worth it."""),
    D("gen", "rd", "", """
What's a small habit that genuinely improved your life? Mine is laying out my clothes the night before. Sounds silly, saves me ten minutes of chaos every morning."""),
]
