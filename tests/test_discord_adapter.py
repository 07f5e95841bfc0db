"""The Discord adapter, driven the way Discord drives it, without a connection.

Each slash command is built from the core's definitions and its callback is called with a
stand-in interaction that records what would be sent. Every embed of every page in every test
goes through one validator of Discord's limits.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import discord
import pytest
from discord import app_commands

from adapters.discord import commands as discord_commands
from adapters.discord.client import NewsBotClient, invite_url, minimal_intents, sync_commands
from adapters.discord.embeds import TIMELINE_FILENAME, render_pages
from adapters.discord.escape import ZERO_WIDTH_SPACE, safe_text
from adapters.discord.paging import AnswerPager
from adapters.discord.runner import run_discord
from bot import messages
from bot.answers import Answer, AnswerItem, Citation, Highlight
from bot.commands import Argument, Command, default_commands, parse_line
from bot.config import ConfigurationError
from bot.corpus.loader import load_corpus
from bot.glossary import Glossary
from bot.library import Library
from bot.presentation import date_label, item_label
from bot.service import NewsBot
from bot.speakers import SUGGESTION_SOURCES, speaker_choices

# --- Discord's documented limits, written out here independently of the adapter's constants ---

LIVE_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>")


def embed_size(data: dict[str, Any]) -> int:
    """Characters Discord counts towards the 6000 limit of an embed."""
    return (
        len(data.get("title", ""))
        + len(data.get("description", ""))
        + sum(len(f["name"]) + len(f["value"]) for f in data.get("fields", []))
        + len(data.get("footer", {}).get("text", ""))
        + len(data.get("author", {}).get("name", ""))
    )


def assert_valid_message(embeds: list[discord.Embed]) -> None:
    """Assert one message's embeds respect every Discord limit and carry no live mention."""
    assert 1 <= len(embeds) <= 10, f"{len(embeds)} embeds in one message"
    total = 0
    for embed in embeds:
        data = embed.to_dict()
        assert len(data.get("title", "")) <= 256
        assert 0 < len(data.get("description", "x")) <= 4096
        assert len(data.get("fields", [])) <= 25
        for field in data.get("fields", []):
            assert 0 < len(field["name"]) <= 256
            assert 0 < len(field["value"]) <= 1024
        assert len(data.get("footer", {}).get("text", "")) <= 2048
        size = embed_size(data)
        assert 0 < size <= 6000
        total += size
        text = " ".join(str(value) for value in _strings(data))
        assert not LIVE_MENTION.search(text), text
    assert total <= 6000, f"{total} characters in one message"


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def assert_valid_pages(pages: list[list[discord.Embed]]) -> None:
    assert pages
    for page in pages:
        assert_valid_message(page)


def plain(markdown: str) -> str:
    """What a reader sees: bold markers, escapes and zero-width spaces removed."""
    text = markdown.replace("**", "").replace(ZERO_WIDTH_SPACE, "")
    return re.sub(r"\\(.)", r"\1", text, flags=re.DOTALL)


def words(text: str) -> list[str]:
    return text.replace("…", " ").split()


# --- A stand-in for discord.Interaction that records every call ---


class FakeMessage:
    def __init__(self) -> None:
        self.edits: list[dict[str, Any]] = []

    async def edit(self, **kwargs: Any) -> None:
        self.edits.append(kwargs)


class FakeResponse:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def is_done(self) -> bool:
        return bool(self.calls)

    async def defer(self, **kwargs: Any) -> None:
        self.calls.append(("defer", kwargs))

    async def send_message(self, content: str | None = None, **kwargs: Any) -> None:
        self.calls.append(("send_message", {"content": content, **kwargs}))

    async def edit_message(self, **kwargs: Any) -> None:
        self.calls.append(("edit_message", kwargs))

    async def autocomplete(self, choices: list[app_commands.Choice[str]]) -> None:
        self.calls.append(("autocomplete", {"choices": choices}))


class FakeFollowup:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def send(self, content: str | None = None, **kwargs: Any) -> FakeMessage:
        self.sent.append({"content": content, **kwargs})
        return FakeMessage()


