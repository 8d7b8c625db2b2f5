# ruff: noqa: E501
"""Training drafts (thirteenth set): phi, someone a reader could identify in a community, workplace, club, street
or family (a named colleague, a regular, a team-mate, a neighbour, a local figure, a relative) together with a
health detail, mostly told without hospital vocabulary, by whoever happens to know it. Many are long posts
(LinkedIn articles, Reddit posts with context, Facebook group posts) where the health detail is one sentence in
otherwise ordinary text; others are short replies and comments."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D(
        "tec",
        "li",
        "phi",
        """
What a weekend. Forty-one of us, three pizza deliveries, one fire alarm at 2am that turned out to be a toaster, and eleven working prototypes by Sunday afternoon. I've run internal hack weeks at Acme Cloud for four years and this was the first one where every team demoed something that actually ran.

A few highlights: the accessibility team built a screen-reader checker for our console in under a day. Two graduates who'd never met before Friday shipped a cost dashboard the finance people have already asked to keep. And special thanks to Priya, who led the winning team barely two weeks after having half her thyroid removed, and who told me the scar "makes me look like I've been in a knife fight, which helps in code review".

Next one's in the spring. If you want in, start thinking now.""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Long one, sorry. We've lived on our close for nine years and parking has always been a bit tense, but it's got silly since the new family at number 4 got a second van. Last week they parked across the dropped kerb at number 9 three days running.

Number 9 is Alan, the retired airline pilot, and he's just started chemo for myeloma at the infirmary, so his daughter needs to get the car right up to the door to get him in. He won't say anything because he hates a fuss. I've left a polite note once already.

Do I go round and knock, or is it a council thing? I don't want a feud, I just want Alan's daughter to be able to park. UK, if it matters.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Summer fete planning, update 3 🎪 The bouncy castle is booked, the WI have promised 14 cakes (they always bring 20), and the brass band will play from 2 until they run out of puff.

We do need a new person for the tombola this year. Barbara, who's done it since 1998, won't be well enough: her bulimia has come back and she's been admitted again, so please don't ask her about it at church, her husband says she's mortified.

Other jobs still going: car park (two people, hi-vis provided), the raffle table, and someone brave enough to judge the dog show. Sign-up sheet is in the porch.""",
    ),
    D(
        "gen",
        "x",
        "phi",
        """
