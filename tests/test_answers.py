"""Answers are validated against the questionnaire they name; every problem is reported."""

from __future__ import annotations

import pytest

from assess.answers import AnswerFile
from assess.batch import Scorer
from assess.errors import AnswersError

from .conftest import blank


def problems(registry, obj) -> list[str]:
    with pytest.raises(AnswersError) as ei:
        Scorer(registry).sheet(obj, "f.json", None)
    return [str(p) for p in ei.value.problems]


def test_valid_sheet(registry) -> None:
    obj = blank(
        answers={
            "str_goal": "cut_costs",
            "dat_mobile_rights": ["read_building"],
            "pra_days_on_site": 2,
            "reo_relay": "dont_know",
            "ctx_remarks": "texte",
            "reo_timing": None,
        }
    )
    _, sheet = Scorer(registry).sheet(obj, "f.json", None)
    assert sheet.answers == {
        "str_goal": "cut_costs",
        "dat_mobile_rights": ["read_building"],
        "pra_days_on_site": 2,
        "reo_relay": "dont_know",
        "ctx_remarks": "texte",
    }
    assert sheet.role == "field" and sheet.organisation_id == "org1"


def test_every_problem_is_listed_with_question_id(registry) -> None:
    obj = blank(
        answers={
            "nope": "x",  # unknown question
            "str_goal": "cut_cost",  # unknown option
            "str_magic": ["magic"],  # wrong type
            "pra_days_on_site": 9,  # out of range
            "dat_mobile_rights": ["nothing", "read_building"],  # exclusive option with others
            "ctx_remarks": 3,  # text expected
        }
    )
    obj["respondent"]["role"] = "boss"
    msgs = "\n".join(problems(registry, obj))
    for expected in (
        "f.json: nope: unknown question",
        "str_goal: unknown option 'cut_cost'",
        "str_magic: expected one option id",
        "pra_days_on_site: 9 is outside the scale 0..5",
        "dat_mobile_rights: option 'nothing' excludes the others",
        "ctx_remarks: expected text",
        "respondent.role: unknown role 'boss'",
    ):
        assert expected in msgs, msgs


def test_dont_know_where_not_allowed(registry, tmp_path) -> None:
    from assess.loader import load_registry

    text = (registry.path_of(registry.get("housing"))).read_text(encoding="utf-8")
    text = text.replace(
        "  - id: str_goal\n    level: strategy\n", "  - id: str_goal\n    level: strategy\n    dont_know: false\n"
    )
    (tmp_path / "h.yaml").write_text(text.replace("version: 1.0.0", "version: 1.1.0"), encoding="utf-8")
    reg = load_registry([tmp_path])
    msgs = problems(reg, blank(version="1.1.0", answers={"str_goal": "dont_know"}))
    assert any('"dont_know" is not allowed' in m for m in msgs)


def test_unknown_questionnaire_and_major_mismatch(registry) -> None:
    assert "unknown questionnaire 'castle'" in problems(registry, blank(qid="castle"))[0]
    msg = problems(registry, blank(version="2.0.0"))[0]
    assert "version 2.0.0" in msg and "not scored" in msg


def test_minor_mismatch_scores_with_warning(registry) -> None:
    _, sheet = Scorer(registry).sheet(blank(version="1.3.0", answers={"str_goal": "cut_costs"}), "f", None)
    assert sheet.warnings and "1.3.0" in sheet.warnings[0]
    _, sheet = Scorer(registry).sheet(blank(version="1.0.7"), "f", None)
    assert sheet.warnings == []


def test_header_problems(registry) -> None:
    assert "not an answers file" in problems(registry, {"answers": {}})[0]
    assert "unsupported format" in problems(registry, {"format": "assess-answers/9"})[0]
    assert "expected a JSON object" in problems(registry, [1, 2])[0]
    obj = blank()
    del obj["organisation"]
    assert 'missing "organisation"' in problems(registry, obj)[0]


def test_schema_and_validator_agree_on_examples(registry) -> None:
    import json

    from .conftest import EXAMPLES

    for path in sorted(EXAMPLES.rglob("*.json")):
        obj = json.loads(path.read_text(encoding="utf-8"))
        AnswerFile.model_validate(obj)
        Scorer(registry).sheet(obj, str(path), None)


def test_roundtrip_to_json(registry) -> None:
    obj = blank(answers={"str_goal": "cut_costs"})
    obj["comments"] = {"str_goal": "<b>hi</b>"}
    _, sheet = Scorer(registry).sheet(obj, "f", None)
    assert sheet.to_json() == {**obj, "respondent": {"id": "r1", "role": "field"}}
