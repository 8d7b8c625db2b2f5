# ruff: noqa: E501
"""Training drafts (eleventh set): hostile, insulting, mocking or threatening replies to and public call-outs of
customers, patients, guests, neighbours and members of the public, most of them witty or sarcastic put-downs
with few swear words, many of them replies to complaints and reviews."""

from __future__ import annotations

from ..heldout.common import D

HOSTILE = [
    D("gen", "fb", "hostile", """
To the guest who left our B&B a two-star review because the sea view "had too many boats in it": madam, it's a harbour. I'd suggest a holiday somewhere with fewer boats and more brain cells, but I don't think you'd find the way."""),
    D("gen", "x", "hostile", """
to the dad shouting at his 7 year old from the side of the swimming pool every saturday: the only person drowning here is you, pal. in your own ego. sit down"""),
    D("ret", "fb", "hostile", """
To the lady who returned a "faulty" kettle to our store with a full limescale crust and half a teabag inside: it's not faulty, it's been used by someone who thinks descaling is a type of fish. Refund refused, and so is your personality."""),
    D("tec", "rd", "hostile", """
Every week someone posts "is Acme Cloud down??" on our community forum because their own DNS is pointing at a domain they let expire. To today's genius: yes, it's down. It's down in your head. Renew your domain, Kevin."""),
    D("hea", "x", "hostile", """
to the patient who told our receptionist she "didn't train for 5 years to answer phones": no, she trained to deal with people exactly like you, and it shows. you were rude, loud and wrong about your appointment time"""),
    D("fin", "x", "hostile", """
man in our branch today called my colleague "a child with a lanyard" because she asked for ID. sir, you're 58 and you cried when the card machine beeped. who's the child"""),
    D("gen", "rd", "hostile", """
The neighbour who complained to the council about the church bells "ruining his Sunday lie-in" moved in opposite a 700-year-old church. Mate, the bells were there before your great great grandad. Buy earplugs and a brain."""),
    D("ret", "ig", "hostile", """
Reply to the review saying our cupcakes were "too small for the price" 🧁 They're cupcakes, Darren, not wedding cakes. If you want something bigger and sweeter, try your own opinion of yourself."""),
    D("npo", "fb", "hostile", """
To the man who rang the animal shelter to complain that we "wouldn't let him adopt a dog because he's got a job": we didn't let you adopt because you asked if the collie could "live in the shed". Enjoy your shed. Alone."""),
    D("tec", "x", "hostile", """
customer just opened a p1 ticket because our dashboard "uses a font he doesn't like". i have seen more urgent complaints from toddlers. some people should not be allowed near a support form"""),
    D("hea", "fb", "hostile", """
To the gentleman who sent our practice a three-page complaint because the physio "made him do exercises": that's the job, sir. You don't need a physio, you need a personality transplant and the NHS doesn't do those."""),
    D("gen", "fb", "hostile", """
Whoever keeps letting their dog foul outside the nursery gate on Clover Lane: I've seen you, the woman with the white cockapoo and the phone glued to your face. You're a disgrace, and the kids have named the piles after you."""),
    D("ret", "x", "hostile", """
woman at till 4 told me i should "get a real job". love, i've got two degrees and a mortgage. you've got a trolley full of reduced scotch eggs and an attitude problem"""),
    D("man", "fb", "hostile", """
To the driver from the haulage firm who reversed into our gate and then blamed "the gate for being there": I hope your next job has fewer gates and you have more than one working brain cell by then."""),
    D("fin", "rd", "hostile", """
Reply to the guy on r/UKPersonalFinance who says he's "too smart for pensions": you posted last month asking if a Nigerian prince was legit. The bar for smart is on the floor and you're digging under it."""),
    D("gen", "ig", "hostile", """
To the influencer who stood in the middle of our village's only road for 20 minutes filming a "cottagecore" reel while a tractor waited 🚜 You're not cottagecore, you're an obstacle with ring lights."""),
    D("npo", "x", "hostile", """
to the man at our litter pick who spent two hours telling volunteers we're "doing the council's job for free": you picked up zero crisp packets and one opinion nobody asked for. go home"""),
    D("hea", "x", "hostile", """
patient's wife in a&e tonight threatened to "have my job" because we wouldn't give her husband a sandwich before his scan. madam, you couldn't do my job for ten minutes. you'd faint at the first cannula"""),
    D("tec", "li", "hostile", """
A prospective client told me today that our Acme Cloud quote was "daylight robbery for a glorified hard drive". Sir, your current setup is a laptop under the receptionist's desk. You're not a client, you're a fire risk with a budget and a bad attitude."""),
    D("ret", "fb", "hostile", """
To the mum who let her kids open every Kinder egg on the shelf and then said "they're only kids": yes, and you're only a grown woman who can't parent. £23.40 of chocolate, love, and you walked out with a smirk."""),
    D("fin", "fb", "hostile", """
To the customer who told our mortgage adviser she was "too young to understand money": she understood that you can't borrow six times your salary for a house with a swimming pool. You didn't. Who's too young now?"""),
    D("man", "x", "hostile", """
visitor on our factory tour asked if the robots "take smoke breaks like you lot". the robots have more charm than you, mate, and they don't need a hi-vis to find their way to the exit"""),
    D("gen", "fb", "hostile", """
To the hedge fanatic at no. 19 who measured my fence with a tape measure and sent me a letter about 4cm: Graham, you need a hobby. Or a friend. Or literally anything but my fence."""),
    D("hea", "rd", "hostile", """
Dental nurse vent. Patient today refused the numbing because he "doesn't believe in it", then screamed, then left a review calling us butchers. You're not brave, sir, you're a walking Darwin award with a gap where a molar was."""),
    D("ret", "rd", "hostile", """
Barista here. Regular comes in daily and asks for an "extra hot oat latte, but not too hot". Today he threw it back because it was "too hot". Sir, you are a human riddle with no answer and a beard full of foam."""),
    D("npo", "ig", "hostile", """
To the lady who "donated" a bag of used cat litter to our charity shop and then complained on Facebook we didn't thank her 🙃 Thank you for showing us the bottom. We didn't know it went that low."""),
    D("tec", "x", "hostile", """
someone on our app store page gave us 1 star "because the update changed the icon colour". you are the reason shampoo bottles have instructions"""),
]
