# ruff: noqa: E501
"""Exam drafts (ninth held-out set): financial_promise (promised returns and confident predictions of a named
stock, fund, coin, asset or product, mostly in everyday words and often passed on by friends and relatives) and
promotion (offers, codes, giveaways, bonuses and freebies in every sector, whoever posts them)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D("gen", "fb", "financial_promise", """
My father-in-law has put his whole lump sum into a vineyard in Kent through a scheme his golf club runs. 12% a year paid in cash and he says it literally can't lose money because "people will never stop drinking". We're thinking of doing the same with the house deposit 🍷"""),
    D("gen", "x", "financial_promise", """
my mate in dubai swears the new pepecoin fork goes 50x before christmas. he's never been wrong about memecoins. put my bonus in this morning 🚀"""),
    D("fin", "li", "financial_promise", """
Looking for a home for your ISA allowance? Our Acme Wealth Global Income Fund has paid out every year since launch and it will keep delivering 8% a year for the next decade. It's the safest decision you'll make in 2025."""),
    D("gen", "rd", "financial_promise", """
Step-dad's got the whole family into buying car parking spaces at Manchester Airport, £18k each. The company guarantees 10% a year rent for 10 years and buys the space back at full price. Honestly this seems like free money, should I put my savings in too?"""),
    D("ret", "ig", "financial_promise", """
Rare Lego minifigs are the best investment going 🧱 I bought the full set of the space series for £90 and they will be worth £500 in two years, guaranteed. Get yours before the shops sell out!"""),
    D("gen", "fb", "financial_promise", """
PSA from your favourite auntie: Rolls-Royce shares are going to double again this year. My financial adviser told me in confidence and he's never got one wrong. Get in before the rest of the country does 💷"""),
    D("fin", "x", "financial_promise", """
gold hits $3,500 by june, zero doubt. buy the etf now and thank me in the summer. easiest trade of the decade"""),
    D("gen", "rd", "financial_promise", """
My gran says premium bonds are rigged in favour of people who've held them longest, so she's told all of us to put £10k in now and we'll "definitely win at least a grand a year". Is she right? She's very convincing."""),
    D("tec", "x", "financial_promise", """
nvidia will be the first $10 trillion company by 2027. not financial advice but also it's literally guaranteed, just look at the chips"""),
    D("gen", "ig", "financial_promise", """
This is my 5th classic Mini 🚗 restoring them is the best investment you can make, every one I've done has doubled in value in three years and this one will too. Way better than a pension."""),
    D("fin", "fb", "financial_promise", """
Our church investment club voted to put £40,000 of the roof fund into a peer-to-peer lending platform paying 11%. The treasurer says the money is "as safe as a bank" and we'll have the roof paid for by 2026. Praise the Lord, and the compound interest."""),
    D("gen", "x", "financial_promise", """
my brother-in-law says tesla stock will be at $1000 by the end of next year and he's mortgaged his flat to buy more. he's usually right so i'm doing the same with my isa"""),
    D("ret", "fb", "financial_promise", """
If you've got a spare £200 this Christmas, buy a rolex box set from the jeweller's in town. Watches only ever go up, my husband's sold three and made 40% on every one. No risk, you can wear it while it grows!"""),
    D("gen", "rd", "financial_promise", """
Buy-to-let in Liverpool is a sure thing right now. My cousin's bought six terraced houses in Anfield and he says rents will go up 15% a year for the next five years, "no way you lose". Where's the catch, because I can't see one?"""),
    D("fin", "li", "financial_promise", """
Our Acme Bank 2-year Bond is back and it beats inflation every single year, guaranteed. There's no way to lose with this one, so tell your parents before the rates change."""),
    D("gen", "fb", "financial_promise", """
Uncle Manny's put £20k into a forex robot that makes "at least 4% a month, every month". He showed us the screenshots at Sunday lunch. He says we'd be mad not to join in and I'm inclined to agree."""),
    D("man", "x", "financial_promise", """
lads on the shop floor are all in on rheinmetall. defence spending only goes one way, it'll double again by next summer. stuck my overtime money in"""),
    D("gen", "x", "financial_promise", """
that new whisky distillery on the isle of harris is doing a crowdfund. 25% return when they bottle in 2028, "guaranteed by the casks". my dad put in £5k, so should you"""),
    D("npo", "fb", "financial_promise", """
Our club treasurer has found a way to grow the minibus fund 🚐 he's putting the £8,000 into an ethical bond that pays 9% and he says it "cannot go down because it's backed by solar panels". We'll have the new minibus by spring!"""),
    D("gen", "rd", "financial_promise", """
Wine investment seems like a no-brainer. The broker says Bordeaux en primeur always goes up and my case will be worth triple in 5 years. My wife thinks I'm being had. Convince her for me?"""),
    D("fin", "x", "financial_promise", """
barclays shares are going to crash 30% by march. mark my words. sell now while you can"""),
    D("gen", "fb", "financial_promise", """
My niece is selling shares in her friend's Bristol coffee roastery, £500 a share, and the founder has promised every investor their money back doubled within three years. We've bought two, you should too ☕ proud auntie!"""),
    D("ret", "x", "financial_promise", """
pokemon booster boxes from 2023 are going to be worth 5x by 2030. buy them sealed, stack them in the loft, retire early. can't go wrong"""),
    D("gen", "ig", "financial_promise", """
Started my first ever index fund today 📈 my boyfriend says the S&P will be 20% up by this time next year, it always is. Future me is going to be so rich 💅"""),
    D("fin", "rd", "financial_promise", """
My financial adviser (not at a big firm, a friend of a friend) says he can get us a "protected" 14% a year in a structured note tied to the FTSE, capital guaranteed even if it falls. He wants the money by Friday. Sounds great, right?"""),
    D("gen", "x", "financial_promise", """
my dad has told the whole family that bitcoin will hit a million by 2030. he's bought for all the grandkids' birthdays. he's never wrong about these things so we're buying too"""),
    D("hea", "fb", "financial_promise", """
The hospital social club is pooling our savings into shares in that new weight-loss jab company. One of the consultants says the share price will triple by Christmas because everyone's going to be on it. Count me in!"""),
    D("gen", "rd", "financial_promise", """
Land plots in the Cotswolds for £15k each that'll be worth £150k when planning permission comes through "next year, guaranteed". My uncle bought four. Am I stupid for wanting in?"""),
    D("tec", "li", "financial_promise", """
Every founder I mentor asks where to park their cash. My answer: buy Microsoft and never sell. It will outperform every fund you can name for the next twenty years, that's as close to a certainty as this industry gets."""),
    D("gen", "fb", "financial_promise", """
Friend from school is starting a car-wash franchise and guaranteeing 30% returns to anyone who chips in by the end of the month. He's always been good with money so I'm in for £3k. Ask me for his number if you want in too."""),
    D("fin", "x", "financial_promise", """
the pound will be at $1.50 by autumn, guaranteed. change your holiday money now and you'll be laughing"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
BLACK FRIDAY AT THE PLANT POT 🌿 30% off every houseplant this weekend, plus a free terracotta pot with any monstera. Tag a friend who needs more green!"""),
    D("tec", "x", "promotion", """
speaking at devconf next month? use my speaker code ACMECLOUD25 for 25% off your ticket. see you in the hallway track"""),
    D("fin", "fb", "promotion", """
Switch your current account to Acme Bank before 31 January and we'll pay you £175 to say hello 👋 plus 12 months of fee-free overdraft. Pop into any branch to start."""),
    D("hea", "ig", "promotion", """
New patients at Acme Dental Harrogate get a free scale and polish with their first check-up this month ✨ book online and mention this post."""),
    D("npo", "fb", "promotion", """
Our Christmas raffle is back! 🎟️ £2 a ticket for a chance to win a weekend in a Lake District cottage, a hamper from the butcher's and a signed Leeds Rhinos shirt. All proceeds to the hospice, tickets from the charity shop."""),
    D("gen", "x", "promotion", """
giving away 3 signed copies of my new cookbook 📚 follow + retweet by sunday to enter, winners picked monday"""),
    D("man", "li", "promotion", """
Visiting the Advanced Engineering show in Birmingham? Come to the Acme plant stand (H42) and drop your card in the bowl to win a DJI drone. Plus free coffee all day for anyone who stops for a demo."""),
    D("ret", "fb", "promotion", """
Buy one get one free on all Acme Market party food this weekend 🎉 sausage rolls, mini quiches, the lot. Perfect timing for your New Year's do!"""),
    D("tec", "li", "promotion", """
Starting a new project? Every new Acme Cloud account gets $300 in free credits for the first 90 days. I've used mine to build the side project I've been putting off for two years. Link in comments!"""),
    D("gen", "ig", "promotion", """
@glowbysam x my skincare stash 💖 use code SAMGLOW15 for 15% off the vitamin c serum I won't shut up about, valid till Friday!"""),
    D("fin", "x", "promotion", """
acme pay cards now give 1% cashback on every coffee shop purchase till the end of may ☕ treat yourself to the oat latte"""),
    D("hea", "fb", "promotion", """
This week only at Priory Lane Physio: your first sports massage half price when you book a course of three. Perfect if you're training for the spring marathons 🏃"""),
    D("npo", "x", "promotion", """
acme foundation quiz night thursday 🧠 tables of 6, £30, and the first 10 teams to book get a free bottle of fizz. all money to the youth centre"""),
    D("ret", "x", "promotion", """
closing down sale at my dad's shoe shop, everything 50% off till saturday 👟 after 40 years he's finally putting his feet up"""),
    D("gen", "fb", "promotion", """
The Black Horse is doing free chips with every pint on Monday nights through January 🍟 Great way to beat the blues, bring the whole darts team."""),
    D("man", "x", "promotion", """
acme plant open day on saturday: free hard hat and hi-vis for every kid, plus a prize draw for a factory tour with the plant manager. bring the family"""),
    D("tec", "rd", "promotion", """
We're launching our new monitoring add-on and I've got 50 promo codes for six months free for r/selfhosted folks. DM me and I'll send you one, first come first served."""),
    D("hea", "x", "promotion", """
acme health portal members: free flu jab at any acme pharmacy when you book through the app before 30 nov, and a £5 coffee voucher for turning up. see you there"""),
    D("fin", "li", "promotion", """
Open an Acme Wealth stocks and shares ISA before the tax year ends and we'll waive your platform fee for the whole first year, plus a £50 welcome bonus on any deposit over £5,000."""),
    D("ret", "ig", "promotion", """
It's our birthday 🎂 3 years of Kettle Corner! Free slice of cake with every coffee all weekend and 10% off beans to take home. Thank you for every single visit 💛"""),
    D("npo", "li", "promotion", """
Tickets for the Acme Foundation gala are £85, but if you book before Friday you get two for £120 and a free entry into our auction prize draw. Every penny funds our literacy projects."""),
    D("gen", "rd", "promotion", """
I run a small Etsy shop making dog bandanas. For this sub only, code REDDITPUP gets you 20% off and free postage this week. Pics of your dogs wearing them very much appreciated 🐶"""),
    D("man", "fb", "promotion", """
Acme plant staff shop is open to families this Saturday only: 40% off all seconds, plus a free tool bag with any spend over £30. Staff badge needed at the gate."""),
    D("tec", "x", "promotion", """
acme sense cyber monday: 2 smart plugs for the price of one and free next-day delivery. sale ends midnight"""),
    D("hea", "ig", "promotion", """
Our new teeth whitening service at the Acme Dental Skipton clinic is here 😁 £150 off for the first 20 bookings, and bring a friend for a free consult."""),
    D("gen", "x", "promotion", """
contest time 🏆 best halloween costume photo in the replies wins a £50 voucher for our bakery. judging friday, pumpkins optional"""),
    D("fin", "fb", "promotion", """
Acme Bank student accounts now come with a free 4-year railcard and a £0 overdraft up to £2,000. Ask at the freshers' fair stand for a goody bag while they last!"""),
    D("npo", "ig", "promotion", """
Sponsor our junior football team for £25 and get your business name on our banner plus 2 free tickets to the end-of-season barbecue ⚽ DMs open!"""),
]
