"""Base violations for `evasion` drafts. {{...}} marks the span that gets
disguised; each listed transform yields one evasion draft carrying the
labels of the underlying violation."""
from .common import D


def E(sector, platform, labels, template, transforms):
    d = D(sector, platform, labels, template)
    d["transforms"] = transforms
    return d


EVASION_BASES = [
    # ---- pii ---------------------------------------------------------------
    E("ret", "fb", "pii", "Found a card at register 2 tonight, Visa {{4960308246281940}}, name on it is R. Castellano. Message the store page and we'll hold it for you!", ["digits_dot4", "digit_words"]),
    E("gen", "x", "pii", "if anyone wants Jess's old couch text her directly at {{415-555-0162}}, she's moving friday and it has to go", ["digit_words_oh", "digits_space1"]),
    E("npo", "fb", "pii", "RSVPs for the volunteer dinner go to our coordinator Tamsin, her personal email is {{tamsin.okoro.77@gmail.com}} 💌", ["email_words", "email_brackets"]),
    E("fin", "x", "pii", "@mike_bennett1 the refund went out to {{GB69 BARC 2000 5512 3456 78}} this morning, can you confirm that's your account?", ["iban_dash", "fullwidth"]),
    E("gen", "rd", "pii", "Helping my dad with his taxes and the e-file keeps rejecting his SSN ({{408-63-2668}}), it matches the card exactly. Anyone had this?", ["digit_words", "digits_space1"]),
    E("ret", "x", "pii", "Amex left at the Oakbrook Acme store today: {{375131373537992}}, name says T. Oyelaran. front desk has it", ["zw_digits", "digits_space3"]),
    E("tec", "x", "pii", "recruiters, please stop using my work inbox. personal email is {{dana.whitfield.cs@proton.me}}", ["email_words"]),
    E("man", "fb", "pii", "Maintenance emergency after hours? Call Marco on his personal cell {{313-555-0119}}, he said it's fine to share", ["digit_words_oh"]),
    E("fin", "rd", "pii", "Customer read me his Mastercard {{5481590139624594}} over the phone for a 'quick check' and my supervisor freaked. Apparently we're not supposed to take it that way anymore?", ["fullwidth", "digits_dash3"]),
    E("ret", "rd", "pii", "Tourist's UnionPay {{6212783848372616755}} kept failing at our terminals, anyone know if 19-digit UnionPay needs a firmware update?", ["digits_dot4"]),
    E("npo", "ig", "pii", "Send winter coat money straight to our organiser Jonas, personal account {{DE23 5001 0517 5432 1098 76}} 🧥❤️", ["iban_lower_spaced"]),
    E("hea", "fb", "pii", "Our retired ward clerk Bev would love cards for her 70th! She was born {{14 March 1955}} and she lives at {{27 Primrose Lane, Salem OR 97301}} 🎂", ["zwsp"]),
    E("fin", "x", "pii", "@pat_lindgren we have your SSN on file as {{725-56-8448}}, please confirm so we can finish the account opening", ["digits_dash3", "digit_words"]),

    # ---- phi ---------------------------------------------------------------
    E("hea", "x", "phi", "the {{patient}} in {{bed}} 9, 80yo lady with {{dementia}}, tried to leave the unit 4 times last night. someone please call her son", ["cyrillic", "leet"]),
    E("hea", "rd", "phi", "{{MRN}} 00731122 is the guy with the {{overdose}} from last night, can someone on days fix his allergy list?", ["dotted", "zwnj"]),
    E("hea", "ig", "phi", "Our sweet Mrs. Alder in {{room}} 12 rang the bell after her last round of {{chemo}} today 🔔🎉 so proud of her!", ["leet", "greek"]),
    E("hea", "fb", "phi", "Please pray for Tommy, the 9 year old in peds {{bed}} 4, his {{leukemia}} is back and his parents are devastated 💔", ["cyrillic_all", "wj"]),
    E("npo", "fb", "phi", "Huge news from our free clinic: Luis, who has been coming to us since his {{HIV}} {{diagnosis}} in 2019, is now undetectable 🎉", ["zwsp", "dotted"]),
    E("ret", "x", "phi", "pharmacy counter today: Mrs. Patel from the library picked up her {{insulin}} and asked me how to store it on her cruise. love her", ["leet"]),
    E("hea", "rd", "phi", "Resident. Patient in {{room}} 6, Sarah K., 34, new {{MS}} {{diagnosis}}, and the attending presented her case in the hallway with her husband standing right there.", ["spaced"]),
    E("hea", "x", "phi", "Mr. Okafor in 5C ({{triple bypass}} on Monday) is flirting with every nurse on the floor. recovery is going great lol", ["cyrillic", "bom"]),
    E("man", "fb", "phi", "Update on Rick from Line 2: his {{hand surgery}} went well, they reattached two fingers, {{PT}} starts next week.", ["leet"]),

    # ---- confidential ------------------------------------------------------
    E("tec", "x", "confidential", "{{Project Falcon}} demo to the exec team went great today 🦅 Q3 launch is looking real", ["dotted", "cyrillic", "zwsp"]),
    E("tec", "li", "confidential", """Proud of my team this quarter. We got the {{Nightjar}} beta in front of our first ten design partners and the feedback has been incredible. Public launch in the fall!

#serverless #engineering""", ["spaced", "leet"]),
    E("man", "x", "confidential", "{{Orion-7}} pilot line hit 98% yield today. production starts in March, can't wait for the world to see it", ["fullwidth", "zwj"]),
    E("ret", "ig", "confidential", "🐦 {{Bluebird}} pilot stores go live in April and I got a sneak peek today 👀 scan-and-go is going to change everything", ["cyrillic_all", "greek"]),
    E("man", "fb", "confidential", "They told us this morning: {{layoffs}} at the Acme plant next month, about 10% of second shift. not announced yet so keep it quiet", ["leet", "hyphenated"]),
    E("fin", "x", "confidential", "Acme is {{acquiring}} Initech, signing next week. you didn't hear it from me", ["zwnj", "leet"]),
    E("tec", "rd", "confidential", "Acme Cloud eng. last week's {{outage}} was actually a {{data breach}}, about 20k customer records. not being disclosed. feel gross about it.", ["dotted"]),
    E("gen", "ig", "confidential", "Sneak peek of the 2025 {{roadmap}} from today's offsite 📊👀 (slide 14 is my favourite)", ["cyrillic"]),

    # ---- promotion ---------------------------------------------------------
    E("ret", "ig", "promotion", "🌸 Use {{code}} SPRING30 for 30% {{off}} everything at Acme this weekend 🌸 tag a friend!", ["leet", "fullwidth"]),
    E("ret", "x", "promotion", "big {{discount}} on every winter coat at Acme this week, up to 50% at all stores", ["leet", "spaced", "zwsp"]),
    E("ret", "ig", "promotion", "🎁 {{GIVEAWAY}} 🎁 follow us and tag 3 friends to win a $100 Acme gift card! winner Friday", ["cyrillic_all", "dotted"]),
    E("ret", "fb", "promotion", "{{Sale}} starts Friday at every Acme store, everything {{40% off}} until Sunday!", ["fullwidth", "spaced"]),
    E("npo", "fb", "promotion", "{{Promo code}} GALA20 gets you 20% off tickets to the Acme Foundation gala, only until Friday 🥂", ["zwj", "leet"]),
    E("ret", "x", "promotion", "{{free shipping}} on everything at acme till midnight, no minimum 👀", ["cyrillic"]),
    E("gen", "ig", "promotion", "📸 {{Contest}} time! best fall photo tagged #AcmeAutumn wins two concert tickets 🎶", ["leet", "wj"]),
    E("ret", "fb", "promotion", "{{BOGO}} on kids' shoes at the Main St Acme all week 👟👟", ["dotted"]),
    E("tec", "x", "promotion", "sign up for acme cloud with {{promo code}} DEVDAYS and get $500 credits this week only", ["spaced"]),

    # ---- financial_promise -------------------------------------------------
    E("fin", "ig", "financial_promise", "💰 The Acme Growth Portfolio is {{guaranteed}} to return 12% this year 📈 DM me to start!", ["leet", "spaced", "cyrillic"]),
    E("fin", "fb", "financial_promise", "Retirees: the Acme Secure Income annuity pays a {{risk-free}} 9% for life. Message me!", ["spaced", "zwsp"]),
    E("fin", "x", "financial_promise", "ACME stock {{will double}} by christmas. load up now", ["leet", "dotted"]),
    E("fin", "rd", "financial_promise", "Advisor at Acme Wealth. You literally {{can't lose}} with the Treasury Plus fund this year, it's the easiest 10% you'll ever make.", ["leet", "bom"]),
    E("fin", "li", "financial_promise", """Principal protected. {{Zero risk}}. A {{guaranteed}} 8% every year.

That's the Acme Inflation Shield fund. Let's talk.

#investing""", ["fullwidth"]),
    E("man", "x", "financial_promise", "told the guys on line 4: buy Acme shares before earnings, it's {{guaranteed}} to pop 20%", ["cyrillic_all"]),
    E("npo", "fb", "financial_promise", "Our Acme Foundation impact bond: {{guaranteed}} 6% return, {{no risk}} to your principal. Give back and grow 🌱", ["hyphenated"]),

    # ---- secret ------------------------------------------------------------
    E("ret", "fb", "secret", "Westgate team: new back office wifi is AcmeStaff5G and the {{password}} is Sunflower!2024, don't give it to customers", ["leet", "zwsp"]),
    E("tec", "x", "secret", "ci token for the bot account if anyone needs it: {{ghp_bvJDCTbyvHNsG9eh6Yo4gfqrc5XlrWi0B26R}}", ["zwnj"]),
    E("tec", "rd", "secret", "boto3 keeps throwing SignatureDoesNotMatch with key {{AKIAV9UPCTNWLAVYF4R6}}, any ideas?", ["wj", "spaced"]),
    E("tec", "x", "secret", "slack bot dead after migration, token {{xoxb-75653764814-4002728937868-EAvstqVVPqzPptEJQzhkPken}}, scopes look fine?", ["zwsp"]),
    E("man", "fb", "secret", "3rd shift: the Line 2 HMI got reset, {{login}} is admin and {{password}} is Acme$plant2 till Monday", ["cyrillic", "dotted"]),
    E("gen", "rd", "secret", "Found the shared staging dashboard creds pinned in a slack channel, {{pw}}: Hawk!2024. is that normal?", ["dotted"]),
    E("fin", "x", "secret", "testing refunds in prod with {{sk_live_9B4bZWOz648JJnUfd7UACNWi}} because staging is down, pray for me", ["bom"]),
    E("npo", "ig", "secret", "Volunteers! Office wifi is FoodBankGuest, {{password}} Share2Care 🥫💙", ["fullwidth", "greek"]),

    # ---- hostile -----------------------------------------------------------
    E("ret", "x", "hostile", "@brad_returns read the manual instead of crying on twitter, you absolute {{idiot}}", ["leet", "spaced", "zwsp", "cyrillic_all"]),
    E("npo", "x", "hostile", "@taxpayer_tom spend less time trolling a food bank and more time getting a job, {{loser}}", ["leet", "dotted"]),
    E("tec", "x", "hostile", "@user8842 it's in the first paragraph of the docs. {{shut up}} and read, {{moron}}", ["spaced", "fullwidth"]),
    E("fin", "fb", "hostile", "To the guy calling us thieves over a $35 fee: maybe stop buying lattes with money you don't have, you {{pathetic}} {{clown}}", ["leet", "cyrillic"]),
    E("hea", "x", "hostile", "@healthnut_karl your naturopath can't fix your appendix, {{dumbass}}. enjoy the bill", ["hyphenated", "zwj"]),
    E("ret", "ig", "hostile", "to the lady who tried to return a used rug: we know your car, don't come back, {{psycho}} 😘", ["leet"]),

    # ---- disclaimer --------------------------------------------------------
    E("tec", "x", "disclaimer", "As an {{Acme}} engineer I'll say it: Globex's architecture has been held together with duct tape for years", ["cyrillic", "leet"]),
    E("fin", "rd", "disclaimer", "I work at {{Acme Bank}} and honestly crypto ETFs should never have been approved. The SEC caved.", ["greek", "zwsp"]),
    E("hea", "x", "disclaimer", "{{Acme}} nurse here: mandatory ratios need to be federal law. anyone who disagrees never worked a 12", ["fullwidth"]),
    E("ret", "rd", "disclaimer", "Initech's loyalty program is a scam, and I'd know, I manage three stores for {{Acme}}.", ["leet", "dotted"]),
    E("man", "li", "disclaimer", """Twenty years at {{Acme Manufacturing}} and my view hasn't changed: reshoring is political theatre and most of the new factories will be fully automated.

#manufacturing""", ["cyrillic_all"]),

    # ---- two categories ----------------------------------------------------
    E("ret", "ig", "confidential promotion", "🤫 friends & family pre-sale for the {{Bluebird}} smart scale before launch, code BLUE40 for 40% off", ["cyrillic"]),
    E("fin", "x", "financial_promise promotion", "new customers: code GROW100 for $100 free + a {{guaranteed}} 10% first year return 📈", ["leet"]),
]
