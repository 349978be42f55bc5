"""What the commands share: options, printing messages, the one place that turns errors and
incomplete results into exit codes, and the questionnaire catalog."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from ..terminal import clean

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..errors import AssessError, Problem
    from ..pipeline import Outcome

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


MinGroupOpt = Annotated[
    int | None,
    typer.Option(
        "--min-group-size",
        min=1,
        max=100,
        help="Protect respondents more than the questionnaire does: the smallest group shown on its own, and "
        "below which no answer-level detail is shown. It can only raise the questionnaire's value.",
        show_default=False,
    ),
]


def err(msg: str) -> None:
    typer.echo(clean(msg), err=True)


def print_problems(problems: list[Problem], kind: str = "error") -> None:
    for p in problems:
        err(f"{kind}: {p}")


def fail(e: AssessError, code: int = 1) -> NoReturn:
    print_problems(e.problems)
    raise typer.Exit(code)


def usage(msg: str) -> NoReturn:
    err(f"error: {msg}")
    raise typer.Exit(2)


def interrupt_on_sigterm() -> None:
    """SIGTERM stops a command as Ctrl-C does: nothing half-written, no traceback, exit code 130."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def exit_code(outcome: Outcome) -> int:
    """0 only when every input was read and valid; 1 when anything was left out."""
    return 0 if outcome.complete else 1


def catalog(dirs: list[str] | None, *, quiet: bool = False) -> Catalog:
    """Bundled questionnaires plus the user's; a broken user file is reported, not fatal."""
    from ..catalog import load_catalog

    cat = load_catalog(tuple(dirs or ()))
    if not quiet:
        print_problems(cat.problems, "warning")
    return cat


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
