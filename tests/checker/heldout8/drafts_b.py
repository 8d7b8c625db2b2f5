"""Violation drafts of the eighth held-out set: financial_promise, secret, hostile, disclaimer (one category each),
two-category drafts and long-form drafts.

Every draft was written by hand for its own situation; the numbers, tokens and keys come from gen_values.py
(seed 58302117) and keys.py.
"""

from __future__ import annotations

from .common import D
from .keys import EC_SEC1, OPENSSH_ED25519, PKCS8_EC, RSA_PKCS1

FINANCIAL_PROMISE = [
    D("gen", "fb", "financial_promise", "Listen to your uncle for once: put everything you can into Globex "
      "shares before Christmas. They WILL double by spring, you literally can't lose."),
    D("gen", "rd", "financial_promise", "Not financial advice but $KRILL is going to 10x before summer. "
      "zero risk at this price, the chart only goes one way from here"),
    D("gen", "fb", "financial_promise", "My brother-in-law's car wash franchise is taking investors. You'll "
      "double your money in 18 months, he guarantees it personally. DM me if you want in!"),
    D("gen", "ig", "financial_promise", "whisky casks are the best kept secret 🥃 15% a year, completely "
      "risk-free, my cask has never gone down once. link in bio to get started"),
    D("gen", "x", "financial_promise", "Initech stock hits $400 by June. I'd bet my house on it. "
      "anyone not buying at $180 is leaving free money on the table"),
    D("gen", "rd", "financial_promise", "Joined a forex signals group last month. 95% win rate and the "
      "mentor promises nobody loses money if you follow the calls. Come join, link in my profile"),
    D("gen", "fb", "financial_promise", "Rental yields of 12% GUARANTEED on these student pods in Leeds. "
      "Zero risk because the university underwrites it. My sister's already bought three. Who's in?"),
    D("gen", "ig", "financial_promise", "this NFT collection will 5x by spring, trust me 🚀 mint is "
      "still open and the floor can only go up"),
    D("gen", "x", "financial_promise", "put your whole ISA into Umbrella Corp. it will double in two "
      "years, I've never been more certain of anything"),
    D("fin", "li", "financial_promise", "Acme Bank's Fixed Saver Plus pays a guaranteed 8% and you cannot "
      "lose a penny of your capital. Open one in the app today."),
    D("fin", "fb", "financial_promise", "Acme Wealth managed portfolios: we guarantee you'll beat the FTSE "
      "100 every single year. Book a call with our team."),
    D("fin", "x", "financial_promise", "our peer-to-peer lending pot has never lost a penny. 11% a year, "
      "guaranteed. sign up takes 4 minutes"),
    D("fin", "li", "financial_promise", "The Acme Wealth income annuity gives you guaranteed income AND "
      "growth, beats any savings account, no risk at all. Ask me how."),
    D("fin", "fb", "financial_promise", "The Acme Bank Bonus Bond is guaranteed to grow faster than house "
      "prices every year for five years. Lock it in now."),
    D("fin", "rd", "financial_promise", "Commodity trader here. Copper will be at $15k a tonne by next "
      "Easter, that's not a guess. Buy the Globex Metals ETF now and thank me later"),
    D("tec", "x", "financial_promise", "Acme Pay's new savings pot pays 5% and your balance literally can't "
      "go down. open it in the app ✨"),
    D("tec", "rd", "financial_promise", "Early employees at my startup get shares that will be worth 20x "
      "when we exit next year. Join us, it's a sure thing"),
    D("tec", "li", "financial_promise", "Invest alongside the Acme Cloud startup fund this round: every "
      "company in it is a guaranteed 3x. Minimum ticket is $25k."),
    D("ret", "fb", "financial_promise", "Our gold sovereigns only ever go up in value. Buy from our shop "
      "and you're guaranteed a profit when you sell them back in a year."),
    D("ret", "ig", "financial_promise", "limited edition Acme Market collectable coins 🪙 guaranteed to "
      "be worth triple what you pay by 2027"),
    D("hea", "li", "financial_promise", "Doctors and nurses: units in our new surgical centre pay 14% a "
      "year, guaranteed by the operator. Minimum £10k, limited places."),
    D("hea", "li", "financial_promise", "The Acme Health staff pension top-up will double your "
      "contributions by retirement, guaranteed. Sign up through the HR portal."),
    D("man", "fb", "financial_promise", "Buy into the machine-shop co-op, 20% returns every year "
      "guaranteed. Orders are booked for the next 3 years so there's no way it fails."),
    D("man", "x", "financial_promise", "the Acme plant employee share plan is a guaranteed 30% uplift "
      "in 3 years, join before the window shuts"),
    D("npo", "fb", "financial_promise", "Buy shares in our community solar project! 7% a year guaranteed, "
      "completely risk-free, and it helps the village."),
    D("npo", "li", "financial_promise", "The Acme Foundation almshouse bond: 6% a year, backed by the "
      "endowment, and not a penny of your capital can be lost. Ideal for retired supporters."),
    D("npo", "ig", "financial_promise", "our church building bond pays 9% guaranteed 🙏 your money is "
      "safe as houses and it funds the new roof"),
    D("fin", "ig", "financial_promise", "our Acme Wealth crypto basket will double this year, "
      "guaranteed 💸 tap the link to join"),
    D("tec", "fb", "financial_promise", "Acme Sense stock? No. Buy the little supplier that makes the chips. "
      "It will 4x by the time their contract renews, you cannot lose on this one."),
    D("man", "rd", "financial_promise", "Steel futures will go up 40% next quarter, zero doubt. I've loaded "
      "up on the Initech Steel ETF and you should too, it can't go wrong"),
]

