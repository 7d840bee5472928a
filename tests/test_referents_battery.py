"""A battery of sides whose holder or target is named in another sentence (issue 10, session 11): a pronoun
or a definite description ("the minister", "the union", "the company") holding a side named before; the
speaker of a quotation named in the sentence before or after it, or once for a quotation of several
sentences; a target that points back ("the plan", "the move", "the decision", "it", "such a tax") at the
policy named earlier. Two- and three-sentence passages, every one our own (invented names and policies),
with the triples a careful reader takes (GUIDELINES.md) and no other: a side given to the wrong antecedent
is a false edge. Cases this release does not read yet are marked xfail, so the battery counts them without
failing the suite.
"""
from __future__ import annotations

import pytest
from conftest import alias_battery, assert_scored

B: list = []


def c(kind, text, *edges):
    B.append((kind, text, [(h, r, a if isinstance(a, list) else [a]) for h, r, a in edges]))


LEVY = ["fuel levy"]
# A. a pronoun holds the side: the person or body named before, not another one in the passage
c("pronoun", "Mr Kent, the farm minister, spoke in Leeds on Monday. He opposed the fuel levy.", ("Kent", "opposes", LEVY))
c("pronoun", "Ms Ward met farmers in York. She later criticised the fuel levy.", ("Ward", "opposes", LEVY))
c("pronoun", "Ms Ward met Mr Kent on Friday. He later criticised the fuel levy.", ("Kent", "opposes", LEVY))
c("pronoun", "Ms Ward met Mr Kent on Friday. She later attacked the fuel levy.", ("Ward", "opposes", LEVY))
c("pronoun", "Senator Ada Lund returned from Brussels on Tuesday. She said she would vote against the water tax.",
  ("Ada Lund", "opposes", ["water tax"]))
c("pronoun", "The Farmers Union held its annual conference in Leeds. It said it opposed the fuel levy.", ("Farmers Union", "opposes", LEVY))
c("pronoun", "The Farmers Union held its annual conference in Leeds. It also stated that it was opposed to the fuel levy.", ("Farmers Union", "opposes", LEVY))
c("pronoun", "The Farmers Union held talks with Mr Kent. It later condemned the fuel levy.", ("Farmers Union", "opposes", LEVY))
c("pronoun", "Mr Kent and Ms Ward toured the flooded farms. They demanded a flood relief fund.",
  ("Kent", "supports", ["flood relief fund"]), ("Ward", "supports", ["flood relief fund"]))
c("pronoun", "Mr Kent has led the Farmers Union since 2019. He has long campaigned against the fuel levy.", ("Kent", "opposes", LEVY))
c("pronoun", "Mr Kent was re-elected last year. He now says he backs the rail subsidy.", ("Kent", "supports", ["rail subsidy"]))
c("pronoun", "Ms Ward, a former banker, joined the cabinet in May. She has warned that the water tax would hurt families.",
  ("Ward", "warns", ["water tax"]))
c("pronoun", "Mr Kent said he had spoken to Ms Ward. He said he still supported the fuel levy.", ("Kent", "supports", LEVY))
c("pronoun", "Kent Motors reported higher profits on Monday. It warned that the fuel levy would hurt exports.", ("Kent Motors", "warns", LEVY))

# B. a definite description holds the side: the one actor of that kind named before
c("description", "Ms Ward, the farm minister, visited Leeds on Monday. The minister criticised the fuel levy.", ("Ward", "opposes", LEVY))
c("description", "Ms Ward, the farm minister, visited Leeds on Monday. The minister said the fuel levy was a mistake.", ("Ward", "opposes", LEVY))
c("description", "Kent Motors posted higher profits on Monday. The company said it opposed the fuel levy.", ("Kent Motors", "opposes", LEVY))
c("description", "Kent Motors posted higher profits on Monday. The carmaker warned that the fuel levy would hurt exports.", ("Kent Motors", "warns", LEVY))
c("description", "The Farmers Union met in Leeds on Tuesday. The union rejected the fuel levy.", ("Farmers Union", "opposes", LEVY))
c("description", "The Farmers Union says the fuel levy is unfair. The union also opposes the water tax.",
  ("Farmers Union", "opposes", LEVY), ("Farmers Union", "opposes", ["water tax"]))
