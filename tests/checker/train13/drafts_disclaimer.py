# ruff: noqa: E501
"""Training drafts (thirteenth set): disclaimer, an author who says in the text that they work for Acme or one of
its units giving an opinion that judges the industry, a competitor, public policy or a public controversy, with
no "views my own"-style disclaimer. Many are LinkedIn articles and long posts where the judgement is one
sentence among lessons, news and thanks."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D(
        "tec",
        "li",
        "disclaimer",
        """
I've been an SRE at Acme Cloud for seven years and I've just closed my 100th incident review as lead. A few things I believe now that I didn't at the start:

Most outages are config changes. Not hardware, not attacks. Someone changed a number.

Your runbook is only as good as the last time someone followed it at 3am.

Blameless doesn't mean nobody learns anything. It means people tell you the truth.

And honestly, the wave of "AI SRE" startups promising to replace on-call with a chatbot are selling snake oil to CTOs who've never been paged in their lives.

Thanks to every engineer who joined a bridge call with me.""",
    ),
    D(
        "fin",
        "x",
        "disclaimer",
        """
cashier at acme bank for 11 years. raising the contactless limit to £100 was a gift to pickpockets and the regulator should have known better""",
    ),
    D(
        "hea",
        "li",
        "disclaimer",
        """
Fifteen years in emergency medicine, the last six as a charge nurse at Acme General. The four-hour A&E target does more harm than good: it makes us move people to the wrong bed at 3 hours 55 minutes instead of the right bed at five. Measure outcomes, not clocks.""",
    ),
    D(
        "ret",
        "fb",
        "disclaimer",
        """
I'm the bakery manager at Acme Market in Thirsk and I'll say it: supermarket "wonky veg" boxes are a PR stunt. The same farmers still get told to bin half a field for the main shelves.""",
    ),
    D(
        "man",
        "li",
        "disclaimer",
        """
Our apprentice graduation at the Acme plant last Friday was the best afternoon of my year. Fourteen young people, four years of college and shop floor, and every one of them with a job offer. One of them, Callum, rebuilt a 1970s lathe control panel as his final project.

I've mentored apprentices for twenty years, so let me say this plainly: T-levels are a failed experiment. Kids are being pushed into classroom courses with a few weeks' "placement" and coming out unable to hold a spanner. Bring back proper apprenticeships and fund them.

