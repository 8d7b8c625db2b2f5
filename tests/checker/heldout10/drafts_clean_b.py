# ruff: noqa: E501
"""Exam drafts (tenth held-out set): `clean_tricky` near misses. First, long posts that brush past every category
without crossing the line (a work anniversary with the author's own operation, announced news, a disclaimed
opinion, a guarantee that is not about returns, banter and an organisation line); then short and long near misses
grouped by the category each brushes against: banter, self-deprecation, quoted insults answered politely, firm
replies and insults at things and animals; the author's own health, pets, anonymous figures, fiction and health
talk about no identifiable person; news said to be announced, published or reported, competitors' own news,
harmless uses of "confidential", questions about internal tools and code-name words in other senses; opinions
with an accepted disclaimer, from people not tied to Acme, or lessons from one's own work; money talk without
promises, risk warnings, scam warnings, macro views and questions; finished offers, hiring, events without an
offer, personal sales and free public services; placeholders, masked and public keys, changed credentials with
none given and security advice; organisation phone lines, role mailboxes and addresses, Luhn-failing references,
a 9xx number and birthdays without a date."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

CLEAN_TRICKY = [
    # --- long posts that brush past every category
    D(
        "fin",
        "li",
        "",
        """
Twenty years at Acme Bank this week. I started as a cashier in Keighley, counting coins into bags, and today I look after the branch network for the whole of West Yorkshire.

A few things I've learned. Customers remember how you treated them on their worst day. The quiet colleague usually knows where the problem is. Never trust a printer on a Monday.

Some of you know I had a hip replaced in the spring (my own, before anyone worries) and the six weeks at home taught me that the team is better at running things than I am.

Public news I'm proud of: the Otley branch refit we announced in September opened last week, and it's in the press release on acmecorp.com.

My own view, not Acme's: banks talk too much about apps and not enough about the people who can't use them.

To my old manager Brenda, who once called me "a walking health and safety risk in a tie": you were right.

If you're a customer with a question, please don't message me. The branch line is on the website and they're quicker than I am.""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Today is my last shift as a ward sister at Acme General after 32 years, and I've been trying to write this post for a week.

I started in 1994 on a surgical ward with paper charts and a smoking room for the doctors. I'm leaving from a ward where the drug round is scanned and the doctors run marathons.

What hasn't changed: the people. The porter who sings. The healthcare assistant who remembers every patient's tea. The student nurse who cries in the sluice and comes back the next day anyway.

I've worked through two floods, one pandemic, four chief executives and a heatwave where we filled surgical gloves with water and froze them. I've held hands with hundreds of people on the worst day of their lives, and I've danced in the corridor with a 92-year-old on her way home.

I had breast cancer myself in 2015, and being on the other side of the curtain made me a better nurse. I'm ten years clear and I'm going to spend my retirement in a caravan in Filey.

The new ward is in the annual report, which you can read online.

Personal view only, not the trust's: we need more nurses, not more apps.

Thank you all. Put the kettle on.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
A year ago I joined Acme Cloud as an apprentice software engineer, at 34, after ten years as a chef. People ask me how the two jobs compare, so here goes.

Both have tickets. Both have rushes. In a kitchen the customer tells you it's wrong within five minutes; in software it takes five months.

I was terrified of the code review. Now I love it. The first one had 43 comments. Last week I left 43 comments on someone else's, and I made sure every one of them was kind. My mentor calls my pull requests "a lasagne of good intentions", which is the nicest thing anyone has ever said about my cooking or my code.

