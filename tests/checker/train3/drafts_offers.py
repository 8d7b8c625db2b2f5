# ruff: noqa: E501
"""Training drafts (third set): promotion and financial_promise.

Promotion: discounts, codes, multibuys, free items, giveaways, raffles, referral and switching bonuses,
cloud credits, fee waivers and discounted tickets, in every sector. Financial promise: promised or
"can't lose" returns and confident predictions about a named Acme stock, fund or product."""

from __future__ import annotations

from ..heldout.common import D

PROMOTION = [
    # --- retail
    D("ret", "ig", "promotion", """
weekend treat alert 🍩 show this post at any Acme Market bakery counter and your second doughnut is on us. until sunday only!"""),
    D("ret", "x", "promotion", """
acme market: any 3 bottles of wine for £15 all week, mix and match 🍷 cheers to friday"""),
    D("ret", "fb", "promotion", """
Our Acme Market is turning 10! 🎉 Spend £20 on Saturday and you'll get a tote bag and a slice of birthday cake, plus every receipt goes into a prize draw for a £100 voucher."""),
    D("ret", "li", "promotion", """
A small sustainability nudge: bring an old carrier bag to any Acme Market this month and we'll knock 50p off your shop. Little changes add up."""),
    D("ret", "rd", "promotion", """
Acme Market colleague. Heads up: FRESH15 takes 15% off your first online grocery order, and delivery costs nothing on orders over £40 until the end of the month."""),
    # --- technology
    D("tec", "li", "promotion", """
Founders: apply to Acme Cloud's Launchpad programme by Friday and you'll get $5,000 in cloud credits plus a year of premium support. Link in the comments."""),
    D("tec", "x", "promotion", """
we're giving away 3 acme sense doorbells to celebrate 100k followers 🔔 repost + follow to enter, winners picked monday"""),
    D("tec", "rd", "promotion", """
Acme Cloud dev rel here. If you're heading to the developer summit, my speaker code DEVREL40 takes 40% off a ticket."""),
    D("tec", "fb", "promotion", """
Refer a friend to Acme Sense Home Plus and you both get three months at no charge. My referral link is in the comments!"""),
    # --- healthcare
    D("hea", "fb", "promotion", """
Acme Health dental clinic: teeth whitening is half price for the rest of November 😁 Book online or give the practice a ring."""),
    D("hea", "ig", "promotion", """
new year, new you 💪 join the Acme Health physio gym in January and your first month is on the house"""),
    D("hea", "x", "promotion", """
acme health pharmacies: £5 off travel vaccinations when you book before the end of march ✈️"""),
    # --- finance
    D("fin", "li", "promotion", """
Switch your current account to Acme Bank this month and we'll pay you £175 once two direct debits have moved across. A tidy bonus for ten minutes of paperwork."""),
    D("fin", "x", "promotion", """
acme pay merchants: zero card fees for your first 90 days if you sign up before christmas 🎄"""),
    D("fin", "ig", "promotion", """
students 🎓 open an Acme Bank student account and we'll throw in a 4-year railcard. link in bio"""),
    D("fin", "rd", "promotion", """
I work at Acme Wealth. We're waiving the platform fee for a full year on any ISA transferred in before April. Worth a look if you're paying fees somewhere else."""),
    # --- manufacturing
    D("man", "li", "promotion", """
At the Manufacturing Expo next week? Visit the Acme plant stand, scan the QR code and you're in the draw for a cordless drill set. Coffee's on us all day ☕"""),
    D("man", "fb", "promotion", """
Acme plant factory shop clearance 🔧 seconds and ex-display heat pumps at 40% off, this Saturday only. Staff and public welcome."""),
    D("man", "x", "promotion", """
trade customers: 10% off every spare parts order through the acme plant portal this month with code SPARES10"""),
    # --- nonprofit
    D("npo", "fb", "promotion", """
Acme Foundation Christmas raffle 🎄 £2 a ticket, first prize a hamper, second prize a spa day. Grab tickets at reception or from any volunteer!"""),
    D("npo", "ig", "promotion", """
gala dinner tickets are 25% off until friday 🥂 every penny goes to the acme foundation youth programmes. code GALA25 at checkout"""),
    D("npo", "li", "promotion", """
Run the Acme Foundation half marathon in April! Early-bird entry is £10 off until the end of January, and every finisher gets a technical tee."""),
    # --- general
    D("gen", "x", "promotion", """
acme summer fair saturday! the first 200 through the gate get an ice cream on us and there's a tombola with £500 of prizes 🍦"""),
    D("gen", "li", "promotion", """
Know someone brilliant? Refer them for any open role at Acme and if they're hired we'll pay you a £1,000 referral bonus, even if you don't work here."""),
]

