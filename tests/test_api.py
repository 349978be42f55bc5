"""The library API works without the command line."""

from __future__ import annotations

import json

import pytest

import assess

from .conftest import EXAMPLES, uniform


def test_api_scores_aggregates_and_renders(housing) -> None:
    q = assess.get_questionnaire("housing")
    card = assess.score(q, uniform(q, "max", version=q.version))
    assert card.trajectory == "socio-professional" and card.position == 100.0
    sheets = [s.sheet for f in sorted((EXAMPLES / "housing").glob("logemer-*.json")) for s in assess.read_answers(f)]
    result = assess.aggregate(q, sheets)
    assert result.placement.trajectory == "digital" and result.respondents == 10
    html = assess.render_report(assess.build_report_context(q, sheets, "en"))
    assert html.startswith("<!DOCTYPE html>") and "Logemer" in html


def test_api_errors_are_assess_errors(tmp_path) -> None:
    q = assess.get_questionnaire("housing")
    with pytest.raises(assess.AnswersError, match="unknown option"):
        assess.score(q, uniform(q, "max") | {"answers": {"str_goal": "nope"}})
    with pytest.raises(assess.UnknownQuestionnaire):
        assess.get_questionnaire("castle")
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"format": "assess-answers/1"}), encoding="utf-8")
    with pytest.raises(assess.AssessError):
        assess.read_answers(p)
    with pytest.raises(AttributeError):
        assess.no_such_thing  # noqa: B018


def test_every_public_name_resolves() -> None:
    for name in assess.__all__:
        assert getattr(assess, name) is not None, name
    assert callable(assess.aggregate) and callable(assess.score)
