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

The decoding, checking and summing lines (`check_body`) are one template for every fast form: `full`
returns every answer and comment (for reports and per-organisation results); `lean` keeps only the
answers the signals read (for tables and organisations), which saves a dictionary of every answer;
the record writer (fastline.py) goes on from the same lines to the JSON record. Single-choice sums
come from one packed integer per answer when every weight and value is a whole number of 1/256, so
that one C-level sum gives every slot's two exact sums.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from math import fsum
from sys import intern
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, TypeVar

import msgspec
import orjson
from msgspec import UNSET, Meta

from .answers import FORMAT, MAX_ID, MAX_ROUND, MAX_TEXT, is_date, is_id, may_have_duplicates
from .plan import SLOTS, Cond, QuestionPlan, leaves, read_by_conditions
from .vocab import DONT_KNOW, LANGS, ROLES

if TYPE_CHECKING:
    from .plan import Plan


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
    answered: list[float]  # per slot
    weighted: list[float]
    round: str | None


FastCheck = Callable[[bytes], Tally | None]


# types built at run time from the plan's ids
_Literal: Any = Literal
_list: Any = list
_dict: Any = dict


def _answer_type(q: QuestionPlan) -> Any:
    """The type of an answer. Its ids are interned: the decoder gives these very objects, which the
    generated tables (`canonical`) find by identity."""
    dk: list[Any] = [_Literal[intern(DONT_KNOW)]] if q.dont_know else []
    if q.kind == "single":
        ids = tuple(map(intern, (*q.values, *([DONT_KNOW] if q.dont_know else []))))
        return _Literal[ids] | None
    if q.kind == "multi":
        return _union(_list[_Literal[tuple(map(intern, q.values))]], *dk, None)
    if q.kind == "scale":
        return _union(Annotated[int, Meta(ge=q.scale_min, le=q.scale_max)], *dk, None)
    return Annotated[str, Meta(max_length=MAX_TEXT)] | None


def canonical(x: Any) -> Any:
    """`x` (a generated function's constant) with its strings interned, in its keys and members and
    in those of the containers it holds, so that a lookup of a decoded id meets the same object and
    never compares characters. A container with nothing to change is the same object (a table
    that a generated function fills, and that a closure holds too, stays one table)."""
    if type(x) is str:
        return intern(x)
    if isinstance(x, dict):
        items = [(canonical(k), canonical(v)) for k, v in x.items()]
        same = all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(items, x.items(), strict=True))
        return x if same else type(x)(items)
    if isinstance(x, (set, frozenset, tuple)) and type(x) in (set, frozenset, tuple):
        members = [canonical(m) for m in x]
        return x if all(m is m0 for m, m0 in zip(members, x, strict=True)) else type(x)(members)
    return x


def _union(*types: Any) -> Any:
    out = types[0]
    for t in types[1:]:
        out = out | t
    return out


# the decoded answers' fields: this and the question's position in the questionnaire (`f3`)
FIELD = "f"


def decoder(qid: str, version: str, questions: Mapping[str, QuestionPlan]) -> msgspec.json.Decoder[Any]:
    """The typed decoder of answers objects for one questionnaire version: what it decodes is well
    typed; what it refuses goes to the readable check. The patterns of the organisation's id, the
    date and the round are checked by the generated lines (`check_body`), by the readable check's
    own expressions. Its objects hold no cycle: the garbage collector need not track them."""
    fields = [(f"{FIELD}{i}", _answer_type(q), UNSET) for i, q in enumerate(questions.values())]
    rename = {f"{FIELD}{i}": q for i, q in enumerate(questions)}
    answers = msgspec.defstruct("Answers", fields, rename=rename, forbid_unknown_fields=True, gc=False)
    text_id = Annotated[str, Meta(max_length=MAX_ID)]
    qref = msgspec.defstruct(
        "QRef", [("id", _Literal[qid]), ("version", _Literal[version])], forbid_unknown_fields=True, gc=False
    )
    org = msgspec.defstruct(
        "Organisation", [("id", text_id), ("name", text_id | None, UNSET)], forbid_unknown_fields=True, gc=False
    )
    resp = msgspec.defstruct(
        "Respondent",
        [("id", text_id | None, UNSET), ("role", _Literal[ROLES] | None, UNSET)],
        forbid_unknown_fields=True,
        gc=False,
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
            ("date", str | None, UNSET),
            ("round", Annotated[str, Meta(max_length=MAX_ROUND)] | None, UNSET),
            ("lang", _Literal[LANGS] | None, UNSET),
            ("comments", _dict[_Literal[tuple(questions)], comment] | None, UNSET),
        ],
        forbid_unknown_fields=True,
        gc=False,
    )
    return msgspec.json.Decoder(doc)


