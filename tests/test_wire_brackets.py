"""Reuters' house style of the 1980s brackets a company with no listed shares ("<Kestrel Capital Corp> said") and a
listed one's ticker ("Marlow Industries Inc <MRL>"). The name is a body's name without its brackets, the ticker no
body of its own and no part of a label, and the evidence still quotes the article as written. Sentences of our own,
in the shape of wire copy."""
from __future__ import annotations

import pytest

from conftest import label_triples, stance_triples
from graph.extract.language.text import clean, tidy


@pytest.mark.parametrize("text, firm, relation, target", [
    ("KESTREL TO FIGHT MERGER\n\nNEW YORK, March 3 - <Kestrel Capital Corp>, a private investment firm, said it "
     "will oppose the merger of Brandt Steel Corp and Tonmark Inc.\n", "Kestrel Capital Corp", "opposes", "merger"),
    ("MARLOW BID\n\nCHICAGO, June 2 - <Marlow Acquisition Corp>, formed by two investors, said it has started a "
     "tender offer for all shares of Brandt Steel Corp.\n", "Marlow Acquisition Corp", "supports", "tender offer"),
])
def test_a_bracketed_firm_is_named_without_its_brackets(build_text, text, firm, relation, target):
    graph = build_text(text)
    labels = {e.label for e in graph.entities}
    assert firm in labels, sorted(labels)
    assert not any("<" in lab or ">" in lab for lab in labels), sorted(labels)
    assert any(h == firm and r == relation and target in t for h, r, t in stance_triples(graph)), \
        sorted(stance_triples(graph))


def test_a_ticker_is_no_body(build_text):
    text = ("MARLOW REJECTS OFFER\n\nCHICAGO, June 2 - Marlow Industries Inc <MRL> said its board rejected the "
            "offer from Brandt Steel Corp <BRS>, calling it inadequate.\n")
    graph = build_text(text)
    labels = {e.label for e in graph.entities}
    assert "Marlow Industries Inc" in labels and "Brandt Steel Corp" in labels, sorted(labels)
    assert not labels & {"MRL", "BRS"}, sorted(labels)
    for s in graph.statements:  # the evidence is the article's own text, brackets and all
        assert s.evidence.sentence in text


def test_a_post_at_a_bracketed_firm(build_text):
    text = ("LAMB SAYS OFFER TOO LOW\n\nNEW YORK, May 5 - Henry Lamb, chairman of <Lamb/Fisher Capital Corp>, said "
            "the offer for Tonmark Inc was a disgrace.\n")
    triples = label_triples(build_text(text))
    assert ("Henry Lamb", "holds", "chairman of Lamb/Fisher Capital Corp") in triples, sorted(triples)
    assert ("Henry Lamb", "member_of", "Lamb/Fisher Capital Corp") in triples, sorted(triples)


@pytest.mark.parametrize("raw, shown", [
    ("Kestrel Capital Corp>", "Kestrel Capital Corp"),
    ("chairman of <Lamb/Fisher Capital Corp", "chairman of Lamb/Fisher Capital Corp"),
    ("Brandt <BRS> Corp", "Brandt Corp"),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),  # a pair is text of the article, shown (escaped)
    ("costs < 5 pct > last year", "costs < 5 pct > last year"),
])
def test_labels_keep_no_half_of_a_wire_bracket(raw, shown):
    assert tidy(raw) == shown


def test_the_parser_reads_the_name_at_the_same_offsets():
    text = "LONDON - <Kestrel Capital Corp> and Marlow Inc <MRL> said a < b, 3 > 2, <script>x</script>."
    cleaned = clean(text)
    assert len(cleaned.text) == len(text) and cleaned.offsets == tuple(range(len(text)))
    assert " Kestrel Capital Corp " in cleaned.text
    # only the brackets of a wire's name: a ticker stays the mark of a company (test_tickers.py), other text as it is
    assert "Marlow Inc <MRL> said a < b, 3 > 2, <script>x</script>" in cleaned.text
