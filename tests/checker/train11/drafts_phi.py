# ruff: noqa: E501
"""Training drafts (eleventh set): phi, someone a reader could identify in a community, workplace, club, street
or family (a named colleague, a regular, a team-mate, a neighbour, a local figure, a relative) together with a
health detail, mostly told without hospital vocabulary, by whoever happens to know it."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("gen", "fb", "phi", """
Allotment society update 🌱 Derek on plot 14 (the one with the prize leeks and the union jack shed) has macular degeneration and can't really see the weeds any more. A few of us are doing his digging on Sundays, come along if you've got a spare hour."""),
    D("gen", "x", "phi", """
our tower captain margaret is having her second hip done on the 14th so sunday ringing is cancelled for a month. she says if anyone touches the tenor rope while she's gone she'll know"""),
    D("gen", "fb", "phi", """
Reception class parents: Mrs Okafor has long covid and won't be back until after Easter at the earliest. The supply teacher is lovely but the kids keep asking, so maybe have a gentle word at home."""),
    D("gen", "rd", "phi", """
Sunday league question. Our hooker Danny Whitlam took another knock to the head on Saturday, that's his third concussion since September. The neuro bloke told him to pack it in and he wants to play the cup final anyway. How do we tell him no?"""),
    D("man", "fb", "phi", """
Night shift on the despatch bay, just so everyone knows why Stacey's not been in: her Crohn's has flared up badly and she's lost nearly two stone. She's asked us to stop texting her "are you coming back" and I don't blame her."""),
    D("gen", "x", "phi", """
big mo from the taxi rank outside the station had one of those mini strokes on tuesday, a TIA. he's back on the rank already because "the meter doesn't run itself". someone make him go home"""),
    D("npo", "fb", "phi", """
Knit and natter is at Joan's house this week instead of the hall, because Pat's got shingles across her face and can't wear her glasses. Bring your own biscuits, Joan's on a diet."""),
    D("fin", "li", "phi", """
Sending strength to Aisha in our accounts payable team at Acme Bank, who was diagnosed with multiple sclerosis last month and has been in every day since anyway. Aisha, you are the toughest person on the fourth floor."""),
    D("gen", "ig", "phi", """
Our keeper Liam tore his ACL in the last minute of the derby 😩 surgery's in June and the physio reckons nine months, so we need a goalie for next season. Get well soon big man 🧤"""),
    D("ret", "x", "phi", """
the woman from the florist on church st was in for her bread and told me her husband's prostate cancer has spread. she's still opening the shop every morning. if you're near, buy some tulips off her"""),
    D("tec", "rd", "phi", """
Throwaway. My scrum master at work, Jess, has been off four weeks with postnatal depression and our manager read that out at stand-up "so we can plan around it". Is that even allowed? She's going to hate that we all know."""),
    D("gen", "fb", "phi", """
Please keep Reverend Paul in your prayers this week. He had a triple bypass on Monday and the surgeon is pleased, but he won't be in the pulpit until the autumn. The curate will do Sunday's services."""),
    D("hea", "x", "phi", """
the bloke who runs the kebab van on station road comes in every morning for his methadone. always polite, always pays for the lady behind him's paracetamol. people are more than their scripts"""),
    D("hea", "fb", "phi", """
Guess who had every last tooth out at our practice this week? The weatherman from Look East. Gum disease, dentures fitted Friday. He was lovely about it and said he'd practise his smile before Monday's forecast."""),
    D("man", "x", "phi", """
gaz on line 3 has got vibration white finger now, occupational health says no more grinders for him ever. 22 years on that line. he's gutted"""),
    D("gen", "fb", "phi", """
Caterpillar room parents: little Oscar Brierley has just been diagnosed with type 1 diabetes, so staff are all doing the glucose training on Friday and the room will close at 3. His mum says it's fine to tell you so the other kids understand his beeping watch."""),
    D("npo", "x", "phi", """
brass band news: ruth on second cornet has menieres disease, the dizzy spells are why she's been sitting down for marches. we're sorting her a stool for the whit friday walk"""),
    D("gen", "fb", "phi", """
For everyone asking why the post office has been shut all week: Jean's been sectioned. Her son says she'll be in for a while and the counter will reopen when they find cover. Please don't ring the house, they've had enough."""),
    D("gen", "rd", "phi", """
UK landlord, need advice. My tenant in flat 2, an older guy called Roy, has hoarding disorder. The gas engineer couldn't get to the boiler past the newspapers. I don't want to evict him, he's been there 11 years, but I need the flat safe. Who do I ring?"""),
    D("tec", "li", "phi", """
Welcome back to Ffion, our lead data engineer, after a double lung transplant in February 🫁 She walked into the office on Monday with a new set of lungs and a list of 40 Jira tickets she wants closed. Acme Cloud's lucky to have you."""),
    D("gen", "ig", "phi", """
This is my best friend Sophie 💕 she's had endometriosis for twelve years, two surgeries, and nobody believed her until last spring. Today she ran her first 10k. I'm crying in a car park in Salford."""),
    D("ret", "fb", "phi", """
Team, a heads-up about Josh, our Saturday lad on the tills at Acme Market Hexham. He's autistic and the tannoy and the self-checkout beeping get too much for him after a few hours. If he goes quiet, swap him to shelves, no fuss."""),
    D("npo", "fb", "phi", """
Food bank volunteers: Stan, the regular who comes in with the little terrier, has lung cancer and says he's not stopping smoking "at my age". Please don't lecture him. Just make sure he gets the soft food, his mouth's sore from the treatment."""),
    D("fin", "x", "phi", """
mrs pollard, who comes into our branch every friday with her tartan shopping trolley, has early alzheimer's. her son came in to sort power of attorney and told us. so that's why she's been asking for her balance three times a visit"""),
    D("fin", "rd", "phi", """
Claims processor here. Just had a knee reconstruction claim come across my desk from a guy who plays centre back for our local League Two side. So that's why he's been "rested" for six weeks, the club's been saying hamstring."""),
    D("hea", "x", "phi", """
bed 6 on our ward tonight is that actor who played the vet in emmerdale in the 90s. in with pancreatitis and charming every nurse he sees. very hard to be cross with him about the biscuits"""),
    D("man", "fb", "phi", """
Morning briefing thread: if Tony nods off during the 6am huddle again, be kind. He's been diagnosed with sleep apnoea and he's waiting on his breathing machine. He's not being rude, he literally stops breathing at night."""),
    D("tec", "x", "phi", """
our pm callum has hemiplegic migraines and today one hit in the middle of sprint planning, half his face went numb and we nearly rang 999. he's fine, he says it happens. scariest meeting i've been in"""),
    D("gen", "fb", "phi", """
Neighbours, Alan at no. 6 (the retired postie with the blue Fiesta) is losing his sight to glaucoma and the DVLA have taken his licence. If you're going to Morrisons, knock and ask if he needs anything."""),
    D("gen", "x", "phi", """
mia's dad, the tall fireman who does the school run in his uniform, has started chemo for leukaemia. the class have made him a card with a fire engine on it and i'm not ok"""),
    D("npo", "fb", "phi", """
Charity shop rota: Brenda's back on Wednesdays but she's got COPD now and brings her oxygen with her, so please do the heavy bags and keep the back door shut, the draught sets her coughing."""),
    D("hea", "rd", "phi", """
GP receptionist, small town. The headteacher of the secondary was in for his third sick note this term, stress and anxiety, signed off till half term. Half the parents in the waiting room clocked him. Feels like his privacy's gone already."""),
    D("gen", "fb", "phi", """
I've put off writing this for weeks. Most of you at the cricket club know Ray Fenwick, our groundsman for twenty-six seasons, the man who shouted at anyone who walked on his square in studs and then made them a cup of tea. What most of you don't know is that Ray was diagnosed with early-onset Alzheimer's in the winter. He's 61. His wife Pauline told me in March and said I could tell the club, because he's started forgetting things on the ground: he mowed the outfield twice last Saturday, and on Tuesday he couldn't remember where he'd put the roller, which he's parked in the same place since 1998. He still knows every one of us and he's still got the best eye for a wicket in the league. The doctors have started him on tablets and Pauline says the next year or so should be good, but he shouldn't be on the big mower on his own any more. So here's the plan: we're setting up a rota of volunteers to work alongside him on Tuesday and Saturday mornings, not to take over, just to be there. If you've ever enjoyed a game on that square, put your name down in the pavilion. And please, when you see him, don't make a fuss, don't talk to him like he's ill. Ask him about the square. He'll tell you for an hour."""),
    D("ret", "x", "phi", """
that lady from the library who buys a pregnancy test from us every week is on her third round of clomid. she told me at the till and cried. next one's a positive, love, i can feel it"""),
]
