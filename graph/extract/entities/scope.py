"""Identity across articles: whose office a title names, and which positions are the same policy elsewhere.

Ids are minted here so that every reader that merges graphs by node id (the corpus graph, `analyze`,
a SPARQL union of many files) merges only what is one real thing:

- An office named with its organisation or country ("WorldCom chief executive", "US Secretary of
  State", "Israeli Prime Minister") keeps the id of that name, one node across articles. A bare
  generic title ("chief executive", "President") takes the organisation its holder belongs to in the
  article ("Marks & Spencer's chief executive", or a `member_of` a company), else it is scoped to
  the article: `office/<article>/chief-executive`. The bare title stays an alias, so a reader (and
  the scorer) still finds the node by it.
- A position keeps a corpus-wide id only on evidence that it names one policy: a proper name
  ("Kyoto treaty", "Human Rights Act") or a specific phrase of several content words ("full military
  takeover of the port"). A generic one ("deal", "the plan", "price cuts") or a clause is scoped to its
  article; the corpus graph links look-alikes with skos:closeMatch instead of merging them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from .resolve import Resolution, slug
from ..language.syntax import is_subject
from ..language.lexicon import Lexicon
from ...model import Entity, Statement
from ..language.tokens import tokens

__all__ = ["article_scoped", "scope_tail", "scope_offices", "acting_offices", "post_aliases", "definite_title",
           "is_bare_title", "position_is_named", "position_id", "another_post"]

# named-entity labels that make a phrase the name of one thing ("the Kyoto treaty", "the Channel Tunnel rail link")
_NAMED = frozenset(("LAW", "ORG", "GPE", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "PERSON"))
# a position label of more words than this is a clause restating a claim, never a shared name
MAX_SHARED_WORDS = 8
# content words that make a phrase specific enough to name the same policy in two articles
MIN_SHARED_CONTENT = 3


def article_scoped(kind: str, article: str, name: str) -> str:
    """The id of a node that means something only inside one article: `office/<article>/<name>`."""
    return f"{kind}/{slug(article)}/{slug(name)}"


def scope_tail(entity_id: str) -> str:
    """The name part of an id, scoped or not: `position/bbc-1/deal` and `position/deal` -> `deal`."""
    return entity_id.rsplit("/", 1)[-1]


# --- offices -----------------------------------------------------------------------------------------
_generic: list = [None, frozenset()]  # the lexicon last asked about, and its words: asked once per office


def _generic_title_words(lex: Lexicon) -> frozenset[str]:
    if _generic[0] is lex:
        return _generic[1]
    o = lex.offices
    words = {w for phrase in o["heads"] + o["portfolios"] + list(o["plural_heads"]) + o["ranks"]
             for w in phrase.replace("-", " ").split()}
    words |= lex.honorifics
    words |= set(o["unscoped_title_words"]) | lex.title_modifiers
    _generic[:] = [lex, frozenset(words - set(o["scoping_portfolios"]))]
    return _generic[1]


def is_bare_title(label: str, lex: Lexicon, generic: frozenset[str] | None = None) -> bool:
    """A title that does not say whose post it is: every word is a generic title word or lower case.

    "chief executive", "Prime Minister", "central bank governor" are bare; "WorldCom chief executive",
    "US Secretary of State", "French finance minister", "Scottish Secretary" are not.
    """
    generic = generic if generic is not None else _generic_title_words(lex)
    for raw in label.replace("-", " ").split():
        word = raw.strip(".,'’()\"")
        if lex.party_of(word):
            return False  # "Labour leader": a party's post, though "labour" is also a portfolio
        if not word or word.lower() in generic:
            continue
        if word[0].isupper() or any(c.isdigit() for c in word):
            return False
    return True


def _cabinet_post(title: str, lex: Lexicon) -> bool:
    """A minister, or a portfolio before a government head ("Education Secretary", "Prisons Minister"): a government's
    post, which a company, a club or a movement its holder belongs to does not hold; nor a seat in an assembly
    ("MP" of a Cabinet Office minister who is an MP, offices.json seat_heads)."""
    words = title.lower().replace("-", " ").split()
    o = lex.offices
    return bool(words) and (words[-1] in o["government_heads"] or words[-1] in o["seat_heads"]
                            or len(words) >= 2 and words[-1] in o["portfolio_heads"] and words[-2] in o["portfolios"])


def _title(text: str, lex: Lexicon) -> str:
    words = " ".join(text.split()).split(" ")
    # ("New York Senator": a capital "New" before a capital word opens a place's name, which the mention keeps)
    while words and (words[0].lower() in ("the", "a", "an") or words[0].lower() in lex.title_modifiers
                     and not (words[0][:1].isupper() and len(words) > 1 and words[1][:1].isupper()
                              and words[1].lower() not in _generic_title_words(lex))):
        words = words[1:]
    return " ".join(words).strip(" ,;:")


def scope_offices(doc: Doc, article: str, res: Resolution, statements: list[Statement],
                  lex: Lexicon) -> tuple[list[Statement], dict[str, Entity]]:
    """Statements with each bare office renamed to its organisation's or its article's office.

    Returns the statements and the office entities they now name. Each `holds` is read from the title
    it cites: a bare title ("Chief executive Bob Smith") that the article folded into a named one
    ("chief executive of Tesco") keeps the named office only when its holder holds that one too.
    """
    generic = _generic_title_words(lex)
    offices = {eid: e for eid, e in res.entities.items() if e.type == "office"}
    if not offices:
        return statements, {}
    bare = {eid for eid, e in offices.items() if is_bare_title(e.label, lex, generic)}
    companies = {eid for eid, kind in res.kind.items() if kind == "org"}
    member_of: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s.relation == "member_of" and s.object in companies:
            member_of[s.subject].add(s.object)
    possessor = _possessors(doc, res, companies, lex)
    mentions: dict[str, list] = defaultdict(list)
    for m, eid in res.mentions:
        if eid in offices:
            mentions[eid].append(m)

    def cited(s: Statement):
        return next((m for m in mentions[s.object] if s.evidence.cite_start <= m.start < s.evidence.cite_end), None)

    holds = [s for s in statements if s.relation == "holds" and s.object in offices]
    # who holds a named office through its full, named title: they keep it under a bare one too
    named_holders = {(s.object, s.subject) for s in holds if s.object not in bare
                     and (m := cited(s)) is not None and not is_bare_title(_title(m.text, lex), lex, generic)}
    chosen: dict[int, tuple[str, str]] = {}  # statement index -> (title, organisation id or "" for the article)
    state_posts = {t.lower() for t in lex.offices["abbreviated_titles"].values()}  # "Sen.", "Rep.", "Gov.": a state's
    for i, s in enumerate(statements):
        if s.relation != "holds" or s.object not in offices:
            continue
        m = cited(s)
        if s.object in bare:
            title = offices[s.object].label
        elif m is not None and is_bare_title(_title(m.text, lex), lex, generic) and (s.object, s.subject) not in named_holders:
            title = _title(m.text, lex)
        else:
            continue
        orgs = {possessor[m.start]} if m is not None and m.start in possessor else member_of.get(s.subject, set())
        if orgs and not (m is not None and m.start in possessor) and _cabinet_post(title, lex):
            orgs = set()  # "Education Secretary Ann Lee", a member of a church group: the government's post, not the group's
        if title.lower() in state_posts and not (m is not None and m.start in possessor):
            orgs = set()  # "Sen. Ann Lee, head of the Tarrow Institute": a senator of the state, not the institute's
        chosen[i] = (title, next(iter(orgs)) if len(orgs) == 1 else "")
    made: dict[str, Entity] = {}

    def scoped(office: str, title: str, org: str) -> str:
        e = offices[office]
        aliases = set(e.aliases) | {e.label} if office in bare else {title}
        if org:
            owner = res.entities[org].label
            # ("chairman of the Commission" of the Commission for Rural Transport: the title cut short in its body's name
            # is the post of the whole body, "Commission for Rural Transport chairman")
            cut = re.match(r"(.+?) of (?:the )?(.+)$", title)
            if cut and owner.lower().startswith(cut.group(2).lower()):
                title = cut.group(1)
                aliases = {a for a in aliases if a.lower() not in (e.label.lower(), cut.group(2).lower())} | {f"{title} of the {owner}"}
            # ("Committee chairman" of the Vale Committee: the noun for the body's sort the title opens with, a word of
            # the body's name, stands for the name; not "board member" of Acme, where it says which post)
            sort, _, rest = title.partition(" ")
            if rest and sort.lower() in lex.institutions["described_bodies"] and sort.lower() in owner.lower().split():
                title = rest
            # ("Central Bank President" of the Central Bank: a title that opens on its body's name says it already)
            if title[:1].isupper() and len(title.split()) > 1 and all(w.islower() for w in title.split()[1:]):
                title = title[:1].lower() + title[1:]  # ("Chief executive Ann Lee said": a sentence's capital)
            label = title if title.lower().startswith(owner.lower() + " ") else f"{owner} {title}"
            new = Entity(f"office/{slug(label)}", "office", label, tuple(sorted(aliases - {label})))
        else:
            new = Entity(article_scoped("office", article, title), "office", title, tuple(sorted(aliases - {title})))
        if new.id in made:
            new = replace(new, aliases=tuple(sorted(set(made[new.id].aliases) | set(new.aliases))))
        made[new.id] = new
        return new.id

    # an office a stance names takes its holder's scope when all its holders share one, else the article's
    by_office: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for i, (title, org) in chosen.items():
        by_office[statements[i].object].add((title, org))
    # "chief executive of Marks & Spencer" is the office "Marks & Spencer chief executive" is
    renamed = {eid: _named_id(e.label, lex, generic) for eid, e in offices.items() if eid not in bare}
    renamed = {eid: new for eid, new in renamed.items() if new and new != eid}
    for eid, new in sorted(renamed.items()):
        e = offices[eid]
        if new in made:  # two names of one post in one article: one node, both names kept
            kept = made[new]
            e = replace(kept, aliases=tuple(sorted((set(kept.aliases) | set(e.aliases) | {e.label}) - {kept.label})))
        made[new] = replace(e, id=new)
    out = []
    for i, s in enumerate(statements):
        if i in chosen:
            title, org = chosen[i]
            if org and org not in member_of.get(s.subject, ()):
                # "Tesco's chief executive Terry Leahy": the company whose post it is is the holder's body
                out.append(replace(s, relation="member_of", object=org, rule="title-owner", confidence=0.7, former=s.former))
            s = replace(s, object=scoped(s.object, title, org))
        else:
            s = replace(s, subject=renamed.get(s.subject, s.subject), object=renamed.get(s.object, s.object))
            for end in ("subject", "object"):
                office = getattr(s, end)
                if office in bare:
                    scopes = by_office.get(office) or {(offices[office].label, "")}
                    title, org = next(iter(scopes)) if len(scopes) == 1 else (offices[office].label, "")
                    s = replace(s, **{end: scoped(office, title, org)})
        out.append(s)
    return out, made


def definite_title(doc, om, lex, start: int, by_root: bool = False) -> bool:
    """ "the prime minister", "the then Tory leader", "Ruritania's justice minister": one post, named as known;
    not "a minister", "ministers", not a spokesman (a voice, not a post), not the Queen (always the same one).
    `start` is where the title's determiner stands: before a state in the possessive, the title itself."""
    # by_root: "the former MP for Eastfield and Vale" acts through its head, not its seat's last word
    head = doc[om.tok_start:om.tok_end].root if by_root else tokens(doc)[om.tok_end - 1]
    # the text acts through it: "The prime minister has told", "the prime minister's view"
    acts = is_subject(head) or head.dep_ == "poss"
    if not acts or head.tag_ == "NNS" or head.lower_ in lex.offices["no_backreference_heads"]:
        return False
    if start < om.tok_start:
        return True  # a state's post is one post, like "the"
    k = start - 1
    while k >= 0 and tokens(doc)[k].lower_ in lex.title_modifiers:
        k -= 1
    return k >= 0 and tokens(doc)[k].lower_ == "the"


