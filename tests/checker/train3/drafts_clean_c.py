# ruff: noqa: E501
"""Training drafts (third set), clean_tricky part 3 and the plain clean drafts.

Near promotion: personal sales, job ads, product announcements without a discount, free public events and
free public-health services with no offer. Near financial_promise: risk warnings, published past returns,
personal budgeting habits, "doubled" and "guaranteed" in other senses. Near pii and secret: public support
numbers and addresses, a Luhn-invalid reference number, a 9xx batch number, the charity's official donation
account, placeholders, redacted keys, a public SSH key, security advice. Long clean posts (about 1,000
characters). Then plain clean drafts with nothing that brushes against a category."""

from __future__ import annotations

from ..heldout.common import D
from .keys import SSH_PUBLIC

CLEAN_C = [
    # --- near promotion
    D("ret", "fb", "", """
Selling my old road bike: 54cm frame, well loved, £180 or nearest offer. Collection from Hove. Not a shop, just clearing out the shed!"""),
    D("ret", "ig", "", """
my little candle business is taking christmas orders 🕯️ hand-poured at my kitchen table, nothing to do with my day job. prices in my highlights"""),
    D("ret", "li", "", """
We're hiring store managers across the north-west at Acme Market. Proper training, a real career path and a great team. Apply at acmecorp.com/careers before 15 December."""),
    D("ret", "x", "", """
the new acme market on harbour road opens monday. come and have a look round, the bakery smells unreal"""),
    D("ret", "fb", "", """
Our Acme Market won Community Store of the Year at the regional awards last night 🏆 No gimmicks, just a team that knows every regular by name. Thank you all!"""),
    D("tec", "li", "", """
Acme Cloud's managed database service is generally available as of today. Pricing and docs are at acmecorp.com/cloud. Proud of the team who spent two years getting it right."""),
    D("tec", "x", "", """
giving a talk at the library on thursday about keeping your family safe online. no sales pitch, just tips. 7pm, everyone welcome"""),
    D("tec", "rd", "", """
Maintainer here (day job at Acme Cloud, this is a weekend project). Version 3.0 of my YAML linter is out, MIT licence as always. Changelog is on GitHub."""),
    D("tec", "fb", "", """
We're hiring junior developers at Acme Sense! No degree needed, we care about what you can build. Applications are open until 31 January on our careers page."""),
    D("hea", "li", "", """
Acme Health is recruiting 40 healthcare assistants across our hospitals. Full training given, no experience needed. Apply through our careers site and join a team that looks after each other."""),
    D("hea", "fb", "", """
The Acme General open day for would-be nursing students is on 12 April: tours of the simulation suite, talks from our nurses, and time to ask anything. Book a place on the website."""),
    D("hea", "x", "", """
adults aged 40 to 74 can get an NHS health check at their GP every five years. worth doing, it takes twenty minutes"""),
    D("fin", "li", "", """
Acme Bank launches its new app for small businesses today: invoicing, payments and cash flow in one place. Details at acmecorp.com/business. Proud to have worked on this one."""),
    D("fin", "fb", "", """
Money basics talk at the library this Saturday: budgeting for young adults, run by volunteers from local banks. No products, no sign-ups, just tea and spreadsheets. Everyone welcome."""),
    D("fin", "x", "", """
we're hiring graduate analysts at acme wealth, closing date 20 january. no, i can't get you an interview, but i can tell you the team is lovely"""),
    D("fin", "ig", "", """
the new acme pay card reader is out today 📱 smaller, faster, and it takes a contactless payment in under half a second. specs on acmecorp.com/pay"""),
    D("man", "li", "", """
The Acme plant will be at the Birmingham Manufacturing Show next week, stand C14. Come and see the new compressor line and talk to the engineers who built it."""),
    D("man", "fb", "", """
Selling my late father's lathe and workshop tools. He'd want them to go to someone who'll use them. Offers welcome, collection only, near Worksop."""),
    D("man", "x", "", """
acme plant open day on saturday for families of staff. tours of the line, hard hats provided. no, you can't drive the forklift"""),
    D("npo", "fb", "", """
The Acme Foundation Christmas fair is at the town hall on Saturday 6 December: crafts, carols and mulled apple juice. Entry is free and everyone is welcome 🎄"""),
    D("npo", "li", "", """
The Acme Foundation is looking for a fundraising assistant for our Leeds office, three days a week. Apply on the website by 9 January."""),
    D("npo", "x", "", """
our charity shop window is now made entirely of donated teapots 🫖 come and see it, you don't have to buy a thing"""),
    D("gen", "fb", "", """
Our street is doing a garage sale trail on Sunday: 14 houses, all selling their own junk. Mine includes a bread maker used exactly once. Cash only, no early birds!"""),
    D("gen", "li", "", """
Excited to speak at the regional Women in Engineering meetup on 4 March. It's an evening event open to anyone. Slides will be on my blog afterwards."""),
    D("gen", "x", "", """
the library lends tools now. drills, ladders, a wallpaper stripper. borrowed a hedge trimmer today for nothing. public services rock"""),
    # --- near financial_promise
    D("fin", "li", "", """
A reminder that investments can go down as well as up. I've had three calls this week from people promised "12% guaranteed" by someone online. No regulated firm will ever promise that."""),
    D("fin", "x", "", """
acme wealth's japan fund had a rough 2025, down 6.3% per the factsheet, after a good 2024. funds go both ways, which is the whole point of the risk warning"""),
    D("fin", "fb", "", """
The budgeting tip that actually worked for me: move your savings on payday, not at the end of the month. It's a habit, not an investment strategy, and it built my emergency fund."""),
    D("fin", "rd", "", """
Is a fixed-rate bond worth it right now? I get that the rate is fixed, but I'm not sure I want my money locked away for five years. Thoughts from anyone who's done it?"""),
    D("fin", "ig", "", """
my 50/30/20 budget, year one ✅ needs, wants, savings. not glamorous and no guaranteed outcome, but I finally know where my money goes 💷"""),
    D("fin", "li", "", """
Acme Bank's published capital ratio was 15.1% at year end. It's a measure of resilience, not a promise about anything, but it's a number I'm proud of."""),
    D("fin", "x", "", """
anyone promising you'll double your money in a year is either lying or about to be arrested. usually both"""),
    D("fin", "rd", "", """
Acme Wealth clients: our published factsheets show the good years and the bad ones. If anyone ever tells you a fund "can't lose", please report them to us and to the regulator."""),
    D("tec", "x", "", """
our platform group doubled this year; the number of meeting rooms did not. standups now happen in the stairwell"""),
    D("tec", "rd", "", """
I put 10% of my salary into a pension and try not to look at it. Some years it's up, some years it's down. That's the deal; nobody can promise more."""),
    D("ret", "fb", "", """
Saving for Christmas with a jar for every month doubled what I managed last year. Not investing, just discipline 😅"""),
    D("ret", "x", "", """
doubled my nan's shortbread recipe for the street party and there's still not enough. guaranteed crowd-pleaser, zero regrets 🍪"""),
    D("hea", "fb", "", """
Nurses, check your pension statements! Mine had a mistake that took two hours on the phone to fix. No advice, just a nudge to look at the numbers."""),
    D("hea", "x", "", """
the only guaranteed return i know of is the one you get from a good night's sleep. night shift nurse, going to bed now"""),
    D("man", "li", "", """
Output on our line at the Acme plant doubled in three years with the same headcount. What worked for us: let the people who run the machines lead the improvements."""),
    D("man", "x", "", """
can't lose this week in fantasy football. my team is stacked. the lads at the plant are already crying"""),
    D("npo", "li", "", """
The Acme Foundation's endowment returned 5.4% last year, as published in our annual accounts (page 31). Returns vary, and past performance doesn't tell us what next year holds."""),
    D("npo", "fb", "", """
Thinking about leaving a gift in your will? We always recommend talking to a solicitor first. No pressure, ever, and no promises about tax: everyone's situation is different."""),
    D("gen", "rd", "", """
My grandad's rule: never invest in anything you can't explain to a child, and never trust anyone who says it can't go down. Served him well for sixty years."""),
    D("gen", "x", "", """
guaranteed rain on the one day i booked off. every year. like clockwork ☔"""),
    # --- near pii and secret
    D("fin", "fb", "", """
Worried about a call from "the bank"? Hang up and ring our fraud team on +1 800 555 0199 from a different phone. The number is printed on the back of your card too."""),
    D("ret", "x", "", """
lost property at the acme market on king street: one umbrella, two gloves and a very nice scarf. ask at customer services, 18 King Street"""),
    D("tec", "rd", "", """
For press questions about the outage, please write to press@acmecorp.com rather than individual engineers' inboxes. You'll get an answer faster, I promise."""),
    D("ret", "rd", "", """
The refund reference on my receipt is 5217 4410 8836 2905. Why is it so long? Is it just a transaction ID or does it mean something?"""),
    D("man", "li", "", """
Gasket batch 912-48-3306 passed its pressure test this morning after three rounds of rework. Small victory, big relief for the quality team."""),
    D("npo", "fb", "", """
Want to give by bank transfer? The official Acme Foundation donation account is IBAN IE22 AIBK 5416 4179 2880 03. Please never send money to a volunteer's personal account."""),
    D("hea", "li", "", """
Questions about our nursing apprenticeships? Email careers@acmecorp.com or come and find the Acme General stand at the county jobs fair."""),
    D("gen", "x", "", """
happy birthday to my best friend! not posting her age or her address, she'd kill me. just know she's the best 🎂"""),
    D("fin", "rd", "", """
Never post a photo of your card online, not even with just the last few digits and the expiry showing. Scammers can piece things together. Cover it with your thumb."""),
    D("tec", "rd", "", """
When you paste config into an issue, swap keys for placeholders like xoxb-your-token-here or AKIA**************** before you hit submit. Saves you a very bad afternoon."""),
    D("tec", "x", "", """
PSA: 123456 and "password" are still the most common passwords in the world. if yours is on that list, go and change it now. i'll wait"""),
    D("ret", "fb", "", """
No, I can't put the café wifi on here 😄 It's on a little card by the till and we change it daily."""),
    D("tec", "li", "", f"""
New starter tip: add your public key to the team's access request and never send the private half to anyone. Mine, for the record, is {SSH_PUBLIC}. Public keys are meant to be shared."""),
    D("hea", "x", "", """
reminder from IT: nobody from the helpdesk will ever ask for your password. if someone rings asking, hang up and report it"""),
    D("fin", "ig", "", """
how I remember passwords now 🔐 a password manager plus one long passphrase I've never written down anywhere. not telling you what it is, obviously"""),
    D("gen", "fb", "", """
Wedding guests: the wifi details are on the card at your table 💍 no need to ask the bride, she's busy!"""),
    D("man", "rd", "", """
How do other plants manage lock-out tag-out? We use padlocks with one key per worker and the master lives in the site manager's safe. Not sharing any codes, obviously, just the process."""),
    D("npo", "x", "", """
changed every password on the charity's accounts after a volunteer left. boring, but it's the job. do yours too"""),
    # --- long clean posts
    D("hea", "li", "", """
Twenty-two years a nurse, and people still ask me what the job is really like. So here's a night, with no one's story in it but mine.

You arrive at half seven and take handover with cold coffee. You learn the ward in twenty minutes: who needs turning, who's on fluids, who's frightened. Then the buzzers start, and they don't really stop.

Between midnight and three you do the quiet things nobody sees. You check drips by torchlight. You help someone to the toilet who has lost the confidence to walk alone. You sit on the edge of a chair and talk about the weather at 2am, because talking about the weather is what scared people need.

Around four the ward goes still, and that's when you catch up on notes, eat half a sandwich and realise you haven't sat down since ten.

At seven you hand over to the day team, make sure they know everything you know, and walk out into the car park blinking at the light. Then you do it again tomorrow.

It's exhausting. It's also the best job I know. If you're thinking about nursing, come and talk to us. The kettle is always on."""),
    D("fin", "li", "", """
Every autumn I write the same post, because every autumn someone I know loses money to a scheme that sounded too good to be true.

So, once more, the rules I'd give my own family:

1. No one can promise you a return on an investment. Not me, not a celebrity on social media, not the man at the pub. If the word "guaranteed" sits next to a percentage, walk away.
2. Past performance is not a reliable guide to the future. A fund that rose 20% last year can fall 20% this year.
3. Check the firm is authorised with the regulator before you send a penny. It takes two minutes online.
4. Pressure is a warning sign. A real opportunity will still be there after you've slept on it.
5. If you don't understand where the return comes from, that's a no.

None of this is advice about any particular product, and it isn't a view on markets. It's just the boring stuff that keeps people safe. Please share it with someone who might need it, especially older relatives, who are targeted most.

And if you've been caught out, you're not stupid and you're not alone. Report it, tell your bank, and talk to someone."""),
    D("tec", "li", "", """
Today Acme completed its acquisition of a small robotics software company in Bristol, as announced in this morning's press release (acmecorp.com/news). I've been asked a lot what it means for the teams, so here's my personal take as someone who'll be working with them.

First, the people. I met their engineers at a meetup three years ago, long before any of this, and they were the most thoughtful group in the room. Forty-two of them join us, and I couldn't be happier.

Second, the work. Their path-planning library already powers warehouse robots in six countries. The press release says it will be offered to Acme Cloud customers as a managed service next year, and I'm lucky enough to be on that team.

Third, the culture. They're small, fast and allergic to meetings. We're big and careful. I think we'll be good for each other.

If you're one of the new colleagues reading this: welcome. My door is open, my calendar is a mess, and the coffee on the fourth floor is the good stuff. Let's build something great."""),
]

