"""The learned pair stage (graph/extract/statements/pairs.py): candidate pairs of one sentence, their features, the
shipped tree ensemble evaluated in plain Python, and the edges it adds.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import pytest

# a fixed feature vector and scikit-learn's probability for it, from the HistGradientBoostingClassifier fitted by
# `make train-pairs` (graph/data/pair_scorer.json as shipped); refit the model and this figure changes with it
FIXED = {"actor_subj_chain": 1, "speaker": 1, "s_speech": 1, "s_negative_eval": 2, "vader_c": -0.6,
         "vader_neg": 0.3, "dist": 0.2, "actor_first": 1, "atype=person": 1, "ttype=person": 1,
         "pair=person>person": 1, "how=name": 1, "art_edges": 0.1, "a feature the model never saw": 1}
SKLEARN_P = 0.06833133780302895

EVALUATIVE = ("Mr Oskar Lund argued that thousands of nurses feel betrayed by Greta Holm and now back his party.")
NEUTRAL = "Tomas Berglund said Ruth Amadi would travel to Oslo next week for a conference on fisheries."


@pytest.fixture(scope="module")
def model():
    from graph.extract.statements.pair_model import load_pair_model
    m = load_pair_model()
    assert m is not None, "graph/data/pair_scorer.json is shipped"
    return m


@pytest.fixture(scope="module")
def scored(nlp, model):
    """text -> {(actor, target): best probability} over the candidates of the text, built with the rules alone."""
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.language.nlp import parse
    from graph.extract.language.text import article_from_text
    from graph.extract.statements.pairs import candidates
    from graph.extract.build import rule_stages
    lex = load_lexicon()

    def _scored(text):
        read = rule_stages(parse(article_from_text(text, name="pairs"), nlp), lex)
        best = {}
        for c in candidates(read.ctx, read.frames, read.positions, read.structure + read.stance):
            key = (c.actor, c.target)
            best[key] = max(best.get(key, 0.0), model.probability(c.features))
        return best
    return _scored


def test_the_file_gives_scikit_learns_probability(model):
    assert model.probability(FIXED) == pytest.approx(SKLEARN_P, abs=1e-6)


def test_the_compiled_ensemble_is_the_tree_walk(model):
    from graph.extract.statements.pair_model import _ensemble, walk
    import random
    rng = random.Random(7)
    raw, by_name = _ensemble(model), _ensemble(model, by_name=True)
    for _ in range(300):
        x = [rng.choice((0.0, 0.0, 0.0, 1.0, rng.random())) for _ in model.features]
        assert raw(x) == walk(model, x)
        # by name, as probability() asks: a zero left out and a name the model lacks change nothing
        feats = {name: x[k] for name, k in model.features.items() if x[k] or rng.random() < 0.5}
        assert by_name({**feats, "no such feature": 1.0}) == walk(model, x)


def test_the_file_is_written_as_training_writes_it():
    from graph.training.train_pairs import model_json
    text = resources.files("graph").joinpath("data", "pair_scorer.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert model_json(data) == text
    assert data["source"] and 0 < data["threshold"] < 1


def test_bad_file_is_refused():
    from graph.extract.statements.pair_model import PairModel
    with pytest.raises(ValueError):
        PairModel.from_json('{"features": []}', "x.json")


def test_features_of_an_evaluative_pair(nlp):
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.statements.pair_features import SentenceCache, pair_features
    doc = nlp(EVALUATIVE)
    sent = next(doc.sents)
    ah = next(t for t in doc if t.text == "Lund")
    ph = next(t for t in doc if t.text == "Holm")
    meta = {"id": "a", "type": "person", "deg": 0, "how": "name", "speaker": False}
    pmeta = {"in_graph": True, "ttype": "person", "weight": 0, "size": 1, "deg": 0, "owners": set()}
    f = pair_features(SentenceCache(load_lexicon().stance, doc), ah, ph, sent, meta, pmeta)
    assert f["actor_first"] == 1 and f["pair=person>person"] == 1
    assert f["actor_subj_chain"] == 1  # "Lund argued that ... betrayed by Holm"
    assert f["vader_neg"] > 0 and f["near_neg"] < 0  # "betrayed" next to the target


@pytest.mark.parametrize("text, actor, target", [
    (EVALUATIVE, "person/oskar-lund", "person/greta-holm"),
    ("Ruth Amadi said it was astonishing that any minister, least of all Tomas Berglund, should tell pupils to "
     "skip lessons.", "person/ruth-amadi", "person/tomas-berglund"),
], ids=["feel-betrayed-by", "least-of-all"])
def test_the_critic_is_the_holder(scored, text, actor, target):
    p = scored(text)
    assert p[(actor, target)] > p.get((target, actor), 0.0)


def test_an_evaluative_pair_outranks_a_neutral_mention(scored):
    assert scored(EVALUATIVE)[("person/oskar-lund", "person/greta-holm")] > \
        max(scored(NEUTRAL).values())


def test_the_stage_adds_the_edge_at_its_threshold(build_text, model):
    """With the threshold at 0.35 (the shipped one is higher: one sentence gives the model little to go on), the
    evaluative pair becomes an edge from the critic, with the probability as its confidence and the sentence as
    its evidence; the neutral mention gives none."""
    from graph.extract.statements.pairs import RULE, pairs_with
    with pairs_with(replace(model, threshold=0.35)):
        g = build_text(EVALUATIVE)
        n = build_text(NEUTRAL)
    added = [s for s in g.statements if s.rule == RULE]
    assert [(s.subject, s.relation, s.object) for s in added] == [("person/oskar-lund", "opposes", "person/greta-holm")]
    assert 0 < added[0].confidence < 1 and added[0].evidence.sentence == EVALUATIVE
    assert not [s for s in n.statements if s.rule == RULE]


def test_the_confidence_counts_the_side_as_well_as_the_pair(model):
    """An edge is right only if the pair is one a reader links and its side is right: the confidence is the pair
    probability times the relation model's probability of the side given, so below the pair probability alone."""
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.language.nlp import load_pipeline, parse
    from graph.extract.language.text import article_from_text
    from graph.extract.statements.pairs import candidates, pair_statements, pairs_with
    from graph.extract.build import rule_stages
    read = rule_stages(parse(article_from_text(EVALUATIVE, name="pairs"), load_pipeline()), load_lexicon())
    ctx, frames, positions, statements = read.ctx, read.frames, read.positions, read.structure + read.stance
    key = ("person/oskar-lund", "person/greta-holm")
    best = max((c for c in candidates(ctx, frames, positions, statements) if (c.actor, c.target) == key),
               key=lambda c: model.probability(c.features))
    p = model.probability(best.features)
    side, q = model.side(best.features)
    assert 1 / 3 <= q < 1  # a softmax over three sides: the chosen one's share
    with pairs_with(replace(model, threshold=0.0)):
        edge = next(s for s in pair_statements(ctx, frames, positions, statements) if (s.subject, s.object) == key)
    assert (edge.relation, edge.confidence) == (side, round(p * q, 2))
    assert edge.confidence < round(p, 2)