def consistency_levels(conditions: list[Cond]) -> list[str]:
    """The levels whose consistency the conditions read, in order met."""
    return list(dict.fromkeys(c[1] for c in leaves(conditions) if c[0] == "consistency"))


Tables = tuple[tuple[dict[Any, float], ...], ...]


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


def _exact(numbers: tuple[dict[Any, float], ...]) -> bool:
    """Whether any sum of one number from each table is exact in floating point: every number a
    multiple of 1/256 (weights like 1 or 0.5, values like 2.5), and the largest sum small enough."""
    bound = 0.0
    for table in numbers:
        if not all((x * 256).is_integer() for x in table.values()):
            return False
        bound += max(abs(x) for x in table.values())
    return bound * 256 < 2.0**52


# a group of packed fields stays within a C long, so that `sum` adds them without making objects
GROUP_BITS = 62


def _packing(
    singles: list[QuestionPlan], tables: Mapping[str | None, tuple[Tables, Tables]], fact_slots: frozenset[int]
) -> (
    tuple[
        list[list[int]], list[dict[str | None, tuple[dict[Any, int], ...]]], dict[tuple[str, int], tuple[int, int, int]]
    ]
    | None
):
    """Single-choice sums packed into integers: each slot's fields (`w` answered weight and `s`
    weighted sum, and for `fact_slots` the same over fact questions, `wf` and `sf`), each 256 times
    its value in its own bits, the slots in groups of at most GROUP_BITS bits. Returns the slots of
    each group; per group, per role, for each single-choice question of the group's slots: answer ->
    its packed contribution; and each field's (group, shift, mask). None unless every number is a
    whole, non-negative number of 1/256. Each group's lowest bits count its questions answered (the
    key present, whatever its value): field ("n", group)."""
    fields: dict[tuple[str, int], tuple[int, int, int]] = {}
    groups: list[list[int]] = []
    count_bits = len(singles).bit_length()
    used = GROUP_BITS
    for k in sorted({q.slot for q in singles}):
        widths = []
        for name in ("w", "s", "wf", "sf") if k in fact_slots else ("w", "s"):
            which, facts_only = (0 if name[0] == "w" else 1), name.endswith("f")
            bound = 0
            for t in tables.values():
                total = 0
                for q, table in zip((q for q in singles if q.slot == k), t[which][k], strict=True):
                    if any(x < 0 or not (x * 256).is_integer() for x in table.values()):
                        return None
                    if not facts_only or q.nature == "fact":
                        total += max(int(x * 256) for x in table.values())
                bound = max(bound, total)
            widths.append((name, max(bound, 1).bit_length()))  # the largest sum fits
        bits = sum(b for _, b in widths)
        if used + bits > GROUP_BITS:
            groups.append([])
            fields[("n", len(groups) - 1)] = (len(groups) - 1, 0, (1 << count_bits) - 1)
            used = count_bits
        groups[-1].append(k)
        for name, b in widths:
            fields[(name, k)] = (len(groups) - 1, used, (1 << b) - 1)
            used += b
    contributions: list[dict[str | None, tuple[dict[Any, int], ...]]] = [{} for _ in groups]
    for role, (tw, ts) in tables.items():
        seen = [0] * len(SLOTS)
        per_group: list[list[dict[Any, int]]] = [[] for _ in groups]
        for q in singles:
            k = q.slot
            w, st = tw[k][seen[k]], ts[k][seen[k]]
            seen[k] += 1
            g, sw, _ = fields[("w", k)]
            ss = fields[("s", k)][1]
            packed = {a: (int(w[a] * 256) << sw) | (int(st[a] * 256) << ss) | (a is not UNSET) for a in w}
            if k in fact_slots and q.nature == "fact":
                swf, ssf = fields[("wf", k)][1], fields[("sf", k)][1]
                packed = {a: v | (int(w[a] * 256) << swf) | (int(st[a] * 256) << ssf) for a, v in packed.items()}
            per_group[g].append(packed)
        for g, tabs in enumerate(per_group):
            contributions[g][role] = tuple(tabs)
    return groups, contributions, fields


