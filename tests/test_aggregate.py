"""Several respondents: role means, merged small groups, perception gaps."""

from __future__ import annotations

from assess.api import aggregate, parse_answers
from assess.organisation import role_groups

from .conftest import uniform


def test_role_groups_merge_small_groups() -> None:
    assert role_groups(["field"] * 4 + ["direction"] * 3, 3) == [("direction",), ("field",)]
    # management 2 + support 1 = 3: merged into one group of their own
    assert role_groups(["field"] * 4 + ["direction"] * 3 + ["management"] * 2 + ["support"], 3) == [
        ("direction",),
        ("field",),
        ("management", "support"),
    ]
    # a lone support person joins the smallest shown group
    assert role_groups(["field"] * 4 + ["direction"] * 3 + ["support"], 3) == [("direction", "support"), ("field",)]
    # nobody can be shown apart: no groups at all
    assert role_groups(["field", "field", "direction"], 3) == []
    # a single big group is the organisation itself: no groups
    assert role_groups(["field"] * 5 + ["direction"], 3) == []


def test_gap_between_direction_and_field(plan, housing) -> None:
    items = []
    for i in range(3):
        items.append(parse_answers(plan, uniform(housing, "max", role="direction", rid=f"d{i}")))
    for i in range(3):
        items.append(parse_answers(plan, uniform(housing, "min", role="field", rid=f"f{i}")))
    r = aggregate(plan, items)
    assert r.respondents == 6 and r.roles == {"direction": 3, "field": 3}
    assert [g.roles for g in r.groups] == [("direction",), ("field",)]
    assert r.levels["practices"].position == 50.0
    assert all(g.flagged and g.gap == 100.0 and g.high == "direction" and g.low == "field" for g in r.gaps)
    top = {s.id: s.respondents for s in r.signals}
    assert top["click_work"] == 3


def test_level_needs_enough_respondents(plan, housing) -> None:
    # one respondent answered practices, two did not: the level stays insufficient for the organisation
    items = [parse_answers(plan, uniform(housing, "max", rid="a"))]
    for rid in ("b", "c"):
        obj = uniform(housing, "max", rid=rid)
        obj["answers"] = {k: v for k, v in obj["answers"].items() if not k.startswith("pra_")}
        items.append(parse_answers(plan, obj))
    r = aggregate(plan, items)
    assert r.levels["practices"].position is None
    assert r.levels["strategy"].position == 100.0