def test_no_model_no_pair_edges(build_text):
    from graph.extract.statements.pairs import RULE, pairs_with
    with pairs_with(None):
        g = build_text(EVALUATIVE)
    assert not [s for s in g.statements if s.rule == RULE]


def test_pair_edges_are_deterministic(build_text, model):
    from graph.extract.statements.pairs import pairs_with
    from graph.io.nodelink import dumps_node_link
    text = EVALUATIVE + " " + NEUTRAL
    with pairs_with(replace(model, threshold=0.2)):
        a, b = dumps_node_link(build_text(text)), dumps_node_link(build_text(text))
    assert a == b


def test_the_threshold_in_use_is_chosen_below_the_fitted_one(model):
    """The shipped threshold is an operating point re-chosen on annotated articles the model was never fitted on
    (make pairs-threshold); the cut of the fit is kept, for the pairs a reading of the rules speaks against."""
    data = json.loads(resources.files("graph").joinpath("data", "pair_scorer.json").read_text(encoding="utf-8"))
    assert model.threshold == data["threshold"] < model.sure == data["fitted_threshold"]
    assert "not fitted on" in data["threshold_chosen_on"]


@pytest.mark.parametrize("text, actor, target, expect", [
    # a harm denied: the model adds up "hurt", it cannot read the "not"
    ("Mr Ivo Dane said the road toll does not hurt shopkeepers.", "Dane", "toll", True),
    ("Mr Ivo Dane said the road toll hurts shopkeepers.", "Dane", "toll", False),
    # the target itself negated
    ("The Potters Guild has announced no plans to raise the clay duty.", "Guild", "plans", True),
    ("The Potters Guild has announced plans to raise the clay duty.", "Guild", "plans", False),
    # a question put to the actor, or by her: no answer is a side
    ("Asked whether she would scrap the clay duty, Ms Vera Toll laughed.", "she", "duty", True),
    # another's view the actor reports
    ("Ms Vera Toll told reporters that many potters thought the clay duty was a scandal.", "Toll", "duty", True),
    ("Ms Vera Toll told reporters that the clay duty was a scandal.", "Toll", "duty", False),
], ids=["harm-denied", "harm-claimed", "no-plans", "plans", "asked-whether", "others-view", "own-view"])
def test_a_reading_of_the_rules_disputes_the_pair(nlp, text, actor, target, expect):
    from graph.extract.build import rule_stages
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.language.nlp import parse
    from graph.extract.language.text import article_from_text
    from graph.extract.statements.pair_features import SentenceCache, disputed
    lex = load_lexicon()
    ctx = rule_stages(parse(article_from_text(text, name="pairs"), nlp), lex).ctx
    doc = ctx.parsed.doc
    ah = next(t for t in doc if t.text == actor)
    ph = next(t for t in doc if t.text == target)
    assert disputed(ctx, SentenceCache(lex.stance, doc), ah, ph, {}) is expect


