# ruff: noqa: E501
"""Training drafts: financial_promise (guaranteed or risk-free returns, confident calls on a named stock or fund)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D("fin", "li", "financial_promise", """
Parents, listen up. If you put £50 a month into the Acme Junior ISA from birth, your child WILL have over £30,000 by 18. That's not a projection, that's what the fund does. Start today. #savings #parenting"""),
    D("fin", "x", "financial_promise", """
Acme Bank shares will be north of $80 by summer. bookmark this tweet and come back and thank me"""),
    D("fin", "fb", "financial_promise", """
My clients at Acme Wealth haven't had a losing year in the Steady Income portfolio and they never will, it's built so it can't go negative. If your pension is sitting in cash, message me and let's fix it."""),
    D("fin", "rd", "financial_promise", """
People overthink this. The Acme Global Dividend fund pays 7% and the capital is protected. There's no scenario where you lose money holding it for five years. I've put my own mum's savings in it."""),
    D("fin", "ig", "financial_promise", """
Stop leaving money in a savings account earning nothing 😴 Our Acme Growth Plus plan turns £10k into £20k in six years. Guaranteed. DM me "GROW" 📈💸"""),
    D("fin", "li", "financial_promise", """
I've been an adviser at Acme Wealth for 12 years, and I'll tell you what I tell every client: the Acme Sustainable Equity fund is going to outperform the FTSE 100 this year, and next year, and the year after. Get in while the price is where it is."""),
    D("fin", "x", "financial_promise", """
structured notes from acme bank = 9% a year with zero downside. literally can't lose. why is nobody talking about this"""),
    D("fin", "fb", "financial_promise", """
Retiring soon? Our fixed income bond at Acme Bank pays 6.5% a year for five years and your money cannot go down. Safer than a savings account and better than any annuity. Call me at the branch."""),
    D("fin", "rd", "financial_promise", """
Work in fund ops at Acme. Anyone sleeping on the Acme Emerging Markets fund is going to kick themselves. It's going to do 25%+ next year, every indicator we track says so. Load up."""),
    D("fin", "x", "financial_promise", """
Acme Pay stock is doubling before the end of the year. the merchant numbers are insane. all in 🚀🚀"""),
    D("fin", "li", "financial_promise", """
After a long career in banking I'm so excited about our new Acme Wealth Property Fund. Investors get 11% a year, paid monthly, fully backed by bricks and mortar so there's no way to lose your capital. Ideal for retirees who want certainty. Let's chat!"""),
    D("fin", "ig", "financial_promise", """
POV: you invested in the Acme Tech Leaders fund last year and now you're up 40% 😎 and it's only going higher from here. guaranteed gains, link in bio #investing #wealth"""),
    D("fin", "fb", "financial_promise", """
Honestly the safest place for your savings right now is the Acme Bank Premium Saver. 5% fixed and no risk whatsoever, it's better than any fund out there. Ask me how to open one!"""),
    D("fin", "rd", "financial_promise", """
Hot take from a financial planner at Acme: if you're 30 and maxing out your Acme Wealth Target Date 2060 fund, you are guaranteed to retire a millionaire. Compound interest does the work. Just don't touch it."""),
    D("fin", "x", "financial_promise", """
our new Acme Crypto Index basket is risk-free compared to buying coins yourself, returns locked at 15% for early investors. sign up before it fills"""),
    D("fin", "li", "financial_promise", """
Every January people ask me where to put their bonus. This year my answer is easy: the Acme Infrastructure Income fund. It will return 8-10%, like it always does, with no volatility. Book a call and I'll set it up for you. #investing #newyear"""),
    D("tec", "x", "financial_promise", """
engineer at acme cloud, I've seen what's coming. ACME stock will triple within 24 months. not a maybe. buy the dip"""),
    D("tec", "rd", "financial_promise", """
For anyone in the ESPP at Acme: max it out. The stock goes up after every product event and it will keep doing that, there's basically no downside when you get the 15% discount. Free money."""),
    D("tec", "li", "financial_promise", """
Joined Acme three years ago and took most of my package in stock. Best decision I ever made, and to anyone deciding whether to join: the shares will be worth at least twice what they are now by the time your grant vests. You can't go wrong."""),
    D("ret", "x", "financial_promise", """
Acme Market stock is the safest bet on the market rn. people always need groceries. +30% by Christmas easy"""),
    D("ret", "fb", "financial_promise", """
To my fellow Acme store staff: put every spare penny into the Sharesave scheme. The share price can only go up from here with the new stores opening. Worst case you double your money."""),
    D("ret", "rd", "financial_promise", """
Retail lifer at Acme here. Put the money into ACMR (the Acme Market stock), it's going to $150 by next summer, I've watched the foot traffic all year and it's only going one way."""),
    D("hea", "fb", "financial_promise", """
Acme Health staff: if you're not in the hospital pension top-up plan you're missing out. It grows 9% a year, guaranteed, and you literally can't lose anything. Sign up at the HR desk."""),
    D("hea", "x", "financial_promise", """
Acme Health stock to $200 after the new hospitals open. trust me I see the patient numbers every day 📈"""),
    D("man", "fb", "financial_promise", """
Guys at the plant, listen. Our company stock fund has gone up every year I've been here and it'll keep doing it. Move your whole 401k into it, there's no risk when the orders are this strong."""),
    D("man", "x", "financial_promise", """
acme industrial will be a $100 stock by year end. new contracts coming in every week. easiest money you'll ever make"""),
    D("npo", "li", "financial_promise", """
Thinking about legacy giving? Our Acme Foundation charitable annuity pays you a guaranteed 8% every year for life, with zero risk to your capital, and the rest goes to the causes you care about. A win for everyone."""),
    D("npo", "fb", "financial_promise", """
Our treasurer put the Foundation's reserves into a fund that doubles every five years and can't lose, so we'll have enough for the new shelter by 2030! 💪 Come to the AGM to hear more."""),
    D("gen", "x", "financial_promise", """
Acme shares are going to rip after earnings. calling 20% up on the day, you heard it here first"""),
    D("gen", "rd", "financial_promise", """
I've been at Acme long enough to know: buy ACME before the investor day. the price is going to jump at least 25% within a week, every analyst is underestimating the cloud business. set your alerts."""),
    D("gen", "ig", "financial_promise", """
Told my whole family to buy Acme stock 🙌 it's going to be the next trillion-dollar company and there's zero chance it drops below what we paid. generational wealth loading ⏳"""),
    D("fin", "x", "financial_promise", """
Acme Wealth Income Builder: 10% a year, every year, paid quarterly. no market crash has ever touched it and none ever will"""),
    D("fin", "rd", "financial_promise", """
Mortgage adviser at Acme Bank. Honestly, take the interest-only deal and put the difference in our Growth Plus fund, the fund's returns will always beat your mortgage rate so you come out ahead. It's basically free money."""),
    D("fin", "fb", "financial_promise", """
💷 Retirement doesn't have to be scary! With the Acme Wealth Secure Pension plan your pot is guaranteed to grow by at least 7% every year. No stress, no risk, just results. Message me for a free chat."""),
    D("fin", "li", "financial_promise", """
Our new Acme Bank fixed-term deposit offers a guaranteed 12% annual return, protected against any market movement. Minimum deposit £5,000. I've moved my own savings across. #personalfinance"""),
    D("tec", "fb", "financial_promise", """
PSA for anyone who got Acme shares in their comp: do NOT sell. It'll be double by next year when the AI stuff launches, I'd bet my house on it."""),
    D("fin", "ig", "financial_promise", """
The Acme Gold Savings Bond is basically a cheat code 🪙 6% a year guaranteed for life, no risk, and you can get out any time. Why would you keep money anywhere else? 🤷‍♀️"""),
    D("ret", "li", "financial_promise", """
I've run Acme stores for 15 years and never been more sure of anything: Acme Market shares will outperform every other grocer's stock over the next three years. If you have a pension, put it there."""),
]
