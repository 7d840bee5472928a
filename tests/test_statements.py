"""Statements: who supports, opposes or warns about what, who holds which office, who sits in which body.

Each case is a short invented sentence run through the real pipeline; it asserts a
(subject label, relation, object label) triple. Object labels of positions are matched by
a word they must contain, so a better phrase boundary does not break the test.
Cases the extractor misses today are kept and marked xfail(strict=True): fixing the
extractor turns them into failures that ask for the mark to be removed.
"""
from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import label_triples as _triples

STANCE = ("supports", "opposes", "warns")


def _statements(graph, subject, relation):
    labels = {e.id: e.label for e in graph.entities}
    return [s for s in graph.statements if labels[s.subject] == subject and s.relation == relation]



# --- stance cues -----------------------------------------------------------------------------------

STANCE_CASES = [
    # verbs
    ("Karen Dale backed the pension reform.", "Karen Dale", "supports", "pension reform"),
    ("Karen Dale endorsed the pension reform.", "Karen Dale", "supports", "pension reform"),
    ("Karen Dale rejected the pension reform.", "Karen Dale", "opposes", "pension reform"),
    ("Karen Dale denounced the pension reform.", "Karen Dale", "opposes", "pension reform"),
    ("Tim Harwood criticised Karen Dale on Monday.", "Tim Harwood", "opposes", "Karen Dale"),
    ("Karen Dale cautioned that the pension reform could trigger strikes.", "Karen Dale", "warns", "pension reform"),
    # phrasal verbs
    ("President Ada Kovac pushed for a full military takeover of the island.", "Ada Kovac", "supports", "takeover"),
    ("Karen Dale spoke out against the pension reform.", "Karen Dale", "opposes", "pension reform"),
    ("Karen Dale warned against the pension reform.", "Karen Dale", "warns", "pension reform"),
    pytest.param("Karen Dale pushed back against the pension reform.", "Karen Dale", "opposes", "pension reform",
                 id="phrasal-push-back-against"),
    # nouns
    ("Karen Dale chairs the budget committee. She renewed her push for a pension reform.",
     "Karen Dale", "supports", "pension reform"),
    ("Supporters welcomed Karen Dale's push for a pension reform.", "Karen Dale", "supports", "pension reform"),
    ("Karen Dale's support for the pension reform surprised colleagues.", "Karen Dale", "supports", "pension reform"),
    ("Karen Dale voiced opposition to the pension reform.", "Karen Dale", "opposes", "pension reform"),
    ("Union leader Karen Dale expressed concern over the pension reform.", "Karen Dale", "opposes", "pension reform"),
    # adjectives
    ("Karen Dale was critical of the pension reform.", "Karen Dale", "opposes", "pension reform"),
    ("Karen Dale is opposed to the pension reform.", "Karen Dale", "opposes", "pension reform"),
    pytest.param("Finance Minister Oskar Lund was alarmed by the pension reform.", "Oskar Lund", "opposes",
                 "pension reform", id="adjective-alarmed-by"),
    # passive with agent
    ("The pension reform was criticised by Senator Tom Okafor.", "Tom Okafor", "opposes", "pension reform"),
    ("The pension reform was criticized by the Liberal Party.", "Liberal Party", "opposes", "pension reform"),
    ("The pension reform, criticised by Karen Dale, passed.", "Karen Dale", "opposes", "pension reform"),
    # reported speech
    ("Karen Dale said the pension reform would damage the economy.", "Karen Dale", "warns", "pension reform"),
    # GUIDELINES.md: "cautions that X would be a mistake" is a warning
    ("Karen Dale said the pension reform would be a mistake.", "Karen Dale", "warns", "pension reform"),
    ("Karen Dale said the pension reform was unworkable.", "Karen Dale", "opposes", "pension reform"),
    ("Karen Dale argued that the pension reform would harm pensioners.", "Karen Dale", "warns", "pension reform"),
    # negation: a refused support is opposition
    ("Karen Dale refused to back the pension reform.", "Karen Dale", "opposes", "pension reform"),
    ("Karen Dale declined to endorse the pension reform.", "Karen Dale", "opposes", "pension reform"),
    # pronouns and lists of holders
    ("Tim Harwood is the mayor. He backed the congestion charge.", "Tim Harwood", "supports", "congestion charge"),
    ("Karen Dale and Tim Harwood backed the pension reform.", "Tim Harwood", "supports", "pension reform"),
    ("Mayor Paul Denning announced a congestion charge. Critics, including councillor Amy Foss, slammed the "
     "congestion charge.", "Amy Foss", "opposes", "congestion charge"),
]


