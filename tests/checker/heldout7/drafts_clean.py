"""Hand-written clean_tricky drafts for the seventh held-out set, grouped by the category each one brushes against.

Each is allowed by the policy (tests/checker/CORPUS.md and the earlier held-out sets' decisions, see README.md)
but uses words or shapes a keyword filter would probably flag.
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D
from .keys import SSH_PUBLIC

CLEAN = [
    # --- brushes against pii ---
    D("ret", "fb", "", """
Acme Market Dunmore Road is open till 10pm every night this week for last-minute shopping. Questions about opening hours? Ring the store on 0113 496 0581 or pop in, we're at 2 Dunmore Road next to the library.
"""),
    D("ret", "x", "", """
@AcmeMarket my receipt says transaction 4417 2209 1836 5502 but the refund hasn't arrived. can you look it up?
"""),
    D("man", "li", "", """
Quality tip from the goods-in dock: our pallet labels carry a batch number like 962-31-0584 (the 9 prefix is the plant code), so please quote the whole thing when you raise a defect. It saves us hours.
"""),
    D("tec", "li", "", """
We're hiring two backend engineers for the Acme Cloud billing team in Leeds. Hybrid, three days in the office. Send your CV to careers@acmecorp.com or apply on the careers page. Happy to answer questions in the comments.
"""),
    D("fin", "x", "", """
reminder from the Acme Bank social team: never post your account number or card details in replies. we will never ask for them here. DM us and we'll call you back through the app
"""),
    D("npo", "fb", "", """
Got a question about volunteering with us? Email volunteers@acme.example and a real human (usually Dot, our coordinator) will reply within two days. Our office is at 10 Foundry Street, open Tuesday to Friday.
"""),
    D("gen", "ig", "", """
We got married!! 💍 Thank you to everyone who came to the barn on Saturday and danced until the fairy lights blew. Mr and Mrs Okonkwo-Hale, reporting for duty 🥂
"""),
    D("hea", "fb", "", """
Our new patient line is 1-877-555-0142, open 8am to 8pm for appointment changes and repeat prescriptions. Please don't use the old switchboard number, it goes to a fax machine (really).
"""),
    D("gen", "rd", "", """
PSA for this sub: the scam texts going round say "your parcel is held, pay £1.45 at this link". The sender number changes every day. Don't click, don't reply, just report it to 7726.
"""),
    D("fin", "li", "", """
If you're a small business owner with questions about our new merchant accounts, the Acme Pay business desk is on 1-866-555-0118 weekdays. We'll talk you through fees, settlement times and chargebacks.
"""),
    D("tec", "rd", "", """
Writing a card-number redactor and want unit tests that don't use real data. I'm generating numbers that deliberately fail the Luhn check (like 7300 4188 2661 4093) so nothing real ever lands in our fixtures. Sensible approach?
"""),
    D("gen", "fb", "", """
Garage clear-out this Saturday from 9am! Old bikes, a sofa that's seen better days, two lamps and about a thousand paperbacks. Everything must go, cash only, just knock on the blue door.
"""),
    # --- brushes against phi ---
    D("hea", "li", "", """
Proud of our emergency department: in October we saw 5,140 patients, 92% were assessed within 15 minutes, and not one ambulance queued outside for more than half an hour. Thank you to every nurse, porter and cleaner who made that happen.
"""),
    D("hea", "x", "", """
12-hour night shift done. three admissions, one very confused cat in the car park, and a packet of biscuits I'll deny eating. off to sleep for a week
"""),
    D("gen", "ig", "", """
one year since my own hip replacement 🦿 today I walked the whole coast path from Mortehoe to Woolacombe. if you're waiting for the same op, it gets better, I promise 💪
"""),
    D("hea", "fb", "", """
Winter reminder from your Acme Health practice nurses: wash your hands, keep up with your jabs, and if you're over 65 ask about the pneumococcal vaccine next time you're in.
"""),
    D("gen", "ig", "", """
Update on Pickle 🐱 she's home from the vet after having three teeth out and is already yelling for dinner. Thank you for all the kind messages, she has no idea she's been famous this week.
"""),
    D("ret", "x", "", """
shoutout to the most patient customer in the world, who waited 20 minutes while the card machine rebooted and then bought us all a coffee. restored my faith
"""),
    D("hea", "li", "", """
Our dementia research team is recruiting volunteers aged 60-80 for a 12-week memory study. No names or results are ever shared outside the study team. Find out more on the Acme Health research page.
"""),
    D("npo", "x", "", """
the hospice choir is singing carols at the station on Friday 5-7. buckets for donations, mince pies for the choir only, sorry
"""),
    D("tec", "rd", "", """
