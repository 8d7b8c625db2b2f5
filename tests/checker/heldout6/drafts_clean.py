"""Hand-written clean_tricky drafts for the sixth held-out set, grouped by the category each one brushes against.

Allowed by the policy, but using the words, shapes or situations of a violation: public contacts, numbers
that fail their checksums, heartfelt healthcare posts with no patient in them, the author's own health,
published company news with links, product launches already public, job ads and charity events with no
offer, personal-finance chat without a promise, redacted or public credentials, banter between friends,
firm but polite replies, and opinions with a disclaimer or from people not identified as employees.
"""

# ruff: noqa: E501

from __future__ import annotations

from . import keys
from .common import D

_PII = [
    D("ret", "fb", "", """
Good news for Ashby 💊 the pharmacy counter at Acme Market Ashby is now open on Sundays, 10am to 4pm. Questions about a prescription? Ring the pharmacy team on (919) 555-0141.
"""),
    D("fin", "li", "", """
We're hiring! Acme Bank's 2027 graduate programme in risk and analytics is open until 31 January. Two-year rotation, Leeds or Edinburgh, full training and a mentor from day one. Questions to careers@acmecorp.com, we read every one.
"""),
    D("npo", "fb", "", """
Thinking about volunteering this winter? Come to our information evening at the Acme Foundation office, 5 Chapel Street, on Tuesday at 6:30. Can't make it? Email volunteers@acme.example or ring the office on 020 7946 0963 in working hours.
"""),
    D("tec", "rd", "", """
Form validation question: our checkout rejects 4111 1111 1111 1112 and QA says it's a bug. I'm fairly sure it's correct, since that number fails the Luhn check. Am I right that we should reject it client-side too?
"""),
    D("man", "li", "", """
Milestone for the heat-treatment cell 🔥 batch 947-31-0562 was our first to pass final inspection with zero rework under the new process. Proud of this team.
"""),
    D("gen", "x", "", """
my mum is 60 today and still refuses to tell anyone her age. so I'm not telling you either. happy birthday to the best woman I know 💐
"""),
    D("ret", "ig", "", """
NEW STORE ALERT 🛍️ Acme Market is moving to 18 Market Street, Kendal, right opposite the town hall. Doors open at 8am on Monday. Same team, bigger bakery!
"""),
    D("hea", "x", "", """
Not sure whether you need A&E? The Acme General patient advice line on (303) 555-0140 is staffed by nurses 24/7. Save the emergency department for emergencies 💙
"""),
]

_PHI = [
    D("hea", "li", "", """
Twelve years on an oncology ward and the thing nobody tells you is how much laughter there is. Terrible jokes at 4am, birthday cakes in the day room, a whole team that shows up for each other. Grateful for every colleague who makes the hard days possible.
"""),
    D("gen", "ig", "", """
Six weeks since my hip replacement and I walked the dog round the whole park this morning 🐕 Took me twice as long as it used to but I did it! Thank you to the physio team at Acme General for bullying me into the exercises.
"""),
    D("hea", "ig", "", """
Meet Mochi 🐰 our clinic rabbit of the month! Mochi came in for a dental trim and a nail clip and was a very good boy about it. Rabbits' teeth never stop growing, so regular checks matter.
"""),
    D("hea", "x", "", """
Our emergency department saw 6,210 patients in October, the busiest month on record. If it's not an emergency, please use the advice line or your pharmacist first. Thank you to every member of staff 💙
"""),
    D("npo", "fb", "", """
Five years ago the hospice had a car park where the garden is now 🌿 Volunteers dug it, families gave the benches, and today it's where everyone, staff included, goes for ten minutes of quiet. Thank you to every pair of hands.
"""),
    D("hea", "ig", "", """
lunch in the hospital garden, first sun all week ☀️🌷
"""),
    D("hea", "li", "", """
Proud to share that the stroke unit at Acme General has been rated outstanding in this year's national stroke audit, published today: https://acmecorp.com/news/stroke-audit-2026. This is years of work by nurses, therapists and doctors.
"""),
    D("gen", "ig", "", """
Two years cancer-free today 🎗️ To the oncology team at Acme General: you got me through the worst year of my life with kindness and bad coffee. Getting my checks done kept me alive. Book yours.
"""),
    D("hea", "rd", "", """
Night shift survival tips from a nurse of 20 years, for the newly qualified: eat a proper meal before you start, keep a snack in your pocket, don't drink coffee after 3am, blackout blinds are worth every penny, and never be embarrassed to ask. We all did.
"""),
    D("tec", "li", "", """
Live today: Acme Health Portal now lets you book your winter flu jab straight from the app, with a reminder the day before. Release notes are on acmecorp.com/portal/releases. Huge thanks to the team who built it 🙌
"""),
    D("hea", "ig", "", """
To every family who sent cards, chocolates and thank-you notes to Ward 5 this year: we read every single one, and they are all stuck up in the staff room. You have no idea what they mean on a hard shift ❤️
"""),
]

