"""A spreadsheet to type paper questionnaires into: one column per question, one row per respondent.

The cells take our option ids (the codes printed on the paper questionnaire), `dont_know`, a number
for a scale, option ids separated by spaces for a multiple choice, or text. `assess import` reads it
back (the same reader as an XLSForm export: the headings are our ids).

CSV: UTF-8 with a BOM and `;` between fields, as a French Excel opens it. XLSX: the same columns with
a frozen heading row, a drop-down list on each single-choice column, the question's text as the
heading's comment, and a second sheet listing every code and its label.
"""

from __future__ import annotations

import csv
import io
import os
from typing import Any

from ..i18n import t
from ..model import Question, Questionnaire
from ..output import formula_safe
from ..terminal import typography
from ..texts import by_key, section
from ..vocab import DONT_KNOW, Lang
from .importing import META

SHEET = by_key("sheet")["answers_sheet"]
CODES_SHEET = by_key("sheet")["codes_sheet"]
CODES_HEAD = {lang: [section("sheet")[lang][f"codes_head_{i}"] for i in range(4)] for lang in ("fr", "en")}
HOW = {lang: {k[4:]: v for k, v in section("sheet")[lang].items() if k.startswith("how_")} for lang in ("fr", "en")}


def template_columns(q: Questionnaire) -> list[str]:
    return [*META, *(qq.id for qq in q.questions)]


def template_csv(q: Questionnaire) -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerow(template_columns(q))
    return "\ufeff" + buf.getvalue()


def _codes(qq: Question, lang: Lang) -> list[tuple[str, str]]:
    if qq.type == "scale" and qq.scale is not None:
        pairs = [
            (str(k), qq.scale.labels[k][lang] if k in qq.scale.labels else "")
            for k in range(qq.scale.min, qq.scale.max + 1)
        ]
    else:
        pairs = [(o.id, o.label[lang]) for o in qq.options]
    if qq.dont_know and qq.type != "text":
        pairs.append((DONT_KNOW, t("dont_know", lang)))
    return pairs


def _how(qq: Question, lang: Lang) -> str:
    h = HOW[lang]
    if qq.type == "text":
        return h["text"]
    if qq.type == "scale" and qq.scale is not None:
        return h["scale"].format(min=qq.scale.min, max=qq.scale.max)
    codes = ", ".join(c for c, _ in _codes(qq, lang))
    return h["multi"].format(codes=codes) if qq.type == "multi" else codes


def _said(text: str, lang: Lang) -> str:
    """A text of the sheet as a reader sees it: in French, with its no-break spaces (as the paper
    questionnaire and the XLSForm print it)."""
    return typography(text) if lang == "fr" else text


def template_workbook(q: Questionnaire, lang: Lang) -> Any:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET[lang]
    ws.append(template_columns(q))
    ws.freeze_panes = "A2"
    by_id = {qq.id: qq for qq in q.questions}
    for i, name in enumerate(template_columns(q), start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(12, min(len(name) + 2, 30))
        qq = by_id.get(name)
        if qq is None:
            if name in ("role", "date"):
                cell.comment = Comment(_said(HOW[lang][name], lang), "assess")
            continue
        said = _said(f"{qq.wording(lang)}\n\n{_how(qq, lang)}", lang)
        cell.comment = Comment(said, "assess", width=320, height=160)
        if qq.type in ("single", "scale"):
            listed = ",".join(c for c, _ in _codes(qq, lang))
            if len(listed) <= 250:  # Excel's limit for a list written in the rule
                dv = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
                dv.error = _said(_how(qq, lang), lang)
                dv.add(f"{letter}2:{letter}2000")
                ws.add_data_validation(dv)
    codes = wb.create_sheet(CODES_SHEET[lang])
    codes.append(CODES_HEAD[lang])
    codes.freeze_panes = "A2"
    for qq in q.questions:
        pairs = _codes(qq, lang) or [("", HOW[lang]["text"])]
        for k, (code, label) in enumerate(pairs):
            wording = formula_safe(_said(qq.wording(lang), lang)) if k == 0 else ""
            codes.append([qq.id, wording, code, formula_safe(_said(label, lang))])
    for col, width in zip("ABCD", (24, 70, 16, 60), strict=True):
        codes.column_dimensions[col].width = width
    for row in codes.iter_rows(min_row=2, max_col=2, min_col=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    for cell in codes[1]:
        cell.font = Font(bold=True)
    return wb


def save_workbook(wb: Any, path: str | os.PathLike[str]) -> None:
    """Save atomically: a temporary file beside the target, then a rename. The workbook is zipped in
    memory first: openpyxl's zip archive, left open on a file that a full disk made fail, printed a
    traceback ("Exception ignored in ZipFile.__del__") after the command's own message."""
    import io

    from ..output import write_atomic

    data = io.BytesIO()
    wb.save(data)
    write_atomic(path, data.getvalue())
