"""The compiled regular expressions of the tagger, one per kind of expression.

Each pattern matches exactly the span the gold data annotates (prepositions outside, articles,
adjectives and "Anfang/Mitte/Ende" inside); context a rule needs beyond the span (the
preposition in front, the word after) is checked by the rule in ``rules.py``. All patterns are
compiled once at import.
"""

from __future__ import annotations

import logging
import re

from bot.dates import lexicon

_log = logging.getLogger(__name__)

START = r"(?<![\w\-./])"          # not glued to a word, a number or a hyphenated compound
END = r"(?![\w])"

MONTH_FULL = lexicon.alternation(w for w in lexicon.MONTHS if not w.endswith("."))
MONTH_ANY = lexicon.alternation(lexicon.MONTHS)
WEEKDAY = lexicon.alternation(lexicon.WEEKDAYS)
WEEKDAY_SHORT = r"(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?"
WEEKDAY_ADVERB = lexicon.alternation(lexicon.WEEKDAY_ADVERBS)
# The "-lich" words are adjectives too and inflect ("die tägliche Messe"); "wochentags" does not.
FREQUENCY_ADJECTIVE = lexicon.alternation(w for w in lexicon.FREQUENCY_ADVERBS if w.endswith("lich"))
FREQUENCY_ADVERB = lexicon.alternation(w for w in lexicon.FREQUENCY_ADVERBS if not w.endswith("lich"))
DAY_PART_SUFFIX = lexicon.alternation(lexicon.DAY_PART_NOUNS, case="lower")
DAY_PART_NOUN = lexicon.alternation(lexicon.DAY_PART_NOUNS, case="capital")
DAY_PART_AFTER_DAY = (  # "gestern Abend", "gestern abend", "gestern früh"
    "(?:" + lexicon.alternation(lexicon.DAY_PART_NOUNS) + "|"
    + lexicon.alternation(lexicon.DAY_PART_ADVERBS, case="lower") + ")"
)
SEASON = lexicon.alternation(lexicon.SEASONS)
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:1\d{3}|20\d{2})"
POSITION = lexicon.alternation(lexicon.POSITIONS)
DECADE_WORD = lexicon.alternation(lexicon.DECADE_WORDS)
RELATIVE = lexicon.alternation(lexicon.RELATIVE_DIRECTION_WORDS)
NUMBER = (
    r"(?:\d{1,4}(?:,\d+)?|"
    + lexicon.alternation(
        [*lexicon.NUMBER_WORDS, *(w for w in lexicon.VAGUE_QUANTITY_WORDS if " " not in w)])
    + "|" + lexicon.alternation(lexicon.ONES_WORDS, case="lower")
    + "und" + lexicon.alternation(lexicon.TENS_WORDS, case="lower") + ")"
)
QUALIFIER = lexicon.alternation(lexicon.QUALIFIERS)
UNIT_PLURAL_OR_SINGULAR = lexicon.alternation([*lexicon.UNITS, *lexicon.UNIT_PLURALS],
                                              case="capital")
UNIT_PLURAL = r"(?:Sekunden|Minuten|Stunden|Tagen?|Wochen|Monaten?|Jahren?|Jahrzehnten?|Jahrhunderten?)"
ORDINAL = r"(?:ersten|zweiten|dritten|vierten|letzten|[1-4]\.)"
REFERENCE = lexicon.alternation(set(lexicon.REFERENCE_WORDS) - set(lexicon.REFERENCE_NOUNS))
REFERENCE_NOUN = lexicon.alternation(lexicon.REFERENCE_NOUNS, case="capital")
HOLIDAYS = (
    r"(?:Weihnachten|Heiligabend|Heiligen Abend|Christtag|Stephanstag|Silvester|Neujahr|"
    r"Ostern|Ostersonntag|Ostermontag|Karfreitag|Gründonnerstag|Aschermittwoch|Pfingsten|"
    r"Pfingstsonntag|Pfingstmontag|Christi Himmelfahrt|Fronleichnam|Allerheiligen|Allerseelen|"
    r"Mariä Himmelfahrt|Maria Himmelfahrt|Mariä Empfängnis|Maria Empfängnis|Dreikönig|"
    r"Josefstag|Herz-Jesu-Sonntag|Herz-Jesu-Fest|Tag der Arbeit|Staatsfeiertag)"
)


