"""The package's knowledge of English news language, loaded from the JSON files in graph/data/.

Nothing here is specific to one article: these are lexicons of office titles, institution
kinds, stance cues and policy nouns that hold for news writing in general.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from .countries import Countries, build_countries

__all__ = ["Lexicon", "load_lexicon"]


def _data(name: str) -> dict:
    return json.loads(resources.files("graph").joinpath("data", name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Lexicon:
    offices: dict
    institutions: dict
    stance: dict
    positions: dict

    @property
    def office_heads(self) -> frozenset[str]:
        return frozenset(self.offices["heads"])

    @cached_property
    def title_modifiers(self) -> frozenset[str]:
        """Words before a title that are no part of it: a past or a passing tenure ("former", "the then", "acting";
        offices.json former_words and tenure_words)."""
        return self.words("offices", "former_words") | self.words("offices", "tenure_words")

    @cached_property
    def honorifics(self) -> frozenset[str]:
        """Every style of address before a name, lower case without its final stop ("mr", "rt hon", "lord"): the
        one list, offices.json honorifics and name_titles (gender.json only says the sex some of them tell)."""
        return frozenset(h.rstrip(".") for h in self.offices["honorifics"] + self.offices["name_titles"])

    @cached_property
    def gender(self) -> dict[str, dict[str, str]]:
        """Genders ("m" or "f") of pronouns, honorifics and given names (gender.json), read on first use."""
        data = _data("gender.json")
        names = {n: "m" for n in data["male_names"]} | {n: "f" for n in data["female_names"]}
        return {"pronouns": data["pronouns"], "honorifics": data["honorifics"], "names": names}

    @cached_property
    def outlets(self) -> dict:
        """News titles, wire agencies and the words that make a name one (outlets.json), read on first use."""
        return _data("outlets.json")

    @cached_property
    def markets(self) -> dict:
        """What a market does or a firm finds, said in a stance's words with no side (markets.json), read on first use."""
        return _data("markets.json")

    @cached_property
    def undoing_or_ousting(self) -> frozenset[str]:
        """The verbs of a wished passive that are against what they act on (positions.json wished_states undo and
        oust): "wanted the levy scrapped", "wants Kent sacked"."""
        states = self.positions["wished_states"]
        return frozenset(states["undo"]) | frozenset(states["oust"])

    @cached_property
    def policy_acts(self) -> frozenset[str]:
        """Verbs of an act of policy done to a thing: bringing in or undoing it, cutting or raising it, the acts of
        stance.json policy_act_verbs, replacing or lifting it (positions.json deontic bring_in and undo, wished_states
        undo): "plans to cut fuel duty", "promised to build homes", "to scrap the levy"."""
        st, deontic = self.stance, self.positions["deontic"]
        return frozenset().union(st["decrease_verbs"], st["increase_verbs"], st["policy_act_verbs"],
                                 deontic["bring_in"], deontic["undo"], self.positions["wished_states"]["undo"])

    @cached_property
    def counted_groups(self) -> dict[str, int]:
        """The words that count a described group and how many (reference.json counted_groups, each 'word:number')."""
        return {w: int(n) for w, n in (x.split(":") for x in self.reference["counted_groups"])}

    @cached_property
    def _word_sets(self) -> dict[tuple[str, str], frozenset[str]]:
        return {}

    @cached_property
    def negative_phrase_in(self):
        """Whether a text holds a phrase of stance.json negative_phrases (any(p in text for p in them)), in one scan of
        the text instead of one per phrase."""
        phrases = self.stance["negative_phrases"]
        search = re.compile("|".join(map(re.escape, phrases)) if phrases else "(?!)").search
        return lambda text: search(text) is not None

    def words(self, table: str, key: str) -> frozenset[str]:
        """A word list of a lexicon table as a set, made once ("stance", "speech"): rules test membership per
        token, and the lists stay lists in the data (their order is what iteration sees)."""
        found = self._word_sets.get((table, key))
        if found is None:
            found = self._word_sets[(table, key)] = frozenset(getattr(self, table)[key])
        return found

    @cached_property
    def conduct_idioms(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """stance.json `conduct_idioms` by their verb's lemma: (the idiom's other words, relation) for each ("drag
        foot": ("foot",); "not add up": ("not", "up"))."""
        index: dict[str, list] = {}
        for phrase, relation in self.stance["conduct_idioms"].items():
            words = phrase.split()
            verb = next(w for w in words if w != "not")
            index.setdefault(verb, []).append((tuple(w for w in words if w != verb), relation))
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def idioms(self) -> dict[str, tuple[tuple[str, tuple[str, ...], str | None, bool, str], ...]]:
        """stance.json `idioms` by their key noun: (verb, the idiom's other words, the preposition whose object is
        the target or None, whether the target comes before the noun, relation) for each ("pour scorn on _",
        "give _ the green light"): the key noun is the idiom's last word that is no particle."""
        index: dict[str, list] = {}
        particles = set(self.stance["idiom_particles"])
        for phrase, relation in self.stance["idioms"].items():
            words = phrase.split()
            slot = words.index("_")
            prep = words[slot - 1] if slot == len(words) - 1 else None
            rest = [w for w in words[1:slot - 1 if prep else None] if w != "_"]
            noun = next(w for w in reversed(rest) if w not in particles)
            others = tuple(w for i, w in enumerate(rest) if i != len(rest) - 1 - rest[::-1].index(noun))
            index.setdefault(noun, []).append((words[0], others, prep, slot < len(words) - 1, relation))
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def reference(self) -> dict[str, frozenset[str]]:
        """Words that decide what another word stands for (reference.json): pronouns, copulas, spokes nouns."""
        return {k: frozenset(v) for k, v in _data("reference.json").items() if not k.startswith("_")}

    @cached_property
    def body_nouns(self) -> frozenset[str]:
        """Nouns that say a name before or beside them is an organisation's ("UK bank Kestrel", "Osprey, the
        insurer,"): the kinds of body, the described bodies but a country, WordNet's organisation nouns and the
        industries' agent nouns (institutions.json)."""
        inst, o = self.institutions, self.offices
        # (not a title a person holds: "chief executive Ann Vale")
        titles = {w for w in o["heads"] + o["occupations"] + o["name_titles"] + o["ranks"] if " " not in w}
        return (frozenset(k for k in inst["kinds"] if " " not in k)
                | frozenset(k for k, v in inst["described_bodies"].items() if v != "country")
                | frozenset(inst["organisation_nouns"]) | frozenset(inst["industry_nouns"])) - titles

    @cached_property
    def _parties(self) -> dict[str, str]:
        return _alias_index(self.institutions["parties"])

    @cached_property
    def seats(self) -> dict[str, str]:
        """Seats of power by alias ("no. 10" -> the body that sits there), built once; a street's with the press's
        abbreviation of Street ("Downing St")."""
        index = _alias_index(self.institutions["seats"])
        return index | {a[:-len("street")] + short: c for a, c in index.items() if a.endswith(" street") for short in ("st", "st.")}

    @cached_property
    def _unions(self) -> dict[str, str]:
        return _alias_index(self.institutions["unions_of_states"])

    @property
    def party_aliases(self) -> dict[str, str]:
        """Every party's names by alias in lower case ("tories" -> "Conservative Party"), built once."""
        return self._parties

    def party_of(self, text: str) -> str | None:
        """The canonical party name for a surface form ("Tories" -> "Conservative Party")."""
        return self._parties.get(text.lower())

    @cached_property
    def countries(self) -> Countries:
        """The gazetteer of states, built on first use (it reads pycountry's tables)."""
        return build_countries(_data("countries.json"), _data("demonyms.json")["demonyms"], _data("capitals.json")["capitals"])

    def country_of(self, text: str) -> str | None:
        """The canonical name of a state or union acting as one ("U.K." -> "United Kingdom")."""
        return self._unions.get(text.lower()) or self.countries.of(text)


def _alias_index(table: dict) -> dict[str, str]:
    return {a.lower(): canon for canon, aliases in table.items() for a in aliases}


class _Words(list):
    """A word list of the data that answers `in` from a set: the rules ask `word in st["speech"]` of token after
    token, and a list is scanned item by item; the lists stay lists (their order is what iteration sees)."""

    __slots__ = ("_set",)

    def __init__(self, words=()):
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, item) -> bool:
        try:
            return item in self._set
        except TypeError:  # an unhashable item is in no word list
            return list.__contains__(self, item)


def _word_lists(value):
    """The data's lists of words as _Words, at any depth."""
    if isinstance(value, dict):
        return {k: _word_lists(v) for k, v in value.items()}
    if isinstance(value, list) and len(value) >= 8 and all(isinstance(w, str) for w in value):
        return _Words(value)
    return value


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return Lexicon(offices=_word_lists(_data("offices.json")), institutions=_word_lists(_data("institutions.json")),
                   stance=_word_lists(_data("stance.json")), positions=_word_lists(_data("positions.json")))