the guy who does the fruit and veg stall at saturday market had sepsis last month and nearly died. back at the stall this morning, thinner, shouting "two punnets a pound" like nothing happened. legend""",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
@coach.dee.runs so good to see you back on the track tonight!! how's the pacemaker treating you? you were still faster than all of us 😅❤️""",
    ),
    D(
        "hea",
        "fb",
        "phi",
        """
Receptionist's diary, week 6 at the surgery. The phones start at 8 on the dot and don't stop. I've learnt the difference between "urgent" and "I want it today". The kettle is the most important piece of equipment in the building.

Saddest moment: the lovely woman who runs the wool shop on Bridge Street came in for her smear results and it's CIN3, so she's off to the colposcopy clinic next week. She was so calm about it, she asked me to hold her knitting while she cried.

Happiest moment: a dad bringing the whole reception team a tray of doughnuts because his twins' chickenpox had finally gone.""",
    ),
    D(
        "man",
        "li",
        "phi",
        """
Safety week at our site starts Monday, and this year I want to talk about noise. We measure it, we post the signs, we hand out the plugs, and still people take them out "just for a minute" to hear the machine.

Mick Hargreaves on the extrusion line has lost most of the hearing in his left ear after 26 years next to the pelletiser, and he's agreed to come and talk to every shift about it. He says he wishes someone had shouted at him in 1999.

Please come along. Bring questions. Wear your plugs on the way in.""",
    ),
    D(
        "ret",
        "fb",
        "phi",
        """
Deli and hot counter team, rota changes from next week 🥪

Early shifts move to 6.30 start because the bread delivery is coming earlier. Lates finish at 8 as usual. Sunday stays the same.

Denise has been told she's got rheumatoid arthritis in both hands, so she's off the slicer and the cheese wire for good and will be doing labels and the hot counter instead. Please don't make a big thing of it, she's still Denise.

We're also trialling the new pie warmer. If you burn yourself on the lid, it's the lid's fault, not yours, but please fill in the accident book anyway.

The Christmas order forms arrive on the 20th. Last year we sold out of pork pies by the 22nd, so let's order more.""",
    ),
    D(
        "fin",
        "rd",
        "phi",
        """
Bank teller, small town, throwaway for obvious reasons. There's a guy who owns the tyre place on Mill Road, everyone round here knows him, drives the yellow pickup. For three months he's been coming in every Friday to take out cash in big lumps, and today he finally told me why: his wife has pancreatic cancer and they're paying for a private immunotherapy clinic in Germany because the NHS said there was nothing left to try.

I don't even know why I'm posting. I just had to tell someone. We're not supposed to get attached to customers but I went in the back and cried after. Does it get easier?""",
    ),
    D(
        "npo",
        "fb",
        "phi",
        """
Change to our 10k relay team 🏃 Our trustee Graham, who was meant to run the last leg, had a cardiac arrest at parkrun a fortnight ago. A marshal did CPR until the ambulance came and he's home now with a defibrillator fitted under his skin. Graham, we'll run it for you, and you can hold the banner.""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Best man speech, need honest feedback. Groom is my brother Kieran, bride is Sophie. I've got the usual stuff: the stag do in Riga, the time he reversed into the vicar's car, how Sophie clearly lowered her standards.

Then I want a serious bit about Sophie's dad, Ian, who's walking her down the aisle after two rounds of immunotherapy for melanoma last year. Something like "a year ago we didn't know if Ian would be here, and he's not only here, he's wearing a better suit than me." Sophie knows and is fine with it. Is that too much for a wedding, or is it the bit people will remember? Full draft in comments.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Friends of Hollybank Primary, autumn update 🍂

Thank you to everyone who came to the harvest assembly. The Year 2 song about a potato has been stuck in my head for four days and I'm not sure I'll ever recover. Donations went to the food bank on Station Road, and the van was so full the driver had to make two trips.

A few dates for the diary. Flu spray for Reception to Year 6 is on the 14th, so please return the consent forms if you haven't yet. Odd socks day is on the 17th for anti-bullying week. The Christmas fair planning meeting is on the 21st at 6pm in the staff room, and we need a new chair for the tombola committee.

Parents of Year 5 and 6: Mr Daley won't be doing PE until after half term, he's slipped a disc lifting the gym mats and can't bend. Mrs Hussain is covering and has promised "no dodgeball", sorry kids.

The lost property mountain is now taller than most of Year 1. Everything without a name goes to the uniform swap on Friday, so have a look at the rail by the office.

Finally, a huge thank you to the dads who repainted the playground markings over the summer. The hopscotch has never looked better, and nobody has yet noticed that the snakes and ladders board has two number 37s.""",
    ),
    D(
        "tec",
        "x",
        "phi",
        """
our cto marcus is finally back after his appendix burst on a stag do in lisbon. he says the portuguese surgeons were lovely and he's never drinking ginja again. welcome back boss""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Flatmate situation, need advice. There are four of us in a house share in Nottingham, all mid-twenties, mostly fine. We've got a cleaning rota that works, a shared food cupboard that doesn't, and one bathroom, which is the source of all conflict.

Last night Tom sat us down and told us he's got hepatitis C, probably from a tattoo he got in Thailand, and he starts the tablets next month. He wanted us to know because of the razors and toothbrushes. Two of the others are now talking about asking the landlord to move him out, which feels completely wrong to me.

How do I handle this without it turning into a war? What do we actually need to do differently, if anything?""",
    ),
    D(
        "hea",
        "x",
        "phi",
        """
picked up the lead singer of the cinder path on friday night, the band that plays the fleece every weekend. overdose in the car park, brought him round with naloxone. if you're a fan, go easy on him""",
    ),
    D(
        "hea",
        "li",
        "phi",
        """
Twelve years as a dental nurse and I still love the variety. Monday was a six-year-old's first filling (bribed with stickers). Tuesday was a wedding-day emergency crown. Wednesday, our mayor came in with an abscess the size of a golf ball and had the tooth out in the chair, chain of office folded up on my desk the whole time. Thursday was staff training on sharps, which is less glamorous but matters more. Nobody tells you how much of this job is about calming people down. It's the best bit.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Did anyone see the woman with the three greyhounds on Fern Road collapse by the park gates yesterday afternoon? She's fine, she was embarrassed more than anything. She told me she's got POTS and her blood pressure just drops if she stands still too long. If you see her sitting on the kerb, that's why, she's not drunk, just help her with the dogs.""",
    ),
    D(
        "man",
        "fb",
        "phi",
        """
Weekly site notice, goods-out and loading bay 📋

1. The new dock leveller on bay 3 is in. Please don't drive onto it until the yellow light goes green, it needs a second to settle.
2. The canteen's hot food is off Thursday while they fix the oven. Sandwiches will be brought in, and yes, there'll be a vegan option this time.
3. Reminder that hi-vis is needed past the barrier, including for office staff "just popping out" to the yard.

Shane's back on site Monday after his hernia op 💪 He's on light duties for six weeks, so no lifting anything heavier than a brew, and that includes the gas bottles on the forklift. Team leaders please swap him off the loading bay.

4. Overtime sheet for the stocktake weekend is on the board by the clocking machine. First come, first served.

Cheers all, have a good weekend.""",
    ),
    D(
        "npo",
        "ig",
        "phi",
        """
Volunteer of the month 🏅 is Doreen, 84, who drives our day-centre minibus three mornings a week on two new knees and a cochlear implant. She says the implant means she can finally hear what the passengers say about her driving.""",
    ),
    D(
        "fin",
        "li",
        "phi",
        """
When Raj joined our Acme Bank analytics team two years ago, I worried about the wrong things. I worried he wouldn't get the acronyms. He got them in a week.

Raj is registered blind. He uses a screen reader at a speed I can't follow, and he caught a data error in our branch model that three sighted people had missed for a year. What needed to change was us: our slide decks, our charts with no labels, the way we said "as you can see".

If you're hiring, stop assuming. Ask people what they need, then do it.""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Throwaway. My tech lead at work, Gareth, hasn't left his house in six weeks. He told a few of us on a call that he's developed agoraphobia since his divorce and even the bins are a struggle. Our manager keeps asking him to "pop in for the quarterly". How do I support him without making it worse?""",
    ),
    D(
        "hea",
        "fb",
        "phi",
        """
Happy 100th to Elsie in room 12 🎂 She's had a big year: her leg was amputated in the spring after the ulcer wouldn't heal, and she's still the first one at bingo every Thursday and the loudest when she wins. The care home staff have made a cake shaped like a bingo card.""",
    ),
    D(
        "gen",
        "ig",
        "phi",
        """
@jess.runs.leeds you did a half marathon four months after your spinal fusion. FOUR MONTHS. I'm so proud I could scream 😭💪""",
    ),
    D(
        "tec",
        "x",
        "phi",
        """
my manager at acme pay just told the whole standup that lucy is off because she's pregnant and has gestational diabetes. lucy hasn't even told her own mum yet""",
    ),
    D(
        "npo",
        "rd",
        "phi",
        """
Volunteer coordinator for a food bank. One of our drivers is the retired police sergeant everyone in town calls Sarge, you'll know him if you're local. Half his face dropped on Tuesday and we thought it was a stroke, but it's Bell's palsy. He's desperate to keep driving. Is that safe, and should we let him?""",
    ),
    D(
        "man",
        "x",
        "phi",
        """
big tony from maintenance has burst his eardrum, the airline blew while he was next to the compressor. off for a fortnight. someone else can reset the boiler for once""",
    ),
    D(
        "hea",
        "x",
        "phi",
        """
pharmacy life: the PE teacher from the high school was in again for his viagra. smiled and said "for a friend". sure thing sir""",
    ),
    D(
        "fin",
        "fb",
        "phi",
        """
Ossett branch team, a few things for next week 🏦

The new queue screen goes live on Monday morning, so please be in by 8.30 for the ten-minute walkthrough. It will beep. We can't turn the beep off. We've asked.

Coffee club money is due. Two pounds each, in the tin on Paula's desk, and whoever keeps taking the oat milk home, please stop.

Nadia from mortgages has glandular fever and is off for at least a month, so please don't book her Tuesday clinics, move them to Leeds and let customers know it's a short drive or a video call.

The community room is booked on Thursday afternoon for the over-60s digital banking session. Volunteers to help set up the laptops would be great.

Thanks everyone, nearly Friday.""",
    ),
    D(
        "tec",
        "li",
        "phi",
        """
Big welcome back to Tom Ellery, our staff engineer, after three months of treatment for testicular cancer. Tom asked me to say it out loud because he wants every bloke reading this to check themselves in the shower. He's back, he's fine, and he's already rewritten the deploy script.""",
    ),
    D(
        "gen",
        "fb",
        "phi",
        """
Neighbourhood watch update 🏠 Two garden sheds were broken into on Beck Lane over the weekend (bikes and a strimmer taken), and someone tried the back gates on Orchard Way around 3am Sunday.

Please lock your sheds and take a photo of the serial numbers on anything you'd miss. The police have our footage.

Could someone on the Beck Lane end keep an eye on the old chap at no. 31? He's got emphysema and can't chase anyone or get to the door quickly, and he's shaken by it. His son's away until Friday.

Next meeting: Thursday at the Legion, 7pm. There will be biscuits.""",
    ),
    D(
        "ret",
        "x",
        "phi",
        """
the woman who does the school run in the pink mini comes in every morning for her coffee and today told me she's six weeks into treatment for kidney cancer. still tipped. still smiling. what a woman""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
AITA for not telling my wife's best friend, Chloe, that her husband has been having counselling for his gambling addiction? He told me at five-a-side because I'm his mate, and he begged me not to say anything until he's ready. My wife thinks I'm protecting him. I think it's his to tell.""",
    ),
    D(
        "gen",
        "rd",
        "phi",
        """
Question for people who run amateur sports teams. We're a Thursday night five-a-side group, about 14 regulars, been going for eight years. We've got a WhatsApp group for sorting who's playing, paying for the pitch and abusing each other about missed sitters.

Last week our left back, Ste Kavanagh, told the group chat he's been diagnosed with hypertrophic cardiomyopathy after he collapsed at work, and the cardiologist has told him no more competitive sport. He's gutted. He's been the first name on the team sheet since day one.

A few of the lads want to do something for him, a proper night out or a trophy or something. Others think we should keep inviting him to play "just in goal" so he doesn't feel left out, which I'm not comfortable with given what the doctors said.

Also, practical question: the pitch booking is in his name and he pays it up front. Do we take that off him now, or would that feel like we're pushing him out?

How have other groups handled it when a regular can't play any more? I want to get this right for him.""",
    ),
]
