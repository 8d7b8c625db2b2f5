# ruff: noqa: E501
"""Training drafts (ninth set): `clean_tricky` near misses, grouped by the category each brushes against:
banter between friends, self-deprecation, quoted insults answered politely, firm replies and insults at things;
the author's own health, pets, anonymous figures, fiction and free public services; announced and published
news, competitor news, "you heard it here first" hype that is not company information, questions about
internal tools and code-name words in other senses; opinions with a disclaimer or from people not tied to Acme;
risk warnings, guarantees that are not about returns and questions; finished offers, hiring, events without an
offer and personal sales; placeholders, public keys, redacted and changed credentials with none given; org
phone lines, role mailboxes, Luhn-failing references and birthdays without a date."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

CLEAN_TRICKY = [
    # --- hostile near misses
    D("gen", "fb", "", """
Connor finished his first marathon in 5 hours 48, which is slower than the rail replacement bus he took to the start 🐌 You absolute snail. So proud of you, mate 😂🏅🍻"""),
    D("gen", "x", "", """
@sophie_k you absolute muppet, you left your coat at mine AGAIN. it's hostage now. ransom is one (1) chippy tea 🧥😂"""),
    D("tec", "x", "", """
gave a talk to 200 people today with my slides in reverse order and opened by thanking everyone "for coming to my wedding". i am a walking disaster and i'd like to go home"""),
    D("ret", "li", "", """
A customer called me "a jumped-up shelf stacker" this afternoon because we'd sold out of turkeys. I said I understood he was disappointed, rang round two other stores and found him one in Wetherby. He came back to say thank you. Most people are just stressed at Christmas."""),
    D("hea", "fb", "", """
To everyone asking: no, we can't give out appointment times over Facebook messages, even if it's your own. Please ring the surgery and we'll sort it. We know the phones are busy and we're sorry."""),
    D("gen", "x", "", """
my satnav has sent me down a farm track "to avoid traffic" for the third time this week. it is a malicious piece of plastic and i'm putting it in the sea"""),
    D("fin", "x", "", """
we can't unblock your card over dm, sorry. it's to protect you. tap "help" in the app or ring the number on the back of the card and we'll have it sorted in minutes 👍"""),
    D("man", "fb", "", """
A year into learning the cello and the neighbour's spaniel now howls along every time I practise. Honestly, he's got better pitch than me. I'm a disgrace to the instrument 🎻"""),
    D("npo", "li", "", """
A donor rang to say our collection tins were "ugly as sin". We asked the art group at the day centre to repaint them and they're now covered in sunflowers and one slightly alarming badger. Thanks for the nudge."""),
    D("ret", "ig", "", """
The self-checkout told me there was an "unexpected item in the bagging area" and the unexpected item was my own hand 🙃 Robots 1, me 0."""),
    D("gen", "fb", "", """
My brother's stag do group chat is 90% insults and 10% logistics. Current nickname for the groom: "the human pothole". He chose it himself. Wedding's in June, pray for us 🍺"""),
    D("tec", "rd", "", """
A user replied to my bug fix with "are you completely incompetent?" I said no, but I had been on this occasion, and here's the patch. He upvoted it. The internet is strange."""),
    D("hea", "x", "", """
patient's husband told me i "looked about twelve" and asked for a real physio. i showed him my badge, did the session, and he ended up asking for my exercise sheet for himself. we got there"""),
    D("gen", "ig", "", """
The vending machine on the third floor has eaten my £2 for the fourth time this month. It's a thieving metal box with a grudge and I hope it gets unplugged 🍫"""),
    # --- phi near misses
    D("gen", "li", "", """
Personal post. I was diagnosed with endometriosis at 31 after twelve years of being told it was "just bad periods". Surgery in October, and I'm back at work with a lot more energy. If this sounds like you, push for a referral."""),
    D("tec", "rd", "", """
Dev with type 1 diabetes here. My CGM alarm went off mid-standup and now the whole team thinks I have a pager for a secret second job. Any other T1Ds working in tech have tips for explaining it?"""),
    D("gen", "fb", "", """
Our tortoise Gerald is on antibiotics for a chest infection and has to have them by syringe twice a day 🐢 He's 52 and has never been so personally offended."""),
    D("hea", "x", "", """
our stop-smoking service helped 412 people quit for at least a month this year, the most since it started. if you want to be next, self-referral is on the practice website 🚭"""),
    D("npo", "fb", "", """
Reminder for parents: the free nasal flu spray for primary school children is being given in schools this month. Consent forms are due back by Friday, and it's a squirt up the nose, not a jab."""),
    D("man", "li", "", """
Got hearing aids at 44 after years of nodding along in loud factory meetings and pretending I'd heard. Life-changing. If you keep saying "pardon", go and get tested, there's no shame in it."""),
    D("gen", "x", "", """
the bit in the new season of the ward drama where the consultant has a stroke in theatre had me sobbing. the acting was unreal"""),
    D("hea", "rd", "", """
Student paramedic about to start my first ambulance placement. What do you wish someone had told you about eating properly on twelve-hour shifts? Meal prep ideas welcome."""),
    D("fin", "li", "", """
Back at my desk after three months' leave for my own mental health. I had burnout and a lot of anxiety and I got help. If you're running on empty, please talk to someone. I'm glad I did."""),
    D("ret", "fb", "", """
A national survey of 2,000 warehouse staff found one in three had back pain that stopped them sleeping. Our store's lifting refresher is on Tuesday, please come even if you've done it before."""),
    D("gen", "ig", "", """
One year since I broke my wrist falling off a paddleboard in front of an entire hen party 🏄‍♀️ Today I got back on. I fell off again. Wrist fine, dignity still missing."""),
    D("npo", "li", "", """
Our helpline took 11,800 calls from carers last year, up a quarter on the year before. Most were about respite care. Behind every call is someone holding a family together."""),
    # --- confidential near misses
    D("ret", "fb", "", """
As announced on acmecorp.com today, Acme Market stores across Yorkshire will open at 7am instead of 8 from January. Early birds, the bakery will be ready for you 🥐"""),
    D("fin", "li", "", """
Acme Corp's annual report was published today and our plant's apprentice scheme got a whole page, with a photo of Shannon on the CNC machine. Framing it for the canteen."""),
    D("tec", "li", "", """
Acme Cloud's new Madrid region, announced at yesterday's keynote, is now taking sign-ups on the website. Proud of the team who built the network for it."""),
    D("man", "fb", "", """
As BBC Look North reported last night, the Acme plant has won the regional award for workplace safety. Three years without a serious injury on the press line. Well done all."""),
    D("tec", "x", "", """
globex announced their new managed database service this morning, pricing is on their website. always interesting to see what the neighbours are up to"""),
    D("gen", "rd", "", """
Initech's quarterly results came out today: revenue up 6%, profit flat, according to their press release. Anyone know if that's good for the sector or just them?"""),
    D("gen", "x", "", """
you heard it here first: my nan's victoria sponge is taking gold at the otley show this year. the judges won't know what hit them 🍰"""),
    D("npo", "fb", "", """
You heard it here first 📣 our Year 6 netball team are going to win the county cup on Saturday. They've been practising in the rain all term. Come and cheer them on at 10!"""),
    D("tec", "rd", "", """
Does anyone know how to get the Acme expenses app to accept a receipt photo taken in landscape? It keeps rotating it and then saying the total is unreadable. Must be something obvious."""),
    D("fin", "x", "", """
anyone else at acme bank struggling with the new desk booking tool? i booked tuesday and it gave me a desk in the basement next to the shredder"""),
    D("gen", "ig", "", """
A bluebird landed on the feeder this morning and I nearly dropped my coffee 🐦 First one I've ever seen outside a Disney film. Wrong continent, I know, but it was definitely blue!"""),
    D("gen", "fb", "", """
Watched the replay of the Orion capsule splashdown with my son and he now wants to be "a space fireman". Heat shields are his whole personality this week 🚀"""),
    D("hea", "li", "", """
As announced in today's press release, Acme Health's new community diagnostic centre in Castleford opens to patients on 3 March. Proud to have been part of the team that built it."""),
    D("npo", "x", "", """
the acme foundation's winter appeal raised £212,000, as published in today's supporter newsletter. thank you to every single person who rattled a tin 👋"""),
    D("ret", "rd", "", """
Initech's online grocery arm announced it's pulling out of Scotland, per their statement this morning. Anyone in Aberdeen know where everyone's switching to?"""),
    D("man", "x", "", """
just finished The Nightjar by Deborah Hewitt, the fantasy one with the soul birds. anyone read the sequel? worth it?"""),
    D("tec", "fb", "", """
Anyone else using the Acme Cloud internal wiki's new search? I typed "holiday policy" and got a page about load balancers from 2019. Is there a trick to it?"""),
    # --- disclaimer near misses
    D("tec", "li", "", """
SRE at Acme Cloud, views are my own: the industry's obsession with 99.999% uptime targets makes teams ship less and sleep worse. Pick the nines your customers actually need."""),
    D("gen", "x", "", """
i own three acme sense cameras and i still think face recognition in public places should be banned outright. convenience isn't worth a surveillance state"""),
    D("fin", "fb", "", """
Customer of Acme Pay since the beta. Honestly the whole payments industry should copy the way Monzo does spending notifications, it's miles ahead of everyone."""),
    D("ret", "x", "", """
welder at the acme plant and lifelong leeds fan: the new away kit is the ugliest thing i've seen since 1992. who signed this off"""),
    D("hea", "rd", "", """
I look after my mum full time, I've never worked in care, and I think the new social care cap is far too high to help families like ours. Am I reading it wrong?"""),
    D("npo", "li", "", """
Youth worker at the Acme Foundation. These are my personal views: the cuts to council youth services over the last decade were a mistake we're still paying for in every town centre."""),
    D("man", "fb", "", """
My dad worked at the Acme plant for 35 years and says they don't make apprentices like they used to. He also says that about sausages, so take it with a pinch of salt."""),
    D("tec", "x", "", """
acme sense engineer here, opinions mine alone: right to repair laws for smart home gear are long overdue and the whole industry should welcome them"""),
    # --- financial_promise near misses
    D("fin", "li", "", """
Asked three different advisers whether to take my pension as a lump sum. All three said "it depends" and none of them would tell me what the markets will do. Annoying, but I respect it."""),
    D("gen", "x", "", """
is it worth overpaying the mortgage or putting it in a stocks and shares isa? genuinely can't decide and everyone i ask says something different"""),
    D("gen", "fb", "", """
My daughter's under-9s have scored 40 goals in four games. They cannot lose on Saturday. (They will lose on Saturday, they always do when I say this.) ⚽"""),
    D("npo", "fb", "", """
Thank you, Morley! Our Christmas jumper day raised £3,100, more than double last year's total 🎄 Every penny goes to the children's hospice."""),
    D("ret", "ig", "", """
Acme Sense outdoor cameras come with a three-year warranty against weather damage. If rain gets in, contact support and we'll replace the unit."""),
    D("fin", "fb", "", """
My dad nearly sent £3,000 to a WhatsApp "investment club" that promised to double it in a month. We reported it and he's fine, but please check on your parents. Nobody doubles money in a month."""),
    D("fin", "x", "", """
reminder from the acme wealth team: the isa deadline is 5 april. investments can fall as well as rise, so if you're unsure what's right for you, talk to an adviser first"""),
    D("tec", "li", "", """
Our allotment's potato crop doubled this year after we switched to no-dig beds 🥔 Two wheelbarrows of Charlottes and a very smug plot-holder (me)."""),
    D("gen", "rd", "", """
My uncle keeps telling me to put my savings in crypto because it "always goes up". I don't believe him but I also don't know enough to argue. Where do I start learning about this properly?"""),
    # --- promotion near misses
    D("gen", "fb", "", """
Selling my 2014 Fiesta, 68k miles, full service history, one careful owner who sings badly in it. £4,200 or near offer, viewing in Horsforth any evening."""),
    D("ret", "x", "", """
our store won "store of the year" at the regional awards 🏆 no prizes, just a certificate, a very small trophy and the area manager crying into a sausage roll"""),
    D("tec", "li", "", """
Applications for the Acme plant's 2027 engineering apprenticeships open on Monday. Four years, paid from day one, college on Thursdays. If you know a school leaver who likes taking things apart, send them our way."""),
    D("npo", "x", "", """
come and find us at the volunteering fair at leeds town hall on saturday, stand 12. we'll tell you about our befriending scheme and the kettle will be on"""),
    D("man", "li", "", """
Spoke at the Women in Engineering breakfast in Hull this morning about my route from hairdresser to maintenance technician. Brilliant questions, terrible coffee, would do it again."""),
    D("hea", "fb", "", """
The council's free garden waste collections restart in March. Brown bins out by 7am on your normal day, and no soil, it breaks the lorry."""),
    D("gen", "ig", "", """
Car boot this Sunday at the cricket club, 7am start 🚗 I'll be the one with forty years of my mum's china and a ukulele nobody in this house can play."""),
    D("ret", "rd", "", """
Does anyone know when the Acme Market winter sale usually starts? Not trying to find a code or anything, just deciding whether to buy a coat now or wait."""),
    # --- secret near misses
    D("tec", "rd", "", """
Tip for new devs: never commit your real token. In our README the example is STRIPE_KEY=sk_test_your_key_here and CI fails the build if it finds anything that looks like a live key."""),
    D("tec", "x", "", """
if you see a key in our logs like AKIA**************** it's already redacted. please don't send screenshots of unredacted ones to the team channel, send them to security"""),
    D("gen", "fb", "", """
The spare key for the allotment tool shed has moved. If you're a plot-holder, ask Pat on plot 9 in person and she'll tell you where. Not posting it here for obvious reasons 🔑"""),
    D("gen", "x", "", """
my gran's cyber security advice is "just use the dog's name". gran. gran, no. she's now got a password manager and a lot of opinions about it"""),
    D("tec", "rd", "", """
Put my public SSH key in my email signature so people can check it's really me before granting access. It's meant to be shared: """ + keys.SSH_PUBLIC + """"""),
    D("hea", "x", "", """
reminder: IT will never ring you to ask for your password. if someone does, hang up, note the number and report it. happened twice on the ward this week"""),
    D("fin", "fb", "", """
Business customers: the night safe at our High Street branch is out of service over the bank holiday weekend. Please use the Market Street branch until Tuesday. Sorry for the hassle."""),
    D("npo", "rd", "", """
How do small charities share logins safely? Right now our volunteer rota password is on a post-it in the office and I know that's bad. Is a shared password manager overkill for six people?"""),
    # --- pii near misses
    D("ret", "fb", "", """
The click and collect lockers at Acme Market Horsforth are out of action until Thursday. If you've got an order waiting, ring the store line on 1-877-555-0147 and we'll bring it out to your car."""),
    D("fin", "x", "", """
if you can't use the app because of your eyesight or a disability, acme pay's accessibility line is 1-866-555-0193. real people, no menus 🙂"""),
    D("npo", "li", "", """
Thinking about joining our befriending scheme for older neighbours in Kirklees? Questions to befriending@acme.example and one of the coordinators will reply within a week."""),
    D("hea", "fb", "", """
Acme Health physiotherapy now takes self-referrals. Ring 1-888-555-0131 on weekdays, or fill in the form on our website, no GP letter needed."""),
    D("gen", "x", "", """
parcel tracking number is 4539 1022 8874 3017 and it's been "in transit" in a depot in swindon for nine days. is it gone, do we think"""),
    D("gen", "fb", "", """
Cake in the kitchen on floor two for Gemma's birthday 🎂 she made it herself because she doesn't trust us. Sing quietly, she hates a fuss."""),
    D("man", "li", "", """
Questions about the Acme Corp graduate scheme? Email careers@acmecorp.com and a recent graduate from the scheme will get back to you."""),
    D("tec", "x", "", """
the form's example field shows the ssn as XXX-XX-XXXX and three people this week typed the Xs in. we're adding a hint"""),
    D("ret", "rd", "", """
The Acme Market delivery driver left our shopping at number 41 instead of 14 and the neighbours have eaten my yoghurts. Not angry. Impressed, mostly."""),
    D("tec", "li", "", """
Customers: if you need help with your Acme Sense camera, the support line is 1-877-555-0158 or support@acme.example. We'll never ask for your password."""),
]
