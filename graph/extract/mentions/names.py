"""People's names: the PERSON spans of the parse, corrected by titles and honorifics, and the
words of a name (surname, nickname, acronym) that later mentions of the same person use.

Imports graph.model and its siblings spans, lexicon, nlp.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..language.lexicon import Lexicon
from ...model import Mention
from ..language.nlp import Parsed
from .spans import _QUOTE_CHARS, _is_name, _mention, _name_run, _name_then_verb, _title_words, bodies_described
from ..language.tokens import children, ents, span_text, tokens


def _person_mentions(parsed: Parsed, lex: Lexicon, sent_of: list[int], office_tokens: set[int]) -> list[Mention]:
    doc = parsed.doc
    toks = tokens(doc)
    o = lex.offices
    prefixes = set(o["honorifics"]) | set(o["ranks"]) | set(o["name_titles"])
    titles = _title_words(lex)
    candidates: list[tuple[int, int]] = []
    described = bodies_described(doc, lex)
    for ent in ents(doc):
        if ent.label_ != "PERSON" or lex.party_of(ent.text.strip("'\" ")) or _bare(ent.text) in described \
                or lex.country_of(ent.text.strip("'\" ")) \
                or ent.text.strip("'\" ").lower() in lex.seats:  # ("Sri Lanka backed ...", "Downing St said": no person)
            continue
        candidates.append((ent.start, ent.end))
    # a title or occupation apposed to a name says a person, whatever NER called the name
    apposed = _apposed_names(doc, lex)
    candidates += apposed
    # a title or honorific followed by a capitalised run names a person even where NER missed it
    ranks = set(o["ranks"])
    personal = set(o["personal_honorifics"])
    for t in tokens(doc):
        lower = t.lower_
        low = lower.rstrip(".")
        if not (low in prefixes or lower in prefixes or t.i + 1 in office_tokens or t.i in office_tokens):
            continue  # most tokens: no title nor honorific, and no need of the next token
        nxt = toks[t.i + 1] if t.i + 1 < len(doc) else None
        # "General Election" is no general: a rank or office word names a person only before a person's name
        needs_person = low in ranks or lower in ranks or t.i in office_tokens
        if nxt is not None and _is_name(nxt) and t.i + 1 not in office_tokens \
                and (nxt.ent_type_ in (("PERSON",) if needs_person else ("PERSON", "")) or lower in personal
                     or t.i in office_tokens and _name_then_verb(doc, t.i + 1)):
            end = _name_run(doc, t.i + 1)
            # a peer is named with the title: "Lord Fenwick"
            candidates.append((t.i if t.lower_ in o["name_titles"] else t.i + 1, end))
    spans = []
    for start, end in candidates:
        start, end = _clean_name(doc, start, end, titles, lex)
        while start < end and start in office_tokens and toks[start].lower_ not in o["name_titles"]:
            start += 1  # "Assistant Chief Constable Dan Fry": the title's last word is no part of the name
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
    place_words = set(lex.offices["not_name_last_words"])  # ("Deutsche Bank" after a title stays a bank)
    addressed = _addressed_surnames(doc, lex)
    given = lex.gender["names"]
    # ("Sir Ann Green ... Wood Green ... Ms Green": an address the story may give another name is no evidence)
    full_names: dict[str, set[str]] = {}
    for start, end in chosen:
        if end - start >= 2:
            full_names.setdefault(toks[end - 1].text, set()).add(span_text(doc, start, end))
    addressed = {k for k in addressed if len(full_names.get(k, ())) <= 1}
    for start, end in sorted(chosen):
        key = _surname(doc[start:end], lex)
        # "Bristol West", "Victoria Tower", "Services Union", "MPs": NER's persons that are places and bodies; but
        # a title before the name ("Housing Minister Ruth Hill") or a given name the story goes on to address by
        # the surname ("Norman Green ... Mr Green said") makes a place word a surname
        if key and (key.lower() not in not_last or (start, end) in apposed
                    or start > 0 and toks[start - 1].lower_.rstrip(".") in prefixes
                    or key.lower() in place_words and (start - 1 in office_tokens and toks[start - 1].pos_ in ("NOUN", "PROPN")
                                                       or end - start >= 2 and toks[start].lower_ in given and key in addressed)):
            mentions.append(_mention(parsed, "person", start, end, sent_of, key))
    return mentions


def _addressed_surnames(doc: Doc, lex: Lexicon) -> set[str]:
    """The words the story puts after a personal honorific: "Mr Green", "Ms Hill" (the surnames it addresses)."""
    toks = tokens(doc)
    personal = lex.words("offices", "personal_honorifics")
    return {toks[t.i + 1].text for t in toks[:-1] if t.lower_.rstrip(".") in personal or t.lower_ in personal}


def _apposed_names(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Names of two to four words with a title or an occupation apposed ("Ann Vale, chief executive of the
    Wren Trust, said"; "the chairman of the trust, Sir Ann Vale"): a post is held by a person, so the name is
    a person's even where NER read a body, a work or nothing; a state, party or body name is not."""
    toks = tokens(doc)
    o = lex.offices
    person_nouns = set(o["heads"]) | set(o["occupations"]) | {h.rstrip(".") for h in o["honorifics"]}
    bodies = lex.institutions["kinds"]
    out = []
    for t in tokens(doc):
        if t.dep_ != "appos":
            continue
        # the title is apposed to the name, or the name to the title
        for name, title in ((t.head, t), (t, t.head)):
            if not _is_name(name) or title.lemma_.lower() not in person_nouns and title.lower_ not in person_nouns:
                continue
            # "Acme, its boss and its lawyers": the title is the named body's, so the name is no person's
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children(title)):
                continue
            start = name.i
            while start > 0 and _is_name(toks[start - 1]) and toks[start - 1].lower_ not in bodies:
                start -= 1
            if _plain_name(doc, start, name.i + 1, lex):
                out.append((start, name.i + 1))
    # "her parents, June and Derek", "his widow, Carol,": given names (gender.json) apposed to a noun of kin, that
    # the tagger read as a date, a product or a firm (a name it left untagged may be one the story gives in full)
    kin = lex.reference["kin_nouns"]
    given = lex.gender["names"]
    for t in tokens(doc):
        if t.dep_ == "appos" and t.head.lemma_.lower() in kin and t.head.i < t.i:
            out += [(x.i, x.i + 1) for x in [t] + list(t.conjuncts) if x.lower_ in given and _is_name(x)
                    and x.ent_type_ not in ("", "PERSON")
                    and not _is_name(toks[x.i - 1]) and not (x.i + 1 < len(doc) and _is_name(toks[x.i + 1]))]
    # the parser may miss the apposition: "X Y, Tory shadow work and pensions secretary, said"
    for t in tokens(doc):
        if t.text != "," or t.i < 2 or not _is_name(toks[t.i - 1]):
            continue
        start = t.i - 1
        while start > 0 and _is_name(toks[start - 1]):
            start -= 1
        k = t.i + 1
        links = ("of", "at", "for", "with", "to")
        while k < len(doc) and k - t.i <= 9 and toks[k].text not in (",", ".", ";", ":") \
                and toks[k].pos_ not in ("VERB", "AUX") and toks[k].lower_ not in links:
            k += 1
        title = toks[k - 1]
        # closed by a comma or going on to the body ("..., chief executive of Z"): not a list ended by a stop
        closed = k < len(doc) and (toks[k].text == "," or toks[k].lower_ in links)
        if closed and k > t.i + 1 and (title.lemma_.lower() in person_nouns or title.lower_ in person_nouns) \
                and title.tag_ == "NN" and _plain_name(doc, start, t.i, lex):
            out.append((start, t.i))
    return out


