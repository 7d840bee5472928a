"""Stance frames beyond the plain verb + object: cues by frame (stance.json), nouns and possessives,
passives, participles, urging, experiencer verbs, conjoined targets, conduct that stands for its owner,
and reported stance. Each case is an invented sentence run through the real pipeline.
"""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    # conjoined targets: each conjunct is a side taken
    ("Senator Mara Holt backed the pension reform and the rail levy.", "Mara Holt", "supports", "rail levy"),
    ("Senator Mara Holt praised Tom Okafor and Karen Dale for their work.", "Mara Holt", "supports", "Karen Dale"),
    # a person's conduct stands for the person
    ("Senator Mara Holt attacked Tom Okafor's record on housing.", "Mara Holt", "opposes", "Tom Okafor"),
    ("Senator Mara Holt rejected Tom Okafor's comments.", "Mara Holt", "opposes", "Tom Okafor"),
    ("Senator Mara Holt criticised the Liberal Party's handling of the floods.", "Mara Holt", "opposes", "Liberal Party"),
    # the subject of a participle after a preposition
    ("Senator Mara Holt was expelled after criticising the Liberal Party.", "Mara Holt", "opposes", "Liberal Party"),
    ("Senator Mara Holt won praise by fighting against the pension reform.", "Mara Holt", "opposes", "pension reform"),
    # fronted participle
    ("Welcoming the pension reform, Senator Mara Holt said it was overdue.", "Mara Holt", "supports", "pension reform"),
    # experiencer verbs: the one angered or pleased takes the side
    ("The pension reform angered Senator Mara Holt.", "Mara Holt", "opposes", "pension reform"),
    ("Tom Okafor's speech did not impress Senator Mara Holt.", "Mara Holt", "opposes", "Tom Okafor"),
    ("Senator Mara Holt said she was encouraged by the pension reform.", "Mara Holt", "supports", "pension reform"),
    # urging: the urger takes the side of the act urged
    ("Senator Mara Holt urged the council to reject the pension reform.", "Mara Holt", "opposes", "pension reform"),
    ("Senator Mara Holt urged colleagues to hold firm against the pension reform.", "Mara Holt", "opposes",
     "pension reform"),
    ("Senator Mara Holt called on the council to scrap the pension reform.", "Mara Holt", "opposes", "pension reform"),
    # want, seek, press for
    ("Senator Mara Holt wants a pension reform.", "Mara Holt", "supports", "pension reform"),
    ("The Liberal Party said it wanted the pension reform scrapped.", "Liberal Party", "opposes", "pension reform"),
    ("Senator Mara Holt pressed for a pension reform.", "Mara Holt", "supports", "pension reform"),
    # verbs of opposition with a preposition
    ("Senator Mara Holt demonstrated against the pension reform.", "Mara Holt", "opposes", "pension reform"),
    ("Senator Mara Holt lobbied against the pension reform.", "Mara Holt", "opposes", "pension reform"),
    ("Senator Mara Holt voted against the pension reform.", "Mara Holt", "opposes", "pension reform"),
    ("Senator Mara Holt vetoed the pension reform.", "Mara Holt", "opposes", "pension reform"),
    # a challenger of an office holder named in apposition
    ("The Liberal Party is challenging the mayor, Tom Okafor.", "Liberal Party", "opposes", "Tom Okafor"),
    # nouns with a possessor
    ("Senator Mara Holt gave her backing to the pension reform.", "Mara Holt", "supports", "pension reform"),
    ("Senator Mara Holt lent her support to Tom Okafor.", "Mara Holt", "supports", "Tom Okafor"),
    ("The Liberal Party's rejection of the pension reform surprised nobody.", "Liberal Party", "opposes",
     "pension reform"),
    ("The pension reform received support from Senator Mara Holt.", "Mara Holt", "supports", "pension reform"),
    # passives
    ("The pension reform was rejected by Senator Mara Holt.", "Mara Holt", "opposes", "pension reform"),
    ("The pension reform, supported by Senator Mara Holt, passed.", "Mara Holt", "supports", "pension reform"),
    # accusing
    ("Senator Mara Holt accused Tom Okafor of lying.", "Mara Holt", "opposes", "Tom Okafor"),
    # reported stance: the one said to oppose holds the stance
    ("Tom Okafor says Senator Mara Holt opposes the pension reform.", "Mara Holt", "opposes", "pension reform"),
    ("Senator Mara Holt opposes the pension reform, according to Tom Okafor.", "Mara Holt", "opposes",
     "pension reform"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_frame(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_STANCE = [
    # the reporter is no holder of what is reported
    ("Tom Okafor says Senator Mara Holt opposes the pension reform.", "Tom Okafor", "opposes", "pension reform"),
    # the one urged is no holder
    ("Senator Mara Holt urged the Liberal Party to reject the pension reform.", "Liberal Party", "opposes",
     "pension reform"),
    # 'want to know' is no stance
    ("Senator Mara Holt wants to know what the pension reform costs.", "Mara Holt", "supports", "pension reform"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_STANCE)
def test_no_frame(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


MORE_CASES = [
    # purpose clauses: who makes the effort acts
    ("Senator Mara Holt made a visit to support Tom Okafor.", "Mara Holt", "supports", "Tom Okafor"),
    ("Senator Mara Holt travelled to Paris in an effort to block the pension reform.", "Mara Holt", "opposes",
     "pension reform"),
    ("The Liberal Party's decision to back Tom Okafor surprised nobody.", "Liberal Party", "supports", "Tom Okafor"),
    # named as supporters
    ("Campaigners list Senator Mara Holt and Tom Okafor as supporters of the pension reform.", "Tom Okafor",
     "supports", "pension reform"),
    # a stance noun whose holder follows 'from'
    ("The pension reform drew criticism from Senator Mara Holt.", "Mara Holt", "opposes", "pension reform"),
    ("There was strong opposition from Senator Mara Holt to the pension reform.", "Mara Holt", "opposes",
     "pension reform"),
    # accepting a promise is taking the promiser's side
    ("Senator Mara Holt accepted Tom Okafor's promise.", "Mara Holt", "supports", "Tom Okafor"),
    # a refused support is opposition
    ("Senator Mara Holt's refusal to back the pension reform angered colleagues.", "Mara Holt", "opposes",
     "pension reform"),
    # a pronoun possessor of a stance noun is the clause's subject, however long the list
    ("Senator Mara Holt, Tom Okafor and Karen Dale have lent their backing to the pension reform.", "Karen Dale",
     "supports", "pension reform"),
    # what a quantity noun counts
    ("The Liberal Party went ahead with a series of protests against the pension reform.", "Liberal Party",
     "opposes", "pension reform"),
    # disagreeing with views, resigning over a policy
    ("Senator Mara Holt said: \"I disagree with Tom Okafor's views.\"", "Mara Holt", "opposes", "Tom Okafor"),
    ("Senator Mara Holt resigned from the cabinet over the pension reform.", "Mara Holt", "opposes", "pension reform"),
    # a noun of intent with its act: the owner does the act
    ("The government's intention to abolish tuition fees angered students.", "government", "opposes",
     "tuition fees"),
    # wanting a thing done backs it
    ("The Liberal Party wanted the pension reform adopted.", "Liberal Party", "supports", "pension reform"),
    ("The Liberal Party wanted the pension reform postponed.", "Liberal Party", "opposes", "pension reform"),
    # the one appointed or sacked
    ("Senator Mara Holt said she was encouraged by the selection of Tom Okafor.", "Mara Holt", "supports",
     "Tom Okafor"),
    ("Senator Mara Holt welcomed the sacking of Tom Okafor.", "Mara Holt", "opposes", "Tom Okafor"),
    # a misdeed reported of an actor is the reporter's charge against it
    ("The Liberal Party says Tom Okafor lied about the pension reform.", "Liberal Party", "opposes", "Tom Okafor"),
    ("Senator Mara Holt said Tom Okafor and Karen Dale were behaving like squabbling children.", "Mara Holt",
     "opposes", "Karen Dale"),
    # verbs of judging people
    ("Senator Mara Holt congratulated Tom Okafor on his victory.", "Mara Holt", "supports", "Tom Okafor"),
    ("Senator Mara Holt rebuked Tom Okafor for his remarks.", "Mara Holt", "opposes", "Tom Okafor"),
    ("Tom Okafor's arguments convinced Senator Mara Holt.", "Mara Holt", "supports", "Tom Okafor"),
    # an adverbial phrase carries the side
    ("Senator Mara Holt voted in favour of the pension reform.", "Mara Holt", "supports", "pension reform"),
]


@pytest.mark.parametrize("text,subject,relation,obj", MORE_CASES)
def test_more_frames(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


MORE_NOT_STANCE = [
    # rejecting a plan to scrap something is no scrapping
    ("Senator Mara Holt rejected the plan to scrap the pension reform.", "Mara Holt", "opposes", "pension reform"),
    # a condition states no side
    ("If Senator Mara Holt backs the pension reform, it will pass.", "Mara Holt", "supports", "pension reform"),
    # going ahead with protests is no support for what is protested
    ("The Liberal Party went ahead with protests against the pension reform.", "Liberal Party", "supports",
     "pension reform"),
    # a question states no side; nor does a commitment not made
    ("Asked if she would back the pension reform, Senator Mara Holt smiled.", "Mara Holt", "supports",
     "pension reform"),
    ("Senator Mara Holt did not say whether she would support the pension reform.", "Mara Holt", "opposes",
     "pension reform"),
    ("Senator Mara Holt made no commitment to support the pension reform.", "Mara Holt", "supports",
     "pension reform"),
    # a refusal negates what is refused
    ("Senator Mara Holt's refusal to back the pension reform angered colleagues.", "Mara Holt", "supports",
     "pension reform"),
    # criticism encountered is someone else's; a power to veto is no veto; an ambition to replace is no support
    ("Senator Mara Holt encountered criticism over the pension reform.", "Mara Holt", "opposes", "pension reform"),
    ("Senator Mara Holt has the power to veto the pension reform.", "Mara Holt", "opposes", "pension reform"),
    ("Tom Okafor's ambition to replace Senator Mara Holt is no secret.", "Tom Okafor", "supports", "mara holt"),
    # support needed is not yet given; a court rules, it takes no side; a question states none
    ("Tom Okafor needs the support of Senator Mara Holt.", "Tom Okafor", "supports", "mara holt"),
    ("The court will rule on whether the pension reform is lawful.", "court", "opposes", "pension reform"),
    ("Asked whether she was comfortable with the pension reform, Senator Mara Holt smiled.", "Mara Holt",
     "supports", "pension reform"),
    # no charge when the misdeed is denied
    ("Senator Mara Holt said Tom Okafor did not lie.", "Mara Holt", "opposes", "tom okafor"),
    # the one urged is no side: "urged MPs to oppose it"
    ("The Liberal Party backs the pension reform. Senator Mara Holt said she would urge MPs to oppose it.",
     "Mara Holt", "opposes", "mps"),
    # a judgement in a clause is no proposal
    ("Senator Mara Holt suggested the pension reform was an act of folly.", "Mara Holt", "supports",
     "pension reform"),
]


@pytest.mark.parametrize("text,subject,relation,obj", MORE_NOT_STANCE)
def test_more_no_frame(build_text, text, subject, relation, obj):
    graph = build_text(text)  # the object named exactly: "the plan to scrap the reform" is another position
    assert (subject, relation, obj) not in {(s, r, o.lower()) for s, r, o in label_triples(graph)}, \
        sorted(label_triples(graph))


JUDGED_CASES = [
    # a coordinated subject the parser hangs on the auxiliary
    ("The Liberal Party and the Green Party were opposed to the pension reform.", "Green Party", "opposes",
     "pension reform"),
    # a characterising verb whose judgement the parser reads as a verbless clause
    ("Senator Mara Holt branded the pension reform unacceptable.", "Mara Holt", "opposes", "pension reform"),
    ("Senator Mara Holt called the pension reform \"visionary\".", "Mara Holt", "supports", "pension reform"),
    # a judgement the parser leaves unattached after a long object
    ("Tom Okafor called the Liberal plan to scrap the rail levy by the year 2030, proposed at the council in May, "
     "\"visionary\".", "Tom Okafor", "supports", "plan to scrap the rail levy"),
    # evaluative words in reported speech
    ("The Liberal Party and the Green Party have said the pension reform is unrealistic.", "Liberal Party",
     "opposes", "pension reform"),
    # an actor judged in reported speech is the reporter's side on it
    ("Senator Mara Holt said Tom Okafor was wrong to cut the rail levy.", "Mara Holt", "opposes", "Tom Okafor"),
    ("Senator Mara Holt said Tom Okafor had done a \"superb job\" in fighting the levy.", "Mara Holt", "supports",
     "Tom Okafor"),
    # the one backed in its own stance owns it, and the backer shares it
    ("Senator Mara Holt backed Tom Okafor in his opposition to the rail levy.", "Tom Okafor", "opposes",
     "rail levy"),
    ("Spain tended towards backing Portugal and Greece in their opposition to the fishing quotas.", "Greece",
     "opposes", "fishing quotas"),
]


@pytest.mark.parametrize("text,subject,relation,obj", JUDGED_CASES)
def test_judged_frames(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_JUDGED = [
    # a denied or questioned judgement judges no one
    ("Senator Mara Holt said Tom Okafor was not wrong.", "Mara Holt", "opposes", "tom okafor"),
    ("Analysts questioned whether the Liberal Party would be successful.", "analysts", "supports", "liberal party"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_JUDGED)
def test_not_judged(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert (subject.lower(), relation, obj) not in {(s.lower(), r, o.lower()) for s, r, o in label_triples(graph)}, \
        sorted(label_triples(graph))



# sides against an actor read with no stance verb: (text, holder, actor opposed, whether the side is told)
OPPOSED = [
    # a quarrel a noun names between two actors sets each against the other (FrameNet's Quarreling,
    # Hostile_encounter); not one denied, rumoured, reported, asked about or ended
    ("The feud between Senator Mara Holt and Tom Okafor deepened.", "Mara Holt", "Tom Okafor", True),
    ("The feud between Senator Mara Holt and Tom Okafor deepened.", "Tom Okafor", "Mara Holt", True),
    ("Senator Mara Holt's row with Tom Okafor has damaged the Liberal Party.", "Tom Okafor", "Mara Holt", True),
    ("Senator Mara Holt is locked in a bitter dispute with Tom Okafor over the pension reform.", "Mara Holt",
     "Tom Okafor", True),
    ("Senator Mara Holt denied a rift with Tom Okafor.", "Mara Holt", "Tom Okafor", False),
    ("There were rumours of a rift between Senator Mara Holt and Tom Okafor.", "Mara Holt", "Tom Okafor", False),
    ("The reported feud between Senator Mara Holt and Tom Okafor worried donors.", "Mara Holt", "Tom Okafor", False),
    ("Is there a rift between Senator Mara Holt and Tom Okafor?", "Mara Holt", "Tom Okafor", False),
    ("There is no rift between Senator Mara Holt and Tom Okafor.", "Mara Holt", "Tom Okafor", False),
    ("The dispute between Senator Mara Holt and Tom Okafor was settled on Monday.", "Mara Holt", "Tom Okafor", False),
    # an actor a speaker says should think again, change course or apologise; not a call denied, made on a
    # condition, only foretold, nor the speaker's own side
    ("Senator Mara Holt said the Liberal Party must think again.", "Mara Holt", "Liberal Party", True),
    ("Senator Mara Holt said the council had to start all over again and rethink its whole strategy.", "Mara Holt",
     "council", True),
    ('"The Liberal Party should change, and change now," said Senator Mara Holt.', "Mara Holt", "Liberal Party", True),
    ("Senator Mara Holt said Tom Okafor should apologise for his remarks.", "Mara Holt", "Tom Okafor", True),
    ("Senator Mara Holt said Tom Okafor should not apologise.", "Mara Holt", "Tom Okafor", False),
    ("Senator Mara Holt said Tom Okafor should apologise if he is found to have lied.", "Mara Holt", "Tom Okafor",
     False),
    ("Senator Mara Holt said the Liberal Party will have to think again.", "Mara Holt", "Liberal Party", False),
    ('Liberal Party leader Mara Holt said: "We must think again."', "Mara Holt", "Liberal Party", False),
    # a misdeed an actor is said to try is charged as one done (FrameNet's Attempt frame)
    ("Senator Mara Holt said the Liberal Party was trying to con voters.", "Mara Holt", "Liberal Party", True),
    ("Senator Mara Holt said Tom Okafor had sought to mislead the council.", "Mara Holt", "Tom Okafor", True),
    ("Senator Mara Holt said the Liberal Party was not trying to con voters.", "Mara Holt", "Liberal Party", False),
    ("Senator Mara Holt said the Liberal Party was trying to win voters.", "Mara Holt", "Liberal Party", False),
    # convincing is an experiencer's side, as impressing is (FrameNet's Suasion)
    ("Senator Mara Holt said she was not convinced by Tom Okafor's arguments.", "Mara Holt", "Tom Okafor", True),
    ("Senator Mara Holt said she was unconvinced by Tom Okafor's arguments.", "Mara Holt", "Tom Okafor", True),
]


@pytest.mark.parametrize("text,subject,obj,told", OPPOSED)
def test_opposed_with_no_stance_verb(build_text, text, subject, obj, told):
    graph = build_text(text)
    assert has_triple(graph, subject, "opposes", obj) == told, sorted(label_triples(graph))
