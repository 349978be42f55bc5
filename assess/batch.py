"""Batch scoring: many files and JSONL lines, in one process or several, results in input order.

Every bad file or line becomes a problem in the stream and the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .answers import AnswerSheet, Compiled, check_header, validate_answers
from .errors import AnswersError, Problem
from .fastpath import fast_sheet
from .loader import Registry
from .output import CsvStyle, dumps, respondent_record, respondent_row
from .reading import BLANK, is_jsonl, iter_jsonl, read_json, split_jsonl
from .scoring import ScoreCard, card_from_sums, card_from_values, question_values

FILES_PER_TASK = 400
JSONL_CHUNK = 4 << 20
PARALLEL_MIN_FILES = 3000
PARALLEL_MIN_BYTES = 24 << 20

# What a worker makes of each respondent:
EMIT_JSONL = "jsonl"  # JSON lines, joined into TaskResult.data
EMIT_CSV = "csv"  # CSV rows, joined into TaskResult.data
EMIT_RECORDS = "records"  # (AnswerSheet, ScoreCard): for tables and per-organisation results
EMIT_NONE = "none"  # nothing: validation only


class Scorer:
    """Validates and scores answers objects against the registry, compiling each questionnaire once."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._compiled: dict[tuple[str, str], Compiled] = {}

    def compiled(self, qid: str, version: str) -> Compiled:
        key = (qid, version)
        cq = self._compiled.get(key)
        if cq is None:
            q = self.registry.get(qid, version)
            cq = self._compiled.get((q.id, q.version))
            if cq is None:
                cq = Compiled(q)
                self._compiled[(q.id, q.version)] = cq
            self._compiled[key] = cq
        return cq

    def sheet(self, obj: Any, source: str, line: int | None) -> tuple[Compiled, AnswerSheet]:
        qid, version = check_header(obj, source, line)
        try:
            cq = self.compiled(qid, version)
        except AnswersError as e:
            raise AnswersError([Problem(source, p.message, line, "questionnaire") for p in e.problems]) from None
        return cq, validate_answers(cq, obj, source, line)


@dataclass(slots=True)
class TaskResult:
    """What one task gives back: its output already formatted (or records), and its problems."""

    scored: int = 0
    data: bytes = b""  # EMIT_JSONL / EMIT_CSV: the formatted results, in input order
    records: list[tuple[AnswerSheet, ScoreCard]] = field(default_factory=list)  # EMIT_RECORDS
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "source[:line]: message"
    lines: int = 0  # JSONL lines read, blank ones included


# --- worker side ------------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init(registry: Registry, emit: str, csv_style: CsvStyle) -> None:
    _STATE["scorer"] = Scorer(registry)
    _STATE["emit"] = emit
    _STATE["csv"] = csv_style


def _worker_init(registry: Registry, emit: str, csv_style: CsvStyle) -> None:
    # Ctrl-C is the parent's to handle: workers ignore it and are terminated with the pool
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init(registry, emit, csv_style)


def _one(res: TaskResult, out: list[bytes], obj: Any, source: str, line: int | None) -> None:
    scorer: Scorer = _STATE["scorer"]
    emit: str = _STATE["emit"]
    fast = None
    try:
        cq = scorer.compiled(obj["questionnaire"]["id"], obj["questionnaire"]["version"])
        fast = fast_sheet(cq, obj, source, line)
    except (AnswersError, TypeError, KeyError):
        pass
    if fast is not None:
        sheet, values, weights, weighted = fast
    else:
        try:
            cq, sheet = scorer.sheet(obj, source, line)
        except AnswersError as e:
            res.problems.extend(e.problems)
            return
        values = question_values(cq, sheet)
        weights = weighted = None  # type: ignore[assignment]
        for w in sheet.warnings:
            res.warnings.append(f"{source}{':' + str(line) if line else ''}: {w}")
    res.scored += 1
    if emit == EMIT_NONE:
        return
    if weights is not None and weighted is not None:
        card = card_from_sums(cq, sheet.answers, values, sheet.role, weights, weighted)
    else:
        card = card_from_values(cq, sheet.answers, values, sheet.role)
    if emit == EMIT_RECORDS:
        res.records.append((sheet, card))
        return
    rec = respondent_record(sheet, card)
    if emit == EMIT_JSONL:
        out.append(dumps(rec))
        out.append(b"\n")
    else:
        out.append(_STATE["csv"].row(respondent_row(rec)).encode())


