"""The interview's logic, without a terminal: order, back, skip, resume, drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assess.api import score
from assess.interview.state import Interview, draft_path, load_draft, save_draft
from assess.model import LEVEL_IDS


def make(housing, role="field") -> Interview:
    return Interview(housing, lang="fr", org_id="o1", org_name="Org", role=role, respondent_id="r1", date="2026-11-22")


def test_order_is_level_by_level_with_intros(housing) -> None:
    it = make(housing)
    sections = []
    for st in it.steps:
        if st.kind == "intro":
            sections.append(st.section)
    assert sections == [*LEVEL_IDS, "depth", "context"]
    assert it.current().kind == "intro"
    p = it.progress()
    assert (p.section, p.section_index, p.k, p.answered) == ("strategy", 1, 0, 0)
    it.next()
    p = it.progress()
    assert p.k == 1 and p.n == 7 and p.total == len(housing.questions)


def test_answer_back_change_and_skip(housing) -> None:
    it = make(housing)
    it.next()  # intro
    q1 = it.current().question
    it.answer(q1.options[0].id)
    q2 = it.current().question
    assert q2.id != q1.id
    assert it.back() and it.current().question.id == q1.id
    it.answer(q1.options[-1].id)  # changed
    assert it.answers[q1.id] == q1.options[-1].id
    it.answer(None)  # skip q2
    assert q2.id not in it.answers and q2.id in it.visited
    assert it.progress().answered == 2
    with pytest.raises(ValueError):
        it.answer("no_such_option")


def test_back_at_first_question_and_across_intros(housing) -> None:
    it = make(housing)
    assert not it.back()
    it.next()
    assert not it.back()
    # go to the first question of the second level, then back: lands on the last strategy question
    while it.current().section != "reorganisation" or it.current().kind != "question":
        st = it.current()
        it.answer(None) if st.kind == "question" else it.next()
    assert it.back()
    assert it.current().section == "strategy" and it.current().kind == "question"


def test_full_run_gives_valid_answers_file(housing, plan) -> None:
    it = make(housing)
    while not it.done:
        st = it.current()
        if st.kind == "intro":
            it.next()
            continue
        q = st.question
        if q.type == "single":
            it.answer(max(q.options, key=lambda o: o.value or 0).id)
        elif q.type == "multi":
            it.answer([q.options[0].id])
        elif q.type == "scale":
            it.answer(q.scale.max)
        else:
            it.answer("texte libre")
    obj = it.to_answers()
    assert obj["format"] == "assess-answers/1" and obj["respondent"] == {"id": "r1", "role": "field"}
    card = score(plan, obj)
    assert card.trajectory == "socio-professional"


def test_draft_roundtrip_resumes_where_it_stopped(housing, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    it = make(housing)
    it.next()
    for _ in range(5):
        q = it.current().question
        it.answer(q.options[1].id if q.type == "single" else None)
    it.comment("un commentaire")
    path = draft_path(housing.id, it.org_id, "r1")
    assert path.parent == tmp_path / "drafts"
    save_draft(it, path, "out.json")
    draft = load_draft(path)
    again = Interview.from_draft(housing, draft, str(path))
    assert again.answers == it.answers and again.index == it.index and again.visited == it.visited
    assert again.comments == it.comments and again.role == "field"
    assert draft["output"] == "out.json"


def test_resume_from_plain_answers_file(housing) -> None:
    it = make(housing)
    it.next()
    q = it.current().question
    it.answer(q.options[0].id)
    obj = it.to_answers()
    again = Interview.from_draft(housing, json.loads(json.dumps(obj)))
    assert again.current().kind == "question" and again.current().question.id != q.id
    assert again.answers == {q.id: q.options[0].id}


def test_role_filters_questions(housing, tmp_path) -> None:
    import yaml

    from assess.loader import parse_questionnaire

    data = yaml.safe_load((Path(__file__).parent.parent / "questionnaires" / "housing.yaml").read_text())
    data["questions"][0]["roles"] = ["direction"]
    q = parse_questionnaire(yaml.safe_dump(data, allow_unicode=True))
    assert data["questions"][0]["id"] not in {x.id for x in make(q, "field").questions}
    assert data["questions"][0]["id"] in {x.id for x in make(q, "direction").questions}


def test_draft_names_are_safe(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path))
    p = draft_path("housing", "../../etc", "a/b")
    assert p.parent == tmp_path and "/" not in p.name


@pytest.mark.parametrize(
    "keys, scale, expected",
    [("3", (0, 5), 3), ("0", (0, 5), 0), ("5", (0, 5), 5), ("3", (1, 7), 3), ("1", (1, 7), 1)],
)
def test_a_digit_on_a_scale_records_that_number(
    monkeypatch: pytest.MonkeyPatch, keys: str, scale: tuple[int, int], expected: int
) -> None:
    """Pressing 3 on a scale of days records 3 days, not the third line (which is 2 on a 0..5 scale)."""
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from assess.interview import tui

    monkeypatch.setattr(tui, "CONFIRM_SECONDS", 0)  # the pause that shows the choice: nobody looks here

    lo, hi = scale
    screen = tui.Screen(header=[], choices=[tui.Choice(k, str(k)) for k in range(lo, hi + 1)], digits_are_values=True)
    with create_pipe_input() as inp:
        inp.send_text(keys)
        with create_app_session(input=inp, output=DummyOutput()):
            assert tui.ask(screen) == ("answer", expected)


def test_a_digit_on_a_choice_picks_that_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from assess.interview import tui

    monkeypatch.setattr(tui, "CONFIRM_SECONDS", 0)

    screen = tui.Screen(header=[], choices=[tui.Choice(k, k) for k in ("a", "b", "c")])
    with create_pipe_input() as inp:
        inp.send_text("2")
        with create_app_session(input=inp, output=DummyOutput()):
            assert tui.ask(screen) == ("answer", "b")


def test_the_round_is_kept_in_the_answers_and_the_draft(housing) -> None:
    it = Interview(housing, org_id="logeterre", role="field", respondent_id="r1", round_label="2026")
    doc = it.to_answers()
    assert doc["round"] == "2026" and it.sheet().round == "2026"
    again = Interview.from_draft(housing, it.to_draft())
    assert again.round == "2026" and again.to_answers()["round"] == "2026"
    assert "round" not in Interview(housing, org_id="x").to_answers()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_file_names_and_commands_are_never_cut_at_80_columns(monkeypatch, capsys, lang: str) -> None:
    """The draft's path and the commands to resume or make the report stay whole on one line, so
    that they can be copied (a hyphen in the file name was a place to cut)."""
    from assess.interview.run import _out
    from assess.texts import CATALOGUE

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "30")
    path = "/home/agent/questionnaires/brouillons/housing--Mon_Orga-77da2ca5--p4rt-2nzy.json"
    report = path.replace(".json", "-rapport.html")
    tx = {k.split(".", 1)[1]: v for k, v in CATALOGUE[lang].items() if k.startswith("run.")}
    for key in ("saved_quit", "written", "report_cmd", "report_written", "save_failed"):
        _out(
            tx[key].format(
                path=path, report=report, error="disque plein", draft=path, q="", arg=path, report_arg=report
            )
        )
    lines = capsys.readouterr().out.splitlines()
    assert sum(path in line for line in lines) >= 6
    assert any(line.strip() == f"assess run --resume {path}" for line in lines)
    assert any(line.strip() == f"assess report {path} -o {report}" for line in lines)
    assert all(len(line) < 80 or path in line for line in lines)  # only a line holding the path is long


def test_u_goes_to_the_first_question_without_an_answer_skipped_or_unseen(housing) -> None:
    """`u` (« 1re sans réponse »): a skipped question counts as without an answer, as its label says."""
    it = make(housing)
    it.next()  # intro
    q1 = it.current().question
    it.answer(None)  # skipped
    q2 = it.current().question
    it.answer(q2.options[0].id)
    it.first_unanswered()
    assert it.current().question.id == q1.id
    it.answer(q1.options[0].id)
    it.first_unanswered()  # now the first one not yet seen
    assert it.current().question.id not in (q1.id, q2.id) and it.current().question.id not in it.answers


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_closing_summary_fits_80_columns_with_a_level_unmeasured(housing, monkeypatch, capsys, lang) -> None:
    """A level without enough answers: its words stand where its bar would, and the line stays within
    80 columns (it wrapped its coverage to the next line); the percent is spaced by language."""
    from assess.interview.run import _summary

    monkeypatch.setenv("COLUMNS", "80")
    it = Interview(housing, lang=lang, org_id="o1", role="direction", respondent_id="r1")
    for qq in housing.questions:
        if qq.level == "strategy" and qq.type == "single":
            it.answers[qq.id] = qq.options[0].id
    _summary(it)
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines), [x for x in lines if len(x) > 80]
    unmeasured = "réponses insuffisantes" if lang == "fr" else "not enough answers"
    row = next(x for x in lines if unmeasured in x)
    assert row.rstrip().endswith(("couverture 0\u00a0%)", "coverage 0%)")), row


def test_commands_printed_for_a_questionnaire_of_ones_own_folder_carry_that_folder(tmp_path: Path, monkeypatch) -> None:
    """A consultant's questionnaire, found with `-q FOLDER`: the commands `assess run` prints (to
    resume, to make the report, to answer without a terminal) failed without that folder. They now
    carry it, and the command printed without a terminal runs as printed."""
    import os
    import shlex
    import subprocess
    import sys

    from assess.catalog import ENV_DIR, load_catalog
    from assess.interview.run import folder_option
    from assess.resources import bundled_questionnaires_dir

    own = tmp_path / "mes questionnaires"
    own.mkdir()
    text = (
        (bundled_questionnaires_dir() / "housing-2.yaml")
        .read_text(encoding="utf-8")
        .replace("id: housing\n", "id: conseil\n", 1)
    )
    (own / "conseil.yaml").write_text(text, encoding="utf-8")
    monkeypatch.delenv(ENV_DIR, raising=False)
    cat = load_catalog([str(own)], use_cache=False)
    option = folder_option(cat, "conseil")
    assert option == f" -q {shlex.quote(str(own.resolve()))}" and "'" in option  # a space: quoted
    assert folder_option(cat, "housing") == "" and folder_option(cat, "nope") == ""
    monkeypatch.setenv(ENV_DIR, str(own))
    assert folder_option(load_catalog([], use_cache=False), "conseil") == ""  # found again without it

    monkeypatch.delenv(ENV_DIR)
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "ASSESS_LANG")} | {"LANG": "C.UTF-8"}
    r = subprocess.run(
        [sys.executable, "-m", "assess", "run", "conseil", "-q", str(own)], capture_output=True, text=True,
        stdin=subprocess.DEVNULL, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert r.returncode == 2
    template = shlex.split(r.stderr.split("without a terminal: '", 1)[1].split("', fill", 1)[0])
    # the printed command, as printed (in this process: its own start is not what is checked here)
    from typer.testing import CliRunner

    from assess.cli import app

    assert template[0] == "assess"
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, template[1:], catch_exceptions=False)
    assert done.exit_code == 0 and (tmp_path / "answers.json").exists(), done.output


def _multi_screen_output(*keys: str) -> tuple[tuple, str]:
    """A multiple choice with an exclusive option, driven key by key (each key drawn before the next)
    through a pipe; what the screen wrote, escape sequences included."""
    import io
    import threading
    import time

    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.vt100 import Vt100_Output

    from assess.interview import tui

    written = io.StringIO()
    choices = [tui.Choice("a", "Alpha"), tui.Choice("b", "Beta"), tui.Choice("none", "None of these", True)]
    screen = tui.Screen(header=[("", "Q?")], choices=choices, multi=True,
                        notices={"cleared": "CLEARED {label}", "unticked": "UNTICKED {label}"})  # fmt: skip
    with create_pipe_input() as inp:

        def feed() -> None:
            drawn = 0
            for k in keys:
                # once the screen has been drawn (at first), or drawn again for the key before
                deadline = time.monotonic() + 10
                while len(written.getvalue()) == drawn and time.monotonic() < deadline:
                    time.sleep(0.002)
                drawn = len(written.getvalue())
                inp.send_text(k)

        output = Vt100_Output(written, lambda: Size(rows=30, columns=80), term="xterm")
        with create_app_session(input=inp, output=output):
            threading.Thread(target=feed, daemon=True).start()
            result = tui.ask(screen)
    return result, written.getvalue()


def test_ticking_an_option_after_the_exclusive_one_names_the_exclusive_one_unticked() -> None:
    """With "None of these" ticked, then "Alpha": the screen said "'Alpha' does not go with the other
    answers: they were unticked", as if Alpha were the exclusive one."""
    result, shown = _multi_screen_output("3", "1", "\r")
    assert result == ("answer", ["a"])
    assert "UNTICKED None of these" in shown and "CLEARED Alpha" not in shown
    result, shown = _multi_screen_output("1", "3", "\r")  # the other way round: the exclusive one named
    assert result == ("answer", ["none"]) and "CLEARED None of these" in shown


