"""Sentence segmentation of content blocks with the shared spaCy pipeline, keeping offsets."""

from __future__ import annotations

from bot.corpus.cleaning import ContentBlock
from bot.corpus.model import Paragraph
from bot.nlp import german_sentence_splitter


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
        sentences = []
        for sentence in doc.sents:
            begin = sentence.start_char
            end = sentence.end_char
            while end > begin and doc.text[end - 1].isspace():
                end -= 1
            if end > begin:
                sentences.append((block.start + begin, block.start + end))
        paragraphs.append(Paragraph(number, block.start, block.end, block.kind, tuple(sentences)))
    return paragraphs
