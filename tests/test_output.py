"""What assess writes: CSV cells Excel cannot run, files replaced atomically and only when they
are regular files, leftovers of killed runs cleaned, and standard output failures reported."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from assess.errors import AssessError
from assess.output import CSV_BOM, CsvStyle, atomic_writer, formula_safe, write_atomic

from .conftest import EXAMPLES, ROOT

STYLE = CsvStyle(";", ",")


@pytest.mark.parametrize(
    "value, written",
    [
        ('=HYPERLINK("http://x";"y")', '\'=HYPERLINK("http://x";"y")'),
        ("@SUM(1;2)", "'@SUM(1;2)"),
        ("-2+3;x", "'-2+3;x"),
        ("+33 6 12", "'+33 6 12"),
        ("\t=1+1", "'\t=1+1"),
        ("-12,5", "-12,5"),  # a number: no guard
        ("-12.5", "-12.5"),
        ("Logemer; siège", "Logemer; siège"),
        ('il a dit "oui"', 'il a dit "oui"'),
        ("deux\nlignes", "deux\nlignes"),
        ("=1\n+2", "'=1\n+2"),
    ],
)
def test_formula_guard_applies_to_the_value_before_quoting(value: str, written: str) -> None:
    row = STYLE.row(["a", value, 3.5, None, True])
    back = next(csv.reader(io.StringIO(row, newline=""), delimiter=";"))
    assert back == ["a", written, "3,5", "", "1"]


def test_atomic_writer_refuses_folders_and_pipes(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "fifo")
    os.symlink(tmp_path / "fifo", tmp_path / "link")
    for name in ("d", "fifo", "link"):
        with pytest.raises(AssessError, match="refusing to replace it"):
            write_atomic(tmp_path / name, b"x")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".assess-")]
    assert (tmp_path / "d").is_dir()


def test_refusing_to_replace_a_folder_or_a_pipe_is_said_in_french(tmp_path: Path) -> None:
    """The refusal names the file, and the interface says it in its language (it was English in a
    French interface: "/tmp/x is a folder: refusing to replace it")."""
    from assess.texts import problem_message

    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "fifo")
    for name, french in (("d", "est un dossier : il n'est pas remplacé"),
                         ("fifo", "n'est pas un fichier ordinaire : il n'est pas remplacé")):  # fmt: skip
        with pytest.raises(AssessError) as e:
            write_atomic(tmp_path / name, b"x")
        (p,) = e.value.problems
        assert p.source == str(tmp_path / name)
        assert problem_message(p.message, "fr") == french


def test_atomic_writer_writes_through_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.csv").write_text("old", encoding="utf-8")
    os.symlink("real.csv", tmp_path / "link.csv")
    write_atomic(tmp_path / "link.csv", b"new")
    assert (tmp_path / "link.csv").is_symlink() and (tmp_path / "real.csv").read_bytes() == b"new"


def test_leftovers_of_dead_runs_are_cleaned(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".assess-{dead.pid}-abc.tmp"
    live = tmp_path / f".assess-{os.getpid()}-def.tmp"
    stale.write_text("half", encoding="utf-8")
    live.write_text("busy", encoding="utf-8")
    write_atomic(tmp_path / "out.json", b"{}")
    assert not stale.exists() and live.exists()


def test_interrupted_write_keeps_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_writer(out) as f:
        f.write(b"half")
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl"]


def test_an_interrupt_at_any_line_of_the_writer_leaves_no_temporary_file(tmp_path: Path) -> None:
    """A Ctrl-C or a SIGTERM (a KeyboardInterrupt) between any two lines of the atomic writer, the
    moment the temporary file is made included: the previous file or the new one, whole, and no
    temporary file left."""
    out = tmp_path / "out.json"
    code = atomic_writer.__wrapped__.__code__  # type: ignore[attr-defined]
    k = 0
    while True:
        k += 1
        out.write_bytes(b"previous")
        seen = 0

        def tracer(frame: Any, event: str, arg: Any, k: int = k) -> Any:
            if frame.f_code is not code:
                return None

            def line(frame: Any, event: str, arg: Any) -> Any:
                nonlocal seen
                if event == "line":
                    seen += 1
                    if seen == k:
                        raise KeyboardInterrupt
                return line

            return line

        sys.settrace(tracer)
        try:
            write_atomic(out, b"new")
            done = True
        except KeyboardInterrupt:
            done = False
        finally:
            sys.settrace(None)
        assert [p.name for p in tmp_path.iterdir()] == ["out.json"], k
        assert out.read_bytes() == (b"new" if done else b"previous"), k
        if done:
            break
    assert k > 10  # the interrupt met every line of the writer before it ran to its end


def _assess(*args: str, stdout) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "assess", *args], stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, timeout=60
    )


def _assess_here(*args: str):
    """`assess *args` in this process, for what is no matter of the process's own standard output."""
    from typer.testing import CliRunner

    from assess.cli import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _template_csv(sheet: Path) -> None:
    """The spreadsheet template a test then imports, made in this process: what those tests check is
    what the started `assess import` says, not the template's making."""
    from typer.testing import CliRunner

    from assess.cli import app

    r = CliRunner().invoke(app, ["template", "housing", "--format", "csv", "-o", str(sheet)], catch_exceptions=False)
    assert r.exit_code == 0 and sheet.exists(), r.output


