"""No input stops a batch: each bad file, line or folder gets a clear message naming it, the good
ones are still scored, and the exit code is 1 (issue #8's list, one test per case)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assess.cli import app

from .conftest import EXAMPLES, ROOT, uniform

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def score_with_a_good_file(tmp_path: Path, housing, bad: bytes, name: str = "bad.json"):
    (tmp_path / name).write_bytes(bad)
    (tmp_path / "good.json").write_text(json.dumps(uniform(housing, "max")), encoding="utf-8")
    r = run("score", tmp_path, "-f", "jsonl")
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.output
    assert len(r.stdout.splitlines()) == 1, "the good file was not scored"
    return r


# --- header fields of the wrong type ----------------------------------------------------------------

WRONG_HEADERS = {
    "role a list": (("respondent", "role"), ["field"], "respondent.role: unknown role"),
    "role an object": (("respondent", "role"), {"r": 1}, "respondent.role: unknown role"),
    "role a number": (("respondent", "role"), 3, "respondent.role: unknown role 3"),
    "respondent a list": (("respondent",), ["field"], "respondent: must be an object"),
    "respondent id a list": (("respondent", "id"), ["r"], "respondent.id: id must be text"),
    "organisation a number": (("organisation",), 5, "organisation: must be an object with id and name"),
    "organisation missing": (("organisation",), None, 'organisation: missing "organisation"'),
    "organisation id an object": (("organisation", "id"), {"x": 1}, "the organisation's id is text, got an object"),
    "organisation id a number": (("organisation", "id"), 5, "the organisation's id is text, got a number"),
    "organisation id of two spaces": (("organisation", "id"), "  ", "organisation.id: missing"),
    "organisation name a list": (("organisation", "name"), ["n"], "organisation.name: name must be text"),
    "questionnaire a list": (("questionnaire",), ["housing"], "questionnaire: must be an object with id and version"),
    "questionnaire id a number": (("questionnaire", "id"), 1, "questionnaire.id: the questionnaire's id is text"),
    "questionnaire id a list": (("questionnaire", "id"), ["housing"], "the questionnaire's id is text, got a list"),
    "questionnaire id empty": (("questionnaire", "id"), "", 'missing "questionnaire"'),
    "date a number": (("date",), 20261121, "date: date must be a day of the calendar, YYYY-MM-DD"),
    "date not a date": (("date",), "abcd-ef-gh", "date: date must be a day of the calendar, YYYY-MM-DD"),
    "date of the year 0": (("date",), "0000-01-01", "date: date must be a day of the calendar, YYYY-MM-DD"),
    "lang a list": (("lang",), ["fr"], "lang: lang must be fr or en"),
    "lang an object": (("lang",), {"fr": 1}, "lang: lang must be fr or en"),
    "organisation id with a zero-width space": (
        ("organisation", "id"),
        "org1\u200b",
        "organisation.id: holds a character that cannot be seen (U+200B, character 5 of 5)",
    ),
    "respondent id with a word joiner": (
        ("respondent", "id"),
        "\u2060r1",
        "respondent.id: holds a character that cannot be seen (U+2060, character 1",
    ),
    "round with a direction mark": (("round",), "2026\u200e", "round: holds a character that cannot be seen (U+200E"),
    # a space around an id made another organisation, round or respondent, of one person each: the
    # organisation's report was that person's, and a copy « r0 » of « r0 » a third person
    "organisation id with a space at its end": (
        ("organisation", "id"), "logemer ", "organisation.id: begins or ends with a space, 'logemer ': remove it"
    ),
    "respondent id with a space at its start": (
        ("respondent", "id"), " r0", "respondent.id: begins or ends with a space, ' r0': remove it"
    ),
    "round with a no-break space at its end": (
        ("round",), "2024\u00a0", "round: begins or ends with a space, '2024\u00a0': remove it"
    ),
    "version of thousands of digits": (("questionnaire", "version"), "1" * 5000 + ".0.0", "is not like 1.0.0"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(WRONG_HEADERS))
def test_wrongly_typed_header_field(tmp_path: Path, housing, case: str) -> None:
    path, value, expected = WRONG_HEADERS[case]
    doc = uniform(housing, "max")
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    r = score_with_a_good_file(tmp_path, housing, json.dumps(doc).encode())
    assert f"{tmp_path / 'bad.json'}: " in r.stderr and expected in r.stderr, r.stderr
    assert len(r.stderr) < 2000  # a hostile value is cut, never echoed whole


def test_wrong_header_in_jsonl_keeps_the_other_lines(tmp_path: Path, housing) -> None:
    good = uniform(housing, "max")
    bad = uniform(housing, "max")
    bad["respondent"]["role"] = ["field"]
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in (good, bad, good)) + "\n", encoding="utf-8")
    r = run("score", p, "-f", "jsonl")
    assert r.exit_code == 1
    assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [1, 3]
    assert f"{p}:2: respondent.role: unknown role" in r.stderr


def test_ids_holding_a_character_no_one_sees_are_refused_in_a_batch_in_french(tmp_path: Path, housing, french) -> None:
    """An organisation "org1" pasted with a zero-width space after it printed as "org1" and was
    another organisation; a respondent so pasted counted twice. Each such line is refused with the
    character's code and place (the fast form and the readable check agree: test_agreement), the
    others are scored; a no-break space in a respondent's id is a space, and kept."""
    good = uniform(housing, "max")
    good["respondent"]["id"] = "r\u00a01"
    org = json.loads(json.dumps(good))
    org["organisation"]["id"] += "\u200b"
    resp = json.loads(json.dumps(good))
    resp["respondent"]["id"] = "r1\ufeff"
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in (good, org, resp, good)) + "\n", encoding="utf-8")
    r = run("score", p, "-f", "jsonl")
    assert r.exit_code == 1, r.output
    assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [1, 4]
    assert json.loads(r.stdout.splitlines()[0])["respondent"]["id"] == "r\u00a01"
    assert f"{p}:2: organisation.id: contient un caractère invisible (U+200B, caractère " in r.stderr.replace(
        "\u00a0", " "
    )
    assert f"{p}:3: respondent.id: contient un caractère invisible (U+FEFF, caractère 3 sur 3)" in r.stderr.replace(
        "\u00a0", " "
    )


