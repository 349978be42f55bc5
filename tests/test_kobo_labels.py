"""KoboToolbox exports headed by labels: the export dialog's "Labels" (or a translation, API `lang`)
instead of "XML values and headers".

The files are written here as KoboToolbox's export library writes them (kobotoolbox/formpack,
`src/formpack/schema/fields.py` and `src/formpack/reporting/export.py`), from the very sheets of
`assess export xlsform`:

- a field's heading is its label in the export's language, or its name when it has none (our
  calculate fields); with "include groups in headers" (`hierarchy_in_labels`) the labels of its
  groups come before it, joined by the group separator (`/` by default): `Group/Question`;
- a select_multiple's split columns are headed `Question/Choice` (the question's heading, the
  separator, the choice's label) and hold `1` or `0` (numbers in an XLSX file), empty when the
  question was not answered; its summary column holds the labels of the ticked choices joined by a
  space, spaces within a label and all;
- a select_one holds its choice's label;
- the server's columns (`_id`, `_uuid`, `_submission_time`, `_validation_status`, …) and the
  fields without a label (`start`, `end`, `meta/instanceID`) keep their names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assess.interop.xlsform import xlsform_rows
from assess.vocab import DONT_KNOW

from .test_interop import SECTORS, assert_round_trip, imported, originals, write_csv

LANG = {"fr": "label::Français (fr)", "en": "label::English (en)"}
# the copy fields KoboToolbox adds after the form's fields: headed by their names whatever the language
SERVER = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
          "__version__", "_tags", "_index"]  # fmt: skip


def kobo_label_records(
    q: Any, docs: list[dict[str, Any]], *, lang: str, groups: bool, multiple: str = "both", numbers: bool = False
) -> tuple[list[str], list[list[Any]]]:
    """Headings and rows of a KoboToolbox export of `assess export xlsform`'s form headed by the
    labels of `lang`, with the groups' labels in the headings or not; select_multiple as a summary
    column, split columns or both (`multiple`, formpack's `multiple_select`); split columns and ids as
    numbers when `numbers` (an XLSX export, `xls_types_as_text` off)."""
    survey, choices, _ = xlsform_rows(q)
    at = {c: k for k, c in enumerate(survey[0])}
    choice_at = {c: k for k, c in enumerate(choices[0])}
    listed: dict[str, list[tuple[str, str]]] = {}
    for row in choices[1:]:
        listed.setdefault(row[0], []).append((row[1], row[choice_at[LANG[lang]]] or row[1]))
    one, zero = (1, 0) if numbers else ("1", "0")
    heads: list[str] = ["start", "end"]
    makers: list[Any] = [lambda d: "2026-03-14T10:00:00", lambda d: "2026-03-14T10:20:00"]
    path: list[str] = []
    for row in survey[1:]:
        kind, name, label = row[at["type"]], row[at["name"]], row[at[LANG[lang]]] or row[at["name"]]
        if kind == "begin_group":
            path.append(label)
            continue
        if kind == "end_group":
            path.pop()
            continue
        head = "/".join([*path, label]) if groups else label
        if kind == "calculate":  # no label: headed by its name
            heads.append("/".join([*path, name]) if groups else name)
            makers.append(lambda d, name=name: q.id if name == "questionnaire_id" else q.version)
            continue
        texts = dict(listed.get(kind.split()[-1], []))

        def answer(d: dict[str, Any], name: str = name) -> Any:
            return d.get("respondent", {}).get("role") if name == "role" else d["answers"].get(name)

        if kind.startswith("select_multiple"):

            def ticked(d: dict[str, Any], answer: Any = answer) -> list[str] | None:
                a = answer(d)
                return None if a is None else [DONT_KNOW] if a == DONT_KNOW else a

            if multiple in ("both", "summary"):
                heads.append(head)
                makers.append(lambda d, t=ticked, texts=texts: "" if t(d) is None else " ".join(texts[x] for x in t(d)))
            if multiple in ("both", "details"):
                for choice, text in listed[kind.split()[-1]]:
                    heads.append(f"{head}/{text}")
                    makers.append(lambda d, t=ticked, c=choice: "" if t(d) is None else one if c in t(d) else zero)
        elif kind.startswith("select_one"):
            heads.append(head)
            makers.append(lambda d, a=answer, texts=texts: "" if a(d) is None else texts[str(a(d))])
        else:
            heads.append(head)
            makers.append(lambda d, a=answer: a(d) or "")
    heads += SERVER
    rows = []
    for n, d in enumerate(docs, start=1):
        server = [100 + n if numbers else str(100 + n), f"uuid-{n}", "2026-03-14T10:20:05", "", "", "submitted_via_web",
                  "", "vXyZ", "", n if numbers else str(n)]  # fmt: skip
        rows.append([make(d) for make in makers] + server)
    return heads, rows


def test_the_headings_formpack_gives_our_form_are_read(tmp_path: Path, catalog) -> None:
    """The helper above writes what formpack writes: the role's heading under its group's label, the
    calculate fields under their names, a split column `Group/Question/Choice`, a summary of labels
    joined by spaces; and each of those columns is read."""
    q = catalog.questionnaire("housing")
    pra = q.question("pra_mobile")
    docs = originals("housing")
    heads, rows = kobo_label_records(q, docs, lang="en", groups=True)
    assert heads[:5] == ["start", "end", "Your role/What is your role?", "Your role/questionnaire_id",
                         "Your role/questionnaire_version"]  # fmt: skip
    level = q.level(pra.level).name["en"]
    assert f"{level}/{pra.text['en']}/{pra.options[0].label['en']}" in heads
    assert heads[-len(SERVER) :] == SERVER
    summary = heads.index(f"{level}/{pra.text['en']}")
    assert any(" " in r[summary] for r in rows)  # labels joined by spaces
    got, r = imported(tmp_path, write_csv(tmp_path / "k.csv", heads, rows, sep=","), qid="housing")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)
    assert [g["respondent"].get("role") for g in got] == [d["respondent"].get("role") for d in docs]


ROUND_TRIPS = [  # (language, group labels in the headings, multiple_select)
    ("fr", False, "both"),
    ("fr", True, "summary"),
    ("fr", True, "details"),
    ("en", False, "summary"),
    ("en", True, "both"),
    ("en", False, "details"),
]


@pytest.mark.parametrize("qid", list(SECTORS))
@pytest.mark.parametrize(("lang", "groups", "multiple"), ROUND_TRIPS)
def test_a_kobo_export_headed_by_labels_round_trips(
    tmp_path: Path, catalog, qid: str, lang: str, groups: bool, multiple: str
) -> None:
    q = catalog.questionnaire(qid)
    docs = originals(qid)
    heads, rows = kobo_label_records(q, docs, lang=lang, groups=groups, multiple=multiple)
    f = write_csv(tmp_path / f"kobo-{qid}.csv", heads, rows, sep=",", bom=False)
    got, r = imported(tmp_path, f, qid=qid)
    assert r.exit_code == 0, r.output
    assert "not read" not in r.output, r.output
    assert_round_trip(catalog, docs, got)
    assert got[0]["respondent"]["id"] == f"kobo-{qid}.csv#uuid-1"
    assert got[0]["date"] == "2026-03-14"
    assert {g["questionnaire"]["version"] for g in got} == {q.version}


def test_an_xlsx_export_headed_by_labels_with_numbers_as_numbers(tmp_path: Path, catalog) -> None:
    from openpyxl import Workbook

    q = catalog.questionnaire("social-economy")
    docs = originals("social-economy")
    heads, rows = kobo_label_records(q, docs, lang="fr", groups=True, numbers=True)
    assert any(isinstance(c, int) for c in rows[0])
    wb = Workbook()
    ws = wb.active
    ws.append(heads)
    for row in rows:
        ws.append(row)
    f = tmp_path / "kobo.xlsx"
    wb.save(f)
    got, r = imported(tmp_path, f, qid="social-economy")
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)


@pytest.mark.parametrize("by", ["labels", "names"])
def test_answer_texts_with_commas_and_spaces_in_a_summary_column(tmp_path: Path, catalog, by: str) -> None:
    """KoboToolbox joins the ticked choices' labels with a space: "Plateforme fournisseurs (devis,
    factures)" holds spaces and a comma (and was cut at its comma, read as two unknown answers). The
    cell is read as the answers whose texts, one after the other, make it up, under label headings
    as under XML names."""
    q = catalog.questionnaire("housing")
    qq = next(x for x in q.questions if x.type == "multi" and any("," in o.label["fr"] for o in x.options))
    comma = next(o for o in qq.options if "," in o.label["fr"])
    other = next(o for o in qq.options if o is not comma and not o.exclusive)
    heads = ["Quelle est votre fonction ?", qq.text["fr"], "_uuid"]
    if by == "names":
        heads = ["profile/role", f"{qq.level or 'context'}/{qq.id}", "_uuid"]
    cells = [f"{comma.label['fr']} {other.label['fr']}", f"{other.label['en']} {comma.label['en']}",
             f"{comma.id} {other.id}"]  # fmt: skip
    rows = [["Terrain", cell, f"u{n}"] for n, cell in enumerate(cells)]
    got, r = imported(tmp_path, write_csv(tmp_path / "k.csv", heads, rows, sep=","), qid="housing")
    assert r.exit_code == 0, r.output
    assert [sorted(g["answers"][qq.id]) for g in got] == [sorted([comma.id, other.id])] * 3
    assert {g["respondent"]["role"] for g in got} == {"field"}


def _variant(tmp_path: Path, qid: str, question: str, old: str, new: str) -> Path:
    """A questionnaires folder holding the bundled `qid` (version 2) under the id `twin`, with the
    French text `old` of `question` (its wording or one of its answers) changed to `new`."""
    qdir = tmp_path / "questionnaires"
    qdir.mkdir(exist_ok=True)
    src = Path(__file__).resolve().parent.parent / "questionnaires" / f"{qid}-2.yaml"
    text = src.read_text(encoding="utf-8").replace(f"id: {qid}\n", "id: twin\n", 1)
    start = text.index(f"- id: {question}\n")
    at = text.index(f"fr: {_yaml_text(old)}", start)
    text = text[:at] + f"fr: {_yaml_text(new)}" + text[at + len(f"fr: {_yaml_text(old)}") :]
    (qdir / "twin.yaml").write_text(text, encoding="utf-8")
    return qdir


def _yaml_text(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _import_twin(tmp_path: Path, f: Path, qdir: Path) -> Any:
    from .test_interop import run

    return run("import", f, "-Q", "twin", "--questionnaires-dir", qdir, "--organisation-id", "o", "-o",
               tmp_path / "out.jsonl")  # fmt: skip


def test_a_heading_that_is_the_label_of_two_questions_is_refused(tmp_path: Path, catalog, french) -> None:
    """Two questions worded alike (in either language): a heading of that wording could hold either
    answer. The file is refused, naming the heading and the export that tells them apart."""
    q = catalog.questionnaire("housing")
    a, b = q.questions[0], q.questions[1]
    assert a.text["fr"] != b.text["fr"]
    qdir = _variant(tmp_path, "housing", b.id, b.text["fr"], a.text["en"])
    heads, rows = kobo_label_records(q, originals("housing")[:2], lang="en", groups=False)
    f = write_csv(tmp_path / "k.csv", heads, rows, sep=",")
    r = _import_twin(tmp_path, f, qdir)
    assert r.exit_code == 1 and not (tmp_path / "out.jsonl").exists(), r.output
    said = " ".join(r.output.split())
    heading = " ".join(a.text["en"].split())
    names = ", ".join(sorted([a.id, b.id]))
    assert f"l'en-tête « {heading} » désigne plusieurs colonnes du formulaire ({names})" in said, said
    assert "« XML values and headers »" in said and "Traceback" not in r.output


def test_a_heading_that_is_a_question_and_a_choice_column_is_refused(tmp_path: Path, catalog) -> None:
    """A question worded as another's split column (`Question/Choice`): refused, never guessed."""
    q = catalog.questionnaire("municipality")
    multi = next(x for x in q.questions if x.type == "multi")
    choice = multi.options[0]
    single = next(x for x in q.questions if x.type == "single")
    split = f"{multi.text['fr']}/{choice.label['fr']}"
    qdir = _variant(tmp_path, "municipality", single.id, single.text["fr"], split)
    heads, rows = kobo_label_records(q, originals("municipality")[:2], lang="fr", groups=False, multiple="details")
    assert split in [" ".join(h.split()) for h in heads]  # as KoboToolbox writes it, French spacing and all
    r = _import_twin(tmp_path, write_csv(tmp_path / "k.csv", heads, rows, sep=","), qdir)
    assert r.exit_code == 1, r.output
    said = " ".join(r.output.split())
    names = ", ".join(sorted([f"{multi.id}/{choice.id}", single.id]))
    assert f"names several columns of the form ({names})" in said, said
    assert "XML values and headers" in said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_summary_cell_that_reads_two_ways_refuses_its_row(tmp_path: Path, catalog, monkeypatch, lang: str) -> None:
    """A choice whose label is two other labels one after the other ("A B" beside "A" and "B"): the
    labels joined by spaces cannot tell them apart. The row is refused with the two readings (the
    other rows are read); the split columns, or XML values, tell them apart."""
    from assess.cli.common import ui_lang

    monkeypatch.setenv("ASSESS_LANG", lang)
    ui_lang.cache_clear()
    q = catalog.questionnaire("housing")
    qq = next(x for x in q.questions if x.type == "multi" and len(x.options) >= 3)
    a, b, c = qq.options[:3]
    both = f"{a.label['fr']} {b.label['fr']}"
    qdir = _variant(tmp_path, "housing", qq.id, c.label["fr"], both)
    heads = ["Quelle est votre fonction ?", qq.text["fr"], "_uuid"]
    rows = [["Terrain", both, "u1"], ["Terrain", a.label["fr"], "u2"]]
    try:
        r = _import_twin(tmp_path, write_csv(tmp_path / "k.csv", heads, rows, sep=","), qdir)
    finally:
        ui_lang.cache_clear()
    said = " ".join(r.output.split())
    assert r.exit_code == 1, said
    if lang == "en":
        assert f"k.csv:2: {qq.id}: " in said and f"reads as {a.id} + {b.id} or as {c.id}: " in said, said
        assert "can be read both ways" in said and "XML values and headers" in said
    else:
        assert f"se lit {a.id} + {b.id} ou {c.id} : des libellés de réponses séparés par des espaces" in said, said
        assert "« XML values and headers »" in said
    assert "k.csv:3" not in said
    assert [g["answers"][qq.id] for g in _read(tmp_path / "out.jsonl")] == [[a.id]]


