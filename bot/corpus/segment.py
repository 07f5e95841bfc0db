"""Sentence segmentation of content blocks with the shared spaCy pipeline, keeping offsets."""

from __future__ import annotations

from bot.corpus.cleaning import ContentBlock
from bot.corpus.model import Paragraph
from bot.nlp import german_sentence_splitter

_OPENING_MARKS = frozenset("„‚»«\"")


def segment(text: str, blocks: list[ContentBlock]) -> list[Paragraph]:
    """Turn content blocks into numbered paragraphs with absolute sentence spans.

    Args:
        text: the article's full text (spans index into it).
        blocks: the content blocks from :func:`bot.corpus.cleaning.clean`, in file order.

    Returns:
        Paragraphs numbered from 1 in file order.
    """
    splitter = german_sentence_splitter()
    paragraphs = []
    docs = splitter.pipe(text[block.start : block.end] for block in blocks)
    for number, (block, doc) in enumerate(zip(blocks, docs), start=1):
        sentences = _tidy_boundaries(doc.text, [(s.start_char, s.end_char) for s in doc.sents])
        absolute = tuple((block.start + begin, block.start + end) for begin, end in sentences)
        paragraphs.append(Paragraph(number, block.start, block.end, block.kind, absolute))
    return paragraphs


def _tidy_boundaries(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Strip whitespace at sentence ends and hand an opening quotation mark left dangling at
    the end of one sentence to the sentence it opens (``... ziehen. „Letztlich ...``)."""
    tidy: list[tuple[int, int]] = []
    carry: int | None = None
    for begin, end in spans:
        if carry is not None:
            begin, carry = carry, None
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end - begin > 1 and text[end - 1] in _OPENING_MARKS and text[end - 2].isspace():
            carry = end - 1
            end -= 1
            while end > begin and text[end - 1].isspace():
                end -= 1
        if end > begin:
            tidy.append((begin, end))
    if carry is not None:
        tidy.append((carry, carry + 1))
    return tidy