def _run_task(task: tuple[Any, ...]) -> TaskResult:
    """Process one task: ("files", [paths]) or ("jsonl", path, start, end, line offset)."""
    res = TaskResult()
    out: list[bytes] = []
    if task[0] == "files":
        for path in task[1]:
            try:
                obj = read_json(path)
            except AnswersError as e:
                res.problems.extend(e.problems)
                continue
            _one(res, out, obj, path, None)
    else:
        _, path, start, end, offset = task
        n = 0
        for n, obj in iter_jsonl(path, start, end):
            if obj is BLANK:
                continue
            line = n + offset
            if isinstance(obj, AnswersError):
                res.problems.extend(_at_line(obj.problems, line or None))
                continue
            _one(res, out, obj, path, line)
        res.lines = n
    res.data = b"".join(out)
    return res


def _at_line(problems: list[Problem], line: int | None) -> tuple[Problem, ...]:
    return tuple(Problem(p.source, p.message, line, p.where) for p in problems)


# --- parent side ------------------------------------------------------------------------------


def plan(files: Iterable[str], jobs: int | None) -> tuple[list[tuple[Any, ...]], int]:
    """Cut the input into tasks and choose the number of processes (None: what is fastest here).

    A JSONL task is ("jsonl", path, start, end, first line number - 1). With one process, line
    offsets are filled in as chunks are read; with several, they are counted up front.
    """
    tasks: list[tuple[Any, ...]] = []
    batch: list[str] = []
    n_files = 0
    jsonl_bytes = 0
    for f in files:
        if is_jsonl(f):
            if batch:
                tasks.append(("files", batch))
                batch = []
            try:
                ranges: list[tuple[int, int | None]] = list(split_jsonl(f, JSONL_CHUNK))
                jsonl_bytes += ranges[-1][1] or 0
            except OSError:
                ranges = [(0, None)]
            tasks.extend(("jsonl", f, start, end, None) for start, end in ranges)
        else:
            n_files += 1
            batch.append(f)
            if len(batch) >= FILES_PER_TASK:
                tasks.append(("files", batch))
                batch = []
    if batch:
        tasks.append(("files", batch))
    cpus = os.cpu_count() or 1
    if jobs is None:
        big = n_files >= PARALLEL_MIN_FILES or jsonl_bytes >= PARALLEL_MIN_BYTES
        jobs = cpus if big else 1
    return tasks, max(1, min(jobs, len(tasks) or 1))


def _count_offsets(tasks: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Fill in each JSONL chunk's first line number by counting newlines before it."""
    out = []
    offset = 0
    prev_path = None
    for t in tasks:
        if t[0] != "jsonl":
            out.append(t)
            continue
        _, path, start, end, _ = t
        if path != prev_path:
            offset, prev_path = 0, path
        out.append(("jsonl", path, start, end, offset))
        if end is not None:
            offset += _newlines(path, start, end)
    return out


def _newlines(path: str, start: int, end: int) -> int:
    n = 0
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            block = f.read(min(left, 1 << 20))
            if not block:
                break
            n += block.count(b"\n")
            left -= len(block)
    return n


def run(
    registry: Registry,
    files: list[str],
    *,
    emit: str,
    jobs: int | None = None,
    csv_style: CsvStyle | None = None,
    on_task_done: Callable[[int], None] | None = None,
    planned: tuple[list[tuple[Any, ...]], int] | None = None,
) -> Iterator[TaskResult]:
    """Score every file, in input order. JSONL line numbers are absolute, even when a file is split.

    `planned` is what `plan(files, jobs)` returned, for a caller that already looked at the tasks.
    """
    csv_style = csv_style or CsvStyle()
    tasks, jobs = planned if planned is not None else plan(files, jobs)
    if jobs == 1:
        _init(registry, emit, csv_style)
        offset = 0
        for t in tasks:
            if t[0] == "jsonl":
                if t[2] == 0:
                    offset = 0
                res = _run_task((*t[:4], offset))
                offset += res.lines
            else:
                res = _run_task(t)
            yield res
            if on_task_done:
                on_task_done(_weight(t))
        return
    tasks = _count_offsets(tasks)
    method = "fork" if "fork" in mp.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(jobs, initializer=_worker_init, initargs=(registry, emit, csv_style)) as pool:
        for t, res in zip(tasks, pool.imap(_run_task, tasks, chunksize=1), strict=True):
            yield res
            if on_task_done:
                on_task_done(_weight(t))


def _weight(task: tuple[Any, ...]) -> int:
    """Progress units: one per JSON file, one per JSONL chunk."""
    return len(task[1]) if task[0] == "files" else 1
