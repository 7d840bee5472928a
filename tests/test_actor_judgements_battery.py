"""A battery of sides taken on a person or a body: trust placed in one or lost (WordNet's trust, faith, confidence;
speech/trusted.py), one portrayed as something (FrameNet's Communicate_categorization with 'as'), one likened to
something (FrameNet's Evaluative_comparison; constructions/likened.py), insults shouted at one (Judgment_direct_address
idioms). Invented sentences, each with the side a careful reader takes (GUIDELINES.md) and the reading that would be
wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    # trusting verbs: the object is backed, or opposed when trust is refused; a clause trusted in is no target
    ("trust", '"I trust Mayor Rolf Dane," said Senator Ada Brine.', "Brine", [(S, "Rolf Dane")], [(O, "Rolf Dane")]),
    ("trust", "Senator Ada Brine said she would never trust Mayor Rolf Dane again.", "Brine", [(O, "Rolf Dane")],
     [(S, "Rolf Dane")]),
    ("trust", "Senator Ada Brine distrusts the Harlow Group.", "Brine", [(O, "Harlow Group")], [(S, "Harlow Group")]),
    ("trust", "Senator Ada Brine trusted that the canal talks would succeed.", "Brine", [], [(S, "canal talks"), (S, "talks")]),
    ("trusted", "Senator Ada Brine told supporters the Harlow Group could not be trusted with public money.", "Brine",
     [(O, "Harlow Group")], [(S, "Harlow Group")]),
    ("trusted", "Senator Ada Brine said Mayor Rolf Dane could be trusted to keep his word.", "Brine",
     [(S, "Rolf Dane")], [(O, "Rolf Dane")]),
    # nouns of trust with 'in': held, voiced, lost, lacking
    ("noun", "Senator Ada Brine said she had full confidence in Mayor Rolf Dane.", "Brine", [(S, "Rolf Dane")],
     [(O, "Rolf Dane")]),
    ("noun", "Senator Ada Brine expressed full confidence in Mayor Rolf Dane.", "Brine", [(S, "Rolf Dane")], [(O, "Rolf Dane")]),
    ("noun", "The board of the Harlow Group reaffirmed its faith in Mayor Rolf Dane.", "Harlow", [(S, "Rolf Dane")],
     [(O, "Rolf Dane")]),
    ("noun", "Senator Ada Brine said she had lost confidence in Mayor Rolf Dane.", "Brine", [(O, "Rolf Dane")],
     [(S, "Rolf Dane")]),
    ("noun", "Senator Ada Brine said she had no confidence in the Harlow Group.", "Brine", [(O, "Harlow Group")],
     [(S, "Harlow Group")]),
    ("noun", "Senator Ada Brine said there was a deep lack of trust in Mayor Rolf Dane.", "Brine", [(O, "Rolf Dane")],
     [(S, "Rolf Dane")]),
    ("noun", "Mayor Rolf Dane spoke on Monday. Both the Greens and the Liberals are keen to stress a perceived lack of "
             "trust in Mayor Rolf Dane.", "Green", [(O, "Rolf Dane")], [(S, "Rolf Dane")]),
    # people in general hold no trust a reader can place: the one who says they lost it takes the side
    ("speaker", "Senator Ada Brine said voters had lost faith in the Harlow Group.", "Brine", [(O, "Harlow Group")],
     [(S, "Harlow Group")]),
    ("speaker", "Prime Minister Ilse Marr spoke on Monday. Senator Ada Brine said shoppers had a real lack of faith "
                "in the prime minister.", "Brine", [(O, "Ilse Marr")], [(S, "Ilse Marr")]),
    # a named actor's loss of trust is that actor's side, not a judgement of it by the one reporting it
    ("holder", "Senator Ada Brine said Ruth Cole had lost faith in Mayor Rolf Dane.", "Ruth Cole", [(O, "Rolf Dane")],
     [(S, "Rolf Dane")]),
    ("holder", "Senator Ada Brine said Ruth Cole had lost faith in Mayor Rolf Dane.", "Brine", [], [(O, "Ruth Cole")]),
    # a loss conceded, and trust in a country's market, take no side
    ("conceded", "Jack Orme spoke. He conceded that shoppers had lost faith in the Harlow Group, but said it could "
                 "recover.", "Orme", [], [(O, "Harlow Group")]),
    ("country", "The delay will hurt foreign lenders' shaky faith in Ruritania, said analyst Tom Reeve.",
     "", [], [(S, "Ruritania"), (O, "Ruritania")]),
    # portrayed as something: the judgement decides; without 'as' the verbs only depict or stand for
    ("portray", "Lawyer Hugo Pender tried to portray Mr Kessel as a liar.", "Pender", [(O, "Kessel")], [(S, "Kessel")]),
    ("portray", "Senator Ada Brine painted the Harlow Group as a reckless lender.", "Brine", [(O, "Harlow Group")],
     [(S, "Harlow Group")]),
    ("portray", "Senator Ada Brine cast Mayor Rolf Dane as the hero of the flood relief effort.", "Brine",
     [(S, "Rolf Dane")], [(O, "Rolf Dane")]),
    ("portray", "Senator Ada Brine represents the Harlow Group in court.", "Brine", [], [(S, "Harlow Group"), (O, "Harlow Group")]),
    # likened to something: a jibe, unless the likening praises; figures compared and likenings denied are none
    ("liken", "Senator Ada Brine compared the Harlow Group to a medieval court.", "Brine", [(O, "Harlow Group")],
     [(S, "Harlow Group")]),
    ("liken", "Nell Varga likened the Harlow Group to a cartel of bandits.", "Varga", [(O, "Harlow Group")],
     [(S, "Harlow Group")]),
    ("liken", "Senator Ada Brine compared Mayor Rolf Dane to a hero.", "Brine", [], [(O, "Rolf Dane")]),
    ("liken", "The Harlow Group's profits rose 5% compared with a loss of £3m a year earlier.", "Harlow", [],
     [(O, "loss"), (S, "loss")]),
    ("liken", "Senator Ada Brine denied that she had likened the Harlow Group to a cartel.", "Brine", [],
     [(O, "Harlow Group")]),
    ("liken", "But she said reports that she had likened the council to a cartel were inaccurate.", "", [], [(O, "council")]),
    # insults shouted or hurled at one
    ("insult", "Dockers' leader Pat Roan and other union officials shouted insults at Tonmark chairman Viktor Sale.", "Roan",
     [(O, "Viktor Sale")], [(S, "Viktor Sale")]),
    ("insult", "Senator Ada Brine went on the offensive against the Harlow Group.", "Brine", [(O, "Harlow Group")],
     [(S, "Harlow Group")]),
    ("insult", "Senator Ada Brine shouted instructions at the Harlow Group staff.", "Brine", [], [(O, "Harlow Group")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_actor_judgements_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
