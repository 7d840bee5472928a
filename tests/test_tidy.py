"""Knowledge kept in one place and read by every rule that needs it (the code review's leftovers): each
test here pins a behaviour several rules once decided with their own copy of a word list or a function."""
from __future__ import annotations

import pytest

from graph.extract.language.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def _holds(graph) -> set[tuple[str, str, bool]]:
    """(holder label, office label, former) of every holds edge."""
    labels = {e.id: e.label for e in graph.entities}
    return {(labels[s.subject], labels[s.object], s.former) for s in graph.statements if s.relation == "holds"}


# --- the words of tenure before a title (offices.json former_words, tenure_words) -------------------------
def test_tidy_tenure_words_are_one_list_in_the_lexicon(lex):
    former, tenure = lex.words("offices", "former_words"), lex.words("offices", "tenure_words")
    assert {"former", "ex", "then", "late"} <= former and {"outgoing", "acting", "interim", "new"} <= tenure
    assert not former & tenure and lex.title_modifiers == former | tenure
    assert not lex.title_modifiers & set(lex.offices["unscoped_title_words"])  # read from the tenure lists


@pytest.mark.parametrize("text, holder, office, former", [
    ("The late Senator Ruth Okafor had backed the dam. Mr Pell said so.", "Ruth Okafor", "Senator", True),
    ("Former Governor Alan Brisk said he opposed the toll.", "Alan Brisk", "Governor", True),
    ("Outgoing chairman Piet Visser said he backed the merger.", "Piet Visser", "chairman", False),
    ("Acting President Mara Quist said she opposed the levy.", "Mara Quist", "President", False),
    ("Piet Visser, the outgoing finance minister, said he backed the merger.", "Piet Visser", "finance minister", False),
])
def test_tidy_a_word_of_tenure_is_no_part_of_the_title(build_text, text, holder, office, former):
    held = {(h, o.split("/")[-1] if "/" in o else o, f) for h, o, f in _holds(build_text(text))}
    assert (holder, office, former) in held, held


# --- honorifics: one list (offices.json honorifics and name_titles), read through lex.honorifics ------------
def test_tidy_honorifics_are_one_list(lex):
    assert {"mr", "mrs", "dr", "prof", "rev", "rt hon", "lord", "lady", "sir", "dame"} <= lex.honorifics
    assert set(lex.gender["honorifics"]) <= lex.honorifics  # gender.json says the sex of some, lists none of its own


@pytest.mark.parametrize("label, alone", [("Rabbi Vance", True), ("Baroness Vance", True), ("Mr. Vance", True),
                                          ("Sheikh Omar Vance", False), ("Mary Vance", False)])
def test_tidy_a_surname_alone_is_read_with_every_honorific(label, alone):
    from graph.extract.entities.identity import surname_alone
    assert surname_alone(label) is alone


# --- the climb from a word of a name to the name's head: syntax.name_head, read by every rule ---------------
@pytest.mark.parametrize("text, word, head, subject, main", [
    ("Jo Vale, the minister, said the levy would fail.", "Jo", "Vale", True, True),
    ("The minister, Jo Vale, said the levy would fail.", "Vale", "minister", True, True),
    ("Jo Vale's aide said the levy would fail.", "Jo", "Vale", False, False),
    ("Critics said Jo Vale opposed the levy.", "Jo", "Vale", True, False),
])
def test_tidy_one_climb_from_a_name_to_its_head(nlp, text, word, head, subject, main):
    from graph.extract.language.syntax import is_subject, main_clause_subject, name_head
    t = next(t for t in nlp(text) if t.text == word)
    assert (name_head(t).text, is_subject(t), main_clause_subject(t)) == (head, subject, main)
