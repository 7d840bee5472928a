"""A battery of who speaks (issue 10, session 14): a quotation that goes on in the next paragraph with no speaker
verb, a speaker named after the quotation with a title, "he added" / "she went on", a stance reported of someone
else ("X says Y opposes Z" is Y's), the verbs of saying and telling (VerbNet say-37.7, tell-37.2, FrameNet
Statement), "we" and "our" in a quotation, and speakers that are plain nouns or titles the article resolves. Every
sentence is invented (names, bodies and policies too) and run through the real pipeline; each case lists the
triple a careful reader takes, and the misreadings list triples that must not appear. Cases still read wrong are
non-strict xfail with what they lack."""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _has(got, holder, relation, target):
    return any(holder.lower() in h.lower() and r == relation and target.lower() in o.lower() for h, r, o in got)


# --- a quotation that goes on: the next paragraph, "he added", the speaker named after it -----------------------
CONTINUED = [
    ('Mr Kent, the party\'s transport spokesman, said the fuel levy had been rushed through.\n\n'
     '"It is unfair and it will hurt rural drivers."', "Kent", "opposes", "levy"),
    ('Ms Ward said the council had got its sums wrong.\n\n"The parking charge is unfair on shoppers."',
     "Ward", "opposes", "parking charge"),
    ('Senator Ada Lund spoke to reporters on Monday.\n\n"The tariff bill is a disaster for exporters," she said.',
     "Lund", "opposes", "tariff bill"),
    ('"The tariff bill is a disaster for exporters," said Ms Ward, the party\'s trade spokeswoman.',
     "Ward", "opposes", "tariff bill"),
    ('"The grazing levy is deeply unfair," said Tom Reed, president of the Farmers Union.',
     "Reed", "opposes", "grazing levy"),
    ('Ms Ward attacked the council on Tuesday.\n\n"The parking charge is a disgrace," she added.',
     "Ward", "opposes", "parking charge"),
    ('Mr Kent said he had spoken to farmers across the county. He added: "The grazing levy is a disaster."',
     "Kent", "opposes", "grazing levy"),
    ('Ms Ward said the talks had been difficult. She went on: "The pension reform is fair and overdue."',
     "Ward", "supports", "pension reform"),
    ('"We have listened to drivers," Mr Kent said.\n\n"The fuel levy is wrong and we shall oppose it."',
     "Kent", "opposes", "fuel levy"),
    ('Ms Ward welcomed the report.\n\n"The housing plan is good news for young families," she told the BBC.',
     "Ward", "supports", "housing plan"),
    ('Tom Reed, who leads the Farmers Union, was blunt.\n\n"The grazing levy is a disaster for hill farms."',
     "Reed", "opposes", "grazing levy"),
    ('"The parking charge will drive shoppers away," Ms Ward said on Friday. "It is unfair on small traders."',
     "Ward", "opposes", "parking charge"),
    ('Mr Kent told the BBC the fuel levy was unfair.\n\n"It punishes people who have no choice but to drive," he '
     'said.\n\n"The levy is a mistake."', "Kent", "opposes", "levy"),
    ('"This tariff bill is a disgrace," Senator Lund told a news conference in the capital on Tuesday.',
     "Lund", "opposes", "tariff bill"),
    ('"The toll is a disgrace," said Carla Ruiz, a spokeswoman for the Harbour Board, on Monday.',
     "Ruiz", "opposes", "toll"),
]


