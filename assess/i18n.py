"""Short interface texts in French (the reference) and English. Questionnaire content lives in the
questionnaire files; this is only for labels the program itself prints."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "digital": {"fr": "numérique", "en": "digital"},
    "hybrid": {"fr": "hybride, dans la balance", "en": "hybrid, in the balance"},
    "socio-professional": {"fr": "socio-professionnelle", "en": "socio-professional"},
    "undetermined": {"fr": "indéterminée", "en": "undetermined"},
    "insufficient": {"fr": "insuffisant", "en": "insufficient"},
    "hinge_capped": {
        "fr": "plafonnée par la règle charnière : pas de réorganisation préalable suffisante",
        "en": "capped by the hinge rule: not enough prior reorganisation",
    },
    "organisation": {"fr": "organisation", "en": "organisation"},
    "respondent": {"fr": "répondant", "en": "respondent"},
    "role": {"fr": "rôle", "en": "role"},
    "sector": {"fr": "secteur", "en": "sector"},
    "position": {"fr": "position", "en": "position"},
    "trajectory": {"fr": "trajectoire", "en": "trajectory"},
    "depth": {"fr": "profondeur", "en": "depth"},
    "signals": {"fr": "signaux", "en": "signals"},
    "respondents": {"fr": "répondants", "en": "respondents"},
    "gaps": {"fr": "écarts ≥ seuil", "en": "gaps ≥ threshold"},
    "direction": {"fr": "direction", "en": "leadership"},
    "management": {"fr": "encadrement", "en": "management"},
    "field": {"fr": "terrain", "en": "field staff"},
    "support": {"fr": "fonctions support", "en": "support services"},
    "unspecified": {"fr": "rôle non précisé", "en": "role not given"},
    "strategy": {"fr": "Stratégie", "en": "Strategy"},
    "reorganisation": {"fr": "Réorganisation préalable", "en": "Prior reorganisation"},
    "data_access": {"fr": "Accès aux données", "en": "Data access"},
    "practices": {"fr": "Pratiques professionnelles", "en": "Professional practices"},
    "high": {"fr": "élevée", "en": "high"},
    "medium": {"fr": "moyenne", "en": "medium"},
    "low": {"fr": "faible", "en": "low"},
    "dont_know": {"fr": "Je ne sais pas", "en": "I don't know"},
    # sectors, in a word (the bundled questionnaires' `sector`; a consultant's own sector shows its id)
    "sector:housing": {"fr": "logement social", "en": "social housing"},
    "sector:municipality": {"fr": "commune", "en": "municipality"},
    "sector:social-economy": {"fr": "économie sociale et solidaire", "en": "social and solidarity economy"},
}


def sector_label(sector: str, lang: str) -> str:
    return t(f"sector:{sector}", lang) if f"sector:{sector}" in MESSAGES else sector


def t(key: str, lang: str) -> str:
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["fr"]


def roles_label(roles: tuple[str, ...] | list[str], lang: str) -> str:
    return " + ".join(t(r, lang) for r in roles)