FINANCIAL_PROMISE = [
    D("fin", "li", "financial_promise", """
I tell every client the same thing: put your lump sum into the Acme Wealth Steady Income fund and you'll have 7% a year coming in whatever the markets do. It has never let anyone down and it won't start now."""),
    D("fin", "x", "financial_promise", """
acme bank shares at 310p are a gift. 450p by next summer. write it down"""),
    D("fin", "fb", "financial_promise", """
Mum and Dad, if you're reading this: move your savings into the Acme Wealth Cautious fund I showed you. It'll beat your cash account every single year and you won't lose a penny."""),
    D("fin", "rd", "financial_promise", """
Acme Pay will be the best-performing fintech stock of 2027. The merchant numbers alone make it a certainty. Anyone sitting in cash instead is mad."""),
    D("fin", "ig", "financial_promise", """
£100 a month into the Acme Wealth Tech Leaders fund = £50k in 15 years. locked in. start today 🚀"""),
    D("fin", "li", "financial_promise", """
Our new fixed-term Acme Bank Growth Bond pays 9% and your capital can never drop. Nothing else on the market comes close for safety and return."""),
    D("fin", "x", "financial_promise", """
the acme wealth emerging markets fund doubles in 2027. rate cuts, reopening, all of it. get in"""),
    D("fin", "fb", "financial_promise", """
People keep asking if now's a bad time to invest. Not in the Acme Wealth Balanced fund, it only moves one way. My clients haven't had a bad year and they won't."""),
    D("fin", "rd", "financial_promise", """
Acme Wealth adviser. Ignore the crash talk where our Infrastructure Income fund is concerned: you'll earn 6.5% every year and the assets underneath can't lose value."""),
    D("fin", "li", "financial_promise", """
Retirees: the Acme Bank Pension Bridge account turns £100,000 into £130,000 over five years with zero risk. I've set it up for dozens of people this year."""),
    D("fin", "ig", "financial_promise", """
the acme pay crypto vault pays 12% APY with zero chance of losing your deposit 💰 no lock-ups, no catch. link in bio"""),
    D("fin", "fb", "financial_promise", """
Quick tip from your friendly Acme Bank adviser: our five-year Fixed Saver will turn £10k into £14k, guaranteed, and there's no way that rate gets cut. Pop into the branch."""),
    D("tec", "x", "financial_promise", """
acme is going to triple its share price once the AI contracts land. buying every payday, easiest call ever"""),
    D("tec", "rd", "financial_promise", """
The Acme employee share plan is a no-brainer. The stock climbs 20% a year like clockwork; you literally cannot lose money on it."""),
    D("ret", "fb", "financial_promise", """
Acme Market colleagues, Sharesave opens on Monday. Put in the max: the shares will be worth at least double the option price when it matures, so it's free money."""),
    D("ret", "x", "financial_promise", """
acme market shares are about to rocket after the christmas numbers. 30% up by january, bank on it"""),
    D("hea", "li", "financial_promise", """
Fellow Acme Health clinicians: the Acme Wealth Healthcare fund is a sure thing. An ageing population means it can only grow, which is why my whole pension is in it."""),
    D("man", "fb", "financial_promise", """
Lads, put the overtime into Acme shares. With the order book we've got, the price is nailed on to hit £20 by next Christmas."""),
    D("man", "li", "financial_promise", """
Acme's new heat pump division will make Acme the best-performing stock in European industrials this decade. Mark my words, it's a sure thing."""),
    D("npo", "fb", "financial_promise", """
Supporters! The Acme Foundation social impact bond pays 6% a year for five years and your capital is fully protected. A risk-free way to do good."""),
    D("gen", "x", "financial_promise", """
put your christmas bonus in acme stock. it'll be worth twice as much by easter, promise"""),
    D("gen", "rd", "financial_promise", """
My brother-in-law works in finance and he's right: the Acme Wealth Gold fund can't go down with inflation this high. 15% next year, easy."""),
]
