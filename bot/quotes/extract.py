"""The public entry point: ``extract_quotes(text)`` finds every quotation of an article.

One pass over the sentences of the masked article (quotations blanked, see
``bot.quotes.segments``): a sentence with a reported-speech frame yields an indirect quote or,
when its content is a quotation in marks, a direct one; a colon frame takes the next
paragraph; Konjunktiv sentences right after an attributed quote continue it (free indirect
speech); quotations in marks without a frame are kept only when they read like speech or a
speech verb in their sentence gives them a speaker, so scare quotes and titles are dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.quotes.cues import has_konjunktiv
from bot.quotes.direct import MarkedSpan, find_marked_spans
from bot.quotes.model import DIRECT, REPORTED, Quote, Span, SpeakerMention
from bot.quotes.reported import Frame, find_frames, subject_of_clause
from bot.quotes.segments import Sentence, mask_spans, split_sentences
from bot.quotes.speakers import PersonIndex, chunk_mention, mention_from_chunk, resolve

_log = logging.getLogger(__name__)

SENTENCE_LIKE_WORDS = 5
FIRST_PERSON = frozenset("ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem unserer".split())
TITLE_CUES = frozenset(
    "motto titel namen name namens genannt genannte genannten sogenannt sogenannte sogenannten "
    "bezeichnung slogan schlagzeile aufschrift film buch roman album lied song programm "
    "operation aktion kampagne magazin zeitung zeitschrift sender".split()
)
PREPOSITIONS_AND_ADVERBS = frozenset(
    "am im in an auf bei nach vor mit vom zum zur aus über unter dazu dabei damals zudem "
    "außerdem auch hier dort dann später heute gestern".split()
)
CONTEXT_PARAGRAPHS = 2


@dataclass
class _Attribution:
    """The speaker of the last attributed quote, to carry over to continuations."""

    mention: SpeakerMention | None
    person: str | None
    sentence: int
    paragraph: int


class _ArticleExtractor:
    """Holds one article's analysis while its sentences are walked once, in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marked = find_marked_spans(text)
        self.masked = mask_spans(text, [span for quote in self.marked for span in quote.spans])
        self.sentences = split_sentences(self.masked)
        self.persons = PersonIndex(text, self.masked)
        self.quotes: list[Quote] = []
        self.used_marks: set[int] = set()
        self.last: _Attribution | None = None
        self.group: list[int] = []
        self.group_attribution: _Attribution | None = None
        self.skip_until = 0

    # -- helpers -----------------------------------------------------------------------------
    def _marks_in(self, start: int, end: int) -> list[tuple[int, MarkedSpan]]:
        return [(number, mark) for number, mark in enumerate(self.marked) if start <= mark.start and mark.end <= end + 1]

    def _mention(self, sentence: Sentence, chunk: tuple[int, int] | None) -> SpeakerMention | None:
        if chunk is None:
            return None
        return mention_from_chunk(self.text, list(sentence.tokens), chunk[0], chunk[1], self.persons)

    def _direct(self, number: int, mark: MarkedSpan, mention, person, cue: Span | None) -> None:
        if number in self.used_marks:
            return
        self.used_marks.add(number)
        inner = self.text[mark.start + 1 : mark.end - 1]
        self.quotes.append(Quote(DIRECT, mark.spans, inner.strip(), mention, cue, person, "Direct"))

    def _reported(self, spans: tuple[Span, ...], mention, person, cue, eval_type: str) -> None:
        text = " ".join(self.text[span.start : span.end] for span in spans)
        self.quotes.append(Quote(REPORTED, spans, text, mention, cue, person, eval_type))
        if mention is not None:
            for start, end in ((span.start, span.end) for span in spans):
                for number, mark in self._marks_in(start, end):
                    self._direct(number, mark, mention, person, cue)

    def _covering_mark(self, span: Span) -> tuple[int, MarkedSpan] | None:
        """The quotation in marks that makes up (almost) all of ``span``, if any."""
        for number, mark in self._marks_in(span.start - 1, span.end + 1):
            if mark.end - mark.start >= 0.8 * (span.end - span.start):
                return number, mark
        return None

    # -- the walk ----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        """Walk the sentences once and return the quotes sorted by offset."""
        for index, sentence in enumerate(self.sentences):
            if sentence.start < self.skip_until:
                continue
            frames = find_frames(sentence, self.masked)
            if frames:
                self._flush_group()
                self._handle_frame(index, sentence, frames[0])
                self._leftover_marks(index, sentence)
                continue
            if self._caption(index, sentence):
                self._flush_group()
                continue
            if self._continuation(index, sentence):
                self._leftover_marks(index, sentence)
                continue
            self._flush_group()
            self._leftover_marks(index, sentence)
        self._flush_group()
        return sorted(self.quotes, key=lambda quote: (quote.start, quote.end))

    def _handle_frame(self, index: int, sentence: Sentence, frame: Frame) -> None:
        mention = self._mention(sentence, frame.mention)
        if frame.shape == "according" and mention is not None and mention.kind == "other":
            mention = SpeakerMention(mention.text, mention.start, mention.end, "other")
        person = resolve(mention, self.persons)
        attribution = _Attribution(mention, person, index, sentence.paragraph)
        if frame.continues_next:
            if index + 1 < len(self.sentences):
                following = self.sentences[index + 1]
                covering = next(
                    ((number, mark) for number, mark in enumerate(self.marked) if abs(mark.start - following.start) <= 1),
                    None,
                )
                if covering is not None:
                    self._direct(*covering, mention, person, frame.cue)
                    self.skip_until = covering[1].end
                    last_index = max(number for number, item in enumerate(self.sentences) if item.start < covering[1].end)
                    self.last = _Attribution(mention, person, last_index, self.sentences[last_index].paragraph)
            return
        if len(frame.content) == 1:
            covering = self._covering_mark(frame.content[0])
            if covering is not None:
                self._direct(*covering, mention, person, frame.cue)
                self.last = attribution
                return
        self._reported(frame.content, mention, person, frame.cue, "Indirect")
        self.last = attribution

    def _caption(self, index: int, sentence: Sentence) -> bool:
        """``NATO-Generalsekretär Rasmussen: "Bis 2020 ..."`` (a headline or photo caption)."""
        tokens = sentence.tokens
        colon = next((position for position, token in enumerate(tokens) if token.text == ":"), None)
        if colon is None or colon == 0 or colon > 6:
            return False
        chunk = chunk_mention(self.text, list(tokens), 0)
        if chunk is None or chunk[1] != colon:
            return False
        marks = self._marks_in(tokens[colon].end, sentence.end)
        if not marks or self.masked[tokens[colon].end : marks[0][1].start].strip():
            return False
        mention = self._mention(sentence, chunk)
        if mention is None or mention.kind not in ("name", "role"):
            return False
        person = resolve(mention, self.persons)
        if person is None and mention.kind == "role":
            return False
        self._direct(*marks[0], mention, person, None)
        self.last = _Attribution(mention, person, index, sentence.paragraph)
        return True

    def _has_konjunktiv(self, sentence: Sentence) -> bool:
        include_second = bool(self.group) or self._adjacent_last(sentence)
        return has_konjunktiv([token.text for token in sentence.tokens], include_second=include_second)

    def _adjacent_last(self, sentence: Sentence) -> bool:
        last = self.last
        return last is not None and self.sentences.index(sentence) - last.sentence <= 1 if last else False

    def _continuation(self, index: int, sentence: Sentence) -> bool:
        """Konjunktiv sentence: continues the last attributed quote, or stands alone."""
        if self._covering_mark(Span(sentence.start, sentence.end)) is not None:
            return False
        if not self._has_konjunktiv(sentence):
            return False
        last = self.last
        adjacent = last is not None and (index - last.sentence == 1 or (self.group and index - self.group[-1] == 1))
        if self.group and index - self.group[-1] == 1:
            self.group.append(index)
            return True
        self._flush_group()
        self.group = [index]
        if adjacent and last is not None:
            self.group_attribution = last
        else:
            self.group_attribution = self._pronoun_subject(index, sentence)
        return True

    def _pronoun_subject(self, index: int, sentence: Sentence) -> _Attribution | None:
        """``Er werde ...``: free indirect speech whose subject pronoun is its speaker."""
        tokens = sentence.tokens
        if not tokens or tokens[0].text not in ("Er", "Sie"):
            return None
        if len(tokens) > 1 and tokens[1].text in ("seien", "haben", "hätten", "wären", "würden", "werden"):
            return None
        mention = self._mention(sentence, (0, 1))
        return _Attribution(mention, resolve(mention, self.persons), index, sentence.paragraph)

    def _flush_group(self) -> None:
        if not self.group:
            return
        first, last = self.sentences[self.group[0]], self.sentences[self.group[-1]]
        attribution = self.group_attribution
        span = Span(first.start, _strip_end(self.text, last.end))
        mention = attribution.mention if attribution else None
        person = attribution.person if attribution else None
        self._reported((span,), mention, person, None, "FreeIndirect")
        if attribution is not None:
            self.last = _Attribution(mention, person, self.group[-1], last.paragraph)
        self.group = []
        self.group_attribution = None

    def _looks_like_title(self, mark: MarkedSpan) -> bool:
        """Names and titles in marks: „Black Stars“, der Name „Kosovo“, Motto „...“."""
        inner = self.text[mark.start + 1 : mark.end - 1].strip()
        words = inner.split()
        before = self.text[max(0, mark.start - 40) : mark.start].rstrip()
        previous_word = before.split()[-1] if before.split() else ""
        if previous_word.lower().strip("(") in TITLE_CUES:
            return True
        if previous_word[:1].isupper() and previous_word[-1:].isalpha() and before.endswith(previous_word) and len(words) <= 6:
            return True
        if 1 < len(words) <= 5 and all(word[:1].isupper() or not word[:1].isalpha() for word in words):
            return True
        return False

    def _leftover_marks(self, index: int, sentence: Sentence) -> None:
        for number, mark in self._marks_in(sentence.start, sentence.end):
            if number in self.used_marks:
                continue
            if self._looks_like_title(mark):
                continue
            colon_mention = self._colon_speaker(sentence, mark)
            if colon_mention is not None:
                person = resolve(colon_mention, self.persons)
                self._direct(number, mark, colon_mention, person, None)
                self.last = _Attribution(colon_mention, person, index, sentence.paragraph)
                continue
            words = len(self.text[mark.start : mark.end].split())
            sentence_like = words >= SENTENCE_LIKE_WORDS
            chunk, cue = subject_of_clause(sentence, self.masked)
            if chunk is not None:
                mention = self._mention(sentence, chunk)
                self._direct(number, mark, mention, resolve(mention, self.persons), cue)
                self.last = _Attribution(mention, self.quotes[-1].person, index, sentence.paragraph)
                continue
            if not sentence_like and not self._first_person(mark):
                continue
            mention, person = self._context_speaker(index, sentence, mark)
            self._direct(number, mark, mention, person, None)
            if mention is not None:
                self.last = _Attribution(mention, person, index, sentence.paragraph)

    def _first_person(self, mark: MarkedSpan) -> bool:
        """A quotation that says "wir", "unser", "ich" is someone's words, not a title."""
        words = {word.strip(".,;:!?").lower() for word in self.text[mark.start + 1 : mark.end - 1].split()}
        return bool(words & FIRST_PERSON)

    def _colon_speaker(self, sentence: Sentence, mark: MarkedSpan) -> SpeakerMention | None:
        """``Die Überlebende beschrieb den Hergang: „…“``: the clause subject before the colon."""
        if self.masked[sentence.start : mark.start].rstrip()[-1:] != ":":
            return None
        tokens = [token for token in sentence.tokens if token.end <= mark.start]
        if not tokens:
            return None
        chunk, _cue = subject_of_clause(Sentence(sentence.start, mark.start, sentence.paragraph, tuple(tokens)), self.masked)
        if chunk is None:
            first = tokens[0].text.lower()
            if first in PREPOSITIONS_AND_ADVERBS:
                for position, token in enumerate(tokens[1:], start=1):
                    if token.text.lower() in ("er", "sie"):
                        chunk = (position, position + 1)
                        break
            elif not tokens[0].text[:1].islower() or first in ("er", "sie"):
                chunk = chunk_mention(self.text, tokens, 0)
        if chunk is None:
            return None
        return self._mention(Sentence(sentence.start, mark.start, sentence.paragraph, tuple(tokens)), chunk)

    def _context_speaker(self, index: int, sentence: Sentence, mark: MarkedSpan):
        tokens = sentence.tokens
        if tokens and tokens[0].start < mark.start:
            chunk = chunk_mention(self.text, list(tokens), 0)
            if chunk is not None and tokens[chunk[1] - 1].end <= mark.start:
                mention = self._mention(sentence, chunk)
                if mention is not None and mention.kind in ("possessive", "pronoun", "name"):
                    return mention, resolve(mention, self.persons)
        last = self.last
        if last is not None and sentence.paragraph - last.paragraph <= CONTEXT_PARAGRAPHS:
            return last.mention, last.person
        return None, None


def _strip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return end


def extract_quotes(text: str) -> list[Quote]:
    """Find the direct and reported quotations of a German news article.

    Args:
        text: the article text; all offsets in the result refer to it.

    Returns:
        Quotes sorted by start offset. A pure function of ``text``.
    """
    if not text.strip():
        return []
    return _ArticleExtractor(text).run()
