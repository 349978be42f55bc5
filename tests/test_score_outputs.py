"""`assess score`'s outputs as a file: what a workbook's cells hold, and which format a name gets."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from assess.cli import app
from assess.output import CSV_BOM

from .conftest import EXAMPLES, ROOT, uniform

runner = CliRunner()
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# ids and names that a spreadsheet would run, or show as an error, were they not text
HOSTILE = {
    "org-a": ('=HYPERLINK("http://evil.example","Cliquez")', "-2+3"),
    "org-b": ("@SUM(1+1)", "+33612"),
    "org-c": ("#N/A", "=1+1"),
}


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def said(text: str) -> str:
    return " ".join(text.split())  # a message as one line, however the terminal wrapped it


def xml_cells(path: Path) -> list[tuple[str | None, bool, str]]:
    """Every cell of every sheet of the workbook, as its XML says: its type (`t`), whether it holds a
    formula (`<f>`), and its text (an inline string's, a shared string's, or its value)."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(z.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(MAIN + "t")) for si in root.iter(MAIN + "si")]
        cells = []
        for name in names:
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            for c in ElementTree.fromstring(z.read(name)).iter(MAIN + "c"):
                kind = c.get("t")
                v = c.find(MAIN + "v")
                if kind == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter(MAIN + "t"))
                elif kind == "s" and v is not None:
                    text = shared[int(v.text or "0")]
                else:
                    text = v.text or "" if v is not None else ""
                cells.append((kind, c.find(MAIN + "f") is not None, text))
        return cells


def _hostile_answers(tmp_path: Path, housing) -> Path:
    with (tmp_path / "a.jsonl").open("w", encoding="utf-8") as f:
        for org, (name, rid) in HOSTILE.items():
            obj = uniform(housing, "max", org=org, rid=rid, role="direction")
            obj["organisation"]["name"] = name
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return tmp_path / "a.jsonl"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_xlsx_writes_names_and_ids_that_look_like_formulas_as_text_word_for_word(
    tmp_path: Path, housing, lang: str
) -> None:
    """A user's audit: `score -o results.xlsx` wrote `'=HYPERLINK(...)` and a respondent `'-2+3`, the
    CSV's guard (a leading quote, which Excel drops from a CSV cell) kept as data in the workbook,
    where a text cell is never run. The workbook holds the names and ids as the answers give them, in
    text cells (no formula, no error cell for "#N/A"); the CSV keeps its guard."""
    from openpyxl import load_workbook

    answers = _hostile_answers(tmp_path, housing)
    out = tmp_path / "r.xlsx"
    r = run("score", answers, "-o", out, "--lang", lang)
    assert r.exit_code == 0, r.stderr
    wb = load_workbook(out)
    sheet = wb.worksheets[0]  # respondents
    head = [c.value for c in sheet[1]]
    rows = {
        row[head.index("respondent id" if lang == "en" else "identifiant répondant")].value: row
        for row in sheet.iter_rows(2)
    }
    at = head.index("organisation")
    for name, rid in HOSTILE.values():
        cell = rows[rid][at]
        assert cell.value == name and cell.data_type == "s", (cell.value, cell.data_type)
        who = rows[rid][head.index("respondent id" if lang == "en" else "identifiant répondant")]
        assert who.value == rid and who.data_type == "s"
    for ws in wb.worksheets:  # every sheet: organisations, gaps, signals name the organisation too
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type not in ("f", "e"), (ws.title, c.coordinate, c.value)
                assert not (isinstance(c.value, str) and c.value.startswith("'")), (ws.title, c.coordinate, c.value)
    cells = xml_cells(out)
    assert not [c for c in cells if c[1]]  # no <f> anywhere
    for name, rid in HOSTILE.values():
        for text in (name, rid):
            kinds = {kind for kind, _, t in cells if t == text}
            assert kinds and kinds <= {"inlineStr", "s"}, (text, kinds)
    assert not [t for _, _, t in cells if t.startswith("'")]
    # the CSV, which a spreadsheet parses, keeps its guard
    r = run("score", answers, "-f", "csv", "--lang", lang)
    table = list(csv.reader(io.StringIO(r.stdout.lstrip(CSV_BOM), newline=""), delimiter=";"))
    names = {row[table[0].index("organisation")] for row in table[1:]}
    assert {'\'=HYPERLINK("http://evil.example","Cliquez")', "'@SUM(1+1)", "#N/A"} <= names


def test_xlsx_headings_naming_a_level_that_looks_like_a_formula_are_text_word_for_word(tmp_path: Path, housing) -> None:
    """A consultant's questionnaire names a level "=1+1": the workbook's headings ("=1+1: position")
    and the gaps sheet's level column say it as written, in text cells, never a formula (a name
    starting with "=" was once written as a formula in the header row, where the data cells were
    guarded)."""
    from openpyxl import load_workbook

    text = (ROOT / "questionnaires" / "housing.yaml").read_text(encoding="utf-8")
    text = text.replace("\nid: housing\n", "\nid: my-housing\n").replace(
        'name: {fr: "Contexte stratégique", en: "Strategic context"}', 'name: {fr: "=1+1", en: "=1+1"}'
    )
    qdir = tmp_path / "q"
    qdir.mkdir()
    (qdir / "mine.yaml").write_text(text, encoding="utf-8")
    obj = uniform(housing, "max", org="x")
    obj["questionnaire"] = {"id": "my-housing", "version": "1.0.0"}
    (tmp_path / "a.json").write_text(json.dumps(obj), encoding="utf-8")
    out = tmp_path / "r.xlsx"
    r = run("score", tmp_path / "a.json", "-o", out, "-q", qdir, "--lang", "en")
    assert r.exit_code == 0, r.stderr
    wb = load_workbook(out)
    assert not [c.value for ws in wb for c in ws[1] if c.data_type == "f"]
    heading = next(c for c in wb["respondents"][1] if c.value == "=1+1: position")
    assert heading.data_type == "s"
    level = [c for row in wb["gaps and disagreement"].iter_rows(2) for c in row if c.value == "=1+1"]
    assert level and all(c.data_type == "s" for c in level)
    cells = xml_cells(out)
    assert not [c for c in cells if c[1]]
    assert {kind for kind, _, t in cells if t in ("=1+1: position", "=1+1")} == {"inlineStr"}


# --format against -o's suffix: the format that name says, and one asked that says otherwise
CONTRADICTIONS = [
    ("json", "y.csv", "csv"),
    ("csv", "x.json", "json"),
    ("jsonl", "x.json", "json"),
    ("json", "x.jsonl", "jsonl"),
    ("table", "t.csv", "csv"),
    ("sqlite", "s.csv", "csv"),
    ("csv", "s.db", "sqlite"),
    ("json", "Y.CSV", "csv"),
]


@pytest.mark.parametrize(("fmt", "name", "named"), CONTRADICTIONS)
def test_a_format_that_contradicts_the_output_name_is_refused_before_anything_is_written(
    tmp_path: Path, fmt: str, name: str, named: str
) -> None:
    """`score X --format json -o y.csv` wrote JSON into y.csv (exit 0), `--format csv -o x.json` CSV
    into x.json. A usage error now (exit 2) before any scoring, naming both formats; nothing is
    written, a file of that name is left as it was. The ways out it gives work: another name (one
    that says no format, or says the same), or no --format (the name's format)."""
    one = EXAMPLES / "housing" / "logemer-dg.json"
    target = tmp_path / name
    r = run("score", one, "--format", fmt, "-o", target)
    assert r.exit_code == 2, r.output
    suffix = Path(name).suffix
    assert f"--format {fmt} does not write what this name says: a name ending in {suffix} is for --format {named}" in (
        said(r.stderr)
    ), r.stderr
    assert "scored" not in r.stderr and list(tmp_path.iterdir()) == []
    target.write_text("old\n", encoding="utf-8")
    assert run("score", one, "-f", fmt, "-o", target).exit_code == 2
    assert target.read_text(encoding="utf-8") == "old\n"
    target.unlink()
    for other in ("results", "results.txt"):  # a name that says no format: as --format asks, as before
        assert run("score", one, "--format", fmt, "-o", tmp_path / other).exit_code == 0
    assert run("score", one, "-o", target).exit_code == 0  # no --format: the name's format
    written = target.read_bytes()
    if named == "json":
        assert isinstance(json.loads(written), list)
    elif named == "jsonl":
        assert [json.loads(line)["respondent"]["id"] for line in written.splitlines()] == ["dg"]
    elif named == "csv":
        assert written.decode("utf-8-sig").startswith("file;line;")
    else:
        assert written.startswith(b"SQLite format 3\0")


def test_the_refusal_is_said_in_french(tmp_path: Path, french) -> None:
    one = EXAMPLES / "housing" / "logemer-dg.json"
    r = run("score", one, "--format", "json", "-o", tmp_path / "y.csv")
    assert r.exit_code == 2, r.output
    assert (
        "y.csv : --format json n'écrit pas ce que dit ce nom : un nom qui finit par .csv est celui de --format csv"
        in said(r.stderr)
    ), r.stderr
    assert list(tmp_path.iterdir()) == []
