"""A wire story's headline in capitals ("KESTREL PLANS TO CUT FARES TO WIN PASSENGERS") says again, in words cut to
fit, what its story says: no stance is read from it, and a run of capitals the tagger takes for a body is none unless
the story writes it otherwise. What the story's own sentences say is read as ever. Articles of our own."""
from __future__ import annotations

from conftest import stance_triples

STORY = """NORLAND PLANS TO OPEN MARKETS TO EASE TRADE PRESSURE

HAVEN, March 11 - Norland will open its rice market to foreign growers, trade minister Ada Lund said.
Lund said the government backed the opening of the rice market.
"""

CAPS_RULES = """U.S., CANADA AGREE NEW LUMBER TARIFF RULES

HAVEN, March 4 - The central banks of Estavia and Norland have agreed joint standards for bank capital.
The Norland central bank said the standards would protect depositors.
"""


def test_no_stance_from_a_headline_in_capitals(build_text):
    graph = build_text(STORY)
    evidence = [s.evidence.sentence for s in graph.statements]
    assert evidence and not any(e.isupper() for e in evidence), evidence
    labels = [e.label for e in graph.entities]
    assert not any(label.isupper() and " " in label for label in labels), labels


def test_the_story_below_the_headline_is_read(build_text):
    triples = stance_triples(build_text(STORY))
    assert any(h == "government" and r == "supports" and "rice market" in t for h, r, t in triples), sorted(triples)


def test_a_headline_names_no_policy_of_its_own(build_text):
    labels = [e.label for e in build_text(CAPS_RULES).entities]
    assert not any(label.isupper() and " " in label for label in labels), labels


def test_a_body_named_in_capitals_and_in_the_story_stays(build_text):
    text = "OPEC MINISTERS MEET IN VIENNA\n\nVIENNA, June 3 - OPEC ministers opposed any rise in the output ceiling.\n"
    triples = stance_triples(build_text(text))
    assert any(h == "OPEC" and r == "opposes" for h, r, _ in triples), sorted(triples)


def test_capitals_the_tagger_takes_for_a_body_are_none(nlp):
    """The small model tags a headline's run of capitals as an organisation now and then; the run is dropped
    unless the story writes it otherwise (the tagging is set by hand here, as the model gives it on wire copy)."""
    from spacy.tokens import Span

    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.language.nlp import parse
    from graph.extract.mentions.find import find_mentions
    from graph.model import Article

    text = "CANADA, NORLAND AGREE JOINT LUMBER RULES\n\nHAVEN, March 4 - Norland Timber Corp backed the rules.\n"
    parsed = parse(Article("wire", text), nlp)
    doc = parsed.doc
    run = next(i for i, t in enumerate(doc) if t.text == "NORLAND")
    doc.ents = [e for e in doc.ents if e.end <= run or e.start >= run + 5] + [Span(doc, run, run + 5, label="ORG")]
    doc.ents = sorted(doc.ents, key=lambda e: e.start)
    labels = [m.text for m in find_mentions(parsed, load_lexicon())]
    assert not any("AGREE" in label for label in labels), labels
    assert any("Norland Timber" in label for label in labels), labels
