"""Answers: the `assess-answers/1` format and the one check that decides what is valid.

    answers object --check against a plan (here)--> Checked (AnswerSheet + each question's 0..4 value)

`check_answers` is the definition: it lists every problem (file, line, question id, message). The
batch runs a faster form generated from the same plan (fastcheck.py), which accepts exactly what this
accepts; a property test over every bundled questionnaire and a synthetic one that uses every
feature proves it. The published JSON Schema (`answers_schema`) is built from the constants below,
and a table of valid and invalid cases checks that it agrees with `check_answers`.
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import AnswersError, AssessError, Problem
from .plan import END, VERSION_PATTERN, Plan, QuestionPlan, parse_version
from .terminal import clean, repr_shown
from .vocab import DONT_KNOW, LANGS, MAX_TEXT, ROLES

FORMAT = "assess-answers/1"
TOP_KEYS = frozenset(
    {"format", "questionnaire", "organisation", "respondent", "date", "round", "lang", "answers", "comments"}
)
QREF_KEYS = frozenset({"id", "version"})
ORG_KEYS = frozenset({"id", "name"})
RESPONDENT_KEYS = frozenset({"id", "role"})
MAX_ID = 200  # characters of an organisation or respondent id or name
MAX_ROUND = 40  # characters of an assessment round's label ("2026", "T1", "printemps-2027")
# A day of the calendar, YYYY-MM-DD (ASCII digits only), from the year 0001 (the calendar has no
# year 0, and a date of it stopped the workbook and the rounds' span): 30 days in April, June, September and
# November, 28 in February, and 29 in February of a leap year (divisible by 4, centuries only by
# 400). A pattern, not code, so that the readable check, the fast check (which calls `is_date`) and
# the published schema hold the same rule; tests/test_answers.py proves it against `datetime.date`.
DATE_PATTERN = (
    r"^(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
    r"-02-29)" + END
)
DATE_REGEX = re.compile(DATE_PATTERN)
NOT_BLANK = re.compile(r"\S")
# What an id (an organisation's or a respondent's) and a round's label never hold: a character no
# reader sees that is not a space. Controls, zero-width and direction marks, line and paragraph
# separators, the soft hyphen, the byte-order mark and the other format characters of Unicode's
# Basic Multilingual Plane (category Cf): "org1" pasted with a zero-width space after it prints as
# "org1" but is another organisation, and a respondent pasted so counted twice. Every one of them is
# a character `str.isprintable` refuses, which lets the batch's fast form test a respondent's id by
# that alone and leave the others to this check. A pattern, not code: the schema holds it too.
HIDDEN = (
    r"\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u2028-\u202e"
    r"\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
)
HIDDEN_CHAR = re.compile(f"[{HIDDEN}]")
# An id or a round's label begins and ends with a character that is not a space ("logemer " was
# another organisation than "logemer", of the one person who typed it, whose report was theirs):
# an organisation's id and a round's label, not blank; a respondent's id, or only spaces (no id)
_WORD = f"[^\\s{HIDDEN}](?:[^{HIDDEN}]*[^\\s{HIDDEN}])?"
VISIBLE_PATTERN = f"^(?:[^\\S{HIDDEN}]*|{_WORD}){END}"  # a respondent's id
ID_PATTERN = f"^{_WORD}{END}"  # an organisation's id, a round
is_id = re.compile(ID_PATTERN).match
is_date = DATE_REGEX.match


@dataclass(slots=True)
class AnswerSheet:
    """One respondent's valid answers. `answers` holds only answered questions ("dont_know" kept)."""

    questionnaire_id: str
    questionnaire_version: str
    organisation_id: str
    organisation_name: str | None
    respondent_id: str | None
    role: str | None
    answers: dict[str, Any]
    comments: dict[str, str] = field(default_factory=dict)
    date: str | None = None
    lang: str | None = None
    source: str = ""
    line: int | None = None
    warnings: list[str] = field(default_factory=list)
    round: str | None = None  # the assessment round ("2026", "T1"); None: the organisation's only round

    def to_json(self) -> dict[str, Any]:
        """Back to the `assess-answers/1` format."""
        out: dict[str, Any] = {
            "format": FORMAT,
            "questionnaire": {"id": self.questionnaire_id, "version": self.questionnaire_version},
            "organisation": {"id": self.organisation_id},
        }
        if self.organisation_name is not None:
            out["organisation"]["name"] = self.organisation_name
        if self.respondent_id is not None or self.role is not None:
            out["respondent"] = {k: v for k, v in (("id", self.respondent_id), ("role", self.role)) if v}
        if self.date:
            out["date"] = self.date
        if self.round:
            out["round"] = self.round
        if self.lang:
            out["lang"] = self.lang
        out["answers"] = dict(self.answers)
        if self.comments:
            out["comments"] = dict(self.comments)
        return out


