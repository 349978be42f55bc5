"""The engine's command line: list, show, template, schema, validate, score, and bad input."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assess.cli import app
from assess.terminal import typography

from .conftest import EXAMPLES, ROOT, blank, uniform

runner = CliRunner()


# the workbook's columns that name an organisation, first on its organisations', gaps' and signals' sheets
KEY = ["identifiant organisation", "organisation", "questionnaire", "version", "tour"]


def run(*args: str, **kw):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kw)


def test_version_and_list() -> None:
    r = run("--version")
    assert r.exit_code == 0 and r.output.startswith("assess ")
    r = run("list", "--json")
    assert r.exit_code == 0, r.output
    rows = {(x["id"], x["version"]): x for x in json.loads(r.stdout)}
    # version 2 of each sector, and version 1 still installed so that its answers still score
    assert {v for i, v in rows if i == "housing"} == {"1.0.0", "2.0.0"}
    assert rows["housing", "2.0.0"]["questions"] >= 35 and rows["housing", "2.0.0"]["languages"] == ["fr", "en"]


def test_show_and_show_json() -> None:
    r = run("show", "housing", "--lang", "en")
    assert r.exit_code == 0, r.output
    assert "Prior reorganisation" in r.stdout and "reo_timing" in r.stdout and "not_revised" in r.stdout
    r = run("show", "housing", "--json")
    model = json.loads(r.stdout)
    assert model["id"] == "housing" and len(model["questions"]) >= 35
    r = run("show", "nope")
    assert r.exit_code == 1 and "unknown questionnaire 'nope'" in r.stderr


def test_template_is_valid_once_filled(tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    r = run("template", "housing", "-o", out)
    assert r.exit_code == 0, r.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert all(v is None for v in doc["answers"].values()) and len(doc["answers"]) >= 35
    r = run("validate", out)  # organisation id still blank
    assert r.exit_code == 1 and 'missing "organisation"' in r.stderr
    doc["organisation"]["id"] = "x"
    out.write_text(json.dumps(doc), encoding="utf-8")
    r = run("validate", out)
    assert r.exit_code == 0, r.stderr


def test_schema() -> None:
    for kind in ("answers", "questionnaire"):
        r = run("schema", kind)
        assert r.exit_code == 0
        schema = json.loads(r.stdout)
        assert "properties" in schema
    assert "answers" in json.loads(run("schema", "answers").stdout)["properties"]


def test_validate_questionnaire_and_examples() -> None:
    r = run("validate", Path("questionnaires/housing.yaml").resolve(), EXAMPLES)
    assert r.exit_code == 0, r.stderr
    assert " 0 invalid" in r.stderr


def test_score_examples_json_fields() -> None:
    r = run("score", EXAMPLES, "--format", "json")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) >= 20
    row = rows[0]
    for key in (
        "source",
        "organisation",
        "respondent",
        "questionnaire",
        "levels",
        "position",
        "trajectory",
        "hinge",
        "depth",
        "signals",
    ):
        assert key in row
    assert set(row["levels"]) == {"strategy", "reorganisation", "data_access", "practices"}
    assert set(row["levels"]["strategy"]) == {"position", "coverage", "status"}
    assert set(row["depth"]) >= {"score", "stage"}


def test_score_by_organisation_lands_where_the_study_says() -> None:
    r = run("score", EXAMPLES / "housing", "--by-organisation", "--format", "json")
    assert r.exit_code == 0, r.stderr
    orgs = {o["organisation"]["id"]: o for o in json.loads(r.stdout)}
    assert orgs["logemer"]["trajectory"] == "digital"
    assert orgs["logeterre"]["trajectory"] == "socio-professional"
    flagged = {g["level"] for g in orgs["logemer"]["gaps"] if g["flagged"]}
    assert "practices" in flagged  # leadership and agency staff see the same tools differently
    assert all(g["respondents"] >= 3 for o in orgs.values() for g in o["groups"])


def test_csv_for_french_excel(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    r = run("score", EXAMPLES / "housing", "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    head = lines[0].split(";")
    assert head[:3] == ["fichier", "ligne", "identifiant organisation"]  # headers in words
    assert "Contexte stratégique : position" in head and "trajectoire" in head
    assert "," in lines[1] and ";" in lines[1]  # decimal comma
    row = dict(zip(head, lines[1].split(";"), strict=False))
    assert row["trajectoire"] in ("numérique", "hybride", "socio-professionnelle")
    assert row["rôle"] == "terrain" and row["Contexte stratégique : réponses"] == "suffisantes"
    r = run("score", EXAMPLES / "housing", "--by-organisation", "-f", "csv", "--csv-decimal", ".", "--lang", "en")
    assert r.stdout.startswith("\ufefforganisation id;") and "logemer" in r.stdout
    assert ";digital;" in r.stdout and "Data circulation | Professional practices" in r.stdout


def test_table_format() -> None:
    r = run("score", EXAMPLES / "housing", "--by-organisation", "-f", "table", "--lang", "en")
    assert r.exit_code == 0, r.stderr
    assert "Logemer" in r.stdout and "digital" in r.stdout


def test_jsonl_same_with_one_or_two_processes(tmp_path: Path, housing) -> None:
    lines = [json.dumps(uniform(housing, "max" if i % 2 else "min", rid=f"r{i}", org=f"o{i % 5}")) for i in range(300)]
    lines[17] = "{not json"
    lines.insert(40, "")
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import assess.pipeline as pipeline

    old = pipeline.JSONL_CHUNK
    pipeline.JSONL_CHUNK = 20_000  # force several chunks
    try:
        one = run("score", big, "-f", "jsonl", "--jobs", "1")
        two = run("score", big, "-f", "jsonl", "--jobs", "2")
    finally:
        pipeline.JSONL_CHUNK = old
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert f"{big}:18: malformed JSON" in one.stderr
    recs = [json.loads(x) for x in one.stdout.splitlines()]
    assert len(recs) == 299
    assert recs[-1]["line"] == 301  # the blank line counts


def test_intake_starts_the_workers_before_the_batch_is_all_found(monkeypatch) -> None:
    """With the default --jobs, the number of processes is known as soon as the batch is big enough
    (the rest is read while the workers score); a small batch, or --jobs, reads every task first."""
    from assess import pipeline

    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    pulled = []

    def tasks(n: int):
        for i in range(n):
            pulled.append(i)
            yield pipeline.Task(files=tuple(f"{i}-{k}.json" for k in range(pipeline.FILES_PER_TASK)))

    per = pipeline.FILES_PER_TASK
    need = -(-pipeline.PARALLEL_MIN_FILES // per)  # tasks that make the batch big
    head, rest, n = pipeline.intake(tasks(100), None)
    assert (len(head), n, len(pulled)) == (max(need, 2), 2, max(need, 2))
    assert len(head) + len(list(rest)) == 100
    pulled.clear()
    head, rest, n = pipeline.intake(tasks(need - 1), None)  # too small for a second process
    assert (len(head), list(rest), n) == (need - 1, [], 1)
    head, rest, n = pipeline.intake(tasks(5), 3)  # --jobs: every task first, no more processes than tasks
    assert (len(head), list(rest), n) == (5, [], 3)
    assert pipeline.intake(tasks(2), 3)[2] == 2 and pipeline.intake(iter(()), None)[2] == 1
    big = [pipeline.Task(jsonl="a.jsonl", start=0, end=pipeline.PARALLEL_MIN_BYTES)]
    assert pipeline.intake(big, None)[2] == 1  # one range: one process (as many as there are tasks)


def test_a_folder_scored_while_it_is_scanned_gives_what_one_process_gives(tmp_path: Path, housing, monkeypatch) -> None:
    """Workers start on the first files while the scan goes on: the output is the same, byte for byte,
    and the scan's errors (an unreadable folder's, a broken link's) are all reported, exit code 1."""
    from assess import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 30)
    monkeypatch.setattr(pipeline, "FILES_PER_TASK", 7)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    d = tmp_path / "answers"
    for i in range(120):
        sub = d / f"site{i // 40}"
        sub.mkdir(parents=True, exist_ok=True)
        doc = uniform(housing, "max" if i % 3 else "min", rid=f"r{i}", org=f"o{i % 4}")
        (sub / f"a{i:03d}.json").write_text(json.dumps(doc), encoding="utf-8")
    (d / "site1" / "a050.json").write_text("{not json", encoding="utf-8")
    (d / "site2" / "gone.json").symlink_to(tmp_path / "nowhere.json")
    one = run("score", d, "-f", "jsonl", "--jobs", "1")
    streamed = run("score", d, "-f", "jsonl")
    assert one.exit_code == streamed.exit_code == 1
    assert one.stdout == streamed.stdout and len(one.stdout.splitlines()) == 119
    assert sorted(one.stderr.splitlines()) == sorted(streamed.stderr.splitlines())
    assert f"{d / 'site2' / 'gone.json'}: broken symbolic link" in streamed.stderr
    assert "119 scored, 2 invalid" in streamed.stderr


def test_on_a_terminal_the_scan_comes_first_and_the_output_is_the_same(tmp_path: Path, housing) -> None:
    """stderr on a terminal: every file is found before the scoring (a progress bar needs the
    total); the results, the scan's errors and the exit code are those of a batch scored as found."""
    import pty

    d = tmp_path / "answers"
    d.mkdir()
    for i in range(30):
        (d / f"a{i:02d}.json").write_text(json.dumps(uniform(housing, "max", rid=f"r{i}")), encoding="utf-8")
    (d / "gone.json").symlink_to(tmp_path / "nowhere.json")
    cmd = [sys.executable, "-m", "assess", "score", str(d), str(tmp_path / "missing"), "-f", "jsonl"]
    env = {**os.environ, "ASSESS_LANG": "en"}
    plain = subprocess.run([*cmd, "-o", str(tmp_path / "plain.jsonl")], capture_output=True, text=True, env=env)
    parent, child = pty.openpty()
    try:
        tty = subprocess.run([*cmd, "-o", str(tmp_path / "tty.jsonl")], stderr=child, env=env, timeout=60)
        os.close(child)
        said = b""
        with contextlib.suppress(OSError):
            while chunk := os.read(parent, 1 << 16):
                said += chunk
    finally:
        os.close(parent)
    assert plain.returncode == tty.returncode == 1
    assert (tmp_path / "plain.jsonl").read_bytes() == (tmp_path / "tty.jsonl").read_bytes()
    assert len((tmp_path / "tty.jsonl").read_bytes().splitlines()) == 30
    for text in (plain.stderr, said.decode()):
        assert "gone.json: broken symbolic link" in text and "missing: no such file or folder" in text
        assert "30 scored, 2 invalid" in text


BAD_INPUTS = {
    "malformed.json": (b'{"format": "assess-answers/1",\n  "answers": {', "malformed JSON"),
    "empty.json": (b"", "file is empty"),
    "latin1.json": ('{"format": "assess-answers/1", "organisation": {"id": "é"}}'.encode("latin-1"), "not UTF-8"),
    "list.json": (b"[1, 2]", "expected a JSON object"),
    "other.json": (b'{"hello": 1}', "not an answers file"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_files_reported_and_batch_goes_on(tmp_path: Path, write_json, name: str, housing) -> None:
    data, expected = BAD_INPUTS[name]
    (tmp_path / name).write_bytes(data)
    write_json("good.json", uniform(housing, "max"))
    r = run("score", tmp_path, "-f", "jsonl")
    assert r.exit_code == 1
    assert f"{tmp_path / name}" in r.stderr and expected in r.stderr
    assert "Traceback" not in r.output
    assert len(r.stdout.splitlines()) == 1  # the good file was still scored


def test_bom_is_accepted(tmp_path: Path, housing) -> None:
    p = tmp_path / "bom.json"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps(uniform(housing, "max")).encode())
    r = run("score", p, "-f", "json")
    assert r.exit_code == 0, r.stderr


def test_huge_file_is_refused(tmp_path: Path, monkeypatch) -> None:
    import assess.reading as reading

    monkeypatch.setattr(reading, "MAX_JSON_BYTES", 1000)
    p = tmp_path / "huge.json"
    p.write_text(json.dumps(blank(answers={"ctx_remarks": "x" * 5000})), encoding="utf-8")
    r = run("score", p)
    assert r.exit_code == 1 and "larger than" in r.stderr and "JSONL" in r.stderr


def test_unknown_questionnaire_and_empty_folder(tmp_path: Path, write_json) -> None:
    write_json("a/x.json", blank(qid="castle"))
    (tmp_path / "empty").mkdir()
    r = run("score", tmp_path / "a", tmp_path / "empty", tmp_path / "missing.json")
    assert r.exit_code == 1
    assert "unknown questionnaire 'castle'" in r.stderr
    assert "holds no answer files" in r.stderr and "no such file or folder" in r.stderr


def test_output_is_atomic_and_kept_on_failure(tmp_path: Path, housing, write_json, monkeypatch) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    write_json("in/a.json", uniform(housing, "max"))
    import assess.cli.score_output as so

    def boom(*a, **k):
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(so.pipeline, "run", boom)
    r = runner.invoke(app, ["score", str(tmp_path / "in"), "-o", str(out)])
    assert r.exit_code != 0
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".assess-")] == []


