# ruff: noqa: E501
"""Exam drafts (tenth held-out set): plain `clean` posts with nothing that brushes against a category: family,
pets, food, sport, gardening, hobbies, days at work, work anniversaries and job news, weather, commutes, holidays,
DIY and local life, several of them long (a LinkedIn reflection, a Reddit trip report, a Facebook community-group
update) and some of them short replies and comments."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_PLAIN = [
    D(
        "gen",
        "fb",
        "",
        """
Calverley Community Orchard update 🍎

We planted the last twelve trees on Sunday, which means the orchard is finally full: 48 trees, 19 varieties, and one very confused pear that we think is actually a quince.

Huge thanks to the Year 5 class who made the name tags, to the scouts who dug most of the holes, and to whoever left a flask of soup on the gate. It was exactly what we needed.

Next jobs: mulching in February, and building the bug hotel before spring. If you've got old pallets, bricks or bamboo canes, leave them by the shed.

The first blossom walk will be in April. We'll put the date on here.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
my son has decided he only eats food that is "beige or a rectangle". fish fingers are thriving in this house""",
    ),
    D(
        "tec",
        "li",
        "",
        """
Five years ago today I wrote my first line of Python, in a night class at the local library, on a laptop with a broken hinge.

Today I started my new job as a backend developer at a logistics company in Wakefield.

I want to thank the volunteers who ran that class, the friends who reviewed my terrible first projects, and my partner, who listened to me explain recursion at 11pm more times than anyone should.

If you're learning to code in your thirties and wondering if it's too late: it isn't. It just takes longer than the adverts say.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
first swim of the year in the sea at Saltburn 🥶🌊 lasted four minutes. felt like forty. would do again""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Trip report: three days walking the Cleveland Way from Helmsley to Osmotherley. Weather was mostly kind, the bilberries on the moors were out, and the pub in Osmotherley does a steak pie the size of a hubcap. Blisters on day two, solved by buying better socks in a farm shop. Would recommend doing it west to east next time for the wind.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Our Poppy passed her Grade 3 piano exam with a merit! 🎹 All those hours of scales through the bedroom wall were worth it. She wants a cat as a reward. We're negotiating.""",
    ),
    D(
        "man",
        "x",
        "",
        """
first day back after the christmas shutdown and the vending machine has been restocked. we are a functioning society again""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Does anyone know a good tree surgeon in the Horsforth area? Our sycamore is leaning over the neighbour's greenhouse and we'd like it looked at before the winter storms.""",
    ),
    D(
        "ret",
        "li",
        "",
        """
This week I finished my first year running a small bookshop in Hebden Bridge, and I've learned more than in ten years of office jobs.

People buy books as presents more than for themselves. Children's picture books are the beating heart of the shop. A shop cat is worth more than any advert, even if Dennis sleeps on the new releases.

I've also learned that I'm not very good at saying no to author events, so the diary is full until June.

Thank you to every customer who came in to browse and stayed to chat.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the 7:42 to leeds was on time today and i don't know how to feel. suspicious mostly""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
homemade lemon drizzle for the street bake-off 🍋 came third out of four. the fourth was a shop-bought cake with the label still on""",
    ),
    D(
        "hea",
        "li",
        "",
        """
Today I qualified as a paramedic, after three years of university, two thousand hours of placement and more night shifts than I can count.

Thank you to my mentors on the ambulances in Bradford, who taught me that the most important kit in the bag is a calm voice.

Thank you to my family, who learned to stop asking "what was the worst thing you saw today" over tea.

Starting at the station in Keighley next month. Nervous and excited in equal measure.""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
What's the best way to get limescale off a glass shower screen? We live in a hard water area and it looks like frosted glass after a week. Vinegar works but the smell lasts for days.""",
    ),
    D(
        "npo",
        "fb",
        "",
        """
Thank you to everyone who came to the repair day at the scout hut 🔧 We fixed 23 lamps, 11 toasters, 4 bikes and one very loved teddy bear who needed a new eye. Next one's in May, same place.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
the dog has discovered the cat flap. the dog does not fit through the cat flap. the dog has not accepted this""",
    ),
    D(
        "fin",
        "li",
        "",
        """
Ten years ago today I sat my last accountancy exam in a sports hall in Manchester, with a calculator I'd borrowed from my sister.

Today I'm a partner at a small practice in Halifax, and I still have the calculator (sorry, Jen).

Thank you to every client who trusted a nervous trainee, and to my first boss, who told me that good accounting is mostly good listening. She was right.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Ramsden Street, your Christmas lights are AMAZING this year 🎄 we drove past three times tonight and the kids wanted to go again. Whoever did the inflatable penguin choir, you are a hero.""",
    ),
    D(
        "gen",
        "ig",
        "",
        """
the kids built a den in the living room out of every cushion we own and now there's nowhere to sit 🛋️ negotiations are ongoing. i am losing""",
    ),
    D(
        "tec",
        "x",
        "",
        """
spent an hour debugging and the problem was a typo in a variable name. it's always a typo. it's never anything interesting""",
    ),
    D(
        "gen",
        "rd",
        "",
        """
Took my 8-year-old to her first proper football match yesterday, Bradford City at home. She didn't watch a single minute of the football but she knows the name of every steward, the pie man and the mascot. Best day out we've had all year.""",
    ),
    D(
        "man",
        "li",
        "",
        """
After 26 years in engineering I've started teaching evening classes in welding at the local college, and it's the most rewarding thing I've done.

My students range from 17 to 63. One is a retired dentist who says welding is "just like fillings, but louder".

If you've got a skill and a spare evening a week, colleges are crying out for people like you.""",
    ),
    D(
        "gen",
        "fb",
        "",
        """
Lost: one black and white football, last seen flying over a fence at the top end of Cedar Road on Saturday afternoon. If it's in your garden, the kids would like it back. No questions asked.""",
    ),
    D(
        "gen",
        "x",
        "",
        """
it's 2pm and i've just realised i've been wearing my jumper inside out all day. three meetings. nobody said anything""",
    ),
    D(
        "ret",
        "ig",
        "",
        """
new window display is up at the shop 🌼 spring is here, apparently, even if the weather hasn't been told""",
    ),
]
