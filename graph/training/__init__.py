"""Learning from annotated articles: the stance scorer's training (train_scorer), the edges of a build judged
against gold files (edge_verdicts) and the precision of confidence bands (confidence_report); and the
WordNet noun classes of graph/data/noun_classes.json written from WordNet's own files (wordnet_classes); and
the states' demonyms of graph/data/demonyms.json written from a published table (demonyms).

Tools for the people who improve extraction, run by `make train` and `make bands`; nothing in the pipeline
imports them. They import graph.extract (to build), graph.io (node-link records) and graph.model.
"""
