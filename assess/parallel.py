"""Worker processes for large batches.

Each worker checks and scores whole tasks and writes its formatted output to a shard file of its
own; the parent hands the shards to the caller in input order without reading them into Python
objects. Only counts and problems travel back through the pool. JSONL ranges get their first line
numbers from the parent, which counts newlines ahead of the workers while they score.

Signals: workers ignore Ctrl-C (the parent stops them) and die with the parent (Linux), so that a
killed parent leaves no worker behind and no traceback. Shard folders of dead runs are removed by the
next run.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import shutil
import signal
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .catalog import Catalog
from .output import leftovers
from .pipeline import EMIT_CARDS, EMIT_SCORED, Emitter, Scorer, Task, TaskResult, number_lines, run_task

SHARD_PREFIX = "assess-shards-"

_WORKER: dict[str, Any] = {}


def _die_with_parent(parent: int) -> None:
    with contextlib.suppress(Exception):  # Linux only; elsewhere the pipe's end stops the worker
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above: stop now
        os._exit(0)


def _init(catalog: Catalog, emit: str, fmt: Emitter | None, shard_dir: str, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _WORKER.update(scorer=Scorer(catalog), emit=emit, fmt=fmt, shard_dir=shard_dir)


def _work(job: tuple[int, Task]) -> TaskResult:
    index, task = job
    if _WORKER["fmt"] is None:  # scored respondents or counts only: no output to write
        return run_task(task, _WORKER["scorer"], _WORKER["emit"], None)
    path = os.path.join(_WORKER["shard_dir"], f"{index:09d}")
    with open(path, "wb") as f:
        res = run_task(task, _WORKER["scorer"], _WORKER["emit"], _WORKER["fmt"], sink=f.write)
        written = f.tell()
    if written:
        res.shard = path
    else:
        os.unlink(path)
    return res


def _clean_dead_shards(base: str) -> None:
    """Remove shard folders left by runs whose process is gone (killed with SIGKILL)."""
    for folder in leftovers(base, SHARD_PREFIX):
        shutil.rmtree(folder, ignore_errors=True)


def run_parallel(
    catalog: Catalog,
    tasks: Iterable[Task],
    jobs: int,
    *,
    emit: str,
    fmt: Emitter | None,
    on_task_done: Callable[[int], None] | None,
) -> Iterator[TaskResult]:
    base = tempfile.gettempdir()
    _clean_dead_shards(base)
    shard_dir = tempfile.mkdtemp(prefix=f"{SHARD_PREFIX}{os.getpid()}-", dir=base)
    method = "fork" if "fork" in mp.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    ctx = mp.get_context(method)
    pool = ctx.Pool(jobs, initializer=_init, initargs=(catalog, emit, fmt, shard_dir, os.getpid()))
    done = False
    try:
        # submit ahead, but boundedly: results (and shards) wait in order for the caller
        pending: deque[tuple[Task, Any]] = deque()
        numbered = enumerate(number_lines(tasks))
        ahead = 2 * jobs if emit in (EMIT_SCORED, EMIT_CARDS) else 4 * jobs
        for index, t in numbered:
            pending.append((t, pool.apply_async(_work, ((index, t),))))
            if len(pending) >= ahead:
                yield from _drain(pending, 1, on_task_done)
        yield from _drain(pending, len(pending), on_task_done)
        pool.close()
        done = True
    finally:
        if not done:
            _terminate(pool)  # stopped early: an error, Ctrl-C, the caller done with the results
        pool.join()  # after close, each worker ends on the pool's sentinel: no signal to lose
        shutil.rmtree(shard_dir, ignore_errors=True)


TERMINATE_GRACE = 5.0  # seconds Pool.terminate may take before its workers are killed


def _terminate(pool: Any) -> None:
    """Pool.terminate, which sends each worker SIGTERM and waits for it: a SIGTERM that reaches a
    worker just forked, before Python's after-fork reset, is lost, and the wait had no end (a batch
    that ended before its second worker had started hung its tests, once in some runs). The
    workers still alive after TERMINATE_GRACE are killed, which no process can miss; not before,
    as a worker killed while it holds the pool's queue lock would stop terminate itself."""
    import threading

    workers = list(getattr(pool, "_pool", ()))

    def kill() -> None:
        for p in workers:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if p.exitcode is None:
                    p.kill()

    timer = threading.Timer(TERMINATE_GRACE, kill)
    timer.daemon = True
    timer.start()
    try:
        pool.terminate()
    finally:
        timer.cancel()


def _drain(
    pending: deque[tuple[Task, Any]], n: int, on_task_done: Callable[[int], None] | None
) -> Iterator[TaskResult]:
    for _ in range(n):
        t, async_result = pending.popleft()
        res: TaskResult = async_result.get()
        yield res
        if res.shard is not None:
            with contextlib.suppress(OSError):
                os.unlink(res.shard)
        if on_task_done:
            on_task_done(t.units)
