"""A wire story's dateline names where it was filed. When the parser takes the dateline's city for the subject of
"said", with the firm that speaks apposed to it, the "it" of the clause said is the firm, never the city; and the
firm the lead opens on is a name even where the tagger, reading the dateline first, missed it. Sentences of our
own, in the shape of wire copy."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, firm, target, place", [
    ("KESTREL BID FOR TONMARK\n\nBOSTON, May 14 - Kestrel Holdings Corp, a firm set up by John Vane, said "
     "it has started a tender offer for Tonmark Inc.\n", "Kestrel Holdings Corp", "tender offer", "Boston"),
    ("MARLOW BID\n\nCHICAGO, June 2 - Marlow Industries Inc, a company formed by two investors, said it has launched "
     "a bid for Brandt Steel Corp.\n", "Marlow Industries Inc", "bid", "Chicago"),
    # "PLACE, STATE, date -": the place with the state or country it is in is the dateline too
    ("KESTREL BID\n\nDAYTON, Ohio, June 2 - Kestrel Tire Corp, a firm set up by Tom Vane, said it has launched a bid "
     "for Brandt Steel Corp.\n", "Kestrel Tire Corp", "bid", "Dayton"),
])
def test_the_firm_apposed_to_a_dateline_says_it(build_text, text, firm, target, place):
    triples = stance_triples(build_text(text))
    assert any(h == firm and r == "supports" and target in t for h, r, t in triples), sorted(triples)
    assert not any(place.lower() in h.lower() for h, _, _ in triples), sorted(triples)


@pytest.mark.parametrize("text, name", [
    ("MARLOW BID\n\nCHICAGO, June 2 - Marlow Industries Inc said it has launched a bid for Brandt Steel Corp.\n",
     "Marlow Industries Inc"),
    ("TONMARK PLAN\n\nLONDON, May 4 - Tonmark Holdings Plc said it would sell its rail unit to Brandt Steel Corp.\n",
     "Tonmark Holdings Plc"),
])
def test_the_lead_after_a_dateline_keeps_its_firm(build_text, text, name):
    labels = {e.label for e in build_text(text).entities}
    assert name in labels, sorted(labels)


def test_a_dateline_with_its_country_is_no_sayer(build_text):
    text = ("NORLAND TO FIGHT QUOTA\n\nLYON, FRANCE, June 12 - Farm Minister Tom Vane warned that France would "
            "flatly reject the proposed milk quota.\n")
    triples = stance_triples(build_text(text))
    assert ("France", "opposes", "proposed milk quota") in triples, sorted(triples)
    assert not any("lyon" in h.lower() for h, _, _ in triples), sorted(triples)
