"""Where the record writer's time goes, stage by stage, in one process (no pool, no start-up).

The generated record writer of the newest housing questionnaire (`fastline.generate_fast_line`) is
cut after each of its stages, the cut ones returning at once, and each form is run over the same
30,000 synthetic lines (`bench_score.synthetic_answers`: every line a respondent of its own), best of
five. A stage's cost is the difference between two cuts. The forms are made from the writer's own
generated source, so they follow it as it changes; a marker no longer found is said, not skipped.

Usage: python benchmarks/record_writer_stages.py [--lines N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# where each stage ends in the generated source: the first line of the next one
STAGES = [
    ("decode (msgspec, typed)", "    nk = "),
    ("header: organisation, respondent, date, round", "    A = d.answers"),
    ("answers' sums and the duplicate-key count", "    w3 = "),
    ("levels' fragments", "    met = "),
    ("hinge requirement and placement", "    fired = []"),
    ("signals", "    return join("),
]


def writer_source() -> tuple[str, dict[str, Any]]:
    """The housing record writer's generated source and its namespace."""
    import assess.fastline as fl
    from assess.catalog import load_catalog

    seen: dict[str, Any] = {}
    compile_, exec_ = compile, exec

    def keep_source(src: str, name: str, mode: str, *a: Any, **k: Any) -> Any:
        seen["src"] = src
        return compile_(src, name, mode, *a, **k)

    def keep_namespace(code: Any, ns: dict[str, Any], *a: Any) -> None:
        seen["ns"] = ns
        exec_(code, ns, *a)

    names = vars(fl)  # the module's own names, shadowing the builtins it calls
    names["compile"], names["exec"] = keep_source, keep_namespace
    try:
        cat = load_catalog()
        newest = next(q for q in cat.latest() if q.id == "housing")
        fl.generate_fast_line(cat.plan_for("housing", newest.version))
    finally:
        del names["compile"], names["exec"]
    return seen["src"], seen["ns"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=30_000)
    n = ap.parse_args().lines
    from bench_score import synthetic_answers

    lines = [line.rstrip(b"\n") for line in synthetic_answers(n)]
    src, ns = writer_source()
    head, end = b'{"file":"x","line":1', b"\n"

    def best(fn: Any) -> float:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            for line in lines:
                fn(line, head, end)
            times.append(time.perf_counter() - t)
        return min(times) / len(lines) * 1e6

    def form(code: str) -> Any:
        space = dict(ns)
        exec(compile(code, "<stage>", "exec"), space)
        return space["fast_line"]

    full = form(src)
    assert all(full(line, head, end) is not None for line in lines[:200]), "the writer refused a synthetic line"
    body_start = src.index("\n") + 1
    previous = 0.0
    print(f"{n} lines, microseconds a line (best of five), stage by stage:")
    for name, marker in STAGES:
        at = src.find(marker, body_start)
        if at < 0:
            print(f"  {name}: marker {marker.strip()!r} not found in the generated source")
            continue
        took = best(form(src[:at] + "    return b''\n"))
        print(f"  {name:48s} {took - previous:6.2f}   (up to here {took:6.2f})")
        previous = took
    took = best(full)
    print(f"  {'the record joined and returned':48s} {took - previous:6.2f}   (whole writer {took:6.2f})")


if __name__ == "__main__":
    main()
