"""Entities: mentions grouped into one canonical node per real-world person, office or body.

Persons group by full name, then surnames and nicknames attach to the full name they
abbreviate; bodies group by canonical name, acronym and party or country alias; offices
group by title, with shortened titles ("RCG Chief") folded into the full one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .body_groups import EX_PREFIX, _body_kind, _described_bodies, _group_institutions, _merge_generic_bodies, _names_a_kind, dateline
from ..language.lexicon import Lexicon
from ..mentions.body_keys import as_written
from ..mentions.names import _name_words, name_without_nickname, nickname
from ...model import Entity, Mention
from ..language.nlp import Parsed
from ..mentions.parties import party_group
from .spelling import misspelt_full_names, misspelt_surname
from .short_firms import short_firm_names
from ..mentions.recurring import untagged_letters
from ..mentions.spans import called_a_body
from ..language.syntax import acts
from ..language.text import tidy
from ..language.tokens import children, span_text, tokens

__all__ = ["Resolution", "resolve_entities", "slug", "entity_id"]


# (compiled once: slug and _surface run for every mention and alias, and re.sub looks its pattern up at each call)
_POSSESSIVE_S, _NON_SLUG = re.compile(r"['’`]s\b"), re.compile(r"[^a-z0-9]+")
_LEADING_THE, _TRAILING_POSSESSIVE = re.compile(r"^(the|The)\s+"), re.compile(r"['’]s?$")


def slug(text: str) -> str:
    """A stable, readable IRI-safe name: ASCII, lower case, hyphens."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _POSSESSIVE_S.sub("s", text.lower())
    return _NON_SLUG.sub("-", text).strip("-")[:80] or "x"


def entity_id(kind: str, name: str) -> str:
    return f"{kind}/{slug(name)}"


@dataclass
class Resolution:
    """The entities of an article and where each one is mentioned."""

    entities: dict[str, Entity]
    mentions: list[tuple[Mention, str]]  # each mention with its entity id
    by_token: dict[int, str]  # token index -> entity id
    weak: set[str] = field(default_factory=set)  # kept only when a statement needs them
    kind: dict[str, str] = field(default_factory=dict)  # institution id -> org | party | country | gpe | common
    # token index -> the group a plural title names when no one holds it ("MPs", "rebel backbenchers")
    office_groups: dict[int, str] = field(default_factory=dict)

    def entity_at(self, token_i: int) -> str | None:
        return self.by_token.get(token_i)