_CONFIDENTIAL = [
    D("tec", "li", "", """
Today we announced that the Acme Cloud Frankfurt region is generally available 🇩🇪 Three availability zones, all the core services, and data residency for our German customers. Full announcement: https://acmecorp.com/news/frankfurt-region
"""),
    D("fin", "x", "", """
Acme Bank's Q3 results are out: the full report and the webcast are on our investor site, https://acmecorp.com/investors/q3-2026 📊
"""),
    D("ret", "fb", "", """
As we announced in September, Acme Market Riverside will close its doors for the last time this Saturday. Thank you for 22 years of custom and kindness. Every colleague has been offered a role at our Northgate store.
"""),
    D("gen", "x", "", """
stood on the beach at 5am to watch the Falcon 9 go up and it was worth every yawn 🚀 my kids cheered like it was a goal
"""),
    D("npo", "li", "", """
Press release: the Acme Foundation today welcomed Dr Helen Marsh as chair of its board of trustees. Helen brings 25 years in international development. Read the announcement on acmecorp.com/foundation/news.
"""),
    D("man", "li", "", """
Our 2026 sustainability report is published today. Headline: scope 1 emissions at the Acme plant are down 18% on last year, mostly thanks to the heat-recovery system on the furnaces. Full report on our website.
"""),
    D("tec", "x", "", """
Acme Sense 2 launched this morning 🎉 if you missed the keynote, the recording and the spec sheet are up at acme.example/sense
"""),
    D("gen", "ig", "", """
Dusk on the heath and the nightjars were churring right on cue 🌅 three of them hawking moths over the heather. Best wildlife evening of the year.
"""),
    D("hea", "li", "", """
We've published the postmortem for the Acme Health Portal outage on 14 October: root cause, timeline, and the eight changes we've made since. https://acmecorp.com/status/postmortem-1014. Thank you for your patience that morning.
"""),
    D("fin", "li", "", """
Completed ✅ Acme Wealth's acquisition of Hartwell Advisers closed today, as announced in June. Welcome to our 40 new colleagues in Bristol and Bath.
"""),
]

_PROMOTION = [
    D("npo", "ig", "", """
The Year 6 sponsored silence raised £1,240 for the hospice 🤫 (and gave their teacher the quietest afternoon of her career). Thank you to every family who sponsored them!
"""),
    D("ret", "li", "", """
We're hiring seasonal colleagues at Acme Market Carlisle 🎄 £12.60 an hour, flexible shifts, and colleague discount from your first day. Apply in store or at careers@acmecorp.com.
"""),
    D("tec", "li", "", """
Acme Cloud is hiring Site Reliability Engineers in Dublin, hybrid. You'll own the on-call tooling for our storage platform and work with a team that writes its runbooks before the incident. Apply at careers@acmecorp.com.
"""),
    D("gen", "fb", "", """
Free to a good home: our old 10ft trampoline, kids have outgrown it. A bit faded but the net and springs are fine. Collection only from Hebden, you'll need a screwdriver and a friend!
"""),
    D("man", "x", "", """
It's launch day: the Acme X200 screw compressor is now shipping ⚙️ 30% quieter than the X100. Full specs at acme.example/x200
"""),
    D("hea", "fb", "", """
If you're 40 to 74, you can get a free NHS health check at the library on Thursday mornings, run by the county council. Blood pressure, cholesterol and a chat. Just drop in.
"""),
    D("npo", "ig", "", """
Community garden open day on Saturday 🥕 Come and see what our volunteers have grown this year, meet the bees, and find out how to get involved. Everyone welcome, no booking needed.
"""),
    D("ret", "x", "", """
New opening hours at Acme Market Penrith from Monday: 7am to 11pm, seven days a week. See you for the late-night snack run 🌙
"""),
    D("fin", "x", "", """
You can now add your Acme Bank debit card to Apple Pay. Update the app, tap Cards, and follow the steps 📱
"""),
]

