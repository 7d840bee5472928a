"""The lexicons in graph/data/: they load, hold what the rules expect, and contradict nothing."""
from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from graph.extract.language.lexicon import Lexicon, load_lexicon
from graph.model import STANCE_RELATIONS

FILES = ("offices.json", "institutions.json", "stance.json", "positions.json")
CUE_TABLES = ("verbs", "phrasal", "nouns", "adjectives")


def _raw(name: str) -> str:
    return resources.files("graph").joinpath("data", name).read_text(encoding="utf-8")


def _lists(value, path=""):
    """Every list inside a loaded JSON file, with its path."""
    if isinstance(value, list):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _lists(v, f"{path}.{k}" if path else k)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize("name", FILES)
def test_lexicon_file_has_no_duplicate_keys(name):
    """json.loads keeps the last of two equal keys silently: an entry would vanish without a word."""
    duplicates = []

    def hook(pairs):
        counts = Counter(k for k, _ in pairs)
        duplicates.extend(k for k, n in counts.items() if n > 1)
        return dict(pairs)

    json.loads(_raw(name), object_pairs_hook=hook)
    assert duplicates == []


def _about(name) -> str:
    """A file's `_about`: one text, or for the long ones a list of paragraphs, one a table."""
    about = json.loads(_raw(name))["_about"]
    return " ".join(about) if isinstance(about, list) else about


@pytest.mark.parametrize("name", FILES)
def test_lexicon_file_documents_itself(name):
    assert _about(name).strip()


@pytest.mark.parametrize("name", ["stance.json", "positions.json"])
def test_every_table_is_documented(name):
    """The two big lexicons say of every table what it holds and where it comes from, under its own key."""
    about = _about(name)
    assert [k for k in json.loads(_raw(name)) if not k.startswith("_") and f"`{k}`" not in about] == []


def _repeats(reason):
    return pytest.mark.xfail(strict=True, reason=f"repeated list entries today: {reason}")


@pytest.mark.parametrize("name", [
    "offices.json",
    "institutions.json",
    "stance.json",
    "positions.json",
])
def test_lexicon_lists_hold_each_entry_once(name):
    repeated = {path: sorted(w for w, n in Counter(items).items() if n > 1)
                for path, items in _lists(json.loads(_raw(name))) if all(isinstance(i, str) for i in items)}
    assert {p: r for p, r in repeated.items() if r} == {}


def test_lexicon_loads_once(lex):
    assert load_lexicon() is lex


@pytest.mark.parametrize("title", ["minister", "prime minister", "secretary of state", "chief of staff",
                                   "president", "senator", "mp", "chancellor", "spokesman"])
def test_lexicon_office_titles(lex, title):
    assert title in lex.office_heads


@pytest.mark.parametrize("word, kind", [("government", "government"), ("cabinet", "government"),
                                        ("parliament", "legislature"), ("senate", "legislature"),
                                        ("army", "military"), ("party", "party"), ("court", "court")])
def test_lexicon_institution_kinds(lex, word, kind):
    assert lex.institutions["kinds"][word] == kind


@pytest.mark.parametrize("surface, party", [("Tories", "Conservative Party"), ("labour", "Labour Party"),
                                            ("Lib Dem", "Liberal Democrats")])
def test_lexicon_party_aliases(lex, surface, party):
    assert lex.party_of(surface) == party


@pytest.mark.parametrize("table, cue, relation", [
    ("verbs", "back", "supports"), ("verbs", "endorse", "supports"), ("verbs", "reject", "opposes"),
    ("verbs", "criticise", "opposes"), ("verbs", "warn", "warns"), ("phrasal", "push for", "supports"),
    ("phrasal", "warn against", "warns"), ("nouns", "push", "supports"), ("nouns", "concern", "opposes"),
    ("adjectives", "alarmed", "opposes"), ("adjectives", "opposed", "opposes"),
])
def test_lexicon_stance_cues(lex, table, cue, relation):
    assert lex.stance[table][cue] == relation


@pytest.mark.parametrize("table", CUE_TABLES)
def test_lexicon_stance_tables_name_only_stance_relations(lex, table):
    assert set(lex.stance[table].values()) <= set(STANCE_RELATIONS)


def test_lexicon_noun_preps_cover_every_stance_relation(lex):
    assert set(lex.stance["noun_preps"]) == set(STANCE_RELATIONS)


def test_lexicon_no_cue_is_in_two_relations(lex):
    """A cue word means one thing: the same lemma may not be a support in one table and an opposition in another."""
    seen: dict[str, set[str]] = {}
    for table in CUE_TABLES:
        for cue, relation in lex.stance[table].items():
            seen.setdefault(cue, set()).add(relation)
    assert {cue: sorted(r) for cue, r in seen.items() if len(r) > 1} == {}


@pytest.mark.parametrize("a, b", [("negative_eval", "positive_eval"), ("harm_objects", "benefit_objects")])
def test_lexicon_opposite_lists_do_not_overlap(lex, a, b):
    assert set(lex.stance[a]) & set(lex.stance[b]) == set()


def test_lexicon_verbs_that_are_harm_and_benefit_are_told_apart_by_their_object(lex):
    """A verb in both lists ("raise") is read through harm_objects / benefit_objects: both must be non-empty."""
    both = set(lex.stance["harm"]) & set(lex.stance["benefit"])
    if both:
        assert lex.stance["harm_objects"] and lex.stance["benefit_objects"]


@pytest.mark.parametrize("name, key", [("stance.json", "verbs"), ("stance.json", "nouns"),
                                       ("stance.json", "adjectives"), ("positions.json", "heads"),
                                       ("positions.json", "generic"), ("offices.json", "heads"),
                                       ("institutions.json", "kinds")])
def test_lexicon_entries_are_lower_case(name, key):
    """Rules match lower-cased lemmas: an entry with a capital letter would never match."""
    entries = json.loads(_raw(name))[key]
    assert [e for e in entries if e != e.lower()] == []


def test_lexicon_position_synonyms_fold_paraphrases(lex):
    syn = lex.positions["synonyms"]
    assert syn["occupation"] == syn["takeover"]
    generic = set(lex.positions["generic"])
    assert {"plan", "move"} <= generic


def test_reference_words_come_from_the_lexicon_not_from_code():
    """What a pronoun or description stands for is decided by words of reference.json (issue 13)."""
    import ast
    from pathlib import Path

    from graph.extract.language.lexicon import load_lexicon
    words = load_lexicon().reference
    assert {"he", "she"} <= words["third_person_pronouns"] and "we" in words["first_person"]
    assert "spokesman" in words["spokes_nouns"] and "including" in words["list_preps"]
    for name in ("reference/context.py", "reference/actors.py"):
        tree = ast.parse((Path(__file__).resolve().parent.parent / "graph" / "extract" / name).read_text())
        literal_sets = [n for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Set)]
        assert not literal_sets, f"{name} defines a word set in code"
