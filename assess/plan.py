"""The compiled questionnaire: one immutable plan that every command reads its rules from.

    questionnaire file --load (loader.py)--> Questionnaire --compile (here)--> Plan

A `Plan` holds, as explicit fields, everything validation, scoring, aggregation, the report and the
interview need: question kinds and option values, level ids and weights, bands, the hinge, coverage,
group size, gap threshold, depth stages, signals. Nothing reads a threshold from anywhere else.
The signal evaluator and the hinge requirement (scoring.py) are generated from a plan when it is
built, and stored on it. The batch's fast forms (fastcheck.py, fastline.py) are generated from a plan
by the pipeline's `Scorer` when a batch first needs them, so that a command scoring one file never
pays for them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from .vocab import DONT_KNOW, LEVEL_IDS, ROLES

if TYPE_CHECKING:
    from .model import Condition, Questionnaire
    from .scoring import RequirementEvaluator, SignalEvaluator

Kind = Literal["single", "multi", "scale", "text"]
DEPTH = "depth"
# the slots a scored question adds to: the four levels in LEVEL_IDS order, then integration depth
SLOTS: tuple[str, ...] = (*LEVEL_IDS, DEPTH)
DEPTH_SLOT = len(LEVEL_IDS)
# a version like 1.0.0; bounded, so that int() never meets thousands of digits (also in the schema)
# `(?![\s\S])` is the end of the text in every regex dialect; `$` would let a final newline through
# in some (Python's, which JSON Schema validators written in Python use)
END = r"(?![\s\S])"
VERSION_PATTERN = r"^[0-9]{1,9}\.[0-9]{1,9}\.[0-9]{1,9}" + END
_VERSION = re.compile(VERSION_PATTERN)


@dataclass(frozen=True, slots=True)
class QuestionPlan:
    """One question as validation and scoring see it."""

    id: str
    kind: Kind
    slot: int  # index in SLOTS, or -1 for a question that is never scored
    weight: float
    dont_know: bool
    values: Mapping[str, float | None]  # option id -> 0..4 value (None: context question)
    exclusive: frozenset[str]  # options that cannot be ticked with others
    combine: Literal["mean", "max", "min", "sum"]
    scale_min: int
    scale_max: int
    roles: frozenset[str]  # roles the question is asked of
    nature: str = "opinion"  # "fact" or "opinion" (what the consistency condition compares)

    @property
    def scored(self) -> bool:
        return self.slot >= 0

    def asked_of(self, role: str | None) -> bool:
        """Whether the question is asked of this role (a respondent of unknown role is asked all)."""
        return role is None or role in self.roles

    def value(self, answer: Any) -> float | None:
        """The 0..4 value of a valid answer, or None when it is not scored ("don't know", text)."""
        if self.slot < 0 or answer == DONT_KNOW:
            return None
        if self.kind == "single":
            return self.values[answer]
        if self.kind == "scale":
            return 4.0 * (answer - self.scale_min) / (self.scale_max - self.scale_min)
        if self.kind == "multi" and answer:
            picked = [self.values[a] or 0.0 for a in answer]
            if self.combine == "mean":
                return sum(picked) / len(picked)
            if self.combine == "max":
                return max(picked)
            if self.combine == "min":
                return min(picked)
            return min(4.0, sum(picked))
        return None


# A signal condition as plain data (JSON-able, so that a plan can be cached without pydantic):
#   ["answer", question id, "in" | "all_of" | "none_of", [option ids]]
#   ["answer", question id, "at_most" | "at_least", value 0..4]
#   ["level", level id, "below" | "at_least", position 0..100]
#   ["consistency", level id, gap]: the respondent's opinions on the level stand at least `gap`
#       points above their facts (both sides answered)
#   ["all", [conditions]]   ["any", [conditions]]   ["not", condition]
Cond = list[Any]


@dataclass(frozen=True, slots=True)
class SignalPlan:
    id: str
    severity: str  # high, medium, low
    when: Cond


SEVERITY_RANK: Mapping[str, int] = MappingProxyType({"high": 0, "medium": 1, "low": 2})


@dataclass(frozen=True)
class Plan:
    """A questionnaire compiled for validation and scoring. Build it with `compile_plan` (from a
    validated Questionnaire) or `Plan.from_data` (from the cache)."""

    id: str
    version: str
    major: int
    minor: int
    sector: str
    levels: tuple[str, ...]  # level ids, in LEVEL_IDS order
    level_weights: tuple[float, ...]
    digital_below: float
    socio_professional_from: float
    hinge_level: str
    hinge_below: float
    coverage_min: float  # 0..1
    min_group_size: int
    gap_threshold: float
    depth_stages: tuple[tuple[str, float], ...]  # (stage id, from), increasing
    questions: Mapping[str, QuestionPlan]  # in questionnaire order
    # total weight of each slot for a respondent of each role (None: unknown role, every question)
    totals: Mapping[str | None, tuple[float, ...]]
    signals: tuple[SignalPlan, ...]  # most severe first
    # what a prior reorganisation requires, on a respondent's answers (None: the hinge level's mean alone)
    hinge_requires: Cond | None
    # generated from `hinge_requires` (scoring.py): whether a respondent's answers meet it
    meets_hinge_requirement: RequirementEvaluator | None
    data: Mapping[str, Any]  # the plain data this plan was built from (what the cache stores)
    evaluate_signals: SignalEvaluator  # generated from `signals` (scoring.py)
    # the newest installed version when it is of a higher major version (set by the catalog): the
    # answers still score, with a note that a newer version exists
    newer: str | None = None

    def label(self) -> str:
        """The questionnaire's id and version, as messages name it ("housing 2.0.0")."""
        return f"{self.id} {self.version}"

    def _text(self, table: str, key: str, lang: str) -> str:
        """A text of the questionnaire file kept in the plan data, in `lang` when the file has it
        (French otherwise: a file may be in French alone, as `Questionnaire.text_language` reads it)."""
        texts: Mapping[str, str] = self.data[table][key]
        return texts.get("en" if lang == "en" else "fr") or texts["fr"]

    def level_name(self, level: str, lang: str) -> str:
        """A level's name as the questionnaire file gives it (a consultant may rename a level)."""
        return self._text("level_names", level, lang)

    def signal_title(self, signal: str, lang: str) -> str:
        """A signal's title as the questionnaire file gives it (the report's heading for it)."""
        return self._text("signal_titles", signal, lang)

    def stage_name(self, stage: str, lang: str) -> str:
        """A depth stage's name as the questionnaire file gives it, as the report prints it."""
        return self._text("stage_names", stage, lang)

    def notes(self) -> list[str]:
        """The warnings every answer scored with this plan carries (a fresh list each call)."""
        if self.newer is None:
            return []
        return [
            f"a newer version of {self.id} is installed ({self.newer}); these answers are scored with {self.version}"
        ]

    @classmethod
    def from_data(cls, d: Mapping[str, Any]) -> Plan:
        """Build a plan, its generated functions included, from `plan_data`'s output."""
        from .scoring import generate_requirement_evaluator, generate_signal_evaluator

        questions = MappingProxyType(
            {
                # numbers are converted, so that even an edited cache cannot put code in a generated form
                str(q["id"]): QuestionPlan(
                    id=str(q["id"]),
                    kind=q["kind"],
                    slot=int(q["slot"]),
                    weight=float(q["weight"]),
                    dont_know=bool(q["dont_know"]),
                    values=MappingProxyType({str(k): None if v is None else float(v) for k, v in q["values"]}),
                    exclusive=frozenset(q["exclusive"]),
                    combine=q["combine"],
                    scale_min=int(q["scale_min"]),
                    scale_max=int(q["scale_max"]),
                    roles=frozenset(q["roles"]),
                    nature="fact" if q.get("nature") == "fact" else "opinion",
                )
                for q in d["questions"]
            }
        )
        totals: dict[str | None, tuple[float, ...]] = {}
        for role in (None, *ROLES):
            sums = [0.0] * len(SLOTS)
            for qp in questions.values():
                if qp.scored and qp.asked_of(role):
                    sums[qp.slot] += qp.weight
            totals[role] = tuple(sums)
        signals = tuple(
            sorted(
                (SignalPlan(s["id"], s["severity"], s["when"]) for s in d["signals"]),
                key=lambda s: SEVERITY_RANK[s.severity],
            )
        )
        requires = d.get("hinge_requires")
        version = parse_version(d["version"])
        if version is None:
            raise ValueError(f"version {d['version']!r} is not like 1.0.0")
        return cls(
            id=d["id"],
            version=d["version"],
            major=version[0],
            minor=version[1],
            sector=d["sector"],
            levels=LEVEL_IDS,
            level_weights=tuple(d["level_weights"]),
            digital_below=d["digital_below"],
            socio_professional_from=d["socio_professional_from"],
            hinge_level=d["hinge_level"],
            hinge_below=d["hinge_below"],
            coverage_min=d["coverage_min"],
            min_group_size=d["min_group_size"],
            gap_threshold=d["gap_threshold"],
            depth_stages=tuple((s, f) for s, f in d["depth_stages"]),
            questions=questions,
            totals=MappingProxyType(totals),
            signals=signals,
            hinge_requires=requires,
            meets_hinge_requirement=None if requires is None else generate_requirement_evaluator(requires, questions),
            data=MappingProxyType(dict(d)),
            evaluate_signals=generate_signal_evaluator(signals, questions),
        )

    def depth_stage(self, score: float | None) -> str | None:
        """The integration-depth stage of a depth score (None when the score is unknown)."""
        if score is None:
            return None
        stage = None
        for sid, start in self.depth_stages:
            if score >= start:
                stage = sid
        return stage


