"""Robustness: the README's table of bad inputs, case by case, and property tests over arbitrary text.

Each row of the table "## Bad input" in README.md is one case of BAD_INPUT below.
"""
from __future__ import annotations

import base64
import json
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from conftest import ROOT
from graph.extract.build import build_article
from graph.cli import main
from graph.errors import InputError
from graph.model import NODE_TYPES, RELATIONS
from graph.io.nodelink import dumps_node_link
from graph.io.rdf import dumps_turtle, to_rdf
from graph.extract.language.text import article_from_text

PROSE = "Prime Minister Keir Starmer backed the harbour levy on Monday. The mayor opposed the levy. "
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _jsonl(tmp_path, *records):
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    return _write(tmp_path, "wire.jsonl", "\n".join(lines) + "\n")


def _big_file(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(PROSE * (50_000_000 // len(PROSE) + 1))  # 50 MB of real prose
    return path


def _big_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "ok", "text": PROSE}) + "\n")
        fh.write('{"id": "huge", "text": "' + PROSE * (50_000_000 // len(PROSE) + 1) + '"}\n')
    return path


# (case, make input, exit code, text expected on stderr); exit 0 means built, stderr then holds the warning
BAD_INPUT = [
    ("empty file", lambda t: _write(t, "empty.txt", b""), 2, "is empty"),
    ("blank file", lambda t: _write(t, "blank.txt", " \n\t\n"), 2, "is empty"),
    ("binary file", lambda t: _write(t, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), 2,
     "looks binary"),
    ("control characters only", lambda t: _write(t, "ctl.txt", "\x01\x02\x03\x04 \x05\x06" * 50), 2, "looks binary"),
    ("not UTF-8", lambda t: _write(t, "latin1.txt", "Le ministre a critiqué la réforme.".encode("latin-1")), 2,
     "is not UTF-8"),
    ("50 MB article", _big_file, 2, "MB, more than the 1,000,000 characters"),
    ("1 MB article over the limit", lambda t: _write(t, "long.txt", PROSE * (1_100_000 // len(PROSE))), 2,
     "characters, more than"),
    ("HTML page", lambda t: ROOT / "tests" / "data" / "page.html", 2, "looks like HTML"),
    ("a line of 1 MB with no spaces", lambda t: _write(t, "blob.txt", PROSE + "\n" + "x" * (1 << 20) + "\n"), 2,
     "characters, more than"),
    ("base64 blob inside an article", lambda t: _write(
        t, "b64.txt", PROSE + "\n" + base64.b64encode(bytes(range(256)) * 600).decode() + "\n" + PROSE), 2,
     "with no space"),
    ("missing file", lambda t: t / "nowhere.txt", 2, "no such file"),
    ("empty folder", lambda t: (t / "empty").mkdir() or t / "empty", 2, "holds no .txt or .jsonl"),
    ("JSON Lines: a line that is not JSON", lambda t: _jsonl(t, {"id": "a", "text": PROSE}, "{oops"), 2,
     "wire.jsonl:2: is not a JSON object"),
    ("JSON Lines: no text field", lambda t: _jsonl(t, {"id": "a", "title": "x"}), 2, 'wire.jsonl:1: has no "text"'),
    ("JSON Lines: a 50 MB line", _big_line, 2, "wire.jsonl:2: line is larger than"),
    ("JSON Lines: two articles with one id", lambda t: _jsonl(t, {"id": "a", "text": PROSE}, {"id": "a", "text": PROSE}),
     2, "same output name"),
    ("article in another language", lambda t: _write(t, "fr.txt", (
        "Le président de la République a soutenu mardi le projet de loi sur les retraites, tandis que la "
        "dirigeante de l'opposition s'y oppose fermement. Les syndicats appellent à la grève. ") * 4), 0,
     "does not look like English"),
    ("markup and control characters in names", lambda t: _write(t, "markup.txt", (
        "<b>Benjamin\x07 Netanyahu</b> supports the plan.\x1b Herzi\u200b Halevi, the IDF Chief of Staff, "
        "opposes the plan.\x0c\n<i>Hamas</i> warned against it.")), 0, ""),
]


@pytest.mark.parametrize("case, make, code, message", BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_gets_what_the_readme_says(tmp_path, capsys, case, make, code, message):
    path = make(tmp_path)
    out = tmp_path / "out"
    started = time.perf_counter()
    assert main(["build", str(path), "--out", str(out), "--format", "ttl,json"]) == code
    err = capsys.readouterr().err
    assert time.perf_counter() - started < 60, "refused or built quickly, never minutes"
    assert message in err
    assert "Traceback" not in err
    if code == 2:
        assert err.startswith("newsgraph: error: ") and err.count("\n") == 1
        assert not out.exists(), "nothing is written for a bad input"
    else:
        built = sorted(p for p in out.glob("*.json") if p.is_file())
        assert built
        for p in built:
            data = json.loads(p.read_text(encoding="utf-8"))
            for node in data["nodes"]:
                assert "<" not in node["label"], node["label"]
        for p in out.glob("*.ttl"):
            Graph().parse(p, format="turtle")


def test_bad_input_skip_bad_builds_the_rest(tmp_path, capsys):
    path = _jsonl(tmp_path, {"id": "good", "text": PROSE}, {"id": "empty", "text": ""}, "{oops")
    assert main(["build", str(path), "--out", str(tmp_path / "o"), "--format", "json", "--skip-bad"]) == 0
    err = capsys.readouterr().err
    assert err.count("newsgraph: warning: skipped") == 2
    assert (tmp_path / "o" / "good.json").exists()
    manifest = json.loads((tmp_path / "o" / "corpus.manifest.json").read_text())
    assert len(manifest["skipped"]) == 2


def test_bad_input_readme_table_lists_every_case():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Bad input"):]
    for case, *_ in BAD_INPUT:
        assert f"| {case} |" in table, f"README's bad-input table lacks the row {case!r}"


# --- properties over arbitrary text ------------------------------------------------------------------
NAMES = ["Benjamin Netanyahu", "Herzi Halevi", "Prime Minister Keir Starmer", "the IDF Chief of Staff", "Hamas",
         "the European Union", "Mr Blair", "<b>Angela Merkel</b>", "Emmanuel\x07 Macron", "José Ñúñez",
         "O'Brien", "Jean-Luc Mélenchon", "he", "The Labour Party", "defence secretary John Healey"]
CUES = ["supports", "opposes", "warned against", "backed", "rejected", "is reported to be resisting",
        "said he would not back", "criticised", "holds", "is a member of", "urged", "refused to support"]
OBJECTS = ["the plan", "a full military takeover of Gaza", "the tax cuts", "the bill", "it", "the Labour Party",
           "\u201cthe deal\u201d", "plans to raise the levy"]
_JUNK = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Z", "Cc")), max_size=4)


@st.composite
def news(draw):
    """Sentences of names, stance cues and objects, glued with stray characters, quotes and line breaks."""
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        parts += [draw(st.sampled_from(NAMES)), " ", draw(st.sampled_from(CUES)), " ",
                  draw(st.sampled_from(OBJECTS)), draw(st.sampled_from([".", ".", ",", "", ";", "!", "?\"", "."])),
                  draw(_JUNK), draw(st.sampled_from([" ", " ", "\n", "\n\n", "", "\r\n", "\t"]))]
    return "".join(parts)


def _check(text, nlp):
    try:
        article = article_from_text(text, name="prop")
    except InputError as e:
        assert "\n" not in str(e)
        return
    graph = build_article(article, nlp)
    # its Turtle always parses, to the very triples written
    G = to_rdf(graph)
    back = Graph().parse(data=dumps_turtle(G), format="turtle")
    assert set(back) == set(G)
    # its JSON always matches the node-link contract
    data = json.loads(dumps_node_link(graph))
    assert data["directed"] is True and data["multigraph"] is True
    ids = set()
    for node in data["nodes"]:
        assert node["type"] in NODE_TYPES and isinstance(node["label"], str) and node["label"].strip()
        assert isinstance(node["aliases"], list) and all(isinstance(a, str) for a in node["aliases"])
        ids.add(node["id"])
    for edge in data["edges"]:
        assert edge["source"] in ids and edge["target"] in ids and edge["relation"] in RELATIONS
        assert 0.0 <= edge["confidence"] <= 1.0
    # every evidence string is a substring of the input, where its offsets say
    for s in graph.statements:
        ev = s.evidence
        assert ev.sentence and text[ev.start:ev.end] == ev.sentence
        assert ev.start <= ev.cite_start <= ev.cite_end <= ev.end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news())
def test_property_news_like_text_builds_a_valid_graph(nlp, text):
    _check(text, nlp)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_property_arbitrary_text_never_crashes(nlp, text):
    _check(text, nlp)


def test_labels_have_no_control_characters(build_text):
    # found by test_property_news_like_text_builds_a_valid_graph
    graph = build_text("Benjamin Netanyahu supports a full military takeover of GazaEmmanuel\x07 Macron supports the plan. ")
    assert graph.entities
    for e in graph.entities:
        assert not CONTROL.search(e.label), repr(e.label)
