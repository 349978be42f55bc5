"""Benchmark of the HTML report.

(a) build the context and render the HTML of one organisation, after warm-up: median ms per report,
    for one respondent and for the ten-respondent Logemer example;
(b) `assess report FOLDER --out-dir OUT` on N single-respondent organisations, end to end.

Usage: python benchmarks/bench_report.py [--orgs 1000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def per_report_ms(sheets, cq, runs: int = 30) -> float:
    from assess.report.context import build_report_context
    from assess.report.render import render_report

    for _ in range(3):
        render_report(build_report_context(cq, sheets, "fr"))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        render_report(build_report_context(cq, sheets, "fr"))
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orgs", type=int, default=1000)
    args = ap.parse_args()
    import orjson
    from bench_score import synthetic_answers

    from assess.api import read_answers
    from assess.catalog import load_catalog

    cat = load_catalog()
    logemer = [
        s.sheet for f in sorted((ROOT / "examples" / "housing").glob("logemer-*.json")) for s in read_answers(f, cat)
    ]
    cq = cat.questionnaire("housing")
    print(
        f"render: {per_report_ms(logemer[:1], cq):.1f} ms per report (1 respondent), "
        f"{per_report_ms(logemer, cq):.1f} ms (10 respondents), median after warm-up"
    )
    work = Path(tempfile.mkdtemp(prefix="assess-bench-report-"))
    docs = synthetic_answers(args.orgs, seed=2)
    src = work / "in"
    src.mkdir()
    for i, d in enumerate(docs):
        obj = orjson.loads(d)
        obj["organisation"] = {"id": f"org-{i:05d}", "name": f"Organisme {i}"}
        (src / f"{i:05d}.json").write_bytes(orjson.dumps(obj))
    exe = shutil.which("assess") or "assess"
    t = time.perf_counter()
    subprocess.run([exe, "report", str(src), "--out-dir", str(work / "out")], check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    n = len(list((work / "out").glob("*.html")))
    print(
        f"batch : {n} single-respondent reports with --out-dir in {wall:.1f} s ({wall / n * 1000:.1f} ms each, "
        "start-up included)"
    )
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
