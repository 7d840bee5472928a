"""Offices: titles and posts named in the text ("the foreign minister", "chief executive of X"),
kept apart from the person who holds them, and the organisations a title names.

Imports graph.model and its siblings spans, lexicon, nlp.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..language.lexicon import Lexicon
from ...model import Mention
from ..language.nlp import Parsed
from .recurring import _acronym
from .spans import _NAME_WORD, _followed_by_verb, _is_name, _mention, _title_words
from ..language.syntax import served_appositions
from ..language.tokens import children, tokens


def _office_mentions(parsed: Parsed, lex: Lexicon, sent_of: list[int]):
    doc = parsed.doc
    toks = tokens(doc)
    o = lex.offices
    heads = set(o["heads"])
    multi: dict[str, list[list[str]]] = {}
    for h in sorted((h.split() for h in heads if " " in h), key=len, reverse=True):
        multi.setdefault(h[0], []).append(h)
    single = {h for h in heads if " " not in h} | set(o["plural_heads"])
    portfolios = set(o["portfolios"])
    ranks = set(o["ranks"])
    grades, occupations = set(o["occupation_grades"]), set(o["occupations"])
    lows = [t.lower_ for t in tokens(doc)]

    def head_end(k: int) -> int | None:
        if k >= len(doc):
            return None
        for words in multi.get(lows[k], ()):
            if lows[k:k + len(words)] == words:
                return k + len(words)
        # "chief economist", "chief US economist", "chief international strategist", "chief trade negotiator": an
        # occupation a grade word makes a post, with up to two words of its scope between (a senior economist holds
        # none)
        if lows[k] in grades:
            j = k + 1
            while j < min(k + 3, len(doc) - 1) and lows[j] not in occupations and (
                    toks[j].pos_ in ("ADJ", "PROPN") or toks[j].pos_ == "NOUN" and toks[j].dep_ == "compound") \
                    and toks[j].ent_type_ not in ("PERSON", "ORG"):
                j += 1
            if j < len(doc) and toks[j].pos_ == "NOUN" and (lows[j] in occupations or toks[j].lemma_.lower() in occupations):
                return j + 1
        # "Labour's election strategist", "Acme's economist": an occupation a named body owns is a post in it, with
        # up to two words of its scope before it
        # (a title's own adjective or grade is read by the title reader: "Acme's new chief executive")
        if k >= 2 and toks[k - 1].tag_ == "POS" and toks[k - 2].ent_type_ in ("ORG", "NORP") and toks[k - 2].text[:1].isupper() \
                and lows[k] not in lex.title_modifiers and lows[k] not in grades:
            j = k
            while j < min(k + 2, len(doc) - 1) and lows[j] not in occupations and toks[j].is_lower \
                    and toks[j].pos_ in ("ADJ", "NOUN") and toks[j].dep_ in ("amod", "compound"):
                j += 1
            if j < len(doc) and toks[j].pos_ == "NOUN" and toks[j].tag_ == "NN" and (lows[j] in occupations or toks[j].lemma_.lower() in occupations):
                return j + 1
        # (a hyphened title is one whatever the tagger says: "director-general Ann Lee" comes out an adjective)
        if (toks[k].pos_ in ("NOUN", "PROPN") or "-" in lows[k]) and (lows[k] in single or toks[k].lemma_.lower() in single
                                                                     or lows[k][:3] == "ex-" and lows[k][3:] in single):
            return k + 1  # ("Tory ex-minister Ann Lee": the former post in one token)
        return None

    abbreviated = o["abbreviated_titles"]
    post_nominals = set(o["post_nominals"])
    named: list[str] = []  # the last word of each post named, for the bare ones read last
    bare: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        nxt = i + 1
        while nxt < len(doc) - 1 and toks[nxt].is_space:  # "Sen.\nAnn Lee": a wrapped line of wire copy
            nxt += 1
        if lows[i] in abbreviated and nxt < len(doc) and _is_name(toks[nxt]) and toks[i].text[:1].isupper():
            # "Sen. Ann Lee": the shortened title is the post, named in full
            m = _mention(parsed, "office", i, i + 1, sent_of, abbreviated[lows[i]].lower())
            named.append(abbreviated[lows[i]].lower().split()[-1])
            yield replace(m, text=abbreviated[lows[i]])
            i += 1
            continue
        end = head_end(i)
        if end is None or end == i + 1 and _surname_word(toks, i, lex):
            i += 1
            continue
        # "deputy chief executive", "Deputy Assistant Secretary": a title word that a longer title goes on
        # from is the longer title's modifier, taken in when that title looks back over it
        if any((head_end(k) or 0) > end for k in range(i + 1, end)) or head_end(end) or (end + 1 < len(doc) and lows[end] in portfolios and toks[end].pos_ != "VERB"
                             and (head_end(end + 1) or lows[end + 1] in portfolios and head_end(end + 2))):
            i += 1
            continue
        # a bare lower-case "leader" or "head" is a role, not a title, unless something qualifies it
        start = i
        # "Tory shadow regional transport secretary Ann Lee": before a name, the lower-case words of a portfolio
        # are the title's, whatever the parser made of them (up to three)
        before_name = end < len(doc) and toks[end].ent_type_ == "PERSON" and toks[end].ent_iob_ == "B"
        scope = 0
        while start > 0:
            p = toks[start - 1]
            if p.is_space:
                break  # (a title opens its line: the headline before it is no part of it)
            # (a word that modifies a word of the title other than its head: "regional" of "regional transport
            # secretary", not "only" of "only Conservative MP" nor the "attack" of "attack Tory leader X")
            if before_name and scope < 3 and p.is_lower and p.is_alpha and p.lower_ not in lex.title_modifiers \
                    and p.lower_ not in ranks and (
                        p.lower_ in o["other_post_words"]
                        or p.pos_ == "NOUN" and p.dep_ == "compound" and start <= p.head.i < end
                        or p.pos_ == "ADJ" and p.dep_ == "amod" and toks[start].is_lower and toks[start].pos_ == "NOUN"
                        and toks[start].dep_ == "compound"):
                start -= 1
                scope += 1
                continue
            # ("work and pensions minister Ann Lee", "Work and pensions minister Ann Lee": two portfolios joined)
            if before_name and (scope or toks[start].is_lower and lows[start] in portfolios) and p.lower_ == "and" \
                    and start >= 2 and toks[start - 2].lower_ in portfolios:
                start -= 2
                continue
            # ("New York Senator", "New Zealand's finance minister": "New" opens a place's name, no title's "new")
            if p.lower_ in lex.title_modifiers and p.ent_iob_ == "B" and toks[start].ent_iob_ == "I" and p.text[:1].isupper() \
                    and p.ent_type_ in ("GPE", "LOC", "NORP"):
                start -= 1
                continue
            if p.text == ")" and start >= 3 and toks[start - 3].text == "(":
                start -= 3
                continue
            if p.lower_ in ranks or p.lower_ in ("the", "a", "an") or p.lower_ in lex.title_modifiers or p.is_punct \
                    or p.ent_type_ == "PERSON" and toks[i].text in post_nominals:  # "Ann Lee MP": the name is no part
                break
            if p.lower_.startswith("ex-") and p.text[3:4].isupper():
                start -= 1  # "ex-Foreign Secretary": the former post, named in full
                break
            # "Work and Pensions Secretary": two portfolios joined make one
            # ("Economic and Monetary Policy Minister Ann Lee": before a name, any capitalised words so joined)
            if p.lower_ == "and" and start >= 2 and (toks[start - 2].lower_ in portfolios or before_name and toks[start - 2].pos_ == "ADJ"
                    and toks[start - 2].ent_type_ not in ("PERSON", "ORG") and not _surname_word(toks, start - 2, lex)
                    and not (start >= 3 and toks[start - 3].lower_.rstrip(".") in lex.honorifics)) \
                    and toks[start - 2].text[:1].isupper() and toks[start].text[:1].isupper():
                start -= 2
                continue
            if p.lower_ in portfolios or (p.text[:1].isupper() and p.pos_ in ("PROPN", "ADJ", "NOUN")
                                          and (p.dep_ in ("compound", "amod", "nmod", "poss") or before_name and p.dep_ == "conj" and p.ent_type_ != "PERSON")) \
                    or (p.ent_type_ in ("ORG", "NORP", "GPE") and p.dep_ != "nsubj") \
                    or (p.pos_ == "NOUN" and p.dep_ == "compound"):
                start -= 1
                continue
            break
        while start < i and toks[start].tag_ == "POS":
            start += 1
        # "spokeswoman for women Ann Lee", "minister for civil aviation Ann Lee", "the Tory spokesman on transport,
        # Ann Lee": the lower-case field after "for" (a spokesman's after "on") runs to the name it comes before
        if end + 2 < len(doc) and (lows[end] == "for" or lows[end] == "on" and lows[end - 1].startswith("spokes")) and toks[end + 1].is_lower:
            k = end + 1
            while k < min(end + 5, len(doc)) and toks[k].is_lower and toks[k].is_alpha and (
                    toks[k].pos_ in ("NOUN", "ADJ") or toks[k].lower_ == "and" and k > end + 1):
                k += 1
            name = k + (k < len(doc) and toks[k].text == ",")
            if k > end + 1 and name < len(doc) and toks[name].ent_type_ == "PERSON" and toks[name].ent_iob_ == "B" \
                    and toks[k - 1].lower_ != "and":
                end = k
        # "Secretary of State", "Bishop of Winchester", "Chief of the General Staff", "Chief Secretary to the Treasury"
        to_the = end + 2 < len(doc) and toks[end].lower_ == "to" and toks[end + 1].lower_ == "the"
        if end + 1 < len(doc) and (toks[end].lower_ == "for" or toks[end].lower_ == "to" and not to_the) \
                and toks[end + 1].text[:1].isupper() and toks[end - 1].lower_ in o["complement_heads"] \
                and (toks[end + 1].ent_type_ != "PERSON" or toks[end + 1].lower_ in portfolios):
            # "Commissioner for Transport", "Secretary of State for Inter-American Affairs", "Ambassador to GATT"
            k = end + 1
            while k < len(doc) and (_NAME_WORD.fullmatch(toks[k].text) or toks[k].is_upper and toks[k].is_alpha
                                    or toks[k].lower_ == "and" and k + 1 < len(doc) and toks[k + 1].text[:1].isupper()) \
                    and (toks[k].ent_type_ != "PERSON" or toks[k].lower_ in portfolios):
                k += 1
            # "Ambassador to the WTO Ana Ruiz said": the name NER missed is no part of the title
            end = _portfolio_list_end(doc, toks, _before_name(doc, toks, k, end + 1))
        elif to_the and toks[end + 2].text[:1].isupper() and toks[end - 1].lower_ in ("secretary", "adviser", "advisor", "envoy"):
            k = end + 2
            while k < len(doc) and toks[k].text[:1].isupper() and toks[k].is_alpha and toks[k].ent_type_ != "PERSON":
                k += 1
            end = k
        elif end + 1 < len(doc) and toks[end].lower_ == "of":
            j = end + 1
            if toks[j].lower_ == "the" and j + 1 < len(doc) and toks[j + 1].text[:1].isupper():
                j += 1
            # "president of Dallas, Texas-based Vantec Corp": the place the body is based in is no part of the post
            based = next((x for x in range(j, min(j + 5, len(doc))) if toks[x].lower_.endswith("-based")), None)
            if based is not None and based + 1 < len(doc) and toks[based + 1].text[:1].isupper() \
                    and all(toks[x].text[:1].isupper() or toks[x].text == "," for x in range(j, based)):
                j = based + 1
            k = j
            while k < len(doc) and (toks[k].text[:1].isupper() and toks[k].is_alpha or
                                    (toks[k].lower_ in ("and", "&") and k + 1 < len(doc) and toks[k + 1].text[:1].isupper())):
                k += 1
            # the whole noun phrase, where it names something: "president of the International Union of
            # Electronic Workers", "director of the Brazilian central bank", "leader of Britain's biggest union Unison"
            k = max(k, _noun_phrase_end(doc, end), _bare_field_end(doc, end, lex))
            # "Minister of International Trade and Industry Hajime Tamura": the name is not the ministry, nor its "MP"
            while k > j + 1 and toks[k - 1].text in post_nominals and toks[k - 2].ent_type_ == "PERSON":
                k -= 1
            while k > j and toks[k - 1].ent_type_ == "PERSON":
                k -= 1
            # (but not the end of a body's name the tagger read whole, "the head of U.K. Coal Holdings said", unless
            # a portfolio closes the ministry's name before it: "Minister of Trade and Industry Hajime Tamura said")
            if k - 2 > j and _followed_by_verb(doc, k) and all(
                    toks[x].pos_ == "PROPN" and toks[x].lower_ not in portfolios for x in (k - 2, k - 1)) \
                    and not (toks[k - 2].ent_iob_ == "I" and toks[k - 2].ent_type_ == "ORG" and toks[k - 3].lower_ not in portfolios):
                k -= 2
            if k > j and not any(toks[x].ent_type_ == "PERSON" for x in range(j, k)):
                end = k
        capital = any(x.text[:1].isupper() for x in toks[start:end])
        qualified = end - start > 1
        if capital or qualified or _names_a_holder(doc, start, end, lex.honorifics):
            key = _office_key(doc[start:end], o)
            if end - start < 2 or lows[end - 2] not in o["other_post_words"]:
                named.append(lows[end - 1])
            yield _mention(parsed, "office", start, end, sent_of, key)
        elif _acts_as_known_post(doc, start, end, lex):
            bare.append((start, end))
        i = end
    # "the chancellor" names a post of its own only where the story names no post it shortens: after "Health
    # Minister Ann Lee", "the minister" points back at her (reference/actors.py); "shadow chancellor" is another post
    for start, end in bare:
        if lows[start] not in named:
            yield _mention(parsed, "office", start, end, sent_of, _office_key(doc[start:end], o))


def _acts_as_known_post(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """ "the chancellor said", "the governor's plan", "accused the chancellor", "denied by the chancellor": a bare
    lower-case post with "the" that acts or is acted on names one post the reader knows, as "the prime minister"
    does; not a voice with no post ("the spokesman") nor a word that is a role as often as a post ("the head")."""
    toks = tokens(doc)
    head = toks[end - 1]
    return end - start == 1 and start > 0 and toks[start - 1].lower_ == "the" and head.tag_ in ("NN", "NNP") and head.is_lower \
        and (head.dep_ in ("nsubj", "nsubjpass", "poss", "dobj") or head.dep_ == "pobj" and head.head.dep_ == "agent") \
        and head.lower_ not in lex.words("offices", "no_backreference_heads") and head.lower_ not in lex.words("offices", "role_heads")


def _names_a_holder(doc: Doc, start: int, end: int, honorifics: frozenset[str] = frozenset()) -> bool:
    """A bare lower-case title is a post where it goes with a person: before a name ("said director Ana
    Ruiz"), apposed to one ("the incumbent governor, Kenji Arai"), said of one ("Lund is a great
    chancellor", "became chancellor", "quit as chairman")."""
    toks = tokens(doc)
    head = toks[end - 1]
    if head.tag_ == "NNS":
        return False
    if end < len(doc) and toks[end].ent_type_ == "PERSON":
        return True
    # "a spokesman for Acme, Tom Reed, said": the name apposed to the title after the body it serves
    # (the parse may hang the name on the body: "Corp, Tom Reed")
    if end < len(doc) and toks[end].lower_ in ("for", "at") and any(
            c.ent_type_ == "PERSON" and c.i > end for c in served_appositions(head)):
        return True
    # "association president Sir Alan Ode": a style of address NER leaves out of the name it opens
    if end + 1 < len(doc) and toks[end].lower_.rstrip(".") in honorifics and toks[end + 1].ent_type_ == "PERSON":
        return True
    # (a possessor is a determiner too: "Ruritania's president, Ivan Petrov", "the firm's chairman, Tom Reed",
    # "Acme said its president, Tom Reed, would retire")
    if end + 1 < len(doc) and toks[end].text == "," and toks[end + 1].ent_type_ == "PERSON" \
            and any(toks[x].lower_ == "the" or toks[x].tag_ in ("POS", "PRP$") for x in range(max(0, start - 3), start)):
        return True
    # "Tom Vane, manager at Harlow Bank", "Ann Roe, a spokeswoman for Acme": apposed to the name before it
    # (with "a", only where the body served follows: "an adviser on trade" is a role, no post)
    if start >= 1 and toks[start - 1].lower_ in ("a", "an") and end < len(doc) and toks[end].lower_ in ("for", "at", "with") \
            and end + 2 < len(doc) and any(toks[x].ent_type_ == "ORG" for x in range(end + 1, min(end + 4, len(doc)))):
        start -= 1
    if head.dep_ == "appos" and start >= 2 and toks[start - 1].text == "," and toks[start - 2].ent_type_ == "PERSON":
        return True
    # "Lars Berg, Volvo's chairman,", "Ann Vale, the charity's director,": a possessor between the name and the
    # title (a common one, "the group's", may point back to a body named sentences before, or to none: the post is
    # the name's all the same)
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON" and start >= 3 and toks[start - 1].tag_ == "POS" \
            and (toks[start - 2].pos_ == "PROPN" or toks[start - 2].pos_ == "NOUN" and toks[start - 3].lower_ == "the"):
        k = start - 2
        while k > head.head.i + 1 and k > start - 5 and toks[k - 1].text != ",":
            k -= 1
        return toks[k - 1].text == "," and k - 2 == head.head.i
    return head.dep_ == "attr" and head.head.lemma_ in ("be", "become", "remain") or head.dep_ == "pobj" and head.head.lower_ == "as"


def _bare_field_end(doc: Doc, of: int, lex: Lexicon) -> int:
    """End of a field the title covers, named without an article: "director of public prosecutions", "chief of
    staff", "inspector of schools"; 0 for "leader of the party", "head of his unit" (a role in a body), and for a
    time ("the longest serving chancellor of recent times": stance.json time_nouns)."""
    toks = tokens(doc)
    pobj = next((c for c in children(toks[of]) if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "NOUN" or pobj.i > of + 3 or not pobj.is_lower \
            or pobj.lemma_.lower() in lex.stance["time_nouns"]:
        return 0
    if any(toks[x].dep_ not in ("amod", "compound") or not toks[x].is_lower or not toks[x].is_alpha
           for x in range(of + 1, pobj.i)):
        return 0
    if any(c.dep_ in ("det", "poss", "nummod") for c in children(pobj)):
        return 0
    return pobj.i + 1


_PHRASE_STOPS = {"who", "which", "that", "whose", "(", ")", ";", "-", "--", "—", "–", ":", '"', "“", "”"}


def _noun_phrase_end(doc: Doc, of: int, longest: int = 12) -> int:
    """End of the noun phrase that the preposition at `of` governs, cut before a person, a clause, a comma
    after its head; 0 when it holds no capitalised word (a lower-case "leader of the party" stays a role)."""
    toks = tokens(doc)
    pobj = next((c for c in children(toks[of]) if c.dep_ == "pobj"), None)
    if pobj is None:
        return 0
    k = of + 1
    last = min(pobj.right_edge.i + 1, of + 1 + longest, len(doc))
    while k < last:
        t = toks[k]
        if t.ent_type_ == "PERSON" or t.lower_ in _PHRASE_STOPS or t.text == "," and k > pobj.i \
                or t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl", "ccomp") and k > pobj.i:
            break
        k += 1
    while k > of + 1 and (toks[k - 1].is_punct or toks[k - 1].tag_ == "POS"):
        k -= 1
    if not any(toks[x].text[:1].isupper() and toks[x].is_alpha for x in range(of + 1, k)):
        return 0
    return k


def _portfolio_list_end(doc, toks, k: int) -> int:
    """Where a list of portfolios that goes on after a comma ends: "Secretary of State for Energy, Trade and Fisheries
    Tom Vane", "Minister for Schools, Young People and Families Ann Roe" (NER takes "Young People" for a person, a
    name within the list); else k. The list ends with its "and" and the capitalised words after it, up to a name."""
    n, j = len(toks), k
    while j + 1 < n and toks[j].text == "," and toks[j + 1].text[:1].isupper():
        i = j + 1
        while i < n and toks[i].text[:1].isupper() and toks[i].is_alpha and i - j <= 3:
            i += 1
        j = i
    if j == k or j + 1 >= n or toks[j].lower_ != "and" or not toks[j + 1].text[:1].isupper():
        return k
    i = j + 2
    while i < n and toks[i].text[:1].isupper() and toks[i].is_alpha and toks[i].ent_iob_ != "B":
        i += 1
    return _before_name(doc, toks, i, j + 1)  # "... Trade and Fisheries Tom Vane backed": NER may run them together


def _before_name(doc, toks, k: int, floor: int) -> int:
    """k, or k less the two name words that end a title's run before its verb (after `floor`)."""
    if k - 2 > floor and _followed_by_verb(doc, k) and all(_is_name(toks[x]) for x in (k - 2, k - 1)):
        return k - 2
    return k


def _office_key(span: Span, offices: dict) -> str:
    words = [t.lower_ for t in span if not t.is_punct]
    plural = offices["plural_heads"]
    words = [plural.get(w, w) for w in words]
    return " ".join(w for w in words if w not in ("the", "'s"))


def _title_organisations(parsed: Parsed, lex: Lexicon, sent_of: list[int], offices: list[Mention],
                         institutions: list[Mention]) -> list[Mention]:
    """The company a title opens with, where NER named none: "Skyline deputy chief executive", "Northgate
    chief economist". Not before a constituency's title ("Eastfield North MP"), where the name is a place."""
    doc = parsed.doc
    toks = tokens(doc)
    titles = _title_words(lex)
    place_heads = set(lex.offices["place_heads"])
    taken = {i for m in institutions for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in offices:
        if toks[m.tok_end - 1].lower_ in place_heads:
            continue
        j = m.tok_start
        while j < m.tok_end - 1 and _is_name(toks[j]) and toks[j].lower_ not in titles and not lex.party_of(toks[j].text) \
                and toks[j].ent_type_ in ("", "ORG", "PERSON") and j not in taken \
                and (toks[j].ent_type_ == "ORG" or not toks[m.tok_start].is_sent_start  # "Farm leader X said"
                     or _acronym((toks[j].text,)) and not lex.country_of(toks[j].text)):  # ("IMF boss X said" opens one)
            j += 1
        if j > m.tok_start and toks[j].lower_ in titles:
            out.append(_mention(parsed, "institution", m.tok_start, j, sent_of, f"org:{doc[m.tok_start:j].text}"))
    return out


def _surname_word(toks, i: int, lex: Lexicon) -> bool:
    """A title word that is a surname: "Mr King", "Mervyn King", "Ann Judge said": after a form of address, or
    ending a name NER reads as a person's, its first word no title, portfolio, rank, party or body."""
    t, p = toks[i], toks[i - 1] if i > 0 else None
    if p is None or not t.text[:1].isupper() or t.text.isupper():
        return False
    if p.lower_.rstrip(".") in lex.offices["personal_honorifics"]:
        return True
    o = lex.offices
    words = set(o["heads"]) | set(o["portfolios"]) | set(o["ranks"]) | set(o["honorifics"]) | set(o["name_titles"]) \
        | set(o["other_post_words"]) | lex.title_modifiers
    return t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and p.ent_iob_ == "B" and p.ent_type_ == "PERSON" \
        and (i + 1 >= len(toks) or toks[i + 1].ent_iob_ != "I") and p.text[:1].isupper() and p.is_alpha \
        and p.lower_ not in words and not lex.party_of(p.text) and not lex.country_of(p.text)


def not_a_post(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """ "market leader Harlow Dairy": a firm's standing in its field (offices.json `standings`) is no post; "over the
    head of Mr Vane": a title's "of" never takes a person by a form of address."""
    words = [t.lower_ for t in doc[m.tok_start:m.tok_end]]
    text = " ".join(words)
    return any(text == s or text.endswith(" " + s) for s in lex.offices["standings"]) \
        or "of" in words and words[-1] in lex.offices["personal_honorifics"]
