"""Every command has help with an example, and the README mentions it (sqlite-utils' habit)."""

from __future__ import annotations

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