def resolve_entities(parsed: Parsed, mentions: list[Mention], lex: Lexicon) -> Resolution:
    groups: dict[str, list[Mention]] = defaultdict(list)
    kinds: dict[str, str] = {}
    assign: list[tuple[Mention, str]] = _group_persons(parsed, [m for m in mentions if m.type == "person"], lex)
    assign += _group_offices([m for m in mentions if m.type == "office"], _seats(lex))
    shadows = _plural_titles(parsed, [m for m in mentions if m.type == "office"], lex)
    institutions = _group_institutions(parsed, [m for m in mentions if m.type == "institution"] + shadows, lex)
    shadowed: list[tuple[Mention, str]] = []
    for m, gid, kind in _described_bodies(parsed, _merge_generic_bodies(parsed, institutions, lex), lex):
        if m.type == "office":  # a plural title's group: a node only through the actors it stands for
            shadowed.append((m, gid))
            kinds.setdefault(gid, kind)
            continue
        assign.append((m, gid))
        kinds[gid] = kind
    titled, forms = lex.honorifics | {r.rstrip(".") for r in lex.offices["ranks"]}, lex.words("institutions", "legal_forms")
    assign = short_firm_names(parsed.doc, assign, kinds, titled, forms)
    for m, gid in assign + shadowed:
        groups[gid].append(m)
    entities: dict[str, Entity] = {}
    rename: dict[str, str] = {}
    for gid, ms in groups.items():
        kind = "institution" if gid.startswith("institution:") else ms[0].type
        label = tidy(_label(parsed, kind, ms, gid, lex))
        eid = entity_id(kind, label)
        if eid in entities:  # two groups with one label are one entity
            rename[gid] = eid
            old = entities[eid]
            entities[eid] = Entity(eid, kind, old.label, tuple(sorted(set(old.aliases) | _aliases(parsed, ms, label, lex))))
            continue
        rename[gid] = eid
        entities[eid] = Entity(eid, kind, label, tuple(sorted(_aliases(parsed, ms, label, lex) - {label})))
    assigned = sorted(((m, rename[g]) for m, g in assign), key=lambda x: (x[0].tok_start, x[0].tok_end))
    by_token: dict[int, str] = {}
    for m, eid in sorted(assigned, key=lambda x: x[0].tok_end - x[0].tok_start, reverse=True):
        for i in range(m.tok_start, m.tok_end):
            by_token.setdefault(i, eid)
    # places and seats of power are nodes only when they act ("the Elysee denied"), not where one goes
    weak = {rename[g] for g, k in kinds.items() if k in ("gpe", "common", "country", "seat")}
    # an organisation named once and doing nothing in the story is more often NER's noise than a node, unless its
    # name says what sort of body it is ("Tower Commission", "Appeal Court") or ends in a legal form ("Halvorsen Co Ltd")
    # (letters that recur untagged are the name of a body found already, no sign it does anything)
    weak |= {rename[g] for g, k in kinds.items() if k == "org"
             and len([m for m in groups[g] if not untagged_letters(parsed.doc, m)] or groups[g]) == 1
             and not _names_a_kind(g.split(":", 2)[2].split(), lex)
             and groups[g][0].key.split()[-1].lower().strip(".,") not in forms
             and not any(called_a_body(parsed.doc, m.tok_start, m.tok_end, lex) for m in groups[g])}
    # a state, organisation or seat that does something ("Japan refused", "was fined by Acme") is an actor
    # of the story even when no stance or post of it is read
    ought = {**lex.positions["deontic"], "copulas": lex.reference["copulas"]}
    speaking_for = lex.countries.bodies | lex.reference["spokes_nouns"] | lex.words("institutions", "document_nouns")
    # (a dateline is where the story was filed, whatever the parse makes of it)
    weak -= {rename[g] for g, k in kinds.items() if k in ("country", "org", "seat") and any(
        acts(parsed.doc[m.tok_start], m.tok_end, speaking_for, ought) and not dateline(parsed, m) for m in groups[g])}
    # so is an organ of the state the article names by its sort ("the ministry said", "the court ruled"); not a
    # sort of party ("the opposition" is a party the story names) nor a sector or a crowd
    weak -= {rename[g] for g, k in kinds.items() if k == "common" and any(
        _one_organ(parsed, m, lex) and acts(parsed.doc[m.tok_start], m.tok_end, speaking_for, ought) for m in groups[g])}
    # a single capitalised word NER called a person, never with a first name or a title, is as often a place
    for gid, ms in groups.items():
        if ms[0].type == "person" and all(len(m.text.split()) == 1 for m in ms) and not any(
                m.tok_start > 0 and parsed.doc[m.tok_start - 1].lower_.rstrip(".") in titled for m in ms):
            weak.add(rename[gid])
    weak |= {eid for eid, e in entities.items() if e.type == "office"}
    kind_of = {rename[g]: k for g, k in kinds.items()}
    # (the body a plural title is said of, once a mention: "Kestrel Bank's directors" is the bank)
    owners = [(m, _owning_body(parsed, m, assigned, kind_of, lex) or rename[gid]) for m, gid in shadowed]
    office_groups = {i: group for m, group in owners for i in range(m.tok_start, m.tok_end)}
    return Resolution(entities, assigned, by_token, weak, kind_of, office_groups)


_QUANTIFIERS = ("the", "a", "an", "some", "many", "several", "other", "all", "both", "most", "two", "three")


def _plural_titles(parsed: Parsed, offices: list[Mention], lex: Lexicon) -> list[Mention]:
    """ "MPs", "rebel backbenchers", "farm-state senators": a plural title with no name after it is a group of
    people who act together, as "critics" or "farmers" are. Each such mention also names that group (typed
    office, keyed as a common body), which stands in for the title where no one holds it."""
    doc = parsed.doc
    plural = lex.offices["plural_heads"]
    out = []
    for m in offices:
        root = tokens(doc)[m.tok_end - 1]
        head = doc[m.tok_start:m.tok_end].root
        if root.lower_ not in plural and head.lower_ in plural and any(
                c.dep_ == "prep" and c.lower_ == "of" and not any(g.conjuncts for g in children(c)) for c in children(head)):
            root = head  # "the directors of Kestrel Bank": the title is the head, the one body its of-phrase
        if root.lower_ not in plural:
            continue
        # a party's group as written ("angry Labour MPs", "some Tory backbenchers"), any other group by its words
        kept = [x for x in doc[m.tok_start:m.tok_end] if not x.is_punct and x.tag_ != "POS" and x.lower_ not in _QUANTIFIERS]
        key = party_group(doc, m.tok_start, root, lex) or " ".join(as_written(x) for x in kept)
        out.append(Mention(m.text, "office", m.start, m.end, m.tok_start, m.tok_end, m.sent, "common:" + key))
    return out


