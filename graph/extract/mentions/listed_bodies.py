"""Organisations named in a list beside another: "backed by Kestrel, Falcon and Osprey", "opposed by Crisis and
Shelter". The tagger reads a lone name by its word ("Osprey" a person, "Oxfam" a people) or runs two names of a
list into one ("Shelter, Liberty"); the list says what they are: the same sort as the organisation beside them. So
with states: "Peru, Bolivia and the Seychelles" names three, the last untagged.

Read by bodies_described (spans.py), which both the person and the institution finders ask, and by the
institution finder for the names of a list to cut apart.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..language.lexicon import Lexicon
from ..language.tokens import children, ents, tokens


def listed_with_bodies(doc: Doc, lex: Lexicon) -> set[str]:
    """The lone names tagged a person or a people that are coordinated with a name tagged an organisation. Not a
    name the article gives a person elsewhere (a first name before it, an honorific or rank before it: "Mr
    Osprey"), nor a people, state or party ("Oxfam and French unions" keeps "French")."""
    toks = tokens(doc)
    o = lex.offices
    titles = {h.lower() for h in lex.honorifics} | {r.rstrip(".").lower() for r in o["ranks"]}
    surnames = _surnames(doc)
    titled = {toks[i + 1].text for i in range(len(doc) - 1) if toks[i].lower_.rstrip(".") in titles}
    out: set[str] = set()
    for ent in ents(doc):
        if ent.label_ not in ("PERSON", "NORP") or len(ent) != 1 or not ent.text[:1].isupper() or not ent.text.isalpha():
            continue
        word = ent.text
        if word in surnames or word in titled:
            continue
        if ent.label_ == "NORP" and (lex.countries.of_demonym(word) or lex.party_of(word) or lex.country_of(word)):
            continue
        root = ent.root
        listed = [c for c in root.conjuncts if c.i != root.i]
        # a list of people ("Ann Lee and Osprey") is no list of bodies, whatever else it holds; nor are the words of
        # one name ("Friend or Foe")
        first = min([root] + listed, key=lambda x: x.i)
        if any(c.dep_ == "cc" and c.lower_ != "and" for x in [first] + listed for c in x.children):
            continue
        if any(c.ent_type_ == "PERSON" and c.ent_iob_ == "I" or c.ent_type_ == "NORP" for c in listed):
            continue
        # (an organisation's tag on a person's surname, "Reagan and Nakasone", is the tagger's slip again)
        if any(c.ent_type_ == "ORG" and c.text[:1].isupper() and c.text not in surnames for c in listed):
            out.add(word)
    return out


def list_pieces(doc: Doc, ent: Span, lex: Lexicon | None = None) -> list[Span]:
    """An organisation's span the tagger ran over a comma of a list ("Shelter, Liberty and ...", "the House of
    Commons, European Parliament, ..."), cut into its names: each piece after a comma is a conjunct of a word
    before it and opens on a capital; or the names a body noun lists ("carmakers including Vantor, Halcyon and
    Brisk", kind_listed) that the tagger ran into one. Any other span, whole."""
    listed = [(s, e) for s, e in kind_listed(doc, lex) if ent.start <= s and e <= ent.end] if lex is not None else []
    if len(listed) > 1:
        return [Span(doc, s, e, label=ent.label_) for s, e in listed]
    if ent.label_ != "ORG":
        return [ent]
    toks = tokens(doc)
    if lex is not None and toks[ent.end - 1].lower_.rstrip(".") in lex.words("institutions", "legal_forms"):
        return [ent]  # "Tilden, Ross and Co": a firm named for its partners, closed by its legal form
    cuts = [t.i for t in toks[ent.start + 1:ent.end - 1] if t.text == ","]
    if not cuts:
        return _and_pieces(doc, ent, lex) if lex is not None else [ent]
    # (the list goes on after the span with another organisation: the parser may hang a piece anywhere)
    e = ent.end
    goes_on = e + 1 < len(doc) and toks[e].lower_ in (",", "and", "or") and toks[e + 1 + (toks[e + 1].lower_ == "the")].ent_type_ == "ORG"
    pieces, start = [], ent.start
    for k in cuts:
        nxt = toks[k + 1]
        before = range(start, k)
        if not nxt.text[:1].isupper() or k == start:
            return [ent]
        # ("the Department of the Environment, Food and Rural Affairs": a list inside the name, of what it is of)
        head = doc[start:k].root.i
        if any(c.i in before and c.i != head for c in nxt.conjuncts) or not (goes_on or head in {c.i for c in nxt.conjuncts}):
            return [ent]
        pieces.append((start, k))
        start = k + 1
    if not pieces:
        return [ent]
    pieces.append((start, ent.end))
    return [Span(doc, s, e, label=ent.label_) for s, e in pieces]


def _and_pieces(doc: Doc, ent: Span, lex: Lexicon) -> list[Span]:
    """ "Survival International and Shelter", "the High Court and Court of Appeal": two names the tagger ran into one
    over their "and", where the first ends as an organisation's name does (a kind of body, institutions.json
    kinds, or a word of `name_final_words`) and the second is a capitalised conjunct of it; not "the Ministry of
    Roads and Harbours" nor "the Food and Drug Agency", whose first part ends on no such word."""
    toks = tokens(doc)
    ands = [t.i for t in toks[ent.start + 1:ent.end - 1] if t.lower_ in ("and", "&")]
    if len(ands) != 1:
        return [ent]
    k = ands[0]
    last = toks[k - 1].lower_
    inst = lex.institutions
    if not (last in inst["kinds"] or last in inst["name_final_words"]) or not toks[k - 1].text[:1].isupper() \
            or not all(x.text[:1].isupper() for x in toks[k + 1:ent.end]) \
            or not any(c.i > k for c in toks[k - 1].conjuncts):
        return [ent]
    return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]


