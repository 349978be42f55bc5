"""End to end: the real `assess run` in a pseudo-terminal, driven with the arrow keys.

It answers the whole housing questionnaire, goes back once to change an answer, is killed midway,
resumed from its draft, and the final answers file is checked and scored.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sys
from pathlib import Path

import pytest

from assess.api import score
from assess.interview.state import Interview

pexpect = pytest.importorskip("pexpect")

DOWN, UP, LEFT, ENTER, SPACE = "\x1b[B", "\x1b[A", "\x1b[D", "\r", " "
TIMEOUT = 20


@pytest.fixture(scope="module")
def housing(catalog):
    """`assess run housing` asks the newest version (conftest's `housing` is 1.0.0, for the engine)."""
    return catalog.questionnaire("housing")


@pytest.fixture(scope="module")
def plan(catalog):
    return catalog.plan_for("housing")


def first_part(q) -> int:
    """How many questions the first part (strategy) asks of field staff."""
    return sum(1 for x in q.questions if x.level == "strategy" and "field" in x.roles)


def assess_exe() -> list[str]:
    exe = shutil.which("assess")
    return [exe] if exe else [sys.executable, "-m", "assess"]


# the command to resume, perhaps set out over two lines (` \\` at the end of the first) when the
# draft's path, in pytest's long temporary folder, makes it wider than the terminal
RESUME = r"assess run( \\\r\n *)? --lang (fr|en)( \\\r\n *)? --resume"  # with the answers' language
CODE = "k4z9"  # the resume code every test respondent chooses, and gives again to resume
CODE_PROMPTS = ["Code de reprise|Resume code", "une seconde fois|same code again", "Votre code de reprise|Your resume"]


class Respondent(pexpect.spawn):
    """A child that chooses its resume code, and gives it again, whenever asked (`codes=False`: the
    test answers those prompts itself), so that each test says only what it is about."""

    codes = True

    def expect(self, pattern, *args, **kwargs):  # type: ignore[override]
        patterns = pattern if isinstance(pattern, list) else [pattern]
        if not self.codes:
            i = super().expect(patterns, *args, **kwargs)
            return i
        while True:
            i = super().expect([*[re.compile(p) for p in CODE_PROMPTS], *patterns], *args, **kwargs)
            if i >= len(CODE_PROMPTS):
                return i - len(CODE_PROMPTS)
            self.send(CODE + ENTER)
            super().expect("\n")  # the prompt drawn again as it is typed, up to its end: not asked twice


def spawn(args: list[str], tmp_path: Path, codes: bool = True):
    env = {**os.environ, "ASSESS_DRAFTS_DIR": str(tmp_path / "drafts"), "TERM": "xterm", "LANG": "C.UTF-8"}
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"  # pexpect does not answer cursor-position requests: do not wait for one
    env.pop("NO_COLOR", None)
    cmd = [*assess_exe(), *args]
    child = Respondent(
        cmd[0], cmd[1:], cwd=str(tmp_path), env=env, encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 120)
    )
    child.codes = codes
    return without_pauses(child)


def without_pauses(child: pexpect.spawn) -> pexpect.spawn:
    """Every key is sent once its screen is shown (an `expect` first), so pexpect's 50 ms pause before
    each send only made the whole questionnaire last 3 s longer; and closing paused 0.1 s "to give
    the kernel time": `close` waits for the exit instead."""
    child.delaybeforesend = None
    child.ptyproc.delayafterclose = 0
    return child


def close(child: pexpect.spawn) -> None:
    """Once the process has ended (EOF read, or killed): wait for its exit, then close its terminal
    (closing first, without pexpect's pause, would find it alive and hang it up)."""
    child.wait()
    child.close()


def finish_without_report(child: pexpect.spawn) -> None:
    """The last screen's question "Produire le rapport maintenant ?" answered with its default
    ("Non"): the run ends, with exit code 0."""
    child.expect("Produire le rapport maintenant")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    close(child)
    assert child.exitstatus == 0, child.before


def quit_at_the_start(child: pexpect.spawn) -> None:
    """At the screen before the first question: q saves the draft and quits."""
    child.expect("Entrée.{1,20}?: commencer")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)


def screen_pattern(it: Interview) -> str:
    p = it.progress()
    st = it.current()
    if st.kind == "intro":
        return rf"Partie {p.section_index}/{p.sections} .{{0,1500}}?Entrée.{{1,20}}?: commencer"
    return rf"Partie {p.section_index}/{p.sections} .{{0,300}}?question {p.k} sur {p.n}\b"


def choose(q, i: int):
    """(keys to press, expected answer) for question q, varied by i."""
    if q.type == "single":
        k = i % len(q.options)
        return DOWN * (k + 1) + ENTER, q.options[k].id  # nothing is highlighted at first
    if q.type == "multi":
        plain = [o for o in q.options if not o.exclusive]
        k = i % len(plain)
        return DOWN * (k + 1) + SPACE + ENTER, [plain[k].id]
    if q.type == "scale":
        k = i % (q.scale.max - q.scale.min + 1)
        return DOWN * (k + 1) + ENTER, q.scale.min + k
    return "texte libre" + ENTER, "texte libre"


def drive(child, it: Interview, expected: dict, stop_after: int | None = None, go_back_at: int | None = None) -> int:
    """Answer screens until done (or until `stop_after` answers). Mirrors every move on `it`."""
    answered = 0
    while not it.done:
        child.expect(re.compile(screen_pattern(it), re.S))
        st = it.current()
        if st.kind == "intro":
            child.send(ENTER)
            it.next()
            continue
        if go_back_at is not None and answered == go_back_at:
            child.send(LEFT)  # back to the previous question, then change its answer
            it.back()
            child.expect(re.compile(screen_pattern(it), re.S))
            q = it.current().question
            assert q.type == "single"
            # the cursor starts on the answer given before: move from there to another option
            ids = [o.id for o in q.options] + (["dont_know"] if q.dont_know else [])
            start = ids.index(it.answers[q.id])
            target = (start + 1) % len(q.options)
            value = q.options[target].id
            child.send(DOWN * ((target - start) % len(ids)) + ENTER)
            it.answer(value)
            expected[q.id] = value
            go_back_at = None
            continue
        q = st.question
        keys, value = choose(q, answered)
        child.send(keys)
        it.answer(value)
        expected[q.id] = value
        answered += 1
        if stop_after is not None and answered >= stop_after:
            return answered
    return answered


@pytest.mark.slow
def test_run_whole_questionnaire_with_back_kill_and_resume(tmp_path: Path, housing, plan) -> None:
    out = tmp_path / "answers.json"
    child = spawn(
        [
            "run",
            "housing",
            "--lang",
            "fr",
            "--role",
            "field",
            "--org-id",
            "e2e",
            "--org-name",
            "E2E",
            "--respondent-id",
            "p1",
            "-o",
            str(out),
        ],
        tmp_path,
    )
    it = Interview(housing, lang="fr", org_id="e2e", org_name="E2E", role="field", respondent_id="p1")
    expected: dict = {}
    drive(child, it, expected, stop_after=15, go_back_at=6)
    # the 15th answer was sent; wait until the draft holds it, then kill without warning
    draft = tmp_path / "drafts" / "housing--e2e--p1.json"
    child.expect(re.compile(screen_pattern(it), re.S))
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert {k: v for k, v in saved["answers"]["answers"].items() if v is not None} == expected
    child.kill(signal.SIGKILL)
    close(child)
    assert not out.exists()

    child = spawn(["run", "--resume", str(draft)], tmp_path)
    drive(child, it, expected)
    # the summary reads on its own: what 0 and 100 mean, the overall position, a signal's severity
    child.expect("Chaque niveau va de 0 \\(pôle numérique")
    child.expect(r"Position globale\u00a0: \d+ / 100")  # French spacing kept together
    finish_without_report(child)

    obj = json.loads(out.read_text(encoding="utf-8"))
    assert obj["format"] == "assess-answers/1"
    assert obj["organisation"] == {"id": "e2e", "name": "E2E"}
    assert obj["respondent"] == {"id": "p1", "role": "field"}
    assert {k: v for k, v in obj["answers"].items() if v is not None} == expected
    assert len(expected) == len(housing.questions)
    assert not draft.exists()  # finished: the draft is gone
    card = score(plan, obj)
    assert card == score(plan, it.to_answers())
    assert all(ls.coverage == 1.0 for ls in card.levels.values())


