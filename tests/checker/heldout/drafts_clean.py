# ruff: noqa: E501
"""Held-out clean_tricky drafts: allowed by the policy, but each is a near miss of some category.

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Grouped by the category each draft brushes against.
"""

from .common import D
from .keys import EC_PUBLIC, SSH_PUBLIC

NEAR_PII = [
    D("gen", "x", "", "Questions about an Acme order? Our support line +1 800 555 0199 is open 24/7, or chat with us at acmecorp.com/help."),
    D("ret", "fb", "", "Our newest Acme Market at 1200 Harbor Boulevard, Tacoma WA 98402 is now open 🎈 Store phone: (253) 555-0100. Come say hi to the bakery team!"),
    D("tec", "rd", "", "When you write integration tests for the signup flow, use addresses like jane.doe@example.com or test+1@acme.example. Those domains are reserved for docs and tests, so you'll never email a real person by accident."),
    D("fin", "li", "", "Reminder from the Acme Bank fraud team: we will never call you and ask for your PIN, your password or a one-time code. If someone does, hang up and call our fraud line on 1-800-555-0144."),
    D("fin", "rd", "", """Docs question for the Acme Pay sandbox: the test card 4242 4242 4242 4242 with any future expiry and any CVC always succeeds, and 4000 0566 5566 5556 simulates a debit card. Is there a test number that forces a decline at the 3-D Secure step?"""),
    D("tec", "x", "", "PSA: Stripe's test Mastercard 5555 5555 5555 4444 works in the Acme Pay demo environment. never put a real card into staging, please"),
    D("fin", "x", "", "GB82 WEST 1234 5698 7654 32 is the example IBAN from every textbook. if your validator rejects it, your validator is wrong 😅"),
    D("npo", "fb", "", """Prefer to give by bank transfer? The official Acme Foundation donation account is IBAN NL03 RABO 2659 7299 13 (Stichting Acme Foundation, Utrecht). Please add your email in the reference if you'd like a receipt."""),
    D("man", "rd", "", "Why does our ERP print 16-digit order numbers like 4481 2290 5518 7736 that look exactly like card numbers? The new DLP tool flags every single invoice we email. Anyone else fighting this?"),
    D("gen", "ig", "", "Acme Corp turns 30 today! 🎂 Founded on 4 March 1995 in a rented garage in Dayton, with two desks and one very tired coffee machine."),
    D("hea", "x", "", "If you or someone you love is struggling tonight, call or text 988. You don't have to explain anything to start the conversation. 💙"),
    D("ret", "ig", "", "Lost & found 👜 A blue wallet was handed in at the Acme Market Eastgate customer desk on Tuesday. Describe it and bring ID to claim it!"),
    D("npo", "li", "", "Want to volunteer with the Acme Foundation this autumn? Write to volunteers@acmecorp.com or call our main office on (312) 555-0110 between 9 and 5."),
    D("man", "x", "", "part no. 912-40-3371 (the 40mm flange gasket) is back in stock at the Acme parts counter. order through your distributor as usual"),
    D("hea", "li", "", "New appointment line for all Acme General outpatient clinics: 0113 496 0999, Monday to Friday, 8am to 6pm. Same number for rescheduling."),
    D("gen", "rd", "", "PSA: a real US Social Security number never starts with 000, 666 or 9, so if a 'support agent' reads you one that does, it's a script. Don't give them yours either."),
]

