"""Reading an article, and cleaning its text for the parser without losing offsets.

Real articles are dirty: curly quotes, hard-wrapped lines, headings with no full
stop, words glued together by a missing space. `clean` repairs what the parser
trips on and keeps a map back to the original, so every offset the rest of the
pipeline reports points into the text exactly as the user gave it.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError
from ...model import Article

__all__ = ["tidy", "unquoted", "MAX_CHARS", "MAX_BYTES", "MAX_WORD", "CleanText", "read_article", "article_from_bytes",
           "article_from_text", "clean"]

# spaCy's own default limit: beyond it the parser's memory use is no longer safe.
MAX_CHARS = 1_000_000
# UTF-8 takes at most 4 bytes a character: a bigger file cannot fit, so it is refused before it is read.
MAX_BYTES = 4 * MAX_CHARS
# No word of prose is this long; such a run is encoded data (base64, minified code) that the
# parser would slowly cut into hundreds of nonsense "names".
MAX_WORD = 1_000

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ", "\ufeff": " ",
                         "\r": " ", "\t": " ", "\f": " ", "\v": " "})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_TAG = re.compile(r"</?(p|div|span|a|br|script|table|li|ul|h[1-6]|meta|link)\b[^>]*>", re.I)
# Suffixes that legitimately extend a name ("Blairites", "Clintonesque"): never a glued word.
_NAME_SUFFIXES = ("ian", "ians", "ite", "ites", "ism", "ist", "ists", "ese", "esque", "ization", "ised", "ized")


def read_article(path: str | Path, *, name: str | None = None) -> Article:
    """Read a UTF-8 article file; raise InputError with a one-line reason when it is unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and path.is_file():
            raise InputError(f"{path}: is {size / 1e6:,.1f} MB, more than the {MAX_CHARS:,} characters one "
                             "article may have; split it into articles")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; give the path of a UTF-8 text article") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give the path of a UTF-8 text article") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror})") from None
    return article_from_bytes(data, name=name or path.stem, source=str(path))


def article_from_bytes(data: bytes, *, name: str, source: str = "") -> Article:
    """Decode and check an article's bytes; raise InputError with a one-line reason when unusable."""
    label = source or name
    if b"\x00" in data[:65536]:
        raise InputError(f"{label}: looks binary (it holds NUL bytes); give a UTF-8 text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{label}: is not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
                         "convert it, e.g. `iconv -f latin1 -t utf-8`") from None
    return article_from_text(text, name=name, source=source)


def article_from_text(text: str, *, name: str, source: str = "") -> Article:
    """Check a decoded article and wrap it; raise InputError when it is unusable."""
    label = source or name
    if not text.strip():
        raise InputError(f"{label}: is empty; give an article with some text")
    if len(text) > MAX_CHARS:
        raise InputError(f"{label}: has {len(text):,} characters, more than the {MAX_CHARS:,} one article "
                         "may have; split it into articles")
    if _HTML.search(text) or len(_TAG.findall(text[:200_000])) > 20:
        raise InputError(f"{label}: looks like HTML, not article text; save the page as plain text first")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > 0.1 * min(len(text), 65536):
        raise InputError(f"{label}: looks binary ({controls:,} control characters); give a UTF-8 text article")
    longest = max(text.split(), key=len)
    if len(longest) > MAX_WORD:
        at = text.index(longest)
        line = text.count("\n", 0, at) + 1
        raise InputError(f"{label}: line {line} has a run of {len(longest):,} characters with no space "
                         f"(more than {MAX_WORD:,}: encoded data, not prose); remove it")
    return Article(name=name, text=text, source=source)


