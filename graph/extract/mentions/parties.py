"""Parties and seats of power named in the text: a party's names and its members' plural ("Labour leaders"), the
letter after a legislator's name ("D-Ohio"), and the seats that stand for a government ("Downing Street"),
each as (start, end, canonical name) spans for bodies' institution mentions.

Imports its siblings spans, lexicon, syntax and tokens.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..language.lexicon import Lexicon
from .spans import _is_name
from ..language.syntax import text_of
from ..language.tokens import ents as doc_ents
from ..language.tokens import tokens

__all__ = ["party_group", "party_spans", "party_letters", "seat_spans"]


def party_spans(doc: Doc, lex: Lexicon):
    table = lex.party_aliases
    first, longest = _alias_openings(table)
    lows = [t.lower_ for t in tokens(doc)]
    i = 0
    while i < len(doc):
        # "ex-Labour leader", "an ex-Tory minister": the party its former member is still named by (one token)
        if lows[i][:3] == "ex-" and lows[i][3:] in table and tokens(doc)[i].text[3:4].isupper():
            yield i, i + 1, table[lows[i][3:]]
        elif lows[i] in first and tokens(doc)[i].text[:1].isupper():
            for n in range(longest, 0, -1):
                words = doc[i:i + n]
                if len(words) == n and text_of(words).lower() in table:
                    if not _inside_longer_name(doc, i + n, lex) and not _part_of_named_body(doc, i, i + n, lex):
                        family = text_of(words).lower() in lex.words("institutions", "party_families")
                        if family and _named_before(doc, i, lex):
                            # "the Christian Democrats", "West Germany's Free Democrats": another party than the
                            # one the bare "Democrats" stands for, named by both words
                            yield i - 1, i + n + _party_members(doc, i + n, lex), text_of(doc[i - 1:i + n])
                        else:
                            yield i, i + n + _party_members(doc, i + n, lex), table[text_of(words).lower()]
                    i += n - 1
                    break
        i += 1


_openings: list = [None, frozenset(), 0]  # the alias table last asked about, its first words, its longest alias


def _alias_openings(table: dict[str, str]) -> tuple[frozenset[str], int]:
    """The first words of the aliases and the number of words of the longest: made once per table, not per article."""
    if _openings[0] is not table:
        _openings[:] = [table, frozenset(a.split()[0] for a in table), max(len(a.split()) for a in table)]
    return _openings[1], _openings[2]


def _party_members(doc: Doc, after: int, lex: Lexicon) -> int:
    """1 when the party's name is followed by a plural of its members with no name after ("Labour leaders said",
    "Tory chiefs"): the party acting through its members (offices.json plural_heads and member_nouns); 0 for its
    MPs or members (reference.json party_groups), a group of its own."""
    toks = tokens(doc)
    if after >= len(doc) or toks[after].tag_ not in ("NNS", "NNPS"):
        return 0
    t = toks[after]
    if t.lower_ in lex.words("reference", "party_groups"):
        return 0  # "Labour MPs", "Tory backbenchers": the party's group, a body of its own (entities/resolve.py)
    plural = t.lower_ in lex.offices["plural_heads"] or t.lemma_.lower() in lex.words("offices", "member_nouns")
    named = after + 1 < len(doc) and (toks[after + 1].ent_type_ == "PERSON" or _is_name(toks[after + 1]))
    return 1 if plural and not named else 0


def party_group(doc: Doc, start: int, root: Token, lex: Lexicon) -> str | None:
    """ "Labour MPs", "angry Tory backbenchers", "Republican senators": a party's name right before a plural of its
    members in a house or at large (reference.json party_groups) names the party's group, written as the article
    writes it; None for any other plural title."""
    if root.lower_ not in lex.words("reference", "party_groups"):
        return None
    for k in range(start, root.i):
        party = lex.party_of(text_of(doc[k:root.i]))
        if party:
            # (a story that names the parliamentary party means it by its MPs: "the Parliamentary Labour Party")
            caucus = f"Parliamentary {party}"
            return caucus if caucus.lower() in doc.text.lower() else text_of(doc[k:root.i + 1])
    return None


def party_letters(doc: Doc, lex: Lexicon):
    """ "Sen. Ann Lee, D-Ohio," and "(R-Texas)": the letter names the member's party."""
    toks = tokens(doc)
    letters = lex.institutions["party_letters"]
    for t in toks[1:-1]:
        if toks[t.i - 1].text not in (",", "("):
            continue
        if t.text in letters and t.i + 2 < len(doc) and toks[t.i + 1].text in ("-", "‑") \
                and not t.whitespace_ and not toks[t.i + 1].whitespace_ and toks[t.i + 2].text[:1].isupper() \
                and (t.i + 3 == len(doc) or toks[t.i + 3].text in (",", ")", ";", ".")):
            yield t.i, t.i + 1, letters[t.text]
        elif re.fullmatch(r"[A-Z]-[A-Z][A-Za-z]*\.?", t.text) and t.text[0] in letters \
                and toks[t.i + 1].text in (",", ")", ";", "."):
            yield t.i, t.i + 1, letters[t.text[0]]  # "R-Texas" as one word


