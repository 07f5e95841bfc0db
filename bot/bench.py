"""``python -m bot.bench``: ingest, index build, start time, memory and command latency at scale.

For each corpus size (about 10k, 100k and 1M passages; ``--passages N`` for one size) the
benchmark runs, each in its own process so sizes and engines do not pollute each other's
memory figures:

1. *build*: compose and vary a corpus (:mod:`bot.corpus` processing measured on a sample of
   freshly composed articles, with quotes and dates extracted — the rest of the corpus reuses
   the pool's results, see :mod:`bot.bench_corpus`), write it to a corpus folder, build the
   library with the default engine and store the index;
2. *serve* per engine: start the bot over the stored index (the time a restart takes), then run
   a few hundred varied ``/search``, ``/quote`` and ``/when`` commands through
   :meth:`bot.service.NewsBot.run` (no network) and time each. The reference engine
   (``rank-bm25``) is built from the same stored articles and gets fewer queries at large sizes
   (it scores every passage: about a second per query at 1M).

``--json`` prints one JSON object: per size, the build figures and per engine the start,
memory and per-command ``p50_ms``/``p99_ms``.
"""

from __future__ import annotations

import time

_PROCESS_START = time.perf_counter()

import argparse  # noqa: E402  (the start time above must come first)
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)
POOL_ARTICLES = 1_500
INGEST_SAMPLE = 100
REPOSITORY = Path(__file__).resolve().parent.parent
REFERENCE_QUERIES = {10_000: 100, 100_000: 30, 1_000_000: 10}


def _peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _settings(workdir: Path):
    from bot.config import load_settings

    return load_settings(None, corpus_dir=workdir / "corpus", cache_dir=workdir / "cache")


def build_worker(passages: int, workdir: Path) -> dict:
    """Compose, write, index and store a corpus of about ``passages`` passages; return the figures."""
    from bot.analysis import use_lemma_cache
    from bot.bench_corpus import compose_article, processed_pool, read_sources, variant_articles
    from bot.corpus.ingest import process_text
    from bot.file_stamps import scan_folder, stat_stamp
    from bot.glossary import load_glossary
    from bot.index_store import IndexStore, index_signature
    from bot.library import Library, stamp_files

    from bot.analysis import default_analyzer

    settings = _settings(workdir)
    use_lemma_cache(settings.cache_dir)
    default_analyzer().stem("Regierungen")  # writes the compact lemma table a restart reads
    sources = read_sources()
    rng = random.Random(7)
    sample = [compose_article(sources, rng) for _ in range(INGEST_SAMPLE)]
    processed, failures = [], []
    started = time.perf_counter()
    for text in sample:
        try:
            processed.append(process_text(text))
        except Exception:  # counted and reported, as the loader skips such articles
            failures.append(text)
    ingest_s = time.perf_counter() - started
    per_article = sum(len(p.paragraphs) for p in processed) / max(1, len(processed))
    pool = processed_pool(sources, POOL_ARTICLES, seed=11, cache_dir=REPOSITORY / ".cache" / "bench", failures=failures)
    started = time.perf_counter()
    articles = list(variant_articles(pool, sources, passages, seed=passages))
    generate_s = time.perf_counter() - started
    corpus = settings.corpus_dir
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    for article in articles:
        (corpus / article.file).write_text(article.text, encoding="utf-8")
    started = time.perf_counter()
    library = Library(articles, glossary=load_glossary(REPOSITORY / "seeds" / "glossary.yaml"))
    build_s = time.perf_counter() - started
    shutil.copy(REPOSITORY / "seeds" / "glossary.yaml", corpus / "glossary.yaml")
    stamps = scan_folder(corpus)
    started = time.perf_counter()
    library.files = stamp_files(stamps, articles, {})
    signature = index_signature(stamps, stat_stamp(settings.metadata_path))
    IndexStore(settings.cache_dir / "index").save(library, signature, library.files)
    store_s = time.perf_counter() - started
    return {
        "articles": len(articles),
        "passages": len(library.passages),
        "terms": len(library.retriever.vocabulary()),
        "ingest_articles_per_s": round(INGEST_SAMPLE / ingest_s, 1),
        "ingest_passages_per_article": round(per_article, 2),
        "ingest_failures": len(failures),
        "ingest_estimated_s": round(len(articles) / (INGEST_SAMPLE / ingest_s), 1),
        "generate_s": round(generate_s, 2),
        "build_s": round(build_s, 2),
        "store_s": round(store_s, 2),
        "build_peak_mb": round(_peak_memory_mb()),
    }


