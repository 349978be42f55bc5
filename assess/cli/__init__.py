"""The command line: thin wiring over the library. Each command imports what it needs when it runs,
so that `assess --help` does not pay for pydantic, jinja2 or WeasyPrint."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from . import cmd_engine, cmd_report, cmd_run

app = typer.Typer(
    name="assess",
    help=(
        "Self-assessment of a digital transformation, after Bretesché (2024): four levels of change, "
        "the digital vs socio-professional trajectory, and a printable report.\n\n"
        "Example:\n\n    assess score examples/ --by-organisation"
    ),
    no_args_is_help=True,
    add_completion=False,
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


for module in (cmd_engine, cmd_report, cmd_run):
    module.register(app)


def run() -> None:  # console script entry point
    app()
