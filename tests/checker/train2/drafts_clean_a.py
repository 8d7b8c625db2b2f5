# ruff: noqa: E501
"""Training drafts (second set), clean_tricky part 1: near confidential, phi and promotion.

Public announcements with links, published results and postmortems, code-name words in other senses,
benign "confidential", "closing", "launch"; the author's own health, pets, aggregates, general advice;
job ads, charity events without offers, "free" and "deal" in other senses."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_A = [
    # --- near confidential
    D("tec", "li", "", """
It's official: Acme Cloud's new region in Milan is live as of this morning! Full details and pricing are in today's announcement at acmecorp.com/news. Proud of everyone who made it happen. 🇮🇹"""),
    D("tec", "x", "", """
our postmortem for last month's storage outage is now public: acmecorp.com/blog. short version: a bad config push, caught too late. we've changed how we roll out"""),
    D("tec", "rd", "", """
Went to the Falcon 9 launch at Cape Canaveral on holiday and it was unreal. The sonic booms from the boosters landing made my kids scream with joy. Bucket list item ticked."""),
    D("tec", "fb", "", """
Book launch night! 📚 My first novel, a cosy mystery set in a Welsh village, is finally out. Launch party at the library on Friday, everyone welcome."""),
    D("tec", "ig", "", """
spotted a nightjar on the heath last night 🌙 first time I've ever actually seen one instead of just hearing the churring. 45 minutes lying in the heather, worth it #birding"""),
    D("tec", "li", "", """
As announced in yesterday's press release, Acme has completed its acquisition of a small observability company in Denver. I'm thrilled to welcome 60 new colleagues. Read the announcement on our newsroom."""),
    D("tec", "x", "", """
reading the Acme Q2 results that went out this morning (investors.acmecorp.com). cloud growth is right there in the published numbers, nice to see it in print"""),
    D("tec", "rd", "", """
Our team keeps a "confidential" label in Jira that literally just means "don't put this in the changelog yet because it's boring". The naming has caused at least three panics in all-hands."""),
    D("ret", "fb", "", """
Reminder: the Acme Market on Queen Street will be closing at 4pm on Christmas Eve and reopening on the 27th. Opening hours for every store are on our website. Merry Christmas! 🎄"""),
    D("ret", "li", "", """
Today we announced our plan to open 25 new Acme Market convenience stores across Scotland over the next two years. The full press release is on our newsroom page. Excited to grow in my home country!"""),
    D("ret", "x", "", """
closing time at the shop, mopping the floor to 90s bangers. best part of the job tbh"""),
    D("ret", "ig", "", """
the recall notice for the spinach dip is up on our website and in every store 🥬 if you bought it, bring it back for a full refund. details at acmecorp.com/recalls"""),
    D("ret", "rd", "", """
Can anyone recommend a good supplier of reusable produce bags for a small greengrocer? Not for my day job, for my sister's shop. She's sick of paper bags ripping."""),
    D("hea", "li", "", """
Acme Health has published its annual quality report today, including our infection rates and waiting times for every hospital. I'm proud of how open we've been. The report is at acmecorp.com/health-quality."""),
    D("hea", "fb", "", """
Free, confidential sexual health testing at the Acme Health clinic on Dock Street every Wednesday evening. No appointment, no judgement. Please share with anyone who might need it."""),
    D("hea", "x", "", """
our hospital's new MRI scanner was officially opened by the mayor this morning, press release on the acme health site. patients will start being scanned next week"""),
    D("hea", "rd", "", """
Nurses of reddit: how do you deal with confidential info at family dinners? My aunt always asks "anyone famous in this week?" and I always say "nope, just sick people" and change the subject."""),
    D("fin", "li", "", """
Acme Bank's full-year results are out today and available on our investor relations site. Record lending to first-time buyers is the figure I'm proudest of. Congrats to all my colleagues."""),
    D("fin", "x", "", """
closing out the year with a 10k in the rain. legs are dead but the christmas pudding has been earned 🏃"""),
    D("fin", "fb", "", """
As announced last month, the Acme Bank branch on Station Road moves to the library building from 1 March. Same staff, same services, just a new front door. Details on our website."""),
    D("fin", "rd", "", """
Finance bros, what's your view on the big bank merger that was announced yesterday? I'm at a different bank and watching with popcorn. Deal terms are in their press release if anyone wants to dig in."""),
    D("man", "li", "", """
Delighted that our new wind turbine blade plant, announced in March, welcomed its first 40 apprentices today. Full story on the Acme newsroom. The future of manufacturing is local!"""),
    D("man", "fb", "", """
Saw a peregrine falcon perched on the chimney at the plant this morning 🦅 Apparently they've nested there for three years. Someone from the RSPB is coming to ring the chicks."""),
    D("man", "x", "", """
orion was so bright over the car park at the end of nights. three stars of the belt lined up perfectly. cold, but worth stopping for"""),
    D("man", "rd", "", """
Our plant's published safety record: 900 days without a lost-time injury, and it's on the noticeboard by the gate for everyone to see. Anyone else track this? What's your longest run?"""),
    D("npo", "fb", "", """
The Acme Foundation's annual report is out! 🎉 Last year we helped 14,000 young people through our mentoring programmes. Read the full report on our website and see where every pound went."""),
    D("npo", "li", "", """
After 11 wonderful years I'm closing this chapter and stepping down as a trustee of a small local charity. Thank you to everyone I've worked alongside. On to the next adventure!"""),
    D("gen", "x", "", """
the bluebirds are back in the garden box 🐦💙 four eggs this year. my husband is more excited than I am"""),
    D("gen", "fb", "", """
Our family's secret recipe for Christmas cake has been passed down for four generations. I'm not sharing it, but here's a picture of this year's one. Nana would be proud 🎂"""),
    D("gen", "rd", "", """
Just finished a book about the history of the Manhattan Project. The amount of secrecy around it is mind-blowing. Anyone got recommendations for similar reads?"""),
    D("gen", "li", "", """
Today Acme announced its new CEO, Dr. Amara Okonkwo, who starts in January. You can read the full announcement on the newsroom. Looking forward to the next chapter for all of us."""),
    D("tec", "x", "", """
closing my 1,000th pull request at acme today 🥳 mostly typo fixes, let's be honest"""),
    D("ret", "li", "", """
Acme Market's plan to remove plastic from all fruit and veg by 2027 was announced at our sustainability event this morning. Press coverage is already out. Such a proud day for the team."""),
    D("man", "ig", "", """
launch day for our family narrowboat ⛵ 18 months of weekends, three arguments and a lot of paint. she floats! #narrowboat #canallife"""),
    # --- near phi
    D("hea", "x", "", """
12-hour shift done. three admissions, a lot of paperwork, and a cup of tea at 4am that I never finished. off to bed"""),
    D("hea", "fb", "", """
Update on me, since a few of you asked: the biopsy came back benign! 🙌 I'm having the lump removed in March anyway, but I can finally breathe again. Thank you for all the messages."""),
    D("hea", "li", "", """
In January our A&E saw 5,120 patients, 18% more than last year, and 74% were seen within four hours. Those aren't just numbers, they're our staff working flat out. Thank you, team."""),
    D("hea", "ig", "", """
Meet Pudding, our new therapy dog 🐶 she visits the children's ward every Thursday and the kids adore her. She's a very patient girl with grabby little hands!"""),
    D("hea", "rd", "", """
PSA from a nurse: please bring a list of your medications to every hospital appointment. It saves so much time and prevents mistakes. That's it. That's the post."""),
    D("hea", "x", "", """
be patient with your GP receptionist this week, they're answering 300 calls a day with a team of four. kindness costs nothing"""),
    D("hea", "fb", "", """
Six months after my own hip replacement I walked my first 5k today! 🎉 Slow and steady, but I did it. Thank you to my physio for not giving up on me."""),
    D("hea", "li", "", """
A reflection from my years in paediatric nursing: the most powerful thing you can say to a frightened parent is "I'm not going anywhere". Everything else is clinical skill. That bit is the job."""),
    D("ret", "ig", "", """
our cat Mango had her teeth cleaned at the vet today and she is FURIOUS with me 😾 three extractions, no dinner till tomorrow, lots of dramatic meowing"""),
    D("ret", "fb", "", """
The flu jab clinic at our pharmacy runs Monday to Saturday until the end of November. It's free for over-65s, pregnant women and people with long-term conditions on the NHS. Just walk in."""),
    D("fin", "x", "", """
back at my desk after two weeks off with my own appendix drama. feeling great, one scar lighter"""),
    D("fin", "rd", "", """
Question for insurance folks: how do your firms handle claims when someone has a pre-existing condition they forgot to declare? Asking generally, I'm writing a training course."""),
    D("man", "li", "", """
Our plant's occupational health team ran 340 free hearing tests this year and found that 1 in 9 of us had some early hearing loss. Wear your ear defenders, folks. It's not worth it."""),
    D("man", "x", "", """
my dog ate a whole sock yesterday. vet says it'll "pass naturally". keeping a very close eye on the garden"""),
    D("npo", "ig", "", """
Our rescue greyhound Pip had her final chemo for lymphoma today 🐾 the vets were amazing. She celebrated with a sausage and a 4-hour nap."""),
    D("npo", "fb", "", """
Acme Foundation's mental health first aid course trained 220 volunteers this year. If you're struggling, Samaritans are available 24/7. You are not alone. 💙"""),
    D("npo", "li", "", """
We are recruiting volunteers for our hospice café. No medical background needed, just a warm smile and an hour or two a week. All patients and families welcome. Apply on our website."""),
    D("gen", "rd", "", """
My dad was diagnosed with type 2 diabetes last year and has reversed it with diet and walking. Posting with his permission because I'm so proud. Anyone else's parent done this?"""),
    D("gen", "x", "", """
migraine day. curtains shut, sunglasses on indoors, sipping flat coke like a Victorian invalid"""),
    D("tec", "li", "", """
Proud that the Acme Health Portal now lets patients see their test results the same day, an update announced at our developer conference last week. Details on our product page."""),
    # --- near promotion
    D("ret", "li", "", """
We're hiring! Acme Market is looking for night shift colleagues across our Birmingham stores. Competitive pay, staff discount and a great team. Apply at acmecorp.com/careers."""),
    D("ret", "fb", "", """
Selling my old pram, car seat and a cot. £60 for the lot, collection only. Message me if you're interested, my little one's outgrown the lot! 👶"""),
    D("ret", "x", "", """
gluten free bread at my local shop is finally edible. the sourdough one especially. life changing for a coeliac"""),
    D("ret", "ig", "", """
feel free to steal my weekly meal prep plan 🥗 Sunday afternoon, two hours, five lunches. recipes in my highlights"""),
    D("tec", "li", "", """
We're hiring senior backend engineers to join my team at Acme Cloud. Remote-friendly, great people and interesting problems. Details and the application link are on our careers page. DMs open."""),
    D("tec", "x", "", """
speaking at pycon next week about testing async code. slides will go up after. come say hi"""),
    D("tec", "rd", "", """
Is it worth paying for a password manager, or are the free ones good enough? Asking for a family member who keeps writing everything on sticky notes."""),
    D("hea", "li", "", """
Come and visit the Acme Health stand at the county careers fair on Saturday! We'll be chatting about nursing, midwifery and allied health roles. Bring your questions."""),
    D("hea", "fb", "", """
Blood donation session at the community centre on Tuesday 2-7pm. It takes an hour and you'll get a biscuit. Every donation can help up to three people. 🩸"""),
    D("fin", "li", "", """
Delighted to be on the panel at the Women in Finance summit next month, talking about returning to work after a career break. Looking forward to a great discussion."""),
    D("fin", "fb", "", """
Dealing with a bereavement and need help with a loved one's accounts? Our branch team will sit down with you, no rush. Call the bereavement line on our website."""),
    D("fin", "rd", "", """
Fair deal or not? My landlord wants to raise the rent 8% and I'm already stretched. Anyone in finance got tips on negotiating?"""),
    D("man", "fb", "", """
Acme plant family day is on Saturday 14 June! Tours of the shop floor, a bouncy castle and the canteen team's famous curry. Staff and families only. See you there!"""),
    D("man", "li", "", """
We're recruiting apprentices for September at the Acme plant. Four-year programmes in electrical and mechanical engineering, fully paid with college included. Applications close 30 April."""),
    D("npo", "fb", "", """
Join us for the Acme Foundation sponsored walk along the canal on 8 May! 🚶‍♀️ Sponsorship forms at reception. Every penny goes to our youth club. No entry fee, just bring your legs."""),
    D("npo", "x", "", """
carol singing at the station tonight for the children's hospice 🎶 come sing along, no tickets, just mince pies and good cheer"""),
    D("npo", "ig", "", """
Our charity shop has a whole rail of wedding dresses donated by a local boutique 👰 Come and have a look, every sale helps fund our night shelter."""),
    D("gen", "li", "", """
Volunteering at a soup kitchen on my day off taught me more about leadership than any course. Listening, patience, and showing up every week. Highly recommend."""),
    D("gen", "rd", "", """
Garage sale this weekend at my place: a sofa, some books and a very judgemental armchair. All cash, all must go. Not a business, just moving house."""),
    D("gen", "fb", "", """
Free tickets alert? Sadly no 😂 but the Acme summer party is at the park on Sunday and it's staff and families only. See you there if you work with me!"""),
]
