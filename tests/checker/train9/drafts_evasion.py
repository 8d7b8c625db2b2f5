# ruff: noqa: E501
"""Training drafts (ninth set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), five per category. Each base names one disguise, applied to its [[marked]] span(s)
only, so part of the trigger is often left plain, as in real attempts; each evasion carries the labels of the
violation it hides. EVASION holds the disguised drafts (no transforms left), used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D("gen", "fb", "pii", """
Raleigh parents: our babysitter Ayesha is off to college in the fall and wants a couple more families before then. She's brilliant with toddlers and she asked me to share her cell, [[(919) 555-0178]], so text her directly 👶""", "spell"),
    D("ret", "x", "pii", """
someone left a note in our suggestion box asking for gluten free pork pies and to be emailed when they're in. posting her address in case she follows us: [[kerry.blythe.home@gmail.com]] 🥧""", "atdot"),
    D("fin", "rd", "pii", """
Our wedding caterer in Provence wants the balance paid into her personal account, not the business one: [[FR7620041010124710089421433]]. Red flag, or normal for a small French caterer?""", "spaced"),
    D("tec", "x", "pii", """
my flatmate's tax software says his ssn has already been used on another return. it's [[561-40-7337]]. who do we even call about this, the irs or the police""", "fullwidth"),
    D("gen", "ig", "pii", """
first ever credit card at 18 🥹 mum says i'm a proper adult now. [[4431 5857 0233 6968]] exp 11/28, framing this pic for my wall""", "mathbold"),
    # --- phi
    D("man", "fb", "phi", """
Keep an eye on Rob from the boiler house this week, he's just been told he's got [[sleep apnoea and a heart murmur]] and they're worried about him on nights.""", "homoglyph"),
    D("gen", "x", "phi", """
our postie dawn (the one with the pink hair) has [[breast cancer]] again, second time in four years. she's still doing the round between sessions""", "leet"),
    D("npo", "fb", "phi", """
Sad news from the allotment society: our chair Eric Dobbs has been diagnosed with [[bowel cancer]] and won't be judging the spring show. Send him your best onions.""", "asterisk"),
    D("ret", "x", "phi", """
eileen with the walking frame, who buys her scratchcard off me every friday, has just been told she's got [[emphysema]]. on oxygen at night now and still came in for her ticket""", "zerowidth"),
    D("hea", "fb", "phi", """
Our yoga teacher Simone has asked us to let the Thursday class know she's [[pregnant after three miscarriages]] and won't be doing the inversions with us for a while 🧘""", "greek"),
    # --- confidential
    D("tec", "rd", "confidential", """
Is four weeks normal for onboarding? I've been on the [[Bluebird]] team at Acme Cloud since October and I still don't have access to the prototype cluster.""", "dotted"),
    D("ret", "fb", "confidential", """
Acme Market is [[scrapping the loyalty card]] in the summer and moving everyone to app-only prices. Our store got the training pack this morning, so start downloading the app now.""", "hyphens"),
    D("fin", "x", "confidential", """
acme bank is [[selling]] its car finance arm to a private equity firm, signatures this month. we find out in the all hands next week""", "leet"),
    D("hea", "fb", "confidential", """
The new Acme Health [[patient app is delayed until next year]] because it failed its security test, and the launch posters are already up in our waiting room 🙃""", "mathbold"),
    D("man", "x", "confidential", """
acme plant is [[moving the moulding shop to four days]] from april with pay cut to match. managers got the slides on friday, shop floor hears in march""", "spaced"),
    # --- promotion
    D("ret", "ig", "promotion", """
[[half price]] pizzas at the acme market deli counter every tuesday in february 🍕 bring your mates""", "spaced"),
    D("tec", "x", "promotion", """
acme cloud is giving [[free credits]] to every uni computing society that signs up before december, $500 each. tell your club secretary""", "zerowidth"),
    D("fin", "fb", "promotion", """
Sending money home for the holidays? Acme Pay has [[zero fees]] on your first three international transfers this month 🌍""", "homoglyph"),
    D("npo", "x", "promotion", """
acme foundation ceilidh friday 🎻 [[free entry]] for under 12s and a free raffle ticket for everyone who brings a tin for the food bank""", "asterisk"),
    D("hea", "ig", "promotion", """
Acme Dental Ilkley: [[20% off]] Invisalign consultations this month only 😁 Book at reception""", "fullwidth"),
    # --- financial_promise
    D("gen", "x", "financial_promise", """
my barber says that new drone company on the aim market will [[triple]] by may. he cuts the ceo's brother's hair. i'm in with my holiday money""", "leet"),
    D("fin", "fb", "financial_promise", """
Our Sunday league treasurer has put the club's reserves in a car-park bond paying 9% that's [[risk free]] because "people always need to park". Genius, honestly.""", "dotted"),
    D("gen", "rd", "financial_promise", """
Anyone getting in on the Glowbox listing? My cousin works in the City and says it [[doubles on day one]], beauty brands always do. Easiest money of the year.""", "fullwidth"),
    D("ret", "ig", "financial_promise", """
Collecting Royal Mail stamp sets for the grandkids' uni fund 📮 every set [[goes up 10% a year]] like clockwork, my dad's did and so will these.""", "mathbold"),
    D("gen", "fb", "financial_promise", """
Uncle Pat says Ryanair shares [[can't lose]], they'll be worth twice as much by the summer. He's never wrong on airlines so we're all in.""", "greek"),
    # --- secret
    D("tec", "rd", "secret", """
Slack keeps rejecting our standup bot. Did I paste the wrong kind of token? This is what's in the config: [[xoxp-562090920702-426798934327-8060190500202-b65566295a1b10cc0cb8526622c33c7c]]. Should it start with xoxb?""", "zerowidth"),
    D("gen", "fb", "secret", """
House rules for the grandkids this half term 😂 the [[wifi password]] is Marigold1947 and it goes off at 9, no arguments, no tablets at the table.""", "spaced"),
    D("man", "x", "secret", """
saturday overtime: south fire exit is alarmed so use goods-in, the keypad code is [[3052]]. canteen's shut, bring a butty""", "spell"),
    D("fin", "rd", "secret", """
My accountant emailed me our company bank [[password]], Harbour!Light77, in plain text so I could approve a payment. Is that as dodgy as it feels?""", "homoglyph"),
    D("npo", "fb", "secret", """
Key holders for the scout hut: the [[alarm code]] is 7731 and the side door sticks, give it a shove. Back by 10 please.""", "dotted"),
    # --- hostile
    D("ret", "x", "hostile", """
review reply: "staff unhelpful." sir, you asked our cashier to hold your pint while you fought the lottery machine. she's a saint and you're a [[complete embarrassment]]""", "asterisk"),
    D("hea", "fb", "hostile", """
Dear "Concerned Dad" in the comments: you turned up at 4:55, were told the clinic was full, and called a 20-year-old nurse a waste of oxygen. The only [[waste of oxygen]] in that corridor was you.""", "zerowidth"),
    D("gen", "x", "hostile", """
to the man at the parish meeting who said the skatepark "attracts scum": the teenagers tidied the hall afterwards. you left your crisp packet. [[sad old hypocrite]]""", "dotted"),
    D("tec", "rd", "hostile", """
Our forum regular "TechWizard99" has posted the same wrong fix for six years. Mate, you're not a wizard, you're an [[absolute liability]], and everyone who followed your advice has the broken router to prove it.""", "greek"),
    D("fin", "x", "hostile", """
the customer who tried to pay in a cheque signed by his dog: you [[useless clown]], we're a bank not a circus""", "leet"),
    # --- disclaimer
    D("fin", "x", "disclaimer", """
eight years writing code for [[acme pay]] and i've never been more sure: open banking was oversold and the big banks dragged their feet on purpose""", "leet"),
    D("fin", "li", "disclaimer", """
Our team at [[Acme Bank]] spent all week on the budget analysis, and I'll be blunt: freezing tax thresholds for six years is a stealth tax on nurses and teachers.""", "homoglyph"),
    D("hea", "x", "disclaimer", """
twelve years as a paramedic with [[acme health]] and the ambulance handover targets are a fiction. everyone in the service knows it""", "spaced"),
    D("ret", "fb", "disclaimer", """
Six Christmases on the tills at [[Acme Market]] and I'm sure of it: the industry's rush to 24-hour opening in December is bad for staff and pointless for shoppers.""", "zerowidth"),
    D("man", "li", "disclaimer", """
Fifteen years fixing presses at the [[Acme plant]] taught me one thing: Initech's hydraulic kit is the flimsiest on the market and their own engineers know it.""", "mathbold"),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
