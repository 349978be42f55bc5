"""The command line: thin wiring over the library. Each command imports what it needs when it runs,
so that `assess --help` does not pay for pydantic, jinja2 or WeasyPrint."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from . import cmd_engine, cmd_interop, cmd_report, cmd_run

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
        sys.stderr.write(f"error: cannot write to standard output: {e.strerror or e}\n")
        sys.stderr.flush()
    except OSError:
        pass
