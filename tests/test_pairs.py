"""The pair proposer (graph/extract/pairs.py, issue 10): the candidates it generates where no rule took a side,
the side their linking words lean to, the model's reading of them, and the shipped weights. Invented sentences;
a case the generator does not read yet is a non-strict xfail with the reason."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from graph.extract.pairs import RULE, PairModel, load_pair_model, proposing_all, proposing_with
from graph.io.nodelink import node_link

S, O = "supports", "opposes"

# (construction, sentence, holder, (side, words of the target)): a pair the rules leave unlinked, proposed with
# the side a careful reader takes
PROPOSED = [
    ("confident", "The Farmers Union is confident the fuel levy will be scrapped.", "Farmers Union", (O, "fuel levy")),
    ("confident", "Ms Ward is confident that the rail subsidy will be abolished next year.", "Ward", (O, "rail subsidy")),
    ("confident", "Mr Kent is confident the sugar tax will win the argument.", "Kent", (S, "sugar tax")),
    ("confident", "Senator Ada Lund was confident on Friday that the tourist tax would be withdrawn.", "Lund", (O, "tourist tax")),
    ("sure", "Ms Ward is sure the carbon levy will be raised next year.", "Ward", (S, "carbon levy")),
    ("hopes", "Mr Kent hopes the fuel levy will be scrapped in the spring budget.", "Kent", (O, "fuel levy")),
    ("wire", "The Farmers Union, which represents 40,000 growers, is confident the import quota will be abolished, "
             "its chairman said.", "Farmers Union", (O, "import quota")),
    ("optimistic", "The Farmers Union is optimistic that the water charge will be dropped.", "Farmers Union", (O, "water charge")),
    ("optimistic", "Mr Kent is optimistic the bridge toll will be cut before the election.", "Kent", (O, "bridge toll")),
    ("expects", "Ms Ward expects the water charge to be dropped after the election.", "Ward", (O, "water charge")),
    ("hopes", "The Farmers Union hopes the pesticide ban will be lifted soon.", "Farmers Union", (O, "pesticide ban")),
]
PROPOSED_OPEN = {
    "The Farmers Union is optimistic": "'water charge' is no position mention: 'charge' heads no policy noun and no rule targets it",
    "Mr Kent is optimistic": "'bridge toll' is no position mention: 'toll' heads no policy noun and no rule targets it",
    "Ms Ward expects": "'water charge' is no position mention",
    "The Farmers Union hopes": "'lift' is in no undoing list of the lexicon: the ban is read as backed",
}

# (construction, sentence, words of a target no candidate may name): no word between the two says a side
NOT_PROPOSED = [
    ("meeting", "Mr Kent met Ms Ward on Tuesday to discuss the fuel levy.", "fuel levy"),
    ("meeting", "Ms Ward will meet the Farmers Union next week to talk about the water charge.", "water charge"),
    ("report", "Mr Kent published a report on the fuel levy on Monday.", "fuel levy"),
    ("explain", "Ms Ward explained how the rail subsidy would be paid for.", "rail subsidy"),
    ("question", "Senator Ada Lund asked whether the tourist tax would be collected by hotels.", "tourist tax"),
    ("plain", "Mr Kent said the sugar tax would come into force in April.", "sugar tax"),
    ("plain", "The Farmers Union said the fuel levy was introduced in 2003.", "fuel levy"),
    ("plain", "Ms Ward told reporters the carbon levy would be reviewed by the Treasury next year.", "carbon levy"),
    ("plain", "The Farmers Union will hold its vote on the pay deal in March.", "pay deal"),
]
NOT_PROPOSED_OPEN = {
    "Mr Kent said the sugar tax would come": "VADER rates 'force' negative: the sugar tax is read as opposed (the model must reject it)",
    "The Farmers Union said the fuel levy was": "'introduce' is a supports verb of the lexicon: a plain act read as a side",
    "Ms Ward told reporters": "'review' is an undoing verb of the lexicon: a plain act read as a side",
    "The Farmers Union will hold": "'vote' is a cue word of the lexicon: a plain act read as a side",
}


def _marks(text: str, known: dict[str, str]):
    why = next((w for start, w in known.items() if text.startswith(start)), None)
    return [pytest.mark.xfail(reason=why, strict=False)] if why else []


def _edges(graph, rule: str | None = None):
    labels = {e.id: e.label for e in graph.entities}
    return [(labels[s.subject], s.relation, labels[s.object], s) for s in graph.statements
            if s.relation in ("supports", "opposes", "warns") and (rule is None or s.rule == rule)]


@pytest.mark.parametrize("text,holder,side", [
    pytest.param(text, holder, side, id=f"{tag}:{text[:40]}", marks=_marks(text, PROPOSED_OPEN))
    for tag, text, holder, side in PROPOSED])
def test_pairs_candidate_proposed_with_its_side(build_text, text, holder, side):
    with proposing_all():
        edges = _edges(build_text(text), RULE)
    assert any(holder.lower() in h.lower() and r == side[0] and side[1] in o.lower() for h, r, o, _ in edges), edges


@pytest.mark.parametrize("text,words", [
    pytest.param(text, words, id=f"{tag}:{text[:40]}", marks=_marks(text, NOT_PROPOSED_OPEN))
    for tag, text, words in NOT_PROPOSED])
def test_pairs_no_candidate_without_a_side_word(build_text, text, words):
    with proposing_all():
        edges = _edges(build_text(text), RULE)
    assert not any(words in o.lower() for _, _, o, _ in edges), edges


def test_pairs_candidate_skips_a_pair_a_rule_linked(build_text):
    """ "Mr Kent opposes the fuel levy": the rules' edge is the reading, the proposer adds none beside it."""
    with proposing_all():
        edges = _edges(build_text("Mr Kent strongly opposes the fuel levy."))
    assert [r for h, r, o, s in edges if "levy" in o.lower()] == [O]
    assert all(s.rule != RULE for *_, s in edges)