class FakeInteraction:
    def __init__(self, command: app_commands.Command | None = None) -> None:
        self.response = FakeResponse()
        self.followup = FakeFollowup()
        self.user = SimpleNamespace(id=42, name="reporter")
        self.guild_id = 1234
        self.command = command
        self.deleted_original = False

    async def delete_original_response(self) -> None:
        self.deleted_original = True


# --- Helpers that act like Discord ---


@pytest.fixture()
def tree(bot, settings) -> app_commands.CommandTree:
    """The command tree of a real (unconnected) client over the seed corpus."""
    return NewsBotClient(newsbot=bot, settings=settings).tree


def slash(tree: app_commands.CommandTree, name: str) -> app_commands.Command:
    command = tree.get_command(name)
    assert isinstance(command, app_commands.Command), f"/{name} is not registered"
    return command


async def invoke(command: app_commands.Command, /, **options: str) -> FakeInteraction:
    """Call a slash command's callback as Discord would, with options by their Discord names."""
    python_names = {parameter.display_name: parameter.name for parameter in command.parameters}
    interaction = FakeInteraction(command)
    await command.callback(interaction, **{python_names[name]: value for name, value in options.items()})  # type: ignore[call-arg]
    return interaction


def only_send(interaction: FakeInteraction) -> dict[str, Any]:
    """The one message the bot sent, after checking it deferred first and never pings."""
    assert interaction.response.calls[0][0] == "defer"
    assert interaction.response.calls[0][1].get("thinking") is True
    assert len(interaction.followup.sent) == 1
    sent = interaction.followup.sent[0]
    mentions = sent["allowed_mentions"]
    assert mentions.to_dict() == discord.AllowedMentions.none().to_dict()
    assert_valid_message(sent["embeds"])
    return sent


def item_embeds(page: list[discord.Embed]) -> list[dict[str, Any]]:
    return [embed.to_dict() for embed in page[1:]]


# --- Command payloads match the core's definitions ---


def test_every_core_command_is_a_slash_command(bot, tree):
    assert [c.name for c in tree.get_commands()] == list(bot.commands)


def test_command_payloads_match_the_core_definitions(bot, tree):
    for name, core in bot.commands.items():
        payload = slash(tree, name).to_dict(tree)
        assert payload["name"] == core.name == core.name.lower()
        assert len(payload["name"]) <= 32
        assert payload["description"] == core.summary and len(payload["description"]) <= 100
        options = {option["name"]: option for option in payload.get("options", [])}
        assert set(options) == {argument.name for argument in core.arguments}
        for argument in core.arguments:
            option = options[argument.name]
            assert option["type"] == discord.AppCommandOptionType.string.value
            assert option["description"] == argument.description and len(option["description"]) <= 100
            assert option["required"] is argument.required
            assert option.get("autocomplete", False) is (argument.suggestions == "speakers")
            assert option["max_length"] == bot.settings.max_query_chars
        required = [option["required"] for option in payload.get("options", [])]
        assert required == sorted(required, reverse=True), "Discord wants required options first"


def test_a_new_core_command_appears_without_adapter_changes(bot, settings, tree):
    def handler(library: Library, arguments: dict[str, str]) -> Answer:
        return Answer(command="echo", title=f"Echo: {arguments.get('text-to-echo', '')}")

    long_description = "Word " * 40
    echo = Command(
        name="Echo",
        summary=long_description,
        arguments=(Argument("note", "optional", required=False), Argument("text-to-echo", long_description)),
        handler=handler,
    )
    extended = NewsBot(bot.library, settings)
    extended.commands = {**bot.commands, "echo": echo}
    built = {c.name: c for c in discord_commands.build_app_commands(extended, settings)}
    payload = built["echo"].to_dict(tree)
    assert len(payload["description"]) <= 100 and payload["description"].endswith("…")
    assert [o["name"] for o in payload["options"]] == ["text-to-echo", "note"]
    assert all(len(o["description"]) <= 100 for o in payload["options"])


