"""The German speech-cue lexicon: speech and cognition verbs, Konjunktiv I, "laut"-frames.

Verb forms are mapped to their lemma with the lookup table shipped in ``spacy-lookups-data``
(the same table as ``bot.nlp``'s lemmatizer), loaded once as a plain dict, which is much
faster than running the spaCy pipeline over every article.
"""

from __future__ import annotations

import functools
import logging

from bot.lemmas import full_table

_log = logging.getLogger(__name__)

# Verbs that introduce what someone said, wrote or announced; separable ones with prefix.
SPEECH_VERBS = frozenset(
    """
    sagen erklären betonen ankündigen einräumen behaupten fordern warnen
    mitteilen berichten bestätigen dementieren bestreiten versichern versprechen verkünden
    unterstreichen hervorheben hinzufügen fortfahren ergänzen erläutern argumentieren kritisieren
    bemängeln beklagen klagen vorwerfen zugeben eingestehen gestehen schreiben antworten
    entgegnen erwidern widersprechen beharren feststellen festhalten konstatieren resümieren
    bilanzieren anmerken bemerken hinweisen verweisen zitieren verlauten bekanntgeben bekräftigen
    beteuern zusichern zusagen prognostizieren vorhersagen voraussagen rufen fragen anregen vorschlagen
    appellieren mahnen ermahnen auffordern drohen androhen bitten empfehlen raten melden
    erzählen schildern darlegen ausführen präzisieren klarstellen loben beschuldigen anklagen
    zurückweisen leugnen verneinen protestieren verlangen äußern kommentieren twittern
    informieren verraten signalisieren erinnern bekennen bescheinigen attestieren unterstellen
    spekulieren mutmaßen vermuten schätzen einschätzen verdeutlichen ausrichten wiederholen
    nennen bezeichnen sprechen reden zufügen bekunden beschreiben sich_beschweren
    beschweren folgern schlussfolgern urteilen befinden anfügen nachlegen vorrechnen
    monieren rügen einwenden einwerfen zurückgeben entgegenhalten vorhalten klarmachen
    begründen ausschließen beantragen beschwören preisen bedauern ausdrücken
    einschränken deutlichmachen aufrufen
    vermelden bekannt_geben bekanntmachen offenbaren enthüllen eröffnen insistieren
    werten einstufen beziffern plädieren anführen angeben bezichtigen
    aussagen besagen hervorgehen beschließen lauten skandieren erwähnen würdigen anprangern
    verurteilen
    """.split()
)
# Verbs of thinking and believing; they frame reported content only with a clear clause.
COGNITION_VERBS = frozenset(
    """
    glauben meinen denken finden hoffen erwarten fürchten befürchten bezweifeln zweifeln
    annehmen wissen überzeugen ausgehen sehen rechnen davon_ausgehen vermuten erhoffen
    """.split()
)
# Verbs that judge something as what a quotation calls it ("charakterisierte das Opfer als
# „Beispiel taktlosen Verhaltens“"); they are a speaker's cue only with "als" in their clause.
JUDGING_VERBS = frozenset(
    """
    charakterisieren verurteilen attackieren rechtfertigen verteidigen feiern begrüßen abtun
    abqualifizieren brandmarken geißeln titulieren beschimpfen darstellen ansehen betrachten
    empfinden bewerten ablehnen abstempeln verspotten diffamieren verunglimpfen einordnen
    """.split()
)
# Verbs whose object clause is typical reported content even in the indicative mood.
CORE_SPEECH_VERBS = frozenset(
    """
    sagen erklären betonen mitteilen berichten bestätigen behaupten versichern unterstreichen
    hinzufügen ergänzen erläutern ankündigen einräumen schreiben antworten meinen warnen
    feststellen hinweisen verkünden bekräftigen argumentieren kritisieren zugeben fortfahren
    resümieren beteuern betonen glauben vermuten bekanntgeben verlauten melden dementieren
    bestreiten zurückweisen anmerken bemerken entgegnen erwidern klarstellen zusichern
    """.split()
)
# Auxiliaries of the passive voice ("wurde … kritisiert").
PASSIVE_AUXILIARIES = frozenset("wird werden wurde wurden worden".split())
# Speech verbs whose subject is no speaker: "heißt es in …", "geht aus dem Bericht hervor".
SUBJECTLESS_SPEECH_VERBS = frozenset(("heißen", "hervorgehen"))
# … and, with "lauten"/"besagen"/"aussagen", verbs whose subject is a text, not a person.
SOURCE_VERBS = SUBJECTLESS_SPEECH_VERBS | frozenset(("lauten", "besagen", "aussagen"))
# Finite auxiliaries and modals: where a clause's finite verb stands.
AUXILIARIES = frozenset(
    """hat hatte habe hätte haben hatten hätten wird werde wurde würde wurden werden ist war sei
    soll sollte will wollte kann konnte könne muss musste müsse darf durfte möchte
    sind waren seien wäre wären sollen sollten wollen wollten können konnten könnten müssen
    mussten müssten dürfen durften möchten lässt ließ ließen lassen""".split()
)
SEPARABLE_PREFIXES = frozenset(
    "an ein mit hin zu fort aus vor ab bei dar fest klar zurück hinzu bekannt heraus nach auf "
    "entgegen deutlich klar hervor".split()
)
# Nouns of a conclusion someone "came to" ("kam zu dem Schluss, dass ..."): with "kommen" a frame.
CONCLUSION_NOUNS = frozenset("schluss ergebnis überzeugung fazit erkenntnis einschätzung auffassung".split())
# The judging verbs without their separable prefix, as they stand in a main clause ("tat … ab").
JUDGING_BASES = JUDGING_VERBS | frozenset(
    verb[len(prefix) :] for verb in JUDGING_VERBS for prefix in SEPARABLE_PREFIXES if verb.startswith(prefix)
)
NOUN_FRAMES = frozenset(
    "angaben ansicht meinung worten aussagen aussage einschätzung auffassung informationen "
    "berichten darstellung überzeugung erkenntnissen schätzungen äußerungen".split()
)
KONJUNKTIV_EXTRA = frozenset(
    "sei seien seiest habe werde könne müsse dürfe solle wolle möge wisse gebe".split()
)
KONJUNKTIV_TWO = frozenset("hätte hätten wäre wären würde würden gäbe gäben läge lägen käme kämen müssten könnten".split())
_NOT_VERBS = frozenset(
    "eine keine meine deine seine ihre unsere eure alle diese jene welche solche manche "
    "einige andere beide viele wenige gerne ohne ende lage weise same rede frage "
    # particles, adverbs and prepositions that look like a verb form in -e ("bitten" → "bitte")
    "bitte schade lange nahe gerade leise heute stille mitte anstelle".split()
)


