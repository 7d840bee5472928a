"""graph/extract/statements/vader_scores.py gives VADER's scores of a sentence as the vaderSentiment package's own
analyzer does, to the last bit, on sentences that reach each of the steps it does its own way."""
from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from graph.extract.statements.vader_scores import SentenceScores

SENTENCES = [
    "The council said the new toll was a disgrace and would hurt growers.",
    "It is not a good plan, and it never was.",
    "The levy isn't fair, she said, and the minister doesn't care.",
    "Never so bad a scheme, never this good a deal, uh-uh.",
    "Without doubt the best budget in years, without any doubt great.",
    "The plan is kind of good but the rest is terrible.",
    "It was sort of ok, at least not the worst, the least bad of them.",
    "The reform will cut the mustard, the union said; the fees are a bad joke.",
    "That one is NOT GOOD!!! Is it really so terrible??",
    "No good comes of it, no doubt, and neither nor helps.",
    "Growers mayn't like the levy, and the board mayn't approve it.",
    "  A padded sentence with good words and bad ones.  ",
    "Growers hailed the decision \U0001F600 as a great win :) for all.",
    "", " ", "kind", "kind of", "good",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_scores_as_the_package_gives_them(sentence):
    assert SentenceScores().polarity_scores(sentence) == SentimentIntensityAnalyzer().polarity_scores(sentence)


def test_one_analyzer_over_many_sentences():
    ours, theirs = SentenceScores(), SentimentIntensityAnalyzer()
    assert [ours.polarity_scores(s) for s in SENTENCES * 2] == [theirs.polarity_scores(s) for s in SENTENCES * 2]