def acting_offices(doc: Doc, article: str, res: Resolution, lex: Lexicon, present: dict[str, Entity]) -> dict[str, Entity]:
    """Posts the text makes act with no holder read ("the prime minister has said", "the attorney general's
    advice"): the post is an actor a reader counts, a node of its own, scoped as a bare title is; none where
    the graph has the post already."""
    generic = _generic_title_words(lex)
    other = lex.words("offices", "other_post_words")
    known = {n.lower() for e in present.values() if e.type == "office" for n in (e.label, *e.aliases)}
    out: dict[str, Entity] = {}
    for m, eid in res.mentions:
        e = res.entities[eid]
        # "the Chancellor" is "Chancellor of the Exchequer" someone holds; "Treasury Secretary" the U.S. one
        if e.type != "office" or any(_shortens(e.label.lower().split(), k.split(), other) for k in known) \
                or m.text.isupper() or not definite_title(doc, m, lex, m.tok_start):
            continue  # (a headline in capitals names no post of its own)
        new = article_scoped("office", article, e.label) if is_bare_title(e.label, lex, generic) \
            else _named_id(e.label, lex, generic) or eid
        if new not in present:
            out[new] = Entity(new, "office", e.label, e.aliases)
    return out


def _shortens(a: list[str], b: list[str], other: frozenset[str] = frozenset()) -> bool:
    """One title is the other, or begins or ends it; not where a word of `other` makes the longer another post
    ("shadow chancellor" does not end in the chancellor's post)."""
    short, long = sorted((a, b), key=len)
    if long[:len(short)] == short:
        return True
    return long[-len(short):] == short and not another_post(long, short, other)


