"""Scoring: pure functions from an answer sheet to a score card (DOMAIN.md, "Scoring: the invariants").

No I/O here. Positions run from 0 (digital pole) to 100 (socio-professional pole); every threshold
comes from the questionnaire file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .answers import DEPTH, AnswerSheet, Compiled
from .model import DONT_KNOW, LEVEL_IDS, AllCond, AnswerCond, AnyCond, Condition, LevelCond, NotCond, Scoring

OK, INSUFFICIENT = "ok", "insufficient"
DIGITAL, HYBRID, SOCIO, UNDETERMINED = "digital", "hybrid", "socio-professional", "undetermined"
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True, slots=True)
class LevelScore:
    position: float | None  # None when insufficient
    coverage: float

    @property
    def status(self) -> str:
        return OK if self.position is not None else INSUFFICIENT


@dataclass(frozen=True, slots=True)
class Placement:
    position: float | None
    trajectory: str
    hinge: bool
    missing: tuple[str, ...]  # insufficient levels, for "what is missing"


@dataclass(frozen=True, slots=True)
class ScoreCard:
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
    role = sheet.role
    totals = cq.total_weight[role]
    answered = [0.0] * 5
    sums = [0.0] * 5
    values: dict[str, float] = {}
    answers = sheet.answers
    # questionnaire order, not answer order: float sums must not depend on how a file was written
    for qid, q in cq.questions.items():
        a = answers.get(qid)
        if a is None or q.slot < 0 or a == DONT_KNOW or (role is not None and role not in q.roles):
            continue
        v = cq.value(q, a)
        if v is None:
            continue
        values[qid] = v
        answered[q.slot] += q.weight
        sums[q.slot] += q.weight * v
    scoring = cq.q.scoring
    cmin = scoring.coverage_min
    levels: dict[str, LevelScore] = {}
    positions: dict[str, float | None] = {}
    for i, lv in enumerate(LEVEL_IDS):
        cov = answered[i] / totals[i] if totals[i] else 0.0
        pos = round(25.0 * sums[i] / answered[i], 1) if answered[i] and cov >= cmin else None
        levels[lv] = LevelScore(pos, round(cov, 3))
        positions[lv] = pos
    placement = place(positions, scoring, cq.level_weights)
    dcov = answered[DEPTH] / totals[DEPTH] if totals[DEPTH] else 0.0
    dscore = round(25.0 * sums[DEPTH] / answered[DEPTH], 1) if answered[DEPTH] and dcov >= cmin else None
    fired = tuple(
        (sid, sev) for sid, sev, test in cq_signals(cq) if test(sheet.answers, values, positions)
    )
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


def cq_signals(cq: Compiled) -> list[tuple[str, str, Test]]:
    cached: list[tuple[str, str, Test]] | None = getattr(cq, "_signals", None)
    if cached is None:
        ordered = sorted(cq.q.signals, key=lambda s: SEVERITY_RANK[s.severity])
        cached = [(s.id, s.severity, compile_condition(s.when)) for s in ordered]
        cq._signals = cached  # type: ignore[attr-defined]
    return cached


def question_values(cq: Compiled, sheet: AnswerSheet) -> dict[str, float]:
    """The scored 0..4 value of each answered question (for explanations in reports)."""
    out = {}
    for qid, a in sheet.answers.items():
        q = cq.questions[qid]
        if q.slot >= 0 and a != DONT_KNOW and (sheet.role is None or sheet.role in q.roles):
            v = cq.value(q, a)
            if v is not None:
                out[qid] = v
    return out
