"""Mentions: the spans of a parsed article that name a person, an office or an institution.

Each finder is a plain function of the Doc (and the lexicon) that yields Mention records; the
named-entity tags of spaCy are the starting point, corrected by titles, lexicons and what the
rest of the document says about the same string. The finders live by kind: names.py (people),
titles.py (offices), bodies.py (institutions), over the span helpers of spans.py; this module runs
them in order and settles what one says against another.
"""
from __future__ import annotations

from .bodies import _body_kind_word, _institution_mentions
from .employers import employer_mentions
from ..language.lexicon import Lexicon
from ...model import Mention
from .names import _person_mentions
from ..language.nlp import Parsed
from .recurring import recurring_bodies, short_names
from .spans import _NAME_WORD, _is_name, _longest_first, _mention, _sent_index, heading_sentences, named_policies
from .titles import _office_mentions, _title_organisations, not_a_post
from ..language.tokens import children, ents, span_root, span_text, tokens

__all__ = ["find_mentions"]


def _ticker_after(toks, end: int) -> bool:
    """A stock ticker in angle brackets right after token `end` - 1 ("<ASTS ST>", "<VOLV.ST>", "<IBM>")."""
    k = end
    while k < len(toks) and toks[k].is_space:
        k += 1
    if k >= len(toks) or toks[k].text != "<":
        return False
    j = k + 1
    while j < len(toks) and j <= k + 3 and toks[j].text != ">":
        if not toks[j].text.replace(".", "").isupper():
            return False
        j += 1
    return j < len(toks) and j > k + 1 and toks[j].text == ">"


