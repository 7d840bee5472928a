"""A definite description ("the premier", "the home secretary") is not held by a person its own sentence names
as a subject before it (one named earlier as a subject too stays a candidate: only this sentence
binds), nor by whoever is spoken of next to its kin ("the premier's wife").

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, wrong", [
    ("A new bridge opened in Hull on Friday. Tomas Ekberg said the prime minister ought to stop "
     "blaming councils for the potholes.", "Tomas Ekberg"),
    ("Grain prices fell sharply in Kent this week. Greta Lindqvist flatly declined to rule out reports the "
     "prime minister had broken a promise to farmers.", "Greta Lindqvist"),
    ("The conference in Hull ended on Sunday. Rolf Hagen likened the home secretary's targets to a "
     "wish list.", "Rolf Hagen"),
    ("Sarah Milford has been criticised for a speech to bankers in Oslo. "
     "The prime minister's husband is reported to have mocked the central bank.", "Sarah Milford"),
    # a new speaker who names the post: neither the speaker nor the one before is sure
    ("Lena Voss toured a steelworks in Rotherham. Mr Peter Holm said the prime minister had never set foot "
     "in a foundry.", "Lena Voss"),
], ids=["said-of-another", "denied-claims", "compared-figures", "kin-owner", "new-speaker"])
def test_structure_a_description_is_not_given_to_a_name_beside_it(structure_of, text, wrong):
    office = "home secretary" if "home secretary" in text else "prime minister"
    assert (wrong, "holds", office) not in structure_of(text)


@pytest.mark.parametrize("text, expected", [
    # the one the story was on before this sentence keeps the post another person's sentence names
    ("Ivar Solberg has promised cheaper rail fares. Mr Solberg spoke in York. "
     "Mr Dunmore then rejected claims the prime minister had misled voters about the cost.",
     ("Ivar Solberg", "holds", "prime minister")),
    # one named as an owner in the sentence may still be the post's holder
    ("Ivar Solberg has promised cheaper rail fares. Mr Solberg's aide said the prime minister would "
     "travel to York on Monday.",
     ("Ivar Solberg", "holds", "prime minister")),
], ids=["earlier-subject-kept", "owner-kept"])
def test_structure_a_description_still_finds_the_story_subject(structure_of, text, expected):
    assert expected in structure_of(text)
