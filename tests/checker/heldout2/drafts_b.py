# ruff: noqa: E501
"""Violation drafts, part B: financial_promise, secret, hostile, disclaimer, multi-label and long-form.

Written by hand from the policy and the category definitions in README.md, without looking at the
checker's code, rules or output. Tokens and keys come from gen_values.py (invented, right shapes).
"""

from .common import D
from .keys import OPENSSH_ED25519, PKCS8_EC, RSA_PKCS1

FINANCIAL_PROMISE = [
    D("fin", "li", "financial_promise", """Introducing the Acme Wealth Dividend Shield fund. Your capital is protected whatever the markets do, so you simply cannot end up with less than you put in, and you still collect the dividends. Made for clients who hate surprises. 📊"""),
    D("fin", "x", "financial_promise", "Acme Bank stock is a lock for $65 by the spring AGM. screenshot this"),
    D("fin", "rd", "financial_promise", "The Acme Wealth Target 2035 fund will outperform the S&P 500 every single year until maturity. It isn't luck, it's how the glide path is built."),
    D("gen", "fb", "financial_promise", "My cousin's property syndicate pays 15% a year, secured against real houses, and there's zero chance of losing your deposit. Minimum $5k. Happy to introduce you 🏘️"),
    D("ret", "x", "financial_promise", "calling it now: Acme Market shares at $120 by Christmas 🎄📈 easiest trade of the year"),
    D("man", "li", "financial_promise", """Reminder to second shift: sign up for the plant savings plan before Friday. The company matches every dollar, and the fund grows 8% a year without fail, so it's free money twice over."""),
    D("npo", "li", "financial_promise", """Thinking about your legacy? The Acme Foundation gift annuity pays you 7% a year for life, guaranteed, and nothing in the markets can ever reduce it. Then the rest goes to the causes you love. 💚"""),
    D("hea", "fb", "financial_promise", "Anyone with Acme Health stock in their 401k: hold on tight. With the three new hospitals opening, that share price can only go up from here."),
    D("fin", "ig", "financial_promise", "Acme Pay Crypto Saver ✨ earn 11% APY with your principal 100% protected. No risk, just rewards. Link in bio 👆"),
    D("tec", "rd", "financial_promise", "Everyone sleeping on Globex stock: their AI chip deal closes next quarter and it's going from $40 to $100. It's not a question of if. Load up now."),
]

SECRET = [
    D("tec", "rd", "secret", """terraform plan hangs at "Refreshing state..." forever on our Acme Cloud landing-zone repo. Provider block (yes I know, it moves to env vars once this works):

provider "aws" {
  region     = "eu-west-2"
  access_key = "AKIARGWXSXAQVSRMX5G7"
  secret_key = "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"
}

Same thing on two laptops. Ideas?"""),
    D("tec", "li", "secret", """Small thing that made my day: our new release bot posts changelogs straight into Slack. It took 20 lines of Python and a user token (xoxp-446288453240-759211311388-9446844948432-275f7cb92aafc286ae8165b3b3e748a8). Happy to share the script with anyone who wants it. #automation"""),
    D("fin", "rd", "secret", """Security question: our Android app for Acme Pay merchants has the Stripe key baked into the APK (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). That's fine as long as it's a restricted key, right? Right??"""),
    D("ret", "ig", "secret", "Closing crew at Acme Market Hillcrest, your cheat sheet while I'm on holiday 🌴 safe combo 14-38-22, alarm code 7090, and the key to the cage is in the blue mug. Don't let me down!"),
    D("hea", "fb", "secret", "Agency staff on 2 South tonight: if the medication cabinet locks you out, the override code is 5512 and then your badge. Saves waiting 40 minutes for pharmacy."),
    D("man", "x", "secret", "the loading dock gate at the Acme plant still opens with door code 1234# on the intercom keypad. reported it twice. might as well leave it open"),
    D("npo", "ig", "secret", "Handing the Foundation Instagram to Kezia while I'm on maternity leave 👶 Login is acmefoundation_official / Sunflower!Field7. Be nice to the comments, K 💚"),
    D("gen", "rd", "secret", "Is it safe to keep my GitHub token in my dotfiles repo if the repo is private? It's 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 and it has repo + workflow scope. Asking before I push."),
    D("tec", "rd", "secret", f"""Backup job to the lab NAS fails with "Load key: invalid format". Key as generated (ed25519, no passphrase):

{OPENSSH_ED25519}

Permissions are 600, owner is svc-backup. What am I missing?"""),
    D("man", "rd", "secret", f"""Our HMI vendor wants the RSA key for the line 2 historian so they can debug the TLS handshake. Is this the right format, or do they need PKCS#8?

{RSA_PKCS1}"""),
    D("fin", "li", "secret", "Our trading desk alerts now go straight to the team channel through https://hooks.slack.com/services/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 🙌 No more refreshing dashboards. Small wins in ops!"),
    D("tec", "li", "secret", f"""JWT verification is failing between two of our services and I've stared at it for two hours. This is the signing key the auth service loads:

{PKCS8_EC}

The verifier uses the matching public key, ES256 on both sides. Anyone seen "invalid signature" with a setup like this?"""),
]

