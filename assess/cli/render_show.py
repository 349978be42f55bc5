"""`assess show`: a questionnaire readable in the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..i18n import t
from ..model import Question, Questionnaire
from ..vocab import LEVEL_IDS, Lang, as_lang


def _question(console: Console, q: Question, lang: Lang) -> None:
    scored = "" if q.scored else (" [dim](non noté)[/dim]" if lang == "fr" else " [dim](not scored)[/dim]")
    console.print(f"  [bold]{escape(q.id)}[/bold] [dim]{q.type}, w={q.weight:g}[/dim]{scored}")
    console.print(f"    {escape(q.wording(lang))}")
    for o in q.options:
        value = "" if o.value is None else f"[cyan]{o.value:g}[/cyan] "
        console.print(f"      {value}{escape(o.id)}: {escape(o.label[lang])}")
    if q.scale:
        ends = ", ".join(f"{k} = {escape(v[lang])}" for k, v in sorted(q.scale.labels.items()))
        console.print(f"      {q.scale.min}..{q.scale.max}" + (f" ({ends})" if ends else ""))
    if q.dont_know and q.type != "text":
        console.print(f"      [dim]dont_know: {t('dont_know', lang)}[/dim]")


def show_questionnaire(q: Questionnaire, language: str) -> None:
    lang: Lang = as_lang(language) if language in q.languages else "fr"
    console = Console()
    console.print(f"[bold]{escape(q.title[lang])}[/bold]  ({q.id} {q.version})")
    console.print(escape(q.description[lang]))
    for lv_id in LEVEL_IDS:
        lv = q.level(lv_id)
        console.rule(f"{escape(lv.name[lang])} ({lv_id}, w={lv.weight:g})")
        console.print(f"  0   {escape(lv.poles.digital[lang])}")
        console.print(f"  100 {escape(lv.poles.socio_professional[lang])}")
        for qq in q.questions:
            if qq.level == lv_id:
                _question(console, qq, lang)
    for title, level in (("depth", "depth"), ("context", None)):
        items = [qq for qq in q.questions if qq.level == level]
        if items:
            console.rule(t(title, lang) if title == "depth" else ("Contexte" if lang == "fr" else "Context"))
            for qq in items:
                _question(console, qq, lang)
    if q.signals:
        console.rule(t("signals", lang))
        for s in q.signals:
            console.print(f"  [bold]{s.id}[/bold] ({t(s.severity, lang)}): {escape(s.title[lang])}")
