# ruff: noqa: E501
"""Training drafts (fourth set): pii, secret, two-category drafts, long-form posts and short one-liners (some of
them plain clean).

The cards, IBANs, SSNs and tokens below were made once by gen_values.py (heldout/gen_values.py's generators,
re-seeded with this set's seed) and copied in by hand; the private key comes from keys.py. Phone numbers are in
the 555-01xx, Ofcom drama and Australian fictional ranges; all people, places and numbers are invented."""

from __future__ import annotations

from ..heldout.common import D
from .keys import OPENSSH_ED25519

PII = [
    D("gen", "fb", "pii", """
Found a wallet on the number 42 bus this morning. The driving licence inside says Declan Moriarty, 17 Quarry Hill Road, Ilkley. Declan, if a friend sees this, it's safe at my house and I'm happy to drop it round!"""),
    D("ret", "x", "pii", """
customer wanted her receipt emailed and spelled her address out to the whole queue: bev.hollingworth62@gmail.com. bev, at least three people wrote it down"""),
    D("fin", "rd", "pii", """
Think my Visa got skimmed at a petrol station. Can anyone who works in fraud tell me if these charges look like testing? Card is 4057 8308 6271 4973, three £1 payments to a parking app I've never used."""),
    D("tec", "li", "pii", """
Please welcome Ines Carvalho to the Acme Cloud design team! Ines has just moved from Porto and doesn't have a work phone yet, so if you need her this week, her personal mobile is (415) 555-0138 🎉"""),
    D("hea", "fb", "pii", """
Our retired ward sister Dorothy Fairclough, born 3 May 1947, is celebrating her 80th next spring and we're organising a surprise! Message me if you trained under Dot and want to be part of it."""),
    D("fin", "fb", "pii", """
Whip-round for Gareth's leaving do from the mortgage team 🍻 Send what you can to my own account, GB47 LOYD 8621 7973 6123 35, and put GARETH as the reference. Cheers all!"""),
    D("man", "x", "pii", """
new number for the weekend overtime group, this is my own phone so don't share it outside the plant: 0113 496 0249. ta"""),
    D("tec", "rd", "pii", """
First time filing taxes in the US after moving from Canada, and the form keeps rejecting my SSN, 291-32-6755. Is there a waiting period after it's issued before the IRS system recognises it?"""),
    D("gen", "x", "pii", """
found a passport on the floor at gatwick south, name Aoife Brennan, passport no. 539120478. handed it in at the info desk, aoife you owe me a coffee"""),
    D("hea", "x", "pii", """
for the ward social committee: my personal mobile is 0161 496 0732 and my home email is sister.jo.hartley@yahoo.co.uk. use those, not the ward phone"""),
    D("fin", "li", "pii", """
Small kindness at the branch today: a customer left her Amex on the counter and we got it back to her within an hour. Mrs Okonkwo, your card, 3745 069377 65794, is cancelled and the new one is on its way!"""),
    D("npo", "fb", "pii", """
Coat drive update! If you can't get to the church hall, drop your donations at my house: Wendy Pratt, 9 Alder Crescent, Rugby. Porch is open, just leave them inside the door 🧥"""),
    D("ret", "fb", "pii", """
Still got Doreen Castle's loyalty form behind the counter at the Acme Market on Sycamore Drive. Doreen, born 14/02/1951, living at 28 Linnet Way: your points card is here when you want it!"""),
    D("tec", "x", "pii", """
anyone from the old platform team want to catch up? my personal email is now r.achterberg.home@outlook.com and my cell is (720) 555-0114"""),
    D("fin", "rd", "pii", """
Is it normal for a landlord to want this? He emailed me the lease form with my roommate Kyle Denton's SSN filled in (364-84-9349) and asked me to check it's right. Feels like a lot to send over email."""),
    D("man", "fb", "pii", """
Alan Firth from the tool room is off to Spain after 31 years! If you'd like to send a card before he goes, his home address is 62 Moorside Lane, Keighley. He'll be gone by the 20th."""),
    D("gen", "ig", "pii", """
dad asked me to book his flights so now I'm sitting here with his Mastercard 2639 6677 6759 0913 exp 09/29 on a post-it 😂 the things you do for family ✈️"""),
    D("npo", "rd", "pii", """
Running the Nijmegen walk for our animal shelter again this year. A few people asked where to send money directly: my own Rabobank account is NL83 RABO 7309 6552 06, name on it is Femke de Vries."""),
    D("gen", "rd", "pii", """
Aussie friends, my little sister Kylie is moving to Fremantle next month and knows nobody. Her mobile is 0491 570 129 if anyone fancies showing her a good coffee spot."""),
    D("fin", "x", "pii", """
dad's discover card 6011 3505 7018 2942 got declined at the airport again. posting here so I can find it when I call them in the morning"""),
    D("tec", "li", "pii", """
A reminder for everyone on customer support: last week a customer from Shenzhen emailed us her full card number, 6274 1680 2094 7550 993, and her home address at 18 Binhe Road. Don't ask for it, and delete it when it arrives."""),
    D("ret", "ig", "pii", """
payday treat 💳✨ new visa just came through the letterbox, 4356 7790 0819 2374 951, and it's already booked me a spa day"""),
]