HOSTILE = [
    D("ret", "x", "hostile", "@glenda_reviews the 'rude cashier' you keep tweeting about is my coworker, and after reading your timeline I'm fully on her side. some people are just exhausting"),
    D("tec", "li", "hostile", """Replying to Trevor's comment on our launch post: bless your heart. Reading an API reference must be hard when you move your lips the whole way through. Maybe start with the pictures. 🙂"""),
    D("fin", "rd", "hostile", """To the gentleman who called our Fairview branch "a den of thieves" in his Google review: we remember you. You're the one who tried to cash a cheque made out to his ex-wife. Sit down."""),
    D("hea", "x", "hostile", "to the son who filmed me for TikTok while I was working on his dad's ward: enjoy your views. funny how slow discharges get for some families 🙂"),
    D("man", "fb", "hostile", """Funny how people who bought a house next to a 60-year-old plant are shocked it smells like a plant. Maybe do some research before buying your little dream home next time, Sharon. 🙄"""),
    D("npo", "ig", "hostile", "To everyone who unfollowed because we help refugees: good riddance. The door's right there and we won't miss your zero dollars."),
    D("gen", "fb", "hostile", "Whoever keeps leaving fake one-star reviews on my team's page: you're a coward hiding behind a made-up name. I will find out who you are, and I will make sure everyone knows."),
    D("ret", "ig", "hostile", "Customer of the week 🏆 goes to the gentleman who tried to return a half-eaten rotisserie chicken 'because it was dry'. Sir. We saw you. We all saw you. 🍗🤡"),
    D("hea", "fb", "hostile", "To the anti-vax crowd flooding our flu clinic post: enjoy your essential oils and your week in bed. Natural selection remains undefeated. 💉"),
    D("ret", "fb", "hostile", "You come near our store again after what you said to my staff and you'll be leaving in an ambulance. You know who you are."),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """Six years as a data engineer at Acme Cloud, and watching Initech charge customers to export their own data tells you everything about where this industry is heading. Lock-in as a business model should embarrass all of us."""),
    D("fin", "li", "disclaimer", """Ten years as a mortgage adviser at Acme Bank. Buy-now-pay-later apps are the payday loans of this decade, and regulators are letting it happen because the logos are pastel."""),
    D("fin", "rd", "disclaimer", "I work in fraud ops at Acme Pay. Honestly, Globex's chargeback handling is why so many merchants move to us. They just don't care what happens after the sale."),
    D("ret", "li", "disclaimer", """Eight years running Acme Market stores has convinced me that tipping screens at grocery checkouts are an insult to customers. The industry should rip them out, and I hope the chains that keep them lose shoppers over it."""),
    D("hea", "li", "disclaimer", "Pharmacist at Acme Pharmacy for 15 years. The way PBMs set drug prices is indefensible, and everyone in Congress knows it."),
    D("hea", "rd", "disclaimer", "Nurse at Acme Medical Center. Travel nursing agencies bled hospitals dry during COVID and nobody in leadership anywhere wants to say it out loud."),
    D("man", "x", "disclaimer", "maintenance lead at the Acme plant. right-to-repair can't come soon enough, tractor makers locking farmers out of their own machines is a disgrace"),
    D("npo", "ig", "disclaimer", "Grants manager at the Acme Foundation here. The big national charities sit on years of reserves while local groups close their doors. It's shameful, and donors deserve to know."),
    D("gen", "li", "disclaimer", """I lead internal comms at Acme Corp, so I've read every argument on this. The four-day week is the future, and companies clinging to five days are going to lose their best people. It isn't close."""),
    D("tec", "rd", "disclaimer", "I've been on the billing team at Acme Cloud for 4 years. If you're comparing us with Globex, their 'unlimited' tier is a bait-and-switch with a soft cap nobody tells you about."),
]

