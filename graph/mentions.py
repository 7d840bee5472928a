"""Mentions: the spans of a parsed article that name a person, an office or an institution.

Each finder is a plain function of the Doc (and the lexicon) that yields Mention records; the
named-entity tags of spaCy are the starting point, corrected by titles, lexicons and what the
rest of the document says about the same string.
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from .blocs import numbered_groups
from .countries import state_of, state_of_modifiers, states_named
from .lexicon import Lexicon
from .model import Mention
from .nlp import Parsed

__all__ = ["find_mentions", "heading_sentences", "is_heading", "strip_span"]

_QUOTE_CHARS = {'"', "'", "``", "''"}
_NAME_TAGS = {"NNP", "NNPS"}
# a capitalised word, possibly hyphenated or with an apostrophe: "Scott-Joynt", "O'Brien"
_NAME_WORD = re.compile(r"[A-Z][A-Za-z\u00C0-\u024F]*(?:['’-][A-Za-z\u00C0-\u024F]+)*")


def is_heading(sent: Span) -> bool:
    """A heading or title line: short, no closing punctuation, no finite verb of a sentence."""
    text = sent.text.strip()
    return bool(text) and len(sent) <= 14 and not re.search(r"[.!?\"']$", text) and not any(
        t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in sent)


def heading_sentences(doc: Doc) -> set[int]:
    return {i for i, sent in enumerate(doc.sents) if is_heading(sent)}


_POLICY_NAMES = {"bill", "act", "law", "treaty", "agreement", "accord", "plan", "programme", "program", "directive",
                 "convention", "charter", "amendment", "resolution", "deal", "pact", "strategy", "initiative"}
_NAME_LINKS = {"to", "the", "of", "for", "and", "on", "in"}


def named_policies(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised names of bills, acts and plans: "Succession to the Crown Bill", "Act of Settlement"."""
    cached = doc.user_data.get("newsgraph.named_policies")
    if cached is not None:
        return cached
    spans = []
    i = 0
    while i < len(doc):
        if not (doc[i].text[:1].isupper() and doc[i].is_alpha) or doc[i].is_upper and len(doc[i]) > 1 and doc[i].lower_ in _POLICY_NAMES:
            i += 1
            continue
        j = i
        while j < len(doc) and ((doc[j].text[:1].isupper() and doc[j].is_alpha) or
                                (doc[j].lower_ in _NAME_LINKS and _link_to_capital(doc, j))):
            j += 1
        words = [t.lower_ for t in doc[i:j]]
        if any(w in _POLICY_NAMES for w in words) and len(words) >= 2 and doc[i].lower_ not in _NAME_LINKS \
                and not all(t.is_upper for t in doc[i:j]):
            spans.append((i, j))
        i = max(j, i + 1)
    doc.user_data["newsgraph.named_policies"] = spans  # asked for by several stages of one document
    return spans


def _link_to_capital(doc: Doc, j: int) -> bool:
    """A lower-case link inside a name ("to the" in "Succession to the Crown Bill")."""
    k = j
    while k < len(doc) and k < j + 3 and doc[k].lower_ in _NAME_LINKS:
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha


def _sent_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            index[t] = i
    return index


