"""Institutions: mentions of one body grouped under one key, however the article names it ("the European
Commission ... the Commission", "Vale Holdings AG ... Vale Holdings", "the Electoral Commission ... the commission").

Imports graph.model and its siblings lexicon, names, nlp.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..language.lexicon import Lexicon
from ...model import Mention
from ..mentions.names import acronym
from ..language.nlp import Parsed
from ..language.tokens import children, tokens
from .epithets import epithet_words, introduced_as, state_of_epithet, state_words

# --- institutions ----------------------------------------------------------------------------

def _group_institutions(parsed: Parsed, mentions: list[Mention], lex: Lexicon):
    doc = parsed.doc
    toks = tokens(doc)
    out = []
    # explicit acronyms: "Ruritanian Coast Guard (RCG)"
    expansions: dict[str, str] = {}
    for m in mentions:
        kind, _, key = m.key.partition(":")
        e = m.tok_end
        if e + 2 < len(doc) and toks[e].text == "(" and toks[e + 2].text == ")" and toks[e + 1].is_upper:
            expansions[toks[e + 1].text] = key
        elif key.isupper() and len(key) >= 2 and (b := next((k for k in range(e, min(e + 3, len(doc))) if not toks[k].is_space), None)) \
                is not None and toks[b].text == "(":
            # "the FNPL (Federation Nationale des Producteurs de Lait)": the spelled-out name in brackets after an
            # acronym is its own, though its initials spell the acronym only with the small words counted
            for o in mentions:
                okey = o.key.partition(":")[2]
                # (one whose initials spell the acronym is found below, as anywhere in the story)
                if o.tok_start == b + 1 and o.key.startswith("org:") and len(okey.split()) >= 2 \
                        and key.replace(".", "") != acronym(okey.split()) \
                        and any(toks[k].text == ")" for k in range(o.tok_end, min(o.tok_end + 3, len(doc)))):
                    expansions[okey] = key
    # "Vale Holdings AG ... Vale Holdings": a legal form ending the name is the same company
    bases = {_without_legal_form(m.key.partition(":")[2], lex) for m in mentions if m.key.startswith("org:")}
    for m in mentions:
        kind, _, key = m.key.partition(":")
        if kind == "org" and _without_legal_form(key, lex) in bases - {key}:
            key = _without_legal_form(key, lex)
        if kind in ("org", "gpe", "norp", "fac", "loc"):
            key = re.sub(r"['’]s$", "", EX_PREFIX.sub("", key))  # "ex-Kestrel Bank chief": the bank
            if key in expansions:
                key = expansions[key]
            elif key.isupper() and len(key) >= 2:
                for other in mentions:
                    okind, _, okey = other.key.partition(":")
                    # "International Business Machines Corp" is "IBM": the legal form has no letter in it
                    if okind == "org" and key.replace(".", "") in (acronym(okey.split()),
                                                                   acronym(_without_legal_form(okey, lex).split())):
                        key = okey
                        break
                else:
                    key = _spelt_out(key, mentions, lex) or key
            elif kind == "org" and re.fullmatch(r"[A-Z][A-Za-z&]{1,5}", key):
                key = _spelt_out(key, mentions, lex) or key
            key = re.sub(r"\s+Party$", "", key) if kind == "org" else key
            kind = "org" if kind == "org" else kind
        if kind == "common":
            # "ministers" acting together are the government
            key = lex.institutions["collective"].get(key.lower(), key)
        gid = f"institution:{kind}:{key.lower()}"
        out.append((m, gid, kind))
    return _fold_short_names(out)


def _spelt_out(key: str, mentions, lex: Lexicon) -> str | None:
    """The one longer name of the story a short form spells by its initials in other ways news writes them:
    with its small words ("BoV", Bank of Vale; "DfRH"), an ampersand ("H&L", Harper & Lowe), in title case
    ("Wrpa", Welsh Rivers Protection Agency), or without the kind of body that ends the name ("HDW",
    Harbour and Dock Workers Union). Only names of three words or more (two joined by "&"), so that a
    short word is not read as initials by chance."""
    short = key.replace(".", "").replace("&", "").lower()
    kinds = lex.institutions["kinds"]
    found = set()
    for m in mentions:
        okind, _, okey = m.key.partition(":")
        words = [w for w in okey.replace("&", " ").split() if w[:1].isalpha()]
        if okind != "org" or okey == key or len(words) < (2 if "&" in key else 3):
            continue
        caps = [w for w in words if w[:1].isupper()]
        # (all small words, or all but "and" and "the": "BoV", "DfRH")
        forms = {acronym(caps).lower(), "".join(w[0] for w in words).lower(),
                 "".join(w[0] for w in words if w.lower() not in ("and", "the")).lower()}
        if caps and (caps[-1].lower() in kinds or caps[-1].lower() in lex.institutions["remit_heads"]):
            forms.add(acronym(caps[:-1]).lower())
        if short in forms and len(short) >= 2:
            found.add(okey)
    return found.pop() if len(found) == 1 else None


def _fold_short_names(assigned):
    """ "the European Commission ... the Commission", "Hale Bank AG ... Hale", "the U.S. Senate ... the Senate":
    an organisation named by the first or last words of the one longer name of the article that begins or ends
    with them is that organisation, and so is one named by a clipping of that name's first word ("the Federal
    Reserve ... the Fed"). Two longer names that could be meant ("Electoral Commission", "European
    Commission") leave the short one alone."""
    keys = {gid.split(":", 2)[2] for _, gid, kind in assigned if kind == "org"}
    fold = _written_variants(keys, Counter(gid.split(":", 2)[2] for _, gid, kind in assigned if kind == "org"))
    keys -= set(fold)
    for short in keys:
        words = short.split()
        n = len(words)
        # ("the Federal Reserve ... the Fed": a name clipped to the head of its first word, as English clips; a short
        # word only: "Congress" is no clipping of "Congressional Budget Office")
        clipped = n == 1 and 3 <= len(short) <= 4
        longer = [k for k in keys if len(k.split()) > n and (k.split()[:n] == words or k.split()[-n:] == words or clipped
                                                             and k.split()[0].startswith(short) and len(k.split()[0]) >= len(short) + 3)]
        if len(longer) == 1:
            fold[short] = longer[0]
    out = []
    for m, gid, kind in assigned:
        key = gid.split(":", 2)[2]
        if kind == "org" and key in fold:
            target = fold[key]
            while target in fold:  # "Senate" -> "U.S. Senate" -> ... the longest
                target = fold[target]
            gid = f"institution:org:{target}"
        out.append((m, gid, kind))
    return out


