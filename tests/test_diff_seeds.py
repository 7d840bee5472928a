"""Diffing the constructed versions of the seed article with the real pipeline, and the CLI around it."""
from __future__ import annotations

import json
import pytest
from rdflib.compare import isomorphic

from conftest import SEEDS, chromium_path, require_browser
from graph.cli import main
from graph.diff import apply_patch, diff, dumps_patch
from graph.io.load import load

VERSIONS = ["gaza-rift.txt", "gaza-rift-v2-update.txt", "gaza-rift-v3-correction.txt", "gaza-rift-v4-reworded.txt"]


@pytest.fixture(scope="module")
def versions(nlp):
    """Each seed version built once: name -> (ArticleGraph, rdflib Graph)."""
    return {name: load(SEEDS / name, nlp=nlp) for name in VERSIONS}


@pytest.fixture(scope="module")
def built(tmp_path_factory, versions):
    """The seed versions written by `newsgraph build` to every graph format."""
    from graph.io.outputs import write_outputs
    out = tmp_path_factory.mktemp("versions")
    for graph, _ in versions.values():
        write_outputs(graph, out, ["ttl", "jsonld", "json"])
    return out


def _diff(versions, a, b):
    (ga, Ga), (gb, Gb) = versions[a], versions[b]
    return diff(ga, gb, old_rdf=Ga, new_rdf=Gb)


def _label(d, ref):
    return d.labels[ref]


def test_seed_update_shows_the_flip_as_a_flip(versions):
    d = _diff(versions, VERSIONS[0], VERSIONS[1])
    flips = [c for c in d.statements if c.kind == "flipped"]
    assert any("Smotrich" in _label(d, c.subject) and "takeover" in _label(d, c.object)
               and (c.before, c.after) == ("supports", "opposes") for c in flips), [str(c) for c in d.statements]
    removed_or_added = {(c.kind, _label(d, c.subject), c.relation, _label(d, c.object)) for c in d.statements}
    assert not any(k in ("added", "removed") and "Smotrich" in s and r in ("supports", "opposes") and "takeover" in o
                   for k, s, r, o in removed_or_added)  # never a removal plus an addition


def test_seed_update_adds_a_new_actor(versions):
    d = _diff(versions, VERSIONS[0], VERSIONS[1])
    assert any(c.kind == "added" and c.new_label == "Yair Lapid" for c in d.entities)
    assert any(c.kind == "added" and _label(d, c.subject) == "Yair Lapid" and c.relation == "opposes"
               and "takeover" in _label(d, c.object) for c in d.statements)


def test_seed_update_reported_resistance_became_direct(versions):
    d = _diff(versions, VERSIONS[0], VERSIONS[1])
    assert any(c.kind == "qualifiers" and "Halevi" in _label(d, c.subject) and c.relation == "opposes"
               and "attributed" in c.before and c.after == "direct" for c in d.statements)


def test_seed_correction_renames_the_minister_and_makes_blinken_former(versions):
    d = _diff(versions, VERSIONS[1], VERSIONS[2])
    assert any(c.kind == "renamed" and (c.old_label, c.new_label) == ("Yoav Gallant", "Israel Katz") for c in d.entities)
    assert any(c.kind == "qualifiers" and "Blinken" in _label(d, c.subject) and c.relation == "holds"
               and c.after == "former" for c in d.statements)
    assert not any(c.kind in ("added", "removed") and "Katz" in _label(d, c.subject) for c in d.statements)


def test_seed_rewording_shows_no_change_of_substance(versions):
    d = _diff(versions, VERSIONS[2], VERSIONS[3])
    assert d.substance == (), [f"{c.kind} {c}" for c in d.substance]
    assert any(c.kind == "reworded" for c in d.statements)
    # "Halevi" alone in the reworded version is the same node as "Herzi Halevi"
    assert any(c.kind == "relabelled" and {c.old_label, c.new_label} == {"Herzi Halevi", "Halevi"} for c in d.entities)


@pytest.mark.parametrize("a, b", list(zip(VERSIONS, VERSIONS[1:])))
def test_seed_patch_turns_old_graph_into_new(versions, a, b):
    patch = dumps_patch(_diff(versions, a, b))
    assert isomorphic(apply_patch(versions[a][1], patch), versions[b][1])


@pytest.mark.parametrize("suffix", [".ttl", ".jsonld", ".json"])
def test_load_built_graph_reads_back_what_was_built(versions, built, suffix):
    graph, G = load(built / f"gaza-rift{suffix}")
    original, G0 = versions[VERSIONS[0]]
    assert graph.entities == original.entities
    assert graph.statements == original.statements
    assert isomorphic(G, G0)


