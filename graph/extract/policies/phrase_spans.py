"""Phrase spans: how far a position phrase runs, and the other spans that name the same policy.

A head noun or verb widens to its short phrase (without clauses, appositions, determiners and
who owns it); surface_forms gives the longer and shorter names an article uses for it.
Imports its siblings lexicon and tokens.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..language.lexicon import Lexicon
from ..language.misread_verbs import misread_subject
from .policy_tokens import hung_act
from ..language.tokens import children, tokens

__all__ = ["phrase_span", "proposal_span", "clause_subject", "surface_forms", "summary_noun", "broadcast", "MAX_TOKENS"]


_CUT_DEPS = {"relcl", "appos", "punct", "cc", "advcl", "parataxis", "dep"}
MAX_TOKENS = 16


def phrase_span(head: Token, lex: Lexicon, stop: set[int] = frozenset(), *, full: bool = False) -> tuple[int, int]:
    """The short noun or verb phrase headed by `head`: its subtree without clauses, appositions,
    leading determiners and possessors. `full` keeps who made it ("the levy approved by the council")."""
    keep = [head.i]
    hung = hung_act(head, lex)  # ("announced a drive to help farmers": the drive's act, hung by the parser on the verb)
    hung_i = hung.i if hung is not None and hung.i not in stop else -1
    stack = [c for c in children(head)] + ([hung] if hung_i >= 0 and hung.head.i != head.i else [])
    # "the bill, which would ban smoking": a clause that says what the policy is runs on after its comma
    said = {c.left_edge.i - 1 for c in children(head) if c.dep_ == "relcl" and c.i not in stop and _says_what_it_does(c, lex)}
    while stack:
        c = stack.pop()
        if c.i in said and c.text == ",":
            keep.append(c.i)
            continue
        if c.i in stop or (c.dep_ in _CUT_DEPS and c.i != hung_i and not _intra_word(c) and not _inner_quote(c)
                           and not _says_what_it_does(c, lex) and not _inner_and(c, head)):
            continue
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME") and c.i > head.i and (
                c.head.i == head.i or any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c.head))):
            continue  # "(plans to) hold a summit next month": when it is done is no part of what is done
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "during", "by", "over", "within") and c.head.pos_ == "VERB" and c.i > head.i and any(
                x.dep_ == "pobj" and all(y.ent_type_ in ("DATE", "TIME") for y in x.subtree) for x in children(c)):
            # "(proposals to) cut duty on Monday", "(vowed to) scrap the toll by 2010": the day it was said or done is no
            # part of the act (but "a pension based on years of residence" says what the pension is: the time is only
            # part of its words; and how much, "by 10 pct", is kept, as the names of a policy often carry it)
            continue
        if c.dep_ == "prep" and c.lower_ in ("before", "after", "until", "till") and c.head.pos_ == "VERB" and c.i > head.i:
            continue  # "(pledged to) raise the levy after the election": when, not what
        if c.dep_ == "prep" and c.lower_ in ("for", "since") and c.i > head.i and any(
                x.dep_ == "pobj" and all(y.ent_type_ in ("DATE", "TIME") for y in x.subtree)
                and (c.lower_ == "since" or not any(y.like_num for y in x.subtree)) for x in children(c)):
            # "has called for a rent cap for years", "has backed the ban since 2001": how long the side has been
            # held, no part of the policy (but "a ban for five years" says what the ban is)
            continue
        if c.dep_ == "prep" and c.head.i != head.i and c.i > head.i and broadcast(c):
            continue  # "the rift between the pair on Channel Nine's Sunday Show": where it was said, not what it is
        if c.dep_ == "acl" and misread_subject(c, lex) is not None:
            continue  # "said the levy breached the treaty", misread as a participle: the clause said, no part of the name
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > head.i:
            continue  # "the bridge toll, calling it unfair": a participle clause about the phrase
        if not full and c.dep_ == "acl" and c.tag_ == "VBN" and c.i > head.i and any(x.dep_ == "agent" for x in children(c)) \
                and (head.lemma_.lower() not in lex.positions["generic"] or summary_noun(head, lex)):
            # "the tariffs imposed by the US": who made it, not what it is (but "the policy supported by X"; and
            # "..., a move opposed by X" is the act just told, named again, not a policy named by who opposes it)
            continue
        if c.dep_ == "conj" and c.head.i == head.i:
            continue
        if c.dep_ == "amod" and c.head.i == head.i and c.i > head.i and c.left_edge.is_quote:
            continue  # 'branded the new levy "wholly political"': a judgement quoted after it, no part of its name
        keep.append(c.i)
        stack.extend(children(c))
    keep.sort()
    # contiguous block around the head
    start = end = keep.index(head.i)
    while start > 0 and keep[start - 1] == keep[start] - 1:
        start -= 1
    while end + 1 < len(keep) and keep[end + 1] == keep[end] + 1:
        end += 1
    s, e = keep[start], keep[end] + 1
    doc, toks = head.doc, tokens(head.doc)
    # a phrase does not run across a comma, dash, colon or bracket, nor into a second noun phrase
    # ("called the ID scheme a waste of money")
    for i in range(head.i + 1, e):
        if toks[i].text == "," and i in said:
            continue
        if toks[i].text in (",", ";", ":", "—", "–", "(", ")") or (toks[i].text == "-" and toks[i].whitespace_) or (
                toks[i].lower_ in ("a", "an") and toks[i - 1].pos_ in ("NOUN", "PROPN")) or (
                # "keener on ID cards than his rivals": the comparison is no part of the policy, unlike a
                # quantity's "more than" ("a rise of more than 5%")
                toks[i].lower_ == "than" and toks[i - 1].lower_ not in ("more", "less", "fewer", "greater", "no")):
            e = i
            break
    for i in range(head.i - 1, s - 1, -1):
        if toks[i].text in (",", ";", ":", "—", "–", "(", ")"):
            s = i + 1
            break
    drop = set(lex.positions["anaphoric_determiners"]) | {"a", "an", "any", "some", "all", "own"}
    while s < head.i and (toks[s].lower_ in drop or toks[s].dep_ == "aux" and toks[s].lower_ == "to" or toks[s].dep_ in ("det", "poss", "predet", "preconj", "case", "mark")
                          or toks[s].tag_ == "POS" or toks[s].is_punct
                          or (toks[s].dep_ == "poss" or any(x.tag_ == "POS" for x in doc[s:head.i]))):
        s += 1
    if e - s > MAX_TOKENS:
        e = max(head.i + 1, s + MAX_TOKENS)
    # never end on a function word: "stored in the" -> "stored"
    while e - 1 > head.i and (toks[e - 1].is_punct or _function_word(toks[e - 1])):
        e -= 1
    while s < head.i and toks[s].text in ('"', "'"):
        s += 1
    return s, _quoted_end(doc, s, e)


def _quoted_end(doc: Doc, s: int, e: int) -> int:
    """ "urged 'reform at the bank'": a name quoted whole runs to its closing quote, where the parser may
    have hung the rest of it on the verb."""
    if s == 0 or tokens(doc)[s - 1].text not in ('"', "'") or tokens(doc)[s - 1].tag_ == "POS":
        return e
    for i in range(e, min(len(doc), s + MAX_TOKENS)):
        t = tokens(doc)[i]
        if t.text == tokens(doc)[s - 1].text and t.tag_ != "POS":
            return i if i > e and t.sent == tokens(doc)[s].sent else e
        if t.text in (",", ";", ":", "—", "–", "(", ")", ".", "!", "?"):
            return e
    return e


def summary_noun(head: Token, lex: Lexicon) -> bool:
    """ "... to scrap the toll, a move welcomed by the union": a generic noun put after a comma with "a" names
    again the act just told (the parser hangs it as an apposition or as an object of the clause's verb)."""
    if head.lemma_.lower() not in lex.positions["generic"] or head.pos_ != "NOUN":
        return False
    det = next((c for c in children(head) if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    return det is not None and det.i > 0 and tokens(head.doc)[det.i - 1].text == ","


def surface_forms(head: Token, lex: Lexicon, span: tuple[int, int], stop: frozenset[int] = frozenset()) -> tuple[tuple[int, int], ...]:
    """Other ways the article's phrase names the policy, shortest last: with who made it ("policy supported
    by Mr Roe"), without the words that only say it is new ("EU rules" of "new EU rules"), and the noun
    with its own modifiers ("high tariffs" of "high tariffs imposed on imports")."""
    doc = head.doc
    s, e = span
    # ("..., a move opposed by X": an act named again by a generic noun has no name of its own to give)
    forms = [span if summary_noun(head, lex) else phrase_span(head, lex, stop, full=True)]
    drop = set(lex.positions["drop_modifiers"])
    bare = s
    while bare < head.i and tokens(doc)[bare].lower_ in drop:
        bare += 1
    forms.append((bare, e))
    # "replacing the old exams with a diploma [in an overhaul of the school system]": the second adjunct is the occasion
    adjuncts = [t for t in doc[head.i + 1:e] if t.dep_ == "prep"]
    if len(adjuncts) >= 2:
        forms.append((s, adjuncts[1].i))
    if head.pos_ in ("NOUN", "PROPN") and head.i + 1 < e:
        core = head.i
        while core > bare and tokens(doc)[core - 1].dep_ in ("amod", "compound", "nmod", "nummod") and tokens(doc)[core - 1].head.i == head.i \
                or core > bare and tokens(doc)[core - 1].head.i == core and tokens(doc)[core - 1].dep_ in ("compound", "punct"):
            core -= 1
        # even a bare "directive" or "bill" is a name: a story that names "the levy approved by the council" calls it
        # "the levy" thereafter
        forms.append((core, head.i + 1))
    adjunct = _object_adjunct(head, lex, e)
    if adjunct is not None:
        forms.append((s, adjunct))
    purpose = _object_purpose(head, e)
    if purpose is not None:
        forms.append((s, purpose))
    return tuple(f for f in dict.fromkeys(forms) if f != span and f[0] < f[1])


def _object_adjunct(head: Token, lex: Lexicon, e: int) -> int | None:
    """The end of "freedom [in prisons and clinics]" where the parser hung the adjunct on the verb ("backed
    freedom in prisons"): a preposition right after the object (an adverb between, "legislation now before
    Congress"), not a time, a person or a clause's own adjunct ("backed the plan on Monday")."""
    doc, verb, toks = head.doc, head.head, tokens(head.doc)
    if head.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or e >= len(doc):
        return None
    i = e + 1 if toks[e].dep_ == "advmod" and toks[e].head.i == verb.i else e
    if i >= len(doc) or toks[i].dep_ != "prep" or toks[i].head.i != verb.i or toks[i].lower_ not in lex.positions["object_adjuncts"]:
        return None
    sub = list(toks[i].subtree)
    if len(sub) < 2 or any(t.ent_type_ in ("DATE", "TIME", "PERSON") for t in sub):
        return None
    end = sub[-1].i + 1
    for j in range(i + 1, end):
        if toks[j].text in (",", ";", ":", "—", "–", "(", ")") or (toks[j].text == "-" and toks[j].whitespace_):
            end = j
            break
    end = min(end, head.i + MAX_TOKENS)
    while end - 1 > i and (toks[end - 1].is_punct or _function_word(toks[end - 1])):
        end -= 1
    return end if end > i + 1 else None


def _object_purpose(head: Token, e: int) -> int | None:
    """The end of "schemes [to widen rail access]" where the parser hung the to-clause on the verb
    above ("sought backing for schemes to widen X", "raised duties to pay for roads"): a clause right
    after the phrase says what the policy is for, and the longer phrase is one of its names."""
    doc, toks = head.doc, tokens(head.doc)
    if e + 1 >= len(doc) or toks[e].lower_ != "to" or toks[e].dep_ != "aux":
        return None
    verb = toks[e].head
    if verb.dep_ != "advcl" or verb.i != e + 1 or verb.pos_ != "VERB" or verb.head not in head.ancestors:
        return None
    end = min(verb.right_edge.i + 1, head.i + MAX_TOKENS)
    for j in range(verb.i + 1, end):
        if toks[j].text in (",", ";", ":", "—", "–", "(", ")") or (toks[j].text == "-" and toks[j].whitespace_):
            end = j
            break
    while end - 1 > verb.i and (toks[end - 1].is_punct or _function_word(toks[end - 1])):
        end -= 1
    return end


def _function_word(t: Token) -> bool:
    """A word no name ends on ("stored in the"), where a noun that is also a stop word still names a thing
    ("the decision to close the mine")."""
    if t.dep_ == "prt":
        return False  # "the board to be closed down": a phrasal verb's particle is part of the verb
    return t.pos_ in ("ADP", "DET", "CCONJ", "PART") or t.is_stop and t.pos_ not in ("NOUN", "PROPN")


def broadcast(prep: Token) -> bool:
    """ "on Radio Nine's Morning Hour programme": a named programme or show, with its owner or "the", is where one
    spoke, not what a phrase names or one insists on (a policy programme is named by what it does: "the nuclear
    programme")."""
    obj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
    return prep.lower_ == "on" and obj is not None and obj.lemma_.lower() in ("programme", "program", "show") and any(
        c.dep_ == "compound" and c.text[:1].isupper() for c in children(obj)) and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in children(obj))


def _inner_and(c: Token, head: Token) -> bool:
    """ "quotas set by large and small ports": a coordination inside the phrase, where
    "tariffs and quotas" are two policies."""
    return c.dep_ == "cc" and c.head.i != head.i and any(x.dep_ == "conj" for x in children(c.head))


def _says_what_it_does(c: Token, lex: Lexicon) -> bool:
    """ "legislation to ban smoking", "a bill that would ban smoking": the clause is what the policy is,
    where "the plan he announced" only says who made it."""
    if c.dep_ != "relcl" or c.i < c.head.i:
        return False
    subj = [x for x in children(c) if x.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))
    if c.head.lemma_.lower() in lex.positions["undone_rulings"] and subj[0].lower_ != "that" and any(
            x.lower_ == "that" and x.dep_ in ("mark", "dobj") and x.i == c.left_edge.i for x in children(c)):
        return True  # "the ruling that the council broke the law": a ruling's that-clause is what it holds
    # ("a plan that was criticised by the union", "a scheme which was drawn up by consultants": who took a side on
    # it, or who made it, is no part of what it is; "a bill that would ban smoking" is)
    if any(x.dep_ == "agent" for x in children(c)):
        return False
    return c.head.lemma_.lower() in lex.positions["generic"] and subj[0].lower_ in ("that", "which")


def _inner_quote(t: Token) -> bool:
    """A quotation mark around part of a phrase ("the 'nuclear dumpsite' plan"); its closing mark too, when the
    quoted noun's own preposition runs on past it ("release the 'whole memo' of the panel": the parser hangs both
    marks on "memo"; but "a 'pause year' to assess it" or "'yob culture' and the rest" end at the mark)."""
    if t.text not in ('"', "'"):
        return False
    after = t.nbor() if t.i + 1 < len(t.doc) else None
    return t.i < t.head.i or after is not None and after.dep_ == "prep" and after.head.i == t.head.i and any(
        c.text == t.text and c.i < t.head.i for c in children(t.head))


def _intra_word(t: Token) -> bool:
    """A hyphen or slash inside a word ("operation-based"), which the parser hangs off as punctuation."""
    doc = t.doc
    return t.text in ("-", "/", "‑") and t.i > 0 and not tokens(doc)[t.i - 1].whitespace_ and not t.whitespace_


def clause_subject(t: Token) -> Token | None:
    """The subject of should-clause `t`: its own, or the noun the small parser hangs as the object of the verb of
    view just before it ("believes abortion should be ...": "abortion" taken for the object of "believes")."""
    own = next((c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None or t.dep_ != "ccomp":
        return own
    first = min(x.i for x in t.subtree)
    return next((c for c in children(t.head) if c.dep_ == "dobj" and c.i < t.i and max(x.i for x in c.subtree) == first - 1
                 and c.pos_ in ("NOUN", "PROPN")), None)


def proposal_span(t: Token, lex, stop: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The name of the proposal clause of `t`: its phrase up to a second act joined by "and" ("see councils able to
    ban X and have Y": the first act names it), starting at its subject even when the parser hung the subject on the
    verb of view ("believes [abortion] should be ..."), without a leading determiner."""
    joined = {x.i for x in t.subtree if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and x.i > t.i}
    joined |= {x.i for j in joined for x in children(t.doc[j].head) if x.dep_ == "cc" and x.i < j}
    start, end = phrase_span(t, lex, stop | joined)
    subj = clause_subject(t)
    if subj is None or subj.left_edge.i >= start:
        return start, end
    first = subj.left_edge
    return (first.i + 1 if first.dep_ == "det" and first.i < subj.i else first.i), end
