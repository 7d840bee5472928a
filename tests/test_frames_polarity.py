"""The side a speaker takes by the polarity of what they say of an actor (graph/extract/stance/speech/polarity.py, VADER's lexicon):
invented sentences through the real pipeline, and the guards that keep a report of facts, another's claim,
a prediction or a condition from reading as a judgement."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    # the possessor of the subject is judged by what it has
    ('"Tom Okafor\'s arrogance has been his undoing," said Senator Mara Holt.', "Mara Holt", "opposes",
     "Tom Okafor"),
    # a verb that takes away a good thing is bad
    ("Senator Mara Holt said the Green Party had lost the confidence of voters.", "Mara Holt", "opposes",
     "Green Party"),
    ("Senator Mara Holt said Tom Okafor had shown great courage and honesty.", "Mara Holt", "supports",
     "Tom Okafor"),
    ("Senator Mara Holt said the Green Party shows great care and kindness to families.", "Mara Holt", "supports",
     "Green Party"),
    # each actor of a coordinated subject is judged
    ("Senator Mara Holt said the Green Party and Tom Okafor had lost the confidence of voters.", "Mara Holt",
     "opposes", "Tom Okafor"),
    # a participle that takes away turns its noun round: "lost trust" is bad, not good
    ('Senator Mara Holt said: "The Green Party\'s rule has been characterised by lost trust and failure."',
     "Mara Holt", "opposes", "Green Party"),
    # a view judged is its owner judged
    ("Senator Mara Holt said Tom Okafor's view that no deal was possible was flawed.", "Mara Holt", "opposes",
     "Tom Okafor"),
    ("Senator Mara Holt said Tom Okafor's proposal was sensible.", "Mara Holt", "supports", "Tom Okafor"),
    # a negation flips the words under it
    ("Senator Mara Holt said the Green Party had not shown great courage.", "Mara Holt", "opposes", "Green Party"),
    # what another is said to claim is theirs
    ("Senator Mara Holt said Tom Okafor claimed the Green Party had lost the confidence of voters.", "Tom Okafor",
     "opposes", "Green Party"),
    # a quotation's speaker named after it
    ('Senator Mara Holt spoke next. "The Green Party has lost the confidence of voters," she said.', "Mara Holt",
     "opposes", "Green Party"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_polarity_frame(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_STANCE = [
    # reported speech of a third party is theirs, not the reporter's
    ("Senator Mara Holt said Tom Okafor claimed the Green Party had lost the confidence of voters.", "Mara Holt",
     "opposes", "Green Party"),
    # a question, a condition, a prediction keep their own reading
    ("Senator Mara Holt asked whether the Green Party had lost the confidence of voters.", "Mara Holt", "opposes",
     "Green Party"),
    ("Senator Mara Holt said that if the Green Party lost the confidence of voters, it would fall.", "Mara Holt",
     "opposes", "Green Party"),
    ("Senator Mara Holt said the Green Party would lose the confidence of voters.", "Mara Holt", "opposes",
     "Green Party"),
    # a hope is no judgement
    ("Senator Mara Holt said the Green Party hoped for great success.", "Mara Holt", "supports", "Green Party"),
    ("Senator Mara Holt said the Green Party hoped to win great support.", "Mara Holt", "supports", "Green Party"),
    # advice to the subject is no judgement of it
    ("Senator Mara Holt suggested the Green Party shows great care and kindness to families.", "Mara Holt",
     "supports", "Green Party"),
    # a degree word scales a judgement, it adds none
    ('Senator Mara Holt said: "Tom Okafor is perfectly entitled to pose with his family."', "Mara Holt",
     "supports", "Tom Okafor"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_STANCE)
def test_no_polarity_frame(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_speaker_is_not_judged(build_text):
    """ "Holt said she had lost the confidence of voters": in reported speech the pronoun is the speaker."""
    graph = build_text("Senator Mara Holt said she had lost the confidence of voters.")
    assert not any(rule == "speech-polarity" for rule in (s.rule for s in graph.statements))


def test_generic_speakers_take_no_side(build_text):
    graph = build_text("Analysts said Tom Okafor had lost the confidence of voters.")
    assert not any(s.rule == "speech-polarity" for s in graph.statements), sorted(label_triples(graph))


def test_rule_name(build_text):
    graph = build_text("Senator Mara Holt said the Green Party had lost the confidence of voters.")
    assert [s.rule for s in graph.statements if s.relation == "opposes"] == ["speech-polarity"]


def test_vader_lexicon():
    """VADER's lexicon is read from the installed package: words of judgement with their sign, no emoticons."""
    from graph.extract.stance.speech.polarity import valences
    lex = valences()
    assert len(lex) > 6000
    assert lex["superb"] > 2 and lex["arrogance"] < -2 and lex["confidence"] > 0
    assert all(w.isalpha() for w in lex)
