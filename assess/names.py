"""File names made from data (organisation ids, respondent ids): safe, and inside their folder."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import AssessError

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(text: str) -> str:
    """A file name made from an id that cannot leave its folder or collide with another id's."""
    base = _SAFE.sub("_", text).strip("._-")[:80] or "organisation"
    if base != text:
        base += "-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return base


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refused if it would land anywhere else."""
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise AssessError(f"refusing to write outside {folder}: {name}")
    return target
