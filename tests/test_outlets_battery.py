"""A battery of news outlets as holders (issue 10, session 20): a newspaper, broadcaster or wire agency reports what
others say or think, it takes no side itself, unless the sentence says it argues in its own voice (an editorial, a
leader). Outlets are known by the shape of a news title (graph/data/outlets.json): a masthead noun ends the name
('Gazette', 'Herald'), or a masthead word that also ends company names ('Post', 'Mail', 'Express') comes after
'Daily' or 'Sunday', or the article calls the name a newspaper or tells it something ('told the Post'). Every
sentence is our own, with invented outlets, names and policies. Each case names the triples that must not appear
and the side that must stay with the one reported.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. a masthead noun ends the name: the outlet holds nothing, the one it reports keeps the side
c("masthead", "The Westmoor Gazette reported that the transport minister, Alan Pryce, opposed the congestion levy.",
  want=[("Pryce", "opposes", "congestion levy")], never=[("Gazette", None, None)])
c("masthead", "The Westmoor Gazette opposed the congestion levy, saying it would hurt shops.",
  never=[("Gazette", None, None)])
c("masthead", "The Borchester Echo backed plans for a second runway at the airport.",
  never=[("Echo", None, None)])
c("masthead", "The Kestrel Herald welcomed the proposed ban on night flights.",
  never=[("Herald", None, None)])
# B. a masthead word that also ends company names, after 'Daily' or 'Sunday'
c("modifier", "The Daily Courier backed the new tram line.", never=[("Courier", None, None)])
c("modifier", "The Sunday Express criticised the plan to close the cottage hospital.", never=[("Express", None, None)])
# ... but a company of that shape keeps its side
c("company", "Royal Mail opposed the proposed postal levy.", want=[("Royal Mail", "opposes", "postal levy")])
c("company", "The regulator told Royal Mail to cut its prices. Royal Mail rejected the price cap.",
  want=[("Royal Mail", "opposes", "price cap")])
# C. a name the article calls a newspaper, or tells something as a channel
c("apposed", "Korva, the state news agency, backed the new oil tax.", never=[("Korva", None, None)])
c("apposed", "The Vantor Post newspaper attacked the planned rise in council tax.", never=[("Post", None, None)])
c("told", "Jane Holt told the Harlow Post that she backed the new tram line. The Post opposed the ferry levy.",
  want=[("Holt", "supports", "tram line")], never=[("Post", None, None)])
# ... and its staff or its report name the one who holds the side
c("reported", 'Jane Holt, political editor of the Westmoor Gazette, said: "The ferry levy is a disgrace and should be scrapped."',
  want=[("Holt", "opposes", "ferry levy")], never=[("Gazette", None, None)])
c("reported", "According to the Daily Courier, the ferry levy was opposed by Ben Arlow, the harbour master.",
  want=[("Arlow", "opposes", "ferry levy")], never=[("Courier", None, None)])
# D. its own voice: an editorial or a leader column
c("editorial", "The Sunday Clarion criticised the bridge toll in an editorial.",
  want=[("Clarion", "opposes", "bridge toll")])


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
