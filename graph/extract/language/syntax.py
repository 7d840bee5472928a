"""Small readings of the dependency parse that every rule needs: subjects, objects, prepositions."""
from __future__ import annotations

from spacy.tokens import Span, Token
from .lexicon import load_lexicon
from .tokens import children, doc_text, span_root, tokens

__all__ = ["SUBJECTS", "both_subject", "subjects", "name_head", "deed_continued", "is_subject", "main_clause_subject", "acts", "dobj", "pobj",
           "possessor", "for_clause", "unique", "text_of", "question", "conditioned", "stranded_subject",
           "said_then", "served_appositions", "raised_subject", "money_sum", "fronted_subject", "agents"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def text_of(span: Span) -> str:
    """span.text, cut from its Doc's text: Span.text joins its tokens one by one (about 20 µs a sentence), and
    Doc.text joins all of them each time, so the Doc's is kept with it (retokenizing never changes it)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def raised_subject(t: Token) -> list[Token]:
    """The subject of a passive infinitive under a predicate of what is foreseen (stance.json foretold_plan_heads and
    likelihood_adjectives): "the bill is expected to be opposed", "is likely to be rejected" (the parser hangs the
    subject on "expected", or on the copula of "likely"); [] for any other t ("would have to be approved by X" sets
    a condition, no one has approved)."""
    st = load_lexicon().stance
    if t.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in children(t)) or not any(c.lower_ == "to" for c in children(t)) \
            or t.head.lower_ not in st["foretold_plan_heads"] and t.head.lower_ not in st["likelihood_adjectives"]:
        return []
    head = t.head.head if t.head.dep_ == "acomp" else t.head
    return [c for c in children(head) if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ in ("NOUN", "PROPN")]


def money_sum(t: Token) -> bool:
    """ "2 billion dollars", "300 mln ecus": a noun counted as money, or counted in millions (a currency the tagger
    does not know)."""
    return t.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" or c.dep_ == "nummod" and any(
        x.lower_ in ("million", "billion", "trillion", "mln", "bln") for x in c.subtree) for c in children(t) if c.i < t.i)


def question(sent: Span) -> bool:
    """A sentence that asks (its last mark, inside any closing quote, is "?"): a question states no side."""
    return text_of(sent).rstrip().rstrip('"\'').endswith("?")


def conditioned(t: Token, marks) -> bool:
    """A clause headed by t opened by a mark of condition or doubt ("if", "unless", "whether": stance.json
    conditional_marks): what it says is supposed or asked, not stated."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children(t))


def subjects(t: Token) -> list[Token]:
    """Subjects of a verb, climbing through xcomp, conj and participle clauses that have none."""
    cur = t
    for _ in range(4):
        subs = [c for c in children(cur) if c.dep_ in ("nsubj", "csubj")]
        if not subs:  # "X and Y were opposed to Z": the parser may hang a coordinated subject on the auxiliary
            subs = [g for a in children(cur) if a.dep_ in ("aux", "auxpass") and a.i < cur.i
                    for g in children(a) if g.dep_ in ("nsubj", "csubj")]
        if subs:
            return subs + [c for s in subs for c in s.conjuncts] + listed(subs[0])
        passive = [c for c in children(cur) if c.dep_ == "nsubjpass"]
        agents = [g for c in children(cur) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
        if passive and not agents and cur.lemma_ in ("say", "report", "believe", "think", "understand", "expect"):
            return passive + [c for s in passive for c in s.conjuncts]
        if passive and cur.i != t.i:
            return passive + [c for s in passive for c in s.conjuncts]
        if cur.dep_ == "pcomp" and cur.head.dep_ in ("prep", "agent") and cur.head.head.pos_ in ("VERB", "AUX"):
            doer = _charged(cur)
            if doer is not None:  # "accused France of blocking the deal", "praised Holt for backing it"
                return [doer] + list(doer.conjuncts)
            cur = cur.head.head  # "was expelled after criticising UKIP": the clause's subject does it
            continue
        if cur.dep_ in ("conj", "advcl") and cur.head.i != cur.i:
            doer = deed_continued(cur)
            if doer is not None:  # "attacked X for wanting to scrap A, introduce B": X would introduce B too
                return [doer] + list(doer.conjuncts)
        if cur.dep_ == "conj" and said_then(cur):
            cur = cur.head.head  # "Roe said the levy was unfair and urged X": Roe urged, not the levy
            continue
        if cur.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in children(cur)):
            break  # a that-clause has its own subject: without one the "verb" is a misread noun ("warned that attempts to ...")
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ == "pobj" and cur.head.head.lower_ == "to" \
                and cur.head.head.head.lemma_.lower() in load_lexicon().words("stance", "speech"):
            cur = cur.head.head.head  # "wrote to the board accusing X": the writer accuses, not the board written to
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "pcomp") and cur.head.i != cur.i:
            if cur.dep_ == "acl" and (cur.head.pos_ in ("NOUN", "PROPN") or cur.head.lower_ == "those"):
                return [cur.head]  # "the parties opposed to X", "among those opposed to X": the ones described
            cur = cur.head
            continue
        break
    return []


