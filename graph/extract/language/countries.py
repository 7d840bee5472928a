"""Countries: the ISO 3166 gazetteer (pycountry, current and historic states) with the short forms,
demonyms and seats of government that news uses for a state acting as one (graph/data/countries.json; every
other state's demonyms and seat from published tables, graph/data/demonyms.json and capitals.json).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

try:
    import pycountry
except ImportError as err:  # a venv made before pyproject.toml listed it
    raise ImportError("pycountry is missing: reinstall the project (make .venv/bin/newsgraph)") from err

__all__ = ["Countries", "build_countries"]


@dataclass(frozen=True)
class Countries:
    names: dict[str, str]  # lower-case name or alias -> canonical name
    demonyms: dict[str, str]  # lower-case "japanese", "soviets" -> canonical name
    capitals: dict[str, tuple[str, ...]]  # lower-case "bonn" -> canonical names it may stand for
    successors: dict[str, tuple[str, ...]]  # "Germany" -> ("West Germany",): the older state it may mean
    bodies: frozenset[str]  # "government", "administration": the state itself when a state's word qualifies it

    def of(self, text: str) -> str | None:
        return self.names.get(_key(text))

    def of_demonym(self, text: str) -> str | None:
        return self.demonyms.get(_key(text))

    def of_capital(self, text: str) -> tuple[str, ...]:
        return self.capitals.get(_key(text), ())


_THE = re.compile(r"^the\s+")  # (compiled once: every state lookup asks)


def _key(text: str) -> str:
    text = _THE.sub("", " ".join(text.split()).lower())
    return text.replace("’", "'")


def _iso_names(country, canonical: dict[str, str], historic: bool) -> tuple[str, set[str]]:
    name = country.name
    forms = {name, getattr(country, "common_name", None), getattr(country, "official_name", None)}
    forms = {f for f in forms if f}
    if historic and "," in name:
        # "USSR, Union of Soviet Socialist Republics", "Zaire, Republic of": short name, then long name
        head, tail = (p.strip() for p in name.split(",", 1))
        forms = {head} | ({tail} if not tail.endswith(" of") else set())
    forms = {re.sub(r"^the\s+", "", f) for f in forms if "," not in f and "(" not in f}
    label = canonical.get(name) or getattr(country, "common_name", None) or min(forms, key=len, default=name)
    return label, forms | {label}


def build_countries(data: dict, published: dict[str, list[str]] | None = None,
                    seats: dict[str, list[str]] | None = None) -> Countries:
    """The gazetteer from countries.json's `data` and, under its hand-kept demonyms and capitals, the published
    tables of state -> demonyms (`published`, graph/data/demonyms.json) and seat -> state (`seats`, capitals.json)."""
    canonical = data["canonical"]
    names: dict[str, str] = {}
    for historic, table in ((True, pycountry.historic_countries), (False, pycountry.countries)):
        for country in table:  # current states last: their names win over a withdrawn code's
            label, forms = _iso_names(country, canonical, historic)
            for f in forms:
                names[_key(f)] = label
    for label, aliases in data["aliases"].items():
        for a in [label, *aliases]:
            names[_key(a)] = label
    demonyms = {_key(d): label for label, ds in (published or {}).items() for d in ds}
    demonyms |= {_key(d): label for label, ds in data["demonyms"].items() for d in ds}
    capitals = {_key(c): tuple(labels) for c, labels in (seats or {}).items()}
    capitals |= {_key(c): tuple(labels) for c, labels in data["capitals"].items()}
    successors = {k: tuple(v) for k, v in data["successors"].items()}
    return Countries(names, demonyms, capitals, successors, frozenset(data["state_bodies"]))


# where a city or a people stands for its state: it acts or is acted on, it is not a place or a modifier
_ACTING = ("nsubj", "nsubjpass", "conj", "appos", "pobj", "dobj")


def states_named(ents, countries: Countries) -> set[str]:
    """The states an article names outright (by name, not by capital or people)."""
    return {c for ent in ents if ent.label_ in ("GPE", "LOC", "ORG") for c in [countries.of(ent.text)] if c}


def state_of(span, label: str, countries: Countries, named: set[str], acting_nouns: frozenset[str] = frozenset()) -> str | None:
    """The state a GPE, LOC, ORG or NORP span stands for: "U.K.", "the Soviets", "Washington wants", "Tokyo's plan"
    (a seat owning a stance or a policy, `acting_nouns`); None for a city mentioned as a place or a people's
    adjective ("Japanese goods", "London's streets")."""
    text = span.text
    root = span.root
    state = countries.of(text)
    if state is None and label == "GPE" and (root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "poss" and (
            root.head.lemma_.lower() in acting_nouns or root.head.lower_ in acting_nouns)):
        seats = countries.of_capital(text)
        state = next((s for s in seats if s in named), seats[0] if seats else None)
    if state is None and label == "NORP" and root.dep_ in _ACTING:
        # a people acting: "the Soviets rejected", "backed by the Japanese"; not "Soviet officials"
        before = span.doc[span.start - 1] if span.start > 0 else None
        if root.tag_ in ("NNPS", "NNS") or (before is not None and before.lower_ == "the"):
            state = countries.of_demonym(text)
    if state is None:
        return None
    # "Germany" in a story of West Germany is West Germany
    return next((s for s in countries.successors.get(state, ()) if s in named), state)


def state_of_modifiers(doc, start: int, end: int, head, countries: Countries, named: set[str]) -> str | None:
    """The state named by the words before a body noun, or after its "of": "West German government", "U.S.
    administration", "Japan's government", "the government of Sri Lanka"; None for "Labour government" or
    "coalition government"."""
    spans = [(i, j) for i in range(start, end) for j in range(min(end, i + 3), i, -1)]
    spans += [(c.i, c.i + 1) for c in head.lefts if c.dep_ == "poss"]
    spans += [(g.left_edge.i + (g.left_edge.lower_ == "the"), g.i + 1) for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.rights if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    for i, j in spans:
        text = doc[i:j].text
        state = countries.of_demonym(text) or countries.of(text)
        if state:
            return next((s for s in countries.successors.get(state, ()) if s in named), state)
    return None
