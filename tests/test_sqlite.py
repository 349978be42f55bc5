"""`assess score ... -o results.sqlite`: one database for years (docs/database.md)."""

from __future__ import annotations

import json
import random
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assess import pipeline
from assess.catalog import load_catalog
from assess.cli import app
from assess.interop import results_sqlite
from assess.vocab import DONT_KNOW

from .conftest import EXAMPLES, ROOT

runner = CliRunner()
HOUSING = sorted((EXAMPLES / "housing").glob("logemer-*.json"))


def run(*args: Any):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def by_organisation(*paths: Path) -> list[dict[str, Any]]:
    r = run("score", *paths, "--by-organisation", "-f", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def assert_same_organisation(con: sqlite3.Connection, org: dict[str, Any]) -> None:
    """The organisation's rows in the database are `assess score --by-organisation`'s result."""
    key = (org["organisation"]["id"], org.get("round") or "")
    n, position, trajectory, hinge, requirement = con.execute(
        "SELECT respondents, position, trajectory, hinge, hinge_requirement FROM organisations"
        " WHERE organisation_id = ? AND round = ?",
        key,
    ).fetchone()
    assert (n, position, trajectory, bool(hinge)) == (org["respondents"], org["position"], org["trajectory"],
                                                      org["hinge"])  # fmt: skip
    assert (None if requirement is None else bool(requirement)) == org["hinge_requirement"]
    gaps = con.execute(
        "SELECT level, gap, flagged FROM gaps WHERE organisation_id = ? AND round = ? ORDER BY level", key
    ).fetchall()
    expected = {g["level"]: (g["gap"], int(g["flagged"])) for g in org["gaps"]}
    assert {lv: (gap, flagged) for lv, gap, flagged in gaps if gap is not None} == expected


def test_two_writes_never_duplicate_and_organisations_are_recomputed(tmp_path: Path) -> None:
    db = tmp_path / "results.sqlite"
    r = run("score", *HOUSING[:6], "-o", db)
    assert r.exit_code == 0, r.stderr
    r = run("score", *HOUSING, "-o", db)  # the same six again, and four more
    assert r.exit_code == 0, r.stderr
    assert "4 respondents added, 6 already there" in r.stderr
    r = run("score", *HOUSING, "-o", db)  # all ten again
    assert "0 respondents added, 10 already there" in r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM respondents").fetchone()[0] == 10
    assert con.execute("SELECT count(DISTINCT respondent_pk) FROM levels").fetchone()[0] == 10
    # recomputed from every respondent the database holds: as --by-organisation on the ten
    [org] = by_organisation(*HOUSING)
    assert_same_organisation(con, org)
    # answers in long form: one row per ticked option, with its 0..4 value
    rows = con.execute(
        "SELECT a.option_id, a.value FROM answers a JOIN respondents r USING (respondent_pk)"
        " WHERE r.respondent_id = 'dg' AND a.question_id = 'str_goal'"
    ).fetchall()
    assert rows == [("be_ahead", 1.0)]  # the director's answer in examples/people/housing.py
    indexes = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "respondents_key" in indexes
    views = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert views == {"levels", "signals", "answers"}
    with pytest.raises(sqlite3.IntegrityError):  # the key holds in the database itself, too
        con.execute("INSERT INTO respondents SELECT * FROM respondents WHERE respondent_pk = 1")


def test_a_second_round_is_stored_beside_the_first(tmp_path: Path) -> None:
    rounds = {}
    for label in ("2026", "2027"):
        folder = tmp_path / label
        folder.mkdir()
        for p in HOUSING:
            obj = json.loads(p.read_text(encoding="utf-8"))
            obj["round"] = label
            if label == "2027":  # a year on: the same people, some answers changed
                obj["answers"]["str_goal"] = "cut_costs"
            (folder / p.name).write_text(json.dumps(obj), encoding="utf-8")
        rounds[label] = sorted(folder.glob("*.json"))
    db = tmp_path / "results.sqlite"
    for label in ("2026", "2027"):
        r = run("score", *rounds[label], "-o", db)
        assert r.exit_code == 0, r.stderr
        assert "10 respondents added, 0 already there, 1 assessment recomputed" in r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT round, count(*) FROM respondents GROUP BY round ORDER BY round").fetchall() == [
        ("2026", 10), ("2027", 10)]  # fmt: skip
    assert con.execute("SELECT round, respondents FROM organisations ORDER BY round").fetchall() == [
        ("2026", 10), ("2027", 10)]  # fmt: skip
    assert con.execute("SELECT count(*) FROM gaps").fetchone()[0] == 2 * 4
    for label in ("2026", "2027"):  # each round's rows: its own respondents only
        [org] = by_organisation(*rounds[label])
        assert org["round"] == label
        assert_same_organisation(con, org)
    changed = con.execute(
        "SELECT r.round, a.option_id FROM answers a JOIN respondents r USING (respondent_pk)"
        " WHERE r.respondent_id = 'dg' AND a.question_id = 'str_goal' ORDER BY r.round"
    ).fetchall()
    assert changed == [("2026", "be_ahead"), ("2027", "cut_costs")]


