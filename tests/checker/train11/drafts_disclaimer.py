# ruff: noqa: E501
"""Training drafts (eleventh set): disclaimer, an author who says in the text that they work for Acme or one of
its units giving an opinion that judges the industry, a competitor, public policy or a public controversy, with
no "views my own"-style disclaimer."""

from __future__ import annotations

from ..heldout.common import D

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Six years as a platform engineer at Acme Cloud, and I'm tired of pretending: the "serverless" marketing from the big providers is mostly a billing model wearing a costume. The industry should be embarrassed."""),
    D("fin", "x", "disclaimer", """
work in open banking at acme bank. screen scraping should have been banned years ago and the regulator's been asleep at the wheel. there, i said it"""),
    D("hea", "li", "disclaimer", """
As a community midwife at Acme Health, I think the government's decision to cut the home birth funding is shortsighted and dangerous. Women in rural areas will pay for it."""),
    D("ret", "fb", "disclaimer", """
I've been a checkout supervisor at Acme Market for twelve years and the single-use carrier bag charge hasn't done a thing. People buy the 70p bags for life and bin them. It's a tax on the forgetful."""),
    D("man", "li", "disclaimer", """
Production engineer at the Acme plant. Right-to-repair laws for industrial machinery are long overdue, and manufacturers who glue their control boards shut should be fined. Our sector's been hiding behind warranties."""),
    D("tec", "x", "disclaimer", """
i'm on the security team at acme pay and globex's new "ai fraud shield" is a marketing slide with a logo. no serious bank would trust it"""),
    D("npo", "li", "disclaimer", """
Fundraising manager at the Acme Foundation here. Unpaid internships in the charity sector are a disgrace and they lock out anyone whose parents can't pay their rent. We should all stop advertising them."""),
    D("hea", "x", "disclaimer", """
pharmacist at acme health. the sugar tax worked and the people moaning about the "nanny state" haven't seen what i see every day at the counter"""),
    D("fin", "li", "disclaimer", """
After eight years in risk at Acme Wealth, my take: crypto exchanges advertising on football shirts is the industry's biggest scandal in waiting, and the regulator should ban it outright."""),
    D("ret", "x", "disclaimer", """
acme market night manager. tipping culture creeping into uk supermarkets via card machine prompts is grim and initech's payment terminals are the worst offenders"""),
    D("tec", "rd", "disclaimer", """
I'm an SRE at Acme Cloud and the industry's obsession with return-to-office mandates is nonsense. The outages I deal with at 3am don't care whether I'm sat in a glass box in Canary Wharf. Most of these CEOs just want their leases to look busy."""),
    D("man", "fb", "disclaimer", """
Maintenance fitter at the Acme plant for 19 years. Umbrella Corp's "carbon neutral factory" advert is pure greenwash, they just bought offsets from a forest that was never going to be cut down. Shameful."""),
    D("hea", "fb", "disclaimer", """
I'm a paramedic practitioner with Acme Medical Center and the junior doctors are completely right to strike. Anyone who's seen their rotas would walk out too."""),
    D("fin", "rd", "disclaimer", """
Branch manager at Acme Bank. Zero-hours contracts in retail banking call centres are a race to the bottom and the big five, ours included, should be ashamed of the whole industry model."""),
    D("tec", "li", "disclaimer", """
Data scientist at Acme Sense. The EU AI Act is going to kill small European startups and hand the whole market to three American companies. Regulators in Brussels have no idea how this stuff gets built."""),
    D("ret", "li", "disclaimer", """
Buyer at Acme Market for frozen food. Globex's "price match promise" is a con: they match on 40 products and quietly put up the other 4,000. The whole sector knows it and nobody says it."""),
    D("tec", "rd", "disclaimer", """
Long rant incoming. I've been a backend engineer at Acme Cloud for eight years and I've spent the last three building consent tooling for customers, so I've seen the inside of the ad-tech industry more closely than I'd like. Here's my honest view: the cookie banner industry is a racket. The big consent platforms sell "compliance" to publishers while designing banners that are deliberately harder to refuse than accept: the grey "manage options" link, the forty toggles, the "legitimate interest" switches that are on by default and hidden three screens deep. Everyone in the industry knows these designs exist to push acceptance rates above 90%, and the vendors brag about it in their sales decks. Meanwhile the regulators publish guidance, send a few letters and fine almost nobody. The ICO in particular has been toothless for years. And the adtech firms who buy the data downstream pretend they have no idea how the consent was obtained. If the law meant anything, "reject all" would be one click on the first screen, the same size and colour as "accept all", and any vendor that designed around that would be fined a percentage of turnover. Until then, it's theatre, and we're all paying for it with our attention and our data."""),
    D("npo", "x", "disclaimer", """
volunteer coordinator at the acme foundation. the new rules making charities report every volunteer's hours to the commission are bureaucratic madness"""),
    D("gen", "fb", "disclaimer", """
I drive a delivery van for Acme Market and the e-scooter trial in our city has been a disaster. Pavements are full of them. The council should scrap it before someone's killed."""),
    D("hea", "rd", "disclaimer", """
Physio at Acme General. The private physio chains popping up on every high street are selling six sessions of massage and calling it rehab. Half of them are cowboys and the regulation is toothless."""),
    D("man", "x", "disclaimer", """
quality lead at the acme plant. banning new petrol and diesel vans by 2030 is fantasy policy, the charging network for fleets doesn't exist and ministers know it"""),
]
