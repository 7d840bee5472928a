"""The project's annotated articles (graph/training/annotated/): an index that matches its gold files, texts taken
from the corpus only when they are the ones annotated, no check article that restates a study article, and a floor
on the check articles, which nothing is fitted on: the figure a user gets on fresh text, kept from falling.
"""
from __future__ import annotations

import hashlib
import json

import pytest

from conftest import EVAL, ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news.jsonl"
needs_corpus = pytest.mark.skipif(not CORPUS.is_file(), reason=f"the corpus {CORPUS} is absent: no texts to write out")
# reached on the 59 check articles when they were annotated (session 27: stance 0.446, entity 0.810, structure 0.788),
# less 0.003; a ratchet like dev's (tests/test_eval_scores.py), raised, never lowered: stance 0.481 in session 28,
# structure 0.797 in session 29, entity 0.816 and structure 0.802 in session 33, entity 0.822 and structure 0.810
# in session 37
CHECK_BOUNDS = {"entity": 0.819, "stance": 0.478, "structure": 0.807}


@pytest.fixture(scope="module")
def index():
    from graph.training.annotated import load_index
    return load_index()


# the BBC articles and the Reuters ones: each folder's index, its gold files and the sets it puts them in
KINDS = {"annotated": ("load_index", {"study", "check"}), "annotated_reuters": ("load_reuters_index", {"rstudy", "rcheck"})}


@pytest.fixture(params=sorted(KINDS))
def indexed(request):
    import graph.training.annotated as annotated
    loader, sets = KINDS[request.param]
    return ROOT / "graph" / "training" / request.param, getattr(annotated, loader)(), sets


def test_index_and_gold_files_match(indexed):
    folder, index, sets = indexed
    names = [a["name"] for a in index]
    assert len(names) == len(set(names))
    golds = {p.name.removesuffix(".gold.json") for p in folder.iterdir() if p.name.endswith(".gold.json")}
    assert golds == set(names)
    assert {a["set"] for a in index} == sets


def test_every_gold_file_names_only_its_own_entities(indexed):
    folder, index, _ = indexed
    for a in index:
        gold = json.loads(folder.joinpath(f"{a['name']}.gold.json").read_text(encoding="utf-8"))
        assert gold["article"] == f"{a['name']}.txt"
        ids = {e["id"] for e in gold["entities"]}
        for r in gold["relations"]:
            assert r["source"] in ids and set(r["target"]) <= ids, (a["name"], r)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    from graph.training.annotated import materialize
    out = tmp_path_factory.mktemp("annotated")
    return out, materialize(out, CORPUS)


@needs_corpus
def test_written_folders_hold_every_article_with_its_quotes_in_its_text(index, written):
    out, counts = written
    assert counts == {s: sum(a["set"] == s for a in index) for s in ("study", "check")}
    for a in index:
        text = (out / a["set"] / f"{a['name']}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == a["sha256"]
        gold = json.loads((out / a["set"] / f"{a['name']}.gold.json").read_text(encoding="utf-8"))
        flat = " ".join(text.replace("\u2019", "'").split())
        for r in gold["relations"]:
            assert " ".join(r["evidence"].replace("\u2019", "'").split()) in flat, (a["name"], r["evidence"])


@needs_corpus
def test_a_corpus_with_another_text_stops_with_one_line_naming_the_record(index, tmp_path):
    from graph.training.annotated import materialize
    first = index[0]
    corpus = tmp_path / "bbc-news.jsonl"
    with CORPUS.open(encoding="utf-8") as f:
        lines = [json.loads(line) for line in f]
    for rec in lines:
        if rec["id"] == first["corpus_id"]:
            rec["text"] = rec["text"].replace(" the ", " a ", 1)
    corpus.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        materialize(tmp_path / "out", corpus)
    assert first["corpus_id"] in str(e.value) and "\n" not in str(e.value)
    assert not (tmp_path / "out").exists()


def test_a_missing_corpus_is_named(tmp_path):
    from graph.training.annotated import materialize
    with pytest.raises(SystemExit, match="no corpus file"):
        materialize(tmp_path / "out", tmp_path / "nowhere.jsonl")


@needs_corpus
def test_no_check_article_restates_a_study_article(index, written):
    """A near-copy of a check article among the study articles would let a fit see the check set (the corpus holds
    a few stories twice, and follow-ups that repeat whole paragraphs)."""
    out, _ = written

    def shingles(a):
        words = (out / a["set"] / f"{a['name']}.txt").read_text(encoding="utf-8").lower().split()
        return set(zip(words, words[1:], words[2:]))
    study = [shingles(a) for a in index if a["set"] == "study"]
    for a in (a for a in index if a["set"] == "check"):
        mine = shingles(a)
        worst = max(len(mine & s) / min(len(mine), len(s)) for s in study)
        assert worst < 0.3, (a["name"], worst)


@needs_corpus
@pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason=f"no score.py in {EVAL}")
def test_check_articles_meet_floor(written, nlp):
    from graph.extract.build import build_articles
    from graph.extract.language.text import read_article
    from graph.io.outputs import write_outputs
    from graph.training.edge_verdicts import load_score
    out, _ = written
    score = load_score(EVAL)
    golds = sorted((out / "check").glob("*.gold.json"))
    articles = [read_article(g.with_name(g.name.removesuffix(".gold.json") + ".txt")) for g in golds]
    built = out / "built"
    pairs = []
    for g, graph in zip(golds, build_articles(articles, nlp)):
        (path,) = write_outputs(graph, built, ["json"])
        pairs.append((g, path))
    total = score.summary([score.score_pair(g, p) for g, p in pairs])
    for part, bound in CHECK_BOUNDS.items():
        assert total[part]["f1"] >= bound, f"check {part} {total[part]['f1']:.3f} < {bound} ({total})"


@pytest.fixture(scope="module")
def reuters_index():
    from graph.training.annotated import load_reuters_index
    return load_reuters_index()


def test_reuters_index_names_each_record_of_the_distribution(reuters_index):
    assert all(isinstance(a["newid"], int) and a["sgm"].startswith("reut2-") for a in reuters_index)


def test_reuters_records_are_none_of_the_shared_eval_sets(reuters_index):
    """Fresh text: no record the dev or train folders already hold (their SOURCES.md name each NEWID)."""
    import re
    used = set()
    for folder in ("dev", "train"):
        sources = EVAL / folder / "SOURCES.md"
        if sources.is_file():
            used |= {int(n) for n in re.findall(r"NEWID (\d+)", sources.read_text(encoding="utf-8"))}
    assert not used & {a["newid"] for a in reuters_index}


def test_a_reuters_text_that_is_not_the_one_annotated_stops_with_one_line(reuters_index, tmp_path):
    from graph.training.annotated import materialize_reuters
    texts = tmp_path / "texts"
    texts.mkdir()
    first = reuters_index[0]
    (texts / f"{first['name']}.txt").write_text("ANOTHER STORY\n\nLONDON, March 3 - Nothing here.\n Reuter\n", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        materialize_reuters(tmp_path / "out", texts, (first["set"],))
    assert str(first["newid"]) in str(e.value) and "\n" not in str(e.value)
    assert not (tmp_path / "out").exists()


def test_a_missing_reuters_text_or_folder_is_named(reuters_index, tmp_path):
    from graph.training.annotated import materialize_reuters
    with pytest.raises(SystemExit, match="no folder"):
        materialize_reuters(tmp_path / "out", tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit, match=f"NEWID {reuters_index[0]['newid']}"):
        materialize_reuters(tmp_path / "out", tmp_path / "empty", (reuters_index[0]["set"],))

