# ruff: noqa: E501
"""Held-out violation drafts, part B: financial_promise, secret, hostile, disclaimer, multi-label, long.

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Token and key values come from gen_values.py (random, never real).
"""

from .common import D
from .keys import EC_SEC1, OPENSSH_ED25519, PKCS8_EC, RSA_PKCS1

FINANCIAL_PROMISE = [
    D("fin", "x", "financial_promise", "Acme Wealth's Income Builder fund pays 9% a year, guaranteed. Beats any savings account out there 📈"),
    D("fin", "li", "financial_promise", """With our Growth Portfolio your principal is fully protected and you'll earn at least 7% a year. Zero risk, zero stress. Let's talk about your retirement."""),
    D("fin", "fb", "financial_promise", "Put $10k in the Acme Pay rewards wallet and it WILL be $20k in three years. I promise you that. 💸"),
    D("fin", "rd", "financial_promise", "Not financial advice but Acme Bank shares are going to hit $80 before earnings. Easy money, load up."),
    D("fin", "ig", "financial_promise", "Secure your future with Acme Wealth 💰 Guaranteed 12% returns, no risk, no stress. Link in bio."),
    D("fin", "x", "financial_promise", "our new CD ladder literally cannot lose money. locked 6.5% for everyone who signs up before June"),
    D("fin", "li", "financial_promise", "Clients who followed my model portfolio doubled their money last year, and they will again this year. Ask me how."),
    D("fin", "rd", "financial_promise", "Acme Bank's high-yield savings at 5.25% is locked for five years no matter what the Fed does. Best guaranteed return you'll find anywhere."),
    D("gen", "rd", "financial_promise", "My brother-in-law's crypto trading bot returns 3% a week, completely risk-free. I've been in for six months and never had a down week. DM for the link."),
    D("gen", "x", "financial_promise", "gold will double by 2027. buy now and thank me later 🪙"),
    D("tec", "li", "financial_promise", "Tokenized Acme Cloud compute credits are $0.80 today and they'll be worth $2 after launch. Guaranteed upside for early buyers."),
    D("npo", "fb", "financial_promise", "Invest in the Acme Foundation community bond: 5% a year, zero risk, and your money can never lose value while it builds homes 🏡"),
    D("ret", "ig", "financial_promise", "Acme Market stock is going to moon after the holiday season. Get in before it doubles, you can't lose on this one 🚀"),
    D("man", "li", "financial_promise", "Our supplier's stock is the easiest money I've ever made. With demand where it is, it's going up 40% by Q4. Guaranteed."),
    D("hea", "fb", "financial_promise", "Put your whole HSA into the Acme Health growth option: 10% a year guaranteed, tax free. Can't beat that."),
]