# entries of one of the record writer's tables (fastline.py), emptied when full: at most about
# 30 tables x 4,096 x 250 bytes a worker, whatever the answers
MEMO_LIMIT = 1 << 12

V = TypeVar("V")


def remember(table: dict[Any, V], key: Any, value: V) -> V:
    """Keep `value` in one of the writer's tables, emptied when full (MEMO_LIMIT), and return it."""
    if len(table) >= MEMO_LIMIT:
        table.clear()
    table[key] = value
    return value


def _part(name: str, table: str, key: str) -> list[str]:
    """The lines that leave in `name` the record's bytes of a header value (`_parts`), or return
    None for a value that the readable check refuses."""
    return [
        f"    {name} = {table}S.get({key})",
        f"    if {name} is None:",
        f"        {name} = {table}_PART({key})",
        f"        if {name} is None:",
        "            return None",
    ]


def _refuse(condition: str) -> list[str]:
    return [f"    if {condition}:", "        return None"]


# the bytes written before and after a header value (`check_body`'s `parts`), by table: ORG (the
# organisation's id, then between it and its name), DATE and ROUND
Affixes = Mapping[str, tuple[bytes, ...]]


def _parts(affixes: Affixes) -> dict[str, Any]:
    """The tables of the header values' bytes, and what fills them: the readable check's patterns
    (answers.py), then orjson's bytes between the caller's."""
    dumps = orjson.dumps

    def table(name: str, ok: Callable[[Any], bool], write: Callable[[Any], bytes]) -> dict[str, Any]:
        kept: dict[Any, bytes] = {}

        def part(value: Any) -> bytes | None:
            return remember(kept, value, write(value)) if ok(value) else None

        return {f"{name}S": kept, f"{name}_PART": part}

    (o1, o2, o3), (d1, d2), (r1, r2) = affixes["ORG"], affixes["DATE"], affixes["ROUND"]

    def org(k: tuple[str, str | None]) -> bytes:
        return b"".join((o1, dumps(k[0]), o2, dumps(k[1]), o3))

    return {
        **table("ORG", lambda k: is_id(k[0]) is not None, org),
        **table("DATE", lambda d: d is None or is_date(d) is not None, lambda d: d1 + dumps(d) + d2),
        **table("ROUND", lambda r: r is None or is_id(r) is not None, lambda r: r1 + dumps(r) + r2),
    }


def check_body(
    questions: Mapping[str, QuestionPlan],
    decoder: msgspec.json.Decoder[Any],
    consts: dict[str, Any],
    *,
    keys: dict[int, str] | None = None,
    fact_slots: frozenset[int] = frozenset(),
    facts_out: set[int] | None = None,
    sides_later: dict[int, tuple[str, list[str]]] | None = None,
    parts: Affixes | None = None,
    by_name: bool = False,
) -> tuple[list[str], list[list[str]]]:
    """The lines of a generated function of `raw` that decode and check it and add up its scores
    (`return None` for anything in doubt), in two parts. The first leaves as locals: `org` (its
    `.id`), `oname`, `rid`, `role`, `date`, `rnd`, `lang`, `comments`, `vals` (every answer in
    questionnaire order, UNSET where absent; with `by_name`, `A`: the decoded answers, whose fields
    are FIELD and the question's position) and, per slot k, `w{k}` and `s{k}`: the answered weight
    and the sum of weight x value, as math.fsum gives them. For the slots of `fact_slots` whose
    single-choice sums are exact, also `wf{k}`, `sf{k}` and `wo{k}`, `so{k}`: the same sums over fact
    questions and over opinion questions (as `scoring.generate_opinions_above_facts` gives them);
    those slots are added to `facts_out`.
    With `keys`, each slot k gets in `keys[k]` an expression (of the first part's locals) of a
    hashable value that determines the slot's (w, s) for a given role, for the caller to write.
    Where it is the slot's bits of a packed sum, the second part holds, per slot, the lines that
    give its w{k} and s{k}, for a caller that keeps what it makes of them in a table by key and
    needs them only when the table misses; its sides' sums are then integers of 1/256, whose ratios
    are the same floats (the operands are exact). Otherwise, and without `keys`, the second part is
    empty and the key is (w, s). With `sides_later` too, for such a slot of `facts_out` the lines
    giving its sides' sums are not in the first part: `sides_later[k]` is (an expression of the
    bits that determine them, those lines), for a caller that keeps what it makes of them in a
    table of its own.
    With `parts`, the first part also leaves the record's bytes (`orjson.dumps`) of the organisation
    (`opart`: its id and its name), the date (`dpart`) and the round (`rpart`), each between the
    bytes `parts` gives for it and kept in a table by value (`_parts`), so that a value seen
    before is neither checked nor written again.
    Constants go into `consts`."""
    from operator import attrgetter, getitem, itemgetter

    def ans(i: int) -> str:
        return f"A.{FIELD}{i}" if by_name else f"vals[{i}]"

    qlist = list(questions.values())
    singles = [q for q in qlist if q.kind == "single" and q.scored]
    pos = {q.id: i for i, q in enumerate(qlist)}
    tables = {role: _single_tables(singles, role) for role in (None, *ROLES)}
    consts.update({
        "decode": decoder.decode, "Invalid": (msgspec.MsgspecError, ValueError, RecursionError), "UNSET": UNSET,
        "DK": DONT_KNOW, "may_have_duplicates": may_have_duplicates,
        "ALL": msgspec.structs.astuple, "NQ": len(qlist),
        "getitem": getitem, "fsum": fsum, "is_id": is_id, "is_date": is_date,
    })  # fmt: skip
    kept = parts is not None
    if parts is not None:
        consts.update(_parts(parts))
    body = [
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
        # the readable check's patterns (answers.py), or the record's bytes of values already seen
        *(_part("opart", "ORG", "(org.id, oname)") if kept else _refuse("is_id(org.id) is None")),
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
        # every character the readable check refuses in an id (answers.HIDDEN) is one `isprintable`
        # refuses, and a space at either end is one `isspace` finds: the rare id it refuses goes the
        # readable way, which decides
        "                if rid is not None and (not rid.isprintable() or rid[:1].isspace() or rid[-1:].isspace()):",
        "                    return None",
        "            if role is UNSET:",
        "                role = None",
        "            else:",
        "                nk += 1",
        "    date = d.date",
        "    if date is UNSET:",
        "        date = None",
        "    else:",
        "        nk += 1",
        *(_part("dpart", "DATE", "date") if kept else _refuse("date is not None and is_date(date) is None")),
        "    rnd = d.round",
        "    if rnd is UNSET:",
        "        rnd = None",
        "    else:",
        "        nk += 1",
        *(_part("rpart", "ROUND", "rnd") if kept else _refuse("rnd is not None and is_id(rnd) is None")),
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
        "    A = d.answers" if by_name else "    vals = ALL(d.answers)",  # every answer, UNSET where absent
    ]
    # an answer to a question not asked of the respondent's role is not scored, and the readable
    # check says so (a warning): such an object goes its way
    for i, q in enumerate(qlist):
        if len(q.roles) < len(ROLES):
            consts[f"ASKED{i}"] = frozenset(q.roles)
            body += [
                f"    if role is not None and role not in ASKED{i} and (_a := {ans(i)}) is not UNSET"
                " and _a is not None and _a != []:",
                "        return None",
            ]
    # Single-choice questions: their weights and weighted values looked up in C. When every sum of
    # these numbers is exact in floating point (`_exact`), a plain sum gives what math.fsum would;
    # one other value added to it is then rounded once, as math.fsum rounds. Otherwise the numbers
    # go into a list for math.fsum.
    n = len(SLOTS)
    extras = [[q for q in qlist if q.slot == k and q.kind in ("multi", "scale")] for k in range(n)]
    idx = [[pos[q.id] for q in singles if q.slot == k] for k in range(n)]
    exact = [all(_exact(t[k]) for w, st in tables.values() for t in (w, st)) for k in range(n)]
    listed = [k for k in range(n) if len(extras[k]) > 1 or (idx[k] and not exact[k])]
    # each side's sums (facts, opinions) where asked, from exact partial sums of the single choices
    facts = frozenset(k for k in fact_slots if exact[k])
    packed = _packing(singles, tables, facts) if singles and all(exact) else None
    if packed is None:
        facts = frozenset()
    # each slot's lines that give w{k}, s{k} (and its sides' sums) from the lookups and its other
    # questions' answers; with `keys`, those of a slot whose key is its bits of a packed sum wait
    sums: list[list[str]] = [[] for _ in range(n)]  # run for every object
    later: list[list[str]] = [[] for _ in range(n)]  # run only when the caller's table misses
    lazy: set[int] = set()  # the slots whose key is their bits of a packed sum
    key_of: dict[int, str] = {}
    if packed is not None:
        # every number a whole number of 1/256, in its own bits of a few integers: one lookup a
        # question and one sum a group give every slot's exact sums
        # Each group's sum written out, one lookup a question: a question asked of every role has one
        # table, the others their role's (measured: a third fewer instructions than sum(map(...))).
        groups, contributions, fields = packed
        for g, slots in enumerate(groups):
            qs = [q for q in singles if q.slot in slots]
            terms = []
            for j, q in enumerate(qs):
                if len(q.roles) == len(ROLES):
                    consts[f"Q{g}_{j}"] = contributions[g][None][j]
                    terms.append(f"Q{g}_{j}[{ans(pos[q.id])}]")
                else:
                    terms.append(f"R{g}[{j}][{ans(pos[q.id])}]")
            if any(len(q.roles) < len(ROLES) for q in qs):
                consts[f"PK{g}"] = contributions[g]
                body.append(f"    R{g} = PK{g}[role]")
            body.append(f"    P{g} = {' + '.join(terms)}")

        def field(name: str, k: int) -> str:
            """A field of a packed sum, as an integer number of 1/256."""
            g, shift, mask = fields[(name, k)]
            return f"({f'P{g}' if not shift else f'(P{g} >> {shift})'} & {mask})"

        for k in range(n):
            names = [x for x in ("w", "s", "wf", "sf") if (x, k) in fields]
            lines = [f"    {name}{k} = {field(name, k)} / 256" for name in names]
            lines += [f"    {x}{k} = 0.0" for x in ("w", "s") if x not in names]
            if keys is not None and names and not extras[k]:
                # its two sums determined by their bits (side by side): the key, and the floats later
                g, shift, mask = fields[("w", k)]
                width = mask.bit_length() + fields[("s", k)][2].bit_length()
                # (their bits where they are: one operation, not a shift and a mask)
                key_of[k] = f"P{g} & {((1 << width) - 1) << shift}"
                later[k] = lines[:2]
                lazy.add(k)
                if k in facts:  # each side's sums in 1/256, for ratios (the same floats: exact operands)
                    sides = [f"    wf{k} = {field('wf', k)}", f"    sf{k} = {field('sf', k)}"]
                    sides += [f"    wo{k} = {field('w', k)} - wf{k}", f"    so{k} = {field('s', k)} - sf{k}"]
                    if sides_later is None:
                        sums[k] += sides
                    else:  # the four fields, side by side, determine them
                        width = sum(fields[(x, k)][2].bit_length() for x in ("w", "s", "wf", "sf"))
                        sides_later[k] = (f"P{g} & {((1 << width) - 1) << shift}", sides)
                continue
            sums[k] = lines
    else:
        consts["TABLES"] = tables
        body.append("    TW, TS = TABLES[role]")
        for k in range(n):
            lines = sums[k]
            if idx[k]:
                if by_name and len(idx[k]) == 1:
                    lines.append(f"    g = ({ans(idx[k][0])},)")
                elif by_name:
                    consts[f"G{k}"] = attrgetter(*(f"{FIELD}{i}" for i in idx[k]))
                    lines.append(f"    g = G{k}(A)")
                else:
                    consts[f"G{k}"] = itemgetter(*idx[k]) if len(idx[k]) > 1 else (lambda v, i=idx[k][0]: (v[i],))
                    lines.append(f"    g = G{k}(vals)")
            if not idx[k]:
                lines += [f"    w{k} = []", f"    s{k} = []"] if k in listed else [f"    w{k} = 0.0", f"    s{k} = 0.0"]
            elif exact[k]:  # one exact partial sum, then the other values
                w, st = f"sum(map(getitem, TW[{k}], g))", f"sum(map(getitem, TS[{k}], g))"
                lines += (
                    [f"    w{k} = [{w}]", f"    s{k} = [{st}]"]
                    if k in listed
                    else [f"    w{k} = {w}", f"    s{k} = {st}"]
                )
            else:
                lines += [f"    w{k} = [*map(getitem, TW[{k}], g)]", f"    s{k} = [*map(getitem, TS[{k}], g)]"]
    for k in sorted(facts):
        if k in lazy:
            continue  # its sides are above, in 1/256
        if ("wf", k) not in (packed[2] if packed is not None else {}):
            sums[k] += [f"    wf{k} = 0.0", f"    sf{k} = 0.0"]
        # the opinions' part: what is not a fact (exact integers of 1/256 apart, so exact)
        sums[k] += [f"    wo{k} = w{k} - wf{k}", f"    so{k} = s{k} - sf{k}"]
    # The other questions' values, added to their slot's sums as math.fsum would: where the sums are
    # packed, a sum whose every other addend is a whole number of 1/256 (exact), or all but the last
    # one, takes plain additions (rounded once at most); the others go into a list for math.fsum.
    order: list[list[QuestionPlan]] = [[] for _ in range(n)]
    lists: list[set[str]] = [set() for _ in range(n)]
    for k in range(n):
        scored = [q for q in extras[k] if q.scored]
        if packed is None:
            order[k] = scored
            lists[k] = {"w", "s"} if k in listed else set()
            continue
        exact_of = {q.id: _addends_exact(q, facts=k in facts) for q in scored}
        order[k] = sorted(scored, key=lambda q: not all(exact_of[q.id].values()))  # the exact ones first
        for name in ("w", "s", "wf", "sf", "wo", "so"):
            flags = [exact_of[q.id][name] for q in order[k] if name in exact_of[q.id]]
            if not all(flags[:-1]):
                lists[k].add(name)
    for k in range(n):
        if packed is not None:
            sums[k] += [f"    {x}{k} = [{x}{k}]" for x in sorted(lists[k])]
    # the other questions, one by one: their checks, then their values with their slot's sums
    adds_of: dict[str, list[str]] = {}
    for i, q in enumerate(qlist):
        if q.kind != "single":
            listed_here = lists[q.slot] if q.slot >= 0 else set()
            checks, adds = _question(q, ans(i), i, consts, lists=listed_here, facts=q.slot in facts)
            body += checks
            if adds:
                adds_of[q.id] = [f"    a = {ans(i)}", *adds]
    for k in range(n):
        for q in order[k]:
            sums[k] += adds_of.get(q.id, [])
        sums[k] += [f"    {x}{k} = fsum({x}{k})" for x in sorted(lists[k])]
    # the keys of the object, against its colons: more colons than keys may hide a duplicate key
    if packed is not None:  # the answers' keys: the single choices counted in their sums, then the others
        # each group's count in its lowest bits, all as wide as the count of every single choice:
        # the lowest bits of the groups' sum are the sum of their counts
        counts = [f"(({' + '.join(f'P{g}' for g in range(len(groups)))}) & {fields[('n', 0)][2]})"]
        counts += [f"({ans(pos[q.id])} is not UNSET)" for q in qlist if not (q.kind == "single" and q.scored)]
        body.append(f"    nk += {' + '.join(counts)}")
    else:
        body.append(f"    nk += NQ - {'ALL(A)' if by_name else 'vals'}.count(UNSET)")
    body += ["    if raw.count(b':') != nk and may_have_duplicates(raw, nk):", "        return None"]
    body += [x for lines in sums for x in lines]
    if keys is not None:
        keys.update({k: key_of.get(k, f"(w{k}, s{k})") for k in range(n)})
    if facts_out is not None:
        facts_out.update(facts)
    return body, later


def generate_fast_check(plan: Plan, *, full: bool) -> FastCheck:
    """A plan's fast form of the check. `full` returns every answer and comment (for reports
    and per-organisation results); otherwise only the answers that the signals and the hinge
    requirement read (for a batch that prints scores), which saves a dictionary of every answer."""
    from operator import itemgetter

    questions = plan.questions
    qlist = list(questions.values())
    pos = {q.id: i for i, q in enumerate(qlist)}
    consts: dict[str, Any] = {
        "Tally": Tally, "NOCOMMENT": {}, "QIDS": tuple(questions),
    }  # fmt: skip
    checks, sums = check_body(questions, decoder(plan.id, plan.version, questions), consts)
    body = ["def fast_check(raw):", *checks, *(x for lines in sums for x in lines)]
    n = len(SLOTS)
    if full:
        # the question values are not made here: what scores comes from the sums, and a report
        # takes the values from the one readable `answers.question_values` (18 us a respondent)
        body.append("    out = {q: a for q, a in zip(QIDS, vals) if a is not UNSET and a is not None and a != []}")
    else:  # only what the signals and the requirement read
        conditions = [s.when for s in plan.signals]
        if plan.hinge_requires is not None:
            conditions.append(plan.hinge_requires)
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
    body += [
        f"    return Tally(org.id, oname, rid, role, date, lang, out, {'comments' if full else 'NOCOMMENT'},"
        f" [{', '.join(f'w{k}' for k in range(n))}], [{', '.join(f's{k}' for k in range(n))}], rnd)",
    ]
    namespace: dict[str, Any] = {k: canonical(v) for k, v in consts.items()}
    name = f"<{'full' if full else 'lean'} fast check of {plan.id} {plan.version}>"
    exec(compile("\n".join(body), name, "exec"), namespace)
    fn: FastCheck = namespace["fast_check"]
    return fn