def apposed_bodies(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """ "Crisis, the homeless charity, said", "opposed by Kestrel, a defence firm": a capitalised name with a body
    noun apposed after it (institutions.json kinds and described_bodies, with its article) is that body, whatever
    the tagger made of the name or missed; not a state ("the country") nor a name the article gives a person."""
    toks = tokens(doc)
    nouns = lex.body_nouns
    surnames = _surnames(doc)
    titles = {h.lower() for h in lex.honorifics}
    out = []
    for t in toks:
        represents = t.lemma_ == "represent"
        if not represents and (t.dep_ != "appos" or t.tag_ != "NN" or t.lemma_.lower() not in nouns):
            continue  # (most tokens: before t.head, which makes a new Token)
        h = t.head
        # ("Save Dale Pool, representing 60 families, said", "Vale Watch, which represents tenants,": one who
        # speaks for many people, under a name the tagger missed, is a body of them)
        speaks_for = represents and h.i < t.i and toks[h.i + 1].text == "," and not h.ent_type_ and (
            t.dep_ == "acl" and t.tag_ == "VBG" or t.dep_ == "relcl" and any(c.lower_ == "which" for c in children(t)))
        if not speaks_for and (t.dep_ != "appos" or t.tag_ != "NN" or t.lemma_.lower() not in nouns) or h.i >= t.i \
                or h.tag_ != "NNP" or h.ent_type_ not in ("", "PERSON", "NORP") or not speaks_for and not any(
                    c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in children(t)):
            continue
        start = h.i
        while start > 0 and toks[start - 1].tag_ == "NNP" and toks[start - 1].head.i == h.i and toks[start - 1].dep_ == "compound":
            start -= 1
        name = doc[start:h.i + 1].text
        if not all(x.text[:1].isupper() for x in doc[start:h.i + 1]) or h.text in surnames or lex.country_of(name) \
                or start > 0 and toks[start - 1].lower_.rstrip(".") in titles:
            continue
        out.append((start, h.i + 1))
    return out


def _surnames(doc: Doc) -> set[str]:
    """The last words of the longer names tagged a person ("Ann Osprey ... Osprey said" is her, no body)."""
    return {e[-1].text for e in ents(doc) if e.label_ == "PERSON" and len(e) > 1}


def kind_listed(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """ "companies including Kestrel, Osprey and Vale", "firms such as Falcon": the names a plural body noun lists
    as its examples are bodies of that sort, whatever the tagger made of them (not a state: "nations such as ...";
    the nouns of a state are no body noun). Cached on the Doc."""
    cached = doc.user_data.get("newsgraph.kind_listed")
    if cached is not None:
        return cached
    toks = tokens(doc)
    out: list[tuple[int, int]] = []
    for t in toks:
        if t.tag_ != "NNS" or t.lemma_.lower() not in lex.body_nouns:
            continue
        k = t.i + 1
        lows = [x.lower_ for x in toks[k:k + 2]]
        k += 2 if lows == ["such", "as"] else 1 if lows[:1] in (["including"], ["like"]) else 0
        if k == t.i + 1:
            continue
        while k < len(doc) and toks[k].text[:1].isupper() and toks[k].text.replace("&", "").isalnum():
            e = k
            while e < len(doc) and (toks[e].text[:1].isupper() and toks[e].text.replace("&", "").isalnum() or toks[e].text == "&"):
                e += 1
            if not lex.country_of(doc[k:e].text):
                out.append((k, e))
            k = e + (e < len(doc) and toks[e].text == ",")
            k += k < len(doc) and toks[k].lower_ == "and"
    doc.user_data["newsgraph.kind_listed"] = out
    return out


def listed_states(doc: Doc, named: list[Span], lex: Lexicon) -> list[Span]:
    """States the tagger left untagged in a list of states it tagged ("Peru, Bolivia and the Seychelles backed the
    plan"): a capitalised name of the gazetteer joined to a tagged state is one too."""
    countries = lex.countries
    tagged = {i for e in named for i in range(e.start, e.end)}
    out = []
    for e in named:
        if e.label_ != "GPE" or countries.of(e.text) is None:
            continue
        for c in e.root.conjuncts:
            if c.i in tagged or not c.text[:1].isupper() or c.pos_ != "PROPN":
                continue
            start = c.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == c.i:
                start -= 1  # ("the Ivory Coast": the name's words before its head)
            if any(k in tagged for k in range(start, c.i + 1)) or countries.of(doc[start:c.i + 1].text) is None:
                continue
            tagged.update(range(start, c.i + 1))
            out.append(Span(doc, start, c.i + 1, label="GPE"))
    return out
