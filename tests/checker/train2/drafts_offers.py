# ruff: noqa: E501
"""Training drafts (second set): promotion (offers and incentives in every sector) and financial_promise
(guaranteed or risk-free returns, confident calls on a named stock or fund)."""

from __future__ import annotations

from ..heldout.common import D

PROMOTION = [
    D("ret", "ig", "promotion", """
🎃 Halloween at Acme Market! Buy two bags of sweets, get the third free, this weekend only. Tag a friend who needs a sugar rush 👻"""),
    D("ret", "x", "promotion", """
staff tip: the acme market app has a hidden 15% off your first online shop if you type SPRING15 at checkout. you're welcome"""),
    D("ret", "fb", "promotion", """
Our Acme Market in Oakley is turning 10! 🎉 Pop in on Saturday for free cake, a goody bag for the first 100 customers and £5 off when you spend £30. See you there!"""),
    D("ret", "li", "promotion", """
Delighted to share that Acme Market's new plant-based range launches on Monday, and for launch week every product is half price in store and online. Go and try the jackfruit burgers, they're fantastic."""),
    D("ret", "rd", "promotion", """
Acme Market employee here. If you buy anything from the electricals aisle this month and show your student card, we knock 20% off. Not advertised much, so spread the word."""),
    D("ret", "ig", "promotion", """
🧺 Picnic season prize draw! Comment with your dream picnic spread and one lucky shopper wins an Acme Market hamper worth £100 plus a cool box. Entries close at midnight Thursday 🍓"""),
    D("ret", "x", "promotion", """
psst, acme market online isn't charging for delivery til sunday night if your basket's over £25. my nan's ordering 40 tins of soup"""),
    D("ret", "fb", "promotion", """
Clearance alert! Every garden furniture set at the Acme Market superstore on Hale Road is marked down 40% to make room for Christmas stock. First come, first served 🪑🌞"""),
    D("tec", "li", "promotion", """
Launching a startup? Use my referral link to sign up for Acme Cloud and you'll get $300 in free credits for your first 90 days. Happy to help with your architecture too!"""),
    D("tec", "x", "promotion", """
coming to CloudConf next week? swing by the acme booth, scan the QR code and you're entered to win a Sense camera 📸"""),
    D("tec", "ig", "promotion", """
Black Friday 🖤 Acme Sense doorbells are £40 off with code BELL40 through Monday. Swipe to see the colours. #smarthome #deal"""),
    D("tec", "rd", "promotion", """
I work on the Acme Pay team. For the next month, any small business that signs up gets zero transaction fees for their first 60 days. DM me if you want the sign-up link."""),
    D("tec", "fb", "promotion", """
Speaking at DevSummit in Manchester next month on cloud cost optimisation! Use my speaker code ALEXM25 for 25% off your ticket, would love to see some friendly faces in the room."""),
    D("hea", "fb", "promotion", """
New patients at the Acme Health dental practice in Kingswood get a free check-up and 50% off teeth whitening until the end of March 😁 Book online or call reception."""),
    D("hea", "ig", "promotion", """
✨ January glow-up ✨ £20 off any physio package at Acme Health's sports injury clinic with code RUN20. New year, new knees 🏃‍♀️"""),
    D("hea", "x", "promotion", """
acme health travel clinic: get your hep A jab and your typhoid jab together this month and the second one's half price. bon voyage"""),
    D("hea", "li", "promotion", """
Thrilled to open our new Acme Health eye clinic in Bury! To celebrate, every eye test is free through April and all frames are buy-one-get-one. Come and see us."""),
    D("fin", "fb", "promotion", """
Switch your current account to Acme Bank before 31 May and we'll pay you £175 🏦 Just move over two direct debits. I'm happy to help anyone at the Chapel Street branch!"""),
    D("fin", "x", "promotion", """
open an acme pay business account this week and get your card reader for £1 instead of £49. limited stock"""),
    D("fin", "ig", "promotion", """
refer a friend to Acme Bank and you BOTH get £50 💷 my link's in bio, I get nothing from it but my friends keep asking lol"""),
    D("fin", "li", "promotion", """
Hosting a free retirement planning seminar at Acme Wealth on the 12th. Everyone who books a follow-up review on the night gets their first year's advice fee waived. Limited places, so let me know."""),
    D("fin", "rd", "promotion", """
Acme Bank staffer: new credit card customers get 0% on purchases for 24 months AND a £30 Amazon voucher this month. The voucher isn't on the website, you have to ask in branch."""),
    D("man", "li", "promotion", """
Visiting the Hannover Messe? Come to the Acme booth in Hall 7 and book a demo of our new conveyor controller: the first 50 bookings get a 10% discount on their first order plus a free site survey."""),
    D("man", "fb", "promotion", """
Acme plant open day this Saturday! Free factory tours, free hot dogs, and a raffle for a brand new e-bike for anyone who signs up to our apprenticeship newsletter 🚲"""),
    D("man", "x", "promotion", """
trade customers: 3 months' free maintenance on any acme press ordered before year end. ask your account manager"""),
    D("npo", "fb", "promotion", """
Acme Foundation's summer gala is on 14 June! 🎶 Early bird tickets are £30 instead of £45 until Friday, and every ticket goes into a prize draw for a weekend in Cornwall. All proceeds go to our youth programmes."""),
    D("npo", "ig", "promotion", """
RAFFLE TIME 🎟️ £2 a ticket or 3 for £5 to win a hamper from our sponsors. Drawn live at the Acme Foundation Christmas fair on the 16th 🎄"""),
    D("npo", "x", "promotion", """
run the acme foundation 10k for us this year and use code CHARITY10 for £10 off your entry fee. every mile counts"""),
    D("npo", "li", "promotion", """
Businesses: sponsor a table at the Acme Foundation awards dinner before 1 March and your second table is free, plus your logo on every screen on the night. A great way to give back."""),
    D("gen", "fb", "promotion", """
Acme staff discount isn't just for us this weekend! Every employee can bring a friend to the family fun day and they get 30% off everything at the company shop. Who's coming? 🎈"""),
    D("gen", "x", "promotion", """
comment your favourite acme product and you could win a year's supply of it 🏆 contest closes sunday at midnight"""),
    D("gen", "rd", "promotion", """
Acme employee here. Our annual sample sale is open to the public for the first time this year: everything from the showroom at 70% off. Bring cash and a big bag."""),
]

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
acme bank's new fixed-rate bond pays 7% and you simply can't lose money on it. easiest decision you'll make all year"""),
    D("fin", "li", "financial_promise", """
Clients often ask me where their money will be safest and grow the most. My answer this year is the Acme Wealth Balanced Growth fund: it will return 9% in 2026, and the downside is effectively zero. Let's talk."""),
    D("fin", "fb", "financial_promise", """
If you're sitting on your redundancy money, put it in the Acme Wealth Income Builder. You'll get 8% a year, every year, and your capital is completely safe. I've seen it work for dozens of families."""),
    D("fin", "rd", "financial_promise", """
Honestly the Acme Pay share price is going to triple by 2027. Merchant growth is insane and the market hasn't priced it in. Buy now and thank me later."""),
    D("fin", "ig", "financial_promise", """
📈 put £5k into the Acme Global Tech fund today and you'll have £10k by Christmas next year. that's not hype, that's maths. link in bio"""),
    D("fin", "x", "financial_promise", """
acme wealth's gold tracker is a one-way bet. up 30% next year minimum, zero risk"""),
    D("fin", "li", "financial_promise", """
As an adviser, the question I get most is "is it safe?" For the Acme Wealth Protected Plus plan the answer is simple: 6% a year, guaranteed, and you will never get back less than you put in. That's why my clients sleep well."""),
    D("fin", "fb", "financial_promise", """
My in-laws were worried about their pension so I moved it all into the Acme Retirement Secure fund. It's risk-free and it'll beat inflation every year, so they can stop checking the news 😊"""),
    D("fin", "rd", "financial_promise", """
Anyone buying Acme Bank shares under £5 is getting a steal. They'll be £9 within 18 months, the dividend alone guarantees it."""),
    D("fin", "x", "financial_promise", """
the acme emerging asia fund will outperform every other fund on the platform this year. bank on it"""),
    D("fin", "li", "financial_promise", """
Our new Acme Wealth Green Infrastructure fund is the safest way to grow your savings: 10% annual returns locked in for the first five years, backed by real wind farms. Investors cannot lose."""),
    D("fin", "ig", "financial_promise", """
"but what if the market crashes?" 🙄 the Acme Dividend Aristocrats fund doesn't care. it's never had a down year and it never will. start with £50 a month 💸"""),
    D("fin", "fb", "financial_promise", """
Grandparents, the best gift you can give is an Acme Junior Saver Bond. Your £1,000 today will be £4,000 by their 18th birthday, guaranteed. Pop into any branch."""),
    D("fin", "rd", "financial_promise", """
Adviser here. Acme's structured deposit linked to the FTSE pays 12% after three years no matter what the index does. There's literally no way to lose, it's the best product on the market right now."""),
    D("fin", "x", "financial_promise", """
buy acme bank before results. it'll jump 20% on the day, i'd put my house on it"""),
    D("fin", "li", "financial_promise", """
Every client who took my advice and bought into the Acme Wealth UK Smaller Companies fund last spring is up 18%, and I'm telling you now it'll be up another 25% by next spring. This is the best time to get in."""),
    D("tec", "x", "financial_promise", """
acme stock doubles by year end. AI demand is insane and nobody can build data centres fast enough. loading up"""),
    D("tec", "rd", "financial_promise", """
Engineer at Acme. Bought shares through the staff scheme and topped up on the open market. This stock is going to 10x in five years, it's the safest bet in tech. Don't overthink it."""),
    D("ret", "fb", "financial_promise", """
Acme Market staff: put your bonus into the Acme shares save scheme! The share price goes up every year, so it's free money that can only grow. Honestly the best thing you'll do this year."""),
    D("man", "fb", "financial_promise", """
Everyone at the plant should put their overtime money into Acme shares. Our order book is full for three years and the stock price will double by 2027, no question."""),
    D("npo", "li", "financial_promise", """
Retired supporters keep asking how to help us and still live comfortably. Put £25k into the Acme Foundation's new community bond and you'll be paid 5% a year until 2035, your money back in full at the end, no ifs or buts. The youth clubs get the rest."""),
    D("gen", "x", "financial_promise", """
my acme isa has gone up every single month for two years. it literally cannot go down, just put everything in"""),
    D("hea", "fb", "financial_promise", """
Fellow nurses! The Acme Health staff pension top-up plan is guaranteed to give you 7% a year, better than any bank. Nobody tells you this at induction, so sign up now."""),
    D("fin", "fb", "financial_promise", """
Honestly pension people, stop overthinkin it. the Acme Wealth Cautious Managed fund has never lost money and it never will, 6-7% every year like clockwork. move ur pot over and relax"""),
    D("fin", "x", "financial_promise", """
acme pay shares are going to $150 after the spin-off. not a maybe. set a reminder"""),
    D("ret", "rd", "financial_promise", """
Store manager here. Told my whole team to buy Acme Market shares before the Christmas update, they WILL jump at least 15% when the numbers land. Easiest money you'll ever make."""),
    D("fin", "li", "financial_promise", """
If you have £20,000 in a cash ISA right now, you are losing money. Move it into the Acme Wealth Strategic Growth fund and you will have £32,000 in five years. That is the power of the right fund. DM me to get started."""),
    D("fin", "ig", "financial_promise", """
the Acme Wealth Lithium fund is the next big thing ⚡ every EV needs batteries, so this fund is going to explode. 40% gains next year minimum, you heard it here first #investing"""),
]
