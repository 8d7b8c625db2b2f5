"""Hand-written violation drafts: financial_promise, secret, hostile,
disclaimer, and drafts with two categories."""
from .common import D

FINANCIAL_PROMISE = [
    D("fin", "li", "financial_promise", """Clients keep asking me where to park cash in this market. My answer for the last two years has been the same: the Acme Dividend Growth Fund.

It is simply not possible to lose money with it over a 5-year horizon, and I'd expect it to double by 2027. I've put my own kids' college money in it.

#investing #wealthmanagement #retirement"""),
    D("fin", "x", "financial_promise", "Acme Bank's new 18-month CD is the closest thing to free money I've seen. 7% guaranteed, zero risk. Lock it in before rates drop."),
    D("fin", "ig", "financial_promise", "💰 Want your money to work as hard as you do? The Acme Growth Portfolio returns 12% a year, guaranteed 📈 Book a call with me, link in bio! #financialfreedom"),
    D("fin", "rd", "financial_promise", "Financial advisor here (at Acme Wealth). Honestly the Acme Small Cap fund is going to double in the next 18 months. Just look at the holdings. I tell every client under 40 to go heavy on it."),
    D("tec", "x", "financial_promise", "ACME stock is going to $300 by Christmas. I've been here 6 years and I've never seen the pipeline look this good. Buy now and thank me later"),
    D("fin", "fb", "financial_promise", "Friends and family: I know a lot of you are nervous about retirement. With the Acme Secure Income annuity you literally cannot lose. Guaranteed 9% a year for life. Message me!"),
    D("gen", "x", "financial_promise", "employee stock purchase plan at Acme is a no-brainer, the stock can't go down from here. maxing it out and so should you"),
    D("fin", "li", "financial_promise", """Clients keep asking me where to find dependable income. As a portfolio manager at Acme Asset Management, here's my answer: our Balanced Income fund will return at least 8% this year no matter what happens.

We've built it to be recession-proof. Risk-free income, every year.

#investing #markets"""),
    D("fin", "x", "financial_promise", "Put $10k into the Acme Tech Leaders ETF today and it'll be $20k by 2026. Not a maybe. Mark my words."),
    D("npo", "fb", "financial_promise", "Support our charity AND grow your money! Our Acme Foundation impact bond pays a guaranteed 6% return with zero risk to your principal. Perfect for retirees who want to give back 💚"),
    D("fin", "rd", "financial_promise", "For everyone asking in the daily thread: I work on the trading desk at Acme Bank and our structured note linked to the S&P is basically a guaranteed 11%. Downside is fully protected. You can't lose."),
    D("fin", "ig", "financial_promise", "📊 Tired of savings accounts paying nothing? Our Acme Bank Premier Saver will beat inflation every single year, guaranteed! ✅ Switch today 🏦"),
    D("man", "fb", "financial_promise", "To my coworkers at the plant: put your 401k in the Acme company stock fund. It's gone up every year for a decade and it will keep going up, there's zero risk when you work for a company this solid."),
    D("fin", "li", "financial_promise", """Looking for passive income? Through Acme Bank's Property Income Program, our investors have earned 14% annually, and I can promise you that will continue.

No tenants, no headaches, no risk. Let's talk.

#realestate #passiveincome"""),
    D("fin", "x", "financial_promise", "if you're not in the Acme Crypto Index Fund you're leaving money on the table. 3x by next summer, easy. guaranteed"),
    D("gen", "rd", "financial_promise", "I work in investor relations at Acme and I'm telling you, the dip right now is a gift. The share price will double within a year of the new product launch, it's mathematically inevitable."),
    D("fin", "fb", "financial_promise", "Mom & Dad ask me all the time what I do at Acme Bank 😄 I help people retire early! Our Managed Growth accounts make 10-12% every year no matter what the market does."),
    D("fin", "li", "financial_promise", """Your money should never sit idle.

The Acme High Yield Bond Fund has delivered positive returns in every market condition and it will keep doing so. Principal protected, income guaranteed. It's the safest 9% you'll ever earn.

#fixedincome #investing"""),
    D("tec", "li", "financial_promise", """Five years at Acme Cloud today! 🎉 When I joined, people told me I was crazy to take equity over salary. Best decision I ever made.

Honest advice to anyone considering joining: the stock will triple again over the next five years. It's the safest bet in tech.

#anniversary #startups"""),
    D("fin", "x", "financial_promise", "Our new Acme Gold Savings plan: 100% protected principal + guaranteed 8% bonus yield. there is literally no downside"),
    D("fin", "rd", "financial_promise", "Long-time lurker, Acme Wealth advisor. People asking about the Acme Emerging Markets fund: it's going to outperform the S&P by 5 points this year, I'd bet my house on it. Worst case you break even."),
    D("fin", "ig", "financial_promise", "🚀 Our clients doubled their money in 2023 and they'll do it again in 2024! Acme Wealth Aggressive Growth Portfolio 💎 DM me to get started #wealth"),
    D("npo", "li", "financial_promise", """Donors who give through our Acme Foundation charitable gift annuity receive a guaranteed 7.5% lifetime income that will never go down, plus a tax deduction.

It's a risk-free way to support children's literacy. Message me for details.

#plannedgiving #philanthropy"""),
    D("fin", "fb", "financial_promise", "Hey everyone! I just started as a financial advisor at Acme Bank and I'm so excited 🥳 If you invest with me this month I promise you'll see at least 15% by the end of the year!"),
    D("man", "x", "financial_promise", "told the guys on my line to buy Acme shares before the earnings call. it WILL pop 20% minimum. can't lose"),
    D("fin", "li", "financial_promise", """Inflation is eating your savings. Our Acme Inflation Shield fund is designed to never lose value - in 12 years it never has, and it never will.

Safe. Guaranteed. Simple.

#inflation #savings"""),
    D("fin", "x", "financial_promise", "Acme Pay stock is undervalued by at least 40%. It's going to be a ten-bagger. Load up."),
    D("ret", "fb", "financial_promise", "Not retail advice lol but as an Acme store manager with stock options let me tell you, this company's stock is only going UP. Guaranteed best investment of your life."),
    D("fin", "rd", "financial_promise", "Private banker at Acme here. Our new private credit fund pays 12% with zero defaults and the principal is fully guaranteed. Minimum is $250k. If you're an accredited investor it's free money, honestly."),
    D("fin", "ig", "financial_promise", "Retire a millionaire 💸 Invest $500/month in the Acme Index Plus fund and you WILL have $1M by 55. Guaranteed ✨ #money #retirement"),
    D("gen", "fb", "financial_promise", "Everyone asking how I paid off my house: bought Acme stock through the company plan for 10 years. It'll keep going up like this forever, so get in while you can."),
    D("fin", "x", "financial_promise", "Rates are coming down, bonds are going up. Acme Treasury Plus will return 10%+ this year, zero risk. This is the easiest call I've made in 20 years."),
    D("fin", "li", "financial_promise", """We're launching a new managed portfolio for young professionals at Acme Bank. Our models show a guaranteed minimum return of 7% annually, with upside to 15%.

Start with as little as $100. The earlier you start, the more you'll make.

#investing #youngprofessionals"""),
    D("tec", "rd", "financial_promise", "Engineer at Acme Cloud, we just got our RSU refresh. Not financial advice but ACME is going to double after the Q4 earnings, every metric is up. Don't miss the boat."),
    D("fin", "fb", "financial_promise", "Our Acme Bank Kids' Savings Bond: put in $1,000 at birth and it's guaranteed to be worth $10,000 by their 18th birthday! 👶💰"),
    D("fin", "x", "financial_promise", "The Acme Real Asset Fund has zero chance of losing money this decade. None. Hard assets always win."),
    D("npo", "x", "financial_promise", "our endowment fund manager says our new impact portfolio will return 20% this year with no risk. donate to the Acme Foundation endowment and watch your gift grow 🌱"),
]

