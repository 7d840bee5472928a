"""The reference context of an article: its parse, entities and lexicon, and what each pronoun and
description ("the party", "the company", "the home secretary") stands for, resolved once by make_context.

He and she are picked by salience and gender (graph.extract.reference.salience); they, it and the descriptions go
back to bodies. Imports the sibling stages entities, lexicon, nlp, salience and syntax.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import wraps

from spacy.tokens import Span, Token

from ..entities.resolve import Resolution
from ..language.lexicon import Lexicon
from ..language.nlp import Parsed
from .addressees import object_owner
from .salience import agent_of, agrees, gather_cues, holds_another_grade, learn_gender, named_before, pick_person, pronoun_gender
from ..language.syntax import both_subject, is_subject, main_clause_subject, name_head, unique
from .counted import counted_description, counted_group, lead_person
from .described_bodies import described_body, owner_of_people, party_people, titled_party
from .holder_parts import _body_of_members
from .it_subjects import attributes_quote, it_takes_side, only_body_before, opens_clause
from .plural_antecedents import fallback_group, quantified_group, relative_group, title_list_head
from ..language.tokens import children, tokens


@dataclass
class Context:
    """What statement rules need to know about the article beyond one sentence."""

    parsed: Parsed
    res: Resolution
    lex: Lexicon
    sent_of: list[int]
    sents: list[Span]
    headings: set[int]
    speaker: dict[int, list[str]] = field(default_factory=dict)  # sentence -> who is quoted or reported
    antecedent: dict[int, str] = field(default_factory=dict)  # pronoun token -> entity id
    group: dict[int, list[str]] = field(default_factory=dict)  # "they" of "Britain and France ... they" -> both
    it_body: dict[int, str] = field(default_factory=dict)  # a subject "it" -> the body last in subject position
    holder_of: dict[str, str] = field(default_factory=dict)  # office id -> person id
    negations: dict[int, bool] = field(default_factory=dict, repr=False, compare=False)  # token -> stance.frame.negated's answer
    # (token, sentence, depth) -> actors' answer, kept from the moment the stance stage has found the speakers: the
    # structure stage and the speakers add to what actors reads (holders, speakers, antecedents), nothing after
    # them does, and the rules ask the same holder again and again (two asks in three repeat one)
    known_actors: dict[tuple[int, int, int], list[str]] | None = field(default=None, repr=False, compare=False)


def answered_once(actors):
    """actors (actors.py), each (token, sentence, depth) worked out once from the moment the context is complete
    (Context.known_actors); the answer given is a copy, as callers add to what they are given."""
    @wraps(actors)
    def once(ctx: Context, t: Token, si: int, depth: int = 0) -> list[str]:
        known = ctx.known_actors
        if known is None or t.doc is not ctx.parsed.doc:
            return actors(ctx, t, si, depth)
        found = known.get((t.i, si, depth))
        if found is None:
            found = known[(t.i, si, depth)] = actors(ctx, t, si, depth)
        return list(found)
    return once


def make_context(parsed: Parsed, res: Resolution, lex: Lexicon, headings: set[int]) -> Context:
    doc = parsed.doc
    sents = list(doc.sents)
    sent_of = [0] * len(doc)
    for i, s in enumerate(sents):
        for t in range(s.start, s.end):
            sent_of[t] = i
    ctx = Context(parsed, res, lex, sent_of, sents, headings)
    _resolve_pronouns(ctx)
    lead_person(ctx)
    # speakers are found by the stance stage, once structure has told which person holds which office
    return ctx


def _resolve_pronouns(ctx: Context) -> None:
    """Third-person pronouns and definite role descriptions point at the person most recently in subject position."""
    doc = ctx.parsed.doc
    people: list[tuple[int, str, bool]] = []  # token, person id, was a subject
    groups: list[tuple[int, list[str]]] = []  # bodies and coordinated actors in subject position, for "they"
    named: list[tuple[int, str]] = []  # every body named so far, in a post's title too ("head of the Farmers Union"), for "the union"
    subjects_named: list[tuple[int, str]] = []  # bodies and states in subject position, for "it"
    listed: list[tuple[int, list[str]]] = []  # actors named together out of subject position, for "they" too
    cues = gather_cues(ctx)  # genders, the persons named in posts, quotations
    inner = {m.tok_end - 1: e for m, e in ctx.res.mentions if e.startswith("institution/") and ctx.res.by_token.get(m.tok_end - 1) != e}
    for t in tokens(doc):
        eid, low, dep = ctx.res.by_token.get(t.i), t.lower_, t.dep_  # (each string read is a look-up: once)
        subject = is_subject(t)  # (asked up to five times of each token below)
        if (eid or "").startswith("institution/") or t.i in inner:
            named.append((t.i, inner.get(t.i, eid)))
        if eid and eid.startswith("institution/") and ctx.res.kind.get(eid) != "gpe" and _main_subject(ctx, t, eid):
            subjects_named.append((t.i, eid))  # a state is "it" too: "Japan said it would ..."
        owner = _plan_owner(ctx, t) if eid is None and subject and t.pos_ == "NOUN" and main_clause_subject(t) else None
        if owner:
            subjects_named.append((t.i, owner))  # "The Bloc scheme covers X. It also calls for Y": the Bloc's
        owner = owner_of_people(ctx, t) if subject else None
        body = ctx.res.by_token.get(owner.i, "") if owner is not None else ""
        if body.startswith("institution/") and ctx.res.kind.get(body) != "gpe":
            groups.append((t.i, [body]))  # "Members of the guild said they would ...": the guild
        elif eid and subject and not (dep == "appos" and ctx.res.by_token.get(t.head.i, "").startswith("person/")):
            group = _subject_group(ctx, t, eid)  # (a name listed after a name is in the first one's group)
            if len(group) > 1 or eid.startswith("institution/") and ctx.res.kind.get(eid) not in ("gpe", "country"):
                groups.append((t.i, group))
            elif t.i in ctx.res.office_groups and (t.tag_ in ("NNS", "NNPS") or low in ctx.lex.offices["plural_heads"]):
                # "senators said they would": the group of them ("..., MPs said": the parser may tag it a name), or the
                # body the story named them members of, as the title itself stands for ("a committee of MPs")
                groups.append((t.i, [_body_of_members(ctx, t, eid) or ctx.res.office_groups[t.i]]))
        elif eid and eid.startswith(("person/", "institution/")) and dep != "conj" and ctx.res.kind.get(eid) != "gpe" \
                and not (dep == "appos" and ctx.res.by_token.get(t.head.i, "").startswith("person/")):
            group = _subject_group(ctx, t, eid)  # "was signed by Kent, Berg and Ward", "met Kent and Berg"
            head = title_list_head(ctx, t)
            group = unique(([head] if head else []) + group)
            if len(group) > 1:
                listed.append((t.i, group))
        quoting = low == "it" and dep == "nsubj" and not opens_clause(ctx, t) and attributes_quote(ctx, t)
        if low == "it" and dep in ("nsubj", "nsubjpass") and (opens_clause(ctx, t) or quoting) and it_takes_side(ctx, t):
            # "The committee reached its conclusions. It warned that ...": a sentence that opens on "it"
            # goes on about the body the last one was about ("It is important to ..." is about nothing); the "it"
            # that says a quotation after it ('"...," it said') is the body that spoke last, of the last few sentences
            recent = [e for i, e in subjects_named if ctx.sent_of[i] == ctx.sent_of[t.i] - 1] if not quoting else [
                e for i, e in subjects_named if ctx.sent_of[t.i] - 3 <= ctx.sent_of[i] < ctx.sent_of[t.i]
                and ctx.res.kind.get(e) not in ("common", "gpe") and tokens(doc)[i].dep_ == "nsubj" and any(tokens(doc)[i].head.lemma_.lower() in ctx.lex.words(*k)
                for k in (("stance", "speech"), ("institutions", "authoring_verbs")))]  # ("X issued a statement. '...,' it said")
            if not recent and t.head.lemma_.lower() in ctx.lex.stance["speech"]:
                recent = only_body_before(ctx, t, named, cues.quoted)
            if recent:
                ctx.it_body[t.i] = recent[-1]
                subjects_named.append((t.i, recent[-1]))  # "It also criticised X. It recommends Y": still the body
            continue
        # (both read only a subject: asked first, as the cheapest test)
        counted = counted_description(ctx, t) if dep in ("nsubj", "nsubjpass") and (
            eid is None or eid.startswith("office/") or ctx.res.kind.get(eid) == "common") else None
        group = counted_group(ctx, t, *counted, groups, cues.genders) if counted else []
        if group:
            # "Kent met Ward on Friday. Both men rejected X", "the two parties have pledged ...": the ones counted
            ctx.antecedent[t.i] = group[0]
            ctx.group[t.i] = group
            continue
        party = party_people(ctx, t, named) if low in ctx.lex.reference["party_people"] else None
        if party:
            ctx.antecedent[t.i] = party  # "Tom Kent leads the Greens. Party officials said ...": the Greens
            continue
        if eid is None and dep in ("nsubj", "nsubjpass") and both_subject(t):
            # "A and B met on Friday. Both oppose X", "both leaders said", "all of them": the ones just named
            # together (two for "both")
            pair = [g for g in groups if ctx.sent_of[g[0]] >= ctx.sent_of[t.i] - 1 and g[0] < t.i]
            if pair and (len(pair[-1][1]) == 2 or len(pair[-1][1]) > 2 and low in ("all", "each")):
                ctx.antecedent[t.i] = pair[-1][1][0]
                ctx.group[t.i] = pair[-1][1]
                continue
            # ("The board met A, B and C. All of them oppose X": the ones named together out of subject place)
            them = next((g for c in children(t) if c.lower_ == "of" for g in children(c) if g.lower_ == "them"), None)
            many = quantified_group(ctx, them, groups, listed) if them is not None else []
            if many:
                ctx.antecedent[t.i] = many[-1][1][0]
                ctx.group[t.i] = many[-1][1]
            continue
        if low in ctx.lex.reference["plural_pronouns"] and t.i not in ctx.antecedent:
            owner = (_fronted_owner(ctx, t, "institution/") or _stranded_owner(ctx, t)) if dep == "poss" else None
            if owner:
                ctx.antecedent[t.i] = owner
                continue
            recent = relative_group(ctx, t) or quantified_group(ctx, t, groups, listed) \
                or [g for g in groups if ctx.sent_of[g[0]] >= ctx.sent_of[t.i] - 1 and g[0] < t.i] \
                or fallback_group(ctx, t, groups, listed, _leads(ctx, t))
            local = _plain_plural_subject(ctx, t)
            if local is not None and (not recent or recent[-1][0] < local.i):
                continue  # "the bidder's backers have said they won't back it": the backers, no one named before
            if _leads(ctx, t) and all(ctx.sent_of[g[0]] < ctx.sent_of[t.i] for g in recent):
                # "The Greens said the Treasury had ignored X. They also oppose Y": a sentence's own "they" goes on
                # about the group the last sentence was about, not one named inside what that group said
                recent = [g for g in recent if _leads(ctx, tokens(doc)[g[0]])] or recent
            if recent:
                ctx.antecedent[t.i] = recent[-1][1][0]
                ctx.group[t.i] = recent[-1][1]
                if subject and len(recent[-1][1]) > 1:
                    groups.append((t.i, recent[-1][1]))  # "They met in May. They also oppose X": still the group
            continue
        if eid is None and low == "party" and t.i not in ctx.antecedent:
            # "Green leader X said her party would scrap Y": the party the story names in X's title
            # ("his party plans", the possessive hung on the noun "party" modifies: his party's)
            owner = next((ctx.antecedent.get(c.i, "") for c in children(t) + (children(t.head) if t.dep_ == "compound" else ())
                          if c.dep_ == "poss" and c.lower_ in ("his", "her") and c.i < t.i), "")
            party = titled_party(ctx, owner, t.i) if owner.startswith("person/") else None
            if party:
                ctx.antecedent[t.i] = party
                named.append((t.i, party))
                continue
        if eid is None and t.pos_ == "NOUN":
            body = described_body(ctx, t, named)
            if body:
                ctx.antecedent[t.i] = body
                named.append((t.i, body))
                if main_clause_subject(t):
                    subjects_named.append((t.i, body))  # "The company blamed the levy. It said ...": the company
                continue
        if eid and eid.startswith("person/"):
            acting = subject or agent_of(t)
            if not people or people[-1][1] != eid or people[-1][0] < t.i - 3:
                people.append((t.i, eid, acting))
            elif acting:
                people[-1] = (t.i, eid, True)
            continue
        # "the Labour peer said": a definite description names someone already in the story; "a spokesman" does not
        if dep == "poss" and low in ("his", "her", "their", "its"):
            # "if the council drops its scheme": the body whose plan it is
            owner = object_owner(ctx, t, cues.genders) \
                or _clause_subject_actor(ctx, t, "person/" if low in ("his", "her") else "institution/")
            if owner and owner.startswith("person/") and not agrees(cues.genders, owner, pronoun_gender(ctx, t)):
                owner = None  # "Roe attacked Ann Lee over her plan": not Mr Roe's
            if owner is None and low == "its" and t.head.dep_ in ("nsubj", "nsubjpass") and (
                    opens_clause(ctx, t.head) or attributes_quote(ctx, t.head)):
                # "The union met on Friday. Its leaders attacked X": a sentence opening on "its" goes on about the
                # body the last one was about, as one opening on "it" does; so does '"...," its chairman said'
                # after it
                recent = [e for i, e in subjects_named if ctx.sent_of[i] == ctx.sent_of[t.i] - 1]
                owner = recent[-1] if recent else None
            if owner:
                ctx.antecedent[t.i] = owner
                if owner.startswith("person/"):
                    learn_gender(ctx, cues, t, owner)
                    people.append((t.i, owner, False))
                continue
            if _bound_by_any(t):
                continue  # "any mayor would spend her surplus on ...": no one the story names
        described = eid and eid.startswith("office/") and subject and not _attached_person(ctx, t) \
            and _definite(ctx, t) and (named_before(cues, eid, people) or low not in ctx.lex.reference["spokes_nouns"] and t.head.lower_ not in ctx.lex.reference["spokes_nouns"]) \
            and low not in ctx.lex.offices["no_backreference_heads"] \
            and (_speaks(ctx, t) or named_before(cues, eid, people)) and not any(c.lower_ == "of" for c in children(t))
        if eid is None and subject and any(c.lower_ == "the" for c in children(t)):
            aged = _aged(ctx, t)
            if aged:
                ctx.antecedent[t.i] = aged
                people.append((t.i, aged, True))
                continue
        if low in ctx.lex.reference["third_person_pronouns"] or described:
            # "the home secretary said": the one the article names in that post, else the one it is about
            pick = cues.holders.get(eid) if described else None
            pick = pick or pick_person(ctx, t, people, cues)
            if pick and described and holds_another_grade(ctx.res, ctx.lex, cues, eid, pick):
                continue  # "shadow chancellor Tom Lund said ... The chancellor said": not Lund
            if pick:
                ctx.antecedent[t.i] = pick
                people.append((t.i, pick, subject))


def _plain_plural_subject(ctx: Context, t: Token) -> Token | None:
    """The plural common noun in subject position nearest before a "they" of its own sentence, when it names no actor
    of the story ("analysts", "the firm's backers"): the pronoun's nearest antecedent."""
    sent = ctx.sents[ctx.sent_of[t.i]]
    lex = ctx.lex
    words = set(lex.institutions["group_nouns"]) | set(lex.offices["plural_heads"]) | set(lex.reference["member_plurals"])
    for x in reversed(sent[:t.i - sent.start]):
        if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ != "PRON":
            plain = x.tag_ == "NNS" and x.pos_ == "NOUN" and x.i not in ctx.res.by_token and x.i not in ctx.antecedent \
                and x.lower_ not in words and x.lemma_.lower() not in words
            return x if plain else None
    return None