def _random_answers(plan: Any, rnd: random.Random) -> dict[str, Any]:
    """Answers of every kind, "don't know" included wherever a question allows it."""
    answers: dict[str, Any] = {}
    for qid, qp in plan.questions.items():
        r = rnd.random()
        if r < 0.1:
            continue
        if r < 0.3 and qp.dont_know:
            answers[qid] = DONT_KNOW
        elif qp.kind == "single":
            answers[qid] = rnd.choice(list(qp.values))
        elif qp.kind == "multi":
            plain = [o for o in qp.values if o not in qp.exclusive]
            answers[qid] = rnd.sample(plain, rnd.randint(1, len(plain)))
        elif qp.kind == "scale":
            answers[qid] = rnd.randint(qp.scale_min, qp.scale_max)
        else:
            answers[qid] = rnd.choice(["Un commentaire libre.", 'Des "guillemets", é, \n et ; ', "0"])
    return answers


def expected_long_form(plan: Any, pk: int, answers: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The long form of one respondent's answers, from the plan (not from the database's tables)."""
    rows = []
    for qid, a in answers.items():
        qp = plan.questions[qid]
        if a == DONT_KNOW and qp.dont_know:
            rows.append((pk, qid, DONT_KNOW, None, None))
        elif qp.kind == "text":
            rows.append((pk, qid, None, None, a))
        elif qp.kind == "multi":
            rows += [(pk, qid, opt, qp.values[opt], None) for opt in a]
        else:
            rows.append((pk, qid, str(a), qp.value(a), None))
    return rows


def test_long_form_answers_are_the_scored_answers(tmp_path: Path) -> None:
    cat = load_catalog()
    folder = tmp_path / "answers"
    folder.mkdir()
    rnd = random.Random(12)
    for qid in ("housing", "municipality", "social-economy"):
        plan = cat.plan_for(qid)
        for i in range(30):
            obj = {
                "format": "assess-answers/1",
                "questionnaire": {"id": qid, "version": plan.version},
                "organisation": {"id": f"{qid}-{i % 3}"},
                "respondent": {"id": f"r{i}"},
                "answers": _random_answers(plan, rnd),
            }
            (folder / f"{qid}-{i}.json").write_text(json.dumps(obj), encoding="utf-8")
    examples = [str(p) for p in sorted(EXAMPLES.rglob("*.json"))]
    scored, outcome = pipeline.collect(cat, [str(p) for p in sorted(folder.glob("*.json"))] + examples)
    assert outcome.complete and len(scored) == 90 + len(examples)
    db = tmp_path / "results.sqlite"
    results_sqlite.write_results_sqlite(db, cat, scored)
    con = sqlite3.connect(db)
    pks = dict(con.execute("SELECT source, respondent_pk FROM respondents"))
    expected = []
    for s in scored:
        plan = cat.plan_for(s.sheet.questionnaire_id, s.sheet.questionnaire_version)
        expected += expected_long_form(plan, pks[s.sheet.source], s.sheet.answers)
    got = con.execute("SELECT respondent_pk, question_id, option_id, value, text FROM answers").fetchall()
    key = repr  # None sorts with the rest
    assert sorted(got, key=key) == sorted(expected, key=key)
    assert any(r[2] == DONT_KNOW for r in got) and any(r[4] is not None for r in got)  # every kind of answer
    # levels and signals in long form: each respondent's card
    levels = {(pk, lv): (pos, cov, st) for pk, lv, pos, cov, st in con.execute("SELECT * FROM levels")}
    signals = sorted(con.execute("SELECT respondent_pk, signal_id, severity FROM signals"))
    assert len(levels) == 4 * len(scored)
    want_signals = []
    for s in scored:
        pk = pks[s.sheet.source]
        for lv, score in s.card.levels.items():
            assert levels[pk, lv] == (score.position, score.coverage, score.status)
        want_signals += [(pk, sid, sev) for sid, sev in s.card.signals]
    assert signals == sorted(want_signals) and signals


def test_the_documented_queries_run(tmp_path: Path) -> None:
    """The example queries of docs/database.md run on a database made from the examples."""
    db = tmp_path / "r.sqlite"
    r = run("score", EXAMPLES, "-o", db)
    assert r.exit_code == 0, r.output
    doc = (ROOT / "docs" / "database.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", doc, re.S)
    assert len(queries) == 3
    con = sqlite3.connect(db)
    assert all(con.execute(q).fetchall() for q in queries)
    # every table and view the schema creates is documented
    made = con.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')").fetchall()
    assert len(made) == 8 and all(f"| `{name}` ({kind}) |" in doc for name, kind in made), made


def test_a_database_of_another_schema_or_program_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(old)
    con.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        " INSERT INTO meta VALUES ('schema_version', '1');"
        " CREATE TABLE answers (respondent_pk INTEGER, question_id TEXT, option_id TEXT, value REAL, text TEXT);"
    )
    con.close()
    foreign = tmp_path / "notes.db"
    sqlite3.connect(foreign).executescript("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")
    for path, words in ((old, "schema version 1"), (foreign, "assess did not write")):
        before = path.read_bytes()
        r = run("score", HOUSING[0], "-o", path)
        assert r.exit_code == 1 and words in r.stderr and path.name in r.stderr, r.stderr
        assert "Traceback" not in r.output
        assert path.read_bytes() == before
    bad = tmp_path / "text.db"  # not a database at all
    bad.write_text("not sqlite" * 200, encoding="utf-8")
    r = run("score", HOUSING[0], "-o", bad)
    assert r.exit_code == 1 and "text.db" in r.stderr and "Traceback" not in r.output


def test_a_refused_database_is_said_in_french(tmp_path: Path, monkeypatch) -> None:
    """In French, the refusal of a database kept its English words ("impossible d'écrire notes.db :
    notes.db is a SQLite database that assess did not write; choose another file"), and SQLite's own
    ("file is not a database")."""
    from assess.cli.common import ui_lang

    monkeypatch.setenv("ASSESS_LANG", "fr")
    ui_lang.cache_clear()
    try:
        old = tmp_path / "old.sqlite"
        sqlite3.connect(old).executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            " INSERT INTO meta VALUES ('schema_version', '1');"
        )
        foreign = tmp_path / "notes.db"
        sqlite3.connect(foreign).executescript("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")
        bad = tmp_path / "text.db"
        bad.write_text("not sqlite" * 200, encoding="utf-8")
        for path, words in (
            (old, "old.sqlite suit la version 1 du schéma des résultats, cet assess écrit la version 2"),
            (foreign, "notes.db est une base SQLite qu'assess n'a pas écrite\u00a0: choisissez un autre fichier"),
            (bad, "impossible d'écrire " + str(bad) + "\u00a0: ce fichier n'est pas une base de données SQLite"),
        ):
            r = run("score", HOUSING[0], "-o", path)
            assert r.exit_code == 1 and words in r.stderr, r.stderr
            assert "assess did not write" not in r.stderr and "not a database" not in r.stderr
    finally:
        ui_lang.cache_clear()


def test_a_failed_write_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch) -> None:
    cat = load_catalog()
    scored, _ = pipeline.collect(cat, [str(p) for p in HOUSING])
    db = tmp_path / "results.sqlite"
    results_sqlite.write_results_sqlite(db, cat, scored[:5])
    before = db.read_bytes()

    def fail(*args: Any) -> Any:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(results_sqlite, "aggregate", fail)  # after the respondents' rows are in
    with pytest.raises(RuntimeError):
        results_sqlite.write_results_sqlite(db, cat, scored)
    assert db.read_bytes() == before
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM respondents").fetchone()[0] == 5
    con.close()
    new = tmp_path / "new.sqlite"  # a database this write created is not left behind
    with pytest.raises(RuntimeError):
        results_sqlite.write_results_sqlite(new, cat, scored)
    assert list(tmp_path.iterdir()) == [db]


def test_lines_from_workers_make_the_same_database(tmp_path: Path) -> None:
    """`sqlite_line` (what a worker process can send instead of a scored respondent) and
    `write_results_sqlite_lines` give the database `write_results_sqlite` gives."""
    cat = load_catalog()
    files = [str(p) for p in sorted(EXAMPLES.rglob("*.json"))]
    scored, _ = pipeline.collect(cat, files)
    lines = [b"".join(r.data for r in pipeline.run(cat, files, emit=pipeline.EMIT_SCORED,
                                                   fmt=results_sqlite.sqlite_line, jobs=1))]  # fmt: skip
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    results_sqlite.write_results_sqlite(a, cat, scored[:20])
    results_sqlite.write_results_sqlite_lines(b, cat, lines[0].splitlines(keepends=True)[:20])
    results_sqlite.write_results_sqlite(a, cat, scored)  # the first twenty are then read back
    res = results_sqlite.write_results_sqlite_lines(b, cat, lines[0].splitlines(keepends=True))
    assert (res.added, res.already_there) == (len(scored) - 20, 20)
    for table in ("respondents", "organisations", "gaps", "options", "answers"):
        got = [sorted(sqlite3.connect(db).execute(f"SELECT * FROM {table}"), key=repr) for db in (a, b)]
        assert got[0] == got[1] and got[0], table


def test_a_respondent_twice_in_one_batch_is_added_once(tmp_path: Path) -> None:
    cat = load_catalog()
    scored, _ = pipeline.collect(cat, [str(p) for p in HOUSING])
    db = tmp_path / "results.sqlite"
    res = results_sqlite.write_results_sqlite(db, cat, iter([*scored, *scored]))  # read as it comes
    assert (res.added, res.already_there, res.organisations) == (10, 10, 1)
    con = sqlite3.connect(db)
    assert con.execute("SELECT respondents FROM organisations").fetchall() == [(10,)]


def test_the_hinge_requirement_is_stored_and_recomputed(tmp_path: Path) -> None:
    """A questionnaire with a hinge requirement (the synthetic one): each respondent's and each
    organisation's `hinge_requirement`, written from scored respondents and from worker lines."""
    cat = load_catalog([str(ROOT / "tests" / "fixtures")], use_cache=False)
    plan = cat.plan_for("synthetic")
    assert plan.meets_hinge_requirement is not None
    rnd = random.Random(3)
    folder = tmp_path / "answers"
    folder.mkdir()
    for i in range(40):
        obj = {
            "format": "assess-answers/1",
            "questionnaire": {"id": "synthetic", "version": plan.version},
            "organisation": {"id": f"org{i % 4}"},
            "respondent": {"id": f"r{i}"},
            "answers": _random_answers(plan, rnd),
        }
        (folder / f"{i}.json").write_text(json.dumps(obj), encoding="utf-8")
    files = [str(p) for p in sorted(folder.glob("*.json"))]
    scored, outcome = pipeline.collect(cat, files)
    assert outcome.complete and {s.card.placement.requirement for s in scored} == {True, False}
    data = b"".join(r.data for r in pipeline.run(cat, files, emit=pipeline.EMIT_SCORED,
                                                 fmt=results_sqlite.sqlite_line, jobs=1))  # fmt: skip
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    results_sqlite.write_results_sqlite(a, cat, scored)
    results_sqlite.write_results_sqlite_lines(b, cat, data.splitlines(keepends=True))
    want = {o.key[0]: o.result.placement.requirement for o in pipeline.organisations(cat, scored)}
    for db in (a, b):
        con = sqlite3.connect(db)
        got = dict(con.execute("SELECT organisation_id, hinge_requirement FROM organisations"))
        assert got == {k: int(v) for k, v in want.items()} and set(want.values()) == {True, False}
        per = dict(con.execute("SELECT respondent_id, hinge_requirement FROM respondents"))
        assert per == {s.sheet.respondent_id: int(s.card.placement.requirement) for s in scored}


def test_a_respondent_is_one_whichever_path_it_is_read_by_and_a_correction_replaces_it(
    tmp_path: Path, monkeypatch
) -> None:
    """The same file by a relative and an absolute path is one respondent. A file corrected since
    and scored again was kept as first stored, with a warning: the consultant's correction was lost.
    Now the correction replaces it, a note names the questions (and role) that changed, and the
    organisation is recomputed as a new database made from the corrected files computes it."""
    folder = tmp_path / "answers"
    folder.mkdir()
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in HOUSING[:4]}
    for name, doc in docs.items():
        (folder / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "r.sqlite"
    monkeypatch.chdir(tmp_path)
    assert run("score", "answers", "-o", db).exit_code == 0
    again = run("score", folder, "-o", db)
    assert again.exit_code == 0 and "0 respondents added, 4 already there" in again.stderr
    assert "warning" not in again.stderr and "note" not in again.stderr
    name, doc = next(iter(docs.items()))
    rid = doc["respondent"]["id"]
    doc["answers"]["str_goal"] = "presence_on_site" if doc["answers"]["str_goal"] != "presence_on_site" else "cut_costs"
    doc["answers"].pop("ctx_remarks", None)
    doc["answers"]["ctx_remarks"] = "corrected"
    doc["respondent"]["role"] = "support" if doc["respondent"].get("role") != "support" else "field"
    (folder / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    changed = run("score", folder, "-o", db)
    assert changed.exit_code == 0, changed.stderr
    assert "0 respondents added, 1 replaced, 3 already there" in changed.stderr, changed.stderr
    note = f"note: {folder / name}.json: respondent {rid!r} was in the database with other answers: replaced"
    assert f"{note} (respondent.role, ctx_remarks, str_goal)" in changed.stderr, changed.stderr
    fresh = tmp_path / "fresh.sqlite"
    assert run("score", folder, "-o", fresh).exit_code == 0
    query = "SELECT * FROM organisations"
    with sqlite3.connect(db) as con, sqlite3.connect(fresh) as con2:
        assert con.execute("SELECT count(*) FROM respondents").fetchone() == (4,)
        row = con.execute("SELECT role, answers_json FROM respondents WHERE respondent_id = ?", (rid,)).fetchone()
        assert row[0] == doc["respondent"]["role"] and json.loads(row[1]) == doc["answers"]
        assert con.execute(query).fetchall() == con2.execute(query).fetchall()
        assert con.execute("SELECT * FROM gaps").fetchall() == con2.execute("SELECT * FROM gaps").fetchall()


def test_a_respondent_given_twice_by_one_batch_with_other_answers_keeps_the_first_and_fails(
    tmp_path: Path,
) -> None:
    """Which of two different answers of one respondent is right cannot be told: the first is kept
    and the command fails (it said so in a warning and exited 0, the other answers not stored)."""
    cat = load_catalog()
    scored, _ = pipeline.collect(cat, [str(p) for p in HOUSING[:2]])
    doc = json.loads(HOUSING[0].read_text(encoding="utf-8"))
    doc["answers"]["ctx_remarks"] = "another text"
    other = tmp_path / "copy.json"
    other.write_text(json.dumps(doc), encoding="utf-8")
    copy, _ = pipeline.collect(cat, [str(other)])
    db = tmp_path / "results.sqlite"
    res = results_sqlite.write_results_sqlite(db, cat, iter([*scored, *copy]))
    assert (res.added, res.already_there, res.replaced, res.changed) == (2, 1, 0, [])
    (warning,) = res.twice
    assert warning.source == str(other) and "is twice in the batch with other answers: the first one kept" in str(
        warning
    )
    with sqlite3.connect(db) as con:
        (stored,) = con.execute("SELECT answers_json FROM respondents WHERE source = ?", (str(HOUSING[0]),)).fetchone()
        assert json.loads(stored).get("ctx_remarks") != "another text"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "dg.json").write_text(HOUSING[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a" / "dg-copy.json").write_text(json.dumps(doc), encoding="utf-8")
    r = run("score", tmp_path / "a", "-o", tmp_path / "cli.sqlite")
    assert r.exit_code == 1 and "error: " in r.stderr and "is twice in the batch" in r.stderr, r.stderr
    assert "1 scored, 1 invalid" in r.stderr, r.stderr


def test_a_respondent_corrected_to_another_major_version_leaves_its_old_group(tmp_path: Path) -> None:
    """The only respondent of an organisation, stored with housing 1.0.0, corrected to 2.0.0: the
    organisation's 1.x row goes (no respondent is left in it), its 2.x row comes."""
    cat = load_catalog()
    old = sorted((EXAMPLES / "rounds").glob("bocage-2022-*.json"))[0]
    doc = json.loads(old.read_text(encoding="utf-8"))
    f = tmp_path / "one.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "results.sqlite"
    first, _ = pipeline.collect(cat, [str(f)])
    results_sqlite.write_results_sqlite(db, cat, first)
    new = json.loads(HOUSING[0].read_text(encoding="utf-8"))
    new.update(organisation=doc["organisation"], respondent=doc["respondent"], round=doc.get("round"))
    new = {k: v for k, v in new.items() if v is not None}
    f.write_text(json.dumps(new), encoding="utf-8")
    second, _ = pipeline.collect(cat, [str(f)])
    res = results_sqlite.write_results_sqlite(db, cat, second)
    assert res.replaced == 1 and "(questionnaire.version, " in res.changed[0].message
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT major, respondents FROM organisations").fetchall() == [(2, 1)]
        assert {r[0] for r in con.execute("SELECT major FROM gaps")} == {2}


def test_the_same_answers_stored_from_a_batch_raise_no_warning_read_alone(tmp_path: Path) -> None:
    """Stored from a folder (by the workers' form), then read alone: the same answers, whatever the
    order of their keys, are no "other answers"."""
    db = tmp_path / "r.sqlite"
    assert run("score", EXAMPLES / "housing", "-o", db).exit_code == 0
    alone = run("score", EXAMPLES / "housing" / "logemer-dg.json", "-o", db)
    assert alone.exit_code == 0 and "1 already there" in alone.stderr
    assert "other answers" not in alone.stderr, alone.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_database_keeps_every_answer_as_the_command_writes_it(tmp_path: Path, jobs: str) -> None:
    """`assess score ... -o results.sqlite` (in one process or in workers): every answer of every
    file is stored, depth and context questions included, so that an organisation scored again from
    the database is scored from all of them (the lean sheets of a table kept only those the signals
    read: 38 of Logemer's director's 46)."""
    db = tmp_path / "r.sqlite"
    assert run("score", EXAMPLES / "housing", "--jobs", jobs, "-o", db).exit_code == 0
    with sqlite3.connect(db) as con:
        stored = {src: json.loads(a) for src, a in con.execute("SELECT source, answers_json FROM respondents")}
    assert len(stored) == 21
    for src, answers in stored.items():
        given = json.loads(Path(src).read_text(encoding="utf-8"))["answers"]
        assert answers == {k: v for k, v in given.items() if v is not None and v != []}, src


def test_a_damaged_database_whose_error_is_not_utf8_is_said_and_left_as_it_was(tmp_path: Path) -> None:
    """SQLite's message about this damaged file is not UTF-8: Python's sqlite3 raised
    UnicodeDecodeError, a traceback (found by fuzzing)."""
    import shutil

    db = tmp_path / "r.sqlite"
    shutil.copy(ROOT / "tests" / "fixtures" / "damaged-not-utf8.sqlite", db)
    before = db.read_bytes()
    r = run("score", EXAMPLES / "housing" / "logemer-dg.json", "-o", db)
    assert r.exit_code == 1 and "the file is damaged" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before


def test_the_database_says_it_is_not_for_staff(tmp_path: Path) -> None:
    """The database holds every respondent's answers: the file says whom it is for, as the README does."""
    db = tmp_path / "results.sqlite"
    assert run("score", *HOUSING, "-o", db).exit_code == 0
    with sqlite3.connect(db) as con:
        (said,) = con.execute("SELECT value FROM meta WHERE key = 'audience'").fetchone()
    assert "Not for the organisations' staff" in said


def test_a_batch_whose_every_record_is_refused_writes_no_database(tmp_path: Path) -> None:
    """`score bad.json -o new.sqlite`, its one record refused: exit 1, and a 57 KB database with
    all its tables was left where none was (the README says nothing is written); an existing
    database's bytes changed. Neither is touched now, and the command says nothing was written."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "assess-answers/1"}', encoding="utf-8")
    new = tmp_path / "new.sqlite"
    r = CliRunner().invoke(app, ["score", str(bad), "-o", str(new), "--lang", "en"])
    assert r.exit_code == 1 and not new.exists(), r.output
    assert "nothing written to" in " ".join(r.stderr.split())
    there = tmp_path / "there.sqlite"
    good = sorted((EXAMPLES / "housing").glob("logemer-*.json"))[:3]
    assert CliRunner().invoke(app, ["score", *map(str, good), "-o", str(there)]).exit_code == 0
    before = there.read_bytes()
    r = CliRunner().invoke(app, ["score", str(bad), "-o", str(there), "--lang", "en"])
    assert r.exit_code == 1 and there.read_bytes() == before, r.output


def test_ids_in_other_capitals_are_one_respondent_in_the_database(tmp_path: Path) -> None:
    """« R0 » and « r0 » are one respondent in reports and --by-organisation (counted once), but the
    database stored both and counted two, exit 0. Given in one batch with other answers, the first is
    kept (exit 1, as for an id given twice); given in a later batch, it replaces the one stored."""
    base = json.loads(HOUSING[0].read_text(encoding="utf-8"))
    goals = ("cut_costs", "presence_on_site")
    for name, rid, goal in (("a.json", "R0", goals[0]), ("b.json", "r0", goals[1])):
        doc = {**base, "respondent": {"id": rid, "role": "field"}, "answers": {**base["answers"], "str_goal": goal}}
        (tmp_path / name).write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "r.sqlite"
    r = CliRunner().invoke(app, ["score", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "-o", str(db)])
    assert r.exit_code == 1, r.output
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT respondent_id FROM respondents").fetchall() == [("R0",)]
        assert con.execute("SELECT respondents FROM organisations").fetchall() == [(1,)]
    db2 = tmp_path / "r2.sqlite"
    assert CliRunner().invoke(app, ["score", str(tmp_path / "a.json"), "-o", str(db2)]).exit_code == 0
    r = CliRunner().invoke(app, ["score", str(tmp_path / "b.json"), "-o", str(db2)])
    assert r.exit_code == 0 and "replaced" in r.output, r.output
    with sqlite3.connect(db2) as con:
        assert con.execute("SELECT respondents FROM organisations").fetchall() == [(1,)]
        assert json.loads(con.execute("SELECT answers_json FROM respondents").fetchone()[0])["str_goal"] == goals[1]


def test_a_small_rounds_hinge_requirement_is_stored_as_the_other_outputs_give_it(tmp_path: Path) -> None:
    """Two respondents, one of whom answered a question the hinge requirement reads: every output
    leaves the requirement unread (its verdict would tell the other's answer), but the database,
    given its respondents by the workers without their answers, computed it (0, and another
    trajectory). It stores what --by-organisation gives, by either path."""
    doc = json.loads((EXAMPLES / "housing" / "logeterre-directeur.json").read_text(encoding="utf-8"))
    two = {**doc, "respondent": {"id": "g1", "role": "field"}, "answers": {**doc["answers"]}}
    plan = load_catalog().plan_for("housing", doc["questionnaire"]["version"])
    from assess.plan import read_by_conditions

    for qid in read_by_conditions([plan.hinge_requires], plan.questions):
        two["answers"].pop(qid, None)  # the second answers none of its questions: one of two did
    files = []
    for name, d in (("a.json", doc), ("b.json", two)):
        (tmp_path / name).write_text(json.dumps(d), encoding="utf-8")
        files.append(str(tmp_path / name))
    org = json.loads(CliRunner().invoke(app, ["score", *files, "--by-organisation", "-f", "json"]).stdout)[0]
    assert org["hinge_requirement"] is None
    for jobs in ("1", "2"):
        db = tmp_path / f"r{jobs}.sqlite"
        assert CliRunner().invoke(app, ["score", *files, "-o", str(db), "--jobs", jobs]).exit_code == 0
        with sqlite3.connect(db) as con:
            row = con.execute("SELECT trajectory, hinge, hinge_requirement, position FROM organisations").fetchone()
        assert row == (org["trajectory"], int(org["hinge"]), None, org["position"]), (jobs, row, org)