# --- a stance reported of another: "X says Y opposes Z" is Y's ---------------------------------------------------
REPORTED = [
    ("Mr Kent said the Farmers Union opposed the grazing levy.", "Farmers Union", "opposes", "grazing levy"),
    ("Ms Ward says the unions back the pension reform.", "unions", "supports", "pension reform"),
    ("Mr Kent claimed the Green Party had rejected the fuel levy.", "Green Party", "opposes", "fuel levy"),
    ("Officials said the Harbour Board supported the new toll.", "Harbour Board", "supports", "toll"),
    ("The fuel levy is unfair on rural drivers, according to Mr Kent.", "Kent", "opposes", "fuel levy"),
    ("According to Ms Ward, the parking charge is unfair on shoppers.", "Ward", "opposes", "parking charge"),
    ("According to the Farmers Union, the grazing levy would hurt small farms.", "Farmers Union", "warns",
     "grazing levy"),
    ("The Harbour Board opposes the toll, according to a letter seen by the BBC.", "Harbour Board", "opposes",
     "toll"),
    ("Ms Ward said she understood the Farmers Union was against the grazing levy.", "Farmers Union", "opposes",
     "grazing levy"),
    # a claim or a view a noun names is its owner's speech
    ("Mr Kent rejected claims by the Farmers Union that the grazing levy was a disaster.", "Farmers Union",
     "opposes", "grazing levy"),
    ("The Farmers Union's claim that the grazing levy is unfair was dismissed by ministers.", "Farmers Union",
     "opposes", "grazing levy"),
    ('Mr Kent mocked Ms Ward\'s insistence that the fuel levy was "fair and modest".', "Ward", "supports",
     "fuel levy"),
    ("Norland Steel stood by its view that the tariff bill would hurt exports.", "Norland Steel", "warns",
     "tariff bill"),
    # a speaker's own belief reported inside the speech is still the speaker's
    ("Mr Kent said he believed the fuel levy was unfair.", "Kent", "opposes", "fuel levy"),
    ('Mr Kent said: "We think the fuel levy is a disgrace."', "Kent", "opposes", "fuel levy"),
    ("Mr Kent said the Farmers Union believed the grazing levy was unfair.", "Farmers Union", "opposes",
     "grazing levy"),
]

# the one who reports another's side does not take it
REPORTED_NOT = [
    ("Mr Kent said the Farmers Union opposed the grazing levy.", "Kent", "opposes", "grazing levy"),
    ("Ms Ward says the unions back the pension reform.", "Ward", "supports", "pension reform"),
    ("Mr Kent claimed the Green Party had rejected the fuel levy.", "Kent", "opposes", "fuel levy"),
    ("Officials said the Harbour Board supported the new toll.", "Officials", "supports", "toll"),
    ("Ms Ward dismissed claims that the parking charge was unfair.", "Ward", "opposes", "parking charge"),
    ("Mr Kent denied that the fuel levy was unfair.", "Kent", "opposes", "fuel levy"),
    ("Ms Ward rejected suggestions that the pension reform was a mistake.", "Ward", "opposes", "pension reform"),
    ('Mr Kent mocked Ms Ward\'s claim that the fuel levy was "fair and modest".', "Kent", "supports", "fuel levy"),
    ("Critics say the fuel levy is unfair, but Ms Ward disagrees.", "Ward", "opposes", "fuel levy"),
    ('Ms Ward said critics who called the parking charge "a disgrace" were wrong.', "Ward", "opposes",
     "parking charge"),
    ('"We reject the claim that the fuel levy is unfair," Mr Kent said.', "Kent", "opposes", "fuel levy"),
    ("Ms Ward dismissed allegations from the Green Party that the housing plan was a disaster.", "Ward",
     "opposes", "housing plan"),
    # a belief or a claim of others the speaker reports, unnamed, is theirs
    ("Ms Ward said some people thought the parking charge was unfair.", "Ward", "opposes", "parking charge"),
    ('"Critics claim the parking charge is unfair, but they are wrong," said Ms Ward.', "Ward", "opposes",
     "parking charge"),
    ("Mr Kent told the BBC that many drivers believed the fuel levy was a disgrace.", "Kent", "opposes",
     "fuel levy"),
    ("Senator Ada Lund said exporters feared the tariff bill would hurt trade.", "Lund", "warns", "tariff bill"),
]


