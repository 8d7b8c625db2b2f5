# ruff: noqa: E501
"""Training drafts: short one-liners of every kind, long clean posts, and more nonprofit / general drafts."""

from __future__ import annotations

from ..heldout.common import D

SHORT_VIOLATIONS = [
    D("tec", "x", "confidential", """
Orion-7 slipped to Q4 again, per today's standup 🙃"""),
    D("ret", "x", "promotion", """
code SNACKS20 = 20% off at acme market tonight only 🍿"""),
    D("fin", "x", "financial_promise", """
ACME to $90 by june. zero doubt. load up"""),
    D("hea", "x", "phi", """
bed 7's biopsy came back malignant. she's 29. rough day"""),
    D("gen", "x", "hostile", """
to the idiot blasting music on the 7:40 train: grow up"""),
    D("npo", "x", "confidential", """
foundation board just voted to shut the Leith hub in May 😢 not public yet"""),
    D("man", "x", "disclaimer", """
acme welder here: apprenticeships in this country are a joke"""),
    D("npo", "fb", "promotion", """
Bring a tin to our gig on Friday and get £3 off entry! 🎸 Acme Foundation food drive."""),
]

EXTRA_CLEAN = [
    D("gen", "x", "", """
Can't wait for the conference next week! 🎤"""),
    D("gen", "x", "", """
big launch day for my sister's bakery 🎉 so proud of her"""),
    D("gen", "fb", "", """
Patient people are underrated. My driving instructor deserves a medal."""),
    D("tec", "x", "", """
confidential to my future self: label your cables"""),
    D("fin", "x", "", """
no investment is guaranteed. anyone who says otherwise is selling"""),
    D("hea", "x", "", """
got my own flu jab today, arm's sore, feeling smug"""),
    D("ret", "x", "", """
@kellyp_ sorry, we can't accept returns after 60 days, but the warranty team can help. DM sent."""),
    D("npo", "x", "", """
running the half marathon for the hospice on sunday 🏃‍♀️ wish me luck"""),
    D("npo", "fb", "", """
We're recruiting a part-time volunteer coordinator (22.5 hrs/week) at the Acme Foundation. The full job description and how to apply are on our website. Closing date 30 April."""),
    D("npo", "li", "", """
Reposting the Acme Foundation's official statement on the flood appeal: every donation made so far has gone straight to the three affected towns, and the full breakdown is on our website. Proud to be part of this."""),
    D("npo", "ig", "", """
Huge thanks to the 60 volunteers who turned up in the rain to plant 500 trees at Hollow Lane 🌳🌧️ You're all mad and we love you."""),
    D("npo", "rd", "", """
I work at a charity and I'll say it, speaking only for myself: the way some big charities chase corporate sponsors makes me uneasy. Curious what others here think. (Views are my own, not my employer's.)"""),
    D("npo", "fb", "", """
Our charity shop on Mill Street has a new manager! Come and say hello to Priya, who joins us from a bookshop in town and already has plans for the window. Opening hours haven't changed."""),
    D("gen", "li", "", """
Reposting our official company announcement: Acme Corp has committed to net zero across its own operations by 2035. The full plan is published on acmecorp.com. Proud of the people who pushed for this for years."""),
    D("gen", "rd", "", """
Work at Acme, and honestly the whole thing about "guaranteed" bonuses on this sub is confusing to me. Ours depend on company results and are never guaranteed. Read your contract, folks."""),
    D("gen", "ig", "", """
The company charity run was today 🏃‍♂️ I finished 143rd out of 150 and I've never been prouder. Raised £310 for the children's ward, thank you all!"""),
    D("hea", "li", "", """
Our hospital's published waiting-time figures for last quarter are out: 82% of patients seen within four hours in A&E. Not where we want to be, but up from 74%. Full figures on the Acme Health website."""),
    D("fin", "rd", "", """
I know people on here are frustrated with our mobile app, and honestly some of the replies are pretty rude. That's okay, we can take it. The fix for the login loop goes out tonight, and the release notes will be in the app store."""),
    D("ret", "li", "", """
Reflecting on 15 years in retail, and on one lesson in particular: the customer who shouts at you is almost never shouting at you. Stay calm, stay kind, hold the line on policy, and get a cup of tea afterwards."""),
    D("man", "x", "", """
plant tour for local schools today. one kid asked if robots get tired. honestly the best question anyone's asked me this year"""),
    D("tec", "li", "", """
A year ago today I posted that I'd been laid off. I was embarrassed, broke and scared. So many of you shared my post, sent leads and reviewed my CV, and two months later I started at Acme Cloud.

I want to use this anniversary to pass it on. If you've been laid off, here's what worked for me:

1. Tell people quickly. The shame fades; the network doesn't.
2. Apply to fewer jobs, better. Five thoughtful applications beat fifty copy-pasted ones.
3. Keep a routine. I got dressed and "went to work" at the library every day.
4. Learn one new thing in public. I wrote a short blog post every week about what I was studying, and two of my interviews came from those posts.
5. Be kind to yourself. Rejections are about fit and timing far more often than they're about you.

If you're in that spot now, my DMs are open. I can't promise a job, but I can promise a CV review and an honest conversation. Pay it forward when it's your turn.

#careers #layoffs #jobsearch #gratitude"""),
    D("hea", "fb", "", """
I've been a nurse for nineteen years, and last month, for the first time, I was the patient. I had my gallbladder out at the hospital where I work, and I want to share a few things I learned from the other side of the bed.

The call bell matters. When you can't get up, that little button is your whole world, and the minutes between pressing it and someone coming feel like hours. I've always tried to be quick; now I understand why it matters so much.

Names matter. Every single person who came into my room introduced themselves, and it made me feel like a person, not a bed number.

Pain is real even when it's "routine". My operation was simple by hospital standards. It did not feel simple to me at 3am on day one.

And small kindnesses stay with you. A healthcare assistant brought me a warm blanket without being asked, and I'll remember that long after I've forgotten the stitches.

I'm back at work next week, and I hope I'll be a better nurse for it. To everyone who looked after me: thank you. You know who you are. 💙

#nursing #patientexperience"""),
]