# "Ex-" joined to a body's name marks a former post ("Ex-Kestrel Bank chief"), no part of the name
EX_PREFIX = re.compile(r"^[Ee]x-(?=[A-Z])")
# the small words a body's name is written with or without: "Institute of / for Rural Studies"
_SMALL_WORDS = frozenset(("of", "for", "the", "and", "&", "on", "in"))


def _written_variants(keys: set[str], counts: Counter) -> dict[str, str]:
    """ "MediaVest ... Media Vest", "Institute of Rural Studies ... Institute for Rural Studies", "PCS Union ...
    Public and Civil Services Union": one organisation the article writes two ways, with or without spaces,
    hyphens, stops or small words, or with its name but the kind of body in initials. The way written more often
    is its name. On the 2,217 corpus articles this joined 10 pairs, all one body."""
    def loose(key: str) -> str:
        return re.sub(r"[^a-z0-9]", "", "".join(w for w in key.split() if w not in _SMALL_WORDS))

    alike: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys):
        alike[loose(k)].append(k)
    fold = {k: keep for group in alike.values() if len(group) > 1
            for keep in [max(group, key=lambda k: (counts[k], len(k), k))] for k in group if k != keep}
    for short in sorted(keys):
        w = short.split()
        if len(w) == 2 and w[0].isalpha() and 2 <= len(w[0]) <= 5:
            longer = [k for k in keys if k != short and k.split()[-1] == w[1] and len(k.split()) >= 3
                      and "".join(x[0] for x in k.split()[:-1] if x not in _SMALL_WORDS) == w[0]]
            if len(longer) == 1:
                fold[short] = longer[0]
    return fold


# Kinds of body of which a story has one: "the military", "the top brass" are the one armed force named.
_SINGLE_KINDS = ("military", "police", "intelligence")


def _body_kind(words: list[str], lex: Lexicon) -> str:
    kinds = lex.institutions["kinds"]
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            kind = kinds.get(" ".join(words[i:i + n]).lower())
            if kind and (n == 2 or i == len(words) - 1):
                return kind
    return ""


