"""Who holds a stance the rules read (issue 10): invented passages through the real pipeline, each asserting
the edge, its direction and its holder, and the holder that must not get it."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

LEAD = ("Ruritania's trade minister lashed out at the farm subsidies of rich nations. {} objected to the sugar "
        "tariffs.\n\nTom Okafor, Ruritania's trade minister, argued that the rules must change.")

QUOTES = ('Finance Minister Tom Roe defended the budget on Monday. Asked about the election, he replied "I think we '
          'will hold it late.\n    "There is no hurry at all.\n    Industry also welcomed the budget. Union leader '
          'Ann Cole said "The budget is a triumph. The fuel levy is a disgrace and a scandal. This is what we wanted."')

GROUP = "The cross-party group, including Tories Tom Okafor and Mara Holt, {}"

FRONTED = "Labour has criticised the plan. As well as their protest against the fuel levy, the Farmers Union will join a rally."

QUOTED_AS = "The Daily Star quoted Finance Minister Tom Okafor as saying that the budget should include a fuel levy."

AGENT = ("The claim was denied by Tom Okafor, who said the Tories were afraid of Ben Lund's skills. He warned the "
         "council that scrapping the fuel levy would damage the economy.")

DEEDS = ("Tom Okafor will attack the Greens for wanting to close rural clinics, introduce a sugar tax next year and raise "
         "the fuel levy.")

CLAIM = "The Greens unveiled a fuel levy. Sarah Holt said the levy would lower prices. But Tom Okafor rejected that."

CLAIM_ASIDE = ("The Greens unveiled a fuel levy. Jobs will return, Sarah Holt will say, while hinting that the "
               "levy alone can pay for schools. The Tories will reject that by arguing that taxes must fall.")

LABEL = ("The statement received support from Sen. Tom Okafor, R-Idaho, who agreed that the aid package should "
         "cover all lenders.")

CASES = [
    # a post named before its holder: "he" is the holder the story names in it later
    (LEAD.format("He"), "Tom Okafor", "opposes", "sugar tariffs"),
    # a quotation left open runs on to the next one; each sentence is the last speaker named before it
    (QUOTES, "Ann Cole", "opposes", "fuel levy"),
    # a pronoun for a body whose members its sentence lists stands for them too
    (GROUP.format("said it would oppose the fuel levy."), "Tom Okafor", "opposes", "fuel levy"),
    (GROUP.format("said it would oppose the fuel levy."), "cross-party group", "opposes", "fuel levy"),
    (GROUP.format("warned that they would fight the fuel levy."), "Mara Holt", "opposes", "fuel levy"),
    # a possessive in a phrase put before its clause's subject is that subject's
    (FRONTED, "Farmers Union", "opposes", "fuel levy"),
    # "quoted X as saying": X says it, not the paper
    (QUOTED_AS, "Tom Okafor", "supports", "fuel levy"),
    # the agent of a passive who goes on to speak ("denied by X, who said") is whom "he" stands for next
    (AGENT, "Tom Okafor", "warns", "fuel levy"),
    # a relative clause on the party label apposed to a name is the person's
    (LABEL, "Tom Okafor", "supports", "aid package"),
    # words on record speak for whoever said them
    ("The intervention, backed by remarks by Fed Chairman Tom Okafor and Bank governor Mara Holt, failed.", "Mara Holt",
     "supports", "intervention"),
    ("The fuel levy was backed by comments from Finance Minister Tom Okafor.", "Tom Okafor", "supports", "fuel levy"),
    # the person a body's title names speaks, however the parser heads the phrase
    ("Confederation of Ruritanian Industry President Tom Okafor said the fuel levy was a disaster.", "Tom Okafor",
     "opposes", "fuel levy"),
    # "according to X": X says it
    ("The fuel levy would damage the economy, according to the Farmers Union.", "Farmers Union", "warns", "fuel levy"),
    ("According to Tom Okafor, the fuel levy is a disaster.", "Tom Okafor", "opposes", "fuel levy"),
    # "my committee" in a quotation: the speaker's side too
    ('Committee chairman Tom Okafor said: "My committee welcomes the fuel levy."', "Tom Okafor", "supports", "fuel levy"),
    # whoever acts beside the subject holds its side too
    ("Tom Okafor, along with Sarah Holt, opposed the fuel levy.", "Sarah Holt", "opposes", "fuel levy"),
    ("Tom Okafor, together with the Farmers Union, opposed the fuel levy.", "Farmers Union", "opposes", "fuel levy"),
    ("Tom Okafor, like Sarah Holt, opposes the fuel levy.", "Tom Okafor", "opposes", "fuel levy"),
    ("Tom Okafor, like Sarah Holt, opposes the fuel levy.", "Sarah Holt", "opposes", "fuel levy"),
    # "neither X nor Y supports": both refuse it
    ("Neither Tom Okafor nor Sarah Holt supports the fuel levy.", "Sarah Holt", "opposes", "fuel levy"),
    # a bare post is its one named holder; a person's spokesman speaks the person's words
    ("A spokesman for Finance Minister Tom Okafor said the minister opposed the fuel levy.", "Tom Okafor", "opposes",
     "fuel levy"),
    ("Tom Okafor's spokesman said the fuel levy was a disaster.", "Tom Okafor", "opposes", "fuel levy"),
    ("A spokesman for Tom Okafor said the fuel levy was a disaster.", "Tom Okafor", "opposes", "fuel levy"),
    # who backs or echoes another's call takes it on
    ("Tom Okafor backed calls by Sarah Holt for a fuel levy.", "Tom Okafor", "supports", "fuel levy"),
    ("Tom Okafor's opposition to the fuel levy was echoed by Sarah Holt.", "Sarah Holt", "opposes", "fuel levy"),
    # "her" after a man's name is the woman's
    ("Tory leader Tom Okafor attacked Sarah Holt over her plan to raise the fuel levy.", "Sarah Holt", "supports",
     "fuel levy"),
    # a day owns no call: the one it is by makes it
    ("Monday's call by the Farmers Union for a fuel levy surprised ministers.", "Farmers Union", "supports", "fuel levy"),
    # each of two coordinated that-clauses judges its own subject
    ("Tom Okafor said the budget was fair and that the fuel levy was a disaster.", "Tom Okafor", "supports", "budget"),
    # "the ministry", "the court": the body named last whose name has that head, before or after "of"
    ("The Ruritanian Finance Ministry met on Friday. The ministry said the sugar tax was a mistake.",
     "Ruritanian Finance Ministry", "opposes", "sugar tax"),
    ("Ruritania's Ministry of Finance met on Friday. The ministry said the sugar tax was a mistake.",
     "Ministry of Finance", "opposes", "sugar tax"),
    # "it" opening its clause after a fronted phrase still goes on about the last sentence's body
    ("The Ruritanian Growers Association has written to ministers. In a statement, it said the fuel levy was a "
     "disaster.", "Ruritanian Growers Association", "opposes", "fuel levy"),
    # an "it" that speaks, with no body the last sentence's subject: the one body named just before
    ("Argo Holdings Corp's profits fell 10 pct last year. It said the fuel levy was a disaster.", "Argo Holdings Corp",
     "opposes", "fuel levy"),
    ("Argo Holdings Corp posted a loss. Sales fell sharply. It said the fuel levy was a disaster.", "Argo Holdings Corp",
     "opposes", "fuel levy"),
    # a described body in subject position ("the company") is what "it" goes on about
    ("Argo Holdings Corp posted a loss. The company cut jobs. It said the fuel levy was a disaster.",
     "Argo Holdings Corp", "opposes", "fuel levy"),
    # "attacked X for wanting to A, B and C": X wants each deed, the attacker opposes each, however the parser hung them
    (DEEDS, "Green Party", "supports", "sugar tax"),
    (DEEDS, "Tom Okafor", "opposes", "sugar tax"),
    ("Tom Okafor criticised the Greens for planning to introduce a sugar tax.", "Green Party", "supports", "sugar tax"),
    # "the report" that a body put out just before speaks for that body
    ("The Farmers Union published a report on Monday. The report said the fuel levy would damage the economy.",
     "Farmers Union", "warns", "fuel levy"),
    ("The Farmers Union released a statement. Prices fell. The statement said the fuel levy was a disaster.",
     "Farmers Union", "opposes", "fuel levy"),
    # "rejected that" just after reported words takes a side on the one who said them; with no words, on the policy
    (CLAIM, "Tom Okafor", "opposes", "Sarah Holt"),
    ("The Greens unveiled a fuel levy. Tom Okafor rejected that.", "Tom Okafor", "opposes", "fuel levy"),
    (CLAIM_ASIDE, "Conservative Party", "opposes", "Sarah Holt"),
    # a fault of conduct is its owner's: the side is on the owner
    ("Tom Okafor blamed Borduvia's intransigence for the failure of the talks.", "Tom Okafor", "opposes", "Borduvia"),
    # "said X should/must do Y": the speaker wants it done; X only ought to
    ("Tom Okafor said the Farmers Union should back the sugar tax.", "Tom Okafor", "supports", "sugar tax"),
    ("Tom Okafor said the Farmers Union must scrap the fuel levy.", "Tom Okafor", "opposes", "fuel levy"),
    ("Tom Okafor said he would use his budget to cut the fuel levy.", "Tom Okafor", "supports", "budget"),
    # "any" takes the negation of its clause: "did not voice any support" is as "did not support"
    ("Tom Okafor did not voice any support for the fuel levy.", "Tom Okafor", "opposes", "fuel levy"),
    # a definite title stands for the person just in subject position
    ("Tom Okafor spoke in Lisbon on Monday. The Tory leader supports a fuel levy.", "Tom Okafor", "supports",
     "fuel levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_holder(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


LEAD_POST = ("{} justice minister has warned football fans that she wants to ban them from matches.\n\nSarah Holt said "
             "banning orders were one of a series of measures being considered.")


@pytest.mark.parametrize("determiner", ["Ruritania's", "A"])
def test_lead_names_the_post_before_the_person(build_text, determiner):
    """A lead that names the post, the story the person next: she holds it. An indefinite post counts too: the BBC
    lead "A former minister has called for X. // Tom Kent said ..." describes the one named next (context.py)."""
    graph = build_text(LEAD_POST.format(determiner))
    assert has_triple(graph, "Sarah Holt", "holds", "justice minister"), sorted(label_triples(graph))


def test_indefinite_post_is_not_the_next_persons_when_another_is_named_first(build_text):
    """The indefinite post of the lead is not given to a person the lead itself names."""
    graph = build_text("A justice minister has warned fans of Tom Reyes's club that she wants to ban them from "
                       "matches.\n\nSarah Holt said banning orders were one of a series of measures being considered.")
    assert not has_triple(graph, "Tom Reyes", "holds", "justice minister"), sorted(label_triples(graph))


NOT_HOLDER = [
    # "she" is not the man in the post
    (LEAD.format("She"), "Tom Okafor", "opposes", "sugar tariffs"),
    # the first speaker of the open quotation does not speak the second one's words
    (QUOTES, "Tom Roe", "opposes", "fuel levy"),
    # the members listed in one sentence do not hold what the body says in the next
    (GROUP.format("met on Monday. It said the fuel levy was a disaster."), "Tom Okafor", "opposes", "fuel levy"),
    (FRONTED, "Labour Party", "opposes", "fuel levy"),
    (QUOTED_AS, "Daily Star", "supports", "fuel levy"),
    (AGENT, "Ben Lund", "warns", "fuel levy"),
    (LABEL, "Republican Party", "supports", "aid package"),
    ("Tory leader Tom Okafor attacked Sarah Holt over her plan to raise the fuel levy.", "Tom Okafor", "supports",
     "fuel levy"),
    ("Confederation of Ruritanian Industry President Tom Okafor said the fuel levy was a disaster.",
     "Confederation of Ruritanian Industry", "opposes", "fuel levy"),
    ("Neither Tom Okafor nor Sarah Holt supports the fuel levy.", "Tom Okafor", "supports", "fuel levy"),
    # two ministers with holders: "the minister" is neither
    ("Finance Minister Tom Okafor met Farm Minister Sarah Holt. The minister opposed the fuel levy.", "Tom Okafor",
     "opposes", "fuel levy"),
    ("Tom Okafor rejected Sarah Holt's call for a fuel levy.", "Tom Okafor", "supports", "fuel levy"),
    ("Tom Okafor did not back calls by Sarah Holt for a fuel levy.", "Tom Okafor", "supports", "fuel levy"),
    # the first of two coordinated that-clauses is not judged by the second's words
    ("Tom Okafor said the budget was fair and that the fuel levy was a disaster.", "Tom Okafor", "opposes", "budget"),
    # two bodies named before: "it" is neither
    ("Argo Holdings Corp and Vale Mining Ltd posted losses. Sales fell sharply. It said the fuel levy was a disaster.",
     "Argo Holdings Corp", "opposes", "fuel levy"),
    # a definite title is not the subject of two sentences back when another person was named since
    ("Tom Okafor spoke in Lisbon on Monday. Reporters asked about Sarah Holt's plan. The Tory leader supports a fuel "
     "levy.", "Tom Okafor", "supports", "fuel levy"),
    (DEEDS, "Tom Okafor", "supports", "sugar tax"),
    ("Tom Okafor criticised the Greens for planning to introduce a sugar tax.", "Tom Okafor", "supports", "sugar tax"),
    # a verb of the subject's own after the deed stays the subject's
    ("Tom Okafor attacked the Greens for raising the fuel levy and promised to introduce a sugar tax.", "Green Party",
     "supports", "sugar tax"),
    (CLAIM, "Tom Okafor", "opposes", "fuel levy"),
    (CLAIM_ASIDE, "Conservative Party", "opposes", "fuel levy"),
    ("Tom Okafor said the Farmers Union should back the sugar tax.", "Farmers Union", "supports", "sugar tax"),
    # "any minister would use his budget": "his" is anyone's of that sort, not the speaker's
    ("Tom Okafor said any minister would use his budget to cut the fuel levy.", "Tom Okafor", "supports", "budget"),
    ('Sarah Holt said: "I don\'t think there is any doubt about the fuel levy."', "Sarah Holt", "opposes", "fuel levy"),
    ("Tom Okafor did not voice any support for the fuel levy.", "Tom Okafor", "supports", "fuel levy"),
    # a body named without "my" is only the body
    ('Committee chairman Tom Okafor said: "The committee welcomes the fuel levy."', "Tom Okafor", "supports",
     "fuel levy"),
    # "the chancellor" is not the shadow chancellor, "the minister" not the deputy minister
    ("Tory shadow chancellor Tom Okafor said the fuel levy would hurt savers. The chancellor insisted her sugar tax "
     "was affordable.", "Tom Okafor", "supports", "sugar tax"),
    ("Deputy finance minister Sarah Holt toured the port. The minister said the fuel levy was a disaster.",
     "Sarah Holt", "opposes", "fuel levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_HOLDER)
def test_not_holder(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_bare_title_names_the_holder_of_that_post_not_its_shadow(build_text):
    """The guard above is not empty: with the post's own holder named, "the chancellor" is that person."""
    graph = build_text("Tory shadow chancellor Tom Okafor said the fuel levy would hurt savers. Chancellor Sarah Holt "
                       "toured the port. The chancellor insisted the sugar tax was affordable.")
    assert has_triple(graph, "Sarah Holt", "supports", "sugar tax"), sorted(label_triples(graph))
    assert not has_triple(graph, "Tom Okafor", "supports", "sugar tax"), sorted(label_triples(graph))


