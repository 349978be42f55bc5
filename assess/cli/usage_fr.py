"""The command line's own usage errors in French, for a French interface.

typer (its copy of click) writes them in English: "Missing option '--questionnaire' / '-Q'.",
"Invalid value for '--format' / '-f': 'foo' is not one of 'table', 'json'.", "Try 'assess score -h'
for help." Each message it makes is matched here and said again in French; a message not matched is
left as it is (a test checks the common ones). Installed only for a French interface, and only
patches what the error path calls: nothing is imported for it.
"""

from __future__ import annotations

import re
import sys
from typing import Any

# (English message, French); groups carry the names and values, said as they were written
MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Missing option (.+?)\.(.*)", re.S), r"Option manquante : \1.\2"),
    (re.compile(r"Missing argument (.+?)\.(.*)", re.S), r"Argument manquant : \1.\2"),
    (re.compile(r"Missing parameter:? (.+?)\.?", re.S), r"Paramètre manquant : \1."),
    (
        re.compile(r"No such option: (\S+) \(Possible options: (.+)\)", re.S),
        r"Option inconnue : \1 (options proches : \2)",
    ),
    (re.compile(r"No such option: (\S+)", re.S), r"Option inconnue : \1"),
    (
        re.compile(r"No such command '(.+?)'\. Did you mean (.+)\?", re.S),
        r"Commande inconnue : '\1'. Vouliez-vous dire \2 ?",
    ),
    (re.compile(r"No such command '(.+?)'\.", re.S), r"Commande inconnue : '\1'."),
    (re.compile(r"Option '(.+?)' requires an argument\.", re.S), r"L'option '\1' demande une valeur."),
    (re.compile(r"Option '(.+?)' requires (\d+) arguments\.", re.S), r"L'option '\1' demande \2 valeurs."),
    (re.compile(r"Option '(.+?)' does not take a value\.", re.S), r"L'option '\1' ne prend pas de valeur."),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", re.S), r"Argument(s) en trop : \1"),
    (re.compile(r"Invalid value for (.+?): (.+)", re.S), r"Valeur invalide pour \1 : \2"),
    (re.compile(r"Invalid value: (.+)", re.S), r"Valeur invalide : \1"),
]
# what follows "Invalid value for X:" (the parameter type's own words)
REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(.+?) is not one of (.+)\.", re.S), r"\1 n'est pas l'une des valeurs possibles : \2."),
    (re.compile(r"(.+?) is not a valid (?:integer|int range)\.", re.S), r"\1 n'est pas un nombre entier."),
    (re.compile(r"(.+?) is not a valid (?:float|float range)\.", re.S), r"\1 n'est pas un nombre."),
    (re.compile(r"(.+?) is not a valid boolean\..*", re.S), r"\1 n'est ni oui ni non."),
    (re.compile(r"(.+?) is not in the range (.+)\.", re.S), r"\1 n'est pas dans l'intervalle \2."),
    (re.compile(r"(File|Directory|Path) (.+?) does not exist\.", re.S), r"\2 n'existe pas."),
    (re.compile(r"(File|Directory|Path) (.+?) is a directory\.", re.S), r"\2 est un dossier."),
    (re.compile(r"(File|Directory|Path) (.+?) is a file\.", re.S), r"\2 est un fichier."),
    (re.compile(r"(File|Directory|Path) (.+?) is not readable\.", re.S), r"\2 ne peut pas être lu."),
]


def french(message: str) -> str:
    """An English usage message of typer's, in French (unchanged when not recognised)."""
    for rx, fr in MESSAGES:
        m = rx.fullmatch(message)
        if m:
            out = m.expand(fr)
            if fr.startswith("Valeur invalide"):
                reason = m.group(m.lastindex or 1)
                for rrx, rfr in REASONS:
                    r = rrx.fullmatch(reason)
                    if r:
                        out = out[: len(out) - len(reason)] + r.expand(rfr)
                        break
            return out
    return message


def _french_now() -> bool:
    """Whether the interface speaks French now (the same process may later run in English: tests)."""
    from .common import ui_lang

    return ui_lang() != "en"


def _rich_words() -> None:
    """typer's own words around an error ("Try ... for help.", the panel's title), once typer has
    imported the module that holds them."""
    rich = sys.modules.get("typer.rich_utils")
    if rich is not None:
        setattr(rich, "RICH_HELP", "Aide : [blue]'{command_path} {help_option}'[/]")  # noqa: B010
        setattr(rich, "ERRORS_PANEL_TITLE", "Erreur")  # noqa: B010


def install() -> None:
    """Every usage error typer shows, in French while the interface is French: its message, the usage
    line, "Try ... for help." and the panel's title."""
    from typer import exceptions as typer_exceptions
    from typer._click import core, exceptions

    for cls in (typer_exceptions.TyperException, exceptions.ClickException, exceptions.BadParameter,
                exceptions.MissingParameter, exceptions.NoSuchOption):  # fmt: skip
        own = cls.__dict__.get("format_message")
        if own is None or getattr(own, "_french", False):
            continue

        def format_message(self: Any, own: Any = own) -> str:
            if not _french_now():
                return str(own(self))
            _rich_words()  # an error without a context shows no usage line: its panel's title set here
            return french(own(self))

        format_message._french = True  # type: ignore[attr-defined]
        cls.format_message = format_message  # type: ignore[method-assign]

    usage = core.Context.get_usage
    if getattr(usage, "_french", False):
        return

    def get_usage(self: Any) -> str:
        if not _french_now():
            return str(usage(self))
        _rich_words()  # the usage line comes first in an error: typer's words are set by then
        return re.sub(r"^Usage:", "Utilisation :", usage(self))

    get_usage._french = True  # type: ignore[attr-defined]
    core.Context.get_usage = get_usage  # type: ignore[method-assign]

    command_usage = core.Command.get_usage  # what a help page draws first

    def get_command_usage(self: Any, ctx: Any) -> str:
        text = str(command_usage(self, ctx))
        return re.sub(r"^Usage:", "Utilisation :", text) if _french_now() else text

    core.Command.get_usage = get_command_usage  # type: ignore[method-assign]
