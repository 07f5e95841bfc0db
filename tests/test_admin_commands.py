"""Operator commands (``/reload``) exist in the local console and never in chat."""

from __future__ import annotations

from bot.commands import default_commands
from bot.reload import Reloader, reloader_for
from bot.service import NewsBot


def test_reload_is_not_a_chat_command(bot):
    assert "reload" not in default_commands()
    assert "reload" not in bot.commands
    assert bot.ask("/reload").notice.code == "W003"


def test_the_console_bot_can_reload_a_new_article(library, settings, corpus_copy, tmp_path):
    from dataclasses import replace

    local = replace(settings, corpus_dir=corpus_copy, cache_dir=tmp_path / "cache")
    console_bot = NewsBot.from_settings(local, admin=True)
    assert "reload" in console_bot.commands
    (corpus_copy / "005_neu.txt").write_text(
        "Neuer Artikel\n\nDer Zirkuspräsident Egon Quastenflosser sagte: \"Wir eröffnen im Mai.\"\n", encoding="utf-8"
    )
    reloader: Reloader = reloader_for(console_bot.library)
    assert console_bot.ask("/search Quastenflosser").items == []
    assert console_bot.ask("/reload").notice.code == "I020"
    reloader.wait()  # until the rebuild is done, however long it takes here
    assert reloader.last_changes.new == ("005_neu.txt",)
    assert console_bot.ask("/search Quastenflosser").items
    assert "Egon Quastenflosser" in console_bot.ask("/speakers").body


def test_help_describes_the_commands_each_bot_offers(library, settings):
    console = NewsBot(library, settings, admin=True)
    assert "/reload" in console.ask("/help").body
    assert console.ask("/help reload").body.startswith("/reload")
    chat = NewsBot(library, settings)
    assert "/reload" not in chat.ask("/help").body
    assert "/reload" not in chat.ask("/nonsense").body
