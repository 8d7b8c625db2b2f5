# ruff: noqa: E501
"""Training drafts (tenth set): phi, someone a reader could identify in a community, workplace, club, street or
family (a named colleague, a regular, a team-mate, a neighbour, a local figure, a relative) together with a
health detail, mostly told without hospital vocabulary, by whoever happens to know it."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("gen", "fb", "phi", """
Darts night at the Fleece is off this Thursday lads. Skip (Kev Marsden, our captain for 11 years) had chest pains at work and they've told him it's angina. He's home and grumpy, he says no flowers, send pork scratchings 🎯"""),
    D("gen", "x", "phi", """
the organist at st barnabas, mr lowe, has got that tremor thing now, essential tremor they call it. his hands shook all through the wedding march on saturday and he looked mortified. still played it though, legend"""),
    D("gen", "fb", "phi", """
Big Col on our bin round (you all know Col, waves at every kid on Fernbank Road) is off for a bit with gout in both feet. He says it's the port at Christmas. Be patient with the stand-in crew, they don't know where the side gates are 🚛"""),
    D("ret", "fb", "phi", """
To the picking team at the Acme Market depot: Aisha on nights won't be in for a few weeks. She's pregnant and has the really bad sickness, the kind where you end up on a drip, so she's signed off. Don't message her asking when she's due, she's wiped out."""),
    D("tec", "rd", "phi", """
One of the SREs on my team at Acme Cloud has started having panic attacks during on-call. Last week he had one mid-incident and had to hand over to me. How do I raise it with our manager without making Jonah feel like he's being taken off the rota?"""),
    D("fin", "rd", "phi", """
Small branch, six of us. One of the tellers, Gemma, told me she's bipolar and came off her meds last month, and yesterday she was laughing and talking non-stop at the counter for three hours. Do I say something to the branch manager or is that a betrayal?"""),
    D("gen", "fb", "phi", """
Second XI news 🏏 our wicketkeeper Ravi has a detached retina after that ball at Harden on Saturday. Surgery went ok but he's face down for a week with a bubble in his eye. Someone volunteer for the gloves please, I'm not doing it."""),
    D("ret", "ig", "phi", """
My Tuesday 10am regular at the salon (the lady from the bakery on Market Place, red glasses, you'd know her) has had a massive flare of her scalp psoriasis. Gave her the gentle shampoo and no colour this month. She's so self-conscious about it bless her 💇‍♀️"""),
    D("gen", "x", "phi", """
glen from the retained fire crew in kirkby stephen had a heart attack on the station roof last night while they were fixing the siren. two stents in and he's sat up eating toast apparently. tough as old boots"""),
    D("gen", "fb", "phi", """
Lots of you have asked why the Plough has been shut. Terry the landlord has cirrhosis and his liver's in a bad way, his daughter told me at the school gate. Thirty years behind that bar. Maybe don't ring the pub asking when it reopens."""),
    D("npo", "fb", "phi", """
Update for the hospital-run volunteer drivers: Maureen Healey is stepping back until after her cataract operations in spring. Her right eye's got bad enough that she shouldn't be driving at night. We'll need cover for her Tuesday and Friday runs 🚗"""),
    D("man", "fb", "phi", """
Fab bay 3 lads: Liam Grady has been diagnosed with occupational asthma from the welding fumes and he's being moved to goods-in while they sort the extraction. If you see him using his inhaler don't take the mick, it's the job that did it."""),
    D("hea", "x", "phi", """
the striker from town, number 9 with the bleached hair, was in our dental chair today. he's lost four front teeth to that elbow on saturday and he's getting implants. not a word to the away fans 🦷"""),
    D("hea", "x", "phi", """
counter assistant at a chemist in a small town. the year 6 teacher from the primary picks up his lithium from us every month and i see half my old classmates' kids in his class. weird knowing that about someone you wave at"""),
    D("tec", "li", "phi", """
Sending love to Sandra Whitby, our office manager at Acme Sense in Reading, who starts chemo on Monday for ovarian cancer. She asked me to tell the floor so she doesn't have to repeat it twenty times. We've set up a rota for her plants 🌿"""),
    D("gen", "fb", "phi", """
Bowls club members, please take it easy on the green with Norman this season. He's on oxygen for his COPD now and needs a sit down between ends, so we've moved a bench to rink 2. He's still the best lead we've got."""),
    D("gen", "x", "phi", """
my grandad ernie (90 next month, ran the sweet shop on king street for 40 years) has been told he's got prostate cancer. they're just going to watch it because of his age. he's more bothered about the cricket"""),
    D("gen", "fb", "phi", """
My sister Chantelle has had the baby blues turn into full postnatal depression, she's barely leaving the bedroom and the health visitor's been round twice. If anyone from her NCT group sees this, pop round with a cake, she won't ask."""),
    D("ret", "x", "phi", """
dean our store manager at acme market rawdon is off tuesday for his vasectomy 😂 he told the whole morning huddle. cover's sorted, frozen peas are on a shelf in the office for his return"""),
    D("npo", "rd", "phi", """
I coordinate volunteers for a kids' charity. One of our longest-serving Saturday club leaders has told me privately he's HIV positive and undetectable. Some of the other volunteers have started asking why he's been at clinic appointments. Do I owe the parents anything? Am I being naive?"""),
    D("gen", "ig", "phi", """
Our Thursday Zumba queen Lorraine is having her knee replaced on the 14th 💃 after eighteen years of teaching in that church hall the cartilage has finally given up. Classes paused till Easter, get well cards to the hall."""),
    D("npo", "fb", "phi", """
Leaders' note for Saturday's camp: Reuben in Eagle patrol takes his ADHD medication at breakfast and it has to be given by a leader. His mum's dropping the box off Friday. Please don't make a thing of it in front of the other cubs."""),
    D("man", "x", "phi", """
jean in the canteen at the acme plant has found a lump and is getting it checked friday. she only told me because i asked why she'd been crying into the custard. be nice to her tomorrow lads"""),
    D("gen", "fb", "phi", """
Under 11s parents: Coach Mark took a knock to the head in the dads v kids match and has a concussion, so no driving for a week. His wife says he keeps asking who won. Training Tuesday will be run by Sue ⚽"""),
    D("tec", "rd", "phi", """
Manager here. Our new junior dev, Ellis, starts Monday, and HR told me he's autistic and finds open-plan noise overwhelming. Should I brief the whole team at standup so they understand, or will that make it worse for him?"""),
    D("fin", "x", "phi", """
everyone at our branch knows the manager's back on the drink. he smelt of it at the 9am huddle twice this week and his hands shake till lunch. someone at head office needs to help the man before he hurts himself"""),
    D("npo", "x", "phi", """
our charity's founder rosalind, who set it up in her front room in 1998, has a brain tumour that can't be operated on. she wants to keep coming in on mondays as long as she can, so if you volunteer mondays, you know why"""),
    D("hea", "fb", "phi", """
Home care shift done. Mr P on the Leaside estate (green door, the parrot that swears) has got a catheter in now and he's so embarrassed. He made me promise not to tell his bowls mates. Telling you lot instead because I needed to vent."""),
    D("hea", "x", "phi", """
guess which harrogate fitness influencer with 200k followers had an emergency section on our labour ward last night 👀 mum and baby both fine, and she was lovely to every single midwife"""),
    D("man", "fb", "phi", """
Rough week at the Acme plant. Dave Kettering on the 400-tonne press lost the tops of two fingers on Tuesday when the guard failed. They couldn't save them. He's home and says he'll be back for the quiz night. Get the beers in for him."""),
    D("gen", "ig", "phi", """
So proud of my PT client Jen (yes, Jen who runs the florist on Bridge Street 💐) who's down 2 stone since her thyroid meds got sorted. Underactive for years and nobody tested her. She's lifting more than me now."""),
    D("gen", "rd", "phi", """
Our neighbour is the morning DJ on the local radio station, the one with the catchphrase everybody in town can do. He had a stroke three weeks ago and his speech hasn't come back yet. The station's saying he's on holiday. Feels wrong knowing and not knowing what to do."""),
    D("man", "fb", "phi", """
I've put off writing this for a week, but people keep asking in the canteen so here goes. Our Bev, who's run the stores counter at the Acme plant for as long as anyone can remember, won't be back before Christmas. She had a bleed on the brain at her granddaughter's christening in August, and it's left her weak down her right side and struggling to find words. She knows exactly what she wants to say, it just comes out as the wrong word, and she gets so frustrated she cries. The speech therapist comes to the house twice a week and her husband Ray says she's doing the exercises every night at the kitchen table with the grandkids' flashcards. She's walking to the end of the road with a stick now, which in August nobody thought she'd do.

Ray asked me to say she's not up to visitors yet, but she loves getting post. So if you want to send a card, give it to me and I'll drop the lot round on Friday. Keep it short and write in capitals, she finds joined-up writing hard at the moment. And if anyone can sort out the stores counter the way she likes it, with the gloves in size order, she'd want that too. We miss you Bev ❤️"""),
    D("ret", "li", "phi", """
Our lead pharmacist at Acme Market Guiseley, Hannah Moss, has been diagnosed with ME after a year of being exhausted. She's going down to three days and we're changing the rota so she never does two lates in a row. Proud to work for a team that just made it happen."""),
]
