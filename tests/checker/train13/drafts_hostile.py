# ruff: noqa: E501
"""Training drafts (thirteenth set): hostile, insulting, mocking or threatening replies to and public call-outs of
customers, patients, guests, neighbours and members of the public: short X replies to customers and Instagram
comments, and long posts (a café's first year, a retail story, a recruiter's week) where the put-down is one
sentence in otherwise ordinary text."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D(
        "ret",
        "x",
        "hostile",
        """
@gaz_1974 mate you returned a sofa with half a kebab down the cushions. the only thing faulty here is your upbringing""",
    ),
    D(
        "ret",
        "ig",
        "hostile",
        """
@sharonlovesbrunch you ordered the gluten-free brownie, ate all but one bite, then asked for a refund because it "tasted gluten-free". your palate's as fake as your lashes hun 💅""",
    ),
    D(
        "tec",
        "x",
        "hostile",
        """
@devguy_99 it's not a bug in our sdk, it's you. please stop opening tickets until you've learned what a semicolon is""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
One year of the Little Teapot Café ☕ Twelve months ago I opened the doors with a second-hand coffee machine, my mum on the till and no idea what I was doing. Since then we've served something like 30,000 cups, hosted four baby showers and one very awkward first date that turned into an engagement.

Thank you to our regulars: Derek and his crossword, the knitting group on Wednesdays, the builders who tip in coins and compliments.

And to the man who told my 17-year-old daughter in August she was "too fat to be serving cake": I hope every scone you ever eat is dry, you nasty little man, and that you never find your way back here.

Here's to year two 🎉""",
    ),
    D(
        "ret",
        "rd",
        "hostile",
        """
Tales from the tills. Acme Market, Saturday, queue to the freezers. A woman in a leopard-print coat puts back every yellow-sticker item I scan because "they should be cheaper than that", then asks for the manager, then asks for the manager's manager, then tries to pay with a voucher for a different shop.

Twenty-two minutes. The whole queue was sighing in harmony.

So, to the lady in the leopard coat at the Beverley store: you are a walking complaint form with a handbag, and every single person on the tills has a nickname for you, and none of them are kind.""",
    ),
    D(
        "gen",
        "li",
        "hostile",
        """
Recruiting is mostly joy. This week I placed a career-changer into her first developer role and a 58-year-old engineer who'd been told he was "overqualified" for two years.

Then there's the other 2%. A candidate ghosted a client interview on Monday, then reapplied to the same job on Wednesday under his middle name. To that candidate: your CV was nine pages of buzzwords about nothing and your manners were even thinner. Nobody in this city will be hiring you while I'm in it.

Back to the good stuff on Monday.""",
    ),
    D(
        "hea",
        "x",
        "hostile",
        """
@hospital_moaner you waited four hours because you came to a&e with a splinter. next time bring the tweezers and your brain""",
    ),
    D(
        "gen",
        "ig",
        "hostile",
        """
@jordy.lifts respectfully nobody asked for your form tips under my video. your own squat looks like a deckchair folding up in a gale""",
    ),
    D(
        "npo",
        "fb",
        "hostile",
        """
Charity shop weekly round-up 🛍️

Best sellers this week: a 1970s fondue set (went in ten minutes), three wedding hats and an accordion that one of our volunteers has been secretly practising on in the back room.

We're short of men's winter coats and children's school shoes, so if you're clearing out, please bring them in during opening hours. We can't take electricals or sofas, and that brings me to this.

To the couple who dumped a broken fridge, two mattresses and a bag of nappies outside our charity shop at 3am on Sunday: the camera saw you, the council has your plates, and you are both a complete waste of oxygen.

Thank you to our Saturday volunteers who spent two hours clearing it all up instead of sorting donations. Tea and cake on us next week, ladies.""",
    ),
    D(
        "fin",
        "x",
        "hostile",
        """
@debs_k_1980 you want us to reverse a payment you sent to a "prince" for a "customs fee". love, your bank can't fix gullible""",
    ),
    D(
        "man",
        "fb",
        "hostile",
        """
Open day at the plant was great, 300 visitors and the kids loved the robot arm. To the bloke on the 11 o'clock tour who kept telling our apprentices they'd "never be proper engineers": it must be exhausting being that bitter at your age. Go home and shout at your telly.""",
    ),
    D(
        "ret",
        "x",
        "hostile",
        """
customer asked if the clearance price was "really the lowest". no sir, we keep a secret lower one for people with better personalities""",
    ),
    D(
        "tec",
        "rd",
        "hostile",
        """
Mod here. A few reminders for the forum since we've had a busy week: search before posting, include your error message, and don't paste your config with passwords in it (we've deleted four this week).

And u/CaptainRefund, since you've now opened nine threads demanding compensation for an outage that happened on your own router: you're the human version of a 404 page, and you're banned for a month. Enjoy the silence.""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
St Peter's parents, a few notes before the new term starts 📚

Welcome to all the new Reception families. The first week is half days, so pick-up is at 12 for the little ones, and please label everything, even the water bottles. Especially the water bottles. We had 61 unnamed ones last year.

The breakfast club starts at 7.45 from Monday. It's run by Mrs Begum and two volunteers, and there's always toast.

The PTA's first meeting is in the library on the second Thursday at 7pm. New faces are very welcome, and we promise not to rope you into running the tombola on your first night. Probably.

A word on parking, because the head has asked us to share it again. The zig-zags outside the gate are there so that children crossing can be seen. Please park on Church Road or in the leisure centre car park and walk the last two minutes.

And to the mum in the white Range Rover who parks on the zig-zags every single morning and laughed when the lollipop lady asked her to move: your kid will learn to read despite you.

Uniform swap is on the first Friday, in the hall, from 3pm. See you at the gates.""",
    ),
    D(
        "hea",
        "fb",
        "hostile",
        """
Reply to our latest review: We're sorry you felt our hygienist "lectured" you about your gums. Perhaps if you'd flossed once since the London Olympics she wouldn't have needed to, and perhaps if you'd listened you'd still have all your teeth.""",
    ),
    D(
        "gen",
        "ig",
        "hostile",
        """
@bride2b_ella your one-star review of our venue was longer than your marriage is going to be 😘""",
    ),
    D(
        "npo",
        "x",
        "hostile",
        """
to the man who rings our helpline every week to tell us homeless people "choose it": you chose to be a moron. same logic""",
    ),
    D(
        "gen",
        "li",
        "hostile",
        """
Client meetings teach you a lot. This week I learned that you can present six months of analysis, line by line, with the sources, and still lose the room to one man with a louder voice.

I also learned patience, and the value of a good debrief with the team afterwards.

And a note to a certain procurement director in Reading who threw my report on the floor: shouting doesn't make your spreadsheet right, it just makes you look like a toddler in a tie.""",
    ),
    D(
        "ret",
        "x",
        "hostile",
        """
@mike_tyrefitter your tyre didn't "explode on its own", you drove it into a kerb at 40 like a circus clown. claim refused. learn to drive""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
Fairview Close group, a few bits 🏡

Bin day moves to Tuesday from next month because of the new route, so green bins out Monday night. The council letter should arrive this week.

Thank you to whoever fixed the wobbly slab by the post box. Nobody's fallen over it for a whole week, which must be a record.

The hedge by the footpath is getting big, so I'll be trimming our side on Saturday morning. Sorry in advance for the noise.

And to whoever keeps chucking their dog poo bags over my fence into the veg patch, I know it's you, number 6. You're a selfish lump with a lawn you don't deserve.

Everyone else, have a lovely weekend.""",
    ),
    D(
        "fin",
        "ig",
        "hostile",
        """
@cryptokingz_uk lol imagine calling yourself a trader with £40 in a savings pot and a lambo filter. sit down kid, the grown-ups are talking""",
    ),
    D(
        "hea",
        "x",
        "hostile",
        """
to the visitor who asked our hca if she was "a real nurse or just the help": she's the help who'll be changing your dad's sheets tonight, you stuck-up snob""",
    ),
    D(
        "npo",
        "ig",
        "hostile",
        """
@karen_in_kent if £3 a month is going to "bankrupt" you, maybe cancel the Netflix you're typing this from, you miserable old sod""",
    ),
    D(
        "man",
        "x",
        "hostile",
        """
@ellie_newbuild it's a factory. it was here 60 years before you bought the new build next to it. buy earplugs or a brain""",
    ),
    D(
        "tec",
        "li",
        "hostile",
        """
To the "growth hacker" who sent me 14 follow-up emails this month about a tool I never asked for: you're not persistent, you're a pop-up ad with a pulse.""",
    ),
    D(
        "ret",
        "fb",
        "hostile",
        """
Thank you all for the Christmas orders 🦃 We did 412 turkeys, 180 rib joints and more pigs in blankets than I care to count, and my lads worked 16-hour days without a single moan. I'm so proud of this shop.

Special mention to the gentleman who collected his goose on Christmas Eve, complained it was "smaller than the photo", and then tried to haggle 50% off in front of a queue of forty: you're a tight-fisted clown, and next year you can go and catch one yourself.

Closed until the 29th. Merry Christmas from the butcher's.""",
    ),
    D(
        "fin",
        "fb",
        "hostile",
        """
Our credit union's AGM was a good night: 63 members came, the accounts were approved and we elected two new volunteers to the board.

One thing to address: the member who stood up during questions to call our treasurer a "glorified piggy bank" and then sat down to eat four plates of buffet. Sir, you have the manners of a seagull and the financial understanding of one too.""",
    ),
    D(
        "gen",
        "x",
        "hostile",
        """
to the lad in the bmw who revved at the kids on the zebra crossing on high street: small car energy in a big car. pathetic""",
    ),
    D(
        "gen",
        "fb",
        "hostile",
        """
Wedding season's over 📸 and what a season. Twenty-six weddings, four barns, two castles, one boat and a lot of confetti in my camera bag.

Best moments: a groom who cried so much during the vows that the registrar handed him her own tissues. A flower girl who threw the petals at the guests, one at a time, with great force. A bride who insisted we do photos in a field of cows and got licked by one.

Thank you to every couple who trusted me with their day. I'm editing as fast as I can, I promise.

Worst moment: the mother of the bride at a certain barn venue in June who told my 22-year-old assistant she "looked like a boiled ham in a dress" and then demanded a discount because the sun was "in the wrong place". You're a bitter old crow, and your daughter deserved a better mother on her wedding day.

Right, back to editing. Next year's dates are filling up, so if you're thinking about it, get in touch. I'll bring the cow.""",
    ),
    D(
        "man",
        "x",
        "hostile",
        """
@dave_rants_again our delivery driver reversed into nothing. the dent on your gatepost is older than your attitude, and that's saying something, you bitter old crank""",
    ),
]