@pytest.mark.slow
def test_ctrl_c_saves_and_exits_130_and_drafts_are_per_respondent(tmp_path: Path, housing) -> None:
    args = ["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c1", "--org-name", "C"]
    child = spawn(args, tmp_path)
    child.expect(r"Votre identifiant de répondant.{1,20}?: ([a-z2-9]{4}-[a-z2-9]{4})")
    mine = child.match.group(1)
    child.expect("Entrée.{1,20}?: commencer")
    child.send(ENTER)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send(DOWN + DOWN + ENTER)
    child.expect(f"question 2 sur {first_part(housing)}")
    child.sendcontrol("c")
    child.expect(RESUME)
    child.expect(pexpect.EOF)
    close(child)
    assert child.exitstatus == 130
    draft_file = tmp_path / "drafts" / f"housing--c1--{mine}.json"
    draft = json.loads(draft_file.read_text(encoding="utf-8"))
    first = housing.questions[0]
    assert draft["answers"]["answers"][first.id] == first.options[1].id

    # a colleague of the same role, on the same machine, is neither offered nor shown that draft
    child = spawn(args, tmp_path)
    child.expect(r"Votre identifiant de répondant.{1,20}?: ([a-z2-9]{4}-[a-z2-9]{4})")
    theirs = child.match.group(1)
    assert theirs != mine
    i = child.expect(["Oui, reprendre", "Entrée.{1,20}?: commencer"])
    assert i == 1
    child.send(ENTER)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    assert json.loads(draft_file.read_text(encoding="utf-8")) == draft  # untouched

    # the respondent comes back with their id: offered their own draft, said before the question
    child = spawn([*args, "--respondent-id", mine], tmp_path)
    child.expect(f"Un questionnaire commencé existe pour\\W+{mine}\\W+\\(1 réponse\\)\\. Son brouillon")
    child.expect("Le reprendre")
    child.expect("Oui, reprendre")
    child.send(ENTER)
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    assert child.exitstatus == 3  # saved, not finished: no answers file yet

    # with only the organisation and their id: their draft is offered before any question on who
    # they are (the draft holds it); starting anew asks the organisation's name and the role then
    child = spawn(["run", "housing", "--lang", "fr", "--org-id", "c1", "--respondent-id", mine], tmp_path)
    assert child.expect(["Oui, reprendre", "Nom de l'organisation", "Quelle est votre place"]) == 0
    child.send(DOWN + ENTER)
    child.expect("Nom de l'organisation")
    child.send("C" + ENTER)
    child.expect("Quelle est votre place")
    child.send("2" + ENTER)
    quit_at_the_start(child)
    assert json.loads(draft_file.read_text(encoding="utf-8"))["answers"]["respondent"]["role"] == "management"

    # coming back in English to a draft begun in French: the language just chosen is the one used
    child = spawn(["run", "housing", "--lang", "en", "--org-id", "c1", "--respondent-id", mine], tmp_path)
    child.expect("Yes, pick up where I stopped")
    child.send(ENTER)
    child.expect(r"Enter.{0,20}?: start|question \d+ of")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    assert json.loads(draft_file.read_text(encoding="utf-8"))["answers"]["lang"] == "en"


