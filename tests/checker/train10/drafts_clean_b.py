# ruff: noqa: E501
"""Training drafts (tenth set): `clean_tricky` near misses, grouped by the category each brushes against:
banter and jokes between friends with rude words aimed at no customer, self-deprecation, quoted insults
answered politely, firm replies and insults at things; the author's own health, pets, anonymous figures, fiction
and health talk about no identifiable person; news already announced on acmecorp.com or published, competitor
news, mentions of "confidential" that are not leaks, questions about internal tools that leak nothing and
code-name words in other senses; opinions with "views are my own" or from people not tied to Acme; money talk
without promises, risk warnings and questions; finished offers, hiring, events without an offer and personal
sales; placeholders, public keys and changed credentials with none given; public support lines, role mailboxes,
Luhn-failing references and birthdays without a date."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

CLEAN_TRICKY = [
    # --- hostile near misses
    D("gen", "x", "", """
@liam_dunne you absolute melon, you booked the table for the wrong saturday. i've never been prouder to have a mate this useless 😂 drinks on you for a month"""),
    D("gen", "fb", "", """
Happy birthday to my big brother, the ugliest man in West Yorkshire and the only person I'd call at 3am 🎂 You smell of diesel and you're a terrible singer, love you loads you daft sod."""),
    D("gen", "ig", "", """
Tried to do a cartwheel at my niece's party to prove I "still had it". I did not still have it. I am a 38-year-old idiot with a grass stain where my dignity used to be 🤸"""),
    D("tec", "x", "", """
reviewing my own pull request from 2019 and honestly who let this clown near a keyboard. oh right. me. i let me"""),
    D("ret", "li", "", """
A customer told me today I was "the rudest cashier in Britain" because I couldn't take a voucher that expired in 2022. I apologised, explained why, and showed her where the new ones are on the app. She left with a coupon and a smile. Not every day's a win, but that one was."""),
    D("hea", "x", "", """
a patient's son called me "a glorified waitress" tonight. i said i'm a nurse, i'll get him a cup of tea anyway, and then i sat with his dad for an hour while he slept. people are scared, it comes out sideways"""),
    D("fin", "fb", "", """
We're sorry, but we can't discuss anyone's account on Facebook, even if you're their husband. Please ask your wife to ring us or come into branch with her, and we'll happily help you both."""),
    D("tec", "rd", "", """
My car's parking sensor is the most dramatic object ever built by human hands. It screams like I'm about to hit a wall when I'm a metre from a leaf, and stays silent when I'm actually reversing into my dad's bins."""),
    D("gen", "fb", "", """
The Sunday league WhatsApp is pure abuse this week because I missed an open goal from two yards. Apparently I'm "a donkey in shin pads" and my first touch is "like a fridge". Fair, lads. Fair."""),
    D("man", "fb", "", """
Our shift's fantasy football league has been won by Gaz, who picked his team based on "which players have nice hair". Gaz, you are a menace and a disgrace to the sport and we're all furious."""),
    D("npo", "x", "", """
someone rang our office to call us "a bunch of do-gooding hippies". we said thanks, we do try to do good, and invited him to the litter pick. he didn't come but he did send a fiver"""),
    D("ret", "x", "", """
the seagull that stole my pasty on scarborough seafront today is a feathered criminal and i hope his pasty gives him indigestion. bold as brass, looked me in the eye"""),
    D("hea", "fb", "", """
To everyone asking in the comments: we can't tell you who was in the ambulance outside the surgery this morning. We know you're worried about your neighbours. If it's family, please ring them directly."""),
    D("gen", "x", "", """
my sister has just texted our family chat "you're all idiots" because we forgot her anniversary. we are, in fact, all idiots. flowers on the way, sis"""),
    D("tec", "li", "", """
Had a client tell me in a meeting that my dashboard was "the worst thing he'd ever seen". I asked what he needed it to show, we redrew it together on the whiteboard, and the new one goes live Monday. Brutal feedback is still feedback."""),
    D("fin", "x", "", """
no, we won't refund a payment you made to a friend because you've fallen out. we know it's annoying. here's what we can do and here's why we can't do the rest"""),
    D("gen", "rd", "", """
My husband and I have a running bet over who's the worse driver. Current scores: he's reversed into a bollard, I've reversed into HIS car. We agreed we're both menaces and we now take the bus."""),
    D("man", "x", "", """
the microwave at work has a "popcorn" button that burns the popcorn. every single time. it's a liar and a public danger and i'll be writing to my MP"""),
    D("gen", "fb", "", """
My best mate Jordan has been calling me "Captain Slowcoach" since we were 7 because I came last in the egg and spoon race. I beat him at the Leeds 10k today by four minutes. Who's the slowcoach now, pal 🏃‍♂️😂"""),
    D("ret", "fb", "", """
To the lovely gentleman who called us "pathetic" for not opening at 6am on Christmas Eve: our staff have families too. We open at 7 and we'll have your turkey ready. Merry Christmas."""),
    # --- phi near misses
    D("gen", "li", "", """
Something personal. I was diagnosed with ADHD at 41 after a lifetime of lost keys and missed deadlines. The medication's made a huge difference and I've stopped calling myself lazy. If you're wondering about yourself, it's worth asking."""),
    D("gen", "fb", "", """
Three years clean today. I never thought I'd write that anywhere, let alone here. Thank you to the people who didn't give up on me. I'm not telling you who you are, you know 💚"""),
    D("tec", "x", "", """
back at my desk after my hernia op and the team have put a cushion on my chair with my face on it. ten days of daytime tv and i now know far too much about antiques"""),
    D("hea", "li", "", """
Our winter vaccination clinics gave 6,200 flu jabs across the practice's three sites this year, up by a fifth on last year. Thank you to the nurses who gave up Saturdays to make it happen."""),
    D("gen", "ig", "", """
Our rescue greyhound Pip had three teeth out today and has been given a tiny cone and a lot of chicken 🐕 She's sulking on the sofa and won't look at me. Vet says she'll be fine by the weekend."""),
    D("npo", "fb", "", """
Free blood pressure checks at Bramley library every Wednesday in March, 10am to 2pm, run by the council's health team. No appointment, no charge, just roll your sleeve up 🩺"""),
    D("gen", "x", "", """
the soap opera where the landlady gets a brain tumour has me in pieces every night. how are they making me cry over a woman who's been rude to everyone for 20 years"""),
    D("hea", "x", "", """
a reminder from a night nurse: one in three adults has high blood pressure and most of them don't know. the check takes two minutes at most pharmacies. go get one"""),
    D("man", "li", "", """
Mental health first aider at our plant for two years now. The one thing I've learned: people don't want advice, they want a brew and someone to listen. If you're thinking of doing the course, do it."""),
    D("gen", "rd", "", """
34F, just found out I'm coeliac after years of stomach problems. Any tips for eating out without being "that person"? Everyone I know makes a face when I ask about the bread."""),
    D("hea", "fb", "", """
Did you know a third of the calls to our surgery on a Monday are for things a pharmacist can help with? Coughs, colds, earache, sore throats. Your pharmacy can see you today, no appointment needed."""),
    D("gen", "fb", "", """
My dad was a miner for thirty years and I spent my childhood listening to men cough in the club. This new exhibition at the mining museum about lung disease in the pits is brilliant and heartbreaking. Go."""),
    D("npo", "li", "", """
In our survey of 1,400 young carers, 62% said they'd missed school at least once a month because of caring. Our report's out today and it's the clearest case we've ever made for more support in schools."""),
    D("gen", "x", "", """
been off with covid for a week and i've watched every episode of a baking show ever made. can't taste anything. the irony is not lost on me"""),
    D("ret", "fb", "", """
Our first aiders at Acme Market Seacroft did their refresher today and practised CPR on "Rescue Annie" in the staff room. Annie has been resuscitated 47 times and still looks unimpressed 😂"""),
    D("gen", "fb", "", """
Sharing my own story because it might help someone. I miscarried in the spring and went back to work after a week because I didn't know I was allowed more. You are. Take the time."""),
    # --- confidential near misses
    D("ret", "fb", "", """
As announced on acmecorp.com this morning, Acme Market is opening a new store in Castleford in the autumn, with 120 jobs. So pleased for the town, our old store there closed years ago and people have missed it."""),
    D("tec", "li", "", """
As announced on acmecorp.com today, Acme Cloud is retiring the v1 API in 2027 with a two-year migration window. I wrote half the migration guide, so if any of it is unclear, blame me and tell me."""),
    D("fin", "x", "", """
acme bank's half-year results are out today and they're in the press release on acmecorp.com, profit up 6%. i'm just the guy who fixes the branch printers but i'm having a celebratory biscuit"""),
    D("gen", "x", "", """
just watched a whole documentary about confidential informants in the 80s and now i suspect everyone at the allotment of being a grass"""),
    D("tec", "rd", "", """
Does anyone else at Acme Cloud find the internal timesheet tool logs you out every 20 minutes? I lose half a week's entries every Friday. Is there a setting I'm missing or do we all just suffer?"""),
    D("hea", "fb", "", """
Reminder to patients: your records are confidential and we will never discuss them with anyone, including family, without your permission. If you'd like someone to be able to speak for you, ask reception for the form."""),
    D("man", "li", "", """
The Acme plant's new apprentice centre, which we announced in the spring and which the Yorkshire Post covered last week, opened its doors today. Twenty-four apprentices started this morning and the coffee machine is already broken."""),
    D("tec", "x", "", """
globex announced their new data centre in newport today. fair play to them, that's a lot of jobs for south wales"""),
    D("gen", "ig", "", """
First bluebird I've ever seen in real life, on our road trip through Virginia 🐦 Bright blue and about the size of my fist. My husband says I screamed. I did not scream. I squeaked."""),
    D("gen", "fb", "", """
We took the kids to see the Orion nebula through the telescope at the astronomy club's open night. It looked like a smudge to me, but my daughter says she saw "a baby star". She's calling it Gary."""),
    D("npo", "li", "", """
The Acme Foundation's annual report is published today and this year we funded 312 community projects across the north. All the figures are on the website. Thank you to every volunteer who made that possible."""),
    D("ret", "rd", "", """
Work at Acme Market. Does anyone know how to get the handheld scanners to stop rebooting when you scan a multipack? IT says they're "aware". Asking for my sanity, not for anything secret."""),
    D("fin", "li", "", """
Initech published their annual results this week and announced they're leaving the mortgage market. Interesting move, and a reminder how much the market's changed in three years."""),
    D("gen", "x", "", """
the new series of that spy drama where the whole plot is a leaked confidential memo is unreal. episode four, the lift scene, i screamed"""),
    D("tec", "li", "", """
Spoke at a meetup about how we run game days for on-call at Acme Cloud, and the slides are public on the conference site. Nothing secret in them, just a lot of diagrams of things breaking on purpose."""),
    D("hea", "x", "", """
as the local paper reported today, acme medical center's new cancer wing has its planning permission. good news for the town, it's a long trip to leeds for treatment"""),
    D("man", "fb", "", """
Nightjar spotted on the moor above the plant on my walk home last night! Heard it churring first and then saw it hawking moths over the heather. Lifer for me 🦉"""),
    D("fin", "rd", "", """
Quick one for anyone at Acme Bank: is the expenses portal still asking for receipts under £10, or did that change? The wiki page is two years old and I don't want my claim bounced."""),
    D("ret", "x", "", """
as the acme market press release said yesterday, our stores are taking back soft plastics from next month. bring your crisp packets back, people"""),
    D("tec", "x", "", """
watching the falcon 9 landing on the livestream with my kid and he asked if the rocket was "tired". buddy same"""),
    D("npo", "fb", "", """
Our trustees' meeting tonight discussed the confidential parts of the budget, which we'll publish in the annual accounts in summer as always. The public bit: we're open as normal and the food bank's stocked."""),
    D("gen", "rd", "", """
Reading "The Bluebird Year", the new novel about the fishing village, and I can't put it down. Anyone else read it? No spoilers for the end of chapter twelve please."""),
    D("tec", "fb", "", """
Anyone know a way to make the office desk booking app stop giving me the desk by the toilets? I work at Acme Sense and I've booked 14B four Mondays in a row and got 22A every time."""),
    # --- disclaimer near misses
    D("tec", "li", "", """
Engineer at Acme Cloud. Views are my own, not my employer's: the industry's rush to put AI into every product before it's useful is making software worse, and users can tell."""),
    D("ret", "x", "", """
i work at acme market (personal views, not my employer's) and the government's plan to ban under 16s buying energy drinks is long overdue"""),
    D("gen", "x", "", """
retired teacher here and i'll say it: the new phonics test is a waste of six year olds' time"""),
    D("fin", "li", "", """
Lessons from ten years in Acme Bank's complaints team: answer within a day, say sorry when we got it wrong, and never hide behind "policy". Simple, not easy."""),
    D("hea", "fb", "", """
Nurse at Acme General. Speaking for myself, not the trust: the new visiting hours rules are a mistake and the research on open visiting says so."""),
    D("gen", "rd", "", """
Small business owner, no connection to any bank: the big banks' fees for business accounts are a scandal and nobody's talking about it."""),
    D("man", "li", "", """
Quality manager at the Acme plant. My tip for new engineers: always go and look at the part yourself before you believe the report. Saved me more times than I can count."""),
    D("tec", "x", "", """
acme sense customer for 4 years and the whole smart home industry needs to stop making me download a new app for every bulb"""),
    D("npo", "li", "", """
Fundraiser at the Acme Foundation (my opinions, not the Foundation's). The charity lottery rules are far too restrictive and stop small causes raising what they could."""),
    D("gen", "fb", "", """
My brother works at Acme Pay and he's useless at Monopoly. That's it, that's the post. He always buys Old Kent Road and then cries."""),
    D("fin", "x", "", """
acme wealth analyst, not on behalf of my employer: the cap on pension tax relief for higher earners should go. it's the fairest change available"""),
    D("hea", "li", "", """
As a pharmacist at Acme Health, my best advice for winter: keep a thermometer and some paracetamol at home, and know your local pharmacy's opening hours before you need them."""),
    D("ret", "fb", "", """
I used to work for Acme Market years ago, now I'm a driving instructor. The new rules making learners wait six months between tests are daft, and every instructor I know agrees."""),
    D("man", "x", "", """
working at the acme plant 25 years and i still can't decide if the canteen's chips are better on a tuesday or a thursday. views are my own"""),
    # --- financial_promise near misses
    D("fin", "li", "", """
A client asked me this week if I could promise her pension would double by the time she retires. I said no, and that anyone who promises that isn't someone to trust with it. We talked about what she actually needs instead."""),
    D("gen", "fb", "", """
PSA from someone who lost £3,000: the "guaranteed 20% a month" trading group on Telegram is a scam. They showed me fake screenshots and then vanished. Please don't fall for it like I did."""),
    D("gen", "x", "", """
will house prices fall next year or is that just what i want to hear as a first time buyer. genuine question, no idea who to believe"""),
    D("fin", "fb", "", """
ISA allowance resets on 6 April. If you're thinking about a stocks and shares ISA, remember investments can go down as well as up, and you may get back less than you put in. Speak to someone before you decide."""),
    D("gen", "rd", "", """
My grandad keeps saying "gold never goes down" and I've shown him the charts from 2013. He's now sulking. How do you argue with a man who's been buying sovereigns since 1971?"""),
    D("npo", "fb", "", """
Our Christmas jumper day raised £2,400, double last year's total! 🎄 Thank you to every office, school and dog who took part."""),
    D("ret", "ig", "", """
The garage said my new clutch is "guaranteed for life". Whose life, I asked. The mechanic did not laugh. Four hundred quid and no sense of humour 🚗"""),
    D("gen", "x", "", """
my fantasy football team can't lose this week, it's literally impossible. (it will lose. it always loses. i'm a fool)"""),
    D("fin", "x", "", """
we get asked a lot if premium bonds are "guaranteed to win". they're not. your money's safe but you might not win anything for years. just so you know"""),
    D("gen", "fb", "", """
Spent the whole of Saturday working out our budget on a spreadsheet and we've got £47 a month spare. My wife says we should save it, I say takeaway. We're saving it. Apparently."""),
    D("man", "li", "", """
Proud that our plant's output doubled in three years without a single extra shift. That's what better tooling and listening to the people on the line gets you."""),
    D("gen", "rd", "", """
Is it worth overpaying the mortgage or putting spare money in a pension? Not asking anyone to predict the market, just how you all think about it."""),
    D("fin", "fb", "", """
Past performance isn't a guide to the future, but it was lovely to see our Sunday league fund's savings pot grow by £60 of interest this year. New nets all round ⚽"""),
    # --- promotion near misses
    D("ret", "fb", "", """
Our summer sale finished on Sunday, thank you to everyone who came in! Shelves are looking bare but the autumn stock lands next week."""),
    D("gen", "fb", "", """
Selling our old pram, used for both kids, grey, all the bits, £60. Collection from Rothwell. Not a business, just a dad clearing the garage."""),
    D("tec", "li", "", """
We're hiring at Acme Sense! Two firmware engineers and a product designer for our Reading office. Links in the comments. No recruiters please."""),
    D("npo", "x", "", """
come and find us at the leeds volunteers' fair this saturday at the corn exchange. no freebies, just good chat and a lot of leaflets about befriending"""),
    D("hea", "fb", "", """
Free NHS health checks are available for adults aged 40 to 74 every five years. Your GP will invite you, or you can ask at reception."""),
    D("gen", "rd", "", """
Does anyone know if the Acme Pay app ever does cashback offers? Not looking for a code, just wondering if it's worth switching my card over."""),
    D("man", "fb", "", """
Open day at the Acme plant apprentice centre on the 12th 🔧 come and see the workshops, meet the tutors, and talk to this year's apprentices. Kettle on from 10."""),
    D("gen", "ig", "", """
My sister's wedding favour was a tiny jar of homemade jam with everyone's name on it 🍓 I'm not saying she's better than you, but she's better than you."""),
    D("ret", "x", "", """
the woman at the market who sells the plants has put a sign up saying "no discounts, I have to eat too". respect. bought three"""),
    # --- secret near misses
    D("tec", "rd", "", """
PSA for our open source project: the config example uses GITHUB_TOKEN=<paste-your-token-here> for a reason. Three people this month have opened PRs with the placeholder replaced by a real one. We've rotated them all."""),
    D("tec", "x", "", """
public ssh key for the new build box, so people can verify me before adding me to the repos: """ + keys.SSH_PUBLIC),
    D("gen", "fb", "", """
We've changed the alarm code at the village hall after the last booking. Key holders, I'll text you the new one personally. Not posting it here, obviously 🔒"""),
    D("fin", "x", "", """
a customer started reading her whole online banking password out loud in the queue today. we stopped her at the third letter, she's changing it tonight, and no, none of us remember it"""),
    D("hea", "fb", "", """
Staff reminder: the keypad code on the ward door changes every month. Ask the nurse in charge for the new one at handover, it won't be on the board any more."""),
    D("tec", "rd", "", """
If you find an AWS key in the logs that looks like AKIA************ALLO, it's masked. Please still report it, and never paste the unmasked one into Slack."""),
    D("gen", "x", "", """
my dad's wifi password is the name of every dog we've ever had in order of age and he won't tell any of us which order. bold strategy for a man who forgets his own birthday"""),
    D("npo", "rd", "", """
How do you all handle door codes at a community centre with 40 key holders? We change ours every term, but it still ends up written on the back of a fire exit sign."""),
    D("ret", "fb", "", """
Customers: our till staff will never ask for your card PIN out loud. If the terminal asks for it, type it yourself and cover the keypad. Stay safe this Christmas."""),
    # --- pii near misses
    D("fin", "fb", "", """
Worried about a payment you don't recognise? Acme Bank's fraud line is open 24/7 on 1-866-555-0148. Don't ring numbers in texts or emails, use the one on the back of your card."""),
    D("ret", "x", "", """
acme market customer services are on 1-877-555-0172, 8am to 8pm, if your online order's gone walkabout. real humans answer"""),
    D("npo", "fb", "", """
If you'd like to volunteer at our Seacroft food bank, email volunteers@acme.example and our coordinator will send you the induction dates."""),
    D("hea", "li", "", """
Acme Health's dementia support line is 1-888-555-0119, open every day from 9 to 9. Carers can ring too, you don't have to be the patient."""),
    D("gen", "x", "", """
my refund reference is 4716 2039 8551 2247 and the airline says it "doesn't exist". it's on their own email. this is week six"""),
    D("gen", "fb", "", """
Happy birthday to the best nan in Wakefield 🎂 She's out at the bingo tonight and will be home when she's won something."""),
    D("tec", "li", "", """
Returning an Acme Sense camera? Please post it to our returns centre at Unit 4, Thames Valley Park, Reading, not the Leeds office. Leeds is just us and a coffee machine."""),
    D("man", "fb", "", """
Delivery drivers: goods-in at the Acme plant is the second entrance on Aire Street, not the main gate. The main gate is for visitors only."""),
    D("ret", "rd", "", """
The batch number on these paint tins is 912-40-5521 and the supplier wants it for my complaint. All six say "magnolia" on the lid. All six are pink."""),
    D("ret", "ig", "", """
Order number 9120 4488 1267 3305 arrived with a cracked mug 😩 the company's replacing it already. Just sad because it said "World's Best Auntie"."""),
]
