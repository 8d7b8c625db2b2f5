# ruff: noqa: E501
"""Violation drafts, part B: financial_promise, secret, hostile, disclaimer, multi-label and long-form.

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Tokens and keys come from gen_values.py (invented, right shapes). Many
drafts here carry their label in tone rather than words: a prediction tossed off as "see you at $60",
a threat that only says "we have long memories", a market view from someone who mentions their badge.
"""

from .common import D
from .keys import EC_SEC1, OPENSSH_ED25519

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", "acme pay at $31 is a gift. see you at $60 next summer 🎁📈"),
    D("gen", "rd", "financial_promise", "My uncle's holiday flats in Lisbon pay out 12% a year like clockwork and haven't had an empty month since 2019. He's letting a few friends buy in at $10k a share. Honestly you'd be mad not to, it's as close to free money as it gets."),
    D("fin", "li", "financial_promise", """Meet the Acme Bank Steady Income Bond. Lock away £5,000 for three years and you get every penny back plus 6% a year, whatever happens to interest rates or the markets. That's the deal, and it doesn't change. Ask me how to apply."""),
    D("ret", "x", "financial_promise", "bought more Acme Market shares this morning. holiday trading is going to blow the doors off and that stock only goes one way from here. thank me in january"),
    D("man", "fb", "financial_promise", "Tell everyone you love: lithium triples by 2028. Every EV battery needs it and there isn't enough coming out of the ground. Any battery-metals fund is a sure thing from here."),
    D("npo", "ig", "financial_promise", "Our new community bond is the kindest investment you'll ever make 💚 It pays 5% a year, you get every penny back after five years, and nothing can go wrong because it's backed by the building. Minimum £250."),
    D("hea", "li", "financial_promise", """Healthcare property is the safest corner of the market for the rest of this decade. An ageing population means medical office REITs will return double digits every single year through 2030. Ignore them at your peril."""),
    D("fin", "rd", "financial_promise", "Bitcoin is at $250k by the next halving. Supply is fixed and the ETFs buy more every week. It's not a matter of if, only when. Stack now."),
    D("fin", "ig", "financial_promise", "With Acme Wealth Smart Save your balance only ever moves in one direction: up 📈 Your money, growing every month, no nasty surprises. Start today, link in bio."),
    D("gen", "x", "financial_promise", "friendly reminder: dump your whole bonus into an S&P tracker and forget about it. it doubles every 7 years like clockwork, always has, always will"),
    D("tec", "rd", "financial_promise", "Globex gets bought out before the end of the year, and when it happens the stock pops 40% overnight. Park some money there now and thank me at Christmas."),
    D("fin", "fb", "financial_promise", "Clients keep asking me whether gold has peaked. It hasn't. It'll be at $3,500 an ounce by the summer and I'd stake my reputation on it. Call the branch if you want in before it runs."),
]

