"""A battery of stance cues at which no frame used to be read (issue 10, session 12): common news constructions
of a cue word in a setting the frame rules did not cover, invented sentences, several per construction, each
with the sides a careful reader takes (GUIDELINES.md) and the reading that would be wrong. Classes: verbs of
FrameNet's Request, Judgment_communication and Respond_to_proposal frames the lexicon lacked; a cue gerund under
a noun's preposition ("a record of opposing X"); passives of phrasal verbs; "should" clauses and mandative
that-clauses; "no alternative to X"; conjoined cue verbs; a body's "said it would"; participle clauses.
A case marked `open` fails today: it is counted, not hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # verbs of FrameNet's Request / Judgment_communication / Respond_to_proposal frames
    ("lexicon", "The Farmers Union requested a review of the fuel levy.", "Farmers Union", [(S, "review")], [(O, "review")], "open: target: 'a review of X' is no position yet"),
    ("lexicon", "Ms Ward has requested an inquiry into the rail crash.", "Ward", [(S, "inquiry")], [(O, "inquiry")], "open: target: 'an inquiry into X' is no position yet"),
    ("lexicon", "The ministry had requested cuts in rice production, officials said.", "ministry", [(S, "cuts in rice production")], [(O, "cuts")]),
    ("lexicon", "Mr Kent deplored the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("lexicon", "The bishops deplored the cuts in foreign aid on Sunday.", "bishop", [(O, "cuts in foreign aid")], [(S, "cuts in foreign aid")], "open: holder: an unnamed group ('the bishops') is no actor yet"),
    ("lexicon", "The Greens spurned the pay offer.", "Green", [(O, "pay offer")], [(S, "pay offer")]),
    ("lexicon", "Kestrel Bank spurned the takeover bid from Harbour Trust.", "Kestrel Bank", [(O, "takeover bid")], [(S, "takeover bid")]),
    ("lexicon", "Ms Ward snubbed the peace plan.", "Ward", [(O, "peace plan")], [(S, "peace plan")]),
    ("lexicon", "Labour repudiated the fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("lexicon", "The new government renounced the nuclear programme.", "government", [(O, "nuclear programme")], [(S, "nuclear programme")]),
    ("lexicon", "The Farmers Union disowned the strike plan, a spokesman said.", "Farmers Union", [(O, "strike plan")], [(S, "strike plan")]),
    ("lexicon", "Senator Ada Lund faulted the farm bill for its cost.", "Lund", [(O, "farm bill")], [(S, "farm bill")]),
    ("lexicon", "Mr Kent lamented the closure of the rail link.", "Kent", [(O, "closure of the rail link")], [(S, "closure of the rail link")]),
    ("lexicon", "The Farmers Union has not requested a review of the fuel levy.", "Farmers Union", [], [(S, "review")]),
    ("lexicon", "The union did not deplore the fuel levy.", "union", [], [(O, "fuel levy")]),
    ("lexicon", "The takeover bid was spurned by Kestrel Bank.", "Kestrel Bank", [(O, "takeover bid")], [(S, "takeover bid")]),
    ("lexicon", "Labour MPs pilloried the sugar tax.", "Labour", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("lexicon", "Ms Ward reproached the council for the parking charges.", "Ward", [(O, "council"), (O, "parking charges")], [(S, "parking charges")]),
    # a cue gerund under a noun's preposition: the noun's owner acts
    ("gerund", "Mr Kent has a long record of opposing the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("gerund", "Ms Ward took the bold step of backing the sugar tax.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("gerund", "The Farmers Union has a history of resisting the water charges.", "Farmers Union", [(O, "water charges")], [(S, "water charges")]),
    ("gerund", "The Farmers Union was praised for resisting the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("gerund", "After rejecting the pay offer, the Farmers Union called a strike.", "Farmers Union", [(O, "pay offer")], [(S, "pay offer")]),
    ("gerund", "By backing the fuel levy, Ms Ward angered farmers.", "Ward", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("gerund", "Mr Kent won the vote by opposing the sugar tax.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("gerund", "The Greens have made a name for themselves by opposing the third runway.", "Green", [(O, "third runway")], [(S, "third runway")]),
    ("gerund", "Ms Ward earned praise for her work in resisting the pension cuts.", "Ward", [(O, "pension cuts")], [(S, "pension cuts")], "open"),
    ("gerund", "Mr Kent criticised Labour's record of opposing the fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("gerund", "Brazil has been firm in resisting the coffee quotas, delegates said.", "Brazil", [(O, "coffee quotas")], [(S, "coffee quotas")]),
    ("gerund", "Mr Kent rejected the idea of backing the fuel levy.", "Kent", [], [(S, "fuel levy")]),
    ("gerund", "Ms Ward denied the charge of backing the sugar tax.", "Ward", [], [(S, "sugar tax")]),
    ("gerund", "Kestrel Bank took the unusual step of criticising the merger in public.", "Kestrel Bank", [(O, "merger")], [(S, "merger")]),
    ("gerund", "The idea of opposing the fuel levy is popular.", "Kent", [], [(O, "fuel levy")]),
    # passives of phrasal verbs
    ("passive", "The fuel levy was turned down by the Farmers Union.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("passive", "The fuel levy was voted down by the city council.", "council", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("passive", "The sugar tax was thrown out by the House of Lords on Tuesday.", "House of Lords", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("passive", "The pay offer was turned down by the Farmers Union.", "Farmers Union", [(O, "pay offer")], [(S, "pay offer")]),
    ("passive", "The windfall tax has been ruled out by the Treasury.", "Treasury", [(O, "windfall tax")], [(S, "windfall tax")]),
    ("passive", "A cut in the fuel levy was called for by the Farmers Union.", "Farmers Union", [(S, "cut in the fuel levy")], [(O, "cut in the fuel levy")]),
    ("passive", "The fuel levy was turned down.", "Farmers Union", [], [(O, "fuel levy")]),
    # "should" clauses: what someone says ought to be done
    ("should", "The city council should scrap the parking charges, Ms Ward said.", "Ward", [(O, "parking charges")], [(S, "parking charges")]),
    ("should", "The government should drop the fuel levy, the Farmers Union said on Monday.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("should", "Mr Kent said the Treasury should abolish the sugar tax.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("should", "Ms Ward said the council should introduce a tourist tax.", "Ward", [(S, "tourist tax")], [(O, "tourist tax")]),
    ("should", "The fuel levy should be scrapped, Mr Kent said.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("should", "The fuel levy should be phased out, Mr Kent said.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("should", "Ms Ward said the sugar tax must be phased out by 2006.", "Ward", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("should", "The Farmers Union said the water charges ought to be scrapped.", "Farmers Union", [(O, "water charges")], [(S, "water charges")]),
    ("should", "Mr Kent said the fuel levy should be phased in over five years.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("should", "The sugar tax should be phased out, according to the Farmers Union.", "Farmers Union", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("should", "Mr Kent said the government should not scrap the fuel levy.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")], "open"),
    ("should", "The Farmers Union believes the government should raise the minimum wage.", "Farmers Union", [(S, "minimum wage")], [(O, "minimum wage")]),
    ("should", "Mr Kent said the council ought to scrap the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("should", "Mr Kent said the council ought to scrap the fuel levy.", "council", [], [(O, "fuel levy")]),
    ("should", "The fuel levy ought to be abolished, Mr Kent said.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("should", "Ms Ward said the sugar tax ought to be kept.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("should", "Mr Kent said the fuel levy has to be scrapped.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    # mandative that-clauses after verbs of asking
    ("mandative", "Mr Kent urged that the fuel levy be dropped.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("mandative", "Ms Ward insisted that the fuel levy be scrapped.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("mandative", "Senator Ada Lund proposed that the sales tax be raised.", "Lund", [(S, "sales tax")], [(O, "sales tax")]),
    ("mandative", "Labour MPs have demanded that the sugar tax be phased out.", "Labour", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("mandative", "The Farmers Union requested that the fuel levy be suspended.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("mandative", "The Greens recommended that the council scrap the parking charges.", "Green", [(O, "parking charges")], [(S, "parking charges")], "open: spaCy's small model tags the subjunctive 'scrap' as a noun"),
    ("mandative", "Mr Kent called for the fuel levy to be phased out.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("mandative", "The bishops asked that the cuts in foreign aid be reversed.", "bishop", [(O, "cuts in foreign aid")], [(S, "cuts in foreign aid")], "open"),
    # "no alternative to X": X is the one course backed
    ("alternative", "There is no alternative to the fuel levy, Mr Kent said.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("alternative", "Ms Ward said there was no alternative to the sugar tax.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("alternative", "The Farmers Union sees no alternative to strike action.", "Farmers Union", [(S, "strike action")], [(O, "strike action")], "open: target 'strike action' is no position yet"),
    ("alternative", "Kestrel Bank sees no alternative to the merger, its chairman said.", "Kestrel Bank", [(S, "merger")], [(O, "merger")]),
    ("alternative", "Mr Kent said there was no alternative to raising the fuel levy.", "Kent", [(S, "raising the fuel levy")], [(O, "fuel levy")]),
    ("alternative", "Ms Ward said there was an alternative to the sugar tax.", "Ward", [], [(S, "sugar tax"), (O, "sugar tax")]),
    ("alternative", "There is no alternative to the rescue plan, the Finance Ministry said in a statement.", "Finance Ministry", [(S, "rescue plan")], [(O, "rescue plan")]),
    ("alternative", "Mr Kent said the Greens had offered no alternative to the fuel levy.", "Green", [], [(S, "fuel levy")]),
    # conjoined cue verbs: each conjunct takes its side
    ("conjunct", "The Farmers Union condemned and rejected the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("conjunct", "Ms Ward welcomed and endorsed the sugar tax.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("conjunct", "Mr Kent criticised the fuel levy and called for its repeal.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("conjunct", "The Greens praised the carbon tax but attacked the fuel levy.", "Green", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("conjunct", "The Greens praised the carbon tax but attacked the fuel levy.", "Green", [(S, "carbon tax")], [(O, "carbon tax")]),
    ("conjunct", "Labour opposed the sugar tax, and voted against the fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    # a body's own word of what it will do
    ("said-would", "The Farmers Union said it would scrap the pay deal.", "Farmers Union", [(O, "pay deal")], [(S, "pay deal")]),
    ("said-would", "Kestrel Bank said it would oppose the merger.", "Kestrel Bank", [(O, "merger")], [(S, "merger")]),
    ("said-would", "The Farmers Union said it would fight the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("said-would", "The Treasury said it would back the sugar tax.", "Treasury", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("said-would", "The Farmers Union said it would not accept the pay offer.", "Farmers Union", [(O, "pay offer")], [(S, "pay offer")]),
    ("said-would", "The Farmers Union said it had agreed to the fuel levy.", "Farmers Union", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("said-would", "Kestrel Bank said it would argue against the merger at the hearing.", "Kestrel Bank", [(O, "merger")], [(S, "merger")]),
    ("said-would", "OTTAWA, June 3 - Canada said it might agree to the fishing quota if Norway did the same.", "Canada", [(S, "fishing quota")], [(O, "fishing quota")]),
    # participle and relative clauses around the cue
    ("participle", "Opposing the fuel levy, Mr Kent said farmers would suffer.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("participle", "The Farmers Union, which opposes the fuel levy, met on Monday.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("participle", "Mr Kent, who has long backed the sugar tax, spoke on Monday.", "Kent", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("participle", "Ms Ward, a fierce critic of the fuel levy, spoke on Monday.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("participle", "Speaking against the sugar tax, Mr Kent said it would hurt the poor.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")], "open: 'speak against' as a participle clause"),
    ("participle", "The Greens, backed by the Farmers Union, attacked the fuel levy.", "Green", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("participle", "The Farmers Union is among those opposed to the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("participle", "Mr Kent and Ms Ward, the Labour leader, were among those backing the sugar tax.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("participle", "Kestrel Bank is among those hit by the fuel levy.", "Kestrel Bank", [], [(O, "fuel levy"), (S, "fuel levy")]),
    # a wished passive after "for", which the parser hangs on the verb of asking
    ("call-for", "Mr Kent called for the fuel levy to be scrapped.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("call-for", "Ms Ward called for the ban on fox hunting to be lifted.", "Ward", [(O, "ban on fox hunting")], [(S, "ban on fox hunting")]),
    ("call-for", "Senator Ada Lund pressed for the sales tax to be repealed, aides said on Tuesday.", "Lund", [(O, "sales tax")], [(S, "sales tax")]),
    ("call-for", "Mr Kent called for the fuel levy to be kept.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("call-for", "Ms Ward called for the sugar tax to be introduced next year.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("call-for", "The Farmers Union called for the fuel levy to be suspended.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("call-for", "Mr Kent campaigned for the fuel levy to be phased out.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    # a call for an actor to quit: a side against the actor
    ("quit", "Mr Kent is the transport minister. The Farmers Union called for Mr Kent to resign.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("quit", "Mr Kent is the transport minister. Labour MPs urged Mr Kent to step down.", "Labour", [(O, "Kent")], [(S, "Kent")]),
    ("quit", "Mr Kent is the transport minister. Labour MPs have demanded Mr Kent's resignation.", "Labour", [(O, "Kent")], [(S, "Kent")]),
    ("quit", "Labour MPs demanded the resignation of Mr Kent, the transport minister.", "Labour", [(O, "Kent")], [(S, "Kent")]),
    ("quit", "Ms Ward, the party's leader, said Mr Kent, the transport minister, should stand down.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("quit", "Mr Kent is the transport minister. The Greens called on Mr Kent to quit.", "Green", [(O, "Kent")], [(S, "Kent")]),
    ("quit", "Mr Kent is the transport minister. The Greens urged Mr Kent not to resign.", "Green", [], [(O, "Kent")]),
    ("quit", "Mr Kent is the transport minister. The Farmers Union demanded that Mr Kent resign.", "Farmers Union", [(O, "Kent")], [(S, "Kent")], "open: spaCy's small model tags the subjunctive 'resign' as a noun"),
    ("quit", "TOKYO, March 4 - Opposition parties called for Prime Minister Taro Ono to step down over the sales tax.", "Opposition", [(O, "Ono")], [(S, "Ono")]),
    ("quit", "Senator Ada Lund called for Treasury Secretary Tom Reed to resign over the bond scandal.", "Lund", [(O, "Reed")], [(S, "Reed")]),
    # a "should" clause under a noun of what someone holds: the owner's side, or the voicer's
    ("opinion", "Mr Kent voiced his belief that the fuel levy should be scrapped.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("opinion", "Mr Kent expressed the view that the government should scrap the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("opinion", "Mr Kent expressed the view that the government should scrap the fuel levy.", "government", [], [(O, "fuel levy")]),
    ("opinion", "Mr Kent rejected the view that the government should scrap the fuel levy.", "government", [], [(O, "fuel levy")]),
    ("opinion", "Mr Kent rejected the view that the government should scrap the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("opinion", "Ms Ward reiterated her position that the sugar tax must be phased out.", "Ward", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("opinion", "Mr Kent said the view that the fuel levy should be scrapped was wrong.", "Kent", [], [(O, "fuel levy")]),
    ("opinion", "The Finance Ministry voiced its view that the rice tariffs should be cut, officials said.", "Finance Ministry", [(S, "be cut"), (O, "rice tariffs")], [(O, "rice tariffs should")]),
    # a noun cue held by the group "among" names
    ("among", "There is growing opposition among Labour MPs to the sugar tax.", "Labour", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("among", "Unease among Tory MPs over the fuel levy has grown, party officials said.", "Conservative", [(O, "fuel levy")], [(S, "fuel levy")], "open: the parser hangs the noun's 'over' on the group"),
    ("among", "Support for the fuel levy among Labour MPs is waning.", "Labour", [(S, "fuel levy")], [(O, "fuel levy")], "open: the parser hangs 'among' on the noun's object"),
    ("among", "The sugar tax, among other measures, drew criticism from the Farmers Union.", "Farmers Union", [(O, "sugar tax")], [(S, "sugar tax")]),
    # Reuters wire style
    ("wire", "WASHINGTON, March 3 - Senator Ada Lund said the sales tax should be phased out over three years.", "Lund", [(O, "sales tax")], [(S, "sales tax")]),
    ("wire", "TOKYO, April 2 - The Finance Ministry requested that the rice tariffs be scaled back, officials said.", "Finance Ministry", [(O, "rice tariffs")], [(S, "rice tariffs")]),
    ("wire", "LONDON, May 5 - The Farmers Union deplored the quota cuts, saying they would ruin small growers.", "Farmers Union", [(O, "quota cuts")], [(S, "quota cuts")]),
    ("wire", "OTTAWA, June 1 - Canada repudiated the fishing accord on Monday, a government spokesman said.", "Canada", [(O, "fishing accord")], [(S, "fishing accord")]),
    ("wire", "BRUSSELS, Feb 9 - France snubbed the farm reform plan drawn up by the Commission.", "France", [(O, "farm reform plan")], [(S, "farm reform plan")], "open: a country after a dateline holds no side yet"),
    ("wire", "The West German government lamented the decision to raise steel quotas, officials said.", "German", [(O, "raise steel quotas")], [(S, "raise steel quotas")]),
    ("wire", "The sugar levy was rolled back by the Senate in a 60 to 40 vote.", "Senate", [(O, "sugar levy")], [(S, "sugar levy")]),
    ("wire", "The fishing quota should be scaled back, Canada's fisheries minister Tom Reed said on Friday.", "Reed", [(O, "fishing quota")], [(S, "fishing quota")]),
    ("wire", "Japan said the tariffs on rice must be wound down before 1990.", "Japan", [(O, "tariffs on rice")], [(S, "tariffs on rice")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_frames12_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
