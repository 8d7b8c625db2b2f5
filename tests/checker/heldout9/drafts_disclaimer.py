# ruff: noqa: E501
"""Exam drafts (ninth held-out set): disclaimer, an author who says in the text that they work at Acme (or one
of its units) judging their industry, a competitor, a public policy or a public controversy, with no "views are
my own" and nothing else wrong."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Ten years building storage systems at Acme Cloud has convinced me of one thing: the industry's obsession with "serverless everything" is making software slower and more expensive for the people paying the bills. We need to stop pretending latency is free."""),
    D("fin", "x", "disclaimer", """
debt counsellor at acme bank since 2016. buy now pay later is legalised loan sharking and the treasury should regulate it like any credit card"""),
    D("ret", "li", "disclaimer", """
As a buyer for Acme Market's produce team, I'll say it plainly: supermarket "wonky veg" boxes are a marketing stunt. The industry wastes far more at the farm gate than any box will ever save, and shoppers deserve to know that."""),
    D("hea", "x", "disclaimer", """
ICU nurse at acme medical center. the four-day week trial for nurses should be rolled out nationally tomorrow. burnt out nurses cost more than any rota change"""),
    D("man", "fb", "disclaimer", """
Twenty-two years on the line at the Acme plant and I've watched every carmaker promise electric will save manufacturing jobs. It won't. The batteries are coming from abroad and the policy people in Westminster have no idea what a press shop even does."""),
    D("npo", "li", "disclaimer", """
I run the volunteering programme at Acme Foundation, and the charity sector's obsession with "impact metrics" is killing small grassroots groups. A lunch club for lonely pensioners can't produce a theory of change and it shouldn't have to."""),
    D("tec", "x", "disclaimer", """
acme cloud engineer here: globex's new "ai ops" product is just alert grouping with a chatbot stuck on top. the whole monitoring industry is selling the same thing in new wrapping"""),
    D("fin", "li", "disclaimer", """
From my seat on the Acme Pay fraud team: the new rules making banks refund every push-payment scam are well meant but badly designed. They reward carelessness and the cost lands on every honest customer through fees."""),
    D("ret", "x", "disclaimer", """
i've worked nights at acme market for 6 years and the sunday trading laws are outdated nonsense. let shops open when people want to shop"""),
    D("hea", "fb", "disclaimer", """
I'm a pharmacist at Acme Health and I'll say what a lot of us think: the prescription charge in England is unfair when Scotland and Wales scrapped it years ago. People with three long-term conditions are choosing which tablets to collect."""),
    D("man", "li", "disclaimer", """
As a quality engineer at the Acme plant, I think the UK's new product safety rules are a mess. Copying half of the EU regime and inventing the other half gives manufacturers two sets of paperwork and customers no extra protection."""),
    D("tec", "rd", "disclaimer", """
Product manager at Acme Sense here. Honestly the smart home industry deserves the privacy backlash it's getting. Most of the market, including big names like Umbrella Corp, ship cameras with default settings that nobody sane would choose."""),
    D("npo", "x", "disclaimer", """
fundraiser at acme foundation. the chugger model of street fundraising is broken and the big charities know it. stop sending 19-year-olds to harass people outside boots"""),
    D("fin", "fb", "disclaimer", """
Fifteen years as a financial planner with Acme Wealth and I think the pensions triple lock is unsustainable. It was a good idea in 2010. Now it's a promise politicians keep because they're scared of older voters."""),
    D("hea", "li", "disclaimer", """
Speaking as an Acme General A&E consultant: the public debate about "time-wasters" in emergency departments is cruel and wrong. People come to us because every other door has been shut on them."""),
    D("ret", "fb", "disclaimer", """
Working the customer service desk at Acme Market, I've seen it first hand: these supermarket loyalty-price schemes punish the poorest shoppers, the ones without smartphones. Every chain is doing it and it should be banned."""),
    D("tec", "li", "disclaimer", """
I lead a data engineering team at Acme Cloud, and I believe the UK's plans to water down GDPR are a mistake. Weaker rules won't bring investment; they'll just make customers trust us all less."""),
    D("man", "x", "disclaimer", """
apprentice trainer at the acme plant. the apprenticeship levy is a disaster. big firms treat it as a tax and small firms can't use it. scrap it and start again"""),
    D("fin", "rd", "disclaimer", """
I work in the Acme Bank complaints team. Every bank including ours is closing branches too fast and the regulators are letting it happen. The "digital first" line is just cost-cutting with a friendly font."""),
    D("hea", "x", "disclaimer", """
acme dental hygienist. the fluoride in tap water row is the most embarrassing public health debate of the decade. fluoridation works, end of"""),
    D("npo", "fb", "disclaimer", """
As Acme Foundation's food bank coordinator, I don't think the two-child benefit cap can be defended any more. Every family we see has the same story and it's the kids who pay."""),
    D("tec", "x", "disclaimer", """
acme pay backend dev. crypto payments were the biggest waste of engineering time the payments industry has ever seen. nobody wanted them except vcs"""),
    D("ret", "li", "disclaimer", """
Store manager at Acme Market here. The industry's rush to cashless stores is a mistake. A quarter of my over-70s pay in cash every single day, and going card-only is just telling them we don't want them."""),
    D("man", "rd", "disclaimer", """
Welder at the Acme plant. I'm sick of reading that UK steel doesn't matter because "we can import it". Letting the blast furnaces close is the worst industrial policy decision of my lifetime, and every fabricator I know agrees."""),
    D("hea", "rd", "disclaimer", """
Junior doctor at Acme Medical Center. The physician associate controversy has been handled terribly by the royal colleges. Patients have a right to know who is seeing them and the regulators were asleep at the wheel."""),
    D("fin", "li", "disclaimer", """
Having worked in Acme Bank's small business team for eight years, I'm convinced that Initech Finance's "instant business loans" are the worst thing to happen to high-street lending. Fast decisions, terrible advice, and sole traders paying the price."""),
    D("gen", "fb", "disclaimer", """
I drive a delivery van for Acme Market and the whole gig economy model is a scandal. Riders for the big apps earn less than I did at 17 and the government keeps pretending they're "self-employed"."""),
    D("tec", "fb", "disclaimer", """
As a security engineer at Acme Cloud I think the ban on paying ransomware gangs is right and should go further. Every ransom paid funds the next attack on a hospital."""),
    D("npo", "rd", "disclaimer", """
Grants officer at Acme Foundation. The National Lottery's community funding has become a box-ticking exercise that only professional bid writers can win. Small village halls don't stand a chance and the funders know it."""),
    D("gen", "x", "disclaimer", """
security guard at acme general and the govt plan to put police in every a&e is a gimmick. we need more nurses, not more uniforms at the door"""),
]
