"""Benchmark of `assess portfolio` (issue #12's target: 1,000 organisations, 10,000 respondents, under 5 s).

    python benchmarks/bench_portfolio.py [--organisations 1000] [--respondents 10000] [--runs 3]

Synthetic housing answers: each organisation has ten respondents, half of the organisations over two
rounds (five respondents each). `assess portfolio` runs end to end in a new process (start-up,
reading, scoring, grouping, rendering, writing the HTML), best of `--runs`. Then, in this process,
the same work split into stages (scoring, organisations and timelines, page context, rendering), so
that the README can say where the time goes.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_score import run_assess


def portfolio_answers(organisations: int, respondents: int, seed: int = 7) -> list[bytes]:
    from assess.catalog import load_catalog

    q = load_catalog().questionnaire("housing")
    rnd = random.Random(seed)
    roles = ["direction", "management", "field", "field", "support"]
    per_org = max(1, respondents // organisations)
    out = []
    for o in range(organisations):
        bias = rnd.random()  # each organisation leans somewhere between the poles
        for k in range(per_org):
            answers: dict[str, object] = {}
            for qq in q.questions:
                if qq.type == "single":
                    opts = sorted(qq.options, key=lambda x: -1 if x.value is None else x.value)
                    i = min(len(opts) - 1, max(0, round(bias * (len(opts) - 1) + rnd.uniform(-1.2, 1.2))))
                    answers[qq.id] = opts[i].id
                elif qq.type == "multi":
                    plain = [x.id for x in qq.options if not x.exclusive]
                    answers[qq.id] = rnd.sample(plain, rnd.randint(1, len(plain)))
                elif qq.type == "scale":
                    answers[qq.id] = rnd.randint(qq.scale.min, qq.scale.max)
            doc: dict[str, object] = {
                "format": "assess-answers/1",
                "questionnaire": {"id": "housing", "version": q.version},
                "organisation": {"id": f"org{o:04d}", "name": f"Organisme {o}"},
                "respondent": {"id": f"r{k}", "role": roles[k % len(roles)]},
                "date": "2026-11-21",
                "answers": answers,
            }
            if o % 2:  # two rounds: the first half of the respondents answered a year earlier
                doc["round"] = "2025" if k < per_org // 2 else "2026"
                doc["date"] = "2025-11-20" if k < per_org // 2 else "2026-11-21"
            out.append(orjson.dumps(doc))
    return out


def stages(path: Path, html_out: Path) -> dict[str, float]:
    from assess import pipeline
    from assess.catalog import load_catalog
    from assess.portfolio import build_portfolio
    from assess.report.render import render_report
    from assess.rounds import timelines

    cat = load_catalog()
    times: dict[str, float] = {}
    t = time.perf_counter()
    scored, _ = pipeline.collect(cat, [str(path)], emit=pipeline.EMIT_CARDS)
    times["read and score"] = time.perf_counter() - t
    t = time.perf_counter()
    lines = timelines(pipeline.organisations(cat, scored))
    times["organisations and rounds"] = time.perf_counter() - t
    t = time.perf_counter()
    ctx = build_portfolio(lines, cat.questionnaire, cat.plan_for, "fr")
    times["page context"] = time.perf_counter() - t
    t = time.perf_counter()
    html = render_report(ctx, None, "portfolio.html")
    times["render"] = time.perf_counter() - t
    html_out.write_text(html, encoding="utf-8")
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--organisations", type=int, default=1000)
    ap.add_argument("--respondents", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "portfolio.jsonl"
        big.write_bytes(b"\n".join(portfolio_answers(args.organisations, args.respondents)) + b"\n")
        out = Path(tmp) / "portfolio.html"
        walls = [run_assess(["portfolio", str(big), "-o", str(out)])[0] for _ in range(args.runs)]
        size = out.stat().st_size
        split = stages(big, Path(tmp) / "again.html")
    print(f"{args.organisations} organisations, {args.respondents} respondents: `assess portfolio` end to end")
    runs = ", ".join(f"{w:.2f}" for w in walls)
    print(f"  best of {args.runs}: {min(walls):.2f} s (runs: {runs}); HTML {size / 1e6:.1f} MB")
    print("  in one process, by stage: " + ", ".join(f"{k} {v:.2f} s" for k, v in split.items()))


if __name__ == "__main__":
    main()
