# ruff: noqa: E501
"""Training drafts (thirteenth set): confidential, non-public plans, prices, deals, closures, people moves,
investigations, code-named projects and incidents, mostly told without any secrecy word, by staff, spouses and
friends, with no claim that they were announced. Many are long posts where the leak is one sentence inside a
career reflection, a party recap or a question."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D(
        "tec",
        "li",
        "confidential",
        """
One year as a programme manager. Some things I've learned:

1. Write the decision down the same day, or it didn't happen.
2. The person who says "quick question" never has a quick question.
3. A red status is a gift. An amber that's been amber for six weeks is a lie.
4. Thank the people who do the boring work, by name, in public.

And the big one: scope is the only thing you actually control. We've cut Project Falcon to the two pilot hospitals for its October launch because trying to do five at once nearly broke the team in the summer, and it was the best call we made all year.

What would you add?""",
    ),
    D(
        "ret",
        "fb",
        "confidential",
        """
What a Christmas do 🎄 Thank you to the Kendal store team for the best night out in years. Karen won the raffle (again), the DJ played Mr Brightside three times, and our deputy manager finally revealed her dance moves, which we will never speak of.

Big news from the regional manager over pudding: Acme Market is dropping Sunday opening in all twelve Cumbrian stores from March, so we'll all get our weekends back. Nobody's been told officially so keep it off the group chat for now!

Roll on next year x""",
    ),
    D(
        "hea",
        "rd",
        "confidential",
        """
Staff nurse, seven years. I'm not even angry any more, just tired. We've been short two nurses every night since September. Agency fill about half the gaps. The other half we just run.

And now management told us at Tuesday's huddle that Acme General is closing ward 14, the elderly care ward, at the end of June to "consolidate beds". Nothing on the trust website, nothing in the local paper, and the families of the 28 people on that ward have no idea.

Where are those patients supposed to go? Where are we supposed to go? Anyone else had a ward closed under them, and did the union do anything?""",
    ),
    D(
        "man",
        "li",
        "confidential",
        """
Proud moment for the Acme plant this week.

When I joined the quality team four years ago, we had a filing cabinet of paper audit reports and a dog-eared copy of the standard that nobody had read cover to cover. Since then we've rebuilt our inspection plans, trained 40 operators as internal auditors and cut our scrap rate in half.

Last week it paid off: we passed the supplier audit for Globex with zero major findings. From Q3 they'll take about 40% of everything our moulding hall makes, which means a second shift and around 30 new jobs.

