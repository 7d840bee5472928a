"""Reference: who a word stands for. Pronouns, role descriptions, speakers of quotations and
reported speech, lists ("members of the cabinet, including X and Y") and appositions, resolved to
the entities of the article. Stance and structure rules ask `actors(ctx, token, sentence)`.
The context they ask (what each pronoun and description stands for, built once an article) is
context.py; this module answers from it: speakers, actors of a token, lists, targets.
"""
from __future__ import annotations

from spacy.tokens import Token

from .apposed import apposed_people
from .context import Context, _definite, answered_once, make_context
from .described_bodies import owner_of_people, people_of_body
from .salience import spokesman_for
from .holder_parts import (_among_them, _authors_before, _body_of_members, _list_head, _listed, _named_modifiers,
                           _relative_list, _singled_out, _spokesman_just_quoted, _titled_person, undated_subjects, listing_body)
from ..language.syntax import SUBJECTS, name_head, pobj, subjects, unique
from ..language.tokens import children

__all__ = ["Context", "make_context", "actors", "target_actor",
           "is_office", "listing_body", "holder_by_title", "first_person", "we_pronoun"]


def first_person(ctx: Context, t: Token) -> bool:
    """ "we", "our", "us", but not "US" (reference.json first_person)."""
    return _pronoun_in(t, ctx.lex.reference["first_person"])


def we_pronoun(ctx: Context, t: Token) -> bool:
    """ "we", "us", "our" of a quoted speaker's own side, but not "US" (stance.json we_pronouns)."""
    return _pronoun_in(t, ctx.lex.stance["we_pronouns"])


def _pronoun_in(t: Token, pronouns) -> bool:
    # a pronoun in capitals is a name the parser tags as one: "US" is the country, not "us"
    return t.lower_ in pronouns and not (t.pos_ == "PROPN" and len(t.text) > 1 and t.text.isupper())


