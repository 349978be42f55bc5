"""The three sector questionnaires: size, structure, sources, languages, signals, and the examples."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assess.api import score
from assess.loader import load_questionnaire
from assess.model import LEVEL_IDS, AllCond, AnswerCond, AnyCond, Condition, ConsistencyCond, LevelCond, Questionnaire
from assess.plan import compile_plan
from assess.report.context import cited_parts
from assess.sources import SOURCES

from .conftest import EXAMPLES, QUESTIONNAIRES, blank

# every bundled file: version 1 (housing.yaml, kept so that its answers still score) and version 2
SECTORS = ["housing", "municipality", "social-economy", "housing-2", "municipality-2", "social-economy-2"]


def load(sector: str) -> Questionnaire:
    return load_questionnaire(QUESTIONNAIRES / f"{sector}.yaml")


@pytest.mark.parametrize("sector", SECTORS)
def test_size_and_shape(sector: str) -> None:
    q = load(sector)
    assert q.sector == sector.removesuffix("-2") and q.languages == ["fr", "en"]
    assert 35 <= len(q.questions) <= 50
    per_level = Counter(x.level for x in q.questions)
    for lv in LEVEL_IDS:
        assert per_level[lv] >= 6, (lv, per_level)
    assert per_level["depth"] >= 3
    assert 2 <= per_level[None] <= 6  # a few unscored context questions
    assert len(q.signals) >= 10
    severities = {s.severity for s in q.signals}
    assert {"high", "medium"} <= severities


@pytest.mark.parametrize("sector", SECTORS)
def test_french_and_english_are_both_complete(sector: str) -> None:
    q = load(sector)
    same = []
    for where, text in q.iter_texts():
        assert text.get("fr", "").strip() and text.get("en", "").strip(), where
        if "question" in where and ": text" in where and text["fr"] == text["en"]:
            same.append(where)
    assert same == []  # no question left untranslated


@pytest.mark.parametrize("sector", SECTORS)
def test_every_question_and_signal_has_a_source(sector: str) -> None:
    q = load(sector)
    for item in [*q.questions, *q.signals]:
        assert item.source.doc in SOURCES and len(item.source.ref) >= 3, item.id
    for item in q.questions:
        assert len(item.help["fr"]) > 30, item.id  # a real sentence on why it matters
    docs = {x.source.doc for x in q.questions}
    assert "bretesche2024" in docs


def satisfy(c: Condition, q: Questionnaire) -> tuple[dict, list[tuple[str, str]]]:
    """Answers (and levels to push to a pole) that make condition c true."""
    if isinstance(c, AnswerCond):
        qq = q.question(c.answer)
        if c.any_of is not None:
            return {qq.id: [c.any_of[0]] if qq.type == "multi" else c.any_of[0]}, []
        if c.all_of is not None:
            return {qq.id: list(c.all_of) if qq.type == "multi" else c.all_of[0]}, []
        if c.none_of is not None:
            other = next(o.id for o in qq.options if o.id not in c.none_of)
            return {qq.id: [other] if qq.type == "multi" else other}, []
        pick = min if c.at_most is not None else max
        if qq.type == "scale":
            return {qq.id: qq.scale.min if pick is min else qq.scale.max}, []
        o = pick(qq.options, key=lambda o: o.value)
        return {qq.id: [o.id] if qq.type == "multi" else o.id}, []
    if isinstance(c, LevelCond):
        return {}, [(c.level, "min" if c.below is not None else "max")]
    if isinstance(c, ConsistencyCond):  # the level's facts at the digital pole, its opinions at the other
        facts = {x.id for x in q.questions if x.level == c.consistency and x.nature == "fact"}
        low = extreme(q, "min", c.consistency)
        return {k: v for k, v in low.items() if k in facts}, [(c.consistency, "max")]
    if isinstance(c, AllCond):
        answers: dict = {}
        levels: list = []
        for sub in c.all:
            a, lv = satisfy(sub, q)
            answers.update(a)
            levels += lv
        return answers, levels
    if isinstance(c, AnyCond):
        return satisfy(c.any[0], q)
    raise AssertionError("no 'not' conditions in the bundled questionnaires")


def extreme(q: Questionnaire, pole: str, level: str | None = None) -> dict:
    out = {}
    for qq in q.questions:
        if not qq.scored or (level is not None and qq.level != level):
            continue
        if qq.type == "scale":
            out[qq.id] = qq.scale.max if pole == "max" else qq.scale.min
        elif qq.type == "single":
            out[qq.id] = (max if pole == "max" else min)(qq.options, key=lambda o: o.value).id
        else:
            opts = [o for o in qq.options if not o.exclusive]
            out[qq.id] = [o.id for o in opts if o.value] if pole == "max" else [min(opts, key=lambda o: o.value).id]
    return out


@pytest.mark.parametrize("sector", SECTORS)
def test_every_signal_is_reachable_and_silent_at_the_socio_professional_pole(sector: str) -> None:
    q = load(sector)
    cq = compile_plan(q)
    best = extreme(q, "max")
    card = score(cq, blank(qid=q.id, version=q.version, answers=best))
    assert card.signals == () and card.trajectory == "socio-professional"
    for s in q.signals:
        answers, levels = satisfy(s.when, q)
        trial = dict(best)
        for lv, pole in levels:
            trial.update(extreme(q, pole, lv))
        trial.update(answers)
        card = score(cq, blank(qid=q.id, version=q.version, answers=trial))
        assert s.id in {sid for sid, _ in card.signals}, s.id


def org_results(sector: str) -> dict:
    from typer.testing import CliRunner

    from assess.cli import app

    r = CliRunner().invoke(app, ["score", str(EXAMPLES / sector), "--by-organisation", "-f", "json"])
    assert r.exit_code == 0, r.output
    return {o["organisation"]["id"]: o for o in json.loads(r.stdout)}


def signal_ids(o: dict) -> set[str]:
    return {s["id"] for s in o["signals"]}


def flagged(o: dict) -> dict[str, dict]:
    return {g["level"]: g for g in o["gaps"] if g["flagged"]}


def test_housing_examples_land_where_the_study_says() -> None:
    orgs = org_results("housing")
    logemer, logeterre = orgs["logemer"], orgs["logeterre"]
    assert logemer["trajectory"] == "digital" and not logemer["hinge"]
    assert logemer["levels"]["reorganisation"]["position"] < 40  # no hinge moment at Logemer
    assert {
        "tools_before_reorganisation",
        "tool_stacking",
        "extraction_without_feedback",
        "no_relay_actor",
        "field_without_rights",
        "click_work",
    } <= signal_ids(logemer)
    # leadership and agency staff do not see the same thing (the study's interviews)
    gaps = flagged(logemer)
    assert "practices" in gaps and gaps["practices"]["high"] == "direction" and gaps["practices"]["low"] == "field"
    assert logeterre["trajectory"] == "socio-professional" and not logeterre["hinge"]
    assert logeterre["levels"]["reorganisation"]["position"] >= 80  # reorganisation came first
    assert not flagged(logeterre)
    assert logeterre["depth"]["stage"] == "transformation"


def test_municipality_examples() -> None:
    orgs = org_results("municipality")
    vdm, bellerive = orgs["ville-val-de-marne"], orgs["bellerive"]
    assert vdm["trajectory"] == "digital"
    assert vdm["levels"]["reorganisation"]["position"] < 40
    assert {
        "no_governance",
        "uneven_adoption",
        "fragmented_network",
        "redundant_channels",
    } <= signal_ids(vdm)
    # equipment is a means, not the trajectory (issue #9): no signal recommends it first
    assert "no_mobile_equipment" not in signal_ids(vdm)
    assert vdm["hinge_requirement"] is False and bellerive["hinge_requirement"] is True
    assert vdm["depth"]["stage"] == "digitalisation"  # a full citizen portal on a fragmented base
    assert bellerive["trajectory"] == "socio-professional" and not bellerive["hinge"]
    assert "no_governance" not in signal_ids(bellerive)


def test_social_economy_examples() -> None:
    orgs = org_results("social-economy")
    asso, relais = orgs["asso-insertion"], orgs["le-relais"]
    assert asso["trajectory"] == "digital"
    assert {
        "top_down_choice",
        "funder_indicators",
        "oral_workarounds",
        "digital_help_overload",
        "unrecognised_digital_work",
        "platform_stacking",
    } <= signal_ids(asso)
    gaps = flagged(asso)
    # the direction sees its tools as a help; the teams as a constraint (Dumery 2024)
    assert "practices" in gaps and gaps["practices"]["high"] == "direction" and gaps["practices"]["low"] == "field"
    assert relais["trajectory"] == "socio-professional"
    assert "top_down_choice" not in signal_ids(relais)


def test_examples_cover_several_roles_per_organisation() -> None:
    for path in sorted(EXAMPLES.iterdir()):
        if not path.is_dir() or path.name in ("rounds", "people"):  # one organisation over rounds; the sources
            continue
        roles: dict[str, set[str]] = {}
        for f in path.glob("*.json"):
            doc = json.loads(f.read_text(encoding="utf-8"))
            roles.setdefault(doc["organisation"]["id"], set()).add(doc["respondent"]["role"])
        assert len(roles) >= 2, path
        assert all(len(r) >= 3 for r in roles.values()), roles


def test_method_doc_covers_the_model() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "method.md").read_text(encoding="utf-8")
    for needle in (
        "charnière",
        "hinge",
        "coverage",
        "Dudézert",
        "Bretesché",
        "Sociologie du travail",
        "Blanc",
        "Dumery",
        "gap",
        "self-assessment",
        "40",
        "60",
        "25",
    ):
        assert needle in doc, needle


@pytest.mark.parametrize("sector", SECTORS)
def test_a_note_naming_dudezert_cites_bretesche_who_quotes_him(sector: str) -> None:
    """Dudézert (2018) is known here only through Bretesché 2024 (§1, assess/sources.py): the municipality's
    depth question cited Blanc alone for "digitalisation after Dudézert", and the report said « Source : Blanc »,
    a text that does not name him."""
    q = load(sector)
    for item in [*q.questions, *q.signals]:
        if "Dudézert" in item.source.ref:
            assert "bretesche2024" in dict(cited_parts(item.source.doc, item.source.ref)), (item.id, item.source.ref)
