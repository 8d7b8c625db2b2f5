# ruff: noqa: E501
"""Training drafts (ninth set): phi, someone a reader could identify in a community, workplace, club or family
(a named colleague, a regular, a neighbour, a team-mate, a local figure, a relative) together with a health
detail, mostly told without hospital vocabulary, by whoever happens to know it."""

from __future__ import annotations

from ..heldout.common import D

PHI = [
    D("gen", "fb", "phi", """
Tuesday intervals crew 🏃 Dev (tall lad, orange vest) went hypo at the end of the hill reps last week because his pump ran out. He's type 1, he's fine, but can whoever's at the back please carry a few jelly babies from now on."""),
    D("man", "x", "phi", """
tony on nights, the forklift lad with the tattoo sleeve, has been diagnosed with narcolepsy after nodding off mid-sentence in the canteen twice. they've taken him off the trucks till the tablets kick in, gutted for him"""),
    D("ret", "ig", "phi", """
Our Saturday girl at Acme Market Filey, Chloe, has lost so much weight since the summer 💔 her mum told me on the shop floor it's anorexia and she's being treated for it now. Please nobody comment on her lunch when she's back."""),
    D("tec", "li", "phi", """
Welcome back to Priya Raman on the Acme Sense firmware team! Six months of long covid, still on half days and still getting breathless on the stairs, and she's already found two bugs in my branch. Pace yourself Priya 💜"""),
    D("npo", "fb", "phi", """
A gentle note for the Wednesday till volunteers at our charity shop: Brenda, who does the books, has been diagnosed with early dementia. Her family have asked us to keep her on for as long as she enjoys it, so please double-check the float with her rather than taking over."""),
    D("fin", "rd", "phi", """
Work at a small bank branch. The village postmaster (everyone round here knows him) came in today to ask about getting money out of his ISA early because his wife has motor neurone disease and they need a stairlift. How do you keep a straight face through that?"""),
    D("gen", "x", "phi", """
the piper who plays at every wedding in kirkcaldy, hamish with the red beard, has had his voice box out. still wants to play at ours in june. absolute trooper"""),
    D("hea", "fb", "phi", """
You'd never guess it but Mrs Fairley from the flower shop on Castle Street came in to the dental surgery today and half her enamel's gone from years of bulimia. She cried in the chair. Be kind to people, you don't know what they're carrying."""),
    D("gen", "ig", "phi", """
Book club this month is at Pauline's sister's place because Pauline's having her second hip done on the 9th 🌷 our founder is made of titanium at this point. Bring a card for her if you can."""),
    D("man", "fb", "phi", """
Heads up to the fab shop: Gaz on the laser cutter has been told he's got macular degeneration and he can't read the small dials any more. Read the pressure out to him if he asks and don't make a thing of it."""),
    D("ret", "x", "phi", """
big pete on security at acme market leigh went down by the trolley bay this morning, his sugar was through the floor. diabetic and hadn't eaten since last night. glad he's ok, he's the best guard we've had"""),
    D("tec", "rd", "phi", """
Our CTO at Acme Cloud has been off for three weeks and the all-hands said "personal reasons", but he told me himself it's burnout and he's on sertraline now. Should I tell my team so they stop speculating, or is that not mine to share?"""),
    D("gen", "fb", "phi", """
Year 4 parents: Mr Adeyemi's shingles have gone into his eye so he won't be back before half term. He asked me to say thank you for the cards, the kids' drawings made him laugh 😊"""),
    D("npo", "x", "phi", """
the lad who sells the big issue outside boots in truro has tb. they've got him on a six month course of pills and he has to take them in front of a nurse. if you see him, he's not skiving, he's getting better"""),
    D("gen", "fb", "phi", """
Thursday five-a-side is back on and so is Sandeep, six weeks after his bowel surgery ⚽ He's named his stoma bag Kevin and told the whole changing room, so he says I'm allowed to post this. Go easy in the tackles lads, Kevin's not match fit."""),
    D("gen", "x", "phi", """
bloke at no. 22 is back on the cider at 10 in the morning. his liver was already shot last year, his daughter told me they gave him six months if he didn't stop. heartbreaking to watch from the window"""),
    D("man", "li", "phi", """
Welcome back to Jolene on the Acme plant packing line, home and recovering after her ectopic pregnancy last month. The team's had a whip-round and there's a cake in the break room with your name on it 💐"""),
    D("ret", "fb", "phi", """
If you shop on Bridge Street you'll know Helga from the wool shop. Her MS has got a lot worse this year and she can't do the shutter on her own any more, so if you're passing at 9 give her a hand. She won't ask."""),
    D("gen", "rd", "phi", """
Our D&D group has played every Friday for 6 years. Our DM Callum has cystic fibrosis and his lung function's dropped to 40% this winter, so we moved the game to his flat. How do we make it easier for him without making it weird?"""),
    D("npo", "li", "phi", """
Our U10s coach Darren, who half of Shipley will know from Saturday mornings, had a kidney transplant on Tuesday from his brother Neil. Both doing well. Training this weekend will be run by the parents' rota."""),
    D("gen", "fb", "phi", """
Gordon, our organist at St Aidan's for 40 years, had a pacemaker fitted on Monday after fainting halfway through the last hymn on Sunday. He says thank you for the prayers and he'll be back on the bench for Advent."""),
    D("fin", "x", "phi", """
the old boy who pays his allotment takings in every friday is losing his sight, glaucoma in both eyes. i fill the slip in for him now. 40 years of prize marrows and he can't see the counter"""),
    D("man", "x", "phi", """
supervisor just told the whole extrusion line that the new apprentice has tourette's so we don't take the swearing personally. he was stood right there. poor lad went purple"""),
    D("ret", "rd", "phi", """
Baker at an Acme Market in-store bakery. Regular customer, the retired fire chief everyone in town knows, has just been diagnosed coeliac and keeps asking if we can do him a gluten-free loaf. Anyone know if the central bakery ever does special orders?"""),
    D("gen", "ig", "phi", """
Nana turned 90 today 🎂 two strokes this year, can't really use her left hand any more, and she STILL beat all of us at rummy. Margaret Doyle, you are a force of nature."""),
    D("hea", "li", "phi", """
Our hospice chaplain, Rev. Anne Pike, who has sat with so many of our families, is now having chemotherapy herself for ovarian cancer. She's asked us to share this so nobody tiptoes around her on the ward. We love you Anne."""),
    D("tec", "rd", "phi", """
Coworker on the Acme Pay fraud ops team told all of us she's expecting twins and has hyperemesis so bad she's on a drip twice a week. The manager still put her on the weekend rota. Is that a grievance thing?"""),
    D("npo", "fb", "phi", """
Stan, our Tuesday dog-walking volunteer (you'll know him by the collie), had a TIA on the canal path last week. Bit of slurred speech that went after an hour. He's on blood thinners and back walking Bess. Don't let him carry the big bags please."""),
    D("gen", "x", "phi", """
councillor bryce has missed four ward meetings because he's in rehab for cocaine. the whole ward knows, the council website still says "family matters". make of that what you will"""),
    D("man", "fb", "phi", """
Safety stand-down on Tuesday: Lee Harland, maintenance fitter on B shift, lost two fingers in the guillotine on Monday. They've been reattached and he's got months of physio ahead. Guards stay ON, no exceptions."""),
    D("ret", "li", "phi", """
I want to say something about Marian Holt, who has driven an Acme Market Kendal home delivery van for eleven years.

Some of you will know her as the driver who carries your shopping up three flights and stays for a chat. What you won't know is that Marian was told in the spring that she has heart failure. She kept driving through the summer, on water tablets that meant planning her route around every public loo in South Lakeland, and never once asked to come off the rota.

Last week she finally agreed to move to a desk job in the store. She's furious about it. She says the customers are her friends and she doesn't want anybody worrying. But I think the people on her round deserve to know why their favourite driver has disappeared, and to know that she's still in the building, grumbling at the rota screen and asking after your cats.

If you're in the store, say hello. She'll pretend she doesn't want the fuss. She does."""),
    D("fin", "fb", "phi", """
Credit union AGM next Thursday. Derek, our treasurer, won't be driving to it because his sleep apnoea means he's not allowed at night until the machine sorts him out, so if anyone lives near Hollins Lane can you pick him up?"""),
    D("hea", "x", "phi", """
physio room today: the goalkeeper from the town team came in with a fully ruptured acl and a torn meniscus. season over, 9 months minimum. he knows the fans don't know yet, i felt awful"""),
    D("gen", "fb", "phi", """
Prayers please for our Kayleigh from the netball club, 19, who's been told she has a brain tumour the size of a plum. Surgery is next week. Her mum said we can share so people stop asking her why she's missed training 💛"""),
]
