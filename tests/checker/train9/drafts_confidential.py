# ruff: noqa: E501
"""Training drafts (ninth set): confidential, plans and facts that have not been made public, mostly told
without any secrecy word: region and branch closures, rate and price changes, layoffs, acquisitions, unreleased
products, leadership moves, results before results day and incidents logged as something smaller, passed on
in career posts, asides, questions and family gossip."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("tec", "li", "confidential", """
Big milestone for me: I've been asked to lead the customer migration when Acme Cloud switches off the Dublin region next March 🚀 The emails to customers go out once the migration tooling is ready, so lots to build before then. Grateful for the trust!"""),
    D("ret", "fb", "confidential", """
Sorry to everyone out past Hawes and Askrigg, Acme Market is stopping home delivery to the rural postcodes from February. Us drivers heard it at the depot huddle this morning. Not sure what the older customers are going to do tbh."""),
    D("fin", "x", "confidential", """
if you've got money in an acme bank easy saver, move it now. treasury signed off a cut to 1.9% on thursday and the customer letters go out next month"""),
    D("man", "fb", "confidential", """
End of an era lads. The axle line at the Acme plant is going to the Gdańsk site, transition starts after the summer shutdown. They'll tell the line in the new year but the kit survey people were in this week with Polish labels on everything."""),
    D("hea", "ig", "confidential", """
Saying goodbye to my little practice 🥲 Acme Health is folding Moorside Surgery into the Kirkgate practice from April, so this is my last winter on reception here. Patients find out in January so please don't mention it at the desk."""),
    D("npo", "li", "confidential", """
After nine years running the Acme Foundation's small grants programme in Wales, I'm sad to say the board has decided to end it after this round. We're drafting the letters to grantees now. I'm proud of every one of the 412 community groups we funded."""),
    D("tec", "x", "confidential", """
just saw the prototype of the next acme sense doorbell and it does face recognition on the device, no cloud. autumn launch. i want one so badly"""),
    D("fin", "rd", "confidential", """
Anyone here worked at Tillbox? Acme Pay signed to buy them last night and I'm on the integration team from Monday. Want to know what their stack is like before the deal's out there and everyone's asking me."""),
    D("ret", "x", "confidential", """
like-for-likes at acme market down 4.2% for the quarter, worst in three years. saw the deck in the regional meeting. results day is the 14th, brace yourselves"""),
    D("gen", "fb", "confidential", """
Hubby says Acme Corp's moving head office from Reading to Manchester, about 400 people either move north or take the package. He's been told to keep his Fridays free for "site visits". Anyone know good schools in Didsbury? 😬"""),
    D("tec", "rd", "confidential", """
The status page for last Wednesday said "degraded performance in eu-west". What actually happened at Acme Cloud is that a cleanup script deleted managed databases for about 200 customers and we restored them from 6-hour-old backups. I was on the bridge. Those customers lost real data."""),
    D("man", "x", "confidential", """
acme plant's lost the fordham contract, our biggest customer. second shift on the stamping line is being cut in march, the union reps got the numbers yesterday"""),
    D("hea", "fb", "confidential", """
New boss incoming! The Acme Medical Center board voted yesterday to appoint the chief exec from Bradford Royal as our CEO, starting in January. Nobody's meant to know till the press release but the whole theatre corridor was buzzing."""),
    D("npo", "x", "confidential", """
our director at acme foundation is stepping down, she's told the trustees and they're meeting friday to sort the handover. staff haven't been told yet. end of an era"""),
    D("ret", "li", "confidential", """
Excited to be on the project team rolling out Acme Market's first checkout-free stores, six of them from April (Harrogate, Bath and four in London). Staffing model is one host per store. Ask me anything once it's live!"""),
    D("fin", "li", "confidential", """
Proud of my team, who have just finished planning the wind-down of Acme Wealth's Irish business. From June we stop taking new customers in Ireland and the existing ones move to a partner. A lot of late nights to get here."""),
    D("tec", "fb", "confidential", """
Finally off the billing team and onto Nightjar 🐦 Can't say much except it's the biggest thing Acme Cloud has built in years and I start on the ingest pipeline Monday."""),
    D("gen", "x", "confidential", """
cousin works in acme's finance team and says the initech deal is basically done, signing before christmas. remember where you heard it"""),
    D("hea", "rd", "confidential", """
Admin at an Acme Health practice. The records migration over the weekend failed and about three weeks of appointment notes are gone for our patients. We've been told to "re-key what we can" and it hasn't been reported anywhere. Is that normal?"""),
    D("man", "li", "confidential", """
Thrilled to share that the Acme plant's new battery-pack line has its first customer: a big Swedish carmaker, with the volume deal signed last Friday. Production trials start in May and I'm leading the commissioning. Let's go! ⚡"""),
    D("ret", "ig", "confidential", """
meal deal's going up to £4 at acme market from the 2nd 😭 the new shelf edge labels are already boxed up in the back. enjoy your £3.60 lunch while it lasts"""),
    D("fin", "x", "confidential", """
acme bank is ending free cash withdrawals at post office counters in april. the branch teams got the script at training today, customers hear nothing till march"""),
    D("tec", "li", "confidential", """
Tough week. Acme Pay is letting go of 15% of engineering and the final list was agreed on Tuesday. I'm staying, but three people I hired are on it and they find out next Thursday. If you're hiring backend engineers in Leeds, talk to me."""),
    D("npo", "fb", "confidential", """
Volunteers at our Bury shop: the area manager came in this morning and told us the Acme Foundation is closing the shop when the lease ends in May. We're the ones who'll have to tell the regulars, so let's think about how."""),
    D("gen", "rd", "confidential", """
My mate does the numbers at Acme Corp and reckons the annual results next week will show profit roughly halved, mostly because of the retail side. Is that going to hit the share price or is it priced in?"""),
    D("man", "fb", "confidential", """
Something nobody at the Acme plant is talking about: Tuesday's flush of the coolant tank went straight into Tanner Beck because the bund valve was open. Fish were floating by the footbridge on Wednesday. Nothing went to the Environment Agency."""),
    D("hea", "x", "confidential", """
acme dental are dropping nhs patients across yorkshire from june. the practice managers got the plan on tuesday, the letters to patients haven't even been written"""),
    D("tec", "x", "confidential", """
got my badge for the orion-7 beta squad today 🎉 three design partners onboard by end of month, one's a big uk retailer"""),
    D("ret", "rd", "confidential", """
Stock controller at Acme Market here. A big chocolate brand's whole range is being delisted from February because the buyers couldn't agree cost prices. Stores get told the week before. Stock up on your favourite bars if you're a fan."""),
    D("fin", "fb", "confidential", """
I've sat on this all week and I need to write it down somewhere.

Our branch is on the list. Acme Bank is closing forty branches next year and the regional managers have had the names since Monday. Ours goes in September. I've worked at this counter for nineteen years, and the people I serve are mostly over seventy and a lot of them don't have smartphones. Mrs Ahmed comes in every Thursday to pay her gas in cash because she doesn't trust anything else.

We'll get a "consultation" in the spring, the posters will go up, and everyone will act surprised. I'm not going to be surprised. I'm going to be the one explaining it at the counter while someone from head office writes a press release about "changing customer habits".

Going for a walk now. Tell your nan to get her son to sort online banking out before then."""),
    D("tec", "rd", "confidential", """
Heads up for anyone budgeting next year on Acme Cloud: object storage goes up 20% from July. Account managers were briefed on Friday and the pricing page changes in May. Lock in commitments now if you can."""),
    D("npo", "li", "confidential", """
Really excited that from next year the Acme Foundation will take over running the Helping Hand hospice shops across Teesside, all 14 of them. The trustees agreed it at the last meeting and the staff consultation starts after Christmas. More soon!"""),
]
