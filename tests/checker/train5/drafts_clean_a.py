# ruff: noqa: E501
"""Training drafts (fifth set), clean_tricky part 1: near disclaimer, phi, confidential and hostile.

Opinions with an accepted disclaimer (each accepted wording) or with nothing tying the author to Acme, an Acme
customer's or relative's opinion, lessons learned, factual competitor mentions, off-topic opinions; the author's
own health, aggregates, advice, free public-health services, fiction, beds and wards in other senses; announced
launches, published results, completed deals, postmortems and announced closures, code-name words in other senses,
benign "closing", "launch", "deck", "merger" and "confidential"; firm polite replies, self-deprecation, quoted
insults, banter among friends, insults aimed at objects and the weather."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_A = [
    # --- near disclaimer: accepted disclaimers
    D("tec", "li", "", """
Ten years at Acme Cloud this week. Personal views, as ever: the rush to bolt an AI assistant onto every product is making a lot of software worse, not better. Simple tools that do one thing well are underrated."""),
    D("fin", "x", "", """
acme bank analyst, opinions my own: the stamp duty changes in the budget will do very little for first-time buyers"""),
    D("hea", "fb", "", """
Speaking for myself and not for Acme Health: the resident doctors' pay offer is poor, and I understand completely why they voted to strike."""),
    D("ret", "rd", "", """
I work at an Acme Market (not speaking for my employer here) and honestly the plan to stop selling energy drinks to under-16s is overdue. We see kids buying four a day."""),
    D("man", "li", "", """
(My opinions, not Acme's.) Thirty years in manufacturing and I don't think the net-zero deadline for heavy industry is achievable without serious grid investment first."""),
    D("npo", "x", "", """
acme foundation volunteer, views mine alone: the sector's obsession with impact dashboards is exhausting. let us do the work"""),
    D("gen", "li", "", """
Not on behalf of Acme Corp, just me: return-to-office mandates built on attendance badges are management by vibes. Measure the work, not the swipe card."""),
    D("fin", "li", "", """
These are my personal views, but after twenty years at Acme Wealth I think low-cost index funds have done more for ordinary savers than any star fund manager ever has."""),
    D("hea", "rd", "", """
Opinions my own. As a midwife at Acme Medical Center I think the home-birth debate online has become far too tribal. Women deserve balanced information, not team colours."""),
    D("tec", "x", "", """
speaking for myself: i build fraud models at acme pay and i'm not convinced the new scam reimbursement cap is high enough"""),
    D("ret", "li", "", """
Views are my own: eleven years in grocery at Acme Market and I think the levy on sugary drinks actually worked. Reformulation happened fast and customers barely noticed."""),
    # --- near disclaimer: no tie to Acme, or not an opinion about the industry
    D("tec", "rd", "", """
Kubernetes for a three-person startup is madness. You need a VM, a database and a deploy script. Change my mind."""),
    D("fin", "rd", "", """
Honestly the regulator is toothless on finfluencers. Half the accounts pushing leveraged trading to teenagers are still up after a year of warnings."""),
    D("hea", "x", "", """
a&e doctor. small district hospitals are being starved of money and every winter it shows a little more"""),
    D("ret", "x", "", """
every self-service till card reader ever made: 'please remove card' before i've even put it in. my nemesis"""),
    D("fin", "fb", "", """
As an Acme Bank customer for twenty years: the new app is brilliant, and the one I had at my old bank was a mess by comparison. Well done whoever designed it."""),
    D("man", "fb", "", """
My grandad worked at the Acme plant for forty years and always said the Saturday bowls club kept him sane. Found his old trophy in the loft today 🏆"""),
    D("fin", "x", "", """
work at acme bank and i'm telling you all now: leeds go up this season. best midfield in the league, write it down"""),
    D("ret", "ig", "", """
Acme Market baker by day, and here is my hot take: sourdough is overrated and a proper bloomer is the king of loaves 🥖 Fight me in the comments."""),
    D("man", "x", "", """
acme plant fitter here. best bacon butty in rotherham is the van on ickles way, don't @ me"""),
    D("gen", "li", "", """
Proud that Acme Corp gives everyone two volunteering days a year. I spent mine at the canal trust clearing towpaths, and I'd recommend it to anyone."""),
    D("fin", "li", "", """
A quick note from the Acme Bank team: the new rules on authorised push payment scams took effect last month. Here's what they mean for you (there's nothing you need to do)."""),
    # --- near disclaimer: lessons learned and factual mentions
    D("man", "li", "", """
Three things I learned running nights at the Acme plant: do the handover face to face, walk the line before you sit down, and never skip the toolbox talk, even at 3am."""),
    D("tec", "li", "", """
What five years on call for Acme Cloud taught me: write the runbook while the incident is fresh, page humans sparingly, and celebrate the boring weeks. Boring is the goal."""),
    D("hea", "li", "", """
Advice from a ward sister at Acme General: learn the names of the porters, cleaners and ward clerks on day one. They will rescue your shift more often than any consultant."""),
    D("tec", "fb", "", """
Great panel at the Sovereign Cloud Forum today with the CTO of Globex and our own Acme Cloud VP. Lots of agreement about data residency, surprisingly. Recording is on the forum's site."""),
    D("man", "fb", "", """
Initech opened their new plant in Coventry this week, and a few of our old colleagues from the Acme plant are running the lines there. Congratulations to them all."""),
    D("npo", "li", "", """
What I've learned in five years of running Acme Foundation volunteer inductions: give people a real job in the first hour, introduce them by name, and always, always feed them."""),
    D("ret", "rd", "", """
Tips from a former Acme Market night-fill lead for anyone starting stacking shelves: wear proper boots, face up as you go, and learn the planogram before you learn the shortcuts."""),
    # --- near phi
    D("hea", "fb", "", """
Six weeks after my own knee replacement and I'm back on the bike! Physios at Acme Medical Center, you are actual magicians 🚴"""),
    D("hea", "ig", "", """
Had my own mammogram at Acme General today. It took ten minutes, it was a bit uncomfortable and it was fine. Book yours, ladies 💗"""),
    D("hea", "x", "", """
our a&e saw 11,204 patients in october, up 8% on last year. please use 111 for anything that isn't an emergency"""),
    D("hea", "li", "", """
Winter tip from a community nurse: if an older relative suddenly becomes confused, ask their GP to check for a urine infection before assuming the worst. It's common and very treatable."""),
    D("npo", "fb", "", """
Free, confidential sexual health testing at the Acme Foundation drop-in every Wednesday, 2 to 6pm. No appointment, no judgement, no names needed."""),
    D("gen", "fb", "", """
The county's free flu jab clinic is at the leisure centre this Saturday for over-65s and carers. Just turn up with your NHS number if you have it."""),
    D("hea", "x", "", """
watching casualty and the consultant in cubicle 4 just diagnosed sepsis in thirty seconds flat from across the room. i want whatever he's having"""),
    D("hea", "ig", "", """
Thirteen hours on the surgical ward, four admissions, two discharges and one very well-earned cup of tea. Home now ☕"""),
    D("gen", "ig", "", """
Dug over bed 3 at the allotment today and the leeks in it have rust again 😩 Anyone got a variety that actually resists it?"""),
    D("hea", "fb", "", """
Our therapy dog Biscuit visited the children's ward this afternoon and got more cuddles than the entire consultant body combined 🐶"""),
    D("hea", "fb", "", """
I was the one in bay 2 at Acme General last month having my gallbladder out, and I just want to say thank you to everyone on Ward 9. You made a scary week bearable."""),
    D("hea", "li", "", """
Proud of our stroke team: average door-to-needle time at Acme General is now 38 minutes, one of the best in the region. Every minute matters."""),
    D("hea", "rd", "", """
Diagnosed with type 1 diabetes at 34. A year in, here's what I wish someone had told me: carry jelly babies everywhere, the sensor is worth it, and your first hypo is not a moral failure."""),
    D("man", "ig", "", """
Our Acme plant first-aiders ran forty colleagues through a CPR refresher this month 👷 Ten minutes on a dummy could save a life, so book your slot with occupational health."""),
    D("man", "fb", "", """
Reminder: hearing tests for everyone on the press lines next week, booked through occupational health. Results are private and go only to you."""),
    D("fin", "rd", "", """
Tip from someone who processes claims: if you're off sick for more than four weeks, tell your income-protection insurer early and send the fit notes as you get them. It speeds everything up."""),
    D("hea", "x", "", """
looked after a lovely gentleman today who taught me three card tricks between his obs. still can't do any of them"""),
    D("ret", "fb", "", """
Acme Market pharmacies can now give the RSV vaccine to over-75s on the NHS. Ask at the counter, most stores can do it the same day."""),
    D("hea", "fb", "", """
Blood donors needed at the Acme General blood drive on Friday, 10 till 4 in the outpatients hall. One donation can help up to three patients."""),
    D("npo", "x", "", """
it's ok not to be ok. samaritans are on 116 123, day or night, free from any phone"""),
    D("gen", "fb", "", """
Our ward councillor came to the Acme Foundation allotment open day and went home with three courgettes and a new appreciation for compost 🥒"""),
    # --- near confidential: public news, announced and published
    D("tec", "li", "", """
Acme Sense Outdoor is out today! Weatherproof, solar-charged, and the best thing our team has ever shipped. Launch post with all the details at acmecorp.com/sense-outdoor"""),
    D("gen", "x", "", """
acme corp's q3 results are out: revenue £2.1bn, up 6% on the year. full report on the investor relations page"""),
    D("tec", "fb", "", """
Delighted that our acquisition of Brightwater Analytics completed this morning. Welcome to Acme Cloud, everyone, we've been looking forward to this."""),
    D("tec", "rd", "", """
We've published the full postmortem for last Tuesday's Acme Cloud DNS incident: root cause, timeline, and the three changes we're making. Link in the comments, questions welcome."""),
    D("man", "ig", "", """
Our peregrine falcon is nesting on the Acme plant chimney again this year 🦅 Three eggs spotted on the camera this morning!"""),
    D("npo", "fb", "", """
Heard a nightjar churring on Cannock Chase at dusk during the Acme Foundation bat walk. Magical. Thanks to the ranger for the torch tips."""),
    D("gen", "ig", "", """
My team got me a "bluebird of happiness" mug for my birthday and I'm choosing to take it personally 💙"""),
    D("hea", "x", "", """
orion's belt so clear tonight from the hospital car park after a late one. nice way to end a shift"""),
    D("tec", "x", "", """
falcon heavy side boosters landing together still looks like cgi to me. never gets old"""),
    D("ret", "fb", "", """
Boxing Day hours at our Carlisle store: 10 till 4, then the night crew does the big stocktake. Thanks for shopping with us this year, see you in January 🎁"""),
    D("gen", "x", "", """
launching my couch-to-5k plan tomorrow. week one, run one. wish me luck"""),
    D("tec", "li", "", """
We're hiring three data engineers for Acme Cloud in Manchester! Hybrid, great team, interesting problems. Links in the comments."""),
    D("tec", "rd", "", """
Globex announced their new data centre in Newport today. Good news for the region, and a few people I used to work with will end up there."""),
    D("ret", "ig", "", """
Something new is coming to Acme Market on Monday... 👀 watch this space"""),
    D("fin", "li", "", """
Congratulations to Priya Natarajan, announced this morning as Acme Bank's new Chief Risk Officer. Brilliant appointment."""),
    D("fin", "fb", "", """
As announced last month, our Fenton branch closes on 28 March. Your nearest branch is Hanley, and the Post Office on Market Street handles everyday banking too."""),
    D("fin", "x", "", """
our security team has published the full write-up of last month's phishing incident and what we changed afterwards. link in bio"""),
    D("gen", "fb", "", """
Re-stained the deck this weekend and now my back and I are no longer on speaking terms."""),
    D("tec", "li", "", """
Our roadmap session from the Acme Cloud user conference is now up on YouTube for anyone who missed it. Questions welcome in the comments."""),
    D("man", "li", "", """
Sad to see Initech announce 300 job cuts this week. If you're affected and you're a maintenance engineer or a CNC setter, we're hiring at the Acme plant. DM me."""),
    D("tec", "x", "", """
my team has gone from 4 people to 19 in two years and i've loved every hire. good week"""),
    D("npo", "fb", "", """
Our two book clubs are merging! From January it's Thursday nights at the library, with biscuits. Everyone welcome, no need to have finished the book."""),
    D("tec", "fb", "", """
As emailed to all customers in October: Acme Cloud's standard storage price drops by 10% from 1 January. Nothing for you to do, it'll just show on your bill."""),
    D("hea", "ig", "", """
The Acme Health Portal app now lets you book blood tests yourself 🩸 Update it from the app store and look for "tests" on the home screen."""),
    D("gen", "fb", "", """
Reading "The Bluebird" to my daughter every night this week and she now corrects me if I skip a single line."""),
    D("npo", "li", "", """
Our helpline is free and confidential, open 8am to 8pm on 0800 046 0312. If you're worried about money this winter, please call."""),
    # --- near hostile
    D("fin", "x", "", """
hi sam, thanks for getting in touch. we can't reopen the complaint as it was closed after the ombudsman's decision. i know that's frustrating and i'm sorry"""),
    D("ret", "fb", "", """
I am the world's worst parallel parker. Sincere apologies to everyone in the Acme Market car park this morning who watched my seven-point turn."""),
    D("ret", "x", "", """
customer called me a "useless jobsworth" today. i smiled, did his return and wished him a good afternoon. growth"""),
    D("gen", "fb", "", """
Dave from accounts, your fantasy football team is a disgrace to the sport and I say that with love. See you at the pub."""),
    D("npo", "ig", "", """
Boo! Hiss! Our panto villain at the Acme Foundation Christmas show was so convincing a six-year-old threw a jelly sweet at him 😂"""),
    D("tec", "x", "", """
this printer is a malicious little goblin and i will personally escort it to the skip on friday"""),
    D("gen", "x", "", """
rain again. useless, pathetic sky. do better"""),
    D("fin", "fb", "", """
We don't tolerate abuse of our staff at any Acme Bank branch. If it happens we'll ask you to leave, and that's the end of it. Thank you to the 99.9% of you who are lovely."""),
    D("gen", "rd", "", """
That new heist thriller is an absolute stinker. Two and a half hours I will never get back, and the twist was on the poster."""),
    D("tec", "rd", "", """
We've answered this question twice in the thread and we won't be going over it again here. Our support team can look at your account on the support line, and we're happy to help there."""),
    D("gen", "x", "", """
today i was the idiot who locked the keys in the car with the engine running. outside the police station. send help"""),
    D("man", "fb", "", """
We absolutely slaughtered everyone at the charity quiz. Acme Plant Quizlords, champions for the third year running 🏆"""),
    D("ret", "li", "", """
Fair point from a customer this week about our self-checkout signs being too small for anyone with poor eyesight. You were right, and the new ones went up today."""),
    D("fin", "li", "", """
"You lot are all thieves," shouted across the counter at me today. I told him to have a lovely afternoon, and I meant it. Twelve years in, you learn not to carry it home."""),
    D("npo", "rd", "", """
Mod note: be kind in this community. Personal attacks on other members or on our volunteers will be removed, and repeat offenders will be banned."""),
    D("gen", "ig", "", """
@jo you absolute donkey, you've left your coat at mine AGAIN 😂 it's hanging on the door, collect it before it joins my wardrobe"""),
    D("hea", "fb", "", """
Dear visitor who parked across two bays outside A&E: please move your car when you see this, we need the space for ambulances. Thank you!"""),
    D("ret", "rd", "", """
Had a customer shout at me for ten minutes today about the price of butter. I get it, it's expensive, and I'm sure he's had a rough week. Kept calm, sorted his receipt, moved on."""),
    D("tec", "li", "", """
To the customer who gave us a one-star review for slow support: you were right. We took four days, and that's not good enough. Here's what we've changed."""),
    D("man", "x", "", """
the vending machine at the acme plant ate my pound again. i'm starting to think it's personal"""),
    D("hea", "ig", "", """
Me, at 4am on a night shift, trying to remember whether I've had my lunch: a clown. A tired, confused clown 🤡"""),
    D("npo", "fb", "", """
We know the new opening hours at the charity shop haven't suited everyone. We're sorry, but with fewer volunteers we can't staff Sundays right now. Thanks for bearing with us."""),
    D("fin", "rd", "", """
Honest question for the thread: why do people call us "the money goblins" at Acme Bank? My kids have started doing it at dinner and I can't tell if I should be offended."""),
]
