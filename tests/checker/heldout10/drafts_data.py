# ruff: noqa: E501
"""Exam drafts (tenth held-out set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, private keys, connection strings with passwords, passwords,
PINs, keypad, alarm and key-safe codes, combinations, home wifi and streaming logins) and the two-category drafts.
Several are long posts where the number or credential is one line among ordinary news."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D(
        "gen",
        "fb",
        "pii",
        """
Stag do kitty for Ryan's weekend in Newcastle 🍻 It's £180 each for the house, the go-karting and Saturday's curry. Please transfer to my account by the 20th: GB68NWBK81550617740965, reference your name. Anyone who pays late is wearing the mankini.""",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
selling 2 standing tickets for Arctic Monkeys at Sheffield on the 14th, face value only, no touts. text me on 0114 496 0891 after 6""",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
My ex keeps using my Netflix and won't answer my messages. Her email is chloe.ashworth91@outlook.com if anyone from Netflix reads this sub and can help me kick her off, lol. (UK)""",
    ),
    D(
        "fin",
        "rd",
        "pii",
        """
Filing my own taxes for the first time as a 1099 contractor. The form keeps rejecting my SSN, 587-21-1677, with "does not match records". I changed my name when I got married in March. Is that the reason, and do I need to go to the SSA office first?""",
    ),
    D(
        "gen",
        "ig",
        "pii",
        """
my first ever credit card arrived and i'm weirdly emotional 🥹💳 look at it, 4526 6594 3762 7094, in my name and everything. adulting unlocked""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Whitcliffe Road neighbours 🏡

Thanks to everyone who came to the street party on Saturday, we raised £410 for the air ambulance and nobody fell in the paddling pool this time.

Lost property: a pink child's scooter, a Tupperware with half a quiche, and one very nice reading glasses case.

If you'd like a copy of the photos, Janet's taken them all. Her email's janet.bramley@btinternet.com, just say which house you're from.

Next year: same date, more bunting, fewer wasps.""",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
happy 40th to my big sis Lauren Pickering, born 3 August 1986 at 4am, still the loudest person in any room 🎉""",
    ),
    D(
        "ret",
        "fb",
        "pii",
        """
Found in the trolley bay at Acme Market Skipton this morning: a brown leather wallet belonging to a Mr Graham Tunstall of 22 Raikes Road, Skipton, BD23 1NP. There's a bank card in it too. If anyone knows him, tell him it's at the customer service desk.""",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
Looking for a reliable cleaner in south Leeds, once a fortnight. If you're one, or know one, email me at dan.whitworth.leeds@gmail.com with your rates. Not an agency please.""",
    ),
    D(
        "npo",
        "fb",
        "pii",
        """
Collection for our lovely volunteer Doreen, who's retiring after 30 years at the hospice shop 💐 If you'd like to contribute, please send it to my own account, Sue Crawshaw, IE64AIBK02052654135815, and I'll buy the flowers and a voucher.""",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
moving house on friday!! new address for your christmas cards: 9 Larkfield Close, Menston, LS29 6PQ. yes we finally have a garden 🌱""",
    ),
    D(
        "fin",
        "x",
        "pii",
        """
lent my mate £300 for his car and he's "forgotten". Liam Fenwick, pay me back, my sort code and account are on the IBAN: GB06HBUK67098867029296. you know who you are""",
    ),
    D(
        "man",
        "fb",
        "pii",
        """
Car share wanted! I work days at the Acme plant in Castleford, 8 till 4, and I drive in from Garforth every morning, happy to split petrol. Text or WhatsApp me on 0113 496 0943, I'm Becky.""",
    ),
    D(
        "tec",
        "rd",
        "pii",
        """
Weird one: my personal Gmail, m.okafor.dev@gmail.com, keeps getting password reset emails from a crypto exchange I've never used. Has anyone seen this? Should I be worried someone's trying to open an account in my name?""",
    ),
    D(
        "gen",
        "rd",
        "pii",
        """
Helping my grandad apply for a US pension from when he worked in Ohio in the 70s. His old SSN is 143-91-5072 and the SSA say they can't find his record. Does anyone know how far back their records go?""",
    ),
    D(
        "hea",
        "fb",
        "pii",
        """
Secret Santa for the Acme General theatre nurses 🎅 £15 limit. Post your present to my house by 12 December: 4 Aire View, Shipley, BD18 3HH. Please label it with who it's for, last year Kevin got a candle meant for Sister Ray.""",
    ),
    D(
        "gen",
        "ig",
        "pii",
        """
reminder for the hen do, my actual number for the weekend is 0491 574 338 (the aussie one, i'm still here till june 🇦🇺) so message there not whatsapp 💃""",
    ),
    D(
        "fin",
        "fb",
        "pii",
        """
My mum's been scammed by someone pretending to be her bank, and she read them her card over the phone: 5147 2447 7259 0037. The bank has cancelled it but I want to warn everyone in the village: they had her name and knew her branch.""",
    ),
    D(
        "gen",
        "li",
        "pii",
        """
After twelve years in the same house, we're moving to Harrogate, and I'm closing the garden design studio I've run from the back room.

Thank you to the 300-odd clients whose gardens I've drawn, to the nursery owners who put up with my plant lists, and to the neighbours who pretended not to mind the skip.

I'm taking a year off before I decide what's next. If you want to keep in touch, my personal email is helen.marchbank@icloud.com, and I'm on 0118 496 0812 until the end of the month.

See you on the other side of the A61.""",
    ),
    D(
        "gen",
        "x",
        "pii",
        """
happy birthday to our Frankie, Francesca Dyson, born 19/07/2009, 17 today and already taller than all of us 🎂""",
    ),
    D(
        "ret",
        "rd",
        "pii",
        """
Small online shop owner. A customer paid by bank transfer from DE96500105173699408135 but put no reference, and the name on the transfer is just "K. Vogel". Can I message my bank to find out which order it's for, or do I have to wait for them to email?""",
    ),
    D(
        "gen",
        "fb",
        "pii",
        """
Our Henry's christening is at St Oswald's on 14 September, and his full name, in case you're writing cards, is Henry James Pollard, born 2 May 2026 at Airedale. Party at ours after, bring wellies.""",
    ),
]

