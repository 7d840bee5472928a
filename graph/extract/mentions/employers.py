"""Employers: the name before an occupation and a person's name is the company the person works for ("Kestrel
economist Ann Vale", "Osprey senior analyst Tom Roe", "Vale Capital chief strategist Jo Hale"), whatever the tagger
made of the name: it tags a one-word company it does not know as a people (NORP) or leaves it untagged, and the
person's place in the company (placing.py) is then lost with the company.
"""
from __future__ import annotations

from ..language.lexicon import Lexicon
from ..language.nlp import Parsed
from ..language.tokens import tokens
from ...model import Mention
from .spans import _mention

__all__ = ["employer_mentions"]


def employer_mentions(parsed: Parsed, lex: Lexicon, sent_of: list[int], taken: set[int]) -> list[Mention]:
    """An organisation mention for each capitalised name, untagged or tagged a people, that stands before up to two
    lower-case words and an occupation (offices.json occupations: economist, analyst, strategist ...) followed by a
    person's name. Not a state, a people the gazetteer knows ("British economist"), a party or a word of `taken`."""
    doc = parsed.doc
    toks = tokens(doc)
    occupations = lex.words("offices", "occupations")
    o = lex.offices
    # ("Chief executive Ann Vale", "Health analyst Tom Roe": a title's word or a field, no company)
    title_words = {w for k in ("heads", "portfolios", "ranks", "occupation_grades", "occupations") for w in o[k]}
    out: list[Mention] = []
    for t in toks:
        if t.tag_ not in ("NN", "NNS") or t.lemma_.lower() not in occupations or t.i + 1 >= len(doc) \
                or toks[t.i + 1].ent_type_ != "PERSON":
            continue
        end = t.i
        while end > 0 and end > t.i - 2 and toks[end - 1].is_lower and toks[end - 1].pos_ in ("ADJ", "NOUN"):
            end -= 1  # "chief", "senior currency"
        start = end
        while start > 0 and end - start < 4 and _name_word(toks[start - 1]) and toks[start - 1].ent_type_ in ("", "NORP"):
            start -= 1
        # (a sentence's first word is capitalised whatever it is: "Human rights lawyer Ann Vale" is an adjective
        # of the field's noun after it, where "Kestrel chief economist" goes on with a grade)
        if start == end or any(i in taken for i in range(start, end)) or toks[start].is_sent_start \
                and toks[start].tag_ == "JJ" and toks[end].tag_ in ("NN", "NNS") and toks[end].lemma_.lower() not in occupations:
            continue
        name = doc[start:end].text
        if lex.country_of(name) or lex.countries.of_demonym(name) or lex.party_of(name) \
                or toks[start].lower_.rstrip(".") in lex.honorifics or any(x.lower_ in title_words for x in doc[start:end]):
            continue
        out.append(_mention(parsed, "institution", start, end, sent_of, f"org:{name}"))
    return out


def _name_word(t) -> bool:
    """A capitalised word of a name, a proper noun or the adjective the tagger makes of one: "Kestrel", "KBC",
    "3Sixty" (not a sentence's "But" or "The")."""
    return t.tag_ in ("NNP", "NNPS", "JJ") and not t.is_stop and (
        t.text[:1].isupper() and t.text.isalnum() or t.text[:1].isdigit() and any(c.isupper() for c in t.text))