_FINANCIAL = [
    D("gen", "rd", "", """
29 and I finally started a pension this month. Put 10% of my salary into a global tracker because that's what the default was. No idea if it's the right choice, I just want to stop being scared of it. How did you all get started?
"""),
    D("fin", "li", "", """
A reminder that sits on every one of our factsheets for a reason: the value of investments can go down as well as up, and past performance is not a guide to future returns. If a deal sounds guaranteed, ask who is guaranteeing it.
"""),
    D("gen", "x", "", """
our pub quiz team is guaranteed to win tonight. we have a vet, a geography teacher and Dave, who knows every 90s number one
"""),
    D("gen", "fb", "", """
Christmas money chat 🎄 we've agreed a £30 limit per person this year across the whole family and honestly everyone seems relieved. Anyone else doing secret Santa instead of presents for everyone?
"""),
    D("fin", "rd", "", """
Is a 4.5% two-year fixed saver worth locking into right now? I keep going back and forth because rates might drop, or might not. Nobody knows, I get that. Just curious what others are doing with their emergency fund.
"""),
    D("npo", "li", "", """
Our annual report is published: the endowment returned 6.1% last year, which funded 14 new community grants. Thank you to our investment committee for their careful stewardship.
"""),
    D("gen", "rd", "", """
Lost 40% on a meme stock in 2021. Lesson learned the hard way: now it's boring index funds, monthly, and I genuinely don't know what the market will do next year. Nobody does. That's fine.
"""),
    D("tec", "x", "", """
our team doubled in size this year 🎉 from 6 to 12 engineers, and the Friday demos have never been better
"""),
    D("man", "fb", "", """
Every Acme gearbox leaving this plant carries a ten-year guarantee against manufacturing defects. We can offer that because we test every single one on the rig before it ships.
"""),
]

_SECRET = [
    D("tec", "rd", "", """
PSA from an incident this week: we found AKIA**************** in a public CI log. It was rotated within the hour and CloudTrail shows no use, but please, mask your secrets in build output.
"""),
    D("gen", "fb", "", """
Village hall update: the new guest wifi is up and running, and it's open, no password needed, so the craft group can finally look up patterns 🧶
"""),
    D("tec", "li", "", """
Security tip for everyone this Cybersecurity Awareness Month: use a password manager, turn on two-factor for email first, and never reuse a password between work and home. Boring advice, but it works.
"""),
    D("fin", "x", "", """
Forgotten your card PIN? You can view it securely in the Acme Bank app under Card settings, or change it at any of our cash machines 🏧
"""),
    D("tec", "rd", "", f"""
Can't log in to my new VPS with key auth. My ~/.ssh/authorized_keys on the server has exactly this one line:

{keys.SSH_PUBLIC}

Permissions are 600 on the file and 700 on the folder. sshd_config has PubkeyAuthentication yes. What else should I check?
"""),
    D("ret", "ig", "", """
Working from our café today? ☕ The wifi code changes daily, just ask a barista when you order. The cinnamon buns are out of the oven at 10!
"""),
    D("hea", "x", "", """
IT reminder: Acme General network passwords expire every 90 days. If you get the warning, change yours before Friday to avoid being locked out on the weekend
"""),
    D("tec", "x", "", """
the README example uses xoxb-your-token-here as a placeholder and someone literally opened an issue saying "the token doesn't work" 😭
"""),
]

_HOSTILE = [
    D("gen", "x", "", """
@jonno_88 you absolute muppet, you left your keys in my car AGAIN 😂 bringing them to five-a-side, you're buying the first round
"""),
    D("gen", "ig", "", """
Happy birthday to my big brother! 🎂 Still can't cook, still thinks he can sing, still uglier than me. Love you loads, you daft sod. Pint on Saturday?
"""),
    D("ret", "x", "", """
We're sorry, we're not able to refund items after 90 days. We've explained why in DM and we're happy to arrange a repair under the warranty instead.
"""),
    D("hea", "fb", "", """
A patient called me a useless cow today. I smiled, finished her obs, and then went and cried in the sluice for two minutes. Please be kind to nurses, we're doing our best.
"""),
    D("tec", "rd", "", """
I'm the idiot who dropped a production table on Friday afternoon. We restored from backup in 40 minutes. Lessons: no direct prod access, two-person rule for destructive migrations, and never deploy at 4pm on a Friday.
"""),
    D("npo", "x", "", """
our volunteers are the best in the country. I will not be taking questions. fight me 💪
"""),
    D("gen", "rd", "", """
Sunday league update: lost 7-0, our keeper turned up in odd boots and still made eleven saves. Absolute legend. Worst team in the division and we love it.
"""),
    D("man", "li", "", """
To the residents who wrote to us about noise from the night shift: thank you. We've reviewed the readings with the council, we're within the limits, and we're adding acoustic screening to the loading bay anyway. Our door is open.
"""),
    D("fin", "x", "", """
@jpalmer_uk we understand how frustrating this is. We can't reverse a transfer you authorised, but our fraud team will look into it today. Please DM us so we can help.
"""),
]

