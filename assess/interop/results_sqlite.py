"""Results into a SQLite database that a consultant keeps for years (`assess score ... -o results.sqlite`).

The schema is documented in docs/database.md. Writing into an existing database adds the new
respondents and never duplicates one already there: a respondent is identified by (organisation,
respondent id, round), whichever file it was read from (one without an id by its file and line);
one already there that the batch gives with other answers (a file corrected and scored again) is
replaced by them, with a note naming what changed. Organisations and gaps are then recomputed, for
the organisations the batch touched, from every respondent the database holds for them (their
answers are kept, so they can be scored again with the same questionnaire). One transaction: a
failed write leaves the database as it was (and a database that did not exist is not left behind).

Speed (issue #12: at most twice the time of JSONL): one row per respondent. Its four levels are
columns, its signals and answers compact JSON text (`signals_json`, `answers_json`, the answers
object of the answers format); the views `levels`, `signals` and `answers` give them back in long
form (`answers` through `json_each` and the `options` table: the value of each option of each
questionnaire version). Millions of answer rows inserted one by one cost 8x the JSONL time. Worker
processes can send `sqlite_line`s instead of scored respondents, for `write_results_sqlite_lines`:
pickling scored respondents through a process pool costs more than scoring them.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..answers import FORMAT, AnswerSheet, check_answers, question_values
from ..catalog import Catalog
from ..errors import Problem
from ..organisation import GroupKey, Scored, aggregate, group_key
from ..plan import Plan, parse_version, with_min_group_size
from ..scoring import LevelScore, Placement, ScoreCard, score
from ..vocab import DONT_KNOW, LEVEL_IDS

SCHEMA_VERSION = 2
PAGE_SIZE = 8192  # fewer, fuller pages for rows of a few kilobytes (set before the first table)

_LEVEL_COLUMNS = "".join(f"    {lv}_position REAL,\n    {lv}_coverage REAL NOT NULL,\n" for lv in LEVEL_IDS)
_LEVELS_VIEW = "\nUNION ALL\n".join(
    f"SELECT respondent_pk, '{lv}' AS level, {lv}_position AS position, {lv}_coverage AS coverage,"
    f" CASE WHEN {lv}_position IS NULL THEN 'insufficient' ELSE 'ok' END AS status FROM respondents"
    for lv in LEVEL_IDS
)
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
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
    hinge_requirement INTEGER,
    depth_score REAL,
    depth_stage TEXT,
{_LEVEL_COLUMNS}    signals_json TEXT NOT NULL,
    answers_json TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS respondents_key ON respondents (organisation_id, round, respondent_id, source);
CREATE TABLE IF NOT EXISTS options (
    questionnaire_id TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    question_id TEXT NOT NULL,
    option_id TEXT NOT NULL,
    value REAL,
    PRIMARY KEY (questionnaire_id, questionnaire_version, question_id, option_id)
) WITHOUT ROWID;
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
    hinge_requirement INTEGER,
    depth_score REAL,
    depth_stage TEXT,
    disagreement_reason TEXT,
    PRIMARY KEY (organisation_id, questionnaire_id, major, round)
) WITHOUT ROWID;
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
) WITHOUT ROWID;
CREATE VIEW IF NOT EXISTS levels AS
{_LEVELS_VIEW};
CREATE VIEW IF NOT EXISTS signals AS
SELECT r.respondent_pk, s.key AS signal_id, s.value AS severity
FROM respondents r CROSS JOIN json_each(r.signals_json) s;
CREATE VIEW IF NOT EXISTS answers AS
SELECT r.respondent_pk, q.key AS question_id, o.option_id, o.value,
    CASE WHEN o.option_id IS NULL THEN e.value END AS text
FROM respondents r
CROSS JOIN json_each(r.answers_json) q
CROSS JOIN json_each(CASE q.type WHEN 'array' THEN q.value ELSE json_array(q.value) END) e
LEFT JOIN options o ON o.questionnaire_id = r.questionnaire_id AND o.questionnaire_version = r.questionnaire_version
    AND o.question_id = q.key AND o.option_id = CAST(e.value AS TEXT);
"""
_RESPONDENT_MARKS = ", ".join("?" * (20 + 2 * len(LEVEL_IDS)))


class SchemaError(sqlite3.DatabaseError):
    """The file is a SQLite database this version of assess does not write into."""


