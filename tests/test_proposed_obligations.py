"""What a body proposes others will have to do is the proposer's side ("the Bank proposed that banks will have to
seek approval ..."), as what a speaker says others had to do is: the clause's subject is only bound to act.
Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, proposer, bound, target", [
    ("The Bank of Canada proposed that foreign banks will have to seek approval to open branches.",
     "Bank of Canada", "banks", "open branches"),
    ("The Treasury recommended that all banks would have to adopt the new capital code.",
     "Treasury", "banks", "new capital code"),
])
def test_an_obligation_proposed_is_the_proposers_side(build_text, text, proposer, bound, target):
    triples = stance_triples(build_text(text))
    assert (proposer, "supports", target) in triples, sorted(triples)
    assert (bound, "supports", target) not in triples, sorted(triples)
