"""The command line: thin wiring over the library. Each command imports what it needs when it runs,
so that `assess --help` does not pay for pydantic, jinja2 or WeasyPrint."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from . import cmd_engine, cmd_interop, cmd_report, cmd_run

# what an option takes, shown in help instead of Python types ("<bool>", "<list[str]>")
METAVARS = {
    "fr": {"questionnaires_dir": "DOSSIER", "output": "FICHIER", "pdf": "FICHIER", "out_dir": "DOSSIER",
           "templates_dir": "DOSSIER", "resume": "FICHIER", "date": "AAAA-MM-JJ", "jobs": "N",
           "min_group_size": "N", "lang": "fr|en", "org_id": "ID", "org_name": "NOM", "respondent_id": "ID",
           "organisation_id": "ID", "organisation_name": "NOM", "questionnaire": "ID", "csv_decimal": "',' | '.'",
           "paths": "CHEMIN...", "questionnaire_id": "ID", "round_label": "TOUR"},
    "en": {"questionnaires_dir": "DIR", "output": "FILE", "pdf": "FILE", "out_dir": "DIR", "templates_dir": "DIR",
           "resume": "FILE", "date": "YYYY-MM-DD", "jobs": "N", "min_group_size": "N", "lang": "fr|en",
           "org_id": "ID", "org_name": "NAME", "respondent_id": "ID", "organisation_id": "ID",
           "organisation_name": "NAME", "questionnaire": "ID", "csv_decimal": "',' | '.'", "paths": "PATH...",
           "questionnaire_id": "ID", "round_label": "ROUND"},
}  # fmt: skip


def _localise(cmd: Any, path: list[str], lang: str) -> None:
    """Help texts from the one catalogue, in the interface language, for a command and its options
    (command-specific keys first, then the ones every command shares), and plain metavars."""
    from ..texts import CATALOGUE

    texts = CATALOGUE["en" if lang == "en" else "fr"]
    key = "help." + (".".join(path) if path else "app")
    if key in texts:
        cmd.help = texts[key]
    for p in cmd.params:
        text = texts.get(f"{key}.{p.name}") or texts.get(f"help.param.{p.name}")
        if text and hasattr(p, "help"):
            p.help = text
        if getattr(p, "param_type_name", "") == "argument":
            p.display_type_rich = lambda ctx: None  # its name says it; no Python type ("<list[Path]>")
        elif getattr(p, "is_flag", False):
            p.metavar = ""
        elif p.name == "fmt":  # the choices are listed in the help text
            p.metavar = "FORMAT"
        elif p.name in METAVARS[lang] and getattr(p, "type", None).__class__.__name__ != "Choice":
            p.metavar = METAVARS[lang][p.name]
    original = cmd.get_help_option

    def help_option(ctx: Any) -> Any:
        opt = original(ctx)
        if opt is not None:
            opt.help = texts["help.param.help"]
            opt.metavar = ""
        return opt

    cmd.get_help_option = help_option
    for name, sub in getattr(cmd, "commands", {}).items():
        _localise(sub, [*path, name], lang)


class LocalisedGroup(TyperGroup):
    """The root command: once typer has built the tree, its help texts come from the catalogue."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from .common import ui_lang

        self._lang = ui_lang()
        _localise(self, [], self._lang)

    def get_params(self, ctx: Any) -> list[Any]:
        """typer adds the completion options late: they get the catalogue's texts here."""
        from ..texts import CATALOGUE

        params = super().get_params(ctx)
        texts = CATALOGUE["en" if self._lang == "en" else "fr"]
        for p in params:
            if p.name in ("install_completion", "show_completion"):
                setattr(p, "help", texts[f"help.param.{p.name}"])  # noqa: B010 - an Option's field
                p.metavar = ""
        return params


app = typer.Typer(
    name="assess",
    help=(
        "Self-assessment of a digital transformation, after Bretesché (2024): four levels of change, "
        "the digital vs socio-professional trajectory, and a printable report.\n\n"
        "Example:\n\n    assess score examples/ --by-organisation"
    ),
    no_args_is_help=True,
    cls=LocalisedGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"assess {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Digital-transformation self-assessment."""


for module in (cmd_engine, cmd_interop, cmd_report, cmd_run):
    module.register(app)


def run() -> None:
    """The console script: the app, then one place for what goes wrong with standard output."""
    import errno
    import os
    import sys

    code: int | str | None = 0
    try:
        app()
    except SystemExit as e:
        code = e.code
    except OSError as e:
        if e.errno != errno.EPIPE:
            _stdout_failed(e)
            code = 1
    try:  # a short or failed write shows here, on a full disk, before anyone reads the result
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    except OSError as e:
        _stdout_failed(e)
        code = 1
    # the reader may have gone (`assess ... | head`): say nothing more, as other tools do
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(code)


def _stdout_failed(e: OSError) -> None:
    import sys

    try:
        from .common import say

        msg = say("cannot_write", path=say("stdout"), error=e.strerror or e)
        sys.stderr.write(say("error", msg=msg) + "\n")
        sys.stderr.flush()
    except OSError:
        pass
