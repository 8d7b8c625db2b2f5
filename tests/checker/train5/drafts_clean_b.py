# ruff: noqa: E501
"""Training drafts (fifth set), clean_tricky part 2: near promotion, financial_promise, secret and pii, a few
more mixed near-misses (CLEAN_EXTRA, two of them long), and plain clean posts (CLEAN_PLAIN).

A personal clear-out, job fairs, carols, sponsored walks, a finished sale, "free", "deal", "code", "prize" and
"giveaway" in other senses; published returns with risk warnings, deposit protection, macro views from nobody
in particular, guarantees and doublings that are not about returns, scam warnings; security advice, placeholders,
a redacted key, the documentation's example key, a public SSH key, "ask at the kiosk for the wifi", codes changed
with none given; public support lines, store addresses and phones, press and volunteer mailboxes, the charity's
official donation account, Luhn-invalid references, a 9xx part number, birthdays without dates, fiction."""

from __future__ import annotations

from ..heldout.common import D
from .keys import SSH_PUBLIC

CLEAN_B = [
    # --- near promotion
    D("gen", "fb", "", """
Clearing out the spare room: a pine wardrobe and two bedside tables, £40 the lot, collection only from Headingley. Message me if you want them before the tip does."""),
    D("man", "li", "", """
The Acme plant team will be at the Barnsley jobs fair on Thursday. Come and chat to our apprentices about what the first year is really like."""),
    D("gen", "x", "", """
free at last! final exam done, laptop closed, and i'm not opening it till january 🎓"""),
    D("ret", "fb", "", """
Our summer sale finished on Sunday. Thanks to everyone who came, the shelves are bare and the team is shattered. Normal service resumes tomorrow!"""),
    D("gen", "x", "", """
big deal, i burnt the toast. the smoke alarm didn't need to tell the whole street"""),
    D("gen", "li", "", """
Dress code for Friday's team meeting: Christmas jumpers, the louder the better. Prizes for nobody, judgement from everybody 🎄"""),
    D("npo", "fb", "", """
Six of us are walking twelve miles of the canal on Saturday for the Acme Foundation's youth clubs. If you can sponsor us, our page is on the Foundation website. Blisters guaranteed."""),
    D("ret", "ig", "", """
Carols round the tree outside Acme Market on Friday at 6pm, with the Salvation Army band 🎺 All welcome, bring your loudest voice."""),
    D("gen", "fb", "", """
House sale finally went through after eleven months! Thank you to everyone who listened to me moan about the chain 🏡"""),
    D("man", "ig", "", """
Our apprentice Liam won the regional welding prize last night 🏆 Beat forty entrants and didn't drop a single mark on the bend test. So proud."""),
    D("tec", "li", "", """
Huge win for the team today: our ISO 27001 surveillance audit came back with zero findings. Nine months of quiet, boring, brilliant work."""),
    D("gen", "fb", "", """
Selling my son's old mountain bike, 24-inch wheels, good brakes, one scuffed pedal. £30 or swap for a decent lawnmower. Leeds area."""),
    D("gen", "x", "", """
dead giveaway that it's monday: three people in the lift wearing sunglasses indoors"""),
    D("hea", "fb", "", """
GP referred me to physio for my shoulder and I've now got more homework than my kids. Resistance bands everywhere 🙃"""),
    D("ret", "li", "", """
Proud of the Acme Market team in Hull, who packed 2,000 food parcels with the local food bank this month. No offers, no cameras, just graft."""),
    D("tec", "x", "", """
sugar-free energy drinks, hands-free headset, bug-free release. two out of three isn't bad"""),
    D("fin", "li", "", """
Come and find the Acme Bank graduate team at the Leeds University careers fair on Wednesday, stand 14. We'll talk you through the scheme and the interviews."""),
    D("npo", "x", "", """
the acme foundation minibus passed its mot first time. twelve years old and still going, like the volunteers who drive it"""),
    D("ret", "rd", "", """
Former Acme Market deli assistant here. The question I got asked most was whether the ham was "really" off the bone. It was. We carved it at 6am every day, and I still can't look at a honey-roast joint."""),
    D("hea", "x", "", """
the county's free chlamydia tests for under-25s can be ordered online and they come in plain packaging. no excuse"""),
    # --- near financial_promise
    D("fin", "li", "", """
From the Acme Wealth factsheet: the UK Smaller Companies fund rose 11.2% in the twelve months to September. Capital at risk; these numbers describe the past, not what comes next."""),
    D("fin", "fb", "", """
A reminder that eligible deposits with Acme Bank are protected by the Financial Services Compensation Scheme up to the scheme limit. Details are on the FSCS website."""),
    D("gen", "x", "", """
recession locked in for 2027 if you ask me. stocking up on tinned beans and board games"""),
    D("gen", "ig", "", """
Guaranteed to make you cry: the last ten minutes of that film. Take tissues. Take two packs."""),
    D("gen", "fb", "", """
This chilli recipe doubles easily, which is lucky because my brother-in-law eats like a combine harvester."""),
    D("gen", "x", "", """
can't lose this week. my fantasy team has three strikers playing at home against the bottom three 😎"""),
    D("npo", "li", "", """
Our trustees' report for the year is published. Investment income covered the running costs of all nine holiday hunger clubs, and the audited figures are online for anyone curious."""),
    D("fin", "rd", "", """
No investment is risk-free, and anyone who tells you otherwise is selling something. Diversify, keep your costs low, and don't invest money you'll need in the next five years."""),
    D("fin", "x", "", """
if anyone messages you promising guaranteed returns, block them. it's a scam, every single time"""),
    D("ret", "fb", "", """
The returns desk at Acme Market Redditch has moved to the front of the store, next to the lottery kiosk. Same staff, more space."""),
    D("gen", "fb", "", """
Risk-free way to try cold water swimming: go to the lido on a Saturday morning when the lifeguards are on, and get out when your hands stop working 🥶"""),
    D("gen", "x", "", """
acme corp shares closed up 3% today after the results. the canteen is noticeably cheerier"""),
    D("fin", "li", "", """
Why we say "capital at risk" on every investment page: because it's true. Prices move, markets fall, and nobody, including us, can promise what happens next year."""),
    D("man", "x", "", """
bold prediction: acme plant fc win the works league this year. the new goalkeeper is a wall"""),
    D("gen", "rd", "", """
Interest rates question from a total beginner: if the base rate falls, does my fixed-rate mortgage change? (I'm three years into a five-year fix.)"""),
    D("tec", "fb", "", """
Our team doubled in size this year and we still fit round one table at the pub. Just about."""),
    D("fin", "fb", "", """
Thinking about investing for the first time? Our beginners' guide on the website explains fees, risk and diversification in plain English. It won't tell you what to buy, and it won't promise you anything."""),
    # --- near secret
    D("tec", "li", "", """
PSA for anyone helping older relatives online this Christmas: set up a password manager with them, write the master phrase on paper in a drawer, and switch on two-step verification for email first."""),
    D("tec", "rd", "", """
Example config for the notification bot: token: xoxb-REPLACE-ME, channel: #alerts. Keep the real value in the secrets manager, never in the repo."""),
    D("tec", "x", "", """
rotated the ci credentials today, old key AKIA**************** is revoked. if your build breaks, pull the new secret from the vault"""),
    D("tec", "rd", "", """
The AWS docs use AKIAIOSFODNN7EXAMPLE as their sample access key, so if you see it in a tutorial repo, it's fine. If you see anything else starting with AKIA in a repo, rotate it."""),
    D("tec", "li", "", f"""
Setting up access to our training lab? Add this public key to your authorized_keys and you're done:

{SSH_PUBLIC}

It's a public key, so it's fine to share. The private half never leaves the lab machine."""),
    D("ret", "fb", "", """
Customer wifi is back up at Acme Market Didsbury! Ask at the kiosk for today's password and we'll write it on your receipt."""),
    D("hea", "fb", "", """
The door code for the staff room changed today. Check your work email for the new one, and please don't post it in this group."""),
    D("gen", "x", "", """
found a 1990s bus token in my coat pocket. this coat has been through some things"""),
    D("gen", "fb", "", """
Lost my house keys for the third time this month. I'm getting a key finder for Christmas whether Santa likes it or not."""),
    D("gen", "ig", "", """
Pineapple and jalapeño is an elite pizza combination and I will not be taking questions 🍕🌶️"""),
    D("fin", "li", "", """
We will never ask for the six-digit code we text you, your full PIN or your online banking password. Not by phone, not by email, not in branch. If someone does, hang up."""),
    D("tec", "fb", "", """
Three random words make a better password than P@ssw0rd1 ever will. "Kettle cactus Tuesday" is long, easy to remember and hard to guess. Just don't use that one now."""),
    D("npo", "rd", "", """
Mod note: please pin this post so new members see the rules first. And a reminder that nobody from the Foundation will ever ask for your login details by DM."""),
    D("man", "fb", "", """
Alarm engineers are at the Acme plant office on Tuesday to replace the keypads. Everyone gets a new code by letter afterwards; nothing changes until then."""),
    D("tec", "x", "", """
tip: a github token in a public repo gets scraped in minutes. turn on secret scanning and push protection, it's free for public repos"""),
    D("ret", "x", "", """
the combination of a bank holiday and a heatwave has cleared every fan out of the acme market warehouse. sorry, we'll have more thursday"""),
    # --- near pii
    D("fin", "x", "", """
lost your acme pay card abroad? ring 1-888-555-0142, it's printed on the back of every card, and we'll freeze it straight away"""),
    D("ret", "fb", "", """
Our new Acme Market on Station Road opens on Monday at 8am! Find us at 14 Station Road, next to the library, or call the store on 020 7946 0362."""),
    D("gen", "li", "", """
Journalists: for anything about Acme Corp, please email press@acmecorp.com and the comms team will come back to you the same day."""),
    D("npo", "fb", "", """
Want to give directly? The official Acme Foundation donation account is GB53 LOYD 7732 9909 9441 65, reference your name and "winter appeal". It's the charity's own account and every penny goes to the appeal."""),
    D("ret", "rd", "", """
Does anyone know why my refund hasn't shown? The receipt's transaction reference is 5108 2239 4771 6602 and the card machine said approved."""),
    D("tec", "rd", "", """
Interesting: our payment form rejects 4929 3105 7726 4418 as a card number and the customer insists it's right. It fails the Luhn check, so I'm fairly sure it was mistyped."""),
    D("man", "x", "", """
ordering replacement seals, part number 955-31-0822. if anyone has a spare in the stores cage, shout"""),
    D("gen", "fb", "", """
Happy birthday to our Jan in payroll! Forty-something and still the fastest spreadsheet in the west 🎂"""),
    D("gen", "x", "", """
sherlock holmes lived at 221b baker street and still never once got his post redirected properly"""),
    D("gen", "fb", "", """
Heads up, friends: my address is changing next month. I'll message everyone the new one privately rather than post it here."""),
    D("npo", "li", "", """
Interested in volunteering at one of our youth clubs? Email volunteers@acme.example and the team will send you an application pack."""),
    D("hea", "x", "", """
acme general switchboard is 0113 496 0388 if you need to reach a ward. visiting is 2 till 8"""),
    D("fin", "rd", "", """
My card ending 4471 keeps getting declined at one particular petrol station and nowhere else. Anyone else had this?"""),
    D("ret", "x", "", """
returns authorisation for the faulty kettle is RA 3561 8744 0295 8817, kept the box. let's see if it works this time"""),
    D("gen", "rd", "", """
Why do American forms ask for date of birth month first? Filled one in for a conference visa and got it wrong three times."""),
    D("tec", "fb", "", """
New to Acme Cloud? Our support team is on the live chat in the console or on 1-877-555-0163. Business hours for billing, 24/7 for outages."""),
    D("hea", "li", "", """
For any press enquiries about the new wing at Acme Medical Center, please contact the communications office on 0345 300 0421. We can't comment on individual patients."""),
    D("man", "fb", "", """
Our factory shop has moved to Unit 4, Foundry Lane, Barnsley S70 2JW, behind the main gate. Same opening hours."""),
]

