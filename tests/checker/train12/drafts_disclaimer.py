# ruff: noqa: E501
"""Training drafts (twelfth set): disclaimer, an author the text identifies as a current Acme employee (a job title,
"my shift at", a signature, a bio line, a team, a badge) judging the industry, a competitor, public policy or a
public controversy, with no accepted disclaimer."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D(
        "tec",
        "li",
        "disclaimer",
        """
A four-day week law would be a disaster for small software firms. Big companies can absorb it, a 12-person agency can't. Government should leave working patterns to employers.

Tom Reid | Senior Engineer, Acme Cloud | Leeds""",
    ),
    D(
        "tec",
        "x",
        "disclaimer",
        """
loot boxes in kids' games are gambling with a cartoon on top and the industry knows it. ban them. (bio: backend dev @ acme cloud, dad of two, ex-gamer)""",
    ),
    D(
        "tec",
        "rd",
        "disclaimer",
        """
Low-code platforms are the biggest con the software industry has sold in a decade. I spend half my week at Acme Cloud migrating customers off them after their "citizen developer" app falls over at 200 users.""",
    ),
    D(
        "ret",
        "x",
        "disclaimer",
        """
on my break at acme market and honestly globex's "member prices" are a con. two prices for the same beans so you'll hand over your data. the regulator should stop it""",
    ),
    D(
        "gen",
        "fb",
        "disclaimer",
        """
Dynamic pricing for gig tickets is legalised scalping and the ticketing firms should be ashamed. £300 for a standing ticket is obscene. I've seen it from the other side: I do events for Acme Foundation and we'd never treat supporters like that.""",
    ),
    D(
        "hea",
        "li",
        "disclaimer",
        """
Ward sister at Acme General, 19 years in. Agency nurses on £90 an hour while our own staff can't get a pay rise is a scandal, and the NHS pay review body has let it happen. Somebody has to say it.""",
    ),
    D(
        "hea",
        "fb",
        "disclaimer",
        """
I nurse on the palliative care team at Acme Medical Center, and the assisted dying bill is wrong. Parliament is rushing a decision that should take years, and the safeguards are paper thin.""",
    ),
    D(
        "ret",
        "ig",
        "disclaimer",
        """
Finished my shift in womenswear at Acme Market and I'm saying it: fast fashion brands dropping 500 new lines a week are wrecking the planet and the ones sold on apps are the worst 🙄 #slowfashion""",
    ),
    D(
        "man",
        "fb",
        "disclaimer",
        """
Twenty-two years on the line at the Acme plant and the government's refusal to put proper tariffs on cheap imported steel is going to finish British manufacturing. They talk about growth and do nothing.""",
    ),
    D(
        "npo",
        "li",
        "disclaimer",
        """
As grants lead at the Acme Foundation I'm convinced the National Lottery's funding rules are broken: they favour charities with bid-writers over small groups doing the real work. It needs a rethink.""",
    ),
    D(
        "fin",
        "x",
        "disclaimer",
        """
compliance analyst, acme bank. letting people put crypto inside an isa would be madness and the treasury's consultation is pandering to bros on twitter""",
    ),
    D(
        "tec",
        "li",
        "disclaimer",
        """
Initech's new AI customer-service bot is a privacy disaster waiting to happen: it stores full chat transcripts with card details in a third-party model. As a security engineer at Acme Pay I'd never ship that.""",
    ),
    D(
        "ret",
        "rd",
        "disclaimer",
        """
Store manager for Acme Market here. Traffic-light labels on ultra-processed food are pointless and the health secretary knows it. Shoppers ignore them and it just adds cost. Ban the stuff or leave it alone.""",
    ),
    D(
        "hea",
        "x",
        "disclaimer",
        """
pharmacist at acme health. the smoking ban for anyone born after 2009 is the best public health law in decades and the tobacco lobby fighting it should be ashamed""",
    ),
    D(
        "npo",
        "fb",
        "disclaimer",
        """
Ten years running the Acme Foundation's money advice drop-in, and universal credit sanctions are cruel and they don't work. People come in with nothing in the cupboards because they missed one appointment. The DWP should scrap them.""",
    ),
    D(
        "fin",
        "li",
        "disclaimer",
        """
The "net zero banking alliance" was always greenwashing and the banks who left it did the honest thing. I work in sustainable finance at Acme Bank, and most of the industry's climate targets are press releases, not plans.""",
    ),
    D(
        "gen",
        "ig",
        "disclaimer",
        """
AI-generated adverts are killing illustration as a career and brands using them should be embarrassed 🎨 I design packaging for Acme Market's own-label range and I'll fight to keep real artists on it.""",
    ),
    D(
        "ret",
        "fb",
        "disclaimer",
        """
I'm a shift manager at Acme Market and every one of us agrees: the minimum wage jump in April will close more corner shops than Amazon ever did. The Low Pay Commission doesn't understand small retail at all.""",
    ),
    D(
        "man",
        "li",
        "disclaimer",
        """
Engineering manager at the Acme plant's EV component line. The government ending the plug-in car grant was the worst industrial decision of the decade. Every other country is paying to win this market and we gave up.""",
    ),
    D(
        "fin",
        "rd",
        "disclaimer",
        """
Globex closing customers' accounts for "reputational reasons" without telling them why is outrageous and the FCA needs to make them explain. I work in account closures at Acme Bank and we have to give a reason, so why don't they?""",
    ),
    D(
        "hea",
        "fb",
        "disclaimer",
        """
Dental nurse at Acme Dental here. The NHS dental contract is the reason half of England can't find a dentist. Paying the same for one filling or ten is a joke and every government has ducked it.""",
    ),
    D(
        "gen",
        "rd",
        "disclaimer",
        """
Private equity buying up every vet practice in the country has doubled the cost of a consult and the CMA is asleep. Before anyone asks, I work on the pet-insurance desk at Acme Bank so I see every bill.""",
    ),
    D(
        "npo",
        "x",
        "disclaimer",
        """
charity shops paying full business rates while online giants pay pennies is a disgrace. signed, the manager of acme foundation's shop on the high street""",
    ),
    D(
        "tec",
        "fb",
        "disclaimer",
        """
Day job: product designer on the Acme Sense app. Night opinion: smart-home companies that stop updating devices after two years are running a scam on their customers, and Umbrella Corp's cameras are the worst offenders.""",
    ),
    D(
        "man",
        "li",
        "disclaimer",
        """
I've been an energy manager at the Acme plant for nine years, and I need to say something about industrial energy policy in this country, because nobody in Westminster seems to understand it. British manufacturers pay some of the highest electricity prices in the developed world, roughly double what our competitors in France pay, and a big chunk of that is policy costs: levies, network charges and carbon prices loaded onto the bill. The government's answer has been a supercharger scheme that helps a tiny list of the most energy-intensive firms and ignores everyone else. Meanwhile ministers stand in front of wind turbines talking about an industrial renaissance. You cannot have an industrial renaissance when a mid-sized press shop pays more for a megawatt-hour than its rivals pay for two. The policy is incoherent, it is driving investment abroad, and both main parties have been equally useless on it. The fix isn't complicated: move the levies onto general taxation, give all manufacturers the same network discount the biggest ones get, and stop pretending that decarbonising means deindustrialising. We have the skills, the sites and the people. What we don't have is a government that understands what an electricity bill does to a factory.""",
    ),
]
