"""The one catalogue of interface texts, French (the reference) and English.

    text("run.save_failed", "fr")      one text
    section("report")                  {"fr": {"summary": ...}, "en": {...}} for a template or a module
    by_key("ui")                       {"digital": {"fr": ..., "en": ...}, ...}

The texts themselves are in `fr.py` and `en.py`, one file per language, keys `area.name`.
"""

from __future__ import annotations

from functools import cache

from . import en, fr

CATALOGUE: dict[str, dict[str, str]] = {"fr": fr.TEXTS, "en": en.TEXTS}


def text(key: str, lang: str) -> str:
    """The text of `key` in `lang` (French when the language is not known)."""
    return CATALOGUE["en" if lang == "en" else "fr"][key]


@cache
def section(area: str) -> dict[str, dict[str, str]]:
    prefix = area + "."
    return {
        lang: {k[len(prefix) :]: v for k, v in texts.items() if k.startswith(prefix)}
        for lang, texts in CATALOGUE.items()
    }


@cache
def by_key(area: str) -> dict[str, dict[str, str]]:
    sec = section(area)
    return {k: {lang: sec[lang][k] for lang in sec} for k in sec["fr"]}
