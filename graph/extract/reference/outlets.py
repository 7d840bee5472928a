"""News outlets as holders. A newspaper, broadcaster or wire agency is the channel of what others say ("told the
Borchester Echo", "according to the Daily Lantern", "the paper reported that the minister opposed X"): it takes no
side itself, unless the sentence says it speaks in its own voice (an editorial, a leader). What makes a name an
outlet is the shape of a news title (outlets.json), not a list of known titles."""
from __future__ import annotations

from spacy.tokens import Token

from .actors import Context
from ..language.syntax import text_of
from ..language.tokens import children, tokens

__all__ = ["outlet_ids", "editorial"]


def _name(text: str) -> str:
    words = text.lower().replace("\u2019", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] in ("'s", "'"):
        words = words[:-1]
    return " ".join(w[:-2] if w.endswith("'s") else w for w in words)


def _listed(name: str, data: dict) -> bool:
    return name in data["wire_agencies"] or name in data["broadcasters"] or name.endswith((" news agency", " press agency"))


def _shape(name: str, data: dict) -> str:
    """'outlet' when the name alone is a news title; 'weak' when it ends in a masthead that also ends the names of
    companies ('Royal Mail'), so the article must call it a paper; '' otherwise."""
    words = name.split()
    if not words:
        return ""
    if _listed(name, data):
        return "outlet"
    if words[-1] in data["title_heads"]:
        return "outlet"
    if words[-1] in data["weak_heads"]:
        return "outlet" if len(words) > 1 and words[-2] in data["title_modifiers"] else "weak"
    return ""


def _apposed_outlet(t: Token, data: dict) -> bool:
    """A news noun beside the name ('the Kestrel Post newspaper', 'Korva, the state news agency'), for any name."""
    def news_noun(x: Token) -> bool:
        return x.lemma_.lower() in data["apposed_nouns"] or x.lemma_.lower() in data["news_nouns"] and any(
            c.lower_ == "news" for c in children(x))
    return any(c.dep_ in ("appos", "compound") and news_noun(c) for c in children(t)) \
        or t.dep_ in ("appos", "compound") and news_noun(t.head)


def _called_outlet(t: Token, data: dict) -> bool:
    """The mention's last token is called a newspaper ('the Kestrel Post newspaper', 'the Post, a weekly') or told
    something as a channel is ('told the Post', 'in an interview with the Post')."""
    cues = data["channel_cues"]

    if _apposed_outlet(t, data):
        return True
    head = t.head
    # (not 'told Royal Mail to cut prices': an order to a body; nor 'Deutsche Post reported' or 'according to
    # Royal Mail', which companies say of themselves as often)
    if t.dep_ in ("dobj", "dative") and head.lemma_.lower() in cues["verbs_of_object"] \
            and not any(c.dep_ == "xcomp" for c in children(head)):
        return True
    return t.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in cues["nouns_with"]


def outlet_ids(ctx: Context) -> set[str]:
    """The entities of the article that are news outlets."""
    data = ctx.lex.outlets
    doc = ctx.parsed.doc
    toks = tokens(doc)
    shapes: dict[str, str] = {}
    # a person's name is a title only when the model took a title for a name: one word ('Telegraph'), or named with
    # 'the' ('the Kestrel Herald'), never a surname that is a word of mastheads ('Anshuman Magazine')
    with_the = {eid for m, eid in ctx.res.mentions if m.tok_start > 0 and toks[m.tok_start - 1].lower_ == "the"
                or toks[m.tok_start].lower_ == "the"}
    for eid, e in ctx.res.entities.items():
        # by the canonical name: 'Guardian Media Group', called 'the Guardian' too, is the company acting on its own paper
        name = _name(e.label)
        if e.type == "institution" or e.type == "person" and (len(name.split()) == 1 or eid in with_the or _listed(name, data)):
            shapes[eid] = _shape(name, data)
    out = {eid for eid, s in shapes.items() if s == "outlet"}
    for m, eid in ctx.res.mentions:
        if eid not in shapes or eid in out or m.tok_end <= 0:
            continue
        last = toks[m.tok_end - 1]
        if _apposed_outlet(last, data) or shapes[eid] == "weak" and _called_outlet(last, data):
            out.add(eid)
    return out


def editorial(ctx: Context, si: int) -> bool:
    """The sentence says an outlet speaks in its own voice ('the Echo said in an editorial', 'in its leader')."""
    text = " " + " ".join(text_of(ctx.sents[si]).lower().split()) + " "
    return any(f" {w} " in text or f" {w}," in text or f" {w}." in text for w in ctx.lex.outlets["editorial_words"])
