"""``/source <citation>``: the cited paragraph with its neighbours, for checking a citation."""

from __future__ import annotations

from bot import messages
from bot.answers import Answer, AnswerItem
from bot.commands import Argument, Command
from bot.library import Library

EXAMPLE_CITATION = "000_fe6d5f69a9127e95:4"


def show_source(library: Library, identifier: str, *, around: int = 1) -> Answer:
    """Return the paragraph ``identifier`` (``file:paragraph``) and ``around`` neighbours each side."""
    answer = Answer(command="source", title=messages.text("T008", citation=identifier))
    passage = library.passage(identifier)
    if passage is None:
        example = library.passages[0] if library.passages else None
        shown = f"{example.article.stem}:{example.paragraph.number}" if example else EXAMPLE_CITATION
        answer.notice = messages.notice("W005", citation=identifier, example=shown)
        return answer
    for neighbour in library.neighbours(passage, around):
        paragraph = neighbour.paragraph
        answer.items.append(
            AnswerItem(
                text=neighbour.text,
                citation=library.citation(neighbour.article, paragraph, paragraph.start, paragraph.end),
                fields={"cited": neighbour.paragraph == passage.paragraph, "kind": paragraph.kind},
            )
        )
    answer.title = passage.article.metadata.title or passage.article.file
    return answer


def _handle(library: Library, arguments: dict[str, str]) -> Answer:
    return show_source(library, arguments["citation"])


COMMAND = Command(
    name="source",
    summary="Show a cited paragraph with the paragraphs around it.",
    arguments=(Argument("citation", "A citation id as shown under an answer, e.g. '000_fe6d5f69a9127e95:4'."),),
    handler=_handle,
    examples=(f"/source {EXAMPLE_CITATION}",),
)