def _whole_256(x: float) -> bool:
    """A whole number of 1/256, small enough that sums of a few hundred stay exact."""
    return (x * 256).is_integer() and abs(x) < 2.0**40


def _addends_exact(q: QuestionPlan, *, facts: bool) -> dict[str, bool]:
    """The sums of its slot that a multiple-choice or scale question adds to (w, s and, with
    `facts`, its side's), each with whether its addend is always a whole number of 1/256."""
    if q.kind == "scale":
        values = [q.weight * (q.value(v) or 0.0) for v in range(q.scale_min, q.scale_max + 1)]
        value_ok = all(_whole_256(v) for v in values)
    else:  # sums, maxima and minima of whole numbers of 1/256 are; a mean need not be
        value_ok = (
            q.combine != "mean" and q.weight.is_integer() and all(_whole_256(v or 0.0) for v in q.values.values())
        )
    weight_ok = _whole_256(q.weight)
    out = {"w": weight_ok, "s": value_ok}
    if facts:
        side = "f" if q.nature == "fact" else "o"
        out |= {f"w{side}": weight_ok, f"s{side}": value_ok}
    return out


def _multi(i: int, others: frozenset[str], value: str, consts: dict[str, Any]) -> None:
    """The table of a multiple-choice question's lists already seen, `MX{i}` (options in their
    order -> value), and what fills it, `MULTI{i}(a, t)`: None for a list that the readable check
    refuses (an option twice, or an exclusive one with others), else its value (the expression
    `value` of `a`, `_question`'s), kept under the tuple `t`."""
    table: dict[tuple[str, ...], Any] = {}
    namespace = {**consts, f"NX{i}": others, "MX": table, "remember": remember}
    source = [
        "def multi(a, t):",
        f"    if len(a) > 1 and len(NX{i}.intersection(a)) != len(a):",
        "        return None",
        f"    return remember(MX, t, {value})",
    ]
    exec(compile("\n".join(source), f"<multiple choice {i}>", "exec"), namespace)
    consts.update({f"NX{i}": others, f"MX{i}": table, f"MULTI{i}": namespace["multi"]})


