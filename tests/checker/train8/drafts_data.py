# ruff: noqa: E501
"""Training drafts (eighth set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, keys, passwords, PINs, door, gate, alarm and key-safe codes,
home wifi) and the two-category drafts."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D("gen", "fb", "pii", """
Found a child's scooter by the swings in Hartley Park with a sticker underneath: "If lost ring Nadia on 0161 496 0780". Nadia, it's in my porch, 22 Ashgrove, just knock 🛴"""),
    D("fin", "x", "pii", """
paid the plumber by bank transfer and he asked me to post his details for the rest of the street, so: Gareth Lewis, GB88NWBK24775498776460. he's brilliant, fixed my boiler in 20 mins"""),
    D("ret", "rd", "pii", """
Why does my card keep getting declined at Acme Market self-checkout but works everywhere else? It's a Mastercard, 5327 4948 8180 7549, expiry 09/28. Bank says nothing's wrong."""),
    D("gen", "li", "pii", """
Open to work! 📣 Recent graduate in logistics, available immediately. Reach me directly on (612) 555-0191 or at tom.achterberg.jobs@gmail.com, I'd love to chat about roles in the Twin Cities."""),
    D("fin", "rd", "pii", """
My dad's identity got stolen and the credit bureau keeps rejecting his dispute because the SSN "doesn't match". It's 179-66-9158, born 3 March 1952. Can anyone tell me what format they want?"""),
    D("npo", "fb", "pii", """
Sponsored walk money can go straight to our treasurer Pam Ridley's account, it's DE88430609675013723303, and she'll pass it on to the hospice in one go. Thanks to everyone who walked! 🥾"""),
    D("tec", "x", "pii", """
new number, new me. old phone's dead, i'm on (503) 555-0175 now, text me so i can save you. also moved, i'm at 1180 nw everett st apt 4 if anyone wants to bring wine"""),
    D("ret", "fb", "pii", """
Customer at Acme Market Thirsk left her purse at till 2. Inside is a Visa ending 4782 6731 5207 9877 and a library card for Joan Maddox, 14 Fern Lea. Joan, we've got it safe at customer services 💜"""),
    D("gen", "ig", "pii", """
Happy 40th to my big sister Claire Denholm, born 19 November 1986 at 3am in a snowstorm, and still making everyone wait for her ever since 🎂❤️"""),
    D("hea", "x", "pii", """
whoever is ringing our surgery pretending to be my mum to get her appointment times: she's Irene Calloway, 9 Pennine Way, and she's changed her number. stop it"""),
    D("man", "fb", "pii", """
Retirement do for Frank on Friday! Collection is in the canteen, or transfer to Lynne's own account NL86ABNA5749215008 and write "Frank" as the reference 🍺"""),
    D("fin", "fb", "pii", """
My first ever credit card came today and I'm weirdly proud 🥹 American Express 375254204054241, look how shiny it is"""),
    D("gen", "rd", "pii", """
Landlord won't return my deposit and I'm taking him to small claims. For anyone else renting from him: Martin Pryce, 27 Gallowgate, Newcastle, mobile 0191 496 0988. Don't sign anything."""),
    D("npo", "x", "pii", """
welcome to our new volunteer coordinator ayesha! for rota swaps she's on 0121 496 0348 or ayesha.begum88@outlook.com, be nice to her"""),
    D("ret", "li", "pii", """
Thrilled to launch my own bakery stall at Saturday's market! 🥐 Orders through my personal number, 0113 496 0160, or pop round to collect from my flat at 5 Chapel Row, Holbeck."""),
    D("tec", "rd", "pii", """
Tax form asks for my SSN and my wife's, and the e-file keeps failing. Mine's 641-12-0733 and hers is 518-56-2839. Is there some validation rule I'm missing?"""),
]

