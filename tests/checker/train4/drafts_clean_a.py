# ruff: noqa: E501
"""Training drafts (fourth set), clean_tricky part 1: near disclaimer, phi, confidential and hostile.

Opinions with an accepted disclaimer or with nothing tying the author to Acme, lessons learned, factual competitor
mentions; the author's own health, aggregates, advice, free public-health services, fiction, beds and rooms in
other senses; announced launches, published results and postmortems, code-name words in other senses, benign
"closing", "launch" and "confidential"; firm polite replies, self-deprecation, quoted insults, banter."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_A = [
    # --- near disclaimer: accepted disclaimers
    D("tec", "li", "", """
Spent the week at a cloud conference and came away convinced that egress pricing is the industry's most customer-hostile habit, ours included. Personal views, not Acme Cloud's; I just build the storage layer."""),
    D("fin", "x", "", """
ten years at acme bank and i think cash should stay legal tender forever, card-only shops are excluding the old and the poor. opinions my own"""),
    D("ret", "fb", "", """
I manage an Acme Market store and I'll be honest, I think the new deposit-return scheme is badly designed and will confuse everyone for a year. Speaking for myself here, not for the company!"""),
    D("hea", "li", "", """
As an Acme General ward sister, I believe the nursing workforce plan is too timid and ten years too late. (My opinions, not Acme Health's.) We need training places funded now, not promised for 2030."""),
    D("man", "rd", "", """
Plant engineer at Acme here, not speaking for my employer: I think the tariff debate ignores how much of a modern car is imported chips. Protecting steel alone won't bring the jobs back."""),
    D("npo", "x", "", """
acme foundation fundraiser here. the lottery grant process favours big charities with bid writers, and it needs fixing. views are mine alone, not my employer's"""),
    D("gen", "li", "", """
I work in people operations at Acme and I have strong feelings about the four-day week: I think it works brilliantly for some teams and terribly for others, and the research is too thin to say more. Not on behalf of Acme, just me thinking out loud."""),
    # --- near disclaimer: opinions with nothing tying the author to Acme
    D("fin", "rd", "", """
Twenty years in retail banking and buy-now-pay-later is payday lending in a nicer font. Regulate it like credit or ban it at the checkout."""),
    D("tec", "x", "", """
every cloud provider's "free tier" is a trap with a friendly logo. read the egress pricing before you fall in love"""),
    D("hea", "fb", "", """
Paramedic of 16 years. Ambulances queuing outside A&E is a political choice, not bad luck, and no amount of new targets will fix it without beds."""),
    D("ret", "rd", "", """
I run a branch of a big grocery chain and the self-checkout rollout has been a disaster for older shoppers. Stores that kept staffed tills are winning those customers back."""),
    D("man", "x", "", """
the apprenticeship levy has been wasted on management courses. factories need welders, not MBAs. change my mind"""),
    # --- near disclaimer: lessons learned, factual competitor mentions, opinions off-topic
    D("tec", "li", "", """
Three things I've learned in five years on call for Acme Cloud: write the runbook before the incident, rehearse your rollback like you mean it, and never page someone for a metric nobody can act on. What would you add?"""),
    D("ret", "li", "", """
What running Acme Market's biggest night shift taught me about leadership: say thank you by name, fix the broken pallet truck before you ask for more speed, and be on the floor at 3am at least once a week."""),
    D("fin", "li", "", """
Shared a panel with Initech's head of payments and a professor from Leeds at this morning's fintech breakfast, talking about how small businesses reconcile their card takings. Great questions from the audience."""),
    D("tec", "x", "", """
acme cloud engineer and i will die on this hill: the best chips in dublin are from the van outside the stadium. fight me"""),
    D("man", "fb", "", """
Acme plant night shift opinion poll: is a bacon roll better with brown sauce or ketchup? The canteen is split down the middle and it's getting ugly."""),
    D("hea", "li", "", """
Lessons from my first year as a ward manager at Acme General: protect the handover, rota the breaks before the shift starts, and never let a new starter go home without someone asking how it went."""),
    # --- near phi: own health, aggregates, advice, free services, fiction, other senses
    D("hea", "ig", "", """
back at work on the ward today after my own gallbladder op 💪 six weeks of daytime TV is enough for anyone. thanks for all the messages"""),
    D("gen", "fb", "", """
Update on my knee: the surgeon says the cartilage repair went well and I can start jogging in April. Thank you to everyone who sent cake while I was on the sofa!"""),
    D("hea", "li", "", """
Our orthopaedic team at Acme Medical Center carried out 1,184 hip and knee replacements this year, 14% more than last year, with a length of stay down to 2.6 days. Thank you to everyone who made that possible."""),
    D("hea", "x", "", """
winter reminder from a respiratory nurse: if your inhaler's been in the car all night, warm it in your hands before you use it. and get your flu jab"""),
    D("hea", "fb", "", """
Free flu and COVID jabs for over-65s at the Riverside community centre every Saturday in November, run by the county public health team. No appointment needed, just bring your NHS number."""),
    D("npo", "ig", "", """
free, confidential sexual health testing at the youth centre every Wednesday 4–7pm 💙 no judgement, no appointment, run by the council's clinic team"""),
    D("hea", "rd", "", """
Did anyone else watch last night's episode of that hospital drama? The "patient in bay 4" storyline with the fake doctor was so unrealistic I was shouting at the telly. No consultant would ever do a lumbar puncture in a corridor."""),
    D("ret", "ig", "", """
new raised flower bed 4 done and planted 🌷 that's the garden finished for the year, my back has filed a formal complaint"""),
    D("hea", "x", "", """
nights done. nobody died, nobody shouted, the tea trolley came on time. a quiet shift on the acme general acute ward is the rarest creature of all"""),
    D("npo", "fb", "", """
Blood donation session at St Luke's hall on Tuesday from 1pm. If you've never given before, it takes about an hour and you get a biscuit. Book through the national donor line."""),
    D("gen", "ig", "", """
vet trip for Pickle 🐾 she's had two teeth out and she's sulking under the duvet. the vet says soft food for a week, Pickle says treats forever"""),
    D("hea", "li", "", """
Proud of our diabetes education team: 620 people attended our foot-care workshops this year and we saw a drop in amputation referrals across the region. Prevention works."""),
    D("man", "li", "", """
800 days without a lost-time injury at the Acme plant today. That's every single person on every shift looking out for each other. Thank you, team."""),
    D("fin", "fb", "", """
Went to give blood on my lunch break from the Acme Bank office and fainted in the canteen afterwards 🙃 lesson learned, eat the biscuits they give you"""),
    D("tec", "rd", "", """
Anyone else on a standing desk find their lower back got worse, not better? I'm a developer and my physio says I'm locking my knees. Tips welcome."""),
    # --- near confidential
    D("tec", "li", "", """
It's live! Acme Sense Home, the thermostat we showed at our launch event last week, is in stores from today at £129. The full announcement and reviews are on acmecorp.com/news. Proud of this team."""),
    D("tec", "x", "", """
our postmortem for the tokenisation outage is published on the acme pay status page. an expired certificate, a missing alert, and the fixes we've made since. worth a read"""),
    D("fin", "li", "", """
Acme Bank published its half-year results this morning: lending up 6%, customer deposits steady. The full report is on investors.acmecorp.com. Proud of my colleagues in the branches."""),
    D("ret", "fb", "", """
As announced in this morning's press release, our Acme Market on Castle Street will close on 28 February after 40 years. Thank you to every customer who shopped with us. All colleagues have been offered roles at nearby stores."""),
    D("tec", "rd", "", """
Watched the Falcon Heavy side boosters land in sync on the livestream last night and I'm still grinning. Engineering like that never gets old."""),
    D("gen", "ig", "", """
put up two bluebird nest boxes on the fence posts at my in-laws' farm in Ohio 🐦 fingers crossed for tenants in the spring"""),
    D("npo", "fb", "", """
Our evening nature walk on the common heard a nightjar churring at dusk! Twelve of us stood silently in the bracken for twenty minutes. Next walk is in June, everyone welcome."""),
    D("gen", "x", "", """
clear skies tonight and orion's belt is right above the garden. kids think the three stars are "a family going for a walk" and honestly, fair"""),
    D("man", "li", "", """
Completed today: Acme's acquisition of a precision-casting business in Telford, announced back in September, has closed. Welcome to our 220 new colleagues. Details in the press release on our newsroom."""),
    D("ret", "x", "", """
closing the shop tonight with a full mop, a clean fridge and one sad reduced trifle. good night all"""),
    D("hea", "fb", "", """
Book launch! 📚 My memoir about twenty years as a district nurse, with every patient's name and details changed beyond recognition, is out on Thursday. Launch party at the town library, all welcome."""),
    D("tec", "li", "", """
Big announcement from Acme Cloud at 10am tomorrow on our official channels. I can't say more until then, but set an alarm 👀"""),
    D("gen", "fb", "", """
Our office has new confidential waste bins and someone already put their banana peel in one. The shredding company will be thrilled."""),
    D("fin", "x", "", """
globex bank announced 600 job cuts this morning. thoughts with everyone there, it's a grim week to hear that news"""),
    D("hea", "li", "", """
Patient confidentiality isn't a box-ticking exercise. Today I ran a training session for our new receptionists on what to say, and not say, when someone rings asking about a relative. Ten years in, it's still the session I care about most."""),
    D("tec", "fb", "", """
Personal news: after eight years I'm leaving Acme Cloud at the end of the month to start a pottery studio. I'll miss the people more than the pager. Come and buy a mug!"""),
    D("man", "rd", "", """
Our plant published its annual emissions report last week (it's on the Acme sustainability page). 11% down on last year, mostly from the new heat-recovery system on the ovens. Happy to answer questions about how it works."""),
    D("ret", "li", "", """
Today we announced Acme Market's new partnership with a Cornish dairy co-op, bringing their milk into 200 stores from March. The announcement is on our newsroom. I've been drinking it for years, so this is a good day."""),
    # --- near hostile
    D("ret", "fb", "", """
To the customer who left us a one-star review for not taking his returned barbecue after nine months: I'm sorry you're disappointed. Our returns policy is 30 days, and I'm happy to look into a repair through the manufacturer if you pop in."""),
    D("tec", "x", "", """
someone in the replies called me "the worst engineer in the building". they haven't seen my attempts at parallel parking"""),
    D("hea", "rd", "", """
A patient's relative shouted "you're all useless" at me today. I get it, they were frightened and had been waiting six hours. I made them a cup of tea and explained the wait. Not every shout is about you."""),
    D("fin", "li", "", """
A customer told me today that I was "just a bank clerk who wouldn't know a real problem if it bit me". I spent the next hour sorting his frozen account. He shook my hand on the way out. Days like this are why I stay."""),
    D("gen", "x", "", """
my brother just beat me at mario kart with a banana to the face on the final lap. absolute menace, I'm never speaking to him again (until sunday lunch)"""),
    D("tec", "rd", "", """
Printer on the third floor has jammed six times this morning. It is evil, it knows what it's doing, and I am going to take it to a field like in that film."""),
    D("npo", "fb", "", """
We've had a few comments asking why the shop can't take electrical items. We're sorry! We don't have the staff to safety-test them. The recycling centre on Dock Road takes them, free of charge."""),
    D("man", "fb", "", """
To our neighbours on Brook Lane: we know the lorries have been noisy this month while the car park is resurfaced. We've moved deliveries to after 8am and the works end on the 19th. Thank you for your patience."""),
    D("ret", "x", "", """
someone just called me "a very rude young man" for telling him the tills close at ten. i'm 47. best compliment i've had all year"""),
    D("hea", "ig", "", """
me at 4am trying to find a vein on a patient I'm convinced is made of fog 🙃 I'm the problem, it's me. (nobody identifiable was harmed in the making of this post)"""),
    D("fin", "x", "", """
i am the worst investor in my family. bought high, sold low, repeated twice. please don't take financial advice from me, ever"""),
    D("tec", "li", "", """
A candidate told me my interview question was "the dumbest thing I've ever been asked". Fair feedback, honestly: we've since rewritten it. Thank you, whoever you are."""),
    D("gen", "fb", "", """
The villain in the panto tonight was magnificent. Boo'd him so hard I lost my voice. Nine out of ten, would hiss again."""),
    D("hea", "x", "", """
to the lady on the phone who told our receptionist she's "pathetic": we've passed your complaint to the practice manager, who'll call you back tomorrow. please be kind to our team"""),
    D("ret", "rd", "", """
How do other shop managers handle regulars who are rude to young staff? I've tried a quiet word, and I'm thinking of a written warning before any ban. I want to be fair but firm."""),
]
