"""Writing results to SQLite against writing them as JSONL, in the same run (issue #12's target:
SQLite at most 2x the JSONL time for 100,000 respondents).

    python benchmarks/bench_sqlite.py [--n 100000] [--runs 2]

Both commands score the same JSONL file (default --jobs); the SQLite one also keeps every answer and
recomputes the organisations. Each run writes into a new database (the cost of the first import),
and the runs alternate, on a shared machine. The SQLite command runs with a timer around
`write_results_sqlite`, so that its time splits into scoring and collecting the respondents (the
pipeline, with every answer kept) and writing the database (rows, inserts, organisations, commit).
A last step writes the same batch again into the first database (nothing added, nothing recomputed).
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


def run_timed(args: list[str]) -> tuple[float, float]:
    """Wall time of one SQLite `assess score` process, and of its database write."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", TIMED, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
        jsonl, sqlite, writes = [], [], []
        for i in range(args.runs):  # alternate, on a shared machine
            t, _ = run_assess(["score", str(big), "-o", os.path.join(tmp, f"out{i}.jsonl")])
            jsonl.append(t)
            t, w = run_timed(["score", str(big), "-o", os.path.join(tmp, f"out{i}.sqlite")])
            sqlite.append(t)
            writes.append(w)
            print(f"run {i + 1}: JSONL {jsonl[-1]:.2f} s, SQLite {t:.2f} s (write {w:.2f} s)", flush=True)
        again, w_again = run_timed(["score", str(big), "-o", os.path.join(tmp, "out0.sqlite")])
        j, s = min(jsonl), min(sqlite)
        w = writes[sqlite.index(s)]
        size = os.path.getsize(os.path.join(tmp, "out0.sqlite")) / 1e6
        print(
            f"{args.n} respondents: JSONL {j:.2f} s, SQLite {s:.2f} s ({size:.0f} MB), ratio {s / j:.2f} (target 2);"
            f" SQLite = scoring and collecting {s - w:.2f} s + database write {w:.2f} s;"
            f" the same batch again: {again:.2f} s (write {w_again:.2f} s)"
        )


if __name__ == "__main__":
    main()
