# ruff: noqa: E501
"""Training drafts (eleventh set): financial_promise (promised returns and confident predictions of a named stock,
fund, coin, asset or product, mostly in everyday words and often passed on by friends and relatives) and
promotion (offers, codes, giveaways, bonuses and freebies in every sector, whoever posts them)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D("ret", "fb", "financial_promise", """
My mate Jordan's got a vending machine business going in gyms round Wakefield and he pays investors 20% a year, guaranteed, out of the takings 🍫 Put £5k in with him last month. Protein bars never go out of fashion."""),
    D("gen", "x", "financial_promise", """
old land rover defenders will double in the next three years. they stopped making the real ones and every farmer's kept theirs. buy any you can find"""),
    D("ret", "ig", "financial_promise", """
Jordan 1 retro highs, still in the box 👟 these will triple in value by 2027, every colourway does. Buy two pairs, wear one, keep one in the loft. That's your pension sorted."""),
    D("fin", "fb", "financial_promise", """
Put your savings into the Acme Wealth Income Plus Fund and get 7% a year, every year, guaranteed. No other fund on the market pays like it, and your money can't fall in value."""),
    D("gen", "rd", "financial_promise", """
My uncle's in a fine wine fund that pays 14% a year fixed, backed by bottles in a bonded warehouse in Bordeaux. He says wine has never lost value in 50 years so there's literally no downside. Thinking of putting my ISA in. Anyone else done this?"""),
    D("tec", "x", "financial_promise", """
ASML will be worth double by 2028. every chip on earth goes through their machines. no brainer, back up the truck"""),
    D("fin", "ig", "financial_promise", """
This P2P lending app pays me 11% a year and it can't lose, they've got a reserve fund that covers every default 💸 Been in two years, never a missed payment. Link in bio if you want to start."""),
    D("gen", "fb", "financial_promise", """
My hairdresser's husband is selling shares in a timeshare resort in Tenerife, 15% a year paid every quarter and you get a week in the apartment free. He's done it for eight years. Mum and I are both in. Best decision we've made."""),
    D("gen", "rd", "financial_promise", """
Student pods in Liverpool: 9% yield guaranteed for ten years by the developer, then they buy it back at 125% of what you paid. My dad bought two. Honestly can't see how you lose on this."""),
    D("gen", "fb", "financial_promise", """
Bought a print from a local artist at the Saltaire gallery for £400 in 2021 and it's "worth" £2,000 now according to the owner. Her new series will go the same way, guaranteed. Get in before she's famous 🎨"""),
    D("gen", "x", "financial_promise", """
lloyds shares hit £1 by christmas. mortgages, rates, buybacks, it's all lined up. if you're not in you're missing the easiest money this year"""),
    D("gen", "ig", "financial_promise", """
Did an Airbnb arbitrage course and it's guaranteed to make you £3k a month by month three or your money back 🏡 I'm on month two and already at £1,800. This works, people."""),
    D("fin", "rd", "financial_promise", """
Scottish Mortgage investment trust will double in the next two years. The growth stocks it holds are all oversold and rates are coming down. I've moved my whole SIPP into it and you should too."""),
    D("tec", "fb", "financial_promise", """
Our friend Martin rents out crypto mining rigs: you buy one for £2,500 and get £12 a day back, every day, no matter what the price does. My husband's got three. It's the safest thing we've ever put money into."""),
    D("man", "x", "financial_promise", """
lads on the line keep asking: lithium miners are going to 5x in the next 18 months. every car's going electric. the ones on aim are the cheapest ticket, buy now"""),
    D("tec", "rd", "financial_promise", """
My brother-in-law says the AI tech ETF can't go down for at least five years "because the whole world is buying AI". He's put his redundancy money in. I'm going to do the same with my bonus, feels like a sure thing."""),
    D("gen", "fb", "financial_promise", """
Buy Premier League club shares now, Man Utd will be worth three times as much once the new stadium is built. My cousin works in the City and says it's the safest bet in football 🔴"""),
    D("ret", "ig", "financial_promise", """
Pre-owned Hermès Birkin bags only go up, 14% a year, better than gold or the stock market ✨ That's why I've put my savings into one. This one will be worth £20k by 2028, promise."""),
    D("man", "x", "financial_promise", """
tesla hits $1,000 a share by christmas. robotaxis, optimus, energy. doubters are going to be eating their words"""),
    D("fin", "fb", "financial_promise", """
Grandad's been buying Royal Mint sovereigns for 30 years and says the new coronation ones will be worth five times face value in ten years. He's bought one for each grandkid, so I've bought ten. Can't go wrong."""),
    D("tec", "rd", "financial_promise", """
Domain names are the best investment nobody talks about. I bought 40 .ai domains last year and they'll each sell for £10k minimum by 2026, guaranteed, with the AI boom. Get the short ones before they're gone."""),
    D("fin", "x", "financial_promise", """
the acme bank ethical growth fund is guaranteed to beat the ftse 100 every single year. open one in the app in five minutes and watch it grow"""),
    D("hea", "fb", "financial_promise", """
The dentist I nurse for has put his whole pension into Smile Group shares and says they'll triple once the new clinics open, "can't miss". I've bought £2k worth on the strength of it 😬🦷"""),
    D("gen", "fb", "financial_promise", """
Our next-door neighbour is in a vineyard syndicate in Kent, 16% returns every year and your capital is "fully protected" because the land's always worth more. He's offered us a share, we're definitely going in."""),
]