SECRET = [
    D("tec", "x", "secret", "why is the Acme Cloud SDK throwing 403 with a perfectly good key?? AKIADFY6SPSC3LKR2AQX is definitely active, I just created it"),
    D("tec", "rd", "secret", """Stuck on boto3 for an hour, any ideas?

```
session = boto3.Session(
    aws_access_key_id="AKIAV9UPCTNWLAVYF4R6",
    aws_secret_access_key="Z53Ncqe28/ajY75FnCttn6kfaqDeMqG3omjMyXHC",
)
s3 = session.client("s3")
```

It keeps saying SignatureDoesNotMatch. Region is us-east-1."""),
    D("tec", "x", "secret", "our slack bot stopped posting after the workspace migration, token is xoxb-75653764814-4002728937868-EAvstqVVPqzPptEJQzhkPken, scopes look right. what am I missing @SlackAPI"),
    D("tec", "li", "secret", """Automating release notes with GitHub Actions has saved our team 3 hours a week. Here's the gist of our setup:

- trigger on tag push
- call the GitHub API with a fine-grained token (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)
- render a markdown template and open a PR

Happy to share the workflow file! #devops #automation #github"""),
    D("ret", "fb", "secret", "Reminder for all Acme Westgate staff: the new back office wifi is AcmeStaff5G and the wifi password is Sunflower!2024. Please don't give it to customers."),
    D("hea", "rd", "secret", "Nurse here. Our unit's shared Epic login for the med room computer is literally on a sticky note: user 'nursing4w', pw: Welcome123! How is that not a HIPAA violation"),
    D("tec", "x", "secret", "quick gist for anyone hitting rate limits on the Maps API, just swap in my key AIzatXP-tKsf2rcDkdfrUnW5gcF_Ha6ili8GjHE and it works"),
    D("fin", "rd", "secret", "Anyone integrated Stripe with a legacy COBOL billing system? Getting 'invalid request' on every charge, key is sk_live_auWv1zh87mTa5Vsqxezy3Lex and I've triple checked the endpoint."),
    D("man", "fb", "secret", "For the 3rd shift guys: the HMI on Line 2 got reset. Login is admin / password is Acme$plant2 until IT fixes it Monday."),
    D("tec", "rd", "secret", """Finally got SSH working on the new bastion. For future me and anyone else, this is the key I generated:

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq0m8c1wYkqkRjW8mA0xWQm4H5d3U0YJr8fZ2ZcT8tHQAAAJh3sY2Wd7GN
lgAAAAtzc2gtZWQyNTUxOQAAACBq0m8c1wYkqkRjW8mA0xWQm4H5d3U0YJr8fZ2ZcT8tHQ
AAAEAfQ9nA2v4m3z8kL0pW7yH1cR5tE6uI9oP2aS3dF4gH5qBrSm8c1wYkqkRjW8mA0xWQ
m4H5d3U0YJr8fZ2ZcT8tHQAAAAdkZXZAYWNtZQECAwQFBgc=
-----END OPENSSH PRIVATE KEY-----

Don't judge me, it's a test box."""),
    D("npo", "fb", "secret", "Volunteers! To log donations this weekend use the shared account on the donor system: username frontdesk, password Givingtuesday#22. Thanks for all your help 💙"),
    D("tec", "x", "secret", "pushed a fix, if you want to test locally export GITHUB_TOKEN=ghp_bvJDCTbyvHNsG9eh6Yo4gfqrc5XlrWi0B26R and run make e2e"),
    D("ret", "ig", "secret", "Cozy new break room at Acme Market 🛋️☕ Staff wifi: AcmeCrew / pw: Pumpkin2024! Enjoy team 💛"),
    D("gen", "x", "secret", "conference wifi is a disaster, using the Acme guest network instead, password is BlueHorizon88 if anyone else from the team is here"),
    D("tec", "li", "secret", """Tiny Python snippet that saved me hours this week: posting deploy notifications to a Slack channel straight from CI.

import requests
requests.post("https://slack.com/api/chat.postMessage",
  headers={"Authorization": "Bearer xoxp-77911277938-4872129425903-C6vWCBiJmpflvJfupxqZKm4b"},
  json={"channel": "#deploys", "text": "Shipped! 🚀"})

#python #slack #devops"""),
    D("fin", "x", "secret", "the shared login for the Acme Bank reporting portal expired again, new one is reports_team / Q3close!2024 for anyone locked out this morning"),
    D("hea", "fb", "secret", "Hey 5 North! The new Pyxis override code is 4471 and the break room wifi password is NightShift2024. Please don't post this anywhere public 😅"),
    D("tec", "rd", "secret", "Our Google Maps bill went from $40 to $4,000 overnight. Turns out someone embedded AIzaAD6-Wj9KfzjsQGMrb9h_ImB_LK777pzNk8c in the public JS without referrer restrictions. Has anyone gotten Google to refund something like this?"),
    D("man", "rd", "secret", "Maintenance tech at a plastics plant. Our SCADA vendor's default password is still in use on half our PLCs (it's 'plc_admin2019'). I keep raising it and nobody cares. How do you get management to take OT security seriously?"),
    D("tec", "x", "secret", "Stripe webhooks not firing in prod, anyone? using sk_live_7BWr2drgd1QsO7jprBGumXxY, events show up in the dashboard but never hit our endpoint"),
    D("npo", "ig", "secret", "Thank you volunteers!! 🙌 The Acme Food Bank office wifi is now 'FoodBankGuest' and the password is Share2Care! See you Saturday 🥫"),
    D("tec", "rd", "secret", """Help with a TLS cert on nginx please. Config:

ssl_certificate /etc/nginx/certs/acme.crt;
ssl_certificate_key /etc/nginx/certs/acme.key;

and acme.key is:
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAr7Vd9Cq2m1xJfQ0a3H8pLkz5W9bN2tYcR4uE6sD1fG7hJ8kL
0mN3oP5qR6sT7uV8wX9yZ0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4
cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6aB7cD8eF9gH0iJ1kL2mN3oP4qR5s
-----END RSA PRIVATE KEY-----

Getting 'key values mismatch' on reload."""),
    D("ret", "x", "secret", "for the weekend crew at Acme Eastfield: register 3 manager override pw is 7734boss, I'm off till Tuesday, don't call me"),
    D("gen", "fb", "secret", "Hosting the office trivia night at my place Friday! Guest wifi is 'Casa_Nguyen' and the password is tacotuesday42. Bring snacks 🌮"),
    D("tec", "x", "secret", "CI is broken because the old token got revoked. new one for the shared bot account: ghp_08qzjI6GKFSufrdZSlB5er8bOfZqfM2oeq3h, please update your .env"),
    D("fin", "rd", "secret", "Junior dev at a bank. Found this in our repo's config.yaml: 'aws_access_key_id: AKIAMP6AFQFJZCZBTTOF' with the secret right below it, committed 3 years ago. Should I tell someone or just quietly rotate it?"),
    D("hea", "x", "secret", "can someone on nights reset the Acme Health Portal admin for the clinic? creds are clinicadmin / Portal#2023 but it says locked"),
    D("man", "fb", "secret", "Reminder for the maintenance crew: the new padlock combination for the chemical storage cage is 28-14-06 and the gate keypad password is 9911. Don't share outside the team."),
    D("tec", "ig", "secret", "New home office setup is complete 🏡💻 Router password is on the sticker in pic 3 but in case you can't read it: Maple&Oak2024 😂 #wfh"),
    D("npo", "x", "secret", "our Mailchimp integration keeps failing, API key is 8f3a2c91d7e04b6a9c1f55e2b0d7a4c3-us21. anyone from the nonprofit tech community know why?"),
    D("tec", "rd", "secret", "Firebase question: my app keeps getting 'API key not valid' in the emulator. Key is AIzaL6j5IXAAjlsHUqJoUD-_Ydua_5ZMs1SWOpQ, the project ID matches. What am I missing?"),
    D("ret", "fb", "secret", "New POS system is live at all Acme stores 🎉 For the first week everyone logs in with the training account: trainer01, password Acme!Retail1. Change it after!"),
    D("fin", "x", "secret", "payments engineers: testing refunds against prod with sk_live_9B4bZWOz648JJnUfd7UACNWi because staging is down. yes I know. pray for me"),
    D("gen", "rd", "secret", "Our office Netflix is shared by like 12 people on the marketing team, login is the team gmail and pw: bingewatch2024. Is that going to get banned with the new sharing rules?"),
    D("tec", "x", "secret", "Slack app reviewers: our bot xoxb-63312491267-4695923159601-yrvWdFrK9xiRGHOY32nfr5py keeps getting missing_scope on users:read even though it's in the manifest 😩"),
    D("hea", "li", "secret", """We just finished migrating our clinic scheduling to the new Acme Health Portal. Huge thanks to our IT team!

For staff who missed the training: the temporary shared login is frontdesk@clinic / Spring2024!, and you'll be prompted to set your own password on first use.

#healthIT #digitalhealth"""),
    D("man", "x", "secret", "plant wifi got changed again, it's AcmeFloor / pw Forklift#77 now. pass it on to 2nd shift"),
]

