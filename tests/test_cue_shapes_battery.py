"""A battery of the shapes around a cue word of the lexicon that decide whether a frame is read at it (issue 10):
verbs coordinated over one object or one subject, an adjective of readiness whose to-clause is itself a cue, a
noun cue whose holder comes with "from" or "by", cues in relative clauses and participle phrases, and purposes.
Invented sentences, several per shape (tense, negation, passive, holder kinds, wire-style length), each with the
sides a careful reader takes (GUIDELINES.md) and the reading that would be wrong. A case marked `open` fails
today: it is counted, not hidden, and passes the day its shape is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (shape, sentence, holder, sides any one of which is the reading, sides that would be a misreading[, "open"])
CASES = [
    # two verbs over one object: the first has none of its own in the parse, the object after the second is shared
    ("shared-object", "The Farmers Union condemns and forbids the use of agency staff.", "Farmers Union",
     [(O, "use of agency staff")], [(S, "use of agency staff")]),
    ("shared-object", "Mr Kent criticised and later dropped the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("shared-object", "Ms Ward welcomed and endorsed the carbon tax.", "Ward", [(S, "carbon tax")], [(O, "carbon tax")]),
    ("shared-object", "The Greens condemned and rejected the pipeline plan on Tuesday.", "Green", [(O, "pipeline plan")],
     [(S, "pipeline plan")]),
    ("shared-object", "Senator Ada Lund has criticised, and vowed to block, the pipeline plan.", "Lund", [(O, "pipeline plan")],
     [(S, "pipeline plan")]),
    ("shared-object", "Mr Kent criticised, and later dropped, the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("shared-object", "The Pilots Union condemns and will challenge the landing fee.", "Pilots Union",
     [(O, "landing fee")], [(S, "landing fee")]),
    ("shared-object", "Labour supports and will vote for the housing bill, its spokesman said.", "Labour",
     [(S, "housing bill")], [(O, "housing bill")]),
    ("shared-object", "Japan welcomed and pledged to honour the trade accord.", "Japan", [(S, "trade accord")],
     [(O, "trade accord")]),
    ("shared-object", "The Shoppers League has long opposed and campaigned against the card fees.",
     "Shoppers League", [(O, "card fees")], [(S, "card fees")]),
    ("shared-object", "Ms Ward praised and Mr Kent attacked the fuel levy.", "Ward", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("shared-object", "Ms Ward praised and Mr Kent attacked the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("shared-object", "The Farmers Union studied and then rejected the water plan.", "Farmers Union", [(O, "water plan")],
     [(S, "water plan")]),
    ("shared-object", "Ms Ward read and approved the tram scheme.", "Ward", [(S, "tram scheme")], [(O, "tram scheme")]),
    ("shared-object", "Mr Kent has neither backed nor opposed the fuel levy.", "Kent", [], [(S, "fuel levy"), (O, "fuel levy")]),
    ("shared-object", "The Greens neither welcomed nor condemned the carbon tax.", "Green", [], [(S, "carbon tax"), (O, "carbon tax")]),
    # one subject, a second verb that is the cue
    ("shared-subject", "Ms Ward praised the report but condemned the fuel levy.", "Ward", [(O, "fuel levy")],
     [(S, "fuel levy")]),
    ("shared-subject", "The Farmers Union met on Monday and voted to reject the water plan.", "Farmers Union",
     [(O, "water plan")], [(S, "water plan")]),
    ("shared-subject", "Mr Kent opposed the fuel levy and voted against it.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("shared-subject", "Japan, which imports most of its rice, protested on Friday and threatened to block the tariff plan.",
     "Japan", [(O, "tariff plan")], [(S, "tariff plan")]),
    ("shared-subject", "The Greens held a rally in Leeds and demanded a ban on fracking.", "Green", [(S, "ban on fracking")],
     [(O, "ban on fracking")]),
    ("shared-subject", "Senator Ada Lund returned from Ottawa and endorsed the pipeline plan.", "Lund", [(S, "pipeline plan")],
     [(O, "pipeline plan")]),
    # an adjective of readiness (FrameNet's Willingness) whose to-clause is a cue verb: the adjective's subject acts
    ("ready", "Ms Ward is ready to scrap the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("ready", "The Farmers Union is determined to block the pension reform.", "Farmers Union", [(O, "pension reform")],
     [(S, "pension reform")]),
    ("ready", "Ms Ward is keen to introduce a congestion charge.", "Ward", [(S, "congestion charge")],
     [(O, "congestion charge")]),
    ("ready", "Labour is willing to back the housing bill, its leader said on Sunday.", "Labour", [(S, "housing bill")],
     [(O, "housing bill")]),
    ("ready", "Japan said it was prepared to lift the ban on beef imports.", "Japan", [(O, "ban on beef"), (S, "lift")],
     [(S, "ban on beef")]),
    ("ready", "The Greens were eager to oppose the pipeline plan.", "Green", [(O, "pipeline plan")], [(S, "pipeline plan")]),
    ("ready", "Senator Ada Lund, who is determined to defeat the pipeline plan, spoke for an hour.", "Lund",
     [(O, "pipeline plan"), (S, "defeat the pipeline plan")], [(S, "pipeline plan")]),
    ("ready", "Mr Kent was quick to condemn the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("ready", "The Pilots Union said it was ready to challenge the landing fee in court.", "Pilots Union",
     [(O, "landing fee")], [(S, "landing fee")]),
    ("ready", "The Farmers Union is keen to abolish the water charges, its chairman told reporters.", "Farmers Union",
     [(O, "water charges")], [(S, "water charges")]),
    ("ready", "Ms Ward, keen to scrap the fuel levy, met the Farmers Union.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("ready", "A minister keen to scrap the fuel levy, Ms Ward met farmers on Monday.", "Ward", [(O, "fuel levy")],
     [(S, "fuel levy")], "open"),
    ("ready-neg", "Ms Ward is reluctant to scrap the fuel levy.", "Ward", [], [(O, "fuel levy")]),
    ("ready-neg", "Japan is unwilling to lift the ban on beef imports.", "Japan", [], [(O, "ban on beef")]),
    ("ready-neg", "The Greens are not ready to back the pipeline plan.", "Green", [], [(S, "pipeline plan")]),
    ("ready-neg", "Labour was loath to oppose the housing bill.", "Labour", [], [(O, "housing bill")]),
    ("ready-neg", "Mr Kent is not prepared to scrap the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("ready-other", "It is easy to criticise the fuel levy, Ms Ward said.", "Ward", [], [(O, "fuel levy")]),
    ("ready-other", "The fuel levy is hard to defend, Mr Kent said.", "Kent", [], [(S, "fuel levy")]),
    ("ready-other", "Ms Ward is likely to oppose the fuel levy.", "Ward", [], [(S, "fuel levy")]),
    # a noun cue whose holder comes with "from" or "by", or is apposed to the noun
    ("noun-holder", "The fuel levy has drawn criticism from the Farmers Union.", "Farmers Union", [(O, "fuel levy")],
     [(S, "fuel levy")]),
    ("noun-holder", "There was strong opposition to the fuel levy from the Farmers Union and the Greens.", "Green",
     [(O, "fuel levy")], [(S, "fuel levy")], "open"),
    ("noun-holder", "There was strong opposition to the fuel levy from the Farmers Union and the Greens.", "Farmers Union",
     [(O, "fuel levy")], [(S, "fuel levy")]),
    ("noun-holder", "A complaint by the Shoppers League against the card fees was rejected.",
     "Shoppers League", [(O, "card fees")], [(S, "card fees")]),
    ("noun-holder", "The Farmers Union has started legal proceedings against Kestrel Bank.", "Farmers Union", [(O, "Kestrel")],
     [(S, "Kestrel")]),
    ("noun-holder", "Objections by the Greens to the pipeline plan were ignored.", "Green", [(O, "pipeline plan")],
     [(S, "pipeline plan")]),
    ("noun-holder", "The tram scheme won the backing of Ms Ward on Thursday.", "Ward", [(S, "tram scheme")],
     [(O, "tram scheme")]),
    ("noun-holder", "The pipeline plan enjoys the support of Senator Ada Lund.", "Lund", [(S, "pipeline plan")],
     [(O, "pipeline plan")]),
    ("noun-holder", "Calls by the Farmers Union for a ban on fracking grew louder.", "Farmers Union", [(S, "ban on fracking")],
     [(O, "ban on fracking")]),
    ("noun-holder", "The Pilots Union's campaign against the landing fee began in May.", "Pilots Union",
     [(O, "landing fee")], [(S, "landing fee")]),
    ("noun-holder", "The landing fee, which faces fierce opposition from the Pilots Union, was approved.",
     "Pilots Union", [(O, "landing fee")], [(S, "landing fee")]),
    ("noun-holder", "Support for the tram scheme from Ms Ward has waned.", "Ward", [(S, "tram scheme")], [(O, "tram scheme")], "open"),
    ("noun-holder", "The landing fee faces a legal challenge from the Pilots Union.", "Pilots Union",
     [(O, "landing fee")], [(S, "landing fee")]),
    ("noun-holder", "The Transport Board now faces three court cases over the toll, one from the Pilots Union, "
     "the second from the Farmers Union.", "Farmers Union", [(O, "Transport Board"), (O, "toll")], [(S, "Transport Board")], "open"),
    ("noun-holder", "The Transport Board faces three challenges over the toll, one from the Pilots Union and a "
     "second from the Farmers Union.", "Pilots Union", [(O, "Transport Board"), (O, "toll")], [(S, "Transport Board")]),
    ("noun-holder", "The water plan could face a court challenge from the Greens.", "Green", [],
     [(S, "water plan")]),
    ("noun-holder", "Ms Ward faces a leadership challenge from Mr Kent.", "Kent", [(O, "Ward")], [(S, "Ward")]),
    ("noun-holder", "The fuel levy faces court challenges from the Farmers Union and from the Greens.",
     "Green", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("noun-holder", "The council faces the challenge of cutting costs, Ms Ward said.", "Ward", [], [(O, "council")]),
    ("noun-holder", "The water plan has met resistance from the Farmers Union, which says it is unfair.", "Farmers Union",
     [(O, "water plan")], [(S, "water plan")]),
    ("noun-holder", "Mr Kent sought support from the Greens for the fuel levy.", "Green", [], [(S, "fuel levy")]),
    ("noun-holder", "Ms Ward asked the Farmers Union for its backing on the water plan.", "Farmers Union", [],
     [(S, "water plan")]),
    # a cue in a relative clause or a participle phrase on the holder
    ("relative", "Ms Ward, who opposes the fuel levy, said the vote was close.", "Ward", [(O, "fuel levy")],
     [(S, "fuel levy")]),
    ("relative", "Ms Ward, who wants the fuel levy scrapped, said the vote was close.", "Ward", [(O, "fuel levy")],
     [(S, "fuel levy")]),
    ("relative", "The Farmers Union, which has long campaigned against the water plan, welcomed the vote.", "Farmers Union",
     [(O, "water plan")], [(S, "water plan")]),
    ("relative", "Senator Ada Lund, opposing the pipeline plan, said it was a mistake.", "Lund", [(O, "pipeline plan")],
     [(S, "pipeline plan")]),
    ("relative", "Mr Kent, angered by the fuel levy, resigned.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("relative", "The Greens, who backed the carbon tax last year, now want it cut.", "Green", [(S, "carbon tax")], []),
    ("relative", "Japan, whose ministers have rejected the tariff plan, called for new talks.", "Japan", [(O, "tariff plan")],
     [(S, "tariff plan")]),
    ("relative", "Ms Ward, a fierce critic of the fuel levy, spoke first.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("relative", "The Farmers Union, having opposed the water plan for a year, now backs it.", "Farmers Union",
     [(S, "water plan")], []),
    ("relative", "Labour, which says the housing bill is unfair, will vote against it.", "Labour", [(O, "housing bill")],
     [(S, "housing bill")]),
    ("relative", "Mr Kent criticised the fuel levy, calling it a tax on rural families.", "Kent", [(O, "fuel levy")],
     [(S, "fuel levy")]),
    ("relative", "Ms Ward met the Farmers Union, which opposes the water plan.", "Ward", [], [(O, "water plan")]),
    ("relative", "Mr Kent praised the firms that oppose the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    # a purpose: "aimed at", "in a bid to", "to" after a cue verb
    ("purpose", "Ms Ward unveiled a plan aimed at cutting the fuel levy.", "Ward", [], [(S, "fuel levy")], "open"),
    ("purpose", "The Farmers Union launched a campaign aimed at blocking the water plan.", "Farmers Union",
     [(O, "water plan")], [(S, "water plan")], "open"),
    ("purpose", "The Greens staged a rally in a bid to block the pipeline plan.", "Green", [(O, "pipeline plan")],
     [(S, "pipeline plan")]),
    ("purpose", "Japan cut its output in an effort to avert the tariffs.", "Japan", [(O, "tariffs")], [(S, "tariffs")]),
    ("purpose", "Mr Kent wrote to the minister to oppose the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("purpose", "Senator Ada Lund flew to Ottawa on Monday to back the pipeline plan.", "Lund", [(S, "pipeline plan")],
     [(O, "pipeline plan")]),
    # a stance adverbial ("in protest at X", "in support of X"), hung on the verb or on its object
    ("adverbial", "The Pilots Union staged a walkout in protest at the fuel levy.", "Pilots Union", [(O, "fuel levy")],
     [(S, "fuel levy")]),
    ("adverbial", "The Farmers Union blocked roads in protest against the water plan.", "Farmers Union",
     [(O, "water plan")], [(S, "water plan")]),
    ("adverbial", "Ms Ward resigned from the cabinet in protest over the fuel levy.", "Ward", [(O, "fuel levy")],
     [(S, "fuel levy")]),
    ("adverbial", "The Greens held a rally in Leeds on Saturday in support of the tram scheme.", "Green",
     [(S, "tram scheme")], [(O, "tram scheme")]),
    ("adverbial", "The Farmers Union has signed a letter in support of the tram scheme.", "Farmers Union",
     [(S, "tram scheme")], [(O, "tram scheme")]),
    ("adverbial", "Mr Kent spoke in favour of the fuel levy.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("adverbial", "Senator Ada Lund boycotted the session in protest against the pipeline plan.", "Lund",
     [(O, "pipeline plan")], [(S, "pipeline plan")]),
    ("adverbial", "Japan recalled its envoy in protest at the tariff plan, the foreign ministry said.", "Japan",
     [(O, "tariff plan")], [(S, "tariff plan")]),
    # tense and wire style
    ("wire", "TOKYO, March 3 - Japan will oppose the U.S. tariff plan at next week's talks, officials said.", "Japan",
     [(O, "tariff plan")], [(S, "tariff plan")]),
    ("wire", "The Farmers Union had earlier condemned the water plan, a spokesman said on Friday.", "Farmers Union",
     [(O, "water plan")], [(S, "water plan")]),
    ("wire", "Senator Ada Lund said on Tuesday she would back the pipeline plan if it was amended.", "Lund",
     [(S, "pipeline plan")], [(O, "pipeline plan")]),
    ("wire", "The Pilots Union, which represents 40 carriers, is expected to challenge the landing fee.",
     "Pilots Union", [], [(S, "landing fee")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="shape not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("shape, text, holder, sides, wrong", list(_params()))
def test_cue_shape_battery(build_text, shape, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