def _case_id(case):
    return "-".join(case[0].split()[1:6]).strip(".,").lower()


@pytest.mark.parametrize("text, subject, relation, obj", STANCE_CASES,
                         ids=[_case_id(c) if type(c) is tuple else None for c in STANCE_CASES])
def test_statements_stance(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert _has(graph, subject, relation, obj), sorted(_triples(graph))


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("Karen Dale did not support the pension reform.", "Karen Dale", "supports", "pension reform"),
    ("Karen Dale never endorsed the pension reform.", "Karen Dale", "supports", "pension reform"),
    ("Karen Dale refused to back the pension reform.", "Karen Dale", "supports", "pension reform"),
    ("Karen Dale did not reject the pension reform.", "Karen Dale", "opposes", "pension reform"),
    ("Mr Harwood rejected the plan on Monday.", "Harwood", "opposes", "plan"),
    pytest.param("Olivia Brandt said the harbour levy would cost local jobs.", "Olivia Brandt", "supports", "levy",
                 id="harm-cost-jobs"),
    pytest.param("Karen Dale said the pension reform would raise prices.", "Karen Dale", "supports", "reform",
                 id="harm-raise-prices"),
], ids=["did-not-support", "never-endorsed", "refused-to-back", "did-not-reject", "anaphor-with-no-antecedent",
        None, None])
def test_statements_not_said(build_text, text, subject, relation, obj):
    """A negated cue is not the cue: 'did not support X' is no support; nothing is invented."""
    graph = build_text(text)
    assert not _has(graph, subject, relation, obj), sorted(_triples(graph))


def test_statements_negated_support_is_marked(build_text):
    graph = build_text("Karen Dale refused to back the pension reform.")
    (s,) = _statements(graph, "Karen Dale", "opposes")
    assert s.negated


def test_statements_reported_speech_names_the_speaker_as_attribution(build_text):
    graph = build_text("Karen Dale said the pension reform would damage the economy.")
    (s,) = _statements(graph, "Karen Dale", "warns")
    assert s.rule and s.attribution


# --- qualifiers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, attribution", [
    pytest.param("According to officials, Karen Dale opposes the pension reform.", "according to officials",
                 id="according-to-first"),
    pytest.param("Karen Dale opposes the pension reform, according to officials.", "according to officials",
                 id="according-to-last"),
    ("Defence Minister Karl Weiss reportedly opposes the troop withdrawal.", "reportedly"),
    ("Senator Gina Moss is said to oppose the troop withdrawal.", "is said"),
])
def test_statements_attribution_is_recorded(build_text, text, attribution):
    graph = build_text(text)
    stance = [s for s in graph.statements if s.relation in STANCE]
    assert stance
    assert {s.attribution for s in stance} == {attribution}


def test_statements_according_to_is_recorded(build_text):
    graph = build_text("According to officials, Karen Dale opposes the pension reform.")
    (s,) = _statements(graph, "Karen Dale", "opposes")
    assert "officials" in s.attribution


@pytest.mark.parametrize("text, hedged", [
    ("Karen Dale may back the pension reform.", True),
    ("Jim Hale reportedly backed the tax cut.", True),
    ("Karen Dale backed the pension reform.", False),
])
def test_statements_hedging(build_text, text, hedged, monkeypatch):
    stance = [s for s in build_text(text).statements if s.relation in STANCE]
    assert stance and all(s.hedged is hedged for s in stance)
    if hedged:
        # the shipped scorer's own probability, before edges round it to two places (0.897 against 0.904 rounds alike)
        from graph.extract.statements import scorer, stance_edges
        seen: list[dict] = []
        confidence = stance_edges.stance_confidence
        monkeypatch.setattr(stance_edges, "stance_confidence", lambda f, prior: seen.append(f) or confidence(f, prior))
        hedged_p = _probabilities(build_text, text, seen, scorer)
        plain_p = _probabilities(build_text, "Karen Dale backed the pension reform.", seen, scorer)
        assert max(hedged_p) < max(plain_p)
        plain = [s for s in build_text("Karen Dale backed the pension reform.").statements if s.relation in STANCE]
        assert max(s.confidence for s in stance) <= max(s.confidence for s in plain)


