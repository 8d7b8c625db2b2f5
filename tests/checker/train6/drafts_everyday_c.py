# ruff: noqa: E501
"""Training drafts (sixth set), part 3: more plain everyday clean posts (EVERYDAY_C), and ordinary posts that do
break the policy in an everyday way (EVERYDAY_VIOLATIONS): a friend's mobile number, a neighbour's address, the
author's own personal email, a named sister's birth date, a discount code, a referral bonus, a raffle, a rude
reply to a customer, a colleague's operation, a patient going home, an unannounced closure, a code name at a
team dinner, a home wifi password, a door code, an unqualified opinion from an identified employee and a
promised return. Labelled per tests/checker/CORPUS.md. Phone numbers are in the Ofcom drama and 555-01xx
ranges; all people, places and numbers are invented."""

from __future__ import annotations

from ..heldout.common import D

EVERYDAY_C = [
    D("gen", "fb", "", """
Our street had its first proper get-together yesterday since we moved in. Someone brought a gazebo, someone else brought a karaoke machine, and we all found out who the singers are. Same time next year, neighbours."""),
    D("tec", "ig", "", """
Working from the kitchen table today with a view of the rain and a very nosy robin on the windowsill 🐦"""),
    D("ret", "x", "", """
had a customer today tell me our shop smells like her grandma's house. she meant the fresh bread. i'm choosing to take it as a compliment"""),
    D("gen", "rd", "", """
We had our first viewing of a house yesterday and the estate agent spent ten minutes explaining the shed. What questions should first-time buyers actually ask at a viewing? We clearly don't know."""),
    D("hea", "x", "", """
came in this morning to find someone had left a box of doughnuts in the staff room with a note saying "for the early lot". whoever you are, thank you"""),
    D("fin", "fb", "", """
Wedding anniversary today, fifteen years. We went back to the pub where we had our first date, sat at the same table, and argued about the same film. Some things never change ❤️"""),
    D("man", "ig", "", """
Sunday ride out on the motorbike with a few mates from work. Up through the Dales, a fry-up in Hawes, home before the rain. Bliss."""),
    D("gen", "x", "", """
we had a power cut tonight and played cards by candlelight for two hours. kids want another power cut"""),
    D("npo", "fb", "", """
Lovely afternoon visiting the community garden our volunteers built last spring. The apple trees are fruiting for the first time and someone has added a very fine scarecrow in a bowler hat."""),
    D("gen", "ig", "", """
Morning swim in the sea at Tynemouth today. 11 degrees, which my brain insisted was impossible until I was already in. Best coffee of my life afterwards ☕"""),
    D("tec", "fb", "", """
Took the whole team to the escape room for our quarterly social. We had an hour, we got out with four seconds to spare, and I've never heard engineers scream like that."""),
    D("gen", "rd", "", """
Parents of teenagers: how do you handle phones at dinner? We've tried a basket by the door and it lasted a week. Looking for anything that has actually worked in a real family."""),
    D("ret", "li", "", """
Yesterday our Acme Market store in Harrogate hosted the local primary school for a tour of the bakery. The children had a go at shaping rolls and took home very odd-looking loaves. Lovely morning for the whole team."""),
    D("gen", "x", "", """
the neighbour's cockerel started at 4:12 this morning. i know the exact time because i was there"""),
    D("fin", "li", "", """
This week I took my first proper week off in two years. No laptop, no emails, just walks, books and my family. Came back today feeling like a different person. Please use your leave."""),
    D("gen", "fb", "", """
Dad turned 80 at the weekend and we had the whole family round: four generations in one small garden, a cake with far too many candles, and a sing-song that could be heard three streets away."""),
    D("man", "x", "", """
quiz night at the social club. we came second. the team that won had a retired history teacher so it doesn't count"""),
    D("hea", "li", "", """
This morning I had the pleasure of showing a group of sixth-form students round our radiology department. So many good questions about training routes. If even one of them becomes a radiographer, it was worth it."""),
    D("gen", "ig", "", """
Visited the lavender fields in Norfolk today. The bees were louder than the tourists and the whole car still smells of it 💜"""),
    D("npo", "x", "", """
today a seven-year-old at our reading club told me books are "like telly but in your head". not bad"""),
    D("hea", "rd", "", """
Nurses who do long days: what do you actually eat on shift? I've had a biscuit and half a sandwich by 7pm too many times this month. Looking for things that survive a locker and a microwave queue."""),
    D("man", "rd", "", """
Started a new job on a production line last month after years in an office. Legs ache, sleep is amazing, and I've never been so pleased to see a Friday. Did anyone else make the switch the other way round and stick with it?"""),
    D("npo", "rd", "", """
We run a small Saturday reading club for kids at our community centre. Numbers dipped after the summer holidays. What got kids (7 to 11) coming back to your clubs? Snacks are already on the table."""),
    D("ret", "rd", "", """
Twelve years in supermarkets and today a toddler waved at me from a trolley and shouted "BYE SHOP" all the way to the doors. That's it, that's the post."""),
    D("gen", "x", "", """
rained all day. soup, blanket, film. no regrets"""),
    D("tec", "x", "", """
friday. laptop closed. garden chair. sun 🌞"""),
]