SECRET = [
    D("tec", "rd", "secret", "Slack bot keeps returning not_in_channel, what am I missing? Token is "
      "xoxb-209890545528-8965655225900-p3sZUCBm6LvBWDk8xr5kDOpQ and scopes are chat:write, "
      "channels:read"),
    D("tec", "x", "secret", "why does my actions workflow 401 on push? using "
      "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 as GH_TOKEN, it worked yesterday"),
    D("tec", "li", "secret", "Quick tip from this week: boto3 will pick up credentials from env vars. "
      "export AWS_ACCESS_KEY_ID=AKIAQDN2ZUPUARZNSMG6 and AWS_SECRET_ACCESS_KEY="
      "S+ejgMWAme2XbL573LrGtf0c1mgV61/Tn2FWafSU then run your script."),
    D("tec", "rd", "secret", "My first Android app! It shows bike racks near you. The maps key is "
      "AIza3yG2yP1KmGYfILZsW49sad4NlrdB_F_TSg5 if you want to fork it, just don't go crazy with requests"),
    D("tec", "rd", "secret", "Payments suddenly failing on our shop with 'No such customer'. We're using "
      "sk_live_3Bp4X9hDHtdPRs6nln7F46KK in the backend. Did Stripe change something?"),
    D("tec", "x", "secret", "gitlab runner keeps saying forbidden with glpat-fEZnuJOOgzfgs2uJkRjZ "
      "as CI_JOB token, anyone?"),
    D("tec", "rd", "secret", "Our publish script sets NPM_TOKEN=npm_O77vr8bdGEchq4gj9uJOEFlQzJHE325gBdbM "
      "before npm publish but the registry says 403. Is the token scoped wrong?"),
    D("tec", "li", "secret", "Wrote a quick guide on build alerts to Slack: curl -X POST -d "
      "'{\"text\":\"build ok\"}' https://hooks.slack.com/services/TVJDSF710RQ/BU2XQ6JSRIH/"
      "G2M2njtGZG6D4HRDtNjV1b2o and you're done!"),
    D("tec", "rd", "secret", "terraform keeps saying bad credentials for the github provider. token is "
      "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 "
      "with repo and admin:org"),
    D("tec", "x", "secret", "slack api says invalid_auth for my user token "
      "xoxp-841316982899-229242099433-6521718990536-1d8ac06464cac00a93bd35f1a0d80c85 help"),
    D("ret", "fb", "secret", "Staff group: new alarm code for the Hanley store is 4471 then #. Old one "
      "stops working Monday. Don't write it on the till!"),
    D("ret", "x", "secret", "POS manager login at our branch is still mgr01 / Tills2024! from the "
      "install. fixing it is someone else's job apparently"),
    D("ret", "ig", "secret", "new staff room is 🔥 sofas, coffee machine and the staff wifi pw is "
      "BreakTime!88 so no more stealing the customer one"),
    D("hea", "fb", "secret", "Community nurses: Mrs Ellery's key safe code changed to 2580, the old one "
      "won't open it now"),
    D("hea", "x", "secret", "ambulance station garage door code is 1 9 7 3 for anyone covering from "
      "another station tonight, the intercom is broken"),
    D("hea", "rd", "secret", "Our clinic's booking app uses this Google key for the maps widget: "
      "AIzaKjomehSHcVpj2aj--VftAC2AFoSXBGg5FQl. Why is the bill suddenly £400?"),
    D("fin", "fb", "secret", "Grandad asked me to post this so he remembers: his new card PIN is 3906 "
      "because it's his and Nana's anniversary. He thinks facebook is a notebook 😂"),
    D("fin", "rd", "secret", "Treasury ops. The vendor set our payments portal to login treasury.admin "
      "password Ledger#2025 and says changing it voids support. Is that normal?"),
    D("fin", "x", "secret", "trading bot dev here, why does the exchange reject my AWS-hosted signer? "
      "key AKIANRY5XANPZ6YLHE4Y secret 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"),
    D("man", "rd", "secret", "Trying to reach the plant SCADA from home. VPN login is ops_remote and "
      "password Valve-Room-7 but the client times out. What port should it use?"),
    D("man", "fb", "secret", "Drivers delivering to the Acme plant on Sunday: the yard gate code is 7390, "
      "security won't be there to let you in"),
    D("man", "rd", "secret", "CNC controller's admin password on our line is still Haas1234 lol. Is there "
      "a way to change it without calling the vendor?"),
    D("npo", "fb", "secret", "Volunteers: the charity Instagram login is acmefoundation_events with "
      "password Hope2024!! please post your photos from the fun run"),
    D("npo", "x", "secret", "charity shop safe combo is 22-14-36 now, the key volunteer on Saturday "
      "needs it to bank the float"),
    D("npo", "ig", "secret", "community hall booking tip: the lock box by the side door is 1066, keys "
      "inside, leave them there after 💚"),
    D("gen", "ig", "secret", "moved in!! 🏡 router's still on the default, wifi is VM4471823 password "
      "tx9rfBcq2dwz, come round for pizza"),
    D("gen", "fb", "secret", "Family Spotify: log in as dadmusic77, password Queen1977, and DON'T "
      "change the playlists kids"),
    D("gen", "x", "secret", "dog-sitter coming tomorrow, garage keypad code is 4820, spare key on the "
      "hook. ok fine I'll text it too"),
    D("gen", "fb", "secret", "Borrow my bike whenever you like, the lock combination is 0-9-1-7. Just "
      "bring it back with air in the tyres"),
    D("tec", "rd", "secret", "ssh keeps saying 'invalid format' when I load this key on the new box, did I "
      "copy it wrong?\n\n" + RSA_PKCS1 + "\n\nPermissions are 600, OpenSSH 9.6."),
    D("tec", "rd", "secret", "cert-manager rejects the TLS secret for our ingress with 'failed to decode "
      "private key'. This is what's in tls.key:\n" + EC_SEC1 + "\nAny idea what format it wants?"),
    D("fin", "rd", "secret", "Payments API: our ES256 JWT signing fails with 'key not supported' in the "
      "Node lib. Key loaded from env:\n" + PKCS8_EC + "\nNode 20, jose 5."),
    D("gen", "rd", "secret", "Raspberry Pi weather station won't let me in over SSH from my laptop any more. "
      "This is the id_ed25519 I copied across:\n" + OPENSSH_ED25519 + "\nWhat am I doing wrong?"),
    D("gen", "rd", "secret", "My mum kept getting locked out of her email so I reset her password to "
      "Daffodils22. Is there a way to make her phone remember it?"),
]

