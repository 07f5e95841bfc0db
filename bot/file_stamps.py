"""What the corpus folder looks like on disk: each article file's size, mtime, ctime and content digest.

A restart compares these stamps with the stored index's to know it can skip loading the
corpus; an incremental reload compares them to find new, changed and removed files (size,
mtime and ctime first, then the content digest, so a touched but unchanged file is not
redone). Article files and the metadata file are judged alike (:meth:`FileStamp.vouches_for`):
a file counts as unchanged without being read only when its size, mtime and ctime are as
before and it had not changed too shortly before it was stat'ed to trust them.
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


# A file written again within the file system's timestamp granularity keeps its mtime (and,
# with the same length, its size): a stamp taken that soon after the last write is not trusted.
# Two seconds cover coarse file systems (FAT, some network shares) and small clock skews.
_RACY_NS = 2_000_000_000


class FileStamp(NamedTuple):
    """A file as last seen: size, modification and change times, whether these can be trusted,
    and the digests of its content and of its metadata-file entry (``None`` until known;
    ``digest`` stays ``None`` for a file that was skipped as unusable).

    ``ctime_ns`` also changes when a copy keeps the old mtime (``cp -p``, ``rsync -t``).
    ``trusted`` is False when the file had changed within :data:`_RACY_NS` before it was
    stat'ed (or when that is unknown): a second save in the same timestamp tick could then keep
    size, mtime and ctime, so only the content can tell.
    """

    size: int
    mtime_ns: int
    digest: str | None = None
    overrides_digest: str | None = None
    ctime_ns: int = 0
    trusted: bool = False

    def vouches_for(self, current: "FileStamp") -> bool:
        """True if ``current``, a later stamp of the same file, shows it unchanged since this one.

        Args:
            current: the file's stamp now (:func:`stamp_of`).

        Returns:
            True only if this stamp is trusted and size, mtime and ctime are the same; False
            means the content must be read to know.
        """
        return self.trusted and (self.size, self.mtime_ns, self.ctime_ns) == (current.size, current.mtime_ns, current.ctime_ns)


def stamp_of(stat: os.stat_result, seen_ns: int) -> FileStamp:
    """Return the stamp of a file from its ``stat``, taken at ``seen_ns`` (``time.time_ns()``
    read before the stat, so a write in between makes the stamp untrusted)."""
    return FileStamp(stat.st_size, stat.st_mtime_ns, ctime_ns=stat.st_ctime_ns, trusted=stat.st_mtime_ns <= seen_ns - _RACY_NS)


def scan_folder(folder: Path) -> dict[str, FileStamp]:
    """Return the stamps (no digests yet) of the article files in ``folder``, by name.

    The same files as :func:`bot.corpus.loader.article_files`: no hidden files, text suffixes.
    """
    stamps: dict[str, FileStamp] = {}
    seen_ns = time.time_ns()
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
        stamps[entry.name] = stamp_of(stat, seen_ns)
    return stamps


def overrides_digest(overrides: dict[str, Any] | None) -> str:
    """Return a digest of an article's metadata-file entry."""
    return hashlib.sha256(json.dumps(overrides or {}, sort_keys=True, default=str).encode()).hexdigest()[:16]


_NO_ENTRY_DIGEST = overrides_digest({})


def stat_stamp(path: Path) -> FileStamp | None:
    """Return the stamp of the file at ``path`` (:func:`stamp_of`), or ``None`` if it cannot be stat'ed (missing)."""
    seen_ns = time.time_ns()
    try:
        stat = path.stat()
    except OSError:
        return None
    return stamp_of(stat, seen_ns)


class MetadataEntries(NamedTuple):
    """The metadata file's entries as read once, with the digest of each (see :class:`MetadataFile`),
    and the file's stamp taken before it was parsed (``None``: no file)."""

    entries: dict[str, dict[str, Any]]
    digests: dict[str, str]
    stamp: FileStamp | None = None

    def entry(self, name: str) -> dict[str, Any]:
        """Return the entry of article file ``name`` (``{}`` if the metadata file names it not)."""
        return self.entries.get(name, {})

    def digest(self, name: str) -> str:
        """Return :func:`overrides_digest` of the entry of article file ``name``."""
        return self.digests.get(name) or _NO_ENTRY_DIGEST


class MetadataFile:
    """The metadata file, parsed again only when it changed.

    A watch poll stats it every time and parses it again unless the stamp of the last reading
    vouches for the file (:meth:`FileStamp.vouches_for`: same size, mtime and ctime, and read
    long enough after its last change), just as the reload judges article files.

    Args:
        path: the metadata YAML (it may be missing: no entries).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        # the last reading (with the stamp it was read under), replaced as one value so a
        # concurrent caller never pairs one reading with another's stamp
        self._last: MetadataEntries | None = None

    def read(self) -> MetadataEntries:
        """Return the entries, parsing the file only if it changed since the last call.

        The file is stat'ed before it is parsed, so a write in between is seen by the next call.
        """
        stamp = stat_stamp(self.path)
        last = self._last
        if last is not None and _unchanged(last.stamp, stamp):
            return last
        entries = load_metadata_file(self.path)
        digests = {name: overrides_digest(entry) for name, entry in entries.items()}
        reading = MetadataEntries(entries, digests, stamp)
        self._last = reading
        return reading


def _unchanged(last: FileStamp | None, current: FileStamp | None) -> bool:
    """True if ``last`` vouches for ``current``, or both say the file is missing."""
    if last is None or current is None:
        return last is current
    return last.vouches_for(current)


def file_digest(path: Path) -> str | None:
    """Return the sha256 of a file's content (as :class:`bot.corpus.model.Article` keeps it)."""
    try:
        return content_digest(path.read_bytes())
    except OSError:
        return None


def folder_signature(stamps: dict[str, FileStamp], metadata_stamp: FileStamp | None, *extra: str) -> str:
    """Return one digest of the folder's names, sizes, mtimes and ctimes, the metadata file's and ``extra``.

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
        digest.update(f"metadata {metadata_stamp.size} {metadata_stamp.mtime_ns} {metadata_stamp.ctime_ns}\0".encode())
    for name in sorted(stamps):
        stamp = stamps[name]
        digest.update(f"{name}\0{stamp.size}\0{stamp.mtime_ns}\0{stamp.ctime_ns}\0".encode())
    return digest.hexdigest()
