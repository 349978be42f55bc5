"""The interview's logic, without a terminal: order, back, skip, resume, drafts."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from assess.api import score
from assess.interview.run import _choose_code as REAL_CHOOSE_CODE
from assess.interview.state import Interview, draft_path, load_draft, save_draft
from assess.model import LEVEL_IDS


def make(housing, role="field") -> Interview:
    return Interview(housing, lang="fr", org_id="o1", org_name="Org", role=role, respondent_id="r1", date="2026-11-22")


@pytest.fixture(autouse=True)
def resume_code(monkeypatch):
    """Every new draft's resume code is chosen without a terminal (tests of the choice itself call
    `REAL_CHOOSE_CODE`)."""
    from assess.interview import run

    monkeypatch.setattr(run, "_choose_code", lambda lang: "k4z9")


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


def test_two_respondents_never_share_a_draft(tmp_path, monkeypatch) -> None:
    """Ids made safe one by one and cut at 150 characters gave one draft to two respondents, and the
    second was offered the first one's answers."""
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path))
    pairs = [
        (("a/b", "dg"), ("a_b", "dg")),
        (("a--b", "c"), ("a", "b--c")),
        (("ville", "é1"), ("ville", "à1")),
        (("o" * 100, "r" * 60 + "1"), ("o" * 100, "r" * 60 + "2")),
        (("org", None), ("org", "_anonyme")),
    ]
    for one, other in pairs:
        a, b = draft_path("housing", *one), draft_path("housing", *other)
        assert a != b, (one, other)
        assert a.parent == tmp_path == b.parent and len(a.name.encode()) < 256
    assert draft_path("housing", "logemer", "k7m2-q9xa").name == "housing--logemer--k7m2-q9xa.json"  # as before
    assert len(draft_path("housing", "é" * 200, "ü" * 200).name.encode()) < 256


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


def test_a_digit_no_answer_bears_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    """7 on a scale of 0 to 5 did nothing and said nothing."""
    from assess.interview import tui

    drawings = []
    control = tui.FormattedTextControl
    monkeypatch.setattr(tui, "FormattedTextControl", lambda text, **k: drawings.append(text) or control(text, **k))
    said = {"no_digit": "Pas de réponse {digit} ici : un chiffre de {first} à {last}"}
    screen = tui.Screen(
        header=[], choices=[tui.Choice(k, str(k)) for k in range(6)], digits_are_values=True, notices=said
    )
    assert _drawn(screen, "7q")[0] == "quit"
    assert "Pas de réponse 7 ici : un chiffre de 0 à 5" in "".join(t for _, t in drawings[0]()).replace("\u00a0", " ")


@pytest.mark.parametrize("key", ["s", "c", "?"])
def test_a_key_of_the_questions_on_a_part_s_intro_is_said_to_have_nothing_to_act_on(monkeypatch, key: str) -> None:
    """s, c or ? on a part's intro page did nothing and said nothing."""
    from assess.interview import tui

    drawings = []
    control = tui.FormattedTextControl
    monkeypatch.setattr(tui, "FormattedTextControl", lambda text, **k: drawings.append(text) or control(text, **k))
    screen = tui.Screen(header=[("", "Contexte stratégique")], hint="Entrée : commencer", allow_skip=False,
                        allow_comment=False, notices={"not_here": "Pas de question sur cette page"})  # fmt: skip
    assert _drawn(screen, key + "q")[0] == "quit"
    assert "Pas de question sur cette page" in "".join(t for _, t in drawings[0]())


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


@pytest.mark.parametrize(
    ("keys", "initial", "expected"),
    [
        ("13\x1b[D", None, ("back", ["a", "c"])),  # ←
        ("13\x1b[C", ["b"], ("forward", ["a", "b", "c"])),  # → over a question seen
        ("1q", None, ("quit", ["a"])),
        ("2q", ["b"], ("quit", None)),  # ticked, unticked: as it was, nothing to keep
        ("3s", None, ("skip", None)),  # s passes the question, its boxes with it
    ],
)
def test_boxes_ticked_and_left_without_enter_go_with_the_key(
    keys: str, initial: list[str] | None, expected: tuple[str, object]
) -> None:
    """Boxes ticked, then → ← q or Ctrl-C rather than Enter: they vanished without a word, the
    draft holding the answer given before. What is seen ticked goes with the key."""
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from assess.interview import tui

    choices = [tui.Choice(k, k) for k in ("a", "b", "c")]
    screen = tui.Screen(header=[], choices=choices, multi=True, initial=initial, allow_back=True, allow_forward=True,
                        seen=initial is not None)  # fmt: skip
    with create_pipe_input() as inp:
        inp.send_text(keys)
        with create_app_session(input=inp, output=DummyOutput()):
            assert tui.ask(screen) == expected


def test_boxes_kept_by_a_key_are_recorded_and_the_key_acts_from_their_question(housing, tmp_path, monkeypatch) -> None:
    from assess.interview import tui
    from assess.interview.run import Runner

    it = make(housing)
    it.index = next(i for i, s in enumerate(it.steps) if s.question is not None and s.question.type == "multi")
    q = it.current().question
    picked = [o.id for o in q.options if not o.exclusive][:2]
    before = it.index
    actions = iter([("back", picked), ("quit", None)])
    monkeypatch.setattr(tui, "ask", lambda screen: next(actions))
    assert Runner(it, tmp_path / "d.json", tmp_path / "a.json").loop() == 3
    assert it.answers[q.id] == picked and it.index < before  # recorded, then back to the one before it
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["answers"]["answers"][q.id] == picked
    # « Je ne sais pas » ticked, then →: kept as the answer « don't know » (a list of it is no answer)
    from assess.vocab import DONT_KNOW

    it.index = before
    actions = iter([("forward", [DONT_KNOW]), ("quit", None)])
    monkeypatch.setattr(tui, "ask", lambda screen: next(actions))
    assert q.dont_know
    assert Runner(it, tmp_path / "d.json", tmp_path / "a.json").loop() == 3
    assert it.answers[q.id] == DONT_KNOW


def test_the_help_after_its_colon_begins_in_lower_case_in_french(housing, tmp_path, monkeypatch) -> None:
    """« Pourquoi cette question : Le premier objectif… »: French writes no capital after a colon."""
    from assess.interview import tui
    from assess.interview.run import Runner

    shown = []
    monkeypatch.setattr(tui, "ask", lambda screen: shown.append(screen.help) or ("quit", None))
    it = make(housing)
    it.next()
    Runner(it, tmp_path / "d.json", tmp_path / "a.json").loop()
    assert shown[0].startswith("Pourquoi cette question : ") and shown[0][26].islower(), shown[0][:40]


def test_quitting_before_the_first_question_says_nothing_is_kept(catalog, monkeypatch, capsys) -> None:
    """Ctrl-C (or q) at « Langue des questions ? »: the screen was wiped and the command ended
    without a word. It says that nothing is kept, in the interface's language."""
    from assess.interview import run, tui

    _tty(monkeypatch)
    monkeypatch.setattr(tui, "pick", lambda *a, **k: None)
    args = dict(lang=None, default_lang="fr", role=None, org_id=None, org_name=None, respondent_id=None)
    assert run.run_interview(catalog, questionnaire_id=None, **args, output=None, resume=None) == 130
    assert "rien n'est enregistré" in capsys.readouterr().out


def test_s_on_a_question_answered_before_says_its_answer_is_removed(housing, tmp_path) -> None:
    """← then s on an answered question: « → (passée) (réponse modifiée) », two parentheses that did
    not say the answer given before was gone."""
    from assess.interview.run import Runner

    it = make(housing)
    q = next(x for x in housing.questions if x.type == "single")
    runner = Runner(it, tmp_path / "d.json", tmp_path / "a.json")
    said = " ".join(runner.echo(q, None, changed=True).replace("\u00a0", " ").split())
    assert said.endswith("(passée : la réponse donnée avant est effacée)"), said
    assert runner.echo(q, None).endswith("(passée)") and "modifiée" in runner.echo(q, q.options[0].id, changed=True)


