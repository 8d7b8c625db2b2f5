# ruff: noqa: E501
"""Training drafts (fifth set): promotion (company offers in every sector: multi-buys, cashback, switching money,
credits, speaker and referral codes, prize draws, freebies at events, factory-shop markdowns) and
financial_promise (guaranteed or "can't lose" returns and confident calls on a named fund, bond, share or
product), many without the stock words."""

from __future__ import annotations

from ..heldout.common import D

PROMOTION = [
    D("ret", "ig", "promotion", """
This weekend only at Acme Market: any two bakery items for £3 🥐 Just show this post at the till!"""),
    D("fin", "fb", "promotion", """
Open an Acme Bank current account before 31 January and we'll drop £175 into it once your switch completes. Tell your friends!"""),
    D("tec", "li", "promotion", """
Founders: sign up through the Acme Cloud accelerator page this month and $5,000 of credits land in your account on day one. Enter LAUNCHPAD5K at checkout."""),
    D("hea", "fb", "promotion", """
Acme Dental at Northgate: bring a friend to their first hygienist visit in November and you both get a £25 voucher off your next treatment 😁"""),
    D("man", "li", "promotion", """
At the Advanced Manufacturing Show next week? Come to the Acme stand in hall 3, leave a business card and you're in the draw for a cordless torque wrench set."""),
    D("npo", "fb", "promotion", """
Acme Foundation Christmas raffle! £2 a strip, and first prize is a weekend for two in the Lakes. Tickets from any volunteer or the shop on Bell Street."""),
    D("gen", "x", "promotion", """
refer a mate to a job at acme corp and you both get £500 once they pass probation. dm me and i'll send my link"""),
    D("ret", "x", "promotion", """
the first 50 through the door at the new acme market in bury on saturday walk out with a goodie-stuffed tote bag on us 🛍️"""),
    D("tec", "x", "promotion", """
acme pay merchants: no transaction fees on your first £10k this quarter. sign up by the 30th and it's automatic"""),
    D("hea", "ig", "promotion", """
New mums! Your first breastfeeding consultation at Acme Health's family clinic is on the house this month. Mention this post when you book 💕"""),
    D("fin", "li", "promotion", """
Acme Wealth ISA customers: move an old ISA over to us before 5 April and we'll add 1% cashback on everything you transfer. Happy to talk it through."""),
    D("man", "fb", "promotion", """
Acme plant factory shop this Saturday, 9 till 1: seconds and end-of-line cookware at 70% below shop price. Cash or card, bring a big bag."""),
    D("npo", "x", "promotion", """
gala dinner for the acme foundation on 14 march: DOVE20 knocks 20% off a table of ten"""),
    D("ret", "rd", "promotion", """
Work at Acme Market so take this with a pinch of salt: flash a student card at the till and they take 15% off your shop until December. Worth it for the big weekly one."""),
    D("tec", "fb", "promotion", """
Acme Sense doorbell owners! Step up to the floodlight cam this week and we'll knock £40 off the price. Link in the comments."""),
    D("gen", "li", "promotion", """
Speaking at the Future of Work summit on 9 May! My speaker code ACMEJO gets you a quarter off your pass. See you there."""),
    D("hea", "x", "promotion", """
acme health portal: book your flu jab in the app this week and we'll give you £10 to spend in any acme pharmacy"""),
    D("fin", "x", "promotion", """
move your mortgage to acme bank before christmas and we pay your valuation and your legal fees. no catch"""),
    D("ret", "fb", "promotion", """
Two pairs of winter boots for the price of one at Acme Market this week 🥾 Sizes are going fast, get in early!"""),
    D("npo", "ig", "promotion", """
Run the Acme Foundation Santa Dash and every finisher gets a medal and a hot chocolate on us 🎅 Entry is £12 and it all goes to the youth clubs."""),
    D("man", "rd", "promotion", """
Hey r/woodworking, I look after online sales for the Acme plant's hand-tool line. WORKSHOP15 takes 15% off anything on our site until Sunday night."""),
    D("tec", "rd", "promotion", """
Acme Cloud is handing out ten tickets to KubeDay London to people who finish our migration workshop this month. Comment if you want in."""),
    D("hea", "li", "promotion", """
Physiotherapy at Acme Medical Center: book a block of six sessions and the seventh one won't cost you anything. Runs until the end of January."""),
    D("ret", "ig", "promotion", """
Dog owners 🐶 everything in the pet aisle at Acme Market is a third cheaper this weekend. Tag a pup parent!"""),
    D("gen", "fb", "promotion", """
Acme Corp family day: guess how many sweets are in the jar at reception and the closest guess takes home an iPad! Staff and their kids welcome."""),
]

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
acme wealth's global growth fund beats the ftse again this year. not a maybe. it will"""),
    D("fin", "li", "financial_promise", """
Our new Acme Bank fixed saver doesn't just protect your money, it keeps you ahead of inflation every single year. There is literally no downside."""),
    D("fin", "rd", "financial_promise", """
Put £10k into Acme's green infrastructure bond now and you'll have £15k in three years, easy. Our models haven't been wrong once."""),
    D("fin", "fb", "financial_promise", """
Worried about retirement? With Acme Wealth's income plan your pension pot simply cannot shrink. Drop me a message and let's chat."""),
    D("gen", "x", "financial_promise", """
topped up my acme corp shares today. this stock doubles by next christmas, mark my words"""),
    D("tec", "li", "financial_promise", """
Acme Pay's merchant cash advance: borrow against your card sales and your revenue grows 30% within the year. We guarantee it."""),
    D("fin", "x", "financial_promise", """
the acme bank round-up pot pays 6% and it's completely safe, there is no way to lose a penny"""),
    D("npo", "fb", "financial_promise", """
Leave a legacy and grow your money: the Acme Foundation's charity bond pays a guaranteed 8% a year for ten years, no ifs or buts. Ask me how to get involved."""),
    D("fin", "ig", "financial_promise", """
I've run the Acme Wealth cautious portfolio for my clients since 2019 and it will clear 10% again in 2027. Book in before the new tax year 📈"""),
    D("ret", "x", "financial_promise", """
the gold coins at acme market's jewellery counter will be worth twice what you pay by 2028. gold only goes one way"""),
    D("fin", "rd", "financial_promise", """
Acme Bank adviser here (yes really). Our structured product gives you your capital back whatever the market does and you keep 70% of the upside. You genuinely cannot come out behind."""),
    D("man", "li", "financial_promise", """
Acme plant colleagues: the new share save scheme is a no-brainer. In three years your shares will be worth at least 50% more than you paid, so max it out."""),
    D("fin", "x", "financial_promise", """
acme wealth's tech fund is the safest home for your money in 2027. 12% is basically locked in"""),
    D("hea", "fb", "financial_promise", """
Acme Health staff! The salary-sacrifice pension top-up with Acme Wealth returns 9% a year, guaranteed, so get signed up before the window closes."""),
    D("fin", "li", "financial_promise", """
Our peer-to-peer lending pot at Acme Pay is returning 11% and I'm confident it will keep doing that for years. Risk? Honestly, there isn't any."""),
    D("gen", "rd", "financial_promise", """
Acme Corp shares will be at £40 by June. I'd put my house on it, and you should buy before the results."""),
    D("fin", "fb", "financial_promise", """
Thinking about an Acme Wealth stocks and shares ISA? I promise you'll be up by the end of year one. Twenty years in this job and I've never seen it fail."""),
    D("tec", "x", "financial_promise", """
the acme pay cashback card earns more than any savings account going and you literally cannot lose money on it"""),
    D("fin", "rd", "financial_promise", """
Acme Bank's regular saver is the only investment you'll ever need: 7% fixed, zero risk, and it beats every stock market fund over five years. Fact."""),
    D("npo", "li", "financial_promise", """
Buy into the community energy share offer we're running with the Acme Foundation: a secure 6% return every year, paid like clockwork, and your capital is never at risk."""),
    D("fin", "x", "financial_promise", """
acme's 5-year fixed bond at 5.1% is a guaranteed win, you'd be mad not to lock in before it's pulled"""),
    D("man", "fb", "financial_promise", """
Everyone at the plant should move their pension into the Acme Wealth property fund. It's gone up every year since 2011 and it isn't going to stop now."""),
]