Our QA team makes up fake patient records for the Acme Health Portal test environment. Is there a library that generates realistic but invented blood results, so nobody is ever tempted to copy real ones?
"""),
    D("man", "li", "", """
Last year the plant had 11 minor hand injuries, this year 3. The difference? Cut-resistant gloves at every station and a two-minute toolbox talk before every shift. Safety isn't a poster, it's a habit.
"""),
    D("hea", "rd", "", """
Nurse question, no patient details: how do other wards handle handover when the night team is two down? We're trying a written SBAR sheet plus a five-minute huddle but it still runs over.
"""),
    D("gen", "x", "", """
watched the whole season of that hospital drama in two days and I'm still not over Dr Kessler's diagnosis in episode 8. the writers are cruel
"""),
    # --- brushes against confidential ---
    D("fin", "li", "", """
Acme Bank's full-year results were published this morning: revenue up 6%, customer deposits up 9%, and our first full year with carbon-neutral branches. The full report is on the investor relations site.
"""),
    D("tec", "x", "", """
Acme Cloud GPU instances are now generally available in three regions 🎉 launched today, pricing on the website. huge thanks to everyone who beta tested
"""),
    D("gen", "ig", "", """
a pair of bluebirds has moved into the nest box my dad built before he died 🐦💙 he'd have been out there with his binoculars in his dressing gown
"""),
    D("tec", "rd", "", """
Published postmortem for last Thursday's Acme Cloud DNS degradation is up on the status page. Root cause was a bad config push; detection took 11 minutes. Happy to answer questions about what we're changing.
"""),
    D("gen", "x", "", """
clear skies tonight, Orion is right over the church spire and you can see the nebula with cheap binoculars. go outside, it's worth the cold
"""),
    D("fin", "x", "", """
As announced in our press release this morning, Acme Pay has completed its acquisition of the payments startup TillLoop. Welcome to the team, everyone at TillLoop!
"""),
    D("tec", "li", "", """
Just watched a Falcon 9 booster land on a drone ship for the 20th time. Whatever you think of the company, reusable rockets are engineering at its best.
"""),
    D("man", "ig", "", """
Families! The Acme plant open day is back on 14 June. Tours of the assembly hall, a look at our new robot welders (announced last month, finally installed), and the canteen's famous bacon rolls.
"""),
    D("ret", "li", "", """
Career roadmap update: after eight years on the shop floor I've been accepted onto Acme Market's store management programme. Anyone who's done it, I'd love your tips.
"""),
    D("gen", "rd", "", """
Birders: is late May too early for nightjars on the Suffolk heaths? Planning a dusk walk with my kids and want to give them the best chance. Where should we stand?
"""),
    D("npo", "li", "", """
Our annual report is out today. In the last year the Acme Foundation funded 214 community projects and our volunteers gave 61,000 hours. The full accounts are on our website, and yes, we read every one of your letters.
"""),
    D("hea", "x", "", """
Acme Health's new Riverside birth centre opened its doors today, as announced in the spring. first baby born at 4.12am. welcome to the world, little one
"""),
    D("tec", "fb", "", """
Watching a peregrine falcon nesting on the cathedral tower via the webcam while my code compiles. The chicks are enormous now. Best distraction in the building.
"""),
    D("ret", "x", "", """
news reports say Globex is closing 40 stores next year. sad for the staff there, retail's rough right now
"""),
    # --- brushes against promotion ---
    D("fin", "li", "", """
Thrilled to share that I've been promoted to Senior Credit Analyst at Acme Bank! Thank you to my manager Priti, who took a chance on a graduate who couldn't use Excel five years ago.
"""),
    D("tec", "x", "", """
I'll be speaking at DevConf Manchester next week about flaky tests. come say hi after the talk, no freebies, just strong opinions about retries
"""),
    D("ret", "fb", "", """
We're hiring at Acme Market Southgate! Part-time and full-time roles on the tills and in the warehouse. Drop in for a chat at our jobs morning on Thursday, 9-12.
"""),
    D("gen", "ig", "", """
Free-range eggs from the girls this morning 🥚🐔 six of them, and one double-yolker. If anyone local wants a box I'll leave some at the gate, no charge, they lay faster than we can eat.
"""),
    D("hea", "fb", "", """
The mobile breast screening unit is in the supermarket car park in Ashby from Monday. If you're 50 to 71 you'll get a letter; it's the national programme, just turn up at your time.
"""),
    D("npo", "x", "", """
come find us at the food festival on Saturday, stall 12 by the fountain. we'll be talking about our school meals project. no raffle this year, just good conversation
"""),
    D("gen", "rd", "", """
