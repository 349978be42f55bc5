"""What `assess score` pays for when it starts (#8): the commands are built only when asked for, and
the score path imports none of the heavy libraries. No timings here: what is imported, and what is built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.main import get_command

from assess.cli import COMMANDS, app

from .conftest import EXAMPLES, ROOT

# libraries `assess score` must not import (the commands that need them import them when they run)
HEAVY = ("yaml", "pydantic", "pydantic_core", "jinja2", "rich", "sqlite3", "openpyxl", "weasyprint", "prompt_toolkit")
# our modules that need them: questionnaire files are read (YAML, pydantic models) only when the plan
# cache misses
HEAVY_OURS = ("assess.loader", "assess.model")

# a program that runs a command line, then writes on stderr the modules of HEAVY it has imported
RUNNER = """
import sys
HEAVY = {heavy!r}
{app}
try:
    app(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
sys.stdout.flush()
names = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY or m in {ours!r})
sys.stderr.write("\\nimported: " + " ".join(names) + "\\n")
"""

# a bare typer app whose command takes parameters of the kinds `assess score` takes: what typer itself
# imports to run a command (typer 0.29 and later import pydantic for it, which pyproject.toml excludes)
BARE = """
from enum import Enum
from pathlib import Path
from typing import Annotated
import typer

class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"

app = typer.Typer()

@app.callback()
def main(version: Annotated[bool, typer.Option("--version", is_eager=True)] = False) -> None:
    pass

@app.command()
def score(
    paths: list[Path],
    fmt: Annotated[Format | None, typer.Option("--format", "-f")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    by_organisation: bool = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1)] = None,
    csv_decimal: str = ",",
    lang: Annotated[str | None, typer.Option("--lang", "-l")] = None,
    min_group_size: Annotated[int | None, typer.Option(min=1, max=100)] = None,
    questionnaires_dir: Annotated[list[str] | None, typer.Option("--questionnaires-dir", "-q")] = None,
) -> None:
    pass
"""


def imported(app_code: str, args: list[str], env: dict[str, str]) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    code = RUNNER.format(heavy=HEAVY, ours=HEAVY_OURS, app=app_code)
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "\nimported: " in r.stderr, r.stderr
    return set(r.stderr.rsplit("\nimported: ", 1)[1].split()), r


ONE = str(EXAMPLES / "housing" / "logemer-charge-clientele-1.json")
OURS = "from assess.cli import app"


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose plan cache one `assess score` has filled (it read the YAML files): the
    three formats below start from it, as a second run does."""
    env = {**os.environ, "ASSESS_CACHE_DIR": str(tmp_path_factory.mktemp("startup") / "cache")}
    env.pop("ASSESS_QUESTIONNAIRES_DIR", None)
    imported(OURS, ["score", ONE, "-f", "jsonl"], env)
    return env


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_score_imports_no_heavy_library(fmt: str, warm_cache: dict[str, str]) -> None:
    """`assess score ONE.json` imports none of yaml, pydantic, jinja2, rich, sqlite3, openpyxl... (#8),
    nor anything of them that a bare typer app does not import to run the same command."""
    env = warm_cache
    args = ["score", ONE, "-f", fmt]
    modules, r = imported(OURS, args, env)
    assert "housing" in r.stdout and "1 scored" in r.stderr, r.stderr
    floor, _ = imported(BARE, args, env)
    assert modules - floor == set()
    assert not {m for m in modules if m.split(".")[0] in ("pydantic", "pydantic_core", "yaml")}, modules


def test_a_parent_handing_tasks_to_workers_imports_no_readable_check(tmp_path: Path) -> None:
    """With workers, the parent only hands tasks over and copies their output: the readable check
    and the scored respondent's modules are imported by the workers that score, not by it (#8)."""
    line = (EXAMPLES / "housing" / "logemer-charge-clientele-1.json").read_bytes().replace(b"\n", b"") + b"\n"
    big = tmp_path / "big.jsonl"
    big.write_bytes(line * (2 * (600 << 10) // len(line)))  # two ranges or more
    prog = (
        "import sys\nfrom assess.cli import app\ntry:\n    app(sys.argv[1:], standalone_mode=False)\n"
        "except SystemExit:\n    pass\nsys.stdout.flush()\n"
        "sys.stderr.write('\\nimported: ' + ' '.join(m for m in ('assess.answers', 'assess.organisation') "
        "if m in sys.modules) + '\\n')\n"
    )
    env = {**os.environ, "ASSESS_CACHE_DIR": str(tmp_path / "cache")}
    args = ["score", str(big), "-f", "jsonl", "-o", str(tmp_path / "out.jsonl")]
    for jobs, expected in (("2", ""), ("1", "assess.answers assess.organisation")):
        r = subprocess.run([sys.executable, "-c", prog, *args, "--jobs", jobs], capture_output=True, text=True, env=env)
        assert " scored, 0 invalid" in r.stderr, r.stderr
        assert r.stderr.rsplit("\nimported: ", 1)[1].strip() == expected, (jobs, r.stderr)


def test_command_table_is_what_the_modules_register() -> None:
    """`COMMANDS` names every command of every command module, in the order typer lists them when
    the modules are registered on one app (the help's order)."""
    from assess.cli import cmd_engine, cmd_interop, cmd_report, cmd_run

    everything = typer.Typer(callback=lambda: None)
    for module in (cmd_engine, cmd_interop, cmd_report, cmd_run):
        module.register(everything)
    assert list(get_command(everything).commands) == list(COMMANDS)  # type: ignore[attr-defined]
    for module in (cmd_engine, cmd_interop, cmd_report, cmd_run):
        one = typer.Typer(callback=lambda: None)
        module.register(one)
        names = set(get_command(one).commands)  # type: ignore[attr-defined]
        assert names == {n for n, m in COMMANDS.items() if m == module.__name__.rsplit(".", 1)[1]}


def test_commands_are_built_when_asked_for() -> None:
    group = get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert list(commands) == list(COMMANDS)
    assert commands._built == {}
    score = group.get_command(None, "score")  # type: ignore[attr-defined, arg-type]
    assert score is not None and score.name == "score"
    assert list(commands._built) == ["score"]
    assert group.get_command(None, "nosuch") is None  # type: ignore[attr-defined, arg-type]
    export = commands["export"]
    assert list(export.commands) == ["limesurvey", "xlsform"]
