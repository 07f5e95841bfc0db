"""The console adapter, run as a user runs it: a subprocess fed a scripted session."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPOSITORY


def run_bot(*arguments: str, stdin: str = "", cache) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--cache", str(cache), *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
    )


def test_scripted_console_session_answers_each_command(tmp_path):
    session = "/search Raketenabwehr\nsearch missile defence\nhelp\n/search\n/nonsense\nquit\n"
    result = run_bot("console", stdin=session, cache=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    assert out.count("newsbot> ") >= 5
    assert "*Raketenabwehr*" in out
    assert "Deutsche Welle · 2009-12-17 · Gemeinsame Ziele mit Russland" in out
    assert "/search <words>" in out
    assert "I don't know the command 'nonsense'" in out


def test_ask_json_has_the_stable_shape(tmp_path):
    result = run_bot("ask", "/search missile defence", "--json", cache=tmp_path)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["command"] == "search"
    first = answer["items"][0]
    assert set(first["citation"]) >= {"file", "paragraph", "start", "end", "outlet", "date", "title", "url"}
    assert "Raketenabwehr" in first["text"]


def test_ask_with_bad_input_answers_usage_without_traceback(tmp_path):
    result = run_bot("ask", "/search", cache=tmp_path)
    assert result.returncode == 0  # a usage answer is a friendly answer, not an error
    assert "Traceback" not in result.stdout + result.stderr
    assert "Usage" in result.stdout


def test_command_line_paths_are_relative_to_the_current_folder_and_file_paths_to_the_file(tmp_path, monkeypatch):
    from bot.config import load_settings

    (tmp_path / "conf").mkdir()
    config = tmp_path / "conf" / "config.yaml"
    config.write_text("corpus_dir: articles\nlog_level: DEBUG\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_settings(config).corpus_dir == tmp_path / "conf" / "articles"
    overridden = load_settings(config, corpus_dir="seeds", log_level="WARNING")
    assert overridden.corpus_dir == tmp_path / "seeds"
    assert overridden.log_level == "WARNING"