@dataclass(slots=True)
class Checked:
    """A valid answer sheet and the 0..4 value of each scored question that counts for its role."""

    sheet: AnswerSheet
    values: dict[str, float]


def read_header(obj: Any, source: str, line: int | None) -> tuple[str, str]:
    """The questionnaire id and version an answers object names (to choose its plan), or AnswersError."""
    if not isinstance(obj, dict):
        raise AnswersError(Problem(source, f"expected a JSON object, got {_kind(obj)}", line))
    fmt = obj.get("format")
    if fmt != FORMAT:
        msg = f'not an answers file: no "format": "{FORMAT}"' if fmt is None else f"unsupported format {_short(fmt)}"
        raise AnswersError(Problem(source, msg + f" (expected {FORMAT!r})" if fmt is not None else msg, line))
    qref = obj.get("questionnaire")
    if qref is not None and not isinstance(qref, dict):
        msg = f"must be an object with id and version, got {_kind(qref)}"
        raise AnswersError(Problem(source, msg, line, "questionnaire"))
    qid = None if qref is None else qref.get("id")
    if qid is not None and type(qid) is not str:
        msg = f"the questionnaire's id is text, got {_kind(qid)}"
        raise AnswersError(Problem(source, msg, line, "questionnaire.id"))
    if qref is None or not qid:
        raise AnswersError(
            Problem(source, 'missing "questionnaire": {"id": ..., "version": ...}', line, "questionnaire")
        )
    version = qref.get("version")
    if parse_version(version) is None:
        raise AnswersError(
            Problem(source, f"version {_short(version)} is not like 1.0.0", line, "questionnaire.version")
        )
    return qid, str(version)


def value_problem(q: QuestionPlan, a: Any) -> str | None:
    """What is wrong with answer `a` to question `q` (None: it is valid). Null is valid (skipped)."""
    if a is None:
        return None
    if a == DONT_KNOW:
        return None if q.dont_know else '"dont_know" is not allowed for this question'
    if q.kind == "single":
        if type(a) is not str:
            return f"expected one option id (text), got {_kind(a)}"
        if a not in q.values:  # "don't know" is one of the answers a person may give, where it is allowed
            ids = [*q.values, DONT_KNOW] if q.dont_know else list(q.values)
            return f"unknown option {_short(a)} (expected one of: {', '.join(ids)})"
    elif q.kind == "multi":
        if type(a) is not list:
            return f"expected a list of option ids (text), got {_kind(a)}"
        item = next((x for x in a if type(x) is not str), a)
        if item is not a:
            return f"expected a list of option ids (text), got a list holding {_kind(item)}"
        bad = [x for x in a if x not in q.values]
        if len(bad) == 1:
            return f"unknown option {_short(bad[0])} (expected one of: {', '.join(q.values)})"
        if bad:
            return f"unknown options {_some(bad)} (expected: {', '.join(q.values)})"
        if len(set(a)) != len(a):
            return "an option is ticked twice"
        if len(a) > 1 and not q.exclusive.isdisjoint(a):
            return f"option {sorted(q.exclusive.intersection(a))[0]!r} excludes the others"
    elif q.kind == "scale":
        if type(a) is not int:
            return f"expected a whole number from {q.scale_min} to {q.scale_max}, got {_kind(a)}"
        if not q.scale_min <= a <= q.scale_max:
            return f"{_short(a)} is outside the scale {q.scale_min}..{q.scale_max}"
    else:
        if type(a) is not str:
            return f"expected text, got {_kind(a)}"
        if len(a) > MAX_TEXT:
            return f"text longer than {MAX_TEXT} characters"
    return None


