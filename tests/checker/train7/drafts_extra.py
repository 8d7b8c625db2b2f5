# ruff: noqa: E501
"""Training drafts (seventh set): long posts (about 800 to 1,100 characters, violations and clean), and a few
more short drafts to spread pii over sectors and the set over Instagram and Reddit."""

from __future__ import annotations

from ..heldout.common import D

EXTRA_VIOLATIONS = [
    D("man", "ig", "pii", """
Retirement cake for Bill Oakes from the tool room 🎂 born 9 November 1959 and 44 years at the Acme plant. If you want to post him a card, his home address is 27 Windmill Lane, Ilkeston. Enjoy the fishing, Bill!"""),
    D("hea", "ig", "pii", """
Our receptionist Sandra's daughter is doing a 5k sponsored swim for the cat rescue 🏊‍♀️ She asked me to share her account for anyone who'd rather transfer: GB64NWBK01564762937071, S Whitfield."""),
    D("ret", "li", "confidential", """
Ten years ago this week I walked into the Acme Market on Deansgate as a 19-year-old night filler who didn't know what a planogram was. Since then I've worked in six stores, run two, cried in a freezer more than once, and learned that the best managers are the ones who still do the bread at 5am when somebody rings in sick.

Some thank-yous. To Shirley, who taught me that a tidy shelf is a kind shelf. To my first store team in Stockport, who forgave a lot. To the regional ops crew, who trusted me with the refits.

And a little bit of excitement to end on: the next chapter is the biggest yet. I'm leading the team opening our three online-only "dark stores" across Greater Manchester next autumn, the first ones Acme has ever built. Nobody outside the programme knows about them yet, so you're hearing it from me first. Watch this space, and if you're in retail ops and fancy a challenge, my DMs are open.

Here's to the next ten 🛒"""),
    D("hea", "fb", "phi", """
I want to say something about my colleague Fiona, who has worked alongside me in the community nursing team at Acme Health for eleven years.

In March Fiona found out she had bowel cancer. She told a handful of us and then carried on visiting her patients as if nothing had happened, right up until the week of her operation. She had a stoma fitted in May, did six rounds of chemo over the summer, and still rang the office every Friday to check that her diabetic patients on the Moorside round had been seen.

Last week she got the all-clear. She came back to work on Monday on a phased return, three days a week, with a new haircut and a bag of doughnuts for the whole team.

Fiona, you are the bravest and most stubborn woman I know, and the team isn't the same without you on a Friday. Welcome home, love. The kettle's on and nobody has touched your mug."""),
    D("tec", "rd", "disclaimer", """
I've been a platform engineer at Acme Cloud for seven years and I need to get this off my chest, because every conference I go to is the same.

Our industry has completely lost the plot on "observability". Vendors have convinced everyone that the answer to any outage is another dashboard, another agent and another six-figure contract. Globex sells three separate products that do the same thing with different logos. Initech charges per log line, which means their customers turn logging off exactly where they need it most. And the analysts who rank these tools are paid by the same vendors they're ranking.

Meanwhile the teams I've seen recover fastest from real incidents have the boring stuff: a handful of good alerts, readable logs, runbooks a tired person can follow, and engineers who are allowed to say "we don't know yet".

The whole observability market is a tax on fear, and the sooner CTOs stop paying it, the better the industry will be. Change my mind."""),
    D("ret", "ig", "hostile", """
pov: you work at acme market and a 54-year-old man throws a full tantrum at the till because the meal deal doesn't include the big crisps 🙃 sir. you are a grandfather. have some dignity #retaillife"""),
    D("fin", "ig", "financial_promise", """
my crypto picks are up 300% this year and next year will be even bigger 📈 copy my portfolio (link in bio) and you'll have doubled your money by summer, that's a promise"""),
    D("npo", "rd", "confidential", """
Volunteer at the Acme Foundation charity shop on Kings Road. Got told yesterday by a trustee that the building is being sold to a developer in the spring. They haven't even told the shop manager yet. What do I do?"""),
]

EXTRA_CLEAN_TRICKY = [
    D("hea", "li", "", """
A year ago today I was told I had breast cancer. I was 41, a ward sister with two kids and a mortgage, and I'd spent twenty years telling other people to check themselves while never quite getting round to it myself.

So here is my own year, shared because I'd like one person to book the appointment they've been putting off. Surgery in February. Chemo from March to June, which was every bit as grim as I'd told patients it would be, and then some. Radiotherapy in the summer, which was mostly parking. Losing my hair was worse than I expected; getting it back curly was better than I hoped.

I went back to work in October on a phased return. My team covered my shifts, sent me terrible memes, and never once made me feel like a patient on my own ward.

Last week my scan was clear. I'm not naive about what that means, but I'm grateful, I'm tired, and I'm here.

Check yourselves. Then check your friends. Love, Kath x"""),
    D("gen", "rd", "", """
My neighbour's dog barked all night again, so this morning I went round with a tin of biscuits and some earplugs for her rather than a complaint. Turns out the dog's new and pining. We had a brew, she's sorting a crate, problem solved."""),
    D("hea", "ig", "", """
Our surgery has a new phone line just for repeat prescriptions: 0113 496 0728, open 8 till 6 weekdays 📞 please don't send requests by Facebook message, we can't process them there!"""),
]

EXTRA_CLEAN = [
    D("gen", "li", "", """
Some personal news: after nine years in local government I've accepted a role as head of sustainability at Globex's logistics arm, starting in January.

Leaving the council is harder than I expected. I've worked with some of the most dedicated people I'll ever meet: the bin crews who came in during the floods, the planners who answered the same question forty times with the same patience, and the admin team who kept the whole building going on biscuits and spreadsheets.

What I'm taking with me: public service isn't a job title, it's a habit. Listen first. Write it down. Say thank you.

What I'm looking forward to: a new sector, a lot to learn, and a team that seems genuinely serious about cutting emissions from the trucks we all sit behind on the M62.

If you've made a move like this, from public to private, I'd love to hear what you wish you'd known. Coffee's on me in the new year."""),
    D("ret", "ig", "", """
new uniform day at work 💚 the fleece is actually warm this year, which is a first. the hat is still a crime though"""),
]
