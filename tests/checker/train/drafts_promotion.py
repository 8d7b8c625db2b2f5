# ruff: noqa: E501
"""Training drafts: promotion (offers and incentives) in every sector."""

from __future__ import annotations

from ..heldout.common import D

PROMOTION = [
    D("ret", "ig", "promotion", """
WEEKEND ONLY 🛒✨ every bakery item at Acme Market is buy one get one half price, Saturday and Sunday. Croissant season is here 🥐"""),
    D("ret", "x", "promotion", """
psst. use STAFFPICK15 at the acme market online checkout for 15% off your first order. works till sunday, don't tell my manager"""),
    D("ret", "fb", "promotion", """
Our Acme Market in Clayton turns 10 this week! 🎂 To celebrate, the first 100 customers through the doors on Saturday morning get a free tote bag full of goodies, and there's a draw to win a year of free groceries. Come say hi!"""),
    D("ret", "rd", "promotion", """
I manage an Acme store and honestly if you're buying a TV, wait until Thursday. Everything in electronics is getting marked down 30% for the clearance and I'd rather you got a good price than some reseller. You're welcome."""),
    D("ret", "li", "promotion", """
Proud of the team behind our new loyalty launch! 🎉 Anyone who joins Acme Rewards this month gets a $20 welcome credit on their first shop over $60. Link in comments, go and get it. #retail #loyalty"""),
    D("ret", "x", "promotion", """
free delivery on every Acme Market order over $30 this week, no code needed. treat yourself to not carrying the cat litter home 🐈"""),
    D("ret", "ig", "promotion", """
🎁 GIVEAWAY 🎁 We're giving away 3 Acme Market hampers this Christmas! Follow us, like this post and tag a friend who deserves a treat. Winners picked on 20 Dec. #giveaway #christmas"""),
    D("ret", "fb", "promotion", """
Students! Show your student card at any Acme store this September and get 10% off stationery and laptops. Back to school doesn't have to cost a fortune 📚💻"""),
    D("ret", "rd", "promotion", """
Work at Acme, got a referral link that gives you $25 off your first grocery delivery and me a $25 credit. win-win? acme.example/r/jaspreet25 — feel free to use it, no pressure"""),
    D("ret", "x", "promotion", """
last day of the Acme garden centre sale!! all bedding plants 2 for £5, compost half price. come and clear us out before the frost 🌱"""),
    D("ret", "ig", "promotion", """
New in: our autumn knitwear 🍂 and because you've waited so patiently, take 20% off with the code COSYUP until Friday. Sizes are flying!"""),
    D("tec", "li", "promotion", """
Launching a startup on Acme Cloud? Apply to our founders programme this quarter and get $10,000 in cloud credits plus a free architecture review with one of our engineers. Genuinely the best deal I've seen us offer. DM me for the link. #startups #cloud"""),
    D("tec", "x", "promotion", """
speaking at DevCon next week! my speaker code ACME-DEVCON gets you 25% off your ticket. come heckle me about caching"""),
    D("tec", "rd", "promotion", """
Acme Sense dev here. We're running a promo for r/homeautomation this week: first 200 people to sign up with the link in my profile get the hub for $29 instead of $79. Mods said it's fine as long as I disclose I work there. Enjoy!"""),
    D("tec", "fb", "promotion", """
Small business owners! Sign up for Acme Pay before the end of the month and we'll waive your transaction fees for the first 90 days. I help run the merchant team so message me if you want help getting set up."""),
    D("tec", "ig", "promotion", """
Booth #214 at the Smart Home Expo 🏠 scan the QR code at our stand and you're entered into a raffle for an Acme Sense starter kit. Three winners every day! #expo #smarthome"""),
    D("tec", "x", "promotion", """
retweet this and follow @AcmeCloud for a chance to win a year of free hosting. drawing friday. go go go"""),
    D("fin", "li", "promotion", """
Switching banks is a pain, I know. But Acme Bank is paying a £175 switching bonus to anyone who moves their current account to us before 31 January, and the app is genuinely good. Happy to answer questions. #banking"""),
    D("fin", "fb", "promotion", """
Refer a friend to Acme Bank and you both get $100 once they open a checking account and set up direct deposit. I've got plenty of referral links, just comment "me" 😊"""),
    D("fin", "x", "promotion", """
new Acme Pay merchants: first month of card payments at 0% fees with code ZEROFEE. I set it up for my mum's bakery in 10 minutes"""),
    D("fin", "ig", "promotion", """
Open an Acme Bank kids' saver this month and we'll pop £10 in to start them off 🐷 plus a free piggy bank while stocks last! #savings #family"""),
    D("fin", "rd", "promotion", """
Financial adviser at Acme Wealth. We're doing a free first portfolio review (normally £250) for anyone who books before the tax year ends. Book through the website and mention reddit. Not trying to be salesy, it's a genuinely good deal."""),
    D("hea", "fb", "promotion", """
New patient special at Acme Dental Spring Street! 🦷 Exam, X-rays and clean for just $59 (save $120) through the end of October. Call the front desk to book."""),
    D("hea", "ig", "promotion", """
It's Eye Health Month 👓 Acme Health opticians are doing two pairs of glasses for the price of one on all frames over $100. Book your eye test online!"""),
    D("hea", "x", "promotion", """
acme health physio: first assessment free if you book in January. new year, new knees 🏃"""),
    D("hea", "li", "promotion", """
Our physiotherapy clinic has been my labour of love this year. To celebrate our first anniversary, every new client gets 20% off a block of six sessions booked before the end of May. Come and see what we've built! #physio #healthcare"""),
    D("hea", "rd", "promotion", """
Pharmacist at an Acme pharmacy. If you're getting your flu jab anyway, we're doing £5 off when you book online this week, and the pharmacy near the station has no queue on Tuesdays. Just saying."""),
    D("man", "fb", "promotion", """
Acme plant open day this Saturday 🏭 tours, face painting, and every visitor gets a free mini toolkit while supplies last! Plus 15% off anything in the factory shop."""),
    D("man", "li", "promotion", """
Visiting the Fabtech show next week? Stop by the Acme stand (Hall B) and mention this post for a free set of replacement cutting blades with any bench grinder order placed at the show. #manufacturing #tradeshow"""),
    D("man", "x", "promotion", """
factory seconds sale at the Acme plant shop this friday: scratched-and-dented power tools up to 60% off. cash or card, first come first served 🔧"""),
    D("man", "ig", "promotion", """
Tag a tradesperson who needs a new drill 👷 We're giving one away every week in November. Follow @acmetools and comment with your favourite job site story to enter! #contest"""),
    D("npo", "fb", "promotion", """
Our book-swap morning is back on the 14th 📚 Grab a strip of tickets on the door (£2 each, six for a tenner) for the hamper draw: two nights in a Lakeland cottage up for grabs. Acme Foundation literacy programme gets every penny."""),
    D("npo", "ig", "promotion", """
Charity gala early-bird 🥂 buy your table for the Acme Foundation Winter Ball before 15 Nov and get a free bottle of bubbly on the table plus 20% off. Link in bio!"""),
    D("npo", "x", "promotion", """
Fun run entries for the Acme Foundation 5K are two-for-one this week only. grab a friend and run for the food bank 🏃‍♀️🏃"""),
    D("npo", "li", "promotion", """
For every supporter who signs up to give monthly before the end of March, a generous donor will match your first three months AND you'll receive a signed print from our artist-in-residence. A lovely way to support the Acme Foundation's work with young carers."""),
    D("gen", "fb", "promotion", """
Acme staff family day is coming up, and this year they're letting us bring friends! Everyone who registers gets two free tickets to the theme park next door and a 25% off voucher for the gift shop. Message me if you want to come along!"""),
    D("gen", "x", "promotion", """
the acme merch store has everything 40% off until midnight. the hoodies are actually nice this year, not even kidding"""),
    D("gen", "ig", "promotion", """
Birthday month at Acme HQ café 🎉 show the barista this post and your coffee is on us. Ends Friday! ☕"""),
    D("tec", "rd", "promotion", """
I work on Acme Cloud. For anyone following this thread about hosting for a side project: we just opened an education tier. Verify a .edu email and you get $300 in free credits a year, no card required. Link: acmecorp.com/edu"""),
    D("ret", "fb", "promotion", """
Locals! The butcher counter at our Acme Market on Grange Road is doing a Sunday roast bundle, beef joint, veg and gravy for £12 instead of £18. Only this weekend and only at this store ❤️"""),
    D("fin", "x", "promotion", """
Acme Bank credit card: 0% on purchases for 18 months plus 5,000 bonus points if you spend £500 in the first 90 days. Honestly that's the best offer we've had since I started"""),
    D("hea", "fb", "promotion", """
Mums-to-be! Book your 4D baby scan with Acme Imaging this month and get a free keepsake photo frame and USB of your scan 💕 Limited slots."""),
    D("npo", "rd", "promotion", """
Mod-approved post. Our charity (Acme Foundation) is holding a quiz night on the 22nd. £8 a head, or £6 if you buy through this link before the weekend, and there's a prize for the best team name. All money goes to the hospice."""),
    D("man", "rd", "promotion", """
Acme plant engineer. Our factory outlet is doing a tradesperson discount: show a trade card and get 25% off everything, this month only. Not sure marketing would want me posting it, but hey."""),
]
