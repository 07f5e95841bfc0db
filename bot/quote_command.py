"""``/quote <person> [topic]``: what a person is quoted as saying, verbatim quotes first, cited.

Reported speech is marked as such and never presented as verbatim. The same statement found
in several articles is shown once with every source cited.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot import messages
from bot.analysis import fold
from bot.answers import Answer, AnswerItem, Highlight
from bot.commands import Argument, Command
from bot.library import Library
from bot.speaker_index import Person, QuoteRecord, SpeakerIndex, speakers_of
from bot.speakers import say_no_speaker_matches

MAX_EXCERPT_CHARS = 600
MAX_QUOTES_SHOWN = 50
NEAR_DUPLICATE_SIMILARITY = 90.0
_NON_WORD = re.compile(r"[^\w]+")


def split_person_and_topic(index: SpeakerIndex, typed: str) -> tuple[Person | None, str]:
    """Split what follows ``/quote`` into the longest leading words naming a person and the topic.

    Names that match word by word come first; only then a close spelling of the whole name, which
    would otherwise swallow the topic ("Heiko Maas Dialog" is close to "Heiko Maas").
    """
    words = typed.split()
    for fuzzy in (False, True):
        for length in range(min(len(words), 4), 0, -1):
            person = index.find(" ".join(words[:length]), fuzzy=fuzzy)
            if person is not None:
                return person, " ".join(words[length:])
    return None, typed


def _quote_excerpt(record: QuoteRecord) -> tuple[int, int]:
    """The verbatim context of a quote: the sentences it touches, within the content paragraphs."""
    article, quote = record.article, record.quote
    start, end = quote.start, quote.end
    for paragraph in article.paragraphs:
        if paragraph.end <= quote.start or paragraph.start >= quote.end:
            continue
        for sentence_start, sentence_end in paragraph.sentences:
            if sentence_end > quote.start and sentence_start < quote.end:
                start, end = min(start, sentence_start), max(end, sentence_end)
    if end - start > MAX_EXCERPT_CHARS:
        start, end = quote.start, quote.end
    return start, end


def _normalised(text: str) -> str:
    return _NON_WORD.sub(" ", fold(text)).strip()


def _topic_score(library: Library, record: QuoteRecord, topic_terms: set[str]) -> int:
    # the quote's own words: scoring must not load every article of a much-quoted person
    return len(topic_terms.intersection(library.analyzer.terms(record.quote.text)))


def _item(library: Library, person: Person, record: QuoteRecord) -> AnswerItem:
    article, quote = record.article, record.quote
    start, end = _quote_excerpt(record)
    paragraph = article.paragraph_at(quote.start)
    highlights = [Highlight(span.start - start, span.end - start) for span in quote.spans]
    return AnswerItem(
        text=article.text[start:end],
        citation=library.citation(article, paragraph, start, end),
        highlights=highlights,
        fields={
            "speaker": person.name,
            "mention": quote.mention.text if quote.mention else None,
            "kind": quote.kind,
            "quote": quote.text,
            "quote_spans": [[span.start, span.end] for span in quote.spans],
        },
    )


def _without_reported_shadows(records: list[QuoteRecord]) -> list[QuoteRecord]:
    """Drop reported speech that merely frames a direct quote of the same person in the same place."""
    direct: dict[int, list[tuple[int, int]]] = {}
    for record in records:
        if record.quote.kind == "direct":
            direct.setdefault(record.article_index, []).append((record.quote.start, record.quote.end))
    return [
        r for r in records
        if r.quote.kind == "direct"
        or not any(s < r.quote.end and r.quote.start < e for s, e in direct.get(r.article_index, ()))
    ]


def _merged_items(library: Library, person: Person, records: list[QuoteRecord], limit: int) -> list[AnswerItem]:
    """Items for ``records`` in order, near-duplicates merged, until ``limit`` items stand.

    Only the articles of the quotes shown are read.
    """
    merged: list[AnswerItem] = []
    for record in records:
        if len(merged) >= limit:
            break
        item = _item(library, person, record)
        key = _normalised(item.fields["quote"])
        twin = next(
            (m for m in merged if m.fields["kind"] == item.fields["kind"]
             and fuzz.ratio(_normalised(m.fields["quote"]), key) >= NEAR_DUPLICATE_SIMILARITY),
            None,
        )
        if twin is None:
            merged.append(item)
        elif twin.citation.file != item.citation.file or twin.citation.start != item.citation.start:
            twin.also_cited.append(item.citation)
    return merged


def quotes_of(library: Library, typed: str) -> Answer:
    """Answer ``/quote``: the quotes of the person named at the start of ``typed``, ranked by topic.

    Args:
        library: the archive.
        typed: a person (any spelling, partial name) optionally followed by topic words.

    Returns:
        Direct quotes first, then reported speech; each cited. Unknown names get suggestions.
    """
    index = speakers_of(library)
    person, topic = split_person_and_topic(index, typed)
    if person is None:
        return say_no_speaker_matches(Answer(command="quote", title=messages.text("T006", name=typed)), index, typed)
    title = messages.text("T007", person=person.name, topic=topic) if topic else messages.text("T006", name=person.name)
    answer = Answer(command="quote", title=title)
    records = list(person.quotes)
    if topic:
        topic_terms = set(library.analyse_query(topic).terms)
        scores = {id(r): _topic_score(library, r, topic_terms) for r in records}
        if any(scores.values()):
            records = [r for r in records if scores[id(r)] > 0]
            records.sort(key=lambda r: -scores[id(r)])
        else:
            answer.notice = messages.notice("W008", person=person.name, topic=topic)
    records = _without_reported_shadows(records)
    records.sort(key=lambda r: r.quote.kind != "direct")  # stable: keeps topic order within kinds
    answer.items = _merged_items(library, person, records, MAX_QUOTES_SHOWN)
    if len(answer.items) == MAX_QUOTES_SHOWN and len(records) > MAX_QUOTES_SHOWN and answer.notice is None:
        answer.notice = messages.notice("I003", person=person.name, count=len(records), shown=MAX_QUOTES_SHOWN)
    return answer


def _handle(library: Library, arguments: dict[str, str]) -> Answer:
    typed = " ".join(v for v in (arguments.get("person", ""), arguments.get("topic", "")) if v)
    return quotes_of(library, typed)


COMMAND = Command(
    name="quote",
    summary="What a person is quoted as saying: verbatim quotes first, reported speech marked.",
    arguments=(
        Argument("person", "Who, in any spelling: 'Rasmussen', 'Medvedev', 'fogh rasmussen'.", suggestions="speakers"),
        Argument("topic", "Optional words to rank the quotes by, e.g. 'Afghanistan'.", required=False),
    ),
    handler=_handle,
    examples=("/quote Rasmussen", "/quote Medvedev", "/quote Rasmussen Afghanistan"),
)
