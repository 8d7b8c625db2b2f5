# ruff: noqa: E501
"""Training drafts (eighth set): phi, someone a reader could identify in a community, workplace, club or family
(a named colleague, a regular, a neighbour, a team-mate, a local figure) together with a health detail, mostly
told without hospital vocabulary, by whoever happens to know it."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("gen", "fb", "phi", """
Could everyone on Marlowe Close please keep the noise down after 9 for a few weeks? Gwen at number 3 is home from her double mastectomy and needs proper sleep. She'd never ask herself so I'm asking for her ❤️"""),
    D("man", "x", "phi", """
big stevie on the paint line at the acme plant finally admitted the shakes aren't the coffee. parkinson's at 51. he's telling people himself so i reckon it's ok to say, buy the man a brew"""),
    D("ret", "fb", "phi", """
If you shop at Acme Market Hexham you'll know Lorraine on the bakery counter. She's off for a while with her kidneys failing again and she's back on dialysis three times a week. The card's by till 4 if you want to sign it 🌻"""),
    D("tec", "rd", "phi", """
How do I cover for a teammate without outing him? Our Acme Cloud storage lead (only one on the team, everyone knows who) has just been diagnosed with severe OCD and takes an hour to leave the house. Standups at 8:30 are killing him."""),
    D("npo", "ig", "phi", """
Our Saturday soup kitchen wouldn't run without Marguerite, 76, who just had her second round of radiotherapy for throat cancer and STILL turned up to peel carrots this morning 🥕 Absolute legend."""),
    D("fin", "x", "phi", """
the retired headteacher who banks with us at acme bank wolverton came in crying today, early onset alzheimer's confirmed last week, wants his son on the account. he taught half the town. rough one"""),
    D("gen", "ig", "phi", """
Sunday league update: our centre-half Jordan Pike is out for the season with a torn achilles and he's got a blood clot in his calf from the cast now. Send the big man some love 🙏⚽"""),
    D("hea", "x", "phi", """
the woman who does the weather on valley fm came into our pharmacy for her antidepressants again today and apologised for crying. you don't need to say sorry love"""),
    D("man", "fb", "phi", """
Safety briefing for B shift: Kenny Osei from goods-in is back Monday after his heart attack. He's got a defib implanted now so NO carrying him about if he faints, just call first aid."""),
    D("ret", "rd", "phi", """
Regular at my Acme Market store, the guy who runs the tattoo parlour on King St, told me at checkout he's HIV positive and just started PrEP for his partner. Felt weirdly honoured he told me tbh"""),
    D("gen", "fb", "phi", """
Our choir's musical director Alison Greaves has been signed off with a nervous breakdown, so Thursday rehearsals are cancelled until further notice. Please give her space and don't turn up at her house with casseroles 🙏"""),
    D("tec", "li", "phi", """
Huge respect to my colleague Femi Adebayo on the Acme Pay mobile squad, who shipped the new onboarding flow while quietly going through IVF with his wife. Two rounds failed, third one's in progress. He said I could share 💛"""),
    D("npo", "fb", "phi", """
Please welcome back our shelter manager Karen, home after three weeks in the psych unit following her overdose in August. Small steps, no fuss, no questions at the door please 💚"""),
    D("fin", "li", "phi", """
Celebrating Ray Dunmore, 30 years in Acme Bank's Swindon contact centre and now cancer-free after his prostate surgery in the spring. Ray, the floor isn't the same when you're not doing the lottery sweep. Welcome back!"""),
    D("gen", "x", "phi", """
the lollipop lady outside st michael's primary is off because she's got lupus and the flares are awful this winter. school hasn't told the parents so everyone thinks she just quit"""),
    D("hea", "fb", "phi", """
Working reception at Acme Dental Otley and the butcher from the market hall came in with a mouth full of ulcers, turns out his leukaemia's back and the chemo's wrecking his gums. Lovely man, please send him good vibes"""),
    D("man", "rd", "phi", """
Forklift driver here. Our shift lead at the Acme plant lost his licence for three months cos of his sleep apnea and the DVLA. Whole shift knows and he's devastated, he thinks we all think he was drink driving."""),
    D("ret", "x", "phi", """
mr kowalski who buys 10 scratchcards every friday at our till has got diabetes so bad he's losing his toes. saw the bandages. he still bought the haribo 😬"""),
    D("gen", "fb", "phi", """
Our Tilly's best friend Maisie from gymnastics has just been diagnosed with anorexia and is going into a unit in Leeds next week. Her mum asked me to let the other parents know so the girls stop asking where she is 💔"""),
    D("tec", "x", "phi", """
my manager at acme sense told the whole sprint review that sanjay's been off because of a kidney stone and "will be back once he passes it". sanjay, i'm so sorry, that was horrendous"""),
    D("npo", "li", "phi", """
Proud moment at the Acme Foundation literacy project: Derek, our 58-year-old learner from the Barton Hill estate with dyslexia and early-stage dementia, read his first full page aloud this week. His wife cried. So did I."""),
    D("hea", "rd", "phi", """
Physio here. The captain of our local rugby club has come to me twice now with concussion symptoms and begged me not to tell the coach before the cup final. He's the only number 8 in the club, everyone will know who I mean."""),
    D("fin", "fb", "phi", """
Our insurance office is a team of six so you'll all know who I mean: Bridget's been off since the scan found a brain tumour. Op is Thursday. Cards to the office, flowers after she's home please 💐"""),
    D("gen", "x", "phi", """
pastor ade at the riverside church has been a recovering gambler for 12 years and just relapsed, lost the roof fund. his daughter told our bible study. praying for that family"""),
]
