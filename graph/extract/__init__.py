"""The extraction pipeline: text -> spaCy Doc -> mentions -> entities -> statements -> ArticleGraph.

Read build.py first: it is the chain, each stage a plain function of the previous one's output.
Modules here import each other, the shared model/errors/vocab above, and graph/data; never the writers.
"""
from .lean_spacy import install

install()  # before any stage imports spaCy: see lean_spacy
