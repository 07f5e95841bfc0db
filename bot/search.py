"""``/search <words>``: the best passages for German or English words, matches marked, cited."""

from __future__ import annotations

from bot import messages
from bot.answers import Answer, AnswerItem
from bot.commands import Argument, Command
from bot.excerpts import make_excerpt
from bot.library import Library

SEARCH_LIMIT = 10


def search_passages(library: Library, query: str, limit: int = SEARCH_LIMIT) -> Answer:
    """Return the best passages for ``query`` as cited answer items.

    Args:
        library: the archive.
        query: German or English words (names in English spelling work too).
        limit: the most passages to return.

    Returns:
        An answer whose items carry verbatim excerpts with highlights; a notice when nothing
        matches.
    """
    analysed = library.analyse_query(query)
    answer = Answer(command="search", title=messages.text("T004", query=query))
    if not analysed.terms:
        answer.notice = messages.notice("W011", query=query)
        return answer
    hits = library.retriever.search(analysed.terms, limit)
    terms = set(analysed.terms)
    for hit in hits:
        passage = library.passages[hit.index]
        paragraph = passage.paragraph
        excerpt = make_excerpt(
            passage.article.text, (paragraph.start, paragraph.end), paragraph.sentences, terms, library.analyzer
        )
        answer.items.append(
            AnswerItem(
                text=excerpt.text,
                citation=library.citation(passage.article, paragraph, excerpt.start, excerpt.end),
                highlights=list(excerpt.highlights),
                cut_before=excerpt.cut_before,
                cut_after=excerpt.cut_after,
                fields={"score": round(hit.score, 4)},
            )
        )
    if not answer.items:
        answer.notice = messages.notice("W004", query=query)
    return answer


def _handle(library: Library, arguments: dict[str, str]) -> Answer:
    return search_passages(library, arguments["words"])


COMMAND = Command(
    name="search",
    summary="Find the best passages for some words (German or English), with citations.",
    arguments=(Argument("words", "What to look for, e.g. 'Raketenabwehr' or 'missile defence'."),),
    handler=_handle,
    examples=("/search Raketenabwehr", "/search missile defence"),
)
