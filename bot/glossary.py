"""The English→German glossary that lets users ask in English about German articles.

It is a YAML file beside the corpus (``glossary.yaml``) that users extend; keys are English
words or phrases, values one German term or a list. Matching ignores case, hyphens and
repeated spaces, and prefers the longest phrase ("missile defence" before "defence").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_log = logging.getLogger(__name__)
_WORD = re.compile(r"\w+", re.UNICODE)
_COMPOUND = re.compile(r"\w+(?:[-‐‑]\w+)*", re.UNICODE)


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(word.lower() for word in words)


@dataclass(frozen=True)
class Translation:
    """An English phrase found in a query and the German terms it stands for."""

    english: str
    german: tuple[str, ...]


class Glossary:
    """English→German phrase table with longest-match lookup over a query's words."""

    def __init__(self, entries: dict[str, list[str]]) -> None:
        self._entries: dict[tuple[str, ...], tuple[str, ...]] = {}
        for english, german in entries.items():
            words = _WORD.findall(str(english))
            if words and german:
                self._entries[_key(words)] = tuple(str(g) for g in german)
        self._longest = max((len(k) for k in self._entries), default=0)

    def __len__(self) -> int:
        return len(self._entries)

    def translate(self, query: str) -> tuple[list[Translation], list[str]]:
        """Split ``query`` into glossary phrases and the words no phrase covers.

        Returns:
            The translations found (longest match first, left to right) and the remaining words
            in their original form (hyphenated compounds stay whole unless a phrase used a part).
        """
        words: list[str] = []
        compound_of: list[int] = []
        for number, compound in enumerate(_COMPOUND.findall(query)):
            parts = _WORD.findall(compound)
            words.extend(parts)
            compound_of.extend([number] * len(parts))
        translations: list[Translation] = []
        leftover: list[int] = []
        position = 0
        while position < len(words):
            for length in range(min(self._longest, len(words) - position), 0, -1):
                german = self._entries.get(_key(words[position : position + length]))
                if german:
                    translations.append(Translation(" ".join(words[position : position + length]), german))
                    position += length
                    break
            else:
                leftover.append(position)
                position += 1
        rest: list[str] = []
        for index in leftover:
            if rest and index - 1 in leftover and compound_of[index] == compound_of[index - 1]:
                rest[-1] += "-" + words[index]
            else:
                rest.append(words[index])
        return translations, rest


def load_glossary(path: Path) -> Glossary:
    """Read the glossary YAML (``{terms: {english: german | [german, ...]}}``).

    A missing or broken file gives an empty glossary and a log line; the bot still answers
    German queries.
    """
    if not path.is_file():
        _log.warning("No glossary at %s: English queries will only match words shared with German", path)
        return Glossary({})
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        _log.error("Ignoring glossary %s: %s", path, error)
        return Glossary({})
    terms = raw.get("terms", raw) if isinstance(raw, dict) else {}
    entries: dict[str, list[str]] = {}
    for english, german in (terms or {}).items():
        if isinstance(german, str):
            german = [german]
        if not isinstance(german, list):
            _log.warning("Glossary entry %r has no German term list; ignored", english)
            continue
        entries[str(english)] = [str(g) for g in german]
    glossary = Glossary(entries)
    _log.debug("Glossary %s: %d entries", path, len(glossary))
    return glossary
