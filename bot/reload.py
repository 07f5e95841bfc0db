"""Taking in new, changed and removed articles without a restart.

A :class:`Reloader` compares the corpus folder with the files the current library was built
from (size, mtime and ctime first, then, where these cannot vouch for the file, the content
digest: see :meth:`bot.file_stamps.FileStamp.vouches_for`), processes only the new and changed
articles (through the article cache), rebuilds the index in a background thread and swaps the
result in with :meth:`bot.service.NewsBot.replace_library`. Until the swap every answer comes
from the previous library. A process stopped mid-way loses nothing: cache entries and index
folders are written atomically, and the next start or reload simply redoes what was missing.
"""

from __future__ import annotations

import logging
import threading
import weakref
from dataclasses import dataclass, field

from bot.analysis import default_analyzer
from bot.config import Settings
from bot.corpus.cache import ArticleCache
from bot.corpus.loader import LoadReport, load_article
from bot.engines import engine_factory
from bot.file_stamps import FileStamp, MetadataEntries, MetadataFile, file_digest, scan_folder
from bot.glossary import load_glossary
from bot.index_store import index_signature, read_stored_files
from bot.library import Library

_log = logging.getLogger(__name__)
_RELOADERS: "weakref.WeakKeyDictionary[Library, Reloader]" = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class CorpusChanges:
    """What differs between the corpus folder and the library: file names by kind of change."""

    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    stamps: dict[str, FileStamp] = field(default_factory=dict, compare=False, repr=False)
    metadata: MetadataEntries = field(default_factory=lambda: MetadataEntries({}, {}), compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.new or self.changed or self.removed)


def reloader_for(library: Library) -> "Reloader | None":
    """Return the reloader keeping ``library`` up to date, if any (used by ``/reload``)."""
    return _RELOADERS.get(library)


class Reloader:
    """Keeps a bot's library in step with its corpus folder.

    Args:
        bot: the bot whose library is replaced (``NewsBot``).
        settings: where the corpus, metadata and cache are.
    """

    def __init__(self, *, bot, settings: Settings) -> None:
        self.bot = bot
        self.settings = settings
        self.last_changes: CorpusChanges | None = None
        self._rebuild_lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._metadata_file = MetadataFile(settings.metadata_path)
        _RELOADERS[bot.library] = self

    @property
    def busy(self) -> bool:
        """True while a rebuild runs."""
        return self._rebuild_lock.locked()

    def changes(self) -> CorpusChanges:
        """Compare the corpus folder with the current library's files (fast unless files changed).

        Only file stamps are read while nothing changed: the metadata file is parsed again only
        after it changed (see :class:`bot.file_stamps.MetadataFile`), and a content digest is
        computed only for a file whose stamp does not vouch for it (size, mtime or ctime
        changed, or it had changed shortly before it was last stamped).
        """
        library = self.bot.library
        if library.files is None and library.index_folder is not None:
            library.files = read_stored_files(library.index_folder)  # once, not at every poll
        known = library.files or {}
        metadata = self._metadata_file.read()
        current = scan_folder(self.settings.corpus_dir)
        new, changed, stamps = [], [], {}
        for name, stamp in current.items():
            entry = metadata.digest(name)
            old = known.get(name)
            if old is None:
                new.append(name)
            elif old.vouches_for(stamp) and old.overrides_digest == entry:
                stamps[name] = old
                continue
            else:
                digest = file_digest(self.settings.corpus_dir / name)
                if digest is not None and digest == old.digest and old.overrides_digest == entry:
                    stamps[name] = stamp._replace(digest=digest, overrides_digest=entry)  # touched, same text
                    continue
                changed.append(name)
            stamps[name] = stamp._replace(overrides_digest=entry)
        removed = sorted(set(known) - set(current))
        touched_only = not (new or changed or removed) and stamps != dict(known)
        if touched_only:
            library.files = stamps  # remember the new stamps, so the digests are not recomputed
        return CorpusChanges(tuple(sorted(new)), tuple(sorted(changed)), tuple(removed), stamps, metadata)

    def reload(self, *, wait: bool = False) -> bool:
        """Look for changes and rebuild in a background thread; return False if one already runs.

        Args:
            wait: block until the rebuild (if any) is done (tests, command-line tools).
        """
        if not self._rebuild_lock.acquire(blocking=False):
            return False
        self._worker = threading.Thread(target=self._rebuild_guarded, name="corpus-reload", daemon=True)
        self._worker.start()
        if wait:
            self._worker.join()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Block until the rebuild in progress, if any, is done."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def _rebuild_guarded(self) -> None:
        try:
            self.rebuild()
        except Exception:  # a failed reload keeps the old library answering
            _log.exception("Corpus reload failed; the previous index keeps answering")
        finally:
            self._rebuild_lock.release()

    def rebuild(self) -> CorpusChanges:
        """Detect changes and, if any, build and store a new library and swap it in (blocking)."""
        changes = self.changes()
        self.last_changes = changes
        if not changes:
            return changes
        settings = self.settings
        old = self.bot.library
        redo = set(changes.new) | set(changes.changed)
        signature = index_signature(changes.stamps, changes.metadata.stamp)  # what the entries were read from
        cache = ArticleCache(settings.cache_dir)
        kept = {a.file: a for a in old.articles if a.file in changes.stamps and a.file not in redo}
        articles, skipped, hits = [], [], 0
        stamps = dict(changes.stamps)
        for name in sorted(changes.stamps):
            if name in kept:
                articles.append(kept[name])
                continue
            if name not in redo:  # a file skipped as unusable before, unchanged since
                skipped.append(name)
                continue
            loaded = load_article(settings.corpus_dir / name, changes.metadata.entry(name), cache)
            if loaded is None:
                skipped.append(name)
                continue
            articles.append(loaded[0])
            hits += loaded[1]
            stamps[name] = stamps[name]._replace(digest=loaded[0].digest)
        report = LoadReport(len(articles), len(kept) + hits, tuple(skipped))
        library = Library.build_and_store(
            articles,
            settings=settings,
            glossary=load_glossary(settings.glossary_path),
            files=stamps,
            signature=signature,
            report=report,
            # another engine or analyzer is never stored, as at the start (the stored index's
            # signature does not name them, so a restart would map back another index's terms)
            store=old.retriever_factory is engine_factory() and old.analyzer is default_analyzer(),
            analyzer=old.analyzer,
            retriever_factory=old.retriever_factory,
        )
        _RELOADERS[library] = self
        old = kept = None  # the replaced library must not be held here while the swap settles the heap
        self.bot.replace_library(library)
        _log.info(
            "Reloaded the corpus: %d new, %d changed, %d removed; %d articles, %d passages",
            len(changes.new), len(changes.changed), len(changes.removed), len(articles), len(library.passages),
        )
        return changes

    def watch(self, interval: float = 30.0) -> None:
        """Check the corpus folder every ``interval`` seconds in a background thread until :meth:`stop`."""
        if self._watcher is not None:
            return
        self._stop.clear()

        def loop() -> None:
            while not self._stop.wait(interval):
                if not self.busy:
                    self.reload(wait=True)

        self._watcher = threading.Thread(target=loop, name="corpus-watch", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        """Stop watching (a rebuild in progress finishes)."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join()
            self._watcher = None