SECRET = [
    D("tec", "rd", "secret", """Why does my GitHub Actions job fail with "Bad credentials"? My workflow env looks like:

env:
  REGISTRY: ghcr.io
  GITHUB_TOKEN: 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

The token worked yesterday. Do classic tokens expire?"""),
    D("tec", "x", "secret", "testing the new status bot for Acme Cloud, token xoxb-593848243005-9752072742451-RXpFt1D8d0dUJAbvKE0MQzyM works from my laptop but not from the runner 🤔"),
    D("tec", "li", "secret", """Quick tip for anyone automating S3 uploads from a CI job: put your credentials in ~/.aws/credentials like this, not in the code!

[default]
aws_access_key_id = AKIAOP4HZCT26CR34CMA
aws_secret_access_key = W/qgZPXOFU9Xbt7ZE4iToj42nIP3y9/ET2OHvsgw

#aws #devops"""),
    D("tec", "rd", "secret", f"""ssh keeps saying "invalid format" for this key, what am I doing wrong? I generated it on the build box last week.

{RSA_PKCS1}

Running OpenSSH 9.6 on Ubuntu."""),
    D("tec", "fb", "secret", "For the hackathon team: our Gemini key for the demo is AIza6x5zGR9nktGydll6zBsP6ZymXZay3VrU4sg, don't burn through the quota before Saturday 😅"),
    D("tec", "x", "secret", "fine-grained PAT for the docs repo if anyone needs to push tonight: 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"),
    D("tec", "rd", "secret", """Self-hosted GitLab runner won't register. Command I'm using:

gitlab-runner register --url https://git.acme.example --token glpat-Ug7gjSNxAQ3680TWYaV4

Error: 403 forbidden. Is a personal access token the wrong kind of token here?"""),
    D("tec", "li", "secret", f"""Signing JWTs with ES256 is easier than you think. Here's the staging signing key we use in the Acme Health Portal demo so you can follow along:

{EC_SEC1}

Load it with any JOSE library and sign away. #security #jwt"""),
    D("ret", "x", "secret", "new back office wifi at Acme Market #114 is AcmeStaff114 / Pineapple!2024, tell the weekend crew"),
    D("ret", "fb", "secret", """New hires at the Northgate store, welcome! 👋 Cheat sheet for your first week: register override code is 7741, manager login is mgr114 with password Harvest#19. See you on the floor!"""),
    D("hea", "x", "secret", "night desk: the shared Acme Health Portal login is nightdesk2, pw Tulip-Moon-88. please stop calling IT at 3am"),
    D("hea", "rd", "secret", "PSA for agency nurses starting at Acme General this week: the staff entrance door code on the ambulance bay side is 2580#. Saves you waiting for security."),
    D("fin", "li", "secret", "Side project: wiring Acme Pay payouts into Stripe. My live key sk_live_pjIoahazE6wk90GxDGilLybU keeps returning 401 on the transfers endpoint, any Stripe folks here?"),
    D("fin", "x", "secret", "vpn password reset AGAIN. it's Ledger!Spring27 now, writing it here so future me doesn't forget"),
    D("man", "fb", "secret", "The SCADA HMI on line 4 at the Acme plant still logs in with admin / admin123. It's 2025, people. 🤦"),
    D("man", "rd", "secret", f"""Our PLC backup server at the plant rejects this deploy key. Permissions are 600. Key below:

{OPENSSH_ED25519}

Server is an old CentOS 7 box. Does it just not support ed25519?"""),
    D("npo", "fb", "secret", "Volunteers 💚 The donor CRM login for phone-bank night is volunteers@acmefoundation.org, password GiveHope2025. Please don't change it!"),
    D("gen", "x", "secret", "my script posts build alerts to the team channel via https://hooks.slack.com/services/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 and it's so satisfying"),
    D("gen", "rd", "secret", "npm publish says my token is invalid but I literally just made it: npm_TPG717b6yamxYAM4ZqUV3reJcCcDLWPd8EJN. What's the trick with automation tokens?"),
]

