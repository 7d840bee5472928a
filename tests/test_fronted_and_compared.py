"""Two readings that put words in the wrong place: a fronted "For the party," is whom a speaker speaks for,
not a phrasal "call for"; a comparison's "than" ends the policy's phrase."""
import pytest

from conftest import label_triples, stance_triples


@pytest.mark.parametrize("text, present, absent", [
    ("For the Greens, party leader Ann Hale called the new levy hugely unfair.",
     ("Ann Hale", "opposes", "new levy"), ("Ann Hale", "supports", "Green Party")),
    ("For the Liberal Democrats, spokesman Tom Reed called the toll scheme a disgrace.",
     ("Tom Reed", "opposes", "toll scheme"), ("Tom Reed", "supports", "Liberal Democrats")),
])
def test_fronted_for_phrase_is_no_call_for(build_text, text, present, absent):
    triples = label_triples(build_text(text))
    assert present in triples
    assert absent not in triples


def test_relative_clause_keeps_its_preposition(build_text):
    assert ("Kent", "opposes", "levy") in stance_triples(
        build_text("The levy, against which Mr Kent campaigned, was dropped."))


@pytest.mark.parametrize("text, target", [
    ("Mr Kent pushed harder for the road toll than his rivals.", "road toll"),
    ("Mr Kent was reported to be less enthusiastic about the fuel levy than his rivals.", "fuel levy"),
    ("Mr Kent backed the fuel levy rather than the road toll.", "fuel levy"),
    ("Mr Kent backed a rise of more than 5% in the fuel levy.", "rise of more than 5% in the fuel levy"),
])
def test_comparison_ends_the_policy(build_text, text, target):
    assert ("Kent", "supports", target) in stance_triples(build_text(text))
