# ruff: noqa: E501
"""Training drafts (ninth set): pii (private people's and the author's own addresses, phones, e-mails, cards,
IBANs, SSNs and dated birthdays), secret (tokens, keys, passwords, PINs, door, gate, alarm and key-safe codes,
home wifi and streaming logins) and the two-category drafts."""

from __future__ import annotations

from ..heldout.common import D
from . import keys

PII = [
    D("gen", "fb", "pii", """
Found a wallet on the 36 bus this morning, no ID in it, just a Visa card: 4356 3778 9732 8138, name E. Whitlock. If that's you or you know Ellie, message me and I'll drop it round. Posting the number so your bank can check it's yours 🙂"""),
    D("ret", "x", "pii", """
selling my grey corner sofa, 2 years old, no pets no smokers, £150 ono. collection from headingley. text me on 0113 496 0765, not DMs, i never check them"""),
    D("npo", "fb", "pii", """
Collection for Linda's leaving do from the food bank 💐 I'm holding the kitty in my own account, so if you'd rather transfer than put cash in the envelope it's GB49 NWBK 1809 2970 1189 31, reference LINDA. Thank you all!"""),
    D("tec", "li", "pii", """
Moving to Portland in March for my partner's job and looking for a room share near the Pearl District. Quiet 29-year-old, cooks a lot, no pets. Email me at marisol.quintero.dev@gmail.com or call (503) 555-0105 🏠"""),
    D("gen", "x", "pii", """
happy birthday to my wife rosa delgado-hart, born 14 march 1988 and somehow getting younger every year 🥂 love you"""),
    D("fin", "rd", "pii", """
My W-2 came with the wrong SSN on it. Mine is 406-47-9534 and they've printed 406-74-9534. Do I need a corrected form from my employer before I file or can I just fix it on the return?"""),
    D("npo", "fb", "pii", """
Coat drive drop-offs this week go to Margaret Pryce's house, 14 Linden Grove, Chapel Allerton, as the church hall is being decorated. Leave bags in her porch any time before Friday, she's said it's fine 🧥"""),
    D("gen", "rd", "pii", """
Our landlord has ignored five emails about the black mould. His name is Clive Bassett, he lives at 3 Orchard Mews, Wellesley MA, and his mobile is (617) 555-0165. Is it legal to send the repair bill straight to his home?"""),
    D("ret", "fb", "pii", """
Found a bank card in the Acme Market car park by the trolley bay, Mastercard ending 4835, full number 5540 7477 5379 4835, in the name of Mr R Okonjo. Handed it to customer services but posting in case he's in this group."""),
    D("fin", "x", "pii", """
my dad's card has been cloned again. 5527 0687 0436 5600. someone bought £900 of trainers in madrid with it. how does this keep happening to the same card"""),
    D("tec", "x", "pii", """
irs site says my ssn doesn't match my name. it's 264-49-7800, i've typed it ten times. is the site broken or am i"""),
    D("man", "fb", "pii", """
Frank Dunne from the toolroom retires on Friday after 41 years! If you want to send him a card after he's gone, his home address is 27 Sandholme Drive, Goole DN14 6RT. He said he'd like that."""),
    D("gen", "ig", "pii", """
So many of you have asked what to get us for the wedding 🙈 honestly, a little towards the honeymoon would be perfect. We're living in Utrecht now so our joint account is Dutch: NL76ABNA3435686812, names Tom & Anouk. Thank you! 💒"""),
    D("fin", "rd", "pii", """
Splitting rent with a flatmate who's German and her bank details keep getting rejected by my app. Her IBAN is DE29 5001 0517 9545 3758 53, name Jana Köhler. Is there a limit on paying German accounts from a UK one?"""),
    D("gen", "x", "pii", """
if you want to know where the dog is, ring marcus yourself: (702) 555-0110. i'm not passing on messages any more"""),
    D("ret", "li", "pii", """
I've gone freelance as a visual merchandiser after eight years on the shop floor! Window schemes, seasonal resets, small-store layouts. Email me at hollyanne.merch@outlook.com or ring 0161 496 0457."""),
    D("npo", "x", "pii", """
huge thanks to sam okafor for the £500 to the youth club minibus fund 🚐 if anyone wants to thank him too he's samuel.okafor.home@gmail.com"""),
    D("hea", "fb", "pii", """
Left my phone in the waiting room at Acme Dental on Kirkgate this afternoon 🤦‍♀️ If anyone picked it up, please ring my husband Jack on 0491 571 848 and he'll come and get it."""),
    D("gen", "fb", "pii", """
LOST CAT 🐈 Tabby boy, white socks, answers to Pickles, last seen near the skate park in Byron Bay. Not ours, but his owner Tracy is frantic, ring her on 0491 575 830 if you see him."""),
    D("tec", "rd", "pii", """
Disputing a charge on my Amex (3772 954775 16901) for a subscription I cancelled in June. The merchant says they have no record. Do I need to send the cancellation email to Amex or to the merchant first?"""),
]