@pytest.mark.slow
def test_unreadable_draft_is_kept_aside(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    bad = drafts / "housing--c2--p9.json"
    bad.write_bytes(b'{"answers": {"broken')
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c2", "--respondent-id", "p9",
                   "--org-name", "C"], tmp_path)  # fmt: skip
    # the path stays whole on its line, so the sentence wraps where its length puts it; the cause is
    # in the interface's language
    child.expect(r"est\s+illisible\s+\(JSON\s+mal\s+formé")
    quit_at_the_start(child)
    kept = list(drafts.glob("housing--c2--p9.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b'{"answers": {"broken'


def _old_draft(tmp_path: Path, catalog, version: str) -> Path:
    """A draft of housing 1.0.0 (one answer), as made before the upgrade to 2.x, named `version`."""
    from assess.interview.state import Interview

    it = Interview(catalog.questionnaire("housing", "1.0.0"), lang="fr", org_id="c8", role="field", respondent_id="p8")
    it.next()
    q = it.current().question
    it.answer(q.options[0].id)
    draft = it.to_draft()
    draft["answers"]["questionnaire"]["version"] = version
    path = tmp_path / "drafts" / "housing--c8--p8.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(draft), encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_draft_of_an_older_major_version_is_resumed_with_it(tmp_path: Path, catalog) -> None:
    """A draft of housing 1.x, after the upgrade to 2.x, was found "illisible" and set aside: it is
    offered and taken up with its own version, as --resume does."""
    path = _old_draft(tmp_path, catalog, "1.0.0")
    child = spawn(["run", "housing", "--lang", "fr", "--org-id", "c8", "--respondent-id", "p8"], tmp_path)
    child.expect(r"version\s+1\.0\.0\s+du\s+questionnaire")
    child.expect("Oui, reprendre")
    child.send(ENTER)
    child.expect("question 2 sur")
    assert "illisible" not in child.before
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    draft = json.loads(path.read_text(encoding="utf-8"))
    assert draft["answers"]["questionnaire"]["version"] == "1.0.0" and len(draft["visited"]) == 1


@pytest.mark.slow
def test_a_draft_of_a_version_not_installed_is_kept_and_said_plainly(tmp_path: Path, catalog) -> None:
    path = _old_draft(tmp_path, catalog, "9.0.0")
    before = path.read_bytes()
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c8", "--respondent-id", "p8",
                   "--org-name", "C"], tmp_path)  # fmt: skip
    child.expect(r"version\s+9\.0\.0\s+du\s+questionnaire,\s+qui\s+n'est\s+plus\s+installée")
    child.expect(r"gardé\s+tel\s+quel")
    assert "illisible" not in child.before
    quit_at_the_start(child)
    kept = list((tmp_path / "drafts").glob("housing--c8--p8.v9.0.0-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == before


def test_without_terminal_points_to_template_and_score(tmp_path: Path) -> None:
    import subprocess

    p = subprocess.run(
        [*assess_exe(), "run", "housing"], input="", capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert p.returncode == 2
    assert "assess template" in p.stderr and "assess score" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.slow
def test_stray_enter_records_nothing_digits_confirm_and_navigation(tmp_path: Path, housing) -> None:
    args = ["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c3", "--org-name", "C",
            "--respondent-id", "p3"]  # fmt: skip
    child = spawn(args, tmp_path)
    child.expect("Entrée.{1,20}?: commencer")
    child.send(ENTER)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send(ENTER)  # nothing highlighted: Enter records nothing and says what to do
    child.expect("Choisissez une réponse")
    draft_file = tmp_path / "drafts" / "housing--c3--p3.json"
    assert json.loads(draft_file.read_text(encoding="utf-8"))["answers"]["answers"][housing.questions[0].id] is None
    child.send("2")  # the choice stays on screen a moment: (•) on the second option
    child.expect(r"\(•\)")
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send(LEFT)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send("\x1b[C")  # → keeps the answer and moves on
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send(DOWN + ENTER)
    child.expect(f"question 3 sur {first_part(housing)}")
    child.send(LEFT + LEFT)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send("3")  # another answer: the log says that the one above it no longer holds
    child.expect("réponse modifiée")
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send("u")  # to the first question without an answer
    child.expect(f"question 3 sur {first_part(housing)}")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    answers = json.loads(draft_file.read_text(encoding="utf-8"))["answers"]["answers"]
    q1, q2 = housing.questions[0], housing.questions[1]
    assert answers[q1.id] == q1.options[2].id and answers[q2.id] == q2.options[0].id


@pytest.mark.slow
def test_a_text_pasted_without_bracketed_paste_keeps_its_first_line_and_answers_nothing(
    tmp_path: Path, housing
) -> None:
    """Pasted into a comment in a terminal without bracketed paste, a text comes as keys in one
    burst: its first newline ended the prompt, and the rest drove the next screen ("u" jumped, "2"
    answered, "q" quit). The rest is now dropped, and said; the question is still there to answer."""
    args = ["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c4", "--org-name", "C",
            "--respondent-id", "p4"]  # fmt: skip
    child = spawn(args, tmp_path)
    child.expect("Entrée.{1,20}?: commencer")
    child.send(ENTER)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send("c")
    child.expect("Votre commentaire")
    child.send("ligne un" + ENTER + "u2q3" + ENTER)  # one write, as a paste
    child.expect("seule sa première ligne a été gardée")
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send("3")
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    saved = json.loads((tmp_path / "drafts" / "housing--c4--p4.json").read_text(encoding="utf-8"))["answers"]
    q1 = housing.questions[0]
    assert saved["comments"] == {q1.id: "ligne un"}
    assert saved["answers"][q1.id] == q1.options[2].id


def test_full_disk_during_a_save_stops_with_a_resumable_draft(tmp_path: Path, housing) -> None:
    """A file-size limit makes every write past a few kilobytes fail, as a full disk does: the
    questionnaire stops with a message naming the draft, and the previous draft is whole."""
    import resource

    drafts = tmp_path / "drafts"
    args = ["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c4", "--org-name", "C",
            "--respondent-id", "p4"]  # fmt: skip
    env = {**os.environ, "ASSESS_DRAFTS_DIR": str(drafts), "TERM": "xterm", "LANG": "C.UTF-8",
           "PROMPT_TOOLKIT_NO_CPR": "1"}  # fmt: skip
    draft_file = drafts / "housing--c4--p4.json"
    cmd = assess_exe()
    # first, the draft as it is after two answers, to know its size
    child = without_pauses(Respondent(cmd[0], [*cmd[1:], *args], cwd=str(tmp_path), env=env, encoding="utf-8",
                                         timeout=TIMEOUT, dimensions=(40, 120)))  # fmt: skip
    child.expect("Entrée.{1,20}?: commencer")
    child.send(ENTER)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send(DOWN + ENTER)
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    before = draft_file.read_bytes()
    limit = len(before) + 2  # the next answer makes the draft longer than this

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    child = without_pauses(Respondent(cmd[0], [*cmd[1:], *args], cwd=str(tmp_path), env=env, encoding="utf-8",
                                         timeout=TIMEOUT, dimensions=(40, 120), preexec_fn=small_disk))  # fmt: skip
    child.expect("Oui, reprendre")
    child.send(ENTER)
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send(DOWN + ENTER)  # this answer cannot be saved
    child.expect(r"n'a\s+pas\s+pu\s+être\s+enregistré")  # after a path: wrapped where its length puts it
    child.expect(RESUME)
    child.expect(pexpect.EOF)
    close(child)
    assert child.exitstatus == 1
    assert "Traceback" not in (child.before or "")
    assert draft_file.read_bytes() == before  # the previous draft, whole
    assert not list(drafts.glob("*.tmp")) and not list(drafts.glob(".assess-*"))


@pytest.mark.slow
def test_resume_of_another_major_version_names_the_file(tmp_path: Path, housing) -> None:
    from .conftest import uniform

    old = tmp_path / "old-answers.json"
    doc = uniform(housing, "max", org="c5")
    doc["questionnaire"]["version"] = "9.0.0"
    old.write_text(json.dumps(doc), encoding="utf-8")
    child = spawn(["run", "--resume", str(old)], tmp_path)
    child.expect(pexpect.EOF)
    close(child)
    assert child.exitstatus == 1
    assert f"error: {old}: answers are for housing version 9.0.0" in child.before.replace("\r\n", " ").replace(
        "  ", " "
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("typed", "said"),
    [("Mon Orga", "sans espace, s'il vous plaît \\(ex.\\W*logeterre\\)"),
     ("mon-orga\u200b", "caractère invisible \\(U\\+200B\\)")],
)  # fmt: skip
def test_an_organisation_id_with_a_space_or_a_hidden_character_is_asked_again(
    tmp_path: Path, typed: str, said: str
) -> None:
    """The explanation, with an example of the questionnaire's sector, stands on a line of its own:
    the prompt was 77 characters long, and at 80 columns what was typed wrapped after three letters.
    A zero-width space pasted after the id: the id prints as "mon-orga" but is another organisation
    (its answers were refused when scored); asked again, with the character's code."""
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", "--org-name", "O"], tmp_path)
    child.expect("L'identifiant de l'organisation est un mot court, sans espace \\(ex.\\W*logeterre\\)")
    child.expect("Identifiant(\\x1b\\[0m| |\u00a0)*:")
    child.send(typed + ENTER)
    child.expect(said)
    child.expect("Identifiant(\\x1b\\[0m| |\u00a0)*:")
    child.send("mon-orga" + ENTER)
    quit_at_the_start(child)
    assert [p.name.split("--")[1] for p in (tmp_path / "drafts").glob("*.json")] == ["mon-orga"]


@pytest.mark.slow
def test_ids_given_blank_are_no_ids_the_organisations_asked_and_the_respondents_made(tmp_path: Path) -> None:
    """`--org-id " "` went into the answers file, which scoring then refused (a blank id);
    `--respondent-id ""` too, and every respondent given it counted as one. A blank id is no id; an
    id is read without its outer spaces, as `assess import` reads one (" o1 " was not "o1")."""
    blank = ["--org-id", " ", "--respondent-id", ""]
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", *blank, "--org-name", "O"], tmp_path)
    child.expect("Identifiant(\\x1b\\[0m| |\u00a0)*:")
    child.send("mon-orga" + ENTER)
    child.expect(r"Votre identifiant de répondant.{1,20}?: ([a-z2-9]{4}-[a-z2-9]{4})")
    made = child.match.group(1)
    # the command to resume, with the answers' language (without it, a French draft resumed under
    # another locale was asked for its code in English, then its language in French)
    child.expect(r"assess run housing[^\r\n]*--respondent-id")
    assert " --lang fr " in child.after, child.after
    quit_at_the_start(child)
    assert [p.name.split("--")[1:] for p in (tmp_path / "drafts").glob("*.json")] == [["mon-orga", f"{made}.json"]]
    spaced = ["--org-id", " o1 ", "--respondent-id", " r1 "]
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", *spaced, "--org-name", "O"], tmp_path)
    quit_at_the_start(child)
    assert (tmp_path / "drafts" / "housing--o1--r1.json").exists(), list((tmp_path / "drafts").iterdir())


@pytest.mark.slow
def test_enter_with_nothing_ticked_on_a_multiple_choice_says_what_to_do(tmp_path: Path) -> None:
    """As on a single choice, Enter records nothing until an answer is ticked (it skipped without a
    word); s still skips. Space before a line is chosen says how to choose one (it did nothing, and
    a respondent meaning to tick the first line then ticked only the second)."""
    fixtures = Path(__file__).parent / "fixtures"
    args = ["run", "synthetic", "--questionnaires-dir", str(fixtures), "--lang", "fr", "--role", "field",
            "--org-id", "o", "--org-name", "O", "--respondent-id", "r"]  # fmt: skip
    child = spawn(args, tmp_path)
    child.expect("Entrée.{1,20}?: commencer")
    child.send(ENTER)
    child.expect("question 1 sur")
    child.send("1")
    child.expect("question 2 sur")
    child.send(" ")  # Space before any line is chosen: it ticked nothing, and said nothing
    child.expect("d'abord")  # the notice (its spaces may be drawn as cursor moves over blank ones)
    child.send(ENTER)
    child.expect("ochez au moins une réponse")  # its "C" kept on screen from "Choisissez": not sent again
    child.send("s")  # on to the next part (its one other question is not asked of field staff)
    quit_at_the_start(child)
    draft = json.loads((tmp_path / "drafts" / "synthetic--o--r.json").read_text(encoding="utf-8"))
    assert draft["answers"]["answers"].get("s_mean") is None and "s_mean" in draft["visited"]


def test_back_at_the_start_changes_the_role(tmp_path: Path) -> None:
    """A wrong role chosen on the screen before could not be corrected (← said "this is the first
    question"): before any answer, ← asks the role again, the current one highlighted."""
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c5", "--org-name", "C",
                   "--respondent-id", "p5"], tmp_path)  # fmt: skip
    child.expect("Entrée.{1,20}?: commencer")
    child.send(LEFT)
    child.expect("Quelle est votre place")
    child.send(UP + ENTER)  # from field (highlighted) to management
    child.expect("Votre place.{1,2}: Encadrement")  # the choice stays in view once its screen is gone
    quit_at_the_start(child)
    draft = json.loads((tmp_path / "drafts" / "housing--c5--p5.json").read_text(encoding="utf-8"))
    assert draft["answers"]["respondent"]["role"] == "management"


def test_a_choice_before_the_questions_shows_its_keys_and_explains_enter(tmp_path: Path) -> None:
    """The questionnaire's menu showed no keys, and Enter with nothing chosen did nothing."""
    child = spawn(["run", "--lang", "fr"], tmp_path)
    child.expect("Quel questionnaire")
    child.expect("un chiffre.{1,20}?: choisir")  # the keys' words are styled apart
    child.send(ENTER)
    child.expect("Choisissez d'abord une ligne")
    child.send("1")
    child.expect("Questionnaire.{1,2}: [^\r\n]{8}")
    child.expect("identifiant de l'organisation")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    close(child)


def test_coming_back_offers_the_drafts_language_first(tmp_path: Path) -> None:
    """Coming back with an id, without --lang: the language was asked with the interface's language
    first (English here) before the French draft was offered; the draft's language comes first."""
    args = ["run", "housing", "--role", "field", "--org-id", "c7", "--org-name", "C", "--respondent-id", "p7"]
    child = spawn([*args, "--lang", "fr"], tmp_path)
    quit_at_the_start(child)
    child = spawn(args, tmp_path)  # LANG=C.UTF-8: the interface would say English
    child.expect("Français")
    child.send(ENTER)  # the highlighted language: the draft's
    child.expect("Langue.{1,2}: Français")  # said in the language chosen
    child.expect("Oui, reprendre")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    close(child)


@pytest.mark.slow
def test_a_finished_answers_file_reopened_is_changed_in_place_and_kept_whole_on_quit(tmp_path: Path, plan) -> None:
    """`--resume ANSWERS.json` reopens a finished file to change it: it starts at the first question
    (it went straight to the summary), quitting leaves the file as it was (it was overwritten with a
    draft that `assess score` refuses), and finishing writes the file where it was (it was deleted and
    the answers written under another name in the current folder)."""
    folder = tmp_path / "answers"
    folder.mkdir()
    mine = folder / "mine.json"
    example = Path(__file__).parent.parent / "examples" / "housing" / "logemer-gestionnaire-1.json"
    original = example.read_bytes()
    mine.write_bytes(original)
    first = json.loads(original)
    q1 = next(q for q in plan.questions.values() if q.asked_of("field"))

    child = spawn(["run", "--resume", str(mine), "--lang", "fr"], tmp_path)
    child.expect("Entrée.{1,20}?: commencer")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    assert mine.read_bytes() == original  # still the answers file, untouched

    child = spawn(["run", "--resume", str(mine), "--lang", "fr"], tmp_path)
    child.expect("Entrée.{1,20}?: commencer")
    child.send(ENTER)
    child.expect(r"question 1 sur \d+")
    child.send(DOWN + ENTER)  # the cursor starts on the answer given: the next option
    child.expect(r"question 2 sur \d+")
    child.send("u")  # every question has its answer: to the end
    finish_without_report(child)
    obj = json.loads(mine.read_text(encoding="utf-8"))
    assert obj["format"] == "assess-answers/1"
    assert obj["answers"][q1.id] != first["answers"][q1.id]
    assert {k: v for k, v in obj["answers"].items() if k != q1.id} == {
        k: v for k, v in first["answers"].items() if k != q1.id
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers", "drafts"]  # nothing written elsewhere
    # finished: its draft is gone; the one left by the first reopening (quit) stays as it was, never
    # overwritten by the second (it was: changes in progress lost)
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == ["housing--logemer--gestionnaire-1.json"]


def test_right_arrow_on_a_question_not_yet_seen_says_why_it_stays(tmp_path: Path) -> None:
    """→ on a question never seen did nothing and said nothing."""
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c9", "--org-name", "C",
                   "--respondent-id", "p9"], tmp_path)  # fmt: skip
    child.expect("Entrée.{1,20}?: commencer")
    child.send(ENTER)
    child.expect("question 1 sur")
    child.send("\x1b[C")
    child.expect(r"répondez\s+d'abord\s+à\s+celle-ci")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)