# The patterns are compiled in verbose mode, where a plain space is ignored: multi-word
# names need an explicit white-space class.
HOLIDAYS = HOLIDAYS.replace(" ", r"\s+")


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(source, re.VERBOSE)


NUMERIC_DATE = _compile(rf"""
    {START}
    (?:(?P<weekday>{WEEKDAY}|{WEEKDAY_SHORT})\s*,?\s*\(?\s*)?
    (?:
        (?P<day>{DAY})\.\s?(?P<month>{MONTH_NUMBER})\.\s?(?P<year>\d{{4}}|\d{{2}}(?![\d.]))?
      | (?P<iso_year>{YEAR})-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>0[1-9]|[12]\d|3[01])
    )
    (?(weekday)\)?)
    (?![\d])
""")

DAY_MONTH = _compile(rf"""
    {START}
    (?:(?P<weekday>{WEEKDAY}){DAY_PART_SUFFIX}?\s*,?\s+(?:(?:den|dem)\s+)?)?
    (?:(?P<article>dem)\s+)?
    (?P<day>{DAY})\.?\s*(?P<month>{MONTH_ANY})
    (?:\s+(?P<year>{YEAR}))?
    {END}
""")

DAY_LIST = _compile(rf"""
    {START}
    (?P<days>(?:{DAY}\.?\s*(?:,\s*(?:und|sowie)?|und|bis|-|–|/|sowie)\s*(?:am\s+|zum\s+)?)+)
    (?P<last>{DAY})\.\s*(?P<month>{MONTH_ANY})
    (?:\s+(?P<year>{YEAR}))?
    {END}
""")

MONTH_YEAR = _compile(rf"""
    {START}
    (?:(?P<position>{POSITION})\s+)?
    (?P<month>{MONTH_ANY})\s+
    (?:(?P<year>{YEAR})(?![\d])|(?:(?P<relative>{RELATIVE}|des)\s+Jahres))
    {END}
""")

MONTH_ALONE = _compile(rf"""
    {START}
    (?:(?P<position>{POSITION})\s+)?
    (?P<month>{MONTH_FULL})
    {END}
""")

SEASON_EXPRESSION = _compile(rf"""
    {START}
    (?:(?P<position>{POSITION})\s+(?:des\s+)?)?
    (?:(?P<relative>{RELATIVE})\s+(?:[a-zäöüß]+e[nmrs]?\s+)?)?
    (?P<season>{SEASON})
    (?:\s+(?P<year>{YEAR})(?![\d]))?
    {END}
""")

YEAR_EXPRESSION = _compile(rf"""
    (?<![\w\-./,])(?<!\d\s)
    (?:(?P<position>{POSITION})\s+)?
    (?:(?P<year_word>Jahr(?:es)?|Jahrgang)\s+)?
    (?P<year>{YEAR})
    (?![\d]|[.,]\d|\s\d{{3}}(?!\d)|er|\w)
""")

YEAR_SPAN = _compile(rf"""
    {START}
    (?:(?P<season_word>(?:der|die)\s+(?:Saison|Spielzeit|Wintersaison|Sommersaison|Amtsperiode|
        Legislaturperiode|Schuljahr|Wirtschaftsjahr))\s+)?
    (?P<first>{YEAR})\s?(?P<separator>[/\-–])\s?(?P<second>\d{{2}}|{YEAR})
    (?![\d]|\w)
""")

DECADE = _compile(rf"""
    {START}
    (?:(?P<position>{POSITION})\s+)?
    (?:(?P<article>den|die|der)\s+)?
    (?:(?P<number>(?:1\d|20)?\d0)er|(?P<word>{DECADE_WORD}))
    (?:-|\s+)?(?:Jahren?|Jahre?s|n(?=\W))
    {END}
""")

CENTURY = _compile(rf"""
    {START}
    (?:(?P<position>{POSITION}|(?:de[rn]\s+)?(?P<half>ersten|zweiten)\s+Hälfte)\s+(?:des\s+)?)?
    (?:(?P<article>das|dem|des)\s+)?
    (?P<number>\d{{1,2}})\.\s*Jahrhunderts?
    {END}
""")

