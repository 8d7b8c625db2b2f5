# ruff: noqa: E501
"""Training drafts (fifth set): violations disguised by hand (spaced, dotted or hyphenated letters, leetspeak,
look-alike Cyrillic letters, zero-width characters written here as \\u escapes, full-width or spelled-out digits,
"dot"/"at"), used as written. Each carries the labels of the violation it hides, even where part of the trigger
is left plain."""

from __future__ import annotations

from ..heldout.common import D

EVASION = [
    # --- disclaimer
    D("tec", "li", "disclaimer", """
Staff engineer at A c m e Cloud. Globex's "serverless" pricing is a bait-and-switch, and the analysts who keep ranking them top of the quadrant are asleep at the wheel."""),
    D("fin", "x", "disclaimer", """
w0rk at 4cm3 b4nk. the treasury's new isa rules are a dog's dinner and the chancellor knows full well"""),
    D("ret", "fb", "disclaimer", """
Store manager at A\u200bc\u200bm\u200be Market in Dundee: minimum unit pricing has done nothing except send drinkers over the border for cheap cider, and Holyrood should admit it failed."""),
    D("hea", "rd", "disclaimer", """
Physio at \u0410\u0441m\u0435 Health. The health app the government keeps bragging about is a shambles, and whoever signed off its latest contract should be out of a job."""),
    D("man", "x", "disclaimer", """
t.e.a.m l.e.a.d at the a.c.m.e plant. initech's "recycled steel" claims are greenwash and the awards they keep winning are bought"""),
    D("npo", "li", "disclaimer", """
Twelve years as a trustee of the A-c-m-e Foundation: the two-child benefit cap is cruel policy, and every MP who voted to keep it should spend a Saturday in one of our food banks."""),
    # --- phi
    D("hea", "x", "phi", """
the ex-r0v3rs captain in bay 6 had his l3g amputated this morning. diabetes won in the end. whole ward is gutted"""),
    D("hea", "fb", "phi", """
Mrs Lindqvist in bed 5 on Ward 3 got her bi\u200bop\u200bsy result today and it's malig\u200bnant. She asked me to hold her hand while she rang her son. Hardest shift this year."""),
    D("ret", "ig", "phi", """
Acme Market pharmacy: Mr Palmer, your a n t i d e p r e s s a n t s are ready, and so is the cream for that rash 😅 see you at the counter"""),
    D("npo", "fb", "phi", """
Our client Jade T. at the Acme Foundation drop-in found out today she's \u041d\u0406V positive. She's 19. Please go gently on her if you see her at Thursday's group."""),
    D("hea", "rd", "phi", """
the vicar of st mary's in side room 8 came in with a d3l1b3r4t3 0v3rd0s3 last night. stable now but god, the parish would be shocked"""),
    D("man", "li", "phi", """
Welcome back to Gary in the paint shop after his h.e.a.r.t a.t.t.a.c.k in September! Four stents and a new love of salad. The Acme plant missed you."""),
    # --- confidential
    D("tec", "x", "confidential", """
f4lc0n goes live for the first bank on the 14th. not a word outside the team"""),
    D("fin", "li", "confidential", """
Q3 at A c m e Pay: revenue up 27% on last year. Results aren't out until the 9th, so keep it between us for now 🤐"""),
    D("ret", "fb", "confidential", """
Sad news for Grange Road: our Acme Market is \u0441losing in March, they told the managers this morning. Staff get told on Friday, so please don't mention it in store yet."""),
    D("man", "rd", "confidential", """
Acme plant, Telford: 120 r.e.d.u.n.d.a.n.c.i.e.s went to the managers' meeting today. The floor finds out next week. Brace yourselves."""),
    D("tec", "li", "confidential", """
Proud of the N i g h t j a r crew for hitting our private beta milestone this week. Public launch still a few months off 😉"""),
    D("hea", "x", "confidential", """
or\u200bion-7 rollout across the acme health wards starts in feb. patients won't notice a thing, staff will notice everything"""),
    D("npo", "fb", "confidential", """
Between friends: the acme foundation is m3rg1ng with a national charity next year. Trustees signed the heads of terms last week."""),
    # --- promotion
    D("ret", "ig", "promotion", """
Half-term treat: kids eat for £1 in the Acme Market café all week with c0d3 HALFTERM at the till 🍝"""),
    D("fin", "fb", "promotion", """
sw1tch your salary to Acme Bank before the end of the month and we'll put £200 in your account. Ask at any branch!"""),
    D("tec", "x", "promotion", """
acme cloud fr\u200bee cre\u200bdits: $300 for every new account this month, no card needed"""),
    D("hea", "fb", "promotion", """
Acme Health physio clinic, Hightown: fr\u0435\u0435 posture assessment for office workers who book in December. Bring your aching back!"""),
    D("npo", "x", "promotion", """
tombola and r.a.f.f.l.e at the acme foundation easter bonnet parade, 50p a go, prizes include a signed rugby shirt 🏉"""),
    D("man", "li", "promotion", """
Visiting the Acme stand at FabTech? Every visitor leaves with a f r e e laser tape measure while stocks last."""),
    D("gen", "fb", "promotion", """
R-e-f-e-r a friend to Acme Corp's sales team and pocket £750 when they hit their first quarter. Message me for the form."""),
    # --- financial_promise
    D("fin", "x", "financial_promise", """
acme wealth's dividend fund pays 10% this year and next, gu4r4nt33d. it can't go down"""),
    D("fin", "li", "financial_promise", """
Our new Acme Bank green bond is completely r i s k f r e e and will pay 7% every year until 2031. Tell your parents."""),
    D("gen", "rd", "financial_promise", """
Acme Corp stock will dou\u200bble by the summer, guar\u200banteed. Get in before the earnings call."""),
    D("fin", "fb", "financial_promise", """
Acme Wealth's property fund is gu\u0430r\u0430nteed to return 12% next year. I've told my own mum to put her savings in it."""),
    D("npo", "ig", "financial_promise", """
the acme foundation's social impact bond pays 9%, g.u.a.r.a.n.t.e.e.d, and there's no way to lose your stake 💚"""),
    D("tec", "x", "financial_promise", """
acme pay's yield wallet makes 15% a year and you c4nt l0se. simple as"""),
    # --- secret
    D("tec", "rd", "secret", """
Our deploy bot lost its permissions after the org rename. Here's the PAT it uses: ghp_BjKsR50g\u200bzgRQnI8B6sahlfSQ8FFmKS1UOjVQ, scopes repo and workflow. Do I need to regenerate it?"""),
    D("ret", "x", "secret", """
stripe k\u200bey for the acme market gift card shop, the live one: sk_live_\u200bM1tcgncDn8nMsoUU63oO8Tu9"""),
    D("ret", "fb", "secret", """
Staff w i f i at Acme Market Bolton has changed. New p a s s w o r d is Parsnip-Ferry-19, ask a supervisor if it won't connect."""),
    D("hea", "x", "secret", """
ward 6 drug room door code is now 8 8 4 2, sister changed it this morning"""),
    D("fin", "rd", "secret", """
Acme Bank data team: the read-only AWS key for the reporting bucket is \u0410KIA22N4C27WEYHN2HDH with secret ZgW6vHmQIYT8CfEwVGefetnFm6r2bsj70l16mmqo. Use it for the dashboards only."""),
    D("man", "fb", "secret", """
Delivery drivers for the Acme plant this weekend: the gate code for the north yard is four seven seven one. Reception's shut till Monday."""),
    D("gen", "x", "secret", """
maps key for my running club's website, feel free to borrow it: AIza\u200bba1Vl58UbXlP-YlH1d5qQV9ybB9O7jGuZpO"""),
    # --- pii
    D("ret", "fb", "pii", """
Card handed in at Acme Market Clitheroe: four one two six, five nine six four, zero nine six three, seven four six seven, name R. Lister. Collect from the kiosk with ID."""),
    D("gen", "x", "pii", """
can't get on whatsapp, so email me at kerry dot bishop88 at gmail dot com about the allotment keys"""),
    D("fin", "li", "pii", """
Whip-round for Bernie's retirement from the Acme Bank mortgage team! Send to my personal account, GB29 \u041d\u0412UK 1053 0394 6364 53, and I'll sort the card and gift."""),
    D("tec", "rd", "pii", """
Acme Pay keeps rejecting my SSN on the payout form: 103-\u200b52-\u200b5109. Same number as my tax return. Do I need to call them?"""),
    D("hea", "fb", "pii", """
Nurse Jenny Adair is off sick so if you need her for the rota swap, her home number is 0161 496 0\u200b274. She said that's fine!"""),
    D("npo", "x", "pii", """
paid the minibus deposit on my own card so ping me for receipts: 2603\u200b 0160 7148 1157. foundation will reimburse"""),
    D("man", "fb", "pii", """
Found in the Acme plant canteen: a Mastercard, \uff15\uff15\uff13\uff18 \uff16\uff15\uff10\uff12 \uff12\uff16\uff15\uff15 \uff13\uff10\uff18\uff11, name P. Whitlock. It's with security."""),
    # --- hostile
    D("ret", "x", "hostile", """
to the customer who threw a basket at my colleague today: you're a pathetic 1d10t and you're banned from every acme market in town"""),
    D("hea", "fb", "hostile", """
To the man who called our receptionist a lazy cow: you are a s a d l i t t l e m a n, and everyone in the waiting room was laughing at you, not with you."""),
    D("tec", "rd", "hostile", """
To the Acme Cloud user who posted our engineer's photo with the word clueless scrawled on it: the only clueless one here is you, you pompous \u0456d\u0456\u043et. Enjoy the ban."""),
    D("fin", "x", "hostile", """
reply to the man yelling at our cashier about the queue: you're a mor\u200bon, the queue was you"""),
    D("npo", "fb", "hostile", """
To the guy who stole the charity collection tin from the Acme Foundation stall: you absolute l.o.s.e.r. We have your face on camera and your mum will see it."""),
    D("man", "x", "hostile", """
new neighbours moaning about the acme plant's lorries again: shut it, you entitled mupp3ts. the plant was here first"""),
]
