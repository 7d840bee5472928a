"""Corpus builds: files, folders and JSON Lines in; per-article files, records and one corpus graph out."""
from __future__ import annotations

import concurrent.futures as cf
import fcntl
import json
import threading
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import SEEDS
from graph.cli import main
from graph.corpus import (STATE_DIR, build_corpus, english_warning, graph_from_record, graph_to_record,
                          person_merges, plan)
from graph.errors import InputError
from graph.model import Article
from graph.corpus import code_version as _code_version

CODE_AT_IMPORT = _code_version()

SNIPPETS = {
    "budget": "Prime Minister Keir Starmer backed the budget plan on Monday. "
              "Opposition leader Kemi Badenoch opposed the budget plan.\n",
    "levy": "Chancellor Rachel Reeves supports the harbour levy. Kemi Badenoch warned against the harbour levy.\n",
    "strike": "The union leader Mick Lynch opposed the pay offer. Keir Starmer backed the pay offer.\n",
}


def _jsonl(path: Path, items: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps({"id": k, "text": v, "extra": 1}) + "\n" for k, v in items.items()),
                    encoding="utf-8")
    return path


def _tree(root: Path) -> dict[str, bytes]:
    """Every file a build wrote, by relative path (the lock file aside)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "lock"}


@pytest.fixture
def corpus_in(tmp_path):
    """A folder with a nested text article, a JSON Lines file and a hidden file that must be ignored."""
    src = tmp_path / "in"
    (src / "uk").mkdir(parents=True)
    (src / "uk" / "budget.txt").write_text(SNIPPETS["budget"], encoding="utf-8")
    _jsonl(src / "wire.jsonl", {"levy": SNIPPETS["levy"], "strike": SNIPPETS["strike"]})
    (src / ".hidden").mkdir()
    (src / ".hidden" / "draft.txt").write_text("not an article of the corpus", encoding="utf-8")
    (src / "notes.md").write_text("# not an article", encoding="utf-8")
    return src


def test_plan_expands_folders_and_json_lines_in_order(corpus_in):
    sources, bad = plan([corpus_in])
    assert [s.name for s in sources] == ["uk/budget", "levy", "strike"]
    assert [s.stem for s in sources] == ["uk/budget", "levy", "strike"]
    assert sources[1].line == 1 and sources[2].line == 2 and sources[2].offset > 0
    assert bad == []
    assert all(len(s.sha256) == 64 and s.words > 5 for s in sources)


@pytest.mark.parametrize("line, reason", [
    ("{not json", "not a JSON object"),
    ('{"id": "a"}', "no \"text\""),
    ('["a", "b"]', "no \"text\""),
    ('{"id": "", "text": "Some words here."}', "\"id\""),
    ('{"id": "a", "text": ""}', "empty"),
])
def test_plan_bad_json_line_names_file_and_line(tmp_path, line, reason):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "The council backed the levy."}) + "\n" + line + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        plan([path])
    assert f"{path}:2" in str(info.value) and reason in str(info.value)
    assert "--skip-bad" in str(info.value)


def test_plan_skip_bad_keeps_the_good_articles(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "ok", "text": "The council backed the levy."}\n{"id": "bad", "text": " "}\n',
                    encoding="utf-8")
    sources, bad = plan([path], skip_bad=True)
    assert [s.name for s in sources] == ["ok"]
    assert len(bad) == 1 and f"{path}:2" in bad[0]


def test_plan_duplicate_ids_are_refused(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", {"x": "The council backed the levy."})
    other = _jsonl(tmp_path / "b.jsonl", {"x": "The mayor opposed the levy."})
    with pytest.raises(InputError, match="same output name"):
        plan([path, other])


def test_plan_ids_cannot_write_outside_the_out_folder(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "../../etc/passwd", "text": "The council backed the levy."}) + "\n")
    (source,), _ = plan([path])
    assert ".." not in source.stem.split("/") and not source.stem.startswith("/")


def test_record_round_trips_an_article_graph(seed_graph):
    back = graph_from_record(json.loads(json.dumps(graph_to_record(seed_graph))))
    assert back.entities == seed_graph.entities
    assert back.statements == seed_graph.statements
    assert back.article.name == seed_graph.article.name and back.pipeline == seed_graph.pipeline


@pytest.mark.parametrize("labels, expected", [
    ({"person/george-w-bush": "George W. Bush", "person/george-bush": "George Bush"},
     {"person/george-bush": "person/george-w-bush"}),
    ({"person/george-w-bush": "George W. Bush", "person/george-walker-bush": "George Walker Bush"},
     {"person/george-w-bush": "person/george-walker-bush"}),
    # two middle names that differ: father and son, not one person; the bare name stays apart too
    ({"person/george-w-bush": "George W. Bush", "person/george-h-w-bush": "George H. W. Bush",
      "person/george-bush": "George Bush"}, {}),
    ({"person/ed-miliband": "Ed Miliband", "person/david-miliband": "David Miliband"}, {}),
    # a surname alone joins the one full name of the corpus that carries it (issue 12), never one of two
    ({"person/blair": "Blair", "person/tony-blair": "Tony Blair"}, {"person/blair": "person/tony-blair"}),
    ({"person/brown": "Brown", "person/gordon-brown": "Gordon Brown", "person/nick-brown": "Nick Brown"}, {}),
    ({"person/dr-john-reid": "Dr John Reid", "person/john-reid": "John Reid"},
     {"person/dr-john-reid": "person/john-reid"}),
])
def test_person_merges_first_name_and_surname(labels, expected):
    people = {pid: Counter({label: 1}) for pid, label in labels.items()}
    if "person/john-reid" in people:
        people["person/john-reid"][labels["person/john-reid"]] = 3  # the most frequent form is canonical
    assert person_merges(people) == expected


def test_english_warning_flags_another_language():
    french = ("Le président a soutenu le projet de loi sur les retraites, tandis que la dirigeante de "
              "l'opposition s'y oppose fermement devant les députés réunis au palais. ") * 3
    assert "English" in english_warning(Article("fr", french, "fr.txt"))
    assert english_warning(Article("en", SNIPPETS["budget"] * 4, "en.txt")) == ""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The snippets built once as a corpus: (input folder, out folder, report)."""
    root = tmp_path_factory.mktemp("corpus")
    src = root / "in"
    src.mkdir()
    for name, text in SNIPPETS.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    _jsonl(src / "seeds.jsonl", {"seed": (SEEDS / "gaza-rift.txt").read_text(encoding="utf-8")})
    out = root / "out"
    report = build_corpus([src], out, formats=["ttl", "json"])
    return src, out, report


