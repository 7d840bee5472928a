"""Reading and cleaning: the parser gets repaired text, every offset still points into the original."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from graph.extract.language.text import CleanText, article_from_text, clean, read_article, unquoted
from graph.extract.language.nlp import verb_index

DATA = ROOT / "tests" / "data"

# what `clean` may legitimately turn an original character into
_SAME = {'"': "\u201c\u201d\u201e\u201f\u2033", "'": "\u2018\u2019\u201a\u201b\u2032"}


def _equivalent(clean_char: str, original_char: str) -> bool:
    if clean_char == original_char:
        return True
    if clean_char == " ":
        return not original_char.isprintable() or original_char.isspace() or original_char in "\ufeff\u200b"
    return original_char in _SAME.get(clean_char, "")


def _flat(text: str) -> str:
    return "".join(text.split()).translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''"))


def _check_map(original: str, cleaned: CleanText) -> None:
    """Every clean character maps to an original one it stands for, or is an inserted space."""
    assert len(cleaned.offsets) == len(cleaned.text)
    assert list(cleaned.offsets) == sorted(cleaned.offsets)
    for i, (char, o) in enumerate(zip(cleaned.text, cleaned.offsets)):
        assert 0 <= o <= len(original)
        inserted = i + 1 < len(cleaned.offsets) and cleaned.offsets[i + 1] == o
        if inserted:
            assert char == " "
        else:
            assert _equivalent(char, original[o]), (i, char, original[o])


# --- reading -------------------------------------------------------------------------------------

def test_read_article_keeps_the_text_exactly(tmp_path):
    path = tmp_path / "note.txt"
    text = "Minister Ann Oduya said.\r\nShe left \u201cearly\u201d.\n"
    path.write_bytes(text.encode("utf-8"))
    article = read_article(path)
    assert article.text == text
    assert article.name == "note"
    assert article.source == str(path)


def test_read_article_drops_a_byte_order_mark_only(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfThe council backed the levy.\n")
    assert read_article(path).text == "The council backed the levy.\n"


def test_read_article_offsets_point_into_a_bom_file(tmp_path, nlp):
    from graph.extract.build import build_article
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffSenator Tom Okafor backed the carbon tax.\n".encode("utf-8"))
    graph = build_article(read_article(path), nlp)
    assert graph.statements
    for s in graph.statements:
        assert graph.article.text[s.evidence.start:s.evidence.end] == s.evidence.sentence


# --- cleaning ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("\u201cNo,\u201d she said. \u2018Maybe,\u2019 he said.", "\"No,\" she said. 'Maybe,' he said."),
    ("Officials said.The minister disagreed.", "Officials said. The minister disagreed."),
    ("Tom Smith spoke on Monday. Smithannounced a new tax.", "Tom Smith spoke on Monday. Smith announced a new tax."),
    ("Ann Kane spoke. Kaneintensifies her push.", "Ann Kane spoke. Kane intensifies her push."),
    ("Smith spoke first. The escalationSmith feared came.", "Smith spoke first. The escalation Smith feared came."),
], ids=["curly-quotes", "missing-space-after-stop", "glued-name-then-word", "glued-name-then-ies", "glued-word-then-name"])
def test_clean_repairs(text, expected, nlp):
    assert clean(text, verb_index(nlp)).text == expected


@pytest.mark.parametrize("text", [
    "Blair spoke to Blairites in London. Blair left.",  # a suffix that extends a name is not glue
    "Reporters can read more at bbc.com today.",  # a domain is not a missing space
    "Smithson and Smith met. Smithson spoke.",  # a longer name used twice is a name, not glue
    "Officials said e.g. that it works.",
    # a capitalised word only ever at a sentence's start is no name: "Thatcher" is not "That" glued to "cher"
    "Tom Vane challenged Margaret Thatcher in 1989. That challenge failed.",
    # a name whose ending is a word, or no verb: "Scot" and "West" named in the story do not cut them
    "A Scot in Scotland. Tom West spoke at Westminster. Tom Camp met Ann Campbell.",
    "Ann Euro and Tom Will met European and Williams officials.",
], ids=["name-suffix", "domain", "repeated-longer-name", "abbreviation", "sentence-start-word", "name-then-noun",
        "name-then-no-word"])
def test_clean_leaves_alone(text, nlp):
    assert clean(text, verb_index(nlp)).text == text


def test_clean_unwraps_hard_wrapped_lines_and_keeps_paragraphs():
    text = (DATA / "dirty-article.txt").read_text(encoding="utf-8")
    cleaned = clean(text).text
    assert "that the proposed harbour levy would drive" in cleaned
    assert "\n\n\"This levy is a mistake,\" Brandt said. The harbour" in cleaned
    # the heading has no full stop: its line break must survive so it stays its own sentence
    assert cleaned.startswith("Ministers clash over harbour levy\n")


def test_clean_heading_stays_its_own_sentence(nlp):
    from graph.extract.language.nlp import parse
    article = article_from_text("Rows over budget\nThe minister resigned on Monday.", name="h")
    sents = [s.text.strip() for s in parse(article, nlp).doc.sents]
    assert sents[0] == "Rows over budget"


@pytest.mark.parametrize("text, first", [
    ("The bridge will cost the council £40m. Opposition leader Ann Lee called it a waste.",
     "The bridge will cost the council £40m."),
    ("Sales fell to $2bn. Chief executive Tom Bell blamed the weather.", "Sales fell to $2bn."),
    ("The fund lost 300k. Its manager resigned.", "The fund lost 300k."),
])
def test_an_amount_closing_a_sentence_ends_it(nlp, text, first):
    # the tokenizer keeps "m." whole as an abbreviation: the parser then ran both sentences into one
    from graph.extract.language.nlp import parse
    sents = [s.text.strip() for s in parse(article_from_text(text, name="a"), nlp).doc.sents]
    assert sents[0] == first and len(sents) == 2, sents


@pytest.mark.parametrize("text, lead", [
    ("Brewer rejects bid\n\nKestrel Breweries rejected a takeover offer from Dalton Drinks.",
     "Kestrel Breweries rejected a takeover offer from Dalton Drinks."),
    ("Kennedy attacks tax plan\n\nLib Dem leader Ann Lee attacked the plan on Monday.",
     "Lib Dem leader Ann Lee attacked the plan on Monday."),
])
def test_a_paragraph_keeps_its_first_word_in_its_first_sentence(nlp, text, lead):
    # told where the paragraph starts, the parser ended a sentence after the lead's first word
    from graph.extract.language.nlp import parse
    sents = [s.text.strip() for s in parse(article_from_text(text, name="p"), nlp).doc.sents]
    assert sents[1] == lead, sents


def test_an_amount_inside_a_sentence_does_not_end_it(nlp):
    from graph.extract.language.nlp import parse
    sents = list(parse(article_from_text("It cost £3m. in all, Mr Lee said.", name="a"), nlp).doc.sents)
    assert len(sents) == 1


def test_clean_span_maps_back_exactly_on_the_dirty_fixture(nlp):
    text = (DATA / "dirty-article.txt").read_text(encoding="utf-8")
    cleaned = clean(text, verb_index(nlp))
    _check_map(text, cleaned)
    for word in ("Aalto announced", "Brandt said. The", "\"This levy is a mistake,\""):
        i = cleaned.text.index(word)
        s, e = cleaned.span(i, i + len(word))
        # the original has curly quotes and no inserted spaces: equal once both are flattened
        assert _flat(text[s:e]) == _flat(word)


def test_clean_span_of_an_empty_span_is_empty():
    cleaned = clean("Officials said.The minister disagreed.")
    s, e = cleaned.span(5, 5)
    assert s == e


_PIECES = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?'\"- \n\t\r\x00\x07")
                          + ["\u201c", "\u201d", "\u2018", "\u2019", "\u00a0", "\ufeff", "\u200b", "Smith ",
                             "Smithannounced", "escalationSmith", "said.The", "\n\n", "Heading\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=80).map("".join))
def test_clean_offsets_always_point_into_the_original(text):
    _check_map(text, clean(text, frozenset({"announce"})))  # the verb, so that "Smithannounced" is cut


def test_parsed_tokens_map_to_original_text(seed_parsed):
    """Every token of the Doc, mapped back, is the same characters in the article (quotes and spaces aside)."""
    doc, text = seed_parsed.doc, seed_parsed.article.text
    for token in doc:
        if token.is_space:
            continue
        s, e = seed_parsed.tokens_span(token.i, token.i + 1)
        original = text[s:e]
        assert len(original) == len(token.text), (token.text, original)
        assert all(_equivalent(a, b) for a, b in zip(token.text, original)), (token.text, original)


def test_parsed_glued_word_in_seed_is_two_tokens(seed_parsed):
    """The seed glues a surname to the next word; after cleaning the surname is a token of its own."""
    doc = seed_parsed.doc
    glued = [t for t in doc if t.text.startswith("Netanyahu") and len(t.text) > len("Netanyahu") + 2]
    assert not glued


@pytest.mark.parametrize("label, shown", [
    ("illegal 'law", "illegal law"),                        # the closing mark left outside the label
    ("unfair' taxes", "unfair taxes"),                      # the opening one left outside
    ("so-called 'human rights", "so-called human rights"),
    ('the "fair deal', "the fair deal"),
    ("farmers' union", "farmers' union"),                   # a plural's possessive is no quotation mark
    ("Kent's 'fair' plan", "Kent's 'fair' plan"),           # an apostrophe, and marks that pair up
    ("the 'fair deal'", "the 'fair deal'"),
])
def test_unquoted_drops_the_half_of_a_quotation_a_label_cut(label, shown):
    assert unquoted(label) == shown
