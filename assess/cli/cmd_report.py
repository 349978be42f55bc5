"""`assess report`: one printable HTML report (and PDF) per organisation."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .common import (
    LangOpt,
    MinGroupOpt,
    PathsArg,
    QDirsOpt,
    catalog,
    check_labels,
    clean,
    default_lang,
    files_only,
    named_for,
    say,
    usage,
)


class AppendixMode(str, Enum):  # noqa: UP042 - typer needs str enums
    compact = "compact"
    full = "full"
    none = "none"


def _day(value: str | None) -> str | None:
    """`--date`: a day of the calendar, as the answers' dates are (it is printed on the cover)."""
    if value is not None:
        from ..answers import is_date

        if not is_date(value):
            raise typer.BadParameter(say("bad_day", value=clean(value[:40])))
    return value


def report_cmd(
    paths: PathsArg,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    pdf: Annotated[Path | None, typer.Option("--pdf")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out-dir")] = None,
    pdfs: Annotated[bool, typer.Option("--pdfs")] = False,
    lang: LangOpt = None,
    templates_dir: Annotated[Path | None, typer.Option("--templates-dir")] = None,
    date: Annotated[str | None, typer.Option("--date", callback=_day)] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1)] = None,
    min_group_size: MinGroupOpt = None,
    appendix: Annotated[AppendixMode, typer.Option("--appendix")] = AppendixMode.compact,
    benchmark: Annotated[list[Path] | None, typer.Option("--benchmark")] = None,
    round_label: Annotated[str | None, typer.Option("--round", metavar="ROUND")] = None,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Make the printable report of an organisation: trajectory, map, levels, gaps, signals, method.

    The HTML file is self-contained (inline CSS and SVG, no script, no external request) and prints
    on A4. Answers of several organisations need --out-dir.
    """
    from .report_run import report_command

    files_only(output, pdf)
    named_for(output, ".html", ".htm")
    named_for(pdf, ".pdf")

    if out_dir is not None and (output is not None or pdf is not None):
        usage(say("out_dir_alone"))
    if pdfs and out_dir is None:
        usage(say("pdfs_need_out_dir"))
    from ..answers import given_text

    check_labels(round_label)  # a blank one refused, as `import` and `run` refuse it
    round_label = given_text(round_label)  # "2026 " is the round 2026, as `import --round` reads it
    code = report_command(
        [str(p) for p in paths],
        output=output,
        pdf=pdf,
        out_dir=out_dir,
        pdfs=pdfs,
        lang=default_lang(lang),
        templates_dir=templates_dir,
        date=date,
        jobs=jobs,
        min_group_size=min_group_size,
        appendix=appendix.value,
        benchmark=[str(p) for p in benchmark] if benchmark else None,
        cat=catalog(questionnaires_dir),
        round_label=round_label,
    )
    if code:
        raise typer.Exit(code)


class SortMode(str, Enum):  # noqa: UP042 - typer needs str enums
    name = "name"
    position = "position"
    trajectory = "trajectory"


def portfolio_cmd(
    paths: PathsArg,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    pdf: Annotated[Path | None, typer.Option("--pdf")] = None,
    lang: LangOpt = None,
    sort: Annotated[SortMode, typer.Option("--sort")] = SortMode.name,
    # one flag in help, as the two names of a --x/--no-x flag took a column that cut the others at 80
    # columns ("--questionnaires…"); --by-sector, the default, is still accepted
    by_sector: Annotated[bool, typer.Option("--by-sector", hidden=True)] = False,
    no_by_sector: Annotated[bool, typer.Option("--no-by-sector")] = False,
    date: Annotated[str | None, typer.Option("--date", callback=_day)] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1)] = None,
    min_group_size: MinGroupOpt = None,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Make one page across the organisations you follow: a table of every organisation and round,
    the trajectory map with each organisation's path, and each level's distribution.

    Self-contained HTML (no script), printable on A4 landscape. Rounds come from the answers'
    "round" field; each round is scored on its own, never averaged with another.
    """
    from .portfolio_run import portfolio_command

    files_only(output, pdf)
    named_for(output, ".html", ".htm")
    named_for(pdf, ".pdf")

    code = portfolio_command(
        [str(p) for p in paths],
        output=output,
        pdf=pdf,
        lang=default_lang(lang),
        sort=sort.value,
        by_sector=not no_by_sector,
        date=date,
        jobs=jobs,
        min_group_size=min_group_size,
        cat=catalog(questionnaires_dir),
    )
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("report")(report_cmd)
    app.command("portfolio")(portfolio_cmd)
