"""A battery of quoted and reported judgements (issue 10): a speaker judges a policy or an actor with no stance
verb, the speaker named before, after or inside the quotation, by 'according to', a statement or a spokesman.
Every sentence is invented (names, bodies and policies too) and run through the real pipeline; each case lists
the triples a careful reader takes. Constructions still read wrong are marked xfail with what they lack."""
from __future__ import annotations

import pytest

from conftest import stance_triples

K, F, U = "Kent", "Farmers Union", "Carla Ruiz"


def _has(got, holder, relation, target):
    return any(h == holder and r == relation and target.lower() in o.lower() for h, r, o in got)


SPEAKER_PLACEMENT = [
    ("Mr Kent said the fuel levy was unfair.", K, "opposes", "levy"),
    ("The Farmers Union said the new grazing levy was deeply unfair on small farms.", F, "opposes", "levy"),
    ("Carla Ruiz said the housing plan was sensible.", U, "supports", "housing plan"),
    ("Mr Kent said the pension reform was fair and overdue.", K, "supports", "pension reform"),
    ('"The fuel levy is unfair," said Mr Kent.', K, "opposes", "levy"),
    ('"The fuel levy is completely unworkable," Mr Kent told reporters.', K, "opposes", "levy"),
    ('"This housing plan is a sensible and balanced one," said Carla Ruiz.', U, "supports", "housing plan"),
    ("The fuel levy was unfair and badly designed, Mr Kent said.", K, "opposes", "levy"),
    ('"The fuel levy," Mr Kent said, "is a disgrace."', K, "opposes", "levy"),
    ('"Frankly," said Mr Kent, "the fuel levy is a mess."', K, "opposes", "levy"),
    ("The fuel levy is unfair on rural drivers, according to Mr Kent.", K, "opposes", "levy"),
    ("According to the Farmers Union, the grazing levy is a disaster for hill farms.", F, "opposes", "levy"),
    ("Mr Kent told the BBC the fuel levy was a backward step for farmers.", K, "opposes", "levy"),
    ("Carla Ruiz told Radio Norland that the housing plan was good news for young families.", U, "supports",
     "housing plan"),
    ("In a statement, the Farmers Union said the grazing levy was unfair.", F, "opposes", "levy"),
    ("In a statement on Friday, Carla Ruiz said the housing plan was a welcome step.", U, "supports", "housing plan"),
    ("A spokesman for the Farmers Union said the grazing levy was unworkable.", F, "opposes", "levy"),
    ("A Farmers Union spokeswoman said the grazing levy was a fair compromise.", F, "supports", "levy"),
    # the possessor's "the" is the body's, not the spokesman's: the body speaks
    ("The Farmers Union's spokesman said the grazing levy was a disgrace.", F, "opposes", "levy"),
    ("The Farmers Union's chief spokesman backed the grazing levy.", F, "supports", "levy"),
    # the quotation goes on past its attribution, or the speaker is named in the sentence before
    ('Mr Kent said the fuel levy had been rushed. "It is unfair and it is unworkable."', K, "opposes", "levy"),
    ('"We have waited years for this," said Carla Ruiz. "The housing plan is exactly right."', U, "supports",
     "housing plan"),
    ("The council approved the fuel levy on Tuesday. Mr Kent said it was a disgrace.", K, "opposes", "levy"),
    ('The council approved the fuel levy on Tuesday. "It is a scandal," said Mr Kent.', K, "opposes", "levy"),
    ('"The fuel levy is a disgrace. It punishes every driver in the county," Mr Kent said.', K, "opposes", "levy"),
]