MULTI = [
    D("ret", "x", "hostile pii", "this guy filed a chargeback on a $900 TV we delivered AND he signed for. card's 6559 0775 4658 3477, name's Brent Sowerby. enjoy your free telly Brent, you absolute fraud"),
    D("tec", "rd", "confidential financial_promise", "A friend on the Orion-7 team showed me the benchmarks. Acme Cloud stock rallies 30% the week it's announced, easily. Buy before May."),
    D("hea", "fb", "phi pii", "Community rounds tomorrow for whoever's covering me: Mr Yusuf Adeyemi, 4 Clarion Way, Walsall WS2 9PL, diabetic foot ulcer dressing, and he likes a call first on 0121 496 0027. Thanks, lovely people!"),
    D("fin", "li", "disclaimer financial_promise", """As a strategist at Acme Wealth, I'll say it plainly: active management is dead. Our new index fund will beat every active manager in the country over the next decade, guaranteed."""),
    D("tec", "x", "confidential secret", "nightjar staging admin is admin / N1ghtj4r-staging! until we wire up SSO. don't tell security 🙈"),
    D("man", "li", "confidential disclaimer", """Not public yet, but the Acme plant's stamping work moves to Vietnam next year. And honestly, the whole industry's race to the cheapest labour is short-sighted. We'll all regret it in five years."""),
    D("fin", "x", "pii secret", "a customer left a post-it stuck to the ATM at our Riverside branch: 'card 5447 6363 3743 5540 PIN 8821'. please, people. shredded."),
    D("hea", "x", "hostile phi", "the frequent flyer in bay 3 is back with 'crushing chest pain' for the 9th time this month. it's gas, Gerald. it's always gas 🙄"),
    D("tec", "li", "disclaimer hostile", """I'm an Acme Cloud architect, and anyone still running on Initech in 2026 deserved this week's outage. Pay for amateur hour, get amateur hour. Enjoy the status page, folks."""),
    D("fin", "rd", "confidential disclaimer financial_promise", "Saw the draft Q3 deck at work today (Acme Bank). Net interest margin is way up and the stock will be up 15% by Friday after the release. You're welcome."),
    D("ret", "fb", "confidential promotion", "The new Acme Market app goes live in two weeks (still under wraps!) and the first 1,000 people to download it get $20 off their first order. Get ready 😉"),
    D("man", "fb", "confidential phi", "Tomasz from the degreasing line got chemical burns on both forearms on Tuesday. He's in the burns unit at Northern General with skin grafts booked for Friday. Management still hasn't reported it to HSE. Keep him in your thoughts."),
    D("gen", "fb", "pii secret", "For my brother, since you're doing Mum's taxes this year: her Acme Bank online login is dgreaves1951, password Bluebell!Cottage, and her SSN for the forms is 318-81-2808. Delete this once you've copied it!"),
    D("hea", "li", "disclaimer phi", """ER physician at Acme General. Last night I treated the Hollis twins for their fourth overdose this year, both 17. The opioid crisis is a story of pharma greed and regulators who looked away, and it isn't over."""),
    D("tec", "fb", "confidential phi", "Seeded our demo database from a prod backup by mistake and the first record on the Acme Health Portal dashboard is 'Jonah Whitcombe, 52, type 2 diabetes, HbA1c 9.2'. Purging it now and nobody outside the team knows 😬"),
    D("hea", "ig", "disclaimer promotion", "Pharmacist at Acme Pharmacy here. Those online pill subscriptions are a racket that preys on anxious people. Come and see us instead: your first consultation is free all this month 💊"),
]

