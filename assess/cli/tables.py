"""Rich tables for `assess score --format table`, made to read at 80 columns.

Names are shortened at a word boundary with "…" (the JSON and CSV outputs keep them whole); "—" means
"not enough answers" and nothing else; level letters are explained with the names the questionnaires
give their levels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rich import box
from rich.table import Table

from ..i18n import sector_label, t
from ..organisation import OrganisationResult, Scored
from ..scoring import LevelScore, Placement
from ..shown import whole
from ..terminal import grouped, rich_text
from ..texts import by_key, section
from ..vocab import LEVEL_IDS

_SHORT = {"strategy": "S", "reorganisation": "R", "data_access": "D", "practices": "P"}
NAME_WIDTH = 18  # at 80 columns, with the other columns, one space between columns
ID_WIDTH = 15
ORG_IN_ROWS = 13  # the organisation repeats on each respondent's row: shorter there
SECTOR_SHORT = {
    lang: {k[7:]: v for k, v in section("tables")[lang].items() if k.startswith("sector_")} for lang in ("fr", "en")
}
ROLE_SHORT = {
    lang: {k[5:]: v for k, v in section("tables")[lang].items() if k.startswith("role_")} for lang in ("fr", "en")
}
GAPS_HEAD = by_key("tables")["gaps_head"]
INSUFFICIENT = "—"
NO_GAP = by_key("tables")["no_gap"]
NOT_COMPUTED = by_key("tables")["not_computed"]


def shorten(text: str, width: int) -> str:
    """`text` in at most `width` characters, cut at a word boundary with "…"."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut and text[width - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-(") + "…"


def shorten_id(text: str, width: int) -> str:
    """An id in at most `width` characters, cut in the middle: ids differ by their ends
    (`agent-accueil-1`, `agent-accueil-2`)."""
    if len(text) <= width:
        return text
    head = (width - 1) // 2
    return text[:head] + "…" + text[len(text) - (width - 1 - head) :]


def _lv(ls: LevelScore) -> str:
    return INSUFFICIENT if ls.position is None else whole(ls.position)


_TRAJ_SHORT = {k[5:]: v for k, v in by_key("tables").items() if k.startswith("traj_")}


def _traj(p: Placement, lang: str) -> str:
    label = _TRAJ_SHORT[p.trajectory][lang]
    return label + ("*" if p.hinge else "")


def respondents_table(records: Sequence[Scored], lang: str, level_names: Mapping[str, str]) -> Table:
    table = _table(_caption(lang, level_names, gaps=False))
    table.add_column(t("organisation", lang), no_wrap=True, width=ORG_IN_ROWS)
    table.add_column(t("respondent", lang), no_wrap=True, width=ID_WIDTH)
    table.add_column(t("role", lang), no_wrap=True, width=9)
    for lv in LEVEL_IDS:
        table.add_column(_SHORT[lv], justify="right", width=3)
    table.add_column("pos.", justify="right", width=4)
    table.add_column("traj.", no_wrap=True, width=11)
    table.add_column("sig.", justify="right", width=4)
    for s, c in records:
        table.add_row(
            rich_text(shorten(s.organisation_name or s.organisation_id, ORG_IN_ROWS)),  # data, not markup
            rich_text(shorten_id(s.respondent_id or "·", ID_WIDTH)),
            ROLE_SHORT["en" if lang == "en" else "fr"].get(s.role or "", "·"),
            *[_lv(c.levels[lv]) for lv in LEVEL_IDS],
            INSUFFICIENT if c.position is None else whole(c.position),
            _traj(c.placement, lang),
            str(len(c.signals)),
        )
    return table


NAME_LINES = 4  # "Office public de l'habitat de la Manche" whole: cut at two lines, it lost which OPH


def wrapped(text: str, width: int, most: int = NAME_LINES) -> str:
    """`text` on at most `most` lines of `width`, the last shortened with "…" when it must be (a name
    of a thousand words does not fill the screen)."""
    import textwrap

    # spaces run together, but a no-break one kept, and a number's groups ("27 000") held together
    lines = textwrap.wrap(grouped(" ".join(re.split(r"[^\S\u00a0]+", text.strip()))), width, break_on_hyphens=False)
    lines = lines or [""]
    if len(lines) <= most:
        return "\n".join(lines)
    return "\n".join([*lines[: most - 1], shorten(" ".join(lines[most - 1 :]), width)])


