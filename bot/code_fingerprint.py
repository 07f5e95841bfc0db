"""Digests of the code and data files that shape cached results.

A cached article or a stored index is only valid for the code that made it; each cache keys
its entries on a digest of the files it depends on, so editing one of them invalidates it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent


def source_digest(patterns: Iterable[str], *, prefix: str = "") -> str:
    """Return a short digest of the files under ``bot/`` matching ``patterns`` (glob patterns
    relative to the package, e.g. ``"quotes/*.py"``), names and contents, in a stable order."""
    digest = hashlib.sha256(prefix.encode())
    for pattern in patterns:
        for path in sorted(PACKAGE_ROOT.glob(pattern)):
            digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