@dataclass(frozen=True)
class CleanText:
    """Text for the parser, with `offsets[i]` the original index of character i."""

    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the clean text back to the original text."""
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else self.offsets[-1] + 1
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def tidy(text: str) -> str:
    """A name or label for display: control characters out, whitespace runs to one space, no half of a wire's
    angle brackets ("chairman of <Kestrel Capital Corp" is "chairman of Kestrel Capital Corp") and no ticker
    ("Kestrel <KES> Corp" is "Kestrel Corp")."""
    return " ".join(_bracket_halves(_WIRE_TICKER.sub(" ", _CONTROL.sub(" ", text))).split())


# a straight quote that opens a word, and one that closes it ("'law'"); the same mark is an apostrophe inside a
# word ("Kennedy's") and the possessive of a plural ("farmers' union"), which are no quotation marks
_OPENING_QUOTE = re.compile(r"(?:(?<=\s)|^)'(?=\w)")
_CLOSING_QUOTE = re.compile(r"(?<=[^\Ws])'(?=\s|$)")


def unquoted(phrase: str) -> str:
    """A label cut out of a quotation keeps no half of its quotation marks: "illegal 'law" (from "this illegal
    'law'") is "illegal law", "unfair' taxes" (from "'unfair' taxes") is "unfair taxes"; marks that pair up stay."""
    if sum(phrase.count(q) for q in "\"“”") % 2 or sum(phrase.count(q) for q in "‘’") % 2:
        phrase = re.sub("[\"“”‘’]", "", phrase)
    opening, closing = len(_OPENING_QUOTE.findall(phrase)), len(_CLOSING_QUOTE.findall(phrase))
    if opening > closing:
        phrase = _OPENING_QUOTE.sub("", phrase)
    elif closing > opening:
        phrase = _CLOSING_QUOTE.sub("", phrase)
    return phrase


def clean(text: str, verbs: Container[str] = frozenset()) -> CleanText:
    """Repair what trips the parser; same characters where possible, a space inserted where needed. `verbs`: the
    base forms of English verbs (the pipeline's lemma index), by which a name glued to the verb after it is told
    from a longer name (see _glued_words); without them no name is cut."""
    chars = _CONTROL.sub(" ", text.translate(_QUOTES))
    chars = _unbracketed(_unwrap(chars))
    inserts = sorted(set(_glued_words(chars, verbs)) | set(_missing_spaces(chars)))
    out, offsets, prev = [], [], 0
    for pos in inserts:
        out.append(chars[prev:pos])
        offsets.extend(range(prev, pos))
        out.append(" ")
        offsets.append(pos)  # an inserted space maps to the character after it
        prev = pos
    out.append(chars[prev:])
    offsets.extend(range(prev, len(chars)))
    return CleanText("".join(out), tuple(offsets))


# Reuters' house style brackets a company with no listed shares ("<Kestrel Capital Corp> said"), as it does a
# listed one's ticker ("Marlow Industries Inc <MRL>", which mentions/find.py reads as the mark of a company): the
# tagger reads the brackets of a name as symbols inside it ("Kestrel Capital Corp>"), so the name is read without.
_WIRE_NAME = re.compile(r"<([A-Z][^<>\n]{0,79})>")
_WIRE_TICKER = re.compile(r"<[A-Z0-9. ]{1,12}>")


def _bracket_halves(text: str) -> str:
    """A label cut through a wire's bracketed name keeps one of its brackets: that half goes, a pair stays."""
    if "<" in text and ">" not in text[text.index("<"):]:
        text = re.sub(r"<(?=[A-Za-z])", "", text)
    if ">" in text and "<" not in text[:text.rindex(">")]:
        text = re.sub(r"(?<=[\w.])>", "", text)
    return text


def _unbracketed(text: str) -> str:
    """A wire's name in angle brackets as plain words, at the same offsets; a ticker (no small letter) stays."""
    return _WIRE_NAME.sub(lambda m: f" {m[1]} " if any(c.islower() for c in m[1]) else m[0], text)


def _unwrap(text: str) -> str:
    """Turn the newlines of hard-wrapped paragraphs into spaces, keep paragraph and heading breaks."""
    lines = text.split("\n")
    long_lines = [ln for ln in lines if len(ln.strip()) >= 40]
    open_ends = sum(1 for ln in long_lines if not re.search(r"[.!?:\"')\]]\s*$", ln))
    # Wire copy wraps every line; edited web copy has one paragraph a line.
    wrapped = len(long_lines) >= 3 and open_ends > len(long_lines) / 2
    out = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if line.strip() and nxt.strip() and not nxt[:1].isspace():
            continues = nxt.lstrip()[:1].islower() or line.rstrip()[-1:] in ",;-(&"
            if continues or (wrapped and not re.search(r"[.!?:\"']\s*$", line)):
                out[pos] = " "
        pos += 1
    return "".join(out)


def _glued_words(text: str, verbs: Container[str]) -> list[int]:
    """Positions inside a token where a known name runs into the next word ("Kaneintensifies").

    The name must be one the story uses inside a sentence (not "That" of a sentence's start) and what follows it
    an inflected verb ("intensifies", "announced"): a name's own ending is most often a word of its own too
    ("Thai-land", "Scot-land", "Camp-bell", "West-minster") or none ("That-cher", "Euro-pean"). Measured on the
    2,217 BBC articles of ../shared/corpus, the eval folders and the seeds, the earlier test (any capitalised word
    of the story at the head) cut 116 words, of which only the seeds' "Netanyahuintensifies" was glue ("Margaret
    Thatcher" became "Margaret That cher" in a story with a sentence opening "That"); this one cuts only that."""
    words = Counter(re.findall(r"\b[A-Z][a-z]{3,}\b", text))
    inside = {m.group(1) for m in re.finditer(r"[a-z,;] +([A-Z][a-z]{3,})\b", text)}
    found = []
    for m in re.finditer(r"\b([A-Z][a-z]{3,})([a-z]{4,})\b", text):
        token = m.group(0)
        if words[token] > 1:
            continue
        for cut in range(len(token) - 4, 3, -1):
            head, rest = token[:cut], token[cut:]
            if head in inside and rest not in _NAME_SUFFIXES and not rest.startswith(_NAME_SUFFIXES) \
                    and _inflected_verb(rest, verbs):
                found.append(m.start() + cut)
                break
    # a lower-case word glued to a known capitalised name ("escalationKane")
    for m in re.finditer(r"\b([a-z]{3,})([A-Z][a-z]{3,})\b", text):
        if m.group(2) in words:
            found.append(m.start(2))
    return found


# the regular endings of a verb's third person, past and participles, with what they replace of the base
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))


def _inflected_verb(word: str, verbs: Container[str]) -> bool:
    return any(word.endswith(end) and word[:-len(end)] + base in verbs for end, base in _INFLECTIONS)


def _missing_spaces(text: str) -> list[int]:
    """Sentences run together with no space after the full stop ("said.The")."""
    return [m.start(2) for m in re.finditer(r"[a-z]{2}([.!?])([A-Z][a-z]+\b)", text)
            if not re.match(r"[a-z]{2}[.](com|org|net|gov|uk)\b", m.group(0), re.I)]
