"""The holder of a post the story names only with "the": the person the story is about, named before it,
whom it never sets beside the post nor gives another post.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Ingrid Sollie has set out plans for a rail levy. Ms Sollie told farmers the levy was fair. "
     "Critics say the levy was dreamt up by the prime minister without any consultation.",
     ("Ingrid Sollie", "holds", "prime minister")),
    ("Marcus Pell has written to every hospital board about waiting lists. Mr Pell wants the lists halved. "
     "Opposition leaders said the health secretary had ignored nurses for years.",
     ("Marcus Pell", "holds", "health secretary")),
    ("Oskar Dahl has promised a cut in fuel duty. Mr Dahl made the pledge in a speech in Leeds. "
     "Economists doubted whether the home secretary could find the money.",
     ("Oskar Dahl", "holds", "home secretary")),
    # a one-word post acted on: the object of a verb, the agent of a passive
    ("Oskar Dahl has promised a cut in fuel duty. Mr Dahl made the pledge in a speech in Leeds. "
     "Tory spokesman Ian Rook accused the chancellor of ducking hard choices.",
     ("Oskar Dahl", "holds", "chancellor")),
    ("Oskar Dahl has promised a cut in fuel duty. Mr Dahl made the pledge in a speech in Leeds. "
     "Economists say there is a black hole, a claim denied by the chancellor.",
     ("Oskar Dahl", "holds", "chancellor")),
], ids=["object-of-by", "subject-of-reported-clause", "subject-of-whether-clause", "one-word-object",
        "one-word-passive-agent"])
def test_structure_a_definite_post_is_held_by_the_one_the_story_is_about(structure_of, text, expected):
    assert expected in structure_of(text)


@pytest.mark.parametrize("text", [
    # set beside the post in a sentence: someone else
    "Ingrid Sollie has set out plans for a rail levy. Ms Sollie said she had written to the prime minister. "
    "Critics say the levy was dreamt up by the prime minister without any consultation.",
    # two such posts in one sentence: which is which is not said
    "Ingrid Sollie has set out plans for a rail levy. Ms Sollie told farmers the levy was fair. "
    "Critics say the levy was agreed when the chancellor met the prime minister over lunch.",
    # a body's post: the story says whose post, not who holds it
    "Ingrid Sollie has set out plans for a rail levy. Ms Sollie told farmers the levy was fair. "
    "Critics say the chairman of the Vale Farmers Trust had never been asked.",
    # named only once: not the one the story is about
    "Ingrid Sollie has set out plans for a rail levy, her office said on Monday. Farmers were not pleased. "
    "Critics say the levy was dreamt up by the prime minister without any consultation.",
    # named only after the post
    "Critics say the levy was dreamt up by the prime minister without any consultation. "
    "Ingrid Sollie has defended the levy. Ms Sollie told farmers the levy was fair.",
], ids=["set-beside", "two-posts", "body-post", "named-once", "named-after"])
def test_structure_a_definite_post_is_not_guessed(structure_of, text):
    assert not any(r == "holds" and o == "prime minister" or o.startswith("chairman")
                   for _, r, o in structure_of(text))


def test_structure_a_one_word_post_takes_its_holder_out(structure_of):
    # "The chancellor said": Dahl is the chancellor, so not the prime minister a later sentence names
    text = ("Oskar Dahl has promised a cut in fuel duty. The chancellor said drivers had paid too much. "
            "Mr Dahl said critics of the prime minister were wrong about the cost.")
    assert not any(r == "holds" and o == "prime minister" for _, r, o in structure_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Central bank governor Alwyn King said prices would rise. Mr King spoke in Cardiff.",
     ("Alwyn King", "holds", "Central bank governor")),
    ("The bank was sold on Monday. Its chairman, Peter Judge, said the deal was fair.",
     ("Peter Judge", "holds", "chairman")),
], ids=["surname-king", "surname-judge"])
def test_structure_a_surname_that_is_a_title_word_stays_the_name(structure_of, text, expected):
    assert expected in structure_of(text)