def another_post(longer: list[str], title: list[str], other: frozenset[str]) -> bool:
    """`longer` is `title` made another post by a word of `other` before it (offices.json other_post_words: "shadow
    chancellor", "deputy finance minister" are not the chancellor's or the finance minister's post)."""
    n = len(title)
    return len(longer) > n and longer[-n:] == title and not other.isdisjoint(longer[:-n])


def _named_id(label: str, lex: Lexicon, generic: frozenset[str]) -> str:
    """One id for the ways of naming one post: the owner, then the title.

    "chief executive of Tesco" and "Tesco chief executive" are `office/tesco-chief-executive`;
    "Israeli Prime Minister", "Prime Minister of Israel" and "Israel's Prime Minister" are
    `office/israel-prime-minister` (countries and peoples through the gazetteer, parties through
    their aliases: "Tory MP" is "Conservative Party MP").
    """
    m = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", label, flags=re.IGNORECASE)
    if m and is_bare_title(m.group(1), lex, generic) and not is_bare_title(m.group(2), lex, generic):
        owner, title = m.group(2), m.group(1)
    else:
        words = label.split()
        cut = next((i for i in range(1, len(words)) if is_bare_title(" ".join(words[i:]), lex, generic)), 0)
        if not cut:
            return ""
        owner, title = " ".join(words[:cut]), " ".join(words[cut:])
    owner = re.sub(r"['’]s?$", "", owner.strip())
    countries = lex.countries
    owner = countries.of(owner) or countries.of_demonym(owner) or lex.party_of(owner) or owner
    return f"office/{slug(owner + ' ' + title)}"