def test_a_disputed_pair_needs_the_fitted_cut(build_text, model):
    """Below the fitted cut a disputed pair gives no edge, however low the threshold in use; without the cut it
    would (the model reads the denied harm as a side against the toll)."""
    from graph.extract.statements.pairs import RULE, pairs_with
    text = "Mr Ivo Dane said the clay duty does not hurt potters."
    with pairs_with(replace(model, threshold=0.0, sure=0.0)):
        loose = [s for s in build_text(text).statements if s.rule == RULE and "duty" in s.object]
    with pairs_with(replace(model, threshold=0.0, sure=1.0)):
        held = [s for s in build_text(text).statements if s.rule == RULE and "duty" in s.object]
    assert loose and not held


def test_the_operating_threshold_keeps_the_model(tmp_path):
    """make pairs-threshold re-chooses the threshold on gold folders and changes nothing else of the model."""
    from conftest import EVAL
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"the shared evaluation folder {EVAL} is absent")
    from graph.training.train_pairs import THRESHOLDS, main
    shipped = resources.files("graph").joinpath("data", "pair_scorer.json").read_text(encoding="utf-8")
    folder = tmp_path / "gold"
    folder.mkdir()
    for gold in sorted((EVAL / "train").glob("*.gold.json"))[:3]:
        (folder / gold.name).write_bytes(gold.read_bytes())
        txt = gold.name.replace(".gold.json", ".txt")
        (folder / txt).write_bytes((EVAL / "train" / txt).read_bytes())
    out = tmp_path / "pair_scorer.json"
    out.write_text(shipped, encoding="utf-8")
    assert main([str(folder), "--operate", "--out", str(out), "--eval-dir", str(EVAL)]) == 0
    before, after = json.loads(shipped), json.loads(out.read_text(encoding="utf-8"))
    assert after["threshold"] in THRESHOLDS and after["fitted_threshold"] == before["fitted_threshold"]
    assert {k: v for k, v in after.items() if "threshold" not in k} == \
        {k: v for k, v in before.items() if "threshold" not in k}


