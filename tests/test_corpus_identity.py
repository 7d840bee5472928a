"""One node per real thing across a corpus: scoped offices, positions shared only on evidence, people merged
on evidence. Every article here is written for the tests."""
from __future__ import annotations

import pytest

from graph.lexicon import load_lexicon
from graph.rdf import posts_in
from graph.scope import is_bare_title


def _ids(graph, kind: str) -> dict[str, str]:
    """label -> id of the nodes of one type."""
    return {e.label: e.id for e in graph.entities if e.type == kind}


def _held(graph) -> dict[str, str]:
    """holder label -> office id."""
    labels = {e.id: e.label for e in graph.entities}
    return {labels[s.subject]: s.object for s in graph.statements if s.relation == "holds"}


# --- offices -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("title, bare", [
    ("chief executive", True), ("Prime Minister", True), ("managing director", True), ("President", True),
    ("central bank governor", True), ("Group Chief Executive", True),
    ("WorldCom chief executive", False), ("US Secretary of State", False), ("French finance minister", False),
    ("Scottish Secretary", False), ("chief executive of Hollins Bank", False), ("Labour leader", False),
])
def test_scope_bare_titles_say_no_owner(title, bare):
    assert is_bare_title(title, load_lexicon()) is bare


@pytest.mark.parametrize("first, second", [
    ("Chief executive Tom Baker said he backed the merger.", "Chief executive Ruth Cole said she opposed the merger."),
    ("Chairman Lucy Grey backed the sale.", "Chairman Omar Reid backed the sale."),
    ("President Alan Webb rejected the pay offer.", "President Maria Lopez rejected the pay offer."),
])
def test_scope_a_bare_title_is_a_different_office_in_each_article(build_text, first, second):
    a, b = build_text(first, name="story-one"), build_text(second, name="story-two")
    (office_a,), (office_b,) = set(_held(a).values()), set(_held(b).values())
    assert office_a != office_b
    assert office_a.startswith("office/story-one/") and office_b.startswith("office/story-two/")
    # the label stays the title the article uses: a reader (and the scorer) finds it by that name
    assert {e.label for e in a.entities if e.type == "office"} == {" ".join(first.split()[:2 if "executive" in first else 1])}


@pytest.mark.parametrize("first, second, office", [
    ("Kestrel chief executive Tom Baker backed the merger.", "Ruth Cole, chief executive of Kestrel, opposed it.",
     "office/kestrel-chief-executive"),
    ("US Secretary of State Alan Webb backed the ceasefire.", "US Secretary of State Alan Webb opposed the sanctions.",
     "office/us-secretary-of-state"),
    ("The Prime Minister of Norland, Ivo Berg, backed the treaty.", "Norland Prime Minister Ivo Berg attacked the treaty.",
     "office/norland-prime-minister"),
])
def test_scope_a_named_office_is_one_node_across_articles(build_text, first, second, office):
    a, b = build_text(first, name="story-one"), build_text(second, name="story-two")
    assert office in set(_held(a).values()) and office in set(_held(b).values())


def test_scope_a_possessive_names_the_company_whose_post_it_is(build_text):
    graph = build_text("Kestrel's chief executive Tom Baker backed the merger.", name="story-one")
    assert _held(graph) == {"Tom Baker": "office/kestrel-chief-executive"}
    office = next(e for e in graph.entities if e.id == "office/kestrel-chief-executive")
    assert office.label == "Kestrel chief executive" and "chief executive" in office.aliases
    assert ("office/kestrel-chief-executive", "institution/kestrel") in posts_in(graph)
    assert any(s.relation == "member_of" and s.object == "institution/kestrel" for s in graph.statements)


def test_scope_a_bare_title_folded_into_another_companys_office_is_split(build_text):
    graph = build_text("Ruth Cole, chief executive of Kestrel, backed the merger. "
                       "Chief executive Tom Baker of a rival firm opposed the merger.", name="story-one")
    held = _held(graph)
    assert held["Ruth Cole"] == "office/kestrel-chief-executive"
    assert held["Tom Baker"] == "office/story-one/chief-executive"


def test_scope_org_post_in_is_written_to_rdf(build_text):
    from graph.rdf import to_rdf
    from graph.vocab import ORG, entity_iri
    graph = build_text("Kestrel's chief executive Tom Baker backed the merger.", name="story-one")
    G = to_rdf(graph)
    assert (entity_iri("office/kestrel-chief-executive"), ORG.postIn, entity_iri("institution/kestrel")) in G


# --- positions -----------------------------------------------------------------------------------------
def _positions(graph) -> set[str]:
    return {e.id for e in graph.entities if e.type == "position"}


@pytest.mark.parametrize("sentence", [
    "Tom Baker said he backed the deal.",
    "Tom Baker said he opposed the price cuts.",
    "Tom Baker said he backed the pension reforms.",
])
def test_scope_a_generic_position_stays_in_its_article(build_text, sentence):
    a, b = build_text(sentence, name="story-one"), build_text(sentence, name="story-two")
    assert _positions(a) and _positions(a).isdisjoint(_positions(b))
    assert all(p.startswith("position/story-one/") for p in _positions(a))


@pytest.mark.parametrize("sentence, position", [
    ("Tom Baker said he backed the Kyoto protocol.", "position/kyoto-protocol"),
    ("Tom Baker said he opposed the Channel Tunnel rail link.", "position/channel-tunnel-rail-link"),
    ("Tom Baker said he backed a full military takeover of Gaza.", "position/full-military-takeover-of-gaza"),
    ("Tom Baker opposed the national identity card scheme.", "position/national-identity-card-scheme"),
])
def test_scope_a_named_or_specific_position_is_shared(build_text, sentence, position):
    a, b = build_text(sentence, name="story-one"), build_text(sentence, name="story-two")
    assert position in _positions(a) and position in _positions(b)
