"""The batch's fast form of the check, generated from a plan: raw JSON bytes are decoded and checked
in one typed pass (a msgspec type made from the plan: each answer typed by its question's option ids
or scale), then a generated function adds up the scores. Anything in doubt returns None, and the
caller runs the readable `answers.check_answers`, which says what is wrong.

It is generated, never written by hand, and takes its numbers from the plan itself
(`QuestionPlan.values`, `QuestionPlan.value`), so the values are the readable scorer's by
construction; sums are exact (math.fsum), as in the readable scorer, so their grouping changes
nothing. tests/test_agreement.py proves with hypothesis, on every bundled questionnaire and on a
synthetic one that uses every feature, that it accepts exactly what `check_answers` accepts for this
questionnaire version and scores alike.

Two forms come from one template: `full` returns every answer and comment (for reports and
per-organisation results); `lean` keeps only the answers the signals read (for a batch that prints
scores), which saves building a dictionary of every answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from math import fsum
from typing import Annotated, Any, Literal, NamedTuple

import msgspec
from msgspec import UNSET, Meta

from .answers import DATE_REGEX, FORMAT, MAX_ID, MAX_ROUND, MAX_TEXT, may_have_duplicates
from .plan import SLOTS, Cond, QuestionPlan, SignalPlan, level_questions
from .vocab import DONT_KNOW, LANGS, ROLES


class Tally(NamedTuple):
    """What the fast form returns for a valid object."""

    organisation_id: str
    organisation_name: str | None
    respondent_id: str | None
    role: str | None
    date: str | None
    lang: str | None
    answers: dict[str, Any]  # full: every answer; lean: those the signals read
    comments: dict[str, str]  # full only
    values: dict[str, float]  # full: every scored value; lean: none
    answered: list[float]  # per slot
    weighted: list[float]
    round: str | None


FastCheck = Callable[[bytes], Tally | None]


# types built at run time from the plan's ids
_Literal: Any = Literal
_list: Any = list
_dict: Any = dict


def _answer_type(q: QuestionPlan) -> Any:
    dk: list[Any] = [_Literal[DONT_KNOW]] if q.dont_know else []
    if q.kind == "single":
        ids = (*q.values, *([DONT_KNOW] if q.dont_know else []))
        return _Literal[ids] | None
    if q.kind == "multi":
        return _union(_list[_Literal[tuple(q.values)]], *dk, None)
    if q.kind == "scale":
        return _union(Annotated[int, Meta(ge=q.scale_min, le=q.scale_max)], *dk, None)
    return Annotated[str, Meta(max_length=MAX_TEXT)] | None


def _union(*types: Any) -> Any:
    out = types[0]
    for t in types[1:]:
        out = out | t
    return out


def _decoder(qid: str, version: str, questions: Mapping[str, QuestionPlan]) -> msgspec.json.Decoder[Any]:
    fields = [(f"f{i}", _answer_type(q), UNSET) for i, q in enumerate(questions.values())]
    rename = {f"f{i}": q for i, q in enumerate(questions)}
    answers = msgspec.defstruct("Answers", fields, rename=rename, forbid_unknown_fields=True)
    text_id = Annotated[str, Meta(max_length=MAX_ID)]
    qref = msgspec.defstruct(
        "QRef", [("id", _Literal[qid]), ("version", _Literal[version])], forbid_unknown_fields=True
    )
    org = msgspec.defstruct(
        "Organisation",
        [("id", Annotated[str, Meta(max_length=MAX_ID, pattern=r"\S")]), ("name", text_id | None, UNSET)],
        forbid_unknown_fields=True,
    )
    resp = msgspec.defstruct(
        "Respondent",
        [("id", text_id | None, UNSET), ("role", _Literal[ROLES] | None, UNSET)],
        forbid_unknown_fields=True,
    )
    comment = Annotated[str, Meta(max_length=MAX_TEXT)]
    doc = msgspec.defstruct(
        "Doc",
        [
            ("format", _Literal[FORMAT]),
            ("questionnaire", qref),
            ("organisation", org),
            ("answers", answers),
            ("respondent", resp | None, UNSET),
            ("date", Annotated[str, Meta(pattern=DATE_REGEX.pattern)] | None, UNSET),
            ("round", Annotated[str, Meta(max_length=MAX_ROUND, pattern=r"\S")] | None, UNSET),
            ("lang", _Literal[LANGS] | None, UNSET),
            ("comments", _dict[_Literal[tuple(questions)], comment] | None, UNSET),
        ],
        forbid_unknown_fields=True,
    )
    return msgspec.json.Decoder(doc)


def read_by_conditions(conditions: list[Cond], questions: Mapping[str, QuestionPlan]) -> list[str]:
    """The questions whose answers the conditions read, in order met (a consistency condition reads
    every scored question of its level)."""
    found: list[str] = []

    def walk(c: Cond) -> None:
        if c[0] == "answer":
            if c[1] not in found:
                found.append(c[1])
        elif c[0] == "consistency":
            found.extend(q.id for q in level_questions(questions, c[1]) if q.id not in found)
        elif c[0] in ("all", "any"):
            for x in c[1]:
                walk(x)
        elif c[0] == "not":
            walk(c[1])

    for c in conditions:
        walk(c)
    return found


Tables = tuple[tuple[dict[Any, float], ...], ...]


def _dyadic(x: float) -> bool:
    return abs(x) < 2**40 and (x * 256).is_integer()


def _single_tables(qs: list[QuestionPlan], role: str | None) -> tuple[Tables, Tables]:
    """For each slot, for each of its single-choice questions: answer -> weight, and answer ->
    weight x value (0.0 when skipped, absent, "don't know" or not asked of `role`)."""
    wt: list[list[dict[Any, float]]] = [[] for _ in SLOTS]
    st: list[list[dict[Any, float]]] = [[] for _ in SLOTS]
    for q in qs:
        w: dict[Any, float] = {None: 0.0, UNSET: 0.0, DONT_KNOW: 0.0}
        s: dict[Any, float] = dict(w)
        for oid, v in q.values.items():
            counts = v is not None and q.asked_of(role)
            w[oid] = q.weight if counts else 0.0
            s[oid] = q.weight * v if counts and v is not None else 0.0
        wt[q.slot].append(w)
        st[q.slot].append(s)
    return tuple(tuple(x) for x in wt), tuple(tuple(x) for x in st)


def generate_fast_checks(
    qid: str,
    version: str,
    questions: Mapping[str, QuestionPlan],
    signals: tuple[SignalPlan, ...],
    requires: Cond | None = None,
) -> tuple[FastCheck, FastCheck]:
    """The full and the lean fast forms of a plan, sharing one decoder. The lean form keeps the
    answers that the signals and the hinge requirement (`requires`) read."""
    decoder = _decoder(qid, version, questions)
    conditions = [s.when for s in signals] + ([requires] if requires is not None else [])
    return (
        _generate(qid, version, questions, conditions, decoder, full=True),
        _generate(qid, version, questions, conditions, decoder, full=False),
    )


def _generate(
    qid: str,
    version: str,
    questions: Mapping[str, QuestionPlan],
    conditions: list[Cond],
    decoder: msgspec.json.Decoder[Any],
    *,
    full: bool,
) -> FastCheck:
    from operator import attrgetter, getitem, itemgetter

    from .answers import question_values

    qlist = list(questions.values())
    singles = [q for q in qlist if q.kind == "single" and q.scored]
    pos = {q.id: i for i, q in enumerate(qlist)}
    consts: dict[str, Any] = {
        "decode": decoder.decode, "Invalid": (msgspec.MsgspecError, ValueError, RecursionError), "UNSET": UNSET,
        "DK": DONT_KNOW, "Tally": Tally, "NOCOMMENT": {}, "may_have_duplicates": may_have_duplicates,
        "ALL": attrgetter(*(f"f{i}" for i in range(len(qlist)))), "NQ": len(qlist), "QIDS": tuple(questions),
        "TABLES": {role: _single_tables(singles, role) for role in (None, *ROLES)}, "getitem": getitem,
        "fsum": fsum, "values_of": question_values, "QUESTIONS": questions, "NOVALUES": {},
    }  # fmt: skip
    n = len(SLOTS)
    body = [
        "def fast_check(raw):",
        "    try:",
        "        d = decode(raw)",
        "    except Invalid:",
        "        return None",
        "    nk = 7",  # format, questionnaire (+ its id and version), organisation (+ its id), answers
        "    org = d.organisation",
        "    oname = org.name",
        "    if oname is UNSET:",
        "        oname = None",
        "    else:",
        "        nk += 1",
        "    rid = role = None",
        "    resp = d.respondent",
        "    if resp is not UNSET:",
        "        nk += 1",
        "        if resp is not None:",
        "            rid = resp.id",
        "            role = resp.role",
        "            if rid is UNSET:",
        "                rid = None",
        "            else:",
        "                nk += 1",
        "            if role is UNSET:",
        "                role = None",
        "            else:",
        "                nk += 1",
        "    date = d.date",
        "    if date is UNSET:",
        "        date = None",
        "    else:",
        "        nk += 1",
        "    rnd = d.round",
        "    if rnd is UNSET:",
        "        rnd = None",
        "    else:",
        "        nk += 1",
        "    lang = d.lang",
        "    if lang is UNSET:",
        "        lang = None",
        "    else:",
        "        nk += 1",
        "    comments = d.comments",
        "    if comments is UNSET:",
        "        comments = None",
        "    else:",
        "        nk += 1",
        "    if comments is None:",
        "        comments = {}",
        "    else:",
        "        nk += len(comments)",
        "    vals = ALL(d.answers)",  # every answer in questionnaire order, UNSET where absent
        "    nk += NQ - vals.count(UNSET)",
        "    if raw.count(b':') != nk and may_have_duplicates(raw, nk):",
        "        return None",
        "    TW, TS = TABLES[role]",
    ]
    # single-choice questions: their weights and weighted values looked up slot by slot, in C. When
    # every one of these numbers is a multiple of 1/256 (weights like 1 or 0.5, values like 2.5), any
    # sum of them is exact in floating point, so a plain sum gives what math.fsum would.
    tables = consts["TABLES"]
    exact = all(_dyadic(x) for w, t in tables.values() for per_slot in (*w, *t) for d in per_slot for x in d.values())
    for k in range(n):
        idx = [pos[q.id] for q in singles if q.slot == k]
        if not idx:
            body += [f"    wl{k} = []", f"    sl{k} = []"]
            continue
        consts[f"G{k}"] = itemgetter(*idx) if len(idx) > 1 else (lambda v, i=idx[0]: (v[i],))
        if exact:  # the plain sum of these numbers is exact: one partial sum each, no list
            body += [
                f"    g = G{k}(vals)",
                f"    wl{k} = [sum(map(getitem, TW[{k}], g))]",
                f"    sl{k} = [sum(map(getitem, TS[{k}], g))]",
            ]
        else:
            body += [
                f"    g = G{k}(vals)",
                f"    wl{k} = [*map(getitem, TW[{k}], g)]",
                f"    sl{k} = [*map(getitem, TS[{k}], g)]",
            ]
    # the other questions, one by one
    for i, q in enumerate(qlist):
        if q.kind != "single":
            body.extend(_question(q, i, consts))
    if full:
        body += [
            "    out = {q: a for q, a in zip(QIDS, vals) if a is not UNSET and a is not None and a != []}",
            "    val = values_of(QUESTIONS, out, role)",
        ]
    else:  # only what the signals read
        read = read_by_conditions(conditions, questions)
        plain = [q for q in read if questions[q].kind != "multi"]
        lists = [q for q in read if questions[q].kind == "multi"]
        consts["READ"] = tuple(plain)
        consts["READ_OF"] = itemgetter(*(pos[q] for q in plain)) if len(plain) > 1 else (lambda v: (v[pos[plain[0]]],))
        if plain:
            body.append("    out = {q: a for q, a in zip(READ, READ_OF(vals)) if a is not UNSET and a is not None}")
        else:
            body.append("    out = {}")
        for q_id in lists:  # an empty list is a skipped question
            body += [f"    a = vals[{pos[q_id]}]", "    if a:", f"        out[{q_id!r}] = a"]
        body.append("    val = NOVALUES")
    body += [
        f"    return Tally(org.id, oname, rid, role, date, lang, out, {'comments' if full else 'NOCOMMENT'}, val,"
        f" [{', '.join(f'fsum(wl{k})' for k in range(n))}], [{', '.join(f'fsum(sl{k})' for k in range(n))}], rnd)",
    ]
    namespace: dict[str, Any] = dict(consts)
    name = f"<{'full' if full else 'lean'} fast check of {qid} {version}>"
    exec(compile("\n".join(body), name, "exec"), namespace)
    fn: FastCheck = namespace["fast_check"]
    return fn


def _question(q: QuestionPlan, i: int, consts: dict[str, Any]) -> list[str]:
    """The lines that check, and score, the decoded answer of one question that is not a scored
    single choice (the decoder has checked its type and option ids)."""
    lines = [f"    a = vals[{i}]"]
    asked = ""
    if len(q.roles) < len(ROLES):
        consts[f"R{i}"] = q.roles
        asked = f" and (role is None or role in R{i})"
    add = [f"wl{q.slot}.append({q.weight!r})", f"sl{q.slot}.append({q.weight!r} * V{i}(a))"]
    if q.kind == "multi":
        consts[f"X{i}"] = q.exclusive
        lines += [
            "    if a.__class__ is list and len(a) > 1:",
            f"        if len(set(a)) != len(a) or not X{i}.isdisjoint(a):",
            "            return None",
        ]
        if q.scored:
            consts[f"V{i}"] = q.value
            lines += [f"    if a.__class__ is list and a{asked}:"] + ["        " + x for x in add]
    elif q.kind == "scale":
        if q.scored:
            values = {k: q.value(k) for k in range(q.scale_min, q.scale_max + 1)}
            consts[f"V{i}"] = values.__getitem__  # the decoder checked the range
            lines += [f"    if a.__class__ is int{asked}:"] + ["        " + x for x in add]
        else:
            return []
    elif q.kind == "text":
        if q.dont_know:
            return []
        lines += ["    if a == DK:", "        return None"]  # the decoder cannot refuse it here
    else:
        return []  # an unscored single choice: the decoder checked it
    return lines