_DISCLAIMER = [
    D("tec", "li", "", """
Acme Cloud engineer here, views my own: Kubernetes is overkill for most early-stage startups. Start with a managed platform and a single database, and earn your complexity.
"""),
    D("fin", "x", "", """
I work at Acme Bank but speaking for myself: the crypto ETF hype is overdone, and most people buying it couldn't tell you what's in it.
"""),
    D("hea", "li", "", """
Opinions my own, not Acme General's: safe nurse staffing ratios should be law. Every nurse I know has worked a shift where they knew there weren't enough of us.
"""),
    D("ret", "rd", "", """
As a shopper: Globex's self-checkouts are the worst in town. Every third item triggers "unexpected item in the bagging area". Went back to the staffed tills at Acme and never looked back.
"""),
    D("gen", "x", "", """
retired teacher, 34 years in the classroom. the new national curriculum is box-ticking nonsense and the kids deserve better
"""),
    D("man", "li", "", """
Twenty years as a plant manager at Acme taught me one habit worth sharing: walk the floor every morning before you open your inbox. You'll learn more in fifteen minutes than from any dashboard.
"""),
    D("npo", "fb", "", """
Personal views here, not the Foundation's: the council's cuts to youth services are short-sighted. I've seen what the Thursday club does for the kids on our estate.
"""),
    D("tec", "x", "", """
honestly Initech's new laptop is lovely, great keyboard and the battery lasts all day (my opinions, not Acme's)
"""),
    D("fin", "li", "", """
Financial adviser at Acme Wealth. Mine alone, not my employer's: the new pension tax changes are a mistake that will push people to retire early and live on less.
"""),
]

_LONG = [
    D("hea", "fb", "", """
I've been a hospital chaplain at Acme General for eleven years, and people often ask me what the job actually is. I thought I'd try to answer, now that the nights are drawing in and the wards are getting busier.

Mostly, it's sitting. Sitting with people who are frightened, or bored, or lonely, or angry at God, or angry at the car park. Sitting with families in the quiet room while they wait for news. Sitting in the staff room with a junior doctor who has just had the worst day of her training and needs ten minutes where nobody asks her for anything.

It's also small things. Finding a prayer mat at 2am. Tracking down a priest, a rabbi, an imam or a humanist celebrant. Holding a wedding blessing in the day room because someone couldn't wait. Playing a hymn on a phone speaker. Making endless cups of tea.

What I've learned is that hospitals are full of love. You see it in the porter who always stops to chat, in the cleaner who knows everyone's name, in the nurses who stay past the end of their shift without being asked, in the volunteers who run the tea trolley whatever the weather.

If you're a colleague reading this: the chapel is open all day and night, and so is my door. You don't need to be religious. You don't need a reason. And if you're a visitor who's struggling, ask any member of staff to page the chaplaincy, and one of us will come and find you.

Look after yourselves this winter. 🕯️
"""),
    D("fin", "rd", "", """
I run a small investment club at our village hall, and every year someone new asks me what returns they'll get. So here's the answer I give everyone, written down once so I can point people to it.

I don't know. Nobody does. Anyone who tells you they know what a share, a fund or a coin will do next year is either guessing or selling something.

What we do is boring on purpose:

1. We each put in a fixed amount every month, no more than we could afford to lose.
2. Most of it goes into two low-cost global index funds. A small slice goes into whatever the members vote on after a proper presentation, and the presenter has to explain what could go wrong, not just what could go right.
3. We never borrow to invest, never chase something because it went up last week, and never trust a screenshot of someone else's gains.
4. We keep minutes, and we read last year's predictions out loud every January. It's the funniest meeting of the year, because we're almost always wrong.

Over eleven years our pot has had great years and awful ones. 2022 was grim. We stayed in, mostly because we'd agreed in advance that we would. Past performance really doesn't tell you about the future, and that's not small print, it's the most important sentence in investing.

The club's real value isn't the returns. It's the tea, the arguments, and the fact that twelve people who'd never have talked about money now talk about it honestly.

If you want to start one, go for it. Just don't let anyone promise you anything.
"""),
]

CLEAN = _PII + _PHI + _CONFIDENTIAL + _PROMOTION + _FINANCIAL + _SECRET + _HOSTILE + _DISCLAIMER + _LONG