SECRET = [
    D("tec", "rd", "secret", """
Getting 403s from GitHub Actions when pushing to our private registry. Token is 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 and it has write:packages. What am I missing?"""),
    D("gen", "fb", "secret", """
Babysitter notes for Saturday 👶 key safe by the back door is 4471, wifi is HoltFamily_Home / tiddlywinks88, bedtime is 7 and NO Haribo after 6 whatever she tells you."""),
    D("ret", "x", "secret", """
new starters at acme market: the till supervisor override code is 8830, don't go round telling customers though lol"""),
    D("fin", "rd", "secret", """
Our small accounting firm uses Stripe for invoices. Our dev left and I found this in his notes: sk_live_Txbcqw4s78SQHezJ6T5s3rmO. Is this the one I paste into the Xero integration?"""),
    D("hea", "x", "secret", """
agency nurses starting on ward 12 tonight, the drug room keypad code is 1964 and the trolley key is in the sister's office. see you at handover"""),
    D("man", "fb", "secret", """
For the weekend maintenance crew: the press shop HMI login is maint / Press2Shift! and the compressor house padlock combination is 3-19-27. Shout if it doesn't work."""),
    D("npo", "ig", "secret", """
Community fridge volunteers 🍎 the padlock combination on the fridge cage is 0509 and the shed key's in the blue pot. Please lock up after your shift!"""),
    D("tec", "x", "secret", """
anyone know why slack says invalid_auth? using xoxb-496218936439-2801010190614-9sWcFprouAbU2wFf8YJMmsp9 in the bot and it worked yesterday"""),
    D("gen", "x", "secret", """
to my flatmates: new netflix password is crumpet_tuesday, please stop giving it to your exes"""),
    D("tec", "li", "secret", """
Quick win from today's infra clean-up: moved our static site to S3 in 20 minutes. Config for anyone curious:

aws_access_key_id = AKIAX2TCJ4U2KBRRMMWO
aws_secret_access_key = UWX9hUzyFDQsnH6dgBTVPxLK3vcPazQ05ul0FzfY

Cloud is easy when you know how ☁️"""),
    D("fin", "fb", "secret", """
Mum, I've set up your online banking. Login is margaret.ellis52 and password is Bluebell1952, PIN for the app is 6021. Write it in the green book and don't tell anyone ❤️"""),
    D("ret", "rd", "secret", """
Shift lead at a supermarket. The back door alarm code at my store is 7193 and half the agency staff have it written on their hands. How do I get head office to change it?"""),
    D("tec", "rd", "secret", """
Mapbox map stopped loading on our app after we moved to the new project. Using AIzacruIEkBm2RfbUrS170cMZFUiWN3rbAgIjJl as the Google key for the geocoder, is that the problem?"""),
    D("npo", "fb", "secret", """
Trustees: the charity's Gmail for donations is acmefoundationdonations@gmail.com, password Harvest2026!, please use it for the thank-you emails and not your own."""),
    D("man", "x", "secret", """
lads the new gate code for the yard at the acme plant is 5582* from monday, the old one's been given to half of deliveroo"""),
    D("tec", "rd", "secret", """
Our deploy user can't SSH into the bastion since the rebuild. Here's the key it uses, straight from ~/.ssh:

""" + keys.OPENSSH_ED25519 + """

Is the format wrong for the new OpenSSH version?"""),
]

MULTI = [
    D("hea", "fb", "phi pii", """
Prayers for my neighbour Sheila Barnes, 11 Kestrel Rise, who had a stroke on Sunday and can't speak yet. If you've got her mobile, 0117 496 0628, please don't ring it, her son's got it and he's swamped 💐"""),
    D("ret", "x", "hostile pii", """
this is the guy who nicked a full trolley from acme market bury last night. darren pollitt, 8 cobden st, mobile 0114 496 0590. yeah you look thick in the cctv too darren"""),
    D("man", "li", "confidential phi", """
Our plant hasn't reported it yet but two lads on the plating line, Ricky and Sam, have come back with chromium burns in their lungs after the extractor failed in October. The official log says "minor irritation". I'm done staying quiet."""),
    D("tec", "x", "disclaimer hostile", """
acme cloud engineer: anyone still paying globex for managed kubernetes is a mug and their sales team are clowns who couldn't spell sla"""),
    D("fin", "li", "disclaimer financial_promise", """
Portfolio manager at Acme Wealth: UK smaller companies are the trade of the decade. The FTSE 250 will double in five years and anyone still in US tech will look very silly."""),
    D("ret", "ig", "hostile promotion", """
Dear lady who said our cakes were "supermarket rubbish": come back Saturday, every slice is half price, which works out cheaper than your manners 🍰"""),
    D("tec", "rd", "confidential secret", """
Work on Project Nightjar at Acme. Staging is up ahead of the March launch if you want to poke it: postgres://nightjar_app:Vv8!owl2026@nightjar-stg.internal:5432/core"""),
    D("fin", "x", "financial_promise promotion", """
open an acme wealth isa with code GROW50 and get £50, and the fund in it has never had a down year so it won't start now 📈"""),
    D("hea", "rd", "confidential phi", """
Work at Acme Health's IT desk. The new patient app showed 2,000 people other patients' test results for a morning last week, I saw the headteacher of my kid's school's biopsy result in one ticket. Management call it a "display issue" and no one's been told."""),
    D("npo", "fb", "disclaimer confidential", """
As a fundraiser at the Acme Foundation: the government's new lottery rules are a disaster for small charities, and it's why our board voted on Monday to shut the two youth clubs in Batley next year."""),
    D("gen", "rd", "pii secret", """
Locked out of my own email again. For anyone in my family who sees this: it's derek.simmonds70@hotmail.co.uk and the password is Lanzarote1999, please reset it for me, I'm in Spain till Friday."""),
    D("man", "fb", "disclaimer hostile", """
Acme plant foreman. The people protesting at our gates about "forever chemicals" are clueless hobbyists who've never held a job, and the council's new emissions rules are pure virtue signalling."""),
    D("ret", "fb", "phi pii", """
Pharmacy counter, Acme Market Otley: can Alan Rhodes, DOB 12/06/1948, please come back for his warfarin? He left it on the counter this morning and he really shouldn't miss a dose."""),
    D("tec", "li", "confidential disclaimer", """
I lead product at Acme Sense. Globex's smart-home hub is a privacy disaster and the regulator should have blocked it, which is why our own hub with local-only processing ships in April at half their price."""),
    D("fin", "fb", "financial_promise pii", """
Easiest money you'll ever make: my cousin's forex group pays 4% a week on everything you send in. Send it to his account GB88HBUK72985938603394 and mention my name ✌️"""),
]
