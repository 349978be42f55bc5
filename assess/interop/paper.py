"""A questionnaire as a printable paper form, for staff who answer without a computer (field agents,
social workers): one HTML page rendered by `report_templates/paper.html`, and its PDF.

Every box carries its code in small grey print (the option id, `dont_know`, the scale's integer, the
role id), so that a consultant can type a filled-in sheet into a spreadsheet or an answers file.
The template is rendered with the report's jinja2 environment (autoescape on): no questionnaire
text is ever marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import t
from ..model import Question, Questionnaire
from ..terminal import after_colon
from ..texts import by_key
from ..vocab import DONT_KNOW, ROLES, Lang

# options whose label and code fit on one line of half the width (in characters of the label, a
# character of the small code counting for 0.7) show in two columns
HALF_LINE = 34
# ruled lines under a free-text question
TEXT_LINES = 4

TEXTS: dict[str, dict[str, str]] = by_key("paper")


def text(key: str, lang: Lang) -> str:
    return TEXTS[key][lang]


@dataclass(frozen=True)
class Box:
    """One box to tick: its printed label and the code a consultant types in."""

    code: str
    label: str
    note: str = ""  # e.g. "tick on its own" for an exclusive option


@dataclass(frozen=True)
class Variant:
    """A question's wording for one role, printed under the general wording."""

    lead: str  # "If you work in the field:"
    text: str


@dataclass(frozen=True)
class PaperQuestion:
    number: int
    id: str
    type: str  # single | multi | scale | text
    text: str
    help: str
    variants: list[Variant]
    roles_note: str  # "(pour : direction, encadrement)" when the question is for some roles only
    multi_note: str  # "plusieurs réponses possibles" unless the wording says so already
    boxes: list[Box]  # options, or the scale's integers
    dont_know: Box | None
    two_columns: bool
    lines: int  # ruled lines for a free-text answer


@dataclass(frozen=True)
class PaperSection:
    id: str
    title: str
    intro: str
    questions: list[PaperQuestion]


@dataclass(frozen=True)
class PaperSheet:
    lang: Lang
    questionnaire_id: str
    version: str
    title: str
    description: str
    roles: list[Box]
    sections: list[PaperSection]
    t: dict[str, str] = field(default_factory=dict)  # the fixed texts in the sheet's language

    @property
    def last_number(self) -> int:
        return sum(len(s.questions) for s in self.sections)

    @property
    def footer(self) -> str:
        return f"{self.title} · {self.questionnaire_id} {self.version}"


def _role_label(role: str, lang: Lang) -> str:
    return t(role, lang)


def _width(b: Box) -> float:
    return len(b.label) + len(b.note) + 0.7 * len(b.code)


def _question(q: Question, number: int, lang: Lang) -> PaperQuestion:
    wording = q.text[lang]
    variants = [
        Variant(text(f"variant:{r}", lang), after_colon(q.text_by_role[r][lang], lang))
        for r in ROLES
        if r in q.text_by_role
    ]
    roles_note = ""
    if not set(ROLES) <= set(q.roles):
        names = ", ".join(_role_label(r, lang) for r in ROLES if r in q.roles)
        roles_note = "(" + text("for_roles", lang).format(roles=names) + ")"
    multi_note = ""
    if q.type == "multi" and text("multi", lang).casefold() not in wording.casefold():
        multi_note = text("multi", lang)
    boxes: list[Box] = []
    if q.type in ("single", "multi"):
        exclusive_note = text("exclusive", lang) if q.type == "multi" else ""
        boxes = [Box(o.id, o.label[lang], exclusive_note if o.exclusive else "") for o in q.options]
    elif q.type == "scale" and q.scale is not None:
        boxes = [
            Box(str(k), q.scale.labels[k][lang] if k in q.scale.labels else "")
            for k in range(q.scale.min, q.scale.max + 1)
        ]
    dont_know = Box(DONT_KNOW, t("dont_know", lang)) if q.dont_know and q.type != "text" else None
    two_columns = q.type in ("single", "multi") and all(_width(b) <= HALF_LINE for b in boxes)
    return PaperQuestion(
        number=number,
        id=q.id,
        type=q.type,
        text=wording,
        help=q.help[lang],
        variants=variants,
        roles_note=roles_note,
        multi_note=multi_note,
        boxes=boxes,
        dont_know=dont_know,
        two_columns=two_columns,
        lines=TEXT_LINES if q.type == "text" else 0,
    )


def paper_sheet(q: Questionnaire, lang: Lang) -> PaperSheet:
    """The typed context of the paper form: sections in print order (the four levels, depth, context),
    questions numbered from 1 across sections."""
    groups: list[tuple[str, str, str, list[Question]]] = [
        (lv.id, lv.name[lang], lv.intro[lang], [x for x in q.questions if x.level == lv.id]) for lv in q.levels
    ]
    groups.append(
        ("depth", text("depth", lang), text("depth_intro", lang), [x for x in q.questions if x.level == "depth"])
    )
    groups.append(
        ("context", text("context", lang), text("context_intro", lang), [x for x in q.questions if x.level is None])
    )
    sections: list[PaperSection] = []
    number = 0
    for sid, title, intro, questions in groups:
        if not questions:
            continue
        printed = []
        for x in questions:
            number += 1
            printed.append(_question(x, number, lang))
        sections.append(PaperSection(sid, title, intro, printed))
    texts = {k: v[lang] for k, v in TEXTS.items()}
    texts["how_groups"] = texts["how_groups"].format(min=q.scoring.min_group_size)
    return PaperSheet(
        lang=lang,
        questionnaire_id=q.id,
        version=q.version,
        title=q.title[lang],
        description=q.description[lang],
        roles=[Box(r, _role_label(r, lang)) for r in ROLES],
        sections=sections,
        t=texts,
    )


def paper_html(q: Questionnaire, lang: Lang) -> str:
    """The paper form as one self-contained HTML page (inline CSS, no script, no external resource)."""
    from ..report.render import environment

    html: str = environment().get_template("paper.html").render(p=paper_sheet(q, lang))
    return html


def paper_pdf(q: Questionnaire, lang: Lang) -> bytes:
    """The paper form as an A4 PDF (WeasyPrint, imported here; nothing is fetched)."""
    from ..report.render import pdf_bytes

    return pdf_bytes(paper_html(q, lang), f"{q.id}-{lang}.pdf")
