"""Batch scoring: many files and JSONL lines, in one process or several, results in input order.

Every bad file or line becomes a problem in the stream and the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .answers import AnswerSheet, Compiled, check_header, validate_answers
from .errors import AnswersError, Problem
from .loader import Registry
from .output import CsvStyle, dumps, respondent_record, respondent_row
from .reading import BLANK, is_jsonl, iter_jsonl, read_json, split_jsonl
from .scoring import ScoreCard, score

FILES_PER_TASK = 400
JSONL_CHUNK = 4 << 20
PARALLEL_MIN_FILES = 3000
PARALLEL_MIN_BYTES = 24 << 20

# What a worker sends back for each respondent:
EMIT_JSONL = "jsonl"  # bytes: one JSON object and a newline
EMIT_CSV = "csv"  # str: one CSV row
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


@dataclass(frozen=True, slots=True)
class Outcome:
    """One respondent scored (payload set) or one input refused (problems set)."""

    source: str
    line: int | None
    payload: Any = None
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()


# --- worker side ------------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init(registry: Registry, emit: str, csv_style: CsvStyle) -> None:
    _STATE["scorer"] = Scorer(registry)
    _STATE["emit"] = emit
    _STATE["csv"] = csv_style


def _one(scorer: Scorer, emit: str, csv_style: CsvStyle, obj: Any, source: str, line: int | None) -> Outcome:
    try:
        cq, sheet = scorer.sheet(obj, source, line)
    except AnswersError as e:
        return Outcome(source, line, problems=tuple(e.problems))
    warn = tuple(sheet.warnings)
    if emit == EMIT_NONE:
        return Outcome(source, line, payload=True, warnings=warn)
    card = score(cq, sheet)
    if emit == EMIT_RECORDS:
        return Outcome(source, line, (sheet, card), warnings=warn)
    rec = respondent_record(sheet, card)
    if emit == EMIT_JSONL:
        return Outcome(source, line, dumps(rec) + b"\n", warnings=warn)
    return Outcome(source, line, csv_style.row(respondent_row(rec)), warnings=warn)


def _run_task(task: tuple[Any, ...]) -> tuple[int, list[Outcome]]:
    """Process one task: ("files", [paths]) or ("jsonl", path, start, end).

    Returns the number of lines read (for JSONL line numbering across chunks) and the outcomes.
    """
    scorer: Scorer = _STATE["scorer"]
    emit: str = _STATE["emit"]
    csv_style: CsvStyle = _STATE["csv"]
    out: list[Outcome] = []
    if task[0] == "files":
        for path in task[1]:
            try:
                obj = read_json(path)
            except AnswersError as e:
                out.append(Outcome(path, None, problems=tuple(e.problems)))
                continue
            out.append(_one(scorer, emit, csv_style, obj, path, None))
        return 0, out
    _, path, start, end, offset = task
    n = 0
    for n, obj in iter_jsonl(path, start, end):
        if obj is BLANK:
            continue
        line = n + offset
        if isinstance(obj, AnswersError):
            out.append(Outcome(path, line or None, problems=_at_line(obj.problems, line or None)))
            continue
        out.append(_one(scorer, emit, csv_style, obj, path, line))
    return n, out


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
) -> Iterator[Outcome]:
    """Score every file, in input order. JSONL line numbers are absolute, even when a file is split."""
    csv_style = csv_style or CsvStyle()
    tasks, jobs = plan(files, jobs)
    if jobs == 1:
        _init(registry, emit, csv_style)
        offset = 0
        for t in tasks:
            if t[0] == "jsonl":
                if t[2] == 0:
                    offset = 0
                n_lines, outcomes = _run_task((*t[:4], offset))
                offset += n_lines
            else:
                _, outcomes = _run_task(t)
            yield from outcomes
            if on_task_done:
                on_task_done(_weight(t))
        return
    tasks = _count_offsets(tasks)
    method = "fork" if "fork" in mp.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(jobs, initializer=_init, initargs=(registry, emit, csv_style)) as pool:
        for t, (_, outcomes) in zip(tasks, pool.imap(_run_task, tasks, chunksize=1), strict=True):
            yield from outcomes
            if on_task_done:
                on_task_done(_weight(t))


def _weight(task: tuple[Any, ...]) -> int:
    """Progress units: one per JSON file, one per JSONL chunk."""
    return len(task[1]) if task[0] == "files" else 1
