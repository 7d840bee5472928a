"""A body known by a common noun the article capitalises ("the Treasury") is a body of its own: it is not the
description a lead gives before naming a body, and its label keeps the article's capitals."""
import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, expected", [
    ("The Treasury proposed a sugar tax. The Farmers Union opposed the plan.",
     {("Treasury", "supports", "sugar tax"), ("Farmers Union", "opposes", "sugar tax")}),
    ("The Senate backed the water bill. The Growers Council attacked the bill.",
     {("Senate", "supports", "water bill"), ("Growers Council", "opposes", "water bill")}),
])
def test_capitalised_body_is_not_merged_into_the_next_name(build_text, text, expected):
    assert expected <= stance_triples(build_text(text))


def test_lead_description_still_names_the_body(build_text):
    graph = build_text("Fares must rise, the rail regulator has said. "
                       "In a letter, the Office of Rail Fares says costs have grown.")
    body = next(e for e in graph.entities if e.label == "Office of Rail Fares")
    assert "rail regulator" in body.aliases


@pytest.mark.parametrize("opening", [
    "A cross-party group of MPs has drawn up a plan for an elected senate.",
    "A group of tenants' leaders has drawn up a plan for an elected senate.",
], ids=["cross-party-group", "group-of-leaders"])
def test_a_body_described_before_is_not_the_body_named_next(build_text, opening):
    # "the group" after "a group of MPs" is that group, not the union named in the next sentence
    graph = build_text(opening + " The group backed the plan on Monday. The rail union RMT opposed the plan.")
    triples = stance_triples(graph)
    assert ("RMT", "opposes", "plan for an elected senate") in triples
    assert not any(s == "RMT" and r == "supports" for s, r, _ in triples), sorted(triples)


def test_lower_case_body_keeps_lower_case_label(build_text):
    graph = build_text("The government proposed a sugar tax. Later the government said it would go ahead.")
    assert "government" in {e.label for e in graph.entities}


def test_sentence_capital_is_no_name(build_text):
    graph = build_text("Animal welfare groups have welcomed the hunting ban.")
    assert "animal welfare groups" in {e.label for e in graph.entities}


def test_ministries_of_different_fields_are_different_bodies(build_text):
    graph = build_text("Ruritania's fisheries ministry proposed quotas on cod imports. The Borduvian trade ministry "
                       "rejected the quotas. The ministry said the quotas broke a trade pact.")
    triples = stance_triples(graph)
    assert ("fisheries ministry", "supports", "quotas on cod imports") in triples
    assert ("trade ministry", "opposes", "quotas on cod imports") in triples
    # a bare "the ministry" is the one named last, not a third body
    assert "ministry" not in {e.label for e in graph.entities}, sorted(triples)


@pytest.mark.parametrize("text, body, officials", [
    ("Officials of the Trade Council of Norland said they opposed the steel tariff.",
     "Trade Council of Norland", "Officials of the Trade Council of Norland"),
    ("Members of the Harbour Workers Guild said they backed the new pay offer.",
     "Harbour Workers Guild", "Members of the Harbour Workers Guild"),
])
def test_people_of_a_body_opening_a_sentence_are_no_part_of_its_name(build_text, text, body, officials):
    # a capitalised plural kind before "of" opens the sentence, it names no body of its own
    labels = {e.label for e in build_text(text).entities}
    assert body in labels and officials not in labels, sorted(labels)


def test_named_body_kind_before_of_is_still_a_name(build_text):
    labels = {e.label for e in build_text("The Ministry of Fisheries opposed the cod quota.").entities}
    assert "Ministry of Fisheries" in labels


def test_title_opening_on_its_body_is_not_prefixed_again(build_text):
    # the body's name in front of a title that already begins with it would say it twice
    graph = build_text("Norland will reject the loan terms, officials said.\n\n"
                       "National Bank President Ana Pereira backed the decision.")
    labels = {e.label for e in graph.entities if e.type == "office"}
    assert "National Bank President" in labels and not any(l.startswith("National Bank National") for l in labels), labels
