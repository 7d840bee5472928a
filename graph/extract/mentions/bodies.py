"""Institutions: organisations, parties, governments, states acting, seats of power and blocs, from
the ORG/GPE/NORP spans of the parse and the lexicon's parties, bodies and gazetteer.

Imports graph.model and its siblings spans, blocs, body_keys, countries, lexicon, nlp, parties.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .blocs import numbered_groups
from .body_keys import common_key
from .crowds import side_takers, stance_crowd
from ..language.countries import state_of, state_of_modifiers, states_named
from .factions import factions
from ..language.lexicon import Lexicon
from .listed_bodies import apposed_bodies, kind_listed, list_pieces, listed_states
from ..language.nlp import Parsed
from .parties import party_letters, party_spans, seat_spans
from .spans import _NAME_WORD, _is_name, _mention, _name_run, _title_words, bodies_described, strip_span
from ..language.tokens import children, span_text, tokens
from ..language.tokens import ents as doc_ents


def _institution_mentions(parsed: Parsed, lex: Lexicon, sent_of: list[int], office_tokens: set[int],
                          person_keys: set[str]):
    doc = parsed.doc
    toks = tokens(doc)
    inst = lex.institutions
    portfolios = set(lex.offices["portfolios"])
    titles = _title_words(lex)
    seen: set[tuple[int, int]] = set()
    # a party's name as the lexicon knows it beats NER's cut ("Liberal" + "Democrat" is one party)
    parties = list(party_spans(doc, lex)) + list(party_letters(doc, lex))
    party_tokens = {i for s, e, _ in parties for i in range(s, e)}
    for start, end, canon in parties:
        seen.add((start, end))
        yield _mention(parsed, "institution", start, end, sent_of, f"party:{canon}")
    # "the Elysee denied", "the Kremlin said": the seat stands for the body whatever NER called it
    for start, end, canon in seat_spans(doc, lex):
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
    named_states = states_named(doc_ents(doc), lex.countries)
    # ("Washington's intention to retaliate", "Tokyo's plan": the seat acts through what it owns)
    acting_nouns = lex.words("stance", "nouns") | lex.words("positions", "salient_heads")
    described = bodies_described(doc, lex)
    # "Clearwater International UK": a state's name NER cut off the end of an organisation's name, which modifies it
    ents = doc_ents(doc)
    joined = {a.start: b.end for a, b in zip(ents, ents[1:]) if a.label_ == "ORG" and b.label_ == "GPE"
              and b.start == a.end and b.end - b.start == 1 and a.root.head.i == b.start and a.root.dep_ == "compound"}
    # "Grey Wolfe and Co Inc": NER cuts a firm's name at its "and Co"; the two parts are one company
    forms = lex.words("institutions", "legal_forms")
    partners = {a.start: b.end for a, b in zip(ents, ents[1:]) if a.label_ in ("ORG", "PERSON") and b.label_ == "ORG"
                and b.start == a.end + 1 and toks[a.end].lower_ in ("and", "&") and toks[b.start].lower_.rstrip(".") in forms}
    joined.update(partners)
    tails = set(joined.values())
    # ("Shelter, Liberty and the Fawcett Society": a list's names NER ran into one are each a body)
    for ent in [p for e in ents for p in list_pieces(doc, e, lex)] + listed_states(doc, ents, lex):
        if ent.end in tails and ent.start not in joined:  # the second part of a name joined above
            continue
        if any(i in party_tokens for i in range(ent.start, ent.end)):
            continue
        if ent.label_ not in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC") and ent.text not in described:
            continue
        start, end = strip_span(doc, ent.start, joined.get(ent.start, ent.end), set())
        if end <= start:
            continue
        # "the Senate Transport subcommittee": NER stops at the legislature's name; the committee it heads is the body
        if end < len(doc) and toks[end].is_lower and "committee" in toks[end].lower_ and toks[end].lower_ in inst["kinds"] \
                and toks[end - 1].head.i == end and any(inst["kinds"].get(t.lower_) == "legislature" for t in toks[start:end]):
            end += 1
        text = span_text(doc, start, end)
        party = lex.party_of(text)
        # a state by name, short form, people or seat of government ("the Soviets", "Bonn said")
        country = (None if ent.label_ == "ORG" else state_of(doc[start:end], ent.label_, lex.countries, named_states, acting_nouns)) \
            or lex.country_of(text) or _state_body(text, lex) or _owning_people(doc[start:end], ent.label_, lex)
        body = described.get(re.sub(r"['’]s?$", "", text).strip())
        if body:  # "NM Vale, the investment bank": a body whatever NER called it, one however shortened
            seen.add((start, end))
            yield _mention(parsed, "institution", start, end, sent_of, f"org:{body}")
            continue
        if ent.label_ == "PERSON" and not party and ent.start not in partners and not lex.country_of(text):
            continue  # (a state NER took for a person is the state: names.py leaves it out)
        if ent.label_ == "NORP" and not party and not country:
            continue
        if ent.label_ in ("LOC", "FAC") and not country:
            continue
        # "the liberal Free Democrat Party": a lower-case word before the name describes it
        while start < end - 1 and toks[start].pos_ in ("ADJ", "NOUN") and toks[start].is_lower \
                and all(_NAME_WORD.fullmatch(x.text) for x in doc[start + 1:end] if x.is_alpha and len(x) > 3):
            start += 1
        if not toks[start].text[:1].isupper():
            continue  # a lower-case "organisation" is NER guessing
        if text in person_keys:
            continue
        words = text.split()
        if ent.label_ in ("ORG", "GPE") and 2 <= len(words) <= 3 and words[-1] in person_keys \
                and all(_NAME_WORD.fullmatch(w) for w in words) and not _body_kind_word(words, inst):
            continue  # "Vincent Cable" tagged ORG where "Mr Cable" is a person: the person mention wins
        # a lone title word NER took for an organisation ("Defense" of "Defense Minister"); a state named alone is
        # the state even when its name is a portfolio's too ("Ireland and Sweden opposed X", not "Ireland Secretary")
        if end - start == 1 and (toks[start].lower_ in portfolios and not (country and start not in office_tokens)
                                 or start in office_tokens and toks[start].lower_ in titles):
            continue
        if end - start > 1 and start in office_tokens and inst["kinds"].get(words[-1].lower()) in (None, "sector") and all(
                x.lower_ in portfolios or x.lower_ in ("and", "&") or x.is_punct for x in toks[start:end]):
            # "Trade and Industry" of "Trade and Industry Secretary": a portfolio's words, no body of their own (but
            # "the Rural Party leader": a name that ends in a kind of body is that body)
            continue
        kind = "party" if party else "country" if country else ent.label_.lower()
        key = party or country or _org_key(doc[start:end])
        seen.add((start, end))
        yield _mention(parsed, "institution", start, end, sent_of, f"{kind}:{key}")
    # "the carriers Orbis and Tel-Nova": a name NER left untagged, joined to an organisation's, is one too
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        # ("both the ILO and Trade Council": the parser hangs the first name on the second as a modifier with its "and")
        joined_before = [c for c in ent.root.lefts if c.i < ent.start and c.dep_ in ("nmod", "compound")
                         and any(g.dep_ == "cc" for g in children(c))]
        for c in list(ent.root.conjuncts) + joined_before:
            if c.i < ent.end and c not in joined_before or c.ent_type_ or c.pos_ != "PROPN" or not c.text[:1].isupper() \
                    or any(s <= c.i < e for s, e in seen) or c.i in office_tokens or c.text in person_keys:
                continue
            start = min([c.i] + [x.i for x in c.lefts if x.dep_ == "compound" and x.pos_ == "PROPN" and not x.ent_type_])
            seen.add((start, c.i + 1))
            yield _mention(parsed, "institution", start, c.i + 1, sent_of, f"org:{doc[start:c.i + 1].text}")
    # "Crisis, the homeless charity, said": a name the tagger left untagged with a body noun apposed to it
    for s, e in apposed_bodies(doc, lex) + kind_listed(doc, lex):  # (or listed by its sort: "charities such as Crisis")
        if not toks[s].ent_type_ and s not in office_tokens and not any(a <= s < b for a, b in seen):
            seen.add((s, e))
            yield _mention(parsed, "institution", s, e, sent_of, f"org:{doc[s:e].text}")
    # "market regulator FMQ", "budget airline Skyjet": a name the tagger left untagged, after the body noun
    # that describes it, is that body (a name tagged a person there is bodies_described's)
    nouns = lex.body_nouns
    for t in toks:
        before = toks[t.i - 1] if t.i else None
        # (or the name apposed to its noun: "the consultancy Quellbridge said")
        apposed = before is not None and t.dep_ == "appos" and t.head.i == before.i
        if before is None or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ or before.tag_ != "NN" \
                or before.dep_ != "compound" \
                and not apposed or before.lower_ not in nouns or t.i in office_tokens or any(s <= t.i < e for s, e in seen):
            continue
        end = t.i + 1
        while end < len(doc) and toks[end].pos_ == "PROPN" and not toks[end].ent_type_ and toks[end - 1].head.i == end:
            end += 1
        if (before.head.i == end - 1 or apposed) and doc[t.i:end].text not in person_keys \
                and not lex.country_of(doc[t.i:end].text):
            seen.add((t.i, end))
            yield _mention(parsed, "institution", t.i, end, sent_of, f"org:{doc[t.i:end].text}")
    # "Ann Roe of Halvard Research said": the capitalised name after a person and "of" or "at" is where the
    # person works, when NER tagged it nothing (a place it tags GPE)
    for ent in ents:
        k = ent.end
        if ent.label_ != "PERSON" or k + 1 >= len(doc) or toks[k].lower_ not in ("of", "at"):
            continue
        k += 1 + (toks[k + 1].lower_ == "the")
        e = k
        while e < len(doc) and e - k < 5 and _NAME_WORD.fullmatch(toks[e].text) and toks[e].ent_type_ in ("", "ORG"):
            e += 1
        if e > k and not any(s <= k < t for s, t in seen) and (e == len(doc) or toks[e].is_punct) \
                and not lex.country_of(doc[k:e].text) and doc[k:e].text not in person_keys:
            seen.add((k, e))
            yield _mention(parsed, "institution", k, e, sent_of, f"org:{doc[k:e].text}")
    # a capitalised name ending in a capitalised kind of body NER did not tag: "the Scottish Executive", "the
    # High Court", "a Defense Science Board task force"
    kind_words = {k for k in inst["kinds"] if " " not in k}
    for t in tokens(doc):
        if t.i == 0 or not t.text.istitle() or t.lower_ not in kind_words or t.ent_type_ == "ORG" \
                or t.i in office_tokens or t.i in party_tokens or any(s <= t.i < e for s, e in seen):
            continue
        start = t.i
        while start > 0 and _is_name(toks[start - 1]) and toks[start - 1].ent_type_ != "ORG" \
                and not toks[start - 1].is_sent_start and toks[start - 1].i not in office_tokens:
            start -= 1
        text = doc[start:t.i + 1].text
        if start == t.i or lex.country_of(text) or lex.party_of(text) or toks[start].is_sent_start:
            continue
        seen.add((start, t.i + 1))
        yield _mention(parsed, "institution", start, t.i + 1, sent_of, f"org:{text}")
    # a capitalised kind of body, then what it is of or for, NER did not tag: "a Department for Roads and
    # Harbours spokeswoman", "the Ministry of Fisheries"; a plural one is the people or parts of the body
    # named after it, capitalised only where it opens a sentence ("Officials of the Trade Council said")
    for t in tokens(doc):
        if not t.text.istitle() or t.lower_ not in kind_words or t.ent_type_ != "" or t.i + 2 >= len(doc) \
                or t.tag_ == "NNS" \
                or toks[t.i + 1].lower_ not in ("of", "for") or any(s <= t.i < e for s, e in seen) \
                or t.i in party_tokens:
            continue
        k = t.i + 2 + (toks[t.i + 2].lower_ == "the")
        end = k
        # (a person's full name after it is no part: "Ministry of Trade Ana Ruiz"; NER's lone "person" may be)
        while end < len(doc) and (toks[end].text.istitle() and toks[end].is_alpha
                                  and not (end + 1 < len(doc) and toks[end + 1].ent_iob_ == "I" and toks[end + 1].ent_type_ == "PERSON")
                                  or toks[end].lower_ == "and" and end + 1 < len(doc) and toks[end + 1].text.istitle()):
            end += 1
        if end == k or toks[end - 1].lower_ == "and":
            continue
        # "a Department for Roads spokeswoman": a title after the name is the body's post, no part of its name
        while end > k + 1 and toks[end - 1].lower_ in lex.offices["heads"]:
            end -= 1
        seen.add((t.i, end))
        yield _mention(parsed, "institution", t.i, end, sent_of, f"org:{doc[t.i:end].text}")
    # a party's wing or local branch: "the party's left wing", "the Labour left", "a local Conservative association"
    for s, e, key in factions(doc, lex, seen):
        seen.add((s, e))
        yield _mention(parsed, "institution", s, e, sent_of, f"common:{key}")
    # common nouns that name a body acting as one: "the government", "Israel's war cabinet"
    described_heads = inst["described_heads"]
    commons = set(inst["actor_common_heads"]) | set(described_heads) | side_takers(lex)
    last_words = {c.split()[-1] for c in commons}  # _common_head finds a head only on a token that ends one
    for t in tokens(doc):
        each = [a for a in t.lefts if a.dep_ == "amod" for a in (a, *a.conjuncts) if lex.countries.of_demonym(a.text)] \
            if t.tag_ == "NNS" and t.lemma_ in lex.countries.bodies else []
        if len(each) >= 2:  # "the Dutch and Belgian governments": each state its word names
            for a in each:
                yield _mention(parsed, "institution", a.i, a.i + 1, sent_of, f"country:{lex.countries.of_demonym(a.text)}")
            continue
        # ("growers criticised the plan": a plural agent noun that takes a side is a crowd acting, crowds.py)
        crowd = t.lower_ not in last_words and t.i not in office_tokens and stance_crowd(t, lex)
        if t.pos_ not in ("NOUN", "PROPN") or t.i in office_tokens or t.lower_ not in last_words and not crowd:
            continue
        head = _common_head(t, commons) or (t.lower_ if crowd else "")
        if not head or head in lex.stance["nouns"] and any(c.dep_ == "poss" for c in children(t)):
            continue  # ("the fund's opposition would halt the deal": the stance its owner takes, no body)
        if any(s <= t.i < e for s, e in seen) or t.dep_ == "appos" and any(s <= t.head.i < e for s, e in seen):
            continue  # ("Liberty, the rights group, said": the group is the body named)
        if head in described_heads and not _says_which_body(t, described_heads[head], seen, lex):
            continue
        start = t.i - (len(head.split()) - 1)
        # a group is also named by the plural noun that owns it: "supporters' groups", "farmers' unions"
        lefts = [c for c in t.lefts if (c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "poss" and c.tag_ == "NNS"
                                        and head in inst["group_nouns"]) and c.i < start
                 and c.i >= start - 3 and not c.ent_type_ == "PERSON"]
        # a modifier's own modifiers belong to the name: "[Animal welfare] groups", "[West German] government"
        full_start = min([start] + [max(c.left_edge.i, start - 4) for c in lefts])
        full_start, _ = strip_span(doc, full_start, t.i + 1, set())
        # "the Japanese government", "Japan's government", "the U.S. administration": the state acting
        state = state_of_modifiers(doc, full_start, start, t, lex.countries, named_states) \
            if head in lex.countries.bodies else None
        organ_of = state_of_modifiers(doc, full_start, start, t, lex.countries, named_states) \
            if head in inst["state_organs"] else None
        if organ_of:
            # "Brazil's central bank", "the Brazilian central bank": the state's own organ, not the state acting
            full_start = min([full_start] + [c.i for c in t.lefts if c.dep_ == "poss"])
            yield _mention(parsed, "institution", full_start, t.i + 1, sent_of, f"common:{organ_of} {head}")
            continue
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
            of = next((c for c in children(t) if c.dep_ == "prep" and c.lower_ == "of"), None)
            members = next((g for g in children(of) if g.dep_ == "pobj" and (
                g.tag_ in ("NNS", "NNPS") or g.lower_ in lex.offices["plural_heads"])), None) if of else None
            if members is not None and members.i - t.i <= 8:
                end = members.i + 1
        owner = _owner_named(t, seen) if head in described_heads else None
        # "Greenway Motors' board", "the board of Kestrel Bank": the board of that body, one for each body named
        key = f"{owner} {head}" if owner else common_key(doc, full_start, toks[end - 1] if end > t.i + 1 else t, head, inst, crowd)
        yield _mention(parsed, "institution", full_start, end, sent_of, f"common:{key}")


def _owner_named(t: Token, seen: set[tuple[int, int]]) -> str | None:
    """The name of the body that owns t, as its possessor, before it or after "of": "Vostra's board", "the Vostra board",
    "the board of Kestrel Bank"."""
    of = [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"]
    for c in [c for c in children(t) if c.dep_ in ("poss", "compound")] + of:
        span = next(((s, e) for s, e in seen if s <= c.i < e), None)
        if span is not None:
            return re.sub(r"['’]s?$", "", t.doc[span[0]:span[1]].text).strip()
    return None


def _says_which_body(t: Token, rule: str, seen: set[tuple[int, int]], lex: Lexicon) -> bool:
    """ "the water company's board", "a review panel", "an independent panel", "the tribunal ruled": an owner, a noun
    or one of `body_adjectives` before a noun of `described_heads`, or a bare "the", says which body it is; for a
    'compound' one only a noun does ("the transport authority", not "its authority"); "a board" says none, and a
    name before it is the body itself ("the Kestrel Bank board"). The object of an act is no body acting but what
    the act is done to."""
    if t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        return False  # "to privatise the water board", "the abolition of the tourist board": what is done to it
    lefts = [c for c in t.lefts if c.dep_ in ("compound", "amod", "poss", "nmod", "det")]
    acting = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.dep_ == "agent"
    if acting and t.lemma_.lower() in lex.words("institutions", "owned_by_bodies") \
            and any(c.dep_ == "compound" and any(s <= c.i < e for s, e in seen) for c in lefts):
        return True  # "the Kestrel Bank board approved the bid": the firm's board acting ("sits on the X board": the firm)
    if any(c.dep_ == "compound" and (c.pos_ == "PROPN" or any(s <= c.i < e for s, e in seen)) for c in lefts):
        return False
    if rule == "compound":
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in lefts)
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" or c.dep_ == "poss" for c in lefts) \
        or any(c.dep_ == "amod" and c.lower_ in lex.words("institutions", "body_adjectives") for c in lefts) \
        or [c.lower_ for c in lefts] == ["the"]


def _distributed_bodies(doc: Doc, start: int, t: Token, inst: dict) -> list[Token]:
    """The coordinated adjectives before a plural body noun, each naming one body: "the opposition socialist
    and communist parties" are a socialist party and a communist party."""
    if t.lower_ not in inst["distributive_plurals"]:
        return []
    adjs = [x for x in doc[max(start - 4, t.left_edge.i):t.i] if x.tag_ == "JJ" and (x.dep_ == "conj" and x.head.tag_ == "JJ" or
                                                             any(c.dep_ == "conj" and c.tag_ == "JJ" for c in children(x)))]
    return adjs if len(adjs) >= 2 else []