def test_the_round_is_kept_in_the_answers_and_the_draft(housing) -> None:
    it = Interview(housing, org_id="logeterre", role="field", respondent_id="r1", round_label="2026")
    doc = it.to_answers()
    assert doc["round"] == "2026" and it.sheet().round == "2026"
    again = Interview.from_draft(housing, it.to_draft())
    assert again.round == "2026" and again.to_answers()["round"] == "2026"
    assert "round" not in Interview(housing, org_id="x").to_answers()


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_file_names_and_commands_are_never_cut(monkeypatch, capsys, lang: str, columns: int) -> None:
    """The draft's path stays whole on a line of its own, and a command to type is never cut inside a
    word, so that it can be copied (a hyphen in the file name was a place to cut). A command wider than
    the terminal was printed on one line, which the terminal itself cut at 80 columns: `--responden`,
    then `t-id 737y-mj22` on the next line. It is now set out over lines cut between its arguments,
    each but the last ending in ` \\`, so that the lines copied together run as the one command."""
    import shlex

    from assess.interview.run import _out
    from assess.texts import CATALOGUE

    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("LINES", "30")
    path = "/home/agent/questionnaires/brouillons/housing--Mon_Orga-77da2ca5--p4rt-2nzy.json"
    report = path.replace(".json", "-rapport.html")
    command = "assess run housing --org-id logeterre-bailleur-social-du-grand-est --respondent-id 737y-mj22"
    tx = {k.split(".", 1)[1]: v for k, v in CATALOGUE[lang].items() if k.startswith("run.")}
    for key in ("saved_quit", "written", "report_cmd", "report_written", "save_failed", "your_id", "code_refused"):
        values = dict(path=path, report=report, error="disque plein", draft=path, q="", arg=path, report_arg=report)
        _out(tx[key].format(**values, id="737y-mj22", command=command))
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert sum(line.strip() == path or f" {path}" in line for line in lines) >= 6
    # only a path, or an option with a path that would not fit alone either, is wider than the screen
    whole = (path, report, f"-o {report}", f"--resume {path}")
    assert all(len(line) < columns or line.strip().removesuffix(" \\") in whole for line in lines), out
    typed = _as_typed(out).splitlines()
    resume = [shlex.split(line) for line in typed if "assess run --resume" in line]
    assert resume == [["assess", "run", "--resume", path]] * 2, out
    report_cmd = [shlex.split(line) for line in typed if "assess report" in line]
    assert report_cmd == [["assess", "report", path, "-o", report]], out
    assert [line.strip() for line in typed if "--respondent-id" in line] == [command] * 2, out
    if columns == 100:  # wide enough: on one line, as it is
        assert f"  {command}" in lines, out
    else:
        assert "  assess run housing --org-id logeterre-bailleur-social-du-grand-est \\" in lines, out
        assert "    --respondent-id 737y-mj22" in lines and f"    --resume {path}" in lines, out


def test_a_command_is_cut_only_between_the_words_the_shell_reads(monkeypatch) -> None:
    """A quoted path with spaces or a quote in it (`_arg`) is one word: never cut inside; a line that
    is no command is left as it is."""
    import shlex

    from assess.interview.run import _arg, _command

    monkeypatch.setenv("COLUMNS", "80")
    folder, org = "/home/m/mes questionnaires/l'an 2026/à relire", "Mairie de Brest — pôle social"
    line = f"  assess run housing -q {_arg(folder)} --org-id {_arg(org)} --respondent-id k7m2-q9xa"
    out = _command(line)
    assert out.count(" \\\n") >= 1 and all(len(x) < 80 for x in out.splitlines()), out
    assert shlex.split(out.replace(" \\\n", " ")) == shlex.split(line)
    assert all(shlex.split(x.removesuffix(" \\")) for x in out.splitlines())  # each line whole words
    text = "  " + "a very long indented line that is no command " * 3
    assert _command(text) == text


def test_a_path_in_the_home_folder_is_written_from_tilde_in_a_command(tmp_path, monkeypatch) -> None:
    """A draft's path (~/.local/state/assess/drafts/...) printed whole in a command took 80 columns
    by itself; from `~/` it fits a line, and the shell reads it back as the same path."""
    from assess.interview.run import _arg

    monkeypatch.setenv("HOME", str(tmp_path))
    draft = tmp_path / ".local/state/assess/drafts/housing--o1--r1.json"
    assert _arg(draft) == "~/.local/state/assess/drafts/housing--o1--r1.json"
    assert _arg(tmp_path / "mes réponses" / "a.json") == "~/'mes réponses/a.json'"  # `~/` outside the quotes
    assert _arg(Path("/elsewhere/a b.json")) == "'/elsewhere/a b.json'" and _arg("~org") == "'~org'"


@pytest.mark.parametrize(
    "name",
    ["dr\udce9fts", "ligne\nsuivante", "\x1b[31mrouge", "l'an\u00a02026", "sens\u202einverse", "l'été\\x"],
    ids=["latin-1-byte", "newline", "escape", "nbsp", "bidi", "quote-and-backslash"],
)
def test_a_name_that_cannot_be_typed_is_written_as_the_shell_reads_it_back(tmp_path, monkeypatch, name) -> None:
    """A drafts folder named on an old USB key (a byte that is not UTF-8), or with a control
    character: the command to resume showed `\\xe9`, which the shell does not read back, so the
    command copied named no file. It is now bash's $'...' (the same \\xNN for such a byte), and
    bash reads it back to the very bytes, `~/` outside the quotes."""
    import subprocess

    from assess.interview.run import _arg
    from assess.terminal import clean, shell_word

    word = shell_word(name)
    assert clean(word) == word  # printed as it is, nothing in it for the terminal to obey
    got = subprocess.run(["bash", "-c", f"printf %s {word}"], capture_output=True, check=True).stdout
    assert got == os.fsencode(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert _arg(tmp_path / name / "d.json") == "~/" + shell_word(f"{name}/d.json")
    assert shell_word("a b") == "'a b'"


def test_what_clean_shows_as_an_escape_is_never_printable_text() -> None:
    """`shell_word` quotes a printable word as shlex does: that holds because no character `clean`
    escapes (all below U+E000) is printable."""
    from assess.terminal import _CONTROL

    assert not [o for o in range(0xE000) if _CONTROL.match(chr(o)) and chr(o).isprintable()]


def test_a_path_said_to_the_respondent_shows_a_byte_that_is_not_utf8(capsys) -> None:
    """The message "Vos réponses sont enregistrées dans le brouillon : /tmp/dr/sub/…": folder `dr\\xe9` lost its
    byte, sent raw to the terminal, which drew nothing. It is shown as \\xe9, as every other message
    shows it, and nothing in a message reaches the terminal as a control."""
    from assess.interview.run import _out

    _out("Brouillon :\n  /tmp/dr\udce9/sub/d.json\nOrganisation \x1b[2J")
    out = capsys.readouterr().out
    assert "/tmp/dr\\xe9/sub/d.json" in out and "\x1b" not in out and "\\x1b[2J" in out, out


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
    assert row.rstrip().endswith(("(0\u00a0% de réponses)", "(0% answered)")), row


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
    # on a line of its own, whole (in prose, between quotes, the folder's path was cut at its spaces)
    template = shlex.split(next(x for x in _as_typed(r.stderr).splitlines() if x.startswith("  assess template")))
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

    from assess.interview import tui

    screen = tui.Screen(header=[("", "Q?")], choices=[tui.Choice("a", "Alpha")], comment="abc\u202edef\u2066")
    action, shown = _drawn(screen, "s")
    assert action == "skip"
    assert "\u202e" not in shown and "\u2066" not in shown and "\\u202edef" in shown


def test_a_free_answer_read_back_from_an_answers_file_is_echoed_with_its_controls_shown(housing, tmp_path) -> None:
    """`assess run --resume ANSWERS.json`, Enter on the free question: the line echoing the answer
    sent its escape sequences (colours, a window title, a screen clear) to the terminal."""
    from assess.interview.run import Runner

    it = make(housing)
    q = next(x for x in it.questions if x.type == "text")
    line = Runner(it, tmp_path / "d.json", tmp_path / "a.json").echo(q, "text \x1b[31mRED\x1b]0;T\x07")
    assert "\x1b" not in line and "\x07" not in line and "\\x1b[31mRED" in line


def _tty(monkeypatch) -> None:
    """`assess run` as if in a terminal (it refuses a pipe)."""
    import sys

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)


def _as_typed(text: str) -> str:
    """The lines of a command set out over several (` \\` at their end) joined, as the shell reads them."""
    import re

    return re.sub(r" \\\n *", " ", text)


def _no_question(screen) -> None:
    raise AssertionError("a question was asked")


@pytest.mark.parametrize("terminal", [True, False])
def test_a_mistyped_questionnaire_id_is_said_before_any_question_and_without_a_template_to_make(
    catalog, monkeypatch, terminal
) -> None:
    """`assess run housng` asked the language first and then said the id was unknown; without a
    terminal it said to make a blank answers file with `assess template housng`."""
    from assess.errors import UnknownQuestionnaire
    from assess.interview import run, tui

    if terminal:
        _tty(monkeypatch)
    monkeypatch.setattr(tui, "ask", _no_question)
    args = dict(lang=None, default_lang="fr", role=None, org_id=None, org_name=None, respondent_id=None)
    with pytest.raises(UnknownQuestionnaire, match="did you mean 'housing'"):
        run.run_interview(catalog, questionnaire_id="housng", **args, output=None, resume=None)


