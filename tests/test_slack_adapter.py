"""The Slack adapter, driven over HTTP on 127.0.0.1 the way Slack drives it.

The adapter runs in HTTP mode in-process; a stand-in (tests/slack_standin.py) plays Slack's
Web API and ``response_url`` and records what the bot sends. Every message of every test goes
through one validator of Slack's Block Kit limits.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import statistics
import threading
import time
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web

from adapters.slack import buttons
from adapters.slack.app import EVENTS_PATH, build_app
from adapters.slack.blocks import render_messages
from adapters.slack.escape import ZERO_WIDTH_SPACE, escape_text, link
from adapters.slack.manifest import manifest_yaml
from adapters.slack.runner import run_slack
from bot.answers import Answer, AnswerItem, Citation, Highlight
from bot.commands import default_commands
from bot.config import REPOSITORY_ROOT, ConfigurationError, SlackSettings
from bot.corpus.loader import load_corpus
from bot.glossary import Glossary
from bot.library import Library
from bot.service import NewsBot
from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackStandIn, signed_headers

_log = logging.getLogger(__name__)

# --- Slack's documented Block Kit limits, written out here independently of the adapter ---

LIVE_MARKUP = re.compile(r"<[!@#]|(?<![\w\u200b])@(here|channel|everyone)\b|<@U")
CITATION_ID = re.compile(r"`[^`]+:\d+`")


def _texts(block: dict[str, Any]) -> list[str]:
    found = []
    for value in block.values():
        if isinstance(value, dict):
            if "text" in value and isinstance(value["text"], str):
                found.append(value["text"])
            found.extend(_texts(value))
        elif isinstance(value, list):
            for element in value:
                if isinstance(element, dict):
                    if isinstance(element.get("text"), str):
                        found.append(element["text"])
                    found.extend(_texts(element))
    return found


def assert_valid_message(message: dict[str, Any]) -> None:
    """Assert a message respects Slack's Block Kit limits and carries no live mention."""
    blocks = message["blocks"]
    assert 1 <= len(blocks) <= 50, f"{len(blocks)} blocks"
    assert 0 < len(message["text"]) <= 40000
    assert not LIVE_MARKUP.search(message["text"]), message["text"]
    action_ids = []
    for block in blocks:
        kind = block["type"]
        if kind == "header":
            assert block["text"]["type"] == "plain_text"
            assert 0 < len(block["text"]["text"]) <= 150
        elif kind == "section":
            assert block["text"]["type"] == "mrkdwn"
            assert 0 < len(block["text"]["text"]) <= 3000
        elif kind == "context":
            assert 1 <= len(block["elements"]) <= 10
            for element in block["elements"]:
                assert 0 < len(element["text"]) <= 3000
        elif kind == "actions":
            assert 1 <= len(block["elements"]) <= 25
            for element in block["elements"]:
                assert element["type"] == "button"
                assert 0 < len(element["text"]["text"]) <= 75
                assert 0 < len(element["value"]) <= 2000
                assert 0 < len(element["action_id"]) <= 255
                action_ids.append(element["action_id"])
        else:
            raise AssertionError(f"unexpected block type {kind}")
        for text in _texts(block):
            assert not LIVE_MARKUP.search(text), text
    assert len(action_ids) == len(set(action_ids))


def message_text(messages: list[dict[str, Any]]) -> str:
    """All visible text of some messages, one string."""
    return "\n".join(text for message in messages for block in message["blocks"] for text in _texts(block))


def button(messages: list[dict[str, Any]], action_id: str) -> dict[str, Any]:
    """The button ``action_id`` in the last of ``messages``."""
    for block in messages[-1]["blocks"]:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return element
    raise AssertionError(f"no {action_id} button")


# --- The adapter on a free port, a stand-in for Slack, and a user typing commands ---


class SlackSession:
    """A workspace user on the loopback: types slash commands, clicks buttons, reads answers."""

    def __init__(self, standin: SlackStandIn, events_url: str, http: aiohttp.ClientSession) -> None:
        self.standin = standin
        self.events_url = events_url
        self.http = http
        self._counter = 0

    def _key(self) -> str:
        self._counter += 1
        return f"r{self._counter}"

    async def post(self, body: str, headers: dict[str, str]) -> tuple[int, float, str]:
        """POST a raw body to /slack/events; return the status, the seconds to the reply and its text."""
        started = time.perf_counter()
        async with self.http.post(self.events_url, data=body.encode(), headers=headers) as reply:
            text = await reply.text()
            return reply.status, time.perf_counter() - started, text

    def slash_body(self, command: str, text: str, key: str) -> str:
        """The form body Slack posts for ``/command text``."""
        return urlencode(
            {
                "token": "legacy", "team_id": "T1", "team_domain": "standin", "channel_id": "C1",
                "channel_name": "general", "user_id": "U1", "user_name": "reader", "command": command,
                "text": text, "api_app_id": "A1", "response_url": self.standin.response_url(key),
                "trigger_id": "1.2.3",
            }
        )

    async def slash(self, command: str, text: str = "") -> tuple[int, float, str]:
        """Type ``/command text`` with a correct signature; return status, ack seconds and the response key."""
        key = self._key()
        body = self.slash_body(command, text, key)
        status, elapsed, _ = await self.post(body, signed_headers(body))
        return status, elapsed, key

    async def ask(self, command: str, text: str = "", *, count: int = 1) -> list[dict[str, Any]]:
        """Type a command, expect the 200 ack within 3 s, and return the (valid) answer messages."""
        status, elapsed, key = await self.slash(command, text)
        assert status == 200 and elapsed < 3
        await self.standin.wait_for(key, count)
        await self.standin.settle(0.1)
        for message in self.standin.responses[key]:
            assert_valid_message(message)
        return self.standin.responses[key]

    async def click(self, pressed: dict[str, Any]) -> tuple[int, str]:
        """Click a button of an answer; return the ack status and the response key of what follows."""
        key = self._key()
        payload = {
            "type": "block_actions", "team": {"id": "T1", "domain": "standin"}, "user": {"id": "U1", "name": "reader"},
            "api_app_id": "A1", "token": "legacy", "trigger_id": "1.2.4", "response_url": self.standin.response_url(key),
            "container": {"type": "message", "channel_id": "C1", "is_ephemeral": True},
            "channel": {"id": "C1", "name": "general"},
            "actions": [{**pressed, "block_id": "b1", "action_ts": "1.0"}],
        }
        body = urlencode({"payload": json.dumps(payload)})
        status, _, _ = await self.post(body, signed_headers(body))
        return status, key


async def start_session(newsbot: NewsBot, settings, *, slack: SlackSettings | None = None):
    """Start the stand-in and the adapter (HTTP mode, free port); return the session and a stopper."""
    standin = await SlackStandIn().start()
    if slack is not None:
        settings = replace(settings, slack=slack)
    app = build_app(newsbot=newsbot, settings=settings, token=BOT_TOKEN, signing_secret=SIGNING_SECRET, api_url=standin.api_url)
    runner = web.AppRunner(app.web_app(path=EVENTS_PATH), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=aiohttp.ClientTimeout(total=30))
    session = SlackSession(standin, f"http://127.0.0.1:{port}{EVENTS_PATH}", http)

    async def stop() -> None:
        await http.close()
        await runner.cleanup()
        await standin.stop()

    return session, stop


@pytest.fixture()
async def slack(bot, settings):
    """A user session against the adapter over the seed corpus (answers ephemeral, 5 items a message)."""
    session, stop = await start_session(bot, settings, slack=SlackSettings(mode="http"))
    yield session
    await stop()


def example_text(name: str) -> str:
    """The argument text of the command's first example (``/quote Rasmussen`` → ``Rasmussen``)."""
    command = default_commands()[name]
    for example in command.examples:
        rest = example.partition(" ")[2]
        if rest or not command.arguments or not command.arguments[0].required:
            return rest
    return ""


# --- Every core command, end to end ---


@pytest.mark.parametrize("name", list(default_commands()))
async def test_each_core_command_is_acknowledged_then_answered_with_citations(slack, bot, name):
    text = example_text(name)
    expected = bot.run(name, {default_commands()[name].arguments[0].name: text} if default_commands()[name].arguments else {})
    answer = await slack.ask(f"/{name}", text)
    shown = message_text(answer)
    assert answer[0]["response_type"] == "ephemeral"
    assert answer[0]["blocks"][0]["type"] == "header"
    if expected.items:
        first = expected.items[0].citation
        assert f"`{first.id}`" in shown, "the first item is cited by its id"
        assert (first.outlet or "outlet unknown") in shown and (first.date or "date unknown") in shown
        if first.url:
            assert f"<{first.url}|" in shown, "the title links to the article"
        assert CITATION_ID.search(shown)
    if expected.body:
        assert expected.body.splitlines()[0][:40] in shown.replace("&lt;", "<").replace("&gt;", ">")
    assert button(answer, buttons.POST_TO_CHANNEL)["text"]["text"] == "Post to channel"


async def test_search_shows_the_matched_word_in_bold_with_outlet_date_and_paragraph(slack):
    answer = await slack.ask("/search", "Raketenabwehr")
    shown = message_text(answer)
    assert "*Raketenabwehr*" in shown
    assert re.search(r"Deutsche Welle · 2009-12-17 · <https://p\.dw\.com/p/L6Tk\|Gemeinsame Ziele mit Russland> · ¶\d+ · `000_", shown)


async def test_a_command_without_its_argument_answers_with_the_usage(slack):
    answer = await slack.ask("/search", "   ")
    assert "Usage: /search &lt;words&gt;" in message_text(answer)


async def test_a_prefixed_command_name_reaches_the_same_command(slack):
    answer = await slack.ask("/news-search", "Raketenabwehr")
    assert "*Raketenabwehr*" in message_text(answer)


async def test_quote_answers_label_reported_speech_and_page_beyond_one_response(bot, settings):
    session, stop = await start_session(bot, settings, slack=SlackSettings(mode="http", items_per_message=2))
    try:
        expected = bot.run("quote", {"person": "Rasmussen"})
        assert len(expected.items) > 8, "enough quotes to need more than one response"
        first = await session.ask("/quote", "Rasmussen", count=4)
        assert len(first) == 4, "one response carries four messages (one response_url use is kept)"
        assert "direct quote" in message_text(first), "direct quotes come first"
        assert button(first, buttons.SHOW_MORE)["text"]["text"] == "Show more"
        status, key = await session.click(button(first, buttons.SHOW_MORE))
        assert status == 200
        more = await session.standin.wait_for(key, 1)
        await session.standin.settle(0.1)
        for message in more:
            assert_valid_message(message)
        assert f"(5/{-(-len(expected.items) // 2)})" in more[0]["blocks"][0]["text"]["text"]
        assert expected.items[8].citation.id in message_text(more)
        reported = next(number for number, item in enumerate(expected.items) if item.fields["kind"] == "reported")
        shown = render_messages(replace(expected, items=expected.items[reported : reported + 1]), items_per_message=2)
        assert "reported speech (not verbatim)" in message_text([message._asdict() for message in shown])
    finally:
        await stop()


# --- Signatures ---


async def test_a_forged_signature_gets_401_and_no_answer(slack):
    body = slack.slash_body("/search", "Raketenabwehr", "forged")
    status, _, _ = await slack.post(body, signed_headers(body, secret="not-the-secret"))
    assert status == 401
    await slack.standin.settle()
    assert slack.standin.responses["forged"] == []


async def test_a_stale_signature_gets_401_and_no_answer(slack):
    body = slack.slash_body("/search", "Raketenabwehr", "stale")
    status, _, _ = await slack.post(body, signed_headers(body, timestamp=int(time.time()) - 301))
    assert status == 401
    tampered = slack.slash_body("/search", "Raketenabwehr", "tampered")
    status, _, _ = await slack.post(tampered, signed_headers(tampered.replace("Raketenabwehr", "x")))
    assert status == 401
    await slack.standin.settle()
    assert slack.standin.responses["stale"] == [] and slack.standin.responses["tampered"] == []


