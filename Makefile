# The two set-up commands of the README, and a few conveniences.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: seed test eval bands annotated train train-pairs pairs-threshold pairs-ceiling bench clean

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

# the project's own annotated articles (graph/training/annotated/: gold in the repository, texts from the BBC corpus)
# written out as eval folders: study (fitted on) and check (scored in aggregate only); with REUTERS=DIR, a folder of
# the Reuters-21578 texts graph/training/annotated_reuters/index.json names, also rstudy and rcheck
ANNOTATED := out/annotated
$(ANNOTATED)/study $(ANNOTATED)/check: graph/training/annotated/index.json $(BIN)/newsgraph
	$(BIN)/python -m graph.training.annotated $(ANNOTATED) $(if $(REUTERS),--reuters $(REUTERS))
	touch $(ANNOTATED)/study $(ANNOTATED)/check

annotated: $(ANNOTATED)/study   ## write the annotated study and check articles out as eval folders (out/annotated/)

# the stance scorer is fitted on train/ and the annotated study articles: fitted on train/ alone it was sure of edges
# the rules were tuned on (63% right at >= 0.8 on fresh articles); the shipped file is `make train`
TRAIN_EXTRA ?= $(ANNOTATED)/study
train: $(BIN)/newsgraph $(ANNOTATED)/study  ## refit the stance scorer on train/ + TRAIN_EXTRA gold, report CV, dev and check
	$(BIN)/python -m graph.training.train_scorer ../shared/eval/train $(TRAIN_EXTRA) --cv 5 --dev ../shared/eval/dev $(ANNOTATED)/check

# the shipped pair scorer was fitted in session 23 on train/ and 213 annotated articles that were lost with the machine
# they were kept on (2026-12-05); refitted on train/ and the 236 annotated study articles it scores the same on the
# check articles (stance F1 0.447 against 0.446) and lower on dev (0.769 against 0.774) and train (0.821 against
# 0.832), so it is kept until a refit measures better (README, *How extraction works*)
PAIRS_EXTRA ?= $(TRAIN_EXTRA)
# the cross-validated F1 is flat from 0.5 to 0.7 (pooled 0.552 / 0.549 / 0.551) on the folders it was fitted on
PAIRS_THRESHOLD ?= 0.6
# --heldout: the refit and the model it replaces swept on the check articles, in aggregate (in session 32 every refit,
# with today's features, lexical ones or more, read them worse than the shipped model: README, *How extraction works*)
train-pairs: $(BIN)/newsgraph $(ANNOTATED)/study  ## refit the pair scorer (graph/data/pair_scorer.json), report 5-fold CV by article and the check articles' sweep beside the replaced model's
	$(BIN)/python -m graph.training.train_pairs ../shared/eval/train $(PAIRS_EXTRA) --cv 5 --threshold $(PAIRS_THRESHOLD) \
		--heldout $(ANNOTATED)/check

# the shipped scorer's threshold is re-chosen on the study articles, which it was never fitted on (0.6 -> 0.45 in
# session 28: the rules find less on fresh text, so a lower cut pays; the shipped file is this target's output).
# The sweep is flat from 0.35 to 0.45 (stance F1 0.454-0.456, the best moving between 0.4 and 0.45 with a change of
# two edges): the threshold is the highest of that stretch, as PAIRS_THRESHOLD above, which keeps our guard
# sentences right (0.4 misreads two more of them) and draws fewer edges a user has to doubt
PAIRS_OPERATING ?= 0.45
pairs-threshold: $(BIN)/newsgraph $(ANNOTATED)/study  ## re-choose the pair scorer's threshold on the study articles
	$(BIN)/python -m graph.training.train_pairs $(ANNOTATED)/study --operate --threshold $(PAIRS_OPERATING)

# what the shipped pair scorer adds on the annotated articles beside what perfect pairs would add (with their gold
# side, and with the side the relation model gives them), and its pairs by verdict: where a better scorer would pay
pairs-ceiling: $(BIN)/newsgraph $(ANNOTATED)/study $(ANNOTATED)/check  ## the pair stage's figure beside its ceiling on the annotated articles
	$(BIN)/python -m graph.training.train_pairs $(ANNOTATED)/study $(ANNOTATED)/check --ceiling

bench: $(BIN)/newsgraph
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) out .pytest_cache