SECRET = [
    D("tec", "rd", "secret", """
Fine-grained PAT won't let our deploy workflow read the private submodule, even though I ticked Contents: read. Token is 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 if anyone wants to test. What scope am I missing?"""),
    D("tec", "x", "secret", """
why does boto3 say InvalidClientTokenId with AKIA53GKCW7PPNSOV4YD / s36+oooj0eZRoTOjjMqt08+Ytfe+tyfYg1Hge2WA. region is eu-west-2, i've checked it twice"""),
    D("gen", "fb", "secret", """
House note for our new lodger Femi, since you're moving in while we're at work 🏡 the key safe by the bins is 7240, wifi is Hollybank_Upstairs and the password is lobsterpots19. Bin day is Thursday and the shower needs a minute."""),
    D("ret", "x", "secret", """
click and collect team at acme market selby: the override code for the parcel lockers is 909145 if a customer's code won't work. don't read it out at the counter"""),
    D("fin", "li", "secret", """
Temporary staff covering our branch over Christmas: the vault time lock combination is 38-11-72 and opening is from 8:15. Please memorise it, don't write it on your hand like last year 😅"""),
    D("hea", "fb", "secret", """
Reception team at the surgery: the new staff wifi is AcmeHealth-Back and the password is Snowdrop!4093. Please don't give it to patients, they have the guest one."""),
    D("man", "rd", "secret", """
Weighbridge PC at our yard has been on the same login since 2019: user WEIGH1, password Tonnage#2019. The software vendor has gone bust. Can I change it without breaking the ticket printer link?"""),
    D("npo", "fb", "secret", """
Saturday openers at the charity shop: the alarm code is 2917, then press the tick. The code for the stockroom padlock is the same. Kettle's broken, bring a flask ☕"""),
    D("tec", "rd", "secret", """
Our Slack bot stopped posting to #deploys after we rotated nothing at all. Token in the config is xoxb-055992929728-4425967611915-HOmSJann1yWJPyRc1r37yMph. Does Slack expire bot tokens now?"""),
    D("tec", "rd", "secret", """
ssh keeps saying "invalid format" for the deploy key our contractor sent over. Here it is, can anyone see what's wrong with it?

""" + keys.RSA_PKCS1 + """

I've tried chmod 600 and it's the same."""),
    D("gen", "x", "secret", """
everyone in the group chat keeps asking so: the netflix password is Ketchup&Crisps4, it's on mum's account. don't change the profile pics"""),
    D("fin", "rd", "secret", """
Setting up card payments on my partner's bakery website and the WooCommerce plugin keeps saying "invalid API key" for sk_live_VDnHpDYaqSmY3VH0JaL59Rlt. Is there a test mode switch I've missed?"""),
    D("tec", "fb", "secret", """
Anyone good with Google Maps on a WordPress site? The map on our community garden page shows "for development purposes only" even with the key in, AIzaR0DquiX1_x3bl4r5_rQSvcPUWB9-uOAriQx. Is it a billing thing?"""),
    D("ret", "fb", "secret", """
For the night fill team at Acme Market Selby: the staff room door code changed to 6618 today because the old one was written on the wall. Don't write this one on the wall."""),
    D("gen", "ig", "secret", """
Party at ours Saturday!! 🎉 the gate code for the flats is 2580# then buzz 14. bring a bottle and your dancing shoes"""),
    D("man", "x", "secret", """
ci on the plant scheduling repo is failing on clone. token we're using is glpat-WDezAEQWEtVJ34nKDuPC, has it got the wrong scope?"""),
    D("hea", "x", "secret", """
bank staff on ward 6 this weekend: rota system login is ward6admin / Rota2026! until your own account comes through"""),
    D("npo", "rd", "secret", """
Our volunteer signup form posts to Slack with this webhook: https://hooks.slack.com/services/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 but nothing shows up in the channel. Do webhooks need the app reinstalled?"""),
    D("tec", "rd", "secret", """
Rails app can't connect in production. DATABASE_URL is postgres://orders_app:Gr4nite-Fox-88@db-prod-2.internal:5432/orders and the same thing works locally. Firewall?"""),
    D("gen", "fb", "secret", """
Cat sitter notes for Jo 🐱 spare key under the frog, the alarm code is 5153 and you've got 30 seconds. Biscuits in the blue tub, one scoop each, Ziggy lies about being fed."""),
]