def _aged(ctx: Context, t: Token) -> str | None:
    """ "Ann Lee, 52, runs a farm. The 52-year-old said ...": the person the story gave that age, in the three
    sentences before; else None (an age no one was given names no one sure)."""
    if t.lower_ == "year-old":
        age = next((c.text for c in children(t) if c.dep_ == "nummod" and c.text.isdigit()), None)
    else:
        age = t.lower_[:-len("-year-old")] if t.lower_.endswith("-year-old") else None
    if not age or not age.isdigit():
        return None
    doc = t.doc
    first = ctx.sents[max(0, ctx.sent_of[t.i] - 3)].start
    for i in range(t.i - 1, first - 1, -1):
        # "Ann Lee, 52,": the age apposed to the name
        if tokens(doc)[i].text == age and tokens(doc)[i].dep_ == "appos" and ctx.res.by_token.get(tokens(doc)[i].head.i, "").startswith("person/"):
            return ctx.res.by_token[tokens(doc)[i].head.i]
    return None


def _plan_owner(ctx: Context, t: Token) -> str | None:
    """The body a plan or document is named by ("the G9 scheme", "the Bloc report"); else None."""
    lemma = t.lemma_.lower()
    if lemma not in ctx.lex.words("institutions", "document_nouns") and lemma not in ctx.lex.words("positions", "heads"):
        return None
    return next((e for c in children(t) if c.dep_ in ("compound", "nmod", "amod")
                 for e in [ctx.res.by_token.get(c.i, "")] if e.startswith("institution/") and ctx.res.kind.get(e) != "gpe"),
                None)


