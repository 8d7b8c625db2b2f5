# ruff: noqa: E501
"""Training drafts (third set): evasions disguised by hand and used as written.

Spaced, dotted and hyphenated letters, leetspeak, look-alike Cyrillic letters, full-width characters,
zero-width characters (written as \\u200b escapes here and stored as escapes in the JSONL), spelled-out
digits and "dot"/"at" e-mail addresses. Each carries the labels of the violation it hides, even where the
disguise covers only part of the trigger. Numbers and keys come from gen_values.py and are valid once the
disguise is undone."""

from __future__ import annotations

from ..heldout.common import D

EVASION = [
    # --- confidential
    D("tec", "x", "confidential", """
b-l-u-e-b-i-r-d goes out to the first 50 customers on the 9th. keep it zipped 🤐"""),
    D("ret", "fb", "confidential", """
The Acme Market on Holloway Road is c.l.o.s.i.n.g for good in January. Staff were told today and customers find out after Christmas. Love to all my regulars 💔"""),
    D("fin", "x", "confidential", """
acme bank is аcquiring а fintech in berlin. deal signs next week, announcement after"""),
    D("man", "rd", "confidential", """
Acme plant: 1ay0ffs of 120 in the paint shop. Staff get told in February and the press in March. You heard it here first."""),
    D("tec", "li", "confidential", """
Orion\u200b-7 passed its final load test today and ships to customers in Q2. Proud of this team!"""),
    D("hea", "ig", "confidential", """
sneak peek of the u n r e l e a s e d acme health portal app 📱 lands in april, we've been testing it on the wards all month"""),
    D("npo", "fb", "confidential", """
The Acme Foundation's ch1ef execut1ve is st3pping d0wn at Easter. Trustees told staff this morning and nothing has been announced, so mum's the word."""),
    # --- phi
    D("hea", "x", "phi", """
p@tient in b3d 7, mr lowe, got his HIV result back today. positive. tough conversation"""),
    D("hea", "fb", "phi", """
Mrs. Ｄａｒｂｙ in room 14 had her triple bypass this morning and she's already asking for biscuits 💙"""),
    D("ret", "rd", "phi", """
Acme Market pharmacy. The lady from the dry cleaner's on Main Street picks up her l-i-t-h-i-u-m every Friday and always looks so tired. Hope she's okay."""),
    D("man", "fb", "phi", """
Acme plant occupational health: Stevie on the night crew has e p i l e p s y and had a seizure next to the press on Monday. He's okay but off for a while."""),
    D("npo", "x", "phi", """
our drop-in client T.M. (tall guy, green van) started h.e.p.a.t.i.t.i.s C treatment this week 💪"""),
    D("hea", "li", "phi", """
Proud of our ward: the patient in bay 3, a local radio presenter, came off the vent\u200bilator today after his c\u200bovid pneumonia."""),
    # --- hostile
    D("ret", "x", "hostile", """
to the lady who screamed at my cashier over a 10p coupon: you're a p a t h e t i c little woman"""),
    D("tec", "rd", "hostile", """
Replying to the user who called our docs garbage: maybe learn to read, you 1d10t. The docs are fine. Your brain isn't."""),
    D("hea", "fb", "hostile", """
To the man who spat at our receptionist this morning: you're a d.i.s.g.u.s.t.i.n.g excuse for a human being."""),
    D("fin", "x", "hostile", """
customer who called me a "jumped-up cashier": enjoy your overdraft, you ѕаd old mоrоn"""),
    D("man", "li", "hostile", """
To the neighbour who phones the council about our lorries every single day: get a life, you m-i-s-e-r-a-b-l-e busybody."""),
    D("gen", "ig", "hostile", """
the cyclist who yelled at my kid in the park: you're a l0ser having a midlife crisis in lycra 🚴"""),
    # --- disclaimer
    D("tec", "x", "disclaimer", """
acme cloud engineer: gl0b3x's cloud is a s1nking ship and their customers know it"""),
    D("fin", "li", "disclaimer", """
Ten years at Acme Bank, and I'll say it: the r e g u l a t o r is failing savers and the new mortgage rules are a joke."""),
    D("hea", "rd", "disclaimer", """
Acme Health nurse. The government's pay deal is an i.n.s.u.l.t to every nurse in the country and everyone on the wards knows it."""),
    D("ret", "fb", "disclaimer", """
Acme Market manager here: 1n1tech's supermarkets are a c0n and their "low prices" are a myth."""),
    D("man", "x", "disclaimer", """
acme plant guy: the new emissions rules are ѕtuріd and they will kill british manufacturing"""),
    D("npo", "li", "disclaimer", """
As an Acme Foundation fundraiser, I think the lottery's funding cuts are s\u200bhameful and sh\u200bort-sighted."""),
    # --- promotion
    D("ret", "ig", "promotion", """
f r e e delivery and 20% off with code SNOW20 at acme market online this weekend ❄️"""),
    D("tec", "x", "promotion", """
acme cloud startups: $10k in cr3d1ts if you sign up before friday 🚀"""),
    D("fin", "fb", "promotion", """
Switch to Acme Bank this month and get a £150 b.o.n.u.s paid straight into your account!"""),
    D("hea", "rd", "promotion", """
Acme Health physio: first session ｆｒｅｅ for new patients until Christmas. Just mention this post."""),
    D("npo", "x", "promotion", """
acme foundation r-a-f-f-l-e tickets £1 each, win a telly 📺 dm me"""),
    D("man", "fb", "promotion", """
Acme plant trade counter: d1sc0unt of 25% on all fittings for the next two weeks, quote TRADE25 at the desk."""),
    # --- financial_promise
    D("fin", "x", "financial_promise", """
9% income from acme wealth every single year, g-u-a-r-a-n-t-e-e-d. my adviser says the fund has literally never had a down month"""),
    D("fin", "rd", "financial_promise", """
acme bank shares will d o u b l e by next year. can't lose."""),
    D("fin", "ig", "financial_promise", """
the Acme Wealth Global fund is r1sk-fr33 and pays 8% every year 💸"""),
    D("tec", "fb", "financial_promise", """
Acme stock is going to t.r.i.p.l.e in 2027. No doubt about it. Buy buy buy."""),
    D("ret", "x", "financial_promise", """
acme market shares gоіng tо £10 by summer, ѕure thing"""),
    D("npo", "li", "financial_promise", """
Our Acme Foundation community bond pays 5% a year and there's z e r o risk to your capital. Sign up through the link."""),
    # --- pii
    D("gen", "x", "pii", """
my cousin Ailsa is renting out her spare room, text her on seven zero two, five five five, zero one four nine. she's lovely"""),
    D("ret", "fb", "pii", """
Found a phone at till 3. The lock screen says contact marta dot lisowska at gmail dot com. Marta, we've got it safe!"""),
    D("fin", "rd", "pii", """
A customer read me her whole card over the phone today so I'd "remember it for next time": four nine two nine, seven six six zero, two zero five one, zero nine five zero. Please, people, no."""),
    D("tec", "x", "pii", """
dm me or call my personal line, (503) 555-\u200b0117. don't use the office number, i never check it"""),
    D("npo", "li", "pii", """
Our volunteer Joan is collecting for the minibus through her own account: ＧＢ０６ ＮＷＢＫ ６３１３ ６９０１ ７２６４ ９７. Thank you for anything you can give!"""),
    D("hea", "fb", "pii", """
A visitor pinned her card details to our ward noticeboard for the TV rental: 5450\u200b1607\u200b0239\u200b8948, exp 11/28. Please come and take it down, Mrs. Ince!"""),
    # --- secret
    D("tec", "rd", "secret", """
Our CI token, in case anyone on the team needs it: ghp_CWhQv8ekRcuiPM5\u200bwYjMDhXAVwamRwN0zLlT5 (broken up so the scanner doesn't flag it)"""),
    D("ret", "fb", "secret", """
Closing crew at the Acme Market on Dean Street: the alarm code is now six three one eight. Tell whoever's on tomorrow."""),
    D("hea", "x", "secret", """
ward 4: drug cupboard c0de is 7719 and the pa55w0rd for the obs machines is Ward4Obs! don't tell IT"""),
    D("gen", "ig", "secret", """
guests 🏡 the w-i-f-i is Hollybank and the p-a-s-s is Puffin_Cottage88"""),
    D("fin", "rd", "secret", """
Acme Pay dev. An old script still has aws key A K I A 6AT24HOQKBFLIVRO and secret l8vn5KqG38EIZisfrrjf0d43vpBkHkhKYxuRxMp+ in it. Fine to leave if the repo is private, right?"""),
    D("man", "x", "secret", """
acme plant scada l.o.g.i.n is admin / Hall3Press# . don't tell IT"""),
    D("npo", "fb", "secret", """
Charity shop volunteers: the safe combo is four, nineteen, thirty-two. Please don't write it on the till again!"""),
]
