"""Positions: short noun phrases for the policies actors take sides on, one node for all paraphrases."""
from __future__ import annotations

import pytest

from graph.extract.language.lexicon import load_lexicon
from graph.extract.policies.positions import PositionMention, cluster_positions, content_words, phrase_span
from conftest import stance_triples

TAKEOVER = "President Ada Kovac pushed for a full military takeover of the island. "


def _positions(graph):
    return [e for e in graph.entities if e.type == "position"]


@pytest.mark.parametrize("second", [
    "General Omar Reyes opposed such a move.",
    "General Omar Reyes rejected the plan.",
    "General Omar Reyes warned against a complete occupation of the island.",
    "General Omar Reyes said a complete occupation of the island would be a disaster.",
], ids=["such-a-move", "the-plan", "complete-occupation", "reported-speech"])
def test_positions_paraphrases_are_one_node(build_text, second):
    graph = build_text(TAKEOVER + second)
    positions = _positions(graph)
    assert len(positions) == 1, [p.label for p in positions]
    assert "takeover" in positions[0].label
    holders = {s for s, _, o in stance_triples(graph) if o == positions[0].label}
    assert holders == {"Ada Kovac", "Omar Reyes"}


def test_positions_all_paraphrases_in_one_article_are_one_node(build_text):
    graph = build_text(TAKEOVER + "General Omar Reyes rejected the plan. Senator Lin Park warned against a "
                       "complete occupation of the island. Admiral Jo Tan opposed such a move.")
    positions = _positions(graph)
    assert len(positions) == 1, [p.label for p in positions]
    assert "complete occupation of the island" in positions[0].aliases


@pytest.mark.parametrize("text", [
    "Finance Minister Lena Strand unveiled a plan for a sugar tax. Senator Tom Okafor criticised the sugar tax.",
    "Finance Minister Lena Strand backed the proposal for a sugar tax. Senator Tom Okafor opposed the sugar tax.",
], ids=["plan-for", "proposal-for"])
def test_positions_plan_for_x_is_about_x(build_text, text):
    graph = build_text(text)
    positions = _positions(graph)
    assert [p.label for p in positions] == ["sugar tax"]
    assert stance_triples(graph) >= {("Lena Strand", "supports", "sugar tax"), ("Tom Okafor", "opposes", "sugar tax")}


@pytest.mark.parametrize("second", [
    "Union leader Rita Mole condemned the rise.",
    "Union leader Rita Mole condemned the increase.",
    "Union leader Rita Mole condemned the hike.",
    "Union leader Rita Mole condemned the fare increase.",
], ids=["rise", "increase", "hike", "fare-increase"])
def test_positions_a_rise_is_the_raising_named_before(build_text, second):
    # raise, rise, increase and hike name one act (positions.json synonyms), as cut and reduction do
    graph = build_text("The Ruritanian rail board plans to raise train fares by a tenth. " + second)
    positions = _positions(graph)
    assert len(positions) == 1, [p.label for p in positions]
    assert stance_triples(graph) >= {("Rita Mole", "opposes", positions[0].label)}


@pytest.mark.parametrize("text, label", [
    ("Union leader Rita Mole opposed the pay deal. Ann Lee backed the plan for an elected senate.", "senate"),
    ("Union leader Rita Mole opposed the pay deal. Bob Hart backed plans for a smaller parliament.", "parliament"),
    ("Union leader Rita Mole opposed the pay deal. Jo Pike called for a new regulator.", "regulator"),
], ids=["elected-senate", "smaller-parliament", "new-regulator"])
def test_positions_a_body_asked_for_is_the_policy(build_text, text, label):
    # the body asked for is no actor (nor a pointer back at the pay deal): it is what the policy creates
    graph = build_text(text)
    assert label not in {e.label.lower() for e in graph.entities if e.type == "institution"}
    holder = text.split(". ")[1].split(" ")[0:2]
    sides = {(s, o) for s, r, o in stance_triples(graph) if r == "supports"}
    assert any(s == " ".join(holder) and label in o.lower() for s, o in sides), sorted(sides)


def test_positions_a_body_that_acts_stays_a_body(build_text):
    graph = build_text("Union leader Rita Mole opposed the pay deal. The deal was drawn up by an independent panel.")
    assert ("independent panel", "supports", "pay deal") in stance_triples(graph)


