"""The interview's logic, apart from any terminal: order, back, skip, resume and the draft.

A terminal front end (assess/interview/tui.py) asks what `Interview.current()` says and reports what
the person chose; this module decides what comes next and keeps every answer, so that it can be
unit-tested without a terminal.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..answers import FORMAT, MAX_TEXT, AnswerSheet, check_answers, value_problem
from ..errors import AssessError, Problem
from ..model import Question, Questionnaire
from ..output import PRIVATE, write_atomic
from ..plan import Plan, compile_plan
from ..reading import read_json
from ..scoring import ScoreCard, score
from ..vocab import LEVEL_IDS, Lang

DRAFT_FORMAT = "assess-draft/1"
SECTIONS: tuple[str, ...] = (*LEVEL_IDS, "depth", "context")


@dataclass(frozen=True)
class Step:
    kind: str  # "intro" (a level's introduction) or "question"
    section: str  # level id, "depth" or "context"
    question: Question | None = None


@dataclass(frozen=True)
class Progress:
    section: str
    section_index: int  # 1-based among the sections that have questions
    sections: int
    k: int  # question k of n in the section (0 on an intro)
    n: int
    answered: int  # questions answered (or explicitly skipped) so far, overall
    total: int


class Interview:
    """One respondent answering one questionnaire, step by step."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        *,
        lang: str = "fr",
        org_id: str,
        org_name: str | None = None,
        role: str | None = None,
        respondent_id: str | None = None,
        date: str | None = None,
        round_label: str | None = None,
    ) -> None:
        self.q = questionnaire
        self.plan: Plan = compile_plan(questionnaire)
        self.lang: Lang = questionnaire.text_language(lang)
        self.org_id = org_id
        self.org_name = org_name
        self.role = role
        self.respondent_id = respondent_id
        self.date = date
        self.round = round_label  # the assessment round ("2026"), kept in the answers file
        self.answers: dict[str, Any] = {}
        self.comments: dict[str, str] = {}
        self.visited: set[str] = set()  # questions shown and left (answered or skipped)
        self.dropped: list[str] = []  # answers of the draft taken up that did not fit their question
        # the draft's resume code, as a salted hash (`make_lock`): on a computer several people use
        # under one account, only the one who chose the code takes the draft up and sees its answers
        self.lock: dict[str, Any] | None = None
        # drafts of the same respondent set aside when they chose to start again: kept until this
        # questionnaire is finished (then removed, `remove_replaced`), so that a "no" by mistake loses nothing
        self.replaces: list[str] = []
        self.steps = self._steps()
        self.index = 0

    def change_role(self, role: str | None) -> None:
        """Another role, before any answer (the questions asked depend on it): back at the start."""
        if self.answers or self.comments:
            raise ValueError("the role changes only before any answer")
        self.role = role
        self.steps = self._steps()
        self.index = 0

    # --- order ------------------------------------------------------------------------------

    def _steps(self) -> list[Step]:
        steps: list[Step] = []
        for section in SECTIONS:
            qs = [q for q in self.q.questions if q.level == section or (section == "context" and q.level is None)]
            qs = [q for q in qs if self.role is None or self.role in q.roles]
            if not qs:
                continue
            steps.append(Step("intro", section))
            steps.extend(Step("question", section, q) for q in qs)
        return steps

    @property
    def questions(self) -> list[Question]:
        return [s.question for s in self.steps if s.question is not None]

    def current(self) -> Step | None:
        return self.steps[self.index] if self.index < len(self.steps) else None

    @property
    def done(self) -> bool:
        return self.index >= len(self.steps)

    def progress(self) -> Progress:
        step = self.current() or self.steps[-1]
        sections = [s for s in SECTIONS if any(st.section == s for st in self.steps)]
        in_section = [st for st in self.steps if st.section == step.section and st.kind == "question"]
        k = in_section.index(step) + 1 if step.kind == "question" else 0
        return Progress(
            section=step.section,
            section_index=sections.index(step.section) + 1,
            sections=len(sections),
            k=k,
            n=len(in_section),
            answered=len(self.visited),
            total=len(self.questions),
        )

    # --- moves ------------------------------------------------------------------------------

    def next(self) -> None:
        if not self.done:
            self.index += 1

    def back(self) -> bool:
        """Go back to the previous question (skipping intros). False at the first one."""
        i = self.index - 1
        while i >= 0 and self.steps[i].kind != "question":
            i -= 1
        if i < 0:
            return False
        self.index = i
        return True

    def forward(self) -> bool:
        """Keep the current question's answer and move on; only over a question already seen (a
        question never seen is answered or skipped, not stepped over)."""
        step = self.current()
        if step is None or step.question is None or step.question.id not in self.visited:
            return False
        self.next()
        return True

    def answer(self, value: Any) -> None:
        """Record the answer to the current question (None = skip) and move on."""
        step = self.current()
        if step is None or step.question is None:
            raise ValueError("no question to answer here")
        q = step.question
        self._check(q, value)
        if value is None or value == []:
            self.answers.pop(q.id, None)
        else:
            self.answers[q.id] = value
        self.visited.add(q.id)
        self.next()

    def comment(self, text: str) -> None:
        step = self.current()
        if step is None or step.question is None:
            return
        text = text.strip()
        if text:
            self.comments[step.question.id] = text[:MAX_TEXT]
        else:
            self.comments.pop(step.question.id, None)

    def _check(self, q: Question, value: Any) -> None:
        msg = value_problem(self.plan.questions[q.id], value)
        if msg is not None:
            raise ValueError(msg)

    def first_unanswered(self) -> None:
        """Go to the first question without an answer: skipped, or not yet seen."""
        for i, st in enumerate(self.steps):
            if st.kind == "question" and st.question is not None and st.question.id not in self.answers:
                # show the level's introduction first when the level has not been started
                started = any(
                    s.question is not None and s.question.id in self.visited
                    for s in self.steps
                    if s.section == st.section
                )
                self.index = i if started else i - 1
                return
        self.index = len(self.steps)

    # --- files ------------------------------------------------------------------------------

    def to_answers(self) -> dict[str, Any]:
        """The `assess-answers/1` object, the same one `assess score` reads."""
        out: dict[str, Any] = {
            "format": FORMAT,
            "questionnaire": {"id": self.q.id, "version": self.q.version},
            "organisation": {"id": self.org_id},
        }
        if self.org_name:
            out["organisation"]["name"] = self.org_name
        resp = {k: v for k, v in (("id", self.respondent_id), ("role", self.role)) if v}
        if resp:
            out["respondent"] = resp
        if self.date:
            out["date"] = self.date
        if self.round:
            out["round"] = self.round
        out["lang"] = self.lang
        out["answers"] = {q.id: self.answers.get(q.id) for q in self.questions}
        comments = {k: v for k, v in self.comments.items() if v}
        if comments:
            out["comments"] = comments
        return out

    def sheet(self) -> AnswerSheet:
        return check_answers(self.plan, self.to_answers(), "interview").sheet

    def score(self) -> ScoreCard:
        checked = check_answers(self.plan, self.to_answers(), "interview")
        return score(self.plan, checked.sheet.answers, checked.values, checked.sheet.role)

    def to_draft(self, output: str | None = None) -> dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "answers": self.to_answers(),
            "visited": sorted(self.visited),
            "index": self.index,
            "output": output,
            **({"lock": self.lock} if self.lock else {}),
            **({"replaces": self.replaces} if self.replaces else {}),
        }

    @classmethod
    def from_draft(cls, questionnaire: Questionnaire, draft: dict[str, Any], source: str = "") -> Interview:
        """Rebuild an interview from a draft, or from a plain answers file."""
        if draft.get("format") == DRAFT_FORMAT:
            answers = draft.get("answers")
            visited = draft.get("visited") or []
        elif draft.get("format") == FORMAT:
            answers = draft
            visited = None
        else:
            raise AssessError(Problem(source, "not a draft or answers file of assess"))
        if not isinstance(answers, dict):
            raise AssessError(Problem(source, "draft without answers"))
        plan = compile_plan(questionnaire)
        # an answer that does not fit its question (the file edited, or damaged) is dropped and its
        # question asked again; the rest of the draft is kept
        dropped: list[str] = []
        given = answers.get("answers")
        if isinstance(given, dict):
            for q_id, a in given.items():
                q = plan.questions.get(q_id) if isinstance(q_id, str) else None
                if q is not None and value_problem(q, a) is not None:
                    dropped.append(q_id)
            if dropped:
                answers = {**answers, "answers": {k: v for k, v in given.items() if k not in dropped}}
        sheet = check_answers(plan, answers, source).sheet
        it = cls(
            questionnaire,
            lang=sheet.lang or "fr",
            org_id=sheet.organisation_id,
            org_name=sheet.organisation_name,
            role=sheet.role,
            respondent_id=sheet.respondent_id,
            date=sheet.date,
            round_label=sheet.round,
        )
        it.answers = dict(sheet.answers)
        it.comments = dict(sheet.comments)
        known = {q.id for q in it.questions}
        it.visited = {v for v in (visited if visited is not None else sheet.answers) if v in known} - set(dropped)
        it.dropped = dropped
        if visited is not None:  # a draft, not an answers file: its code and the drafts it replaces
            lock = draft.get("lock")
            it.lock = lock if isinstance(lock, dict) else None
            replaces = draft.get("replaces")
            it.replaces = [p for p in replaces if isinstance(p, str)] if isinstance(replaces, list) else []
        idx = draft.get("index")
        again = [i for i, st in enumerate(it.steps) if st.question is not None and st.question.id in dropped]
        if again:  # back to the first answer to give again
            it.index = again[0]
        elif isinstance(idx, int) and 0 <= idx <= len(it.steps) and visited is not None:
            it.index = idx
        else:
            it.first_unanswered()
            if it.done and visited is None:  # a finished answers file is reopened to change it: from the start
                it.index = 0
        return it


