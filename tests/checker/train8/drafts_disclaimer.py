# ruff: noqa: E501
"""Training drafts (eighth set): disclaimer, an author who says in the text that they work at Acme (or one of its
units) judging their industry, a competitor, a public policy or a public controversy, with no "views are my own"."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Ten years as an SRE at Acme Cloud has taught me one thing: the whole "AI ops" category is snake oil. Every vendor demo is a dashboard with a chatbot glued on, and CIOs are falling for it."""),
    D("ret", "x", "disclaimer", """
acme market buyer here. the plastic bag charge did nothing for the planet, it just moved people onto bin bags. the government should admit it was theatre"""),
    D("fin", "rd", "disclaimer", """
Compliance analyst at Acme Bank. The FCA's Consumer Duty rules are a box-ticking exercise that made every bank's letters longer and nobody's outcomes better. Change my mind."""),
    D("hea", "fb", "disclaimer", """
I'm a community nurse with Acme Health and I'll say it: the four-hour A&E target does more harm than good. Trusts game it, patients get shuffled to corridors, and ministers clap."""),
    D("man", "li", "disclaimer", """
Operations manager at the Acme plant. Reshoring is mostly a slogan: the supply chains for electronics won't come back to Europe in our lifetimes and the politicians promising it know that."""),
    D("npo", "x", "disclaimer", """
work at the acme foundation and honestly the "effective altruism" crowd have done more damage to charity fundraising than any scandal. spreadsheets aren't compassion"""),
    D("tec", "x", "disclaimer", """
acme pay dev. apple's tap-to-pay lock-in is anti-competitive and the eu was right to go after them. fight me"""),
    D("ret", "li", "disclaimer", """
Store manager at Acme Market for 12 years. Self-checkout has been the worst thing to happen to retail: more theft, angrier customers and fewer jobs. Umbrella Corp's all-self-service stores will be a case study in failure."""),
    D("fin", "x", "disclaimer", """
as someone who works in acme bank's mortgage team: help to buy was a gift to housebuilders, not first-time buyers, and it pushed prices up for everyone"""),
    D("hea", "rd", "disclaimer", """
Pharmacist at Acme Medical Center. The online weight-loss jab sellers are reckless and the regulator is asleep at the wheel. Someone's going to die from a dodgy pen bought on Instagram."""),
    D("tec", "rd", "disclaimer", """
I'm on the Acme Sense hardware team. Matter, the smart-home "standard", is a mess designed by committee and Initech's hub proves it: half the devices drop off every update."""),
    D("man", "fb", "disclaimer", """
I've been a line supervisor at the Acme plant since 2009 and the apprenticeship levy is a joke. Big firms use it to rebadge training they'd do anyway, and the small shops get nothing."""),
    D("gen", "li", "disclaimer", """
HR business partner at Acme Corp here. The four-day week trials are being oversold: they work for desk jobs with slack in them and nowhere else. The think tanks pushing it should spend a week in a warehouse."""),
    D("npo", "fb", "disclaimer", """
As a caseworker at the Acme Foundation's advice centre I see it every day: Universal Credit's five-week wait is cruel, and the government knows it pushes families into debt."""),
    D("hea", "x", "disclaimer", """
acme dental hygienist: those mail-order aligner companies are cowboys, half my new patients are fixing what they broke"""),
    D("fin", "li", "disclaimer", """
After eight years in Acme Wealth's research team, I'm convinced the ESG fund label is mostly marketing. Globex Asset Management's "green" fund holds three oil majors and nobody blinks."""),
]
