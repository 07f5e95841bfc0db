"""``/quote`` as a user meets it: English spellings, suggestions, direct before reported, cited."""

from __future__ import annotations

import pytest

from bot.speakers import speaker_choices


@pytest.mark.parametrize(
    ("typed", "speaker", "article", "words"),
    [
        ("Medvedev", "Dmitri Medwedew", "001", "prüfen"),
        ("Lavrov", "Sergej Lawrow", "000", "Wir erwarten, dass auch unsere Ideen"),
        ("Shoigu", "Sergei Schoigu", "003", "Die Aktionen unserer westlichen Kollegen"),
        ("fogh rasmussen", "Anders Fogh Rasmussen", "000", "Ich glaube, Russland könnte"),
        ("Stoltenbrg", "Jens Stoltenberg", "003", "Wir wollen die Beziehungen"),
    ],
)
def test_english_spellings_and_typos_find_the_speaker_and_their_words(bot, typed, speaker, article, words):
    answer = bot.ask(f"/quote {typed}")
    assert answer.ok and answer.items
    assert {item.fields["speaker"] for item in answer.items} == {speaker}
    assert any(item.citation.file.startswith(article) and words in item.fields["quote"] for item in answer.items)


def test_direct_quotes_come_first_and_reported_speech_is_marked(bot):
    kinds = [item.fields["kind"] for item in bot.ask("/quote Rasmussen").items]
    assert "direct" in kinds and "reported" in kinds
    assert kinds == sorted(kinds, key=lambda kind: kind != "direct")


def test_every_quote_is_cited_verbatim_and_its_quote_is_inside_the_excerpt(bot, settings):
    for item in bot.ask("/quote Stoltenberg").items:
        original = (settings.corpus_dir / item.citation.file).read_text(encoding="utf-8")
        assert original[item.citation.start : item.citation.end] == item.text
        for start, end in item.fields["quote_spans"]:
            assert item.citation.start <= start < end <= item.citation.end


@pytest.mark.parametrize("typed", ["Rasmussen Afghanistan", "Anders Fogh Rasmussen Afghanistan"])
def test_topic_words_rank_the_quotes(bot, typed):
    items = bot.ask(f"/quote {typed}").items
    assert items
    assert "Afghanistan" in items[0].text


def test_a_topic_with_no_match_shows_all_quotes_with_a_note(bot):
    answer = bot.ask("/quote Blinken Kernkraftwerke")
    assert answer.notice.code == "W008"
    assert answer.items


def test_caption_quote_is_attributed(bot):
    quotes = [item.fields["quote"] for item in bot.ask("/quote Rasmussen").items]
    assert any("Bis 2020 gemeinsame Raketenabwehr" in quote for quote in quotes)


def test_reported_speech_that_frames_a_direct_quote_is_not_repeated(bot):
    items = bot.ask("/quote Maas").items
    spans = [(i.citation.file, i.citation.start) for i in items]
    direct = [i for i in items if i.fields["kind"] == "direct"]
    assert direct
    for quote in direct:
        start, end = quote.fields["quote_spans"][0]
        overlapping = [
            i for i in items if i is not quote and i.citation.file == quote.citation.file
            and any(s < end and start < e for s, e in i.fields["quote_spans"])
        ]
        assert overlapping == [], spans


@pytest.mark.parametrize(
    ("typed", "offered"),
    [("Li", "Antony Blinken"), ("Ma", "Heiko Maas"), ("La", "Sergej Lawrow"), ("An", "Anders Fogh Rasmussen")],
)
def test_two_letters_are_not_taken_for_a_person_but_offered(bot, typed, offered):
    answer = bot.ask(f"/quote {typed}")
    assert answer.items == [] and answer.notice.code == "W007"
    assert offered in answer.suggestions


def test_unknown_name_gets_suggestions(bot):
    answer = bot.ask("/quote Rasmusen Anders")
    assert answer.items  # a typo in a known name still finds the person
    unknown = bot.ask("/quote Stoltenbarg Jensen")
    assert unknown.items or unknown.suggestions
    stranger = bot.ask("/quote Lavrenti")
    assert stranger.notice.code in {"W006", "W007"}
    assert not stranger.items
    assert "Sergej Lawrow" in stranger.suggestions


def test_nobody_of_that_name(bot):
    answer = bot.ask("/quote Merkel")
    assert answer.notice.code == "W006" and answer.items == []


def test_speakers_are_listed_and_offered_for_autocomplete(bot, library):
    listing = bot.ask("/speakers")
    assert "Anders Fogh Rasmussen" in listing.body and "Sergei Schoigu" in listing.body
    assert speaker_choices(library, "Lavr")[0] == "Sergej Lawrow"
    assert speaker_choices(library, "Medvedev")[0] == "Dmitri Medwedew"
    assert speaker_choices(library, "Sto") == ["Jens Stoltenberg"]
    assert len(speaker_choices(library, "")) <= 25


