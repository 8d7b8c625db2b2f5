# ruff: noqa: E501
"""Training drafts (ninth set): financial_promise (promised returns and confident predictions of a named stock,
fund, coin, asset or product, mostly in everyday words and often passed on by friends and relatives) and
promotion (offers, codes, giveaways, bonuses and freebies in every sector, whoever posts them)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D("gen", "fb", "financial_promise", """
My brother-in-law's got us into a whisky cask scheme. 15% a year and it literally can't go down because whisky only gets older and dearer 🥃 He's put our names down for two casks. Honestly, if you've got savings sat doing nothing, do it."""),
    D("gen", "x", "financial_promise", """
tesla at $600 by christmas. not a maybe, not a hope. screenshot this"""),
    D("fin", "ig", "financial_promise", """
Sleep easy with the Acme Wealth Steady Income Fund 🌙 6% paid to you every year, guaranteed, whatever the markets get up to. Your savings, finally working as hard as you do."""),
    D("gen", "rd", "financial_promise", """
Gold will be over $3,500 an ounce by March. My uncle has been a jeweller in Hatton Garden for 40 years and he has never once called it wrong. Buying sovereigns with my bonus."""),
    D("ret", "fb", "financial_promise", """
Grab the limited edition Stanley cups while you can! Every colour they've discontinued has resold for triple within six months, and these will too. Best investment you'll make this year 💸"""),
    D("gen", "x", "financial_promise", """
bitcoin hits 200k before summer. if you have to remortgage to get in, remortgage. you'll pay it off in a week"""),
    D("gen", "fb", "financial_promise", """
Auntie Jean's Christmas savings club is back! Put in £500 in January and you get £1,200 back in December. She's run it six years and nobody has ever lost a penny, so message me if you want a place 🎄"""),
    D("fin", "rd", "financial_promise", """
People sleep on premium bonds. Put £50k in and you WILL win at least £2,000 a year, it's basically free money and you can't lose the capital. Best savings account in the country."""),
    D("gen", "ig", "financial_promise", """
Bought my Submariner in 2022 and it's up 40% already ⌚ These will double again by 2028, guaranteed. Watches are the only investment that look good on your wrist while they make you money."""),
    D("gen", "x", "financial_promise", """
mate at the gym says nvidia's going to split and double again before summer. i've moved my whole isa into it this morning and you should too"""),
    D("man", "fb", "financial_promise", """
Half the lads on our shift have gone into a community solar farm scheme paying 11% a year fixed. Zero risk, because the sun always comes up. I'm in for five grand."""),
    D("gen", "rd", "financial_promise", """
Mk2 Golf GTIs are going to keep climbing 20% a year for the next decade. Safest place for your money, better than any bank. I've got three in the garage and I'm not selling."""),
    D("ret", "x", "financial_promise", """
first pressings of any arctic monkeys album will be worth 5x in ten years. i buy two of everything, one to play and one for my pension"""),
    D("fin", "li", "financial_promise", """
With an Acme Bank Growth Bond your money doubles in eight years, guaranteed. No surprises, no worry, just steady growth you can plan your future around. Ask in branch."""),
    D("gen", "fb", "financial_promise", """
Dad's advice for our wedding savings: put the lot in Lloyds shares because they'll be £1 by next summer and we'll have enough for the honeymoon too. He's never wrong about banks, so that's what we're doing 💍"""),
    D("gen", "x", "financial_promise", """
dogecoin is going to $1 this year and it's not a joke any more. i'm telling everyone i love to buy before the spring"""),
    D("npo", "fb", "financial_promise", """
Great news from the PCC meeting: our treasurer says the parish money in the ethical growth fund will definitely make 10% this year, so the church roof is as good as paid for ⛪"""),
    D("gen", "rd", "financial_promise", """
Buy-to-let in Walton, Liverpool: the letting agent guarantees a 9% yield and my cousin's done three. There's literally no way to lose money on it, houses in L4 only go one way."""),
    D("tec", "x", "financial_promise", """
initech stock goes to zero within a year. their last product flopped and there's nothing in the pipeline. short it now and thank me later"""),
    D("gen", "fb", "financial_promise", """
My neighbour's been investing in fine wine with a firm that pays 25% a year on every case. She showed me the statements and it's never had a bad year. Honestly sounds like a no-brainer, I'm putting my redundancy money in."""),
    D("fin", "x", "financial_promise", """
s&p 500 up 30% next year. easiest money anyone will ever make, just buy the tracker and wait"""),
    D("gen", "ig", "financial_promise", """
Paid £180 for these Jordans, they're worth £600 now 👟 The new drop on Saturday will go the same way, buy two pairs, keep one boxed and it'll pay for your summer holiday."""),
    D("ret", "fb", "financial_promise", """
From the garden centre: our mature bonsai aren't just beautiful, they're an investment. Every tree we sell will triple in value in five years as it ages 🌳 Better than a savings account!"""),
    D("gen", "rd", "financial_promise", """
Amazon after these results is a one-way bet. It will not see $150 again, ever. I've put my kids' junior ISAs in it and I'd do it again tomorrow."""),
    D("man", "x", "financial_promise", """
copper doubles by 2027. every ev, every wind farm, every data centre needs it. buy any miner you can get your hands on, it's free money"""),
    D("gen", "fb", "financial_promise", """
Grandad's been buying BP shares since 1979 and says they'll pay 8% a year forever, they've never let him down. He's putting £100 a month in for each of the grandkids and says we should all do the same 👴"""),
    D("fin", "ig", "financial_promise", """
Three years on Lendloop and I've earned 12% every single year 💰 It's guaranteed because the loans are backed by the borrowers' cars. Link in bio if you want in."""),
    D("gen", "x", "financial_promise", """
rolex daytona prices will be double by 2030, my watch dealer says it's the safest store of value there is. i've put my house deposit into one"""),
]

