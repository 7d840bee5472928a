"""A battery of speakers the sentence does not name (session 17): a bare title ("the minister said") when the story
names holders of two posts with that word, the one quoted by a news outlet ("quoted the minister, X, as saying"),
which the outlet's verb does not judge, a second verb foretold of the first one's subject ("the relief will apply
to X and will improve Y"), and a subject of the quoted words that the parser hangs on the speech verb after the
quotation. Every sentence is invented (names, bodies and policies too) and run through the real pipeline; each case
lists the triple a careful reader takes, and the misreadings list triples that must not appear."""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _has(got, holder, relation, target):
    return any(holder.lower() in h.lower() and r == relation and target.lower() in o.lower() for h, r, o in got)


# --- "the minister said" with two ministers named: the one named last before it ---------------------------------
_LEE_FIRST = ("Finance Minister Tom Kent opened the debate on Monday.\n\n"
              "Health Minister Ann Lee spoke later in the day.\n\n"
              "The minister said the tobacco levy was a disgrace.")
_KENT_FIRST = ("Health Minister Ann Lee spoke on Monday.\n\n"
               "Finance Minister Tom Kent opened the debate later in the day.\n\n"
               "The minister said the tobacco levy was a disgrace.")
_NAMED_AFTER = ("Health Minister Ann Lee has warned smokers that she wants to fine them heavily.\n\n"
                "She praised the hospitals for their work.\n\n"
                "However, the minister said banning smoking in pubs is a key objective.\n\n"
                "First Minister Tom Kent will meet doctors next week.")
TITLES = [
    (_LEE_FIRST, "Ann Lee", "opposes", "tobacco levy"),
    (_KENT_FIRST, "Tom Kent", "opposes", "tobacco levy"),
    (_NAMED_AFTER, "Ann Lee", "supports", "banning smoking"),
]
TITLES_NOT = [
    (_LEE_FIRST, "Tom Kent", "opposes", "tobacco levy"),
    (_KENT_FIRST, "Ann Lee", "opposes", "tobacco levy"),
    (_NAMED_AFTER, "Tom Kent", "supports", "banning smoking"),
    # a question or a denial is no side, whoever the minister is
    ("Health Minister Ann Lee spoke on Monday.\n\nFinance Minister Tom Kent spoke later.\n\n"
     "The minister did not say whether the tobacco levy was a disgrace.", "Tom Kent", "opposes", "tobacco levy"),
]

# --- "quoted X as saying": X speaks, not the outlet ------------------------------------------------------------
QUOTED = [
    ("The Norland News Agency quoted the trade minister, Ana Lind, as saying that the new sanctions would hurt "
     "ordinary people.", "Ana Lind", "warns", "sanctions"),
    ("The Daily Courier quoted Karl Berg as saying the harbour toll was unfair.", "Karl Berg", "opposes",
     "harbour toll"),
    ("The Norland News Agency quoted Farm Minister Ivan Petrov as saying the grain levy was a mistake.",
     "Ivan Petrov", "opposes", "grain levy"),
]
QUOTED_NOT = [
    ("The Norland News Agency quoted the trade minister, Ana Lind, as saying that the new sanctions would hurt "
     "ordinary people.", "Norland News Agency", "warns", "sanctions"),
    ("The Norland News Agency quoted the trade minister, Ana Lind, as asking whether the new sanctions would hurt "
     "ordinary people.", "Ana Lind", "warns", "sanctions"),
    # the outlet that passes the words on is not what they judge
    ("The Norland News Agency quoted Farm Minister Ivan Petrov as saying the grain levy was a mistake.",
     "Ivan Petrov", "opposes", "Norland News Agency"),
]

# --- a subject inside the quotation that the parser also hangs on "he said" ----------------------------------
_INSIDE = ('Opposition leader Tom Kent spoke in Leeds on Monday.\n\n"The council, for all their talk about caring for '
           'shoppers, seem set on raising the parking charge, which is a disgrace," he said.')
INSIDE = [(_INSIDE, "Tom Kent", "opposes", "parking charge")]
INSIDE_NOT = [(_INSIDE, "council", "opposes", "parking charge")]


# --- a second verb foretold of the subject of the first, in the speaker's words ---------------------------------
SECOND_VERB = [
    ("The Harbour Board announced a new fishing relief on Monday.\n\nThe relief will cover boats bought "
     "from this week, and will lower the costs of small fleets, the board said.", "Harbour Board", "supports",
     "relief"),
    ("Ms Ward said the toll would start in May and would drive shoppers away from the town.", "Ward", "warns",
     "toll"),
]
SECOND_VERB_NOT = [
    ("Ms Ward said the toll would start in May and would not drive shoppers away.", "Ward", "warns", "toll"),
    ("Mr Kent said the council would meet in May and would scrap the parking charge.", "Kent", "opposes", "council"),
    ("Mr Kent said the council would meet in May and would scrap the parking charge.", "Kent", "warns", "council"),
]


@pytest.mark.parametrize("text,holder,relation,target", TITLES + QUOTED + INSIDE + SECOND_VERB)
def test_carried_speaker(build_text, text, holder, relation, target):
    got = stance_triples(build_text(text))
    assert _has(got, holder, relation, target), sorted(got)


@pytest.mark.parametrize("text,holder,relation,target", TITLES_NOT + QUOTED_NOT + INSIDE_NOT + SECOND_VERB_NOT)
def test_carried_speaker_misreadings(build_text, text, holder, relation, target):
    got = stance_triples(build_text(text))
    assert not _has(got, holder, relation, target), sorted(got)
