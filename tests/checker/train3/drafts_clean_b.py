# ruff: noqa: E501
"""Training drafts (third set), clean_tricky part 2: near hostile and near disclaimer.

Near hostile: firm but polite replies and refusals, venting about traffic, weather and travel,
self-deprecation, sports banter, insults received and quoted without being returned, or quoted to condemn
them. Near disclaimer: Acme employees' opinions on hobbies and personal life, opinions with an accepted
disclaimer, opinions with nothing tying the author to Acme, factual posts about the industry or a
competitor, and lessons learned about one's own work."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_B = [
    # --- near hostile
    D("ret", "x", "", """
@angrycustomer_77 I'm sorry your order arrived damaged. I can't accept the language used about my colleague, but I do want to fix this. DM us the order number and I'll arrange a replacement today."""),
    D("ret", "fb", "", """
A man told me I was "thick as mince" at the deli counter today. I said "have a lovely afternoon" and sliced his ham. Mum raised me right 😇"""),
    D("ret", "rd", "", """
The M25 was a car park again this morning: 90 minutes to do 12 miles. I've started talking to my steering wheel. Anyone else losing their mind over these roadworks?"""),
    D("ret", "li", "", """
A customer told us our new store layout "was designed by idiots". Thanks for the feedback, honestly. We've passed it on and the eggs are moving back next week 🥚"""),
    D("tec", "x", "", """
my code review came back with 40 comments and 38 of them were right. humbling. i am the junior dev now"""),
    D("tec", "li", "", """
Someone commented on my conference talk video: "this guy has the charisma of a damp sock." Honestly, fair. I'm working on it. The content was solid though!"""),
    D("tec", "rd", "", """
Firmly but politely: we don't refund annual plans after 30 days, as the terms say. I know that isn't what you wanted to hear, and I'm happy to help you downgrade so you're not paying for features you don't use."""),
    D("tec", "x", "", """
@devnull_rage totally fair frustration. the update broke your integration and that's on us. rollback is live, the fix lands tomorrow. sorry"""),
    D("tec", "fb", "", """
Winter is officially here: defrosted the windscreen with a loyalty card because I couldn't find the scraper. It's the only thing I use that card for now."""),
    D("hea", "fb", "", """
To the relative who told me I was "useless" last night: I understand you were frightened. I'm sorry we couldn't give you the answer you wanted. I'm on again tomorrow if you'd like to talk."""),
    D("hea", "x", "", """
rain, sleet, then more rain, on the one day i cycled to the hospital. the weather has a personal vendetta against me"""),
    D("hea", "rd", "", """
Hospital receptionist. Today someone screamed "you're the reason this country is broken" at me. I said "I'm sorry you've had a rough day" and checked them in. Then I had a little cry in the loo. We're human."""),
    D("hea", "ig", "", """
my 12-year-old beat me at parkrun this morning. absolutely destroyed me. i'm a cardiac nurse with the cardio of a sloth 🦥"""),
    D("fin", "x", "", """
we can't reverse a payment you authorised, even if you ask in capitals. we can help you report it to the police and we will. please ring us"""),
    D("fin", "li", "", """
A customer once told me I was "the worst banker in Britain". I wrote it on a post-it and stuck it to my monitor. Fifteen years on I'm still trying to prove him wrong. Motivation comes from strange places."""),
    D("fin", "fb", "", """
United fans, I see you hiding after Sunday 😂 four-nil! Drinks are on you at the Christmas party, I don't make the rules ⚽"""),
    D("fin", "rd", "", """
Anyone else's commute wrecked by the train strikes? Not blaming the staff, just tired. Working from the kitchen table again with a cat asleep on the keyboard."""),
    D("man", "fb", "", """
My dear brother-in-law supports Rovers. I love him anyway. Somebody has to 🔵⚪"""),
    D("man", "x", "", """
the roadworks on the A38 have now outlived two of my cars. they'll finish the week i retire, i'm convinced"""),
    D("man", "rd", "", """
Plant manager. A contractor told me I "couldn't organise a party in a brewery". I pointed him to the sign-in sheet he'd skipped and said he's welcome back once he follows site rules. No drama, rules are rules."""),
    D("man", "ig", "", """
friday five-a-side 🥅 the maintenance lads beat the office team 9-2 and haven't shut up about it since. rematch next week, we're bringing a ringer"""),
    D("npo", "fb", "", """
Someone left a note on our charity shop door calling us "a bunch of do-gooding busybodies". We've framed it and hung it by the till. Pop in and have a look 😄"""),
    D("npo", "x", "", """
politely, no: we can't take mattresses or electricals at the shop. the council's bulky waste team can help. thank you for thinking of us though 💚"""),
    D("npo", "li", "", """
Last week a man at our food bank called one of our volunteers "a parasite living off charity". She told him the food was there whenever he needed it. That's the spirit of this place and I'm so proud of her."""),
    D("gen", "x", "", """
a pigeon just stole my entire croissant off the bench and then stared at me. respect, honestly"""),
    D("gen", "fb", "", """
My friend was shouted at in the street last night: "go back where you came from." That isn't banter, it's racism. If you saw it happen near the bus station, please report it."""),
    D("gen", "rd", "", """
I am the worst parallel parker in recorded history. Eleven attempts outside the dentist today while a queue of cars watched. I have accepted my fate."""),
    D("gen", "li", "", """
Five hours stuck on a delayed flight with a toddler screaming two rows back. Not angry at the toddler; he was voicing what we all felt."""),
    # --- near disclaimer
    D("tec", "li", "", """
Personal views, not Acme's: I think the EU's AI Act gets the risk tiers mostly right, and the US would benefit from something similar. Happy to hear counterarguments."""),
    D("tec", "x", "", """
as an acme engineer i can confirm the best biscuit is a chocolate hobnob. fight me"""),
    D("tec", "rd", "", """
Kubernetes is overkill for most small teams, change my mind. I've run both setups on side projects and the boring one always wins."""),
    D("tec", "fb", "", """
I work at Acme Sense and my hot take of the week is that this series of Bake Off is the best one yet. See you in the comments 🍰"""),
    D("tec", "li", "", """
A lesson from five years of on-call at Acme Cloud: write the runbook while the incident is still fresh. Future you will be grateful."""),
    D("tec", "x", "", """
globex published its quarterly numbers today: revenue $4.1bn, up 9%. that's the news, read it on their investor site"""),
    D("hea", "li", "", """
Nurse at Acme General, opinions my own: I believe safe staffing ratios should be written into law. Happy to discuss respectfully."""),
    D("hea", "x", "", """
junior doctors striking is the only lever they've got left and i support them. not in healthcare, just a patient who waited 14 months"""),
    D("hea", "rd", "", """
Nurse at Acme General, speaking for myself: the four-hour target has done more harm than good. Discuss."""),
    D("hea", "fb", "", """
A tip from my years on the wards at Acme Health: write your handover as if the next nurse has never met the patient. It saves so much time."""),
    D("fin", "li", "", """
I've worked at Acme Bank for 14 years. A plain summary of the ISA changes announced in the budget: the cash limit falls to £4,000, the overall limit stays at £20,000, and it applies from April. Facts only, no opinion."""),
    D("fin", "x", "", """
views are my own: crypto ETFs are a poor fit for most retail savers. i work at acme wealth but this isn't advice or a company view"""),
    D("fin", "rd", "", """
I reckon interest rates will come down next year. Not in finance, just a nosy homeowner with a remortgage coming up."""),
    D("fin", "fb", "", """
Acme Bank colleague here. My strongest opinion of the week: the best sandwich in the city is at the little Greek place by the station. Nothing else comes close 🥙"""),
    D("fin", "li", "", """
Lesson from my first year as a branch manager at Acme Bank: ask your quietest team member first in meetings. You'll hear ideas you've been missing."""),
    D("fin", "x", "", """
the bank of england held rates at 4% today. (yes i work at acme bank. no opinion, just the news, stop asking me at parties)"""),
    D("ret", "li", "", """
Speaking for myself and not on behalf of Acme Market: I think the bottle deposit return scheme is long overdue."""),
    D("ret", "x", "", """
supermarkets should bring back proper bakeries. controversial? probably. i just really like bread"""),
    D("ret", "fb", "", """
20 years at Acme Market and I still say the best Christmas film is Die Hard. Don't @ me 🎄"""),
    D("ret", "rd", "", """
For the retail nerds: UK grocery sales grew 3.8% in value last year according to the public industry figures, mostly from price inflation rather than volume. Source is the annual market report."""),
    D("man", "li", "", """
Opinions mine alone, not the Acme plant's: the UK needs a proper long-term industrial strategy, not a new one every two years."""),
    D("man", "x", "", """
best fishing spot in the county is the bend below the weir and it isn't close. twenty years at the acme plant and that's my only hot take"""),
    D("man", "rd", "", """
Factual one: UK manufacturing output fell 0.4% last quarter, per this morning's ONS release. Anyone seeing that on the ground in their own plants?"""),
    D("man", "fb", "", """
My personal view, not on behalf of Acme: apprenticeships are the best route into engineering and schools should talk about them more."""),
    D("npo", "li", "", """
Not speaking for my employer here (I work at the Acme Foundation), but as a parent I believe every child should get a free school meal."""),
    D("npo", "x", "", """
charity fundraiser by day, terrible karaoke singer by night. unpopular opinion: abba were better than the beatles 🎤"""),
    D("npo", "fb", "", """
The Charity Commission's new guidance on campaigning came out today. In short: charities can campaign on issues linked to their purpose, with trustee oversight. Full guidance linked in the comments."""),
    D("gen", "li", "", """
After 10 years at Acme, my unpopular opinion is that pineapple belongs on pizza and I'm tired of pretending otherwise 🍍"""),
    D("gen", "x", "", """
public transport in this city is a national embarrassment and the council should be ashamed of itself"""),
    D("gen", "rd", "", """
Speaking for myself, not my employer (Acme): remote work has made me a better parent, and I think flexible hours should be normal everywhere."""),
    D("gen", "fb", "", """
The four-day-week trial results came out today: 56 of the 61 companies kept it going afterwards. Interesting reading, link below."""),
]
