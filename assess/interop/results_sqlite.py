"""Results into a SQLite database that a consultant keeps for years (`assess score ... -o results.sqlite`).

The schema is documented in docs/database.md. Writing into an existing database adds the new
respondents and never duplicates one already there: a respondent is identified by (organisation,
respondent id, round, source). Organisations and gaps are then recomputed, for the organisations the
batch touched, from every respondent the database holds for them (their answers are kept in long
form, so they can be scored again with the same questionnaire). One transaction: an interrupted
write leaves the database as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..answers import FORMAT, check_answers, question_values
from ..catalog import Catalog
from ..organisation import Scored, aggregate, group_key
from ..plan import Plan, parse_version, with_min_group_size
from ..scoring import score
from ..vocab import DONT_KNOW, LEVEL_IDS

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS respondents (
    respondent_pk INTEGER PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    organisation_name TEXT,
    respondent_id TEXT NOT NULL,
    round TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    line INTEGER,
    role TEXT,
    questionnaire_id TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    date TEXT,
    lang TEXT,
    position REAL,
    trajectory TEXT NOT NULL,
    hinge INTEGER NOT NULL,
    depth_score REAL,
    depth_stage TEXT,
    UNIQUE (organisation_id, respondent_id, round, source)
);
CREATE TABLE IF NOT EXISTS levels (
    respondent_pk INTEGER NOT NULL REFERENCES respondents (respondent_pk),
    level TEXT NOT NULL,
    position REAL,
    coverage REAL NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (respondent_pk, level)
);
CREATE TABLE IF NOT EXISTS signals (
    respondent_pk INTEGER NOT NULL REFERENCES respondents (respondent_pk),
    signal_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    PRIMARY KEY (respondent_pk, signal_id)
);
CREATE TABLE IF NOT EXISTS answers (
    respondent_pk INTEGER NOT NULL REFERENCES respondents (respondent_pk),
    question_id TEXT NOT NULL,
    option_id TEXT,
    value REAL,
    text TEXT
);
CREATE TABLE IF NOT EXISTS organisations (
    organisation_id TEXT NOT NULL,
    questionnaire_id TEXT NOT NULL,
    major INTEGER NOT NULL,
    round TEXT NOT NULL DEFAULT '',
    organisation_name TEXT,
    respondents INTEGER NOT NULL,
    position REAL,
    trajectory TEXT NOT NULL,
    hinge INTEGER NOT NULL,
    depth_score REAL,
    depth_stage TEXT,
    disagreement_reason TEXT,
    PRIMARY KEY (organisation_id, questionnaire_id, major, round)
);
CREATE TABLE IF NOT EXISTS gaps (
    organisation_id TEXT NOT NULL,
    questionnaire_id TEXT NOT NULL,
    major INTEGER NOT NULL,
    round TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL,
    position REAL,
    gap REAL,
    high TEXT,
    low TEXT,
    flagged INTEGER,
    disagreement INTEGER,
    PRIMARY KEY (organisation_id, questionnaire_id, major, round, level)
);
CREATE INDEX IF NOT EXISTS respondents_by_organisation ON respondents (organisation_id, questionnaire_id, round);
CREATE INDEX IF NOT EXISTS answers_by_respondent ON answers (respondent_pk);
CREATE INDEX IF NOT EXISTS signals_by_id ON signals (signal_id);
"""


@dataclass
class SqliteResult:
    added: int
    already_there: int
    organisations: int


def _respondent_key(s: Scored) -> str:
    """The respondent's id; without one, the file and line it came from."""
    sheet = s.sheet
    return sheet.respondent_id or f"{sheet.source}#{sheet.line or 1}"


