"""Actors the tagger names once: a body's letters recur untagged and still name the body.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


def _structure(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements
            if s.relation in ("holds", "member_of")}


@pytest.mark.parametrize("text", [
    "The Nordmark Ferry Operators Association (NFOA) says no passenger was asked about the fares. "
    "Olaf Brenne, NFOA head of planning, said so on Monday. "
    "The NFOA's Mr Brenne also warned that prices would rise.",
], ids=["acronym-possessive"])
def test_letters_defined_after_a_name_recur_as_the_body(build_text, text):
    g = build_text(text)
    assert ("Olaf Brenne", "member_of", "Nordmark Ferry Operators Association") in _structure(g)


def test_only_letters_recur(nlp):
    # a longer name recurring untagged is as often another thing named alike; a state has its own lexicon
    from graph.extract.mentions.recurring import _acronym
    assert _acronym(("NFOA",)) and not _acronym(("Nordmark",)) and not _acronym(("A",)) \
        and not _acronym(("Nordmark", "Bank")) and not _acronym(("G7",))


@pytest.mark.parametrize("text, name", [
    ("A Department for Roads and Harbours spokeswoman said the toll was fair.", "Department for Roads and Harbours"),
    ("Officials at the Office of Fair Lending said the rule would stay.", "Office of Fair Lending"),
], ids=["department-for", "office-of"])
def test_a_kind_of_body_of_a_named_field_is_a_body(build_text, text, name):
    g = build_text(text)
    assert any(e.type == "institution" and e.label == name for e in g.entities)


def test_a_university_its_field_and_a_professor(build_text):
    # NER runs the body and its field together, or the body, the field, the title and the name
    g = build_text("Exports fell again in May. Lund University Economics Professor Nils Berg told Reuters.")
    assert ("Nils Berg", "member_of", "Lund University") in _structure(g)
    assert not any("Economics" in e.label for e in g.entities)


def test_a_name_joined_to_an_organisations_is_one_too(nlp):
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.mentions.find import find_mentions
    from graph.extract.language.nlp import parse
    from graph.extract.language.text import article_from_text

    text = "Fares rose in May. The regulator wrote to the operators Vodafone and Telia-Nord to challenge the rates they charge."
    parsed = parse(article_from_text(text, name="snippet"), nlp)
    assert "Telia-Nord" in [m.text for m in find_mentions(parsed, load_lexicon()) if m.type == "institution"]


def test_two_people_ner_made_one_firm_of(nlp):
    # "Roe and Vale" tagged as one organisation, where both names are people the article names
    from spacy.tokens import Span

    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.mentions.find import find_mentions
    from graph.extract.language.nlp import parse
    from graph.extract.language.text import article_from_text

    text = ('A court ruled that Tom Lindqvist had fed tips to Ann Moreau. '
            '"Under cover of the law, Lindqvist and Moreau used the tools for their own ends," the judge said.')
    parsed = parse(article_from_text(text, name="snippet"), nlp)
    doc = parsed.doc
    k = next(t.i for t in doc if t.text == "Lindqvist" and doc[t.i + 1].text == "and")
    doc.ents = [e for e in doc.ents if e.end <= k or e.start >= k + 3] + [Span(doc, k, k + 3, label="ORG")]
    found = find_mentions(parsed, load_lexicon())
    assert not any(m.type == "institution" and "Lindqvist" in m.text for m in found)
    assert {m.text for m in found if m.type == "person" and m.tok_start in (k, k + 2)} == {"Lindqvist", "Moreau"}


def test_a_lead_names_the_body_by_its_sort(build_text):
    g = build_text("A levy on ferry tickets should not come in yet, the shipping watchdog has said. In a report, the "
                   "Maritime Fares Commission says a levy is worth a debate but not now. Later, says the watchdog, "
                   "the question may come back.")
    bodies = [e for e in g.entities if e.type == "institution"]
    assert [e.label for e in bodies] == ["Maritime Fares Commission"]
    assert "shipping watchdog" in bodies[0].aliases


def test_words_in_capitals_are_no_person(nlp):
    # a headline in capitals NER read as a name: the text never writes it otherwise
    from spacy.tokens import Span

    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.mentions.find import find_mentions
    from graph.extract.language.nlp import parse
    from graph.extract.language.text import article_from_text

    text = "Traders sold the currency on Friday. RATES CLIMB AGAIN as dealers sold, they said."
    parsed = parse(article_from_text(text, name="snippet"), nlp)
    doc = parsed.doc
    k = next(t.i for t in doc if t.text == "RATES")
    doc.ents = [e for e in doc.ents if e.end <= k or e.start >= k + 2] + [Span(doc, k, k + 2, label="PERSON")]
    assert not any(m.type == "person" and m.text.isupper() for m in find_mentions(parsed, load_lexicon()))


def _stance(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements
            if s.relation in ("supports", "opposes", "warns")}


@pytest.mark.parametrize("text, holder, target", [
    ("Drummond Holdings plans a takeover of Korvex Corp this year. Korvex opposed the takeover.",
     "Korvex Corp", "takeover of Korvex Corp"),
    ("Halvard Shipping Ltd reported lower profits for the year. Halvard said it backed the new harbour levy.",
     "Halvard Shipping Ltd", "new harbour levy"),
], ids=["corp", "ltd-said-it"])
def test_a_firm_named_without_its_legal_form_is_the_firm(build_text, text, holder, target):
    assert (holder, "opposes" if "opposed" in text else "supports", target) in _stance(build_text(text))


def _mentions_with_ents(nlp, text, word, label):
    """The mentions of `text` when the tagger calls the second `word` a `label` (forced: the small model's tags of
    a name vary with its context)."""
    from spacy.tokens import Span

    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.mentions.find import find_mentions
    from graph.extract.language.nlp import parse
    from graph.extract.language.text import article_from_text

    parsed = parse(article_from_text(text, name="snippet"), nlp)
    doc = parsed.doc
    k = [t.i for t in doc if t.text == word][-1]
    doc.ents = [e for e in doc.ents if e.end <= k or e.start > k] + [Span(doc, k, k + 1, label=label)]
    return k, find_mentions(parsed, load_lexicon())


def test_a_firms_short_name_tagged_a_person_is_the_firm(nlp):
    k, found = _mentions_with_ents(nlp, "Ostvik Inc cut its forecast on Monday. Ostvik said it would sell "
                                        "two ferries.", "Ostvik", "PERSON")
    assert [m.type for m in found if m.tok_start == k] == ["institution"]


def test_a_person_of_the_same_name_stays_a_person(nlp):
    # the story names a person with more words: the short name may be hers
    k, found = _mentions_with_ents(nlp, "Ostvik Inc cut its forecast on Monday, said Lena Ostvik. Later "
                                        "Ostvik said it would sell two ferries.", "Ostvik", "PERSON")
    assert [m.type for m in found if m.tok_start == k] == ["person"]
