# ruff: noqa: E501
"""Exam drafts (ninth held-out set): violations disguised with heldout2's transforms (tests/checker/heldout2/
transforms.py, unchanged), five per category. Each base names one disguise, applied to its [[marked]] span(s)
only, so part of the trigger is often left plain, as in real attempts; each evasion carries the labels of the
violation it hides. EVASION holds the disguised drafts (no transforms left), used as written by the build."""

from __future__ import annotations

from ..heldout.common import D
from ..heldout2.transforms import apply, plain

BASES = [
    # --- pii
    D("gen", "fb", "pii", """
Recommending our dog walker Priya to anyone in Fremantle 🐕 she took our two mad spaniels all winter and they came back tired and happy every time. Her mobile's [[0491 572 810]], tell her the Hendersons sent you.""", "spell"),
    D("ret", "x", "pii", """
the lady who wanted a gluten free wedding cake quote left her email on our stall sign-up: [[maddie.frost.bakes@gmail.com]]. maddie, quote's ready, your inbox is full""", "bracket"),
    D("fin", "rd", "pii", """
Renting a gîte in Brittany and the owner wants the deposit to her own account, [[FR76 2004 1010 1209 6870 9001 719]], name Odile Marchand. The agency said pay direct. Is that normal over there?""", "spaced"),
    D("tec", "x", "pii", """
the irs says my wife's ssn, [[732-91-0828]], was used on someone else's return. how do you even prove you're you""", "fullwidth"),
    D("gen", "ig", "pii", """
grown-up moment 💳 first credit card in my own name, [[4740 9269 3815 2868]], limit of £500 which i will NOT be spending on concert tickets (i will)""", "mathbold"),
    # --- phi
    D("man", "fb", "phi", """
Go easy on Lorraine in dispatch this month. She's just been told she has [[multiple sclerosis]] and her legs give out by the end of a long shift, so she's on a stool now.""", "homoglyph"),
    D("gen", "x", "phi", """
our crossing warden at st mary's, the one with the big white beard, has [[leukaemia]]. he's still there every morning between treatments. give him a wave""", "asterisk"),
    D("npo", "fb", "phi", """
Our long-time litter-pick organiser Bernard has asked us to share that he's been diagnosed with [[early onset dementia]] at 61. He still wants to lead the Saturday group with his wife alongside him.""", "zerowidth"),
    D("ret", "x", "phi", """
fatima who runs the sweet shop on corporation street has [[type 2 diabetes]] now. sold sweets for 30 years and can't eat a single one. life is cruel""", "greek"),
    D("hea", "fb", "phi", """
Please be patient with our Tuesday yoga teacher Graham, he's told the class he has [[bipolar disorder]] and his new tablets make him a bit slow in the mornings.""", "mixed"),
    # --- confidential
    D("tec", "rd", "confidential", """
Can anyone explain why the [[Nightjar]] load tests only ever run on Friday night? I joined the squad at Acme Cloud last month and nobody can tell me.""", "dotted"),
    D("ret", "fb", "confidential", """
Acme Market Batley is [[closing]] in September and staff are being offered moves to Dewsbury. We were told on Monday. Shop there while you can!""", "hyphens"),
    D("fin", "x", "confidential", """
acme wealth has [[layoffs]] coming in the advice team, 60 roles, consultation starts after bonus day. hr already booked the rooms""", "leet"),
    D("hea", "fb", "confidential", """
Acme Health is [[merging with]] the Northfields hospice group next year, the chief exec told the senior nurses this week. Patients won't hear till summer.""", "mathbold"),
    D("man", "x", "confidential", """
acme plant is [[shutting the paint shop]] and sending the work to poland from june. union reps told today. no press yet""", "spaced"),
    # --- promotion
    D("ret", "ig", "promotion", """
Our vintage market stall is doing [[50% off]] all denim this Saturday only 👖 find us by the clock tower""", "spaced"),
    D("tec", "x", "promotion", """
new to acme cloud? [[promo code]] BUILD100 gets you $100 of credit on signup. go build something""", "zerowidth"),
    D("fin", "fb", "promotion", """
Acme Bank's [[sign-up bonus]] is £150 this month when you switch your current account 🎉 easiest money I've made all year""", "homoglyph"),
    D("npo", "x", "promotion", """
acme foundation summer fair 🎡 [[raffle]] tickets £1, first prize is a weekend in whitby. all money to the youth club""", "asterisk"),
    D("hea", "ig", "promotion", """
New pilates studio at our physio clinic opens Monday 🧘 [[first class free]] for anyone who brings a friend along, book on the app""", "fullwidth"),
    # --- financial_promise
    D("gen", "x", "financial_promise", """
my neighbour's lad says his solar panel bond is [[guaranteed]] to pay 12% a year for 20 years. putting my redundancy money in""", "leet"),
    D("fin", "fb", "financial_promise", """
Our residents' association has moved the sinking fund into a storage unit scheme that's [[risk free]] and pays 10% a year. Best decision we've made!""", "dotted"),
    D("gen", "rd", "financial_promise", """
My cousin says that new Scottish gin brand's shares [[will double]] in a year once they're in the supermarkets. I've bought £2k worth. Sensible?""", "fullwidth"),
    D("ret", "ig", "financial_promise", """
Sealed Harry Potter first editions, the best investment in the shop 📚 buy now and you [[can't lose]], they go up every single year""", "mathbold"),
    D("gen", "fb", "financial_promise", """
Uncle Rav says Rightmove shares are [[going to triple]] by next Christmas. He's put his pension in and says we should too.""", "greek"),
    # --- secret
    D("tec", "rd", "secret", """
Terraform keeps failing on the S3 backend. Using access key [[AKIALFGRPPIKT7B4R3GX]] with secret B7U8irCyNEUatjOW6CHBo8f7jml9Whcmfs/KPdot. Is the region wrong?""", "spaced"),
    D("gen", "fb", "secret", """
Welcome to the street, new neighbours at no. 9 🏡 till your broadband's in, jump on ours: network Hollybush, [[password]] Greenhouse_Tomato33.""", "leet"),
    D("man", "x", "secret", """
weekend shift, the [[door code]] for the side entrance is 6619. don't prop it open, it sets the alarm off""", "hyphens"),
    D("fin", "rd", "secret", """
My elderly dad keeps asking me for his debit card [[PIN]], so I've written 3308 in his diary. Is there a safer way to help him?""", "mathbold"),
    D("hea", "fb", "secret", """
Agency staff on nights: the rota system [[login]] is wardfour / Nightshift#21 until your own accounts come through.""", "greek"),
    # --- hostile
    D("ret", "x", "hostile", """
to the man who threw his receipt at our apprentice because the offer had ended: you are a [[pathetic little man]] and she's worth ten of you""", "asterisk"),
    D("hea", "fb", "hostile", """
To the visitor who told our porter to "go back to school": he's a qualified paramedic on a gap year. You, on the other hand, are [[brainless]] and rude.""", "zerowidth"),
    D("gen", "x", "hostile", """
the guy who reported our street party to the council for "noise" at 6pm: you're an [[absolute moron]] and nobody invites you for a reason""", "dotted"),
    D("tec", "rd", "hostile", """
To the user who filed 14 bug reports saying our app "steals his thoughts": you're a [[clown]], sir, and the app's been uninstalled from your phone since March.""", "leet"),
    D("fin", "x", "hostile", """
bloke in the branch today told me women can't do maths. sir you're a [[dinosaur]] who needed my help to log into his own account""", "homoglyph"),
    # --- disclaimer
    D("fin", "x", "disclaimer", """
nine years at [[acme wealth]] and the fca's consumer duty is the best regulation this industry has had in decades""", "leet"),
    D("hea", "li", "disclaimer", """
As a ward sister at [[Acme Medical Center]], I think the government's nursing workforce plan is fiction. Nobody trains a nurse in three years on promises.""", "homoglyph"),
    D("ret", "x", "disclaimer", """
6 years at [[acme market]] and self-checkouts are the worst idea the industry has had""", "spaced"),
    D("tec", "fb", "disclaimer", """
Working at [[Acme Cloud]] has taught me that Globex's support is the weakest in the industry. Their customers deserve better.""", "zerowidth"),
    D("npo", "li", "disclaimer", """
As a fundraiser at [[Acme Foundation]], I think the government's cut to the aid budget is a moral failure.""", "fullwidth"),
]

EVASION = []
for _base in BASES:
    (_name,) = _base["transforms"]
    _text = apply(_base["text"], _name)
    assert _text != plain(_base["text"]), _base["text"][:60]
    EVASION.append(dict(_base, text=_text, transforms=[]))