# --- the verbs of saying and telling: any of the class reports the judgement of its subject ---------------------
SPEECH_VERBS = [(f"Mr Kent {verb} the fuel levy was unfair.", "Kent", "opposes", "fuel levy") for verb in (
    "said", "claimed", "insisted", "argued", "maintained", "stressed", "complained", "conceded", "declared",
    "asserted", "acknowledged", "noted", "added", "explained", "suggested", "believes", "told reporters",
    "told the BBC", "told Reuters", "confirmed", "repeated", "pointed out", "wrote", "contended", "admitted",
    "reckoned", "has said", "will argue", "had insisted", "told parliament", "told a news conference",
    "told journalists", "told the committee", "reiterated", "observed", "protested", "answered", "replied",
    "remarked", "announced")] + [
    ("Ms Ward said in a statement that the parking charge was unfair on shoppers.", "Ward", "opposes",
     "parking charge"),
    ("The Farmers Union said on Monday that the grazing levy would ruin hill farms.", "Farmers Union", "warns",
     "grazing levy"),
    ("In an interview with the BBC, Ms Ward said the housing plan was a sensible step.", "Ward", "supports",
     "housing plan"),
    ("Norland Steel told shareholders the tariff bill would hurt exports.", "Norland Steel", "warns",
     "tariff bill"),
    ("Senator Ada Lund told Reuters the tariff bill would damage trade with Borduvia.", "Lund", "warns",
     "tariff bill"),
    ("Ms Ward went on to say that the parking charge was unfair.", "Ward", "opposes", "parking charge"),
    ("The Harbour Board revealed on Monday that it regarded the new toll as vital for the port.", "Harbour Board",
     "supports", "toll"),
    ("Ms Ward assured MPs the housing plan was fair to tenants.", "Ward", "supports", "housing plan"),
    ("Mr Kent reminded voters that the fuel levy had been a disaster for rural drivers.", "Kent", "opposes",
     "fuel levy"),
    ("Senator Ada Lund testified that the tariff bill would hurt exporters.", "Lund", "warns", "tariff bill"),
    ("Norland Steel informed the exchange that the tariff bill would damage its exports.", "Norland Steel",
     "warns", "tariff bill"),
    ("The Farmers Union has repeatedly affirmed that the grazing levy is unfair.", "Farmers Union", "opposes",
     "grazing levy"),
]

# a verb of saying names a speaker only of a clause it reports: what it acts on is no judgement
SPEECH_VERBS_NOT = [
    ("Ms Ward confirmed the date of the vote on the fuel levy.", "Ward", "opposes", "fuel levy"),
    ("The Harbour Board revealed the new toll on Monday. Mr Kent said the toll was unfair.", "Harbour Board",
     "opposes", "toll"),
    ("Mr Kent answered questions from the panel. Its members argued the fuel levy was unfair.", "Kent",
     "opposes", "fuel levy"),
]


# --- what a speaker says a policy does to a law or a treaty: FrameNet Compliance's verbs of a norm broken ---------
BREACH = [
    ("Mr Kent said the fuel levy would breach European law.", "Kent", "warns", "fuel levy"),
    ("The Farmers Union said the grazing levy violated the trade treaty.", "Farmers Union", "opposes",
     "grazing levy"),
    ('"This tariff bill flouts every rule of the trade pact," said Senator Ada Lund.', "Lund", "opposes",
     "tariff bill"),
    ("According to Ms Ward, the parking charge contravenes the 1998 planning act.", "Ward", "opposes",
     "parking charge"),
    ("Lawyers for the Harbour Board argued that the new toll could infringe the rights of local fishermen.",
     "Harbour Board", "warns", "toll"),
    ("A spokeswoman for the Green Party said the housing plan breaches the council's own guidelines.",
     "Green Party", "opposes", "housing plan"),
    ("Norland Steel told shareholders the tariff bill may well violate world trade rules.", "Norland Steel",
     "warns", "tariff bill"),
]

# a policy called an attack on someone, an affront, or a lifeline (a copula's noun of harm or help)
BREACH += [
    ("Mr Kent said the fuel levy was an attack on rural drivers.", "Kent", "opposes", "fuel levy"),
    ('"The tariff bill is an affront to every exporter," said Senator Ada Lund.', "Lund", "opposes", "tariff bill"),
    ("The Farmers Union described the grazing levy as an assault on hill farming.", "Farmers Union", "opposes",
     "grazing levy"),
    ("Ms Ward said the housing plan would be a lifeline for young families.", "Ward", "supports", "housing plan"),
    ('"This pension reform is a full-frontal attack on public servants," Ms Ward told the union conference.',
     "Ward", "opposes", "pension reform"),
]

# a breach or a harm denied is no side against; a breach by an actor is no policy judged
BREACH_NOT = [
    ("Ms Ward said the parking charge did not breach any rules.", "Ward", "opposes", "parking charge"),
    ("Ms Ward said the parking charge breached no rules.", "Ward", "opposes", "parking charge"),
    ("Mr Kent said the fuel levy does not damage farms.", "Kent", "opposes", "fuel levy"),
    ("Mr Kent insisted the fuel levy would not breach European law.", "Kent", "warns", "fuel levy"),
    ("Mr Kent said Borduvia had violated the ceasefire.", "Kent", "opposes", "ceasefire"),
    ("Ms Ward said the fuel levy was not an attack on drivers.", "Ward", "opposes", "fuel levy"),
    ("Mr Kent said the raid was an attack on the embassy.", "Kent", "opposes", "embassy"),
]