The Frankfurt region we launched in June (it's on the blog) was the first thing I shipped to production, a tiny fix to a health check.

Opinions my own: every tech company should hire career changers.

If you're thinking of switching: do it. The worst that happens is you learn something.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Acme Market Ilkley, a thank you from the store team 🛒

This month we raised £2,140 for the Wharfedale food bank with the bag pack, and Year 3 from the primary decorated our windows for Christmas (the reindeer with six legs is our favourite).

Our Christmas opening hours are on the store page of the website, and yes, we're open till 10 on the 23rd.

A customer told one of our team last week that she was "as slow as a week in a caravan". We laughed about it, and then we got her the last turkey crown anyway.

Some of you have asked about the price of the Christmas hampers: they're the same as last year, and no, there isn't a discount. We think they're worth it.

If you've got a question about an order, the customer line is on the back of your receipt. See you in the queue!""",
    ),
    D(
        "man",
        "li",
        "",
        """
It's been fifteen years since I started at the Acme plant as a maintenance apprentice, and I've just been made engineering manager.

Things I've learned: the noise a machine makes tells you more than the screen does. Never say "that'll never break". The canteen's Thursday pie is worth any overtime.

I broke my wrist on a conveyor guard in 2014 (my own stupidity, the guard was fine) and it made me the safety bore I am today.

The plant's new laser cell, which the Yorkshire Post covered in March, is the most exciting kit I've ever worked with.

My own view, not the company's: British manufacturing is better than its reputation.

To my old mate Gaz, the worst darts player in South Yorkshire: see you at the Crown on Friday, you absolute liability.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Acme Foundation volunteers, a round-up before Christmas 🎄

Thank you for the 11,400 hours you gave this year. The winter coat drive is finished and we're not taking more coats (the storeroom door won't shut).

Our annual report is published on the website, with every grant and every penny.

The gala is sold out, so please don't ask us for tickets, and there's no raffle this year because the trustees decided a simple dinner was better.

If you're a new volunteer, the volunteering team's address is volunteering@acme.example and they'll answer within a day.

And to Dave in the warehouse, who wrapped 300 presents in one afternoon and called himself "a wrapping disaster in a hi-vis": you are a hero. Have a rest.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Long post, sorry. I've been working on our family's money now Dad's retired, and I want to check I'm not missing anything obvious.

He has a workplace pension from the Acme plant (he left in 2019, so no inside knowledge here), a state pension, and about £40k in an easy-access account. He's 67 and healthy.

His mate at the club swears by gold and says it "never goes down". I told Dad nobody knows that, and we're not doing it. An adviser we saw said the same: nobody can promise what any investment will do.

He also asked me if he should give his bank PIN to me "just in case". I've said no, the bank can set up a third-party mandate instead.

So: is it sensible to keep a year's spending in cash and put the rest into a cautious fund, knowing it can go down as well as up? Or is that too cautious for a healthy 67-year-old?""",
    ),
    D(
        "tec",
        "fb",
        "",
        """
For the Acme Cloud Leeds office, a note from the social committee 🍕

The Christmas party is on 12 December at the Corn Exchange, and it's paid for by the company, so no, you don't need to bring money (but there's a bar).

The Secret Santa sheet is on the kitchen wall. £10 limit, and please, no more mugs. Last year there were eleven.

The wifi password for the venue will be on the tables on the night, so please don't ask us for it now.

A reminder that the office move to the new floor was announced on the Acme Cloud blog, so you can talk about it as much as you like.

Finally, congratulations to Priya, who beat Tom at table tennis 21-3 and called him "a gentle breeze with a bat". He'll recover.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Acme Dental Horsforth news 🦷

We're thrilled that our new surgery on Town Street is open, as announced in our newsletter last month. Parking is round the back.

Thank you to the patient who brought our receptionists a tin of Quality Street, and to the one who called our hygienist "a tiny angry angel with a scraper". She's framed it.

We know many of you have asked about whitening: we don't run offers on it, and the price is on the website.

Our practice line is 0113 496 0944 for appointments, and emergencies out of hours go through NHS 111.

Our own team news: our practice manager is back from her holiday in Crete and she'd like everyone to stop asking about the karaoke.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Acme plant family day recap 👷‍♀️ What a day. 1,100 visitors, one bouncy castle, and a queue for the forklift simulator longer than the one for the burgers.

The new robot cell, which was in the press release in May, was the star of the show. Kids asked it questions. It didn't answer. They were disappointed.

The raffle was last year; this year everything was free, and the food was paid for by the social club, so thank you to everyone who bought a pie at Christmas.

A dad told our apprentice she was "far too young to be in charge of a crane". She showed him the certificate, and he apologised. Nice man.

Lost property: one child's welly, green, left foot. It's at the gatehouse.""",
    ),
    # --- hostile near misses
    D(
        "gen",
        "x",
        "",
        """
happy birthday to my best mate Jack, a man with the sense of direction of a drunk pigeon and the heart of a golden retriever. love you, you absolute spanner 🎂""",
    ),
    D(
        "ret",
        "x",
        "",
        """
@pauls_reviews sorry you felt the staff were "a bunch of sulky teenagers" on Saturday. you're right that the queue was too long, and we've added a third till for weekends. hope to see you again""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Just reversed into my own wheelie bin for the third time this month. I am a danger to plastic. Someone take my keys.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
my laptop fan sounds like a jet engine every time i open a spreadsheet. you overpriced hairdryer, it's 40 rows""",
    ),
    D(
        "hea",
        "rd",
        "",
        """
Dental nurse here. A five-year-old told me I was "a mean tooth witch" and refused to open his mouth. I said "that's fine, witches are very patient", counted his teeth with a puppet, and he left with a sticker. Best part of the day.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
the goat at the petting farm ate my daughter's map AND her ice cream cone 🐐 you horned menace. she's never been happier""",
    ),
    D(
        "fin",
        "x",
        "",
        """
@angryinharrogate i understand you're frustrated, and no, we can't reverse a payment you authorised yourself. the team will call you tomorrow to talk through the fraud claim process""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Squad chat highlight of the week: after Saturday's 7-1 loss our captain called us "eleven wardrobes with bad knees". Fair, Steve. Very fair. Training Tuesday.""",
    ),
    D(
        "npo",
        "x",
        "",
        """
someone emailed to call our charity "a bunch of do-nothing busybodies". we've replied with a list of the 214 families we helped this month and an invitation to visit. offer stands""",
    ),
    D(
        "man",
        "rd",
        "",
        """
Our ancient compressor has died for the fourth time this quarter. I've started calling it "the widow-maker" and the apprentices won't go near it. How old is too old before you stop repairing and replace?""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my sister just called me "a haunted Victorian doll" because i wore a lace collar to her wedding. she's not wrong. she's still my favourite""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
To the customer who asked if we'd take her old sofa back after 4 years because "it's gone saggy": I'm sorry, we can't refund it, but I've sent you the care guide and a voucher for a cushion clean. Thank you for being so nice about it.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Confession from an engineering manager: last week I merged a change that took down our staging environment for an afternoon, and my team now calls me "the Lord of Rollbacks". I have accepted the title.

Lessons: read the diff, not the summary. Don't approve things at 5:55 on a Friday. And when you break something, say so first and loudly, because the team will follow whatever you do.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My nephew (7) told me I "look like a potato that's sad". I laughed so hard I cried. Then I looked in the mirror and cried a bit more. What's the most savage thing a kid has said to you?""",
    ),
    # --- phi near misses
    D(
        "gen",
        "fb",
        "",
        """
A year ago today I had my thyroid removed, and I want to say thank you to everyone who sent soup. I'm on a tablet for life, my voice is back, and I ran the Leeds 10k on Sunday. Never take your neck for granted.""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Our stroke team at Acme General treated 1,106 patients last year, and 71% of eligible patients got clot-busting drugs within an hour of arriving. Behind those numbers are porters, radiographers, pharmacists and nurses who run when the bleep goes.

The published audit puts us in the top quarter nationally, which two years ago felt impossible. Proud of every one of them, and of the volunteers who sit with families in the relatives' room.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my cat had a lump taken off her leg today (benign, thank god) and is now sulking under the bed in a cone like a tiny furry pensioner. £340. worth every penny""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Diagnosed with psoriatic arthritis at 31 and I'm struggling to explain to my boss why some days I can't type. How did you all handle telling work about your own condition?""",
    ),
    D(
        "tec",
        "x",
        "",
        """
watched the new season of The Pitt and the fake ER doctor has more empathy than half the real ones i've met. the burns episode wrecked me""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Trying to stop smoking? The free NHS stop-smoking drop-in is at Shipley library every Wednesday in March, 10 till 2, no appointment needed. Patches and a chat, nothing to pay.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
six months sober today and i finally ran a full 5k without stopping 🏃‍♀️ if you're on day one, keep going. it's worth it""",
    ),
    D(
        "hea",
        "rd",
        "",
        """
Paramedic here. In last week's heatwave nearly half our calls in this area were falls in gardens and people who'd stopped drinking water. Please check on the older people on your street, and leave a glass by the chair.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Ear-defender checks on the Acme plant press line hit 98% this month, up from 71% in January, after the operators designed the new signs themselves. Thanks to every operator who joined in.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
My own news: after two years of fertility treatment, I'm 20 weeks pregnant 🤰 we didn't think this would happen and I'm still a bit scared to say it out loud. Thank you to everyone who held our hands.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
reading a novel where the detective has MS and the author clearly did her homework. the fatigue chapters are so real. recommend""",
    ),
    D(
        "hea",
        "x",
        "",
        """
reminder from your friendly GP receptionist: if you've got a cough that's lasted more than three weeks, book an appointment. it's probably nothing, but let us check""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My dog, Bramble, has been diagnosed with diabetes at 9. Two injections a day and a new diet. Any other owners of diabetic spaniels with tips? She hates the needle more than the vet.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
A year ago I was signed off work for three months with anxiety. I'm back at Acme Wealth now, and I'm writing this because I wish someone had told me it's normal.

I stopped sleeping, then I stopped eating lunch, then I stopped answering my phone. My GP was the first person I told, and she was brilliant.

Talk to someone. Take the time. The work will be there.""",
    ),
    # --- confidential near misses
    D(
        "ret",
        "x",
        "",
        """
as announced on acmecorp.com this morning, acme market is opening 24 hours in Leeds city centre from january. the night team is going to need so much coffee""",
    ),
    D(
        "fin",
        "x",
        "",
        """
Acme Pay's tap-to-pay on iPhone is live for every UK merchant from today, as announced in this morning's press release. We've waited a long time for this one.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
does anyone else miss the old twitter bluebird logo? the X just looks like a road sign for nothing""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
For anyone worried about the Acme Bank Otley branch: the closure was reported in the Wharfedale Observer last week and the bank's letter says the post office will do cash and deposits from May. I've checked, and the cash machine is staying.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Acme Cloud employee here, total noob question: how do I get a permit for the new car park? Nobody on my floor seems to know, and I don't want to bother my manager with something this small.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our book club is reading "Project Hail Mary" this month and someone suggested watching the film version together afterwards. Any thoughts? Meeting at the Fox on the 3rd.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
The new hydrotherapy pool at Acme Medical Center was opened by the mayor on Friday, and it was on Look North that evening. Our physios have been waiting six years for this.""",
    ),
    D(
        "ret",
        "rd",
        "",
        """
Umbrella Corp announced this morning that it's buying a Leeds robotics startup. I don't work for either, just curious whether anyone here knows the startup and what they make?""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
my daughter's diary has "PRIVATE, KEEP OUT, THIS MEANS YOU MUM" on the front in glitter pen. so of course i haven't read it. yet 📓""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
The Acme Foundation's winter appeal launched today with a press release and a short film, and you can read about it on our website. Every £10 pays for a warm meal and a coat fitting.""",
    ),
    D(
        "man",
        "x",
        "",
        """
made the "Bluebird" from a 1930s cocktail book tonight: gin, blue curaçao, bitters. tastes like a swimming pool in a good way 🍸""",
    ),
    D(
        "tec",
        "x",
        "",
        """
the acme cloud storage price cut is live, it's on the pricing page and the blog this morning. our finance team is already doing the maths""",
    ),
    D(
        "fin",
        "rd",
        "",
        """
Globex published its gender pay gap report today and the gap went up. I'm an outsider (I work in a school), but is that normal for retailers?""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Freelance illustrator here. The NDA for my latest job is eight pages long and I'm drawing a cartoon cow for a yoghurt pot. Is that normal, or should I get someone to read it?""",
    ),
    # --- disclaimer near misses
    D(
        "tec",
        "li",
        "",
        """
Opinions my own, not my employer's: I've been a data engineer at Acme Cloud for four years, and I think the AI hype cycle is going to leave a lot of companies with expensive pilots and no products.

The teams I admire are the boring ones: clean data, clear owners, one small model doing one useful thing. Happy to be proven wrong, and happy to argue about it over a coffee.""",
    ),
    D(
        "ret",
        "x",
        "",
        """
retired after 30 years at acme market and i'll say it: loyalty card prices are a con on shoppers. nobody should need an app to buy milk at the normal price""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Speaking for myself, not the hospital: as an Acme General midwife, I think the new maternity targets ignore what actually keeps mums safe, which is enough staff on the ward. Rant over.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
I'm a secondary school teacher and the new phone ban in schools is the best policy decision in years. Fight me.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Three years at Acme Pay and the biggest lesson I've learned about my own job: ship smaller. Every time we've tried to launch something huge, it's slipped. Every time we've launched something tiny, customers have told us what to build next.

Our best feature this year started as a single button on one screen for twenty merchants. By the time we rolled it out to everyone, they'd rewritten half of it for us.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Personal view, not my employer's: I've worked at the Acme plant for 22 years and I think the rise in employer National Insurance will hit small suppliers hardest. Just my two pennies.""",
    ),
    D(
        "npo",
        "x",
        "",
        """
as an acme foundation volunteer (unpaid, before anyone asks) i just want to say the canal clean-up was the best sunday i've had all year""",
    ),
    D(
        "gen",
        "x",
        "",
        """
acme bank customer for 20 years and honestly every bank has gone downhill since they closed the branches. miss my old cashier""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
I work at Acme Sense. Is a hot dog a sandwich? Settling an argument with my team that has now lasted three stand-ups.""",
    ),
    D(
        "hea",
        "li",
        "",
        """
These are my personal views and not Acme Health's: the NHS needs to stop buying IT systems that nurses hate. I've used eleven in my career and the best one was a whiteboard.

What I'd ask any supplier: have you watched a nurse use this at 4am, with gloves on, while a buzzer is going? If the answer is no, go and do that first. We'll make you a tea.""",
    ),
    D(
        "ret",
        "li",
        "",
        """
Ten years as a store manager at Acme Market, and my best tip for anyone running a shop: walk the floor at 7am, before the customers, and look at it like they do. You'll fix more in ten minutes than in a week of reports.

Second tip: learn the names of your delivery drivers. Third: the person on the checkout at 9pm on a Sunday knows more about your customers than any survey. Ask them.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
used to work at acme wealth, now retired, and i think the pension triple lock is unaffordable. there, said it""",
    ),
    # --- financial_promise near misses
    D(
        "fin",
        "li",
        "",
        """
A neighbour asked me what an annuity actually is, so for anyone else wondering: you swap some or all of your pension pot for an income for life. The rate is fixed when you buy, but whether it turns out to be good value depends on how long you live, which nobody knows. Worth getting proper advice before you do it.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
WARNING for the village: my neighbour got a call from a "wealth manager" promising a guaranteed 15% on a bond in a Spanish hotel. It's a scam. She hung up, well done Pam. If it sounds too good to be true, it is.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my toddler's vocabulary has doubled in a month. it's mostly the word "no" in different tones, but still, growth""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Is it sensible to overpay my mortgage or put the money in a stocks and shares ISA? I know nobody can say what the market will do. Just want to understand how people think about it.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
client asked me today if their pension will "definitely" grow by 8%. i told them the truth: nobody knows, and anyone who says they do is selling something""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
My dad's marrow for the village show is the size of a canoe and he says it's "guaranteed first prize". The judge is his brother-in-law. This is going to end in a family feud.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
my new tent said "guaranteed waterproof" on the box ⛺ snowdonia disagreed. writing a strongly worded email from a damp sleeping bag""",
    ),
    D(
        "fin",
        "rd",
        "",
        """
Economist's take on the radio this morning: interest rates probably fall slowly over the next two years. That's a macro view, not a tip, but is it worth fixing my mortgage for two years or five?""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my grandad keeps saying bitcoin is "guaranteed to crash to zero". grandad, you said that at $400. nobody knows anything""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
My employer matches pension contributions up to 5%, and I've only been putting in 3%. I know pensions are invested and can go down as well as up, but is the match basically always worth taking? Trying to understand how people think about it.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Someone asked at our open evening whether the charity puts donations into shares. We don't: our reserves sit in a bank deposit account, the trustees review them every year, and the policy is in our accounts on the Charity Commission website.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
A woman at my yoga class keeps telling everyone her son's app company "will 10x". I smiled and didn't invest, because I can't afford to lose it. Was I rude not to ask more? Genuinely asking.""",
    ),
    # --- promotion near misses
    D(
        "gen",
        "fb",
        "",
        """
Selling our kids' old bunk beds, white, solid pine, mattresses not included. £60, collection from Guiseley. Just a family clear-out, not a business. Message me.""",
    ),
    D(
        "ret",
        "x",
        "",
        """
sorry to everyone messaging, the easter egg hunt is fully booked now! no more spaces, see you next year 🐣""",
    ),
    D(
        "tec",
        "li",
        "",
        """
We're hiring at Acme Cloud: three graduate software engineers for our Leeds office, starting September. No degree required if you've built something.

You'll join the storage team, pair with a mentor for your first six months and go on call (gently) after a year. We care more about curiosity than about which languages you know. Applications on our careers page until 31 March.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
The fire service will fit free smoke alarms for anyone over 65 or living alone in Pudsey. Just ring the station or fill in the form on their website, they'll come to you.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
I'm giving a talk at Leeds College of Building on Thursday evening about engineering apprenticeships at the Acme plant. No sales pitch, just how I got from the shop floor to a degree. Questions welcome.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Does anyone know if supermarket loyalty prices count as a "discount" for price comparison sites? Genuinely curious how they work it out.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
the library does free Lego club every Saturday morning for under-10s 🧱 my two have built a whole city. best thing in town""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Our café's prices go up 20p on Monday because milk and butter have gone up again. Sorry. It's that or close, and we'd rather stay open.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
no, we don't do money off for booking early, sorry. all our prices are on the website and they're the same for everyone""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Thank you to everyone who came to the open gardens on Sunday. Entry was free and there were no stalls this year, just tea and a lot of dahlias.""",
    ),
    # --- secret near misses
    D(
        "tec",
        "rd",
        "",
        """
Set up my .env like this and it still won't load: STRIPE_SECRET_KEY=<your-secret-key-here>. Does python-dotenv need the file in the same folder as the script?""",
    ),
    D(
        "tec",
        "x",
        "",
        """
Tip from our security team: we rotated every API key last month after a laptop went missing. None of them were exposed, but rotating is cheap and regret is expensive.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Scout leaders: the new padlock for the equipment shed arrived today. You'll each get a key at Tuesday's meeting, so please bring your lanyards.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Here's my public key for the new server, so the admin can add it:

"""
        + keys.SSH_PUBLIC
        + """

Do I also need to send the fingerprint or is that enough?""",
    ),
    D(
        "gen",
        "x",
        "",
        """
turn on two-factor for your email before anything else. it's the master key to every other account you own. yes, i mean you, dad""",
    ),
    D(
        "tec",
        "x",
        "",
        """
our CI now prints the bot token as xoxb-•••• in the logs, which is exactly what you want. masked secrets are good secrets""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
If you get a text saying your parcel is held and you need to pay £1.99 by link, don't click it. Delete it and tell your mum, because they'll text her next.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My work laptop makes me change my password every 30 days and I've run out of ideas. Is forced rotation even recommended any more? I thought the guidance changed.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Our sample config has API_TOKEN=<generate-one-in-settings> and a new joiner pasted exactly that into production, angle brackets and all. Should the docs use something less literal?""",
    ),
    D(
        "ret",
        "x",
        "",
        """
Locked out of my Xbox account because I never wrote down the recovery codes. Lesson learned: print them and put them in a drawer. Not in a post, not in a screenshot.""",
    ),
    # --- pii near misses
    D(
        "fin",
        "x",
        "",
        """
got a complaint about your acme wealth account? complaints@acme.example reads every email, and they'll reply within five working days""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Teachers: if you'd like to bring your class to the Acme Foundation's city farm, email schools@acme.example and the team will send you a risk assessment and dates. Wellies essential.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
happy birthday to my mum, who's 70 today and still beats me at every board game 🎂""",
    ),
    D(
        "ret",
        "rd",
        "",
        """
Got a receipt with a transaction reference 4929 1820 4401 7823 and the shop says it's not a card number. Is that normal? It looks like one.""",
    ),
    D(
        "man",
        "rd",
        "",
        """
HR sent round a form with "QQ 12 34 56 C" as the example National Insurance number and half the office copied it in as their own. Is there a way to stop that on a PDF form?""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Interview day for the Acme Cloud grad scheme is at our Leeds office, 4 Wellington Place, LS1 4AP. Reception is on the ground floor and there's a bike rack round the side.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Acme Dental Otley is moving! From 1 March we'll be at 14 Kirkgate, Otley, LS21 3HJ, next to the library. Same team, same phone number, better parking.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
if you've found a security bug in one of our products, email security@acmecorp.com. please don't post it on here first 🙏""",
    ),
]