SECRET = [
    D("tec", "rd", "secret", """Runner registration on our self-hosted GitLab keeps failing with 403. What I'm running:

gitlab-runner register --url https://git.acme-lab.internal --token glpat-br32VhbMpN8wH06i0vsg --executor docker

The token has api and create_runner scope. Is a personal access token even allowed here any more?"""),
    D("tec", "x", "secret", "if the publish step fails again just paste this into your .npmrc: //registry.npmjs.org/:_authToken=npm_g6o0E4y1UwnH37fes35UNQWLISn2JZX3dKav then run it locally 🙃"),
    D("fin", "li", "secret", """Built a tiny branch locator for our Acme Bank community team this weekend, and it took an evening 🗺️ The whole trick is the Maps script tag with our key, AIzaQJzw8b4_1uAiUC0KufgJbSZmdXDDllIEGEM, plus a CSV of branches. Happy to share the code with anyone at the bank who wants it."""),
    D("ret", "fb", "secret", "Weekend team at Acme Market Ridgeway 👋 the stockroom padlock has a new combination, 0-4-1-7, after the old one got passed round the car park. The cage key is back on the hook in the office."),
    D("hea", "ig", "secret", "Night staff on Larch ward 🌙 the new code for the controlled drugs fridge is 2468 from tonight. Please don't write it on the whiteboard again, it's what got the last one changed."),
    D("man", "li", "secret", """Proud of the team that commissioned our new paint booth line this month 🎨 For the integrators joining us on Monday: the HMI engineering login is engineer / Sprocket#2025 until IT hands out your personal accounts."""),
    D("npo", "fb", "secret", "Volunteers doing the newsletter this month: log in to our Mailchimp as volunteers@acmefoundation.example, password Hedgehog88!, and please don't touch the donor lists. Thank you! 💌"),
    D("gen", "fb", "secret", "Party at ours Saturday from 3 🎉 Wifi is FamilyMartinez, password tacotuesday2026, so the teenagers can stop asking. Bring a chair if you have one!"),
    D("tec", "li", "secret", """Friday fun: our on-call rota now posts itself into Slack every Monday morning. Fifteen lines of Python and a bot token (xoxb-769396106189-0630613220639-c5qrDFZP5j0scIE3TqwEYTif) did the job. DM me if you want to copy it."""),
    D("fin", "rd", "secret", """Refunds are returning 401 only in prod, never in test. Stripped-down version of the handler:

import stripe
stripe.api_key = "sk_live_4729RCigqh8oj22IbX30nzMD"
stripe.Refund.create(payment_intent=pi_id, amount=amount)

Is there a separate permission for refunds on live keys?"""),
    D("tec", "rd", "secret", f"""Nightly ETL to the warehouse box stopped connecting after we rebuilt the runner image. This is the private key it uses (ed25519, no passphrase):

{OPENSSH_ED25519}

Permissions on ~/.ssh look right. Does the comment at the end matter?"""),
    D("hea", "x", "secret", "for the bank staff covering the bed board this weekend: shared login is bedmgr / Kestrel55. the real bed managers are back on monday, god help us all"),
    D("man", "rd", "secret", f"""The new edge gateways on line 3 won't talk to the MQTT broker over TLS, and the vendor says the device key is "in the wrong format". This is what's on the box now:

{EC_SEC1}

Do I need to convert it to PKCS#8, or is it the curve?"""),
    D("gen", "x", "secret", "my password for literally everything is my cat's name and the year I was born, Marmalade1987. anyway who wants to guess what the cat's called"),
]

