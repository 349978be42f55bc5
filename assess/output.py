"""Results as data: per-respondent and per-organisation records, CSV rows, atomic file writing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from .answers import AnswerSheet
from .model import LEVEL_IDS
from .organisation import OrganisationResult
from .scoring import LevelScore, ScoreCard

try:
    import orjson

    def dumps(obj: Any) -> bytes:
        return orjson.dumps(obj)

except ImportError:  # pragma: no cover
    import json

    def dumps(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def _level(ls: LevelScore) -> dict[str, Any]:
    return {"position": ls.position, "coverage": ls.coverage, "status": ls.status}


def respondent_record(sheet: AnswerSheet, card: ScoreCard) -> dict[str, Any]:
    """One respondent's result, as `assess score --format json|jsonl` prints it."""
    return {
        "source": sheet.source,
        "line": sheet.line,
        "organisation": {"id": sheet.organisation_id, "name": sheet.organisation_name},
        "respondent": {"id": sheet.respondent_id, "role": sheet.role},
        "questionnaire": {"id": sheet.questionnaire_id, "version": sheet.questionnaire_version},
        "date": sheet.date,
        "levels": {lv: _level(card.levels[lv]) for lv in LEVEL_IDS},
        "position": card.placement.position,
        "trajectory": card.placement.trajectory,
        "hinge": card.placement.hinge,
        "missing": list(card.placement.missing),
        "depth": {"score": card.depth_score, "stage": card.depth_stage, "coverage": card.depth_coverage},
        "signals": [{"id": sid, "severity": sev} for sid, sev in card.signals],
        "warnings": sheet.warnings,
    }


def organisation_record(r: OrganisationResult) -> dict[str, Any]:
    """One organisation's result, as `assess score --by-organisation` prints it."""
    return {
        "organisation": {"id": r.organisation_id, "name": r.organisation_name},
        "questionnaire": {"id": r.questionnaire_id, "version": r.questionnaire_version},
        "respondents": r.respondents,
        "roles": r.roles,
        "dates": r.dates,
        "levels": {lv: _level(r.levels[lv]) for lv in LEVEL_IDS},
        "position": r.placement.position,
        "trajectory": r.placement.trajectory,
        "hinge": r.placement.hinge,
        "missing": list(r.placement.missing),
        "depth": {"score": r.depth_score, "stage": r.depth_stage},
        "groups": [
            {
                "roles": list(g.roles),
                "respondents": g.respondents,
                "levels": {lv: _level(g.levels[lv]) for lv in LEVEL_IDS},
                "position": g.placement.position,
                "trajectory": g.placement.trajectory,
            }
            for g in r.groups
        ],
        "gaps": [{"level": g.level, "gap": g.gap, "high": g.high, "low": g.low, "flagged": g.flagged} for g in r.gaps],
        "signals": [{"id": s.id, "severity": s.severity, "respondents": s.respondents} for s in r.signals],
    }


# --- CSV for a French Excel: UTF-8 with BOM, ';' between fields, decimal comma -----------------

CSV_BOM = "\ufeff"


class CsvStyle:
    def __init__(self, sep: str = ";", decimal: str = ",") -> None:
        self.sep = sep
        self.decimal = decimal

    def cell(self, v: Any) -> str:
        if v is None:
            return ""
        if v is True:
            return "1"
        if v is False:
            return "0"
        if isinstance(v, float):
            s = repr(v)
            return s.replace(".", self.decimal) if self.decimal != "." else s
        s = str(v)
        if any(ch in s for ch in (self.sep, '"', "\n", "\r")):
            s = '"' + s.replace('"', '""') + '"'
        if s[:1] in ("=", "+", "-", "@") and not _is_number(s):
            s = "'" + s  # keep Excel from running a formula found in a data file
        return s

    def row(self, values: list[Any]) -> str:
        return self.sep.join(self.cell(v) for v in values) + "\r\n"


def _is_number(s: str) -> bool:
    try:
        float(s.replace(",", "."))
        return True
    except ValueError:
        return False


RESPONDENT_COLUMNS = [
    "source", "line", "organisation_id", "organisation_name", "respondent_id", "role",
    "questionnaire_id", "questionnaire_version", "date",
    *[f"{lv}_{k}" for lv in LEVEL_IDS for k in ("position", "coverage", "status")],
    "position", "trajectory", "hinge", "depth_score", "depth_stage", "signals", "warnings",
]  # fmt: skip


def respondent_row(rec: dict[str, Any]) -> list[Any]:
    levels = rec["levels"]
    return [
        rec["source"], rec["line"], rec["organisation"]["id"], rec["organisation"]["name"],
        rec["respondent"]["id"], rec["respondent"]["role"],
        rec["questionnaire"]["id"], rec["questionnaire"]["version"], rec["date"],
        *[levels[lv][k] for lv in LEVEL_IDS for k in ("position", "coverage", "status")],
        rec["position"], rec["trajectory"], rec["hinge"], rec["depth"]["score"], rec["depth"]["stage"],
        " | ".join(s["id"] for s in rec["signals"]), " | ".join(rec["warnings"]),
    ]  # fmt: skip


ORGANISATION_COLUMNS = [
    "organisation_id", "organisation_name", "questionnaire_id", "questionnaire_version",
    "respondents", "roles", *[f"{lv}_{k}" for lv in LEVEL_IDS for k in ("position", "coverage", "status")],
    "position", "trajectory", "hinge", "depth_score", "depth_stage",
    *[f"{lv}_gap" for lv in LEVEL_IDS], "flagged_gaps", "signals",
]  # fmt: skip


def organisation_row(rec: dict[str, Any]) -> list[Any]:
    levels = rec["levels"]
    gaps = {g["level"]: g for g in rec["gaps"]}
    return [
        rec["organisation"]["id"], rec["organisation"]["name"], rec["questionnaire"]["id"],
        rec["questionnaire"]["version"], rec["respondents"],
        " ".join(f"{k}:{v}" for k, v in rec["roles"].items()),
        *[levels[lv][k] for lv in LEVEL_IDS for k in ("position", "coverage", "status")],
        rec["position"], rec["trajectory"], rec["hinge"], rec["depth"]["score"], rec["depth"]["stage"],
        *[gaps[lv]["gap"] if lv in gaps else None for lv in LEVEL_IDS],
        " | ".join(g["level"] for g in rec["gaps"] if g["flagged"]),
        " | ".join(f"{s['id']} ({s['respondents']})" for s in rec["signals"]),
    ]  # fmt: skip


# --- atomic output ------------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a file,
    and an interrupted run leaves the previous file as it was."""
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=".assess-", suffix=".tmp", dir=directory)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would make the result private
        f: IO[Any] = os.fdopen(fd, mode) if "b" in mode else os.fdopen(fd, mode, encoding="utf-8", newline="")
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    with atomic_writer(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