HOSTILE = [
    D("ret", "fb", "hostile", "Reply to the 1-star review: you're a miserable old crank, you moaned about "
      "the price of milk for 20 minutes. Shop somewhere else next time, we won't miss you."),
    D("man", "fb", "hostile", "To whoever keeps moving my bins on Fairfield Ave: touch them again and see "
      "what happens. I'm not joking."),
    D("hea", "x", "hostile", "Some people are just born whingers. Waited 40 minutes for a free appointment "
      "and now you want an apology? Grow up."),
    D("fin", "x", "hostile", "@GrumpyGeoff maybe learn to read your own statement before crying on "
      "twitter about 'hidden fees', genius"),
    D("tec", "rd", "hostile", "Reply to the guy in the thread: you're too thick to set up a router and "
      "you're blaming our firmware. Unbelievable. Plug it in properly."),
    D("npo", "fb", "hostile", "To the troll who keeps commenting that our food bank is for scroungers: "
      "crawl back under your rock, nobody here wants to hear from you."),
    D("man", "fb", "hostile", "To the bloke on Ferry Lane who films our lorries every morning for the "
      "village page: get a hobby, you sad little busybody. The loading bay is older than your conservatory."),
    D("gen", "x", "hostile", "to the absolute muppet in the silver Golf who parked across three bays at "
      "Tesco: hope your wing mirror falls off"),
    D("ret", "ig", "hostile", "here's the dine-and-dasher from Saturday 👋 enjoy your free lasagne you "
      "tight, pathetic little man"),
    D("gen", "fb", "hostile", "To the dad who screamed at the lollipop lady this morning: you are a "
      "pathetic excuse for a parent and everyone saw it."),
    D("hea", "x", "hostile", "the 4am drunks who ring 999 for a stubbed toe are an absolute waste of "
      "oxygen. stay in your gutter"),
    D("fin", "fb", "hostile", "Closing your account because of a £5 fee? Enjoy being poor, mate. Bye."),
    D("gen", "x", "hostile", "you camped the same spot 9 times. I know what town you're in. sleep with "
      "one eye open, rat"),
    D("ret", "x", "hostile", "complain about your parcel one more time and the next one goes in the canal, "
      "lady"),
    D("npo", "x", "hostile", "To everyone who cancelled their £3 direct debit this month: wow, cheapskates. "
      "hope the £3 was worth it"),
    D("man", "li", "hostile", "Reply to the customer who says our hinge 'snapped on day one': that's user "
      "error, dumbo. Read the fitting guide before embarrassing yourself publicly."),
    D("man", "x", "hostile", "The cyclist who slapped my car on Mill Lane: hope you hit a lamppost "
      "next time, you lycra-clad clown."),
    D("ret", "ig", "hostile", "client brought a photo of a balayage and wanted it in 40 mins for £30 🤡 "
      "maybe get your hair done at the zoo next time hun"),
    D("hea", "fb", "hostile", "Reply to your 1-star review: you have the manners of a goat and the "
      "hygiene to match. Our dentists are relieved you've left."),
    D("tec", "x", "hostile", "to the genius who opened 40 tickets saying 'it's broken' without a single "
      "detail: get a life, nobody cares"),
    D("npo", "fb", "hostile", "To the family who brought Biscuit back after a week because he 'sheds': "
      "hope you never own a pet again, disgusting people."),
    D("gen", "rd", "hostile", "The team who won quiz night at the Crown by looking things up on their "
      "phones: cheats, liars, and we know where you drink. Watch yourselves."),
    D("ret", "fb", "hostile", "To the customer who wrote 'your staff is ruide': at least learn to spell "
      "before you have a tantrum online, muppet."),
    D("hea", "x", "hostile", "Customer at my pharmacy counter today argued about a 'fake' prescription "
      "charge for ten minutes. what a clown. go bother a different chemist"),
    D("fin", "li", "hostile", "To the claimant who called me a thief on the phone: you're a liar and a "
      "fraud and we both know it. Enjoy the rejection letter."),
    D("man", "ig", "hostile", "Dog park PSA: your feral kid threw sand at my spaniel. Keep him on a "
      "lead or keep him home, lazy parenting."),
    D("gen", "x", "hostile", "keep walking past my house filming and you'll regret it, I mean that"),
    D("ret", "ig", "hostile", "to the lady who returned a dress with fake tan all over the collar: "
      "we see you. tacky AND dishonest 💅"),
    D("man", "x", "hostile", "the van driver who reversed into our gate and drove off: we've got your "
      "plate, enjoy your last week with that van mate"),
    D("tec", "fb", "hostile", "App review reply: if you can't work out a login button, maybe smartphones "
      "aren't for you. Try a carrier pigeon, grandad."),
    D("npo", "ig", "hostile", "to the woman who shouted at our volunteers for not having oat milk at a "
      "free soup kitchen: absolute clown behaviour 🤡"),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", "Eight years as an SRE at Acme Cloud and I'll say it: microservices are "
      "mostly a cargo cult. Most teams would ship faster with a boring monolith."),
    D("tec", "x", "disclaimer", "Acme engineer here: Globex's new 'AI agents' are vapourware. demos are "
      "staged and the API doesn't exist."),
    D("ret", "li", "disclaimer", "As a category buyer at Acme Market I've watched the sugar tax for years. "
      "It has done nothing for kids' health and everything for margins."),
    D("fin", "li", "disclaimer", "Risk analyst at Acme Bank. The FCA's consumer duty is box-ticking "
      "theatre that costs firms millions and protects nobody."),
    D("hea", "x", "disclaimer", "A&E nurse at Acme General: the government's 4-hour target is "
      "killing emergency care. it makes us move patients, not treat them"),
    D("man", "li", "disclaimer", "Process engineer at the Acme plant. Steel tariffs are wrecking UK "
      "manufacturing and ministers clearly don't care."),
    D("npo", "li", "disclaimer", "After six years fundraising for the Acme Foundation I think charity "
      "league tables based on admin costs are deeply misleading and should be scrapped."),
    D("gen", "li", "disclaimer", "I run people ops at Acme Corp, and honestly the four-day week is a "
      "gimmick. Productivity studies behind it are cherry-picked."),
    D("tec", "rd", "disclaimer", "Dev at Acme Cloud. Return-to-office mandates across big tech are pure "
      "control theatre, the productivity data says the opposite"),
    D("fin", "x", "disclaimer", "planner at Acme Wealth: crypto ETFs are a disaster waiting to happen "
      "for retail investors. regulators got this one wrong"),
    D("hea", "li", "disclaimer", "Pharmacist at Acme Health. The pharmacy-first scheme is hopelessly "
      "underfunded and it's patients who will pay for that."),
    D("ret", "fb", "disclaimer", "Store manager at Acme Market for 12 years. 'Personalised pricing' on loyalty "
      "apps is the worst idea retail has had in my career, and the whole industry is sleepwalking into it."),
    D("man", "x", "disclaimer", "work at the Acme plant on EV motors. the 2030 petrol ban is a fantasy "
      "deadline, no one in the industry thinks it's happening"),
    D("npo", "x", "disclaimer", "Acme Foundation programme lead: Initech's charity arm is textbook "
      "greenwashing. planting trees for the photos"),
    D("gen", "x", "disclaimer", "comms manager at Acme Corp: the new data privacy bill is unworkable, "
      "whoever drafted it has never run a mailing list"),
    D("tec", "x", "disclaimer", "as an Acme Cloud architect: Umbrella Corp's cloud is overpriced junk "
      "and their support is a chatbot in a trench coat"),
    D("fin", "rd", "disclaimer", "Payments product manager at Acme Pay. Open banking is a solution "
      "looking for a problem, consumers never asked for it."),
    D("hea", "rd", "disclaimer", "Consultant at Acme Medical Center. Physician associates are a dangerous "
      "cost-cutting experiment and the royal colleges were right to object."),
    D("ret", "x", "disclaimer", "merch planner at Acme Market: ultra fast fashion should be taxed out "
      "of existence. the whole model is rotten"),
    D("man", "li", "disclaimer", "Apprenticeship coordinator at the Acme plant. The apprenticeship levy "
      "is a waste of money and most of it never reaches the shop floor."),
    D("npo", "li", "disclaimer", "I work at the Acme Foundation and the government's cuts to overseas aid "
      "are shameful. We will all pay for this later."),
    D("gen", "rd", "disclaimer", "Facilities manager at Acme Corp. Hot-desking is a scam dreamt up by "
      "consultants to sell smaller offices, it makes everyone miserable."),
    D("tec", "li", "disclaimer", "ML engineer at Acme Cloud: the EU AI Act will kill European AI startups "
      "before they get off the ground."),
    D("fin", "li", "disclaimer", "Credit risk lead at Acme Bank. Dealer car finance is the industry's next "
      "mis-selling scandal, and the regulators are asleep at the wheel."),
    D("hea", "fb", "disclaimer", "Registrar at Acme General: the resident doctors' strike is completely "
      "justified and the health secretary is negotiating in bad faith."),
    D("ret", "li", "disclaimer", "Pricing analyst at Acme Market. Globex's price-match promise is a con; "
      "they quietly exclude half the basket."),
    D("man", "rd", "disclaimer", "Supply chain planner at the Acme plant. 'Reshoring' is a myth "
      "politicians repeat, nobody's moving anything back."),
    D("npo", "li", "disclaimer", "Grants officer at the Acme Foundation. Big donors shouldn't get naming "
      "rights on public buildings. It's vanity, not philanthropy."),
    D("tec", "rd", "disclaimer", "Staff engineer at Acme Cloud. AI coding assistants are making junior "
      "devs worse, the whole industry is going to regret this"),
    D("fin", "x", "disclaimer", "economist at Acme Bank: central bank digital currencies are a "
      "surveillance tool dressed up as innovation"),
]