def _without_legal_form(key: str, lex: Lexicon) -> str:
    """ "Vale Holdings AG" -> "Vale Holdings", "Vale and Co Inc" -> "Vale"."""
    forms = lex.words("institutions", "legal_forms")
    words = key.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in forms:
        words.pop()
        if len(words) > 1 and words[-1].lower() in ("and", "&"):
            words.pop()
    return " ".join(words)


def _names_a_kind(words: list[str], lex: Lexicon) -> bool:
    """A word or pair of words of the name is a kind of body ("committee", "supreme court")."""
    kinds = lex.institutions["kinds"]
    return any(w in kinds for w in words) or any(f"{a} {b}" in kinds for a, b in zip(words, words[1:]))


def _merge_generic_bodies(parsed: Parsed, assigned, lex: Lexicon):
    """Fold common-noun mentions of an armed force, police or intelligence service into the one named body of
    that kind, when the article names exactly one."""
    assigned = list(assigned)
    named: dict[str, set[str]] = defaultdict(set)
    for m, gid, kind in assigned:
        if kind == "org":
            k = _body_kind(m.key.split(":", 1)[1].split(), lex)
            if k in _SINGLE_KINDS:
                named[k].add(gid)
    # "the South Korean government ... the government": with one state's government named, the bare
    # "government" is that state's
    bodies = lex.countries.bodies
    governing = {gid for m, gid, kind in assigned if kind == "country" and set(m.text.lower().split()) & bodies}
    # with none or several named, the state of the dateline ("OSLO, May 2 - ... the government said"), where the
    # story is, when the article names that state
    if len(governing) != 1:
        home = dateline_state(parsed, lex)
        home = home and f"institution:country:{home.lower()}"
        governing = {home} if any(gid == home for _, gid, _ in assigned) else governing
    out = []
    for m, gid, kind in assigned:
        if kind == "common":
            k = _body_kind(m.text.split(), lex)
            if k in _SINGLE_KINDS and len(named.get(k, ())) == 1:
                gid, kind = next(iter(named[k])), "org"
            # ("local authorities", "the regional government": a tier below the state, no state acting)
            elif len(governing) == 1 and gid.split(":", 2)[2] in bodies \
                    and not set(m.text.lower().split()) & set(lex.institutions["below_state_tiers"]):
                gid, kind = next(iter(governing)), "country"
        out.append((m, gid, kind))
    return out


# "OSLO, May 2 - ": a place in capitals opening a line of the story's first lines, then a date
# ("LYON, FRANCE, June 12 -", "DAYTON, Ohio, June 2 -": the place with its state or country)
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'\- ]{1,30}[A-Z.](?:,[ \t]*[A-Z][A-Za-z.'\- ]{1,20}[A-Za-z.])?),"
                       r"[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*[-\u2013\u2014]",
                       re.MULTILINE)


def _dateline_span(parsed: Parsed) -> tuple[int, int] | None:
    m = _DATELINE.search(parsed.article.text[:400])
    return m.span(1) if m else None


def dateline(parsed: Parsed, m: Mention) -> bool:
    """The mention is the place a story was filed from ("OSLO, May 2 - "): no act of its state's."""
    span = _dateline_span(parsed)
    return span is not None and span[0] <= m.start and m.end <= span[1]


def dateline_token(parsed: Parsed, i: int) -> bool:
    """Token i is part of the dateline's place."""
    span = _dateline_span(parsed)
    if span is None:
        return False
    s, e = parsed.tokens_span(i, i + 1)
    return span[0] <= s and e <= span[1]


def dateline_state(parsed: Parsed, lex: Lexicon) -> str | None:
    """The state of the dateline's place, by name or seat of government: where the story is."""
    span = _dateline_span(parsed)
    if span is None:
        return None
    place = parsed.article.text[span[0]:span[1]]
    country = place.split(",")[-1].strip()  # ("LYON, FRANCE": the country it is in, where named)
    return lex.country_of(place) or lex.country_of(country) or next(iter(lex.countries.of_capital(place)), None)