@pytest.mark.parametrize("text, label", [
    ("The Greens have called for a cap on rents for years.", "cap on rents"),
    ("Senator Tom Bell has backed a ban on smoking since 2001.", "ban on smoking"),
    ("Senator Jo Pike has demanded a public inquiry for a decade.", "public inquiry"),
    ("Senator Cy Ode backed a ban on hunting for five years.", "ban on hunting for five years"),
], ids=["for-years", "since-year", "for-a-decade", "a-term-of-the-ban"])
def test_positions_how_long_a_side_is_held_is_no_part_of_the_policy(build_text, text, label):
    assert [p.label for p in _positions(build_text(text))] == [label]


@pytest.mark.parametrize("text, side", [
    ("Ruritania asked parliament to approve quotas on imports of frozen cod, a move opposed by the Farmers Union.",
     ("Farmers Union", "opposes", "quotas on imports of frozen cod")),
    ("The ministry plans to scrap the bridge toll, a step welcomed by the Farmers Union.",
     ("Farmers Union", "opposes", "bridge toll")),
    ("Senator Tom Bell proposed a cap on rents, a measure backed by the Tenants Union.",
     ("Tenants Union", "supports", "cap on rents")),
], ids=["move-opposed", "step-welcomed-of-an-undoing", "measure-backed"])
def test_positions_a_move_after_a_comma_is_the_act_just_told(build_text, text, side):
    graph = build_text(text)
    assert side in stance_triples(graph)
    assert len(_positions(graph)) == 1, [p.label for p in _positions(graph)]


@pytest.mark.parametrize("second, side", [
    ("Senator Edward Dale branded the revaluation a shambles.", "opposes"),
    ("Senator Edward Dale attacked the revaluation.", "opposes"),
    ("Senator Edward Dale described the revaluation as long overdue.", "supports"),
], ids=["branded-two-objects", "attacked", "described-as"])
def test_positions_a_policy_taken_up_again_by_its_head(build_text, second, side):
    # "the revaluation" is no policy word, but it takes up the one just planned
    graph = build_text("Ministers plan a revaluation of council tax bands. " + second)
    assert ("Edward Dale", side, "revaluation of council tax bands") in stance_triples(graph)


@pytest.mark.parametrize("text, side", [
    ("The Swedish government rejected the proposed cut in steel output.", ("Sweden", "opposes")),
    ("Senator Ann Lee backed a reduction in coal production.", ("Ann Lee", "supports")),
], ids=["cut-in-output", "reduction-in-production"])
def test_positions_a_curb_on_output_is_a_policy(build_text, text, side):
    holder, relation = side
    assert any(s == holder and r == relation for s, r, _ in stance_triples(build_text(text)))


def test_positions_a_fall_in_output_is_a_figure(build_text):
    assert not _positions(build_text("Kestrel Motors welcomed a fall in output at its rival's plants."))


def test_positions_two_rises_of_different_things_stay_apart(build_text):
    graph = build_text("The Ruritanian rail board plans to raise train fares. The Federation of Small Shops opposed a rise in business rates.")
    assert len(_positions(graph)) == 2, [p.label for p in _positions(graph)]


@pytest.mark.parametrize("text, labels", [
    ("Finance Minister Lena Strand backed a sugar tax. Senator Tom Okafor opposed a carbon tax.",
     {"sugar tax", "carbon tax"}),
    ("Finance Minister Lena Strand backed a sugar tax. Senator Tom Okafor backed a ban on plastic bags.",
     {"sugar tax", "ban on plastic bags"}),
], ids=["share-a-head", "unrelated"])
def test_positions_different_policies_stay_apart(build_text, text, labels):
    assert {p.label for p in _positions(build_text(text))} == labels


def test_positions_anaphor_with_nothing_in_focus_is_no_node(build_text):
    graph = build_text("Mr Harwood rejected the plan on Monday.")
    assert _positions(graph) == []
    assert not [s for s in graph.statements if s.relation == "opposes"]


def test_positions_labels_are_short_and_in_the_article(seed_graph):
    text = " ".join(seed_graph.article.text.replace("\u2019", "'").split())
    for p in _positions(seed_graph):
        assert 1 <= len(p.label.split()) <= 12
        assert " ".join(p.label.replace("\u2019", "'").split()) in text