def _bound_by_any(t: Token) -> bool:
    """The clause's subject before a possessive pronoun is a noun for anyone of a sort ("any governor", "every
    minister", "no leader"): the pronoun is theirs, not a person named before."""
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.i < t.i and c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in ("any", "every", "each", "no") for d in children(c)) for c in children(verb))


def _leads(ctx: Context, t: Token) -> bool:
    """The subject is its sentence's own: of the main clause, or the one that opens it ("They raised X, MPs said")."""
    return is_subject(t) and (main_clause_subject(t) or opens_clause(ctx, name_head(t)))


def _main_subject(ctx: Context, t: Token, eid: str) -> bool:
    """The body is the subject of its sentence's main verb ("The committee said the EDS system had failed")."""
    return main_clause_subject(t) and ctx.res.by_token.get(name_head(t).i) == eid


def _subject_group(ctx: Context, t: Token, eid: str) -> list[str]:
    """The actors of a coordinated subject, from its first item: "Britain and West Germany"."""
    if ctx.res.kind.get(eid) == "common" and t.lower_ in ctx.lex.reference["spokes_nouns"]:
        # "Officials at Argo Bank said they ...": the body they speak for
        body = next((ctx.res.by_token.get(g.i, "") for c in children(t) if c.dep_ == "prep" and c.lower_ in ("at", "for", "from", "of")
                     for g in children(c) if g.dep_ == "pobj"), "")
        if body.startswith("institution/") and ctx.res.kind.get(body) not in ("common", "gpe"):
            eid = body
    out = [eid]
    # "Tom Roe, Ann Lee and Jo Vale met": the parser hangs a list of names on its first as an apposition; a
    # person is not described by another person's name
    listed = [g for c in children(t) if c.dep_ == "appos" and eid.startswith("person/")
              and ctx.res.by_token.get(c.i, "").startswith("person/") for g in [c] + list(c.conjuncts)]
    for c in list(t.conjuncts) + listed:
        other = ctx.res.by_token.get(c.i, "")
        if other.startswith(("person/", "institution/")) and ctx.res.kind.get(other) != "gpe":
            out.append(other)
    return unique(out)


