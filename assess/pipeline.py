"""The pipeline: paths in, scored respondents (or formatted results) and problems out, in input order.

    paths --find (reading.py)--> files --cut into tasks--> tasks --check and score (here)--> results
    results --group (organisation.py)--> organisations

Every command goes through here (score, validate, report, the library API), so they cannot disagree
on what is valid or how it is scored. Bad inputs become problems and the batch goes on; `Outcome`
counts what was scored and what was refused, for an exit code that tells the truth.
Tasks run in this process or in worker processes (parallel.py); each task's output comes back whole
and in order.
"""

from __future__ import annotations

import contextlib
import errno
import io
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from .catalog import Catalog
from .errors import AnswersError, Problem
from .plan import Plan, with_min_group_size
from .reading import (
    BOM,
    count_newlines,
    is_jsonl,
    iter_jsonl_lines,
    parse_bytes,
    read_answer_bytes,
    shown_path,
    split_jsonl,
)
from .records import RecordLines
from .scoring import card_from_sums, score

if TYPE_CHECKING:
    from .fastcheck import FastCheck
    from .fastline import FastLine
    from .organisation import GroupKey, OrganisationResult, Scored

FILES_PER_TASK = 400
JSONL_CHUNK = 4 << 20  # at most; a file is cut into at least JSONL_PIECES ranges of at least JSONL_MIN_CHUNK
JSONL_MIN_CHUNK = 512 << 10
JSONL_PIECES = 16  # enough ranges that two or more workers finish together
# a worker writes its records to its shard in pieces of this many (a few hundred kilobytes), so that
# what waits to be written stays in the processor's cache with the scorer's tables (measured with
# cachegrind, 2 MB last-level cache: 102 misses a line with a 4 MB range's records kept, 54 in pieces)
SINK_RECORDS = 256
# below these, a second process costs more to start than it saves
PARALLEL_MIN_FILES = 3000
PARALLEL_MIN_BYTES = 24 << 20

# What a task makes of each respondent:
EMIT_JSONL = "jsonl"  # one JSON line each (records.py), bytes
EMIT_CSV = "csv"  # one CSV row each, bytes
EMIT_FULL_LINES = "full-lines"  # one line each by the given format, from sheets with every answer (the database's)
EMIT_SCORED = "scored"  # Scored objects (sheet with every answer, and card), for reports
EMIT_CARDS = "cards"  # Scored objects whose sheets keep only the answers the signals read: tables, organisations
EMIT_NONE = "none"  # nothing: validation only


@dataclass(frozen=True, slots=True)
class Task:
    """Some answer files, or a byte range of one JSONL file whose first line is `first_line`."""

    files: tuple[str, ...] = ()
    jsonl: str | None = None
    start: int = 0
    end: int | None = None
    first_line: int = 1

    @property
    def units(self) -> int:
        """Progress units: one per answer file, one per JSONL chunk."""
        return len(self.files) if self.jsonl is None else 1

    @property
    def jsonl_bytes(self) -> int:
        """The size of its JSONL range (0 for answer files, or a whole file not cut into ranges)."""
        return 0 if self.jsonl is None else (self.end or 0) - self.start


@dataclass(slots=True)
class TaskResult:
    scored: int = 0
    invalid: int = 0  # files or lines refused
    data: bytes = b""  # EMIT_JSONL / EMIT_CSV output
    shard: str | None = None  # the same output, written to this file by a worker
    scored_items: list[Scored] = field(default_factory=list)  # EMIT_SCORED
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    # (id, version) of the questionnaires of the respondents scored the readable way (every one when
    # the output is CSV): the CSV's headings name the levels as those questionnaires do
    questionnaires: set[tuple[str, str]] = field(default_factory=set)


@dataclass(slots=True)
class Outcome:
    """What a whole run did: counts, and every problem and warning in input order."""

    scored: int = 0
    invalid: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def add(self, r: TaskResult) -> None:
        self.scored += r.scored
        self.invalid += r.invalid
        self.problems.extend(r.problems)
        self.warnings.extend(r.warnings)

    def refuse(self, problems: list[Problem]) -> None:
        """Count as refused, not scored, one respondent for each problem (each names its own)."""
        self.scored -= len(problems)
        self.invalid += len(problems)
        self.problems.extend(problems)

    @property
    def complete(self) -> bool:
        return not self.invalid


# --- one respondent -----------------------------------------------------------------------------


