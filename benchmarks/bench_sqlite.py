"""Writing results to SQLite against writing them as JSONL, in the same run (issue #12's target:
SQLite at most 2x the JSONL time for 100,000 respondents).

    python benchmarks/bench_sqlite.py [--n 100000] [--runs 2]

Both commands score the same JSONL file end to end in a new process (default --jobs); the SQLite
one also keeps every answer and recomputes the organisations. With workers, each sends one compact
line per respondent (`sqlite_line`) and the parent inserts rows as the shards come. Each run writes
into a new database (the cost of the first import), and the runs alternate, on a shared machine.
The same SQLite command with `--jobs 1` is shown too; at the end, the same batch is written again
into the first database (nothing added).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_score import run_assess, synthetic_answers


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "answers.jsonl"
        big.write_bytes(b"\n".join(synthetic_answers(args.n)) + b"\n")
        jsonl, sqlite, single = [], [], []
        for i in range(args.runs):  # alternate, on a shared machine
            jsonl.append(run_assess(["score", str(big), "-o", os.path.join(tmp, f"out{i}.jsonl")])[0])
            sqlite.append(run_assess(["score", str(big), "-o", os.path.join(tmp, f"out{i}.sqlite")])[0])
            single.append(run_assess(["score", str(big), "-o", os.path.join(tmp, f"one{i}.sqlite"), "--jobs", "1"])[0])
            print(
                f"run {i + 1}: JSONL {jsonl[-1]:.2f} s, SQLite {sqlite[-1]:.2f} s (ratio {sqlite[-1] / jsonl[-1]:.2f}),"
                f" SQLite --jobs 1 {single[-1]:.2f} s",
                flush=True,
            )
        again = run_assess(["score", str(big), "-o", os.path.join(tmp, "out0.sqlite")])[0]
        j, s = min(jsonl), min(sqlite)
        size = os.path.getsize(os.path.join(tmp, "out0.sqlite")) / 1e6
        print(
            f"{args.n} respondents, best of {args.runs}: JSONL {j:.2f} s, SQLite {s:.2f} s ({size:.0f} MB),"
            f" ratio {s / j:.2f} (target 2); SQLite --jobs 1 {min(single):.2f} s;"
            f" the same batch again: {again:.2f} s"
        )


if __name__ == "__main__":
    main()