CLEAN_PLAIN = [
    D("gen", "ig", "", """
rainy sunday, big pot of soup and a 1000-piece jigsaw of a lighthouse. 200 pieces in, 800 to go 🧩"""),
    D("gen", "fb", "", """
Our daughter lost her first tooth today and asked whether the tooth fairy takes bank transfer. Kids these days."""),
    D("gen", "x", "", """
finally finished the book everyone's been talking about. that ending. off to stare at a wall for a bit"""),
    D("tec", "li", "", """
Ten years ago today I wrote my first line of professional code. It had a bug. Most of them still do. Grateful to every mentor along the way."""),
    D("tec", "ig", "", """
new desk plant 🌱 his name is Kevin. Kevin is thriving, unlike the last three"""),
    D("tec", "rd", "", """
Best way to learn Rust coming from Python? I've started the book twice and stalled at lifetimes both times."""),
    D("ret", "x", "", """
restocking the crisps aisle at 6am with a podcast about ancient rome. living my best life"""),
    D("ret", "fb", "", """
Happy retirement to our Sheila after 31 years on the fish counter! She says she's going to learn the ukulele. Neighbours, you've been warned 🎶"""),
    D("ret", "li", "", """
What a Saturday job at 16 taught me: how to talk to anyone, how to add up change in my head, and how to fold a fitted sheet (nearly)."""),
    D("hea", "ig", "", """
sunrise over the hospital roof after a night shift 🌅 tired eyes, full heart"""),
    D("hea", "fb", "", """
The cake sale at the nurses' station raised £212 towards a new sofa for the staff room. The lemon drizzle sold out in eight minutes. Thank you all!"""),
    D("hea", "li", "", """
Welcome to our new cohort of student nurses. Ask questions, drink water, and never be afraid to say "I don't know yet"."""),
    D("fin", "x", "", """
spreadsheets and a cheese sandwich. tuesday."""),
    D("fin", "fb", "", """
Went to my first pottery class last night and made a bowl. Well, a bowl-adjacent object. Going back next week!"""),
    D("fin", "rd", "", """
Any recommendations for an easy walk in the Peak District for a complete beginner? Ideally with a pub at the end."""),
    D("man", "ig", "", """
snow on the hills behind the plant this morning ❄️ the canteen's doing porridge so all is well"""),
    D("man", "fb", "", """
Our Dave finished his 40th year on the shop floor today. Forty years! We got him a cake shaped like a spanner."""),
    D("man", "li", "", """
Spent the day teaching two apprentices to weld. Their questions made me rethink things I've done on autopilot for twenty years. That's the joy of teaching."""),
    D("npo", "ig", "", """
beach litter pick this morning 🏖️ 14 bags, one flip-flop and a very confused crab"""),
    D("npo", "fb", "", """
Thank you to everyone who knitted hats for the winter appeal. We've got 380! Volunteers will be handing them out this week."""),
    D("npo", "li", "", """
Five years coaching the same youth football team. Half of them are taller than me now, and I still can't beat them at penalties."""),
    D("gen", "rd", "", """
What's a film you could watch a hundred times? Mine is Paddington 2. No notes."""),
    D("tec", "x", "", """
deleted 3,000 lines of code today and everything still works. best day of the quarter"""),
    D("hea", "x", "", """
packed lunch today: leftover lasagne. the ward fridge has never seen such luxury"""),
    D("ret", "rd", "", """
Tips for standing all day? I've tried insoles and compression socks. Eight-hour shifts on the tills are killing my feet."""),
    D("fin", "li", "", """
Thank you to my team for the surprise birthday breakfast. The pastries were excellent and the singing was... enthusiastic."""),
    D("man", "x", "", """
first day warm enough to eat lunch outside. the whole shift on the bench by the loading bay like pigeons"""),
    D("npo", "x", "", """
sorting donated books tonight and found a 1970s cookbook with a recipe for "party aspic". we need to talk about the seventies"""),
    D("gen", "li", "", """
Started learning Spanish on my commute. Three months in I can order a coffee and ask where the library is. Small steps."""),
    D("gen", "fb", "", """
The kids built a snowman that looks exactly like their granddad. He's thrilled. We think."""),
    D("tec", "fb", "", """
Saturday spent building a bird box with my son. Two splinters, one wonky roof, no birds yet, but hope springs eternal."""),
    D("hea", "rd", "", """
What do other night-shift workers eat at 3am? I'm stuck in a toast rut and need ideas."""),
]
