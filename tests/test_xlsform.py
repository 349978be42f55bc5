"""The XLSForm export converts with pyxform (and passes ODK Validate when Java is here), in both
languages, with our ids as names so that submissions map back without a table."""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assess.interop.xlsform import write_xlsform
from assess.loader import parse_questionnaire
from assess.terminal import typography

pyxform = pytest.importorskip("pyxform")
XF = "{http://www.w3.org/2002/xforms}"
SYNTH = (Path(__file__).parent / "fixtures" / "synthetic.yaml").read_text(encoding="utf-8")


def java() -> bool:
    if shutil.which("java"):
        return True
    if os.environ.get("ASSESS_REQUIRE_JAVA"):
        pytest.fail("Java is required here (ASSESS_REQUIRE_JAVA) to run ODK Validate on the XLSForm export")
    return False


def convert(q, tmp_path: Path) -> str:
    from pyxform.xls2xform import xls2xform_convert

    xlsx, xml = tmp_path / f"{q.id}.xlsx", tmp_path / f"{q.id}.xml"
    write_xlsform(q, xlsx)
    warnings = xls2xform_convert(xlsform_path=str(xlsx), xform_path=str(xml), validate=java())
    assert not [w for w in warnings if "error" in w.lower()], warnings
    return xml.read_text(encoding="utf-8")


@pytest.mark.parametrize("qid", ["housing", "municipality", "social-economy"])
def test_bundled_questionnaires_convert(qid: str, catalog, tmp_path: Path) -> None:
    q = catalog.questionnaire(qid)
    xml = convert(q, tmp_path)
    root = ET.fromstring(xml)
    binds = {b.get("nodeset") for b in root.iter("{http://www.w3.org/2002/xforms}bind")}
    for qq in q.questions:
        group = qq.level or "context"
        assert f"/data/{group}/{qq.id}" in binds, qq.id
    assert "/data/profile/role" in binds and "/data/profile/questionnaire_version" in binds
    langs = {t.get("lang") for t in root.iter("{http://www.w3.org/2002/xforms}translation")}
    assert langs == {"Français (fr)", "English (en)"}
    calc = [b.get("calculate") for b in root.iter("{http://www.w3.org/2002/xforms}bind")
            if b.get("nodeset") == "/data/profile/questionnaire_version"]  # fmt: skip
    assert calc == [f"'{q.version}'"]
    calculated = {b.get("nodeset"): b.get("calculate") for b in root.iter(f"{XF}bind") if b.get("calculate")}
    assert calculated["/data/profile/questionnaire_id"] == f"'{qid}'"
    # the role choices: our four role ids as values, labelled in each language
    role_list = next(i for i in root.iter(f"{XF}instance") if i.get("id") == "role")
    role_items = [item.findtext(f"{XF}name") for item in role_list.iter(f"{XF}item")]
    assert role_items == ["direction", "management", "field", "support"]
    role_labels = {}
    for tr in root.iter(f"{XF}translation"):
        texts = {el.get("id"): "".join(el.itertext()).strip() for el in tr.iter(f"{XF}text")}
        role_labels[tr.get("lang")] = [texts.get(f"role-{n}") for n in range(4)]
        assert all(role_labels[tr.get("lang")]), (tr.get("lang"), role_labels)
    assert role_labels["Français (fr)"] != role_labels["English (en)"]
    # the French label of the first question as the phone shows it, its "?" kept on its line (pyxform
    # made a plain space of the no-break one), and an option id as a choice value
    assert typography(q.questions[0].text["fr"]).replace("\u00a0", "\u202f") in xml
    french = next(tr for tr in root.iter(f"{XF}translation") if tr.get("lang") == "Français (fr)")
    shown = ["".join(el.itertext()) for el in french.iter(f"{XF}value")]
    assert any("\u202f?" in v for v in shown) and not [v for v in shown if re.search(r" [?:!;»]|« ", v)]
    first_choice = next(qq for qq in q.questions if qq.type == "single").options[0].id
    assert f"<value>{first_choice}</value>" in xml or f">{first_choice}<" in xml


def test_roles_and_exclusive_options(tmp_path: Path) -> None:
    q = parse_questionnaire(SYNTH, "synthetic.yaml")
    xml = convert(q, tmp_path)
    root = ET.fromstring(xml)
    binds = {b.get("nodeset"): b for b in root.iter("{http://www.w3.org/2002/xforms}bind")}
    restricted = next(qq for qq in q.questions if set(qq.roles) != {"direction", "management", "field", "support"})
    rel = binds[f"/data/{restricted.level or 'context'}/{restricted.id}"].get("relevant")
    assert rel and all(f"'{r}'" in rel for r in restricted.roles)
    multi = next(qq for qq in q.questions if qq.type == "multi" and any(o.exclusive for o in qq.options))
    constraint = binds[f"/data/{multi.level or 'context'}/{multi.id}"].get("constraint")
    assert constraint and "count-selected" in constraint