def _owning_body(parsed: Parsed, m: Mention, assigned: list[tuple[Mention, str]], kind_of: dict[str, str],
                 lex: Lexicon) -> str | None:
    """ "Kestrel Bank's directors", "Kestrel Bank directors", "the directors of Kestrel Bank", "the leaders of the
    union", "EU ministers": a plural title of a body's own posts, said of the one organisation, party or state it
    belongs to, is that body acting ("U.S. negotiators", reference.json member_plurals, the state; but a party's MPs
    or members are its group, mentions/parties.party_group); a group described by no body ("British ministers",
    "directors") is left to itself."""
    doc = parsed.doc
    span = doc[m.tok_start:m.tok_end]
    root = span.root if span.root.lower_ in lex.offices["plural_heads"] else tokens(doc)[m.tok_end - 1]
    near = set(range(m.tok_start, root.i)) | {g.i for c in children(root) if c.dep_ == "prep" and c.lower_ in ("of", "at")
                                              for p in children(c) if p.dep_ == "pobj" for g in (p, *p.conjuncts)}
    # (but "US lawmakers", "Ruritanian senators" are members of a legislature the story does not name, no act of their
    # state's: a nation's name there only says where they sit)
    states = ("country",) if root.lower_ not in lex.words("reference", "legislators") else ()
    bodies = {eid for b, eid in assigned if eid.startswith("institution/") and kind_of.get(eid) in ("org", "party") + states
              and b.tok_end - 1 in near}
    if len(bodies) == 1 and kind_of.get(next(iter(bodies))) == "party" and root.lower_ in lex.words("reference", "party_groups"):
        return None
    return bodies.pop() if len(bodies) == 1 else None


_ORGANS = ("government", "legislature", "court", "body", "police", "military", "intelligence")