def organisations_table(
    orgs: Sequence[OrganisationResult],
    lang: str,
    level_names: Mapping[str, str],
    sectors: Mapping[str, str],
    columns: int = 80,
) -> Table:
    """`sectors`: questionnaire id -> its sector id; `columns`: the width to fill (80 to 120)."""
    table = _table(_caption(lang, level_names, gaps=True))
    # a name and the flagged gaps wrap on further lines rather than be cut ("Commune de…" said
    # which commune no more; "S28 R2…" hid two of Logemer's four gaps); a wider terminal widens the name
    name_width = NAME_WIDTH + max(0, min(columns, 120) - 80)
    table.add_column(t("organisation", lang), width=name_width)
    table.add_column(t("sector", lang), no_wrap=True, width=8)
    table.add_column("n", justify="right", width=3)
    for lv in LEVEL_IDS:
        table.add_column(_SHORT[lv], justify="right", width=3)
    table.add_column("pos.", justify="right", width=4)
    table.add_column("traj.", no_wrap=True, width=11)
    table.add_column(GAPS_HEAD["en" if lang == "en" else "fr"], width=7)
    table.add_column("sig.", justify="right", width=4)
    for r in orgs:
        if not r.groups:
            gaps = NOT_COMPUTED[lang]
        else:
            gaps = " ".join(f"{_SHORT[g.level]}{whole(g.gap)}" for g in r.gaps if g.flagged) or NO_GAP[lang]
        name = " ".join((r.organisation_name or r.organisation_id).split())
        label = shorten_id(r.round, 8) if r.round else ""  # the round after the name: "Bocage Habitat 2024"
        name = wrapped(name, name_width)
        if label:  # the round whole, after the name's last line, or on a line of its own
            last = name.rsplit("\n", 1)[-1]
            name += (" " if len(last) + 1 + len(label) <= name_width else "\n") + label
        table.add_row(
            rich_text(name),
            rich_text(shorten(_sector(sectors.get(r.questionnaire_id, ""), lang), 8)),
            str(r.respondents),
            *[_lv(r.levels[lv]) for lv in LEVEL_IDS],
            INSUFFICIENT if r.placement.position is None else whole(r.placement.position),
            _traj(r.placement, lang),
            gaps,
            str(len(r.signals)),
        )
    return table


def _table(caption: str) -> Table:
    return Table(
        caption=rich_text(caption), box=box.SIMPLE_HEAD, show_edge=False, padding=0
    )  # the box puts one space between columns


def _sector(sector: str, lang: str) -> str:
    return SECTOR_SHORT["en" if lang == "en" else "fr"].get(sector) or sector_label(sector, lang)


def _caption(lang: str, level_names: Mapping[str, str], gaps: bool) -> str:
    names = ", ".join(f"{_SHORT[lv]} = {level_names.get(lv) or t(lv, lang)}" for lv in LEVEL_IDS)
    if lang == "fr":
        text = (
            f"{names} ; pos. = position globale ; traj. = trajectoire ; sig. = signaux. "
            f"0 = pôle numérique, 100 = pôle socio-professionnel ; {INSUFFICIENT} = réponses insuffisantes ; "
            "* = plafonnée par la règle charnière."
        )
        if gaps:
            text += (
                " Écarts : niveau et points d'écart entre groupes de rôles ; aucun = pas d'écart marqué ; "
                "n.c. = pas assez de répondants par rôle pour comparer."
            )
        return text
    text = (
        f"{names}; pos. = overall position; traj. = trajectory; sig. = signals. 0 = digital pole, "
        f"100 = socio-professional pole; {INSUFFICIENT} = not enough answers; * = capped by the hinge rule."
    )
    if gaps:
        text += " Gaps: level and points between role groups; none = no flagged gap; n/a = too few per role to compare."
    return text