def _queries(library, count: int, seed: int) -> dict[str, list[str]]:
    """Varied queries drawn from the archive: content words, English glossary phrases, speakers."""
    from bot.analysis import QUERY_STOP_WORDS
    from bot.speaker_index import speakers_of

    rng = random.Random(seed)
    english = ["missile defence", "NATO-Russia Council", "helicopters Afghanistan", "security treaty", "sanctions"]

    def words(n: int) -> str:
        while True:
            text = library.passages[rng.randrange(len(library.passages))].text
            candidates = [w.strip(".,;:!?\"„“()") for w in text.split()]
            candidates = [w for w in candidates if len(w) >= 5 and w.isalpha() and w.lower() not in QUERY_STOP_WORDS]
            if len(candidates) >= n:
                return " ".join(rng.sample(candidates, n))

    search = [rng.choice(english) if i % 6 == 5 else words(rng.randint(1, 3)) for i in range(count)]
    when = [rng.choice(english) if i % 6 == 5 else words(rng.randint(1, 2)) for i in range(count)]
    speakers = speakers_of(library).names() or ["Rasmussen"]
    quote = [rng.choice(speakers) + (" " + words(1) if i % 2 else "") for i in range(count)]
    return {"search": search, "quote": quote, "when": when}


def _latencies(bot, name: str, queries: list[str], *, draw_picture: bool = False) -> dict:
    import numpy as np

    command = bot.commands.get(name)
    if command is None:
        return {"measured": False}
    argument = command.arguments[0].name
    timings = []
    for query in queries:
        answer = bot.run(name, {argument: query}) if draw_picture else None
        started = time.perf_counter()
        if draw_picture:
            answer.image_png  # noqa: B018 - drawing is what is timed
        else:
            bot.run(name, {argument: query})
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "queries": len(timings),
        "p50_ms": round(float(np.percentile(timings, 50)), 2),
        "p99_ms": round(float(np.percentile(timings, 99)), 2),
        "max_ms": round(max(timings), 2),
    }


def serve_worker(passages: int, workdir: Path, engine: str, queries: int) -> dict:
    """Start over the stored index (or build the reference engine from it) and time the commands."""
    from bot.analysis import use_lemma_cache
    from bot.file_stamps import scan_folder, stat_stamp
    from bot.glossary import load_glossary
    from bot.index_store import IndexStore, index_signature
    from bot.library import Library
    from bot.service import NewsBot

    settings = _settings(workdir)
    imported = time.perf_counter()
    result: dict = {"engine": engine}
    store = IndexStore(settings.cache_dir / "index")
    folder = store.current_folder()
    if folder is None:
        return {"engine": engine, "error": "no stored index (the build step failed)"}
    glossary = load_glossary(settings.glossary_path)
    stored_signature = json.loads((folder / "manifest.json").read_text())["signature"]
    if engine == "sparse":
        # the work of Library.from_settings over an unchanged corpus; the stored signature is
        # used even if colleagues changed the extraction code since the build step ran (that
        # would otherwise send this run into ingesting the whole corpus)
        started = time.perf_counter()
        use_lemma_cache(settings.cache_dir)
        signature = index_signature(scan_folder(settings.corpus_dir), stat_stamp(settings.metadata_path))
        library = store.load(stored_signature, glossary=load_glossary(settings.glossary_path))
        bot = NewsBot(library, settings)
        result["start_s"] = round(time.perf_counter() - started, 3)
        result["code_changed_since_build"] = signature != stored_signature
        first = time.perf_counter()
        bot.run("search", {"words": "Regierung"})
        result["first_answer_s"] = round(time.perf_counter() - first, 3)
        result["process_to_first_answer_s"] = round(time.perf_counter() - _PROCESS_START, 3)
        result["imports_s"] = round(imported - _PROCESS_START, 3)
    else:
        from bot.engines import engine_factory

        stored = store.load(stored_signature, glossary=glossary)
        started = time.perf_counter()
        library = Library(list(stored.articles), glossary=glossary, retriever_factory=engine_factory(engine))
        result["build_s"] = round(time.perf_counter() - started, 2)
        bot = NewsBot(library, settings)
    started = time.perf_counter()
    query_sets = _queries(bot.library, queries, seed=passages)
    result["speaker_index_s"] = round(time.perf_counter() - started, 2)  # first /quote builds it
    for name, items in query_sets.items():
        result[name] = _latencies(bot, name, items)
    if "when" in bot.commands:  # drawing the picture: on demand, off the adapters' event loops
        result["when_picture"] = _latencies(bot, "when", query_sets["when"][:50], draw_picture=True)
    result["peak_mb"] = round(_peak_memory_mb())
    return result


