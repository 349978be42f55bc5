"""Writing results to SQLite against writing them as JSONL, in the same run (issue #12's target:
SQLite at most 2x the JSONL time for 100,000 respondents).

    python benchmarks/bench_sqlite.py [--n 100000] [--runs 2]

Both commands score the same JSONL file (default --jobs); the SQLite one also keeps every answer and
recomputes the organisations. Each run writes into a new database (the cost of the first import),
and the runs alternate, on a shared machine. The SQLite command runs with a timer around
`write_results_sqlite`, so that its time splits into scoring and collecting the respondents (the
pipeline, with every answer kept) and writing the database (rows, inserts, organisations, commit).
The same SQLite command with `--jobs 1` shows what sending scored respondents from worker processes
costs. A last command writes the same database through worker lines (`sqlite_line`: the workers
send one line per respondent instead of pickled scored respondents, and rows are inserted as the
shards come), as `assess score` would once cli/score_output.py sends SQLite through the workers'
shards. At the end, the same batch is written again into the first database (nothing added).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_score import run_assess, synthetic_answers

# `assess` with a timer around the database write, printed on stderr
TIMED = """
import sys, time
import assess.interop.results_sqlite as m
write = m.write_results_sqlite
def timed(*args, **kwargs):
    t = time.perf_counter()
    try:
        return write(*args, **kwargs)
    finally:
        sys.stderr.write(f"\\n[bench] write {time.perf_counter() - t:.3f}\\n")
m.write_results_sqlite = timed
from assess.cli import run
sys.argv = ["assess", *sys.argv[1:]]
run()
"""


# the same batch through worker lines (`sqlite_line`, `write_results_sqlite_lines` reading the shards as
# they come), as `assess score` would run it if cli/score_output.py did so (not wired yet); "write" is
# then what is left after the last shard: organisations and commit
LINES = """
import sys, time
import assess.cli  # the command's start-up
from assess import pipeline
from assess.catalog import load_catalog
from assess.interop.results_sqlite import sqlite_line, write_results_sqlite_lines
cat = load_catalog()
done = []
def lines():  # read as the workers' shards come
    for res in pipeline.run(cat, [sys.argv[1]], emit=pipeline.EMIT_SCORED, fmt=sqlite_line):
        if res.shard is None:
            yield from res.data.splitlines(keepends=True)
        else:
            with open(res.shard, "rb") as f:
                yield from f
    done.append(time.perf_counter())
write_results_sqlite_lines(sys.argv[2], cat, lines())
sys.stderr.write(f"\\n[bench] write {time.perf_counter() - done[0]:.3f}\\n")
"""


def run_timed(args: list[str], code: str = TIMED) -> tuple[float, float]:
    """Wall time of one SQLite process, and of its database write."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"assess failed: {proc.stderr.decode()[-2000:]}")
    return wall, float(proc.stderr.decode().rsplit("[bench] write ", 1)[1].split()[0])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "answers.jsonl"
        big.write_bytes(b"\n".join(synthetic_answers(args.n)) + b"\n")
        jsonl, sqlite, writes, lines, lines_writes, single = [], [], [], [], [], []
        for i in range(args.runs):  # alternate, on a shared machine
            t, _ = run_assess(["score", str(big), "-o", os.path.join(tmp, f"out{i}.jsonl")])
            jsonl.append(t)
            t, w = run_timed(["score", str(big), "-o", os.path.join(tmp, f"out{i}.sqlite")])
            sqlite.append(t)
            writes.append(w)
            t, _ = run_timed(["score", str(big), "-o", os.path.join(tmp, f"single{i}.sqlite"), "--jobs", "1"])
            single.append(t)
            t, w = run_timed([str(big), os.path.join(tmp, f"lines{i}.sqlite")], LINES)
            lines.append(t)
            lines_writes.append(w)
            print(
                f"run {i + 1}: JSONL {jsonl[-1]:.2f} s, SQLite {sqlite[-1]:.2f} s (write {writes[-1]:.2f} s),"
                f" SQLite --jobs 1 {single[-1]:.2f} s,"
                f" through worker lines {t:.2f} s (after the last shard {w:.2f} s)",
                flush=True,
            )
        again, w_again = run_timed(["score", str(big), "-o", os.path.join(tmp, "out0.sqlite")])
        j, s = min(jsonl), min(sqlite)
        w = writes[sqlite.index(s)]
        size = os.path.getsize(os.path.join(tmp, "out0.sqlite")) / 1e6
        print(
            f"{args.n} respondents: JSONL {j:.2f} s, SQLite {s:.2f} s ({size:.0f} MB), ratio {s / j:.2f} (target 2);"
            f" SQLite = scoring and collecting {s - w:.2f} s + database write {w:.2f} s;"
            f" the same batch again: {again:.2f} s (write {w_again:.2f} s)"
        )
        print(f"SQLite --jobs 1 (no scored respondent pickled between processes): {min(single):.2f} s")
        k = min(lines)
        w = lines_writes[lines.index(k)]
        print(
            f"through worker lines (not wired into assess score): {k:.2f} s, ratio {k / j:.2f};"
            f" after the last shard {w:.2f} s"
        )


if __name__ == "__main__":
    main()
