"""Frames of reported speech within one sentence: who says it, the cue, and what is said.

Four frame shapes are recognised, all on the masked sentence (quotations blanked out):

* inverted: ``<content>, sagte der Minister.`` / ``<content>, so Rasmussen.`` /
  ``<content>, wie ein Sprecher mitteilte.``
* leading: ``Maas sagte, <content>.`` / ``Am Montag erklärte er: <content>`` /
  ``Wie der Bundeswahlleiter mitteilte, <content>.``
* according-to: ``laut X``, ``X zufolge``, ``nach Angaben von X``, ``nach einer Studie``,
  ``seiner Ansicht nach``, sentence-initial ``Demnach``; the content is the phrase's clause
  without the phrase.
* ``heißt es in X`` / ``geht aus X hervor``: the source is the phrase after the preposition.
* colon at the end of a paragraph (``Er sagte:``) whose content is the next paragraph.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.quotes.cues import (
    AUXILIARIES,
    CONCLUSION_NOUNS,
    CORE_SPEECH_VERBS,
    JUDGING_BASES,
    JUDGING_VERBS,
    NOUN_FRAMES,
    PASSIVE_AUXILIARIES,
    SPEECH_VERBS,
    SEPARABLE_PREFIXES,
    SUBJECTLESS_SPEECH_VERBS,
    has_konjunktiv,
    is_konjunktiv,
    lemma,
    lemma_candidates,
    separable_bases,
    speech_lemma,
)
from bot.quotes.model import Span
from bot.quotes.roles import role_head
from bot.quotes.segments import Sentence, Token
from bot.quotes.speakers import (
    DETERMINERS,
    GENITIVE_PREPOSITIONS,
    NOT_NAME_WORDS,
    POSSESSIVES,
    PRONOUNS,
    DEMONSTRATIVE_PRONOUNS,
    QUANTIFIERS,
    after_extended_attribute,
    chunk_head,
    chunk_mention,
    first_name_gender,
    first_speaker_phrase,
    is_capitalised_function_word,
    is_person_like,
    is_prefixed_compound,
    is_web_domain,
    particle_name_end,
)

_log = logging.getLogger(__name__)

CONTENT_OPENERS = frozenset("dass daß ob wie wer warum wann wo weshalb wieso inwiefern wonach".split())
NOT_CONTENT_OPENERS = frozenset(
    """als nachdem bevor weil da obwohl wenn während um und aber sondern denn damit sodass
    indem ohne bis seit falls sobald solange zumal""".split()
)
_LEADING_PARTICLES = frozenset("Und Aber Doch Denn Sondern und aber Selbst Auch Sogar Nur Gerade Vor allem Besonders Insbesondere Ausgerechnet".split())
_WIE_ADVERBS = frozenset("schon bereits auch zuvor kürzlich jüngst gestern heute nun jetzt erst ebenfalls inzwischen".split())
_CLOSING_MARKS = "“”\"«»"
_OPENING_MARKS = "„\"»«"
_PREPOSITIONS = frozenset("am im in an auf bei nach vor mit vom zum zur aus über unter gegenüber".split()) | GENITIVE_PREPOSITIONS
_VERB_COORDINATORS = frozenset(("und", "sowie"))  # "X befand … und nannte …": one subject, two verbs


@dataclass(frozen=True)
class Frame:
    """A reported-speech frame found in a sentence.

    ``content`` are the spans of what is said (without the frame); ``mention`` is the token
    range of the speaker mention (``None`` if none is given); ``continues_next`` marks a
    colon frame whose content is the following paragraph.
    """

    shape: str
    cue: Span
    mention: tuple[int, int] | None
    content: tuple[Span, ...]
    lemma: str
    continues_next: bool = False
    quoted: tuple[int, int] | None = None  # "Die Zeitung zitiert X mit den Worten": X, the person
    owner: tuple[int, int] | None = None  # "X war nach eigenem Bekunden …": X, whose own account it is
    aside: Span | None = None  # "„…“, schrieb X, die … kaum erwarten könne": X's view in a relative clause


def _previous_char(masked: str, position: int) -> str:
    position -= 1
    while position >= 0 and masked[position] in " \t":
        position -= 1
    return masked[position] if position >= 0 else ""


def clause_start(tokens: Sequence[Token], index: int) -> int:
    """Index of the first token of the clause around ``index``: just after the last ``,``/``:``/``;``
    before it (or 0)."""
    start = index
    while start > 0 and tokens[start - 1].text not in (",", ";", ":"):
        start -= 1
    return start


def _clause_end(tokens: tuple[Token, ...], index: int) -> int:
    """Index of the first ``,``/``:``/``;`` token after ``index`` (or ``len(tokens)``)."""
    position = index + 1
    while position < len(tokens) and tokens[position].text not in (",", ":", ";"):
        position += 1
    return position


def _verb_clause_end(tokens: tuple[Token, ...], index: int) -> int:
    """Like ``_clause_end``, but over an apposition that sits before the verb's particle:
    "gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass ..." ends at the comma
    after "bekannt"."""
    end = _clause_end(tokens, index)
    hop = end
    after_name = False
    for _ in range(3):
        if hop >= len(tokens) or tokens[hop].text != ",":
            break
        following = _clause_end(tokens, hop)
        segment = [token.text for token in tokens[hop + 1 : following]]
        if after_name and segment and segment[0] in ("dass", "ob"):
            return hop  # "sagte der Koordinator, Deftalgne Tessema, gegenüber der BBC, dass …"
        if following - end > 10:
            break
        after_name = after_name or bool(segment) and all(word[:1].isupper() for word in segment)
        joined_verb = any(word in _VERB_COORDINATORS and next_word[:1].islower() for word, next_word in zip(segment, segment[1:]))
        if joined_verb or has_konjunktiv(segment):
            break  # "sagte, Europa brauche X und fügte hinzu:": content and a second verb, no apposition
        if following - 1 > hop and tokens[following - 1].text in SEPARABLE_PREFIXES:
            return following
        hop = following
    return end


def _particles(tokens: tuple[Token, ...], index: int) -> tuple[str, ...]:
    end = _verb_clause_end(tokens, index)
    last = end - 1
    while last > index and tokens[last].text in ".!?":
        last -= 1
    if last > index and tokens[last].text in SEPARABLE_PREFIXES:
        return (tokens[last].text,)
    if last > index and tokens[last].text in ("daraufhin", "darauf", "dahin"):
        return ("hin",) if tokens[last].text.endswith("hin") else ()  # "wies daraufhin, dass ..." (for "darauf hin")
    if last > index and tokens[last].text == "aus" or (last > index and tokens[last].text == "davon"):
        return (tokens[last].text,)
    return ()


def _judging_lemma(tokens: tuple[Token, ...], index: int) -> str | None:
    """The lemma of a judging verb at ``index`` whose clause calls something "als …"
    ("verurteilte ihn als „hinterhältigen Anschlag“", "tat die Kritik als „…“ ab")."""
    candidates = lemma_candidates(tokens[index].text)
    if not any(candidate in JUDGING_BASES for candidate in candidates):
        return None
    start = clause_start(tokens, index)
    if "als" not in (token.text for token in tokens[start : _clause_end(tokens, index)]):
        return None
    for particle in (*_particles(tokens, index), ""):
        for candidate in candidates:
            if particle + candidate in JUDGING_VERBS:
                return particle + candidate
    return None


def _comes_to_conclusion(tokens: tuple[Token, ...], index: int) -> bool:
    """The clause of "kommen" at ``index`` says "zu dem Schluss", "zum Ergebnis", "zur Überzeugung"
    and a "dass" clause follows it (the conclusion is what comes after, never before)."""
    start = clause_start(tokens, index)
    end = _clause_end(tokens, index)
    following = [token.text.lower() for token in tokens[end + 1 : end + 3]]
    if "dass" not in following and not (following and following[0][:1] in _OPENING_MARKS):
        return False  # the conclusion follows as a "dass" clause or a quotation
    words = [token.text.lower() for token in tokens[start:end]]
    return any(
        word in ("zu", "zum", "zur") and CONCLUSION_NOUNS.intersection(words[position + 1 : position + 4])
        for position, word in enumerate(words)
    )


def _speech_lemma_at(tokens: tuple[Token, ...], index: int) -> str | None:
    """The speech verb lemma of the token at ``index``, with a separable prefix found later in
    its clause; the clause is scanned only for verbs that have a separable speech form."""
    word = tokens[index].text
    if not word[:1].islower():
        return None
    base = lemma(word)
    if base == "halten" and "für" in (token.text for token in tokens[index + 1 : _clause_end(tokens, index)]):
        return "halten"  # "hält es für unwahrscheinlich, dass ...", "hält ihn für „gefährlich“"
    if base == "kommen" and _comes_to_conclusion(tokens, index):
        return "kommen"  # "kam zu dem Schluss, dass ...", "ist zum Ergebnis gekommen, dass ..."
    following = [token.text.lower() for token in tokens[index + 1 : index + 3]]
    if base == "befinden" and "sich" in following:
        return None  # "befindet sich am Schloss": where something is, not a judgement
    if base == "meinen" and following[:1] == ["es"] and following[1:] in (["gut"], ["ernst"]):
        return None  # "Das Wetter meinte es gut mit den Teilnehmern"
    if base == "finden" and (word.startswith("ge") or "statt" in (token.text for token in tokens[index + 1 : _clause_end(tokens, index) + 1])):
        return None  # "wurde gefunden", "findet ... statt": found and took place, not an opinion
    judged = _judging_lemma(tokens, index)
    if judged is not None:
        return judged
    separable = any(candidate in separable_bases() for candidate in lemma_candidates(word))
    particles = _particles(tokens, index) if separable else ()
    if separable and index > 0 and tokens[index - 1].text in SEPARABLE_PREFIXES and word.startswith("ge"):
        particles = (tokens[index - 1].text, *particles)  # "hat seinen Rücktritt bekannt gegeben"
    return speech_lemma(word, particles)


def _subject_after(tokens: tuple[Token, ...], index: int, stop: int) -> tuple[int, int] | None:
    """Find the subject noun phrase in the few tokens after a verb at ``index``."""
    position = index + 1
    skipped = 0
    while position < stop and skipped < 5:
        word = tokens[position].text
        lowered = word.lower()
        if lowered in DEMONSTRATIVE_PRONOUNS and (position + 1 >= stop or not tokens[position + 1].text[:1].isupper()):
            return position, position + 1  # "so letztere", "sagte dieser"
        if word in _OPENING_MARKS and position + 1 < stop and tokens[position + 1].text in _CLOSING_MARKS:
            if tokens[index].text == "so":
                return None  # "Kämen sie dem nicht nach, so „schütze sie Gott“": what was said
            return position, position + 2  # "schrieb „Die Zeit“": a name in marks
        if lowered in PRONOUNS or lowered in DETERMINERS or is_web_domain(word) or (word[:1].isupper() and word not in NOT_NAME_WORDS and word[:1].isalpha()):
            if lowered in ("dem", "den", "des"):
                return None
            return chunk_mention("", list(tokens), position)
        if lowered in _PREPOSITIONS:
            position += 1
            while position < stop and not tokens[position].text[:1].isupper():
                position += 1
            position += 1
            skipped += 2
            continue
        if word[:1].islower() and word not in AUXILIARIES:
            position += 1
            skipped += 1
            continue
        return None
    return None


_CLAUSE_CONJUNCTIONS = frozenset("während nachdem obwohl weil".split())


def _clause_final(tokens: tuple[Token, ...], verb: int) -> bool:
    """The verb (with an auxiliary after it) ends its clause: "..., erklärt hatte,"."""
    following = verb + 1
    if following < len(tokens) and tokens[following].text in AUXILIARIES:
        following += 1
    return following < len(tokens) and tokens[following].text == ","


# Articles and pronouns that cannot open a subject: dative or accusative only.
OBJECT_CASE_WORDS = frozenset("den dem einem einen ihm ihn ihnen mir mich uns euch".split())


def _subject_before(tokens: tuple[Token, ...], clause_start: int, verb: int) -> tuple[int, int] | None | str:
    """Subject from the prefield; returns ``"after"`` when the subject follows the verb."""
    start = clause_start
    while start < verb and tokens[start].text in _LEADING_PARTICLES:
        start += 1
    if start >= verb:
        return "after"
    word = tokens[start].text
    lowered = word.lower()
    if lowered == "wie":
        position = start + 1
        while position < verb - 1 and tokens[position].text in _WIE_ADVERBS:
            position += 1  # "Wie schon die WHO sagte"
        return chunk_mention("", list(tokens), position)
    if lowered in _CLAUSE_CONJUNCTIONS and start + 1 < verb and _clause_final(tokens, verb):
        # "Während Shakira erklärte, ...": the subject of the subordinate clause, not a preposition
        chunk = chunk_mention("", list(tokens), start + 1)
        if chunk is not None and chunk[1] <= verb:
            return chunk
    if lowered in _PREPOSITIONS or lowered in ("nach", "trotz", "wegen", "während", "angesichts"):
        return "after"
    if lowered in OBJECT_CASE_WORDS:
        return "after"  # "Den Flüchtlingen sicherte Präsident Gusmão zu, ...": never the subject
    if lowered in PRONOUNS or lowered in DETERMINERS or lowered in POSSESSIVES:
        chunk = chunk_mention("", list(tokens), start)
        if chunk is None and lowered in DETERMINERS and start + 2 == verb and tokens[start + 1].text.isalpha():
            return start, start + 2  # "Die taz vermutet, ...": a name written in lower case
        return chunk
    if lowered in QUANTIFIERS:
        noun_start = start + 1
        while noun_start < verb and tokens[noun_start].text[:1].islower() and tokens[noun_start].text.endswith(("e", "en")):
            noun_start += 1  # "einige kleinere Parteien"
        if noun_start < verb and tokens[noun_start].text[:1].isupper():
            noun = chunk_mention("", list(tokens), noun_start)  # "Einige Experten sagten, ..."
            return (start, noun[1]) if noun is not None else "after"
    if particle_name_end(list(tokens), start) is not None or is_web_domain(word):
        return chunk_mention("", list(tokens), start)  # "Von der Leyen betonte, ...", "t-online.de berichtet"
    if word[:1].isupper() and word[:1].isalpha() and not (start == 0 and is_capitalised_function_word(word)) and word not in NOT_NAME_WORDS:
        chunk = chunk_mention("", list(tokens), start)
        return chunk
    return "after"


def _apposition_subject(tokens: tuple[Token, ...]) -> tuple[int, int] | None:
    """``Frank Biermann, Vorsitzender der ..., sagte`` / ``Wie X, Y, erklärte``: the name."""
    start = 1 if tokens and tokens[0].text == "Wie" else 0
    while start < len(tokens) - 1 and tokens[start].text in _LEADING_PARTICLES:
        start += 1
    if start >= len(tokens) or not tokens[start].text[:1].isupper() or tokens[start].text in NOT_NAME_WORDS:
        if not (start < len(tokens) and tokens[start].text.lower() in DETERMINERS):
            return None
    chunk = chunk_mention("", list(tokens), start)
    if chunk is not None and chunk[1] + 1 < len(tokens) and tokens[chunk[1]].text in ("und", "sowie"):
        # "Der frühere Bürgermeister und Justizsenator, Henning Scherf, warnte ..."
        second = chunk_mention("", list(tokens), chunk[1] + 1)
        if second is not None and second[1] < len(tokens) and tokens[second[1]].text == ",":
            chunk = (chunk[0], second[1])
    if chunk is None or chunk[1] >= len(tokens) or tokens[chunk[1]].text != ",":
        return None
    return chunk


def apposition_before_verb(tokens: tuple[Token, ...], verb: int, clause_start: int = 0) -> tuple[int, int] | None:
    """``Die Politikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte``: the noun phrases
    between commas right before a verb are its subject; the span from the first to the last.

    Only phrases that can speak and are not in an object case count ("am Montag, dem 5. Mai,
    sagte er" has none).
    """
    if verb < 2 or tokens[verb - 1].text != ",":
        return None
    found = None
    last_end = None
    end = verb - 1
    while end > clause_start:
        start = end - 1
        while start > clause_start and tokens[start - 1].text != ",":
            start -= 1
        chunk = chunk_mention("", list(tokens), start)
        if chunk is None or tokens[start].text.lower() in OBJECT_CASE_WORDS | {"des"}:
            break
        rest = [token.text for token in tokens[chunk[1] : end]]
        if rest and not (rest[0] == "(" and rest[-1] == ")" and len(rest) <= 5):
            break
        if not is_person_like(list(tokens), chunk):
            break
        last_end = last_end or chunk[1]
        found = (chunk[0], last_end)
        if start == clause_start or tokens[start - 1].text != ",":
            break
        end = start - 1
    return found


def _with_name_apposition(tokens: tuple[Token, ...], subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """``Der Nachfolger des Airbus-Chefs Christian Streiff, Louis Gallois, hat …``: a name in
    commas right after the subject phrase belongs to it (and names the speaker, not Streiff)."""
    if subject is None or subject[1] + 2 >= len(tokens) or tokens[subject[1]].text != ",":
        return subject
    name = chunk_mention("", list(tokens), subject[1] + 1)
    if name is None or name[1] >= len(tokens) or tokens[name[1]].text != ",":
        return subject
    if not all(token.text[:1].isupper() for token in tokens[name[0] : name[1]]) or tokens[name[0]].text.lower() in DETERMINERS:
        return subject
    return subject[0], name[1]


def _prefer_person(tokens: tuple[Token, ...], subject, finite: int, stop: int):
    """Replace a prefield phrase that cannot speak ("Den Unmut der CDU brachte X zum Ausdruck")
    by the person-like phrase after the finite verb, when there is one."""
    if subject is None or subject == "after" or is_person_like(list(tokens), subject):
        return subject
    after = _subject_after(tokens, finite, stop)
    if after is not None and is_person_like(list(tokens), after):
        return after
    later = first_speaker_phrase(list(tokens), subject[1], stop)
    return later if later is not None else subject


NOMINATIVE_PRONOUNS = frozenset(("er", "ich", "wir"))


def _nominative_pronoun_after(tokens: tuple[Token, ...], finite: int, subject) -> bool:
    """A subject pronoun right after the finite verb, with a noun phrase in the prefield."""
    if subject is None:
        return finite + 1 < len(tokens) and tokens[finite + 1].text in NOMINATIVE_PRONOUNS  # "Ihr gegenüber hat er ..."
    if not isinstance(subject, tuple) or finite + 1 >= len(tokens) or subject[1] > finite:
        return False
    if tokens[subject[0]].text.lower() in NOMINATIVE_PRONOUNS | {"sie"}:
        return False  # "Sie hat er ...": rare; the prefield pronoun stays
    return tokens[finite + 1].text in NOMINATIVE_PRONOUNS


def _finite_position(tokens: tuple[Token, ...], clause_start: int, verb: int) -> int:
    for position in range(clause_start, verb):
        if tokens[position].text in AUXILIARIES:
            return position
    return verb


def _strip_span(masked: str, start: int, end: int) -> Span | None:
    while start < end and masked[start] in " \t\n,;:-–":
        start += 1
    while end > start and masked[end - 1] in " \t\n,;:.-–":
        end -= 1
    if end <= start:
        return None
    return Span(start, end)


INFINITIVE_SPEECH_VERBS = frozenset(
    """auffordern aufrufen ankündigen versprechen zusagen drohen androhen beschuldigen vorwerfen
    bitten empfehlen raten vorschlagen anregen appellieren fordern verlangen mahnen warnen
    ablehnen beschließen zusichern bekräftigen erklären betonen bestreiten dementieren
    sagen behaupten angeben berichten versichern zugeben einräumen beteuern eingestehen""".split()
)


def _ends_with_zu_infinitive(tokens: tuple[Token, ...], begin: int) -> bool:
    """The clause from ``begin`` to the next comma ends in a zu-infinitive ("zu beenden", "einzufangen")."""
    end = begin
    while end < len(tokens) and tokens[end].text not in (",", ";", ":", ".", "!", "?"):
        end += 1
    if end - begin < 2:
        return False
    last, before = tokens[end - 1].text, tokens[end - 2].text
    if before == "zu" and last[:1].islower() and last.endswith("n"):
        return True
    infix = last.find("zu", 2)
    return last[:1].islower() and last.endswith(("en", "ern", "eln")) and 2 <= infix <= len(last) - 5


_RELATIVE_PRONOUNS = frozenset("der die das dem den deren dessen denen wo was welche welcher welches".split())


def _opens_relative_clause(tokens: tuple[Token, ...], begin: int) -> bool:
    """A clause starting with a relative pronoun: "der/die/das" not followed by its noun."""
    if tokens[begin].text.lower() not in _RELATIVE_PRONOUNS:
        return False
    following = tokens[begin + 1].text if begin + 1 < len(tokens) else ""
    if tokens[begin].text.lower() in ("wo", "was", "welche", "welcher", "welches", "denen", "deren", "dessen"):
        return True
    if following[:1].isupper():
        return False  # "die Regierung ...": an article and its noun
    attributive = following[:1].islower() and following.endswith(("e", "en", "er", "es", "em")) and begin + 2 < len(tokens) and tokens[begin + 2].text[:1].isupper()
    return not attributive


def _content_is_reported(tokens: tuple[Token, ...], begin: int, verb_lemma: str) -> bool:
    """Does the clause starting at token ``begin`` look like reported content?"""
    if begin >= len(tokens):
        return False
    first = tokens[begin].text
    lowered = first.lower()
    if lowered in CONTENT_OPENERS:
        return True
    if first == "zu" and verb_lemma in INFINITIVE_SPEECH_VERBS and begin + 1 < len(tokens) and tokens[begin + 1].text[:1].islower():
        return True  # "schlug vor, zu prüfen, ob ...": a bare zu-infinitive
    if first in ("zu", "um"):
        return False
    if lowered not in NOT_CONTENT_OPENERS or lowered in ("damit", "da", "so"):
        if has_konjunktiv([token.text for token in tokens[begin : begin + 12]], include_second=lowered not in NOT_CONTENT_OPENERS):
            return True
    if lowered in NOT_CONTENT_OPENERS:
        return False
    if first[:1] in _OPENING_MARKS:
        return True
    if _opens_relative_clause(tokens, begin):
        return False  # "..., der heute vorgelegt wurde": describes a noun, reports nothing
    if verb_lemma in INFINITIVE_SPEECH_VERBS and _ends_with_zu_infinitive(tokens, begin):
        return True  # "forderte die Bürger auf, sich zu melden", "wird beschuldigt, ... gewesen zu sein"
    return verb_lemma in CORE_SPEECH_VERBS and (lowered in PRONOUNS or lowered in DETERMINERS or first[:1].isupper() or lowered in ("es", "man", "sie", "wir"))


def find_frames(sentence: Sentence, masked: str) -> list[Frame]:
    """Return the reported-speech frames of one sentence (usually zero or one).

    Args:
        sentence: a sentence of the masked article.
        masked: the masked article text.
    """
    tokens = sentence.tokens
    frames: list[Frame] = []
    for index, token in enumerate(tokens):
        word = token.text
        if word == "so" and index > 0 and (tokens[index - 1].text == "," or tokens[index - 1].text in _CLOSING_MARKS):
            frame = _inverted_so(sentence, masked, index)
            if frame is not None:
                frames.append(frame)
                break
            continue
        found = _speech_lemma_at(tokens, index)
        if found is None and lemma(word) == "heißen" and _next_to_es(tokens, index):
            found = "heißen"  # "heißt es in der Erklärung", "Bei der Agentur hieß es, dass ..."
        if found is None:
            continue
        frame = (
            _inverted_frame(sentence, masked, index, found)
            or _leading_frame(sentence, masked, index, found)
            or _relative_frame(sentence, masked, index, found)
        )
        if frame is not None and found in SUBJECTLESS_SPEECH_VERBS:
            frame = _source_of_heissen(tokens, frame)
        if frame is not None and frame.shape == "leading":
            frame = _inverted_after_quote(sentence, masked, index, frame) or frame
        if frame is not None:
            frames.append(frame)
            second = _second_frame(sentence, masked, index, frame)
            if second is not None:
                frames.append(second)  # "X erklärte, A sei B, und kündigte an, …"
            break
        if index >= 2 and tokens[index - 1].text in _VERB_COORDINATORS:
            frame = _leading_frame(sentence, masked, index, found, coordinated=True)
            if frame is not None:
                frames.append(frame)  # "X hatte sich gegen A ausgesprochen und behauptet, …"
                break
    according = _according_frame(sentence, masked)
    if according is not None and according.lemma == "relative":
        # a speech frame whose content is just the relative clause gives way to its source
        comma = masked.rfind(",", sentence.start, according.cue.start)  # ", nach denen" / ", denen zufolge"
        frames = [frame for frame in frames if not frame.content or frame.content[0].start < comma]
    if according is not None:
        frames.append(according)
    return frames


def _inverted_after_quote(sentence: Sentence, masked: str, index: int, leading: Frame) -> Frame | None:
    """``X bat um Rücknahme: „…“, heißt es in einer Erklärung.``: a quotation that opens the
    content of a leading frame and is followed by an inverted frame belongs to the inverted one;
    the leading frame's subject stays its owner (the person who said it)."""
    if len(leading.content) != 1 or masked[leading.content[0].start : leading.content[0].start + 1] not in _OPENING_MARKS:
        return None
    tokens = sentence.tokens
    for later in range(index + 1, len(tokens)):
        if tokens[later - 1].text != "," or later < 2 or tokens[later - 2].text not in _CLOSING_MARKS:
            continue
        for position in range(later, min(later + 2, len(tokens))):
            found = _speech_lemma_at(tokens, position)
            if found is None and lemma(tokens[position].text) == "heißen" and _next_to_es(tokens, position):
                found = "heißen"
            inverted = _inverted_frame(sentence, masked, position, found) if found is not None else None
            if inverted is not None:
                if found in SUBJECTLESS_SPEECH_VERBS:
                    inverted = _source_of_heissen(tokens, inverted)
                return replace(inverted, owner=leading.mention)
    return None


def _second_frame(sentence: Sentence, masked: str, first_index: int, first: Frame) -> Frame | None:
    """A speech verb after "und" behind the first frame's content opens a frame of its own."""
    tokens = sentence.tokens
    limit = max((span.end for span in first.content), default=first.cue.end)
    for index in range(first_index + 1, len(tokens)):
        if tokens[index].start < limit or tokens[index - 1].text not in _VERB_COORDINATORS:
            continue
        found = _speech_lemma_at(tokens, index)
        if found is None:
            continue
        frame = _leading_frame(sentence, masked, index, found, coordinated=True)
        if frame is not None:
            return frame
    return None


_SOURCE_PREPOSITIONS = frozenset("in im bei beim auf aus von vom seitens".split())


def _source_of_heissen(tokens: tuple[Token, ...], frame: Frame) -> Frame:
    """``In der Erklärung heißt es, ...`` / ``..., hieß es bei der Agentur``: the source is the
    phrase after "in"/"bei"/"auf", not the empty subject "es"."""
    return replace(frame, mention=heissen_source(tokens, frame.content))  # None: "Wie es hieß, ..."


def heissen_source(tokens: tuple[Token, ...], content: tuple[Span, ...] = ()) -> tuple[int, int] | None:
    """The source phrase of a "heißt es" clause: the first phrase after "in"/"bei"/"auf" outside
    ``content`` ("Auf der documenta-Homepage heißt es zur Begründung: …")."""
    for position, token in enumerate(tokens):
        if any(span.start <= token.start < span.end for span in content):
            continue  # a place inside what was said is no source
        if token.text.lower() in _SOURCE_PREPOSITIONS and position + 1 < len(tokens):
            chunk = _source_phrase(tokens, position + 1)
            if chunk is not None and chunk[1] > chunk[0]:
                return chunk
    return None


def says_heissen(tokens: tuple[Token, ...]) -> bool:
    """The clause has "heißt es" / "hieß es" (its source is a place, not a subject)."""
    return any(lemma(token.text) == "heißen" and _next_to_es(tokens, position) for position, token in enumerate(tokens))


def _next_to_es(tokens: tuple[Token, ...], index: int) -> bool:
    neighbours = [tokens[position].text.lower() for position in (index - 1, index + 1) if 0 <= position < len(tokens)]
    return "es" in neighbours


OBJECT_PRONOUNS = frozenset("ihn sie es ihm ihr ihnen sich dies das".split())


def _finite_verb_form(word: str) -> bool:
    """A lower-case inflected verb ("charakterisierte", "schrieb"), judged by the lemma table."""
    if not word[:1].islower() or not word.isalpha():
        return False
    base = lemma(word)
    return base != word and base.endswith(("en", "ern", "eln"))


def _inverted_so(sentence: Sentence, masked: str, index: int) -> Frame | None:
    tokens = sentence.tokens
    subject = _subject_after(tokens, index, len(tokens))
    if subject is None or subject[0] - index > 4:
        return None
    between = [token.text for token in tokens[index + 1 : subject[0]]]
    if between and not (_finite_verb_form(between[0]) and all(word in OBJECT_PRONOUNS for word in between[1:])):
        return None  # "so charakterisierte ihn der Funktionär": a verb and an object pronoun only, not "so dass"
    after = subject[1]
    if after < len(tokens) and tokens[after].text not in (".", ",", "!", "?", ";") and tokens[after].text[:1].isupper():
        return None
    content = _strip_span(masked, sentence.start, tokens[index - 1].start if tokens[index - 1].text == "," else tokens[index].start)
    if content is None:
        return None
    spans = [content]
    # "Der Präsident sei schuld, so Gamkrelids, dass ...": the statement goes on after the frame
    close = after
    while close < len(tokens) and close < after + 2 and tokens[close].text != ",":
        close += 1
    if close < len(tokens) and tokens[close].text == "," and close + 1 < len(tokens):
        rest = _strip_span(masked, tokens[close].end, sentence.end)
        if rest is not None and rest.end - rest.start >= 8:
            spans.append(rest)
    return Frame("inverted", Span(tokens[index].start, tokens[index].end), subject, tuple(spans), "so")


# How far a participle may stand from its auxiliary in ", hatte Obama bei ... in Moskau gesagt".
INVERTED_REACH = 20


def _inverted_frame(sentence: Sentence, masked: str, index: int, found: str) -> Frame | None:
    tokens = sentence.tokens
    # Shapes: ", sagte X" | "“ sagte X" | ", hatte X gesagt" | ", wie X sagte"
    before = _previous_char(masked, tokens[index].start)
    if before == "," and _closes_apposition(tokens, index):
        return None  # "Albrecht Conze, der Direktor der Mission, bezeichnete ...": a leading frame
    if before and before in _CLOSING_MARKS and before != "," and not _quote_opens_clause(tokens, index):
        return None  # "... Enzyklika „Deus caritas est“ meldete der Sender": a title, not the content
    if before == "," or (before in _CLOSING_MARKS and before):
        subject = _subject_after(tokens, index, _clause_end(tokens, index))
        if subject is not None and before == "," and _plural_verb_before_singular_noun(tokens, index, subject):
            return None  # "Die Rothemden begrüßten …, fordern aber die Nennung …": an object, no speaker
        if subject is None and found == "heißen":
            subject = (index, index + 1)  # "„…“, heißt es in der Erklärung": the source is found later
        cut = tokens[index].start
        if before == ",":
            cut = masked.rfind(",", sentence.start, tokens[index].start)
        return _make_inverted(sentence, masked, index, found, subject, cut)
    for back in range(index - 1, max(-1, index - INVERTED_REACH), -1):
        text = tokens[back].text
        if text in (",", ":", ";"):
            break
        if back > 0 and tokens[back - 1].text == "," and (text in AUXILIARIES or text.lower() in ("wie", "das", "dies")):
            if text.lower() == "wie":
                subject = chunk_mention("", list(tokens), back + 1)
            elif text.lower() in ("das", "dies"):
                if back + 1 != index:
                    continue  # ", das die Regierung beschlossen hatte": a relative clause
                subject = _subject_after(tokens, index, _clause_end(tokens, index))  # ", das teilte X mit"
            else:
                subject = _subject_after(tokens, back, index)
            return _make_inverted(sentence, masked, index, found, subject, tokens[back - 1].start)
    return None


# Endings of singular nouns of actions and states ("die Nennung", "die Freiheit"); some name
# bodies that speak ("die Regierung", "die Delegation"), so only agreement can rule them out.
_SINGULAR_ACTION_NOUN_ENDINGS = ("ung", "heit", "keit", "tion")


def _plural_verb_before_singular_noun(tokens: tuple[Token, ...], verb: int, noun: tuple[int, int]) -> bool:
    """True when the verb at ``verb`` is plural ("fordern", "forderten") but the noun phrase
    after it has a singular action noun as its head ("die Nennung"): the verb does not agree
    with it, so the phrase is its object, not its subject."""
    head = chunk_head(list(tokens), noun).lower()
    return tokens[verb].text.endswith("n") and head.endswith(_SINGULAR_ACTION_NOUN_ENDINGS)


def _make_inverted(sentence: Sentence, masked: str, index: int, found: str, subject, cut: int) -> Frame | None:
    if subject is None:
        return None
    colon = masked.rfind(":", sentence.start, cut)
    begin = colon + 1 if colon >= 0 else sentence.start
    content = _strip_span(masked, begin, cut)
    if content is None or content.end - content.start < 3:
        return None
    if not _reads_like_statement(sentence.tokens, content):
        return None
    spans = [content]
    tokens = sentence.tokens
    clause_end = _clause_end(tokens, index)
    aside = None
    if clause_end + 1 < len(tokens) and tokens[clause_end].text == ",":
        following = tokens[clause_end + 1].text
        if is_konjunktiv(following, include_second=True) or following in AUXILIARIES:
            rest = _strip_span(masked, tokens[clause_end].end, sentence.end)
            if rest is not None:
                spans.append(rest)
        elif following in _RELATIVE_SPEAKERS and subject[0] > index:
            aside = _konjunktiv_relative_clause(masked, tokens, clause_end + 1)
    if sum(span.end - span.start for span in spans) < 8:
        return None
    token = tokens[index]
    quoted = None
    if found == "zitieren":  # "„…“, zitiert ndr.de Polizeisprecher Ralf Meyer": the second phrase
        quoted = _quoted_object(tokens, index, clause_end, subject_follows=subject[0] > index)
    return Frame("inverted", Span(token.start, token.end), subject, tuple(spans), found, quoted=quoted, aside=aside)


def _konjunktiv_relative_clause(masked: str, tokens: tuple[Token, ...], start: int) -> Span | None:
    """The relative clause opened at ``start``, when it is in Konjunktiv ("…, die den Auftritt
    kaum erwarten könne, um „…“"): what the speaker is reported to think. It runs to the sentence
    end, or to where the frame's own clause goes on ("…, und fügte hinzu, …")."""
    end = len(tokens)
    for cut in (_coordinated_main_verb(tokens, start), _narrator_tail(tokens, start)):
        if cut is not None:
            end = min(end, cut)
    if not has_konjunktiv([token.text for token in tokens[start:end]], include_second=True):
        return None
    return _strip_span(masked, tokens[start].start, tokens[end - 1].end)




def _is_passive(tokens: tuple[Token, ...], clause_start: int, verb: int) -> bool:
    """The speech verb at ``verb`` is a participle with a passive auxiliary before it."""
    word = tokens[verb].text
    # "gesagt", "angegeben", "kritisiert", "beschuldigt"; not the infinitive of "wird sagen"
    participle = word.startswith("ge") or "ge" in word[2:6] or word.endswith("t")
    return participle and any(token.text in PASSIVE_AUXILIARIES for token in tokens[clause_start:verb])


def _passive_agent(tokens: tuple[Token, ...], start: int, stop: int) -> tuple[int, int] | None:
    """The "von X" agent of a passive clause, if it names one."""
    for position in range(start, min(stop, len(tokens)) - 1):
        if tokens[position].text.lower() in ("von", "vom", "seitens"):
            return chunk_mention("", list(tokens), position + 1)
    return None


def _quoted_subject(tokens: tuple[Token, ...], clause_start: int, verb: int) -> tuple[int, int] | None:
    """The person-like subject of a passive "wird ... zitiert", skipping "von X" agents."""
    position = clause_start
    while position < verb:
        word = tokens[position].text
        if word.lower() in ("von", "vom", "in", "im", "auf", "bei", "mit", "nach", "laut", "gegenüber"):
            chunk = chunk_mention("", list(tokens), position + 1)
            position = chunk[1] if chunk else position + 1
            continue
        if word.lower() in PRONOUNS or word.lower() in DETERMINERS or word[:1].isupper():
            chunk = chunk_mention("", list(tokens), position)
            if chunk is not None and is_person_like(list(tokens), chunk):
                return chunk
            position = chunk[1] if chunk else position + 1
            continue
        position += 1
    return None


def _quoted_object(tokens: tuple[Token, ...], verb: int, stop: int, *, subject_follows: bool) -> tuple[int, int] | None:
    """The person quoted by an active "X zitiert Y mit den Worten": the phrase after the subject."""
    phrases = []
    position = verb + 1
    while position < stop and len(phrases) < 2:
        word = tokens[position].text
        if word.lower() in ("mit", "in", "im", "aus", "nach", "laut"):
            break
        if word.lower() in PRONOUNS or word.lower() in DETERMINERS or is_web_domain(word) or (word[:1].isupper() and word[:1].isalpha()):
            chunk = chunk_mention("", list(tokens), position)
            if chunk is None:
                position += 1
                continue
            phrases.append(chunk)
            position = chunk[1]
            continue
        position += 1
    if subject_follows:
        return phrases[1] if len(phrases) > 1 else None
    return phrases[0] if phrases else None


_SOURCE_PLACES = frozenset("in im bei beim auf".split())
_DOCUMENT_ENDINGS = ("erklärung", "stellungnahme", "schreiben", "brief", "pressemitteilung", "protokoll", "papier", "beschluss")


def _passive_source(tokens: tuple[Token, ...], start: int, stop: int) -> tuple[int, int] | None:
    """``In einer Presseerklärung ... wurde verkündet``: the document a passive frame names."""
    for position in range(start, min(stop, len(tokens)) - 1):
        if tokens[position].text.lower() in _SOURCE_PLACES:
            phrase = _source_phrase(tokens, position + 1)
            if phrase is None:
                continue
            head = next((token.text.lower() for token in tokens[phrase[0] : phrase[1]] if token.text[:1].isupper()), "")
            if head.endswith(SOURCE_NOUN_ENDINGS + _DOCUMENT_ENDINGS):
                return (position, phrase[1])
    return None


_RELATIVE_SPEAKERS = frozenset("der die welcher welche".split())


def _relative_frame(sentence: Sentence, masked: str, index: int, found: str) -> Frame | None:
    """``Aussage eines Jungen, der angab, von dem Mann missbraucht worden zu sein, ...``: a
    speech verb closing a relative clause; the relative pronoun is the speaker mention and the
    content runs to the comma where the main clause resumes."""
    tokens = sentence.tokens
    comma = next((position for position in range(index - 1, -1, -1) if tokens[position].text in (",", ":", ";")), None)
    if comma is None or tokens[comma].text != "," or index - comma > 8 or tokens[comma + 1].text not in _RELATIVE_SPEAKERS:
        return None
    if not _opens_relative_clause(tokens, comma + 1) or index + 1 >= len(tokens) or tokens[index + 1].text != ",":
        return None  # the speech verb must end the relative clause: "..., der angab, ..."
    if not (_content_is_reported(tokens, index + 2, found) or _ends_with_zu_infinitive(tokens, index + 2)):
        return None
    content_end = sentence.end
    for position in range(index + 3, len(tokens) - 1):
        if tokens[position].text == "," and tokens[position + 1].text in AUXILIARIES | {"ist", "war", "sind", "waren"}:
            content_end = tokens[position].start  # "..., wurde verhaftet": the writer's main clause
            break
    content = _strip_span(masked, tokens[index + 1].end, content_end)
    if content is None:
        return None
    return Frame("leading", Span(tokens[index].start, tokens[index].end), (comma + 1, comma + 2), (content,), found)


def _source_after_aus(tokens: tuple[Token, ...], start: int, stop: int) -> tuple[int, int] | None:
    """The source of "aus X verlautete": the phrase after "aus" before the verb."""
    for position in range(start, stop - 1):
        if tokens[position].text.lower() == "aus":
            chunk = chunk_mention("", list(tokens), position + 1)
            if chunk is not None and chunk[1] <= stop:
                return chunk
            return None
    return None


def coordinated_clause_start(tokens: tuple[Token, ...], clause_start: int, stop: int) -> int:
    """``Die Menge skandierte „…“ und der Redner rief aus:``: where the last of two coordinated
    speaking clauses starts (after the "und"); ``clause_start`` when there is no such pair.
    An "und" right before the verb shares the first subject ("X skandierte … und rief:")."""
    verbs = [
        position
        for position in range(clause_start, stop)
        if tokens[position].text[:1].islower() and speech_lemma(tokens[position].text)
    ]
    if len(verbs) < 2:
        return clause_start
    joints = [position for position in range(verbs[-2] + 1, verbs[-1]) if tokens[position].text in ("und", "aber", "doch")]
    if not joints or joints[-1] == verbs[-1] - 1:
        return clause_start
    return joints[-1] + 1


def _leading_frame(sentence: Sentence, masked: str, index: int, found: str, *, coordinated: bool = False) -> Frame | None:
    """``X sagte, …`` / ``X hat angekündigt, …``: a speech verb whose content follows it.

    ``coordinated``: the verb follows "und" after an earlier clause ("X erklärte, A sei B, und
    kündigte an, …"); it shares that clause's subject, and earlier commas do not matter.
    """
    tokens = sentence.tokens
    if coordinated and (index < 2 or tokens[index - 1].text not in _VERB_COORDINATORS):
        return None
    clause_start = coordinated_clause_start(tokens, 0, index + 1)
    opens_with_preposition = bool(tokens) and tokens[0].text.lower() in _PREPOSITIONS | {"nach", "trotz", "wegen", "während", "angesichts"}
    apposition = _apposition_subject(tokens)
    if apposition is None:
        own_clause = max((position + 1 for position in range(index) if tokens[position].text == ","), default=0)
        if own_clause > 0 and _finite_position(tokens, own_clause, index) == own_clause and not any(
            token.text in AUXILIARIES for token in tokens[:own_clause]
        ):
            apposition = apposition_before_verb(tokens, own_clause)  # "Der Nachfolger des …, Louis Gallois, hat angekündigt"
    if apposition is not None and apposition[1] + 1 < index and tokens[apposition[1] + 1].text in _RELATIVE_SPEAKERS:
        if _opens_relative_clause(tokens, apposition[1] + 1) and "," not in (token.text for token in tokens[apposition[1] + 1 : index]):
            return None  # "Der Pfarrer, der ... aufforderte, ...": a relative clause, see _relative_frame
    if not coordinated:
        for position in range(index - 1, -1, -1):
            if tokens[position].text in (":", ";") or (tokens[position].text == "," and not opens_with_preposition and apposition is None):
                return None
    end = _verb_clause_end(tokens, index)
    if coordinated and (end >= len(tokens) or tokens[end].text != ","):
        return None
    if end >= len(tokens):
        return None
    if coordinated_clause_start(tokens, index, end) != index:
        return None  # "X skandierte „…“ und Y rief aus:": the colon is Y's
    separator = tokens[end].text
    # the verb's own clause: "Im Brief, den X geschickt hat, erklärt er:" starts after the comma
    own_clause = max((position + 1 for position in range(index) if tokens[position].text == ","), default=clause_start)
    finite = _finite_position(tokens, own_clause, index)
    if finite == index and own_clause == index and own_clause > clause_start:
        # "hatte ein Talibanführer, Baitullah Mehsud, erklärt": the comma closes an apposition
        finite = _finite_position(tokens, clause_start, index)
    subject = _with_name_apposition(tokens, apposition) or _subject_before(tokens, clause_start, finite)
    if apposition is None and finite == index and index - 1 > clause_start and tokens[index - 1].text in _VERB_COORDINATORS:
        subject = shared_subject(tokens, clause_start, index - 1) or subject  # "lenkte er … und meldete sich:"
    if apposition is None and _nominative_pronoun_after(tokens, finite, subject):
        subject = (finite + 1, finite + 2)  # "Die Bürger forderte er auf, ...": the fronted phrase is the object
    elif finite == index and index + 1 < len(tokens) and tokens[index + 1].text == "er":
        subject = (index + 1, index + 2)  # "Die Anhänger, die …, warnte er, …": "er" is always nominative
    subject = _prefer_person(tokens, subject, finite, end)
    if subject == "after":
        subject = _subject_after(tokens, finite, end)
    if subject is None and finite != index:
        subject = _subject_after(tokens, index, end)  # "Als ... worden war sagte er:"
    if subject is None and tokens[clause_start].text == "Es" and finite == clause_start + 1 and found not in SUBJECTLESS_SPEECH_VERBS:
        subject = (clause_start, clause_start + 1)  # "Es weist den Vorwurf zurück, ...": the court or body named before
    if subject is None and found == "verlauten":
        # "Wie aus EU-Kreisen verlautete, ..."; "Außerdem ließ der Pressedienst verlauten, ..."
        subject = _source_after_aus(tokens, own_clause, index) or first_speaker_phrase(list(tokens), own_clause, index)
    if coordinated:
        subject = shared_subject(tokens, 0, index - 1)
    quoted = None
    if _is_passive(tokens, clause_start, index):
        agent = _passive_agent(tokens, clause_start, end)  # "Er wird beschuldigt, ...": he is not the speaker
        if found == "zitieren":
            # "X wird (von der Zeitung) mit den Worten zitiert:": X said it
            quoted = _quoted_subject(tokens, own_clause, index) or (
                _with_name_apposition(tokens, apposition) if apposition is not None and apposition[1] <= own_clause else None
            )
            agent = quoted or agent
        subject = agent or _passive_source(tokens, clause_start, end)
    elif found == "zitieren":
        # "Der Spiegel zitiert den Prediger mit den Worten"; "Dann zitiert die Zeitung den Minister"
        quoted = _quoted_object(tokens, index, end, subject_follows=subject is not None and subject[0] > index)
    if subject is None and separator == ":" and found not in SUBJECTLESS_SPEECH_VERBS:
        subject = first_speaker_phrase(list(tokens), own_clause, end)
    cue = Span(tokens[index].start, tokens[index].end)
    if separator == ":" and end + 1 >= len(tokens) and masked[tokens[end].end :].lstrip()[:1] in ("", "\n") :
        return Frame("colon", cue, subject, (), found, continues_next=True, quoted=quoted)
    if separator == ":" and end + 1 >= len(tokens):
        return Frame("colon", cue, subject, (), found, continues_next=True, quoted=quoted)
    as_said = tokens[0].text == "Wie" and separator == ","  # "Wie der Sprecher mitteilte, lag ..."
    if separator == "," and _own_colon_frame(tokens, end + 1):
        return None  # "X wies das zurück, die Sprecherin, Y, erklärte: „…“": Y's frame, not X's content
    if separator != ":" and not as_said and not _content_is_reported(tokens, end + 1, found):
        return None
    if separator == ";":
        return None
    content_end = sentence.end
    if tokens[0].text in ("Wie", "Hieß", "Heißt") or tokens[0].text.lower() in CONTENT_OPENERS:
        # "Wie X mitteilte, ..." is the sentence's own clause; but in "Hieß es zunächst, dass A,
        # wird nun B" the main clause after the content is the writer's, not the speaker's
        for position in range(end + 2, len(tokens) - 1):
            if tokens[position].text == "," and tokens[position + 1].text in AUXILIARIES and tokens[0].text != "Wie":
                content_end = tokens[position].start
                break
    for cut in (_coordinated_main_verb(tokens, end + 1), _narrator_tail(tokens, end + 1)):
        if cut is not None:
            content_end = min(content_end, tokens[cut].start)
    content_start = tokens[end].end
    colon = next((position for position in range(end + 1, len(tokens) - 1) if tokens[position].text == ":"), None)
    if (
        colon is not None
        and not as_said
        and tokens[colon + 1].text in _OPENING_MARKS
        and tokens[colon + 1].start < content_end
        and not any(_speech_lemma_at(tokens, position) for position in range(end + 1, colon))  # "…, entgegnete X: „…“" is X's
        and not has_konjunktiv([token.text for token in tokens[end + 1 : colon]])  # "sagte, er habe eine Antwort: „…“" is content too
    ):
        content_start = tokens[colon].end  # "heißt es zur Begründung, warum …: „…“": the quotation is what was said
    content = _strip_span(masked, content_start, content_end)
    if content is None:
        return None
    return Frame("leading", cue, subject, (content,), found, quoted=quoted)


def _own_colon_frame(tokens: tuple[Token, ...], begin: int) -> bool:
    """The text after ``begin`` reaches a colon right after ", <speech verb>": a frame of its own."""
    colon = next((position for position in range(begin, len(tokens)) if tokens[position].text == ":"), None)
    if colon is None or colon - 2 < begin or tokens[colon - 2].text != ",":
        return False
    verb = tokens[colon - 1].text
    return verb[:1].islower() and speech_lemma(verb) is not None


def _coordinated_main_verb(tokens: tuple[Token, ...], begin: int) -> int | None:
    """``sagte Köhler, sie müssten ... aufgeben und bemühte hier das Bild ...``: "und" with a
    finite past-tense verb goes on with the frame's own clause, so the content ends there."""
    for position in range(begin + 2, len(tokens) - 1):
        if tokens[position].text not in ("und", "sowie"):
            continue
        verb = tokens[position + 1].text
        if not _finite_verb_form(verb) or is_konjunktiv(verb):
            continue
        if verb.endswith(("te", "ten")) or speech_lemma(verb) is not None and not verb.endswith("en"):
            return position
    return None


NARRATOR_SUBORDINATORS = frozenset("nachdem wobei womit woraufhin weshalb weswegen".split())
NARRATOR_CONTRASTS = frozenset("jedoch aber doch".split())


def _narrator_tail(tokens: tuple[Token, ...], begin: int) -> int | None:
    """``..., die Einheit zurückzuholen, nachdem bekannt geworden war, ...`` or ``..., er habe
    nicht exakt gearbeitet, jedoch stets beteuert, ...``: an indicative clause after the content
    that the writer adds. Returns the position of the comma before it."""
    for position in range(begin + 2, len(tokens) - 1):
        if tokens[position].text != ",":
            continue
        following = position + 1
        word = tokens[following].text
        clause_end = _clause_end(tokens, following)
        clause = [token.text for token in tokens[following:clause_end]]
        if has_konjunktiv(clause, include_second=True):
            continue
        if word in NARRATOR_SUBORDINATORS:
            return position
        if word in NARRATOR_CONTRASTS or (following + 1 < len(tokens) and tokens[following + 1].text in NARRATOR_CONTRASTS and word[:1].islower()):
            return position  # ", jedoch stets beteuert", ", bestritt jedoch"
    return None


RELATIVE_SOURCES = frozenset(("denen", "welchen"))


def _antecedent_source(tokens: tuple[Token, ...], comma: int) -> tuple[int, int] | None:
    """The noun phrase that ends at the comma ``comma`` when it names a source ("Ein Bericht
    der Agentur", "Spekulationen", "dem Verdacht der Kritiker [an]"); ``None`` after a verb."""
    end = comma - 1 if comma > 0 and tokens[comma - 1].text in SEPARABLE_PREFIXES else comma
    start = end
    while start > 0:
        word = tokens[start - 1].text
        if word in (",", ";", ":") or word[:1].islower() and word.lower() not in DETERMINERS and not _attributive_adjective(word):
            break
        start -= 1
    if start == end or not (tokens[start].text[:1].isupper() or tokens[start].text in DETERMINERS):
        return None  # "hat Meldungen zurückgewiesen, wonach": a verb ends the clause
    endings = SOURCE_NOUN_ENDINGS + _DOCUMENT_ENDINGS + _SPECULATION_ENDINGS
    if not any(token.text[:1].isupper() and token.text.lower().endswith(endings) for token in tokens[start:end]):
        return None
    return start, end


def _attributive_adjective(word: str) -> bool:
    """An inflected adjective inside a noun phrase ("russischen"), not a verb ("bestätigte",
    "zurückgewiesen") or a pronoun ("es")."""
    if word in PRONOUNS or word in ("es", "man", "sich", "sie", "er") or not word.endswith(("e", "en", "er", "es", "em")):
        return False
    base = lemma(word)
    return base != word and not base.endswith(("en", "ern", "eln"))


# Nouns for what is said or suspected that a "wonach" clause spells out.
_SPECULATION_ENDINGS = (
    "spekulationen", "verdacht", "version", "sichtweise", "befunde", "gerücht", "gerüchte", "vorwurf", "vorwürfe",
    "behauptung",
)


def _relative_source(tokens: tuple[Token, ...], index: int) -> bool:
    """``, nach denen`` / ``, laut denen`` / ``, denen zufolge``: a relative pronoun as a source."""
    if index >= 2 and tokens[index - 1].text in ("nach", "laut", "gemäß") and tokens[index - 2].text == ",":
        return True
    return index >= 1 and tokens[index - 1].text == "," and index + 1 < len(tokens) and tokens[index + 1].text == "zufolge"


def _role_in(tokens: tuple[Token, ...], chunk: tuple[int, int]) -> bool:
    """The phrase holds a role noun ("Bildungssenator", "den Gesundheitsminister")."""
    return any(role_head(token.text) for token in tokens[chunk[0] : chunk[1]])


def _name_in(tokens: tuple[Token, ...], chunk: tuple[int, int]) -> bool:
    """The phrase ends in two capitalised words, a first name and a surname ("Hans Küng")."""
    words = [token.text for token in tokens[chunk[0] : chunk[1]]]
    return len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper() and first_name_gender(words[-2]) is not None


def _according_frame(sentence: Sentence, masked: str) -> Frame | None:
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        lowered = token.text.lower()
        phrase: tuple[int, int] | None = None
        speaker: tuple[int, int] | None = None
        owner: tuple[int, int] | None = None
        if index + 1 < len(tokens) and tokens[index + 1].text in RELATIVE_SOURCES:
            continue  # "laut denen": the relative pronoun itself is the source, below
        if lowered in ("laut", "gemäß") and index + 1 < len(tokens):
            speaker = _source_phrase(tokens, index + 1)
            if speaker is not None:
                phrase = (index, speaker[1])
        elif lowered == "zufolge" and index > 1 and tokens[index - 1].text in _CLOSING_MARKS and tokens[index - 2].text in _OPENING_MARKS:
            # "dem „Figaro“ zufolge": the source is the name in marks (with its article)
            start = index - 2
            if start > 0 and tokens[start - 1].text.lower() in DETERMINERS:
                start -= 1
            speaker = (start, index)
            phrase = (start, index + 1)
        elif lowered == "zufolge" and index > 0:
            start = index - 1
            while start > 0 and (tokens[start - 1].text[:1].isupper() or tokens[start - 1].text.lower() in DETERMINERS or tokens[start - 1].text[:1].islower() and tokens[start - 1].text.endswith(("en", "er", "es", "e"))) and tokens[start - 1].text not in (",",):
                start -= 1
                if tokens[start].text.lower() in ("dem", "der", "den", "einem", "einer") and start < index - 1:
                    break
            speaker = (start, index)
            phrase = (start, index + 1)
        elif lowered in ("nach", "aus") and index + 1 < len(tokens):
            source = _source_phrase(tokens, index + 1)
            if source is not None and _is_source_noun(tokens, source, lowered):
                speaker = source
                phrase = (index, source[1])
                if tokens[source[0]].text.lower() in ("eigenen", "eigenem", "eigener"):
                    # "Georg Ratzinger war nach eigenem Bekunden …": the mention is the account,
                    # the person is the subject who gives it
                    own = first_speaker_phrase(list(tokens), 0, index) or first_speaker_phrase(list(tokens), source[1], len(tokens))
                    owner = _with_name_apposition(tokens, own) if own is not None else None
        elif lowered == "wonach" and index >= 1 and tokens[index - 1].text == ",":
            # "Pressemeldungen, wonach UN-Inspektoren Zutritt verlangt hätten": the noun before
            # is the source when it is one, else the adverb itself; its clause is what it says
            if index + 1 >= len(tokens):
                continue
            finish = next(
                (
                    position
                    for position in range(index + 1, len(tokens))
                    if tokens[position].text in (";", ":")
                    or tokens[position].text == "," and position + 1 < len(tokens) and tokens[position + 1].text in AUXILIARIES
                ),
                len(tokens),
            )  # "…, wonach X festgenommen worden sei, wurde dementiert": the main clause resumes
            content = _strip_span(masked, tokens[index + 1].start, tokens[finish - 1].end)
            if content is None or content.end - content.start < 15:
                continue
            source = _antecedent_source(tokens, index - 1) or (index, index + 1)
            return Frame("according", Span(token.start, token.end), source, (content,), "relative")
        elif lowered in RELATIVE_SOURCES and _relative_source(tokens, index):
            # "Studien, nach denen ... sei", "Grundsätze, denen zufolge ...": the relative pronoun
            # is the source, and only its own clause is what the source says
            after = index + 2 if index + 1 < len(tokens) and tokens[index + 1].text == "zufolge" else index + 1
            if after >= len(tokens):
                continue
            finish = next((position for position in range(after, len(tokens)) if tokens[position].text == ";"), len(tokens))
            content = _strip_span(masked, tokens[after].start, tokens[finish - 1].end)
            if content is None or content.end - content.start < 15:
                continue
            return Frame("according", Span(token.start, token.end), (index, index + 1), (content,), "relative")
        elif lowered == "für" and index == 0 and len(tokens) > 4:
            # "Für den Theologen Hans Küng sei der Rücktritt „verständlich“": whose view it is
            holder = chunk_mention("", list(tokens), 1)
            if holder is None or holder[1] >= len(tokens) or not tokens[holder[1]].text[:1].islower():
                continue
            if tokens[1].text.lower() not in ("den", "die") and not tokens[1].text[:1].isupper():
                continue
            if not (_role_in(tokens, holder) or _name_in(tokens, holder)):  # a person; "für die Kinder" is not a view
                continue
            speaker = holder
            phrase = (0, holder[1])
        elif lowered in ("demnach", "danach") and index == 0 and len(tokens) > 3:
            # "Demnach ist ...": the adverb points back to the source named before; it is the
            # speaker mention, as the frame gives no other
            content = _strip_span(masked, token.end, sentence.end)
            if lowered == "danach" and not has_konjunktiv([item.text for item in tokens[1:]], include_second=True):
                continue  # "Danach brach Feuer aus": mostly "afterwards"; a report needs Konjunktiv
            if content is not None and content.end - content.start >= 15 and tokens[1].text[:1].islower():
                return Frame("according", Span(token.start, token.end), (0, 1), (content,), lowered)
        elif lowered in ("seiner", "ihrer", "seinen", "ihren", "eigenen") and index + 2 < len(tokens):
            if tokens[index + 1].text.lower() in NOUN_FRAMES and tokens[index + 2].text == "nach":
                speaker = (index, index + 2)
                phrase = (index, index + 3)
        if phrase is None or speaker is None:
            continue
        content = _cut_phrase(sentence, masked, tokens[phrase[0]].start, tokens[phrase[1] - 1].end)
        if not content:
            continue
        return Frame("according", Span(token.start, token.end), speaker, content, lowered, owner=owner)
    return None


SOURCE_NOUN_ENDINGS = (
    "angaben", "erkenntnissen", "erkenntnis", "studie", "berichten", "bericht", "aussagen",
    "aussage", "informationen", "einschätzung", "einschätzungen", "meinung", "ansicht",
    "auffassung", "darstellung", "darstellungen", "worten", "schätzungen", "schätzung", "umfrage",
    "analyse", "ergebnis", "ergebnissen", "endergebnis", "prognose", "prognosen", "vermutung",
    "vermutungen", "überzeugung", "recherchen", "erhebung", "untersuchung", "untersuchungen",
    "ermittlungen", "auswertung", "urteil", "dafürhalten", "mitteilung", "meldungen", "meldung",
    "informationen", "zeugenaussagen", "medienberichten", "polizeiangaben", "sicht", "kreisen",
    "quellen", "zählung", "statistik", "schilderungen", "schilderung", "verständnis", "lesart",
    "auskunft", "vorstellungen", "vorstellung", "berechnungen", "berechnung", "plan", "dokument",
    "idee", "nachricht", "medien", "wunsch", "ankündigung", "entwurf", "vernehmen",
    "stellungnahme", "gesetz", "gesetzes", "planungen", "planung", "erkenntnisstand", "erfahrungen",
    "quellenlage", "überlegungen", "hinweis", "hinweisen", "gerüchten", "theorie", "befund", "befunden",
    "protokoll", "pressemitteilung", "erklärung", "bekunden", "hochrechnung",
    "hochrechnungen", "vorhersage", "ermittlungsstand", "artikel", "grundgesetz", "grundgesetzes", "verfassung",
    "satzung", "paragraph", "paragraphen",
)


def _is_source_noun(tokens: tuple[Token, ...], phrase: tuple[int, int], preposition: str) -> bool:
    """``nach Angaben der Polizei``, ``nach einer Studie``, ``aus Sicht der Opposition``."""
    start = after_extended_attribute(tokens, phrase[0] + 1) - 1 if tokens[phrase[0]].text.lower() in DETERMINERS else phrase[0]
    for token in tokens[start : phrase[1]]:
        if token.text in ("der", "des", "von", "vom") and token is not tokens[start]:
            return False  # "nach dem Ende der Studie": only the head counts
        if _source_head(token.text):
            lowered = token.text.lower()
            if preposition == "aus":
                return lowered in ("sicht", "kreisen", "quellen") or lowered.endswith("kreisen")
            if lowered.endswith(SOURCE_NOUN_ENDINGS):
                return True
    return False


def _source_head(word: str) -> bool:
    """A noun of a source phrase: capitalised, or a lower-case prefix compound ("dpa-Meldung")."""
    return word[:1].isupper() and word[:1].isalpha() or is_prefixed_compound(word)


def _source_phrase(tokens: tuple[Token, ...], index: int) -> tuple[int, int] | None:
    """The noun phrase after "laut"/"nach": ``israelischen Medien``, ``„Welt“``, ``Angaben der UN``."""
    position = index
    if position < len(tokens) and tokens[position].text.lower() in DETERMINERS:
        position += 1
        position = after_extended_attribute(tokens, position)
    while (
        position < len(tokens)
        and tokens[position].text[:1].islower()
        and tokens[position].text.endswith(("e", "en", "er", "es", "em"))
        and not is_prefixed_compound(tokens[position].text)  # "der documenta-Homepage"
    ):
        position += 1
    if position < len(tokens) and tokens[position].text in _OPENING_MARKS and position + 1 < len(tokens):
        after = position + 2
        if after + 1 < len(tokens) and tokens[after].text == "-" and tokens[after].start == tokens[after - 1].end:
            after += 2  # "einer „Reuters“-Reporterin": the compound goes on after the marks
        return (index, after)
    if position >= len(tokens) or not _source_head(tokens[position].text):
        if position < len(tokens) and position == index and tokens[position].text[:1].islower() and "." in tokens[position].text:
            return (index, position + 1)
        return None
    position += 1
    while position < len(tokens) and _source_head(tokens[position].text):
        position += 1
    if position + 1 < len(tokens) and tokens[position].text in ("der", "des", "eines", "einer", "von", "vom"):
        follow = _source_phrase(tokens, position + 1 if tokens[position].text in ("von", "vom") else position)
        if follow is None and tokens[position].text == "von":
            follow = chunk_mention("", list(tokens), position + 1)
        if follow is not None:
            position = follow[1]
    return (index, position)


_FUNCTION_WORDS = DETERMINERS | frozenset(
    "und oder in im an am auf aus bei mit von vom zu zum zur für über unter nach vor um durch gegen".split()
)


_BIS_PREPOSITIONS = frozenset("zu zum zur auf nach in ins an ans vor hin".split())


def _reads_like_statement(tokens: tuple[Token, ...], content: Span) -> bool:
    """Fronted content of an inverted frame must be a statement, not a noun phrase
    ("Die Maschine der Fluggesellschaft") or an adverbial clause ("Wenn er verurteilt wird")."""
    inside = [token.text for token in tokens if content.start <= token.start and token.end <= content.end]
    if not inside:
        return True  # the content is a quotation in marks
    if inside[0][:1] in _OPENING_MARKS:
        return True
    if inside[0].lower() in NOT_CONTENT_OPENERS | {"warum", "wieso", "weshalb"}:
        following = inside[1] if len(inside) > 1 else ""
        as_preposition = inside[0].lower() in ("seit", "bis", "während", "ohne", "um") and (
            following.lower() in DETERMINERS or following[:1].isdigit() or following[:1].isupper()
        ) or inside[0].lower() == "bis" and following.lower() in _BIS_PREPOSITIONS  # "Bis zu der Beerdigung seien ..."
        if not as_preposition:
            return False
    first_clause = inside[: inside.index(",")] if "," in inside else inside
    return any(word[:1].islower() and word not in _FUNCTION_WORDS for word in first_clause) or has_konjunktiv(inside, include_second=True)


def _quote_opens_clause(tokens: tuple[Token, ...], verb: int) -> bool:
    """True when the quotation right before ``verb`` starts its clause ("„Wir gehen“ sagte er")."""
    position = verb - 2  # skip the closing mark itself
    while position >= 0 and tokens[position].text not in ("„", "»", "«", '"', ",", ":", ";"):
        position -= 1
    if position < 0 or tokens[position].text in (",", ";"):
        return False
    opener = position - 1
    return opener < 0 or tokens[opener].text in (",", ":", ";", ".", "!", "?")


def _clause_holds(tokens: tuple[Token, ...], index: int, offset: int) -> bool:
    """Does the comma-bounded stretch around the token at ``index`` contain ``offset``?"""
    start = clause_start(tokens, index)
    end = _clause_end(tokens, index)
    first = tokens[start].start
    last = tokens[end].start if end < len(tokens) else tokens[-1].end + 2
    return first <= offset <= last


def _closes_apposition(tokens: tuple[Token, ...], verb: int) -> bool:
    """True when the comma before ``verb`` closes an apposition to the sentence's first phrase."""
    apposition = _apposition_subject(tokens)
    if apposition is None:
        return False
    commas = [position for position in range(apposition[1], verb) if tokens[position].text == ","]
    if len(commas) != 2 or commas[0] != apposition[1] or commas[1] != verb - 1:
        return False
    inner = [token.text for token in tokens[commas[0] + 1 : commas[1]]]
    return not has_konjunktiv(inner, include_second=True) and not any(word in AUXILIARIES for word in inner)


_SUBORDINATORS = CONTENT_OPENERS | NOT_CONTENT_OPENERS | _RELATIVE_PRONOUNS | frozenset("welcher welche welches wobei wonach womit worauf sofern".split())


def _opens_subordinate_clause(masked: str, start: int, end: int) -> bool:
    """Does the clause from ``start`` (just after a comma) open with a subordinator or relative
    pronoun ("..., da nach Angaben ...", "..., die laut X ...")? Prepositions may come first
    ("..., in dem laut X ...")."""
    words = masked[start:end].split()
    for word in words[:3]:
        lowered = word.strip("„“\"»«()").lower()
        if lowered in _SUBORDINATORS:
            return True
        if lowered not in _PREPOSITIONS and lowered not in ("von", "mit", "für", "zu", "durch", "gegen", "über", "unter"):
            return False
    return False


def _skip_relative_clause(masked: str, end: int, limit: int) -> int:
    """``Nach der Einschätzung eines Experten, der vom Sender befragt wurde, würde ...``: a
    relative clause on the source belongs to the phrase, not to what the source says."""
    rest = masked[end:limit]
    stripped = rest.lstrip()
    if not stripped.startswith(","):
        return end
    words = stripped[1:].split()
    if not words or words[0].lower() not in _RELATIVE_PRONOUNS:
        return end
    comma = masked.find(",", end + (len(rest) - len(stripped)) + 1, limit)
    return comma if comma >= 0 else end


def _cut_phrase(sentence: Sentence, masked: str, start: int, end: int) -> tuple[Span, ...]:
    """What a "laut X"/"nach Angaben von X" phrase vouches for: its clause without the phrase.

    In the main clause that is the rest of the sentence; inside a later clause ("..., da nach
    Angaben der Fluggesellschaft die Genehmigung zu spät beantragt worden war") only that clause.
    """
    end = _skip_relative_clause(masked, end, sentence.end)
    previous = max(masked.rfind(",", sentence.start, start), masked.rfind(";", sentence.start, start))
    if previous >= 0 and masked[previous] == "," and not _opens_subordinate_clause(masked, previous + 1, start):
        previous = -1  # "Nachdem ..., geht es ihm nach Angaben der Ärzte gut": the phrase is in the main clause
    if previous >= 0:
        begin = previous + 1
        following = [position for position in (masked.find(",", end, sentence.end), masked.find(";", end, sentence.end)) if position >= 0]
        finish = min(following) if following else sentence.end
    else:
        begin = sentence.start
        semicolon = masked.find(";", end, sentence.end)
        finish = semicolon if semicolon >= 0 else sentence.end  # "...; seine Stellung ergibt sich ..." is the writer's
    spans = [_strip_span(masked, begin, start), _strip_span(masked, end, finish)]
    kept = tuple(span for span in spans if span is not None and span.end - span.start >= 3)
    total = sum(span.end - span.start for span in kept)
    return kept if total >= 15 else ()


def shared_subject(tokens: tuple[Token, ...], start: int, stop: int) -> tuple[int, int] | None:
    """The subject of a first conjunct, which a verb after "und" shares: a subject pronoun
    right after a finite verb ("… lenkte er die Fähre …"), else the first phrase that can speak."""
    for position in range(start + 1, stop):
        before = tokens[position - 1].text
        if tokens[position].text in NOMINATIVE_PRONOUNS | {"sie"} and before[:1].islower() and before.isalpha() and before not in _PREPOSITIONS:
            return position, position + 1
    return _with_name_apposition(tokens, first_speaker_phrase(list(tokens), start, stop))


def subject_of_clause(
    sentence: Sentence,
    masked: str,
    *,
    speech_only: bool = False,
    verbs: frozenset[str] | None = None,
    around: int | None = None,
) -> tuple[tuple[int, int] | None, Span | None]:
    """Speaker and cue of a sentence whose speech verb takes no clause ("sprach von „…“").

    Args:
        sentence: a sentence of the masked article.
        masked: the masked article text.
        speech_only: ignore verbs of thinking ("glauben", "hoffen").
        verbs: if given, only these lemmas count as the cue.
        around: a character offset (a quotation's start); a speech verb whose own clause
            holds it is tried first ("X nannte das „…“, Y bezeichnete es als „…“").

    Returns ``(None, None)`` when the sentence has no speech verb or no subject for it.
    """
    tokens = sentence.tokens
    order = list(range(len(tokens)))
    if around is not None:
        # the speech verb whose clause holds the quotation, else the nearest one before it
        order.sort(key=lambda index: (not _clause_holds(tokens, index, around), tokens[index].start > around, abs(around - tokens[index].start)))
    for index in order:
        token = tokens[index]
        found = _speech_lemma_at(tokens, index)
        if found is None or speech_only and found not in SPEECH_VERBS or verbs is not None and found not in verbs:
            continue
        clause_start = 0
        opens_with_preposition = tokens[0].text.lower() in _PREPOSITIONS | {"nach", "trotz", "wegen"}
        for position in range(index - 1, -1, -1):
            if tokens[position].text in (":", ";") or (tokens[position].text == "," and not opens_with_preposition):
                clause_start = position + 1
                break
        finite = _finite_position(tokens, clause_start, index)
        if finite == index and index - 1 > clause_start and tokens[index - 1].text in _VERB_COORDINATORS:
            # "X befand … und nannte den Angriff „…“": the subject of the first conjunct
            shared = shared_subject(tokens, clause_start, index - 1)
            if shared is not None:
                return shared, Span(token.start, token.end)
        if found != "zitieren" and _is_passive(tokens, clause_start, index):
            # "Die Vorkehrungen werden als „extrem“ bezeichnet": the subject is what was talked
            # about; the speaker, if any, is the "von" agent
            agent = _passive_agent(tokens, clause_start, _clause_end(tokens, index))
            if agent is not None:
                return agent, Span(token.start, token.end)
            continue
        # "Frank Biermann, Vorsitzender der ..., sagte": the verb right after the apposition
        apposition = _apposition_subject(tokens) or apposition_before_verb(tokens, finite) if 0 < clause_start == finite else None
        subject = _with_name_apposition(tokens, apposition) or _subject_before(tokens, clause_start, finite)
        subject = _prefer_person(tokens, subject, finite, _clause_end(tokens, index))
        if subject == "after":
            subject = _subject_after(tokens, finite, _clause_end(tokens, index))
        if found == "zitieren":
            # "Der Spiegel zitiert den Prediger mit den Worten „…“": the one quoted said it
            following = subject is not None and subject[0] > index
            subject = _quoted_object(tokens, index, _clause_end(tokens, index), subject_follows=following) or subject
        if subject is not None:
            return subject, Span(token.start, token.end)
    return None, None
