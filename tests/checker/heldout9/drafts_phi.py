# ruff: noqa: E501
"""Exam drafts (ninth held-out set): phi, someone a reader could identify in a community, workplace, club or
family (a named colleague, a regular, a neighbour, a team-mate, a local figure, a relative) together with a
health detail, mostly told without hospital vocabulary, by whoever happens to know it."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("gen", "fb", "phi", """
Anyone on Elmfield Road will know Terry, our bin man who whistles ABBA on the round. He had a heart attack on the lorry step on Monday and he's had two stents put in. His missus says he's already moaning about the hospital tea 💙"""),
    D("man", "x", "phi", """
kev our maintenance lead is signed off with vertigo, some inner ear thing, can't go up a ladder without the room spinning. so guess who's changing the high bay lights on nights 🙃"""),
    D("ret", "ig", "phi", """
Huge respect to Jas on checkout 4 at Acme Market Ripon 💛 her alopecia's been getting worse since spring and today she came in without the wig for the first time. Looked amazing. If you shop with us, tell her."""),
    D("tec", "li", "phi", """
Nine months after surgery to remove a brain tumour, Oluwaseun is back on the Acme Cloud billing squad this week. Still has seizures now and then so he isn't driving yet, but his code reviews are as savage as ever. Welcome home!"""),
    D("npo", "fb", "phi", """
Disappointed in some of our food bank drivers this week. Ray, who joined the Thursday run in August, told us he's HIV positive, and within a day two people asked to swap off his van. That's not who we are. Please read the volunteer handbook again."""),
    D("fin", "rd", "phi", """
Teller at a market-town bank. The butcher everyone here buys their Christmas turkey from now comes in with a carer because his Huntington's has moved on so fast. He used to do his own paying-in with a joke for every one of us. Anyone else find this part of the job hard?"""),
    D("hea", "fb", "phi", """
Dental nurse here. Vicar from St Cuthbert's came in for a check-up and the dentist spotted something on his tongue, he's now been referred for suspected mouth cancer. He's such a lovely man, please keep him in your thoughts this week."""),
    D("gen", "x", "phi", """
the woman who runs the tuesday quiz at the red lion has psoriatic arthritis so bad she can't hold the mic some weeks. if you're near the front, pass it to her, don't make her ask"""),
    D("gen", "ig", "phi", """
Grandad Len Whitworth, 81, told us at Sunday dinner that his prostate cancer has spread to his bones 💔 he then asked for seconds of crumble and said "right, that's enough of that". Love you Grandad."""),
    D("gen", "fb", "phi", """
Neighbours at the top of Poplar Close, you'll have heard the shouting from no. 7 last night. Their son Liam has schizophrenia and he's stopped taking his meds again. His mum's asked that nobody rings the police unless he's actually hurting someone."""),
    D("man", "li", "phi", """
Great to have Stuart Pell back on the Acme plant goods-in dock after his hernia operation 💪 He's on light duties till the end of the month, so no lifting the pallets for him, lads, however much he insists."""),
    D("ret", "x", "phi", """
big sal from the veg stall on the market is deaf in his left ear now after the meningitis in spring. shout on his right side or he'll sell you a marrow when you asked for melons"""),
    D("tec", "x", "phi", """
our scrum master imogen had another panic attack in standup today, third this month. she's on a waiting list for cbt. maybe we stop doing standups in a glass box in front of the whole floor"""),
    D("npo", "li", "phi", """
Our Chair of Trustees, Rev. Daniel Otieno, had a triple heart bypass on Friday and is recovering well at home. He'll be stepping back from the trustee meeting this month, and has asked me to thank you all for the flowers."""),
    D("gen", "rd", "phi", """
My brother's wife Hannah was sectioned last week with postnatal psychosis, three weeks after the baby. My brother is trying to look after a newborn and a toddler on his own. What can family actually do that helps?"""),
    D("hea", "x", "phi", """
physio life: treated the town's rugby captain today, the big lad everyone knows from the paper. ACL's fully gone, meniscus too. he's out for the season and he hasn't told the club yet"""),
    D("fin", "fb", "phi", """
Funny old job, claims handling. Just processed a knee replacement claim for the manager of our local football club, the one who's always on the radio moaning about referees. Turns out he's had arthritis in both knees for years."""),
    D("gen", "fb", "phi", """
1st Holmbury Scouts parents: Akela (Sue) has been diagnosed with atrial fibrillation and she's on blood thinners, so she won't be doing the climbing wall with the kids on Saturday. Can any parent with a belay ticket step in?"""),
    D("man", "x", "phi", """
marek on the press line lost the tips of two fingers tuesday. they sewed one back on, the other's gone. he's in good spirits but i'm not touching that guard ever again"""),
    D("ret", "fb", "phi", """
If you're missing Denise on the Acme Market butcher counter in Selby, she's off for six weeks with a frozen shoulder and a torn rotator cuff. Sign the card at customer services, she'd love it."""),
    D("gen", "x", "phi", """
my landlord mr okafor has gout again so he couldn't get up the stairs to fix the boiler. his foot is the size of a melon. on the bright side he sent his nephew who actually fixed it"""),
    D("tec", "rd", "phi", """
My manager asked me to explain to our team of five that our new tester, Callum, has ADHD and might need written tickets instead of verbal handovers. He's fine with it being shared but I don't want to make it a big deal. How would you phrase it?"""),
    D("npo", "x", "phi", """
mick with the collie, who sleeps outside the library, has hep c. the outreach nurse got him on the tablets last month and he's actually taking them. small wins at the shelter today"""),
    D("hea", "li", "phi", """
Funny moment at the Acme Health urology clinic this morning: the voice of the Breakfast Show on Radio Tees came in for his vasectomy and asked if he could record an intro from the couch. We said no. He still did the weather."""),
    D("gen", "ig", "phi", """
Two years clean from heroin today for my best friend Rhiannon Price 🌻 she asked me to post this because she wants everyone who knew her in 2022 to see she made it. So proud of you, love."""),
    D("fin", "x", "phi", """
colin our mortgage adviser has been off with depression since march. his wife told the branch manager he can't face the phone. the customers keep asking where he is and we just say leave"""),
    D("man", "fb", "phi", """
Shift note from occupational health, Acme plant: Pawel Nowak on lathe 3 has tinnitus and 40% hearing loss in his left ear. Please stand on his right when giving instructions and check he's heard the alarm drills."""),
    D("gen", "rd", "phi", """
My flatmate Tom (you'll know him if you go to the Tuesday climbing social, tall, ginger) has started self-harming again and won't talk to his GP. I've hidden the razors. What else should I be doing?"""),
    D("ret", "rd", "phi", """
One of our regulars at the shop, Mr Haque, the taxi driver with the green Prius who parks on the yellow line, has had his left leg amputated because of his diabetes. He's home now. Is it weird to send flowers from the staff?"""),
    D("hea", "fb", "phi", """
GP receptionist confession: the head teacher from St Bede's Primary was in this morning for her anxiety review and she was shaking in the waiting room. Made me realise teachers are struggling as much as the rest of us."""),
    D("npo", "ig", "phi", """
One year ago our runner Lucy Tan gave a kidney to her dad 🫶 on Sunday she's running the Great North Run for the kidney charity with one kidney and a lot of jelly babies. Cheer for the girl in the green vest!"""),
]
