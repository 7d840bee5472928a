"""A battery of the speaker's next act after reported speech (issue 10): "X said the levy was unfair and urged Y to
drop it". spaCy's small model hangs the second verb on the reported clause rather than on "said", so the clause's
subject (the levy, costs, the scheme) was taken for the one urging, and no actor was found. syntax.said_then gives
the verb back to the speaker when it has the speech verb's tense and no auxiliary or subject of its own and the
clause's verb could not share it (an auxiliary, a copula, another form). Invented sentences; each asserts the holder,
the side and the target, and the misreadings: a verb that does share the clause's auxiliary ("would drop X and back
Y") stays the clause subject's, and so does one after a named subject's plain clause ("said the Farmers Union was
angry and rejected X"), where either reading is open."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O = "supports", "opposes"

# (sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a clause with an auxiliary the next verb cannot share: passive, progressive, perfect, modal
    ("Ms Okafor said the scheme was rushed and urged the council to scrap the fuel levy.", "Okafor",
     [(O, "fuel levy")], [(S, "fuel levy")]),
    ("The Road Haulage Association said costs were rising and called for a cut in fuel duty.", "Road Haulage",
     [(S, "cut in fuel duty")], [(O, "cut in fuel duty")]),
    ("The Farmers Union said prices had fallen sharply, and rejected the new milk quota.", "Farmers Union",
     [(O, "milk quota")], [(S, "milk quota")]),
    ("Germany said talks were going well and endorsed the steel quota.", "Germany",
     [(S, "steel quota")], [(O, "steel quota")]),
    ("Mr Kent said Labour would publish its own figures and attacked the congestion charge.", "Kent",
     [(O, "congestion charge")], [(S, "congestion charge")]),
    # a copula clause
    ("Mr Kent said the fuel levy was unfair and backed the congestion charge.", "Kent",
     [(S, "congestion charge")], [(O, "congestion charge")]),
    ("Senator Ada Lund says the budget is too tight and opposes the pension reform.", "Lund",
     [(O, "pension reform")], [(S, "pension reform")]),
    # a pronoun speaker and a verb of telling
    ("Mr Tom Kent spoke on Friday. He told reporters the vote had been close and praised the tram scheme.", "Kent",
     [(S, "tram scheme")], [(O, "tram scheme")]),
    # the clause's own verbs: a shared modal, and a named subject's plain clause
    ("Ms Okafor said the council would drop the fuel levy and back the tram scheme.", "council",
     [(S, "tram scheme")], []),
    ("Ms Okafor said the council would drop the fuel levy and back the tram scheme.", "Okafor",
     [], [(S, "tram scheme"), (O, "fuel levy")]),
    ("Ms Okafor said the Farmers Union was angry and rejected the milk quota.", "Okafor",
     [], [(O, "milk quota")]),
    ("Mr Kent said Labour opposed the fuel levy and backed the tram scheme.", "Kent",
     [], [(S, "tram scheme")]),
]


@pytest.mark.parametrize("text, holder, sides, wrong", CASES, ids=[c[0][:60] for c in CASES])
def test_said_then_battery(build_text, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
