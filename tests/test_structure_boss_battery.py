"""'Boss' as a title head, the way headline English uses it for whoever runs a body ('Ofgem boss',
'the boss of Kestrel Foods'): a post held, and the body named with it the holder's body, as with 'chief'.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Shares slid on Monday.\n\nWorld Bank boss Ines Haldor urged lenders to forgive the debts of poorer states.",
     {("Ines Haldor", "holds", "World Bank boss"), ("Ines Haldor", "member_of", "World Bank")}),
    ("Shares slid on Monday.\n\nKestrel Airways boss Piet Vanlo said the route to Oslo would close.",
     {("Piet Vanlo", "holds", "Kestrel Airways boss"), ("Piet Vanlo", "member_of", "Kestrel Airways")}),
    ("Shares slid on Monday.\n\nBrannock Steel's boss Olaf Strand blamed cheap imports for the losses.",
     {("Olaf Strand", "holds", "Brannock Steel's boss"), ("Olaf Strand", "member_of", "Brannock Steel")}),
    ("Shares slid on Monday.\n\nKarl Venner, the boss of Marlow Shipping, welcomed the new port tax.",
     {("Karl Venner", "holds", "boss of Marlow Shipping"), ("Karl Venner", "member_of", "Marlow Shipping")}),
], ids=["body-boss-name", "company-boss-name", "possessive-boss-name", "name-the-boss-of-body"])
def test_structure_a_boss_holds_a_post_in_the_body(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_bosses_in_the_plural_hold_no_post(structure_of):
    # a body's bosses as a crowd: nobody named holds anything
    text = "Shares slid on Monday.\n\nFactory bosses said the new levy on diesel would cost jobs."
    assert not any(r == "holds" for _, r, _ in structure_of(text))


@pytest.mark.parametrize("text", [
    "Prosecutors have charged Halden Mining, its boss and two directors with fraud.",
    "Prosecutors have charged Halden Mining, its chairman and two directors with fraud.",
], ids=["its-boss", "its-chairman"])
def test_structure_a_body_listed_with_its_own_boss_is_no_person(build_text, text):
    # 'its' points back at the name before: the post is the body's, not the name's
    assert not any(e.type == "person" and "Halden" in e.label for e in build_text(text).entities)
