# ruff: noqa: E501
"""Exam drafts (tenth held-out set): financial_promise (promised returns and confident predictions of a named
stock, fund, coin, asset or scheme, mostly in everyday words and often passed on by relatives, friends and
workmates, several of them one sentence inside a long post) and promotion (offers, codes, freebies, bonuses and
trials in every sector, whoever posts them, some inside long posts)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Garage clear-out done 🧹 Found: three tents, a rowing machine nobody has ever rowed, and my old comic boxes from the 90s.

Keeping the comics though. First appearance of Venom, Amazing Spider-Man 300, and with the new film coming that copy will be worth £2,000 by next summer, guaranteed. Best investment I never knew I made.

Rowing machine free to a good home, collection only.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
my brother in law put his bonus into Solana and honestly so should you, it's going to $1,000 before christmas, no doubt about it""",
    ),
    D(
        "fin",
        "li",
        "financial_promise",
        """
Proud to share that the Acme Wealth Global Income Fund has just passed £500m under management, five years after launch.

Thank you to the clients who trusted us early, and to a fund team that reads every annual report cover to cover (yes, even the footnotes).

If you're looking for a home for your savings in 2027: this fund pays 6% a year, every year, and your capital is never at risk. That's the promise we've kept since day one.

Get in touch with your adviser to find out more.""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
My dad's mate has a shipping container leasing scheme: you buy a container for £4,500 and they rent it out and pay you 14% a year for ten years, then buy it back. Dad's putting his redundancy in and honestly I'm going to as well, it literally can't lose, containers are always needed.""",
    ),
    D(
        "gen",
        "ig",
        "financial_promise",
        """
bought my first Omega Speedmaster today ⌚ this is the best investment i'll ever make, these go up 15% every single year, it'll have paid for my wedding by 2030""",
    ),
    D(
        "tec",
        "x",
        "financial_promise",
        """
nvidia to $2,000 by the end of next year. write it down. every AI lab on earth is buying their chips and that's not changing""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Our Jodie's been doing this land plot thing, you buy a plot of field near Milton Keynes for £12k and when it gets planning permission it's worth ten times that, it's GUARANTEED to get planning because the council's run out of space. We've put our ISA in. Message her if you want in.""",
    ),
    D(
        "ret",
        "li",
        "financial_promise",
        """
Our independent wine shop turned five this month, and it's been the best and hardest five years of my life.

We started with 80 bottles and a borrowed till. We now stock 900 wines, run a tasting club of 240 members, and survived a pandemic by delivering by bike.

We've hosted 140 tastings, two weddings and one proposal (she said yes, over a Rioja). We've learned that people trust a handwritten shelf label more than any score, and that a shop dog is the best salesperson you'll ever have.

We've also learned to say "I don't know, let me find out", which turns out to be the most useful sentence in the wine trade.

For the members asking about our new en primeur service: buy the 2024 Bordeaux now and you'll double your money by the time it's drinkable, it happens every good vintage.

Thank you to everyone who's drunk with us. Here's to the next five.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
anyone with spare cash, Tesco shares are going to 500p this year. supermarket wars are over and they won. easy money""",
    ),
    D(
        "fin",
        "rd",
        "financial_promise",
        """
Colleague at work swears by this forex "AI bot" on Telegram, £500 minimum and it makes 3% a week, he's been in 4 months and it's never had a down week. I've just sent my £500 and I'm putting more in when I get paid. Can't see the catch?""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Sealed first-gen iPhones are going for silly money. I've got two in the loft still in the shrink wrap. If you've got one, DON'T open it, they'll be worth £20k each in five years, they only ever go up.""",
    ),
    D(
        "man",
        "x",
        "financial_promise",
        """
lads on the night shift, uranium miners are going to 5x in the next two years, every country's building reactors. i've put my overtime in, you'd be daft not to""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Got offered a parking space in central Manchester for £28k by a guy at work. He says they rent for £200 a month and the price goes up 10% every year without fail, so it's basically a guaranteed 18% a year. Going to view it Saturday, honestly feels like a no-brainer.""",
    ),
    D(
        "gen",
        "ig",
        "financial_promise",
        """
my nan kept every Beanie Baby from 1998 and the Princess bear is going to be worth £5k by the time I'm 30, so I'm not selling 🧸 retirement sorted""",
    ),
    D(
        "npo",
        "fb",
        "financial_promise",
        """
Update from the scout group's treasurer: we've put the new hut fund into a cocoa futures scheme a parent recommended. Cocoa prices can only keep rising with the crop failures, so the fund will be at £40,000 by next year instead of the three years we planned. Thanks to the Morgan family for the tip!""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
XRP is going to $10. not might, will. the lawsuit's done and the banks are lining up. buy now or cry later""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Wedding planning update 💍 We've booked the barn, the band and my cousin's Ford Escort RS Cosworth as the wedding car.

He's told us he paid £45k for it and it'll be worth £100k in five years, these never go down. So we're going halves with him on it instead of a honeymoon. Honeymoon in 2031 in the Maldives, paid for by a car.

Save the date cards next week!""",
    ),
    D(
        "fin",
        "x",
        "financial_promise",
        """
Diageo at this price is free money, it'll be back to £35 within a year, always does. buying more on payday""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Uncle's been telling the whole family to put money into his mate's laundrette franchise. £15k in, guaranteed £400 a month for life, "people always need clean clothes." My mum's done it, my aunt's done it. I've done it too now. Feels good to have something that can't fail.""",
    ),
    D(
        "tec",
        "li",
        "financial_promise",
        """
Eighteen months after leaving my job to build a trading app, I'm proud to say we've launched.

The team is seven people, the app is live on iOS and Android, and our first 3,000 users have put £1.4m through it.

For anyone who's been waiting: our AutoGrow portfolio will return 11% a year, and we've designed it so you physically can't lose money, the algorithm moves you to cash before any drop.

Thank you to every friend who beta-tested and every investor who took a punt on us.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
platinum is going to overtake gold by 2027, easy double from here. sold my premium bonds to buy bars""",
    ),
    D(
        "ret",
        "fb",
        "financial_promise",
        """
For our regulars at the coin and stamp shop 🪙 the new King Charles proof sets arrived this morning. At £95 they're a steal, they WILL be worth £300 by the time the next coronation comes round, they always triple. Limited stock.""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Mate from five-a-side put me onto a bamboo plantation bond in Costa Rica, 12% fixed for 7 years and the land backs it so there's no way to lose your money. Just moved my ISA over. Anyone else in it?""",
    ),
    D(
        "hea",
        "x",
        "financial_promise",
        """
every nurse in our unit should be buying Novo Nordisk shares, the weight loss jab boom has years left, it'll double again by 2028. i'd bet my pension on it""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
My dad's advice for my 18th: "put the £1,000 in JD Sports shares, they'll be worth £3,000 when you finish uni, trainers never go out of fashion." So I did, and so should every 18-year-old reading this.""",
    ),
    D(
        "gen",
        "ig",
        "financial_promise",
        """
finally bought a vintage Game Boy in the box 🎮 these are going to be worth £10k in ten years, mark my words, retro gaming only goes one way""",
    ),
    D(
        "fin",
        "li",
        "financial_promise",
        """
Ten years as a mortgage broker this week. I've arranged over 2,000 mortgages, cried at three completions and been hugged by one very happy dog.

Lessons: clients want honesty more than they want a low rate. Every lender's criteria change the week you need them. Answer your phone.

And for my clients asking where to put a deposit: Liverpool's Baltic Triangle is where you want to be, a flat there will double in value in six years, no question.

Here's to the next ten.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
if your kid's got a Child Trust Fund sitting in cash, put it all into Rightmove shares, they'll be worth 4x by the time they're 25, housing never stops""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
My girlfriend's dad runs a cattle investment scheme in Ireland: you buy a share of a herd for £5k and get 18% back every year from the beef. He says it's impossible to lose because cows always have value. I've put my savings in. Is there a catch I'm missing or is this just a good deal?""",
    ),
    D(
        "man",
        "fb",
        "financial_promise",
        """
Lads from the welding shop, Dave in stores has set up a syndicate buying Japanese whisky bottles. £200 each, and they'll be worth £1,000 in three years, Yamazaki never drops. He's done it twice and doubled both times. I'm in for two.""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
For anyone asking what I did with my inheritance: Cardano. It will be at $5 by next spring, the upgrades are coming and the big funds are buying. My sister did the same.""",
    ),
    D(
        "npo",
        "x",
        "financial_promise",
        """
our hospice shop is selling the donated Hornby train sets on ebay instead of in store because they're guaranteed to triple at auction. genius move by our manager""",
    ),
]