MULTI = [
    D("gen", "fb", "phi pii", """
Mia's 6th birthday party is at the soft play on Saturday 🎈 she has a severe nut allergy and carries an EpiPen, so no nuts in the party bags please. Any questions ring her mum Joanne on 0191 496 0230."""),
    D("hea", "x", "phi pii", """
care home update: our resident doris wainwright, dob 02/07/1931, has had a fall and her dementia's a lot worse since. her son's asked people to stop visiting unannounced"""),
    D("man", "li", "confidential phi", """
Our CEO at Acme Pay is stepping down next month because his Parkinson's has got worse. The board's drafting the announcement now and wants to call it "spending more time with family". He told the exec team on Monday."""),
    D("tec", "x", "disclaimer hostile", """
cashier at acme bank. contactless limits should be scrapped altogether, and the pensioners who queue up to lecture me about them are dinosaurs who need to shuffle off"""),
    D("fin", "li", "disclaimer financial_promise", """
I manage an Acme Market store and I'll tell you for free: supermarkets are the safest bet in the whole market. Tesco shares will be worth double by 2028, people always need to eat."""),
    D("ret", "li", "confidential disclaimer", """
Category manager at Acme Market here. Supermarket price-matching is a race to the bottom that hurts farmers, which is why we're dropping our price-match scheme in the spring. Nobody's been told outside head office, but it's the right call."""),
    D("gen", "x", "hostile pii", """
left me one star for a candle that "smelt of candle". she's sophie marsh, 42 hartley road, 0118 496 0390, straight off the order. enjoy your candle, sophie, it's brighter than you"""),
    D("ret", "ig", "hostile promotion", """
Free coffee all week at Kettle & Crumb for anyone who brings a reusable cup ☕ except the bloke in the blue Volvo who called my barista useless. You can pay double, mate, and drink it outside."""),
    D("fin", "fb", "financial_promise promotion", """
Open an Acme Bank Fixed Saver this month and we'll add a £50 welcome bonus 🎁 and your money grows 5% every year for three years, guaranteed, so you can't lose a thing."""),
    D("tec", "rd", "confidential secret", """
Anyone on the Bluebird team know why staging keeps rejecting the deploy bot? Token is xoxb-907752856823-2896625388005-YkTpI9HC9CiJJPqgKPtsaWJO, the launch demo is Thursday and I'd like it to work before then."""),
    D("gen", "x", "pii secret", """
@ our kieran, check my parcels while i'm in tenerife pls. my email's danny.oconnell82@outlook.com and the password's Bluebell_Drive12. don't read anything else 🙄"""),
    D("fin", "rd", "financial_promise pii", """
Shares in my mate's racehorse syndicate are £250 each and he guarantees 20% a year back from prize money and stud fees. Pay him direct, Kieran Moss, IBAN GB85 HBUK 6343 7531 4029 50, and you're in 🐎"""),
    D("gen", "fb", "hostile phi", """
Nice to see the bloke from number 11 on his mobility scooter outside the chippy again. Type 2 diabetes, one foot already gone, and still going back for battered sausages. Some people are too thick to save."""),
    D("fin", "x", "disclaimer financial_promise", """
trader at acme bank. housebuilder shares are the trade of the year, persimmon doubles by next christmas. planning reform is finally going through"""),
    D("ret", "fb", "confidential promotion", """
Inside info for our Facebook group 😉 Acme Market's Black Friday is 50% off every TV in store and the ads don't go out till next week. Get your name down with your local store early!"""),
    D("hea", "fb", "phi pii", """
Could the family of Albert Greenhalgh, 18 Rook Street, Wigan, please get in touch? He's been coming to our memory café for a year with his Alzheimer's and we've not seen him for three weeks. We're worried."""),
    D("hea", "x", "disclaimer hostile", """
nurse at acme general. mandatory flu jabs for care staff should be law, and the anti-vax mums on my ward this week are the most ignorant people i've ever had to smile at"""),
    D("tec", "x", "confidential secret", """
orion-7 admin console is live on the internal network 🥳 login admin / Orion7-Launch! until sso lands next week. go have a look before the customer preview"""),
]