c("description", "Save Our Fields was set up last year. The group has campaigned against the new bypass.", ("Save Our Fields", "opposes", ["new bypass", "bypass"]))
c("description", "Northgate Bank cut its rates on Monday. The bank said it backed the rate cap.", ("Northgate Bank", "supports", ["rate cap"]))
c("description", "Senator Ada Lund spoke after the vote. The senator said she opposed the water tax.", ("Ada Lund", "opposes", ["water tax"]))
c("description", "Kent Motors reported a loss. The firm blamed the fuel levy.", ("Kent Motors", "opposes", LEVY))

# C. the speaker of a quotation is named in the sentence before or after, or once for several sentences
c("quote", 'Mr Kent spoke at a meeting in Leeds. He said: "We oppose the fuel levy. It will ruin farmers."',
  ("Kent", "opposes", LEVY), ("Kent", "warns", LEVY))
c("quote", '"The fuel levy is a disaster. We will fight it all the way," said Mr Kent.', ("Kent", "opposes", LEVY),
  ("Kent", "opposes", LEVY))
c("quote", 'Mr Kent attacked the fuel levy. "It is a tax on jobs," he said.', ("Kent", "opposes", LEVY))
c("quote", 'Ms Ward said the water tax was unfair. "We shall vote against the fuel levy too," she added.',
  ("Ward", "opposes", ["water tax"]), ("Ward", "opposes", LEVY))
c("quote", 'Ms Ward spoke on Tuesday. "I back the rail subsidy," she said.', ("Ward", "supports", ["rail subsidy"]))
c("quote", 'Mr Kent said: "The water tax is unfair."', ("Kent", "opposes", ["water tax"]))
c("quote", 'Mr Kent, the farm minister, was blunt. "We reject the water tax," he said. "It would ruin us."',
  ("Kent", "opposes", ["water tax"]), ("Kent", "warns", ["water tax"]))
c("quote", '"We support the rail subsidy," the Farmers Union said in a press release.', ("Farmers Union", "supports", ["rail subsidy"]))
c("quote", 'Ms Ward spoke after the vote. "I welcome the rail subsidy. It is a boost to the north," she said.',
  ("Ward", "supports", ["rail subsidy"]), ("Ward", "supports", ["rail subsidy"]))
c("quote", 'Mr Kent told reporters the water tax was a mistake. "We will repeal it," he added.', ("Kent", "opposes", ["water tax"]),
  ("Kent", "opposes", ["water tax"]))
c("quote-it", 'The Farmers Union met on Monday. "We oppose the water tax," it said.', ("Farmers Union", "opposes", ["water tax"]))
c("quote-it", 'Kent Motors reported a loss on Monday. "The fuel levy will hurt our exports," it said.', ("Kent Motors", "warns", LEVY))
c("quote-it", 'Northgate Bank cut its rates in May. "The fuel levy is a mistake," it said in a press release.',
  ("Northgate Bank", "opposes", ["fuel levy"]))
c("quote-it", 'The Farmers Union rejected the plan on Monday. "We will fight the water tax in every court," it said.',
  ("Farmers Union", "opposes", ["water tax"]))
c("quote-it", 'Kent Motors closed two plants last year. "We cannot accept the fuel levy. It is a tax on exports," it said.',
  ("Kent Motors", "opposes", LEVY))

# D. a target that points back at the policy named before
c("pointer", "The government announced a fuel levy on Monday. Mr Kent condemned the move.",
  ("government", "supports", LEVY), ("Kent", "opposes", LEVY))
c("pointer", "The government announced a fuel levy on Monday. The Farmers Union predicted the move would hurt farmers.",
  ("government", "supports", LEVY), ("Farmers Union", "warns", LEVY))
c("pointer", "The government announced a fuel levy on Monday. The Farmers Union said it would fight the proposal.",
  ("government", "supports", LEVY), ("Farmers Union", "opposes", LEVY))
c("pointer", "Mr Kent proposed a fuel levy on Monday. Ms Ward said she backed the idea.",
  ("Kent", "supports", LEVY), ("Ward", "supports", LEVY))
