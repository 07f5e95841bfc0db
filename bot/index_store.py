"""A built library on disk, so a restart with an unchanged corpus starts in well under a second.

Layout of ``<cache>/index/``: one folder per build, named by time and corpus signature, and a
``CURRENT`` file naming the folder in use. A build is written into a hidden temporary folder,
renamed into place, and only then named in ``CURRENT`` (replaced atomically): a process stopped
at any point leaves either the previous index or the new one in use, never a half-written one.

A folder holds ``manifest.json`` (format, signature, counts, load report), the engine arrays
(``terms.txt``, ``offsets.npy``, ``postings.npy``, ``weights.npy`` — memory-mapped on load),
the passage table (``passage_article.npy``, ``passage_position.npy``), article texts and
records (see :mod:`bot.stored_corpus`), ``names.json`` (name terms by sound) and ``files.json``
(the file stamps an incremental reload starts from).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from pathlib import Path

import numpy as np

from bot.code_fingerprint import source_digest
from bot.corpus.ingest import PIPELINE_FINGERPRINT
from bot.corpus.loader import LoadReport
from bot.engines.sparse_bm25 import PostingArrays, SparseBM25Retriever
from bot.file_stamps import FileStamp, folder_signature
from bot.glossary import Glossary
from bot.stored_corpus import StoredArticles, StoredPassages, encode_record

_log = logging.getLogger(__name__)
FORMAT = 1
_POINTER = "CURRENT"
# the code that decides what an index contains: a change to it makes stored indexes stale
_INDEX_CODE = (
    "analysis.py", "lemmas.py", "names.py", "library.py", "passage_analysis.py", "retrieval.py", "engines/sparse_bm25.py",
    "index_store.py", "stored_corpus.py",
)


def code_fingerprint() -> str:
    """Return a digest of the pipeline and index code (part of every index signature)."""
    return source_digest(_INDEX_CODE, prefix=f"format {FORMAT} {PIPELINE_FINGERPRINT}")


def index_signature(stamps: dict[str, FileStamp], metadata_stamp: FileStamp | None) -> str:
    """Return the signature a stored index is kept under: the corpus files' names, sizes, mtimes
    and ctimes, the metadata file's, and :func:`code_fingerprint`.

    Args:
        stamps: the article files' stamps (:func:`bot.file_stamps.scan_folder`).
        metadata_stamp: the metadata file's :func:`bot.file_stamps.stat_stamp`, taken before the
            entries the index is built from were read (``None``: no metadata file).
    """
    return folder_signature(stamps, metadata_stamp, code_fingerprint())


class IndexStore:
    """Built libraries under ``root`` (usually ``<cache_dir>/index``).

    Args:
        root: the folder holding the index folders and ``CURRENT``.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def current_folder(self) -> Path | None:
        """Return the index folder in use, or ``None`` if there is none."""
        try:
            name = (self.root / _POINTER).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        folder = self.root / name
        return folder if name and (folder / "manifest.json").is_file() else None

    def load(self, signature: str, *, glossary: Glossary, analyzer=None):
        """Return the stored library if its signature is ``signature``, else ``None``.

        Arrays and texts are memory-mapped and articles load on first use, so this takes tens
        of milliseconds regardless of the archive's size (plus the vocabulary, about 0.1 s per
        million terms). ``library.files`` is left ``None``: see :func:`read_stored_files`.
        """
        from bot.library import Library

        folder = self.current_folder()
        if folder is None:
            return None
        try:
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("format") != FORMAT or manifest.get("signature") != signature:
                return None
            terms_text = (folder / "terms.txt").read_text(encoding="utf-8")
            arrays = PostingArrays(
                terms=terms_text.split("\n") if terms_text else [],
                offsets=np.load(folder / "offsets.npy", mmap_mode="r"),
                passages=np.load(folder / "postings.npy", mmap_mode="r"),
                weights=np.load(folder / "weights.npy", mmap_mode="r"),
                size=manifest["passages"],
            )
            articles = StoredArticles(folder)
            passages = StoredPassages(
                articles,
                np.load(folder / "passage_article.npy", mmap_mode="r"),
                np.load(folder / "passage_position.npy", mmap_mode="r"),
            )
            names = json.loads((folder / "names.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError) as error:
            _log.warning("Ignoring unreadable index %s: %s", folder, error)
            return None
        report = manifest.get("report")
        library = Library.assemble(
            articles=articles,
            passages=passages,
            retriever=SparseBM25Retriever.from_arrays(arrays),
            names_by_sound=names,
            glossary=glossary,
            analyzer=analyzer,
            report=LoadReport(report["loaded"], report["from_cache"], tuple(report["skipped"])) if report else None,
        )
        library.index_folder = folder  # library.files stays None: read_stored_files() when needed
        _log.info("Loaded index %s: %d articles, %d passages", folder.name, len(articles), len(passages))
        return library

    def save(self, library, signature: str, files: dict[str, FileStamp]) -> Path | None:
        """Write ``library`` (built with the sparse engine) as the current index; return its folder.

        Failures are logged, not raised: the bot works without a stored index, it only starts
        slower next time.
        """
        if not isinstance(library.retriever, SparseBM25Retriever):
            _log.info("Not storing an index built with %s", type(library.retriever).__name__)
            return None
        name = f"{time.time_ns()}-{signature[:12]}"
        building = self.root / f".building-{uuid.uuid4().hex[:8]}"
        try:
            building.mkdir(parents=True)
            _write(building, library, signature, files)
            os.rename(building, self.root / name)
            pointer = self.root / f".{_POINTER}.{uuid.uuid4().hex[:8]}"
            pointer.write_text(name, encoding="utf-8")
            os.replace(pointer, self.root / _POINTER)
        except OSError as error:
            _log.warning("Could not store the index in %s: %s", self.root, error)
            shutil.rmtree(building, ignore_errors=True)
            return None
        self.prune(keep=name)
        library.index_folder = self.root / name
        return self.root / name

    def prune(self, *, keep: str) -> None:
        """Remove every index folder but ``keep`` (mapped files stay readable to running libraries)."""
        for path in self.root.iterdir():
            if path.is_dir() and path.name != keep:
                shutil.rmtree(path, ignore_errors=True)


def _write(folder: Path, library, signature: str, files: dict[str, FileStamp]) -> None:
    arrays: PostingArrays = library.retriever.arrays
    (folder / "terms.txt").write_text("\n".join(arrays.terms), encoding="utf-8")
    np.save(folder / "offsets.npy", np.asarray(arrays.offsets, dtype=np.int64))
    np.save(folder / "postings.npy", np.asarray(arrays.passages, dtype=np.int32))
    np.save(folder / "weights.npy", np.asarray(arrays.weights, dtype=np.float64))
    counts = np.fromiter((len(a.paragraphs) for a in library.articles), dtype=np.int64, count=len(library.articles))
    np.save(folder / "passage_article.npy", np.repeat(np.arange(len(counts), dtype=np.int32), counts))
    firsts = np.repeat(np.cumsum(counts) - counts, counts)
    np.save(folder / "passage_position.npy", (np.arange(int(counts.sum())) - firsts).astype(np.int32))
    text_offsets, record_offsets = [0], [0]
    with (folder / "texts.bin").open("wb") as texts, (folder / "records.bin").open("wb") as records:
        for article in library.articles:
            text_offsets.append(text_offsets[-1] + texts.write(article.text.encode("utf-8")))
            record_offsets.append(record_offsets[-1] + records.write(encode_record(article)))
    np.save(folder / "text_offsets.npy", np.array(text_offsets, dtype=np.int64))
    np.save(folder / "record_offsets.npy", np.array(record_offsets, dtype=np.int64))
    names = {code: sorted(terms) for code, terms in library.names_by_sound.items()}
    (folder / "names.json").write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
    (folder / "files.json").write_text(json.dumps({n: list(s) for n, s in files.items()}), encoding="utf-8")
    report = library.report
    manifest = {
        "format": FORMAT,
        "signature": signature,
        "passages": arrays.size,
        "articles": len(library.articles),
        "terms": len(arrays.terms),
        "report": {"loaded": report.loaded, "from_cache": report.from_cache, "skipped": list(report.skipped)} if report else None,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")  # written last: marks it complete


def read_stored_files(folder: Path) -> dict[str, FileStamp]:
    """Return the file stamps stored with the index in ``folder`` (empty if unreadable)."""
    try:
        raw = json.loads((folder / "files.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {name: FileStamp(*values) for name, values in raw.items()}
