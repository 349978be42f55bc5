"""`assess report`: read answers, group them by organisation, render and write reports."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .. import batch
from ..answers import AnswerSheet, Compiled
from ..errors import AssessError
from ..loader import Registry
from ..output import write_atomic
from ..reading import find_answer_files
from .common import err

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(org_id: str) -> str:
    """A file name made from an organisation id that cannot leave its folder or collide."""
    base = _SAFE.sub("_", org_id).strip("._-")[:80] or "organisation"
    if base != org_id:
        base += "-" + hashlib.sha256(org_id.encode("utf-8")).hexdigest()[:8]
    return base


def inside(folder: Path, name: str) -> Path:
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise AssessError(f"refusing to write outside {folder}: {name}")
    return target


def report_command(
    paths: list[str],
    *,
    output: Path | None,
    pdf: Path | None,
    out_dir: Path | None,
    pdfs: bool,
    lang: str,
    templates_dir: Path | None,
    date: str | None,
    jobs: int | None,
    reg: Registry,
) -> int:
    from ..report.context import build_report_context
    from ..report.render import environment, render_report, write_pdf

    files, problems = find_answer_files(paths)
    invalid = len(problems)
    for p in problems:
        err(f"error: {p}")
    groups: dict[tuple[str, str], list[AnswerSheet]] = {}
    for res in batch.run(reg, files, emit=batch.EMIT_RECORDS, jobs=jobs):
        invalid += len({(p.source, p.line) for p in res.problems})
        for p in res.problems:
            err(f"error: {p}")
        for w in res.warnings:
            err(f"warning: {w}")
        for sheet, _ in res.records:
            groups.setdefault((sheet.organisation_id, sheet.questionnaire_id), []).append(sheet)
    if not groups:
        err("error: no valid answers to report on")
        return 1
    if invalid:
        err(f"warning: {invalid} invalid input(s) left out of the report(s)")
    if len(groups) > 1 and out_dir is None:
        orgs = ", ".join(f"{o} ({q})" for o, q in sorted(groups))
        err(f"error: the answers cover {len(groups)} organisations: {orgs}. Give the files of one organisation, "
            "or use --out-dir DIR for one report each.")  # fmt: skip
        return 1
    try:
        environment(templates_dir)
        scorer = batch.Scorer(reg)
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        written = 0
        for (org_id, _), sheets in sorted(groups.items()):
            sheets.sort(key=lambda s: (s.source, s.line or 0))
            cq: Compiled = scorer.compiled(sheets[0].questionnaire_id, sheets[0].questionnaire_version)
            ctx = build_report_context(cq, sheets, lang, generated_on=date)
            html = render_report(ctx, templates_dir)
            if out_dir is not None:
                name = safe_filename(org_id)
                target = inside(out_dir, name + ".html")
                pdf_target = inside(out_dir, name + ".pdf") if pdfs else None
            else:
                target = output or Path(f"report-{safe_filename(org_id)}.html")
                pdf_target = pdf
            write_atomic(target, html)
            if pdf_target is not None:
                write_pdf(html, pdf_target)
            written += 1
            if out_dir is None:
                err(f"written: {target}" + (f" and {pdf_target}" if pdf_target else ""))
        if out_dir is not None:
            err(f"written: {written} report(s) in {out_dir}")
    except AssessError as e:
        for p in e.problems:
            err(f"error: {p}")
        return 1
    except OSError as e:
        err(f"error: cannot write: {e.strerror or e} ({getattr(e, 'filename', '')})")
        return 1
    return 1 if invalid else 0
