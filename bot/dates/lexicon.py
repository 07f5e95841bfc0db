"""German calendar words: months, weekdays, seasons, parts of the day, number words, units.

Every table maps a lower-cased surface form to its meaning; the regex alternations the rules
use are built from the same tables, so adding a word here makes the rules accept it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Literal

_log = logging.getLogger(__name__)

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan.": 1,
    "februar": 2, "feber": 2, "feb.": 2, "febr.": 2,
    "märz": 3, "mär.": 3, "mrz.": 3,
    "april": 4, "apr.": 4,
    "mai": 5,
    "juni": 6, "jun.": 6,
    "juli": 7, "jul.": 7,
    "august": 8, "aug.": 8,
    "september": 9, "sep.": 9, "sept.": 9,
    "oktober": 10, "okt.": 10,
    "november": 11, "nov.": 11,
    "dezember": 12, "dez.": 12,
}

# Month names that are also common first or last names ("Karl Mai", "August Schmid"):
# they count as a month only with a date cue around them.
MONTHS_ALSO_NAMES = frozenset({"mai", "august", "april", "juni"})

WEEKDAYS: dict[str, int] = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4,
    "freitag": 5, "samstag": 6, "sonnabend": 6, "sonntag": 7,
}

# Adverbs "montags", "sonntags": a weekly set.
WEEKDAY_ADVERBS: dict[str, int] = {name + "s": number for name, number in WEEKDAYS.items()}

SEASONS: dict[str, str] = {
    "frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
    "frühlingsmonate": "SP", "sommermonate": "SU", "herbstmonate": "FA", "wintermonate": "WI",
}

# TIMEX3 parts of the day, as suffix of a weekday ("Dienstagabend") or after "gestern".
DAY_PART_NOUNS: dict[str, str] = {
    "morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV",
    "nacht": "NI",
}
# Adverbs are written small and apart from the weekday ("gestern früh", "Montag früh").
DAY_PART_ADVERBS: dict[str, str] = {"früh": "MO"}
DAY_PARTS: dict[str, str] = {**DAY_PART_NOUNS, **DAY_PART_ADVERBS}

# The ones and tens a compound number is written from ("fünfundzwanzig": 5 and 20).
ONES_WORDS: dict[str, int] = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9,
}
TENS_WORDS: dict[str, int] = {
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}

NUMBER_WORDS: dict[str, float] = {
    **ONES_WORDS, **TENS_WORDS,
    "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "hundert": 100, "beiden": 2, "beide": 2,
    "eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    "viereinhalb": 4.5, "fünfeinhalb": 5.5, "halbe": 0.5, "halbes": 0.5,
    "halben": 0.5,
}

# Vague quantities: the duration is known in kind but not in length (TIMEX3 "PXY").
VAGUE_QUANTITY_WORDS = frozenset({
    "wenige", "wenigen", "einige", "einigen", "mehrere", "mehreren", "etliche", "etlichen",
    "viele", "vielen", "lange", "langen", "ein paar", "paar",
})

DECADE_WORDS: dict[str, int] = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
    "siebziger": 7, "achtziger": 8, "neunziger": 9,
}

# Unit word stem -> TIMEX3 duration letter; "T" in front marks time-of-day units.
UNITS: dict[str, str] = {
    "sekunde": "TS", "minute": "TM", "stunde": "TH", "tag": "D", "arbeitstag": "D",
    "woche": "W", "wochenende": "WE", "monat": "M", "quartal": "Q", "jahr": "Y",
    "jahrzehnt": "DE", "jahrhundert": "CE",
}
# Their plurals, with the dative "-n" ("drei Tage", "vor drei Tagen", "zwei Wochen").
UNIT_PLURALS = frozenset(
    form for stem in UNITS
    for form in ((stem + "n",) if stem.endswith("e") else (stem + "e", stem + "en"))
)

# "letzte/vergangene ..." point back, "nächste/kommende ..." forward, "diese/laufende" stay.
RELATIVE_DIRECTION_WORDS: dict[str, int] = {
    "vergangene": -1, "vergangenen": -1, "vergangenes": -1, "letzte": -1, "letzten": -1,
    "letztes": -1, "vorige": -1, "vorigen": -1, "voriges": -1,
    "kommende": 1, "kommenden": 1, "kommendes": 1, "nächste": 1, "nächsten": 1,
    "nächstes": 1, "folgenden": 1, "folgende": 1,
    "diese": 0, "diesen": 0, "dieses": 0, "diesem": 0, "dieser": 0, "laufende": 0,
    "laufenden": 0, "laufendes": 0, "heurigen": 0, "selben": 0, "gleichen": 0,
}

# Nouns that stand for the past or future: capitalised, with the article in the span
# ("in der Zukunft"); "zukunft" in lower case is no word.
REFERENCE_NOUNS: dict[str, str] = {"zukunft": "FUTURE_REF", "vergangenheit": "PAST_REF"}

# "Anfang/Mitte/Ende" before a date or period, and the TIMEX3 mod of the part it names.
POSITIONS: dict[str, str] = {"anfang": "START", "mitte": "MID", "ende": "END"}

# Words in front of an amount of time and the TIMEX3 mod they give it ("rund drei Jahre":
# APPROX); "genau" belongs to the span without a mod. "über" and "insgesamt" stay outside
# the span (the gold data treats them as context).
QUALIFIERS: dict[str, str | None] = {
    "rund": "APPROX", "etwa": "APPROX", "ca.": "APPROX", "circa": "APPROX", "zirka": "APPROX",
    "ungefähr": "APPROX", "gut": "MORE_THAN", "mehr als": "MORE_THAN", "knapp": "LESS_THAN",
    "fast": "LESS_THAN", "nahezu": "LESS_THAN", "beinahe": "LESS_THAN", "weniger als": "LESS_THAN",
    "mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS", "bis zu": "EQUAL_OR_LESS",
    "genau": None,
}

# Adverbs of a regular repetition and their TIMEX3 SET value ("täglich": every day).
FREQUENCY_ADVERBS: dict[str, str] = {
    "täglich": "P1D", "tagtäglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M",
    "vierteljährlich": "P3M", "halbjährlich": "P6M", "jährlich": "P1Y", "alljährlich": "P1Y",
    "stündlich": "PT1H", "wochentags": "XXXX-WXX-WD",
}

# Words that stand for the present, past or future without a calendar value.
REFERENCE_WORDS: dict[str, str] = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF", "heutzutage": "PRESENT_REF",
    "heutigen": "PRESENT_REF", "heutige": "PRESENT_REF", "unlängst": "PRESENT_REF",
    "vor kurzem": "PRESENT_REF", "vor kurzer zeit": "PRESENT_REF", "kürzlich": "PAST_REF",
    "damals": "PAST_REF", "zukünftige": "FUTURE_REF", "zukünftigen": "FUTURE_REF",
    **REFERENCE_NOUNS,
}


Case = Literal["any", "lower", "capital"]


def _word_pattern(word: str, case: Case) -> str:
    first = word[0]
    if not first.isalpha() or case == "lower":
        return re.escape(word)
    if case == "capital":
        return re.escape(first.upper() + word[1:])
    return f"[{first.upper()}{first}]{re.escape(word[1:])}"


def alternation(words: Iterable[str], *, case: Case = "any") -> str:
    """Return a regex alternation of ``words``, longest first.

    Args:
        words: Lower-case surface forms; a space in a form stands for any white space, as the
            patterns are compiled in verbose mode.
        case: ``"any"`` accepts each word of a form in lower case and with a capital first
            letter (sentence start, nouns, "vor Kurzem"); ``"lower"`` only as written (suffixes
            glued to a word: "Dienstagabend"); ``"capital"`` only with a capital first letter
            (nouns that are another word in lower case: "Morgen", not "morgen").

    Returns:
        A non-capturing group such as ``(?:[Mm]ontag|...)``.

    Raises:
        ValueError: ``case`` is none of the three.
    """
    if case not in ("any", "lower", "capital"):
        raise ValueError(f"unknown case {case!r}")
    forms = sorted(set(words), key=len, reverse=True)
    escaped = [r"\s+".join(_word_pattern(part, case if index == 0 or case == "any" else "lower")
                           for index, part in enumerate(form.split(" ")))
               for form in forms]
    return "(?:" + "|".join(escaped) + ")"


def number_value(word: str) -> float | None:
    """Return the number a German number word or digit string stands for.

    Args:
        word: ``"drei"``, ``"fünfundzwanzig"``, ``"12"``, ``"einem"``...

    Returns:
        The number, or None when the word is not a number.
    """
    lowered = word.lower().replace(" ", "")
    if lowered.isdigit():
        return float(lowered)
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    units, sep, tens = lowered.partition("und")
    if sep and units in NUMBER_WORDS and tens in NUMBER_WORDS and NUMBER_WORDS[tens] >= 20:
        return NUMBER_WORDS[tens] + NUMBER_WORDS["ein" if units == "ein" else units]
    return None


def unit_letter(word: str) -> str | None:
    """Return the TIMEX3 duration letter of a unit noun in any inflection.

    Args:
        word: ``"Tagen"``, ``"Jahre"``, ``"Wochenenden"``, ``"Stunden"``...

    Returns:
        ``"D"``, ``"Y"``, ``"WE"``, ``"TH"``... or None.
    """
    lowered = word.lower()
    for stem in sorted(UNITS, key=len, reverse=True):
        if lowered.startswith(stem) and len(lowered) - len(stem) <= 3:
            return UNITS[stem]
    return None