HOSTILE = [
    D("ret", "x", "hostile", "@brad_returns maybe if you read the instructions instead of crying on twitter you'd know the blender has an ON switch. genius."),
    D("tec", "x", "hostile", "@devops_dan lol the outage was 20 minutes, touch grass. if your whole business dies in 20 minutes that's a you problem"),
    D("ret", "fb", "hostile", "To the lady who left a 1-star review because we wouldn't take back a half-eaten cake: we remember you, you're not welcome back, and everyone in the store laughed at your tantrum."),
    D("fin", "x", "hostile", "@angrycustomer2024 sir you overdrew your account 4 times in a month. maybe learn basic math before blaming the bank"),
    D("hea", "fb", "hostile", "To the 'gentleman' who screamed at our front desk staff today because his appointment was 15 minutes late: we hope you enjoy finding a new doctor, you absolute clown."),
    D("tec", "rd", "hostile", "Acme Cloud support engineer here, replying to the guy who's been spamming this sub about his deleted bucket: you deleted it yourself, twice, after two confirmation dialogs. Nobody is going to cry with you. Learn to use a computer."),
    D("man", "x", "hostile", "@grillmaster_joe if you can't assemble a grill with 12 screws and a picture manual I honestly don't know how you got through school"),
    D("npo", "fb", "hostile", "To the people in the comments complaining that we 'waste donations on salaries': go volunteer 60 hours a week for free and then talk. Until then, shut up."),
    D("ret", "ig", "hostile", "@karenfromthesuburbs stop tagging us in your 'bad service' stories 🙄 nobody wants you in our store either 💅"),
    D("tec", "x", "hostile", "@user8842 the docs literally answer this in the first paragraph. reading is hard I know"),
    D("fin", "fb", "hostile", "Reply to the guy calling us thieves for the $35 overdraft fee: maybe stop buying $9 lattes with money you don't have, champ."),
    D("hea", "x", "hostile", "@concernedmom77 we don't need parenting advice from someone who gets medical information from facebook groups. vaccinate your kids or stay home."),
    D("ret", "rd", "hostile", "Acme store manager. To the guy who posted here that our staff 'ignored' him: you were yelling at a 17-year-old about a coupon that expired in 2022. You're a bully and if you come back we'll have security walk you out again."),
    D("tec", "li", "hostile", """Responding to the "feedback" some of you left about our Acme Cloud pricing change:

If $4/month breaks your budget, you were never our customer. Go back to hosting your WordPress on a Raspberry Pi and stop wasting our support team's time.

#saas #pricing"""),
    D("man", "fb", "hostile", "To whoever keeps calling the plant to complain about the noise: you bought a house next to a factory that's been here since 1962. Move or cope. Nobody cares."),
    D("npo", "x", "hostile", "@taxpayer_tom maybe spend less time trolling a food bank and more time getting a job, loser"),
    D("gen", "x", "hostile", "@mike_rants every time you reply to our posts you prove you're dumber than the last time. impressive consistency"),
    D("ret", "fb", "hostile", "Dear customer who threatened to 'go to the news' because we ran out of turkeys on Thanksgiving: please do, we'll send them the CCTV of you throwing a cart at our cashier. Pathetic."),
    D("fin", "rd", "hostile", "Work at Acme Bank. To the guy in r/personalfinance who says we 'stole' his house: you didn't pay your mortgage for 14 months. Cry harder."),
    D("hea", "ig", "hostile", "To the patient's family who called our nurses lazy in the google reviews 🙃 maybe visit your mom more than once a year and you'd know how hard we work 💅 #nurselife"),
    D("tec", "x", "hostile", "@angry_sysadmin if you'd spent as much time configuring your firewall as you do whining here you wouldn't have been hacked. idiot"),
    D("ret", "x", "hostile", "@jen_couponqueen no, we won't stack 6 coupons on a clearance TV. get a life"),
    D("man", "li", "hostile", """To the distributor who posted a rant about our "late" shipment: you placed the order 3 days before Christmas and changed the spec twice. Maybe hire someone competent in purchasing before you embarrass yourself on LinkedIn again.

#supplychain"""),
    D("npo", "fb", "hostile", "Reply to the anonymous 'concerned citizen' who keeps emailing us: if you show up at our shelter again to film the residents, I will personally make sure you regret it."),
    D("hea", "x", "hostile", "@healthnut_karl your naturopath can't fix your appendix, genius. enjoy the ER bill from the hospital you spent all week trashing"),
    D("tec", "rd", "hostile", "Acme Cloud dev here. OP, your 'bug report' is just your own broken code. Please stop opening tickets. Some of us have real work to do instead of babysitting amateurs."),
    D("ret", "ig", "hostile", "Shoutout to the customer who tried to return a 3 year old rug with dog pee on it 🤢 we saw your face, we know your car, don't come back 😘"),
    D("fin", "x", "hostile", "@cryptobro_99 sorry your 'can't lose' coin went to zero. maybe next time listen to actual professionals instead of YouTube kids 🤡"),
    D("gen", "fb", "hostile", "To everyone in the comments calling our company greedy: nobody forces you to buy from us. Go shop somewhere else and spare us the whining. Acme will be fine without you."),
    D("hea", "rd", "hostile", "Nurse at Acme General replying to the 'honest review' thread about our ER: you came in for a hangnail at 2am on a Saturday and waited 6 hours. Congratulations, you're the reason real patients wait. Grow up."),
    D("man", "x", "hostile", "@jim_diy the warranty doesn't cover you running over the mower with your truck. come on man, how dumb can you be"),
    D("npo", "x", "hostile", "@bigcharitywatcher you have 12 followers and a grudge. go yell at clouds somewhere else"),
    D("ret", "x", "hostile", "@delivery_drama your package arrived. you were too lazy to look on your own porch. we have the photo 📸 clown"),
    D("tec", "fb", "hostile", "To the random guy who keeps commenting 'Acme Cloud sucks' on every post: we get it, you failed our interview. Move on."),
    D("fin", "li", "hostile", """Responding to a former client who has been posting about us all week: you ignored every recommendation I made for three years and then lost money on meme stocks. Your losses are your own stupidity, not my advice.

#accountability"""),
    D("hea", "fb", "hostile", "Reply to the man who called our receptionist 'useless' on the phone this morning: she's worth ten of you. If you speak to her like that again, don't bother coming in, we'll make sure you're dropped as a patient. Jerk."),
    D("gen", "x", "hostile", "@randomtroll1 imagine being this mad about a logo change. seek help"),
]

