"""Answers: the `assess-answers/1` format, its JSON Schema, and validation against a questionnaire.

Validation is hand-written on plain dicts (not pydantic) because a consultant's batch runs it tens of
thousands of times a second; the pydantic `AnswerFile` model below is the published schema, and a
test checks that both accept and refuse the same things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from .errors import AnswersError, Problem
from .model import DONT_KNOW, LEVEL_IDS, ROLES, Questionnaire

FORMAT = "assess-answers/1"
_TOP_KEYS = frozenset({"format", "questionnaire", "organisation", "respondent", "date", "lang", "answers", "comments"})
_ROLES = frozenset(ROLES)
MAX_COMMENT = 5000
MAX_ID = 200


# --- the published schema ---------------------------------------------------------------------


class _QRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: StrictStr
    version: Annotated[StrictStr, Field(pattern=r"^\d+\.\d+\.\d+$")]


class _Org(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Annotated[StrictStr, Field(min_length=1, max_length=MAX_ID)]
    name: Annotated[StrictStr, Field(max_length=MAX_ID)] | None = None


class _Respondent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Annotated[StrictStr, Field(max_length=MAX_ID)] | None = None
    role: Literal["direction", "management", "field", "support"] | None = None


AnswerValue = StrictStr | list[StrictStr] | StrictInt | None


class AnswerFile(BaseModel):
    """One respondent's answers (`assess-answers/1`). JSONL files hold one such object a line."""

    model_config = ConfigDict(extra="forbid", title="assess-answers/1")
    format: Literal["assess-answers/1"]
    questionnaire: _QRef
    organisation: _Org
    respondent: _Respondent | None = None
    date: Annotated[StrictStr, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    lang: Literal["fr", "en"] | None = None
    answers: dict[StrictStr, AnswerValue] = Field(
        description="question id -> option id (single), [option ids] (multi), integer (scale), "
        'free text (text), "dont_know", or null (skipped)'
    )
    comments: dict[StrictStr, Annotated[StrictStr, Field(max_length=MAX_COMMENT)]] = Field(default_factory=dict)


# --- the validated answer sheet ----------------------------------------------------------------


@dataclass(slots=True)
class AnswerSheet:
    """One respondent's answers, checked against their questionnaire."""

    questionnaire_id: str
    questionnaire_version: str
    organisation_id: str
    organisation_name: str | None
    respondent_id: str | None
    role: str | None
    answers: dict[str, Any]  # only answered questions; "dont_know" kept as such
    comments: dict[str, str] = field(default_factory=dict)
    date: str | None = None
    lang: str | None = None
    source: str = ""
    line: int | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Back to the `assess-answers/1` format."""
        out: dict[str, Any] = {
            "format": FORMAT,
            "questionnaire": {"id": self.questionnaire_id, "version": self.questionnaire_version},
            "organisation": {"id": self.organisation_id},
        }
        if self.organisation_name is not None:
            out["organisation"]["name"] = self.organisation_name
        if self.respondent_id is not None or self.role is not None:
            out["respondent"] = {k: v for k, v in (("id", self.respondent_id), ("role", self.role)) if v}
        if self.date:
            out["date"] = self.date
        if self.lang:
            out["lang"] = self.lang
        out["answers"] = dict(self.answers)
        if self.comments:
            out["comments"] = dict(self.comments)
        return out


# --- compiled questionnaire: what validation and scoring need, in plain dicts -------------------

SINGLE, MULTI, SCALE, TEXT = 0, 1, 2, 3
_TYPES = {"single": SINGLE, "multi": MULTI, "scale": SCALE, "text": TEXT}
DEPTH = 4  # slot index of integration depth after the four levels


@dataclass(slots=True)
class CQuestion:
    id: str
    slot: int  # 0..3 level, 4 depth, -1 unscored
    kind: int
    weight: float
    dont_know: bool
    values: dict[str, float | None]  # option id -> value
    exclusive: frozenset[str]
    combine: str
    smin: int
    smax: int
    roles: frozenset[str]


class Compiled:
    """A questionnaire reduced to lookups, built once per questionnaire and shared by a batch."""

    def __init__(self, q: Questionnaire) -> None:
        self.q = q
        self.id = q.id
        self.version = q.version
        self.major = q.major
        self.minor = q.minor
        self.level_ids = LEVEL_IDS
        slot_of = {lv: i for i, lv in enumerate(LEVEL_IDS)}
        slot_of["depth"] = DEPTH
        self.questions: dict[str, CQuestion] = {}
        for qq in q.questions:
            self.questions[qq.id] = CQuestion(
                id=qq.id,
                slot=slot_of[qq.level] if qq.level else -1,
                kind=_TYPES[qq.type],
                weight=qq.weight,
                dont_know=qq.dont_know,
                values={o.id: o.value for o in qq.options},
                exclusive=frozenset(o.id for o in qq.options if o.exclusive),
                combine=qq.combine,
                smin=qq.scale.min if qq.scale else 0,
                smax=qq.scale.max if qq.scale else 0,
                roles=frozenset(qq.roles),
            )
        # total weight of each slot for each role (None = role unknown: every question counts)
        self.total_weight: dict[str | None, list[float]] = {}
        for role in (None, *ROLES):
            totals = [0.0] * 5
            for cq in self.questions.values():
                if cq.slot >= 0 and (role is None or role in cq.roles):
                    totals[cq.slot] += cq.weight
            self.total_weight[role] = totals
        self.level_weights = [q.level(lv).weight for lv in LEVEL_IDS]
        self.slot_weight = {cq.id: (cq.slot, cq.weight) for cq in self.questions.values() if cq.slot >= 0}

    def value(self, cq: CQuestion, answer: Any) -> float | None:
        """The 0..4 value of a validated answer, or None if it is not scored."""
        if cq.slot < 0 or answer == DONT_KNOW:
            return None
        kind = cq.kind
        if kind == SINGLE:
            return cq.values[answer]
        if kind == SCALE:
            return 4.0 * (answer - cq.smin) / (cq.smax - cq.smin)
        if kind == MULTI:
            vals = [cq.values[a] for a in answer]
            if not vals:
                return None
            c = cq.combine
            if c == "mean":
                return sum(vals) / len(vals)  # type: ignore[arg-type]
            if c == "max":
                return max(vals)  # type: ignore[type-var]
            if c == "min":
                return min(vals)  # type: ignore[type-var]
            return min(4.0, sum(vals))  # type: ignore[arg-type]
        return None


def _bad(problems: list[Problem], source: str, line: int | None, msg: str, where: str | None = None) -> None:
    problems.append(Problem(source, msg, line, where))


def check_header(obj: Any, source: str, line: int | None) -> tuple[str, str]:
    """The questionnaire id and version an answers object names, or AnswersError."""
    if not isinstance(obj, dict):
        raise AnswersError(Problem(source, f"expected a JSON object, got {type(obj).__name__}", line))
    fmt = obj.get("format")
    if fmt != FORMAT:
        if fmt is None:
            msg = f'not an answers file: no "format": "{FORMAT}"'
        else:
            msg = f"unsupported format {fmt!r} (expected {FORMAT!r})"
        raise AnswersError(Problem(source, msg, line))
    qref = obj.get("questionnaire")
    if not isinstance(qref, dict) or not isinstance(qref.get("id"), str) or not isinstance(qref.get("version"), str):
        raise AnswersError(
            Problem(source, 'missing "questionnaire": {"id": ..., "version": ...}', line, "questionnaire")
        )
    return qref["id"], qref["version"]


def validate_answers(cq: Compiled, obj: dict[str, Any], source: str = "", line: int | None = None) -> AnswerSheet:
    """Check an answers object against its compiled questionnaire; every problem is reported."""
    problems: list[Problem] = []
    extra = obj.keys() - _TOP_KEYS
    if extra:
        _bad(problems, source, line, f"unknown key(s): {', '.join(sorted(map(str, extra)))}")
    qref = obj["questionnaire"]
    version = qref["version"]
    warnings: list[str] = []
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        _bad(problems, source, line, f"version '{version}' is not like 1.0.0", "questionnaire.version")
    elif version != cq.version and int(parts[1]) != cq.minor:
        warnings.append(
            f"answers are for {cq.id} {version}, scored with {cq.version} (same major version, "
            f"questions may have been added or re-worded)"
        )
    if qref.keys() - {"id", "version"}:
        _bad(problems, source, line, "unknown key(s) in questionnaire", "questionnaire")

    org = obj.get("organisation")
    org_id = org_name = None
    if not isinstance(org, dict) or not isinstance(org.get("id"), str) or not org["id"].strip():
        _bad(problems, source, line, 'missing "organisation": {"id": ...}', "organisation")
    else:
        org_id = org["id"]
        org_name = org.get("name")
        if org_name is not None and not isinstance(org_name, str):
            _bad(problems, source, line, "name must be text", "organisation.name")
            org_name = None
        if len(org_id) > MAX_ID or (org_name and len(org_name) > MAX_ID):
            _bad(problems, source, line, f"id and name are at most {MAX_ID} characters", "organisation")
        if org.keys() - {"id", "name"}:
            _bad(problems, source, line, "unknown key(s) in organisation", "organisation")

    resp = obj.get("respondent")
    rid = role = None
    if resp is not None:
        if not isinstance(resp, dict):
            _bad(problems, source, line, "must be an object with id and role", "respondent")
        else:
            rid = resp.get("id")
            role = resp.get("role")
            if rid is not None and (not isinstance(rid, str) or len(rid) > MAX_ID):
                _bad(problems, source, line, "id must be text", "respondent.id")
                rid = None
            if role is not None and role not in _ROLES:
                _bad(
                    problems, source, line,
                    f"unknown role {role!r} (expected one of: {', '.join(ROLES)})", "respondent.role",
                )  # fmt: skip
                role = None
            if resp.keys() - {"id", "role"}:
                _bad(problems, source, line, "unknown key(s) in respondent", "respondent")

    date = obj.get("date")
    if date is not None and not (isinstance(date, str) and len(date) == 10 and date[4] == "-" and date[7] == "-"):
        _bad(problems, source, line, "date must be YYYY-MM-DD", "date")
        date = None
    lang = obj.get("lang")
    if lang is not None and lang not in ("fr", "en"):
        _bad(problems, source, line, "lang must be fr or en", "lang")
        lang = None

    raw = obj.get("answers")
    answers: dict[str, Any] = {}
    if not isinstance(raw, dict):
        _bad(problems, source, line, 'missing "answers": {question id: answer}', "answers")
        raw = {}
    questions = cq.questions
    for qid, a in raw.items():
        if a is None:
            continue
        q = questions.get(qid)
        if q is None:
            _bad(problems, source, line, f"unknown question (not in {cq.id} {cq.version})", qid)
            continue
        if a == DONT_KNOW:
            if not q.dont_know:
                _bad(problems, source, line, '"dont_know" is not allowed for this question', qid)
            else:
                answers[qid] = a
            continue
        kind = q.kind
        if kind == SINGLE:
            if type(a) is not str:
                _bad(problems, source, line, "expected one option id (text)", qid)
            elif a not in q.values:
                _bad(problems, source, line, f"unknown option {a!r} (expected one of: {', '.join(q.values)})", qid)
            else:
                answers[qid] = a
        elif kind == MULTI:
            if type(a) is not list or not all(type(x) is str for x in a):
                _bad(problems, source, line, "expected a list of option ids", qid)
            elif any(x not in q.values for x in a):
                bad = [x for x in a if x not in q.values]
                _bad(problems, source, line, f"unknown option(s) {', '.join(map(repr, bad))}", qid)
            elif len(set(a)) != len(a):
                _bad(problems, source, line, "an option is ticked twice", qid)
            elif len(a) > 1 and q.exclusive.intersection(a):
                _bad(
                    problems,
                    source,
                    line,
                    f"option {sorted(q.exclusive.intersection(a))[0]!r} excludes the others",
                    qid,
                )
            elif a:
                answers[qid] = a
        elif kind == SCALE:
            if type(a) is not int:
                _bad(problems, source, line, f"expected a whole number from {q.smin} to {q.smax}", qid)
            elif not q.smin <= a <= q.smax:
                _bad(problems, source, line, f"{a} is outside the scale {q.smin}..{q.smax}", qid)
            else:
                answers[qid] = a
        else:
            if type(a) is not str:
                _bad(problems, source, line, "expected text", qid)
            elif len(a) > MAX_COMMENT:
                _bad(problems, source, line, f"text longer than {MAX_COMMENT} characters", qid)
            else:
                answers[qid] = a

    comments = obj.get("comments")
    if comments is None:
        comments = {}
    elif not isinstance(comments, dict):
        _bad(problems, source, line, "comments must be an object {question id: text}", "comments")
        comments = {}
    else:
        for qid, c in comments.items():
            if qid not in questions:
                _bad(problems, source, line, "comment on an unknown question", f"comments.{qid}")
            elif not isinstance(c, str) or len(c) > MAX_COMMENT:
                _bad(
                    problems, source, line, f"a comment is text of at most {MAX_COMMENT} characters", f"comments.{qid}"
                )

    if problems:
        raise AnswersError(problems)
    return AnswerSheet(
        questionnaire_id=cq.id,
        questionnaire_version=version,
        organisation_id=org_id or "",
        organisation_name=org_name,
        respondent_id=rid,
        role=role,
        answers=answers,
        comments=comments,
        date=date,
        lang=lang,
        source=source,
        line=line,
        warnings=warnings,
    )
