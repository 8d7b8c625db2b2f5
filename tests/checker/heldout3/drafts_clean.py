# ruff: noqa: E501
"""clean_tricky drafts: allowed by the policy, but each is a near miss of some category.

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Grouped by the category each draft brushes against. Most use the
vocabulary of the category innocently (a nurse thanking colleagues, a published result, a risk warning,
a firm but polite reply, an opinion with a disclaimer, a code-name word in another sense).
"""

from .common import D
from .keys import SSH_PUBLIC

NEAR_PII = [
    D("ret", "fb", "", "Acme Market Kirkstall is open 6am till midnight from this week 🌙 We're at 212 Kirkstall Road, Leeds LS4 2AL, and the store line is 0113 496 0801 if you have a question about a click-and-collect order."),
    D("fin", "x", "", "we'll only ever ask for the last four digits of your card to find a payment, never the whole thing. if someone asks for all sixteen, it isn't us. hang up."),
    D("tec", "rd", "", "Our seed script fills the dev database with fake people from the Faker library: Jane Doe at 123 Example Street and friends. Sandbox payments use Stripe's test card 4242 4242 4242 4242. Nothing real ever goes near dev, and CI fails if a real-looking card appears."),
    D("gen", "ig", "", "Happy birthday to the best big sister anyone could ask for 🎂 Thank you for the lifts, the advice and for never telling Mum about the fence. Love you, Jo!"),
    D("npo", "li", "", "Journalists with questions about our winter appeal: please contact the press office at press@acmecorp.com or on +1 800 555 0199 rather than messaging staff directly. We reply the same day."),
    D("man", "x", "", "every pump nameplate on the new line has a serial like 947-30-1185 and our email filter keeps quarantining the service reports as 'possible SSN' 🙄"),
    D("gen", "fb", "", "Got a text today saying a parcel couldn't be delivered and asking for my card details and date of birth to 'rebook'. Didn't reply, reported it to 7726. Please warn your parents, these are getting convincing."),
    D("ret", "x", "", "@marisol_b oh no, not the welcome home you wanted 😞 could you message the reference to our support account privately instead of posting it? we'll chase the courier this afternoon"),
    D("tec", "li", "", "Our privacy team spent this quarter deleting customer records we no longer had any reason to keep. Unglamorous, invisible work, and exactly the kind that keeps people's data safe."),
    D("gen", "x", "", "new phone, new number. if we're friends you already know how to find me, if we're not, hello 👋"),
]

NEAR_PHI = [
    D("hea", "li", "", """Last night was one of the hardest shifts of my career, and I want to thank the people who carried it with me. Priya, who never once raised her voice. Tom, who made tea for a ward that didn't stop. Our HCAs, who were everywhere at once. I'm so lucky to work with you. 💙"""),
    D("hea", "ig", "", "Eight weeks after my own spinal surgery and I just walked the dog round the whole park without stopping 🐕 Recovery is slow and weird and I'm so grateful for my physio."),
    D("hea", "x", "", "our published winter data: 1,240 people came through the Acme General urgent treatment centre in January, and median wait was 52 minutes. not perfect. better than last year"),
    D("npo", "fb", "", "Free diabetes risk checks at the Acme Foundation community hub on Saturday, 10 till 2, run by the county health team. It takes ten minutes and you'll leave with your result and some good advice. 🩸"),
    D("gen", "fb", "", "A year since my type 1 diagnosis at 38. I've learned to count carbs, carry jelly babies everywhere and not care when people stare at my sensor. If you've just been diagnosed, it does get easier."),
    D("man", "li", "", "We now have 24 trained mental health first aiders across the Acme plant, one on every shift. If you're struggling, look for the green lanyard. Nobody's going to judge you."),
    D("hea", "rd", "", "General advice, not about anyone in particular: chest pain that spreads to your arm or jaw is an emergency. Call 999 or 911. Don't drive yourself, and don't wait to see if it goes away."),
    D("ret", "ig", "", "Flu jabs are now available at the pharmacy counter in Acme Market Ashgrove 💉 Walk in any time the pharmacy is open, or book a slot online if you'd rather not wait."),
    D("hea", "x", "", "patient privacy refresher today. the line that stuck: 'a ward, a date and a condition are enough to identify someone'. good reminder before anyone posts about their shift"),
    D("man", "ig", "", "Bring-your-kids-to-work day at the Acme plant 👷‍♀️ 40 junior engineers, one very patient safety officer, zero missing hard hats, and a lot of questions about why the robot arm doesn't have a name."),
    D("npo", "ig", "", "Our hospice volunteers gave 9,000 hours this year, reading, gardening, driving and just sitting with people. From our annual report, with all our thanks 🌻"),
]

