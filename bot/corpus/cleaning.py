"""Separating article content from web debris, line by line, keeping original offsets.

Web text carries navigation lines, image alt texts, share counters, comment and service boxes,
percent-scale widgets and photo credits glued to captions. None of that may be indexed or
quoted; captions themselves are content (they often carry a statement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.dates.lexicon import MONTHS

_SKIP_NAVIGATION = re.compile(r"^(?:\d+\.\s*)?(?:Zum|Zur|Zu|Springe zu[mr]?)\b.{0,60}\bspringen$", re.I)
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_SHARE_COUNTER = re.compile(r"^[•·▪●|]?\s*\d{0,6}\s*$")
_IMAGE_ALT_TEXT = re.compile(r"\((?:Foto|Bild|Bildmontage|Photo|Grafik|Archivbild|Symbolbild)\s*:[^)]*\)\s*$", re.I)
_LOGO_LINE = re.compile(r"^(?:Logo|Icon|Symbolbild|Bildergalerie|Video)\b", re.I)
_GLUED_PHOTO_CREDIT = re.compile(
    r"(?:(?<=\S)|\s)(?:Bild|Foto|Fotos|Bildquelle|Quelle|Copyright|©)\s*:\s*[^.!?\n]{1,60}$"
)
_COMMENT_BOX_START = re.compile(r"^(?:Kommentare\b|Alle Kommentare\b|\d+\s+Kommentare?\b|Kommentar schreiben\b|Leserkommentare\b)", re.I)
_BOILERPLATE = re.compile(
    r"(?:(?:Beitrag|Artikel) kann nicht (?:mehr )?kommentiert werden|Jetzt kommentieren|kommentierbar"
    r"|^Serviceangebote$|^Zur Startseite$|^Startseite$|^Drucken$|^Teilen$|^Versenden$|^Feedback$"
    r"|^Newsletter\b|^Anzeige$|^Werbung$|^Mehr zum Thema\b|^Lesen Sie (?:auch|mehr)\b|^Auch interessant\b"
    r"|Cookies? (?:akzeptieren|zulassen|Einstellungen)|^Impressum$|^Datenschutz|^Nach oben$|^Seite \d+ von \d+$|^Alle Rechte vorbehalten)",
    re.I,
)
_BYLINE = re.compile(r"^(?:Autor(?:in|en)?|Redaktion|Von|Text|Mitarbeit)\s*:\s*(?P<names>.+)$")
_DATE_MARKER = re.compile(r"^\s*date\s+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*", re.I)
_MONTHS = "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_DATELINE = re.compile(
    rf"^(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s*)?"
    rf"(?:(?P<day>\d{{1,2}})\.\s*(?P<month_name>{_MONTHS})\s+(?P<year>\d{{4}})"
    rf"|(?P<nday>\d{{1,2}})\.(?P<nmonth>\d{{1,2}})\.(?P<nyear>\d{{4}}))"
    rf"(?:\s*,?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:Uhr)?)?$"
)
_SENTENCE_END = re.compile(r"[.!?:;…\"“”»«)]$")


@dataclass(frozen=True)
class Line:
    """A non-empty line of the original file: its stripped text and character span."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ContentBlock:
    """A line kept as content, possibly narrowed (credit or date marker removed)."""

    start: int
    end: int
    kind: str  # "body" | "heading" | "caption"


@dataclass
class CleaningResult:
    """Content blocks plus the hints about metadata found in debris lines."""

    blocks: list[ContentBlock]
    debris: list[Line]
    date_marker: str | None = None
    dateline: tuple[int, int, int] | None = None
    urls: list[str] | None = None
    bylines: list[str] | None = None


def split_lines(text: str) -> list[Line]:
    """Return the non-empty lines of ``text`` with their stripped spans."""
    lines = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw)
    return lines


def _letter_ratio(text: str) -> float:
    return sum(ch.isalpha() for ch in text) / max(1, len(text))


def debris_reason(line: str) -> str | None:
    """Return why ``line`` is web debris (``"navigation"``, ``"url"``, ...) or ``None`` if content."""
    if _SKIP_NAVIGATION.match(line):
        return "navigation"
    if _BARE_URL.match(line):
        return "url"
    if _SHARE_COUNTER.match(line):
        return "counter"
    if len(line) >= 4 and _letter_ratio(line) < 0.35:
        return "widget"
    if _IMAGE_ALT_TEXT.search(line):
        return "image-alt-text"
    if _LOGO_LINE.match(line) and len(line.split()) <= 8:
        return "image-alt-text"
    if _BYLINE.match(line) and len(line) < 160:
        return "byline"
    if _BOILERPLATE.search(line) and len(line) < 400:
        return "service"
    return None


def _month_number(name: str) -> int:
    return MONTHS[name.lower().replace("maerz", "märz")]


def parse_dateline(line: str) -> tuple[int, int, int] | None:
    """Return (year, month, day) if ``line`` is nothing but a date ("17. Dezember 2009")."""
    match = _DATELINE.match(line)
    if not match:
        return None
    if match.group("year"):
        return int(match.group("year")), _month_number(match.group("month_name")), int(match.group("day"))
    return int(match.group("nyear")), int(match.group("nmonth")), int(match.group("nday"))


def _is_heading(text: str) -> bool:
    return len(text.split()) <= 14 and not _SENTENCE_END.search(text) and text[:1].isupper()


def clean(text: str, *, dateline_window: int = 8) -> CleaningResult:
    """Split ``text`` into content blocks and debris, collecting metadata hints.

    Args:
        text: the article file's full text.
        dateline_window: how many leading lines may hold the publication dateline.

    Returns:
        A :class:`CleaningResult`; block spans index into ``text``.
    """
    result = CleaningResult(blocks=[], debris=[], urls=[], bylines=[])
    in_comment_box = False
    for index, line in enumerate(split_lines(text)):
        start, end, body = line.start, line.end, line.text
        if in_comment_box or _COMMENT_BOX_START.match(body):
            in_comment_box = True
            result.debris.append(line)
            continue
        marker = _DATE_MARKER.match(body)
        if marker:
            result.date_marker = result.date_marker or marker.group("date")
            start += marker.end()
            body = text[start:end]
            if not body.strip():
                result.debris.append(line)
                continue
        if index < dateline_window and result.dateline is None and (dateline := parse_dateline(body)):
            result.dateline = dateline
            result.debris.append(line)
            continue
        reason = debris_reason(body)
        if reason:
            result.debris.append(line)
            if reason == "url":
                result.urls.append(body)
            elif reason == "byline":
                result.bylines.append(body)
            continue
        kind = "heading" if _is_heading(body) else "body"
        credit = _GLUED_PHOTO_CREDIT.search(body)
        if credit and credit.start() > 0:
            end = start + len(body[: credit.start()].rstrip())
            kind = "caption"
        result.blocks.append(ContentBlock(start, end, kind))
    return result
