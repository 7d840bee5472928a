"""Span helpers every mention finder shares: headings, sentence index, name runs, named policies.

A name run is a stretch of capitalised proper-noun tokens; a named policy ("the Clean Air Act") is
a capitalised run ending in a policy noun, kept apart so that no finder reads it as a body or a post.
Imports graph.model and its siblings lexicon and nlp.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..language.lexicon import Lexicon
from .listed_bodies import apposed_bodies, listed_with_bodies
from ...model import Mention
from ..language.nlp import Parsed
from ..language.syntax import text_of
from ..language.tokens import children, ents, sent_tokens, tokens

_QUOTE_CHARS = {'"', "'", "``", "''"}


_NAME_TAGS = {"NNP", "NNPS"}


# a capitalised word, possibly hyphenated or with an apostrophe: "Lloyd-Pryce", "O'Brien"
_NAME_WORD = re.compile(r"[A-Z][A-Za-z\u00C0-\u024F]*(?:['’-][A-Za-z\u00C0-\u024F]+)*")


def is_heading(sent: Span) -> bool:
    """A heading or title line: short, no closing punctuation, no finite verb of a sentence."""
    text = text_of(sent).strip()
    return bool(text) and len(sent) <= 14 and not re.search(r"[.!?\"']$", text) and not any(
        t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in sent_tokens(sent))


def heading_sentences(doc: Doc) -> frozenset[int]:
    cached = doc.user_data.get("newsgraph.headings")  # mentions and the context both ask
    if cached is None:
        cached = doc.user_data["newsgraph.headings"] = frozenset(i for i, sent in enumerate(doc.sents) if is_heading(sent))
    return cached




def named_policies(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Capitalised names of bills, acts and plans: "Succession to the Crown Bill", "Act of Settlement"."""
    toks = tokens(doc)
    cached = doc.user_data.get("newsgraph.named_policies")
    if cached is not None:
        return cached
    # the headwords that end a policy's name, the small words inside one: positions.json
    heads, links = frozenset(lex.positions["name_heads"]), frozenset(lex.positions["name_links"])
    kinds = frozenset(lex.institutions["kinds"])
    spans = []
    i = 0
    while i < len(doc):
        if not _capital_word(toks[i]) or toks[i].is_upper and len(toks[i]) > 1 and toks[i].lower_ in heads:
            i += 1
            continue
        j = i
        while j < len(doc) and (_capital_word(toks[j]) or
                                (toks[j].lower_ in links and _link_to_capital(doc, j, links))):
            if toks[j].lower_ in links and any(t.lower_ in heads for t in doc[i:j]) and _occasion(doc, j, links):
                break  # "the Clean Air Bill on Monday", "the Bill in the Senate": when and where, not the name
            j += 1
        if toks[i].lower_ in links and i + 1 < j and _capital_word(toks[i + 1]):
            i += 1  # "The Clean Rivers Bill was published": a sentence's capital "The" is no part of the name
        words = [t.lower_ for t in doc[i:j]]
        # ("the Law Lords", "the Law Society": a name that ends on a body's kind is the body's, institutions.json)
        if any(w in heads for w in words) and len(words) >= 2 and toks[i].lower_ not in links \
                and not all(t.is_upper for t in doc[i:j]) and words[-1] not in kinds and toks[j - 1].lemma_.lower() not in kinds:
            spans.append((i, j))
        i = max(j, i + 1)
    doc.user_data["newsgraph.named_policies"] = spans  # asked for by several stages of one document
    return spans


def _capital_word(t: Token) -> bool:
    """A capitalised word, hyphenated ones included ("Anglo-Irish" of "the Anglo-Irish Agreement", one token
    since the pipeline re-joins hyphenated words)."""
    return t.text[:1].isupper() and t.text.replace("-", "").replace("‑", "").isalpha()


def _occasion(doc: Doc, j: int, links: frozenset[str]) -> bool:
    """Whether the capitals after the link at j name a day, a time, a body or a person (the "Monday" of "on Monday",
    the "Senate" of "in the Senate"), which a policy's name once complete does not run on into; a place may end one
    ("the Treaty of Rome")."""
    k = j
    while k < len(doc) and tokens(doc)[k].lower_ in links:
        k += 1
    return k < len(doc) and tokens(doc)[k].ent_type_ in ("DATE", "TIME", "ORG", "PERSON", "NORP", "FAC")


def _link_to_capital(doc: Doc, j: int, links: frozenset[str]) -> bool:
    """A lower-case link inside a name ("to the" in "Succession to the Crown Bill")."""
    toks = tokens(doc)
    k = j
    while k < len(doc) and k < j + 3 and toks[k].lower_ in links:
        k += 1
    return k < len(doc) and toks[k].text[:1].isupper() and toks[k].is_alpha


def _sent_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            index[t] = i
    return index


