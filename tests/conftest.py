"""Shared fixtures: the real English pipeline and the parsed, built seed article, made once per session."""
from __future__ import annotations

import os
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "gaza-rift.txt"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp():
    from graph.extract.language.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_article():
    from graph.extract.language.text import read_article
    return read_article(SEED)


@pytest.fixture(scope="session")
def seed_parsed(seed_article, nlp):
    from graph.extract.language.nlp import parse
    return parse(seed_article, nlp)


@pytest.fixture(scope="session")
def seed_graph(seed_parsed):
    from graph.extract.build import extract
    return extract(seed_parsed)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, seed_graph):
    """The seed article built to every format: {suffix: path}."""
    from graph.io.outputs import write_outputs
    out = tmp_path_factory.mktemp("seed-build")
    paths = write_outputs(seed_graph, out, ["ttl", "jsonld", "json", "html"])
    return {p.suffix: p for p in paths}


@pytest.fixture(scope="session")
def build_text(nlp):
    """Build a graph from a string: build_text("Text ...", name="x")."""
    from graph.extract.build import build_article
    from graph.extract.language.text import article_from_text

    def _build(text: str, name: str = "snippet"):
        return build_article(article_from_text(text, name=name), nlp)
    return _build


@pytest.fixture(scope="module")
def structure_of(build_text):
    """structure_of("Text ...") -> {(holder label, "holds" | "member_of", name)} for every name of the object:
    an office's label may be scoped to its organisation ("Rovers chief executive"), the title as written stays
    one of its names."""
    def _structure(text: str) -> set[tuple[str, str, str]]:
        graph = build_text(text)
        label = {e.id: e.label for e in graph.entities}
        names = {e.id: {e.label, *e.aliases} for e in graph.entities}
        return {(label[s.subject], s.relation, name) for s in graph.statements
                if s.relation in ("holds", "member_of") for name in names[s.object]}
    return _structure


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_browser() -> bool:
    """CI sets NEWSGRAPH_REQUIRE_BROWSER=1: a missing browser is then a failure, not a skip."""
    return os.environ.get("NEWSGRAPH_REQUIRE_BROWSER") == "1"