# --- Visibility, the share button and the timeline picture ---


async def test_post_to_channel_reposts_the_answer_in_channel_without_buttons(slack):
    private = await slack.ask("/search", "Raketenabwehr")
    status, key = await slack.click(button(private, buttons.POST_TO_CHANNEL))
    assert status == 200
    public = await slack.standin.wait_for(key, 1)
    await slack.standin.settle(0.1)
    assert all(m["response_type"] == "in_channel" for m in public)
    for message in public:
        assert_valid_message(message)
    without_buttons = [{"blocks": [b for b in m["blocks"] if b["type"] != "actions"]} for m in private]
    assert message_text(public) == message_text(without_buttons), "the same answer, now for everyone"
    assert "*Raketenabwehr*" in message_text(public)
    assert not any(block["type"] == "actions" for m in public for block in m["blocks"])


async def test_when_private_answer_says_where_the_picture_goes_and_posting_uploads_it(slack):
    private = await slack.ask("/when", "Raketenabwehr")
    assert "timeline picture" in message_text(private)
    assert "files.getUploadURLExternal" not in slack.standin.methods(), "no public upload for a private answer"
    status, key = await slack.click(button(private, buttons.POST_TO_CHANNEL))
    assert status == 200
    await slack.standin.wait_for(key, 1)
    for _ in range(50):
        if "files.completeUploadExternal" in slack.standin.methods():
            break
        await asyncio.sleep(0.1)
    methods = slack.standin.methods()
    assert methods.index("files.getUploadURLExternal") < methods.index("files.completeUploadExternal")
    assert slack.standin.uploads and slack.standin.uploads[0].startswith(b"\x89PNG")
    complete = [c for c in slack.standin.api_calls if c.method == "files.completeUploadExternal"][0]
    assert complete.params["channel_id"] == "C1"


async def test_in_channel_by_default_uploads_the_timeline_at_once(bot, settings):
    session, stop = await start_session(bot, settings, slack=SlackSettings(mode="http", ephemeral_by_default=False))
    try:
        answer = await session.ask("/when", "Raketenabwehr")
        assert answer[0]["response_type"] == "in_channel"
        assert not any(b["type"] == "actions" for m in answer for b in m["blocks"]), "nothing to share: already public"
        for _ in range(50):
            if session.standin.uploads:
                break
            await asyncio.sleep(0.1)
        assert session.standin.uploads[0].startswith(b"\x89PNG")
    finally:
        await stop()


async def test_a_failed_upload_is_a_message_and_a_log_line(bot, settings, caplog):
    session, stop = await start_session(bot, settings, slack=SlackSettings(mode="http", ephemeral_by_default=False))
    session.standin.failures["files.completeUploadExternal"] = "not_in_channel"
    try:
        with caplog.at_level(logging.WARNING):
            messages = await session.ask("/when", "Raketenabwehr", count=2)
        shown = messages[-1]["text"].replace(ZERO_WIDTH_SPACE, "")
        assert "could not be attached" in shown and "not_in_channel" in shown
        assert messages[-1]["response_type"] == "ephemeral"
        assert "not_in_channel" in caplog.text
    finally:
        await stop()


async def test_an_unreadable_button_value_gets_a_friendly_message(slack, caplog):
    with caplog.at_level(logging.WARNING):
        status, key = await slack.click({"type": "button", "action_id": buttons.POST_TO_CHANNEL, "value": "garbage"})
    assert status == 200
    (reply,) = await slack.standin.wait_for(key, 1)
    assert "no longer works" in reply["text"]
    assert "Unreadable button value" in caplog.text


