"""Hand-written violation drafts for the seventh held-out set: financial_promise, secret, hostile, disclaimer,
two-category drafts and long-form posts.

Each draft is written for its own situation; the labels follow tests/checker/CORPUS.md and the earlier held-out
sets' labelling decisions (see README.md).
"""

# ruff: noqa: E501

from __future__ import annotations

from .common import D
from .keys import EC_SEC1, OPENSSH_ED25519, PKCS8_EC, RSA_PKCS1

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", """
Acme Wealth's Global Income Plus pays 7% a year, locked in, no matter what markets do. Your capital never goes backwards. Book a call with our advisers today.
"""),
    D("gen", "rd", "financial_promise", """
Put my whole bonus into Initech at $41. They've got the contract pipeline, the new CFO, everything. This is a $90 stock by summer, write it down. Not a question of if.
"""),
    D("fin", "li", "financial_promise", """
Clients ask me why I'm so calm. Simple: the Acme Secure Growth bond is built so you get your money back plus at least 5% a year. There is no scenario where you lose.
"""),
    D("gen", "fb", "financial_promise", """
Auntie Grace and I have both put our pensions into a vineyard scheme in Portugal that pays 14% a year, guaranteed by the land. Get in before the next allocation closes, family. It literally can't go wrong.
"""),
    D("npo", "x", "financial_promise", """
our church investment club's lithium ETF pick is going to triple by 2027. the EV maths is that obvious. get in while it's cheap
"""),
    D("fin", "fb", "financial_promise", """
Acme Bank's new Fixed Horizon plan: put £5,000 in today and it WILL be £7,500 in five years. Not might. Will. Ask in branch.
"""),
    D("tec", "rd", "financial_promise", """
Unpopular take on r/stocks: Globex is going to 3x in 18 months. Their AI compute deals are signed, margins are expanding, and the market hasn't priced it. Easiest money I'll ever make.
"""),
    D("ret", "ig", "financial_promise", """
Trading card collectors 👀 sealed boxes of the new Dragon set will be worth double by Christmas, it happens every single time. Buy 3, sell 2, keep 1 for free. Zero risk.
"""),
    D("gen", "x", "financial_promise", """
my mate's forex signals group hasn't had a losing month in 3 years. 12% monthly, every month. i'm putting my car money in
"""),
    D("man", "li", "financial_promise", """
Factory owners: our equipment leasing partner's income fund returns 9% a year, fully secured against the machines, with zero downside. Your capital is protected no matter what. Message me for the brochure.
"""),
    D("fin", "rd", "financial_promise", """
Moved my dad's savings into the Dividend Aristocrats fund last week. Over five years it is impossible to lose money in it, and it'll beat his savings account by at least 4% a year. Do the same for your parents, honestly.
"""),
    D("hea", "fb", "financial_promise", """
Fellow nurses, my husband and I joined a property club that buys student flats and pays members 11% a year fixed. Four years, never missed. Your money is safer there than in a bank. Happy to share the link.
"""),
    D("gen", "ig", "financial_promise", """
This coin is going to 50p by new year 🚀🚀 Whales are loading, the burn is live, listing on two exchanges next week. Anyone still sitting in cash is going to regret it.
"""),
    D("npo", "fb", "financial_promise", """
To everyone asking about our charity's gift annuity: you'll receive 8% a year for life, rain or shine, and your gift still helps the shelter. It's a sure thing in an uncertain world.
"""),
    D("fin", "x", "financial_promise", """
Acme Pay shares go from 18 to 30 after the next earnings call. Book it. The merchant numbers are that good.
"""),
    D("ret", "rd", "financial_promise", """
Small retailer here. Been doing a stock-finance deal with my supplier for a year: I front £10k, they buy inventory in bulk, and I get £13k back in 90 days, every time, guaranteed in writing. You literally cannot lose. DM me and I'll introduce you.
"""),
    D("tec", "x", "financial_promise", """
hot take: Umbrella Corp stock doubles within a year. their cloud unit just signed the defence deal. easiest trade of 2027
"""),
    D("gen", "li", "financial_promise", """
I teach a 6-week course on rental property. Follow my system and your portfolio will produce £3,000 a month passive income within a year. My students have never failed. Not once.
"""),
    D("fin", "ig", "financial_promise", """
📈 Acme Wealth Junior ISA: start with £50 a month and your little one will have at least £25,000 by 18. Guaranteed growth for the next generation 👶
"""),
    D("man", "x", "financial_promise", """
steel prices bottomed, Hollin Steel shares are going to 400p by spring, I've never been more sure of anything. lads at the plant are all in
"""),
    D("gen", "rd", "financial_promise", """
I've started selling managed gold accounts on the side. The gold sits in a vault and your account pays 2% every month no matter what the gold price does. Totally safe, I've seen the statements myself. PM me if you want in before the minimum goes up.
"""),
    D("fin", "li", "financial_promise", """