def test_a_draft_that_cannot_be_saved_says_why_in_french_within_80_columns(
    housing, catalog, tmp_path, monkeypatch, capsys
) -> None:
    """A full disk for the draft: the message said "(No space left on device)" in a French sentence,
    and was cut by the terminal in the middle of words at 80 columns."""
    import errno

    from assess.interview import run, tui

    draft = tmp_path / "d.json"
    save_draft(make(housing), draft, str(tmp_path / "a.json"))

    def full(*a, **k) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(draft))

    _tty(monkeypatch)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(run, "save_draft", full)
    monkeypatch.setattr(tui, "ask", _no_question)
    args = dict(questionnaire_id=None, lang="fr", default_lang="fr", role=None, org_id=None, org_name=None)
    code = run.run_interview(catalog, **args, respondent_id=None, output=None, resume=draft)
    err = capsys.readouterr().err
    assert code == 1 and "plus de place sur le disque" in err and "No space" not in err, err
    assert all(len(line) < 80 or str(draft) in line for line in err.splitlines()), err
    assert f"assess run --lang fr --resume {draft}" in _as_typed(err)


def test_the_finished_answers_and_their_report_are_readable_by_their_respondent_alone(
    housing, tmp_path, monkeypatch, capsys
) -> None:
    """The draft was 0600 in a 0700 folder, but the finished answers and the report it offered were
    written with the umask's 0644 in the current folder: another account on the same computer read
    every answer and comment."""
    import os
    import stat

    from assess.interview import run

    it = make(housing)
    draft = tmp_path / "d.json"
    save_draft(it, draft)
    monkeypatch.setattr(run, "_pick", lambda *a, **k: "html")
    old = os.umask(0o022)
    try:
        assert run.finish(it, tmp_path / "a.json", draft) == 0
    finally:
        os.umask(old)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["a-rapport.html", "a.json"], written
    for name in written:
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_answers_file_that_cannot_be_written_keeps_the_draft_and_says_how_to_finish(
    housing, tmp_path, monkeypatch, capsys
) -> None:
    """`-o` a folder (or /dev/full) at the end of the questionnaire: an error without the draft's
    place nor how to finish; and a read-only folder said "No such file or directory" in French."""
    import errno

    from assess.interview import run

    it = make(housing)
    draft = tmp_path / "d.json"
    save_draft(it, draft)
    monkeypatch.setenv("COLUMNS", "80")
    assert run.finish(it, tmp_path, draft) == 1  # a folder in the answers file's place
    err = capsys.readouterr().err
    assert "dossier" in err and f"assess run --resume {draft}" in _as_typed(err) and draft.exists(), err

    def refused(*a, **k) -> None:
        raise OSError(errno.EACCES, "Permission denied", "a.json")

    monkeypatch.setattr(run, "write_atomic", refused)
    assert run.finish(it, tmp_path / "a.json", draft) == 1
    err = capsys.readouterr().err
    assert "permission refusée" in err and "Permission denied" not in err and draft.exists(), err


def test_an_answers_file_that_could_never_be_written_is_said_before_the_first_question(
    housing, catalog, tmp_path, monkeypatch
) -> None:
    """`assess run -o /dev/full` (or -o a folder) asked every question, then refused to write."""
    from assess.errors import AssessError

    start = _resume_without_questions(housing, catalog, tmp_path, monkeypatch)
    with pytest.raises(AssessError, match="folder"):
        start(tmp_path)


def _resume_without_questions(housing, catalog, tmp_path, monkeypatch):
    """`assess run --resume DRAFT -o OUTPUT` of a saved draft, on a terminal where asking any
    question fails the test: for what must be said before the first question."""
    from assess.interview import run, tui

    draft = tmp_path / "d.json"
    save_draft(make(housing), draft)
    _tty(monkeypatch)
    monkeypatch.setattr(tui, "ask", _no_question)
    args = dict(questionnaire_id=None, lang="fr", default_lang="fr", role=None, org_id=None, org_name=None)
    return lambda output: run.run_interview(catalog, **args, respondent_id=None, output=output, resume=draft)


def test_a_question_shown_in_a_window_made_narrower_cuts_no_word(monkeypatch) -> None:
    """`tmux resize-window -x 60` mid-question: the question, wrapped for 80 columns when the screen
    opened, was cut by the terminal in the middle of words."""

    from assess.interview import tui
    from assess.terminal import wrap

    words = [f"mot{i:02d}" for i in range(40)]
    monkeypatch.setenv("COLUMNS", "80")
    header = [("class:question", wrap(" ".join(words)))]  # as `Runner.ask` builds it
    monkeypatch.setenv("COLUMNS", "50")  # the window is narrower when the screen is drawn
    action, shown = _drawn(tui.Screen(header=header, choices=[tui.Choice("a", "Alpha")]), "s", columns=50)
    assert action == "skip"
    assert all(w in shown for w in words), [w for w in words if w not in shown]


def test_a_draft_is_readable_by_its_owner_only(housing, tmp_path) -> None:
    """ "Nobody else sees your answers in progress", says the screen; the draft was made 0644 in a
    folder made 0755, readable by every account of the computer."""
    import os
    import stat

    path = tmp_path / "state" / "drafts" / "d.json"
    it = make(housing)
    before = os.umask(0o022)
    try:
        save_draft(it, path)
        it.next()
        it.answer(None)
        save_draft(it, path)  # replaced, still private
    finally:
        os.umask(before)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_kill_or_a_closed_terminal_ends_the_screen_as_ctrl_c_does(name: str, monkeypatch) -> None:
    """`kill` (SIGTERM) or `tmux kill-session` (SIGHUP) mid-question ended the process there: the
    screen half drawn, exit 143, no word of the draft or how to resume. Now the screen closes as on
    Ctrl-C (the runner saves and prints the command), and a comment being typed then does not
    bring the question back: every later screen closes at once."""
    import os
    import signal
    import threading
    import time

    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from assess.interview import tui

    sig = getattr(signal, name)

    class Killed(BaseException):  # as KeyboardInterrupt: no event loop's handler keeps it
        pass

    def default(signum, frame) -> None:  # what the signal's default action would do: end the run
        raise Killed

    def kill_once_the_screen_listens(inp) -> None:
        """The signal once the screen has taken it (sent after a fixed 0.3 s, it came before the
        screen listened on a loaded machine, and the run hung). A screen that does not close
        within a minute gets a `q`: the test then fails on the answer, it never hangs."""
        deadline = time.monotonic() + 60
        while signal.getsignal(sig) is default and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(os.getpid(), sig)
        if not closed.wait(60):
            inp.send_text("q")

    previous = signal.signal(sig, default)
    monkeypatch.setattr(tui, "STOPPED", [], raising=False)
    closed = threading.Event()
    try:
        screen = tui.Screen(header=[("", "Q?")], choices=[tui.Choice("a", "Alpha")])
        with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
            threading.Thread(target=kill_once_the_screen_listens, args=(inp,), daemon=True).start()
            try:
                assert tui.ask(screen) == ("interrupt", None)
            finally:
                closed.set()
            assert tui.ask_text("Commentaire : ") is None  # closes at once, nothing waits for a key
            assert tui.ask(screen) == ("interrupt", None)
        assert signal.getsignal(sig) is default  # the handler in place before is back
    finally:
        signal.signal(sig, previous)


def test_resume_of_a_file_that_is_no_draft_says_so_in_french(catalog, tmp_path, monkeypatch, capsys) -> None:
    """`assess run --resume` of a missing file began "error:" in a French sentence; of `{}` it said
    "a JSON object was expected, not null" of a file holding an object."""
    from assess.errors import AssessError
    from assess.interview import run
    from assess.texts import problem_message

    _tty(monkeypatch)
    args = dict(questionnaire_id=None, lang="fr", default_lang="fr", role=None, org_id=None, org_name=None)
    assert run.run_interview(catalog, **args, respondent_id=None, output=None, resume=tmp_path / "no.json") == 1
    assert capsys.readouterr().err.startswith("erreur\u00a0: brouillon introuvable")
    (tmp_path / "empty.json").write_text("{}", encoding="utf-8")
    with pytest.raises(AssessError) as e:
        run.run_interview(catalog, **args, respondent_id=None, output=None, resume=tmp_path / "empty.json")
    message = problem_message(e.value.problems[0].message, "fr")
    assert message == "ni un brouillon ni un fichier de réponses d'assess", message


def test_the_closing_summary_sets_no_number_of_a_sentence_in_colour(housing, monkeypatch, capsys) -> None:
    """ "Le niveau « Réorganisation préalable » atteint 41, mais ..." printed 41 in bold cyan, and
    "(gravité élevée)" with bold parentheses: rich's highlighter, not a choice of the text."""
    from assess.interview.run import _summary

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("FORCE_COLOR", "1")
    it = make(housing)
    while not it.done:
        st = it.current()
        if st.kind == "intro":
            it.next()
        elif st.question.type == "single":
            it.answer(st.question.options[0].id)
        else:
            it.answer(None)
    _summary(it)
    out = capsys.readouterr().out
    assert "\x1b[1;36m" not in out and "\x1b[1m(" not in out, out


