"""Mentions: the spans of a parsed article that name a person, an office or an institution.

    find.find_mentions(parsed, lex) -> [Mention]

    find.py           find_mentions: every finder run over the Doc
    spans.py          span helpers the finders share: headings, name runs, named policies
    names.py          people's names, corrected by titles and honorifics
    titles.py         offices: titles and posts, apart from who holds them
    bodies.py         institutions: organisations, parties, governments, states, seats, blocs
    body_keys.py      the key a body named by its sort is grouped under: the words that say which
    parties.py        party names and plurals, "D-Ohio" letters, seats standing for a government
    blocs.py          blocs of states named by their number ("G-7", "the Group of 24")
    factions.py       a party's wings and local branches, bodies of their own
    crowds.py         a plural agent noun that takes a side, as a collective actor
    recurring.py      a body's name tagged once is the same body where it recurs untagged
    listed_bodies.py  organisations in a list beside another are of its sort, or a body noun's examples
    body_signs.py     a name tagged a person's that the text gives shares or profits is a body's
    employers.py      the company named before an occupation and a person ("Kestrel economist Ann Vale")

These import language/, graph.model and each other.
"""