Retirement is closer than you think. Our Acme Wealth Capital Shield portfolio has been built so that it can only go up: you get all the upside of the markets and none of the downside. Talk to us.
"""),
    D("npo", "rd", "financial_promise", """
Treasurer's update for our animal shelter's supporters: we've moved the reserves into a donor's hedge fund that returns 20% a year reliably. It has never lost money and never will, so the kennel roof is as good as paid for.
"""),
    D("ret", "x", "financial_promise", """
buy the limited trainers now, resell in a month for at least 2x. happens with every drop. free money honestly
"""),
    D("tec", "li", "financial_promise", """
Founders: invest £20k in our startup's community round and we guarantee a 3x return at exit, backed by our existing enterprise contracts. This is the safest early-stage bet you'll see this year.
"""),
    D("gen", "fb", "financial_promise", """
Put £2k into a matched betting app last month and it'll be £10k by summer, zero risk, the maths means you can't lose. Brother-in-law's in, who else from the family wants the link?
"""),
    D("fin", "x", "financial_promise", """
Acme Bank 3-year bond: 6.2% fixed and your money doubles faster than any savings account ever will. no risk. none. apply in the app today
"""),
    D("hea", "x", "financial_promise", """
the medtech ETF everyone sleeps on is going to outperform the S&P by 30% next year. ageing population, new devices. mark my words
"""),
    D("man", "fb", "financial_promise", """
The pension scheme at the old Brantwood mill has moved into a renewable energy fund that pays 10% yearly, protected by government subsidies, so it can't go down. Best news retirees have had in years!
"""),
    D("gen", "ig", "financial_promise", """
💰 My 3 rules for wealth: buy Acme on every dip, hold forever, and watch it double every four years. It's done it before and it will do it again. Set and forget 📈
"""),
    D("fin", "rd", "financial_promise", """
Financial planner (independent). I've put half my clients' equity allocation into the Initech Select fund because it will outperform every other UK tech fund this decade. The data is that clear. Questions welcome.
"""),
    D("ret", "ig", "financial_promise", """
Wine investment tip for the group: the 2022 Bordeaux cases I bought are going to be worth 3x in five years, every critic says so, so I'm buying more for my grandkids. Zero chance of a loss with wine like this.
"""),
]

SECRET = [
    D("tec", "rd", "secret", """
Deploy step keeps failing with 403 on npm publish. Token is definitely set in the CI env:

NPM_TOKEN=npm_6mlT9Q3SKLNDYau3GEwxNMedx4Qm3PX4eVoO

Is there an extra scope I need for scoped packages?
"""),
    D("tec", "x", "secret", """
anyone know why this slack bot won't post to private channels? using xoxb-321313020044-1857800521558-drpB3kqfZeFQQMPNI8hcBiK7 and it's in the channel
"""),
    D("ret", "fb", "secret", """
Closing team at Acme Market Fenwick, the back door keypad code was changed today. It's now 7314#. Please don't write it on the clocking-in board this time!
"""),
    D("gen", "ig", "secret", """
Airbnb hosting tips 🏡 leave a welcome basket, fresh flowers and a card with the wifi. Ours says: network "TheNest", password BlueHeron2024! Guests love the little touches 💕
"""),
    D("fin", "x", "secret", """
new branch alarm code is 5082, disarm within 30 secs or it calls the police. posting here so the early shift doesn't lock themselves out again
"""),
    D("hea", "fb", "secret", """
Note for the bank staff on ward 5: the medication room door code changed this morning. It's now 2-9-4-1. The charge nurse says please don't share it with patients' relatives.
"""),
    D("tec", "li", "secret", """
