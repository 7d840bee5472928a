"""Holders the small NER model loses on fresh text (issue 10, class D of /work/heldout/ANALYSIS.md): a titled person
whose double-barrelled surname the tagger took for an organisation ("Archbishop X Y-O'Z has said"), so the
person, the post and the later "the archbishop" were lost; a party's own speaker telling what the party will do
("Tory leader X said the Conservatives would scrap Y": the speaker as well as the party); a legislature's members
with a nation's name ("US lawmakers", "French senators"), never their state; a definite party spokesman named
before only by name; the security services as a body. Invented sentences, each with the holder's label, the
node type it must have, and the sides a careful reader takes (GUIDELINES.md)."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # --- a title, a first name and a hyphenated surname, then the verb: a person holding the title
    ("titled-hyphen", "The casino plan must be dropped, Archbishop Fergal Walsh-O'Donnell has said. "
     "The archbishop also condemned the lottery.", "Walsh-O'Donnell", [(O, "lottery")], [(S, "lottery")]),
    ("titled-hyphen", "The casino plan must be dropped, Archbishop Fergal Walsh-O'Donnell has said.",
     "Walsh-O'Donnell", [(O, "casino plan")], [(S, "casino plan")]),
    ("titled-hyphen", "Ferry fares must be cut, Cardinal Brendan Quinn-O'Malley has said.",
     "Quinn-O'Malley", [(S, "ferry fares")], []),
    ("titled-hyphen", "The sugar levy is unfair to poor families, Cardinal Declan Byrne-O'Neill has said.",
     "Byrne-O'Neill", [(O, "sugar levy")], [(S, "sugar levy")]),
    ("titled-hyphen", "Cardinal Luis Ortega-Vale has criticised the plan to sell the water company.",
     "Ortega-Vale", [(O, "plan to sell the water company")], [(S, "plan to sell")]),
    # --- a party's own speaker, known by a post the story names the party in, tells what the party will do
    ("party-speaker", "Tory leader Tom Kent said the Conservatives would scrap the fuel levy.", "Kent",
     [(O, "fuel levy")], [(S, "fuel levy")]),
    ("party-speaker", "Tory leader Tom Kent said the Conservatives would scrap the fuel levy.", "Conservative",
     [(O, "fuel levy")], [(S, "fuel levy")]),
    ("party-speaker", "Lib Dem health spokeswoman Ann Lee said the Liberal Democrats would abolish prescription charges.",
     "Lee", [(O, "prescription charges")], [(S, "prescription charges")]),
    ("party-speaker", "Labour chairman Ian Roe said Labour would never back the sugar tax.", "Roe",
     [(O, "sugar tax")], [(S, "sugar tax")]),
    # (another party's plan, told by a rival, is no side of the speaker's)
    ("party-speaker", "Tory leader Tom Kent said Labour would raise council tax.", "Kent", [], [(S, "council tax")]),
    # (a speaker with no party post the story names does not take the party's side)
    ("party-speaker", "Tom Kent said the Conservatives would scrap the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    # --- a legislature's members with a nation's name: the group, not the state
    ("legislators", "Many Canadian lawmakers oppose the pipeline deal.", "lawmakers", [(O, "pipeline deal")], []),
    ("legislators", "Many Canadian lawmakers oppose the pipeline deal.", "Canada", [], [(O, "pipeline deal")]),
    ("legislators", "Several French senators have condemned the plan for a toll road.", "senators",
     [(O, "plan for a toll road")], []),
    ("legislators", "Several French senators have condemned the plan for a toll road.", "France", [],
     [(O, "plan for a toll road")]),
    # --- a definite party spokesman no one is named as: the one person the story just quoted or named
    ("spokesman", "Mr Kent condemned the toll plan, which the Treasury says cost £2m. \"Who do they think they are "
     "fooling?\" he wondered. Later the Tory spokesman attacked the government.", "Kent", [(O, "government")], []),
    ("spokesman", "Ann Lee and Tom Kent said the fuel levy was too high. The Tory spokesman criticised the toll plan.",
     "Kent", [], [(O, "toll plan")]),
    # --- the state's security and intelligence services are one body acting
    ("services", "The police and the security services backed the curfew orders, Ms Lund said.", "security services",
     [(S, "curfew orders")], [(O, "curfew orders")]),
    ("services", "The intelligence services have welcomed the new powers of detention.", "intelligence services",
     [(S, "new powers of detention")], [(O, "new powers")]),
    ("services", "The security services have opposed the plan to publish the files.", "security services",
     [(O, "plan to publish the files")], [(S, "plan to publish")]),
    # (a trade's services are no body)
    ("services", "The firm sells financial services and backed the plan for a new rail link.", "services", [],
     [(S, "plan for a new rail link")]),
    # (a bloc named before its ministers is the bloc acting)
    ("legislators", "EU finance ministers have condemned the plan for a toll road.", "European Union",
     [(O, "plan for a toll road")], []),
]

PERSONS = [
    ("The casino plan must be dropped, Archbishop Fergal Walsh-O'Donnell has said.", "Walsh-O'Donnell", "Archbishop"),
    ("Ferry fares must be cut, Commissioner Ruairi Kane-O'Reilly has said.", "Kane-O'Reilly", "Commissioner"),
    ("Rail fares should be frozen for a year, Bishop Seamus Kelly-O'Brien has said.", "Kelly-O'Brien", "Bishop"),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_unknown_holders_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)


@pytest.mark.parametrize("text, name, title", PERSONS)
def test_titled_hyphenated_name_is_a_person(build_text, text, name, title):
    graph = build_text(text)
    kinds = {e.label: e.type for e in graph.entities}
    people = [label for label, kind in kinds.items() if name in label]
    assert people and all(kinds[p] == "person" for p in people), kinds
    labels = {e.id: e.label for e in graph.entities}
    assert any(s.relation == "holds" and name in labels[s.subject] and labels[s.object] == title
               for s in graph.statements), kinds
