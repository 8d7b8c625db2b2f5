# ruff: noqa: E501
"""Training drafts (ninth set): hostile, insulting or mocking replies to and call-outs of customers, patients,
neighbours, donors, drivers and the public, mostly sarcastic or witty put-downs with few swear words, many of
them replies to complaints and reviews."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "x", "hostile", """
to the man who held up the whole queue arguing over a 10p voucher: the line moves much faster when you're not at the front of it. bless your heart"""),
    D("tec", "x", "hostile", """
customer raised a P1 because the font in his invoice changed. sir, the only critical incident here is your need for attention"""),
    D("hea", "fb", "hostile", """
Reply to our Google review: Sorry the 20-minute wait was so traumatic for you, Keith. It must be exhausting being the most important man in Castleford."""),
    D("fin", "x", "hostile", """
to the bloke who shouted at our cashier about interest rates today: she doesn't set them, and judging by your form you can't read them either"""),
    D("gen", "fb", "hostile", """
To whoever keeps parking across my drive on Lowther Road: congratulations on the parking skills of a toddler, and the brain to match. The silver Corsa. Yes, you."""),
    D("man", "li", "hostile", """
Replying to the comment about "noise from the factory": if you bought a house next to a plant that's been stamping steel since 1962 and didn't notice, that's not a noise complaint, that's an eyesight test you failed."""),
    D("npo", "x", "hostile", """
people who "donate" broken toasters and stained duvets to our charity shop: we are a charity, not your skip. your generosity is exactly as deep as your wheelie bin"""),
    D("ret", "ig", "hostile", """
Today's highlight: a lady tried to return half a birthday cake because it "wasn't moist enough" 🎂 Neither is your personality, madam, and we can't refund that either."""),
    D("tec", "rd", "hostile", """
Replying to the guy in the support thread who's had three password-reset emails and still can't log in: maybe smartphones just aren't for you. Have you considered a carrier pigeon? Slower, but it matches your pace."""),
    D("hea", "x", "hostile", """
the man in our waiting room who announced he'd "done his own research" on antibiotics: your degree is from the university of facebook and it shows"""),
    D("fin", "fb", "hostile", """
Customer today asked if we could "just print a bit more money" to cover his loan. Genius. Absolute genius. Someone call Stockholm, we've found this year's Nobel winner 🙄"""),
    D("gen", "x", "hostile", """
the cyclists riding four abreast up the a59 every sunday morning are the smuggest people in yorkshire. lycra doesn't give you right of way, it just gives us all a view we didn't ask for"""),
    D("ret", "rd", "hostile", """
Had a mum let her kids open every packet of crisps on aisle 6 and then tell me "they're just curious". Madam your children are feral and so, frankly, are you."""),
    D("tec", "x", "hostile", """
beta users who ignore the giant BETA badge and then email our ceo directly: reading is free, you know. so is thinking, but i appreciate that's a stretch"""),
    D("npo", "fb", "hostile", """
Thanks for the insight, Graham. It's always lovely to hear about food poverty from a man with three Range Rovers and no chin. We'll be at the hall on Saturday if you ever want to find either."""),
    D("hea", "fb", "hostile", """
Reply to the review calling our hygienist "rough": Sorry you felt that, Dean. It's hard to be gentle with twenty years of neglect and a mouth that's mostly Haribo."""),
    D("gen", "ig", "hostile", """
To the mum at the school gate who critiques everyone's packed lunches: your son eats Lunchables in the car. Sit down, Fiona 🥪"""),
    D("fin", "x", "hostile", """
love when a customer tells me he's "a very valued client" with £42 in his current account. yes sir. very valued. we'll have the red carpet out by tuesday"""),
    D("ret", "fb", "hostile", """
Replying to the complaint that our car park is "too far from the door": it's forty metres, Brian. From the look of you the walk would do you a world of good."""),
    D("man", "x", "hostile", """
school tour of the plant today. one of the dads asked if the robots "had feelings". sir, they have more going on upstairs than you do"""),
    D("tec", "li", "hostile", """
To the customer who left a one-star review because our app doesn't run on his 2013 phone: the app is fine. The phone is a fossil. Based on the review, so is its owner."""),
    D("npo", "x", "hostile", """
to the fella heckling our charity runners at mile 20 from a deckchair with a kebab in each hand: truly inspirational. peak human performance right there"""),
    D("gen", "rd", "hostile", """
To the guy in the black Audi who sat on my bumper through the whole of Otley village this morning: you drive exactly like you probably talk at parties. Loud, pointless and three inches from everyone's face."""),
    D("hea", "ig", "hostile", """
Someone asked for "the strongest painkillers you've got" for a paper cut today 💊 madam the only thing in real pain here is my last brain cell"""),
    D("ret", "x", "hostile", """
man tried to return a tv he'd clearly watched the entire world cup on. sir, you are the reason we have a returns policy. and a returns desk. and therapy"""),
    D("fin", "li", "hostile", """
To the client who told our graduate she "looks too young to understand mortgages": she's a chartered accountant. You thought APR was a month."""),
    D("tec", "fb", "hostile", """
To the lady in our Acme Sense user group complaining that the camera "spies on her": it's a camera, Linda. You bought a camera. That is the job."""),
    D("npo", "fb", "hostile", """
Seven volunteers signed up for Saturday's litter pick and two turned up. To the five of you who "forgot": the crisp packets remembered. You are a disgrace to the clipboard."""),
    D("man", "fb", "hostile", """
To the resident who filmed our lorries for 40 minutes and posted it with "DANGER" in capitals: it's a lorry, Barry. They're big. Much like your mouth."""),
    D("hea", "x", "hostile", """
to the patient who googled his headache and decided he had brain worms: the only thing eating your brain is tiktok, and it's not had much of a meal"""),
    D("gen", "fb", "hostile", """
Local group PSA: to the woman who lets her dog foul outside the primary school every morning and then stares at the parents like we're the problem, we know it's you, we've all seen the pink coat, and the only thing lower than your standards is your dog."""),
    D("ret", "li", "hostile", """
I run the customer service desk at a big Acme Market store and I want to talk about the shopper who told a 17-year-old colleague she was "too thick to work a till".

Here's what I'd have said if I'd been allowed. Madam, that "thick" girl has worked every Saturday since she was 16, is getting A*s in maths, and spotted that you'd been double charged before you did. You, meanwhile, have been coming in for six years and still try to pay with your loyalty card.

Some people are rude because they're having a bad day. Some people are rude because rudeness is the only thing they've ever been good at. You know which one you are.

To my colleague: you were brilliant. Chin up, the kettle's on."""),
]