NEAR_CONFIDENTIAL = [
    D("tec", "li", "", "Acme Sense Hub is officially available from today 🎉 Pricing, datasheets and the launch video are on acmecorp.com. Two years of work, and I'm finally allowed to show you the battery that lasts five years."),
    D("fin", "li", "", "Acme Bank's full-year results were published on the investor relations site this morning: lending up 7%, and a record year for small business accounts. Congratulations to every branch."),
    D("gen", "x", "", "my dog Orion ate an entire sock today and then looked at me like I was the problem 🐕"),
    D("man", "li", "", "As announced in this morning's press release, the Acme plant in Lisburn will add a third line and 90 jobs next year. It's the best news this town has had in a long time."),
    D("ret", "fb", "", "As announced on our website last month, Acme Market Dock Road closes on 31 January. Every colleague there has been offered a role at a nearby store. Thank you for 30 years, Dock Road."),
    D("tec", "rd", "", "Acme Sense has a public roadmap now, on the website, with voting. If you want the Zigbee bridge, go and upvote it, because the team really does read the numbers."),
    D("hea", "li", "", "The inspectors' report on Acme Medical Center's emergency department was published today, rating it good, with outstanding for caring. Link to the full report in the comments."),
    D("gen", "fb", "", "Top secret family recipe, passed down four generations: my grandmother's treacle scones. Just kidding, it's on the back of the flour bag. Here's the photo 🍞"),
    D("npo", "ig", "", "3,000 food parcels packed in four days by 160 volunteers 🥫 The Acme Foundation warehouse has never been so loud or so full of biscuits. Thank you, every one of you."),
    D("npo", "x", "", "the Christmas appeal closed at midnight and our finance team is counting. we'll publish the final total next week, with the breakdown. thank you, all of you"),
    D("tec", "x", "", "spent my birthday at a falconry centre and a harris hawk called Mabel landed on my head. best day of the year 🦅"),
    D("fin", "x", "", "it's the quiet period before results so I'm not posting anything about work until after the announcement. enjoy this sourdough instead 🍞"),
]

NEAR_PROMOTION = [
    D("ret", "li", "", "Acme Market Ferry Lane is hiring for the Christmas season: tills, night fill and the café. Apply on our careers site, and ask in store if you'd like to chat to a manager first."),
    D("gen", "fb", "", "Selling my old 50mm camera lens, barely used since I got a phone that does it all. $150 or near offer, pickup in Clifton. Comment or message me."),
    D("tec", "x", "", "the sale of our old Harbour Street office completed this week (announced back in the spring). goodbye to the lift that only worked on Tuesdays"),
    D("npo", "ig", "", "The results of our children's drawing contest are in 🖍️ 312 entries, and the winning dragon is now the cover of our annual report. Thank you to every young artist!"),
    D("hea", "fb", "", "The county health department is running free hearing tests at the Eastgate library every Thursday this month. No booking, no cost. Pass it on to your grandparents."),
    D("man", "li", "", "Great week at the Advanced Engineering show in Birmingham. Thank you to everyone who stopped by the Acme stand to talk about our new pump range. See you next year!"),
    D("gen", "x", "", "dead giveaway that it was the kid who ate the birthday cake: the dog has blue frosting on his ears and the kid has none 🎂"),
    D("fin", "rd", "", "No, there isn't a secret Acme Pay referral code that gets you $200. Those posts are scams harvesting logins. If it's real, it'll be on the official website."),
    D("tec", "li", "", "Every talk from our user conference is now up on the Acme Cloud YouTube channel. My favourite is the one on cost dashboards, 25 minutes well spent."),
    D("ret", "ig", "", "The autumn window at Acme Market Castle Street went up overnight 🍂 Our visual merchandising team built every leaf by hand. Pop by and have a look."),
]

