# ruff: noqa: E501
"""Exam drafts (tenth held-out set): disclaimer, an author who says in the text that they work for Acme or one of
its units giving an opinion that judges the industry, a competitor, public policy or a public controversy, with no
"views my own"-style disclaimer. Many are LinkedIn posts where the judgement is one sentence among lessons, news
and thanks; others are short replies and questions."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D(
        "tec",
        "li",
        "disclaimer",
        """
Five years as a cloud architect at Acme Cloud, and I've just finished my 300th customer design review. Some patterns I keep seeing:

Teams over-engineer for scale they'll never hit. Three availability zones for a service with 40 users is a hobby, not a strategy.

Nobody tests restores. Everybody tests backups.

The best architecture diagram fits on a napkin.

If a design needs a forty-minute walkthrough, it probably needs a rethink. The customers who run happiest systems are the ones who can explain them to a new starter in a morning.

Cost is a feature. The cheapest workload is the one you turn off at night, and most teams have a staging environment running all weekend that nobody has logged into since March.

And honestly, what Broadcom has done to VMware pricing is the most cynical move I've seen in this industry, squeezing customers who have nowhere to run.

Thanks to every customer who let me scribble on their whiteboard.""",
    ),
    D(
        "fin",
        "x",
        "disclaimer",
        """
work in fraud at acme bank and the new APP reimbursement cap of £85k is a gift to scammers, it tells them exactly how much to aim for. govt should be embarrassed""",
    ),
    D(
        "hea",
        "li",
        "disclaimer",
        """
This week I completed my 1,000th home visit as a community nurse with Acme Health, and I've been reflecting on what's kept me going.

The patients, first. The man in Horsforth who has waited with the kettle on every Thursday for four years. The daughter who learned to change her mum's dressings so she could keep her at home.

My colleagues, who share the load and the biscuits.

The small things that make a round work: a good satnav, a flask, a list of which houses have dogs, and a car boot organised like an operating theatre. I've learned to spot a kitchen that's too cold and a fridge that's too empty, and I've learned that the most useful question on a visit is "what's worrying you this week?"

We've trained three new community nurses this year, and every one of them has taught me something.

And the thing that worries me: the government's plan to move nursing students onto shorter, cheaper apprenticeships is going to produce nurses who've never seen a deteriorating patient before they qualify, and it's a disgrace.