def _answer_rows(pk: int, plan: Plan, answers: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    for qid, a in answers.items():
        qp = plan.questions.get(qid)
        if qp is None:
            continue
        if a == DONT_KNOW:
            yield (pk, qid, DONT_KNOW, None, None)
        elif qp.kind == "text":
            yield (pk, qid, None, None, str(a))
        elif qp.kind == "multi":
            for opt in a:
                yield (pk, qid, opt, qp.values.get(opt), None)
        else:  # single, scale
            yield (pk, qid, str(a), qp.value(a), None)


def _load_members(
    db: sqlite3.Connection, plan: Plan, org: str, qid: str, major: int, rnd: str, below_pk: int
) -> list[Scored]:
    """The respondents the database held for one organisation before this batch (primary key below
    `below_pk`), scored again from their answers."""
    members: list[Scored] = []
    rows = db.execute(
        "SELECT respondent_pk, organisation_name, respondent_id, source, line, role, questionnaire_version, date"
        " FROM respondents WHERE organisation_id = ? AND questionnaire_id = ? AND round = ? AND respondent_pk < ?"
        " ORDER BY respondent_pk",
        (org, qid, rnd, below_pk),
    ).fetchall()
    for pk, name, rid, source, line, role, version, date in rows:
        parsed = parse_version(version)
        if parsed is None or parsed[0] != major:
            continue
        answers: dict[str, Any] = {}
        for question, option, text in db.execute(
            "SELECT question_id, option_id, text FROM answers WHERE respondent_pk = ? ORDER BY rowid", (pk,)
        ):
            qp = plan.questions.get(question)
            if qp is None:
                continue
            if option == DONT_KNOW:
                answers[question] = DONT_KNOW
            elif qp.kind == "text":
                answers[question] = text
            elif qp.kind == "multi":
                answers.setdefault(question, []).append(option)
            elif qp.kind == "scale":
                answers[question] = int(option)
            else:
                answers[question] = option
        obj: dict[str, Any] = {
            "format": FORMAT,
            "questionnaire": {"id": qid, "version": version},
            "organisation": {"id": org, **({"name": name} if name else {})},
            "respondent": {"id": rid, **({"role": role} if role else {})},
            "answers": answers,
        }
        if date:
            obj["date"] = date
        if rnd:
            obj["round"] = rnd
        sheet = check_answers(plan, obj, source, line).sheet
        card = score(plan, sheet.answers, question_values(plan.questions, sheet.answers, sheet.role), sheet.role)
        members.append(Scored(sheet, card))
    return members


def _existing_keys(db: sqlite3.Connection, orgs: list[str]) -> set[tuple[str, str, str, str]]:
    keys: set[tuple[str, str, str, str]] = set()
    for i in range(0, len(orgs), 500):  # SQLite's limit on bound parameters
        chunk = orgs[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        keys.update(
            db.execute(
                "SELECT organisation_id, respondent_id, round, source FROM respondents"
                f" WHERE organisation_id IN ({marks})",
                chunk,
            )
        )
    return keys


def write_results_sqlite(
    path: str | os.PathLike[str], catalog: Catalog, scored: Sequence[Scored], min_group_size: int | None = None
) -> SqliteResult:
    """Add the batch's new respondents (rows for every table written in one `executemany` each), then
    recompute the organisations it touched from this batch's respondents and those the database held
    before (only these are read back and scored again)."""
    db = sqlite3.connect(str(path))
    try:
        db.execute("PRAGMA cache_size = -100000")  # 100 MB of pages: index updates stay in memory
        db.executescript(SCHEMA)
        found = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if found is not None and int(found[0]) != SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"schema version {found[0]}, this assess writes version {SCHEMA_VERSION}")
        with db:  # one transaction
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            seen = _existing_keys(db, sorted({s.sheet.organisation_id for s in scored}))
            first_pk = (db.execute("SELECT coalesce(max(respondent_pk), 0) FROM respondents").fetchone()[0]) + 1
            plans: dict[tuple[str, str], Plan] = {}
            respondents: list[tuple[Any, ...]] = []
            levels: list[tuple[Any, ...]] = []
            signals: list[tuple[Any, ...]] = []
            answers: list[tuple[Any, ...]] = []
            new: dict[tuple[str, str, int, str], list[Scored]] = {}
            for s in scored:
                sheet, card = s
                rnd = sheet.round or ""
                key = (sheet.organisation_id, _respondent_key(s), rnd, sheet.source)
                if key in seen:
                    continue  # already in the database (or twice in this batch): never twice
                seen.add(key)
                pk = first_pk + len(respondents)
                respondents.append(
                    (pk, sheet.organisation_id, sheet.organisation_name, key[1], rnd, sheet.source, sheet.line,
                     sheet.role, sheet.questionnaire_id, sheet.questionnaire_version, sheet.date, sheet.lang,
                     card.placement.position, card.placement.trajectory, int(card.placement.hinge), card.depth_score,
                     card.depth_stage)
                )  # fmt: skip
                version = (sheet.questionnaire_id, sheet.questionnaire_version)
                plan = plans.get(version) or plans.setdefault(version, catalog.plan_for(*version))
                levels += [(pk, lv, card.levels[lv].position, card.levels[lv].coverage, card.levels[lv].status)
                           for lv in LEVEL_IDS]  # fmt: skip
                signals += [(pk, sid, sev) for sid, sev in card.signals]
                answers += _answer_rows(pk, plan, sheet.answers)
                new.setdefault(group_key(sheet), []).append(s)
            db.executemany(f"INSERT INTO respondents VALUES ({', '.join('?' * 17)})", respondents)
            db.executemany("INSERT INTO levels VALUES (?, ?, ?, ?, ?)", levels)
            db.executemany("INSERT INTO signals VALUES (?, ?, ?)", signals)
            db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", answers)
            for (org, qid, major, rnd_), members in sorted(new.items(), key=lambda kv: kv[0]):
                first = members[0].sheet
                plan = with_min_group_size(catalog.plan_for(qid, first.questionnaire_version), min_group_size)
                before = _load_members(db, plan, org, qid, major, rnd_, below_pk=first_pk)
                r = aggregate(plan, [*before, *members])
                db.execute(
                    "INSERT OR REPLACE INTO organisations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (org, qid, major, rnd_, r.organisation_name, r.respondents, r.placement.position,
                     r.placement.trajectory, int(r.placement.hinge), r.depth_score, r.depth_stage,
                     r.disagreement_reason),
                )  # fmt: skip
                gaps = {g.level: g for g in r.gaps}
                flags = {d.level: d.flagged for d in r.disagreement or ()}
                db.executemany(
                    "INSERT OR REPLACE INTO gaps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(org, qid, major, rnd_, lv, r.levels[lv].position, g.gap if g else None, g.high if g else None,
                      g.low if g else None, int(g.flagged) if g else None, int(flags[lv]) if lv in flags else None)
                     for lv in LEVEL_IDS for g in (gaps.get(lv),)],
                )  # fmt: skip
        return SqliteResult(len(respondents), len(scored) - len(respondents), len(new))
    finally:
        db.close()
