"""Structure recall: holds and member_of from the ways news copy names a post and its body.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Fjordair deputy chief executive Marta Lindqvist said the fares were fair.",
     {("Marta Lindqvist", "holds", "Fjordair deputy chief executive"),
      ("Marta Lindqvist", "member_of", "Fjordair")}),
    ("Health and Social Care Secretary Owen Pryce defended the plan.",
     {("Owen Pryce", "holds", "Health and Social Care Secretary")}),
    ("Deputy Assistant Secretary of State for European Affairs Carla Benning said the talks went well.",
     {("Carla Benning", "holds", "Deputy Assistant Secretary of State for European Affairs")}),
    ("Assistant Chief Constable Peter Dunmore said the march would be policed.",
     {("Peter Dunmore", "holds", "Assistant Chief Constable")}),
    ("EU Commissioner for Energy Anna Kovac backed the levy.",
     {("Anna Kovac", "holds", "EU Commissioner for Energy")}),
], ids=["org-title-name", "joined-portfolios", "for-complement", "rank-in-title", "commissioner-for"])
def test_structure_title_before_a_name(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_portfolio_after_for_is_no_body(structure_of):
    edges = structure_of("Deputy Assistant Secretary of State for European Affairs Carla Benning said the talks went well.")
    assert not any(r == "member_of" for _, r, _ in edges)


@pytest.mark.parametrize("text, expected", [
    ("Tomas Reyes, president of the Federation of Metal Workers, said the tariffs were needed.",
     {("Tomas Reyes", "holds", "president of the Federation of Metal Workers"),
      ("Tomas Reyes", "member_of", "Federation of Metal Workers")}),
    ("Ina Halvorsen, a former director of the Norwegian central bank, said rates would rise.",
     {("Ina Halvorsen", "holds", "director of the Norwegian central bank")}),
    ("Kofi Mensah, the leader of Ghana's largest union Unicor, criticised the plan.",
     {("Kofi Mensah", "holds", "leader of Ghana's largest union Unicor"), ("Kofi Mensah", "member_of", "Unicor")}),
], ids=["of-organisation", "of-lower-case-body", "of-described-body"])
def test_structure_title_of_the_whole_body(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text, expected", [
    ("Helen Bray, Rovers' chief executive, said the deal was good.",
     {("Helen Bray", "holds", "chief executive"), ("Helen Bray", "member_of", "Rovers")}),
    ("Oxfam International's Lena Kraus said the ruling was wrong.",
     {("Lena Kraus", "member_of", "Oxfam International")}),
    ("Jonas Weber of Harland Research said rates would rise.", {("Jonas Weber", "member_of", "Harland Research")}),
    ("Petra Lind, a senior dealer at Nordbank AG, said the dollar fell.", {("Petra Lind", "member_of", "Nordbank AG")}),
    ("Sam Okoro, from Friends of the Earth, said the plan was flawed.",
     {("Sam Okoro", "member_of", "Friends of the Earth")}),
], ids=["owner-title-apposition", "body-possessive", "of-body", "occupation-at-body", "from-body"])
def test_structure_person_placed_in_a_body(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_list_after_a_possessive_body_ends_at_a_name_with_its_own_body(structure_of):
    edges = structure_of("Labour's Ann Hollis and Tom Rayner and Liberal Democrat Paul Tyne backed the plan.")
    assert {("Ann Hollis", "member_of", "Labour Party"), ("Tom Rayner", "member_of", "Labour Party")} <= edges
    assert ("Paul Tyne", "member_of", "Labour Party") not in edges


@pytest.mark.parametrize("text, title", [
    ("Fleet Air Arm Minister Colin Harte praised the sailors.", "Fleet Air Arm Minister"),
    ("Home Affairs spokesman Mark Oldfield demanded answers.", "Home Affairs spokesman"),
], ids=["minister", "spokesman"])
def test_structure_a_body_before_a_portfolio_title_is_the_portfolio(structure_of, text, title):
    edges = structure_of(text)
    name = text.split(title + " ")[1].split(" ")[:2]
    assert (" ".join(name), "holds", title) in edges
    assert not any(r == "member_of" for _, r, _ in edges)


@pytest.mark.parametrize("text, holder, body", [
    ("Home Office minister Ruth Keel said the scheme would go ahead.", "Ruth Keel", "Home Office"),
    ("Foreign Office minister Dan Pryce met the envoy.", "Dan Pryce", "Foreign Office"),
    ("Department of Energy spokeswoman Ann Lowe denied the report.", "Ann Lowe", "Department of Energy"),
], ids=["office-minister", "foreign-office-minister", "department-spokeswoman"])
def test_structure_a_department_before_a_portfolio_title_is_where_its_holder_works(structure_of, text, holder, body):
    assert (holder, "member_of", body) in structure_of(text)


@pytest.mark.parametrize("text, holder, body", [
    ("Jo Marsh, a Home Office minister and Eastfield MP, denied the claims.", "Jo Marsh", "Home Office"),
    ("Tom Vane, an Acme Bank director and Tory MP, backed the plan.", "Tom Vane", "Acme Bank"),
], ids=["department-minister", "company-director"])
def test_structure_a_seat_is_no_post_of_the_holders_body(structure_of, text, holder, body):
    edges = structure_of(text)
    assert (holder, "member_of", body) in edges
    assert not any(r == "holds" and o == f"{body} MP" for _, r, o in edges)


def test_structure_two_portfolios_joined_in_mixed_case_are_one(structure_of):
    assert ("Ann Lee", "holds", "Work and pensions minister") in structure_of(
        "Work and pensions minister Ann Lee defended the cut.")


def test_structure_letters_after_the_name_end_no_body_of_the_title_before_it(structure_of):
    # "Chairman of the X Committee" runs on in capitals into the name and its "MP": the body ends before the name
    edges = structure_of("Chairman of the Harbour Audit Committee Tom Rayner MP said the levy was wrong.")
    assert {("Tom Rayner", "holds", "Chairman of the Harbour Audit Committee"),
            ("Tom Rayner", "member_of", "Harbour Audit Committee"), ("Tom Rayner", "holds", "MP")} <= edges


def test_structure_ex_title_is_the_whole_title(structure_of):
    assert ("Robin Marsh", "holds", "Foreign Secretary") in structure_of(
        "The plan was attacked by ex-Foreign Secretary Robin Marsh.")


def test_structure_style_of_address_between_title_and_name(structure_of):
    edges = structure_of("The Archbishop of Dunmore, the Most Reverend Alan Pike, said the law was wrong.")
    assert ("Alan Pike", "holds", "Archbishop of Dunmore") in edges


@pytest.mark.parametrize("text, expected", [
    ("Sen. Mary Colter, D-Ore., said the farm bill would fail.",
     {("Mary Colter", "holds", "Senator"), ("Mary Colter", "member_of", "Democratic Party")}),
    ("Rep. Dan Fielding (R-Texas) opposed the quota.",
     {("Dan Fielding", "holds", "Representative"), ("Dan Fielding", "member_of", "Republican Party")}),
    ("Senator Ruth Abney, a Vermont Republican, said the tax was unfair.",
     {("Ruth Abney", "member_of", "Republican Party")}),
    ("Tories Alan Greer and Sir Peter Lyle backed the plan.",
     {("Alan Greer", "member_of", "Conservative Party"), ("Sir Peter Lyle", "member_of", "Conservative Party")}),
    ("Labour hopefuls Dina Shah and Ray Cole said the tax was unfair.",
     {("Dina Shah", "member_of", "Labour Party"), ("Ray Cole", "member_of", "Labour Party")}),
    # the parser leaves the party out of the title: it is the holder's party all the same
    ("On Saturday, Tory shadow home secretary Dan Hale said the Tories would fund the cuts.",
     {("Dan Hale", "holds", "shadow home secretary"), ("Dan Hale", "member_of", "Conservative Party")}),
], ids=["senator-party-letter", "representative-party-letter", "party-apposition", "plural-party-list",
        "party-member-noun-list", "party-before-a-title"])
def test_structure_party_labels(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text, expected", [
    ("Rates will rise, said Nordfinanz chief economist Jorg Kramer on Monday.",
     {("Jorg Kramer", "member_of", "Nordfinanz")}),
    ("The ruling was wrong, OECD spokeswoman Marja Lind said.", {("Marja Lind", "member_of", "OECD")}),
], ids=["company-before-title", "body-spokeswoman"])
def test_structure_the_organisation_a_title_opens_with(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text", [
    "Bolton West MP Ruth Kelly said the plan was fair.",
    "Farm leader Raymond Lacombe said the union would strike.",
], ids=["constituency", "sentence-start-common-noun"])
def test_structure_no_body_from_a_place_or_a_capitalised_common_noun(structure_of, text):
    assert not any(r == "member_of" for _, r, _ in structure_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Anna Berg has attacked the opposition's tax plans. The prime minister told a party rally that the plans "
     "would fail.", {("Anna Berg", "holds", "prime minister")}),
    ("Tom Reeve welcomed the ruling on Monday. The Labour leader's aides said the party would appeal.",
     {("Tom Reeve", "holds", "Labour leader"), ("Tom Reeve", "member_of", "Labour Party")}),
], ids=["subject-then-title", "title-in-the-possessive"])
def test_structure_a_definite_title_names_the_person_just_named(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_second_definite_title_is_someone_elses(structure_of):
    triples = structure_of("Anna Berg has backed the plan. The prime minister said it was fair. Meanwhile the "
                           "Tory leader opposed the plan.")
    assert ("Anna Berg", "holds", "prime minister") in triples
    assert ("Anna Berg", "holds", "Tory leader") not in triples, triples


def test_structure_a_plural_title_ending_a_sentence_names_no_one_after_it(structure_of):
    triples = structure_of("The levy will be set by MPs. Mr Dunmore will also attack the rail plan.")
    assert not any(r == "holds" for _, r, _ in triples), triples


@pytest.mark.parametrize("text", [
    "Ed Marsh opened the new bridge. The Queen said she was delighted.",
    "Ed Marsh opened the new bridge. The spokesman said the cost was fair.",
    "Ed Marsh opened the new bridge. Prime Minister Jo Kent said she was delighted. The prime minister praised it.",
    "Ed Marsh opened the new bridge. Critics wrote to the prime minister about it.",
], ids=["sovereign", "spokesman", "held-by-someone-named", "not-acting"])
def test_structure_a_definite_title_that_points_nowhere(structure_of, text):
    assert not any(s == "Ed Marsh" and r == "holds" for s, r, _ in structure_of(text))


@pytest.mark.parametrize("text, expected", [
    ("The scheme was unfair, said director Nina Holt.", {("Nina Holt", "holds", "director")}),
    ("Voters will face the incumbent mayor, Rosa Diaz, in May.", {("Rosa Diaz", "holds", "mayor")}),
    ("Sir Colin Vane was Home Office permanent secretary until 2004.",
     {("Sir Colin Vane", "holds", "Home Office permanent secretary")}),
    ("Omar Saleh, who is also parliamentary leader, rejected the offer.",
     {("Omar Saleh", "holds", "parliamentary leader")}),
    ("Tim Wale was sacked on Monday. He quit as deputy chairman of the club.", {("Tim Wale", "holds", "deputy chairman")}),
    ("She hopes to replace Mr Dorran as prime minister.", {("Dorran", "holds", "prime minister")}),
], ids=["lower-case-title-name", "lower-case-title-apposition", "predicate", "relative-clause", "quit-as",
        "replace-as"])
def test_structure_a_title_said_of_a_person(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text", [
    "Mr Cole said he hoped Ms Reyes would be premier one day.",
    "Ms Reyes refused to serve as a health minister.",
    "The paper made clear that Ms Reyes no longer serves as secretary of state.",
    "Ms Reyes is not chairman of the Halvorsen Fund.",
], ids=["would-be", "refuse-to-serve-as", "no-longer-serves-as", "is-not"])
def test_structure_a_post_someone_would_hold_is_not_held(structure_of, text):
    assert not any(r == "holds" for _, r, _ in structure_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez, Spain's finance minister, said the budget was balanced.",
     {("Maria Lopez", "holds", "finance minister")}),
    ("Cathy Morven spoke in Glasgow on Monday. Scotland's justice minister has warned violent fans.",
     {("Cathy Morven", "holds", "justice minister")}),
    ("Ken Obi spoke on Monday. He said his ruling Labour Party would win.", {("Ken Obi", "member_of", "Labour Party")}),
], ids=["state-possessive-apposition", "state-possessive-definite", "his-party"])
def test_structure_possessives_of_states_and_persons(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_party_word_describing_a_noun_places_no_one(structure_of):
    assert not any(r == "member_of" for _, r, _ in structure_of("Ann Cole attacked Blair's Tory critics on Monday."))


@pytest.mark.parametrize("text, expected", [
    ("NATO ministers met on Monday. The plan was opposed by a group of NATO members led by Norway, Spain and Greece.",
     {("Norway", "member_of", "NATO"), ("Spain", "member_of", "NATO"), ("Greece", "member_of", "NATO")}),
    ("The OECD met on Monday. The rules were set by OECD members, including Chile and Japan.",
     {("Chile", "member_of", "OECD"), ("Japan", "member_of", "OECD")}),
], ids=["members-led-by", "body-members-including"])
def test_structure_states_listed_as_members_of_a_body(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text, expected", [
    ("Shares fell sharply, said Harland Securities analyst Tom Kurl.", {("Tom Kurl", "member_of", "Harland Securities")}),
    ("The dollar was weak, said Barclays Bank senior currency dealer Ann Roe.", {("Ann Roe", "member_of", "Barclays Bank")}),
], ids=["analyst", "dealer"])
def test_structure_a_company_worker_named_by_occupation(structure_of, text, expected):
    edges = structure_of(text)
    assert expected <= edges
    assert not any(r == "holds" for _, r, _ in edges)  # an occupation is no post


@pytest.mark.parametrize("text, expected", [
    # a field named without an article after "of" is part of the title
    ("The director of public prosecutions, Ken Marlow, said the law must change.",
     {("Ken Marlow", "holds", "director of public prosecutions")}),
    ("Ex-chief inspector of schools Mr Dunmore said the plan was wrong.",
     {("Dunmore", "holds", "chief inspector of schools")}),
    ("Ann Vole, Harlow Airways director of air transport, said fares would rise.",
     {("Ann Vole", "holds", "Harlow Airways director of air transport"), ("Ann Vole", "member_of", "Harlow Airways")}),
    # a seat after "for" is part of a member's title
    ("The former Labour MP for Eastfield North, Sir Tom Hale, backed the bill.",
     {("Sir Tom Hale", "holds", "Labour MP for Eastfield North"), ("Sir Tom Hale", "member_of", "Labour Party")}),
    ("Tom Hale, the MP for Eastfield, backed the bill.", {("Tom Hale", "holds", "MP for Eastfield")}),
], ids=["of-field-apposed", "of-field-before-name", "org-title-of-field", "mp-for-seat-apposed", "mp-for-seat-after"])
def test_structure_title_with_its_field_or_seat(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_role_in_a_body_named_with_an_article_is_no_title(structure_of):
    # "leader of the party" is a role in a body, not a post of its own
    assert not any(r == "holds" for _, r, _ in structure_of("The leader of the party, Tom Gale, said the plan was wrong."))


@pytest.mark.parametrize("text, expected", [
    # the body a noun points back to owns the title
    ("Labour said the plan was right. The party's campaign chief Tom Dale said so.",
     {("Tom Dale", "member_of", "Labour Party"), ("Tom Dale", "holds", "campaign chief")}),
    # a body of a body: the possessive owns it
    ("The Halvorsen Fund's policy-making Interim Committee backed the plan.",
     {("Interim Committee", "member_of", "Halvorsen Fund")}),
    ("Halvorsen Group's Trovex Mobile raised its prices.", {("Trovex Mobile", "member_of", "Halvorsen Group")}),
], ids=["party-noun-possessive-title", "body-of-body", "company-of-company"])
def test_structure_a_possessive_body_owns(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text, expected", [
    # a bare lower-case title apposed to the name before it is that person's post
    ("Tom Vantage, manager at Harlow Credit Bank, said the yen would rise.",
     {("Tom Vantage", "holds", "manager"), ("Tom Vantage", "member_of", "Harlow Credit Bank")}),
], ids=["bare-title-apposed"])
def test_structure_title_apposed_after_a_name(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text", [
    # an acronym of a body between the name and its title, whether NER tags it or not
    "Ann Vole, HAVA director of air transport, said that fares would rise.",
    "Andy Vole, IRAA director of air transport, said that the EC advice misleads customers.",
])
def test_structure_acronym_between_name_and_apposed_title(structure_of, text):
    held = {name for who, rel, name in structure_of(text) if rel == "holds" and who.endswith("Vole")}
    assert any(name.endswith("director of air transport") for name in held), held


@pytest.mark.parametrize("text, expected", [
    # a title said of the person through "who is", with the body it covers after "of"
    ("Tom Ruddle, who is also chairman of the Halvorsen Fund, said banks should lend.",
     {("Tom Ruddle", "holds", "chairman of the Halvorsen Fund"), ("Tom Ruddle", "member_of", "Halvorsen Fund")}),
    # a post-nominal title right after the name
    ("Fellow guest Ann Pryce MP said the show was unfair.", {("Ann Pryce", "holds", "MP")}),
], ids=["who-is-title-of-body", "post-nominal-mp"])
def test_structure_title_said_of_or_after_a_name(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_title_written_with_initials_is_the_one_post(build_text):
    g = build_text("Former Northern Ireland minister Sir Tom Hale has died. As NI minister, Sir Tom faced hostility.")
    offices = [(e.label, e.aliases) for e in g.entities if e.type == "office"]
    assert offices == [("Northern Ireland minister", ("NI minister",))], offices


def test_structure_abbreviated_title_at_the_end_of_a_wrapped_line(structure_of):
    # wire copy wraps its lines: "Sen." ends one and the name opens the next
    assert ("Jim Morrow", "holds", "Senator") in structure_of(
        "Her plan won support from Sen.\nJim Morrow, R-Idaho, who said the bill must pass.")


def test_structure_an_expert_with_a_company_is_a_person(build_text):
    g = build_text("Gareth Moray Dunn, a North Sea expert with stockbrokers Halvorsen and Co Inc, said the reliefs would help.")
    assert ("Gareth Moray Dunn", "person") in {(e.label, e.type) for e in g.entities}


def test_structure_a_body_of_a_union_of_states(structure_of):
    assert ("Food Security Agency", "member_of", "United Nations") in structure_of(
        "The UN's Food Security Agency said subsidies distort trade.")


def test_structure_a_body_ner_left_untagged_after_of(structure_of):
    # NER tags no entity after "of": the capitalised name is where the person works; a place stays a place
    assert ("Tom Lark", "member_of", "Argo Research") in structure_of(
        '"Prices will fall," said Tom Lark of Argo Research. The index dropped.')
    assert not any(r == "member_of" for _, r, _ in structure_of("Tom Lark of Boston said prices would fall."))


def test_structure_a_firm_named_with_and_co_behind_its_sort(structure_of):
    # NER cuts the name at "and Co"; the firm follows the noun for its sort ("stockbrokers")
    assert ("Ann Vole", "member_of", "Grey Wolfe and Co Inc") in structure_of(
        "Ann Vole, a tax expert with stockbrokers Grey Wolfe and Co Inc, said the plan was wrong.")


@pytest.mark.parametrize("text, expected, unwanted", [
    ("The Liberal Democrats attacked the fuel levy. Their transport spokesman, Tom Bell, said it would hurt drivers.",
     ("Tom Bell", "member_of", "Liberal Democrats"), None),
    # inside a sentence "its" is often the body just named in a list: no membership is read from it
    ("The regulator has begun proceedings against Kestrel Bank, its chief executive Ann Lee and two directors.",
     None, ("Ann Lee", "member_of", "regulator")),
], ids=["their-opening-a-sentence", "its-inside-a-sentence"])
def test_structure_a_possessive_pronoun_opening_a_sentence_names_the_body(structure_of, text, expected, unwanted):
    found = structure_of(text)
    assert expected is None or expected in found, sorted(found)
    assert unwanted is None or unwanted not in found, sorted(found)
