"""Holders of a title no name goes with: the person a title is said of ("X was named chairman", "to
replace X as prime minister"), and the person a definite description points back or forward to.
"""
from __future__ import annotations

from ...model import Statement
from ..reference.actors import Context, actors
from ..reference.salience import other_head
from ..language.syntax import is_subject, name_head, subjects
from ..language.tokens import children, tokens


# the subordinators and adverbs of a clause of time (Quirk et al. 1985, 15.25): "when he was chancellor"
_TIME_MARKERS = frozenset({"when", "while", "whilst", "after", "before", "since", "until", "once"})
# the nouns of a time in post that "as" and a title follow: FrameNet's Duration and Calendric_unit words news uses so
_TENURE_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "time", "term", "tenure",
                           "spell", "stint", "period", "reign", "career", "record"})


def _said_of(ctx: Context, om) -> str | None:
    """The person a title is said of: "X was Transport Ministry permanent secretary", "X, who is also parliamentary
    leader", "He quit as deputy chairman", "to replace X as prime minister"."""
    doc = ctx.parsed.doc
    head = doc[om.tok_start:om.tok_end].root  # "chairman of the Fund": the title's head, not the body's
    si = ctx.sent_of[head.i]
    if head.tag_ == "NNS":
        return None
    # what someone would be, hopes or refuses to be is no post they hold: "would be chairman", "refuse to serve as"
    def hypothetical(verb):
        # nor a post someone no longer holds or does not hold: "no longer serves as secretary"; a clause of time
        # tells a post held then ("when he was chancellor"), one of condition or purpose only one supposed
        return any(c.tag_ == "MD" or c.dep_ == "neg" or c.lower_ == "longer" for c in children(verb)) \
            or verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" \
            or verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and not any(
                c.dep_ == "advmod" and c.lower_ in _TIME_MARKERS or c.dep_ == "mark" and c.lower_ in _TIME_MARKERS
                for c in children(verb))

    if head.dep_ == "attr" and head.head.lemma_ in ("be", "become", "remain") and not hypothetical(head.head):
        holders = [a for s in subjects(head.head) for a in actors(ctx, s, si)]
    elif head.dep_ == "oprd" and head.head.lemma_.lower() in ctx.lex.words("offices", "appointment_verbs") \
            and not hypothetical(head.head):
        # "X was elected mayor", "X, who was named finance director": the one put in the post holds it
        holders = [a for s in _passive_subjects(head.head) for a in actors(ctx, s, si)]
    elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ == "NOUN" \
            and head.head.head.lemma_.lower() in _TENURE_NOUNS:
        # "Ann Roe's first day as transport secretary", "his years as chancellor": the tenure's owner held the post
        # (a name, not "his": whose term a pronoun means is as often another's, "working with Bush in his second term")
        holders = [a for c in children(head.head.head) if c.dep_ == "poss" and c.pos_ == "PROPN" for a in actors(ctx, c, si)]
    elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head
        # the one put in the post, replaced or ousted from it is the verb's object ("named Ann Roe as chairman",
        # "replaced Tom Vane as chairman", "sacked him as chairman"); any other verb's subject does its act in the
        # post ("As chancellor, he cut taxes")
        putting = ctx.lex.words("offices", "succession_verbs") | ctx.lex.words("offices", "appointment_verbs") \
            | ctx.lex.words("offices", "post_object_verbs")
        objects = [c for c in children(verb) if c.dep_ == "dobj"] if verb.lemma_.lower() in putting else []
        if verb.lemma_.lower() in ctx.lex.words("offices", "succession_verbs"):  # "Y was replaced as chairman"
            objects += [c for c in children(verb) if c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT")]
        # the one replaced as prime minister holds it; the one who serves as one, unless only would
        holders = [a for o in objects for a in actors(ctx, o, si)] if objects else \
            [] if hypothetical(verb) else [a for s in subjects(verb) or _passive_subjects(verb) for a in actors(ctx, s, si)]
    else:
        return None
    people = [a for a in holders if a.startswith("person/")]
    return people[0] if len(people) == 1 else None


def _passive_subjects(verb):
    """ "Tom Vane was sworn in as president", "X was elected mayor": the one the passive verb puts in the post (a
    relative pronoun stands for the name it hangs on: "Vane, who was sworn in as president")."""
    return [verb.head if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else c
            for c in children(verb) if c.dep_ == "nsubjpass"]


def _successor(ctx: Context, om) -> str | None:
    """The one who takes a post from the one replaced: "X replaced Y as chairman", "X, who succeeded Y as
    chairman", "Y was replaced as chairman by X" (the verbs of FrameNet's Take_place_of, offices.json
    succession_verbs). Not one only tipped or hoped to: "X is expected to succeed Y as chairman"."""
    doc = ctx.parsed.doc
    head = doc[om.tok_start:om.tok_end].root
    if head.tag_ == "NNS" or head.dep_ != "pobj" or head.head.lower_ != "as":
        return None
    verb = head.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.words("offices", "succession_verbs") \
            or verb.dep_ in ("xcomp", "advcl", "pcomp") or any(c.tag_ == "MD" or c.dep_ == "neg" for c in children(verb)):
        return None
    if any(c.dep_ == "nsubjpass" for c in children(verb)):  # ("as chairman by X": the parse may hang "by" on the post)
        takers = [g for h in (verb, head) for c in children(h) if c.dep_ == "agent" or h is head and c.lower_ == "by"
                  for g in children(c) if g.dep_ == "pobj"]
    else:
        takers = [verb.head if verb.dep_ == "relcl" and c.tag_ in ("WP", "WDT") else c
                  for c in children(verb) if c.dep_ == "nsubj"]
    people = sorted({a for t in takers for a in actors(ctx, t, ctx.sent_of[head.i]) if a.startswith("person/")})
    return people[0] if len(people) == 1 else None


def _next_subject(ctx: Context, persons, om) -> str | None:
    """The first person in subject position in the two sentences after the title's."""
    si = ctx.sent_of[om.tok_start]
    doc = ctx.parsed.doc
    for m, e in persons:
        if ctx.sent_of[m.tok_start] in (si + 1, si + 2) and is_subject(tokens(doc)[m.tok_end - 1]):
            return e
    return None


def _recent_subject(ctx: Context, persons, om) -> str | None:
    """The person last in subject position, in this sentence before the title or in the two before; not one
    from two sentences back when someone else was named since ("Roe said X. Y backed Lee's stance. The Tory
    leader ...": Lee as likely as Roe). A subject named beside the title in its own sentence (see _beside) is
    not taken for it there; the one the story was on before still may be, even the same person (a limit kept
    because the narrower reading lost right holders). No one when the title owns a kin noun ("the premier's
    wife said": the one just spoken of is the wife)."""
    si = ctx.sent_of[om.tok_start]
    doc = ctx.parsed.doc
    toks = tokens(doc)
    if om.tok_end + 1 < len(doc) and toks[om.tok_end].tag_ == "POS" \
            and any(t.lemma_.lower() in ctx.lex.reference["kin_nouns"] for t in toks[om.tok_end + 1:om.tok_end + 3]):
        return None
    beside = _beside(ctx, persons, om)
    pick = None
    for m, e in persons:
        if m.tok_start >= om.tok_start:
            break
        if e in beside and ctx.sent_of[m.tok_start] == si:
            # ("Lee spoke. Roe said the premier ...": a new speaker who names the post turns the story from the
            # one before to them, so that one is no surer; "Roe denied the premier's plan": that one stays)
            if pick is not None and pick[1] != e \
                    and name_head(toks[m.tok_end - 1]).head.lemma_.lower() in ctx.lex.words("stance", "speech"):
                pick = None
            continue
        if ctx.sent_of[m.tok_start] >= si - 2 and is_subject(toks[m.tok_end - 1]):
            pick = (m, e)
        elif pick is not None and e != pick[1] and ctx.sent_of[pick[0].tok_start] < si - 1:
            pick = None
    return pick[1] if pick else None


def _beside(ctx: Context, persons, om) -> set[str]:
    """The people named by name in the title's own sentence: a writer does not name one person twice over in a
    sentence ("Roe denied claims the premier had broken a pledge", "Roe compared the chancellor's sums to the
    premier's promises"), so none of them is the one the title points to. One named as an owner may be
    ("Roe's aide said the premier ..."), and so may one the title is said of ("Roe, the former premier, said").
    Only a subject or object counts."""
    si = ctx.sent_of[om.tok_start]
    doc = ctx.parsed.doc
    toks = tokens(doc)
    root = doc[om.tok_start:om.tok_end].root
    out = set()
    for m, e in persons:
        if ctx.sent_of[m.tok_start] != si or (m.tok_end < len(doc) and toks[m.tok_end].tag_ == "POS"):
            continue
        head = name_head(toks[m.tok_end - 1])
        if head in root.ancestors or root in head.ancestors and root.dep_ == "appos" or om.tok_start <= head.i < om.tok_end:
            continue
        if not (is_subject(head) or head.dep_ in ("dobj", "dative")):
            continue  # ("after talks with Roe, Lee said the premier ...": one named in a phrase aside may be)
        out.add(e)
    return out


def posts_described_kept(ctx: Context, out: list[Statement]) -> list[Statement]:
    """The holds edges, less a post a definite description gave someone the article names in a post of another head,
    both held now ("Mr Vane, the longest serving chancellor ... keeping the prime minister waiting": not Mr
    Vane's; "the trade commissioner and former Labour minister" held both)."""
    label = {eid: e.label.lower().split() for eid, e in ctx.res.entities.items()}
    named: dict[str, list[list[str]]] = {}
    for s in out:
        if s.relation == "holds" and s.rule != "definite-description" and s.object in label and not s.former:
            named.setdefault(s.subject, []).append(label[s.object])
    return [s for s in out if not (s.relation == "holds" and s.rule == "definite-description" and not s.former and s.object in label and any(
        other_head(ctx.lex, words, label[s.object]) for words in named.get(s.subject, ())))]
