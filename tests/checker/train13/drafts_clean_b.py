# ruff: noqa: E501
"""Training drafts (thirteenth set): `clean_tricky` near misses. First, long posts that brush past every category
without crossing the line (a work anniversary with the author's own operation, announced news, a disclaimed
opinion, a guarantee that is not about returns, banter and an organisation line); then short and long near
misses grouped by the category each brushes against: banter, self-deprecation, quoted insults answered politely,
firm replies and insults at things and animals; the author's own health, pets, anonymous figures, fiction and
health talk about no identifiable person; news said to be announced, published or reported, competitors' own
news, harmless uses of "confidential", questions about internal tools and code-name words in other senses;
opinions with an accepted disclaimer, from people not tied to Acme, or lessons from one's own work; money talk
without promises, risk warnings, scam warnings, macro views and questions; finished offers, hiring, events
without an offer, personal sales and free public services; placeholders, masked and public keys, changed
credentials with none given and security advice; organisation phone lines, role mailboxes and addresses,
Luhn-failing references, a 9xx batch number and birthdays without a date."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

CLEAN_TRICKY = [
    # --- long posts that brush past every category
    D(
        "tec",
        "li",
        "",
        """
Ten years at Acme Cloud today, and I've been thinking about what's changed.

The tech, obviously. When I joined we deployed on Thursdays with a checklist on paper. Now the pipeline does it forty times a day and the checklist lives in a museum (my drawer).

Me, too. Two years ago I had my own heart valve replaced, and the eight weeks at home taught me more about delegation than any course. The team ran without me and that was the best thing that could have happened.

Some public news I'm proud of: the Manchester region we announced at the keynote in May is now live, and you can read about it on acmecorp.com.

An opinion, my own view, not Acme's: our industry talks too much about tools and not enough about sleep.

To Jonno, my first manager, who I still owe a pint and an apology for the 2016 DNS incident: you absolute legend.

If you're a customer with a problem, please don't DM me. Support is on 0800 496 0512 and they're better at it than I am. Here's to the next ten, and the rota is guaranteed to be worse.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Fifteen years at Acme Market this week 🛒 I started on the fish counter in Selby and now I manage the Goole store, and I still can't gut a mackerel as fast as Brenda.

A few things from the years: I've done every Christmas Eve shift bar one (my wedding). I've been called "a walking fish finger" by a man buying 40 cans of lager at 7am, and I wished him a nice day and meant it. I've had my own gallbladder out, come back after four weeks and found the team had reorganised my office "as a treat".

The new bakery we announced in January opens next month, as the Goole Times reported last week, and it's been worth the wait.

No special offers from me, just a thank-you. The best investment I ever made was a good pair of shoes for the shop floor. Guaranteed to outlast me.""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Retiring after 34 years as a district nurse with Acme Health, and my family tell me I'm allowed one long post.

I've visited something like 40,000 homes. I've been bitten by two dogs, one parrot and a toddler. I've been offered tea in every kind of mug you can imagine and accepted all of it.

The patients I remember I'll keep to myself, because that's the job.

What I'll say, speaking for myself and not the trust: community nursing deserves more credit than it gets, and I hope the next generation are treated better than we were on pay.

My own knees are shot, so I've booked a double knee replacement for the spring and I'll be a terrible patient.

To my team: you're the rudest, funniest, kindest people I've ever worked with. Don't let the new manager change the biscuit tin. If you need me, you know where the garden centre is.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Five lessons from my first year as a branch manager at Acme Bank:

1. The queue is information. If it's long at 10am on a Monday, something broke in the app over the weekend.
2. Customers who shout are usually frightened. I've had "you're useless, the lot of you" three times this year and every time it ended with a cup of tea and a sorted problem.
3. Never promise what the bank can't. I had a customer ask me if her savings "definitely" would grow, and the honest answer was that nobody knows, and she thanked me for it.
4. Fraud doesn't look like fraud. Ring the number on the back of your card, never the one in the text.
5. Our half-year results came out in the press release on Tuesday and the branch network is mentioned twice. My mum framed it.

These are my personal views, not Acme Bank's. Thank you to the Ossett team for carrying me.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Works family day at the Acme plant was a triumph 🎉 800 visitors, two bouncy castles, and a tour of the new press hall that opened in March (it was in the Express and Star, so I'm allowed to show it off).

Highlights: my nephew sitting in the forklift and refusing to get out. The maintenance lads' cake stall selling out by 1pm. The safety team's "spot the hazard" quiz, which the finance department lost, badly.