# --- Answers as embeds, as a user sees them ---


async def test_quote_rasmussen_shows_cited_quotes_with_speaker_and_kind(bot, tree):
    expected = bot.run("quote", {"person": "Rasmussen"})
    assert expected.items
    sent = only_send(await invoke(slash(tree, "quote"), person="Rasmussen"))
    header, *items = [embed.to_dict() for embed in sent["embeds"]]
    assert header["title"] == safe_text(expected.title)
    first = expected.items[0]
    assert items[0]["title"] == f"1. {item_label(first)}"
    assert "Rasmussen" in items[0]["title"]
    assert re.search(r"direct quote|reported speech \(not verbatim\)", items[0]["title"])
    assert "**" in items[0]["description"], "the quote's words are bold"
    assert plain(items[0]["description"]).split() == first.text.split()
    source = items[0]["fields"][0]
    assert source["name"] == "Source"
    citation = first.citation
    if citation.url:
        assert f"]({citation.url})" in source["value"]
        assert items[0]["url"] == citation.url
    assert date_label(citation.date) in source["value"]
    assert f"¶{citation.paragraph}" in source["value"]
    assert f"`{citation.id}`" in source["value"]
    per_page = bot.settings.discord.items_per_page
    if len(expected.items) > per_page:
        pager = sent["view"]
        assert isinstance(pager, AnswerPager)
        assert pager.previous_page.disabled and not pager.next_page.disabled
        assert len(items) == per_page


async def test_search_cites_the_article_title_as_a_link_and_unknown_dates_as_such(bot, tree):
    expected = bot.run("search", {"words": "Medwedew"})
    assert expected.items
    interaction = await invoke(slash(tree, "search"), words="Medwedew")
    sent = only_send(interaction)
    assert "files" not in sent
    shown = item_embeds(sent["embeds"])
    for number, (item, embed) in enumerate(zip(expected.items, shown), start=1):
        value = embed["fields"][0]["value"]
        if item.citation.url:
            assert value.startswith("[")
        else:
            assert "](" not in value
        assert (item.citation.date or "date unknown") in value
        assert embed["title"].startswith(f"{number}. ")
    pages = [sent["embeds"], *(sent["view"].pages[1:] if "view" in sent else [])]
    cited = [embed.to_dict()["fields"][0]["value"] for page in pages for embed in page[1:] if embed.to_dict().get("fields")]
    assert any("date unknown" in value for value in cited), "an undated article says so"
    assert any("[Gemeinsame Ziele mit Russland](https://p.dw.com/p/L6Tk)" in value for value in cited)


async def test_when_attaches_the_timeline_and_shows_it_in_the_embed(bot, tree):
    expected = bot.run("when", {"topic": "Raketenabwehr"})
    assert expected.image_png is not None
    sent = only_send(await invoke(slash(tree, "when"), topic="Raketenabwehr"))
    (picture,) = sent["files"]
    assert picture.filename == TIMELINE_FILENAME
    assert picture.fp.read() == expected.image_png
    header = sent["embeds"][0].to_dict()
    assert header["image"]["url"] == f"attachment://{TIMELINE_FILENAME}"
    first = item_embeds(sent["embeds"])[0]
    assert first["title"] == f"1. {safe_text(item_label(expected.items[0]))}"
    if expected.items[0].also_cited:
        also = [f for f in first["fields"] if f["name"] == "Also cited"]
        assert also and all(f"`{c.id}`" in also[0]["value"] for c in expected.items[0].also_cited)


@pytest.mark.parametrize("name", list(default_commands()))
async def test_every_example_of_every_command_is_sent_within_limits(bot, tree, name):
    core = bot.commands[name]
    for example in core.examples or (f"/{name}",):
        _, arguments = parse_line(example, bot.commands)
        interaction = await invoke(slash(tree, name), **{k: v for k, v in arguments.items() if v})
        if not bot.run(name, arguments).ok:
            assert interaction.followup.sent[0]["ephemeral"] is True
            continue
        sent = only_send(interaction)
        if "view" in sent:
            assert_valid_pages(sent["view"].pages)


async def test_help_body_is_the_header_text(tree):
    sent = only_send(await invoke(slash(tree, "help")))
    header = sent["embeds"][0].to_dict()
    assert "/search" in header["description"] and "<words>" in header["description"]


async def test_the_core_runs_in_a_worker_thread(bot, tree, monkeypatch):
    threads = []

    def run(name: str, arguments: dict[str, str]) -> Answer:
        threads.append(threading.current_thread())
        return Answer(command=name, title="ok")

    monkeypatch.setattr(bot, "run", run)
    only_send(await invoke(slash(tree, "search"), words="x"))
    assert threads and threads[0] is not threading.main_thread()


# --- Errors: a friendly private message and a log line ---


async def test_a_core_error_answer_is_private(bot, tree, monkeypatch):
    failed = Answer(command="search", title="Search")
    failed.notice = messages.notice("E001", error=True, reference="abc12345")
    monkeypatch.setattr(bot, "run", lambda name, arguments: failed)
    interaction = await invoke(slash(tree, "search"), words="x")
    assert interaction.deleted_original, "the public 'thinking…' placeholder is removed"
    (sent,) = interaction.followup.sent
    assert sent["ephemeral"] is True
    assert sent["allowed_mentions"].to_dict() == discord.AllowedMentions.none().to_dict()
    assert_valid_message(sent["embeds"])
    assert "abc12345" in sent["embeds"][0].to_dict()["description"]


async def test_an_adapter_failure_is_a_friendly_private_message_and_a_log_line(tree, monkeypatch, caplog):
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr("adapters.discord.replies.render_pages", broken)
    with caplog.at_level(logging.ERROR, logger="adapters.discord"):
        interaction = await invoke(slash(tree, "search"), words="Raketenabwehr")
    (sent,) = interaction.followup.sent
    assert sent["ephemeral"] is True
    assert sent["content"].startswith("Sorry, something went wrong")
    assert "renderer exploded" not in sent["content"]
    reference = re.search(r"reference (\w+)", sent["content"]).group(1)
    assert any(reference in record.getMessage() for record in caplog.records)


# --- Paging ---


def long_answer(count: int = 40, words_per_item: int = 260) -> Answer:
    """A synthetic answer: many items with long excerpts, markdown and mentions in the text."""
    answer = Answer(command="search", title="Search: " + "lange Antwort " * 30)
    for number in range(count):
        text = " ".join(f"Wort{number}_{i}*" if i % 17 == 0 else f"Satzteil{i}" for i in range(words_per_item))
        text += " @everyone <@123> **fett** ||geheim||"
        citation = Citation(
            id=f"{number:03d}_abcdef:{number}",
            file=f"{number:03d}_abcdef.txt",
            paragraph=number,
            start=0,
            end=len(text),
            outlet="Deutsche Welle" if number % 2 else None,
            date="2009-12-17" if number % 3 else None,
            title=f"Artikel (Teil {number}) [Archiv]",
            url=f"https://example.org/a_(b)/{number}",
        )
        answer.items.append(
            AnswerItem(
                text=text,
                citation=citation,
                highlights=[Highlight(0, 10), Highlight(20, 35)],
                cut_before=number % 2 == 0,
                cut_after=True,
                fields={"speaker": "Anders Fogh Rasmussen", "kind": "reported"},
                also_cited=[replace(citation, id=f"{number:03d}_other:{k}", paragraph=k) for k in range(number % 4)],
            )
        )
    return answer


def shown_text_of_items(pages: list[list[discord.Embed]]) -> dict[int, str]:
    """Each item's excerpt as shown, joined across embeds and pages, keyed by item number."""
    texts: dict[int, list[str]] = {}
    current = None
    for page in pages:
        for embed in page[1:]:
            data = embed.to_dict()
            title = data.get("title", "")
            match = re.match(r"(\d+)\. ", title)
            if match:
                current = int(match.group(1))
            if data.get("description") and current is not None:
                texts.setdefault(current, []).append(data["description"])
    return {number: " ".join(parts) for number, parts in texts.items()}


def test_a_long_answer_is_paged_within_limits_without_losing_a_word():
    answer = long_answer()
    pages = render_pages(answer, items_per_page=3)
    assert_valid_pages(pages)
    assert len(pages) >= 14
    shown = shown_text_of_items(pages)
    assert sorted(shown) == list(range(1, 41))
    for number, item in enumerate(answer.items, start=1):
        assert words(plain(shown[number])) == words(item.text), f"item {number} lost or split words"
    for page in pages:
        numbers = {int(m.group(1)) for e in page[1:] if (m := re.match(r"(\d+)\. ", e.title or ""))}
        assert len(numbers) <= 3


def test_a_huge_excerpt_many_sources_and_a_long_body_are_split_not_cut():
    answer = long_answer(count=2, words_per_item=3000)
    source = answer.items[0].citation
    answer.items[0].also_cited = [replace(source, id=f"x:{k}", paragraph=k) for k in range(80)]
    answer.body = "\n".join(f"Sprecher{n}: {n} direct, {n * 2} reported" for n in range(2500))
    pages = render_pages(answer, items_per_page=3)
    assert_valid_pages(pages)
    shown = shown_text_of_items(pages)
    assert words(plain(shown[1])) == words(answer.items[0].text)
    cited = "\n".join(
        field["value"] for page in pages for embed in page for field in embed.to_dict().get("fields", []) if field["name"] == "Also cited"
    )
    assert all(f"`x:{k}`" in cited for k in range(80))
    body = " ".join(
        e.to_dict().get("description", "") for page in pages for e in page if not re.match(r"\d+\. ", e.title or "") and e.description
    )
    assert "Sprecher2499: 2499 direct" in plain(body)


async def test_next_and_previous_move_through_the_pages_and_stop_at_the_ends(bot, tree, monkeypatch):
    answer = long_answer(count=10, words_per_item=40)
    monkeypatch.setattr(bot, "run", lambda name, arguments: answer)
    sent = only_send(await invoke(slash(tree, "search"), words="lange Antwort"))
    pager: AnswerPager = sent["view"]
    expected_pages = render_pages(answer, items_per_page=bot.settings.discord.items_per_page)
    assert len(pager.pages) == len(expected_pages) == 4
    assert [c.label for c in pager.children] == ["Previous", "Next"]
    assert pager.previous_page.disabled and not pager.next_page.disabled
    seen = [sent["embeds"]]
    for _ in range(len(pager.pages) - 1):
        click = FakeInteraction()
        await pager.next_page.callback(click)
        ((kind, edit),) = click.response.calls
        assert kind == "edit_message" and edit["view"] is pager
        assert edit["allowed_mentions"].to_dict() == discord.AllowedMentions.none().to_dict()
        assert_valid_message(edit["embeds"])
        seen.append(edit["embeds"])
    assert pager.next_page.disabled and not pager.previous_page.disabled
    assert [e.to_dict() for page in seen for e in page] == [e.to_dict() for page in expected_pages for e in page]
    click = FakeInteraction()
    await pager.next_page.callback(click)  # a stale click past the end stays on the last page
    assert pager.page_index == len(pager.pages) - 1
    for _ in range(len(pager.pages) + 2):
        await pager.previous_page.callback(FakeInteraction())
    assert pager.page_index == 0
    assert pager.previous_page.disabled and not pager.next_page.disabled
    footer = pager.current_page[0].footer.text
    assert footer == messages.text("W010", count=10, page=1, pages=4)


async def test_the_pager_disables_its_buttons_when_it_times_out():
    pager = AnswerPager(pages=render_pages(long_answer(count=5, words_per_item=10), items_per_page=1))
    pager.message = FakeMessage()
    await pager.on_timeout()
    assert pager.previous_page.disabled and pager.next_page.disabled
    assert pager.message.edits == [{"view": pager}]


async def test_a_failed_click_is_apologised_for_privately_and_the_message_kept(caplog):
    pager = AnswerPager(pages=render_pages(long_answer(count=5, words_per_item=10), items_per_page=1))
    click = FakeInteraction()
    await click.response.edit_message()  # the click was already answered when it failed
    with caplog.at_level(logging.ERROR, logger="adapters.discord"):
        await pager.on_error(click, RuntimeError("edit failed"), pager.next_page)
    assert not click.deleted_original, "the answer with the buttons is not deleted"
    (sent,) = click.followup.sent
    assert sent["ephemeral"] is True and sent["content"].startswith("Sorry")
    assert "edit failed" in caplog.text


# --- Autocomplete of speakers ---


async def test_autocomplete_offers_known_speakers_for_partial_and_english_spellings(bot, tree):
    quote = slash(tree, "quote")
    for typed, expected in [("ras", "Anders Fogh Rasmussen"), ("Medvedev", "Dmitri Medwedew"), ("Lavrov", "Sergej Lawrow")]:
        assert expected in speaker_choices(bot.library, "")
        interaction = FakeInteraction(quote)
        await quote._invoke_autocomplete(interaction, "person", SimpleNamespace(person=typed))  # Discord's own dispatch
        ((kind, call),) = interaction.response.calls
        names = [choice.value for choice in call["choices"]]
        assert kind == "autocomplete" and expected in names, (typed, names)
        assert len(names) <= 25


async def test_autocomplete_plumbing_with_a_stand_in_speaker_source(bot, tree, monkeypatch):
    asked = []

    def source(library: Library, typed: str, limit: int) -> list[str]:
        asked.append((library, typed, limit))
        return ["Anders Fogh Rasmussen", "Anders Fogh Rasmussen", "X" * 150, *(f"Sprecher {n}" for n in range(40))]

    monkeypatch.setitem(SUGGESTION_SOURCES, "speakers", source)
    quote = slash(tree, "quote")
    interaction = FakeInteraction(quote)
    await quote._invoke_autocomplete(interaction, "person", SimpleNamespace(person="Rasmusen"))
    ((_, call),) = interaction.response.calls
    choices = call["choices"]
    assert asked == [(bot.library, "Rasmusen", 25)]
    assert 0 < len(choices) <= 25
    assert choices[0].name == choices[0].value == "Anders Fogh Rasmussen"
    assert [c.value for c in choices].count("Anders Fogh Rasmussen") == 1
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)


async def test_a_failing_speaker_source_offers_nothing_and_logs(bot, monkeypatch, caplog):
    def broken(library: Library, typed: str, limit: int) -> list[str]:
        raise RuntimeError("index missing")

    monkeypatch.setitem(SUGGESTION_SOURCES, "speakers", broken)
    with caplog.at_level(logging.ERROR):
        assert await discord_commands.suggestion_choices(bot.library, "speakers", "Ras") == []
    assert "index missing" in caplog.text


# --- Escaping and no-ping ---


def test_mentions_are_neutralised_and_markdown_escaped():
    hostile = "@everyone @here <@123> <@!5> <@&1> <#1> **bold** _x_ ||spoiler|| a * b ` \\* [a **b**](https://c) > q"
    shown = safe_text(hostile)
    assert not LIVE_MENTION.search(shown)
    for marker in ("**", "__", "||", "`"):
        assert marker not in re.sub(r"\\.", "", shown), marker
    assert plain(shown) == hostile
    assert "\\[a \\*\\*b\\*\\*\\]" in shown, "markup inside a link-like span is escaped too"


