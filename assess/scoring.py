"""Scoring: pure functions from a checked answer sheet to a score card (docs/method.md, "The
formulas"). No I/O. Positions run from 0 (digital pole) to 100 (socio-professional pole); every
threshold comes from the plan.

    Checked (sheet + values) --score--> ScoreCard

There is one scorer: `card_from_sums` turns, per slot (four levels, then depth), the answered weight
and the weighted sum into the card. `score` adds the values up with math.fsum, which is exact, so the
batch's generated form (fastcheck.py), which adds the same numbers in another grouping, gets the same
floats. Signals are evaluated by one function generated from the plan's conditions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from math import fsum
from types import CodeType
from typing import Any, NamedTuple

from .plan import DEPTH_SLOT, SLOTS, Cond, Plan, QuestionPlan, SignalPlan, level_questions
from .vocab import DONT_KNOW, LEVEL_IDS

OK, INSUFFICIENT = "ok", "insufficient"
DIGITAL, HYBRID, SOCIO, UNDETERMINED = "digital", "hybrid", "socio-professional", "undetermined"
TRAJECTORIES = (DIGITAL, HYBRID, SOCIO, UNDETERMINED)

# NamedTuples rather than frozen dataclasses: a batch builds millions of them.


class LevelScore(NamedTuple):
    position: float | None  # None when insufficient
    coverage: float  # 0..1

    @property
    def status(self) -> str:
        return OK if self.position is not None else INSUFFICIENT


class Placement(NamedTuple):
    position: float | None
    trajectory: str
    hinge: bool  # the hinge rule capped a socio-professional label at hybrid
    missing: tuple[str, ...]  # insufficient levels
    # whether the answers meet what the file says a prior reorganisation requires (scoring.hinge.
    # requires); None when the file states no requirement. Unmet, the label is at most hybrid.
    requirement: bool | None = None


class ScoreCard(NamedTuple):
    levels: dict[str, LevelScore]
    placement: Placement
    depth_score: float | None
    depth_stage: str | None
    depth_coverage: float
    signals: tuple[tuple[str, str], ...]  # (id, severity), most severe first

    @property
    def position(self) -> float | None:
        return self.placement.position

    @property
    def trajectory(self) -> str:
        return self.placement.trajectory

    @property
    def hinge(self) -> bool:
        return self.placement.hinge


_new = tuple.__new__  # builds a NamedTuple without its Python-level __new__: a batch makes millions


def band(plan: Plan, position: float) -> str:
    """The trajectory band a position falls in, by the file's thresholds (before the hinge rule)."""
    if position < plan.digital_below:
        return DIGITAL
    if position < plan.socio_professional_from:
        return HYBRID
    return SOCIO


def place(plan: Plan, levels: Mapping[str, float | None], requirement: bool | None = None) -> Placement:
    """Overall position and trajectory from level positions (None = insufficient), with the hinge
    rule: the hinge level below its threshold, or its requirement not met (`requirement` False),
    caps a socio-professional label at hybrid."""
    missing: list[str] = []
    num = den = 0.0
    for lv, w in zip(plan.levels, plan.level_weights):  # noqa: B905 - same length by construction
        p = levels.get(lv)
        if p is None:
            missing.append(lv)
        else:
            num += w * p
            den += w
    if len(missing) >= 2 or plan.hinge_level in missing:
        return _new(Placement, (None, UNDETERMINED, False, tuple(missing), requirement))
    position = round(num / den, 1)
    label = band(plan, position)
    hinge_pos = levels[plan.hinge_level]
    hinge = label == SOCIO and ((hinge_pos is not None and hinge_pos < plan.hinge_below) or requirement is False)
    return _new(Placement, (position, HYBRID if hinge else label, hinge, tuple(missing), requirement))


def level_score(total: float, coverage_min: float, answered: float, weighted: float) -> LevelScore:
    """One level (or the depth) from its slot's total weight for the respondent's role, the answered
    weight and the sum of weight x value."""
    cov = answered / total if total else 0.0
    pos = round(25.0 * weighted / answered, 1) if answered and cov >= coverage_min else None
    # most respondents answer every question: a coverage of exactly 1 needs no rounding
    return _new(LevelScore, (pos, cov if cov == 1.0 else round(cov, 3)))


