"""One named for the side they take ("a long-standing opponent of nuclear power", "the most loyal backer of
the rail link") takes it on whatever the noun after "of" names, as the plainest verbs do: supporter, backer,
proponent, opponent, critic, detractor (stance.json plain_cues). An author, an architect or a sponsor needs a
policy (a book has authors too). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Mr Vane has been the most loyal backer of the rail link.", "Vane", "supports", "rail link"),
    ("Ann Lee is a long-standing opponent of nuclear power.", "Ann Lee", "opposes", "nuclear power"),
    ("Ann Lee, a fierce critic of road pricing, spoke at the rally.", "Ann Lee", "opposes", "road pricing"),
    ("Tom Vane has been a leading proponent of devolution.", "Tom Vane", "supports", "devolution"),
])
def test_a_side_named_by_its_holder_takes_any_object(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert (holder, relation, target) in triples, sorted(triples)


def test_an_author_of_a_book_takes_no_side(build_text):
    triples = stance_triples(build_text("Ann Lee, the author of a book on gardening, spoke at the fair."))
    assert not triples, sorted(triples)


@pytest.mark.parametrize("text, holder, relation, target", [
    ("The Kestrel Bank is among the fiercest critics of road pricing.", "Kestrel Bank", "opposes", "road pricing"),
    ("Tom Vane is one of nuclear power's most loyal supporters.", "Tom Vane", "supports", "nuclear power"),
    ("Ann Lee has been among the leading opponents of the rail link.", "Ann Lee", "opposes", "rail link"),
])
def test_one_counted_among_those_named_for_a_side(build_text, text, holder, relation, target):
    """ "is among the critics of X", "is one of X's supporters": the copula's subject is one of them, and they
    alone: the crowd the noun names is no body of its own."""
    triples = stance_triples(build_text(text))
    assert (holder, relation, target) in triples, sorted(triples)
    assert {h for h, _, _ in triples} == {holder}, sorted(triples)
