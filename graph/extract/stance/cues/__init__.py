"""Cue readers: the stance cue words of graph/data/stance.json (verbs, phrasal verbs, nouns, adjectives,
idioms) read in the parse with their holders and target, each a generator of Frames for one sentence.

    verb_frames.py    verb and phrasal-verb cues with their holders and target
    verb_clauses.py   the clauses around a verb cue: conditions, mandatives, purposes
    verb_objects.py   what a verb cue's object or object clause says
    verb_phrases.py   the words around a verb cue ("called it a disgrace", "voted in favour of")
    cue_nouns.py      noun cues ("her opposition to X", "opponents of X", "Roe's savings")
    received.py       a noun cue received by its subject ("won the backing of X", "with the support of X")
    adj_cues.py       adjective cues ("alarmed by the reform", "opposed to the levy")
    phrasal_nouns.py  nouns of the phrasal stance verbs ("the campaign against the levy")
    idioms.py         idioms and light-verb phrases ("poured scorn on", "the green light")
    market_sense.py   a cue's words said of a market or a firm's own task ("growing demand for oil", "found it hard to")
"""
