"""Who "he", "she" and "the home secretary" stand for: salience, gender agreement and the holder a title
names (graph/extract/reference/salience.py, used by reference/actors.py).

Each case is an invented sentence with the construction, run through the real pipeline; it asserts the
label of the person a pronoun (or a title) resolves to, or that it resolves to no one.
"""
from __future__ import annotations

import pytest


def _antecedent(nlp, text: str, word: str, nth: int = 0) -> str | None:
    """The label of the person the nth occurrence of `word` stands for, or None."""
    from graph.extract.entities.resolve import resolve_entities
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.mentions.find import find_mentions, heading_sentences
    from graph.extract.language.nlp import parse
    from graph.extract.reference.actors import make_context
    from graph.extract.language.text import article_from_text

    lex = load_lexicon()
    parsed = parse(article_from_text(text, name="snippet"), nlp)
    res = resolve_entities(parsed, find_mentions(parsed, lex), lex)
    ctx = make_context(parsed, res, lex, heading_sentences(parsed.doc))
    tokens = [t for t in parsed.doc if t.text == word]
    eid = ctx.antecedent.get(tokens[nth].i)
    return res.entities[eid].label if eid else None


@pytest.mark.parametrize("text, word, nth, who", [
    # gender: a woman named as an object, not the man in subject position
    ("Tom Hale praised Jane Roe on Monday. She said the fuel levy would hurt farmers.", "She", 0, "Jane Roe"),
    ("Mr Lane thanked Ms Drew after the vote. She said the toll was a mistake.", "She", 0, "Drew"),
    ("Margaret Osei met Peter Lund in Leeds. He said the toll was a mistake.", "He", 0, "Peter Lund"),
    # the previous sentence's main-clause subject, not the subject of what it reports
    ("Mark Ellis said Simon Page had been unfair to the unions. He stressed his party's commitment to lower fares.",
     "He", 0, "Mark Ellis"),
    # inside a quotation the speaker is "I": "he" is someone else
    ('Simon Page spoke first. Mark Ellis said: "He wants to cut rail fares and we will stop him."', "He", 0,
     "Simon Page"),
    # "..., he said": the one who reports, not a person named in the report
    ("Peter Lund rejected the bill. The changes proposed by Tom Hale were far too complex, he said.", "he", 0,
     "Peter Lund"),
    # a possessive names the person just named in its own sentence
    ("Ann Moss spoke first. The union congratulated Tom Hale on his new rail plan.", "his", 0, "Tom Hale"),
    # a pronoun in a clause or phrase put before the subject names that subject
    ("Tom Hale spoke first. Asked if she backed the toll, Ann Moss said she did not.", "she", 0, "Ann Moss"),
    ("Tom Hale spoke first. In his speech, Peter Lund attacked the toll.", "his", 0, "Peter Lund"),
    # an object pronoun is not its own clause's subject
    ("Ann Moss spoke at the rally. Later Tom Hale said the party would never abandon her.", "her", 0, "Ann Moss"),
])
def test_pronoun_antecedent(nlp, text, word, nth, who):
    assert _antecedent(nlp, text, word, nth) == who


@pytest.mark.parametrize("text, word", [
    # an unnamed speaker ("a senior economist") is who "he" is: no named person
    ("Tom Hale spoke on Monday. A senior economist at the bank said he expected rates to rise.", "he"),
    # no woman is named: "she" is nobody of the story
    ("Tom Hale spoke on Monday. A spokeswoman for the council said she welcomed the plan.", "she"),
])
def test_pronoun_without_named_antecedent(nlp, text, word):
    assert _antecedent(nlp, text, word) is None


def test_definite_title_is_its_named_holder(nlp):
    text = ("Home Secretary Jane Roe visited Leeds on Friday. Tom Hale, a local councillor, met her there. "
            "The home secretary said the curfew plan was sound.")
    assert _antecedent(nlp, text, "secretary") == "Jane Roe"


def test_definite_title_after_apposition(nlp):
    text = ("Jane Roe, the home secretary, visited Leeds. Tom Hale met her there. "
            "The home secretary said the curfew plan was sound.")
    assert _antecedent(nlp, text, "secretary", 1) == "Jane Roe"


@pytest.mark.parametrize("name, gender", [("margaret", "f"), ("john", "m"), ("theresa", "f"), ("gordon", "m")])
def test_given_name_genders(name, gender):
    from graph.extract.language.lexicon import load_lexicon
    assert load_lexicon().gender["names"][name] == gender


@pytest.mark.parametrize("name", ["leslie", "jean", "kim"])
def test_given_names_of_both_sexes_are_unknown(name):
    from graph.extract.language.lexicon import load_lexicon
    assert name not in load_lexicon().gender["names"]


def test_adjective_cue_holder_is_its_own_subject(build_text):
    """ "he said, claiming X and Y were committed to Z": X and Y are committed, not the one who claims it."""
    from conftest import has_triple, label_triples
    g = build_text("Peter Lund attacked the council. Its plans were reckless, he said, claiming Mary Cole "
                   "and Ann West were committed to closing the rail depot.")
    assert has_triple(g, "Mary Cole", "supports", "depot"), label_triples(g)
    assert not has_triple(g, "Peter Lund", "supports", "depot"), label_triples(g)