Someone asked if they could have the wifi password for the visitor centre. No, you can't, it's for the kiosks, but the café has its own and it's on the chalkboard.

Also, yes, I pulled a hamstring in the dads' race and yes, I'm on painkillers. No, I don't want to talk about it.

The cake stall money all went to the children's hospice, and nobody needed a code, a voucher or a discount to have a brilliant day. Same again next year.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
Six months in as volunteer coordinator at the Acme Foundation, and here's what I've learned.

Volunteers don't stay for the cause alone. They stay for each other, and for the biscuits.

Say thank you by name. Ask about their dogs.

A volunteer told me last week I was "a clipboard with legs". It was a fair cop and I laughed.

Our impact report was published on our website on Monday and I'm very proud of the numbers: 1,120 volunteers, 64,000 hours.

My own view, not the Foundation's: every employer should give staff two volunteering days a year.

If you'd like to get involved, email volunteers@acme.example and we'll find you something. No money needed, and no catch.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Long post, sorry, I just need to get this year out of my head.

January: made redundant (small design agency, not Acme or anyone you'd know). February: started freelancing. March: had my appendix out, which was the first time I'd been in hospital since I was born. April to June: three clients, one of whom paid on time.

The low point was a client who called my logo "something a child would draw with its feet". I thanked him, sent the invoice, and took a long walk.

The high point: my partner and I opened a savings account for a house deposit. No clever schemes, no "guaranteed" anything, just a boring ISA and a spreadsheet.

I'm not posting my email or number here because I don't want business from Reddit, I just want to say: if this year was hard for you too, it does get better.""",
    ),
    D(
        "ret",
        "ig",
        "",
        """
Closing down the pop-up after six weeks 🛍️ and honestly, what a ride. Thank you to everyone who came in, bought a print, or just chatted about the weather.

Some stats: 412 prints sold, one pigeon in the shop, zero broken frames.

The sale finished on Sunday, so the prices on the website are back to normal, no codes, no deals. The shop's phone number (0113 496 0550) stays live for orders.

My back is wrecked from carrying boxes, my own fault for not using a trolley.

And to my sister, who ran the till for free and called half our customers "darling": you absolute gem, I owe you a holiday.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Welcome to everyone who's moved onto the Meadowfield estate this spring 🏡 A few things we wish someone had told us when we arrived.

The GP surgery is the one on Church Lane, and the appointment line is 0113 496 0550 from 8am. The chemist next door does free blood pressure checks on Wednesday mornings, no appointment.

The new 42 bus route starts in June, as the Evening Post reported, so you'll be able to get to town without changing at the depot.

The community hall is great for parties. Please don't ask for the door code on here, the caretaker will sort you out in person, and he'll also tell you about the one light switch that sets off the fire alarm.

Every new person asks if house prices here will go up. Honestly, nobody knows, and anyone who tells you they definitely will is guessing.

We don't allow adverts or sales posts in this group, but recommendations are welcome. The chippy on the parade is the best for miles, and the bloke who runs it is the grumpiest man in Yorkshire (he'll tell you that himself, he's proud of it).

I had my hip done last year and the neighbours fed me for a month, so I know how good this place can be. Say hello if you see a woman with a walking stick and a very fat cat.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
What I got wrong in my first year as an engineering manager at Acme Pay.

I thought my job was to have the answers. It isn't. It's to make sure the right person has the question.

I kept my diary full to look busy. My team stopped asking for time because there wasn't any. Now I keep two afternoons a week empty and guard them like a dragon.

I hid my own anxiety. When I finally mentioned on a team call that I'd been seeing a counsellor, three people messaged me that afternoon to say they had too. We're a better team for it.

I wrote docs nobody read. The one that worked was a single page with a placeholder config (API_KEY=your-key-here) and a picture of a duck.

We shipped split payments in March, as announced on the Acme Pay blog, and I was so proud I cried in the car park. Nobody saw. Well, Dev saw, and he's been calling me "Niagara" ever since, which is fair.

A view of my own, not my employer's: our industry promotes people into management as a reward for being good engineers and then gives them no training. It should stop.

If you're a new manager, message me. I won't have the answers, but I'll listen.""",
    ),
    D(
        "hea",
        "rd",
        "",
        """
Night shift rant, long, sorry. I'm a nurse on a medical ward in a hospital up north and last night was one of those nights.

We had 28 beds, three nurses and one healthcare assistant. I did 22,000 steps according to my watch. I ate a yoghurt at 4am with a plastic knife because that's what was in the drawer.

A visitor at 9pm told me I was "a disgrace to the uniform" because the tea trolley had gone. I said I understood he was worried, made him a cup myself and found him a chair. He apologised at midnight. People aren't themselves in hospitals.

The good bits: a student nurse who was brilliant all night, a porter who brought us a box of biscuits, and the sunrise over the car park at 6.

I'm not going to talk about any patients, because that's not mine to share. I just wanted to say: if you know a nurse, send them a message today. We're tired.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
What I tell every new client about risk, after eleven years as an adviser at Acme Wealth.

Investments go down as well as up. Past performance is not a guide to the future. I say those sentences every single day because they're true, not because the compliance team makes me (they do, but that's not the point).

Nobody can promise you a return. If someone does, walk away. A man at a wedding once told me his friend's fund "can't lose". I asked him where the friend was now. He didn't know.

A client once told me my job was "glorified guessing". He's not entirely wrong, and I told him so, and he's been a client for nine years.

Our annual results were published last week, and if you want to see how the business did, they're on acmecorp.com. I'm not going to comment on them here.

I was diagnosed with type 2 diabetes in the spring and it's changed how I think about long-term planning. Small changes, kept up for years, beat big changes you drop in February. Same with money.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Last day at Acme Market Harrogate after 19 years 🛒 and I'm not going to cry. I'm definitely going to cry.

As announced in the press release back in March, the store closes for good on Saturday, and the whole team has been found jobs at the other stores, which I'm so grateful for.

People keep asking about closing-down bargains. There won't be any, sorry, the stock is going to Knaresborough. Please don't ask the lads on the tills, they've had enough.

Memories: the flood of 2007, the Christmas Eve when the tills crashed and we wrote receipts by hand, the customer who called me "a glorified shelf with a name badge" and then came back every week for ten years and brought me a card when I got married.

I had my own breast cancer treatment while I worked here, and this team carried me. I'll never forget it.

Thank you, Harrogate. It's been a privilege to sell you bread.""",
    ),
    D(
        "man",
        "li",
        "",
        """
Thirty years at the Acme plant this month.

I started on the press line in 1995, a 17-year-old with long hair and no idea. I learned to set tools from a man called Reg who swore in a way I've never heard since and never will again. Reg, if you're reading this from the golf course, you were a terrible teacher and the best one I ever had.

Five years ago I had a heart attack at 47, in the car park, on a Monday. The first aiders on our site saved my life. I'm a big believer in first aid training now and I'll bore anyone about it.

The new battery casing line was announced last year and the Birmingham Post covered it, so I'm allowed to say I'm proud of it. My team commissioned it in eleven weeks.

Speaking for myself, not for the plant: manufacturing in this country deserves better than it gets from every government I've lived under.

Never share your login. Wear your glasses. Look after each other.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
PSA because my dad nearly lost his savings this month.

He got a call from a "fund manager" who'd found his number on a comparison site. The man was polite, knew about pensions, and sent a glossy brochure by email. It promised "12% a year, guaranteed, capital fully protected". He'd even set up a fake website with reviews.

What saved him was that he rang me before transferring anything, and I rang his bank using the number on the back of his card. The bank's fraud team told us it was a known scam and they'd had four calls about it that week.

Red flags, in case it helps anyone:

Anyone who guarantees returns is lying. Real investments can go down.
They pressure you to act quickly.
They want you to move money to a "safe account".
They get cross if you want to talk to family first.

Please share this with your parents. It's the calm, polite ones you need to worry about.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Our AGM report, for anyone who missed Tuesday night 🐾

The animal rescue took in 312 dogs and 188 cats this year, and rehomed all but 14. The accounts were approved and are on our website for anyone who wants to read them. We're grateful for the grant from the Acme Foundation, announced in June, which paid for the new kennel block.

Our chair, that's me, is stepping down after six years. I've had two cataract operations and a new grandchild this year and I'd like to see the grandchild more clearly, which the operations have helped with.

The new chair is Jan, who was voted in unanimously and immediately asked who'd broken the kettle.

Thank you to every volunteer. You've walked dogs in sideways rain, cleaned out cat litter at Christmas and been bitten more than once. You're the best people I know.""",
    ),
    D(
        "man",
        "fb",
        "",
        """
Retirement do for our shift manager Frank on Friday 🍻 and what a send-off. Forty-two years at the Acme plant, starting on the foundry floor when it was still a foundry, finishing as the man everybody rang when the line went down at 3am.

Speeches: the plant director's was lovely. Frank's was eleven minutes long and nine of those were about the 1982 works football team. We lost count of the number of times he said "proper engineering".

Frank's asked me to pass on a few things. First, he's had both his knees done this year and says if anyone asks him about them at the pub he'll show them the scars. Second, he's not selling his tools, so stop asking. Third, he's not giving anyone his password for the maintenance system, because IT have already locked it, so stop asking that too.

Somebody asked him for stock tips (he bought shares in the 80s and never sold). His answer was "nobody knows anything, lad, and the people who say they do are selling something". Best financial advice I've ever heard.

His wife Maureen says if we ring him before ten in the morning she'll come round in person. We've been warned.

Enjoy the caravan, Frank. The line won't be the same.""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Credit union volunteers, a quick round-up from the quarterly meeting 💷

Membership is up to 2,410, and the published accounts are on the noticeboard and the website for anyone who wants them. Loan arrears are down for the third quarter running, which is down to the collections volunteers being kind and persistent.

A few reminders. Nobody from the credit union will ever ring a member and ask for their online banking password or ask them to move money, and if a member says someone has, pass them straight to Sue.

The Christmas savings accounts open on 1 September. They pay a small dividend that the board sets each year, and we can't say in advance what it'll be, so please don't promise members a number, even if they ask nicely.

The office phone, 0300 496 0215, now goes to voicemail after 4pm.

One of our members came in last week to say that we'd "saved his bacon" when his car died. He brought a tray of sausage rolls. Moments like that are why we do it.

Next meeting is in November at the church hall. Tea's on me.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
Ten years running volunteer programmes in the charity sector, the last four at the Acme Foundation, and a few things I'd say to anyone starting out.

Say thank you in writing. Nobody frames an email, but people keep cards for years.

Ask volunteers what they want to learn, not just what you need done.

Don't run a raffle without reading the gambling rules first. I learned that one the hard way in 2016, and no, I won't be telling the story.

Protect people's privacy. I've had volunteers tell me about their illnesses, their divorces and their debts, and none of it belongs in a newsletter.

Our new volunteering app was announced at the spring conference and goes live for all volunteers this month. I'm quietly proud of it, mostly because it doesn't need a password reset every week.

My view, not the Foundation's: every big employer should match their staff's volunteering hours with paid time.

If you're thinking about volunteering, just turn up. You'll be welcomed.""",
    ),
    # --- hostile near misses
    D(
        "gen",
        "x",
        "",
        """
@liam_gorman happy birthday you absolute lighthouse, six foot four and still can't see a ball coming 😂 pints on me saturday""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
@chloe.kendrick you look like a startled owl in this photo and I love you for it 🦉💕""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my bread maker has made four bricks in a row. it's a lying, useless box of beeps and it's going to the tip""",
    ),
    D(
        "ret",
        "x",
        "",
        """
@grumpygav sorry you felt our driver was "a useless lump". he left the parcel with your neighbour at no. 12 at 14:02, photo's in your app. anything else, just reply here""",
    ),
    D(
        "gen",
        "x",
        "",
        """
@helen_r_87 we can't refund tickets once the show's started, but we can move yours to the saturday matinee if that helps?""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Retail story. A man shouted that I was "a trolley-pushing nobody" because the car park machine ate his pound. I said "have a lovely day, sir" and went to empty the machine for him. Got the pound back. He apologised. Small wins.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our dog is a criminal mastermind 🐶 ate a whole birthday cake off the counter while we sang to Nan in the other room. Absolute menace. No remorse.""",
    ),
    D(
        "gen",
        "li",
        "",
        """
Last week I took a call from a customer who called me "the most pointless person in customer service". I asked what had gone wrong, listened for twenty minutes, and fixed it.

Three lessons I'd pass on to anyone starting in a contact centre:

Let people finish. The second half of the rant is where the real problem is.

Don't take the words personally. They're angry at the situation.

Write it down so the next person doesn't have to hear it twice.

He rang back the next day to say thank you. It happens more than you'd think.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
our sunday league defence today was a disgrace. four goals conceded, all from corners. i was the worst of the lot. i'm retiring. (i'm not retiring)""",
    ),
    D(
        "tec",
        "x",
        "",
        """
three hours on hold with my broadband provider and the hold music is a single panpipe note. this company is a shambles""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Just finished the new crime thriller everyone's talking about. The villain is a spineless, smirking weasel and I wanted to climb into the book and slap him. Ten out of ten, would be furious again.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
@big_sam_runs you absolute snail 🐌 congrats on finishing, even if I had time for a coffee and a nap before you crossed the line""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Me, every morning: open my own code from last month, whisper "who wrote this garbage", check git blame, find my own name. Every single time.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
To the customer who left a note saying our chips were "soggy as a wet weekend": you were right, the fryer thermostat was broken and it's been fixed. Thanks for telling us, genuinely.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
to the visitor who brought the whole ward a box of doughnuts on her way out: you're a menace to our diets and we love you""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Reviewed our pub's Google page: "the landlord is a grumpy old goat". Fair. He is. He's also pulled a perfect pint for 31 years. We've framed the review behind the bar.""",
    ),
    # --- phi near misses
    D(
        "gen",
        "li",
        "",
        """
I was diagnosed with multiple sclerosis at 34, two weeks before my son was born. For a year I told nobody at work.

Today I'm telling everyone, because I've learned that hiding it took more energy than the illness. I use a stick on bad days. I work from home when the fatigue hits. I'm still good at my job.

If you manage someone with a long-term condition, ask them what helps, then believe the answer.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
wisdom teeth out this morning. i look like a hamster that's been in a fight. soup for a week""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Biscuit the rabbit had two teeth out at the vet today 🐰 he's sulking in his hutch and refusing to look at me. Fair enough.""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Our children's asthma clinic saw 312 kids for reviews this winter, up from 190 last year, and admissions for asthma attacks in the same area fell by a third. Small things work: checking inhaler technique, spacers, and a written plan on the fridge.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Book club pick this month is a novel about a man with schizophrenia trying to hold on to his job at a seaside arcade. It's beautiful and it's hard going. Anyone else read it? I want to talk about the ending.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
A lady at the till today told me her husband has dementia and she'd come out for the first time in weeks. We chatted about her garden for ten minutes. If you're a carer and you need a chat, our café's always open.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Sepsis can look like flu. If someone is confused, has blotchy skin, is breathless, or hasn't passed urine all day, call 999 and say "could this be sepsis?". Please share, it takes two seconds.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
someone on my bus had a seizure this morning. the driver was brilliant, pulled over, put them in the recovery position, and everyone else just gave them space. good people""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Last year I burned out. Properly, the kind where you can't open your laptop without your chest going tight.

I'm sharing because I'm back, and because the things that helped were boring: walking before work, saying no to a fourth project, and a manager who told me to take the time and meant it.

If you're running on empty, tell someone today.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
50th blood donation today 🩸 got a gold badge and a packet of custard creams. Only took me 22 years.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
We're expecting! 🐣 Baby number two arrives in October. I've had morning sickness morning, noon and night, so if I've been quiet that's why. Big brother Alfie wants to call it "Digger".""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My greyhound has been diagnosed with bone cancer in his front leg. The vet says amputation gives him a year, maybe more. Anyone here had a tripod greyhound? How did they cope?""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
First aid course for all our volunteers next Tuesday 🩹 Learn CPR, how to use the defibrillator in the foyer, and what to do if someone's choking. Two hours, tea provided.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
published figures out today: our trust did 9,400 hip and knee replacements last year, and 96% of patients were home within four days. the physios deserve a medal""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Six months since I walked out of the eating disorder unit. Thank you to everyone who sat with me through the worst of it. If you're where I was, message me, I'll listen.""",
    ),
    D(
        "man",
        "li",
        "",
        """
Our plant went 1,000 days without a lost-time injury this week. No names, no stories, just a thousand days of people going home with the same number of fingers they came in with. Thanks to everyone who wears the boring kit every day.""",
    ),
    # --- confidential near misses
    D(
        "tec",
        "li",
        "",
        """
As announced on acmecorp.com this morning, Acme Sense's outdoor camera is now on sale. I worked on the night-vision firmware for eighteen months, so seeing it in a real box on a real shelf is surreal.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
acme bank's trading update came out this morning. branch numbers are in it, so no, i won't be telling anyone anything they can't read on the website""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Initech announced today that they're closing their Sheffield office and moving the team to Leeds, according to their own press release. Anyone from there know if they're keeping the devs?""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
How do I change my pension contribution in our HR portal? Every time I click "benefits" it takes me to the page about cycle-to-work. Work at a big retailer, if that helps.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the bluebirds won 2-0 at the city stadium today. two headers, a red card and a pitch invader in a dinosaur costume. great day to be from cardiff""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Built the Lego Millennium Falcon with my daughter this weekend 🚀 7,500 pieces, two arguments and one lost minifigure. Worth it.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Nightjar survey on the heath this Thursday at dusk with the wildlife trust 🌙 Bring a torch, wear long sleeves for the midges. Last year we heard eleven males churring.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
watching the orion capsule splash down with my kids. my youngest asked if the astronauts were allowed snacks. good question honestly""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Secret Santa for the store team 🎅 Names are in sealed envelopes marked CONFIDENTIAL (Dave's idea). £10 limit. Hand them over at the party on the 19th.""",
    ),
    D(
        "ret",
        "li",
        "",
        """
Our 40th store opened in Beverley on Saturday, as the Hull Daily Mail reported, and I've never been so tired or so happy. Thank you to the 60 new colleagues who started last month.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
We're hiring two backend engineers for the Acme Cloud networking team in Manchester. Hybrid, flexible hours, and a team that writes its postmortems in plain English. Apply on acmecorp.com/careers.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Acme Health staff: the confidential counselling line is free, 24 hours, and your manager never finds out you called. The number is on the back of your ID badge. Please use it.""",
    ),
    D(
        "man",
        "li",
        "",
        """
Our plant's new solar canopy over the staff car park went live last month, as the council's press release said. 1.2 MW, enough to run the canteen and the offices. My bit was the cable trays, so I'm claiming 1%.""",
    ),
    D(
        "fin",
        "rd",
        "",
        """
Globex announced its new savings app yesterday. Has anyone signed up, and is the app any good? I'm a customer of a different bank and nosy.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Peregrine falcon chicks on the cathedral webcam have hatched 🦅 three fluffy white balls and a very stressed mum. The link's on the diocese page.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
the postmortem for last tuesday's outage is published on the acme cloud status page. if you were affected, it's a good, honest read""",
    ),
    D(
        "npo",
        "li",
        "",
        """
Our annual report is out 📊 The Acme Foundation funded 212 projects last year and it's all on our website, including the numbers we're not proud of. Read it and tell us what we should do better.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
The rumour in our town is that the big supermarket on the ring road is closing. The store manager told the local paper it isn't, and the paper printed that. Anyone heard anything different?""",
    ),
    # --- disclaimer near misses
    D(
        "tec",
        "li",
        "",
        """
Personal view, not my employer's: we talk about "AI replacing developers" far too much and about AI replacing boring meetings far too little. I work on the Acme Cloud console team and I'd happily let a robot take my Tuesday stand-up.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
nurse at acme general. speaking for myself, not the hospital: cutting the nursing degree apprenticeships was a mistake the whole country will pay for""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Retired after 30 years in retail and I'll say it: supermarket meal deals have got smaller and dearer every year, and the big chains think nobody notices.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
acme cloud engineer here. ranking the m62 services: 1. birch 2. hartshead moor 3. the one with the broken escalator. fight me""",
    ),
    D(
        "man",
        "li",
        "",
        """
Lessons from 20 years in maintenance at the Acme plant: log every repair, even the small ones. Label the spare parts shelf. Train the night shift as well as the day shift. None of this is clever, all of it matters.""",
    ),
    D(
        "fin",
        "li",
        "",
        """
I work in Acme Bank's fraud team, opinions my own: the rules making banks refund scam victims are the best consumer protection of the decade, even if they make my job harder.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
as an electrician of 25 years, home ev charger makers should be ashamed of how flimsy the units have got. 3 years and they rattle""",
    ),
    D(
        "ret",
        "rd",
        "",
        """
Former HR officer at the Acme plant here (left last year, now teaching). The AI CV filters the recruitment industry sells are binning good candidates by the thousand. Glad I'm out.""",
    ),
    D(
        "npo",
        "li",
        "",
        """
I volunteer at a food bank in Halifax, nothing to do with any employer. The two-child benefit limit is the single biggest reason families come to us, and it should be scrapped.""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Physio at Acme Health, and these are my personal views, not the organisation's: the private scan clinics selling back MRIs to people with ordinary back pain are doing more harm than good.""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
I bank with Acme Bank and honestly, the whole banking industry's app redesigns every six months are a nightmare for older customers. My mum can't find anything.""",
    ),
    D(
        "man",
        "x",
        "",
        """
acme plant welder. best chippy in sheffield is the one on abbeydale road and i will not be taking questions""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Speaking only for myself, not Acme Wealth: the government's auto-enrolment changes are long overdue, and young workers should be put into pensions from 18, not 22.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Things I've learned running on-call at Acme Pay: page on symptoms, not causes. Make the runbook the first link in the alert. Pay people for the nights. These are practices for our own team, not a take on anyone else's.""",
    ),
    # --- financial_promise near misses
    D(
        "gen",
        "rd",
        "",
        """
Someone on Instagram promised me 20% a month "guaranteed" if I sent £500 to his crypto wallet. Obviously a scam. Reported him. Please tell your parents about these, they're getting slicker.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
this sourdough starter is guaranteed to double in size overnight if you feed it. mine has doubled, tripled and now lives in a bigger jar than my cat""",
    ),
    D(
        "fin",
        "li",
        "",
        """
A client asked me last week if her pension "can't lose money". I told her the truth: it can go down as well as up, and anyone who promises otherwise is selling something. We talked about her timeline and her appetite for risk instead.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Is it worth overpaying the mortgage or should I put the spare £200 a month into a stocks and shares ISA? I'm 31, fixed at 4.2% for two more years. I know nobody can tell me what the market will do.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Fantasy football update ⚽ our team is top of the office league and with Haaland as captain we literally can't lose this week. Famous last words.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
i think interest rates will come down a bit next year but honestly nobody knows, including the people on telly who say they know""",
    ),
    D(
        "fin",
        "ig",
        "",
        """
Index funds explained in one picture 📊 you own a tiny slice of hundreds of companies. Some years it goes up, some years it goes down. Past performance is not a guide to the future, and your capital is at risk.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Sold my shares in a bank in 2021 and they've gone up 60% since. Do not ask me for stock tips. I am a cautionary tale.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
This lasagne recipe is guaranteed to make your in-laws like you. Doubles easily for a crowd. Recipe in the comments 🍝""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my grandad says "property never loses value". i showed him 2008. he changed the subject to the cricket""",
    ),
    D(
        "fin",
        "rd",
        "",
        """
My financial adviser refused to tell me whether Tesla would go up or down. I was annoyed at the time but honestly, it's the reason I trust him.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Our Christmas appeal raised £24,000 for the shelter 🎄 40% more than last year, thank you all. That's 2,400 hot meals.""",
    ),
    D(
        "gen",
        "li",
        "",
        """
I've written a guide to the basics of saving for a house: emergency fund first, then a lifetime ISA if you qualify, then don't touch it. No predictions, no "hot tips", and it's on my blog.""",
    ),
    D(
        "ret",
        "x",
        "",
        """
the guarantee on my lawnmower covers the engine for ten years. not the blade though, apparently blades are "wear parts" 🙄""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My brother-in-law says I should buy an annuity now because rates "can only fall from here". Is that something anyone can actually know? Sounds like a guess to me.""",
    ),
    # --- promotion near misses
    D(
        "ret",
        "fb",
        "",
        """
Half-term holiday club at the leisure centre is full for this week, sorry! There's a waiting list at reception and we'll ring you if a place comes up.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Selling my late dad's fishing tackle 🎣 rods, reels, a box of flies he tied himself. Collection only from Skipton. I'd love it to go to someone who'll use it.""",
    ),
    D(
        "npo",
        "x",
        "",
        """
come and say hello at our stand at the leeds beckett careers fair on tuesday. we'll be talking about our graduate roles and the dreaded assessment day""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
The library's doing free IT help sessions for older people every Thursday morning 💻 no booking needed, they'll help with email, video calls and online shopping.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Why do shops still price everything at 99p? Does anyone actually fall for it, or is it just tradition at this point?""",
    ),
    D(
        "hea",
        "li",
        "",
        """
We're hiring healthcare assistants at Acme General for the new day-surgery unit 🩺 Full training, permanent contracts, and a team that actually has lunch breaks. Apply via the careers page.""",
    ),
    D(
        "ret",
        "ig",
        "",
        """
New brunch menu from Saturday 🍳 shakshuka, a full veggie and proper hash browns. Kitchen opens at 8, dogs welcome on the terrace.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
we won the pub quiz! first time in four years. we are now officially better than the team called "quiz in my pants" and we will never let them forget it""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Thank you to everyone who donated to our winter coat drive 🧥 We collected 640 coats and they've all gone to families through the schools. No more needed this year.""",
    ),
    D(
        "fin",
        "rd",
        "",
        """
Can a shop refuse to give me a discount I saw on their website last week? It's gone now and the staff said it was "a mistake". I'm not going to argue, I'm just curious.""",
    ),
    D(
        "man",
        "li",
        "",
        """
The Acme plant's 1920s engine house is open for tours on Sunday as part of Heritage Open Days. No sales pitch, just a very old steam engine and a very enthusiastic retired fitter.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Free parkrun this Saturday as always 🏃 9am, Roundhay Park, five kilometres, every age and speed welcome. It's been free since 2004.""",
    ),
    D(
        "tec",
        "fb",
        "",
        """
Repair café on Saturday at the Methodist hall, 10 till 1 🔧 bring your broken toasters, lamps and jumpers with holes, and our volunteers will have a go.""",
    ),
    # --- secret near misses
    D(
        "tec",
        "rd",
        "",
        """
For the tutorial, add your own token to .npmrc as //registry.npmjs.org/:_authToken=${NPM_TOKEN} and set NPM_TOKEN in CI secrets. Never commit the real value.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
yes the screenshot showed sk_live_•••• and yes we rolled the key within ten minutes. thank you for the 40 dms""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Public key for the backup server, go ahead and add it:

"""
        + keys.SSH_PUBLIC,
    ),
    D(
        "ret",
        "fb",
        "",
        """
Cleaners: from Monday you each get your own alarm code instead of sharing one. Collect yours from Jo in person, and please don't write it on your hand.""",
    ),
    D(
        "fin",
        "x",
        "",
        """
reminder: the 3 digits on the back of your card are for online shopping only. if someone on the phone asks you to read them out, hang up""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
The wifi password for the village hall is on the laminated card by the tea urn. Please don't post it on here, the parish council will have kittens.""",
    ),
    D(
        "tec",
        "li",
        "",
        """
If you use the same password for your email and your bank, change one of them today. Turn on two-factor. Get a password manager. Three things, fifteen minutes, and you're safer than most people you know.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
forgot my phone pin after a week's holiday. three wrong tries. now locked out for an hour. i am a grown adult with a mortgage""",
    ),
    D(
        "tec",
        "rd",
        "",
        """
Placeholder config for our docs: MONGO_URI=mongodb+srv://<user>:<password>@<cluster>/<db>. Everyone keeps pasting their real one into issues, please don't.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Staff reminder: never share your smartcard or your login with a locum, however busy it is. IT will set up their own account within the hour if you ring them.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the campsite wifi only works next to the bins. i have never been so popular, or so close to the bins""",
    ),
    D(
        "man",
        "rd",
        "",
        """
Our press line's admin login used to be shared by the whole shift on a sticky note. This week everyone got their own account and the note went in the shredder. Felt like a bigger deal than it should.""",
    ),
    D(
        "tec",
        "x",
        "",
        """
the github token in the readme was a fake one from the docs, ghp_xxxxxxxxxxxx. no need to panic, but i appreciate the 12 people who emailed""",
    ),
    # --- pii near misses
    D(
        "man",
        "li",
        "",
        """
Deliveries to the Acme plant: please call goods-in on 0161 496 0772 before you arrive, and use the Gate B entrance on Canal Road. Drivers need hi-vis past the barrier.""",
    ),
    D(
        "fin",
        "fb",
        "",
        """
Acme Pay business customers: if your card reader shows error E47 after the update, call the merchant helpline on 1-866-555-0143, 7am to 10pm, and they'll talk you through a reset.""",
    ),
    D(
        "hea",
        "x",
        "",
        """
acme dental's emergency line over christmas is 0345 496 0207, 9 till 1 every day except christmas day itself""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Want to leave a gift to the Acme Foundation in your will? Email legacies@acme.example for our guide, or ask us anything, we don't do hard sells.""",
    ),
    D(
        "ret",
        "fb",
        "",
        """
Our new store address for deliveries: Acme Market, Unit 4, Kirkstall Retail Park, Leeds, LS5 3BF. Please don't send anything to the old site.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
My council tax account number is 6142 0093 7751 2208 and the online form says "not recognised". Is it worth ringing or do they always catch up?""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
It's my mum's 70th next month 🎂 We're doing a surprise tea at the cricket club. If you know her, message me and I'll give you the details privately.""",
    ),
    D(
        "fin",
        "rd",
        "",
        """
The warehouse labels use part numbers like 955-27-3184, which look exactly like US social security numbers. Our American visitors keep doing a double take at the racking.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my card ending 3317 got flagged for buying a kebab at 2am. the bank was right to ask tbh""",
    ),
    D(
        "tec",
        "x",
        "",
        """
if the app doesn't work with your screen reader, email accessibility@acmecorp.com. they actually reply, i sit next to them""",
    ),
    D(
        "npo",
        "li",
        "",
        """
The Acme Foundation's grant surgeries this month are at Bradford Central Library, Princes Way, BD1 1NN. Drop in between 10 and 2 with your questions, no appointment needed.""",
    ),
    D(
        "hea",
        "fb",
        "",
        """
Acme Health's patient advice team is on 0300 496 0215, Monday to Friday, if you want to raise a concern or say thank you. They read every message.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
Happy birthday to my best friend Kat 🎉 I won't say which birthday. She's pretending it's 29. It is not 29.""",
    ),
]
