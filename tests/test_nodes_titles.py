"""Posts named in unusual forms: titles joined to a held one, and the like.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


def _structure(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    names = {e.id: {e.label, *e.aliases} for e in graph.entities}
    return {(label[s.subject], s.relation, name) for s in graph.statements
            if s.relation in ("holds", "member_of") for name in names[s.object]}


@pytest.mark.parametrize("text, expected", [
    ("On Monday, Pia Hallberg, vice president of the Nordic Council and also Commissioner for Fisheries, "
     "said the quota was fair.",
     {("Pia Hallberg", "holds", "Commissioner for Fisheries")}),
    ("Lars Moen, chairman and chief executive of Moen Shipping, agreed.",
     {("Lars Moen", "holds", "chief executive of Moen Shipping")}),
], ids=["and-also", "chairman-and"])
def test_a_title_joined_to_a_held_one_is_held_too(build_text, text, expected):
    assert expected <= _structure(build_text(text))


def test_joined_plural_titles_are_no_one_post(build_text):
    # "ministers" names many holders: no one of them holds it
    got = _structure(build_text("Ana Ruiz, the party leader, and several ministers met on Friday."))
    assert not any(o == "ministers" for _, r, o in got if r == "holds")