# --- where drafts live ------------------------------------------------------------------------

DRAFTS_ENV = "ASSESS_DRAFTS_DIR"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def drafts_dir() -> Path:
    """$ASSESS_DRAFTS_DIR, else $XDG_STATE_HOME/assess/drafts, else ~/.local/state/assess/drafts."""
    env = os.environ.get(DRAFTS_ENV)
    if env:
        return Path(env)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "assess" / "drafts"


def draft_path(questionnaire_id: str, org_id: str, who: str | None) -> Path:
    """A respondent's draft, named by the rule of every file named from data (`safe_filename`): an id
    that is not a safe name as it is gets its hash, so that two respondents never share a draft.
    (Each id made safe alone, cut at 150 characters, gave `a/b` and `a_b`, `a--b` with `c` and `a`
    with `b--c`, or two long ids of one beginning, the same draft, offered to the other person.)"""
    import hashlib

    from ..names import safe_filename

    parts = [questionnaire_id, org_id, "anonyme" if who is None else who]
    safe = [safe_filename(p) for p in parts]
    name = "--".join(safe)
    if any("--" in s for s in safe):  # `--` joins the parts: an id holding it is told by the whole's hash
        name += "-" + hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:8]
    return drafts_dir() / f"{name}.json"


ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to copy from a screen


