"""Span helpers every mention finder shares: headings, sentence index, name runs, named policies.

A name run is a stretch of capitalised proper-noun tokens; a named policy ("the Clean Air Act") is
a capitalised run ending in a policy noun, kept apart so that no finder reads it as a body or a post.
Imports graph.model and its siblings lexicon and nlp.
"""
from __future__ import annotations

import calendar

import re

from spacy.tokens import Doc, Span, Token

from ..language.lexicon import Lexicon
from .listed_bodies import apposed_bodies, kind_listed, listed_with_bodies
from .body_signs import bare_name, bodies_by_usage
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


def is_shouted(sent: Span) -> bool:
    """A line all in capitals, as a wire's headline is ("NORLAND PLANS TO CUT RAIL FARES"): written to catch the eye,
    it says again in words cut to fit what its story says."""
    return text_of(sent).isupper()


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
            if toks[j].lower_ in links and any(t.lower_ in heads for t in toks[i:j]) and _occasion(doc, j, links):
                break  # "the Clean Air Bill on Monday", "the Bill in the Senate": when and where, not the name
            j += 1
        if toks[i].lower_ in links and i + 1 < j and _capital_word(toks[i + 1]):
            i += 1  # "The Clean Rivers Bill was published": a sentence's capital "The" is no part of the name
        words = [t.lower_ for t in toks[i:j]]
        # ("the Law Lords", "the Law Society": a name that ends on a body's kind is the body's, institutions.json)
        # the headword closes the name or opens its "of" ("Bill of Rights"): "Bill Morrow said" names a person
        closed = words[-1] in heads or any(w in heads and k + 1 < len(words) and words[k + 1] in links
                                           for k, w in enumerate(words))
        if closed and len(words) >= 2 and toks[i].lower_ not in links \
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
    # nor into the time of what is said of it ("the Commons on Monday", "the Senate in March": the tagger's ORG ran on)
    for i in range(start + 1, end - 1):
        if toks[i].lower_ in _BEFORE_A_TIME and toks[i + 1].text in _DAYS_AND_MONTHS:
            return strip_span(doc, start, i, drop)
    # The parser's entity may run into a bracket it does not close ("the Transport Union (TGWU"): the
    # name ends before the bracket, and what the bracket holds is an alias the acronym finders read.
    for i in range(start, end):
        if toks[i].text in _OPENERS and not any(toks[j].text == _OPENERS[toks[i].text] for j in range(i + 1, end)):
            return strip_span(doc, start, i, drop) if i > start else (start, start)
    return start, end


_OPENERS = {"(": ")", "[": "]"}
_BEFORE_A_TIME = frozenset(("on", "in", "by", "since", "until", "last", "next", "this"))
# the English names of the days and months (the standard library's, in the C locale Python starts in)
_DAYS_AND_MONTHS = frozenset(list(calendar.day_name) + list(calendar.month_name)[1:])


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
    """Names NER took for people, places or peoples that the text calls a body: a body noun apposed ("NM Vale, the
    investment bank, said") or before the name ("media giant Vale Universal", "Danish brewer Osprey"). Maps the name,
    and each word of a person's name as the text shortens it ("Vale"), to the name (read by people and institutions
    alike: found once per Doc)."""
    cached = doc.user_data.get("newsgraph.bodies_described")
    if cached is not None:
        return cached
    out: dict[str, str] = {}
    # "Dorrit Marsh ... Dorrit Marsh Bakeries": a name that opens an organisation's name elsewhere is that body's
    bodies = [e.text for e in ents(doc) if e.label_ in ("ORG", "FAC")]
    for name in listed_with_bodies(doc, lex):  # "backed by Kestrel and Osprey": one organisation beside another
        out[name] = name
    # "Crisis, the homeless charity, said"; "charities such as Crisis"
    for s, e in apposed_bodies(doc, lex) + kind_listed(doc, lex):
        out[doc[s:e].text] = doc[s:e].text
    # (the words a person is known by: a surname of a longer name, a word after an honorific)
    addressed = {t.nbor().text for t in tokens(doc)[:-1] if t.lower_.rstrip(".") in lex.honorifics}
    persons = addressed | {e[-1].text for e in ents(doc) if e.label_ == "PERSON" and len(e) > 1}
    for name in bodies_by_usage(doc, lex, addressed):  # "Garvey Mell's profits", "shares in Garvey Mell"
        out[name] = name
    for ent in ents(doc):
        name = bare_name(ent.text)
        if ent.label_ == "PERSON" and (len(ent) > 1 or described_by_noun(doc, ent, lex)) \
                and any(b.startswith(ent.text + " ") for b in bodies):
            out[name] = name
            continue
        if ent.label_ not in _MISTAKEN or not (described_by_noun(doc, ent, lex) or apposed_noun(ent, lex)):
            continue
        # ("publisher Ann Vale ... Mrs Vale": a name the text gives a person; "the union Unison Ann Vale": a body's
        # name run into a person's, which the person keeps)
        if ent.label_ == "PERSON" and len(ent) > 1 and (ent[-1].text in addressed
                                                        or len(ent) > 2 and ent[-2].lower_ in lex.gender["names"]):
            continue
        # (a lone word a person's only after its body noun, "retail giant Marko", or apposed where no person is
        # called so, "Marko, the retailer" may be Ann Marko's surname, and never a given name, "economist team Jim
        # and Ann Roe"; a place or a people only where no state has that name)
        if ent.label_ == "PERSON" and len(ent) < 2 and (not described_by_noun(doc, ent, lex) and name in persons
                                                        or ent[0].lower_ in lex.gender["names"]) \
                or ent.label_ != "PERSON" and lex.country_of(name):
            continue
        out[name] = name
        if ent.label_ == "PERSON":
            for word in name.split():
                out.setdefault(word, name)
    doc.user_data["newsgraph.bodies_described"] = out
    return out