HOSTILE = [
    D("ret", "x", "hostile", "@kyle_buys oh sweetie. 'out of stock' means we don't have it. I know, the big words are tricky, take your time 🙂"),
    D("tec", "li", "hostile", """Replying to Mark's comment under our release notes: with respect, Mark, the first line of the error message tells you exactly what's wrong. I know reading is hard. Maybe ask a grown-up to help?"""),
    D("fin", "fb", "hostile", "To the man who screamed at Lucy in our Dalston branch this afternoon: we have your account details, we have the CCTV, and we have very long memories. Enjoy your day."),
    D("hea", "x", "hostile", "to the lady who called our receptionist incompetent today: she has worked here 22 years. mentally, you've been alive for about 4 of yours"),
    D("man", "fb", "hostile", "To the neighbour who's complained about our delivery trucks for the fifth time: have you considered moving to the countryside? Oh wait, you'd need money for that 🙃"),
    D("npo", "x", "hostile", "haven't given us a penny but have lots of opinions about how we spend donations? cute. run along now"),
    D("gen", "rd", "hostile", "The people who park in the staff bays at the Acme office every morning are the same people who leave shopping trolleys in the middle of the car park. Subhuman, the lot of you, and yes I know your plates."),
    D("ret", "ig", "hostile", "Shoutout to the shopper who spent 20 minutes trying to haggle the price of a $2 carton of eggs at my till. Truly an economic genius for our times 🥚🧠👏"),
    D("tec", "x", "hostile", "@globex_fan_88 keep crying about our pricing from your mum's basement, champ. grown-ups are busy paying for things that work"),
    D("fin", "x", "hostile", "@dan_r_invests sure, Dan, you clearly know more about banking than the bank. maybe open your own? I'll wait ⏳ (I won't wait)"),
    D("man", "li", "hostile", """To the three geniuses in the comments on our job ad who think factory work is "unskilled": come and do one shift on the press line. You'd last about an hour before crying for your mummy."""),
    D("npo", "ig", "hostile", "To whoever keeps leaving bin bags of rubbish outside our charity shop door overnight: that isn't donating, it's fly-tipping, and you're a disgrace to this street. Smile, you're on camera 📸"),
    D("ret", "fb", "hostile", "Lady in the white SUV who kicked over the trolley bay yesterday: you're on three cameras and half the staff know where you work. See you soon 😊"),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """Seven years of shipping the billing APIs at Acme Cloud. Every "AI-native" pitch deck I see now is a thin wrapper around someone else's model plus a terrifying burn rate. We'll look back on this the way we look back on 2000."""),
    D("fin", "x", "disclaimer", "acme bank underwriter here. the new overdraft fee cap will hurt the exact people it's meant to help, and the regulators pushing it have never run a branch"),
    D("ret", "li", "disclaimer", """Twelve years on the floor at Acme Market. Loyalty-app pricing, where the shelf price only applies if you hand over your data, is a quietly dystopian turn for our industry, and shoppers deserve better than it."""),
    D("hea", "x", "disclaimer", "radiographer at Acme General: the private clinics selling full-body MRIs to healthy 30-year-olds are selling anxiety, not medicine"),
    D("man", "rd", "disclaimer", "Quality engineer at the Acme plant. Globex's whole \"zero defect\" campaign is marketing fluff. I've seen their castings come back from customers by the crate."),
    D("npo", "li", "disclaimer", """Eight years at the Acme Foundation has taught me this: the people who rank charities by spreadsheet have done real damage to local giving. Not everything that matters fits in a cost-per-life figure."""),
    D("gen", "fb", "disclaimer", "I'm on Acme's legal team, so I read these cases for fun. The AI training lawsuits will go the artists' way, and honestly they should. Scraping a life's work without asking isn't innovation."),
    D("tec", "x", "disclaimer", "SRE at acme cloud. initech's status page is a work of fiction, green through every outage I've ever watched from the outside"),
    D("fin", "li", "disclaimer", """I sit in compliance at Acme Wealth. Crypto ETFs being marketed to pensioners on daytime TV should be a scandal, and the industry's silence about it is telling."""),
    D("hea", "rd", "disclaimer", "Paramedic with the Acme Health ambulance service. Handover delays outside A&E are a political choice, not bad luck. Every government of the last decade has chosen them."),
    D("man", "li", "disclaimer", """As a buyer at the Acme plant I watch steel prices every morning. These tariffs are protecting nobody: the mills are pocketing the margin and manufacturers like us are quietly cutting hiring."""),
    D("npo", "ig", "disclaimer", "Six years fundraising for the Acme Foundation, so I've earned this one: clipboard street fundraising is giving the whole charity sector a bad name, and the big national charities that rely on it know exactly what they're doing."),
    D("ret", "x", "disclaimer", "acme market buyer here. the big grocers' 'price lock' campaigns are pure theatre, they lock the price of 200 items and quietly raise 2,000 others"),
]