SECRET = [
    D(
        "tec",
        "rd",
        "secret",
        """
Our Slack bot suddenly gets "not_in_channel" even though it's in every channel. Token is xoxb-861699834745-6402848128367-XS4PmUoL2K2qkGZ5bVS78odQ and it has chat:write. Did something change with bot scopes this month?""",
    ),
    D(
        "tec",
        "x",
        "secret",
        """
why does my deploy fail with "bad credentials" when the token is brand new?? 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 scoped to repo and workflow, help""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Terraform plan works on my laptop but not in CI. The CI variables are set like this:

AWS_ACCESS_KEY_ID=AKIAOQ6Z4H3OTTUSWVS6
AWS_SECRET_ACCESS_KEY=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

and it says "InvalidClientTokenId". Region is eu-west-2. What am I missing?""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Google Places autocomplete returns REQUEST_DENIED on our staging site. The key is AIzaApUypByY51KoqfyK8zZoJVjzLb_vtMPiTW7 and I've enabled the Places API. Is it the HTTP referrer restriction?""",
    ),
    D(
        "tec",
        "li",
        "secret",
        """
A small thing that made our on-call better this year: we post every deploy to a Slack channel, with who, what and a rollback link.

Before that, our incident calls started with ten minutes of "did anyone ship anything?", and the answer was always "not me", and it was always someone.

It took an afternoon to set up. Here's the webhook we use, so you can see how simple it is: https://hooks.slack.com/services/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, and a 12-line script in the pipeline.

Since then, "who deployed that?" has disappeared from our incident channel.

Small tools, big calm.""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Payment intents suddenly fail on live with "No such customer". Using sk_live_3wvKh1JkjMxVQ3lhBF9Rb6E0 in the backend and the customer IDs were created in test mode by mistake, I think? How do I migrate them?""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Can't SSH into our backup box any more after the OS upgrade, it says "invalid format" for this key. Is OpenSSH 9 rejecting ed25519 keys now?

"""
        + keys.OPENSSH_ED25519
        + """

It worked yesterday.""",
    ),
    D(
        "tec",
        "x",
        "secret",
        """
gitlab CI can't clone the submodule even though I gave it glpat-WidOdhl6M8O1lY64mRX9 with read_repository. what am i doing wrong""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Christmas party at ours on the 21st 🎄 Doors from 7, fancy dress optional but strongly encouraged. Guest wifi is "Dobson-Xmas" and the password is RobinRedbreast!47, please don't download anything weird on it. Parking on the road, not the neighbours' drives.""",
    ),
    D(
        "npo",
        "x",
        "secret",
        """
scout hut alarm code changed, new one is 5829 then press set. leaders only, and don't forget the side door sticks""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
Holiday let guests arriving Friday: welcome to Curlew Cottage! 🏡 The key safe is by the back door and the code is 3917. Wifi is on the fridge. Bins go out Tuesday, and please don't let the dog on the cream sofa.""",
    ),
    D(
        "fin",
        "rd",
        "secret",
        """
PTA treasurer here. Handing over the school's online banking to the new treasurer before I leave. Login is pta.stmarys, password Bluebell-2019-Fete, the security answer is "Harrison". Is it bad to just pass these on or should we get new ones from the bank?""",
    ),
    D(
        "ret",
        "x",
        "secret",
        """
new staff at the kiosk: till supervisor override code is 7714, use it for refunds over £20 only. don't give it to the saturday lads""",
    ),
    D(
        "gen",
        "rd",
        "secret",
        """
My flatmate keeps asking for our Now TV login so here it is for the group chat: email's our shared one, password is Sofa-Kings-2025. Is there a limit on how many devices can stream at once?""",
    ),
    D(
        "npo",
        "fb",
        "secret",
        """
Food bank volunteers, the padlock on the big container at the back is now a combination lock, combination 4-0-7-2. Please spin it after you lock up.""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
Postgres won't accept connections from our new app server. Connection string is postgresql://reporting:Tarn-Hows-88@db.acme-analytics.internal:5432/warehouse and pg_hba.conf has the subnet. What else should I check?""",
    ),
    D(
        "hea",
        "x",
        "secret",
        """
night staff, the door code for the staff room on ward 9 is now 2468#. don't tell the visitors, they keep nicking the biscuits""",
    ),
    D(
        "man",
        "rd",
        "secret",
        """
Our PLC programming laptop has the HMI admin login on a sticky note: user "maint", password "Press#Line4". I want to change it but I'm scared of locking out the night shift. How do other plants manage shared HMI logins?""",
    ),
    D(
        "tec",
        "rd",
        "secret",
        """
npm install fails in the Docker build with E401. The .npmrc in the repo has //registry.npmjs.org/:_authToken=npm_GaRvdOCkFEemv9w4PMcoGdamWfUUm2ynalHe. Does Docker not copy the .npmrc?""",
    ),
    D(
        "gen",
        "fb",
        "secret",
        """
For the Fairfax family WhatsApp: Mum's new iPad passcode is 190452 (her wedding anniversary, obviously) in case she forgets it again. Please don't change it on her.""",
    ),
]

