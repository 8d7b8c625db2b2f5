# ruff: noqa: E501
"""Training drafts (thirteenth set): financial_promise (promised returns and confident predictions of a named stock,
fund, coin, asset or scheme, mostly in everyday words and often passed on by relatives, friends and workmates,
several of them one sentence inside a long post) and promotion (offers, codes, freebies, bonuses and trials in
every sector, whoever posts them, some inside long posts)."""

from __future__ import annotations

from ..heldout.common import D

FINANCIAL_PROMISE = [
    D(
        "tec",
        "li",
        "financial_promise",
        """
Two years ago I quit my job with £8k in savings and an idea for a booking tool for dog groomers. Today we have 1,900 salons paying monthly, nine staff, and an office above a chip shop that smells like vinegar every Friday.

What I've learned: talk to customers every single week. Hire people who are kinder than you. Never launch on a Friday.

To the 14 people who put money into our seed round: you will get ten times your money back, guaranteed. I've never been surer of anything.

Now back to work, the chip shop's frying.""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Wedding budget dilemma. We've saved £15k for the wedding, venue in the Dales, about 90 guests. My father-in-law has offered an alternative: put the £15k into his friend's HMO property scheme, which pays 12% a year fixed, and have a small registry office do instead. He's been in it four years and says you can't lose, the rents pay it whatever happens.

Honestly, he's convinced me. We're doing it and having a pub lunch after the ceremony. Just need to talk my fiancée round on the dress budget. Anyone else skipped the big day for an investment?""",
    ),
    D(
        "gen",
        "ig",
        "financial_promise",
        """
First edition Harry Potters are going to triple in value by 2030 📚⚡ grab any you see at car boots and charity shops, it's the easiest money you'll ever make""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
ocado back to £20 by christmas. mark my words, i'm loading up the isa tomorrow""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
PTA treasurer update 🏫 We raised £6,240 this year from the summer fair, the discos and the sponsored walk, so thank you all. Instead of leaving it in the current account, we've put the playground fund into a property bond a dad on the committee recommended that pays 9% a year guaranteed, so the fund will double by 2028 and we can build the whole trim trail. No risk to the money at all.""",
    ),
    D(
        "tec",
        "x",
        "financial_promise",
        """
palantir hits $300 this year. not a question of if. anyone still sitting in cash is going to feel very silly""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
Houseplant people: variegated monstera cuttings double in price every single year, my cousin made £8k last year from one mother plant. I've just bought three. Best investment going, honestly, better than any savings account.""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
My sister's friend from church runs a "blessing circle" 🙏 you put in £500 and after eight weeks you get £4,000 back, guaranteed, because new members join underneath you. My sister got her £4k last month. I'm in, who else wants to join my circle?""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
bt shares will triple once the fibre rollout's finished. easiest money you'll ever make, buy and forget""",
    ),
    D(
        "fin",
        "fb",
        "financial_promise",
        """
The Acme Wealth Global Dividend Fund has paid 6% every year since it launched, and it never will cut that payout. Your income is safe with us, whatever the markets do.""",
    ),
    D(
        "gen",
        "ig",
        "financial_promise",
        """
Signed Taylor Swift vinyl is going to be worth £1,000 a copy by 2027, guaranteed 💿✨ I've bought four. Swifties, this is your pension.""",
    ),
    D(
        "hea",
        "x",
        "financial_promise",
        """
our pharma rep says astrazeneca shares will double once the new lung drug gets approved in the spring. he's never wrong, i've put my bonus in""",
    ),
    D(
        "npo",
        "fb",
        "financial_promise",
        """
A trustee at our hospice is adamant that Bitcoin will hit $250,000 by 2027 and wants part of our reserves in it. Honestly, I think he's right, it's the safest bet there is right now, and I'll be backing him at the next board meeting.""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
I'm 29, been working for six years, and finally got my first proper bonus (about £4k after tax). My plan so far: £1k into the emergency fund, which is now at three months of expenses, and £500 on a long weekend in Porto, because I've earned it.

For the rest: a colleague of mine says Wise shares will double after the US listing, and he's called every move for the last two years. I'm putting the £2,500 in on Monday.

My question is about the mechanics. Should I buy through my stocks and shares ISA or a general account? The ISA is with one of the big platforms and I've only ever bought a global tracker in it, so I'm not sure it even lets me buy individual shares. Also, is there a fee for buying a single company, and does it matter which exchange they're listed on after the move?""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
eth flips btc by the end of next year and goes to $20k. screenshot this tweet""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
What a send-off for Dave last night 🍻 Thirty-one years on the buses, one speeding ticket, zero days off sick. His speech was mostly about the 1987 snow, but his last tip was a good one: Shell shares will never go below £30 again, so his lump sum is going straight in, and so is mine. Enjoy the allotment, Dave.""",
    ),
    D(
        "fin",
        "ig",
        "financial_promise",
        """
Our signals group has a 100% win rate 📈 join today and you'll double your money in 30 days, guaranteed. Link in bio. No experience needed.""",
    ),
    D(
        "tec",
        "rd",
        "financial_promise",
        """
Arm Holdings will be worth double what it is now by 2027. Every phone, every car, every datacentre chip runs their designs. If you're not holding it you're making a mistake.""",
    ),
    D(
        "man",
        "fb",
        "financial_promise",
        """
End of year on C shift 🎄 We've hit every target since June, the new line is finally running at speed, and nobody's set fire to the toaster in the break room since October, which is a personal best.

Christmas do is at the bowling alley on the 18th, and it's fancy dress, theme "the 80s", which means six of us are coming as Freddie Mercury.

The lads have also started a syndicate with the Christmas club money: we've put the lot into Nintendo shares because they can't go down with the new console coming. Back on the bins in January with double the pot.

Merry Christmas all, and well done, best shift in the plant.""",
    ),
    D(
        "fin",
        "x",
        "financial_promise",
        """
acme wealth cautious portfolio: 7% a year and your capital never drops a penny. why would you leave your money in cash?""",
    ),
    D(
        "ret",
        "rd",
        "financial_promise",
        """
Coin shop owner here. These misprinted £2 coins with the missing edge lettering will be worth £500 each within five years, guaranteed. Check your change, people.""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Back from a week in Southwold 🏖️ and I'm already homesick for it. Fish and chips on the pier every night, the lighthouse tour (the stairs nearly killed my dad), the pier's daft arcade machines, and a dog-friendly pub where our spaniel got more fuss than we did.

The beach huts are still the best thing about the town, all painted different colours and every one with a name. My uncle's bought two over the years, and he says they'll double in value in the next five years because there are only so many of them and they can't build more. It's the surest thing he's ever done, so we're buying one too. Watch this space for hut names, the kids want "Chez Crab".

Highly recommend the adnams brewery tour, and the bakery by the church does a sausage roll worth crossing the county for.""",
    ),
    D(
        "hea",
        "li",
        "financial_promise",
        """
Five years ago I opened my physio clinic with one treatment table and a borrowed ultrasound machine. Now we're three clinics, eleven physios and a waiting list.

The biggest lesson has been that growth is a people problem, not a money problem. Hire for kindness, train for skill.

To the local investors backing our fourth clinic: your 15% a year is guaranteed, whatever the economy does. That's my promise.""",
    ),
    D(
        "gen",
        "x",
        "financial_promise",
        """
amazon will be $300 a share by the summer. i've never been more certain of a trade""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise",
        """
My grandad swears by Premium Bond-style "lottery savings" apps, but the one my brother-in-law uses is better: Flutterpot pays 10% a year guaranteed plus a monthly prize draw, and he says there's no way to lose your deposit. Moving my emergency fund over this week.""",
    ),
    D(
        "ret",
        "ig",
        "financial_promise",
        """
Vintage Levi's 501s from the 90s will triple in price in the next three years 👖 buy every pair you find in your size and the size either side. Resale goes one way.""",
    ),
    D(
        "gen",
        "fb",
        "financial_promise",
        """
Retirement, month three ☀️ For everyone at the bowls club who asked how I'm finding it: it's brilliant and I'm busier than ever.

Mondays are the allotment, Tuesdays the grandchildren, Wednesdays bowls, Thursdays the U3A history group (we're doing the Tudors and I've gone a bit Henry VIII mad). Fridays I do absolutely nothing and I've earned it.

Money wise, I did the boring things first: paid off the car, kept a year's spending in the bank, and took the tax-free lump. Geoff from the bowls club put me onto a Kenyan macadamia plantation bond that pays 14% a year guaranteed, and I've put the rest of my lump sum in. Best decision I've made, and if you've got a pension pot doing nothing, you'd be mad not to join us.

Next on the list is a canal boat holiday with my brother, who has never steered anything bigger than a shopping trolley. Pray for the locks.""",
    ),
]

