"""A reader of LimeSurvey's tab-separated survey structure, written for the tests from INTEROP.md
1a (LimeSurvey's `TSVImportSurvey()` as documented there), independent of the exporter.

It reads what the importer reads: a header row addressed by column name, rows of classes S, SL, G,
Q, SQ, A (and AS), linked by proximity (Q to the preceding G, SQ and A to the preceding Q), one
block per language. It refuses what LimeSurvey would refuse or silently damage: question codes that
are not alphanumeric starting with a letter or longer than 20 characters, answer codes longer than
5, rows out of place, and language blocks whose structure differs.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

QUESTION_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,19}$")
KNOWN = {"id", "related_id", "class", "type/scale", "name", "relevance", "text", "help", "language", "validation",
         "mandatory", "other", "default", "same_default"}  # fmt: skip


@dataclass
class LsAnswer:
    code: str
    text: str
    assessment_value: str


@dataclass
class LsSub:
    code: str
    text: str


@dataclass
class LsQuestion:
    type: str
    code: str
    text: str
    help: str
    relevance: str
    mandatory: str
    attributes: dict[str, str] = field(default_factory=dict)
    subquestions: list[LsSub] = field(default_factory=list)
    answers: list[LsAnswer] = field(default_factory=list)


@dataclass
class LsGroup:
    key: str
    name: str
    questions: list[LsQuestion] = field(default_factory=list)


@dataclass
class LsLanguage:
    groups: list[LsGroup] = field(default_factory=list)


@dataclass
class LsSurvey:
    settings: dict[str, str]
    language_settings: dict[str, dict[str, str]]
    languages: dict[str, LsLanguage]


def _structure(lang: LsLanguage) -> list[tuple]:
    return [
        (g.key, [(q.code, q.type, [s.code for s in q.subquestions], [a.code for a in q.answers]) for q in g.questions])
        for g in lang.groups
    ]


def parse_lstsv(text: str) -> LsSurvey:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quotechar='"'))
    if not rows:
        raise ValueError("empty file")
    head = [h.strip() for h in rows[0]]
    for need in ("class", "type/scale", "name", "text", "language"):
        if need not in head:
            raise ValueError(f"header without column {need!r}")
    settings: dict[str, str] = {}
    lsettings: dict[str, dict[str, str]] = {}
    languages: dict[str, LsLanguage] = {}
    group: LsGroup | None = None
    question: LsQuestion | None = None
    for n, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        row = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(head)}
        cls, lang = row["class"], row["language"]
        if cls == "S":
            settings[row["name"]] = row["text"]
        elif cls == "SL":
            lsettings.setdefault(lang, {})[row["name"]] = row["text"]
        elif cls == "G":
            group = LsGroup(row["type/scale"], row["name"])
            languages.setdefault(lang, LsLanguage()).groups.append(group)
            question = None
        elif cls == "Q":
            if group is None:
                raise ValueError(f"line {n}: a question before any group")
            if not QUESTION_CODE.match(row["name"]):
                raise ValueError(
                    f"line {n}: question code {row['name']!r} is not a letter then at most 19 letters or digits"
                )
            attrs = {h: v for h, v in row.items() if h not in KNOWN and v != ""}
            if row.get("default"):
                attrs["default"] = row["default"]
            question = LsQuestion(row["type/scale"], row["name"], row["text"], row.get("help", ""),
                                  row.get("relevance", ""), row.get("mandatory", ""), attrs)  # fmt: skip
            group.questions.append(question)
        elif cls in ("SQ", "A"):
            if question is None:
                raise ValueError(f"line {n}: a {cls} row before any question")
            if cls == "A":
                if not row["name"] or len(row["name"]) > 5:
                    raise ValueError(f"line {n}: answer code {row['name']!r} is empty or longer than 5 characters")
                question.answers.append(LsAnswer(row["name"], row["text"], row.get("assessment_value", "")))
            else:
                question.subquestions.append(LsSub(row["name"], row["text"]))
        elif cls in ("AS", "C", "QTA", "QTAM", "QTALS"):
            continue
        else:
            raise ValueError(f"line {n}: unknown row class {cls!r}")
    if not languages:
        raise ValueError("no group")
    shapes = {lang: _structure(block) for lang, block in languages.items()}
    first = next(iter(shapes))
    for lang, shape in shapes.items():
        if shape != shapes[first]:
            raise ValueError(f"language {lang!r} does not have the same groups, questions and answers as {first!r}")
    return LsSurvey(settings, lsettings, languages)