def strip_span(doc: Doc, start: int, end: int, drop: set[str]) -> tuple[int, int]:
    """Trim determiners, possessive markers, punctuation and the given words from both ends."""
    while start < end and (doc[start].lower_ in drop or doc[start].lower_ in ("the", "a", "an")
                           or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s", "'")
                           or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _is_name(token: Token) -> bool:
    return (token.tag_ in _NAME_TAGS or token.pos_ == "PROPN") and bool(_NAME_WORD.fullmatch(token.text))


def _name_run(doc: Doc, i: int) -> int:
    """End of a run of name tokens starting at i ("Michael Scott - Joynt")."""
    j = i
    while j < len(doc):
        t = doc[j]
        if _is_name(t) or (t.text[:1].isupper() and t.is_alpha and t.pos_ != "VERB" and j == i):
            j += 1
        elif t.text in ("-", "‑") and j > i and not doc[j - 1].whitespace_ and j + 1 < len(doc) \
                and doc[j + 1].text[:1].isupper():
            j += 2
        else:
            break
    return j


def _title_words(lex: Lexicon) -> set[str]:
    o = lex.offices
    return set(o["honorifics"]) | set(o["ranks"]) | set(o["name_titles"]) | set(o["heads"]) | set(o["portfolios"])


def find_mentions(parsed: Parsed, lex: Lexicon) -> list[Mention]:
    """All person, office and institution mentions of the article, sorted by position."""
    doc = parsed.doc
    sent_of = _sent_index(doc)
    headings = heading_sentences(doc)
    # the "Criminal Justice Act" holds no office and "Consumer Credit Bill" is no organisation
    policy_tokens = {i for s, e in named_policies(doc) for i in range(s, e)}
    offices = [m for m in _office_mentions(parsed, lex, sent_of) if m.tok_start not in policy_tokens]
    office_tokens = {i for m in offices for i in range(m.tok_start, m.tok_end)}
    persons = _person_mentions(parsed, lex, sent_of, office_tokens)
    person_keys = {m.key for m in persons if m.key}
    institutions = list(_institution_mentions(parsed, lex, sent_of, office_tokens, person_keys))
    institutions += _title_organisations(parsed, lex, sent_of, offices, institutions)
    # document-level correction: a surname or nickname tagged ORG, GPE or nothing is still the person
    taken = {i for m in persons for i in range(m.tok_start, m.tok_end)}
    extra = []
    for ent in doc.ents:
        words = ent.text.split()
        if ent.label_ == "ORG" and len(words) > 3 and words[-1] in person_keys and ent.end - 2 > ent.start \
                and _is_name(doc[ent.end - 2]) and doc[ent.end - 2].lower_ not in lex.offices["portfolios"] \
                and not any(i in taken for i in range(ent.end - 2, ent.end)):
            # "Minister of International Trade and Industry Hajime Tamura" tagged as one organisation
            extra.append(_mention(parsed, "person", ent.end - 2, ent.end, sent_of, words[-1]))
            taken.update(range(ent.end - 2, ent.end))
            continue
        if ent.label_ in ("ORG", "GPE", "NORP") and 2 <= len(words) <= 3 and words[-1] in person_keys \
                and all(_NAME_WORD.fullmatch(w) for w in words) and not _body_kind_word(words, lex.institutions) \
                and not any(i in taken for i in range(ent.start, ent.end)):
            extra.append(_mention(parsed, "person", ent.start, ent.end, sent_of, words[-1]))
            taken.update(range(ent.start, ent.end))
    for t in doc:
        if t.i in taken or not t.text[:1].isupper():
            continue
        if t.text in person_keys and not any(m.tok_start <= t.i < m.tok_end for m in institutions
                                              if m.key.lower() != t.text.lower()):
            extra.append(_mention(parsed, "person", t.i, t.i + 1, sent_of, t.text))
    persons += extra
    person_tokens = {i for m in persons for i in range(m.tok_start, m.tok_end)}
    institutions = [m for m in institutions if not any(i in person_tokens for i in range(m.tok_start, m.tok_end))]
    office_spans = {(m.tok_start, m.tok_end) for m in offices}
    institutions = _longest_first([m for m in institutions if (m.tok_start, m.tok_end) not in office_spans])
    mentions = [m for m in persons + offices + institutions
                if not any(i in policy_tokens for i in range(m.tok_start, m.tok_end))]
    # headings invent names ("Bibi's Ambition"): keep only mentions the body text also makes
    body_keys = {m.key.lower() for m in mentions if m.sent not in headings}
    mentions = [m for m in mentions if m.sent not in headings or m.key.lower() in body_keys]
    return sorted(mentions, key=lambda m: (m.tok_start, m.tok_end, m.type))


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


# --- persons ---------------------------------------------------------------------------------

def _person_mentions(parsed: Parsed, lex: Lexicon, sent_of: list[int], office_tokens: set[int]) -> list[Mention]:
    doc = parsed.doc
    o = lex.offices
    prefixes = set(o["honorifics"]) | set(o["ranks"]) | set(o["name_titles"])
    titles = _title_words(lex)
    candidates: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or lex.party_of(ent.text.strip("'\" ")):
            continue
        candidates.append((ent.start, ent.end))
    # a title or honorific followed by a capitalised run names a person even where NER missed it
    ranks = set(o["ranks"])
    for t in doc:
        low = t.lower_.rstrip(".")
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        # "General Election" is no general: a rank or office word names a person only before a person's name
        needs_person = low in ranks or t.lower_ in ranks or t.i in office_tokens
        if (low in prefixes or t.lower_ in prefixes or t.i + 1 in office_tokens or t.i in office_tokens) \
                and nxt is not None and _is_name(nxt) and t.i + 1 not in office_tokens \
                and (nxt.ent_type_ in (("PERSON",) if needs_person else ("PERSON", ""))
                     or t.i in office_tokens and _name_then_verb(doc, t.i + 1)):
            end = _name_run(doc, t.i + 1)
            # a peer is named with the title: "Lord Dubs"
            candidates.append((t.i if t.lower_ in o["name_titles"] else t.i + 1, end))
    spans = []
    for start, end in candidates:
        start, end = _clean_name(doc, start, end, titles, lex)
        while start < end and start in office_tokens and doc[start].lower_ not in o["name_titles"]:
            start += 1  # "Assistant Chief Constable David Warcup": the title's last word is no part of the name
        # ("Skyline deputy chief executive": a company NER took for a person, inside the title, stays out)
        if end > start:
            spans.append((start, end))
    # longest first, no overlaps
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda se: (-(se[1] - se[0]), se[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    mentions = []
    not_last = set(lex.offices["not_name_last_words"]) | set(lex.institutions["kinds"]) | set(o["plural_heads"])
    for start, end in sorted(chosen):
        key = _surname(doc[start:end], lex)
        # "Bristol West", "Victoria Tower", "Services Union", "MPs": NER's persons that are places and bodies
        if key and key.lower() not in not_last:
            mentions.append(_mention(parsed, "person", start, end, sent_of, key))
    return mentions


def _clean_name(doc: Doc, start: int, end: int, titles: set[str], lex: Lexicon) -> tuple[int, int]:
    name_titles = set(lex.offices["name_titles"])
    honorifics = set(lex.offices["honorifics"]) | name_titles
    # "Tanzania Mr Brown": a title inside the span starts the name
    for i in range(start + 1, end - 1):
        if doc[i].lower_.rstrip(".") in honorifics or doc[i].lower_ in honorifics:
            start = i
            break
    # leading office words and honorifics are not the name, but "Lord Dubs" is how a peer is named
    while start < end and (doc[start].lower_ in titles or doc[start].lower_.rstrip(".") in titles
                           or doc[start].is_punct or doc[start].lower_ in ("the", "former")
                           or lex.party_of(doc[start].text) or lex.party_of(doc[start:start + 2].text)) \
            and not (doc[start].lower_ in name_titles and start + 1 < end):
        start += 2 if lex.party_of(doc[start:start + 2].text) and not lex.party_of(doc[start].text) else 1
    post = set(lex.offices["post_nominals"])
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].text in ("'s", "’s") or doc[end - 1].text in post):
        if doc[end - 1].text in _QUOTE_CHARS and _open_quote_inside(doc, start, end - 1):
            break
        end -= 1
    # a nickname in quotes is followed by the surname: extend over it ("Benjamin "Bibi" Netanyahu")
    if end < len(doc) and doc[end].text in _QUOTE_CHARS and _open_quote_inside(doc, start, end):
        if end + 1 < len(doc) and _is_name(doc[end + 1]):
            end = _name_run(doc, end + 1)
    elif end < len(doc) and _is_name(doc[end]) and not doc[end].ent_type_ in ("ORG", "GPE") \
            and doc[end].lower_ not in titles and doc[end].text not in post:
        end = _name_run(doc, end)
    # peers: "Lord Hale of Eastfield"
    if doc[start].lower_ in name_titles and end + 1 < len(doc) and doc[end].lower_ == "of" and _is_name(doc[end + 1]):
        end = _name_run(doc, end + 1)
    if start < end and not any(_is_name(t) for t in doc[start:end]):
        return start, start
    return start, end


def _open_quote_inside(doc: Doc, start: int, end: int) -> bool:
    return sum(1 for t in doc[start:end] if t.text in _QUOTE_CHARS) % 2 == 1


def _surname(span: Span, lex: Lexicon) -> str:
    words = _name_words(span)
    if not words:
        return ""
    name_titles = set(lex.offices["name_titles"])
    if words[0].lower() in name_titles and len(words) > 1:
        words = words[1:]
    if "of" in words:
        words = words[:words.index("of")] or words
    return words[-1]


def _name_words(span: Span) -> list[str]:
    """The words of a name without the nickname in quotes; hyphenated parts stay one word."""
    words, quoted, buf = [], False, ""
    for t in span:
        if t.text in _QUOTE_CHARS:
            quoted = not quoted
            continue
        if quoted:
            continue
        buf += t.text
        if t.whitespace_ or t.i == span.end - 1:
            words.append(buf)
            buf = ""
    if buf:
        words.append(buf)
    return [w for w in words if w and w[0].isalnum()]


def nickname(span: Span) -> str:
    """The word in quotes inside a name ("Bibi"), or ''."""
    inside = []
    quoted = False
    for t in span:
        if t.text in _QUOTE_CHARS:
            quoted = not quoted
            continue
        if quoted:
            inside.append(t.text_with_ws)
    return "".join(inside).strip()


def name_without_nickname(span: Span) -> str:
    return " ".join(_name_words(span))


# --- offices ---------------------------------------------------------------------------------

def _office_mentions(parsed: Parsed, lex: Lexicon, sent_of: list[int]):
    doc = parsed.doc
    o = lex.offices
    heads = set(o["heads"])
    multi: dict[str, list[list[str]]] = {}
    for h in sorted((h.split() for h in heads if " " in h), key=len, reverse=True):
        multi.setdefault(h[0], []).append(h)
    single = {h for h in heads if " " not in h} | set(o["plural_heads"])
    portfolios = set(o["portfolios"])
    ranks = set(o["ranks"])
    lows = [t.lower_ for t in doc]

    def head_end(k: int) -> int | None:
        if k >= len(doc):
            return None
        for words in multi.get(lows[k], ()):
            if lows[k:k + len(words)] == words:
                return k + len(words)
        if (lows[k] in single or doc[k].lemma_.lower() in single) and doc[k].pos_ in ("NOUN", "PROPN"):
            return k + 1
        return None

    abbreviated = o["abbreviated_titles"]
    i = 0
    while i < len(doc):
        if lows[i] in abbreviated and i + 1 < len(doc) and _is_name(doc[i + 1]) and doc[i].text[:1].isupper():
            # "Sen. Ann Lee": the shortened title is the post, named in full
            m = _mention(parsed, "office", i, i + 1, sent_of, abbreviated[lows[i]].lower())
            yield replace(m, text=abbreviated[lows[i]])
            i += 1
            continue
        end = head_end(i)
        if end is None:
            i += 1
            continue
        # "deputy chief executive", "Deputy Assistant Secretary": a title word that a longer title goes on
        # from is the longer title's modifier, taken in when that title looks back over it
        if any((head_end(k) or 0) > end for k in range(i + 1, end)) or head_end(end) or (end + 1 < len(doc) and lows[end] in portfolios and doc[end].pos_ != "VERB"
                             and (head_end(end + 1) or lows[end + 1] in portfolios and head_end(end + 2))):
            i += 1
            continue
        # a bare lower-case "leader" or "head" is a role, not a title, unless something qualifies it
        start = i
        while start > 0:
            p = doc[start - 1]
            if p.text == ")" and start >= 3 and doc[start - 3].text == "(":
                start -= 3
                continue
            if p.lower_ in ranks or p.lower_ in ("the", "a", "an", "former", "then", "new", "acting") or p.is_punct:
                break
            if p.lower_.startswith("ex-") and p.text[3:4].isupper():
                start -= 1  # "ex-Foreign Secretary": the former post, named in full
                break
            # "Work and Pensions Secretary": two portfolios joined make one
            if p.lower_ == "and" and start >= 2 and doc[start - 2].lower_ in portfolios and doc[start - 2].text[:1].isupper() \
                    and doc[start].text[:1].isupper():
                start -= 2
                continue
            if p.lower_ in portfolios or (p.text[:1].isupper() and p.pos_ in ("PROPN", "ADJ", "NOUN")
                                          and p.dep_ in ("compound", "amod", "nmod", "poss")) \
                    or (p.ent_type_ in ("ORG", "NORP", "GPE") and p.dep_ != "nsubj") \
                    or (p.pos_ == "NOUN" and p.dep_ == "compound"):
                start -= 1
                continue
            break
        while start < i and doc[start].tag_ == "POS":
            start += 1
        # "Secretary of State", "Bishop of Winchester", "Chief of the General Staff", "Chief Secretary to the Treasury"
        to_the = end + 2 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].lower_ == "the"
        if end + 1 < len(doc) and (doc[end].lower_ == "for" or doc[end].lower_ == "to" and not to_the) \
                and doc[end + 1].text[:1].isupper() and doc[end - 1].lower_ in o["complement_heads"] \
                and doc[end + 1].ent_type_ != "PERSON":
            # "Commissioner for Transport", "Secretary of State for Inter-American Affairs", "Ambassador to GATT"
            k = end + 1
            while k < len(doc) and (_NAME_WORD.fullmatch(doc[k].text) or doc[k].is_upper and doc[k].is_alpha
                                    or doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()) \
                    and doc[k].ent_type_ != "PERSON":
                k += 1
            if k - 2 > end + 1 and _followed_by_verb(doc, k) and all(_is_name(doc[x]) for x in (k - 2, k - 1)):
                k -= 2  # "Ambassador to GATT Michael Samuels said": the name NER missed is no part of the title
            end = k
        elif to_the and doc[end + 2].text[:1].isupper() and doc[end - 1].lower_ in ("secretary", "adviser", "advisor", "envoy"):
            k = end + 2
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].ent_type_ != "PERSON":
                k += 1
            end = k
        elif end + 1 < len(doc) and doc[end].lower_ == "of":
            j = end + 1
            if doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                j += 1
            k = j
            while k < len(doc) and (doc[k].text[:1].isupper() and doc[k].is_alpha or
                                    (doc[k].lower_ in ("and", "&") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
                k += 1
            # the whole noun phrase, where it names something: "president of the International Union of
            # Electronic Workers", "director of the Brazilian central bank", "leader of Britain's biggest union Unison"
            k = max(k, _noun_phrase_end(doc, end))
            # "Minister of International Trade and Industry Hajime Tamura": the name is not the ministry
            while k > j and doc[k - 1].ent_type_ == "PERSON":
                k -= 1
            if k - 2 > j and _followed_by_verb(doc, k) and all(
                    doc[x].pos_ == "PROPN" and doc[x].lower_ not in portfolios for x in (k - 2, k - 1)):
                k -= 2
            if k > j and not any(doc[x].ent_type_ == "PERSON" for x in range(j, k)):
                end = k
        capital = any(x.text[:1].isupper() for x in doc[start:end])
        qualified = end - start > 1
        if capital or qualified or _names_a_holder(doc, start, end):
            key = _office_key(doc[start:end], o)
            yield _mention(parsed, "office", start, end, sent_of, key)
        i = end


def _names_a_holder(doc: Doc, start: int, end: int) -> bool:
    """A bare lower-case title is a post where it goes with a person: before a name ("said director Kate
    Allen"), apposed to one ("the incumbent governor, Kenji Arai"), said of one ("Brown is a great
    chancellor", "quit as chairman")."""
    head = doc[end - 1]
    if head.tag_ == "NNS":
        return False
    if end < len(doc) and doc[end].ent_type_ == "PERSON":
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON" \
            and any(doc[x].lower_ == "the" for x in range(max(0, start - 3), start)):
        return True
    return head.dep_ == "attr" and head.head.lemma_ == "be" or head.dep_ == "pobj" and head.head.lower_ == "as"


_PHRASE_STOPS = {"who", "which", "that", "whose", "(", ")", ";", "-", "--", "—", "–", ":", '"', "“", "”"}


def _noun_phrase_end(doc: Doc, of: int, longest: int = 12) -> int:
    """End of the noun phrase that the preposition at `of` governs, cut before a person, a clause, a comma
    after its head; 0 when it holds no capitalised word (a lower-case "leader of the party" stays a role)."""
    pobj = next((c for c in doc[of].children if c.dep_ == "pobj"), None)
    if pobj is None:
        return 0
    k = of + 1
    last = min(pobj.right_edge.i + 1, of + 1 + longest, len(doc))
    while k < last:
        t = doc[k]
        if t.ent_type_ == "PERSON" or t.lower_ in _PHRASE_STOPS or t.text == "," and k > pobj.i \
                or t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl", "ccomp") and k > pobj.i:
            break
        k += 1
    while k > of + 1 and (doc[k - 1].is_punct or doc[k - 1].tag_ == "POS"):
        k -= 1
    if not any(doc[x].text[:1].isupper() and doc[x].is_alpha for x in range(of + 1, k)):
        return 0
    return k


def _name_then_verb(doc: Doc, i: int) -> bool:
    """A first and last name right after a title, then the verb: "... Industry Hajime Tamura said"."""
    return i + 2 < len(doc) and _is_name(doc[i]) and _is_name(doc[i + 1]) and doc[i + 2].pos_ in ("VERB", "AUX")


def _followed_by_verb(doc: Doc, k: int) -> bool:
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX")


def _office_key(span: Span, offices: dict) -> str:
    words = [t.lower_ for t in span if not t.is_punct]
    plural = offices["plural_heads"]
    words = [plural.get(w, w) for w in words]
    return " ".join(w for w in words if w not in ("the", "'s"))


# --- institutions ----------------------------------------------------------------------------

def _institution_mentions(parsed: Parsed, lex: Lexicon, sent_of: list[int], office_tokens: set[int],
                          person_keys: set[str]):
    doc = parsed.doc
    inst = lex.institutions
    portfolios = set(lex.offices["portfolios"])
    titles = _title_words(lex)
    seen: set[tuple[int, int]] = set()
    # a party's name as the lexicon knows it beats NER's cut ("Liberal" + "Democrat" is one party)
    parties = list(_party_spans(doc, lex)) + list(_party_letters(doc, lex))
    party_tokens = {i for s, e, _ in parties for i in range(s, e)}
    for start, end, canon in parties:
        seen.add((start, end))
        yield _mention(parsed, "institution", start, end, sent_of, f"party:{canon}")
    # "Downing Street defended", "the Kremlin said": the seat stands for the body whatever NER called it
    for start, end, canon in _seat_spans(doc, lex):
        if not any(i in party_tokens for i in range(start, end)):
            seen.add((start, end))
            party_tokens.update(range(start, end))
            yield _mention(parsed, "institution", start, end, sent_of, f"seat:{canon}")
    # "the Group of Seven", "G-7": a bloc named by its number, one body however written
    for start, end, canon in numbered_groups(doc):
        if not any(i in party_tokens for i in range(start, end)):
            seen.add((start, end))
            party_tokens.update(range(start, end))
            yield _mention(parsed, "institution", start, end, sent_of, f"org:{canon}")
    named_states = states_named(doc.ents, lex.countries)
    for ent in doc.ents:
        if any(i in party_tokens for i in range(ent.start, ent.end)):
            continue
        if ent.label_ not in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC"):
            continue
        start, end = strip_span(doc, ent.start, ent.end, set())
        if end <= start:
            continue
        text = doc[start:end].text
        party = lex.party_of(text)
        # a state by name, short form, people or seat of government ("the Soviets", "Bonn said")
        country = (None if ent.label_ == "ORG" else state_of(doc[start:end], ent.label_, lex.countries, named_states)) \
            or lex.country_of(text)
        if ent.label_ == "PERSON" and not party:
            continue
        if ent.label_ == "NORP" and not party and not country:
            continue
        if ent.label_ in ("LOC", "FAC") and not country:
            continue
        if not doc[start].text[:1].isupper():
            continue  # a lower-case "organisation" is NER guessing
        if text in person_keys:
            continue
        words = text.split()
        if ent.label_ in ("ORG", "GPE") and 2 <= len(words) <= 3 and words[-1] in person_keys \
                and all(_NAME_WORD.fullmatch(w) for w in words) and not _body_kind_word(words, inst):
            continue  # "Vincent Cable" tagged ORG where "Mr Cable" is a person: the person mention wins
        # a lone title word NER took for an organisation ("Defense" of "Defense Minister")
        if end - start == 1 and (doc[start].lower_ in portfolios or start in office_tokens and doc[start].lower_ in titles):
            continue
        kind = "party" if party else "country" if country else ent.label_.lower()
        key = party or country or _org_key(doc[start:end])
        seen.add((start, end))
        yield _mention(parsed, "institution", start, end, sent_of, f"{kind}:{key}")
    # common nouns that name a body acting as one: "the government", "Israel's war cabinet"
    commons = set(inst["actor_common_heads"])
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.i in office_tokens:
            continue
        head = _common_head(t, commons)
        if not head:
            continue
        if any(s <= t.i < e for s, e in seen):
            continue
        start = t.i - (len(head.split()) - 1)
        lefts = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i < start
                 and c.i >= start - 3 and not c.ent_type_ == "PERSON"]
        # a modifier's own modifiers belong to the name: "[Animal welfare] groups", "[West German] government"
        full_start = min([start] + [max(c.left_edge.i, start - 4) for c in lefts])
        full_start, _ = strip_span(doc, full_start, t.i + 1, set())
        # "the Japanese government", "Japan's government", "the U.S. administration": the state acting
        state = state_of_modifiers(doc, full_start, start, t, lex.countries, named_states) \
            if head in lex.countries.bodies else None
        if state:
            full_start = min([full_start] + [c.i for c in t.lefts if c.dep_ == "poss"])
            yield _mention(parsed, "institution", full_start, t.i + 1, sent_of, f"country:{state}")
            continue
        distributed = _distributed_bodies(doc, full_start, t, inst)
        if distributed:
            # "the socialist and communist parties": one body for each word of the list
            for a in distributed:
                yield _mention(parsed, "institution", a.i, a.i + 1, sent_of,
                               f"common:{a.lower_} {inst['distributive_plurals'][t.lower_]}")
            continue
        end = t.i + 1
        if head in inst["named_by_members"]:
            if _apposed_name(doc, t) or any(c.dep_ == "compound" and any(s <= c.i < e for s, e in seen) for c in t.lefts):
                continue  # "the supporters' group, Friends of the Valley", "the G20 group": the name is the actor
            # "a group of Ruritanian and Borduvian nations", "a group of MPs": the members name it
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            members = next((g for g in of.children if g.dep_ == "pobj" and (
                g.tag_ in ("NNS", "NNPS") or g.lower_ in lex.offices["plural_heads"])), None) if of else None
            if members is not None and members.i - t.i <= 8:
                end = members.i + 1
        yield _mention(parsed, "institution", full_start, end, sent_of,
                       f"common:{_common_key(doc, full_start, doc[end - 1] if end > t.i + 1 else t, head, inst)}")


def _distributed_bodies(doc: Doc, start: int, t: Token, inst: dict) -> list[Token]:
    """The coordinated adjectives before a plural body noun, each naming one body: "the opposition socialist
    and communist parties" are a socialist party and a communist party."""
    if t.lower_ not in inst["distributive_plurals"]:
        return []
    adjs = [x for x in doc[max(start - 4, t.left_edge.i):t.i] if x.tag_ == "JJ" and (x.dep_ == "conj" and x.head.tag_ == "JJ" or
                                                             any(c.dep_ == "conj" and c.tag_ == "JJ" for c in x.children))]
    return adjs if len(adjs) >= 2 else []


def _apposed_name(doc: Doc, t: Token) -> bool:
    """ "the supporters' group, Friends of the Valley" / "pressure group the Valley Trust": a proper name right
    after the noun, apposed to it or named an organisation."""
    k = t.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k >= len(doc) or not _NAME_WORD.fullmatch(doc[k].text):
        return False
    run = range(k, max(k + 1, _name_run(doc, k)))
    return any(doc[x].dep_ == "appos" and doc[x].head.i == t.i or doc[x].ent_type_ == "ORG" for x in run)


def _title_organisations(parsed: Parsed, lex: Lexicon, sent_of: list[int], offices: list[Mention],
                         institutions: list[Mention]) -> list[Mention]:
    """The company a title opens with, where NER named none: "Skyline deputy chief executive", "Northgate
    chief economist". Not before a constituency's title ("Bolton West MP"), where the name is a place."""
    doc = parsed.doc
    titles = _title_words(lex)
    place_heads = set(lex.offices["place_heads"])
    taken = {i for m in institutions for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in offices:
        if doc[m.tok_end - 1].lower_ in place_heads:
            continue
        j = m.tok_start
        while j < m.tok_end - 1 and _is_name(doc[j]) and doc[j].lower_ not in titles and not lex.party_of(doc[j].text) \
                and doc[j].ent_type_ in ("", "ORG", "PERSON") and j not in taken \
                and (doc[j].ent_type_ == "ORG" or not doc[m.tok_start].is_sent_start):  # "Farm leader X said"
            j += 1
        if j > m.tok_start and doc[j].lower_ in titles:
            out.append(_mention(parsed, "institution", m.tok_start, j, sent_of, f"org:{doc[m.tok_start:j].text}"))
    return out


def _body_kind_word(words: list[str], inst: dict) -> bool:
    return any(w.lower() in inst["kinds"] for w in words)


def _party_spans(doc: Doc, lex: Lexicon):
    table = {a.lower(): canon for canon, aliases in lex.institutions["parties"].items() for a in aliases}
    first = {a.split()[0] for a in table}
    longest = max(len(a.split()) for a in table)
    lows = [t.lower_ for t in doc]
    i = 0
    while i < len(doc):
        if lows[i] in first and doc[i].text[:1].isupper():
            for n in range(longest, 0, -1):
                words = doc[i:i + n]
                if len(words) == n and words.text.lower() in table:
                    if not _inside_longer_name(doc, i + n, lex) and not _part_of_named_body(doc, i, i + n, lex):
                        yield i, i + n, table[words.text.lower()]
                    i += n - 1
                    break
        i += 1


def _party_letters(doc: Doc, lex: Lexicon):
    """ "Sen. Ann Lee, D-Ohio," and "(R-Texas)": the letter names the member's party."""
    letters = lex.institutions["party_letters"]
    for t in doc[1:-1]:
        if doc[t.i - 1].text not in (",", "("):
            continue
        if t.text in letters and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "‑") \
                and not t.whitespace_ and not doc[t.i + 1].whitespace_ and doc[t.i + 2].text[:1].isupper() \
                and (t.i + 3 == len(doc) or doc[t.i + 3].text in (",", ")", ";", ".")):
            yield t.i, t.i + 1, letters[t.text]
        elif re.fullmatch(r"[A-Z]-[A-Z][A-Za-z]*\.?", t.text) and t.text[0] in letters \
                and doc[t.i + 1].text in (",", ")", ";", "."):
            yield t.i, t.i + 1, letters[t.text[0]]  # "R-Texas" as one word


def _seat_spans(doc: Doc, lex: Lexicon):
    table = {a.lower(): canon for canon, aliases in lex.institutions["seats"].items() for a in aliases}
    first = {a.split()[0].rstrip(".") for a in table}
    longest = max(len(a.split()) for a in table) + 1  # "No. 10" is three tokens
    after = 0
    lows = doc.to_array("LOWER")  # hashes: one pass in C, not a Python loop over tokens
    for i in numpy.flatnonzero(numpy.isin(lows, [hash_string(w) for w in sorted(first)])).tolist():
        for n in range(longest, 0, -1):
            words = doc[i:i + n]
            if i >= after and len(words) == n and words[0].text[:1].isupper() and words.text.lower() in table:
                yield i, i + n, table[words.text.lower()]
                after = i + n
                break


def _part_of_named_body(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """ "Liberal Democratic Party", "Social Democratic Party of Ruritania": a party's name that is the tail or
    the head of a longer body NER names is that other party, not the one the shorter name stands for; a
    people's or state's name before it ("the British Labour Party") is no part of the name."""
    ent = next((e for e in doc.ents if e.start <= start and end <= e.end), None)
    if ent is None or ent.label_ != "ORG" or (ent.start, ent.end) == (start, end):
        return False
    before = [t for t in doc[ent.start:start] if t.lower_ not in ("the", "a", "an")]
    if any(t.text[:1].isupper() and t.is_alpha and not lex.country_of(t.text) and not lex.countries.of_demonym(t.text)
           for t in before):
        return True
    return end + 1 < ent.end and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper()


def _inside_longer_name(doc: Doc, after: int, lex: Lexicon) -> bool:
    """ "Democratic Republic of Congo" is no party; "Democratic Senator X" and "Labour MP" are."""
    if after >= len(doc) or not doc[after].text[:1].isupper() or not doc[after].is_alpha:
        return False
    nxt = doc[after].lower_
    o = lex.offices
    known = set(o["heads"]) | set(o["portfolios"]) | set(o["honorifics"]) | set(o["name_titles"]) | set(o["ranks"]) \
        | set(o["plural_heads"]) | set(lex.institutions["kinds"])
    return not (nxt in known or doc[after].ent_type_ == "PERSON" or _is_name(doc[after]) and doc[after].ent_type_ == "")


def _common_head(t: Token, commons: set[str]) -> str:
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and f"{prev.lower_} {t.lower_}" in commons:
        return f"{prev.lower_} {t.lower_}"
    if t.lower_ in commons or t.lemma_.lower() in commons and t.lower_ == t.lemma_.lower():
        # a capitalised "Government" inside a named body is that body's business
        return t.lower_
    return ""


def _common_key(doc: Doc, start: int, t: Token, head: str, inst: dict) -> str:
    # specific bodies keep their head ("government", "think tank"); vague plurals keep their modifiers
    if head in inst["group_nouns"] or t.lower_ != head.split()[-1]:  # ("a group of X": named by its members)
        words = [x.lower_ for x in doc[start:t.i + 1] if not x.is_punct and x.tag_ != "POS" and x.lower_ not in ("the", "some", "many", "several", "other")]
        return " ".join(words)
    return head


def _org_key(span: Span) -> str:
    text = span.text
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def acronym(words: list[str]) -> str:
    """Initials of the capitalised words: "Department of Trade and Industry" -> "DTI"."""
    return "".join(w[0] for w in words if w[:1].isupper())
