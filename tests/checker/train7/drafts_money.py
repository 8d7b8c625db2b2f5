# ruff: noqa: E501
"""Training drafts (seventh set): financial_promise (confident predictions and promises of returns in everyday
words, from advisers, relatives, shop owners and strangers) and promotion (offers and incentives from anyone:
codes, bonuses, freebies, raffles, markdowns, cut-price tickets)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
acme wealth's growth fund is going to be the best performer in the market next year. put your bonus in it and thank me in december"""),
    D("gen", "fb", "financial_promise", """
Told my brother to buy Initech shares this week. Their new chip comes out in spring and the price will be double what it is now by summer. Not a maybe."""),
    D("fin", "li", "financial_promise", """
As your Acme Wealth adviser I can tell you this much: our Steady Income portfolio will not lose you a penny. Your savings are safe with us and they will grow every single year."""),
    D("npo", "fb", "financial_promise", """
Our Acme Foundation legacy bond pays 6% a year for life and your capital only ever goes up. A gift to the children that gives back to you too 💛"""),
    D("gen", "rd", "financial_promise", """
My uncle put £10k into a whisky cask fund and it'll be worth £40k in five years, he's seen the figures. I'm putting my savings in next month and so should you. Easiest money there is."""),
    D("tec", "x", "financial_promise", """
bought more acme corp stock today. the new cloud contract means it hits $200 by march. that's not a guess"""),
    D("ret", "fb", "financial_promise", """
Tip from a jeweller of 30 years: buy gold now. It goes up 30% this year, it always does in an election year. Your money will be sitting pretty by Christmas."""),
    D("fin", "rd", "financial_promise", """
Premium bonds are a waste of your money. Put it in the Acme Bank Tracker Saver instead and you'll beat inflation every single year from now on, no ifs or buts."""),
    D("man", "li", "financial_promise", """
Apprentices: sign up for the plant's share scheme on day one. Acme shares only go one way and it's up. In ten years you'll have a house deposit sat there waiting for you."""),
    D("gen", "x", "financial_promise", """
bitcoin at 150k by christmas. i'm not asking, i'm telling you. get in while it's cheap"""),
    D("fin", "fb", "financial_promise", """
Retiring soon? Our Acme Wealth annuity turns £100k into £8k a year for life, and it only gets better from there. There is no way to lose money on this."""),
    D("hea", "fb", "financial_promise", """
Nurses! The student accommodation fund I joined pays 12% a year like clockwork and half my ward has money in it now. Message me for the link, it's the best thing I've done."""),
    D("npo", "x", "financial_promise", """
our community energy shares will return at least 7% every year for the next 20 years. safe as houses 🏠 buy in at the village hall on saturday"""),
    D("ret", "ig", "financial_promise", """
this coloured vinyl pressing will be worth £200 within a year, buy two and keep one sealed. it's literally free money 💿💸"""),
    D("fin", "x", "financial_promise", """
acme bank shares are the easiest 20% you'll make this year. next month's results are going to send them flying"""),
    D("gen", "li", "financial_promise", """
My plan for the kids: £50 a month into an S&P 500 tracker and by 18 each of them will have at least £30k. That's not a hope, that's maths. Start yours today."""),
    D("tec", "rd", "financial_promise", """
Globex is getting bought out before the end of the year, trust me. The stock pops 40% the day it's announced. Load up now and you'll be thanking me."""),
    D("man", "fb", "financial_promise", """
For the lads on the shop floor asking about copper: it's going to $15k a tonne this year. Put something in the mining fund and you'll be laughing all the way to the caravan."""),
    D("hea", "li", "financial_promise", """
Healthcare investing 101: the big weight-loss drug maker's stock will double again by 2027. Nothing on earth can stop it, so if you're not in, you're mad."""),
    D("npo", "fb", "financial_promise", """
Good news from the treasurer: if the raffle money goes into the savings account she's picked, the club's pot will have doubled by the time the under-9s are at secondary. Guaranteed growth, zero risk."""),
    D("fin", "li", "financial_promise", """
Clients keep asking if now is a good time. With the Acme Wealth Balanced fund it's always a good time: it has never had a losing year, and it never will."""),
    D("gen", "x", "financial_promise", """
house on our street just went for 480k. give it two years and it'll be 600k easy. buy anything round here, you physically cannot lose"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
Acme Market Leeds: show this post at the tills on Saturday and get a free hot cross bun with any coffee ☕🥯"""),
    D("tec", "li", "promotion", """
Launching my Acme Cloud workshop series this month! The first 50 people to sign up with my code SAMCLOUD get £100 in cloud credits."""),
    D("fin", "fb", "promotion", """
Switch your current account to Acme Bank before the end of the month and they pay you £175. Did it last week myself, took ten minutes."""),
    D("hea", "x", "promotion", """
hygienist at acme dental here: mention this tweet at reception in october and your scale & polish is half price 🦷"""),
    D("npo", "fb", "promotion", """
Tickets for the Acme Foundation quiz night are £12 each, or four for £40 if you book this week! Prize for the best-dressed team too 🏆"""),
    D("tec", "ig", "promotion", """
Tell us your worst card-machine disaster in the comments by Sunday and the Acme Pay team will pick one café owner to win a year with no transaction fees 🙌☕"""),
    D("man", "li", "promotion", """
At the Birmingham engineering expo all week with the Acme plant crew. Drop your business card in the hard hat on our stand and you're in the draw for a cordless drill set 🔩"""),
    D("ret", "x", "promotion", """
every kids' school uniform item at acme market is 3 for 2 until sunday. stock is flying, get yourselves down here"""),
    D("tec", "fb", "promotion", """
My Acme Pay referral link gets you £10 when you send your first payment (and me £10 too 😅). Link in the comments!"""),
    D("hea", "fb", "promotion", """
New patients at the Acme Health physio clinic in Skipton get their first assessment free this month. Tell your mates with dodgy knees!"""),
    D("fin", "x", "promotion", """
acme bank's new regular saver: open one with code SPRING25 and we add a £25 bonus after three months"""),
    D("gen", "fb", "promotion", """
The church Easter egg hunt has a raffle this year: £2 a strip, first prize a hamper from Acme Market! Draw at 3pm after the hunt."""),
    D("npo", "x", "promotion", """
run the acme foundation 10k and your entry is half price if you sign up before friday! link in bio"""),
    D("ret", "fb", "promotion", """
From the bakery counter at Acme Market Barnsley: everything is 50% off after 6pm this week. We'd rather you had it than the bin 🥐"""),
    D("tec", "x", "promotion", """
speaking at devconf tomorrow! use DEVCONF-ACME at checkout for 30% off a ticket. see you in room 3"""),
    D("man", "fb", "promotion", """
The factory shop at the Acme plant is open this Saturday: seconds from the kitchenware line at 70% off, cash or card 🍳"""),
    D("hea", "ig", "promotion", """
Acme Health pharmacy: pick up any prescription this week and get a free reusable water bottle with it 💧 while stocks last!"""),
]