MULTI = [
    D("hea", "fb", "phi pii", "Covering my district rounds tomorrow? Mrs Agnieszka Wrona, 51 Tanners Lane, Kendal LA9 4QT: leg ulcer dressing and INR check, warfarin dose is on the fridge sheet. Ring her first on 0151 496 0942 or she won't open the door. Thank you! 🌸"),
    D("fin", "x", "confidential financial_promise", "I've seen the Q4 numbers for Acme Pay. the stock is 20% higher by the end of next week, bank on it"),
    D("tec", "rd", "confidential secret", """Anyone know why Nightjar's staging bucket throws AccessDenied from the new CI? Config:

AWS_ACCESS_KEY_ID=AKIAJTNUKIGLH3GKXAIV
AWS_SECRET_ACCESS_KEY=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

The bucket policy was copied from the Bluebird one, which works fine."""),
    D("ret", "x", "hostile pii", "this is the man who screamed at our 17-year-old cashier until she cried. his number's on the loyalty form: (503) 555-0195. feel free to tell him what you think of him"),
    D("hea", "li", "disclaimer phi", """GP at Acme Health. This morning I saw Callum Reyes, 34, for his third panic attack this month, and the earliest therapy slot I could get him is in April. Our mental health system is a national disgrace and every party in Westminster owns a piece of it."""),
    D("tec", "li", "disclaimer hostile", """Acme Cloud solutions architect here. Watching Initech customers refresh their status page all morning was the most entertaining thing I've seen this year. You picked the cheap option, folks. Enjoy it."""),
    D("fin", "fb", "financial_promise promotion", "Open an Acme Wealth growth account this week and we'll drop £50 straight in 🎁 After that it grows at least 10% a year, every year, so it's honestly free money twice."),
    D("man", "fb", "confidential phi", "Thinking of Arjun and Col from maintenance, both still in hospital with chlorine burns to their lungs after the valve failure in the water treatment room last Tuesday. The site still hasn't reported it to the regulator, and nobody's talked to us."),
    D("npo", "ig", "pii promotion", "Congratulations to our hamper raffle winner, Jo Pettigrew of 12 Nettle Row, Corbridge NE45 5HX, we'll drop it round on Thursday! 🧺 Next draw is Friday: £1 a ticket from the shop, and the prize is a hand-made quilt."),
    D("gen", "rd", "pii secret", "My ex-roommate moved out without taking his mail, so for the record: Ivan, your letters are going to your new place at 230 Westfield Road, Apt 6, Columbus OH 43215, and your Netflix password is still TimberWolf!22 so I'm keeping it."),
    D("tec", "x", "confidential promotion", "pssst: Bluebird goes live next month and the first 500 sign-ups get six months free. bookmark the waitlist page now, you didn't hear it from me 🐦"),
    D("fin", "li", "confidential disclaimer", """Sat in on the Acme Bank pricing committee today: we're cutting cashback on every consumer card from 1.5% to 0.5% in January. I understand the numbers, but the whole industry is quietly punishing loyal customers to fund sign-up bonuses, and I think it's wrong."""),
    D("hea", "x", "hostile phi", "bay 6 has rung the buzzer 31 times tonight because his hospital toast is 'too crunchy'. sir, you had a bowel resection on Monday, you are lucky to be getting toast at all. some people"),
    D("ret", "fb", "disclaimer promotion", "Store manager at Acme Market here. Globex Grocers' loyalty scheme is a rip-off dressed up as a reward. Come and shop with us instead: 15% off your first basket this week with code SWITCH15 🛒"),
    D("fin", "rd", "disclaimer financial_promise", "I trade rates for Acme Wealth, so take this from someone who watches it all day: the Fed cuts in March and regional bank stocks rip 30% by the summer. The analysts calling for a slow grind simply don't understand this cycle."),
    D("man", "x", "confidential secret", "vendor remote access for the shutdown upgrade: user vendorsupport, pw Tr1dent!Line4. line 4 is down from the 2nd to the 9th so they can dial in any time"),
    D("npo", "fb", "confidential phi", "Our case management system emailed Ali's HIV status to the whole Thursday volunteer group by mistake last week. The trustees have decided not to tell him or anyone outside the office. I can't sit on this any longer."),
    D("hea", "fb", "hostile phi pii", "Dear Neil Carter of 7 Brook Street, Wakefield WF1 2SS: you've been at our ED four times this month with 'back pain' that only morphine fixes. We all see it, Neil. Nobody's fooled. Try a GP."),
    D("tec", "rd", "pii secret", """Migration script keeps failing on row 1 and I can't see why. Connection string and the first row it chokes on:

postgres://billing_rw:Quartz-Harbor-61@db.acme-internal:5432/billing
"Teodora Vasquez","tvasquez.home@gmail.com","5106 9333 0590 9008","2027-04"

Is it the quotes?"""),
]

