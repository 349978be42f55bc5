"""`assess portfolio`: read answers through the pipeline, one page across organisations."""

from __future__ import annotations

from pathlib import Path

from .. import pipeline
from ..catalog import Catalog
from .common import err, exit_code, interrupt_on_sigterm, say
from .report_run import read_timelines, write_guarded


def portfolio_command(
    paths: list[str],
    *,
    output: Path | None,
    pdf: Path | None,
    lang: str,
    sort: str,
    by_sector: bool,
    date: str | None,
    jobs: int | None,
    cat: Catalog,
    min_group_size: int | None = None,
) -> int:
    from ..output import write_atomic
    from ..portfolio import build_portfolio
    from ..report.render import render_report, write_pdf
    from ..vocab import as_lang

    interrupt_on_sigterm()
    read = read_timelines(cat, paths, jobs, pipeline.EMIT_CARDS, min_group_size)
    if isinstance(read, int):
        return read
    _, lines, outcome = read
    target = output or Path(say("portfolio_name"))

    def write() -> int:
        ctx = build_portfolio(
            lines, cat.questionnaire, cat.plan_for, as_lang(lang), sort=sort, by_sector=by_sector, generated_on=date
        )
        html = render_report(ctx, None, "portfolio.html")
        write_atomic(target, html)
        if pdf is not None:
            write_pdf(html, pdf)
        err(say("written_and", path=target, other=pdf) if pdf else say("written", path=target))
        return exit_code(outcome)

    return write_guarded(write, "report_interrupted")