Congratulations to the class of this year. You've earned it.""",
    ),
    D(
        "npo",
        "x",
        "disclaimer",
        """
fundraising manager at the acme foundation. celebrity charity ambassadors are a waste of donors' money, most of them can't even name the charity on telly""",
    ),
    D(
        "tec",
        "li",
        "disclaimer",
        """
Payments engineer at Acme Pay. The EU forcing Apple to open the iPhone's NFC chip to other wallets was the best thing to happen to our industry in a decade, and the UK should copy it tomorrow.""",
    ),
    D(
        "fin",
        "li",
        "disclaimer",
        """
I've been a financial adviser at Acme Wealth for nine years, and clients keep asking me why advice costs more than it used to. Part of it is rent and salaries like everywhere else.

But a big part is the Consumer Duty rules. They were meant to make advice better and they've mostly made it slower, longer and more expensive, with 40-page suitability reports nobody reads. The regulator has priced ordinary savers out of advice.

If you've got a question about your pension, ask it anyway. We'll always give you a straight answer on the basics.""",
    ),
    D(
        "hea",
        "fb",
        "disclaimer",
        """
Thank you to everyone who came to our practice open evening at Acme Dental 🦷 We showed off the new decontamination room (more exciting than it sounds), the kids' corner got a fresh coat of paint, and our hygienist gave a brushing demo to a very reluctant group of teenagers.

Lots of you asked why we can't take on more NHS patients, so here's the honest answer from me, as one of the dentists here: the NHS dental contract is broken beyond repair. We're paid the same for one filling as for five, so practices across the country are quietly closing their NHS lists. Ministers know and do nothing.

We'll keep our existing NHS patients as long as we possibly can. See you at your next check-up.""",
    ),
    D(
        "tec",
        "x",
        "disclaimer",
        """
product manager at acme sense. every smart speaker maker is quietly selling voice snippets to ad brokers and calling it "product improvement". the industry should be ashamed""",
    ),
    D(
        "ret",
        "li",
        "disclaimer",
        """
Three years running the Acme Market store in Falkirk, and I've watched Scotland's deposit return scheme get botched twice. Shops were told to buy the machines, then told to wait, then told it's UK-wide now. The government has made a mess of a good idea.""",
    ),
    D(
        "hea",
        "x",
        "disclaimer",
        """
radiographer at acme medical center. hospital parking charges are a tax on the sick and their families. scrap them""",
    ),
    D(
        "tec",
        "rd",
        "disclaimer",
        """
Engineer at Acme Cloud. Umbrella Corp's new "sovereign cloud" is the same datacentre with a Union Jack on the brochure. Anyone buying it for compliance reasons is being had.""",
    ),
    D(
        "fin",
        "li",
        "disclaimer",
        """
Economist in Acme Bank's treasury team, and after twenty years of watching it, I think the 2% inflation target is outdated. It was picked almost by accident in the 90s and it forces rate rises that hurt the people least able to cope. The Bank of England should move to 3%.""",
    ),
    D(
        "man",
        "fb",
        "disclaimer",
        """
Twelve years as health and safety officer at the Acme plant, and it's been a good year for us: no reportable injuries since February, a new near-miss app that people actually use, and the forklift refresher course finally moved out of the car park and into the warehouse where the forklifts are.

A big thank you to the safety reps on every shift. You're the ones who stop the job when it's wrong.

Something I've been thinking about all year, though: HSE fines are far too small to change how big firms behave. £50k is a rounding error for a multinational. Fines should be a percentage of turnover, the way data protection fines are, or boards will keep treating safety as a cost.

Right, rant over. Toolbox talk is on ladders next week, bring your questions.""",
    ),
    D(
        "npo",
        "li",
        "disclaimer",
        """
Grants officer at the Acme Foundation. It's been a long bidding season: 212 applications read, 38 visits, far too many biscuits. A few tips for small charities: tell us about one person you've helped, not your theory of change; budgets should add up; and ring us before you apply, we don't bite.

One thing I can't stay quiet about: the National Lottery's big funding rounds are rigged towards London organisations with full-time bid writers, and the north is losing out every single year.

Good luck to everyone waiting on decisions.""",
    ),
    D(
        "hea",
        "x",
        "disclaimer",
        """
pharmacist at acme health. these "online doctor" sites selling weight-loss jabs after a 2 minute form are a scandal waiting to happen. the regulator needs to act""",
    ),
    D(
        "tec",
        "li",
        "disclaimer",
        """
I interview engineers for Acme Cloud most weeks. LeetCode-style whiteboard interviews are useless and the whole tech industry should stop using them: they measure who had time to grind puzzles, not who can build software.""",
    ),
    D(
        "ret",
        "x",
        "disclaimer",
        """
shift manager at acme market bolton. letting every council set its own sunday trading hours is a recipe for chaos, the government hasn't thought it through""",
    ),
    D(
        "tec",
        "fb",
        "disclaimer",
        """
Had a brilliant day at the Saturday craft market in Hebden Bridge 🧶 I handle merchant onboarding at Acme Pay, and I spent the morning helping stallholders get set up with card readers. A lovely lady selling felt sheep took her first tap payment and cheered.

Talking to the traders was an eye-opener, though. Globex's fee structure for small market traders is daylight robbery. A 2.9% fee plus a monthly charge on a £20 craft stall is absurd, and most of them didn't know they could move.

Anyway, I came home with two felt sheep, a jar of damson jam and a cold. Worth it.""",
    ),
    D(
        "hea",
        "rd",
        "disclaimer",
        """
Long-time lurker, first post. I'm a medical registrar at Acme Medical Center, eight years qualified, and I've been thinking about whether to stay in medicine.

The good bits are still good. I love acute medicine. I love the puzzle of a patient who doesn't fit the textbook. I love the nurses on my ward, who are the reason anything works at 3am.

The bad bits: rotas that change with two weeks' notice, exams that cost a month's rent, and being moved between sites so often that I once drove to the wrong hospital for a night shift.

And the thing that's pushing me over the edge: physician associates are being used to replace doctors on the cheap across the NHS, and patients aren't being told who's seeing them. It's a scandal that's going to end badly, and the people at the top know it.

For those of you who left medicine, what did you do next? Was it worth it? I've looked at medical education, pharma and public health, but I'm worried I'll miss the wards. Any advice from people who've made the jump would be really welcome, especially if you have kids and a mortgage like me.""",
    ),
    D(
        "fin",
        "x",
        "disclaimer",
        """
fraud investigator at acme bank. crypto atms should be banned outright, every one i've looked at is used mostly by scammers""",
    ),
    D(
        "man",
        "li",
        "disclaimer",
        """
Engineering lead at the Acme plant. The tariffs on Chinese electric cars are protectionism dressed up as security, and our own car industry will get lazier behind them.""",
    ),
    D(
        "fin",
        "rd",
        "disclaimer",
        """
I'm a portfolio analyst at Acme Wealth. Initech's robo-adviser is a spreadsheet with a logo, and charging 0.75% for it is taking the mick.""",
    ),
    D(
        "tec",
        "li",
        "disclaimer",
        """
Back from a week at the big cloud conference in Las Vegas, and my feet may never recover. I work on Acme Cloud's data platform team, so I spent most of it in streaming and database talks. Seven things I'm taking home:

1. Everyone is building the same vector search feature. Nobody has worked out how to price it.
2. The best talk was a 25-minute one by a two-person startup about backups. No slides, just a terminal.
3. "Zero ETL" means "someone else's ETL".
4. Globex's new managed Kafka is two years behind everyone and priced like it's ahead. I can't see why anyone would choose it.
5. The hallway conversations are worth more than the keynotes.
6. Drink water. It's a desert.
7. The people who build this stuff are, mostly, lovely.

If you were there and we didn't get to meet, drop me a message. I'll share my notes from the streaming track later this week.""",
    ),
]
