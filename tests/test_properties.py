"""Property tests of the scoring invariants (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assess.api import aggregate, parse_answers, score
from assess.records import organisation_record
from assess.vocab import LEVEL_IDS, ROLES

from .conftest import blank, bundled_catalog

CATALOG = bundled_catalog()
HOUSING = CATALOG.questionnaire("housing")
CQ = CATALOG.plan_for("housing")
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def answer_for(q) -> st.SearchStrategy[Any]:
    choices: list[st.SearchStrategy[Any]] = [st.none()]
    if q.dont_know and q.type != "text":
        choices.append(st.just("dont_know"))
    if q.type == "single":
        choices.append(st.sampled_from([o.id for o in q.options]))
    elif q.type == "multi":
        plain = [o.id for o in q.options if not o.exclusive]
        excl = [o.id for o in q.options if o.exclusive]
        choices.append(st.lists(st.sampled_from(plain), min_size=1, unique=True))
        if excl:
            choices.append(st.sampled_from(excl).map(lambda x: [x]))
    elif q.type == "scale":
        choices.append(st.integers(q.scale.min, q.scale.max))
    else:
        choices.append(st.text(max_size=20))
    return st.one_of(*choices)


answers_strategy = st.fixed_dictionaries({q.id: answer_for(q) for q in HOUSING.questions})
role_strategy = st.sampled_from([*ROLES, None])


def sheet(answers: dict[str, Any], role: str | None = "field", rid: str = "r"):
    return parse_answers(CQ, blank(version=HOUSING.version, answers=answers, role=role, rid=rid))


@SETTINGS
@given(answers_strategy, role_strategy)
def test_positions_stay_in_range_and_hinge_holds(answers, role) -> None:
    card = score(CQ, sheet(answers, role))
    for ls in card.levels.values():
        assert 0.0 <= ls.coverage <= 1.0
        assert ls.position is None or 0.0 <= ls.position <= 100.0
    assert card.position is None or 0.0 <= card.position <= 100.0
    reorg = card.levels["reorganisation"].position
    if reorg is None:
        assert card.trajectory == "undetermined"
    elif reorg < HOUSING.scoring.hinge.below:
        assert card.trajectory != "socio-professional"
    if card.placement.requirement is False:  # the facts do not describe a prior reorganisation
        assert card.trajectory != "socio-professional"
    if card.hinge:
        assert card.trajectory == "hybrid" and reorg is not None
        assert reorg < HOUSING.scoring.hinge.below or card.placement.requirement is False


@SETTINGS
@given(
    answers_strategy,
    st.sampled_from([q for q in HOUSING.questions if q.scored and q.type in ("single", "scale")]),
    st.data(),
)
def test_a_more_socio_professional_answer_never_lowers_its_level(answers, q, data) -> None:
    if q.type == "single":
        values = sorted({o.value for o in q.options})
        lo_v = data.draw(st.sampled_from(values))
        hi_v = data.draw(st.sampled_from([v for v in values if v >= lo_v]))
        lo = next(o.id for o in q.options if o.value == lo_v)
        hi = next(o.id for o in q.options if o.value == hi_v)
    else:
        lo = data.draw(st.integers(q.scale.min, q.scale.max))
        hi = data.draw(st.integers(lo, q.scale.max))
    before = score(CQ, sheet({**answers, q.id: lo}))
    after = score(CQ, sheet({**answers, q.id: hi}))
    slot = q.level
    if slot == "depth":
        assert (after.depth_score or 0) >= (before.depth_score or 0)
        return
    b, a = before.levels[slot].position, after.levels[slot].position
    assert (b is None) == (a is None)
    if b is not None:
        assert a >= b
    if before.position is not None and after.position is not None:
        assert after.position >= before.position


@SETTINGS
@given(answers_strategy, st.randoms())
def test_order_of_answers_changes_nothing(answers, rnd) -> None:
    items = list(answers.items())
    rnd.shuffle(items)
    assert score(CQ, sheet(answers)) == score(CQ, sheet(dict(items)))


@SETTINGS
@given(st.lists(st.tuples(answers_strategy, role_strategy), min_size=1, max_size=8), st.randoms())
def test_order_of_respondents_changes_nothing(people, rnd) -> None:
    items = [sheet(answers, role, f"r{i}") for i, (answers, role) in enumerate(people)]
    shuffled = list(items)
    rnd.shuffle(shuffled)
    a = organisation_record(aggregate(CQ, items))
    b = organisation_record(aggregate(CQ, shuffled))
    assert a == b
    # no role group below the minimum size is ever shown
    for g in a["groups"]:
        assert g["respondents"] >= HOUSING.scoring.min_group_size
    for lv in LEVEL_IDS:
        p = a["levels"][lv]["position"]
        assert p is None or 0 <= p <= 100