def _speaks(ctx: Context, t: Token) -> bool:
    """ "the Green peer and former minister said": a role description in the speaker's seat."""
    head = t
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in ctx.lex.stance["speech"]


def _clause_subject_actor(ctx: Context, t: Token, kind: str) -> str | None:
    """ "the Lib Dems gave details of their plans": a possessive pronoun usually points at its clause's subject."""
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for c in children(verb):
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i:
            eid = ctx.res.by_token.get(c.i) or ctx.antecedent.get(c.i)
            if eid and eid.startswith(kind):
                return eid
    said = verb.head if verb.dep_ == "ccomp" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.i == verb.i else None
    if kind == "institution/" and said is not None and said.lemma_.lower() in ctx.lex.stance["speech"]:
        # "the union said its aim was to cut the levy": the body that reports what its own (subject) is or does
        eid = next((ctx.res.by_token.get(c.i) or ctx.antecedent.get(c.i) for c in children(said) if c.dep_ == "nsubj"), None)
        if eid and eid.startswith(kind):
            return eid
    return _fronted_owner(ctx, t, kind)


def _stranded_owner(ctx: Context, t: Token) -> str | None:
    """ "Labour outlined its plans and the Lib Dems set out their proposals": the parser often hangs a second
    clause's subject on the first one's object as its last conjunct, leaving the finite verb after it with no
    subject; a possessive of that verb's object is the actor just before the verb."""
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ccomp", "conj", "advcl") or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children(verb)):
        return None
    prev = tokens(t.doc)[verb.i - 1]
    eid = ctx.res.by_token.get(prev.i, "")
    if prev.dep_ != "conj" or prev.head.i >= prev.i or not eid.startswith("institution/") \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in children(prev.head)):
        return None
    return eid


def _fronted_owner(ctx: Context, t: Token, kind: str) -> str | None:
    """ "As well as their election move, the campaign will ...": a possessive in a phrase put before its clause's
    subject is that subject's."""
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    fronted = next((x for x in children(verb) if x.dep_ in ("prep", "advcl") and x.left_edge.i <= t.i <= x.right_edge.i), None)
    subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if fronted is None or subj is None or fronted.right_edge.i >= subj.i:
        return None
    eid = ctx.res.by_token.get(subj.i) or ctx.antecedent.get(subj.i)
    return eid if eid and eid.startswith(kind) else None


def _definite(ctx: Context, t: Token) -> bool:
    start = next((m.tok_start for m, e in ctx.res.mentions if m.tok_start <= t.i < m.tok_end), t.i)
    return start > 0 and t.doc[start - 1].lower_ == "the"


def _attached_person(ctx: Context, t: Token) -> bool:
    """An office word that is part of a name phrase ("Prime Minister Ana Ruiz")."""
    eid = ctx.res.by_token.get(t.head.i)
    return bool(eid and eid.startswith("person/")) or any(
        (ctx.res.by_token.get(c.i) or "").startswith("person/") for c in children(t) if c.dep_ in ("appos", "compound"))
