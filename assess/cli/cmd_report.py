"""`assess report`: the printable report (see assess/report)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
