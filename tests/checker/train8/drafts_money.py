# ruff: noqa: E501
"""Training drafts (eighth set): financial_promise (promised returns and confident predictions of a named stock,
fund, coin or product, mostly in everyday words, passed on by friends and relatives too) and promotion (offers,
codes, giveaways, bonuses and freebies in every sector, whoever posts them)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D("gen", "x", "financial_promise", """
put my whole bonus in rolls-royce shares this morning. that stock is going to £12 by easter, bookmark this tweet and come back and thank me"""),
    D("fin", "fb", "financial_promise", """
My uncle's been in the Carrow Green forestry bond for six years and it's paid 11% every single year without fail. He says it'll keep paying that till he dies and there's no way to lose the capital. I've put 5k in, you'd be daft not to"""),
    D("gen", "rd", "financial_promise", """
Not financial advice but Tesla's going to double by Christmas, the robotaxi launch is basically priced in at zero. Calls are cheap right now. You won't get a better entry."""),
    D("fin", "li", "financial_promise", """
Our Acme Wealth Income Plus portfolio pays 7% a year, every year, whatever the markets do. Book a call and lock it in for your retirement."""),
    D("gen", "ig", "financial_promise", """
Three months into my matched-betting side hustle and I can tell you this: it's £800 a month, every month, zero risk, as long as you follow the spreadsheet. DM me for the spreadsheet 💸"""),
    D("tec", "x", "financial_promise", """
palantir stock is going to be the next apple, it 5xes in two years minimum. i've never been more sure of anything"""),
    D("gen", "fb", "financial_promise", """
Our Dave got into that gold-backed savings app through work and he says it's impossible to lose money because gold always goes up. 9% a year. Anyone wanting in, he's got a link 👍"""),
    D("fin", "x", "financial_promise", """
the ftse 100 will be at 10,000 by june. easiest call i'll ever make. load up on the tracker now"""),
    D("ret", "fb", "financial_promise", """
Buying limited-edition Lego to resell is the best investment going, the sets triple in value within three years, guaranteed. Got 40 boxes in the loft. Future me is rich 🧱"""),
    D("gen", "rd", "financial_promise", """
PSA for my fellow students: put your maintenance loan in the Solbridge crypto staking pool. 1.5% a week, paid every Monday, and they cover any losses. My flatmate's been doing it since September."""),
    D("npo", "fb", "financial_promise", """
Trustees: if we move the reserves into the Northgate property fund, it'll grow at least 8% a year, no question, and we'll never need to do a fundraising gala again. I've looked at it carefully."""),
    D("fin", "rd", "financial_promise", """
Bitcoin hits 250k before the next halving. Not maybe. Will. Anybody selling under 100k is going to regret it for the rest of their life."""),
    D("man", "x", "financial_promise", """
copper's going to the moon with all the EV demand. freeport mcmoran doubles this year, mark my words, im all in"""),
    D("gen", "ig", "financial_promise", """
My mum's friend from church runs a wine investment club, you buy cases of Bordeaux and she stores them and they're worth twice as much in 5 years. Mum's done it twice and never lost a penny, I'm joining 🍷"""),
    D("tec", "rd", "financial_promise", """
Nvidia's dead money now. The stock will be back under $80 by summer and it'll never see these highs again. Sell while you can."""),
    D("fin", "fb", "financial_promise", """
Just opened my Acme Bank fixed saver and I'm telling everyone: 6% guaranteed and the rate is only going up from here, so you'll never get a better return anywhere. Get it before it goes."""),
    D("gen", "x", "financial_promise", """
the harbour quay new-build flats in margate are a no-brainer, developer guarantees 8% rent for five years and they'll be worth 30% more by 2027. get one off-plan while you can"""),
    D("hea", "fb", "financial_promise", """
Fellow nurses, the NHS pension is fine but my colleague's husband runs a care-home bond that pays 10% fixed and it's backed by the buildings so you literally can't lose. A few of us from ward 7 are in."""),
    D("ret", "ig", "financial_promise", """
Pokémon cards are the new gold. That Charizard I bought for £300 will be worth 3k by next summer, easy. Start collecting now and thank me later ⚡"""),
    D("gen", "fb", "financial_promise", """
Grandad's advice at Sunday lunch: put everything in premium bonds, "you'll win a grand every year, it's the Post Office, they can't lose". He's been saying this since 1987 and we all believe him 😂 so should you"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
Half term treat 🍦 every kid gets a free ice cream at the Acme Market café in Skipton with any adult meal until Sunday. Come and see us!"""),
    D("tec", "li", "promotion", """
Speaking at CloudConf Manchester next week on cost controls. If you're coming, use ACMEDEVS25 for 25% off your ticket, and swing by our stand for a free hoodie 👕"""),
    D("fin", "fb", "promotion", """
New to Acme Bank? Open a current account before 31 January and get £175 when you switch your salary, plus 3 months' free travel insurance. Link in bio!"""),
    D("hea", "ig", "promotion", """
Acme Dental Beverley's birthday month 🦷 £30 off hygienist appointments booked in November and a free electric toothbrush for every new patient!"""),
    D("npo", "fb", "promotion", """
Give £10 to the Acme Foundation winter appeal this week and we'll post you a free tote bag AND put your name in the draw for a signed Leeds Rhinos shirt 🏉"""),
    D("man", "li", "promotion", """
Visiting the Acme plant's trade counter this month? Quote FACTORYDAY and get 15% off all fixings and fasteners, plus a free tape measure with any order over £50."""),
    D("gen", "x", "promotion", """
GIVEAWAY 🎁 follow me and retweet this and you could win a pair of festival tickets for next summer. winner picked friday"""),
    D("ret", "fb", "promotion", """
Acme Market Selby: buy any two bottles of wine this weekend and the third one's on us 🍷 Perfect for bonfire night!"""),
    D("tec", "x", "promotion", """
acme cloud is giving $500 in credits to any student team at the hackathon this weekend, just sign up with your uni email"""),
    D("hea", "fb", "promotion", """
Acme Health's private physio clinic in Ilkley: your first assessment is completely free if you book before Christmas, and 20% off a block of six sessions after that 💪"""),
    D("fin", "li", "promotion", """
Top up your Acme Wealth pension before 5 April and we'll add a £50 bonus for every £2,000 you pay in. Terms in the app."""),
    D("npo", "ig", "promotion", """
Charity shop sale 🛍️ everything on the rails is 50p this Saturday at the Acme Foundation shop on Castle Street, and there's a free mince pie with every purchase!"""),
    D("gen", "ig", "promotion", """
Comment your favourite Sunday roast side dish below for a chance to win a £50 voucher for our pub! Winner drawn Friday at 6 🍗"""),
    D("ret", "x", "promotion", """
flash sale on acme market's garden furniture, 40% off everything this weekend only. grab a bench before they're gone"""),
    D("tec", "fb", "promotion", """
Acme Sense Black Friday: the doorbell camera is down to £59 and every order gets a free chime. Ends Monday night!"""),
    D("man", "x", "promotion", """
acme plant open day saturday 🏭 first 100 families through the gate get a free goody bag and a voucher for the staff canteen"""),
]
