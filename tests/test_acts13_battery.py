"""A battery of sides taken by deeds (issue 10, session 13): measures brought in or lifted by the one who acts
("imposed tariffs on X", "lifted its ban on Y"), efforts put as the purpose of an act ("in a bid to cut the levy",
"to head off the tariffs"), announcements, requests and acts against an actor ("began proceedings against X"),
with the readings that must not appear nearby: figures announced, a firm's own business, a trip's purpose,
prices lifted, a fine imposed. Every sentence is invented (names, bodies and policies), BBC and wire style, with
the sides a careful reader takes (GUIDELINES.md). A case marked `open` is not read yet: it is counted, not
hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading[, "open"])
CASES = [
    # a measure brought in: its author backs it (FrameNet Imposing_obligation, Levying)
    ("impose", "The European Union imposed sanctions on Borduvia on Monday.", "European Union", [(S, "sanctions")], [(O, "sanctions")]),
    ("impose", "The council imposed a ban on smoking in parks.", "council", [(S, "ban on smoking")], [(O, "ban on smoking")]),
    ("impose", "The United States has imposed tariffs of 100 pct on Japanese cameras.", "United States", [(S, "tariffs")], [(O, "tariffs")]),
    ("impose", "Norland will impose a curfew on the capital from tonight, the interior ministry said.", "Norland", [(S, "curfew")], [(O, "curfew")]),
    ("impose", "The Treasury imposed a levy on bank profits last year.", "Treasury", [(S, "levy")], [(O, "levy")]),
    ("impose", "The Farmers Union said the government had imposed new quotas on milk.", "government", [(S, "quotas")], [(O, "quotas")]),
    ("impose", "Sanctions were imposed on Borduvia by the European Union in 2003.", "European Union", [(S, "sanctions")], [(O, "sanctions")]),
    ("impose", "The ban, imposed by the council in May, covers all city parks.", "council", [(S, "ban")], [(O, "ban")]),
    ("impose", "The European Union has not imposed sanctions on Borduvia.", "European Union", [], [(S, "sanctions")]),
    ("impose", "Labour brought in the smoking ban in 2006.", "Labour", [(S, "smoking ban")], [(O, "smoking ban")]),
    ("impose", "The Treasury introduced a windfall tax on oil firms in March.", "Treasury", [(S, "windfall tax")], [(O, "windfall tax")]),
    ("impose", "Congress enacted the steel quota in 1984.", "Congress", [(S, "steel quota")], [(O, "steel quota")]),
    ("impose", "Japan will reimpose its quota on rice imports, the farm ministry said.", "Japan", [(S, "quota")], [(O, "quota")]),
    ("impose-not", "The regulator imposed a fine of 2 mln dlrs on Norcast Steel.", "regulator", [], [(S, "Norcast"), (O, "Norcast")]),
    ("impose-not", "The new levy imposes a heavy burden on small farms, Mr Kent said.", "levy", [], [(S, "burden")]),
    ("impose-not", "Mr Kent imposed his authority on the party.", "Kent", [], [(S, "authority"), (S, "party")]),
    # a measure lifted or eased: its author acts against it
    ("lifting", "Britain has lifted its ban on beef imports.", "United Kingdom", [(O, "ban on beef imports")], [(S, "ban on beef imports")]),
    ("lifting", "The European Union lifted the embargo on Norland timber in 2004.", "European Union", [(O, "embargo")], [(S, "embargo")]),
    ("lifting", "The council will lift the curfew on Friday, Mayor Tom Reed said.", "council", [(O, "curfew")], [(S, "curfew")]),
    ("lifting", "Japan has eased its curbs on rice imports.", "Japan", [(O, "curbs")], [(S, "curbs")]),
    ("lifting", "The Treasury relaxed its controls on foreign exchange last year.", "Treasury", [(O, "controls on foreign exchange")], [(S, "controls on foreign exchange")]),
    ("lifting", "The United States removed the tariffs on Japanese goods in June.", "United States", [(O, "tariffs")], [(S, "tariffs")]),
    ("lifting", "Borduvia suspended its quota on steel imports for six months.", "Borduvia", [(O, "quota")], [(S, "quota")]),
    ("lifting", "The sanctions were lifted by the European Union in 2004.", "European Union", [(O, "sanctions")], [(S, "sanctions")]),
    ("lifting", "The European Union has refused to lift its embargo on Norland timber.", "European Union", [(S, "embargo")], [(O, "embargo")]),
    ("lifting", "The European Union will not lift the sanctions on Borduvia, its foreign ministers said.", "European Union", [], [(O, "sanctions")]),
    ("lifting", "Norland waived its tariffs on Borduvian wheat in March.", "Norland", [(O, "tariffs")], [(S, "tariffs")]),
    ("lifting-not", "Japan was forced to lift its ban on beef imports after the ruling.", "Japan", [], [(O, "ban on beef imports")]),
    ("lifting-not", "The council has been compelled to scrap the bridge toll by the courts.", "council", [], [(O, "bridge toll")]),
    ("lifting", "Mr Kent forced the council to scrap the bridge toll.", "Kent", [(O, "bridge toll")], [(S, "bridge toll")]),
    # an obligation that only may come ("may have to", "might have to", "could need to") is no side taken; one stated is
    ("obliged-maybe", "If it signs the pact, Norland may have to accept limits on its fishing fleet.", "Norland", [], [(S, "limits")]),
    ("obliged-maybe", "Borduvia might have to drop its tariffs on Norland wheat.", "Borduvia", [], [(O, "tariffs")]),
    ("obliged-maybe", "Ms Ada Lund could need to abandon the bridge toll.", "Lund", [], [(O, "bridge toll")]),
    ("obliged", "Borduvia has to scrap the wheat tariffs.", "Borduvia", [(O, "tariffs")], [(S, "tariffs")]),
    ("lifting-not", "Norcast Steel lifted its prices by 5 pct on Monday.", "Norcast", [], [(O, "prices"), (S, "prices")]),
    ("lifting-not", "Norcast Steel lifted its stake in Tonmark to 20 pct.", "Norcast", [], [(O, "stake"), (S, "stake")]),
    ("lifting-not", "The board removed Mr Kent as chairman on Friday.", "board", [], [(S, "Kent")]),
    ("lifting-not", "Norcast Steel eased its output in May as demand fell.", "Norcast", [], [(O, "output"), (S, "output")]),
    ("lifting-not", "The Bank of England lifted interest rates to 5 pct.", "Bank of England", [], [(O, "interest rates")]),
    ("lifting-not", "Borduvia suspended its membership of the trade group.", "Borduvia", [], [(S, "membership")]),
    # an attempt put as the purpose of an act: the actor backs the act (FrameNet Attempt, Purpose)
    ("attempt", "The Treasury cut the fuel levy in a bid to lower tariffs on imported oil.", "Treasury", [(S, "lower tariffs")], [(O, "lower tariffs")]),
    ("attempt", "Senator Ada Lund tabled an amendment in an effort to extend the subsidy for hill farmers.", "Lund", [(S, "extend the subsidy")], [(O, "extend the subsidy")]),
    ("attempt", "The Farmers Union went to court in an attempt to overturn the pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("attempt", "Labour MPs tabled a motion on Tuesday in a bid to scrap the bridge toll.", "Labour", [(O, "bridge toll"), (S, "scrap the bridge toll")], [(S, "bridge toll")]),
    ("attempt", "The Greens staged a protest outside parliament in an effort to block the third runway.", "Green", [(O, "third runway")], [(S, "third runway")], "open"),
    ("attempt", "Norland devalued its currency in a bid to cut its import tariffs.", "Norland", [(S, "cut its import tariffs"), (O, "import tariffs")], [(S, "import tariffs")]),
    ("attempt", "The Treasury sold its stake in the airline in an attempt to abolish the subsidy.", "Treasury", [(O, "subsidy"), (S, "abolish the subsidy")], [(S, "subsidy")]),
    ("attempt-not", "Norcast Steel made a bid for Tonmark in an effort to expand.", "Norcast", [], [(S, "expand")]),
    ("attempt-not", "Mr Kent flew to Paris in a bid to meet President Hale.", "Kent", [], [(S, "Hale"), (O, "Hale")]),
    ("attempt-not", "Norcast Steel cut 300 jobs in an effort to return to profit.", "Norcast", [], [(S, "return to profit"), (S, "profit")]),
    ("attempt-not", "Mr Kent toured the north in a bid to win votes.", "Kent", [], [(S, "win votes"), (S, "votes")]),
    ("attempt-not", "The Farmers Union dropped its attempt to overturn the pesticide ban.", "Farmers Union", [], [(O, "pesticide ban")]),
    # a harm headed off: the act put as its purpose is against it (FrameNet Preventing_or_letting)
    ("prevent", "Japan cut its car exports to head off the U.S. tariffs.", "Japan", [(O, "tariffs")], [(S, "tariffs")]),
    ("prevent", "Japan curbed its car exports to forestall tariffs on its cameras.", "Japan", [(O, "tariffs")], [(S, "tariffs")]),
    ("prevent", "The Treasury moved to avert a strike by rail workers.", "Treasury", [(O, "strike")], [(S, "strike")]),
    ("prevent", "The Farmers Union is trying to prevent a ban on the pesticide.", "Farmers Union", [(O, "ban on the pesticide")], [(S, "ban on the pesticide")]),
    ("prevent", "Mr Kent said he would do everything he could to stop the merger.", "Kent", [(O, "merger")], [(S, "merger")], "open"),
    ("prevent", "Norland agreed to curb its steel exports to stave off European quotas.", "Norland", [(O, "quotas")], [(S, "quotas")]),
    ("prevent", "The government acted to prevent a takeover of the steel firm by Tonmark.", "government", [(O, "takeover")], [(S, "takeover")]),
    ("prevent-not", "The new rules will prevent firms from dumping waste, Ms Ward said.", "Ward", [(S, "rules")], [(O, "rules")], "open"),
    ("prevent-not", "Mr Kent did not prevent the merger.", "Kent", [], [(O, "merger")]),
    ("prevent-foretold", "Mr Kent said the levy would prevent investment in the north.", "Kent", [(W, "levy")], [(S, "levy")]),
    ("prevent-foretold", "Mr Kent said the levy would block new investment, and farms would close.", "Kent", [(W, "levy")], [(S, "levy")]),
    ("prevent-foretold", "Ms Ward said the curfew would prevent crime in the city centre.", "Ward", [(S, "curfew")], [(W, "curfew"), (O, "curfew")]),
    ("prevent-foretold", "The Farmers Union warned that the quota could halt investment in dairy farms.", "Farmers Union", [(W, "quota")], [(S, "quota")]),
    # an announcement of a measure by its author: the author backs it (FrameNet Statement, announce)
    ("announce", "The Treasury announced a cut in the fuel levy.", "Treasury", [(S, "cut in the fuel levy")], [(O, "cut in the fuel levy")]),
    ("announce", "Ms Ward announced plans to scrap the bridge toll on Tuesday.", "Ward", [(O, "bridge toll"), (S, "scrap the bridge toll")], [(S, "bridge toll")]),
    ("announce", "Mr Kent announced that the fuel levy would be scrapped.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("announce", "Chancellor Tom Reed announced that firms may now deduct the levy from profits.", "Reed", [(S, "deduct the levy")], [(O, "deduct the levy")], "open"),
    ("announce", "The Trade Ministry announced new quotas on steel imports on Friday.", "Trade Ministry", [(S, "quotas")], [(O, "quotas")]),
    ("announce", "Norland unveiled a package of tax cuts for small firms.", "Norland", [(S, "tax cuts"), (S, "package")], [(O, "tax cuts")]),
    ("announce", "Ms Ward unveiled a proposal intended to shield pension savers.", "Ward", [(S, "proposal")], [(O, "proposal")]),
    ("announce", "The government launched a campaign to cut the use of plastic bags.", "government", [(S, "cut the use"), (S, "campaign")], [(O, "campaign")]),
    ("announce", "Mr Kent announced that the fuel levy would be cut from April.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("announce", "The Treasury insisted the bridge toll would be reduced next year.", "Treasury", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("announce", "Ms Ward confirmed on Tuesday that the ban on beef imports would be lifted in May.", "Ward", [(O, "ban on beef imports")], [(S, "ban on beef imports")]),
    ("announce", "Mr Kent announced that the fuel levy would be raised.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("announce-not", "Norcast Steel announced that 300 jobs would be cut at its Leeds plant.", "Norcast", [], [(S, "jobs"), (S, "plant")]),
    ("announce-not", "Mr Kent said the ban on beef imports would be eased next year.", "Kent", [], [(S, "ban on beef imports")]),
    ("announce-not", "Ms Ward said the controls on foreign exchange would be relaxed in March.", "Ward", [], [(S, "controls")]),
    ("announce-not", "Norcast Steel announced profits of 3 mln dlrs for the year.", "Norcast", [], [(S, "profits")]),
    ("announce-not", "The Treasury announced the trade figures on Monday.", "Treasury", [], [(S, "trade figures")]),
    ("announce-not", "Norcast Steel announced plans to build a plant in Wales.", "Norcast", [], [(O, "plant")]),
    ("announce-not", "Mr Kent announced his resignation on Friday.", "Kent", [], [(O, "resignation")]),
    # a request: the one who asks backs what is asked for (FrameNet Request)
    ("request", "The Trade Ministry had requested curbs on car exports.", "Trade Ministry", [(S, "curbs")], [(O, "curbs")]),
    ("request", "The Farmers Union has requested a review of the fuel levy.", "Farmers Union", [(S, "review")], [(O, "review")], "open"),
    ("request", "Norland asked for a cut in the steel quota.", "Norland", [(S, "cut in the steel quota")], [(O, "cut in the steel quota")]),
    ("request", "The Greens demanded a ban on diesel cars.", "Green", [(S, "ban on diesel cars")], [(O, "ban on diesel cars")]),
    ("request", "Mr Kent sought a freeze on council tax.", "Kent", [(S, "freeze on council tax")], [(O, "freeze on council tax")]),
    ("request-not", "The Farmers Union asked for more time to study the plan.", "Farmers Union", [], [(S, "plan"), (O, "plan")]),
    ("request-not", "Mr Kent requested a meeting with Ms Ward.", "Kent", [], [(S, "Ward"), (O, "Ward")]),
    # acts against an actor: legal steps, complaints, a rival candidate (FrameNet Legal proceedings, Attack)
    ("against", "The Securities Board filed a lawsuit against Norcast Steel and its chairman Tom Reed on Monday.", "Securities Board", [(O, "Norcast")], [(S, "Norcast")]),
    ("against", "The Securities Board filed a lawsuit against Norcast Steel and its chairman Tom Reed on Monday.", "Securities Board", [(O, "Reed")], [(S, "Reed")]),
    ("against", "The Farmers Union filed a complaint against Mr Kent with the ethics committee.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("against", "Tonmark has launched a lawsuit against Norcast Steel over the patent.", "Tonmark", [(O, "Norcast")], [(S, "Norcast")]),
    ("against", "The Greens will put up a rival to Transport Minister Ann Ward in Leeds North.", "Green", [(O, "Ward")], [(S, "Ward")], "open"),
    ("against", "The Farmers Union will campaign against Mr Kent at the election.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("against", "Norland imposed tariffs on Borduvian wine in retaliation for Borduvia's ban on Norland beef.", "Norland", [(O, "Borduvia"), (O, "ban on norland beef")], [(S, "Borduvia")]),
    ("against-not", "The Securities Board filed a lawsuit against Norcast Steel and its chairman Tom Reed on Monday.", "Norcast", [], [(O, "Reed"), (S, "Reed")]),
    ("retaliation", "The United States imposed tariffs on Borduvian wine in retaliation for Borduvia's breach of the trade pact.", "United States", [(O, "Borduvia")], [(S, "Borduvia")]),
    ("retaliation", "Borduvia has threatened retaliation against the United States.", "Borduvia", [(O, "United States")], [(S, "United States")]),
    ("retaliation", "Borduvia retaliated against the U.S. tariffs by banning American beef.", "Borduvia", [(O, "tariffs")], [(S, "tariffs")]),
    ("retaliation", "The European Union raised duties on Norland steel on Monday in retaliation for the dumping of cheap Norland chips.", "European Union", [(O, "dumping")], [(S, "dumping")]),
    ("retaliation", "U.S. officials said the sanctions were imposed in reprisal for Borduvia's nuclear tests.", "U.S.", [(O, "Borduvia")], [(S, "Borduvia")]),
    ("retaliation-not", "Borduvia feared retaliation from the United States.", "Borduvia", [], [(O, "United States"), (S, "United States")]),
    ("retaliation-not", "Mr Kent said he had been sacked in retaliation for his criticism of the board.", "Kent", [], [(S, "board"), (O, "criticism")]),
    ("against", "Mr Kent said he would run against Senator Ada Lund in the Ohio primary next year.", "Kent", [(O, "Lund")], [(S, "Lund")]),
    ("against", "Ms Ward has stood against the fuel levy from the start.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Tom Reed, a former soldier, will stand against Mr Kent in his own seat.", "Reed", [(O, "Kent")], [(S, "Kent")]),
    ("against-not", "Mr Kent has decided not to stand against Ms Ward.", "Kent", [], [(O, "Ward"), (S, "Ward")]),
    ("against-not", "The pound stood at 1.80 dlrs against the dollar on Friday.", "pound", [], [(O, "dollar")]),
    ("confidence", "The Farmers Union passed a vote of no confidence in Mr Kent on Sunday.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("confidence", "Labour MPs tabled a motion of no confidence in the Speaker, Tom Reed.", "Labour", [(O, "Reed")], [(S, "Reed")]),
    ("confidence", "The Farmers Union has lost confidence in Mr Kent, its chairman said.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("confidence", "The Greens said they had no confidence in Mr Kent.", "Green", [(O, "Kent")], [(S, "Kent")]),
    ("confidence", "The Farmers Union expressed confidence in Mr Kent.", "Farmers Union", [(S, "Kent")], [(O, "Kent")]),
    ("confidence-not", "Investors have lost confidence in the dollar.", "Investors", [], [(O, "dollar")]),
    ("confidence-not", "The Greens lost their confidence in the spring, Mr Kent said.", "Green", [], [(O, "spring"), (S, "spring")]),
    ("confidence-not", "Mr Kent survived a vote of no confidence on Tuesday.", "Kent", [], [(O, "confidence")]),
    ("against-not", "Mr Kent won the seat against Ms Ward by 300 votes.", "Kent", [], [(O, "Ward")]),
    ("against-not", "Norcast Steel insured its plants against floods.", "Norcast", [], [(O, "floods")]),
    ("against-not", "The pound rose against the dollar on Monday.", "pound", [], [(O, "dollar")]),
    # work toward a plan by its authors, and a plan spelled out by its author
    ("work", "Ms Ward's team has been drafting the plan to cut the fuel levy since May.", "Ward", [(S, "plan"), (S, "cut the fuel levy")], [(O, "plan")], "open"),
    ("work", "Ms Ward drew up the plan to scrap the bridge toll.", "Ward", [(S, "plan"), (O, "bridge toll")], [(S, "bridge toll")]),
    ("work", "The Farmers Union is pressing ahead with its plan to block the pesticide ban.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("work-not", "Mr Kent worked on the farm for ten years.", "Kent", [], [(S, "farm")]),
    ("work-not", "Norcast Steel is working on a plan to build a plant in Wales.", "Norcast", [], [(O, "plant")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_acts13_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
