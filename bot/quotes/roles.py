"""Role and title nouns (Minister, Generalsekretär, Sprecher ...) and how to compare them."""

from __future__ import annotations

import re

# Endings of German role nouns; a compound such as "Bundesaußenminister" ends with one.
ROLE_ENDINGS = (
    "minister", "präsident", "kanzler", "sekretär", "sprecher", "chef", "vorsitzende",
    "vorsitzender", "politiker", "führer", "leiter", "direktor", "botschafter", "abgeordnete",
    "abgeordneter", "experte", "analyst", "trainer", "anwalt", "anwältin", "richter",
    "bürgermeister", "gouverneur", "kommissar", "beauftragte", "beauftragter", "senator",
    "könig", "königin", "papst", "kardinal", "bischof", "premier", "general", "oberst",
    "kommandeur", "admiral", "offizier", "ermittler", "professor", "wissenschaftler",
    "forscher", "autor", "sänger", "schauspieler", "regisseur", "kapitän", "manager",
    "unternehmer", "gründer", "intendant", "diplomat", "aktivist", "journalist", "reporter",
    "korrespondent", "moderator", "schriftsteller", "historiker", "ökonom", "funktionär",
    "sprecherin", "staatsanwalt", "prinz", "prinzessin", "fürst", "scheich", "emir", "monarch",
    "kandidat", "kandidatin", "stellvertreter", "koordinator", "berater", "beraterin",
    "pfarrer", "präses", "ratsvorsitzende", "vizekanzler", "gewerkschafter", "ökonomin",
    "ministerpräsident", "regierungschef", "staatschef", "bundespräsident", "richterin",
    "vorstand", "ceo", "chefin", "sprecherin", "boss", "spieler", "coach", "star",
)
_FEMININE = re.compile(r"(in|innen)$")
_INFLECTION = re.compile(r"(innen|in|ens|en|es|s|n)$")
TITLE_WORDS = frozenset("herr frau dr dr. prof prof. sir lord lady".split())
# Nouns for whoever leads an organisation: "Nato-Chef" and "Generalsekretär" can be one office.
_HEADS = ("chef", "generalsekretär", "präsident", "vorsitzende", "vorsitzender", "leiter")


def role_head(word: str) -> str | None:
    """Return the normalised role of ``word`` (lower case, nominative, masculine) or ``None``.

    ``"NATO-Generalsekretärs"`` gives ``"nato-generalsekretär"``; ``"Kanzlerin"`` gives
    ``"kanzler"``; a word that is no role noun gives ``None``.
    """
    if not word[:1].isupper():
        return None
    lowered = word.lower().rstrip("-")
    candidates = [lowered, _INFLECTION.sub("", lowered)]
    if lowered.endswith("in"):
        candidates.append(lowered[:-2])
    if lowered.endswith("innen"):
        candidates.append(lowered[:-5])
    if lowered.endswith(("en", "es")):
        candidates.append(lowered[:-1])
    for candidate in candidates:
        if candidate.endswith(ROLE_ENDINGS):
            return candidate
    return None


def is_feminine_role(word: str) -> bool:
    """True when the role noun is the feminine form (``Ministerin``, ``Kanzlerin``)."""
    return bool(_FEMININE.search(word.lower())) and role_head(word) is not None


def roles_match(mention_role: str, person_role: str) -> bool:
    """True when a role used as a mention can refer to a person introduced with another role.

    ``"minister"`` matches ``"verteidigungsminister"``; ``"generalsekretär"`` matches
    ``"nato-generalsekretär"``; ``"nato-chef"`` matches ``"nato-generalsekretär"`` (same
    organisation prefix, both heads of it); ``"außenminister"`` matches ``"bundesaußenminister"``.
    """
    if mention_role == person_role:
        return True
    mention_body = mention_role.split("-")[-1]
    person_body = person_role.split("-")[-1]
    if person_body.endswith(mention_body) or mention_role.endswith(person_role):
        return True
    mention_prefix = mention_role.split("-")[0] if "-" in mention_role else ""
    person_prefix = person_role.split("-")[0] if "-" in person_role else ""
    return bool(mention_prefix) and mention_prefix == person_prefix and heads_alike(mention_role, person_role)


def heads_alike(mention_role: str, person_role: str) -> bool:
    """Both roles name the head of an organisation ("nato-chef", "generalsekretär")."""
    return mention_role.split("-")[-1] in _HEADS and person_role.split("-")[-1].endswith(_HEADS)
