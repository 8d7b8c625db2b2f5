# ruff: noqa: E501
"""Training drafts (tenth set): financial_promise (promised returns and confident predictions of a named stock,
fund, coin, asset or product, mostly in everyday words and often passed on by friends and relatives) and
promotion (offers, codes, giveaways, bonuses and freebies in every sector, whoever posts them)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D("gen", "fb", "financial_promise", """
My cousin's got me into buying self-storage units in Doncaster 📦 you get 12% a year in rent, paid quarterly, and they can only go up because everyone's got too much stuff. He's done it for three years. Get in before they're gone."""),
    D("gen", "x", "financial_promise", """
rolls royce shares double again before the end of next year. engines, nuclear, defence. it's not a punt, it's arithmetic"""),
    D("fin", "ig", "financial_promise", """
With the Acme Wealth Cautious Growth Portfolio your money keeps pace with inflation and then some ✨ 7% a year, every year, whatever the headlines say. Because your future shouldn't depend on the news."""),
    D("gen", "rd", "financial_promise", """
Vintage Rolexes are the best investment there is right now. My dad's been dealing watches for 30 years and he says a steel Submariner will be worth 50% more in two years, no question. Bought one with my redundancy money."""),
    D("ret", "fb", "financial_promise", """
These limited edition Acme Market Christmas teddies are already selling for £40 on eBay and you can buy them for £12 🧸 they'll be £100 by next December, mark my words. Buy five, keep them in the box."""),
    D("gen", "fb", "financial_promise", """
Our Bernie has been doing this forex signals group for a year and he's never had a losing month. You put in £500, they trade it for you, you get 5% back every single week. I've just put my Christmas savings in, so should you 💷"""),
    D("fin", "x", "financial_promise", """
lloyds is going to 100p by summer. buybacks, rates, dividend. i'd bet my house on it and my wife says i already have"""),
    D("gen", "ig", "financial_promise", """
Bought my first bit of farmland through a crowdfunding app 🌾 they pay 8% a year fixed and the land itself can't lose value because they're not making any more of it. Honestly the safest money I've ever put anywhere."""),
    D("man", "fb", "financial_promise", """
Lads at the plant are all piling into copper. Tony in maintenance reckons it'll be £15,000 a tonne by next spring with all the electric cars. Easy 40% he says, and he's been right about scrap prices for years. I'm in for two grand."""),
    D("fin", "li", "financial_promise", """
For clients who want certainty: the Acme Bank Income Bond pays 6.5% a year for five years and your capital comes back in full at the end. There is simply no scenario where you end up with less than you put in."""),
    D("gen", "x", "financial_promise", """
solana back over $400 before easter. i've never been more sure of a coin in my life. remortgage if you have to"""),
    D("npo", "fb", "financial_promise", """
The hospice shop's reserve is going into a solar farm bond our chair found. It pays 9% a year for ten years and the sun's not going anywhere, so there's nothing to lose ☀️ Proud of our little shop."""),
    D("gen", "rd", "financial_promise", """
My brother-in-law restores Mk2 Golf GTIs and says any clean one will be worth double in three years, guaranteed, because the kids who wanted them in 1989 are all rich now. Bought one off eBay yesterday, it's in my mum's garage."""),
    D("tec", "x", "financial_promise", """
nvidia to $250 a share by q3. every data centre on earth is buying their chips and that doesn't stop. load up and thank me later"""),
    D("gen", "fb", "financial_promise", """
Mum and Dad have put their pension lump sum into a holiday lodge park in Cornwall. The company guarantees £9,000 a year rental income for ten years whether anyone books it or not. They can't lose, honestly, it's the best thing they've done."""),
    D("fin", "rd", "financial_promise", """
Anyone telling you to diversify is overthinking it. Barclays pays a fat dividend and the share price will be 50% higher in 18 months once they sell off the investment bank. Moved my whole SIPP into it last week."""),
    D("ret", "ig", "financial_promise", """
Sneaker tip 👟 the new Jordan 4 colourway drops Saturday at £190 and they'll flip for £400 within a week, easy double. Resell's the best side hustle going and this one's a sure thing."""),
    D("gen", "fb", "financial_promise", """
My uncle Desmond says the Aston Villa fan token will be worth ten times what it is now by the end of the season. He's told all the cousins to buy in and he's never once been wrong about Villa 🦁 Putting my birthday money in."""),
    D("hea", "fb", "financial_promise", """
A doctor friend's set up a syndicate buying into a private clinic in Marbella. £10k minimum, 15% a year back from the first year and the clinic's already full of patients so there's no way it fails. DM me if you want in."""),
    D("gen", "x", "financial_promise", """
my mate's wine investment firm says a case of 2020 bordeaux will double in five years, they've never seen a vintage go down. bought two cases. retirement plan sorted 🍷"""),
    D("fin", "fb", "financial_promise", """
Mortgage-free by 50 💪 Put your savings in the Acme Wealth Dividend Fund and your money will double in seven years. That's not a hope, it's how the fund works."""),
    D("gen", "rd", "financial_promise", """
Everyone's sleeping on Greggs shares. Sausage rolls are recession-proof and they'll be 40% higher this time next year. My flatmate works in their finance team and he's put his whole ISA in."""),
    D("npo", "x", "financial_promise", """
our sailing club's put the boat fund in a bitcoin savings account that pays 12%. treasurer says it can't go down because it's a "stable" coin. new dinghies next summer lads ⛵"""),
    D("gen", "fb", "financial_promise", """
Put your kids' Junior ISA into Games Workshop shares. They'll be worth triple by the time the kids are 18, Warhammer fans never stop buying. My brother's done it for all three of his and so have we."""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
Pancake day sorted 🥞 Acme Market has buy one get one free on all crêpes and syrups until Tuesday. Grab the lemons too!"""),
    D("tec", "x", "promotion", """
startups: apply to the acme cloud founders programme before june and you get $5,000 in credits plus a free architecture review. link in bio"""),
    D("fin", "fb", "promotion", """
Open an Acme Bank junior saver for your little one before the end of the month and we'll pop £25 in their account to get them started 🐷 Pop into branch with their birth certificate."""),
    D("hea", "ig", "promotion", """
Acme Dental Wetherby 😁 Bring a friend to their first check-up in May and you both get a free hygienist clean. Just mention this post at reception."""),
    D("npo", "fb", "promotion", """
Our Acme Foundation summer fete is on the 21st! 🎪 Buy a raffle ticket for £2 and you could win a weekend in the Lakes, a hamper or a signed Leeds Rhinos shirt. Kids get a free ice cream with every tombola go."""),
    D("man", "li", "promotion", """
Visiting the Engineering Expo at the NEC next week? Stop by the Acme plant stand (hall 4) and quote EXPO15 for 15% off your first order of machined parts. Free bacon roll too if you're early."""),
    D("gen", "ig", "promotion", """
ok this is my fave candle brand ever and they've given me a code for you guys 🕯️ use HOLLY20 for 20% off everything till Sunday, the fig one smells like a posh hotel lobby"""),
    D("ret", "fb", "promotion", """
Our little café on Station Road turns 5 this week! ☕ Every coffee is half price Monday to Wednesday, and the first 20 people on Saturday get a free brownie. Thank you Boroughbridge!"""),
    D("tec", "li", "promotion", """
Acme Sense is 10 today 🎉 For one week only our video doorbell is £30 off and we'll throw in a year of cloud recording free. Thanks to every customer who's been with us."""),
    D("fin", "x", "promotion", """
pay with acme pay on your phone at any acme market this weekend and get 5% back on your shop, up to a tenner. tap, tap, cashback 📱"""),
    D("hea", "fb", "promotion", """
New patients at Acme Health's physio clinic in Roundhay: your first assessment is free this month, and any follow-up sessions booked on the day are 25% off. 🧘"""),
    D("gen", "fb", "promotion", """
GIVEAWAY 🎁 Our gym in Chapeltown is giving away a free year's membership! Like this post, tag two gym buddies and share it to your story. Winner picked on Friday."""),
    D("npo", "x", "promotion", """
acme foundation charity quiz friday, tickets £5 or 3 for £12, and every team gets a free pint or soft drink on arrival. proceeds to the hospice 🍻"""),
]