def _plain_name(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Two to four words that may be a person's name: no body word, no party, no state."""
    words = doc[start:end]
    bodies = lex.institutions["kinds"]
    return 2 <= len(words) <= 4 and not any(w.lower_ in bodies for w in words) \
        and not lex.party_of(words.text) and not lex.country_of(words.text)


def _clean_name(doc: Doc, start: int, end: int, titles: set[str], lex: Lexicon) -> tuple[int, int]:
    toks = tokens(doc)
    name_titles = set(lex.offices["name_titles"])
    honorifics = set(lex.offices["honorifics"]) | name_titles
    # "Tanzania Mr Lund": a title inside the span starts the name
    for i in range(start + 1, end - 1):
        if toks[i].lower_.rstrip(".") in honorifics or toks[i].lower_ in honorifics:
            start = i
            break
    # leading office words and honorifics are not the name, but "Lord Fenwick" is how a peer is named
    while start < end and (toks[start].lower_ in titles or toks[start].lower_.rstrip(".") in titles
                           or toks[start].is_punct or toks[start].lower_ == "the" or toks[start].lower_ in lex.title_modifiers
                           or lex.party_of(toks[start].text) or lex.party_of(span_text(doc, start, start + 2))) \
            and not (toks[start].lower_ in name_titles and start + 1 < end):
        start += 2 if lex.party_of(span_text(doc, start, start + 2)) and not lex.party_of(toks[start].text) else 1
    post = set(lex.offices["post_nominals"])
    # a number or a lower-case word NER ran on into ("Ruritania 295", "Ann Lee have") ends no name
    while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].is_punct or toks[end - 1].is_space
                           or toks[end - 1].text in ("'s", "’s") or toks[end - 1].text in post
                           or toks[end - 1].like_num or toks[end - 1].is_lower and toks[end - 1].is_alpha):
        if toks[end - 1].text in _QUOTE_CHARS and _open_quote_inside(doc, start, end - 1):
            break
        end -= 1
    # a nickname in quotes is followed by the surname: extend over it ("Robert "Bob" Kane")
    if end < len(doc) and toks[end].text in _QUOTE_CHARS and _open_quote_inside(doc, start, end):
        if end + 1 < len(doc) and _is_name(toks[end + 1]):
            end = _name_run(doc, end + 1)
    elif end < len(doc) and _is_name(toks[end]) and not toks[end].ent_type_ in ("ORG", "GPE") \
            and toks[end].lower_ not in titles and toks[end].text not in post:
        end = _name_run(doc, end)
    # peers: "Lord Vale of Eastfield"
    if toks[start].lower_ in name_titles and end + 1 < len(doc) and toks[end].lower_ == "of" and _is_name(toks[end + 1]):
        end = _name_run(doc, end + 1)
    if start < end and not any(_is_name(t) for t in toks[start:end]):
        return start, start
    return start, end


def _open_quote_inside(doc: Doc, start: int, end: int) -> bool:
    return sum(1 for t in tokens(doc)[start:end] if t.text in _QUOTE_CHARS) % 2 == 1


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
    """The word in quotes inside a name ("Bob"), or ''."""
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


def acronym(words: list[str]) -> str:
    """Initials of the capitalised words: "Department of Trade and Industry" -> "DTI"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _bare(text: str) -> str:
    """A name without its possessive ending: "Vale's" -> "Vale"."""
    return re.sub(r"['’]s?$", "", text).strip()

