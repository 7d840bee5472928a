"""A battery of Reuters wire constructions (issue 10, session 14): governments, blocs and agencies as the actors
("Japan refused", "Washington warned Tokyo", "EC farm ministers", "the administration", "the Fed"), stances told
through "said it would oppose", a relative clause of the holder ("X, which has opposed Y, said"), a bill's sponsor
("the proposal by Rep. X, D-Ohio, which would impose ..."), a backer named after the verb ("is also backed by
the senior Democrat on the committee, X"), requests of one government to another ("X urged Y to cut Z": the
asker backs cutting Z), threats of retaliation ("X has threatened to retaliate if Y bans Z": X is against the ban),
and trade and farm-policy positions (quotas, tariffs, duties, subsidies, loan rates, bills, amendments). The
misreadings nearby: a country that is only a place, "officials said" given to the wrong country, a figure or a
date read as a position. Every sentence is invented (countries' policies, congressmen, companies). A case marked
`open` is not read yet: it is counted, not hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading[, "open"])
CASES = [
    # a people's adjective on a noun of taking sides stands for its state; on goods or trade it is only a kind
    ("people", "American support for the coffee accord is waning.", "United States", [(S, "coffee accord")], [(O, "coffee accord")]),
    ("people", "French objections to the milk levy delayed the talks.", "France", [(O, "milk levy")], [(S, "milk levy")]),
    ("people", "British criticism of the sugar levy grew on Tuesday.", "United Kingdom", [(O, "sugar levy")], [(S, "sugar levy")]),
    ("people", "Tonmark faces mounting American pressure for a cut in its rice tariffs.", "United States", [(S, "cut in its rice tariffs")], [(O, "cut in its rice tariffs")]),
    ("people", "Japanese opposition to the beef quota is strong, diplomats said.", "Japan", [(O, "beef quota")], [(S, "beef quota")], "open"),  # the adjective is not tagged a people here
    ("people-not", "Japanese exports of cars to Norland rose 5 pct in May.", "Japan", [], [(S, "cars"), (O, "cars")]),
    ("people-not", "French farmers staged protests against the milk levy.", "France", [], [(O, "milk levy")]),
    # a government or bloc as the actor of a stance verb
    ("actor", "Japan refused to lift its quota on Norland beef, officials said.", "Japan", [(S, "quota"), (O, "lift")], [(O, "quota")]),
    ("actor", "Canada rejected the proposed duty on Borduvian lumber.", "Canada", [(O, "duty on Borduvian lumber")], [(S, "duty")]),
    ("actor", "The European Community opposes the new tariffs on soybean oil, a Commission spokesman said.", "European Community", [(O, "tariffs on soybean oil")], [(S, "tariffs")]),
    ("actor", "The Community has strongly criticised the Norland export subsidies.", "Community", [(O, "export subsidies")], [(S, "export subsidies")]),
    ("actor", "EC farm ministers backed a freeze on cereal prices on Tuesday.", "EC", [(S, "freeze on cereal prices")], [(O, "freeze")]),
    ("actor", "U.S. officials welcomed the cut in Borduvian steel quotas.", "U.S.", [(S, "cut in Borduvian steel quotas")], [(O, "cut")]),
    ("actor", "The administration opposes the textile quota bill, Treasury officials said.", "administration", [(O, "textile quota bill")], [(S, "textile quota bill")]),
    ("actor", "The Hale administration has endorsed the rural lending bill.", "administration", [(S, "rural lending bill")], [(O, "rural lending bill")]),
    ("actor", "West Germany has resisted calls for a cut in its discount rate.", "Germany", [(O, "cut in its discount rate")], [(S, "discount rate")]),
    ("actor", "Brazil rejected the IMF austerity programme on Friday.", "Brazil", [(O, "austerity programme")], [(S, "austerity programme")]),
    ("actor", "The Fed opposes any easing of credit policy at this stage, sources said.", "Fed", [(O, "easing of credit policy")], [(S, "easing")]),
    ("actor", "France blocked the Commission's plan for a levy on vegetable oils.", "France", [(O, "levy on vegetable oils")], [(S, "levy")]),
    ("actor", "Britain favours a tax on oils and fats, diplomats said.", "United Kingdom", [(S, "tax on oils and fats")], [(O, "tax on oils")]),
    ("actor", "Norland has proposed a ceiling on dairy output.", "Norland", [(S, "ceiling on dairy output")], [(O, "ceiling")]),
    ("actor", "The Treasury has repeatedly opposed a weaker dollar.", "Treasury", [(O, "weaker dollar")], [(S, "weaker dollar")]),
    ("actor", "The Senate Finance Committee approved the trade bill by 12 votes to 8.", "Finance Committee", [(S, "trade bill")], [(O, "trade bill")]),
    # a capital standing for its government (metonymy)
    ("capital", "Washington warned Tokyo that it would impose duties on Japanese cameras.", "United States", [(S, "duties"), (W, "Japan")], [(O, "duties")]),
    ("capital", "Tokyo has rejected Washington's demand for a cut in rice quotas.", "Japan", [(O, "cut in rice quotas")], [(S, "cut in rice quotas")]),
    ("capital", "Ottawa opposes the American duty on Canadian zinc.", "Canada", [(O, "duty on Canadian zinc")], [(S, "duty")]),
    ("capital", "Bonn supports the proposed cut in farm subsidies, officials said.", "Germany", [(S, "cut in farm subsidies")], [(O, "cut in farm subsidies")]),
    ("capital", "Paris has criticised the Community's plans for a milk levy.", "France", [(O, "milk levy")], [(S, "milk levy")]),
    # a capital owning a stance or a policy ("Tokyo's plan", "Washington's intention") stands for its government
    ("capital-owner", "Ottawa's objection to the zinc duty was raised again on Monday.", "Canada", [(O, "zinc duty")], [(S, "zinc duty")]),
    ("capital-owner", "The minister restated Washington's intention to retaliate if Norland imposes the rice quota.", "United States",
     [(O, "rice quota")], [(S, "rice quota")]),
    ("capital-owner", "Bonn's plan to scrap the coal subsidies angered the miners, a union leader said.", "Germany",
     [(S, "scrap the coal subsidies")], [(O, "scrap the coal subsidies")]),
    ("capital-owner", "Canberra's refusal to accept the wool quota surprised the delegates.", "Australia", [], [(S, "wool quota")]),
    ("capital-not", "Ottawa's streets were crowded with farmers protesting against the zinc duty.", "Canada", [],
     [(O, "zinc duty"), (S, "zinc duty")]),
    # the place is only a place
    ("place", "Talks in Geneva on the coffee quota collapsed on Monday.", "Geneva", [], [(S, "coffee quota"), (O, "coffee quota")]),
    ("place", "Mr Kent, speaking in Tokyo, said he opposed the steel quota.", "Japan", [], [(O, "steel quota"), (S, "steel quota")]),
    ("place", "Mr Kent, speaking in Tokyo, said he opposed the steel quota.", "Kent", [(O, "steel quota")], [(S, "steel quota")]),
    ("place", "Exports of Norland corn to Japan rose 12 pct in March.", "Japan", [], [(S, "corn"), (O, "corn")]),
    # officials said, sources said: the body of the officials, never the place or a third country
    ("officials", "Norland officials said they would oppose any cut in the coffee quota.", "Norland", [(O, "cut in the coffee quota")], [(S, "cut in the coffee quota")]),
    ("officials", "Japanese officials said Tokyo would resist the tariff on microchips.", "Japan", [(O, "tariff on microchips")], [(S, "tariff")]),
    ("officials", "The tariff on Borduvian steel is opposed by Norland, U.S. officials said.", "Norland", [(O, "tariff on Borduvian steel")], [(S, "tariff")]),
    ("officials", "The tariff on Borduvian steel is opposed by Norland, U.S. officials said.", "U.S.", [], [(O, "tariff"), (S, "tariff")]),
    ("officials", "Canada backs the grain accord, Borduvian officials said.", "Borduvia", [], [(S, "grain accord")]),
    ("officials", "Borduvia will not accept a lower coffee quota, sources close to the talks said.", "Borduvia", [(O, "lower coffee quota")], [(S, "lower coffee quota")]),
    ("officials", "The Community will oppose the soybean levy, EC sources said.", "Community", [(O, "soybean levy")], [(S, "soybean levy")]),
    # said it would / will oppose / support
    ("said-would", "Norland said it would oppose the new quota on textile imports.", "Norland", [(O, "quota on textile imports")], [(S, "quota")]),
    ("said-would", "The Farm Bureau said it will support the loan rate increase.", "Farm Bureau", [(S, "loan rate increase")], [(O, "loan rate increase")]),
    ("said-would", "Canada said on Tuesday it would fight the countervailing duty on its lumber.", "Canada", [(O, "countervailing duty")], [(S, "countervailing duty")]),
    ("said-would", "The Commission said it would back a cut in the sugar levy.", "Commission", [(S, "cut in the sugar levy")], [(O, "cut in the sugar levy")]),
    ("said-would", "Japan said it would not accept the American proposal for beef quotas.", "Japan", [(O, "beef quotas"), (O, "proposal")], [(S, "beef quotas")]),
    ("said-would", "Norcast Steel said it would challenge the import duty in court.", "Norcast", [(O, "import duty")], [(S, "import duty")]),
    ("said-would", "The Farmers Union said it was opposed to the wage freeze.", "Farmers Union", [(O, "wage freeze")], [(S, "wage freeze")]),
    ("said-would", "Borduvia said it was in favour of an early end to the grain embargo.", "Borduvia", [(S, "end to the grain embargo")], [(S, "grain embargo")], "open"),  # the entity recogniser reads "an early end" as a date
    # "X said it would V": the body reported acts, and pledges the act (not a figure, not a fate)
    ("said-it-would", "Norland said it would continue to subsidise its wheat exports.", "Norland", [(S, "subsidise its wheat exports")], [(O, "wheat exports")], "open"),  # a pledge of a body reported as "X said it would V" is not read (commitment.py skips "it"; letting it pledge cost train stance F1 0.773 -> 0.759)
    # (read since session 22: "it" of a body's own report pledges an act of policy, commitment.py _own_it)
    ("said-it-would", "The city council said it would close the Kent Street library.", "council", [(S, "close the Kent Street library")], []),
    ("said-it-would", "Tonmark said on Friday it would abolish its export licences for timber.", "Tonmark", [(S, "abolish its export licences"), (O, "export licences")], [(S, "export licences")]),
    ("said-it-would-not", "Tonmark said it would lose 200 mln dlrs this year.", "Tonmark", [], [(S, "lose"), (S, "200 mln")]),
    ("said-it-would-not", "Mr Kent said the levy was unfair and it would raise costs for farmers.", "Kent", [], [(S, "raise costs")]),
    # (selling a share of a unit is the firm's plan, as readers take it: the act, never the figure alone)
    ("said-it-would", "Norcast Steel said it would sell 20 pct of its steel unit.", "Norcast", [(S, "sell 20 pct of its steel unit")], [(S, "20 pct")]),
    # the holder's relative clause
    ("which-has", "Norland, which has opposed the coffee quota, said it would attend the talks.", "Norland", [(O, "coffee quota")], [(S, "coffee quota")]),
    ("which-has", "The Farm Bureau, which supports the export subsidy, said prices would rise.", "Farm Bureau", [(S, "export subsidy")], [(O, "export subsidy")]),
    ("which-has", "Canada, which has long opposed the duty on zinc, said it would appeal.", "Canada", [(O, "duty on zinc")], [(S, "duty on zinc")]),
    ("which-has", "The Community, which backs a freeze on farm prices, will meet on Monday.", "Community", [(S, "freeze on farm prices")], [(O, "freeze on farm prices")]),
    ("which-has", "Senator Ada Lund, who has fought the grain embargo for years, said she was hopeful.", "Lund", [(O, "grain embargo")], [(S, "grain embargo")]),
    ("which-has", "The Treasury, which has criticised the tax credit, declined to comment.", "Treasury", [(O, "tax credit")], [(S, "tax credit")]),
    # a bill or proposal and its sponsor
    ("sponsor", "The proposal by Rep. Tom Hale, D-Ohio, which would impose a quota on shoe imports, faces opposition.", "Hale", [(S, "quota on shoe imports"), (S, "proposal")], [(O, "quota")]),
    ("sponsor", "A bill sponsored by Senator Ada Lund would raise the loan rate for corn.", "Lund", [(S, "bill"), (S, "loan rate")], [(O, "bill")]),
    ("sponsor", "The amendment offered by Rep. Jim Cole, R-Kan., would freeze target prices.", "Cole", [(S, "amendment"), (S, "freeze target prices")], [(O, "amendment")], "open"),  # "offered by": offering a bill or amendment is not a cue
    ("sponsor", "Rep. Tom Hale, D-Ohio, introduced a bill to cut dairy subsidies.", "Hale", [(S, "cut dairy subsidies"), (S, "bill")], [(O, "bill")]),
    ("sponsor", "Senator Ada Lund has proposed legislation to extend the export bonus scheme.", "Lund", [(S, "export bonus scheme"), (S, "legislation")], [(O, "export bonus")]),
    ("sponsor", "Rep. Jim Cole, R-Kan., plans to offer an amendment that would end the wool subsidy.", "Cole", [(S, "amendment"), (O, "wool subsidy")], [(S, "wool subsidy")]),  # "plans to offer an amendment": a plan of an act (target_heads.planned_act)
    ("sponsor", "Senator Ada Lund's bill, which would limit farm payments, passed the committee on Tuesday.", "Lund", [(S, "bill"), (S, "limit farm payments")], [(O, "bill")]),
    ("sponsor", "The Senate took up the plan by Senator Ada Lund to cut dairy subsidies.", "Lund", [(S, "cut dairy subsidies"), (S, "plan")], [(O, "plan")], "open"),  # the parser hangs "by X" after an object on the verb
    ("sponsor", "A bill by Rep. Tom Hale would ban imports of Tonmark textiles.", "Hale", [(S, "bill")], [(O, "bill")]),
    ("sponsor", "The tariff proposal by the Commission drew fire from Norland.", "Commission", [(S, "proposal")], [(O, "proposal")]),  # a noun cue (proposal, plan) with no target of its own is not its maker's policy: "Labour's plans" points back
    ("sponsor", "The levy scheme by the Commission drew fire from Norland.", "Commission", [(S, "levy scheme")], [(O, "levy scheme")]),
    ("sponsor-not", "The report by the Commission on farm quotas was published on Monday.", "Commission", [], [(S, "farm quotas"), (S, "report")]),
    ("sponsor-not", "The speech by Senator Ada Lund was cut short by protesters.", "Lund", [], [(S, "speech")]),
    # a list of actors the parser reads as a name with an apposition
    ("list", "Senator Ada Lund, the Farm Bureau and the Grain Council endorsed the credit bill.", "Farm Bureau", [(S, "credit bill")], [(O, "credit bill")]),
    ("list", "Senator Ada Lund, the Farm Bureau and the Grain Council endorsed the credit bill.", "Grain Council", [(S, "credit bill")], [(O, "credit bill")]),
    ("list", "Rep. Tom Hale, the Farmers Union and the Millers Federation oppose the sugar levy.", "Millers Federation", [(O, "sugar levy")], [(S, "sugar levy")]),
    ("list", "Norland, Tonmark and the European Community rejected the coffee quota.", "Tonmark", [(O, "coffee quota")], [(S, "coffee quota")]),
    ("list-not", "Mr Kent, the chairman and chief executive of Norcast Steel, opposed the import quota.", "Norcast", [], [(O, "import quota")]),
    ("list-not", "Mr Kent, the Farm Bureau president, opposed the import quota.", "Farm Bureau", [], [(O, "import quota")]),
    # a backer named after the verb, or in the passive
    ("backed-by", "The farm bill is also backed by the senior Democrat on the Senate Banking Committee, Jim Cole.", "Cole", [(S, "bill")], [(O, "bill")]),
    ("backed-by", "The quota plan is backed by the Farm Bureau and opposed by the Millers Federation.", "Farm Bureau", [(S, "quota plan")], [(O, "quota plan")]),
    ("backed-by", "The quota plan is backed by the Farm Bureau and opposed by the Millers Federation.", "Millers Federation", [(O, "quota plan")], [(S, "quota plan")], "open"),  # a second passive participle after "and" takes no agent of its own
    ("backed-by", "The dairy measure has been endorsed by the National Grain Council.", "Grain Council", [(S, "measure")], [(O, "measure")]),
    ("backed-by", "The tariff is opposed by the administration, which fears retaliation.", "administration", [(O, "tariff")], [(S, "tariff")]),
    ("backed-by", "Also backing the amendment is Senator Ada Lund of Iowa.", "Lund", [(S, "amendment")], [(O, "amendment")], "open"),  # an inverted participle clause with the holder after the copula
    ("backed-by", "The sugar levy was criticised by Borduvia and Tonmark at the meeting.", "Borduvia", [(O, "sugar levy")], [(S, "sugar levy")]),
    ("came-from", "Support for the quota plan came from Norland and Tonmark.", "Tonmark", [(S, "quota plan")], [(O, "quota plan")]),
    ("came-from", "Opposition to the sugar levy came from the Farmers Union.", "Farmers Union", [(O, "sugar levy")], [(S, "sugar levy")]),
    ("came-from", "The strongest criticism of the wool subsidy came from Senator Ada Lund.", "Lund", [(O, "wool subsidy")], [(S, "wool subsidy")]),
    ("came-from", "Calls for a cut in the sugar levy came from Tonmark on Monday.", "Tonmark", [(S, "cut in the sugar levy")], [(O, "cut in the sugar levy")]),
    ("came-from-not", "The grain for the relief plan came from Norland.", "Norland", [], [(S, "relief plan")]),
    # a request of one government to another: the asker backs the act asked for
    ("urge", "Washington urged Tokyo to open its rice market.", "United States", [(S, "open its rice market")], [(O, "rice market")]),
    ("urge", "The United States pressed Japan to cut its tariffs on beef.", "United States", [(S, "cut its tariffs on beef")], [(S, "tariffs on beef")]),
    ("urge", "Borduvia asked Norland to lift the embargo on its wheat.", "Borduvia", [(O, "embargo"), (S, "lift the embargo")], [(S, "embargo")]),
    ("urge", "EC ministers called on Japan to reduce its trade surplus.", "EC", [(S, "reduce its trade surplus")], [(S, "trade surplus")]),
    ("urge", "The Fed has urged Congress to cut the budget deficit.", "Fed", [(S, "cut the budget deficit")], [(S, "budget deficit")]),
    ("urge", "Senator Ada Lund asked the administration to raise the loan rate for wheat.", "Lund", [(S, "raise the loan rate"), (S, "loan rate")], [(O, "loan rate")]),
    ("urge", "Norland has pressed the Community to scrap its export subsidies.", "Norland", [(O, "export subsidies"), (S, "scrap its export subsidies")], [(S, "export subsidies")]),
    ("urge", "The farm groups urged the Agriculture Department to expand the export bonus scheme.", "farm groups", [(S, "export bonus scheme")], [(O, "export bonus scheme")]),
    ("urge", "Japan was urged by the United States to boost domestic spending.", "United States", [(S, "boost domestic spending")], []),
    ("urge-not", "Japan was urged by the United States to boost domestic spending.", "Japan", [], [(S, "boost"), (O, "boost")]),
    ("urge-not", "Washington urged Tokyo to open its rice market.", "Japan", [], [(S, "open its rice market"), (O, "open its rice market")]),
    ("urge", "Canada asked Washington to drop the duty on its lumber, officials said.", "Canada", [(O, "duty on its lumber"), (S, "drop the duty")], [(S, "duty on its lumber")]),
    ("urge", "Tonmark was pressed by Norland to cut its tariffs on wheat.", "Norland", [(S, "cut its tariffs on wheat")], [(S, "tariffs on wheat")]),
    ("urge-not", "Tonmark was pressed by Norland to cut its tariffs on wheat.", "Tonmark", [], [(S, "cut its tariffs"), (O, "tariffs on wheat")]),
    ("urge-not", "Mr Kent was urged to drop the fuel levy.", "Kent", [], [(O, "fuel levy"), (S, "drop the fuel levy")]),
    ("urge-not", "Japan has been asked to lift its ban on beef imports.", "Japan", [], [(O, "ban on beef imports")]),
    ("urge-not", "Borduvia was encouraged by Norland's example to scrap its sugar quota.", "Borduvia", [], [(O, "sugar quota")]),
    # the act one government wants of another (FrameNet Desiring): the wanter's side, not the other's
    ("want", "France wants the Commission to drop the milk levy plan.", "France", [(O, "milk levy plan")], [(S, "milk levy plan")]),
    ("want-not", "France wants the Commission to drop the milk levy plan.", "Commission", [], [(O, "milk levy plan")]),
    ("want", "Norland would like Tonmark to lift its embargo on grain.", "Norland", [(O, "embargo on grain")], [(S, "embargo on grain")]),
    ("want-not", "Norland would like Tonmark to lift its embargo on grain.", "Tonmark", [], [(O, "embargo on grain")]),
    ("want", "The Farm Bureau wants Congress to back the loan rate increase.", "Farm Bureau", [(S, "loan rate increase")], [(O, "loan rate increase")]),
    ("want-not", "Grain traders expect the Farm Bureau to oppose the loan rate increase.", "traders", [], [(O, "loan rate increase")]),
    # a threat of retaliation: against the other side's act, and warning that side
    ("retaliate", "The United States has threatened to retaliate if the Community bans imports of treated pork.", "United States", [(O, "ban"), (O, "imports of treated pork"), (W, "Community"), (O, "Community")], [(S, "ban")]),
    ("retaliate", "Norland threatened to retaliate if Borduvia raises its tariffs on corn.", "Norland", [(O, "tariffs on corn"), (O, "raises its tariffs"), (W, "Borduvia"), (O, "Borduvia")], [(S, "tariffs on corn")]),
    ("retaliate", "Canada warned it would retaliate against any new duty on its zinc.", "Canada", [(O, "duty on its zinc"), (W, "duty")], [(S, "duty")]),
    ("retaliate", "Japan said it would take countermeasures if the quota on microchips was imposed.", "Japan", [(O, "quota on microchips"), (W, "quota")], [(S, "quota")]),
    ("retaliate", "Washington will impose sanctions on Tokyo unless it cuts its chip exports.", "United States", [(S, "sanctions"), (S, "cuts its chip exports"), (W, "Japan"), (O, "Japan")], [(O, "sanctions")]),
    ("retaliate", "The Community threatened retaliation against the American tariffs on pasta.", "Community", [(O, "tariffs on pasta")], [(S, "tariffs on pasta")], "open"),  # the label is "American tariffs": the "on" phrase after a preposition's object is no alias
    ("retaliate", "Borduvia has threatened to impose duties on Norland cars in retaliation for the steel quota.", "Borduvia", [(O, "steel quota"), (S, "duties on Norland cars")], [(S, "steel quota")]),
    ("retaliate", "Norland said it would take countermeasures if Tonmark raised its wheat tariffs.", "Norland", [(O, "wheat tariffs")], [(S, "wheat tariffs")]),
    ("retaliate", "The Community threatened reprisals if Washington imposed the pasta duties.", "Community", [(O, "pasta duties")], [(S, "pasta duties")]),
    ("retaliate", "Borduvia will seek retaliation if Norland raises its duties on wine.", "Borduvia", [(O, "duties on wine")], [(S, "duties on wine")]),
    ("retaliate", "Norland took countermeasures against the Tonmark steel quota.", "Norland", [(O, "steel quota")], [(S, "steel quota")]),
    ("retaliate-not", "Japan will take countermeasures if the talks fail.", "Japan", [], [(O, "talks"), (S, "talks")]),
    ("retaliate-not", "Norland will take countermeasures if it loses the vote on the quota.", "Norland", [], [(O, "quota"), (O, "vote")]),
    # threats, demands and concessions between governments
    ("demand", "Norland demanded that Borduvia lift its ban on beef imports.", "Norland", [(O, "ban on beef imports"), (S, "lift its ban")], [(S, "ban on beef imports")]),
    ("demand", "The United States is demanding a 20 pct cut in Japanese steel exports.", "United States", [(S, "cut in Japanese steel exports")], [(O, "cut in Japanese steel exports")]),
    ("demand", "Japan agreed to cut its chip exports to avert the tariffs.", "Japan", [(S, "cut its chip exports"), (O, "tariffs")], [(S, "tariffs")]),
    ("demand", "Borduvia has offered to lower its duties on wine in return for a bigger sugar quota.", "Borduvia", [(S, "lower its duties"), (S, "sugar quota")], [(O, "sugar quota")]),
    ("demand", "The Community insisted on a freeze of export refunds.", "Community", [(S, "freeze of export refunds")], [(O, "freeze")]),
    ("demand", "Canada conceded a cut in its wheat subsidy after the talks.", "Canada", [(S, "cut in its wheat subsidy")], [], "open"),  # a concession of a measure is not a cue
    # trade and farm-policy positions as targets, with figures that are no positions
    ("trade", "Canada opposes a 35 pct tariff on Norland fertiliser, officials said.", "Canada", [(O, "tariff on Norland fertiliser")], [(O, "43 pct"), (S, "tariff")]),
    ("trade", "Senator Ada Lund opposes the proposed 10 pct cut in the loan rate for wheat.", "Lund", [(O, "cut in the loan rate")], [(O, "10 pct"), (S, "cut")]),
    ("trade", "The Farm Bureau supports the export bonus scheme, which cost 500 mln dlrs last year.", "Farm Bureau", [(S, "export bonus scheme")], [(S, "500 mln"), (O, "export bonus")]),
    ("trade", "The millers oppose higher sugar quotas, their association said on Monday.", "millers", [(O, "higher sugar quotas")], [(S, "sugar quotas")], "open"),  # a plural group of an unnamed trade is no node
    ("trade", "The administration wants a two-year freeze on target prices.", "administration", [(S, "freeze on target prices")], [(O, "freeze")]),
    ("trade", "Rep. Tom Hale, D-Ohio, said he would vote against the dairy amendment.", "Hale", [(O, "dairy amendment")], [(S, "dairy amendment")]),
    ("trade", "Norland's farm minister said the sugar quota was unfair to small growers.", "Norland", [(O, "sugar quota")], [(S, "sugar quota")]),
    ("trade", "The Commission plans to cut intervention prices for cereals by 3 pct.", "Commission", [(S, "cut intervention prices")], [(O, "cut intervention prices")]),
    ("trade", "Brazil suspended interest payments on its foreign debt in February.", "Brazil", [], [(S, "February"), (O, "February")]),
    ("trade", "Exports of corn rose to 40 mln tonnes, the Agriculture Department said.", "Agriculture Department", [], [(S, "40 mln"), (O, "40 mln"), (S, "corn"), (O, "corn")]),
    ("trade", "The central bank lowered its discount rate to 3 pct on Friday.", "central bank", [], [(S, "3 pct"), (O, "3 pct"), (O, "discount rate")]),
    # a policy said to break a rule (FrameNet Compliance nouns): against it
    ("breach", "Norland said the quota was a clear breach of the grain accord.", "Norland", [(O, "quota")], [(S, "quota")]),
    ("breach", "Norland said Tonmark's subsidies were an infringement of the steel pact.", "Norland", [(O, "subsidies")], [(S, "subsidies")]),
    ("breach-not", "Mr Kent said the sale was a breach of trust.", "Kent", [], [(S, "sale"), (O, "trust")]),
    ("breach-not", "Norland said there had been a breach of security at the plant.", "Norland", [], [(O, "security"), (O, "plant")]),
    # wire attribution: "X said" at the end, a dependent body, a spokesman of a body
    ("attribution", "The quota would hurt Norland's farmers, a Norland government spokesman said.", "Norland", [(O, "quota"), (W, "quota")], [(S, "quota")]),
    ("attribution", "A Commission spokesman said the Community would not accept the soybean tariff.", "Community", [(O, "soybean tariff")], [(S, "soybean tariff")]),
    ("attribution", "The new duty is a violation of the trade accord, Canadian trade minister Jean Roy said.", "Roy", [(O, "new duty"), (O, "duty")], [(S, "duty")]),
    ("attribution", "Finance Minister Karl Dorn told reporters that Tonmark favoured a stable dollar.", "Tonmark", [(S, "stable dollar")], [(O, "stable dollar")]),
    ("attribution", "Finance Minister Karl Dorn told reporters that Tonmark favoured a stable dollar.", "Dorn", [], [(O, "stable dollar")]),
    ("attribution", "Treasury Secretary Paul Ames said the administration would veto the textile bill.", "administration", [(O, "textile bill")], [(S, "textile bill")]),
    ("attribution", "Treasury Secretary Paul Ames said the administration would veto the textile bill.", "Ames", [], [(S, "textile bill")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


def _names(graph) -> dict[str, list[str]]:
    """A node's label and aliases: the scorer takes any of them ("the tariff" with "the tariff on microchips"
    hung by the parser on the verb is one node with both names)."""
    return {e.id: [e.label.lower(), *(a.lower() for a in e.aliases)] for e in graph.entities}


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_wire_battery(build_text, construction, text, holder, sides, wrong):
    graph = build_text(text)
    assert_sides(graph, holder, [], wrong)
    names = _names(graph)
    mine = [(s.relation, names[s.object]) for s in graph.statements
            if any(holder.lower() in n for n in names[s.subject]) and s.relation in (S, O, W)]
    assert not sides or any(r == rr and any(t.lower() in n for n in ns) for r, ns in mine for rr, t in sides), mine
