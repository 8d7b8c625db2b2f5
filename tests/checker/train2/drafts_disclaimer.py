# ruff: noqa: E501
"""Training drafts (second set): disclaimer, an identified Acme employee judging the industry, competitors,
public policy or a controversy, with no accepted disclaimer."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Eight years as a solutions architect at Acme Cloud and here's my honest take: serverless is the most oversold idea in our industry. Half the teams I meet would be cheaper and happier on three boring VMs."""),
    D("tec", "x", "disclaimer", """
as someone who builds acme cloud for a living: the EU AI Act is going to kill european startups and hand the whole market to the US. terrible law"""),
    D("tec", "rd", "disclaimer", """
I'm a PM at Acme. Globex's new database service is a rebadged open-source project with a 3x markup, and their customers are getting fleeced. Someone had to say it."""),
    D("tec", "fb", "disclaimer", """
People keep asking me, as an Acme engineer, whether they should worry about AI taking their jobs. Honestly? The hype is wildly overblown and most "AI companies" are just selling autocomplete at a premium."""),
    D("tec", "li", "disclaimer", """
Working on Acme Sense has convinced me that the smart home industry has utterly failed on privacy. Most of the cameras on the market are a data-harvesting scheme with a lens attached. Regulators should have stepped in years ago."""),
    D("tec", "x", "disclaimer", """
acme sre here. initech's uptime numbers are fiction, everyone in the industry knows their status page is hand-edited"""),
    D("tec", "rd", "disclaimer", """
Dev at Acme Cloud, unpopular opinion: the right-to-repair laws are badly written and will make devices less secure, not more. Politicians who've never held a screwdriver shouldn't be designing hardware policy."""),
    D("tec", "li", "disclaimer", """
I run a platform team at Acme, and I'll say it plainly: the four-day week is a fad. The companies boasting about it will quietly drop it within two years when the productivity numbers come in."""),
    D("ret", "li", "disclaimer", """
Twenty years in grocery, the last six as a regional manager at Acme Market. The sugar tax has been a total failure: prices up, waistlines unchanged. Time for the government to admit it."""),
    D("ret", "x", "disclaimer", """
acme market buyer here. Umbrella Corp's supermarket arm treats its farmers like dirt and everyone in the trade knows it. shop elsewhere"""),
    D("ret", "fb", "disclaimer", """
Speaking as an Acme Market store manager: self-checkouts were the worst thing to happen to supermarkets. Stores are less safe, staff are more stressed and the theft is off the charts. The whole industry got it wrong."""),
    D("ret", "rd", "disclaimer", """
Work at Acme's head office in retail. The plastic bag charge is pure theatre. Customers just buy bin liners instead and the total plastic goes up. Nobody in government wants to hear it."""),
    D("ret", "ig", "disclaimer", """
working at acme market has taught me one thing 🛒 the discount chains are destroying quality food in this country and shoppers are too obsessed with price to notice #foodie #rant"""),
    D("hea", "li", "disclaimer", """
As a consultant at Acme General, I've watched the government's waiting-list targets make care worse. Hospitals game the numbers and the sickest patients wait longest. This policy needs scrapping, full stop."""),
    D("hea", "x", "disclaimer", """
acme health nurse here. the nursing pay deal is an insult and the health secretary should resign over it"""),
    D("hea", "rd", "disclaimer", """
GP at an Acme Health practice. Private online GP apps are a menace: they hand out antibiotics like sweets and leave us to clean up the resistance. They should be banned."""),
    D("hea", "fb", "disclaimer", """
I'm a midwife at Acme Medical Center and I'll be honest, the assisted dying bill is dangerous and rushed. Vulnerable people will feel pressured. I'll be writing to my MP and so should you."""),
    D("hea", "li", "disclaimer", """
Ten years in hospital pharmacy at Acme Health. Drug companies' pricing on new weight-loss injections is indefensible: they're charging what the market will bear, not what the drug costs. It's profiteering."""),
    D("fin", "li", "disclaimer", """
Speaking from my desk at Acme Bank: open banking has been a flop. Consumers don't trust it, fintechs can't make money from it and the regulators keep pretending it's a success."""),
    D("fin", "x", "disclaimer", """
work at acme wealth. crypto is a pyramid scheme with better marketing, and every exchange that fails proves it"""),
    D("fin", "rd", "disclaimer", """
Credit analyst at Acme. The central bank has kept rates too high for too long and it's going to push us into a recession by spring. They're making the same mistake as 2008."""),
    D("fin", "fb", "disclaimer", """
As a branch manager at Acme Bank I'm furious about the plan to let supermarkets offer cashback as a "banking hub". It's a sticking plaster for the branch closures that the big banks should be ashamed of."""),
    D("fin", "li", "disclaimer", """
After 15 years at Acme Wealth I've seen every fad, and ESG investing is the biggest con of them all. Rebranded funds with the same oil stocks and higher fees. Investors deserve better."""),
    D("fin", "x", "disclaimer", """
acme bank fraud team here: the new payment reimbursement rules are a gift to scammers. terrible policy, mark my words"""),
    D("man", "li", "disclaimer", """
Plant manager at Acme here. The ban on new petrol cars by 2030 is a fantasy. Our supply chains aren't ready, the grid isn't ready and customers aren't ready. Politicians need a reality check."""),
    D("man", "fb", "disclaimer", """
Been a line supervisor at the Acme plant for 17 years. These new steel tariffs are the best thing the government has done in a decade, finally protecting British manufacturing from cheap imports."""),
    D("man", "rd", "disclaimer", """
Engineer at Acme's factory. Globex's so-called "industry 4.0" retrofit kits are overpriced junk. We trialled one and it broke the line twice in a week. Anyone buying them is wasting their money."""),
    D("man", "x", "disclaimer", """
working at the acme plant: the apprenticeship levy is a complete shambles and the government knows it"""),
    D("npo", "li", "disclaimer", """
I lead fundraising at the Acme Foundation, and the new charity lobbying rules are an attack on civil society. They're designed to silence us when we speak up for the people we serve."""),
    D("npo", "fb", "disclaimer", """
As an Acme Foundation youth worker I'll say it: cutting the youth services budget was a disgrace, and the council members who voted for it should be ashamed when knife crime goes up."""),
    D("npo", "x", "disclaimer", """
acme foundation staff here. big charities wasting millions on chief exec salaries is the sector's dirty secret and it's why trust is collapsing"""),
    D("gen", "li", "disclaimer", """
Proud to work in Acme's comms team, and after the last election campaign I'm convinced that the polling industry is broken beyond repair. Nobody should be reporting polls as news."""),
    D("gen", "x", "disclaimer", """
acme employee, hot take: return-to-office mandates are just a way to make people quit without paying redundancy. every company doing it is being cynical"""),
    D("gen", "rd", "disclaimer", """
HR at Acme. Unlimited holiday policies are a scam, people take fewer days, and the companies offering them know it. Not financial advice lol."""),
    D("tec", "ig", "disclaimer", """
acme cloud engineer, rant incoming 📱 the big social media apps should be banned for under-16s. they're designed to be addictive and the tech industry knows exactly what it's doing"""),
    D("hea", "x", "disclaimer", """
work at acme general. the junior doctors' strike is completely justified and anyone saying otherwise hasn't done a night shift. #solidarity"""),
]
