"""Article metadata: inferred from what the text says, completed by the optional metadata file.

Nothing is invented: a field the text does not state and the metadata file does not give
stays ``None``, and answers say "date unknown".
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from bot.corpus.cleaning import CleaningResult, ContentBlock, split_lines

_log = logging.getLogger(__name__)

# Outlets recognisable from a link's host or from their name in navigation and comment boxes.
_OUTLETS_BY_HOST = {
    "dw.com": "Deutsche Welle",
    "p.dw.com": "Deutsche Welle",
    "handelsblatt.com": "Handelsblatt",
    "spiegel.de": "Der Spiegel",
    "zeit.de": "Die Zeit",
    "faz.net": "Frankfurter Allgemeine Zeitung",
    "sueddeutsche.de": "Süddeutsche Zeitung",
    "tagesschau.de": "tagesschau.de",
    "welt.de": "Die Welt",
    "taz.de": "taz",
    "focus.de": "Focus",
    "n-tv.de": "n-tv",
    "derstandard.at": "Der Standard",
    "nzz.ch": "Neue Zürcher Zeitung",
}
_OUTLET_IN_DEBRIS = [
    (re.compile(r"\bAngeboten der DW\b|\bDW\b.*springen"), "Deutsche Welle"),
    (re.compile(r"\b(?P<name>[A-ZÄÖÜ][\wäöüß]+)-Online-(?:Leser|Nutzer|Abonnent)"), None),
]
_AGENCY_SIGNATURE = re.compile(r"\((?P<agency>dpa|AFP|afp|Reuters|rtr|AP|KNA|epd|dts|APA|sda)(?:[,/ ][^)]*)?\)\s*$")
_COMMENT_TITLE = re.compile(r"^Kommentare zu\s*[\"„“»]\s*(?P<title>.+?)\s*[\"“”«]\s*$")
_BYLINE_NAMES = re.compile(r"^(?:Autor(?:in|en)?|Von|Text)\s*:\s*(?P<names>[^(]+?)\s*(?:\(.*\))?$")
METADATA_FIELDS = ("title", "outlet", "date", "url", "author")


def _outlet_from_url(url: str) -> str | None:
    host = (urlparse(url).hostname or "").lower().removeprefix("www.")
    for known, outlet in _OUTLETS_BY_HOST.items():
        if host == known or host.endswith("." + known):
            return outlet
    return None


def _title_from_blocks(text: str, blocks: list[ContentBlock]) -> str | None:
    """The headline: the leading heading lines (a kicker and a headline join with a colon)."""
    leading = []
    for block in blocks[:3]:
        if block.kind != "heading":
            break
        leading.append(text[block.start : block.end])
    if not leading:
        return None
    return ": ".join(leading[:2])


def infer_metadata(text: str, cleaning: CleaningResult) -> dict[str, str | None]:
    """Infer title, outlet, date, URL and author from what the article text states.

    Args:
        text: the article's full text.
        cleaning: the result of :func:`bot.corpus.cleaning.clean` on ``text``.

    Returns:
        A dict with the five metadata fields, ``None`` where the text says nothing.
    """
    found: dict[str, str | None] = dict.fromkeys(METADATA_FIELDS)
    if cleaning.date_marker:
        found["date"] = cleaning.date_marker
    elif cleaning.dateline:
        year, month, day = cleaning.dateline
        found["date"] = f"{year:04d}-{month:02d}-{day:02d}"
    if cleaning.urls:
        found["url"] = cleaning.urls[0]
        found["outlet"] = _outlet_from_url(cleaning.urls[0])
    debris_text = [line.text for line in cleaning.debris]
    for line in debris_text:
        if found["outlet"]:
            break
        for pattern, outlet in _OUTLET_IN_DEBRIS:
            match = pattern.search(line)
            if match:
                found["outlet"] = outlet or match.group("name")
                break
    found["title"] = _title_from_blocks(text, cleaning.blocks)
    if not found["title"]:
        for line in debris_text:
            match = _COMMENT_TITLE.match(line)
            if match:
                found["title"] = match.group("title")
                break
    for byline in cleaning.bylines or []:
        match = _BYLINE_NAMES.match(byline)
        if match:
            found["author"] = match.group("names").strip()
            break
    if not found["outlet"]:
        lines = split_lines(text)
        if lines and (agency := _AGENCY_SIGNATURE.search(lines[-1].text)):
            found["outlet"] = agency.group("agency")
    return found


def load_metadata_file(path: Path) -> dict[str, dict[str, Any]]:
    """Read the per-article metadata YAML (``{file name: {title, outlet, date, url, author}}``).

    A missing file is no error (returns ``{}``); an invalid one is logged and ignored, so a
    typo in it never stops the bot.
    """
    if not path.is_file():
        return {}
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        _log.error("Ignoring metadata file %s: %s", path, error)
        return {}
    articles = raw.get("articles", raw) if isinstance(raw, dict) else None
    if not isinstance(articles, dict):
        _log.error("Ignoring metadata file %s: expected a mapping of file names", path)
        return {}
    cleaned: dict[str, dict[str, Any]] = {}
    for file_name, fields in articles.items():
        if not isinstance(fields, dict):
            _log.warning("Metadata for %s is not a mapping; ignored", file_name)
            continue
        unknown = set(fields) - set(METADATA_FIELDS)
        if unknown:
            _log.warning("Metadata for %s has unknown keys %s; ignored", file_name, sorted(unknown))
        cleaned[str(file_name)] = {k: fields[k] for k in METADATA_FIELDS if k in fields}
    return cleaned
