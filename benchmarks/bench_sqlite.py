"""Writing results to SQLite against writing them as JSONL, in the same run (issue #12's target:
SQLite at most 2x the JSONL time for 100,000 respondents).

    python benchmarks/bench_sqlite.py [--n 100000] [--runs 2]

Both commands score the same JSONL file; the SQLite one also keeps every answer in long form and
recomputes the organisations. Each run writes into a new database (the cost of the first import).
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
        jsonl_times, sqlite_times = [], []
        for i in range(args.runs):  # alternate, on a shared machine
            t, _ = run_assess(["score", str(big), "-o", os.path.join(tmp, f"out{i}.jsonl")])
            jsonl_times.append(t)
            t, _ = run_assess(["score", str(big), "-o", os.path.join(tmp, f"out{i}.sqlite")])
            sqlite_times.append(t)
        j, s = min(jsonl_times), min(sqlite_times)
        size = os.path.getsize(os.path.join(tmp, "out0.sqlite")) / 1e6
        print(f"{args.n} respondents: JSONL {j:.2f} s, SQLite {s:.2f} s ({size:.0f} MB), ratio {s / j:.2f} (target 2)")


if __name__ == "__main__":
    main()