c("pointer", "Mr Kent proposed a fuel levy on Monday. Ms Ward said she backed it.",
  ("Kent", "supports", LEVY), ("Ward", "supports", LEVY))
c("pointer", "Mr Kent proposed a fuel levy on Monday. The Farmers Union opposes it.",
  ("Kent", "supports", LEVY), ("Farmers Union", "opposes", LEVY))
c("pointer", "The government wants a fuel levy. Critics say such a tax would hurt farmers.",
  ("government", "supports", LEVY), ("critics", "warns", LEVY))
c("pointer", "The government announced a fuel levy on Monday. Mr Kent condemned the decision.",
  ("government", "supports", LEVY), ("Kent", "opposes", LEVY))
c("pointer", "The government announced a fuel levy on Monday. The Farmers Union said the decision was a betrayal.",
  ("government", "supports", LEVY), ("Farmers Union", "opposes", LEVY))
c("pointer", "The council approved a water tax last week. Ms Ward welcomed the decision.",
  ("council", "supports", ["water tax"]), ("Ward", "supports", ["water tax"]))
c("pointer", "The council approved a water tax last week. Mr Kent said he would challenge the decision in court.",
  ("council", "supports", ["water tax"]), ("Kent", "opposes", ["water tax"]))
c("pointer", "The government introduced a water tax in May. Ms Ward warned that the decision would hurt families.",
  ("government", "supports", ["water tax"]), ("Ward", "warns", ["water tax"]))
c("pointer", "The government introduced a water tax in May. Mr Kent denied that the decision was a mistake.",
  ("government", "supports", ["water tax"]), ("Kent", "supports", ["water tax"]))
c("pointer", "The council approved a water tax last week. Ms Ward called the decision unfair.",
  ("council", "supports", ["water tax"]), ("Ward", "opposes", ["water tax"]))
c("pointer", "The council voted to close the Leeds library. Ms Ward welcomed the decision.",
  ("council", "supports", ["close the Leeds library"]), ("Ward", "supports", ["close the Leeds library"]))
c("pointer", "Ministers plan to close three rural courts. Mr Kent condemned the plan.",
  ("Ministers", "supports", ["close three rural courts"]), ("Kent", "opposes", ["close three rural courts"]))
c("pointer", "The Treasury unveiled a sugar tax on Monday. Ms Ward said the measure was long overdue.",
  ("Treasury", "supports", ["sugar tax"]), ("Ward", "supports", ["sugar tax"]))
c("pointer", "The Treasury unveiled a sugar tax on Monday. Mr Kent said the proposals would hit poor families.",
  ("Treasury", "supports", ["sugar tax"]), ("Kent", "warns", ["sugar tax"]))
c("pointer", "The council imposed a parking tax in March. Traders say the move could drive shoppers away.",
  ("council", "supports", ["parking tax"]), ("Traders", "warns", ["parking tax"]))
c("pointer", "The government introduced a fuel levy last year. The Farmers Union has fought the levy ever since.",
  ("government", "supports", LEVY), ("Farmers Union", "opposes", LEVY))
# a pointer back at an act that undoes a thing: the side on the act is the other side on the thing (the node)
TOLL = ["bridge toll"]
c("pointer-undo", "The government wants to scrap the bridge toll. Mr Kent opposes the plan.",
  ("government", "opposes", TOLL), ("Kent", "supports", TOLL))
c("pointer-undo", "The government wants to scrap the bridge toll. Mr Kent welcomed the move.",
  ("government", "opposes", TOLL), ("Kent", "opposes", TOLL))
c("pointer-undo", "The government abolished the bridge toll. Mr Kent condemned the decision.",
  ("government", "opposes", TOLL), ("Kent", "supports", TOLL))
c("pointer-undo", "Ministers want to abolish the bridge toll. Ms Ward said the change was long overdue.",
  ("government", "opposes", TOLL), ("Ward", "opposes", TOLL))
c("pointer-undo", "Mr Kent proposed a fuel levy. Ms Ward opposes the plan.", ("Kent", "supports", LEVY), ("Ward", "opposes", LEVY))
c("pointer-undo", "The government wants to scrap the bridge toll. Mr Kent predicted the move would hurt the council.",
  ("government", "opposes", TOLL))

