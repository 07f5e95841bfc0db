"""Quote extraction and speaker attribution: the seed articles, each rule alone, the eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.eval.quotes import predict, score_documents
from bot.eval.scoring import greedy_match, overlap_ratio, prf, strip_spans
from bot.quotes import extract_quotes, person_names
from bot.quotes.cues import has_konjunktiv, is_konjunktiv, speech_lemma
from bot.quotes.extract import extract_quotes_and_persons
from bot.quotes.model import Quote
from bot.quotes.segments import tokenize
from bot.quotes.speakers import chunk_mention, first_speaker_phrase

REPOSITORY = Path(__file__).resolve().parents[1]
SEEDS = REPOSITORY / "seeds"
FIXTURE = yaml.safe_load((Path(__file__).parent / "fixtures" / "seed_quotes.yaml").read_text(encoding="utf-8"))
DEV_FILE = REPOSITORY.parent / "shared" / "eval" / "quotes-wikinews-dev.jsonl"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _direct_quotes(text: str) -> list[Quote]:
    return [quote for quote in extract_quotes(text) if quote.kind == "direct"]


def _find(quotes: list[Quote], fragment: str) -> Quote | None:
    return next((quote for quote in quotes if quote.text.startswith(fragment) or fragment in quote.text), None)


def _cases(section: str, status: str | None = None):
    for article, entry in FIXTURE["articles"].items():
        for item in entry.get(section) or []:
            if status is None or item.get("status") == status:
                yield pytest.param(article, item, id=f"{article[:3]}:{str(item.get('quote', item))[:30]}")


# -- the seed articles, annotated by hand ------------------------------------------------------
@pytest.mark.parametrize(("article", "item"), list(_cases("direct", "found")))
def test_every_annotated_direct_quote_is_found_with_its_speaker(article, item):
    quote = _find(_direct_quotes(_seed(article)), item["quote"])
    assert quote is not None, f"direct quote not found: {item['quote']!r} ({item['how']})"
    assert quote.person == item["person"], f"{item['quote']!r}: got {quote.person!r} via {quote.mention}"
    assert quote.eval_type == "Direct"


@pytest.mark.parametrize(("article", "item"), list(_cases("direct", "missed")))
def test_a_known_missed_quote_is_never_given_to_someone_else(article, item):
    quote = _find(_direct_quotes(_seed(article)), item["quote"])
    assert quote is None or quote.person in (None, item["person"])


@pytest.mark.parametrize(
    ("article", "scare"),
    [(article, scare) for article, entry in FIXTURE["articles"].items() for scare in entry.get("not_quotes") or []],
)
def test_scare_quotes_and_titles_are_not_direct_quotes(article, scare):
    attributed = [quote for quote in _direct_quotes(_seed(article)) if quote.text == scare and quote.person]
    assert not attributed, f"scare quote {scare!r} returned as a quote of {attributed[0].person}"


@pytest.mark.parametrize(("article", "item"), list(_cases("reported")))
def test_reported_speech_comes_back_as_reported_with_its_speaker(article, item):
    quotes = [quote for quote in extract_quotes(_seed(article)) if quote.kind == "reported"]
    quote = _find(quotes, item["text"])
    assert quote is not None, f"reported speech not found: {item['text']!r}"
    assert quote.person == item["person"]
    assert quote.eval_type in ("Indirect", "FreeIndirect", "Reported")


def test_caption_quote_stops_before_the_photo_credit():
    text = _seed("000_fe6d5f69a9127e95.txt")
    quote = _find(_direct_quotes(text), "Bis 2020")
    assert quote is not None
    assert text[quote.start : quote.end] == '"Bis 2020 gemeinsame Raketenabwehr"'
    assert quote.mention is not None and quote.mention.text == "NATO-Generalsekretär Rasmussen"


def test_person_names_lists_persons_with_their_roles():
    persons = person_names(_seed("000_fe6d5f69a9127e95.txt"))
    assert persons["Anders Fogh Rasmussen"] == ["NATO-Generalsekretär"]
    assert "Sergej Lawrow" in persons and "Außenminister" in persons["Sergej Lawrow"]
    assert "Dmitri Medwedew" in persons


# -- each rule on a small German text --------------------------------------------------------
def _only(text: str, kind: str = "direct") -> Quote:
    quotes = [quote for quote in extract_quotes(text) if quote.kind == kind]
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_inverted_frame_with_pronoun_resolves_to_the_last_person():
    text = "Außenministerin Annalena Baerbock reiste nach Kiew. „Wir stehen an Ihrer Seite“, sagte sie."
    quote = _only(text)
    assert quote.text == "Wir stehen an Ihrer Seite"
    assert quote.mention is not None and (quote.mention.text, quote.mention.kind) == ("sie", "pronoun")
    assert quote.person == "Annalena Baerbock"


def test_inverted_frame_with_so_and_role():
    text = (
        "Der russische Verteidigungsminister Sergei Schoigu sprach in Moskau. "
        "„Wir reagieren auf jede Bedrohung mit aller Härte“, so der Minister."
    )
    quote = _only(text)
    assert quote.mention is not None and quote.mention.kind == "role"
    assert quote.person == "Sergei Schoigu"


def test_colon_frame_takes_the_next_paragraph():
    text = "Kanzler Olaf Scholz trat vor die Presse. Er sagte:\n\n„Wir werden die Ukraine weiter unterstützen.“\n\nDann ging er."
    quote = _only(text)
    assert quote.text == "Wir werden die Ukraine weiter unterstützen."
    assert quote.person == "Olaf Scholz"


def test_guillemets_and_nested_single_quotes_form_one_quote():
    text = "Präsident Emmanuel Macron sagte: »Das nennen manche ‚Neubeginn‘, ich nenne es Pflicht.«"
    quote = _only(text)
    assert quote.text == "Das nennen manche ‚Neubeginn‘, ich nenne es Pflicht."
    assert quote.person == "Emmanuel Macron"
    swiss = _only("Bundesrat Ignazio Cassis sagte: «Die Schweiz bleibt neutral und hilft trotzdem.»")
    assert swiss.person == "Ignazio Cassis"


def test_quote_over_two_paragraphs_is_one_quote_with_two_spans():
    text = (
        "Bundeskanzlerin Angela Merkel sagte:\n\n„Wir schaffen das. Wir haben so vieles geschafft.\n\n"
        "„Und wir werden auch das schaffen.“\n\nDanach war Pause."
    )
    quote = _only(text)
    assert len(quote.spans) == 2
    assert quote.person == "Angela Merkel"


def test_partial_quote_inside_reported_speech_gets_the_reported_speaker():
    text = "NATO-Generalsekretär Jens Stoltenberg sagte, die Allianz werde „niemals angreifen“."
    direct = _only(text, "direct")
    reported = _only(text, "reported")
    assert direct.person == reported.person == "Jens Stoltenberg"
    assert reported.eval_type == "Indirect"


def test_scare_quote_without_speech_cue_is_not_a_quote():
    text = "Die Regierung steckt angeblich hinter „Cyberattacken“ auf baltische Länder. Das Magazin „Der Spiegel“ berichtete darüber."
    assert not [quote for quote in extract_quotes(text) if quote.kind == "direct"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Sprecher sagte, man habe die Videos bei „YouTube“ gesperrt.",
        "Der Minister sagte der „Financial Times“, die Lage sei ernst.",
        "Wie er laut „tagesschau.de“ erklärte, werde das Werk geschlossen.",
        "Die Sängerin stellte die neue CD der Gruppe vor: „Have a nice day“.",
        "Die Sprecherin erklärte, der Mais „Amflora“ werde nicht mehr angebaut.",
        "Die Regierung sagte, das „Gesetz zur Bekämpfung finanzieller Unterstützung des Terrors“ gelte ab Mai.",
        "Der General erklärte, der „Rat für nationale Sicherheit“ werde die Macht übernehmen.",
        "Der Sender kündigte an, er zeige „Karol Wojtyla – Geheimnisse eines Papstes“ am Sonntag.",
        "Die Seite meldete, der Betreiber „Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e.V.“ prüfe das.",
        "Die Ergebnisse wurden mit der vorhergehenden Studie „Linke Gewalt in Berlin 2003 bis 2008“ verglichen.",
        "Das Buch, das sie gestern vorstellte, ist ihr literarisches Erstwerk: „Sie befinden sich hier“.",
        "Das Motto lautete „Gemeinsam sind wir stark“.",
        "In der Partei Jobbik Magyarországért Mozgalom („Bewegung für ein besseres Ungarn“) gibt es Streit, sagte er.",
        # "als" without a judging verb is a name or a role
        "Die Schule, die sich als „Schule ohne Rassismus“ versteht, lud zum Fest.",
        "Der Mann ist nur als „Poe Toaster“ bekannt.",
        "Die Trainerin verteidigte den Titel, als „Meister der Herzen“ galt die Mannschaft schon.",
    ],
)
def test_names_and_foreign_titles_in_marks_are_not_quotes(sentence):
    assert not [quote for quote in extract_quotes(sentence) if quote.kind == "direct"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Der Kanzler sagte, Afghanistan sei ein „Opfer des Terrorismus“.", "Opfer des Terrorismus"),
        ("Die Zeitung nannte den Präsidenten einen „Papiertiger“, sagte der Minister.", "Papiertiger"),
        ("Die Ministerin sagte, die Regierung habe nur „WOW.“ geantwortet.", "WOW."),
        ("Die Demonstranten trugen ein Banner mit der Forderung: „Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm“.", "Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm"),
        ("Der Minister sagte zu dem Plan nur „Nein – das machen wir nicht“.", "Nein – das machen wir nicht"),
        ("Der Kanzler sagte, das sei „ein schwarzer Tag für die Deutsche Bank AG“.", "ein schwarzer Tag für die Deutsche Bank AG"),
        ("Der Autor über sein neues Buch: „Ich wollte die Wahrheit erzählen, das war mir wichtig.“", "Ich wollte die Wahrheit erzählen, das war mir wichtig."),
        ("Der Leiter über das Hilfswerk: „Wir erreichen mehr Menschen, das ist uns wichtig.“", "Wir erreichen mehr Menschen, das ist uns wichtig."),
        # a noun in -elei or -erei is a German word, not a name, even when the lexicon lacks it
        ("Die Abgeordneten prangerten an, es handle sich um „Datenschnüffelei in den Schulen“.", "Datenschnüffelei in den Schulen"),
        ("Die Vorsitzende behauptete, die Oberstufen kämen nur durch „Trickserei“ zustande.", "Trickserei"),
    ],
)
def test_ordinary_words_in_marks_inside_speech_stay_quotes(sentence, words):
    assert words in [quote.text for quote in extract_quotes(sentence) if quote.kind == "direct"]


def test_scare_quote_with_speech_cue_is_the_speakers_word():
    quote = _only("Ministerpräsident Markus Söder sprach von einem „Neubeginn“.")
    assert quote.person == "Markus Söder"


def test_konjunktiv_with_inverted_frame_is_indirect_speech():
    text = "Der Minister Boris Pistorius war in Brüssel. Es gebe genügend Verträge, sagte er am Donnerstag."
    quote = _only(text, "reported")
    assert quote.text == "Es gebe genügend Verträge"
    assert quote.person == "Boris Pistorius"
    assert quote.eval_type == "Indirect"


def test_separable_speech_verb_with_dependent_clause():
    quote = _only("Gesundheitsminister Karl Lauterbach kündigte an, dass die Beiträge steigen würden.", "reported")
    assert quote.text.startswith("dass die Beiträge")
    assert quote.person == "Karl Lauterbach"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Laut Innenministerin Nancy Faeser sei die Lage ernst.", "Innenministerin Nancy Faeser"),
        ("Der Polizei zufolge seien drei Menschen verletzt worden.", "Der Polizei"),
        ("Nach Angaben von Regierungssprecher Steffen Hebestreit sei das Treffen abgesagt.", "Angaben von Regierungssprecher Steffen Hebestreit"),
        ("Laut israelischen Medien gab es zehn Tote und mehr als 50 Verletzte.", "israelischen Medien"),
        ("Nach einer norwegischen Studie verdreifacht schon leichtes Rauchen das Risiko.", "einer norwegischen Studie"),
        ("In der Erklärung der Regierung heißt es, die Gespräche seien gescheitert.", "der Erklärung der Regierung"),
        ("Wie der Bundeswahlleiter mitteilte, lag die Wahlbeteiligung bei 41,9 Prozent.", "der Bundeswahlleiter"),
        ("Nach einer Hochrechnung des Senders Fox News entfallen 61 Prozent der Stimmen auf Huckabee.", "einer Hochrechnung des Senders Fox News"),
        ("Nach der Vorhersage der Zentralbank wird die Inflation bei 51 Prozent liegen.", "der Vorhersage der Zentralbank"),
        ("Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden 2.000 Menschen versorgt.", "einer am Dienstag veröffentlichten Pressemitteilung des WFP"),
        ("Nach einer vom Ministerium erstellten Studie sei die Lage ernst.", "einer vom Ministerium erstellten Studie"),
        ("Laut einer „Reuters“-Reporterin waren zahlreiche Rettungswagen zu sehen.", "einer „Reuters“-Reporterin"),
        ("Laut einer seit Jahren laufenden Studie erkranken immer mehr Kinder an Asthma.", "einer seit Jahren laufenden Studie"),
        # a legal text says things too
        ("Nach der Verfassung muss sich die Senatorin im Jahr 2010 der Wahl stellen.", "der Verfassung"),
    ],
)
def test_source_frames_give_indirect_speech_without_the_frame(sentence, speaker):
    quote = _only(sentence, "reported")
    assert quote.mention is not None and quote.mention.text == speaker
    assert quote.eval_type == "Indirect"
    assert "zufolge" not in quote.text and "Laut" not in quote.text


def test_konjunktiv_sentences_continue_the_reported_statement():
    text = (
        "Bundesaußenminister Heiko Maas sagte, die Lage sei ernst. Man müsse mit Russland reden. "
        "Das Wetter war schön."
    )
    quotes = [quote for quote in extract_quotes(text) if quote.kind == "reported"]
    assert [quote.eval_type for quote in quotes] == ["Indirect", "FreeIndirect"]
    assert quotes[1].text == "Man müsse mit Russland reden."
    assert quotes[1].person == "Heiko Maas"


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # a dative opening: the paper is spoken to, the name after the verb speaks
        ("Der englisch-sprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“", "Filep Karma", "Filep Karma"),
        # a colon frame whose verb is no speech verb
        (
            "Bundespräsident Horst Köhler sprach in Berlin. Hier sparte der Bundespräsident auch nicht mit Kritik: "
            "„Je kleiner die Schritte, desto mehr Schritte muss er machen.“",
            "der Bundespräsident",
            "Horst Köhler",
        ),
        # an object in the prefield, the speaker after the verb
        (
            "Den Unmut der Partei brachte die Sprecherin Annette Widmann-Mauz zum Ausdruck: „Es gibt keinen Grund.“",
            "die Sprecherin Annette Widmann-Mauz",
            "Annette Widmann-Mauz",
        ),
        # an inverted frame with a verb the lexicon does not know
        ("Mitt Romney war in Maryland. „Ich trete an als ein konservativer Republikaner“, strich Romney heraus.", "Romney", "Mitt Romney"),
    ],
)
def test_the_speaker_is_the_person_the_frame_names(text, mention, person):
    quote = _only(text)
    assert quote.mention is not None and quote.mention.text == mention
    assert quote.person == person


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # a colon frame whose name is not recognised as a subject before the verb
        ("Amnesty-Sprecherin Malinowski erklärte: „Wir fordern eine unabhängige Untersuchung.“", "Amnesty-Sprecherin Malinowski", "Malinowski"),
        # a subordinate clause before the frame holds an auxiliary; the subject follows the verb
        (
            "Anna Novak schrieb dem Minister. Im Brief, den sie ihm geschickt hat, erklärt sie: „Wir brauchen mehr Zeit für die Prüfung.“",
            "sie",
            "Anna Novak",
        ),
        # "X wird mit den Worten zitiert": X said it
        ("Der Trainer Jens Keller wird mit den Worten zitiert: „Wir haben heute verdient verloren.“", "Der Trainer Jens Keller", "Jens Keller"),
        # a fronted clause with a colon frame after it: the main clause names the speaker
        (
            "Warum der Verband nichts bemerkte, erklärte die Universität so: „Die Prüfer haben sich auf die Angaben verlassen.“",
            "die Universität",
            None,
        ),
    ],
)
def test_colon_frames_name_the_speaker(text, mention, person):
    quote = _only(text)
    assert quote.mention is not None and quote.mention.text == mention
    assert quote.person == person


def test_a_medium_that_quotes_someone_credits_the_person_it_quotes():
    text = "Georg Papandreou reiste nach Brüssel. Ein Fernsehsender zitierte Papandreou mit den Worten: „Wir werden alle Verpflichtungen erfüllen.“"
    quote = _only(text)
    assert quote.mention is not None and quote.mention.text == "Papandreou"
    assert quote.person == "Georg Papandreou"


def test_an_inverted_quote_credits_the_person_a_web_site_quotes():
    text = "„Das ist eine Größenordnung, die die Szene sonst nicht auf die Beine stellt“, zitiert ndr.de Polizeisprecher Ralf Meyer."
    quote = _only(text)
    assert quote.mention is not None and quote.mention.text == "Polizeisprecher Ralf Meyer"


def test_a_source_after_aus_verlautete_and_a_web_site_are_speakers():
    quotes = extract_quotes("Wie aus Unternehmenskreisen verlautete, will der Konzern sein Werk in Emden umrüsten.")
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "Unternehmenskreisen"
    quotes = extract_quotes("Wie t-online.de berichtet, ist der erste Trailer im Internet veröffentlicht worden.")
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "t-online.de"


def test_a_body_after_an_adjective_is_the_speaker_not_the_object():
    text = "Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation aufgefordert."
    quotes = extract_quotes(text)
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "Die Europäische Union"


def test_a_surname_with_its_particle_is_a_speaker():
    text = "Ursula von der Leyen war in Berlin. Von der Leyen betonte, die Lage sei „sehr ernst, aber beherrschbar“."
    quote = next(quote for quote in extract_quotes(text) if quote.kind == "direct")
    assert quote.mention is not None and quote.mention.text == "Von der Leyen"
    assert quote.person == "Ursula von der Leyen"
    reported = extract_quotes("Thomas de Maizière sprach. Wie de Maizière darlegte, sei der Koffer eine Attrappe gewesen.")
    assert reported[-1].mention is not None and reported[-1].mention.text == "de Maizière"


def test_a_quote_series_without_a_new_frame_stays_with_the_named_speaker():
    text = (
        "Ministerin Anna Berger betonte, unter den Bewerberinnen seien „viele erfahrene Frauen“. "
        "Sie seien „so gut geeignet wie jede andere“."
    )
    quotes = _direct_quotes(text)
    assert [quote.mention.text for quote in quotes if quote.mention] == ["Ministerin Anna Berger"] * 2


def test_a_thing_in_the_prefield_is_never_the_speaker():
    text = "Javier Solana reiste nach Ankara. Seine Zuversicht gründet sich auf die Erfahrung: „Entscheidungen über die Türkei brauchen immer sehr viel Zeit.“"
    quote = _only(text)
    assert quote.mention is None or quote.mention.text != "Seine Zuversicht"


def test_names_in_quotation_marks_are_not_quotes():
    text = (
        "Die Maschine der Fluggesellschaft „Condor“ musste umkehren. Die Junta nennt sich "
        "„Rat für Demokratische Reform unter der Konstitutionellen Monarchie“."
    )
    assert not [quote for quote in extract_quotes(text) if quote.kind == "direct"]


def test_so_frame_in_the_middle_of_the_statement_takes_both_parts():
    quote = _only("Der Präsident sei schuld daran, so Giorgi Gamkrelidse, dass Georgien die Kontrolle verloren habe.", "reported")
    assert len(quote.spans) == 2
    assert quote.mention is not None and quote.mention.text == "Giorgi Gamkrelidse"


def test_speech_act_with_an_object_is_reported():
    quote = _only("Bundeskanzler Gerhard Schröder sprach von einem Riesenerfolg für die SPD.", "reported")
    assert quote.eval_type == "Reported"
    assert quote.person == "Gerhard Schröder"
    assert not [found for found in extract_quotes("Fei Junlong sprach mit seiner Frau Wang Jie.") if found.kind == "reported"]
    assumed = _only("Die Polizei geht von einem Verbrechen aus.", "reported")
    assert assumed.eval_type == "Reported" and assumed.mention is not None and assumed.mention.text == "Die Polizei"
    assert not [found for found in extract_quotes("Als Favorit wird Michael Glos genannt.") if found.eval_type == "Reported" and found.person]


def test_a_title_in_marks_does_not_hide_the_speech_act():
    quote = _only("Am 10.01.2006 forderte das Parlament in Mexiko-Stadt die Aushändigung der „Krone Montezumas“.", "reported")
    assert quote.eval_type == "Reported"
    assert quote.mention is not None and quote.mention.text.startswith("das Parlament")
    assert not [found for found in extract_quotes(quote.text) if found.kind == "direct"]


@pytest.mark.parametrize(
    "sentence",
    ["Im Jahr 2007 nennt sie sich „documenta 12“ und findet im Juni statt.", "Der Künstler nannte sich später Prince."],
)
def test_a_reflexive_naming_verb_is_no_speech_act(sentence):
    assert not [found for found in extract_quotes(sentence) if found.eval_type == "Reported"]


@pytest.mark.parametrize(
    ("text", "content", "person"),
    [
        (
            # an anaphoric frame reports the sentence before
            "Die Freien Demokraten schließen eine Ampelkoalition aus. Dies bestätigte der Parteivorsitzende Guido Westerwelle am Abend.",
            "Die Freien Demokraten schließen",
            "Guido Westerwelle",
        ),
        (
            # a comma inside brackets does not cut the frame clause
            "Bundespräsident Christian Wulff (CDU) hat in einem Gespräch mit seinem Amtskollegen Schimon Peres "
            "(Awoda, dt. etwa Arbeiterpartei) bekräftigt, Deutschland bekenne sich zu seiner Verantwortung.",
            "Deutschland bekenne",
            "Christian Wulff",
        ),
        (
            # a speech verb after "und" shares the subject across an apposition
            "So hat sich etwa die Vorsitzende des Verbands, Karin Broszat, gegen die Konkurrenz ausgesprochen und behauptet, "
            "die neuen Oberstufen kämen nur durch Trickserei zustande.",
            "die neuen Oberstufen",
            "Karin Broszat",
        ),
    ],
)
def test_reported_content_and_its_person(text, content, person):
    quote = _only(text, "reported")
    assert quote.text.startswith(content)
    assert quote.person == person

def test_a_wonach_clause_ends_where_the_main_clause_resumes():
    text = "Ein Bericht der russischen Nachrichtenagentur Interfax, wonach der Oppositionsführer festgenommen worden sein soll, wurde dementiert."
    quote = _only(text, "reported")
    assert quote.text == "der Oppositionsführer festgenommen worden sein soll"
    assert quote.mention is not None and quote.mention.text == "Ein Bericht der russischen Nachrichtenagentur Interfax"



@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Der Minister Hans Eichel sagte: „Wir bleiben hier.“, und er fügte hinzu, die Lage sei ernst.", "die Lage sei ernst", "er"),
        # a frame after the quotation that names nobody goes on with its speaker
        ("Der Sprecher schrieb bei Twitter: „Das sind furchtbare Nachrichten“, weiter hieß es, man sei bestürzt.", "man sei bestürzt", "Der Sprecher"),
    ],
)
def test_a_clause_after_a_framed_quotation_is_reported_apart(text, content, speaker):
    direct = _only(text, "direct")
    reported = _only(text, "reported")
    assert reported.text == content and reported.mention is not None and reported.mention.text == speaker
    assert direct.text not in reported.text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a speaker's name that no known first name or role introduced is still a person
        ("Halima Jouini, Vorstandsmitglied der Liga, sagte dazu: „Frauen haben sich gegen den Diktator gestellt.“", "Halima Jouini"),
        ("Der Leiter der UNO-Studie, Paulo Sérgio Pinheiro, sagte: „Gewalt gegen Kinder ist nie gerechtfertigt.“", "Paulo Sérgio Pinheiro"),
        # institutions, groups and places are not
        ("Das Congress Center teilte mit: „Wir schließen im Mai.“", None),
        ("Zwei Undercover-FBI-Agenten sagten: „Wir haben nichts gesehen.“", None),
        ("Wikimedia Deutschland erklärte: „Wir prüfen das.“", None),
        ("Al Jazeera meldete: „Der Präsident ist geflohen.“", None),
        ("Ria Nowosti meldete: „Die Truppen sind abgezogen.“", None),  # a news agency
        ("Fox Home Entertainment kündigte an: „Der Film erscheint im Mai.“", None),
    ],
)
def test_a_speakers_name_is_a_person_without_a_known_first_name(text, person):
    quotes, persons = extract_quotes_and_persons(text)
    assert [quote.person for quote in quotes] == [person]
    assert (person in persons) if person else not persons


def test_words_that_stand_in_a_document_are_not_the_last_speakers():
    text = (
        "Die Anwältin Gülsen Celebi sagte: „Wir klagen.“ Die Staatsanwaltschaft gab eine Stellungnahme ab. "
        "Darin steht unter anderem: „Besonders betroffen sind wir.“"
    )
    quote = _find(_direct_quotes(text), "Besonders betroffen")
    assert quote is not None and quote.person is None
    assert quote.mention is not None and quote.mention.text == "Darin" and quote.mention.kind == "other"


def test_the_subject_of_a_passive_frame_is_not_its_speaker():
    quote = _only("Der Politiker Radulan Sahiron wird beschuldigt, der Drahtzieher einer Entführung gewesen zu sein.", "reported")
    assert quote.mention is None and quote.person is None
    agent = _only("Israel wurde von der Europäischen Union aufgefordert, die Grenzübergänge zu öffnen.", "reported")
    assert agent.mention is not None and agent.mention.text == "der Europäischen Union"


def test_a_clause_after_an_indicative_main_clause_is_reported_alone():
    text = "Vertreter der drei Organisationen erwarten keine schnelle Entscheidung, weil das Gericht überlastet sei."
    quote = _only(text, "reported")
    assert quote.text == "weil das Gericht überlastet sei"
    assert quote.mention is not None and quote.mention.text.startswith("Vertreter")


def test_a_relative_clause_before_a_konjunktiv_main_verb_is_not_reported_by_its_antecedent():
    text = (
        "Der Sprecher Federico Lombardi sagte, die Wahl solle vor Ostern erfolgen. "
        "Das Konklave, an dem Benedikt nicht teilnehmen werde, könne 15 Tage nach dem Rücktritt beginnen."
    )
    quote = [found for found in extract_quotes(text) if "Konklave" in found.text or "teilnehmen" in found.text][0]
    assert quote.mention is not None and quote.mention.text != "Das Konklave"
    assert quote.person == "Federico Lombardi"


def test_hearsay_modal_continues_the_reported_statement():
    text = "Nach Angaben der Polizei wurde ein Mann festgenommen. Er soll den Brand gelegt haben."
    quotes = [quote for quote in extract_quotes(text) if quote.kind == "reported"]
    assert [quote.eval_type for quote in quotes] == ["Indirect", "FreeIndirect"]


def test_bundled_first_names_give_gender():
    from bot.quotes.speakers import first_name_gender

    for name in ("Dmitri", "Sergej", "Sergei", "Wladimir", "Jens", "Anders", "Heiko", "Antony", "Joschka"):
        assert first_name_gender(name) == "male", name
    for name in ("Annalena", "Angela", "Ursula", "Nancy"):
        assert first_name_gender(name) == "female", name
    assert first_name_gender("Zeitung") is None


def test_a_country_after_a_role_is_not_a_person():
    persons = person_names("Der Außenminister Südkoreas, Ban Ki-moon, reiste ab. Präsident Recep Tayyip Erdoğan kam.")
    assert "Südkoreas" not in persons
    assert persons["Recep Tayyip Erdoğan"] == ["Präsident"]


def test_ambiguous_role_is_not_resolved():
    text = (
        "Außenminister Sergej Lawrow traf Verteidigungsminister Sergei Schoigu. "
        "„Wir sind bereit“, sagte der Minister."
    )
    quote = _only(text)
    assert quote.mention is not None and quote.mention.text == "der Minister"
    assert quote.person is None


def test_female_pronoun_does_not_go_to_a_man():
    text = "Präsident Joe Biden empfing die Gäste. „Das ist ein guter Tag für uns alle“, sagte sie."
    assert _only(text).person is None


def test_extraction_is_pure_sorted_and_handles_empty_text():
    text = _seed("003_4b6bc0bcf130c92d.txt")
    first, second = extract_quotes(text), extract_quotes(text)
    assert first == second
    assert [quote.start for quote in first] == sorted(quote.start for quote in first)
    assert extract_quotes("") == [] and extract_quotes("   \n") == []


# -- scoring helpers ---------------------------------------------------------------------------
def test_overlap_ratio_is_relative_to_the_longer_part():
    assert overlap_ratio([[0, 10]], [[5, 10]]) == 0.5
    assert overlap_ratio([[0, 4], [6, 10]], [[0, 10]]) == 0.8
    assert overlap_ratio([[0, 5]], [[5, 9]]) == 0.0


def test_greedy_matching_is_one_to_one_best_first():
    predicted = [[[0, 10]], [[0, 9]]]
    gold = [[[0, 9]]]
    pairs = greedy_match(predicted, gold, overlap_ratio, 0.5)
    assert pairs == [(1, 0)]


def test_prf_and_strict_stripping():
    figure = prf(2, 4, 8)
    assert (figure.precision, figure.recall, round(figure.f1, 3)) == (0.5, 0.25, 0.333)
    assert prf(0, 0, 0).f1 == 0.0
    text = ' „Wir gehen.“, '
    assert strip_spans(text, [[0, len(text)]]) == ((2, 11),)


def test_scores_count_speaker_by_span_overlap():
    document = {
        "id": "x",
        "text": "„Wir bleiben hier“, sagte Maas.",
        "quotes": [{"type": "Direct", "quote": [[0, 18]], "speaker": [[26, 30]]}],
    }
    scores = score_documents([document], {"x": predict(document)})
    assert scores["overlap"]["direct"]["quote_speaker"]["f1"] == 1.0
    assert scores["strict"]["all"]["quote"]["f1"] == 1.0


# -- the annotated dev file (skipped where ../shared/eval is absent) ---------------------------
@pytest.mark.skipif(not DEV_FILE.is_file(), reason="../shared/eval/quotes-wikinews-dev.jsonl not present")
def test_dev_sample_scores_stay_above_the_floor():
    with DEV_FILE.open(encoding="utf-8") as lines:
        documents = [json.loads(line) for _, line in zip(range(50), lines)]
    predictions = {document["id"]: predict(document) for document in documents}
    scores = score_documents(documents, predictions)["overlap"]
    assert scores["all"]["quote"]["f1"] >= 0.75
    assert scores["all"]["quote_speaker"]["f1"] >= 0.665
    assert scores["direct"]["quote"]["f1"] >= 0.85
    assert scores["direct"]["quote_speaker"]["f1"] >= 0.70


def test_a_speech_verb_closing_a_relative_clause_gives_the_relative_pronoun_as_speaker():
    text = "Entscheidend war die Aussage eines Jungen, der angab, von dem Mann mehrfach bedroht worden zu sein."
    quote = _find(extract_quotes(text), "von dem Mann")
    assert quote is not None and quote.text == "von dem Mann mehrfach bedroht worden zu sein"
    assert quote.mention is not None and quote.mention.text == "der"


def test_an_according_to_phrase_in_the_main_clause_vouches_for_the_fronted_clause_too():
    text = "Nachdem der Pilot gestern über Probleme geklagt hatte, geht es ihm nach Angaben der Ärzte heute gut."
    quote = _find(extract_quotes(text), "Nachdem der Pilot")
    assert quote is not None and quote.kind == "reported"
    assert quote.mention is not None and "Angaben der Ärzte" in quote.mention.text


def test_a_frame_verb_in_konjunktiv_continues_the_earlier_statement():
    text = (
        "Ein Sprecher der Behörde sagte, die Lage sei ernst. "
        "Die Behörde gehe davon aus, dass weitere Beben folgen könnten."
    )
    quote = _find(extract_quotes(text), "Die Behörde gehe davon aus")
    assert quote is not None and quote.eval_type == "FreeIndirect"
    assert quote.mention is not None and quote.mention.text == "Ein Sprecher der Behörde"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Der 58-Jährige sagte, die Lage sei ernst.", "Der 58-Jährige"),
        ("Wie der 81-jährige Besitzer eines Hauses berichtete, sei das Wasser schnell gestiegen.", "der 81-jährige Besitzer"),
        ("Dieser bestätigte, dass auch der unterlegene Kandidat zugelassen werde.", "Dieser"),
        ("Einige Experten sagten, die Lage sei ernst.", "Einige Experten"),
        ("Auch einige kleinere Parteien haben angekündigt, vor das Bundesverfassungsgericht zu ziehen.", "einige kleinere Parteien"),
        ("Wie „heise online“ berichtet, sei der Zugang gesperrt worden.", "„heise online“"),
        ("Das „National Hurricane Centre“ der USA geht davon aus, dass er Kategorie fünf erreichen wird.", "Das „National Hurricane Centre“ der USA"),
        ("Während Shakira erklärte, wahnsinnig aufgeregt zu sein, schwieg Lopez.", "Shakira"),
        ("Außerdem ließ der Pressedienst des Außenministeriums verlauten, dass weiter beraten werde.", "der Pressedienst des Außenministeriums"),
    ],
)
def test_subjects_that_are_not_plain_noun_phrases_are_speakers(text, mention):
    quotes = extract_quotes(text)
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == mention


def test_a_preposition_is_not_read_as_a_clause_conjunction():
    quotes = extract_quotes("Während der Sitzung sagte er, die Lage sei ernst.")
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "er"


def test_an_inverted_heisst_es_frame_credits_the_document_or_nobody():
    text = "Der Verband protestierte. „Wir möchten Sie dringend auffordern, die Lieder nicht aufzuführen“, heißt es in dem LSVD-Schreiben."
    quote = next(quote for quote in extract_quotes(text) if quote.kind == "direct")
    assert quote.mention is not None and quote.mention.text == "dem LSVD-Schreiben"
    quote = next(quote for quote in extract_quotes("Der Minister trat zurück. „Wir bedauern den Schritt sehr“, hieß es.") if quote.kind == "direct")
    assert quote.mention is None


def test_a_frame_after_a_closing_mark_without_comma_stays_in_the_sentence():
    text = "„Die Gemeinschaftsschule ist in der Schullandschaft angekommen.“ erklärte Kultusministerin Eisenmann."
    quote = _only(text)
    assert quote.mention is not None and quote.mention.text == "Kultusministerin Eisenmann"


def test_temporal_danach_is_not_a_source():
    text = "Die Polizei kam um zehn Uhr. Danach brach im Keller des Gebäudes ein Feuer aus."
    assert not extract_quotes(text)


def test_danach_with_konjunktiv_reports_the_source():
    quote = _only("Der Bericht liegt vor. Danach hätte es sich um ein einseitiges Feuergefecht gehandelt.", "reported")
    assert quote.mention is not None and quote.mention.text == "Danach"


def test_a_quote_after_a_colon_frame_belongs_to_the_inverted_frame_behind_it():
    text = (
        "Der Pfarrer Gerhard Maria Wagner hat verzichtet. "
        "Wagner gab nach und bat um die Rücknahme: „Angesichts der Kritik bin ich zu dem Entschluss gekommen, "
        "um Rücknahme zu bitten“, heißt es in einer gestern verbreiteten Erklärung."
    )
    quotes = extract_quotes(text)
    assert [quote.kind for quote in quotes] == ["direct"]
    assert quotes[0].mention is not None and quotes[0].mention.text == "einer gestern verbreiteten Erklärung"
    assert quotes[0].person == "Gerhard Maria Wagner"


def test_the_quotation_after_a_topic_clause_and_colon_is_what_was_said():
    text = (
        "Auf der documenta-Homepage heißt es zur Begründung, warum man sich für dieses Bild entschieden hat: "
        "„Die Zählstriche wurden aufgrund ihrer bildhaften Darstellung gewählt.“"
    )
    quotes = extract_quotes(text)
    assert [quote.kind for quote in quotes] == ["direct"]
    assert quotes[0].mention is not None and quotes[0].mention.text == "der documenta-Homepage"
    reported = _only("Der Minister sagte, er habe darauf nur eine Antwort: „Nein, das machen wir nicht.“", "reported")
    assert reported.text.startswith("er habe darauf nur eine Antwort")
    answered = "Nachdem er gefragt wurde, was seine Partei unterscheide, entgegnete Bernhard Suttner empört: „Wollen Sie das so stehen lassen?“"
    direct = _only(answered, "direct")
    assert direct.mention is not None and direct.mention.text == "Bernhard Suttner"


def test_a_name_in_marks_after_an_inverted_verb_is_the_speaker():
    quote = _only("„Er ist der kreative Kopf, der in Erinnerung geblieben ist“, schrieb „Die Zeit“ in einem Nachruf.", "direct")
    assert quote.mention is not None and quote.mention.text == "„Die Zeit“"
    consequence = "Der Bürgermeister drohte den Plünderern. Kämen sie dem nicht nach, so „schütze sie Gott“."
    assert all(found.mention is None or "Gott" not in found.mention.text for found in extract_quotes(consequence))


def test_the_subject_of_a_passive_speech_verb_is_what_was_talked_about():
    passive = (
        "In einem Bericht von ndr.de werden die Sicherheitsvorkehrungen als „extrem“ bezeichnet. "
        "Mehrere Tausend Beamte seien im Einsatz gewesen."
    )
    mentions = [quote.mention.text for quote in extract_quotes(passive) if quote.mention is not None]
    assert mentions and not any("Sicherheitsvorkehrungen" in mention for mention in mentions)
    agent = _only("Die Sicherheitsvorkehrungen werden von der Polizei als „extrem hart und übertrieben“ bezeichnet.", "direct")
    assert agent.mention is not None and agent.mention.text == "der Polizei"


def test_an_action_noun_after_a_second_verb_is_an_object_not_an_inverted_speaker():
    text = "Die Rothemden begrüßten die Ankündigung des Premierministers, fordern aber die Nennung eines genauen Datums."
    assert all(quote.mention is None or "Nennung" not in quote.mention.text for quote in extract_quotes(text))
    body = _only("Die Grenzen des Landes werden bis auf weiteres geschlossen, teilte die Regierung in Lomé mit.", "reported")
    assert body.mention is not None and body.mention.text.startswith("die Regierung")


def test_an_extended_attribute_stays_inside_the_speaker_phrase():
    text = "Er starb am Samstag, teilte die zur kalifornischen Stanford University gehörende Hoover Institution mit."
    quote = _only(text, "reported")
    assert quote.mention is not None and quote.mention.text == "die zur kalifornischen Stanford University gehörende Hoover Institution"


def test_the_content_starts_at_dass_after_the_speakers_name_apposition():
    text = "So sagte der für die Region zuständige Koordinator, Deftalgne Tessema, gegenüber der BBC, dass nur 14 Boote im Einsatz seien."
    quote = _only(text, "reported")
    assert quote.text == "dass nur 14 Boote im Einsatz seien"
    assert quote.mention is not None and quote.mention.text == "der für die Region zuständige Koordinator"


def test_a_konjunktiv_relative_clause_on_an_inverted_speaker_is_their_reported_view():
    text = "„Jetzt ist es noch außergewöhnlicher“, schrieb die in New York geborene Lopez, die den Auftritt kaum erwarten könne."
    reported = _only(text, "reported")
    assert reported.text.startswith("die den Auftritt kaum erwarten könne")
    assert reported.mention is not None and reported.mention.text == "die in New York geborene Lopez"
    going_on = "„Jetzt ist es noch außergewöhnlicher“, schrieb Lopez, die den Auftritt kaum erwarten könne, und fügte hinzu, sie sei stolz."
    assert sorted(quote.text for quote in extract_quotes(going_on) if quote.kind == "reported") == [
        "die den Auftritt kaum erwarten könne",
        "sie sei stolz",
    ]


def test_words_quoted_in_an_appraisal_belong_to_who_pays_tribute():
    quote = _only("Das Nobelkomitee würdigte damit Obamas Einsatz zur „Stärkung der internationalen Diplomatie“.", "direct")
    assert quote.mention is not None and quote.mention.text == "Das Nobelkomitee"


def test_konjunktiv_after_demnach_goes_back_to_the_source_it_points_to():
    text = (
        "Es ist laut dem Nachrichtenmagazin Focus zu kritischen Situationen gekommen. "
        "Demnach haben Jagdflugzeuge die Hubschrauber mit ihrem Radar angepeilt. "
        "Üblicherweise sei dies der letzte Schritt vor einem Schuss."
    )
    mentions = [quote.mention.text for quote in extract_quotes(text) if quote.kind == "reported"]
    assert mentions == ["dem Nachrichtenmagazin Focus", "Demnach", "dem Nachrichtenmagazin Focus"]


def test_source_written_with_a_lower_case_prefix():
    quote = _only("Bei Gewaltverbrechen gibt es aber laut ai-Bericht eine hohe Dunkelziffer.", "reported")
    assert quote.mention is not None and quote.mention.text == "ai-Bericht"
    assert "hohe Dunkelziffer" in quote.text and "laut" not in quote.text


def test_inverted_frame_with_a_long_middle_field():
    text = (
        "Es drohe ein Rüstungswettlauf, hatte Obama bei seinem Treffen mit dem russischen "
        "Staatspräsidenten Dmitri Medwedew in Moskau im Vorfeld des Gipfels gesagt."
    )
    quote = _only(text, "reported")
    assert quote.text == "Es drohe ein Rüstungswettlauf"
    assert quote.mention is not None and quote.mention.text == "Obama"


def test_reported_content_ends_where_the_frame_clause_goes_on():
    text = "Bundespräsident Horst Köhler sagte, sie müssten ihre Zurückhaltung aufgeben und bemühte das Bild vom Boot."
    quote = _only(text, "reported")
    assert quote.text == "sie müssten ihre Zurückhaltung aufgeben"


def test_partial_quote_goes_to_the_subject_of_its_own_clause():
    text = "Miroslav Klose nannte das „überzogen“, Bundestrainer Joachim Löw bezeichnete die Karten als „übertrieben“."
    speakers = {quote.text: quote.mention.text for quote in extract_quotes(text) if quote.kind == "direct"}
    assert speakers == {"überzogen": "Miroslav Klose", "übertrieben": "Bundestrainer Joachim Löw"}


def test_coordinated_apposition_is_the_subject_not_the_object():
    text = "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU vor einem „populistischen Wahlkampf“."
    quote = _only(text, "direct")
    assert quote.mention is not None and "Bürgermeister" in quote.mention.text


def test_konjunktiv_after_a_reporting_sentence_goes_to_its_subject():
    text = "Am Abend meldete die Nachrichtenagentur Reuters neue Zahlen aus der Region. Mehrere Verletzte seien noch in Lebensgefahr."
    continuation = _only(text, "reported")
    assert continuation.eval_type == "FreeIndirect"
    assert continuation.mention is not None and continuation.mention.text == "die Nachrichtenagentur Reuters"


def test_reported_content_ends_before_the_writers_own_clause():
    text = (
        "Die Führung der Armee hatte beschlossen, den Prinzen aus der Provinz zurückzuholen, "
        "nachdem bekannt geworden war, dass er dort kämpfte."
    )
    quote = _only(text, "reported")
    assert quote.text == "den Prinzen aus der Provinz zurückzuholen"


def test_relative_clause_on_the_source_is_not_what_it_says():
    text = "Nach der Einschätzung eines Experten, der vom Sender befragt wurde, würde dies für einen Anschlag sprechen."
    quote = _only(text, "reported")
    assert quote.text.startswith("würde dies für einen Anschlag sprechen")
    assert "befragt" not in quote.text


def test_as_said_clause_inside_a_source_phrase_is_not_content():
    text = "Nach Auffassung der Kanzlerin habe sich das System bewährt, wie Vizeregierungssprecher Thomas Steg mitteilte."
    assert not [quote for quote in extract_quotes(text) if quote.text.lower().startswith("wie ")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Verdächtige wurde am Dienstag gestellt. Das bestätigte der Präsident Indonesiens, Susilo Bambang Yudhoyono.", "der Präsident Indonesiens"),
        ("Der neue Airbus startet am Mittwoch zu seinem ersten Testflug. Dies gab Airbus in Toulouse bekannt.", "Airbus"),
    ],
)
def test_anaphoric_frame_credits_its_own_subject(text, speaker):
    quote = _only(text, "reported")
    assert quote.text.startswith("Der ")
    assert quote.mention is not None and quote.mention.text == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Fischer sagten, in der Region eine Explosion gesichtet zu haben.", "in der Region eine Explosion gesichtet zu haben", "Fischer"),
        ("Die EU-Kommission schlug vor, zu prüfen, ob ein anderes Abkommen möglich sei.", "zu prüfen", "Die EU-Kommission"),
        ("Die Organisatoren gestanden ein, dass ihnen die Sängerin nicht gefallen hatte.", "dass ihnen die Sängerin", "Die Organisatoren"),
        ("Die Grünen prangerten an, dass die Lehrer zu Hilfssheriffs würden.", "dass die Lehrer", "Die Grünen"),
        ("Die Initiatoren erhoffen sich, dass die Politik endlich handeln werde.", "dass die Politik", "Die Initiatoren"),
        # "gebeten" is the participle of "bitten" (the lemma table lacks it)
        ("Der Weihbischof hat den Papst gebeten, seine Ernennung zurückzunehmen.", "seine Ernennung zurückzunehmen", "Der Weihbischof"),
        ("Der Minister schloss aus, dass die Steuern steigen würden.", "dass die Steuern", "Der Minister"),
    ],
)
def test_zu_infinitives_and_ambiguous_speech_verbs(sentence, content, speaker):
    quote = _only(sentence, "reported")
    assert quote.text.startswith(content)
    assert quote.mention is not None and quote.mention.text == speaker


def test_so_dass_is_not_a_frame():
    text = "Die Straße war gesperrt, so dass die Anwohner einen Umweg fahren mussten."
    assert not extract_quotes(text)


def test_long_partial_quote_goes_to_the_sentence_subject_without_a_speech_verb():
    text = (
        "Der Vorsitzende der Gewerkschaft ver.di, Frank Bsirske, würdigte Kluncker heute als "
        "„eine bedeutende Persönlichkeit und einen großen Gewerkschafter“."
    )
    quote = _only(text, "direct")
    assert quote.mention is not None and quote.mention.text.startswith("Der Vorsitzende der Gewerkschaft")
    named = "Der Vorsitzende der Gewerkschaft ver.di, Frank Bsirske, nannte Kluncker heute „eine bedeutende Persönlichkeit“."
    assert [(found.kind, found.mention.text if found.mention else None) for found in extract_quotes(named)] == [
        ("direct", "Der Vorsitzende der Gewerkschaft ver.di, Frank Bsirske")
    ]


def test_full_stop_glued_to_the_next_sentence_still_ends_it():
    text = "Das steht im Bundesanzeiger.Mats Schönauer schreibt dazu in seinem Blog: „So tingelt die Geschichte durch alle Medien.“"
    quote = _only(text, "direct")
    assert quote.mention is not None and quote.mention.text == "Mats Schönauer"


def test_quote_after_a_reported_clause_with_a_colon_goes_to_the_frame_speaker():
    text = (
        "Er glaubt weiterhin, dass das Team gestärkt aus der Saison hervorgegangen sei: "
        "„Wir haben gelernt, noch bescheidener zu sein.“"
    )
    quote = _only(text, "direct")
    assert quote.mention is not None and quote.mention.text == "Er"


def test_passive_judgement_without_an_agent_is_not_attributed():
    assert not extract_quotes("Es wurde auch die technische Instandhaltung der Druckluftsysteme bemängelt.")


def test_passive_speech_act_with_an_agent_is_reported_by_the_agent():
    quote = _only("Von der Opposition wurde der Besuch als PR-Aktion kritisiert.", "reported")
    assert quote.eval_type == "Reported"
    assert quote.mention is not None and "Opposition" in quote.mention.text


def test_second_clause_partial_quote_after_an_apposition_sentence():
    text = (
        "Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis „überzogen“, "
        "Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“."
    )
    speakers = {quote.text: quote.mention.text for quote in extract_quotes(text) if quote.kind == "direct"}
    assert speakers == {"überzogen": "Miroslav Klose", "übertrieben": "Bundestrainer Joachim Löw"}


def test_a_name_opened_by_an_ordinal_is_not_a_quote():
    sentence = "Er war zu Gast beim „2. Deutschen Klimakongress der Energiewirtschaft“ in Stuttgart."
    assert not [quote for quote in extract_quotes(sentence) if quote.kind == "direct"]


def test_konjunktiv_clause_reported_by_the_speaking_clause_before_it():
    text = "Die Mutter wandte sich daraufhin an das Forum, da sie befürchtete, man wolle ihr die Kinder wegnehmen."
    quote = _only(text, "reported")
    assert quote.text.startswith("man wolle")
    assert quote.mention is not None and quote.mention.text == "sie"


@pytest.mark.parametrize(
    "text",
    [
        "Jetzt wurde der Junge mit Hilfe einer Suchseite gefunden: in Amsterdam.",
        "In der Theaterwerkstatt fand letzte Woche die Premiere statt: Dschungelbuch.",
        "Die Gedenkstätte befindet sich am Schloss, wo im Jahre 1662 ein Hexenprozess stattfand.",
        "Das Wetter meinte es gut mit den Zuschauern: Nur kurz schickte der Himmel einen leichten Nieselregen.",
        "Zwölf Todesopfer forderte ein Taifun, der am Sonntag den Norden heimsuchte.",
        "Nürnberg führt die Tabelle mit 59 Punkten an.",
        "Deutschland bestreitet sein zweites Gruppenspiel am 11. Januar.",
        "Als Zeichen gegen den Klimawandel gingen vielerorts die Lichter aus.",
        "Der Minister kam zum Schluss der Sitzung, als die Abstimmung schon vorbei war.",
        "Das Gericht verurteilte den Mann zu fünf Jahren Haft.",
        "Das Landgericht verurteilte ihn wegen Mordes.",
        "Der Angeklagte wurde wegen Mordes verurteilt.",
        "Die Mannschaft kam zu dem Ergebnis von zwei zu eins, das sie verdient hatte.",
    ],
)
def test_verbs_that_only_look_like_speech_verbs_are_no_frame(text):
    assert not extract_quotes(text)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Die Gewerkschaft forderte Entschädigungen für die Opfer.", "Die Gewerkschaft"),
        ("Der Minister bestreitet zum Beispiel jede Verantwortung.", "Der Minister"),
        ("Von einem Verbrechen geht die Polizei aus.", "die Polizei"),
    ],
)
def test_a_noun_after_a_preposition_is_no_object_that_unmakes_the_speech_act(sentence, speaker):
    quote = _only(sentence, "reported")
    assert quote.eval_type == "Reported"
    assert quote.mention is not None and quote.mention.text == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Den verbliebenen Flüchtlingen sicherte Präsident Xanana Gusmão zu, dass die Türen offen bleiben würden.", "Präsident Xanana Gusmão"),
        ("Auch wirft der ai-Bericht den Behörden vor, die Opfer zu diskriminieren.", "der ai-Bericht"),
        ("Ihr gegenüber hat er angegeben, er sei wütend gewesen.", "er"),
        ("Von den Behörden in beiden Staaten wird angenommen, dass Schmuggel dahinter stecke.", "den Behörden"),
        ("Die afghanischen und ausländischen Soldaten waren davon ausgegangen, die Männer seien bewaffnet.", "Die afghanischen und ausländischen Soldaten"),
        ("In einem Interview mit dem Anwalt sagte dieser, dass sein Mandant unschuldig sei.", "dieser"),
        (
            "Die Demokratische Partei Thailands begrüßte den Schritt, weil es zeige, dass die Mitglieder sich an die Regeln hielten.",
            "Die Demokratische Partei Thailands",
        ),
        ("Am Montag sagte der 81-jährige in einem Interview, dass die Maus sofort tot gewesen sei.", "der 81-jährige"),
        ("Vor kurzem hatte ein Talibanführer, Baitullah Mehsud, erklärt, die Taliban würden Soldaten töten.", "ein Talibanführer"),
        ("Die taz vermutet, dass der Zugriff auf diese Daten schon heute üblich ist.", "Die taz"),
        ("Es weist den Vorwurf als abwegig zurück, man hätte immer weiter verhandelt.", "Es"),
        ("Arabische und iranische Medien werfen ihm sogar offen Verrat vor.", "Arabische und iranische Medien"),
        ("Einige Gewerkschaften wollen ihre Mitglieder zu Streiks im Nahverkehr aufrufen.", "Einige Gewerkschaften"),
        ("Die Ministerin findet, dass die Schulen mehr Geld brauchen.", "Die Ministerin"),
        ("Aus Mangel an Befunden waren die Wissenschaftler bisher davon ausgegangen, dass die Menschen Fleisch aßen.", "die Wissenschaftler"),
        ("„Muslix64“ erwähnte auch, dass er weiteren Quellcode veröffentlichen werde.", "„Muslix64“"),
        (
            "Das Robert-Koch-Institut sieht keine besondere Gefahr. Lediglich Personen, die Umgang mit Geflügel hätten, seien gefährdet.",
            "Das Robert-Koch-Institut",
        ),
        ("Zudem hob Sarkozy dem „Figaro“ zufolge in einem Interview die Wichtigkeit Englands hervor.", "dem „Figaro“"),
        ("Die US-Botschaft stellte ihre Arbeit ein und empfahl US-Bürgern, unverzüglich das Land zu verlassen.", "Die US-Botschaft"),
        (
            "Bazoum Mohammed, Sprecher der Opposition, forderte die Militärjunta dazu auf, alsbald zur Demokratie zurückzukehren.",
            "Bazoum Mohammed",
        ),
        ("Die Geschäftsführung des Unternehmens, die ihre Verluste noch beziffert, kündigte eine Prüfung an.", "Die Geschäftsführung des Unternehmens"),
        ("Die Armeeleitung hingegen sprach von einem ganz normalen Absturz.", "Die Armeeleitung"),
        (
            "Die Fraktionschefin der Grünen, Renate Künast, äußerte sich kritisch gegenüber deutschen Automarken. "
            "Sie rate zum Kauf japanischer Hybridautos.",
            "Die Fraktionschefin der Grünen, Renate Künast",
        ),
        ("Bezüglich des Startortes meldet die Nachrichtenagentur Xinhua, die Maschine sei in Sentani losgeflogen.", "die Nachrichtenagentur Xinhua"),
        ("Bis zu der Beerdigung seien die Leichen in Misrata ausgestellt worden, berichtet der englische Independent.", "der englische Independent"),
        (
            # free indirect speech after a pronoun of the named speaker goes to the name
            "Ministerin Annette Schavan hat die Gebühren verteidigt. „Ich halte sie für richtig“, äußerte sich Schavan "
            "gegenüber der Presse. Die Beiträge stärkten die Hochschulen, und so würden sie auch von den Studierenden "
            "wahrgenommen. Die Studie zeige, dass die Gebühren kaum abschrecken.",
            "Schavan",
        ),
        # an institution named by an action noun speaks in an inverted frame
        ("Die Straße wird am Sonntag gesperrt, teilte die Polizeidirektion mit.", "die Polizeidirektion"),
        ("Das Geld für den Bau fehlt, erklärte die Stiftung.", "die Stiftung"),
        ("Die Gespräche seien gescheitert, sagte die Delegation.", "die Delegation"),
        (
            # "er" right after the verb is the subject, also after a fronted object with a relative clause
            "Die Anhänger, die sich anschickten, an der Kundgebung teilzunehmen, warnte er, die Organisatoren verfolgten eigene Ziele.",
            "er",
        ),
        # "kommen zu dem Schluss, dass": the conclusion is what the subject holds
        ("Die Forscher kommen zu dem Ergebnis, dass die Zahl der Fälle steigt.", "Die Forscher"),
        ("Das Gericht ist zu der Überzeugung gekommen, dass der Angeklagte gelogen hatte.", "Das Gericht"),
        # ", wonach …": the source noun before it, else the adverb itself
        ("Für das Jahr 2002 gibt es eine Schätzung, wonach in diesem Jahr 53.000 Kinder ermordet wurden.", "eine Schätzung"),
        ("Er schließt sich dem Verdacht der Kritiker an, wonach die Berufung politische Hintergründe besäße.", "dem Verdacht der Kritiker"),
        ("Das Ministerium hat Meldungen der Zeitung zurückgewiesen, wonach Inspektoren Zutritt verlangt hätten.", "wonach"),
        # a condemnation, also in the perfect tense, is a speech act; only a court's sentence is not
        ("Kanzlerin Angela Merkel hat den Anschlag scharf verurteilt.", "Kanzlerin Angela Merkel"),
        ("Kanzlerin Angela Merkel verurteilte den Anschlag und rief zu Besonnenheit auf.", "Kanzlerin Angela Merkel"),
    ],
)
def test_reported_speech_speaker_mention(sentence, speaker):
    quote = _only(sentence, "reported")
    assert quote.mention is not None and quote.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Präsident Joe Biden war zu Gast. In ihrer Rede lobte die Bürgermeisterin Anna Huber den Besuch "
            "und nannte Bidens Plan „mutig und vorbildlich“.",
            "die Bürgermeisterin Anna Huber",
        ),
        (
            "Wie der Finanzminister Hartmut Möllring am Dienstag erklärte, sieht die Landesregierung in dem Gesetz "
            "„kein Hindernis für den Handel“.",
            "der Finanzminister Hartmut Möllring",
        ),
        (
            # a speech verb in Konjunktiv belongs to the report that goes on
            "Der Datenschützer Peter Schaar übte Kritik an den Plänen. Er bezeichnete die Pläne als Wortbruch. "
            "Bisher habe die Bundesregierung eine „zentrale Datei“ ausgeschlossen.",
            "Er",
        ),
        (
            # two coordinated speaking clauses: the colon belongs to the second
            "Die Demonstranten skandierten Parolen wie „Thaksin raus!“ und der Unternehmer Sondhi Limthongkul rief "
            "vor den Demonstranten aus: „Thaksin ist der schlechteste Ministerpräsident aller Zeiten!“",
            "der Unternehmer Sondhi Limthongkul",
        ),
        ("Ein nicht genannter Vertreter der Firma bezeichnet ihre Investition als „strategisch“.", "Ein nicht genannter Vertreter der Firma"),
        ("Gerhard Schröder hielt sich zurück. Seine Meinung zu Kirchhoff: „Ich dachte, das darf nicht wahr sein.“", "Seine Meinung"),
        (
            "Das Fazit von Sandra Boser nach fünf Jahren überrascht nicht: „Die hohen Anmeldezahlen zeigen, dass wir richtig liegen.“",
            "Sandra Boser",
        ),
        (
            "Im letzten Satz der Anordnung, die Twitter bereits am 14. Dezember zugestellt wurde, heißt es: "
            "„Twitter darf die Existenz dieser Entscheidung nicht bekanntgeben.“",
            "letzten Satz der Anordnung",
        ),
        (
            "Ajatollah Chamenei forderte Ruhe. Später versammelten sich Tausende, die unter anderem skandierten: "
            "„Mussawi, hole unsere Stimmen zurück!“",
            "die",
        ),
        (
            # a verb of knowing inside reported content gives the quotation no speaker of its own
            "Karsai sagte vor Journalisten, Afghanistan sei ein Opfer und Mehsud sollte wissen, "
            "„dass wir jetzt hinter ihm her sind.“",
            "Karsai",
        ),
        (
            # asyndetic second clause: its apposition subject frames the colon
            "Ministerin Susanne Eisenmann wies diese Behauptung zurück, die Sprecherin der Fraktion, "
            "Sandra Boser (GRÜNE), erklärte: „Neiddebatten sind völlig fehl am Platz.“",
            "die Sprecherin der Fraktion, Sandra Boser",
        ),
        # inverted frames after a direct quote
        ("Die Moderatorin stand vor dem Käfig. „Das Leiden wird noch verstärkt.“, so letztere.", "letztere"),
        ("„Er ist die eiserne Hand“, so charakterisierte ihn der Gewerkschafter Bernard Aubin.", "der Gewerkschafter Bernard Aubin"),
        ("„Bürgeranfragen sind wohl zu lästig.“ so das Fazit der Betreiber von Abgeordnetenwatch.", "das Fazit der Betreiber"),
        ("„Wir haben jetzt vier Punkte“, zeigte sich Trainer Milovan Rajevac nach dem Spiel zufrieden.", "Trainer Milovan Rajevac"),
        # a judging verb with "als": the subject calls it what the quotation says
        ("Der Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein „Beispiel taktlosen Verhaltens“.", "Der Verkehrsminister, Binali Yildirim"),
        ("Auf Twitter zeigte sich die Bundesregierung bestürzt und verurteilte ihn als „hinterhältigen Anschlag“.", "die Bundesregierung"),
        ("Der Minister tat die Kritik als „Wahlkampfgetöse“ ab.", "Der Minister"),
        ("Das Gericht kam damit zu dem Ergebnis, „dass auch in der Gesamtschau keine Grundlage besteht“.", "Das Gericht"),
        # a first-person statement in brackets after a name is no translation of the name
        ("Trainer Jürgen Klopp („Wir haben verdient gewonnen“) war zufrieden.", "Trainer Jürgen Klopp"),
        # "lässt … erklären": the causative "lassen" is the finite verb, its subject the speaker
        ("Aktuell lässt sie dort – offenbar durch ihre Rechtsanwälte – Folgendes zu ihrer Person erklären: „Ich bin unschuldig.“", "sie"),
        # a surname of the article speaks even when it is also a common noun ("Pieper")
        (
            "Die Abgeordnete Gudrun Pieper war verärgert. In der Debatte hatte sich Pieper während einer Rede "
            "zu dem Zwischenruf hinreißen lassen: „Am besten hätte man Sie abschieben sollen.“",
            "Pieper",
        ),
        # "verurteilte" is a speech act, so the quotation after it is the condemner's
        (
            "Die Abgeordneten schrieben einen Brief. Sie forderten einen Kurswechsel. Sadiq Khan, eines der Parlamentsmitglieder, "
            "die den Brief unterschrieben, verurteilte die Haltung der Regierung. „Diese Regierung hat Erfolge, aber das ist ein Fehler.“",
            "Sadiq Khan",
        ),
        # a speech verb before a colon does not govern the quotation after it
        (
            "Zwar würde sie eine Bewährung zubilligen, zumal Verteidiger Wolfgang Dingfelder betont hatte, der Angeklagte sei "
            "harmlos, doch die Richterin ließ sich nicht ein: Eine Bewährung sei nicht vermittelbar, „wenn jemand mit 1,9 "
            "Promille einen Radfahrer anfährt“, so Ute Bader.",
            "Ute Bader",
        ),
        # chanted slogans are the crowd's words, however much they look like titles
        ("Die Demonstranten zogen zur Paulskirche und skandierten Parolen wie zum Beispiel „Stoppt den Überwachungswahn“.", "Die Demonstranten"),
        ("Im Vorfeld haben Anhänger der Organisation mit der Parole „Wir erwarten euch“ gedroht.", "Anhänger der Organisation"),
        ("Die Menge skandierte „Thaksin raus!“.", "Die Menge"),
        # "sprachen" is a form of "sprechen", not the noun "Sprachen"
        ("Die Kurse fielen. Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“.", "Analysten"),
        # an active "zitiert" without a colon: the one quoted said it
        ("Der Spiegel zitiert den Prediger mit den Worten „Wir warnen das Abendland, das Israel unterstützt.“", "den Prediger"),
        ("Die Zeitung zitiert den Minister mit den Worten „Wir bleiben hier.“", "den Minister"),
    ],
)
def test_direct_quote_speaker_mention(text, speaker):
    quote = _direct_quotes(text)[-1]  # the last one is the case; earlier ones set the scene
    assert quote.mention is not None and quote.mention.text == speaker


def test_head_of_an_organisation_role_resolves_to_the_speaker_just_named():
    text = (
        "Generalsekretär Anders Fogh Rasmussen besuchte Moskau. Präsident Dmitri Medwedew empfing ihn. "
        "Rasmussen sagte, die Gespräche seien gut gewesen. Der Nato-Chef lehnte es ab, den Pakt zu diskutieren. "
        "Der Westen werde die Vorschläge prüfen, aber „das richtige Forum ist die OSZE“."
    )
    quote = _only(text, "direct")
    assert quote.mention is not None and quote.mention.text == "Der Nato-Chef"
    assert quote.person == "Anders Fogh Rasmussen"


def test_a_clock_time_is_no_colon():
    text = (
        "Acht Tote forderte heute laut Behördenangaben gegen 08:15 Uhr ein Anschlag auf einen Bus. "
        "Unter den Toten soll sich auch ein Kleinkind befinden."
    )
    quotes = extract_quotes(text)
    assert [quote.text[:9] for quote in quotes] == ["Acht Tote", "Unter den"]
    assert {quote.mention.text for quote in quotes} == {"Behördenangaben"}


def test_a_name_in_commas_after_the_subject_names_the_speaker():
    text = "Der Nachfolger des Airbus-Chefs Christian Streiff, Louis Gallois, hat angekündigt, die Sanierung werde Stellen kosten."
    quote = _only(text, "reported")
    assert quote.mention is not None and quote.mention.text.endswith(", Louis Gallois")
    assert quote.person == "Louis Gallois"


def test_apposition_subject_before_the_verb_when_the_first_phrase_is_not_a_plain_noun_phrase():
    text = "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne. Hier seien die Mittel zu knapp."
    quotes = [quote for quote in extract_quotes(text) if quote.kind == "reported"]
    assert quotes[-1].text == "Hier seien die Mittel zu knapp."
    assert all(quote.mention is not None and quote.mention.text == "Anja Hajduk" for quote in quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Verband verwies auf Studien der Charité, nach denen Homöopathie oft wirksam sei.", "Homöopathie oft wirksam sei"),
        ("Er zweifelte an den Grundsätzen, denen zufolge von einer Unschuldsvermutung auszugehen sei.", "von einer Unschuldsvermutung auszugehen sei"),
        ("Es war ein Schritt für die Pläne der Partei, laut denen jeder Deutsche ein Radio haben sollte.", "jeder Deutsche ein Radio haben sollte"),
    ],
)
def test_a_relative_pronoun_source_reports_its_own_clause(text, content):
    quote = _only(text, "reported")
    assert quote.text == content
    assert quote.mention is not None and quote.mention.text == "denen" and quote.person is None


def test_a_mark_that_opens_a_compound_is_a_name():
    assert not _direct_quotes("Die Polizei sprach mit einer „Reuters“-Reporterin über den Anschlag.")


def test_a_subordinating_conjunction_is_no_part_of_the_speaker_phrase():
    text = "Obwohl Steinbrück aufgrund der Konjunktur mit Mehreinnahmen rechnet"
    tokens = tokenize(text)
    chunk = first_speaker_phrase(tokens, 0, len(tokens))
    assert chunk is not None and " ".join(token.text for token in tokens[chunk[0] : chunk[1]]) == "Steinbrück"


def test_a_finite_verb_after_das_and_zu_beginn_end_no_noun_phrase():
    text = "Das musste Finanzminister Peer Steinbrück zu Beginn der Debatte einräumen"
    tokens = tokenize(text)
    assert chunk_mention(text, tokens, 0) is None
    chunk = chunk_mention(text, tokens, 2)
    assert chunk is not None and " ".join(token.text for token in tokens[chunk[0] : chunk[1]]) == "Finanzminister Peer Steinbrück"


def test_darueber_hinaus_is_no_speaker():
    quote = _only("Darüber hinaus wirft der Arbeitskreis der Polizei vor, sich nicht an Absprachen gehalten zu haben.", "reported")
    assert quote.mention is not None and quote.mention.text.startswith("der Arbeitskreis")


def test_passive_zitieren_credits_the_subject_in_apposition():
    text = "Der Fraktionschef der Grünen, Volker Ratzmann, wird von der Zeitung mit den Worten zitiert: „Wowereit ist angeschlagen.“"
    quote = _only(text, "direct")
    assert quote.person == "Volker Ratzmann"


def test_a_middle_part_of_a_full_name_is_the_person():
    text = (
        "Vor dem Konklave meinte der Friedensnobelpreisträger Adolfo Pérez Esquivel, dass Bergoglio dazugehörte. "
        "Pérez hoffte dass der „Heilige Geist wach ist und sich nicht irrt“ bei der Wahl."
    )
    quote = _direct_quotes(text)[-1]
    assert quote.mention is not None and quote.mention.text == "Pérez"
    assert quote.person == "Adolfo Pérez Esquivel"


def test_listed_speakers_each_own_their_bracketed_or_colon_quote():
    text = (
        "Viele gratulierten Obama, so der Ministerpräsident Silvio Berlusconi, der Leiter der IAEA, Mohammed ElBaradei "
        "(„Mir fällt niemand ein, der diese Ehre mehr verdient hätte.“), und der Ministerpräsident Jens Stoltenberg: "
        "„Der Preis kommt nicht zu früh.“"
    )
    speakers = {quote.text[:8]: quote.mention.text for quote in _direct_quotes(text)}
    assert speakers == {"Mir fäll": "Mohammed ElBaradei", "Der Prei": "der Ministerpräsident Jens Stoltenberg"}


def test_a_verb_after_und_shares_the_inverted_pronoun_subject_and_names_after_mit_are_no_antecedents():
    text = (
        "Neil Armstrong starb am Samstag. Nach dem Flug mit seinen Kollegen Edwin Aldrin und Michael Collins lenkte er "
        "die Mondlandefähre zu einem Landeplatz und meldete sich mit den Worten: „The Eagle has landed.“"
    )
    quote = _only(text, "direct")
    assert quote.mention is not None and quote.mention.text == "er"
    assert quote.person == "Neil Armstrong"


@pytest.mark.parametrize(
    ("word", "expected"), [("plane", True), ("brauche", True), ("sei", True), ("lange", False), ("gute", False), ("anstelle", False)]
)
def test_konjunktiv_forms_the_lemma_table_lacks(word, expected):
    assert is_konjunktiv(word) is expected


def test_first_person_present_is_no_konjunktiv():
    assert not has_konjunktiv("Folglich lehne ich eine Ausweitung ab".split())
    assert not has_konjunktiv("Praktisch halte ich es so".split())
    assert has_konjunktiv("Er halte es für richtig".split())


def test_a_konjunktiv_form_missing_from_the_lemma_table_opens_reported_content():
    quote = _only("Der Premierminister François Fillon erklärte, sein Land plane konkrete Operationen gegen Libyen.", "reported")
    assert quote.text == "sein Land plane konkrete Operationen gegen Libyen"


def test_a_second_verb_with_a_particle_is_no_apposition_of_the_first():
    text = "Er sagte, Europa brauche die Engländer und fügte hinzu: „Wer kann glauben, man könne Europa ohne sie bauen?“"
    assert _only(text, "reported").text == "Europa brauche die Engländer"
    assert _only(text, "direct").mention.text == "Er"


def test_a_second_speech_verb_after_und_opens_its_own_frame():
    text = (
        "Die Abgeordnete Carolyn McCarthy erklärte, Gillibrand sei eine Gefahr für den Staat, "
        "und kündigte an, 2010 gegen Gillibrand kandidieren zu wollen."
    )
    quotes = [quote for quote in extract_quotes(text) if quote.kind == "reported"]
    assert [quote.text for quote in quotes] == ["Gillibrand sei eine Gefahr für den Staat", "2010 gegen Gillibrand kandidieren zu wollen"]
    assert all(quote.person == "Carolyn McCarthy" for quote in quotes)


def test_a_relative_was_clause_is_no_reported_content():
    quotes = extract_quotes("Er kritisierte die Regierung, was eine heftige Reaktion der Linken zur Folge hatte.")
    assert not any(quote.text.startswith("was") for quote in quotes)


def test_free_indirect_speech_after_a_sentence_about_things_goes_on_with_the_last_source():
    text = (
        "Die Agentur Xinhua meldete, es gebe neue Proteste. Die Proteste breiteten sich heute auf die Nachbarprovinzen aus. "
        "In Lanzhou seien einige hundert Studenten auf die Straße gegangen."
    )
    quotes = [quote for quote in extract_quotes(text) if quote.kind == "reported"]
    assert quotes[-1].text.startswith("In Lanzhou")
    assert quotes[-1].mention is not None and quotes[-1].mention.text == "Die Agentur Xinhua"


def test_nach_eigenem_bekunden_is_the_subjects_own_account_and_the_subject_goes_on_speaking():
    text = (
        "Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden seit langem eingeweiht. "
        "„Mein Bruder wünscht sich im Alter mehr Ruhe.“"
    )
    reported = _only(text, "reported")
    assert reported.mention is not None and reported.mention.text == "eigenem Bekunden"
    assert reported.person == "Georg Ratzinger"
    direct = _only(text, "direct")
    assert direct.person == "Georg Ratzinger"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“.", "Hans Küng"),
        ("Für den Gesundheitsminister Jose Gomes Temporao ist die Situation in Rio „alarmierend“.", "Jose Gomes Temporao"),
    ],
)
def test_fuer_a_person_opens_that_persons_view(text, person):
    assert _only(text, "reported").person == person
    assert _only(text, "direct").person == person


def test_fuer_a_group_is_no_view():
    assert not extract_quotes("Für die Kinder war das ein großer Spaß.")


def test_a_name_after_laut_inside_reported_speech_is_no_quote():
    assert not _direct_quotes("Der Sprecher sagte, die Demonstranten seien laut „Tagesspiegel“ vor allem Jugendliche gewesen.")


def test_a_dative_einer_phrase_is_no_speaker():
    quotes = extract_quotes("Spiegel Online berichtet vom Einsturz von zehn Häusern und einer Kirche.")
    assert all(quote.mention is None or "Kirche" not in quote.mention.text for quote in quotes)


def test_a_relative_pronoun_object_before_a_colon_leaves_the_subject_speaking():
    text = "Die Marke, die Gerhard Schröder zum Erfolgskriterium erklärt hatte: „Ich rechne damit, dass es uns gelingt.“"
    assert _only(text, "direct").person == "Gerhard Schröder"


def test_a_title_with_a_full_stop_stays_inside_the_name():
    text = "Der Forscher Dr. Heino Stoever riet zur Gelassenheit"
    tokens = tokenize(text)
    chunk = chunk_mention(text, tokens, 0)
    assert chunk is not None and tokens[chunk[1] - 1].text == "Stoever"


@pytest.mark.parametrize(
    ("form", "particles", "verb"),
    [
        ("sprachen", (), "sprechen"),  # the lemma table has only the noun "Sprachen"
        ("gebeten", (), "bitten"),
        ("schloss", ("aus",), "ausschließen"),  # "schloss … aus"; the table has the noun "Schloss"
    ],
)
def test_speech_verb_forms_the_lemma_table_lacks(form, particles, verb):
    assert speech_lemma(form, particles) == verb