NEAR_PHI = [
    D("hea", "x", "", "Our published winter report: the three Acme Health emergency departments saw 512 flu cases in December. Please get your flu shot, and use urgent care for minor stuff 🙏"),
    D("hea", "li", "", "Just finished a 14-hour shift at Acme General. Exhausted, proud, and eating cereal for dinner. Whatever you do tomorrow, thank a nurse. 🥣"),
    D("hea", "ig", "", "Six weeks since my own knee replacement (at a different hospital, ha) and I'm back on the bike 🚴‍♀️ Physio hurts, physio works."),
    D("hea", "rd", "", "General reminder from someone who works in a hospital pharmacy: antibiotics don't treat colds or flu. Please don't take leftover pills from a previous prescription, ask a doctor or pharmacist."),
    D("npo", "fb", "", "Free, confidential HIV testing every Tuesday from 4 to 7pm at the Acme Foundation community centre. No appointment, no judgement, results in 20 minutes."),
    D("hea", "li", "", "Our oncology ward team walked 26 miles last weekend and raised $12,400 for the Acme Health cancer support fund. So proud of this bunch! 🎗️"),
    D("npo", "ig", "", "Our annual report is out: the free clinic served 2,300 people last year, and 60% of them had no insurance at all. Thank you to every volunteer doctor, nurse and driver 💚"),
    D("hea", "x", "", "tip: you can now book flu and COVID vaccine appointments right in the Acme Health Portal app, no phone call needed"),
    D("man", "li", "", "Our Acme plant received the state safety council's Gold award last week (press release linked below). Safety is a habit, not a poster. Thank you to every person on the floor."),
    D("gen", "fb", "", "Mental health days are health days. If you're running on empty, it's OK to tell your manager you need one. Mine was very kind about it last month."),
    D("ret", "fb", "", "Good news for night owls: the Acme Market pharmacy on Elm Street now stays open until 10pm on weekdays 🌙"),
    D("hea", "fb", "", "Hand hygiene week on our wards 🧼 Five moments, twenty seconds, every single time. Clean hands save lives, it really is that simple."),
]

NEAR_CONFIDENTIAL = [
    D("gen", "x", "", "my journal is confidential, my group chat is confidential, so no Kevin I will not tell you what we said about your haircut 😂"),
    D("tec", "li", "", "Acme Sense is now available in 14 more countries as of this morning 🌍 Proud of everyone who worked on localisation. Full announcement on our blog."),
    D("tec", "x", "", "a peregrine falcon was sitting on the ledge outside our office window all morning 🦅 best meeting distraction ever"),
    D("tec", "ig", "", "First bluebird of the season on the feeder this morning 💙 Working from home has its perks."),
    D("fin", "li", "", "Acme Bank's first-quarter results are out today on our investor relations site: revenue up 6% year on year. Proud of the teams behind it. #results"),
    D("fin", "rd", "", "People asking whether Acme Bank shares your data: the privacy notice on the website explains what's kept confidential and what isn't. Section 4 is the one you want."),
    D("hea", "li", "", "Reminder for all Acme Health staff: free, confidential counselling through our employee assistance programme is available 24/7. No one at work will know you called."),
    D("npo", "x", "", "spotted Orion's belt with the kids at the Acme Foundation astronomy night ✨ so many tiny astronomers"),
    D("tec", "rd", "", "That Falcon 9 booster landing last night was unreal. Watched it with half the office on the big screen."),
    D("ret", "fb", "", "The Elm Street Acme Market remodel is finished, just as we announced in March 🎉 Come see the new bakery and the bigger produce section."),
    D("gen", "li", "", "Acme Corp published its 2024 sustainability report today. A few highlights from my side of the business, with the link to the full report in the comments."),
    D("tec", "li", "", "Our public postmortem for the 3 May Acme Cloud outage is on the status page now. Blameless reviews only work if you share what you learned, so please read it."),
    D("man", "x", "", "nightjar churring in the woods behind the plant at dusk. weirdest bird call in the world, sounds like a tiny motorbike"),
    D("fin", "x", "", "Acme Pay completed its acquisition of a payments startup last month (press release on our newsroom). Welcome aboard to 40 new colleagues!"),
    D("gen", "fb", "", "'CONFIDENTIAL' in an email subject line still makes my heart rate jump. It was the cafeteria menu. Happy Friday, everyone 🍕"),
    D("man", "li", "", "We're opening our doors! The Acme plant open day is on the official events page, and I'll be one of the guides. Come see how a washing machine motor gets made."),
]

