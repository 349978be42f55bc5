"""The one mapping between `assess` ids and LimeSurvey codes, for a questionnaire version.

LimeSurvey wants question codes that start with a letter, are alphanumeric and at most 20
characters, and answer codes of at most 5 characters (INTEROP.md 1a, "Code limits"). Our ids are
slugs with underscores (`str_needs_collected`), so they are mapped here, deterministically: the same
questionnaire version always gives the same codes, and the exporter and the importer both read this
table, so a response file maps back without any file of ours on the consultant's side.

- a question's code is its id without underscores, cut to 20 characters; a clash (two ids that
  differ only by underscores or beyond the 20th character, or the reserved ROLE and QVER) gets a
  number at the end, in questionnaire order;
- a choice's answer code is `A` and its place in the list (`A1`, `A2`…); a scale point's is `V` and
  its number (`V0`…`V5`; `M1` for -1); "don't know" is `NSP` (ne sait pas);
- a multiple choice has one subquestion per option, `SQ001`, `SQ002`…, and `NSP`;
- the role question is `ROLE`, its answers `DIR`, `ENC`, `TER`, `SUP`; the hidden question `QVER`
  carries "<id> <version>".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Question, Questionnaire
from ..vocab import DONT_KNOW, ROLES

ROLE_CODE = "ROLE"
VERSION_CODE = "QVER"
DONT_KNOW_CODE = "NSP"
ROLE_ANSWERS: dict[str, str] = dict(zip(ROLES, ("DIR", "ENC", "TER", "SUP"), strict=True))
QUESTION_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,19}$")
MAX_ANSWER_CODE = 5


def version_tag(q: Questionnaire) -> str:
    """What the hidden QVER question (and the XLSForm's version field) carries."""
    return f"{q.id} {q.version}"


def parse_version_tag(text: str) -> tuple[str, str] | None:
    parts = text.strip().split()
    return (parts[0], parts[1]) if len(parts) == 2 else None


@dataclass(frozen=True)
class QuestionCodes:
    question_id: str
    code: str
    options: dict[str, str]  # option id (or scale point as text, or dont_know) -> answer code
    subquestions: dict[str, str]  # multiple choice: option id (or dont_know) -> subquestion code


def _answer_codes(q: Question) -> tuple[dict[str, str], dict[str, str]]:
    options: dict[str, str] = {}
    subquestions: dict[str, str] = {}
    if q.type == "single":
        options = {o.id: f"A{i}" for i, o in enumerate(q.options, 1)}
    elif q.type == "scale" and q.scale is not None:
        options = {str(k): (f"V{k}" if k >= 0 else f"M{-k}") for k in range(q.scale.min, q.scale.max + 1)}
    elif q.type == "multi":
        subquestions = {o.id: f"SQ{i:03d}" for i, o in enumerate(q.options, 1)}
    if q.dont_know and q.type != "text":
        (subquestions if q.type == "multi" else options)[DONT_KNOW] = DONT_KNOW_CODE
    return options, subquestions


def limesurvey_codes(q: Questionnaire) -> list[QuestionCodes]:
    """Every question's codes, in questionnaire order."""
    taken = {ROLE_CODE.lower(), VERSION_CODE.lower()}
    out = []
    for qq in q.questions:
        base = re.sub(r"[^A-Za-z0-9]", "", qq.id)[:20] or "Q"
        code, n = base, 1
        while code.lower() in taken:  # LimeSurvey compares codes without case in places
            n += 1
            code = base[: 20 - len(str(n))] + str(n)
        taken.add(code.lower())
        options, subquestions = _answer_codes(qq)
        out.append(QuestionCodes(qq.id, code, options, subquestions))
    return out


def codes_json(q: Questionnaire) -> dict[str, Any]:
    """The mapping as `assess export limesurvey ID --codes` prints it."""
    questions: dict[str, Any] = {}
    for c in limesurvey_codes(q):
        entry: dict[str, Any] = {"code": c.code}
        if c.subquestions:
            entry["subquestions"] = dict(c.subquestions)
        else:
            entry["options"] = dict(c.options)
        questions[c.question_id] = entry
    questions[ROLE_CODE] = {"code": ROLE_CODE, "options": dict(ROLE_ANSWERS)}
    return {
        "questionnaire": {"id": q.id, "version": q.version},
        "version_question": {"code": VERSION_CODE, "value": version_tag(q)},
        "questions": questions,
    }
