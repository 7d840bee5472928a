"""Wire copy marks a listed company with its ticker symbol in angle brackets after its name ("Atlas Copco <ASTS ST>"):
the name is the company's wherever the story uses it, even where the tagger took it for a person's."""
from __future__ import annotations

import pytest


def _types(graph) -> dict[str, str]:
    return {e.label: e.type for e in graph.entities}


@pytest.mark.parametrize("text, name", [
    ("The group sold Marten Holm\n<MHLM ST> and Stora Vik <SKPS ST> to Penser. Marten Holm said it opposed the sale.", "Marten Holm"),
    ("Ann Berg Corp <ABRG> said it would fight the takeover bid by Tonmark.", "Ann Berg Corp"),
])
def test_a_name_with_a_ticker_is_a_company(build_text, text, name):
    types = _types(build_text(text))
    assert types.get(name) == "institution", types


def test_angle_brackets_of_other_words_are_no_ticker(build_text):
    graph = build_text("Ann Berg <said> the takeover bid was too low.")
    assert _types(graph).get("Ann Berg") != "institution"
