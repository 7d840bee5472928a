"""A battery of precision misreadings found by judging a random sample of stance edges on real news articles no rule
was tuned on (issue 10, session 20): a policy said to "go ahead" read as one said to "go" (an end, so a side against
it), and an act one "had to" do read as a side of one's own ("may have to accept limits" is no backing of the
limits), and a participle after "wrote to X" given to X ("wrote to the regulator accusing Y": the writer
accuses), and a plan not made public read as one backed or refused ("announced no plans to X", "did not
announce new policies"). Every sentence is our own (invented names, bodies and policies). Each case names the triples that must not
appear, and, beside it, the close sentence whose side must stay.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. "must go ahead" / "should go forward": the policy proceeds, so it is wanted, not ended
c("go-ahead", "A spokeswoman for the Finance Minister Tom Hale warned that the fuel levy must go ahead next year.",
  want=[("Hale", "supports", "fuel levy")], never=[("Hale", "opposes", "fuel levy")])
c("go-ahead", "Councillor Ada Lund said the bridge toll would have to go ahead in June.",
  want=[("Lund", "supports", "bridge toll")], never=[("Lund", "opposes", "bridge toll")])
c("go-ahead", "The Farmers Union chairman Ian Cole said that the grain subsidy should go forward as planned.",
  want=[("Cole", "supports", "grain subsidy")], never=[("Cole", "opposes", "grain subsidy")])
c("go-ahead", "Ms Ada Lund insisted the congestion charge must go on.",
  never=[("Lund", "opposes", "congestion charge")])
# ... a policy that is to go, alone, is still ended
c("go-ahead", "The Finance Minister Tom Hale said that the fuel levy must go.", want=[("Hale", "opposes", "fuel levy")])
c("go-ahead", "Councillor Ada Lund said the bridge toll should go.", want=[("Lund", "opposes", "bridge toll")])

# B. an act one had to do is no side of one's own
c("have-to", "If it joins, Norland may have to accept limits on fishing by its trawlers.",
  never=[("Norland", "supports", "limits")])
c("have-to", "The Prime Minister Ana Ruiz had to accept that the treaty did not guarantee her country a seat on the board.",
  never=[("Ruiz", "supports", None)])
c("have-to", "Under the deal, the Velmar government will have to accept a cap on its fishing fleet.",
  never=[("Velmar", "supports", "cap")])
# ... one's own resolve ("we have to"), and an act not obliged, stay a side
c("have-to", "We have to fight the new fishing quota with all our means, the fishermen's leader Ian Cole said.",
  want=[("Cole", "opposes", "fishing quota")])
c("have-to", "We had to fight the new fishing quota with all our means, the fishermen's leader Ian Cole said.",
  want=[("Cole", "opposes", "fishing quota")])
c("have-to", "Norland accepted limits on fishing by its trawlers.", want=[("Norland", "supports", "limits")])


# C. "wrote to X accusing Y": the participle is the writer's act, not that of the one written to
c("written-to", "The Green leader Ada Lund has written to the regulator accusing Tonmark of breaking the rules on pricing.",
  want=[("Lund", "opposes", "Tonmark")], never=[("Green", "opposes", "Tonmark"), ("regulator", None, None)])
c("written-to", "Tory leader Tom Kent has written to the prime minister demanding a review of the fuel levy.",
  want=[("Kent", "supports", "review of the fuel levy")], never=[("Prime Minister", None, None)])
c("written-to", "Ms Ada Lund complained to the council criticising the bridge toll.", want=[("Lund", "opposes", "bridge toll")],
  never=[("council", None, None)])
# ... a participle on a body that is not written to stays that body's: "groups opposing X" oppose it
c("written-to", "Groups opposing the bridge toll include the Farmers Union.", want=[("Farmers Union", "opposes", "bridge toll")])
c("written-to", "Ms Ada Lund signed a motion opposing the bridge toll.", want=[("Lund", "opposes", "bridge toll")])


# D. a plan not made public is no side either way
c("unannounced", "The Farmers Union has announced no plans to raise the milk levy.", never=[("Farmers Union", None, "milk levy")])
c("unannounced", "Tonmark has not announced plans to cut jobs at its Dunmore plant.", never=[("Tonmark", None, "cut jobs")])
c("unannounced", "The Liberal Party's conference did not unveil new policies on the fuel levy.",
  never=[("Liberal Party", None, "policies")])
# ... a plan announced, and a plan one says one has none of, keep their sides
c("unannounced", "Tonmark has announced plans to cut jobs at its Dunmore plant.", want=[("Tonmark", "supports", "cut jobs")])
c("unannounced", "The Liberal Party said on Monday that it had no plans to raise the milk levy.",
  want=[("Liberal Party", "opposes", "milk levy")])
# ... "had to" said of another by a speaker is still the speaker's call (deontic.said_obliged)
c("have-to", "Ms Ada Lund said the county council had to scrap the parking charge.", want=[("Lund", "opposes", "parking charge")])


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