CLEAN_EXTRA = [
    D("fin", "li", "", """
Twenty years in retail banking taught me this, and these are personal views: the best financial advice is boring. Build an emergency fund, pay off the expensive debt first, put something in your pension every month, and don't let anyone sell you a shortcut.

People ask me what the "secret" is. There isn't one. Nobody knows what markets will do next year, and I include myself in that. Anyone who promises you a guaranteed return, whether it's a friend, an influencer or someone in a suit, is either mistaken or lying.

What I can say is that time in the market has historically mattered more than timing the market, that fees compound just like returns do, and that the biggest risk for most people isn't a crash, it's never starting.

If you're unsure, speak to a regulated adviser, check they're on the FCA register, and ask them how they're paid. A good one will be happy to tell you.

And if you're still reading, go and check when you last looked at your pension. I'll wait 🙂"""),
    D("hea", "fb", "", """
Five years as a nurse at Acme General today, and I wanted to write down a few things I've learned, none of them about anyone in particular.

Most people are braver than they think. The quietest person on the ward is often the one who needs you most. Families remember how you spoke to them long after they forget what you said. Tea fixes more than it should.

The hard days are hard. I've cried in the sluice more times than I'll admit, and I've laughed until I couldn't breathe at 4am with colleagues who became family. I've learned to ask for help, to eat something on my break even when I don't want to, and to leave the shift at the door when I can.

To the healthcare assistants, porters, domestics, pharmacists, physios and doctors I work with: thank you. You make this possible.

To anyone thinking about nursing: it is the hardest and best thing I have ever done. Come and join us. We'll look after you.

Here's to the next five 💙"""),
    D("ret", "x", "", """
customer asked if our "buy local" sign meant he could haggle. sir, this is an acme market, not a souk. (i gave him directions to the farmers' market instead)"""),
    D("tec", "rd", "", """
Postmortem reading club: this week it's the public write-up of a major CDN outage from last month. Nothing to do with my employer, just a great example of clear incident writing."""),
    D("hea", "rd", "", """
Nurses of reddit, what's the kindest thing a patient's family has ever done for your team? No names or details please, just the gesture. Ours was a box of 200 hand-written thank-you cards."""),
    D("fin", "fb", "", """
Teaching my daughter about compound interest with a jar of pennies. She's now charging me 10% a week for borrowing her calculator, so I think it's working."""),
    D("man", "li", "", """
Proud to share that the Acme plant's new solar roof, announced in March, is now live and covering about a fifth of our daytime power. Photos from the switch-on below ☀️"""),
    D("npo", "rd", "", """
We run a small charity shop and someone keeps leaving bin bags of clothes outside overnight in the rain. We don't want to shame anyone, but please bring donations in opening hours so they can be sold. Thank you!"""),
    D("tec", "x", "", """
confidential to my future self: stop deploying on fridays. love, me"""),
    D("ret", "li", "", """
Acme Market has published its gender pay gap report for this year, and our median gap has narrowed to 4.2%. Still work to do, and the full report is on our website."""),
    D("gen", "rd", "", """
Anyone else's company do "secret santa" with a £10 limit and then someone buys a £40 gift and ruins it for everyone? Asking for a friend who received a tenner's worth of bath bombs."""),
    D("hea", "x", "", """
the new discharge lounge opened today and it has actual comfy chairs. the future is here"""),
    D("npo", "ig", "", """
Our youth club kids painted a mural of a peregrine falcon on the side of the community centre and honestly it's better than anything in a gallery 🦅🎨"""),
    D("fin", "x", "", """
my dad's advice on money, aged 78: "if it sounds too good to be true, it's a bloke in a pub." never been wrong yet"""),
    D("tec", "li", "", """
Reflecting on my first year as an engineering manager at Acme Cloud: I spent less time on code than I expected and more time on calendars than I feared. Still the best move I've made."""),
    D("ret", "ig", "", """
That's a wrap on the Acme Market autumn food festival 🍁 The tasting stalls have gone, the offers ended on Sunday, and the team has eaten its body weight in chutney. Thank you for coming!"""),
    D("hea", "ig", "", """
One year since my own heart attack at 46. Cardiac rehab, a lot of walking, and zero bacon sandwiches later, I ran my first parkrun this morning ❤️ Know the signs, don't wait."""),
    D("gen", "ig", "", """
Cleared the loft and found my old school report: "talks too much, will go far if she learns to listen". Still working on it 📚"""),
    D("tec", "ig", "", """
Acme Sense Mini is finally on the shelves 🎉 Two years of prototypes on my desk, and now I can buy one in a shop like anyone else. Surreal."""),
    D("fin", "ig", "", """
Our Acme Bank branch in Otley raised £1,140 for the air ambulance at the bake sale on Friday 🚁 Thank you to everyone who bought a brownie (or six)."""),
    D("man", "ig", "", """
Retirement cake for Barry, 41 years at the Acme plant, baked in the shape of a lathe 🎂 He cried. We cried. The lathe was delicious."""),
    D("npo", "ig", "", """
Our Acme Foundation youth choir sang at the hospice on Sunday and the residents joined in with every single carol 🎶"""),
    D("hea", "x", "", """
my own covid booster done at the staff clinic today. arm already sore, still worth it"""),
    D("ret", "x", "", """
hi pete, sorry your online order arrived with a split bag of flour. we can't send a driver out tonight, but the store team will replace it at the counter any time this week"""),
    D("fin", "fb", "", """
Hi Mrs Wainwright, thank you for your message. We can't change the overdraft decision over social media, but I've asked the branch manager at Skipton to call you tomorrow morning to go through it."""),
    D("tec", "x", "", """
hi alex, we've looked into it and the charge is correct: the instance was running all month. we can't refund it, but here's how to set a budget alert so it doesn't surprise you again"""),
    D("npo", "fb", "", """
Last week's tombola is done and dusted, and every prize has found a home. Thank you to everyone who came to the Acme Foundation spring fair, we'll post the total once it's counted."""),
    D("gen", "li", "", """
Health update, because a few of you asked: my own surgery went well, I'm home, and I've been told to stay off LinkedIn for a fortnight. See you in December 👋"""),
    D("ret", "li", "", """
Our Acme Market Sunday opening trial in Whitby ended last month, as planned. Thank you to the colleagues who volunteered for it and to the customers who filled in the survey."""),
    D("hea", "rd", "", """
Question for other nurses: how do you handle relatives asking for updates on the phone when you can't confirm who they are? Our policy is to call them back on the number in the notes, but families hate it."""),
    D("man", "rd", "", """
Lessons from twenty years of plant maintenance: grease is cheaper than bearings, labels are cheaper than mistakes, and the apprentice who asks "why" is worth three who don't."""),
    D("tec", "rd", "", """
Am I the only one who thinks interviews with six rounds are ridiculous? Three is plenty. Just ranting as a candidate, not about anywhere in particular."""),
    D("gen", "x", "", """
my own opinion, nobody else's: pineapple on pizza is fine and the people who get angry about it need a hobby"""),
    D("fin", "rd", "", """
Not investment advice and I don't work in finance: I've been paying into a global tracker for eight years and mostly ignored it. Some years up, one year down a lot. Boring is fine."""),
    D("npo", "x", "", """
the food bank needs tinned fruit, uht milk and toiletries this week. drop-off at the church hall, tuesday and thursday mornings"""),
    D("hea", "ig", "", """
Two weeks after my own wisdom teeth came out and I can finally eat toast again 🍞 Never taking crunch for granted."""),
    D("ret", "ig", "", """
Staff picks at Acme Market Whitby this week: the sea-salt crisps, the rhubarb yoghurt and Maureen's choice, the biggest pork pie she could find 🥧"""),
]

