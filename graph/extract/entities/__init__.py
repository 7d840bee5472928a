"""Entities: mentions grouped into one canonical node per real person, office or body, and the ids that say what
is one thing across articles.

    resolve.resolve_entities(parsed, mentions, lex) -> Resolution (entities, each mention's entity)
    scope.scope_offices(...), identity.person_merges(...)   ids and merges across articles

    resolve.py      resolve_entities: mentions grouped into one node per real thing; slug, ids
    body_groups.py  mentions of one body grouped under one key, however the article names it
    epithets.py     which body a press epithet points back to, as its own words say ("the German group")
    spelling.py     one person whose name the article spells two ways ("Dana Whitcombe ... Ms Whitcomb")
    short_firms.py  a firm named in full, then by its first word alone ("Dalton Industries Inc ... Dalton said")
    scope.py        ids that hold across articles: whose office a title names, named positions
    posts.py        one post its holder is named in twice, bare and in full ("President", "Russian President")
    body_scope.py   ids of bodies named only by their sort ("the government", "critics"): the article's own
    identity.py     which nodes of different articles are one thing (people, look-alike positions)

These import language/, mentions/ (names, recurring) and graph.model.
"""