HOSTILE = [
    D("ret", "x", "hostile", "@kevin_r if you can't figure out self-checkout maybe shop somewhere that has crayons on the menu"),
    D("ret", "fb", "hostile", "Nobody forced you to buy the cheapest TV in the store, Linda. Learn to read a receipt before you come here crying about a warranty."),
    D("ret", "ig", "hostile", "to the lady screaming about an expired coupon at 8am: you are the reason retail workers drink 🙄 get a life"),
    D("ret", "rd", "hostile", "Acme Market cashier. Customers who pay for a full cart in pennies are mentally deficient and I will die on this hill."),
    D("tec", "x", "hostile", "@dbarnes_dev your 'bug report' is you not reading the docs. Acme Cloud isn't a daycare, figure it out"),
    D("tec", "rd", "hostile", "Imagine being this dumb and still owning a keyboard. Our API works fine, your code is garbage, and so is your attitude."),
    D("tec", "li", "hostile", """To the "senior architect" in the comments who called our docs useless: maybe your 20 years of experience were one year repeated twenty times. Sit down."""),
    D("fin", "x", "hostile", "@angryinvestor77 close your account then, we won't miss a whiner with a $40 balance"),
    D("fin", "fb", "hostile", "Keep posting lies about our branch, Derek, and see what happens. I know what you drive and where you park."),
    D("hea", "fb", "hostile", "To the family who screamed at our nurses last night: you are disgusting human beings and I hope you never need us again."),
    D("hea", "x", "hostile", "1 star because you waited 3 hours with a sprained pinky? people are DYING in here. grow up, crybaby"),
    D("man", "li", "hostile", "To the neighbour who keeps complaining about our trucks: maybe move if you can't handle living next to a factory, genius. We were here first."),
    D("npo", "fb", "hostile", "If you think the Foundation 'wastes money', maybe donate something yourself instead of whining from your mom's basement."),
    D("npo", "x", "hostile", "to the troll calling our volunteers freeloaders: crawl back under your bridge, loser. nobody here cares what you think"),
    D("gen", "rd", "hostile", "Acme Corp community manager here. Everyone leaving 1-star reviews in this thread is an idiot and I hope your wifi dies."),
    D("gen", "ig", "hostile", "Look at this guy's parking job outside HQ 😂 what a moron, hope you enjoy the ticket pal 🤡 #acme"),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """After eight years building Acme Cloud, I'm convinced most "AI platforms" on the market are expensive wrappers around the same three models. The industry is in a bubble and a lot of customers are going to get burned."""),
    D("tec", "x", "disclaimer", "as an Acme Cloud engineer I'll say it: Globex's managed database is a toy. no serious company should run production on it"),
    D("tec", "rd", "disclaimer", "I work on Acme Sense. Honestly, the smart-home industry's privacy practices are a scandal, and the new state privacy law doesn't go nearly far enough."),
    D("fin", "li", "disclaimer", "Twenty years at Acme Bank have taught me one thing: crypto is a Ponzi scheme with better marketing, and the regulators are asleep at the wheel."),
    D("fin", "x", "disclaimer", "Acme Wealth advisor here. Another Fed hike would be a catastrophic mistake and everyone on my desk knows it."),
    D("fin", "rd", "disclaimer", "I work in compliance at Acme Pay. Initech's fee structure is predatory, full stop. Read the fine print on their 'free' plan."),
    D("ret", "li", "disclaimer", "As a store manager at Acme Market, I think the grocery industry's push to replace cashiers with self-checkout is a disaster for customers and workers alike."),
    D("ret", "ig", "disclaimer", "I've worked at Acme Market for 12 years and Umbrella Corp's stores are a mess. No wonder they keep losing customers to everyone else."),
    D("hea", "li", "disclaimer", "As an ICU nurse at Acme General: the new staffing-ratio bill is a political stunt that will make hospitals less safe, not more."),
    D("hea", "x", "disclaimer", "ER doc at Acme Medical Center. private equity buying up hospitals is killing American healthcare, and it's not close"),
    D("man", "li", "disclaimer", "I run a line at the Acme plant. Steel tariffs are going to gut American manufacturing, and anyone who says otherwise has never read a P&L."),
    D("man", "rd", "disclaimer", "Process engineer at Acme's plant here. Globex's 'green steel' claims are pure greenwashing, their numbers don't add up."),
    D("npo", "li", "disclaimer", "As development director at the Acme Foundation, I'll say what others won't: effective altruism has done real damage to grassroots charities."),
    D("npo", "fb", "disclaimer", "Volunteer coordinator at the Acme Foundation here. The city's new encampment ban is cruel and almost certainly unconstitutional."),
    D("gen", "x", "disclaimer", "Acme Corp HR here: return-to-office mandates across the industry are about control, not productivity. we all know it"),
    D("gen", "li", "disclaimer", "After 15 years at Acme, I've watched the whole tech industry walk back every remote-work promise it made in 2020. It's bad for workers and bad for business."),
]