SECRET = [
    D("tec", "rd", "secret", """
Getting "too many connections" on our reporting job and I can't see why. Here's the env it runs with:

DATABASE_URL=postgres://orders_rw:Gr4nite-Kettle-19@db-prod-2.acme.example:5432/orders
POOL_SIZE=40

Is 40 too high for a single worker?"""),
    D("tec", "x", "secret", """
our standup bot broke again so i'm pasting the token here for whoever's on call tonight: xoxb-128010653825-4632576792563-NTx3IQj1nRpAJf1mV4f6eqc4"""),
    D("tec", "li", "secret", """
Small win for my side project: the release workflow now publishes itself. The action uses 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 and it's been flawless all week 🚀"""),
    D("ret", "fb", "secret", """
Late shift at the Acme Market on Kingsway: the key safe by the back door opens with 1907. Lock up, put the keys back and spin the dial. Thanks for covering, team!"""),
    D("hea", "x", "secret", """
new starters on ward 9: the drug cupboard keypad code is 5512 then hash. don't write it on your hand like last time"""),
    D("fin", "li", "secret", """
Shout out to the branch ops team for getting the new queue screens live! If you're covering Saturday, the admin console login is branch.ops with password Summer!Leeds26."""),
    D("man", "fb", "secret", """
Contractors arriving Monday for the roof job at the Acme plant: the gate code for the south yard is 3390 and the site office is the blue cabin on your left."""),
    D("npo", "ig", "secret", """
opening up the Acme Foundation charity shop for the first time on my own 🗝️ alarm code 6621, disarmed it first try, feeling like a proper grown-up"""),
    D("tec", "rd", "secret", """
Can someone sanity-check my boto3 setup? I keep getting AccessDenied.

aws_access_key_id = AKIACK4YCAO2EVP324EH
aws_secret_access_key = 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

Region is eu-west-2, bucket exists, policy looks fine."""),
    D("tec", "fb", "secret", """
Made a little map of every dog-friendly pub in town for the local Facebook group 🐕 If anyone wants to embed it, here's the Maps key I used: AIza2shr3zJRrsBHX0P_pzr47oGQWeqUcmhwdDk"""),
    D("fin", "rd", "secret", """
Our checkout keeps throwing "No such customer" in production and only there. We initialise with 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 and the customer ID comes straight from the webhook. Any ideas?"""),
    D("tec", "x", "secret", """
publishing my first package tonight 🎉 .npmrc says //registry.npmjs.org/:_authToken=npm_J0ayuHaUlVrD5rTvnGoOWZ3nzyjXbmVGMW1Z, wish me luck"""),
    D("hea", "fb", "secret", """
For the locums starting at the Acme Health clinic on Orchard Street: staff wifi is ClinicStaff5G, password PlasterCast#22. The guest one is too slow for the booking system."""),
    D("ret", "x", "secret", """
if the self-checkouts lock up on the late shift the supervisor override code is 4-0-4-8. you didn't hear it from me"""),
    D("man", "rd", "secret", """
Anyone know the Siemens HMI panels well? Ours at the Acme plant keeps logging us out mid-shift. We log in as admin / Pr3ssLine!7 on every panel, maybe that's the problem?"""),
    D("gen", "li", "secret", """
New year, new password manager. My master passphrase is now "velvet-harbour-tiny-orchestra-42" and I'll never forget it, because I've written it here where I'll always find it 😅"""),
    D("tec", "ig", "secret", """
my first Slack integration 🥳 it posts a cat picture to #general every Friday. the webhook's https://hooks.slack.com/services/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 if you want to add your own cats"""),
    D("tec", "rd", "secret", """
Why does ssh keep saying "invalid format" for this key? Pasting the whole thing so you can see:

""" + OPENSSH_ED25519 + """

I generated it on my laptop and copied it to the jump box."""),
    D("fin", "x", "secret", """
new to the branch? the combination for the night safe is 22-07-41, turn left twice first. write it on your heart not your hand"""),
    D("npo", "fb", "secret", """
Volunteers on the rota app: our shared sign-in is foodbank.rota with the password Tinned!Peaches9. Please don't change it, half of us are in our seventies!"""),
    D("hea", "rd", "secret", """
Radiographer at an Acme Health hospital. Everyone on nights shares one PACS login, radiology1 / Xray2go!, because the new starters' accounts take three weeks. Then they wonder why the audit trail is useless."""),
    D("ret", "ig", "secret", """
housewarming this Saturday 🏠🎈 guest wifi is Flat4B_Guests, password T0ast&Jam, and there's a cheese board the size of a door"""),
    D("tec", "x", "secret", """
the gitlab runner token for the hackathon repo is glpat-3gBPnt-PtiWuRqkaRrgw, add it to your ci vars and go build something cool"""),
    D("gen", "fb", "secret", """
Note to self because I keep forgetting: new voicemail PIN is 8137 and the phone lock is my nan's birthday. Right, that's sorted."""),
]

