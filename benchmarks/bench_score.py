"""Benchmark of `assess score` against the floor of reading and parsing the same data.

Generates N answer files and one JSONL of M lines (synthetic housing answers), then in the same run:
  (a) floor: read every file and parse it with the fastest JSON parser installed (orjson), one process;
  (b) `assess score` end to end (a new process, output to /dev/null), default --jobs;
  each best of three runs, alternating (a) and (b);
and prints files/s, lines/s and the ratio b/a. Also: peak memory of `assess score` on a JSONL of M
and of 4*M lines (it must stay flat: the file is streamed), and cold start of `assess --help`
against a bare typer app's --help.

Usage: python benchmarks/bench_score.py [--files 20000] [--lines 200000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_answers(n: int, seed: int = 1) -> list[bytes]:
    from assess.loader import load_registry

    q = load_registry().get("housing")
    rnd = random.Random(seed)
    out = []
    roles = ["direction", "management", "field", "support"]
    for i in range(n):
        answers: dict[str, object] = {}
        for qq in q.questions:
            r = rnd.random()
            if r < 0.05:
                continue
            if r < 0.1 and qq.dont_know and qq.type != "text":
                answers[qq.id] = "dont_know"
            elif qq.type == "single":
                answers[qq.id] = rnd.choice(qq.options).id
            elif qq.type == "multi":
                plain = [o.id for o in qq.options if not o.exclusive]
                answers[qq.id] = rnd.sample(plain, rnd.randint(1, len(plain)))
            elif qq.type == "scale":
                answers[qq.id] = rnd.randint(qq.scale.min, qq.scale.max)
            else:
                answers[qq.id] = "Un commentaire libre."
        doc = {
            "format": "assess-answers/1",
            "questionnaire": {"id": "housing", "version": q.version},
            "organisation": {"id": f"org{i % 500}", "name": f"Organisme {i % 500}"},
            "respondent": {"id": f"r{i}", "role": roles[i % 4]},
            "date": "2026-11-21",
            "lang": "fr",
            "answers": answers,
        }
        out.append(orjson.dumps(doc))
    return out


def floor_files(paths: list[str]) -> float:
    t = time.perf_counter()
    for p in paths:
        with open(p, "rb") as f:
            orjson.loads(f.read())
    return time.perf_counter() - t


def floor_jsonl(path: Path) -> float:
    t = time.perf_counter()
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                orjson.loads(line)
    return time.perf_counter() - t


def assess_cmd() -> list[str]:
    exe = shutil.which("assess")
    return [exe] if exe else [sys.executable, "-m", "assess"]


def run_assess(args: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (kB) of one `assess` process (its children included)."""
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([*assess_cmd(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"assess failed: {proc.stderr.decode()[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before)


def peak_rss(args: list[str]) -> int:
    """Peak RSS in kB of the assess process tree, measured by a fresh helper process."""
    code = (
        "import resource,subprocess,sys;"
        f"subprocess.run({[*assess_cmd(), *args]!r},stdout=subprocess.DEVNULL,check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    return int(subprocess.check_output([sys.executable, "-c", code]).decode().strip())


def cold_start(runs: int = 15) -> tuple[float, float]:
    bare = "import typer\napp = typer.Typer()\n@app.command()\ndef main(x: int = 1) -> None:\n    pass\napp()\n"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(bare)

    def best(cmd: list[str]) -> float:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - t)
        return min(times)

    a = best([*assess_cmd(), "--help"])
    b = best([sys.executable, f.name, "--help"])
    os.unlink(f.name)
    return a, b


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--lines", type=int, default=200000)
    ap.add_argument("--keep", type=Path, default=None)
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="assess-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    files_dir = work / "files"
    files_dir.mkdir(exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    docs = synthetic_answers(min(args.files, 5000))
    paths = []
    for i in range(args.files):
        p = files_dir / f"a{i:07d}.json"
        p.write_bytes(docs[i % len(docs)])
        paths.append(str(p))
    jsonl = work / "big.jsonl"
    with open(jsonl, "wb") as f:
        for i in range(args.lines):
            f.write(docs[i % len(docs)] + b"\n")
    jsonl4 = work / "big4.jsonl"
    with open(jsonl4, "wb") as f:
        for _ in range(4):
            f.write(jsonl.read_bytes())

    # best of three, floor and assess alternating, so that a noisy neighbour hits both alike
    floor_f = wall_f = floor_l = wall_l = float("inf")
    for _ in range(3):
        floor_f = min(floor_f, floor_files(paths))
        wall_f = min(wall_f, run_assess(["score", str(files_dir), "-f", "jsonl"])[0])
        floor_l = min(floor_l, floor_jsonl(jsonl))
        wall_l = min(wall_l, run_assess(["score", str(jsonl), "-f", "jsonl"])[0])
    print(
        f"files : {args.files} files  floor {args.files / floor_f:9.0f} files/s  "
        f"assess score {args.files / wall_f:9.0f} files/s  ratio b/a {wall_f / floor_f:.2f}"
    )
    print(
        f"jsonl : {args.lines} lines  floor {args.lines / floor_l:9.0f} lines/s  "
        f"assess score {args.lines / wall_l:9.0f} lines/s  ratio b/a {wall_l / floor_l:.2f}"
    )
    m1 = peak_rss(["score", str(jsonl), "-f", "jsonl"])
    m4 = peak_rss(["score", str(jsonl4), "-f", "jsonl"])
    print(
        f"memory: peak RSS {m1 / 1024:.0f} MB for {args.lines} lines, {m4 / 1024:.0f} MB for {4 * args.lines} lines "
        f"(ratio {m4 / m1:.2f})"
    )
    a, b = cold_start()
    print(f"start : assess --help {a * 1000:.0f} ms, bare typer --help {b * 1000:.0f} ms, ratio {a / b:.2f}")
    if args.keep is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
