"""Stance targets that must become position nodes (issue 10, round 4): the act a "for X to do Y" clause
asks for, a call joined or repeated, the act a demand asks of someone.

Each case is a sentence of our own with a construction a class of misses had in the study set (train/).
"""
from __future__ import annotations

import pytest
from conftest import stance_triples


@pytest.mark.parametrize("text, edge", [
    # the parser reads "for" as the marker of a clause with its own subject: the act is what is wanted
    ("Senator Ada Lund called for the depot to be closed.",  # a thing wished closed is opposed (wished_states)
     ("Ada Lund", "opposes", "depot")),
    ("Senator Ada Lund called for the quango to be wound up.",
     ("Ada Lund", "supports", "quango to be wound up")),
    # the noun of asking with the same clause, joined or repeated by the subject
    ("Ada Lund joined the calls for the governor to resign.",
     ("Ada Lund", "supports", "governor to resign")),
    ("Senator Ada Lund repeated calls for the governor to resign.",
     ("Ada Lund", "supports", "governor to resign")),
    # the clause hung on the verb rather than on the noun of asking
    ("Senator Ada Lund sought support for initiatives to improve trade links between rich and poor nations.",
     ("Ada Lund", "supports", "initiatives to improve trade links between rich and poor nations")),
], ids=["called-for-passive", "particle-kept", "joined-calls", "repeated-calls", "support-for-clause"])
def test_the_act_a_for_clause_asks_for_is_the_target(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_a_rejected_call_is_opposed(build_text):
    stance = stance_triples(build_text("Ada Lund rejected calls for the governor to resign."))
    assert ("Ada Lund", "opposes", "governor to resign") in stance, stance
    assert not any(r == "supports" for _, r, _ in stance), stance


def test_a_demand_of_a_body_is_no_side_on_the_body(build_text):
    """ "echoed demands for the council to scrap the levy": the scrapping is wanted, not the council; and a side
    for scrapping the levy is one against the levy, never one for it (the scrapping itself is another position)."""
    stance = stance_triples(build_text("Greens echoed demands for the council to scrap the parking levy."))
    assert not any(o == "council" for _, _, o in stance), stance
    assert any(r == "opposes" and "levy" in o and "scrap" not in o for _, r, o in stance), stance
    assert not any(r == "supports" and "levy" in o and "scrap" not in o for _, r, o in stance), stance


@pytest.mark.parametrize("text, edge", [
    # a noun with a comparative names a change wanted, whatever the noun: "cheaper trains", "wider car ownership"
    ("Senator Ada Lund backed wider car ownership.", ("Ada Lund", "supports", "wider car ownership")),
    ("The mayor, Kenji Arai, praised lower bus fares.", ("Kenji Arai", "supports", "lower bus fares")),
    # what is promised, wanted or brought in is backed, whatever the noun: "pledged cheaper trains"
    ("Senator Ada Lund pledged cheaper trains and better school meals.",
     ("Ada Lund", "supports", "better school meals")),
    ("Senator Ada Lund pledged cheaper trains and better school meals.",
     ("Ada Lund", "supports", "cheaper trains")),
    ("Zentek said it will adopt the Lumo page format.",
     ("Zentek", "supports", "Lumo page format")),
], ids=["comparative-backed", "comparative-praised", "pledged-second", "pledged-first", "adopted"])
def test_a_change_promised_or_wanted_is_a_position(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_a_promise_to_someone_is_no_side_on_them(build_text):
    """ "promised the nurses a pay rise": the nurses are told, the rise is promised."""
    stance = stance_triples(build_text("Senator Ada Lund promised the nurses a pay rise."))
    assert not any("nurses" in o for _, _, o in stance), stance


def _names(graph):
    return {n for e in graph.entities if e.type == "position" for n in (e.label, *e.aliases)}


def test_a_to_clause_hung_on_the_verb_still_names_the_policy(build_text):
    """ "to seek support for initiatives to improve X": the parser hangs the to-clause on "seek"; the
    initiatives with what they are for is one of the position's names."""
    graph = build_text("Ada Lund went to Paris to seek support for initiatives to improve capital flows.")
    assert "initiatives to improve capital flows" in _names(graph), _names(graph)


def test_a_promised_policy_keeps_its_purpose_apart(build_text):
    """ "promised higher taxes to fund spending": the taxes are promised; the clause only says what for."""
    stance = stance_triples(build_text("The Greens promised higher taxes to fund spending on schools."))
    assert any(r == "supports" and o == "higher taxes" for _, r, o in stance), stance
    assert not any(o.startswith("fund") for _, _, o in stance), stance


@pytest.mark.parametrize("target", ["wider van ownership", "changes to the pension system"])
def test_a_list_goes_on_after_a_closed_pair(build_text, target):
    """ "backed competition in prisons and clinics, wider van ownership and changes to X": the items after the comma
    are backed too, though the parser hangs them on "schools"."""
    stance = stance_triples(build_text("In his speech, Senator Ada Lund backed competition in prisons and clinics, "
                                "wider van ownership and changes to the pension system."))
    assert ("Ada Lund", "supports", target) in stance, stance


def test_a_noun_of_intent_with_its_act_names_the_policy(build_text):
    """ "the government's firm intention to retaliate": the act is the position, and the intention with it is
    one of its names (a reader names it either way)."""
    graph = build_text("He reiterated the government's firm intention to retaliate if the Union bans imports of beef.")
    assert "firm intention to retaliate" in _names(graph), _names(graph)


@pytest.mark.parametrize("text, edge", [
    # the one called on is told; the act asked of them is the side taken
    ("Senator Ada Lund called on Congress to cut farm subsidies.", ("Ada Lund", "supports", "cut farm subsidies")),
    # an act that is itself a cue carries the caller's side
    ("Senator Ada Lund called on MPs to reject the farm bill.", ("Ada Lund", "opposes", "farm bill")),
], ids=["called-on-to-act", "called-on-to-reject"])
def test_who_is_called_on_is_told_not_backed(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance
    assert not any(o in ("Congress", "MPs") for _, _, o in stance), stance


@pytest.mark.parametrize("text, edge", [
    # a gerund as the subject of the clause said: the act is what is warned of or backed
    ("Ada Lund warned that allowing the deficit to grow could have severe consequences.",
     ("Ada Lund", "warns", "allowing the deficit to grow")),
    ("Ada Lund insisted that cutting taxes would help the poor.", ("Ada Lund", "supports", "cutting taxes")),
], ids=["warned-that-gerund", "insisted-that-gerund"])
def test_a_gerund_subject_of_the_clause_said_is_the_target(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance
