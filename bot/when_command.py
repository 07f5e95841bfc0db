"""``/when <topic>``: a chronological, cited timeline of the dated events about a topic.

Sentences about the topic are found with the same analysis and glossary as ``/search``; a
sentence that refers back to the topic ("in dem Gremium") counts when its paragraph is about
the topic. Each date expression in those sentences becomes an event; the same event from
several articles or paragraphs is shown once with every source.
"""

from __future__ import annotations

from bot import messages
from bot.answers import Answer, AnswerItem, Highlight
from bot.commands import Argument, Command
from bot.corpus.model import Article, Paragraph
from bot.excerpts import trim_to_words
from bot.library import Library
from bot.timeline import TimelineEvent, chronological, merge_duplicates
from bot.timeline_image import render_timeline_png
from bot.topic import Topic, topic_of

PASSAGES_CONSIDERED = 50
MAX_SENTENCE_CHARS = 300
EVENT_TYPES = frozenset({"DATE", "TIME"})


def _sentences_about(library: Library, topic: Topic, article: Article, paragraph: Paragraph) -> list[tuple[int, int]]:
    """The sentences of a paragraph that are about the topic (all of them if any one is)."""
    texts = [article.text[s:e] for s, e in paragraph.sentences]
    if any(topic.is_covered_by(set(library.analyzer.terms(t))) for t in texts):
        return list(paragraph.sentences)
    return []


def _events_of(library: Library, article: Article, paragraph: Paragraph, sentences: list[tuple[int, int]]) -> list[TimelineEvent]:
    from bot.dates.labels import human_label, precision_of

    events = []
    for timex in article.timexes:
        if timex.type not in EVENT_TYPES or "REF" in timex.value:
            continue
        sentence = next(((s, e) for s, e in sentences if s <= timex.start < e), None)
        if sentence is None:
            continue
        start, end = trim_to_words(article.text, sentence[0], sentence[1], timex.start, MAX_SENTENCE_CHARS)
        text = article.text[start:end]
        item = AnswerItem(
            text=text,
            citation=library.citation(article, paragraph, start, end),
            highlights=[Highlight(timex.start - start, min(timex.end, end) - start)],
            cut_before=start > sentence[0],
            cut_after=end < sentence[1],
        )
        events.append(
            TimelineEvent(
                value=timex.value,
                label=human_label(timex),
                precision=precision_of(timex),
                range_end=timex.range_end,
                date_text=timex.text,
                terms=frozenset(library.analyzer.terms(text)),
                payload=item,
                sources=[item.citation],
            )
        )
    return events


def timeline(library: Library, topic_text: str) -> Answer:
    """Answer ``/when``: the dated events about ``topic_text`` in chronological order, cited.

    Returns:
        Items whose ``when`` field holds the TIMEX3 value, a human label and the precision;
        undated (unresolvable) events come last, marked; the picture is drawn on demand.
    """
    topic = topic_of(library, topic_text)
    answer = Answer(command="when", title=messages.text("T005", topic=topic_text))
    if not topic.groups:
        answer.notice = messages.notice("W011", query=topic_text)
        return answer
    hits = library.retriever.search(list(topic.terms), PASSAGES_CONSIDERED)
    events: list[TimelineEvent] = []
    # body text before headings and captions, then file order: a merged event keeps the first
    # source, so it is cited to its fullest sentence
    for hit in sorted(hits, key=lambda h: (library.passages[h.index].paragraph.kind != "body", h.index)):
        passage = library.passages[hit.index]
        sentences = _sentences_about(library, topic, passage.article, passage.paragraph)
        if sentences:
            events.extend(_events_of(library, passage.article, passage.paragraph, sentences))
    ordered = chronological(merge_duplicates(events))
    if not ordered:
        answer.notice = messages.notice("W009", topic=topic_text)
        return answer
    for event in ordered:
        item: AnswerItem = event.payload
        item.also_cited = [s for s in event.sources[1:]]
        item.fields = {
            "when": {"value": event.value, "label": event.label, "precision": event.precision, "end": event.range_end},
            "date_text": event.date_text,
            "dated": event.dated,
        }
        answer.items.append(item)
    undated = sum(not e.dated for e in ordered)
    if undated:
        answer.notice = messages.notice("W012", count=undated)
    if any(event.dated for event in ordered):
        captions = [event.payload.text for event in ordered]
        answer.image_renderer = lambda: render_timeline_png(answer.title, ordered, captions)
    return answer


def _handle(library: Library, arguments: dict[str, str]) -> Answer:
    return timeline(library, arguments["topic"])


COMMAND = Command(
    name="when",
    summary="A dated timeline of a topic (English or German), each event cited.",
    arguments=(Argument("topic", "What happened, e.g. 'NATO-Russia Council' or 'Raketenabwehr'."),),
    handler=_handle,
    examples=("/when NATO-Russia Council", "/when NATO-Russland-Rat"),
)