def test_pairs_model_reading_sets_rule_and_confidence(build_text):
    """A pair kept by the model is an edge of rule pair-model whose confidence is the model's probability;
    one under the threshold is no edge."""
    text = "The Farmers Union is confident the fuel levy will be scrapped."
    sure = PairModel(0.0, {"read_by=undoing": 1.0}, 0.5)
    with proposing_with(sure):
        edges = _edges(build_text(text), RULE)
    assert [(h, r, o) for h, r, o, _ in edges] == [("Farmers Union", O, "fuel levy")]
    assert edges[0][3].confidence == round(1 / (1 + 2.718281828459045 ** -1.0), 2) == 0.73
    with proposing_with(PairModel(0.0, {"read_by=undoing": 1.0}, 0.8)):
        assert _edges(build_text(text), RULE) == []


def test_pairs_shipped_weights_load_and_are_written_deterministically():
    path = resources.files("graph").joinpath("data", "pair_model.json")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n" == text
    model = load_pair_model()
    assert model is not None and 0.0 < model.threshold <= 1.0 and model.weights
    assert all(isinstance(v, float) and round(v, 4) == v for v in model.weights.values())
    assert not any("/" in k.split("=", 1)[-1] and k.startswith(("holder=", "object=")) for k in model.weights)


def test_pairs_builds_with_the_shipped_weights_are_byte_identical(build_text):
    text = ("The Farmers Union is confident the fuel levy will be scrapped. Mr Kent, the farm minister, said on "
            "Tuesday that the levy was needed. Ms Ward is sure the carbon levy will be raised next year.")
    first = json.dumps(node_link(build_text(text, name="twice")), sort_keys=True)
    second = json.dumps(node_link(build_text(text, name="twice")), sort_keys=True)
    assert first == second