class Scorer:
    """Checks and scores answers objects; holds the plans already looked up (one per worker) and
    their fast forms, generated from a plan when this batch first meets a second object for it (a
    command scoring one file never pays for them)."""

    def __init__(self, catalog: Catalog) -> None:
        # the readable check and the scored respondent, imported by the process that scores: a parent
        # that only hands tasks to its workers never imports them
        from . import answers, organisation

        self._readable = answers
        self._scored = organisation.Scored
        self.catalog = catalog
        self._plans: dict[tuple[str, str], Plan] = {}
        self._last: Plan | None = None
        self._checks: dict[tuple[str, str, bool], FastCheck] = {}
        self._lines: dict[tuple[str, str], FastLine] = {}

    def plan(self, qid: Any, version: Any) -> Plan:
        key = (qid, version)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self.catalog.plan_for(qid, version)
        return plan

    def fast_check(self, plan: Plan, full: bool) -> FastCheck:
        """The plan's fast form of the check (fastcheck.py): every answer kept, or (`full` False)
        only those the signals read."""
        key = (plan.id, plan.version, full)
        fn = self._checks.get(key)
        if fn is None:
            from .fastcheck import generate_fast_check

            fn = self._checks[key] = generate_fast_check(plan, full=full)
        return fn

    def fast_line(self) -> FastLine | None:
        """The record writer (fastline.py) of the plan the last object went to, if any."""
        plan = self._last
        if plan is None:
            return None
        key = (plan.id, plan.version)
        fn = self._lines.get(key)
        if fn is None:
            from .fastline import generate_fast_line

            fn = self._lines[key] = generate_fast_line(plan)
        return fn

    def last_notes(self) -> list[str]:
        """The warnings of the plan the last object went to (see `Plan.notes`)."""
        return [] if self._last is None else self._last.notes()

    def score(self, raw: bytes, source: str, line: int | None, *, full: bool = True) -> Scored:
        """The scored respondent of raw JSON bytes, or AnswersError with every problem of the object.

        The plan's generated form decodes, checks and scores in one pass; whatever it does not
        accept goes the readable way, which names each problem. `full=False` keeps in the sheet only
        the answers the signals read (enough to print scores)."""
        if raw[:3] == BOM:
            raw = raw[3:]
        plan = self._last
        if plan is not None:
            t = self.fast_check(plan, full)(raw)
            if t is not None:
                sheet = self._readable.AnswerSheet(
                    plan.id, plan.version, t.organisation_id, t.organisation_name, t.respondent_id, t.role,
                    t.answers, t.comments, t.date, t.lang, source, line, plan.notes(), t.round,
                )  # fmt: skip
                return self._scored(sheet, card_from_sums(plan, t.answered, t.weighted, t.answers, t.role))
        obj = parse_bytes(raw, source, line)
        scored = self.score_slowly(obj, raw, source, line)
        # the next object is most likely for the same questionnaire: try its fast form first
        self._last = self._plans.get((scored.sheet.questionnaire_id, obj["questionnaire"]["version"]))
        return scored

    def score_slowly(self, obj: Any, raw: bytes | None, source: str, line: int | None) -> Scored:
        """The readable check: every problem of the object, named."""
        readable = self._readable
        problems = []
        if raw is not None and readable.may_have_duplicates(raw, readable.key_count(obj)):
            problems = readable.duplicate_problems(raw, source, line)
        try:
            qid, version = readable.read_header(obj, source, line)
            try:
                plan = self.plan(qid, version)
            except AnswersError as e:
                raise AnswersError([Problem(source, p.message, line, "questionnaire") for p in e.problems]) from None
            checked = readable.check_answers(plan, obj, source, line)
        except AnswersError as e:
            raise AnswersError(problems + e.problems) from None
        if problems:
            raise AnswersError(problems)
        sheet = checked.sheet
        return self._scored(sheet, score(plan, sheet.answers, checked.values, sheet.role))


# --- one task -----------------------------------------------------------------------------------


Emitter = Callable[["Scored"], bytes]


def _no_head(source: str) -> bytes:
    return b""


