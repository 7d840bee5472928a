"""Confidence that means something: stance edges judged against gold as score.py judges them, the
precision per confidence band, and the learned scorer that sets an edge's confidence."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import EVAL

FIXTURES = Path(__file__).parent / "data" / "scorer"

needs_eval = pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="needs ../shared/eval/score.py")


@pytest.fixture(scope="module")
def score():
    from graph.training.edge_verdicts import load_score
    return load_score(EVAL)


def _gold(tmp_path, relations, entities):
    import json
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps({"article": "a.txt", "entities": entities, "relations": relations}), encoding="utf-8")
    return path


@needs_eval
def test_verdicts_follow_score_py(score, tmp_path):
    ents = [{"id": "ann", "type": "person", "required": True, "aliases": ["Ann Vale"]},
            {"id": "tax", "type": "position", "required": True, "aliases": ["land tax"]},
            {"id": "fee", "type": "position", "required": False, "aliases": ["yacht fee"]}]
    rels = [{"source": "ann", "relation": ["supports"], "target": ["tax"], "required": True},
            {"source": "ann", "relation": ["supports"], "target": ["fee"], "required": False}]
    gold = _gold(tmp_path, rels, ents)
    nodes = [{"id": "p", "type": "person", "label": "Ann Vale"}, {"id": "t", "type": "position", "label": "land tax"},
             {"id": "t2", "type": "position", "label": "land tax", "aliases": ["yacht fee"]}, {"id": "f", "type": "position", "label": "yacht fee"}]
    edges = [{"source": "p", "target": "t", "relation": "supports"},      # the gold edge
             {"source": "p", "target": "t", "relation": "supports"},      # same claim, other sentence: same key
             {"source": "p", "target": "t2", "relation": "supports"},     # another node naming the same gold claim
             {"source": "p", "target": "t", "relation": "opposes"},       # the wrong side
             {"source": "p", "target": "f", "relation": "supports"},      # optional gold
             {"source": "p", "target": "x", "relation": "holds"}]         # no stance: not judged
    v = score_module_verdicts(score, gold, {"nodes": nodes, "edges": edges})
    assert v == {0: "right", 1: "right", 2: "duplicate", 3: "wrong", 4: "optional"}


def score_module_verdicts(score, gold, data):
    from graph.training.edge_verdicts import edge_verdicts
    return edge_verdicts(score, gold, data)


@needs_eval
def test_judged_fixture_folder_counts_like_score_py(score, nlp):
    """The verdicts of a built folder add up to score.py's own true and false positives."""
    from graph.training.edge_verdicts import judge_folder
    from graph.io.nodelink import node_link
    counts = Counter()
    tp = fp = 0
    for art in judge_folder(FIXTURES, score, nlp):
        counts.update(art.verdicts.values())
        assert all(art.graph.statements[k].relation in ("supports", "opposes", "warns") for k in art.verdicts)
        gold = score.Gold(FIXTURES / f"{art.name}.gold.json")
        data = node_link(art.graph)
        r = score.score_relations(gold, {str(n["id"]): n for n in data["nodes"]}, data["edges"], score.STANCE)
        tp, fp = tp + r["tp"], fp + r["fp"]
    assert counts["right"] >= tp > 0  # several edges of one claim are each right
    assert counts["wrong"] >= fp


def test_bands():
    from graph.training.confidence_report import band_of, band_table, precision
    assert [band_of(c) for c in (0.0, 0.49, 0.5, 0.79, 0.8, 1.0)] == ["< 0.5", "< 0.5", "0.5-0.8", "0.5-0.8", ">= 0.8", ">= 0.8"]
    with pytest.raises(ValueError, match="1.5"):
        band_of(1.5)
    t = band_table([(0.9, "right"), (0.85, "wrong"), (0.9, "optional"), (0.6, "right")])
    assert precision(t[">= 0.8"]) == 0.5 and precision(t["0.5-0.8"]) == 1.0 and precision(t["< 0.5"]) is None


# --- the learned scorer -------------------------------------------------------------------------------
def test_shipped_model_loads_and_is_a_plain_dot_product():
    import math
    from graph.extract.statements.scorer import load_model
    model = load_model()
    assert model is not None and model.weights
    feats = {"rule=verb-object": 1.0, "relation=opposes": 1.0, "sentence_length": 2.5, "never-seen-feature": 1.0}
    z = model.intercept + sum(model.weights.get(n, 0.0) * v for n, v in feats.items())
    assert model.probability(feats) == pytest.approx(1 / (1 + math.exp(-z)))
    assert model.probability(dict(reversed(list(feats.items())))) == pytest.approx(model.probability(feats))


def _stance(build_text, text):
    g = build_text(text, name="scorer-case")
    return [s for s in g.statements if s.relation in ("supports", "opposes", "warns")]