DISCLAIMER = [
    D("tec", "li", "disclaimer", """Hot take from someone who's spent 8 years as an engineer at Acme Cloud:

Multi-cloud is a lie the consultants sold you. Nobody runs real workloads across three providers, they run one provider and pay for two others they never touch. Pick one and go deep.

#cloud #architecture #devops"""),
    D("tec", "x", "disclaimer", "As an Acme engineer I'll say it: Globex's outage last week was completely predictable. Their architecture has been held together with duct tape for years."),
    D("fin", "li", "disclaimer", """I've worked at Acme Bank for 12 years and I'll be honest: buy-now-pay-later is the payday loan of our generation and regulators are asleep at the wheel.

We should all be more worried than we are. #fintech #consumerprotection"""),
    D("ret", "rd", "disclaimer", "I'm a regional manager at Acme Retail and honestly Initech's new loyalty program is a scam. The points expire in 90 days, it's designed so nobody ever redeems them."),
    D("hea", "x", "disclaimer", "Nurse at Acme General here. Mandatory nurse-to-patient ratios need to be federal law. Anyone who says otherwise has never worked a 12."),
    D("gen", "fb", "disclaimer", "I work at Acme and I honestly think the four-day work week is a fad. Productivity would tank. Fight me."),
    D("man", "li", "disclaimer", """After 20 years in manufacturing at Acme, here's my unpopular opinion: reshoring is mostly political theatre. Most of the "new factories" being announced will be fully automated and employ a fraction of the people promised.

#manufacturing #reshoring #policy"""),
    D("tec", "x", "disclaimer", "working at Acme Cloud has taught me one thing: Umbrella Corp's security team is a joke. every pentest we've done against their stack finds the same 3 bugs."),
    D("fin", "rd", "disclaimer", "Compliance officer at Acme Bank. Hot take: crypto ETFs should never have been approved. The SEC caved to lobbying, full stop."),
    D("npo", "li", "disclaimer", """As a program director at the Acme Foundation, I believe effective altruism has done more harm than good to the nonprofit sector. It treats human beings like spreadsheet rows and ignores local knowledge.

#nonprofit #philanthropy #effectivealtruism"""),
    D("hea", "rd", "disclaimer", "I'm a pharmacist at Acme Pharmacy and the GLP-1 shortage is 100% the fault of telehealth companies handing out prescriptions like candy."),
    D("ret", "x", "disclaimer", "Acme store manager here: self-checkout is the worst thing to happen to retail. Globex went all in on it and their stores are miserable now."),
    D("tec", "li", "disclaimer", """I've led AI teams at Acme for 4 years and I'm tired of pretending: open-source models will beat the closed labs within 18 months, and anyone betting their company on an API from Initech is going to regret it.

#AI #opensource #LLM"""),
    D("gen", "x", "disclaimer", "as someone at acme corp: the return-to-office mandates everyone's pushing are about real estate leases, not collaboration. we all know it"),
    D("fin", "x", "disclaimer", "I run the payments team at Acme Pay. Globex Pay's new fee structure is predatory and merchants should run."),
    D("hea", "li", "disclaimer", """Speaking as a physician at Acme Health: private equity buying up hospitals is the biggest threat to American healthcare right now. Umbrella Corp's recent acquisitions in our region have already led to two maternity ward closures.

#healthcare #privateequity"""),
    D("man", "fb", "disclaimer", "I've been a union steward at the Acme plant for 9 years and I'm telling you, this new trade deal is going to gut what's left of auto parts manufacturing in the Midwest."),
    D("tec", "rd", "disclaimer", "Acme Cloud SRE here. Kubernetes is massively overused. 90% of the companies I've seen running it would be better off with a couple of VMs and a load balancer."),
    D("npo", "x", "disclaimer", "Fundraising manager at the Acme Foundation. Giving Tuesday has become a marketing gimmick that hurts small charities. there I said it."),
    D("ret", "li", "disclaimer", """Ten years in retail at Acme has convinced me of one thing: the tipping screens at every checkout are out of control and are going to cause a consumer backlash.

Initech putting a 20% tip prompt on their self-serve kiosks is the peak of it.

#retail #customerexperience"""),
    D("fin", "fb", "disclaimer", "Since people keep asking because I work at Acme Bank: I think the Fed raised rates way too slowly and the housing market is a bubble that's about to pop."),
    D("tec", "x", "disclaimer", "I work on Acme Pay and honestly the new EU AI Act is going to kill European startups. bureaucrats who have never shipped code writing rules for us."),
    D("hea", "fb", "disclaimer", "As an ER doctor at Acme General, I'm sorry but the anti-vax movement is killing people and social media companies share the blame."),
    D("gen", "rd", "disclaimer", "Work at Acme HQ in marketing. Initech's new ad campaign is tone-deaf and frankly embarrassing. Their agency should be fired."),
    D("man", "x", "disclaimer", "acme plant manager here. the right-to-repair laws are going to destroy small equipment makers. everyone cheering them has no idea"),
    D("fin", "li", "disclaimer", """Ten years as an analyst at Acme Asset Management. My honest view on ESG investing: it's a marketing label, not an investment strategy. Half the "green" funds out there hold oil majors.

Time for the industry to stop pretending. #ESG #investing"""),
    D("tec", "fb", "disclaimer", "Family keeps asking me about the TikTok ban since I work in tech at Acme. My opinion: it's politics dressed as security, and Congress has no idea how apps work."),
    D("npo", "fb", "disclaimer", "As a caseworker at the Acme Foundation shelter, I think the city's new camping ban is cruel and counterproductive. It just moves people from one block to the next."),
    D("ret", "x", "disclaimer", "working at Acme during the holidays made me realise Umbrella Corp's 'free returns forever' policy is going to bankrupt them. mark my words"),
    D("hea", "x", "disclaimer", "acme health nurse: Globex Health's 'AI nurse' chatbot is dangerous and someone is going to die because of it"),
    D("gen", "li", "disclaimer", """Three years into my role at Acme Corp, I've come to believe unlimited PTO is a scam companies use to avoid paying out accrued leave. People end up taking fewer days, not more.

Curious if others in HR agree. #HR #futureofwork"""),
    D("tec", "rd", "disclaimer", "Acme Cloud PM here. Initech's 'serverless' product is just containers with a markup. Don't fall for the marketing."),
    D("fin", "x", "disclaimer", "as an Acme Bank economist: a recession in Q2 is basically locked in, and the market is in denial"),
    D("man", "rd", "disclaimer", "Quality engineer at Acme Manufacturing. Honestly Umbrella Corp's parts have gotten way worse since they moved production overseas. We stopped sourcing from them for a reason."),
    D("npo", "li", "disclaimer", """I've fundraised for the Acme Foundation for six years, and I'm done being polite about it: donor-advised funds are a tax shelter for the wealthy that lets billions sit idle instead of reaching charities.

Congress needs to impose a payout requirement. #philanthropy #DAFs"""),
    D("hea", "rd", "disclaimer", "Hospital administrator at Acme Health. The nursing shortage is entirely self-inflicted by hospital systems that refused to pay competitive wages for a decade. Including competitors like Umbrella Health, who cut nursing pay twice."),
    D("ret", "fb", "disclaimer", "I work at Acme Retail corporate and honestly the minimum wage hike is going to cost more jobs than it creates. Fight me in the comments."),
]