def card_from_sums(
    plan: Plan,
    answered: Sequence[float],
    weighted: Sequence[float],
    answers: Mapping[str, Any],
    role: str | None,
) -> ScoreCard:
    """The score card from, per slot, the answered weight and the sum of weight x value, and the
    answers (for the signals)."""
    totals = plan.totals[role]
    cmin = plan.coverage_min
    levels: dict[str, LevelScore] = {}
    positions: dict[str, float | None] = {}
    for i, lv in enumerate(LEVEL_IDS):
        ls = levels[lv] = level_score(totals[i], cmin, answered[i], weighted[i])
        positions[lv] = ls.position
    depth = level_score(totals[DEPTH_SLOT], cmin, answered[DEPTH_SLOT], weighted[DEPTH_SLOT])
    fired = plan.evaluate_signals(answers, positions, role)
    met = None if plan.meets_hinge_requirement is None else plan.meets_hinge_requirement(answers, positions, role)
    placement = place(plan, positions, met)
    dscore = depth.position
    return _new(ScoreCard, (levels, placement, dscore, plan.depth_stage(dscore), depth.coverage, fired))


def score(plan: Plan, answers: Mapping[str, Any], values: Mapping[str, float], role: str | None) -> ScoreCard:
    """Score one respondent from their checked answers and question values. Pure."""
    answered: list[list[float]] = [[] for _ in SLOTS]
    weighted: list[list[float]] = [[] for _ in SLOTS]
    for qid, v in values.items():
        q = plan.questions[qid]
        answered[q.slot].append(q.weight)
        weighted[q.slot].append(q.weight * v)
    # math.fsum is exact: the order in which answers come never changes a position
    return card_from_sums(plan, [fsum(x) for x in answered], [fsum(x) for x in weighted], answers, role)


# --- signals: one function generated from the plan's conditions ----------------------------------
# A condition on an answer sees only answers to questions asked of the respondent's role; skipped
# and "don't know" answers never match (docs/method.md, "Signals").

SignalEvaluator = Callable[[Mapping[str, Any], Mapping[str, float | None], str | None], tuple[tuple[str, str], ...]]
RequirementEvaluator = Callable[[Mapping[str, Any], Mapping[str, float | None], str | None], bool]


@dataclass(frozen=True)
class Frame:
    """How generated code sees a respondent: answers in a dict named `answers` (the default), or in
    a tuple named `answers` in the order of `positions`, or in the fields of a decoded object (UNSET
    where absent: the record writer reads the decoded answers straight); level positions through
    `lev.get`, or in the variables `levels` names; a level's opinions-above-facts gap computed by
    the generated function, or already held in the variable `consistency` names for it (the record
    writer gets it from its exact sums)."""

    answers: str = "ans"
    positions: Mapping[str, int] | None = None
    # with positions: the answers are the fields of a decoded object named this prefix and their
    # position (`ans.f3`), not the members of a tuple
    fields: str | None = None
    levels: Mapping[str, str] | None = None
    # level id -> the variable holding `generate_opinions_above_facts`'s result, computed already
    consistency: Mapping[str, str] | None = None

    def constants(self) -> dict[str, Any]:
        """What the generated code needs from this frame (msgspec only for a tuple of answers)."""
        if self.positions is None:
            return {}
        from msgspec import UNSET

        return {"UNSET": UNSET}

    def answer(self, qid: str, unset_ok: bool = False) -> str:
        """The expression of a question's answer: None when skipped (or UNSET, with `unset_ok`,
        for a use that treats it as None: membership in a set of option ids, a lookup of values)."""
        if self.positions is None:
            return f"{self.answers}.get({qid!r})"
        i = self.positions[qid]
        at = f"{self.answers}[{i}]" if self.fields is None else f"{self.answers}.{self.fields}{i}"
        return at if unset_ok else f"(None if (_u := {at}) is UNSET else _u)"

    def level(self, lv: str) -> str:
        return f"lev.get({lv!r})" if self.levels is None else self.levels[lv]


DICT_FRAME = Frame()


