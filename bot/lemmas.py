"""The irregular forms of spaCy's German lemma table, compacted and cached for a fast start.

Loading ``spacy-lookups-data``'s full table (355k forms) through spaCy takes about 0.9 s.
Most of its entries are regular inflections the Snowball stemmer reduces to the same stem
anyway; the analyzer only needs the entries whose lemma changes the stem (about 80k), plus
"guard" entries that stop a lookup from falling through to a case variant whose lemma would
change it. That table gives exactly the full table's stems, and is written once per data
version to the cache folder as JSON (loaded in a few tens of milliseconds).
"""

from __future__ import annotations

import functools
import gzip
import importlib.metadata
import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

_log = logging.getLogger(__name__)
_DATA_PACKAGE = "spacy-lookups-data"


@functools.lru_cache(maxsize=1)
def full_table() -> dict[str, str]:
    """Return spaCy's whole German lookup table (inflected form -> lemma), read once per process."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def compact_table(full: dict[str, str], stem: Callable[[str], str]) -> dict[str, str]:
    """Return the entries of ``full`` a stemmer-based analyzer needs (see the module docstring).

    Args:
        full: form → lemma.
        stem: the analyzer's stem function of a lemma or form (lowercases and folds).
    """
    irregular = {form: lemma for form, lemma in full.items() if stem(lemma) != stem(form)}
    guards = {
        form: form
        for form in full
        if form not in irregular and (form.lower() in irregular or form.capitalize() in irregular)
    }
    return irregular | guards


def load_compact_table(cache_dir: Path | None, stem: Callable[[str], str]) -> dict[str, str]:
    """Return the compact lemma table, from ``cache_dir`` if built before (else build and store it).

    Args:
        cache_dir: the bot's cache folder; ``None`` builds in memory only.
        stem: the analyzer's stem function (part of what the table depends on).
    """
    version = importlib.metadata.version(_DATA_PACKAGE)
    path = cache_dir / f"lemmas-de-{version}.json" if cache_dir is not None else None
    if path is not None and path.is_file():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            _log.warning("Rebuilding unreadable lemma table %s: %s", path, error)
    table = compact_table(full_table(), stem)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8") as handle:
                json.dump(table, handle, ensure_ascii=False)
            os.replace(handle.name, path)
        except OSError as error:
            _log.warning("Could not write lemma table %s: %s", path, error)
    return table