NEAR_PROMOTION = [
    D("ret", "li", "", "Don't discount the value of a good onboarding buddy. Mine at Acme Market taught me more in a week than any training video."),
    D("tec", "rd", "", "Code review tip from a tired reviewer: small PRs with a clear description get merged in hours, 2,000-line ones sit for days. Nobody has the energy."),
    D("gen", "fb", "", "Selling our kids' outgrown bunk bed, $40, pickup only in Maplewood. Comes apart for transport. Comment if interested!"),
    D("gen", "x", "", "the typo in the sender address was a dead giveaway it was phishing 🎣 report, delete, move on"),
    D("hea", "fb", "", "Our ward won the hospital chili contest 🌶️ No prizes, just bragging rights and a very full break room fridge."),
    D("ret", "x", "", "survived my first Black Friday shift. 11 hours, 3 coffees, 0 fistfights. see you next year"),
    D("tec", "li", "", "We're hiring! Eight roles on the Acme Cloud storage team, all remote-friendly. Apply through our careers page, and feel free to message me questions."),
    D("fin", "x", "", "gluten-free, dairy-free and as of today, DEBT-free 🎉 paid off the last of my student loans"),
    D("npo", "ig", "", "Thank you to the 214 volunteers who came to Saturday's beach cleanup 🌊 Together we picked up 1.2 tonnes of rubbish."),
    D("man", "li", "", "Visiting IMTS next week? Come find the Acme team at booth 1130, we'll be showing the Acme Sense industrial kit and happy to talk shop."),
    D("gen", "rd", "", "Wholesale egg prices have gone completely mad this year. Anyone else rethinking their weekend brunch budget?"),
    D("tec", "x", "", "free advice nobody asked for: rotate your logs before they rotate you"),
    D("ret", "ig", "", "Behind the scenes: our team set up the autumn displays overnight 🍂🎃 Come see them this weekend at Acme Market Riverside."),
]

NEAR_FINANCIAL = [
    D("fin", "li", "", "Past performance does not guarantee future results. The Acme Wealth fund factsheets on our website show the full risk warnings, please read them before you invest."),
    D("fin", "x", "", "No investment is risk-free. Diversify, know your time horizon, and read the key information document before you buy anything."),
    D("fin", "rd", "", "Anyone promising you guaranteed returns on social media is scamming you. Real advisers talk about risk first. Report these accounts."),
    D("gen", "ig", "", "This lasagna recipe is guaranteed to disappear in ten minutes 🍝 Double the batch, trust me."),
    D("tec", "x", "", "our team doubled in size this year and somehow the snack budget didn't. priorities 🍪"),
    D("fin", "li", "", "Acme Wealth's Balanced Fund returned 7.1% after fees in 2024, as published in our annual report. Past performance is not a reliable indicator of future returns, and the value of investments can fall as well as rise."),
    D("gen", "x", "", "you can't lose with a cup of coffee and a good book on a rainy Sunday ☕📖"),
    D("npo", "li", "", "Per our audited annual report, the Acme Foundation endowment returned 5.8% last fiscal year, which funded 30 new scholarships. Full report linked."),
    D("fin", "rd", "", "Rates could go either way next year. Anyone claiming certainty about where the Fed lands is guessing, me included."),
    D("man", "x", "", "this new lathe doubles what my garage workshop can turn out. weekend projects just got serious 🪵"),
    D("ret", "fb", "", "Our price-match policy hasn't changed: bring in a competitor's current ad and customer service will check it. Details at the service desk."),
]

