"""A battery of the idioms and light-verb phrases news English states sides in (issue 10): invented sentences, several
per idiom ("poured scorn on X", "gave the green light to X", "is up in arms over X"), with tense, negation, passive
where it exists and holders of every kind (person, body, country, pronoun), each with the sides a careful reader takes
(GUIDELINES.md) and the reading that would be wrong, among them the idioms used literally ("took aim at the target" on
a firing range). A case marked `open` fails today: it is counted, not hidden, and passes the day it is read. The open
ones read the idiom but lose the edge elsewhere: a target the positions do not take ("the rail link", "a new runway",
"the estate tax repeal" after an idiom, which is no plain cue), a name the entity stage misses ("rounded on Ms Ward"),
a policy given to its owner ("the government's water charges"), the passive of a phrasal verb, which needs a policy
noun as the verbs do ("the takeover bid was turned down by X"), a parse ("gave the pesticide ban short shrift", "seems
set against"), or phrasal verbs left out because their object is as often a person, a critic or a place as a policy
("hit back at", "got behind", "came down on")."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (idiom, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # verb + noun + preposition: against
    ("pour scorn", "Mr Kent poured scorn on the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("pour scorn", "The Farmers Union has poured scorn on the government's water charges.", "Farmers Union", [(O, "water charges")], [(S, "water charges")], "open"),
    ("pour scorn", "Ms Ward, the shadow chancellor, poured scorn on the plan to sell the rail network on Monday.", "Ward", [(O, "sell the rail network"), (O, "plan")], [(S, "rail network")]),
    ("pour scorn", "Critics have heaped scorn on the tourist tax, and Ms Ward was among them.", "Ward", [], [(S, "tourist tax")]),
    ("pour scorn", "Senator Ada Lund heaped scorn on the proposed pension reform.", "Lund", [(O, "pension reform")], [(S, "pension reform")]),
    ("cold water", "The Treasury poured cold water on the idea of a sugar tax.", "Treasury", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("cold water", "France threw cold water on the plan for a common farm fund, officials said on Tuesday.", "France", [(O, "common farm fund"), (O, "plan")], [(S, "farm fund")]),
    ("cold water", "Mr Kent has thrown cold water on hopes of a fuel duty cut.", "Kent", [], [(S, "fuel duty")]),
    ("cold water", "Ms Ward did not pour cold water on the tourist tax.", "Ward", [], [(O, "tourist tax")]),
    ("take aim", "Ms Ward took aim at the government's tuition fees.", "Ward", [(O, "tuition fees")], [(S, "tuition fees")]),
    ("take aim", "The Farmers Union took aim at the fuel levy in a speech on Thursday.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("take aim", "Senator Ada Lund is taking aim at the estate tax repeal.", "Lund", [(O, "estate tax repeal")], [(S, "estate tax repeal")], "open"),
    ("take aim", "Mr Kent, a former minister, took aim at Ms Ward over the water charges.", "Kent", [(O, "Ward"), (O, "water charges")], [(S, "Ward")], "open"),
    ("take swipe", "Mr Kent took a swipe at the congestion charge.", "Kent", [(O, "congestion charge")], [(S, "congestion charge")]),
    ("take swipe", "The Liberal Democrats took a swipe at the government's pension reform on Sunday.", "Liberal Democrat", [(O, "pension reform")], [(S, "pension reform")]),
    ("take swipe", "In her speech, Ms Ward took a thinly veiled swipe at the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("take issue", "Ms Ward took issue with the tourist tax.", "Ward", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("take issue", "The Farmers Union takes issue with the new pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("take issue", "Germany has taken issue with the proposed steel quota.", "Germany", [(O, "steel quota")], [(S, "steel quota")]),
    ("take issue", "Mr Kent did not take issue with the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("turn back", "The Farmers Union has turned its back on the pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("turn back", "Japan turned its back on the whaling moratorium.", "Japan", [(O, "whaling moratorium")], [(S, "whaling moratorium")]),
    ("turn back", "Labour MPs have turned their backs on the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("turn back", "Ms Ward said she would never turn her back on the minimum wage.", "Ward", [], [(O, "minimum wage")]),
    ("pull plug", "The Treasury pulled the plug on the rail link.", "Treasury", [(O, "rail link")], [(S, "rail link")], "open"),
    ("pull plug", "Mr Kent has pulled the plug on the sale of the water board.", "Kent", [(O, "sale of the water board")], [(S, "sale of the water board")], "open"),
    ("pull plug", "The city council is pulling the plug on the tram scheme, its leader said on Friday.", "council", [(O, "tram scheme")], [(S, "tram scheme")]),
    ("pull plug", "Canada threatened to pull the plug on the fishing accord.", "Canada", [(O, "fishing accord")], [(S, "fishing accord")]),
    ("put brakes", "The Bank of England put the brakes on the mortgage scheme.", "Bank of England", [(O, "mortgage scheme")], [(S, "mortgage scheme")]),
    ("put brakes", "Ms Ward wants to put the brakes on the road building programme.", "Ward", [(O, "road building programme")], [(S, "road building programme")]),
    ("put brakes", "The Senate has put the brakes on the farm bill.", "Senate", [(O, "farm bill")], [(S, "farm bill")]),
    ("short shrift", "Ministers gave short shrift to the plan for a fuel duty cut.", "Minister", [], [(S, "fuel duty")]),
    ("short shrift", "Mr Kent gave short shrift to the tourist tax.", "Kent", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("short shrift", "The Farmers Union gave the pesticide ban short shrift.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")], "open"),
    ("thumbs down", "Voters gave the thumbs down to the congestion charge, and Ms Ward gave the thumbs down to the tram scheme.", "Ward", [(O, "tram scheme")], [(S, "tram scheme")]),
    ("thumbs down", "The Farmers Union gave the thumbs down to the new milk quota.", "Farmers Union", [(O, "milk quota")], [(S, "milk quota")]),
    ("cold shoulder", "Germany gave the cold shoulder to the steel quota.", "Germany", [(O, "steel quota")], [(S, "steel quota")]),
    ("wash hands", "The Treasury has washed its hands of the rail link.", "Treasury", [(O, "rail link")], [(S, "rail link")], "open"),
    ("wash hands", "Mr Kent washed his hands of the tram scheme.", "Kent", [(O, "tram scheme")], [(S, "tram scheme")]),
    ("cast doubt", "Ms Ward cast doubt on the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("cast doubt", "The Bank of England has cast doubt on the mortgage scheme.", "Bank of England", [(O, "mortgage scheme")], [(S, "mortgage scheme")]),
    ("cry foul", "The Farmers Union cried foul over the milk quota.", "Farmers Union", [(O, "milk quota")], [(S, "milk quota")]),
    ("cry foul", "Brazil cried foul over the beef tariffs, its trade minister said.", "Brazil", [(O, "beef tariffs")], [(S, "beef tariffs")]),
    ("take stand", "The Farmers Union took a stand against the pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("take stand", "Ms Ward has taken a firm stand against the water charges.", "Ward", [(O, "water charges")], [(S, "water charges")]),
    ("stand in way", "Mr Kent said he would not stand in the way of the tram scheme.", "Kent", [], [(O, "tram scheme")]),
    ("stand in way", "The Senate stood in the way of the farm bill.", "Senate", [(O, "farm bill")], [(S, "farm bill")]),
    ("no truck", "Ms Ward will have no truck with the tourist tax.", "Ward", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("no truck", "The Farmers Union wants no truck with the milk quota.", "Farmers Union", [(O, "milk quota")], [(S, "milk quota")], "open"),
    ("kick long grass", "The government kicked the road pricing scheme into the long grass.", "government", [(O, "road pricing scheme")], [(S, "road pricing scheme")]),
    ("put on ice", "The city council has put the tram scheme on ice.", "council", [(O, "tram scheme")], [(S, "tram scheme")]),
    # verb + noun + preposition: for
    ("green light", "The city council gave the green light to the tram scheme.", "council", [(S, "tram scheme")], [(O, "tram scheme")]),
    ("green light", "Ministers have given the green light to a new runway at the airport.", "Minister", [(S, "runway")], [(O, "runway")], "open"),
    ("green light", "The Senate gave the farm bill the green light on Thursday.", "Senate", [(S, "farm bill")], [(O, "farm bill")]),
    ("green light", "The tram scheme was given the green light by the city council.", "council", [(S, "tram scheme")], [(O, "tram scheme")]),
    ("green light", "Mr Kent refused to give the green light to the rail link.", "Kent", [(O, "rail link")], [(S, "rail link")], "open"),
    ("green light", "The Treasury has not given the green light to the sugar tax.", "Treasury", [], [(S, "sugar tax")]),
    ("go-ahead", "The Bank of England gave the go-ahead to the mortgage scheme.", "Bank of England", [(S, "mortgage scheme")], [(O, "mortgage scheme")]),
    ("go-ahead", "Ms Ward, the transport minister, gave the go-ahead for the rail link on Monday.", "Ward", [(S, "rail link")], [(O, "rail link")], "open"),
    ("go-ahead", "The steel merger was given the go-ahead by the Competition Commission.", "Competition Commission", [(S, "steel merger")], [(O, "steel merger")]),
    ("thumbs up", "The Farmers Union gave the thumbs up to the new milk quota.", "Farmers Union", [(S, "milk quota")], [(O, "milk quota")]),
    ("thumbs up", "Shareholders gave the thumbs up to the steel merger, and Mr Kent gave the thumbs up to the deal too.", "Kent", [(S, "deal")], [(O, "deal")]),
    ("blessing", "Ms Ward gave her blessing to the tram scheme.", "Ward", [(S, "tram scheme")], [(O, "tram scheme")]),
    ("blessing", "The Treasury has given its blessing to the mortgage scheme.", "Treasury", [(S, "mortgage scheme")], [(O, "mortgage scheme")]),
    ("blessing", "Germany gave its blessing to the steel quota on Wednesday.", "Germany", [(S, "steel quota")], [(O, "steel quota")]),
    ("welcome", "The Farmers Union gave the milk quota a cautious welcome.", "Farmers Union", [(S, "milk quota")], [(O, "milk quota")]),
    ("welcome", "Mr Kent gave a warm welcome to the tourist tax.", "Kent", [(S, "tourist tax")], [(O, "tourist tax")]),
    ("welcome", "Business leaders gave the budget a cautious welcome, and Ms Ward gave the fuel levy a guarded welcome.", "Ward", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("lend voice", "The Farmers Union lent its voice to the campaign against the milk quota.", "Farmers Union", [(O, "milk quota")], [(S, "milk quota")]),
    ("lend voice", "Ms Ward has lent her voice to calls for a sugar tax.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("lend weight", "Mr Kent lent his weight to the tram scheme.", "Kent", [(S, "tram scheme")], [(O, "tram scheme")]),
    ("sing praises", "Ms Ward sang the praises of the tram scheme.", "Ward", [(S, "tram scheme")], [(O, "tram scheme")]),
    ("sing praises", "The Bank of England has been singing the praises of the mortgage scheme.", "Bank of England", [(S, "mortgage scheme")], [(O, "mortgage scheme")]),
    ("heap praise", "Mr Kent heaped praise on the new pension reform.", "Kent", [(S, "pension reform")], [(O, "pension reform")]),
    ("defence", "Ms Ward came to the defence of the tourist tax.", "Ward", [(S, "tourist tax")], [(O, "tourist tax")]),
    ("defence", "The Farmers Union leapt to the defence of the milk quota.", "Farmers Union", [(S, "milk quota")], [(O, "milk quota")]),
    ("defence", "Senator Ada Lund rushed to the defence of the farm bill on Tuesday.", "Lund", [(S, "farm bill")], [(O, "farm bill")]),
    ("shoulder", "Ms Ward stood shoulder to shoulder with Mr Kent.", "Ward", [(S, "Kent")], [(O, "Kent")]),
    ("shoulder", "Britain stands shoulder to shoulder with the United States, the prime minister said.", "United Kingdom", [(S, "United States")], [(O, "United States")]),
    ("nod", "The Senate gave the nod to the farm bill.", "Senate", [(S, "farm bill")], [(O, "farm bill")]),
    ("stamp approval", "The Treasury put its stamp of approval on the mortgage scheme.", "Treasury", [(S, "mortgage scheme")], [(O, "mortgage scheme")]),
    ("lip service", "Ms Ward paid lip service to the minimum wage.", "Ward", [], [(S, "minimum wage")]),
    ("lip service", "The Farmers Union accused ministers of paying lip service to the milk quota.", "Minister", [], [(S, "milk quota")]),
    # phrasal verbs
    ("round on", "Mr Kent rounded on Ms Ward over the fuel levy.", "Kent", [(O, "Ward")], [(S, "Ward")], "open"),
    ("round on", "The Farmers Union rounded on the government's pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("round on", "Labour MPs have rounded on the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("distance", "Ms Ward distanced herself from the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("distance", "The Farmers Union has distanced itself from the milk quota.", "Farmers Union", [(O, "milk quota")], [(S, "milk quota")]),
    ("distance", "Germany sought to distance itself from the steel quota on Monday.", "Germany", [(O, "steel quota")], [(S, "steel quota")]),
    ("hit back", "Mr Kent hit back at the tourist tax.", "Kent", [(O, "tourist tax")], [(S, "tourist tax")], "open"),
    ("hit back", "Ms Ward hit back at Mr Kent, calling his plan reckless.", "Ward", [(O, "Kent"), (O, "plan")], [(S, "Kent")], "open"),
    ("lay into", "Mr Kent laid into the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("tear into", "The Farmers Union tore into the pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("lash out", "Ms Ward lashed out at the water charges.", "Ward", [(O, "water charges")], [(S, "water charges")]),
    ("speak up", "Mr Kent spoke up for the minimum wage.", "Kent", [(S, "minimum wage")], [(O, "minimum wage")]),
    ("stick up", "The Farmers Union stuck up for the milk quota.", "Farmers Union", [(S, "milk quota")], [(O, "milk quota")]),
    ("side with", "Germany sided with France over the steel quota.", "Germany", [(S, "France")], [(O, "France")]),
    ("back away", "The Treasury has backed away from the sugar tax.", "Treasury", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("line up behind", "Labour MPs lined up behind the welfare bill.", "Labour", [(S, "welfare bill")], [(O, "welfare bill")]),
    ("fall in behind", "The Farmers Union fell in behind the milk quota.", "Farmers Union", [(S, "milk quota")], [(O, "milk quota")]),
    ("weigh in behind", "Senator Ada Lund weighed in behind the farm bill.", "Lund", [(S, "farm bill")], [(O, "farm bill")]),
    ("get behind", "Ms Ward urged voters to get behind the tram scheme. Mr Kent got behind it too.", "Kent", [(S, "tram scheme")], [(O, "tram scheme")], "open"),
    ("sign off", "The Treasury signed off on the mortgage scheme.", "Treasury", [(S, "mortgage scheme")], [(O, "mortgage scheme")]),
    ("come down on", "Ms Ward came down hard on the tourist tax.", "Ward", [(O, "tourist tax")], [(S, "tourist tax")], "open"),
    ("turn down", "The Farmers Union turned down the new pay offer.", "Farmers Union", [(O, "pay offer")], [(S, "pay offer")]),
    ("turn down", "The takeover bid was turned down by the Farmers Union on Friday.", "Farmers Union", [(O, "takeover bid")], [(S, "takeover bid")], "open"),
    ("turn down", "Germany has turned down the steel quota, officials said.", "Germany", [(O, "steel quota")], [(S, "steel quota")]),
    ("deal blow", "The Senate dealt a blow to the farm bill.", "Senate", [(O, "farm bill")], [(S, "farm bill")]),
    ("deal blow", "The House of Lords dealt a heavy blow to the government's pension reform on Tuesday.", "House of Lords", [(O, "pension reform")], [(S, "pension reform")]),
    ("deal blow", "The weak growth figures dealt a blow to the pension reform.", "figures", [], [(O, "pension reform")]),
    ("outcry", "Labour MPs took part in the angry outcry over the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("outcry", "The Farmers Union led the outcry over the milk quota.", "Farmers Union", [(O, "milk quota")], [(S, "milk quota")]),
    ("outcry", "Ms Ward voiced her disapproval of the fuel levy on Monday.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("outcry", "Germany's hostility to the steel quota is well known.", "Germany", [(O, "steel quota")], [(S, "steel quota")]),
    ("outcry", "The fuel levy sparked a furore, and Mr Kent was quick to join it.", "Kent", [], [(S, "fuel levy")]),
    ("clash with", "Mr Kent clashed with Ms Ward over the fuel levy.", "Kent", [(O, "Ward")], [(S, "Ward")]),
    ("clash with", "Germany clashed with France over the steel quota on Monday.", "Germany", [(O, "France")], [(S, "France"), (O, "steel quota")]),
    ("clash with", "The Farmers Union has clashed with the government over the milk quota.", "Farmers Union", [(O, "government")], [(S, "government")]),
    # adjective and prepositional phrases
    ("up in arms", "Farmers are up in arms over the milk quota, and the Farmers Union is up in arms too.", "Farmers Union", [], [(S, "milk quota")]),
    ("up in arms", "The Farmers Union is up in arms over the pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("up in arms", "Labour MPs were up in arms about the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("at odds", "Ms Ward is at odds with Mr Kent over the fuel levy.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("at odds", "Germany has been at odds with France over the steel quota.", "Germany", [(O, "France")], [(S, "France")]),
    ("in favour", "Mr Kent is in favour of the tourist tax.", "Kent", [(S, "tourist tax")], [(O, "tourist tax")]),
    ("in favour", "The Farmers Union came out in favour of the milk quota.", "Farmers Union", [(S, "milk quota")], [(O, "milk quota")]),
    ("in favour", "Most Labour MPs are not in favour of the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("in favour", "Ms Ward did not voice support for the fuel levy.", "Ward", [], [(S, "fuel levy")]),
    ("in favour", "Mr Kent is not a supporter of the tourist tax.", "Kent", [], [(S, "tourist tax")]),
    ("in favour", "The Farmers Union has never been an opponent of the milk quota.", "Farmers Union", [], [(O, "milk quota")]),
    ("dead set", "Ms Ward is dead set against the congestion charge.", "Ward", [(O, "congestion charge")], [(S, "congestion charge")]),
    ("dead set", "The Farmers Union remains dead set against the pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("dead set", "Germany seems set against the steel quota, officials said.", "Germany", [(O, "steel quota")], [(S, "steel quota")], "open"),
    ("lukewarm", "Mr Kent has been lukewarm about the tram scheme.", "Kent", [(O, "tram scheme")], [(S, "tram scheme")]),
    ("lukewarm", "Germany is lukewarm about the steel quota.", "Germany", [(O, "steel quota")], [(S, "steel quota")]),
    ("no fan", "Ms Ward is no fan of the tourist tax.", "Ward", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("fan", "Mr Kent is a big fan of the tram scheme.", "Kent", [(S, "tram scheme")], [(O, "tram scheme")]),
    # pronoun holders
    ("pronoun", "Ms Ward leads the Green Party. She poured scorn on the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("pronoun", "The Farmers Union met on Monday. It gave the green light to the milk quota.", "Farmers Union", [(S, "milk quota")], [(O, "milk quota")]),
    ("pronoun", "Mr Kent spoke in Leeds. He took a swipe at the tourist tax.", "Kent", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("pronoun", "Germany met its partners on Friday. It pulled the plug on the steel quota.", "Germany", [(O, "steel quota")], [(S, "steel quota")]),
    # literal uses: no side
    ("literal", "The soldiers took aim at the target and fired.", "soldier", [], [(O, "target")]),
    ("literal", "Mr Kent pulled the plug on the bath and left the room.", "Kent", [], [(O, "bath")]),
    ("literal", "The driver put the brakes on the bus as it neared the bridge.", "driver", [], [(O, "bus")]),
    ("literal", "Firefighters poured cold water on the burning car.", "Firefighter", [], [(O, "car")]),
    ("literal", "Ms Ward turned her back on the sea and walked to the car.", "Ward", [], [(O, "sea")]),
    ("literal", "Mr Kent gave the green light to the driver at the crossing.", "Kent", [], [(S, "driver")]),
    ("literal", "The Treasury took issue number five of the bond on Monday.", "Treasury", [], [(O, "bond")]),
    ("literal", "The soldiers stood shoulder to shoulder in the rain.", "soldier", [], [(S, "rain")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="idiom not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("idiom, text, holder, sides, wrong", list(_params()))
def test_idiom_battery(build_text, idiom, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