def test_output_file_permissions_are_normal(tmp_path: Path) -> None:
    import stat

    out = tmp_path / "r.jsonl"
    old = os.umask(0o022)
    try:
        run("score", EXAMPLES / "housing", "-o", out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # not mkstemp's 0600


def test_questionnaires_dir_option_and_env(tmp_path: Path, write_json, monkeypatch) -> None:
    src = Path("questionnaires/housing.yaml").read_text(encoding="utf-8")
    qdir = tmp_path / "q"
    qdir.mkdir()
    (qdir / "mine.yaml").write_text(src.replace("id: housing", "id: mine", 1), encoding="utf-8")
    write_json("a.json", blank(qid="mine"))
    r = run("score", tmp_path / "a.json", "--questionnaires-dir", qdir)
    assert r.exit_code == 0, r.stderr
    monkeypatch.setenv("ASSESS_QUESTIONNAIRES_DIR", str(qdir))
    assert "mine" in run("list").stdout


def test_table_shows_names_as_text_not_markup(tmp_path: Path, housing, write_json) -> None:
    obj = uniform(housing, "max", org="x")
    obj["organisation"]["name"] = "[b]O[/] [/x]"
    write_json("a.json", obj)
    r = run("score", tmp_path, "-f", "table")
    assert r.exit_code == 0, r.output
    assert "[b]O[/] [/x]" in r.stdout


def test_tables_fit_80_columns_and_shorten_at_word_boundaries() -> None:
    from assess.cli.tables import shorten, shorten_id

    assert shorten("Ville du Val-de-Marne (27 000 habitants)", 18) == "Ville du…"
    assert shorten("Logemer", 18) == "Logemer"
    assert shorten("Commune de Bellerive", 18) == "Commune de…"
    assert shorten_id("agent-accueil-12", 15) == "agent-a…ueil-12"
    outputs = {}
    for name, args in (("organisations", ["--by-organisation"]), ("respondents", [])):
        # in this process (the same bytes as `python -m assess` gives, without starting one)
        r = run("score", EXAMPLES, "--format", "table", *args, env={"COLUMNS": "80"})
        assert r.exit_code == 0, r.stderr
        lines = r.stdout.splitlines()
        assert lines and max(len(x) for x in lines) <= 80
        rows = [line for line in lines[2:14] if line.strip() and line.split()[-1].isdigit()]
        assert len(rows) >= 8 and not any("…" in word for row in rows for word in row.split()[1:] if word[0].isdigit())
        assert "sig." in lines[0] and "pos." in lines[0]
        outputs[name] = r.stdout
    # an organisation's name and its flagged gaps go on a second line rather than be cut ("Commune
    # de…" said which commune no more; Logemer's gaps read "S28 R2…")
    after = {
        k: outputs["organisations"].split(k, 1)[1].splitlines() for k in ("Commune de", "Logemer", "Bocage Habitat")
    }
    assert after["Commune de"][1].strip() == "Bellerive"
    assert "S28 R29" in after["Logemer"][0] and after["Logemer"][1].strip() == "D42 P28"
    assert after["Bocage Habitat"][1].strip() == "2022"  # the round whole
    # a name that needs its two lines keeps them with a round: "Habitat du…" said which no more


def test_a_name_on_two_lines_keeps_them_beside_its_round(tmp_path: Path) -> None:
    """An organisation followed over rounds had its name cut to one line to make room for the round:
    "Habitat du…" for Habitat du Littoral, "Office public de…" for every OPH a consultant follows; and
    then at two, "Office public de l'habitat de la…" (which OPH?): it takes up to four lines whole."""
    for name, first, second, third in (("Habitat du Littoral", "Habitat du", "Littoral 2022", None),
                                       ("Office public de l'habitat de la Manche", "Office public de",
                                        "l'habitat de la", "Manche 2022"),
                                       ("Office public de l'habitat de la Manche et du Calvados, de l'Orne et "
                                        "de la Sarthe", "Office public de", "l'habitat de la", "Manche et du"),
                                ):  # fmt: skip
        for f in sorted((EXAMPLES / "rounds").glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            d["organisation"]["name"] = name
            (tmp_path / f.name).write_text(json.dumps(d), encoding="utf-8")
        r = run("score", tmp_path, "--by-organisation", "--format", "table", "--lang", "fr", env={"COLUMNS": "80"})
        assert r.exit_code == 0, r.stderr
        lines = r.stdout.splitlines()
        k = next((i for i, line in enumerate(lines) if line.startswith(first + " ")), None)
        assert k is not None, r.stdout  # the name's first line, whole words
        assert max(len(x) for x in lines) <= 80
        assert lines[k + 1].split("  ")[0] == second, lines[k : k + 3]
        if third:
            assert lines[k + 2].split("  ")[0].strip() == third, lines[k : k + 5]
        if third == "Manche et du":  # four lines at most, the fourth cut, then the round
            assert lines[k + 3].split("  ")[0] == "Calvados, de… 2022", lines[k : k + 5]


def test_xlsx_results_for_a_consultant(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "results.xlsx"
    r = run("score", EXAMPLES, "-o", out, "--lang", "en")
    assert r.exit_code == 0, r.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["respondents", "organisations", "gaps and disagreement", "signals", "not for staff"]
    # the file itself says whom it is for: each respondent's scores are in it
    assert "Do not pass it to the organisations' staff" in wb["not for staff"]["A1"].value
    assert run("score", EXAMPLES / "housing", "-o", tmp_path / "fr.xlsx", "--lang", "fr").exit_code == 0
    said = load_workbook(tmp_path / "fr.xlsx")["à ne pas diffuser"]["A1"].value
    assert said.startswith("Fichier de travail du consultant\u00a0: ") and " ;" not in said
    resp = wb["respondents"]
    head = [c.value for c in resp[1]]
    assert resp.freeze_panes == "A2" and "Strategic context: position" in head and "trajectory" in head
    assert resp.max_row == 82  # 59 respondents of the sectors' examples, 22 of Bocage's rounds, the header
    pos = head.index("overall position") + 1
    assert all(isinstance(resp.cell(row=i, column=pos).value, float | int) for i in range(2, 83))
    assert {resp.cell(row=i, column=head.index("trajectory") + 1).value for i in range(2, 83)} <= {
        "digital", "hybrid", "socio-professional", "undetermined"}  # fmt: skip
    gaps = wb["gaps and disagreement"]
    assert gaps.max_row == 1 + 9 * 4  # six organisations, Bocage's three rounds, four levels
    # the examples' questionnaires name the third level two ways: both in the headings, and each
    # organisation's own on its rows
    assert "Data circulation / Information flow: position" in head
    levels = {(gaps.cell(row=i, column=2).value, gaps.cell(row=i, column=6).value) for i in range(2, 38)}
    assert ("Logemer", "Data circulation") in levels and ("Commune de Bellerive", "Information flow") in levels
    r = run("score", EXAMPLES, "-f", "xlsx")
    assert r.exit_code == 2 and "-o FILE.xlsx" in r.stderr


def test_show_prints_a_questionnaires_words_as_written_never_highlighted(tmp_path: Path, monkeypatch) -> None:
    """rich highlighted the numbers, parentheses and addresses of a consultant's texts in colour, as
    if they were code, and its patterns took time that grows as the square of a text's length: a
    title of 100,000 characters kept `assess show` busy for a minute. The texts print as written."""
    text = (ROOT / "questionnaires" / "housing.yaml").read_text(encoding="utf-8")
    level = 'name: {fr: "Niveau 1 (2024)", en: "Level 1 (2024)"}'
    text = text.replace("\nid: housing\n", "\nid: my-housing\n")
    text = text.replace('name: {fr: "Contexte stratégique", en: "Strategic context"}', level)
    (tmp_path / "mine.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich writes escape sequences as it would on a terminal
    monkeypatch.delenv("NO_COLOR", raising=False)
    r = run("show", "my-housing", "-q", tmp_path, "--lang", "en")
    assert r.exit_code == 0, r.output
    line = next(x for x in r.stdout.splitlines() if "Level" in x and "2024" in x)
    assert "Level 1 (2024)" in line, repr(line)


def test_xlsx_keeps_formulas_as_text(tmp_path: Path, housing, write_json) -> None:
    """The workbook's guard (output.text_cells): a name that looks like a formula is a text cell,
    written as it is (the CSV's leading quote would only change the data there)."""
    from openpyxl import load_workbook

    obj = uniform(housing, "max", org="x")
    obj["organisation"]["name"] = '=HYPERLINK("http://evil","x")'
    write_json("a.json", obj)
    out = tmp_path / "r.xlsx"
    r = run("score", tmp_path / "a.json", "-o", out)
    assert r.exit_code == 0, r.stderr
    ws = load_workbook(out)["respondents"]
    names = [c.value for c in ws[2]]
    assert '=HYPERLINK("http://evil","x")' in names and ws.cell(row=2, column=10).data_type == "n"
    assert ws.cell(row=2, column=names.index('=HYPERLINK("http://evil","x")') + 1).data_type == "s"


def test_validate_checks_a_folder_of_questionnaires(tmp_path: Path) -> None:
    """`assess validate questionnaires/`: each questionnaire file in it is checked (the help says
    folders), with the bad one named; a folder of answers is still read as answers."""

    bundled = runner.invoke(app, ["validate", str(ROOT / "questionnaires")])
    assert bundled.exit_code == 0 and "6 valid, 0 invalid" in bundled.stderr
    text = (ROOT / "questionnaires" / "housing-2.yaml").read_text(encoding="utf-8")
    (tmp_path / "copy.yaml").write_text(text.replace("\nid: housing\n", "\nid: my-housing\n"), encoding="utf-8")
    (tmp_path / "broken.yml").write_text("id: [\n", encoding="utf-8")
    r = runner.invoke(app, ["validate", str(tmp_path)])
    assert r.exit_code == 1 and f"{tmp_path / 'broken.yml'}:2: invalid YAML" in r.stderr
    assert "1 valid, 1 invalid" in r.stderr


def test_validate_refuses_a_file_that_every_other_command_would_ignore(tmp_path: Path, monkeypatch) -> None:
    """A consultant's copy of housing-2.yaml that keeps its id and version: `list`, `score` and
    `report` ignore it (the bundled file comes first), so `validate` must not call it valid; nor two
    of the consultant's files with one id and version. The message names the file, the line of
    `version:` and the other file, in French too."""
    text = (ROOT / "questionnaires" / "housing-2.yaml").read_text(encoding="utf-8")
    (tmp_path / "copy.yaml").write_text(text, encoding="utf-8")
    line = text.splitlines().index("version: 2.0.0") + 1
    for args in (["validate", str(tmp_path)], ["validate", str(tmp_path / "copy.yaml"), "-q", str(tmp_path)]):
        r = runner.invoke(app, args)
        assert r.exit_code == 1, r.stderr
        assert f"{tmp_path / 'copy.yaml'}:{line}: questionnaire housing 2.0.0 is already defined in" in r.stderr
        assert "housing-2.yaml" in r.stderr and "0 valid, 1 invalid" in r.stderr
    from assess.cli.common import ui_lang

    monkeypatch.setenv("ASSESS_LANG", "fr")
    ui_lang.cache_clear()
    fr = runner.invoke(app, ["validate", str(tmp_path)])
    monkeypatch.setenv("ASSESS_LANG", "en")
    ui_lang.cache_clear()
    assert "le questionnaire housing 2.0.0 est déjà défini dans" in fr.stderr and "Traceback" not in fr.output
    mine = text.replace("\nid: housing\n", "\nid: my-housing\n")
    (tmp_path / "copy.yaml").write_text(mine, encoding="utf-8")
    (tmp_path / "twin.yaml").write_text(mine, encoding="utf-8")
    r = runner.invoke(app, ["validate", str(tmp_path / "copy.yaml"), str(tmp_path / "twin.yaml")])
    assert r.exit_code == 1 and "1 valid, 1 invalid" in r.stderr
    assert f"{tmp_path / 'twin.yaml'}:{line}: questionnaire my-housing 2.0.0 is already defined in" in r.stderr
    assert runner.invoke(app, ["validate", str(ROOT / "questionnaires" / "housing-2.yaml")]).exit_code == 0


def test_a_round_no_answers_file_could_hold_is_said_once_before_anything_runs(tmp_path: Path) -> None:
    """`--round` of 41 characters: one usage error (exit 2) for `import`, before any row is read,
    and for `run`, before any question is asked (it was one error per row, or a finished interview
    whose answers file no command would take)."""
    long = "x" * 41
    sheet = tmp_path / "t.csv"
    assert runner.invoke(app, ["template", "housing", "--format", "csv", "-o", str(sheet)]).exit_code == 0
    for args in (["import", str(sheet), "-Q", "housing", "--organisation-id", "o"], ["run", "housing"]):
        r = runner.invoke(app, [*args, "--round", long])
        assert r.exit_code == 2, (args, r.output)
        assert r.stderr.count("round must be a label of at most 40 characters") == 1, r.stderr


def test_an_id_given_to_run_or_import_that_no_answers_file_could_hold_is_refused_before_anything() -> None:
    """`run --org-id` (and `import --organisation-id`) pasted with a zero-width space, a
    `--respondent-id` holding a soft hyphen, an id of 201 characters: a usage error naming the
    option and the character, before any question or row (the interview ran to the end and wrote
    an answers file that `assess score` then refused; the import refused every row)."""
    for option, value, said in (
        ("--org-id", "org1\u200b", "U+200B, character 5 of 5"),
        ("--respondent-id", "r\u00ad1", "U+00AD, character 2 of 3"),
        ("--org-id", "x" * 201, "id is longer than 200 characters"),
        ("--organisation-id", "o\u202eg", "U+202E, character 2 of 3"),
    ):
        command = ["import", "t.csv", "-Q", "housing"] if option == "--organisation-id" else ["run", "housing"]
        r = runner.invoke(app, [*command, option, value])
        assert r.exit_code == 2, (option, r.output)
        assert f"{option}: " in r.stderr and said in r.stderr, r.stderr


def test_found_by_fuzzing_a_control_character_in_a_name_and_a_date_not_of_the_calendar(tmp_path: Path) -> None:
    """A control character in an organisation's name made `score -o x.xlsx` crash and the workbook
    was lost; `report --date 2026-02-30` printed that day on the cover."""
    from openpyxl import load_workbook

    one = json.loads((EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8"))
    one["organisation"]["name"] = "Loge\x07mer \x1b[31m"
    path = tmp_path / "a.json"
    path.write_text(json.dumps(one), encoding="utf-8")
    out = tmp_path / "r.xlsx"
    r = run("score", path, "-o", out, "--by-organisation")
    assert r.exit_code == 0, r.stderr
    cells = [c.value for ws in load_workbook(out) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Loge\\x07mer \\x1b[31m" in cells and not any("\x07" in c or "\x1b" in c for c in cells)
    r = run("report", path, "--date", "2026-02-30", "-o", tmp_path / "x.html")
    assert r.exit_code == 2 and "2026-02-30 is not a day of the calendar" in r.stderr
    assert not (tmp_path / "x.html").exists()
    r = run("report", path, "--date", "2026-02-28", "-o", tmp_path / "x.html")
    assert r.exit_code == 0 and "28" in (tmp_path / "x.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args", [("-o", "r.csv"), ("-o", "r.json"), ("-o", "r.xlsx"), ("--by-organisation", "-o", "r.csv")]
)
def test_a_batch_whose_every_record_is_refused_leaves_the_previous_output(tmp_path: Path, args) -> None:
    """The last good results are not replaced by an empty file when every record of a new batch is
    refused (the header alone, or `[]`): nothing is written, and the command says so."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "assess-answers/1"}', encoding="utf-8")
    target = tmp_path / args[-1]
    target.write_bytes(b"last week's results")
    r = run("score", bad, *args[:-1], target)
    assert r.exit_code == 1
    assert target.read_bytes() == b"last week's results"
    assert "0 scored, 1 invalid" in r.stderr and f"nothing written to {target}" in r.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".assess-")]
    target.unlink()
    assert run("score", bad, *args[:-1], target).exit_code == 1 and not target.exists()


def test_a_response_export_given_to_score_points_to_import(tmp_path: Path) -> None:
    """A LimeSurvey CSV or a Kobo workbook given to `score` (or `report`) is named as an export to
    convert with `assess import`, where it was "malformed JSON" or, for a workbook, "not UTF-8 text"."""
    csv_file = tmp_path / "results-survey123456.csv"
    csv_file.write_text("id;submitdate;ROLE\n1;2026-01-01;TER\n", encoding="utf-8")
    xlsx_file = tmp_path / "kobo.xlsx"
    xlsx_file.write_bytes(b"PK\x03\x04not really a workbook")
    for command in ("score", "report"):
        r = run(command, csv_file, xlsx_file, *(("-o", tmp_path / "r.html") if command == "report" else ()))
        assert r.exit_code == 1
        for f in (csv_file, xlsx_file):
            assert f"{f}: a response export, not an answers file: convert it first with assess import" in r.stderr
        assert "JSON" not in r.stderr and "UTF-8" not in r.stderr


def test_show_says_which_roles_a_question_is_asked_of_and_whether_it_is_a_fact(monkeypatch) -> None:
    """A consultant who restricted questions to some roles could not check it with `show`, which
    printed neither the roles nor the fact/opinion nature; a long question's second line started
    at the left edge, under nothing (found by QA)."""
    monkeypatch.setenv("COLUMNS", "80")
    fixtures = Path(__file__).parent / "fixtures"
    r = run("show", "synthetic", "-q", fixtures, "--lang", "fr")
    assert r.exit_code == 0, r.output
    out = r.stdout.replace("\u00a0", " ")
    assert "s_dir_only single, w=1, appréciation, posée à : direction + encadrement" in " ".join(out.split()), out
    r = run("show", "housing", "--lang", "en")
    lines = r.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("    In the document that launched"))
    assert lines[first + 1].startswith("    ") and lines[first + 1].strip(), lines[first : first + 2]
    assert "str_goal single, w=2, fact" in r.stdout


def test_show_prints_the_thresholds_the_file_sets(monkeypatch) -> None:
    """A consultant who changed the bands, the hinge or the minimum group size could not check them
    with `show`, which printed none of them (found by QA)."""
    monkeypatch.setenv("COLUMNS", "200")
    fixtures = Path(__file__).parent / "fixtures"
    r = run("show", "synthetic", "-q", fixtures, "--lang", "fr")
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert "Trajectoire\u00a0: numérique sous 35, socio-professionnelle à partir de 65" in out, out
    assert "Étapes de la profondeur, à partir de\u00a0: Numérisation 0, Digitalisation 30, Transformation 70" in out
    assert "à partir de 4 répondants" in out and "à partir de 20 points" in out and "40\u00a0% de ses" in out
    r = run("show", "synthetic", "-q", fixtures, "--lang", "en")
    assert "Trajectory: digital below 35, socio-professional from 65" in r.stdout, r.stdout
    assert "below 45 keeps the trajectory at most hybrid" in r.stdout and "scoring.hinge.requires" in r.stdout


def test_an_answer_to_a_question_not_asked_of_the_role_is_said_not_scored(tmp_path: Path) -> None:
    """A field respondent's answer to a question asked only of the direction and management was
    ignored without a word: a wrong role in a consultant's sheet changed the scores silently. Both
    ways of scoring (the record writer and the readable check) now say it, the batch goes on."""
    from .conftest import blank

    fixtures = Path(__file__).parent / "fixtures"
    lines = []
    for i in range(3):  # the record writer takes over from the second object on
        role = "field" if i == 1 else "direction"
        doc = blank("synthetic", "2.1.0", role=role, rid=f"r{i}", answers={"s_dir_only": "hi"})
        lines.append(json.dumps(doc))
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("score", batch, "-q", fixtures, "--format", "jsonl", "--lang", "en", "--jobs", "1")
    assert r.exit_code == 0, r.output
    records = [json.loads(x) for x in r.stdout.splitlines()]
    said = "answers to questions not asked of the role field, so not scored: 's_dir_only'"
    assert [said in rec["warnings"] for rec in records] == [False, True, False], records
    assert said in r.stderr
    from assess.texts import problem_message

    french = problem_message(said, "fr").replace("\u00a0", " ")
    assert french == "réponses à des questions non posées au rôle field, donc non notées : « s_dir_only »"


def test_levels_are_named_as_the_questionnaire_files_name_them_in_every_output(tmp_path: Path) -> None:
    """One source for a level's name: the questionnaire file (a consultant may rename a level), in
    the CSV's headings (streamed, or by organisation) and lists of levels, the table and the
    portfolio, as in the report; where a batch's questionnaires name a level differently, both."""
    out = tmp_path / "r.csv"
    r = run("score", EXAMPLES / "housing", "-o", out, "--lang", "fr", "-j", "2")
    assert r.exit_code == 0, r.stderr
    head = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Circulation des données : position" in head and "Accès aux données" not in head
    r = run("score", EXAMPLES / "municipality", EXAMPLES / "housing", "-f", "csv", "--lang", "fr")
    head = r.stdout.splitlines()[0]
    assert "Circulation des données / Circulation de l'information : couverture" in head, head
    r = run("score", EXAMPLES / "social-economy", "--by-organisation", "-f", "csv", "--lang", "fr")
    assert "Circulation de l'information | Pratiques professionnelles" in r.stdout, r.stdout
    assert "Accès aux données" not in r.stdout
    r = run("score", EXAMPLES / "housing", "-f", "table", "--lang", "en")
    assert "D = Data circulation" in " ".join(r.stdout.split()), r.stdout
    page = tmp_path / "p.html"
    r = run("portfolio", EXAMPLES / "housing", EXAMPLES / "municipality", "-o", page, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "Circulation des données / Circulation de l&#39;information" in html or (
        "Circulation des données / Circulation de l'information" in html
    )


def test_spreadsheet_results_give_dates_as_dates_and_roles_in_words(tmp_path: Path) -> None:
    """A consultant's workbook sorts and filters the answers' dates as dates (they were text), and the
    respondents by role read in words of the language, in the workbook and the CSV ("direction:3
    field:4" gave the English ids), and so do the signals, by their titles."""
    import datetime

    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    r = run("score", EXAMPLES / "housing", "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    wb = load_workbook(out)
    resp, orgs = wb.worksheets[0], wb.worksheets[1]
    day = [c.value for c in resp[1]].index("date") + 1
    assert resp.cell(row=2, column=day).value == datetime.datetime(2021, 6, 15)
    assert resp.cell(row=2, column=day).is_date and resp.cell(row=2, column=day).number_format == "yyyy-mm-dd"
    roles = [c.value for c in orgs[1]].index("rôles") + 1
    # with French spacing, as the report prints it (the sheet's texts had plain spaces before ":")
    said = "direction\u00a0: 3, encadrement\u00a0: 2, terrain\u00a0: 4, fonctions support\u00a0: 1"
    assert orgs.cell(row=2, column=roles).value == said
    assert "Contexte stratégique\u00a0: position" in [c.value for c in orgs[1]]
    # a signal in words beside its id, as the report heads it (the sheet gave the id alone)
    signals = wb.worksheets[3]
    # each row names its organisation as the organisations' sheet does: two of one name stay apart
    assert [c.value for c in signals[1]][:7] == [*KEY, "signal", "intitulé"]
    titled = {row[5]: row[6] for row in signals.iter_rows(min_row=2, values_only=True)}
    assert titled["tools_before_reorganisation"] == "Des outils arrivés sans réorganisation préalable"
    r = run("score", EXAMPLES / "housing", "--by-organisation", "-f", "csv", "--lang", "en")
    assert ";leadership: 3, management: 2, field staff: 4, support services: 1;" in r.stdout, r.stdout


def test_the_csv_names_signals_by_their_titles_and_keeps_their_ids_beside(tmp_path: Path) -> None:
    """The CSV's signals column gave English ids (`field_without_rights`) to a consultant in Excel,
    while the workbook and the report give the questionnaire's titles: it now gives the titles in the
    language, and a `signal ids` column keeps the ids for scripts, streamed or by organisation."""
    out = tmp_path / "r.csv"
    for args in (("-o", out, "-j", "2"), ("--by-organisation", "-o", out)):
        r = run("score", EXAMPLES / "housing", "--lang", "fr", *args)
        assert r.exit_code == 0, r.stderr
        with out.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f, delimiter=";"))
        logemer = next(row for row in rows if row["identifiant organisation"] == "logemer")
        titles, ids = logemer["signaux"].split(" | "), logemer["identifiants des signaux"].split(" | ")
        assert len(titles) == len(ids) > 1
        at = next(i for i, x in enumerate(ids) if x.startswith("tools_before_reorganisation"))
        assert titles[at].startswith("Des outils arrivés sans réorganisation préalable"), titles
        assert titles[at].endswith(" (10)") == ("--by-organisation" in args)  # raised by, by organisation
        assert not any("_" in t.split(" (")[0] for t in titles), titles
    r = run("score", EXAMPLES / "housing", "-f", "csv", "--lang", "en")
    row = next(csv.DictReader(io.StringIO(r.stdout.lstrip("\ufeff")), delimiter=";"))
    assert "Tools arrived without a prior reorganisation" in row["signals"], row
    assert "tools_before_reorganisation" in row["signal ids"].split(" | ")


def test_list_titles_the_questionnaires_in_the_interface_language(french, monkeypatch) -> None:
    """`assess list` printed the French title in an English interface; its JSON keeps the French."""
    from assess.cli.common import ui_lang

    monkeypatch.setenv("COLUMNS", "200")
    r = run("list")
    assert "Bailleur social : trajectoire" in " ".join(r.stdout.split())
    monkeypatch.setenv("ASSESS_LANG", "en")
    ui_lang.cache_clear()
    r = run("list")
    assert "Social housing provider: the trajectory" in " ".join(r.stdout.split()), r.stdout
    assert "Bailleur social" not in r.stdout
    assert json.loads(run("list", "--json").stdout)[0]["title"].startswith("Bailleur social")


def test_a_level_and_a_stage_renamed_in_a_consultants_file_are_renamed_in_the_csv_and_the_report(
    tmp_path: Path,
) -> None:
    """A consultant's copy of a questionnaire that renames a level and a depth stage: the CSV (its
    headings, its depth stage, streamed or by organisation) says what the report says, the file's names."""
    qdir = tmp_path / "q"
    qdir.mkdir()
    text = (ROOT / "questionnaires" / "housing-2.yaml").read_text(encoding="utf-8")
    text = text.replace("id: housing\n", "id: bailleur\n", 1)
    text = text.replace('name: {fr: "Circulation des données"', 'name: {fr: "Partage des données"', 1)
    text = text.replace('name: {fr: "Digitalisation"', 'name: {fr: "Processus outillés"', 1)
    (qdir / "bailleur.yaml").write_text(text, encoding="utf-8")
    answers = tmp_path / "a"
    answers.mkdir()
    for p in sorted((EXAMPLES / "housing").glob("logemer-*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        doc["questionnaire"]["id"] = "bailleur"
        (answers / p.name).write_text(json.dumps(doc), encoding="utf-8")
    for extra in ((), ("--by-organisation",)):
        r = run("score", answers, "-f", "csv", "--lang", "fr", "-q", qdir, *extra)
        assert r.exit_code == 0, r.stderr
        rows = list(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff")), delimiter=";"))
        assert "Partage des données : position" in rows[0], rows[0]
        stage = rows[0].index("stade de profondeur")
        assert {row[stage] for row in rows[1:]} <= {"Numérisation", "Processus outillés", "Transformation"}
        assert "Processus outillés" in {row[stage] for row in rows[1:]}
    out = tmp_path / "r.html"
    assert run("report", answers, "-o", out, "--lang", "fr", "-q", qdir).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "Partage des données" in html and "Processus outillés" in html


def test_workbook_and_csv_of_rounds_tell_the_rounds_apart_and_say_warnings_in_french(tmp_path: Path) -> None:
    """Bocage Habitat, followed over three rounds: the workbook's gaps and signals sheets gave three
    rows "Bocage Habitat / Strategic context" with nothing to tell which round each was; and the
    warnings column of the CSV and the workbook said "a newer version of housing is installed" in
    English to a French consultant, while the terminal said it in French."""
    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    r = run("score", EXAMPLES / "rounds", "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    wb = load_workbook(out)
    gaps, signals = wb.worksheets[2], wb.worksheets[3]
    assert [c.value for c in gaps[1]][:6] == [*KEY, "niveau"]
    rows = list(gaps.iter_rows(min_row=2, values_only=True))
    assert {(row[4], row[5]) for row in rows} >= {("2022", "Contexte stratégique"), ("2026", "Contexte stratégique")}
    assert len({(row[0], row[4], row[5]) for row in rows}) == len(rows) == 3 * 4
    assert {row[0] for row in rows} == {"bocage-habitat"} and {row[3] for row in rows} == {"1.0.0"}
    assert {row[4] for row in signals.iter_rows(min_row=2, values_only=True)} == {"2022", "2024", "2026"}
    french = "une version plus récente de housing est installée (2.0.0) ; ces réponses sont calculées avec la 1.0.0"
    head = [c.value for c in wb.worksheets[0][1]]
    # the workbook is read as a document, with French spacing; the CSV, read by programs too, as written
    assert wb.worksheets[0].cell(row=2, column=head.index("avertissements") + 1).value == typography(french)
    csv_out = tmp_path / "r.csv"
    r = run("score", EXAMPLES / "rounds", "-o", csv_out, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows and all(row["avertissements"] == french for row in rows), rows[0]["avertissements"]
    r = run("score", EXAMPLES / "rounds", "-f", "csv", "--lang", "en")
    assert "a newer version of housing is installed (2.0.0)" in r.stdout


def test_a_french_table_caption_never_starts_a_line_with_a_semicolon() -> None:
    """rich wrapped the caption at every space, the no-break ones too: lines of a French caption
    began with "; sig. = signaux" and "; * = plafonnée". Its lines were centred, ragged on both
    sides, hard to read as a key."""
    for columns in ("80", "100"):
        for args in (["--by-organisation"], []):
            r = run("score", EXAMPLES, "--format", "table", "--lang", "fr", *args, env={"COLUMNS": columns})
            assert r.exit_code == 0, r.stderr
            lines = r.stdout.splitlines()
            start = next(i for i, line in enumerate(lines) if line.strip().startswith("S = "))
            caption = [line.strip() for line in lines[start:]]
            assert "position globale\u00a0;" in r.stdout  # the caption in French typography
            assert max(len(x) for x in lines) <= int(columns)
            assert not any(line.startswith((";", ":", "?", "!")) for line in caption), caption
            # a key read line by line: each line starts at the table's left edge, not centred
            assert all(line.startswith(line.strip()) for line in lines[start:] if line.strip()), lines[start:]


def test_a_name_s_number_in_groups_of_three_stays_on_one_line_of_the_table() -> None:
    """« Ville du Val-de-Marne (27 000 habitants) » wrapped as « (27 » then « 000 habitants) » in the
    organisations' table, where the report keeps the number whole."""
    from assess.cli.tables import wrapped

    for columns in ("80", "100"):
        r = run("score", EXAMPLES, "--format", "table", "--by-organisation", env={"COLUMNS": columns})
        assert r.exit_code == 0 and "(27\u00a0000" in r.stdout, r.stdout
    assert (
        wrapped("Ville  du\tVal-de-Marne (27 000 habitants)", 18) == "Ville du\nVal-de-Marne\n(27\u00a0000 habitants)"
    )
    assert wrapped("années 2024 2025", 12) == "années 2024\n2025"  # two numbers, left apart


def test_score_never_writes_its_results_over_answers_it_reads(tmp_path: Path) -> None:
    """`assess score littoral.jsonl -o littoral.jsonl` replaced a consultant's answers with their
    results, exit code 0; `-o answers/results.jsonl` read the results of the run before as answers
    the next time. Both are refused before anything is read, and the file stays as it was."""
    answers = tmp_path / "answers"
    answers.mkdir()
    src = EXAMPLES / "housing" / "logemer-dg.json"
    one = answers / "logemer-dg.json"
    one.write_bytes(src.read_bytes())
    r = run("score", one, "-o", one)
    assert r.exit_code == 2 and "is among the files this batch reads" in r.stderr, r.stderr
    assert one.read_bytes() == src.read_bytes()
    results = answers / "sub" / "results.jsonl"
    results.parent.mkdir()
    r = run("score", answers, "-o", results)  # the first time, no such file yet
    assert r.exit_code == 0, r.stderr
    kept = results.read_bytes()
    r = run("score", answers, "-o", results, "--by-organisation")
    assert r.exit_code == 2 and str(results) in r.stderr and results.read_bytes() == kept
    # elsewhere, or a file the batch does not read, is written as always
    for out in (tmp_path / "results.jsonl", answers / "results.csv", answers / ".hidden" / "r.jsonl"):
        out.parent.mkdir(exist_ok=True)
        out.write_text("old\n")
        r = run("score", one, answers / "logemer-dg.json", "-o", out)
        assert r.exit_code == 0 and out.read_text() != "old\n", r.stderr


def test_an_organisation_named_two_ways_is_said_with_both_names(tmp_path: Path, housing, write_json) -> None:
    """Two exports of one organisation, one naming it « LOGEMER SA », the other « Logemer »: the
    tables and the report took the first name without a word. Both names are said, and which one is
    used; the results are the same."""
    a = uniform(housing, rid="r1", org="logemer")
    b = uniform(housing, "min", rid="r2", org="logemer", role="direction")
    a["organisation"]["name"], b["organisation"]["name"] = "LOGEMER SA", " Logemer "
    files = [write_json("a.json", a), write_json("b.json", b)]
    note = (
        "organisation 'logemer' is named 2 ways in its answers ('LOGEMER SA', 'Logemer'): "
        "the tables and reports use 'LOGEMER SA'"
    )
    r = run("score", *map(str, files), "--by-organisation", "-f", "jsonl")
    assert r.exit_code == 0 and note in " ".join(r.stderr.split()), r.stderr
    assert json.loads(r.stdout)["organisation"]["name"] == "LOGEMER SA"
    r = run("report", *map(str, files), "-o", str(tmp_path / "r.html"), "--lang", "en")
    assert r.exit_code == 0 and note in " ".join(r.stderr.split()), r.stderr
    b["organisation"]["name"] = "LOGEMER SA"
    write_json("b.json", b)
    r = run("score", *map(str, files), "--by-organisation", "-f", "jsonl")
    assert r.exit_code == 0 and "named 2 ways" not in r.stderr


def test_a_table_of_no_respondent_is_not_printed(tmp_path: Path) -> None:
    """Every file refused: an empty table was printed under its headings, with a legend naming levels
    of no questionnaire ("S = Strategy, D = Data access"); the count says it all."""
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    for args in ((), ("--by-organisation",)):
        r = run("score", str(bad), "-f", "table", *args)
        assert r.exit_code == 1 and r.stdout == "", r.stdout
        assert "0 scored, 1 invalid" in r.stderr


def test_an_organisation_id_in_other_capitals_is_said_to_make_two_organisations(tmp_path: Path, housing) -> None:
    """One import with `--organisation-id ccas-rennes`, another with `CCAS-Rennes`: two organisations,
    two reports and two portfolio rows of the same name, without a word. Said once, naming a file."""
    lines = [
        json.dumps(uniform(housing, "max", rid=f"r{i}", org=["ccas-rennes", "CCAS-Rennes"][i % 2])) for i in range(6)
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("score", str(tmp_path / "a.jsonl"), "--by-organisation", "-f", "json")
    said = "organisations 'ccas-rennes' and 'CCAS-Rennes' differ only in capitals: two organisations, not one"
    assert r.exit_code == 0 and r.stderr.count(said) == 1 and f"{tmp_path / 'a.jsonl'}:2" in r.stderr, r.stderr
    assert len(json.loads(r.stdout)) == 2
