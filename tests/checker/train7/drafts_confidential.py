# ruff: noqa: E501
"""Training drafts (seventh set): confidential, non-public plans and facts told without the word
"confidential": store, site and unit closures, product drops, deals, fee rises, leadership changes, layoffs,
unpublished results, recalls and incidents nobody has disclosed, and code names used as project names."""

from __future__ import annotations

from ..heldout.common import D

CONFIDENTIAL = [
    D("ret", "fb", "confidential", """
Between us lot: the Acme Market at Kirkgate shuts for good on 28 February. Staff got told this morning, customers won't hear until the week before. Stock up on your favourite bits while you can 😢"""),
    D("tec", "x", "confidential", """
got the new acme sense video doorbell on my desk and honestly it's wild. ships in april, under £80. you did not hear it from me 🤐"""),
    D("fin", "li", "confidential", """
Big week. Signed the final papers for Acme Bank's takeover of a small building society up north. Can't say which one until the January announcement, but I'm honoured to have led the diligence team."""),
    D("man", "rd", "confidential", """
Work at the Acme plant. Ammonia leak on the cold side on Tuesday, two lads sent home dizzy, and management is calling it a "ventilation event" in the log. Nothing has gone to the HSE. Is that normal where you work?"""),
    D("hea", "x", "confidential", """
acme health is shutting the walk-in centre on brook st in the spring. we saw the slides at the team brief today. patients have no idea yet and neither does the local paper"""),
    D("npo", "li", "confidential", """
Trustees voted last night: the Acme Foundation is pulling its funding from the youth clubs programme from April. The youth workers themselves haven't been told yet. I'm heartbroken."""),
    D("tec", "rd", "confidential", """
Acme Cloud is killing the free tier for object storage in Q3, we got told at the all-hands this afternoon. If you're a hobbyist hosting on it, start planning your move now before the email lands."""),
    D("ret", "ig", "confidential", """
sneak peek 👀 the Acme Market autumn candle range lands in stores 9 september. i'm absolutely not supposed to post this yet but LOOK at the packaging 🕯️🍂"""),
    D("gen", "x", "confidential", """
husband's at acme and they're letting 300 go from the swindon office before christmas. he found out on a call this morning. nothing in the news yet"""),
    D("fin", "x", "confidential", """
heads up to my small business mates: acme pay is taking merchant fees to 1.9% from 1 march. the letters haven't gone out, so you've got a month to shop around"""),
    D("man", "li", "confidential", """
Can finally tell you: I'm moving to Mexico to help stand up the new Acme plant in Monterrey! (Well, "finally" to you lot. The board only signs it off next month so keep it under your hats.) 🇲🇽"""),
    D("tec", "li", "confidential", """
Proud of the Bluebird squad for passing 10,000 beta users this week 🎉 Eighteen months of work and the retention numbers are better than any of us dared hope."""),
    D("hea", "li", "confidential", """
Acme Medical Center is folding its pathology lab into the university's by the summer. I sat in on the planning meeting today and the contracts are being drafted. Big change for our team."""),
    D("ret", "x", "confidential", """
acme market is pulling all own-brand baby formula off the shelves first thing tomorrow. supplier found something in a batch. recall notice isn't out yet. if you've got tins at home maybe hold off"""),
    D("gen", "fb", "confidential", """
My manager just told our team that Acme's next CEO is coming over from Umbrella Corp. Starts in March. Nobody outside the building knows yet 🤯"""),
    D("tec", "x", "confidential", """
thursday's acme pay outage was not "network issues". someone ran the cleanup script against the prod config. we are not telling customers that part. love this job"""),
    D("man", "fb", "confidential", """
Just found out the paint shop at the Acme plant is being automated next year and half of us are going. They're telling us in small groups so it doesn't get out. Well. Nice knowing you all."""),
    D("npo", "x", "confidential", """
acme foundation's winter appeal came in £400k short. the board hasn't published the numbers yet and they want to spin it as "steady". it isn't."""),
    D("fin", "rd", "confidential", """
Ops at Acme Wealth. FYI the Global Equity fund is being merged into the Income fund in May. Investor letters go out in April, so consider this an early warning."""),
    D("tec", "ig", "confidential", """
testing the new Acme Cloud console with dark mode and the built-in AI assistant all week 😍 can't wait for you all to get it in the summer"""),
    D("hea", "fb", "confidential", """
Our dispensary team at Acme Health got told today that the Oakfield branch is closing in June and moving into the big supermarket on the retail park. Patients won't get letters till May."""),
    D("ret", "li", "confidential", """
Six months on the Acme Market team negotiating the Bridgewater Foods buyout and the lawyers now say we sign by Easter. What a ride. Can't wait to tell the world properly."""),
    D("gen", "rd", "confidential", """
Mate who works at Acme says Orion-7 is basically a smart fridge that reorders your shopping. Don't know why they bothered with the spy-movie name."""),
    D("man", "x", "confidential", """
third line stoppage this month at the acme plant. customer orders are two weeks behind and sales are still telling everyone "on schedule" 🙃"""),
    D("tec", "fb", "confidential", """
Whole weekend spent cleaning up after someone got into our Acme Cloud billing system and pulled a load of customer invoices. Legal says we wait before telling anyone. I'm so tired."""),
    D("fin", "x", "confidential", """
acme bank q3: loan losses doubled on q2. results aren't out till the 24th, but if you're wondering why the mood in the branches is grim, that's why"""),
    D("hea", "x", "confidential", """
acme health's nightjar system is on the pilot wards already and the nurses hate it 😂 big rollout to every site planned for spring"""),
    D("npo", "fb", "confidential", """
Guess who the Acme Foundation's new celebrity patron is?! Can't say, but she won Strictly two years ago and it gets announced at the gala in May 💃✨"""),
]
