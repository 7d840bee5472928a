"""A battery of quotations that run over paragraphs (session 18): wire copy (hard-wrapped lines, indented
paragraphs) and web copy (one paragraph a line) reopen the quotation at each paragraph without closing the last,
and name the speaker once; the first person of every paragraph is the speaker's. A quotation that opens a
paragraph with no one named is said by the one the sentence before was about, even when that sentence quotes a
phrase of its own after its subject ('The minister urged X to "..."'). Every text is invented and run through
the real pipeline; each case lists the triple a careful reader takes, the misreadings triples that must not
appear."""
from __future__ import annotations

import pytest

from conftest import stance_triples

_WIRE_RUN = (
    "GRAIN COUNCIL FIGHTS EXPORT LEVY\n\n"
    "LONDON, March 3 - Growers on Tuesday stepped up their fight\n"
    "against a planned levy on wheat exports.\n"
    "    Council chairman Peter Hollis told reporters in the capital:\n"
    "    \"We oppose the levy because it punishes the efficient\n"
    "farms that export the most grain each year.\n"
    "    \"We will fight it in parliament and in the courts.\"\n"
    "    The ministry declined to comment on the remarks.\n"
    "    Farm minister Alan Crewe said that \"the levy is fair and\n"
    "it will raise money for rural roads.\n"
    "    \"We back the levy and we will not drop it.\"\n"
    " REUTER\n")
_WEB_RUN = (
    "Grain council fights export levy\n\n"
    "Growers have stepped up their fight against a planned levy on wheat exports.\n"
    "Council chairman Peter Hollis told reporters in the capital:\n"
    "\"We oppose the levy because it punishes the efficient farms that export the most grain each year.\n"
    "\"We will fight it in parliament and in the courts.\"\n"
    "The ministry declined to comment on the remarks.\n"
    "Crewe added: \"We reject the claims of the council.\n"
    "\"I support a review of the export rules.\"\n")
_WIRE_AFTER_PHRASE = (
    "NURSES WIN BACKING FROM MINISTER\n\n"
    "LEEDS, May 4 - Health Minister Ann Lee visited a children's\n"
    "hospital in the northern city of Leeds on Monday.\n"
    "    The minister urged hospital managers across the region to\n"
    "\"cut waiting lists before the winter sets in.\"\n"
    "    \"We will back the new staffing plan for the wards and we\n"
    "will find the money for it.\n"
    "    \"I support the nurses in their call for more staff.\"\n"
    " REUTER\n")
_WEB_AFTER_PHRASE = (
    "Nurses win backing\n\n"
    "Health Minister Ann Lee visited a children's hospital in Leeds on Monday.\n"
    "The minister urged hospital managers to \"cut waiting lists before the winter\".\n"
    "\"We will back the new staffing plan for the wards.\"\n")
_WEB_NARRATOR = (
    "Row over city road toll\n\n"
    "Union leader Ann Marsh said: \"We oppose the road toll.\"\n"
    "Council leader Karl Berg ended the meeting on a defiant note, telling drivers that \"we back the toll and "
    "we will keep it\".\n")

RUNS = [
    (_WIRE_RUN, "Peter Hollis", "opposes", "levy"),
    (_WIRE_RUN, "Alan Crewe", "supports", "levy"),
    (_WEB_RUN, "Peter Hollis", "opposes", "levy"),
    (_WIRE_AFTER_PHRASE, "Ann Lee", "supports", "staffing plan"),
    (_WIRE_AFTER_PHRASE, "Ann Lee", "supports", "nurses"),
    (_WEB_AFTER_PHRASE, "Ann Lee", "supports", "staffing plan"),
    (_WEB_NARRATOR, "Karl Berg", "supports", "toll"),
]
RUNS_NOT = [
    (_WIRE_RUN, "Peter Hollis", "supports", "levy"),
    (_WIRE_RUN, "Alan Crewe", "opposes", "levy"),
    (_WEB_RUN, "Peter Hollis", "supports", "levy"),
    # a quoted phrase of the narrator's after a speaker's quotation is its own subject's, not the speaker's
    (_WEB_NARRATOR, "Ann Marsh", "supports", "toll"),
]


def _has(got, holder, relation, target):
    return any(holder.lower() in h.lower() and r == relation and target.lower() in o.lower() for h, r, o in got)


@pytest.mark.parametrize("text,holder,relation,target", RUNS)
def test_quoted_run_speaker(build_text, text, holder, relation, target):
    got = stance_triples(build_text(text))
    assert _has(got, holder, relation, target), sorted(got)


@pytest.mark.parametrize("text,holder,relation,target", RUNS_NOT)
def test_quoted_run_misreadings(build_text, text, holder, relation, target):
    got = stance_triples(build_text(text))
    assert not _has(got, holder, relation, target), sorted(got)