def find_mentions(parsed: Parsed, lex: Lexicon) -> list[Mention]:
    """All person, office and institution mentions of the article, sorted by position."""
    doc = parsed.doc
    toks = tokens(doc)
    sent_of = _sent_index(doc)
    headings = heading_sentences(doc)
    # the "Criminal Justice Act" holds no office and "Consumer Credit Bill" is no organisation
    policy_tokens = {i for s, e in named_policies(doc, lex) for i in range(s, e)}
    body_names = _kind_of_names(doc, {k for k in lex.institutions["kinds"] if " " not in k})
    offices = [m for m in _office_mentions(parsed, lex, sent_of) if m.tok_start not in policy_tokens
               and not any(s <= m.tok_start and m.tok_end <= e for s, e in body_names) and not not_a_post(doc, m, lex)]
    office_tokens = {i for m in offices for i in range(m.tok_start, m.tok_end)}
    persons = _person_mentions(parsed, lex, sent_of, office_tokens)
    # "Atlas Copco <ASTS ST>": wire copy gives a listed company its ticker symbol in angle brackets after its name; a
    # name so marked is the company, whatever the tagger made of it
    marked = {m.key for m in persons if _ticker_after(toks, m.tok_end)}
    listed = [m for m in persons if m.key in marked]  # (and where the story names it again without the symbol)
    persons = [m for m in persons if m.key not in marked]
    person_keys = {m.key for m in persons if m.key}
    institutions = list(_institution_mentions(parsed, lex, sent_of, office_tokens, person_keys))
    taken = {i for m in institutions for i in range(m.tok_start, m.tok_end)}
    institutions += [_mention(parsed, "institution", m.tok_start, m.tok_end, sent_of, f"org:{span_text(doc, m.tok_start, m.tok_end)}")
                     for m in listed if not any(i in taken for i in range(m.tok_start, m.tok_end))]
    institutions += _title_organisations(parsed, lex, sent_of, offices, institutions)
    # "Kestrel economist Ann Vale": the company before an occupation and a name, which the tagger called a people
    institutions += employer_mentions(parsed, lex, sent_of, {i for m in persons + institutions
                                                             for i in range(m.tok_start, m.tok_end)})
    forms = lex.words("institutions", "legal_forms")
    # "Korvex Corp ... Korvex said": a firm's short name the tagger called a person is the firm, unless the person
    # is named with more words somewhere ("Ann Korvex")
    shorts = short_names(parsed, institutions, forms)
    fuller = {m.key for m in persons if m.tok_end - m.tok_start > 1}
    persons = [m for m in persons if not (tuple(t.text for t in toks[m.tok_start:m.tok_end]) in shorts
                                          and m.key not in fuller)]
    institutions += recurring_bodies(parsed, sent_of, institutions,
                                     {i for m in persons + offices for i in range(m.tok_start, m.tok_end)}, shorts)
    # document-level correction: a surname or nickname tagged ORG, GPE or nothing is still the person
    taken = {i for m in persons for i in range(m.tok_start, m.tok_end)}
    extra = []
    kind_words = {k for k in lex.institutions["kinds"] if " " not in k}
    for ent in ents(doc):
        words = ent.text.split()
        split = _titled_name(doc, ent, lex, kind_words) if ent.label_ == "ORG" else None
        if split is not None and not any(i in taken for i in range(split[1], ent.end)):
            # "Ferris University Law Professor Ann Lee": NER ran a body, a title and a name together
            body_end, name_start = split
            extra.append(_mention(parsed, "person", name_start, ent.end, sent_of, toks[ent.end - 1].text))
            taken.update(range(name_start, ent.end))
            start = ent.start + (toks[ent.start].lower_ == "the")
            institutions.append(_mention(parsed, "institution", start, body_end, sent_of, f"org:{doc[start:body_end].text}"))
            continue
        if ent.label_ in ("ORG", "GPE", "NORP") and len(words) == 3 and words[1] in ("and", "&") \
                and words[0] in person_keys and words[2] in person_keys \
                and not any(i in taken for i in range(ent.start, ent.end)):
            # "Roe and Vale used the bank's tools": two people named elsewhere, NER made one firm of
            for k in (ent.start, ent.end - 1):
                extra.append(_mention(parsed, "person", k, k + 1, sent_of, toks[k].text))
            taken.update(range(ent.start, ent.end))
            continue
        if ent.label_ == "ORG" and len(words) > 3 and words[-1] in person_keys and ent.end - 2 > ent.start \
                and _is_name(toks[ent.end - 2]) and toks[ent.end - 2].lower_ not in lex.offices["portfolios"] \
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
    for t in tokens(doc):
        if t.i in taken or not t.text[:1].isupper():
            continue
        if t.text in person_keys and not any(m.tok_start <= t.i < m.tok_end for m in institutions
                                              if m.key.lower() != t.text.lower()):
            extra.append(_mention(parsed, "person", t.i, t.i + 1, sent_of, t.text))
    persons += extra
    # "Lund University Economics Professor Nils Berg": the field before a title is the post's, not the body's name
    institutions = [_cut_to_kind(parsed, m, lex, kind_words, sent_of) for m in institutions]
    # "Budget airline Skyjet said": the body noun that opens a sentence describes the name after it, no part of it
    nouns = kind_words | set(lex.institutions["described_bodies"])
    institutions = [_without_descriptor(parsed, m, nouns, sent_of) for m in institutions]
    person_tokens = {i for m in persons for i in range(m.tok_start, m.tok_end)}
    institutions = [m for m in institutions if not any(i in person_tokens for i in range(m.tok_start, m.tok_end))
                    and not _proposed_body(doc, m)]
    # "Labour MPs said": a party's members with no name are the party acting, not a title
    members = {(m.tok_start, m.tok_end) for m in institutions if m.key.startswith("party:")
               and m.tok_end - m.tok_start >= 2 and toks[m.tok_end - 1].tag_ in ("NNS", "NNPS")}
    offices = [m for m in offices if (m.tok_start, m.tok_end) not in members]
    office_spans = {(m.tok_start, m.tok_end) for m in offices}
    institutions = _longest_first([m for m in institutions if (m.tok_start, m.tok_end) not in office_spans])
    mentions = [m for m in persons + offices + institutions
                if not any(i in policy_tokens for i in range(m.tok_start, m.tok_end))]
    # a name in capitals the text never writes otherwise is a headline's words ("LOSE GROUND"), not a person
    cased = {m.key.lower() for m in mentions if m.type == "person" and not m.text.isupper()}
    mentions = [m for m in mentions if m.type != "person" or not m.text.isupper() or " " not in m.text.strip()
                or m.key.lower() in cased]
    # ("KENT SAYS LEVY MUST GO ... Ann Kent said": a person's name in a headline's capitals the tagger took for an
    # organisation is that person, not a body)
    mentions = [m for m in mentions if m.type != "institution" or not m.text.isupper() or m.text.lower() not in cased]
    # ("NORLAND, ESTAVIA AGREE NEW GRAIN RULES": a run of three words or more in capitals the text never
    # writes otherwise is a headline the tagger took for a body, not one)
    written = {m.key.lower() for m in mentions if not m.text.isupper()}
    mentions = [m for m in mentions if m.type != "institution" or not m.text.isupper() or len(m.text.split()) < 3
                or m.key.lower() in written]
    # headings invent names ("Bob's Ambition"): keep only mentions the body text also makes
    body_keys = {m.key.lower() for m in mentions if m.sent not in headings}
    mentions = [m for m in mentions if m.sent not in headings or m.key.lower() in body_keys]
    return sorted(mentions, key=lambda m: (m.tok_start, m.tok_end, m.type))


