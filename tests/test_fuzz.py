"""Fuzzing the two doors answers come in by (hypothesis, bounded: a few seconds in all): a JSON-ish
answers object, however broken, gives a valid sheet or Problems, never another exception, and the
batch's two forms (the readable check and the record writer of `score -f jsonl`) take the same
lines; a CSV export, however broken, gives imported answers that `check_answers` takes, or
Problems."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from assess.answers import check_answers
from assess.cli import app
from assess.errors import AnswersError, AssessError, Problem
from assess.interop.importing import Options, import_table
from assess.interop.tables import read_table
from assess.pipeline import collect
from assess.scoring import score

from .conftest import bundled_catalog, uniform

CATALOG = bundled_catalog()
HOUSING = CATALOG.questionnaire("housing")  # the latest version, 2.0.0
PLAN = CATALOG.plan_for("housing", HOUSING.version)
BASE = uniform(HOUSING, "max", version=HOUSING.version)
QIDS = [q.id for q in HOUSING.questions]
OPTION_IDS = sorted({o.id for q in HOUSING.questions for o in q.options})
FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)

# text with what hostile files hold: controls, escapes, bidirectional marks, NUL, lone surrogates
# are left out (a JSON encoder cannot write them as UTF-8)
nasty_text = st.lists(
    st.one_of(
        st.sampled_from(["\x00", "\x1b[31m", "\x07", "\r", "\n", "\u202e", "\u200f", "\x9b", "é", ":", '"', "{", "\\"]),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=8,
).map("".join)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),  # beyond 64 bits too
    st.floats(allow_nan=True, allow_infinity=True),  # NaN and Infinity: not JSON
    nasty_text,
    st.sampled_from(OPTION_IDS + QIDS + ["dont_know", "housing", "2.0.0", "1.0.0", "2026-02-29", "field"]),
)
keys = nasty_text | st.sampled_from(QIDS)
json_ish = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3), max_leaves=8
)
PLACES = [
    ("format",), ("questionnaire",), ("questionnaire", "id"), ("questionnaire", "version"), ("organisation",),
    ("organisation", "id"), ("organisation", "name"), ("respondent",), ("respondent", "id"), ("respondent", "role"),
    ("date",), ("round",), ("lang",), ("answers",), ("comments",), ("extra",),
    *[("answers", q) for q in QIDS], *[("comments", q) for q in QIDS[:5]],
]  # fmt: skip


def _mutated(doc: dict[str, Any], changes: list[tuple[tuple[str, ...], Any, bool]]) -> dict[str, Any]:
    doc = json.loads(json.dumps(doc))
    for path, value, delete in changes:
        node: Any = doc
        for key in path[:-1]:
            if not isinstance(node, dict):
                break
            node = node.setdefault(key, {})
        else:
            if isinstance(node, dict):
                if delete:
                    node.pop(path[-1], None)
                else:
                    node[path[-1]] = value
    return doc


change = st.tuples(st.sampled_from(PLACES), json_ish, st.booleans())
answers_object = st.lists(change, min_size=1, max_size=3).map(lambda cs: _mutated(BASE, cs))


def _line(doc: dict[str, Any], duplicate: bool) -> str:
    text = json.dumps(doc, ensure_ascii=False)  # NaN, Infinity and huge integers written as Python does
    if duplicate and '"answers": {' in text:  # a key given twice
        text = text.replace('"answers": {', '"answers": {"str_goal": "be_ahead", ', 1)
    return text.replace("\n", "\\n").replace("\r", "\\r")


@FAST
@given(st.lists(st.tuples(answers_object, st.booleans()), min_size=1, max_size=4))
def test_any_answers_object_gives_a_sheet_or_problems_and_both_forms_agree(batch) -> None:
    lines = [_line(doc, dup) for doc, dup in batch]
    for doc, _ in batch:
        try:
            checked = check_answers(PLAN, doc, "fuzz.json")
        except AnswersError as e:
            assert e.problems and all(isinstance(p, Problem) for p in e.problems)
        else:
            score(PLAN, checked.sheet.answers, checked.values, checked.sheet.role)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "batch.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        scored, outcome = collect(CATALOG, [str(path)], jobs=1)
        assert outcome.scored + outcome.invalid == len(lines)
        assert all(isinstance(p, Problem) for p in outcome.problems)
        r = CliRunner().invoke(app, ["score", str(path), "-f", "jsonl", "--jobs", "1"], catch_exceptions=False)
    assert r.exit_code == (0 if outcome.complete else 1), r.output
    assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [s.sheet.line for s in scored]


# --- CSV exports ---------------------------------------------------------------------------------

HEADINGS = [*QIDS, "role", "organisation_id", "respondent_id", "date", "round", "questionnaire_version", "id",
            "submitdate", "QVER", "ROLE", "str_goal/be_ahead", "group/str_goal"]  # fmt: skip
cells = st.one_of(
    st.sampled_from([*OPTION_IDS, "dont_know", "A1", "A9", "V0", "1", "0", "2.5", "", " ", "direction", "housing:2"]),
    nasty_text,
    st.lists(st.sampled_from(OPTION_IDS), max_size=3).map(" ".join),
)
csv_text = st.tuples(
    st.lists(st.one_of(st.sampled_from(HEADINGS), nasty_text), min_size=1, max_size=12),
    st.lists(st.lists(cells, max_size=14), max_size=5),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"])


def _csv_bytes(parts: tuple[list[str], list[list[str]], str, str], encoding: str, quote: bool) -> bytes:
    heads, rows, sep, end = parts
    q = (lambda c: '"' + c.replace('"', '""') + '"') if quote else (lambda c: c)
    text = end.join(sep.join(q(c) for c in row) for row in [heads, *rows]) + end
    return text.encode(encoding, errors="replace")


def _imported(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        try:
            res = import_table(CATALOG, read_table(path), Options("housing", organisation_id="org"))
        except AssessError as e:
            assert e.problems and all(isinstance(p, Problem) for p in e.problems)
            return
    assert all(isinstance(p, Problem) for p in res.problems + res.notes)
    for obj in res.answers:  # what an import writes, `assess score` reads
        plan = CATALOG.plan_for(obj["questionnaire"]["id"], obj["questionnaire"]["version"])
        check_answers(plan, obj, "imported")


@FAST
@given(csv_text, encodings, st.booleans())
def test_any_csv_export_gives_valid_answers_or_problems(parts, encoding: str, quote: bool) -> None:
    _imported(_csv_bytes(parts, encoding, quote), "export.csv")


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.binary(max_size=300), st.sampled_from(["export.csv", "export.tsv", "export.json", "export.xlsx"]))
def test_any_bytes_as_an_export_give_problems(data: bytes, name: str) -> None:
    _imported(data, name)
