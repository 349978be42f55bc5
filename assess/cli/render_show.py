"""`assess show`: a questionnaire readable in the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding

from ..i18n import roles_label, t
from ..model import Question, Questionnaire
from ..terminal import console as new_console
from ..terminal import rich_text
from ..texts import counted, text
from ..vocab import LEVEL_IDS, ROLES, Lang


def _question(console: Console, q: Question, lang: Lang) -> None:
    # what a consultant checks of a question: its type and weight, whether it is a fact, which roles
    # it is asked of (when not every one)
    facts = [q.type, f"w={q.weight:g}", t("show_fact" if q.nature == "fact" else "show_opinion", lang)]
    if not q.scored:
        facts.append(t("show_not_scored", lang))
    if len(q.roles) < len(ROLES):
        facts.append(t("show_roles", lang).format(roles=roles_label(tuple(q.roles), lang)))
    console.print(f"  [bold]{rich_text(q.id)}[/bold] [dim]{rich_text(', '.join(facts))}[/dim]")
    console.print(Padding(rich_text(q.wording(lang)), (0, 0, 0, 4)))  # its lines wrapped under it
    colon = rich_text(text("report.colon", lang))  # "cut_costs : Réduire les coûts" in French
    for o in q.options:
        value = "" if o.value is None else f"[cyan]{o.value:g}[/cyan] "
        console.print(f"      {value}{rich_text(o.id)}{colon}{rich_text(o.label[lang])}")
    if q.scale:
        ends = ", ".join(f"{k} = {rich_text(v[lang])}" for k, v in sorted(q.scale.labels.items()))
        console.print(f"      {q.scale.min}..{q.scale.max}" + (f" ({ends})" if ends else ""))
    if q.dont_know and q.type != "text":
        console.print(f"      [dim]dont_know{colon}{rich_text(t('dont_know', lang))}[/dim]")


def show_questionnaire(q: Questionnaire, language: str) -> None:
    lang: Lang = q.text_language(language)
    console = new_console()
    console.print(f"[bold]{rich_text(q.title[lang])}[/bold]  ({q.id} {q.version})")
    console.print(rich_text(q.description[lang]))
    for lv_id in LEVEL_IDS:
        lv = q.level(lv_id)
        console.rule(f"{rich_text(lv.name[lang])} ({lv_id}, w={lv.weight:g})")
        console.print(f"  0   {rich_text(lv.poles.digital[lang])}")
        console.print(f"  100 {rich_text(lv.poles.socio_professional[lang])}")
        for qq in q.questions:
            if qq.level == lv_id:
                _question(console, qq, lang)
    for title, level in (("depth", "depth"), ("context", None)):
        items = [qq for qq in q.questions if qq.level == level]
        if items:
            console.rule(t(title, lang) if title == "depth" else t("show_context", lang))
            for qq in items:
                _question(console, qq, lang)
    if q.signals:
        console.rule(t("signals", lang))
        for s in q.signals:
            colon = rich_text(text("report.colon", lang))
            console.print(f"  [bold]{s.id}[/bold] ({t(s.severity, lang)}){colon}{rich_text(s.title[lang])}")
    _scoring(console, q, lang)


def _scoring(console: Console, q: Questionnaire, lang: Lang) -> None:
    """The thresholds the file sets, which every output follows: what a consultant who changed
    them checks (found by QA: `show` printed none of them)."""
    sc = q.scoring
    console.rule(t("show_scoring", lang))
    lines = [
        t("show_bands", lang).format(lo=f"{sc.bands.digital_below:g}", hi=f"{sc.bands.socio_professional_from:g}"),
        t("show_hinge", lang).format(level=q.level(sc.hinge.level).name[lang], below=f"{sc.hinge.below:g}"),
    ]
    if sc.hinge.requires is not None:
        lines.append(t("show_hinge_requires", lang))
    stages = ", ".join(f"{st.name[lang]} {st.from_:g}" for st in sc.depth_stages)
    lines.append(t("show_depth", lang).format(stages=stages))
    limits = {"gap": f"{sc.gap_threshold:g}", "coverage": f"{100 * sc.coverage_min:g}"}
    lines.append(counted(sc.min_group_size, "ui.show_groups", lang, **limits))
    for line in lines:
        console.print(Padding(rich_text(line), (0, 0, 0, 2)))