def not_for(plan: Plan, qid: Any, version: Any) -> str | None:
    """Why answers to `qid` `version` are not scored by `plan` (another questionnaire, or another
    major version), or None when they are."""
    parsed = parse_version(version)
    if qid == plan.id and parsed is not None and parsed[0] == plan.major:
        return None
    return f"answers are for {_short_id(qid)} {_short_id(version)}, not {plan.label()}"


def check_answers(plan: Plan, obj: Any, source: str | os.PathLike[str] = "", line: int | None = None) -> Checked:
    """The valid sheet of an answers object for this plan, or AnswersError listing every problem."""
    if not isinstance(plan, Plan):
        raise AnswersError(f"check_answers takes a Plan (from compile_plan), got {_kind(plan)}")
    source = as_source(source)
    problems: list[Problem] = []

    def bad(msg: str, where: str | None = None) -> None:
        problems.append(Problem(source, msg, line, where))

    def optional_text(value: Any, where: str) -> str | None:
        if value is not None and (type(value) is not str or len(value) > MAX_ID):
            got = f"text of {len(value)} characters" if type(value) is str else _kind(value)
            bad(f"{where.rsplit('.')[-1]} must be text of at most {MAX_ID} characters, got {got}", where)
            return None
        return value

    qid, version = read_header(obj, source, line)
    warnings: list[str] = plan.notes()
    parsed = parse_version(version)
    assert parsed is not None  # read_header checked it
    wrong = not_for(plan, qid, version)
    if wrong:
        bad(wrong, "questionnaire")
    elif version != plan.version and parsed[1] != plan.minor:
        warnings.append(
            f"answers are for {qid} {version}, scored with {plan.version} (same major version, "
            "questions may have been added or re-worded)"
        )
    extra = obj.keys() - TOP_KEYS
    if extra:
        bad(_unknown_keys(extra))
    if obj["questionnaire"].keys() - QREF_KEYS:
        bad(_unknown_keys(obj["questionnaire"].keys() - QREF_KEYS, "questionnaire"), "questionnaire")

    org = obj.get("organisation")
    org_id: str = ""
    org_name: str | None = None
    if org is not None and not isinstance(org, dict):
        bad(f"must be an object with id and name, got {_kind(org)}", "organisation")
    elif org is None:
        bad('missing "organisation": {"id": ...}', "organisation")
    else:
        if org.keys() - ORG_KEYS:
            bad(_unknown_keys(org.keys() - ORG_KEYS, "organisation"), "organisation")
        oid = org.get("id")
        if oid is not None and type(oid) is not str:
            bad(f"the organisation's id is text, got {_kind(oid)}", "organisation.id")
        elif type(oid) is not str or not NOT_BLANK.search(oid):
            bad('missing "organisation": {"id": ...}: the id is text, not blank', "organisation.id")
        elif wrong := id_problem(oid):
            bad(wrong, "organisation.id")
        else:
            org_id = oid
        org_name = optional_text(org.get("name"), "organisation.name")

    resp = obj.get("respondent")
    rid: str | None = None
    role: str | None = None
    if resp is not None:
        if not isinstance(resp, dict):
            bad(f"must be an object with id and role, got {_kind(resp)}", "respondent")
        else:
            if resp.keys() - RESPONDENT_KEYS:
                bad(_unknown_keys(resp.keys() - RESPONDENT_KEYS, "respondent"), "respondent")
            rid = optional_text(resp.get("id"), "respondent.id")
            if rid is not None and (wrong := hidden_character(rid) or spaced(rid)):
                bad(wrong, "respondent.id")
                rid = None
            elif rid is not None and (not rid or rid.isspace()):
                rid = None  # blank: no id (two blank ones were one respondent, counted once)
            r_role = resp.get("role")
            if r_role is not None and (type(r_role) is not str or r_role not in ROLES):
                bad(f"unknown role {_short(r_role)} (expected one of: {', '.join(ROLES)})", "respondent.role")
            else:
                role = r_role

    date = obj.get("date")
    if date is not None and (type(date) is not str or not is_date(date)):
        bad(f"date must be a day of the calendar, YYYY-MM-DD, got {_short(date)}", "date")
        date = None
    rnd = obj.get("round")
    wrong = round_problem(rnd)
    if wrong:
        bad(wrong, "round")
        rnd = None
    lang = obj.get("lang")
    if lang is not None and (type(lang) is not str or lang not in LANGS):
        bad(f"lang must be fr or en, got {_short(lang)}", "lang")
        lang = None

    raw = obj.get("answers")
    answers: dict[str, Any] = {}
    if not isinstance(raw, dict):
        bad('missing "answers": {question id: answer}', "answers")
        raw = {}
    for q_id, a in raw.items():
        q = plan.questions.get(q_id)
        if q is None:
            close = difflib.get_close_matches(str(q_id), list(plan.questions), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            bad(f"unknown question (not in {plan.label()}){hint}", _short_id(q_id))
            continue
        msg = value_problem(q, a)
        if msg is not None:
            bad(msg, q_id)
        elif a is not None and a != []:
            answers[q_id] = a
    comments = obj.get("comments")
    if comments is None:
        comments = {}
    elif not isinstance(comments, dict):
        bad(f"comments must be an object {{question id: text}}, got {_kind(comments)}", "comments")
        comments = {}
    else:
        for q_id, c in comments.items():
            if q_id not in plan.questions:
                bad("comment on an unknown question", f"comments.{_short_id(q_id)}")
            elif type(c) is not str or len(c) > MAX_TEXT:
                bad(f"a comment is text of at most {MAX_TEXT} characters", f"comments.{q_id}")
    if problems:
        raise AnswersError(problems)
    # answered, but not asked of the respondent's role: kept, and not scored (docs/method.md); said,
    # since a wrong role in a consultant's sheet would otherwise change the scores without a word
    unasked = [q_id for q_id in answers if not plan.questions[q_id].asked_of(role)]
    if unasked:
        warnings = [*warnings, f"answers to questions not asked of the role {role}, so not scored: {_some(unasked)}"]
    sheet = AnswerSheet(
        plan.id, version, org_id, org_name, rid, role, answers, comments, date, lang, source, line, warnings, rnd
    )
    return Checked(sheet, question_values(plan.questions, answers, role))


def question_values(
    questions: Mapping[str, QuestionPlan],
    answers: Mapping[str, Any],
    role: str | None,
    only: Iterable[str] | None = None,
) -> dict[str, float]:
    """The 0..4 value of each answered scored question asked of `role` (of those in `only`)."""
    values: dict[str, float] = {}
    for q_id in questions if only is None else only:
        q = questions[q_id]
        a = answers.get(q_id)
        if a is not None and q.asked_of(role):
            v = q.value(a)
            if v is not None:
                values[q_id] = v
    return values


# --- duplicate keys ------------------------------------------------------------------------------
# JSON parsers keep the last of two equal keys without a word. Every key is a string followed by a
# colon, so a document whose count of `"` + spaces + `:` does not exceed the parser's count of keys
# cannot hold a duplicate. Counting all colons is cheaper and clears most files; the quote-colon
# count clears text with colons in it (French puts a space before a colon); only the rest are
# parsed again, slowly, to name the duplicate.
_KEY_COLON = re.compile(rb'"[ \t\r\n]*:')


def key_count(obj: Any) -> int:
    """Keys of an answers object and of its known sub-objects (a lower bound of all its keys)."""
    if type(obj) is not dict:
        return 0
    n = len(obj)
    for k in ("questionnaire", "organisation", "respondent", "answers", "comments"):
        sub = obj.get(k)
        if type(sub) is dict:
            n += len(sub)
    return n


def may_have_duplicates(raw: bytes, keys: int) -> bool:
    """False when `raw`, parsed into `keys` keys in all, cannot have held a key twice."""
    return raw.count(b":") != keys and len(_KEY_COLON.findall(raw)) != keys


class _Pairs(dict[str, Any]):
    """A JSON object as `duplicate_keys` reads it: with every pair it was given, in order (those
    of a key given twice too), and the keys given twice."""

    given: list[tuple[str, Any]]
    twice: list[str]


def duplicate_keys(raw: bytes) -> list[str]:
    """Every key that appears twice in one JSON object, as 'path.key' ("organisation.id"; a list's
    objects take the list's path), in the order of the document (exact, slow)."""
    import json

    def pairs(items: list[tuple[str, Any]]) -> _Pairs:
        obj = _Pairs(items)
        seen: set[str] = set()
        obj.given, obj.twice = items, []
        for k, _ in items:
            if k in seen and k not in obj.twice:
                obj.twice.append(k)
            seen.add(k)
        return obj

    try:
        doc = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return []
    found: list[str] = []
    todo: list[tuple[Any, str]] = [(doc, "")]
    while todo:  # depth first, in order, without recursion (a document may nest deeply)
        node, path = todo.pop()
        if isinstance(node, _Pairs):
            found.extend(path + k for k in node.twice)
            todo.extend((v, f"{path}{k}.") for k, v in reversed(node.given))
        elif isinstance(node, list):
            todo.extend((v, path) for v in reversed(node))
    return found


def duplicate_problems(raw: bytes, source: str, line: int | None) -> list[Problem]:
    return [
        Problem(source, "key given twice in one object (which one counts would be a guess)", line, _short_id(k))
        for k in duplicate_keys(raw)
    ]


# --- the published schema --------------------------------------------------------------------------


def answers_schema() -> dict[str, Any]:
    """The JSON Schema of one answers object, built from the constants of the check."""

    def text(max_length: int) -> dict[str, Any]:
        return {"type": "string", "maxLength": max_length}

    answer = {
        "description": "option id (single choice), [option ids] (multiple choice), integer (scale), free text, "
        '"dont_know", or null (skipped); checked against the questionnaire by `assess validate`',
        "anyOf": [
            {"type": "string", "maxLength": MAX_TEXT},
            {"type": "array", "items": {"type": "string"}},
            {"type": "integer"},
            {"type": "null"},
        ],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": FORMAT,
        "description": "One respondent's answers. A JSONL file holds one such object a line.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "questionnaire", "organisation", "answers"],
        "properties": {
            "format": {"const": FORMAT},
            "questionnaire": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "version"],
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "version": {"type": "string", "pattern": VERSION_PATTERN},
                },
            },
            "organisation": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id"],
                "properties": {
                    "id": {**text(MAX_ID), "pattern": ID_PATTERN},
                    "name": {"anyOf": [text(MAX_ID), {"type": "null"}]},
                },
            },
            "respondent": {
                "anyOf": [
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            "id": {"anyOf": [{**text(MAX_ID), "pattern": VISIBLE_PATTERN}, {"type": "null"}]},
                            "role": {"anyOf": [{"enum": list(ROLES)}, {"type": "null"}]},
                        },
                    },
                    {"type": "null"},
                ]
            },
            "date": {"anyOf": [{"type": "string", "pattern": DATE_PATTERN}, {"type": "null"}]},
            "round": {
                "description": "the assessment round (a label such as 2026 or T1); rounds are compared, never averaged",
                "anyOf": [{"type": "string", "maxLength": MAX_ROUND, "pattern": ID_PATTERN}, {"type": "null"}],
            },
            "lang": {"anyOf": [{"enum": list(LANGS)}, {"type": "null"}]},
            "answers": {"type": "object", "additionalProperties": answer},
            "comments": {"anyOf": [{"type": "object", "additionalProperties": text(MAX_TEXT)}, {"type": "null"}]},
        },
    }


# --- messages ------------------------------------------------------------------------------------


def round_problem(rnd: Any) -> str | None:
    """What is wrong with an assessment round's label (None for a good one, or none at all)."""
    if rnd is not None and (type(rnd) is not str or not NOT_BLANK.search(rnd) or len(rnd) > MAX_ROUND):
        label = f'a label of at most {MAX_ROUND} characters (like "2026" or "T1")'
        return f"round must be {label}, got {_short(rnd)}"
    return None if rnd is None else hidden_character(rnd) or spaced(rnd)


def given_text(value: str | None) -> str | None:
    """An id or a name given by a person (an option, a prompt's default) as it is read: without its
    outer spaces, as a table's cell is; blank is none."""
    return (value or "").strip() or None


def id_problem(text: str) -> str | None:
    """What is wrong with an id that is text and not blank (too long, or holding a character no
    reader sees), or None: the answers file's rule, which the id options of `run` and `import` apply too."""
    return f"id is longer than {MAX_ID} characters" if len(text) > MAX_ID else hidden_character(text) or spaced(text)


def spaced(text: str) -> str | None:
    """What is wrong with an id or a round's label that begins or ends with a space (and is not only
    spaces), or None."""
    if not (text[:1].isspace() or text[-1:].isspace()) or text.isspace():
        return None
    given, trimmed = _short(text), _short(text.strip())
    return f"begins or ends with a space, {given}: remove it ({given} and {trimmed} would be read as two)"


