"""Benchmark of `assess import`: wall time and peak resident memory on a large spreadsheet export.

Generates, from the housing questionnaire's spreadsheet template (the columns `assess template
housing --format csv` writes), a CSV of about --csv-mb megabytes and an XLSX of --xlsx-rows rows
(answers drawn at random, codes as the paper questionnaire prints them), then imports each into a
JSONL file in a new process and prints its wall time, its peak RSS (from the kernel's count for the
child process) and that peak as a multiple of the input file's size. With --keep DIR the inputs
and outputs stay there (to compare the outputs of two versions byte for byte).

Usage: python benchmarks/bench_import.py [--csv-mb 50] [--xlsx-rows 30000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rows(seed: int = 1) -> Iterator[list[str]]:
    """The template's headings, then respondents' rows without end, each drawn at random."""
    from assess.catalog import load_catalog
    from assess.interop.importing import META

    q = load_catalog().questionnaire("housing")
    yield [*META, *(qq.id for qq in q.questions)]
    rnd = random.Random(seed)
    roles = ["direction", "management", "field", "support"]
    i = 0
    while True:
        i += 1
        cells = [f"org{i % 50}", f"Organisme {i % 50}", f"r{i}", roles[i % 4], "2026-11-21", "fr", q.version]
        for qq in q.questions:
            r = rnd.random()
            if r < 0.05:
                cells.append("")
            elif r < 0.1 and qq.dont_know and qq.type != "text":
                cells.append("dont_know")
            elif qq.type == "single":
                cells.append(rnd.choice(qq.options).id)
            elif qq.type == "multi":
                plain = [o.id for o in qq.options if not o.exclusive]
                cells.append(" ".join(rnd.sample(plain, rnd.randint(1, len(plain)))))
            elif qq.type == "scale" and qq.scale is not None:
                cells.append(str(rnd.randint(qq.scale.min, qq.scale.max)))
            else:
                cells.append("Un commentaire libre, écrit par la personne qui répond.")
        yield cells


def write_csv(path: Path, megabytes: float) -> int:
    limit = int(megabytes * 1_000_000)
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        for cells in rows():
            w.writerow(cells)
            written += 1
            if f.tell() >= limit:
                break
    return written - 1  # the headings are no respondent


def write_xlsx(path: Path, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    for k, cells in enumerate(rows()):
        ws.append(cells)
        if k == n:
            break
    wb.save(path)


def run_import(src: Path, out: Path) -> tuple[float, int]:
    """Wall time and peak RSS (kB) of one `assess import` process."""
    exe = shutil.which("assess")
    cmd = [exe] if exe else [sys.executable, "-m", "assess"]
    out.unlink(missing_ok=True)
    args = [*cmd, "import", str(src), "-Q", "housing", "-o", str(out)]
    t = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)  # the peak of this one child, not of all so far
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"assess import failed: {stderr.decode()[-2000:]}")
    peak = usage.ru_maxrss
    return wall, peak


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--csv-mb", type=float, default=50)
    p.add_argument("--xlsx-rows", type=int, default=30_000)
    p.add_argument("--keep", type=Path, help="keep the inputs and outputs in this folder")
    a = p.parse_args()
    work = a.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        csv_path, xlsx_path = work / "responses.csv", work / "responses.xlsx"
        n = write_csv(csv_path, a.csv_mb)
        write_xlsx(xlsx_path, a.xlsx_rows)
        print(f"inputs: {csv_path.name} {n} rows, {xlsx_path.name} {a.xlsx_rows} rows")
        for src in (csv_path, xlsx_path):
            wall, peak = run_import(src, work / (src.stem + "-" + src.suffix[1:] + ".jsonl"))
            size = src.stat().st_size
            print(
                f"{src.name}: {size / 1e6:.1f} MB, {wall:.1f} s, peak RSS {peak / 1024:.0f} MB "
                f"({peak * 1024 / size:.1f} times the file)"
            )
    finally:
        if a.keep is None:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
