"""Benchmark corpora from real German news text, varied so passages are not copies.

Source texts: the seed articles and the ``text`` of the documents in ``../shared/eval/*.jsonl``
(read at run time, never copied into the repository). A *pool* of articles is composed from
runs of consecutive sentences of random source paragraphs, with person names and numbers
swapped (seeded RNG), and fully processed with :func:`bot.corpus.ingest.process_text` (quotes
and dates extracted; cached). Larger corpora are *variants* of pool articles: about a fifth of
their words are replaced by other words of the same length and kind from the sources (a few
by new blends of two words), digits are redrawn. Because a variant keeps every character
offset, the pool article's paragraphs, sentences, quotes and dates stay valid for it, so a
million-passage corpus needs no million-passage extraction run.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.corpus.cache import ArticleCache, cache_key, content_digest
from bot.corpus.ingest import ProcessedArticle, process_text
from bot.corpus.model import Article, ArticleMetadata

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPOSITORY.parent / "shared" / "eval"
_SENTENCE_END = re.compile(r"(?<=[.!?\"“])\s+(?=[„\"A-ZÄÖÜ0-9])")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NAME = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+\b")


@dataclass(frozen=True)
class Sources:
    """Source paragraphs (lists of sentences), person names, and words by (length, capitalised)."""

    paragraphs: list[list[str]]
    names: list[str]
    words: dict[tuple[int, bool], list[str]]


def read_sources(seeds: Path = REPOSITORY / "seeds", shared: Path = SHARED_EVAL) -> Sources:
    """Read the seed articles and the shared evaluation texts into sentences, names and words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    names: set[str] = set()
    for path in sorted(shared.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            document = json.loads(line)
            texts.append(document["text"])
            for quote in document.get("quotes", ()):
                speaker = quote.get("speaker_text") or ""
                if _NAME.fullmatch(speaker):
                    names.add(speaker)
    paragraphs, words = [], defaultdict(set)
    for text in texts:
        for block in re.split(r"\n\s*\n", text):
            sentences = [s.strip() for s in _SENTENCE_END.split(" ".join(block.split())) if s.strip()]
            if sentences and sum(map(len, sentences)) > 80:
                paragraphs.append(sentences)
        for word in _WORD.findall(text):
            if not word.isdigit() and len(word) > 2:
                words[(len(word), word[0].isupper())].add(word)
    return Sources(paragraphs, sorted(names), {k: sorted(v) for k, v in words.items()})


def compose_article(sources: Sources, rng: random.Random) -> str:
    """Return an article text: a headline and 3–7 paragraphs of sentence runs, names and numbers swapped."""
    parts = []
    for _ in range(rng.randint(3, 7)):
        paragraph = rng.choice(sources.paragraphs)
        start = rng.randrange(len(paragraph))
        parts.append(" ".join(paragraph[start : start + rng.randint(1, 4)]))
    headline = " ".join(rng.choice(sources.paragraphs)[0].split()[:8]).rstrip(".,;:")
    text = headline + "\n\n" + "\n\n".join(parts) + "\n"
    swaps = {name: rng.choice(sources.names) for name in set(_NAME.findall(text)) if name in set(sources.names)}
    if swaps:
        text = re.sub("|".join(map(re.escape, sorted(swaps, key=len, reverse=True))), lambda m: swaps[m.group()], text)
    return re.sub(r"\d", lambda m: str(rng.randint(0, 9)) if rng.random() < 0.3 else m.group(), text)


def vary(text: str, sources: Sources, rng: random.Random, *, rate: float = 0.2, blend_rate: float = 0.02) -> str:
    """Return ``text`` with words replaced by others of the same length and kind (offsets kept)."""
    def replace(match: re.Match) -> str:
        word = match.group()
        if word.isdigit():
            return "".join(str(rng.randint(0, 9)) for _ in word)
        roll = rng.random()
        if roll >= rate + blend_rate or len(word) < 4:
            return word
        choices = sources.words.get((len(word), word[0].isupper()))
        if not choices:
            return word
        other = rng.choice(choices)
        if roll < blend_rate:  # a new word, as archives keep coining them
            cut = rng.randint(2, len(word) - 2)
            return word[:cut] + rng.choice(choices)[cut:]
        return other

    return _WORD.sub(replace, text)


def processed_pool(
    sources: Sources, count: int, *, seed: int, cache_dir: Path | None, failures: list[str]
) -> list[tuple[str, ProcessedArticle]]:
    """Return composed articles with their processing results (through the article cache).

    ``count`` articles are composed; those whose processing raises are left out and appended
    to ``failures``.
    """
    rng = random.Random(seed)
    cache = ArticleCache(cache_dir)
    pool: list[tuple[str, ProcessedArticle]] = []
    for _ in range(count):
        text = compose_article(sources, rng)
        key = cache_key(text.encode(), None)
        processed = cache.get(key)
        if processed is None:
            try:
                processed = process_text(text)
            except Exception:  # the loader skips such an article too; the run reports how many
                failures.append(text)
                continue
            cache.put(key, processed)
        pool.append((text, processed))
    return pool


def variant_articles(
    pool: list[tuple[str, ProcessedArticle]], sources: Sources, passages: int, *, seed: int
) -> Iterator[Article]:
    """Yield varied articles (file names ``000001.txt`` ...) until about ``passages`` passages."""
    rng = random.Random(seed)
    total = number = 0
    while total < passages:
        text, processed = pool[number % len(pool)]
        number += 1
        varied = vary(text, sources, rng)
        total += len(processed.paragraphs)
        yield Article(
            file=f"{number:07d}.txt",
            text=varied,
            digest=content_digest(varied.encode()),
            metadata=ArticleMetadata(**processed.inferred),
            paragraphs=processed.paragraphs,
            quotes=processed.quotes,
            timexes=processed.timexes,
            person_roles=processed.person_roles,
        )
