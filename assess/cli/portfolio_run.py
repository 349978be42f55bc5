"""`assess portfolio`: read answers through the pipeline, one page across organisations."""

from __future__ import annotations

from pathlib import Path

from .. import pipeline
from ..catalog import Catalog
from ..errors import AssessError
from .common import err, exit_code, interrupt_on_sigterm, print_problems, say
from .report_run import read_organisations


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
    from ..rounds import timelines
    from ..vocab import as_lang

    interrupt_on_sigterm()
    read = read_organisations(cat, paths, jobs, pipeline.EMIT_CARDS, min_group_size)
    if isinstance(read, int):
        return read
    orgs, outcome = read
    lines = timelines(orgs)
    target = output or Path(say("portfolio_name"))
    try:
        ctx = build_portfolio(
            lines, cat.questionnaire, cat.plan_for, as_lang(lang), sort=sort, by_sector=by_sector, generated_on=date
        )
        html = render_report(ctx, None, "portfolio.html")
        write_atomic(target, html)
        if pdf is not None:
            write_pdf(html, pdf)
    except KeyboardInterrupt:
        err(say("report_interrupted"))
        return 130
    except AssessError as e:
        print_problems(e.problems)
        return 1
    except OSError as e:
        err(say("error", msg=say("cannot_write", path=getattr(e, "filename", "") or "", error=e.strerror or e)))
        return 1
    err(say("written_and", path=target, other=pdf) if pdf else say("written", path=target))
    return exit_code(outcome)