Here's to the next thousand.""",
    ),
    D(
        "ret",
        "fb",
        "disclaimer",
        """
As a store manager at Acme Market for 11 years, I'll say it: the police policy of not attending shoplifting under £200 has turned every high street into a free-for-all. My staff are being threatened daily and nobody cares.""",
    ),
    D(
        "tec",
        "x",
        "disclaimer",
        """
engineer at acme cloud. the Online Safety Act's age checks are a privacy disaster waiting to happen and everyone in industry knows it""",
    ),
    D(
        "fin",
        "li",
        "disclaimer",
        """
I've been a financial planner at Acme Wealth for nine years. This week a couple in their 70s asked me whether they should give their farm to their son now or wait.

We spent two hours on it. The answer, as always, depended on things no spreadsheet knows: their health, their son's marriage, whether they'd feel safe with less.

The budget's change to inheritance tax on farms is going to break up family farms that have survived three generations, and it was written by people who've never been near a milking parlour.

Anyway. Planning is about people. Always.""",
    ),
    D(
        "man",
        "rd",
        "disclaimer",
        """
I'm a production engineer at the Acme plant. Honest question: why does anyone still think reshoring manufacturing to the UK is possible when industrial electricity costs three times what it does in France? The government's strategy is all speeches and no power stations.""",
    ),
    D(
        "npo",
        "x",
        "disclaimer",
        """
volunteer coordinator at the acme foundation. charity CEOs on £250k while their shops run on volunteers is a scandal and the sector knows it""",
    ),
    D(
        "hea",
        "fb",
        "disclaimer",
        """
I've been a practice manager at Acme Dental for six years and I'm tired of pretending: the new online GP booking rules are a disaster for older patients, and the people who wrote them have clearly never met anyone over 80.""",
    ),
    D(
        "tec",
        "li",
        "disclaimer",
        """
Reflections from KubeCon, as a platform engineer at Acme Cloud.

The hallway track was better than the talks. Every conversation came back to the same three problems: cost visibility, on-call fatigue, and the distance between what vendors demo and what runs in production.

Favourite talk: a 20-minute story about a single misconfigured DNS TTL. No slides. Just pain.

I went to eleven sessions, spoke to about forty people at the booths and came home with more stickers than my laptop can hold. The platform engineering track was packed every time; the AI track had queues out of the door, which tells you where the money is this year.

The most useful conversation was with a team from a Dutch bank who run 3,000 clusters with eight people. Their secret: saying no to almost every request for a special case.

My take after four days: the HashiCorp licence switch was a betrayal of the open source community, and every company that does a rug pull like that deserves the forks that follow.

Back to work Monday. My inbox is terrifying.""",
    ),
    D(
        "ret",
        "x",
        "disclaimer",
        """
i run the bakery counter at acme market and the junk food ad ban is nanny state nonsense. nobody's buying a doughnut because of a tv advert""",
    ),
    D(
        "fin",
        "rd",
        "disclaimer",
        """
Branch manager at Acme Bank here. Every week I see pensioners who can't get cash because the last ATM in the village closed. The banking hubs the government promised are a sticking plaster and the rollout has been pathetic. Am I the only one in banking who thinks this?""",
    ),
    D(
        "gen",
        "fb",
        "disclaimer",
        """
Day job: driving the Acme Market home delivery van around Knaresborough. Opinion: smart motorways are death traps, and whoever signed them off should have to drive one every night in the rain.""",
    ),
    D(
        "tec",
        "rd",
        "disclaimer",
        """
Security engineer at Acme Pay. The digital pound is a solution looking for a problem and the Bank of England is wasting millions on it. Change my mind.""",
    ),
    D(
        "hea",
        "x",
        "disclaimer",
        """
A&E nurse at acme general. the 4% pay offer is an insult and the health secretary knows it. we'll be on the picket line""",
    ),
    D(
        "npo",
        "li",
        "disclaimer",
        """
Six years at the Acme Foundation, and this week I signed off our 500th community grant. The smallest was £75 for a lawnmower for a church yard. The biggest paid for a youth worker for three years.

What I've learned from reading 4,000 applications: the best ones are written by people, not consultants. If your form sounds like a brochure, we can tell.

Something I feel strongly about: the Charity Commission's new reporting rules for small charities are bureaucratic madness that will close half the village halls in England.

Keep applying. We read every one.""",
    ),
    D(
        "man",
        "x",
        "disclaimer",
        """
quality manager at the acme plant. the UK's CE/UKCA marking mess is the most self-defeating piece of policy i've seen in 25 years of manufacturing""",
    ),
    D(
        "fin",
        "fb",
        "disclaimer",
        """
I work in the payments team at Acme Pay, and buy now pay later is the payday loan scandal all over again, just with prettier apps. The regulator has been asleep at the wheel for five years.""",
    ),
    D(
        "ret",
        "li",
        "disclaimer",
        """
Three years as a sustainability lead at Acme Market, and I want to share a few wins.

We've taken 400 tonnes of plastic out of our fresh produce. We've moved 80% of our bakery waste to food charities or animal feed. Our stores' fridges now have doors, which sounds boring and saved enough energy to power a small town.

Where I'm frustrated: Globex's "carbon neutral" bananas are greenwashing, plain and simple, and the advertising watchdog should have stopped it months ago.

If you're working on the same problems, let's talk.""",
    ),
    D(
        "tec",
        "x",
        "disclaimer",
        """
ml engineer at acme cloud. the EU's ban on emotion recognition at work is right and frankly doesn't go far enough""",
    ),
    D(
        "hea",
        "rd",
        "disclaimer",
        """
I'm a radiographer at Acme Medical Center. The private scan clinics popping up in every retail park are preying on worried well people and clogging our follow-up lists with incidental findings. They should be regulated out of existence. Anyone else in imaging seeing this?""",
    ),
    D(
        "man",
        "x",
        "disclaimer",
        """
forklift driver at the acme plant and HS2 being cut off at Birmingham is the most pathetic infrastructure decision of my lifetime""",
    ),
    D(
        "fin",
        "li",
        "disclaimer",
        """
It's been a year since I joined Acme Wealth as an investment analyst, after five years in audit.

What surprised me: how much of the job is explaining, not calculating. The best analysts I work with can explain a bond to my nan.

What didn't surprise me: how much coffee.

One opinion I'll stand by: the FCA's value-for-money rules for pensions are toothless, and the big providers are laughing all the way to their fee reviews.

Grateful to my team for a brilliant first year.""",
    ),
    D(
        "npo",
        "fb",
        "disclaimer",
        """
Signed, the community fundraising manager at the Acme Foundation: the proposed ban on street fundraising in our city centre is short-sighted and will cost local causes hundreds of thousands. The council hasn't thought it through.""",
    ),
    D(
        "tec",
        "li",
        "disclaimer",
        """
I've been a developer advocate at Acme Cloud for two years and I've given 41 talks in 14 countries. Things I've learned on the road:

Always carry a USB-C to HDMI adapter. Always.

The best questions come after the talk, by the coffee.

People remember stories, not benchmarks.

Speak to the person at the back who didn't ask a question. They usually had the best one.

Demos fail. The room forgives you if you laugh first. My best talk this year was the one where the wifi died, and I drew the architecture on a flip chart instead.

And one thing I've stopped being polite about: Initech's developer platform is a walled garden that treats its community like free labour, and I've watched good people burn out building for it.

Next stop: Lisbon.""",
    ),
    D(
        "ret",
        "rd",
        "disclaimer",
        """
Acme Market checkout supervisor here. Minimum unit pricing for alcohol has done nothing in Scotland except make the weekly shop dearer for pensioners, and England would be mad to copy it. Am I wrong?""",
    ),
    D(
        "man",
        "li",
        "disclaimer",
        """
Proud to have completed my chartership as a mechanical engineer this month, twelve years after starting as an apprentice at the Acme plant.

Thank you to my mentors, my wife, and the night-school tutor who told me I'd never pass thermodynamics (I passed).

If you're an apprentice thinking about chartership, do it, but don't expect help: the engineering institutions have made the process so expensive and so slow that it's basically a class barrier, and they should be ashamed of it.

Happy to review anyone's application.""",
    ),
    D(
        "hea",
        "x",
        "disclaimer",
        """
pharmacist with acme health. selling weight loss jabs through slimming clubs is reckless and the regulator's letting it happen""",
    ),
    D(
        "fin",
        "x",
        "disclaimer",
        """
mortgage underwriter at acme bank. 40-year mortgages are a trap and every lender pushing them knows it""",
    ),
    D(
        "tec",
        "fb",
        "disclaimer",
        """
I've worked in Acme Sense's smart home team for four years, and I'll say it to anyone who asks: Umbrella Corp's doorbells are the worst-secured devices on the market and it's shameful that they're still on sale.""",
    ),
]