Warning: there's a fake "Acme 50th anniversary giveaway" doing the rounds on Facebook asking you to enter your card details to "claim" a prize. It's a scam. Acme hasn't turned 50 and isn't giving anything away.
"""),
    D("tec", "li", "", """
Code review tip: if your PR description needs a discount code for the reviewer's patience, it's too big. Split it up. Small PRs get reviewed, big PRs get skimmed.
"""),
    D("ret", "rd", "", """
Weekend job at a shoe shop: yes, we get a bit of commission on the waterproofing spray, so yes, we'll ask if you want one. Just say no thanks. We really don't mind, promise.
"""),
    D("man", "x", "", """
proud of our apprentices who won the regional skills competition in welding yesterday. trophy's in reception, come and see it
"""),
    D("fin", "x", "", """
everyone's asking about "the deal" we mentioned in the podcast. it was a joke about my cat stealing my chair. there is no deal. there has never been a deal
"""),
    D("npo", "ig", "", """
Thank you to every runner who took part in Sunday's 5K for the shelter! You raised £6,420 between you. Results and photos are now on our website.
"""),
    # --- brushes against financial_promise ---
    D("fin", "li", "", """
A reminder we always put in our client letters: the value of investments can fall as well as rise, and you may get back less than you put in. That's as true for our funds as anyone's.
"""),
    D("ret", "x", "", """
order by 8pm and it's guaranteed to arrive tomorrow, or your delivery fee comes back. we've done it 400 days in a row now
"""),
    D("gen", "fb", "", """
Sourdough tip: leave the dough in the fridge overnight and it doubles in size by breakfast without you doing a thing. Lazy baking is the best baking 🍞
"""),
    D("tec", "li", "", """
Our build times halved and our deploys per week doubled this quarter after we moved CI to ARM runners on Acme Cloud. Happy to share the pipeline config if it helps anyone.
"""),
    D("gen", "x", "", """
my pub quiz team can't lose tonight, we've got a geography teacher AND someone who knows every 90s one-hit wonder
"""),
    D("fin", "rd", "", """
Honestly I think a recession next year is close to certain. The yield curve, the jobs data, the housing market. Whatever happens, keep an emergency fund and don't panic-sell.
"""),
    D("ret", "fb", "", """
Returns policy reminder: you have 30 days to bring anything back with a receipt, and 60 days over Christmas. We'll refund to the original payment method, no questions asked.
"""),
    D("fin", "ig", "", """
Our Acme Wealth Global Equity fund returned 7.8% last year, per our audited annual report. Past performance is not a reliable guide to what happens next, so please read the key information document before you invest.
"""),
    D("npo", "li", "", """
Charity treasurers often ask me where to keep reserves. My answer: somewhere boring, spread across more than one bank, and never anywhere that promises returns that sound too good. Boring is good.
"""),
    D("man", "fb", "", """
Our heat-treated shafts come with a ten-year guarantee against fatigue cracking. If one fails inside that, we replace it and pay the labour. That's how sure we are of the process.
"""),
    D("gen", "rd", "", """
Red flags for an investment scam, from someone whose uncle lost his savings: "guaranteed" returns, pressure to decide today, and a "manager" who only talks on WhatsApp. If you see any of those, walk away.
"""),
    # --- brushes against secret ---
    D("tec", "rd", "", """
Our onboarding doc shows how to set the env var like this:

GITHUB_TOKEN=ghp_••••••••(redacted)
NPM_TOKEN=<from the vault>

Is there a nicer way to give new starters their creds without pasting them into Slack?
"""),
    D("tec", "li", "", f"""
New laptop, new key. If you need to give me access to a repo, this is my public key:

{SSH_PUBLIC}

Private half stays on the laptop, as it should.
"""),
    D("gen", "x", "", """
changed all my passwords after the latest breach and moved everything into a password manager. took an evening. should've done it years ago
"""),
    D("fin", "fb", "", """
The PIN-change machine is back in the lobby at our Corn Street branch after the refit, along with the coin counter. No queue at all this morning.
"""),
    D("ret", "ig", "", """
my new pin badge collection is out of control 📌 enamel strawberries, a tiny frog and a badge that says "password: pizza". my jacket weighs a ton
"""),
    D("tec", "x", "", """
reminder that STRIPE_KEY=sk_live_REPLACE_ME in our sample .env is a placeholder. yes, people have asked why checkout doesn't work
"""),
    D("hea", "li", "", """
Cyber awareness week at Acme Health: the most common passwords our test phishing emails captured were "Summer2025" and the name of a football club. Please use a passphrase and turn on two-factor.
"""),
    D("man", "rd", "", """
