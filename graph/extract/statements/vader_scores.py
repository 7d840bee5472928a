"""VADER's scores of a sentence (the vaderSentiment package, MIT), to the last bit what its
SentimentIntensityAnalyzer.polarity_scores gives, for pair_features.py: the package copies the text character by
character to spell out its emojis, lowers every word of the sentence anew each time it looks back from a word of its
lexicon (twice per preceding word), and tests a word for negation against its list of negations one by one; here a
text with no emoji is read as it is, the lowered words are made once per sentence and the list is a set. The steps
are the package's (3.3.2), with those in place of its own."""
from __future__ import annotations

from vaderSentiment.vaderSentiment import (BOOSTER_DICT, N_SCALAR, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer,
                                           SentiText)

__all__ = ["SentenceScores"]

_NEGATE = frozenset(NEGATE)


def _negated(word: str) -> bool:
    """vaderSentiment.negated([word]) of a lowered word."""
    return word in _NEGATE or "n't" in word


class SentenceScores(SentimentIntensityAnalyzer):
    def __init__(self):
        super().__init__()
        self._lowered: tuple[list | None, list[str]] = (None, [])  # the sentence's words and their lowered forms
        self._emoji_chars = frozenset(self.emojis)

    def polarity_scores(self, text):
        if not self._emoji_chars.isdisjoint(text):
            return super().polarity_scores(text)
        sentitext = SentiText(text.strip())
        sentiments = []
        words_and_emoticons = sentitext.words_and_emoticons
        low = self._lower(words_and_emoticons)
        for i, item in enumerate(words_and_emoticons):
            # (a booster, or "kind" of "kind of", is a modifier of the next word, of no valence of its own)
            if low[i] in BOOSTER_DICT or (i < len(words_and_emoticons) - 1 and low[i] == "kind" and low[i + 1] == "of"):
                sentiments.append(0)
                continue
            if low[i] not in self.lexicon:
                sentiments.append(0)  # (what sentiment_valence gives a word of no valence: most words)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text.strip())

    def _lower(self, words: list) -> list[str]:
        if self._lowered[0] is not words:  # (each sentence's words are a new list, held here meanwhile)
            self._lowered = (words, [str(w).lower() for w in words])
        return self._lowered[1]

    def _negation_check(self, valence, words_and_emoticons, start_i, i):
        low = self._lower(words_and_emoticons)
        if start_i == 0:
            if _negated(low[i - 1]):
                valence = valence * N_SCALAR
        if start_i == 1:
            if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 2] == "without" and low[i - 1] == "doubt":
                pass
            elif _negated(low[i - 2]):
                valence = valence * N_SCALAR
        if start_i == 2:
            if low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this") or \
                    (low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                pass
            elif _negated(low[i - 3]):
                valence = valence * N_SCALAR
        return valence

    def _special_idioms_check(self, valence, words_and_emoticons, i):
        low = self._lower(words_and_emoticons)
        onezero = f"{low[i - 1]} {low[i]}"
        twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
        twoone = f"{low[i - 2]} {low[i - 1]}"
        threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
        threetwo = f"{low[i - 3]} {low[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        if len(low) - 1 > i:
            zeroone = f"{low[i]} {low[i + 1]}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(low) - 1 > i + 1:
            zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        # booster and dampener bi-grams ("sort of", "kind of")
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence
