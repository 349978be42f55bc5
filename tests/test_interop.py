"""Collecting answers where they are: LimeSurvey and KoboToolbox/ODK round trips, the spreadsheet
template, and imports that report every bad row and go on.

Response files are written here the way those tools write them (INTEROP.md 1b and 2): LimeSurvey
CSV with each heading spelling and separator, with and without a BOM, codes or full answer texts,
its JSON in both shapes; KoboToolbox CSV with `/` or `-` group prefixes, multiple choices as one
column or split 1/0 columns, and XLSX. Importing them and scoring must equal scoring the answers
directly.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assess.answers import check_answers, question_values
from assess.cli import app
from assess.interop.codes import QUESTION_CODE, codes_json, limesurvey_codes
from assess.scoring import score
from assess.terminal import typography
from assess.vocab import DONT_KNOW

from .conftest import EXAMPLES

runner = CliRunner()
SECTORS = {"housing": "logemer", "municipality": "bellerive", "social-economy": "le-relais"}


def run(*args: Any):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def originals(sector: str) -> list[dict[str, Any]]:
    folder = EXAMPLES / sector
    prefix = SECTORS[sector]
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob(f"{prefix}*.json"))]


def imported(tmp_path: Path, *files: Path, qid: str, extra: tuple[str, ...] = ()) -> tuple[list[dict], Any]:
    out = tmp_path / "imported.jsonl"
    out.unlink(missing_ok=True)  # this import's answers alone (an import keeps those already in the file)
    r = run("import", *files, "-Q", qid, "--organisation-id", "org", "-o", out, *extra)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return rows, r


def card(catalog, obj: dict[str, Any]):
    plan = catalog.plan_for(obj["questionnaire"]["id"], obj["questionnaire"]["version"])
    sheet = check_answers(plan, obj).sheet
    return score(plan, sheet.answers, question_values(plan.questions, sheet.answers, sheet.role), sheet.role)


def same_answers(a: dict[str, Any], b: dict[str, Any]) -> bool:
    def norm(d: dict[str, Any]) -> dict[str, Any]:
        return {k: sorted(v) if isinstance(v, list) else v for k, v in d.items() if v is not None and v != ""}

    return norm(a["answers"]) == norm(b["answers"]) and a["respondent"].get("role") == b["respondent"].get("role")


def assert_round_trip(catalog, originals_: list[dict], rows: list[dict]) -> None:
    assert len(rows) == len(originals_)
    for o, r in zip(originals_, rows, strict=True):
        assert same_answers(o, r), (o["respondent"], r["respondent"])
        assert card(catalog, o) == card(catalog, r)


# --- LimeSurvey ---------------------------------------------------------------------------------


def ls_records(q, docs: list[dict], *, texts: bool = False) -> tuple[list[str], list[list[str]]]:
    """Headings (LimeSurvey's `code` spelling) and rows as LimeSurvey exports a survey made by
    `assess export limesurvey`: answer codes, or the answers' full French texts (`texts`)."""
    codes = codes_json(q)["questions"]
    by_id = {qq.id: qq for qq in q.questions}
    heads = ["id", "submitdate", "lastpage", "startlanguage", "seed", "ROLE", "QVER"]
    for qq in q.questions:
        c = codes[qq.id]
        if "subquestions" in c:
            heads += [f"{c['code']}[{sq}]" for sq in c["subquestions"].values()]
        else:
            heads.append(c["code"])
    rows = []
    for n, d in enumerate(docs, start=1):
        role = d.get("respondent", {}).get("role")
        role_cell = codes["ROLE"]["options"][role] if role else ""
        if texts and role:
            role_cell = {"direction": "Direction", "management": "Encadrement", "field": "Terrain"}.get(role, role_cell)
        row = [str(n), "2026-03-14 10:02:11", "6", "fr", "12345", role_cell, f"{q.id} {q.version}"]
        for qq in q.questions:
            c = codes[qq.id]
            a = d["answers"].get(qq.id)
            if "subquestions" in c:
                ticked = [DONT_KNOW] if a == DONT_KNOW else (a or [])
                row += ["Y" if opt in ticked else "" for opt in c["subquestions"]]
            elif a is None:
                row.append("")
            elif qq.type == "text":
                row.append(str(a))
            elif texts and a != DONT_KNOW and qq.type == "single":
                row.append(by_id[qq.id].option(a).label["fr"])
            else:
                row.append(c["options"][str(a)])
        rows.append(row)
    return heads, rows


def write_csv(path: Path, heads: list[str], rows: list[list[str]], sep: str = ";", bom: bool = True) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(heads)
    w.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8") + b"\r\n")
    return path


def respell(heads: list[str], style: str) -> list[str]:
    if style == "code":
        return heads
    if style == "em":  # ExpressionScript codes: TITLE_SQ001
        return [h.replace("[", "_").replace("]", "") for h in heads]
    return [h.replace("[", ".").replace("]", ".") for h in heads]  # R's read.csv: TITLE.SQ001.


@pytest.mark.parametrize("sector", sorted(SECTORS))
def test_limesurvey_export_is_well_formed(sector: str, catalog) -> None:
    from .lstsv import parse_lstsv

    q = catalog.questionnaire(sector)
    r = run("export", "limesurvey", sector)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("\ufeff")
    survey = parse_lstsv(r.stdout)
    assert survey.settings["anonymized"] == "Y"
    assert survey.settings["ipaddr"] == "N" and survey.settings["refurl"] == "N"
    assert survey.settings["datestamp"] == "N"
    assert survey.settings["language"] == "fr" and survey.settings["additional_languages"] == "en"
    fr, en = survey.languages["fr"], survey.languages["en"]
    assert len(fr.groups) == len(en.groups) == 1 + sum(1 for g in ("strategy", "reorganisation", "data_access",
                                                                       "practices", "depth", None)
                                                        if any(x.level == g for x in q.questions))  # fmt: skip
    questions = [qq for g in fr.groups for qq in g.questions]
    codes = [x.code for x in questions]
    assert codes[:2] == ["ROLE", "QVER"]
    assert len(codes) == len(q.questions) + 2 and len(set(codes)) == len(codes)
    assert all(QUESTION_CODE.match(c) for c in codes)
    qver = questions[1]
    assert qver.attributes.get("hidden") == "1" and qver.attributes.get("default") == f"{q.id} {q.version}"
    role = questions[0]
    assert [a.code for a in role.answers] == ["DIR", "ENC", "TER", "SUP"]
    mapping = codes_json(q)["questions"]
    for qq, ls in zip(q.questions, questions[2:], strict=True):
        c = mapping[qq.id]
        assert ls.code == c["code"]
        if qq.type == "single":
            assert [a.code for a in ls.answers] == list(c["options"].values())
            if qq.scored:
                values = [int(a.assessment_value) for a in ls.answers]
                assert all(0 <= v <= 4 for v in values)
                assert values[: len(qq.options)] == [round(o.value) for o in qq.options]
            if qq.dont_know:
                assert ls.answers[-1].code == "NSP"
        if qq.type == "multi":
            assert [s.code for s in ls.subquestions] == list(c["subquestions"].values())
        assert all(len(a.code) <= 5 for a in ls.answers)
        assert ls.text and ls.text == typography(" ".join(qq.text["fr"].split()))  # French spacing kept together
    en_questions = [qq for g in en.groups for qq in g.questions]
    assert en_questions[2].text == " ".join(q.questions[0].text["en"].split())


def test_limesurvey_codes_are_deterministic_and_unique(catalog) -> None:
    for qid in SECTORS:
        q = catalog.questionnaire(qid)
        a, b = limesurvey_codes(q), limesurvey_codes(q)
        assert a == b
        assert len({c.code.lower() for c in a}) == len(a)
        r = run("export", "limesurvey", qid, "--codes")
        mapping = json.loads(r.stdout)
        roles = {"direction": "DIR", "management": "ENC", "field": "TER", "support": "SUP"}
        assert mapping["questions"]["ROLE"] == {"code": "ROLE", "options": roles}
        for qq in q.questions:
            assert set(mapping["questions"][qq.id]) == {"code", "subquestions" if qq.type == "multi" else "options"}


@pytest.mark.parametrize(
    ("style", "sep", "bom", "texts"),
    [("code", ";", True, False), ("em", ",", False, False), ("r", "\t", True, False), ("code", ";", True, True)],
)
def test_limesurvey_csv_round_trip(tmp_path: Path, catalog, style: str, sep: str, bom: bool, texts: bool) -> None:
    for qid in SECTORS:
        q = catalog.questionnaire(qid)
        docs = originals(qid)
        heads, rows = ls_records(q, docs, texts=texts)
        unfinished = list(rows[0])
        unfinished[0], unfinished[1] = "999", ""  # no submitdate: an unfinished response
        f = write_csv(tmp_path / f"results-{qid}.csv", respell(heads, style), [*rows, unfinished], sep, bom)
        got, r = imported(tmp_path, f, qid=qid)
        assert r.exit_code == 0, r.output
        assert "1 unfinished response skipped" in r.output
        assert_round_trip(catalog, docs, got)
        assert got[0]["respondent"]["id"] == f"results-{qid}.csv#1"


def test_limesurvey_json_both_shapes(tmp_path: Path, catalog) -> None:
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = ls_records(q, docs)
    flat = [dict(zip(heads, row, strict=True)) for row in rows]
    for name, doc in (("flat", {"responses": flat}), ("wrapped", {"responses": [{r["id"]: r} for r in flat]})):
        f = tmp_path / f"{name}.json"
        f.write_text(json.dumps(doc), encoding="utf-8")
        got, r = imported(tmp_path, f, qid="housing")
        assert r.exit_code == 0, r.output
        assert_round_trip(catalog, docs, got)


def test_a_key_given_twice_in_a_limesurvey_json_is_said_not_last_wins(tmp_path: Path, catalog) -> None:
    """Python's JSON reader keeps the last of two values of one key: a response giving an answer
    twice was imported with the second, without a word (answers files refuse it)."""
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = ls_records(q, docs)
    flat = [dict(zip(heads, row, strict=True)) for row in rows]
    code = next(h for h in heads if h not in ("id", "submitdate", "ROLE", "QVER"))
    for name, wrap in (("flat", lambda r: r), ("wrapped", lambda r: {r["id"]: r})):
        text = json.dumps({"responses": [wrap(r) for r in flat]})
        twice = text.replace(f'"{code}": ', f'"{code}": "A1", "{code}": ', 1)  # in the first response
        f = tmp_path / f"{name}.json"
        f.write_text(twice, encoding="utf-8")
        got, r = imported(tmp_path, f, qid="housing")
        assert r.exit_code == 1
        assert f"{f}:1: {code}: key given twice in one object" in r.output, r.output
        assert len(got) == len(docs) - 1  # the others are read
    f.write_text(json.dumps({"responses": []})[:-1] + ', "responses": []}', encoding="utf-8")
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and f"{f}: responses: key given twice" in r.output, r.output


def test_import_is_idempotent(tmp_path: Path, catalog) -> None:
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    f = write_csv(tmp_path / "results.csv", heads, rows)
    out = tmp_path / "answers"
    for _ in range(2):
        r = run("import", f, "-Q", "housing", "--organisation-id", "logemer", "-o", out)
        assert r.exit_code == 0, r.output
    assert len(list(out.glob("*.json"))) == len(rows)
    r = run("score", out, "--format", "jsonl")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == len(rows)


def test_wrong_version_and_bad_rows_are_reported_and_the_import_goes_on(tmp_path: Path, catalog) -> None:
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = ls_records(q, docs)
    rows[1][heads.index("QVER")] = "housing 9.0.0"
    rows[2][heads.index("QVER")] = "municipality 1.0.0"
    rows[3][heads.index(codes_json(q)["questions"]["str_goal"]["code"])] = "A99"
    rows[4][heads.index("ROLE")] = "boss"
    f = write_csv(tmp_path / "results.csv", heads, rows)
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1
    assert len(got) == len(docs) - 4
    out = r.output
    assert f"{f}:3: version:" in out and "9.0.0" in out  # line 3: the header is line 1
    assert f"{f}:4: QVER: collected with 'municipality 1.0.0', not questionnaire housing" in out
    assert f"{f}:5: str_goal: unknown answer 'A99'" in out
    assert f"{f}:6: role: unknown role 'boss'" in out
    assert "4 bad rows" in out


def test_unreadable_and_foreign_files_name_the_file(tmp_path: Path) -> None:
    foreign = tmp_path / "other.csv"
    foreign.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    got, r = imported(tmp_path, foreign, broken, tmp_path / "missing.csv", qid="housing")
    assert r.exit_code == 1 and got == []
    assert f"{foreign}: no column matches a question of housing" in r.output
    assert f"{broken}: not a readable XLSX workbook" in r.output
    assert "missing.csv: no such file" in r.output
    assert "Traceback" not in r.output


# --- KoboToolbox / ODK -------------------------------------------------------------------------


def kobo_records(q, docs: list[dict], *, sep: str = "/", split: bool = False) -> tuple[list[str], list[list[str]]]:
    """A KoboToolbox export of `assess export xlsform` (XML names): group prefixes, metadata
    columns, select_multiple as one space-separated column or split 1/0 columns."""
    group = {qq.id: (qq.level or "context") for qq in q.questions}
    heads = ["start", "end", f"profile{sep}role", f"profile{sep}questionnaire_version"]
    for qq in q.questions:
        if qq.type == "multi" and split:
            heads += [f"{group[qq.id]}{sep}{qq.id}/{o.id}" for o in qq.options]
            if qq.dont_know:
                heads.append(f"{group[qq.id]}{sep}{qq.id}/{DONT_KNOW}")
        else:
            heads.append(f"{group[qq.id]}{sep}{qq.id}")
    heads += ["_id", "_uuid", "_submission_time", "_validation_status", "_index"]
    rows = []
    for n, d in enumerate(docs, start=1):
        row = ["2026-03-14T10:00:00", "2026-03-14T10:20:00", d.get("respondent", {}).get("role") or "", q.version]
        for qq in q.questions:
            a = d["answers"].get(qq.id)
            if qq.type == "multi":
                ticked = [DONT_KNOW] if a == DONT_KNOW else (a or [])
                if split:
                    opts = [o.id for o in qq.options] + ([DONT_KNOW] if qq.dont_know else [])
                    row += [("1" if o in ticked else "0") if a is not None else "" for o in opts]
                else:
                    row.append(" ".join(ticked))
            else:
                row.append("" if a is None else str(a))
        row += [str(100 + n), f"uuid-{n}", "2026-03-14T10:20:05", "", str(n)]
        rows.append(row)
    return heads, rows


@pytest.mark.parametrize(("sep", "split"), [("/", False), ("-", True), ("/", True)])
def test_kobo_csv_round_trip(tmp_path: Path, catalog, sep: str, split: bool) -> None:
    for qid in SECTORS:
        q = catalog.questionnaire(qid)
        docs = originals(qid)
        heads, rows = kobo_records(q, docs, sep=sep, split=split)
        f = write_csv(tmp_path / f"kobo-{qid}.csv", heads, rows, sep=";", bom=False)
        got, r = imported(tmp_path, f, qid=qid)
        assert r.exit_code == 0, r.output
        assert_round_trip(catalog, docs, got)
        assert got[0]["respondent"]["id"] == f"kobo-{qid}.csv#uuid-1"
        assert got[0]["date"] == "2026-03-14"


def test_kobo_xlsx_round_trip(tmp_path: Path, catalog) -> None:
    from openpyxl import Workbook

    q = catalog.questionnaire("municipality")
    docs = originals("municipality")
    heads, rows = kobo_records(q, docs)
    wb = Workbook()
    ws = wb.active
    ws.append(heads)
    for row in rows:  # numbers as numbers, as Kobo writes them
        ws.append([int(c) if c.isdigit() else c for c in row])
    f = tmp_path / "kobo.xlsx"
    wb.save(f)
    got, r = imported(tmp_path, f, qid="municipality")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)


# --- the template ------------------------------------------------------------------------------


def test_template_csv_typed_in_and_imported(tmp_path: Path, catalog) -> None:
    q = catalog.questionnaire("social-economy")
    docs = originals("social-economy")
    f = tmp_path / "template.csv"
    r = run("template", "social-economy", "--format", "csv", "-o", f)
    assert r.exit_code == 0, r.output
    text = f.read_text(encoding="utf-8-sig")
    heads = next(csv.reader(io.StringIO(text), delimiter=";"))
    assert heads[:4] == ["organisation_id", "organisation_name", "respondent_id", "role"]
    assert set(heads) >= {qq.id for qq in q.questions}
    rows = []
    for n, d in enumerate(docs, start=1):
        cells = {"organisation_id": "asso", "organisation_name": "L'asso", "respondent_id": f"paper-{n}",
                 "role": d.get("respondent", {}).get("role") or ""}  # fmt: skip
        for qid, a in d["answers"].items():
            cells[qid] = " ".join(a) if isinstance(a, list) else str(a)
        rows.append([cells.get(h, "") for h in heads])
    typed = write_csv(tmp_path / "typed.csv", heads, rows)
    out = tmp_path / "typed.jsonl"
    r = run("import", typed, "-Q", "social-economy", "-o", out)
    assert r.exit_code == 0, r.output
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert_round_trip(catalog, docs, got)
    assert got[0]["organisation"] == {"id": "asso", "name": "L'asso"} and got[0]["respondent"]["id"] == "paper-1"


def test_template_xlsx_opens_with_codes(tmp_path: Path, catalog) -> None:
    from openpyxl import load_workbook

    f = tmp_path / "t.xlsx"
    r = run("template", "housing", "-o", f, "--lang", "fr")
    assert r.exit_code == 0, r.output
    wb = load_workbook(f)
    ws = wb["réponses"]
    assert ws.freeze_panes == "A2"
    heads = [c.value for c in ws[1]]
    q = catalog.questionnaire("housing")
    assert heads[-len(q.questions) :] == [qq.id for qq in q.questions]
    comment = ws.cell(row=1, column=heads.index("str_goal") + 1).comment.text
    assert comment.startswith(typography(q.question("str_goal").text["fr"]))
    assert ws.data_validations.dataValidation  # drop-down lists
    codes = [tuple(r) for r in wb["codes"].iter_rows(min_row=2, values_only=True)]
    assert ("str_goal", typography(q.question("str_goal").text["fr"]), q.question("str_goal").options[0].id,
            typography(q.question("str_goal").options[0].label["fr"])) in codes  # fmt: skip
    # French spacing, as the paper questionnaire prints it ("ont-ils été évalués ?" had a plain space)
    texts = [str(v) for row in codes for v in row if v] + [c.comment.text for c in ws[1] if c.comment]
    assert not [x for x in texts if " ?" in x or " :" in x or "« " in x], texts


def test_encodings_and_masked_formulas(tmp_path: Path, catalog) -> None:
    """Excel's Windows-1252 CSV and UTF-16 text, and LimeSurvey's quote before a formula-like text."""
    q = catalog.questionnaire("housing")
    docs = originals("housing")[:2]
    heads, rows = ls_records(q, docs)
    text_q = next(qq for qq in q.questions if qq.type == "text")
    col = heads.index(codes_json(q)["questions"][text_q.id]["code"])
    rows[0][col] = "'=1+1 é"
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([heads, *rows])
    for name, data in (("cp1252.csv", buf.getvalue().encode("cp1252")), ("utf16.csv", buf.getvalue().encode("utf-16"))):
        f = tmp_path / name
        f.write_bytes(data)
        got, r = imported(tmp_path, f, qid="housing")
        assert r.exit_code == 0, r.output
        assert got[0]["answers"][text_q.id] == "=1+1 é"


@pytest.mark.parametrize("quoting", [csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
def test_a_broken_row_never_takes_the_rows_after_it(tmp_path: Path, catalog, quoting: int) -> None:
    """A quote never closed, a cell of 200,000 characters, numbers that are not a point of the
    scale ("inf", "1e999", "3,5"): each is one row's problem, named with its line, and every other
    row is read ("4.0" from a spreadsheet is the point 4)."""
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = kobo_records(q, docs)
    scale = next(i for i, h in enumerate(heads) if h.endswith("/pra_days_on_site"))
    text = next(i for i, h in enumerate(heads) if h.endswith("/ctx_remarks"))
    rows[0][scale], rows[1][scale], rows[2][scale], rows[3][scale] = "inf", "1e999", "3,5", "4.0"
    rows[4][text] = "x" * 200_000
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", quoting=quoting, lineterminator="\r\n").writerows([heads, *rows])
    lines = buf.getvalue().split("\r\n")
    lines[7] = lines[7][:-1] + "no end" if quoting == csv.QUOTE_ALL else lines[7] + ';"no end'  # the 7th row
    f = tmp_path / "broken.csv"
    f.write_text("\r\n".join(lines), encoding="utf-8")
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1
    bad = {int(m) for m in __import__("re").findall(r"broken\.csv:(\d+):", r.output)}
    assert bad == {2, 3, 4, 6, 8}, r.output  # rows 1, 2, 3, 5 and 7 (the heading is line 1)
    assert "never closed" in r.output and "the lines after it are read again" in r.output
    assert len(got) == len(docs) - 5
    assert [g["answers"].get("pra_days_on_site") for g in got][:1] == [4]


def test_two_columns_for_one_answer_and_an_import_that_reads_nothing(tmp_path: Path, catalog) -> None:
    """A column copied at the end (the last would win) stops the file with both columns named; an
    import that reads nobody leaves the file it was to replace as it was."""
    q = catalog.questionnaire("housing")
    heads, rows = kobo_records(q, originals("housing"))
    i = next(i for i, h in enumerate(heads) if h.endswith("/str_goal"))
    f = write_csv(tmp_path / "twice.csv", [*heads, heads[i]], [[*row, "closer"] for row in rows])
    out = tmp_path / "kept.jsonl"
    out.write_text('{"earlier": "import"}\n', encoding="utf-8")
    r = run("import", f, "-Q", "housing", "--organisation-id", "org", "-o", out)
    assert r.exit_code == 1
    assert f"columns {i + 1} and {len(heads) + 1}" in r.output and "nothing written" in r.output
    assert out.read_text(encoding="utf-8") == '{"earlier": "import"}\n'


def test_a_workbook_is_bounded_by_what_it_holds_not_its_size(tmp_path: Path, monkeypatch) -> None:
    """An XLSX is compressed: a small file can hold gigabytes of text. Reading stops, with the
    file and the row named, once the sheet's text passes the size a CSV file may have."""
    from openpyxl import Workbook

    from assess.errors import AssessError
    from assess.interop import tables

    wb = Workbook()
    ws = wb.active
    ws.append(["organisation_id", "str_goal", "ctx_remarks"])
    for _ in range(200):
        ws.append(["o", "cut_costs", "x" * 4000])
    f = tmp_path / "big.xlsx"
    wb.save(f)
    assert f.stat().st_size < 100_000 < 200 * 4000
    import zipfile

    with zipfile.ZipFile(f) as z:
        largest = max(i.file_size for i in z.infolist())
    limit = largest // 2 + 1  # every part within the bound on parts: the text is what stops it
    assert limit < 200 * 4000
    monkeypatch.setattr(tables, "MAX_BYTES", limit)
    with pytest.raises(AssessError) as e:
        tables.read_table(f)
    row = (limit - 34) // 4010 + 2  # 34 characters of headings, then rows of 4,010 until past the limit
    assert str(e.value.problems[0]) == f"{f}:{row}: the sheet holds more than 0 MB of text"
    monkeypatch.setattr(tables, "MAX_BYTES", 1_000_000)
    assert len(tables.read_table(f).rows) == 200


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_and_choices_separated_by_commas(tmp_path: Path, catalog, encoding: str) -> None:
    """A CSV saved as UTF-16 without a byte-order mark is read as such (its headings were
    garbage), and a multiple choice typed "a, b" or "a;b" is the options a and b."""
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = kobo_records(q, docs)
    multi = next(i for i, h in enumerate(heads) if h.endswith("/ctx_tools"))
    several = [row for row in rows if len(row[multi].split()) >= 2]
    assert len(several) >= 2, "rows that tick two options or more"
    several[0][multi] = ", ".join(several[0][multi].split())
    several[1][multi] = ";".join(several[1][multi].split())
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([heads, *rows])
    f = tmp_path / "u16.csv"
    f.write_bytes(buf.getvalue().encode(encoding))
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)


def test_rows_shorter_or_longer_than_the_headings_are_noted(tmp_path: Path, catalog) -> None:
    """A row cut short (its last answers read as empty) or one with empty cells past the headings
    is imported, and a note names their lines, so that a broken file does not pass unseen. A row
    whose cells past the headings hold something ("Bien; merci" typed in an unquoted cell) was
    imported too, what they held lost with the same note and exit code 0: it is refused, naming
    what they hold."""
    q = catalog.questionnaire("housing")
    heads, rows = kobo_records(q, originals("housing"))
    rows[0] = rows[0][:12]
    rows[2] = [*rows[2], "", " "]
    rows[3] = [*rows[3], " merci pour tout", ""]
    f = write_csv(tmp_path / "ragged.csv", heads, rows)
    got, r = imported(tmp_path, f, qid="housing")
    assert len(got) == len(rows) - 1 and r.exit_code == 1
    assert "1 row with fewer cells than headings, the missing ones read as empty: 2" in r.output
    assert "1 row with more cells than headings, the extra ones not read: 4" in r.output
    assert f"{f}:5: cells past the last heading hold 'merci pour tout': a separator typed in a cell" in r.output


def test_a_workbook_part_too_large_unpacked_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    """openpyxl reads the shared strings whole: a workbook whose part unpacks past twice the size a
    CSV may have is refused before any of it is read, with the file named."""
    from openpyxl import Workbook

    from assess.errors import AssessError
    from assess.interop import tables

    wb = Workbook()
    ws = wb.active
    ws.append(["organisation_id", "ctx_remarks"])
    for i in range(2000):
        ws.append(["o", f"remarque {i} " + "y" * 40])  # each a shared string of its own
    f = tmp_path / "strings.xlsx"
    wb.save(f)
    monkeypatch.setattr(tables, "MAX_BYTES", 40_000)
    with pytest.raises(AssessError) as e:
        tables.read_table(f)
    assert str(e.value.problems[0]) == f"{f}: a part of the workbook is larger than 0 MB unpacked"


def _rewritten(src: Path, dst: Path, part: str, edit) -> Path:
    """A copy of a workbook with one part's XML changed by `edit`."""
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, edit(data) if item.filename == part else data)
    return dst


def test_workbook_bombs_and_damaged_workbooks_name_the_file(tmp_path: Path) -> None:
    """Millions of empty cells packed into a few kilobytes (openpyxl holds a row whole: 7 GB for
    one such file) are refused before reading; a cell pointing at a shared string that is not there
    is a clear error, not openpyxl's traceback."""
    from openpyxl import Workbook

    from assess.errors import AssessError
    from assess.interop.tables import read_table

    wb = Workbook()
    ws = wb.active
    ws.append(["organisation_id", "str_goal"])
    ws.append(["o", "cut_costs"])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    sheet = "xl/worksheets/sheet1.xml"
    bomb = _rewritten(
        good, tmp_path / "bomb.xlsx", sheet, lambda x: x.replace(b"</row>", b"<c/>" * 2_000_000 + b"</row>", 1)
    )
    assert bomb.stat().st_size < 100_000
    with pytest.raises(AssessError) as e:
        read_table(bomb)
    assert (
        str(e.value.problems[0])
        == f"{bomb}: a part of the workbook is packed more than 100 times: not a response export"
    )
    damaged = _rewritten(
        good, tmp_path / "damaged.xlsx", sheet, lambda x: x.replace(b"</row>", b'<c r="D1" t="s"><v>7</v></c></row>', 1)
    )
    with pytest.raises(AssessError) as e:
        read_table(damaged)
    assert str(e.value.problems[0]).startswith(f"{damaged}: not a readable XLSX workbook: IndexError")
    assert len(read_table(good).rows) == 1


def test_a_role_given_twice_stops_the_file(tmp_path: Path) -> None:
    """Two role columns (one said field, the other direction: the last won): both columns named."""
    roles = tmp_path / "roles.csv"
    roles.write_bytes(b"respondent_id;role;role;str_goal\r\nr1;field;direction;cut_costs\r\n")
    _, r = imported(tmp_path, roles, qid="housing")
    assert r.exit_code == 1 and "columns 2 and 3 ('role' and 'role') hold the same answer" in r.output


def test_a_role_id_with_capitals_is_read_as_a_role_name_with_capitals_is(tmp_path: Path) -> None:
    """« Terrain » and « DIRECTION » were read, while « Field », « FIELD » and « Support » lost
    their whole row (unknown role), though the paper sheet prints the ids as the codes to type."""
    roles = tmp_path / "roles.csv"
    roles.write_bytes(
        b"respondent_id;role;str_goal\r\nr1;Field;cut_costs\r\nr2;FIELD;cut_costs\r\nr3; Support ;cut_costs\r\n"
        b"r4;Terrain;cut_costs\r\nr5;Fieldwork;cut_costs\r\n"
    )
    docs, r = imported(tmp_path, roles, qid="housing")
    assert {d["respondent"]["id"]: d["respondent"]["role"] for d in docs} == {
        "r1": "field", "r2": "field", "r3": "support", "r4": "field",
    }  # fmt: skip
    assert r.exit_code == 1 and "roles.csv:6: role: unknown role 'Fieldwork'" in " ".join(r.output.split())


def test_a_choice_in_one_column_and_in_boxes_is_read_where_they_agree(tmp_path: Path) -> None:
    """KoboToolbox's default export (and ODK Central's split that keeps the original) gives a multiple
    choice in one column and again in one box a choice: the whole file was refused. The column is read;
    a row whose boxes say otherwise is refused, naming the column, and the others are read."""
    split = tmp_path / "split.csv"
    split.write_bytes(
        b"respondent_id;pra_mobile;pra_mobile/update_data;pra_mobile/read_tenant_file\r\n"
        b"r1;update_data;1;0\r\nr2;update_data read_tenant_file;1;0\r\nr3;;0;0\r\n"
        b"r4;update_data read_tenant_file;1;1\r\n"
    )
    docs, r = imported(tmp_path, split, qid="housing")
    assert r.exit_code == 1, r.output
    assert {d["respondent"]["id"]: d["answers"].get("pra_mobile") for d in docs} == {
        "r1": ["update_data"], "r4": ["update_data", "read_tenant_file"],
    }  # fmt: skip
    said = " ".join(r.output.split())
    assert "split.csv:4: no answer to any question: the row is not read" in said  # r3 ticked nothing
    assert (
        "split.csv:3: pra_mobile: column 2 ('pra_mobile') gives read_tenant_file, update_data but its boxes update_data"
        in said
    )


def test_a_file_that_cannot_be_read_is_not_counted_as_a_bad_row(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _, r = imported(tmp_path, empty, qid="housing")
    assert r.exit_code == 1 and f"{empty}: 0 respondents read (the file could not be read)" in r.output
    assert "bad row" not in r.output


def test_import_reads_french_dates_and_refuses_days_not_in_the_calendar(tmp_path: Path) -> None:
    """A French Excel writes a date as 01/03/2026 in a CSV, whatever was typed: it was dropped without
    a word. 30 February was kept and printed on a report's cover."""
    src = tmp_path / "dates.csv"
    src.write_text(
        "organisation_id;respondent_id;role;date;str_goal\n"
        "org;r1;field;01/03/2026;cut_costs\n"
        "org;r2;field;2026-02-30;cut_costs\n"
        "org;r3;field;;cut_costs\n"
        "org;r4;field;2026-03-05T10:22:00;cut_costs\n"
        "org;r5;field;demain;cut_costs\n"
        "org;r6;field;29/02/2025;cut_costs\n",
        encoding="utf-8",
    )
    r = run("import", src, "-Q", "housing", "-o", tmp_path / "out.jsonl")
    assert r.exit_code == 1
    got = {d["respondent"]["id"]: d.get("date") for d in map(json.loads, (tmp_path / "out.jsonl").open())}
    assert got == {"r1": "2026-03-01", "r3": None, "r4": "2026-03-05"}
    for line, value in ((3, "2026-02-30"), (6, "demain"), (7, "29/02/2025")):
        assert f"dates.csv:{line}: date: date {value!r} is not a day of the calendar" in r.stderr, r.stderr


def test_import_into_a_folder_never_gives_two_respondents_one_file(tmp_path: Path) -> None:
    """`a-b` with `c` and `a` with `b-c` made one file name, as `P0` and `p0` do on a file system that
    ignores case: one respondent was lost with exit code 0. Another round's import into the same
    folder replaced the first round's files. Each respondent keeps a file; importing again replaces
    only its own."""
    src = tmp_path / "coll.csv"
    src.write_text(
        "organisation_id;respondent_id;role;str_goal\n"
        "a-b;c;field;cut_costs\na;b-c;direction;be_ahead\norgA;P0;field;cut_costs\norgA;p0;field;be_ahead\n"
        "a;b-c;field;cut_costs\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    r = run("import", src, "-Q", "housing", "-o", out)
    assert r.exit_code == 1, r.output
    assert f"coll.csv:6: respondent 'b-c' was already read at {src}:3: kept once" in " ".join(r.stderr.split())
    # the row read twice is counted with the bad rows: the count said "4 respondents read" alone
    assert f"{src}: 4 respondents read, 1 bad row\n" in r.stderr, r.stderr

    def who() -> list[tuple[str, str, str | None]]:
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in out.iterdir()]
        return sorted(((d["organisation"]["id"], d["respondent"]["id"], d.get("round")) for d in docs), key=str)

    ids = sorted([("a", "b-c", None), ("a-b", "c", None), ("orgA", "P0", None), ("orgA", "p0", None)], key=str)
    assert who() == ids and len({p.name.casefold() for p in out.iterdir()}) == 4
    r = run("import", src, "-Q", "housing", "-o", out)  # again: the same files, replaced
    assert who() == ids
    r = run("import", src, "-Q", "housing", "-o", out, "--round", "2026")
    assert who() == sorted([*ids, *((o, p, "2026") for o, p, _ in ids)], key=str)
    r = run("score", out, "-f", "json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 8


def test_a_formula_without_its_saved_value_refuses_its_row(tmp_path: Path) -> None:
    """A workbook written by a script keeps formulas without their values: such a cell read as empty,
    and the answer was lost with exit code 0. A formula whose value is saved (as a spreadsheet saves
    it) is read."""
    import zipfile

    import openpyxl

    run("template", "housing", "-f", "xlsx", "-o", tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    ws = wb.worksheets[0]
    heads = [c.value for c in ws[1]]
    for row, rid in ((2, "f1"), (3, "f2"), (4, "f3")):
        for key, value in {
            "organisation_id": "o",
            "respondent_id": rid,
            "role": "field",
            "reo_timing": "before",
        }.items():
            ws.cell(row=row, column=heads.index(key) + 1, value=value)
    col = heads.index("str_goal") + 1
    ws.cell(row=2, column=col, value='="cut_costs"')  # no value saved
    ws.cell(row=3, column=col, value='="cut_costs"')  # its value saved below, as a spreadsheet does
    ws.cell(row=4, column=col, value="cut_costs")
    wb.save(tmp_path / "written.xlsx")
    letter = openpyxl.utils.get_column_letter(col)
    with zipfile.ZipFile(tmp_path / "written.xlsx") as z, zipfile.ZipFile(tmp_path / "f.xlsx", "w") as out:
        for item in z.infolist():
            data = z.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                old = f'<c r="{letter}3"><f>"cut_costs"</f><v /></c>'.encode()
                assert old in data
                data = data.replace(old, f'<c r="{letter}3" t="str"><f>"cut_costs"</f><v>cut_costs</v></c>'.encode())
            out.writestr(item, data)
    docs, r = imported(tmp_path, tmp_path / "f.xlsx", qid="housing")
    assert r.exit_code == 1
    assert {d["respondent"]["id"]: d["answers"].get("str_goal") for d in docs} == {"f2": "cut_costs", "f3": "cut_costs"}
    said = " ".join(r.output.split())
    assert f"f.xlsx:2: column {col} ('str_goal') holds a formula whose value is not saved" in said, said


def test_dont_know_ticked_with_others_and_an_unknown_role_say_what_to_do(tmp_path: Path) -> None:
    """ "Don't know" ticked with another box was "unknown answer 'dont_know'"; a role code not known
    listed only the ids, not the codes LimeSurvey's exports hold."""
    src = tmp_path / "ticks.csv"
    src.write_bytes(
        b"respondent_id;role;pra_mobile/dont_know;pra_mobile/update_data\r\nr1;field;1;1\r\nr2;CHEF;0;1\r\n"
        b"r3;TER;0;1\r\n"
    )
    docs, r = imported(tmp_path, src, qid="housing")
    said = " ".join(r.output.split())
    assert r.exit_code == 1 and [d["respondent"]["id"] for d in docs] == ["r3"]
    assert 'ticks.csv:2: pra_mobile: "don\'t know" ticked with other answers: keep one or the other' in said, said
    one = tmp_path / "one.csv"  # the template: the choices in one cell
    one.write_bytes(b"respondent_id;role;pra_mobile\r\nr1;field;dont_know read_tenant_file\r\n")
    _, r1 = imported(tmp_path, one, qid="housing")
    assert 'one.csv:2: pra_mobile: "don\'t know" ticked with other answers' in " ".join(r1.output.split())
    assert "ticks.csv:3: role: unknown role 'CHEF' (expected one of: direction, management, field, support, DIR" in said


def test_a_round_column_gives_each_row_its_round(tmp_path: Path) -> None:
    """A sheet holding two rounds of one respondent: its round column was "not used", and the second
    round was refused as the same respondent read twice. Each row keeps its round; `--round` is the
    round of the rows without one; a label too long is that row's error."""
    src = tmp_path / "rounds.csv"
    src.write_text(
        "organisation_id;respondent_id;role;round;str_goal\n"
        "o;r1;field;2024;cut_costs\no;r1;field;2026;be_ahead\no;r2;field;;cut_costs\n"
        f"o;r3;field;{'x' * 41};cut_costs\n",
        encoding="utf-8",
    )
    r = run("import", src, "-Q", "housing", "--round", "T9", "-o", tmp_path / "out.jsonl")
    got = [(d["respondent"]["id"], d.get("round")) for d in map(json.loads, (tmp_path / "out.jsonl").open())]
    assert got == [("r1", "2024"), ("r1", "2026"), ("r2", "T9")], r.output
    assert r.exit_code == 1 and "rounds.csv:5: round: round must be a label of at most 40 characters" in r.stderr
    assert "columns not used" not in r.stderr


def _patched_zip(path: Path, entries: dict[str, bytes], *, flags: int = 0, method: int | None = None,
                 spoil: bool = False) -> Path:  # fmt: skip
    """A zip of `entries`, then its headers' flags or compression method changed, or its data spoilt."""
    import struct
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED if spoil else zipfile.ZIP_STORED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    raw = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = raw.find(sig)
        while i >= 0:
            if flags:
                raw[i + at : i + at + 2] = struct.pack("<H", flags)
            if method is not None:
                raw[i + at + 2 : i + at + 4] = struct.pack("<H", method)
            i = raw.find(sig, i + 4)
    if spoil:  # the first entry's deflated bytes replaced by a block type that does not exist
        start = raw.find(b"PK\x03\x04")
        name_len, extra_len = struct.unpack("<HH", raw[start + 26 : start + 30])
        data_at = start + 30 + name_len + extra_len
        raw[data_at : data_at + 4] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(raw))
    return path


def test_damaged_and_hostile_response_files_are_each_named_and_the_import_goes_on(tmp_path: Path) -> None:
    """Found by fuzzing: openpyxl and zipfile raise anything on a damaged workbook (ParseError,
    TypeError, zlib.error, RuntimeError for an encrypted part, NotImplementedError for an unknown
    compression), deep JSON raises RecursionError, and UTF-16 cut in the middle of a character a
    UnicodeDecodeError: each was a traceback that stopped the import of every other file."""
    import zipfile

    types = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    bad = [
        _patched_zip(tmp_path / "bad_xml.xlsx", {"[Content_Types].xml": b"<Types"}),
        _patched_zip(tmp_path / "no_type.xlsx", {"[Content_Types].xml": types + b'<Override PartName="/x"/></Types>'}),
        _patched_zip(tmp_path / "encrypted.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet/>"}, flags=1),
        _patched_zip(tmp_path / "method99.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet/>"}, method=99),
        _patched_zip(tmp_path / "zlib.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet>" * 50}, spoil=True),
        _patched_zip(tmp_path / "zip_named.csv", {"a.txt": b"hello"}),
    ]
    template = tmp_path / "template.xlsx"
    assert run("template", "housing", "--format", "xlsx", "-o", template).exit_code == 0
    cut = tmp_path / "sheet_cut.xlsx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(cut, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename.startswith("xl/worksheets/") else data)
    bad.append(cut)
    (tmp_path / "deep.json").write_bytes(b'{"responses": ' + b"[" * 100_000)
    (tmp_path / "utf16_odd.csv").write_bytes(b"\xff\xfea")
    bad += [tmp_path / "deep.json", tmp_path / "utf16_odd.csv"]
    good = tmp_path / "good.csv"
    header = "id;submitdate;lastpage;ROLE;QVER;strgoal\n"
    good.write_text(header + "1;2026-01-01 10:00:00;9;DIR;housing 2.0.0;A1\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("import", *bad, good, "-Q", "housing", "--organisation-id", "x", "-o", out)
    assert r.exit_code == 1 and "Traceback" not in r.output
    for f in bad:
        assert f"error: {f}:" in r.output, (f.name, r.output[-3000:])
    assert "not a readable XLSX workbook" in r.output and "not valid JSON" in r.output
    assert "not readable as UTF-16 text" in r.output
    assert out.exists() and len(out.read_text(encoding="utf-8").splitlines()) == 1  # the good file, imported


def test_nul_bytes_in_a_csv_refuse_their_row_and_never_pass_for_utf16(tmp_path: Path, catalog) -> None:
    """A NUL byte is never in a CSV a tool writes: a row holding one (a cell, or the zeros a crash
    leaves at the end of a file) is refused with its line, never read as an unfinished response; a
    heading line holding them stops the file with a message that says so; and a run of NULs in a
    UTF-8 file is not taken for UTF-16 (its headings read as Chinese characters)."""
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = ls_records(q, docs)
    good = write_csv(tmp_path / "good.csv", heads, rows).read_bytes()
    lines = good.split(b"\r\n")
    lines[2] = lines[2].replace(b'"A1"', b'"A1\x00"', 1)
    cell = tmp_path / "cell.csv"
    cell.write_bytes(b"\r\n".join(lines) + b"\x00" * 600)
    got, r = imported(tmp_path, cell, qid="housing")
    assert r.exit_code == 1, r.output
    assert len(got) == len(docs) - 1
    assert f"{cell}:3: holds NUL bytes (a damaged file, or not a CSV export): the row is not read" in r.output
    last = len(lines)
    assert f"{cell}:{last}: holds NUL bytes" in r.output and "unfinished" not in r.output
    run_of_nuls = good.replace(b'"A1"', b'"A1' + b"\x00" * 3000 + b'"', 1)
    for name, data in (("lead.csv", b"\x00" * 2048 + good), ("run.csv", run_of_nuls)):
        f = tmp_path / name
        f.write_bytes(data)
        _, r = imported(tmp_path, f, qid="housing")
        assert r.exit_code == 1, r.output
        if name == "lead.csv":
            said = f"{f}: holds NUL bytes (a damaged file, or not a CSV export) in its heading line"
            assert said in r.output and "could not be read" in r.output
        else:  # the NULs are in the first 4 KB, after the headings: one row refused, the others read
            assert "no column matches" not in r.output and f"{f}:2: holds NUL bytes" in r.output


def test_an_import_into_an_answers_file_keeps_the_answers_already_there(tmp_path: Path, catalog) -> None:
    """A consultant importing each organisation's export into one answers file lost the earlier
    ones without a word (the file was replaced). Now those are kept, the respondents read again
    replace their earlier lines, a line that is not an answers object stays as it was, and the
    message says what was kept and replaced."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    ls = write_csv(tmp_path / "results-survey1.csv", heads, rows)
    heads, rows = kobo_records(q, originals("housing"))
    kobo = write_csv(tmp_path / "kobo.csv", heads, rows, sep=",")
    out = tmp_path / "all.jsonl"
    first = run("import", ls, "-Q", "housing", "--organisation-id", "a", "-o", out)
    assert first.exit_code == 0, first.output
    with out.open("ab") as f:
        f.write(b"a line typed by hand\n")
    second = run("import", kobo, "-Q", "housing", "--organisation-id", "b", "-o", out)
    assert second.exit_code == 0, second.output
    n = len(rows)
    # the hand-typed line is kept, and said, but not counted as a respondent (#8: it was)
    assert f"written: {out} ({n} respondents); {n} respondents already in the file kept" in second.output
    assert f"warning: {out}:{n + 1}: not an answers object: kept as it was" in second.output, second.output
    again = run("import", ls, "-Q", "housing", "--organisation-id", "a", "-o", out)
    said = f"({n} respondents), {n} of them in the place of an earlier import's; {n} respondents already"
    assert said in again.output, again.output
    lines = out.read_bytes().splitlines()
    assert b"a line typed by hand" in lines and len(lines) == 2 * n + 1
    orgs = [json.loads(x)["organisation"]["id"] for x in lines if x.startswith(b"{")]
    assert orgs.count("a") == n and orgs.count("b") == n


def test_a_file_with_columns_no_question_reads_is_not_imported_until_they_are_named(
    tmp_path: Path, catalog, french
) -> None:
    """An export with columns that no question reads exited 0 with a mere note ("columns not
    used"), its respondents scored without what those columns held. Now the file gives no answers,
    the exit code is 1 and the message names every column and the option; with --ignore-column for
    each, the answers are read and the exit code is 0. The tools' own metadata stays silent."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    meta = ["interviewtime", "groupTime123", "STR01Time", "attribute_1", "tid", "emailstatus", "groupTime456. Temps"]
    extra = [f"col{i}" for i in range(10)] + ["avis libre"]
    f = write_csv(tmp_path / "extra.csv", heads + meta + extra, [r + [""] * (len(meta) + len(extra)) for r in rows])
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and got == [], r.output
    said = r.output.replace("\u00a0", " ")
    assert "colonnes non lues : col0, col1, col2, col3, col4, col5, col6, col7, col8, col9, avis libre : " in said
    assert "--ignore-column 'col*' --ignore-column 'avis libre'\n" in said, said
    assert "rien n'est importé de ce fichier" in said and "more" not in said
    assert not any(m in said for m in ("interviewtime", "groupTime", "STR01Time", "attribute_1"))
    options = tuple(x for c in extra for x in ("--ignore-column", c))
    got, r = imported(tmp_path, f, qid="housing", extra=(*options, "--ignore-column", "nulle-part"))
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, originals("housing"), got)
    said = r.output.replace("\u00a0", " ")
    assert "colonnes laissées de côté (--ignore-column) : col0, col1," in said
    assert "aucun fichier n'a de colonne non lue « nulle-part »" in said, said


def test_many_unread_columns_that_begin_alike_are_left_aside_with_one_pattern(tmp_path: Path, catalog) -> None:
    """A wide export's 500 columns of its own (`extra_col_0` to `extra_col_499`): the message asked
    for 500 --ignore-column options. It suggests one pattern, `'extra_col_*'`, which leaves them all
    aside; a heading's brackets are themselves (LimeSurvey's `Q1[SQ001]` leaves `Q10` read), and a
    pattern that matches nothing is noted as a slip."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    extra = [f"extra_col_{i}" for i in range(500)]
    f = write_csv(tmp_path / "wide.csv", [*heads, *extra, "Q1[SQ001]", "Q10"], [r + [""] * 502 for r in rows])
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and got == [], r.output
    assert "give --ignore-column 'extra_col_*' --ignore-column 'Q1[SQ001]' --ignore-column Q10\n" in r.output
    extra_aside = ("--ignore-column", "extra_col_*", "--ignore-column", "Q1[SQ001]", "--ignore-column", "x_*")
    got, r = imported(tmp_path, f, qid="housing", extra=extra_aside)
    assert r.exit_code == 1 and got == [], r.output
    assert "columns not read: Q10: " in r.output and "no file has an unread column 'x_*'" in r.output, r.output
    f = write_csv(tmp_path / "wide.csv", [*heads, *extra], [r + [""] * 500 for r in rows])
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and "if they hold no answers, give --ignore-column 'extra_col_*'\n" in r.output, r.output
    got, r = imported(tmp_path, f, qid="housing", extra=("--ignore-column", "extra_col_*"))
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, originals("housing"), got)
    assert "columns left aside (--ignore-column): extra_col_0, extra_col_1," in r.output


def test_the_option_for_a_column_named_over_two_lines_is_one_the_shell_reads_back(tmp_path: Path, catalog) -> None:
    """A spreadsheet's heading typed with Alt+Enter holds a newline: the suggested --ignore-column
    value was printed with it shown as \\x0a, which the shell reads as four characters, so the
    command copied did not name the column. It is now $'avis\\x0alibre', which bash reads back."""
    import re
    import subprocess

    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    f = write_csv(tmp_path / "extra.csv", [*heads, "avis\nlibre"], [[*r, ""] for r in rows])
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and got == [], r.output
    word = re.search(r"--ignore-column (\S+)", r.output)
    assert word and word.group(1) == "$'avis\\x0alibre'", r.output
    typed = subprocess.run(["bash", "-c", f"printf %s {word.group(1)}"], capture_output=True, text=True).stdout
    got, r = imported(tmp_path, f, qid="housing", extra=("--ignore-column", typed))
    assert r.exit_code == 0, r.output


def test_kobo_metadata_columns_are_read_without_a_word(tmp_path: Path, catalog) -> None:
    """KoboToolbox adds formhub/uuid, __version__, _validation_status and the like, ODK Central its
    FormVersion and review columns: not answers, and no reason to stop a file."""
    q = catalog.questionnaire("housing")
    heads, rows = kobo_records(q, originals("housing"))
    meta = ["formhub/uuid", "__version__", "_notes", "_tags", "meta/instanceName", "_submitted_by", "_status",
            "FormVersion", "ReviewState"]  # fmt: skip
    f = write_csv(tmp_path / "kobo.csv", heads + meta, [r + ["x"] * len(meta) for r in rows], sep=",", bom=False)
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0 and "not read" not in r.output and "note" not in r.output, r.output
    assert_round_trip(catalog, originals("housing"), got)


def test_an_export_whose_headings_are_question_texts_is_refused_not_read_as_empty_answers(
    tmp_path: Path, catalog
) -> None:
    """LimeSurvey's "full" headings (the question texts) keep ROLE and QVER as codes: the two were
    enough to take the file for an export, and every row became a respondent without one answer,
    exit code 0. Such a file is now refused, saying which headings are needed, and a row that
    answers nothing is refused with its line."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    full = [h if h in ("ROLE", "QVER") else f"Question {i}" for i, h in enumerate(heads)]
    f = write_csv(tmp_path / "full.csv", full, rows)
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and not got, r.output
    assert "no column matches a question of housing 2.0.0" in r.output and "question codes (LimeSurvey)" in r.output
    blank = [cell if k < 7 else "" for k, cell in enumerate(rows[0])]
    f = write_csv(tmp_path / "blank.csv", heads, [blank, rows[1]])
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and len(got) == 1, r.output
    assert f"{f}:2: no answer to any question: the row is not read" in r.output


def test_an_export_of_another_questionnaire_is_refused_naming_it(tmp_path: Path, catalog) -> None:
    """A housing sheet imported with -Q municipality read the few question ids the two share and set
    the others aside with a note: every respondent scored on a dozen questions, exit code 0. The
    file is refused, naming the questionnaire whose columns it has."""
    q = catalog.questionnaire("housing")
    heads, rows = kobo_records(q, originals("housing"))
    f = write_csv(tmp_path / "housing.csv", heads, rows)
    got, r = imported(tmp_path, f, qid="municipality")
    assert r.exit_code == 1 and not got, r.output
    said = " ".join(r.output.split())
    assert "the columns are those of questionnaire housing (" in said and "give -Q housing" in said, said
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0 and len(got) == len(rows), r.output


def test_a_respondent_read_twice_is_quoted_the_french_way(tmp_path: Path, french) -> None:
    """The message on a respondent read twice quoted its id 'b-c' in a French sentence."""
    src = tmp_path / "coll.csv"
    src.write_text("organisation_id;respondent_id;str_goal\na;b-c;be_ahead\na;b-c;cut_costs\n", encoding="utf-8")
    r = run("import", src, "-Q", "housing", "-o", tmp_path / "out.jsonl")
    said = " ".join(r.stderr.replace("\u00a0", " ").split())
    assert f"coll.csv:3: le répondant « b-c » a déjà été lu dans {src}:2 : gardé une seule fois" in said, said


def test_an_xls_or_ods_workbook_is_named_with_what_to_do(tmp_path: Path) -> None:
    """An Excel 97-2003 workbook (KoboToolbox's older "xls" export) was read as text and said to hold
    NUL bytes, an OpenDocument one gave openpyxl's English; each now says what it is and what to do."""
    import zipfile

    xls = tmp_path / "export.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    ods = tmp_path / "export.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<x/>")
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_bytes(ods.read_bytes())
    for f, said in (
        (xls, "an Excel 97-2003 workbook (.xls): save it as XLSX or CSV (UTF-8) and import that file"),
        (ods, "an OpenDocument spreadsheet (.ods): save it as XLSX or CSV (UTF-8) and import that file"),
        (renamed, "an OpenDocument spreadsheet (.ods)"),
    ):
        _, r = imported(tmp_path, f, qid="housing")
        assert r.exit_code == 1 and f"{f}: {said}" in r.output, r.output


def test_an_id_typed_with_a_capital_and_a_curly_apostrophe_are_read(tmp_path: Path) -> None:
    """A spreadsheet starts a cell with a capital, a Mac or a word processor curls the apostrophe
    of "I don't know": both still name their answer, in the template as in a KoboToolbox export."""
    heads = ["organisation_id", "respondent_id", "role", "str_goal", "str_contact_commitment", "pra_mobile"]
    row = ["org", "p1", "field", "Faster_processing", "I don\u2019t know", "Read_tenant_file OPEN_REQUEST"]
    f = write_csv(tmp_path / "typed.csv", heads, [row])
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0, r.output
    assert got[0]["answers"] == {"str_goal": "faster_processing", "str_contact_commitment": DONT_KNOW,
                                 "pra_mobile": ["read_tenant_file", "open_request"]}  # fmt: skip


def test_the_forms_keep_french_spacing_together(catalog) -> None:
    """What a respondent reads in LimeSurvey or KoboToolbox has a no-break space before "?" and ":"
    in French (a lone "?" at the start of a line on a phone), none added in English; in the XLSForm
    the narrow one, the only one pyxform keeps."""
    from assess.interop.limesurvey import limesurvey_rows
    from assess.interop.xlsform import xlsform_rows

    q = catalog.questionnaire("housing")
    rows = limesurvey_rows(q, ["fr", "en"])
    fr = "\n".join("\t".join(r) for r in rows if r[8] == "fr")
    assert "fonction\u00a0?" in fr and " ?" not in fr and " :" not in fr
    assert "\u00a0" not in "\n".join("\t".join(r) for r in rows if r[8] == "en")
    survey, choices, settings = xlsform_rows(q)
    head = survey[0]
    fr_cells = [str(r[i]) for sheet in (survey, choices) for r in sheet[1:] for i, h in enumerate(sheet[0])
                if h.endswith("(fr)")]  # fmt: skip
    # narrow: pyxform makes a plain space of U+00A0 as it reads a cell (test_xlsform checks the form)
    assert any("\u202f?" in c for c in fr_cells) and not any(" ?" in c or " :" in c or "\u00a0" in c for c in fr_cells)
    assert not any("\u202f" in str(c) for r in survey[1:] for i, c in enumerate(r) if head[i].endswith("(en)"))
    assert settings[1][0] == typography(q.title["fr"]).replace("\u00a0", "\u202f") and "\u202f:" in settings[1][0]


def test_a_form_submission_of_another_questionnaire_is_refused_by_its_id(tmp_path: Path, catalog) -> None:
    """The XLSForm's `questionnaire_id` field travels with every submission; a KoboToolbox export
    limited to the questions two questionnaires share was read as housing answers all the same."""
    q = catalog.questionnaire("housing")
    heads, rows = kobo_records(q, originals("housing")[:2])
    heads.append("profile/questionnaire_id")
    rows = [rows[0] + ["municipality"], rows[1] + ["housing"]]
    f = write_csv(tmp_path / "kobo.csv", heads, rows)
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and len(got) == 1, r.output
    assert f"{f}:2: questionnaire_id: collected with 'municipality', not questionnaire housing" in r.output
    assert got[0]["respondent"]["id"] == "kobo.csv#uuid-2"


def test_limesurvey_code_and_text_headings_are_read_by_their_code(tmp_path: Path, catalog) -> None:
    """LimeSurvey's "code and text" headings (`STR01. Question text`, `submitdate. Date submitted`)
    were refused as an export headed by no question code."""
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = ls_records(q, docs)
    texts = {c.code: q.question(c.question_id).text["fr"] for c in limesurvey_codes(q)}
    spelled = [f"{h}. {texts.get(h.split('[')[0], 'Date de soumission')}" for h in heads]
    rows[0][1] = ""  # not submitted: skipped, as with code headings
    got, r = imported(tmp_path, write_csv(tmp_path / "codetext.csv", spelled, rows), qid="housing")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs[1:], got)


def test_answer_texts_typed_in_a_multiple_choice_cell_are_read(tmp_path: Path, catalog) -> None:
    """In the template, answer texts were read word by word ("Consulter" is no answer): between
    commas, semicolons or line breaks, a whole answer text names its option, as in a single choice."""
    q = catalog.questionnaire("housing").question("pra_mobile")
    a, b = q.options[0], q.options[1]
    heads = ["organisation_id", "respondent_id", "role", "pra_mobile"]
    rows = [["org", "p1", "field", f"{a.label['fr']}, {b.label['en']}"], ["org", "p2", "field", f"{a.id} {b.id}"],
            ["org", "p3", "field", f"{a.label['fr']}\n{b.id}"]]  # fmt: skip
    got, r = imported(tmp_path, write_csv(tmp_path / "typed.csv", heads, rows), qid="housing")
    assert r.exit_code == 0, r.output
    assert [g["answers"]["pra_mobile"] for g in got] == [[a.id, b.id]] * 3


def test_an_export_of_an_older_version_names_no_column_it_reads_as_unused(tmp_path: Path, catalog) -> None:
    """A consultant's 2022 LimeSurvey export, collected with housing 1.0.0, was read with 1.0.0's
    codes, yet the note listed those very columns as "not used" (they are not 2.0.0 codes): read as
    answers lost. Only the columns that no version read are named, and an empty column without a
    heading (a spreadsheet's blank column) is not named at all."""
    q1 = catalog.questionnaire("housing", "1.0.0")
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EXAMPLES / "rounds").glob("bocage-2022-*.json"))]
    heads, rows = ls_records(q1, docs)
    f = write_csv(tmp_path / "results-survey111111.csv", [*heads, "", "remarque"], [[*r, "", ""] for r in rows])
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and got == [], r.output
    assert "columns not read: remarque: " in r.output and "give --ignore-column remarque\n" in r.output, r.output
    assert "columns without a heading" not in r.output
    got, r = imported(tmp_path, f, qid="housing", extra=("--ignore-column", "remarque"))
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)
    assert "left aside holds cells" not in r.output  # an empty column: nothing to say
    # a column left aside that holds something (« vu » typed by a supervisor): said, with its rows
    f = write_csv(tmp_path / "results-survey111111.csv", [*heads, "", "remarque"], [[*r, "", "vu"] for r in rows[:2]])
    _, r = imported(tmp_path, f, qid="housing", extra=("--ignore-column", "remarque"))
    assert r.exit_code == 0 and f"{f}: column remarque left aside holds cells, not imported: rows 2, 3" in r.output
    rows[0] += ["a cell typed where no heading is", ""]
    f = write_csv(tmp_path / "results-survey111111.csv", [*heads, "", "remarque"], rows[:1])
    _, r = imported(tmp_path, f, qid="housing", extra=("--ignore-column", "remarque"))
    assert r.exit_code == 1, r.output
    column = len(heads) + 1
    assert f"{f}: columns without a heading hold cells, not read: {column}: " in r.output, r.output
    assert f"give --ignore-column {column}\n" in r.output, r.output


def test_a_row_of_an_older_version_in_a_newer_export_with_its_answers_is_refused(tmp_path: Path, catalog) -> None:
    """Two exports pasted together: a row carrying « housing 1.0.0 » in a file laid out for 2.0.0
    was read with 1.0.0's codes, its cells in 2.0.0's own columns dropped and « A4 » read with the
    old meaning, exit code 0. A row whose version has no question for cells it fills is refused,
    named; a row of that version whose cells its version reads is read as before."""
    q2 = catalog.questionnaire("housing", "2.0.0")
    docs = originals("housing")[:3]
    heads, rows = ls_records(q2, docs)
    rows[1][heads.index("QVER")] = "housing 1.0.0"
    f = write_csv(tmp_path / "results-survey999.csv", heads, rows)
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and len(got) == 2, r.output
    assert f"{f}:3: version: answers for housing 1.0.0, in columns that version has no question for (" in r.output
    assert "a file of two versions put together? The row is not read" in r.output


def test_a_submission_date_a_spreadsheet_rewrote_is_read_or_left_out_never_the_answers(tmp_path: Path, catalog) -> None:
    """A LimeSurvey export re-saved by Excel writes its time stamps in the computer's settings:
    « 3/14/2026 10:02 » (American) or « 14.03.2026 » refused the whole response (« not a day of the
    calendar »), exit code 1. Those are read; a stamp that is no day leaves the row without a date,
    with a note; a date typed in the template's own column is still refused with its line."""
    q2 = catalog.questionnaire("housing", "2.0.0")
    docs = originals("housing")[:4]
    heads, rows = ls_records(q2, docs)
    at = heads.index("submitdate")
    for row, stamp in zip(rows, ["3/14/2026 10:02", "14.03.2026 10:02", "15-03-2026", "mardi"], strict=True):
        row[at] = stamp
    f = write_csv(tmp_path / "results-survey333.csv", heads, rows)
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0 and len(got) == 4, r.output
    assert [d.get("date") for d in got] == ["2026-03-14", "2026-03-14", "2026-03-15", None]
    assert f"{f}: 1 row with a submission date that is no day ('mardi'), read without one: 5" in r.output, r.output
    from assess.interop.importing import _date
    from assess.texts import problem_message

    assert _date("04/03/2026") == "2026-03-04"  # a French day first, where both could be a month
    said = problem_message("2 rows with a submission date that is no day ('mardi', 'x'), read without one: 5, 6", "fr")
    said = said.replace("\u00a0", " ").replace("\u202f", " ")
    assert said == "2 lignes dont la date d'envoi n'est pas un jour (« mardi », « x »), lues sans date : 5, 6", said


def test_a_yes_no_cell_of_a_workbook_is_no_number(tmp_path: Path) -> None:
    """« VRAI » typed in a number question of a sheet made in a French Excel becomes a boolean cell,
    which was read as the number 1, without a word. It is refused with its line; a box ticked with
    VRAI is still ticked."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["organisation_id", "respondent_id", "role", "pra_days_on_site", "str_goal"])
    ws.append(["org", "r1", "field", True, "cut_costs"])
    ws.append(["org", "r2", "field", 2, "cut_costs"])
    wb.save(tmp_path / "saisie.xlsx")
    r = run("import", tmp_path / "saisie.xlsx", "-Q", "housing", "-o", tmp_path / "out.jsonl")
    assert r.exit_code == 1 and "saisie.xlsx:2: pra_days_on_site: unknown answer 'true'" in r.stderr, r.stderr
    got = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["answers"]["pra_days_on_site"] for d in got] == [2]
    from assess.interop.importing import TICKED, UNTICKED
    from assess.interop.tables import _cell

    assert _cell(True) in TICKED and _cell(False) in UNTICKED


def test_a_title_row_above_the_headings_is_left_out_with_a_note(tmp_path: Path, catalog, french) -> None:
    """A sheet typed by hand with a title in merged cells above the template's headings was refused
    whole ("no column matches a question"). The headings are found on the row below, said with its
    number, and every respondent is read."""
    from openpyxl import Workbook

    docs = originals("social-economy")
    q = catalog.questionnaire("social-economy")
    heads = ["organisation_id", "respondent_id", "role", *(qq.id for qq in q.questions)]
    wb = Workbook()
    ws = wb.active
    ws.append(["Association : campagne 2026"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    ws.append(heads)
    for n, d in enumerate(docs, start=1):
        cells = {"organisation_id": "asso", "respondent_id": f"p{n}", "role": d["respondent"].get("role") or ""}
        cells.update({k: " ".join(a) if isinstance(a, list) else str(a) for k, a in d["answers"].items()})
        ws.append([cells.get(h, "") for h in heads])
    f = tmp_path / "saisie.xlsx"
    wb.save(f)
    got, r = imported(tmp_path, f, qid="social-economy")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)
    said = r.output.replace("\u00a0", " ")
    assert f"note : {f}:2: les en-têtes sont sur cette ligne : ce qui est au-dessus (un titre) n'est pas lu" in said
    # a sheet whose first rows hold no question heading at all is still refused, naming the file
    ws.delete_rows(2)
    wb.save(f)
    got, r = imported(tmp_path, f, qid="social-economy")
    assert r.exit_code == 1 and not got and "aucune colonne ne correspond" in r.output, r.output


def test_blank_lines_above_the_headings_of_a_csv_file(tmp_path: Path) -> None:
    """A CSV file saved with blank lines above its headings was refused as "empty file: no heading
    line", and its separator was guessed from the blank line (a comma file read as one column)."""
    f = tmp_path / "saisie.csv"
    f.write_text(
        "\r\n\r\norganisation_id,respondent_id,role,str_goal\r\na,p1,field,cut_costs\r\na,p2,fielx,be_ahead\r\n"
    )
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and [g["respondent"]["id"] for g in got] == ["p1"], r.output
    assert f"{f}:5: role: unknown role 'fielx'" in r.output  # the line as an editor numbers it
    assert "title" not in r.output and "empty file" not in r.output


def test_the_same_answers_in_two_rows_are_noted_and_both_read(tmp_path: Path, catalog, french) -> None:
    """A paper questionnaire typed twice into the template (no respondent id: each row is its own
    respondent) counted twice without a word, its answers weighing double in every mean. The second
    row is noted with the row it repeats; both are read, since two people may answer alike."""
    q = catalog.questionnaire("social-economy")
    docs = originals("social-economy")
    heads = ["organisation_id", "role", *(qq.id for qq in q.questions)]

    def row(d: dict[str, Any]) -> list[str]:
        cells = {"organisation_id": "asso", "role": d["respondent"].get("role") or ""}
        cells.update({k: " ".join(a) if isinstance(a, list) else str(a) for k, a in d["answers"].items()})
        return [cells.get(h, "") for h in heads]

    rows = [row(d) for d in docs]
    f = write_csv(tmp_path / "saisie.csv", heads, [*rows[:3], rows[1], *rows[3:]])
    got, r = imported(tmp_path, f, qid="social-economy")
    assert r.exit_code == 0 and len(got) == len(docs) + 1, r.output
    said = r.output.replace("\u00a0", " ")
    assert f"note : {f}:5: les mêmes réponses qu'en {f}:3 : un questionnaire saisi ou envoyé deux fois ?" in said
    assert said.count("les mêmes réponses") == 1


def test_a_code_typed_with_a_slip_is_refused_naming_the_code_meant(tmp_path: Path, french) -> None:
    """A misspelt code in a sheet typed by hand was refused with the whole list of codes to read
    through; the one it most resembles is now named. A cell like no code names none."""
    f = tmp_path / "saisie.csv"
    f.write_text("organisation_id;role;str_goal\na;field;cut_cost\na;field;cheaper\n", encoding="utf-8")
    _, r = imported(tmp_path, f, qid="housing")
    said = r.output.replace("\u00a0", " ")
    assert r.exit_code == 1
    assert f"{f}:2: str_goal: réponse inconnue « cut_cost » (attendu : l'une de " in said
    assert ") ; vouliez-vous dire « cut_costs » ?" in said
    assert said.count("vouliez-vous dire") == 1 and f"{f}:3: str_goal: réponse inconnue « cheaper »" in said


def test_an_export_imported_again_without_its_round_adds_no_round_without_a_name(tmp_path: Path) -> None:
    """The 2024 export imported again to fix a row, `--round 2024` forgotten: its respondents were
    added beside themselves as a round with no name, and the commune had four rounds, exit code 0.
    They are refused, naming the round the file holds them in; the file stays as it was."""
    f = tmp_path / "kobo.csv"
    f.write_text("_uuid;role;str_goal\nu1;field;cut_costs\nu2;direction;be_ahead\n", encoding="utf-8")
    out = tmp_path / "commune.jsonl"
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2024", "-o", out)
    assert r.exit_code == 0, r.output
    before = out.read_bytes()
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "-o", out)
    assert r.exit_code == 1 and out.read_bytes() == before, r.output
    assert f"{out}: respondent 'kobo.csv#u1' is in the file in round 2024: give --round to import it again" in r.output
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2024", "-o", out)
    assert r.exit_code == 0 and "2 of them in the place of an earlier import's" in r.output, r.output
    r = run("import", f, "-Q", "housing", "--organisation-id", "other", "-o", out)  # not the same respondents
    assert r.exit_code == 0 and len(out.read_bytes().splitlines()) == 4, r.output


def test_a_round_given_with_a_space_is_the_round_and_a_round_column_that_differs_is_said(tmp_path: Path) -> None:
    """`--round "2026 "` made a second round that printed as the first (« Logemer 2026 » twice in the
    table, « Tour 2026 , le plus récent de 2 »): it is the round 2026, in import and report. And a
    file whose round column says otherwise than --round was read in the column's rounds unsaid."""
    f = tmp_path / "kobo.csv"
    f.write_text("_uuid;role;str_goal\nu1;field;cut_costs\nu2;direction;be_ahead\n", encoding="utf-8")
    out = tmp_path / "c.jsonl"
    assert run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2026 ", "-o", out).exit_code == 0
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2026", "-o", out)
    assert r.exit_code == 0 and "2 of them in the place of an earlier import's" in r.output, r.output
    assert {json.loads(line)["round"] for line in out.read_bytes().splitlines()} == {"2026"}
    r = run("report", out, "--round", " 2026", "-o", tmp_path / "r.html", "--lang", "en")
    assert r.exit_code == 0, r.output
    col = tmp_path / "rounds.csv"
    col.write_text(
        "_uuid;round;role;str_goal\nu1;2026;field;cut_costs\nu2;;direction;be_ahead\nu3;2025;field;be_ahead\n"
    )
    r = run("import", col, "-Q", "housing", "--organisation-id", "c", "--round", "2027", "-o", tmp_path / "d.jsonl")
    said = " ".join(r.output.split())
    note = "rounds.csv: 2 rows in another round than --round 2027, as the round column says (2025, 2026)"
    assert f"{note}, read in that round: 2, 4" in said, said
    from assess.texts import problem_message

    assert problem_message(f"{note.split(': ', 1)[1]}, read in that round: 2, 4", "fr").replace("\u00a0", " ") == (
        "2 lignes d'un autre tour que --round 2027, comme le dit la colonne des tours (2025, 2026), lues dans ce "
        "tour : 2, 4"
    )
    got = [json.loads(x) for x in (tmp_path / "d.jsonl").read_bytes().splitlines()]
    assert {d["respondent"]["id"]: d["round"] for d in got} == {
        "rounds.csv#u1": "2026", "rounds.csv#u2": "2027", "rounds.csv#u3": "2025",
    }  # fmt: skip


def test_an_export_imported_again_into_a_folder_without_its_round_adds_no_round_without_a_name(
    tmp_path: Path,
) -> None:
    """README's import writes into a folder (`-o logemer/`): the 2024 export imported there again,
    `--round 2024` forgotten, added its respondents beside themselves as a round with no name, exit
    code 0 (the rule held only for a .jsonl file). They are refused, naming the round; nothing is
    written."""
    f = tmp_path / "kobo.csv"
    f.write_text("_uuid;role;str_goal\nu1;field;cut_costs\nu2;direction;be_ahead\n", encoding="utf-8")
    out = tmp_path / "commune"
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2024", "-o", out)
    assert r.exit_code == 0, r.output
    before = sorted(p.name for p in out.iterdir())
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "-o", out)
    assert r.exit_code == 1 and sorted(p.name for p in out.iterdir()) == before, r.output
    said = r.output.replace("\n", " ")
    assert f"{out}: respondent 'kobo.csv#u1' is in this folder in round 2024: give --round to import it again" in said
    assert "no respondent to write" in said
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2024", "-o", out)
    assert r.exit_code == 0 and sorted(p.name for p in out.iterdir()) == before, r.output
    r = run("import", f, "-Q", "housing", "--organisation-id", "other", "-o", out)  # not the same respondents
    assert r.exit_code == 0 and len(list(out.iterdir())) == 4, r.output


def test_an_export_imported_without_its_round_then_with_it_says_the_first_is_still_there(tmp_path: Path) -> None:
    """The round forgotten, the consultant imports the export again with `--round 2024`: the first
    import stayed as a round with no name, the same people counted in two rounds, and nothing was
    said. A note now names where the respondents are held with no round, in a file and in a folder."""
    f = tmp_path / "kobo.csv"
    f.write_text("_uuid;role;str_goal\nu1;field;cut_costs\nu2;direction;be_ahead\n", encoding="utf-8")
    for out in (tmp_path / "c.jsonl", tmp_path / "c"):
        assert run("import", f, "-Q", "housing", "--organisation-id", "c", "-o", out).exit_code == 0
        where = f"{out}:1" if out.suffix else str(next(out.glob("c-kobo.csv_u1*.json")))
        r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2024", "-o", out)
        assert r.exit_code == 0, r.output
        said = r.output.replace("\n", " ")
        assert f"note: {out}: 2 of the respondents read are also held with no round, as {where}: " in said, said
        assert "remove them, or they count as a round of their own" in said
        english = said.split(f"note: {out}: ")[1].split(" written: ")[0].strip()
        from assess.texts import problem_message

        french = problem_message(english, "fr").replace("\u00a0", " ")
        assert french.startswith(f"2 des répondants lus sont aussi gardés sans tour, comme {where} : si c'est"), french


def test_an_export_downloaded_again_under_another_name_is_said_to_count_people_twice(tmp_path: Path) -> None:
    """KoboToolbox names each download with its time, a browser saves "results (1).csv": the same
    export imported again under another name gave its respondents new ids, and the organisation
    twice as many respondents, with nothing said (the note on answers typed alike looked within one
    file only). A note now names, for each row, the answers already imported or read alike."""
    first = tmp_path / "kobo_2026-06-01.csv"
    first.write_text("_uuid;role;str_goal\nu1;field;cut_costs\nu2;direction;be_ahead\n", encoding="utf-8")
    again = tmp_path / "kobo_2026-06-08.csv"
    again.write_bytes(first.read_bytes())
    for out in (tmp_path / "c.jsonl", tmp_path / "c"):
        args = ("-Q", "housing", "--organisation-id", "c", "--round", "2026", "-o", out)
        assert run("import", first, *args).exit_code == 0
        r = run("import", again, *args, "--organisation-name", "C SA")  # named this time: the same answers
        assert r.exit_code == 0, r.output
        said = r.output.replace("\n", " ")
        where = f"{out}:1" if out.suffix else str(next(out.glob("c-kobo_2026-06-01.csv_u1*.json")))
        assert f"note: {again}:2: the same answers as {where}, imported before: the same export downloaded" in said
        assert said.count("imported before") == 2, said
        r = run("import", first, *args)  # the same file again: its respondents replaced, nothing to say
        assert r.exit_code == 0 and "imported before" not in r.output, r.output
    r = run("import", first, again, "-Q", "housing", "--organisation-id", "c")
    assert f"note: {again}:3: the same answers as at {first}:3: one questionnaire typed or sent twice?" in r.output
    from assess.texts import problem_message

    english = "the same answers as c.jsonl:1, imported before: the same export downloaded again under another name?"
    assert problem_message(english + " Both are kept", "fr").replace("\u00a0", " ") == (
        "les mêmes réponses que c.jsonl:1, importé avant : le même export téléchargé de nouveau sous un autre nom ?"
        " Les deux sont gardés"
    )


def test_cells_merged_down_a_sheet_give_their_value_to_each_row(tmp_path: Path, catalog) -> None:
    """A consultant merges the organisation's cell, and the date's, over the rows of its
    respondents, as a sheet is laid out for people: openpyxl gives the value to the first row only,
    and every other row was refused ("missing organisation"). A heading merged over two rows (the
    profile's columns, beside level titles above the question ids) named its column on the row of
    the other headings no more. Each cell of a merged range reads as the sheet shows it."""
    from openpyxl import Workbook

    docs = originals("social-economy")
    q = catalog.questionnaire("social-economy")
    ids = [qq.id for qq in q.questions]
    wb = Workbook()
    ws = wb.active
    ws.append(["organisation_id", "date", "role", "Contexte stratégique", *[""] * (len(ids) - 1)])
    ws.append(["", "", "", *ids])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.merge_cells("C1:C2")
    ws.merge_cells(start_row=1, start_column=4, end_row=1, end_column=8)  # a level's title, across
    for d in docs:
        cells = {k: " ".join(a) if isinstance(a, list) else str(a) for k, a in d["answers"].items()}
        ws.append(["asso", "03/04/2024", d["respondent"].get("role") or "", *(cells.get(i, "") for i in ids)])
    last = 2 + len(docs)
    ws.merge_cells(f"A3:A{last}")
    ws.merge_cells(f"B3:B{last}")
    f = tmp_path / "saisie.xlsx"
    wb.save(f)
    got, r = imported(tmp_path, f, qid="social-economy")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)
    assert {g["organisation"]["id"] for g in got} == {"asso"} and {g["date"] for g in got} == {"2024-04-03"}
    assert f"{f}:2: the headings are on this row" in r.output


def test_a_hidden_first_sheet_is_passed_and_a_workbook_named_csv_is_read(tmp_path: Path, catalog) -> None:
    """A hidden sheet placed first (the lists behind a sheet's drop-downs) was read instead of the one
    a person sees, and the export refused ("no column matches ... headings: nothing"); a workbook
    saved with a `.csv` name, found by its first bytes, was "not a readable XLSX workbook:
    InvalidFileException: openpyxl does not support .csv file format"."""
    from openpyxl import Workbook

    q = catalog.questionnaire("municipality")
    docs = originals("municipality")
    heads, rows = kobo_records(q, docs)
    wb = Workbook()
    wb.active.title = "answers"
    wb.active.append(heads)
    for row in rows:
        wb.active.append(row)
    lists = wb.create_sheet("lists", 0)
    lists.append(["codes"])
    lists.sheet_state = "hidden"
    f = tmp_path / "kobo.xlsx"
    wb.save(f)
    got, r = imported(tmp_path, f, qid="municipality")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)
    named = tmp_path / "named.csv"
    named.write_bytes(f.read_bytes())
    got, r = imported(tmp_path, named, qid="municipality")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)


def test_a_pipe_or_a_device_named_as_an_export_is_refused_never_read(tmp_path: Path) -> None:
    """A named pipe nobody writes to hung the import (and `/dev/zero` filled the memory); `/dev/stdin`
    fed by a pipe was read twice, its head then the whole, and called an empty file."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    device = tmp_path / "device.csv"
    device.symlink_to(os.devnull)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "assess", "import", str(fifo), str(device), "-Q", "housing", "--organisation-id", "o"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert f"{fifo}: not a regular file (a named pipe)" in proc.stderr
    assert f"{device}: not a regular file (a device)" in proc.stderr


def test_a_consultants_ampersand_or_angle_bracket_is_shown_in_limesurvey_and_read_back(catalog) -> None:
    """LimeSurvey shows question and answer texts as HTML: "R&D" or "< 5 ans" in a consultant's
    questionnaire went out as they were, and a "<" could hide the rest of the text. They go out as
    character references, and answer texts come back matched either way ("R&amp;D" or "R&D")."""
    from assess.interop.importing import _by_label, _fold
    from assess.interop.limesurvey import limesurvey_rows

    housing = catalog.questionnaire("housing")
    k, first = next((k, qq) for k, qq in enumerate(housing.questions) if qq.type == "single")
    option = first.options[0].model_copy(update={"label": {"fr": "Oui, R&D <b>", "en": "Yes, R&D <b>"}})
    text = {"fr": "Le service R&D a-t-il < 5 ans ?", "en": "Is R&D younger than <5 years?"}
    changed = first.model_copy(update={"text": text, "options": [option, *first.options[1:]]})
    q = housing.model_copy(update={"questions": [*housing.questions[:k], changed, *housing.questions[k + 1 :]]})
    cells = [c for row in limesurvey_rows(q, ("fr", "en")) for c in row]
    assert "Le service R&amp;D a-t-il &lt; 5 ans\u00a0?" in cells, [c for c in cells if "R&" in c]
    assert "Yes, R&amp;D &lt;b&gt;" in cells
    assert not any("<b>" in c or "R&D" in c for c in cells)
    labels = _by_label(changed)
    assert labels[_fold("Yes, R&amp;D &lt;b&gt;")] == labels[_fold("yes, r&d <b>")] == option.id


def test_a_consultants_braces_are_shown_in_limesurvey_never_run_and_read_back(catalog) -> None:
    """LimeSurvey runs what a question, its help or an answer holds between braces as an expression:
    "{7*7}" went out as it was and showed 49, "{TOKEN:EMAIL}" the participant's address; its themes
    run a group's name and the survey's title too (they went out unescaped). A brace goes
    out escaped (\\{), as LimeSurvey shows it, and an answer text comes back matched either way."""
    from assess.interop.importing import _by_label, _fold
    from assess.interop.limesurvey import limesurvey_rows

    housing = catalog.questionnaire("housing")
    k, first = next((k, qq) for k, qq in enumerate(housing.questions) if qq.type == "single")
    option = first.options[0].model_copy(update={"label": {"fr": "Oui {TOKEN:EMAIL}", "en": "Yes {TOKEN:EMAIL}"}})
    text = {"fr": "Combien font {7*7}", "en": "How much is {7*7}"}
    help_ = {"fr": "Voir {% raw %}", "en": "See {% raw %}"}
    changed = first.model_copy(update={"text": text, "help": help_, "options": [option, *first.options[1:]]})
    level = housing.levels[0].model_copy(update={"name": {"fr": "Stratégie {7*7}", "en": "Strategy {7*7}"}})
    title = {"fr": "Enquête {TOKEN:FIRSTNAME}", "en": "Survey {TOKEN:FIRSTNAME}"}
    questions = [*housing.questions[:k], changed, *housing.questions[k + 1 :]]
    q = housing.model_copy(update={"questions": questions, "levels": [level, *housing.levels[1:]], "title": title})
    cells = [c for row in limesurvey_rows(q, ("fr", "en")) for c in row]
    assert "How much is \\{7*7\\}" in cells and "See \\{% raw %\\}" in cells
    # a group's name and the survey's title, which LimeSurvey's themes run as well
    assert "Strategy \\{7*7\\}" in cells and "Survey \\{TOKEN:FIRSTNAME\\}" in cells
    assert "Yes \\{TOKEN:EMAIL\\}" in cells
    assert not [c for c in cells if re.search(r"(?<!\\)[{}]", c)]
    labels = _by_label(changed)
    assert labels[_fold("Yes \\{TOKEN:EMAIL\\}")] == labels[_fold("yes {token:email}")] == option.id


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_an_import_into_an_answers_file_of_another_encoding_leaves_it_as_it_was(
    tmp_path: Path, catalog, encoding: str
) -> None:
    """An answers file saved as UTF-16 (or Latin-1) by an editor had this import's UTF-8 lines
    appended to it: a file in two encodings, which nothing reads whole, and its lines counted as
    "respondents already in the file kept". Now nothing is written and the file stays as it was."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    ls = write_csv(tmp_path / "results-survey1.csv", heads, rows)
    out = tmp_path / "all.jsonl"
    before = ('{"format": "assess-answers/1", "organisation": {"id": "été"}}\n').encode(encoding)
    out.write_bytes(before)
    r = run("import", ls, "-Q", "housing", "--organisation-id", "a", "-o", out)
    assert r.exit_code == 1, r.output
    assert "UTF-16" in r.output if encoding == "utf-16" else "not UTF-8 text (byte" in r.output, r.output
    assert f"nothing written to {out}: it is left as it was" in r.output
    assert out.read_bytes() == before and "Traceback" not in r.output


def test_an_answers_file_saved_with_a_bom_keeps_its_first_respondent_counted(tmp_path: Path, catalog) -> None:
    """An editor's byte-order mark before the first line of an answers file made that line "not an
    answers object" to the import that adds to the file: it is read as the respondent it is."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    ls = write_csv(tmp_path / "results-survey1.csv", heads, rows)
    out = tmp_path / "all.jsonl"
    one = json.dumps(originals("housing")[0]).encode()
    out.write_bytes(b"\xef\xbb\xbf" + one + b"\n")
    r = run("import", ls, "-Q", "housing", "--organisation-id", "a", "-o", out)
    assert r.exit_code == 0, r.output
    assert "1 respondent already in the file kept" in r.output and "not an answers object" not in r.output, r.output


def _held(make: Any) -> tuple[Any, int]:
    """What `make()` gives and the bytes it leaves allocated (tracemalloc), once it has returned."""
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        got = make()
        gc.collect()
        return got, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_a_table_and_its_answers_are_held_in_about_their_text_size(tmp_path: Path, catalog) -> None:
    """A 50 MB export took 1.3 GB: each cell a string object of its own (60 bytes a cell whatever
    its text), each answers object a dict, and orjson's 8 kB buffer behind each line. The rows are
    held as one string each and the answers as their JSON lines: each about its text's size. Rows
    read back as they were (cells holding the packing character, or none, included)."""
    from assess.interop.importing import Options, import_table
    from assess.interop.tables import Table, read_table

    q = catalog.questionnaire("housing")
    heads = ["respondent_id", "role", *(qq.id for qq in q.questions if qq.type == "single")]
    rows = [[f"r{i}", "field", *(next(qq for qq in q.questions if qq.id == h).options[0].id for h in heads[2:])]
            for i in range(200)]  # fmt: skip
    f = write_csv(tmp_path / "big.csv", heads, rows)
    text = f.stat().st_size
    table, held = _held(lambda: read_table(f))
    assert len(table.rows) == 200 and held < 1.6 * text, (held, text)
    opts = Options("housing", organisation_id="o")
    import_table(catalog, Table(table.source, table.headers, table.rows[:1]), opts)
    res, held = _held(lambda: import_table(catalog, table, opts))  # the questionnaire's plan loaded above
    assert len(res.answers) == 200 and not res.problems
    size = sum(len(json.dumps(a, separators=(",", ":"), ensure_ascii=False).encode()) + 1 for a in res.answers)
    assert held < 1.6 * size, (held, size)
    assert res.answers.encoded()[0] == json.dumps(res.answers[0], separators=(",", ":")).encode() + b"\n"
    from assess.interop.tables import Rows

    odd = Rows([(2, ["a", "b\x00c", ""]), (3, []), (4, [""]), (5, ["x", ""])])
    assert list(odd) == [(2, ["a", "b\x00c", ""]), (3, []), (4, [""]), (5, ["x", ""])]
    assert list(odd[1:].widths()) == [(3, 0), (4, 1), (5, 2)] and odd[-1] == (5, ["x", ""])


def test_importing_into_an_answers_file_reads_it_once_and_its_bom_line_counts(tmp_path: Path, monkeypatch) -> None:
    """The answers file imported into was read and parsed twice (for the rounds it holds, then for
    the lines it keeps), and the first reading took a first line starting with a BOM for no answers
    object: its respondent's round was not seen, and the export read again without --round added
    that respondent as a round with no name. Read once, the BOM's line counts."""
    import builtins

    f = tmp_path / "kobo.csv"
    f.write_text("_uuid;role;str_goal\nu1;field;cut_costs\nu2;direction;be_ahead\n", encoding="utf-8")
    out = tmp_path / "commune.jsonl"
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2024", "-o", out)
    assert r.exit_code == 0, r.output
    out.write_bytes(b"\xef\xbb\xbf" + out.read_bytes())  # as a text editor on Windows saves it
    before = out.read_bytes()
    reads = []
    real_open = builtins.open

    def counting_open(file: Any, mode: str = "r", *a: Any, **k: Any) -> Any:
        if str(file) == str(out) and "r" in mode:
            reads.append(mode)
        return real_open(file, mode, *a, **k)

    monkeypatch.setattr(builtins, "open", counting_open)
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "-o", out)
    assert r.exit_code == 1 and out.read_bytes() == before, r.output
    assert f"{out}: respondent 'kobo.csv#u1' is in the file in round 2024" in r.output
    assert f"{out}: respondent 'kobo.csv#u2' is in the file in round 2024" in r.output
    reads.clear()
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", "2024", "-o", out)
    assert r.exit_code == 0 and "2 of them in the place of an earlier import's" in r.output, r.output
    assert len(reads) == 1, reads


def test_a_sheet_without_its_size_is_not_parsed_whole_to_find_it_missing(tmp_path: Path, catalog, monkeypatch) -> None:
    """openpyxl looks for a sheet's size (`<dimension>`, before the cells) by parsing the sheet,
    and one without it (openpyxl's and pandas' streamed writing) was parsed whole, as one tree,
    when the workbook was opened: a third of a large export's time, most of its memory. Such a
    sheet is read as before, with no full parse for its size; one with a size is read as before."""
    from openpyxl import Workbook
    from openpyxl.worksheet import _reader

    q = catalog.questionnaire("municipality")
    docs = originals("municipality")
    heads, rows = kobo_records(q, docs)
    scans = []
    real = _reader.WorkSheetParser.parse_dimensions
    monkeypatch.setattr(_reader.WorkSheetParser, "parse_dimensions", lambda self: scans.append(1) or real(self))
    for streamed in (True, False):
        wb = Workbook(write_only=streamed)
        ws = wb.create_sheet() if streamed else wb.active
        for row in [heads, *rows]:
            ws.append([int(c) if c.isdigit() else c for c in row])
        f = tmp_path / f"kobo-{streamed}.xlsx"
        wb.save(f)
        scans.clear()
        got, r = imported(tmp_path, f, qid="municipality")
        assert r.exit_code == 0, r.output
        assert_round_trip(catalog, docs, got)
        assert scans == ([] if streamed else [1])  # the sized sheet: read by openpyxl, which stops at the size


def test_a_multiple_choice_cell_makes_no_message_it_does_not_give(tmp_path: Path, monkeypatch) -> None:
    """A multiple choice's cell ("crm bim") is first tried as one answer's text: the message
    for an unknown answer (with its "did you mean", difflib) was made for each such cell and
    thrown away, 15 % of a large CSV's import. It is made only for a cell that gets it."""
    from assess.interop import importing

    made = []
    real = importing._unknown
    monkeypatch.setattr(importing, "_unknown", lambda q, v: made.append(v) or real(q, v))
    f = tmp_path / "t.csv"
    f.write_text("respondent_id;ctx_tools\nr1;crm bim\nr2;crm bimm\n", encoding="utf-8")
    _, r = imported(tmp_path, f, qid="housing")
    assert made == ["bimm"] and "unknown answer 'bimm'" in r.output, (made, r.output)


def test_empty_columns_without_a_heading_are_found_in_one_pass_over_the_rows(tmp_path: Path, monkeypatch) -> None:
    """A sheet saved with thousands of empty columns past its answers (a stray cell far right, or a
    workbook whose size says A1:XFD1048576): the rows were made again for each column without a
    heading, to see whether it held a cell: 48 s for a 2 MB CSV with 4,000 such columns, 21 s for
    an 11-row workbook. The rows are now read as many times whatever the number of such columns,
    and a column without a heading that holds a cell is still named."""
    from assess.interop import tables

    made = []
    real = tables.Rows.__iter__
    monkeypatch.setattr(tables.Rows, "__iter__", lambda self: made.append(1) or real(self))
    counts = []
    for extra in (3, 300):
        f = tmp_path / f"wide-{extra}.csv"
        f.write_text(
            "respondent_id;str_goal" + ";" * extra + "\n" + "r1;cut_costs" + ";" * extra + "\n", encoding="utf-8"
        )
        made.clear()
        got, r = imported(tmp_path, f, qid="housing")
        assert r.exit_code == 0 and len(got) == 1, r.output
        counts.append(len(made))
    assert counts[0] == counts[1], counts
    f = tmp_path / "filled.csv"
    f.write_text("respondent_id;str_goal;;;\nr1;cut_costs;;;\nr2;cut_costs;;x;\n", encoding="utf-8")
    _, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and "columns without a heading hold cells, not read: 4:" in r.output, r.output


def test_a_byte_order_mark_inside_a_csv_file_is_no_character_of_its_cells(tmp_path: Path) -> None:
    """Two exports joined (`cat`), or rows pasted from another file, leave a BOM at the start of a
    line or a cell: it was read as part of the cell, an invisible character that made "org1" another
    organisation ('\\ufefforg1'), and a quoted cell after it was read with its quotes."""
    f = tmp_path / "joined.csv"
    rows = ["organisation_id;respondent_id;str_goal", "org1;r1;cut_costs"]
    rows += ["\ufefforg1;r2;cut_costs", 'org1;\ufeff"r3";cut_costs']
    text = "\r\n".join(rows) + "\r\n"
    f.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0, r.output
    assert [(a["organisation"]["id"], a["respondent"]["id"]) for a in got] == [
        ("org1", "r1"),
        ("org1", "r2"),
        ("org1", "r3"),
    ]


def test_what_openpyxl_leaves_out_of_a_workbook_is_not_printed_as_a_python_warning(tmp_path: Path) -> None:
    """A workbook saved by Excel holds extensions openpyxl does not read (a drop-down list's data
    validation, conditional formatting): each import printed openpyxl's warning, its source file
    and line ("…/openpyxl/worksheet/_reader.py:329: UserWarning: Data Validation extension is not
    supported and will be removed"), in English, about no cell. The cells are read, without it."""
    import warnings

    from openpyxl import Workbook

    from assess.interop.tables import read_table

    wb = Workbook()
    wb.active.append(["respondent_id", "str_goal"])
    wb.active.append(["r1", "cut_costs"])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    ext = (
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'
    )
    f = _rewritten(
        plain, tmp_path / "excel.xlsx", "xl/worksheets/sheet1.xml", lambda x: x.replace(b"</worksheet>", ext)
    )
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        table = read_table(f)
    assert [str(w.message) for w in said] == []
    assert table.rows == [(2, ["r1", "cut_costs"])]


def test_a_results_database_or_an_answers_file_given_to_import_is_named_for_what_it_is(
    tmp_path: Path, catalog, french
) -> None:
    """`assess import` given the results of `assess score -o results.sqlite` said "holds NUL bytes (a
    damaged file, or not a CSV export)", and given the answers file an earlier import wrote, "not
    valid JSON: JSONDecodeError: Extra data": each is now named, with what to do, and the files
    after it are read."""
    db = tmp_path / "results.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    answers = tmp_path / "answers.jsonl"
    answers.write_text("\n".join(json.dumps(d) for d in originals("housing")) + "\n", encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps(originals("housing")[0], indent=2), encoding="utf-8")
    pdf = tmp_path / "questionnaire.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    good = tmp_path / "good.csv"
    good.write_text("respondent_id;str_goal\nr1;cut_costs\n", encoding="utf-8")
    got, r = imported(tmp_path, db, answers, one, pdf, good, qid="housing")
    said = r.output.replace("\u00a0", " ")
    assert r.exit_code == 1 and len(got) == 1, said
    assert (
        f"{db}: une base SQLite (comme les résultats de assess score -o resultats.sqlite), pas un export de réponses"
        in said
    )
    for f in (answers, one):
        assert (
            f"{f}: un fichier de réponses (assess-answers/1), pas un export de réponses : donnez-le tel quel à assess"
            in said
        )
    assert f"{pdf}: un document PDF, pas un export de réponses" in said
    assert "NUL" not in said and "JSON" not in said.replace("CSV, XLSX ou JSON", "")


def test_a_box_that_is_not_ticked_nor_empty_is_named_by_its_column(tmp_path: Path, catalog) -> None:
    """A multiple choice's boxes are one column each: a row with two bad boxes said twice the same
    line ("pra_mobile: not a ticked box: 'NA' (expected Y or empty)"), naming neither. Each message
    now names its column, in both layouts."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing")[:1])
    boxes = [i for i, h in enumerate(heads) if h.startswith("pramobile[")]
    rows[0][boxes[0]], rows[0][boxes[2]] = "NA", "peut-être"
    _, r = imported(tmp_path, write_csv(tmp_path / "ls.csv", heads, rows), qid="housing")
    assert r.exit_code == 1, r.output
    for k, v in ((0, "'NA'"), (2, "'peut-être'")):
        at = boxes[k]
        assert f"column {at + 1} ({heads[at]!r}): not a ticked box: {v} (expected Y or empty)" in r.output, r.output
    heads, rows = kobo_records(q, originals("housing")[:1], split=True)
    at = next(i for i, h in enumerate(heads) if h.startswith("practices/pra_mobile/"))
    rows[0][at] = "2"
    _, r = imported(tmp_path, write_csv(tmp_path / "kobo.csv", heads, rows), qid="housing")
    assert f"column {at + 1} ({heads[at]!r}): not a ticked box: '2' (expected 1 or 0)" in r.output, r.output


def test_a_limesurvey_json_export_without_responses_says_so(tmp_path: Path, french) -> None:
    """A survey exported before anyone answered (`{"responses": []}`) was refused as "no column
    matches a question of housing 2.0.0 (headings: ). Is it the right questionnaire…?"."""
    f = tmp_path / "results.json"
    f.write_text('{"responses": []}', encoding="utf-8")
    _, r = imported(tmp_path, f, qid="housing")
    said = r.output.replace("\u00a0", " ")
    assert r.exit_code == 1 and f"{f}: la liste « responses » est vide : aucune réponse à importer" in said, said
    assert "aucune colonne" not in said


def test_headings_holding_more_commas_than_the_separator_do_not_make_it_a_comma(tmp_path: Path, catalog) -> None:
    """LimeSurvey's "code and text" headings ("strgoal. Selon vous, et pour vos équipes, …"), once
    the export is saved again by a spreadsheet (which quotes only the cells holding a semicolon),
    hold more commas than semicolons: the file was read with commas, one column a line, and refused
    ("no column matches a question"). The separator is the one every record agrees on."""
    q = catalog.questionnaire("housing")
    heads, rows = ls_records(q, originals("housing"))
    meta = {"id", "submitdate", "lastpage", "startlanguage", "seed", "ROLE", "QVER"}
    heads = [h if h in meta else f"{h}. Selon vous, et pour vos équipes, quel est le but" for h in heads]
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([heads, *rows])
    f = tmp_path / "resaved.csv"
    f.write_text(buf.getvalue(), encoding="utf-8")
    assert buf.getvalue().splitlines()[0].count(",") > buf.getvalue().splitlines()[0].count(";")
    got, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, originals("housing"), got)
    g = tmp_path / "commas.csv"  # a file cut by commas, its cells holding semicolons, stays one
    g.write_text("respondent_id,str_goal,ctx_remarks\r\nr1,cut_costs,a;b;c\r\nr2,be_ahead,d\r\n", encoding="utf-8")
    got, r = imported(tmp_path, g, qid="housing")
    assert r.exit_code == 0 and [a["answers"]["ctx_remarks"] for a in got] == ["a;b;c", "d"], r.output


