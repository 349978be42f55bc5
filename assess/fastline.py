"""The batch's fastest form, generated from a plan: raw JSON bytes in, the respondent's JSON record
(`records.respondent_record`, as orjson writes it) out, in one generated function.

    raw bytes --decode and check (fastcheck.check_body)--> sums --levels, placement, signals--> record bytes

It decodes and checks exactly as the fast check does (the same generated lines), then scores without
building a sheet, a card or a dictionary:
- each level's and the depth's part of the record comes from a small table keyed by (answered
  weight, weighted sum), or by their bits in the packed sums, filled by the one scorer's
  `scoring.level_score`; the sums become floats only when the table misses;
- a level's opinions-above-facts gap, where a condition reads it, likewise from a table keyed by
  the bits of its four packed sums (`generate_opinions_above_facts`'s formula on a miss);
- the placement is `scoring.place`'s arithmetic written out in its order (`place` itself when a
  level is missing);
- the signals and the hinge requirement are the one condition language's expressions
  (`scoring.condition_expr`), read straight from the decoded answers (`scoring.Frame`);
- the record is joined from byte fragments; those of the organisation, the date and the round
  are kept by value (`fastcheck._parts`), checked and written once.
Anything in doubt returns None, and the caller takes the readable way. tests/test_agreement.py proves
with hypothesis that its bytes are `orjson.dumps(respondent_record(...))`'s, on every bundled
questionnaire and on a synthetic one that uses every feature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson

from .fastcheck import FIELD, canonical, check_body, consistency_levels, decoder, remember
from .plan import DEPTH_SLOT, SLOTS
from .vocab import LEVEL_IDS, ROLES

if TYPE_CHECKING:
    from .plan import Plan

# the record's bytes around its organisation (before its id, between it and its name, after the
# name up to the respondent's id), its date and its round (`check_body`'s `parts`)
HEADER_AFFIXES = {
    "ORG": (b',"organisation":{"id":', b',"name":', b'},"respondent":{"id":'),
    "DATE": (b"", b',"round":'),
    "ROUND": (b"", b""),
}

# (raw answers bytes, the record's start up to its line number, what follows the record) -> bytes
FastLine = Callable[[bytes, bytes, bytes], "bytes | None"]


def generate_fast_line(plan: Plan) -> FastLine:
    """The record writer of a plan."""
    from .records import _level
    from .scoring import DIGITAL, HYBRID, SOCIO, Frame, condition_expr, level_score, place

    questions = plan.questions
    pos_of = {q.id: i for i, q in enumerate(questions.values())}
    consts: dict[str, Any] = {"dumps": orjson.dumps, "join": b"".join}
    # the levels whose consistency a condition reads: their fact sums come with the others, when exact
    conditions = [sig.when for sig in plan.signals] + ([plan.hinge_requires] if plan.hinge_requires else [])
    wanted = frozenset(SLOTS.index(lv) for lv in consistency_levels(conditions))
    facts: set[int] = set()
    sides: dict[int, tuple[str, list[str]]] = {}
    keys: dict[int, str] = {}
    checks, later = check_body(
        questions, decoder(plan.id, plan.version, questions), consts, keys=keys, fact_slots=wanted, facts_out=facts,
        sides_later=sides, parts=HEADER_AFFIXES, by_name=True,
    )  # fmt: skip
    body = ["def fast_line(raw, head, end):", *checks]

    # levels and depth: the slot's key (`check_body`'s: what determines its two sums) -> (position,
    # the record's fragment), per role; roles whose totals are the same share their tables. A level
    # whose opinions-above-facts gap a condition reads, and whose four sums' bits are known
    # (`sides`), has a first table by those bits: (position, fragment, gap).
    merged = sorted(sides)
    shared: dict[tuple[float, ...], tuple[dict[Any, Any], ...]] = {}
    memos = {
        role: shared.setdefault(plan.totals[role], tuple({} for _ in (*SLOTS, *merged))) for role in (None, *ROLES)
    }

    # each slot's fragment between the record's bytes before and after it, in `respondent_record`'s
    # order: the levels, the position (written between the last level and the depth), the depth
    keys_of = [b',"levels":{' + orjson.dumps(LEVEL_IDS[0]) + b":"]
    keys_of += [b"," + orjson.dumps(lv) + b":" for lv in LEVEL_IDS[1:]]
    around = {k: (key, b"") for k, key in enumerate(keys_of)}
    around[len(LEVEL_IDS) - 1] = (keys_of[-1], b'},"position":')
    around[DEPTH_SLOT] = (b',"depth":', b',"signals":[')

    def fragment(role: str | None, k: int, w: float, s: float, key: Any) -> tuple[float | None, bytes]:
        ls = level_score(plan.totals[role][k], plan.coverage_min, w, s)
        if k == DEPTH_SLOT:
            depth = {"score": ls.position, "stage": plan.depth_stage(ls.position), "coverage": ls.coverage}
            part = orjson.dumps(depth)
        else:
            part = orjson.dumps(_level(ls))
        before, after = around[k]
        return remember(memos[role][k], key, (ls.position, before + part + after))

    def tail(trajectory: str, hinge: bool, met: bool | None, missing: tuple[str, ...]) -> bytes:
        """What follows the position in the record, up to the depth."""
        rest = {"trajectory": trajectory, "hinge": hinge, "hinge_requirement": met, "missing": list(missing)}
        return b"," + orjson.dumps(rest)[1:-1]

    def placement(met: bool | None, *positions: float | None) -> tuple[bytes, bytes]:
        """The placement's fragment when a level is insufficient (the plan's `place`): its position,
        and what follows it."""
        pl = place(plan, dict(zip(LEVEL_IDS, positions)), met)  # noqa: B905 - four of each
        return orjson.dumps(pl.position), tail(pl.trajectory, pl.hinge, pl.requirement, pl.missing)

    mets = (None, True, False)
    consts.update(
        MEMOS=memos, FRAGMENT=fragment, PLACEMENT=placement,
        T_DIGITAL={m: tail(DIGITAL, False, m, ()) for m in mets},
        T_HYBRID={m: tail(HYBRID, False, m, ()) for m in mets},
        T_HINGED={m: tail(HYBRID, True, m, ()) for m in mets},
        T_SOCIO={m: tail(SOCIO, False, m, ()) for m in mets},
    )  # fmt: skip
    tables = [*(f"m{k}" for k in range(len(SLOTS))), *(f"n{k}" for k in merged)]
    body.append(f"    {', '.join(tables)} = MEMOS[role]")
    consts["REMEMBER"] = remember

    def level(k: int, pad: str) -> list[str]:
        """A slot's (position, fragment) from its table, its two sums as floats only when the
        table misses (where they wait: `check_body`)."""
        lines = [f"{pad}key{k} = {keys[k]}", f"{pad}e = m{k}.get(key{k})", f"{pad}if e is None:"]
        lines += [pad + x for x in later[k]]
        return [*lines, f"{pad}    e = FRAGMENT(role, {k}, w{k}, s{k}, key{k})"]

    # a level's opinions above its facts, from its sides' sums (`generate_opinions_above_facts`'s
    # formula)
    def gap(k: int) -> str:
        return f"None if not wf{k} or not wo{k} else 25.0 * (so{k} / wo{k} - sf{k} / wf{k})"

    for k in range(len(SLOTS)):
        if k not in sides:
            body += [*level(k, "    "), f"    p{k}, f{k} = e"]
            continue
        bits, lines = sides[k]
        body += [f"    ck = {bits}", f"    e = n{k}.get(ck)", "    if e is None:", *level(k, "        ")]
        body += ["    " + x for x in lines] + [f"        e = REMEMBER(n{k}, ck, (*e, {gap(k)}))"]
        body.append(f"    p{k}, f{k}, c{k} = e")
    body += [f"    c{k} = {gap(k)}" for k in sorted(facts) if k not in sides]
    # the hinge requirement and the signals: the one condition language, on the decoded answers
    frame = Frame(
        answers="A", positions=pos_of, fields=FIELD, levels={lv: f"p{k}" for k, lv in enumerate(LEVEL_IDS)},
        consistency={SLOTS[k]: f"c{k}" for k in facts},
    )  # fmt: skip
    if plan.hinge_requires is None:
        body.append("    met = None")
    else:
        body.append(f"    met = bool({condition_expr(plan.hinge_requires, questions, consts, frame)})")
    # the placement when every level is sufficient: `place`'s sums in `place`'s order
    n_levels = len(LEVEL_IDS)
    den = 0.0
    for k, w in enumerate(plan.level_weights):
        consts[f"LW{k}"] = w
        den += w
    consts.update(DEN=den, DIGITAL_BELOW=plan.digital_below, SOCIO_FROM=plan.socio_professional_from)
    consts["HINGE_BELOW"] = plan.hinge_below
    hinge = LEVEL_IDS.index(plan.hinge_level)
    body += [
        f"    if {' and '.join(f'p{k} is not None' for k in range(n_levels))}:",
        f"        pos = round(({' + '.join(['0.0', *(f'LW{k} * p{k}' for k in range(n_levels))])}) / DEN, 1)",
        "        if pos < DIGITAL_BELOW:",
        "            tail = T_DIGITAL[met]",
        "        elif pos < SOCIO_FROM:",
        "            tail = T_HYBRID[met]",
        f"        elif p{hinge} < HINGE_BELOW or met is False:",
        "            tail = T_HINGED[met]",
        "        else:",
        "            tail = T_SOCIO[met]",
        "        placed = dumps(pos)",
        "    else:",
        f"        placed, tail = PLACEMENT(met, {', '.join(f'p{k}' for k in range(n_levels))})",
    ]
    body.append("    fired = []")
    for i, s in enumerate(plan.signals):
        consts[f"SIG{i}"] = orjson.dumps({"id": s.id, "severity": s.severity})
        body += [f"    if {condition_expr(s.when, questions, consts, frame)}:", f"        fired.append(SIG{i})"]
    # the record, in `respondent_record`'s order (the header's values and the slots' fragments come
    # with the bytes around them)
    roles = {r: b',"role":' + orjson.dumps(r) for r in (None, *ROLES)}
    qref = orjson.dumps({"id": plan.id, "version": plan.version})
    consts["ROLE"] = {r: f + b'},"questionnaire":' + qref + b',"date":' for r, f in roles.items()}
    consts["WARNINGS"] = b'],"warnings":' + orjson.dumps(plan.notes()) + b"}"
    parts = [
        "head", "opart", "dumps(rid)", "ROLE[role]", "dpart", "rpart", *(f"f{k}" for k in range(n_levels)),
        "placed", "tail", f"f{DEPTH_SLOT}", "b','.join(fired)", "WARNINGS", "end",
    ]  # fmt: skip
    body.append(f"    return join(({', '.join(parts)}))")
    namespace: dict[str, Any] = {k: canonical(v) for k, v in consts.items()}
    exec(compile("\n".join(body), f"<fast record line of {plan.id} {plan.version}>", "exec"), namespace)
    fn: FastLine = namespace["fast_line"]
    return fn