def test_duplicate_keys_are_reported_not_last_wins(tmp_path: Path, housing) -> None:
    text = json.dumps(uniform(housing, "max"))
    dup = text.replace('"answers": {', '"answers": {"str_goal": "cut_costs", ', 1)
    r = score_with_a_good_file(tmp_path, housing, dup.encode())
    assert ": answers.str_goal: key given twice" in r.stderr  # the place in full: where to look


def test_duplicate_keys_with_colons_in_text(tmp_path: Path, housing) -> None:
    doc = uniform(housing, "max")
    doc["comments"] = {"str_goal": "Remarque : les agences : oui"}
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run("score", ok, "-f", "jsonl").exit_code == 0  # colons in text are no duplicates
    dup = json.dumps(doc, ensure_ascii=False).replace('"comments": {', '"comments": {"str_goal": "Autre : non", ')
    assert dup.count('"str_goal": "') == 3
    (tmp_path / "ok.json").unlink()
    r = score_with_a_good_file(tmp_path, housing, dup.encode())
    assert ": comments.str_goal: key given twice" in r.stderr


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b""), ("utf-16-be", b""), ("utf-16", None)])
def test_utf16_is_named(tmp_path: Path, housing, encoding: str, bom: bytes | None) -> None:
    data = json.dumps(uniform(housing, "max")).encode(encoding)
    r = score_with_a_good_file(tmp_path, housing, (bom or b"") + data)
    assert "UTF-16" in r.stderr and "save it as UTF-8" in r.stderr


@pytest.mark.parametrize("name", ["bad.json", "bad.jsonl"])
def test_a_file_of_nul_bytes_alone_is_called_damaged_not_utf32(tmp_path: Path, housing, name: str) -> None:
    """The zeros a crash or a full disk leaves in a file were said to be "UTF-32 text: save it as
    UTF-8", which sent the consultant looking for an encoding."""
    r = score_with_a_good_file(tmp_path, housing, b"\x00" * 4096, name)
    assert f"{tmp_path / name}" in r.stderr and "holds only NUL bytes (a damaged file)" in r.stderr, r.stderr
    assert "UTF-32" not in r.stderr


# --- folders ----------------------------------------------------------------------------------------


def test_symlink_loops_and_self_links(tmp_path: Path, housing) -> None:
    d = tmp_path / "answers"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "a.json").write_text(json.dumps(uniform(housing, "max")), encoding="utf-8")
    os.symlink(d, d / "sub" / "loop")  # a link back to a parent folder
    os.symlink("self.json", d / "self.json")  # a link to itself
    os.symlink("nowhere.json", d / "dangling.json")
    r = run("score", d, "-f", "jsonl")
    assert r.exit_code == 1
    assert len(r.stdout.splitlines()) == 1  # a.json, once
    assert f"{d / 'self.json'}: symbolic link loop" in r.stderr
    assert f"{d / 'dangling.json'}: broken symbolic link" in r.stderr


def as_nobody(*commands: list[str]) -> list[dict]:
    """Each command run as `nobody` in a forked child (root reads everything): what it said."""
    said = []
    for args in commands:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: become nobody, run the command, send back what it said
            try:
                os.close(read)
                os.setgid(65534)
                os.setuid(65534)
                r = runner.invoke(app, args)
                got = {"code": r.exit_code, "out": r.stdout, "err": r.stderr, "raised": repr(r.exception)}
                data = json.dumps(got).encode()
            except BaseException as e:
                data = json.dumps({"code": -1, "out": "", "err": repr(e)}).encode()
            os.write(write, data)
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as f:
            said.append(json.loads(f.read()))
        os.waitpid(pid, 0)
    return said


@pytest.fixture
def closed_answers(housing):
    """A folder of answers readable by all but for one file and one subfolder (mode 0), in a folder
    anyone may write a report into."""
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(dir="/tmp"))
    d = base / "answers"
    (d / "closed").mkdir(parents=True)
    (d / "ok.json").write_text(json.dumps(uniform(housing, "max")), encoding="utf-8")
    (d / "secret.json").write_text(json.dumps(uniform(housing, "max")), encoding="utf-8")
    (d / "closed" / "x.json").write_text("{}", encoding="utf-8")
    for p, mode in ((base, 0o777), (d, 0o755), (d / "ok.json", 0o644), (d / "secret.json", 0), (d / "closed", 0)):
        os.chmod(p, mode)
    # each command once as root first: `nobody` may not read this Python's own modules, so the
    # child must find every module it needs already imported (and the plan cache read)
    for args in (["score", "-f", "jsonl"], ["validate"], ["report", "-o", str(base / "r.html")]):
        assert runner.invoke(app, [*args, str(d / "ok.json")]).exit_code == 0
    try:
        yield d
    finally:
        for p in (d / "secret.json", d / "closed"):
            os.chmod(p, 0o755)
        shutil.rmtree(base)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run the check as another user")
def test_unreadable_file_and_folder_are_reported(closed_answers: Path) -> None:
    d = closed_answers
    (got,) = as_nobody(["score", str(d), "-f", "jsonl"])
    assert got["code"] == 1, got
    assert len(got["out"].splitlines()) == 1, got
    assert f"{d / 'secret.json'}: cannot read: Permission denied" in got["err"]
    assert f"{d / 'closed'}: cannot read the folder: Permission denied" in got["err"]
    assert "Traceback" not in got["err"]


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run the check as another user")
def test_unreadable_paths_named_on_the_command_line_are_no_usage_error(closed_answers: Path) -> None:
    """Named one by one, as a folder's files are: each said, the others read (click's usage error
    "Path '…' is not readable." stopped every command before reading any, exit 2)."""
    d = closed_answers
    paths = [str(d / "secret.json"), str(d / "closed"), str(d / "ok.json")]
    out = str(d.parent / "r.html")
    said = as_nobody(["score", *paths, "-f", "jsonl"], ["validate", *paths], ["report", *paths, "-o", out])
    for command, got in zip(("score", "validate", "report"), said, strict=True):
        assert got["code"] == 1, (command, got)
        assert f"{d / 'secret.json'}: cannot read: Permission denied" in got["err"], (command, got)
        assert f"{d / 'closed'}: cannot read the folder: Permission denied" in got["err"], (command, got)
        assert "not readable" not in got["err"] and "Traceback" not in got["err"], (command, got)
        assert "holds no answer files" not in got["err"], (command, got)  # said once, not twice
    assert len(said[0]["out"].splitlines()) == 1  # ok.json scored
    assert "1 valid" in said[1]["err"] and "written:" in said[2]["err"]


def test_fifo_is_skipped_with_a_note_never_a_hang(tmp_path: Path, housing) -> None:
    d = tmp_path / "answers"
    d.mkdir()
    (d / "ok.json").write_text(json.dumps(uniform(housing, "max")), encoding="utf-8")
    os.mkfifo(d / "pipe.json")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "assess", "score", str(d), str(d / "pipe.json"), "/dev/null", "-f", "jsonl"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr  # skipped on purpose: a note, not an error
    assert len(proc.stdout.splitlines()) == 1
    assert f"note: {d / 'pipe.json'}: not a regular file (a named pipe): skipped" in proc.stderr
    assert "note: /dev/null: not a regular file (a device): skipped" in proc.stderr


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 200_000])
def test_an_answers_file_is_read_whole_at_any_size(tmp_path: Path, size: int) -> None:
    """One read for a small file, more around the size of the first read: every byte, once."""
    from assess.reading import read_answer_bytes

    p = tmp_path / "a.json"
    data = bytes(i % 251 for i in range(size))
    p.write_bytes(data)
    assert read_answer_bytes(str(p)) == data


def test_what_is_not_an_answers_file_is_named_when_read(tmp_path: Path, monkeypatch) -> None:
    import assess.reading as reading
    from assess.errors import AnswersError

    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "big.json").write_bytes(b" " * 3000)
    cases = {
        str(tmp_path): "is a folder",
        str(tmp_path / "pipe.json"): "not a regular file (a named pipe)",
        "/dev/zero": "not a regular file (a device)",
        str(tmp_path / "missing.json"): "cannot read: No such file or directory",
    }
    for path, message in cases.items():
        with pytest.raises(AnswersError) as e:
            reading.read_answer_bytes(path)
        assert e.value.problems[0].message == message, path
    # a limit below the first read's size still holds
    monkeypatch.setattr(reading, "MAX_JSON_BYTES", 1000)
    with pytest.raises(AnswersError) as e:
        reading.read_answer_bytes(str(tmp_path / "big.json"))
    assert "larger than" in e.value.problems[0].message


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_or_blank_jsonl_is_named(tmp_path: Path, housing, content: bytes) -> None:
    r = score_with_a_good_file(tmp_path, housing, content, name="empty.jsonl")
    assert f"{tmp_path / 'empty.jsonl'}: empty file: no JSON line" in r.stderr


def test_a_very_long_line_shifts_nothing(tmp_path: Path, housing, monkeypatch) -> None:
    import assess.pipeline as pipeline
    import assess.reading as reading

    monkeypatch.setattr(reading, "MAX_LINE_BYTES", 5000)
    monkeypatch.setattr(pipeline, "JSONL_CHUNK", 3000)  # ranges that start and end inside the long line
    good = json.dumps(uniform(housing, "max"))
    p = tmp_path / "long.jsonl"
    p.write_text("\n".join([good, "x" * 40_000, good, "", good]) + "\n", encoding="utf-8")
    for jobs in ("1", "2"):
        r = run("score", p, "-f", "jsonl", "--jobs", jobs)
        assert r.exit_code == 1
        assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [1, 3, 5]
        assert r.stderr.count("line longer than") == 1 and f"{p}:2: line longer than" in r.stderr


# --- questionnaire folders ------------------------------------------------------------------------


def test_same_id_and_version_twice_names_both_files(tmp_path: Path, housing) -> None:
    qdir = tmp_path / "q"
    qdir.mkdir()
    copy = qdir / "housing-copy.yaml"
    copy.write_text((ROOT / "questionnaires" / "housing.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    r = run("list", "--questionnaires-dir", qdir)
    assert r.exit_code == 0
    # at the line of its version, as `validate` says it (list and score named no line)
    line = next(n for n, t in enumerate(copy.read_text(encoding="utf-8").splitlines(), 1) if t.startswith("version:"))
    assert f"{copy}:{line}: questionnaire housing 1.0.0 is already defined in" in r.stderr, r.stderr
    assert "housing.yaml: this file is ignored" in r.stderr
    r = run("score", EXAMPLES / "housing" / "logemer-dg.json", "-q", qdir, "-f", "jsonl")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 1  # the bundled one scores, as before
    assert f"{copy}:{line}: questionnaire housing 1.0.0 is already defined in" in r.stderr, r.stderr


def test_a_broken_questionnaire_does_not_stop_other_commands(tmp_path: Path) -> None:
    qdir = tmp_path / "q"
    qdir.mkdir()
    (qdir / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    r = run("score", EXAMPLES / "housing" / "logemer-dg.json", "-q", qdir, "-f", "jsonl")
    assert r.exit_code == 0 and f"warning: {qdir / 'broken.yaml'}" in r.stderr
    r = run("list", "--json", "-q", qdir)
    rows = json.loads(r.stdout)
    assert {x["id"]: x["bundled"] for x in rows} == {"housing": True, "municipality": True, "social-economy": True}


def test_a_plan_cache_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch) -> None:
    """A folder where the cache file goes (or a cache folder of another user's): scored all the same."""
    from assess.catalog import cache_path
    from assess.resources import bundled_questionnaires_dir

    monkeypatch.setenv("ASSESS_CACHE_DIR", str(tmp_path / "cache"))
    cache_path(bundled_questionnaires_dir()).mkdir(parents=True)
    r = run("score", EXAMPLES / "housing" / "logemer-dg.json", "-f", "jsonl")
    assert r.exit_code == 0 and '"housing"' in r.stdout and "1 scored" in r.stderr, r.stderr


def test_an_error_no_command_caught_is_a_message_not_a_traceback(monkeypatch, capfd) -> None:
    """The console script's one place for errors: an AssessError that escapes a command is printed
    with its file, and the exit code is 1."""
    import assess.cli
    from assess.errors import AssessError

    def broken() -> None:
        raise AssessError("cannot write x.json: Permission denied", "x.json")

    def leave(code: object) -> None:  # the real one ends the process: this one ends the test
        raise SystemExit(code)

    monkeypatch.setattr(assess.cli, "app", broken)
    monkeypatch.setattr(assess.cli, "leave", leave)
    with pytest.raises(SystemExit) as e:
        assess.cli.run()
    assert e.value.code == 1
    err = capfd.readouterr().err
    assert "cannot write x.json: Permission denied" in err and "Traceback" not in err


@pytest.mark.parametrize(("code", "status", "err"), [(None, 0, ""), (0, 0, ""), (3, 3, ""), ("bye", 1, "bye\n")])
def test_leave_exits_as_sys_exit_would(code: object, status: int, err: str) -> None:
    """The console script ends without the interpreter's teardown, with sys.exit's exit status."""
    prog = f"import sys; from assess.cli import leave; sys.stdout.write('out'); sys.stdout.flush(); leave({code!r})"
    r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, cwd=ROOT)
    assert (r.returncode, r.stdout, r.stderr) == (status, "out", err)


def test_list_shows_where_each_questionnaire_comes_from(tmp_path: Path) -> None:
    qdir = tmp_path / "q"
    qdir.mkdir()
    src = (ROOT / "questionnaires" / "housing.yaml").read_text(encoding="utf-8")
    (qdir / "mine.yaml").write_text(src.replace("id: housing", "id: mine", 1), encoding="utf-8")
    r = run("list", "-q", qdir)
    assert r.exit_code == 0 and "bundled" in r.stdout
    # at 80 columns the path is folded onto the next lines of its column, never cut ("/tmp/pytes…")
    narrow = runner.invoke(app, ["list", "-q", str(qdir)], env={"COLUMNS": "80"}).stdout.splitlines()
    at = next(line.index("source") for line in narrow if "source" in line)
    column = "".join(line[at:].strip() for line in narrow if len(line) > at)
    assert str(qdir / "mine.yaml") in column, narrow
    rows = {x["id"]: x for x in json.loads(run("list", "--json", "-q", qdir).stdout)}
    assert rows["mine"]["path"] == str(qdir / "mine.yaml") and not rows["mine"]["bundled"]
    assert rows["housing"]["bundled"]


# --- organisations across major versions ----------------------------------------------------------


def test_report_of_an_organisation_on_two_major_versions(tmp_path: Path, housing) -> None:
    qdir = tmp_path / "q"
    qdir.mkdir()
    src = (ROOT / "questionnaires" / "housing.yaml").read_text(encoding="utf-8")
    (qdir / "housing3.yaml").write_text(src.replace("version: 1.0.0", "version: 3.0.0", 1), encoding="utf-8")
    answers = tmp_path / "a"
    answers.mkdir()
    (answers / "v1.json").write_text(json.dumps(uniform(housing, "max", org="org1")), encoding="utf-8")
    (answers / "v2.json").write_text(
        json.dumps(uniform(housing, "max", org="org1", version="3.0.0", rid="r2")), encoding="utf-8"
    )
    r = run("report", answers, "-q", qdir, "-o", tmp_path / "r.html")
    assert r.exit_code == 1 and "several questionnaires or major versions" in r.stderr
    assert "Traceback" not in r.output
    r = run("report", answers, "-q", qdir, "--out-dir", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["org1-housing-v1.html", "org1-housing-v3.html"]
    r = run("score", answers, "-q", qdir, "--by-organisation", "-f", "json")
    recs = json.loads(r.stdout)
    assert [(x["organisation"]["id"], x["questionnaire"]["version"]) for x in recs] == [
        ("org1", "1.0.0"),
        ("org1", "3.0.0"),
    ]


# --- signals ----------------------------------------------------------------------------------------


def _big_jsonl(tmp_path: Path, housing, n: int) -> Path:
    p = tmp_path / "big.jsonl"
    line = json.dumps(uniform(housing, "max")) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        for _ in range(n):
            f.write(line)
    return p


@pytest.mark.slow
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP"])
def test_sigterm_behaves_like_ctrl_c(tmp_path: Path, housing, sig: str) -> None:
    """SIGHUP too (the terminal closed): it killed the command and left its temporary output."""
    big = _big_jsonl(tmp_path, housing, 60_000)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assess", "score", str(big), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    # as soon as the temporary output exists: scoring is under way (a fixed wait could come too late
    # now that 60,000 lines take under a second)
    deadline = time.monotonic() + 30
    while not [p for p in tmp_path.iterdir() if p.name.startswith(".assess-")] and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"interrupted" in err and b"Traceback" not in err
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".assess-")]


def test_a_hangup_ignored_by_nohup_stays_ignored() -> None:
    """`nohup assess score ...` must go on when the terminal closes: SIGHUP is stopped on only
    when nothing ignores it."""
    code = (
        "import os, signal, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN)\n"
        "from assess.cli.common import interrupt_on_sigterm; interrupt_on_sigterm()\n"
        "os.kill(os.getpid(), signal.SIGHUP); print('still here')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0 and proc.stdout == "still here\n", proc.stderr


# A stop that lands in a finaliser: Python drops the KeyboardInterrupt raised there ("Exception
# ignored in: <function ...>", with a traceback) and the run went on to write its result with exit
# code 0. Seen once in CI on the test above. Here the signal is sent from a finaliser on purpose.
_DROPPED_STOP = """
import os, signal, sys, time
import assess.pipeline as pipeline

class Finalised:
    def __del__(self):
        os.kill(os.getpid(), signal.{sig})
        time.sleep(0.05)  # the handler runs in here, and its exception is dropped

copy = pipeline.copy_shard

def copy_after_a_dropped_stop(*args, **kwargs):
    Finalised()
    return copy(*args, **kwargs)

pipeline.copy_shard = copy_after_a_dropped_stop
sys.argv = ["assess", *sys.argv[1:]]
from assess.cli import run
run()
"""


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("to_file", [True, False], ids=["file", "stdout"])
def test_a_stop_dropped_in_a_finaliser_still_stops(tmp_path: Path, sig: str, to_file: bool) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    args = ["score", str(EXAMPLES / "housing"), "--jobs", "1", *(["-o", str(out)] if to_file else [])]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-c", _DROPPED_STOP.format(sig=sig), *args], capture_output=True, env=env, timeout=60
    )
    err = r.stderr.decode()
    assert r.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err and "Exception ignored" not in err
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".assess-")]


def _temporary_output_begun(folder: Path) -> bool:
    for p in folder.iterdir():
        if p.name.startswith(".assess-"):
            try:
                if p.stat().st_size:
                    return True
            except FileNotFoundError:  # renamed into place meanwhile
                pass
    return False


@pytest.mark.slow
def test_sigkill_leaves_no_worker_and_no_traceback(tmp_path: Path, housing) -> None:
    big = _big_jsonl(tmp_path, housing, 60_000)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assess", "score", str(big), "-o", str(tmp_path / "o.jsonl"), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True,
    )  # fmt: skip
    # as soon as the workers' first output reaches the temporary file: the workers are up and
    # scoring (a fixed wait of 1.5 s could come after the end on a fast machine, and test nothing)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _temporary_output_begun(tmp_path):
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err  # killed while it ran, not after it had finished
    for _ in range(50):  # the kernel stops the workers with their parent
        left = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True).stdout.split()
        if not left:
            break
        time.sleep(0.1)
    assert left == [], f"workers left running: {left}"
    assert b"Traceback" not in err


# --- terminal safety ----------------------------------------------------------------------------------


def test_escape_sequences_from_data_are_shown_not_obeyed(tmp_path: Path, housing) -> None:
    doc = uniform(housing, "max", org="x")
    doc["organisation"]["name"] = "\x1b[2JOffice\x1b]0;owned\x07\x9b31m"  # shown cut in the table
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    bad = uniform(housing, "max")
    bad["answers"]["str_goal\x1b[2J"] = "x"
    (tmp_path / "b.json").write_text(json.dumps(bad), encoding="utf-8")
    r = run("score", tmp_path, "-f", "table")
    for text in (r.stdout, r.stderr):
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "\\x1b[2J" in r.stdout and "str_goal\\x1b[2J" in r.stderr


def test_a_directional_control_typed_in_an_option_is_shown_in_the_usage_error() -> None:
    """click shows the escape characters of an option or a value it does not know ("No such option:
    --x\\x1b"), not U+202E, which printed the rest of the error panel backwards. Both are shown."""
    for args in (["score", "--x\u202e\x1b[2J", "a.json"], ["score", "-f", "csv\u2066", "a.json"]):
        r = run(*args)
        assert r.exit_code == 2, r.output
        assert "\u202e" not in r.stderr and "\u2066" not in r.stderr and "\x1b" not in r.stderr, r.stderr
        assert "\\u202e" in r.stderr or "\\u2066" in r.stderr, r.stderr


# --- JSONL reading: exact line numbers whatever the block and line sizes ---------------------------


def _reference_lines(data: bytes, start: int, end: int, limit: int) -> list[tuple[int, object]]:
    chunk = data[start:end]
    if start == 0 and chunk.startswith(b"\xef\xbb\xbf"):
        chunk = chunk[3:]
    parts = chunk.split(b"\n")
    if parts[-1] == b"":
        parts.pop()
    out: list[tuple[int, object]] = []
    for i, part in enumerate(parts, 1):
        if len(part) > limit:
            out.append((i, "long"))
        elif part.strip():
            out.append((i, part))
    return out


def test_jsonl_lines_and_counts_are_exact_in_any_blocks(tmp_path: Path, monkeypatch) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import assess.reading as reading

    monkeypatch.setattr(reading, "MAX_LINE_BYTES", 12)
    line = st.one_of(st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"x")), st.sampled_from([b"", b"  ", b"{}"]))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(line, max_size=12), st.booleans(), st.booleans(), st.integers(1, 40), st.data())
    def check(lines: list[bytes], final_newline: bool, bom: bool, block: int, data) -> None:
        monkeypatch.setattr(reading, "_BLOCK", block)
        raw = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
        p = tmp_path / "x.jsonl"
        p.write_bytes(raw)
        # a range that starts and ends at line starts
        starts = [0] + [i + 1 for i, c in enumerate(raw) if c == 10]
        a = data.draw(st.sampled_from(starts))
        b = data.draw(st.sampled_from([s for s in [*starts, len(raw)] if s >= a]))
        got = [(n, "long" if isinstance(x, reading.Problem) else x) for n, x in reading.iter_jsonl_lines(str(p), a, b)]
        assert got == _reference_lines(raw, a, b, 12)
        assert reading.count_newlines(str(p), a, b) == raw[a:b].count(b"\n")

    check()


def test_a_respondent_read_twice_counts_once_in_its_organisation(tmp_path: Path) -> None:
    """A file copied beside the others ("logemer-dg (1).json"): per organisation, in the report and
    the workbook, the respondent counts once, the copy is named with the file it repeats, exit 1.
    Respondents without an id cannot be told apart and all count; a respondent per line is printed
    as read."""
    folder = EXAMPLES / "housing"
    copy = tmp_path / "logemer-dg (1).json"
    copy.write_bytes((folder / "logemer-dg.json").read_bytes())
    alone = run("score", folder, "--by-organisation", "-f", "json")
    both = run("score", folder, copy, "--by-organisation", "-f", "json")
    assert alone.exit_code == 0 and both.exit_code == 1
    assert f"{copy}: respondent 'dg' is also in {folder / 'logemer-dg.json'}: counted once" in both.stderr
    assert json.loads(both.stdout) == json.loads(alone.stdout)
    assert "21 scored, 1 invalid" in both.stderr
    logemer = sorted(folder.glob("logemer*.json"))
    assert run("report", *logemer, "-o", tmp_path / "once.html").exit_code == 0
    report = run("report", *logemer, copy, "-o", tmp_path / "twice.html")
    assert report.exit_code == 1 and "counted once" in report.stderr
    assert (tmp_path / "twice.html").read_bytes() == (tmp_path / "once.html").read_bytes()
    per_line = run("score", folder, copy, "-f", "jsonl")
    assert per_line.exit_code == 0 and len(per_line.stdout.splitlines()) == 22
    anonymous = json.loads((folder / "logemer-dg.json").read_text(encoding="utf-8"))
    del anonymous["respondent"]["id"]
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(anonymous), encoding="utf-8")
    two = run("score", tmp_path / "a.json", tmp_path / "b.json", "--by-organisation", "-f", "json")
    assert two.exit_code == 0 and json.loads(two.stdout)[0]["respondents"] == 2


