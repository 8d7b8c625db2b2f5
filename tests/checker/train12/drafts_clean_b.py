# ruff: noqa: E501
"""Training drafts (twelfth set): `clean_tricky` near misses, grouped by the category each brushes against:
banter between friends and colleagues with insult words, self-deprecation, quoted insults answered politely, firm
and polite replies to rude customers and insults at things and animals; the author's own health, health stories
with nobody identifiable, anonymous figures, pets, fiction and free public services; work plans said to be
announced, published or reported, competitors' own news, harmless uses of "confidential", questions about
internal tools and code-name words in other senses; opinions with an accepted disclaimer, from people not tied to
Acme (customers, former staff, other firms' workers) or about things that are not the industry, and lessons from
one's own work; risk warnings, refusals to predict, savings explainers, scam warnings, questions and guarantees of
other things; hiring, events without an offer, personal sales and free public services; placeholders, test
values, masked and public keys and changed credentials with none given; organisation phone lines, mailboxes and
addresses, Luhn-failing references, an invalid placeholder SSN and birthdays without a date."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

CLEAN_TRICKY = [
    # --- hostile near misses
    D(
        "gen",
        "x",
        "",
        """
@liamo_7 you absolute traffic cone, you passed to the ref twice last night 😂 still love you, pints on me for that own goal, it was art""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Happy birthday to the grumpiest sysadmin in Sheffield 🎂 Dave, you miserable old goat, you've kept our servers up for eleven years and moaned about every single one of them. We wouldn't have it any other way.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Reply to the review about our café's no-dogs-inside rule: we're sorry your visit wasn't what you hoped. The rule is there for guests with allergies and we won't be changing it. The garden tables welcome dogs, with water bowls, any time.""",
    ),
    D(
        "ret",
        "li",
        "",
        """
Yesterday a customer called me "a brain-dead zombie" because the card machine was slow. I said sorry, it's been a long week for all of us, and printed his receipt twice so he had a spare. He apologised on the way out. Most people come round.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
customer asked me to reverse a payment he made himself to a garage because he "changed his mind about the exhaust". i explained why i can't and how to raise it with the garage. no, then help. that's the job""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Parallel parking update: it took me six goes, a small crowd gathered and a man offered to do it for me. I am the worst driver in Harrogate and I accept it with grace 🚗""",
    ),
    D(
        "tec",
        "x",
        "",
        """
