"""Short interface texts in French (the reference) and English. Questionnaire content lives in the
questionnaire files; this is only for labels the program itself prints."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .texts import by_key
from .vocab import LEVEL_IDS

if TYPE_CHECKING:
    from .plan import Plan

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


def level_names(plans: Iterable[Plan], lang: str) -> dict[str, str]:
    """Each level's name as the questionnaire files give it (a consultant may rename a level), the
    one source for every output: "Circulation des données / Circulation de l'information" when the
    questionnaires of a batch name it differently; the catalogue's word only when there is none."""
    names: dict[str, list[str]] = {}
    for p in sorted(plans, key=lambda p: (p.id, p.version)):  # in the same order whatever the batch's
        for lv in LEVEL_IDS:
            seen = names.setdefault(lv, [])
            if p.level_name(lv, lang) not in seen:
                seen.append(p.level_name(lv, lang))
    return {lv: " / ".join(names.get(lv) or [t(lv, lang)]) for lv in LEVEL_IDS}
