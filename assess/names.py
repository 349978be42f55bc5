"""File names made from data (organisation ids, respondent ids): safe, and inside their folder."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from .errors import AssessError

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Windows opens a device, not a file, for these names, whatever follows the first dot (`CON.html`,
# `nul.txt.json`), in any case
_DEVICE = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")


def safe_filename(text: str) -> str:
    """A file name made from an id that cannot leave its folder, collide with another id's or name
    a Windows device."""
    base = _SAFE.sub("_", text).strip("._-")[:80] or "organisation"
    device = _DEVICE.fullmatch(base)
    if device:
        base = device.group(1) + "_" + (device.group(2) or "")
    if base != text:
        base += "-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return base


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refused if it would land anywhere else."""
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise AssessError(f"refusing to write outside {folder}: {name}")
    return target


class AnswerFileNames:
    """The names of answer files written into one folder, one a respondent (`import -o FOLDER/`):
    `<organisation>-<respondent>[-<round>].json`, never one name for two respondents.

    Two pairs of ids can make one name (`a-b` and `c`, `a` and `b-c`; `P0` and `p0` on a file system
    that ignores case), and the folder may hold another import's files (another round, another
    organisation). A name taken in this run by another respondent, or by a file of another
    respondent, gets the hash of the exact ids; a file of the same respondent is replaced."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.taken: dict[str, tuple[str, str, str]] = {}  # name (any case) -> the ids it holds

    def path_for(self, doc: dict[str, Any]) -> Path:
        ident = _identity(doc)
        base = safe_filename("-".join(x for x in ident if x))
        if not self._free(base, ident):
            base += "-" + hashlib.sha256("\x00".join(ident).encode("utf-8")).hexdigest()[:12]
        self.taken[base.casefold()] = ident
        return inside(self.folder, base + ".json")

    def _free(self, base: str, ident: tuple[str, str, str]) -> bool:
        if self.taken.get(base.casefold(), ident) != ident:
            return False
        from .reading import MAX_JSON_BYTES

        try:
            with open(self.folder / (base + ".json"), "rb") as f:
                there = _identity(json.loads(f.read(MAX_JSON_BYTES)))
        except FileNotFoundError:
            return True
        except (OSError, ValueError, TypeError, AttributeError):
            return False  # not an answers file this import wrote: not replaced
        return there == ident


def _identity(doc: dict[str, Any]) -> tuple[str, str, str]:
    """Organisation, respondent and round: who an answers file is (the round part may be empty)."""
    org, rid, rnd = doc["organisation"]["id"], doc["respondent"]["id"], doc.get("round") or ""
    if not all(isinstance(x, str) for x in (org, rid, rnd)):
        raise TypeError("ids are text")
    return org, rid, rnd
