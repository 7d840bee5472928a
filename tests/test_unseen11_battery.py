"""A third battery of misreadings found by judging, by hand, graphs of real news articles no rule was tuned on
(issue 10, session 11): the one warned taken for what one warns about; a wish that a thing go or stay read as
backing it ("in favour of the levy disappearing"); an attempt nobody owns, warned about, given to the one who
warns; an election campaign read as a campaign for its candidate; the broadcast where one spoke taken for the
thing one insists on, and its name carried into a position's label; a clause ("which come into force on ...",
"as very important") carried into a label; parts of a title or of a speaker's job taken for holders; and a firm's
business read as a side taken. Every sentence is our own (invented names, firms and policies). Each case names
the triples a careful reader takes (GUIDELINES.md) that must appear, and the misreading that must not; cases not
read yet are non-strict xfail with the reason.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. "warned ministers about/of X": the ones warned are told; what they are warned about is the target
c("addressee", "The Farmers Union warned ministers of the dangers of the fuel levy.",
  want=[("Farmers Union", "warns", "fuel levy")], never=[("Farmers Union", None, "government")])
c("addressee", "Senator Ada Lund faces a revolt. The Farmers Union warned Ms Lund and Mr Ivo Marek about the dangers of the fuel levy.",
  want=[("Farmers Union", "warns", "fuel levy")], never=[("Farmers Union", None, "Lund"), ("Farmers Union", None, "Marek")])
c("addressee", "Ada Lund and Ivo Marek lead the party. With the election expected in May, the Farmers Union this week warned "
               "Ms Lund and Mr Marek about the dangers of a split.",
  never=[("Farmers Union", None, "Lund"), ("Farmers Union", None, "Marek")])
c("addressee", "Senator Ada Lund met the union. The Farmers Union cautioned Ms Lund against raising the fuel levy.",
  want=[("Farmers Union", "warns", "fuel levy")], never=[("Farmers Union", None, "Lund")])
c("addressee", "The Farmers Union warned the government about the fuel levy.", want=[("Farmers Union", "warns", "fuel levy")],
  never=[("Farmers Union", None, "government")])
c("addressee", "The Farmers Union warned the government over the fuel levy on Monday.",
  want=[("Farmers Union", "warns", "fuel levy")], never=[("Farmers Union", None, "government")])
c("addressee", "The Farmers Union warned ministers that the fuel levy would ruin farms.",
  want=[("Farmers Union", "warns", "fuel levy")], never=[("Farmers Union", None, "government")])
c("addressee", "Senator Ada Lund warned President Ivo Marek about the risks of a trade war.",
  want=[("Ada Lund", "warns", "trade war")], never=[("Ada Lund", None, "Marek")])
c("addressee", "The bankers warned the leaders of the party about the costs of the rail subsidy.",
  want=[("bankers", "warns", "rail subsidy")], never=[(None, None, "party")])
c("addressee", "Ms Ward warned of the dangers of the fuel levy.", want=[("Ward", "warns", "fuel levy")])
c("addressee", "Mr Kent, the leader of the Farmers Union, warned against the fuel levy.", want=[("Kent", "warns", "fuel levy")])

c("addressee", "Ms Ward warned that a review of the fuel levy was still needed.", want=[("Ward", "supports", "review")],
  never=[("Ward", "warns", None)])
c("addressee", "Ms Ward warned that new safeguards were needed before the bridge toll could start.",
  want=[("Ward", "supports", "safeguards")], never=[("Ward", "warns", "safeguards")])
c("addressee", "Ms Ward warned that a cap on fares must be introduced.", want=[("Ward", "supports", "cap on fares")],
  never=[("Ward", "warns", None)])
c("addressee", "Ms Ward warned that the fuel levy would ruin farms.", want=[("Ward", "warns", "fuel levy")])

# B. a wish that a thing go, end or disappear is against it; that it stay, for it
c("fate", "Ms Ward said she was strongly in favour of the fuel levy disappearing.", want=[("Ward", "opposes", "fuel levy")],
  never=[("Ward", "supports", None)])
c("fate", "\"I am in favour of these exams disappearing by 2010,\" said Mr Kent, the schools chief.",
  never=[("Kent", "supports", None)])
c("fate", "The Farmers Union wants the fuel levy to go.", want=[("Farmers Union", "opposes", "fuel levy")],
  never=[("Farmers Union", "supports", None)])
c("fate", "The Greens have called for the bridge toll to end next year.", want=[("Green", "opposes", "bridge toll")],
  never=[("Green", "supports", None)])
c("fate", "Ms Ward is in favour of the bridge toll staying.", want=[("Ward", "supports", "bridge toll")],
  never=[("Ward", "opposes", None)], why="the parser makes both words of the gerund's subject compounds of it: label 'toll'")
c("fate", "Mr Kent wants the rail subsidy to stay.", want=[("Kent", "supports", "rail subsidy")], never=[("Kent", "opposes", None)])
c("fate", "Ms Ward said the fuel levy should go.", want=[("Ward", "opposes", "fuel levy")])
c("fate", "Ms Ward is in favour of scrapping the fuel levy.", want=[("Ward", None, "fuel levy")])
c("fate", "Ms Ward is in favour of the fuel levy.", want=[("Ward", "supports", "fuel levy")])

# C. an attempt or effort nobody owns, warned about, is no side of the one who warns
c("attempt", "The OECD warned that attempts to curb the trade deficit could cause difficulties.",
  never=[("OECD", "supports", None)])
c("attempt", "The central bank warned that attempts to cut the budget deficit too fast could hurt growth.",
  never=[("central bank", "supports", None)])
c("attempt", "The IMF warned that efforts to cut the budget deficit could hurt growth.", never=[("IMF", "supports", None)])
c("attempt", "The OECD warned that growth could be threatened by attempts to curb the trade deficit.",
  never=[("OECD", "supports", None)])
c("attempt", "The OECD backed attempts to curb the trade deficit.", want=[("OECD", "supports", "curb the trade deficit")],
  why="'backed attempts to X': the backing of an attempt is not read through to its act")
c("attempt", "The OECD said its attempts to curb the trade deficit were working.", want=[("OECD", "supports", "trade deficit")])
c("attempt", "The Bundesbank warned that Germany's efforts to cut its budget deficit posed huge risks.",
  want=[("Germany", "supports", "budget deficit"), ("Bundesbank", "warns", "budget deficit")])

# D. an election, advertising or poster campaign is no campaign for or against a thing
c("campaign", "The channel will not fund the election campaign for the eventual winner.", never=[(None, None, "winner")])
c("campaign", "Channel Nine will not fund the election campaign for the eventual winner.", never=[(None, None, "winner")])
c("campaign", "The Greens will fund the election campaign for their candidate in Leeds.", never=[("Green", None, "candidate")])
c("campaign", "The Greens launched their election campaign in Leeds on Monday.", never=[("Green", None, None)])
c("campaign", "Brightmart is running an advertising campaign for its new loyalty card.", never=[("Brightmart", None, None)])
c("campaign", "The Greens launched a poster campaign for the general election.", never=[("Green", None, "election")])
c("campaign", "The Farmers Union launched a campaign for a cut in the fuel levy.",
  want=[("Farmers Union", "supports", "fuel levy")])
c("campaign", "The Farmers Union will campaign against the fuel levy.", want=[("Farmers Union", "opposes", "fuel levy")])
c("campaign", "Ms Ward led the campaign against the bridge toll.", want=[("Ward", "opposes", "bridge toll")])

# E. a title's parts and a speaker's employer are no holders
c("holder", "Minister for Children, Young People and Families Ann Ward said the new plans would ban junk food in schools.",
  never=[("Young People", None, None), ("Families", None, None)])
c("holder", "Minister for Children, Young People and Families Ann Ward said she backed the junk food ban.",
  want=[("Ann Ward", "supports", "junk food ban")], never=[("Young People", None, None)])
c("holder", "Carol Kent, Channel Nine's political correspondent, said: \"There is a real concern that this could hurt the fuel levy.\"",
  never=[("Channel Nine", None, None)])
c("holder", "Ben Hale, BBC News 24 political editor, said the rift was bad news for the fuel levy.",
  never=[("BBC News", None, None)])
c("holder", "Ann Ward, Greenpeace's energy spokeswoman, said she opposed the new coal plant.",
  want=[("Ann Ward", "opposes", "coal plant")])
c("holder", "The Farmers Union's spokesman, Ben Hale, said the union opposed the fuel levy.",
  want=[("Farmers Union", "opposes", "fuel levy")])

# F. the broadcast where one spoke is no position, and no part of one
c("venue", "\"Any of them would make fine MPs,\" Ms Ward insisted on Radio Nine's Morning Hour programme.",
  never=[("Ward", None, "programme")])
c("venue", "Ms Ward insisted on the Sure Start programme.", want=[("Ward", "supports", "Sure Start programme")])
c("venue", "\"The levy is a mistake,\" Mr Kent insisted on Channel Nine's Sunday Politics show.",
  never=[("Kent", None, "show")])
c("venue", "Mr Kent criticised the reported rift between the pair on Channel Nine's Sunday Politics Show.",
  want=[("Kent", "opposes", "rift")], never=[("Kent", None, "Sunday Politics")])
c("venue", "Former minister Ben Hale criticised the reported rivalry between the pair on Channel Nine's Sunday Programme.",
  want=[("Ben Hale", "opposes", "rivalry")], never=[(None, None, "Sunday Programme")])
c("venue", "Ms Ward backed the ban on the Midnight Hour show.", want=[("Ward", "supports", "ban on the Midnight Hour show")])
c("venue", "Ms Ward attacked the fuel levy on Radio Nine's Morning Hour programme.", want=[("Ward", "opposes", "fuel levy")],
  never=[("Ward", None, "Morning Hour")])
c("venue", "Ms Ward told the Morning Hour programme she backed the fuel levy.", want=[("Ward", "supports", "fuel levy")],
  never=[("Ward", None, "Morning Hour")])
c("venue", "Mr Kent insisted on a full inquiry into the fuel levy.", want=[("Kent", "supports", "inquiry")],
  why="'insisted on' + a noun is not read as the phrasal cue")
c("venue", "Mr Kent criticised the plan on the radio.", never=[("Kent", None, "radio")])
c("venue", "\"The show is a disgrace,\" Mr Kent told Radio Nine's Morning Hour programme. Ms Ward spoke on the Morning Hour programme too.",
  never=[("Ward", None, "Morning Hour")])

# G. a label carries the policy, not the clause after it
c("label", "The council unveiled plans for late opening of pubs. Ms Ward criticised the plans, which come into force on 7 May.",
  want=[("Ward", "opposes", "late opening")], never=[("Ward", None, "come into force")],
  why="a generic head keeps its which-clause in the label: cut, a bare 'the plans' binds to whatever policy is in focus")
c("label", "The council unveiled a scheme to cut bus fares. The Greens backed the scheme, which was brought in in 2003.",
  want=[("Green", "supports", "cut bus fares")], never=[("Green", None, "brought in")],
  why="a generic head keeps its which-clause in the label: cut, a bare 'the scheme' binds to whatever policy is in focus")
c("label", "Ms Ward criticised the bill, which would ban smoking in bars.", want=[("Ward", "opposes", "ban smoking")])
c("label", "Ms Ward criticised the plans, which include a ban on smoking in bars.", want=[("Ward", "opposes", "ban on smoking")])
c("label", "Ms Ward criticised the fuel levy, which comes into force next month.", want=[("Ward", "opposes", "fuel levy")],
  never=[("Ward", None, "comes into force")])
c("label", "Mr Kent backed the bridge toll, which was brought in by the council in 2003.",
  want=[("Kent", "supports", "bridge toll")], never=[("Kent", None, "brought in")])
c("label", "Mr Kent described the minister's speech on the fuel levy as \"very important\".",
  never=[("Kent", None, "as very important")])
c("label", "Ms Ward described Mr Kent's intervention as \"very important\".", never=[("Ward", None, "as very important")])
c("label", "Ms Ward backed Mr Kent's assessment.", want=[("Ward", "supports", "Kent")], never=[("Ward", None, "assessment")])
c("label", "Lord Hale attacked Mr Kent's testimony to the inquiry.", want=[("Hale", "opposes", "Kent")])
c("label", "Ms Ward described the rail subsidy as \"a waste of money\".", want=[("Ward", "opposes", "rail subsidy")],
  never=[("Ward", None, "waste")])
c("label", "They say the government is spending too much and lower taxes are needed to help firms.",
  never=[(None, None, "too much")])
c("label", "Ms Ward said the council spends too much and a lower bridge toll is needed.",
  never=[("Ward", None, "too much")])

# H. a firm's business is no side taken
c("business", "Carvex has announced that it plans to build a second plant in Poland to meet growing demand for cars.",
  never=[("Poland", None, None), ("Carvex", None, "cars")])
c("business", "Carvex said it was determined to keep its place as the country's best-selling brand.",
  never=[(None, None, "best-selling brand")])
c("business", "Carvex said its profits were also hit by higher health costs in the US.", never=[("Carvex", None, None)])
c("business", "Carvex said its sales were hurt by the fuel levy.", want=[("Carvex", "opposes", "fuel levy")])
c("business", "Carvex said its profits were hit by the ban on exports.", want=[("Carvex", "opposes", "ban on exports")])
c("business", "Carvex said its sales would be hit by the new levy.", want=[("Carvex", "warns", "levy")])
c("business", "Brightmart said sales in December were hurt by bad weather and strong competition.", never=[("Brightmart", None, None)])
c("business", "Carvex recently announced that it expected profits in 2006 to be lower than in 2005.",
  never=[("Carvex", None, None)])
c("business", "Carvex said its sales were hit by the strong euro.", never=[("Carvex", None, "euro")])
c("business", "Carvex opposed the new tax on company cars.", want=[("Carvex", "opposes", "tax on company cars")])
c("business", "Carvex welcomed the cut in the fuel levy.", want=[("Carvex", "supports", "cut in the fuel levy")],
  why="the label keeps the bare head 'cut' where the of/in phrase names what is cut")

c("charged", "Mr Kent quit the Green Party and accused it of betraying its voters.", never=[("Kent", None, "voters")])
c("charged", "Mr Kent quit the Green Party and accused it of betraying its voters.", want=[("Kent", "opposes", "Green")],
  why="'accused it': the pronoun object is not bound to the body just named")
c("wished", "The council unveiled plans for late opening of pubs. The Greens backed Tory demands that the plans be put on hold.",
  want=[("Green", "opposes", "late opening")], never=[("Green", "supports", "demands")])
c("wished", "The Greens called for the bridge toll to be put on hold.", want=[("Green", "opposes", "bridge toll")])
c("wished", "The Greens called for the new bridge toll to be put off until May.", want=[("Green", "opposes", "bridge toll")])
c("wished", "The Greens backed demands that the fuel levy be scrapped.", want=[("Green", "opposes", "fuel levy")])
c("wished", "The Greens backed demands that the fuel levy be kept.", want=[("Green", "supports", "fuel levy")])
c("charged", "The Farmers Union accused the government of betraying farmers.", want=[("Farmers Union", "opposes", "government")],
  never=[("Farmers Union", None, "farmers")])

# I. "the matter" taken somewhere is no side on the policy in focus
c("matter", "Five MPs want the minister to block the takeover of Tonmark. Mr Kent has pledged to take the matter to the "
            "prime minister if necessary.", never=[("Kent", "supports", "takeover")])
c("matter", "The Greens oppose the fuel levy. Ms Ward said she would raise the matter with ministers.",
  never=[("Ward", "supports", "fuel levy")])
c("matter", "The Greens oppose the fuel levy. Ms Ward has promised to look into the issue.",
  never=[("Ward", "supports", "fuel levy")])
c("matter", "Five MPs want the minister to block the takeover of Tonmark.", want=[("MPs", "opposes", "takeover")])

# J. "X dismissed the proposal" binds the proposal just named, not an earlier policy it speaks of
c("proposal", "The Farmers Union opposes the takeover of Tonmark. Five MPs have asked the ministry to block the takeover. "
              "However, the ministry has dismissed the proposal.",
  never=[("ministry", "opposes", "takeover")], why="'the proposal' bound to the policy in focus, not to the MPs' request")


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