def generate_opinions_above_facts(
    questions: Sequence[QuestionPlan], frame: Frame = DICT_FRAME
) -> Callable[[Any, str | None], float | None]:
    """How many points a respondent's opinions on a level stand above their facts: the weighted
    mean position of their answered opinion questions minus that of their answered fact questions
    (None unless both sides have an answer), each side's sums exact (math.fsum), generated for one
    level's scored `questions` (a batch evaluates it for every respondent), reading the answers as
    `frame` says. tests/oracle.py holds the readable reference; the agreement tests compare them on
    the synthetic questionnaire."""
    consts: dict[str, Any] = {**frame.constants(), "fsum": fsum}
    lines = [f"def above({frame.answers}, role):", "    fw = []", "    fs = []", "    ow = []", "    os_ = []"]
    for i, q in enumerate(questions):
        side = ("fw", "fs") if q.nature == "fact" else ("ow", "os_")
        lines.append(f"    a = {frame.answer(q.id)}")
        cond = "a is not None"
        if len(q.roles) < 4:
            consts[f"R{i}"] = q.roles
            cond += f" and (role is None or role in R{i})"
        if q.kind == "single":
            consts[f"V{i}"] = {k: v for k, v in q.values.items() if v is not None}
            value = f"V{i}.get(a)"
        elif q.kind == "scale":  # "don't know" and anything else: None
            consts[f"V{i}"] = {k: q.value(k) for k in range(q.scale_min, q.scale_max + 1)}
            value = f"V{i}.get(a)"
        else:
            consts[f"V{i}"] = q.value
            value = f"V{i}(a)"
        lines += [
            f"    if {cond}:",
            f"        v = {value}",
            "        if v is not None:",
            f"            {side[0]}.append({q.weight!r})",
            f"            {side[1]}.append({q.weight!r} * v)",
        ]
    # exact sums (math.fsum), as for the levels: the order of the questions changes nothing
    lines += [
        "    fw = fsum(fw)",
        "    ow = fsum(ow)",
        "    if not fw or not ow:",
        "        return None",
        "    return 25.0 * (fsum(os_) / ow - fsum(fs) / fw)",
    ]
    fn: Callable[[Any, str | None], float | None] = _define(lines, consts, "consistency")
    return fn


def generate_signal_evaluator(signals: Sequence[SignalPlan], questions: Mapping[str, QuestionPlan]) -> SignalEvaluator:
    lines = ["def evaluate(ans, lev, role):", "    fired = []"]
    consts: dict[str, Any] = {"DK": DONT_KNOW}
    for s in signals:
        lines.append(f"    if {condition_expr(s.when, questions, consts)}:")
        lines.append(f"        fired.append({(s.id, s.severity)!r})")
    lines.append("    return tuple(fired)")
    fn: SignalEvaluator = _define(lines, consts, "signal evaluator")
    return fn


def _define(lines: list[str], consts: dict[str, Any], what: str) -> Any:
    """The function whose source is `lines` (its `def` first), with `consts` as its globals."""
    namespace: dict[str, Any] = dict(consts)
    exec(_compiled("\n".join(lines), f"<generated {what}>"), namespace)
    return namespace[lines[0].split()[1].split("(")[0]]


@functools.lru_cache(maxsize=256)
def _compiled(source: str, filename: str) -> CodeType:
    """The same source compiled once a process: each catalogue loaded (each command a library or the
    tests run in one process) made its plans again, and compiling their signals took most of it. A
    code object is immutable; each function defined from it has its own globals (`consts`)."""
    return compile(source, filename, "exec")


def basis_leaves(c: Cond) -> list[Cond]:
    """The conditions on one answer, one level or one consistency by which `c` can hold: those not
    under a `not`, in order met. What a report names as what raised a signal."""
    if c[0] in ("all", "any"):
        return [x for y in c[1] for x in basis_leaves(y)]
    if c[0] == "not":
        return []
    return [c]


BasisEvaluator = Callable[[Mapping[str, Any], Mapping[str, float | None], str | None], dict[str, tuple[int, ...]]]