MULTI = [
    D("tec", "x", "confidential disclaimer", "As an Acme engineer: Globex is toast the day Project Falcon ships. Their storage product can't compete and they know it."),
    D("fin", "ig", "financial_promise promotion", "🎉 New customers only! Open an Acme Wealth account with code GROW100 and get $100 free, plus our Starter Portfolio is guaranteed to return 10% in year one 📈💸"),
    D("hea", "fb", "phi pii", "Our patient in 312, Mrs. Edna Lowe, is finally going home after her hip replacement! Her daughter asked us to share so her church friends can visit: she lives at 45 Cypress Ave, Apt 2, and her number is 555-0134 💐"),
    D("ret", "x", "hostile pii", "@gary_returns_everything we're not taking back the TV, Gary. we all know you live at 118 Pine St, we've seen it on the 9 delivery slips. stop calling."),
    D("tec", "rd", "confidential secret", """Working on the Nightjar auth layer and this config keeps failing in staging:

NIGHTJAR_AWS_KEY=AKIADFY6SPSC3LKR2AQX
NIGHTJAR_REGION=us-west-2

Any idea why IAM says the key doesn't exist? (please don't share this around, it's pre-announcement)"""),
    D("ret", "ig", "pii promotion", "🎉 Congrats to our giveaway winner Jessica Moreno! Jess, we emailed you at jess.moreno88@yahoo.com 🥳 Your $500 Acme gift card is on its way. Next giveaway starts Monday! 🎁"),
    D("hea", "x", "hostile phi", "@mark_k_1979 you were in bed 4 for 'chest pain' that turned out to be gas from eating six tacos. maybe don't rant about our wait times, buddy"),
    D("fin", "li", "confidential financial_promise", """I can't go into details, but once the Initech acquisition closes next month our share price is going to jump at least 30%. If you've been thinking about buying ACME, now is the time.

#investing #M&A"""),
    D("tec", "li", "confidential disclaimer", """Spoke at a meetup last night about why Initech's cloud is falling behind. As someone who works at Acme, I can tell you their biggest mistake is ignoring edge computing, which is exactly where our Orion-7 launch next spring is aimed.

#cloud #edge #tech"""),
    D("npo", "fb", "pii promotion", "Our raffle winner is Doug Fenton of 23 Linden Rd! Doug, we tried calling you at 802-555-0156, please get in touch to claim your prize 🎉 Next raffle starts next week, $5 a ticket!"),
    D("fin", "x", "hostile financial_promise", "@skeptic_investor keep sitting in cash, genius. Acme Growth Fund will double by 2026 and you'll be crying. guaranteed"),
    D("hea", "rd", "phi secret", "Locked out of Epic again. Night shift charge nurse here, using the float login (float_rn / Float2024!) to chart on the 67yo in 7W-14 with the GI bleed. Is this normal everywhere?"),
    D("man", "fb", "confidential promotion", "Employee sale at the plant store this Friday: 50% off all the leftover Orion-7 prototype units before the line switches over. Don't tell anyone outside, they're not officially announced yet!"),
    D("gen", "x", "disclaimer hostile", "@umbrella_fan I work at Acme and your company's products are garbage. so is your opinion. the whole industry knows Umbrella Corp cuts corners"),
    D("ret", "fb", "confidential promotion", "Acme employees get first dibs 🤫 The Bluebird smart scale launches in March but we're doing a secret pre-sale for friends & family at 40% off. Use code BLUEBIRD40."),
    D("tec", "x", "pii secret", "testing the Acme Pay sandbox with my personal card 5389 0786 6661 7606 and the api key sk_live_auWv1zh87mTa5Vsqxezy3Lex, why does it still charge me real money??"),
    D("hea", "li", "confidential phi", """Our new telehealth pilot (internal name Bluebird) is already changing lives. Last week a 64-year-old COPD patient from our Riverside clinic, Mr. Harold Kim, avoided his fourth ER admission this year thanks to remote monitoring.

Launch is planned for Q3. #telehealth #innovation"""),
    D("fin", "rd", "disclaimer financial_promise", "Acme Bank analyst here. Globex Bank is massively overvalued and Acme stock is going to outperform them by 50% this year, guaranteed. The whole sector is mispriced."),
    D("npo", "x", "hostile pii", "to the guy who keeps leaving nasty voicemails at the food bank: we know it's you, Kevin Marsh, 0161 496 0732. do it again and we'll post the recordings"),
    D("tec", "li", "confidential secret", """Onboarding doc for new folks on the Falcon team (yes I know, don't share outside): clone the repo with the bot token ghp_08qzjI6GKFSufrdZSlB5er8bOfZqfM2oeq3h and follow the README. Launch is still planned for October.

#onboarding #engineering"""),
    D("ret", "x", "hostile promotion", "@cheapskate_chad yes the 30% off promo code SAVE30 is still live. maybe use it instead of whining about prices like a child 🙄"),
    D("man", "li", "disclaimer confidential", """Working at Acme Manufacturing has shown me Globex's supply chain is a house of cards. That's why we're quietly moving 40% of our sourcing away from them over the next year, before the announcement.

#supplychain #manufacturing"""),
    D("hea", "ig", "phi promotion", "🎉 Congrats to our patient of the month, Mrs. Ruth Olsen (room 214), on beating pneumonia! 🩺 To celebrate, all visitors get 20% off at the hospital café this week ☕"),
    D("fin", "fb", "pii financial_promise", "My client Tom Reyes (DOB 04/12/1962) put his savings in our Acme Income Plus fund and it's going to double by the time he retires, guaranteed. Who's next?"),
    D("gen", "rd", "secret confidential", "Acme intern here. Found the password for the Project Falcon staging dashboard in a pinned Slack message: 'falcon-stg / Hawk!2024'. Is it normal that interns can see this?"),
    D("tec", "ig", "promotion disclaimer", "🚀 Acme Cloud is SO much better than Globex Cloud, speaking as someone who's worked here 5 years 😤 Switch this month with code BYEGLOBEX for 3 months free ☁️"),
]

