"""A body's name never carries a bracket it does not close: the parser's entity often runs into
"(ACRONYM" when the body is the second of two joined names."""
import pytest

from graph.extract.mentions.spans import strip_span


@pytest.mark.parametrize("text, expected", [
    ("Talks between Corvex and the National Union of Ferry Workers (NUFW) resumed on Monday.",
     "National Union of Ferry Workers"),
    ("A deal by Bellmar and the Federation of Small Growers (FSG) was signed in March.",
     "Federation of Small Growers"),
])
def test_joined_body_label_stops_before_open_bracket(build_text, text, expected):
    graph = build_text(text + " The union has 9,000 members.")
    labels = {e.label for e in graph.entities}
    assert expected in labels
    assert not any("(" in label and ")" not in label for label in labels)


@pytest.mark.parametrize("text, span, expected", [
    ("the Ferry Union (FU", (0, 5), "Ferry Union"),
    # a closing bracket at the end is trimmed as punctuation, which leaves its opener unclosed
    ("the Ferry Union (FU) said", (0, 6), "Ferry Union"),
    ("the Ferry Union (FU) said", (0, 4), "Ferry Union"),
    ("Ferry Union [FU] branch", (0, 6), "Ferry Union [FU] branch"),
])
def test_strip_span_cuts_unclosed_bracket(nlp, text, span, expected):
    doc = nlp.make_doc(text)
    start, end = strip_span(doc, *span, set())
    assert doc[start:end].text == expected