@dataclass
class SqliteResult:
    added: int  # new respondents and corrected ones (each `replaced` is also counted here)
    already_there: int  # respondents the database held with the same answers, or given twice by the batch
    organisations: int
    # a note for each respondent already there that the batch gives with other answers (replaced),
    # and an error for each given twice by the batch with other answers (the first kept, the other
    # not stored: the command's exit code says the run is incomplete)
    changed: list[Problem] = field(default_factory=list)
    replaced: int = 0
    twice: list[Problem] = field(default_factory=list)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _respondent_key(s: Scored) -> str:
    """The respondent's id; without one, the file and line it came from."""
    sheet = s.sheet
    return sheet.respondent_id or f"{sheet.source}#{sheet.line or 1}"


def option_rows(plan: Plan) -> Iterator[tuple[Any, ...]]:
    """The `options` rows of a questionnaire version: each option (each point of a scale, "don't
    know" where allowed) with its 0..4 value, NULL when it is not scored."""
    for qid, qp in plan.questions.items():
        if qp.kind == "scale":
            for point in range(qp.scale_min, qp.scale_max + 1):
                yield (plan.id, plan.version, qid, str(point), qp.value(point))
        elif qp.kind == "single":
            for opt in qp.values:
                yield (plan.id, plan.version, qid, opt, qp.value(opt))
        elif qp.kind == "multi":  # each ticked option is a row, with its own value
            for opt in qp.values:
                yield (plan.id, plan.version, qid, opt, qp.values[opt])
        if qp.dont_know:
            yield (plan.id, plan.version, qid, DONT_KNOW, None)


def _said(key: str, **fields: object) -> str:
    """A problem of the results database, in English from the one catalogue (the command line says
    it in the interface's language)."""
    from ..texts import text

    return text("problem." + key, "en").format(**fields)


def _check_schema(db: sqlite3.Connection, path: str) -> None:
    """SchemaError for a database of another schema version, or one that assess did not write."""
    try:
        db.execute("SELECT count(*) FROM json_each('[]')")
    except sqlite3.OperationalError:
        raise SchemaError(_said("119", version=sqlite3.sqlite_version)) from None
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return
    found = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() if "meta" in tables else None
    if found is None:
        raise SchemaError(_said("117", name=Path(path).name))
    if found[0] != str(SCHEMA_VERSION):
        raise SchemaError(_said("118", name=Path(path).name, found=found[0], version=SCHEMA_VERSION))


def _load_members(
    db: sqlite3.Connection, plan: Plan, org: str, qid: str, major: int, rnd: str, below_pk: int
) -> list[Scored]:
    """The respondents the database held for one organisation before this batch (primary key below
    `below_pk`), scored again from their answers."""
    members: list[Scored] = []
    rows = db.execute(
        "SELECT organisation_name, respondent_id, source, line, role, questionnaire_version, date, answers_json"
        " FROM respondents WHERE organisation_id = ? AND round = ? AND questionnaire_id = ? AND respondent_pk < ?"
        " ORDER BY respondent_pk",
        (org, rnd, qid, below_pk),
    ).fetchall()
    for name, rid, source, line, role, version, date, answers in rows:
        parsed = parse_version(version)
        if parsed is None or parsed[0] != major:
            continue
        obj: dict[str, Any] = {
            "format": FORMAT,
            "questionnaire": {"id": qid, "version": version},
            "organisation": {"id": org, **({"name": name} if name else {})},
            "respondent": {"id": rid, **({"role": role} if role else {})},
            "answers": orjson.loads(answers),
        }
        if date:
            obj["date"] = date
        if rnd:
            obj["round"] = rnd
        sheet = check_answers(plan, obj, source, line).sheet
        card = score(plan, sheet.answers, question_values(plan.questions, sheet.answers, sheet.role), sheet.role)
        members.append(Scored(sheet, card))
    return members


@dataclass
class _Held:
    """What a respondent the database holds is compared on when the batch gives it again."""

    pk: int | None  # None for one this batch added
    answers_json: str
    role: str | None
    version: str
    qid: str
    date: str | None


def _keys_of(db: sqlite3.Connection, org: str) -> dict[tuple[str, str, str], _Held]:
    """The identities of the respondents the database holds for one organisation, and their answers."""
    rows = db.execute(
        "SELECT organisation_id, respondent_id, round, respondent_pk, answers_json, role, questionnaire_version,"
        " questionnaire_id, date FROM respondents WHERE organisation_id = ?",
        (org,),
    )
    return {(o, rid, rnd): _Held(pk, a, role, v, qid, d) for o, rid, rnd, pk, a, role, v, qid, d in rows}


