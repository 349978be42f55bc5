"""A readable reference of scoring and signals, written from DOMAIN.md against the questionnaire
model (not the compiled plan): the oracle the package's generated forms are checked against."""

from __future__ import annotations

from math import fsum
from typing import Any

from assess.model import (
    AllCond,
    AnswerCond,
    AnyCond,
    Condition,
    ConsistencyCond,
    LevelCond,
    NotCond,
    Question,
    Questionnaire,
)

DONT_KNOW = "dont_know"
LEVELS = ("strategy", "reorganisation", "data_access", "practices")


def value(q: Question, a: Any) -> float | None:
    if q.level is None or a is None or a == DONT_KNOW:
        return None
    if q.type == "single":
        return q.option(a).value
    if q.type == "scale":
        return 4.0 * (a - q.scale.min) / (q.scale.max - q.scale.min)
    if q.type == "multi" and a:
        vals = [q.option(x).value for x in a]
        return {
            "mean": lambda: sum(vals) / len(vals),
            "max": lambda: max(vals),
            "min": lambda: min(vals),
            "sum": lambda: min(4.0, sum(vals)),
        }[q.combine]()
    return None


def asked(q: Question, role: str | None) -> bool:
    return role is None or role in q.roles


def chosen(q: Question, answers: dict[str, Any], role: str | None) -> list[str]:
    a = answers.get(q.id)
    if not asked(q, role) or a is None or a == DONT_KNOW:
        return []
    return list(a) if isinstance(a, list) else [a]


def holds(c: Condition, q: Questionnaire, answers: dict[str, Any], values: dict, levels: dict, role) -> bool:
    if isinstance(c, AnswerCond):
        qq = q.question(c.answer)
        ch = chosen(qq, answers, role)
        if c.any_of is not None:
            return any(x in c.any_of for x in ch)
        if c.all_of is not None:
            return bool(ch) and set(c.all_of) <= set(ch)
        if c.none_of is not None:
            return bool(ch) and not any(x in c.none_of for x in ch)
        v = values.get(c.answer)
        if c.at_most is not None:
            return v is not None and v <= c.at_most
        return v is not None and v >= c.at_least
    if isinstance(c, ConsistencyCond):
        # opinions against facts on the level: each side's weighted mean position of answered questions
        # (exact sums, as for the levels)
        sides = {}
        for nature in ("fact", "opinion"):
            qs = [qq for qq in q.questions if qq.level == c.consistency and qq.nature == nature and qq.id in values]
            w = fsum(qq.weight for qq in qs)
            sides[nature] = fsum(qq.weight * values[qq.id] for qq in qs) / w if w else None
        return None not in sides.values() and 25.0 * (sides["opinion"] - sides["fact"]) >= c.gap
    if isinstance(c, LevelCond):
        p = levels.get(c.level)
        if p is None:
            return False
        return p < c.below if c.below is not None else p >= c.at_least
    if isinstance(c, AllCond):
        return all(holds(x, q, answers, values, levels, role) for x in c.all)
    if isinstance(c, AnyCond):
        return any(holds(x, q, answers, values, levels, role) for x in c.any)
    assert isinstance(c, NotCond)
    return not holds(c.not_, q, answers, values, levels, role)


def reference_score(q: Questionnaire, answers: dict[str, Any], role: str | None) -> dict[str, Any]:
    """Levels, depth, placement and signals as DOMAIN.md defines them."""
    sc = q.scoring
    values = {}
    for qq in q.questions:
        if asked(qq, role) and qq.id in answers:
            v = value(qq, answers[qq.id])
            if v is not None:
                values[qq.id] = v
    out: dict[str, Any] = {}
    positions: dict[str, float | None] = {}
    for slot in (*LEVELS, "depth"):
        qs = [qq for qq in q.questions if qq.level == slot and asked(qq, role)]
        total = sum(qq.weight for qq in qs)
        # exact sums (math.fsum): the order of answers never changes a position
        answered = fsum(qq.weight for qq in qs if qq.id in values)
        weighted = fsum(qq.weight * values[qq.id] for qq in qs if qq.id in values)
        cov = answered / total if total else 0.0
        pos = round(25.0 * weighted / answered, 1) if answered and cov >= sc.coverage_min else None
        out[slot] = (pos, round(cov, 3))
        positions[slot] = pos
    missing = tuple(lv for lv in LEVELS if positions[lv] is None)
    met = None if sc.hinge.requires is None else holds(sc.hinge.requires, q, answers, values, positions, role)
    if sc.hinge.level in missing or len(missing) >= 2:
        placement = (None, "undetermined", False, met)
    else:
        known = [(q.level(lv).weight, positions[lv]) for lv in LEVELS if positions[lv] is not None]
        num = 0.0
        den = 0.0
        for w, p in known:
            num += w * p
            den += w
        pos = round(num / den, 1)
        label = (
            "digital"
            if pos < sc.bands.digital_below
            else "hybrid"
            if pos < sc.bands.socio_professional_from
            else "socio-professional"
        )
        hinge = label == "socio-professional" and (positions[sc.hinge.level] < sc.hinge.below or met is False)
        placement = (pos, "hybrid" if hinge else label, hinge, met)
    rank = {"high": 0, "medium": 1, "low": 2}
    signals = tuple(
        (s.id, s.severity)
        for s in sorted(q.signals, key=lambda s: rank[s.severity])
        if holds(s.when, q, answers, values, positions, role)
    )
    return {"slots": out, "placement": placement, "signals": signals, "values": values}


def card_view(card) -> dict[str, Any]:
    """A ScoreCard in the oracle's shape."""
    slots = {lv: (card.levels[lv].position, card.levels[lv].coverage) for lv in LEVELS}
    slots["depth"] = (card.depth_score, card.depth_coverage)
    p = card.placement
    return {"slots": slots, "placement": (p.position, p.trajectory, p.hinge, p.requirement), "signals": card.signals}