def test_a_database_or_a_pdf_named_as_answers_is_said_for_what_it_is(tmp_path: Path) -> None:
    """`assess report results.sqlite` (the database `score` keeps for years) said "the file is UTF-16
    text: save it as UTF-8"; a PDF report, "not UTF-8 text". Each is named for what it is, and the
    batch goes on with the other files."""
    db = tmp_path / "results.sqlite"
    r = run("score", EXAMPLES / "housing" / "logemer-dg.json", "-o", db)
    assert r.exit_code == 0, r.stderr
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    r = run("score", db, pdf, EXAMPLES / "housing" / "logemer-dg.json", "-f", "json", "--lang", "en")
    assert r.exit_code == 1 and len(json.loads(r.stdout)) == 1, r.stderr
    assert (
        f"{db}: a SQLite database (such as the results of assess score -o results.sqlite), not an answers" in r.stderr
    )
    assert f"{pdf}: a PDF document, not an answers file (JSON)" in r.stderr and "UTF" not in r.stderr
    r = run("report", db, "-o", tmp_path / "r.html")
    assert r.exit_code == 1 and "a SQLite database" in r.stderr and "UTF-16" not in r.stderr, r.stderr


# A stop while `assess import` writes its answers: the fsync of the temporary file of the answers
# file it names (the folder's third, or the .jsonl) sends the signal to the process itself.
_STOP_WHILE_WRITING = """
import os, signal, sys
target, at, sig = sys.argv.pop(1), int(sys.argv.pop(1)), getattr(signal, sys.argv.pop(1))
seen = [0]
fsync = os.fsync

def fsync_then_stop(fd):
    if os.readlink(f"/proc/self/fd/{fd}").startswith(target):
        seen[0] += 1
        if seen[0] == at:
            os.kill(os.getpid(), sig)
    return fsync(fd)

os.fsync = fsync_then_stop
sys.argv = ["assess", *sys.argv[1:]]
from assess.cli import run
run()
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="finds the file by /proc")
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("into", ["folder", "jsonl"])
def test_an_import_stopped_while_writing_leaves_whole_files_only(tmp_path: Path, sig: str, into: str) -> None:
    """SIGTERM (or the terminal closed) killed `assess import` with exit code 143 and no word, and
    left the temporary file of the answers file it was writing; it stops as Ctrl-C does."""
    from .conftest import bundled_catalog

    q = bundled_catalog().questionnaire("housing")
    doc = uniform(q, "max")
    heads = ["respondent_id", "role", *doc["answers"]]
    rows = [[f"r{n}", "field", *(" ".join(v) if isinstance(v, list) else str(v) for v in doc["answers"].values())]
            for n in range(5)]  # fmt: skip
    export = tmp_path / "export.csv"
    export.write_text("\n".join(";".join(r) for r in [heads, *rows]) + "\n", encoding="utf-8")
    out = tmp_path / ("answers" if into == "folder" else "answers.jsonl")
    if into == "jsonl":
        out.write_text("previous\n", encoding="utf-8")
    target = str(out) + ("/" if into == "folder" else "")
    code = [sys.executable, "-c", _STOP_WHILE_WRITING, str(tmp_path), "3" if into == "folder" else "1", sig]
    cmd = [*code, "import", str(export), "-Q", "housing", "--organisation-id", "org", "-o", target]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 130, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not [p for p in tmp_path.rglob(".assess-*")], "a temporary file was left"
    if into == "folder":
        assert len(list(out.glob("*.json"))) == 2
        assert f"interrupted: 2 answers files written in {out}" in proc.stderr, proc.stderr
    else:
        assert out.read_text(encoding="utf-8") == "previous\n"
        assert f"interrupted: {out} was not written" in proc.stderr, proc.stderr


def test_a_jsonl_of_old_mac_line_ends_is_named_for_what_it_is(tmp_path: Path) -> None:
    """A JSONL whose lines end with a lone CR is one line to a JSONL reader: it was refused as
    "malformed JSON at column 1685: unexpected content after document". The message now says what
    the lines end with and how to save the file. A broken JSON file with CR line ends keeps its own
    message, and CRLF lines are read as always."""
    one = json.dumps(json.loads((EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8")))
    two = one.replace('"logemer-dg"', '"logemer-dg-2"') if '"logemer-dg"' in one else one
    mac = tmp_path / "mac.jsonl"
    mac.write_bytes((one + "\r" + two + "\r").encode())
    r = run("score", mac)
    assert r.exit_code == 1 and "lone CR" in r.stderr and "malformed" not in r.stderr, r.stderr
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"format": "assess-answers/1",\r"questionnaire": }\r')
    r = run("validate", broken)
    assert r.exit_code == 1 and "malformed JSON" in r.stderr and "lone CR" not in r.stderr, r.stderr
    dos = tmp_path / "dos.jsonl"
    dos.write_bytes((one + "\r\n" + two + "\r\n").encode())
    r = run("score", dos)
    assert r.exit_code == 0 and "2 scored" in r.stderr, r.stderr


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="finds the file by /proc")
@pytest.mark.parametrize(
    "args",
    [
        ["template", "housing", "--format", "xlsx", "-o", "{out}.xlsx"],
        ["template", "housing", "--format", "json", "-o", "{out}.json"],
        ["export", "limesurvey", "housing", "-o", "{out}.txt"],
        ["export", "xlsform", "housing", "-o", "{out}.xlsx"],
    ],
    ids=["template-xlsx", "template-json", "limesurvey", "xlsform"],
)
def test_template_and_export_stopped_while_writing_leave_no_temporary_file(tmp_path: Path, args: list[str]) -> None:
    """SIGTERM while `assess template` or `assess export` wrote its file killed it with exit code
    143 and left the temporary file beside the one it was replacing; they stop as Ctrl-C does, the
    file before them left as it was."""
    out = tmp_path / "out"
    cmd = [a.format(out=out) for a in args]
    target = Path(cmd[-1])
    target.write_text("previous\n", encoding="utf-8")
    code = [sys.executable, "-c", _STOP_WHILE_WRITING, str(tmp_path), "1", "SIGTERM"]
    proc = subprocess.run([*code, *cmd], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          timeout=60)  # fmt: skip
    assert proc.returncode == 130, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert not [p for p in tmp_path.rglob(".assess-*")], "a temporary file was left"
    assert target.read_text(encoding="utf-8") == "previous\n"


def test_an_answers_file_not_in_utf8_names_the_line_and_the_byte_of_the_file() -> None:
    """A `.json` answers file with a Latin-1 letter said "not UTF-8 text (byte 62)", counted after
    its BOM and without a line: the consultant looked for it in an editor. The problem names the
    line and the byte of the file itself, as for a questionnaire (one rule, `encoding_problem`)."""
    from assess.errors import AnswersError
    from assess.reading import BOM, parse_bytes

    text = '{"format": "assess-answers/1",\n "organisation":\n  {"id": "caf\xe9"}}'
    data = BOM + text.encode("latin-1")
    with pytest.raises(AnswersError) as e:
        parse_bytes(data, "a.json")
    (problem,) = e.value.problems
    assert (problem.line, problem.message) == (3, f"not UTF-8 text (byte {data.index(0xE9)}): save the file as UTF-8")
    with pytest.raises(AnswersError) as e:  # a line of a JSONL keeps its own number
        parse_bytes(text.encode("latin-1"), "a.jsonl", 7)
    assert e.value.problems[0].line == 7


def test_answers_in_a_folder_whose_name_is_not_utf8_are_scored_and_named(tmp_path: Path) -> None:
    """A folder named in another encoding (bytes that are not UTF-8): `assess score -f jsonl`, json,
    csv and the database stopped with a traceback (orjson's "surrogates not allowed"). The results
    name the file with its odd byte written \\xNN, for a file and for a JSONL's lines."""
    import os
    import sqlite3

    odd = os.path.join(os.fsencode(tmp_path), b"clients-\xe9")
    try:
        os.mkdir(odd)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses a name that is not UTF-8")
    folder = Path(os.fsdecode(odd))
    doc = json.loads((EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8"))
    (folder / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    doc["respondent"]["id"] = "other"
    (folder / "b.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    shown = str(tmp_path / "clients-\\xe9")
    for fmt in ("jsonl", "json", "csv"):
        r = run("score", folder, "-f", fmt)
        assert r.exit_code == 0 and "2 scored" in r.stderr, (fmt, r.output)
        assert f"{shown}/a.json".replace("\\", "\\\\" if fmt != "csv" else "\\") in r.stdout, (fmt, r.stdout[:300])
    r = run("score", folder, "-o", tmp_path / "r.sqlite")
    assert r.exit_code == 0, r.output
    with sqlite3.connect(tmp_path / "r.sqlite") as db:
        names = [x for (x,) in db.execute("select source from respondents")]
    assert sorted(names) == [f"{shown}/a.json", f"{shown}/b.jsonl"], names


def test_a_response_file_whose_name_is_not_utf8_is_imported_and_named(tmp_path: Path) -> None:
    """`assess import` made each respondent's id from the file's name, and a name in another
    encoding stopped it with orjson's traceback; its messages showed the name as "\\udce9". The id
    and the messages now write the odd byte \\xe9, as the results do."""
    import os

    from assess.terminal import clean

    odd = os.path.join(os.fsencode(tmp_path), b"saisie-\xe9.csv")
    try:
        open(odd, "wb").close()
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses a name that is not UTF-8")
    assert run("template", "housing", "--format", "csv", "-o", tmp_path / "t.csv").exit_code == 0
    head = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    row = {"organisation_id": "logemer", "role": "field", "str_goal": "dont_know"}
    with open(odd, "w", encoding="utf-8") as f:
        f.write(";".join(head) + "\n" + ";".join(row.get(h, "") for h in head) + "\n")
    r = run("import", os.fsdecode(odd), "-Q", "housing")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["respondent"]["id"] == "saisie-\\xe9.csv#2"
    assert "saisie-\\xe9.csv: 1 respondent read" in r.stderr, r.stderr
    assert clean("a\udce9 \ud800") == "a\\xe9 \\ud800"


def _on_a_terminal(args: list[str], cwd: Path) -> bytes:
    """What `python -m assess *args` writes to standard output when it is a terminal (a pty)."""
    import pty

    main, child = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    proc = subprocess.Popen([sys.executable, "-m", "assess", *args], stdout=child, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, cwd=cwd, env=env)  # fmt: skip
    os.close(child)
    got = b""
    while True:
        try:
            block = os.read(main, 1 << 16)
        except OSError:  # the child is gone and its side of the terminal closed
            break
        if not block:
            break
        got += block
    proc.wait(timeout=60)
    os.close(main)
    return got


HOSTILE = "r\u009b2J\u202eabc"  # C1 CSI, then a right-to-left override


def test_results_shown_on_a_terminal_never_drive_it_and_stay_the_same_data(tmp_path: Path, housing) -> None:
    """`assess score -f jsonl` (and `import` without -o) on a terminal wrote an organisation's name holding
    U+009B (a CSI, as ESC [) and U+202E (the rest of the line backwards) raw: JSON escapes only C0
    characters. On a terminal they are written as JSON writes a character (\\u009b), the lines still
    JSON, and the same name once read; into a pipe the bytes are as before."""
    doc = uniform(housing, "max")
    doc["organisation"]["name"] = HOSTILE  # an id may not hold them (answers.HIDDEN), a name may
    (tmp_path / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    shown = _on_a_terminal(["score", "a.json", "-f", "jsonl"], tmp_path)
    assert b"\xc2\x9b" not in shown and b"\xe2\x80\xae" not in shown and b"\x1b" not in shown, shown
    assert json.loads(shown.replace(b"\r\n", b"\n").strip())["organisation"]["name"] == HOSTILE
    piped = subprocess.run([sys.executable, "-m", "assess", "score", "a.json", "-f", "jsonl"], cwd=tmp_path,
                           capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert "\u009b".encode() in piped.stdout and json.loads(piped.stdout)["organisation"]["name"] == HOSTILE
    csv_shown = _on_a_terminal(["score", "a.json", "-f", "csv"], tmp_path)
    assert b"\xc2\x9b" not in csv_shown and b"\xe2\x80\xae" not in csv_shown and b"\\u202e" in csv_shown


def test_an_import_shown_on_a_terminal_never_drives_it(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(f"organisation_name;str_goal\n{HOSTILE};cut_costs\n", encoding="utf-8")
    shown = _on_a_terminal(["import", "t.csv", "-Q", "housing", "--organisation-id", "o"], tmp_path)
    assert b"\xc2\x9b" not in shown and b"\xe2\x80\xae" not in shown and b"\\u202e" in shown, shown
    assert json.loads(shown.strip())["organisation"]["name"] == HOSTILE


def test_what_a_terminal_is_shown_of_a_json_text_is_that_text_whatever_the_writes() -> None:
    """Any text, written as JSON in pieces cut anywhere (a sequence cut between two writes): read
    back, the same text; shown, nothing `clean` escapes but a line's end."""
    import io

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from assess.terminal import _CONTROL, ShownOnTerminal

    @settings(max_examples=200, deadline=None)
    @given(st.text(), st.lists(st.integers(min_value=0, max_value=64), max_size=6))
    def check(text: str, cuts: list[int]) -> None:
        data = json.dumps({"t": text}, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"
        if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            return  # a lone surrogate is no UTF-8 a command writes
        raw = io.BytesIO()
        out = ShownOnTerminal(raw)
        at = 0
        for n in cuts:
            out.write(data[at : at + n])
            at += n
        out.write(data[at:])
        out.close()
        shown = raw.getvalue().decode("utf-8")
        assert json.loads(shown)["t"] == text
        assert not [c for c in _CONTROL.findall(shown) if c != "\r"]

    check()


@pytest.mark.parametrize(
    ("where", "why"),
    [
        ("missing/r.sqlite", "No such file or directory"),
        ("a-file/r.sqlite", "Not a directory"),
        ("d.sqlite", "Is a directory"),
    ],
)
def test_a_database_that_cannot_be_opened_says_why_as_other_writes_do(tmp_path: Path, where: str, why: str) -> None:
    """`score -o missing/r.sqlite` said SQLite's "unable to open database file", where a CSV in the
    same place says "No such file or directory"."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    (tmp_path / "d.sqlite").mkdir()
    r = run("score", EXAMPLES / "housing", "-o", tmp_path / where)
    assert r.exit_code == 1 and f"cannot write {tmp_path / where}: {why}" in r.stderr, r.stderr
    assert "unable to open" not in r.stderr and "Traceback" not in r.output


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["score", str(EXAMPLES / "housing"), "-o", ""], "--output"),
        (["score", ""], "PATH"),
        (["report", str(EXAMPLES / "housing" / "logemer-dg.json"), "--pdf", ""], "--pdf"),
        (["template", "housing", "-o", ""], "--output"),
        (["run", "--resume", ""], "--resume"),
    ],
)
def test_an_empty_path_is_a_usage_error_not_the_current_folder(tmp_path: Path, args: list[str], named: str) -> None:
    """`-o ""` (a variable left empty in a script) read as ".": score said "/tmp: is a folder",
    report "this writes a .html file", and `assess score ""` scored the current folder."""
    r = run(*args)
    assert r.exit_code == 2 and f"{named} was given an empty name" in r.stderr, r.output
    assert "is a folder" not in r.stderr and "scored" not in r.stderr


def test_a_batch_done_ends_its_workers_without_a_signal_and_a_stopped_one_never_waits_forever(
    tmp_path: Path, housing, monkeypatch
) -> None:
    """A JSONL of a few lines, `--jobs 2`: the batch was done before the second worker had started,
    Pool.terminate sent it a SIGTERM that a process just forked can lose, and waited for it forever
    (the suite hung once in some runs). A batch done closes its pool (its workers end on the pool's
    own sentinel); one stopped early terminates it, and kills what is still alive after a grace."""
    import multiprocessing.pool
    import threading

    import assess.parallel as parallel
    import assess.pipeline as pipeline

    monkeypatch.setattr(pipeline, "JSONL_CHUNK", 2000)  # a task a line or so: the pool is used
    terminated = []
    real = multiprocessing.pool.Pool.terminate
    monkeypatch.setattr(multiprocessing.pool.Pool, "terminate", lambda self: terminated.append(1) or real(self))
    p = tmp_path / "few.jsonl"
    p.write_text("\n".join(json.dumps(uniform(housing, "max", rid=f"r{i}")) for i in range(6)) + "\n", encoding="utf-8")
    r = run("score", p, "-f", "jsonl", "--jobs", "2")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 6 and terminated == []

    class Worker:  # a worker that lost its SIGTERM: only a kill ends it
        exitcode = None

        def __init__(self) -> None:
            self.killed = threading.Event()

        def kill(self) -> None:
            self.killed.set()

    class Stuck:
        def __init__(self) -> None:
            self._pool = [Worker()]

        def terminate(self) -> None:
            assert self._pool[0].killed.wait(10), "never killed"

    monkeypatch.setattr(parallel, "TERMINATE_GRACE", 0.05)
    parallel._terminate(Stuck())


def test_a_newline_in_a_file_name_makes_no_line_of_its_own(tmp_path: Path) -> None:
    """A file named « c<ESC>[2J<LF>error: fake<LF>.json » printed, under its real error, a line
    « error: fake » of the file's own making (ESC was escaped, the newline not). A newline in a
    file's name, or in a key the message names, is shown as \\n."""
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "c\x1b[2J\nerror: fake\n.json").write_text("{bad", encoding="utf-8")
    (folder / "k.json").write_text('{"format": "assess-answers/1", "a\\nerror: forged": 1}', encoding="utf-8")
    r = run("score", folder, "--lang", "en")
    assert r.exit_code == 1
    lines = r.stderr.splitlines()
    assert not any(line.startswith(("error: fake", "error: forged", ".json")) for line in lines), lines
    assert any("c\\x1b[2J\\nerror: fake\\n.json" in line for line in lines), lines


def test_a_respondent_id_of_spaces_is_no_id(tmp_path: Path) -> None:
    """A respondent id of only spaces was accepted as « no id » by the check and its schema, but kept
    as the id « '  ' »: two people so written were one respondent, counted once. It is no id, in the
    files' records and in a JSONL's alike."""
    doc = json.loads((EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8"))
    folder = tmp_path / "f"
    folder.mkdir()
    lines = []
    for i, goal in enumerate(("cut_costs", "presence_on_site")):
        one = {**doc, "respondent": {"id": "  ", "role": "field"}, "answers": {**doc["answers"], "str_goal": goal}}
        (folder / f"s{i}.json").write_text(json.dumps(one), encoding="utf-8")
        lines.append(json.dumps(one))
    (tmp_path / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("score", folder, "--by-organisation", "-f", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["respondents"] == 2, r.stderr
    for source in (folder, tmp_path / "all.jsonl"):
        records = [json.loads(x) for x in run("score", source, "-f", "jsonl").stdout.splitlines()]
        assert [rec["respondent"]["id"] for rec in records] == [None, None], source
