"""Short interface texts in French (the reference) and English. Questionnaire content lives in the
questionnaire files; this is only for labels the program itself prints."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .texts import by_key
from .vocab import LEVEL_IDS, Lang

if TYPE_CHECKING:
    from .model import Questionnaire

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


def level_names(questionnaires: Iterable[Questionnaire], lang: str) -> dict[str, str]:
    """Each level's name as the questionnaire files give it (a consultant may rename a level), the
    one source for every output: "Circulation des données / Circulation de l'information" when the
    questionnaires of a batch name it differently; the catalogue's word only when there is none."""
    language: Lang = "en" if lang == "en" else "fr"
    names: dict[str, list[str]] = {}
    for q in sorted(questionnaires, key=lambda q: (q.id, q.version)):  # in the same order whatever the batch's
        for lv in q.levels:
            seen = names.setdefault(lv.id, [])
            if lv.name[language] not in seen:
                seen.append(lv.name[language])
    return {lv: " / ".join(names.get(lv) or [t(lv, lang)]) for lv in LEVEL_IDS}
