"""Speakers: who is quoted or reported in each sentence. A quotation runs over sentences and paragraphs and
names its speaker once, before, inside or after it; reported speech runs on unquoted; a speech verb inside a
quotation ("they fear", "I think") is the quoted one's words, no attribution. Stance rules read
`ctx.speaker` (sentence -> entity ids) once `find_speakers` has run.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...reference.context import Context
from ..frame import negated
from ...reference.actors import actors
from ...reference.salience import person_genders, quoted_tokens
from ...language.syntax import SUBJECTS, pobj, subjects, text_of, unique
from ...language.tokens import children, sent_tokens, tokens

__all__ = ["find_speakers"]


def find_speakers(ctx: Context) -> None:
    """Who is speaking in each sentence of quoted or reported speech."""
    _office_pronouns(ctx)
    speech = ctx.lex.words("stance", "speech")
    explicit: dict[int, list[str]] = {}
    attributed: set[int] = set()  # sentences that name a speaker, an actor of the article or not ("one trader said")
    quoted = {i for i, inside in enumerate(quoted_tokens(ctx.parsed.doc)) if inside}
    for si, sent in enumerate(ctx.sents):
        for t in sent_tokens(sent):
            speaking = t.lemma_.lower() in speech and t.pos_ in ("VERB", "AUX") and t.i not in quoted
            if speaking:
                attributed.add(si)
            if speaking and not negated(ctx, t):  # "Roe did not say whether ...": no one speaks
                # ('"The board, for all its talk, has failed," he said': a subject of the quoted words the parser hangs
                # on the speech verb too says nothing)
                subs = subjects(t)
                subs = [s for s in subs if s.i not in quoted] or subs
                ids = [a for s in subs for a in actors(ctx, s, si)] or [a for s in subs for a in _spoken_for(ctx, s, si)]
                if not subs:
                    ids = _stranded_speaker(ctx, t, si, quoted)
                if ids:
                    explicit[si] = unique(ids)
                    break
            if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to" and pobj(t.nbor(1)) is not None:
                # "the levy would hurt farmers, according to the union": the union says so
                source = pobj(t.nbor(1))
                ids = [a for x in [source] + list(source.conjuncts) for a in actors(ctx, x, si)]
                if ids:
                    explicit[si] = unique(ids)
                    break
        if si not in explicit:
            ids = _colon_speakers(ctx, si, quoted)
            if ids:
                explicit[si] = ids
    # quoted runs: a quotation spans sentences and paragraphs (news copy reopens the quote at each
    # paragraph without closing the last); its speaker is named once, before, inside or after it
    runs: list[list[int]] = []
    open_quote = False
    for si, sent in enumerate(ctx.sents):
        marks = [t for t in sent_tokens(sent) if t.text == '"' or t.tag_ in ("``", "''")]
        if not open_quote and not marks:
            continue
        opens_new = not open_quote and any((t.tag_ == "``" or _opening(t)) and not _closing(t) for t in marks)
        if opens_new or not runs or runs[-1][-1] != si - 1:
            runs.append([si])
        else:
            runs[-1].append(si)
        for t in marks:
            open_quote = not _closing(t) and (t.tag_ == "``" or (t.tag_ != "''" and _opening(t)))
    previous: tuple[int, list[str]] | None = None  # (last sentence, speakers) of the run before
    for run in runs:
        speakers = [explicit[x] for x in run if x in explicit]
        before = run[0] - 1
        if not speakers and before >= 0 and before in explicit and ctx.sents[before].text.rstrip().endswith(":"):
            speakers = [explicit[before]]
        # a quotation that goes on right after its attribution: '"...," Moss said. "Roe has made a mess of it.'
        # (a sentence of the narrator's that quotes a phrase, 'Lee called it "a raid on savers."', is Lee's word,
        # not the last speaker's: only a quotation that opens its sentence goes on)
        leads = _quote_leads(ctx, run[0])
        if not speakers and leads and previous and previous[0] == before:
            speakers = [previous[1]]
        # a quotation no one is named in, right after one's reported speech: 'Roe said the levy was unfair.
        # "It is a tax on farming."'
        if not speakers and leads and before in explicit and before not in ctx.headings:
            speakers = [explicit[before]]
        # a quotation no one is named in, after a paragraph of what one did: 'Lund attacked the plan. "It is a
        # mess."' is Lund's (news copy names who speaks next to a quotation, and one named nowhere is the one the
        # story just followed); not after a sentence that itself quotes or names a speaker
        if not speakers and not attributed & set(run):
            speakers = [ids for ids in [_actor_before(ctx, before, run[0], quoted, attributed)] if ids]
        if speakers:
            # a run that goes on past a second attribution ('Roe said "..." Cole said "...') is the last one named
            # before each sentence, else the first one named after it
            last = speakers[0]
            for si in run:
                last = explicit.get(si, last)
                if _title_line(ctx, si) and si not in explicit:
                    continue  # "'Levy could cost £9m'": a headline's quoted claim is the desk's, told again in the body
                ctx.speaker[si] = last
            previous = (run[-1], last)
        else:
            previous = None
    for si, who in explicit.items():
        ctx.speaker.setdefault(si, who)
    _reported_continuations(ctx)


def _actor_before(ctx: Context, before: int, first: int, quoted: set[int], attributed: set[int]) -> list[str]:
    """The one actor the paragraph before a quotation that opens sentence `first` is about: the subject of the
    main clause nearest it ("The committee made 40 proposals. One was X. // "We accept ..."" is the committee's),
    in narrative sentences only: none names a speaker or opens on a quotation."""
    opening = next((t for t in sent_tokens(ctx.sents[first]) if not t.is_space), None)
    if opening is None or not (opening.text == '"' or opening.tag_ == "``" or opening.text == "\u201c"):
        return []
    for si in range(before, max(before - 3, -1), -1):
        sent = ctx.sents[si]
        # (a phrase the narrator quotes after the subject, 'Lee urged banks to "lend again"', is still narrative)
        if si in ctx.headings or si in attributed or any(t.i in quoted for t in sent_tokens(sent)) and _quote_leads(ctx, si):
            return []
        root = sent.root
        ids = unique([a for s in children(root) if s.dep_ == "nsubj" and s.i not in quoted
                      for a in actors(ctx, s, si)]) \
            if root.pos_ in ("VERB", "AUX") and not negated(ctx, root) else []
        if ids:
            return ids if len(ids) == 1 else []
        if sent.start == 0 or "\n" in tokens(ctx.parsed.doc)[sent.start - 1].text_with_ws:
            return []  # the paragraph's first sentence: the one before is another paragraph's
    return []


def _stranded_speaker(ctx: Context, verb: Token, si: int, quoted: set[int]) -> list[str]:
    """ '"...," one farmer, Tom Kent, said': a speech verb the parser left with no subject, after a quotation, is
    said by the actors named between the quotation's close and the verb (the parser hangs them on the quoted words)."""
    start = ctx.sents[si].start
    close = next((i for i in range(verb.i - 1, start - 1, -1) if i in quoted or tokens(ctx.parsed.doc)[i].tag_ == "''"), None)
    if close is None:
        return []
    between = [x for x in tokens(ctx.parsed.doc)[close + 1:verb.i] if x.i not in quoted]
    return unique([a for x in between if ctx.res.by_token.get(x.i, "").startswith(("person/", "institution/"))
                   and ctx.res.by_token.get(x.i) != ctx.res.by_token.get(x.i + 1) for a in actors(ctx, x, si)])


def _spoken_for(ctx: Context, s: Token, si: int) -> list[str]:
    """ "an IMF spokeswoman said", "the ministry spokesman added": an unnamed spokesperson speaks for the body named
    before the noun (reference.json spokes_nouns); so does a post of the body the story does not name a holder of
    ("its chairman said", "the union's director said": offices.json heads)."""
    spokes = s.lower_ in ctx.lex.reference["spokes_nouns"]
    if not spokes and not (s.pos_ == "NOUN" and s.lemma_.lower() in ctx.lex.office_heads):
        return _body_of_post(ctx, s)
    deps = ("compound", "nmod", "poss") if spokes else ("poss",)
    bodies = unique([a for c in children(s) if c.dep_ in deps and c.i < s.i
                     for a in actors(ctx, c, si) if a.startswith("institution/")])
    return bodies or _body_of_post(ctx, s)


def _body_of_post(ctx: Context, s: Token) -> list[str]:
    """ "the Kestrel Bank spokesman said", "the Farmers Union's president said": the post's mention holds the body's
    name, so the body's words are tokens of the post; a post no one is named to holds no person, and its body
    speaks (one named to it speaks for themself: actors finds the holder first)."""
    eid = ctx.res.by_token.get(s.i, "")
    if not eid.startswith("office/") or eid in ctx.holder_of \
            or any(ctx.res.by_token.get(x.i, "").startswith("person/") for x in s.subtree):
        return []  # "said its president, Ann Lee": the holder apposed or listed after the post speaks
    post = next((m for m, e in ctx.res.mentions if e == eid and m.tok_start <= s.i < m.tok_end), None)
    if post is None:
        return []
    return unique([b for m, b in ctx.res.mentions if m.type == "institution" and b.startswith("institution/")
                   and post.tok_start <= m.tok_start and m.tok_end <= s.i])


def _title_line(ctx: Context, si: int) -> bool:
    """The story's headline: its first sentence, a short line of its own with no full stop, whether or not it is in
    quotation marks ("Levy 'may cost 300 jobs'", "'Levy could cost £9m'"; spans.is_heading takes no quoted line)."""
    if si != 0:
        return si in ctx.headings
    sent = ctx.sents[si]
    text = text_of(sent).rstrip(" ")
    return len(sent) <= 16 and text.endswith("\n") and not re.search(r"[.!?][\"'\u2019\u201d]*$", text.strip())


def _reported_continuations(ctx: Context) -> None:
    """ "Lee said the levy was a mistake. It would hurt small farms, and could cost jobs.": reported speech goes
    on, unquoted and unattributed, in the next sentence whose verb is backshifted to a modal of prediction
    ("would", "could"); news copy states its own facts in the indicative."""
    modals = set(ctx.lex.stance["backshift_modals"])
    for si, sent in enumerate(ctx.sents):
        if si in ctx.speaker or si - 1 not in ctx.speaker or si in ctx.headings or (si - 1) in ctx.headings:
            continue
        if any(t.text == '"' or t.tag_ in ("``", "''") for t in sent_tokens(sent)) or sent.root.pos_ not in ("VERB", "AUX"):
            continue
        # the sentence before reports words, not only an act of telling: "Roe told staff of the closure" says
        # nothing the next sentence could go on with, "Roe told staff the plant would close" does
        before = sent_tokens(ctx.sents[si - 1])
        if not any(t.dep_ in ("ccomp", "parataxis") or t.text == '"' or t.tag_ in ("``", "''") for t in before):
            continue
        root = sent.root
        subj = [c for c in children(root) if c.dep_ in SUBJECTS]
        # a relative "that" as subject, or a clause before the verb, is a parse that lost the main verb
        if any(c.dep_ == "aux" and c.lower_ in modals for c in children(root)) and subj \
                and subj[0].lower_ not in ("that", "which", "who") \
                and not any(c.dep_ in ("ccomp", "advcl") and c.i < root.i for c in children(root)):
            ctx.speaker[si] = ctx.speaker[si - 1]


def _office_pronouns(ctx: Context) -> None:
    """ "Ruritania's finance minister lashed out at X. He objected to Y." ... "Ana Varga, Ruritania's finance minister":
    a lead that names the post before the person. A subject he or she no person before it stands for is the
    holder of the post last in subject position, this sentence or the two before, once structure has named
    the holder (of the pronoun's gender)."""
    doc = ctx.parsed.doc
    wanted = ctx.lex.gender["pronouns"]
    genders = None
    offices: list[tuple[int, str]] = []  # (token, holder) of office subjects, in text order
    for t in tokens(doc):
        eid = ctx.res.by_token.get(t.i, "")
        if eid.startswith("office/") and eid in ctx.holder_of and t.dep_ in SUBJECTS:
            offices.append((t.i, ctx.holder_of[eid]))
            continue
        if t.lower_ not in ("he", "she") or t.dep_ not in SUBJECTS or t.i in ctx.antecedent:
            continue
        si = ctx.sent_of[t.i]
        near = [p for i, p in offices if ctx.sent_of[i] >= si - 2]
        if not near:
            continue
        if genders is None:
            genders = person_genders(ctx)
        if genders.get(near[-1], wanted[t.lower_]) == wanted[t.lower_]:
            ctx.antecedent[t.i] = near[-1]


def _colon_speakers(ctx: Context, si: int, quoted: set[int]) -> list[str]:
    """ 'Roe was blunt: "..."', 'Roe had a message for ministers: "..."': a quotation a colon opens is said by the
    subject of the clause before the colon, whatever its verb."""
    sent = ctx.sents[si]
    colon = next((t for t in sent_tokens(sent) if t.text == ":" and t.i not in quoted), None)
    if colon is None:
        return []
    after = next((x for x in colon.doc[colon.i + 1:] if not x.is_space), None)
    if after is None or not (after.text == '"' or after.tag_ == "``"):
        return []
    verbs = [t for t in sent_tokens(sent) if t.i < colon.i and t.pos_ in ("VERB", "AUX") and t.i not in quoted
             and any(c.dep_ == "nsubj" and c.i < colon.i for c in children(t))]
    if not verbs:
        return []
    subj = next(c for c in children(verbs[0]) if c.dep_ == "nsubj")
    return unique([a for x in [subj] + list(subj.conjuncts) for a in actors(ctx, x, si)])



def _quote_leads(ctx: Context, si: int) -> bool:
    """The sentence opens with its quotation, after at most a connective ('But "...', 'However, "...'): nothing
    of a narrator's clause (a subject, a verb) comes before the first quotation mark."""
    for t in sent_tokens(ctx.sents[si]):
        if t.text == '"' or t.tag_ in ("``", "''"):
            return True
        if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            return False
    return False


def _closing(t: Token) -> bool:
    """A straight quote that closes: after a word or a full stop with no space, before a space, a line break or the
    end ('commemoration."' at a paragraph's end, which the tagger may take for an opening one)."""
    doc = t.doc
    if t.i == 0 or tokens(doc)[t.i - 1].whitespace_ or tokens(doc)[t.i - 1].is_space:
        return False
    return bool(t.whitespace_) or t.i + 1 == len(doc) or tokens(doc)[t.i + 1].is_space


def _opening(t: Token) -> bool:
    """A straight quote that opens: at the start, or after a space and before a word."""
    doc = t.doc
    before_space = t.i == 0 or bool(tokens(doc)[t.i - 1].whitespace_) or tokens(doc)[t.i - 1].is_space
    return before_space and not t.whitespace_