def test_a_workbook_that_states_too_small_a_size_is_read_whole(tmp_path: Path) -> None:
    """openpyxl reads a sheet as far as the size its `<dimension>` states, which some writers get
    wrong: a sheet of ten respondents and three columns that said "A1:B3" gave two respondents and
    no remarks, with exit code 0, and one that said "A1" was refused ("no column matches"). The
    sheet is read whole; rows of a sheet stay as wide as its widest row."""
    import re

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["respondent_id", "str_goal", "ctx_remarks"])
    for i in range(1, 11):
        wb.active.append([f"r{i}", "cut_costs", f"remarque {i}" if i % 2 else None])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    sheet = "xl/worksheets/sheet1.xml"
    for ref in (b"A1:B3", b"A1"):
        f = _rewritten(
            good,
            tmp_path / "small.xlsx",
            sheet,
            lambda x, ref=ref: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref + b'"', x),
        )
        got, r = imported(tmp_path, f, qid="housing")
        assert r.exit_code == 0 and len(got) == 10, (ref, r.output)
        assert [a["answers"].get("ctx_remarks") for a in got[:3]] == ["remarque 1", None, "remarque 3"]
        assert "fewer cells" not in r.output and "more cells" not in r.output


def test_a_csv_export_saved_under_a_workbooks_name_is_read_by_what_it_holds(tmp_path: Path) -> None:
    """A CSV export renamed `.xlsx` (by hand, or a "Save as" that kept the name) was refused as "not a
    readable XLSX workbook: BadZipFile": it is read as the CSV file it is, as a file of any other name
    is by its content; a damaged workbook (a zip cut short) is still refused."""
    csv_file = tmp_path / "export.csv"
    csv_file.write_text("respondent_id;str_goal\nr1;cut_costs\n", encoding="utf-8")
    as_csv, r = imported(tmp_path, csv_file, qid="housing")
    assert r.exit_code == 0 and len(as_csv) == 1, r.output
    named = tmp_path / "export.xlsx"
    named.write_bytes(csv_file.read_bytes())
    as_named, r = imported(tmp_path, named, qid="housing")
    assert r.exit_code == 0, r.output
    assert [a["answers"] for a in as_named] == [a["answers"] for a in as_csv]
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    _, r = imported(tmp_path, cut, qid="housing")
    assert r.exit_code == 1 and "cut.xlsx" in r.output, r.output


def test_a_language_cell_that_names_neither_french_nor_english_is_said(tmp_path: Path) -> None:
    """A template's `lang` cell typed "anglais" or "de" was left out without a word (exit 0); it is
    said, with its rows, and the answers are read as before. "Français" and "en-GB" still count."""
    sheet = tmp_path / "t.csv"
    sheet.write_text(
        "respondent_id;lang;str_goal\nr1;anglais;cut_costs\nr2;Français;cut_costs\nr3;de;cut_costs\nr4;en-GB;cut_costs\n",
        encoding="utf-8",
    )
    rows, r = imported(tmp_path, sheet, qid="housing")
    assert r.exit_code == 0 and len(rows) == 4, r.output
    assert [x.get("lang") for x in rows] == [None, "fr", None, "en"]
    said = r.output.replace("\n", " ")
    assert "2 rows with a language that is neither fr nor en ('anglais', 'de'), read without one: 2, 4" in said, said
    from assess.texts import problem_message

    for english, french in (
        ("2 rows with a language that is neither fr nor en ('anglais', 'de'), read without one: 2, 4",
         "2 lignes avec une langue qui n'est ni fr ni en (« anglais », « de »), lues sans langue\u00a0: 2, 4"),
        ("1 row with a language that is neither fr nor en ('de'), read without one: 3",
         "1 ligne avec une langue qui n'est ni fr ni en (« de »), lue sans langue\u00a0: 3"),
    ):  # fmt: skip
        assert problem_message(english, "fr").replace("\u00a0", " ") == french.replace("\u00a0", " ")


def test_an_ignore_column_pattern_names_what_a_glob_names_and_never_backtracks() -> None:
    """`*` is any run of characters, every other character itself (fnmatch's `[` and `?` too), on
    any name and heading; and a name with many stars on a long heading is answered at once: the
    regular expression it was first written as took 16 s for `*a*a*a*a*c` on 300 letters."""
    import fnmatch

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from assess.interop.importing import _column_matches

    def glob(name: str) -> str:  # fnmatch's pattern that takes only `*` as special
        return "".join({"[": "[[]", "?": "[?]"}.get(c, c) for c in name)

    @settings(max_examples=400, deadline=None)
    @given(st.text("ab[?*", min_size=1, max_size=8), st.text("ab[?", max_size=10))
    def check(name: str, heading: str) -> None:
        assert _column_matches(name, heading) == fnmatch.fnmatchcase(heading, glob(name)), (name, heading)

    check()
    assert not _column_matches("*a*a*a*a*a*a*c", "a" * 2000 + "b")
    assert _column_matches("Q1[SQ001]*", "Q1[SQ001]_comment") and not _column_matches("Q1[SQ001]", "Q10")


def test_the_organisation_given_as_an_option_is_read_as_a_cell_is(tmp_path: Path) -> None:
    """A cell's organisation id is read without its spaces, the option's was not: `--organisation-id
    " org1"` made another organisation than a column's "org1", and `"  "` refused every row with a
    message about a JSON object. The option is read as a cell is: "  " is no id, said once."""
    f = write_csv(tmp_path / "t.csv", ["respondent_id", "str_goal"], [["r1", "cut_costs"], ["r2", "cut_costs"]])
    out = tmp_path / "o.jsonl"
    r = run("import", f, "-Q", "housing", "--organisation-id", "  ", "-o", out)
    assert r.exit_code == 1 and r.stderr.count("no organisation id: give --organisation-id") == 1, r.stderr
    assert "organisation.id" not in r.stderr
    r = run("import", f, "-Q", "housing", "--organisation-id", " org1 ", "--organisation-name", " Org ", "-o", out)
    assert r.exit_code == 0, r.stderr
    orgs = [json.loads(x)["organisation"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert orgs == [{"id": "org1", "name": "Org"}] * 2


def test_a_cell_quoted_in_a_message_keeps_its_french_spaces(tmp_path: Path) -> None:
    """A label typed with a narrow no-break space before its colon, as the form writes French, was
    quoted « Secondaire\\u202f: … » in the message refusing it."""
    f = tmp_path / "t.csv"
    f.write_text("respondent_id;role;str_goal\nr1;field;Secondaire\u202f: les besoins\n", encoding="utf-8")
    _, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 1 and "unknown answer 'Secondaire\u202f: les besoins'" in r.output, r.output
    assert "\\u202f" not in r.output


@pytest.mark.parametrize("name", ["answers.csv", "answers.xlsx", "answers.json", "Réponses.DB"])
def test_an_import_into_a_file_name_that_is_no_jsonl_is_refused_before_any_row(tmp_path: Path, name: str) -> None:
    """`import -o answers.csv` wrote a folder called answers.csv, full of .json files, exit 0 (the
    consultant then opened it in Excel): a name a file of another kind has is a usage error, as `-o
    x.json` was; a folder of that name, made on purpose, is still written into."""
    f = tmp_path / "t.csv"
    f.write_text("respondent_id;role;str_goal\nr1;field;cut_costs\n", encoding="utf-8")
    r = run("import", f, "-Q", "housing", "--organisation-id", "o", "-o", tmp_path / name)
    assert r.exit_code == 2 and "-o: give a .jsonl file" in r.output and not (tmp_path / name).exists(), r.output
    (tmp_path / name).mkdir()
    r = run("import", f, "-Q", "housing", "--organisation-id", "o", "-o", tmp_path / name)
    assert r.exit_code == 0 and len(list((tmp_path / name).glob("*.json"))) == 1, r.output


def test_the_form_given_in_place_of_its_answers_is_said_to_be_the_form(tmp_path: Path, french) -> None:
    """`assess export xlsform`'s workbook given to `import` (the consultant picked the wrong file):
    its rows were taken for headings, and the message spoke of two columns giving the same answer."""
    form = tmp_path / "form.xlsx"
    assert run("export", "xlsform", "housing", "-o", form).exit_code == 0
    r = run("import", form, "-Q", "housing", "--organisation-id", "o")
    said = " ".join(r.output.split()).replace("\u00a0", " ")
    assert r.exit_code == 1 and "c'est un formulaire (un XLSForm, sa feuille survey), pas les réponses" in said, said
    assert "même réponse" not in said


def test_a_respondent_held_in_two_rounds_is_said_in_rounds_and_a_scale_asks_a_whole_number(tmp_path: Path) -> None:
    """« pour le tour 2025, 2026 » and, for « 2,5 » on a scale, « un nombre de 0 à 5 » (2,5 is one)."""
    f = tmp_path / "k.csv"
    f.write_text("_uuid;role;str_goal\nu1;field;cut_costs\n", encoding="utf-8")
    out = tmp_path / "c"
    for rnd in ("2025", "2026"):
        assert run("import", f, "-Q", "housing", "--organisation-id", "c", "--round", rnd, "-o", out).exit_code == 0
    r = run("import", f, "-Q", "housing", "--organisation-id", "c", "-o", out)
    assert r.exit_code == 1 and "'k.csv#u1' is in this folder in rounds 2025, 2026: give --round" in r.output, r.output
    from assess.texts import problem_message

    said = problem_message(
        "respondent 'k.csv#u1' is in this folder in rounds 2025, 2026: give --round to import it again", "fr"
    )
    assert said.replace("\u00a0", " ").startswith(
        "le répondant « k.csv#u1 » est déjà dans ce dossier pour les tours 2025, 2026"
    )
    scale = tmp_path / "s.csv"
    scale.write_text("respondent_id;role;pra_days_on_site\nr1;field;2,5\n", encoding="utf-8")
    r = run("import", scale, "-Q", "housing", "--organisation-id", "c")
    assert r.exit_code == 1 and "(expected a whole number from" in r.output, r.output


def test_nsp_typed_in_the_template_is_dont_know(tmp_path: Path) -> None:
    """« NSP » (ne sait pas), as French paper forms and LimeSurvey's code write it, refused its row."""
    f = tmp_path / "t.csv"
    f.write_text("respondent_id;role;str_goal;pra_mobile\nr1;field;NSP;nsp\n", encoding="utf-8")
    docs, r = imported(tmp_path, f, qid="housing")
    assert r.exit_code == 0, r.output
    assert docs[0]["answers"]["str_goal"] == "dont_know" and docs[0]["answers"]["pra_mobile"] == "dont_know"


def test_a_workbook_with_a_password_is_said_to_have_one(tmp_path: Path) -> None:
    """An XLSX saved with a password is an OLE2 file, as an old .xls is: it was told to « save it as
    XLSX », which it already is. Its stream « EncryptedPackage » tells it; the message says to remove
    the password. (The bytes here are an OLE2 file's head and directory names, as msoffcrypto writes.)"""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    names = "".join(n.ljust(32, "\0") for n in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    locked = tmp_path / "enc.xlsx"
    locked.write_bytes(ole + bytes(1536) + names.encode("utf-16-le") + bytes(2048))
    r = run("import", locked, "-Q", "housing", "--organisation-id", "o", "--lang", "en")
    said = " ".join(r.stderr.split())
    assert r.exit_code == 1 and "a workbook protected by a password: open it in Excel, remove the password" in said
    assert "97-2003" not in said
    old = tmp_path / "old.xls"
    old.write_bytes(ole + bytes(1536) + "Workbook".ljust(32, "\0").encode("utf-16-le") + bytes(2048))
    r = run("import", old, "-Q", "housing", "--organisation-id", "o", "--lang", "en")
    assert r.exit_code == 1 and "an Excel 97-2003 workbook (.xls)" in " ".join(r.stderr.split()), r.stderr


def test_a_hundred_thousand_unread_columns_make_a_short_message_and_one_pattern(tmp_path: Path) -> None:
    """Headings x0 … x99999 beside the answers: the message listed 100,000 columns and 100,000
    `--ignore-column` options (3 MB), and never offered 'x*' (a stem of fewer than three letters was
    refused, lest « Q* » leave the questions Q1 … Q40 aside). It names 30 columns and how many more,
    and offers the one pattern that begins those headings and no other."""
    f = write_csv(tmp_path / "w.csv", ["respondent_id", "str_goal", *(f"x{i}" for i in range(100_000))],
                  [["r1", "cut_costs", *[""] * 100_000]])  # fmt: skip
    r = run("import", f, "-Q", "housing", "--organisation-id", "o", "--lang", "en", "-o", tmp_path / "o.jsonl")
    assert r.exit_code == 1 and len(r.stderr) < 2_000, len(r.stderr)
    said = " ".join(r.stderr.split())
    assert "columns not read: x0, x1," in said and "x29, … (+99970):" in said and "give --ignore-column 'x*'" in said
    # a stem that also begins a column read is not offered: each column is named
    f = write_csv(tmp_path / "q.csv", ["respondent_id", "str_goal", *(f"str_goal{i}" for i in range(8))],
                  [["r1", "cut_costs", *[""] * 8]])  # fmt: skip
    said = " ".join(run("import", f, "-Q", "housing", "--organisation-id", "o", "--lang", "en").stderr.split())
    assert "--ignore-column 'str_goal*'" not in said and "--ignore-column str_goal7" in said, said


def test_an_empty_cell_far_right_makes_no_row_as_wide_as_the_sheet(tmp_path: Path) -> None:
    """Rows each ending in an empty cell at XFD (column 16,384), a sheet without its size: openpyxl
    made every row 16,384 cells wide, and 60,000 such rows in a 290 KB file kept the import busy for
    over a minute. A row is as wide as its last cell holding a value."""
    import re
    import zipfile

    from assess.interop.tables import read_table

    template = tmp_path / "t.xlsx"
    assert run("template", "housing", "--format", "xlsx", "-o", template).exit_code == 0
    with zipfile.ZipFile(template) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = re.sub(r"<dimension[^>]*/>", "", parts["xl/worksheets/sheet1.xml"].decode())
    rows = "".join(
        f'<row r="{n}"><c r="C{n}" t="inlineStr"><is><t>r{n}</t></is></c><c r="XFD{n}"/></row>' for n in range(2, 202)
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.replace("</sheetData>", rows + "</sheetData>").encode()
    wide = tmp_path / "wide.xlsx"
    with zipfile.ZipFile(wide, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    table = read_table(wide)
    assert len(table.rows) == 200 and len(table.headers) < 100  # the template's columns, not 16,384
    assert max(len(cells) for _, cells in table.rows) == len(table.headers)
    assert [cells[2] for _, cells in table.rows[:2]] == ["r2", "r3"]