@pytest.mark.slow
def test_a_colleagues_id_asks_their_code_and_no_to_resume_keeps_the_draft(tmp_path: Path, housing) -> None:
    """In a terminal: a respondent's draft asks their code before anything of it is said (a colleague
    who types their id on the same account cannot pass); "no" to resuming keeps it aside, said."""
    args = ["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c10", "--org-name", "C",
            "--respondent-id", "p10"]  # fmt: skip
    child = spawn(args, tmp_path, codes=False)
    child.expect("Choisissez un code de reprise")
    child.expect("Code de reprise")
    child.send("ab" + ENTER)
    child.expect("au moins 4 caractères")
    child.expect("Code de reprise")
    child.send(CODE + ENTER)
    child.expect("une seconde fois")
    child.send(CODE + ENTER)
    child.expect("Entrée.{1,20}?: commencer")
    assert CODE not in child.before  # never shown
    child.send(ENTER)
    child.expect(f"question 1 sur {first_part(housing)}")
    child.send("2")
    child.expect(f"question 2 sur {first_part(housing)}")
    child.send("q")
    child.expect(pexpect.EOF)
    close(child)
    draft_file = tmp_path / "drafts" / "housing--c10--p10.json"
    before = draft_file.read_bytes()

    child = spawn(args, tmp_path, codes=False)  # a colleague types that id
    for i, guess in enumerate(("1234", "abcd", "p10p10")):
        if i:  # the next prompt, not the one just answered drawn again: keys sent with its Enter are dropped
            child.expect("Essayez encore")
        child.expect("Votre code de reprise")
        child.send(guess + ENTER)
    child.expect(r"pas\s+le\s+bon\s+code")
    child.expect(pexpect.EOF)
    close(child)
    assert child.exitstatus == 1 and "réponse)" not in child.before and "reprendre ?" not in child.before
    assert draft_file.read_bytes() == before and len(list(draft_file.parent.iterdir())) == 1

    child = spawn(args, tmp_path, codes=False)  # its owner, who says "no" by mistake
    child.expect("Votre code de reprise")
    child.send(CODE + ENTER)
    child.expect(r"\(1 réponse\)")
    child.expect("Non, recommencer")
    child.send("2")
    child.expect(r"n'est\s+pas\s+effacé")
    child.expect(r"--resume\s+(\S+set-aside\S+\.json)")
    kept = Path(child.match.group(1))
    child.expect("Entrée.{1,20}?: commencer")  # its code just given: not asked again
    assert "Code de reprise" not in child.before
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    close(child)
    assert kept.read_bytes() == before


def test_ctrl_c_at_the_resume_code_says_nothing_is_kept(tmp_path: Path) -> None:
    """Ctrl-C at « Code de reprise : » ended with nothing said, under a command printed to resume a
    questionnaire that was never saved."""
    child = spawn(["run", "housing", "--lang", "fr", "--role", "field", "--org-id", "c9", "--org-name", "C"],
                  tmp_path, codes=False)  # fmt: skip
    child.expect("Code de reprise")
    child.sendcontrol("c")
    child.expect("rien n'est enregistré")
    child.expect(pexpect.EOF)
    close(child)
    assert child.exitstatus == 130 and not list((tmp_path / "drafts").glob("*.json"))
