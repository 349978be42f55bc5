"""Short interface texts in French (the reference) and English. Questionnaire content lives in the
questionnaire files; this is only for labels the program itself prints."""

from __future__ import annotations

from .texts import by_key

MESSAGES: dict[str, dict[str, str]] = by_key("ui")  # the catalogue's short labels


def sector_label(sector: str, lang: str) -> str:
    return t(f"sector:{sector}", lang) if f"sector:{sector}" in MESSAGES else sector


def t(key: str, lang: str) -> str:
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["fr"]


def roles_label(roles: tuple[str, ...] | list[str], lang: str) -> str:
    return " + ".join(t(r, lang) for r in roles)