async def test_hostile_article_text_never_pings_and_shows_its_markdown_literally(corpus_copy, tmp_path, settings):
    (corpus_copy / "999_hostile.txt").write_text(
        "Zauberwortfeuer im Kanal\n\n"
        "17. Dezember 2009\n\n"
        "Der Zauberwortfeuer-Bericht schrieb @everyone und @here an, dazu <@123>, <@&1> und <#1>. "
        "Im Text stand **bold** _x_ ||spoiler|| und [klick](https://evil.example) als Zauberwortfeuer.\n",
        encoding="utf-8",
    )
    articles, _ = load_corpus(corpus_copy, cache_dir=tmp_path / "cache")
    hostile_bot = NewsBot(Library(articles, glossary=Glossary({})), settings)
    tree = NewsBotClient(newsbot=hostile_bot, settings=settings).tree
    sent = only_send(await invoke(slash(tree, "search"), words="Zauberwortfeuer"))
    text = "\n".join(s for embed in sent["embeds"] for s in _strings(embed.to_dict()))
    assert "everyone" in text and "spoiler" in text, "the hostile paragraph was found"
    assert not LIVE_MENTION.search(text)
    assert "@" + ZERO_WIDTH_SPACE + "everyone" in text
    assert "\\*\\*bold\\*\\*" in text
    assert "\\_x\\_" in text and "\\|\\|spoiler\\|\\|" in text
    assert "\\[klick\\](https://evil.example)" in text, "article links are not live"


# --- Running: token, intents, syncing ---


def test_a_missing_token_names_discord_token(settings, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="DISCORD_TOKEN"):
        run_discord(settings, sync=None)


def test_the_command_line_says_which_variable_is_missing(monkeypatch, capsys, tmp_path):
    from bot.__main__ import main

    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["--cache", str(tmp_path), "discord"]) == 2
    assert "DISCORD_TOKEN" in capsys.readouterr().err


def test_run_uses_the_token_without_logging_it_and_syncs_only_on_request(bot, settings, monkeypatch, caplog):
    token = "secret-token-value-123"
    started = []
    monkeypatch.setenv("DISCORD_TOKEN", token)
    monkeypatch.setattr(NewsBot, "from_settings", classmethod(lambda cls, s, **options: bot))
    monkeypatch.setattr(NewsBotClient, "run", lambda self, given, **kwargs: started.append((self, given, kwargs)))
    with caplog.at_level(logging.DEBUG):
        assert run_discord(settings, sync=None) == 0
        with pytest.raises(ConfigurationError, match="test_guild_id"):
            run_discord(settings, sync="guild")
    ((client, given, kwargs),) = started
    assert given == token and client.sync_target is None
    assert token not in caplog.text


def test_the_client_asks_for_minimal_intents_and_allows_no_mentions(bot, settings):
    client = NewsBotClient(newsbot=bot, settings=settings)
    intents = client.intents
    assert intents == minimal_intents()
    assert not (intents.message_content or intents.members or intents.presences or intents.messages)
    assert client.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()
    assert [c.name for c in client.tree.get_commands()] == list(bot.commands)


async def test_starting_without_sync_does_not_touch_discord(bot, settings, monkeypatch):
    client = NewsBotClient(newsbot=bot, settings=settings)

    async def forbidden(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("synced without being asked")

    monkeypatch.setattr(client.tree, "sync", forbidden)
    await client.setup_hook()


class RecordingTree:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def copy_global_to(self, *, guild: discord.abc.Snowflake) -> None:
        self.calls.append(("copy", guild.id))

    async def sync(self, *, guild: discord.abc.Snowflake | None = None) -> list[str]:
        self.calls.append(("sync", guild.id if guild else None))
        return ["quote", "search"]


async def test_sync_to_the_test_guild_or_globally(settings):
    guild_settings = replace(settings, discord=replace(settings.discord, test_guild_id=987))
    tree = RecordingTree()
    await sync_commands(tree, "guild", guild_settings)  # type: ignore[arg-type]
    assert tree.calls == [("copy", 987), ("sync", 987)]
    tree = RecordingTree()
    await sync_commands(tree, "global", settings)  # type: ignore[arg-type]
    assert tree.calls == [("sync", None)]
    with pytest.raises(ConfigurationError, match="test_guild_id"):
        await sync_commands(RecordingTree(), "guild", settings)  # type: ignore[arg-type]


def test_the_invite_link_asks_for_both_scopes():
    link = invite_url(123)
    assert "client_id=123" in link and "scope=bot+applications.commands" in link and "permissions=52224" in link