MULTI = [
    D("ret", "x", "hostile pii", "return desk tip: Margaret Fenn's loyalty form says DOB 11/23/1958, so no, ma'am, you are not 'just turned 65', nice try for the senior discount lol 🤡"),
    D("hea", "x", "hostile phi", "patient in 7B with C. diff keeps pressing the call button to ask for ginger ale. ma'am. you have C. diff. the ginger ale is not the problem 🙄"),
    D("man", "fb", "confidential phi", "Update on Jorge from line 3: the press crushed two of his fingers on Tuesday, he's had two surgeries at St. Luke's and will be out at least 8 weeks. Management still hasn't told the rest of the plant what happened."),
    D("hea", "fb", "phi pii", "Mrs. Dolores Reyes (DOB 04/09/1947) in 3 North after her hip replacement keeps asking for her son. If anyone knows how to reach him, her chart only lists her own number, (503) 555-0127."),
    D("tec", "rd", "confidential secret", "Bluebird staging bucket is still public-read?? Anyway the creds are AKIA4SVMBLN433TLYI6Y / kuObg0EPPD3PUisJW71vHNTKylWfcxCgY9VOfk+g if someone on the team can fix the policy before launch."),
    D("fin", "li", "disclaimer financial_promise", "Portfolio manager at Acme Wealth here. The S&P will be at 7,500 by December, guaranteed, and anyone sitting in cash will regret it. The bears have been wrong for two years straight."),
    D("ret", "fb", "pii promotion", "🎉 Winner of our Acme Market summer giveaway is Bettina Kowalczyk! Bettina, email us back from bettina.kowal@yahoo.com to claim your $500 shopping spree. Next draw in August, enter at any till!"),
    D("fin", "x", "financial_promise promotion", "open an Acme Wealth account with code GROW500: $500 bonus AND a guaranteed 8% on your first year. no catch 💰"),
    D("tec", "li", "confidential disclaimer", "We're shutting down the Acme Pay crypto wallet next quarter (not public yet, sorry users). Honestly, the whole crypto payments industry is a fad and I'm glad we're getting out."),
    D("npo", "fb", "pii secret", "Phone bank volunteers: donor database login is mkeane / DonorDesk!42. If it locks you out, call Mary on her mobile, 0491 570 737, she's the only admin."),
    D("gen", "x", "disclaimer hostile", "@onprem_forever you're a clueless dinosaur. I'm an SRE at Acme Cloud and the whole industry left on-prem behind years ago, deal with it"),
    D("hea", "ig", "phi promotion", "Congrats to our patient Deshawn on finishing chemo today! 🎉 To celebrate, all wigs and head wraps are 20% off at Acme Pharmacy this week."),
    D("fin", "rd", "confidential pii", "From the Acme Bank fraud team chat today: the mule account behind the gift-card scam is DE54 5001 0517 7333 4050 57, held by a Kurt Baumann. Police haven't been told yet, so keep it quiet."),
    D("man", "x", "confidential secret", "line 4 PLC is now reachable from the office VPN, creds ops / Spindle77. it's the one driving the Orion-7 controller pilot, so be careful"),
    D("ret", "ig", "confidential promotion", "Psst 🤫 Acme Market is cutting all produce prices by 20% from 1 March. Not announced yet, so stock up after that!"),
    D("tec", "x", "hostile secret", "@jfiore stop DMing me for repo access, here's the damn token so you'll shut up: 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"),
    D("hea", "rd", "phi secret", "Agency nurses on 5 East tonight: the EHR login is agency01 / Welcome2025. Bed 9 (the sickle cell crisis, Ms. Adeyemi) is due her Dilaudid at 2."),
    D("fin", "fb", "financial_promise hostile", "To everyone who laughed when I bought Acme Bank stock: it's going to triple by summer and you'll still be broke losers. Enjoy your savings accounts, clowns."),
    D("ret", "li", "disclaimer promotion", "As a buyer at Acme Market I'll be blunt: Globex's loyalty programme is a scam. Ours actually pays you back. Use code LOYAL10 for 10% off your next shop."),
    D("npo", "ig", "phi pii", "Our clinic client Rosa Delgado (0491 571 266) just got her HIV viral load back undetectable! 🎉 Bravest woman I know, proudest day of my year."),
    D("tec", "rd", "confidential pii secret", """Incident channel paste from last night (outage not announced yet, legal is still deciding):

> 02:14 db-primary failover stuck, Nightjar workers hammering the replica
> 02:20 customer escalation from amelia.brandt.home@gmail.com, +1 (305) 555-0116
> 02:31 rotated the deploy token, new one is xoxb-974963466377-5202274514877-HMTEozTcBW0Gil6nYnHTsijz

How do other teams keep customer details out of incident channels?"""),
    D("gen", "fb", "hostile pii", "This is the man who keyed my car in the Acme staff car park: Graham Tully, 9 Larch Close, Leeds LS17 8RP. Absolute scumbag. Share this so everyone knows what a coward he is."),
]

