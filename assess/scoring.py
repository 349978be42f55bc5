"""Scoring: pure functions from an answer sheet to a score card (DOMAIN.md, "Scoring: the invariants").

No I/O here. Positions run from 0 (digital pole) to 100 (socio-professional pole); every threshold
comes from the questionnaire file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from math import fsum
from typing import Any, NamedTuple

from .answers import DEPTH, AnswerSheet, Compiled
from .model import DONT_KNOW, LEVEL_IDS, AllCond, AnswerCond, AnyCond, Condition, LevelCond, NotCond, Scoring

OK, INSUFFICIENT = "ok", "insufficient"
DIGITAL, HYBRID, SOCIO, UNDETERMINED = "digital", "hybrid", "socio-professional", "undetermined"
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


# NamedTuples rather than frozen dataclasses: a batch builds millions of them, and a frozen
# dataclass's __init__ is several times slower.


class LevelScore(NamedTuple):
    position: float | None  # None when insufficient
    coverage: float

    @property
    def status(self) -> str:
        return OK if self.position is not None else INSUFFICIENT


class Placement(NamedTuple):
    position: float | None
    trajectory: str
    hinge: bool
    missing: tuple[str, ...]  # insufficient levels, for "what is missing"


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


def place(levels: dict[str, float | None], scoring: Scoring, weights: Sequence[float]) -> Placement:
    """Overall position and trajectory from level positions (None = insufficient), with the hinge rule."""
    missing = tuple(lv for lv in LEVEL_IDS if levels.get(lv) is None)
    hinge_level = scoring.hinge.level
    if hinge_level in missing or len(missing) >= 2:
        return Placement(None, UNDETERMINED, False, missing)
    num = den = 0.0
    for lv, w in zip(LEVEL_IDS, weights, strict=True):
        p = levels.get(lv)
        if p is not None:
            num += w * p
            den += w
    position = round(num / den, 1)
    bands = scoring.bands
    if position < bands.digital_below:
        label = DIGITAL
    elif position < bands.socio_professional_from:
        label = HYBRID
    else:
        label = SOCIO
    hinge = False
    hinge_pos = levels[hinge_level]
    assert hinge_pos is not None
    if label == SOCIO and hinge_pos < scoring.hinge.below:
        label, hinge = HYBRID, True
    return Placement(position, label, hinge, missing)


def depth_stage(score: float | None, scoring: Scoring) -> str | None:
    if score is None:
        return None
    stage = None
    for st in scoring.depth_stages:
        if score >= st.from_:
            stage = st.id
    return stage


def score(cq: Compiled, sheet: AnswerSheet) -> ScoreCard:
    """Score one respondent. Pure: same sheet, same card."""
    return card_from_values(cq, sheet.answers, question_values(cq, sheet), sheet.role)


def card_from_values(cq: Compiled, answers: dict[str, Any], values: dict[str, float], role: str | None) -> ScoreCard:
    """The score card from each scored question's 0..4 value (shared by every scoring path).

    math.fsum makes each sum exact, so the order in which answers were written changes nothing.
    """
    weights: list[list[float]] = [[], [], [], [], []]
    weighted: list[list[float]] = [[], [], [], [], []]
    slot_weight = cq.slot_weight
    for qid, v in values.items():
        slot, w = slot_weight[qid]
        weights[slot].append(w)
        weighted[slot].append(w * v)
    return card_from_sums(cq, answers, values, role, weights, weighted)


def card_from_sums(
    cq: Compiled,
    answers: dict[str, Any],
    values: dict[str, float],
    role: str | None,
    weights: list[list[float]],
    weighted: list[list[float]],
) -> ScoreCard:
    """The score card from, per slot (four levels, then depth), the weights and weight x value of
    the answered questions."""
    totals = cq.total_weight[role]
    scoring = cq.q.scoring
    cmin = scoring.coverage_min
    levels: dict[str, LevelScore] = {}
    positions: dict[str, float | None] = {}
    for i, lv in enumerate(LEVEL_IDS):
        answered = fsum(weights[i])
        cov = answered / totals[i] if totals[i] else 0.0
        pos = round(25.0 * fsum(weighted[i]) / answered, 1) if answered and cov >= cmin else None
        levels[lv] = LevelScore(pos, round(cov, 3))
        positions[lv] = pos
    placement = place(positions, scoring, cq.level_weights)
    danswered = fsum(weights[DEPTH])
    dcov = danswered / totals[DEPTH] if totals[DEPTH] else 0.0
    dscore = round(25.0 * fsum(weighted[DEPTH]) / danswered, 1) if danswered and dcov >= cmin else None
    fired = signal_checker(cq)(answers, values, positions)
    return ScoreCard(levels, placement, dscore, depth_stage(dscore, scoring), round(dcov, 3), fired)


# --- signals: conditions compiled once into closures -------------------------------------------

Test = Callable[[dict[str, Any], dict[str, float], dict[str, float | None]], bool]


def _chosen(a: Any) -> list[str]:
    if a is None or a == DONT_KNOW:
        return []
    if isinstance(a, list):
        return a
    if isinstance(a, str):
        return [a]
    return []


def compile_condition(c: Condition) -> Test:
    if isinstance(c, AnswerCond):
        qid = c.answer
        if c.any_of is not None:
            s = frozenset(c.any_of)
            return lambda ans, val, lev: any(x in s for x in _chosen(ans.get(qid)))
        if c.all_of is not None:
            s = frozenset(c.all_of)
            return lambda ans, val, lev: s.issubset(_chosen(ans.get(qid)))
        if c.none_of is not None:
            s = frozenset(c.none_of)

            def none_of(ans: dict[str, Any], val: dict[str, float], lev: dict[str, float | None]) -> bool:
                ch = _chosen(ans.get(qid))
                return bool(ch) and not any(x in s for x in ch)

            return none_of
        if c.at_most is not None:
            hi = c.at_most
            return lambda ans, val, lev: qid in val and val[qid] <= hi
        lo = c.at_least
        assert lo is not None
        return lambda ans, val, lev: qid in val and val[qid] >= lo
    if isinstance(c, LevelCond):
        lv = c.level
        if c.below is not None:
            b = c.below
            return lambda ans, val, lev: lev.get(lv) is not None and lev[lv] < b  # type: ignore[operator]
        al = c.at_least
        return lambda ans, val, lev: lev.get(lv) is not None and lev[lv] >= al  # type: ignore[operator]
    if isinstance(c, AllCond):
        subs = [compile_condition(s) for s in c.all]
        return lambda ans, val, lev: all(t(ans, val, lev) for t in subs)
    if isinstance(c, AnyCond):
        subs = [compile_condition(s) for s in c.any]
        return lambda ans, val, lev: any(t(ans, val, lev) for t in subs)
    assert isinstance(c, NotCond)
    sub = compile_condition(c.not_)
    return lambda ans, val, lev: not sub(ans, val, lev)


Checker = Callable[[dict[str, Any], dict[str, float], dict[str, float | None]], tuple[tuple[str, str], ...]]


def signal_checker(cq: Compiled) -> Checker:
    """All signal conditions of a questionnaire as one generated function (built once).

    The closures of `compile_condition` say what each condition means; this turns the same
    conditions into a single expression per signal, several times faster on large batches. A test
    checks that both agree.
    """
    fn: Checker | None = cq.__dict__.get("_checker")
    if fn is None:
        fn = _generate_checker(cq)
        cq.__dict__["_checker"] = fn
    return fn


def _generate_checker(cq: Compiled) -> Checker:
    consts: dict[str, Any] = {}
    kinds = {qid: q.kind for qid, q in cq.questions.items()}

    def const(value: Any) -> str:
        name = f"_c{len(consts)}"
        consts[name] = value
        return name

    def expr(c: Condition) -> str:
        if isinstance(c, AnswerCond):
            q = repr(c.answer)
            multi = kinds[c.answer] == 1
            if c.any_of is not None:
                s = const(frozenset(c.any_of))
                if multi:
                    return f"(type(ans.get({q})) is list and not {s}.isdisjoint(ans[{q}]))"
                return f"(ans.get({q}) in {s})"
            if c.all_of is not None:
                s = const(frozenset(c.all_of))
                if multi:
                    return f"(type(ans.get({q})) is list and {s}.issubset(ans[{q}]))"
                return f"(ans.get({q}) in {s} and {len(c.all_of)} == 1)"
            if c.none_of is not None:
                s = const(frozenset(c.none_of))
                if multi:
                    return f"(type(ans.get({q})) is list and {s}.isdisjoint(ans[{q}]))"
                return f"(ans.get({q}) not in (None, 'dont_know') and ans.get({q}) not in {s})"
            if c.at_most is not None:
                return f"(val.get({q}, 99.0) <= {c.at_most!r})"
            return f"(val.get({q}, -99.0) >= {c.at_least!r})"
        if isinstance(c, LevelCond):
            lv = repr(c.level)
            if c.below is not None:
                return f"(lev.get({lv}) is not None and lev[{lv}] < {c.below!r})"
            return f"(lev.get({lv}) is not None and lev[{lv}] >= {c.at_least!r})"
        if isinstance(c, AllCond):
            return "(" + " and ".join(expr(x) for x in c.all) + ")"
        if isinstance(c, AnyCond):
            return "(" + " or ".join(expr(x) for x in c.any) + ")"
        assert isinstance(c, NotCond)
        return f"(not {expr(c.not_)})"

    lines = ["def check(ans, val, lev):", "    fired = []"]
    for s in sorted(cq.q.signals, key=lambda s: SEVERITY_RANK[s.severity]):
        lines.append(f"    if {expr(s.when)}:")
        lines.append(f"        fired.append({(s.id, s.severity)!r})")
    lines.append("    return tuple(fired)")
    namespace: dict[str, Any] = dict(consts)
    exec(compile("\n".join(lines), f"<signals of {cq.id} {cq.version}>", "exec"), namespace)
    return namespace["check"]  # type: ignore[no-any-return]


def cq_signals(cq: Compiled) -> list[tuple[str, str, Test]]:
    cached: list[tuple[str, str, Test]] | None = getattr(cq, "_signals", None)
    if cached is None:
        ordered = sorted(cq.q.signals, key=lambda s: SEVERITY_RANK[s.severity])
        cached = [(s.id, s.severity, compile_condition(s.when)) for s in ordered]
        cq._signals = cached  # type: ignore[attr-defined]
    return cached


def question_values(cq: Compiled, sheet: AnswerSheet) -> dict[str, float]:
    """The scored 0..4 value of each answered question that counts for the respondent's role."""
    out = {}
    for qid, a in sheet.answers.items():
        q = cq.questions[qid]
        if q.slot >= 0 and a != DONT_KNOW and (sheet.role is None or sheet.role in q.roles):
            v = cq.value(q, a)
            if v is not None:
                out[qid] = v
    return out
