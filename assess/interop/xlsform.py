"""A questionnaire as an XLSForm (the spreadsheet form format of ODK and KoboToolbox).

Sheets `survey`, `choices` and `settings` (INTEROP.md 2). Question names are our question ids and
choice names our option ids, so a submission exported with XML names maps back to `assess-answers/1`
with no table. A `profile` group holds the role question (choices = role ids) and two `calculate`
fields, `questionnaire_id` and `questionnaire_version`, that travel with every submission. Then one
group per level (named by the level id), one for depth and one for context. Questions are not
required: a respondent may skip, and "don't know" is a choice of its own (`dont_know`), so a
skipped question and an honest "I don't know" stay apart in the export.
"""

from __future__ import annotations

import os
import re
from typing import Any

from ..i18n import t
from ..model import Question, Questionnaire
from ..terminal import typography
from ..texts import by_key
from ..vocab import DONT_KNOW, LEVEL_IDS, ROLES, Lang

LANG_COLUMNS: dict[Lang, str] = {"fr": "Français (fr)", "en": "English (en)"}
SURVEY_HEAD = ["type", "name", "label", "hint", "required", "relevant", "appearance", "calculation", "constraint",
               "constraint_message"]  # fmt: skip
TRANSLATED = ("label", "hint", "constraint_message")
GROUPS: dict[str, dict[str, str]] = {k: by_key("xlsform")["group_" + k] for k in ("profile", "depth", "context")}
ROLE_LABEL = by_key("xlsform")["role_label"]
ROLE_HINT = by_key("xlsform")["role_hint"]
EXCLUSIVE_MESSAGE = by_key("xlsform")["exclusive"]


def _columns(langs: list[Lang]) -> list[str]:
    out = []
    for col in SURVEY_HEAD:
        if col in TRANSLATED:
            out += [f"{col}::{LANG_COLUMNS[lang]}" for lang in langs]
        else:
            out.append(col)
    return out


def _row(columns: list[str], langs: list[Lang], **cells: Any) -> list[Any]:
    """One row: `label={"fr": ..., "en": ...}` fills the translated columns."""
    out: list[Any] = []
    for col in columns:
        base, _, lang_name = col.partition("::")
        value = cells.get(base)
        if lang_name:
            lang = next(x for x in langs if LANG_COLUMNS[x] == lang_name)
            shown = _label if base in ("label", "hint") else _shown
            out.append(shown(value.get(lang, ""), lang) if isinstance(value, dict) else "")
        else:
            out.append(value if value is not None else "")
    return out


# what ODK Collect and Enketo read as Markdown in a label or a hint (`*`, `_` for emphasis, `#` for a
# title), each escaped by a backslash as both apps allow (enketo-transformer src/markdown.ts)
MARKDOWN_SIGNS = r"\\*_#"  # as in a regular expression's [...]
MARKDOWN = re.compile(f"([{MARKDOWN_SIGNS}])")


# what pyxform reads as a reference to a field in any text (`${name}`, replaced by its answer; a name
# that is no field stops the conversion): a word joiner (U+2060, drawn as nothing) between "$" and
# "{" shows the text as written, as XLSForm has no escape of its own
REFERENCE = "${"
SHOWN_REFERENCE = "$\u2060{"
# pyxform turns a no-break space (U+00A0) into a plain one as it reads a cell (xls2json_backends.py,
# its issue 83): French spacing is then written with the narrow no-break space, which it keeps
NO_BREAK = str.maketrans({"\u00a0": "\u202f"})


def _shown(text: str, lang: Lang) -> str:
    """A text the respondent reads: in French, spacing that never breaks (as the terminal and the
    report print it), so that a "?" or a "»" never starts a line on a phone; a "${" of the
    questionnaire's text shown, never read as a field's answer."""
    return (typography(text).translate(NO_BREAK) if lang == "fr" else text).replace(REFERENCE, SHOWN_REFERENCE)


def _label(text: str, lang: Lang) -> str:
    """A label or a hint as written, not as Markdown: "taux_de_vacance" or "*" in a question printed
    in italics on the phone, "# 1" as a title."""
    return MARKDOWN.sub(r"\\\1", _shown(text, lang))


def _relevant(q: Question) -> str:
    if set(q.roles) >= set(ROLES):
        return ""
    # asked of these roles, and of whoever did not give a role (as `assess run` does)
    tests = " or ".join(f"selected(${{role}}, '{r}')" for r in ROLES if r in q.roles)
    return f"${{role}} = '' or {tests}"


def _choices(q: Question, langs: list[Lang]) -> list[tuple[str, dict[Lang, str]]]:
    if q.type == "scale" and q.scale is not None:
        out = []
        for k in range(q.scale.min, q.scale.max + 1):
            lab = q.scale.labels.get(k)
            out.append((str(k), {lang: f"{k} ({lab[lang]})" if lab else str(k) for lang in langs}))
    else:
        out = [(o.id, {lang: o.label[lang] for lang in langs}) for o in q.options]
    if q.dont_know and q.type != "text":
        out.append((DONT_KNOW, {lang: t("dont_know", lang) for lang in langs}))
    return out


def xlsform_rows(q: Questionnaire) -> tuple[list[list[Any]], list[list[Any]], list[list[Any]]]:
    """The three sheets as rows (header first): survey, choices, settings."""
    langs: list[Lang] = sorted(q.languages, key=lambda x: x != "fr")  # French, the reference, first
    cols = _columns(langs)
    survey: list[list[Any]] = [cols]
    choice_cols = ["list_name", "name", *[f"label::{LANG_COLUMNS[x]}" for x in langs]]
    choices: list[list[Any]] = [choice_cols]
    min_size = q.scoring.min_group_size

    def add_choices(list_name: str, items: list[tuple[str, dict[Lang, str]]]) -> None:
        for name, label in items:
            choices.append([list_name, name, *[_label(label.get(x, ""), x) for x in langs]])

    survey.append(_row(cols, langs, type="begin_group", name="profile", label=GROUPS["profile"],
                       appearance="field-list"))  # fmt: skip
    survey.append(_row(cols, langs, type="select_one role", name="role", label=ROLE_LABEL,
                       hint={x: ROLE_HINT[x].format(min=min_size) for x in langs}))  # fmt: skip
    add_choices("role", [(r, {x: t(r, x).capitalize() for x in langs}) for r in ROLES])
    survey.append(_row(cols, langs, type="calculate", name="questionnaire_id", calculation=f"'{q.id}'"))
    survey.append(_row(cols, langs, type="calculate", name="questionnaire_version", calculation=f"'{q.version}'"))
    survey.append(_row(cols, langs, type="end_group", name="profile"))
    blocks: list[tuple[str, dict[str, str], list[Question]]] = []
    for lv in LEVEL_IDS:
        level = q.level(lv)
        blocks.append((lv, {x: level.name[x] for x in langs}, [qq for qq in q.questions if qq.level == lv]))
    blocks.append(("depth", GROUPS["depth"], [qq for qq in q.questions if qq.level == "depth"]))
    blocks.append(("context", GROUPS["context"], [qq for qq in q.questions if qq.level is None]))
    for name, label, questions in blocks:
        if not questions:
            continue
        survey.append(_row(cols, langs, type="begin_group", name=name, label=label, appearance="field-list"))
        for qq in questions:
            kind = {"single": "select_one", "scale": "select_one", "multi": "select_multiple", "text": "text"}[qq.type]
            constraint = ""
            message: dict[str, str] = {}
            if qq.type == "multi":
                alone = [o for o in qq.options if o.exclusive]
                alone_ids = [o.id for o in alone] + ([DONT_KNOW] if qq.dont_know else [])
                if alone_ids:
                    constraint = " and ".join(f"not(selected(., '{i}') and count-selected(.) > 1)" for i in alone_ids)
                    names = [o.label for o in alone] + ([{x: t("dont_know", x) for x in langs}] if qq.dont_know else [])
                    message = {x: " ".join(EXCLUSIVE_MESSAGE[x].format(label=n[x]) for n in names) for x in langs}
            survey.append(
                _row(cols, langs, type=f"{kind} {qq.id}" if kind != "text" else "text", name=qq.id,
                     label={x: qq.text[x] for x in langs}, hint={x: qq.help[x] for x in langs},
                     relevant=_relevant(qq), constraint=constraint, constraint_message=message)
            )  # fmt: skip
            if kind != "text":
                add_choices(qq.id, _choices(qq, langs))
        survey.append(_row(cols, langs, type="end_group", name=name))
    settings = [
        ["form_title", "form_id", "version", "default_language", "style"],
        [_shown(q.title["fr"], "fr"), "assess_" + q.id.replace("-", "_"), q.version, LANG_COLUMNS["fr"], "pages"],
    ]
    return survey, choices, settings


def xlsform_workbook(q: Questionnaire) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ..output import fit_columns, text_cells

    wb = Workbook()
    for i, (title, rows) in enumerate(zip(("survey", "choices", "settings"), xlsform_rows(q), strict=True)):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        for row in rows:
            ws.append(row)
        text_cells(ws)  # a label from a questionnaire file that starts with "=" stays a label
        ws.freeze_panes = "A2"
        for cell in ws[1]:
            cell.font = Font(bold=True)
        fit_columns(ws, rows[0], rows[1:])  # the labels, hundreds of characters, at 50
    return wb


def write_xlsform(q: Questionnaire, path: str | os.PathLike[str]) -> None:
    """Write the XLSForm atomically (a temporary file beside it, then a rename)."""
    from .template import save_workbook

    save_workbook(xlsform_workbook(q), path)
