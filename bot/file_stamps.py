"""What the corpus folder looks like on disk: each article file's size, mtime and content digest.

A restart compares these stamps with the stored index's to know it can skip loading the
corpus; an incremental reload compares them to find new, changed and removed files (size or
mtime first, then the content digest, so a touched but unchanged file is not redone). The
metadata file is treated alike: parsed again only when its size, mtime or ctime changed, or
when it had changed too shortly before it was read to trust them (see :class:`MetadataFile`).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any, NamedTuple

from bot.corpus.cache import content_digest
from bot.corpus.loader import is_article_name
from bot.corpus.metadata import load_metadata_file


class FileStamp(NamedTuple):
    """An article file as last seen: size, modification time, and the digests of its content
    and of its metadata-file entry (``None`` until known; ``digest`` stays ``None`` for a file
    that was skipped as unusable)."""

    size: int
    mtime_ns: int
    digest: str | None = None
    overrides_digest: str | None = None


def scan_folder(folder: Path) -> dict[str, FileStamp]:
    """Return the stamps (size and mtime only) of the article files in ``folder``, by name.

    The same files as :func:`bot.corpus.loader.article_files`: no hidden files, text suffixes.
    """
    stamps: dict[str, FileStamp] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return stamps
    for entry in entries:
        if not is_article_name(entry.name):
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:  # vanished or unreadable while scanning: the loader will skip it
            continue
        stamps[entry.name] = FileStamp(stat.st_size, stat.st_mtime_ns)
    return stamps


def overrides_digest(overrides: dict[str, Any] | None) -> str:
    """Return a digest of an article's metadata-file entry."""
    return hashlib.sha256(json.dumps(overrides or {}, sort_keys=True, default=str).encode()).hexdigest()[:16]


_NO_ENTRY_DIGEST = overrides_digest({})


def stat_stamp(path: Path) -> FileStamp | None:
    """Return the size and mtime of the file at ``path``, or ``None`` if it cannot be stat'ed (missing)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return FileStamp(stat.st_size, stat.st_mtime_ns)


class MetadataEntries(NamedTuple):
    """The metadata file's entries as read once, with the digest of each (see :class:`MetadataFile`),
    and the file's size and mtime as stat'ed before it was parsed (``None``: no file)."""

    entries: dict[str, dict[str, Any]]
    digests: dict[str, str]
    stamp: FileStamp | None = None

    def entry(self, name: str) -> dict[str, Any]:
        """Return the entry of article file ``name`` (``{}`` if the metadata file names it not)."""
        return self.entries.get(name, {})

    def digest(self, name: str) -> str:
        """Return :func:`overrides_digest` of the entry of article file ``name``."""
        return self.digests.get(name) or _NO_ENTRY_DIGEST


# A file written again within the file system's timestamp granularity keeps its mtime (and,
# with the same length, its size): a stamp that recent when the file was read is not trusted.
# Two seconds cover coarse file systems (FAT, some network shares) and small clock skews.
_RACY_NS = 2_000_000_000
_UNTRUSTED = object()  # equal to no stamp: the next read parses again


class MetadataFile:
    """The metadata file, parsed again only when it changed.

    A watch poll stats it every time and parses it only when its size, mtime or ctime differ
    from the last reading (ctime also changes when a copy keeps the old mtime), or when the
    last reading came within :data:`_RACY_NS` of the file's mtime: a second save in the same
    timestamp tick could otherwise keep size and mtime and go unseen.

    Args:
        path: the metadata YAML (it may be missing: no entries).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        # (what the file looked like when it was read, or _UNTRUSTED; the reading), replaced
        # as one value so a concurrent caller never pairs one reading with another's stamp
        self._last: tuple[object, MetadataEntries] | None = None

    def read(self) -> MetadataEntries:
        """Return the entries, parsing the file only if it changed since the last call.

        The file is stat'ed before it is parsed, so a write in between is seen by the next call.
        """
        now = time.time_ns()
        try:
            stat = self.path.stat()
        except OSError:
            stat = None
        looks = None if stat is None else (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
        last = self._last
        if last is not None and last[0] == looks:
            return last[1]
        entries = load_metadata_file(self.path)
        digests = {name: overrides_digest(entry) for name, entry in entries.items()}
        reading = MetadataEntries(entries, digests, None if stat is None else FileStamp(stat.st_size, stat.st_mtime_ns))
        racy = stat is not None and stat.st_mtime_ns > now - _RACY_NS
        self._last = (_UNTRUSTED if racy else looks, reading)
        return reading


def file_digest(path: Path) -> str | None:
    """Return the sha256 of a file's content (as :class:`bot.corpus.model.Article` keeps it)."""
    try:
        return content_digest(path.read_bytes())
    except OSError:
        return None


def folder_signature(stamps: dict[str, FileStamp], metadata_stamp: FileStamp | None, *extra: str) -> str:
    """Return one digest of the folder's names, sizes and mtimes, the metadata file's and ``extra``.

    Args:
        stamps: the article files' stamps (:func:`scan_folder`).
        metadata_stamp: the metadata file's :func:`stat_stamp` taken before its entries were
            read, so an edit made while they were used gives another signature.
        extra: further parts, e.g. a code fingerprint.
    """
    digest = hashlib.sha256()
    for part in extra:
        digest.update(part.encode() + b"\0")
    if metadata_stamp is None:
        digest.update(b"metadata none\0")
    else:
        digest.update(f"metadata {metadata_stamp.size} {metadata_stamp.mtime_ns}\0".encode())
    for name in sorted(stamps):
        stamp = stamps[name]
        digest.update(f"{name}\0{stamp.size}\0{stamp.mtime_ns}\0".encode())
    return digest.hexdigest()
