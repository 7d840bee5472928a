"""The extraction pipeline: text -> spaCy Doc -> mentions -> entities -> statements -> ArticleGraph.

Read build.py first: it is the chain, each stage a plain function of the previous one's output. The stages are
subpackages, in the order data flows; each imports only those before it (tests/test_layout.py):

    language/    text -> Parsed (clean text, offsets, spaCy Doc); the lexicon of graph/data
    mentions/    Doc -> Mention spans of people, offices and bodies
    entities/    mentions -> one Entity per real thing; ids that hold across articles
    reference/   -> Context: what each pronoun, description and list stands for
    structure/   Context -> holds and member_of statements
    policies/    what names a policy: heads, phrase spans, Positions
    stance/      Context -> Frames (cue, holders, target, side): cues/, constructions/, speech/
    statements/  Frames -> positions and stance statements with their confidence

Modules here import each other, the shared model/errors/vocab above, and graph/data; never the writers.
"""
from .language.lean_spacy import install

install()  # before any stage imports spaCy: see lean_spacy
