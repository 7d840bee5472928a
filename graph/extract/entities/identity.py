"""Which nodes of different articles are one real thing: people merged on evidence, positions that look alike.

Ids already carry most of the identity (graph.scope mints them): the same id in two articles is one
node. What ids cannot tell is decided here, over the names a whole corpus uses:

- people: "Mary A. Vance" and "Mary Vance" agree on first name and surname; "Vance" or "President
  Vance" (a surname alone) is the one full name of the corpus with that surname, and stays apart when
  two full names carry it ("Tom Lund", "Ann Lund"). Two full names that differ never merge.
- positions scoped to their articles with the same name ("deal" here and there) are look-alikes,
  linked with skos:closeMatch by the corpus graph, never merged.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .resolve import slug
from ..language.lexicon import load_lexicon
from .scope import scope_tail

__all__ = ["corpus_merges", "article_merges", "person_merges", "person_context", "look_alikes", "surname_alone"]

_SUFFIXES = frozenset("jr sr ii iii iv".split())


def corpus_merges(graphs) -> dict[str, str]:
    """The person merges of a corpus, from its article graphs (an iterable, read once)."""
    return article_merges((g.article.name, [(e.id, e.type, e.label) for e in g.entities],
                           [(s.subject, s.relation, s.object) for s in g.statements]) for g in graphs)


def article_merges(articles) -> dict[str, str]:
    """The person merges of a corpus from what each of its articles names: (article name, its nodes as
    (id, type, label), its statements as (subject, relation, object)), an iterable read once. The corpus graph
    (corpus_merges) and the views of several built graphs (graph.io.readers.merge_graphs, `analyze`) both merge
    here: one corpus, one way of merging its people."""
    people: dict[str, Counter] = defaultdict(Counter)
    offices: dict[str, Counter] = defaultdict(Counter)
    places: set[str] = set()
    triples: set[tuple[str, str, str]] = set()
    named: dict[str, set[str]] = {}
    for name, nodes, statements in articles:
        ids = set()
        for eid, kind, label in nodes:
            ids.add(eid)
            if kind == "person":
                people[eid][label] += 1
            elif kind == "office":
                offices[eid][label] += 1
            elif kind == "institution":
                places.add(label.lower())
        triples.update(statements)
        named[name] = ids
    labels = {eid: c.most_common(1)[0][0] for eid, c in offices.items()}
    return person_merges(dict(people), person_context(sorted(triples), labels, named), places=places)


def person_merges(people: dict[str, Counter], context: dict[str, set] | None = None, *,
                  places: set[str] = frozenset()) -> dict[str, str]:
    """Person ids to merge: {id: canonical id}.

    `people` maps each person id to a Counter of its labels. Full names merge when they agree on
    first name and surname, middle names agreeing where both have one ("Mary A. Vance" and "Mary
    B. A. Vance" stay apart; a name without a middle part joins only when every named variant agrees);
    the canonical id is the most frequent variant's. A surname alone then joins the one full name of
    the corpus that carries it, never one of two; with `context` (person id -> what the articles say
    of them: see `person_context`) it must also share something with that full name: a title
    ("President Chavez", "Venezuelan President Hugo Chavez"), a body, a co-actor or a named position.
    A surname in a corpus of partial names is weak evidence on its own: "Mr Gates" is not "Ben Gates".
    """
    groups: dict[tuple, list[tuple[str, tuple]]] = defaultdict(list)
    for pid, labels in people.items():
        parts = _name_parts(labels.most_common(1)[0][0])
        if parts:
            first, middle, last = parts
            groups[(first, last)].append((pid, middle))
    merges: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        middles = {m for _, m in members if m}
        if len(middles) > 1 and not _compatible(middles):
            continue  # two different middle names: two people who share first name and surname
        if context is not None and any(len(w) > 1 for m in middles for w in m) and len(middles) < len(members):
            # "Chris Jones" beside "Chris Rhys Jones": a missing middle initial is usual, a missing name is not
            # evidence enough without something the two share
            shared = set.intersection(*(context.get(pid, set()) for pid, _ in members))
            if not shared:
                continue
        ids = [pid for pid, _ in members]
        canonical = max(ids, key=lambda pid: (sum(people[pid].values()), len(pid), pid))
        for pid in ids:
            if pid != canonical:
                merges[pid] = canonical
    # a surname alone: the full names of the corpus that carry it, after the merges above
    carriers: dict[str, set[str]] = defaultdict(set)
    for pid, labels in people.items():
        top = labels.most_common(1)[0][0]
        words = _words(top)
        if len(words) >= 2 and "," not in top:
            carriers[slug(words[-1])].add(merges.get(pid, pid))
    lex = load_lexicon()
    peerage = set(lex.offices["name_titles"])
    for pid, labels in sorted(people.items()):
        top = labels.most_common(1)[0][0]
        words = _words(top)
        # "Lord Cullen" is how a peer is named, not a title before the surname of "Martin Cullen";
        # "England" that NER took for a person is a country or a team the corpus names as a body
        if len(words) != 1 or pid in merges or top.split()[0].lower() in peerage or lex.countries.of(words[0]) \
                or words[0].lower() in places:
            continue
        owners = carriers.get(slug(words[0]), set()) - {pid}
        if len(owners) != 1:
            continue
        owner = next(iter(owners))
        if context is not None:
            theirs = set().union(*(context.get(p, set()) for p in [owner, *[q for q, c in merges.items() if c == owner]]))
            if not context.get(pid, set()) & theirs:
                continue
        merges[pid] = owner
    return merges


def person_context(statements, labels: dict[str, str], articles: dict[str, set[str]] | None = None) -> dict[str, set]:
    """What the articles say of each person, to weigh a surname-alone merge.

    From `statements` ((subject, relation, object) over all articles; `labels` maps office ids to
    labels): the head word of each title held ("president"), each body joined, each co-actor and
    each position shared across articles. From `articles` (article -> ids of its nodes): the named
    things (ids shared across articles) each person's articles also name, when few articles name
    them ("Kestrel Rovers" beside "Vance" and "Mary Vance"; never "United States").
    """
    out: dict[str, set] = defaultdict(set)
    for subject, relation, obj in statements:
        if not subject.startswith("person/"):
            continue
        if relation == "holds":
            words = labels.get(obj, obj).lower().split()
            if words:
                out[subject].add(("title", words[-1]))
        elif relation == "member_of" or not obj.startswith("position/"):
            out[subject].add(("with", obj))
            if obj.startswith("person/"):
                out[obj].add(("with", subject))
        elif obj.count("/") == 1:  # a named position, shared across articles
            out[subject].add(("on", obj))
    if articles:
        named = {a: {e for e in ids if e.count("/") == 1} for a, ids in articles.items()}
        frequency = Counter(e for ids in named.values() for e in ids)
        rare = max(2, len(named) // 50)  # named in at most 2% of the articles: telling, not commonplace
        for ids in named.values():
            telling = {("in", e) for e in ids if frequency[e] <= rare}
            for person in ids:
                if person.startswith("person/"):
                    out[person] |= telling - {("in", person)}
    return out


def surname_alone(label: str) -> bool:
    """A name of one word once honorifics are left out: "Vance", "Mr Moss"."""
    return len(_words(label)) == 1


def _words(label: str) -> list[str]:
    """The words of a name without honorifics and suffixes: "Dr John Reid Jr" -> ["John", "Reid"]."""
    words = label.replace(".", ". ").split()
    honorifics = load_lexicon().honorifics
    while words and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    while len(words) > 2 and words[-1].lower().rstrip(".,") in _SUFFIXES:
        words = words[:-1]  # "John Smith Jr"; but "Richard III" is a king, not a surname alone
    return [w.strip(",") for w in words if w.strip(",.")]


def _name_parts(label: str) -> tuple[str, tuple[str, ...], str] | None:
    words = [w for w in slug(label).split("-") if w]
    honorifics = load_lexicon().honorifics
    while words and words[0] in honorifics:
        words = words[1:]
    suffix = words[-1] if words and words[-1] in _SUFFIXES else ""
    if suffix:
        words = words[:-1]
    if len(words) < 2:
        return None
    return words[0], tuple(words[1:-1]), words[-1] + (f"-{suffix}" if suffix else "")


def _compatible(middles: set[tuple[str, ...]]) -> bool:
    """Middle names that can all be one person's: equal, or initials of the same names ("w" ~ "walker")."""
    items = sorted(middles, key=len)
    base = max(items, key=lambda m: (len(m), sum(map(len, m))))
    return all(len(m) == len(base) and all(b.startswith(a) or a.startswith(b) for a, b in zip(m, base))
               for m in items)


def look_alikes(position_ids) -> list[tuple[str, str]]:
    """(position, the one it looks like): positions of different articles with one name, each linked to the
    first of its group (sorted), so a group of n is n - 1 links, never n squared."""
    groups: dict[str, list[str]] = defaultdict(list)
    for pid in sorted(position_ids):
        groups[scope_tail(pid)].append(pid)
    return [(pid, members[0]) for members in groups.values() if len(members) > 1 for pid in members[1:]]
