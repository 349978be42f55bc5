"""A questionnaire as a LimeSurvey survey structure (the tab-separated `.txt` that LimeSurvey 6
imports: "Import survey" in the admin interface, or RemoteControl `import_survey`).

Why this format (INTEROP.md 1a): no foreign keys to keep consistent, rows linked by proximity, one
file for both languages, and answer rows carry `assessment_value`. Layout:

    S  survey settings: anonymous collection (anonymized Y, no date stamp, no IP, no referrer)
    SL title, welcome and end texts, per language
    G  one group per block (profile, the four levels, depth, context); within each group, the rows
       of the base language first, then the same rows in the other language (CorrelAid's order,
       which avoids an importer bug on question order)
    Q  one question; SQ its subquestions (multiple choice); A its answers

Codes come from `codes.py`, the one mapping the importer reads too. LimeSurvey's own assessment is
not used to score: `assess import` maps answer codes back to option ids and scores with the
questionnaire (assessment values 0-4 are there for a consultant who looks inside LimeSurvey).
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator, Sequence

from ..i18n import t
from ..model import Question, Questionnaire
from ..terminal import typography
from ..texts import by_key
from ..vocab import DONT_KNOW, LEVEL_IDS, ROLES, Lang
from .codes import DONT_KNOW_CODE, ROLE_ANSWERS, ROLE_CODE, VERSION_CODE, QuestionCodes, limesurvey_codes, version_tag

COLUMNS = [
    "id", "related_id", "class", "type/scale", "name", "relevance", "text", "help", "language", "validation",
    "mandatory", "other", "default", "same_default", "hidden", "assessment_value", "exclude_all_others",
]  # fmt: skip

SETTINGS = {
    "format": "G",  # one group per page
    "anonymized": "Y",  # no link between a response and a participant
    "datestamp": "N",
    "ipaddr": "N",
    "ipanonymize": "Y",
    "refurl": "N",
    "savetimings": "N",
    "assessments": "N",
    "allowprev": "Y",
    "showprogress": "Y",
    "questionindex": "1",
    "showwelcome": "Y",
    "shownoanswer": "Y",
}

TEXTS: dict[str, dict[str, str]] = by_key("limesurvey")


_KEYS = [{"class": "class_", "type/scale": "type_scale"}.get(c, c) for c in COLUMNS]


SHOWN = ("name", "text", "help")  # what a respondent reads (a group's name; codes have no spaces)
# LimeSurvey runs the text between braces of a question, its help and its answers as ExpressionScript
# ("{7*7}" shown as 49, "{TOKEN:EMAIL}" replaced by the participant's address, "{% raw %}" an error
# on the page), and its themes run a group's name and description and the survey's title and texts
# through it too (`processString(aGroup.name)`, `processString(aSurveyInfo.surveyls_title, 1)`); a
# brace after a backslash is shown as a brace (its em_core_helper.php)
EVALUATED = {"Q": ("text", "help"), "SQ": ("text", "help"), "A": ("text",), "G": ("name", "text"), "SL": ("text",)}
BRACE = re.compile(r"([{}])")


def _row(**cells: str) -> list[str]:
    """One row; what the respondent reads in French spacing that never breaks (as the terminal
    and the report print it): a "?" never alone at the start of a line on a phone."""
    if cells.get("language") == "fr":
        cells = {k: typography(v) if k in SHOWN else v for k, v in cells.items()}
    # LimeSurvey shows these as HTML: a "<" or "&" of a consultant's text is shown, never read as markup
    cells = {k: html.escape(v, quote=False) if k in SHOWN else v for k, v in cells.items()}
    run = EVALUATED.get(cells.get("class_", ""), ())  # a brace of a consultant's text is shown, never run
    cells = {k: BRACE.sub(r"\\\1", v) if k in run else v for k, v in cells.items()}
    return [cells.get(k, "") for k in _KEYS]


def _clean(text: str) -> str:
    """A cell of the TSV: no tab or newline inside (csv quoting would keep them, but a consultant
    opening the file in a text editor should see one row per line)."""
    return " ".join(text.split())


def _relevance(q: Question) -> str:
    """Asked of some roles only: shown to them, and to whoever did not give a role (as `assess run`)."""
    if set(q.roles) >= set(ROLES):
        return "1"
    tests = " or ".join(f'ROLE.NAOK == "{ROLE_ANSWERS[r]}"' for r in ROLES if r in q.roles)
    return f"(is_empty(ROLE.NAOK) or {tests})"


def _assessment(value: float | None) -> str:
    return "" if value is None else str(round(value))


def _question_rows(q: Question, c: QuestionCodes, lang: Lang, base: bool) -> Iterator[list[str]]:
    """A question's Q, SQ and A rows in one language; attributes that are not per language are
    written on the base language's rows only."""
    kind = {"single": "L", "scale": "L", "multi": "M", "text": "T"}[q.type]
    exclusive = [c.subquestions[o.id] for o in q.options if o.exclusive] if q.type == "multi" else []
    if q.type == "multi" and DONT_KNOW in c.subquestions:
        exclusive.append(DONT_KNOW_CODE)
    yield _row(
        class_="Q",
        type_scale=kind,
        name=c.code,
        relevance=_relevance(q),
        text=_clean(q.text[lang]),
        help=_clean(q.help[lang]),
        language=lang,
        mandatory="N",
        other="N",
        exclude_all_others=";".join(exclusive) if base else "",
    )
    if q.type == "single":
        for o in q.options:
            yield _row(class_="A", type_scale="0", name=c.options[o.id], text=_clean(o.label[lang]), language=lang,
                       assessment_value=_assessment(o.value))  # fmt: skip
    elif q.type == "scale" and q.scale is not None:
        span = q.scale.max - q.scale.min
        for k in range(q.scale.min, q.scale.max + 1):
            label = q.scale.labels.get(k)
            text = f"{k} ({label[lang]})" if label else str(k)
            value = 4 * (k - q.scale.min) / span if q.scored else None
            yield _row(class_="A", type_scale="0", name=c.options[str(k)], text=text, language=lang,
                       assessment_value=_assessment(value))  # fmt: skip
    elif q.type == "multi":
        for o in q.options:
            yield _row(
                class_="SQ", type_scale="0", name=c.subquestions[o.id], text=_clean(o.label[lang]), language=lang
            )
    if q.dont_know and q.type != "text":
        cls = "SQ" if q.type == "multi" else "A"
        yield _row(class_=cls, type_scale="0", name=DONT_KNOW_CODE, text=t("dont_know", lang), language=lang,
                   assessment_value="" if cls == "SQ" else "0")  # fmt: skip