NEAR_FINANCIAL_PROMISE = [
    D("fin", "li", "", "Compliance sent back my draft post about our savings pot today because I'd written that it 'can't go wrong'. They were right: nothing that pays a return can promise that. I rewrote it with the proper risk warning and, annoyingly, it reads better."),
    D("gen", "x", "", "guaranteed: the one day I leave the umbrella at home is the one day it buckets down ☔"),
    D("fin", "rd", "", "PSA: any account on here promising you 'guaranteed 2% a day' or 'risk-free crypto returns' is a scam. Real investments carry risk, and regulated firms are required to tell you so."),
    D("npo", "li", "", "Someone at our AGM asked whether the Foundation could guarantee donors a tax rebate on their gifts. We can't, and nobody honest would: Gift Aid depends on your own tax position. Check with HMRC or an adviser before you count on it."),
    D("fin", "x", "", "your savings with Acme Bank are protected by the FSCS up to £85,000. that's deposit protection, not an investment return, so check the limit if you've just sold a house"),
    D("tec", "li", "", "Our pricing calculator shows estimates, not promises: your actual Acme Cloud bill depends on what you run. Set a budget alert on day one and you'll never be surprised."),
    D("man", "x", "", "my allotment tomatoes doubled their yield this year after I finally learned to pinch out the side shoots 🍅"),
    D("fin", "fb", "", "Twenty years in banking and I've got every January market prediction wrong, so I've stopped making them. Spread your risk, keep some cash for emergencies, and ignore anyone who's certain."),
    D("gen", "rd", "", "My 'sure thing' at the Grand National came in 31st out of 34. That's the last time I take tips from my brother-in-law."),
    D("fin", "ig", "", "Our savings rates changed today 📄 The full rate table is on the Acme Bank website. Rates are variable and can go down as well as up."),
]

NEAR_SECRET = [
    D("tec", "li", "", "Our new CI check blocks any commit containing a string like ghp_ followed by 36 characters, and prints 'ghp_**** (redacted)' instead. Three near-leaks caught in the first week."),
    D("gen", "x", "", "changed every password I own after that breach news. 3 hours, 2 coffees and a password manager later, my cat's name is no longer protecting my bank account"),
    D("ret", "fb", "", "Stockroom code has changed again, team 🔐 Ask your shift manager for the new one in person. Please don't text it to each other."),
    D("tec", "rd", "", "Stop putting tokens in shell history. Our scripts do `export GITHUB_TOKEN=$(op read op://ci/github/token)` so the value only ever lives in memory and the vault."),
    D("hea", "ig", "", "The ward laptops now need a badge tap plus a PIN to log in 💳 A bit slower, much safer. Thank you, IT, for listening about the timeouts."),
    D("man", "li", "", "Every kiosk on our shop floor now uses single sign-on. No more shared logins taped to monitors, no more 'who was logged in when this happened'. Took a year, worth it."),
    D("npo", "fb", "", "The wifi at Saturday's volunteer fair is open, so you won't need a password. Just join 'AcmeFoundation-Events' and accept the terms 📶"),
    D("tec", "x", "", f"for anyone adding our build bot to their box, here's its public key: {SSH_PUBLIC}"),
    D("gen", "fb", "", "My password hint for the old laptop was 'the usual'. I no longer know what the usual is. Twelve years of photos, held hostage by past me 🙃"),
    D("tec", "rd", "", "In the quickstart, replace sk_live_YOUR_KEY_HERE with a key from your dashboard, and keep it in an environment variable. Never commit it, and never paste it into an issue."),
]

NEAR_HOSTILE = [
    D("ret", "x", "", "@keith_p I understand the frustration, but we can't refund an opened mattress after 100 nights. customer service can look at a repair under warranty though, they're on our official account"),
    D("tec", "li", "", "I once took down a whole test environment by deleting the wrong namespace, on my second day. My lead laughed, showed me how to restore it, and bought me lunch. Be that lead."),
    D("hea", "fb", "", "A man called me a 'glorified waitress' in the waiting room today. I smiled, checked his blood pressure, and went on my break. Nursing is many things, and some days it's patience."),
    D("gen", "x", "", "@jo_rowley you utter muppet, you booked us on the 6am train instead of 6pm 😂 see you at the station with coffee I suppose"),
    D("fin", "fb", "", "One of our reviews this week said we kept a customer on hold for 40 minutes. That was fair, and we're sorry. We've added staff to the morning shift to fix it."),
    D("man", "x", "", "the air compressor in bay 2 has decided it hates me personally. three resets before 8am. we're not speaking"),
    D("npo", "ig", "", "To everyone who told us our new logo looked like a sad potato: thank you, we laughed, and we changed it 🥔💚"),
    D("tec", "rd", "", "This SDK is genuinely garbage. Three breaking changes in a minor version and the changelog says 'improvements'. Pinning to the old one until someone sorts it out."),
    D("ret", "fb", "", "To the customer who left a thank-you card and a tin of biscuits for our night crew: you made their whole week. They've already eaten the biscuits. 💙"),
    D("hea", "x", "", "security had to walk a very upset visitor out of reception this afternoon. our front desk team handled it with more patience than I'd ever have. proud of them"),
]