@pytest.mark.parametrize(
    "args",
    [("list", "--json"), ("show", "housing"), ("schema", "answers"), ("score", str(EXAMPLES), "-f", "jsonl")],
)
def test_a_full_disk_on_standard_output_is_an_error(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        proc = _assess(*args, stdout=full)
    assert proc.returncode == 1, proc.stderr
    assert "cannot write standard output: No space left on device" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_failed_write_of_an_import_or_an_export_names_it_and_is_no_usage_error(tmp_path: Path) -> None:
    """Standard output on a full disk is named as such (it was "None"); a file that cannot be
    written stops with exit 1, as a full disk is no mistake in the command."""
    sheet = tmp_path / "t.csv"
    _template_csv(sheet)
    with open("/dev/full", "w") as full:
        proc = _assess("import", str(sheet), "-Q", "housing", "--organisation-id", "o", stdout=full)
    assert proc.returncode == 1 and "cannot write standard output: No space left on device" in proc.stderr, proc.stderr
    missing = tmp_path / "no" / "such" / "x.xlsx"
    here = _assess_here("export", "xlsform", "housing", "-o", str(missing))
    assert here.exit_code == 1 and f"cannot write {missing}" in here.stderr, here.stderr


@pytest.mark.parametrize("args", ["score {big} -f jsonl", "score {big} -f csv", "show housing"])
def test_a_closed_pipe_is_quiet_and_its_exit_code_says_so(tmp_path: Path, args: str) -> None:
    """`assess score ... | head` stopped quietly with exit code 0, as if every result had been read
    (`show` with 1, as if it had failed): each now exits 141 (128 + SIGPIPE, as a tool the signal
    stops), which `set -o pipefail` shows. Output that fits in the pipe is all written: 0 then."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    one = json.loads((EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8"))
    big = tmp_path / "big.jsonl"  # results far larger than a pipe holds (64 kB)
    with big.open("w", encoding="utf-8") as f:
        for n in range(600):
            one["respondent"]["id"] = f"r{n}"
            f.write(json.dumps(one) + "\n")
    command = f"{sys.executable} -m assess {args.format(big=big)}"
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} | head -c 10 > /dev/null"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert "BrokenPipe" not in proc.stderr and "rror" not in proc.stderr, proc.stderr
    assert proc.returncode == 141, (proc.returncode, proc.stderr)


def test_worker_shards_reach_a_pipe_a_file_and_a_full_disk(tmp_path: Path) -> None:
    """With two processes the parent copies the workers' shards with sendfile: the bytes are the
    same as with one process, to a pipe or to a file, and a full disk is still an error."""
    import json

    lines = [
        json.dumps(json.loads((EXAMPLES / "housing" / name).read_text(encoding="utf-8")))
        for name in ("logemer-dg.json", "logeterre-directeur.json")
    ]
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(lines[i % 2] for i in range(3000)) + "\n", encoding="utf-8")
    one = _assess("score", str(big), "-f", "jsonl", "--jobs", "1", stdout=subprocess.PIPE)
    two = _assess("score", str(big), "-f", "jsonl", "--jobs", "2", stdout=subprocess.PIPE)
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout
    assert len(two.stdout.splitlines()) == 3000
    with open(tmp_path / "out.jsonl", "w") as f:
        _assess("score", str(big), "-f", "jsonl", "--jobs", "2", stdout=f)
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == one.stdout
    with open("/dev/full", "w") as full:
        proc = _assess("score", str(big), "-f", "jsonl", "--jobs", "2", stdout=full)
    assert proc.returncode == 1 and "No space left on device" in proc.stderr and "Traceback" not in proc.stderr


def test_a_file_where_a_folder_of_outputs_goes_is_said_plainly(tmp_path: Path) -> None:
    """`report --out-dir` and `import -o` on a file (or a device) that is not a folder: "Not a
    directory" (mkdir only said "File exists"), exit 1, and the file is left as it was."""
    taken = tmp_path / "afile"
    taken.write_text("keep", encoding="utf-8")
    r = _assess_here("report", str(EXAMPLES / "housing"), "--out-dir", str(taken))
    assert r.exit_code == 1 and f"cannot write {taken}: Not a directory" in r.stderr, r.stderr
    assert taken.read_text(encoding="utf-8") == "keep"
    sheet = tmp_path / "t.csv"
    _template_csv(sheet)
    headings = sheet.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    row = [{"respondent_id": "r1", "str_goal": "cut_costs"}.get(h, "") for h in headings]
    sheet.write_text(";".join(headings) + "\n" + ";".join(row) + "\n", encoding="utf-8")
    args = ("import", str(sheet), "-Q", "housing", "--organisation-id", "o", "-o", "/dev/null")
    r = _assess_here(*args)
    assert "1 respondent read" in r.stderr, r.stderr
    assert r.exit_code == 1 and "cannot write /dev/null: Not a directory" in r.stderr, r.stderr


def test_a_missing_folder_names_the_file_asked_for_and_french_says_why_in_french(tmp_path: Path) -> None:
    """`report -o missing/r.html`: the message names r.html (it named the writer's temporary file),
    and in French the cause is in French too."""
    target = tmp_path / "missing" / "r.html"
    r = _assess_here("report", str(EXAMPLES / "housing" / "logemer-dg.json"), "-o", str(target))
    assert r.exit_code == 1 and f"cannot write {target}: No such file or directory" in r.stderr, r.stderr
    assert ".tmp" not in r.stderr
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ASSESS_LANG": "fr"}
    with open("/dev/full", "w") as full:
        fr = subprocess.run(
            [sys.executable, "-m", "assess", "list", "--json"], stdout=full, stderr=subprocess.PIPE, text=True, env=env
        )
    assert fr.returncode == 1 and "impossible d'écrire la sortie standard : plus de place sur le disque" in fr.stderr


class _FullDisk(io.FileIO):
    """A file on a disk that fills up after 4 kB, as a small tmpfs does."""

    def write(self, b: Any) -> int:
        if self.tell() + len(b) > 4096:
            raise OSError(28, "No space left on device")
        return super().write(b)


@pytest.mark.parametrize(
    "args",
    [("template", "housing", "--format", "xlsx"), ("export", "xlsform", "housing"), ("score", str(EXAMPLES))],
)
def test_a_workbook_on_a_full_disk_is_one_message_and_no_traceback(tmp_path: Path, monkeypatch, args) -> None:
    """openpyxl's zip archive, left open on the file the full disk made fail, printed "Exception
    ignored in ZipFile.__del__" and a traceback when Python freed it, after the command's message."""
    import contextlib
    import gc

    from assess import output

    @contextlib.contextmanager
    def on_a_full_disk(path: Any, mode: str = "wb", perms: int = 0o666):
        with _FullDisk(os.path.join(tmp_path, "tmp-of-" + os.path.basename(path)), "w") as f:
            yield f

    ignored: list[Any] = []
    monkeypatch.setattr(output, "atomic_writer", on_a_full_disk)
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    target = tmp_path / "out.xlsx"
    r = _assess_here(*args, "-o", str(target))
    gc.collect()
    assert r.exit_code == 1 and "No space left on device" in r.stderr, r.output
    assert ignored == [] and not target.exists()


@pytest.mark.parametrize(
    ("args", "wrong", "suffix"),
    [
        (["export", "xlsform", "housing", "-o"], "form.csv", ".xlsx"),
        (["export", "limesurvey", "housing", "-o"], "survey.lss", ".txt"),
        (["export", "limesurvey", "housing", "-o"], "survey.csv", ".txt"),
        (["export", "limesurvey", "housing", "--codes", "-o"], "codes.txt", ".json"),
        (["template", "housing", "--format", "xlsx", "-o"], "t.csv", ".xlsx"),
        (["template", "housing", "--format", "pdf", "-o"], "t.html", ".pdf"),
        (["score", str(EXAMPLES / "housing"), "--format", "xlsx", "-o"], "s.csv", ".xlsx"),
        (["report", str(EXAMPLES / "housing" / "logemer-dg.json"), "-o"], "rapport.pdf", ".html"),
        (["report", str(EXAMPLES / "housing" / "logemer-dg.json"), "--pdf"], "rapport.html", ".pdf"),
        (["portfolio", str(EXAMPLES / "housing"), "--pdf"], "p.html", ".pdf"),
    ],
)
def test_a_workbook_a_pdf_or_a_page_under_another_name_is_refused_before_writing(
    tmp_path: Path, args: list[str], wrong: str, suffix: str
) -> None:
    """`export xlsform -o form.csv` wrote a workbook named form.csv (KoboToolbox and Excel open it as
    a CSV file, or not at all); `report -o rapport.pdf` wrote HTML named .pdf; `export limesurvey -o
    survey.lss` tab-separated text that LimeSurvey reads as XML by its name, and refuses. Each is a
    usage error now, naming the suffix, and nothing is written."""
    target = tmp_path / wrong
    r = _assess_here(*args, str(target))
    assert r.exit_code == 2, r.output
    assert f"give it a name ending in {suffix}" in r.stderr, r.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_page_may_be_named_htm_and_a_name_in_capitals_is_its_suffix(tmp_path: Path) -> None:
    for name in ("r.htm", "R.HTML"):
        r = _assess_here("report", str(EXAMPLES / "housing" / "logemer-dg.json"), "-o", str(tmp_path / name))
        assert r.exit_code == 0, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["R.HTML", "r.htm"]


HOSTILE_NAMES = [
    '=HYPERLINK("http://x";"y")', "@SUM(1;2)", "-2+3;x", '=1;"x"\n2', "\t=1+1", "Logemer; siège",
    # after spaces, a no-break or an ideographic space, a newline; a full-width sign (a spreadsheet
    # that trims a cell, or reads « ＝ » as « = », runs them)
    " =1+1", "\u00a0@SUM(1;2)", "\u3000=1+1", "\n=1+1", "\uff1d1+1",
]  # fmt: skip


def test_the_formula_guard_reads_past_leading_spaces_and_full_width_signs() -> None:
    """The guard looked at the first character only: « ␠=1+1 », « \u00a0@x », « ＝1+1 » went out as they
    were. A number, with its spaces or its sign, is still a number."""
    for risky in (" =1+1", "  @x", "\u00a0=1+1", "\u3000=1+1", "\n=1+1", "\uff1d1+1", "\uff0b1", "\uff20x"):
        assert formula_safe(risky) == "'" + risky, risky
    for fine in ("-2", "-2,5", "+3", "Logemer", " Logemer", "a=b", "x@y"):
        assert formula_safe(fine) == fine, fine


@pytest.mark.parametrize("by", [(), ("--by-organisation",)])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_score_csv_guards_organisation_names_from_the_file(tmp_path: Path, by: tuple[str, ...], jobs: str) -> None:
    """End to end, as a spreadsheet reads `score -f csv` (by respondent, by organisation, one or two
    processes): a name from an answers file holding `;`, `"` or a newline is one cell, with the
    guard's quote when it starts like a formula."""
    one = json.loads((EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8"))
    with (tmp_path / "a.jsonl").open("w", encoding="utf-8") as f:
        for n, name in enumerate(HOSTILE_NAMES):
            one["organisation"] = {"id": f"o{n:02d}", "name": name}  # in this order by organisation
            f.write(json.dumps(one) + "\n")
    r = _assess_here("score", str(tmp_path / "a.jsonl"), "-f", "csv", "--jobs", jobs, *by)
    assert r.exit_code == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout.lstrip(CSV_BOM), newline=""), delimiter=";"))
    at = rows[0].index("organisation")
    assert [row[at] for row in rows[1:]] == [formula_safe(x) for x in HOSTILE_NAMES]
    assert [row[at][0] for row in rows[1:5]] == ["'"] * 4