PROMOTION = [
    D(
        "ret",
        "ig",
        "promotion",
        """
Mother's Day is coming 💐 use MUMSDAY20 for 20% off every bouquet on our website until Sunday, and we'll add a free box of truffles to orders over £40""",
    ),
    D(
        "gen",
        "fb",
        "promotion",
        """
Kids' party season 🎈 Bouncy Barn in Wetherby is offering £50 off any weekday party booked this month, and the birthday child goes free. Just mention this post when you ring!""",
    ),
    D(
        "tec",
        "li",
        "promotion",
        """
Six months since we launched Acme Sense's home security bundle, and our customers have set up 40,000 cameras, alarms and door sensors.

The biggest surprise: how many people bought it for their parents. The second: how many dogs now have their own highlights reel.

To celebrate, the whole bundle is 30% off on acmecorp.com until Friday, and we'll include a free year of cloud video storage with every order.

Thanks to the team who built it and the customers who keep telling us what to fix.""",
    ),
    D(
        "gen",
        "x",
        "promotion",
        """
first guitar lesson free for anyone in Otley this month 🎸 i teach beginners of any age, just DM and say you saw this""",
    ),
    D(
        "ret",
        "fb",
        "promotion",
        """
Ilkley Optical news 👓 Buy any pair of glasses before the end of February and get a second pair free, with free eye tests for under-16s every Saturday.""",
    ),
    D(
        "fin",
        "x",
        "promotion",
        """
charities! acme pay is waiving card fees for registered charities for 3 months if you sign up before march. honestly worth it for the bucket collections""",
    ),
    D(
        "gen",
        "ig",
        "promotion",
        """
free beard trim with every skin fade this week at Bladez on Commercial St 💈 and students get £3 off all week with ID""",
    ),
    D(
        "npo",
        "fb",
        "promotion",
        """
Pudsey Dog Show is back! 🐕 Entry is £3 per class, and every dog entered goes into the raffle for a year's supply of food from Paws & Claws. Best in show wins a hamper.""",
    ),
    D(
        "hea",
        "x",
        "promotion",
        """
acme health's online physio is free for your first consult this month, then 25% off any block of six. use code MOVE25 at checkout""",
    ),
    D(
        "gen",
        "fb",
        "promotion",
        """
Window cleaning in Horsforth 🪟 first clean free for new customers on Broadway and Long Row, then £12 a month. Ring Gary to book.""",
    ),
    D(
        "ret",
        "x",
        "promotion",
        """
free comic book day at Panel Beaters on saturday 📚 one free comic per person, and 15% off everything else with the code FCBD15 online""",
    ),
    D(
        "gen",
        "rd",
        "promotion",
        """
I run a climbing wall in Leeds. Reddit folk: first taster session is free this month if you say "redditor" at the desk, and your second visit is half price. Shoes included.""",
    ),
    D(
        "hea",
        "fb",
        "promotion",
        """
Holme Vets 🐾 bring your dog for their booster in March and get a free nail clip and a 10% discount on flea treatment.""",
    ),
    D(
        "ret",
        "li",
        "promotion",
        """
Our microbrewery turned three this week, and I'm still amazed that the thing I started in a garage now employs eleven people.

We brew 40 barrels a week, supply 60 pubs across Yorkshire and have won two golds at the regional awards (the silver we don't talk about).

The garage is now a proper brewhouse with a tap room, a dog bowl and a dartboard that nobody can hit. Our head brewer, who joined as a volunteer washing casks, now writes every recipe, and our best seller is a pale ale she designed on a Tuesday afternoon because she was bored.

We've had floods, a failed fermenter and a delivery van that broke down on the A1 with 30 casks in the back, and we're still here.

Birthday offer for anyone who reads this far: show this post at the tap room this weekend and your first pint is on us, with 20% off every case in the shop.

Thank you to every pub that took a chance on us.""",
    ),
    D(
        "gen",
        "x",
        "promotion",
        """
panto tickets for Aladdin at the Civic 🎭 code GENIE241 gets you 2 for 1 on any matinee. oh yes it does""",
    ),
    D(
        "fin",
        "fb",
        "promotion",
        """
Acme Bank mortgage customers 🏡 remortgage with us before the end of June and we'll give you a free home valuation and £500 cashback on completion. Ring your mortgage adviser to book.""",
    ),
    D(
        "man",
        "li",
        "promotion",
        """
Our little precision engineering firm is exhibiting at a national show for the first time, and the whole team is a bit giddy about it.

We started in a railway arch in 2011 with one lathe and a kettle. We now make parts for medical devices, racing cars and at least one very expensive coffee machine.

We'll be at the Southern Manufacturing show at Farnborough next week, stand H42, with the new servo press running all day. Scan the QR code at the stand for a free tool audit worth £500 and 15% off your first order.

Come and say hello, even if it's just for the biscuits.""",
    ),
    D(
        "npo",
        "x",
        "promotion",
        """
our charity gala tickets are 25% off until friday with code HEARTS25. three course dinner, band and a silent auction for the hospice""",
    ),
]