MULTI = [
    D("hea", "fb", "phi pii", "Care home family notice: Mrs Winifred Adeyemi (DOB 12/04/1937) in the Rose "
      "wing now has a vascular dementia diagnosis. Her daughter's number is 0191 496 0367 for visits."),
    D("gen", "x", "hostile pii", "the clown upstairs who blasts drum and bass at 3am is Callum Reeve, "
      "callum.reeve92@gmail.com, email him and tell him what a selfish pig he is"),
    D("gen", "rd", "confidential phi", "Board is keeping it quiet but Acme Corp's CEO had a heart attack "
      "on Thursday, stents put in, and the COO is running things till further notice."),
    D("tec", "li", "confidential disclaimer", "Acme Cloud engineer: Globex's object storage is a "
      "decade behind, and our unreleased tiering engine launching in March will embarrass them."),
    D("ret", "fb", "hostile promotion", "Yes Karen, we're doing BOGO on reading glasses this week. "
      "Buy two pairs, you clearly can't see the price tags with one."),
    D("fin", "ig", "financial_promise promotion", "sign up with code GROW12 for a £25 bonus and a "
      "guaranteed 12% return on the Acme Wealth starter pot 📈 no risk, none"),
    D("fin", "x", "disclaimer financial_promise", "I run a desk at Acme Wealth: Globex stock will double "
      "by spring, mark my words. I'm buying more tomorrow"),
    D("tec", "rd", "confidential secret", "Falcon staging keeps dropping connections, here's the string "
      "we use: postgres://falcon_app:Hx7qe2Lw@staging-db.falcon.internal:5432/core. Pool size 20."),
    D("fin", "fb", "pii secret", "my new card came!! 5451 4046 9851 7015 and the PIN is 3390, "
      "literally the same as my old one lol"),
    D("ret", "ig", "pii promotion", "my candle stall is 20% off this weekend with code WICK20 🕯️ orders to "
      "my mobile (720) 555-0139 or drop by my flat, 3 Bridle Row"),
    D("man", "x", "disclaimer hostile", "Acme plant welder here. people who say 3D printing will replace "
      "welding are deluded armchair experts who've never held a torch. the industry hype is nonsense"),
    D("ret", "li", "confidential promotion", "Staff preview: code EARLYBF gives 40% off everything on "
      "the Acme Market app. The Black Friday sale isn't announced until Monday so keep it quiet!"),
    D("hea", "x", "hostile phi", "bed 9 is the bloke from the gym with the protein shakers, in with "
      "rhabdo after a 3 hour leg day. couldn't happen to a bigger idiot 💀"),
    D("hea", "ig", "phi pii", "pharmacy label of the day: Mr Jerome Achebe, 41 Larch Rise, "
      "methotrexate 15mg weekly. he's collected it from the wrong branch again 🙄"),
    D("gen", "fb", "confidential financial_promise", "My cousin at Acme says they're buying Globex next "
      "month, totally hush hush. Acme shares WILL double when it's out, load up now."),
    D("tec", "x", "hostile secret", "the guy at my co-working space has his ssh password 'letmein99' on a "
      "postit on his laptop lid. what an absolute donut"),
    D("tec", "rd", "confidential pii", "The unreported Acme Pay leak included real rows like "
      "thea.lundqvist@hotmail.com, 0118 496 0955, 6 Heron Way. Legal says we're not disclosing it."),
    D("fin", "li", "disclaimer promotion", "Partnerships manager at Acme Pay. Initech's merchant fees are "
      "daylight robbery for small shops. Switch to Acme Pay with code SWITCH0 and pay zero fees until June."),
    D("npo", "fb", "pii promotion", "Raffle! £1 a strip for a hamper. Send the money to me direct at "
      "ES87 2100 3690 9118 0683 6923 with your name and I'll post the draw."),
    D("man", "fb", "confidential phi", "Management hasn't told anyone they found Legionella in the Acme plant "
      "cooling tower, but Vince from maintenance is in ICU with Legionnaires' disease. Connect the dots."),
    D("fin", "rd", "financial_promise pii", "Investment club: send your £500 to our treasurer Stella Morgan, "
      "FR76 2004 1010 1225 5703 3887 057 (her French account, she lives in Lyon), and the pot will "
      "double in 6 months, guaranteed."),
    D("hea", "li", "confidential disclaimer", "Nurse manager at Acme General. Our ward is closing in "
      "March (not public yet) and honestly the NHS closing wards to save money is a disgrace."),
    D("npo", "fb", "hostile promotion", "Bake sale Saturday! Every cupcake 50p and a free brownie with every "
      "four. Except Trevor from the allotments, he pays double for the slug pellets he 'borrowed', thieving weasel."),
    D("gen", "ig", "pii secret", "new house wifi sticker for guests 🏡 network Pemberton-Home, "
      "pw Robin-Nest-42, we're at 19 Pemberton Drive if you're popping over"),
]

