# ruff: noqa: E501
"""Training drafts (tenth set): confidential, plans and facts that have not been made public, mostly told
without any secrecy word: price rises, store and unit closures, lost contracts, acquisitions, unreleased
products, leadership moves, figures before results day and incidents logged as something smaller, passed on
in career posts, asides, questions, family news and complaints."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("tec", "x", "confidential", """
if you're on acme cloud object storage, lock in an annual plan this month. saw the april pricing sheet in the sales sync, standard tier goes up 20% and nobody's emailed customers yet"""),
    D("ret", "fb", "confidential", """
Pudsey lot, make the most of our Acme Market while it's there 😢 my shift manager said it's shutting at the end of June and they're moving us to Bramley or Horsforth. The lease isn't being renewed. Gonna miss my regulars."""),
    D("fin", "x", "confidential", """
acme bank is ending weekend opening on the mortgage helpline from march. we got the new rota today, saturdays gone entirely. customers find out when they ring and nobody answers i guess"""),
    D("hea", "fb", "confidential", """
Heads up Horsforth families, Acme Health is stopping the Saturday morning GP clinic at our surgery after Easter. The partners agreed it at Wednesday's practice meeting. I do reception so I'll be the one getting shouted at when the letters go out."""),
    D("man", "fb", "confidential", """
Gutted for the lads on cell 4. The Acme plant has lost the Globex bracket contract from next year, they've gone to a supplier in Turkey on price. That's about a third of our volume. Management's still working out what to tell the shop floor."""),
    D("npo", "li", "confidential", """
Five years managing youth grants at the Acme Foundation and the hardest part is coming: the youth budget is being cut by half from April. I'll be writing to 60 clubs in the new year. I wanted to say thank you to every youth worker I've met, before the letters land."""),
    D("tec", "ig", "confidential", """
Been testing the new Acme Sense doorbell at home for three weeks 📷 it recognises faces now, so it told me "Mum is at the door" before she'd even knocked. Comes out in September and it's honestly the best thing the team's made."""),
    D("fin", "li", "confidential", """
Proud to be part of the Acme Pay deal team that's buying a small payments start-up in Vilnius. Twelve weeks of due diligence, three trips to Lithuania and a lot of cepelinai. Signing is end of the month, then we get to tell the world!"""),
    D("tec", "rd", "confidential", """
The Acme Cloud DNS outage last Tuesday that the status page put down to an "upstream provider issue"? It was one of our own contractors running a cleanup script against production zones. Four hours of customer downtime. I was on the bridge call."""),
    D("ret", "x", "confidential", """
acme market are taking all the staffed tills out of five stores in the spring as a trial. otley, ilkley, garforth, wetherby and boston spa. ours is on the list, the area manager measured the floor on monday"""),
    D("hea", "x", "confidential", """
midwife at acme general. they're moving the whole maternity unit to the st james site next year. consultants were told at the away day, the public consultation is "still being drafted". pregnant women in our town will have a 40 minute drive"""),
    D("man", "x", "confidential", """
team leaders got pulled in this afternoon: night shift on the paint line finishes at the end of the quarter. 38 people. they're saying redeployment but there aren't 38 days jobs going at the acme plant"""),
    D("fin", "x", "confidential", """
our cfo at acme bank is off to a fintech in may. her pa was crying in the loos today and told me. big shoes, no idea who's replacing her"""),
    D("fin", "rd", "confidential", """
Anyone else at Acme Wealth heard that the lead manager of the UK equity income fund is going to Globex in the summer? Half our clients are in that fund because of him. Clients haven't been told and the team is panicking about outflows."""),
    D("tec", "li", "confidential", """
Thrilled to say I'll be leading the networking build-out for Acme Cloud's new GPU region in Manchester 🚀 The racks land in the autumn and first customers go live early next year. Anyone in the North West who knows BGP, my DMs are open."""),
    D("ret", "fb", "confidential", """
Stock up on Acme Market own-brand milk this weekend if you can. The 4 pints is going up 10p on Monday, it came through on the ticket printer at work tonight. Every little helps 🥛"""),
    D("hea", "rd", "confidential", """
I work in IT at Acme Health. For about two days last month our patient portal sent appointment letters to the wrong patients' email addresses. Roughly 300 of them. It's been logged internally as a "template issue" and nobody outside the building has been told. Is that normal?"""),
    D("man", "rd", "confidential", """
QA on the brake line at the Acme plant. A batch of discs failed the hardness test last month and the decision upstairs was to ship them anyway and "monitor returns". Now engineering want a quiet recall on 4,000 units before anyone notices. I'm not sleeping."""),
    D("npo", "x", "confidential", """
guess who's signing as the acme foundation's new ambassador next month 👀 you'll see him on saturday night telly. contract's with his agent, launch is at the gala in march. i'm beyond excited"""),
    D("fin", "ig", "confidential", """
The new Acme Pay metal card samples arrived at the office today 💳 black with a rose gold edge and it weighs about as much as my phone. Launch isn't till the autumn but I'm already in love."""),
    D("tec", "x", "confidential", """
40 people from the acme sense firmware team get their letters on friday. i know because i'm one of the managers who has to hand them out. hate this job some weeks"""),
    D("tec", "x", "confidential", """
finance sync today: acme cloud revenue came in 8% below plan for q3. results day isn't for three weeks. hold onto your hats folks"""),
    D("tec", "li", "confidential", """
Six months on Project Nightjar and I've learned more about edge caching than in five years before it. Grateful to the whole team for the patience with my questions. Can't say more yet, but watch this space."""),
    D("tec", "rd", "confidential", """
The Orion-7 beta has three banks and a supermarket on it already, and the supermarket's the one sending the most tickets. Any other Acme Cloud people on the support rota for it, how are you triaging?"""),
    D("hea", "li", "confidential", """
After 14 years at Acme Dental Leeds, I'm sorry to say the practice is being sold to a private dental group in the summer, along with the Harrogate and York practices. Heads of terms were signed last week. I'll be leaving before the handover."""),
    D("ret", "li", "confidential", """
Exciting times at Acme Market head office: from June everyone in the support centre moves to a four-day week on the same pay. HR are still writing the policy, but my team already knows and the morale boost is unreal."""),
    D("fin", "fb", "confidential", """
My mum still pays in cheques at the branch every week so I've warned her: Acme Bank is switching off cheque imaging in the app next year and closing the paying-in machines. I sit on the digital team, it's in the roadmap deck."""),
    D("man", "li", "confidential", """
Signed, sealed, nearly delivered 🤖 the Acme plant is bringing in a fully robotic weld line from Japan, contract signed on Friday. Install starts in the summer shutdown and I'll be leading commissioning. Can't wait to share it properly once it's official."""),
    D("npo", "fb", "confidential", """
I've volunteered at our Acme Foundation charity shop on Commercial Street for seven years and the area manager just let slip that twelve shops are closing this year, us included. The volunteers haven't been told. I'm heartbroken."""),
    D("hea", "x", "confidential", """
new ceo at acme medical center is the chief exec from the hospital trust down the road. starts in january, the board signed her off last night. my boss was at the dinner"""),
    D("ret", "rd", "confidential", """
My husband works at Acme Market's head office in Leeds and they've just been told the whole office is relocating to Manchester in 2027. Do we move, or does he commute? We've got two kids in school here."""),
    D("tec", "fb", "confidential", """
Everyone at Acme Cloud had to reset their passwords on Friday because someone got into the HR system through a phished account and pulled the salary spreadsheet. The all-staff email called it "routine maintenance". Routine my foot."""),
]