def test_positions_seed_takeover_paraphrases_are_one_node(seed_graph):
    takeovers = [p for p in _positions(seed_graph)
                 if "takeover" in p.label.lower() or any("occupation" in a.lower() for a in p.aliases)]
    assert len(takeovers) == 1
    names = {takeovers[0].label.lower(), *(a.lower() for a in takeovers[0].aliases)}
    assert any("takeover" in n for n in names) and any("occupation" in n for n in names)


# --- the stage's functions alone ------------------------------------------------------------------

def test_phrase_span_cuts_relative_clauses(nlp):
    doc = nlp("The minister backed a full military takeover of the island, which critics fear.")
    head = next(t for t in doc if t.lower_ == "takeover")
    s, e = phrase_span(head, load_lexicon())
    assert doc[s:e].text == "full military takeover of the island"


def test_content_words_fold_synonyms_and_drop_fillers(nlp):
    lex = load_lexicon()
    a = nlp("a full military takeover of the island")
    b = nlp("the complete occupation of the island")
    assert content_words(a, 0, len(a), lex) == content_words(b, 0, len(b), lex)
    plan = nlp("such a plan")
    assert content_words(plan, 0, len(plan), lex) == frozenset()


def _m(start, sent, content, weight=1.0):
    return PositionMention(start, start + 2, start, sent, frozenset(content), weight)


def test_cluster_positions_anaphor_joins_the_position_in_focus():
    tax, ban, anaphor = _m(0, 0, {"sugar", "tax"}), _m(10, 1, {"plastic", "ban"}, 2.0), _m(20, 2, set())
    positions = cluster_positions([anaphor, ban, tax])
    assert len(positions.clusters) == 2
    assert anaphor.cluster == ban.cluster != tax.cluster


def test_cluster_positions_anaphor_alone_is_dropped():
    positions = cluster_positions([_m(0, 0, set())])
    assert positions.clusters == [] and positions.mentions == []


def test_cluster_positions_one_shared_word_is_not_enough():
    sugar, carbon = _m(0, 0, {"sugar", "tax"}), _m(5, 0, {"carbon", "tax"})
    cluster_positions([sugar, carbon])
    assert sugar.cluster != carbon.cluster


def test_cluster_positions_is_order_independent():
    def build(order):
        mentions = [_m(0, 0, {"takeover", "island"}), _m(4, 1, {"takeover", "island", "full"}), _m(9, 2, set())]
        return [[m.start for m in c] for c in cluster_positions([mentions[i] for i in order]).clusters]
    assert build([0, 1, 2]) == build([2, 1, 0])


def test_positions_a_participle_clause_is_not_part_of_the_policy(build_text):
    graph = build_text("Ms Ann Dale criticised positive discrimination, saying it is outdated.")
    labels = {e.label for e in graph.entities if e.type == "position"}
    assert labels == {"positive discrimination"}, labels


# issue 10: an act that undoes a thing and the thing itself are two positions, and each side stays on its own
@pytest.mark.parametrize("text,sides", [
    ("Toll bridges are popular. The Greens want the abolition of toll bridges, but Bishop Tom Reed supports "
     "toll bridges.", {("Green Party", "supports", "abolition of toll bridges"),
                        ("Tom Reed", "supports", "toll bridges")}),
    ("The council introduced a parking levy last year. Jo Platt welcomed the decision to scrap the parking levy. "
     "Councillor Ann Cole defended the parking levy.",
     {("Jo Platt", "supports", "decision to scrap the parking levy"), ("Jo Platt", "opposes", "parking levy"),
      ("Ann Cole", "supports", "parking levy")}),
    ("Minister Ed Marsh proposed a ban on fox hunting. Farmer Fay Dunn backed fox hunting and rejected the ban "
     "on fox hunting.", {("Ed Marsh", "supports", "ban on fox hunting"), ("Fay Dunn", "opposes", "ban on fox hunting"),
                         ("Fay Dunn", "supports", "fox hunting")}),
    ("Union leader Kim Lowe praised the minimum wage. Business chief Al Varga called for cuts to the minimum wage.",
     {("Kim Lowe", "supports", "minimum wage"), ("Al Varga", "supports", "cuts to the minimum wage")}),
    ("Senator Ed Marsh criticised the sugar tax. Lobbyist Fay Dunn opposed the repeal of the sugar tax.",
     {("Ed Marsh", "opposes", "sugar tax"), ("Fay Dunn", "opposes", "repeal of the sugar tax")}),
], ids=["abolition", "scrap", "ban", "cuts", "repeal"])
def test_positions_an_undoing_act_and_its_object_are_two_nodes(build_text, text, sides):
    graph = build_text(text)
    labels = {p.label for p in _positions(graph)}
    assert {o for _, _, o in sides} <= labels, labels
    found = {(s.replace("Farmer ", ""), r, o) for s, r, o in stance_triples(graph)}
    assert sides <= found, found
    # never the side on the one landing on the other, the opposite of what the article says
    flipped = {"supports": "opposes", "opposes": "supports"}
    assert not {(s, flipped[r], o) for s, r, o in sides} & found, found