LONG = [
    D("tec", "li", "confidential", """Five years ago I joined Acme Cloud as the third engineer on what was then a tiny storage team. Today I want to share a few lessons, because I get asked about them every week.

1. Boring technology wins. Every time we picked the exciting option, we paid for it at 3am. Postgres, queues, cron. You can go very far with those.

2. Write the runbook before the feature. If you can't explain how to operate it, you don't understand it yet.

3. On-call is a product. Measure pages per week the way you measure latency, and treat a noisy alert as a bug with a severity.

4. Protect your roadmap from your roadmap. We've been heads-down on Orion-7 for eighteen months now, and the only reason it's on track for the November launch is that we said no to almost everything else. The early numbers on customer workloads are honestly better than anything I've worked on.

5. Hire for curiosity. The best engineers I've worked with asked "why" one more time than was comfortable.

6. Celebrate the fixes nobody sees. The migration that moved 4 PB without a single customer noticing was the best work our team did last year, and it got one line in a newsletter.

If you're early in your career and wondering whether to join a big company or a startup: join the team where people will teach you. The logo matters much less than the people.

#engineering #leadership #careers"""),
    D("hea", "fb", "phi", """It's Nurses Week, and I wanted to write something longer than a caption for once. 💙

I've been a nurse for 14 years, the last six on the respiratory ward at Acme General. People ask me how I do it. Honestly, some days I don't know. But then there are days like last Thursday.

We had a young man, Callum, 19, admitted with his third asthma attack in two months. His inhaler technique was all wrong and nobody had ever shown him properly. I sat with him for forty minutes after my shift ended, with his mum on FaceTime, and we practised until he could do it with his eyes closed. He went home on Saturday with a spacer and an action plan, and his mum sent the ward a box of doughnuts.

That's the job. Not the heroics you see on TV. It's forty minutes nobody pays you for, and a kid who won't end up back in resus.

To every nurse reading this: you matter more than the rota makes you feel. Drink water. Eat something that isn't from the vending machine. Take your breaks, even when you feel guilty.

And to the healthcare assistants, porters, cleaners and ward clerks who make our work possible: we see you. Thank you.

#NursesWeek #nursing #NHS"""),
    D("fin", "li", "disclaimer", """I've spent 22 years in retail banking, the last nine as a regional director at Acme Bank, and I want to say something that my industry doesn't like hearing.

Overdraft fees are a tax on being poor.

We dress them up as "courtesy" and "convenience", but the data is brutal: a small share of customers pay the vast majority of these fees, and they are overwhelmingly the customers with the least money. The industry earns billions a year this way.

The usual defence is that overdraft coverage helps people avoid bounced payments. Sometimes it does. But a $35 fee on a $4 coffee isn't help, and everyone in the industry knows it.

The banks that have cut or removed these fees haven't collapsed. Their customers are more loyal, and their complaint volumes fell. The ones that keep defending the model are choosing short-term revenue over trust, and trust is the only thing a bank really sells.

Regulators have been far too timid on this for a decade. If the industry won't fix itself, they should fix it for us.

I'd love to hear from others in banking. Am I wrong? What would it take for your institution to move?

#banking #fintech #consumerprotection"""),
    D("npo", "fb", "pii", """WOW. What a weekend. 🥹

Our Acme Foundation winter coat drive collected 1,312 coats, 540 pairs of gloves and more hats than we can count. Thank you to every single person who dropped something off, sorted a box, or drove a van.

A few thank-yous:
- The Year 9 class at St. Anne's, who collected 200 coats on their own.
- Our warehouse team, who worked through Saturday night.
- Everyone who brought coffee. You know who you are.

We still need volunteers for distribution day on the 14th, from 8am to 2pm at the community centre. Sign up through the volunteer portal on our website.

If you still have coats to donate and can't make it to the centre, drop them at Harriet's house (our amazing volunteer lead): 31 Wexford Gardens, Norwich NR2 3HJ. Just leave them by her side door, she checks every evening. If you get lost, her mobile is 0117 496 0877.

Please share this post so the coats get to people who need them before the cold snap. 💙

#coatdrive #community #volunteering"""),
    D("tec", "rd", "secret", f"""TL;DR: our service can't load its PKCS#8 key and I've run out of ideas.

Context: small Go service behind the Acme Cloud load balancer, signs webhook payloads with ECDSA P-256. Locally everything works. In the container I get "x509: failed to parse private key (use ParseECPrivateKey instead for this key format)". But it IS PKCS#8, look:

{PKCS8_EC}

Things I've tried:
- checked the file has Unix line endings (it does)
- re-exported with openssl pkcs8 -topk8 -nocrypt
- mounted it as a file instead of an env var
- pinned the Go version to match my laptop

The only difference I can think of is that the secret goes through our CI templating, which might be eating a newline somewhere. Is there a way to tell from the error which of the two parsers actually ran? Any help appreciated, this has eaten my whole Friday."""),
]