def _read(path: Path) -> list[dict[str, Any]]:
    import json

    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_a_label_heading_of_nothing_is_a_column_not_read(tmp_path: Path, catalog) -> None:
    """A heading that is the label of no question (a question added in KoboToolbox's form builder):
    the file's answers are not imported until it is named with --ignore-column."""
    q = catalog.questionnaire("housing")
    docs = originals("housing")
    heads, rows = kobo_label_records(q, docs, lang="fr", groups=True)
    extra = "Pour finir/Une question ajoutée dans KoboToolbox ?"
    f = write_csv(tmp_path / "k.csv", [*heads, extra], [[*r, "oui"] for r in rows], sep=",")
    got, r = imported(tmp_path, f, qid="housing")
    said = " ".join(r.output.split())
    assert r.exit_code == 1 and not got, said
    assert f"columns not read: {extra}" in said, said
    got, r = imported(tmp_path, f, qid="housing", extra=("--ignore-column", extra))
    assert r.exit_code == 0, r.output
    assert_round_trip(catalog, docs, got)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_cell_of_names_reads_as_the_readings_of_its_words(catalog, data) -> None:
    """A cell of option names only (a names export) is read by a short way (`plain` in `_xlsform`),
    without `_readings`: both give the same answers, for every multiple choice of every bundled
    questionnaire."""
    from assess.interop import importing as im
    from assess.interop.tables import Table

    pool = [(q, x) for qid in sorted(SECTORS) for v in ("1.0.0", "2.0.0")
            for q in [catalog.questionnaire(qid, v)] for x in q.questions if x.type == "multi"]  # fmt: skip
    q, qq = data.draw(st.sampled_from(pool))
    names = [o.id for o in qq.options] + ([DONT_KNOW] if qq.dont_know else [])
    cell = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=6).map(" ".join))
    layout = im.detect(q, Table("f.csv", [qq.id], [(2, [cell])], "row"))
    named = im._readings(cell, lambda t: t if t in names else None, lambda word: 1)
    assert len(named) == 1
    assert layout.value(qq, cell) == (DONT_KNOW if named[0] == [DONT_KNOW] else named[0])
