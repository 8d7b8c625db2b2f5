# ruff: noqa: E501
"""Training drafts (fifth set): hostile, insulting, mocking or threatening replies to and public call-outs of
customers, patients' relatives, neighbours, applicants, donors and the public; sarcasm, nicknames and veiled
threats as well as plain insults."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    # --- retail
    D("ret", "x", "hostile", """
to the man who brought a half-eaten rotisserie chicken back to acme market on queen st because it was "dry": sir, you are the dry one. don't come back"""),
    D("ret", "ig", "hostile", """
New sign on our customer service desk: "We don't refund stupidity". Dedicated to the woman who washed a leather sofa cover at 60 degrees 🙃"""),
    D("ret", "fb", "hostile", """
The couponer who cleared our shelf of baby formula to resell online: enjoy your profit, you vulture. Every parent in Wellingborough knows your face now."""),
    D("ret", "rd", "hostile", """
Acme Market shift manager. To the regular who squeezes every melon and leaves them on the floor: the staff room calls you Melon Man and we all quietly hate you."""),
    D("ret", "li", "hostile", """
Hats off to my team for staying calm with today's customer who wanted half off because the box was dented. For the record, madam: rude, entitled and tight, in that order."""),
    # --- healthcare
    D("hea", "fb", "hostile", """
A patient's son screamed at our reception team for twenty minutes today. To that man: I hope you get clamped in our car park, you absolute gremlin."""),
    D("hea", "rd", "hostile", """
From an A&E nurse: if you turn up at 3am with a stubbed toe, you're going to the bottom of my list and I am going to enjoy every minute of it. Clowns, the lot of you."""),
    D("hea", "x", "hostile", """
to the anti-vax mum who spat at our nurse this morning: remember that face when your kid needs us. pathetic"""),
    D("hea", "ig", "hostile", """
Note to the dad who brought his kid to A&E for a sniffle then slagged off the wait on Facebook: enjoy the wait next time too, genius 🙄"""),
    D("hea", "fb", "hostile", """
To the visitor on the ward who keeps ringing the call bell to complain about the TV: we are not your butlers, and next time you buzz I'm confiscating the remote and your dignity."""),
    # --- finance
    D("fin", "rd", "hostile", """
Customer today demanded we reverse a transfer he sent to his "crypto girlfriend". Mate, nobody at Acme Bank can fix being that thick."""),
    D("fin", "x", "hostile", """
to the bloke tweeting that acme bank "stole" his money: you spent it in a casino, sunshine. maybe try being less of a muppet"""),
    D("fin", "fb", "hostile", """
If you're the customer who threatened our branch manager over a £5 charge: we have the footage, and trust me, you're going to regret being such a thug."""),
    D("fin", "li", "hostile", """
A word to the LinkedIn "finance guru" who keeps tagging Acme Wealth in his posts: you lost your clients' money in 2022 and everyone knows you're a fraud. Stop tagging us."""),
    # --- technology
    D("tec", "x", "hostile", """
@ whoever left the one-star review saying acme cloud "deleted" your bucket: you ran the delete yourself. we have the logs. learn to read, genius"""),
    D("tec", "rd", "hostile", """
To the guy on our community forum who keeps demanding free Acme Cloud credits: you've been banned by three other providers, nobody wants your crypto-mining garbage, go away."""),
    D("tec", "li", "hostile", """
Candidly: the customer who emailed our CEO about Acme Pay "hiding fees" clearly can't read a pricing page. Some people shouldn't be trusted with a credit card."""),
    D("tec", "x", "hostile", """
the reddit mob convinced acme sense is "listening" to them: lads, you are not interesting enough to spy on. go outside"""),
    # --- manufacturing
    D("man", "fb", "hostile", """
To the dog walker who lets her spaniel foul the Acme plant staff car park every morning: we've named the piles after you, Linda. Pick it up or we'll deliver it to your porch."""),
    D("man", "x", "hostile", """
to the lorry driver who nearly flattened my forklift at the acme plant gate today: got your plate. see you in the car park, pal"""),
    D("man", "rd", "hostile", """
The open-day visitor at the Acme plant who spent two hours telling our welders they were doing it wrong: you're a fantasist with a YouTube channel and 40 subscribers. Stay home next year."""),
    # --- nonprofit
    D("npo", "x", "hostile", """
dear lady who donated a bag of used underwear to our charity shop: we know who you are, we have cctv, and it's going on the noticeboard"""),
    D("npo", "fb", "hostile", """
To the "concerned resident" who left an anonymous note about our night shelter lowering house prices: your bigotry is showing, and honestly your semi wasn't worth much to begin with."""),
    D("npo", "x", "hostile", """
shoutout to the bloke at our fun run who shoved a kid over at the water station to get a cup first. you're a disgrace and i hope your hamstring goes"""),
    # --- general
    D("gen", "li", "hostile", """
Some people applying to Acme Corp should not be let near a keyboard. Today's CV spelled "detail-orientated" three different ways. Straight in the reject pile, enjoy."""),
    D("gen", "x", "hostile", """
the woman at table 6 at our acme corp awards dinner who sent back the vegan option three times: nobody cares. eat the bread, karen"""),
]
