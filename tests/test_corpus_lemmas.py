"""A build's pipeline looks its lemmatizer's words up in sets: the same lemmas as spaCy's lists, sooner."""
from graph.extract.language.nlp import load_pipeline

# invented prose with inflected nouns, verbs and adjectives the rules must take apart
TEXT = ("The harbour wardens were arguing that the ferries carried fewer passengers, and the councillors "
        "had promised cheaper fares. Bigger boats sailed earlier; the newest crews said they were tiring "
        "of the ministers' studies, which bodies had already been funding for years.\n"
        "Mayors Ellery and Quent disputed the cities' figures.")


def _lemmas(nlp, doc):
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.cache = {}
    for token in doc:
        token.lemma_ = ""
    lemmatizer(doc)
    return [token.lemma_ for token in doc]


def test_the_lemmatizer_index_is_sets_and_gives_the_lemmas_of_the_lists():
    nlp = load_pipeline()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    sets = dict(index.items())
    assert sets and all(isinstance(words, frozenset) for words in sets.values())
    doc = nlp(TEXT)
    with_sets = _lemmas(nlp, doc)
    try:
        for key, words in sets.items():
            index[key] = sorted(words)
        with_lists = _lemmas(nlp, doc)
    finally:
        for key, words in sets.items():
            index[key] = words
        nlp.get_pipe("lemmatizer").cache = {}
    assert with_sets == with_lists
    assert {"ferry", "passenger", "cheap", "sail", "study", "fund", "city"} <= set(with_sets)


def test_loading_twice_keeps_the_sets():
    nlp = load_pipeline()
    assert load_pipeline() is nlp
    assert all(isinstance(w, frozenset) for w in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
