"""Answers are validated against the questionnaire they name; every problem is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assess.errors import AnswersError
from assess.pipeline import Scorer

from .conftest import blank


def problems(catalog, obj) -> list[str]:
    with pytest.raises(AnswersError) as ei:
        Scorer(catalog).score_slowly(obj, None, "f.json", None)
    return [str(p) for p in ei.value.problems]


def sheet_of(catalog, obj, source="f.json"):
    return Scorer(catalog).score_slowly(obj, None, source, None).sheet


def test_valid_sheet(catalog) -> None:
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
    sheet = sheet_of(catalog, obj)
    assert sheet.answers == {
        "str_goal": "cut_costs",
        "dat_mobile_rights": ["read_building"],
        "pra_days_on_site": 2,
        "reo_relay": "dont_know",
        "ctx_remarks": "texte",
    }
    assert sheet.role == "field" and sheet.organisation_id == "org1"


def test_every_problem_is_listed_with_question_id(catalog) -> None:
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
    msgs = "\n".join(problems(catalog, obj))
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


def test_dont_know_where_not_allowed(catalog, tmp_path) -> None:
    from assess.catalog import load_catalog

    text = Path(catalog.entry("housing", "1.0.0").path).read_text(encoding="utf-8")
    text = text.replace(
        "  - id: str_goal\n    level: strategy\n", "  - id: str_goal\n    level: strategy\n    dont_know: false\n"
    )
    (tmp_path / "h.yaml").write_text(text.replace("version: 1.0.0", "version: 1.1.0"), encoding="utf-8")
    cat = load_catalog([str(tmp_path)], use_cache=False)
    msgs = problems(cat, blank(version="1.1.0", answers={"str_goal": "dont_know"}))
    assert any('"dont_know" is not allowed' in m for m in msgs)


def test_unknown_questionnaire_and_major_mismatch(catalog) -> None:
    assert "unknown questionnaire 'castle'" in problems(catalog, blank(qid="castle"))[0]
    msg = problems(catalog, blank(version="3.0.0"))[0]
    assert "version 3.0.0" in msg and "not scored" in msg


def test_minor_mismatch_scores_with_warning(catalog) -> None:
    newer = "a newer version of housing is installed (2.0.0); these answers are scored with 1.0.0"
    sheet = sheet_of(catalog, blank(version="1.3.0", answers={"str_goal": "cut_costs"}))
    assert sheet.warnings[0] == newer and "1.3.0" in sheet.warnings[1]
    sheet = sheet_of(catalog, blank(version="1.0.7"))
    assert sheet.warnings == [newer]  # answers to 1.x still score, with a note that 2.0 exists
    assert sheet_of(catalog, blank(version="2.0.0")).warnings == []


def test_the_newer_version_note_is_on_both_paths_and_said_once_per_kind(tmp_path, catalog) -> None:
    """The batch's fast path carries the note too; the command line prints it a few times, then counts."""
    import json

    from typer.testing import CliRunner

    from assess.cli import app

    lines = [json.dumps(blank(rid=f"r{i}")) for i in range(6)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["score", str(tmp_path / "a.jsonl"), "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert all(row["warnings"] == ["a newer version of housing is installed (2.0.0); these answers are scored "
                                   "with 1.0.0"] for row in rows)  # fmt: skip
    assert r.stderr.count("a newer version of housing") == 4 and "3 more with the same warning" in r.stderr


def test_header_problems(catalog) -> None:
    assert "not an answers file" in problems(catalog, {"answers": {}})[0]
    assert "unsupported format" in problems(catalog, {"format": "assess-answers/9"})[0]
    assert "expected a JSON object" in problems(catalog, [1, 2])[0]
    obj = blank()
    del obj["organisation"]
    assert 'missing "organisation"' in problems(catalog, obj)[0]


def test_schema_and_check_accept_every_example(catalog) -> None:
    import json

    import jsonschema

    from assess.answers import answers_schema

    from .conftest import EXAMPLES

    validator = jsonschema.Draft202012Validator(answers_schema())
    for path in sorted(EXAMPLES.rglob("*.json")):
        obj = json.loads(path.read_text(encoding="utf-8"))
        validator.validate(obj)
        sheet_of(catalog, obj, str(path))


def test_roundtrip_to_json(catalog) -> None:
    obj = blank(answers={"str_goal": "cut_costs"})
    obj["comments"] = {"str_goal": "<b>hi</b>"}
    sheet = sheet_of(catalog, obj)
    assert sheet.to_json() == {**obj, "respondent": {"id": "r1", "role": "field"}}


def test_the_date_pattern_is_the_calendar() -> None:
    """DATE_PATTERN (one pattern for the readable check, msgspec and the schema) accepts exactly the
    days `datetime.date` knows: every day of 1899 to 2105 (the leap years, 1900 and 2100 that are not,
    2000 that is), and the 29 February, 31st days and 30 February of every year from 1 to 9999, and
    none of the year 0000 (which the calendar has not)."""
    import datetime

    from assess.answers import is_date

    day = datetime.date(1899, 1, 1)
    while day.year < 2106:
        assert is_date(day.isoformat()), day
        day += datetime.timedelta(days=1)
    for year in range(0, 10000):
        for month, d in [(2, 29), (2, 30), (4, 31), (6, 31), (9, 31), (11, 31), (1, 31), (12, 31), (2, 28)]:
            text = f"{year:04d}-{month:02d}-{d:02d}"
            try:
                real = datetime.date(year, month, d) is not None
            except ValueError:
                real = False
            assert bool(is_date(text)) == real, text
    for junk in ["2026-00-10", "2026-13-01", "2026-01-00", "2026-01-32", "2026-1-01", "2026-01-01\n", "２０２６-01-01"]:
        assert not is_date(junk), junk