async def test_a_failing_command_is_a_friendly_message_and_a_log_line(slack, bot, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("render exploded")

    monkeypatch.setattr("adapters.slack.delivery.render_messages", broken)
    with caplog.at_level(logging.ERROR):
        status, _, key = await slack.slash("/search", "Raketenabwehr")
        (reply,) = await slack.standin.wait_for(key, 1)
    assert status == 200
    assert "something went wrong" in reply["text"] and "render exploded" in caplog.text


# --- Escaping ---


async def test_hostile_article_text_is_quoted_harmlessly(corpus_copy, tmp_path, settings):
    (corpus_copy / "999_hostile.txt").write_text(
        "Zauberwortfeuer im Kanal\n\n"
        "17. Dezember 2009\n\n"
        "Der Zauberwortfeuer-Bericht rief <!channel> und @here und @channel und @everyone an, dazu <@U123>. "
        "Im Text stand *bold* _kursiv_ ~weg~ `code` & <https://evil.example|klick> als Zauberwortfeuer.\n",
        encoding="utf-8",
    )
    articles, _ = load_corpus(corpus_copy, cache_dir=tmp_path / "cache")
    hostile = NewsBot(Library(articles, glossary=Glossary({})), settings)
    session, stop = await start_session(hostile, settings, slack=SlackSettings(mode="http"))
    try:
        answer = await session.ask("/search", "Zauberwortfeuer")
        shown = message_text(answer)
        assert "everyone" in shown and "kursiv" in shown, "the hostile paragraph was found"
        assert "&lt;!channel&gt;" in shown and "&lt;@" + ZERO_WIDTH_SPACE + "U123&gt;" in shown
        for word in ("here", "channel", "everyone"):
            assert "@" + ZERO_WIDTH_SPACE + word in shown
        assert f"{ZERO_WIDTH_SPACE}*{ZERO_WIDTH_SPACE}bold{ZERO_WIDTH_SPACE}*{ZERO_WIDTH_SPACE}" in shown
        assert "&amp;" in shown and "&lt;https://evil.example|klick&gt;" in shown, "article links are not live"
        assert "<https://evil" not in shown
    finally:
        await stop()


def test_escape_text_leaves_no_markup_and_keeps_the_words():
    hostile = "<!here> @channel <@U1|x> *a* _b_ ~c~ `d` & <http://x|y>"
    shown = escape_text(hostile)
    assert not LIVE_MARKUP.search(shown)
    assert "<" not in shown and ">" not in shown
    plain = shown.replace(ZERO_WIDTH_SPACE, "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert plain == hostile
    assert link("javascript:alert(1)", "t") == "t"
    assert link("https://a.example/x|y>z w", "t") == "<https://a.example/x%7Cy%3Ez%20w|t>"


# --- Limits: long answers are split, never rejected, never cut mid-word ---


def _long_answer(items: int, words: int) -> Answer:
    text = " ".join(f"Wort{n}" for n in range(words))
    citation = Citation(id="999_long:1", file="999_long.txt", paragraph=1, start=0, end=len(text), outlet="dpa", title="T" * 400, url="https://example.org/a?b=1&c=2")
    also = [replace(citation, id=f"999_long:{n}") for n in range(2, 14)]
    return Answer(
        command="search",
        title="Ein sehr langer Titel " * 20,
        items=[AnswerItem(text=text, citation=citation, highlights=[Highlight(0, 5)], fields={"speaker": "@here"}, also_cited=also) for _ in range(items)],
        body="Zeile " * 2000,
    )


@pytest.mark.parametrize("items, words", [(30, 50), (3, 5000), (1, 40000)])
def test_long_answers_are_split_within_the_limits_without_cutting_words(items, words):
    answer = _long_answer(items, words)
    request = buttons.ButtonRequest("search", {"words": "x"})
    seen_words: list[str] = []
    first = 0
    while True:
        rendered = render_messages(answer, items_per_message=5, request=request._replace(first_message=first))
        assert 1 <= len(rendered) <= 4
        for message in rendered:
            assert_valid_message({"text": message.text, "blocks": message.blocks})
            for block in message.blocks:
                if block["type"] == "section" and "Wort" in block["text"]["text"]:
                    seen_words.extend(re.findall(r"\S+", block["text"]["text"].replace("*", "")))
        if not any(b.get("elements", [{}])[-1].get("action_id") == buttons.SHOW_MORE for b in rendered[-1].blocks if b["type"] == "actions"):
            break
        first += len(rendered)
    words_seen = [w for w in seen_words if w.startswith("Wort")]
    assert all(re.fullmatch(r"Wort\d+", w) for w in words_seen), "no word was cut"
    assert len(words_seen) == items * words, "every word of every item was shown"


# --- Load ---


async def test_200_concurrent_signed_requests_are_all_acknowledged_within_3_seconds_and_answered(slack):
    count = 200
    started = time.perf_counter()
    results = await asyncio.gather(*(slack.slash("/search", "Raketenabwehr") for _ in range(count)))
    for _, _, key in results:
        await slack.standin.wait_for(key, 1, timeout=60)
    total = time.perf_counter() - started
    latencies = sorted(elapsed for _, elapsed, _ in results)
    assert all(status == 200 for status, _, _ in results)
    p50 = statistics.median(latencies)
    p99 = latencies[int(0.99 * (count - 1))]
    _log.info("Slack load: %d requests, ack p50 %.3f s, p99 %.3f s, max %.3f s; all answered in %.2f s", count, p50, p99, latencies[-1], total)
    assert latencies[-1] < 3, f"slowest ack {latencies[-1]:.2f} s"
    assert all(len(slack.standin.responses[key]) == 1 for _, _, key in results)
    assert slack.standin.methods().count("auth.test") == 1, "the bot token is checked once, not once per request"


# --- Running: secrets, manifest ---


@pytest.mark.parametrize(
    "http, missing",
    [(False, "SLACK_BOT_TOKEN"), (False, "SLACK_APP_TOKEN"), (True, "SLACK_BOT_TOKEN"), (True, "SLACK_SIGNING_SECRET")],
)
def test_a_missing_secret_is_named(settings, monkeypatch, http, missing):
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.setenv(name, "set")
    monkeypatch.delenv(missing)
    monkeypatch.setattr(NewsBot, "from_settings", classmethod(lambda cls, s, **options: pytest.fail("the archive loaded before the check")))
    with pytest.raises(ConfigurationError, match=missing):
        run_slack(settings, http=http, port=None)


def test_the_command_line_says_which_variable_is_missing(monkeypatch, capsys, tmp_path):
    from bot.__main__ import main

    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["--cache", str(tmp_path), "slack", "--http", "--port", "0"]) == 2
    assert "SLACK_BOT_TOKEN" in capsys.readouterr().err


def test_run_checks_the_token_against_slack_api_url_without_logging_secrets(bot, settings, monkeypatch, caplog):
    loop = asyncio.new_event_loop()
    standin = loop.run_until_complete(SlackStandIn().start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    started = []
    try:
        monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
        monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
        monkeypatch.setenv("SLACK_API_URL", standin.api_url)
        loads = []
        monkeypatch.setattr(NewsBot, "from_settings", classmethod(lambda cls, s, **options: loads.append(s) or bot))
        monkeypatch.setattr("slack_bolt.async_app.AsyncApp.start", lambda self, port, path: started.append((port, path)))
        with caplog.at_level(logging.DEBUG):
            assert run_slack(settings, http=True, port=4567) == 0
            standin.failures["auth.test"] = "invalid_auth"
            assert run_slack(settings, http=True, port=4567) == 1
            monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")  # nothing listens there
            assert run_slack(settings, http=True, port=4567) == 1
        assert started == [(4567, "/slack/events")]
        assert len(loads) == 1, "the archive is loaded only after Slack accepted the token"
        assert "Cannot reach Slack" in caplog.text and "Traceback" not in caplog.text
        assert standin.methods() == ["auth.test", "auth.test"]
        assert "rejected the token in SLACK_BOT_TOKEN" in caplog.text
        assert BOT_TOKEN not in caplog.text and SIGNING_SECRET not in caplog.text
    finally:
        asyncio.run_coroutine_threadsafe(standin.stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


def test_the_manifest_in_the_repository_lists_every_core_command():
    committed = (REPOSITORY_ROOT / "slack-manifest.yaml").read_text(encoding="utf-8")
    assert committed == manifest_yaml(default_commands()), "regenerate: python -m adapters.slack.manifest > slack-manifest.yaml"
    for command in default_commands().values():
        assert f"command: /{command.name}" in committed
