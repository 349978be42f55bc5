"""Scoring invariants of DOMAIN.md, on hand-checked cases."""

from __future__ import annotations

import pytest

from assess.api import score
from assess.scoring import place

from .conftest import blank, uniform


def card_of(plan, obj):
    return score(plan, obj)


def test_all_socio_professional_and_all_digital(plan, housing) -> None:
    top = card_of(plan, uniform(housing, "max"))
    assert all(ls.position == 100.0 and ls.coverage == 1.0 for ls in top.levels.values())
    assert (top.position, top.trajectory, top.hinge) == (100.0, "socio-professional", False)
    assert top.depth_score == 100.0 and top.depth_stage == "transformation"
    assert top.signals == ()
    low = card_of(plan, uniform(housing, "min"))
    assert (low.position, low.trajectory) == (0.0, "digital")
    assert low.depth_stage == "numerisation"
    fired = {s for s, _ in low.signals}
    assert {"tools_before_reorganisation", "tool_stacking", "no_relay_actor", "click_work"} <= fired
    severities = [sev for _, sev in low.signals]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)


def test_level_position_is_weighted_mean(plan) -> None:
    # reorganisation: reo_timing (w2) before=4 -> 100, reo_relay (w2) technical_lead=1 -> 25,
    # reo_cross_groups (w1) occasional=2 -> 50, reo_workload (w1) no=0, reo_simulation (w1) always=4
    # answered weight 7 of 10 -> coverage .7; position = (2*100 + 2*25 + 50 + 0 + 100) / 7 = 57.1
    obj = blank(
        answers={
            "reo_timing": "before",
            "reo_relay": "technical_lead",
            "reo_cross_groups": "occasional",
            "reo_workload": "not_at_all",
            "reo_simulation": "always",
        }
    )
    card = card_of(plan, obj)
    assert card.levels["reorganisation"].coverage == 0.7
    assert card.levels["reorganisation"].position == 57.1


def test_dont_know_and_skips_lower_coverage_until_insufficient(plan) -> None:
    obj = blank(answers={"reo_timing": "before", "reo_relay": "dont_know", "reo_cross_groups": "occasional"})
    card = card_of(plan, obj)
    assert card.levels["reorganisation"].coverage == 0.3
    assert card.levels["reorganisation"].position is None
    assert card.levels["reorganisation"].status == "insufficient"
    assert card.trajectory == "undetermined" and card.position is None
    assert "reorganisation" in card.placement.missing


def test_multi_sum_and_scale_values(plan) -> None:
    q = plan.questions
    assert q["dat_mobile_rights"].value(["read_building", "open_request"]) == 2.0
    assert q["dat_mobile_rights"].value(["nothing"]) == 0.0
    assert q["pra_days_on_site"].value(5) == 4.0
    assert q["pra_days_on_site"].value(0) == 0.0
    assert q["ctx_tools"].value(["bim"]) is None


def test_questions_not_meant_for_role_do_not_count(plan, housing) -> None:
    # every housing question is for every role; totals per role equal the overall totals
    assert plan.totals["field"] == plan.totals[None]


def test_band_edges_and_hinge(plan) -> None:
    lv = dict.fromkeys(["strategy", "reorganisation", "data_access", "practices"], 39.9)
    assert place(plan, lv).trajectory == "digital"
    lv = dict.fromkeys(lv, 40.0)
    assert place(plan, lv).trajectory == "hybrid"
    lv = dict.fromkeys(lv, 60.0)
    assert place(plan, lv).trajectory == "socio-professional"
    capped = place(plan, {**lv, "strategy": 100.0, "data_access": 100.0, "practices": 100.0, "reorganisation": 39.0})
    assert (capped.trajectory, capped.hinge) == ("hybrid", True)
    assert capped.position == 84.8
    # a hinge level at exactly 0 is below the threshold like any other low value
    zero = place(plan, {**lv, "strategy": 100.0, "data_access": 100.0, "practices": 100.0, "reorganisation": 0.0})
    assert (zero.trajectory, zero.hinge) == ("hybrid", True)