@answered_once
def actors(ctx: Context, t: Token, si: int, depth: int = 0) -> list[str]:
    """The person or institution entities a holder token stands for."""
    if depth > 3:
        return []
    res = ctx.res
    low = t.lower_
    if res.kind.get(res.by_token.get(t.i, "")) == "party" and any(
            c.dep_ in ("det", "amod") and c.lower_ in ctx.lex.reference["partitive_determiners"] for c in children(t)):
        return []  # "some senior Tories argued against it": a part of the party, not the party
    if first_person(ctx, t):
        # "we in the union believe", "we at Kestrel Bank oppose": the body named with "we" speaks with its speaker
        # (a "we" no one is known to say names no speaker: "we think" is the quoted one's words, no attribution)
        speaker = list(ctx.speaker.get(si, []))
        # (the body's own name: in "we in the Green/Labour alliance" the party only modifies the alliance)
        named = [a for c in children(t) if c.dep_ == "prep" and c.lower_ in ("in", "at") and pobj(c) is not None
                 and ctx.res.by_token.get(pobj(c).i, "").startswith("institution/")
                 for a in actors(ctx, pobj(c), si, depth + 1) if a.startswith("institution/")] if speaker else []
        return unique(speaker + named)
    if low in ctx.lex.reference["crowd_quantities"] and t.tag_ == "NNS":
        # "thousands of protesters marched to demand X": the people counted roughly act
        crowd = next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
        if crowd is not None:  # (not "thousands of Israelis": a people's crowd is no act of its state)
            return [a for a in actors(ctx, crowd, si, depth + 1) if res.kind.get(a) not in ("country", "gpe")]
    if low in ("all", "both", "each") and t.dep_ in SUBJECTS:
        # "the ILO, the WTO and the Trade Council all backed X": the parser makes "all" the subject, the names its own
        named = unique([a for c in children(t) if c.dep_ in ("nmod", "compound", "appos", "npadvmod") and c.i < t.i
                        for x in [c] + list(c.conjuncts) for a in actors(ctx, x, si, depth + 1)])
        if named:
            return named
    if t.i in ctx.group:
        group = ctx.group[t.i]
        return _with_listed_members(ctx, t, si, group[0], depth) if len(group) == 1 else list(group)
    if t.i in ctx.antecedent:
        return _with_listed_members(ctx, t, si, ctx.antecedent[t.i], depth)
    if (low in ctx.lex.institutions["distributive_plurals"] or t.lemma_ in ctx.lex.countries.bodies) and t.i not in res.by_token:
        # "the socialist and communist parties", "the Dutch and Belgian governments": each body its words name
        one = " " + ctx.lex.institutions["distributive_plurals"].get(low, "")
        each = unique([res.by_token[x.i] for x in t.lefts for x in x.subtree if x.i in res.by_token and (
            res.kind.get(res.by_token[x.i]) == "common" and res.entities[res.by_token[x.i]].label.endswith(one) and one != " "
            or res.kind.get(res.by_token[x.i]) == "country" and one == " ")])
        if len(each) >= 2:
            return each
    if low in ("who", "which", "that") and t.head.dep_ == "relcl":
        # "Sen. Ann Lee, R-Idaho, who agreed": the clause hangs on the label apposed to the name
        head = t.head.head
        if not ctx.res.by_token.get(head.i, "").startswith("person/") and head.dep_ == "appos" \
                and ctx.res.by_token.get(name_head(head).i, "").startswith("person/"):
            head = name_head(head)
        return unique([a for x in [head] + _relative_list(head, t) for a in actors(ctx, x, si, depth + 1)])
    if low in ("who", "that") and t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.lemma_ == "be" \
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children(t.head.head)):
        # "it is the union that opposes X", "it was Kent who attacked X": the cleft's focus acts
        return unique([a for f in children(t.head.head) if f.dep_ == "attr" and f.i < t.i
                       for x in [f] + list(f.conjuncts) for a in actors(ctx, x, si, depth + 1)])
    if t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS") and t.head.lemma_ == "include":
        # "critics of the levy include Kent and the union": the ones the verb lists are the critics
        named = unique([a for o in children(t.head) if o.dep_ == "dobj" for x in [o] + list(o.conjuncts)
                        for a in actors(ctx, x, si, depth + 1)])
        if named:
            return named
    if t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be":
        # "X and Y were among the MPs who signed", "X was among the critics of Z": X and Y are the ones
        named = unique([a for s in subjects(t.head.head) for a in actors(ctx, s, si, depth + 1)])
        if named:
            return named
    if low == "it" and t.dep_ in SUBJECTS or low == "its" and t.dep_ == "poss" and t.head.dep_ in SUBJECTS \
            and people_of_body(ctx, t.head):
        # "the Labour Party said it would scrap the tax": the body that said it ("the guild said its members would
        # reject X": the guild's members)
        own = t.head if low == "it" else t.head.head  # "said it had agreed to X": "agree" is its own act, no report
        for a in t.ancestors:
            # ("Oslo sent word that it could retaliate", "the union gave a warning that it would strike": the
            # clause of what a noun the body sends says is said by the body, as "said it would" is)
            told = a.head if a.pos_ == "NOUN" and a.dep_ == "dobj" and own.head.i == a.i and own.dep_ in ("acl", "ccomp") \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(own)) \
                and a.head.lemma_.lower() not in ctx.lex.words("stance", "rebutting_verbs") else None  # (not "rejected the claim that it")
            if (a.lemma_.lower() in ctx.lex.stance["speech"] or told is not None) and a.i != own.i:
                bodies = [x for s in undated_subjects(ctx, told or a) for x in actors(ctx, s, si, depth + 1) if x.startswith("institution/")]
                if bodies:
                    return _with_listed_members(ctx, t, si, bodies[0], depth)
                break
        if low == "it":
            return [ctx.it_body[t.i]] if t.i in ctx.it_body else []
    if t.lemma_.lower() in ctx.lex.institutions["document_nouns"] and not res.by_token.get(t.i):
        # "a report by the committee called for ...", "the bank's statement said": the authors speak
        authors = [g for c in children(t) if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                   for g in children(c) if g.dep_ == "pobj"] + [c for c in children(t) if c.dep_ == "poss"]
        # "the Bloc communique said": the body that issued it ("the Vane review" is its panel's, chaired by Vane)
        authors += [c for c in _named_modifiers(ctx, t) if res.by_token[c.i].startswith("institution/")]
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ctx.lex.institutions["authoring_verbs"]:
            authors += subjects(t.head)  # "the MPs who signed a letter opposing X": the signers speak
        if not authors and any(c.dep_ == "det" and c.lower_ == "the" for c in children(t)):
            authors = _authors_before(ctx, t)  # "X published a report on Monday. The report said ..."
        found = unique([a for g in authors for x in [g] + list(g.conjuncts) for a in actors(ctx, x, si, depth + 1)])
        if found:
            return found
    owner = owner_of_people(ctx, t) if not (res.by_token.get(t.i) or "").startswith("person/") else None
    if owner is not None:
        # "members of the guild rejected X", "the board of the bank backed Y", "its leadership": the body acts
        # (an institution, not the city "officials in Leeds" are in)
        bodies = unique([a for a in actors(ctx, owner, si, depth + 1)
                         if a.startswith("institution/") and res.kind.get(a) != "gpe"])
        if bodies:
            return bodies
    whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in children(t)) and t.head.dep_ == "relcl"
    # "the guild's members", "its officials" are the guild's, as "whose members" (not "his coalition partners")
    owned = whose or people_of_body(ctx, t) and any(c.dep_ == "poss" for c in children(t))
    if t.tag_ in ("NNS", "NNPS") and (not res.by_token.get(t.i) or owned and res.kind.get(res.by_token[t.i]) == "common") and (
            low in ctx.lex.institutions["group_nouns"] or low in ctx.lex.offices["plural_heads"]
            or low in ctx.lex.reference["member_plurals"]):
        # "G9 nations have blamed X", "U.S. negotiators turned down Y": a body's people, unnamed, act as it
        # "the union's leaders", "its officials" too; not "its critics", who are no part of it
        owners = [c for c in children(t) if c.dep_ == "poss"] if low not in ctx.lex.institutions["group_nouns"] \
            or low in ctx.lex.offices["plural_heads"] or low in ("members", "officials") else []
        # "the union, whose members rejected X": the noun the relative clause is on
        owners = [t.head.head if o.lower_ == "whose" and whose else o for o in owners]
        bodies = unique([a for c in _named_modifiers(ctx, t) + owners for a in actors(ctx, c, si, depth + 1)
                         if a.startswith("institution/")])
        if bodies:
            # "G9 nations, in particular Ruritania, blamed X": the member singled out holds it with its body
            return unique(bodies + [a for x in _singled_out(ctx, t) for a in actors(ctx, x, si, depth + 1)])
    out: list[str] = []
    # "members of the war cabinet, including X and Y": the listed members hold the stance
    # ("an alliance of charities, including X and Y": the list hangs on the members' noun)
    of = [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"]
    for c in [c for h in [t] + of for c in children(h)]:
        if c.dep_ == "prep" and c.lower_ in ctx.lex.reference["list_preps"] or (c.dep_ == "prep" and c.lower_ == "such"):
            for g in children(c):
                if g.dep_ == "pobj":
                    for x in [g] + list(g.conjuncts):
                        out += actors(ctx, x, si, depth + 1)
    for x in _singled_out(ctx, t):
        out += actors(ctx, x, si, depth + 1)  # "rich nations, in particular X and Y, oppose Z": X and Y
    for x in _among_them(t):
        out += actors(ctx, x, si, depth + 1)  # "charities, among them X and Y, criticised Z": X and Y
    if out:
        # "the all-party group, including X and Y, rejected": the body and its members; "Roe, like Lund, opposes": both
        body = listing_body(ctx, t)
        named = res.by_token.get(t.i, "")
        if not body and named.startswith(("person/", "institution/")) and res.kind.get(named) != "common" \
                and t.tag_ not in ("NNS", "NNPS"):
            body = named
        return unique(([body] if body else []) + out)
    # "the army chief of staff, Lt. Gen. Ana Ruiz, is reported to ...": the apposed name is the actor
    eid = res.by_token.get(t.i)
    apposed = apposed_people(ctx, t) if t.pos_ in ("NOUN", "PROPN") else []
    if apposed:
        return apposed
    titled = _titled_person(ctx, t) if (eid or "").startswith(("institution/", "office/")) else None
    if titled:
        return [titled]
    # "a Conservative spokesperson said", "the Farmers Union's spokesman said": the party speaks ("the" of a
    # possessor is the body's, not the post's)
    if t.lower_ in ctx.lex.reference["spokes_nouns"] and (eid or "").startswith("office/"):
        office = next((m for m, e in res.mentions if e == eid and m.tok_start <= t.i < m.tok_end), None)
        owned = any(c.dep_ == "poss" for c in children(t))
        for m, bid in res.mentions:
            if office and m.type == "institution" and office.tok_start <= m.tok_start and m.tok_end <= office.tok_end \
                    and res.kind.get(bid) in ("party", "org") and (owned or not _definite(ctx, t)):
                return [bid]
    # "a spokesman for the Home Office said": the body speaks
    if t.lower_ in ctx.lex.reference["spokes_nouns"] and not (eid or "").startswith("person/"):
        for c in children(t):
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from"):
                body = pobj(c)
                bid = res.by_token.get(body.i, "") if body is not None else ""
                if bid.startswith("institution/"):
                    return [bid]
        # "a spokesman for Tom Roe said", "Roe's spokesman said": who speaks for a person speaks their words
        if eid is None:
            found = unique([a for o in spokesman_for(t) for a in actors(ctx, o, si, depth + 1) if a.startswith("person/")])
            if len(found) == 1:
                return found
    if not (eid or "").startswith(("person/", "institution/")):
        # "his coalition partner, the far-right minister Tal Amir, ...": follow the appositions
        for c in children(t):
            if c.dep_ != "appos":
                continue
            for x in [c] + [g for g in children(c) if g.dep_ in ("appos", "compound")]:
                if res.by_token.get(x.i, "").startswith("person/"):
                    # "former players A and B, and coach C, have backed X": each person apposed
                    return unique([res.by_token[x.i]] + [res.by_token[g.i] for g in x.conjuncts
                                                         if res.by_token.get(g.i, "").startswith("person/")])
            # "the nation's biggest farm lobby, the Growers Union, attacked X": a body described, then named
            named = res.by_token.get(c.i, "")
            if t.pos_ == "NOUN" and named.startswith("institution/") and res.kind.get(named) != "common":
                return unique([named] + [res.by_token[g.i] for g in c.conjuncts
                                         if res.by_token.get(g.i, "").startswith("institution/")])
    if eid is None and t.pos_ == "NOUN" and t.lemma_.lower() in ctx.lex.words("institutions", "described_bodies"):
        # "the Ostler union said", "the Vortex group backed": the noun says what the body named before it is
        named = {res.by_token[c.i] for c in children(t) if c.dep_ == "compound"
                 and res.by_token.get(c.i, "").startswith("institution/") and res.kind.get(res.by_token[c.i]) != "common"}
        if len(named) == 1:
            eid = named.pop()
    if eid is None:
        # the head of "the Prime Minister's Office" or "Roe's government" is not the actor
        for c in children(t):
            if c.dep_ in ("compound", "flat", "nmod", "amod") and res.by_token.get(c.i, "").startswith(("person/", "institution/")):
                if not t.pos_ == "NOUN":
                    eid = res.by_token.get(c.i)
    allies = _allies(ctx, t, si, depth)
    if eid is None and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in ctx.lex.office_heads \
            and [c.lower_ for c in children(t) if c.dep_ != "punct" and c.lower_ not in ctx.lex.words("offices", "former_words")] == ["the"]:
        # "the minister said", "the former minister warned", the post named bare: its one holder the story names
        holder = holder_by_title(ctx, t)
        return unique(([holder] if holder else []) + allies)
    if eid is None or eid.startswith("office/") and eid not in ctx.holder_of:
        # "Ruritania's president", "the Ruritanian president", "the firm's chairman": the one the story names in it
        holder = _described_post_holder(ctx, t) or _spokesman_just_quoted(ctx, t)
        if holder:
            return unique([holder] + allies)
    if eid is None:
        return allies
    if eid.startswith("office/"):
        # "MPs urged X": a plural title held by no one named is the group of its holders acting
        # ("EU finance ministers", as "G9 nations": the body named before it; but "US lawmakers" are members of a
        # legislature, no act of their state's: resolve._owning_body)
        group = None
        if t.tag_ in ("NNS", "NNPS") or t.lower_ in ctx.lex.offices["plural_heads"]:
            group = next((res.by_token[c.i] for c in _named_modifiers(ctx, t)
                          if res.by_token[c.i].startswith("institution/")
                          and not (res.kind.get(res.by_token[c.i]) in ("country", "gpe")
                                   and t.lower_ in ctx.lex.words("reference", "legislators"))), res.office_groups.get(t.i))
        holder = _body_of_members(ctx, t, eid) or group or ctx.holder_of.get(eid)
        return unique(([holder] if holder else []) + allies)
    if eid.startswith(("person/", "institution/")):
        if res.kind.get(eid) == "gpe" and _list_head(t).dep_ not in SUBJECTS and _list_head(t).dep_ != "pobj":
            return []
        # "my committee welcomes X", said by its chairman: the speaker's side as well as the body's
        own = [p for p in ctx.speaker.get(si, []) if p.startswith("person/")] if eid.startswith("institution/") and any(
            c.dep_ == "poss" and c.lower_ in ("my", "our") for c in children(t)) else []
        if own and res.kind.get(eid) == "common" and people_of_body(ctx, t):
            return unique(own + allies)  # "our members reject X", said by the guild's head: the speaker (stance adds the body)
        listed = _listed(ctx, t, eid)
        # "both the ILO and Trade Council urged": the first name hung on the second with its "and" acts with it
        listed += [res.by_token[c.i] for c in children(t) if c.dep_ in ("nmod", "compound") and c.i < t.i
                   and any(g.dep_ == "cc" for g in children(c)) and res.by_token.get(c.i, eid) != eid
                   and res.by_token[c.i].split("/")[0] == eid.split("/")[0]]
        if listed and res.kind.get(eid) == "common":
            return unique(listed + allies)  # "the main exporters, A and B, oppose X": the ones named
        return unique([eid] + listed + allies + own)
    return allies


def _with_listed_members(ctx: Context, t: Token, si: int, eid: str, depth: int) -> list[str]:
    """ "the group, including X and Y, is confident its plan would win": a pronoun for a body whose members
    its sentence lists stands for them too, as the body's name would."""
    if not eid.startswith("institution/") or t.lower_ not in ("it", "its", "they", "their", "them"):
        return [eid]
    body = next((x for x in ctx.sents[si] if x.i < t.i and ctx.res.by_token.get(x.i) == eid
                 and listing_body(ctx, x)), None)
    return unique([eid] + actors(ctx, body, si, depth + 1)) if body is not None else [eid]


def _allies(ctx: Context, t: Token, si: int, depth: int) -> list[str]:
    """ "Britain and West Germany, backed by the Netherlands and Denmark, opposed ...": the agents of a
    participle of alliance on the holder hold the stance with it."""
    allied = ctx.lex.words("institutions", "allied_participles")
    out: list[str] = []
    around = list(children(t))
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != t.i:
        # "Like Lund, Roe opposes X", "Backed by Lund, Roe attacked X": a phrase put before the subject is on it,
        # though the parser hangs it on the verb
        edge = t.left_edge.i  # (once: each read of left_edge makes a new Token)
        fronted = [c for c in children(t.head) if c.i < edge]
        # ("Roe, along with Lund, opposed X": the parser may hang the phrase after the subject on the verb too)
        around += [c for c in fronted if c.dep_ in ("prep", "advcl", "acl")] + [
            c for c in children(t.head) if t.i < c.i < t.head.i and c.lower_ in ("along", "together")]
        for c in fronted:
            if c.dep_ == "prep" and c.lower_ == "like":
                # a name only: "like many voters" likens, names no one who holds it
                out += [a for g in children(c) if g.dep_ == "pobj" for x in [g] + list(g.conjuncts) if x.pos_ == "PROPN"
                        for a in actors(ctx, x, si, depth + 1)]
    for c in around:
        if c.dep_ == "prep" and (c.lower_ in ("along", "together") or c.lower_ == "with" and any(
                g.lower_ in ("along", "together") for g in children(c))):
            # "Roe, along with Lund, opposed", "together with Lund": Lund as well (the parser hangs "with" either way)
            for w in (w for w in [c] + list(children(c)) if w.dep_ == "prep" and w.lower_ == "with"):
                for g in (g for g in children(w) if g.dep_ == "pobj"):  # ("along with the rest of the board": the board)
                    g = next((x for c in children(g) if c.lower_ == "of" for x in children(c) if x.dep_ == "pobj"), g) if g.lower_ == "rest" else g
                    for x in [g] + list(g.conjuncts):
                        out += actors(ctx, x, si, depth + 1)
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.lemma_.lower() in allied:
            for agent in (a for a in children(c) if a.dep_ == "agent"):
                for g in children(agent):
                    if g.dep_ == "pobj":
                        for x in [g] + list(g.conjuncts):
                            out += actors(ctx, x, si, depth + 1)
    return out


def holder_by_title(ctx: Context, t: Token) -> str | None:
    """The one person the article names in a post whose title ends in the word ("the minister": the finance
    minister's holder, when no other minister has one)."""
    word = t.lemma_.lower()
    other = ctx.lex.words("offices", "other_post_words")
    # "the chancellor" is not the shadow chancellor, nor "the minister" the deputy minister
    holders = {ctx.holder_of[oid] for oid, e in ctx.res.entities.items()
               if oid in ctx.holder_of and e.label.lower().split()[-1:] == [word]
               and other.isdisjoint(e.label.lower().split()[:-1])}
    if len(holders) > 1:
        # "Lee, the justice minister, ... Kent, the first minister ... the minister said": of several, the one named
        # last before the words (news copy takes up a bare title for the holder it just followed)
        last: dict[str, int] = {}
        for m, e in ctx.res.mentions:
            holder = e if e in holders else ctx.holder_of.get(e)
            if holder in holders and m.tok_start < t.i:
                last[holder] = max(last.get(holder, -1), m.tok_start)
        return max(sorted(last), key=last.get) if last else None
    return holders.pop() if holders else None


def target_actor(ctx: Context, t: Token) -> str | None:
    if t.lower_ in ("who", "whom") and t.head.dep_ == "relcl" and t.head.head.i != t.i:
        return target_actor(ctx, t.head.head)  # "the governor, X, who is backed by Y": Y backs X
    eid = ctx.res.by_token.get(t.i)
    if eid and eid.startswith("person/"):
        return eid
    if t.i in ctx.antecedent:
        return ctx.antecedent[t.i]
    if eid and eid.startswith("institution/") and ctx.res.kind.get(eid) != "gpe":
        if ctx.res.kind.get(eid) == "common" and t.tag_ == "NNS" and ctx.res.entities[eid].label == t.lower_ \
                and not any(c.dep_ in ("amod", "compound", "nmod", "poss") or c.lower_ in ("the", "of", "from", "in")
                            for c in children(t)):
            return None  # "warned both parties": parties in general, no body taken sides with
        return eid  # a state taken sides with ("backed Brazil") is an actor; a city is a place
    if eid and eid.startswith("office/"):
        return ctx.holder_of.get(eid)  # "praised his chancellor": the holder, when the story names one
    return None


def is_office(ctx: Context, t: Token) -> bool:
    return ctx.res.by_token.get(t.i, "").startswith("office/")


def _described_post_holder(ctx: Context, t: Token) -> str | None:
    """The one person the story names in the post a singular title describes by its owner ("Ruritania's president",
    "the Ruritanian president", "the company's chairman"): an office of that title whose other words (its state or
    body) the owner's words or the owner's own name share, held by one person only."""
    word = t.lemma_.lower()
    if t.pos_ != "NOUN" or t.tag_ != "NN" or word not in ctx.lex.office_heads \
            or any(c.lower_ in ("a", "an", "another", "any", "every", "each") for c in children(t)):
        return None
    owners = [c for c in children(t) if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < t.i
              and c.lower_ not in ctx.lex.words("offices", "former_words")]
    if not owners:
        return None
    names = {x.lower_ for c in owners for x in c.subtree} | {w for c in owners if c.dep_ == "poss" for a in actors(ctx, c, ctx.sent_of[c.i], 3)
                                           for w in ctx.res.entities[a].label.lower().split()}

    def fits(oid: str) -> bool:
        # the office's own words, and its owner's where the story names one before it ("Ruritania's president, X")
        words = ctx.res.entities[oid].label.lower().split() + [
            x.lower_ for m, e in ctx.res.mentions if e == oid for c in children(t.doc[m.tok_end - 1])
            if c.dep_ in ("poss", "compound", "amod") and c.i < m.tok_start for x in c.subtree if x.is_alpha]
        rest = [w for w in words if w not in (word, "of", "the", "and")]
        return word in words and bool(rest) and all(any(w[:5] == n[:5] for n in names) for w in rest)
    holders = {ctx.holder_of[oid] for oid in ctx.res.entities if oid in ctx.holder_of and fits(oid)}
    return holders.pop() if len(holders) == 1 else None