Asked our IT contractor how to reset a forgotten login on an old PLC programming laptop. His answer: don't, call the vendor, prove you own it, and they'll reset it. Annoying but correct.
"""),
    D("gen", "ig", "", """
the campsite's "wifi" turned out to be a laminated sign saying "talk to each other". best holiday we've had in years 🏕️
"""),
    D("tec", "rd", "", """
How do you rotate a Stripe live key without downtime? We keep ours in Vault and restart pods after the swap, but there's a 30-second window of failed charges. sk_live_ keys obviously redacted from our logs.
"""),
    D("npo", "fb", "", """
Reminder for volunteers: the office door code changes every month and is sent to you by text. Never write it down on the rota or post it here. Thanks for keeping our building safe!
"""),
    # --- brushes against hostile ---
    D("ret", "x", "", """
@DarrenW12 I'm sorry the jacket didn't fit. We can't refund worn items without a receipt, but I can offer an exchange in store. Let me know if that helps.
"""),
    D("tec", "x", "", """
I am the worst developer on earth. spent three hours debugging only to find I'd been editing the wrong file. going to lie in a dark room
"""),
    D("hea", "rd", "", """
A patient called me a "useless cow" today because her appointment ran late. I said I understood she was frustrated and rebooked her. Then I went and cried in the sluice. How do you all cope?
"""),
    D("gen", "fb", "", """
To my five-a-side lads: last night was the worst football ever played by grown men. I include myself. Same time next week, someone bring a ball that holds air.
"""),
    D("fin", "li", "", """
A customer told me last week that bankers are "parasites". I listened, explained his charges, and refunded the one we'd got wrong. He shook my hand on the way out. Listening is underrated.
"""),
    D("man", "x", "", """
I could murder a bacon roll right now. 5am starts in winter are brutal
"""),
    D("npo", "rd", "", """
We had to turn a volunteer away today because he wouldn't follow the safeguarding rules. I told him politely that rules are rules and he's welcome back once he's done the training. Hard day.
"""),
    D("ret", "fb", "", """
Dear Mrs Atkins, thank you for your feedback about our queues on Saturday. You're right, we didn't have enough tills open and that's on us. We've added two more staff at weekends.
"""),
    D("gen", "x", "", """
my sister just roasted my haircut in the family chat and honestly she's not wrong. I look like a disappointed hedge
"""),
    D("hea", "x", "", """
no, we can't give out test results over the phone to anyone but the patient. i know it's frustrating, it's the law and it protects you too
"""),
    # --- brushes against disclaimer ---
    D("tec", "li", "", """
I'm an engineer at Acme Cloud, and personally I think the industry's obsession with microservices has gone too far for small teams. Views are my own, not my employer's.
"""),
    D("fin", "rd", "", """
Retired Acme Bank manager here (left in 2019). Branch closures have hurt older customers badly and the regulators should have stepped in years ago.
"""),
    D("ret", "x", "", """
as a customer, Globex's self-checkouts are the worst in the country. three "unexpected items" per shop. fix it
"""),
    D("hea", "li", "", """
Eight years as a nurse at Acme General. My lesson: do the drug round with a checklist, every time, even when you've done it a thousand times. The day you skip it is the day you need it.
"""),
    D("man", "li", "", """
Speaking for myself and not the company: as a manager at the Acme plant, I think the apprenticeship levy is badly designed and too much of it goes unspent.
"""),
    D("gen", "x", "", """
I work at Acme and I'll die on this hill: pineapple belongs on pizza. fight me
"""),
    D("npo", "li", "", """
As a project lead at the Acme Foundation, here are our numbers for the year: 38 schools reached, 1,200 children mentored, and a waiting list of 300. Thank you to every volunteer who made it happen.
"""),
    D("fin", "li", "", """
Personal views, not Acme Wealth's: ESG ratings across the industry are too inconsistent to be useful, and investors deserve better standards.
"""),
    D("ret", "rd", "", """
Long-time shopper, never worked in retail: loyalty-card pricing feels like a tax on people who value their privacy. The supermarkets should be made to show one price.
"""),
    D("tec", "ig", "", """
Started at Acme Cloud on Monday! First week: one laptop, three logins, four hundred Slack channels and a very kind team. Can't wait to ship something.
"""),
    D("hea", "rd", "", """
GP at an Acme Health practice, opinions mine alone: extended-hours appointments on Saturdays sound great but in practice few patients book them. Interested if others see the same.
"""),
    D("man", "fb", "", """
I used to work at the Acme plant before I retired, and I reckon the new trade rules are going to be a nightmare for small suppliers. Glad I'm out of it!
"""),
]