def level_questions(questions: Mapping[str, QuestionPlan], level: str) -> tuple[QuestionPlan, ...]:
    """The scored questions of a level (or of "depth"), in questionnaire order."""
    return tuple(q for q in questions.values() if q.scored and SLOTS[q.slot] == level)


def leaves(conditions: list[Cond]) -> Iterator[Cond]:
    """The conditions on an answer, a level or a consistency inside `conditions`, in order met."""
    for c in conditions:
        if c[0] in ("all", "any"):
            yield from leaves(c[1])
        elif c[0] == "not":
            yield from leaves([c[1]])
        else:
            yield c


def read_by_conditions(conditions: list[Cond], questions: Mapping[str, QuestionPlan]) -> list[str]:
    """The questions whose answers the conditions read, in order met (a consistency condition reads
    every scored question of its level)."""
    found: list[str] = []
    for c in leaves(conditions):
        if c[0] == "answer":
            read = [c[1]]
        elif c[0] == "consistency":
            read = [q.id for q in level_questions(questions, c[1])]
        else:
            continue
        found.extend(q for q in read if q not in found)
    return found


def with_min_group_size(plan: Plan, at_least: int | None) -> Plan:
    """The plan with a minimum group size raised to `at_least` (a consultant may protect respondents
    more than the file does, never less: a lower value is ignored)."""
    if at_least is None or at_least <= plan.min_group_size:
        return plan
    return dataclasses.replace(plan, min_group_size=at_least)