def _described_bodies(parsed: Parsed, assigned, lex: Lexicon):
    """ "the Electoral Commission ... the commission", "Save the Valleys ... the group": a bare definite body
    noun that is an actor word of its own points back to the body of its sort named last before it (a body
    whose name ends in the word; for "the group" any organisation of the last few sentences)."""
    doc = parsed.doc
    toks = tokens(doc)
    sorts = lex.institutions["described_bodies"]
    out = []
    named: list[tuple[Mention, str]] = []
    described = lex.institutions["described_heads"]
    organs = lex.institutions["state_organs"]
    org_at = {i: gid for m, gid, kind in assigned if kind == "org" for i in range(m.tok_start, m.tok_end)}
    for m, gid, kind in assigned:
        key = m.key.split(":", 1)[1] if kind == "common" else ""
        word = toks[m.tok_start].lower_ if m.tok_end - m.tok_start == 1 else ""
        if key in lex.institutions["portfolio_heads"]:
            word = key  # "the select committee": a sort of committee, which one unsaid
        same = sorted((o.tok_start, g) for o, g, k in named if k == "common" and o.tok_start < m.tok_start
                      and doc[o.tok_start:o.tok_end].root.lower_ == word) if word in described and kind == "common" else []
        organ = key if key in organs else ""
        if organ and m.tok_start > 0 and toks[m.tok_start - 1].lower_ == "the":
            # "the Bundesbank ... the central bank", "Brazil's central bank ... the central bank": the one named last
            same = sorted((o.tok_start, g, k) for o, g, k in named if o.tok_start < m.tok_start and (
                k == "common" and g.endswith(" " + organ) or k == "org" and _central_bank(g.split(":", 2)[2], lex)))
            if same:
                _, gid, kind = same[-1]
        elif same and toks[m.tok_start - 1].lower_ == "the":
            gid = same[-1][1]  # "the appeals panel ... the panel": the body described last by that noun
        if kind == "common" and any(m.key.endswith(" " + o) for o in organs):
            # "Chile's central bank, the Banco Austral," / "the Riksbank, Sweden's central bank,": one body
            root = doc[m.tok_start:m.tok_end].root
            apposed = [c.i for c in children(root) if c.dep_ == "appos"] + ([root.head.i] if root.dep_ == "appos" else [])
            # (the parser may hang the name on another noun: the name right after the comma is the one apposed)
            if m.tok_end + 1 < len(doc) and toks[m.tok_end].text == ",":
                apposed.append(m.tok_end + 1 + (toks[m.tok_end + 1].lower_ == "the"))
            if m.tok_start >= 2 and toks[m.tok_start - 1].text == "," and m.tok_end < len(doc) and toks[m.tok_end].text in (",", ".", ";", ")"):
                apposed.append(m.tok_start - 2)
            # (not one of a list: "Kestrel Bank, Chile's central bank and the ministry")
            listed = root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in children(root))
            org = None if listed else next((org_at[i] for i in apposed if i in org_at), None)
            if org:
                gid, kind = org, "org"
        elif kind == "common" and m.tok_start > 0 and toks[m.tok_start - 1].lower_ == "the" \
                and sorts.get(word) == "named":
            for other, ogid, okind in reversed(named):
                if okind == "org" and _named_for(other, word):
                    gid, kind = ogid, "org"
                    break
                if okind == "common" and word in lex.institutions["portfolio_heads"] \
                        and other.key.split(":", 1)[1].endswith(" " + word):
                    gid = ogid  # "Norway's fisheries ministry ... the ministry": the one of a field named last
                    break
        elif kind == "common" and m.tok_start > 0 and toks[m.tok_start - 1].lower_ == "the" \
                and sorts.get(doc[m.tok_start:m.tok_end].root.lower_) == "body":
            # "the group", "the cross-party group": the organisation or group named last, in the last few sentences
            # a group the article has named with that noun before wins over a name NER guessed at
            word = doc[m.tok_start:m.tok_end].root.lower_
            same = [(g, k) for o, g, k in named if k == "common" and doc[o.tok_start:o.tok_end].root.lower_ == word]
            state = state_of_epithet(doc, m, lex)
            # "the German group": a body tied to that state, or none; "the watchdog": the one the story called so
            words = state_words(state, lex) if state else epithet_words(word, lex)
            called = [(g, k) for o, g, k in named if k == "org" and introduced_as(doc, o, words)] if words else []
            orgs = [(g, k) for o, g, k in named if k == "org" and o.sent >= m.sent - 3 and _society_like(o, lex)]
            if same or called or (orgs and not state):
                gid, kind = (same or called or orgs)[-1]
        if kind in ("org", "common"):
            named.append((m, gid, kind))
        out.append((m, gid, kind))
    return _lead_bodies(parsed, _one_of_a_field(out, lex), lex)