def _apposed_name(doc: Doc, t: Token) -> bool:
    """ "the supporters' group, Friends of the Valley" / "pressure group the Valley Trust": a proper name right
    after the noun, apposed to it or named an organisation."""
    toks = tokens(doc)
    k = t.i + 1
    if k < len(doc) and toks[k].text == ",":
        k += 1
    if k < len(doc) and toks[k].lower_ == "the":
        k += 1
    if k >= len(doc) or not _NAME_WORD.fullmatch(toks[k].text):
        return False
    run = range(k, max(k + 1, _name_run(doc, k)))
    return any(toks[x].dep_ == "appos" and toks[x].head.i == t.i or toks[x].ent_type_ == "ORG" for x in run)


def _body_kind_word(words: list[str], inst: dict) -> bool:
    return any(w.lower() in inst["kinds"] for w in words)


def _common_head(t: Token, commons: set[str]) -> str:
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and f"{prev.lower_} {t.lower_}" in commons:
        return f"{prev.lower_} {t.lower_}"
    if t.lower_ in commons or t.lemma_.lower() in commons and t.lower_ == t.lemma_.lower():
        # a capitalised "Government" inside a named body is that body's business
        return t.lower_
    return ""


def _org_key(span: Span) -> str:
    text = span.text
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _state_body(text: str, lex) -> str | None:
    """ "British Government", "U.K. Government", "Japanese Administration": a state's own word before the word for
    its government names the state acting, however NER tagged it."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in lex.countries.bodies:
        return None
    rest = " ".join(words[:-1])
    return lex.countries.of_demonym(rest) or lex.country_of(rest)


def _owning_people(span, label: str, lex) -> str | None:
    """ "rejected Japanese proposals to cut quotas", "French opposition to the plan": a people's adjective on a noun
    of stance or intent (stance.json nouns and intent_nouns) says whose plan or side it is, the state's, as "Japan's
    proposals" would; "Japanese goods" or "French wine" are no side of anyone's."""
    root = span.root
    if label != "NORP" or len(span) != 1 or root.dep_ not in ("amod", "compound") or root.head.pos_ != "NOUN":
        return None
    noun = root.head.lemma_.lower()
    if noun not in lex.stance["nouns"] and noun not in lex.stance["intent_nouns"]:
        return None
    return lex.countries.of_demonym(span.text)