# E. the wrong antecedent must not take the side
c("not-wrong", "Mr Kent proposed a fuel levy on Monday. Ms Ward said she had never met him.", ("Kent", "supports", LEVY))
c("not-wrong", "Ms Ward backs the rail subsidy. Mr Kent, her rival, opposes it.",
  ("Ward", "supports", ["rail subsidy"]), ("Kent", "opposes", ["rail subsidy"]))
c("not-wrong", "The council approved a water tax. Mr Kent announced his decision to retire. He said the decision was final.",
  ("council", "supports", ["water tax"]))
c("not-wrong", "Ms Ward welcomed the rail subsidy. The Farmers Union said it needed a month to study the plan.",
  ("Ward", "supports", ["rail subsidy"]))
c("not-wrong", "The ministry ordered banks to cut their loans. Kent Motors said the order would hurt its exports.",
  ("ministry", "supports", ["cut their loans"]), ("Kent Motors", "warns", ["cut their loans"]))
c("not-wrong", 'Farm incomes fell last year. "The Vane Commission is wrong to back the fuel levy," it said.')
c("not-wrong", 'The Farmers Union met Kent Motors on Monday. "We oppose the water tax," it said.')
c("not-wrong", 'Farm incomes fell last year. "The claim by the Vane Commission is wrong. The fuel levy must not rise," it said.')
c("not-wrong", "Mr Kent resigned on Monday. Ms Ward said she regretted the decision.")
c("not-wrong", "The council approved a water tax in May. Last week a court ruled against Mr Kent in a libel case. Ms Ward welcomed the decision.",
  ("council", "supports", ["water tax"]))
c("not-wrong", "The council approved a water tax. Ms Ward criticised the decision of the court to fine Mr Kent.",
  ("council", "supports", ["water tax"]))
c("not-wrong", "The council backed the fuel levy. Kent Motors reported a loss.", ("council", "supports", LEVY))
# a body named only inside its officer's title is the one "the union" or "the bank" of that sentence points at
# (the president who says what the union will do speaks for it: spoken_for.py)
c("title-body", "Mr Kent, president of the Farmers Union, said the union would oppose the fuel levy.", ("Farmers Union", "opposes", LEVY))
c("title-body", "Farmers Union president Tom Kent said the union would fight the fuel levy.", ("Farmers Union", "opposes", LEVY),
  ("Kent", "opposes", LEVY))
c("title-body", "Kestrel Bank chief economist Ada Lund said the bank backed the water tax.", ("Kestrel Bank", "supports", ["water tax"]))
c("title-body", "Tom Kent, a former Farmers Union president, said the council would oppose the fuel levy.", ("council", "opposes", LEVY))
c("not-wrong", "The ministry backed the water tax on Monday. The Farmers Union reported a drop in members.", ("ministry", "supports", ["water tax"]))
c("not-wrong", "The commission rejected the rail subsidy. Northgate Bank said it would cut jobs.", ("commission", "opposes", ["rail subsidy"]))
c("description", "The water tax must go, the ministry has said. In a report, the Ministry of Farming says the tax hurts growers.",
  ("Ministry of Farming", "opposes", ["water tax"]), ("Ministry of Farming", "opposes", ["water tax"]))

# sentences the extractor does not read yet (the failure counted, by construction, in the battery's summary)
KNOWN: set[str] = {
    'The commission rejected the rail subsidy. Northgate Bank said it would cut jobs.',
    'Ministers plan to close three rural courts. Mr Kent condemned the plan.',
    'Save Our Fields was set up last year. The group has campaigned against the new bypass.',
    'The council approved a water tax. Mr Kent announced his decision to retire. He said the decision was final.',
    'The government announced a fuel levy on Monday. The Farmers Union said the decision was a betrayal.',
    'The government introduced a water tax in May. Mr Kent denied that the decision was a mistake.',
}


@pytest.mark.parametrize("kind, text, expected", alias_battery(B, KNOWN))
def test_battery(build_text, kind, text, expected):
    assert_scored(build_text(text), expected)
