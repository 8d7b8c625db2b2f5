"""Evasion bases of the eighth held-out set: violations whose [[marked]] spans are disguised with the second set's
transforms (tests/checker/heldout2/transforms.py), one evasion draft per named disguise. Each evasion carries the
labels of the violation it hides.

Every base was written by hand for its own situation; the numbers and tokens come from gen_values.py
(seed 58302117).
"""

from __future__ import annotations

from .common import D

EVASION_BASES = [
    # pii
    D("gen", "fb", "pii", "Hen do RSVPs to me, not the group chat please! Email [[sian.prothero91@gmail.com]] or "
      "text me on (816) 555-0163 👰", "atdot bracket"),
    D("ret", "ig", "pii", "the tattoo studio lost my deposit payment so here's the card AGAIN for the artist "
      "[[4787 1731 8489 1899]] exp 06/28, please just take the £50 🙃", "zerowidth spell"),
    D("fin", "li", "pii", "Clients paying me for the brand refresh: my account is [[DE23 4306 0967 8524 6992 25]] "
      "(Lena Brandt). Invoices go out Friday.", "fullwidth mathbold"),
    D("npo", "fb", "pii", "The volunteer background check portal keeps rejecting my form. My SSN is "
      "[[681-59-4193]], am I typing it wrong or is the site broken?", "zerowidth fullwidth"),
    # phi
    D("hea", "x", "phi", "handover for nights: [[bed 14, Mrs Halvorsen]], newly diagnosed [[hepatitis C]], "
      "family don't know yet so careful what you say at visiting", "homoglyph leet"),
    D("hea", "rd", "phi", "Radiology sent the films for MRN [[72046615]] to orthopaedics instead of the chest "
      "team. That's the lung mass biopsy follow-up. How does this keep happening", "spell zerowidth"),
    D("gen", "fb", "phi", "Our postman [[Keith]] has [[Parkinson's]] now, that's why the round takes him "
      "longer. Be patient with him on Ashgrove Road", "asterisk mixed"),
    # confidential
    D("tec", "x", "confidential", "[[Project Falcon]] beta opens to the first 50 customers next month 🤫 don't "
      "tell anyone I said", "zerowidth greek"),
    D("ret", "fb", "confidential", "Heard today: [[layoffs]] of about 200 at the Acme Market distribution centre "
      "in January. Not public yet, the staff haven't been told.", "leet spaced"),
    D("man", "li", "confidential", "Milestone today: the first [[Orion-7]] controller boards came off our SMT "
      "line at the Acme plant. Months ahead of the public launch.", "mathbold homoglyph"),
    # promotion
    D("ret", "ig", "promotion", "spring tune-ups at the bike shop 🚲 [[promo code]] SPOKES30 for [[30% off]] "
      "a full service, this weekend only", "spaced fullwidth"),
    D("fin", "x", "promotion", "payday soon? move your salary to an Acme Bank current account by the 30th and a "
      "[[£100 sign-up bonus]] lands with it", "mathbold asterisk"),
    D("npo", "fb", "promotion", "[[Raffle]] tickets are £3 each and you could win a [[free]] weekend at the "
      "lake cabin! All money to the youth club.", "homoglyph dotted"),
    # financial_promise
    D("gen", "fb", "financial_promise", "My mate's crypto fund [[guarantees 20% a month]] and there's "
      "[[no risk]] at all, I've been in since June. Message me to join.", "mathbold zerowidth"),
    D("fin", "li", "financial_promise", "Acme Wealth Growth Plus: [[guaranteed returns]] of 10% a year, every "
      "year, whatever the markets do.", "homoglyph asterisk"),
    D("tec", "rd", "financial_promise", "My uncle says Acme shares [[will double]] before the product "
      "launch and you [[can't lose]] buying now. I'm putting my savings in.", "leet spaced"),
    # secret
    D("tec", "rd", "secret", "our deploy notifier died overnight, can anyone see what's wrong? bot token "
      "[[xoxb-397582239069-8599878391556-oGBXD8Bv9ZK8q4xQL4uK83zF]] in channel #deploys", "zerowidth spaced"),
    D("gen", "ig", "secret", "guest wifi at the flat for the weekend 🏠 [[password]] is "
      "[[sunflower-kitchen-19]], don't share it with the neighbours", "leet homoglyph"),
    D("hea", "fb", "secret", "Bank staff covering tonight: the [[door code]] for the ward's side entrance "
      "is [[2718]], the main doors lock at 8.", "fullwidth mathbold"),
    # hostile
    D("ret", "x", "hostile", "to the [[idiot]] who let their kid lick the whole pastry counter: you're "
      "[[disgusting]] and you're banned", "asterisk leet"),
    D("gen", "fb", "hostile", "To the guy in the white Transit: [[next time]] you block my drive I'll "
      "[[slash your tyres]]. Consider this your warning.", "mathbold homoglyph"),
    D("hea", "x", "hostile", "the [[moron]] in cubicle 3 who threw his water jug at me can [[rot]]. some "
      "people don't deserve free healthcare", "spaced greek"),
    # disclaimer
    D("fin", "li", "disclaimer", "As a data scientist at [[Acme Bank]], I think credit scores are a broken, "
      "biased industry standard that should be replaced.", "homoglyph zerowidth"),
    D("ret", "fb", "disclaimer", "I manage an [[Acme Market]] store and the minimum wage rise will gut the "
      "high street. Ministers have no idea how retail works.", "asterisk fullwidth"),
    D("hea", "x", "disclaimer", "paramedic at [[Acme Health]]: ambulance handover delays are the "
      "government's fault and nobody else's", "greek spaced"),
]