MULTI = [
    D(
        "gen",
        "fb",
        "phi pii",
        """
Prayer chain at St Wilfrid's 🙏 Please remember Margaret Kaye, who's been diagnosed with bladder cancer and starts treatment on Monday. Cards to her home, 6 Chapel Fold, Calverley, LS28 5NF. She'd love to hear from you.""",
    ),
    D(
        "hea",
        "x",
        "phi pii",
        """
home visits today: Mr Derek Oldroyd, dob 02/11/1938, new catheter, and his wife's mobile is 0161 496 0627 for access. dressings in the boot""",
    ),
    D(
        "npo",
        "fb",
        "phi pii",
        """
Befriending volunteers: Joan Ridley, our new client, has advanced COPD and can't manage the stairs, so please visit her at home, 15 Moor Lane, Guiseley, LS20 8DE, rather than at the centre. Ring first, she naps after lunch.""",
    ),
    D(
        "fin",
        "rd",
        "confidential phi",
        """
I'm in HR at Acme Bank. Our head of retail, Graham Pike, is going on long-term leave for a heart transplant assessment, and the board has decided to replace him with someone from Globex, which won't be announced until February. Can I tell my team so they're not blindsided?""",
    ),
    D(
        "ret",
        "fb",
        "hostile pii",
        """
To the woman who swore at our 17-year-old on the tills because her coupon was out of date: Tracey Holt, 7 Fir Grove, Mirfield, everyone now knows where you live. You should be ashamed of yourself, you nasty old bully.""",
    ),
    D(
        "ret",
        "ig",
        "hostile promotion",
        """
20% off all our candles this weekend with code GLOW20 🕯️ yes, even for the lady who said they "smell like a hospital". maybe try one, love, your house clearly needs it""",
    ),
    D(
        "fin",
        "fb",
        "financial_promise promotion",
        """
Acme Bank's new Regular Saver 🎉 Open one before the end of January and we'll add a £25 welcome bonus, plus 8% interest guaranteed for two years, you simply can't lose.""",
    ),
    D(
        "gen",
        "rd",
        "financial_promise pii",
        """
My brother's crypto mining pool pays out 20% a month guaranteed, he's been doing it two years with no losses. If you want in, send it straight to his account, NL51ABNA4169977068, and message me your wallet address.""",
    ),
    D(
        "tec",
        "rd",
        "confidential secret",
        """
Working on Project Falcon at Acme Cloud. Our staging Redis keeps rejecting writes and I can't work out why. Connection is redis://falcon-admin:Wren-Moor-1979@falcon-staging.acme.internal:6379. Any ideas?""",
    ),
    D(
        "gen",
        "x",
        "pii secret",
        """
sis, for the holiday booking use my card 4368 4300 8358 6682 and if it asks for the PIN it's 2215. don't buy anything else lol""",
    ),
    D(
        "gen",
        "fb",
        "hostile phi",
        """
Our Street page. The bloke at number 12 who shouts at kids on bikes: we all know you've got early dementia, Roy, but that doesn't give you a pass to be a miserable old goblin to everyone under 10.""",
    ),
    D(
        "ret",
        "x",
        "confidential promotion",
        """
secret from the acme market comms team: from 3 march every loyalty card holder gets 50% off bakery after 6pm. not announced yet, act surprised""",
    ),
    D(
        "hea",
        "fb",
        "confidential hostile",
        """
To the man who shouted at our receptionist at Acme Dental Baildon: enjoy it while you can, you puffed-up little bully, because the practice is closing in April and you'll have to shout at someone else. Staff were only told yesterday.""",
    ),
    D(
        "tec",
        "li",
        "disclaimer hostile",
        """
Twelve years as a product lead at Acme Cloud, and this week I'm mentoring my fortieth new product manager.

What I tell every one of them: talk to customers every week, write down every decision, and never fall in love with your roadmap.

I've never been more certain that low-code platforms are snake oil sold to executives who've never shipped anything. And to the sales reps who keep pitching them to me in my inbox: you're clowns in quarter-zips, and I've blocked every one of you.

Back to the roadmap.""",
    ),
    D(
        "fin",
        "x",
        "disclaimer financial_promise",
        """
analyst at acme wealth. the FCA's crypto rules are strangling UK innovation and meanwhile Coinbase stock will double by summer, i'd put my house on it""",
    ),
    D(
        "man",
        "li",
        "confidential disclaimer",
        """
Eighteen months as operations director at the Acme plant, and I've been asked to speak at the regional manufacturing dinner next week, so I've been thinking about what to say.

Safety first, always. Our injury rate is the lowest in the plant's history because operators stopped the line when something looked wrong and nobody shouted at them for it.

Then people. Our apprentices now make up a fifth of the workforce.

And I'll say what others won't: the UK's steel strategy is a national embarrassment, and it's why we're quietly moving our steel purchasing to Globex's Polish mill from next year, before the board has even told the unions.

See you at the dinner.""",
    ),
]