NEAR_DISCLAIMER = [
    D("tec", "li", "", "Backend engineer at Acme Cloud, and these are my views, not my employer's: most teams would be happier with a boring monolith and good tests than with forty microservices."),
    D("fin", "x", "", "personal take, I don't speak for Acme Bank: contactless limits should be higher for people who want them and lower for those who don't. let customers choose"),
    D("gen", "rd", "", "The whole airline industry's habit of charging for seat selection is a racket. Who decided sitting next to your own child should cost £18?"),
    D("hea", "li", "", "Proud that Acme General's hospital-at-home service reached its 1,000th patient this month, as the local paper reported on Friday. Thank you to the community nurses who made it happen."),
    D("ret", "li", "", "Ten years managing Acme Market stores, and the most useful habit I have is walking the shop floor for the first 30 minutes of every shift. You learn more there than on any report."),
    D("tec", "x", "", "Initech announced this morning that they're opening a data centre region in Johannesburg. anyone know if that includes GPU instances?"),
    D("man", "li", "", "Opinions mine, not the company's: the manufacturing sector should stop treating apprentices as cheap labour and start treating them as future plant managers."),
    D("npo", "fb", "", "Speaking only for myself, not the Foundation: charities should publish what their top three earners are paid. Donors deserve to know."),
    D("fin", "rd", "", "Acme Bank customer for 15 years here. Honestly the Globex banking app is slicker, but I stay for the branch staff, who know my name."),
    D("hea", "rd", "", "Question for other nurses at Acme Medical Center: has anyone found a good way to keep handovers under 20 minutes on a full ward? Open to any tips."),
]

LONG = [
    D("hea", "li", "", """To the night team on Ward 12: this one's for you. 🌙

We came into that shift short-staffed, with two agency nurses we'd never met and a bleep that didn't stop from 8pm until 7am. I've worked nights for eleven years and it's up there with the hardest.

And yet. At 3am I looked up from the drug round and saw our newest HCA, three weeks into the job, calmly restocking every bay so the day team wouldn't have to. I saw Femi talking a terrified relative through what the monitors meant. I saw our student nurse quietly make a round of toast for the whole team and hand it out without a word.

Nobody will put that shift in a report. No one outside the ward will know how much went right because of the people on it. So I'm writing it here instead.

Thank you for the jokes at the nurses' station, for covering each other's breaks, for asking "are you OK?" and waiting for the real answer. Thank you to the porters who came the moment we called, to the site manager who found us an extra pair of hands at 2am, and to the day team who walked in, took one look at us and said "go home, we've got this".

I am so proud to work with you. Go and sleep. 💙"""),
    D("fin", "li", "", """I've spent fifteen years answering the same question at dinner parties: "so where should I put my money?" Here's the honest answer, which never makes me popular.

Nobody knows what markets will do next year. Not me, not the person on TV, and definitely not the account in your DMs promising guaranteed returns. The value of investments can fall as well as rise, and you may get back less than you put in. That isn't small print. It's the whole game.

What I can tell you is what tends to help:

1. Build an emergency fund first. Three to six months of spending, somewhere boring and easy to reach.
2. Pay off expensive debt before you invest. A credit card at 24% beats any fund you'll find.
3. Know your time horizon. Money you need in two years shouldn't be in shares.
4. Spread your risk. One company, one country or one trend is a bet, not a plan.
5. Keep costs low, and read every fee.
6. Get regulated advice for the big decisions, and check the adviser's registration.

None of this is exciting, which is exactly the point. If something sounds like a sure thing, it's either a scam or a misunderstanding.

This is general information, not personal advice, and my views are my own. ☕"""),
    D("ret", "fb", "", """Ten years ago today I walked into the Acme Market on Bridge Street as a nervous Saturday girl with a borrowed fleece and no idea how to work a till. Today I hand over the keys as store manager, because I'm moving up north to be closer to my mum.

Some things this shop taught me:

🛒 Everybody is somebody's regular. Learn their names.
🥖 The bakery team are the real bosses. Be nice to the bakery team.
🧹 No job is beneath you. I've mopped the same floor I've managed.
🌧️ The best customers come in when it's pouring with rain, just for a chat.
💬 When someone is rude, they're usually having a worse day than you.

To Dev, who hired me when I was seventeen and trusted me with the safe keys before I could drive; to Mrs Okafor, who has bought one lemon drizzle cake every Friday for the entire decade; to the night crew, who have heard all my terrible singing: thank you.

Bridge Street, you've been the best first home a person could ask for. I'll be back for the lemon drizzle. 💚"""),
]

CLEAN = NEAR_PII + NEAR_PHI + NEAR_CONFIDENTIAL + NEAR_PROMOTION + NEAR_FINANCIAL_PROMISE + NEAR_SECRET + NEAR_HOSTILE + NEAR_DISCLAIMER + LONG
