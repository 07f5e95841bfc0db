"""Every text a user reads comes from the message catalogue: answers are titled in the user's
words, and no module names a message the catalogue does not have."""

from __future__ import annotations

import re

import pytest

from bot import messages
from tests.conftest import REPOSITORY

CODE_LITERAL = re.compile(r"""["']([EWITLH]\d{3})["']""")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("/help", "What I can do"),
        ("/speakers", "Known speakers"),
        ("/search Raketenabwehr", "Search: Raketenabwehr"),
        ("/when Raketenabwehr", "Timeline: Raketenabwehr"),
        ("/quote Lavrov", "Quotes: Sergej Lawrow"),
        ("/quote Rasmussen Afghanistan", "Quotes: Anders Fogh Rasmussen on Afghanistan"),
        ("/quote Merkel", "Quotes: Merkel"),
        ("/source 999_nothing:1", "Source 999_nothing:1"),
        ("/search " + "Raketenabwehr " * 1000, "Query too long"),
    ],
)
def test_each_answer_has_its_title(bot, line, title):
    assert bot.ask(line).title == title


def test_the_operator_reload_is_titled_too(library):
    from bot.reload_command import start_reload

    assert start_reload(library).title == "Reload"


def test_speakers_are_listed_with_roles_and_counts(bot):
    lines = bot.ask("/speakers").body.splitlines()
    assert any(re.fullmatch(r"Antony Blinken \(US-Außenminister\): \d+ direct, \d+ reported", line) for line in lines), lines


def test_help_shows_examples(bot):
    assert "    e.g. /quote Rasmussen   /quote Medvedev" in bot.ask("/help quote").body


def test_the_console_says_what_it_leaves_out(bot):
    from adapters.console import render_text

    answer = bot.ask("/quote Rasmussen")
    shown = render_text(answer, per_page=2)
    assert f"({len(answer.items) - 2} more not shown; " in shown
    # the way to the rest must work where it is offered: 'ask' is no command inside the console
    assert 'run python -m bot ask "<command>" in a shell' in shown
    assert bot.ask("ask --json").notice.code == "W003"
    assert "direct quote" in shown


def _codes_in_use() -> dict[str, set[str]]:
    """Message codes named in bot/ and adapters/, each with the files that name it."""
    used: dict[str, set[str]] = {}
    for path in [*REPOSITORY.joinpath("bot").rglob("*.py"), *REPOSITORY.joinpath("adapters").rglob("*.py")]:
        source = path.read_text(encoding="utf-8")
        if path.name == "messages.py" or "messages" not in source:
            continue
        for code in CODE_LITERAL.findall(source):
            used.setdefault(code, set()).add(str(path.relative_to(REPOSITORY)))
    return used


def test_every_message_code_in_the_code_is_in_the_catalogue():
    used = _codes_in_use()
    assert {"T002", "L001", "W007"} <= set(used), "the scan finds the codes in use"
    missing = {code: sorted(paths) for code, paths in used.items() if not isinstance(getattr(messages, code, None), str)}
    assert missing == {}


def test_every_catalogue_message_is_said_somewhere():
    defined = {name for name, value in vars(messages).items() if re.fullmatch(r"[EWITLH]\d{3}", name) and isinstance(value, str)}
    assert {"T002", "L001", "W007"} <= defined
    assert sorted(defined - set(_codes_in_use())) == []


def test_every_adapter_offers_suggestions_the_notice_does_not_name_in_the_same_words():
    from adapters.console import render_text
    from adapters.discord.embeds import render_pages
    from adapters.discord.escape import safe_text
    from adapters.slack.blocks import render_messages
    from adapters.slack.escape import escape_text
    from bot.answers import Answer

    odd = "A *b* <@1> & @everyone"
    answer = Answer(command="quote", title="Quotes: M", suggestions=["Heiko Maas", odd])
    answer.notice = messages.notice("W007", name="M", suggestions="Heiko Maas")
    assert "\nSuggestions: " + odd in render_text(answer)
    assert "Suggestions: " + safe_text(odd) in render_pages(answer, items_per_page=5)[0][0].description
    slack = "\n".join(block["text"]["text"] for block in render_messages(answer, items_per_message=5)[0].blocks if "text" in block)
    assert "Suggestions: " + escape_text(odd) in slack
    assert "Suggestions: Heiko Maas" not in slack, "a name the notice offers is not offered twice"


def test_every_adapter_labels_further_sources_with_the_cores_words():
    from adapters.console import render_text
    from adapters.discord.embeds import render_pages
    from adapters.slack.blocks import render_messages
    from bot.answers import Answer, AnswerItem, Citation

    first = Citation(id="004_a:13", file="004_a.txt", paragraph=13, start=0, end=4, outlet="dpa", date="2021-03")
    other = Citation(id="004_a:12", file="004_a.txt", paragraph=12, start=9, end=13, outlet="dpa", date="2021-03")
    answer = Answer(command="when", title="Timeline: NATO", items=[AnswerItem(text="2002", citation=first, also_cited=[other])])
    label = messages.text("L002")
    console = render_text(answer).splitlines()
    assert any(line.strip().startswith(f"— {label}: ") and "004_a:12" in line for line in console), console
    discord = [field.name for embed in render_pages(answer, items_per_page=5)[0] for field in embed.fields]
    assert label in discord
    slack = [element["text"] for block in render_messages(answer, items_per_message=5)[0].blocks for element in block.get("elements", []) if "text" in element]
    assert any(text.startswith(f"{label}: ") and "004_a:12" in text for text in slack), slack
    assert _codes_in_use()["L002"] == {"bot/presentation.py"}, "the label is given by the core, not chosen per adapter"
