# ruff: noqa: E501
"""Training drafts (fourth set), clean_tricky part 2: near promotion, financial_promise, secret and pii, and the
plain clean drafts.

A personal sale, events and job fairs without an offer, "free", "deal", "code" in other senses; risk warnings,
published returns, guarantees that are not about returns, macro views; security advice, placeholders, redacted
keys, a public SSH key, "ask for the wifi"; public business numbers, addresses and mailboxes, a Luhn-invalid
order number, the charity's own donation account."""

from __future__ import annotations

from ..heldout.common import D
from .keys import SSH_PUBLIC

CLEAN_B = [
    # --- near promotion
    D("gen", "fb", "", """
Clearing out the spare room before the baby arrives: a pine wardrobe, a chest of drawers and a very tired futon. All free to anyone who can carry them down two flights of stairs. Collection from Whitby Road only."""),
    D("ret", "li", "", """
We're hiring! Acme Market is recruiting 60 colleagues for our new distribution centre in Doncaster, days and nights, full training given. Come and meet us at the jobs fair in the Frenchgate Centre on Saturday."""),
    D("tec", "x", "", """
giving a talk on postgres indexing at the devs meetup in bristol on thursday. no slides about our products, promise. come say hi"""),
    D("npo", "fb", "", """
Sponsored walk on Sunday for the Acme Foundation youth clubs: 10 miles along the canal. If you'd like to sponsor me, the link is on my profile, and if you'd like to walk with us, meet at the lock at 9am 🥾"""),
    D("ret", "ig", "", """
gluten-free, dairy-free and somehow still delicious 🍰 my attempt at my nan's lemon drizzle for my coeliac niece's birthday. recipe in comments"""),
    D("gen", "x", "", """
feel free to ignore me but has anyone got a spare ladder i could borrow this weekend? returning it with a bottle of wine"""),
    D("tec", "rd", "", """
PSA for anyone new to the team codebase: please run the formatter before you open a PR. Code review shouldn't be about commas. No exceptions, even for the boss."""),
    D("ret", "fb", "", """
Not a big deal, but our store has a new dress code for the café team from Monday: black trousers and the new green aprons. Looking sharp, everyone!"""),
    D("npo", "ig", "", """
carol singing outside the station on Friday evening 🎶 bring a warm coat and a loud voice, all collections go to the winter shelter"""),
    D("man", "li", "", """
Our apprentices are exhibiting their final-year projects at the Acme plant open evening next Thursday: a robotic sorter, a solar-powered pallet tracker and a very loud coffee machine. Families and local schools welcome."""),
    D("fin", "x", "", """
won the office quiz with my team from the mortgage desk. prize was a bag of haribo. we shared it like civilised people"""),
    D("hea", "fb", "", """
Our new Acme Health walk-in centre opening hours from January: 8am to 8pm, seven days a week. No appointment needed for minor injuries. Full details on our website."""),
    D("ret", "rd", "", """
Anyone dealt with a big Christmas rush using only two tills? I'm a shift manager and I'm looking for tips on queue management, not gadgets. What's worked for you?"""),
    D("tec", "li", "", """
Come and find the Acme Cloud team at the university careers fair on 12 February! We'll be talking about our graduate scheme and summer internships. Bring questions, not just your CV."""),
    D("npo", "fb", "", """
We won! The Acme Foundation youth club was named Community Group of the Year at the council awards last night. The prize money goes straight into the minibus fund. So proud of our young people."""),
    D("gen", "ig", "", """
selling my old road bike 🚲 56cm frame, new tyres, a few scratches. £180 or nearest offer, collection from Clifton. DM me"""),
    D("hea", "li", "", """
Our maternity unit is recruiting midwives for the new birth centre. Flexible shifts, a brilliant team and free parking on site (yes, really). Apply through the Acme Health careers page."""),
    D("man", "x", "", """
free advice from 30 years on the shop floor: label your tools, sweep as you go, and never trust a forklift driver who says "it'll fit", ever"""),
    # --- near financial_promise
    D("fin", "li", "", """
The Acme Wealth Global Equity fund returned 7.8% over the last twelve months, according to this month's factsheet. Past performance is no guide to the future and the value of investments can fall as well as rise."""),
    D("fin", "x", "", """
friendly reminder from someone who works in pensions: no investment is risk-free, and anyone promising you a guaranteed 15% is selling something"""),
    D("gen", "fb", "", """
This sticky toffee pudding is guaranteed to make your whole family fall asleep on the sofa by 4pm. Recipe doubles easily if you're feeding a crowd 🍮"""),
    D("fin", "rd", "", """
A recession in the next year looks locked in to me. Unemployment creeping up, consumer credit stretched, housing stalling. What are you all doing with your own budgets? I'm cutting back on takeaways."""),
    D("tec", "li", "", """
Our platform team doubled in size this year, from nine people to eighteen, and we still ship on Fridays (carefully). Thank you to everyone who joined and made it work."""),
    D("gen", "x", "", """
you can't lose with a roast on a sunday. that's not financial advice, that's just the truth"""),
    D("fin", "fb", "", """
I lost a lot of money in crypto in 2022 by chasing "sure things". If anyone tells you an investment can't go down, walk away. Diversify, think long term, and never invest what you can't afford to lose."""),
    D("fin", "li", "", """
Eligible deposits with Acme Bank are protected up to £85,000 per person by the Financial Services Compensation Scheme. If you're not sure what that covers, ask us in branch or read the FSCS leaflet."""),
    D("man", "fb", "", """
Fantasy football update from the plant league: my team can't lose this week, the other lot have three injured strikers. Famous last words 😅"""),
    D("fin", "x", "", """
acme wealth's annual report is out: the balanced fund was up 4.2% last year after fees. the link's on our investor page. returns vary, past results don't promise future ones"""),
    D("npo", "li", "", """
Our endowment returned 5.1% last year, as set out in the annual report published today. It funds about a third of our youth work. Full accounts are on the Charity Commission's website."""),
    D("ret", "x", "", """
the new giant pizza at our café doubles as a tablecloth. guaranteed you won't finish it, i've seen grown men try"""),
    # --- near secret
    D("tec", "li", "", """
Security reminder for everyone: "123456", "password" and "qwerty" are still the most common passwords in every breach dump. Use a password manager and switch on two-factor authentication. Your future self will thank you."""),
    D("tec", "rd", "", """
For anyone following my CI tutorial: put your token in the secrets store and reference it as ${{ secrets.DEPLOY_TOKEN }}. Never paste the real value, something like xoxb-your-token-here is all that should be in the README."""),
    D("tec", "x", "", """
if you see AKIA**************** in a log, don't panic, it's redacted. if you see the full thing, rotate it and then panic"""),
    D("ret", "fb", "", """
Customers asking about the café wifi: the network is AcmeMarket_Guest and the password changes daily, so just ask at the counter and we'll write it on your receipt ☕"""),
    D("hea", "x", "", """
reminder from ward IT: the drug cupboard codes changed this morning. ask your nurse in charge, and please don't write them down anywhere"""),
    D("fin", "li", "", """
New password rules at Acme Bank from Monday: at least 14 characters, no reuse of your last ten, and a new passphrase every 90 days. IT have promised the reset screen is friendlier this time."""),
    D("tec", "rd", "", """
Here's my public SSH key for the open-source mirror, so maintainers can add me to the deploy list. Public keys are fine to share; the private half stays on my laptop.

""" + SSH_PUBLIC),
    D("gen", "ig", "", """
new bike lock has a 4-digit combination and I've already forgotten it 🙃 standing outside the library like an idiot. if anyone has bolt cutters and a kind heart..."""),
    D("tec", "x", "", """
example connection string for the workshop: postgres://USER:PASSWORD@localhost:5432/demo. swap in your own, never commit the real one"""),
    D("man", "li", "", """
We've upgraded the site access system at the Acme plant: every contractor now gets a personal badge and a one-time PIN by text on arrival, instead of a shared gate code. Fewer codes on sticky notes, more sleep for security."""),
    D("npo", "x", "", """
got my volunteer pin badge today for 5 years at the food bank 🥹 wearing it on everything"""),
    D("hea", "fb", "", """
The intruder alarm at the clinic went off at 3am because a moth got into the sensor. Security came, found the moth, and reset it. The moth has been relocated to the car park."""),
    D("gen", "rd", "", """
Tip for anyone setting up home wifi: change the router's default admin password before anything else, and write the new one in a notebook in a drawer, not on a sticker on the router."""),
    # --- near pii
    D("tec", "li", "", """
Problems with your Acme Sense device over the holidays? Our support line is open every day on 1-800-555-0163, or email support@acmecorp.com. The team would love to hear from you."""),
    D("ret", "fb", "", """
The Acme Market on Bridge Street has moved! You'll now find us at 12–14 Corn Exchange Square, open 7am–10pm. Store phone: 0161 496 0618."""),
    D("npo", "fb", "", """
Donations for the Winter Appeal can go straight to the official Acme Foundation donation account: GB05 BARC 3113 5748 9146 75, reference WINTER. This is the charity's own account, never a volunteer's."""),
    D("ret", "rd", "", """
Weird one: my online order number is 8841 2039 5771 6402 and the courier's tracking page says it doesn't exist. Anyone else had this with the December deliveries?"""),
    D("hea", "x", "", """
journalists: please send interview requests to press@acmecorp.com, not to ward staff on social media. our comms team answers within the day"""),
    D("npo", "x", "", """
our christmas lunch for older neighbours needs helpers on the day. drop a line to volunteers@acme.example and the coordinator sends the shift list. aprons provided"""),
    D("gen", "fb", "", """
Happy birthday to my wonderful nan, who tells everyone she's 29 and has done since 1987 🎂 Love you!"""),
    D("fin", "li", "", """
If you think you've been scammed, call our fraud team free on 0800 555 0144, any time, day or night. We will never ask you for your PIN or to move money to a "safe account"."""),
    D("man", "x", "", """
visitors to the acme plant: reception is at Unit 3, Canal Road, Wakefield, and the car park is through the blue gate on the left"""),
    D("ret", "ig", "", """
parcel mix-up at the door 📦 the courier left my neighbour's shopping on my step, so it's now sitting in my hallway until she's back from work. good deed done"""),
    D("tec", "x", "", """
the serial on our old lab switch is 4410 0277 3315 9826 and it still won't register with the vendor portal. love that for me"""),
    D("hea", "li", "", """
Need help booking a hospital transport appointment? Call our patient transport desk on 0113 496 0571, Monday to Friday 8am to 6pm, or book online through the Acme Health Portal."""),
]