MULTI = [
    D("hea", "fb", "phi pii", """
Does anyone know the family of Eileen Coxon, born 19/08/1939, from the Beech Hill estate? She's on our ward at Acme General with advanced dementia and a broken hip and keeps asking for "Ray". The only number we have, (617) 555-0172, just rings out."""),
    D("tec", "li", "confidential disclaimer", """
I lead Acme Cloud's AI platform, so here's my take on the frenzy: Globex's hosted models are a demo dressed up as a product. Ours launches in May with pricing at a third of theirs, and then the market will see what a serious offering looks like."""),
    D("hea", "x", "hostile phi", """
the window cleaner from church road is on our ward AGAIN with the same bad back, says he fell off a ladder. mate, you fell out of the Feathers. stop wasting a bed, you clown"""),
    D("fin", "ig", "financial_promise promotion", """
🎁 open an Acme Wealth starter ISA before Sunday and we'll top it up with £75, and the Steady Growth fund inside it will return 9% a year, no chance of losing a penny. easiest money you'll ever make"""),
    D("gen", "rd", "pii secret", """
My streaming account got hacked so I'm starting fresh. For the family: the new login is dianne.hargreaves.home@gmail.com, password Marmalade!2031. Kids, stop sharing it with your mates."""),
    D("tec", "x", "confidential secret", """
nightjar staging is finally up. shared login for the demo is falcon-demo / Kestrel#Wing5 until the beta goes out in march"""),
    D("ret", "fb", "hostile pii", """
This is the woman who screamed at my 17-year-old cashier and called her a thick little cow: Sandra Pike, and her mobile's on the returns slip, (646) 555-0119. Let her know what you think of bullies."""),
    D("fin", "x", "disclaimer financial_promise", """
acme wealth strategist: the FTSE is at 10,000 by christmas, guaranteed, and the globex bankers calling a top have missed the whole rally"""),
    D("ret", "ig", "confidential promotion", """
psst 🤫 Acme Market's Black Friday codes go live next Thursday and nobody's been told yet: BLACK40 for 40% off all electricals, and free delivery on everything. screenshot this"""),
    D("hea", "rd", "confidential phi", """
Nurse at Acme Medical Center. Last month Mr Fenwick in bed 14 was given ten times his insulin dose because of a software fault in the new prescribing system. He spent two days in ICU. The family were told it was "a complication". The fault is still live on three wards."""),
    D("fin", "fb", "disclaimer hostile", """
Cashier at Acme Bank for nine years. The people marching outside our branch about closures are gullible sheep who haven't been inside a bank since 2010, and the cash-access law they're demanding is a waste of parliament's time."""),
    D("npo", "fb", "pii promotion", """
Congratulations to our hamper winner, Jean Pollard of 14 Heather Close, Ashby! 🎉 Tickets for the Christmas draw are £2 a strip or three for a fiver at the Acme Foundation shop, grand prize a weekend in the Lakes."""),
    D("fin", "rd", "confidential hostile", """
Acme Pay analyst. The "scheduled maintenance" last Sunday was a double-charging bug that hit about 90,000 card payments. Refunds go out next week, quietly. And to every merchant yelling in our inbox: you're morons, read your statements."""),
    D("npo", "rd", "phi pii", """
Outreach worker. One of our clients, Darren Willis, was told at our clinic last week that he's HIV positive and he hasn't picked up his meds. He's stopped answering at 0117 496 0853. If you see him round the Stokes Croft area, please send him our way."""),
    D("hea", "li", "confidential disclaimer", """
Director of nursing at Acme Health. The government's elective recovery targets are fantasy numbers, and the people who set them know it. Our own board agreed last week to close 120 beds next year to balance the books; staff will hear in January."""),
    D("fin", "fb", "pii secret", """
Note for my husband because he keeps asking: the joint card is 4118 6829 5973 7947 and the PIN is 6403. Now stop texting me at work!"""),
    D("ret", "x", "hostile promotion", """
15% off everything this weekend at the acme market on hale rd with code HALE15, except for the whinging old man who complained about the music yesterday. you're banned, grandad"""),
    D("tec", "fb", "financial_promise promotion", """
Sign up to Acme Pay with my link and you get £50 on your first sale 💷 Then put that £50 into Acme Pay shares, because they're going to triple before next summer. Free money twice!"""),
    D("hea", "fb", "hostile phi", """
The drunk lad who was brought into resus from the Kingsway taxi rank on Saturday with a broken jaw and punched our porter: yes, the one with the Superdry jacket, everyone in town has seen the video. You're an animal and I hope your jaw stays wired for months."""),
    D("man", "fb", "confidential pii", """
I'm putting this here because nobody else will: the redundancy list for the Bolton paint line is done and my neighbour Dave Kerr is on it. Dave, 12 Mill Street, the letters go out on 4 December. Start looking now, mate."""),
]