Our team's first year on the new stack! Here's the config that made it work (and yes, this is the real key, we're proud of our pipeline 😄):

AWS_ACCESS_KEY_ID=AKIAPK5ZBAKKR5JX4UQN
AWS_SECRET_ACCESS_KEY=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
"""),
    D("man", "rd", "secret", """
Old Siemens HMI on our extrusion line. Login for the maintenance screen is engineer / Hmi$2019 but it doesn't accept it after the firmware update. Anyone know if the default changed?
"""),
    D("npo", "x", "secret", """
volunteers: the lockbox at the charity shop back door is 4417. key for the stockroom is inside. please put it back!!
"""),
    D("tec", "rd", "secret", f"""
Our Jenkins agent can't SSH to the new box. This is the key it's using, generated on the agent:

{OPENSSH_ED25519}

Permissions are 600, authorized_keys has the public half. What am I missing?
"""),
    D("ret", "ig", "secret", """
opening shift at the coffee bar ☕ till login is barista / latte99 if your badge isn't working, the manager won't be in till 10
"""),
    D("gen", "fb", "secret", """
For the family: Mum's Netflix got hacked so I changed it. Email's the same, new password is Sunflower!1987. Please don't share it with your friends this time.
"""),
    D("fin", "rd", "secret", """
Why does my Stripe webhook keep saying "no signatures found"? Setup: sk_live_iX4Bv1vfWQUcRpucvFQFnRaO in the env, endpoint secret from the dashboard, body parser raw. Node 20.
"""),
    D("hea", "x", "secret", """
EHR down again so use the backup login for the clinic laptops: clinic_shared / Winter#2025. IT say it's fine for today
"""),
    D("man", "fb", "secret", """
Warehouse team: the combination for the padlock on the gas cage is 3-1-8-7. Write it on your hand, not on the cage door.
"""),
    D("tec", "x", "secret", """
ok who pushed 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 into our README? asking for a friend. the friend is me
"""),
    D("npo", "fb", "secret", """
Hello fundraisers 👋 the shared JustGiving login for the Christmas appeal is appeal@acme-foundation.org with password Carols2025. Please only post updates, don't change any settings.
"""),
    D("tec", "rd", "secret", f"""
Getting "invalid format" when loading this EC key in Go's crypto/x509. Any idea?

{EC_SEC1}

Generated with openssl ecparam -genkey last week.
"""),
    D("gen", "x", "secret", """
locked out of my own house so I'm writing this down somewhere I'll find it: garage door keypad 0913, back door key safe 2286. don't rob me lol
"""),
    D("ret", "rd", "secret", """
Self-checkout supervisors: does anyone else's machines accept the override PIN after midnight? Ours is 66420 and it stops working after 12, which is a pain on late shifts.
"""),
    D("fin", "li", "secret", """
Day one at the new branch and the team already made me feel at home ❤️ The vault combination they taught me (28-14-77) is longer than my old phone number. So much to learn!
"""),
    D("tec", "fb", "secret", """
Google Maps on my side project stopped working after I moved hosting. Is it the referrer restriction? My key is AIza7rGmlYVIZoI_WHm9-d8E_6YfzYClb9vxuM4, can someone check if it's even valid?
"""),
    D("hea", "rd", "secret", """
Pharmacy robot at our hospital throws error E42 after a power cut. Service tech told us to log in as admin with password robo4321 and run recalibrate. Does that clear the queue too or do we need to re-scan?
"""),
    D("man", "x", "secret", """
guest wifi at the plant visitor centre is AcmeVisitor, pw Forge!2025, if the reception desk isn't manned
"""),
    D("tec", "li", "secret", """
Small win today: migrated our monitoring to a new Slack incoming webhook. If anyone wants to test it, https://hooks.slack.com/services/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 is live now 🎉
"""),
    D("npo", "rd", "secret", """
Treasurer for a community choir. I share our bank app login with the chair (username choirfunds, PIN 270419) so she can check the balance. Is that a problem if we both trust each other?
"""),
    D("gen", "ig", "secret", """
home sweet home 🏡 new wifi router finally set up! network: Coppergate_5G, key: Tulip-Bicycle-42. neighbours, please stop leeching off the old one 😂
"""),
    D("tec", "rd", "secret", f"""
Help decoding this. Our old build server had a PKCS#8 key in /etc/ssl and I need to know what curve it uses:

{PKCS8_EC}
"""),
    D("ret", "x", "secret", """
to whoever keeps setting off the stockroom alarm: the alarm code is 8062, press it BEFORE you open the second door, not after
"""),
    D("fin", "fb", "secret", """
Family group chat, please read: Dad's online banking username is GHarper1950 and the password is Kingfisher#12. He wants one of us to check on his direct debits if he's ever in hospital.
"""),
    D("tec", "x", "secret", """
our staging db is open to the team now: postgres://app_admin:Qv7xR2pLm9@db.staging.acme-internal.net:5432/orders, go wild
"""),
    D("hea", "li", "secret", f"""
First time setting up SFTP for our lab's results export. Here's the key our vendor gave us, in case it helps anyone doing the same:

{RSA_PKCS1}

Drop it in ~/.ssh and it just works.
"""),
]

HOSTILE = [
    D("ret", "x", "hostile", """
@JanetBakes replying to your 1-star review: maybe if you could read the allergen sign you'd have noticed it said nuts. try opening your eyes next time
"""),
    D("hea", "fb", "hostile", """
To the woman who screamed at our receptionist about a 20-minute wait: we all saw you. Everyone in the waiting room was laughing at you, not with you. Hope the wait at home is nicer.
"""),
    D("fin", "rd", "hostile", """
Bank cashier. Dear customer who "doesn't trust apps" and demanded I count £4.30 in coins twice: your grandchildren are right to hide from you at Christmas.
"""),
    D("gen", "x", "hostile", """
@NoisyNeighbour3 if your dog barks through one more night I will make sure it never barks again. you've been warned
"""),
    D("tec", "rd", "hostile", """
Acme Cloud support here. To the customer who opened 14 tickets saying our service is "broken" when he hadn't paid his invoice: mate, the only thing broken is your brain cell. Singular.
"""),
    D("man", "fb", "hostile", """
To whoever keeps parking their van across our loading bay: we've got your plates, we know your depot, and the lads on night shift aren't as patient as me. Last warning.
"""),
    D("npo", "x", "hostile", """
to the guy who donated a bag of mouldy socks and then asked for a receipt for tax: thanks for nothing, hope your accountant laughs as hard as we did
"""),
    D("ret", "ig", "hostile", """
Here's the lady who tried to return a dress she'd clearly worn to a wedding (with the fake tan on the collar 🙄). Next time, wear your own clothes, you cheapskate. #retaillife
"""),
    D("hea", "x", "hostile", """
reply to @ConcernedDad22: no, I won't "do my own research" on vaccines in your facebook group. your google degree doesn't outrank my medical one. sit down
"""),
    D("fin", "fb", "hostile", """
Replying to Mr Whitley's comment about our branch "always being closed": we're open 9-5, you just can't read a clock. Maybe take the bus you keep moaning about and save us all the visit.
"""),
    D("gen", "rd", "hostile", """
To the jogger who spits on the footpath outside my house every morning: I know your route and I know your face. One more time and you'll find out what my garden hose can do at 6am. Not kidding.
"""),
    D("tec", "x", "hostile", """
people who leave 1-star app reviews because they forgot their own password are genuinely the dumbest creatures on earth. reading these so you don't have to
"""),
    D("man", "rd", "hostile", """
Machine shop owner. A customer came back to complain his bracket "doesn't fit" after he'd drilled it himself with the wrong bit. I told him he's the reason we have warning labels. Bet he'll leave a review.
"""),
    D("npo", "fb", "hostile", """
Message to the parents who let their kids trash the community garden on Saturday: your little darlings destroyed three beds of veg meant for the food bank. Raise them better or keep them home. Disgusting.
"""),
    D("ret", "fb", "hostile", """
Acme Market Kingsway: to the man who threw a trolley at my colleague because we'd run out of eggs. Come back, I dare you, we'd all love to see you try that on me.
"""),
    D("hea", "rd", "hostile", """
Physio here. The patient who no-showed four times then posted that we're "lazy": we're not lazy, you're just too unfit to walk from the car park. Come back when you can do a flight of stairs without crying.
"""),
    D("fin", "x", "hostile", """
@TradingGuru_88 you lost your life savings on meme stocks and now you blame the bank? imagine being this clueless and this loud at the same time
"""),
    D("gen", "ig", "hostile", """
To the couple at table 6 in the Crown last night who thought it was fine to let their toddler scream for an hour: everyone in that pub wanted to throw you out. Including the staff. Especially the staff.
"""),
    D("tec", "li", "hostile", """
Lesson from running a developer forum: the user who called our documentation "garbage" yesterday couldn't find the search bar. Some people shouldn't be let near a keyboard.
"""),
    D("man", "x", "hostile", """
to the bloke who reversed into our gate and drove off: the CCTV is crystal clear. enjoy the visit from me and two big lads before the police get there
"""),
    D("npo", "rd", "hostile", """
Charity shop volunteer. A woman haggled over a 50p mug for ten minutes then said we should "be grateful for any customers". I told her even the mug had more class than her. Felt good.
"""),
    D("ret", "x", "hostile", """
customer asked if our steak was "real meat or lab stuff". it's real, sir. unlike your teeth. have a nice day
"""),
    D("hea", "ig", "hostile", """
POV: the patient's wife who yelled at me for 20 mins about parking charges finally leaves 😌 Honey, the meter doesn't care about your Mercedes and neither do I 💅 #nurselife
"""),
    D("fin", "rd", "hostile", """
Mortgage adviser. The guy who wanted a £600k loan on a £28k salary and called me "incompetent" for saying no: you're the reason we have affordability checks. Go play the lottery.
"""),
    D("gen", "x", "hostile", """
the woman on the 8:15 who takes two seats for her shopping bags: hope the bags keep you warm at night, because no human ever will
"""),
    D("tec", "fb", "hostile", """
Reply to Gary in the comments: Gary, you've been using our product wrong for three years, telling everyone it's broken, and you're still wrong. Honestly, Gary, give your device to your cat. It'd do better.
"""),
    D("man", "li", "hostile", """
Quality manager. Our auditor from the customer side spent two days finding "non-conformances" in the wrong drawings. A reminder that some people only have jobs because someone felt sorry for them.
"""),
    D("npo", "x", "hostile", """
to the councillor who said our soup kitchen "attracts the wrong sort": the only wrong sort round here is you. we know where your surgery is and we'll be there every week
"""),
    D("ret", "rd", "hostile", """
Bookshop worker. The man who spent an hour reading in the armchair, left coffee rings on three hardbacks and bought nothing: we see you every Saturday, freeloader. One day we'll charge rent.
"""),
    D("hea", "x", "hostile", """
@angrymum_77 you screamed at our triage nurse because someone having a heart attack went in before you. learn some manners, or learn to count
"""),
    D("fin", "ig", "hostile", """
Saw this gem at my branch: a customer trying to deposit a cheque written in crayon 🖍️ Sir, the only thing you're depositing is your dignity. #bankerlife
"""),
    D("gen", "rd", "hostile", """
Dear neighbour at no. 12 who complains about my Christmas lights every year: they're going up again, brighter than ever. Maybe move somewhere with fewer happy people, Grinch.
"""),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """
Ten years as an engineer at Acme Cloud and I'll say it: the whole industry's rush to put an LLM in every product is the dot-com bubble all over again. Most of these features will be gone in two years.
"""),
    D("fin", "x", "disclaimer", """
work at Acme Bank and honestly the new open-banking rules are a disaster. regulators have handed our customers' data to every cowboy fintech with a logo
"""),
    D("hea", "li", "disclaimer", """
As a consultant at Acme General, I believe the government's four-hour A&E target is the worst thing to happen to emergency medicine. It rewards gaming the clock, not treating patients.
"""),
    D("ret", "rd", "disclaimer", """
I'm a buyer at Acme Market. Globex's "price match promise" is a con: they exclude half the items that matter and rely on people not checking. Frankly their whole pricing model is built on confusion.
"""),
    D("man", "li", "disclaimer", """
Plant manager at Acme Manufacturing. Reshoring is a fantasy. Politicians keep promising it, but without serious investment in skills this country can't run a modern factory. Someone had to say it.
"""),
    D("npo", "fb", "disclaimer", """
As a fundraiser at the Acme Foundation, I think the big charities spending millions on TV ads are doing real harm to the sector. Donors think that's where their money goes. It's obscene.
"""),
    D("gen", "x", "disclaimer", """
I've worked in Acme's HR team for six years, and the 4-day week is a fad. every company that tries it will quietly go back within three years
"""),
    D("tec", "rd", "disclaimer", """
Acme Cloud SRE here. Initech's managed Kubernetes is the worst product in the market. Their control plane falls over every other Tuesday and their support is a chatbot. Nobody should run production on it.
"""),
    D("fin", "li", "disclaimer", """
After fifteen years as an analyst at Acme Wealth, my view: crypto ETFs are a mistake for retail investors and the regulators who approved them will regret it. Speculation dressed up as a product.
"""),
    D("hea", "x", "disclaimer", """
pharmacist at Acme Pharmacy. the sugar tax did nothing, obesity kept climbing, and we should stop pretending it was a success
"""),
    D("ret", "li", "disclaimer", """
I manage an Acme Market store and I'll stand by this: self-checkouts have ruined supermarket shopping. The industry swapped service for shrink and calls it innovation.
"""),
    D("man", "rd", "disclaimer", """
Engineer at the Acme plant. The new EU machinery regulation is paperwork theatre. It adds months to every project and makes nothing safer. Whoever wrote it has never seen a factory floor.
"""),
    D("npo", "x", "disclaimer", """
as a volunteer coordinator at Acme Foundation: the new volunteering passport scheme from the council is a waste of public money. nobody asked for it
"""),
    D("tec", "x", "disclaimer", """
Acme data scientist here. Umbrella Corp's "ethical AI" pledge is pure PR. their models are as biased as anyone's and they know it
"""),
    D("fin", "rd", "disclaimer", """
I'm a branch manager at Acme Bank. Branch closures across the industry are a scandal. Banks are abandoning older customers to save pennies, and the regulator is letting them.
"""),
    D("hea", "fb", "disclaimer", """
Speaking as a GP at an Acme Health surgery: the plan to let pharmacists prescribe antibiotics is reckless and will drive resistance. Mark my words, we'll be cleaning up after this in five years.
"""),
    D("gen", "li", "disclaimer", """
As Acme's head of facilities, here's my hot take: hot-desking is the worst idea corporate real estate ever had. It's cost-cutting wearing a hoodie.
"""),
    D("ret", "x", "disclaimer", """
I work on the Acme Market online team and the whole quick-commerce thing is dead. 10-minute delivery never made sense and every app doing it is burning cash
"""),
    D("tec", "li", "disclaimer", """
Six months as a product manager at Acme Cloud has convinced me of one thing: the "low-code revolution" is a myth. Every low-code platform ends in a rewrite by real engineers.
"""),
    D("man", "fb", "disclaimer", """
As a shift lead at the Acme plant, the minimum wage rise is going to cost jobs in manufacturing, plain and simple. Whoever thinks otherwise hasn't run a production line.
"""),
    D("npo", "li", "disclaimer", """
I lead grants at the Acme Foundation. Lottery funders have become impossible: 40-page forms for £5,000, and they favour charities with professional bid writers. The system is broken.
"""),
    D("fin", "x", "disclaimer", """
credit analyst at Acme Bank: BNPL is payday lending with a nicer font, and every regulator that looked away should be ashamed
"""),
    D("hea", "rd", "disclaimer", """
Nurse manager at Acme Medical Center. Agency nursing is bleeding the health service dry and the agencies are profiteering. The government should cap their rates tomorrow.
"""),
    D("tec", "fb", "disclaimer", """
My take after 8 years building security tools at Acme: passwordless login is overhyped. Passkeys are a UX nightmare and the big tech companies pushing them don't care about normal people.
"""),
    D("ret", "rd", "disclaimer", """
Acme Market pricing team here. Loyalty-card pricing across UK supermarkets is a racket. It punishes people who don't want to be tracked and the competition watchdog is asleep at the wheel.
"""),
    D("gen", "x", "disclaimer", """
I'm in Acme's comms team and influencer marketing is the most overrated thing in the industry. 90% of it is fake engagement bought by the kilo
"""),
    D("man", "li", "disclaimer", """
Working in supply chain at Acme, I'm convinced just-in-time is finished. Any company still running lean inventory after the last five years is gambling with its customers.
"""),
    D("fin", "fb", "disclaimer", """
I've been a mortgage adviser at Acme Bank since 2011 and I think the government's first-time buyer schemes just push up prices. They help developers, not young people.
"""),
    D("npo", "rd", "disclaimer", """
Charity shop manager for the Acme Foundation. Fast-fashion brands' "take-back" recycling schemes are greenwashing. We get their donations and 70% of it is unsellable rubbish.
"""),
    D("hea", "li", "disclaimer", """
Radiographer at Acme General here. The private scanning clinics popping up on every high street are selling fear. Full-body MRIs for healthy people do more harm than good.
"""),
    D("tec", "x", "disclaimer", """
frontend dev at Acme. every big tech company abandoning remote work is doing it to quietly shed staff. the "collaboration" excuse is nonsense
"""),
    D("ret", "ig", "disclaimer", """
Behind the scenes at my Acme Market bakery 🥖 and a thought: supermarket "artisan" bread from the big chains is the biggest con in food retail. Half of it is baked from frozen in a factory.
"""),
]

MULTI = [
    D("hea", "fb", "phi pii", """
Please keep Joan Eldridge in your thoughts. She's in Acme General with kidney failure, on dialysis three times a week, and would love cards. Her home address for when she's out is 23 Fallow Lane, Brindley.
"""),
    D("tec", "rd", "confidential secret", """
For the Nightjar integration tests I keep getting a 401 from the staging API. Using the team's GitLab token glpat-rl2YOiYCUKU5yvptyY4M in the header. Does Nightjar staging need a different scope?
"""),
    D("ret", "x", "hostile promotion", """
@MrsGrumble_ you've moaned about every cake in our café for six months, so your next slice is free on us. maybe it'll sweeten that sour face of yours
"""),
    D("fin", "li", "disclaimer financial_promise", """
Portfolio manager at Acme Wealth. Banks are the most undervalued sector in Europe, and Globex Financial will be at least 50% higher by this time next year. I'd bet my bonus on it.
"""),
    D("hea", "x", "confidential phi", """
the nurse who got attacked by a patient on ward 7 last week has a fractured skull and is in ICU. trust told us all to keep it quiet, nothing on the intranet
"""),
    D("gen", "ig", "pii secret", """
Pet sitter needed next week for Biscuit 🐶 I'm at 5 Orchard Mews, door code 6620, spare key under the heron statue. Text me on (207) 555-0164 if you can help!
"""),
    D("tec", "li", "confidential disclaimer", """
As an engineer on Acme Cloud's database team: we're dropping MySQL support next year in favour of Postgres only, and honestly the industry's attachment to MySQL is sentimental nonsense. Time to move on.
"""),
    D("fin", "x", "financial_promise promotion", """
Acme Bank savings week 🐷 open a Rainy Day Saver before Sunday and we add a £25 welcome bonus. your balance will beat inflation every single year, we promise
"""),
    D("npo", "fb", "phi pii", """
Our clothes bank client Derek Mather (DOB 03/11/1958) has been discharged from rehab for his alcohol dependency and is looking for work. Mobile (401) 555-0125. Anyone with odd jobs, give him a ring.
"""),
    D("ret", "rd", "confidential hostile", """
Acme Market area manager. Our Bridge St store closes in May, not announced yet, and honestly good riddance to the shoplifting regulars there. Scroungers, every one of them.
"""),
    D("man", "x", "disclaimer hostile", """
Acme plant foreman. anyone who thinks robots are coming for factory jobs is a clueless keyboard warrior who's never held a spanner
"""),
    D("gen", "ig", "pii promotion", """
✨ Holiday pop-up this weekend! 30% off all my candles with code GLOW30 🕯️ DM me or email tasha.lin.candles@gmail.com, collection from my flat at 19b Cleve Road 🧡
"""),
    D("hea", "rd", "phi secret", """
Night shift pharmacist. To cover the gap I shared my dispensing system login (jpatel / Morph!ne22) with the locum. She then printed Mr Cavanagh's full oncology regimen for the wrong ward. How bad is this?
"""),
    D("tec", "x", "confidential secret", """
Orion-7 demo env is up for the partners. user orion-demo, pass Kestrel!88. still a secret so don't share outside the partner slack
"""),
    D("fin", "rd", "confidential financial_promise", """
My cousin is an analyst at Acme Wealth and says the unreleased Q4 numbers are huge. The stock will be 30% higher the week after results. Buy now while you can.
"""),
    D("npo", "x", "hostile promotion", """
raffle tickets £1 each for the hospice, unless you're Steve from the Red Lion, in which case £10 because you still owe us from last year, you tight git
"""),
    D("man", "rd", "confidential phi", """
Health and safety rep at the Acme plant. Tommy in dispatch was diagnosed with silicosis last month from the grinding bay. Management hasn't told anyone, no HSE report yet. What's the process here?
"""),
    D("ret", "fb", "pii hostile", """
This is the woman who stole three bottles of perfume from our counter on Sunday. Her name is Clare Dunsmore, she lives on Peel Close and her number is (614) 555-0102. Enjoy your fame, thief.
"""),
    D("tec", "li", "disclaimer promotion", """
I lead developer relations at Acme Cloud. Honestly, Globex's free tier is a bait and switch. Ours is better: sign up this week with code BUILD2026 and get $300 in credits.
"""),
    D("fin", "fb", "pii secret", """
Mum, for when you need to pay the builder: my card is 5396 7324 5089 4109, PIN is 1357. Delete this after. (Posting here because you never check email.)
"""),
    D("hea", "li", "confidential disclaimer", """
As a director at Acme Health, I'll share this early: we'll be outsourcing all hospital pathology to a private lab next year. Frankly, the NHS model of in-house labs is outdated and inefficient.
"""),
    D("gen", "x", "financial_promise promotion", """
my trading course is 50% off today only with code RICH50 and if you follow it your account WILL double in 6 months. no exceptions
"""),
]

LONG = [
    D("tec", "li", "confidential", """
A reflection on four years on the Acme Cloud storage team.

When I joined, we were a team of six keeping a single-region object store alive with shell scripts and optimism. Today we're forty people across three time zones, and I'm more proud of our culture than our uptime, though the uptime is nice too.

Three things I've learned:

1. Write down why, not just what. Our design docs from 2023 still save us weekly.
2. Make the on-call rotation humane. We pay for it, we cap it, and we rotate leads.
3. Celebrate the boring wins. A quiet deploy is a good deploy.

What's next is the part I'm most excited about. In May we're launching cross-region replication with a one-click failover, and the internal benchmarks show it's twice as fast as the replication we sell today. We've been testing it with two banking customers since the summer and they love it. Pricing will come in below the current premium tier, which I think will surprise a lot of people.

Until then, I'll be the one smiling cryptically in meetings. Thanks to everyone who's been part of the ride. #engineering #cloud
"""),
    D("hea", "fb", "phi", """
I've been a nurse for twenty-two years and tonight I want to write about one patient, because he changed how I work.

He came to us on a Tuesday in February, a 67-year-old retired lorry driver from the estate by the canal, the one who used to run the boxing club for the kids there. Everybody in town knows him. He'd had a massive stroke and couldn't swallow or speak. His daughter told us he'd been ignoring headaches and high blood pressure readings for months because he "didn't want a fuss."

For six weeks on our stroke unit (bed 4, by the window, where he could see the car park he used to complain about) he worked harder than I've ever seen anyone work. Speech therapy every morning. Physio every afternoon. He learned to swallow yoghurt again, then mashed potato, and on his last day he said "thank you, nurse" out loud.

He went home in a wheelchair, but he went home. His daughter sends us a photo every month of him at the boxing club, coaching from his chair.

Please, check your blood pressure. And if your dad says he doesn't want a fuss, make one anyway.
"""),
    D("fin", "rd", "disclaimer financial_promise", """
Long post, bear with me. I've been a portfolio manager at Acme Wealth for nine years, and I want to push back on the doom in this sub.

Everyone here seems convinced that rates will stay high forever and that equities are dead money. I think that's completely wrong, and I think the panic is being driven by the same financial media that told you in 2021 that nothing could ever go down.

Here's my view. The central banks have won. Inflation is back in the box. Rate cuts come next year, and when they do, small-cap UK stocks are going to rip. I'm talking about Globex's UK Smaller Companies trust being 40% higher within eighteen months. Not maybe. It's the most predictable setup I've seen in my career, and I'm positioning every client portfolio I can for it.

The industry, frankly, has become too cowardly to say anything with conviction. Every note is "on the one hand, on the other hand." Fund managers hug the index because they're scared of their own shadow, and retail investors pay fees for that cowardice.

So I'll say it plainly. Buy UK mid-caps now. You'll thank me by the summer after next. And ignore anyone who tells you it's too risky; they've been wrong for three years running.
"""),
    D("ret", "fb", "promotion", """
Right, it's that time of year again! Acme Market Harbourside has been part of this town for thirty years, and to say thank you we're throwing a proper birthday party next weekend, and you're all invited.

Here's what's happening:

Saturday 9am: doors open with free coffee and a birthday cupcake for the first 300 people through the door (there will be a queue, there always is, bring a flask).

All weekend: 30% off every item in the home and garden aisles, and buy one get one free on all our bakery bread. Our butchers have done a special anniversary sausage (pork, apple and a secret ingredient Terry won't tell anyone) that'll be half price.

Kids' corner: face painting, a balloon artist and a colouring competition. The best three pictures win a £50 toy voucher each, judged by our store manager Bev, who takes it extremely seriously.

Raffle: every £20 spent gets you a raffle ticket. The top prize is a year's free weekly shop (up to £100 a week). Second prize is a new bike from the cycle shop next door, and there are twenty hampers to give away too.

Come and celebrate with us. We couldn't have done thirty years without you!
"""),
    D("npo", "li", "pii phi", """
I want to introduce you to someone who made my year at the Acme Foundation.

I'll call her by her first name, Marguerite, because she asked me to share her story. Marguerite is 71. She came to our advice centre in March after her husband died, with a carrier bag full of unopened letters and a diagnosis of early-stage Parkinson's that she hadn't told anyone about, not even her son.

We worked through the letters together. Three were final demands. One was a pension she never knew she had. By June her debts were cleared and she was volunteering on our front desk two mornings a week, tremor and all. She says filing paperwork is good for her hands.

She's now planning a fundraising walk for Parkinson's UK, and she's asked me to help her gather sponsors. If you'd like to sponsor her directly, her email is marguerite.fenwick46@gmail.com and her landline is 0151 496 0537; she says she'd rather hear from people than get an app notification.

Marguerite taught me that it's never too late to open the letters. Thank you for reading, and thank you, Marguerite.
"""),
    D("man", "li", "confidential disclaimer", """
After eighteen years at the Acme plant, I want to share some honest thoughts about where our industry is going, because I think we're sleepwalking.

First, the good. Our safety record has never been better. We've cut energy per unit by a third since 2019. The apprentices we take on now are sharper than I ever was at their age, and the best of them will be running this place in ten years.

Now the hard part. British manufacturing is being let down by short-termism, and our industry bodies are too timid to say so. Every trade association press release is about "opportunities" while factories close around us. Government industrial strategy changes every eighteen months. Nobody plans beyond the next quarter.

I'll give you a concrete example from inside our own walls. The board decided last month to move the whole motor assembly line to the Czech plant next year. It hasn't been announced and I'm not supposed to mention it, but 150 jobs in this town go with it. That decision was made on a spreadsheet by people who have never stood on our line.

We need industrial policy with a twenty-year horizon, and we need leaders who will say it out loud. I'm saying it out loud.
"""),
    D("tec", "rd", "secret", """
Long shot, but I've been stuck on this for two days and I'm out of ideas. We have a small internal tool that syncs tickets from our helpdesk into GitHub issues. It worked for a year. Since last Friday every call fails with "Bad credentials".

Setup:
- Python 3.11, PyGithub 2.3
- Running as a cron job on a small VM
- Fine-grained token, repository access to two repos, issues read/write

Here's the relevant bit of the config (yes I know, I'll rotate it after):

GITHUB_TOKEN=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
REPO=helpdesk-sync
ORG_SLUG=support-tools

Things I've tried:
1. Regenerating the token in the UI (same error with the new one)
2. Checking the token hasn't expired (expiry is next year)
3. curl with the token against /user returns 401 too
4. A classic token works fine, but security won't let us keep using classic

The org did switch on SSO enforcement recently. Could that be it? If so, how do I authorise a fine-grained token for SSO? I can't find the button anywhere. Any pointers appreciated.
"""),
    D("gen", "fb", "hostile", """
Right. I've been the secretary of this residents' association for six years and I've bitten my tongue through a lot, but after last night's meeting I'm done being polite.

To the gentleman at number 41 who spent forty minutes explaining why the new bike shelter will "attract criminals": nobody asked you. Nobody has ever asked you. You have opposed every single improvement on this street since 2019, including the dropped kerb outside the nursery, which I will never forgive.

You are a sad, bitter little man who has nothing better to do than write letters to the council in green ink. Everyone on this street crosses the road when they see you coming. Your own wife comes to our coffee mornings to get away from you, and frankly I don't blame her.

The bike shelter is going up in March whether you like it or not. If you so much as touch it, I will personally make sure every neighbour knows exactly what you said about their children at the AGM. And I have it in the minutes.

Everyone else: thank you for your patience. Mince pies at mine on the 14th, all welcome except, obviously, him.
"""),
]
