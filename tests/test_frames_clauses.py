"""Stance frames, round 3: word sets of the frame modules live in the lexicon (issue 13); clause and
pronoun targets, reported charges, a speaker's next sentence, and one relation per holder and target.
Each case is an invented sentence run through the real pipeline."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import has_triple, label_triples

FRAME_MODULES = ("stance/find.py", "stance/cues/verb_frames.py", "stance/cues/verb_clauses.py", "stance/cues/verb_phrases.py", "stance/cues/cue_nouns.py", "stance/speech/speech.py",
                 "stance/frame.py", "stance/speech/deontic.py", "statements/stance_edges.py")
GRAPH = Path(__file__).resolve().parent.parent / "graph" / "extract"


def _word_sets(tree: ast.Module) -> list[str]:
    """Module-level names bound to a set, list or tuple of string literals."""
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, (ast.Set, ast.List, ast.Tuple)):
            elts = node.value.elts
            if elts and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found += [t.id for t in targets if isinstance(t, ast.Name) and t.id != "__all__"]
    return found


@pytest.mark.parametrize("module", FRAME_MODULES)
def test_frame_modules_keep_no_word_sets(module):
    """Knowledge of English belongs in graph/data/*.json, where it is documented and tested."""
    tree = ast.parse((GRAPH / module).read_text(encoding="utf-8"))
    assert _word_sets(tree) == []


@pytest.mark.parametrize("table,key,word", [
    ("positions", "call_nouns", "demand"), ("positions", "anaphors", "it"),
    ("stance", "agent_needed_verbs", "criticise"), ("stance", "time_nouns", "decade"),
    ("stance", "prediction_modals", "would"), ("stance", "work_nouns", "job"),
    ("stance", "report_verbs", "say"), ("stance", "hearsay_participles", "believe"),
])
def test_moved_word_sets_are_documented(table, key, word):
    from graph.extract.language.lexicon import load_lexicon
    data = getattr(load_lexicon(), table)
    assert word in data[key]
    assert f"`{key}`" in " ".join(data["_about"])


def _sides(graph, subject: str, obj: str) -> set[str]:
    return {r for s, r, o in label_triples(graph) if s == subject and obj.lower() in o.lower()}


@pytest.mark.parametrize("text,subject,obj,relation", [
    # a verb's side beats the presumed backing of a policy by its owner, when "his" is the subject again
    ("Senator Mara Holt attacked his proposal to levy a sales tax.", "Mara Holt", "sales tax", "opposes"),
    ("Senator Mara Holt condemned their plans for a sales tax.", "Mara Holt", "sales tax", "opposes"),
    # a denied support is not undone by the noun of support it denies
    ("Senator Mara Holt will not come out in favour of the pension reform.", "Mara Holt", "pension reform",
     "opposes"),
])
def test_one_side_per_holder_and_target(build_text, text, subject, obj, relation):
    graph = build_text(text)
    assert _sides(graph, subject, obj) == {relation}, sorted(label_triples(graph))


@pytest.mark.parametrize("text,subject,relation,obj", [
    # a light verb still lends its noun to the subject
    ("Senator Mara Holt and Tom Okafor gave their backing to the pension reform.", "Tom Okafor", "supports",
     "pension reform"),
    # the owner named still backs the plan the verb attacks
    ("Senator Mara Holt attacked Tom Okafor's proposal to levy a sales tax.", "Tom Okafor", "supports", "sales tax"),
])
def test_owner_keeps_its_side(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


PRONOUN_TARGETS = [
    # a pronoun judged in reported speech stands for the policy named after the actor (class 1)
    ("The council adopted new parking rules in May. Senator Mara Holt said they were unworkable.", "Mara Holt",
     "opposes", "parking rules"),
    ("The council adopted new parking rules in May. Senator Mara Holt rejected them.", "Mara Holt", "opposes",
     "parking rules"),
    # a misdeed is done by the actor, whatever was named last
    ("The council adopted new parking rules in May. Senator Mara Holt said they had lied.", "Mara Holt", "opposes",
     "council"),
]


@pytest.mark.parametrize("text,subject,relation,obj", PRONOUN_TARGETS)
def test_pronoun_targets(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_pronoun_judged_is_not_the_actor(build_text):
    graph = build_text("The council adopted new parking rules in May. Senator Mara Holt said they were unworkable.")
    assert not has_triple(graph, "Mara Holt", "opposes", "council"), sorted(label_triples(graph))


PLEDGES = [
    # what a speaker says their own side will do, they back (the act names a policy named elsewhere)
    ("The Liberal Party has promised a cut in fuel duty. Senator Mara Holt said her party would cut fuel duty "
     "next year.", "Mara Holt", "supports", "fuel duty"),
    ("The Liberal Party has promised a cut in fuel duty. \"We will cut fuel duty next year,\" Senator Mara Holt "
     "said.", "Mara Holt", "supports", "fuel duty"),
]


@pytest.mark.parametrize("text,subject,relation,obj", PLEDGES)
def test_pledges(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_PLEDGES = [
    # what someone else will do is no pledge of the reporter's
    ("The Liberal Party has promised a cut in fuel duty. Senator Mara Holt said Tom Okafor would cut fuel duty "
     "next year.", "Mara Holt", "supports", "fuel duty"),
    # a reported verb with a side of its own is that subject's side, not the reporter's pledge
    ("Critics attacked the rail levy. Senator Mara Holt said the council would reject the rail levy.", "Mara Holt",
     "supports", "rail levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_PLEDGES)
def test_not_pledges(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


CLAUSES = [
    # a clause whose subject is an actor restates a policy the article names (class 2)
    ("The Liberal Party has unveiled plans for deep spending cuts. Senator Mara Holt warned that the Liberal "
     "Party was planning the deepest spending cuts in history.", "Mara Holt", "warns", "spending cuts"),
    # what is recommended in the subjunctive is the recommender's side, and the act is a policy wanted
    ("Senator Mara Holt recommended that the council scrap the rail levy.", "Mara Holt", "opposes", "rail levy"),
    ("The Green Party recommends that member states cut their fuel duties.", "Green Party", "supports",
     "cut their fuel duties"),
    # a body that opens two sentences running on "It" is still the body (class 3)
    ("The Green Party published its report on Monday. It also criticised the rail levy. It recommends that member "
     "states cut their fuel duties.", "Green Party", "supports", "cut their fuel duties"),
]


def _named(graph, subject: str, relation: str, obj: str) -> bool:
    """A statement whose object is named `obj` by its label or one of its aliases (a reader finds it by either)."""
    ents = {e.id: e for e in graph.entities}
    return any(ents[s.subject].label == subject and s.relation == relation and any(
        obj.lower() in n.lower() for n in (ents[s.object].label, *ents[s.object].aliases)) for s in graph.statements)


@pytest.mark.parametrize("text,subject,relation,obj", CLAUSES)
def test_clause_targets(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert _named(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_CLAUSE_SIDES = [
    # the one a recommendation is addressed to takes no side by it
    ("Senator Mara Holt recommended that the council scrap the rail levy.", "council", "opposes", "rail levy"),
    ("The Green Party recommends that member states cut their fuel duties.", "Green Party", "supports",
     "member states"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_CLAUSE_SIDES)
def test_not_clause_sides(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert (subject, relation, obj) not in {(s, r, o) for s, r, o in label_triples(graph)}, \
        sorted(label_triples(graph))


SPEECH = [
    # a that-clause the parser hangs on the one told is what was told
    ("The Liberal Party unveiled a pension reform. Senator Mara Holt has told a Labour Party gathering that the "
     "Liberal policies would cause economic failure.", "Mara Holt", "warns", "pension reform"),
    # excess is a judgement against, whatever the adjective
    ("The Liberal Party unveiled a pension reform. Senator Mara Holt said the pension reform was too expensive.",
     "Mara Holt", "opposes", "pension reform"),
    # a firm's executive saying "we" speaks for the firm too
    ("Alder Telecom chief executive Tom Okafor attacked the new rules. \"It's a preposterous piece of legislation, "
     "we are fighting the new rules,\" he said.", "Alder Telecom", "opposes", "new rules"),
]


@pytest.mark.parametrize("text,subject,relation,obj", SPEECH)
def test_speech_frames(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_SPEECH = [
    # "not too expensive" is no judgement against
    ("The Liberal Party unveiled a pension reform. Senator Mara Holt said the pension reform was not too expensive.",
     "Mara Holt", "opposes", "pension reform"),
    # a politician's "we" is not the party's line
    ("Labour MP Tom Okafor spoke in the debate. \"We are surely all opposed to the rail levy,\" he said.",
     "Labour Party", "opposes", "rail levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_SPEECH)
def test_not_speech_frames(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


CHARGES = [
    # a charge in reported speech is against the charged (class 4), each of the firms named together
    ("The European Commission alleged that Alder Telecom was abusing its dominant position.", "European Commission",
     "opposes", "Alder Telecom"),
    ("The European Commission wrote to Alder Telecom and Brightline on Monday. In letters sent to the two "
     "companies, the Commission alleged the firms were abusing their dominant market position.",
     "European Commission", "opposes", "Brightline"),  # "the Commission" is the European Commission named before
]


@pytest.mark.parametrize("text,subject,relation,obj", CHARGES)
def test_charges(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_charge_against_firms_not_named_is_none(build_text):
    graph = build_text("Senator Mara Holt criticised the energy market. The European Commission alleged the firms "
                       "were abusing their dominant market position.")
    assert not any(r == "opposes" and s == "European Commission" for s, r, o in label_triples(graph)), \
        sorted(label_triples(graph))


RESTATED = [
    # who makes a visit to support someone supports them, whatever preposition the visit hangs on
    ("Senator Mara Holt will make her speech during a visit to support Tom Okafor and Karen Dale.", "Mara Holt",
     "supports", "Karen Dale"),
    # who restates a stance noun takes it on, beside its owner
    ("Senator Mara Holt also underlined Liberal promises to cut fuel duty by £4bn.", "Mara Holt", "supports",
     "cut fuel duty"),
]


@pytest.mark.parametrize("text,subject,relation,obj", RESTATED)
def test_restated_and_purpose(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


@pytest.mark.parametrize("text,subject,relation,obj", [
    # setting out or outlining a plan is putting it forward, as unveiling it is
    ("Senator Mara Holt will set out Liberal plans for a rail levy.", "Mara Holt", "supports", "rail levy"),
    ("Senator Mara Holt is expected to outline proposals for a rail levy.", "Mara Holt", "supports", "rail levy"),
    # but setting out objections is objecting
    ("Senator Mara Holt set out her objections to the rail levy.", "Mara Holt", "opposes", "rail levy"),
])
def test_plans_put_forward(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_objections_set_out_are_no_support(build_text):
    graph = build_text("Senator Mara Holt set out her objections to the rail levy.")
    assert not has_triple(graph, "Mara Holt", "supports", "rail levy"), sorted(label_triples(graph))
