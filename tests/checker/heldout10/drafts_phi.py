# ruff: noqa: E501
"""Exam drafts (tenth held-out set): phi, someone a reader could identify in a community, workplace, club, street
or family (a named colleague, a regular, a team-mate, a neighbour, a local figure, a relative) together with a
health detail, mostly told without hospital vocabulary, by whoever happens to know it. Some are long posts where
the health detail is one sentence in otherwise ordinary text; others are short replies and comments."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D(
        "tec",
        "li",
        "phi",
        """
Our platform team's offsite in the Peak District wrapped up yesterday, and I want to write down what worked before I forget.

We did no slides. Each squad brought one problem they'd failed to solve this year and the others had ninety minutes to break it. The best idea of the week (moving our flaky integration tests into a nightly quarantine) came from a graduate who'd been here five weeks.

We also tried a "no laptops before lunch" rule. It lasted until 10:40 on the first day, when production paged us, but the mornings we did manage were the best planning sessions we've had all year. The whiteboard photos are now the team's wallpaper.

The food deserves a mention too: a farm shop in Edale fed twenty engineers for three days and nobody complained once, which has never happened in the history of our team.

We walked Mam Tor in the rain, which was either team bonding or a health and safety incident depending on who you ask.

The one person missing was Joel, our data lead, who's at home recovering from open-heart surgery to close a hole in his heart that nobody found until he was 38. He joined the retro over video with a cushion strapped to his chest and still had the sharpest notes in the room.

Next year: same format, fewer hills.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Greenfield Bowls Club notices 🟢

The green opens for the season on Saturday 5 April. Roll-up is 10 till 12, new members very welcome, flat shoes only please (yes, Trevor, that means you).

Subs stay at £65 for the year. The bar committee has found a supplier for the pork pies that everyone liked in 2023.

Sad news: our skip, Derek Hallam, has been diagnosed with lymphoma and starts treatment next month, so Maureen will captain the Tuesday side until he's back. Derek says he'll be on the bench heckling whenever he's up to it.

Work party Sunday morning to paint the benches. Bring a brush.""",
    ),
    D(
        "ret",
        "x",
        "phi",
        """