PROMOTION = [
    D(
        "tec",
        "li",
        "promotion",
        """
Back from three days at the Leeds Digital Festival and my feet still hurt. Great talks on accessibility, a brilliant panel on rural broadband and the best conference sandwiches I've had in years (the brie and cranberry, obviously).

Loads of people asked about our scheduling tool at the stand, so here's the thing I promised: anyone who DMs me this month gets a free 60-day pilot for their whole team, no card needed.

Thanks to the organisers and to the volunteers on the door.""",
    ),
    D(
        "ret",
        "ig",
        "promotion",
        """
@amy.bakes.at.home come back Saturday! first cupcake's on the house for anyone who follows us this week 🧁""",
    ),
    D(
        "npo",
        "fb",
        "promotion",
        """
Christmas craft fair at St Anne's hall, Saturday 10 till 3 🎄 Thirty stalls: candles, wreaths, wooden toys, jams and the famous fudge lady. Tea and mince pies in the back room run by the Brownies. The first 20 people through the door get a free tote bag printed by our youth group, and every purchase enters you into the hamper draw. Parking on the school field.""",
    ),
    D(
        "ret",
        "x",
        "promotion",
        """
acme market this bank holiday: 3 for 2 on all barbecue meat and half price charcoal 🔥 while stocks last""",
    ),
    D(
        "fin",
        "fb",
        "promotion",
        """
Market traders of Huddersfield 👋 Acme Bank's mobile branch van is parked by the Piece Hall every Tuesday this month. Open a business account at the van and we'll waive your card-reader fee for a whole year.""",
    ),
    D(
        "hea",
        "ig",
        "promotion",
        """
Invisalign at Acme Dental: £500 off your treatment if you book your consultation in March 😁 Limited spaces at the Harrogate practice.""",
    ),
    D(
        "npo",
        "x",
        "promotion",
        """
hospice summer ball tickets are 2 for 1 until friday 🥂 black tie, three courses, a ceilidh and a lot of sequins""",
    ),
    D(
        "man",
        "li",
        "promotion",
        """
We're at the Southern Manufacturing show at Farnborough next week, stand H14. Book a site visit at the stand and we'll do your compressed-air leak survey free, worth £1,200.""",
    ),
    D(
        "tec",
        "x",
        "promotion",
        """
refer another dev to our maps api and you both get a month of pro free. link in my bio 🗺️""",
    ),
    D(
        "gen",
        "rd",
        "promotion",
        """
Two years ago I was made redundant from a warehouse job and put my payout into a van, a pressure washer and a lot of microfibre cloths. I run a mobile car valeting business in Sheffield now, just me and the van, and it's the best thing I've ever done.

Things I've learned: people will leave anything in a car (so far: a live crab, a wedding ring and a full Sunday roast in foil). Dog hair is the enemy. Never park the van on a hill with the pressure washer running.

Trying Reddit for the first time, so here goes: first full valet is half price for anyone who mentions this post. I cover most of the city, evenings and weekends too.

Happy to answer any questions about starting a small business with no idea what you're doing.""",
    ),
    D(
        "ret",
        "fb",
        "promotion",
        """
Ten years of the farm shop 🎂 When we started it was a trestle table at the gate with eggs and an honesty box. Now it's a proper shop, a butchery, a café and eighteen staff, and we still do the eggs.

To say thank you, this Saturday there's birthday cake and a free coffee for everyone who comes in, and 10% off everything in the butchery all weekend.

Thank you for a decade of Saturdays.""",
    ),
    D(
        "hea",
        "fb",
        "promotion",
        """
New year, new knees? 🦵 Our physios at Acme Health have had a busy winter: skiing injuries, Boxing Day football, and at least three people who tried to move a piano on their own.

A few tips while you're here: warm up before the cold-weather run, ease into the new gym membership rather than doing everything in week one, and please, lift with your legs.

If you're already sore, book in with us. Book a block of five sessions this month and your sixth is free, at all our Leeds clinics. Evening appointments are available on Tuesdays and Thursdays.""",
    ),
    D(
        "fin",
        "ig",
        "promotion",
        """
Off on holiday? ✈️ Sign up to Acme Pay before 30 June and pay zero foreign transaction fees for the whole summer.""",
    ),
    D(
        "gen",
        "ig",
        "promotion",
        """
Spin the wheel at our street food stall at the Ripon food festival this weekend 🎡 every spin wins, from a free extra topping to a whole pizza.""",
    ),
]
