"""Frames of reported speech within one sentence: who says it, the cue, and what is said.

Four frame shapes are recognised, all on the masked sentence (quotations blanked out):

* inverted: ``<content>, sagte der Minister.`` / ``<content>, so Rasmussen.`` /
  ``<content>, wie ein Sprecher mitteilte.``
* leading: ``Maas sagte, <content>.`` / ``Am Montag erklärte er: <content>`` /
  ``Wie der Bundeswahlleiter mitteilte, <content>.``
* according-to: ``laut X``, ``X zufolge``, ``nach Angaben von X``, ``seiner Ansicht nach``;
  the content is the sentence without the frame phrase.
* colon at the end of a paragraph (``Er sagte:``) whose content is the next paragraph.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.quotes.cues import (
    CORE_SPEECH_VERBS,
    NOUN_FRAMES,
    SEPARABLE_PREFIXES,
    has_konjunktiv,
    is_konjunktiv,
    speech_lemma,
)
from bot.quotes.model import Span
from bot.quotes.segments import Sentence, Token
from bot.quotes.speakers import (
    DETERMINERS,
    NOT_NAME_WORDS,
    POSSESSIVES,
    PRONOUNS,
    chunk_mention,
    is_capitalised_function_word,
)

_log = logging.getLogger(__name__)

AUXILIARIES = frozenset(
    """hat hatte habe hätte haben hatten hätten wird werde wurde würde wurden werden ist war sei
    soll sollte will wollte kann konnte könne muss musste müsse darf durfte möchte""".split()
)
CONTENT_OPENERS = frozenset("dass daß ob wie wer was warum wann wo weshalb wieso inwiefern wonach".split())
NOT_CONTENT_OPENERS = frozenset(
    """als nachdem bevor weil da obwohl wenn während um und aber sondern denn damit sodass
    indem ohne bis seit falls sobald solange zumal""".split()
)
_CLOSING_MARKS = "“”\"«»"
_PREPOSITIONS = frozenset("am im in an auf bei nach vor mit vom zum zur aus über unter gegenüber".split())


@dataclass(frozen=True)
class Frame:
    """A reported-speech frame found in a sentence.

    ``content`` are the spans of what is said (without the frame); ``mention`` is the token
    range of the speaker mention (``None`` if none is given); ``continues_next`` marks a
    colon frame whose content is the following paragraph.
    """

    shape: str
    cue: Span
    mention: tuple[int, int] | None
    content: tuple[Span, ...]
    lemma: str
    continues_next: bool = False


def _previous_char(masked: str, position: int) -> str:
    position -= 1
    while position >= 0 and masked[position] in " \t":
        position -= 1
    return masked[position] if position >= 0 else ""


def _clause_end(tokens: tuple[Token, ...], index: int) -> int:
    """Index of the first ``,``/``:``/``;`` token after ``index`` (or ``len(tokens)``)."""
    position = index + 1
    while position < len(tokens) and tokens[position].text not in (",", ":", ";"):
        position += 1
    return position


def _particles(tokens: tuple[Token, ...], index: int) -> tuple[str, ...]:
    end = _clause_end(tokens, index)
    last = end - 1
    while last > index and tokens[last].text in ".!?":
        last -= 1
    if last > index and tokens[last].text in SEPARABLE_PREFIXES:
        return (tokens[last].text,)
    if last > index and tokens[last].text == "aus" or (last > index and tokens[last].text == "davon"):
        return (tokens[last].text,)
    return ()


def _subject_after(tokens: tuple[Token, ...], index: int, stop: int) -> tuple[int, int] | None:
    """Find the subject noun phrase in the few tokens after a verb at ``index``."""
    position = index + 1
    skipped = 0
    while position < stop and skipped < 5:
        word = tokens[position].text
        lowered = word.lower()
        if lowered in PRONOUNS or lowered in DETERMINERS or (word[:1].isupper() and word not in NOT_NAME_WORDS and word[:1].isalpha()):
            if lowered in ("dem", "den", "des"):
                return None
            return chunk_mention("", list(tokens), position)
        if lowered in _PREPOSITIONS:
            position += 1
            while position < stop and not tokens[position].text[:1].isupper():
                position += 1
            position += 1
            skipped += 2
            continue
        if word[:1].islower() and word not in AUXILIARIES:
            position += 1
            skipped += 1
            continue
        return None
    return None


def _subject_before(tokens: tuple[Token, ...], clause_start: int, verb: int) -> tuple[int, int] | None | str:
    """Subject from the prefield; returns ``"after"`` when the subject follows the verb."""
    start = clause_start
    while start < verb and tokens[start].text in ("Und", "Aber", "Doch", "Denn", "Sondern", "und", "aber"):
        start += 1
    if start >= verb:
        return "after"
    word = tokens[start].text
    lowered = word.lower()
    if lowered == "wie":
        return chunk_mention("", list(tokens), start + 1)
    if lowered in _PREPOSITIONS or lowered in ("nach", "trotz", "wegen", "während", "angesichts"):
        return "after"
    if lowered in PRONOUNS or lowered in DETERMINERS or lowered in POSSESSIVES:
        return chunk_mention("", list(tokens), start)
    if word[:1].isupper() and word[:1].isalpha() and not (start == 0 and is_capitalised_function_word(word)) and word not in NOT_NAME_WORDS:
        chunk = chunk_mention("", list(tokens), start)
        return chunk
    return "after"


def _apposition_subject(tokens: tuple[Token, ...]) -> tuple[int, int] | None:
    """``Frank Biermann, Vorsitzender der ..., sagte`` / ``Wie X, Y, erklärte``: the name."""
    start = 1 if tokens and tokens[0].text == "Wie" else 0
    if start >= len(tokens) or not tokens[start].text[:1].isupper() or tokens[start].text in NOT_NAME_WORDS:
        if not (start < len(tokens) and tokens[start].text.lower() in DETERMINERS):
            return None
    chunk = chunk_mention("", list(tokens), start)
    if chunk is None or chunk[1] >= len(tokens) or tokens[chunk[1]].text != ",":
        return None
    return chunk


def _finite_position(tokens: tuple[Token, ...], clause_start: int, verb: int) -> int:
    for position in range(clause_start, verb):
        if tokens[position].text in AUXILIARIES:
            return position
    return verb


def _strip_span(masked: str, start: int, end: int) -> Span | None:
    while start < end and masked[start] in " \t\n,;:-–":
        start += 1
    while end > start and masked[end - 1] in " \t\n,;:.-–":
        end -= 1
    if end <= start:
        return None
    return Span(start, end)


def _content_is_reported(tokens: tuple[Token, ...], begin: int, verb_lemma: str) -> bool:
    """Does the clause starting at token ``begin`` look like reported content?"""
    if begin >= len(tokens):
        return False
    first = tokens[begin].text
    lowered = first.lower()
    if lowered in CONTENT_OPENERS:
        return True
    if lowered in NOT_CONTENT_OPENERS or first in ("zu",):
        return False
    if has_konjunktiv([token.text for token in tokens[begin : begin + 25]], include_second=True):
        return True
    if first[:1] in "„\"»«":
        return True
    return verb_lemma in CORE_SPEECH_VERBS and (lowered in PRONOUNS or lowered in DETERMINERS or first[:1].isupper() or lowered in ("es", "man", "sie", "wir"))


def find_frames(sentence: Sentence, masked: str) -> list[Frame]:
    """Return the reported-speech frames of one sentence (usually zero or one).

    Args:
        sentence: a sentence of the masked article.
        masked: the masked article text.
    """
    tokens = sentence.tokens
    frames: list[Frame] = []
    for index, token in enumerate(tokens):
        word = token.text
        if word == "so" and index > 0 and tokens[index - 1].text == ",":
            frame = _inverted_so(sentence, masked, index)
            if frame is not None:
                frames.append(frame)
                break
            continue
        found = speech_lemma(word, _particles(tokens, index))
        if found is None:
            continue
        frame = _inverted_frame(sentence, masked, index, found) or _leading_frame(sentence, masked, index, found)
        if frame is not None:
            frames.append(frame)
            break
    if not frames:
        according = _according_frame(sentence, masked)
        if according is not None:
            frames.append(according)
    return frames


def _inverted_so(sentence: Sentence, masked: str, index: int) -> Frame | None:
    tokens = sentence.tokens
    subject = _subject_after(tokens, index, len(tokens))
    if subject is None or subject[0] != index + 1:
        return None
    after = subject[1]
    if after < len(tokens) and tokens[after].text not in (".", ",", "!", "?", ";") and tokens[after].text[:1].isupper():
        return None
    content = _strip_span(masked, sentence.start, tokens[index - 1].start)
    if content is None:
        return None
    return Frame("inverted", Span(tokens[index].start, tokens[index].end), subject, (content,), "so")


def _inverted_frame(sentence: Sentence, masked: str, index: int, found: str) -> Frame | None:
    tokens = sentence.tokens
    # Shapes: ", sagte X" | "“ sagte X" | ", hatte X gesagt" | ", wie X sagte"
    before = _previous_char(masked, tokens[index].start)
    if before == "," or (before in _CLOSING_MARKS and before):
        subject = _subject_after(tokens, index, _clause_end(tokens, index))
        cut = tokens[index].start
        if before == ",":
            cut = masked.rfind(",", sentence.start, tokens[index].start)
        return _make_inverted(sentence, masked, index, found, subject, cut)
    for back in range(index - 1, max(-1, index - 8), -1):
        text = tokens[back].text
        if text in (",", ":", ";"):
            break
        if back > 0 and tokens[back - 1].text == "," and (text in AUXILIARIES or text.lower() == "wie"):
            if text.lower() == "wie":
                subject = chunk_mention("", list(tokens), back + 1)
            else:
                subject = _subject_after(tokens, back, index)
            return _make_inverted(sentence, masked, index, found, subject, tokens[back - 1].start)
    return None


def _make_inverted(sentence: Sentence, masked: str, index: int, found: str, subject, cut: int) -> Frame | None:
    if subject is None:
        return None
    colon = masked.rfind(":", sentence.start, cut)
    begin = colon + 1 if colon >= 0 else sentence.start
    content = _strip_span(masked, begin, cut)
    if content is None or content.end - content.start < 3:
        return None
    spans = [content]
    tokens = sentence.tokens
    clause_end = _clause_end(tokens, index)
    if clause_end + 1 < len(tokens) and tokens[clause_end].text == ",":
        following = tokens[clause_end + 1].text
        if is_konjunktiv(following, include_second=True) or following in AUXILIARIES:
            rest = _strip_span(masked, tokens[clause_end].end, sentence.end)
            if rest is not None:
                spans.append(rest)
    if sum(span.end - span.start for span in spans) < 8:
        return None
    token = tokens[index]
    return Frame("inverted", Span(token.start, token.end), subject, tuple(spans), found)


def _leading_frame(sentence: Sentence, masked: str, index: int, found: str) -> Frame | None:
    tokens = sentence.tokens
    clause_start = 0
    opens_with_preposition = bool(tokens) and tokens[0].text.lower() in _PREPOSITIONS | {"nach", "trotz", "wegen", "während", "angesichts"}
    apposition = _apposition_subject(tokens)
    for position in range(index - 1, -1, -1):
        if tokens[position].text in (":", ";") or (tokens[position].text == "," and not opens_with_preposition and apposition is None):
            return None
    end = _clause_end(tokens, index)
    if end >= len(tokens):
        return None
    separator = tokens[end].text
    finite = _finite_position(tokens, clause_start, index)
    subject = apposition or _subject_before(tokens, clause_start, finite)
    if subject == "after":
        subject = _subject_after(tokens, finite, end)
    cue = Span(tokens[index].start, tokens[index].end)
    if separator == ":" and end + 1 >= len(tokens) and masked[tokens[end].end :].lstrip()[:1] in ("", "\n") :
        return Frame("colon", cue, subject, (), found, continues_next=True)
    if separator == ":" and end + 1 >= len(tokens):
        return Frame("colon", cue, subject, (), found, continues_next=True)
    if separator != ":" and not _content_is_reported(tokens, end + 1, found):
        return None
    if separator == ";":
        return None
    content = _strip_span(masked, tokens[end].end, sentence.end)
    if content is None:
        return None
    return Frame("leading", cue, subject, (content,), found)


def _according_frame(sentence: Sentence, masked: str) -> Frame | None:
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        lowered = token.text.lower()
        phrase: tuple[int, int] | None = None
        speaker: tuple[int, int] | None = None
        if lowered == "laut" and index + 1 < len(tokens):
            speaker = chunk_mention("", list(tokens), index + 1)
            if speaker is not None:
                phrase = (index, speaker[1])
        elif lowered == "zufolge" and index > 0:
            start = index - 1
            while start > 0 and (tokens[start - 1].text[:1].isupper() or tokens[start - 1].text.lower() in DETERMINERS or tokens[start - 1].text[:1].islower() and tokens[start - 1].text.endswith(("en", "er", "es", "e"))) and tokens[start - 1].text not in (",",):
                start -= 1
                if tokens[start].text.lower() in ("dem", "der", "den", "einem", "einer") and start < index - 1:
                    break
            speaker = (start, index)
            phrase = (start, index + 1)
        elif lowered == "nach" and index + 1 < len(tokens):
            position = index + 1
            if tokens[position].text[:1].islower() and tokens[position].text.endswith(("en", "er", "em", "e")):
                position += 1
            if position < len(tokens) and tokens[position].text.lower() in NOUN_FRAMES:
                end = position + 1
                if end < len(tokens) and tokens[end].text.lower() in ("von", "des", "der", "eines", "einer"):
                    chunk = chunk_mention("", list(tokens), end + 1 if tokens[end].text == "von" else end)
                    if chunk is not None:
                        end = chunk[1]
                speaker = (index + 1, end)
                phrase = (index, end)
        elif lowered in ("seiner", "ihrer", "seinen", "ihren", "eigenen") and index + 2 < len(tokens):
            if tokens[index + 1].text.lower() in NOUN_FRAMES and tokens[index + 2].text == "nach":
                speaker = (index, index + 2)
                phrase = (index, index + 3)
        if phrase is None or speaker is None:
            continue
        content = _cut_phrase(sentence, masked, tokens[phrase[0]].start, tokens[phrase[1] - 1].end)
        if not content:
            continue
        return Frame("according", Span(token.start, token.end), speaker, content, lowered)
    return None


def _cut_phrase(sentence: Sentence, masked: str, start: int, end: int) -> tuple[Span, ...]:
    spans = [_strip_span(masked, sentence.start, start), _strip_span(masked, end, sentence.end)]
    kept = tuple(span for span in spans if span is not None and span.end - span.start >= 3)
    total = sum(span.end - span.start for span in kept)
    return kept if total >= 15 else ()


def subject_of_clause(sentence: Sentence, masked: str) -> tuple[tuple[int, int] | None, Span | None]:
    """Speaker and cue of a sentence whose speech verb takes no clause ("sprach von „…“").

    Returns ``(None, None)`` when the sentence has no speech verb or no subject for it.
    """
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        found = speech_lemma(token.text, _particles(tokens, index))
        if found is None:
            continue
        clause_start = 0
        opens_with_preposition = tokens[0].text.lower() in _PREPOSITIONS | {"nach", "trotz", "wegen"}
        for position in range(index - 1, -1, -1):
            if tokens[position].text in (":", ";") or (tokens[position].text == "," and not opens_with_preposition):
                clause_start = position + 1
                break
        finite = _finite_position(tokens, clause_start, index)
        apposition = _apposition_subject(tokens) if clause_start > 0 else None
        subject = apposition or _subject_before(tokens, clause_start, finite)
        if subject == "after":
            subject = _subject_after(tokens, finite, _clause_end(tokens, index))
        if subject is not None:
            return subject, Span(token.start, token.end)
    return None, None