def name_head(t: Token) -> Token:
    """The token that stands for the name a token is part of in its clause: climbs the name's own words and an
    apposition ("Jo" of "Jo Vale, the minister, said" -> "Vale"), never out of a possessive ("Vale's")."""
    while t.dep_ in ("compound", "flat", "appos"):
        head = t.head  # (read once a step: each read makes a new Token)
        if head.i == t.i:
            break
        t = head
    return t


def deed_continued(verb: Token) -> Token | None:
    """The one charged with a deed, when the parser hung the deed's next verb on the main verb: "attacked the
    Greens for wanting to scrap A, introduce B" (the same form as the deed's last verb, just after it) or
    "criticised them for planning to introduce B" (an infinitive right after a gerund that has none)."""
    head = verb.head
    for p in children(head):
        if p.dep_ != "prep" or p.i > verb.i:
            continue
        deed = next((c for c in children(p) if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
        if deed is None or not 0 < verb.left_edge.i - deed.right_edge.i <= 2:
            continue
        last = deed
        while any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children(last)):
            last = next(c for c in children(last) if c.dep_ == "xcomp" and c.pos_ == "VERB")
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
        same = verb.dep_ == "conj" and _form(verb) == _form(last) and last is not deed
        complement = verb.dep_ == "advcl" and to and last is deed and verb.left_edge.i == deed.right_edge.i + 1
        if same or complement:
            return _charged(deed)
    return None


def said_then(verb: Token) -> bool:
    """ "Roe said the levy was unfair and urged ministers to drop it", "Roe says costs are rising and wants a cap":
    the parser hangs the speaker's next verb on the reported clause. It is the speaker's when it has the speech verb's
    tense and no auxiliary or subject of its own, after a clause whose verb could not share it (one with an auxiliary,
    a copula, or another form): "said the levy would be dropped and replaced" keeps the clause's."""
    clause = verb.head
    speech = clause.head
    if clause.dep_ != "ccomp" or not speech.i < clause.i < verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if speech.lemma_.lower() not in load_lexicon().words("stance", "speech"):
        return False
    if not (_form(speech) == _form(verb) or speech.tag_ == "VBN" and verb.tag_ == "VBD"):
        return False  # ("has said the levy is unfair and opposes it" reads as the clause's)
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "agent") for c in children(verb)):
        return False
    aux = [c for c in children(clause) if c.dep_ in ("aux", "auxpass")]
    # a verb no past or present form can share: "would set out X and attacked", "were rising and called for"
    unshared = _form(clause) != _form(verb) or any(a.tag_ == "MD" for a in aux)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in children(clause)):
        return unshared  # "said the Farmers Union was angry and rejected X": the union may have rejected it
    return unshared or clause.lemma_ == "be" or bool(aux)


def _form(verb: Token) -> str:
    return "VB" if verb.tag_ == "VBP" else verb.tag_  # the tagger reads a bare verb as either