def generate_basis_evaluator(signals: Sequence[SignalPlan], questions: Mapping[str, QuestionPlan]) -> BasisEvaluator:
    """For a respondent, each signal's `basis_leaves` that hold (their indexes): the same condition
    language, and the same code generation, as the signals. For reports only: a batch never runs it."""
    lines = ["def basis(ans, lev, role):", "    out = {}"]
    consts: dict[str, Any] = {"DK": DONT_KNOW}
    for s in signals:
        lines.append("    held = []")
        for i, leaf in enumerate(basis_leaves(s.when)):
            lines += [f"    if {condition_expr(leaf, questions, consts)}:", f"        held.append({i})"]
        lines.append(f"    out[{s.id!r}] = tuple(held)")
    lines.append("    return out")
    fn: BasisEvaluator = _define(lines, consts, "signal basis")
    return fn


def generate_requirement_evaluator(requires: Cond, questions: Mapping[str, QuestionPlan]) -> RequirementEvaluator:
    """Whether a respondent's answers meet the hinge requirement: the same condition language, and
    the same code generation, as the signals."""
    consts: dict[str, Any] = {"DK": DONT_KNOW}
    lines = ["def meets(ans, lev, role):", f"    return bool({condition_expr(requires, questions, consts)})"]
    fn: RequirementEvaluator = _define(lines, consts, "hinge requirement")
    return fn


def condition_expr(
    c: Cond, questions: Mapping[str, QuestionPlan], consts: dict[str, Any], frame: Frame = DICT_FRAME
) -> str:
    """A condition as a Python expression over the answers and level positions (as `frame` names
    them) and `role`; the constants it needs are added to `consts`. Its own names start with `_`."""
    consts.setdefault("DK", DONT_KNOW)
    consts.update(frame.constants())

    def const(value: Any) -> str:
        name = f"_c{len(consts)}"
        while name in consts:
            name += "_"
        consts[name] = value
        return name

    def answer(qid: str, unset_ok: bool = False) -> str:
        """The answer as signals see it: None when skipped or not asked of this role."""
        q = questions[qid]
        if len(q.roles) == 4:
            return frame.answer(qid, unset_ok)
        return f"({frame.answer(qid, unset_ok)} if role is None or role in {const(q.roles)} else None)"

    def expr(c: Cond) -> str:
        kind = c[0]
        if kind == "answer":
            _, qid, op, arg = c
            q = questions[qid]
            # UNSET acts as None where the answer is only looked up (it is no option id) or must be a list
            lookup = op != "none_of" if q.kind == "single" else op not in ("at_most", "at_least")
            a = answer(qid, unset_ok=lookup and q.kind != "scale")
            if op in ("at_most", "at_least"):
                # the answer's 0..4 value, from the plan (None when skipped, "don't know" or not asked)
                cmp = "<=" if op == "at_most" else ">="
                if q.kind == "single":
                    return f"((_v := {const(dict(q.values))}.get({a})) is not None and _v {cmp} {float(arg)!r})"
                value = f"{const(q.value)}(_x)"
                return f"((_x := {a}) is not None and (_v := {value}) is not None and _v {cmp} {float(arg)!r})"
            s = const(frozenset(arg))
            if questions[qid].kind == "multi":
                chosen = f"((_x := {a}).__class__ is list and _x"
                if op == "in":
                    return f"{chosen} and not {s}.isdisjoint(_x))"
                if op == "all_of":
                    return f"{chosen} and {s}.issubset(_x))"
                return f"{chosen} and {s}.isdisjoint(_x))"
            if op == "in":
                return f"({a} in {s})"
            if op == "all_of":
                return f"({a} in {s} and {len(arg)} == 1)"
            return f"((_x := {a}) is not None and _x != DK and _x not in {s})"
        if kind == "level":
            _, lv, op, x = c
            cmp = "<" if op == "below" else ">="
            return f"((_p := {frame.level(lv)}) is not None and _p {cmp} {float(x)!r})"
        if kind == "consistency":
            _, lv, gap = c
            if frame.consistency is not None and lv in frame.consistency:
                return f"((_d := {frame.consistency[lv]}) is not None and _d >= {float(gap)!r})"
            above = const(generate_opinions_above_facts(level_questions(questions, str(lv)), frame))
            return f"((_d := {above}({frame.answers}, role)) is not None and _d >= {float(gap)!r})"
        if kind == "all":
            return "(" + " and ".join(expr(x) for x in c[1]) + ")"
        if kind == "any":
            return "(" + " or ".join(expr(x) for x in c[1]) + ")"
        return f"(not {expr(c[1])})"

    return expr(c)