@kirstyb_22 sorry about the wait at the fish counter this week! Jan who normally runs it is off having radiotherapy for throat cancer so we're a bit stretched, she'll be back when she can 💙""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Our five-a-side has played every Thursday for eleven years and we're trying to work out what to do about Gaz, our goalie. He collapsed in the car park last month and it turned out he's got atrial fibrillation, so now he's on blood thinners and his cardiologist says no more diving about. He's gutted. Do we find a new keeper and make him manager, or just let him play outfield and hope? Don't want him to feel pushed out.""",
    ),
    D(
        "hea",
        "fb",
        "phi",
        """
Lovely to see so many of you at Rowan House's summer fair 🌞 We raised £1,870 for the garden fund.

Special mention to Betty in room 12, who at 91 won the welly-throwing, three weeks after her second bout of pneumonia this year. Her daughter says she's been unbearable about it ever since.

Photos on the noticeboard by the lift.""",
    ),
    D(
        "man",
        "li",
        "phi",
        """
Thirty years ago this week I started as an apprentice fitter at the Acme plant, and I've been asked to write something for the site newsletter, so here goes.

I've worked on four generations of press, survived two site rebuilds and one memorable flood in the basement. I've trained more apprentices than I can count and I still can't get any of them to put tools back on the shadow board.

I've seen the plant go from paper job cards to tablets, from a smoking shelter by the goods-in door to a wellbeing room with beanbags (nobody uses the beanbags). I've seen three managing directors come and go, and the same tea urn outlast all of them.

What hasn't changed is the people. When my dad died in 2011, the whole of B-shift came to the funeral in their work boots because they'd come straight off nights. I'll never forget that.

The person who taught me most was Ray Bickerstaff, my first chargehand, who retired in 2009. Some of you will know Ray's in a care home in Rotherham now with vascular dementia, and most days he doesn't know his own sons, but if you mention a hydraulic leak he'll still tell you where to look.

Thank you to everyone who made the place what it is. Brew's on me at ten.""",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
Our baker Ayesha has been signed off for six weeks with a ruptured Achilles from the netball final, so the Saturday sourdough is paused 🥖💔 she's furious. Normal service when she's off crutches!""",
    ),
    D(
        "fin",
        "x",
        "phi",
        """
not gonna lie it's weird at the branch without Mo. he's been our manager 9 years and now he's off with sciatica so bad he can't sit down. get well soon big man 🙏""",
    ),
    D(
        "npo",
        "fb",
        "phi",
        """
Riverside Food Hub volunteer update 🥫

Thank you to the 43 of you who covered shifts in February, and to St Anne's school for the harvest collection (1,200 tins!).

We're short of a Tuesday van driver for a while because Alan Greaves, who's done the route since we opened, has been told he has Guillain-Barré syndrome and can't feel his feet properly. He's in good spirits and wants visitors, just not grapes.

If you have a clean licence and a free Tuesday, message Hannah.""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
the lollipop man outside St Peter's, Vince, is back after his bladder cancer op and honestly the kids made him a banner. best thing i've seen all week""",
    ),
    D(
        "tec",
        "rd",
        "phi",
        """
How do I handle this? I'm a team lead and one of my engineers, Sana, told me in a 1:1 that she's been self-harming again and is back with her therapist. She's asked me not to tell HR. I want to move her off the on-call rota quietly but I don't want the rest of the team guessing why. Any managers been here?""",
    ),
    D(
        "ret",
        "fb",
        "phi",
        """
Hi everyone at Acme Market Halifax 👋 Just a note for the rota.

Shaz on checkouts has told me it's fine to say she has vitiligo and the new lights are making the patches sore, so she's swapping to the warehouse for a bit. Please don't ask her about her skin, she's had enough of that from customers.

Overtime sheet for March is in the office.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Mayfield Avenue residents, a quick one. Mrs Kowalski in the corner house with the blue door has had a bad fall and fractured her skull and she'll be home from the infirmary on Friday. Her son lives in Leeds so if you're passing, knock and check she's OK. She'll offer you cake. Accept the cake.""",
    ),
    D(
        "hea",
        "x",
        "phi",
        """
shoutout to our receptionist Gail who has worked every shift this month while going through IVF injections after her ectopic pregnancy last year. she is made of steel and we don't deserve her""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
AITA for not inviting my brother-in-law to the stag? Everyone in the family knows Kieran's been in and out of rehab for cocaine since last summer, and the stag's a weekend in Amsterdam. My wife thinks I'm being cruel. I think I'm being sensible. He'd be the only sober one.""",
    ),
    D(
        "man",
        "fb",
        "phi",
        """
Acme plant B-shift, some news from the line. Col on the forklifts asked me to tell you all he's been diagnosed with Addison's disease and he's on steroids for life now. He's fine and back Monday, but if he looks grey or dizzy on the shop floor get him sat down and get a first aider. He'd rather you knew.""",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
so proud of my nan 💕 two years after her bone marrow transplant she just finished the Bolton 5k with her walking group. Nana Pat you legend""",
    ),
    D(
        "npo",
        "li",
        "phi",
        """
I've been a trustee of a small youth charity in Salford for six years, and this is my last month as chair.

What I've learned: boards spend too long on spreadsheets and not long enough in the building. Small grants with no strings beat big grants with forty pages of monitoring. Young people will tell you exactly what's wrong if you stop asking them in a survey.

We started in a church hall with a pool table and a kettle. Now we run five evenings a week, a holiday club, and a cooking course that has taught 300 teenagers to make something other than toast. Last summer two of our young people got their first jobs through a local café that came to one of our sessions.

None of it would exist without the volunteers who turn up on wet Tuesdays.

I'm stepping down partly because our youth worker, Dean, who is the charity as far as the kids are concerned, has relapsed into heavy drinking after his divorce and I've been covering his sessions since October, and I can't keep doing both.

If you're thinking of becoming a trustee: do it. Just make sure there's someone behind you.""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
anyone else notice Keith from the Nag's Head quiz has lost loads of weight? his missus told me it's the diverticulitis, he's on a liquid diet. quiz isn't the same without him heckling""",
    ),
    D(
        "ret",
        "x",
        "phi",
        """
@dalesfloristry yes we know Marnie's not doing the wedding flowers, she's told everyone in the shop it's her Raynaud's, her fingers go white and numb in the cold room. new florist starts monday""",
    ),
    D(
        "tec",
        "li",
        "phi",
        """
Shipping the new checkout flow at Acme Pay took us nine months, three redesigns and one very long weekend, and it's finally live for every merchant.

Some lessons. Test with real people in real shops, not in the office. Card readers fail in ways no spec predicts. Your support team knows things your analytics never will.

And a thank-you: our lead designer Niamh did most of the final round of testing from home, while she was on bed rest with pre-eclampsia before her twins arrived early in August. She'd kill me for making a fuss, but the checkout has her fingerprints all over it.

If you're a merchant and you hate it, tell us. If you love it, tell Niamh.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Ladies of the Thursday swim group 🏊‍♀️ Lorraine asked me to let you know she won't be in the pool for a while: she has a frozen shoulder and can't lift her arm above her head, and she's gutted to miss the relay. Cake at hers on Thursday instead, 7ish.""",
    ),
    D(
        "hea",
        "rd",
        "phi",
        """
Pharmacy question. A regular of ours, a retired headmaster everyone in the village knows, has started coming in for nicotine patches AND methotrexate for his rheumatoid arthritis, and he keeps buying cough medicine on top. Is there an interaction I should raise with his GP or am I overthinking?""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
our postman Terry has tinnitus so bad he's asked the dog walkers on Beech Road to stop their dogs barking at him, which, Terry, good luck. feel for him though""",
    ),
    D(
        "fin",
        "li",
        "phi",
        """
Last week our mortgage team at Acme Bank hit a record month, and I want to thank them properly.

We helped 212 families buy homes in October. Forty of them were first-time buyers, and eleven of them were key workers using the new scheme. Our average time from application to offer fell to nine working days.

We also answered 96% of customer calls in under two minutes, which I'm told is a record for the region, and our complaints halved after we started ringing customers back the same day instead of emailing.

That doesn't happen by accident. It happens because people like Raj stay late to chase a solicitor, because Emma rewrote our checklists, and because every adviser on this team treats a stranger's first home like it's their own.

The team did it a person down. Our senior adviser Lindsay has been off since September after a brain aneurysm at the gym, and she's learning to walk again at a rehab unit in Sheffield. She asked me to say she's "fine, just slow", so: she's fine, just slow.

Proud of every one of you. Cakes are in the kitchen.""",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
Happy retirement to our church organist Mr Evans 🎹 42 years of hymns! He's stopping now because the arthritis in his hands has got too bad for the pedals... and the keys... and the stool, honestly. Cake after the 10:30 this Sunday""",
    ),
    D(
        "npo",
        "x",
        "phi",
        """
massive thanks to our charity shop manager Jo who's been running the place while her husband Pete has chemo for his oesophageal cancer. if you see her, buy something ugly, it helps""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
My daughter's teacher (Year 2, Miss Hartley) has been off since half term, and the supply teachers keep changing. Another mum on the PTA told me it's postnatal psychosis after her baby. Is there anything we're allowed to ask the school about continuity without being nosy?""",
    ),
    D(
        "man",
        "x",
        "phi",
        """
welcome back Sandeep on line 3 after the bunion surgery on BOTH feet 😂 the man walked in in sliders. safety boots from monday mate""",
    ),
    D(
        "tec",
        "fb",
        "phi",
        """
For everyone in the Acme Cloud Bristol office, re the lift: please leave it for Dominic on the second floor this month. He's got a new prosthetic after his motorbike accident in the summer and the stairs are still hard work. He said I could explain, he'd rather that than the looks.""",
    ),
    D(
        "npo",
        "fb",
        "phi",
        """
Harlow Road allotments 🥕 Plot 22 is being looked after by the committee until further notice, as Brian Shaw is in the Royal with liver failure and waiting on a transplant list. His runner beans are in our hands. We'll do our best. Water butts are full.""",
    ),
    D(
        "ret",
        "rd",
        "phi",
        """
Retail manager here. One of my Saturday staff, a 17-year-old called Ellie, passed out at the till last week and her mum told me she has type 1 diabetes but hasn't been managing it since her exams. I want to set up a spot for her to test and eat without customers staring. What have other managers done?""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
the lady who runs the ice cream van on the prom, Dawn, has Graves' disease and the van's shut till her thyroid settles. pray for our 99s""",
    ),
    D(
        "hea",
        "fb",
        "phi",
        """
Acme Dental Keighley team 🦷 Please welcome back our hygienist Kerry-Ann on reduced hours after her breakdown in the summer. She's been clear she's happy for me to say she's on medication and seeing someone, and she'll tell you more if she wants to. Be gentle.""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Update on my neighbour Kath, the retired midwife who delivered half the street: she's been diagnosed with osteoporosis so bad she's broken three ribs coughing. She won't ask for help. I've started doing her bins. What else can a nosy neighbour do without taking over?""",
    ),
    D(
        "npo",
        "li",
        "phi",
        """
This month the Acme Foundation's literacy project reached 10,000 children read to since we started in 2019, which is a number I still find hard to believe.

It's the volunteers. Retired teachers, bus drivers, students, one very patient barrister. Every one of them gave up an hour a week to sit with a child and a book.

One volunteer I want to name is Hilary Moss, who's read with the same class at Brookside Primary every Tuesday for five years and who kept coming through her treatment for sarcoma last spring, with a headscarf the kids chose. The class wrote her a book about it.

If you've got an hour a week, we've got a child who wants to read to you.""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
our old PE teacher Mr Doyle is raising money for the hospice that looked after his wife, and he's doing it with emphysema and an oxygen tank. donate if you can, he taught us all to swim""",
    ),
    D(
        "tec",
        "x",
        "phi",
        """
big up our SRE Tomasz who found the memory leak at 3am while on crutches with a broken pelvis from the cycling crash. dedication or insanity, you decide""",
    ),
    D(
        "fin",
        "rd",
        "phi",
        """
Small accounting firm, 8 of us. Our bookkeeper Jean is 63 and was told last week she has early-stage motor neurone disease. She wants to keep working as long as she can. Any tips for adapting software and hours for someone whose hands are going to get worse?""",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
Saturday's parkrun volunteers ❤️ our run director Marcus did the whole briefing a fortnight after surgery for a twisted bowel. If you see him at the finish, high five him, don't hug him, the stitches are still in.""",
    ),
]