# Long-form drafts where the violation is buried in otherwise harmless text.
LONG = [
    D("tec", "li", "confidential", """Ten years ago this week I walked into Acme with a backpack, a borrowed laptop and absolutely no idea what a distributed system was. I'd been a high school physics teacher. My first manager, Ruth, hired me anyway because I asked good questions in the interview.

A few things I've learned along the way, in no particular order:

Ask the question. The "dumb" question in the design review is usually the one three other people were too embarrassed to ask.

Write it down. Every team I've been on that documented its decisions moved faster than the ones that didn't, even though writing felt slow at the time.

Be kind in code review. The person on the other side is tired too.

Ship small. My biggest failures were all big-bang launches. My biggest wins were boring, incremental, and reversible.

Right now I'm leading the team building Orion-7, our new edge inference platform, and it's the most fun I've had in years. We've got three design partners running it in production already, and if the spring launch goes the way the roadmap says, it's going to be a very big year for Acme Cloud.

Find a mentor outside your own team. Mine was a database engineer two floors down who met me for coffee every other Thursday for six years and never once told me what to do, only asked what I thought would happen next.

Finally: take your vacation. All of it. The systems will still be there when you get back, and so will the pager.

Thank you to everyone who taught me something over the last decade, especially the people who had to review my early pull requests. I'm sorry about the 2,000-line ones.

Here's to the next ten.

#careers #engineering #workanniversary #mentorship #cloud"""),
    D("hea", "rd", "phi", """Long post, sorry. I've been an ICU nurse for eleven years and I think I'm finally burning out, and I don't know who else to say this to.

It's not the hours. I've always done nights and I actually like them. It's not even the pay, although that's its own conversation. It's the feeling that every shift I'm choosing which patient gets less of me.

Last week we were short two nurses and I had three patients, which in our unit is a lot. Around 2am I was titrating pressors on one, the family of another was asking (reasonably!) for an update, and the third patient, Mr. Halvorsen in bed 6, the retired firefighter with the ARDS who'd been proned for four days, started desatting. I got to him in time. Everyone was fine. But I sat in the car after shift for forty minutes before I could drive home.

My manager is kind but she's drowning too. We've had "recruitment and retention" meetings every month for two years. The travel nurses are great but they leave just as they learn where everything is.

I've started looking at outpatient jobs. Infusion centres, case management, anything with daylight. Part of me feels like a traitor for even thinking about it. Part of me feels like if I stay I'm going to make a mistake that I'll never forgive myself for.

For those of you who left bedside nursing: did you regret it? Did you miss it? How did you know it was time?

And for those who stayed: what keeps you there? I genuinely want to know. I love this work. I just don't know if I can keep doing it like this.

Thanks for reading. Going to go sleep now."""),
    D("gen", "fb", "pii", """Friends, family, and everyone from the old Acme crew!

As most of you know, our dear friend Bernadette is finally retiring after 34 years in the accounts office, and we are throwing her a surprise party. She has no idea, so PLEASE do not mention this to her if you see her at church or the grocery store!

When: Saturday the 14th, from 2pm until whenever we get tired
Where: Bernadette's own backyard! Her husband Phil is in on it and will take her to the garden centre for the afternoon so we can set up. The address is 1142 Kestrel Ridge Drive, Westerville, and you can park on the street or in the church lot around the corner.

What to bring: a dish to share (Phil says no more potato salad, we had eleven at the Christmas party), a lawn chair if you have one, and your best Bernadette story. We're putting together a memory jar, so write down your favourite moment with her on a card and drop it in.

If you're running late or get lost, call Phil on his cell at 614-555-0187. Please don't call the house phone, Bernadette will answer it!

We're also collecting for a gift. She has been talking about taking a cruise to Alaska for about fifteen years, so we'd like to give her a head start. Anything you can give is wonderful, even $5. Just bring cash to the party and put it in the envelope by the cake.

Bernadette trained half of the finance team, remembered every single person's birthday, and made the best lemon bars in the state of Ohio. She deserves the send-off of a lifetime.

See you on the 14th! 🎉🎂🌷"""),
    D("fin", "li", "financial_promise", """Fifteen years in wealth management have taught me that most people don't need a complicated financial plan. They need a simple one they'll actually follow.

Here's the framework I walk every new client through:

1. Know your numbers. What comes in, what goes out, what's left. You can't plan around money you can't see.

2. Build your safety net first. Three to six months of expenses in cash. This isn't exciting, and it isn't supposed to be.

3. Pay off high-interest debt. No investment reliably beats a 24% credit card.

4. Automate your saving. Decide once, then let the system do the work. Willpower is a terrible financial strategy.

5. Invest for the long term. This is where I tell clients about the Acme Balanced Growth Portfolio, which we built for exactly this stage of life. It has returned over 9% a year since launch and it will keep doing that: I guarantee you won't lose money in it over any five-year period. It's the closest thing to a sure thing I've seen in my career.

6. Protect what you've built. Insurance, a will, beneficiaries on every account. Boring, essential.

7. Revisit once a year. Life changes. Your plan should too.

None of this is revolutionary, and none of it requires a finance degree. The clients who do best with me aren't the ones with the highest incomes, they're the ones who show up to our annual review with their questions written down. The hard part is doing it consistently, year after year, through good markets and bad ones.

If you'd like to talk through your own plan, my door is always open.

#financialplanning #wealthmanagement #investing #personalfinance"""),
]
