"""Every command has help with an example, and the README mentions it (sqlite-utils' habit)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from assess.cli import app

from .conftest import ROOT

runner = CliRunner()
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_expected_commands() -> None:
    assert set(COMMANDS) >= {
        "list", "show", "template", "schema", "validate", "score", "run", "report", "export", "import",
    }  # fmt: skip


@pytest.mark.parametrize("name", ["limesurvey", "xlsform"])
def test_export_formats_have_help_with_example(name: str) -> None:
    r = runner.invoke(app, ["export", name, "--help"])
    assert r.exit_code == 0, r.output
    assert "Example" in r.output and f"assess export {name}" in r.output
    assert f"assess export {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_example_and_is_in_readme(name: str) -> None:
    r = runner.invoke(app, [name, "--help"])
    assert r.exit_code == 0, r.output
    assert "Example" in r.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"assess {name}" in readme


def _leaves(cmd, path: tuple[str, ...] = ()):
    """Every command that runs (`export limesurvey`, not `export`), with its path of names."""
    subs = getattr(cmd, "commands", None)
    if subs is None:
        yield path, cmd
        return
    for name, sub in subs.items():
        yield from _leaves(sub, (*path, name))


def test_the_readme_s_table_names_every_option_of_every_command() -> None:
    """The README's table of commands left out options a user would look for there (score's
    --csv-decimal and --min-group-size, report's --appendix, --date and --jobs, run's --round...).
    `--questionnaires-dir`, shared by all, is said once above the table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1]: line for line in readme.splitlines() if line.startswith("| `assess ")}
    missing = []
    for path, cmd in _leaves(get_command(app)):
        row = next((r for k, r in rows.items() if k.startswith("assess " + " ".join(path))), None)
        assert row is not None, path
        named = set(re.findall(r"(?<![\w-])(--?[A-Za-z][a-z-]*)", row.split("` |")[0]))
        for p in cmd.params:
            shown = p.param_type_name == "option" and not getattr(p, "hidden", False)
            if shown and p.name not in ("help", "questionnaires_dir") and not named & {*p.opts, *p.secondary_opts}:
                missing.append(f"{' '.join(path)} {p.opts[0]}")
    assert missing == [], missing


def test_help_does_not_import_heavy_modules() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from assess.cli import app\n"
        "names = ('pydantic', 'jinja2', 'weasyprint', 'prompt_toolkit', 'yaml', 'openpyxl')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def _help_example(args: list[str], lang: str) -> list[str]:
    """The command line that `--help` gives as its example, split as a shell would (no redirection)."""
    text = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "300", "ASSESS_LANG": lang}).output
    line = next(ln.strip().strip("│").strip() for ln in text.splitlines() if ln.strip().startswith("assess "))
    return shlex.split(line.split(">")[0])[1:]


# `run` asks in a terminal; `import` needs a survey's export; `template` writes a PDF (WeasyPrint)
RUNNABLE = [c for c in COMMANDS if c not in ("run", "import", "template")] + [
    "export limesurvey", "export xlsform",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", RUNNABLE)
def test_help_example_runs_where_the_examples_are(
    name: str, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each example runs as written in a folder that holds a copy of `examples/`, as after
    `pip install .` (not editable): no path of the source tree, such as `questionnaires/`, is needed."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, _help_example(name.split(), lang))
    assert r.exit_code == 0, r.output
