"""Split an article into paragraphs, sentences and word tokens, all with character offsets.

Sentence splitting runs on a *masked* copy of the text in which everything between quotation
marks is blanked out, so a multi-sentence quotation and its frame ("„...“, sagte er.") stay in
one sentence and words inside quotations never look like a frame's speech verb.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.quotes.model import Span

_WORD = re.compile(r"\d+:\d+(?!\w)|\w+(?:[-‐'’.]\w+)*-?|[^\w\s]", re.UNICODE)  # "08:15" and "2:1" are one token
# A full stop glued to the next sentence ("im Bundesanzeiger.Mats Schönauer schreibt") ends one too.
_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"“”»«„)]*(?:\s|$))|(?<=[a-zäöüß]{2})\.(?=[A-ZÄÖÜ][a-zäöüß]{2})|:(?=[ \t]*\n)|\n")
_ABBREVIATIONS = frozenset(
    "z.b u.a d.h bzw ca dr prof st nr vgl ggf usw etc jh mio mrd abs art bzw evtl inkl "
    "sog v.a u.ä o.ä hr fr str tel min max jr sen gen gebr co nov dez jan feb okt sept aug".split()
)
MASK_CHAR = "\x00"
_SENTENCE_STARTERS = frozenset(
    "Der Die Das Ein Eine Er Sie Es Wir Ich Man Dies Diese Dieser Auch Doch Aber Damit Dabei "
    "Zudem Außerdem Laut Nach Wie So Als Bei Im Am In Mit".split()
)


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its offsets."""

    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        """True when the token starts with an upper-case letter."""
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Sentence:
    """A sentence (on masked text) with its paragraph number and tokens."""

    start: int
    end: int
    paragraph: int
    tokens: tuple[Token, ...]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Return the word and punctuation tokens of ``text[start:end]`` with absolute offsets."""
    stop = len(text) if end is None else end
    return [
        Token(match.group(), match.start(), match.end())
        for match in _WORD.finditer(text, start, stop)
        if MASK_CHAR not in match.group()
    ]


def mask_spans(text: str, spans: list[Span]) -> str:
    """Return ``text`` with the inside of every span (not its first and last char) blanked.

    Newlines are kept so paragraph structure survives; everything else becomes ``MASK_CHAR``.
    """
    chars = list(text)
    for span in spans:
        last_inner = span.end - 2
        keep_final = chars[last_inner] in ".!?…" if last_inner > span.start else False
        for index in range(span.start + 1, span.end - 1):
            if chars[index] != "\n" and not (keep_final and index == last_inner):
                chars[index] = MASK_CHAR
    return "".join(chars)


def _is_false_end(masked: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation, an initial or an ordinal."""
    if masked[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (masked[word_start - 1].isalnum() or masked[word_start - 1] == "."):
        word_start -= 1
    word = masked[word_start:dot]
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True
    if word.isdigit() and len(word) <= 2:
        # "am 19. Juni", "die 3. Liga" are ordinals; "des Modells 3. Ein Sprecher" ends a sentence
        next_word = masked[dot + 1 : dot + 20].split()[:1]
        return not (next_word and next_word[0] in _SENTENCE_STARTERS)
    following = masked[dot + 1 : dot + 3].lstrip()
    return bool(following) and following[0].islower()


def split_sentences(masked: str) -> list[Sentence]:
    """Split the masked article into sentences; a line break always ends a sentence.

    Args:
        masked: the article text after ``mask_spans``.

    Returns:
        Sentences in text order; ``paragraph`` numbers the non-empty lines of the article.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(masked):
        if match.group() != "\n" and _is_false_end(masked, match.start()):
            continue
        end = match.end()
        while match.group()[0] in ".!?…" and end < len(masked) and masked[end] in "\"“”»«'’)":
            end += 1
        if end > match.end() and re.match(r"[ \t]+[a-zäöü]", masked[end : end + 3]):
            continue  # "„… etabliert.“ erklärte die Ministerin": the frame follows the quotation
        if end > start:
            bounds.append((start, end))
            start = end
    bounds.append((start, len(masked)))
    sentences: list[Sentence] = []
    line_starts = [0] + [match.end() for match in re.finditer(r"\n[ \t]*(?=\S)", masked)]
    for begin, finish in bounds:
        begin = _skip_space(masked, begin)
        while finish > begin and masked[finish - 1] in " \t\r\n":
            finish -= 1
        if finish <= begin:
            continue
        paragraph = _count_before(line_starts, begin)
        sentences.append(Sentence(begin, finish, paragraph, tuple(tokenize(masked, begin, finish))))
    return sentences


def _count_before(sorted_offsets: list[int], offset: int) -> int:
    return bisect.bisect_right(sorted_offsets, offset)


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n\r":
        position += 1
    return position
