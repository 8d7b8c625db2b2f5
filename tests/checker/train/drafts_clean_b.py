# ruff: noqa: E501
"""Training drafts, clean_tricky (part 2): near financial_promise, hostile, disclaimer, pii and secret; and
plain clean drafts (ordinary posts with nothing a keyword checker would look at twice)."""

from __future__ import annotations

from ..heldout.common import D

CLEAN_B = [
    # --- near financial_promise: risk warnings, published returns, "guaranteed"/"double" in other senses
    D("fin", "li", "", """
A reminder I give every new client: past performance is not a guide to future returns. The value of investments can go down as well as up, and you may get back less than you put in. Anyone who promises otherwise is selling something."""),
    D("fin", "x", "", """
markets go up and markets go down. if you're not sure what to do with your savings, speak to a regulated adviser before you move anything"""),
    D("fin", "fb", "", """
Lots of questions from family about the stock market wobble this week. I won't tell you what to buy, that's not how it works. Diversify, think long term, and talk to a qualified adviser if you're unsure."""),
    D("fin", "rd", "", """
Reminder for this sub: there is no such thing as a guaranteed 10% return. If someone offers you one, it's either very risky or a scam. Savings accounts are protected up to the limit; investments are not."""),
    D("fin", "li", "", """
Acme Wealth's Global Equity fund returned 9.3% last year, as reported in the annual fund review (link in comments). Past performance is not a reliable indicator of future results, and fund values can fall."""),
    D("fin", "ig", "", """
Money tip Monday 💡 An emergency fund of 3-6 months of expenses beats any investment "hack". Nothing is risk-free, but having cash for a rainy day takes a lot of the fear out of it."""),
    D("fin", "x", "", """
my fantasy football team cannot lose this week. guaranteed win. (I said the same last week and came last, please don't check)"""),
    D("fin", "fb", "", """
Our branch's charity bake sale doubled last year's total! £820 for the children's ward 🍰 Thanks to everyone who baked, bought or both."""),
    D("ret", "ig", "", """
This brownie recipe is guaranteed to make you everyone's favourite colleague 🍫 (it also doubles easily if your office is big)"""),
    D("tec", "li", "", """
Our platform team doubled in size this year, from 8 to 16 engineers. The biggest lesson: onboarding docs are a product, and they deserve the same care as the code."""),
    D("man", "x", "", """
the new lathe is guaranteed to make me swear less. that's the only guarantee I'm giving anyone today"""),
    D("npo", "li", "", """
Our endowment's investment return last year was 4.8%, as set out in the published trustees' report. Returns will vary from year to year; what doesn't change is our commitment to spending it well."""),

    # --- near hostile: polite firm replies, self-deprecation, quoting an insult without returning it
    D("ret", "x", "", """
@tomwh_87 I'm sorry your delivery was late and the eggs were broken. I've refunded the eggs and passed your note to the depot. We can't refund the whole order, but I hope this helps."""),
    D("ret", "fb", "", """
To the customer who called me "the worst cashier in the world" today: I hope your afternoon got better. Mine did, because the next person brought me a chocolate bar. 🍫"""),
    D("tec", "x", "", """
@devnull_dan I understand the frustration. The API limits won't be changing for the free tier, but I've DM'd you a link to the docs on batching, which should help a lot."""),
    D("tec", "rd", "", """
I just spent two hours debugging a typo in a variable name. I am the idiot in this story. Off to get a coffee and reconsider my career."""),
    D("hea", "fb", "", """
To the relative who shouted at our reception team yesterday: we understand waiting is stressful, and we're sorry it took so long. Shouting at staff isn't acceptable, and we'll always ask people to leave if it continues. We're still here to help."""),
    D("hea", "x", "", """
a patient told me today I have "the bedside manner of a filing cabinet." honestly fair, it was hour 13"""),
    D("fin", "rd", "", """
Acme Bank customer service here. I know the overdraft fee stings. We can't waive it on this occasion because it's the third this month, but I'd really like to set you up with a free budgeting appointment if you're open to it."""),
    D("man", "fb", "", """
Thank you to the neighbour who emailed about the delivery lorries idling at 6am. You're right, and we've asked our hauliers to switch off engines while waiting. If it happens again, please let us know."""),
    D("npo", "x", "", """
someone called our volunteers "do-gooder busybodies" on the local page today. we'll take it. the busybodies served 300 hot meals this week 🍲"""),
    D("gen", "ig", "", """
My kids have informed me that my dance moves are "a crime against humanity" 😂 They're not wrong. Wedding season is going to be rough."""),

    # --- near disclaimer: opinions with a disclaimer, opinions without identification, lessons learned, facts
    D("tec", "li", "", """
I work at Acme Cloud, but this is just me speaking for myself: I think the industry is moving too fast on AI regulation exemptions, and we'll regret not setting clearer rules now. Views are my own."""),
    D("fin", "x", "", """
Acme Bank economist, personal views only: rates have further to fall and the housing market will cool before it recovers"""),
    D("hea", "fb", "", """
Nurse at Acme General. Not speaking on behalf of my employer, but as a nurse for 20 years: the new staffing ratios proposed by the government don't go far enough. (Opinions my own!)"""),
    D("ret", "rd", "", """
Grocery prices are a disgrace across the whole industry and the regulators are asleep. I don't work in retail, I just buy food. Rant over."""),
    D("tec", "x", "", """
hot take: microservices are overused and most startups would be fine with a boring monolith. fight me"""),
    D("man", "li", "", """
Twenty years in manufacturing taught me this about plant management: walk the floor every morning, before you open your inbox. The problems you find there never make it into a report."""),
    D("tec", "li", "", """
Lessons from five years on call at Acme Cloud: write runbooks for tired people, page fewer humans, and celebrate the boring incidents. A quiet pager is a sign of good engineering, not luck."""),
    D("gen", "x", "", """
The CFO from Globex gave a great talk on supply chain resilience at the conference today. Loads to think about."""),
    D("npo", "fb", "", """
I volunteer with a local charity, and personally I think the new library closures are a terrible decision by the council. Come to the public meeting on Thursday if you agree. (Speaking for myself, not the charity.)"""),
    D("man", "x", "", """
Acme plant manager, views mine alone: the new emissions rules are tough but fair, and the industry will be better for meeting them"""),
    D("ret", "li", "", """
I work in merchandising at Acme Market. Personal views, not Acme's: fast fashion has a real sustainability problem, and the industry should take repair and resale seriously."""),

    # --- near pii / secret: public contacts, placeholders, security advice
    D("fin", "fb", "", """
If you get a text claiming to be from Acme Bank asking for your PIN, it's a scam. We will never ask for it. Report suspicious messages to our fraud line on +1 800 555 0199 or forward them to 7726."""),
    D("ret", "x", "", """
our new store is at 12 Market Square, open 7am-10pm every day. come and say hi 👋"""),
    D("tec", "rd", "", """
In the tutorial, replace SLACK_BOT_TOKEN=xoxb-your-token-here with your own token, and never commit the .env file. Put it in .gitignore on day one."""),
    D("tec", "x", "", """
the top three passwords in every breach list are still 123456, password and qwerty. use a password manager, people. it's 2025"""),
    D("gen", "fb", "", """
Guests at the café: the wifi password is on the chalkboard by the counter, or just ask the staff. Please don't ask me, I'm just here for the scones."""),
    D("npo", "li", "", """
For press enquiries about the Acme Foundation's winter appeal, please contact press@acmecorp.com. For volunteering, volunteers@acmecorp.com is the quickest way to reach the team."""),
    D("hea", "x", "", """
reminder from your friendly infosec nurse: don't write your EPR password on a sticky note on the monitor. yes, you. I saw it"""),
    D("man", "rd", "", """
Quick tip for anyone sharing config in forums: redact your keys properly. Something like AKIA**************** is fine; the first 8 characters of a real key are not "redacted"."""),
]

