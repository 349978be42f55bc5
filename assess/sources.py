"""The documents the questionnaires draw on (docs/method.md, "Sources"), cited in reports."""

from __future__ import annotations

SOURCES: dict[str, dict[str, str]] = {
    "bretesche2024": {
        "short": "Bretesché 2024",
        "cite": "Sophie Bretesché, « La transformation numérique au prisme de la trajectoire. La double face "
        "d'une même promesse », Sociologie du travail, vol. 66, n° 4, 2024.",
    },
    "bretesche2025": {
        "short": "Bretesché 2025",
        "cite": "Sophie Bretesché, « Le numérique pour faire reculer la bureaucratie ? Les deux faces d'une même "
        "promesse », The Conversation, 2025.",
    },
    "blanc": {
        "short": "Blanc",
        "cite": "Maxime Blanc, « Une collectivité territoriale face à la transformation numérique », "
        "observations dans une commune de 27 000 habitants du Val-de-Marne (2022).",
        "cite_en": "Maxime Blanc, « Une collectivité territoriale face à la transformation numérique », "
        "observations in a municipality of 27,000 inhabitants in the Val-de-Marne (2022).",
    },
    "dumery2024": {
        "short": "Dumery 2024",
        "cite": "Alisea Dumery, « Des choix numériques monopolisés par les directions », Social Tech ESS, "
        "enseignement 6, 2024.",
    },
    "dematerialisation": {
        # a topic alone read as a source's name ("Source : Dématérialisation"), in French in the English report
        "short": "Intervention sur la dématérialisation",
        "short_en": "Talk on dematerialisation",
        # the source is a talk's text with no title and no author: none is invented here
        "cite": "Intervention sur la dématérialisation et les professionnels du social, lors d'une journée d'étude "
        "(la source ne donne ni titre ni auteur ; notion d'« épreuve de professionnalité » de B. Ravon et "
        "P. Vidal-Naquet ; terrain belge).",
        "cite_en": "A talk on dematerialisation and social workers, given at a study day (the source gives neither "
        "title nor author; the notion of « épreuve de professionnalité » is B. Ravon and P. Vidal-Naquet's; "
        "observed in Belgium).",
    },
    "dudezert2018": {
        "short": "Dudézert 2018",
        "cite": "Aurélie Dudézert, La transformation digitale des entreprises, La Découverte, 2018 "
        "(cité par Bretesché 2024).",
        "cite_en": "Aurélie Dudézert, La transformation digitale des entreprises, La Découverte, 2018 "
        "(cited by Bretesché 2024).",
    },
}


def cite(doc: str, lang: str = "fr") -> str:
    """A document's reference; in English, its description in English (the titles stay as published)."""
    entry = SOURCES.get(doc, {})
    return entry.get(f"cite_{lang}") or entry.get("cite", doc)


def short(doc: str, lang: str = "fr") -> str:
    """A document's short name in a citation; in English, its English one when the name is a description."""
    entry = SOURCES.get(doc, {})
    return entry.get(f"short_{lang}") or entry.get("short", doc)