@pytest.mark.parametrize("text,holder,relation,target", SPEAKER_PLACEMENT)
def test_speaker_placement(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


DEEDS = [
    # a deed named by a free relative and judged: its doer is judged
    ("Mr Kent said what the Harbour Board was doing was wrong.", K, "opposes", "Harbour Board"),
    ('"What the Harbour Board is proposing is a disgrace," said Carla Ruiz.', U, "opposes", "Harbour Board"),
    ("Carla Ruiz said what the Harbour Board had done was deeply troubling.", U, "opposes", "Harbour Board"),
    ("Carla Ruiz said what the Harbour Board had proposed was sensible.", U, "supports", "Harbour Board"),
    ("What the Harbour Board has done is not fair, Mr Kent said.", K, "opposes", "Harbour Board"),
]


@pytest.mark.parametrize("text,holder,relation,target", DEEDS)
def test_deed_judged(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


@pytest.mark.parametrize("text", [
    "Mr Kent said what we were doing was right.",  # the speaker's own side: a commitment, not a judgement
    "Mr Kent said what the Harbour Board wanted was clear.",  # a word of truth, not of worth
    "Mr Kent said what the Harbour Board had done was not a disaster.",  # a bad word denied judges nothing
    "Mr Kent asked whether what the Harbour Board had done was wrong.",  # no claim
])
def test_deed_not_judged(build_text, text):
    assert not any(h == K for h, _, _ in stance_triples(build_text(text)))


@pytest.mark.parametrize("text,holder,relation,target", [
    # a phrasal verb of negative_phrases split by its object, which the parser reads as a small clause
    ('"The Harbour Board has let everyone down," said Carla Ruiz.', U, "opposes", "Harbour Board"),
    ("Mr Kent said the Harbour Board had let the farmers down.", K, "opposes", "Harbour Board"),
])
def test_split_phrasal_judgement(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


@pytest.mark.parametrize("text", [
    # an embedded question states no judgement, whatever its words
    "Mr Kent said it was not clear whether the fuel levy was fair.",
    "Mr Kent said nobody knew if the fuel levy was fair.",
    "Carla Ruiz asked whether the housing plan was fair.",
])
def test_embedded_question_judges_nothing(build_text, text):
    assert stance_triples(build_text(text)) == set()


@pytest.mark.parametrize("text", [
    # words that judge nothing bad on their own (stance.json negative_eval held them; 'not the proper' stays a phrase)
    "Mr Kent said the fuel levy struck a proper compromise for drivers and the climate.",
    "Mr Kent said the fuel levy was simple.",
    "Carla Ruiz said the school was secular and tolerant.",
    "Mr Kent said the council was deeply divided over the fuel levy.",
])
def test_plain_words_are_no_judgement(build_text, text):
    assert not any(r == "opposes" for _, r, _ in stance_triples(build_text(text)))


@pytest.mark.parametrize("text,holder,relation,target", [
    # a definite policy with a word of its own before it is one policy, judged by the polarity of what is said
    # of it even when no one took a side on it before
    ("Mr Kent said the fuel levy had caused terrible hardship and misery.", K, "opposes", "fuel levy"),
    ("Carla Ruiz said the new housing plan had brought real hope and happiness to families.", U, "supports",
     "housing plan"),
])
def test_named_policy_judged_by_polarity(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


@pytest.mark.parametrize("text", [
    # any change: no one policy (the rules hold it; the pair scorer's low band, below its fitted cut, reads a side
    # against the levy, p 0.46: a qualifier's noun is as often the one judged on the study articles, 6 of 10)
    pytest.param("Mr Kent said every change to the fuel levy always caused anger and confusion.",
                 marks=pytest.mark.xfail(strict=True, reason="the pair scorer's low band reads the levy as judged")),
    "Mr Kent said the election of the new mayor was significant and wonderful news.",  # a policy word alone
    "Mr Kent said their actions had caused terrible hardship.",  # conduct is its owner's
])
def test_unnamed_policy_not_judged_by_polarity(build_text, text):
    assert not any(h == K for h, _, _ in stance_triples(build_text(text)))


@pytest.mark.parametrize("text,holder,relation,target", [
    # reporting verbs beyond 'say' (VerbNet say-37.7, complain-37.8)
    ("Mr Kent conceded the fuel levy was unfair.", K, "opposes", "fuel levy"),
    ("Carla Ruiz complained that the housing plan was a disgrace.", U, "opposes", "housing plan"),
    ('"The fuel levy is a disgrace," Mr Kent remarked.', K, "opposes", "fuel levy"),
    ("Mr Kent reiterated that the fuel levy was unfair.", K, "opposes", "fuel levy"),
])
def test_reporting_verbs(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", [
    # idioms of English criticism (stance.json negative_phrases)
    ('"The housing plan simply doesn\'t go far enough," said Carla Ruiz.', U, "opposes", "housing plan"),
    ("Carla Ruiz said the housing plan was far from perfect.", U, "opposes", "housing plan"),
    ("The Farmers Union said the grazing levy was no longer fit for purpose.", F, "opposes", "levy"),
    ("Mr Kent said the fuel levy was too little, too late.", K, "opposes", "levy"),
    ("Mr Kent said the pension reform was a missed opportunity.", K, "opposes", "pension reform"),
    ("The Farmers Union said the grazing levy was a kick in the teeth for farmers.", F, "opposes", "levy"),
])
def test_idioms_of_criticism(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


@pytest.mark.parametrize("text,holder,relation,target", [
    # an unnamed post of a body speaks for it: 'its chairman' after the quotation is the body named just before
    ('The Farmers Union met on Monday. "The grazing levy is a disgrace," its chairman said.', F, "opposes", "levy"),
    ('The Farmers Union met on Monday. "This grazing levy is the last straw," said its chairman.', F, "opposes",
     "levy"),
    ("The Farmers Union met on Monday. Its chairman said the grazing levy was a disgrace.", F, "opposes", "levy"),
])
def test_unnamed_post_speaks_for_its_body(build_text, text, holder, relation, target):
    assert _has(stance_triples(build_text(text)), holder, relation, target)


def test_named_post_holder_speaks_for_themself(build_text):
    got = stance_triples(build_text("The Farmers Union met on Monday. Its chairman, Tom Reed, said the grazing "
                                    "levy was a disgrace."))
    assert _has(got, "Tom Reed", "opposes", "levy")


# Constructions of the battery still read wrong or not at all (session 8), with what each lacks; not strict, so a
# helper who mends one sees it pass
NOT_YET = [
    ("The pension reform is a triumph, Carla Ruiz said on Monday.", U, "supports", "pension reform",
     "a judgement word neither eval list holds; VADER on every copular predicate cost train precision"),
    ("Mr Kent said the fuel levy struck a fair balance.", K, "supports", "levy", "a light verb with a judged object"),
    ('"The housing plan," said Carla Ruiz, "is exactly what this city needs."', U, "supports", "housing plan",
     "a free relative of need as the predicate"),
    ("Carla Ruiz described the housing plan as a bold step forward.", U, "supports", "housing plan",
     "a two-word entry of positive_eval split by an adjective"),
    ('The Farmers Union labelled the grazing levy "a tax on hard work".', F, "opposes", "levy",
     "a characterisation with no judgement word"),
    ("Mr Kent said it was deeply troubling that the Harbour Board had sought to close the port.", K, "opposes",
     "close the port", "an extraposed that-clause: the act is no position (targets.py makes act positions for "
     "a few rules only); on the actor instead it cost dev precision"),
    ("Mr Kent said the Harbour Board had no vision.", K, "opposes", "Harbour Board", "a good noun denied by 'no'"),
    ("Carla Ruiz said the Harbour Board had got it badly wrong.", U, "opposes", "Harbour Board",
     "'get it wrong' is no copula"),
    ("Welcoming the court's ruling, Carla Ruiz said workers had been vindicated.", U, "supports", "ruling",
     "a court's ruling is no position"),
    ('"The grazing levy will drive farmers off the land," said the Farmers Union.', F, "warns", "levy",
     "a phrasal verb of harm; VADER's bad verbs as harm cost dev precision"),
]


@pytest.mark.parametrize("text,holder,relation,target,lacks", NOT_YET)
def test_not_yet_read(build_text, text, holder, relation, target, lacks):
    if not _has(stance_triples(build_text(text)), holder, relation, target):
        pytest.xfail(lacks)