def test_a_refit_is_weighed_against_the_model_it_replaces(tmp_path, capsys):
    """--heldout prints, after the fit, the sweep of the fitted model and of the one it would replace on gold neither
    was fitted on, so that a refit ships only where it reads fresh text better."""
    from conftest import EVAL
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"the shared evaluation folder {EVAL} is absent")
    from graph.training.train_pairs import main
    golds = sorted((EVAL / "train").glob("*.gold.json"))
    for name, picked in (("fit", golds[:4]), ("fresh", golds[4:6])):
        (tmp_path / name).mkdir()
        for gold in picked:
            txt = gold.name.replace(".gold.json", ".txt")
            (tmp_path / name / gold.name).write_bytes(gold.read_bytes())
            (tmp_path / name / txt).write_bytes((EVAL / "train" / txt).read_bytes())
    out = tmp_path / "pair_scorer.json"
    assert main([str(tmp_path / "fit"), "--cv", "0", "--out", str(out), "--eval-dir", str(EVAL),
                 "--heldout", str(tmp_path / "fresh")]) == 0
    printed = capsys.readouterr().out
    assert "fitted (threshold 0.5):" in printed and "replaced (threshold" in printed
    assert printed.count("t=rules: fresh") == 2  # each model's sweep over the held-out folder only
    assert json.loads(out.read_text(encoding="utf-8"))["trained_on"]["articles"] == {"fit": 4}


def test_the_ceiling_weighs_the_model_against_perfect_pairs(tmp_path, capsys):
    """--ceiling: what the model's pairs add beside what perfect pairs (and perfect pairs with the model's side) would
    add, and the model's pairs by verdict."""
    from conftest import EVAL
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"the shared evaluation folder {EVAL} is absent")
    from graph.training.train_pairs import main
    folder = tmp_path / "gold"
    folder.mkdir()
    for gold in sorted((EVAL / "train").glob("*.gold.json"))[:6]:
        txt = gold.name.replace(".gold.json", ".txt")
        (folder / gold.name).write_bytes(gold.read_bytes())
        (folder / txt).write_bytes((EVAL / "train" / txt).read_bytes())
    assert main([str(folder), "--ceiling", "--eval-dir", str(EVAL)]) == 0
    printed = capsys.readouterr().out.splitlines()
    rows = {line.split(": ", 1)[0]: line for line in printed if ": gold " in line}
    assert set(rows) == {"rules", "model", "perfect pairs, model side", "perfect"}

    def pooled(name):  # tp, emitted, required, added
        cell = rows[name].split("pooled ")[1]
        tp, emitted, required = (int(x) for x in cell.split("(")[1].split(",")[0].split("/"))
        return tp, emitted, required, int(cell.split("+")[1].rstrip(")"))

    rules, model, perfect = pooled("rules"), pooled("model"), pooled("perfect")
    # every perfect pair is a right edge, but two of them may name one gold edge (two nodes gold takes for one)
    assert rules[3] == 0 and perfect[3] > 0 and perfect[0] > rules[0] and perfect[0] >= model[0]
    assert pooled("perfect pairs, model side")[3] == perfect[3] and pooled("perfect pairs, model side")[0] <= perfect[0]
    verdicts = dict(v.rsplit(" ", 1) for v in printed[-1].split(": ", 1)[1].split(", "))
    assert sum(map(int, verdicts.values())) == model[3]
    assert int(verdicts["right"]) == model[0] - rules[0]


def test_no_ceiling_without_a_model(tmp_path):
    from conftest import EVAL
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"the shared evaluation folder {EVAL} is absent")
    from graph.training.train_pairs import main
    missing = tmp_path / "none.json"
    with pytest.raises(SystemExit, match="no pair scorer to measure"):
        main([str(EVAL / "train"), "--ceiling", "--out", str(missing), "--eval-dir", str(EVAL)])
