"""A post named with its body ('Norcom chief executive', 'managing director of Quarry Holdings') is also the bare
post ('chief executive', 'managing director'): a reader asked who the chief executive is finds the node.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Trading was thin on Monday.\n\n\"We are ready for the winter,\" Norcom chief executive Ben Hatley said.",
     {("Ben Hatley", "holds", "Norcom chief executive"), ("Ben Hatley", "holds", "chief executive")}),
    ("Trading was thin on Monday.\n\nPat Ruiz, managing director of Quarry Holdings, said the bid was too low.",
     {("Pat Ruiz", "holds", "managing director"), ("Pat Ruiz", "member_of", "Quarry Holdings")}),
    ("Trading was thin on Monday.\n\nLena Ford, head of research at the Vale Institute, expects rates to rise.",
     {("Lena Ford", "holds", "head of research"), ("Lena Ford", "member_of", "Vale Institute")}),
    ("Trading was thin on Monday.\n\nOrmsby Foods chairman Rolf Dane said the plant in Leeds would stay open.",
     {("Rolf Dane", "holds", "chairman"), ("Rolf Dane", "member_of", "Ormsby Foods")}),
], ids=["body-title-name", "name-title-of-body", "name-title-at-body", "company-chairman-name"])
def test_structure_a_post_named_with_its_body_is_the_bare_post_too(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_bare_post_gets_no_shorter_name(structure_of):
    # 'Prime Minister' names no body: it is not also 'minister'
    got = structure_of("Rain fell all week.\n\nPrime Minister Ada Strell said the floods would be costly.")
    assert ("Ada Strell", "holds", "Prime Minister") in got
    assert ("Ada Strell", "holds", "minister") not in got