def _what_changed(held: _Held, answers_json: str, sheet: AnswerSheet) -> list[str]:
    """What a respondent given again changes, by the answers format's names: `questionnaire.version`,
    `respondent.role` and `date` when they do, then the questions whose answers differ (sorted);
    empty when nothing does (the keys' order of the answers object aside)."""
    out = []
    for name, was, now in (
        ("questionnaire.version", (held.qid, held.version), (sheet.questionnaire_id, sheet.questionnaire_version)),
        ("respondent.role", held.role, sheet.role),
        ("date", held.date, sheet.date),
    ):
        if was != now:
            out.append(name)
    if held.answers_json != answers_json:
        old, new = orjson.loads(held.answers_json), orjson.loads(answers_json)
        out += sorted(q for q in old.keys() | new.keys() if old.get(q) != new.get(q))
    return out


def write_results_sqlite(
    path: str | os.PathLike[str], catalog: Catalog, scored: Iterable[Scored], min_group_size: int | None = None
) -> SqliteResult:
    """Add the batch's new respondents, then recompute the organisations it touched from this batch's
    respondents and those the database held before (only these are read back and scored again). All
    of it in one transaction. `scored` is read as it comes (it may be the pipeline still running)."""
    with _no_collection():
        return _write(path, catalog, ((s, None) for s in scored), min_group_size)


def sqlite_line(s: Scored) -> bytes:
    """One respondent as a worker process can send it (`pipeline.run(..., fmt=sqlite_line)`), for
    `write_results_sqlite_lines`: what its row and its organisation's result need, as a JSON array,
    a tab, and its answers as JSON (which has no raw tab); much cheaper to send than `Scored`."""
    sheet, card = s
    pl = card.placement
    head = (
        sheet.questionnaire_id, sheet.questionnaire_version, sheet.organisation_id, sheet.organisation_name,
        sheet.respondent_id, sheet.role, sheet.date, sheet.lang, sheet.source, sheet.line, sheet.round,
        [tuple(card.levels[lv]) for lv in LEVEL_IDS], pl.position, pl.trajectory, pl.hinge, pl.missing, pl.requirement,
        card.depth_score, card.depth_stage, card.depth_coverage, card.signals,
    )  # fmt: skip
    return b"".join((orjson.dumps(head), b"\t", orjson.dumps(sheet.answers), b"\n"))


def write_results_sqlite_lines(
    path: str | os.PathLike[str], catalog: Catalog, lines: Iterable[bytes], min_group_size: int | None = None
) -> SqliteResult:
    """`write_results_sqlite` for respondents sent as `sqlite_line`s: the same database. `lines` is
    read as it comes: rows are inserted while workers still score."""
    with _no_collection():
        return _write(path, catalog, _from_lines(lines), min_group_size)


def _from_lines(lines: Iterable[bytes]) -> Iterator[tuple[Scored, str]]:
    """Each line's respondent (its sheet without answers, which `_write` reads a group at a time for
    the organisation's result) and its answers as JSON text."""
    loads = orjson.loads
    for line in lines:
        head, tail = line.split(b"\t", 1)
        (qid, version, org, name, rid, role, date, lang, source, n, rnd, levels, position, trajectory, hinge,
         missing, requirement, depth_score, depth_stage, depth_coverage, signals) = loads(head)  # fmt: skip
        sheet = AnswerSheet(qid, version, org, name, rid, role, {}, {}, date, lang, source, n, [], rnd)
        card = ScoreCard(
            {lv: LevelScore(p, c) for lv, (p, c) in zip(LEVEL_IDS, levels, strict=True)},
            Placement(position, trajectory, hinge, tuple(missing), requirement), depth_score, depth_stage,
            depth_coverage, tuple((sid, sev) for sid, sev in signals),
        )  # fmt: skip
        yield Scored(sheet, card), tail.rstrip(b"\n").decode()


def _a_version(db: sqlite3.Connection, org: str, qid: str, major: int, rnd: str) -> str | None:
    """The latest questionnaire version of the respondents the database holds for one organisation,
    questionnaire major version and round; None when it holds none."""
    rows = db.execute(
        "SELECT DISTINCT questionnaire_version FROM respondents WHERE organisation_id = ? AND round = ?"
        " AND questionnaire_id = ?",
        (org, rnd, qid),
    )
    versions = [(p, v) for (v,) in rows if (p := parse_version(v)) is not None and p[0] == major]
    return max(versions)[1] if versions else None


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: the rows make no cycles, and each collection would
    walk every scored respondent of the batch."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


CHUNK = 5000  # rows per executemany
# the file says itself whom it is for (README, "Anonymity and small teams")
AUDIENCE = (
    "A working file for the consultant: every respondent's answers (free texts included) and scores. Not for the "
    "organisations' staff, who get the report (assess report)."
)


