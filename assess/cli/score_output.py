"""`assess score`: run the batch, stream results to stdout or a file written atomically."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .. import batch
from ..answers import AnswerSheet, Compiled
from ..errors import AssessError
from ..organisation import OrganisationResult, aggregate
from ..output import (
    CSV_BOM,
    ORGANISATION_COLUMNS,
    RESPONDENT_COLUMNS,
    CsvStyle,
    atomic_writer,
    dumps,
    organisation_record,
    respondent_record,
)
from ..output import organisation_row as org_row
from ..scoring import ScoreCard
from .common import err, registry

PROGRESS_MIN_FILES = 2000
PROGRESS_MIN_BYTES = 16 << 20


@contextlib.contextmanager
def _sink(output: Path | None) -> Iterator[IO[bytes]]:
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with atomic_writer(output, "wb") as f:
            yield f


def _progress(long_batch: bool) -> Any:
    """A progress bar on stderr for long batches on a terminal, else None."""
    if not long_batch or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("scoring"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    )  # fmt: skip


def score_command(
    paths: list[str],
    *,
    fmt: str,
    output: Path | None,
    by_organisation: bool,
    jobs: int | None,
    csv_decimal: str,
    lang: str,
    dirs: list[str] | None,
) -> int:
    from ..reading import find_answer_files

    reg = registry(dirs)
    files, problems = find_answer_files(paths)
    invalid = len(problems)
    for p in problems:
        err(f"error: {p}")
    if not files:
        err("error: no answer files to score")
        return 1
    style = CsvStyle(";", csv_decimal)
    need_records = by_organisation or fmt == "table"
    emit = batch.EMIT_RECORDS if need_records else (batch.EMIT_CSV if fmt == "csv" else batch.EMIT_JSONL)
    # progress in parts: one per JSON file, one per JSONL chunk
    tasks, n_jobs = batch.plan(files, jobs)
    units = sum(len(t[1]) if t[0] == "files" else 1 for t in tasks)
    n_json = sum(len(t[1]) for t in tasks if t[0] == "files")
    jsonl_bytes = sum((t[3] or 0) - t[2] for t in tasks if t[0] == "jsonl")
    progress = _progress(n_json >= PROGRESS_MIN_FILES or jsonl_bytes >= PROGRESS_MIN_BYTES)
    task_id = progress.add_task("scoring", total=units) if progress else None

    def advance(n: int) -> None:
        if progress is not None:
            progress.update(task_id, advance=n)

    scored = 0
    records: list[tuple[AnswerSheet, ScoreCard]] = []
    try:
        with contextlib.ExitStack() as stack:
            if progress is not None:
                stack.enter_context(progress)
            out = stack.enter_context(_sink(output)) if not need_records else None
            first = True
            if out is not None and fmt == "csv":
                out.write((CSV_BOM + style.row(RESPONDENT_COLUMNS)).encode())
            if out is not None and fmt == "json":
                out.write(b"[")
            for res in batch.run(reg, files, emit=emit, csv_style=style, on_task_done=advance, planned=(tasks, n_jobs)):
                # one problem list per bad file or line: count inputs, not messages
                invalid += len({(p.source, p.line) for p in res.problems})
                for p in res.problems:
                    err(f"error: {p}")
                for w in res.warnings:
                    err(f"warning: {w}")
                scored += res.scored
                if out is None:
                    records.extend(res.records)
                elif not res.data:
                    continue
                elif fmt == "json":
                    # JSONL chunk -> members of one JSON array
                    body = res.data.rstrip(b"\n").replace(b"\n", b",\n")
                    out.write((b"" if first else b",\n") + body)
                    first = False
                else:
                    out.write(res.data)
            if out is not None and fmt == "json":
                out.write(b"]\n")
            if need_records:
                _write_records(records, fmt, output, by_organisation, style, reg, lang)
    except BrokenPipeError:
        # the reader went away (`assess score ... | head`): stop quietly, as other tools do
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1 if invalid else 0
    except OSError as e:
        err(f"error: cannot write {output or 'standard output'}: {e.strerror or e}")
        return 1
    except KeyboardInterrupt:
        err("interrupted" + (f": {output} was not written (any previous version is intact)" if output else ""))
        return 130
    except AssessError as e:
        for p in e.problems:
            err(f"error: {p}")
        return 1
    err(f"{scored} scored, {invalid} invalid" + (f" -> {output}" if output and scored else ""))
    return 1 if invalid else 0


def _organisations(records: list[tuple[AnswerSheet, ScoreCard]], reg: Any) -> list[tuple[Compiled, OrganisationResult]]:
    groups: dict[tuple[str, str, int], list[tuple[AnswerSheet, ScoreCard]]] = {}
    for sheet, card in records:
        key = (sheet.organisation_id, sheet.questionnaire_id, int(sheet.questionnaire_version.split(".")[0]))
        groups.setdefault(key, []).append((sheet, card))
    scorer = batch.Scorer(reg)
    out = []
    for (_, qid, _), items in sorted(groups.items()):
        cq = scorer.compiled(qid, items[0][0].questionnaire_version)
        out.append((cq, aggregate(cq, items)))
    return out


def _write_records(
    records: list[tuple[AnswerSheet, ScoreCard]],
    fmt: str,
    output: Path | None,
    by_organisation: bool,
    style: CsvStyle,
    reg: Any,
    lang: str,
) -> None:
    if by_organisation:
        orgs = _organisations(records, reg)
        recs = [organisation_record(r) for _, r in orgs]
        if fmt == "table":
            from .tables import organisations_table

            _print_table(organisations_table(orgs, lang), output)
            return
        columns, row = ORGANISATION_COLUMNS, org_row
    else:
        if fmt == "table":
            from .tables import respondents_table

            _print_table(respondents_table(records, lang), output)
            return
        recs = [respondent_record(s, c) for s, c in records]
        from ..output import respondent_row

        columns, row = RESPONDENT_COLUMNS, respondent_row
    with _sink(output) as out:
        if fmt == "csv":
            out.write((CSV_BOM + style.row(columns)).encode())
            for r in recs:
                out.write(style.row(row(r)).encode())
        elif fmt == "json":
            import json

            out.write(json.dumps(recs, ensure_ascii=False, indent=1).encode() + b"\n")
        else:
            for r in recs:
                out.write(dumps(r) + b"\n")


def _print_table(renderable: Any, output: Path | None) -> None:
    from rich.console import Console

    if output is None:
        Console().print(renderable)
        return
    import io

    console = Console(record=True, width=120, file=io.StringIO())
    console.print(renderable)
    from ..output import write_atomic

    write_atomic(output, console.export_text())
