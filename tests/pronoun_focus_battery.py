"""A battery of third-person singular pronouns read for the person in focus (issue 10): "he", "his", "she", "him"
inside words another person reports or quotes stand for the one talked about, not the speaker; a possessive in the
reason or the reported clause of a verb acting on a person is that person's; an object pronoun is never its own
verb's subject; "she" takes a woman the story names as one before a person of unknown sex, and never a man
the story told of with "he". Invented sentences; each with the triples a careful reader takes, as (holder,
relation, target) label fragments (lower case, substrings, "|" for alternatives); a holder written "!name" must
not take that side."""

BATTERY = [
    # --- words reported by a speaker named after them: the pronoun is the one the speaker talks about
    ("reported-after", "Anna Berg said Paul Ward was wrong about the toll road. He had backed the toll road in secret, "
     "Ms Berg added.",
     [("paul ward", "supports", "toll road"), ("!berg", "supports", "toll road")]),
    ("reported-after", "Tom Kent attacked Paul Ward on Monday. His plan to sell the forests was reckless, Mr Kent said.",
     [("paul ward", "supports", "sell the forests"), ("tom kent", "opposes", "sell the forests"),
      ("!kent", "supports", "sell the forests")]),
    ("reported-after", "Greta Lind defended the ferry subsidy. Omar Price, a councillor, said Ms Lind was mistaken. "
     "She had ignored the islanders, Mr Price said, and she still backs the ferry subsidy.",
     [("greta lind", "supports", "ferry subsidy"), ("!price", "supports", "ferry subsidy")]),
    # --- the source of an "according to" is not the pronoun of its clause
    ("according-to", "Tom Kent has accused Paul Ward of lying. According to Mr Kent, he backed the fuel levy in private.",
     [("paul ward", "supports", "fuel levy"), ("!kent", "supports", "fuel levy")]),
    # --- a quotation said by "he": the "he" inside it is the other man
    ("quoted-he", 'Paul Ward hit back at Tom Kent on Tuesday. "He has always opposed the rail plan," he said.',
     [("tom kent", "opposes", "rail plan"), ("!ward", "opposes", "rail plan")]),
    # --- a sentence after an unattributed quotation goes on about its speaker
    ("after-quote", 'Tom Kent spoke in Leeds on Monday. "Paul Ward has let the farmers down." He said he opposed the '
     "fuel levy.",
     [("tom kent", "opposes", "fuel levy"), ("!ward", "opposes", "fuel levy")]),
    # --- a pronoun after a quotation of several sentences goes on about the one the narrator followed, not a
    # person named inside the quotation
    ("over-quote", 'Tom Kent told the conference that ministers had failed commuters. He promised cheaper rail fares. '
     '"I grew up in a small town. If the young Tom Kent were looking for work now, Alan Price would hire me."\n\n'
     "Later he underlined his party's pledge to cut fees for students.",
     [("tom kent", "supports", "cut fees"), ("!price", "supports", "cut fees")]),
    ("over-quote", 'Greta Lind spoke to farmers in Carlisle on Friday. "My mother kept sheep. Omar Price once told '
     'her to sell the flock. She refused, and so will I. We will not be beaten."\n\n'
     "She also backed a ban on imported lamb.",
     [("greta lind", "supports", "ban on imported lamb"), ("!price", "supports", "ban on imported lamb")]),
    # --- a possessive in the reason or the reported clause of a verb acting on a person is that person's
    ("object-owner", "Tom Kent criticised Paul Ward for his plan to sell the forests.",
     [("paul ward", "supports", "sell the forests"), ("!kent", "supports", "sell the forests")]),
    ("object-owner", "Tom Kent warned Paul Ward that his plan to sell the forests would cost jobs.",
     [("paul ward", "supports", "sell the forests"), ("tom kent", "warns", "sell the forests"),
      ("!kent", "supports", "sell the forests")]),
    ("object-owner", "Tom Kent thanked Paul Ward for his support of the rail plan.",
     [("paul ward", "supports", "rail plan"), ("!kent", "supports", "rail plan")]),
    ("object-owner", "Tom Kent accused Paul Ward of breaking his promise on the rail plan.",
     [("paul ward", "supports", "rail plan"), ("!kent", "supports", "rail plan")]),
    # --- an object pronoun is never the subject of its own verb
    ("object-pronoun", "Tom Kent spoke after Paul Ward. Mr Ward then attacked him.",
     [("paul ward", "opposes", "kent")]),
    # --- "she" and a woman named as one, not a person of unknown sex
    ("she-named", "Anna Berg has proposed a tax on sugar. Chris Lee said it was unfair. She defended the tax on sugar "
     "on Monday.",
     [("anna berg", "supports", "tax on sugar"), ("chris lee", "opposes", "tax on sugar"),
      ("!lee", "supports", "tax on sugar")]),
    # --- a man the story tells is one ("X said he would ...") is no later "she"
    ("told-gender", "Ngozi Eze backed the fuel levy on Monday. Arjun Mehta said he would vote against it. She later "
     "praised the fuel levy.",
     [("ngozi eze", "supports", "fuel levy"), ("arjun mehta", "opposes", "fuel levy"), ("!mehta", "supports", "fuel levy")]),
]