def test_build_corpus_writes_every_article_and_the_corpus(built):
    src, out, report = built
    assert report.articles == 4 and report.built == 4 and report.unchanged == 0
    for stem in ("budget", "levy", "strike", "seed"):
        assert (out / f"{stem}.ttl").stat().st_size and (out / f"{stem}.json").stat().st_size
        assert (out / STATE_DIR / "articles" / f"{stem}.json").exists()
    assert [p.name for p in report.corpus_files] == ["corpus.nq", "corpus.trig", "corpus.manifest.json"]
    manifest = json.loads((out / "corpus.manifest.json").read_text())
    assert [a["name"] for a in manifest["articles"]] == ["budget", "levy", "seed", "strike"]


def test_corpus_files_are_ordinary_files_like_the_article_files(built):
    """The corpus graph is streamed through a private temporary file; once in place, it is as
    readable as every other output (mkstemp's 0600 would hide it from the rest of a team)."""
    _, out, report = built
    expected = (out / "seed.ttl").stat().st_mode & 0o777
    assert expected & 0o044, "the article files themselves should be readable by others"
    for path in report.corpus_files:
        assert path.stat().st_mode & 0o777 == expected, f"{path.name}: {oct(path.stat().st_mode & 0o777)}"


def _store(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG)
    return store