def hidden_character(text: str) -> str | None:
    """What is wrong with an id or a round's label holding a character no reader sees (HIDDEN), or
    None: the character's code and place, so that the one in "org1" followed by a zero-width space
    can be found and removed."""
    m = HIDDEN_CHAR.search(text)
    if m is None:
        return None
    code, at = f"{ord(m.group()):04X}", m.start() + 1
    n = len(text)
    seen = f"holds a character that cannot be seen (U+{code}, character {at} of {n})"
    return f"{seen}: delete it, or type the text again rather than paste it"


def _kind(v: Any) -> str:
    """The kind of a JSON value, as a message names it (the words are the texts' `kind.*`)."""
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number", float: "a number"}
    return "null" if v is None else names.get(type(v), type(v).__name__)


def as_source(source: object, error: type[AssessError] = AnswersError) -> str:
    """The name of what a script's text came from, given as text or a path (`Path("dg.json")`), as
    text: a message and a record name it as the commands do. `error` when it is neither."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if type(source) is not str:
        raise error(f"source is the name of a file (text or a path), got {_kind(source)}")
    return source


def _short(v: Any, limit: int = 60) -> str:
    """A value quoted for a message, cut so that a hostile file cannot flood the terminal (repr shows
    control and bidirectional characters escaped, spaces as spaces)."""
    if isinstance(v, str):
        return repr_shown(v if len(v) <= limit else v[:limit] + "…")
    if isinstance(v, dict | list):
        return _kind(v)
    if type(v) is int and v.bit_length() > 4 * limit:  # its leading digits: Python refuses to
        digits = int(math.log10(abs(v)))  # write out an integer of more than 4,300 digits
        return ("-" if v < 0 else "") + str(abs(v) // 10 ** (digits - limit))[:limit] + "…"
    r = repr(v)
    return r if len(r) <= limit else r[:limit] + "…"


def _some(values: list[Any], n: int = 5) -> str:
    """The first `n` values, each shortened, for a message."""
    return ", ".join(_short(x) for x in values[:n]) + (", …" if len(values) > n else "")


def _unknown_keys(keys: Any, inside: str | None = None) -> str:
    """The message naming the keys an object should not hold (a dict from code may hold keys that
    are not text), "key" or "keys" as they are one or more."""
    shown = _some(sorted(map(str, keys)))
    place = f" in {inside}" if inside else ""
    return f"unknown key{place}: {shown}" if len(keys) == 1 else f"unknown keys{place}: {shown}"


def _short_id(k: Any) -> str:
    """An id for a message's place (unquoted): cut, control and bidirectional characters escaped."""
    k = str(k)
    return clean(k if len(k) <= 80 else k[:80] + "…")