def test_sheets_read_back_with_openpyxl(catalog, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    q = catalog.questionnaire("housing")
    f = tmp_path / "h.xlsx"
    write_xlsform(q, f)
    wb = load_workbook(f)
    assert wb.sheetnames == ["survey", "choices", "settings"]
    survey = list(wb["survey"].iter_rows(values_only=True))
    head = survey[0]
    assert {"type", "name", "label::Français (fr)", "label::English (en)"} <= set(head)
    names = [r[head.index("name")] for r in survey[1:] if r[head.index("type")] not in ("end_group",)]
    assert len(names) == len(set(names))
    choices = list(wb["choices"].iter_rows(values_only=True))
    assert all(" " not in str(r[1]) for r in choices[1:])
    settings = list(wb["settings"].iter_rows(values_only=True))
    assert settings[1][settings[0].index("version")] == q.version
    # columns as wide as what they hold (they opened at Excel's 8.43 characters, every label cut)
    from openpyxl.utils import get_column_letter

    ws = wb["survey"]
    width = {h: ws.column_dimensions[get_column_letter(i)].width for i, h in enumerate(head, start=1)}
    longest_name = max(len(str(n)) for n in names if n)
    assert width["name"] == max(longest_name, 6) + 2 and width["label::Français (fr)"] == 50


def test_labels_that_look_like_formulas_stay_text(tmp_path: Path) -> None:
    # a consultant's questionnaire file: a level name, a question and an option label that a
    # spreadsheet would run (openpyxl writes a text starting with "=" as a formula)
    from openpyxl import load_workbook

    from assess.interop.template import save_workbook, template_workbook

    text = SYNTH.replace('en: "Strategy"', 'en: "=HYPERLINK(\\"http://x\\",\\"y\\")"', 1)
    text = text.replace('text: {fr: "S1", en: "S1"}', 'text: {fr: "=1+1", en: "=1+1"}', 1)
    text = text.replace('label: {fr: "a", en: "a"}', 'label: {fr: "=2+2", en: "@SUM(A1)"}', 1)
    q = parse_questionnaire(text, "synthetic.yaml")
    write_xlsform(q, tmp_path / "form.xlsx")
    save_workbook(template_workbook(q, "fr"), tmp_path / "template.xlsx")
    for name in ("form.xlsx", "template.xlsx"):
        wb = load_workbook(tmp_path / name)
        cells = [c for ws in wb for row in ws.iter_rows() for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"], name
    survey = [c.value for row in load_workbook(tmp_path / "form.xlsx")["survey"].iter_rows() for c in row]
    assert '=HYPERLINK("http://x","y")' in survey and "=1+1" in survey  # the labels themselves, for KoboToolbox
    assert "'=1+1" in [c.value for row in load_workbook(tmp_path / "template.xlsx")["codes"].iter_rows() for c in row]


def test_markdown_signs_in_texts_print_as_written_on_the_phone(tmp_path: Path) -> None:
    """ODK Collect and Enketo read labels and hints as Markdown: a consultant's "taux_de_vacance" or
    "*net*" printed in italics, "# 1" as a title. The signs are escaped with the backslash both apps
    take, the form title and the messages stay as written, and a KoboToolbox export of the labels
    (written as in the form) is read back to the option."""
    from pyxform.xls2xform import xls2xform_convert

    from assess.interop.importing import _by_label, _fold
    from assess.interop.xlsform import xlsform_rows

    text = SYNTH.replace('text: {fr: "S1", en: "S1"}', 'text: {fr: "# 1 taux_de_vacance", en: "# 1 rate_*net*"}', 1)
    text = text.replace('label: {fr: "a", en: "a"}', 'label: {fr: "a_b \\\\ c", en: "*a*"}', 1)
    q = parse_questionnaire(text, "synthetic.yaml")
    survey, choices, _ = xlsform_rows(q)
    cells = [c for row in survey for c in row if isinstance(c, str)]
    assert "\\# 1 taux\\_de\\_vacance" in cells and "\\# 1 rate\\_\\*net\\*" in cells
    (option,) = [row for row in choices if row[2].startswith("a\\_b")]
    assert option[2:] == ["a\\_b \\\\ c", "\\*a\\*"]
    qq = next(x for x in q.questions if any(o.label["fr"] == "a_b \\ c" for o in x.options))
    assert {_by_label(qq)[_fold(label)] for label in option[2:]} == {option[1]}
    write_xlsform(q, tmp_path / "form.xlsx")
    xls2xform_convert(xlsform_path=str(tmp_path / "form.xlsx"), xform_path=str(tmp_path / "f.xml"), validate=False)
    assert "\\# 1 taux\\_de\\_vacance" in (tmp_path / "f.xml").read_text(encoding="utf-8")


def test_a_reference_sign_in_a_text_is_shown_never_read_as_a_field(tmp_path: Path) -> None:
    """pyxform reads "${name}" in any text as the answer to the field `name`: a consultant's
    question "coût en ${euros}" stopped the conversion (no field `euros`), and "${role}" would have
    printed the respondent's role. Shown as written, with a word joiner no one sees between "$" and
    "{"; a KoboToolbox export of the label is read back to its option."""
    from pyxform.xls2xform import xls2xform_convert

    from assess.interop.importing import _by_label, _fold
    from assess.interop.xlsform import xlsform_rows

    text = SYNTH.replace('text: {fr: "S1", en: "S1"}', 'text: {fr: "coût en ${euros} ?", en: "${role}"}', 1)
    text = text.replace('label: {fr: "a", en: "a"}', 'label: {fr: "${a}", en: "a"}', 1)
    q = parse_questionnaire(text, "synthetic.yaml")
    write_xlsform(q, tmp_path / "form.xlsx")
    xls2xform_convert(xlsform_path=str(tmp_path / "form.xlsx"), xform_path=str(tmp_path / "f.xml"), validate=False)
    xml = (tmp_path / "f.xml").read_text(encoding="utf-8")
    assert "coût en $\u2060{euros}" in xml and "$\u2060{role}" in xml and "<output" not in xml
    _, choices, _ = xlsform_rows(q)
    (option,) = [row for row in choices if row[2] == "$\u2060{a}"]
    qq = next(x for x in q.questions if any(o.label["fr"] == "${a}" for o in x.options))
    assert _by_label(qq)[_fold(option[2])] == option[1]