def test_cluster_positions_keep_an_undoing_act_apart_from_its_object():
    thing, act = _m(0, 0, {"sugar", "tax"}), _m(5, 1, {"repeal", "sugar", "tax"})
    thing.head_lemma, act.head_lemma = "tax", "repeal"
    cluster_positions([thing, act], frozenset({"repeal"}))
    assert thing.cluster != act.cluster
    # "Green transport plans" and "the transport cuts": a plan may be the act, so one position
    plans, cuts = _m(0, 0, {"spending"}), _m(5, 1, {"spending", "cut"})
    plans.head_lemma, cuts.head_lemma = "plan", "cut"
    cluster_positions([plans, cuts], frozenset({"cut"}))
    assert plans.cluster == cuts.cluster


@pytest.mark.parametrize("text,holder,act", [
    ("The Greens unveiled plans to ban diesel cars.", "Green Party", "plans to ban diesel cars"),
    ("The Greens unveiled plans to abolish private schools. Mr Tom Reed attacked the plans.", "Green Party",
     "plans to abolish private schools"),
], ids=["ban", "abolish"])
def test_positions_a_side_against_the_object_of_the_act_named_is_for_the_act(build_text, text, holder, act):
    """Where the thing undone is no position of its own, the side its undoer takes against it lands on the act
    the position names, the other way round: the planners back the plans, they do not oppose them."""
    stance = stance_triples(build_text(text))
    assert (holder, "supports", act) in stance, stance
    assert (holder, "opposes", act) not in stance, stance


@pytest.mark.parametrize("text, sides", [
    ("Home Secretary Nina Brant kept her pledge to review the law. Senator Tom Okafor backed the Green Party's attempt to "
     "change the law.", {("Nina Brant", "supports", "review the law"), ("Tom Okafor", "supports", "change the law")}),
    ("Mayor Ida Holm backed a review of the law. Councillor Ben Ashe opposed their moves to change the law.",
     {("Ida Holm", "supports", "review of the law"), ("Ben Ashe", "opposes", "change the law")}),
], ids=["attempt-to-change", "moves-to-change"])
def test_positions_a_generic_verb_with_its_object_is_the_act(build_text, text, sides):
    """ "the change" names nothing, but "to change the law" is another act than "to review the law"."""
    graph = build_text(text)
    found = stance_triples(graph)
    for holder, relation, act in sides:
        assert any(s.endswith(holder) and r == relation and o.endswith(act) for s, r, o in found), found


def test_positions_a_generic_verb_on_a_pronoun_points_back(build_text):
    graph = build_text("Finance Minister Lena Strand backed a sugar tax. Senator Tom Okafor said he had no plans to "
                       "change that.")
    assert [p.label for p in _positions(graph)] == ["sugar tax"]


@pytest.mark.parametrize("text", [
    "The Greens urged 'reform at the bank' on Monday.",
    'The Greens urged "reform at the bank" on Monday.',
], ids=["single", "double"])
def test_positions_a_name_quoted_whole_runs_to_its_closing_quote(build_text, text):
    """The parser hangs "at the bank" on the verb; the quotation marks say it is part of the name."""
    assert [p.label for p in _positions(build_text(text))] == ["reform at the bank"]