def _why_not_opened(path: str) -> Exception:
    """SQLite says only "unable to open database file": the reason, as every other write says it
    (a folder that does not exist, a file in a folder's place, a folder not writable)."""
    import errno

    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.stat(folder)
    except OSError as e:
        return type(e)(e.errno, e.strerror, path)
    if not os.path.isdir(folder):
        return NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), path)
    if os.path.isdir(path):
        return IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if not os.access(folder, os.W_OK):
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
    return sqlite3.OperationalError("unable to open database file")


def _remove_new(path: str) -> None:
    """The database file this write created, and its journal: nothing of them is left."""
    for leftover in (path, path + "-journal"):
        if os.path.exists(leftover):
            os.unlink(leftover)


def _write(
    path: str | os.PathLike[str],
    catalog: Catalog,
    items: Iterable[tuple[Scored, str | None]],
    min_group_size: int | None,
) -> SqliteResult:
    path = os.fspath(path)
    existed = os.path.exists(path)
    try:
        db = sqlite3.connect(path, isolation_level=None)  # transactions opened and closed here
    except sqlite3.OperationalError:
        raise _why_not_opened(path) from None
    try:
        db.execute("PRAGMA cache_size = -100000")  # 100 MB of pages: index updates stay in memory
        db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # takes effect on a new database only
        db.execute("BEGIN IMMEDIATE")  # one transaction, schema included: a failure leaves nothing
        _check_schema(db, path)
        for statement in SCHEMA.split(";\n"):
            if statement.strip():
                db.execute(statement)
        db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('audience', ?)", (AUDIENCE,))
        first_pk = (db.execute("SELECT coalesce(max(respondent_pk), 0) FROM respondents").fetchone()[0]) + 1
        insert = f"INSERT INTO respondents VALUES ({_RESPONDENT_MARKS})"
        seen: dict[str, dict[tuple[str, str, str], _Held]] = {}  # per organisation: held, or added by this batch
        folded: dict[str, dict[tuple[str, str], tuple[str, str, str]]] = {}  # and their keys by id in any capitals
        changed: list[Problem] = []
        twice: list[Problem] = []
        replaced = 0
        # the groups of the respondents replaced, as stored: recomputed, or emptied, after the batch
        left_groups: set[GroupKey] = set()
        plans: dict[tuple[str, str], Plan] = {}
        majors: dict[tuple[str, str], int] = {}  # group_key's major version, parsed once per version
        rows: list[tuple[Any, ...]] = []
        new: dict[GroupKey, list[tuple[Scored, str]]] = {}  # each with its answers as JSON
        added = total = 0
        dumps = orjson.dumps
        s1, s2, s3, s4 = LEVEL_IDS
        for s, answers in items:
            total += 1
            sheet, card = s
            org, rnd = sheet.organisation_id, sheet.round or ""
            key = (org, _respondent_key(s), rnd)
            keys = seen.get(org)
            if keys is None:
                keys = seen[org] = _keys_of(db, org)
                folded[org] = {(k[1].casefold(), k[2]): k for k in keys}
            answers_json = dumps(sheet.answers).decode() if answers is None else answers
            held = keys.get(key)
            if held is None and sheet.respondent_id is not None:
                # an id in other capitals ("R0" beside "r0") is the same respondent, as reports and
                # --by-organisation count it (`pipeline.once_each`): stored under the first spelling
                spelt = folded[org].get((key[1].casefold(), rnd))
                if spelt is not None:
                    key, held = spelt, keys[spelt]
            if held is not None:  # already in the database (or twice in this batch): never twice
                what = _what_changed(held, answers_json, sheet)
                if not what:
                    continue
                if held.pk is None:  # twice in this batch: which one is right cannot be told
                    message = f"respondent {key[1]!r} is twice in the batch with other answers: the first one kept"
                    twice.append(Problem(sheet.source, message, sheet.line))
                    continue
                # a corrected file scored again: the correction is what the consultant means to keep
                shown = ", ".join(what[:8]) + (f" and {len(what) - 8} more" if len(what) > 8 else "")
                message = f"respondent {key[1]!r} was in the database with other answers: replaced ({shown})"
                changed.append(Problem(sheet.source, message, sheet.line))
                old = parse_version(held.version)
                left_groups.add((org, held.qid, old[0] if old else 0, rnd))
                db.execute("DELETE FROM respondents WHERE respondent_pk = ?", (held.pk,))
                replaced += 1
            keys[key] = _Held(None, answers_json, sheet.role, sheet.questionnaire_version, sheet.questionnaire_id,
                              sheet.date)  # fmt: skip
            if sheet.respondent_id is not None:
                folded[org].setdefault((key[1].casefold(), rnd), key)
            version = (sheet.questionnaire_id, sheet.questionnaire_version)
            if version not in plans:
                plans[version] = catalog.plan_for(*version)
                majors[version] = group_key(sheet)[2]
            lv, pl = card.levels, card.placement
            l1, l2, l3, l4 = lv[s1], lv[s2], lv[s3], lv[s4]
            rows.append(
                (first_pk + added, org, sheet.organisation_name, key[1], rnd, sheet.source, sheet.line, sheet.role,
                 sheet.questionnaire_id, sheet.questionnaire_version, sheet.date, sheet.lang, pl.position,
                 pl.trajectory, int(pl.hinge), _flag(pl.requirement), card.depth_score, card.depth_stage,
                 l1.position, l1.coverage, l2.position, l2.coverage, l3.position, l3.coverage, l4.position,
                 l4.coverage,
                 dumps(dict(card.signals)).decode(), answers_json)
            )  # fmt: skip
            added += 1
            if len(rows) >= CHUNK:
                db.executemany(insert, rows)
                rows.clear()
            new.setdefault((org, version[0], majors[version], rnd), []).append((s, answers_json))
        if not total:  # every record refused: the database is left as it was, a new one not made
            db.execute("ROLLBACK")
            db.close()
            if not existed:
                _remove_new(path)
            return SqliteResult(0, 0, 0, changed, replaced, twice)
        db.executemany(insert, rows)
        for plan in plans.values():
            db.executemany("INSERT OR IGNORE INTO options VALUES (?, ?, ?, ?, ?)", option_rows(plan))
        groups: list[tuple[GroupKey, list[tuple[Scored, str]]]] = sorted(new.items(), key=lambda kv: kv[0])
        for gone in sorted(left_groups - new.keys()):  # a replaced respondent left its group (another version)
            groups.append((gone, []))
        for (org, qid, major, rnd_), pairs in groups:
            # a respondent sent by a worker comes without its answers (`_from_lines`): they are read
            # below, a group at a time, for the one rule of the result that counts who answered what
            # (the hinge requirement withheld when a few answered its questions:
            # `organisation.requirement_withheld`), which read none and gave another trajectory than
            # --by-organisation's
            members = [s for s, _ in pairs]
            ver = members[0].sheet.questionnaire_version if members else _a_version(db, org, qid, major, rnd_)
            if ver is None:  # its only respondent was replaced by one of another major version
                for table in ("organisations", "gaps"):
                    db.execute(
                        f"DELETE FROM {table} WHERE organisation_id = ? AND questionnaire_id = ? AND major = ?"
                        " AND round = ?",
                        (org, qid, major, rnd_),
                    )
                continue
            plan = with_min_group_size(catalog.plan_for(qid, ver), min_group_size)
            todo = [(s.sheet, a) for s, a in pairs if not s.sheet.answers and a != "{}"] if plan.hinge_requires else []
            for sheet, a in todo:
                sheet.answers = orjson.loads(a)  # a sheet `_from_lines` made: this batch's own
            before = _load_members(db, plan, org, qid, major, rnd_, below_pk=first_pk)
            r = aggregate(plan, [*before, *members])
            for sheet, _ in todo:  # not kept: a batch's answers, held to its end, would be its memory
                sheet.answers = {}
            db.execute(
                "INSERT OR REPLACE INTO organisations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (org, qid, major, rnd_, r.organisation_name, r.respondents, r.placement.position,
                 r.placement.trajectory, int(r.placement.hinge), _flag(r.placement.requirement), r.depth_score,
                 r.depth_stage, r.disagreement_reason),
            )  # fmt: skip
            gaps = {g.level: g for g in r.gaps}
            flags = {d.level: d.flagged for d in r.disagreement or ()}
            db.executemany(
                "INSERT OR REPLACE INTO gaps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(org, qid, major, rnd_, lv, r.levels[lv].position, g.gap if g else None, g.high if g else None,
                  g.low if g else None, int(g.flagged) if g else None, int(flags[lv]) if lv in flags else None)
                 for lv in LEVEL_IDS for g in (gaps.get(lv),)],
            )  # fmt: skip
        db.execute("COMMIT")
        return SqliteResult(added, total - added, len(new), changed, replaced, twice)
    except BaseException as e:
        if db.in_transaction:
            db.execute("ROLLBACK")
        db.close()
        if not existed:  # the file this write created: nothing of it is left
            _remove_new(path)
        if isinstance(e, UnicodeDecodeError):  # SQLite's message about a damaged file, not in UTF-8
            raise sqlite3.DatabaseError(_said("120")) from None
        raise
    finally:
        db.close()
