"""Scoring invariants of DOMAIN.md, on hand-checked cases."""

from __future__ import annotations

import pytest

from assess.answers import validate_answers
from assess.scoring import place, score

from .conftest import blank, uniform


def card_of(compiled, obj):
    return score(compiled, validate_answers(compiled, obj))


def test_all_socio_professional_and_all_digital(compiled, housing) -> None:
    top = card_of(compiled, uniform(housing, "max"))
    assert all(ls.position == 100.0 and ls.coverage == 1.0 for ls in top.levels.values())
    assert (top.position, top.trajectory, top.hinge) == (100.0, "socio-professional", False)
    assert top.depth_score == 100.0 and top.depth_stage == "transformation"
    assert top.signals == ()
    low = card_of(compiled, uniform(housing, "min"))
    assert (low.position, low.trajectory) == (0.0, "digital")
    assert low.depth_stage == "numerisation"
    fired = {s for s, _ in low.signals}
    assert {"tools_before_reorganisation", "tool_stacking", "no_relay_actor", "click_work"} <= fired
    severities = [sev for _, sev in low.signals]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)


def test_level_position_is_weighted_mean(compiled) -> None:
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
    card = card_of(compiled, obj)
    assert card.levels["reorganisation"].coverage == 0.7
    assert card.levels["reorganisation"].position == 57.1


def test_dont_know_and_skips_lower_coverage_until_insufficient(compiled) -> None:
    obj = blank(answers={"reo_timing": "before", "reo_relay": "dont_know", "reo_cross_groups": "occasional"})
    card = card_of(compiled, obj)
    assert card.levels["reorganisation"].coverage == 0.3
    assert card.levels["reorganisation"].position is None
    assert card.levels["reorganisation"].status == "insufficient"
    assert card.trajectory == "undetermined" and card.position is None
    assert "reorganisation" in card.placement.missing


def test_multi_sum_and_scale_values(compiled) -> None:
    q = compiled.questions
    assert compiled.value(q["dat_mobile_rights"], ["read_building", "open_request"]) == 2.0
    assert compiled.value(q["dat_mobile_rights"], ["nothing"]) == 0.0
    assert compiled.value(q["pra_days_on_site"], 5) == 4.0
    assert compiled.value(q["pra_days_on_site"], 0) == 0.0
    assert compiled.value(q["ctx_tools"], ["bim"]) is None


def test_questions_not_meant_for_role_do_not_count(compiled, housing) -> None:
    # every housing question is for every role; totals per role equal the overall totals
    assert compiled.total_weight["field"] == compiled.total_weight[None]


def test_band_edges_and_hinge(housing) -> None:
    s = housing.scoring
    w = [1, 1, 1, 1]
    lv = dict.fromkeys(["strategy", "reorganisation", "data_access", "practices"], 39.9)
    assert place(lv, s, w).trajectory == "digital"
    lv = dict.fromkeys(lv, 40.0)
    assert place(lv, s, w).trajectory == "hybrid"
    lv = dict.fromkeys(lv, 60.0)
    assert place(lv, s, w).trajectory == "socio-professional"
    capped = place({**lv, "strategy": 100.0, "data_access": 100.0, "practices": 100.0, "reorganisation": 39.0}, s, w)
    assert (capped.trajectory, capped.hinge) == ("hybrid", True)
    assert capped.position == 84.8


def test_undetermined_with_two_insufficient_levels(housing) -> None:
    s = housing.scoring
    p = place({"strategy": None, "reorganisation": 80.0, "data_access": None, "practices": 90.0}, s, [1, 1, 1, 1])
    assert p.trajectory == "undetermined" and p.missing == ("strategy", "data_access")
    one = place({"strategy": None, "reorganisation": 80.0, "data_access": 70.0, "practices": 90.0}, s, [1, 1, 1, 1])
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
def test_signal_conditions(compiled, answers, signal, fires) -> None:
    card = card_of(compiled, blank(answers=answers))
    assert (signal in {s for s, _ in card.signals}) is fires
