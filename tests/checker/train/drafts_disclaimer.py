# ruff: noqa: E501
"""Training drafts: disclaimer (an identifiable Acme employee judging the industry, competitors, policy or a
controversy, with no "views are my own")."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Ten years as a network engineer at Acme Cloud has taught me one thing: the big cloud providers are all overcharging for data egress, and regulators should step in. It's the single biggest lock-in tactic in our industry. #cloud #competition"""),
    D("tec", "x", "disclaimer", """
work on Acme Sense. the proposed smart-device security labelling law is toothless theatre. nobody in the industry is scared of it"""),
    D("tec", "rd", "disclaimer", """
As someone who's built payments at Acme for six years: Initech's new checkout product is a copy of ours with worse fraud controls. Merchants are going to get burned and I'm surprised nobody's saying it."""),
    D("tec", "li", "disclaimer", """
Hot take from an Acme Cloud product manager: the whole "AI agents will replace developers" narrative is hype from companies that need a funding round. The industry is fooling itself and customers will pay for it."""),
    D("tec", "fb", "disclaimer", """
Everyone keeps asking me (since I work at Acme) whether they should worry about the new data protection rules. Honestly the rules are badly written and will mostly hurt small businesses while the big players lawyer their way around them."""),
    D("tec", "x", "disclaimer", """
Acme SRE here. Globex's status page is a work of fiction. green ticks all the way down while half the internet is on fire"""),
    D("tec", "rd", "disclaimer", """
I'm a security engineer at Acme. The government's plan to ban ransomware payments is going to get hospitals killed. It sounds tough, but the people making the rule have never sat in an incident room at 3am."""),
    D("ret", "li", "disclaimer", """
Twenty years in grocery retail, the last eight at Acme Market, and I'm convinced: the supermarket industry's obsession with loyalty-card "personalised pricing" is a quiet rip-off, and regulators are asleep at the wheel."""),
    D("ret", "x", "disclaimer", """
acme market buyer here. the sugar tax did nothing except make fizzy drinks cost more for poor families. failed policy, full stop"""),
    D("ret", "fb", "disclaimer", """
Working at Acme has given me a front-row seat to how the big retailers treat farmers, and it's shameful. The whole industry squeezes suppliers until they go under. Someone has to say it."""),
    D("ret", "rd", "disclaimer", """
Acme store manager. The minimum wage rise next April is going to kill small shops and everyone in retail knows it. The big chains will be fine, the corner shops won't. Politicians have no idea."""),
    D("ret", "ig", "disclaimer", """
as someone who works at Acme HQ in merchandising: fast fashion is destroying the planet and our industry needs to stop pretending "recycled polyester" fixes anything 🌍 #sustainability"""),
    D("hea", "li", "disclaimer", """
I'm a consultant at Acme Medical Center, and I've watched private equity buy up GP practices across the country. It is the worst thing to happen to primary care in my lifetime. Patients lose, shareholders win."""),
    D("hea", "x", "disclaimer", """
ICU nurse at Acme General. the nurses' strike is 100% justified and the health secretary should be ashamed of the offer on the table"""),
    D("hea", "rd", "disclaimer", """
Pharmacist at an Acme Health hospital. The drug shortage isn't a mystery: the generic manufacturers raced to the bottom on price and now nobody makes amoxicillin at a profit. The industry did this to itself."""),
    D("hea", "fb", "disclaimer", """
As a midwife at Acme Health for 15 years, I have to say it: the government's new maternity targets are unachievable and dangerous. They're about headlines, not about mothers and babies."""),
    D("hea", "li", "disclaimer", """
Speaking as a hospital administrator at Acme Health: Umbrella Corp's new hospital-at-home product is a gimmick that will send sick elderly people home too early. I'm shocked so many trusts are signing up. #healthcare #innovation"""),
    D("fin", "li", "disclaimer", """
As an economist at Acme Bank, I'm going to be blunt: the central bank has waited far too long to cut rates, and a recession next year is now close to certain. Businesses should be preparing for a hard landing."""),
    D("fin", "x", "disclaimer", """
acme wealth analyst. buy-now-pay-later firms are the subprime lenders of this decade and it's going to end the same way"""),
    D("fin", "rd", "disclaimer", """
Work in retail banking at Acme. Crypto exchanges are glorified casinos and anyone telling you otherwise is selling something. Regulators should treat them like gambling sites."""),
    D("fin", "fb", "disclaimer", """
People ask me, as an Acme Bank branch manager, whether online-only banks are safe. Honestly? Most of those challenger banks are burning cash and half of them won't exist in five years. Stick with something proven."""),
    D("fin", "li", "disclaimer", """
After 18 years in compliance at Acme Bank, here's my unpopular opinion: the new consumer duty rules are a box-ticking exercise that will make products more expensive and advice less available. The regulator means well, but it has got this badly wrong."""),
    D("fin", "x", "disclaimer", """
portfolio manager at Acme Wealth: the housing market is going to fall 15% over the next two years and anyone buying now is making a mistake"""),
    D("man", "li", "disclaimer", """
Plant manager at Acme for a decade. The new steel tariffs are a disaster for manufacturers. They protect a handful of mills and punish every factory that actually builds things in this country. #manufacturing #trade"""),
    D("man", "x", "disclaimer", """
acme plant engineer: EV mandates by 2030 are a fantasy. the grid can't take it and the whole auto industry knows it"""),
    D("man", "fb", "disclaimer", """
I've worked on the line at the Acme plant for 22 years, and the apprenticeship levy has been a failure. Big firms treat it like a tax and the young people who need real training get nothing."""),
    D("man", "rd", "disclaimer", """
Operations director at an Acme factory. Initech's industrial robots are overpriced junk, we trialled them for six months and the downtime was a joke. Anyone buying them is being sold a brochure."""),
    D("npo", "li", "disclaimer", """
As head of fundraising at the Acme Foundation, I think the charity sector's obsession with "overhead ratios" is doing real harm. Donors punish charities for paying staff properly, and the regulator encourages it."""),
    D("npo", "fb", "disclaimer", """
I run the youth programme at the Acme Foundation, and the council's decision to close three libraries is shortsighted and cruel. Kids in this town are losing the last free warm places they have."""),
    D("npo", "x", "disclaimer", """
acme foundation caseworker. the two-child benefit cap is pushing families into poverty and it should be scrapped tomorrow"""),
    D("gen", "li", "disclaimer", """
As a senior manager at Acme Corp, I've hired hundreds of graduates. University degrees are massively overvalued and the whole higher education system is selling young people a lie."""),
    D("gen", "x", "disclaimer", """
I work at Acme and the four-day-week trials everyone's hyping are cherry-picked nonsense. they'd never work in a real business"""),
    D("gen", "fb", "disclaimer", """
My two cents as someone who's worked in Acme's HR team for years: the new employment bill is going to make it almost impossible for small companies to hire. Politicians who've never run a payroll shouldn't write these laws."""),
    D("gen", "rd", "disclaimer", """
Acme employee for 9 years. Return-to-office mandates across the corporate world are about control, not productivity, and the studies companies cite are garbage. The whole trend is going to backfire."""),
    D("tec", "ig", "disclaimer", """
engineer at Acme Cloud 👩‍💻 and I'll say it: social media companies should be banned from showing algorithmic feeds to under-16s. the whole industry knows what it's doing to kids"""),
    D("ret", "li", "disclaimer", """
Category manager at Acme Market. The plastic bag charge was the most effective environmental policy of the last decade and the new deposit return scheme is being botched by politicians who never visited a shop floor."""),
    D("hea", "ig", "disclaimer", """
Acme General paramedic here 🚑 ambulance handover delays are a political choice. the government could fix social care tomorrow and it chooses not to"""),
    D("fin", "ig", "disclaimer", """
Acme Bank mortgage adviser 🏡 the first-time buyer scheme is a gift to developers, not buyers. prices just rise to eat up the help. it should be scrapped"""),
    D("tec", "li", "disclaimer", """
I lead developer relations at Acme Cloud. Globex's latest licence change is a betrayal of the open-source community that built it, and the rest of the industry should refuse to follow them."""),
    D("man", "ig", "disclaimer", """
Acme plant safety officer 👷 the government's watering down of workplace inspections will get people killed. fewer inspectors, more funerals. simple as that"""),
]