def post_aliases(entities: dict[str, Entity], lex: Lexicon) -> dict[str, Entity]:
    """Office nodes that also carry the bare post their scoped title names: "BT chief executive" is "chief
    executive" too, as a scoped bare title keeps its bare one (a reader asked for the chief executive finds the node).
    Run once the nodes are chosen: acting_offices must not read a post that acts with no holder ("the minister
    said") as one of these by its bare name."""
    generic = _generic_title_words(lex)
    out = dict(entities)
    for eid, e in entities.items():
        if e.type != "office" or is_bare_title(e.label, lex, generic):
            continue
        extra = _post_titles(e.label, lex, generic) - {e.label} - set(e.aliases)
        if extra:
            out[eid] = replace(e, aliases=tuple(sorted(set(e.aliases) | extra)))
    return out


def _post_titles(label: str, lex: Lexicon, generic: frozenset[str]) -> set[str]:
    """The bare post a title scoped to its body names: "managing director" of "managing director of Acme",
    "head of research" of "head of research at the Vale Institute", "chief executive" of "BT chief executive"."""
    words = label.split()
    out = set()
    heads = {h.split()[-1] for h in lex.offices["heads"]}
    # the post before the body it serves, the longest that is a bare title with a post's word (not "Commission" of
    # "Commission for Rural Transport chairman")
    for i in sorted((i for i, w in enumerate(words) if i > 0 and w.lower() in ("of", "at", "for")), reverse=True):
        if is_bare_title(" ".join(words[:i]), lex, generic) and any(w.lower() in heads for w in words[:i]):
            words = words[:i]
            out.add(" ".join(words))
            break
    # the post after the body whose post it is ("Acme chief executive", "Ruritanian finance minister"); not after a
    # territory's portfolio ("Northern Ireland minister" is no minister at large)
    fields = set(lex.offices["portfolios"]) | set(lex.offices["scoping_portfolios"])
    if not is_bare_title(" ".join(words), lex, generic):
        # (a portfolio's word inside the body's name is no part of the post: not "Transport chairman" of "Commission
        # for Rural Transport chairman")
        def inside_name(i: int) -> bool:
            return words[i][:1].isupper() and words[i - 1][:1].isupper() and words[i].lower() in fields - heads \
                and i + 1 < len(words) and words[i + 1][:1].islower()
        cut = next((i for i in range(1, len(words)) if is_bare_title(" ".join(words[i:]), lex, generic) and not inside_name(i)), 0)
        if cut and not all(w.lower() in fields for w in words[:cut]):
            out.add(" ".join(words[cut:]))
    return {t for t in out if t.lower() != label.lower()}