# Debian's chromium as root, offline: without the networking flags it keeps dialling out and is refused
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium driven by playwright, one per test module."""
    path = chromium_path()
    if path is None:
        if require_browser():
            pytest.fail("NEWSGRAPH_REQUIRE_BROWSER=1 but no chromium is installed (apt-get install chromium)")
        pytest.skip("no chromium found on PATH: browser tests skipped (install Debian's chromium to run them)")
    pytest.importorskip("playwright")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


def label_triples(graph) -> set[tuple[str, str, str]]:
    """(subject label, relation, object label) of every statement: what tests of extraction assert on."""
    labels = {e.id: e.label for e in graph.entities}
    return {(labels[s.subject], s.relation, labels[s.object]) for s in graph.statements}


def stance_triples(graph) -> set[tuple[str, str, str]]:
    """The label triples of the stance edges (supports, opposes, warns) alone."""
    return {t for t in label_triples(graph) if t[1] in ("supports", "opposes", "warns")}


def assert_sides(graph, holder: str, sides, wrong, *, wrong_inside: bool = False) -> None:
    """The check the sentence batteries share: among the stance edges of holders whose label contains `holder`,
    one of `sides` (relation, words inside the target's label) is found when any is given, and none of `wrong`.
    A wrong target is matched at the start of a label, or anywhere in it with `wrong_inside` (a judgement's
    misreading may be a longer phrase around the word)."""
    triples = label_triples(graph)
    mine = [(r, o.lower()) for s, r, o in triples
            if holder.lower() in s.lower() and r in ("supports", "opposes", "warns")]
    misread = [(r, o) for r, o in mine for rr, t in wrong
               if r == rr and (t.lower() in o if wrong_inside else o.startswith(t.lower()))]
    assert not misread, sorted(triples)
    assert not sides or any(r == rr and t.lower() in o for r, o in mine for rr, t in sides), sorted(triples)


def sides_params(cases):
    """The parameters of a battery of (construction, sentence, holder, sides, wrong[, "open: why"]) cases checked by
    assert_sides: a case whose last item is a string starting "open" is a non-strict xfail with that reason."""
    for case in cases:
        open_ = isinstance(case[-1], str) and case[-1].startswith("open")
        why = case[-1][len("open: "):] if open_ and case[-1].startswith("open: ") else "construction not read yet"
        marks = [pytest.mark.xfail(strict=False, reason=why)] if open_ else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


def open_sides_case(construction: str, text: str, holder: str, sides, wrong, open_: dict[str, str]):
    """A (text, holder, sides, wrong) battery case checked by assert_sides as a pytest param, a non-strict xfail
    when its text starts like a construction of `open_` (start of sentence -> why it is not read yet)."""
    why = next((why for start, why in open_.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(reason=why, strict=False)] if why else []
    return pytest.param(text, holder, sides, wrong, id=f"{construction}:{text[:40]}", marks=marks)


def known_case(tag: str, text: str, expected, known: dict[str, str]):
    """A battery case as a pytest param, xfail (not strict) when its text starts like a known miss of `known`."""
    why = next((why for start, why in known.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(reason=why, strict=False)] if why else []
    return pytest.param(text, expected, id=f"{tag}:{text[:40]}", marks=marks)


def assert_held(graph, expected) -> None:
    """The check of the holder batteries: every wanted (holder, relation, target) is among the stance edges and
    every one marked "!" is not; a want may be a list of alternatives, and "|" separates words any one of which
    will do. No target the reader names is taken a side on by a holder the reader does not name."""
    def alternatives(want):
        return want if isinstance(want, list) else [want]

    def matches(triple, want) -> bool:
        holder, relation, target = (x.lower() for x in triple)
        return any(h in holder for h in want[0].lstrip("!").split("|")) and relation in want[1].split("|") \
            and any(o in target for o in want[2].split("|"))

    got = stance_triples(graph)
    for want in expected:
        alts = alternatives(want)
        found = any(matches(t, a) for t in got for a in alts)
        assert found != alts[0][0].startswith("!"), f"{want} in {sorted(got)}"
    wanted = [a for w in expected for a in alternatives(w) if not a[0].startswith("!")]
    for t in got:
        if any(any(o in t[2].lower() for o in w[2].split("|")) for w in wanted):
            assert any(any(h in t[0].lower() for h in w[0].split("|")) for w in wanted), \
                f"{t} held by no one the reader names"


def _alias_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"['`\u2019]s\b", "s", text)
    text = re.sub(r"[.'`\u2019]", "", text)
    return re.sub(r"^the ", "", re.sub(r"[^\w]+", " ", text).strip())


def score_against_aliases(graph, expected) -> tuple[list, list]:
    """(missed, false) of the stance edges against `expected` (holder, relation, [target aliases]), as the
    position batteries match them: the holder's words inside the holder's label, the target's label or one of its
    aliases equal to a wanted alias once case, possessives, stops and a leading 'the' are set aside; each edge
    answers one want, and every edge left over is false."""
    ents = {e.id: e for e in graph.entities}
    edges = [(ents[s.subject], s.relation, ents[s.object]) for s in graph.statements
             if s.relation in ("supports", "opposes", "warns")]
    used, missed = set(), []
    for holder, relation, aliases in expected:
        golds = {_alias_key(a) for a in aliases}
        hit = next((k for k, (s, r, o) in enumerate(edges) if k not in used and r == relation
                    and _alias_key(holder) in _alias_key(s.label)
                    and {_alias_key(o.label), *map(_alias_key, o.aliases)} & golds), None)
        if hit is None:
            missed.append((holder, relation, aliases[0]))
        else:
            used.add(hit)
    return missed, [(s.label, r, o.label) for k, (s, r, o) in enumerate(edges) if k not in used]


def alias_battery(cases, known) -> list:
    """The parameters of a battery of (kind, text, expected) cases scored by score_against_aliases: ids
    "kind-index", and the texts of `known` (constructions not read yet) a non-strict xfail."""
    return [pytest.param(k, t, e, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason="not read yet", strict=False)]
                         if t in known else []) for i, (k, t, e) in enumerate(cases)]


def assert_scored(graph, expected) -> None:
    """No wanted edge missed and no stance edge left over (score_against_aliases)."""
    missed, false = score_against_aliases(graph, expected)
    assert not missed and not false, (missed, false)


def assert_wanted(graph, want, never) -> None:
    """The check of the unseen-article batteries: every (holder, relation, object words) of `want` is among the
    stance edges and none of `never`; None in a place matches anything there."""
    def holds(h, r, o) -> bool:
        return any((h is None or h.lower() in s.lower()) and (r is None or r == rel)
                   and (o is None or o.lower() in obj.lower()) for s, rel, obj in stance)

    stance = stance_triples(graph)
    missed = [x for x in want if not holds(*x)]
    wrong = [x for x in never if holds(*x)]
    assert not missed and not wrong, (missed, wrong, stance)


def has_triple(graph, subject: str, relation: str, obj: str) -> bool:
    """A statement from `subject` by `relation` to an object whose label contains `obj` (any case)."""
    return any(s == subject and r == relation and obj.lower() in o.lower() for s, r, o in label_triples(graph))