# --- "we" and "our" in a quotation: the speaker, and the body the speaker speaks for ------------------------------
WE = [
    ('"We oppose this levy," a spokesman for the Farmers Union said.', "Farmers Union", "opposes", "levy"),
    ('"We will fight the grazing levy all the way," said Tom Reed of the Farmers Union.', "Reed", "opposes",
     "grazing levy"),
    ('"We are against the merger," a Norland Steel spokeswoman said.', "Norland Steel", "opposes", "merger"),
    ('"We reject the pay offer," said Ms Ward, general secretary of the Transport Union.', "Ward", "opposes",
     "pay offer"),
    ('"We support the housing plan," said Carla Ruiz, who chairs the Tenants Association.', "Ruiz", "supports",
     "housing plan"),
    ('The Tenants Association met on Monday.\n\nIts chairwoman, Carla Ruiz, said: "We welcome the housing plan."',
     "Ruiz", "supports", "housing plan"),
    ('Mr Kent spoke after the vote. "I am against the fuel levy and always have been," he said.', "Kent",
     "opposes", "fuel levy"),
    ('"I back the pension reform," Ms Ward told reporters.', "Ward", "supports", "pension reform"),
    ('"Our members will never accept the pay offer," said Ms Ward of the Transport Union.', "Ward", "opposes",
     "pay offer"),
    ('A spokesman for the Green Party said: "We have opposed the fuel levy from the start."', "Green Party", "opposes",
     "fuel levy"),
]


# a misgiving one has is one's own: "we have concerns about X" in a quotation, "has doubts over X" in narrative
WE += [
    ('"We have serious concerns about the grazing levy," said Tom Reed.', "Reed", "opposes", "grazing levy"),
    ("The Farmers Union has grave doubts over the grazing levy.", "Farmers Union", "opposes", "grazing levy"),
    ("Mr Kent said he had misgivings about the fuel levy.", "Kent", "opposes", "fuel levy"),
    ('"I have real reservations about this housing plan," Ms Ward told the BBC.', "Ward", "opposes",
     "housing plan"),
    ("Norland Steel has had concerns about the tariff bill since it was first proposed.", "Norland Steel",
     "opposes", "tariff bill"),
]

# a noun received from another is not one's own
WE_NOT = [
    ("The housing plan has the opposition of the Green Party, Ms Ward said.", "Ward", "opposes", "housing plan"),
    ("Mr Kent has had criticism over the fuel levy.", "Kent", "opposes", "fuel levy"),
    ("Ms Ward has no objection to the parking charge.", "Ward", "opposes", "parking charge"),
]


# --- speakers that are titles or plain nouns the article resolves --------------------------------------------------
NOUN_SPEAKERS = [
    ("A Treasury spokeswoman said on Friday the fuel levy was fair.", "Treasury", "supports", "fuel levy"),
    ("A spokeswoman for the Harbour Board said the toll was necessary.", "Harbour Board", "supports", "toll"),
    ("Ms Ward, the transport minister, unveiled the fuel levy on Monday. The minister said the levy was fair "
     "to drivers.", "Ward", "supports", "levy"),
    ("Tom Reed was elected president of the Farmers Union in May. The union's president said the grazing levy "
     "was a disaster.", "Reed", "opposes", "grazing levy"),
    ("The Farmers Union met in Leeds on Monday. Union leaders said the grazing levy was a disaster for hill "
     "farms.", "Farmers Union", "opposes", "grazing levy"),
    ("Norland Steel's chief executive said the tariff bill would hurt exports.", "Norland Steel", "warns",
     "tariff bill"),
    ("The Farmers Union's president said the grazing levy was unworkable.", "Farmers Union", "opposes",
     "grazing levy"),
    ("A senior Treasury aide argued the fuel levy was a sensible measure.", "Treasury", "supports",
     "fuel levy"),
    ("Harbour Board officials said the toll was vital for the port.", "Harbour Board", "supports", "toll"),
    ('"The toll is unfair," the Harbour Board said in a statement.', "Harbour Board", "opposes", "toll"),
    ("Mr Kent leads the Green Party. The party leader said the fuel levy was a mistake.", "Kent", "opposes",
     "fuel levy"),
]

