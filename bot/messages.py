"""Every user-facing message of the bot, in one place, as coded templates.

Codes are greppable and stable (tests assert them); adapters show ``Notice.text`` and never
write their own wording for these situations. The letter says what a text is: ``E`` an error,
``W`` a warning, ``I`` information, ``T`` an answer's title, ``L`` a label (a field name, a
button, a word inside a rendered answer), ``H`` what a secret is for (the ``{purpose}`` of
E003). Numbers group texts by where they are used: 02x reloading, 03x Slack, 04x the console,
05x Discord (Discord's start-up errors E005–E007 came before the grouping); the rest is the core's.
"""

from __future__ import annotations

import logging
import uuid

from bot.answers import Notice

W001 = "Please tell me what to look for. Usage: {usage}"
W002 = "That query is {length} characters long; the limit is {limit}. Please ask with fewer words."
W003 = "I don't know the command '{name}'. Try one of: {commands}."
W004 = "Nothing in the archive matches '{query}'. Try fewer or other words, a German spelling, or /help."
W005 = "I don't know a citation '{citation}'. Citations look like '{example}' (shown under every answer)."
W006 = "No known speaker matches '{name}'."
W007 = "No known speaker matches '{name}'. Did you mean: {suggestions}?"
W008 = "{person} is in the archive, but no quote of theirs matches '{topic}'. Showing all their quotes."
W009 = "Nothing dated about '{topic}' was found. Try other words or /search {topic}."
W010 = "The answer has {count} items; showing page {page} of {pages}."
W011 = "'{query}' has no words I can search for (very common words are skipped). Try more specific words."
W012 = "{count} events have no date the articles let me resolve; they are listed last."
I001 = "Speakers listed: {count}"
I002 = "Archive: {articles} articles, {passages} passages."
I003 = "{person} is quoted {count} times; here are the first {shown}. Add topic words to narrow them down."
I004 = "{person}: {direct} direct, {reported} reported"
I005 = "{person} ({roles}): {direct} direct, {reported} reported"
I006 = "e.g. {examples}"
I020 = "Reloading the corpus in the background; answers come from the current index until it is done."
I021 = "Last reload: {new} new, {changed} changed, {removed} removed articles."
W020 = "A reload is already running; answers come from the current index until it is done."
W021 = "Reloading is not enabled for this bot (start it with a corpus watch or reloader)."
E001 = "Sorry, something went wrong while answering. The error was logged (reference {reference})."
E003 = "The environment variable {name} is not set. {purpose}"
E004 = "The configuration file {path} is invalid: {problem}"
E005 = "Cannot sync commands to the test server: set discord.test_guild_id in the configuration file, or use --sync global."
E006 = "Unknown sync target '{target}'; use --sync guild or --sync global."
E007 = "Discord rejected the token in {name}. Reset it in the Developer Portal (Bot → Reset Token) and set {name} again."
I030 = "This answer has a timeline picture; it is attached when the answer is posted to the channel."
W030 = "The timeline picture could not be attached here (Slack said: {reason}). Invite the bot to this channel to get pictures."
W031 = "The answer continues: {remaining} more items. Use the button to see them."
E030 = "Sorry, that button no longer works. Please ask again with the command (reference {reference})."
E031 = "Slack rejected the token in {name} ({reason}). Copy it again from the app's settings page and set {name} again."
E032 = "Unknown Slack mode '{mode}' in the configuration; use slack.mode: socket or slack.mode: http."
E033 = "Cannot reach Slack to check the bot token ({reason}). Check the network connection and try again."
I040 = "News archive bot. Type /help for commands, 'save FILE.png' to save the last timeline, 'quit' to leave."
I041 = "({remaining} more not shown; to see all, run python -m bot ask \"<command>\" in a shell)"
I042 = "(a timeline picture is available: type 'save timeline.png')"
I043 = "Saved {path}"
W040 = "The last answer has no picture; ask /when <topic> first."
E040 = "Could not save {path}: {reason}"
E050 = "Discord refused the requested intents; the bot needs none of the privileged ones."

T001 = "What I can do"
T002 = "Query too long"
T003 = "Known speakers"
T004 = "Search: {query}"
T005 = "Timeline: {topic}"
T006 = "Quotes: {name}"
T007 = "Quotes: {person} on {topic}"
T008 = "Source {citation}"
T020 = "Reload"
T030 = "{title} ({page}/{pages})"

L001 = "Source"
L002 = "Also cited"
L003 = "Suggestions"
L004 = "date unknown"
L005 = "outlet unknown"
L006 = "cited paragraph"
L007 = "direct quote"
L008 = "reported speech (not verbatim)"
L010 = "unknown error"
# a /when event whose date the articles do not let us resolve ({when}: what is known of it)
L011 = "unresolved: {when} (date unknown)"
L012 = "unresolved: {when} (year unknown)"
L013 = "unresolved: {when} (article date unknown)"
L030 = "Post to channel"
L031 = "Show more"
L032 = "no channel to upload to"
L050 = "Previous"
L051 = "Next"

H030 = "It holds the bot token (xoxb-…, the app's OAuth & Permissions page); see docs/slack.md."
H031 = "Socket Mode needs the app-level token (xapp-…, Basic Information → App-Level Tokens, scope connections:write); see docs/slack.md."
H032 = "HTTP mode verifies every request with the signing secret (Basic Information → App Credentials); see docs/slack.md."
H050 = "It holds the Discord bot token (Developer Portal → your application → Bot → Reset Token); see docs/discord.md."


def notice(code: str, *, error: bool = False, **values: object) -> Notice:
    """Render the message ``code`` (a name in this module) with ``values``.

    Args:
        code: the message's name, e.g. ``"W001"``.
        error: whether the notice reports an error rather than a hint.
        **values: the template's placeholders.

    Returns:
        A :class:`~bot.answers.Notice` with the code and rendered text.

    Raises:
        KeyError: if ``code`` is not a message of this module or a placeholder is missing.
    """
    template = globals()[code]
    return Notice(code=code, text=template.format(**values), is_error=error)


def text(code: str, **values: object) -> str:
    """Render the message ``code`` as plain text (titles, labels, body lines, logs and
    command-line errors).

    Args:
        code: the message's name, e.g. ``"T004"``.
        **values: the template's placeholders.

    Returns:
        The rendered text.

    Raises:
        KeyError: if ``code`` is not a message of this module or a placeholder is missing.
    """
    return notice(code, **values).text


def failure(code: str, logger: logging.Logger, what: str, error: BaseException | None = None) -> Notice:
    """Log a failure with a short reference and return the error notice that quotes it, so a
    user's report can be matched to the log line.

    Args:
        code: the error message's name (its template has a ``{reference}`` placeholder).
        logger: the logger of the module where it failed.
        what: what failed, for the log line ("Command /search", "Slack button").
        error: the exception, logged with its traceback; ``None`` logs a one-line warning.
    """
    reference = uuid.uuid4().hex[:8]
    if error is None:
        logger.warning("%s failed (reference %s)", what, reference)
    else:
        logger.error("%s failed (reference %s)", what, reference, exc_info=error)
    return notice(code, error=True, reference=reference)
