"""A battery of pointers in quoted and reported judgements (issue 10): "it",
"this", "these" or "such fees" in a speaker's words judge a policy only when one of that number was named in the same
sentence or the one before (graph/extract/statements/near_antecedent.py); a pointer further off, or a bare generic
noun with nothing named ("Change was vital"), judges no node. With "there is a (good) case for X", the Justifying
noun of "make the case for", the speaker backs X; "no case for X" is against it. Every sentence is invented."""
from __future__ import annotations

import pytest

from conftest import stance_triples

K, M = "Kent", "Ann Moss"


def _has(got, holder, relation, target):
    return any(holder in h and r == relation and target.lower() in o.lower() for h, r, o in got)


def _holds_any(got, holder, target):
    return any(holder in h and target.lower() in o.lower() for h, r, o in got)


NEAR = [
    ("The council approved the fuel levy on Tuesday. Mr Kent said it was a disgrace.", K, "opposes", "levy"),
    ('The council approved the fuel levy on Tuesday. "It is a scandal," said Mr Kent.', K, "opposes", "levy"),
    ('The board adopted new parking fees last week. "These are unfair on nurses," Mr Kent said.', K, "opposes",
     "parking fees"),
]


@pytest.mark.parametrize("text,holder,relation,target", NEAR)
def test_near_pointer_judged(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


FAR = [
    # the policy was named three sentences and a paragraph back: "that" is what the speaker just spoke of
    ("The Harbour Board unveiled a fuel levy in March.\n\nThe board met again on Friday. Its members discussed the "
     "spring weather. Then they went to lunch.\n\n\"That is simply shameful,\" said Mr Kent.", K, "levy"),
    # a plural pointer does not stand for a single policy named just before
    ("The council approved the fuel levy on Tuesday. Mr Kent said these were a disgrace.", K, "levy"),
    ('The regional assembly backed a congestion charge in May.\n\nHauliers met ministers in June and July. Talks '
     'went on for weeks.\n\n"It is deeply unfair," said Mr Kent.', K, "congestion charge"),
]


@pytest.mark.parametrize("text,holder,target", FAR)
def test_far_pointer_judges_nothing(build_text, text, holder, target):
    assert not _holds_any(stance_triples(build_text(text)), holder, target)


def test_bare_generic_noun_is_no_position(build_text):
    got = stance_triples(build_text("Change was vital for poorer towns wanting new rail links, Mr Kent argued."))
    assert not any(K in h and o.lower() == "change" for h, r, o in got)


CASE_FOR = [
    ("Green councillor Ann Moss argued there was a good case for a review of the harbour toll.", M, "supports",
     "review"),
    ('"There is a compelling case for a public inquiry into the sale," Ann Moss told reporters.', M, "supports",
     "inquiry"),
    ('"There is no case for a second runway," said Ann Moss.', M, "opposes", "runway"),
]


@pytest.mark.parametrize("text,holder,relation,target", CASE_FOR)
def test_case_for(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)