def test_ctrl_c_at_the_organisation_name_quits_as_everywhere_else(monkeypatch) -> None:
    """Ctrl-C at "Nom de l'organisation (facultatif) :" was taken for an empty name: the next
    screen came, the role, instead of the end the person asked for."""
    from assess.interview import run, tui

    monkeypatch.setattr(tui, "ask_text", lambda *a, **k: None)
    monkeypatch.setattr(tui, "pick", lambda *a, **k: pytest.fail("the role was asked after Ctrl-C"))
    assert run._ask_who("fr", None, None) is None
    monkeypatch.setattr(tui, "ask_text", lambda *a, **k: "  Logeterre ")
    monkeypatch.setattr(tui, "pick", lambda *a, **k: "field")
    assert run._ask_who("fr", None, None) == ("Logeterre", "field")


def test_a_long_comment_never_pushes_the_answers_off_a_24_row_screen(monkeypatch) -> None:
    """A comment of twelve lines, and the help opened with ?: the last lines of the screen (the
    keys, then the answers themselves for a longer comment) were cut off a 24-row terminal."""

    from assess.interview import tui

    monkeypatch.setenv("COLUMNS", "80")
    screen = tui.Screen(
        header=[("", "Partie 1/6"), ("", "Question ?")],
        choices=[tui.Choice(k, f"Réponse {k}") for k in "abcde"],
        comment=" ".join(["Un long commentaire sur le terrain et les outils numériques."] * 40),
        help="Pourquoi cette question : " + "une aide de trois lignes " * 8,
        hint="↑↓ puis Entrée\nq : quitter",
    )
    action, shown = _drawn(screen, "?s", rows=24)
    assert action == "skip"
    assert "Réponse e" in shown and "quitter" in shown and "Partie 1/6" in shown


def test_a_level_name_too_long_for_the_summary_is_cut_with_an_ellipsis(monkeypatch, capsys) -> None:
    """A consultant's level name of 40 characters was cut at 28 in the middle of a word, with nothing
    to say that it was cut."""
    from assess.interview.run import _summary
    from assess.loader import parse_questionnaire

    synth = (Path(__file__).parent / "fixtures" / "synthetic.yaml").read_text(encoding="utf-8")
    q = parse_questionnaire(synth.replace('fr: "Stratégie"', 'fr: "Stratégie et pilotage des projets numériques"', 1))
    monkeypatch.setenv("COLUMNS", "80")
    _summary(Interview(q, lang="fr", org_id="o1", role="direction", respondent_id="r1"))
    out = capsys.readouterr().out
    assert "  Stratégie et pilotage des p… " in out, out


def test_a_folder_the_answers_file_cannot_be_written_in_is_said_before_the_first_question(
    housing, catalog, tmp_path, monkeypatch
) -> None:
    """`assess run` in a read-only folder asked every question, then could not write the answers."""
    import os

    from assess.errors import AssessError
    from assess.texts import problem_message

    start = _resume_without_questions(housing, catalog, tmp_path, monkeypatch)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != tmp_path / "ro" and real(p, mode))
    (tmp_path / "ro").mkdir()
    for output in (tmp_path / "ro" / "a.json", tmp_path / "missing" / "a.json"):
        with pytest.raises(AssessError) as e:
            start(output)
        message = problem_message(e.value.problems[0].message, "fr")
        assert message.startswith("le fichier de réponses ne peut pas être écrit dans le dossier"), message


def test_a_drafts_folder_that_cannot_be_written_at_the_start_prints_no_resume_command_that_fails(
    catalog, tmp_path, monkeypatch, capsys
) -> None:
    """$ASSESS_DRAFTS_DIR not writable: the first save failed, and the message said the previous
    draft was intact and to resume with `assess run --resume DRAFT`, a draft that did not exist."""
    from assess.interview import run, tui

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "a-file" / "drafts"))
    (tmp_path / "a-file").write_text("", encoding="utf-8")  # a file where the folder should be
    monkeypatch.setattr(tui, "ask", _no_question)
    monkeypatch.chdir(tmp_path)
    args = dict(questionnaire_id="housing", lang="fr", default_lang="fr", role="field", org_id="o1", org_name="O")
    assert run.run_interview(catalog, **args, respondent_id="r1", output=None, resume=None) == 1
    err = capsys.readouterr().err
    assert "--resume" not in err and "intacte" not in err and "ASSESS_DRAFTS_DIR" in err, err


@pytest.mark.parametrize("lang, said", [("fr", "(0 réponse)"), ("en", "(0 answers)")])
def test_a_draft_without_answers_is_offered_with_its_count_in_good_french(
    lang: str, said: str, catalog, tmp_path, monkeypatch, capsys
) -> None:
    """A draft left before the first answer was offered as "(0 réponses)": French takes the
    singular for zero."""
    from assess.interview import run

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path))
    q = catalog.questionnaire("housing")
    save_draft(Interview(q, lang=lang, org_id="o1", role="field", respondent_id="r1"), draft_path(q.id, "o1", "r1"))
    monkeypatch.setattr(run, "_pick", lambda *a, **k: None)  # Ctrl-C at "resume it?"
    args = dict(questionnaire_id="housing", lang=lang, default_lang=lang, role=None, org_id="o1", org_name=None)
    assert run.run_interview(catalog, **args, respondent_id="r1", output=None, resume=None) == 130
    assert said in capsys.readouterr().out.replace("\n", " ")


def test_an_answer_of_the_draft_that_does_not_fit_is_asked_again_the_rest_kept(housing) -> None:
    """A damaged draft (an option id changed by hand) was set aside whole, its message listing the
    option ids: the answer is dropped, its question asked again, the other answers kept."""
    it = make(housing)
    it.next()
    q1 = it.current().question
    it.answer(q1.options[0].id)
    q2 = it.current().question
    it.answer(q2.options[0].id if q2.options else q2.scale.min)
    it.answer(None)
    draft = json.loads(json.dumps(it.to_draft()))
    draft["answers"]["answers"][q1.id] = "no_such_option"
    again = Interview.from_draft(housing, draft, "d.json")
    assert again.dropped == [q1.id]
    assert q1.id not in again.answers and again.answers[q2.id] == it.answers[q2.id]
    assert again.current().question.id == q1.id and q1.id not in again.visited


def test_the_setup_prompts_go_back_as_the_questions_do(monkeypatch, catalog) -> None:
    """From the organisation's id, nothing led back to the questionnaire or the language chosen:
    "<" alone at a prompt, ← on a choice, goes back one screen, the earlier choice shown again."""
    from assess.interview import run, tui

    picks = iter(["en", "housing", tui.BACK, "en", "municipality", tui.BACK, "direction"])
    texts = iter(["<", "ville", "<", "ville-b", "Ville B", "Ville B"])
    asked: list[tuple[str, Any]] = []

    def pick(title, options, initial=None, hint="", pick_first="", allow_back=False, **more):
        asked.append((title, initial, allow_back))
        return next(picks)

    def ask_text(message, default="", hint=None, **_):
        asked.append((message, default, hint))
        return next(texts)

    monkeypatch.setattr(tui, "pick", pick)
    monkeypatch.setattr(tui, "ask_text", ask_text)
    got = run._ask_setup(catalog, None, None, None, None, None, "fr")
    assert got is not None
    questionnaire, lang, role, org_id, org_name = got
    assert (questionnaire.id, lang, role, org_id, org_name) == ("municipality", "en", "direction", "ville-b", "Ville B")
    # language, questionnaire, id "<", questionnaire again (housing shown), ← to the language (en shown)
    assert asked[0][2] is False and asked[1][2] is True and asked[3] == (asked[1][0], "housing", True)
    assert asked[4][1:] == ("en", False)
    # id, name "<" back to the id (kept), name, role ← back to the name (kept), role
    assert asked[8][1] == "ville" and asked[9][1] == "" and asked[11][1] == "Ville B" and len(asked) == 13


def test_a_choice_longer_than_a_24_row_screen_shows_a_page_and_its_keys(monkeypatch) -> None:
    """Twenty questionnaires in a folder: the list before the questions ran off a 24-row terminal,
    its keys and last lines cut. A page of it is shown, with how many more above and below."""
    import io

    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.vt100 import Vt100_Output

    from assess.interview import run

    monkeypatch.setenv("COLUMNS", "80")
    options = [(f"q{k}", f"Questionnaire numéro {k}") for k in range(1, 24)]
    import re

    def shown(keys: str, initial: str | None) -> str:
        written = io.StringIO()
        with create_pipe_input() as inp:
            inp.send_text(keys)
            output = Vt100_Output(written, lambda: Size(rows=24, columns=80), term="xterm")
            with create_app_session(input=inp, output=output):
                assert run._pick("fr", "Quel questionnaire ?", options, initial) == "q23"
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x08", "", written.getvalue())

    first = shown("\x1b[A\r", None)  # the first page, then ↑ from nothing chosen: the last line
    assert "quitter" in first and "encore 4 plus bas" in first and "numéro 20" not in first
    last = shown("\r", "q23")  # the page of the line chosen before
    assert "quitter" in last and "encore 19 plus haut" in last and "numéro 23" in last


