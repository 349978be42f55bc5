"""Results as an Excel workbook (`assess score ... -o results.xlsx`), for a consultant's spreadsheet.

Sheets: respondents, organisations, gaps and disagreement, signals. Headers and coded values in words
of the chosen language (the CSV's words, `records.CsvWords`), numbers stored as numbers, the header
row frozen, columns sized to their content. openpyxl is imported only here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..i18n import roles_label
from ..organisation import OrganisationResult, Scored
from ..output import fit_columns, text_cells
from ..records import ORGANISATION_COLUMNS, RESPONDENT_COLUMNS, CsvWords, organisation_row, respondent_row
from ..terminal import clean, typography
from ..texts import section
from ..vocab import LEVEL_IDS

if TYPE_CHECKING:
    from ..plan import Plan


def _sheet(
    wb: Any, title: str, header: list[str], rows: list[list[Any]], first: bool = False, lang: str = "en"
) -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.active if first else wb.create_sheet()
    ws.title = title[:31]  # Excel's limit for a sheet name
    said = typography if lang == "fr" else str  # French spacing, as the report prints the same words
    ws.append([_clean(said(h)) for h in header])  # a heading names a level as its questionnaire does
    for row in rows:
        ws.append([_clean(said(v) if isinstance(v, str) else v) for v in row])
    text_cells(ws)  # a text is data, never a formula: written as it is, without the CSV's quote
    ws.freeze_panes = "A2"
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    fit_columns(ws, header, rows)


def _clean(v: Any) -> Any:
    """A cell: numbers stay numbers, and a control character from the data (which a workbook cannot
    hold) is shown as `\x07`. Text stays as it is: the sheet's text cells are typed as text
    (`text_cells`), which a spreadsheet never runs, so the CSV's guard (a leading quote) would only
    change the data."""
    return clean(v) if isinstance(v, str) else v


def results_workbook(
    scored: Sequence[Scored],
    orgs: Sequence[OrganisationResult],
    lang: str,
    plans: Sequence[Plan] = (),
) -> Any:
    """The workbook; levels named as the batch's questionnaires (`plans`) name them."""
    from openpyxl import Workbook

    words = section("xlsx")["en" if lang == "en" else "fr"]
    ui = section("ui")["en" if lang == "en" else "fr"]
    wb = Workbook()
    rw = CsvWords(RESPONDENT_COLUMNS, lang, plans)
    day = RESPONDENT_COLUMNS.index("date")
    rows = [rw(respondent_row(s)) for s in scored]
    for row in rows:  # a date a spreadsheet sorts and filters as a date, not as text
        row[day] = date.fromisoformat(row[day]) if row[day] else None
    _sheet(wb, words["respondents"], rw.header, rows, True, lang)
    ow = CsvWords(ORGANISATION_COLUMNS, lang, plans)
    _sheet(wb, words["organisations"], ow.header, [ow(organisation_row(r)) for r in orgs], lang=lang)
    # the gaps' and signals' rows name their organisation as the organisations' sheet does (id, name,
    # questionnaire, version, round): two organisations of one name, or one of two major versions,
    # stay apart in a pivot table
    who = ORGANISATION_COLUMNS.index("round") + 1
    named = {id(r): ow(organisation_row(r))[:who] for r in orgs}
    gap_rows: list[list[Any]] = []
    for r in orgs:
        gaps = {g.level: g for g in r.gaps}
        flags = {d.level: d.flagged for d in r.disagreement or ()}
        names = ow.names_of.get((r.questionnaire_id, r.questionnaire_version), ow.level_names)
        for lv in LEVEL_IDS:
            g = gaps.get(lv)
            gap_rows.append([
                *named[id(r)], names[lv],
                g.gap if g else None,
                roles_label(tuple(g.high.split("+")), lang) if g else None,
                roles_label(tuple(g.low.split("+")), lang) if g else None,
                (words["yes"] if g.flagged else words["no"]) if g else None,
                (words["yes"] if flags[lv] else words["no"]) if lv in flags else words["not_measured"],
            ])  # fmt: skip
    gap_head = [*ow.header[:who], *(words[k] for k in ("level", "gap", "high", "low", "flagged", "disagreement"))]
    _sheet(wb, words["gaps"], gap_head, gap_rows, lang=lang)
    by_version = {(p.id, p.version): p for p in plans}

    def title(r: OrganisationResult, sid: str) -> str | None:  # the signal in words, as the report heads it
        p = by_version.get((r.questionnaire_id, r.questionnaire_version))
        return p.signal_title(sid, lang) if p is not None else None

    sig_rows = [
        [
            *named[id(r)],
            s.id,
            title(r, s.id),
            ui[s.severity],
            s.respondents,
            r.respondents,
        ]
        for r in orgs
        for s in r.signals
    ]
    sig_head = [
        *ow.header[:who],
        *(words[k] for k in ("signal", "signal_title", "severity", "raised_by", "respondents")),
    ]
    _sheet(wb, words["signals"], sig_head, sig_rows, lang=lang)
    # the file says itself whom it is for (README, "Anonymity and small teams"): its tab's name, and a line
    said = typography(words["working_note"])  # French spacing kept together, as the report prints it
    note = wb.create_sheet(words["working"])
    note["A1"] = said
    note.column_dimensions["A"].width = 100
    wb.properties.description = said
    return wb


def write_results_xlsx(
    path: str | os.PathLike[str],
    scored: Sequence[Scored],
    orgs: Sequence[OrganisationResult],
    lang: str,
    plans: Sequence[Plan] = (),
) -> None:
    from .template import save_workbook

    save_workbook(results_workbook(scored, orgs, lang, plans), path)