QUARTER = _compile(rf"""
    {START}
    (?:(?P<article>de[mnrs]|das|die)\s+)?
    (?P<ordinal>{ORDINAL})\s*
    (?:(?P<quarter>Quartals?)|(?P<half>Jahreshälfte|Halbjahr(?:es|s)?))
    (?:\s+(?P<year>{YEAR})(?![\d]))?
    {END}
""")

RELATIVE_DAY = _compile(rf"""
    {START}
    (?P<word>[Hh]eute|[Gg]estern|[Vv]orgestern|morgen|[Üü]bermorgen|[Hh]euer|Morgen(?=\s+[a-zäöü]))
    (?:\s+(?P<part>{DAY_PART_AFTER_DAY}))?
    {END}
""")

ANCHORED_DAY = _compile(rf"""
    {START}
    (?:(?P<article>de[mnr])\s+)?
    (?P<word>Vortag(?:es)?|Vorabend|Folgetag|Tag\s+(?:zuvor|davor|danach|darauf)|
        (?:nächsten|folgenden)\s+Tag)
    {END}
""")

PREVIOUS_PERIOD = _compile(rf"""
    {START}
    (?:(?P<article>de[mnrs]|das)\s+)?
    (?P<word>Vorjahr(?:es|s)?|Vormonat(?:s)?|Vorwoche|Folgejahr(?:es|s)?)
    {END}
""")

RELATIVE_UNIT = _compile(rf"""
    {START}
    (?:(?P<position>{POSITION})\s+(?:des\s+|der\s+)?)?
    (?P<relative>{RELATIVE})\s+
    (?P<unit>Wochenendes?|Woche|Monats?|Jahr(?:es|s)?|Jahrzehnts?|Quartals?)
    {END}
""")

POSITION_OF_UNIT = _compile(rf"""
    {START}
    (?P<position>{POSITION})\s+(?:des|der)\s+(?P<unit>Jahres|Monats|Woche)
    {END}
""")

WEEKDAY_EXPRESSION = _compile(rf"""
    {START}
    (?:(?P<relative>{RELATIVE}|gestrigen|morgigen)\s+)?
    (?P<weekday>{WEEKDAY})(?P<part>{DAY_PART_SUFFIX})?
    {END}
""")

WEEKEND = _compile(rf"""
    {START}
    (?:(?P<relative>{RELATIVE})\s+)?
    (?P<word>Wochenende)
    {END}
""")

CLOCK_TIME = _compile(rf"""
    (?<![\w.,:/])
    (?:(?P<first_hour>[01]?\d|2[0-4])(?:[.:](?P<first_minute>[0-5]\d))?\s*
        (?P<connector>-|–|/|bis|und)\s*)?
    (?P<hour>[01]?\d|2[0-4])(?:[.:](?P<minute>[0-5]\d))?\s*Uhr
    {END}
""")

BARE_CLOCK_TIME = _compile(r"""
    (?<![\w.,:/])
    (?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)
    (?![\d]|[.,]\d|\s*(?:Prozent|%|Euro|Meter|Punkte|Minuten|Sekunden))
""")

DAY_PART = _compile(rf"""
    {START}
    (?P<part>{DAY_PART_NOUN})
    {END}
""")

DURATION = _compile(rf"""
    {START}
    (?:(?P<article>[Dd]ie|[Dd]en|[Dd]er)\s+(?P<relative>letzten|vergangenen|nächsten|kommenden|
        ersten|folgenden|zurückliegenden)\s+)?
    (?:(?P<qualifier>{QUALIFIER})\s+)?
    (?:(?P<vague_pair>ein\s+paar)\s+|(?:ein(?:e|en|em|er|es)?\s+)?(?P<number>{NUMBER})\s*)?
    (?:(?P<adjective>[a-zäöüß]+(?:e|en|er|es))\s+)?
    (?:(?P<unit>{UNIT_PLURAL_OR_SINGULAR})|eines\s+(?P<genitive_unit>Jahres|Monats))
    {END}
""")

DURATION_BARE_PLURAL = _compile(rf"""
    {START}
    (?:(?P<article>die|den)\s+)?
    (?P<unit>{UNIT_PLURAL}|Jahre|Monate|Wochen|Tage|Jahrzehnte)
    {END}
""")