def new_respondent_id(questionnaire_id: str, org_id: str) -> str:
    """A random respondent id (e.g. `k7m2-q9xa`) whose draft does not exist yet."""
    import secrets

    while True:
        rid = "-".join("".join(secrets.choice(ID_ALPHABET) for _ in range(4)) for _ in range(2))
        if not draft_path(questionnaire_id, org_id, rid).exists():
            return rid


def set_aside(path: Path, why: str = "unreadable") -> Path:
    """Move a draft that cannot be taken up out of the way, under a name that says why
    ("unreadable", or the questionnaire's version it was made with), and return where."""
    import time

    stamp = time.strftime("%Y%m%d-%H%M%S")
    why = _UNSAFE.sub("_", why)
    target = free_name(path.with_name(f"{path.stem}.{why}-{stamp}{path.suffix}"), "-")
    path.rename(target)
    return target


def free_name(path: Path, mark: str = ".") -> Path:
    """`path`, or when a file is there already, the first free name beside it (`NAME.2.json`, or
    with `mark` "-" `NAME-2.json`)."""
    n = 1
    target = path
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}{mark}{n}{path.suffix}")
    return target


SET_ASIDE = "set-aside"  # the name's mark of a draft its respondent chose to start again from


def remove_replaced(it: Interview) -> list[Path]:
    """Remove the drafts set aside when this respondent chose to start again (the questionnaire is
    now finished); only files of the drafts folder with the mark of a draft set aside are ever
    touched, whatever a draft file says. Returns those removed."""
    folder = drafts_dir().resolve()
    removed = []
    for name in it.replaces:
        path = Path(name)
        if path.resolve().parent != folder or f".{SET_ASIDE}-" not in path.name or not path.is_file():
            continue
        try:
            path.unlink()
        except OSError:
            continue  # kept: nothing is lost, and the answers are written already
        removed.append(path)
    return removed


# --- the resume code ---------------------------------------------------------------------------

CODE_MIN = 4
_ROUNDS = 100_000


def make_lock(code: str) -> dict[str, Any]:
    """What a draft keeps of its resume code: a salted hash, never the code."""
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", code.encode("utf-8"), salt, _ROUNDS)
    return {"kdf": "pbkdf2-sha256", "rounds": _ROUNDS, "salt": salt.hex(), "hash": digest.hex()}


def code_fits(lock: dict[str, Any], code: str) -> bool:
    """Whether `code` is the one the draft was locked with. A lock that cannot be read lets nobody in."""
    import hashlib
    import hmac

    try:
        salt = bytes.fromhex(lock["salt"])
        rounds = int(lock["rounds"])
        expected = bytes.fromhex(lock["hash"])
    except (KeyError, TypeError, ValueError):
        return False
    if lock.get("kdf") != "pbkdf2-sha256" or not 1 <= rounds <= 10_000_000:
        return False
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", code.encode("utf-8"), salt, rounds), expected)


def save_draft(it: Interview, path: Path, output: str | None = None) -> None:
    """The draft readable by its owner only: "nobody else sees your answers in progress", says the
    screen, and another account on the same computer could read a file made with the umask's 0644
    in a folder made 0755."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    import orjson

    write_atomic(path, orjson.dumps(it.to_draft(output)), perms=PRIVATE)


def load_draft(path: Path) -> dict[str, Any]:
    obj = read_json(str(path))
    if not isinstance(obj, dict):
        raise AssessError(Problem(str(path), "not a draft file"))
    return obj
