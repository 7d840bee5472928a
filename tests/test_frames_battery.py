"""A battery of common news constructions where both the holder and the target are plain to a reader but the side
sits in a frame the cue rules may not reach (issue 10): a side stated in a relative clause on the holder ("Japan,
which is firmly opposed to X"), legal action taken against someone or something ("began proceedings against X"), a threat
made on a condition ("threatened to strike if the council raises X"), a holder named in an apposition or a list
("from the largest farm group, the Growers Federation"; "five MPs, including A and B, called for X"), and a
request ("requested cuts in output"). Invented sentences, several per construction, each with the sides a careful
reader takes (GUIDELINES.md) and the reading that would be wrong. A case marked `open` fails today: it is counted,
not hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a side stated in a relative clause on its holder
    ("relative", "The ruling angered Japan, which is firmly opposed to the rice tariffs.", "Japan", [(O, "rice tariffs")], [(S, "rice tariffs")]),
    ("relative", "Talks stalled with Canada, which has long been opposed to the fishing quota.", "Canada", [(O, "fishing quota")], [(S, "fishing quota")]),
    ("relative", "The move will upset the Farmers Union, which is bitterly opposed to any rise in the fuel levy.", "Farmers Union", [(O, "fuel levy"), (O, "rise")], [(S, "fuel levy")]),
    ("relative", "Mr Kent, who is opposed to the sugar tax, will vote on Tuesday.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("relative", "Ms Ward, who has been critical of the pension reform, met the minister on Monday.", "Ward", [(O, "pension reform")], [(S, "pension reform")]),
    ("relative", "The decision was welcomed by Senator Ada Lund, who is supportive of the farm bill.", "Lund", [(S, "farm bill")], [(O, "farm bill")]),
    ("relative", "The Greens, who are strongly opposed to the third runway, staged a rally.", "Green", [(O, "third runway")], [(S, "third runway")], "open"),
    ("relative", "It is a blow for the Chamber of Trade, which has been highly critical of the tourist tax.", "Chamber of Trade", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("relative", "The plan was drawn up by Mr Kent, who is unhappy with the current water charges.", "Kent", [(O, "water charges")], [(S, "water charges")]),
    ("relative", "Brazil, which is strongly opposed to the coffee quota, walked out of the talks in London.", "Brazil", [(O, "coffee quota")], [(S, "coffee quota")]),
    ("relative", "Relations with Norway, which is against the whaling ban, have cooled.", "Norway", [(O, "whaling ban")], [(S, "whaling ban")]),
    ("relative", "The deal needs the votes of the Country Party, which is wary of the pension reform.", "Country Party", [(O, "pension reform")], [(S, "pension reform")]),
    ("relative", "Mr Kent, who opposes the fuel levy, spoke in Leeds on Monday.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("relative", "Talks with Canada, which has rejected the fishing quota, broke down.", "Canada", [(O, "fishing quota")], [(S, "fishing quota")]),
    ("relative", "Ms Ward, who backs the sugar tax, was appointed on Friday.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("relative", "Japan, which has never been opposed to the rice tariffs, abstained.", "Japan", [], [(O, "rice tariffs")]),
    ("relative", "The fuel levy, which is opposed by the Farmers Union, takes effect in May.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("relative", "The fuel levy, which is opposed by the Farmers Union, takes effect in May.", "fuel levy", [], [(O, "Farmers Union")]),
    ("relative", "The sugar tax, which Mr Kent is opposed to, takes effect in May.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    # legal action taken against someone or something
    ("legal", "The Securities Commission has opened proceedings against Acme Corp.", "Securities Commission", [(O, "Acme")], [(S, "Acme")]),
    ("legal", "The Financial Services Authority has begun legal proceedings against Norcast Steel and its chairman Tom Reed.", "Financial Services Authority", [(O, "Norcast")], [(S, "Norcast")]),
    ("legal", "The Financial Services Authority has begun legal proceedings against Norcast Steel and its chairman Tom Reed.", "Financial Services Authority", [(O, "Reed")], [(S, "Reed")]),
    ("legal", "The Farmers Union has launched a legal challenge against the pesticide levy.", "Farmers Union", [(O, "pesticide levy")], [(S, "pesticide levy")], "open"),
    ("legal", "The Farmers Union has launched a court challenge to the pesticide levy.", "Farmers Union", [(O, "pesticide levy")], [(S, "pesticide levy")], "open"),
    ("legal", "Northgate Council has taken legal action against the incinerator plan.", "Northgate Council", [(O, "incinerator plan")], [(S, "incinerator plan")]),
    ("legal", "The Greens have threatened legal action against the third runway.", "Green", [(O, "third runway")], [(S, "third runway")], "open"),
    ("legal", "Japan appealed against the WTO ruling on rice tariffs.", "Japan", [(O, "ruling")], [(S, "ruling")], "open"),
    ("legal", "The Farmers Union filed a lawsuit against the water board.", "Farmers Union", [(O, "water board")], [(S, "water board")]),
    ("legal", "Acme Corp has filed suit against Norcast Steel in a federal court in New York.", "Acme", [(O, "Norcast")], [(S, "Norcast")]),
    ("legal", "The Justice Department brought an antitrust suit against Acme Corp on Tuesday.", "Justice Department", [(O, "Acme")], [(S, "Acme")]),
    ("legal", "Canada has lodged an appeal against the fishing quota.", "Canada", [(O, "fishing quota")], [(S, "fishing quota")], "open"),
    ("legal", "The airlines' association launched a legal challenge to airline payout rules on Monday.", "association", [(O, "payout rules")], [(S, "payout rules")], "open"),
    ("legal", "The Farmers Union said on Monday it would begin legal proceedings against the water board.", "Farmers Union", [(O, "water board")], [(S, "water board")]),
    ("legal", "The Securities and Markets Board has started proceedings against Acme Corp, its chief executive Tom Reed and two of its directors.", "Securities and Markets Board", [(O, "Reed")], [(S, "Reed")]),
    ("legal", "The Securities Commission dropped its proceedings against Acme Corp.", "Securities Commission", [], [(S, "Acme")]),
    ("legal", "Legal proceedings against Acme Corp were begun by the Securities Commission on Friday.", "Securities Commission", [(O, "Acme")], [(S, "Acme")], "open"),
    ("legal", "The Farmers Union won its court challenge to the pesticide levy.", "Farmers Union", [(O, "pesticide levy")], [(S, "pesticide levy")]),
    ("legal", "The Farmers Union has not ruled out a legal challenge against the pesticide levy.", "Farmers Union", [], [(S, "pesticide levy")]),
    ("legal", "Acme Corp sued Norcast Steel for breach of contract.", "Acme", [(O, "Norcast")], [(S, "Norcast")]),
    ("legal", "Norcast Steel was sued by Acme Corp on Monday.", "Acme", [(O, "Norcast")], [(S, "Norcast")]),
    ("legal", "The Farmers Union is suing the Water Board over the fuel levy.", "Farmers Union", [(O, "Water Board"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("legal", "Ms Ward threatened to sue Acme Corp over the closure.", "Ward", [(O, "Acme")], [(S, "Acme")]),
    ("legal", "Mr Kent said he would not sue Acme Corp.", "Kent", [], [(O, "Acme")]),
    ("legal", "Acme Corp faces a lawsuit from the Farmers Union.", "Farmers Union", [(O, "Acme")], [(S, "Acme")], "open"),
    ("legal", "Mr Kent said the company would fight the lawsuit against it.", "Kent", [], [(O, "company")]),
    # a threat made on a condition: the condition is what the threatener opposes
    ("threat-if", "The Farmers Union threatened to strike if the council raises the fuel levy.", "Farmers Union", [(O, "fuel levy"), (O, "raises the fuel levy")], [(S, "fuel levy")]),
    ("threat-if", "Mr Kent has threatened to resign if the government goes ahead with the sugar tax.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("threat-if", "Washington will retaliate if Europe bans imports of beef, Mr Kent said.", "United States", [(O, "ban"), (O, "bans imports"), (W, "ban"), (W, "bans imports")], [(S, "bans imports")]),
    ("threat-if", "The Greens said they would quit the coalition if the sugar tax went ahead.", "Green", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("threat-if", "Ms Ward vowed to veto any bill that raised the tourist tax.", "Ward", [(O, "tourist tax"), (O, "bill")], [(S, "tourist tax")]),
    ("threat-if", "Japan threatened to walk out of the talks if the rice tariffs were cut.", "Japan", [(O, "rice tariffs"), (O, "cut")], []),
    ("threat-if", "The Farmers Union will strike unless the fuel levy is scrapped.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("threat-if", "Mr Kent threatened to resign if the sugar tax is introduced.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("threat-if", "Mr Kent said he would resign if the party raised the sugar tax.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("threat-if", "The Farmers Union warned it would boycott the talks if ministers imposed the pesticide levy.", "Farmers Union", [(O, "pesticide levy")], [(S, "pesticide levy")]),
    ("threat-if", "Norway has threatened to veto the fishing deal if the European Union extends the whaling ban.", "Norway", [(O, "whaling ban")], [(S, "whaling ban")]),
    ("threat-if", "Mr Kent said he would resign if he lost the vote.", "Kent", [], [(O, "lost the vote"), (O, "vote")]),
    ("threat-if", "Mr Kent did not threaten to resign if the sugar tax was introduced.", "Kent", [], [(O, "sugar tax"), (S, "sugar tax")]),
    ("threat-if", "Ms Ward said she would resign if the talks failed.", "Ward", [], [(O, "talks")]),
    ("threat-if", "The Farmers Union will strike if the fuel levy is not scrapped.", "Farmers Union", [], [(S, "fuel levy")]),
    # a holder named in an apposition or a list
    ("apposed", "The farm loan scheme won endorsements from the largest farm group, the Growers Federation.", "Growers Federation", [(S, "farm loan scheme")], [(O, "farm loan scheme")]),
    ("apposed", "The farm loan scheme won praise from the biggest farm lobby, the Growers Federation, and from Ms Ward.", "Growers Federation", [(S, "farm loan scheme")], [(O, "farm loan scheme")]),
    ("apposed", "The levy drew criticism from the country's biggest union, the Transport Workers Union.", "Transport Workers Union", [(O, "levy")], [(S, "levy")]),
    ("apposed", "The country's biggest union, the Transport Workers Union, criticised the fuel levy.", "Transport Workers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("apposed", "Its main rival, Norcast Steel, welcomed the merger.", "Norcast", [(S, "merger")], [(O, "merger")]),
    ("list", "Mr Kent, Ms Ward and the Farmers Union endorsed the creation of a farm loan bank.", "Farmers Union", [(S, "farm loan bank"), (S, "creation")], [(O, "farm loan bank")]),
    ("list", "Mr Kent, Ms Ward and the Farmers Union endorsed the creation of a farm loan bank.", "Kent", [(S, "farm loan bank"), (S, "creation")], [(O, "farm loan bank")]),
    ("list", "Five MPs, including Mr Kent and Ms Ward, have called for an elected second chamber.", "Kent", [(S, "elected second chamber")], [(O, "elected second chamber")]),
    ("list", "Five MPs, including Mr Kent and Ms Ward, have called for an elected second chamber.", "Ward", [(S, "elected second chamber")], [(O, "elected second chamber")]),
    ("list", "Several senators, the Farmers Union and two banks backed the farm bill.", "Farmers Union", [(S, "farm bill")], [(O, "farm bill")]),
    ("list", "Opponents of the sugar tax, including Mr Kent, say it will hit the poor.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("list", "Both the Greens and the Farmers Union oppose the third runway.", "Farmers Union", [(O, "third runway")], [(S, "third runway")]),
    ("list", "The Greens as well as the Farmers Union oppose the third runway.", "Farmers Union", [(O, "third runway")], [(S, "third runway")]),
    ("list", "Neither the Greens nor the Farmers Union back the third runway.", "Farmers Union", [], [(S, "third runway")]),
    # a decision to act: FrameNet's Deciding frame
    ("decide", "The Farmers Union decided to increase the fuel levy.", "Farmers Union", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("decide", "The Bank of England decided to raise interest rates on Thursday.", "Bank of England", [(S, "raise interest rates")], [(O, "interest rates")]),
    ("decide", "Ministers decided against raising the fuel levy.", "government", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("decide", "The Senate chose to extend the farm subsidies.", "Senate", [(S, "farm subsidies")], [(O, "farm subsidies")]),
    ("decide", "Norcast Steel has opted to close its Leeds plant.", "Norcast", [(S, "close its leeds plant")], [(O, "close its leeds plant")]),
    ("decide", "The city council has decided to scrap the parking charges.", "council", [(O, "parking charges")], [(S, "parking charges")]),
    ("decide", "The Senate has not decided to extend the farm subsidies.", "Senate", [], [(O, "extend the farm subsidies"), (O, "farm subsidies")]),
    ("decide", "The Senate has not yet decided whether to extend the farm subsidies.", "Senate", [], [(O, "farm subsidies"), (S, "farm subsidies")]),
    ("decide", "The Farmers Union decided to meet the minister.", "Farmers Union", [], [(S, "minister")]),
    # a decision announced as a passive clause: the side is on the act done to the thing
    ("announced", "Ms Ward announced that the fuel levy would be scrapped.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("announced", "Mr Kent confirmed that the sugar tax will be abolished next year.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("announced", "The Treasury announced on Monday that the tourist tax would be dropped.", "Treasury", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("announced", "Ms Ward announced that the fuel levy would be extended.", "Ward", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("announced", "Mr Kent announced on Monday that he will raise the fuel levy.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    # a request
    ("request", "The trade ministry has requested cuts in chip production.", "trade ministry", [(S, "cuts in chip production")], [(O, "cuts in chip production")]),
    ("request", "Ms Ward has asked for a review of the fuel levy.", "Ward", [(S, "review")], [(O, "review")], "open"),
    ("request", "The Farmers Union urged a freeze in the fuel levy.", "Farmers Union", [(S, "freeze")], [(O, "freeze")]),
    ("request", "Ms Ward asked for more time.", "Ward", [], [(S, "more time")]),
    ("request", "Mr Kent asked for clarification of the rules.", "Kent", [], [(S, "clarification")]),
    ("request", "The Farmers Union requested a meeting with the minister.", "Farmers Union", [], [(O, "meeting")]),
    ("request", "Japan has requested a delay in the rice tariff cuts.", "Japan", [(S, "delay")], [(O, "delay")], "open"),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_frames_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