LONG = [
    D("tec", "li", "confidential", """Three years ago this week I became an engineering manager at Acme Cloud, after nine years of writing code. A few things I wish someone had told me on day one:

1. Your calendar is your product now. If you don't design it, everyone else will.
2. One-to-ones are for them, not for your status updates. I stopped bringing an agenda and started asking "what's the most annoying part of your week?". Best change I ever made.
3. Say no out loud. Every "yes" to a side project is a quiet "no" to something your team already promised.
4. Write things down. Decisions made in hallways evaporate; decisions made in docs survive reorgs.
5. Protect focus time like it's production traffic.

The hardest part has been the last six months. We've been heads-down on Nightjar, which moves the whole sync engine to the edge, and we cut two features to hold the September ship date. Telling a team that the thing they spent a quarter on isn't making the cut is brutal, and I didn't do it well the first time.

What helped: being honest about why, giving people first pick of what comes next, and not pretending it didn't sting.

If you're a new manager and any of this resonates, my DMs are open. And if you're on my team and reading this: thank you. You make this job easy. #leadership #engineeringmanagement"""),
    D("hea", "fb", "phi", """Ten years on the road with the Acme Health ambulance service as of tonight. 🚑

People ask what the job is like and I never know what to say, so here's a try.

It's 3am kitchens and motorway verges. It's holding a stranger's hand while their whole life changes. It's knowing every late-night petrol station between here and the coast, because that's where the coffee is.

It's the calls that stay with you. Christmas Eve, Pelham Street: Mrs. Iwobi, 74, in cardiac arrest on her kitchen floor with the turkey still in the oven. We got her back twice before we reached the hospital, and in March she came to the station with a tin of chin chin and her grandson to say thank you. I'll remember her face for the rest of my life.

It's also the calls that don't end well, and learning to carry those without letting them crush you. Talk to someone. Seriously. The crew room tea is terrible but the company is the best there is.

To my crewmates past and present, to control, and to the A&E teams who take our handovers with patience even at 4am: thank you. Here's to the next ten. 💚"""),
    D("fin", "li", "disclaimer", """I've been an actuary at Acme Insurance for 17 years, and I want to say something my industry would rather I didn't.

The way insurers are retreating from wildfire and flood zones is cowardice dressed up as prudence. We spent decades collecting premiums from these communities, and the moment the models got uncomfortable, the big carriers started sending non-renewal letters by the tens of thousands. Globex Mutual pulled out of half a state in a single quarter.

Yes, the risk is real. I build the models; I know exactly how real. But "the risk went up" is an argument for pricing it honestly, investing in mitigation and working with governments on backstops. It is not an argument for leaving retirees with a house they can no longer insure or sell.

Regulators share the blame. Rate-approval processes that take eighteen months push carriers to walk away instead of adjusting. And the public backstop programmes are a patchwork that nobody would design on purpose.

We call ourselves the industry that helps people recover. Right now we are the industry that helps people discover they're on their own. We can do better, and we should say so out loud."""),
    D("tec", "rd", "secret", """Long shot, but I've lost a whole day to this. Local stack for our Acme Pay reconciliation service: the worker container starts, connects to Postgres, then dies with "SSL SYSCALL error: EOF detected" about 30 seconds in. Compose file, trimmed:

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: recon
      POSTGRES_PASSWORD: Gr4nite-Falls-2026
  worker:
    build: ./worker
    environment:
      DATABASE_URL: postgres://recon:Gr4nite-Falls-2026@db:5432/recon?sslmode=require
      STRIPE_API_KEY: sk_live_Bn7YvOtvZRB2TM8p6nlG8axh
      RECON_BATCH: "500"
    depends_on: [db]

What I've tried so far:
- sslmode=disable: works, but prod needs require
- bumping shared_buffers: no change
- pinning psycopg to 3.1: no change

The db log says "could not accept SSL connection: unexpected eof while reading". Has anyone hit this with the official image? I assume I need to mount certs, but the docs make it sound optional."""),
    D("ret", "fb", "promotion", """We're BACK, Westbrook! 🎉

After fourteen weeks behind hoardings, the Acme Market on Westbrook Parade reopens this Saturday at 7am, and I could not be prouder of this team. Some of you have been shopping here since it was a tiny corner shop with one till, and a lot of you told us what you wanted from the refit. We listened:

🥖 a proper in-store bakery, with bread out of the oven from 6:30
🥬 a produce section twice the size, with local growers every weekend
♿ wider aisles, lower shelves in the front section and a quiet hour every Tuesday from 9 to 10
🚲 covered bike racks (finally!)

And to say thank you for your patience through all the noise and the detours:
- 20% off your whole shop on Saturday and Sunday
- a free reusable bag for the first 300 customers
- every receipt over $30 this week goes into a draw for a year of free groceries

Come say hi, meet the new bakery crew, and tell us what we got wrong so we can fix it. See you Saturday! 💚"""),
]
