"""Choosing and trimming excerpts: verbatim text around the matched words, cut at word boundaries."""

from __future__ import annotations

from dataclasses import dataclass

from bot.analysis import GermanAnalyzer
from bot.answers import Highlight



@dataclass(frozen=True)
class Excerpt:
    """A verbatim span of an article and the matched words inside it (relative offsets)."""

    start: int
    end: int
    text: str
    highlights: tuple[Highlight, ...]
    cut_before: bool
    cut_after: bool


def highlight_terms(text: str, terms: set[str], analyzer: GermanAnalyzer) -> tuple[Highlight, ...]:
    """Return the spans of the words of ``text`` that yield one of ``terms``."""
    return tuple(Highlight(t.start, t.end) for t in analyzer.tokens(text) if terms.intersection(t.terms))


def trim_to_words(text: str, start: int, end: int, focus: int, max_chars: int) -> tuple[int, int]:
    """Narrow ``text[start:end]`` to at most ``max_chars`` around ``focus``, cutting only at spaces."""
    if end - start <= max_chars:
        return start, end
    begin = max(start, min(focus - max_chars // 3, end - max_chars))
    stop = min(end, begin + max_chars)
    if begin > start:
        space = text.find(" ", begin, stop)
        begin = space + 1 if space != -1 else begin
    if stop < end:
        space = text.rfind(" ", begin, stop)
        stop = space if space > begin else stop
    return begin, stop


def make_excerpt(
    text: str,
    span: tuple[int, int],
    sentences: tuple[tuple[int, int], ...],
    terms: set[str],
    analyzer: GermanAnalyzer,
    *,
    max_chars: int = 320,
) -> Excerpt:
    """Pick the part of a paragraph that best shows the matched words.

    Args:
        text: the article's full text.
        span: the paragraph's (start, end) in ``text``.
        sentences: the paragraph's sentence spans.
        terms: the query terms to highlight.
        analyzer: the analyzer that produced ``terms``.
        max_chars: the longest excerpt to return.

    Returns:
        The excerpt (absolute span, verbatim text, highlights relative to the excerpt).
    """
    start, end = span
    if end - start > max_chars and sentences:
        hits = [len(highlight_terms(text[s:e], terms, analyzer)) for s, e in sentences]
        best = max(range(len(sentences)), key=lambda i: (hits[i], -i))
        first = last = best
        while True:
            grown = False
            if last + 1 < len(sentences) and sentences[last + 1][1] - sentences[first][0] <= max_chars:
                last += 1
                grown = True
            if first > 0 and sentences[last][1] - sentences[first - 1][0] <= max_chars:
                first -= 1
                grown = True
            if not grown:
                break
        new_start, new_end = sentences[first][0], sentences[last][1]
        if new_end - new_start > max_chars:
            matches = highlight_terms(text[new_start:new_end], terms, analyzer)
            focus = new_start + (matches[0].start if matches else 0)
            new_start, new_end = trim_to_words(text, new_start, new_end, focus, max_chars)
        cut_before, cut_after = new_start > start, new_end < end
        start, end = new_start, new_end
    else:
        cut_before = cut_after = False
    excerpt_text = text[start:end]
    return Excerpt(start, end, excerpt_text, highlight_terms(excerpt_text, terms, analyzer), cut_before, cut_after)