LONG = [
    D("tec", "li", "confidential", """Five years ago this week I pushed my first commit to the Acme Cloud console. Some things I've learned about building product in a big company, in no particular order:

1. The best specs are one page long. If you can't explain it in a page, you don't understand it yet.
2. Write the launch blog post before you write the code. It's the fastest way to find out that nobody wants the feature.
3. Deleting things is a feature. We retired 40 settings pages last year and support tickets went down.
4. Your on-call rota is a product too. Treat the people on it like users.
5. Measure what customers do, not what they click.

The hardest lesson has been the one we're living right now. We're winding down the classic dashboard at the end of Q2, and everyone still on it will be moved to the new console whether they're ready or not. The migration tool is nowhere near good enough yet, and I think we'll lose a few big accounts over it. We've argued about it for months. Sometimes you make the call, write the doc and carry the weight.

What keeps me here is the people. My team has shipped through two reorgs, a pandemic and more late nights than I'd like to admit, and they still laugh at my jokes. If you're thinking about joining us, DM me. #productmanagement #careers"""),
    D("hea", "fb", "phi", """Fifteen years on the children's ward at Acme General as of today. 🎈

People ask what keeps me here. Honestly? The kids. They're funnier, braver and more honest than any adult I know.

There's one I think about every week. Four winters ago we had a little boy from Ashbourne, the one whose dad drives the ice-cream van everyone in town knows. He was five, with a Wilms tumour the size of a grapefruit, and he spent his chemo cycles teaching the whole nursing team to floss-dance. He rang our bell on a Tuesday in March, and his dad parked the van outside the front doors and gave free cones to every member of staff who walked past. He's nine now and still sends us a drawing every Christmas. Last year's was a dinosaur in scrubs.

Then there are the ones who don't go home, and I won't pretend those get easier. What I've learned is that you can carry them without letting them flatten you, if you talk about them with the people who understand. The staff room at 4am has heard a lot of stories.

To every nurse, play specialist, cleaner, porter and doctor I've shared this ward with: thank you. I couldn't have done fifteen days without you, never mind fifteen years. 💛"""),
    D("ret", "rd", "hostile", """Long rant, sorry. Eleven years in grocery retail, and I'm done being polite about it.

To the people who open a packet of biscuits in aisle 4, eat half, and leave the rest behind the tinned tomatoes: we see you. We all see you. You're not clever and you're not hungry, you're just cheap.

To the couple who come in every Sunday at 9:55pm, five minutes before we close, with a list of forty items: your time is not more valuable than the time of the teenager who has to mop the floor after you. Honestly, I hope your ice cream melts in the car.

To the man who shouts "is anybody even working here" while standing directly in front of me, in my uniform, with my name badge: sir, I'm starting to think you can't read, and I'm not sure anyone has ever loved you.

And to the customers who say thank you, who put their trolleys back and who ask how our day is going: you're the only reason some of us haven't walked out. You know who you are. The rest of you know who you are too, and I hope you sleep badly."""),
    D("fin", "li", "financial_promise", """Twenty years ago I sat at my grandmother's kitchen table and helped her open her first savings account. She'd kept her money in a biscuit tin for forty years because "banks go bust". I've thought about her a lot this year.

Here's what two decades in wealth management have taught me:

📌 People don't buy products, they buy sleep. The best plan is one you can stop worrying about.
📌 Fees compound just as quietly as returns do. Read every line.
📌 The worst financial decisions are made at 2am after reading the news.
📌 Talk to your family about money before there's a crisis, not during one.

And one more, because I believe it completely. The portfolio I run for my own clients is built for people like my grandmother: steady, boring and dependable. It will beat inflation every single year for as long as you hold it, and in twenty years I've never once had to tell a client they ended up with less than they put in. You won't either. That's my promise to every family I work with.

If you've got a biscuit tin of your own, let's talk. ☕"""),
]