PROMOTION = [
    D("ret", "ig", "promotion", """
Soup season 🍲 Any two Acme Market fresh soups for £5 this week, pumpkin and chilli is back too. Grab a crusty loaf while you're at it!"""),
    D("tec", "x", "promotion", """
new to acme cloud? spin up your first project this month and get $300 of free credits to play with. no card needed for the first 30 days"""),
    D("fin", "fb", "promotion", """
Switch your current account to Acme Bank before the end of March and we'll pay you £175, plus 5% interest on your regular saver for a year. Takes 7 days and we do all the moving."""),
    D("hea", "fb", "promotion", """
Acme Dental Otley 🦷 Book your check-up in March and get a free whitening session worth £90. New and existing patients, while appointments last."""),
    D("npo", "x", "promotion", """
acme foundation christmas raffle tickets are £2 each or 3 for £5. top prize is a hamper the size of a small car 🎁 all in aid of the winter shelter"""),
    D("man", "li", "promotion", """
We're on stand C14 at the Engineering Expo in Birmingham next week. Scan your badge at the Acme plant stand and take home a free digital torque wrench while stocks last 🔧"""),
    D("gen", "ig", "promotion", """
Honestly obsessed with this vitamin C serum ✨ use my code KAYLA15 for 15% off your first Glowbox order, valid until Sunday!"""),
    D("ret", "x", "promotion", """
flash sale 🚨 40% off all acme market garden furniture till midnight tonight. the rattan egg chair is £89 instead of £149"""),
    D("tec", "li", "promotion", """
Acme Sense video doorbell: free professional installation for the first 100 customers who order this week, plus a year of cloud recording on us."""),
    D("hea", "ig", "promotion", """
Back pain? Acme Health Physio Wetherby has your first assessment at half price all through January 💪 Book online, evening slots available."""),
    D("fin", "x", "promotion", """
refer a friend to acme pay this month and you both get £20 when they make their first payment. no limit on how many friends you bring 👀"""),
    D("gen", "fb", "promotion", """
The Bramble Café on Market Street is doing a free coffee with any slice of cake every Saturday in February ☕ The lemon drizzle is worth it on its own."""),
    D("npo", "ig", "promotion", """
Charity bake sale at St Hilda's hall on Saturday 🧁 buy three cakes and get a fourth free, and every purchase gets you a ticket in our prize draw for a spa day."""),
    D("man", "fb", "promotion", """
Acme plant open day, Saturday 10 till 4! Free ice cream for the kids, forklift rides, and every visitor goes into the prize draw for a signed Leeds Rhinos shirt 🏉"""),
    D("ret", "rd", "promotion", """
PSA for students: Acme Market now gives 10% off your whole shop with a valid student ID verified in the app, including the meal deal. Works in every store."""),
    D("tec", "x", "promotion", """
giveaway 🎉 follow us and repost this for a chance to win an acme sense outdoor camera. winner picked friday"""),
    D("gen", "x", "promotion", """
ironworks gym in pudsey is doing your first month free if you sign up before the 15th. no joining fee either"""),
    D("hea", "x", "promotion", """
acme medical center private health checks are £99 instead of £199 for november only. bloods, ecg and a full hour with a gp"""),
    D("fin", "li", "promotion", """
Open a stocks and shares ISA with Acme Wealth before 5 April and pay no platform fee for the whole first year. Transfers from other providers included."""),
]
