"""`assess score`: wire the pipeline to an output (standard output, or a file written atomically)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .. import pipeline
from ..errors import PIPE_CLOSED, AssessError
from ..pipeline import Outcome
from .common import (
    cannot_write_message,
    catalog,
    clean,
    counted_once,
    err,
    exit_code,
    interrupt_on_sigterm,
    note_organisations,
    print_problems,
    say,
)

PROGRESS_MIN_FILES = 2000
PROGRESS_MIN_BYTES = 16 << 20


@contextlib.contextmanager
def sink(output: Path | None) -> Iterator[IO[bytes]]:
    """Standard output, or a temporary file renamed over `output` only when everything went well."""
    if output is None:
        from ..terminal import data_stdout

        with data_stdout() as out:  # on a terminal, what the data holds never drives it
            yield out
    else:
        from ..output import atomic_writer

        with atomic_writer(output, "wb") as f:
            yield f


def _progress(units: int, big: bool) -> Any:
    """A progress bar on stderr for long batches on a terminal, else None."""
    if not big:
        return None
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    from ..terminal import console

    # beside the bar, the task's description: the interface's word ("notation"), not "scoring"
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
        console=console(stderr=True), transient=True,
    )  # fmt: skip
    progress.add_task(say("progress"), total=units)
    return progress


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
    min_group_size: int | None = None,
) -> int:
    from ..output import CSV_BOM, CsvStyle
    from ..reading import Discovery, walk_answer_files
    from ..records import JSON_MEMBERS, JSONL_RECORDS, RESPONDENT_COLUMNS, CsvRows, CsvWords

    interrupt_on_sigterm()
    cat = catalog(dirs)
    outcome = Outcome()
    found = Discovery([], [], [])
    walk = walk_answer_files(paths, found)
    first = next(walk, None)
    reported = False

    def report_scan() -> None:
        """The scan's errors and notes, once it has ended: counted in the outcome, and printed."""
        nonlocal reported
        if not reported:
            reported = True
            outcome.invalid += len(found.problems)
            outcome.problems.extend(found.problems)
            print_problems(found.problems)
            print_problems(found.notes, "note")

    if first is None:
        report_scan()
        err(say("error", msg=say("no_files")))
        return 1
    style = CsvStyle(";", csv_decimal)
    need_all = by_organisation or fmt in ("table", "xlsx", "sqlite")
    emitter: Callable[[pipeline.Scored], bytes] | None = None
    if not need_all:
        if fmt == "csv":  # the rows name their depth stage as their questionnaire does (every installed plan)
            emitter = CsvRows(style, lang, [cat.plan_for(e.id, e.version) for e in cat.every_version()])
        else:
            emitter = JSON_MEMBERS if fmt == "json" else JSONL_RECORDS

    def files() -> Iterator[str]:
        yield first
        yield from walk
        report_scan()  # as soon as the scan ends: before the first result when the batch is small

    tasks: Iterable[pipeline.Task] = pipeline.make_tasks(files())
    progress = None
    if sys.stderr.isatty():  # a progress bar needs the size of the batch: the scan first, then the scoring
        tasks = list(tasks)  # the scan's errors are reported as it ends (`files`)
        n_files = sum(len(t.files) for t in tasks)
        jsonl_bytes = sum(t.jsonl_bytes for t in tasks)
        big = n_files >= PROGRESS_MIN_FILES or jsonl_bytes >= PROGRESS_MIN_BYTES
        progress = _progress(sum(t.units for t in tasks), big)
    # otherwise the scoring starts on the first files found, while the others are being found

    def advance(n: int) -> None:
        if progress is not None:
            progress.update(progress.task_ids[0], advance=n)

    scored: list[pipeline.Scored] = []
    try:
        with contextlib.ExitStack() as stack:
            if progress is not None:
                stack.enter_context(progress)
            out = stack.enter_context(sink(output)) if emitter is not None else None
            target = out
            if out is not None and fmt == "csv":
                # the headings name the levels as the batch's questionnaires do, known at its end:
                # the rows wait in a temporary file, then follow the headings
                import tempfile

                out = stack.enter_context(tempfile.TemporaryFile(dir=output.parent if output else None))
            if out is not None and fmt == "json":
                out.write(b"[")
            skip = 1 if fmt == "json" else 0  # the first member's leading comma
            # tables and per-organisation results need no answers but those the signals read
            # the database keeps every answer (in long form), to score an organisation again later
            emit = pipeline.EMIT_JSONL if emitter is not None else pipeline.EMIT_CARDS
            if fmt == "sqlite":  # workers send one compact line per respondent, written as they come
                from ..interop.results_sqlite import sqlite_line, write_results_sqlite_lines

                assert output is not None  # the command requires -o for sqlite

                def lines() -> Iterator[bytes]:
                    run = pipeline.run(
                        cat, (), emit=pipeline.EMIT_FULL_LINES, fmt=sqlite_line, jobs=jobs, on_task_done=advance,
                        tasks=tasks,
                    )  # fmt: skip
                    for res in run:
                        outcome.add(res)
                        print_problems(res.problems)
                        print_problems(res.warnings, "warning")
                        yield from pipeline.output_lines(res)

                db = write_results_sqlite_lines(output, cat, lines(), min_group_size)
                if not outcome.scored:
                    raise _NothingScored  # every record refused: nothing written (a database as it was)
                print_problems(db.changed, "note")
                # one of two that the batch gives with different answers is not stored: not a complete run
                outcome.refuse(db.twice)
                print_problems(db.twice)
                added, there = say("n_added", n=db.added - db.replaced), say("n_already", n=db.already_there)
                if db.replaced:
                    added += say("n_replaced", n=db.replaced)
                orgs = say("n_recomputed", n=db.organisations)
                err(say("sqlite_written", path=output, added=added, skipped=there, orgs=orgs))
                run: Iterator[pipeline.TaskResult] = iter(())  # all written: nothing left for the loop below
            else:
                run = pipeline.run(cat, (), emit=emit, fmt=emitter, jobs=jobs, on_task_done=advance, tasks=tasks)
            asked: set[tuple[str, str]] = set()  # the questionnaires of the batch
            for res in run:
                outcome.add(res)
                print_problems(res.problems)
                print_problems(res.warnings, "warning")
                asked |= res.questionnaires
                if out is None:
                    scored.extend(res.scored_items)
                elif res.scored:
                    pipeline.copy_shard(res, out, skip)
                    skip = 0
            if output is not None and fmt != "sqlite" and not outcome.scored:
                raise _NothingScored  # every record refused: the previous file stays as it was
            if out is not None and fmt == "json":
                out.write(b"\n]\n")
            if target is not None and fmt == "csv":
                import shutil

                assert out is not None
                header = CsvWords(RESPONDENT_COLUMNS, lang, [cat.plan_for(*q) for q in sorted(asked)]).header
                target.write((CSV_BOM + style.row(header)).encode())
                out.flush()
                out.seek(0)
                shutil.copyfileobj(out, target)
            if emitter is None and fmt != "sqlite":
                if by_organisation or fmt == "xlsx":  # a respondent read twice would count twice
                    scored = counted_once(scored, outcome)
                _write_collected(cat, scored, fmt, output, by_organisation, style, lang, min_group_size)
    except BrokenPipeError:
        # the reader went away (`assess score ... | head`): stop quietly, as other tools do
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        report_scan()  # what the scan had met so far
        return exit_code(outcome) or PIPE_CLOSED
    except KeyboardInterrupt:
        err(say("not_written", path=output) if output else say("interrupted"))
        return 130
    except _NothingScored:
        err(say("scored_invalid", scored=say("n_scored", n=0), invalid=say("n_invalid", n=outcome.invalid)))
        err(say("error", msg=say("nothing_scored", path=output)))
        return 1
    except AssessError as e:
        print_problems(e.problems)
        return 1
    except OSError as e:
        err(cannot_write_message(output, e))
        return 1
    except _sqlite_error() as e:  # not a database, or another program holds it
        err(cannot_write_message(output, e))
        return 1
    summary = say(
        "scored_invalid", scored=say("n_scored", n=outcome.scored), invalid=say("n_invalid", n=outcome.invalid)
    )
    err(summary + (f" -> {clean(str(output))}" if output and outcome.scored else ""))
    return exit_code(outcome)


