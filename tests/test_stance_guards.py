"""The guards that throw a stance edge away (issue 10), measured one by one on train: where a guard dropped a
reading it was never meant to, the narrowed guard lets it through, and what it is meant to drop stays dropped.
Invented sentences through the real pipeline."""
from __future__ import annotations

from conftest import has_triple, label_triples


def test_a_pledged_act_named_by_a_verb_that_is_also_a_post_is_read(build_text):
    # "judge" is an office head, but as a verb it is an act pledged, not a post whose holder is taken on
    g = build_text('The pension reform was announced on Monday. "We will judge the pension reform by what it '
                   'costs savers," said Senator Mara Holt.')
    assert has_triple(g, "Mara Holt", "supports", "pension reform")


def test_a_post_with_no_holder_named_is_still_no_side_taken(build_text):
    # "praised the judge" with no judge named: a side on someone the story cannot show, never a policy
    for text in ("Senator Mara Holt praised the judge.", "Senator Mara Holt praised the chancellor."):
        g = build_text(text)
        assert not [t for t in label_triples(g) if t[1] in ("supports", "opposes", "warns")], text
