"""The public entry point: ``extract_quotes(text)`` finds every quotation of an article.

One pass over the sentences of the masked article (quotations blanked, see
``bot.quotes.segments``): a sentence with a reported-speech frame yields an indirect quote or,
when its content is a quotation in marks, a direct one (a "laut X" source around a speech frame
adds its own quote); a colon frame takes the next paragraph; "Dies bestätigte X" reports the
sentence before; a speech verb with an object ("sprach von einem Erfolg", "wurde als Erfolg
gewertet") makes the sentence a reported speech act; Konjunktiv and hearsay ("soll") sentences
right after an attributed quote continue it (free indirect speech), and a Konjunktiv clause after
an indicative main clause is reported by that clause's subject; quotations in marks without a
frame are kept only when they read like speech or a speech verb in their sentence gives them a
speaker, so scare quotes and titles are dropped.

Speaker mentions follow what the frame says (a pronoun for "sagte er", the name for "sagte
Rasmussen"); only phrases that can speak (pronouns, names, roles, institutions) are taken, and
the resolved person is kept apart in ``Quote.person``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bot.quotes.cues import (
    COGNITION_VERBS,
    PASSIVE_AUXILIARIES,
    SEPARABLE_PREFIXES,
    SOURCE_VERBS,
    SUBJECTLESS_SPEECH_VERBS,
    has_konjunktiv,
    is_konjunktiv,
    lemma,
    speech_lemma,
)
from bot.quotes.direct import MarkedSpan, find_marked_spans
from bot.quotes.model import DIRECT, REPORTED, Quote, Span, SpeakerMention
from bot.quotes.reported import (
    OBJECT_CASE_WORDS,
    Frame,
    apposition_before_verb,
    clause_start,
    coordinated_clause_start,
    find_frames,
    heissen_source,
    says_heissen,
    subject_of_clause,
)
from bot.quotes.roles import heads_alike, role_head
from bot.quotes.segments import Sentence, Token, mask_spans, split_sentences, tokenize
from bot.quotes.speakers import (
    POSSESSIVES,
    PersonIndex,
    chunk_head,
    chunk_mention,
    first_speaker_phrase,
    is_capitalised_function_word,
    is_common_noun,
    is_german_noun,
    is_person_like,
    mention_from_chunk,
    names_a_speaker_noun,
    resolve,
)

_log = logging.getLogger(__name__)

SENTENCE_LIKE_WORDS = 5
FIRST_PERSON = frozenset("ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem unserer".split())
TITLE_CUES = frozenset(
    "motto titel namen name namens genannt genannte genannten sogenannt sogenannte sogenannten "
    "bezeichnung slogan schlagzeile aufschrift film buch roman album lied song programm "
    "operation aktion kampagne magazin zeitung zeitschrift sender".split()
)
# Nouns for chanted or written slogans ("skandierten Parolen wie „…“"): what follows is what
# the crowd said, never a title, however much it looks like one.
CHANT_NOUNS = frozenset("parole parolen spruch sprüche sprüchen".split())
_CHANT_INTRO = re.compile(r"\b(\w+)\s+(?:wie\s+)?(?:zum\s+Beispiel\s+|etwa\s+|unter\s+anderem\s+)?$")
# Compound title nouns by their last part: "Fernsehsendung", "Erstwerk", "Studie".
TITLE_CUE_ENDINGS = ("studie", "sendung", "serie", "musical", "werk", "titel", "motto", "buch", "film", "album")
TITLE_FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einer eines einem einen und für zur zum zu in im an am "
    "auf aus über unter von vom mit bei nach gegen um ohne durch of the and to for on at a an "
    "du de la le les des et pour un une di del della y el los las".split()
)
# Foreign function words: a short quotation made of them ("running mate", "Correio da Manhã")
# is a name or an English/French/Portuguese title, not German speech.
FOREIGN_FUNCTION_WORDS = frozenset("the a an of and to for on at is are you my dos du de la le les et el los las y".split())
WEB_ADDRESS = re.compile(r"[a-z]\.(?:de|com|org|net|uk|at|ch|eu|info|fr)\b")
GERMAN_FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einer eines einem einen und oder für zur zum zu in im an am auf aus über unter "
    "von vom mit bei nach gegen um ohne durch ist sind war nicht wir ich sie er es".split()
)
# Words right before a quotation that make it the name of a medium or an organisation.
NAME_INTRODUCERS = frozenset(("laut", "des", "beim"))
# Nouns for what someone said: "Seine Meinung zu X:", "Das Fazit von Sandra Boser:".
STATEMENT_NOUNS = frozenset(
    "meinung fazit antwort kommentar urteil einschätzung bilanz worte botschaft appell forderung "
    "begründung reaktion erklärung stellungnahme prognose warnung".split()
)
# Nouns that introduce the words themselves ("mit den Worten „…“"), not a title or a name.
WORDING_NOUNS = frozenset("worten worte satz sätze zitat ausspruch aussage".split())
CONTEXT_PARAGRAPHS = 2
# Speech verbs whose object is what was said ("forderte den Rücktritt", "sprach von einem
# Erfolg"): the whole sentence is a reported speech act.
SPEECH_ACT_VERBS = frozenset(
    """
    fordern sprechen ankündigen vorwerfen berichten bezeichnen appellieren vorschlagen warnen
    kritisieren auffordern aufrufen versprechen zusagen verlangen bestreiten beklagen
    bekanntgeben anregen bitten dementieren prognostizieren vorhersagen bemängeln monieren
    beschuldigen loben zurückweisen verurteilen nennen verkünden androhen ausgehen befürchten
    werten einstufen einschätzen beziffern plädieren anführen angeben bezichtigen attestieren
    raten
    """.split()
)
NOT_FRAME_VERBS = frozenset(
    "und oder aber sondern als wie wenn dass ob weil denn doch so auch nur noch schon sowie "
    "mit von für zu bei nach vor in im an am auf aus um über unter gegen durch ist war sind waren".split()
)
PRONOUN_WORDS = frozenset(("er", "sie"))
PRONOUNS_AND_ARTICLES = frozenset("der die das den dem des ein eine einer eines einem einen er sie es".split())
ANAPHORIC_OPENERS = frozenset(("Dies", "Das", "Dieses"))
HEARSAY_MODALS = frozenset(("soll", "sollen"))
# Sentence adverbs that stand for the source named just before ("Demnach ist …").
POINTING_SOURCES = frozenset(("demnach", "danach"))
# Adverbs that point to a document or sign named before ("Darin steht unter anderem: „…“"): the
# words stand there, so the quotation belongs to no speaker of the sentences before.
POINTING_PLACES = frozenset("darin darauf darunter dort hierin daraus".split())
# Verbs whose subject is a document, not a speaker ("geht aus dem Bericht hervor", "lautet").
PASSIVE_SPEECH_VERBS = frozenset(
    "nennen kritisieren bezeichnen angeben vermuten loben einstufen einschätzen ausgehen vorwerfen "
    "befürchten werten vorhersagen attestieren berichten fordern ankündigen beschuldigen".split()
)
# How far back a Konjunktiv sentence without a frame may look for the statement it continues.
RECENT_SENTENCES = 3


@dataclass
class _Attribution:
    """The speaker of the last attributed quote, to carry over to continuations."""

    mention: SpeakerMention | None
    person: str | None
    sentence: int
    paragraph: int


class _ArticleExtractor:
    """Holds one article's analysis while its sentences are walked once, in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marked = find_marked_spans(text)
        self.masked = _blank_bracketed_commas(mask_spans(text, [span for quote in self.marked for span in quote.spans]))
        self.sentences = split_sentences(self.masked)
        self.persons = PersonIndex(text, self.masked)
        # surnames and the other parts of full names ("Pérez" of "Adolfo Pérez Esquivel")
        self.surnames = frozenset(self.persons.persons) | frozenset(
            word for person in self.persons.persons.values() for word in person.name.split()[1:] if word[:1].isupper()
        )
        self.quotes: list[Quote] = []
        self.used_marks: set[int] = set()
        self.last: _Attribution | None = None
        self.group: list[int] = []
        self.group_attribution: _Attribution | None = None
        self.skip_until = 0

    # -- helpers -----------------------------------------------------------------------------
    def _marks_in(self, start: int, end: int) -> list[tuple[int, MarkedSpan]]:
        return [(number, mark) for number, mark in enumerate(self.marked) if start <= mark.start and mark.end <= end + 1]

    def _mention(self, sentence: Sentence, chunk: tuple[int, int] | None) -> SpeakerMention | None:
        if chunk is None:
            return None
        return mention_from_chunk(self.text, list(sentence.tokens), chunk[0], chunk[1], self.persons)

    def _direct(self, number: int, mark: MarkedSpan, mention, person, cue: Span | None) -> None:
        if number in self.used_marks:
            return
        self.used_marks.add(number)
        inner = self.text[mark.start + 1 : mark.end - 1]
        self.quotes.append(Quote(DIRECT, mark.spans, inner.strip(), mention, cue, person, "Direct"))

    def _reported(self, spans: tuple[Span, ...], mention, person, cue, eval_type: str) -> None:
        text = " ".join(self.text[span.start : span.end] for span in spans)
        self.quotes.append(Quote(REPORTED, spans, text, mention, cue, person, eval_type))
        if mention is not None:
            for start, end in ((span.start, span.end) for span in spans):
                for number, mark in self._marks_in(start, end):
                    if self._looks_like_title(mark, in_speech=True):
                        continue
                    sentence = next((item for item in self.sentences if item.start <= mark.start < item.end), None)
                    nested = self._bracketed_speaker(sentence, mark, marks=":(") if sentence is not None else None
                    nested = nested or self._nested_speaker(start, mark)
                    if nested is not None:
                        self._direct(number, mark, nested, self._resolve(nested), cue)
                    else:
                        self._direct(number, mark, mention, person, cue)

    def _nested_speaker(self, start: int, mark: MarkedSpan) -> SpeakerMention | None:
        """``X sagte, zumal Verteidiger Y betont hatte, der Angeklagte sei „dissozial“``: a speech
        verb inside the reported content, before the quotation, gives it its own speaker."""
        tokens = [token for token in tokenize(self.masked, start, mark.start)]
        # a colon opens new content: "…, zumal Y betont hatte, …, doch X ließ sich nicht ein: … „…“"
        last_colon = max((position for position, token in enumerate(tokens[:-1]) if token.text == ":"), default=0)
        for position in range(len(tokens) - 1, last_colon, -1):
            # position 0 is the content's own verb ("Wie X erklärte, sieht die Regierung „…“")
            found = speech_lemma(tokens[position].text) if tokens[position].text[:1].islower() else None
            if found is None or found in SOURCE_VERBS or found in COGNITION_VERBS:
                continue  # "Y sollte wissen, „…“": knowing is no saying
            clause = clause_start(tokens, position)
            chunk = first_speaker_phrase(tokens, clause, min(len(tokens), position + 4), self.surnames)
            if chunk is None or tokens[chunk[0]].text.lower() in PRONOUN_WORDS:
                return None
            sentence = Sentence(tokens[0].start, mark.start, 0, tuple(tokens))
            return self._mention(sentence, chunk)
        return None

    def _covering_mark(self, span: Span) -> tuple[int, MarkedSpan] | None:
        """The quotation in marks that makes up (almost) all of ``span``, if any."""
        for number, mark in self._marks_in(span.start - 1, span.end + 1):
            if mark.end - mark.start >= 0.8 * (span.end - span.start):
                return number, mark
        return None

    # -- the walk ----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        """Walk the sentences once and return the quotes sorted by offset."""
        for index, sentence in enumerate(self.sentences):
            if sentence.start < self.skip_until:
                continue
            if self._anaphoric_frame(index, sentence):
                continue  # "Das bestätigte der Präsident, X." reports the sentence before
            frames = find_frames(sentence, self.masked)
            if frames and self._reported_frame(frames[0]) and self._continuation(index, sentence):
                continuing = self.group_attribution if self.group and self.group[-1] == index else None
                self._leftover_marks(index, sentence, continuing)
                continue
            if frames:
                self._flush_group()
                self._handle_frame(index, sentence, frames[0])
                for extra in frames[1:]:
                    if extra.shape == "according":
                        self._outer_source(sentence, extra, frames[0])
                    else:
                        self._handle_frame(index, sentence, extra)
                self._leftover_marks(index, sentence)
                continue
            if self._caption(index, sentence):
                self._flush_group()
                continue
            marks = self._marks_in(sentence.start, sentence.end)
            if all(self._looks_like_title(mark) for _, mark in marks) and self._speech_act(index, sentence):
                continue  # the sentence's marks are all titles, so no quotation is left over
            if self._continuation(index, sentence):
                continuing = self.group_attribution if self.group and self.group[-1] == index else None
                self._leftover_marks(index, sentence, continuing)
                continue
            self._flush_group()
            self._leftover_marks(index, sentence)
        self._flush_group()
        return sorted(self.quotes, key=lambda quote: (quote.start, quote.end))

    def _reported_frame(self, frame: Frame) -> bool:
        """``Die IAEO gehe davon aus, dass ...``: a frame whose own verb is in Konjunktiv I is
        itself reported, so the whole sentence continues an earlier statement."""
        if frame.shape != "leading" or frame.quoted is not None:
            return False
        return is_konjunktiv(self.text[frame.cue.start : frame.cue.end])

    def _outer_source(self, sentence: Sentence, according: Frame, inner: Frame) -> None:
        """``Laut CNN hat Panetta verkündet, der Rat wolle ...``: the "laut" source reports the
        frame itself; its content is the sentence without the phrase and the inner content."""
        if inner.shape == "according":
            return
        spans = []
        for span in according.content:
            for piece in _subtract(span, inner.content):
                trimmed = _trim(self.text, piece)
                if trimmed is None or trimmed.end - trimmed.start < 3:
                    continue
                if trimmed.start <= inner.cue.start < trimmed.end and self.text[trimmed.start : trimmed.start + 4].lower() == "wie ":
                    continue  # "wie der Sprecher mitteilte": the inner frame itself, not content
                spans.append(trimmed)
        if sum(span.end - span.start for span in spans) < 15:
            return
        mention = self._mention(sentence, according.mention)
        self._reported(tuple(spans), mention, self._resolve(mention), according.cue, "Indirect")

    def _handle_frame(self, index: int, sentence: Sentence, frame: Frame, speaking: _Attribution | None = None) -> None:
        """Record the quotes of one frame; ``speaking`` is who spoke just before in the same
        sentence, the speaker of a frame that names nobody ("…“, weiter hieß es, …")."""
        mention = self._mention(sentence, frame.mention)
        if mention is None and frame.shape == "leading" and frame.lemma not in SUBJECTLESS_SPEECH_VERBS:
            mention = self._quoted_name_subject(sentence, frame.cue)
        person = self._resolve(mention)
        if mention is None and speaking is not None:
            mention, person = speaking.mention, speaking.person
        if frame.quoted is not None and frame.quoted != frame.mention:
            # the mention is the medium that quotes; the person is who it quotes, if resolvable
            quoted = self._mention(sentence, frame.quoted)
            person = self._resolve(quoted) or person
            mention = quoted or mention  # the annotation credits the person quoted, not the medium
        attribution = _Attribution(mention, person, index, sentence.paragraph)
        earlier = self._recent_attribution(index) if mention is not None and mention.text.lower() in POINTING_SOURCES else None
        if earlier is not None:
            # "laut dem Focus … Demnach haben … Üblicherweise sei …": the adverb is the mention,
            # the source it points back to is who goes on speaking
            person = person or earlier.person
            attribution = _Attribution(earlier.mention, earlier.person, index, sentence.paragraph)
        if frame.owner is not None:
            # "X war nach eigenem Bekunden …": the account is the mention, X the person, and X
            # goes on speaking in the sentences after
            owner = self._mention(sentence, frame.owner)
            person = self._resolve(owner) or person
            attribution = _Attribution(owner, person, index, sentence.paragraph)
        if frame.continues_next:
            if index + 1 < len(self.sentences):
                following = self.sentences[index + 1]
                covering = next(
                    ((number, mark) for number, mark in enumerate(self.marked) if abs(mark.start - following.start) <= 1),
                    None,
                )
                if covering is not None:
                    self._direct(*covering, mention, person, frame.cue)
                    self.skip_until = covering[1].end
                    last_index = max(number for number, item in enumerate(self.sentences) if item.start < covering[1].end)
                    self.last = _Attribution(mention, person, last_index, self.sentences[last_index].paragraph)
            return
        if frame.aside is not None:
            self._reported((frame.aside,), mention, person, frame.cue, "Indirect")
        if len(frame.content) == 1:
            covering = self._covering_mark(frame.content[0])
            if covering is not None and covering[1].start - frame.content[0].start <= 2:
                self._direct(*covering, mention, person, frame.cue)
                self.last = self._pronoun_after(sentence, covering[1], attribution)
                return
            opening = self._opening_mark(frame.content[0])
            if opening is not None:
                # "sagte: „…“, und er fügte hinzu, …": the quotation is the frame's; what
                # follows it is a clause of its own
                self._direct(*opening, mention, person, frame.cue)
                self.last = self._pronoun_after(sentence, opening[1], attribution)
                self._after_quotation(index, sentence, opening[1].end, attribution)
                return
        self._reported(frame.content, mention, person, frame.cue, "Indirect")
        self.last = attribution

    def _pronoun_after(self, sentence: Sentence, mark: MarkedSpan, attribution: _Attribution) -> _Attribution:
        """``X sagte: „…“, betont sie. „…“``: the quotation is X's, and the next one goes on
        from the pronoun of the inverted frame after it (same person, nearer mention)."""
        if attribution.mention is None or attribution.mention.kind == "pronoun":
            return attribution
        again = self._inverted_speaker(sentence, mark)
        if again is None or again.kind != "pronoun" or again.start < mark.end:
            return attribution
        return _Attribution(again, attribution.person, attribution.sentence, attribution.paragraph)

    def _opening_mark(self, content: Span) -> tuple[int, MarkedSpan] | None:
        """The quotation right after a frame's colon, when more text follows it in the sentence."""
        for number, mark in enumerate(self.marked):
            if 0 <= mark.start - content.start <= 2 and mark.end < content.end and len(mark.spans) == 1:
                after_colon = self.masked[max(0, mark.start - 40) : mark.start].rstrip().endswith(":")
                return (number, mark) if after_colon and not self._looks_like_title(mark) else None
        return None

    def _after_quotation(self, index: int, sentence: Sentence, start: int, speaking: _Attribution) -> None:
        """Frames in the rest of a sentence after a framed quotation ("…“, und er fügte hinzu, …");
        one that names nobody goes on with the quotation's speaker."""
        tokens = tuple(token for token in sentence.tokens if token.start >= start)
        while tokens and tokens[0].text in (",", ";", "und", "sowie"):
            tokens = tokens[1:]
        if len(tokens) < 3:
            return
        rest = Sentence(tokens[0].start, sentence.end, sentence.paragraph, tokens)
        for frame in find_frames(rest, self.masked):
            if frame.shape != "according":
                self._handle_frame(index, rest, frame, speaking)

    def _quoted_name_subject(self, sentence: Sentence, cue: Span) -> SpeakerMention | None:
        """``Wie „heise online“ berichtet``, ``Der „Arbeitskreis …“ kritisierte``: a subject whose
        name stands in quotation marks (masked, so it has no tokens)."""
        for mark in self.marked:
            if not (sentence.start <= mark.start and mark.end <= cue.start) or len(mark.spans) != 1:
                continue
            name = self.text[mark.start + 1 : mark.end - 1].strip()
            words = name.split()
            if not words or len(words) > 5 or any(char in name for char in "!?,:;") or name.endswith("."):
                continue
            before = [token for token in sentence.tokens if token.end <= mark.start]
            after = [token for token in sentence.tokens if mark.end <= token.start and token.end <= cue.start]
            leading = [token.text.lower() for token in before]
            if leading and leading[0] == "wie":
                leading = leading[1:]
            if len(leading) > 1 or leading and leading[0] not in PRONOUNS_AND_ARTICLES - PRONOUN_WORDS:
                continue
            if len(after) > 3 or any(token.text in (",", ";", ":") for token in after):
                continue
            if after and after[0].text not in ("der", "des", "von"):
                after = []  # "„X“ sagte" or an adverb: the name alone
            begin = before[-1].start if leading else mark.start
            end = after[-1].end if after else mark.end
            return SpeakerMention(text=self.text[begin:end], start=begin, end=end, kind="name")
        return None

    def _anaphoric_frame(self, index: int, sentence: Sentence) -> bool:
        """``… aus. Dies bestätigte Westerwelle am Abend.``: the previous sentence is what was said."""
        tokens = sentence.tokens
        if index == 0 or len(tokens) < 3 or tokens[0].text not in ANAPHORIC_OPENERS:
            return False
        found = speech_lemma(tokens[1].text, tuple(token.text for token in tokens[-3:] if token.text in SEPARABLE_PREFIXES))
        if found is None:
            return False
        previous = self.sentences[index - 1]
        if previous.paragraph != sentence.paragraph or self._marks_in(previous.start, previous.end):
            return False
        chunk = None
        if tokens[2].text.lower() not in OBJECT_CASE_WORDS:
            chunk = chunk_mention(self.text, list(tokens), 2)  # right after the verb: the subject
        if chunk is None:
            chunk = first_speaker_phrase(list(tokens), 2, len(tokens), self.surnames)
        if chunk is None:
            return False
        if self.group:
            if self.group[-1] == index - 1:
                self.group.pop()
            self._flush_group()
        if any(quote.end > previous.start for quote in self.quotes):
            return False
        mention = self._mention(sentence, chunk)
        person = self._resolve(mention)
        self._reported((Span(previous.start, tokens[0].end),), mention, person, Span(tokens[1].start, tokens[1].end), "Indirect")
        self.last = _Attribution(mention, person, index, sentence.paragraph)
        return True

    def _speech_act(self, index: int, sentence: Sentence) -> bool:
        """``Müntefering sprach von einem Riesenerfolg.``: a speech verb with an object, no clause.

        The whole sentence is the reported speech act (gold type "Reported"), attributed to the
        clause subject when that can speak.
        """
        words = [token.text for token in sentence.tokens]
        if PASSIVE_AUXILIARIES.intersection(words):
            return self._passive_speech_act(index, sentence)
        chunk, cue = subject_of_clause(sentence, self.masked, verbs=SPEECH_ACT_VERBS)
        if chunk is None or cue is None or not is_person_like(list(sentence.tokens), chunk):
            return False
        cue_word = self.text[cue.start : cue.end]
        following = words[words.index(cue_word) + 1 :] if cue_word in words else []
        cue_lemma = lemma(cue_word)
        if cue_lemma == "sprechen" and ("sich" in following[:3] or "von" not in following):
            return False  # "sprach sich für ... aus", "sprach mit seiner Frau"
        if cue_lemma in ("nennen", "bezeichnen") and "sich" in following[:2]:
            return False  # "nennt sich „documenta 12“": a name, not a statement
        if _object_unmakes_speech(cue_lemma, words):
            return False  # "Der Taifun forderte zwölf Todesopfer", "Nürnberg führt die Tabelle an"
        self._flush_group()
        mention = self._mention(sentence, chunk)
        person = self._resolve(mention)
        span = Span(sentence.start, _strip_end(self.text, sentence.end))
        self._reported((span,), mention, person, cue, "Reported")
        self.last = _Attribution(mention, person, index, sentence.paragraph)
        return True

    def _passive_speech_act(self, index: int, sentence: Sentence) -> bool:
        """``Von der Opposition wurde der Besuch als PR-Aktion kritisiert.``: the agent after
        "von" is the speaker; a passive without one names nobody and is not kept."""
        tokens = list(sentence.tokens)
        words = [token.text for token in tokens]
        particles = tuple(word for word in words[-3:] if word in SEPARABLE_PREFIXES)
        cue = next(
            (token for token in tokens if token.text[:1].islower() and speech_lemma(token.text, particles) in PASSIVE_SPEECH_VERBS),
            None,
        )
        if cue is None or not (cue.text.startswith("ge") or "ge" in cue.text[2:5] or cue.text.endswith("iert")):
            return False  # the cue must be the participle, not a finite verb in a passive sentence
        mention = None
        for position, token in enumerate(tokens[:-1]):
            if token.text.lower() in ("von", "vom"):
                chunk = _agent_chunk(self.text, tokens, position)
                if chunk is not None and is_person_like(tokens, chunk, self.surnames):
                    mention = self._mention(sentence, chunk)
                    break
        if mention is None:
            return False  # "Als Favorit wird Glos genannt", "Es wurde bemängelt": no agent, no speaker
        self._flush_group()
        person = self._resolve(mention)
        span = Span(sentence.start, _strip_end(self.text, sentence.end))
        self._reported((span,), mention, person, Span(cue.start, cue.end), "Reported")
        return True

    def _caption(self, index: int, sentence: Sentence) -> bool:
        """``NATO-Generalsekretär Rasmussen: "Bis 2020 ..."`` (a headline or photo caption)."""
        tokens = sentence.tokens
        colon = next((position for position, token in enumerate(tokens) if token.text == ":"), None)
        if colon is None or colon == 0 or colon > 6:
            return False
        chunk = chunk_mention(self.text, list(tokens), 0)
        if chunk is None or chunk[1] != colon:
            return False
        marks = self._marks_in(tokens[colon].end, sentence.end)
        if not marks or self.masked[tokens[colon].end : marks[0][1].start].strip():
            return False
        mention = self._mention(sentence, chunk)
        if mention is None or mention.kind not in ("name", "role"):
            return False
        person = self._resolve(mention)
        if person is None and mention.kind == "role":
            return False
        self._direct(*marks[0], mention, person, None)
        self.last = _Attribution(mention, person, index, sentence.paragraph)
        return True

    def _has_konjunktiv(self, sentence: Sentence) -> bool:
        include_second = bool(self.group) or self._adjacent_last(sentence)
        words = [token.text for token in sentence.tokens]
        if (self.group or self._adjacent_last(sentence)) and _main_clause_hearsay(words):
            return True  # "Er soll resistent gegen Medikamente sein.": reported, not asserted
        return has_konjunktiv(words, include_second=include_second)

    def _adjacent_last(self, sentence: Sentence) -> bool:
        last = self.last
        return last is not None and self.sentences.index(sentence) - last.sentence <= 1 if last else False

    def _continuation(self, index: int, sentence: Sentence) -> bool:
        """Konjunktiv sentence: continues the last attributed quote, or stands alone."""
        if self._covering_mark(Span(sentence.start, sentence.end)) is not None:
            return False
        if not self._has_konjunktiv(sentence):
            return False
        last = self.last
        adjacent = last is not None and (index - last.sentence == 1 or (self.group and index - self.group[-1] == 1))
        if self.group and index - self.group[-1] == 1:
            self.group.append(index)
            return True
        self._flush_group()
        if self._subordinate_report(index, sentence, last if adjacent else None):
            return True
        self.group = [index]
        if adjacent and last is not None:
            self.group_attribution = last
        else:
            found = self._pronoun_subject(index, sentence) or self._previous_subject(index)
            recent = self._recent_attribution(index)
            self.group_attribution = self._named_instead_of_pronoun(index, found, recent) or recent
        return True

    def _resolve(self, mention: SpeakerMention | None) -> str | None:
        """The person of a mention; an unresolved definite role that names the head of an
        organisation ("Der Nato-Chef") is the speaker just attributed when that speaker was
        introduced as the head of one ("Generalsekretär Rasmussen")."""
        person = resolve(mention, self.persons)
        if person is None and mention is not None and mention.kind in ("name", "role"):
            adopted = self.persons.adopt_speaker(mention)
            if adopted is not None:
                self.surnames = self.surnames | {adopted.surname}
                return adopted.name
        if person is not None or mention is None or mention.kind != "role" or self.last is None or self.last.person is None:
            return person
        words = mention.text.split()
        if words[0].lower() not in ("der", "die"):
            return None
        role = next((role_head(word) for word in reversed(words) if role_head(word)), None)
        speaker = self.persons.person_of_name(self.last.person)
        if role is not None and speaker is not None and any(heads_alike(role, own) for own in speaker.roles):
            return speaker.name
        return None

    def _named_instead_of_pronoun(self, index: int, found: _Attribution | None, recent: _Attribution | None) -> _Attribution | None:
        """A pronoun speaker yields to a named mention of the same person: the speaker just
        attributed ("Schavan verteidigte … sie … Die Studie zeige …") or the named subject of the
        sentence before ("Müntefering hat seinen Rücktritt verkündet. Er werde …")."""
        if found is None or found.mention is None or found.mention.kind != "pronoun" or found.person is None:
            return found
        if recent is not None and recent.person == found.person:
            return recent
        named = self._previous_subject(index)
        if named is not None and named.mention is not None and named.mention.kind in ("name", "role") and named.person == found.person:
            return named
        return found

    def _subordinate_report(self, index: int, sentence: Sentence, context: _Attribution | None) -> bool:
        """``Vertreter ... erwarten keine Entscheidung, weil die Abgeordneten keinen Antrag
        gestellt hätten.``: only the Konjunktiv clause is reported, by the main clause's subject."""
        tokens = list(sentence.tokens)
        commas = [position for position, token in enumerate(tokens) if token.text == ","]
        if not commas:
            return False
        main = [token.text for token in tokens[: commas[0]]]
        if has_konjunktiv(main, include_second=True) or HEARSAY_MODALS.intersection(main):
            return False
        start = next(
            (
                comma
                for comma in commas
                if has_konjunktiv([token.text for token in tokens[comma + 1 : _next_comma(commas, comma, len(tokens))]], include_second=True)
            ),
            None,
        )
        if start is None or start + 1 >= len(tokens):
            return False
        closing = _next_comma(commas, start, len(tokens))
        if closing + 1 < len(tokens) and is_konjunktiv(tokens[closing + 1].text, include_second=True):
            return False  # "Das Konklave, an dem er nicht teilnehmen werde, könne …": the main verb is Konjunktiv too
        chunk = self._speaking_clause_subject(tokens, commas, start) or first_speaker_phrase(tokens, 0, commas[0], self.surnames)
        mention = self._mention(sentence, chunk) if chunk is not None else None
        person = self._resolve(mention)
        if mention is None:
            # "Das RKI sieht keine Gefahr. Lediglich Personen, die …, seien gefährdet.": the
            # statement goes on from the sentence before, like free indirect speech
            carried = context or self._previous_subject(index) or self._recent_attribution(index)
            if carried is not None:
                mention, person = carried.mention, carried.person
        span = Span(tokens[start + 1].start, _strip_end(self.text, sentence.end))
        if self.text[span.end - 1 : span.end] == ".":
            span = Span(span.start, span.end - 1)
        self._reported((span,), mention, person, None, "Indirect")
        if mention is not None:
            self.last = _Attribution(mention, person, index, sentence.paragraph)
        return True

    def _speaking_clause_subject(self, tokens: list, commas: list[int], start: int) -> tuple[int, int] | None:
        """``..., da sie befürchtete, man wolle ...``: the clause just before the Konjunktiv one
        has its own speech or thinking verb, whose subject reports it."""
        before = max((comma for comma in commas if comma < start), default=-1)
        if before < 0 or not any(token.text[:1].islower() and speech_lemma(token.text) for token in tokens[before + 1 : start]):
            return None
        return first_speaker_phrase(tokens, before + 1, start, self.surnames)

    def _recent_attribution(self, index: int) -> _Attribution | None:
        """``Das geht aus dem Urteil hervor. Demnach ... Die Täter hätten ...``: a Konjunktiv
        sentence a few sentences after an attributed statement, in the same or the next
        paragraph, still reports that source."""
        last = self.last
        if last is None or last.mention is None:
            return None
        if index - last.sentence > RECENT_SENTENCES or self.sentences[index].paragraph - last.paragraph > 1:
            return None
        return last

    def _previous_subject(self, index: int) -> _Attribution | None:
        """``Das Robert-Koch-Institut sieht keine Gefahr. Lediglich Personen ... seien ...``:
        the Konjunktiv sentence reports the subject of the sentence before it."""
        if index == 0:
            return None
        previous = self.sentences[index - 1]
        if self.sentences[index].paragraph - previous.paragraph > 1:
            return None
        tokens = list(previous.tokens)
        # "Spiegel Online berichtet vom Einsturz ... Bis 14 Uhr hätte es ...": a speech verb's
        # subject first, then the first phrase that can speak
        chunk, _cue = subject_of_clause(previous, self.masked)
        mention = self._mention(previous, chunk) if chunk is not None else None
        if mention is None:
            chunk = first_speaker_phrase(tokens, 0, len(tokens), self.surnames)
            if chunk is None:
                return None
            mention = self._mention(previous, chunk)
            recent = self._recent_attribution(index)
            if mention is not None and mention.kind == "other" and recent is not None and not names_a_speaker_noun(chunk_head(tokens, chunk)):
                return recent  # "Die Anzahl der Geschäfte wurde …": no speaker; the last source goes on
        if mention is None or mention.kind not in ("name", "role", "pronoun", "other"):
            return None
        return _Attribution(mention, self._resolve(mention), index - 1, previous.paragraph)

    def _pronoun_subject(self, index: int, sentence: Sentence) -> _Attribution | None:
        """``Er werde ...``: free indirect speech whose subject pronoun is its speaker."""
        tokens = sentence.tokens
        if not tokens or tokens[0].text not in ("Er", "Sie"):
            return None
        if len(tokens) > 1 and tokens[1].text in ("seien", "haben", "hätten", "wären", "würden", "werden"):
            return None
        mention = self._mention(sentence, (0, 1))
        return _Attribution(mention, self._resolve(mention), index, sentence.paragraph)

    def _flush_group(self) -> None:
        if not self.group:
            return
        first, last = self.sentences[self.group[0]], self.sentences[self.group[-1]]
        attribution = self.group_attribution
        span = Span(first.start, _strip_end(self.text, last.end))
        mention = attribution.mention if attribution else None
        person = attribution.person if attribution else None
        self._reported((span,), mention, person, None, "FreeIndirect")
        if attribution is not None:
            self.last = _Attribution(mention, person, self.group[-1], last.paragraph)
        self.group = []
        self.group_attribution = None

    def _looks_like_title(self, mark: MarkedSpan, *, in_speech: bool = False) -> bool:
        """Names and titles in marks: „Black Stars“, der Name „Kosovo“, Motto „...“.

        ``in_speech``: the marks are inside reported speech, where short quotations are usually
        the speaker's words; only the clear signs of a name count there (a title noun or a
        capitalised noun right before it, digits).
        """
        inner = self.text[mark.start + 1 : mark.end - 1].strip()
        words = inner.split()
        before = self.text[max(0, mark.start - 40) : mark.start].rstrip()
        chant = _CHANT_INTRO.search(self.text[max(0, mark.start - 40) : mark.start])
        if chant is not None and chant.group(1).lower() in CHANT_NOUNS:
            return False  # "Parolen wie „Stoppt den Überwachungswahn“": chanted words
        previous_word = before.split()[-1] if before.split() else ""
        cue_word = previous_word.lower().strip("(:")
        after_colon = previous_word.endswith(":")
        if (cue_word in TITLE_CUES or cue_word.endswith(TITLE_CUE_ENDINGS)) and not (
            after_colon and any(char in inner for char in ".!?,;")
        ):
            # "die Studie „…“", "ihr Erstwerk: „…“", "(Motto: „…“"; but after a colon a
            # quotation with sentence punctuation is what was said ("über sein Buch: „Ich …, …“")
            return True
        if re.search(r"\b(name|titel|motto)\s+(lautet|lauten|lautete|lauteten)$", before, re.IGNORECASE):
            return True  # "Der wissenschaftliche Name lautet „…“"
        if (
            before.endswith("(")
            and inner[:1].isupper()
            and len(words) <= 6
            and not any(char in inner for char in ".!?,;:")
            and not self._first_person(mark)
        ):
            return True  # "Jobbik („Bewegung für ein besseres Ungarn“)": a name's translation; not "(„Wir …“)"
        if re.match(r"-\w", self.text[mark.end : mark.end + 2]):
            return True  # "„Reuters“-Reporterin": the first part of a compound
        if _reads_as_name(words) or _institution_name(words) or _titled_with_subtitle(inner):
            return True
        after_noun = (
            previous_word[:1].isupper()
            and previous_word[-1:].isalpha()
            and before.endswith(previous_word)
            and previous_word.lower() not in WORDING_NOUNS
        )
        introduced = previous_word.lower() in NAME_INTRODUCERS and inner[:1].isupper() and len(words) <= 8 and not any(char in inner for char in ".!?,:;")
        if in_speech:
            if introduced:
                return True  # "laut „Tagesspiegel“" inside what was said is still a name
            named = after_noun and len(words) <= 4 and all(word[:1].isupper() for word in words)
            return named or 1 <= len(words) <= 3 and any(character.isdigit() for character in inner) or _proper_name(words)
        if after_noun and len(words) <= 6 and inner[:1].isupper():
            return True  # "die Zeitung „Die Welt“"; but "nannte die Bewerbung „sehr respektabel“"
        if 1 < len(words) <= 5 and all(word[:1].isupper() or not word[:1].isalpha() for word in words):
            return True
        if 1 <= len(words) <= 3 and any(character.isdigit() for character in inner):
            return True
        if (
            1 < len(words) <= 14
            and words[0][:1].isupper()
            and not any(mark in inner for mark in ".!?,:;")
            and all(word[:1].isupper() or not word[:1].isalpha() or word in TITLE_FUNCTION_WORDS for word in words)
        ):
            return True  # "Rat für Demokratische Reform", "Glas der Vernunft": a name or title
        if introduced:
            return True  # "laut „tagesschau.de“", "die Online-Ausgabe des „Spiegel“"
        if re.match(r"\d+\.\s", inner):
            return True  # "beim „2. Deutschen Klimakongress“": an ordinal opens a name
        word_use = previous_word.lower() in ("ein", "eine", "einen", "einem", "einer", "eines", "als", "wie")
        if len(words) == 1 and words[0][:1].isupper() and not word_use and not is_common_noun(words[0].strip(".,;:!?")):
            return True  # „Condor“, „Deutschlandfunk“: a name, not a word someone said
        return False

    def _leftover_marks(self, index: int, sentence: Sentence, continuing: _Attribution | None = None) -> None:
        """Quotations in marks that no frame has taken.

        ``continuing``: the sentence continues a named speaker's reported statement ("X betonte,
        ... Er werde „…“"); its pronoun subject is that speaker, so the quote goes to the name.
        """
        named = continuing if continuing is not None and continuing.mention is not None and continuing.mention.kind != "pronoun" else None
        for number, mark in self._marks_in(sentence.start, sentence.end):
            if number in self.used_marks:
                continue
            if self._looks_like_title(mark):
                continue
            colon_mention = self._colon_speaker(sentence, mark) or self._inverted_speaker(sentence, mark) or self._bracketed_speaker(sentence, mark)
            if colon_mention is not None:
                person = self._resolve(colon_mention)
                self._direct(number, mark, colon_mention, person, None)
                self.last = self._pronoun_after(sentence, mark, _Attribution(colon_mention, person, index, sentence.paragraph))
                continue
            words = len(self.text[mark.start : mark.end].split())
            sentence_like = words >= SENTENCE_LIKE_WORDS
            chunk, cue = subject_of_clause(sentence, self.masked, around=mark.start)
            if continuing is not None and continuing.mention is not None and (cue is None or self._reported_cue(sentence, cue)):
                # "Er bezeichnete … Bisher habe die Regierung „…“ ausgeschlossen.": the reported
                # sentence is the speaker's, and so are the words quoted in it
                self._direct(number, mark, continuing.mention, continuing.person, None)
                continue
            quoting = cue is not None and lemma(self.text[cue.start : cue.end]) == "zitieren"
            if chunk is not None and not quoting and not is_person_like(list(sentence.tokens), chunk, self.surnames):
                # but the one a "zitiert" names is a speaker whatever the noun ("zitiert den Prediger")
                chunk = first_speaker_phrase(list(sentence.tokens), 0, len(sentence.tokens), self.surnames)
            if chunk is not None:
                mention = self._mention(sentence, chunk)
                if named is not None and mention is not None and mention.kind == "pronoun":
                    self._direct(number, mark, named.mention, named.person, cue)
                    continue
                self._direct(number, mark, mention, self._resolve(mention), cue)
                self.last = _Attribution(mention, self.quotes[-1].person, index, sentence.paragraph)
                continue
            if not sentence_like and not self._first_person(mark):
                continue
            mention, person = self._context_speaker(index, sentence, mark)
            if named is not None and (mention is None or mention.kind == "pronoun"):
                mention, person = named.mention, named.person
            self._direct(number, mark, mention, person, None)
            if mention is not None:
                self.last = _Attribution(mention, person, index, sentence.paragraph)

    def _reported_cue(self, sentence: Sentence, cue: Span) -> bool:
        """The clause of a speech verb is in Konjunktiv ("habe … ausgeschlossen"): the verb is
        part of someone's report, not the writer's frame ("hatte X gesagt")."""
        tokens = sentence.tokens
        position = next((number for number, token in enumerate(tokens) if token.start == cue.start), None)
        if position is None:
            return False
        start = clause_start(tokens, position)
        end = position
        while end < len(tokens) and tokens[end].text not in (",", ";", ":"):
            end += 1
        return has_konjunktiv([token.text for token in tokens[start:end]])

    def _first_person(self, mark: MarkedSpan) -> bool:
        """A quotation that says "wir", "unser", "ich" is someone's words, not a title."""
        words = {word.strip(".,;:!?").lower() for word in self.text[mark.start + 1 : mark.end - 1].split()}
        return bool(words & FIRST_PERSON)

    def _colon_speaker(self, sentence: Sentence, mark: MarkedSpan) -> SpeakerMention | None:
        """``Hier sparte der Bundespräsident nicht mit Kritik: „…“``: who speaks before the colon.

        The first person-like phrase of the clause before the colon that is not governed by a
        preposition; ``None`` when the clause names nobody who could speak.
        """
        if self.masked[sentence.start : mark.start].rstrip()[-1:] != ":":
            return None
        tokens = [token for token in sentence.tokens if token.end <= mark.start]
        if tokens and tokens[-1].text == ":":
            tokens = tokens[:-1]
        clause_start = 0
        for position, token in enumerate(tokens):
            if token.text in (":", ";"):
                clause_start = position + 1
        clause_start = coordinated_clause_start(tuple(tokens), clause_start, len(tokens))
        statement = _statement_owner(tokens, clause_start) or _relative_speaker(tokens)
        if statement is None and says_heissen(tuple(tokens[clause_start:])):
            statement = heissen_source(tuple(tokens))  # "Auf der Homepage heißt es zur Begründung:"
        if statement is not None:
            return self._mention(Sentence(sentence.start, mark.start, sentence.paragraph, tuple(tokens)), statement)
        chunk = _listed_speaker(self.text, tokens, len(tokens), self.surnames)  # "…, und der Premier Jens Stoltenberg:"
        if chunk is None and len(tokens) > 2 and tokens[-1].text[:1].islower() and speech_lemma(tokens[-1].text) is not None:
            # "X wies das zurück, die Sprecherin der Fraktion, Sandra Boser, erklärte:"
            chunk = apposition_before_verb(tuple(tokens), len(tokens) - 1, clause_start)
        for position in range(len(tokens) - 2, clause_start, -1):
            if chunk is not None:
                break
            # "Warum die Universität ... nicht erkannte, erklärte die Universität so:": the
            # main clause after the fronted subordinate one names the speaker
            if tokens[position - 1].text == "," and speech_lemma(tokens[position].text) is not None:
                chunk = first_speaker_phrase(tokens, position + 1, len(tokens), self.surnames)
                break
        if chunk is None:
            chunk = first_speaker_phrase(tokens, clause_start, len(tokens), self.surnames)
        if chunk is None and clause_start < len(tokens) and tokens[clause_start].text.lower() in POINTING_PLACES:
            place = tokens[clause_start]  # "Darauf waren die Worte zu lesen:": the sign, not a person
            return SpeakerMention(place.text, place.start, place.end, "other")
        if chunk is None:
            return None
        return self._mention(Sentence(sentence.start, mark.start, sentence.paragraph, tuple(tokens)), chunk)

    def _bracketed_speaker(self, sentence: Sentence, mark: MarkedSpan, *, marks: str = "(") -> SpeakerMention | None:
        """``…, der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein …“), und …``: a
        quotation in brackets (or, with ``marks=":("``, after a colon) right after a listed
        speaker is that speaker's."""
        if self.masked[sentence.start : mark.start].rstrip()[-1:] not in tuple(marks):
            return None
        tokens = [token for token in sentence.tokens if token.end <= mark.start]
        if not tokens or tokens[-1].text not in tuple(marks):
            return None
        chunk = _listed_speaker(self.text, tokens[:-1], len(tokens) - 1, self.surnames)
        if chunk is None:
            return None
        return self._mention(Sentence(sentence.start, mark.start, sentence.paragraph, tuple(tokens)), chunk)

    def _inverted_speaker(self, sentence: Sentence, mark: MarkedSpan) -> SpeakerMention | None:
        """``„…“, strich Romney heraus.``: a verb and a speaker right after the quotation.

        German puts the verb before the subject after a fronted quotation, so a lower-case
        word followed by a person-like phrase is a frame even when the verb is unknown.
        """
        tokens = [token for token in sentence.tokens if token.start >= mark.end]
        if len(tokens) < 2:
            return None
        position = 1 if tokens[0].text == "," else 0
        if self.masked[mark.end : tokens[position].start].strip(" ,") or position + 1 >= len(tokens):
            return None
        verb = tokens[position].text
        if not verb[:1].islower() or verb in NOT_FRAME_VERBS or verb.lower() in PRONOUNS_AND_ARTICLES:
            return None
        if position + 2 < len(tokens) and tokens[position + 1].text == "sich":
            position += 1  # "„…“, zeigte sich Trainer X zufrieden"
        chunk = chunk_mention(self.text, tokens, position + 1)
        if chunk is None or not is_person_like(tokens, chunk, self.surnames):
            return None
        return self._mention(Sentence(sentence.start, sentence.end, sentence.paragraph, tuple(tokens)), chunk)

    def _context_speaker(self, index: int, sentence: Sentence, mark: MarkedSpan):
        tokens = sentence.tokens
        # "Sein Besuch „markiere ...“" names its owner; "Seine Zuversicht gründet sich auf ...:" does not
        after_colon = self.masked[sentence.start : mark.start].rstrip().endswith(":")
        if tokens and tokens[0].start < mark.start:
            chunk = chunk_mention(self.text, list(tokens), 0)
            if chunk is not None and tokens[chunk[1] - 1].end <= mark.start and (
                is_person_like(list(tokens), chunk, self.surnames)
                or tokens[chunk[0]].text.lower() in POSSESSIVES and not after_colon
            ):
                mention = self._mention(sentence, chunk)
                last = self.last
                if (
                    mention is not None
                    and mention.kind == "pronoun"
                    and last is not None
                    and last.mention is not None
                    and last.mention.kind != "pronoun"
                    and index - last.sentence == 1
                    and last.paragraph == sentence.paragraph
                ):
                    # "X betonte, … „…“ Sie seien „…“": the quote series goes on, with no new frame
                    return last.mention, last.person
                if mention is not None and mention.kind in ("possessive", "pronoun", "name", "role"):
                    return mention, self._resolve(mention)  # the sentence's own subject
        last = self.last
        if last is not None and sentence.paragraph - last.paragraph <= CONTEXT_PARAGRAPHS:
            return last.mention, last.person
        return None, None


