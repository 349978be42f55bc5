"""The instrument tells the truth (issue #9), on version 2 of every sector's questionnaire: facts an
optimist cannot bend, a hinge resting on facts, a consistency signal, and no answer that gives
itself away."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assess.answers import check_answers
from assess.model import ConsistencyCond, Question, Questionnaire, iter_conditions
from assess.scoring import score
from assess.vocab import LEVEL_IDS

SECTORS = ("housing", "municipality", "social-economy")
# words that name the "right" answer or the scoring; no help text or level intro may hold them
VERDICT_WORDS = re.compile(
    r"\b(réussi\w*|bonne pratique|bonnes pratiques|idéal\w*|valeur|score\w*|points|l'étude montre|"
    r"point décisif|en mieux|mieux vécu|"  # version 1's help texts that named the case the study favours
    r"success\w*|best practice|ideal\w*|value|scor\w*|the study shows|where it worked|decisive point|"
    r"for the better|better received)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module", params=SECTORS)
def v2(request, catalog) -> tuple[Questionnaire, Any]:
    q = catalog.questionnaire(request.param)
    assert q.major >= 2, f"{request.param}: version 2 is not the latest installed"
    return q, catalog.plan_for(q.id, q.version)


def _pole(q: Question, pole: str) -> Any:
    """The answer at the digital ("min") or socio-professional ("max") pole of a scored question."""
    if q.type == "scale":
        assert q.scale is not None
        return q.scale.min if pole == "min" else q.scale.max
    plain = [o for o in q.options if o.value is not None]
    if q.type == "single":
        return (min if pole == "min" else max)(plain, key=lambda o: o.value).id
    if pole == "min":
        return [min(plain, key=lambda o: o.value).id]
    best = max(o.value for o in plain if not o.exclusive)
    return [o.id for o in plain if not o.exclusive and o.value == best]


def _answer_strategy(q: Question) -> st.SearchStrategy[Any]:
    if q.type == "scale":
        assert q.scale is not None
        return st.integers(q.scale.min, q.scale.max)
    ids = [o.id for o in q.options]
    if q.type == "single":
        return st.sampled_from(ids)
    plain = [o.id for o in q.options if not o.exclusive]
    return st.lists(st.sampled_from(plain), min_size=1, max_size=len(plain), unique=True)


def _doc(q: Questionnaire, answers: dict[str, Any], role: str) -> dict[str, Any]:
    return {
        "format": "assess-answers/1",
        "questionnaire": {"id": q.id, "version": q.version},
        "organisation": {"id": "o"},
        "respondent": {"id": "r", "role": role},
        "answers": answers,
    }


def _card(q: Questionnaire, plan: Any, answers: dict[str, Any], role: str) -> Any:
    checked = check_answers(plan, _doc(q, answers, role))
    return score(plan, checked.sheet.answers, checked.values, role)


def test_every_level_has_two_facts(v2) -> None:
    q, _ = v2
    for lv in LEVEL_IDS:
        facts = [x.id for x in q.questions if x.level == lv and x.nature == "fact"]
        assert len(facts) >= 2, (q.id, lv, facts)


def test_the_hinge_rests_on_facts(v2) -> None:
    q, plan = v2
    assert q.scoring.hinge.requires is not None
    read = {c.answer for c in iter_conditions(q.scoring.hinge.requires) if hasattr(c, "answer")}
    assert read and all(q.question(x).nature == "fact" for x in read), read
    assert plan.meets_hinge_requirement is not None


@pytest.mark.parametrize("role", ["direction", "field"])
def test_digital_facts_are_never_socio_professional_whatever_the_opinions(v2, role: str) -> None:
    q, plan = v2
    facts = {x.id: _pole(x, "min") for x in q.questions if x.nature == "fact" and role in x.roles}
    opinions = [x for x in q.questions if x.scored and x.nature == "opinion" and role in x.roles]

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.fixed_dictionaries({x.id: _answer_strategy(x) for x in opinions}))
    def check(opinion_answers: dict[str, Any]) -> None:
        card = _card(q, plan, {**opinion_answers, **facts}, role)
        assert card.trajectory != "socio-professional", (card.levels, card.placement)

    check()
    # and with the most flattering opinions of all, a consistency signal says so on every level
    flattering = {x.id: _pole(x, "max") for x in opinions}
    card = _card(q, plan, {**flattering, **facts}, role)
    assert card.trajectory != "socio-professional"
    fired = {sid for sid, _ in card.signals}
    consistency = {
        s.id: c.consistency for s in q.signals for c in iter_conditions(s.when) if isinstance(c, ConsistencyCond)
    }
    levels_told = {lv for sid, lv in consistency.items() if sid in fired}
    asked = {x.level for x in opinions} & {x.level for x in q.questions if x.id in facts}
    assert asked <= levels_told, (q.id, role, asked - levels_told)


def test_no_option_order_follows_the_value(v2) -> None:
    q, _ = v2
    singles = [x for x in q.questions if x.scored and x.type == "single" and len(x.options) >= 3]
    monotonic = []
    for x in singles:
        values = [o.value for o in x.options]
        if values == sorted(values) or values == sorted(values, reverse=True):
            monotonic.append(x.id)
    assert len(monotonic) <= len(singles) // 3, (q.id, monotonic)
    # the socio-professional option is not usually the last one, nor usually the longest
    last = [x.id for x in singles if max(x.options, key=lambda o: o.value or 0) is x.options[-1]]
    assert len(last) <= len(singles) // 2, (q.id, last)
    longest = [
        x.id
        for x in singles
        if max(x.options, key=lambda o: len(o.label["fr"])) is max(x.options, key=lambda o: o.value)
    ]
    assert len(longest) <= len(singles) // 2, (q.id, longest)


def test_help_texts_and_intros_name_no_right_answer(catalog) -> None:
    """Every installed version, not only the latest: a draft begun on version 1 is resumed on it, and
    its respondent reads its help texts."""
    bad = []
    for e in catalog.every_version():
        if e.id in SECTORS:
            bad += [(e.id, e.version, where, word) for where, word in _verdicts(catalog.questionnaire(e.id, e.version))]
    assert not bad, bad


def _verdicts(q: Questionnaire) -> list[tuple[str, str]]:
    texts = [(f"{x.id}.help.{lang}", x.help[lang]) for x in q.questions for lang in x.help]
    texts += [(f"{lv.id}.intro.{lang}", lv.intro[lang]) for lv in q.levels for lang in lv.intro]
    return [(where, m.group(0)) for where, text in texts if (m := VERDICT_WORDS.search(text))]


def test_older_versions_stay_installed_and_score(catalog) -> None:
    for sector in SECTORS:
        old = catalog.questionnaire(sector, "1.0.0")
        assert old.version == "1.0.0" and catalog.questionnaire(sector).major >= 2
        plan = catalog.plan_for(sector, "1.0.0")
        answers = {x.id: _pole(x, "max") for x in old.questions if x.scored}
        checked = check_answers(plan, _doc(old, answers, "field"))
        card = score(plan, checked.sheet.answers, checked.values, "field")
        assert card.trajectory == "socio-professional", sector  # scored with its own version
        assert any("newer version" in w for w in checked.sheet.warnings)