LONG = [
    D("tec", "li", "disclaimer", """
A few reflections after ten years building infrastructure at Acme Cloud.

When I started, the pitch for public cloud was simple: pay for what you use, scale when you need it, let someone else worry about the hardware. Somewhere along the way our industry lost the plot. Egress fees now make up a bigger share of some customers' bills than compute. Reserved-instance schemes are so complicated that a whole consulting trade exists just to read them. And the big three (Globex, Initech and yes, ourselves) spend more on marketing "AI-ready" platforms than on making the basics cheaper.

The regulators haven't helped. The new rules on switching providers were supposed to end lock-in, but they were written with so many exemptions that a motivated vendor can keep a customer trapped for years. It was a lobbying win dressed up as consumer protection.

What would I change? Publish egress prices in plain pounds. Make migrations a right, not a favour. And stop pretending that every workload needs a GPU.

I love this job and the people I do it with. I just think the industry we work in is getting worse at the one thing it promised."""),
    D("hea", "rd", "phi", """
Long one, sorry. I'm a paediatric nurse and I need to get this out somewhere.

We've had a little girl on our ward for six weeks now. Her name's Lily, she's seven, and anyone in our town who follows the local news will know her face, because her dad started that fundraising page for her scooter after the car accident on the bypass in September. The page has thousands of shares.

What the page doesn't say is that the spinal injury is worse than anyone told the papers. She has no feeling below the waist and the consultant told her parents on Monday that she's unlikely to walk again. Her mum hasn't stopped crying. Her dad keeps posting upbeat updates because he's terrified the donations will stop.

Yesterday Lily asked me if her legs were "asleep" and when they'd wake up. I told her I didn't know, and went into the sluice room and sobbed.

I know I shouldn't write this. I just don't know how to carry it. If you're a nurse and you've had a patient like this, how do you switch off at the end of a shift? Because I can't."""),
    D("ret", "rd", "confidential", """
Throwaway, for obvious reasons. I'm a regional manager at Acme Market and I've just come out of the planning meeting for next year. I think shoppers and staff deserve a heads-up.

1. Twelve stores are closing in the north-east by the end of June. The list includes the big one on the retail park in Gateshead. Leases are being terminated early and the property team is negotiating exit fees now.
2. Every remaining store loses its deli and fish counters from April. The plan calls it "format simplification". It means about four jobs per store.
3. Own-brand prices go up an average of 6% in February, a week after the price-match campaign finishes, so the TV ads will still be running when shelf prices rise.
4. The new app replaces the loyalty card in May and the points you've got on the old card will be converted at a worse rate. Spend them before then.

None of this goes to staff until mid-January, and the press plan is "drip it out". I'm not trying to cause trouble. I've just spent twenty years telling my teams I'd always be straight with them and this is the only way I can be."""),
    D("ret", "fb", "hostile", """
Right. I've been in retail for eleven years and I have held my tongue through a lot, but today broke me.

To the family who let their three kids use our Acme Market toy aisle as a football pitch for forty-five minutes this afternoon: you are, without exaggeration, the rudest, laziest, most useless parents I have ever had the misfortune of serving. When my colleague politely asked the children to stop kicking the board games, you called her a "jumped-up shelf monkey" and told her to get a real job. When I came over, you told me you'd "get me sacked".

Go on then. I'd love to see you try, because the whole thing is on four CCTV cameras in glorious high definition, including the bit where your husband pocketed a remote-control car on the way out.

Everyone who shops at our store on Sunday afternoons knows exactly who I mean. If you see them in the car park, feel free to give them a slow clap. They clearly love an audience.

And to my colleague: you were brilliant. Cake's on me tomorrow."""),
    D("fin", "li", "disclaimer financial_promise", """
I've spent nineteen years at Acme Wealth, most of them managing money for families who had never invested before. At this time of year I always get the same question: "what should we do with our savings?" Here is my answer, and I'll be blunter than usual.

First, cash is a trap. Anyone telling you that a 4% savings rate is "safe" is ignoring inflation and, frankly, the banks pushing those accounts know it. The high street banks, Globex Bank very much included, are paying you less than they earn on your money and calling it prudence.

Second, the next three years belong to UK mid-caps. Rates are coming down, valuations are at historic lows, and the index will be 40% higher by 2029. I have never been more certain of a call in my career.

Third, if you want that growth without the stress, our Acme Wealth UK Opportunities fund is the way in. It has beaten the market for five straight years and it will keep doing so; I'd guarantee 10% a year to anyone who stays in for the full three years.

Finally, stop listening to the doom merchants in the financial press. They've been wrong for a decade and they'll be wrong again.

Happy to talk to anyone who wants to get started."""),
    D("npo", "fb", "promotion", """
📣 THE ACME FOUNDATION WINTER FAIR IS BACK! 📣

Saturday 6 December, 10am to 4pm, St Mark's church hall and the car park behind it.

What's on:
🎄 Santa's grotto: every child gets a free present (ages 0–11, one per child)
🍪 cake stall: buy any three cakes and get a fourth free
🎟️ tombola: £1 a go, and every ticket ending in 0 or 5 wins
🧣 the charity shop's "fill a bag for £5" on all winter coats and knitwear
☕ hot drinks half price for anyone wearing a Christmas jumper
🎁 the grand raffle: first prize a family weekend at a lodge in the Peak District, second prize a £200 meal voucher. Tickets £2 each or three for £5, on sale now at the shop and on the day.

Volunteers are on the doors from 9, and if you bring a bag of donated toys on the morning you'll get two free raffle tickets as a thank-you.

All money raised goes to our youth clubs and the Thursday lunch club for older people in Riverside. Last year you raised £6,200, which paid for the minibus. Let's beat it!

Share this with everyone you know, and see you there 💚"""),
]

SHORT = [
    D("ret", "x", "secret", """
tills at acme on mill rd: override code is 7781. you're welcome"""),
    D("tec", "x", "confidential", """
orion-7 ships in may. that's it, that's the post"""),
    D("gen", "x", "hostile", """
every customer today was an idiot. every single one. goodnight"""),
    D("ret", "ig", "promotion", """
free tote with every order over £30, code TOTE30 🛍️"""),
    D("fin", "x", "financial_promise", """
acme wealth tracker: 20% next year. guaranteed. screenshot this"""),
    D("hea", "x", "phi", """
the lad in cubicle 3 is nineteen and his scan shows a tumour. no words tonight"""),
    D("gen", "x", "", """
monday again. coffee, inbox, repeat. send biscuits"""),
    D("tec", "x", "", """
the build is green. nobody touch anything until friday"""),
    D("hea", "ig", "", """
13 hour shift done, now for a bath and toast 🛁🍞"""),
    D("man", "x", "", """
first frost on the car park at the plant this morning ❄️"""),
]