def _problems(doc) -> list[str]:
    from assess.answers import check_answers

    from .test_agreement import BASE, HOUSING

    with pytest.raises(AnswersError) as e:
        check_answers(HOUSING, {**BASE, **doc})
    return [str(p) for p in e.value.problems]


def test_a_multiple_choice_answer_says_what_is_wrong_with_its_items() -> None:
    assert _problems({"answers": {"pra_mobile": [1]}}) == [
        "pra_mobile: expected a list of option ids (text), got a list holding a number"
    ]
    assert _problems({"answers": {"pra_mobile": "tablets"}}) == [
        "pra_mobile: expected a list of option ids (text), got text"
    ]


def test_every_value_a_message_echoes_is_short_and_escaped() -> None:
    (huge,) = _problems({"answers": {"pra_days_on_site": 10**4000}})
    assert huge.startswith("pra_days_on_site: 1000") and huge.endswith("… is outside the scale 0..5")
    assert len(huge) < 120
    hostile = "\x1b[2J\u202e\x00" + "x" * 1_000_000
    (qid,) = _problems({"questionnaire": {"id": hostile, "version": "1.0.0"}})
    assert qid.startswith("questionnaire: answers are for \\x1b[2J\\u202e\\x00xxx") and len(qid) < 200
    many = _problems({"answers": {hostile: 1}, "comments": {hostile: "x"}, **{f"k{i}": 1 for i in range(1000)}})
    assert all(len(m) < 200 and "\x1b" not in m and "\u202e" not in m and "\x00" not in m for m in many), many
    assert many[0] == "unknown keys: 'k0', 'k1', 'k10', 'k100', 'k101', …"


def test_text_too_long_says_how_long_it_is() -> None:
    assert _problems({"organisation": {"id": "o", "name": "x" * 10_000_000}}) == [
        "organisation.name: name must be text of at most 200 characters, got text of 10000000 characters"
    ]
    assert _problems({"organisation": {"id": "o", "name": 7}}) == [
        "organisation.name: name must be text of at most 200 characters, got a number"
    ]


def test_unknown_keys_and_options_are_named_in_the_singular_or_the_plural() -> None:
    """A message says "key" for one and "keys" for several, never "key(s)", and names the keys an
    organisation, a respondent or the questionnaire reference should not hold; in French too."""
    from assess.texts import problem_message

    got = _problems(
        {
            "extra": 1,
            "questionnaire": {"id": "housing", "version": "2.0.0", "v": 2},
            "organisation": {"id": "o", "nom": "x", "siret": "1"},
            "respondent": {"id": "r", "role": "field", "email": "a@b"},
            "answers": {"pra_mobile": ["tablet_x"], "ctx_tools": ["a", "b"]},
        }
    )
    assert "unknown key: 'extra'" in got
    assert "questionnaire: unknown key in questionnaire: 'v'" in got
    assert "organisation: unknown keys in organisation: 'nom', 'siret'" in got
    assert "respondent: unknown key in respondent: 'email'" in got
    assert any(m.startswith("pra_mobile: unknown option 'tablet_x' (expected one of: ") for m in got), got
    assert any(m.startswith("ctx_tools: unknown options 'a', 'b' (expected: ") for m in got), got
    assert not any("(s)" in m for m in got), got
    french = [problem_message(m.split(": ", 1)[1], "fr").replace("\u00a0", " ") for m in got if ": " in m]
    assert "clés inconnues dans organisation : « nom », « siret »" in french, french
    assert "clé inconnue dans respondent : « email »" in french, french
    assert not any("(s)" in m for m in french), french


def test_an_unknown_option_lists_dont_know_where_a_person_may_answer_it(catalog) -> None:
    """The list after an unknown option left out "dont_know", an answer of the question as much as
    the others (the import's message named it): a consultant fixing a file by hand was not told."""
    plan = catalog.plan_for("housing", "2.0.0")
    q = plan.questions["str_goal"]
    assert q.dont_know
    obj = blank(answers={"str_goal": "cut_cost"})
    obj["questionnaire"]["version"] = "2.0.0"
    msgs = "\n".join(problems(catalog, obj))
    assert f"str_goal: unknown option 'cut_cost' (expected one of: {', '.join(q.values)}, dont_know)" in msgs, msgs


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("\\'\"\u202f\xa0\u3000\u2028x")))
def test_a_value_quoted_in_a_message_reads_back_and_shows_its_spaces(text: str) -> None:
    """A French label's narrow no-break space before ":" showed as « \\u202f » in every message
    quoting the label (repr escapes every space but " "): the quoted value shows its spaces as spaces,
    escapes the rest as repr does, and reads back as the value itself."""
    import ast
    import unicodedata

    from assess.terminal import repr_shown

    shown = repr_shown(text)
    assert ast.literal_eval(shown) == text
    for c in text:
        if unicodedata.category(c) == "Zs":
            assert c in shown
    assert all(c.isprintable() or unicodedata.category(c) == "Zs" for c in shown)
