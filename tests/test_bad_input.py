"""Bad input gets a friendly, coded answer — never a traceback."""

from __future__ import annotations

import json

from bot.commands import Argument, Command


def test_empty_search_gets_usage(bot):
    answer = bot.ask("/search   ")
    assert answer.notice.code == "W001"
    assert "/search <words>" in answer.notice.text


def test_huge_query_is_refused_with_a_message(bot):
    answer = bot.ask("/search " + "Raketenabwehr " * 1000)
    assert answer.notice.code == "W002"
    assert answer.items == []


def test_unknown_command_gets_help(bot):
    answer = bot.ask("/frobnicate now")
    assert answer.notice.code == "W003"
    assert "/search" in answer.body


def test_nothing_found_says_so_and_suggests(bot):
    answer = bot.ask("/search Quantencomputer Blockchain")
    assert answer.items == []
    assert answer.notice.code == "W004"
    assert "Try" in answer.notice.text


def test_only_stopwords(bot):
    answer = bot.ask("/search und der die")
    assert answer.notice.code == "W011"


def test_unknown_citation(bot):
    answer = bot.ask("/source nonsense")
    assert answer.notice.code == "W005"


def test_markup_in_the_query_is_just_text(bot):
    answer = bot.ask("/search <!channel> @everyone **Raketenabwehr**")
    assert answer.ok
    assert answer.items


def test_failing_handler_becomes_a_friendly_error_with_a_log_line(bot, caplog):
    def explode(library, arguments):
        raise RuntimeError("boom")

    bot.commands["explode"] = Command("explode", "test", (Argument("x", "x"),), explode)
    try:
        answer = bot.ask("/explode now")
    finally:
        del bot.commands["explode"]
    assert answer.notice.code == "E001" and answer.notice.is_error
    assert "boom" not in answer.notice.text and "Traceback" not in answer.notice.text
    assert any("explode" in r.getMessage() for r in caplog.records)


def test_empty_line_shows_help(bot):
    assert bot.ask("").command == "help"


def test_an_unknown_speaker_is_suggested_once_in_every_rendering(bot):
    from adapters.console import render_text
    from adapters.slack.blocks import render_messages

    answer = bot.ask("/quote Lavrenti")
    assert "Sergej Lawrow" in answer.notice.text
    assert render_text(answer).count("Sergej Lawrow") == 1
    blocks = [message.blocks for message in render_messages(answer, items_per_message=5)]
    assert json.dumps(blocks, ensure_ascii=False).count("Sergej Lawrow") == 1
