# ruff: noqa: E501
"""Training drafts (twelfth set): phi, someone a reader could identify in a community, workplace, club, street or
family (a named colleague, a regular, a team-mate, a neighbour, a local figure, a relative) together with a health
detail, mostly told without hospital vocabulary, by whoever happens to know it."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D(
        "gen",
        "fb",
        "phi",
        """
Quiz night at the Wheatsheaf is off this Thursday 😕 Graham, our quizmaster with the dicky bow, woke up on Sunday with half his face drooping. Bell's palsy, not a stroke thank god, but he can't say his Ps and he refuses to read out "pop music round" like that.""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
the ice cream van man who does our estate (greensleeves out of tune, you know the one) has lost two toes to his diabetes. he's back out in a surgical boot. buy a 99 off him this weekend""",
    ),
    D(
        "npo",
        "fb",
        "phi",
        """
Swimming club parents: Coach Bev won't be on poolside for a few weeks. She's had a melanoma cut out of her shoulder and it needs to heal before chlorine. Please slip slop slap at the gala, she's asked me to say that specifically.""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Need a sanity check. Our Sunday league ref, the older guy with the grey ponytail who does all the Division 2 games, got a kidney from his brother in the summer. He's reffing again already and took a boot to the side on Sunday. Do we say something to the league or is it none of our business?""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
our postie kev has plantar fasciitis in both feet and still does the hill on cromwell road every morning. he's limping like a pirate. i've started leaving him a bottle of water on the wall""",
    ),
    D(
        "npo",
        "fb",
        "phi",
        """
Mosque committee notice: Imam Yusuf will be away for six weeks from Friday, he's having his left knee replaced at last. Brother Hamza will lead Jummah. Please don't all visit him at once, his wife has asked for a rota.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Am-dram folks, you'll have noticed Philip (plays every villain, always in the mustard cardigan) wasn't at the dress rehearsal. He had a bad asthma attack in the car park before warm-up and the paramedics took him in. He's home and furious he missed his death scene.""",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
Shoutout to Kerry who runs the Rose Cottage B&B in Whitby 🌹 she has fibromyalgia and still makes the best full English on the coast every single morning, even on the days her whole body hurts. Go stay there.""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
My flatmate's girlfriend, Hannah, the one who teaches spin at the leisure centre, has PCOS and has just been told it'll be hard to get pregnant. She told me while he was in the shower and asked me not to say. I'm writing it here instead of exploding. Help.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Our under-12s manager Steve picked up Lyme disease from a tick on that camping trip in August 🏕️ He's been wiped out for weeks and the joint pain's bad, so Dave's taking training until he's back. Lads, check your legs after the woods.""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
the woman who runs the dog rescue out past the reservoir has ovarian cancer. she's still doing home checks. if anyone can foster one of her greyhounds for a month she'd cry, in a good way""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Ballet mums, Miss Jenna's been limping since Christmas and today she told the older girls why: hip dysplasia, and she's on the list for surgery in the spring. She's asked the seniors to help with the babies' class.""",
    ),
    D(
        "tec",
        "li",
        "phi",
        """
Huge respect to Marcus on our platform team at Acme Cloud, who's back after surgery on both wrists for severe RSI. He's now using voice coding for half his work and still beat the rest of us at the incident review. Get the good keyboards, people.""",
    ),
    D(
        "tec",
        "x",
        "phi",
        """
our tech lead got her cochlear implant switched on last week and today she heard the office coffee machine for the first time. "is it always this loud??" yes nadia. yes it is""",
    ),
    D(
        "tec",
        "rd",
        "phi",
        """
Not sure how to handle this. A contractor on our team, Pete, has cluster headaches and twice this month he's walked out of a sprint review holding his eye. The client's PM wants to know "what's going on with him" and my manager told them. Now the client wants him off the account.""",
    ),
    D(
        "tec",
        "fb",
        "phi",
        """
Support team night out is moved to the Thai place because Raj has just been diagnosed coeliac and the pub does nothing without gluten. He'll say it's fine. It's not fine. Thai place, 7pm Friday.""",
    ),
    D(
        "ret",
        "x",
        "phi",
        """
on the meat counter today the butcher from the shop opposite came in for his lunch and told me he's got sarcoidosis. the lumps on his face aren't a rash like everyone says. so stop asking him, bev""",
    ),
    D(
        "ret",
        "fb",
        "phi",
        """
Colleagues on the Acme Market bakery: Kev burned his forearm on the oven door Tuesday night, second-degree, it's dressed and he's off a fortnight. Whoever keeps propping that door with a tray, stop. Kev's gutted, he's missing the Easter bakes.""",
    ),
    D(
        "ret",
        "ig",
        "phi",
        """
Our Saturday girl Freya at the shop has alopecia and today she came in without her wig for the first time 💜 she looked amazing and a customer told her so. I'm so proud of her I could burst.""",
    ),
    D(
        "ret",
        "rd",
        "phi",
        """
Pharmacy counter assistant. The vicar's wife from St Aidan's collects HRT patches for herself and cream for "a friend" every month, and today another customer recognised her and made a comment in the queue. How do we stop our counter being this public?""",
    ),
    D(
        "hea",
        "fb",
        "phi",
        """
Staff room at Acme Dental: reminder that the lady from the bridal shop on King Street is booked in for all her fillings to be redone on Thursday. It's the acid damage from her bulimia, so be gentle with her, no comments about the wedding season.""",
    ),
    D(
        "hea",
        "x",
        "phi",
        """
optician life: told the driver of the 42 bus today his left eye won't pass the DVLA test any more. retinitis pigmentosa. he asked me not to tell anyone at the depot. he drives my kids to school""",
    ),
    D(
        "hea",
        "rd",
        "phi",
        """
Receptionist at a gym with a small physio room. One of our members, the local estate agent whose face is on every sold board in town, has been coming in after a gastric bypass and sits in the physio room crying after sessions. The owner talks about him at the desk. I hate it.""",
    ),
    D(
        "hea",
        "li",
        "phi",
        """
Nine years a practice manager, and today our oldest patient, Mrs Iris Bailey of Crookes, who's 103, came in for her last hearing-aid fitting and told the whole waiting room about her heart failure "so they know to go easy". What a woman.""",
    ),
    D(
        "hea",
        "fb",
        "phi",
        """
To the Acme General volunteer drivers: the gentleman you take to dialysis on Tuesdays, Mr Peter Sowerby from Thornhill, has had a fall and a cracked pelvis, so he needs the car with the higher seat. Ring the office to swap.""",
    ),
    D(
        "fin",
        "x",
        "phi",
        """
cashier at acme bank. the farmer from holme farm came in again today to move money around and told me his depression's back since the milk contract went. he's lovely. i hope someone's checking on him""",
    ),
    D(
        "fin",
        "rd",
        "phi",
        """
Life insurance underwriter here. Today I had the application of a well-known local MP, the one who cycles everywhere, and he's declared a heart valve problem nobody knows about. Weird feeling knowing that about someone you see on the local news every week.""",
    ),
    D(
        "fin",
        "li",
        "phi",
        """
Our mortgage team at Acme Bank will miss Lorraine on the front desk while she has treatment for bowel cancer. She's asked us to say it out loud, no whispers, and to please keep sending her the terrible office memes.""",
    ),
    D(
        "man",
        "fb",
        "phi",
        """
Paint shop night crew: Dean's dermatitis from the coolant has got so bad his hands are splitting, and occupational health have moved him to stores. It's the third one this year off that line. Gloves on, every shift.""",
    ),
    D(
        "man",
        "x",
        "phi",
        """
big sam in goods-in at the acme plant has testicular cancer, found it himself in the shower. he's telling every lad on the forklifts to check. so consider yourselves told, from sam""",
    ),
    D(
        "man",
        "li",
        "phi",
        """
Shout-out to Irena, our quality inspector on the brake-line cell, who's back on the floor after eighteen months of ME/chronic fatigue. She's on four-hour shifts for now and already found a tolerance error the machine missed.""",
    ),
    D(
        "npo",
        "fb",
        "phi",
        """
Repair café volunteers: Elsie, who fixes all the lamps on a Saturday, had a small stroke at the weekend. She can't use her right hand properly yet so please don't hand her the soldering iron when she's back. She'll want it. Say no.""",
    ),
    D(
        "npo",
        "x",
        "phi",
        """
the chap who sells the big issue outside greggs on northgate has hep c and starts the new tablets monday. he's proud as punch about it. say hello to gary""",
    ),
    D(
        "npo",
        "ig",
        "phi",
        """
This is Jamal, our youngest youth-club leader 🏀 he was told at 19 he had sickle cell and missed half his college year in crises. Tonight he ran the whole tournament. Legend.""",
    ),
    D(
        "man",
        "fb",
        "phi",
        """
I've been asked by Ken's family to write something for everyone on the Acme plant site, so here goes. Most of you know Ken Haworth: 38 years in the press shop, the man who taught half of us to set a die and the other half to make a proper brew in the cabin. In the summer Ken started getting breathless walking up from the car park, and he put it down to age, because Ken puts everything down to age. It isn't age. In September he was told he has mesothelioma, the cancer you get from asbestos, almost certainly from the old lagging in the boiler house where he worked as an apprentice in the eighties. He's 61. He's started treatment and the family say he's in good spirits, which we all know means he's telling the nurses how to run the ward. He doesn't want flowers. He wants to know the presses are running and that someone is still sweeping out the cabin on Fridays. His daughter is setting up a fund for the asbestos support charity in Sheffield that's helped them, and I'll share the link when it's live. If you want to send Ken a card, leave it with me on nights or with Shaz in the office on days and we'll take them over together. And lads, if you worked in that boiler house back then, go and talk to your GP. Ken asked me to say that bit twice.""",
    ),
]