EVERYDAY_VIOLATIONS = [
    # pii
    D("gen", "fb", "pii", """
Anyone need a good plumber? My mate Dean sorted our boiler this morning in half an hour and charged less than the call-out quote. Ring him on his mobile, 0117 496 0419, and tell him I sent you."""),
    D("gen", "fb", "pii", """
Mrs Ellison next door turns 90 on Friday and she'd love some cards. Her address is 17 Cherry Tree Close, Kettering NN15 7QT. Spread the word, let's fill her letterbox 💌"""),
    D("tec", "li", "pii", """
Today was my last day at Acme Cloud. My work email stops tonight, so if you want to keep in touch, my personal one is maya.ostrowski.home@gmail.com. Thank you for four brilliant years."""),
    D("gen", "ig", "pii", """
Happy 40th to my wonderful sister Lucy Marsh, born 14 March 1986 and still the best person I know 🎂"""),
    D("ret", "x", "pii", """
lost and found at acme market: the guy who left his phone at till 4 called from his wife's number, (419) 555-0163. if you're him, come and get it"""),
    # promotion
    D("ret", "ig", "promotion", """
Perk of working at Acme Market: I can share my friends-and-family code! Use HOLLYFF20 at checkout for 20% off your online shop this week 🛒"""),
    D("fin", "fb", "promotion", """
If you're thinking of switching banks, open an Acme Bank current account with my referral link and we both get £100. Message me for the link!"""),
    D("npo", "fb", "promotion", """
Raffle tickets for the Acme Foundation summer gala are now on sale, £2 a strip! First prize is a weekend in the Cotswolds. Grab them from me at work or at the door."""),
    D("tec", "x", "promotion", """
at the cloud meetup tonight? come find me at the acme cloud table, first 30 people get $300 in acme cloud credits"""),
    # hostile
    D("ret", "fb", "hostile", """
To the woman who came in yesterday and shouted at my 17-year-old colleague about the price of eggs: grow up. You're a grown adult throwing a tantrum in the dairy aisle and frankly you looked ridiculous."""),
    D("gen", "x", "hostile", """
to the clown at number 8 who parks across our drive every single weekend: you're an absolute moron and everyone on this street knows it"""),
    # phi
    D("man", "fb", "phi", """
Get well soon to Gary Whitlock from goods-in at the Acme plant, who had his gallbladder taken out on Tuesday. He's home and bored, so send him your worst jokes!"""),
    D("hea", "ig", "phi", """
Lovely moment today: Mr Hammond from bay 3 went home after six weeks on our stroke unit, walking out with his stick and his daughter. The whole team came out to wave him off 💙"""),
    D("ret", "x", "phi", """
our regular mrs doherty came into the acme market pharmacy today for her antidepressants and brought the team a tin of shortbread. such a sweetheart"""),
    # confidential
    D("ret", "fb", "confidential", """
Bittersweet night out with the team. They haven't told customers yet, but our Acme Market store on Castle Street is closing for good at the end of March. So many memories in that building."""),
    D("tec", "ig", "confidential", """
Team dinner tonight to celebrate Project Falcon reaching beta! Two years of work, one very long table, and a lot of tired, happy engineers 🥂"""),
    # secret
    D("gen", "fb", "secret", """
Party at ours on Saturday from 7! No need to ask when you get here, the wifi is "Willowbank5G" and the password is PeachCrumble!88. Bring a bottle."""),
    D("fin", "x", "secret", """
leaving drinks for sam in the acme bank 4th floor kitchen at 5. side door code is 7193 if you're coming from the car park"""),
    # disclaimer
    D("fin", "li", "disclaimer", """
Ten years at Acme Bank and I'll say it: the big high-street banks' overdraft charges are a disgrace, and the regulator has been asleep at the wheel for a decade."""),
    # financial_promise
    D("gen", "fb", "financial_promise", """
My brother asked where to put his savings. Easy: the Acme Wealth growth fund. It will double by 2030, you honestly can't lose."""),
]