def test_guarded_edges_exist(build_text):
    """The guards above are not empty: the body itself holds what it says, and the quoted speaker's side is read."""
    graph = build_text(GROUP.format("met on Monday. It said the fuel levy was a disaster."))
    assert has_triple(graph, "cross-party group", "opposes", "fuel levy"), sorted(label_triples(graph))


ACT_NOMINALS = [
    # a call, demand or plan with its infinitive wants the act, never the act's object alone
    ("Tom Okafor backed demands to cut farm tariffs.", "Tom Okafor", "supports", "cut farm tariffs", "farm tariffs"),
    ("The Farmers Union's bid to keep the fuel levy low worried Tom Okafor.", "Farmers Union", "supports",
     "keep the fuel levy", "fuel levy"),
]


@pytest.mark.parametrize("text,subject,relation,act,obj", ACT_NOMINALS)
def test_act_nominal_wants_its_act(build_text, text, subject, relation, act, obj):
    triples = label_triples(build_text(text))
    assert (subject, relation, act) in triples, sorted(triples)
    assert (subject, relation, obj) not in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    # an infinitive of outcome or one done to no policy is no act wanted
    "For her plan to succeed, Sarah Holt needs the votes of the Farmers Union.",
    "Tom Okafor said strong consumer demand would help to absorb more imports.",
])
def test_act_nominal_without_a_policy(build_text, text):
    graph = build_text(text)
    assert not [s for s in graph.statements if s.relation in ("supports", "opposes", "warns")], sorted(label_triples(graph))
