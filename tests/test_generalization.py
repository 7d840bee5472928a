"""Constructions met in unseen wire and web copy (BBC, Reuters style), each rule the extractor
gained from reading articles outside the dev set. Invented sentences, real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import label_triples as _triples


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("Treasury Secretary James Baker is against the tariffs.", "James Baker", "opposes", "tariffs"),
    ("Senator Ruth Okoye, a sponsor of the water bill, spoke on Monday.", "Ruth Okoye", "supports", "water bill"),
    ("Opponents of the hunting ban, including Lord Harlow, marched on Sunday.", "Lord Harlow", "opposes", "hunting ban"),
    ("Mayor Ken Dorrit pushed back against the congestion charge.", "Ken Dorrit", "opposes", "congestion charge"),
    ("The Greens said the road scheme would cost jobs.", "Green Party", "warns", "road scheme"),
    ("Ms Ida Varga said the new levy would raise money for schools.", "Ida Varga", "supports", "levy"),
], ids=["be-against", "agentive-sponsor", "agentive-opponents-including", "particle-preposition",
        "effect-harm", "effect-benefit"])
def test_generalization_stance(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert _has(graph, subject, relation, obj), sorted(_triples(graph))


@pytest.mark.parametrize("text, forbidden", [
    # a warned addressee is not the warning
    ("Ms Kay Lund warned the committee that the road scheme would cost jobs.", ("Kay Lund", "warns", "committee")),
    # "announced that X would happen" is news, not a stance
    ("The Election Commission announced that 600 candidates would contest the seats.",
     ("Election Commission", "supports", "candidates")),
    # accepting a decision is not backing a policy
    # (the rules hold it; the pair scorer's low band, below its fitted cut, reads backing, p 0.52: on the study
    # articles a pair a frame of the rules joined and left is as often right as any other, 8 of 15)
    pytest.param("Party leader Jo Marsh accepted the chairman's decision with sadness.",
                 ("Jo Marsh", "supports", "decision"),
                 marks=pytest.mark.xfail(strict=True, reason="the pair scorer's low band reads accepting as backing")),
    # an extraposed "it" is not the policy in focus
    ("Mr Rolf Amsel backs the road scheme. \"It is our right to protest,\" said Ms Eva Stroud.",
     ("Eva Stroud", "supports", "road scheme")),
    # a radio programme is a name, not a policy its broadcaster backs
    ("Mr Lane told BBC Radio 4's Today programme he would stay.", ("BBC Radio 4", "supports", "Today programme")),
], ids=["addressee", "announcement", "accepted-decision", "extraposed-it", "programme-name"])
def test_generalization_no_false_stance(build_text, text, forbidden):
    graph = build_text(text)
    assert not _has(graph, *forbidden), sorted(_triples(graph))


@pytest.mark.parametrize("text, present, absent", [
    # a named act is a position, never a person or an office holder
    ("The Criminal Justice Act was passed in 2003. Mr Blunkett introduced the Criminal Justice Act.",
     [], ["Act"]),
    # post-nominal letters are not the surname
    ("Ian MacDonald QC resigned. Mr MacDonald said the law was wrong.", ["Ian MacDonald"], ["QC"]),
    # a rank names a person only before a person's name
    ("Voters go to the polls at the next General Election, said Sir John Pike.", ["John Pike"], ["Election"]),
])
def test_generalization_names(build_text, text, present, absent):
    graph = build_text(text)
    people = {e.label for e in graph.entities if e.type == "person"}
    for name in present:
        assert any(name in p for p in people), people
    for word in absent:
        assert not any(p.endswith(word) for p in people), people


def test_generalization_first_name_joins_the_one_full_name(build_text):
    graph = build_text("Sir John Bourn praised the literacy scheme. Sir John said progress had been made.")
    people = [e for e in graph.entities if e.type == "person"]
    assert len(people) == 1 and people[0].label.endswith("John Bourn")


def test_generalization_unnamed_sources_are_the_attribution(build_text):
    graph = build_text("Treasury Secretary James Baker is against the tariffs, officials said.")
    (s,) = [s for s in graph.statements if s.relation == "opposes"]
    assert s.attribution == "officials said"


def test_generalization_title_names_the_person_not_the_ministry(build_text):
    graph = build_text("Japan's Minister of International Trade and Industry Hajime Tamura said Tokyo "
                       "opposes the trade bill.")
    assert ("Hajime Tamura", "holds", "Minister of International Trade and Industry") in _triples(graph)


def test_generalization_spokesman_is_not_the_named_boss(build_text):
    graph = build_text("Stuart Rose runs the chain. \"We cut prices,\" said the company spokesman.")
    assert not any(r == "holds" and s == "Stuart Rose" for s, r, o in _triples(graph)), _triples(graph)


def test_generalization_party_adjective_before_a_title(build_text):
    graph = build_text("Democratic Senator Lloyd Bentsen backed the trade bill.")
    assert ("Lloyd Bentsen", "member_of", "Democratic Party") in _triples(graph)


@pytest.mark.parametrize("text, party, present", [
    ("Liberal Democrat candidate Peter Carroll lost the seat.", "Liberal Democrats", True),
    ("The Democratic Republic of Congo rejected the peace deal.", "Democratic Party", False),
    ("Labour MP Ann Clwyd criticised the war.", "Labour Party", True),
], ids=["lib-dem-not-liberal-plus-democrat", "country-name-not-a-party", "party-before-title"])
def test_generalization_party_names(build_text, text, party, present):
    bodies = {e.label for e in build_text(text).entities if e.type == "institution"}
    assert (party in bodies) is present, bodies
    assert "Liberal" not in bodies


def test_generalization_in_favour_of(build_text):
    graph = build_text('Lord Rennard said: "We are in favour of tactical voting."')
    assert _has(graph, "Lord Rennard", "supports", "tactical voting"), sorted(_triples(graph))


def test_generalization_party_spokesperson_speaks_for_the_party(build_text):
    graph = build_text('A Conservative spokesperson said: "The road scheme would cost jobs."')
    assert _has(graph, "Conservative Party", "warns", "road scheme"), sorted(_triples(graph))


def test_generalization_they_is_the_body_just_named(build_text):
    graph = build_text("The Liberal Democrats held a rally. They oppose the tuition fees.")
    assert _has(graph, "Liberal Democrats", "opposes", "tuition fees"), sorted(_triples(graph))


def test_generalization_a_policy_named_by_its_owner_is_the_owner(build_text):
    graph = build_text("General Anna Roth has pushed back against Mr Vale's orders.")
    assert _has(graph, "Anna Roth", "opposes", "Vale"), sorted(_triples(graph))


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("Mr Tom Reyes described the road scheme as unworkable.", "Tom Reyes", "opposes", "road scheme"),
    ("Ms Lea Moor called the road scheme a disgrace.", "Lea Moor", "opposes", "road scheme"),
    ("Ms Lea Moor views the road scheme as vital.", "Lea Moor", "supports", "road scheme"),
    ("Mr Tom Reyes said he was disappointed by the road scheme.", "Tom Reyes", "opposes", "road scheme"),
], ids=["described-as", "called-a", "views-as", "disappointed-by"])
def test_generalization_judgements(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert _has(graph, subject, relation, obj), sorted(_triples(graph))


@pytest.mark.parametrize("text, forbidden", [
    ("Lord Haskins suggested Mr Blair should reinstate Mr Brown.", ("Lord Haskins", "supports", "Blair")),
    ('Mr Richard Thomas said: "The important thing was the content of the e-mails."',
     ("Richard Thomas", "supports", "thing")),
], ids=["clause-subject-is-no-target", "judgement-inside-the-subject"])
def test_generalization_more_false_stances(build_text, text, forbidden):
    graph = build_text(text)
    assert not _has(graph, *forbidden), sorted(_triples(graph))


def test_generalization_their_is_the_clause_subject(build_text):
    graph = build_text("The Tories outlined a crime policy. Meanwhile the Lib Dems gave details of their plans "
                       "to scrap the council tax.")
    assert not _has(graph, "Conservative Party", "supports", "council tax"), sorted(_triples(graph))


def test_generalization_a_described_chairman_of_another_body_is_someone_else(build_text):
    graph = build_text("Mr Ravi Vishwanathan backed the report. Last month the chairman of the Commission for "
                       "Racial Equality called for quotas.")
    assert not any(r == "holds" for s, r, o in _triples(graph)), sorted(_triples(graph))


def test_generalization_it_is_the_policy_named_in_the_same_sentence(build_text):
    graph = build_text("Mr Omar Lind opposes the road scheme. Ms Ada Pike backs a hostage deal and called on the "
                       "government to accept it. Mr Omar Lind attacked the road scheme again.")
    assert not _has(graph, "Ada Pike", "supports", "road scheme"), sorted(_triples(graph))


def test_generalization_holder_behind_appositions(build_text):
    graph = build_text("His coalition partner, the far-right minister Ida Vance, is cheering the road scheme.")
    assert _has(graph, "Ida Vance", "supports", "road scheme"), sorted(_triples(graph))


@pytest.mark.parametrize("text, not_people", [
    ("Labour held Bristol West and Leeds North West, said Mr Tom Hale.", ["Bristol West", "Leeds North West"]),
    ("The rally met below Victoria Tower, said Ms Ann Dyer.", ["Victoria Tower"]),
    ("On a visit to Tanzania Mr Brown praised the debt relief scheme.", ["Tanzania Mr Brown"]),
])
def test_generalization_places_are_not_people(build_text, text, not_people):
    people = {e.label for e in build_text(text).entities if e.type == "person"}
    assert not people & set(not_people), people


def test_generalization_an_organisation_named_once_in_passing_is_no_node(build_text):
    graph = build_text("Mr Tom Hale backed the road scheme, he told the Sunday Chronicle. Mr Hale said it would help.")
    assert "Sunday Chronicle" not in {e.label for e in graph.entities}


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("The Confederation of British Industry, which opposes the minimum wage, issued a statement.",
     "Confederation of British Industry", "opposes", "minimum wage"),
    ("Finance Minister Gerhard Stoltenberg rejected calls for a tax cut.", "Gerhard Stoltenberg", "opposes", "tax cut"),
    ("The Labour Party said it would scrap the poll tax if elected.", "Labour Party", "opposes", "poll tax"),
    ("Chancellor Gordon Brown came out against the euro.", "Gordon Brown", "opposes", "euro"),
    ("Mayor Ann Wren unveiled a congestion charge. Critics of the charge, such as Lord Jones, say it is unfair.",
     "Lord Jones", "opposes", "congestion charge"),
    # the plain cues' nouns take any noun as their side too, a project as well as a policy
    ("The Harbour Trust expressed its opposition to the new runway. Work was due to start in May.",
     "Harbour Trust", "opposes", "new runway"),
    ("The Green Party gave its backing to the new tram line. Work was due to start in May.",
     "Green Party", "supports", "new tram line"),
], ids=["relative-which", "calls-for", "it-is-the-body-that-said-it", "plain-cue-any-noun", "critics-such-as",
        "plain-cue-noun-opposition", "plain-cue-noun-backing"])
def test_generalization_wire_constructions(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert _has(graph, subject, relation, obj), sorted(_triples(graph))


def test_generalization_a_fight_is_not_a_policy(build_text):
    graph = build_text("SYDNEY, June 19 - The conservative opposition, already fighting an uphill election battle, "
                       "faces controversy.")
    assert not any(e.type == "position" for e in graph.entities), [e.label for e in graph.entities]


@pytest.mark.parametrize("text, forbidden", [
    ("Mr Tom McCabe met the councils. Mr McCabe has promised them about £8bn next year.",
     ("Tom McCabe", "supports", "councils")),
    ("Mr Blair praised his chancellor for his role in creating economic stability.", ("Tony Blair", "supports", "chancellor")),
], ids=["pledge-to-someone", "unnamed-office-holder"])
def test_generalization_objects_that_are_no_side(build_text, text, forbidden):
    graph = build_text(text)
    assert not _has(graph, *forbidden), sorted(_triples(graph))


def test_generalization_a_named_office_holder_is_the_target(build_text):
    graph = build_text("Chancellor Gordon Brown cut taxes. Mr Tony Blair praised his chancellor for the budget.")
    assert _has(graph, "Tony Blair", "supports", "Gordon Brown"), sorted(_triples(graph))


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("Mayor Ann Wren unveiled a congestion charge. The congestion charge has the backing of the Liberal Party.",
     "Liberal Party", "supports", "congestion charge"),
    ("Mayor Ann Wren unveiled a congestion charge. The congestion charge faces the opposition of the Green Party.",
     "Green Party", "opposes", "congestion charge"),
    ("Mr Kennedy said the Liberal Democrats would abolish tuition fees.", "Liberal Democrats", "opposes", "tuition fees"),
], ids=["has-the-backing-of", "faces-the-opposition-of", "abolish"])
def test_generalization_received_support_and_abolition(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert _has(graph, subject, relation, obj), sorted(_triples(graph))


def test_generalization_relative_clause_object_is_its_noun(build_text):
    graph = build_text("Oliver Letwin said Britain could not compete without the tax cuts he was promising.")
    assert _has(graph, "Oliver Letwin", "supports", "tax cuts"), sorted(_triples(graph))


def test_generalization_owned_policies_point_at_the_policy_in_focus(build_text):
    graph = build_text("Oliver Letwin said Britain could not compete without the tax cuts he was promising. "
                       "Tony Blair has said Conservative policies would cause economic failure.")
    assert _has(graph, "Tony Blair", "warns", "tax cuts"), sorted(_triples(graph))


def test_generalization_called_x_a_waste_of_money(build_text):
    graph = build_text("Mr Tom Ash backs ID cards. Lord Bell called the ID scheme a waste of money.")
    assert _has(graph, "Lord Bell", "opposes", "ID cards"), sorted(_triples(graph))
    assert {e.label for e in graph.entities if e.type == "position"} == {"ID cards"}


@pytest.mark.parametrize("text, label", [
    ("Tom Vane said ministers must scrap this unjust 'reform' now.", "unjust reform"),
    ("The GMB union said it would fight the 'unfair' pay cuts.", "unfair pay cuts"),
])
def test_generalization_a_position_cut_from_a_quotation_keeps_no_half_quote(build_text, text, label):
    labels = [e.label for e in build_text(text).entities if e.type == "position"]
    assert labels == [label]


@pytest.mark.parametrize("text", [
    "Mr Blair has so far resisted calls for him to name the day.",
    "Mr Ali said: \"I hope the government will act on this illegal 'law'.\"",
])
def test_generalization_no_junk_positions(build_text, text):
    labels = [e.label for e in build_text(text).entities if e.type == "position"]
    assert not any(label in ("calls", "illegal 'law") for label in labels), labels