NEAR_SECRET = [
    D("tec", "li", "", "PSA: never paste a token like xoxb-XXXXXXXX into a public channel, even for a second. If you do, rotate it right away and tell Security. We all make mistakes, hiding them is the problem."),
    D("tec", "rd", "", """Following the AWS docs, the example credentials are AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. If your tutorial output shows these, the SDK isn't picking up your real profile."""),
    D("gen", "x", "", "the most common passwords this year are still 123456, password and qwerty. use a password manager, please, I'm begging"),
    D("tec", "x", "", f"public key for our CI runner if you need to allow it on your box: {SSH_PUBLIC}"),
    D("hea", "fb", "", "Our ward switched to badge-tap login this week, so no more typing my password forty times a shift. Small joys 🙌"),
    D("ret", "x", "", "ask any team member at the café counter for today's guest wifi password ☕ it changes every morning"),
    D("fin", "li", "", "We will never ask for your password, PIN or one-time code by direct message. Report anyone who does to our official support account."),
    D("man", "rd", "", "Default PLC passwords are a real problem in our industry. Change them on day one and audit them every quarter. We found three we'd missed last year."),
    D("npo", "fb", "", "Our password manager rollout is done 🔐 140 volunteers onboarded, zero sticky notes left on monitors. Thank you for your patience!"),
    D("tec", "rd", "", f"""To verify our webhook signatures, use the public key published in the Acme Pay docs:

{EC_PUBLIC}

It's safe to commit; it only verifies signatures."""),
    D("tec", "li", "", "Our new API keys start with a clear acme_live_ prefix so secret scanners can spot a leaked one in seconds. Small change, big difference."),
    D("gen", "rd", "", "Stripe live keys look like sk_live_ followed by a long random string, e.g. sk_live_************************ (redacted, obviously). If you see one in a repo, report it."),
]

NEAR_HOSTILE = [
    D("ret", "x", "", "customer told me I'm 'the worst cashier in Ohio'. bold of her to assume I'm not the worst in the whole Midwest 😂"),
    D("tec", "li", "", "I made a stupid mistake in production yesterday and took down a staging cluster for an hour. Here's what I learned, and what we changed so it can't happen again."),
    D("fin", "x", "", "@marcus_l I'm sorry for the trouble. Please DM our official support account or call 1-800-555-0144 and they'll sort it out."),
    D("ret", "fb", "", "I know it's frustrating, but we can't take returns without a receipt after 90 days. Customer service can look up card purchases if that helps."),
    D("gen", "ig", "", "Crushed my first half marathon 🏃 Legs: destroyed. Ego: enormous. Brunch: earned."),
    D("hea", "x", "", "this new EHR update is killing me slowly 😩 why is the discharge button now three menus deep"),
    D("npo", "fb", "", "Some of you said our last appeal felt pushy. That's fair, we heard you, and we rewrote it. Thank you for telling us."),
    D("man", "li", "", "A neighbour wrote to us about the noise from early truck deliveries. They were right, so from Monday no trucks arrive before 7am."),
    D("tec", "rd", "", "kill -9 is not a deployment strategy, past me. Love, present me."),
    D("fin", "rd", "", "My team roasted my spreadsheet colour choices at standup this morning. Honestly? Deserved."),
    D("hea", "fb", "", "Nurses are not punching bags. Abuse of our staff is never acceptable and is always reported to the police."),
    D("gen", "x", "", "you absolute legend @sam_k, thank you for the coffee at 7am"),
]

