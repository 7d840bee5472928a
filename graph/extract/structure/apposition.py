"""Whether a name and a title beside it, a comma between, are one person's (apposed: "Acme's chairman, Tom Roe,
said") or two people's, each with a place of their own in the sentence. Read from the parse:

- "as he begins his second term as president, Tom Vane has said": the name is the subject of its own verb and the
  title sits in another clause (subject_not_apposed);
- "Echoing envoy Ann Roe, the prime minister said": the title is the subject and the name lies in a phrase fronted
  before it (in_fronted_adjunct).
"""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["subject_not_apposed", "in_fronted_adjunct"]

_ADJUNCTS = ("advcl", "prep", "pcomp", "npadvmod")


def subject_not_apposed(title: Token, name: Token) -> bool:
    """Whether a name after a title and a comma is the subject of its own verb, not a name apposed to the title.
    "As chief executive, Tom Vane will run the firm" is one person: an "as" phrase of the name's own verb says
    what the subject is."""
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not (title.dep_ == "pobj" and title.head.lower_ == "as" and title.head.head.i == name.head.i)


def in_fronted_adjunct(subject: Token, t: Token) -> bool:
    """Whether t lies in a clause or phrase fronted before `subject` that modifies the verb `subject` is the subject
    of ("Echoing Ann Roe, the minister said", "Speaking after Ann Roe, the minister said")."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or t.i >= subject.i:
        return False
    verb, x = subject.head, t
    while x.head.i != x.i and x.head.i != verb.i:
        x = x.head
    return x.head.i == verb.i and x.i != subject.i and x.dep_ in _ADJUNCTS
