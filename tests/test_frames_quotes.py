"""Stance in quotations and reported speech, the kind BBC copy writes (issue 10): speech that runs on past
its attribution. Each case is an invented sentence run through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples


def _stance(graph) -> set[tuple[str, str, str]]:
    return {t for t in label_triples(graph) if t[1] in ("supports", "opposes", "warns")}


@pytest.mark.parametrize("text,subject,relation,obj", [
    # reported speech backshifted to "would"/"could" goes on in the next sentence, unquoted
    ("Senator Mara Holt said the council would vote on the grazing levy in March. "
     "The levy would cost hundreds of jobs.", "Mara Holt", "warns", "levy"),
    ("The Farmers' Union of Ruritania said the council would vote on the grazing levy in March. "
     "The new levy could damage the rural economy, and might drive young farmers away.",
     "Farmers' Union of Ruritania", "warns", "levy"),
])
def test_reported_speech_runs_on(build_text, text, subject, relation, obj):
    assert has_triple(build_text(text), subject, relation, obj)


@pytest.mark.parametrize("text", [
    # the writer's own facts, in the indicative, are nobody's speech
    "Senator Mara Holt said the council would vote on the grazing levy in March. "
    "The levy was approved in 2019 and cost hundreds of jobs.",
    # a prediction that judges nothing
    "Senator Mara Holt said the council would vote on the grazing levy in March. "
    "The levy would be collected by the council.",
])
def test_run_on_speech_needs_a_judgement(build_text, text):
    assert _stance(build_text(text)) == set()
