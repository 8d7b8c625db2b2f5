# ruff: noqa: E501
"""Training drafts (fifth set): confidential, a code name used as the project's name, unreleased products and
features, roadmaps, unannounced results, prices, deals, closures, layoffs, leadership changes, an exec deck and
undisclosed incidents, most of them said plainly or by hint without "confidential", "secret" or "internal"."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    # --- technology
    D("tec", "x", "confidential", """
falcon hits staging friday, finally. if the load tests hold we turn it on for the first three banks before christmas"""),
    D("tec", "li", "confidential", """
Sneak peek from my desk: the redesigned Acme Cloud console with the new AI cost advisor panel on the right. Lands in spring, and you're seeing it first 👀"""),
    D("tec", "rd", "confidential", """
We had a four-hour outage on Acme Cloud object storage in eu-west on Tuesday night that never made it onto the status page. Customers in Dublin lost writes. No idea why nobody is saying anything."""),
    D("tec", "fb", "confidential", """
Nightjar demo day went brilliantly 🎉 Two years of work, and the board loved every minute. Pictures once the marketing people let me."""),
    D("tec", "x", "confidential", """
bluebird's api is so much cleaner than what we ship today. cannot wait for you all to get your hands on it in q3"""),
    D("tec", "li", "confidential", """
Two months from now, Acme Sense learns to spot water leaks under the floorboards. I've had the prototype running in my own kitchen since August and it caught a dripping dishwasher on day three 🙂"""),
    D("tec", "rd", "confidential", """
Throwaway for obvious reasons. Acme Cloud is moving every customer off the legacy VM tier next October and the price for the replacement goes up about 18%. Sales won't be told till January. Plan your budgets."""),
    # --- finance
    D("fin", "li", "confidential", """
Big quarter for the card team at Acme Pay: volume up 31% year on year, well ahead of what analysts have pencilled in. Can't wait for the results call in three weeks!"""),
    D("fin", "x", "confidential", """
acme bank is taking the arranged overdraft rate to 39.9% from april. product committee signed it off this morning"""),
    D("fin", "rd", "confidential", """
Overheard in the lift at Acme Wealth: we're buying a boutique fund manager in Edinburgh and the lawyers are on final terms. Does anyone know if their team tends to stick around after these things?"""),
    D("fin", "x", "confidential", """
our quarter at acme pay: fraud losses up 60% since the new onboarding flow went in. board sees the numbers on the 20th"""),
    D("fin", "li", "confidential", """
Acme Wealth is cutting its platform fee to 0.15% from March to go after Globex's customers. Exciting times in the product team, and you heard it here before the press release!"""),
    # --- retail
    D("ret", "fb", "confidential", """
Heads up to regulars at the Acme Market on Fenwick Road: we're being told the store shuts for good at the end of February. Nothing official yet, so stock up on your favourites while you can."""),
    D("ret", "li", "confidential", """
Loved working on this one. Our own-brand plant-based range for Acme Market is fourteen products at launch, on shelves in May, and priced about 10% under Globex's equivalents. So proud of the team."""),
    D("ret", "x", "confidential", """
the acme market app gets scan-as-you-shop in june. been trialling it in three stores for weeks and it's brilliant"""),
    D("ret", "rd", "confidential", """
I work at Acme Market head office. Own-brand milk goes up 8p a pint in January across every store; the price committee approved it yesterday."""),
    # --- healthcare
    D("hea", "fb", "confidential", """
The maternity unit at Acme Medical Center is moving to the Westgate site next summer, we heard at the managers' away day. Staff haven't been told yet so keep it to yourselves for now."""),
    D("hea", "x", "confidential", """
acme health portal got hammered by credential stuffing last weekend. about 9k patient logins tried, a few hundred worked. comms still deciding what to say"""),
    D("hea", "li", "confidential", """
Slide 14 of today's exec deck at Acme Health: "Three community hospitals under review for closure, 2027". Heartbreaking for those towns."""),
    # --- manufacturing
    D("man", "rd", "confidential", """
Anyone near the Acme plant in Dudley: second shift is being cut from March. They told us in a huddle this afternoon and the letters go out on Monday."""),
    D("man", "li", "confidential", """
Proud to say the Acme plant has won the brake-assembly contract with a major German carmaker. Signing is next week, so keep it under your hats until then!"""),
    D("man", "fb", "confidential", """
Pay freeze at the Acme plant for next year. It was in the managers' briefing pack this morning and nobody on the floor has been told."""),
    D("man", "x", "confidential", """
the acme plant's robot cell for the ev line goes live in april and the hand-weld bay is gone by summer. nobody outside the building knows yet"""),
    # --- nonprofit / general
    D("npo", "fb", "confidential", """
Between us: the Acme Foundation is pulling out of the Bradford youth hub next year, the trustees decided last Thursday. Volunteers, start thinking about where you'd like to go."""),
    D("npo", "x", "confidential", """
acme foundation's winter appeal partner is a premier league club this year. announcement is 2 december, you didn't hear it from me"""),
    D("gen", "x", "confidential", """
new ceo starts 1 february. not announced yet but she's ex-globex and the board vote was unanimous"""),
    D("gen", "li", "confidential", """
Can't say much, but Orion-7 is going to change how customers think about us. Six months of late nights and the exec team is all in 🚀"""),
    D("gen", "fb", "confidential", """
The rumours are true: about a third of the marketing department at Acme Corp goes in the new year. My manager confirmed it this afternoon. Gutted for everyone."""),
]
