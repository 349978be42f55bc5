"""Results as records: one per respondent or organisation, as JSON and as CSV rows.

The JSON record is the stable machine format (English ids); `respondent_record` defines it. A batch
writes the same bytes from fragments, faster: `RecordLines` tells the pipeline to use the plan's
generated record writer (fastline.py), and a test checks that both give the same bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from .output import CsvStyle
from .scoring import LevelScore
from .vocab import LEVEL_IDS, ROLES

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from .organisation import OrganisationResult, Scored
    from .plan import Plan

_LEVEL_FIELDS = ("position", "coverage", "status")


def _level(ls: LevelScore) -> dict[str, Any]:
    return {"position": ls.position, "coverage": ls.coverage, "status": ls.status}


def respondent_record(s: Scored) -> dict[str, Any]:
    """One respondent's result (what `read_answers` gives) as `assess score --format json|jsonl` prints
    it: a dict of plain values, its own (`pandas.json_normalize` makes rows of a list of them)."""
    from .organisation import Scored

    if not isinstance(s, Scored):
        from .answers import _kind
        from .errors import AnswersError

        raise AnswersError(f"respondent_record takes a respondent of read_answers (a Scored), got {_kind(s)}")
    sheet, card = s
    return {
        "source": sheet.source,
        "line": sheet.line,
        "organisation": {"id": sheet.organisation_id, "name": sheet.organisation_name},
        "respondent": {"id": sheet.respondent_id, "role": sheet.role},
        "questionnaire": {"id": sheet.questionnaire_id, "version": sheet.questionnaire_version},
        "date": sheet.date,
        "round": sheet.round,
        "levels": {lv: _level(card.levels[lv]) for lv in LEVEL_IDS},
        "position": card.placement.position,
        "trajectory": card.placement.trajectory,
        "hinge": card.placement.hinge,
        "hinge_requirement": card.placement.requirement,
        "missing": list(card.placement.missing),
        "depth": {"score": card.depth_score, "stage": card.depth_stage, "coverage": card.depth_coverage},
        "signals": [{"id": sid, "severity": sev} for sid, sev in card.signals],
        "warnings": list(sheet.warnings),  # the record's own: a script may change one
    }


class RecordLines:
    """A picklable emitter of respondent records as JSON: `lead`, the record, `end` for each (JSONL
    lines, or the members of a JSON array). The pipeline writes them with the plan's generated form
    (fastline.py) where it can, and calls this for the others."""

    __slots__ = ("end", "lead")

    def __init__(self, lead: bytes = b"", end: bytes = b"\n") -> None:
        self.lead = lead
        self.end = end

    def __call__(self, s: Scored) -> bytes:
        return self.lead + orjson.dumps(respondent_record(s)) + self.end

    def head(self, source: str) -> bytes:
        """What comes before a record's line number: the lead and the record's start."""
        return self.lead + b'{"source":' + orjson.dumps(source) + b',"line":'


JSONL_RECORDS = RecordLines(b"", b"\n")
# the members of a JSON array: a comma and a newline before each (the first comma is skipped)
JSON_MEMBERS = RecordLines(b",\n", b"")


def organisation_record(r: OrganisationResult) -> dict[str, Any]:
    """One organisation's result (what `aggregate` and `organisations` give) as `assess score
    --by-organisation --format json` prints it: a dict of plain values, its own."""
    from .organisation import OrganisationResult

    if not isinstance(r, OrganisationResult):
        from .answers import _kind
        from .errors import AnswersError

        raise AnswersError(
            f"organisation_record takes an OrganisationResult (from aggregate or organisations), got {_kind(r)}"
        )
    return {
        "organisation": {"id": r.organisation_id, "name": r.organisation_name},
        "questionnaire": {"id": r.questionnaire_id, "version": r.questionnaire_version},
        "respondents": r.respondents,
        "roles": dict(r.roles),  # the record's own, as below: a script may change one
        "round": r.round,
        "dates": list(r.dates),
        "levels": {lv: _level(r.levels[lv]) for lv in LEVEL_IDS},
        "position": r.placement.position,
        "trajectory": r.placement.trajectory,
        "hinge": r.placement.hinge,
        "hinge_requirement": r.placement.requirement,
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
        "disagreement": None
        if r.disagreement is None
        else [{"level": d.level, "flagged": d.flagged} for d in r.disagreement],
        "disagreement_reason": r.disagreement_reason,
    }


RESPONDENT_COLUMNS = [
    "source", "line", "organisation_id", "organisation_name", "respondent_id", "role",
    "questionnaire_id", "questionnaire_version", "date", "round",
    *[f"{lv}_{k}" for lv in LEVEL_IDS for k in _LEVEL_FIELDS],
    "position", "trajectory", "hinge", "depth_score", "depth_stage", "signals", "signal_ids", "warnings",
]  # fmt: skip


def respondent_row(s: Scored) -> list[Any]:
    sheet, card = s
    return [
        sheet.source, sheet.line, sheet.organisation_id, sheet.organisation_name,
        sheet.respondent_id, sheet.role, sheet.questionnaire_id, sheet.questionnaire_version, sheet.date, sheet.round,
        *[v for lv in LEVEL_IDS for v in (card.levels[lv].position, card.levels[lv].coverage, card.levels[lv].status)],
        card.placement.position, card.placement.trajectory, card.placement.hinge, card.depth_score, card.depth_stage,
        *[" | ".join(sid for sid, _ in card.signals)] * 2,  # signals (CsvWords titles them), signal_ids
        " | ".join(sheet.warnings),
    ]  # fmt: skip


ORGANISATION_COLUMNS = [
    "organisation_id", "organisation_name", "questionnaire_id", "questionnaire_version", "round",
    "respondents", "roles", *[f"{lv}_{k}" for lv in LEVEL_IDS for k in _LEVEL_FIELDS],
    "position", "trajectory", "hinge", "depth_score", "depth_stage",
    *[f"{lv}_gap" for lv in LEVEL_IDS], "flagged_gaps", "disagreement", "signals", "signal_ids",
]  # fmt: skip


def organisation_row(r: OrganisationResult) -> list[Any]:
    gaps = {g.level: g for g in r.gaps}
    return [
        r.organisation_id, r.organisation_name, r.questionnaire_id, r.questionnaire_version, r.round, r.respondents,
        " ".join(f"{k}:{v}" for k, v in r.roles.items()),
        *[v for lv in LEVEL_IDS for v in (r.levels[lv].position, r.levels[lv].coverage, r.levels[lv].status)],
        r.placement.position, r.placement.trajectory, r.placement.hinge, r.depth_score, r.depth_stage,
        *[gaps[lv].gap if lv in gaps else None for lv in LEVEL_IDS],
        " | ".join(g.level for g in r.gaps if g.flagged),
        r.disagreement_reason or " | ".join(d.level for d in r.disagreement or () if d.flagged),
        *[" | ".join(f"{s.id} ({s.respondents})" for s in r.signals)] * 2,  # signals (titled), signal_ids
    ]  # fmt: skip


class CsvWords:
    """CSV for a person in a spreadsheet: headers and coded values (trajectory, role, status, hinge,
    depth stage) in words of the chosen language. JSON and JSONL keep the English ids. Levels are
    named as the questionnaire files name them (`i18n.level_names`): the headers by the batch's
    questionnaires' plans, a row's list of levels by its own. So are a row's signals (`signals`, by
    their titles, as the report and the workbook head them); `signal_ids` keeps their ids for scripts."""

    def __init__(self, columns: list[str], lang: str, plans: Sequence[Plan] = ()) -> None:
        from .i18n import level_names
        from .texts import section

        words = section("csv")["en" if lang == "en" else "fr"]
        ui = section("ui")["en" if lang == "en" else "fr"]
        self.header: list[str] = []
        # column index -> {value: word}
        self.maps: dict[int, dict[Any, str]] = {}
        self.level_lists: list[int] = []  # columns holding level ids joined by " | "
        self.role_counts: tuple[int, str, dict[str, str]] | None = None  # the column of respondents by role
        self.stage_at: int | None = None  # the column of the depth stage
        self.level_names = level_names(plans, lang)
        self.names_of = {(p.id, p.version): level_names([p], lang) for p in plans}
        # a row's depth stage as its questionnaire names it (the catalogue's word without one)
        self.stages_of = {(p.id, p.version): {sid: p.stage_name(sid, lang) for sid, _ in p.depth_stages} for p in plans}
        # a row's signals by their titles, as its questionnaire gives them (the id without one)
        self.titles_of = {
            (p.id, p.version): {sid: p.signal_title(sid, lang) for sid in p.data["signal_titles"]} for p in plans
        }
        self.signals_at = columns.index("signals") if "signals" in columns else None
        self.warnings_at = columns.index("warnings") if "warnings" in columns else None
        self.lang = "en" if lang == "en" else "fr"
        self.questionnaire_at = (
            (columns.index("questionnaire_id"), columns.index("questionnaire_version"))
            if "questionnaire_id" in columns and "questionnaire_version" in columns
            else None
        )
        yes_no = {True: words["yes"], False: words["no"]}
        for i, col in enumerate(columns):
            if col.startswith(tuple(f"{lv}_" for lv in LEVEL_IDS)):
                lv = next(x for x in LEVEL_IDS if col.startswith(x + "_"))
                field = col[len(lv) + 1 :]
                self.header.append(words[f"level_{field}"].format(level=self.level_names[lv]))
                if field == "status":
                    self.maps[i] = {"ok": words["status_ok"], "insufficient": words["status_insufficient"]}
                continue
            self.header.append(words[col])
            if col == "trajectory":
                self.maps[i] = {k: ui[k].split(",")[0] for k in ("digital", "hybrid", "socio-professional",
                                                                   "undetermined")}  # fmt: skip
            elif col == "role":
                self.maps[i] = {r: ui[r] for r in ("direction", "management", "field", "support")}
            elif col == "roles":  # "direction:3 field:4" -> "direction : 3, terrain : 4"
                self.role_counts = (i, words["role_count"], {r: ui[r] for r in ROLES})
            elif col == "hinge":
                self.maps[i] = yes_no
            elif col == "depth_stage":
                self.maps[i] = {k[len("stage_") :]: v for k, v in words.items() if k.startswith("stage_")}
                self.stage_at = i
            elif col == "disagreement":
                self.maps[i] = {"too_few_respondents": words["too_few_respondents"]}
                self.level_lists.append(i)
            elif col == "flagged_gaps":
                self.level_lists.append(i)

    def __call__(self, values: list[Any]) -> list[Any]:
        out = list(values)
        for i, m in self.maps.items():
            v = out[i]
            if v in m:
                out[i] = m[v]
        if self.role_counts is not None:
            i, form, words = self.role_counts
            if isinstance(out[i], str) and out[i]:
                pairs = (x.split(":", 1) for x in out[i].split())
                out[i] = ", ".join(form.format(role=words.get(r, r), n=n) for r, n in pairs)
        names = self.level_names
        if self.questionnaire_at is not None:
            qi, vi = self.questionnaire_at
            names = self.names_of.get((values[qi], values[vi]), names)
            stages = self.stages_of.get((values[qi], values[vi]))
            if stages is not None and self.stage_at is not None and values[self.stage_at] in stages:
                out[self.stage_at] = stages[values[self.stage_at]]
            titles = self.titles_of.get((values[qi], values[vi]))
            at = self.signals_at
            if titles and at is not None and isinstance(out[at], str) and out[at]:
                out[at] = " | ".join(_titled(x, titles) for x in out[at].split(" | "))
        for i in self.level_lists:
            if isinstance(out[i], str) and out[i]:
                out[i] = " | ".join(names.get(x, x) for x in out[i].split(" | "))
        at = self.warnings_at
        if at is not None and isinstance(out[at], str) and out[at]:  # sentences, as stderr says them
            from .texts import problem_message

            out[at] = " | ".join(problem_message(w, self.lang) for w in out[at].split(" | "))
        return out


def _titled(item: str, titles: Mapping[str, str]) -> str:
    """`id` or, by organisation, `id (n)` with the signal's title for its id."""
    sid, sep, count = item.partition(" (")
    return titles.get(sid, sid) + sep + count


class CsvRows:
    """A picklable emitter of respondent CSV rows in a given style and language."""

    def __init__(self, style: CsvStyle, lang: str = "en", plans: Sequence[Plan] = ()) -> None:
        self.style = style
        self.words = CsvWords(RESPONDENT_COLUMNS, lang, plans)  # `plans`: to name each row's depth stage

    def __call__(self, s: Scored) -> bytes:
        return self.style.row(self.words(respondent_row(s))).encode("utf-8")
