"""Pronoun holders for groups and bodies (graph/extract/reference/plural_antecedents.py, it_subjects.py, context.py): a "they"
after a list of actors named out of subject position (the list may hang on a title apposed to its first name,
holder_parts.py), after a sentence with no subject between, or after a "they"
that already stood for the group; an "it" whose copula or auxiliary carries a side ("It is opposed to X"); the "we"
of a party's spokesperson, the party's line too (graph/extract/stance/find.py); the speaker named between a quotation
and a speech verb the parser left with no subject (speakers.py). Invented
sentences through the real pipeline; each with the triples a careful reader takes ("!" marks a holder that must
not take the side)."""
from __future__ import annotations

import pytest

from conftest import assert_held

CASES = [
    # a list of actors named as an object or an agent: "they" is each of them
    ("list", "The petition was drawn up by Rita Vance, Omar Hadley and Lena Fisk. They have all denounced the "
     "quarry tax.",
     [("rita vance", "opposes", "quarry tax"), ("omar hadley", "opposes", "quarry tax"), ("lena fisk", "opposes", "quarry tax")]),
    ("list", "The governor received Rita Vance and Omar Hadley at noon. They told her they opposed the quarry tax.",
     [("rita vance", "opposes", "quarry tax"), ("omar hadley", "opposes", "quarry tax")]),
    ("list", "The march was led by the Dockers Guild and the Millers Federation. They reject the quarry tax.",
     [("dockers guild", "opposes", "quarry tax"), ("millers federation", "opposes", "quarry tax")]),
    ("list", "The appeal was backed by Green MP Rita Vance, Tory peer Omar Hadley and Lena Fisk, the mayor of Tarn. "
     "They reject the quarry tax.",
     [("rita vance", "opposes", "quarry tax"), ("omar hadley", "opposes", "quarry tax"), ("lena fisk", "opposes", "quarry tax")]),
    ("list", "Green MP Rita Vance, Tory peer Omar Hadley and Lena Fisk reject the quarry tax.",
     [("rita vance", "opposes", "quarry tax"), ("omar hadley", "opposes", "quarry tax"), ("lena fisk", "opposes", "quarry tax")]),
    # a chain of "they": the group goes on
    ("chain", "Rita Vance and Omar Hadley toured the harbour. They said the visit had gone well. They also denounced "
     "the quarry tax.",
     [("rita vance", "opposes", "quarry tax"), ("omar hadley", "opposes", "quarry tax")]),
    # two sentences back, over a sentence of one speaker that no plural "they" can stand for
    ("back", "Rita Vance and Omar Hadley addressed miners in Tarn. \"It is a bleak hour,\" said Ms Vance. They both "
     "denounced the quarry tax.",
     [("rita vance", "opposes", "quarry tax"), ("omar hadley", "opposes", "quarry tax")]),
    # "it" with a side its copula or auxiliary carries
    ("it-copula", "The Millers Federation has 9,000 members. It is strongly opposed to the quarry tax.",
     [("millers federation", "opposes", "quarry tax")]),
    ("it-copula", "The Dockers Guild was set up in 1911. It is against the quarry tax.",
     [("dockers guild", "opposes", "quarry tax")]),
    ("it-copula", "The Dockers Guild met the mayor on Tuesday. It is unhappy with the quarry tax.",
     [("dockers guild", "opposes", "quarry tax")]),
    # "we" of a party's spokesperson: the party's line as well as theirs
    ("we-spokes", "Lena Fisk, the Green Party's fisheries spokeswoman, said: \"We will abolish the quarry tax.\"",
     [("lena fisk", "opposes", "quarry tax"), ("green party", "opposes", "quarry tax")]),
    ("we-spokes", "\"We would abolish the quarry tax,\" said Green Party fisheries spokesman Omar Hadley.",
     [("omar hadley", "opposes", "quarry tax"), ("green party", "opposes", "quarry tax")]),
    # the speaker of a quotation the parser left the speech verb no subject of: the ones named between
    ("stranded-speaker", "Miners are angry about the quarry tax.\n\"I reject the quarry tax,\" one miner, Omar Hadley, "
     "said.",
     [("omar hadley", "opposes", "quarry tax")]),
    # not the group or the body
    ("not", "Lena Fisk, a Green Party MP, said: \"We are all against the quarry tax.\"",
     [("lena fisk", "opposes", "quarry tax"), ("!green party", "opposes", "quarry tax")]),
    ("not", "Rita Vance and Omar Hadley opened the depot. Local farmers gathered outside. They denounced the "
     "quarry tax.",
     [("!rita vance", "opposes", "quarry tax")]),
    ("not", "The Dockers Guild met on Friday. It is vital to scrap the quarry tax, Mr Hadley said.",
     [("!dockers guild", "opposes", "quarry tax")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"{tag}:{t[:40]}") for tag, t, e in CASES])
def test_pronoun_groups(build_text, text, expected):
    assert_held(build_text(text), expected)