def _question(
    q: QuestionPlan, answer: str, i: int, consts: dict[str, Any], *, lists: set[str], facts: bool = False
) -> tuple[list[str], list[str]]:
    """The lines that check the decoded answer `a` (the expression `answer`) of one question that
    is not a scored single choice (the decoder has checked its type and option ids), and those that
    add its value to its slot's sums."""
    checks = [f"    a = {answer}"]
    asked = ""
    if len(q.roles) < len(ROLES):
        consts[f"R{i}"] = q.roles
        asked = f" and (role is None or role in R{i})"
    value = f"V{i}(a)"
    if q.kind == "multi" and q.scored:
        # `QuestionPlan.value` of a list of options, written out for this question's `combine`
        consts[f"V{i}"] = {k: v or 0.0 for k, v in q.values.items()}.__getitem__
        value = {
            "mean": f"sum(map(V{i}, a)) / len(a)", "max": f"max(map(V{i}, a))", "min": f"min(map(V{i}, a))",
            "sum": f"min(4.0, sum(map(V{i}, a)))",
        }[q.combine]  # fmt: skip

    def acc(name: str, x: str) -> str:
        """Add x to the slot's sum `name`: to its list for math.fsum, or (see `check_body`) plainly."""
        return f"{name}{q.slot}.append({x})" if name in lists else f"{name}{q.slot} += {x}"

    if q.kind == "multi":
        # a list of options: checked (more than one: all different and none exclusive, that is as
        # many of the others) and valued once, then kept in a table by the options in their order
        # (`_multi`); `mv{i}`: its value, or True when it is not scored
        _multi(i, frozenset(o for o in q.values if o not in q.exclusive), value if q.scored else "True", consts)
        checks += [
            "    if a.__class__ is list and a:",
            f"        mv{i} = MX{i}.get(_t := tuple(a))",
            f"        if mv{i} is None:",
            f"            mv{i} = MULTI{i}(a, _t)",
            f"            if mv{i} is None:",
            "                return None",
        ]
        value = f"mv{i}"
    if facts:  # and to its side's sums
        side = "f" if q.nature == "fact" else "o"
        add = [f"_fv = {value}", acc("w", repr(q.weight)), acc("s", f"{q.weight!r} * _fv")]
        add += [acc(f"w{side}", repr(q.weight)), acc(f"s{side}", f"{q.weight!r} * _fv")]
    else:
        add = [acc("w", repr(q.weight)), acc("s", f"{q.weight!r} * ({value})")]
    if q.kind == "multi":
        if q.scored:
            return checks, [f"    if a.__class__ is list and a{asked}:"] + ["        " + x for x in add]
        return checks, []
    if q.kind == "scale":
        if q.scored:
            values = {k: q.value(k) for k in range(q.scale_min, q.scale_max + 1)}
            consts[f"V{i}"] = values.__getitem__  # the decoder checked the range
            return [], [f"    if a.__class__ is int{asked}:"] + ["        " + x for x in add]
        return [], []
    if q.kind == "text" and not q.dont_know:
        return [*checks, "    if a == DK:", "        return None"], []  # the decoder cannot refuse it here
    return [], []  # an unscored single choice, or a text that may be "don't know": the decoder checked it
