"""Names of bodies the small NER model cuts at their "and": "the Department for Roads and Harbours" comes out as
"the Department for Roads" and "Harbours", "the Organisation for Maritime Co-operation and Development" as
"... Co-operation and" and "Development". A reader takes the whole name; the pieces are nothing the story
names (a department cut short is another department, or none).

    joined_names(doc) -> doc with those entity spans joined
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .lexicon import load_lexicon

_AND = ("and", "&")


def joined_names(doc: Doc) -> Doc:
    """Join an organisation's span that ends on "and" with the capitalised words after it, and one named by its
    remit ("Department for X", "Ministry of X", institutions.json `remit_heads`) with the capitalised words its
    list of remits goes on with (", Parks and Sport", "and Harbours"), where those words are named nowhere else in
    the story on their own (not "the Department for Roads and Railnet": Railnet acts alone elsewhere)."""
    heads = load_lexicon().institutions["remit_heads"]
    ents = list(doc.ents)
    out, k, changed = [], 0, False
    while k < len(ents):
        e = ents[k]
        end = None
        if e.label_ == "ORG":
            end = _run_end(doc, e.end) if e[-1].lower_ in _AND and len(e) > 1 else None
            if end is not None and _named_elsewhere(doc, e.end, end):
                end = None
            if end is None and _remit_name(e, heads):
                end = _remit_list_end(doc, e.end)
            if end is None and k + 1 < len(ents):
                end = _shared_head_end(doc, e, ents[k + 1], heads)
        inside = [x for x in ents[k + 1:] if end is not None and x.start < end]
        # (a name of another kind, or one running on past the list, keeps its tagging)
        if end is None or any(x.end > end or x.label_ not in ("ORG", "PERSON", "NORP", "PRODUCT") for x in inside):
            out.append(e)
            k += 1
            continue
        out.append(Span(doc, e.start, end, label="ORG"))
        k += 1 + len(inside)
        changed = True
    if changed:
        doc.ents = out
    return _partnerships(doc)


def _partnerships(doc: Doc) -> Doc:
    """A firm named for its partners and closed by its legal form, "Tilden, Ross and Co", "Brand & Hale Inc": the
    tagger takes the partners for a place and a person; the whole run is the firm (institutions.json legal_forms).
    Only where the run can be nothing else: the form alone after "and" ("Tilden and Co"), partners of one word
    each after the first ("Marlow, Pike and Dunn Inc", "Harbour Lloyd, Pike and Dunn Inc"), or a firm's name going on
    with its trades, one word after "and" ("Kestrel Tire and Rubber Co"); "Carl Brandt and Norvex Holdings Inc" is a
    man and a firm, "Kestrel Motor Co and Norvex Corp" two firms."""
    forms = load_lexicon().words("institutions", "legal_forms")
    spans = []
    for t in doc:
        if t.lower_.rstrip(".") not in forms or not t.text[:1].isupper() or t.i < 2:
            continue
        last = t.i - 1 if _capital(doc[t.i - 1]) else t.i  # the last partner's word before the form, if any
        if doc[last - 1].lower_ not in _AND:
            continue
        alone, k, start = last == t.i, last - 2, None
        while k >= 0 and _capital(doc[k]):
            j = k
            while alone and j > 0 and _capital(doc[j - 1]):
                j -= 1  # beside the form alone, a partner of any words ("Gray Hale, Ward Lyon and Co")
            if not alone and j > 0 and _capital(doc[j - 1]):
                # a partner of more words is as likely a firm of its own, but not first in a list of partners
                # ("Harbour Lloyd, Pike, Dunn and Vale Inc") nor a firm's name going on with its trades
                # ("Kestrel Tire and Rubber Co": no person's name before "and", one word after it)
                first = j
                while first > 0 and first > j - 3 and _capital(doc[first - 1]):
                    first -= 1
                listed = k < last - 2
                trades = not listed and doc[k].lower_.rstrip(".") not in forms and not any(
                    doc[x].ent_type_ in ("PERSON", "GPE", "NORP") for x in range(first, last))  # (not "Kestrel Motor Co and Norvex Corp")
                start = first if (listed or trades) and (first == 0 or not _capital(doc[first - 1])) else None
                break
            start = j
            if j < 2 or doc[j - 1].text != "," or not _capital(doc[j - 2]):
                break
            k = j - 2
        end = t.i + 1
        while end < len(doc) and doc[end].lower_.rstrip(".") in forms and doc[end].text[:1].isupper():
            end += 1  # "Grey Wolfe and Co Inc"
        if start is not None and (start == 0 or not _capital(doc[start - 1])):
            spans.append(Span(doc, start, end, label="ORG"))
    if not spans:
        return doc
    spans = filter_spans(spans)
    keep = [e for e in doc.ents if not any(e.start < x.end and x.start < e.end for x in spans)]
    doc.ents = sorted(keep + spans, key=lambda e: e.start)
    return doc


def _capital(t) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def _remit_name(e: Span, heads) -> bool:
    """ "the Department for Roads", "Ministry of Ports": a body's kind, then what it is for or of."""
    words = [t.lower_ for t in e]
    if words and words[0] == "the":
        words = words[1:]
    return len(words) >= 3 and words[0] in heads and words[1] in ("for", "of") and e[-1].text[:1].isupper()


def _shared_head_end(doc: Doc, e: Span, nxt: Span, heads) -> int | None:
    """ "Harbour and Dock Workers Union": one word tagged apart, "and", then a name ending on a kind of body
    that both words describe, the one word named nowhere else in the story on its own."""
    if len(e) != 1 or e.end >= len(doc) or doc[e.end].lower_ not in _AND or nxt.start != e.end + 1 \
            or nxt.label_ != "ORG" or nxt[-1].lower_ not in heads or not e[0].is_alpha:
        return None
    lower = {t.text for t in doc if t.is_lower}
    if any(t.text == e[0].text for t in doc if t.i != e.start and (not t.is_sent_start or t.lower_ not in lower)):
        return None
    return nxt.end


def _run_end(doc: Doc, i: int) -> int | None:
    """End of the capitalised words from i (one to three: "Development", "Allied Workers")."""
    j = i
    while j < len(doc) and j < i + 3 and doc[j].text[:1].isupper() and doc[j].is_alpha \
            and doc[j].ent_type_ not in ("PERSON", "GPE", "DATE"):
        j += 1
    return j if j > i else None


def _remit_list_end(doc: Doc, i: int) -> int | None:
    """ "and Harbours", ", Parks and Sport": the remits a body's name lists after its first, each one to three
    capitalised words, the last after "and", none of them named on its own elsewhere in the story."""
    j = i
    while j < len(doc) and doc[j].text == ",":
        run = _run_end(doc, j + 1)
        if run is None:
            return None
        j = run
    if j >= len(doc) or doc[j].lower_ not in _AND:
        return None
    end = _run_end(doc, j + 1)
    if end is None or end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return None
    return None if _named_elsewhere(doc, i, end) else end


def _named_elsewhere(doc: Doc, i: int, end: int) -> bool:
    """A capitalised word of doc[i:end] stands elsewhere in the story outside such a list: a name of its own."""
    words = {doc[x].text for x in range(i, end) if doc[x].text[:1].isupper()}
    lower = {t.text for t in doc if t.is_lower}
    # (the same list named again, "... Roads and Harbours" twice, is no other name; a capital opening a sentence
    # counts where the word is never written in lower case: "Railnet said")
    return any(not i <= t.i < end and t.text in words and (not t.is_sent_start or t.lower_ not in lower)
               and (t.i == 0 or doc[t.i - 1].lower_ not in (*_AND, ",")) for t in doc)