def parse_version(text: Any) -> tuple[int, int, int] | None:
    """(major, minor, patch) of a version like 1.0.0, or None for anything else (bounded work)."""
    if type(text) is not str or not _VERSION.match(text):
        return None
    major, minor, patch = text.split(".")
    return int(major), int(minor), int(patch)


def major_of(version: Any) -> int:
    """The major version, which decides what can be compared (-1 for what is not a version)."""
    v = parse_version(version)
    return v[0] if v else -1


def _cond(c: Condition) -> Cond:
    from .model import AllCond, AnswerCond, AnyCond, ConsistencyCond, LevelCond, NotCond

    if isinstance(c, AnswerCond):
        for op in ("any_of", "all_of", "none_of", "at_most", "at_least"):
            arg = getattr(c, op)
            if arg is not None:
                return ["answer", c.answer, "in" if op == "any_of" else op, list(arg) if isinstance(arg, list) else arg]
    if isinstance(c, LevelCond):
        return (
            ["level", c.level, "below", c.below] if c.below is not None else ["level", c.level, "at_least", c.at_least]
        )
    if isinstance(c, ConsistencyCond):
        return ["consistency", c.consistency, float(c.gap)]
    if isinstance(c, AllCond):
        return ["all", [_cond(x) for x in c.all]]
    if isinstance(c, AnyCond):
        return ["any", [_cond(x) for x in c.any]]
    assert isinstance(c, NotCond)
    return ["not", _cond(c.not_)]


def plan_data(q: Questionnaire) -> dict[str, Any]:
    """What a plan is built from, as plain JSON-able data."""
    slot_of = {s: i for i, s in enumerate(SLOTS)}
    sc = q.scoring
    return {
        "id": q.id,
        "version": q.version,
        "sector": q.sector,
        "level_weights": [float(q.level(lv).weight) for lv in LEVEL_IDS],
        "level_names": {lv: dict(q.level(lv).name) for lv in LEVEL_IDS},
        "stage_names": {st.id: dict(st.name) for st in sc.depth_stages},
        "signal_titles": {s.id: dict(s.title) for s in q.signals},
        "digital_below": float(sc.bands.digital_below),
        "socio_professional_from": float(sc.bands.socio_professional_from),
        "hinge_level": sc.hinge.level,
        "hinge_below": float(sc.hinge.below),
        "hinge_requires": None if sc.hinge.requires is None else _cond(sc.hinge.requires),
        "coverage_min": float(sc.coverage_min),
        "min_group_size": sc.min_group_size,
        "gap_threshold": float(sc.gap_threshold),
        "depth_stages": [[st.id, float(st.from_)] for st in sc.depth_stages],
        "questions": [
            {
                "id": qq.id,
                "kind": qq.type,
                "slot": slot_of[qq.level] if qq.level else -1,
                "weight": float(qq.weight),
                "dont_know": qq.dont_know,
                "values": [[o.id, None if o.value is None else float(o.value)] for o in qq.options],
                "exclusive": [o.id for o in qq.options if o.exclusive],
                "combine": qq.combine,
                "scale_min": qq.scale.min if qq.scale else 0,
                "scale_max": qq.scale.max if qq.scale else 0,
                "roles": list(qq.roles),
                "nature": qq.nature,
            }
            for qq in q.questions
        ],
        "signals": [{"id": s.id, "severity": s.severity, "when": _cond(s.when)} for s in q.signals],
    }


def compile_plan(q: Questionnaire) -> Plan:
    """The plan of a validated questionnaire."""
    from .model import Questionnaire

    if not isinstance(q, Questionnaire):
        from .answers import _kind
        from .errors import QuestionnaireError

        raise QuestionnaireError(f"compile_plan takes a Questionnaire (from load_questionnaire), got {_kind(q)}")
    return Plan.from_data(plan_data(q))