# Verb forms the lookup table lacks ("sprachen" is only there as the noun "Sprachen").
_IRREGULAR = {
    "beschloss": "beschließen", "beschlossen": "beschließen", "beschloß": "beschließen",
    "sprachen": "sprechen", "gaben": "geben", "wusste": "wissen", "wussten": "wissen",
    "gebeten": "bitten", "gewusst": "wissen", "schloss": "schließen",
}


# Forms the lookup table gives one lemma for although they belong to two verbs:
# "gestanden ein" is "eingestehen", not "einstehen".
_ALTERNATIVE_LEMMAS = {"gestand": ("gestehen",), "gestanden": ("gestehen",), "gestehe": ("gestehen",)}


def lemma_candidates(word: str) -> tuple[str, ...]:
    """The lemma of ``word`` and any other verb it may belong to ("gestanden": stehen, gestehen)."""
    return (lemma(word), *_ALTERNATIVE_LEMMAS.get(word, ()))


def lemma_table() -> dict[str, str]:
    """Return the German lookup lemma table (inflected form -> lemma), loaded once per process."""
    return full_table()


@functools.lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Lemmas of the lookup table that look like verb infinitives ("planen", "brauchen")."""
    return frozenset(base for base in lemma_table().values() if base[:1].islower() and base.endswith(("en", "ern", "eln")))


def lemma(word: str) -> str:
    """Return the lemma of a German word form (the form itself when unknown), lower-cased."""
    table = lemma_table()
    found = table.get(word) or table.get(word.lower()) or _IRREGULAR.get(word) or word
    return found.lower()


@functools.lru_cache(maxsize=1)
def separable_bases() -> frozenset[str]:
    """Verb lemmas that are speech verbs only with a separable prefix ("kündigen" in "ankündigen")."""
    verbs = SPEECH_VERBS | COGNITION_VERBS
    return frozenset(verb[len(prefix) :] for verb in verbs for prefix in SEPARABLE_PREFIXES if verb.startswith(prefix))


def speech_lemma(word: str, particles: tuple[str, ...] = ()) -> str | None:
    """Return the speech or cognition verb lemma of ``word``, or ``None`` if it is not one.

    Args:
        word: a lower-case word form such as ``sagte``, ``kündigte`` or ``angekündigt``.
        particles: separable prefixes found later in the clause (``an`` in "kündigte ... an").

    Returns:
        The lemma including its separable prefix, e.g. ``ankündigen``.
    """
    if not word or not word[0].islower():
        return None
    base = lemma(word)
    for particle in particles:
        for candidate in lemma_candidates(word):
            if particle + candidate in SPEECH_VERBS or particle + candidate in COGNITION_VERBS:
                return particle + candidate
    if base in SPEECH_VERBS or base in COGNITION_VERBS:
        return base
    return None


_ADJECTIVE_CONTEXT = frozenset(
    "der die das den dem des ein eine einer eines einem einen sehr ganz besonders so zu "
    "sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unsere keine kein".split()
)


def has_konjunktiv(words: list[str], *, include_second: bool = False) -> bool:
    """True when some word is a Konjunktiv form in a verb position (not after an article).

    Args:
        words: the tokens of a clause or sentence, in order (quotations already removed).
        include_second: also accept ``hätte``/``wäre`` forms.
    """
    for position, word in enumerate(words):
        if not is_konjunktiv(word, include_second=include_second):
            continue
        previous = words[position - 1].lower() if position else ""
        if previous in _ADJECTIVE_CONTEXT and word not in KONJUNKTIV_EXTRA:
            continue
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if previous in ("ich", "wir", "du") or following == "ich":
            continue  # "ich habe", "lehne ich ab": first person indicative
        return True
    return False


def is_konjunktiv(word: str, *, include_second: bool = False) -> bool:
    """True when ``word`` is a typical third-person Konjunktiv I form (``sei``, ``gebe``).

    Args:
        word: a token.
        include_second: also accept the Konjunktiv II forms of haben and sein (``hätte``).
    """
    if not word or not word[0].islower() or word in _NOT_VERBS:
        return False
    if word in KONJUNKTIV_EXTRA or (include_second and word in KONJUNKTIV_TWO):
        return True
    if not word.endswith("e") or len(word) < 4:
        return False
    base = lemma_table().get(word)
    if (base is None or base == word) and word + "n" in verb_lemmas():
        return True  # "plane", "brauche": forms the table lacks, of a known verb
    if base is None or not base.endswith("n") or base == word:
        return False
    if base.endswith(("eln", "ern")):
        return word == base[:-1] + "e" or word == base[:-3] + base[-2] + "e"
    return word == base[:-1]
