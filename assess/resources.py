"""Where the bundled questionnaires and report templates are.

Installed (non-editable), they ship inside the package as `assess/questionnaires` and
`assess/report_templates`; in a source checkout they sit at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    inside = _PKG / name
    if inside.is_dir():
        return inside
    return _PKG.parent / name


def bundled_questionnaires_dir() -> Path:
    return _find("questionnaires")


def bundled_templates_dir() -> Path:
    return _find("report_templates")