_JUDGING = frozenset(("accuse", "suspect", "blame", "criticise", "criticize", "condemn", "praise", "commend", "congratulate",
                      "thank", "fault", "rebuke", "censure", "reprimand", "scold", "chastise", "reward"))


def _judging(verb: Token) -> bool:
    """A verb of judging people, or of punishing them for a deed (stance.json punishing_verbs: "suspended the branch
    for refusing to drop X": the branch refused), or a stance verb against what it takes on ("attacked ministers for
    scrapping the grant": the ministers scrapped it)."""
    lemma = verb.lemma_.lower()
    lex = load_lexicon()
    return lemma in _JUDGING or lemma in lex.words("stance", "punishing_verbs") or lex.stance["verbs"].get(lemma) == "opposes"


def _charged(pcomp: Token) -> Token | None:
    """The object of the verb a deed is charged to or praised in ("accused France of blocking X", "blamed
    them for raising Y", "warned Holt against backing Z"): the one named does the deed, not the subject; an object
    that names no one ("sought approval for building X") leaves the deed to the subject."""
    prep = pcomp.head
    # "warned Labour against scrapping X": Labour would; "quoted Roe as saying X": Roe says it
    if prep.lower_ not in ("of", "for", "against", "as"):
        return None
    obj = next((c for c in children(prep.head) if c.dep_ == "dobj" and c.i < prep.i), None)
    # (a verb of judging people, VerbNet's judgement-33, with 'accuse' and 'suspect', charges its object whatever it is:
    # "accused officials of trying to close the office")
    if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                           or obj.pos_ == "PRON" and obj.lower_ in ("him", "her", "them", "it")
                           or obj.pos_ == "NOUN" and _judging(prep.head)
                           # "quoted the farm minister, Ivan Roe, as saying": the one quoted says it, whoever is named
                           or obj.pos_ == "NOUN" and prep.lower_ == "as" and prep.head.lemma_.lower() == "quote"):
        return None
    return obj


def is_subject(t: Token) -> bool:
    return name_head(t).dep_ in SUBJECTS


def main_clause_subject(t: Token) -> bool:
    """The token names the subject of its sentence's main clause ("Roe said ...", "Roe ... and warned")."""
    h = name_head(t)
    if h.dep_ not in SUBJECTS:
        return False
    verb = h.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def acts(start: Token, end: int, speaking_for: frozenset[str], ought: dict) -> bool:
    """The words start..end (a name) are a clause's subject or a passive's agent: "Japan cut", "was
    criticised by Japan". A name that qualifies a noun speaks through it only when the noun stands for
    the body ("a Japan official said", "the Japanese government", "the commission's report found"):
    "Japan exports rose" is no act of Japan's, nor is what it should do ("Japan must cut", "Japan needs to
    cut": `ought` is the deontic table of positions.json, with the copulas of reference.json) nor what it
    may do ("Japan could cut")."""
    doc = start.doc
    head = span_root(doc, start.i, end)
    if start.i > 0 and tokens(doc)[start.i - 1].tag_ == "PRP$":
        return False  # "its Ruritania rates are high": a name after "its" qualifies a noun, whatever the parse says
    if head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.i >= end \
            and head.head.lemma_.lower() in speaking_for:
        head = head.head
    # "a spokesman for Ruritania said": the body speaks through the one who speaks for it
    elif head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i < start.i \
            and head.head.head.lemma_.lower() in speaking_for:
        head = head.head.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    # "the allies, Ruritania above all, have refused": a name apposed to the subject acts with it
    if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head
    # "talks with Ruritania, which has refused to sign": the relative clause tells what the state does
    verb = next((c for c in children(head) if c.dep_ == "relcl" and c.i > head.i and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in children(c))), None)
    if head.dep_ in ("nsubj", "nsubjpass") or verb is not None:
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else verb
        # nor what it may, could or will do (a modal: the tagger's MD), however likely
        if any(c.dep_ == "aux" and (c.lower_ in ought["modals"] or c.tag_ == "MD") for c in children(verb)):
            return False
        if verb.lemma_.lower() in ought["obligation_verbs"] and any(
                c.dep_ == "xcomp" and any(a.lower_ == "to" for a in children(c)) for c in children(verb)):
            return False
        # nor what it needs ("Ruritania needs a change": what someone says it lacks, not its act)
        if verb.lemma_.lower() in ought["obligation_verbs"] and verb.lemma_.lower() in ought["necessity_verbs"]:
            return False
        # nor what it seems or looks ("Japan looks set for a boom": a linking verb, reference.json copulas); "be"
        # stays, as "Japan is under pressure" tells of the state the story is about
        if verb.lemma_.lower() in ought.get("copulas", ()) and verb.lemma_.lower() != "be":
            return False
        return verb.pos_ in ("VERB", "AUX")
    # "the part taken by Japan" describes a thing; "was criticised by Japan" tells of an act
    return head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.dep_ != "acl"