# More near-misses, mostly for Instagram and the smaller sectors, and two long clean posts.
CLEAN_EXTRA = [
    D("man", "ig", "", """
the peregrine falcons are nesting on the old chimney at the plant again 🦅 the county bird group's webcam is live if you want to watch the eggs"""),
    D("gen", "li", "", """
Some thoughts on hybrid work after a year of running a team split across three cities. The views are my own, not Acme's, and I know plenty of good managers who disagree.

I think the debate has become too tribal. One camp says offices are a relic of the twentieth century; the other says nothing creative ever happened on a video call. Neither matches what I see.

What works for my team is boring. We agree which days we're together and guard them. We put decisions in writing so the people who weren't in the room aren't second-class. We stopped measuring presence and started asking whether work got done and whether anyone was quietly drowning.

Where I think policy makers and commentators get it wrong is treating this as one question with one answer. A new graduate who lives in a shared flat needs something different from a parent with a ninety-minute commute. A rule written for one of them will fail the other.

So my suggestion, for what it's worth: fewer manifestos, more experiments, and honest write-ups of what didn't work. I'd love to read yours."""),
    D("hea", "li", "", """
Twenty years ago this week I walked onto my first ward as a newly qualified nurse. I've been thinking about what I'd tell that nervous young woman in the too-big tunic.

Write things down, even when you're sure you'll remember. Eat something before a long shift, not just sugar. Ask the healthcare assistants; they have seen everything twice. Learn the names of the porters and the cleaners, because the ward runs on them. When a relative is angry, it is almost always fear wearing a different coat.

Look after your back. Buy good shoes. Say sorry when you get it wrong, and learn from it without carrying it home every night for a decade.

Find the colleagues who make you laugh at 4am, and keep them. Some of mine are now ward managers, some have left the profession, one runs a bakery in Cornwall. All of them taught me something.

And know that it's allowed to love this job and still be tired of it. Both can be true on the same day.

To everyone I've worked with on the wards at Acme General: thank you. Here's to the next twenty."""),
    D("npo", "ig", "", """
WE DID IT 💚 £12,400 raised for the winter shelter, 310 of you donated, and the beds are funded until March. thank you thank you thank you"""),
    D("man", "ig", "", """
fire drill at 10am sharp tomorrow at the plant 🔥 it's planned, nobody panic, and yes you have to leave your bacon roll behind"""),
    D("ret", "ig", "", """
window display done for the season 🎄 no sale signs this year, just a thousand fairy lights and a very smug papier-mâché reindeer"""),
    D("fin", "ig", "", """
found my nan's savings tin from 1962 in the loft 🪙 inside: a ration book, two ten-shilling notes and a note saying "for a rainy day". it's been raining for sixty years, nan"""),
    D("tec", "ig", "", """
conference lanyard collection, 2026 edition 🎫 there's enough fabric here to rig a small sailboat"""),
    D("hea", "ig", "", """
new phlebotomy chairs in the outpatient clinic, paid for by the hospital's volunteer friends group 💙 comfier for everyone having bloods taken"""),
    D("gen", "li", "", """
Our team at Acme HQ raised £3,100 for the local hospice with a sponsored silence last Friday. It was the quietest the finance floor has ever been. Thank you to everyone who donated."""),
    D("hea", "ig", "", """
allergy clinic results are in and I'm officially allergic to cats 🙀 I have three. we're working it out"""),
    D("fin", "ig", "", """
teen money workshop at the central library on Saturday 📚 budgeting, saving, and what interest actually means. no products, nothing to sign up for, just biscuits"""),
    D("man", "li", "", """
Our third-quarter results were published this morning on investors.acmecorp.com, and the manufacturing division's order book is up 9% on last year. A good moment to thank every shift at the plant."""),
    D("tec", "ig", "", """
home office tour 🏡 yes that sticky note on my monitor says "change your password" and no, there's no password on it. I'm not that person anymore"""),
    D("npo", "ig", "", """
our new Acme Foundation charity shop opens Saturday at 4 Harbour Street, Whitby 🛍️ come and say hello, we've got a very good book corner"""),
    D("hea", "ig", "", """
Bramble the hospital therapy dog had her annual vet check today and got a clean bill of health 🐶 she celebrated by sleeping in the staff room for three hours"""),
    D("gen", "ig", "", """
bought a scratchcard, won £10, spent £12 on celebratory chips. the house always wins 🍟"""),
    D("npo", "li", "", """
We're looking for two new trustees with experience in finance or youth work. It's voluntary, about six evenings a year, and you'd be joining a brilliant board. Details on the Acme Foundation website."""),
]