def _run_worker(arguments: list[str]) -> dict:
    command = [sys.executable, "-m", "bot.bench", *arguments]
    completed = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        return {"error": completed.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), "unknown")
    import psutil

    return {"cpus": os.cpu_count(), "cpu": model, "ram_gb": round(psutil.virtual_memory().total / 2**30, 1), "python": sys.version.split()[0]}


def _print_table(report: dict) -> None:
    print(f"Machine: {report['machine']}")
    for size, figures in report["sizes"].items():
        build = figures["build"]
        print(f"\n== {size} passages ({build.get('articles')} articles, {build.get('terms')} terms) ==")
        print(
            f"ingest {build.get('ingest_articles_per_s')} articles/s (sample of {INGEST_SAMPLE}; estimated "
            f"{build.get('ingest_estimated_s')} s for this corpus) · build {build.get('build_s')} s · store "
            f"{build.get('store_s')} s · build peak {build.get('build_peak_mb')} MB"
        )
        for engine, served in figures["engines"].items():
            if "error" in served:
                print(f"  {engine}: ERROR {served['error']}")
                continue
            start = f"start {served['start_s']} s (process to first answer {served['process_to_first_answer_s']} s)" if "start_s" in served else f"build {served.get('build_s')} s"
            print(f"  {engine}: {start} · peak {served['peak_mb']} MB · speaker index {served['speaker_index_s']} s")
            for name in ("search", "quote", "when", "when_picture"):
                cell = served.get(name, {})
                if cell.get("queries"):
                    print(f"    /{name:<6} p50 {cell['p50_ms']:>8} ms   p99 {cell['p99_ms']:>8} ms   ({cell['queries']} queries)")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (see the module docstring); return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bot.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--passages", type=int, help="one corpus size instead of 10k, 100k and 1M")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--engines", default="sparse,rank-bm25", help="engines to compare (default: sparse,rank-bm25)")
    parser.add_argument("--queries", type=int, default=300, help="queries per command for the default engine")
    parser.add_argument("--reference-queries", type=int, help="queries per command for rank-bm25 (default by size)")
    parser.add_argument("--workdir", type=Path, help="where corpora and indexes go (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    parser.add_argument("--worker", choices=["build", "serve"], help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="sparse", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.worker:
        if arguments.worker == "build":
            result = build_worker(arguments.passages, arguments.workdir)
        else:
            result = serve_worker(arguments.passages, arguments.workdir, arguments.engine, arguments.queries)
        print(json.dumps(result))
        return 0
    sizes = [arguments.passages] if arguments.passages else list(SIZES)
    engines = [e.strip() for e in arguments.engines.split(",") if e.strip()]
    root = arguments.workdir or Path(tempfile.mkdtemp(prefix="newsbot-bench-"))
    report: dict = {"machine": _machine(), "sizes": {}}
    try:
        for size in sizes:
            workdir = root / str(size)
            common = ["--passages", str(size), "--workdir", str(workdir)]
            figures = {"build": _run_worker(["--worker", "build", *common]), "engines": {}}
            for engine in engines:
                count = arguments.queries if engine == "sparse" else (arguments.reference_queries or REFERENCE_QUERIES.get(size, 30))
                figures["engines"][engine] = _run_worker(["--worker", "serve", "--engine", engine, "--queries", str(count), *common])
            report["sizes"][str(size)] = figures
            if not arguments.keep:
                shutil.rmtree(workdir, ignore_errors=True)
    finally:
        if not arguments.keep and not arguments.workdir:
            shutil.rmtree(root, ignore_errors=True)
    if arguments.json:
        print(json.dumps(report))
    else:
        _print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