def _groups(q: Questionnaire) -> list[tuple[str, dict[str, str], list[Question]]]:
    """(group key, name per language, questions) in the order of the survey."""
    out: list[tuple[str, dict[str, str], list[Question]]] = []
    for lv in LEVEL_IDS:
        level = q.level(lv)
        out.append((lv, {k: v for k, v in level.name.items()}, [x for x in q.questions if x.level == lv]))
    out.append(("depth", TEXTS["depth"], [x for x in q.questions if x.level == "depth"]))
    out.append(("context", TEXTS["context"], [x for x in q.questions if x.level is None]))
    return [g for g in out if g[2]]


def limesurvey_rows(q: Questionnaire, langs: Sequence[Lang]) -> list[list[str]]:
    """The survey structure as rows of cells (header first)."""
    codes = {c.question_id: c for c in limesurvey_codes(q)}
    min_size = q.scoring.min_group_size
    base = langs[0]
    rows: list[list[str]] = [list(COLUMNS)]
    rows.append(_row(class_="S", name="language", text=base))
    if len(langs) > 1:
        rows.append(_row(class_="S", name="additional_languages", text=" ".join(langs[1:])))
    rows += [_row(class_="S", name=k, text=v) for k, v in SETTINGS.items()]
    for lang in langs:
        rows.append(_row(class_="SL", name="surveyls_title", text=_clean(q.title[lang]), language=lang))
        rows.append(_row(class_="SL", name="surveyls_welcometext", text=TEXTS["welcome"][lang].format(min=min_size),
                         language=lang))  # fmt: skip
        rows.append(_row(class_="SL", name="surveyls_endtext", text=TEXTS["end"][lang], language=lang))
    for lang in langs:  # the profile group: the role and the hidden version
        rows.append(_row(class_="G", type_scale="1", name=TEXTS["profile"][lang], relevance="1",
                         text=TEXTS["profile_help"][lang].format(min=min_size), language=lang))  # fmt: skip
        rows.append(_row(class_="Q", type_scale="L", name=ROLE_CODE, relevance="1",
                         text=TEXTS["role_question"][lang], language=lang, mandatory="N", other="N"))  # fmt: skip
        for role in ROLES:
            rows.append(_row(class_="A", type_scale="0", name=ROLE_ANSWERS[role], text=t(role, lang).capitalize(),
                             language=lang))  # fmt: skip
        rows.append(_row(class_="Q", type_scale="S", name=VERSION_CODE, relevance="1",
                         text=TEXTS["version_question"][lang], language=lang, mandatory="N", other="N",
                         default=version_tag(q), hidden="1" if lang == base else ""))  # fmt: skip
    for key, (_, names, questions) in enumerate(_groups(q), start=2):
        for lang in langs:
            rows.append(_row(class_="G", type_scale=str(key), name=_clean(names[lang]), relevance="1", language=lang))
            for qq in questions:
                rows.extend(_question_rows(qq, codes[qq.id], lang, lang == base))
    return rows


def limesurvey_tsv(q: Questionnaire, langs: Sequence[Lang] = ("fr", "en")) -> str:
    """The `.txt` file's text: UTF-8 with a BOM (as LimeSurvey's exporter writes it), TAB-separated,
    `"` quoting where needed, one row per line."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", quotechar='"', lineterminator="\n")
    writer.writerows(limesurvey_rows(q, langs))
    return "\ufeff" + buf.getvalue()