@pytest.mark.parametrize("line", ["/speakers", "/speakers Ras"])
def test_speakers_name_each_person_once_in_every_adapter(bot, line):
    from adapters.console import render_text
    from adapters.discord.embeds import render_pages
    from adapters.slack.blocks import render_messages

    answer = bot.ask(line)
    names = [person for person in bot.ask("/speakers").body.splitlines() if person]
    names = [person.split(" (")[0].split(":")[0] for person in names]
    discord = "\n".join(embed.description or "" for page in render_pages(answer, items_per_page=5) for embed in page)
    slack = "\n".join(
        block["text"]["text"] for message in render_messages(answer, items_per_message=5) for block in message.blocks if "text" in block
    )
    for adapter, shown in (("console", render_text(answer)), ("discord", discord), ("slack", slack)):
        counts = {name: shown.count(name) for name in names if name in shown}
        assert counts and set(counts.values()) == {1}, (adapter, counts)


def test_speakers_for_a_name_nobody_has_say_so_as_quote_does(bot):
    lavrenti = bot.ask("/speakers Lavrenti")
    assert lavrenti.notice.text == "No known speaker matches 'Lavrenti'. Did you mean: Sergej Lawrow?"
    assert lavrenti.suggestions == bot.ask("/quote Lavrenti").suggestions == ["Sergej Lawrow"]
    nobody = bot.ask("/speakers Nobody")
    assert nobody.notice.text == "No known speaker matches 'Nobody'."
    assert nobody.body is None
    assert bot.ask("/speakers Lavrov").notice.code == "I001"


def test_json_items_carry_speaker_mention_kind_and_quote(bot):
    data = bot.ask("/quote Shoigu").to_dict()
    first = data["items"][0]
    assert first["speaker"] == "Sergei Schoigu"
    assert first["kind"] == "direct"
    assert first["quote"].startswith("Die Aktionen")
    assert first["mention"]
    assert first["citation"]["file"] == "003_4b6bc0bcf130c92d.txt"


def test_a_much_quoted_person_gets_the_first_fifty_and_a_note(corpus_copy, tmp_path):
    import random

    from bot.config import load_settings
    from bot.quote_command import MAX_QUOTES_SHOWN
    from bot.service import NewsBot

    words = ["Apfel", "Brücke", "Schule", "Wetter", "Hafen", "Zug", "Garten", "Theater", "Museum", "Fabrik",
             "Kirche", "Markt", "Strand", "Wald", "Berg", "Fluss", "Insel", "Turm", "Bahnhof", "Rathaus"]
    rng = random.Random(7)
    lines = ["Viele Zitate", ""]
    for number in range(70):
        chosen = " ".join(rng.sample(words, 6))
        lines += [f"Der Bürgermeister Egon Quastenflosser sagte: „Heute geht es um {chosen} und Nummer {number}.“", ""]
    (corpus_copy / "005_viele.txt").write_text("\n".join(lines), encoding="utf-8")
    local = NewsBot.from_settings(load_settings(None, corpus_dir=corpus_copy, cache_dir=tmp_path / "cache"))
    answer = local.ask("/quote Quastenflosser")
    assert len(answer.items) == MAX_QUOTES_SHOWN
    assert answer.notice.code == "I003"
    assert all(item.fields["speaker"] == "Egon Quastenflosser" for item in answer.items)


def test_roles_are_listed_once_whatever_their_inflection():
    from bot.speakers_command import distinct_roles

    assert distinct_roles({"Außenminister", "Außenministers", "außenminister"}) == ["Außenminister"]
    assert distinct_roles({"Präsident", "Präsidenten", "Kremlchef"}) == ["Kremlchef", "Präsident"]


def test_of_two_roles_a_letter_apart_the_one_more_articles_use_is_shown():
    from collections import Counter

    from bot.speakers_command import distinct_roles

    # a typo that drops a letter is shorter, but the correct spelling is the common one
    assert distinct_roles(Counter({"NATO-Generalsekretär": 3, "NATO-Generalsekrtär": 1})) == ["NATO-Generalsekretär"]
    assert distinct_roles(Counter({"Präsidenten": 2, "Präsident": 1})) == ["Präsident"]  # inflection: the short form


def test_a_role_with_a_one_letter_typo_is_listed_once():
    from bot.speakers_command import distinct_roles

    assert distinct_roles({"NATO-Generalsekretär", "NaATO-Generalsekretär"}) == ["NATO-Generalsekretär"]
    # short roles that differ by one letter are different offices ("Papst"/"Propst" differ by two)
    assert distinct_roles({"Rektor", "Lektor"}) == ["Lektor", "Rektor"]
    assert distinct_roles({"Papst", "Propst"}) == ["Papst", "Propst"]