def _one_organ(parsed: Parsed, m: Mention, lex: Lexicon) -> bool:
    """ "the ministry", "the court", "a Tokyo court": one body of a sort of state organ or authority, singular,
    definite or placed by a name ("a court" alone is any court)."""
    doc = parsed.doc
    root = doc[m.tok_start:m.tok_end].root
    det = tokens(doc)[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
    placed = det in ("a", "an") and any(t.text[:1].isupper() for t in doc[m.tok_start:root.i])
    return root.tag_ == "NN" and (det == "the" or placed) and _body_kind([root.lower_], lex) in _ORGANS


# --- persons ---------------------------------------------------------------------------------

def _group_persons(parsed: Parsed, mentions: list[Mention], lex: Lexicon):
    doc, o = parsed.doc, lex.offices
    titles = lex.honorifics | {r.rstrip(".") for r in o["ranks"]}
    name_titles = set(o["name_titles"])
    full: dict[str, str] = {}  # "benjamin netanyahu" -> group id
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    by_nick: dict[str, str] = {}
    out = []
    singles = []
    for m in mentions:
        span = doc[m.tok_start:m.tok_end]
        words = [w for w in _name_words(span) if w.lower().rstrip(".") not in titles]
        # "Lord Vane of Eastfield": a peer's territorial designation is no part of the name the story gives
        # elsewhere ("Tom Vane"), so the peer is named by the surname alone, as "Lord Vane" is
        if "of" in words[1:] and span[0].lower_ in name_titles:
            words = words[:words.index("of")]
        nick = nickname(span)
        if len(words) >= 2:
            key = " ".join(words).lower()
            gid = full.setdefault(key, f"person:{key}")
            if gid not in by_surname[m.key.lower()]:
                by_surname[m.key.lower()].append(gid)
            if nick:
                by_nick[nick.lower()] = gid
            if gid not in by_first[words[0].lower()]:
                by_first[words[0].lower()].append(gid)
            out.append((m, gid))
        else:
            singles.append((m, words[0] if words else m.key))
    # "Ann Marie Price ... Ms Marie Price": a name that ends the one longer full name is that person
    folded = {}
    for key, gid in full.items():
        longer = {g for k, g in full.items() if len(k.split()) > len(key.split()) and k.endswith(" " + key)}
        if len(longer) == 1:
            folded[gid] = longer.pop()
    # "Dana Whitcombe ... Ms Whitcomb", "Ian Harrowfield ... Mr Harowfield": one person spelt two ways
    said = Counter(w.lower() for _, w in singles) + Counter(g.split()[-1] for _, g in out)
    folded.update({g: folded.get(k, k) for g, k in misspelt_full_names(full, said, lex.gender["names"]).items() if g not in folded})
    if folded:
        out = [(m, folded.get(g, g)) for m, g in out]
        for low, gids in by_surname.items():
            by_surname[low] = list(dict.fromkeys(folded.get(g, g) for g in gids))
        for low, gids in by_first.items():
            by_first[low] = list(dict.fromkeys(folded.get(g, g) for g in gids))
        by_nick = {k: folded.get(g, g) for k, g in by_nick.items()}
    for m, word in singles:
        low = word.lower()
        # a surname, a nickname, or a first name only one full name in the article carries ("Sir John")
        cands = by_surname.get(low) or ([by_nick[low]] if low in by_nick else []) or (
            by_first[low] if len(by_first.get(low, ())) == 1 else []) or misspelt_surname(
            low, by_surname, {folded.get(g, g) for g in full.values()}, lex.gender["names"])
        if not cands:
            # a first name alone ("Bob" without quotes elsewhere) stays its own entity
            gid = f"person:{low}"
            by_surname[low].append(gid)
        elif len(cands) == 1:
            gid = cands[0]
        else:  # two people share the surname: the one named most recently before
            before = [g for mm, g in out if mm.tok_start < m.tok_start and g in cands]
            gid = before[-1] if before else cands[0]
        out.append((m, gid))
    return out


# --- offices ---------------------------------------------------------------------------------

def _office_variants(text: str) -> set[str]:
    text = " ".join(text.split())
    plain = re.sub(r"\s*\([^)]*\)", "", text)
    variants = {plain.lower()}
    m = re.search(r"\(([A-Z][A-Za-z.]{1,9})\)\s*(.*)$", text)
    if m:
        variants.add(f"{m.group(1)} {m.group(2)}".strip().lower())
    # ("Tory ex-minister": the former post is the post, whichever word the prefix joins)
    return {re.sub(r"(^|\s)ex-", r"\1", re.sub(r"^(?:the|a|an|former)\s+", "", v)) for v in variants}


def _seats(lex: Lexicon):
    """ "Labour MP", "Tory MP": a seat named by its post-nominal letters is one post whatever the holder's party
    before it (the party is the holder's, read as member_of): the bare letters, else None."""
    letters = {p.lower() for p in lex.offices["post_nominals"] if p.isupper()}

    def seat(text: str) -> str | None:
        words = text.split()
        return words[-1].lower() if len(words) >= 2 and words[-1].lower() in letters and words[-1].isupper() \
            and lex.party_of(" ".join(words[:-1])) else None
    return seat


def _group_offices(mentions: list[Mention], seat=lambda text: None):
    variants = {id(m): _office_variants(m.text) | ({s} if (s := seat(m.text)) else set()) for m in mentions}
    groups: list[tuple[set[str], list[Mention]]] = []
    # longest titles first, so shortened ones fold into them
    for m in sorted(mentions, key=lambda m: -len(m.text)):
        mine = variants[id(m)]
        target = None
        for keys, members in groups:
            if mine & keys or any(_title_prefix(a, b) or _initials_of(a, b) or _initials_of(b, a)
                                  for a in mine for b in keys):
                target = members
                keys |= mine
                break
        if target is None:
            groups.append((set(mine), [m]))
        else:
            target.append(m)
    for keys, members in groups:
        gid = "office:" + min(keys, key=lambda k: (len(k), k))
        for m in members:
            yield m, gid


def _initials_of(short: str, long: str) -> bool:
    """ "ni minister" is "northern ireland minister": words of the title written by their initials."""
    s, l = short.split(), long.split()
    for i in range(len(l)):
        for j in range(i + 2, len(l) + 1):
            if s == l[:i] + ["".join(w[0] for w in l[i:j])] + l[j:]:
                return True
    return False


def _title_prefix(short: str, long: str) -> bool:
    """ "idf chief" abbreviates "idf chief of staff"; "secretary of state" is "u.s. secretary of state"."""
    s, l = short.split(), long.split()
    if len(s) < 2 or len(s) >= len(l):
        return False
    return l[:len(s)] == s or (l[-len(s):] == s and "of" in s)


# --- labels and aliases ----------------------------------------------------------------------

def _surface(parsed: Parsed, m: Mention) -> str:
    text = " ".join(m.text.split())
    text = EX_PREFIX.sub("", _LEADING_THE.sub("", text))
    return _TRAILING_POSSESSIVE.sub("", text).strip(" ,;:\"'")


def _label(parsed: Parsed, kind: str, ms: list[Mention], gid: str, lex: Lexicon) -> str:
    doc = parsed.doc
    if kind == "person":
        titles = set(lex.offices["name_titles"])
        names = [name_without_nickname(doc[m.tok_start:m.tok_end]) for m in ms]
        full = [n for n in names if len([w for w in n.split() if w.lower() not in titles]) >= 2]
        pool = full or names
        # (a peer's "Lord Vane of Eastfield" names the person less plainly than "Tom Vane" does)
        spelt = Counter(n.split()[-1] for n in names)  # (of two spellings, the one the article writes more often)
        return max(pool, key=lambda n: (not (" of " in n and n.split()[0].lower() in titles), len(n.split()), spelt[n.split()[-1]], pool.count(n), n))
    if kind == "office":
        texts = {" ".join(m.text.split()) for m in ms}
        key = gid.split(":", 1)[1]
        if len(texts) > 1 and all(t.split()[-1] == key.upper() for t in texts):
            return key.upper()  # "Labour MP" and "Tory MP": the seat both hold
        return _office_label(ms)
    _, ikind, key = gid.split(":", 2)
    if ikind in ("party", "country", "seat"):  # the canonical name, not a "government" folded in
        return next((m.key for m in ms if m.key.startswith(ikind + ":")), ms[0].key).split(":", 1)[1]
    if ikind == "common":
        # "the Treasury", "the Senate": written capitalised inside its sentences, the body is named so
        firsts = [(m, m.tok_start + (tokens(doc)[m.tok_start].lower_ == "the")) for m in ms]
        inside = [" ".join(span_text(doc, f, m.tok_end).split()) for m, f in firsts if f > tokens(doc)[f].sent.start]
        written = [t for t in inside if t.lower() == key and t[:1].isupper()]
        # ("Vostra board": a key that keeps its owner's name keeps its capitals)
        cased = next((k for m in ms for k in [m.key.split(":", 1)[1]] if k.lower() == key and k != key), key)
        return written[0] if written and len(written) * 2 > len(inside) else cased
    # (a body is labelled by its name, not by "the agency" that points back at it)
    texts = Counter(_surface(parsed, m) for m in [m for m in ms if not m.key.startswith("common:")] or ms)
    return max(texts, key=lambda t: (len(t.split()) if not t.isupper() else 0, texts[t], t))


def _office_label(ms: list[Mention]) -> str:
    texts = [" ".join(m.text.split()) for m in ms]
    # the longest title, written as the article writes a title (capitalised) when it does
    best = max(texts, key=lambda t: (len(t), sum(c.isupper() for c in t), t))
    best = re.sub(r"(^|\s)[Ee]x-", r"\1", re.sub(r"^(?:the|The|a|A|former|Former)\s+", "", best))
    m = re.search(r"\(([A-Z][A-Za-z.]{1,9})\)\s*(.*)$", best)
    return f"{m.group(1)} {m.group(2)}".strip() if m else best


def _aliases(parsed: Parsed, ms: list[Mention], label: str, lex: Lexicon) -> set[str]:
    doc = parsed.doc
    toks = tokens(doc)
    out = {label}
    for m in ms:
        out.add(_surface(parsed, m))
        if m.type == "person":
            span = doc[m.tok_start:m.tok_end]
            nick = nickname(span)
            if nick:
                out.add(nick)
            out.add(m.key)
            out.add(name_without_nickname(span))
        if m.type == "office":
            out |= {v for v in _office_variants(m.text)} - {label.lower()}
        if m.type == "institution":
            e = m.tok_end
            # "the Ruritanian Coast Guard (RCG)": the acronym in brackets is a name of the body
            if e + 2 < len(doc) and toks[e].text == "(" and toks[e + 2].text == ")" and toks[e + 1].is_upper:
                out.add(toks[e + 1].text)
    out = {tidy(a) for a in out if a and tidy(a)}
    # keep the article's casing where a lower-cased variant duplicates it
    lowered = {a.lower() for a in out if not a.islower()}
    return {a for a in out if not (a.islower() and a in lowered)}
