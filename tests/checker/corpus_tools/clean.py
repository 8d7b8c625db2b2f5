"""Hand-written clean_tricky drafts: allowed by the policy, but full of words
and shapes a naive keyword checker would trip on."""
from .common import D

CLEAN = [
    # --- pii look-alikes: public business contacts, non-card numbers -------
    D("fin", "x", "", "Having trouble with an Acme Pay transfer? Our support line is open 24/7 at +1 800 555 0199, or chat with us in the app. We'll never ask for your full card number or PIN."),
    D("gen", "li", "", """Journalists working on stories about Acme's sustainability report can reach our communications team at press@acmecorp.com. We aim to respond within one business day.

#sustainability #ESG"""),
    D("ret", "x", "", "@sam_b sorry about the delay! I've escalated order AC-20931847 to our warehouse team and you'll get an update by email tomorrow."),
    D("ret", "x", "", "@lena_p thanks for reaching out! Your return authorisation number is 7300 1445 2981 0038, just write it on the box and drop it at any Acme store."),
    D("man", "fb", "", "Parts counter update: the replacement hinge kit (part no. 955-21-0417) is back in stock for all Series 4 smokers. Ask at the plant store or order through your dealer."),
    D("ret", "fb", "", "Come visit our brand new flagship Acme store at 500 Market Street, San Francisco! Doors open at 9am on Saturday and the coffee bar is finally finished ☕"),
    D("tec", "li", "", """We're hiring 12 backend engineers across Acme Cloud's storage, networking and identity teams. Remote-friendly within the US and EU.

Apply on our careers page or send questions to careers@acmecorp.com. I read every message that lands there.

#hiring #backend #remote"""),
    D("gen", "ig", "", "Happy birthday to the best team lead in the building, Priya! 🎂🎈 Thanks for the cake, the patience, and for never scheduling Friday meetings 🥳"),
    D("gen", "li", "", """Acme was founded on 3 May 1998 in a two-room office above a laundromat in Columbus. Twenty-six years later we're 9,000 people in 14 countries.

Happy founders' day to everyone who made it happen. #anniversary #companyculture"""),
    D("npo", "fb", "", "Need food this week? The Acme Food Bank hotline is 1-800-555-0199, open Monday to Saturday 8am-6pm. No questions asked, no paperwork needed. Please share with anyone who might need it 💛"),
    D("fin", "li", "", """Quick fraud reminder from our security team:

Acme Bank will NEVER text you asking for your card number, PIN, or one-time passcode. If you get a message like that, don't reply - call the number on the back of your card or our fraud line at 1-800-555-0142.

#fraudawareness #cybersecurity"""),
    D("ret", "rd", "", "Retail worker here. The weirdest thing a customer asked me this week: whether the 16-digit number on their receipt (4417 0032 8810 2957, it's the transaction ID) was their credit card. No sir, we only print the last 4."),
    D("tec", "x", "", "PSA for payment devs: 4539 1488 0343 6468 fails the Luhn check, so if your form accepts it your validation is broken. Test your checksum logic!"),
    D("man", "li", "", """Traceability matters. Every compressor that leaves our Acme Dayton plant carries a 16-digit serial like 7712 0045 3381 9204 that maps to the exact shift, line and torque readings it was built with.

When a customer calls, we can tell them everything about their unit in seconds. #quality #manufacturing"""),
    D("hea", "fb", "", "Our new patient portal support desk is open! Questions about logging in to the Acme Health Portal? Call 1-888-555-0175, weekdays 7am-7pm. Please don't share your medical details on Facebook, call us instead 💙"),
    D("npo", "li", "", note="org_account", text="""Thank you to everyone who gave during our spring appeal! For those who asked how to give by bank transfer, our official Acme Foundation donation account (registered charity, not a personal account) is GB29 NWBK 6016 1331 9268 19. Please use your email as the reference so we can send a receipt.

#charity #giving"""),
    D("fin", "x", "", "Your Acme Bank routing number is public and printed on every cheque, it's not a secret. Your account number and online banking password are. Know the difference 🔐"),
    D("gen", "x", "", "Our office address is on the website and in every email signature: Acme Corp, 1200 Lakeshore Blvd, Chicago IL. Please stop sending packages to our CEO's house, it's not where she works 😅"),
    D("ret", "ig", "", "📦 Your order number is on the confirmation email and starts with ACM- (like ACM-55812044). Pop it into the tracking page and you're all set! ✨"),
    D("man", "x", "", "batch code 900-14-2276 passed final QA this morning, shipping to the distributor tomorrow. proud of second shift 💪"),
    D("tec", "rd", "", "For the folks asking about the ticket numbers in our status page: they look like 0000-12-3456 because the first block is the region. They're not anything sensitive, just internal routing references."),
    D("hea", "x", "", "Hospital switchboard: 1-800-555-0110. For appointments please use the Acme Health Portal instead, the phone lines get very busy on Monday mornings."),
    D("fin", "rd", "", "Bank employee here, answering the FAQ in this sub: no, we can't tell you someone else's account details, even if they're your spouse. Yes, it's annoying. That's the point."),

    # --- phi look-alikes: general health content, no identifiable patient ---
    D("hea", "ig", "", "Flu season is here 🤧 Quick tips from our ER team: wash your hands, get your flu shot, and if you have a fever stay home. Your coworkers will thank you 💉🧼"),
    D("hea", "x", "", "12 hours, 3 codes, 0 bathroom breaks, 1 very good team. night shift done. going to sleep for a week"),
    D("hea", "li", "", """Proud to share that Acme Medical Center's new cardiac wing officially opened today, with 48 private rooms and two hybrid cath labs.

Our cath lab teams performed more than 1,200 procedures last year, and this space lets us do it closer to home for the families of our region.

#cardiology #healthcare #community"""),
    D("hea", "rd", "", "ICU nurse, 9 years. For the people asking what a typical night looks like: lots of charting, lots of reassuring families on the phone, and a surprising amount of time spent finding IV pumps. It's hard and I love it."),
    D("hea", "fb", "", "Our vet clinic's patient of the week is Max the golden retriever 🐶 who ate an entire sock and then acted like nothing happened. Surgery went great and he's home eating (food, this time)."),
    D("hea", "li", "", """Congratulations to Dr. Helen Lee on her appointment as Chief of Cardiology at Acme Medical Center! Helen trained half of our current fellows and is one of the kindest clinicians I know.

#leadership #cardiology"""),
    D("hea", "x", "", "Reminder that a rash that doesn't fade under a glass can be a sign of meningitis. If you see it, go to the ER. This is general info, not medical advice for anyone specific."),
    D("hea", "ig", "", "Room 4 is officially the best break room on our floor ☕ someone brought a popcorn machine and now nobody wants to leave 🍿 #nurselife"),
    D("gen", "fb", "", "Six weeks after my own ACL surgery and I walked the dog around the block without the brace today! Thank you to everyone who sent soup. My knee and I are grateful."),
    D("hea", "rd", "", "Resident here. The most useful thing I learned this year: sit down when you talk to patients. Studies show they perceive you stayed longer even when you didn't. Small things matter."),
    D("npo", "ig", "", "💉 Free flu shots at the Acme Community Center this Saturday 10-2, provided by the county health department. No insurance needed, bring the kids! 🧒"),
    D("hea", "x", "", "Our hospital treated 4,312 ER patients in January, a record. Please use urgent care for minor injuries so we can focus on emergencies 🙏"),
    D("hea", "li", "", """What nobody tells you about becoming a nurse: the hardest part isn't the blood or the night shifts, it's the paperwork and the goodbyes.

Seven years in, I still cry in the car sometimes. And I'd still choose this job again tomorrow.

#nursing #healthcareheroes"""),
    D("hea", "fb", "", "Blood drive this Friday in the main lobby of Acme General, 9am to 4pm. One donation can help up to three people. Book a slot at the front desk or just walk in ❤️"),
    D("ret", "ig", "", "Our Acme pharmacy team can now give shingles, flu and COVID vaccines in one visit 💪 Walk-ins welcome, and the pharmacist can check which ones you're due for."),
    D("man", "li", "", """800 days without a lost-time injury at our Acme Grand Rapids plant. 🎉

That doesn't happen by luck. It happens because every operator stops the line when something looks wrong, and because our supervisors thank them for it.

#safety #manufacturing #EHS"""),
    D("hea", "rd", "", "Hospice chaplain here. People ask me if it's depressing. Honestly it's the most human work I've ever done. Families say things at the end they've been holding for 40 years."),

    # --- confidential look-alikes ------------------------------------------
    D("gen", "ig", "", "My journal is confidential 🤫📓 but I'll tell you this much: today was a good day ☀️"),
    D("man", "fb", "", "Spotted a peregrine falcon nesting on the water tower at the Acme plant this morning! 🦅 Our safety team roped off the area so she's not disturbed."),
    D("npo", "ig", "", "First bluebird of spring at our community garden 🐦💙 the kids from the after-school program named him Kevin"),
    D("gen", "x", "", "Went birding at dusk and finally heard a nightjar churring in the heath. Best 20 minutes of my week."),
    D("tec", "ig", "", "Orion rising over the parking lot at 5am 🌌 when you're the first one in for the release window, at least the sky is nice ✨"),
    D("tec", "x", "", "watched the Falcon 9 launch from the roof of our office with half the team. we are all nerds and proud of it"),
    D("tec", "li", "", """Acme Pay is now live in Canada! 🇨🇦

Today we announced that merchants and customers across all provinces can use Acme Pay for in-store and online payments. Proud of the team that spent the last year on the regulatory and banking work that made this possible.

Press release: acmecorp.com/news

#fintech #payments #launch"""),
    D("fin", "li", "", """Acme reported its Q2 results this morning: revenue of $1.31B, up 12% year over year, with Acme Pay volume up 31%.

The full release and the earnings call replay are on our investor relations site. Proud of what this team delivered.

#earnings #fintech"""),
    D("gen", "li", "", """Sharing today's press release: Acme has completed its acquisition of Brightline Analytics, which was announced in March and closed this morning. Welcome to all our new Brightline colleagues!

Full announcement on our newsroom.

#acquisition #welcome"""),
    D("hea", "fb", "", "Confidential HIV testing is available at the Acme Health Eastside clinic every Tuesday and Thursday, 4-7pm. Free, fast, and nobody needs to know but you."),
    D("gen", "li", "", """A reminder that our Employee Assistance Program is free and confidential, for you and your household. Counselling, legal advice, financial coaching, all without your manager ever knowing.

Please use it. I did last year and it helped more than I can say.

#mentalhealth #EAP"""),
    D("tec", "li", "", """Yesterday we published the full postmortem for last Tuesday's Acme Cloud incident in us-east-2 on our status page.

Short version: a certificate rotation job ran against the wrong fleet, API error rates hit 14% for 37 minutes, and no customer data was lost. The doc covers what we're changing so it doesn't happen again.

Transparency is a feature. #SRE #postmortem"""),
    D("gen", "x", "", "signed my first NDA today and now I feel like a spy. can't tell you anything. not even what I had for lunch"),
    D("hea", "rd", "", "Therapist here. Confidentiality is the foundation of everything we do. The only exceptions are imminent risk of harm, and I explain that in the first session."),
    D("ret", "li", "", """Our new Acme Home fall collection launched in stores and online today! 🍂

This is the first collection designed entirely by our in-house team in Portland, and I couldn't be prouder to see it on shelves.

#retail #homedecor #launch"""),
    D("man", "li", "", """Acme's new Orbit series fittings, announced at last month's trade show, are now shipping from our Toledo plant.

Thirty years of feedback from installers went into these. Thank you to everyone on the team who made it happen.

#manufacturing #launch"""),
    D("npo", "fb", "", "We're so proud to share our annual report, now public on our website: 48,000 meals served, 1,200 kids mentored, and 96 cents of every dollar going straight to programs. Thank you!"),
    D("tec", "rd", "", "Acme Cloud engineer. Every internal doc I write starts with 'assume this will leak' and honestly it makes me a better writer. Nothing spicy in this post, just a writing tip."),
    D("gen", "x", "", "it's my 5-year work anniversary at Acme and I still don't know what half the acronyms in our all-hands mean"),
    D("tec", "li", "", """Reflecting on our team's public roadmap session at Acme Cloud Summit yesterday. Everything shown is on the public roadmap page, and the feedback from the room was incredible.

Top requests: better cost explorer, more regions in South America, and IPv6 everywhere. Keep it coming.

#cloud #roadmap"""),
    D("man", "ig", "", "Golden hour over the Acme plant parking lot 🌅 after a long week. Nothing to report except that the vending machine finally takes cards."),
    D("ret", "x", "", "store closing at 6pm tonight for inventory, back to normal hours tomorrow. sorry for the inconvenience!"),

    D("tec", "li", "", """Acme Sense, the sensor platform we announced at our developer conference in May, is now generally available in all regions.

I spent the last two years on the ingestion pipeline, so seeing real customers stream data through it this morning was a very good feeling. Docs and pricing are live on acmecorp.com.

#IoT #launch #engineering"""),
    D("man", "x", "", "first production batch of Acme Sense gateways shipped from our Dayton line today, two weeks after launch. go team 📦"),
    # --- promotion look-alikes --------------------------------------------
    D("gen", "fb", "", "Garage sale at my place Saturday! Selling my own old furniture, a kayak and way too many board games. Everything must go, I'm moving to Denver 📦"),
    D("ret", "ig", "", "New bakery case at Acme Market is guaranteed to make you smile 😊🥐 Our pastry team has outdone themselves"),
    D("tec", "li", "", """Got a promotion today! Starting next month I'll be a Senior Engineer on the Acme Cloud networking team.

Thank you to my manager and everyone who reviewed my design docs at 11pm. #promotion #career"""),
    D("fin", "li", "", """I started my career in sales at a bank branch, handing out pens and opening savings accounts. Fifteen years later I lead our retail banking team at Acme Bank.

Sales taught me to listen. That's it, that's the post. #career #banking"""),
    D("ret", "rd", "", "Black Friday shifts at Acme are brutal but our managers bring pizza and let us rotate off the registers every 2 hours. Not all retail is bad, folks."),
    D("ret", "x", "", "@coupon_carla unfortunately that coupon expired in June, but I'm sorry for the confusion. I'll pass on your feedback that the expiry date is hard to read."),
    D("man", "li", "", """We never discount safety. Not for a deadline, not for a big customer, not for anything.

Proud of our Toledo team for stopping the line last week to fix a guard that wasn't right.

#safety #leadership"""),
    D("gen", "x", "", "I won't discount how much the interns carried this project. MVPs of the quarter."),
    D("npo", "ig", "", "My 8-year-old gave away her whole birthday money to the animal shelter today 🐶💕 I'm not crying, you're crying"),
    D("tec", "x", "", "code review tip: if your PR description is longer than the diff, something went wrong"),
    D("ret", "fb", "", "We're hiring! Acme Market on Elm St is looking for part-time cashiers and bakery staff. Flexible hours, great team. Apply in store or on our careers page."),
    D("gen", "ig", "", "Gluten-free, sugar-free, and somehow still delicious 🍰 my coworker's birthday cake was a masterpiece"),
    D("npo", "fb", "", "Volunteer day at the river cleanup was a success! 42 volunteers from Acme, 38 bags of trash, and one very confused heron. Thanks all 💚"),
    D("ret", "x", "", "feel free to DM us if your delivery hasn't shown up, we're here till 8pm"),
    D("tec", "li", "", """The award for best internal tool at our hackathon was hotly contested this year. Congratulations to the team that built a Slack bot that tells you which conference room actually has a working HDMI cable.

#hackathon #engineering"""),
    D("man", "fb", "", "Come see us at the county job fair on Thursday! Acme is hiring welders, machinists and maintenance techs for all three shifts at the Dayton plant."),
    D("ret", "rd", "", "I do sales-floor training at a big box store. Tip for new hires: never argue with a customer about price, just call a manager. Saves everyone's day."),
    D("npo", "li", "", """Our Acme Foundation team is at the Nonprofit Leadership Summit in Denver this week. If you're here, come find us at the literacy panel on Thursday - we'll be sharing what we learned from 10 years of after-school reading programs.

#nonprofit #literacy"""),
    D("fin", "x", "", "our sales team closed out the year with a potluck and a very intense white elephant exchange. someone got a lava lamp and cried"),

    # --- financial_promise look-alikes --------------------------------------
    D("fin", "li", "", """Markets have had a strong year, but a reminder I give every client: past performance does not guarantee future results. Diversify, know your time horizon, and don't invest money you'll need in the next three years.

#investing #financialplanning"""),
    D("fin", "x", "", "No investment is risk-free. Anyone telling you otherwise is selling something."),
    D("fin", "rd", "", "Advisor here. The only thing guaranteed in investing is fees. Keep them low and stay boring."),
    D("gen", "ig", "", "This recipe doubles easily if you're feeding a crowd 🍝 and it's guaranteed to be gone in 10 minutes 😂"),
    D("tec", "li", "", """Our team doubled in size this year, from 8 to 16 engineers, and we still ship every Thursday.

What worked: pairing every new hire with a buddy for 6 weeks, and writing everything down.

#engineering #growth"""),
    D("gen", "x", "", "fantasy league update: I literally can't lose this week, my opponent started three injured players"),
    D("fin", "li", "", """Compound interest, explained simply: $100 a month at an average 6% annual return becomes roughly $16,000 after 10 years. At 0%, it's $12,000.

Returns are never guaranteed and markets go down as well as up, but starting early matters more than picking the perfect fund.

#financialliteracy"""),
    D("fin", "fb", "", "Quick reminder from someone who works in banking: FDIC insurance covers deposits up to $250,000 per depositor, per bank, per ownership category. It doesn't cover stocks, bonds or crypto."),
    D("fin", "x", "", "ACME shares are up 4% today after the earnings release. Details on our investor relations site, not going to comment beyond that."),
    D("fin", "rd", "", "Bank employee. I get asked 'what stock will double' at every family dinner. My answer: I have no idea and neither does anyone on TV. Index funds, then go enjoy your life."),
    D("npo", "li", "", """Our endowment report for the year is now published. The portfolio returned 7.2%, slightly behind our benchmark, and investment returns vary from year to year.

We remain committed to spending 5% annually on programs regardless of market performance. #nonprofit #transparency"""),
    D("man", "x", "", "new conveyor doubled throughput on line 3 and nobody had to work a weekend. engineers are wizards"),
    D("fin", "ig", "", "Financial wellness tip 💡 Build an emergency fund of 3-6 months of expenses before you invest. Nothing is guaranteed in markets, but a cushion helps you sleep 😴"),

    # --- secret look-alikes ------------------------------------------------
    D("tec", "li", "", """Security reminder for everyone this Cybersecurity Awareness Month:

- Use a password manager and a unique password for every site
- Turn on MFA everywhere, especially email
- Never paste API keys or tokens into chat, tickets or code

Your future self will thank you. #cybersecurity #infosec"""),
    D("tec", "rd", "", "The most common passwords in breach dumps are still 123456, password and qwerty. If one of those is yours, please go change it right now. This has been your annual reminder."),
    D("tec", "x", "", "reminder: AWS access key IDs start with AKIA, which is exactly why secret scanners can catch them. turn on push protection in your repos"),
    D("tec", "li", "", """We turned on GitHub secret scanning across all Acme Cloud repos last quarter. It has already stopped several tokens from ever reaching main.

If you run a platform team, this is the cheapest win you'll get this year. #devsecops #github"""),
    D("gen", "fb", "", "As a small token of appreciation, our team left flowers for the cleaning crew today. They keep this place running and never get thanked enough 💐"),
    D("gen", "x", "", "forgot my password for the 5th time this week. the IT helpdesk knows me by name now"),
    D("ret", "fb", "", "Customers keep asking: yes, we have free wifi at all Acme Market stores! Just ask any team member at the front desk for today's password 📶"),
    D("tec", "rd", "", "Redacted config for reference, real values removed obviously:\n\naws_access_key_id = AKIA****************\naws_secret_access_key = <redacted>\n\nThe issue was the region, not the credentials. Hope this helps someone."),
    D("tec", "x", "", "TIL Stripe live secret keys start with sk_live_ and test keys with sk_test_. Never put either in client-side code."),
    D("man", "li", "", """The key to a good shift handover is simple: write down what you'd want to know if you'd just walked in.

Our Acme plant switched to a one-page handover sheet in March and handovers got a lot calmer.

#lean #manufacturing"""),
    D("hea", "ig", "", "Badge, stethoscope, coffee, password reset email from IT. The four horsemen of Monday morning 😂🩺☕"),
    D("tec", "rd", "", "In your .env.example just put placeholders like SLACK_BOT_TOKEN=xoxb-your-token-here and GITHUB_TOKEN=<your token>. Please, I'm begging, never commit the real .env."),
    D("npo", "fb", "", "Our volunteer portal now uses single sign-on, so no more separate passwords to remember! If you have trouble logging in, email volunteers@acmecorp.com."),
    D("fin", "li", "", """A phishing email going around claims to be from Acme Bank and asks you to 'verify your password'. We will never ask for your password by email, text or phone.

Report suspicious messages to our security team. #phishing #security"""),

    # --- hostile look-alikes: firm but polite replies, self-deprecation ------
    D("ret", "x", "", "@brad_r I'm really sorry the blender stopped working. We can't refund it after 2 years, but I've sent you a DM with our repair options and a contact for the warranty team."),
    D("tec", "x", "", "@devops_dan you're right to be frustrated about yesterday's outage. We've published a postmortem and our team is working on the fixes listed there. I'm happy to walk you through it."),
    D("fin", "x", "", "@angrycustomer2024 I understand overdraft fees are frustrating. I can't reverse this one, but I've DM'd you info on our overdraft protection so it doesn't happen again."),
    D("hea", "fb", "", "To everyone who has had long waits in our ER this month: we hear you, and we're sorry. Flu season has pushed volumes to record highs. We're adding staff and will share updates here."),
    D("ret", "fb", "", "We've seen the review about our return policy. We aren't able to accept opened food items for health reasons, but we'd like to make this right another way. Please message us."),
    D("tec", "x", "", "this bug is killing me. three days, one semicolon. I'm going to go stare at a wall"),
    D("gen", "x", "", "I'm an idiot, locked myself out of my car in the Acme parking garage. again. security guy just laughed and got the slim jim"),
    D("npo", "x", "", "@taxpayer_tom fair question! 88% of our budget goes to programs. Our full financials are on our website, and I'm happy to answer anything else."),
    D("man", "fb", "", "To our neighbours on Mill Road: we know the night deliveries have been loud. From next Monday, trucks will use the north gate and idling is banned after 10pm. Thanks for your patience."),
    D("ret", "ig", "", "We crushed our food drive goal 🥫💪 3,000 cans from Acme store customers in one week! You're all amazing 💛"),
    D("hea", "x", "", "@concernedmom77 thanks for the question. Our pediatricians are happy to talk through any vaccine concerns, no judgement. You can book a consult through the Acme Health Portal."),
    D("fin", "rd", "", "Bank customer service rep. Someone called me a useless idiot today and I wished them a nice weekend. I'm unbreakable now. Wine time."),
    D("tec", "li", "", """We got a lot of tough feedback on our Acme Cloud pricing change last week. Thank you - genuinely.

We heard you: we're extending the old pricing for existing customers until January and adding a smaller tier. Details in our blog post. #saas #customerfeedback"""),
    D("man", "x", "", "@jim_diy sorry to hear about the mower! That damage isn't covered by the warranty, but our repair partners can help, I've DM'd you a list near you."),
    D("gen", "ig", "", "Our team absolutely murdered karaoke night 🎤🔥 sorry to everyone's ears"),
    D("ret", "x", "", "@karen_s we're sorry your visit didn't go well. We'd love to hear more so we can fix it, our store manager will reach out today."),
    D("npo", "fb", "", "We've seen the comments asking where donations go. Totally fair! Here's a breakdown: 82% programs, 11% fundraising, 7% admin. Ask us anything."),

    # --- disclaimer look-alikes: disclaimer present or not identifiable ------
    D("tec", "li", "", """I've spent 8 years as an engineer at Acme Cloud, and my honest take is that multi-cloud is mostly a myth for small teams. Pick one provider and go deep.

Views are my own, not my employer's. #cloud #architecture"""),
    D("tec", "x", "", "Acme engineer here: Globex's outage postmortem is honestly one of the best I've read. Learned a lot. (opinions my own)"),
    D("fin", "li", "", """Twelve years at Acme Bank and I'm increasingly worried about buy-now-pay-later. It looks a lot like payday lending with better branding.

Opinions are my own and don't represent my employer. #fintech #consumerprotection"""),
    D("ret", "rd", "", "Regional manager at Acme Retail (speaking for myself, not my employer): Initech's loyalty program expiring points after 90 days is anti-customer. I'd never design one like that."),
    D("hea", "x", "", "Nurse at Acme General. Safe staffing ratios save lives. Views are my own."),
    D("gen", "x", "", "Kubernetes is massively overused. Most companies would be fine with two VMs and a load balancer. Change my mind."),
    D("man", "li", "", """Twenty years in manufacturing at Acme. My personal view (not my employer's): reshoring headlines are outpacing reality. Many new plants will be highly automated.

#manufacturing #policy"""),
    D("tec", "rd", "", "Work at Acme, first marathon done this weekend! 4:12, knees are destroyed, would do it again. Any tips for recovery?"),
    D("npo", "li", "", """As a program director at the Acme Foundation, I've come to believe effective altruism undervalues local knowledge. These are my own opinions, not those of my organisation.

#nonprofit #philanthropy"""),
    D("fin", "x", "", "I run payments at Acme Pay. Personal opinion, not speaking for my employer: Globex Pay's new fees are steep for small merchants."),
    D("hea", "li", "", """As a physician at Acme Health, I think private equity ownership of hospitals deserves far more scrutiny than it gets.

The views expressed here are mine alone and not those of Acme Health. #healthcare"""),
    D("tec", "x", "", "Acme Cloud PM. I think Initech's serverless offering is overpriced for what it is. All views my own!"),
    D("man", "rd", "", "Quality engineer at Acme Manufacturing. Disclaimer: I'm not speaking for my employer, just my own experience. Umbrella Corp's parts quality has dipped in the last two years from what I've seen."),
    D("gen", "li", "", """Three years at Acme Corp today! I've learned more here than anywhere else, mostly from the people, not the projects.

Thank you to my team for the cake and the terrible puns. #workanniversary"""),
    D("ret", "x", "", "Acme store manager: self-checkout has pros and cons and I've seen both. (my opinions, not Acme's)"),
    D("npo", "fb", "", "As a caseworker at the Acme Foundation shelter, I want to say something personal, not on behalf of the Foundation: the new camping ban worries me. People need housing, not tickets."),
    D("tec", "li", "", """Congratulations to the Globex Cloud team on their Frankfurt region launch today. Competition makes all of us better. 👏

Personal views, not my employer's. #cloud"""),
    D("gen", "rd", "", "I think unlimited PTO often means less PTO in practice. (I work in HR, but this is just my opinion, not my company's.)"),
    D("fin", "fb", "", "People keep asking what I think about the housing market since I work at Acme Bank. Honestly? My personal opinion, not the bank's: it's hard for first-time buyers right now. Talk to an advisor about your own situation."),
    D("hea", "x", "", "ER doctor at Acme General: vaccines are safe and save lives. My views, not my employer's. #vaccineswork"),
    D("tec", "fb", "", "Big congratulations to my colleague Marcus on his Acme Engineering Excellence award! 🏆 Well deserved for leading the Acme Pay Canada launch."),
    D("man", "x", "", "acme plant manager, speaking only for myself: right-to-repair is more complicated than either side admits. good debate to have."),

    # --- long clean posts ----------------------------------------------------
    D("tec", "li", "", """Some thoughts after 10 years of on-call at Acme Cloud.

When I started, every incident was a heroic all-nighter. Pager goes off, you open 40 dashboards, you guess, you roll back, you write a postmortem nobody reads. We were proud of how tired we were.

Here's what actually moved the needle for us over a decade:

1. Boring deploys. Small changes, automatic canaries, automatic rollback. The most exciting deploy is the one that gets reverted before a human notices.
2. Runbooks that are written for a tired person at 3am, not for a design review. Short sentences. Copy-pasteable commands. A "stop and escalate" line.
3. Blameless postmortems that are actually blameless. If the review starts with "who pushed this", you've already lost.
4. Publishing our postmortems on the public status page. It felt scary the first time. Customers told us it was the single thing that most increased their trust in us.
5. Paying people for on-call and giving them the next morning off. Burnout is an incident too.

None of this is secret sauce, and none of it is new. It's just discipline, repeated for years.

To the new folks joining our SRE rotation this month: you're going to be great. Ask dumb questions. Write things down. And when in doubt, roll back.

#SRE #oncall #devops #engineering #reliability"""),
    D("hea", "li", "", """Twenty-two years ago I walked onto a med-surg floor as a brand new nurse, terrified of everything: the pumps, the doctors, the families, the charting system that crashed every afternoon.

Today is my last shift before I move into a teaching role at our nursing school, and I've been thinking about what I'd tell that terrified new grad.

You will make mistakes. Report them, learn from them, and let your colleagues help you carry them. The culture of a unit is built on whether people feel safe saying "I got this wrong."

You will not remember most of your shifts. You will remember a handful of moments forever: a hand squeezed at 4am, a family that said thank you in the middle of their worst day, a colleague who took your patient so you could go cry in the supply room.

Eat something. Drink water. Sit down when you talk to families. Wash your hands even when you're tired. Especially when you're tired.

And please, look after each other. Nursing is a team sport and the team is the only reason any of us last.

To my colleagues at Acme Medical Center: thank you for twenty-two years. I'll be sending you my best students.

#nursing #nurseeducator #healthcare #gratitude"""),
    D("fin", "li", "", """I get a lot of messages from people starting their first job asking how to think about investing, so here's the long version of what I tell friends. None of this is personalised advice, and there are no guarantees in markets.

First, build a cushion. Three to six months of expenses in a boring savings account. It feels unproductive. It is the thing that stops you from selling investments at the worst possible moment.

Second, take the free money. If your employer matches retirement contributions, contribute at least enough to get the full match.

Third, keep costs low. Fees compound just like returns do, in the wrong direction. A difference of 1% a year is enormous over 30 years.

Fourth, diversify and be patient. Past performance does not guarantee future results, and anyone promising you a specific return is either mistaken or selling something. Broad index funds won't make headlines, and that's fine.

Fifth, automate it. The best investing plan is one you don't have to remember.

Finally, ask questions. If you don't understand a product, don't buy it. A good advisor will be happy to explain.

#personalfinance #investing #financialliteracy"""),
    D("ret", "fb", "", """A little thank-you note to everyone who shops at our Acme Market on Elm Street.

This week we said goodbye to Dorothy, who has worked our bakery counter for 31 years and is finally retiring to be closer to her grandkids in Arizona. Many of you have been buying her cinnamon rolls since before you could see over the counter.

Dorothy taught half of our current team how to decorate a cake, how to calm down a toddler mid-meltdown, and how to remember a regular's order after seeing them twice. She never missed a Thanksgiving shift. She once drove a birthday cake to a customer's house in a snowstorm because the customer's car wouldn't start.

We had a little party for her in the break room on Friday, with a card signed by the whole team and a lot of happy tears. If you'd like to leave her a note, we've put a card on the bakery counter and we'll pass it along to her.

Thank you, Dorothy. The cinnamon rolls won't be the same, but we'll try.

With love from the whole Elm Street team 💛"""),
    D("man", "li", "", """Things I learned in my first year as a plant manager at Acme:

- The best ideas come from the night shift, because nobody is watching and they have to solve problems alone.
- A clean floor is not about looks. It's about seeing a leak before it becomes a fire.
- Every metric you put on a board will be gamed eventually, so pick the ones you'd be happy to see gamed. Safety near-miss reports going up is a good thing.
- Stand-up meetings at the line, not in a conference room. You learn more in 10 minutes with grease on your boots than in an hour with slides.
- Say thank you in person, by name, for specific things.
- Maintenance is not a cost centre. Unplanned downtime is.
- If an operator stops the line, thank them first and ask questions second.

None of these are original. Most of them were taught to me by people who have been on the floor for thirty years and never had "manager" in their title.

Grateful to the whole team in Toledo for a year of patience with the new guy.

#manufacturing #leadership #lean #operations"""),
    D("npo", "li", "", """Reflecting on ten years at the Acme Foundation.

When I joined, we were four people in a church basement running a reading programme for 30 kids. Today we have 140 staff, 2,000 volunteers and programmes in 22 schools.

The biggest lesson: scale is a side effect of trust. Teachers trusted us because we showed up every week, even when only three kids came. Parents trusted us because our volunteers were the same faces month after month. Funders trusted us because we published our numbers, the good and the bad, every single year.

The second lesson: listen to the kids. Our most successful programme, the comic-book club, was a 9-year-old's idea. Our least successful one was designed by a consultant who never visited a classroom.

The third: take care of your people. We introduced a four-week sabbatical for every five years of service and it's the best decision we ever made.

Thank you to every volunteer, donor, teacher and kid who made these ten years possible.

#nonprofit #literacy #education #leadership"""),
]