# each pair reads the same construction (the scorer knows how often each rule is right on fresh text: "voted
# against" (verb-prep) is less sure than "backed" (verb-object) whether hedged or not)
@pytest.mark.parametrize("plain, hedged", [
    ("Senator Ruth Okonkwo and Senator Amos Tull backed the mining bill.",
     "Senator Ruth Okonkwo reportedly could back the mining bill."),
    ("Japan opposed the new whaling moratorium.",
     "Japan may perhaps support the new whaling moratorium, officials said."),
    ("Senator Ruth Okonkwo sharply criticised Governor Dale Pryce on Monday.",
     "Senator Ruth Okonkwo might possibly criticise Governor Dale Pryce, some reports said."),
])
def test_clear_stance_is_confident_and_speculation_less(build_text, plain, hedged):
    clear = _stance(build_text, plain)
    maybe = _stance(build_text, hedged)
    assert clear and maybe
    assert all(s.confidence >= 0.8 for s in clear), [(s.rule, s.confidence) for s in clear]
    assert all(s.hedged and s.confidence < min(c.confidence for c in clear) for s in maybe), \
        [(s.rule, s.confidence) for s in maybe]
    again = _stance(build_text, plain)
    assert [s.confidence for s in again] == [s.confidence for s in clear]  # deterministic


def test_features_stay_off_the_written_graph(seed_graph):
    from graph.corpus import graph_to_record
    from graph.io.nodelink import node_link
    stance = [s for s in seed_graph.statements if s.relation in ("supports", "opposes", "warns")]
    assert stance and all(dict(s.features).get(f"rule={s.rule}") == 1.0 for s in stance)
    assert all("features" not in s for s in graph_to_record(seed_graph)["statements"])
    assert all("features" not in e for e in node_link(seed_graph)["edges"])


@needs_eval
def test_retraining_gives_byte_identical_weights(tmp_path):
    pytest.importorskip("sklearn")
    from graph.training.train_scorer import main
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert main([str(FIXTURES), "--eval-dir", str(EVAL), "--out", str(a)]) == 0
    assert main([str(FIXTURES), "--eval-dir", str(EVAL), "--out", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    from graph.extract.statements.scorer import StanceModel
    model = StanceModel.from_json(a.read_text(encoding="utf-8"))
    assert model.weights and all(round(w, 4) == w for w in model.weights.values())


@needs_eval
def test_dev_measures_the_weights_just_fitted(tmp_path, capsys):
    """--dev with --out elsewhere scores the folder with the new weights, not with the shipped ones."""
    pytest.importorskip("sklearn")
    from graph.extract.statements.scorer import load_model
    from graph.training.train_scorer import collect, dev_pairs, fit, main
    samples = collect(FIXTURES, EVAL)
    model = fit(samples)
    own = Counter((round(model.probability(s.features), 2), s.verdict) for s in samples)
    assert Counter(dev_pairs(model, FIXTURES, EVAL)) == own
    shipped = Counter((round(load_model().probability(s.features), 2), s.verdict) for s in samples)
    assert shipped != own  # else this test could not tell the two apart
    assert main([str(FIXTURES), "--eval-dir", str(EVAL), "--out", str(tmp_path / "w.json"), "--dev", str(FIXTURES)]) == 0
    out = capsys.readouterr().out
    training, dev = out.split("on its own training edges", 1)[1], out.split("with these weights", 1)[1]
    assert training.split("\n\n")[0].strip() == dev.strip()


@needs_eval
def test_pooled_folders_keep_their_articles_apart(tmp_path):
    """Two folders pool their edges; the second's articles are named under it, so no cross-validation fold
    splits one article or merges two of the same name."""
    pytest.importorskip("sklearn")
    from graph.training.train_scorer import collect, collect_all, main
    one = collect(FIXTURES, EVAL)
    both = collect_all([FIXTURES, FIXTURES], EVAL)
    assert len(both) == 2 * len(one)
    names = {s.article for s in both}
    assert names == {s.article for s in one} | {f"{FIXTURES.name}/{s.article}" for s in one}
    out = tmp_path / "w.json"
    assert main([str(FIXTURES), str(FIXTURES), "--eval-dir", str(EVAL), "--out", str(out)]) == 0
    trained = json.loads(out.read_text(encoding="utf-8"))["trained_on"]
    assert trained["folder"] == f"{FIXTURES.name}+{FIXTURES.name}"
    assert trained["articles_with_edges"] == len(names)


@needs_eval
@pytest.mark.parametrize("module", ["train_scorer", "train_pairs"])
def test_training_names_a_folder_without_gold(tmp_path, module, capsys):
    """A mistyped training folder is an error naming it, not a model fitted on nothing (train_pairs once fitted
    the folders it could read and said nothing of the others)."""
    import importlib
    main = importlib.import_module(f"graph.training.{module}").main
    missing = tmp_path / "no-such-folder"
    with pytest.raises(SystemExit) as e:
        main([str(missing), "--eval-dir", str(EVAL), "--out", str(tmp_path / "out.json")])
    assert f"no *.gold.json files in {missing}" in str(e.value)
    assert not (tmp_path / "out.json").exists()