CLEAN_PLAIN = [
    D("gen", "ig", "", """
first snow of the year and the dog is losing his mind ❄️🐕 ran in circles for ten minutes then demanded to go back inside"""),
    D("gen", "fb", "", """
Anyone got a good recipe for leek and potato soup? Mine always ends up like wallpaper paste."""),
    D("tec", "x", "", """
spent four hours on a bug that turned out to be a trailing space in a config file. i'm going to lie down"""),
    D("tec", "li", "", """
Five years ago today I wrote my first line of Python. Thank you to the mentors who answered every daft question without once making me feel daft."""),
    D("ret", "fb", "", """
Our store's charity bake-off judges have spoken: Tony from the warehouse won with a chocolate orange cake. The rest of us are considering an appeal."""),
    D("ret", "x", "", """
stacked 400 tins of chopped tomatoes before 7am. now i see tomatoes when i close my eyes"""),
    D("hea", "fb", "", """
Retirement party tonight for Sue from the outpatients reception, after 32 years of remembering everyone's name. The place won't be the same without her laugh."""),
    D("hea", "rd", "", """
Night-shift workers: what do you eat at 3am that doesn't leave you feeling awful? I've exhausted toast and I'm getting desperate."""),
    D("fin", "x", "", """
ran my first 10k this morning in 58 minutes. legs are jelly, mood is excellent"""),
    D("fin", "ig", "", """
office plant update 🌿 it survived the summer, the heating and Gary's coffee dregs. a true fighter"""),
    D("man", "fb", "", """
Great turnout for the plant's family day on Saturday. The kids loved the forklift rides and the bouncy castle shaped like a gearbox."""),
    D("man", "rd", "", """
What's the best way to get better at reading engineering drawings? Moving from the stores team onto the shop floor next month and I want to be ready."""),
    D("npo", "fb", "", """
Thank you to everyone who turned up to help clear the canal towpath on Sunday. Forty bags of rubbish, two shopping trolleys and one very confused swan."""),
    D("npo", "li", "", """
Ten years volunteering with young people this month. Still the best decision I ever made on a rainy Tuesday."""),
    D("gen", "rd", "", """
What's a book you've read more than three times? Mine is a battered copy of a sailing memoir from a charity shop. Never gets old."""),
    D("gen", "li", "", """
Back from two weeks walking in the Dolomites. No laptop, terrible phone signal, excellent cheese. Ready for whatever January throws at me."""),
    D("tec", "ig", "", """
new desk setup finally done 🖥️ cable management took longer than the actual work this week"""),
    D("ret", "li", "", """
Proud mum moment: my daughter started her first Saturday job today at the garden centre. She came home smelling of compost and grinning."""),
    D("hea", "ig", "", """
sunrise from the hospital roof garden after nights 🌅 a small reward for a long week"""),
]
