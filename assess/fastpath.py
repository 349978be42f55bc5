"""The batch's fast path: validate an answers object and compute its question values in one pass.

It accepts only what `answers.validate_answers` accepts, and gives up (returns None) at the first
thing it does not expect; the caller then runs the full validator, which lists every problem. A
property test checks that both paths agree on every sheet the fast path accepts.
"""

from __future__ import annotations

from typing import Any

from .answers import _ROLES, _TOP_KEYS, FORMAT, MAX_COMMENT, MAX_ID, MULTI, SCALE, SINGLE, AnswerSheet, Compiled
from .model import DONT_KNOW

_MISSING = object()
_ORG_KEYS = frozenset({"id", "name"})
_RESP_KEYS = frozenset({"id", "role"})
_Q_KEYS = frozenset({"id", "version"})


def _table(cq: Compiled) -> dict[str, tuple[Any, ...]]:
    table: dict[str, tuple[Any, ...]] | None = cq.__dict__.get("_fast_table")
    if table is None:
        table = {
            q.id: (q.slot, q.kind, q.values, q.smin, q.smax, q.combine, q.dont_know, q.exclusive,
                   None if len(q.roles) == len(_ROLES) else q.roles, q.weight)
            for q in cq.questions.values()
        }  # fmt: skip
        cq.__dict__["_fast_table"] = table
    return table


Fast = tuple[AnswerSheet, dict[str, float], list[list[float]], list[list[float]]]


def _single_map(cq: Compiled, role: str | None) -> dict[str, dict[str, tuple[int, float, float, float]]]:
    """For each single-choice question: option id -> (slot, weight, value, weight x value); slot -1
    when the answer does not count for this role; "dont_know" -> slot -1 where it is allowed."""
    maps: dict[str | None, Any] = cq.__dict__.setdefault("_single_maps", {})
    m = maps.get(role)
    if m is None:
        m = {}
        for q in cq.questions.values():
            if q.kind != SINGLE:
                continue
            counts = q.slot >= 0 and (role is None or role in q.roles)
            opts: dict[str, tuple[int, float, float, float]] = {}
            for oid, v in q.values.items():
                if counts and v is not None:
                    opts[oid] = (q.slot, q.weight, v, q.weight * v)
                else:
                    opts[oid] = (-1, 0.0, 0.0, 0.0)
            if q.dont_know:
                opts[DONT_KNOW] = (-1, 0.0, 0.0, 0.0)
            m[q.id] = opts
        maps[role] = m
    return m


def fast_sheet(cq: Compiled, obj: Any, source: str, line: int | None) -> Fast | None:
    """(sheet, question values, per-slot weights, per-slot weight x value) for a valid object of
    exactly this questionnaire version, else None."""
    if type(obj) is not dict or obj.get("format") != FORMAT or not obj.keys() <= _TOP_KEYS:
        return None
    qref = obj["questionnaire"]
    if type(qref) is not dict or qref.get("version") != cq.version or not qref.keys() <= _Q_KEYS:
        return None
    org = obj.get("organisation")
    if type(org) is not dict or not org.keys() <= _ORG_KEYS:
        return None
    org_id = org.get("id")
    org_name = org.get("name")
    if type(org_id) is not str or not org_id.strip() or len(org_id) > MAX_ID:
        return None
    if org_name is not None and (type(org_name) is not str or len(org_name) > MAX_ID):
        return None
    resp = obj.get("respondent")
    rid = role = None
    if resp is not None:
        if type(resp) is not dict or not resp.keys() <= _RESP_KEYS:
            return None
        rid = resp.get("id")
        role = resp.get("role")
        if (rid is not None and (type(rid) is not str or len(rid) > MAX_ID)) or (
            role is not None and role not in _ROLES
        ):
            return None
    date = obj.get("date")
    if date is not None and not (type(date) is str and len(date) == 10 and date[4] == "-" and date[7] == "-"):
        return None
    lang = obj.get("lang")
    if lang is not None and lang not in ("fr", "en"):
        return None
    raw = obj.get("answers")
    if type(raw) is not dict:
        return None
    table = _table(cq)
    single = _single_map(cq, role)
    answers: dict[str, Any] = {}
    values: dict[str, float] = {}
    weights: list[list[float]] = [[], [], [], [], []]
    weighted: list[list[float]] = [[], [], [], [], []]
    for qid, a in raw.items():
        if a is None:
            if qid not in table:
                return None
            continue
        if a.__class__ is str:
            m = single.get(qid)
            if m is not None:  # the common case: one option id of a single-choice question
                hit = m.get(a)
                if hit is None:
                    return None
                answers[qid] = a
                if hit[0] >= 0:
                    values[qid] = hit[2]
                    weights[hit[0]].append(hit[1])
                    weighted[hit[0]].append(hit[3])
                continue
        entry = table.get(qid)
        if entry is None:
            return None
        slot, kind, vals, smin, smax, combine, dont_know, exclusive, roles, w = entry
        if a == DONT_KNOW:
            if not dont_know:
                return None
            answers[qid] = a
            continue
        if kind == SCALE:
            if type(a) is not int or not smin <= a <= smax:
                return None
            v = 4.0 * (a - smin) / (smax - smin)
        elif kind == MULTI:
            if type(a) is not list:
                return None
            if not a:  # an empty list is a skipped question
                continue
            picked = []
            for x in a:
                if type(x) is not str:
                    return None
                vx = vals.get(x, _MISSING)
                if vx is _MISSING:
                    return None
                picked.append(vx)
            if len(set(a)) != len(a) or (len(a) > 1 and not exclusive.isdisjoint(a)):
                return None
            answers[qid] = a
            if slot < 0:
                continue
            if combine == "mean":
                v = sum(picked) / len(picked)
            elif combine == "max":
                v = max(picked)
            elif combine == "min":
                v = min(picked)
            else:
                v = min(4.0, sum(picked))
        elif kind == SINGLE:
            return None  # a single-choice answer that is not text
        else:
            if type(a) is not str or len(a) > MAX_COMMENT:
                return None
            answers[qid] = a
            continue
        answers[qid] = a
        if slot >= 0 and (roles is None or role in roles):
            values[qid] = v
            weights[slot].append(w)
            weighted[slot].append(w * v)
    comments = obj.get("comments")
    if comments is None:
        comments = {}
    elif type(comments) is not dict:
        return None
    else:
        for qid, c in comments.items():
            if qid not in table or type(c) is not str or len(c) > MAX_COMMENT:
                return None
    sheet = AnswerSheet(cq.id, cq.version, org_id, org_name, rid, role, answers, comments, date, lang, source, line)
    return sheet, values, weights, weighted