Well done to the quality team, who lived on coffee for a month, and to the setters who answered every auditor question with a straight face. Special thanks to Sue, who found the missing calibration certificate at 11pm in a drawer labelled "misc".""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
been running the acme sense thermostat v3 at home for a month, the one with the built in air quality sensor. it yelled at me for frying bacon. launches next spring and it's brilliant""",
    ),
    D(
        "npo",
        "fb",
        "confidential",
        """
Feeling low tonight. The Acme Foundation trustees voted yesterday to stop funding the youth boxing club on Cross Street from April. Coach Andy doesn't know yet and I have to sit in his gym on Thursday pretending I don't.""",
    ),
    D(
        "tec",
        "rd",
        "confidential",
        """
Sysadmin at Acme Cloud here, using a throwaway. Last month someone got into our customer billing database through a contractor's laptop that had been nicked from his car. About 11,000 customers' addresses and partial card numbers were in the tables they read.

We rotated everything, wiped the laptop remotely, and management decided it was "contained" so nobody has been told. Not customers, not the ICO.

Is that legal? I genuinely don't know what my obligations are here as a staff member. I don't want to lose my job but this feels wrong.""",
    ),
    D(
        "ret",
        "ig",
        "confidential",
        """
Test kitchen day 🌱 tasting the new Acme Market plant-based range, 40 lines from burgers to a vegan black pudding that's honestly better than the real thing. Hits shelves in May. You heard it here.""",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
Eight years at Acme Wealth this month. I started on the phones, moved into the platform team, and now I get to work on the bits customers actually see.

Big thanks to my manager, Ruth, for taking a chance on someone with no finance degree, and to the platform crew for surviving two migrations with me.

The best bit of this year: the fee review is finally done, and the platform fee drops to 0.15% in September. It's the work I'm proudest of, even if I can't show anyone the spreadsheet.""",
    ),
    D(
        "hea",
        "x",
        "confidential",
        """
acme health is handing the out-of-hours gp service to an agency from october. the gps were told on a zoom this morning, patients will find out when the number changes""",
    ),
    D(
        "man",
        "fb",
        "confidential",
        """
Paint shop lads, bad news, and I'd rather you heard it from me than the rumour mill.

The Acme plant is mothballing our shop from July to September and the 60 agency workers on it are being let go. The union rep saw the plan on Friday. Permanent staff get moved to assembly for the three months.

I know a lot of the agency lads have been here longer than some of us. I'll be pushing for them to get first call when we restart.

In the meantime, keep doing what you're doing. The last three audits were the best this shop has ever had, and that's down to every one of you. Shift meeting in the canteen Monday at 6, bacon rolls on me.""",
    ),
    D(
        "tec",
        "li",
        "confidential",
        """
10,000 internal users on Project Bluebird this week 🐦 When we started, the demo crashed if two people logged in at once. Huge credit to the platform team for the load testing marathon in March.""",
    ),
    D(
        "gen",
        "x",
        "confidential",
        """
brother works in finance at acme corp and says the annual bonus is being scrapped this year, board decided in march. staff find out in june. enjoy planning your holidays lads""",
    ),
    D(
        "ret",
        "x",
        "confidential",
        """
acme market's price match against globex ends on 1 march. we've had the new shelf-edge labels delivered already, they're in the cage at the back""",
    ),
    D(
        "fin",
        "rd",
        "confidential",
        """
I work in complaints at Acme Bank. On Tuesday a letter arrived from the regulator: they've opened a formal investigation into how we handled mis-sold packaged accounts. The whole floor's been told not to delete a single email. Has anyone been through one of these from the inside? What happens to frontline staff?""",
    ),
    D(
        "hea",
        "fb",
        "confidential",
        """
Twelve years as a midwife at Acme Health today 💕 I've caught about 1,400 babies, cried at most of them and been thrown up on by at least 300.

This year has been hard, with the staffing and the winter, but there's good news coming: Acme Health is taking over the Riverside maternity unit from the council trust next April and we're getting a whole new birth-pool suite out of it. The contracts were signed last week.

Thank you to every mum who trusted me, and to my own mum for the lasagnes on night shifts.""",
    ),
    D(
        "npo",
        "li",
        "confidential",
        """
Seven years on the Acme Foundation's staff, and this has been one of the busiest.

We've moved offices (twice), funded 212 projects, and learned that the photocopier only works if you speak to it kindly. The youth panel we set up last year now sits on every grant decision, and they are much tougher than the trustees.

I've also watched our outgoing chair, Bob, hand over after nine years. He taught me that a good board meeting is a short one and that every grant letter should be readable by a twelve-year-old.

And I'm delighted that our new chair will be Professor Helen Adeyemi, the former vice-chancellor. The board agreed it on Monday and it'll be made public at the June AGM. She'll be brilliant, and she's already asked for the budget in a spreadsheet rather than a PDF, which tells you everything.

Thank you to every volunteer, grantee and colleague who made this year what it was. Onwards.""",
    ),
    D(
        "tec",
        "x",
        "confidential",
        """
acme cloud london region is out of gpu capacity. sales got told friday not to sign any new ai customers until q2 while the next racks arrive""",
    ),
    D(
        "man",
        "rd",
        "confidential",
        """
Quality engineer at the Acme plant. We're switching our steel coil supplier to a mill in Turkey from June because it's 18% cheaper, and the first trial batch failed our hardness test twice. Purchasing are pushing ahead anyway. How do other plants push back on a supplier change like this?""",
    ),
    D(
        "ret",
        "li",
        "confidential",
        """
Reflecting on fifteen years in retail operations. I started stacking shelves in Acme Market Wakefield at 17, and now I look after last-mile logistics for the whole north.

The lessons I'd pass on: learn every job in the store at least once. Listen to the night crew, they know where the bodies are buried. Don't fall in love with a project, fall in love with the problem.

Exciting year ahead, too: our click-and-collect lockers are going into 80 of Globex's petrol stations from the summer, a deal we signed last month, and I get to run the rollout. Watch this space.""",
    ),
    D(
        "fin",
        "x",
        "confidential",
        """
acme wealth is closing the edinburgh office in the new year. 120 people, most of them offered manchester or redundancy. we found out because facilities stopped renewing the plants""",
    ),
    D(
        "hea",
        "rd",
        "confidential",
        """
Radiographer at Acme Medical Center. Our MRI scanner has been broken for three weeks and instead of telling anyone, they're quietly sending patients to a private clinic an hour away and calling it "routine redirection". People with cancer follow-ups are driving 60 miles. Is this normal?""",
    ),
    D(
        "tec",
        "li",
        "confidential",
        """
My conference talk proposal got accepted 🎉 It's about how we built Project Nightjar's event pipeline to handle 2 million messages a second on a tiny budget. I'll share the abstract once it's final.""",
    ),
    D(
        "npo",
        "x",
        "confidential",
        """
acme foundation's shutting the hull drop-in centre in august. us volunteers found out from the landlord when he came to measure up for the next tenant""",
    ),
    D(
        "man",
        "li",
        "confidential",
        """
90 days into my first engineering role 🔧 Things nobody told me at university: the shop floor is always right, a drawing is a suggestion until the setter agrees with it, and safety boots take three weeks to stop hurting.

Favourite project so far is the robotic palletiser line we're commissioning for the Umbrella Corp contract that starts in January. I've written my first PLC logic and it's only stopped the conveyor twice.

Thanks to my mentor Pete and to everyone on nights who answered my stupid questions.""",
    ),
    D(
        "ret",
        "rd",
        "confidential",
        """
Work at Acme Market in Leeds. We've just had training on the facial recognition cameras they're trialling in five of our stores from next month to catch repeat shoplifters. Customers aren't being told beyond a tiny sign. Is that even allowed under GDPR?""",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
Tough decision this week on the commercial lending team at Acme Bank. The credit committee decided on Thursday that we'll stop new lending to pubs and bars from January. I've spent ten years helping landlords, and I don't know how I'll tell them yet.""",
    ),
    D(
        "hea",
        "x",
        "confidential",
        """
consultant told us at handover that acme general's a&e is being downgraded to an urgent treatment centre next year. no consultation yet. the town has no idea""",
    ),
    D(
        "tec",
        "ig",
        "confidential",
        """
sneak peek of my new desk setup 💻 and yes that's an acme sense smart ring prototype on my finger, it's been tracking my sleep for a month. out in time for christmas, no name yet""",
    ),
    D(
        "fin",
        "fb",
        "confidential",
        """
To everyone at the Acme Pay Cardiff office asking on the group: yes it's true, we're giving up two of our three floors in September and going hybrid with hot desks. Heard it from our director on Friday. No idea about the car park yet.""",
    ),
    D(
        "ret",
        "li",
        "confidential",
        """
A year as a category buyer for tobacco and impulse at Acme Market. Some honest reflections.

Buying is mostly relationships. The suppliers who answer the phone on a Friday afternoon are the ones you remember in the range review.

Data helps, but the store colleagues help more. I spent a week on the tills in Wakefield and learned more about what people actually buy than in three months of spreadsheets.

Never promise a supplier anything in the first meeting.

The biggest piece of work this year was one I can't talk about much yet, but I'm proud of it: Acme Market will stop selling cigarettes in all its stores from next January, which the board signed off at our last range review. It'll be hard on the kiosk teams, and we've got a plan for that.

Thanks to my manager Priti for trusting me with a category nobody wanted, and to the kiosk teams who tell me straight when I've got something wrong. On to year two.""",
    ),
    D(
        "fin",
        "li",
        "confidential",
        """
Six months ago I started a secondment from Acme Bank's payments team into our digital innovation lab, and today's my last day there. Some reflections.

Innovation labs get a bad name, and some of it is deserved. But the good ones do one thing really well: they make it safe to try something and kill it quickly. We killed four ideas in six months and I'm prouder of those decisions than of some things I've shipped.

The best thing I worked on: Acme Bank will launch its own sterling stablecoin for business customers in the spring, which we've been testing in the regulator's sandbox since the summer. Seeing a payment settle in two seconds, across two continents, still gives me goosebumps.

Things I'll take back to my old team: write the experiment's success criteria down before you start. Show users the ugly version early. Don't name the project after a cocktail.

Thanks to the lab crew for having me. I'll miss the beanbags, not the coffee.""",
    ),
]