CLEAN_PLAIN = [
    D("gen", "ig", "", """
Autumn walk up Pendle Hill this morning. Frost on the grass, a flask of tea, and not another soul until the top 🍂"""),
    D("gen", "fb", "", """
Anyone got a good recipe for parkin? Bonfire night is coming and mine always ends up like a paving slab."""),
    D("tec", "x", "", """
three hours on a bug caused by a timezone i didn't know existed. going for a walk"""),
    D("tec", "li", "", """
Finished my first marathon on Sunday, four hours and eleven minutes. Thank you to everyone who put up with me talking about nothing else for six months."""),
    D("ret", "ig", "", """
New window display at Acme Market Keswick, all made from recycled cardboard by the night team. Look at those hedgehogs 🦔"""),
    D("hea", "x", "", """
first day back after two weeks off and somehow my locker smells of oranges. not complaining"""),
    D("fin", "li", "", """
Ten years ago today I started as a graduate at Acme Bank. Thank you to every manager who gave me a stretch project and every colleague who covered when it went sideways."""),
    D("man", "fb", "", """
The Acme plant five-a-side team finally won a match! 4-3 against the council depot, with a last-minute header from our shift supervisor ⚽"""),
    D("npo", "fb", "", """
Thank you to the twelve volunteers who repainted the youth club on Saturday. It's never looked better, and the kids chose the colours."""),
    D("gen", "x", "", """
the geese are flying south over the office. i'd like to join them"""),
    D("tec", "rd", "", """
What's your favourite small terminal tool that nobody else seems to know about? Mine is a tiny thing that turns JSON into a tree you can fold."""),
    D("ret", "fb", "", """
Massive thanks to the Acme Market Darlington team for a brilliant stocktake weekend. Pizza is on its way to the break room 🍕"""),
    D("hea", "fb", "", """
Our ward's knitting club has made 60 blankets for the neonatal unit this year. The needles never stop 🧶"""),
    D("man", "li", "", """
Five years at the Acme plant today. Started on the packing line, now running the maintenance team. Thanks to everyone who taught me along the way."""),
    D("npo", "ig", "", """
Sunflowers from the community garden, grown by the Tuesday group from seed 🌻"""),
    D("fin", "x", "", """
office bake-off result: my lemon drizzle came fourth out of five. the fifth was raw"""),
    D("gen", "li", "", """
Grateful for a team that writes things down. Good documentation is a kindness to the next person, who is usually you."""),
    D("tec", "ig", "", """
Desk setup, version 9: a second monitor, a plant I haven't killed yet, and a mug that says "it works on my machine" 🪴"""),
    D("hea", "li", "", """
Started my nursing degree ten years ago today. Still learning something every single shift."""),
    D("ret", "x", "", """
the trolley with the wonky wheel is back. we meet again, old friend"""),
]