my car's lane assist is a nervous passenger who grabs the wheel every time i pass a cyclist. "i've got it, susan". it has not got it. it has never got it""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
On nights this week a confused older patient called me "a useless cow" about fifteen times. Delirium does that. By morning she was holding my hand and asking if I'd eaten. Not every insult is about you.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Happy 50th to my brother-in-law Carl, the loudest man in Barnsley and a complete liability at weddings 🎉 We love you, you daft lump. Don't do the worm tonight.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Someone in this thread called our support team "a bunch of clowns" after the sync bug. Fair, it was a bad week. The fix is in 4.2.1, released this morning, and if you're still seeing duplicates, send me the device logs and I'll look personally.""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Shout-out to Gav from accounts, you magnificent spreadsheet goblin, for finding the £3 that made my month-end reconcile at 6pm on a Friday. I owe you a pint and possibly a kidney.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
a squirrel has dug up every tulip bulb i planted and left the empty holes in a neat row like a receipt. furry little burglar. i respect the admin""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
To the guest who asked for a free upgrade to the sea view room because it's "basically your anniversary": congratulations on the nearly-anniversary! We're fully booked this weekend, so we can't move you, but we've put a card in your room.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Festival steward life 🎪 a man told me I was "a fun sponge in a hi-vis" for not letting him climb the lighting tower. Correct, sir, I am a fun sponge, and you still have both legs. Have a great night.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
@ruthless_rae sorry about the double charge, that's on us. i can see both payments, one's already being refunded and you'll see it in 3 to 5 working days. thanks for being patient with us""",
    ),
    D(
        "gen",
        "x",
        "",
        """
locked my keys in the car. with the engine running. at a petrol station. i am a walnut in a coat and the attendant's laugh will haunt me""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
A parent emailed to tell our under-9s coach he's "clueless" for not starting her son in the final. We replied that every child plays the same minutes across the season, which he has, and invited her to come and watch training any week.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My dad has been banned from the family Monopoly game for life after building hotels on Mayfair and charging my nan double "as a lesson". Vicious old shark. We still love him. Nan has not forgiven him.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
A lady at the till told me the shop's "run by idiots" because we'd moved the teabags. She wasn't wrong that it was confusing, so I walked her to aisle 4 and we found the decaf together. Fair complaint, rude words, both fine.""",
    ),
    D(
        "man",
        "x",
        "",
        """
the forklift charger has broken again and the maintenance lads have named it "satan's kettle". i'd insult it more but it might hear and die properly""",
    ),
    # --- phi near misses
    D(
        "gen",
        "fb",
        "",
        """
Had my first colonoscopy this week at 51. The prep the night before was the worst night of my life, the test itself was nothing, and I'm all clear. If you're offered bowel screening, do it. I'm not ashamed to post about my bum if it gets one of you to go.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Six months since my heart attack at 46 ❤️ back on the bike this morning, 20 miles, slow and steady. Thank you to my wife who drove me to every rehab class and nagged me about salt.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Started antidepressants last month at 52, after years of "I'm fine". I feel like someone's turned the lights back on. Posting because I'd have liked to read something like this five years ago.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
a man collapsed on the platform at doncaster this morning and within a minute three strangers were doing cpr and a fourth had the defib. no idea who any of them were. he was talking when the ambulance came""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Our pharmacy team gave 1,312 flu jabs this autumn, our best year yet. Thank you to everyone who rolled up a sleeve and to our technicians who did Saturday clinics. Vaccines work.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
twelve hour shift done. three admissions, two discharges, one birthday cake in the staff room and about nine cups of tea gone cold. feet are ruined. love this job""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our old cat Biscuit has an overactive thyroid, so it's twice-daily tablets hidden in ham from now on 🐱 He's worked out the ham trick in two days. Seventeen and still smarter than all of us.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
that casualty episode about the paramedic with ptsd was so well done. my partner's a paramedic and went very quiet after it. more of this please bbc""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Your free NHS bowel screening kit will arrive in a brown envelope when you turn 50. It's a bit grim and takes two minutes. Please don't leave it on the side for six months like I did.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
New hearing aids are Bluetooth now 🎧 I can take calls straight into my ears and turn the pub down. 38 and deaf in one ear since a virus at 20, and this is the best they've ever been.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
I've had alopecia since I was 14 and this summer I stopped wearing the wig. Went to the beach bald. A little girl asked if I was a superhero and I said yes. Best day of the year.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Two years since my type 2 diagnosis and my HbA1c is back in the normal range, no tablets. Walking every morning, fewer biscuits, no magic. Happy to answer questions from anyone just diagnosed.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Sepsis can look like flu. Slurred speech, mottled skin, not passing urine, breathlessness, feeling like you might die: ring 999 or go to A&E. I work in intensive care and I'd rather see you early.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
had the snip on friday. lads, it's fine. a bag of peas, two days of netflix and a lot of sympathy from people who didn't need to know. book it""",
    ),
    D(
        "man",
        "li",
        "",
        """
Our plant's sickness absence fell to 3.1% this year from 4.8%, mostly since we brought in the on-site physio and sorted the canteen menu. Healthy people, happy line.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Our stoma support group meets every second Tuesday at the library, 7pm. Anyone living with a stoma, or caring for someone who is, is welcome. Tea, biscuits and people who get it.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Our spaniel Bonnie had her cruciate repaired on Friday and she's furious about the cone 🐶 Eight weeks of lead walks only. Pray for us.""",
    ),
    D(
        "hea",
        "rd",
        "",
        """
Overheard on the bus: two teenagers comparing their HPV jab arms like war wounds. "Mine went numb." "Mine's still purple." Then one said "my mum says it stops cancer" and the other said "sick". Public health is working, lads.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Three months back at work after burnout. What helped me: saying no to one meeting a day, a walk at lunch, and a manager who checked in without checking up. Your mileage will vary, but please take the signs seriously.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Got my first varifocals at 47 👓 walked down the stairs like a newborn giraffe for three days. The optician says everyone does. My teenagers have been filming me.""",
    ),
    # --- confidential near misses
    D(
        "tec",
        "li",
        "",
        """
As announced in this morning's press release, Acme Cloud is opening a Manchester region next spring 🎉 I've spent two years on the networking side of it and I'm so pleased to finally be able to talk about it. Now the fun bit.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Our Acme Market in Otley reopens after the refit on Thursday the 14th at 8am. It's on the store page and the posters have been up all week, so come and see the new café and the bigger bakery.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
acme bank's annual results came out this morning, it's all on acmecorp.com. proud of my branch's bit of it. now back to the queue""",
    ),
    D(
        "man",
        "fb",
        "",
        """
As the Sheffield Star covered last week, the Acme plant is building a new paint shop on the old car park. Hard hats on for all of us from Monday 👷 and parking on the overflow field.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Finished the Lego Millennium Falcon after three weekends and 7,500 pieces 🚀 The kids are forbidden from touching it. My wife is forbidden from asking what it cost.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
teaching my daughter the "bluebird, bluebird through my window" song my nan sang to me. she wants it on repeat. i want nan back for a minute to hear it""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Homework tonight was the Greek myth of Orion the hunter and the scorpion 🦂 My son has decided the scorpion was "the main character" and wants a pet one. We're getting a hamster.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Anyone else main Captain Falcon in Smash? I've got a tournament on Saturday and I keep missing the knee. Tips welcome, mockery also welcome.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Sad news for Globex staff: they announced today they're closing 20 of their stores in the new year. A lot of those people are our neighbours. If you're affected and want retail work, our store has vacancies.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
The library's free confidential shredding day is back on Saturday 🗂️ bring your old bank statements and bills and watch them get chewed up. Oddly satisfying.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Quick one for anyone at a big company: how do you book annual leave on your HR portal when the calendar won't load? Ours has a button hidden under a menu called "Self service". It took me twenty minutes.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
our postmortem for last tuesday's api slowdown is on the status page. root cause, timeline, what we're changing. worth a read if you run postgres at scale""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Welcome to Dr Helen Marsh, announced this morning as Acme Medical Center's new medical director 👏 I worked with Helen years ago and patients are lucky to have her.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Five years since Acme Bank completed its purchase of the Yorkshire Building Society's mortgage book, and I was the most junior person on the team. The deal was announced in 2020 and it taught me more than my degree did.""",
    ),
    D(
        "man",
        "li",
        "",
        """
We're hiring 20 maintenance engineers at the Acme plant, all listed on the careers page. Days and nights, full training on the new presses. Come and see us at the open evening on the 9th.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our GP surgery has a sign that says "everything you tell us is confidential" right next to a receptionist who shouts your name across the waiting room. Love them really. It's a small town.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Our trustees' annual report is out and on the website 📄 We helped 4,100 families this year, opened two new shops and, yes, spent £11 on biscuits for trustee meetings. It's all in there.""",
    ),
    D(
        "ret",
        "x",
        "",
        """
the acme market christmas opening hours are up on the website now, 7am till 10pm most days, closed christmas day. pin this somewhere, your nan will ask""",
    ),
    # --- disclaimer near misses
    D(
        "tec",
        "li",
        "",
        """
Views my own, not my employer's. After twelve years building software at Acme Cloud, I think the industry's obsession with microservices has cost more than it's saved. Most teams need a well-built monolith.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
personal opinion, not acme bank's: buy now pay later should be regulated like every other credit. it's a loan with a nicer font""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
As an Acme Bank customer for 30 years, I think closing the last branch in our town is a disgrace. My mum can't use the app and the nearest branch is two buses away. Banks should remember who built them.""",
    ),
    D(
        "ret",
        "rd",
        "",
        """
I left Acme Market last year after eight years on the tills. Self-scan was fine but the supermarket industry's move to fewer staff per store has made the job miserable for the ones left. Glad I'm out.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
engineer at acme cloud and i'll die on this hill: the star wars prequels are better than the sequels. the podrace alone. fight me in the canteen""",
    ),
    D(
        "man",
        "li",
        "",
        """
Lessons from fifteen years running maintenance at the Acme plant: fix the small leaks on the day you see them, write down every change, and never trust a machine that's been quiet for too long.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Retired now after 35 years nursing at Acme General, so I can say it freely: the NHS would collapse tomorrow without overseas nurses, and the visa rules for their families are cruel.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
These views are mine alone, not the Acme Foundation's: charities should stop measuring success by money raised. Ask what changed for the people you served.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Not speaking on behalf of Acme Pay here, just myself: contactless limits are too low and the regulator should let them rise with inflation. £100 buys less every year.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
I work at Globex's big store in Crawley and honestly the government's plan to scrap Sunday trading rules would wreck our family time. Every shop worker I know is against it.""",
    ),
    D(
        "tec",
        "ig",
        "",
        """
Proud of our team at Acme Sense today 🎉 the new app update went out and the reviews are lovely. Two years of work. Going to sleep for a week.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
The new minimum wage comes in on 1 April and our payroll team at Acme Bank has everything updated for the small business customers who asked us. If you need help with the new rates, your relationship manager has the guide.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
opinions my own, not my employer's: as a gp at acme health i think the nhs app is the best thing to happen to primary care in years. no notes""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Former Acme plant apprentice, now teaching engineering at a college. The apprenticeship system needs simpler paperwork for small firms, in my view. That's from the classroom side, not from any employer.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
i'm a teacher not a banker but the housing market in this country is broken and first-time buyers are being priced out of every town they grew up in""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Speaking for myself and not for Acme Cloud: the AI industry's energy use is a real problem and pretending efficiency gains will solve it is wishful thinking.""",
    ),
    # --- financial_promise near misses
    D(
        "gen",
        "fb",
        "",
        """
Bought my first shares today, a few in a global index fund in my ISA 📈 Read everything I could. Shares can go down as well as up and I won't touch it for ten years. Small steps.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
people keep asking me, an actual financial adviser, whether gold goes up next year. i don't know. nobody knows. anyone who tells you they know is selling something""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Explained compound interest to my 14-year-old with two piles of coins: put £10 a month in savings at 4% and by the time you're 24, part of the pile is money the money made. He said "so it's like XP". Sure. Like XP.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
After beating Eastfield 4-0 we're guaranteed a top-two finish in the under-11s league ⚽ Coach bought them all ice lollies and then had a little cry in the car park.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Warning: if you've lost money to an investment scam, the next call is often a "recovery firm" or a fake solicitor saying they can get it back for an upfront fee. That's the second scam. Real help from Action Fraud and your bank is free.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Is it worth overpaying my student loan or should I put the extra into savings instead? 27, earn £34k, no other debt. Not looking for tips, just how people think about it.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
People ask what the FSCS "guarantee" on their Acme Bank savings means. It protects up to £85,000 per person if a bank fails. It guarantees your deposit is there, not any return on it, and it's the same at every UK bank.""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
What actually is a SIPP? 🧓 A self-invested personal pension: you choose the investments, you get tax relief, you can't touch it until 57. It can go up or down with the markets. That's it, that's the post.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Birthday money went in the piggy bank and she's doubled her savings to £40 🐷 She's already planning to spend it on a unicorn. Financial education going well.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
bought 10 greggs shares because i love the sausage rolls. i have absolutely no idea if that's a good idea and neither does anyone else. at least it's funny""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Sports day dads' tug of war 💪 the Year 4 dads are 5 years unbeaten and say they can't lose. Mr Patel has been doing squats since Easter. Come and watch them fall over.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
inflation at 3% means the £1,000 in your current account buys about £970 of stuff next year. savings accounts paying more than that keep your money's buying power. that's all inflation is""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Mortgage reminder from your friendly broker: your fixed rate ends when it ends, and nobody can tell you where rates will be then, including me. Start looking six months before, not six days.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My uncle keeps telling me to buy Shell shares "because oil always comes back". I'm not doing it on his say-so. He also told me the Millennium Bug would end civilisation.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
this new pasta sauce is guaranteed to make my kids eat broccoli. i blended it in. they have no idea. parenting win""",
    ),
    # --- promotion near misses
    D(
        "ret",
        "fb",
        "",
        """
We're hiring Saturday staff at our Acme Market in Beverley 🛒 16+, no experience needed, full training and a lovely team. Apply on the careers page or ask at customer service.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Come and see us at the Great Yorkshire Show on the Acme plant's stand, we'll be demonstrating the new hydraulic presses and our apprentices will talk you through how they work. No sales pitch, promise.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Selling my wedding dress, worn once (obviously), ivory lace, size 12. Message me for photos. It deserves a better day out than another ten years in my loft.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
does anyone know if the acme bank switching offer is still running? website's not clear and i don't want to switch and find out it ended last week""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
The Acme Foundation's toy appeal needs volunteers to wrap presents on the 12th and 13th 🎁 No experience needed, just sticky tape skills and a tolerance for Christmas songs.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
The city museum is free as always and the new dinosaur gallery opened this week 🦖 My son spent an hour with the T. rex. Go.""",
    ),
    D(
        "ret",
        "li",
        "",
        """
The Acme Market bakery team's new sourdough is on the shelves from today 🍞 Same price as the old loaf, better crust, and the bakers are unbearably proud of it.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Free school meals: if your income has dropped, you may be eligible now. It's a quick online form on the council website. No shame in it, it's what it's there for.""",
    ),
    D(
        "man",
        "li",
        "",
        """
Family open day at the Acme plant on Saturday 25th, 10 till 2. Tours of the press shop, meet the apprentices, and the canteen's open if you want to buy lunch.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Bought a robot vacuum in last year's sale and honestly it's the best thing I own. It's called Kevin. Kevin has eaten three socks. I'd buy Kevin again.""",
    ),
    # --- secret near misses
    D(
        "tec",
        "rd",
        "",
        """
For the tutorial, put this in your .env and fill it in:

REDIS_URL=redis://:<your-password>@localhost:6379/0

Never commit the real one, add .env to your .gitignore first.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
reminder that stripe's test card 4242 4242 4242 4242 with any future expiry works in test mode only. if you put it in your live checkout and it "works", you're in test mode""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
The AWS docs' example access key AKIAIOSFODNN7EXAMPLE is in our onboarding guide so new starters can see the shape of a key. Is that OK or will the scanners moan?""",
    ),
    D(
        "tec",
        "x",
        "",
        """
we rotated every live key after the laptop theft. the old ones look like sk_live_************ in the audit log now. new ones are in the vault, not here""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Changed the alarm code at the church hall after the last hirer shared it. Key holders, I'll tell you the new one in person on Sunday, it won't be on here or in the WhatsApp.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
good password advice: three random words plus a number and a symbol, and a password manager so you never reuse one. mine is not on here, nice try""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Cosy café, great flat whites, and the wifi password's on a little card by the till if you're a laptop person like me ☕""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Setting up SSH on the new server, here's my public key for the authorized_keys file, which I know is safe to share:

"""
        + keys.SSH_PUBLIC
        + """

What permissions should ~/.ssh have?""",
    ),
    D(
        "tec",
        "li",
        "",
        """
In every tutorial I write, the token is `ghp_YOUR_TOKEN_HERE` and the password is `hunter2-not-real`. Please copy the commands, not the secrets, because there aren't any.""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Branch training day today was all about shoulder surfing at cash machines. Cover the keypad with your other hand every time, even if the queue behind you is your own mum. Thieves don't need your card if they've watched you.""",
    ),
    # --- pii near misses
    D(
        "fin",
        "fb",
        "",
        """
If you're dealing with a loved one's accounts after a death, Acme Bank's bereavement support line is 0345 300 4127, Monday to Saturday. You don't need the paperwork for the first call.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Food bank donations can be left in the trolley by the door at Acme Market, 14 Bridge Street, Otley, LS21 1BQ. We take everything to the church hall on Mondays.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Suppliers to Acme Cloud: invoice queries now go to accounts.payable@acmecorp.com rather than to individual buyers. It's monitored every working day.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
acme health appointments line is 0300 123 7789, 8am to 6:30pm. the online booking's quicker if you can use it""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Our form's SSN field shows 000-00-0000 as the placeholder and a tester said it looks like real data. Is that a known bad idea? It's not a valid number, I checked.""",
    ),
    D(
        "ret",
        "rd",
        "",
        """
My order number is 4619 2205 7312 8843 and the tracking page says "unknown". Is that a normal format for Acme Market online orders? Been waiting a week.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Happy birthday Mum 🎂 another year of telling us to wear a coat. Love you. Dinner's at ours Sunday, bring the trifle.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
Acme Health's walk-in centre is at Unit 4, Riverside Retail Park, Castleford, WF10 4RW, open 8am to 8pm every day. There's a car park at the back by the tyre place.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Acme Dental Ilkley has a new booking email: reception@acme.example. Please use it instead of the old one, which now only gets checked on Fridays.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
A year ago today I had a stroke. I was 39, at my desk, halfway through an email, and suddenly the words on the screen stopped meaning anything. I tried to tell my colleague something was wrong and what came out was nonsense. The stroke team were brilliant, the clot-busting drug worked, and I went home after eight days with a walking stick and something called aphasia, which means the words are in your head but won't come out in the right order. For months I said "fridge" when I meant "car" and cried in the supermarket because I couldn't ask where the eggs were. Speech therapy was twice a week and I did the homework every night with my kids, who thought it was the funniest game ever. Today I read a bedtime story to my son without stopping once. I'm back at work three days a week. I still lose words when I'm tired, and I've learned to laugh about it. If you take one thing from this: know the signs. Face drooping, arm weakness, speech problems, time to call 999. I was young and fit and it happened anyway. Thank you to everyone who sent cards and put up with my very strange texts. I'm still here and I've got lots to say, slowly.""",
    ),
    D(
        "man",
        "x",
        "",
        """
our plant first aiders dealt with 14 minor cuts this quarter and 11 of them were off the same unguarded deburring bench. it's getting a guard on monday. numbers don't lie""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
As announced at our AGM and in the spring newsletter, the Acme Foundation's charity shop in Horsforth moves to the bigger unit next to the library in May 🛍️ Same volunteers, more room for furniture, and a proper changing room at last.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Reply to a customer who called our returns policy "daylight robbery": we're sorry you're disappointed. We can't take back worn swimwear for hygiene reasons, and that's printed on the receipt and the sign by the tills. We've passed your comments to the store manager.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
new starters at the hospital: you set your own smartcard pin at the registration desk. never write it on the card, never tell it to anyone, and if you forget it, it's a reset, not a favour""",
    ),
]
