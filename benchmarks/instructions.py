"""Where a JSONL line's work goes, in CPU instructions (valgrind's callgrind), which unlike seconds do
not drift with a shared machine's load.

Each stage runs over 2,000 and over 6,000 synthetic housing lines (every line a respondent of its
own) in a new process; the difference divided by 4,000 is the stage's cost per line, start-up
excluded. Two paths: the readable card
(decode, check and sums, then the score card: what reports and tables use), and the record writer
that `assess score -f jsonl` runs, then the whole pipeline around it; each stage is shown with what
it adds to the one it builds on.

Usage: python benchmarks/instructions.py   (needs valgrind: apt-get install valgrind)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGE = r"""
import sys
from assess import pipeline
from assess.catalog import load_catalog
from assess.reading import iter_jsonl_lines
from assess.records import JSONL_RECORDS
from assess.scoring import card_from_sums

path, stage = sys.argv[1], sys.argv[2]
cat = load_catalog()
plan = cat.plan_for("housing")
from assess.fastcheck import generate_fast_check
from assess.fastline import generate_fast_line
lean = generate_fast_check(plan, full=False)
line = generate_fast_line(plan)
lines = iter_jsonl_lines(path)
if stage == "floor: orjson parse":
    import orjson
    for _, raw in lines:
        orjson.loads(raw)
elif stage == "read lines":
    for _ in lines:
        pass
elif stage == "+ typed decode (msgspec)":
    decode = lean.__globals__["decode"]
    for _, raw in lines:
        decode(raw)
elif stage == "+ generated check and sums":
    for _, raw in lines:
        lean(raw)
elif stage == "+ score card and signals":
    for _, raw in lines:
        t = lean(raw)
        card_from_sums(plan, t.answered, t.weighted, t.answers, t.role)
elif stage == "record writer (fastline, from raw)":
    for _, raw in lines:
        line(raw, b'{"source":"x","line":1', b"\n")
elif stage == "+ JSON record (assess score)":
    for _ in pipeline.run(cat, [path], emit=pipeline.EMIT_JSONL, fmt=JSONL_RECORDS, jobs=1):
        pass
"""

# (stage, the stage it adds to: its cost is shown as the difference)
STAGES = [
    ("floor: orjson parse", None),
    ("read lines", None),
    ("+ typed decode (msgspec)", "read lines"),
    ("+ generated check and sums", "+ typed decode (msgspec)"),
    ("+ score card and signals", "+ generated check and sums"),
    ("record writer (fastline, from raw)", "read lines"),
    ("+ JSON record (assess score)", "record writer (fastline, from raw)"),
]


def instructions(script: Path, data: Path, stage: str) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         str(script), str(data), stage],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    m = re.search(r"Collected : ([\d,]+)", out.stderr)
    if not m:
        sys.exit(f"no instruction count for {stage!r}:\n{out.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main() -> None:
    if not shutil.which("valgrind"):
        sys.exit("valgrind is needed: apt-get install valgrind")
    from bench_score import synthetic_answers

    from assess.catalog import load_catalog

    work = Path(tempfile.mkdtemp(prefix="assess-instr-"))
    # a cache of its own, warmed by this checkout's code, which the stages import too: another
    # checkout or a test run writing the user's cache meanwhile would make one stage compile the
    # questionnaires again (about 2 G instructions, seen)
    os.environ["ASSESS_CACHE_DIR"] = str(work / "cache")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    load_catalog()  # the compiled-questionnaire cache warm, so that no stage pays for it
    docs = synthetic_answers(6000)  # every line a respondent of its own, as in a real batch
    try:
        script = work / "stage.py"
        script.write_text(STAGE, encoding="utf-8")
        small, large = work / "2k.jsonl", work / "6k.jsonl"
        small.write_bytes(b"".join(d + b"\n" for d in docs[:2000]))
        large.write_bytes(b"".join(d + b"\n" for d in docs))
        seen: dict[str, float] = {}
        for stage, base in STAGES:
            per_line = (instructions(script, large, stage) - instructions(script, small, stage)) / 4000
            seen[stage] = per_line
            extra = "" if base is None else f"  (+{per_line - seen[base]:,.0f} over {base!r})"
            print(f"{stage:36s} {per_line:10,.0f} instructions a line{extra}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