def test_undetermined_with_two_insufficient_levels(plan) -> None:
    p = place(plan, {"strategy": None, "reorganisation": 80.0, "data_access": None, "practices": 90.0})
    assert p.trajectory == "undetermined" and p.missing == ("strategy", "data_access")
    one = place(plan, {"strategy": None, "reorganisation": 80.0, "data_access": 70.0, "practices": 90.0})
    assert one.trajectory == "socio-professional" and one.position == 80.0


@pytest.mark.parametrize(
    ("answers", "signal", "fires"),
    [
        ({"dat_hq_requests": "daily", "dat_feedback": "never"}, "extraction_without_feedback", True),
        ({"dat_hq_requests": "daily", "dat_feedback": "regularly"}, "extraction_without_feedback", False),
        ({"dat_hq_requests": "daily", "dat_feedback": "dont_know"}, "extraction_without_feedback", False),
        ({"dat_tenant_file": "ask_head_office"}, "field_without_rights", True),
        ({"dat_tenant_file": "partial"}, "field_without_rights", False),
        ({"dat_traceability": "police_delays"}, "traceability_policing", True),
    ],
)
def test_signal_conditions(plan, answers, signal, fires) -> None:
    card = card_of(plan, blank(answers=answers))
    assert (signal in {s for s, _ in card.signals}) is fires


def test_a_plan_made_again_reuses_its_compiled_code_never_its_constants(catalog) -> None:
    """Each catalogue loaded in a process (each command the tests or a library run) made its plans
    again, and compiling the generated signal functions took four fifths of it (3.3 ms a plan). The
    same source is compiled once; each function keeps its own constants."""
    from assess.plan import Plan
    from assess.scoring import _define

    lines = ["def held(x):", "    return x in _c1"]
    one, two = _define(lines, {"_c1": {1}}, "test"), _define(lines, {"_c1": {2}}, "test")
    assert one.__code__ is two.__code__
    assert (one(1), one(2), two(1), two(2)) == (True, False, False, True)
    data = catalog.entry("housing").data
    first, again = Plan.from_data(data), Plan.from_data(data)
    assert first.evaluate_signals is not again.evaluate_signals
    assert first.evaluate_signals.__code__ is again.evaluate_signals.__code__


def test_the_thresholds_hold_at_their_exact_values(plan, housing) -> None:
    """A coverage of exactly half, a gap between role groups of exactly 25 and a spread of exactly 25
    are on the rule's side (« under 50 % is insufficient », « 25 points or more »): each `>=` turned
    into `>` made no test fail (found by mutating them)."""
    from assess.answers import AnswerSheet
    from assess.organisation import Scored, aggregate, disagreement
    from assess.scoring import level_score

    assert plan.coverage_min == 0.5 and plan.gap_threshold == 25
    assert level_score(4.0, plan.coverage_min, 2.0, 4.0).position == 50.0
    assert level_score(4.0, plan.coverage_min, 1.99, 4.0).position is None

    top = score(plan, uniform(housing, "max"))

    def card(strategy: float):
        return top._replace(levels={**top.levels, "strategy": top.levels["strategy"]._replace(position=strategy)})

    for field, flagged in ((75.0, True), (75.1, False)):
        items = [
            Scored(
                AnswerSheet(housing.id, housing.version, "o", None, f"r{i}", role, {}), card(100.0 if i < 3 else field)
            )
            for i, role in enumerate(["direction"] * 3 + ["field"] * 3)
        ]
        gap = next(g for g in aggregate(plan, items).gaps if g.level == "strategy")
        assert (gap.gap, gap.flagged) == (round(100.0 - field, 1), flagged)
        agree, _ = disagreement(plan, [c for _, c in items])
        assert agree is not None and next(d for d in agree if d.level == "strategy").flagged is flagged
