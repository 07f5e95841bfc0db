"""What a rule may look at around a match: the text, its sentences and the reference date."""

from __future__ import annotations

import bisect
import logging
import re

from bot.dates.normalize import Reference
from bot.dates.tense import Tense, guess_tense

_log = logging.getLogger(__name__)

# A sentence ends at . ! ? (not after a digit: "17. Dezember", "3. Oktober") followed by space
# and an upper-case letter or quote, or at a blank line.
_SENTENCE_END = re.compile(r"(?<![\d])[.!?](?=[\s\"“”„«»']+[A-ZÄÖÜ\"„“«])|\n\s*\n")
_CLAUSE_MARKS = (",", ";", ":", "(", ")", " – ", " - ")
_WORD_BEFORE = re.compile(r"([\w.\-]+)[\s(]*$")
_WORD_AFTER = re.compile(r"^[\s]*([\w\-]+)")


class TextContext:
    """Lazy per-text look-ups shared by all rules (sentence bounds, tense, neighbouring words)."""

    def __init__(self, *, text: str, reference: Reference) -> None:
        """Prepare look-ups for ``text``.

        Args:
            text: The whole article.
            reference: The article date.
        """
        self.text = text
        self.reference = reference
        self._ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._tenses: dict[tuple[int, int], Tense] = {}  # per text: a class-wide cache would keep every text alive

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        """Return ``(start, end)`` of the sentence containing ``position``."""
        index = bisect.bisect_right(self._ends, position)
        start = self._ends[index - 1] if index > 0 else 0
        end = self._ends[index] if index < len(self._ends) else len(self.text)
        return start, end

    def tense_at(self, position: int) -> Tense:
        """Return the guessed tense at ``position``: of its clause, else of its sentence.

        The clause (between commas, colons, brackets, dashes) is tried first because news
        sentences often mix a past main clause with a future subordinate one.
        """
        start, end = self.sentence_bounds(position)
        clause_start = max((self.text.rfind(mark, start, position) for mark in _CLAUSE_MARKS),
                           default=-1)
        clause_start = max(clause_start + 1, start)
        clause_ends = [i for i in (self.text.find(mark, position, end) for mark in _CLAUSE_MARKS)
                       if i != -1]
        clause_end = min(clause_ends, default=end)
        tense = self._tense_of_sentence((clause_start, clause_end))
        if tense is Tense.UNKNOWN:
            tense = self._tense_of_sentence((start, end))
        return tense

    def _tense_of_sentence(self, bounds: tuple[int, int]) -> Tense:
        if bounds not in self._tenses:
            self._tenses[bounds] = guess_tense(self.text[bounds[0]:bounds[1]])
        return self._tenses[bounds]

    def word_before(self, position: int) -> str:
        """Return the word just before ``position`` (skipping spaces and "("), or ""."""
        match = _WORD_BEFORE.search(self.text[max(0, position - 40):position])
        return match.group(1) if match else ""

    def words_before(self, position: int, count: int) -> list[str]:
        """Return up to ``count`` words before ``position``, nearest last."""
        window = self.text[max(0, position - 15 * count):position]
        return re.findall(r"[\w.\-]+", window)[-count:]

    def word_after(self, position: int) -> str:
        """Return the word right after ``position`` (only spaces in between), or ""."""
        match = _WORD_AFTER.match(self.text[position:position + 40])
        return match.group(1) if match else ""

    def char_before(self, position: int) -> str:
        """Return the nearest non-space character before ``position``, or ""."""
        stripped = self.text[max(0, position - 10):position].rstrip()
        return stripped[-1] if stripped else ""

    def starts_sentence(self, position: int) -> bool:
        """Return True when only punctuation or spaces separate ``position`` from a sentence start."""
        start, _ = self.sentence_bounds(position)
        return not re.search(r"\w", self.text[start:position])