def run_task(
    task: Task, scorer: Scorer, emit: str, fmt: Emitter | None, sink: Callable[[bytes], object] | None = None
) -> TaskResult:
    """Check and score every respondent of a task; bad ones become problems and the task goes on.
    The output is the result's `data`, or with `sink` given every byte of it in order to `sink`
    (the result's `data` then empty)."""
    res = TaskResult()
    out: list[bytes] = []
    append = out.append
    # reports and the database keep every answer; every other use needs only those the signals read
    full = emit in (EMIT_SCORED, EMIT_FULL_LINES)
    # JSON records: written by the record writer of the plan that the last answers went to, straight
    # from the raw bytes; what it does not take goes the readable way (`one`)
    records = fmt if isinstance(fmt, RecordLines) else None
    end = records.end if records is not None else b""
    head_of = records.head if records is not None else _no_head
    notes: list[str] = []  # the warnings of the plan `fast` writes for
    n_fast = 0
    fast: FastLine | None = None

    def later(raw: bytes, head: bytes, end: bytes) -> bytes | None:
        """The record writer of the last object's plan, generated only when another object comes
        (a command scoring one file never pays for it)."""
        nonlocal fast, notes
        fast = scorer.fast_line()
        notes = scorer.last_notes()
        return None if fast is None else fast(raw, head, end)

    if records is not None:
        fast = later

    def one(raw: bytes, source: str, line: int | None) -> None:
        nonlocal fast
        try:
            s = scorer.score(raw, source, line, full=full)
        except AnswersError as e:
            res.invalid += 1
            res.problems.extend(e.problems)
            return
        finally:
            if records is not None:
                fast = later
        res.scored += 1
        res.questionnaires.add((s.sheet.questionnaire_id, s.sheet.questionnaire_version))
        for w in s.sheet.warnings:
            res.warnings.append(Problem(source, w, line))
        if fmt is not None:
            append(fmt(s))
        elif emit in (EMIT_SCORED, EMIT_CARDS):
            res.scored_items.append(s)

    if task.jsonl is None:
        for path in task.files:
            try:
                raw = read_answer_bytes(path)
            except AnswersError as e:
                res.invalid += 1
                res.problems.extend(e.problems)
                continue
            source = shown_path(path)
            if fast is not None:
                b = fast(raw, head_of(source) + b"null", end)
                if b is not None:
                    append(b)
                    n_fast += 1
                    if notes:
                        res.warnings.extend(Problem(source, w) for w in notes)
                    continue
            one(raw, source, None)
    else:
        path = task.jsonl
        source = shown_path(path)
        shift = task.first_line - 1
        head = head_of(source)
        for n, item in iter_jsonl_lines(path, task.start, task.end):
            if fast is not None and isinstance(item, bytes):
                b = fast(item, head + b"%d" % (n + shift), end)
                if b is not None:
                    append(b)
                    n_fast += 1
                    if notes:
                        res.warnings.extend(Problem(source, w, n + shift) for w in notes)
                    if sink is not None and len(out) >= SINK_RECORDS:
                        sink(b"".join(out))
                        out.clear()
                    continue
            if isinstance(item, Problem):
                res.invalid += 1
                line = None if item.line is None else item.line + shift
                res.problems.append(Problem(item.source, item.message, line, item.where))
            else:
                one(item, source, n + shift)
    res.scored += n_fast
    if sink is None:
        res.data = b"".join(out)
    elif out:
        sink(b"".join(out))
    return res


# --- many tasks ---------------------------------------------------------------------------------