def fronted_subject(t: Token) -> Token | None:
    """ "Angered by the plan, Holt called for a review", "Backed by the union, Roe opposed it": the subject of the
    clause a fronted past participle opens is the one the participle tells of."""
    if t.dep_ != "advcl" or t.tag_ != "VBN" or t.i > t.head.i:
        return None
    return next((c for c in children(t.head) if c.dep_ in ("nsubj", "nsubjpass")), None)


def dobj(t: Token) -> Token | None:
    for c in children(t):
        if c.dep_ in ("dobj", "obj", "attr") and c.pos_ != "PRON" or c.dep_ == "dobj":
            return c
    return None


def agents(verb: Token) -> list[Token]:
    """Who a passive names after "by": "was signed by Norland", "a bid launched by Kestrel"."""
    return [g for c in children(verb) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]


def pobj(prep: Token) -> Token | None:
    for c in children(prep):
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


def possessor(t: Token) -> Token | None:
    """Whose a noun is: its possessive ("the union's aim") or the object of its 'of' ("the aim of the union")."""
    for c in children(t):
        if c.dep_ == "poss":
            return c
        if c.lower_ == "of":
            found = next((x for x in children(c) if x.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def for_clause(t: Token) -> Token | None:
    """The verb of a "for X to do Y" clause hung on t ("called for the agency to be closed", "calls for the
    mayor to resign"): the parser reads "for" as the clause's marker, not as a preposition with an object."""
    for c in children(t):
        if c.dep_ in ("advcl", "acl", "ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i > t.i \
                and any(x.dep_ == "mark" and x.lower_ == "for" for x in children(c)) \
                and any(x.dep_ in ("aux", "auxpass") and x.lower_ == "to" for x in children(c)) \
                and any(x.dep_ in ("nsubj", "nsubjpass") for x in children(c)):
            return c
    return None


def list_rest(t: Token) -> list[Token]:
    """ "backed competition in prisons and clinics, wider van ownership and changes to X": the parser makes the items
    after the comma conjuncts of "prisons", but a list its own "and" has closed goes on at the level above; and
    "the sugar tax, the salt levy and the fat quota" it reads as an apposition with a conjunct of its own."""
    doc = t.doc
    if t.dep_ == "dobj" and t.right_edge.i + 1 < len(doc) and tokens(doc)[t.right_edge.i + 1].text == ",":
        # "cited the ban, the levy and the quota", which the parser may read as two objects of the verb
        items = [c for c in children(t.head) if c.dep_ == "dobj" and c.left_edge.i == t.right_edge.i + 2]
        if items:
            return items + [g for g in items[0].conjuncts if g.i > items[0].i]
    for c in children(t):
        if c.dep_ == "appos" and c.i > t.i and tokens(doc)[c.left_edge.i - 1].text == "," and any(x.dep_ == "cc" for x in children(c)):
            items = [g for g in c.conjuncts if g.i > c.i]
            if items:
                return [c] + items
    # the phrase after the object, on the object or (as the parser often has it) on its verb
    after = list(t.subtree) + [x for p in children(t.head) if p.dep_ == "prep" and p.i > t.i for x in p.subtree]
    for x in after:
        if x.i <= t.i or x.dep_ != "pobj":
            continue
        closed = [c.i for c in children(x) if c.dep_ == "cc" and c.i > x.i]
        for c in children(x):
            if c.dep_ == "conj" and closed and min(closed) < c.left_edge.i and tokens(doc)[c.left_edge.i - 1].text == ",":
                return [c] + [g for g in c.conjuncts if g.i > c.i]
    return []


def unique(items):
    return list(dict.fromkeys(items))


def both_subject(t: Token) -> bool:
    """ "Both oppose X", "Each attacked X", "Both leaders said": a subject that is "both" or "each", or a plural noun
    "both" goes before."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if t.lower_ in ("both", "each"):  # "Each attacked X": each of the ones just named
        return not any(True for _ in children(t)) or _of_them(t)
    if t.lower_ == "all":
        return _of_them(t)  # "all of them oppose X"; not "all" alone, which is everyone
    return t.tag_ == "NNS" and any(c.lower_ == "both" and c.dep_ in ("det", "predet") and c.i == t.left_edge.i for c in children(t))


def _of_them(t: Token) -> bool:
    """ "both of them", "each of them": the quantifier's one child is "of them"."""
    kids = [c for c in children(t) if c.dep_ != "punct"]
    return len(kids) == 1 and kids[0].lower_ == "of" and [g.lower_ for g in children(kids[0])] == ["them"]


def misread_gerund_host(t: Token) -> Token | None:
    """ "backed Brazil at the talks in resisting pressure for quotas": the parser often reads the gerund of an "in
    V-ing" phrase as a modifier of its object ("resisting pressure" as a kind of pressure); the verb whose doer also
    does the gerund (the one the phrase hangs on, past the nouns between), or None when the parse is no such misreading."""
    if t.dep_ != "amod" or t.tag_ != "VBG" or t.head.dep_ != "pobj" or t.head.head.lower_ != "in" or t.i + 1 != t.head.i \
            or tokens(t.doc)[t.i - 1].i != t.head.head.i:
        return None
    host = t.head.head.head
    for _ in range(3):
        if host.pos_ in ("VERB", "AUX"):
            return host
        if host.dep_ not in ("pobj", "prep", "dobj") or host.head.i == host.i:
            return None
        host = host.head
    return None


_NAMED = ("ORG", "GPE", "NORP", "PERSON")


def listed(t: Token) -> list[Token]:
    """ "Senator Lund, the Farm Bureau and the Grain Council endorsed X": the parser takes the rest of a list of
    named actors for an apposition of its first; an apposition with names joined by "and" is the list's rest."""
    return [g for a in children(t) if a.dep_ == "appos" and a.ent_type_ in _NAMED and a.conjuncts
            and all(c.ent_type_ in _NAMED for c in a.conjuncts) and any(c.dep_ == "cc" for c in children(a))
            for g in (a, *a.conjuncts)]


def stranded_subject(obj: Token) -> bool:
    """ "was sacked after suggesting the sale of the quay, under the old board, was theft": the parser takes the
    subject of the clause a verb states for the verb's object and hangs the clause's 'be' elsewhere; the next word
    after the object, or after a phrase set off by commas, is a 'be' with no subject of its own."""
    doc, i = obj.doc, obj.right_edge.i + 1
    if i < len(doc) and doc[i].text == ",":
        i = next((j + 1 for j in range(i + 1, min(i + 10, len(doc))) if doc[j].text == ","), i + 1)
    nxt = doc[i] if i < len(doc) else None
    return nxt is not None and nxt.lemma_ == "be" and nxt.pos_ in ("AUX", "VERB") and nxt.dep_ in ("conj", "ROOT") \
        and not any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in nxt.children)


def served_appositions(title: Token) -> list[Token]:
    """What is apposed to a title, or to the body it serves: "a spokesman for Acme, Tom Reed, said" (the parse may hang
    the name on the body, "Acme, Tom Reed", rather than on the title)."""
    served = [g for p in children(title) if p.dep_ == "prep" and p.lower_ in ("for", "at")
              for g in children(p) if g.dep_ == "pobj" and g.ent_type_ != "PERSON"]
    return [c for h in [title] + served for c in children(h) if c.dep_ == "appos"]
