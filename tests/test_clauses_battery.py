"""A battery of positions that are acts said as clauses (issue 10, session 14): a noun of intent with its to-clause
("Mr Kent's pledge to cut the fuel levy"), the same act named once by a verb and once by a noun ("pledged to abolish
the toll ... the abolition of the toll"), calls and pressure turned down ("rejected calls for a ban"), wanted and
refused acts, purposes and means ("hoping to stave off a strike"), and the misreadings near them: an amount as
the whole position, a time clause as the position, an act owned by the wrong actor. Every sentence is our own (invented
names and policies), with the triples a careful reader takes (GUIDELINES.md). A wanted edge matches as the scorer
matches a gold position: a name of the node equal to one of the wanted names, or holding a wanted name of two words
or more. Cases not read yet are non-strict xfail with the reason.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

S, O, W = "supports", "opposes", "warns"
B: list = []


def c(kind, text, want=(), never=(), same=False, open_=None):
    """want: (holder, relation, [names]), or a list of such alternatives any one of which is the reading; never:
    (holder or "", relation, words inside the target's name, or "=name" for the whole name);
    same: every wanted edge lands on one node (a verb's act and its noun named apart are one position)."""
    B.append((kind, text, list(want), list(never), same, open_))


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"['`\u2019]s\b", "s", text)
    text = re.sub(r"[.'`\u2019]", "", text)
    return re.sub(r"^the ", "", re.sub(r"[^\w]+", " ", text).strip())


def _names_match(names: set[str], wanted: list[str]) -> bool:
    for g in map(_key, wanted):
        for p in names:
            if p == g or len(g.split()) >= 2 and len(p.split()) <= 15 and f" {g} " in f" {p} " \
                    or len(p.split()) >= 2 and f" {p} " in f" {g} ":
                return True
    return False


def check(graph, want, never, same) -> None:
    ents = {e.id: e for e in graph.entities}
    edges = [(ents[s.subject].label, s.relation, s.object, {_key(ents[s.object].label), *map(_key, ents[s.object].aliases)})
             for s in graph.statements if s.relation in (S, O, W)]
    shown = sorted((h, r, ents[o].label) for h, r, o, _ in edges)
    hit_nodes, missed = set(), []
    for alternatives in want:
        hits = [o for holder, relation, names in (alternatives if isinstance(alternatives, list) else [alternatives])
                for h, r, o, ns in edges if r == relation and _key(holder) in _key(h) and _names_match(ns, names)]
        if not hits:
            missed.append(alternatives)
        hit_nodes.update(hits[:1])
    wrong = [(h, r, ents[o].label) for h, r, o, ns in edges for holder, relation, word in never
             if r == relation and _key(holder) in _key(h) and any(
                 _key(word) == n if word.startswith("=") else f" {_key(word)} " in f" {n} " for n in ns)]
    assert not missed and not wrong, (missed, wrong, shown)
    assert not same or len(hit_nodes) <= 1, ("one act named twice is two nodes", shown)


# A. a noun of intent with its to-clause: the act is the position, its owner backs it
c("intent", "Mr Kent's plan to lower the fuel levy was attacked by Ms Ward.",
  [("Ward", O, ["plan to lower the fuel levy", "lower the fuel levy"]), ("Kent", S, ["plan to lower the fuel levy", "lower the fuel levy"])],
  [("Ward", S, "fuel levy"), ("Kent", O, "fuel levy")])
c("intent", "Ms Ward welcomed the council's pledge to reopen the Eastgate library.",
  [("Ward", S, ["pledge to reopen the Eastgate library", "reopen the Eastgate library"]),
   ("council", S, ["pledge to reopen the Eastgate library", "reopen the Eastgate library"])])
c("intent", "The Farmers Union condemned the Treasury's bid to privatise the grain board.",
  [("Farmers Union", O, ["bid to privatise the grain board", "privatise the grain board"]),
   ("Treasury", S, ["bid to privatise the grain board", "privatise the grain board"])],
  [("Farmers Union", S, "privatise")])
c("intent", "Senator Ada Lund praised the governor's commitment to expand rural broadband.",
  [("Ada Lund", S, ["commitment to expand rural broadband", "expand rural broadband"])])
c("intent", "Ms Ward has criticised Mr Kent's promise to freeze council rents.",
  [("Ward", O, ["promise to freeze council rents", "freeze council rents"]), ("Kent", S, ["promise to freeze council rents", "freeze council rents"])],
  [("Ward", S, "council rents")])
c("intent", "The Growers Union backed the ministry's attempt to curb pesticide use.",
  [("Growers Union", S, ["attempt to curb pesticide use", "curb pesticide use"])])
c("intent", "Mr Kent opposed the board's move to shut the Northgate depot, calling it short-sighted.",
  [("Kent", O, ["move to shut the Northgate depot", "shut the Northgate depot"])])
c("intent", "Ms Ward said she would resist any attempt to sell the harbour.",
  [("Ward", O, ["attempt to sell the harbour", "sell the harbour"])], [("Ward", S, "harbour")])
c("intent", "The Treasury's plan to raise the pension age by two years angered the Pensioners League.",
  [("Treasury", S, ["plan to raise the pension age", "raise the pension age"])])
c("intent", "Mr Kent dismissed Ms Ward's proposal to merge the two police forces.",
  [("Kent", O, ["proposal to merge the two police forces", "merge the two police forces"]),
   ("Ward", S, ["proposal to merge the two police forces", "merge the two police forces"])],
  [("Kent", S, "merge")])
c("intent", "The Dockers Union vowed to fight the port authority's decision to close the west quay.",
  [("Dockers Union", O, ["decision to close the west quay", "close the west quay"])])
c("intent", "Senator Ada Lund applauded the Senate's vote to extend the farm subsidy.",
  [("Ada Lund", S, ["vote to extend the farm subsidy", "extend the farm subsidy"])])
# an amount is how much, not what: the act keeps its object
c("amount", "Ms Ward attacked Mr Kent's pledge to trim £9m of road spending.",
  [("Ward", O, ["pledge to trim £9m of road spending", "trim £9m of road spending", "trim road spending"]),
   ("Kent", S, ["pledge to trim £9m of road spending", "trim £9m of road spending", "trim road spending"])],
  [("Ward", O, "=£9m"), ("Kent", S, "=£9m"), ("Ward", O, "=9m")])
c("amount", "The Treasury plans to save £4bn by scrapping the rail subsidy, which Mr Kent opposes.",
  [("Treasury", S, ["scrapping the rail subsidy", "save £4bn by scrapping the rail subsidy"])], [("Treasury", S, "=£4bn")], open_="a means clause ('by V-ing') as the act planned")
c("amount", "Ms Ward backed the proposal to spend $2bn on flood defences.",
  [("Ward", S, ["proposal to spend $2bn on flood defences", "spend $2bn on flood defences", "flood defences"])])
c("amount", "Mr Kent opposed the decision to raise the levy by 5%.",
  [("Kent", O, ["decision to raise the levy", "raise the levy", "raise the levy by 5%"])], [("Kent", O, "=5%")])
# B. the same act named by a verb and by a noun: one position
c("align", "Mr Kent pledged to abolish the bridge toll. Ms Ward said the abolition of the toll would cost the council dearly.",
  [("Kent", S, ["abolish the bridge toll", "abolition of the toll"]), ("Ward", W, ["abolition of the toll", "abolish the bridge toll"])], same=True,
  open_="a pledged undoing reads against the thing undone, even where the story names the undoing as a noun")
c("align", "The Treasury wants to cut fuel duty. The Farmers Union welcomed the cut in fuel duty.",
  [("Treasury", S, ["cut fuel duty", "cut in fuel duty"]), ("Farmers Union", S, ["cut in fuel duty", "cut fuel duty"])], same=True)
c("align", "Mr Kent has promised to cut taxes. Ms Ward attacked the tax cuts.",
  [("Kent", S, ["cut taxes", "tax cuts"]), ("Ward", O, ["tax cuts", "cut taxes"])], same=True,
  open_="spaCy lemmatises 'taxes' as 'taxis', so 'taxes' and 'tax' are two words")
c("align", "Ms Ward plans to close the Eastgate clinic. Mr Kent opposes the closure of the clinic.",
  [("Ward", S, ["close the Eastgate clinic"]), ("Kent", O, ["closure of the clinic"])], same=True)
c("align", "The board intends to merge the two banks. The Savers Guild criticised the merger of the banks.",
  [("board", S, ["merge the two banks"]), ("Savers Guild", O, ["merger of the banks"])], same=True, open_="'the board' is no actor")
c("align", "Senator Ada Lund wants to extend the rail subsidy. Mr Kent backed the extension of the rail subsidy.",
  [("Ada Lund", S, ["extend the rail subsidy"]), ("Kent", S, ["extension of the rail subsidy"])], same=True)
c("align", "The Growers Union called for the expansion of the grain port. Ms Ward has refused to expand the grain port.",
  [("Growers Union", S, ["expansion of the grain port"]), ("Ward", O, ["expand the grain port"])], same=True)
c("align", "The Treasury has pledged to reduce the sugar levy. Mr Kent said the reduction of the sugar levy was welcome.",
  [("Treasury", S, ["reduce the sugar levy"]), ("Kent", S, ["reduction of the sugar levy"])], same=True)
c("align", "Ms Ward wants to privatise the water board. Mr Kent has long opposed privatisation of the water board.",
  [("Ward", S, ["privatise the water board"]), ("Kent", O, ["privatisation of the water board"])], same=True, open_="after a verb's act, the noun's side is lost")
c("align", "Mr Kent vowed to scrap the road toll. The Drivers Club has campaigned for the scrapping of the road toll.",
  [("Kent", S, ["scrap the road toll"]), ("Drivers Club", S, ["scrapping of the road toll"])], same=True,
  open_="a pledged undoing reads against the thing undone, even where the story names the undoing as a noun")
c("align", "The council voted to raise taxes. Ms Ward opposed the tax rises.",
  [("council", S, ["raise taxes"]), ("Ward", O, ["tax rises"])], same=True, open_="raise and rise are two words for one act")
c("align", "Ms Ward has pledged to increase taxes on tobacco. Mr Kent criticised the tax increase.",
  [("Ward", S, ["increase taxes on tobacco"]), ("Kent", O, ["tax increase"])], same=True,
  open_="spaCy lemmatises 'taxes' as 'taxis', so 'taxes' and 'tax' are two words")
c("align", "The Dockers Union demanded the introduction of a minimum wage. Mr Kent has refused to introduce a minimum wage.",
  [("Dockers Union", S, ["introduction of a minimum wage", "minimum wage"]), ("Kent", O, ["introduce a minimum wage", "minimum wage"])], same=True)
c("align", "Ministers want to lift the curfew. The Traders Guild welcomed the lifting of the curfew.",
  [("Ministers", S, ["lift the curfew", "lifting of the curfew"]), ("Traders Guild", S, ["lifting of the curfew", "lift the curfew"])], same=True, open_="'Traders Guild' is read as 'Guild', and wanting to lift reads against the lifting once it is named")
c("align", "Mr Kent said he would ban hunting with dogs. Ms Ward said the ban on hunting would cost rural jobs.",
  [("Kent", S, ["ban hunting with dogs", "ban on hunting"]), ("Ward", W, ["ban on hunting", "ban hunting with dogs"])], same=True,
  open_="a pledged ban reads against the thing banned, even where the story names the ban as a noun")
c("align", "Ms Ward wants to freeze public sector pay. The Teachers Union has vowed to fight the pay freeze.",
  [("Ward", S, ["freeze public sector pay", "pay freeze"]), ("Teachers Union", O, ["pay freeze", "freeze public sector pay"])], same=True)
# the act and what it acts on stay two positions
c("align", "Mr Kent wants to abolish the bridge toll. Ms Ward defended the toll.",
  [[("Kent", S, ["abolish the bridge toll"]), ("Kent", O, ["bridge toll"])], ("Ward", S, ["toll", "bridge toll"])], [("Ward", S, "abolish")])
# C. calls, pressure and demands turned down or taken up
c("calls", "The Farmers Union rejected calls for a ban on pesticide sprays.",
  [("Farmers Union", O, ["ban on pesticide sprays"])], [("Farmers Union", S, "ban")])
c("calls", "Mr Kent is resisting union pressure to raise the fuel levy.",
  [("Kent", O, ["raise the fuel levy"])], [("Kent", S, "raise")])
c("calls", "Ms Ward turned down demands for a public inquiry into the fire.",
  [("Ward", O, ["public inquiry into the fire", "public inquiry"])], [("Ward", S, "inquiry")])
c("calls", "Senator Ada Lund defied calls to scrap the farm subsidy.",
  [("Ada Lund", O, ["scrap the farm subsidy"])], [("Ada Lund", S, "scrap")], open_="'defied calls to V' with an undoing verb")
c("calls", "The Treasury dismissed calls for a cut in fuel duty.",
  [("Treasury", O, ["cut in fuel duty"])], [("Treasury", S, "cut")])
c("calls", "Mr Kent brushed aside calls for a referendum on the treaty.",
  [("Kent", O, ["referendum on the treaty"])], [("Kent", S, "referendum")])
c("calls", "The Growers Union has ignored repeated calls to lower its fees.",
  [("Growers Union", O, ["lower its fees"])], [("Growers Union", S, "lower")], open_="ignore is no plain cue")
c("calls", "Ms Ward backed calls for a cap on rents.",
  [("Ward", S, ["cap on rents"])], [("Ward", O, "cap")])
c("calls", "Mr Kent joined calls for the sugar tax to be scrapped.",
  [("Kent", O, ["sugar tax"])], [("Kent", S, "sugar tax")])
c("calls", "The Dockers Union has added its voice to demands for a higher minimum wage.",
  [("Dockers Union", S, ["higher minimum wage"])], open_="'add one's voice to' is an idiom of joining")
c("calls", "Ms Ward is under pressure to sell the harbour.", [], [("Ward", S, "harbour"), ("Ward", S, "sell")])
c("calls", "The Farmers Union rejected calls from ministers for tighter rules on slurry.",
  [("Farmers Union", O, ["tighter rules on slurry"])], [("Farmers Union", S, "tighter rules")])
c("calls", "Mr Kent said on Monday he would resist pressure from the Treasury to cut the housing grant.",
  [("Kent", O, ["cut the housing grant"])], [("Kent", S, "cut")])
c("calls", "Ms Ward rejected the Farmers Union's demand for a higher grain price.",
  [("Ward", O, ["higher grain price"]), ("Farmers Union", S, ["higher grain price"])], [("Ward", S, "grain price")])
c("calls", "The council turned down a request to extend the market's opening hours.",
  [("council", O, ["extend the market's opening hours", "extend the markets opening hours"])], [("council", S, "extend")])
c("calls", "Senator Ada Lund has so far rebuffed calls for her resignation.",
  [], [("Ada Lund", S, "resignation")])
# D. wanted resignations: the one asked to go is opposed, the going supported
c("resign", "Ms Ward called on Mr Kent to resign.",
  [("Ward", S, ["Kent to resign", "Mr Kent to resign", "resign", "resignation", "Kents resignation"])], [("Ward", S, "=Kent")])
c("resign", "The Dockers Union demanded that Mr Kent stand down.",
  [("Dockers Union", S, ["Mr Kent stand down", "Kent stand down", "stand down"])],
  [("Dockers Union", S, "=Kent")])
c("resign", "Ms Ward wants Mr Kent to quit.",
  [("Ward", S, ["Mr Kent to quit", "Kent to quit", "quit"])], [("Ward", S, "=Kent")])
c("resign", "Ms Ward joined calls for Mr Kent to resign.",
  [("Ward", S, ["Mr Kent to resign", "Kent to resign"])], [("Ward", S, "=Kent")])
c("resign", "The Farmers Union has called for Senator Ada Lund's resignation.",
  [("Farmers Union", S, ["Ada Lund's resignation", "Ada Lunds resignation", "Senator Ada Lunds resignation", "resignation"])],
  [("Farmers Union", S, "=Ada Lund")], open_="a resignation called for makes no node of its own")
c("resign", "Mr Kent urged Ms Ward to step down as party chair.",
  [("Kent", S, ["step down as party chair", "Ward to step down"])], [("Kent", S, "=Ward")], open_="urge X to step down")
# E. acts undone, refused, sworn off
c("undo", "The Farmers Union sought to overturn the export ban.", [("Farmers Union", O, ["export ban"])], [("Farmers Union", S, "export ban")])
c("undo", "Ms Ward tried to block the sale of the ferry company.", [("Ward", O, ["sale of the ferry company"])], [("Ward", S, "sale")])
c("undo", "Mr Kent will seek to reverse the cut in the schools budget.", [("Kent", O, ["cut in the schools budget"])], [("Kent", S, "cut")])
c("undo", "The Growers Union is trying to halt the merger of the two sugar firms.", [("Growers Union", O, ["merger of the two sugar firms"])],
  [("Growers Union", S, "merger")])
c("undo", "Senator Ada Lund moved to repeal the gun law.", [("Ada Lund", O, ["gun law"])], [("Ada Lund", S, "gun law")])
c("undo", "Mr Kent pledged never to raise income tax.", [("Kent", O, ["raise income tax"])], [("Kent", S, "raise income tax")])
c("undo", "Ms Ward vowed never to sell the forests.", [("Ward", O, ["sell the forests"])], [("Ward", S, "sell")])
c("undo", "The Treasury promised not to raise fuel duty this year.", [("Treasury", O, ["raise fuel duty"])], [("Treasury", S, "raise")])
c("undo", "Ms Ward refused to scrap the fuel levy.", [[("Ward", O, ["scrap the fuel levy"]), ("Ward", S, ["fuel levy"])]], [("Ward", S, "scrap"), ("Ward", O, "=fuel levy")])
c("undo", "The council has declined to abolish the bridge toll, despite a petition.", [[("council", O, ["abolish the bridge toll"]), ("council", S, ["bridge toll"])]],
  [("council", O, "=bridge toll")])
c("undo", "Senator Ada Lund vowed on Friday never to repeal the gun law.", [[("Ada Lund", O, ["repeal the gun law"]), ("Ada Lund", S, ["gun law"])]],
  [("Ada Lund", O, "=gun law")])
c("undo", "The Farmers Union urged ministers not to axe the grain subsidy.", [[("Farmers Union", O, ["axe the grain subsidy"]), ("Farmers Union", S, ["grain subsidy"])]],
  [("Farmers Union", O, "=grain subsidy")])
c("undo", "The Treasury refused to withdraw the export credit scheme, officials said.", [[("Treasury", O, ["withdraw the export credit scheme"]), ("Treasury", S, ["export credit scheme"])]],
  [("Treasury", O, "=export credit scheme")])
c("undo", "Mr Kent said the council had not scrapped the toll.", [], [("Kent", S, "toll"), ("council", S, "toll"), ("council", O, "toll")])
c("undo", "The council failed to abolish the bridge toll.", [], [("council", S, "bridge toll"), ("council", O, "bridge toll")])
c("undo", "Ms Ward refused to ban diesel cars in the city centre.", [("Ward", O, ["ban diesel cars", "ban diesel cars in the city centre"])],
  [("Ward", S, "ban diesel cars"), ("Ward", S, "diesel cars")])
c("undo", "Mr Kent has refused to sign the pay deal.", [("Kent", O, ["pay deal"])], [("Kent", S, "pay deal")])
c("undo", "The council declined to close the Eastgate library.", [("council", O, ["close the Eastgate library"])], [("council", S, "close")])
c("undo", "Mr Kent would not rule out raising the fuel levy.", [], [("Kent", O, "fuel levy"), ("Kent", O, "raising")])
c("undo", "Ms Ward did not rule out a rise in interest rates.", [], [("Ward", O, "interest rates"), ("Ward", O, "rise")])
# an act of keeping or restoring a policy is a side for it
c("keep", "Mr Kent pledged to keep the rail subsidy.", [[("Kent", S, ["rail subsidy"]), ("Kent", S, ["keep the rail subsidy"])]], [("Kent", O, "rail subsidy")])
c("keep", "Ms Ward vowed on Sunday to restore the housing grant if elected.", [[("Ward", S, ["housing grant"]), ("Ward", S, ["restore the housing grant"])]])
c("keep", "Ms Ward vowed to restore the housing grant if elected.", [[("Ward", S, ["housing grant"]), ("Ward", S, ["restore the housing grant"])]])
c("keep", "The Treasury has promised to maintain the fuel subsidy until 2010.", [[("Treasury", S, ["fuel subsidy"]), ("Treasury", S, ["maintain the fuel subsidy"])]],
  [("Treasury", S, "2010")])
c("keep", "The Farmers Union wants to retain the milk quota, its chairman said.", [[("Farmers Union", S, ["milk quota"]), ("Farmers Union", S, ["retain the milk quota"])]])
c("keep", "Ms Ward refused to renew the export licence scheme.", [[("Ward", O, ["export licence scheme"]), ("Ward", O, ["renew the export licence scheme"])]],
  [("Ward", S, "export licence scheme")])
c("keep", "Senator Ada Lund plans to keep the curfew in place over the summer.", [("Ada Lund", S, ["curfew"])], [("Ada Lund", O, "curfew")])
c("keep", "The central bank wants to keep interest rates low.", [], [("", S, "=interest rates")])
c("keep", "Mr Kent wants to keep the pressure on ministers.", [], [("Kent", S, "pressure")])
c("keep", "Mr Kent promised to preserve the green belt around the city.", [("Kent", S, ["green belt", "green belt around the city"])])
# F. purposes and means
c("purpose", "The council raised rents, hoping to stave off a budget deficit.", [("council", O, ["budget deficit"])])
c("purpose", "Ms Ward cut the levy in a bid to head off a strike by dockers.", [("Ward", O, ["strike by dockers", "strike"])])
c("purpose", "Mr Kent pushed for the scrapping of the fuel levy.", [("Kent", S, ["scrapping of the fuel levy"])])
c("purpose", "Ms Ward pressed for the sale of the state airline.", [("Ward", S, ["sale of the state airline"])])
c("purpose", "The Farmers Union has argued for the abolition of the milk quota.", [("Farmers Union", S, ["abolition of the milk quota"])])
c("purpose", "Senator Ada Lund argued against the closure of rural post offices.", [("Ada Lund", O, ["closure of rural post offices"])])
c("purpose", "The Treasury will make £2bn available to help farmers cut output.",
  [("Treasury", S, ["help farmers cut output", "cut output"])], [("Treasury", S, "2bn")], open_="a means of help")
c("purpose", "Ms Ward is campaigning to save the Eastgate hospital.", [("Ward", S, ["save the Eastgate hospital", "Eastgate hospital"])], open_="'campaign to save X'")
c("purpose", "The Dockers Union is fighting to stop the sale of the port.", [("Dockers Union", O, ["sale of the port"])], [("Dockers Union", S, "sale")])
c("purpose", "Mr Kent lobbied hard for the building of a new bypass.", [("Kent", S, ["building of a new bypass", "new bypass"])])
# G. time clauses and conditions are not positions
c("time", "Mr Kent said he would back the levy when the budget is set in March.", [("Kent", S, ["levy"])], [("Kent", S, "budget is set")])
c("time", "Ms Ward opposed the ban, which comes into force after the election.", [("Ward", O, ["ban"])], [("Ward", O, "election")])
c("time", "The Farmers Union will back the deal once the harvest is in.", [("Farmers Union", S, ["deal"])], [("Farmers Union", S, "harvest")])
c("time", "Mr Kent pledged to cut fuel duty before the end of the year.", [("Kent", S, ["cut fuel duty"])], [("Kent", S, "end of the year")])
c("time", "Ms Ward has promised to scrap the toll by 2010.", [[("Ward", S, ["scrap the toll"]), ("Ward", O, ["toll"])]], [("Ward", S, "2010"), ("Ward", O, "2010")])
# H. whose plan it is
c("owner", "Ms Ward attacked Mr Kent's plan to sell the ports.",
  [("Ward", O, ["plan to sell the ports", "sell the ports"]), ("Kent", S, ["plan to sell the ports", "sell the ports"])],
  [("Ward", S, "sell the ports"), ("Kent", O, "sell the ports")])
c("owner", "The Treasury's proposal to tax sugary drinks was welcomed by doctors but opposed by Mr Kent.",
  [("Kent", O, ["proposal to tax sugary drinks", "tax sugary drinks"]), ("Treasury", S, ["proposal to tax sugary drinks", "tax sugary drinks"])],
  [("Kent", S, "sugary drinks")], open_="coordinated passive 'welcomed by X but opposed by Y'")
c("owner", "Mr Kent said Ms Ward's bid to lower the voting age would fail.",
  [("Ward", S, ["bid to lower the voting age", "lower the voting age"])], [("Kent", S, "voting age")], open_="'X's bid would fail': the owner of a bid inside a reported clause")
c("owner", "Ms Ward backed the Farmers Union's plan to build a grain store.",
  [("Ward", S, ["plan to build a grain store", "build a grain store"]), ("Farmers Union", S, ["plan to build a grain store", "build a grain store"])])
c("owner", "The Treasury unveiled a plan to cut stamp duty on Monday. Mr Kent said the plan would help first-time buyers.",
  [("Treasury", S, ["plan to cut stamp duty", "cut stamp duty"]), ("Kent", S, ["plan to cut stamp duty", "cut stamp duty"])],
  [("Kent", S, "first-time buyers")])
c("owner", "Ms Ward, who wants to scrap the sugar levy, met Mr Kent on Tuesday.",
  [[("Ward", S, ["scrap the sugar levy"]), ("Ward", O, ["sugar levy"])]], [("Kent", S, "sugar levy")])
# a people's adjective on a plan or a side is the state's
c("owner", "Brazil rejected Japanese proposals to cut coffee quotas.",
  [("Brazil", O, ["Japanese proposals to cut coffee quotas", "cut coffee quotas"]), ("Japan", S, ["Japanese proposals to cut coffee quotas", "cut coffee quotas"])])
c("owner", "Norway has criticised Canadian plans to escort cargo ships through the strait.",
  [("Norway", O, ["Canadian plans to escort cargo ships through the strait", "escort cargo ships through the strait", "escort cargo ships"]),
   ("Canada", S, ["Canadian plans to escort cargo ships through the strait", "escort cargo ships through the strait", "escort cargo ships"])])
c("owner", "Mr Kent welcomed British support for the fishing treaty.", [("Kent", S, ["fishing treaty"]), ("United Kingdom", S, ["fishing treaty"])])
c("owner", "Ms Ward said sales of Japanese cars would fall.", [], [("Japan", S, "cars"), ("Japan", O, "cars")])
# I. wire-style and longer sentences
c("wire", "The Farmers Union on Tuesday rejected government calls for a cut in farm subsidies, saying it would hurt growers.",
  [("Farmers Union", O, ["cut in farm subsidies"])], [("Farmers Union", S, "farm subsidies"), ("government", O, "cut")])
c("calls", "Ms Ward rejected Labour calls for a public inquiry.", [("Ward", O, ["public inquiry"])], [("Labour", O, "inquiry"), ("Ward", S, "inquiry")])
c("calls", "Mr Kent has backed Green Party calls for a ban on plastic bags.", [("Kent", S, ["ban on plastic bags"])], [("Green Party", O, "ban")])
c("calls", "The Treasury dismissed union demands for a shorter working week.", [("Treasury", O, ["shorter working week"])], [("Treasury", S, "working week")])
c("calls", "Senator Ada Lund says Labour calls for a new inquiry every year.", [], [("Labour", O, "inquiry")])
c("wire", "Mr Kent, the Treasury minister, said he planned to reduce the fuel levy by 10 pct over two years.",
  [("Kent", S, ["reduce the fuel levy", "reduce the fuel levy by 10 pct"])], [("Kent", S, "two years"), ("Kent", S, "=10 pct")])
c("wire", "Ms Ward told reporters the ministry would seek to block the takeover of the steel firm by Tonmark.",
  [("Ward", O, ["takeover of the steel firm", "takeover of the steel firm by Tonmark"])], [("Ward", S, "takeover")], open_="'the ministry would seek to block': the reporter is no holder of the ministry's act")
c("wire", "The Growers Union said it would resist any move to lift the import quota, which it said protected farmers.",
  [("Growers Union", O, ["lift the import quota", "move to lift the import quota"])], [("Growers Union", S, "lift")])
c("wire", "Senator Ada Lund said on Thursday she would press for the repeal of the water tax when the Senate returns.",
  [("Ada Lund", S, ["repeal of the water tax"])], [("Ada Lund", S, "senate returns")])
c("wire", "Mr Kent's pledge to scrap the bridge toll has won the backing of the Drivers Club.",
  [[("Kent", S, ["pledge to scrap the bridge toll", "scrap the bridge toll"]), ("Kent", O, ["bridge toll"])],
   ("Drivers Club", S, ["pledge to scrap the bridge toll", "scrap the bridge toll"])])
c("wire", "The Treasury's decision last week to raise fuel duty was condemned by the Hauliers Association.",
  [("Hauliers Association", O, ["decision to raise fuel duty", "raise fuel duty", "decision last week to raise fuel duty"])], open_="a decision with 'last week' inside, its maker by possessive, in a passive")
c("wire", "Ms Ward has rejected pressure from the Farmers Union to delay the pesticide ban.",
  [("Ward", O, ["delay the pesticide ban"])], [("Ward", S, "delay")])
c("wire", "Senator Ada Lund has repeatedly rejected calls for higher taxes on fuel, saying they would hit rural voters.",
  [("Ada Lund", O, ["higher taxes on fuel"])], [("Ada Lund", S, "taxes")])
c("wire", "The Pensioners League welcomed Mr Kent's promise to restore the winter fuel payment.",
  [("Pensioners League", S, ["promise to restore the winter fuel payment", "restore the winter fuel payment"])])


@pytest.mark.parametrize("kind, text, want, never, same", [
    pytest.param(k, t, w, n, s, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=o, strict=False)] if o else [])
    for i, (k, t, w, n, s, o) in enumerate(B)])
def test_battery(build_text, kind, text, want, never, same):
    check(build_text(text), want, never, same)
