"""A battery of frames whose cue word was known but whose frame was not read (issue 10, session 21): a state
made certain ("vowed to ensure the toll is scrapped"), reached up a chain of to-verbs ("pledged to go on
ensuring X was kept"); a clause asked for after a verb of FrameNet's Request frame that takes "for" only
before a clause ("appealed for the depot to be saved", "asked for the levy to be scrapped"), with coordinated
askers; an agentive noun with the preposition its verb takes ("an advocate for the ferry subsidy"); a need
one should not disregard ("must not neglect the need to cut X" backs the cut); and a plan's to-clause parted
from its noun by an inserted phrase ("plans, backed by X, to build Y": the act is what is backed). Every
sentence is our own (invented names, bodies and policies). Each case names the triples that must appear, and
the close sentence that must stay silent.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. a state made certain: "ensure" with a passive clause takes the side of that fate
c("ensure", "Ms Nora Vell vowed to ensure the harbour toll is scrapped.", want=[("Vell", "opposes", "harbour toll")])
c("ensure", "Mr Piet Amberly pledged to keep working to ensure that the ferry subsidy was retained.",
  want=[("Amberly", "supports", "ferry subsidy")])
c("ensure", "Councillor Nora Vell said she would ensure the parking levy was introduced next spring.",
  want=[("Vell", "supports", "parking levy")])
c("ensure", "Ms Nora Vell said ministers must ensure the ferry subsidy is kept.", want=[("Vell", "supports", "ferry subsidy")])
# ... an active clause of people doing their duty, and a thing that ensures, say no side
c("ensure", "Mr Piet Amberly said he would help ensure that those in charge honour their duties.",
  never=[("Amberly", None, None)])
c("ensure", "The new warden is charged with ensuring quiet on the wards.", never=[("warden", "supports", None)])
c("ensure", "Harlow Council will ensure the harbour toll is collected on time.", never=[("Harlow", "opposes", "harbour toll")])

# B. a clause asked for: "appeal / ask / plead for X to be Y"
c("asked-for", "Ms Nora Vell asked for the parking levy to be scrapped.", want=[("Vell", "opposes", "parking levy")])
c("asked-for", "Mr Piet Amberly appealed for the ferry subsidy to be kept.", want=[("Amberly", "supports", "ferry subsidy")])
c("asked-for", "Mr Piet Amberly pleaded for the old coal mine to be saved.", want=[("Amberly", "supports", "coal mine")])
c("asked-for", "Both Ms Nora Vell and Mr Piet Amberly appealed for the harbour toll to be abolished.",
  want=[("Vell", "opposes", "harbour toll"), ("Amberly", "opposes", "harbour toll")])
# ... with a plain object they ask for no policy
c("asked-for", "Ms Nora Vell asked for a meeting with the harbour master.", never=[("Vell", None, None)])
c("asked-for", "The Kestrel Valley police appealed for calm after the protest.", never=[(None, "supports", "calm")])

# C. an agentive noun with its verb's preposition: "advocate for X" as "advocate of X"
c("advocate-for", "Mr Piet Amberly has long been an advocate for the ferry subsidy.", want=[("Amberly", "supports", "ferry subsidy")])
c("advocate-for", "Ms Nora Vell, a vocal advocate for lower fuel duty, spoke at the rally.",
  want=[("Vell", "supports", "fuel duty")])
c("advocate-for", "Ms Nora Vell has been an advocate for 20 years.", never=[("Vell", "supports", None)])

# D. a need one should not disregard: the act needed is backed (and "should ignore the need" is against it)
c("need", "Ms Nora Vell said the council must not overlook the need to overhaul the harbour toll.",
  want=[("Vell", "supports", "overhaul the harbour toll")], never=[("Vell", "opposes", None)])
c("need", "Mr Piet Amberly said ministers must not neglect the need to cut the parking levy.",
  want=[("Amberly", "supports", "cut the parking levy")], never=[("Amberly", "opposes", None)])
c("need", "Mr Piet Amberly said the board should ignore the need to cut the parking levy.",
  want=[("Amberly", "opposes", "cut the parking levy")], never=[("Amberly", "supports", None)])

# E. a plan's act parted from its noun by an inserted phrase is what is backed or fought
c("interrupted", "The Greens attacked plans, backed by Harlow Council, to build a second runway.",
  want=[("Harlow", "supports", "build a second runway"), ("Green", "opposes", "build a second runway")],
  never=[(None, None, "plans")])
c("interrupted", "Ms Nora Vell condemned proposals, drawn up by the county board, to cut the ferry subsidy.",
  want=[("Vell", "opposes", "cut the ferry subsidy")], never=[("Vell", None, "proposals")])
# ... with no inserted phrase the plan keeps its own name
c("interrupted", "Harlow Council backed plans to extend the old runway.", want=[("Harlow", "supports", "plans to extend")])


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
