"""The language stage: text in, the parsed spaCy Doc and the word knowledge every later stage reads.

    text.read_article(path) -> Article;  nlp.parse(article, nlp) -> Parsed (clean text, offset map, Doc)
    lexicon.load_lexicon() -> Lexicon (graph/data/*.json, with the countries gazetteer)

    text.py           reading an article; its text cleaned for the parser, offsets mapped back
    nlp.py            the English spaCy pipeline, loaded once, with newsgraph's sentence rule
    joined_names.py   names of bodies the tagger cut at their "and", joined again
    dashed_names.py   names the tagger ran on over a spaced dash, cut where the dash begins
    lean_spacy.py     spaCy imported without its command line (graph.extract installs it)
    tokens.py         each Doc's Token objects, children and entities, made once
    syntax.py         small readings of the dependency parse: subjects, objects, prepositions
    misread_verbs.py  a reported clause whose verb the parser took for a participle
    lexicon.py        the knowledge of English news language, loaded from graph/data/*.json
    countries.py      the ISO 3166 gazetteer with the short forms and seats news uses

These import graph.model, graph.errors and each other, no later stage.
"""
