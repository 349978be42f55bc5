"""What the commands share: options, error printing, the questionnaire registry."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from ..errors import AssessError
    from ..loader import Registry

QDirsOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--questionnaires-dir",
        "-q",
        help="A folder of your own questionnaire files (YAML), added to the bundled ones; repeatable. "
        "Also read from $ASSESS_QUESTIONNAIRES_DIR.",
        show_default=False,
    ),
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", "-l", help="Language: fr or en (default: your locale, else fr).")
]


def err(msg: str) -> None:
    typer.echo(msg, err=True)


def fail(e: AssessError, code: int = 1) -> NoReturn:
    for p in e.problems:
        err(f"error: {p}")
    raise typer.Exit(code)


def usage(msg: str) -> NoReturn:
    err(f"error: {msg}")
    raise typer.Exit(2)


def registry(dirs: list[str] | None, *, quiet: bool = False) -> Registry:
    """Bundled questionnaires plus the user's; a broken user file is reported, not fatal."""
    from ..loader import load_registry

    reg = load_registry(dirs or ())
    if not quiet:
        for p in reg.problems:
            err(f"warning: {p}")
    return reg


def default_lang(lang: str | None) -> str:
    if lang is not None:
        if lang not in ("fr", "en"):
            usage(f"--lang must be fr or en, not {lang!r}")
        return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