def test_cli_diff_built_graphs_never_runs_the_pipeline(built, capsys, monkeypatch):
    import graph.extract.build
    import graph.extract.language.nlp

    def refuse(*args, **kwargs):
        raise AssertionError("the language pipeline ran on built graphs")
    for module, name in ((graph.extract.language.nlp, "load_pipeline"), (graph.extract.language.nlp, "parse"), (graph.extract.build, "extract")):
        monkeypatch.setattr(module, name, refuse)
    assert main(["diff", str(built / "gaza-rift.ttl"), str(built / "gaza-rift-v2-update.json"), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(c["kind"] == "flipped" for c in data["statements"])


def test_cli_diff_text_is_plain_when_not_a_terminal(built, capsys):
    assert main(["diff", str(built / "gaza-rift-v3-correction.ttl"), str(built / "gaza-rift-v4-reworded.jsonld")]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out
    assert "0 change(s) of substance" in out and "Rewording (not substance)" in out


def test_cli_diff_exit_code_and_patch_file(built, tmp_path, capsys):
    out = tmp_path / "update.patch"
    rc = main(["diff", str(built / "gaza-rift.ttl"), str(built / "gaza-rift-v2-update.ttl"),
               "--format", "patch", "--out", str(out), "--exit-code"])
    assert rc == 1 and capsys.readouterr().out == ""
    text = out.read_text()
    assert text.startswith("H id <uuid:") and "\nA <" in text and "\nD <" in text and text.endswith("TC .\n")


def test_cli_diff_history_of_all_versions(built, capsys):
    assert main(["diff", *(str(built / v.replace(".txt", ".json")) for v in VERSIONS), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["versions"]) == 4
    smotrich = {(s["relation"], tuple(s["versions"])) for s in data["statements"]
                if "Smotrich" in s["subject"] and "takeover" in s["object"]}
    assert ("supports", ("gaza-rift",)) in smotrich
    assert any(r == "opposes" and v[0] == "gaza-rift-v2-update" for r, v in smotrich)


def _write(name: str, text: str):
    def make(folder):
        (folder / name).write_text(text, encoding="utf-8")
        return folder / name
    return make


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.ttl", "no such file"),
    (_write("broken.ttl", "@prefix ng: <x> .\nng:a ng:b "), "broken Turtle"),
    (_write("broken.json", '{"nodes": ['), "broken JSON"),
    (_write("broken.jsonld", '{"@graph": [}'), "broken jsonld"),
    (_write("notes.csv", "a,b"), "unknown kind of file"),
    (_write("empty.ttl", ""), "no newsgraph"),
    (_write("nodes.json", '{"nodes": [{"id": "x"}], "edges": []}'), "not a node-link graph"),
])
def test_cli_diff_bad_input_is_one_line(built, tmp_path, capsys, make, message):
    bad = make(tmp_path)
    out = tmp_path / "out.json"
    assert main(["diff", str(built / "gaza-rift.ttl"), str(bad), "-f", "json", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsgraph: error: ") and err.count("\n") == 1 and message in err and str(bad) in err
    assert not out.exists()


def test_cli_diff_unrelated_articles(nlp, tmp_path, capsys):
    from graph.extract.build import build_article
    from graph.io.outputs import write_outputs
    from graph.extract.language.text import article_from_text
    # an article of its own, so the test needs no evaluation folder beside the checkout
    text = ("Council rejects bypass plan\n\nThe Northfield council has rejected a plan for a new bypass. "
            "Councillor Ann Hale said the road would destroy the marshes. The Ramblers Society welcomed the vote.")
    other = build_article(article_from_text(text, name="bypass-vote"), nlp)
    write_outputs(other, tmp_path, ["ttl"])
    seed = SEEDS / "gaza-rift.txt"
    assert main(["diff", str(seed), str(tmp_path / "bypass-vote.ttl")]) == 2
    assert "two different articles" in capsys.readouterr().err


def test_cli_diff_html_union_view(built, tmp_path):
    out = tmp_path / "diff.html"
    assert main(["diff", str(built / "gaza-rift.ttl"), str(built / "gaza-rift-v2-update.ttl"), "-f", "html",
                 "-o", str(out)]) == 0
    page = out.read_text()
    assert page.startswith("<!") and "flipped" in page and "Lapid" in page
    if not chromium_path():
        if require_browser():
            pytest.fail("NEWSGRAPH_REQUIRE_BROWSER=1 but no chromium is installed")
        pytest.skip("no chromium: the page was written but not opened")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=["--no-sandbox", "--disable-gpu"])
        page_ = browser.new_page()
        errors = []
        page_.on("pageerror", lambda e: errors.append(str(e)))
        page_.goto(out.as_uri())
        page_.wait_for_selector("html[data-ready=true]", timeout=60_000)
        edges = page_.evaluate("network.body.edgeIndices.map(id => newsgraph.edges.get(id).ng)")
        legend_shown = page_.evaluate("!document.getElementById('status-legend').hidden")
        browser.close()
    assert not errors, errors
    statuses = {e["status"] for e in edges}
    assert {"flipped", "added", "removed", "unchanged"} <= statuses and legend_shown
    [flip] = [e for e in edges if e["status"] == "flipped" and e.get("was") == "supports"]
    assert flip["relation"] == "opposes"