# Matched from the suffix (fast: literal start); the builder reads the number glued in front.
DURATION_ADJECTIVE = _compile(r"""
    (?P<suffix>tägig|wöchig|monatig|stündig|minütig|jährig)(?:e|en|er|es|em)?(?!\w)
    |
    (?<![\w\-])(?P<vague>jahre|monate|wochen|tage|stunden|jahrzehnte)lang(?:e|en|er|es|em)?(?!\w)
""")

SET_EVERY = _compile(rf"""
    {START}
    (?P<every>[Jj]ede[nmrs]?|[Aa]lle)\s+
    (?:(?P<number>{NUMBER}|{ORDINAL})\s+)?
    (?:(?P<weekday>{WEEKDAY})(?P<part>{DAY_PART_SUFFIX})?|(?P<unit>{UNIT_PLURAL_OR_SINGULAR})|
        (?P<day_part>{DAY_PART_NOUN}))
    (?:\s+(?:im|pro)\s+Monat)?
    {END}
""")

SET_FREQUENCY = _compile(rf"""
    {START}
    (?:(?P<count>einmal|zweimal|dreimal|viermal|mehrmals|\d+-?mal|\d+\s+Mal|[Jj]e\s+(?P<number>{NUMBER}))\s+
        (?:(?:im|pro|am|in\s+der|je)\s+)?)?
    (?P<per>im|pro|je|am)\s+(?P<unit>Tag|Woche|Monat|Jahr)
    {END}
    |
    {START}(?P<count2>einmal|zweimal|dreimal|viermal|mehrmals|\d+-?mal)\s+(?P<unit2>jährlich|monatlich|wöchentlich|täglich)
    |
    {START}[Jj]e\s+(?P<number3>{NUMBER})\s+(?P<unit3>{UNIT_PLURAL_OR_SINGULAR}){END}
""")

SET_ADVERB = _compile(rf"""
    {START}
    (?P<word>{FREQUENCY_ADJECTIVE}(?:e|en|er|es|em)?|{FREQUENCY_ADVERB}|{WEEKDAY_ADVERB})
    {END}
""")

REFERENCE_WORD = _compile(rf"""
    {START}
    (?P<word>{REFERENCE}|(?:der\s+)?{REFERENCE_NOUN})
    {END}
""")

HOLIDAY = _compile(rf"""
    {START}
    (?P<name>{HOLIDAYS})
    (?:\s+(?P<year>{YEAR})(?![\d]))?
    {END}
""")

# Words around a bare year or month that make a date reading certain.
YEAR_CUE_WORDS = frozenset({
    "im", "seit", "bis", "ab", "von", "vom", "zwischen", "jahr", "jahre", "jahres", "jahrgang",
    "anfang", "mitte", "ende", "frühjahr", "frühling", "sommer", "herbst", "winter", "saison",
    "in", "um", "nach", "vor", "zum", "sommers", "winters", "herbstes", "frühjahrs",
})
COUNT_FOLLOWERS = re.compile(
    r"^\s*(?:%|€|\$|(?:Prozent|Euro|Dollar|Franken|Pfund|Lire|Meter|Kilometer|km|m|qm|ha|"
    r"Hektar|Mio|Millionen|Milliarden|Mal|mal|x|Stück|Tonnen|Kilo|kg|Liter|Punkte|Stimmen|"
    r"Einwohner|Menschen|Personen|Teilnehmer|Besucher|Mitglieder|Soldaten|Mann|Stunden|"
    r"Minuten|Tage|Jahre|Höhenmeter|PS|Plätze|Grad|Quadratmeter|Kubikmeter|Zuschauer|Fans|"
    r"Kinder|Schüler|Arbeitsplätze|Betten|Wohnungen|Häuser|Fahrzeuge|Autos|Opfer|Tote|"
    r"Flüchtlinge|Mitarbeiter|Beschäftigte|Unterschriften)(?:n|e|en|s)?\b)"
)
COUNT_PRECEDERS = frozenset({
    "rund", "etwa", "ca.", "circa", "zirka", "über", "mehr", "knapp", "fast", "insgesamt",
    "nr.", "nummer", "seite", "tel.", "€", "$", "euro", "weitere", "exakt", "genau",
    "bislang", "beinahe", "nahezu", "höchstens", "mindestens", "gut", "rd.", "plus", "minus",
    "davon",
})