def make_tasks(files: Iterable[str], chunk_bytes: int | None = None) -> Iterator[Task]:
    """Answer files in groups, and JSONL files in byte ranges (their first lines counted later)."""
    batch: list[str] = []
    for f in files:
        if is_jsonl(f):
            if batch:
                yield Task(files=tuple(batch))
                batch = []
            try:
                chunk = chunk_bytes or min(JSONL_CHUNK, max(JSONL_MIN_CHUNK, os.path.getsize(f) // JSONL_PIECES))
                ranges = split_jsonl(f, chunk)
            except OSError:
                ranges = []  # reading the file reports the error
            if len(ranges) <= 1:  # the whole file: an empty one is then named
                yield Task(jsonl=f)
                continue
            for start, end in ranges:
                yield Task(jsonl=f, start=start, end=end)
        else:
            batch.append(f)
            if len(batch) >= FILES_PER_TASK:
                yield Task(files=tuple(batch))
                batch = []
    if batch:
        yield Task(files=tuple(batch))


def number_lines(tasks: Iterable[Task]) -> Iterator[Task]:
    """Each JSONL range with the number of its first line (newlines before it, counted)."""
    first = 1
    for t in tasks:
        if t.jsonl is None:
            yield t
            continue
        if t.start == 0:
            first = 1
        yield Task(jsonl=t.jsonl, start=t.start, end=t.end, first_line=first)
        if t.end is not None:
            with contextlib.suppress(OSError):  # the task itself reports that the file cannot be read
                first += count_newlines(t.jsonl, t.start, t.end)


def intake(tasks: Iterable[Task], jobs: int | None) -> tuple[list[Task], Iterator[Task], int]:
    """The tasks read before the number of processes is known, the tasks still to come, and that
    number: `jobs` (every task read first), or by default all cores as soon as the batch is big
    enough to gain from them (the rest is then read, and the files found, while the workers score)."""
    it = iter(tasks)
    if jobs is not None:
        head = list(it)
        return head, iter(()), max(1, min(jobs, len(head) or 1))
    cores = os.cpu_count() or 1
    head = []
    n_files = jsonl_bytes = 0
    big = False
    for t in it:
        head.append(t)
        n_files += len(t.files)
        jsonl_bytes += t.jsonl_bytes
        big = n_files >= PARALLEL_MIN_FILES or jsonl_bytes >= PARALLEL_MIN_BYTES
        if big and len(head) >= cores:
            return head, it, cores
    return head, iter(()), max(1, min(cores, len(head))) if big else 1


def run(
    catalog: Catalog,
    files: Iterable[str],
    *,
    emit: str,
    fmt: Emitter | None = None,
    jobs: int | None = None,
    on_task_done: Callable[[int], None] | None = None,
    tasks: Iterable[Task] | None = None,
) -> Iterator[TaskResult]:
    """Every task's result, in input order (in this process, or in `jobs` worker processes).
    `tasks` is `make_tasks(files)`, for a caller that already made them (to size a progress bar).
    `files` may come as they are found (`reading.walk_answer_files`): see `intake`."""
    head, rest, n = intake(make_tasks(files) if tasks is None else tasks, jobs)
    if n <= 1:
        scorer = Scorer(catalog)
        for t in number_lines(itertools.chain(head, rest)):
            res = run_task(t, scorer, emit, fmt)
            yield res
            if on_task_done:
                on_task_done(t.units)
        return
    from .parallel import run_parallel  # multiprocessing is imported only for a batch that uses it

    yield from run_parallel(catalog, itertools.chain(head, rest), n, emit=emit, fmt=fmt, on_task_done=on_task_done)


def copy_shard(res: TaskResult, out: IO[bytes], skip: int = 0) -> None:
    """Write a task's output to `out`, less its first `skip` bytes: its bytes, or its shard file's
    content, copied by the kernel (sendfile) where it can, so that the parent leaves the CPU to the
    workers."""
    if res.shard is None:
        if len(res.data) > skip:
            out.write(res.data[skip:] if skip else res.data)
        return
    with open(res.shard, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        offset = skip
        try:
            out_fd = out.fileno()
            out.flush()  # what is buffered goes first
            while offset < size:
                sent = os.sendfile(out_fd, f.fileno(), offset, size - offset)
                if sent == 0:
                    break
                offset += sent
        except (AttributeError, OSError, io.UnsupportedOperation) as e:
            if isinstance(e, OSError) and e.errno not in (errno.EINVAL, errno.ENOSYS, errno.EBADF, None):
                raise  # a full disk, a closed pipe: for the caller to report
            f.seek(offset)
            while block := f.read(1 << 20):
                out.write(block)


def output_lines(res: TaskResult) -> Iterator[bytes]:
    """A task's output, line by line: from its bytes, or from its worker's shard file."""
    if res.shard is None:
        yield from res.data.splitlines(keepends=True)
        return
    with open(res.shard, "rb") as f:
        yield from f


def collect(
    catalog: Catalog, files: list[str], *, jobs: int | None = None, emit: str = EMIT_SCORED
) -> tuple[list[Scored], Outcome]:
    """Every valid respondent (sheet and card) and the outcome. `emit`: EMIT_SCORED (sheets with
    every answer, for reports) or EMIT_CARDS (only the answers the signals read)."""
    outcome = Outcome()
    scored: list[Scored] = []
    for res in run(catalog, files, emit=emit, jobs=jobs):
        outcome.add(res)
        scored.extend(res.scored_items)
    return scored, outcome


@dataclass(frozen=True)
class Organisation:
    """One organisation's respondents for one questionnaire and major version, and its result."""

    key: GroupKey
    plan: Plan
    members: list[Scored]
    result: OrganisationResult


def once_each(scored: Iterable[Scored]) -> tuple[list[Scored], list[Problem], list[Problem]]:
    """The respondents, each once, a problem for each repeat, and a warning for each copy in doubt.

    A respondent id met again in the same organisation, questionnaire major version and round (a
    file copied, an export read twice) would count twice in its organisation's means: the first is
    kept, and a repeat's problem names the file it repeats; ids that differ only in capitals ("R0",
    "r0") are one respondent's. So is a copy under another id: one whose every score, coverage and
    signal, role and date are another's, and whose id `assess import` made of another file's name
    and the same response id ("results-survey7 (1)#3" beside "results-survey7#3"), or whose
    comments, not none, and answers are the other's word for word (a copy "r0-bis" of "r0" made a pair
    three, and the report then showed each one's comments to the other); comments are read for
    reports only, so that `score --by-organisation` cannot see that last kind of copy. Respondents
    without an id cannot be told apart, and all are kept; but one whose scores, role and date are
    another's is most likely a copy (a director's file copied three times outweighs two field
    workers): a warning names both."""
    from .organisation import group_key

    first: dict[tuple[GroupKey, str], Scored] = {}
    twins: dict[tuple[GroupKey, str, str], Scored] = {}
    kept: list[Scored] = []
    repeats: list[Problem] = []
    doubts: list[Problem] = []
    # an organisation's id typed in other capitals ("CCAS-Rennes" in one import, "ccas-rennes" in
    # another) makes two organisations: said once a pair, at the first file of the second spelling
    spelt: dict[str, str] = {}
    said: set[str] = set()
    for s in scored:
        sheet = s.sheet
        org = sheet.organisation_id
        other = spelt.setdefault(org.casefold(), org)
        if other != org and org not in said:
            said.add(org)
            message = f"organisations {other!r} and {org!r} differ only in capitals: two organisations, not one"
            doubts.append(Problem(sheet.source, message, sheet.line))
        rid = sheet.respondent_id
        if rid is not None:
            seen = first.setdefault((group_key(sheet), rid.casefold()), s)
            if seen is not s:
                spelling = seen.sheet.respondent_id
                spelt_as = "" if spelling == rid else f" (written {spelling!r})"
                message = f"respondent {rid!r} is also in {_place(seen)}{spelt_as}: counted once"
                repeats.append(Problem(sheet.source, message, sheet.line))
                continue
        # an id `assess import` made is the export's file name, then the response's own id: an export
        # saved twice ("results (1).csv") and imported gave each response two ids
        made = rid is not None and "#" in rid
        if sheet.answers and (rid is None or made or sheet.comments):
            # what every way of reading keeps whole (the fast way keeps only the answers the signals
            # read, and no comment): the scores to the decimal, coverages, signals, role and date
            whole = repr((sheet.role, sheet.date, s.card))
            if rid is None:
                response = ""
            elif made:  # the same response of the export, under the other file's name
                response = "#" + rid.rsplit("#", 1)[1]
            else:  # comments, when they were read, and the answers with them: the same words and answers
                response = repr((sorted(sheet.comments.items()), sorted(sheet.answers.items())))
            twin = twins.setdefault((group_key(sheet), response, whole), s)
            if twin is not s:
                if rid is None:
                    message = (
                        f"the same scores as {_place(twin)} on every level, and no respondent id: a copy counts twice"
                    )
                    doubts.append(Problem(sheet.source, message, sheet.line))
                else:
                    alike = "scores and comments" if sheet.comments else "scores, role and date"
                    message = (
                        f"the same {alike} as respondent {twin.sheet.respondent_id!r} at {_place(twin)}:"
                        " a copy under another id, counted once"
                    )
                    repeats.append(Problem(sheet.source, message, sheet.line))
                    continue
        kept.append(s)
    return kept, repeats, doubts


def _place(s: Scored) -> str:
    return s.sheet.source + ("" if s.sheet.line is None else f":{s.sheet.line}")


def organisations(catalog: Catalog, scored: Iterable[Scored], min_group_size: int | None = None) -> list[Organisation]:
    """Respondents grouped by (organisation, questionnaire, major version), each group aggregated
    with the plan its answers were scored with (its minimum group size raised to `min_group_size`)."""
    from .organisation import aggregate, group_by_organisation

    out = []
    for key, members in group_by_organisation(scored).items():
        first = members[0].sheet
        plan = with_min_group_size(
            catalog.plan_for(first.questionnaire_id, first.questionnaire_version), min_group_size
        )
        out.append(Organisation(key, plan, members, aggregate(plan, members)))
    return out