def test_corpus_has_one_named_graph_per_article_and_trig_equals_nquads(built):
    _, out, _ = built
    nq, trig = _store(out / "corpus.nq"), _store(out / "corpus.trig")
    assert set(map(str, nq)) == set(map(str, trig))
    graphs = {str(g) for g in nq.named_graphs()}
    assert {f"<https://newsgraph.dev/id/article/{a}>" for a in ("budget", "levy", "strike", "seed")} <= graphs
    assert "<https://newsgraph.dev/id/corpus/corpus>" in graphs


def test_corpus_statements_point_at_their_article_and_sentence(built):
    src, out, _ = built
    texts = {name: text for name, text in SNIPPETS.items()}
    texts["seed"] = (SEEDS / "gaza-rift.txt").read_text(encoding="utf-8")
    rows = list(_store(out / "corpus.nq").query("""
        PREFIX ng: <https://newsgraph.dev/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <https://schema.org/>
        SELECT ?g ?name ?art ?start ?end ?exact WHERE { GRAPH ?g {
            ?st a ng:Statement ; prov:wasDerivedFrom ?art ; oa:hasSelector ?sel .
            ?sel oa:start ?start ; oa:end ?end ; oa:exact ?exact .
            ?art schema:name ?name } }"""))
    assert len({r["name"].value for r in rows}) >= 3, "most snippets yield a statement"
    for r in rows:
        assert r["g"] == r["art"], "a statement lives in its own article's graph"
        text = texts[r["name"].value]
        assert text[int(r["start"].value):int(r["end"].value)] == r["exact"].value


def test_corpus_merges_an_entity_named_in_two_articles(built):
    """An id found in several articles is one node of the corpus graph, derived from each of them."""
    _, out, _ = built
    found: dict[str, set] = {}
    for path in (out / STATE_DIR / "articles").glob("*.json"):
        graph = graph_from_record(json.loads(path.read_text())["graph"])
        for e in graph.entities:
            found.setdefault(e.id, set()).add(graph.article.name)
    shared = {eid: arts for eid, arts in found.items() if len(arts) > 1}
    assert shared, "Keir Starmer is in two snippets"
    store = _store(out / "corpus.nq")
    for eid, arts in shared.items():
        rows = list(store.query(f"""
            PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label ?art WHERE {{ GRAPH <https://newsgraph.dev/id/corpus/corpus> {{
                <https://newsgraph.dev/id/{eid}> skos:prefLabel ?label ; prov:wasDerivedFrom ?art }} }}"""))
        assert len({r["label"].value for r in rows}) == 1
        assert {r["art"].value.rsplit("/", 1)[1] for r in rows} == arts


def test_rebuild_skips_unchanged_and_rebuilds_the_edited_article(built, tmp_path):
    src, out, _ = built
    before = _tree(out)
    report = build_corpus([src], out, formats=["ttl", "json"])
    assert (report.built, report.unchanged) == (0, 4)
    assert _tree(out) == before
    (src / "levy.txt").write_text(SNIPPETS["levy"].replace("Reeves", "Reeves firmly"), encoding="utf-8")
    try:
        report = build_corpus([src], out, formats=["ttl", "json"])
        assert (report.built, report.unchanged) == (1, 3)
        after = _tree(out)
        assert after["budget.ttl"] == before["budget.ttl"] and after["levy.ttl"] != before["levy.ttl"]
    finally:
        (src / "levy.txt").write_text(SNIPPETS["levy"], encoding="utf-8")
        build_corpus([src], out, formats=["ttl", "json"])


def test_rebuild_with_a_new_format_writes_it(built, tmp_path):
    src, out, _ = built
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    report = build_corpus([src], copy, formats=["ttl", "json", "jsonld"])
    assert report.built == 4 and (copy / "seed.jsonld").exists()


