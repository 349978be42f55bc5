"""The command line's own usage errors in French, for a French interface (and two of click's odd
English phrases said plainly in English).

typer (its copy of click) writes them in English: "Missing option '--questionnaire' / '-Q'.",
"Invalid value for '--format' / '-f': 'foo' is not one of 'table', 'json'.", "Try 'assess score -h'
for help." Each message it makes is matched here and said again in French; a message not matched is
left as it is (a test checks the common ones). Installed when the command line is built; it only
patches what the error path calls: nothing is imported for it.
"""

from __future__ import annotations

import functools
import re
import sys
from typing import Any

# (English message, French); groups carry the names and values, said as they were written
MESSAGES: list[tuple[str, str]] = [  # compiled on first use (`_compiled`): an error is rare
    (r"Missing option (.+?)\.(.*)", r"Option manquante : \1.\2"),
    (r"Missing argument (.+?)\.(.*)", r"Argument manquant : \1.\2"),
    (r"Missing parameter:? (.+?)\.?", r"Paramètre manquant : \1."),
    (r"No such option: (\S+) \(Possible options: (.+)\)", r"Option inconnue : \1 (options proches : \2)"),
    (r"No such option: (\S+)", r"Option inconnue : \1"),
    (r"No such command '(.+?)'\. Did you mean (.+)\?", r"Commande inconnue : '\1'. Vouliez-vous dire \2 ?"),
    (r"No such command '(.+?)'\.", r"Commande inconnue : '\1'."),
    (r"Option '(.+?)' requires an argument\.", r"L'option '\1' demande une valeur."),
    (r"Option '(.+?)' requires (\d+) arguments\.", r"L'option '\1' demande \2 valeurs."),
    (r"Option '(.+?)' does not take a value\.", r"L'option '\1' ne prend pas de valeur."),
    # click writes "argument(s)" for one or several: said without the "(s)" (#8)
    (r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", r"En trop sur la ligne de commande : \1"),
    (r"Invalid value for (.+?): (.+)", r"Valeur invalide pour \1 : \2"),
    (r"Invalid value: (.+)", r"Valeur invalide : \1"),
]
# what follows "Invalid value for X:" (the parameter type's own words)
REASONS: list[tuple[str, str]] = [
    (r"(.+?) is not one of (.+)\.", r"\1 n'est pas l'une des valeurs possibles : \2."),
    (r"(.+?) is not a valid (?:integer|int range)\.", r"\1 n'est pas un nombre entier."),
    (r"(.+?) is not a valid (?:float|float range)\.", r"\1 n'est pas un nombre."),
    (r"(.+?) is not a valid boolean\..*", r"\1 n'est ni oui ni non."),
    (r"(.+?) is not in the range (.+)\.", r"\1 n'est pas dans l'intervalle \2."),
    (r"(File|Directory|Path) (.+?) does not exist\.", r"\2 n'existe pas."),
    (r"(File|Directory|Path) (.+?) is a directory\.", r"\2 est un dossier."),
    (r"(File|Directory|Path) (.+?) is a file\.", r"\2 est un fichier."),
    (r"(File|Directory|Path) (.+?) is not readable\.", r"\2 ne peut pas être lu."),
]


# click's own words that read oddly in English too ("'abc' is not a valid int range.")
ENGLISH: list[tuple[str, str]] = [
    (r"(.+?) is not a valid int range\.", r"\1 is not a whole number."),
    (r"(.+?) is not a valid float range\.", r"\1 is not a number."),
]


@functools.cache
def _compiled(table: str) -> list[tuple[re.Pattern[str], str]]:
    tables = {"messages": MESSAGES, "reasons": REASONS, "english": ENGLISH}
    return [(re.compile(p, re.S), out) for p, out in tables[table]]


def english(message: str) -> str:
    """An English usage message of typer's, with click's odd words said plainly."""
    for rx, en in _compiled("english"):
        message = rx.sub(en, message)
    return message


def french(message: str) -> str:
    """An English usage message of typer's, in French (unchanged when not recognised), its quoted
    names and values between French quotes ("« --format » : « foo » n'est pas…")."""
    for rx, fr in _compiled("messages"):
        m = rx.fullmatch(message)
        if m:
            out = m.expand(fr)
            if fr.startswith("Valeur invalide"):
                reason = m.group(m.lastindex or 1)
                for rrx, rfr in _compiled("reasons"):
                    r = rrx.fullmatch(reason)
                    if r:
                        out = out[: len(out) - len(reason)] + r.expand(rfr)
                        break
            return guillemets(out)
    return message


# a name or a value click quotes ('--format', 'foo'), not an apostrophe ("L'option", "n'est")
_QUOTED = re.compile(r"(?<!\w)'([^'\n]*)'(?!\w)")


def guillemets(text: str) -> str:
    """click's quotes as French writes them, its spaces kept together: '-o' is « -o »."""
    from ..terminal import typography

    return typography(_QUOTED.sub("«\u00a0\\1\u00a0»", text))


def _french_now() -> bool:
    """Whether the interface speaks French now (the same process may later run in English: tests)."""
    from .common import ui_lang

    return ui_lang() != "en"


def _rich_words() -> None:
    """typer's own words around an error ("Try ... for help.", the panel's title), once typer has
    imported the module that holds them."""
    rich = sys.modules.get("typer.rich_utils")
    if rich is not None:
        from ..terminal import keep_spacing

        keep_spacing()  # the panel breaks no "« json »" over two lines
        setattr(rich, "RICH_HELP", "Aide\u00a0: [blue]«\u00a0{command_path} {help_option}\u00a0»[/]")  # noqa: B010
        setattr(rich, "ERRORS_PANEL_TITLE", "Erreur")  # noqa: B010


_OURS: set[Any] = set()  # the functions put in click's place here: each installed once


def _put(owner: Any, name: str, fn: Any) -> None:
    """`fn` in the place of `owner.name` (a method of click's, replaced at run time)."""
    _OURS.add(fn)
    setattr(owner, name, fn)


def install() -> None:
    """Every usage error typer shows, in French while the interface is French: its message, the usage
    line, "Try ... for help." and the panel's title."""
    from typer import exceptions as typer_exceptions
    from typer._click import core, exceptions

    for cls in (typer_exceptions.TyperException, exceptions.ClickException, exceptions.BadParameter,
                exceptions.MissingParameter, exceptions.NoSuchOption):  # fmt: skip
        own = cls.__dict__.get("format_message")
        if own is None or own in _OURS:
            continue

        def format_message(self: Any, own: Any = own) -> str:
            from ..terminal import clean

            # click shows the control characters of a value typed ("--x\x1b[2J"), not the
            # directional ones (U+202E would print the rest of the panel backwards): `clean` does both
            if not _french_now():
                return clean(english(str(own(self))))
            _rich_words()  # an error without a context shows no usage line: its panel's title set here
            return clean(french(own(self)))

        _put(cls, "format_message", format_message)

    usage = core.Context.get_usage
    if usage in _OURS:
        return

    def get_usage(self: Any) -> str:
        if not _french_now():
            return str(usage(self))
        _rich_words()  # the usage line comes first in an error: typer's words are set by then
        return re.sub(r"^Usage:", "Utilisation :", usage(self))

    _put(core.Context, "get_usage", get_usage)

    command_usage = core.Command.get_usage  # what a help page draws first

    def get_command_usage(self: Any, ctx: Any) -> str:
        text = str(command_usage(self, ctx))
        return re.sub(r"^Usage:", "Utilisation :", text) if _french_now() else text

    _put(core.Command, "get_usage", get_command_usage)