def seat_spans(doc: Doc, lex: Lexicon):
    table = lex.seats
    first, longest = _seat_openings(table, doc.vocab)
    after = 0
    lows = doc.to_array("LOWER").tolist()  # hashes: one pass in C, not a string read per token
    for i in [i for i, h in enumerate(lows) if h in first]:
        for n in range(longest, 0, -1):
            words = doc[i:i + n]
            if i >= after and len(words) == n and words[0].text[:1].isupper() and text_of(words).lower() in table:
                yield i, i + n, table[text_of(words).lower()]
                after = i + n
                break


_seat_keys: list = [None, None, frozenset(), 0]  # the seat table and vocabulary last asked about, their ids, longest


def _seat_openings(table: dict[str, str], vocab) -> tuple[frozenset[int], int]:
    """The ids of the seats' first words and the number of tokens of the longest seat: made once per table and
    vocabulary, not per article. A set of ids, not numpy.isin: the hashes with a symbol's small id among them
    make a float array, and isin over it costs more than the loop. (The vocabulary's own id: a word spaCy keeps as
    a symbol, "number", has a small fixed id, not its hash.)"""
    if _seat_keys[0] is not table or _seat_keys[1] is not vocab:
        first = {a.split()[0].rstrip(".") for a in table}
        longest = max(len(a.split()) for a in table) + 1  # "No. 10" is three tokens
        _seat_keys[:] = [table, vocab, frozenset(vocab.strings[w] for w in first), longest]
    return _seat_keys[2], _seat_keys[3]


def _named_before(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A capitalised word right before a party's name that makes another party's name of it ("Christian
    Democrats", "Free Democrats", "Young Democrats"): not a place, a people or a body ("Texas Democrats", "American
    Democrats", "Senate Democrats" are the party's own), nor a word capitalised only as a sentence's first, and
    never before a name the table knows whole ("Liberal Democrats" is matched as one)."""
    if start == 0:
        return False
    t = tokens(doc)[start - 1]
    if not (t.is_alpha and t.text[:1].isupper() and t.text[1:2].islower()) or t.is_sent_start or t.pos_ not in ("PROPN", "ADJ"):
        return False
    if t.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "FAC") or lex.country_of(t.text) or lex.countries.of_demonym(t.text):
        return False
    return not _title_or_body_word(t.lower_, lex)


def _part_of_named_body(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """ "Liberal Democratic Party", "Social Democratic Party of Ruritania": a party's name that is the tail or
    the head of a longer body NER names is that other party, not the one the shorter name stands for; a
    people's or state's name before it ("the British Labour Party") is no part of the name."""
    ent = next((e for e in doc_ents(doc) if e.start <= start and end <= e.end), None)
    if ent is None or ent.label_ != "ORG" or (ent.start, ent.end) == (start, end):
        return False
    before = [t for t in doc[ent.start:start] if t.lower_ not in ("the", "a", "an")]
    if any(t.text[:1].isupper() and t.is_alpha and not lex.country_of(t.text) and not lex.countries.of_demonym(t.text)
           for t in before):
        return True
    return end + 1 < ent.end and tokens(doc)[end].lower_ == "of" and tokens(doc)[end + 1].text[:1].isupper()


def _inside_longer_name(doc: Doc, after: int, lex: Lexicon) -> bool:
    """ "Democratic Republic of Congo" is no party; "Democratic Senator X" and "Labour MP" are."""
    toks = tokens(doc)
    if after >= len(doc) or not toks[after].text[:1].isupper() or not toks[after].is_alpha:
        return False
    return not (_title_or_body_word(toks[after].lower_, lex) or toks[after].ent_type_ == "PERSON"
                or _is_name(toks[after]) and toks[after].ent_type_ == "")


_TITLE_LISTS = ("heads", "portfolios", "honorifics", "name_titles", "ranks", "plural_heads")


def _title_or_body_word(low: str, lex: Lexicon) -> bool:
    """A word of a post's title (offices.json) or a sort of body (institutions.json kinds): beside a party's name it
    is the party's post or body ("Democratic Senator", "Senate Democrats"), no part of another party's name."""
    return any(low in lex.words("offices", k) for k in _TITLE_LISTS) or low in lex.words("institutions", "kinds")