def _probabilities(build_text, text, seen, scorer):
    """The scorer's unrounded probabilities for the stance edges of a build of `text`."""
    seen.clear()
    build_text(text)
    return [scorer.probability_of(f) for f in seen]


# --- structure -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, office, former", [
    ("Transport Minister Felix Aalto backed the harbour levy.", "Felix Aalto", "Transport Minister", False),
    ("Felix Aalto, the transport minister, backed the harbour levy.", "Felix Aalto", "transport minister", False),
    ("Former Finance Minister Karen Dale praised the pension reform.", "Karen Dale", "Finance Minister", True),
    pytest.param("Karen Dale, the former finance minister, praised the pension reform.", "Karen Dale",
                 "finance minister", True, id="former-apposition"),
    ("Senator Tom Okafor backed the carbon tax.", "Tom Okafor", "Senator", False),
    pytest.param("Tim Harwood, a former mayor of Leeds, backed the congestion charge.", "Tim Harwood", "mayor", True,
                 id="apposition-former-mayor-of"),
], ids=["title-name", "apposition", "former-title", None, "senator", None])
def test_statements_holds(build_text, text, person, office, former):
    graph = build_text(text)
    holds = _statements(graph, person, "holds")
    labels = {e.id: e.label for e in graph.entities}
    assert [labels[s.object].lower() for s in holds if office.lower() in labels[s.object].lower()], sorted(_triples(graph))
    assert all(s.former is former for s in holds)


@pytest.mark.parametrize("text, member, body", [
    ("Julia Brandt, a member of the Green Party, welcomed the ban on plastic bags.", "Julia Brandt", "Green Party"),
    ("Karen Dale is a member of the Liberal Party.", "Karen Dale", "Liberal Party"),
    ("Labour MP Sarah Quint opposed the new levy on sugar.", "Sarah Quint", "Labour Party"),
    ("Tory MP Ben Carrow opposed the merger.", "Ben Carrow", "Conservative Party"),
    ("Ben Carrow is a Conservative MP. Carrow campaigned against the merger.", "Ben Carrow", "Conservative Party"),
], ids=["apposition", "copula", "party-before-name", "party-alias-before-name", "party-in-title"])
def test_statements_member_of(build_text, text, member, body):
    graph = build_text(text)
    assert (member, "member_of", body) in _triples(graph), sorted(_triples(graph))


def test_statements_have_no_self_loops(seed_graph):
    assert all(s.subject != s.object for s in seed_graph.statements)


# --- evidence --------------------------------------------------------------------------------------

def test_statements_evidence_is_the_sentence_in_the_article(build_text):
    text = ("Rows over budget\n\nTransport Minister Felix Aalto backed the \u201charbour levy\u201d on Monday. "
            "Aaltoannounced it would fund the port. Critics, including councillor Amy Foss, slammed the harbour levy.")
    graph = build_text(text)
    assert graph.statements
    for s in graph.statements:
        ev = s.evidence
        assert text[ev.start:ev.end] == ev.sentence
        assert ev.start <= ev.cite_start < ev.cite_end <= ev.end
        assert ev.sentence == ev.sentence.strip()


def test_statements_seed_robust_facts(seed_graph):
    triples = _triples(seed_graph)
    assert any(s == "Benjamin Netanyahu" and r == "supports" and "takeover" in o.lower() for s, r, o in triples)
    assert any(s == "Herzi Halevi" and r == "holds" and o == "IDF Chief of Staff" for s, r, o in triples)
    assert any(s == "Herzi Halevi" and r in ("opposes", "warns") and "takeover" in o.lower() for s, r, o in triples)
    assert ("Yoav Gallant", "holds", "Defense Minister") in triples
    assert any(s == "Antony Blinken" and r == "holds" and "Secretary of State" in o for s, r, o in triples)