def _proposed_body(doc, m: Mention) -> bool:
    """ "backed plans for an elected senate", "pressed for a new regulator": a body brought in with an indefinite
    article and a quality as what is asked for is the thing proposed, no body that acts (as "An independent panel
    found ..." or "joined a breakaway party" are)."""
    root = span_root(doc, m.tok_start, m.tok_end)
    kids = children(root)
    return root.dep_ == "pobj" and root.head.lower_ == "for" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids) and any(c.dep_ == "amod" for c in kids)


def _kind_of_names(doc, kind_words: set[str]) -> list[tuple[int, int]]:
    """Organisations NER tagged whose name opens on a capitalised kind of body and "of" or "for": "the Institute of
    Directors", "the Association of Chief Police Officers". The title words after it name the members, no post."""
    toks = tokens(doc)
    out = []
    for ent in ents(doc):
        k = ent.start + (toks[ent.start].lower_ == "the")
        if ent.label_ == "ORG" and k + 2 < ent.end and toks[k].text.istitle() and toks[k].lower_ in kind_words \
                and toks[k + 1].lower_ in ("of", "for"):
            out.append((k, ent.end))
    return out


def _titled_name(doc, ent, lex: Lexicon, kind_words: set[str]) -> tuple[int, int] | None:
    """(end of the body, start of the name) where an organisation NER tagged ends in an honorific and a name:
    "Ferris University Law Professor Ann Lee" is the university, then the person; None otherwise."""
    toks = tokens(doc)
    for p in range(ent.start + 1, ent.end - 1):
        if toks[p].lower_.rstrip(".") in lex.honorifics and 1 <= ent.end - p - 1 <= 2 \
                and all(_is_name(toks[x]) for x in range(p + 1, ent.end)):
            kinds = [q for q in range(ent.start, p) if toks[q].lower_ in kind_words]
            end = kinds[-1] + 1 if kinds else p
            return (end, p + 1) if end > ent.start + (toks[ent.start].lower_ == "the") else None
    return None


def _cut_to_kind(parsed: Parsed, m: Mention, lex: Lexicon, kind_words: set[str], sent_of: list[int]) -> Mention:
    """An organisation's name cut after its kind of body where an honorific follows the name."""
    doc = parsed.doc
    if not m.key.startswith("org:") or m.tok_end >= len(doc) or tokens(doc)[m.tok_end].lower_.rstrip(".") not in lex.honorifics:
        return m
    kinds = [q for q in range(m.tok_start + 1, m.tok_end - 1) if tokens(doc)[q].lower_ in kind_words]
    if not kinds:
        return m
    return _mention(parsed, "institution", m.tok_start, kinds[-1] + 1, sent_of, f"org:{doc[m.tok_start:kinds[-1] + 1].text}")


def _without_descriptor(parsed: Parsed, m: Mention, nouns: set[str], sent_of: list[int]) -> Mention:
    """An organisation's name without the words that describe it at the start of a sentence, where the tagger took
    them in for their capital: a word, then lower-case words ending in a body noun, then the name."""
    toks = tokens(parsed.doc)
    if not m.key.startswith("org:") or not toks[m.tok_start].is_sent_start or m.tok_end - m.tok_start < 3:
        return m
    k = m.tok_start + 1
    while k < m.tok_end - 1 and toks[k].is_lower and toks[k].lower_ not in nouns:
        k += 1
    if k >= m.tok_end - 1 or not toks[k].is_lower or not toks[k + 1].text[:1].isupper():
        return m
    return _mention(parsed, "institution", k + 1, m.tok_end, sent_of, f"org:{parsed.doc[k + 1:m.tok_end].text}")