# the tagger's labels for a company's name it did not know: a person, a place, a people, a product or a title; and
# an organisation (so where it tags the same name a person elsewhere, "retail bank Absa ... Absa said", it is a body)
_MISTAKEN = ("PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "ORG")


def described_by_noun(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """ "UK bank Vale", "Danish brewer Osprey", "the aid agency Kestrel": a singular body noun right before the
    name, modifying it; or where the body has its seat, "Paris-based Osprey" (people live, firms are based)."""
    before = tokens(doc)[span.start - 1] if span.start > 0 else None
    # (by adjacency, not the parse: "Danish brewer Osprey suffered" parses the noun as a second subject; not a noun
    # a preposition takes, "second in command Tom Roe")
    return before is not None and (before.tag_ == "NN" and before.is_lower and before.lower_ in lex.body_nouns
                                   and not (before.i > 0 and tokens(doc)[before.i - 1].tag_ == "IN")
                                   or before.text[:1].isupper() and before.lower_.endswith("-based")
                                   or _firm_of_workers(before, span, lex))


def _firm_of_workers(before: Token, span: Span, lex: Lexicon) -> bool:
    """ "telecoms analysts Vale", "consultants Osprey Allen": a plural occupation before a name the tagger did not
    call a person names the firm whose people they are (offices.json occupations)."""
    return before.tag_ == "NNS" and before.is_lower and before.lemma_.lower() in lex.words("offices", "occupations") \
        and span[0].ent_type_ not in ("PERSON", "")


def apposed_noun(span: Span, lex: Lexicon) -> bool:
    """ "Osprey, the world's third-biggest insurer,": a singular body noun in apposition after the name (not a name
    that is itself a modifier, "the Tarrow, Ohio-based firm")."""
    root = span.root
    if span.start > 0 and span.doc[span.start - 1].tag_ == "DT":
        return False
    apposed = [c for c in children(root) if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return any(a.tag_ == "NN" and a.lemma_.lower() in lex.body_nouns and a.i >= span.end for a in apposed)


def called_a_body(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """ "the aid agency Vale", "Osprey, the insurer,", "the Vale trade union", "carmakers including Vale": a name
    the text calls a body, by a body noun before, after or apposed to it, or by listing it as one of a sort, is
    one the story means, named once or not."""
    span = doc[start:end]
    return described_by_noun(doc, span, lex) or apposed_noun(span, lex) or _noun_after(doc, span, lex) \
        or any(s <= start < e for s, e in kind_listed(doc, lex))


def _noun_after(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """ "the Vale trade union said", "Osprey market research unit": a name that modifies a body noun after it,
    with up to two lower-case words between."""
    toks = tokens(doc)
    k = span.end
    # (not a body named after the one who chairs it: "the Vale inquiry", "the Vale commission")
    chaired = {w for w, sort in lex.institutions["described_bodies"].items() if sort == "named"}
    while k < len(toks) and k < span.end + 3 and toks[k].is_lower and toks[k].pos_ in ("NOUN", "ADJ"):
        if toks[k].tag_ == "NN" and toks[k].lower_ in lex.body_nouns and toks[k].lower_ not in chaired:
            return span.root.head.i in range(span.end, k + 1)
        k += 1
    return False
