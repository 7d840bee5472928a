"""Stance in quotations and reported speech, the kind BBC copy writes (issue 10): speech that runs on past
its attribution. Each case is an invented sentence run through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples


def _stance(graph) -> set[tuple[str, str, str]]:
    return {t for t in label_triples(graph) if t[1] in ("supports", "opposes", "warns")}


@pytest.mark.parametrize("text,subject,relation,obj", [
    # reported speech backshifted to "would"/"could" goes on in the next sentence, unquoted
    ("Senator Mara Holt said the council would vote on the grazing levy in March. "
     "The levy would cost hundreds of jobs.", "Mara Holt", "warns", "levy"),
    ("The Farmers' Union of Ruritania said the council would vote on the grazing levy in March. "
     "The new levy could damage the rural economy, and might drive young farmers away.",
     "Farmers' Union of Ruritania", "warns", "levy"),
])
def test_reported_speech_runs_on(build_text, text, subject, relation, obj):
    assert has_triple(build_text(text), subject, relation, obj)


@pytest.mark.parametrize("text", [
    # the writer's own facts, in the indicative, are nobody's speech
    "Senator Mara Holt said the council would vote on the grazing levy in March. "
    "The levy was approved in 2019 and cost hundreds of jobs.",
    # a prediction that judges nothing
    "Senator Mara Holt said the council would vote on the grazing levy in March. "
    "The levy would be collected by the council.",
])
def test_run_on_speech_needs_a_judgement(build_text, text):
    assert _stance(build_text(text)) == set()


@pytest.mark.parametrize("text", [
    # an act of telling with no words reported ("told X of Y") has nothing for the next sentence to go on with
    "Senator Mara Holt told the council of her decision on Friday. The levy would cost hundreds of jobs.",
    "The Farmers' Union of Ruritania told ministers of its plans on Monday. The new levy could damage the rural economy.",
], ids=["told-of-decision", "told-of-plans"])
def test_run_on_speech_needs_words_reported_before(build_text, text):
    assert _stance(build_text(text)) == set()


@pytest.mark.parametrize("text,subject,relation,obj", [
    # an effect said as a fact, not predicted, judges its cause
    ("The Farmers Union said the grazing levy hurts small farms.", "Farmers Union", "opposes", "grazing levy"),
    ("The grazing levy damages the rural economy, the Farmers Union said.", "Farmers Union", "opposes",
     "grazing levy"),
    ("The Farmers Union said the grazing levy helps small farms.", "Farmers Union", "supports", "grazing levy"),
    # a good word denied judges against
    ("Tom Roe said the grazing levy was not fair.", "Tom Roe", "opposes", "grazing levy"),
    ('"The grazing levy is not workable," said Tom Roe.', "Tom Roe", "opposes", "grazing levy"),
    # a colon opens the quotation of the clause's subject, whatever the verb before it
    ('Tom Roe was blunt: "The grazing levy is a disgrace."', "Tom Roe", "opposes", "grazing levy"),
    ('The Farmers Union was in no doubt: "This levy will hurt every farm in Ruritania."', "Farmers Union",
     "warns", "levy"),
])
def test_quoted_and_reported_judgements(build_text, text, subject, relation, obj):
    assert has_triple(build_text(text), subject, relation, obj)


@pytest.mark.parametrize("text", [
    # an effect with no object states what happens, not what it does to anyone
    "The Farmers Union said the vote on the grazing levy will happen in May.",
    # a bad thing nobody chose is no side
    "The Farmers Union said the drought hurts small farms.",
    # a bad word denied takes no side the word names
    "Tom Roe said the grazing levy was not unfair.",
])
def test_no_judgement_read(build_text, text):
    assert _stance(build_text(text)) == set()


def test_denied_praise_names_no_good_thing(build_text):
    """ "the levy is not a good idea": against the levy, and no "good idea" backed."""
    triples = _stance(build_text("Tom Roe said the grazing levy was not a good idea."))
    assert ("Tom Roe", "opposes", "grazing levy") in triples
    assert not any(r == "supports" for _, r, _ in triples)


def test_speech_verb_inside_a_quotation_names_no_speaker():
    """ '"... parties tend to do so because they fear a hit," he said': "they fear" is quoted, not an attribution."""
    from graph.extract.entities.resolve import resolve_entities
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.mentions.find import find_mentions
    from graph.extract.language.nlp import load_pipeline, parse
    from graph.extract.reference.actors import make_context
    from graph.extract.mentions.spans import heading_sentences
    from graph.extract.stance.speech.speakers import find_speakers
    from graph.extract.language.text import article_from_text
    text = ("Tom Roe of the Farmers Union spoke on Monday.\n\n"
            '"The Greens say they care about farms, but they vote against us every time," he said.')
    lex = load_lexicon()
    parsed = parse(article_from_text(text, name="x"), load_pipeline())
    res = resolve_entities(parsed, find_mentions(parsed, lex), lex)
    ctx = make_context(parsed, res, lex, heading_sentences(parsed.doc))
    find_speakers(ctx)
    assert [ctx.speaker.get(si) for si in range(len(ctx.sents))][-1] == ["person/tom-roe"]


@pytest.mark.parametrize("text", [
    # a claim not made is no side
    "Tom Roe did not say how much the grazing levy would cost farmers.",
    "Tom Roe declined to say whether the grazing levy would hurt farmers.",
    "Tom Roe would not say if the grazing levy was fair.",
])
def test_unsaid_claims_take_no_side(build_text, text):
    assert _stance(build_text(text)) == set()


def test_quotation_after_reported_speech_is_the_reporters(build_text):
    """ 'Roe said ... \\n\\n "It will hurt every farm."': a quotation no one is named in, right after one's reported
    speech, goes on in the same voice."""
    text = ("Farm minister Ana Varga announced the grazing levy on Monday.\n\n"
            "Tom Roe, head of the Farmers Union, said the union had studied the levy.\n\n"
            '"The levy is a disgrace and it will hurt every farm in the valley."')
    assert has_triple(build_text(text), "Tom Roe", "opposes", "levy")


@pytest.mark.parametrize("text,subject,obj", [
    # a denied act backs nothing: an inverted "neither", "no question of" doing it
    ("The union did not want a ban. Neither did the Farmers Union support the grazing levy.", "Farmers Union",
     "grazing levy"),
    ("Tom Roe said there could be no question of Ruritania adopting another grazing levy.", "Ruritania",
     "grazing levy"),
    # "see" judges only with "as": having seen statements is no praise of them
    ('Tom Roe, the head of the Farmers Union, spoke in Eastfield on Monday. He said: "Over the past month I have '
     'seen many letters from leading members of this council insisting the town must have the right of '
     'appeal."', "Tom Roe", "letters"),
])
def test_denied_or_perceived_backs_nothing(build_text, text, subject, obj):
    assert not has_triple(build_text(text), subject, "supports", obj)


def test_see_as_judges(build_text):
    assert has_triple(build_text("Tom Roe sees the grazing levy as a mistake."), "Tom Roe", "opposes", "grazing levy")


def test_a_clause_said_to_be_the_point_is_not_judged(build_text):
    """ "the clever thing about X is that all the good things come first": the good words are in what follows."""
    graph = build_text('Tom Roe said "the clever thing about this grazing levy is that all the good things come '
                       'before the election".')
    assert not any(r == "supports" for _, r, _ in _stance(graph))


@pytest.mark.parametrize("text,relation", [
    # a noun of less turns what it counts
    ("Tom Roe said the grazing levy would pave the way for a fall in interest rates.", "supports"),
    ("Tom Roe said the grazing levy would lead to a rise in interest rates.", "warns"),
    ("Tom Roe said the grazing levy would raise £5m for rural schools.", "supports"),
])
def test_what_a_consequence_counts(build_text, text, relation):
    assert _stance(build_text(text)) == {("Tom Roe", relation, "grazing levy")}


def test_money_counted_in_cuts_is_no_money_raised(build_text):
    graph = build_text("Tom Roe said the grazing levy would mean £5m in cuts to rural schools.")
    assert not any(r == "supports" for _, r, _ in _stance(graph))
