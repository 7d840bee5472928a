"""A battery of stance holders that the sentence offers beside other candidates (issue 10, session 19): "the union"
for the body the story called a union some sentences back; the court or the speaker of a clause the parser misread
as a participle ("the rules discriminated against X, the court ruled"); a body whose name holds a law's word; the
maker of "a proposal by Rep. Lee" or "the Lee proposal", and one apposed after the agent of its passive; the body
that "expects 3,000 members to march against X"; the minister who says what "the government will" do, the leader what "the union" will; the party of "his party plans"; one who punishes another for a deed. Invented sentences, each with the triples a careful
reader takes as (holder, relation, target) label fragments; a holder written "!name" must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    # --- "the union": the body the story has called a union, though another body was named since
    ("called", "Ministers met the leaders of the country's biggest growers' union, AGRA, on Monday. The Border "
               "Adjustment Charges will go, the minister said. Farm leader Jo Bell said the union would stage "
               "protests against the Commission's plans to cut dairy quotas.",
     [("agra", "opposes", "dairy quotas"), ("commission", "supports", "dairy quotas"), ("jo bell", "opposes", "dairy quotas"),
      ("!border adjustment", "opposes", "dairy quotas")]),
    # a firm's officer who tells what "the firm" plans speaks for it, as the leader of "the union" does
    ("officer", "Sportswear firm Kestrel has seen profits rise. In January, Kestrel announced its deal with Rovers "
                "would end. Chief executive Mia Holt said the firm plans to grow sales.",
     [("kestrel", "supports", "grow sales"), ("mia holt", "supports", "grow sales"), ("!rovers", "supports", "grow sales")]),
    ("called", "Harlow Transport, the region's largest bus firm, raised fares. Officials at Tennant Finance and "
               "the Rail Users Forum met on Friday. The firm said it would fight the congestion charge.",
     [("harlow transport", "opposes", "congestion charge"), ("!rail users", "opposes", "congestion charge")]),
    # --- a reported or ruled clause whose verb the parser takes for a participle on its subject: the court or the
    # speaker holds the judgement, not the noun's owner alone
    ("misread", "The city's parking rules discriminated against disabled drivers, the High Court has ruled.",
     [("high court", "opposes", "parking rules")]),
    ("misread", "The Appeal Court ruled that the new school admission rules discriminated against poorer families.",
     [("appeal court", "opposes", "admission rules")]),
    ("misread", "Mr Kent said the parking rules discriminated against disabled drivers.",
     [("kent", "opposes", "parking rules")]),
    ("misread", "The Law Society said the legal aid cuts penalised poorer clients.",
     [("law society", "opposes", "legal aid cuts")]),
    # --- a capitalised name that ends on a body's kind is the body, though a word of a law's name is in it
    ("body", "The road pricing scheme unfairly penalised rural motorists, the Law Society said.",
     [("law society", "opposes", "road pricing")]),
    ("body", "Five Law Lords ruled on Tuesday that the detention scheme breached human rights law.",
     [("law lords", "opposes", "detention scheme")]),
    # --- a body that expects or wants its own people to act on a policy takes the act's side too
    ("fielded", "The Ramblers' Association says it expects 3,000 members to march against the road scheme.",
     [("ramblers", "opposes", "road scheme"), ("members", "opposes", "road scheme")]),
    ("fielded", "The Moorland League said it expected up to 5,000 supporters to rally against the grouse shooting ban.",
     [("moorland league", "opposes", "shooting ban"), ("supporters", "opposes", "shooting ban")]),
    ("fielded", "Police expect 3,000 supporters to march against the road scheme.",
     [("supporters", "opposes", "road scheme"), ("!police", "opposes", "road scheme")]),
    # --- a minister telling what the government will do speaks for it (not a shadow one, nor of another state)
    ("minister", "Farm minister Paul Dorne told the growers' congress his government would make available 2 billion "
                 "crowns to help small farms switch crops.",
     [("paul dorne", "supports", "2 billion crowns"), ("government", "supports", "2 billion crowns")]),
    ("minister", "The minister, Paul Dorne, said the government would scrap the fuel levy.",
     [("paul dorne", "opposes", "fuel levy"), ("government", "opposes", "fuel levy")]),
    ("minister", "Shadow chancellor Ann Lee said the government would scrap the fuel levy.",
     [("government", "opposes", "fuel levy"), ("!ann lee", "opposes", "fuel levy")]),
    ("minister", "Tom Kent, the French trade minister, said the British government would block the steel tariffs.",
     [("united kingdom|britain", "opposes", "steel tariffs"), ("!tom kent", "opposes", "steel tariffs")]),
    ("leader", "The growers' union, AGRA, met in Lyon. Farm leader Jo Bell said the union intended to stage protests "
               "against the quota cuts.",
     [("agra", "opposes", "quota cuts"), ("jo bell", "opposes", "quota cuts")]),
    ("leader", "The Hauliers Association met on Friday. Minister Tom Kent said the association would fight the road charge.",
     [("hauliers association", "opposes", "road charge"), ("!tom kent", "opposes", "road charge")]),
    # --- one who punishes a deed takes the side opposite to the deed's doer
    ("punished", "The Labour Party suspended Ann Lee for refusing to deselect the councillor.",
     [("labour", "supports", "deselect"), ("ann lee", "opposes", "deselect")]),
    ("punished", "The Green Party expelled Tom Kent for backing the incinerator plan.",
     [("green party", "opposes", "incinerator plan"), ("tom kent", "supports", "incinerator plan")]),
    ("punished", "The Green Party praised Tom Kent for backing the incinerator plan.",
     [("green party", "supports", "incinerator plan"), ("tom kent", "supports", "incinerator plan"),
      ("!green party", "opposes", "incinerator plan")]),
    # --- "his party plans", the possessive hung on the cue over "party": the party's as well as the leader's
    ("party", "Tory leader Tom Kent insisted his party plans for rail fares would help commuters.",
     [("conservative", "supports", "rail fares"), ("tom kent", "supports", "rail fares")]),
    ("party", "Labour leader Ann Lee said her party plans for a carbon tax were fair.",
     [("labour", "supports", "carbon tax"), ("ann lee", "supports", "carbon tax")]),
    ("party", "Tom Kent insisted his party plans for rail fares would help commuters.",
     [("tom kent", "supports", "rail fares")]),
    # --- the maker of a proposal named by "by" or before it backs it, though the noun is for nothing named
    ("author", "Growers welcomed a plan by Rep. Ann Lee, R-Ohio, which would put a floor under wheat prices.",
     [("growers", "supports", "plan"), ("ann lee", "supports", "plan")]),
    ("author", "The Senate will take up a bill by Senator Tom Hale next week.",
     [("tom hale", "supports", "bill")]),
    ("author", "Rep. Ann Lee, R-Ohio, unveiled a new grain plan on Monday. The Lee proposal is favoured as well by the "
               "senior Democrat on the state farm panel, Rep. Tom Kent of Iowa.",
     [("ann lee", "supports", "grain plan|lee proposal"), ("tom kent", "supports", "grain plan|lee proposal"),
      ("!ann lee", "supports", "tom kent"), ("!democrat", "supports", "grain plan|lee proposal")]),
    # (the parser hangs the name on the passive's subject: she is no side the plan takes, she backs it)
    ("author", "The Lee bill is also favoured by the senior Democrat on the Senate Banking panel, Sen. Harold Vickers of Kansas.",
     [("lee", "supports", "lee bill"), ("harold vickers", "supports", "lee bill"), ("!lee", "supports", "vickers")]),
    ("author", "The Lee proposal is backed as well by the longest-serving Democrat in the state Senate, Sen. Harold Vickers of Kansas.",
     [("lee", "supports", "lee proposal"), ("harold vickers", "supports", "lee proposal"), ("!lee", "supports", "vickers")]),
    ("author", "Farm groups backed the Hale amendment, which would freeze the loan rate. It is also backed by the senior "
               "Democrat on the Senate budget panel, Senator Ed Ruiz of Texas.",
     [("farm groups", "supports", "hale amendment"), ("tom hale|hale", "supports", "hale amendment"),
      ("ed ruiz", "supports", "hale amendment"), ("!hale", "supports", "ed ruiz")]),
]

# still missed (not yet mended): the first words of the text -> why
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_other_holders_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