# Plain drafts: allowed, and nothing in them brushes against a category.
CLEAN_PLAIN = [
    D("gen", "x", "", """
rained all morning, sunny all afternoon, and I spent the whole afternoon in a meeting room with no windows. classic"""),
    D("gen", "fb", "", """
Finally finished the jigsaw that's been on the dining table since Christmas. 1,500 pieces, one missing, and the dog is the prime suspect 🐕🧩"""),
    D("gen", "ig", "", """
Sunday roast at my parents' 🍗 Mum still insists on making enough for twelve people when there are four of us."""),
    D("gen", "li", "", """
Small thing that made my week: a new colleague sent a thank-you note after I helped her with a spreadsheet. Write the note. It matters more than you think."""),
    D("gen", "rd", "", """
What's a good beginner sourdough recipe that doesn't need me to wake up at 4am? My starter is alive but I don't think it likes me."""),
    D("tec", "x", "", """
finally switched my terminal font and now I feel like a completely different programmer. productivity unchanged"""),
    D("tec", "li", "", """
Spent the afternoon pairing with an intern on her first pull request. She asked better questions than I did in my first year. The future of this field is in good hands."""),
    D("tec", "rd", "", """
What's everyone's favourite way to learn a new programming language? I've been doing exercism for Rust and it's slowly clicking."""),
    D("ret", "ig", "", """
Window display for the autumn season is done 🍁 took three of us and a very tall ladder, but we're proud of it."""),
    D("ret", "fb", "", """
Last shift before my maternity leave! Thank you to my lovely team for the cake, the balloons and the tiny socks. See you all next year 💕"""),
    D("ret", "x", "", """
the most popular question at the till today was "is it going to snow?" I do not know, Brenda. I work in a shop"""),
    D("hea", "ig", "", """
Team breakfast after a long night shift 🥞 nothing tastes better than pancakes at 8am when you haven't slept."""),
    D("hea", "li", "", """
Thrilled to have completed my master's in public health this year, mostly at the kitchen table between night shifts. Thank you to my family for their patience."""),
    D("hea", "fb", "", """
Our ward book club picked a thriller this month and now nobody can sleep between shifts. Recommendations for something gentler welcome 📚"""),
    D("fin", "li", "", """
Five years at Acme Bank today. What I've learned: the best meetings have an agenda, the best spreadsheets have a notes tab, and the best colleagues make time for coffee."""),
    D("fin", "x", "", """
forgot my lunch, forgot my umbrella, remembered my laptop charger. one out of three, growth"""),
    D("man", "fb", "", """
Retirement do for Pete tonight after 41 years at the plant. There'll be speeches, there'll be tears, and there'll definitely be the story about the forklift and the Christmas tree."""),
    D("man", "ig", "", """
Sunrise over the loading yard on the early shift 🌅 some mornings the job gives you a view."""),
    D("man", "li", "", """
Started a new role this week as maintenance planner. Looking forward to learning from a brilliant team and drinking a lot of canteen tea."""),
    D("npo", "ig", "", """
Our allotment group harvested its first pumpkins today 🎃 the kids named the biggest one Gerald."""),
    D("npo", "li", "", """
Proud to join the board of a local youth football club this month. Looking forward to helping with the fixtures and, apparently, washing a lot of kits."""),
    D("npo", "rd", "", """
How do other small charities handle volunteer rotas? We're still using a shared spreadsheet and it's getting messy. Any tools you'd recommend?"""),
    D("tec", "fb", "", """
Took the kids to the science museum today and my youngest spent an hour at the exhibit about bridges. Engineer in the making? 🌉"""),
    D("ret", "rd", "", """
Anyone got tips for standing on your feet all day? New to working in a shop and my feet are in bits after a week."""),
    D("gen", "x", "", """
the office plant I was told was "impossible to kill" is now, officially, dead. I have a gift"""),
]