def test_questionnaires_of_the_same_title_are_told_apart_in_the_choice(monkeypatch, tmp_path: Path) -> None:
    """Two questionnaires of one title in a folder (a copy adapted for one organisation): the list
    showed the same line twice."""
    from assess.catalog import load_catalog
    from assess.interview import run, tui

    src = (Path(__file__).parent.parent / "questionnaires" / "housing.yaml").read_text(encoding="utf-8")
    (tmp_path / "copy.yaml").write_text(src.replace("\nid: housing\n", "\nid: housing-local\n"), encoding="utf-8")
    cat = load_catalog([str(tmp_path)], use_cache=False)
    seen: list[list[str]] = []

    def pick(title, options, *a, **k):
        seen.append([label for _, label in options])
        return None

    monkeypatch.setattr(tui, "pick", pick)
    assert run._ask_setup(cat, None, "fr", None, None, None, "fr") is None
    labels = seen[0]
    assert len(set(labels)) == len(labels) and any(label.endswith("(housing-local)") for label in labels)
    assert not any(label.endswith("(municipality)") for label in labels)


def _drawn(screen, keys: str, rows: int = 30, columns: int = 80) -> tuple[str, str]:
    """What `tui.ask` returns for `screen` given `keys`, and what it wrote to an xterm of that size."""
    import io

    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.vt100 import Vt100_Output

    from assess.interview import tui

    written = io.StringIO()
    with create_pipe_input() as inp:
        inp.send_text(keys)
        output = Vt100_Output(written, lambda: Size(rows=rows, columns=columns), term="xterm")
        with create_app_session(input=inp, output=output):
            action = tui.ask(screen)[0]
    return action, written.getvalue()


def test_a_draft_resumed_from_another_folder_writes_the_answers_where_they_were_meant_to_go(
    housing, tmp_path: Path, monkeypatch
) -> None:
    """Begun in one folder without -o, resumed the next day from another: the draft kept the answers
    file's name as typed ("housing--org--id.json"), so the answers landed in the second folder, and
    the closing message named a file the respondent would look for in the first."""
    from assess.interview.run import Runner

    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    day1.mkdir()
    day2.mkdir()
    monkeypatch.chdir(day1)
    it = make(housing)
    draft = tmp_path / "draft.json"
    Runner(it, draft, Path("mes-reponses.json")).save()
    monkeypatch.chdir(day2)
    assert Path(load_draft(draft)["output"]) == day1 / "mes-reponses.json"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_closing_summary_says_it_is_one_persons_view(housing, capsys, lang) -> None:
    """One site manager's answers placed "the organisation" on a trajectory, with nothing to say that
    they are one point of view; the report says it, the terminal's summary now does too."""
    from assess.interview.run import _summary

    it = Interview(housing, lang=lang, org_id="o1", role="field", respondent_id="r1")
    for qq in housing.questions:
        if qq.type == "single" and qq.level:
            it.answers[qq.id] = qq.options[0].id
    _summary(it)
    out = " ".join(capsys.readouterr().out.split())
    assert ("reposent que sur vos réponses" if lang == "fr" else "rest on your answers alone") in out, out


# --- a draft started again, a draft of someone else, a Ctrl-C between screens ---------------------


def _locked(q, code: str = "k4z9", **kw: Any) -> Interview:
    """An interview of respondent r1 of o1 with one answer, its draft locked with `code`."""
    from assess.interview.state import make_lock

    it = Interview(q, lang=kw.get("lang", "fr"), org_id="o1", org_name="O", role="field", respondent_id="r1")
    it.next()
    it.answer(it.current().question.options[1].id)
    it.lock = make_lock(code)
    return it


def _start(catalog, lang: str = "fr", resume: Path | None = None) -> int:
    from assess.interview import run

    args = dict(questionnaire_id="housing", lang=lang, default_lang=lang, role="field", org_id="o1", org_name="O")
    return run.run_interview(catalog, **args, respondent_id="r1", output=None, resume=resume)


def _typed(monkeypatch, *codes: str) -> list[dict]:
    """The resume codes typed, in order; what each prompt was asked with."""
    from assess.interview import tui

    left, asked = list(codes), []

    def ask_text(message, default="", hint=None, secret=False, **_):
        asked.append({"message": message, "secret": secret})
        return left.pop(0) if left else None

    monkeypatch.setattr(tui, "ask_text", ask_text)
    return asked


