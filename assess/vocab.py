"""The model's fixed vocabulary, without pydantic, so that the scoring path can import it cheaply."""

from __future__ import annotations

from typing import Literal

LEVEL_IDS: tuple[str, ...] = ("strategy", "reorganisation", "data_access", "practices")
ROLES: tuple[str, ...] = ("direction", "management", "field", "support")
LANGS: tuple[str, ...] = ("fr", "en")
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
DONT_KNOW = "dont_know"
# characters of a text: a free answer, a comment, and each text of a questionnaire (model.PlainText)
MAX_TEXT = 5000

Lang = Literal["fr", "en"]
Role = Literal["direction", "management", "field", "support"]
LevelId = Literal["strategy", "reorganisation", "data_access", "practices"]


def as_lang(text: str | None) -> Lang:
    """A language code as the model types it: English when asked for, French (the reference) else."""
    return "en" if text == "en" else "fr"
