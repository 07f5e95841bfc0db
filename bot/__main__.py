"""Command line: ``python -m bot console | ask "<line>" [--json] | slack | discord``."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.config import ConfigurationError, load_settings

_log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Who said what, and when: a cited news-archive bot.")
    parser.add_argument("--config", help="YAML settings file (default: $NEWSBOT_CONFIG or built-in defaults)")
    parser.add_argument("--corpus", help="corpus folder (default: seeds/)")
    parser.add_argument("--cache", help="cache folder (default: .cache/)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    commands = parser.add_subparsers(dest="mode")
    commands.add_parser("console", help="interactive console (the default)")
    ask = commands.add_parser("ask", help="answer one command line and exit")
    ask.add_argument("line", help='e.g. "/search Raketenabwehr"')
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    slack = commands.add_parser("slack", help="run the Slack adapter")
    slack.add_argument("--http", action="store_true", help="HTTP mode instead of Socket Mode")
    slack.add_argument("--port", type=int, help="HTTP port (HTTP mode)")
    discord = commands.add_parser("discord", help="run the Discord adapter")
    discord.add_argument("--sync", choices=["guild", "global"], help="sync the slash commands, then run")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m bot``; returns the process exit code."""
    arguments = _parser().parse_args(argv)
    try:
        settings = load_settings(arguments.config, corpus_dir=arguments.corpus, cache_dir=arguments.cache)
    except ConfigurationError as error:
        print(f"Configuration error: {error}", file=sys.stderr)
        return 2
    level = logging.DEBUG if arguments.verbose else getattr(logging, settings.log_level.upper(), logging.INFO)
    quiet_console = arguments.mode in (None, "console", "ask") and not arguments.verbose
    logging.basicConfig(
        level=logging.WARNING if quiet_console else level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    mode = arguments.mode or "console"
    try:
        if mode == "slack":
            from adapters.slack.runner import run_slack

            return run_slack(settings, http=arguments.http, port=arguments.port)
        if mode == "discord":
            from adapters.discord.runner import run_discord

            return run_discord(settings, sync=arguments.sync)
        from adapters.console import ask_once, run_console
        from bot.service import NewsBot

        bot = NewsBot.from_settings(settings, admin=True, watch=mode == "console")
        if mode == "ask":
            return ask_once(bot, arguments.line, as_json=arguments.json)
        return run_console(bot)
    except ConfigurationError as error:
        print(f"Configuration error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