def _one_of_a_field(out: list, lex: Lexicon) -> list:
    """ "A committee of MPs has warned ... the environment select committee said": a story that names one committee
    (one ministry) by its field speaks of that one wherever it leaves the field unsaid, before the name as after."""
    fields: dict[str, set[str]] = {}
    for m, gid, kind in out:
        key = gid.split(":", 2)[-1] if kind == "common" else ""
        head = key.rsplit(" ", 1)[-1]
        # ("Japanese banks rejected the plan ... the banks said": a plural named by the people it is of, its
        # capitals kept, mentions.body_keys.common_key)
        written = m.key.split(":", 1)[1] if m.key.startswith("common:") else key
        plural = head.endswith("s") and head not in lex.offices["plural_heads"]  # (a party's MPs are no people's)
        peoples = plural and key != head and written.split()[0][:1].isupper()
        if head in lex.institutions["portfolio_heads"] or peoples or plural and key == head:
            fields.setdefault(head, set()).add(gid if key != head else "")
    named = {head: next(iter(gids - {""})) for head, gids in fields.items() if "" in gids and len(gids) == 2}
    return [(m, named.get(gid.split(":", 2)[-1], gid) if kind == "common" else gid, kind) for m, gid, kind in out]


def _central_bank(name: str, lex: Lexicon) -> bool:
    """A named central bank: "Bundesbank", "Federal Reserve", "Swiss National Bank" (institutions.json
    central_bank_words), or "Bank of" / "Banque de" a state ("Bank of Japan", "Banque de France")."""
    low = name.lower()
    words = low.replace("-", " ").split()  # ("Hessen-Bundesbank": a word of a hyphened name counts)
    if any(w in words or " " in w and w in low for w in lex.institutions["central_bank_words"]):
        return True
    rest = next((low[len(p):] for p in ("bank of ", "banque de ", "banco de ", "banca d'") if low.startswith(p)), None)
    return bool(rest) and bool(lex.country_of(rest.strip()))


def _lead_bodies(parsed: Parsed, assigned, lex: Lexicon):
    """ "Fares must rise, the rail regulator has said. In a letter, the Office of Rail Fares says ...": a lead
    names the body by its sort, the story by its name, in one of the next two sentences, before
    any other body is named."""
    doc = parsed.doc
    sorts = lex.institutions["described_bodies"]
    orgs = [(m, gid) for m, gid, kind in assigned if kind == "org"]
    if not orgs:
        return assigned
    first = orgs[0][0]
    # ("A cross-party group of MPs drew up the plan. The group backed it": a body the story described before its
    # bare description is that body, not the organisation named next)
    opened: dict[str, Mention] = {}
    for m, gid, kind in assigned:
        opened.setdefault(gid, m)
    lead = {gid for m, gid, kind in assigned if kind == "common" and opened[gid] is m and m.tok_end <= first.tok_start
            and m.tok_start > 0 and tokens(doc)[m.tok_start - 1].lower_ == "the"
            and sorts.get(doc[m.tok_start:m.tok_end].root.lower_) in ("body", "named")
            # "the Treasury" is the name of a body of its own, not a description waiting for one
            and not doc[m.tok_start:m.tok_end].root.text[:1].isupper()
            and first.sent <= m.sent + 2
            # "the ministry" or "the council" is one whose name says so ("the Finance Ministry", "the Council of X"),
            # never the firm or union named next; "the watchdog" any society but a ministry, court or parliament
            and (_named_for(first, doc[m.tok_start:m.tok_end].root.lower_) if sorts.get(doc[m.tok_start:m.tok_end].root.lower_) == "named"
                 else _society_like(first, lex))}
    return [(m, orgs[0][1], "org") if gid in lead else (m, gid, kind) for m, gid, kind in assigned]


def _named_for(m: Mention, word: str) -> bool:
    """ "the Finance Ministry" or "the Ministry of Finance" for "the ministry": the word is the name's head."""
    words = m.key.split(":", 1)[1].lower().split()
    return words[-1:] == [word] or words[:2] == [word, "of"]


def _society_like(m: Mention, lex: Lexicon) -> bool:
    """An organisation whose name says no public body: "the group" is no parliament, ministry or court."""
    kinds = lex.institutions["kinds"]
    return all(kinds.get(w) in (None, "company", "body", "group") for w in m.key.split(":", 1)[1].lower().split())