PROMOTION = [
    D("gen", "ig", "promotion", """
New doggy clients at Muddy Paws grooming get 20% off their first groom this month 🐩 just mention this post when you book. Bath, dry, nails and a bandana included."""),
    D("tec", "x", "promotion", """
acme sense black friday: the smart thermostat is £99 instead of £179 until monday night, and you get the radiator valves half price with it"""),
    D("fin", "fb", "promotion", """
Open an Acme Bank junior saver for your little one this month and we'll add a £10 welcome gift and send a free piggy bank shaped like a hedgehog 🦔 Ages 0 to 15."""),
    D("gen", "fb", "promotion", """
Two-for-one burgers every Tuesday at the Black Bull 🍔 all day, dine in only. Add a pint for £3 with any burger. See you there!"""),
    D("npo", "ig", "promotion", """
Acme Foundation 10k fun run 🏃 early bird entry is £12 instead of £20 until Friday, and everyone gets a free t-shirt and a medal. Raise £100 and we'll throw in a free massage at the finish."""),
    D("hea", "fb", "promotion", """
Acme Dental Keighley: free Invisalign consultation and £300 off your treatment if you book before 30 June 😁 Limited slots each week, call reception to book."""),
    D("tec", "li", "promotion", """
Acme Cloud is sponsoring the Leeds university hackathon this weekend 💻 every team gets $300 of credits to build with, and the winning team gets a year of hosting free."""),
    D("gen", "ig", "promotion", """
First yoga class free at Still Water Studio this week 🧘 and 15% off a 10-class pass if you sign up on the day. Mats provided, no experience needed."""),
    D("ret", "x", "promotion", """
double stamps on every coffee at acme market cafés this week ☕ so your 10th cup's free twice as fast. show the app at the till"""),
    D("gen", "ig", "promotion", """
Free UK shipping on everything in my Etsy shop this weekend with code POSTFREE 🧶 hand-knitted hats, mittens and the lopsided teapot cosies you all love."""),
    D("ret", "fb", "promotion", """
Every loaf, pastry and cake in our bakery is half price after 4pm, every day 🥐 Acme Market Ilkley. Saves it going in the bin and saves you a few quid."""),
    D("tec", "x", "promotion", """
devconf north tickets: 30% off with code ACMEDEV30 until friday. two days of talks, free lunch both days, and the afterparty's on us"""),
    D("man", "fb", "promotion", """
Acme plant family day on 6 July 🎪 free entry for staff families, free burger for every kid, and a raffle to win a go in the forklift simulator (tickets £1, all money to the air ambulance)."""),
    D("fin", "ig", "promotion", """
Open an Acme Pay account this month and we'll give you a £25 Amazon voucher 🎁 plus 1% cashback on your first 100 card payments. New customers only."""),
]
