"""A battery of acts arranged (issue 10, session 21): "be" with a to-infinitive is English's quasi-modal of
arrangement (Quirk et al. 1985, 4.54), the plainest way business news tells what a firm or a government has decided
to do; the actor backs the act when it is done to a thing (graph/extract/stance/constructions/arranged.py). Not
in a condition, a passive, a state ("is to become chief executive"), a trip to a named place, nor an act that is a
cue of its own. Every sentence is our own, with invented firms, places and figures.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. a firm's or a government's arranged act: its own plan, backed
c("firm", "Heineken is to shut its brewery in Zoeterwoude next year, the company said.",
  want=[("Heineken", "supports", "shut its brewery")])
c("firm", "Carlsberg is to sell its soft drinks arm for £2bn.", want=[("Carlsberg", "supports", "sell its soft drinks arm")])
c("firm", "Hyundai is to build a second car plant in Chennai.", want=[("Hyundai", "supports", "second car plant")])
c("government", "The Norwegian government is to cut the tax on diesel by 10%.",
  want=[("Norway", "supports", "cut the tax on diesel")])
# B. not an arranged act of one's own
c("condition", "If Rover is to survive, it must cut costs.", never=[("Rover", "supports", None)])
c("passive", "Vauxhall is to be sold to a Chinese car maker.", never=[("Vauxhall", "supports", None)])
c("state", "Ms Dunne is to become chief executive of Barclays in May.", never=[("Dunne", "supports", None)])
c("trip", "Foreign Secretary Jack Moss is to visit Peru and Chile next month.", never=[("Moss", "supports", None)])
c("not yet", "Ofwat is yet to publish its ruling on water bills.", never=[("Ofwat", "supports", None)])
# C. an act that is a cue of its own reads its own side
c("cue", "The Greens are to oppose the new runway at Heathrow.",
  want=[("Green", "opposes", "runway")], never=[("Green", "supports", None)])


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