def _statement_owner(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """A colon clause that opens with a statement noun: its owner speaks. "Seine Meinung zu
    Kirchhoff:" gives the possessive phrase; "Das Fazit von Sandra Boser …:" gives the name."""
    if start + 1 >= len(tokens) or tokens[start + 1].text.lower() not in STATEMENT_NOUNS:
        return None
    article = tokens[start].text.lower()
    if article in POSSESSIVES:
        return start, start + 2
    if article in ("das", "die", "der") and start + 3 < len(tokens) and tokens[start + 2].text == "von":
        return chunk_mention("", tokens, start + 3)
    return None


def _relative_speaker(tokens: list[Token]) -> tuple[int, int] | None:
    """``… Demonstranten, die unter anderem skandierten:``: a relative clause with a speech verb
    right before the colon; its relative pronoun is the speaker mention."""
    start = max((position + 1 for position, token in enumerate(tokens) if token.text == ","), default=0)
    if start == 0 or start >= len(tokens) or tokens[start].text not in ("der", "die", "welche", "welcher"):
        return None
    if not any(token.text[:1].islower() and speech_lemma(token.text) for token in tokens[start + 1 :]):
        return None
    if first_speaker_phrase(tokens, start + 1, len(tokens)) is not None:
        return None  # "die Gerhard Schröder … erklärt hatte": the pronoun is the object
    return start, start + 1


def _listed_speaker(text: str, tokens: list[Token], stop: int, surnames: frozenset[str]) -> tuple[int, int] | None:
    """The last item of a list of speakers, right before ``stop`` (a colon or a bracket): the
    person-like noun phrase after the last comma or "und" that reaches ``stop`` exactly."""
    start = stop
    while start > 0 and tokens[start - 1].text not in (",", "und", "sowie", ";", ":"):
        start -= 1
    if start == 0 or start >= stop:
        return None
    chunk = chunk_mention(text, tokens, start)
    if chunk is None or chunk[1] != stop or not is_person_like(tokens, chunk, surnames):
        return None
    return chunk


def _name_like_word(word: str, *, short: bool) -> bool:
    """A word written as a name rather than as German prose: "YouTube", "tagesschau.de", and
    in a quotation of one or two words "GTA"."""
    stripped = word.strip(",;:()'’\"")
    if not stripped or stripped[-1:] in (".", "!", "?") and stripped.isupper():
        return False  # "WOW." ends a sentence
    if WEB_ADDRESS.search(stripped):
        return True
    core = stripped.rstrip(".")
    if short and len(core) > 1 and core.isupper() and core.isalpha():
        return True
    return any(character.isupper() for character in core[1:]) and "-" not in core and core[:1].isalpha() and not core.isupper()


def _proper_name(words: list[str]) -> bool:
    """One to four capitalised words, one of them not an ordinary German noun: „Amflora“,
    „Financial Times“, „Nationalstadion Peking“ (but „Feinde Gottes“ are words someone said)."""
    if words[-1][-1:] in (".", "!", "?"):
        return False  # „WOW.“: a sentence
    content = [word.strip(".,;:!?()") for word in words if word.lower() not in GERMAN_FUNCTION_WORDS]
    if not content or len(words) > 4 or not all(word[:1].isupper() for word in content):
        return False
    return any(not is_german_noun(word) and not is_capitalised_function_word(word) for word in content)


# Heads of official names: „Gesetz zur Bekämpfung …“, „Rat für nationale Sicherheit“.
INSTITUTION_HEADS = frozenset(
    "gesetz gesetzes verordnung rat preis stiftung institut verein verband programm abkommen vertrag "
    "kommission ausschuss bündnis initiative gesellschaft konferenz".split()
)
INSTITUTION_LINKS = frozenset("zur zum für der des über gegen von vom".split())
LEGAL_FORMS = ("e.V.", "GmbH", "AG", "e. V.", "KG", "Inc.", "Ltd.")


def _institution_name(words: list[str]) -> bool:
    """An official name: an institution or law noun followed by its complement („Gesetz zur
    Bekämpfung …“, „Vertrag über europäische Sicherheit“), or a name with a legal form whose
    other words are written like a name („Deutsche Bank AG“, not „ein schwarzer Tag für die
    Deutsche Bank AG“)."""
    if len(words) >= 2 and words[0].lower() in INSTITUTION_HEADS and words[1].lower() in INSTITUTION_LINKS:
        return not any(char in " ".join(words) for char in ".!?,:;")
    if not words or not " ".join(words).endswith(LEGAL_FORMS):
        return False
    return words[0][:1].isupper() and all(
        word[:1].isupper() or not word[:1].isalpha() or word in TITLE_FUNCTION_WORDS or word in LEGAL_FORMS or word in ("e.", "V.")
        for word in words
    )


def _titled_with_subtitle(inner: str) -> bool:
    """A title with a dash subtitle: up to four capitalised words, a dash and a capitalised
    subtitle („Karol Wojtyla – Geheimnisse eines Papstes“, „Wikimedia Deutschland –
    Gesellschaft …“); not „Nein – das machen wir nicht“."""
    parts = re.split(r"\s[–-]\s", inner, maxsplit=1)
    if len(parts) < 2 or any(char in parts[1] for char in ",;:!?"):
        return False  # „Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm“ is a slogan
    head_words = parts[0].split()
    subtitle_words = parts[1].split()
    return (
        1 <= len(head_words) <= 4
        and all(word[:1].isupper() or word[:1].isdigit() for word in head_words)
        and bool(subtitle_words)
        and subtitle_words[0][:1].isupper()
    )


def _reads_as_name(words: list[str]) -> bool:
    """A short quotation that is a name: written like one, or foreign words without German ones."""
    if not words or len(words) > 6:
        return False
    if any(_name_like_word(word, short=len(words) <= 2) for word in words):
        return True
    lowered = [word.strip(".,;:!?()").lower() for word in words]
    foreign = sum(word in FOREIGN_FUNCTION_WORDS for word in lowered)
    german = sum(word in GERMAN_FUNCTION_WORDS for word in lowered)
    return len(words) > 1 and foreign > 0 and german == 0 and not _ends_like_sentence(words)


def _ends_like_sentence(words: list[str]) -> bool:
    """True when the words end like a sentence ("The Eagle has landed.")."""
    return words[-1][-1:] in (".", "!", "?") and len(words) > 3


def _agent_chunk(text: str, tokens: list, position: int) -> tuple[int, int] | None:
    """The noun phrase after "von"/"vom" at ``position`` (the agent of a passive)."""
    return chunk_mention(text, tokens, position + 1)


# Objects that turn a speech-act verb into something else: "forderte zwölf Todesopfer",
# "führt die Tabelle an", "bestreitet das Gruppenspiel"; compounds count by their last part.
NOT_SPEECH_OBJECTS = {
    "fordern": ("opfer", "tote", "toten", "menschenleben", "verletzte"),
    "führen": ("tabelle", "liste", "rangliste", "wertung"),
    "bestreiten": ("spiel", "partie", "finale", "auftakt", "turnier", "rennen"),
}


# Prepositions whose noun is no direct object: "forderte Geld für die Opfer", "zum Beispiel".
OBJECT_BLOCKING_PREPOSITIONS = frozenset(
    "für zu zum zur mit von vom bei beim nach über unter gegen um ohne durch in im an am auf aus vor "
    "seit bis wegen trotz während".split()
)


def _object_unmakes_speech(verb_lemma: str, words: list[str]) -> bool:
    """True when the sentence gives ``verb_lemma`` an object it does not take as a statement,
    or "ausgehen" has no "von" ("Die Lichter gingen aus").

    Args:
        verb_lemma: the lemma of the speech-act verb's finite form ("gehen" for "ausgehen").
        words: the sentence's tokens in order.

    Returns:
        True when the sentence is no speech act after all.
    """
    lowered = [word.lower() for word in words]
    if verb_lemma == "gehen" and not {"von", "vom", "davon"}.intersection(lowered):
        return True  # "Von einem Verbrechen geht die Polizei aus" has its "von" capitalised
    if verb_lemma == "verurteilen" and _court_sentence(lowered):
        return True  # "verurteilte ihn zu fünf Jahren Haft", "wegen Mordes": a court's sentence, not words
    endings = NOT_SPEECH_OBJECTS.get(verb_lemma, ())
    return bool(endings) and any(
        word[:1].isupper() and word.lower().endswith(endings) and not _after_preposition(words, position)
        for position, word in enumerate(words)
    )


# Penalties a court sentences someone to ("zu fünf Jahren Haft", "zum Tode", "zu einer Geldstrafe").
PENALTY_WORDS = ("haft", "strafe", "jahren", "jahre", "monaten", "tode", "bewährung", "gefängnis")  # by ending: "Geldstrafe"


def _court_sentence(lowered: list[str]) -> bool:
    """"verurteilen" as a court does it: "wegen" a deed, or "zu/zum/zur" before a penalty."""
    if "wegen" in lowered:
        return True
    return any(
        word in ("zu", "zum", "zur") and any(later.endswith(PENALTY_WORDS) for later in lowered[position + 1 : position + 6])
        for position, word in enumerate(lowered)
    )


def _after_preposition(words: list[str], position: int) -> bool:
    """True when a preposition opens the lower-case words (at most three) right before
    ``position``: the noun there is in a prepositional phrase ("für die Opfer"), not the
    verb's object ("forderte in Japan zwölf Todesopfer" stops at "Japan")."""
    for before in range(position - 1, max(position - 4, -1), -1):
        word = words[before]
        if word.lower() in OBJECT_BLOCKING_PREPOSITIONS:
            return True
        if not word[:1].isalnum() or word[:1].isupper():
            return False
    return False


def _blank_bracketed_commas(masked: str) -> str:
    """Blank the commas inside short brackets ("Peres (Awoda, dt. Arbeiterpartei) bekräftigte"):
    they separate no clauses, so no subject or frame search should stop at them."""
    return re.sub(r"\([^()\n]{1,80}\)", lambda match: match.group(0).replace(",", " "), masked)


def _next_comma(commas: list[int], comma: int, default: int) -> int:
    later = [position for position in commas if position > comma]
    return later[0] if later else default


def _main_clause_hearsay(words: list[str]) -> bool:
    """"soll"/"sollen" as the finite verb of the main clause (before any comma)."""
    for position, word in enumerate(words[:8]):
        if word in (",", ":", ";"):
            return False
        if word in HEARSAY_MODALS and position > 0:
            return True
    return False


def _subtract(span: Span, taken: tuple[Span, ...]) -> list[Span]:
    """The parts of ``span`` outside every span of ``taken``."""
    pieces = [span]
    for cut in taken:
        pieces = [
            piece
            for part in pieces
            for piece in (Span(part.start, min(part.end, cut.start)), Span(max(part.start, cut.end), part.end))
            if piece.end > piece.start
        ]
    return pieces


def _trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start] in " \t\n,;:-–":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.-–":
        end -= 1
    return Span(start, end) if end > start else None


def _strip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return end


def extract_quotes_and_persons(text: str) -> tuple[list[Quote], dict[str, list[str]]]:
    """Quotes and the persons the article names with their roles, from one pass (ingest needs
    both; :func:`bot.quotes.speakers.person_names` alone would redo the masking and the index)."""
    if not text.strip():
        return [], {}
    extractor = _ArticleExtractor(text)
    return extractor.run(), extractor.persons.names_with_roles()


def extract_quotes(text: str) -> list[Quote]:
    """Find the direct and reported quotations of a German news article.

    Args:
        text: the article text; all offsets in the result refer to it.

    Returns:
        Quotes sorted by start offset. A pure function of ``text``.
    """
    if not text.strip():
        return []
    return _ArticleExtractor(text).run()
