"""Rich tables for `assess score --format table`."""

from __future__ import annotations

from rich import box
from rich.table import Table

from ..i18n import t
from ..organisation import OrganisationResult, Scored
from ..scoring import LevelScore, Placement
from ..terminal import rich_text
from ..vocab import LEVEL_IDS

_SHORT = {"strategy": "S", "reorganisation": "R", "data_access": "D", "practices": "P"}


def _lv(ls: LevelScore) -> str:
    return "—" if ls.position is None else f"{ls.position:.0f}"


_TRAJ_SHORT = {
    "digital": {"fr": "numérique", "en": "digital"},
    "hybrid": {"fr": "hybride", "en": "hybrid"},
    "socio-professional": {"fr": "socio-pro.", "en": "socio-pro."},
    "undetermined": {"fr": "indéterminée", "en": "undetermined"},
}


def _traj(p: Placement, lang: str) -> str:
    label = _TRAJ_SHORT[p.trajectory][lang]
    return label + ("*" if p.hinge else "")


def respondents_table(records: list[Scored], lang: str) -> Table:
    table = Table(caption=_caption(lang), box=box.SIMPLE_HEAD, pad_edge=False)
    for col in (t("organisation", lang), t("respondent", lang), t("role", lang)):
        table.add_column(col, overflow="fold")
    for lv in LEVEL_IDS:
        table.add_column(_SHORT[lv], justify="right")
    table.add_column("pos.", justify="right")
    table.add_column("traj.", no_wrap=True)
    table.add_column("sig.", justify="right")
    for s, c in records:
        table.add_row(
            rich_text(s.organisation_name or s.organisation_id),  # data, not rich markup
            rich_text(s.respondent_id or "—"),
            t(s.role, lang) if s.role else "—",
            *[_lv(c.levels[lv]) for lv in LEVEL_IDS],
            "—" if c.position is None else f"{c.position:.0f}",
            _traj(c.placement, lang),
            str(len(c.signals)),
        )
    return table


def organisations_table(orgs: list[OrganisationResult], lang: str) -> Table:
    table = Table(caption=_caption(lang), box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(t("organisation", lang), overflow="fold")
    table.add_column("n", justify="right")
    for lv in LEVEL_IDS:
        table.add_column(_SHORT[lv], justify="right")
    table.add_column("pos.", justify="right")
    table.add_column("traj.", no_wrap=True)
    table.add_column(t("gaps", lang))
    table.add_column("sig.", justify="right")
    for r in orgs:
        flagged = [f"{_SHORT[g.level]} {g.gap:.0f}" for g in r.gaps if g.flagged]
        table.add_row(
            rich_text(r.organisation_name or r.organisation_id),
            str(r.respondents),
            *[_lv(r.levels[lv]) for lv in LEVEL_IDS],
            "—" if r.placement.position is None else f"{r.placement.position:.0f}",
            _traj(r.placement, lang),
            "; ".join(flagged) or "—",
            str(len(r.signals)),
        )
    return table


def _caption(lang: str) -> str:
    names = ", ".join(f"{_SHORT[lv]} = {t(lv, lang)}" for lv in LEVEL_IDS)
    if lang == "fr":
        return (
            f"{names} ; pos. = position globale ; traj. = trajectoire ; sig. = signaux. "
            "0 = pôle numérique, 100 = pôle socio-professionnel ; — = insuffisant ; "
            "* = plafonnée par la règle charnière."
        )
    return (
        f"{names}; pos. = overall position; traj. = trajectory; sig. = signals. "
        "0 = digital pole, 100 = socio-professional pole; — = insufficient; * = capped by the hinge rule."
    )