NEAR_DISCLAIMER = [
    D("tec", "li", "", "I lead a platform team at Acme Cloud. Views are my own: the industry's obsession with microservices has cost a lot of small teams years of productivity. Start with a monolith."),
    D("fin", "x", "", "Acme Bank analyst, opinions mine and not my employer's: rate cuts are coming too slowly for small businesses."),
    D("hea", "li", "", "ICU nurse at Acme General, speaking for myself and not the hospital: safe staffing ratios save lives, and every study I've read agrees."),
    D("gen", "rd", "", "The whole retail industry's obsession with self-checkout is a mistake. Change my mind."),
    D("ret", "li", "", "Ten years at Acme Market today! 🎉 Started stacking shelves at 17, now running the Riverside store. Thank you to everyone who taught me along the way."),
    D("man", "li", "", "Plant manager at Acme. Three things I do on every morning walk-through: talk to the night shift before they leave, check one guard, and ask one person what slowed them down yesterday."),
    D("npo", "fb", "", "Views are my own, but: the charity sector needs to pay its frontline staff properly. (Yes, I work at the Acme Foundation, and no, this isn't about my salary.)"),
    D("tec", "x", "", "my take, not Acme's: kubernetes is fine for most teams actually. it's the yaml that's the problem"),
    D("fin", "rd", "", "Honestly Initech's banking app is clunky, it takes me five taps to see my balance. Anyone else?"),
    D("hea", "x", "", "nurse at Acme General, personal opinion only: hospitals should publish their prices. patients deserve to know before, not after"),
    D("ret", "fb", "", "These are my personal views, not Acme Market's: the retail industry relies far too much on part-time contracts."),
    D("gen", "li", "", """I've worked at Acme for 15 years, and I want to write about something I care about: how our industry treats people who come back from long-term illness.

When I returned after eight months away, I was lucky. My manager let me set my own hours for a while, and nobody asked me to justify a single appointment. Many people I've spoken to since were not so lucky. They came back to changed roles, missed promotions, and a quiet assumption that they were "less committed".

I think the tech industry, for all its talk of wellbeing, is still bad at this. Phased returns should be the default, not a favour. Managers should be trained for it the way they're trained for performance reviews. And "flexibility" should mean the employee's flexibility, not the company's.

If you're coming back after time away: it's normal to feel slow at first. Give yourself the same patience you'd give a colleague.

These views are my own and don't represent my employer.

#wellbeing #returntowork #leadership"""),
]

MIXED_NEAR = [
    D("ret", "fb", "", "A customer asked if our 'Fresh Guarantee' means free groceries forever 😂 Sadly no, it means if your produce isn't fresh, customer service will replace it. Ask at the desk."),
    D("tec", "li", "", """Lessons from our security week at Acme Cloud:
- Passwords in Slack are the #1 thing our scanner catches, so use the password manager's share feature.
- "Confidential" labels don't protect anything on their own; access controls do.
- Everyone forgets 2FA backup codes. Print them and put them somewhere boring.
Great week, team."""),
    D("fin", "fb", "", "My dad used to say the only guaranteed return is the one you get from reading a good book. Thirty years in banking later, I still think he was right. 📚"),
    D("hea", "rd", "", "Nurse here. For anyone asking: your medical record number is printed on your wristband and your discharge papers. Never post it online, and never share photos of your wristband."),
    D("npo", "x", "", "our raffle last year raised $3,100 for the food bank. still can't believe the winner was the guy who sold the most tickets 😂 thank you all, again"),
    D("man", "fb", "", "Thirty years at the Acme plant today. I've seen three owners, two floods and one very confused goose on the production floor. Still the best crew there is. 🦆"),
    D("gen", "rd", "", "Question for HR folks: is it normal for a new employer to ask for your SSN and bank details on day one for payroll? (I gave them through the HR portal, not email.)"),
    D("tec", "x", "", "the word 'leak' in our standup today was about the office coffee machine. everyone relax"),
    D("hea", "ig", "", "Thank you to the patients and families who filled in our feedback survey: the published results show 94% would recommend Acme General to a friend 💙 We read every comment."),
    D("fin", "li", "", "Scam alert: fraudsters are sending texts that look like they come from Acme Bank with a 'risk-free investment opportunity'. We will never text you about investments. Report and delete."),
    D("ret", "ig", "", "Our Acme Market team took home first place at the regional food drive contest 🏆 1,800 cans collected, all of it already at the food bank."),
    D("npo", "li", "", "Proud to share that the Acme Foundation has been rated four stars by Charity Navigator for the fifth year running. Published ratings are on their site."),
]

CLEAN = NEAR_PII + NEAR_PHI + NEAR_CONFIDENTIAL + NEAR_PROMOTION + NEAR_FINANCIAL + NEAR_SECRET + NEAR_HOSTILE + NEAR_DISCLAIMER + MIXED_NEAR
