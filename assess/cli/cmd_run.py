"""`assess run`: the questionnaire in the terminal (see assess/interview)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