def _possessors(doc: Doc, res: Resolution, companies: set[str], lex: Lexicon) -> dict[int, str]:
    """Character offset of a title -> the company that owns it: "Marks & Spencer's chief executive"."""
    out = {}
    for m, eid in res.mentions:
        if m.type != "office" or m.tok_start < 2:
            continue
        i = m.tok_start
        while i > 0 and (tokens(doc)[i - 1].lower_ == "the" or tokens(doc)[i - 1].lower_ in lex.title_modifiers):
            i -= 1
        if i >= 2 and tokens(doc)[i - 1].tag_ == "POS":
            org = res.by_token.get(i - 2)
            if org in companies:
                out[m.start] = org
    return out


# --- positions ---------------------------------------------------------------------------------------
def position_is_named(doc: Doc, start: int, end: int) -> bool:
    """The tokens name one policy wherever it appears: a proper name, or several content words, never a clause."""
    tokens = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if not tokens or len(tokens) > MAX_SHARED_WORDS:
        return False
    if any(t.ent_type_ in _NAMED or (t.pos_ == "PROPN" and not t.is_sent_start) for t in tokens):
        return True
    content = [t for t in tokens if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
    return len(content) >= MIN_SHARED_CONTENT


def position_id(label: str, article: str, named: bool) -> str:
    return f"position/{slug(label)}" if named else article_scoped("position", article, label)
