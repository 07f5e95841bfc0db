"""Speaker mentions (names, pronouns, roles, possessives) and their resolution to persons.

Without a trained NER, persons are found by rules: a role noun followed by capitalised words
("Außenminister Sergej Lawrow"), or a known first name followed by capitalised words
("Anders Fogh Rasmussen"). Later short forms ("Rasmussen", "Rasmussens"), roles
("der Minister", "Kremlchef") and pronouns ("er", "sein") are resolved to those persons only
when the rules below find exactly one safe candidate.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.quotes.cues import AUXILIARIES, lemma_table
from bot.quotes.model import SpeakerMention
from bot.quotes.roles import TITLE_WORDS, is_feminine_role, role_head, roles_match
from bot.quotes.segments import Token, mask_spans, tokenize

_log = logging.getLogger(__name__)

DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen dieser diese dieses diesem diesen".split()
)
POSSESSIVES = {
    "sein": "male", "seine": "male", "seiner": "male", "seines": "male", "seinem": "male",
    "seinen": "male", "ihr": "female", "ihre": "female", "ihrer": "female", "ihres": "female",
    "ihrem": "female", "ihren": "female",
}
PRONOUNS = {"er": "male", "sie": "female"}
# Demonstratives that stand for a person named just before: "Dieser behaupte", "so letztere".
DEMONSTRATIVE_PRONOUNS = frozenset("dieser diese letzterer letztere letzteren jener jene".split())
NAME_PARTICLES = frozenset("von van de da di del der den bin ibn al el zu ter du le la dos".split())
OBLIQUE_MARKERS = frozenset(
    "dem den des mit von für gegen bei zu zum zur an auf über unter nach vor neben zwischen "
    "durch ohne um gegenüber seitens".split()
)
NOT_NAME_WORDS = frozenset(
    """
    Am Im In Auf Bei Nach Vor Mit Von Für Zum Zur Um Aus Über Unter Seit Gegen Durch Laut
    Die Der Das Ein Eine Es Er Sie Wir Ich Man Dies Diese Dieser Auch Und Aber Doch Denn So
    Wie Als Wenn Dass Ob Bild Foto Fotos Quelle Autor Redaktion Januar Februar März April Mai
    Juni Juli August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag
    Freitag Samstag Sonntag Zudem Außerdem Dabei Damit Dazu Danach Dennoch Deshalb Heute
    Gestern Morgen Nun Jetzt Zugleich Gleichzeitig Allerdings Jedoch Bis Ab Nur Noch Kein Keine
    Sein Seine Ihr Ihre Unser Unsere Mein Meine Alle Viele Einige Beide Wo Was Wer Warum
    Hier Zu Deren Dessen Hatte Hat Wurde Passend Ursprünglich Unmissverständlich Insgesamt
    Mitte Anfang Ende Beginn Laut Zuvor Daraufhin Später Jahr Woche Tag Monat Abend
    Dort Hier Dann Demnach Zunächst Später Inzwischen Bereits Schon Vielmehr Zwar Ähnlich
    Weiterhin Zusammen Ebenso Unterdessen Dagegen Tatsächlich Besonders Insbesondere Ferner
    Zuletzt Seither Daher Deswegen Trotzdem Gleichwohl Stattdessen Ebenfalls Hingegen Indes
    Schließlich Letztlich Immerhin Jedenfalls Offenbar Anscheinend Vermutlich Wahrscheinlich
    Angeblich Erst Bisher Bislang Derzeit Aktuell Momentan Zurzeit Vorher Anschließend
    Mittlerweile Kürzlich Überraschend Dazu Darin Darauf Darunter Hierzu Sowohl Weder Danach
    Selbst Sogar Gerade Eigentlich Natürlich Sicherlich Womöglich Lediglich Allein Vor
    Obwohl Obgleich Während Nachdem Weil Da Falls Sobald Bevor Ehe Solange Sofern Indem Damit
    Darüber Davon Dafür Dadurch Daneben Dahinter Daraus Darum Dabei Dazwischen Hierbei Hierfür
    """.split()
)


_PLACE_ENDINGS = ("land", "stan", "reich", "ien", "korea", "ika", "burg", "stadt", "dorf")


@dataclass
class Person:
    """A person of one article: the fullest name form used, its roles, gender and mentions."""

    name: str
    surname: str
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    role_words: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, oblique


_FIRST_NAMES_FILE = Path(__file__).parent / "data" / "first_names.txt"
_GENDER_CODES = {"m": "male", "f": "female", "u": "unknown"}


@functools.lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Return the bundled first names (``data/first_names.txt``) with their gender, loaded once.

    Values are ``"male"``, ``"female"`` or ``"unknown"`` (a name used for both).
    """
    names: dict[str, str] = {}
    for line in _FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code = line.split("\t")
        names[name.strip()] = _GENDER_CODES[code.strip()]
    _log.debug("loaded %d first names", len(names))
    return names


@functools.lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    """Capitalised lemmas with plural or case forms: ordinary nouns, rarely names.

    The lookup table also lists names ("Merkel" <- "Merkels"); those have only genitive
    forms, so a lemma counts as a common noun only if it has some other inflected form.
    """
    nouns: set[str] = set()
    for form, base in lemma_table().items():
        if base[:1].isupper() and form != base + "s" and form != base + "es" and form.lower() != base.lower():
            nouns.add(base)
    return frozenset(nouns)