class _NothingScored(Exception):
    """Every record of a batch with `-o` was refused: no file is written (nor an existing one replaced)."""


def _sqlite_error() -> type[Exception] | tuple[()]:
    """sqlite3.Error once sqlite3 is imported (only -o FILE.sqlite imports it), else nothing to catch:
    nothing else raises it, and the other formats need not import sqlite3."""
    module = sys.modules.get("sqlite3")
    return module.Error if module is not None else ()


def _write_collected(
    cat: Any,
    scored: list[pipeline.Scored],
    fmt: str,
    output: Path | None,
    by_organisation: bool,
    style: Any,
    lang: str,
    min_group_size: int | None,
) -> None:
    import orjson

    from ..i18n import level_names as named
    from ..output import CSV_BOM
    from ..records import (
        ORGANISATION_COLUMNS,
        RESPONDENT_COLUMNS,
        CsvWords,
        organisation_record,
        organisation_row,
        respondent_record,
        respondent_row,
    )
    from .tables import organisations_table, respondents_table

    rows: list[Any]
    # level names and sectors as the questionnaires give them (their plans: no questionnaire file read)
    asked = [
        cat.plan_for(qid, version)
        for qid, version in sorted({(s.sheet.questionnaire_id, s.sheet.questionnaire_version) for s in scored})
    ]
    if fmt == "xlsx":  # every sheet: respondents, organisations, gaps and disagreement, signals
        from ..interop.results_xlsx import write_results_xlsx

        assert output is not None  # the command requires -o for xlsx
        grouped = pipeline.organisations(cat, scored, min_group_size)
        note_organisations(grouped, min_group_size)
        write_results_xlsx(output, scored, [o.result for o in grouped], lang, asked)
        return
    if fmt == "table" and not scored and output is None:
        return  # no row: no empty table with a legend of no questionnaire's levels ("0 scored" says it)
    level_names = named(asked, lang)
    sectors = {q.id: q.sector for q in asked}
    if by_organisation:
        grouped = pipeline.organisations(cat, scored, min_group_size)
        note_organisations(grouped, min_group_size)
        results = [o.result for o in grouped]
        if fmt == "table":
            import shutil

            wide = 120 if output is not None else shutil.get_terminal_size((80, 24)).columns
            _print_table(organisations_table(results, lang, level_names, sectors, wide), output)
            return
        records, columns, rows = [organisation_record(r) for r in results], ORGANISATION_COLUMNS, results
        to_row: Callable[[Any], list[Any]] = organisation_row
    else:
        if fmt == "table":
            _print_table(respondents_table(scored, lang, level_names), output)
            return
        records, columns, rows, to_row = (
            [respondent_record(s) for s in scored],
            RESPONDENT_COLUMNS,
            scored,
            respondent_row,
        )
    with sink(output) as out:
        if fmt == "csv":
            words = CsvWords(columns, lang, asked)
            out.write((CSV_BOM + style.row(words.header)).encode())
            for r in rows:
                out.write(style.row(words(to_row(r))).encode())
        elif fmt == "json":
            out.write(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
        else:
            for rec in records:
                out.write(orjson.dumps(rec) + b"\n")


def _print_table(renderable: Any, output: Path | None) -> None:
    import io

    from rich.console import Console

    from ..terminal import console as terminal_console

    console = terminal_console() if output is None else Console(record=True, width=120, file=io.StringIO())
    _table_and_caption(console, renderable)
    if output is not None:
        from ..output import write_atomic

        write_atomic(output, console.export_text())


def _table_and_caption(console: Any, table: Any) -> None:
    """The table, then its caption wrapped here: rich breaks a line at any space, a no-break one
    too, and a French caption's lines started with a lone ";"."""
    import textwrap

    from rich.text import Text

    from ..terminal import typography

    caption, table.caption = table.caption, None
    console.print(table)
    if caption:
        w = min(console.measure(table).maximum, console.width)
        lines = textwrap.wrap(typography(caption), w, break_on_hyphens=False)
        console.print(Text("\n".join(lines)), justify="left", width=w)