def test_jobs_two_writes_the_same_bytes_as_jobs_one(built, tmp_path):
    src, out, _ = built
    build_corpus([src], tmp_path / "two", formats=["ttl", "json"], jobs=2, batch_size=1)
    assert _tree(tmp_path / "two") == _tree(out)


def test_interrupted_build_leaves_complete_files_and_resumes(built, tmp_path, monkeypatch):
    """Ctrl-C after the first article: its files and record are complete, nothing else is there, and a rerun
    finishes with the same bytes as an uninterrupted build."""
    src, out, _ = built
    from graph.corpus import run as corpus
    real = corpus._save
    seen = []

    def interrupted(out_dir, batch, results):
        for result in real(out_dir, batch, results):
            seen.append(result)
            yield result
            raise KeyboardInterrupt

    monkeypatch.setattr(corpus, "_save", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_corpus([src], tmp_path / "o", formats=["ttl", "json"], batch_size=1)
    monkeypatch.undo()
    files = _tree(tmp_path / "o")
    assert len(seen) == 1 and not [f for f in files if f.endswith(".part")]
    assert set(files) == {f"{seen[0].source.stem}.ttl", f"{seen[0].source.stem}.json",
                          f"{STATE_DIR}/articles/{seen[0].source.stem}.json"}
    report = build_corpus([src], tmp_path / "o", formats=["ttl", "json"])
    assert (report.built, report.unchanged) == (3, 1)
    assert _tree(tmp_path / "o") == _tree(out)


def test_stale_temporary_files_of_a_killed_build_are_removed(built, tmp_path):
    src, out, _ = built
    (tmp_path / "o").mkdir()
    stale = tmp_path / "o" / ".budget.ttl.x1y2.part"
    stale.write_text("half a file")
    build_corpus([src / "budget.txt"], tmp_path / "o", formats=["ttl"])
    assert not stale.exists()


def test_a_second_build_into_the_same_folder_is_refused(built, tmp_path):
    src, _, _ = built
    state = tmp_path / "o" / STATE_DIR
    state.mkdir(parents=True)
    with open(state / "lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        with pytest.raises(InputError, match="another newsgraph build"):
            build_corpus([src], tmp_path / "o", formats=["ttl"])


class _CountingExecutor(cf.ThreadPoolExecutor):
    """Runs batches in one thread and records how many were ever waiting at once."""

    def __init__(self):
        super().__init__(max_workers=1)
        self.pending = self.peak = 0
        self.lock = threading.Lock()

    def submit(self, fn, *args, **kwargs):
        with self.lock:
            self.pending += 1
            self.peak = max(self.peak, self.pending)
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._done)
        return future

    def _done(self, _):
        with self.lock:
            self.pending -= 1


def test_batches_in_flight_are_bounded_by_jobs_not_by_corpus(tmp_path):
    """Memory follows the batch: with 1 job at most 2 batches of texts are submitted at a time."""
    items = {f"a{i:02d}": f"Minister Ann Lee{i} backed the plan number {i}." for i in range(12)}
    executor = _CountingExecutor()
    with executor:
        report = build_corpus([_jsonl(tmp_path / "w.jsonl", items)], tmp_path / "o", formats=["json"],
                              executor=executor, jobs=1, batch_size=2)
    assert report.built == 12
    assert executor.peak <= 2


def test_cli_folder_build_prints_a_corpus_summary(built, tmp_path, capsys):
    src, _, _ = built
    assert main(["build", str(src), "--out", str(tmp_path / "o"), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "corpus: 4 articles (4 built, 0 unchanged, 0 skipped)" in out
    assert "wrote:" in out and "corpus.nq" in out
    assert main(["build", str(src), "--out", str(tmp_path / "o"), "--format", "json", "--quiet"]) == 0
    assert capsys.readouterr().out == ""


def test_cli_single_file_keeps_its_plain_outputs(tmp_path, capsys):
    path = tmp_path / "levy.txt"
    path.write_text(SNIPPETS["levy"], encoding="utf-8")
    assert main(["build", str(path), "--out", str(tmp_path / "o"), "--format", "ttl,json"]) == 0
    names = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert names == [STATE_DIR, "levy.json", "levy.ttl"]  # no corpus files for one plain article
    assert "levy:" in capsys.readouterr().out


def test_cli_unknown_format_is_refused_before_anything_is_written(tmp_path, capsys):
    path = tmp_path / "levy.txt"
    path.write_text(SNIPPETS["levy"], encoding="utf-8")
    assert main(["build", str(path), "--out", str(tmp_path / "o"), "--format", "json,pdf"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'pdf'" in err
    assert not (tmp_path / "o").exists()


def _skip_if_code_changed(at_import: str) -> None:
    """This session imported graph/ when the module was collected; a process started later imports the files
    as they are now. When someone edits graph/ meanwhile, the two builds run different code."""
    from graph.corpus import code_version
    code_version.cache_clear()
    if code_version() != at_import:
        pytest.skip("graph/ changed on disk during the session: this process and its workers run different code")


def _wire(tmp_path) -> Path:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    texts.update(SNIPPETS)
    return _jsonl(tmp_path / "wire.jsonl", texts)


def _start_and_stop(tmp_path, wire, sig, *extra):
    """Run the CLI in a real process and send it `sig` once its first article is done."""
    import signal
    import subprocess
    import sys
    import time
    from conftest import ROOT
    out = tmp_path / "o"
    # (a shell that runs the tests in the background without job control starts them with Ctrl-C ignored, and a
    # child inherits that: the CLI is given the terminal's default, as a user's Ctrl-C reaches it)
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(wire), "--out", str(out), "--format",
                             "ttl,json", "--batch-size", "1", *extra], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list((out / STATE_DIR / "articles").glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err, out


@pytest.mark.parametrize("sig, extra, code", [("SIGKILL", (), -9), ("SIGINT", ("--jobs", "2"), 130)],
                         ids=["killed", "ctrl-c-with-2-jobs"])
def test_stopped_process_leaves_complete_files_and_resumes(tmp_path, sig, extra, code):
    wire = _wire(tmp_path)
    returncode, err, out = _start_and_stop(tmp_path, wire, sig, *extra)
    assert returncode == code
    if sig == "SIGINT":
        assert "Traceback" not in err and "interrupted" in err
    records = {p.stem for p in (out / STATE_DIR / "articles").glob("*.json")}
    assert records and len(records) < 7, "stopped in the middle of the build"
    for path in out.rglob("*"):
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))  # complete: it parses
        elif path.suffix == ".ttl":
            from rdflib import Graph
            Graph().parse(path, format="turtle")
    for stem in records:  # a record only once its files are there
        assert (out / f"{stem}.ttl").exists() and (out / f"{stem}.json").exists()
    from graph.corpus import code_version
    code_version.cache_clear()  # the stopped process hashed the code as it is now, not when this session began
    versions = {json.loads(p.read_text())["newsgraph"] for p in (out / STATE_DIR / "articles").glob("*.json")}
    report = build_corpus([wire], out, formats=["ttl", "json"], batch_size=1)
    assert report.built + report.unchanged == report.articles
    if versions == {code_version()}:  # else someone edited graph/ meanwhile: rebuilding everything is right
        assert report.unchanged == len(records)
    assert not [p for p in out.rglob("*.part")]
    _skip_if_code_changed(CODE_AT_IMPORT)
    fresh = build_corpus([wire], tmp_path / "fresh", formats=["ttl", "json"], batch_size=1)
    assert fresh.built == report.articles
    assert _tree(out) == _tree(tmp_path / "fresh")