def is_common_noun(word: str) -> bool:
    """True for an ordinary German noun of the lookup table ("Zeitungsente", "Bunker")."""
    return word in _common_nouns() or lemma_table().get(word, word) in _common_nouns()


NOUN_SUFFIXES = ("ismus", "ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "nis", "ment", "ie", "ien", "erei", "elei")


@functools.lru_cache(maxsize=50000)
def is_german_noun(word: str) -> bool:
    """A common noun, also as a compound the table lacks ("Papiertiger" ends in "Tiger") or by
    a noun suffix ("Terrorismus"); names ("Amflora", "Tagesspiegel" aside) fail."""
    word = re.sub(r"\[[^\]]*\]", "", word).strip("()")
    if is_common_noun(word):
        return True
    if word.endswith(NOUN_SUFFIXES) and word[:1].isupper() and word[1:].islower():
        return True
    for cut in range(2, len(word) - 3):
        tail = word[cut:].capitalize()
        if is_common_noun(tail) and len(tail) >= 4:
            return True
    return False


@functools.lru_cache(maxsize=50000)
def first_name_gender(word: str) -> str | None:
    """Return ``"male"``/``"female"`` for a known first name, ``None`` for anything else."""
    if not word[:1].isupper() or word in NOT_NAME_WORDS:
        return None
    parts = word.split("-")
    if len(parts) > 1:
        genders = {first_name_gender(part) for part in parts}
        return None if None in genders else genders.pop() if len(genders) == 1 else "unknown"
    # the bundled list wins over the noun lexicon: "Horst", "Rosa" are names before surnames
    return first_names().get(word)


@functools.lru_cache(maxsize=1)
def _lowercase_words() -> frozenset[str]:
    """Lower-case forms and lemmas of the lookup table: adverbs, adjectives, verbs."""
    words = {form for form in lemma_table() if form[:1].islower()}
    words.update(value for value in lemma_table().values() if value[:1].islower())
    return frozenset(words)


def is_capitalised_function_word(word: str) -> bool:
    """True for a sentence-initial adverb or adjective ("Passend", "Ursprünglich", "Hier")."""
    if word in NOT_NAME_WORDS:
        return True
    return word.lower() in _lowercase_words() and word not in _common_nouns() and lemma_table().get(word, word) not in _common_nouns()


def _name_like(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not text[:1].isalpha() or text in NOT_NAME_WORDS:
        return False
    if role_head(text) is not None:
        return False
    return not (text.isupper() and len(text) > 2)


# Words of institution names that are no German nouns ("Congress Center", "Human Rights Watch").
_INSTITUTION_WORDS = frozenset(
    """
    center centre group institute agency council association company corporation inc ltd news
    times post press service network union party foundation bank university college school
    committee office ministry department museum club team fund organization organisation forum
    alliance movement front league society trust watch international online media radio tv
    magazine journal review herald tribune daily weekly report street house hall airlines
    entertainment pictures studios games software systems technologies energy motors records
    electronics communications holdings partners capital solutions
    nowosti novosti xinhua interfax reuters tass kyodo yonhap bernama antara efe ansa
    """.split()
)
# Articles that open foreign names of media and bodies ("Al Jazeera", "El País", "The Guardian").
_FOREIGN_ARTICLES = frozenset("al el le la les il lo the los las".split())
_NUMBER_WORDS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf beide einige mehrere viele".split())


def _personal_name_word(word: str) -> bool:
    """A capitalised word that can be part of a personal name: no German noun or function word,
    no acronym, no role and no word of institution names."""
    last_part = word.split("-")[-1]
    return (
        len(word) > 1
        and word[:1].isupper()
        and not word.isupper()
        and all(char.isalpha() or char in "-'’" for char in word)
        and word not in NOT_NAME_WORDS
        and word.lower() not in _NUMBER_WORDS
        and last_part not in _common_nouns()
        and lemma_table().get(last_part, last_part) not in _common_nouns()
        and not is_capitalised_function_word(word)
        and not word.lower().endswith(("isch", "ische", "ischen", "ischer", "isches", "ischem"))
        and not _adjective_form(word)
        and word.lower() not in _INSTITUTION_WORDS
        and role_head(word) is None
        and not word.lower().endswith(_BODY_ENDINGS)
        and not word.lower().rstrip("s").endswith(("land", "stan", "reich", "ien"))
    )


def _name_tokens(tokens: list[Token], index: int, limit: int = 4) -> int:
    """Return the index past a run of name-like tokens starting at ``index`` (may be ``index``)."""
    end = index
    count = 0
    while end < len(tokens) and count < limit:
        token = tokens[end]
        if _name_like(token) and (end == index or _adjacent(tokens[end - 1], token)):
            end += 1
            count += 1
            if end < len(tokens) and tokens[end].text == "." and len(token.text) == 1:
                end += 1
            continue
        if token.text in NAME_PARTICLES and end > index:
            # "Ursula von der Leyen", "Rafael van der Vaart": one or two particles, then the surname
            follow = end + 1
            if follow < len(tokens) and tokens[follow].text in NAME_PARTICLES:
                follow += 1
            if follow < len(tokens) and _name_like(tokens[follow]):
                end = follow
                continue
        break
    while end > index and tokens[end - 1].text in NAME_PARTICLES:
        end -= 1
    return end


def _adjacent(left: Token, right: Token) -> bool:
    return right.start - left.end == 1


def _genitive_base(word: str, surnames: set[str]) -> str | None:
    if word in surnames:
        return word
    if word.endswith("s") and word[:-1] in surnames:
        return word[:-1]
    return None


class PersonIndex:
    """The persons of one article and the resolution of speaker mentions to them."""

    def __init__(self, text: str, masked: str | None = None) -> None:
        """Find persons in ``text``; ``masked`` (quotations blanked) avoids names in quotes."""
        self.text = text
        self.tokens = tokenize(masked if masked is not None else text)
        self.persons: dict[str, Person] = {}
        self._find_introductions()
        self._find_short_mentions()

    # -- detection ---------------------------------------------------------------------------
    def _add(self, tokens: list[Token], start: int, end: int, role_index: int | None) -> None:
        words = [token.text for token in tokens[start:end] if token.text != "."]
        if not words:
            return
        surname = words[-1]
        if surname.endswith("s") and surname[:-1] in self.persons:
            surname = surname[:-1]
        person = self.persons.get(surname)
        full = self.text[tokens[start].start : tokens[end - 1].end]
        if person is None:
            person = Person(name=full, surname=surname)
            self.persons[surname] = person
        elif len(full.split()) > len(person.name.split()) and not full.endswith("s"):
            person.name = full
        gender = first_name_gender(words[0]) if len(words) > 1 else None
        if gender in ("male", "female") and person.gender is None:
            person.gender = gender
        if role_index is not None:
            role_word = tokens[role_index].text
            role = role_head(role_word)
            if role and role not in person.roles:
                person.roles.append(role)
                person.role_words.append(role_word)
            if is_feminine_role(role_word):
                person.gender = "female"
            elif person.gender is None and role_index > 0 and tokens[role_index - 1].text.lower() in ("der", "dem", "des", "den"):
                person.gender = "male"
        person.mentions.append((tokens[start].start, tokens[end - 1].end, self._oblique(tokens, role_index if role_index is not None else start)))

    def _oblique(self, tokens: list[Token], index: int) -> bool:
        if index >= 2 and tokens[index - 1].text in _NAME_COORDINATORS:
            # "mit seinen Kollegen Edwin Aldrin und Michael Collins": the case of the first conjunct
            first = index - 2
            while first > 0 and tokens[first - 1].text[:1].isupper():
                first -= 1
            if self._oblique(tokens, first):
                return True
        position = index - 1
        if position >= 1 and tokens[position].text[:1].isupper() and is_common_noun(tokens[position].text) and role_head(tokens[position].text) is None:
            position -= 1  # "mit seinen Kollegen Edwin Aldrin": a noun in apposition before the name
        while position >= 0 and tokens[position].text[:1].islower() and tokens[position].text not in OBLIQUE_MARKERS and tokens[position].text not in DETERMINERS and position >= index - 3:
            position -= 1
        return position >= 0 and tokens[position].text.lower() in OBLIQUE_MARKERS

    def _find_introductions(self) -> None:
        tokens = self.tokens
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if role_head(token.text) is not None or token.text.lower() in TITLE_WORDS:
                end = _name_tokens(tokens, index + 1)
                if end > index + 1 and self._plausible_name(tokens[index + 1 : end]):
                    self._add(tokens, index + 1, end, index if role_head(token.text) else None)
                    index = end
                    continue
            elif first_name_gender(token.text) and token.text not in NOT_NAME_WORDS:
                end = _name_tokens(tokens, index)
                if end >= index + 2:
                    self._add(tokens, index, end, None)
                    index = end
                    continue
            index += 1

    def _plausible_name(self, words: list[Token]) -> bool:
        if len(words) >= 2:
            return first_name_gender(words[0].text) is not None or all(
                word.text not in _common_nouns() for word in words
            )
        word = words[0].text
        place_genitive = word.endswith("s") and word[:-1].endswith(_PLACE_ENDINGS)  # "Außenminister Südkoreas"
        return (
            word not in _common_nouns()
            and len(word) > 2
            and not word.endswith(("land", "stan", "reich"))
            and not place_genitive
            and not is_capitalised_function_word(word)
        )

    def _find_short_mentions(self) -> None:
        surnames = set(self.persons)
        known = {(start, end) for person in self.persons.values() for start, end, _ in person.mentions}
        inside = sorted(known)
        for index, token in enumerate(self.tokens):
            base = _genitive_base(token.text, surnames)
            if base is None or any(start <= token.start < end for start, end in inside):
                continue
            self.persons[base].mentions.append((token.start, token.end, self._oblique(self.tokens, index)))
        for person in self.persons.values():
            person.mentions.sort()

    def adopt_speaker(self, mention: SpeakerMention) -> Person | None:
        """Register the name a speech frame gives as a person, although no known first name or
        role introduced it ("Halima Jouini, Vorstandsmitglied der Liga, sagte"; "Der Leiter der
        Studie, Paulo Sérgio Pinheiro, sagte"), and return it; ``None`` when the words do not
        read as a personal name (two to four capitalised words, none a German noun, a function
        word or a word of institution names)."""
        inside = [index for index, token in enumerate(self.tokens) if mention.start <= token.start and token.end <= mention.end]
        if not inside:
            return None
        end = inside[-1] + 1
        start = end
        while start > inside[0] and _personal_name_word(self.tokens[start - 1].text):
            start -= 1
        if not 2 <= end - start <= 4:
            return None
        if self.tokens[start].text.lower() in _FOREIGN_ARTICLES:
            return None  # "Al Jazeera", "El País", "Le Monde": a medium, not a person
        if start > inside[0] and not (mention.kind == "role" and self.tokens[start - 1].text == ","):
            return None  # "Die Deutsche Welle": the whole mention must be the name, or an apposition to a role
        self._add(self.tokens, start, end, None)
        return self.person_of_name(self.text[self.tokens[start].start : self.tokens[end - 1].end])

    # -- queries -----------------------------------------------------------------------------
    def names_with_roles(self) -> dict[str, list[str]]:
        """Return ``{canonical name: [role words as the article uses them]}``."""
        return {person.name: list(person.role_words) for person in self.persons.values()}

    def person_of_name(self, mention_text: str) -> Person | None:
        """Return the person whose surname (or genitive of it) ends ``mention_text``, or the one
        person whose full name has a word of the mention as a middle part ("Pérez")."""
        words = [word for word in mention_text.replace(".", " ").split() if word[:1].isupper()]
        for word in reversed(words):
            base = _genitive_base(word.strip(",;:"), set(self.persons))
            if base is not None:
                return self.persons[base]
        for word in reversed(words):
            # "Pérez" for "Adolfo Pérez Esquivel": a middle part of exactly one full name
            owners = {id(person): person for person in self.persons.values() if word in person.name.split()[1:-1]}
            if len(owners) == 1:
                return next(iter(owners.values()))
        return None

    def _mentions_before(self, offset: int) -> list[tuple[int, bool, Person]]:
        found = [
            (start, oblique, person)
            for person in self.persons.values()
            for start, _end, oblique in person.mentions
            if start < offset
        ]
        found.sort(key=lambda item: item[0], reverse=True)
        return found

    def resolve_pronoun(self, offset: int, gender: str, window: int = 1200) -> Person | None:
        """Resolve er/sie/sein/ihr at ``offset`` to the last compatible non-oblique person.

        Returns ``None`` if no person of a compatible gender is mentioned in the ``window``
        characters before, or if the nearest compatible mention is ambiguous (two persons
        named in the same stretch without a clear subject).
        """
        for start, oblique, person in self._mentions_before(offset):
            if offset - start > window:
                return None
            if oblique:
                continue
            if gender == "female" and person.gender != "female":
                continue
            if gender == "male" and person.gender == "female":
                continue
            return person
        return None

    def resolve_role(self, offset: int, role: str, article: str, window: int = 700) -> Person | None:
        """Resolve a role mention ("der Minister", "Kremlchef") to one person or ``None``.

        A person introduced with a matching role is taken when exactly one such person is
        mentioned before ``offset``. A definite role with no match ("der SPD-Politiker")
        refers back to the last person only when that is the only person named in the
        preceding ``window`` characters and the article introduced no other person before.
        """
        matching: list[Person] = []
        for _start, _oblique, person in self._mentions_before(offset):
            if person not in matching and any(roles_match(role, own) for own in person.roles):
                matching.append(person)
        if len(matching) == 1:
            return matching[0]
        if len(matching) > 1:
            return None
        if article not in ("der", "die"):
            return None
        earlier = self._mentions_before(offset)
        persons = {id(person) for _start, _oblique, person in earlier}
        if len(persons) == 1 and offset - earlier[0][0] <= window:
            person = earlier[0][2]
            if article == "die" and person.gender != "female":
                return None
            if article == "der" and person.gender == "female":
                return None
            return person
        return None


def person_names(text: str) -> dict[str, list[str]]:
    """List the persons an article names, with the roles it gives them.

    Args:
        text: the article text.

    Returns:
        ``{"Anders Fogh Rasmussen": ["NATO-Generalsekretär"], ...}``: canonical name (the
        fullest form the article uses) to the role nouns it is introduced with.
    """
    from bot.quotes.direct import find_marked_spans

    marked = [span for quote in find_marked_spans(text) for span in quote.spans]
    return PersonIndex(text, mask_spans(text, marked)).names_with_roles()


_WEB_DOMAIN = re.compile(r"^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:de|com|net|org|at|ch|info|eu)$")


def is_web_domain(word: str) -> bool:
    """A lower-case web site as a source: "t-online.de", "faz.net"."""
    return bool(_WEB_DOMAIN.match(word))


# A brand written in lower case with a dot inside ("ver.di", "t-online.de"), after a noun.
_LOWER_CASE_BRAND = re.compile(r"^[a-zäöü][\w-]*\.[a-z]{2,}$")


def chunk_mention(text: str, tokens: list[Token], index: int) -> tuple[int, int] | None:
    """Return the token range ``[index, end)`` of a noun phrase starting at ``index``.

    Covers pronouns, "der russische Verteidigungsminister Sergei Schoigu", "Ein Sprecher des
    Ministeriums", "Rasmussen", "Sein Besuch". Returns ``None`` if no noun phrase starts there.
    """
    if index >= len(tokens):
        return None
    word = tokens[index].text
    lowered = word.lower()
    if lowered in PRONOUNS or is_web_domain(word):
        return index, index + 1
    after_verb = (  # "sagte dieser, ...": only the forms that are nominative after a verb
        lowered in ("dieser", "letzterer")
        and index > 0
        and tokens[index - 1].text[:1].islower()
        and tokens[index - 1].text.isalpha()
        and tokens[index - 1].text.lower() not in DETERMINERS
    )
    if lowered in DEMONSTRATIVE_PRONOUNS and (word[:1].isupper() or index > 0 and tokens[index - 1].text == "so" or after_verb) and (
        index + 1 >= len(tokens)
        or not (
            tokens[index + 1].text[:1].isupper()
            or _is_attributive(tokens[index + 1].text) and index + 2 < len(tokens) and tokens[index + 2].text[:1].isupper()
        )
    ):
        return index, index + 1  # "Dieser behaupte, ...", "so letztere"
    particle_end = particle_name_end(tokens, index)
    if particle_end is not None:
        return index, particle_end
    position = index
    if _adjective_form(word) and index + 2 < len(tokens) and tokens[index + 1].text in ("und", "oder") and _is_attributive(tokens[index + 2].text):
        position = index + 3  # "Arabische und iranische Medien"
        while position < len(tokens) and _is_attributive(tokens[position].text):
            position += 1
    elif lowered in DETERMINERS or lowered in POSSESSIVES:
        position += 1
        while position < len(tokens) and not is_prefixed_compound(tokens[position].text) and not _AGE_NOUN.match(tokens[position].text) and (
            _is_attributive(tokens[position].text)
            or _adverb_in_phrase(tokens[position].text) and position + 1 < len(tokens) and _is_attributive(tokens[position + 1].text)
            or tokens[position].text in ("und", "oder") and position + 1 < len(tokens) and _is_attributive(tokens[position + 1].text)
        ):
            position += 1  # "die afghanischen und ausländischen Soldaten"
        if position < len(tokens) and is_prefixed_compound(tokens[position].text):
            return index, position + 1  # "der ai-Bericht", "eine dpa-Meldung"
        position = after_extended_attribute(tokens, position)
    start_caps = position
    while position < len(tokens) and (
        tokens[position].text[:1].isupper() and tokens[position].text not in NOT_NAME_WORDS | {"Sein", "Seine"} and tokens[position].text[:1].isalpha()
        or _AGE_NOUN.match(tokens[position].text)
        or position > start_caps and _LOWER_CASE_BRAND.match(tokens[position].text)  # "der Gewerkschaft ver.di"
    ):
        position += 1
        if (
            position + 1 < len(tokens)
            and tokens[position].text == "."
            and tokens[position - 1].text.lower() + "." in TITLE_WORDS
            and tokens[position + 1].text[:1].isupper()
        ):
            position += 1  # "Dr. Heino Stoever": the title's full stop stays inside the name
        if (
            position < len(tokens)
            and tokens[position].text in NAME_PARTICLES
            and position + 1 < len(tokens)
            and tokens[position + 1].text[:1].isupper()
            and tokens[position + 1].text not in NOT_NAME_WORDS
            and not is_common_noun(tokens[position + 1].text)  # "Steinbrück zu Beginn der Debatte"
            and tokens[position].text not in ("der", "den")
        ):
            position += 1
    if position == start_caps:
        if start_caps == index and word[:1].isupper() and word not in NOT_NAME_WORDS and word[:1].isalpha():
            position = index + 1
        else:
            return None
    if position + 1 < len(tokens) and tokens[position].text in ("des", "der"):
        follow = position + 1
        while follow < len(tokens) and _is_attributive(tokens[follow].text):
            follow += 1
        if follow < len(tokens) and tokens[follow].text[:1].isupper() and tokens[follow].text[:1].isalpha():
            position = follow + 1
            while position < len(tokens) and (
                tokens[position].text[:1].isupper() and tokens[position].text[:1].isalpha() and tokens[position].text not in NOT_NAME_WORDS
                or _LOWER_CASE_BRAND.match(tokens[position].text)
            ):
                position += 1
    return index, position


# Words that open an extended attribute between article and noun: prepositions ("der [für die
# Region zuständige] Koordinator") and time adverbs ("einer [gestern verbreiteten] Erklärung").
_ATTRIBUTE_OPENERS = frozenset(
    "für von vom am im in zu zur zum mit bei aus seit "
    "gestern heute vorgestern bereits erst kürzlich jüngst zuvor neu".split()
)
# Participles and -ig/-lich adjectives that close such an attribute ("zuständige", "gehörende",
# "geborene", "geleitete"); plain adjectives inside it ("kalifornischen") do not.
_ATTRIBUTE_HEAD_ENDINGS = tuple(
    stem + ending for stem in ("nd", "ig", "t", "en", "lich") for ending in ("e", "en", "em", "er", "es")
)


def after_extended_attribute(tokens: Sequence[Token], position: int) -> int:
    """Skip an extended attribute between article and noun.

    "der [für die Region zuständige] Koordinator", "einer [am Dienstag veröffentlichten]
    Pressemitteilung": an opener, at most five words and a participle or adjective right before
    a noun (capitalised, or a lower-case prefix compound such as "dpa-Meldung").

    Args:
        tokens: the sentence's tokens.
        position: the token right after the article.

    Returns:
        The position of the noun after the attribute, or ``position`` itself when none starts there.
    """
    if position >= len(tokens) or tokens[position].text.lower() not in _ATTRIBUTE_OPENERS:
        return position
    for adjective in range(position + 1, min(position + 6, len(tokens) - 1)):
        word = tokens[adjective].text
        if not word[:1].isalnum():
            return position
        noun = tokens[adjective + 1].text
        if (
            word[:1].islower()
            and word.endswith(_ATTRIBUTE_HEAD_ENDINGS)
            and word not in DETERMINERS
            and (noun[:1].isupper() and noun[:1].isalpha() or is_prefixed_compound(noun))
        ):
            return adjective + 1
    return position


def is_prefixed_compound(word: str) -> bool:
    """A noun written with a lower-case prefix: "ai-Bericht", "dpa-Meldung", "iPhone-Hersteller"."""
    prefix, hyphen, rest = word.partition("-")
    return bool(hyphen) and prefix[:1].islower() and prefix.isalpha() and rest[:1].isupper()


CAPITALISED_PARTICLES = frozenset("Von Van De Di Da Del Della Ter Zu".split())
# lower-case particles that open a surname ("Wie de Maizière darlegte"); "von" only as "von der"
LEADING_PARTICLES = frozenset("de van di da del della dos ter du bin ibn".split())


def particle_name_end(tokens: list[Token], index: int) -> int | None:
    """``Von der Leyen``, ``De Maizière``, ``de Maizière``: a surname that opens with its
    particle. Returns the index past the name, or ``None``.

    "Von der Regierung" is no name: the word after the particles must not be a common noun.
    """
    if index >= len(tokens):
        return None
    opener = tokens[index].text
    if opener not in CAPITALISED_PARTICLES and opener not in LEADING_PARTICLES and not (
        opener == "von" and index + 1 < len(tokens) and tokens[index + 1].text == "der"
    ):
        return None
    position = index + 1
    while position < len(tokens) and tokens[position].text in NAME_PARTICLES and position - index < 3:
        position += 1
    if position >= len(tokens) or position == index + 1 and opener in ("Von", "von"):
        return None
    word = tokens[position].text
    if not word[:1].isupper() or not word[:1].isalpha() or word in NOT_NAME_WORDS or is_common_noun(word) or first_name_gender(word):
        return None
    if is_capitalised_function_word(word) or role_head(word):
        return None
    return position + 1


_AGE_NOUN = re.compile(r"^\d+-[JjMm]ährige[nr]?$")  # "Der 58-Jährige", "der 81-jährige"
_AGE_ADJECTIVE = re.compile(r"^\d+-jährige[nr]?$")  # "der 81-jährige Besitzer"


_PHRASE_ADVERBS = frozenset("nicht sehr besonders bereits erst noch schon gestern heute kürzlich bisher neu kaum ebenfalls damals".split())


def _adverb_in_phrase(word: str) -> bool:
    """An adverb before an adjective inside a noun phrase: "Ein nicht genannter Vertreter",
    "die staatlich kontrollierten Medien"."""
    return word in _PHRASE_ADVERBS or word[:1].islower() and word.endswith(("lich", "isch", "ig"))


def _is_attributive(word: str) -> bool:
    if _AGE_ADJECTIVE.match(word):
        return True
    return word[:1].islower() and (word.endswith(("e", "en", "er", "es", "em")) or "-" in word) and word not in DETERMINERS and word not in AUXILIARIES and word.lower() not in POSSESSIVES and word not in ("sie", "er", "eine")


def mention_from_chunk(text: str, tokens: list[Token], start: int, end: int, persons: PersonIndex) -> SpeakerMention:
    """Build a ``SpeakerMention`` from a token range and classify it by kind."""
    begin, finish = tokens[start].start, tokens[end - 1].end
    first = tokens[start].text.lower()
    if end - start == 1 and first in PRONOUNS:
        kind = "pronoun"
    elif first in POSSESSIVES:
        kind = "possessive"
    elif persons.person_of_name(text[begin:finish]) is not None or particle_name_end(tokens, start) == end:
        kind = "name"
    elif any(role_head(token.text) for token in tokens[start:end]):
        kind = "role"
    elif all(token.text[:1].isupper() for token in tokens[start:end]) and first not in DETERMINERS:
        head = tokens[end - 1].text
        plural_base = lemma_table().get(head, head)
        kind = "name" if head not in _common_nouns() and plural_base not in _common_nouns() else "other"
    else:
        kind = "other"
    return SpeakerMention(text=text[begin:finish], start=begin, end=finish, kind=kind)


def resolve(mention: SpeakerMention | None, persons: PersonIndex) -> str | None:
    """Return the canonical person of a speaker mention, or ``None`` when that is not safe."""
    if mention is None:
        return None
    words = mention.text.split()
    if mention.kind == "pronoun":
        person = persons.resolve_pronoun(mention.start, PRONOUNS[words[0].lower()])
        if mention.text == "Sie" and person is not None and person.gender != "female":
            return None
        return person.name if person else None
    if mention.kind == "possessive":
        person = persons.resolve_pronoun(mention.start, POSSESSIVES[words[0].lower()])
        return person.name if person else None
    named = persons.person_of_name(mention.text)
    if named is not None:
        return named.name
    if mention.kind == "role":
        article = words[0].lower() if words[0].lower() in DETERMINERS else ""
        head = next((role_head(word) for word in reversed(words) if role_head(word)), None)
        if head is None or article in ("ein", "eine", "einer", "eines", "einem", "einen"):
            return None
        if any(word in ("des", "der") for word in words[1:]):
            return None
        person = persons.resolve_role(mention.start, head, article or "bare")
        if person is None and not article:
            person = persons.resolve_role(mention.start, head, "bare")
        return person.name if person else None
    return None


# Nouns for groups and institutions that speak in the news ("das Gericht teilte mit").
SPEAKING_BODIES = frozenset(
    """
    regierung ministerium gericht polizei partei fraktion behörde behörden zeitung agentur
    nachrichtenagentur unternehmen konzern verband gewerkschaft kommission staatsanwaltschaft
    armee militär sender rat vorstand präsidium verwaltung opposition koalition kirche
    organisation bündnis bank firma universität institut studie bericht erklärung mitteilung
    ministerin experten experte demonstranten kritiker befürworter gegner anwohner zeugen
    zeuge angeklagte angeklagter verteidiger verteidigung anklage opfer bewohner teilnehmer
    vertreter mitglieder mitglied ärzte arzt forscher wissenschaftler beobachter fans
    medien ohrenzeugen augenzeugen meteorologen analysten polizisten gutachter
    anhänger menge menschenmenge zuschauer publikum
    """.split()
)
_OBLIQUE_DETERMINERS = frozenset("dem den des einem einen eines".split())
# "Bezüglich des Startortes meldet X": prepositions that take a genitive phrase, never a subject
GENITIVE_PREPOSITIONS = frozenset(
    "bezüglich hinsichtlich aufgrund infolge anlässlich dank innerhalb außerhalb statt anstatt mithilfe".split()
)
_CLAUSE_PREPOSITIONS = OBLIQUE_MARKERS - {"dem", "den", "des"} | GENITIVE_PREPOSITIONS | frozenset(
    "in im am vom beim ins ans aus wegen trotz laut seit als wie während angesichts gemäß".split()
)
QUANTIFIERS = frozenset(
    "verschiedene mehrere einige viele zahlreiche andere weitere beide alle manche wenige".split()
)
_BODY_ENDINGS = (
    "institut", "behörde", "ministerium", "polizei", "zeitung", "agentur", "partei", "regierung",
    "verband", "gericht", "gerichtshof", "kommission", "gewerkschaft", "organisation", "konzern",
    "sender", "magazin", "rat", "amt", "bank", "staatsanwaltschaft", "union", "fraktion",
    "parlament", "parlamente", "staat", "stadt", "komitee", "ausschuss", "senat", "kabinett", "botschaft",
    # the leaders of a body, not "Einführung" or "Wasserleitung"
    "geschäftsführung", "parteiführung", "konzernführung", "armeeführung", "regierungsführung",
    "armeeleitung", "konzernleitung", "parteileitung", "schulleitung", "universitätsleitung",
    "klinikleitung", "staatengemeinschaft", "arbeitsgemeinschaft", "glaubensgemeinschaft",
    # plurals: "Einige Gewerkschaften", "Die Behörden", "Mehrere Zeitungen"
    "behörden", "zeitungen", "agenturen", "parteien", "regierungen", "verbände", "gerichte",
    "gewerkschaften", "organisationen", "konzerne", "sender", "banken", "fraktionen", "staaten",
    # sources that "say" something in news German: "Eine aktuelle Schätzung beziffert ..."
    "schätzung", "studie", "umfrage", "analyse", "prognose", "statistik",
)
_ABSTRACT_ENDINGS = (
    "ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "tät", "nis", "ismus", "tur",
    "ment", "ik", "gen", "ren", "um", "satz", "kampf", "truck", "teil", "werk", "zeug",
)
_AGENT_ENDINGS = (
    "er", "in", "innen", "te", "ten", "de", "den", "ler", "ent", "enten", "ant", "anten", "ist",
    "isten", "eur", "or", "oren", "ige", "igen",
)
# Agent nouns that name people ("Gesetzgeber", "Unternehmer", "Wissenschaftler", "Aktivisten").
_AGENT_NOUN_ENDINGS = ("geber", "nehmer", "ler", "isten", "enten", "anten")
_NAME_COORDINATORS = frozenset(("und", "sowie", "oder"))
_ADVERB_ENDINGS = ("end", "lich", "weise", "mals", "dings", "falls", "wärts")


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def names_a_speaker_noun(word: str) -> bool:
    """A noun for someone who speaks: a body ("Wahlkommission", "Polizei"), a role ("Sprecher")
    or an agent noun ("Bundesgesetzgeber", "Wissenschaftler"), not a thing ("Proteste",
    "Anzahl", "Dokument")."""
    lowered = word.lower()
    return lowered in SPEAKING_BODIES or lowered.endswith(_BODY_ENDINGS) or role_head(word) is not None or lowered.endswith(_AGENT_NOUN_ENDINGS)


def _adjective_form(word: str) -> bool:
    """An inflected adjective written with a capital ("Demokratische" -> "demokratisch")."""
    if not word.endswith(_ADJECTIVE_ENDINGS):
        return False
    base = lemma_table().get(word) or lemma_table().get(word.lower())
    return bool(base) and base[:1].islower() and base != word.lower()


def chunk_head(tokens: list[Token], chunk: tuple[int, int]) -> str:
    """The first capitalised word of a noun phrase (its head noun or first name)."""
    inside = tokens[chunk[0] : chunk[1]]
    particle_end = particle_name_end(tokens, chunk[0])
    if particle_end is not None:
        return tokens[particle_end - 1].text  # "Von der Leyen": the surname
    for position, token in enumerate(inside):
        if token.text[:1].isupper() and token.text.lower() not in DETERMINERS and token.text.lower() not in POSSESSIVES:
            following = inside[position + 1].text if position + 1 < len(inside) else ""
            if following[:1].isupper() and token.text.lower() in QUANTIFIERS:
                continue  # "Verschiedene Länderparlamente", "Mehrere Zeugen"
            if following[:1].isupper() and _adjective_form(token.text):
                continue  # "Die Demokratische Partei", "Internationale Wahlbeobachter": the noun is the head
            return token.text
    return tokens[chunk[0]].text


def is_person_like(tokens: list[Token], chunk: tuple[int, int], known_surnames: frozenset[str] | None = None) -> bool:
    """True when a noun phrase can name a speaker: a pronoun, a name, a role or a body.

    "Seine Zuversicht", "Die Arbeit der Koalition", "Der Sprengsatz" or "Der englisch-sprachigen
    Zeitung" (the dative of a paper) are not; "er", "Filep Karma", "der Bundespräsident",
    "Das Gericht", "die Demonstranten" are. With ``known_surnames`` (the article's persons) a
    bare single word counts only as a known surname, an acronym or a first name.
    """
    start, end = chunk
    words = [token.text for token in tokens[start:end]]
    first = words[0].lower()
    if end - start == 1 and (first in PRONOUNS or first in DEMONSTRATIVE_PRONOUNS):
        return True
    if first in POSSESSIVES or first in _OBLIQUE_DETERMINERS:
        return False
    if first == "einer" and len(words) > 1 and words[1].lower() not in ("der", "des", "von"):
        return False  # "von zehn Häusern und einer Kirche": dative; but "einer der Experten" speaks
    if first == "der" and any(word[:1].islower() and word.endswith("en") for word in words[1:3]):
        return False  # "der englisch-sprachigen Zeitung": dative or genitive, not a subject
    head = chunk_head(tokens, chunk)
    lowered = head.lower()
    if head in NOT_NAME_WORDS or not head[:1].isalpha():
        return False
    if known_surnames is not None and end - start == 1 and head in known_surnames:
        return True  # "Pieper", "Koch": a person of the article, although also a common noun
    if end - start == 1 and lowered.endswith(_ADVERB_ENDINGS):
        return False
    if any(role_head(word) for word in words[:4]) or lowered in SPEAKING_BODIES or lowered.endswith(_BODY_ENDINGS):
        return True
    last = words[-1].lower()
    if end - start >= 2 and words[-1][:1].isupper() and not any(word in DETERMINERS for word in words[1:]) and (last in SPEAKING_BODIES or last.endswith(_BODY_ENDINGS)):
        return True  # "Die Europäische Union", "Die Deutsche Bank": an adjective before the body
    if first_name_gender(head):
        return True
    if (
        first not in DETERMINERS
        and len(words) >= 2
        and all(word[:1].isupper() for word in words)
        and not _adjective_form(words[0])
        and not any(is_german_noun(word) for word in words)
    ):
        return True  # "Bazoum Mohammed": a name, whatever its first word ends in
    if lowered.endswith(_ABSTRACT_ENDINGS):
        return False
    if first in DETERMINERS:
        return lowered.endswith(_AGENT_ENDINGS) or not is_common_noun(head) and not is_capitalised_function_word(head)
    if is_common_noun(head) or is_capitalised_function_word(head):
        return False
    if head.isupper() and 2 <= len(head) <= 6:
        return True
    capitalised = [word for word in words if word[:1].isupper()]
    if len(capitalised) >= 2:
        return True
    if known_surnames is not None:
        return head in known_surnames or head.endswith("s") and head[:-1] in known_surnames
    return head[:1].isupper() and not head.isupper()


def first_speaker_phrase(
    tokens: list[Token], start: int, stop: int, known_surnames: frozenset[str] | None = None
) -> tuple[int, int] | None:
    """The first person-like noun phrase of a clause that is not an object of a preposition.

    Used where no grammar tells the subject: ``Hier sparte der Bundespräsident nicht mit
    Kritik:``, ``Der Zeitung sagte Filep Karma:``. Returns ``None`` when there is none.
    """
    position = start
    while position < stop:
        word = tokens[position].text
        lowered = word.lower()
        if lowered in _CLAUSE_PREPOSITIONS:
            chunk = chunk_mention("", tokens, position + 1) if position + 1 < stop else None
            position = chunk[1] if chunk else position + 1
            continue
        if lowered in PRONOUNS or lowered in DETERMINERS or lowered in POSSESSIVES or (word[:1].isupper() and word[:1].isalpha()):
            chunk = chunk_mention("", tokens, position)
            if chunk is None:
                position += 1
                continue
            chunk = (chunk[0], min(chunk[1], stop))
            if is_person_like(tokens, chunk, known_surnames):
                return chunk
            position = max(chunk[1], position + 1)
            continue
        position += 1
    return None
