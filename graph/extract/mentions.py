"""Mentions: the spans of a parsed article that name a person, an office or an institution.

Each finder is a plain function of the Doc (and the lexicon) that yields Mention records; the
named-entity tags of spaCy are the starting point, corrected by titles, lexicons and what the
rest of the document says about the same string. The finders live by kind: names.py (people),
titles.py (offices), bodies.py (institutions), over the span helpers of spans.py; this module runs
them in order and settles what one says against another.
"""
from __future__ import annotations

from .bodies import _body_kind_word, _institution_mentions
from .lexicon import Lexicon
from ..model import Mention
from .names import _person_mentions
from .nlp import Parsed
from .recurring import recurring_bodies
from .spans import _NAME_WORD, _is_name, _longest_first, _mention, _sent_index, heading_sentences, named_policies
from .titles import _office_mentions, _title_organisations

__all__ = ["find_mentions"]


def find_mentions(parsed: Parsed, lex: Lexicon) -> list[Mention]:
    """All person, office and institution mentions of the article, sorted by position."""
    doc = parsed.doc
    sent_of = _sent_index(doc)
    headings = heading_sentences(doc)
    # the "Criminal Justice Act" holds no office and "Consumer Credit Bill" is no organisation
    policy_tokens = {i for s, e in named_policies(doc, lex) for i in range(s, e)}
    offices = [m for m in _office_mentions(parsed, lex, sent_of) if m.tok_start not in policy_tokens]
    office_tokens = {i for m in offices for i in range(m.tok_start, m.tok_end)}
    persons = _person_mentions(parsed, lex, sent_of, office_tokens)
    person_keys = {m.key for m in persons if m.key}
    institutions = list(_institution_mentions(parsed, lex, sent_of, office_tokens, person_keys))
    institutions += _title_organisations(parsed, lex, sent_of, offices, institutions)
    institutions += recurring_bodies(parsed, sent_of, institutions,
                                     {i for m in persons + offices for i in range(m.tok_start, m.tok_end)})
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
    # "Labour MPs said": a party's members with no name are the party acting, not a title
    members = {(m.tok_start, m.tok_end) for m in institutions if m.key.startswith("party:")
               and m.tok_end - m.tok_start >= 2 and doc[m.tok_end - 1].tag_ in ("NNS", "NNPS")}
    offices = [m for m in offices if (m.tok_start, m.tok_end) not in members]
    office_spans = {(m.tok_start, m.tok_end) for m in offices}
    institutions = _longest_first([m for m in institutions if (m.tok_start, m.tok_end) not in office_spans])
    mentions = [m for m in persons + offices + institutions
                if not any(i in policy_tokens for i in range(m.tok_start, m.tok_end))]
    # headings invent names ("Bob's Ambition"): keep only mentions the body text also makes
    body_keys = {m.key.lower() for m in mentions if m.sent not in headings}
    mentions = [m for m in mentions if m.sent not in headings or m.key.lower() in body_keys]
    return sorted(mentions, key=lambda m: (m.tok_start, m.tok_end, m.type))
