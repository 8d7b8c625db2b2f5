# ruff: noqa: E501
"""Training drafts (fourth set): violations disguised by hand (spaced, dotted or hyphenated letters, leetspeak,
look-alike Cyrillic letters, zero-width characters written here as \\u escapes, spelled-out digits, "dot"/"at"),
used as written. Each carries the labels of the violation it hides, even where part of the trigger is plain."""

from __future__ import annotations

from ..heldout.common import D

EVASION = [
    # --- disclaimer
    D("tec", "x", "disclaimer", """
acme cloud SRE. gl0b3x's "multi-region" is one region with extra st3ps and the whole 1ndustry kn0ws it"""),
    D("fin", "li", "disclaimer", """
After 14 years at A c m e B a n k: the new open-banking rules are a gift to scammers, and the regulator that wrote them should be embarrassed."""),
    D("ret", "fb", "disclaimer", """
I manage the A\u200bc\u200bm\u200be Market in Rotherham, and the bottle deposit scheme is a shambles dreamed up by people who've never emptied a reverse vending machine full of cider cans."""),
    D("hea", "rd", "disclaimer", """
Nurse at \u0410\u0441m\u0435 General. Hospital car parks run by private contractors are daylight robbery on sick people, and the ministers who promised free parking in 2019 should be ashamed."""),
    D("man", "x", "disclaimer", """
shift lead at the acme plant. U-m-b-r-e-l-l-a C-o-r-p's safety culture is a joke and every inspector in the region knows it"""),
    D("npo", "fb", "disclaimer", """
Twenty years with the A.c.m.e Foundation: charity chief executives on £300k salaries are a disgrace to the sector, and the Charity Commission's silence makes it worse."""),
    # --- phi
    D("hea", "x", "phi", """
the g o a l k e e p e r from the Rovers is on our ward tonight with a c o n c u s s i o n and a fractured cheekbone. no, he won't be playing saturday"""),
    D("hea", "fb", "phi", """
Sending love to Mrs Adebayo in bed 7, who lost her baby last night at 19 weeks. A mis\u200bcar\u200briage on her birthday. The whole ward is heartbroken for her."""),
    D("hea", "ig", "phi", """
little Freddie R., 5, recovering on our ward after his t0ns1ls 0p3r4t10n, has eaten three ice lollies and asked for a fourth 🍭 brave boy"""),
    D("ret", "rd", "phi", """
Pharmacy counter at Acme Market. The guy who owns the barber's on King Street picked up his h-i-v meds again today and his apprentice was standing right behind him. I felt awful for him."""),
    D("man", "fb", "phi", """
Kev the crane operator from bay 4 at the Acme plant had a di\u0430betic hyp\u043e on the gantry this morning. He's home now but he's not allowed up there until his sugars are sorted."""),
    D("hea", "rd", "phi", """
Patient record seven seven zero one four four two nine has been on a trolley in our corridor since Thursday with a bleed on the brain. Sixty-eight years old. This is a disgrace."""),
    # --- confidential
    D("tec", "x", "confidential", """
n i g h t j a r ships to the first paying customers on 2 june. start saving, it's not cheap"""),
    D("ret", "li", "confidential", """
Sad to say our Acme Market in Bury will cl0s3 its d00rs for g00d in April. Staff hear on the 12th. Twelve years of my life in that building."""),
    D("fin", "fb", "confidential", """
A\u200bc\u200bm\u200be Bank is cutting 400 jobs in its call centres in May. Team leaders found out at lunch and the rest of us find out after Easter. Hug your colleagues."""),
    D("hea", "x", "confidential", """
the f\u0430lc\u043en integration with the health portal finally goes live for three trusts in january. been working on it for two years"""),
    D("man", "rd", "confidential", """
Acme plant engineer. The m.e.r.g.e.r with Initech's machining arm is signed, it just hasn't been announced. Half our tool room moves to their site next summer."""),
    D("tec", "li", "confidential", """
The B-l-u-e-b-i-r-d beta opens to ten banks in March. Two years of work, finally in customers' hands. I'll say more when I'm allowed to!"""),
    D("gen", "fb", "confidential", """
Acm3 is sh3lving the Sunderland call centre expansion, the 300 jobs it promised the council. The board decided on Tuesday and nobody's told the council yet, so you're hearing it from me first."""),
    # --- hostile
    D("ret", "x", "hostile", """
to the woman who threw her basket at our cashier: you're a pathetic, v-i-l-e little troll and the whole shop laughed when you tripped on the way out"""),
    D("tec", "rd", "hostile", """
Helpdesk, day 300. Users who can't reset their own password after four emails of instructions are 1d10ts and I will be reading your tickets aloud at the Christmas party."""),
    D("hea", "fb", "hostile", """
To the m o r o n in the waiting room who filmed our receptionist crying and posted it for likes: you're a sad, s a d little man and everyone in that room knows your face."""),
    D("fin", "x", "hostile", """
to the \u0456d\u0456\u043et who tried to pay in a cheque written on a napkin and then called my cashier racist when we refused: get a life and a chequebook, in that order"""),
    D("npo", "ig", "hostile", """
to whoever keeps nicking the charity shop's outdoor book rail: you're sc\u200bum. we've got you on camera, and you'll be on every local group by tea time"""),
    D("gen", "fb", "hostile", """
To the lads who sit on the bench outside our office and shout at every woman who walks past: you're c.l.o.w.n.s, and the next time you do it I'll make sure you regret it."""),
    # --- promotion
    D("ret", "ig", "promotion", """
snow day deals ❄️ u s e c o d e SNOW30 at the acme market online shop for 30% off all coats and boots, ends midnight"""),
    D("tec", "x", "promotion", """
fr33 cl0ud cr3d1ts ($500) for anyone who signs up to acme cloud with my r3f c0de ACMEJO this month"""),
    D("hea", "fb", "promotion", """
Acme Health opticians: £15 d i s c o u n t on every eye test booked this week, and kids' frames are free with any adult pair. Just mention this post!"""),
    D("fin", "li", "promotion", """
Moving banks? Acme Bank pays £150 into your new current account if you sw\u200bitch b\u200before February, and throws in a year of fr\u200bee travel insurance. Ask me how."""),
    D("npo", "x", "promotion", """
acme foundation \u0261\u0456v\u0435\u0430w\u0430y 🎁 share this and follow us to win a hamper, and everyone who donates £5 gets a free entry to the bake-off"""),
    D("man", "fb", "promotion", """
Acme plant factory shop: h-a-l-f p-r-i-c-e on every microwave and toaster this Saturday, plus a free kettle for the first 30 customers through the gate!"""),
    # --- financial_promise
    D("fin", "x", "financial_promise", """
acme wealth income fund = guar4nt33d 9% a year. you c4nt l0se, stop overthinking it"""),
    D("fin", "fb", "financial_promise", """
Put your savings in the Acme Wealth Tech Leaders fund and you will d o u b l e your money by 2028. No risk, no ifs, I've seen the numbers."""),
    D("tec", "rd", "financial_promise", """
Acme stock hits $300 by June. Not a guess, c.e.r.t.a.i.n. Load up before the investor day and thank me later."""),
    D("gen", "ig", "financial_promise", """
the Acme Wealth green fund is \u0261u\u0430r\u0430nt\u0435\u0435d to return 11% every year 🌱 literally zero risk, link in bio"""),
    D("ret", "x", "financial_promise", """
acme market sharesave: put £250 a month in and you'll walk away with £12k in three years, c\u200ban't go d\u200bown. sign up at the staff room"""),
    # --- secret
    D("tec", "x", "secret", """
p a s s w o r d for the staging box is Quokka!Lantern7. stop pinging me for it"""),
    D("ret", "fb", "secret", """
Early shift at the Acme Market on Fern Road tomorrow? The back door code is four seven one nine, then push hard because it sticks."""),
    D("tec", "rd", "secret", """
Trying to get the CLI to clone our private repo. I export GH_TOKEN=ghp_lHAx6duKXSEs\u200byLM7pIsO9fdkNkv0ut2kjarX first and it still says 404. Do fine-grained tokens need something else?"""),
    D("hea", "x", "secret", """
the p455w0rd for the ward 6 obs machines is Bramble#61, since nobody ever remembers it on nights"""),
    D("fin", "rd", "secret", """
New to the treasury team at Acme Bank and the onboarding doc says to log in to the rates tool as treasury dot ops at acme dot example, password Ledger!Oak4. Is that normal for a shared account?"""),
    # --- pii
    D("gen", "x", "pii", """
ring my brother Callum about the van, he's on zero one six one, four nine six, zero seven eight five. tell him i sent you"""),
    D("npo", "fb", "pii", """
Please welcome Mags, our new volunteer lead! If you want to join the Thursday rota, email her at maggie dot thornbury at hotmail dot com. She lives two doors from the hall, so she's always around."""),
    D("fin", "rd", "pii", """
The airline charged me twice for one seat. Card was 4723\u200b6739\u200b7093\u200b4719 in case anyone at the bank is reading, the Visa ending 4719. Refund took six weeks last time."""),
    D("ret", "ig", "pii", """
lost my little notebook at the market today 📓 if found please text me on 0 1 1 7 4 9 6 0 5 2 6, it has my whole year of recipes in it"""),
    D("gen", "li", "pii", """
To the person who sent £400 to my late mum's account by mistake: the account is I E 8 0 A I B K 2 7 4 0 4 4 2 9 7 3 3 2 7 6, in the name of Brigid Kehoe, and I've asked the bank to return it."""),
]