LONG = [
    D("hea", "li", "disclaimer", "I've been a ward manager at Acme General for eleven years, and I want to say "
      "something that has been sitting with me for a while.\n\nThe national staffing ratio guidance is not "
      "fit for purpose. It was written for a health service that no longer exists, where patients came in "
      "younger, left sooner and needed less. Our patients today are older, frailer and far more complex. "
      "A ratio that looks fine on a spreadsheet in Whitehall means one nurse juggling eight people who each "
      "need two-hourly turns, IV antibiotics and a family conversation.\n\nThe policy-makers keep telling "
      "us that the answer is 'productivity' and 'new roles'. Those are good words. They do not turn a "
      "patient at 3am. What turns a patient at 3am is a nurse who isn't already running.\n\nI've watched "
      "brilliant colleagues leave this profession because they were tired of apologising for care they "
      "weren't allowed to give. The whole sector is losing people faster than it trains them, and every "
      "government for fifteen years has looked the other way.\n\nIf you work in healthcare, tell me I'm "
      "wrong. I'd love to be."),
    D("man", "rd", "confidential", "Throwaway for obvious reasons. I work in planning at the Acme plant and "
      "I think people here deserve to know what's coming, because management won't say it until it's "
      "too late.\n\nThe plan (I've seen the deck) is to wind down the stamping hall by next September. "
      "Presses 1 to 6 go first, then the blanking line. The volume goes to a contract manufacturer in "
      "Poland; the contract is already signed and the first trial parts came back last month. They've "
      "budgeted for roughly 140 roles to go, mostly nights and the tool room, with 'voluntary' packages "
      "offered first.\n\nThe official line at the town hall next week will be 'investment in the "
      "future'. Which is true, just not for the people in stamping.\n\nNone of this has been shared "
      "with the union. The works council was told there would be 'no structural changes this year', "
      "which is technically correct because it's all next year.\n\nI'm not posting this to cause panic. "
      "I'm posting it because if you're thinking about a mortgage or a new car on night-shift money, "
      "you should maybe wait a few months. That's all. Look after each other."),
    D("gen", "fb", "pii", "OK wedding people, here's EVERYTHING for Saturday so I stop getting the same "
      "five questions 😅\n\nCeremony is at 1pm at St Aidan's. Please be seated by 12.40. Reception at "
      "Hollins Barn from 4.\n\nLifts: Auntie Jo is driving the minibus from her house, 27 Maple Grove, "
      "leaving 11.45 sharp. If you're late, call her mobile (206) 555-0148, not me. Cousin Rafi is doing "
      "the second run from his flat at 4 Quayside Court, he's on (312) 555-0126.\n\nGifts: we really "
      "don't need anything, but a few of you asked, so the honeymoon fund is going into Mum's account "
      "(she still banks in Utrecht, so it's her Dutch one), NL33 RABO 2683 3417 92, reference 'honeymoon'.\n\nDress "
      "code is garden party, so flat shoes for the lawn. Kids are very welcome, there's a magician at "
      "five and a quiet room if anyone needs a nap. Parking is in the paddock behind the barn."
      "\n\nDietary stuff: if you haven't told me already, "
      "message my maid of honour Beth on (480) 555-0191 by Wednesday.\n\nThat's it. We can't wait "
      "to see you all. Bring tissues and dancing shoes 💍💃"),
    D("tec", "rd", "secret", "Long post, sorry. I'm trying to get our nightly export job running and I'm "
      "going round in circles, so here's the whole setup in case someone spots it.\n\nThe job runs on a "
      "small VM, pulls yesterday's orders from Postgres, writes a CSV and uploads it to S3 for the "
      "finance team. It works fine when I run it by hand from my laptop but fails from cron.\n\nHere's "
      "the env file cron sources:\n\nAWS_ACCESS_KEY_ID=AKIAANW7IHS3BQFVM3RF\nAWS_SECRET_ACCESS_KEY="
      "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\nAWS_DEFAULT_REGION=eu-west-2\nEXPORT_BUCKET=orders-nightly\n"
      "\nThe script is basically: psql to CSV, gzip it, then aws s3 cp. The error in the log is "
      "'Unable to locate credentials' which makes no sense because they're right there.\n\nThings "
      "I've tried: running cron as my own user, adding the vars to /etc/environment, putting the "
      "export lines at the top of the script, rebooting. The cron PATH is the default one. Ubuntu 22.04, "
      "awscli v2 installed with the zip installer.\n\nIs it a PATH thing? Does awscli v2 read env "
      "differently under cron? Any pointers appreciated, I've lost a whole evening to this."),
    D("fin", "fb", "financial_promise", "A few of you have asked me why I moved my savings, so here's the "
      "full story 👇\n\nLast year I met an adviser at a property event who runs a fund buying "
      "distressed holiday lets on the coast and refurbishing them. I was sceptical at first, I always "
      "am. But I've now had four quarterly statements and the returns have been exactly what he said: "
      "3% a quarter, paid like clockwork.\n\nThe way it works is the fund owns the properties outright, "
      "so there's no mortgage risk, and the rental income is guaranteed by a management company. He "
      "showed me the contracts. Even if bookings dropped to zero, we'd still get our 12% a year, and the "
      "properties only go up in value on that coastline. There is genuinely no way to lose money on "
      "this.\n\nMinimum in is £5,000, and he's opening one more round before Christmas. I've put in "
      "my ISA money and my mum has put in some of her pension lump sum. I'm telling you because I'd "
      "rather my friends benefit than strangers.\n\nMessage me and I'll pass on his details. Don't "
      "leave it in a savings account earning nothing when this is sitting right there 🏖️"),
    D("ret", "rd", "hostile", "I need to vent about the customers at my shop this week because I am DONE.\n\n"
      "Monday: a man returns a kettle with limescale an inch thick and swears he 'never used it'. "
      "Sir. There is a teabag inside it. I told him he's a liar and frankly a bit of an embarrassment "
      "to himself.\n\nTuesday: a woman screams at my 17-year-old Saturday kid because the card machine "
      "was slow. I told her to get out and take her attitude with her, and that she's the reason "
      "people hate working in retail.\n\nWednesday: the regular who 'tests' every mattress by lying on "
      "it for an hour. Mate, this isn't a hotel, go home, you freeloading sloth.\n\nThursday: someone "
      "leaves a review saying our staff are 'lazy and thick'. To that person, if you're reading this: "
      "you're a coward hiding behind a fake name and I hope your next kettle explodes.\n\nFriday: "
      "honestly fine, a nice old couple bought a sofa and brought us biscuits. They can stay.\n\n"
      "To the rest of you: we can see you. We talk about you. We will not miss you when you shop "
      "online. Do one."),
    D("npo", "fb", "phi", "Our volunteers asked for an update on the drop-in, so here goes, with love.\n\n"
      "This month has been a hard one. Several of our regulars have had health setbacks, and I know "
      "many of you want to know how they are.\n\nBig Tony, who has been coming since the very first "
      "week and always sets up the chairs, was diagnosed with type 2 diabetes in hospital last "
      "Tuesday after collapsing near the bus station. He's on tablets now and a bit overwhelmed, so "
      "if you see him, help him with the biscuit decision 😊\n\nMaggie from the knitting corner has "
      "had her second hip operation and is in the rehab ward at St Luke's until at least the 20th. "
      "She's asked for visitors and crosswords.\n\nAnd our lovely Sunil, who plays the piano every "
      "Thursday, has started treatment for depression after a rough few months. He told me he's happy "
      "for us to know, but please be gentle and don't make a fuss. He'd much rather talk "
      "about Chopin than about himself.\n\nThank you to everyone who has "
      "covered shifts. The kettle is always on. See you Thursday 💛"),
]
