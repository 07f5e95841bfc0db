"""Keep Python's cyclic garbage collector from walking the whole archive while it answers.

An archive's objects (articles, quotes, the speaker index) live as long as the library that
holds them, yet every full collection of the cyclic collector walks all of them, and its cost
grows with the archive: at a million passages one full pass takes about a second, and the
command that happens to trigger it answers a second late. So after a library is built or
swapped in, and after a large derived structure is built, the objects alive are moved out of
the collector's reach (``gc.freeze``, :func:`settle`); after each command, what it loaded and
keeps joins them (:func:`keep`). Reference counting still frees them when they go; the next
settle first un-freezes and collects, so the cycles of a replaced library are freed too.
"""

from __future__ import annotations

import gc
import logging
import threading
import time

_log = logging.getLogger(__name__)
_lock = threading.Lock()


def settle(reason: str) -> None:
    """Collect garbage once, then exempt every object alive now from later full collections.

    Args:
        reason: what was just built, for the log ("library", "speaker-index").
    """
    with _lock:
        started = time.perf_counter()
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        elapsed = time.perf_counter() - started
        _log.debug("heap settled after %s: %d objects frozen in %.2f s", reason, gc.get_freeze_count(), elapsed)


def keep() -> None:
    """Exempt the objects alive now from later full collections, after collecting the garbage
    among those not yet exempt.

    Run after each command: what a command builds on demand and keeps as long as the archive
    (the articles it read from a stored index) joins the frozen archive. Cheap (about 0.2 ms
    with three million objects frozen): the collection walks only what was made since the last
    freeze, never the frozen archive. Collecting first matters because a freeze takes garbage cycles
    along (a request's, waiting for the collector), and a server that never reloads would keep
    them for good; the lock keeps a freeze from landing between a :func:`settle`'s un-freeze and
    its collection, which would take a replaced library's cycles along.
    """
    with _lock:
        gc.collect()
        gc.freeze()