def test_no_to_resume_sets_the_draft_aside_and_finishing_the_new_one_removes_it(
    catalog, tmp_path, monkeypatch, capsys
) -> None:
    """ "Non, recommencer (le brouillon sera remplacé)" deleted the draft at once: a "no" by mistake
    lost every answer. The draft is now kept aside (not offered again), said with where it is and
    how to take it up, and removed only once the new questionnaire is finished."""
    from assess.interview import run
    from assess.interview.state import SET_ASIDE

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    monkeypatch.chdir(tmp_path)
    q = catalog.questionnaire("housing")
    path = draft_path(q.id, "o1", "r1")
    save_draft(_locked(q), path)
    before = path.read_bytes()
    _typed(monkeypatch, "k4z9")
    monkeypatch.setattr(run, "_pick", lambda lang, title, options, **k: False if "reprendre" in title else "")
    monkeypatch.setattr(run.Runner, "loop", lambda self: 3)  # the new questionnaire left with q
    assert _start(catalog) == 3
    out = " ".join(_as_typed(capsys.readouterr().out).split())
    kept = list(path.parent.glob(f"{path.stem}.{SET_ASIDE}-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == before, out  # whole, under a name that says so
    assert "n'est pas effacé" in out and str(kept[0]) in out and f"--resume {kept[0]}" in out
    new = load_draft(path)
    assert new["answers"]["answers"][q.questions[0].id] is None  # the new one, begun afresh
    assert new["replaces"] == [str(kept[0])]

    # coming back: the new draft is offered, never the one set aside; finished, the one set aside goes
    _typed(monkeypatch, "k4z9")
    monkeypatch.setattr(run, "_pick", lambda lang, title, options, **k: True if "reprendre" in title else "")
    monkeypatch.setattr(run.Runner, "loop", lambda self: 0)
    assert _start(catalog) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert not kept[0].exists() and not path.exists()
    assert "gardé de côté quand vous avez recommencé est effacé" in out, out


def test_a_draft_never_removes_a_file_it_names_outside_the_drafts_set_aside(tmp_path, monkeypatch, housing) -> None:
    """A draft file is data: a "replaces" edited to name another file never has it removed."""
    from assess.interview.state import SET_ASIDE, remove_replaced

    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    (tmp_path / "drafts").mkdir()
    other = tmp_path / f"mine.{SET_ASIDE}-1.json"  # the mark, but outside the drafts folder
    plain = tmp_path / "drafts" / "housing--o1--r2.json"  # in the folder, but someone's draft
    aside = tmp_path / "drafts" / f"housing--o1--r1.{SET_ASIDE}-1.json"
    for p in (other, plain, aside):
        p.write_text("{}", encoding="utf-8")
    it = make(housing)
    it.replaces = [str(other), str(plain), str(aside)]
    assert remove_replaced(it) == [aside]
    assert other.exists() and plain.exists() and not aside.exists()


@pytest.mark.parametrize("resume", [False, True])
def test_someone_elses_draft_is_neither_shown_nor_set_aside_without_its_code(
    resume: bool, catalog, tmp_path, monkeypatch, capsys
) -> None:
    """On a computer several people use under one account, typing a colleague's respondent id (or
    giving their draft to --resume) offered their draft and showed their answers. Without its code,
    nothing of it is said, and it stays as it was."""
    from assess.interview import run, tui

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    q = catalog.questionnaire("housing")
    path = draft_path(q.id, "o1", "r1")
    save_draft(_locked(q, "their-code"), path)
    before = path.read_bytes()
    assert b"their-code" not in before  # a salted hash, never the code
    asked = _typed(monkeypatch, "1234", "guess", "k4z9")
    monkeypatch.setattr(run, "_pick", lambda *a, **k: pytest.fail("the draft was offered"))
    monkeypatch.setattr(tui, "ask", _no_question)
    assert _start(catalog, resume=path if resume else None) == 1
    captured = capsys.readouterr()
    said = " ".join((captured.out + captured.err).split())
    assert len(asked) == run.CODE_TRIES and all(a["secret"] for a in asked)  # not shown as it is typed
    assert "réponse" not in captured.out and str(path) not in said, said  # not even how far they got
    assert "pas le bon code" in said and "assess run housing" in said
    # the organisation's id is printed when typed, never read from the draft (its file's name may hide it)
    assert ("--org-id o1" in said) is not resume, said
    assert path.read_bytes() == before and list(path.parent.iterdir()) == [path]


@pytest.mark.parametrize("resume", [False, True])
def test_before_its_code_nothing_tells_the_language_of_someone_elses_draft(
    resume: bool, catalog, tmp_path, monkeypatch, capsys
) -> None:
    """The language is a hint about who answers (the one colleague who answers in English). Coming
    back with an id and no --lang, the language was offered in the draft's language, its line
    highlighted, before the code was asked; `--resume` asked the code in the draft's language. The
    code is now asked first, in the interface's language (French here), whatever the draft's; only
    once it is given is the draft's language offered first."""
    from assess.interview import run, state, tui
    from assess.interview.texts import T

    monkeypatch.setattr(state, "_ROUNDS", 1_000)  # the lock as made, quicker to try codes against
    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    q = catalog.questionnaire("housing")
    path = draft_path(q.id, "o1", "r1")
    save_draft(_locked(q, "their-code", lang="en"), path)
    picks: list[tuple] = []

    def pick(lang, title, options, initial=None, back=False, said=None):
        picks.append((lang, title, initial))
        return None  # Ctrl-C

    monkeypatch.setattr(run, "_pick", pick)
    monkeypatch.setattr(tui, "ask", _no_question)
    args = dict(questionnaire_id="housing", lang=None, default_lang="fr", role="field", org_id="o1", org_name="O")
    where = dict(respondent_id="r1", output=None, resume=path if resume else None)
    asked = _typed(monkeypatch, "1234", "guess", "k4z9")
    assert run.run_interview(catalog, **args, **where) == 1
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert picks == [], picks  # no screen before the code
    assert [a["message"] for a in asked] == [T["fr"]["code_ask"]] * run.CODE_TRIES
    assert "pas le bon code" in said and "That is not" not in said and "English" not in said, said

    if not resume:  # its respondent: the code, then their own language offered first
        asked = _typed(monkeypatch, "their-code")
        assert run.run_interview(catalog, **args, **where) == 130
        assert [a["message"] for a in asked] == [T["fr"]["code_ask"]]
        assert picks == [("en", T["en"]["pick_lang"], "en")], picks


def _old_or_damaged(q, how: str, code: str = "their-code") -> dict:
    """A locked draft of respondent r1 made with a major version no longer installed, or damaged."""
    draft = _locked(q, code).to_draft()
    if how == "old":
        draft["answers"]["questionnaire"]["version"] = "7.0.0"
    else:
        draft["answers"]["answers"]["no_such_question"] = "x"
    return draft


@pytest.mark.parametrize("how", ["old", "damaged"])
def test_a_draft_of_another_version_or_damaged_is_neither_moved_nor_said_without_its_code(
    how: str, catalog, tmp_path, monkeypatch, capsys
) -> None:
    """A colleague's id typed: a draft of a version no longer installed, or one that no longer reads,
    was moved aside and said (with its version) before its code was asked. The code comes first: a
    draft the person cannot open stays where it is, and nothing of it is said."""
    import orjson

    from assess.interview import run, state, tui

    monkeypatch.setattr(state, "_ROUNDS", 1_000)  # the lock as made, quicker to try codes against
    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    q = catalog.questionnaire("housing")
    path = draft_path(q.id, "o1", "r1")
    path.parent.mkdir()
    path.write_bytes(orjson.dumps(_old_or_damaged(q, how)))
    before = path.read_bytes()
    _typed(monkeypatch, "1234", "guess", "k4z9")
    monkeypatch.setattr(run, "_pick", lambda *a, **k: pytest.fail("the draft was offered"))
    monkeypatch.setattr(tui, "ask", _no_question)
    assert _start(catalog) == 1
    captured = capsys.readouterr()
    said = " ".join((captured.out + captured.err).split())
    assert "7.0.0" not in said and "no_such_question" not in said and str(path) not in said, said
    assert path.read_bytes() == before and list(path.parent.iterdir()) == [path]

    # its own respondent, with the code: told as before (moved aside, with why)
    _typed(monkeypatch, "their-code")
    monkeypatch.setattr(run, "_pick", lambda *a, **k: None)  # Ctrl-C at the next choice
    monkeypatch.setattr(run, "_ask_who", lambda *a, **k: None)
    assert _start(catalog) == 130
    said = " ".join(capsys.readouterr().out.split())
    assert ("7.0.0" in said) if how == "old" else ("unreadable" in said or "illisible" in said or "abîmé" in said), said
    assert not path.exists()


def test_ones_own_draft_is_offered_once_its_code_is_given(catalog, tmp_path, monkeypatch, capsys) -> None:
    from assess.interview import run

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    q = catalog.questionnaire("housing")
    save_draft(_locked(q, "k4z9"), draft_path(q.id, "o1", "r1"))
    _typed(monkeypatch, "nope", " k4z9 ")  # a wrong one first, then the right one (spaces around it)
    monkeypatch.setattr(run, "_pick", lambda *a, **k: None)  # Ctrl-C at "resume it?"
    assert _start(catalog) == 130
    out = " ".join(capsys.readouterr().out.split())
    assert "(1 réponse)" in out and "Ce n'est pas le bon code. Essayez encore." in out, out


def test_a_new_draft_gets_a_code_chosen_twice_and_keeps_it(catalog, tmp_path, monkeypatch, capsys) -> None:
    from assess.interview import run
    from assess.interview.state import code_fits

    monkeypatch.setattr(run, "_choose_code", REAL_CHOOSE_CODE)
    asked = _typed(monkeypatch, "ab", "abcd", "abce", "k4z9", "k4z9")
    assert run._choose_code("fr") == "k4z9"
    out = " ".join(capsys.readouterr().out.split())
    assert "au moins 4 caractères, s'il vous plaît" in out and "ne sont pas les mêmes" in out, out
    assert len(asked) == 5 and all(a["secret"] for a in asked)
    _typed(monkeypatch)  # Ctrl-C at the code: nothing starts
    assert run._choose_code("en") is None

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    monkeypatch.chdir(tmp_path)
    _typed(monkeypatch, "k4z9", "k4z9")
    monkeypatch.setattr(run.Runner, "loop", lambda self: 3)
    assert _start(catalog) == 3
    lock = load_draft(draft_path("housing", "o1", "r1"))["lock"]
    assert code_fits(lock, "k4z9") and not code_fits(lock, "k4z8") and not code_fits({"salt": "zz"}, "k4z9")


def test_ctrl_c_as_a_screen_opens_says_how_to_resume_and_loses_nothing(catalog, tmp_path, monkeypatch, capsys) -> None:
    """A Ctrl-C that came before a screen had the keyboard (under a profiler, at the first prompt)
    raised KeyboardInterrupt out of the questionnaire: no word of the draft, and an answer given
    just before it could be left unsaved."""
    from prompt_toolkit.application import Application

    from assess.interview import run, tui

    def interrupted(self, *a, **k):
        raise KeyboardInterrupt

    screen = tui.Screen(header=[("", "Question")], choices=[tui.Choice("a", "A")])
    with monkeypatch.context() as m:
        m.setattr(Application, "run", interrupted)
        assert tui.ask(screen) == ("interrupt", None)
        m.setattr(Application, "__init__", interrupted)  # while the screen is being made
        assert tui.ask(screen) == ("interrupt", None)
        m.setattr(tui.PromptSession, "__init__", interrupted)  # a prompt's, likewise
        assert tui.ask_text("Identifiant : ") is None

    # one that escapes a screen, or lands between two: the draft saved and the command said
    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    monkeypatch.chdir(tmp_path)
    calls = []

    def ask(self, step):
        calls.append(step)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return ("answer", None) if step.kind == "intro" else ("answer", step.question.options[0].id)

    monkeypatch.setattr(run.Runner, "ask", ask)
    assert _start(catalog) == 130
    out = " ".join(_as_typed(capsys.readouterr().out).split())
    path = draft_path("housing", "o1", "r1")
    assert "Pour reprendre" in out and f"--resume {path}" in out, out
    assert load_draft(path)["index"] == 1  # past the introduction, as on screen


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_closing_summary_speaks_plainly(housing, capsys, lang) -> None:
    """The summary said "(severity high)" in English and spoke of the study's "moment charnière", a
    term a site manager need not know."""
    from assess.interview.run import _summary
    from tests.conftest import uniform

    it = Interview(housing, lang=lang, org_id="o1", role="direction", respondent_id="r1")
    it.answers = {k: v for k, v in uniform(housing, "min")["answers"].items() if v is not None}
    _summary(it)
    out = " ".join(capsys.readouterr().out.split())
    assert "severity" not in out and "gravité" not in out and "charnière" not in out and "hinge" not in out, out
    assert ("(risque élevé)" if lang == "fr" else "(high risk)") in out, out
    assert ("l'étape décisive" if lang == "fr" else "the decisive step") in out, out


def test_the_questionnaire_screens_use_no_term_a_site_manager_need_not_know(catalog) -> None:
    """ "un second axe", "moment charnière", "progiciel", "système d'information": the study's or the
    IT department's words, on screens a site manager answers alone."""
    from assess.texts import section

    jargon = ("second axe", "second axis", "charnière", "hinge", "progiciel", "software suite",
              "système d'information", "information system", "couverture", "coverage")  # fmt: skip
    texts = section("run")
    for lang in ("fr", "en"):
        for key, value in texts[lang].items():
            assert not any(w in value.lower() for w in jargon), (lang, key, value)
    for qid in ("housing", "municipality", "social-economy"):
        q = catalog.questionnaire(qid)
        for qq in q.questions:
            for lang in ("fr", "en"):
                shown = " ".join([qq.wording(lang, None), qq.help[lang], *(o.label[lang] for o in qq.options)])
                assert not any(w in shown.lower() for w in jargon), (qid, qq.id, lang, shown)


def test_starting_again_offers_the_name_and_role_of_the_draft_set_aside(catalog, tmp_path, monkeypatch) -> None:
    """After "no, start again", the organisation's name and the role were asked blank, as if the
    person had never given them."""
    from assess.interview import run

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    monkeypatch.chdir(tmp_path)
    q = catalog.questionnaire("housing")
    save_draft(_locked(q), draft_path(q.id, "o1", "r1"))
    asked = _typed(monkeypatch, "k4z9", "O")
    defaults: list = []
    from assess.interview import tui

    typed = tui.ask_text

    def ask_text(message, default="", hint=None, secret=False, **_):
        defaults.append(default)
        return typed(message, default, hint, secret)

    monkeypatch.setattr(tui, "ask_text", ask_text)
    roles: list = []

    def pick(lang, title, options, initial=None, back=False, said=None):
        if "reprendre" in title:
            return False
        roles.append(initial)
        return "field"

    monkeypatch.setattr(run, "_pick", pick)
    monkeypatch.setattr(run.Runner, "loop", lambda self: 3)
    args = dict(questionnaire_id="housing", lang="fr", default_lang="fr", role=None, org_id="o1", org_name=None)
    assert run.run_interview(catalog, **args, respondent_id="r1", output=None, resume=None) == 3
    assert defaults == ["", "O"] and roles == ["field"] and len(asked) == 2


def test_a_ctrl_c_after_no_to_resume_leaves_the_draft_where_it_was(catalog, tmp_path, monkeypatch) -> None:
    """The draft is set aside only once the new questionnaire is about to be saved: quitting at the
    organisation's name, after "no", left it under a name nobody is offered."""
    from assess.interview import run

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    q = catalog.questionnaire("housing")
    path = draft_path(q.id, "o1", "r1")
    save_draft(_locked(q), path)
    before = path.read_bytes()
    _typed(monkeypatch, "k4z9")  # then Ctrl-C at the organisation's name
    monkeypatch.setattr(run, "_pick", lambda lang, title, options, **k: False)
    args = dict(questionnaire_id="housing", lang="fr", default_lang="fr", role=None, org_id="o1", org_name=None)
    assert run.run_interview(catalog, **args, respondent_id="r1", output=None, resume=None) == 130
    assert path.read_bytes() == before and list(path.parent.iterdir()) == [path]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_example_of_run_s_help_is_whole_on_one_line_at_80_columns(monkeypatch, lang: str) -> None:
    """`assess run --help` at 80 columns cut its example before `mes-reponses.json`: copied, the
    command lost its file. The example now fits the line."""
    from typer.testing import CliRunner

    from assess.cli import app

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("ASSESS_LANG", lang)
    r = CliRunner().invoke(app, ["run", "--help"])
    example = "assess run housing --lang fr --role field --org-id logeterre -o reponses.json"
    assert r.exit_code == 0 and any(line.strip() == example for line in r.output.splitlines()), r.output


def test_a_refusal_prints_only_a_questionnaire_id_the_catalogue_knows(catalog) -> None:
    """The id of the command printed after a wrong code comes from the draft, a file: printed only
    when it is an installed questionnaire's (an escape sequence in it is never sent to the terminal)."""
    from assess.interview.run import _questionnaire_of

    def named(qid: Any) -> dict:
        return {"answers": {"questionnaire": {"id": qid, "version": "2.0.0"}}}

    assert _questionnaire_of(catalog, named("housing")) == "housing"
    assert _questionnaire_of(catalog, named("\x1b]0;x\x07housing")) is None
    assert _questionnaire_of(catalog, named(3)) is None and _questionnaire_of(catalog, {}) is None


def test_a_free_answer_or_a_comment_longer_than_the_limit_is_said_and_given_back_cut(
    housing, tmp_path: Path, monkeypatch, capsys
) -> None:
    """A page pasted at the last question (a free answer of 8,159 characters) stopped the
    questionnaire with a traceback ("ValueError: text longer than 5000 characters"); pasted as a
    comment, it was cut to 5,000 characters without a word. Both are said now, and the text given
    back cut to the limit, to shorten or to keep with Enter."""
    from assess.answers import MAX_TEXT
    from assess.interview import tui
    from assess.interview.run import Runner

    page = "Les agents de proximité ressaisissent tout. " * 190  # 8,360 characters
    typed: list[str] = []
    keys: list[str | None] = []

    def ask_text(message, default="", hint=None, secret=False, **_):
        typed.append(default)
        keys.append(hint)
        return page if len(typed) % 2 else default  # the page pasted, then Enter on what is given back

    monkeypatch.setattr(tui, "ask_text", ask_text)
    it = make(housing)
    it.index = next(i for i, s in enumerate(it.steps) if s.question is not None and s.question.type == "text")
    text_q = it.current().question
    assert Runner(it, tmp_path / "d.json", tmp_path / "a.json").loop() == 0  # the last question: done
    assert it.answers[text_q.id] == page.strip()[:MAX_TEXT] and typed[1] == page.strip()[:MAX_TEXT]
    said = capsys.readouterr().out
    assert "trop long\u00a0: 8\u00a0359\u00a0caractères (5\u00a0000 au plus)" in said, said
    assert "trop long" in (keys[1] or "") and "revenir" in (keys[1] or "")  # under the text too, with the keys

    it = make(housing)
    it.next()  # the first question
    first = it.current().question
    actions = iter([("comment", None), ("quit", None)])
    monkeypatch.setattr(tui, "ask", lambda screen: next(actions))
    assert Runner(it, tmp_path / "d.json", tmp_path / "a.json").loop() == 3
    assert it.comments[first.id] == page.strip()[:MAX_TEXT]
    assert "trop long" in capsys.readouterr().out


def test_an_answers_file_of_the_same_name_is_never_replaced_unless_named_with_o(catalog, tmp_path, monkeypatch) -> None:
    """A questionnaire finished, then the same respondent id typed again (a colleague's on a shared
    computer, the same person the next round): the answers file named from the ids, without -o,
    replaced the first one's without a word. It goes beside it now."""
    from assess.interview import run

    _tty(monkeypatch)
    monkeypatch.setenv("ASSESS_DRAFTS_DIR", str(tmp_path / "drafts"))
    monkeypatch.chdir(tmp_path)
    first = tmp_path / "housing--o1--r1.json"
    first.write_text('{"format": "assess-answers/1"}', encoding="utf-8")
    monkeypatch.setattr(run, "_pick", lambda *a, **k: "")  # no report
    monkeypatch.setattr(run.Runner, "loop", lambda self: 0)
    assert _start(catalog) == 0
    assert first.read_text(encoding="utf-8") == '{"format": "assess-answers/1"}'
    assert json.loads((tmp_path / "housing--o1--r1.2.json").read_text(encoding="utf-8"))["respondent"]["id"] == "r1"


def test_the_help_opened_on_a_15_row_screen_leaves_the_keys_in_view(monkeypatch) -> None:
    """A question of three lines, its help of four opened with ?, on a 15-row terminal: the page of
    options kept at least three of them, and the last line of keys ("q : quitter") fell off the
    screen. The page now holds as many options as there is room for, one at the least."""
    from assess.interview import tui

    monkeypatch.setenv("COLUMNS", "80")
    screen = tui.Screen(
        header=[("", "Partie 2/6"), ("", "  ░░░"), ("", ""), ("", "Une question de trois lignes " * 7 + "?")],
        choices=[tui.Choice(k, f"Réponse {k}") for k in "abcdefg"],  # a page of them before the help
        help="Pourquoi cette question : " + "une aide de quatre lignes " * 10 + "enfin",
        hint="↑↓ puis Entrée · s : passer\n← précédente · q : quitter",
        notices={"below": "encore {n} plus bas"},
    )
    drawings = []  # the screen's text, as drawn last (the terminal's bytes are only what changed)
    control = tui.FormattedTextControl
    monkeypatch.setattr(tui, "FormattedTextControl", lambda text, **k: drawings.append(text) or control(text, **k))
    monkeypatch.setattr(tui, "_rows", lambda: 15)
    action, _ = _drawn(screen, "?1", rows=15)  # a digit's choice stays drawn a moment: the help too
    assert action == "answer"
    last = "".join(t for _, t in drawings[0]())
    assert "Pourquoi" in last and "quitter" in last and "plus bas" in last, last
    assert last.count("\n") <= 15, last  # one row too many pushed the first off the screen (the help is cut)


def test_on_a_60_by_15_screen_the_help_is_cut_and_every_key_stays_in_view(monkeypatch) -> None:
    """60 columns, 15 rows, the help opened, ↓ three times: the last line of keys, « q : quitter »,
    was below the screen's edge, and the lines of keys broke inside a key (« s : » then « passer »),
    or began with « · ». The help is cut to the room left; keys wrap between keys."""
    from assess.interview import tui

    monkeypatch.setenv("COLUMNS", "60")
    screen = tui.Screen(
        header=[("", "Partie 1/6 · Contexte stratégique — question 1 sur 8"), ("", "  ░░░"), ("", ""),
                ("", "Qui a pris la décision d'adopter le principal outil de suivi ou de gestion utilisé ?")],
        choices=[tui.Choice(k, f"Réponse {k}") for k in "abcdef"],
        help="Pourquoi cette question : " + "une aide de plusieurs lignes " * 8 + "enfin",
        hint="↑↓ puis Entrée, ou un chiffre : répondre · s : passer · c : commenter\n"
        "← précédente · → suivante · u : 1re sans réponse · ? : aide · q : quitter",
        notices={"below": "encore {n} plus bas", "above": "encore {n} plus haut"},
    )  # fmt: skip
    drawings = []  # the screen's text, as drawn last (the terminal's bytes are only what changed)
    control = tui.FormattedTextControl
    monkeypatch.setattr(tui, "FormattedTextControl", lambda text, **k: drawings.append(text) or control(text, **k))
    monkeypatch.setattr(tui, "_rows", lambda: 15)
    action, _ = _drawn(screen, "?\x1b[B\x1b[B\x1b[Bq", rows=15, columns=60)
    assert action == "quit"
    last = "".join(t for _, t in drawings[0]()).replace("\u00a0", " ")
    assert last.count("\n") <= 15 and last.endswith("q : quitter\n") and "plus bas" in last, last
    assert "Pourquoi cette question" in last and all(len(line) <= 60 for line in last.split("\n")), last
    from assess.terminal import wrap_keys

    keys = wrap_keys("↑↓ puis Entrée, ou un chiffre : répondre · s : passer · c : commenter").split("\n")
    assert [k.replace("\u00a0", " ") for k in keys] == [
        "↑↓ puis Entrée, ou un chiffre : répondre · s : passer",
        "c : commenter",
    ]


def test_the_closing_summary_names_the_facts_its_hinge_verdict_rests_on(catalog, capsys) -> None:
    """« …mais vos réponses sur les faits ne montrent pas ce que le questionnaire attend » without
    saying which facts: a verdict the respondent could not act on. It names them, as the report does."""
    from assess.interview.run import _summary

    from .conftest import uniform

    q = catalog.questionnaire("housing", "2.0.0")
    it = Interview(q, lang="fr", org_id="o1", role="field", respondent_id="r1")
    it.answers.update(uniform(q, "max")["answers"])
    it.answers["reo_timing"] = "same_time"
    _summary(it)
    out = " ".join(capsys.readouterr().out.split())
    assert "vos réponses sur les faits (« Par rapport à la mise en service des principaux outils… »" in out, out


def test_the_closing_summary_keeps_french_spacing_together(housing, capsys) -> None:
    """Every line the questionnaire prints sets a no-break space before « : ? ! » (`typography`), but
    four lines of the closing summary ("Merci ! ...", "Position globale : ...", "Trajectoire : ...",
    "Signaux principaux :") were printed with plain spaces."""
    import re

    from assess.interview.run import _summary

    it = make(housing)
    for qq in housing.questions:
        if qq.type == "single" and qq.level:
            it.answers[qq.id] = qq.options[1].id
    _summary(it)
    out = capsys.readouterr().out
    assert "Merci\u00a0!" in out and "Trajectoire\u00a0:" in out and not re.search(r" [:;?!»%]|« ", out), out


def test_ctrl_c_at_the_comment_prompt_cancels_it_and_says_so(housing, tmp_path: Path, monkeypatch, capsys) -> None:
    """Ctrl-C at the comment's prompt cancels the comment (everywhere else it saves and quits): the
    line typed stayed in the terminal above, "> un commentaire", as if recorded, and nothing said
    otherwise. The prompt's line of keys says it now, and so does a line once it is cancelled."""
    from assess.interview import tui
    from assess.interview.run import Runner

    hints: list[str | None] = []

    def ask_text(message, default="", hint=None, secret=False, **_):
        hints.append(hint)
        return None  # Ctrl-C

    monkeypatch.setattr(tui, "ask_text", ask_text)
    actions = iter([("comment", None), ("quit", None)])
    monkeypatch.setattr(tui, "ask", lambda screen: next(actions))
    it = make(housing)
    it.next()
    it.comments[it.current().question.id] = "déjà là"
    assert Runner(it, tmp_path / "d.json", tmp_path / "a.json").loop() == 3
    assert it.comments[it.current().question.id] == "déjà là"  # unchanged
    assert hints and "Ctrl-C : annuler" in (hints[0] or "").replace("\u00a0", " "), hints
    assert "Commentaire annulé" in capsys.readouterr().out


@pytest.mark.parametrize("key", ["q", "s", "b", "c", "u", "\x1b[D"], ids=["q", "s", "b", "c", "u", "left"])
def test_a_key_pressed_while_a_digits_choice_is_shown_never_drops_it(key: str, monkeypatch) -> None:
    """3 then q at once (to save and quit): the dot was on 3, but the screen closed with q and the
    answer was never recorded; the same with s, ←, c or u. The choice shown is the one recorded."""
    from assess.interview import tui

    monkeypatch.setenv("COLUMNS", "80")
    screen = tui.Screen(header=[("", "Question ?")], choices=[tui.Choice(k, k) for k in "abcd"], allow_forward=True)
    assert _drawn(screen, "3" + key, rows=24)[0] == "answer"


def test_lt_alone_at_the_first_setup_prompt_is_never_taken_for_the_organisations_id(monkeypatch, catalog) -> None:
    """The questionnaire and the language given on the command line, the organisation's id is the
    first prompt: "<" typed there to go back, as at every other prompt, became the id ("<")."""
    from assess.interview import run, tui

    texts = iter(["<", "logemer", "Logemer"])
    monkeypatch.setattr(tui, "ask_text", lambda message, default="", hint=None, **_: next(texts))
    monkeypatch.setattr(tui, "pick", lambda *a, **k: "field")
    got = run._ask_setup(catalog, "housing", "fr", None, None, None, "fr")
    assert got is not None and got[3:] == ("logemer", "Logemer")


@pytest.mark.parametrize("columns", ["60", "80", "100"])
def test_the_progress_line_breaks_between_its_parts(monkeypatch, columns: str) -> None:
    """At 60 columns « Partie 1/6 · Contexte stratégique — question 1 sur 8 — » ended a line and
    « 0/47 au total » began the next. The line is wrapped between its parts, never after a dash."""
    from types import SimpleNamespace

    from assess.interview import tui
    from assess.interview.run import Runner
    from assess.interview.texts import T

    monkeypatch.setenv("COLUMNS", columns)
    progress = SimpleNamespace(section_index=1, sections=6, k=1, n=8, answered=0, total=47)
    fake = SimpleNamespace(
        it=SimpleNamespace(progress=lambda: progress),
        tx=T["fr"],
        tui=tui,
        section_name=lambda s: "Contexte stratégique",
    )
    top = Runner.header(fake, SimpleNamespace(kind="question", section="strategy"))[0][1]
    lines = top.split("\n")
    assert all(len(x) <= int(columns) - 1 for x in lines), lines
    assert not any(x.rstrip().endswith("—") or x.startswith("—") for x in lines), lines
    said = " ".join(lines).replace("\u00a0", " ")
    assert "question 1 sur 8" in said and "0/47 au total" in said
    assert len(lines) == (2 if columns == "60" else 1), lines