# a plain noun that names no actor of the article is no holder: no edge goes to the reporter or another actor
NOUN_SPEAKERS_NOT = [
    ("Critics say the fuel levy is unfair to rural drivers. Mr Kent unveiled the levy on Monday.", "Kent",
     "opposes", "fuel levy"),
    ("Campaigners said the parking charge was a disgrace. Ms Ward defended it.", "Ward", "opposes",
     "parking charge"),
    ('Mr Kent defended the fuel levy. "It is a tax on the poor," said one protester outside.', "Kent", "opposes",
     "fuel levy"),
    ('Ms Ward unveiled the housing plan. "This plan is a disaster," said a local resident.', "Ward", "opposes",
     "housing plan"),
]


# the cases not read yet, each with what it lacks (a misreading still made is keyed ("NOT", text))
_UNSAID = "a verb of saying the speech list lacks (FrameNet Statement / Communication_response)"
NOT_YET: dict = {
    'Ms Ward welcomed the report.\n\n"The housing plan is good news for young families," she told the BBC.':
        "the parser's NER takes 'Ms Ward' before a verb at a sentence's start for an organisation, so 'she' "
        "has no person to stand for",
    "Ms Ward says the unions back the pension reform.": "the tagger reads 'back' after a plural as a particle",
    "Mr Kent pointed out the fuel levy was unfair.": _UNSAID + " (a phrasal one)",
    "Mr Kent observed the fuel levy was unfair.": _UNSAID + " ('observe' is left out: 'observe the ceasefire')",
    "Mr Kent protested the fuel levy was unfair.": _UNSAID,
    "Mr Kent reckoned the fuel levy was unfair.": "parsed as an object and a clause with no subject",
    "Mr Kent replied the fuel levy was unfair.": "parsed as an object and an adverbial clause with no subject",
    '"Our members will never accept the pay offer," said Ms Ward of the Transport Union.':
        "'never accept' is no cue ('accept' is one only of an act); 'our members' would be the speaker's body",
    "A Treasury spokeswoman said on Friday the fuel levy was fair.":
        "'Treasury' inside the post's name is no mention of the body (it is one alone: 'the Treasury said')",
    "Tom Reed was elected president of the Farmers Union in May. The union's president said the grazing levy "
    "was a disaster.": "'was elected president of X' makes no holds, so the post has no holder and its body speaks",
    "According to Ms Ward, the parking charge contravenes the 1998 planning act.":
        "the tagger takes 'contravenes' before a year for a plural noun",
    "Lawyers for the Harbour Board argued that the new toll could infringe the rights of local fishermen.":
        "'lawyers for X' is a node of its own, not the body they act for",
    "The Farmers Union met in Leeds on Monday. Union leaders said the grazing levy was a disaster for hill "
    "farms.": "a body's people named by the common noun of its kind ('union leaders'), not its name",
}


def _run(build_text, text, holder, relation, target):
    got = stance_triples(build_text(text))
    if not _has(got, holder, relation, target) and text in NOT_YET:
        pytest.xfail(NOT_YET[text])
    assert _has(got, holder, relation, target), sorted(got)


@pytest.mark.parametrize("text,holder,relation,target", CONTINUED)
def test_continued_quotation(build_text, text, holder, relation, target):
    _run(build_text, text, holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", REPORTED)
def test_reported_side(build_text, text, holder, relation, target):
    _run(build_text, text, holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", SPEECH_VERBS)
def test_speech_verbs(build_text, text, holder, relation, target):
    _run(build_text, text, holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", BREACH)
def test_norm_broken(build_text, text, holder, relation, target):
    _run(build_text, text, holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", WE)
def test_we_in_quotation(build_text, text, holder, relation, target):
    _run(build_text, text, holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", NOUN_SPEAKERS)
def test_noun_speakers(build_text, text, holder, relation, target):
    _run(build_text, text, holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", REPORTED_NOT + NOUN_SPEAKERS_NOT + BREACH_NOT
                         + SPEECH_VERBS_NOT + WE_NOT)
def test_misreadings(build_text, text, holder, relation, target):
    # the target named at the start of a label: "suggestions that the reform was a mistake" is rightly opposed
    got = [(h, r, o) for h, r, o in stance_triples(build_text(text)) if o.lower().startswith(target.lower())
           or o.lower().startswith("the " + target.lower())]
    if _has(got, holder, relation, target) and ("NOT", text) in NOT_YET:
        pytest.xfail(NOT_YET[("NOT", text)])
    assert not _has(got, holder, relation, target), sorted(got)