def test_the_progress_line_never_splits_the_overall_count(monkeypatch) -> None:
    """At 80 columns, in the depth part, the progress line wrapped as "... — 38/47" then "au total"
    on a line of its own. The count and its words now stay together."""
    from assess import terminal
    from assess.texts import CATALOGUE

    monkeypatch.setenv("COLUMNS", "80")
    for lang in ("fr", "en"):
        tx = {k.removeprefix("run."): v for k, v in CATALOGUE[lang].items() if k.startswith("run.")}
        top = tx["section"].format(i=6, n=6, name=tx["depth"])
        top += " — " + tx["question_k"].format(k=3, n=4) + " — " + tx["overall"].format(done=38, total=47)
        lines = [line.replace("\u00a0", " ") for line in terminal.wrap(top).splitlines()]
        assert all(len(line) <= 80 for line in lines), lines
        assert any("38/47 au total" in line or "38/47 overall" in line for line in lines), lines


def test_the_closing_summary_shows_a_level_name_from_the_file_never_reads_it_as_markup(monkeypatch, capsys) -> None:
    """A consultant's level name that reads as rich markup is shown as written: no hyperlink (OSC 8)
    or style is sent to the terminal."""
    from assess.interview.run import _summary
    from assess.loader import parse_questionnaire

    synth = (Path(__file__).parent / "fixtures" / "synthetic.yaml").read_text(encoding="utf-8")
    q = parse_questionnaire(synth.replace('fr: "Stratégie"', 'fr: "[link=http://x.test]S[/link]"', 1))
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich writes escape sequences as it would on a terminal
    _summary(Interview(q, lang="fr", org_id="o1", role="direction", respondent_id="r1"))
    out = capsys.readouterr().out
    assert "\x1b]8;" not in out and "x.test" in out
    assert "[link=http://x.test]S[/link]" in out


def test_a_comment_read_back_from_an_answers_file_shows_its_controls() -> None:
    """`assess run --resume ANSWERS.json` shows each question's comment: a bidirectional override
    in it (which answers files may hold) reached the terminal as it was."""
    import io

    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.vt100 import Vt100_Output

    from assess.interview import tui

    written = io.StringIO()
    screen = tui.Screen(header=[("", "Q?")], choices=[tui.Choice("a", "Alpha")], comment="abc\u202edef\u2066")
    with create_pipe_input() as inp:
        inp.send_text("s")
        output = Vt100_Output(written, lambda: Size(rows=30, columns=80), term="xterm")
        with create_app_session(input=inp, output=output):
            assert tui.ask(screen)[0] == "skip"
    shown = written.getvalue()
    assert "\u202e" not in shown and "\u2066" not in shown and "\\u202edef" in shown
