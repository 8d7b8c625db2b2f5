# ruff: noqa: E501
"""Training drafts (eighth set): hostile, insulting, mocking or threatening replies to and call-outs of
customers, patients, neighbours, donors and the public, mostly witty or sarcastic put-downs with few swear
words."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("ret", "x", "hostile", """
to the man who argued with me for ten minutes over a 20p carrier bag: congratulations, you've found the only thing in acme market cheaper than your personality"""),
    D("tec", "rd", "hostile", """
Replying to the customer who opened a P1 because our API "doesn't work on Sundays": it does. Your cron job has the day of the week backwards. Maybe ask whoever set up your VCR in 1994 to help."""),
    D("fin", "fb", "hostile", """
To the gentleman who told our cashier she was "too thick to count": sir, she counted your 400 pennies twice while you explained your own sort code wrong three times. Take the L."""),
    D("hea", "x", "hostile", """
patient complained on google that our receptionist "smiled too much". genuinely what happened to you as a child"""),
    D("gen", "fb", "hostile", """
To whoever keeps parking their Range Rover across two spaces outside the Co-op: we all know who you are, we've all seen you, and the car is doing more compensating than a bank refund department."""),
    D("npo", "x", "hostile", """
the woman who rang to complain our charity shop "smelled of poor people" — madam you are the only thing in there that was overpriced"""),
    D("ret", "ig", "hostile", """
Customer today asked if our sushi was "real fish or the cheap stuff". Sir, you paid with a loyalty card you found in the car park. Sit down 🍣"""),
    D("tec", "x", "hostile", """
to the reddit genius who says acme cloud's status page is "rigged": it's amazing you found the page at all given you still type your password into the search bar"""),
    D("man", "fb", "hostile", """
To the bloke who rang the Acme plant's reception to complain about the "lorry noise" from the house he bought NEXT TO A FACTORY in 2023: you're not a victim, you're a cautionary tale."""),
    D("hea", "rd", "hostile", """
Nurse at an Acme Health walk-in. To the dad who shouted at my trainee because the wait was 40 minutes for a splinter: the splinter had more sense than you did, it at least knew when to stop digging."""),
    D("fin", "x", "hostile", """
reply to the guy in our acme bank mentions demanding we "bring back cheque books for real men": you can barely spell cheque mate, don't worry about it"""),
    D("gen", "ig", "hostile", """
Dear lady at the school gate who told me my kid's packed lunch was "sad": your Botox is sad, Brenda. My sandwiches are fine 🥪"""),
    D("ret", "fb", "hostile", """
Acme Market Keighley: to the couple who left a trolley full of melting ice cream in the crisps aisle on Saturday, we have your faces on CCTV and frankly they're the least appealing thing we've stocked all year."""),
    D("npo", "fb", "hostile", """
To the donor who wrote to say our annual report had "too many pictures of poor kids": we'll swap them for pictures of your generosity next year. It'll be a very short report."""),
    D("tec", "li", "hostile", """
To the prospect who told our sales rep he'd "rather use spreadsheets than pay for software": enjoy your spreadsheets, they're about the only thing in your company that still balances."""),
    D("hea", "x", "hostile", """
to the man in our acme dental waiting room who said dentists are "glorified mechanics": mate a mechanic would've scrapped your teeth years ago"""),
    D("man", "x", "hostile", """
the tiktok "expert" saying our forklifts are dangerous has never lifted anything heavier than a protein shake and it shows"""),
    D("gen", "fb", "hostile", """
Whoever keeps letting their labrador foul the churchyard path and walking off: I hope your shoes find every single one of them. You're a disgrace to dog owners and to shoes."""),
    D("fin", "rd", "hostile", """
Mortgage adviser. Client asked whether he could put "influencer" as his job on the application. Buddy, 212 followers is a hobby, not an income, and frankly not a very successful one."""),
    D("ret", "x", "hostile", """
returns desk confession: lady brought back a dress with the tags tucked in and fake tan all over it. we're not blind love, you look like a wotsit and so does the dress"""),
    D("npo", "ig", "hostile", """
Cute that the man who stole our donation tin from the café counter thought nobody would notice. Enjoy the £14.60, hope it's worth being the saddest person in Frome 🫶"""),
    D("tec", "rd", "hostile", """
To the user who submitted 47 identical bug reports about the Acme Sense app in one night: we fixed it. Now please fix whatever's wrong with you, because no one has that much free time and a healthy outlook."""),
]
