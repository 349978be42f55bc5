"""Start-up of `assess score ONE.json -f jsonl` and `assess --help` against a bare three-command typer
app's --help (bench_score.BARE; #8's target: score at most 1.5 times the bare app), two ways:

  CPU instructions (valgrind's callgrind), which do not drift with a shared machine's load;
  wall time, best of N, the commands alternating so that a noisy neighbour hits them alike.

Also the bare app running a command (`one`): what typer itself costs to parse a command's
parameters (typer 0.29 and later build pydantic TypeAdapters for them, about 0.14 s: pyproject.toml
keeps typer below 0.29).

Whether the package's bytecode is cached matters: with PYTHONDONTWRITEBYTECODE=1 and an editable
install there is no __pycache__, and every run compiles assess/*.py again (a pip install writes the
bytecode, as --compile does here).

Usage: python benchmarks/start_up.py [--runs 15] [--compile] [--no-valgrind]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_score import BARE, ROOT, assess_cmd

ONE = ROOT / "examples" / "housing" / "logemer-charge-clientele-1.json"


def bytecode_cached() -> bool:
    sources = [*(ROOT / "assess").glob("*.py"), *(ROOT / "assess" / "cli").glob("*.py")]
    for src in sources:
        pyc = Path(importlib.util.cache_from_source(str(src)))
        if not pyc.exists() or pyc.stat().st_mtime < src.stat().st_mtime:
            return False
    return True


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    p = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    m = re.search(r"Collected : (\d+)", p.stderr)
    if not m:
        sys.exit(f"valgrind failed: {p.stderr[-2000:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--compile", action="store_true", help="compile the package's bytecode first")
    ap.add_argument("--no-valgrind", action="store_true")
    args = ap.parse_args()
    if args.compile:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "assess")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        # a plan cache of its own: another checkout of assess running meanwhile would invalidate the
        # shared one (its code stamp differs), and this run would read the YAML files again
        env = {**os.environ, "ASSESS_CACHE_DIR": str(Path(tmp) / "cache")}
        cmds = {
            "assess score ONE.json -f jsonl": [*assess_cmd(), "score", str(ONE), "-f", "jsonl"],
            "assess --help": [*assess_cmd(), "--help"],
            "bare --help": [sys.executable, str(bare), "--help"],
            "bare one": [sys.executable, str(bare), "one"],
        }
        for cmd in cmds.values():  # the plan cache filled, the files in the page cache
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        print(f"bytecode of assess cached: {'yes' if bytecode_cached() else 'no'}")
        if not args.no_valgrind and shutil.which("valgrind"):
            counts = {name: instructions(cmd, env) for name, cmd in cmds.items()}
            floor = counts["bare --help"]
            for name, n in counts.items():
                print(f"instructions  {name:32s} {n / 1e6:7.1f} M  {n / floor:.2f}")
        best = dict.fromkeys(cmds, float("inf"))
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                t = time.perf_counter()
                subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
                best[name] = min(best[name], time.perf_counter() - t)
        floor_s = best["bare --help"]
        for name, s in best.items():
            print(f"wall, best of {args.runs}  {name:32s} {s * 1000:7.0f} ms {s / floor_s:.2f}")


if __name__ == "__main__":
    main()