def strip_span(doc: Doc, start: int, end: int, drop: set[str]) -> tuple[int, int]:
    """Trim determiners, possessive markers, punctuation and the given words from both ends."""
    toks = tokens(doc)
    while start < end and (toks[start].lower_ in drop or toks[start].lower_ in ("the", "a", "an")
                           or toks[start].is_punct or toks[start].is_space):
        start += 1
    while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].lower_ in ("'s", "’s", "'")
                           or toks[end - 1].is_punct or toks[end - 1].is_space):
        end -= 1
    # The parser's entity may run into a bracket it does not close ("the Transport Union (TGWU"): the
    # name ends before the bracket, and what the bracket holds is an alias the acronym finders read.
    for i in range(start, end):
        if toks[i].text in _OPENERS and not any(toks[j].text == _OPENERS[toks[i].text] for j in range(i + 1, end)):
            return strip_span(doc, start, i, drop) if i > start else (start, start)
    return start, end


_OPENERS = {"(": ")", "[": "]"}


def _is_name(token: Token) -> bool:
    return (token.tag_ in _NAME_TAGS or token.pos_ == "PROPN") and bool(_NAME_WORD.fullmatch(token.text))


def _name_run(doc: Doc, i: int) -> int:
    """End of a run of name tokens starting at i ("Anna Lloyd - Pryce")."""
    toks = tokens(doc)
    j = i
    while j < len(doc):
        t = toks[j]
        if _is_name(t) or (t.text[:1].isupper() and t.is_alpha and t.pos_ != "VERB" and j == i):
            j += 1
        elif t.text in ("-", "‑") and j > i and not toks[j - 1].whitespace_ and j + 1 < len(doc) \
                and toks[j + 1].text[:1].isupper():
            j += 2
        else:
            break
    return j


def _title_words(lex: Lexicon) -> set[str]:
    o = lex.offices
    return set(o["honorifics"]) | set(o["ranks"]) | set(o["name_titles"]) | set(o["heads"]) | set(o["portfolios"])


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.tok_start - m.tok_end, m.tok_start)):
        if all(m.tok_end <= c.tok_start or m.tok_start >= c.tok_end for c in chosen):
            chosen.append(m)
    return chosen


def _mention(parsed: Parsed, kind: str, start: int, end: int, sent_of: list[int], key: str) -> Mention:
    s, e = parsed.tokens_span(start, end)
    return Mention(text=parsed.article.text[s:e], type=kind, start=s, end=e, tok_start=start, tok_end=end,
                   sent=sent_of[start], key=key)


def _name_then_verb(doc: Doc, i: int) -> bool:
    """A first and last name right after a title, then the verb: "... Industry Hajime Tamura said"; a double-barrelled
    surname is one word of the name ("Bishop Ann Lloyd-Pryce has said")."""
    toks = tokens(doc)
    if not (i + 2 < len(doc) and _is_name(toks[i]) and _is_name(toks[i + 1])):
        return False
    end = _name_run(doc, i + 1)
    return end < len(doc) and end - i <= 4 and toks[end].pos_ in ("VERB", "AUX")


def _followed_by_verb(doc: Doc, k: int) -> bool:
    return k < len(doc) and tokens(doc)[k].pos_ in ("VERB", "AUX")


def bodies_described(doc: Doc, lex: Lexicon) -> dict[str, str]:
    """Names NER took for people that the text calls a body: a body noun apposed ("NM Vale, the investment
    bank, said") or before the name ("media giant Vale Universal"). Maps the name, and each of its words as the
    text shortens it ("Vale"), to the name (read by people and institutions alike: found once per Doc)."""
    cached = doc.user_data.get("newsgraph.bodies_described")
    if cached is not None:
        return cached
    inst = lex.institutions
    nouns = {k for k in inst["kinds"] if " " not in k} | set(inst["described_bodies"])
    out: dict[str, str] = {}
    # "Dorrit Marsh ... Dorrit Marsh Bakeries": a name that opens an organisation's name elsewhere is that body's
    bodies = [e.text for e in ents(doc) if e.label_ in ("ORG", "FAC")]
    for name in listed_with_bodies(doc, lex):  # "backed by Kestrel and Osprey": one organisation beside another
        out[name] = name
    for s, e in apposed_bodies(doc, lex):  # "Crisis, the homeless charity, said"
        out[doc[s:e].text] = doc[s:e].text
    for ent in ents(doc):
        before = tokens(doc)[ent.start - 1] if ent.start > 0 else None
        described = before is not None and before.tag_ == "NN" and before.dep_ == "compound" and before.lower_ in nouns
        # (a lone word only after its body noun: "retail giant Marko"; apposed, "Marko, the retailer" may be a surname)
        if ent.label_ != "PERSON" or len(ent) < 2 and not described:
            continue
        root = ent.root
        if any(b.startswith(ent.text + " ") for b in bodies):
            name = re.sub(r"['’]s?$", "", ent.text).strip()
            out[name] = name
            continue
        apposed = [c for c in children(root) if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if any(a.tag_ == "NN" and a.lemma_.lower() in nouns and a.i >= ent.end for a in apposed) or described:
            name = re.sub(r"['’]s?$", "", ent.text).strip()
            out[name] = name
            for word in name.split():
                out.setdefault(word, name)
    doc.user_data["newsgraph.bodies_described"] = out
    return out

