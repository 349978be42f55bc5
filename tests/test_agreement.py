"""One rule, one place: the batch's generated check and scorer accept, refuse and score exactly as
the readable check (`check_answers`) and the reference oracle (tests/oracle.py), on every bundled
questionnaire and on a synthetic one that uses every feature; the published JSON Schema agrees with
the check on a table of valid and invalid answers."""

from __future__ import annotations

import copy
import itertools
from math import fsum
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assess.answers import answers_schema, check_answers, duplicate_keys, key_count, may_have_duplicates
from assess.errors import AnswersError
from assess.fastcheck import generate_fast_check
from assess.fastline import generate_fast_line
from assess.loader import parse_questionnaire
from assess.plan import SLOTS, compile_plan
from assess.records import respondent_record
from assess.scoring import card_from_sums, score
from assess.vocab import ROLES

from .conftest import bundled_catalog
from .oracle import card_view, reference_score

FIXTURES = Path(__file__).parent / "fixtures"
CATALOG = bundled_catalog()
SYNTHETIC_YAML = (FIXTURES / "synthetic.yaml").read_text(encoding="utf-8")
# the same with weights whose sums are not exact in floating point (the fast form then uses math.fsum)
INEXACT_YAML = SYNTHETIC_YAML.replace("id: synthetic", "id: synthetic-inexact", 1).replace(
    "weight: 2\n", "weight: 0.3\n"
)


def _means_yaml() -> str:
    """The same with a level whose multiple choice and scale both add values that are not whole
    numbers of 1/256 (a mean, and a scale from 1 to 7) to a single choice's, so that its sum of
    values goes to math.fsum;
    and one whose scale (0 to 3: thirds) comes after a single choice and before its multiple choice
    of whole values, so that a sum added in the questions' order would be rounded twice."""
    text = SYNTHETIC_YAML.replace("id: synthetic", "id: synthetic-means", 1)
    text = text.replace("combine: max\n", "combine: mean\n").replace("weight: 1.5\n", "weight: 1\n")
    text = text.replace("{id: q, value: 2,", "{id: q, value: 3,")  # means in thirds
    start, end = text.index("  - id: p_scale\n"), text.index("  - id: depth_a\n")
    scale = text[start:end].replace("scale: {min: 0, max: 5}", "scale: {min: 0, max: 3}")
    text = text[:start] + text[end:]
    start, end = text.index("  - id: d_single\n"), text.index("  - id: p_sum\n")
    single = text[start:end].replace("id: d_single", "id: p_single").replace("level: data_access", "level: practices")
    at = text.index("  - id: p_sum\n")
    text = text[:at] + single + scale + text[at:]
    # and a single choice with the mean and the scale of the prior reorganisation: three addends
    at = text.index("  - id: r_max\n")
    return (
        text[:at]
        + single.replace("p_single", "r_single").replace("level: practices", "level: reorganisation")
        + text[at:]
    )


MEANS_YAML = _means_yaml()
MODELS = [
    *(CATALOG.questionnaire(e.id) for e in CATALOG.latest()),
    parse_questionnaire(SYNTHETIC_YAML, "synthetic.yaml"),
    parse_questionnaire(INEXACT_YAML, "synthetic-inexact.yaml"),
    parse_questionnaire(MEANS_YAML, "synthetic-means.yaml"),
]
SYNTHETIC_MODEL = MODELS[3]
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
JUNK = [True, False, 1.5, 0, -1, 99, {"a": 1}, [], [1], ["nope"], "nope", "", "x" * 5001, None]


def answer(q, *, valid_only: bool = False) -> st.SearchStrategy[Any]:
    valid: list[st.SearchStrategy[Any]] = [st.none(), st.just("dont_know")]
    invalid: list[st.SearchStrategy[Any]] = [st.sampled_from(JUNK)]
    ids = [o.id for o in q.options]
    if q.type == "single":
        valid.append(st.sampled_from(ids))
    elif q.type == "multi":
        plain = [o.id for o in q.options if not o.exclusive]
        excl = [o.id for o in q.options if o.exclusive]
        valid.append(st.lists(st.sampled_from(plain), min_size=0, unique=True))
        valid += [st.just([x]) for x in excl]
        invalid.append(st.lists(st.sampled_from(ids), min_size=2))  # duplicates, exclusive mixes
    elif q.type == "scale":
        valid.append(st.integers(q.scale.min, q.scale.max))
        invalid.append(st.integers(q.scale.min - 3, q.scale.max + 3))
    else:
        valid.append(st.text(max_size=30))
    if valid_only:  # mostly answered: levels of every coverage, signals that fire
        dk = [st.just("dont_know")] if q.dont_know and q.type != "text" else []
        return st.one_of(*(valid[2:] * 12), st.none(), *dk)
    return st.one_of(st.one_of(*valid), st.one_of(*valid), st.one_of(*invalid))


def documents(q) -> st.SearchStrategy[dict[str, Any]]:
    minor_up = f"{q.version.split('.')[0]}.{int(q.version.split('.')[1]) + 1}.0"
    answers = st.fixed_dictionaries({}, optional={qq.id: answer(qq) for qq in q.questions})
    return st.fixed_dictionaries(
        {
            "format": st.sampled_from(["assess-answers/1"] * 8 + ["assess-answers/2"]),
            "questionnaire": st.fixed_dictionaries(
                {
                    "id": st.sampled_from([q.id] * 8 + ["other"]),
                    "version": st.sampled_from([q.version] * 8 + [minor_up, "9.0.0", "1.0", "1" * 40]),
                }
            ),
            "organisation": st.one_of(
                st.fixed_dictionaries(
                    {
                        "id": st.sampled_from(
                            ["org", "org", "  ", "", 3, ["x"], "o" * 201, "org\u200b", "\u200b ", "org ", " org"]
                        )
                    },
                    optional={"name": st.sampled_from(["Nom", None, 3, "n" * 201])},
                ),
                st.sampled_from([None, "org", []]),
            ),
            "answers": st.one_of(answers, answers, answers, st.sampled_from([None, [], "x"])),
        },
        optional={
            "respondent": st.one_of(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "role": st.sampled_from([*ROLES, None, ["field"], {"r": 1}, 3, "boss"]),
                        "id": st.sampled_from(
                            ["r1", None, 5, ["r"], "r" * 201, "r1\u2060", "r\u00a01", "r1 ", "\u3000r1", "  "]
                        ),
                    },
                ),
                st.sampled_from([None, "field", ["field"]]),
            ),
            "date": st.sampled_from(
                [
                    "2026-11-21",
                    "2024-02-29",
                    None,
                    "abcd-ef-gh",
                    "2026-13-01",
                    "2026-02-30",
                    "2025-02-29",
                    "2000-02-29",
                    "1900-02-29",
                    "2026-04-31",
                    "2026-11-21x",
                    "２０２６-11-21",
                    20261121,
                ]
            ),
            "lang": st.sampled_from(["fr", "en", None, "de", ["fr"]]),
            "round": st.sampled_from(["2026", "T1", None, "", "  ", "r" * 41, 2026, ["T1"], "2026 "]),
            "comments": st.one_of(
                st.dictionaries(
                    st.sampled_from([qq.id for qq in q.questions] + ["unknown"]),
                    st.sampled_from(["un mot", 3, "c" * 5001]),
                    max_size=3,
                ),
                st.sampled_from([None, "text"]),
            ),
            "extra": st.just(1),
        },
    )


@pytest.mark.parametrize("q", MODELS, ids=lambda q: q.id)
def test_generated_check_and_scorer_agree_with_the_readable_ones(q) -> None:
    plan = compile_plan(q)
    full_form, lean_form = generate_fast_check(plan, full=True), generate_fast_check(plan, full=False)
    counts = {"valid": 0, "invalid": 0, "fast": 0}

    @SETTINGS
    @given(documents(q))
    def check(doc: dict[str, Any]) -> None:
        raw = orjson.dumps(doc)
        fast = full_form(raw)
        lean = lean_form(raw)
        assert (fast is None) == (lean is None)
        try:
            checked = check_answers(plan, doc)
        except AnswersError as e:
            assert e.problems and all(p.message for p in e.problems)
            assert fast is None, f"the fast form accepted what the check refuses: {e}"
            counts["invalid"] += 1
            return
        counts["valid"] += 1
        sheet = checked.sheet
        card = score(plan, sheet.answers, checked.values, sheet.role)
        ref = reference_score(q, sheet.answers, sheet.role)
        assert card_view(card) == {k: v for k, v in ref.items() if k != "values"}
        assert checked.values == ref["values"]
        if doc["questionnaire"]["version"] != plan.version:
            assert fast is None  # other versions take the readable path, with a warning
            return
        # a respondent's id that `isprintable` refuses ("r\u00a01") or that `isspace` finds a space at
        # an end of ("  ", no id) is the fast form's one documented refusal of a valid object: the
        # readable way decides (this test drew one in some runs, and then failed on it in every run)
        resp = doc.get("respondent")
        rid = resp.get("id") if isinstance(resp, dict) else None
        rare = isinstance(rid, str) and (not rid.isprintable() or rid[:1].isspace() or rid[-1:].isspace())
        if fast is None and rare:
            return
        assert fast is not None, "the fast form refused a valid object"
        counts["fast"] += 1
        assert fast.answers == sheet.answers
        header = ("organisation_id", "organisation_name", "respondent_id", "role", "date", "lang", "comments", "round")
        assert [getattr(fast, k) for k in header] == [getattr(sheet, k) for k in header]
        assert card_from_sums(plan, fast.answered, fast.weighted, fast.answers, fast.role) == card
        assert card_from_sums(plan, lean.answered, lean.weighted, lean.answers, lean.role) == card
        # the sums themselves, to the last bit: exact sums (math.fsum) of what the readable scorer adds
        answered: list[list[float]] = [[] for _ in fast.answered]
        weighted: list[list[float]] = [[] for _ in fast.weighted]
        for qid, v in checked.values.items():
            qq = plan.questions[qid]
            answered[qq.slot].append(qq.weight)
            weighted[qq.slot].append(qq.weight * v)
        exact = ([fsum(x) for x in answered], [fsum(x) for x in weighted])
        assert (fast.answered, fast.weighted) == exact and (lean.answered, lean.weighted) == exact

    check()
    assert counts["valid"] > 20 and counts["invalid"] > 20 and counts["fast"] > 10, counts


def _every_answer(q: Any) -> list[Any]:
    """Every answer a question can get, absent (None) first: for a multiple choice every set of
    its non-exclusive options."""
    if q.kind == "single":
        return [None, *q.values]
    if q.kind == "scale":
        return [None, *range(q.scale_min, q.scale_max + 1)]
    plain = [o for o in q.values if o not in q.exclusive]
    return [None, *(list(c) for r in range(1, len(plain) + 1) for c in itertools.combinations(plain, r))]


@pytest.mark.parametrize("q", [m for m in MODELS if m.id.startswith("synthetic")], ids=lambda q: q.id)
def test_every_level_sum_is_exact_for_every_answer(q) -> None:
    """For each level, every combination of answers to its questions: the fast form's sums are the
    exact sums (math.fsum) of what the readable scorer adds, to the last bit. Random answers rarely
    meet the few sums where adding in another order rounds twice; these levels are small enough
    to try them all."""
    plan = compile_plan(q)
    fast = generate_fast_check(plan, full=False)
    head = {"format": "assess-answers/1", "questionnaire": {"id": plan.id, "version": plan.version},
            "organisation": {"id": "o"}}  # fmt: skip
    tried = 0
    for slot in range(len(SLOTS)):
        qs = [qq for qq in plan.questions.values() if qq.slot == slot]
        for combo in itertools.product(*(_every_answer(qq) for qq in qs)):
            answers = {qq.id: a for qq, a in zip(qs, combo, strict=True) if a is not None}
            doc = {**head, "answers": answers}
            t = fast(orjson.dumps(doc))
            assert t is not None
            values = check_answers(plan, doc).values
            assert t.answered[slot] == fsum(plan.questions[k].weight for k in values if plan.questions[k].slot == slot)
            assert t.weighted[slot] == fsum(
                plan.questions[k].weight * v for k, v in values.items() if plan.questions[k].slot == slot
            )
            tried += 1
    assert tried > 200


@pytest.mark.parametrize("q", MODELS[:3], ids=lambda q: q.id)
def test_the_pipeline_scores_both_paths_alike(q) -> None:
    """The same valid document through the fast path and through the readable path."""
    from assess.pipeline import Scorer

    plan = CATALOG.plan_for(q.id, q.version)
    scorer = Scorer(CATALOG)
    full_form = generate_fast_check(plan, full=True)

    @settings(max_examples=60, deadline=None)
    @given(st.fixed_dictionaries({qq.id: answer(qq) for qq in q.questions}), st.sampled_from([*ROLES, None]))
    def check(answers: dict[str, Any], role: str | None) -> None:
        doc = {"format": "assess-answers/1", "questionnaire": {"id": q.id, "version": q.version},
               "organisation": {"id": "o"}, "respondent": {"role": role}, "answers": answers}  # fmt: skip
        raw = orjson.dumps(doc)
        try:
            slow = scorer.score_slowly(doc, raw, "f", 1)
        except AnswersError:
            assert full_form(raw) is None
            return
        assert scorer.score(raw, "f", 1) == slow
        assert scorer.score(raw, "f", 1) == slow  # the second time by the fast form
        lean = scorer.score(raw, "f", 1, full=False)
        assert lean.card == slow.card and lean.sheet.answers.items() <= slow.sheet.answers.items()

    check()


# --- the generated record writer (fastline.py) writes respondent_record's bytes -------------------

NAMES = st.one_of(
    st.sampled_from(
        [
            'Nom "cité"',
            "Élodie\u00a0Ø 東京 🙂",
            "a\\b",
            "tab\there",
            "nl\nx",
            "\x00\x1f\x7f",
            "\u2028",
            "org1\u200b",
            "\ufeffx",
            "r\u00ad1",
            "\u200b",
        ]
    ),
    st.text(min_size=1, max_size=20),
)
SOURCES = st.one_of(st.sampled_from(["answers.jsonl", 'dir "q"/é\n.json', "C:\\x\\y.json"]), st.text(max_size=15))


def header_documents(q) -> st.SearchStrategy[dict[str, Any]]:
    """Documents of this questionnaire version with every kind of header value, valid or not."""
    answers = st.one_of(
        st.fixed_dictionaries({}, optional={qq.id: answer(qq) for qq in q.questions}),
        st.fixed_dictionaries({qq.id: answer(qq, valid_only=True) for qq in q.questions}),
        st.fixed_dictionaries({}, optional={qq.id: answer(qq, valid_only=True) for qq in q.questions}),
    )
    return st.fixed_dictionaries(
        {
            "format": st.just("assess-answers/1"),
            "questionnaire": st.just({"id": q.id, "version": q.version}),
            "organisation": st.fixed_dictionaries({"id": NAMES}, optional={"name": st.one_of(st.none(), NAMES)}),
            "answers": answers,
        },
        optional={
            "respondent": st.one_of(
                st.none(),
                st.fixed_dictionaries(
                    {}, optional={"role": st.sampled_from([*ROLES, None]), "id": st.one_of(st.none(), NAMES)}
                ),
            ),
            "date": st.sampled_from(["2026-11-21", None]),
            "round": st.one_of(st.none(), st.sampled_from(["2026", "T1", "printemps-2027", "é"]), NAMES),
            "lang": st.sampled_from(["fr", "en", None]),
            "comments": st.dictionaries(st.sampled_from([qq.id for qq in q.questions]), NAMES, max_size=2),
        },
    )


# every questionnaire's latest version, the synthetic ones, and an older version that carries a note
WRITER_PLANS = [
    *((q, compile_plan(q)) for q in MODELS),
    (CATALOG.questionnaire("housing", "1.0.0"), CATALOG.plan_for("housing", "1.0.0")),
]


@pytest.mark.parametrize("q, plan", WRITER_PLANS, ids=lambda x: getattr(x, "version", None) or "")
def test_generated_record_writer_writes_the_records_bytes(q, plan) -> None:
    from assess.organisation import Scored
    from assess.records import JSON_MEMBERS, JSONL_RECORDS

    writer, lean_form = generate_fast_line(plan), generate_fast_check(plan, full=False)
    seen = {"valid": 0, "insufficient": 0, "signals": 0, "null position": 0}
    # consistency signals that fire, and hinge requirements met and unmet, depend on chance here: the
    # tests below make answers for them

    @SETTINGS
    @given(header_documents(q), SOURCES, st.one_of(st.none(), st.integers(1, 10**12)), st.booleans())
    def check(doc: dict[str, Any], source: str, line: int | None, member: bool) -> None:
        raw = orjson.dumps(doc)
        records = JSON_MEMBERS if member else JSONL_RECORDS
        head = records.head(source) + (b"null" if line is None else b"%d" % line)
        fast = writer(raw, head, records.end)
        try:
            checked = check_answers(plan, doc, source, line)
        except AnswersError:
            assert fast is None
            return
        sheet = checked.sheet
        s = Scored(sheet, score(plan, sheet.answers, checked.values, sheet.role))
        # it refuses what the fast check refuses: a text holding `":` may hide a duplicate key
        assert (fast is None) == (lean_form(raw) is None)
        if fast is None:
            return
        assert fast == records.lead + orjson.dumps(respondent_record(s)) + records.end
        assert fast == records(s)
        seen["valid"] += 1
        seen["insufficient"] += any(ls.position is None for ls in s.card.levels.values())
        seen["null position"] += s.card.placement.position is None
        seen["signals"] += bool(s.card.signals)

    check()
    assert all(seen.values()), seen
    assert plan.version != "1.0.0" or plan.notes(), "the older version's records carry its note"


@pytest.mark.parametrize(
    "q, plan",
    [(q, p) for q, p in WRITER_PLANS if any("consistency" in repr(sig.when) for sig in p.signals)],
    ids=lambda x: getattr(x, "id", ""),
)
def test_the_record_writer_when_opinions_stand_above_facts(q, plan) -> None:
    """Facts at the digital pole, opinions at the other: the consistency signals fire, and the
    record writer (from its exact sums, or by the generated function where sums are inexact) agrees."""
    from assess.organisation import Scored
    from assess.records import JSONL_RECORDS

    answers: dict[str, Any] = {}
    for qq in q.questions:
        pick = min if qq.nature == "fact" else max
        if qq.type == "single" and qq.level:
            answers[qq.id] = pick((o for o in qq.options if o.value is not None), key=lambda o: o.value).id
        elif qq.type == "scale" and qq.level:
            answers[qq.id] = qq.scale.min if qq.nature == "fact" else qq.scale.max
    doc = {"format": "assess-answers/1", "questionnaire": {"id": q.id, "version": q.version},
           "organisation": {"id": "o"}, "answers": answers}  # fmt: skip
    checked = check_answers(plan, doc, "f.jsonl", 3)
    s = Scored(checked.sheet, score(plan, checked.sheet.answers, checked.values, None))
    assert any(sid.startswith(("consistency", "sig_consistency")) for sid, _ in s.card.signals), s.card.signals
    raw = orjson.dumps(doc)
    assert generate_fast_line(plan)(raw, JSONL_RECORDS.head("f.jsonl") + b"3", b"\n") == JSONL_RECORDS(s)


def test_the_record_writer_on_the_bundled_examples() -> None:
    """Real answers (the examples, which meet and miss the hinge requirement): the same bytes."""
    from assess import pipeline
    from assess.records import JSONL_RECORDS

    files = sorted(str(p) for p in (Path(__file__).parent.parent / "examples").rglob("*.json"))
    scored, outcome = pipeline.collect(CATALOG, files, jobs=1)
    assert outcome.complete and len(scored) == len(files) > 20
    met = set()
    for s in scored:
        plan = CATALOG.plan_for(s.sheet.questionnaire_id, s.sheet.questionnaire_version)
        raw = Path(s.sheet.source).read_bytes()
        assert generate_fast_line(plan)(raw, JSONL_RECORDS.head(s.sheet.source) + b"null", b"\n") == JSONL_RECORDS(s)
        met.add(s.card.placement.requirement)
    assert met == {True, False, None}


def test_the_record_writer_on_duplicate_keys_and_a_byte_order_mark() -> None:
    from assess.records import JSONL_RECORDS

    writer = generate_fast_line(HOUSING)
    raw = orjson.dumps(BASE)
    assert writer(raw, b"x", b"\n") is not None
    dup = raw.replace(b'"lang":"fr"', b'"lang":"fr","lang":"en"')
    assert dup != raw and writer(dup, b"x", b"\n") is None  # the readable way names the duplicate
    assert writer(b"\xef\xbb\xbf" + raw, JSONL_RECORDS.head("f"), b"\n") is None


@pytest.mark.parametrize("q, plan", WRITER_PLANS, ids=lambda x: getattr(x, "version", None) or "")
def test_a_duplicate_answer_key_never_takes_the_fast_way(q, plan) -> None:
    """Whichever answer is given twice (with its own value or another one's), the record writer and
    the fast check refuse the object, so that the readable way names the duplicate: the answered
    keys they count (from the packed sums, or one by one) are exact. Every answered key of each
    document is given twice in turn (hypothesis makes the documents, not the choice of key)."""
    writer, lean_form = generate_fast_line(plan), generate_fast_check(plan, full=False)
    tried = [0]

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(header_documents(q))
    def check(doc: dict[str, Any]) -> None:
        answers = doc["answers"]
        raw = orjson.dumps(doc)
        start = raw.index(b'"answers":{')
        keys = sorted(answers)
        for i, qid in enumerate(keys):
            key = orjson.dumps(qid) + b":"
            at = raw.index(key, start)
            for again in {orjson.dumps(answers[qid]), orjson.dumps(answers[keys[(i + 1) % len(keys)]])}:
                dup = raw[:at] + key + again + b"," + raw[at:]
                assert len(orjson.loads(dup)["answers"]) == len(answers)
                assert writer(dup, b"x", b"\n") is None, (qid, again)
                assert lean_form(dup) is None, (qid, again)
                tried[0] += 1

    check()
    assert tried[0] >= 5 * len(q.questions), tried  # each key several times, not a few keys


def test_the_pipeline_writes_the_records_bytes_whichever_way_a_line_goes(tmp_path: Path) -> None:
    """Lines of three questionnaires and an older version (a note), another minor version (a
    warning), a byte-order mark, bad lines: `assess score -f jsonl|json` writes, line by line,
    `respondent_record`'s bytes, and the same warnings, with one or two processes."""
    from assess import pipeline
    from assess.records import JSON_MEMBERS, JSONL_RECORDS

    rnd = __import__("random").Random(8)
    models = [*MODELS[:3], CATALOG.questionnaire("housing", "1.0.0")]
    docs = []
    for i in range(160):
        q = models[i % 4]
        answers = {qq.id: rnd.choice([o.id for o in qq.options]) for qq in q.questions if qq.type == "single"}
        doc = {"format": "assess-answers/1", "questionnaire": {"id": q.id, "version": q.version},
               "organisation": {"id": f"o{i % 7}", "name": 'N "é"\t'}, "respondent": {"role": ROLES[i % 4]},
               "round": ["T1", None, "2026"][i % 3], "answers": answers}  # fmt: skip
        if i % 11 == 5:
            major, minor, _ = q.version.split(".")
            doc["questionnaire"]["version"] = f"{major}.{int(minor) + 1}.0"  # scored, with a warning
        docs.append(orjson.dumps(doc))
        if i % 4 == 3:  # runs of one questionnaire, as a real file has
            docs.extend([orjson.dumps(doc)] * 3)
    docs[3] = b"{not json"
    docs[0] = b"\xef\xbb\xbf" + docs[0]
    docs[9] = docs[9].replace(b'"format"', b'"round":"x","format"', 1)  # a duplicate key
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(docs[:60]) + b"\n\n" + b"\n".join(docs[60:]) + b"\n")
    scored, outcome = pipeline.collect(CATALOG, [str(path)], jobs=1)
    assert outcome.invalid == 2 and any(s.sheet.warnings for s in scored)
    assert any("newer version" in w for s in scored for w in s.sheet.warnings)
    for records in (JSONL_RECORDS, JSON_MEMBERS):
        expected = b"".join(records.lead + orjson.dumps(respondent_record(s)) + records.end for s in scored)
        for jobs in (1, 2):
            got, warnings = b"", []
            tasks = list(pipeline.make_tasks([str(path)], chunk_bytes=9000))
            for r in pipeline.run(CATALOG, [str(path)], emit=pipeline.EMIT_JSONL, fmt=records, jobs=jobs, tasks=tasks):
                got += r.data or (open(r.shard, "rb").read() if r.shard else b"")  # noqa: SIM115
                warnings += r.warnings
            assert got == expected
            assert warnings == outcome.warnings


# --- duplicate keys ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, dups",
    [
        (b'{"a": 1, "b": {"c": 1, "c": 2}}', ["b.c"]),
        (b'{"answers": {"x": "a", "x": "b"}, "format": 1}', ["answers.x"]),
        (b'{"b": {"c": 1, "c": 2, "c": 3}, "b": [{"d": 1, "d": 2}], "e": 1}', ["b", "b.c", "b.d"]),
        (b'{"a": "x:y", "b": 1}', []),  # a colon inside text is no key
        (b'{"a" : 1, "a" :2}', ["a"]),
        (b'{"note": "Remarque : oui", "note": "x : y"}', ["note"]),  # French colons in text
        (b'{"a": {"k": 1}, "b": {"k": 2}}', []),  # the same key in two objects is fine
    ],
)
def test_duplicate_keys_are_found_exactly(raw: bytes, dups: list[str]) -> None:
    assert duplicate_keys(raw) == dups
    obj = orjson.loads(raw)
    if dups:
        assert may_have_duplicates(raw, key_count(obj))  # the cheap filter never lets a duplicate through


# --- the published schema agrees with the check ---------------------------------------------------

HOUSING = CATALOG.plan_for("housing")
BASE = {
    "format": "assess-answers/1",
    "questionnaire": {"id": "housing", "version": HOUSING.version},
    "organisation": {"id": "org", "name": "Org"},
    "respondent": {"id": "r1", "role": "field"},
    "date": "2026-11-21",
    "lang": "fr",
    "answers": {"str_goal": None},
    "comments": {},
}


def _with(path: str, value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    *parents, last = path.split(".")
    node = doc
    for p in parents:
        node = node[p]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value
    return doc


_DELETE = object()
SCHEMA_CASES = [
    ("valid", BASE, True),
    ("date not a date", _with("date", "abcd-ef-gh"), False),
    ("date month 13", _with("date", "2026-13-01"), False),
    ("date 30 February", _with("date", "2026-02-30"), False),
    ("date 29 February of a common year", _with("date", "2025-02-29"), False),
    ("date 29 February of 1900", _with("date", "1900-02-29"), False),
    ("date 29 February of 2000", _with("date", "2000-02-29"), True),
    ("date 31 April", _with("date", "2026-04-31"), False),
    ("date with a newline", _with("date", "2026-11-21\n"), False),
    ("date null", _with("date", None), True),
    ("organisation id of two spaces", _with("organisation.id", "  "), False),
    ("organisation id empty", _with("organisation.id", ""), False),
    ("organisation id a list", _with("organisation.id", ["x"]), False),
    ("organisation id too long", _with("organisation.id", "o" * 201), False),
    ("organisation name null", _with("organisation.name", None), True),
    ("organisation name a number", _with("organisation.name", 3), False),
    ("no organisation", _with("organisation", _DELETE), False),
    ("role a list", _with("respondent.role", ["field"]), False),
    ("role an object", _with("respondent.role", {"r": 1}), False),
    ("role unknown", _with("respondent.role", "boss"), False),
    ("role null", _with("respondent.role", None), True),
    ("respondent null", _with("respondent", None), True),
    ("respondent a string", _with("respondent", "field"), False),
    ("respondent id a number", _with("respondent.id", 5), False),
    ("respondent id with a zero-width space", _with("respondent.id", "r1\u200b"), False),
    ("respondent id with a no-break space", _with("respondent.id", "r\u00a01"), True),
    ("respondent id with a newline at its end", _with("respondent.id", "r1\n"), False),
    ("organisation id with a word joiner", _with("organisation.id", "org\u2060"), False),
    ("organisation id a zero-width space and a space", _with("organisation.id", "\u200b "), False),
    ("organisation id with a byte-order mark", _with("organisation.id", "\ufefforg"), False),
    ("organisation id with a newline at its end", _with("organisation.id", "org\n"), False),
    ("organisation id with a soft hyphen", _with("organisation.id", "lo\u00adge"), False),
    ("round with a direction mark", _with("round", "2026\u200f"), False),
    ("round with a newline at its end", _with("round", "2026\n"), False),
    ("round a label", _with("round", "T1"), True),
    ("round null", _with("round", None), True),
    ("round blank", _with("round", "  "), False),
    ("round with a space at its end", _with("round", "2026 "), False),
    ("organisation id with a space at its start", _with("organisation.id", " org"), False),
    ("organisation id with a no-break space at its end", _with("organisation.id", "org\u00a0"), False),
    ("respondent id with a space at its end", _with("respondent.id", "r1 "), False),
    ("respondent id of spaces", _with("respondent.id", "  "), True),
    ("round a number", _with("round", 2026), False),
    ("round too long", _with("round", "r" * 41), False),
    ("lang de", _with("lang", "de"), False),
    ("lang a list", _with("lang", ["fr"]), False),
    ("version of thousands of digits", _with("questionnaire.version", "1" * 3000), False),
    ("version 1.0", _with("questionnaire.version", "1.0"), False),
    ("version with a ten-digit part", _with("questionnaire.version", "1234567890.0.0"), False),
    ("version with a newline", _with("questionnaire.version", "1.0.0\n"), False),
    ("questionnaire id a number", _with("questionnaire.id", 3), False),
    ("extra key", {**BASE, "extra": 1}, False),
    ("extra key in organisation", _with("organisation.x", 1), False),
    ("no answers", _with("answers", _DELETE), False),
    ("answers a list", _with("answers", []), False),
    ("format 2", _with("format", "assess-answers/2"), False),
    ("comment too long", _with("comments", {"str_goal": "c" * 5001}), False),
    ("comment a number", _with("comments", {"str_goal": 3}), False),
    ("comments null", _with("comments", None), True),
    ("text answer too long", _with("answers", {"str_goal": "x" * 5001}), False),
    ("answer an object", _with("answers", {"str_goal": {"a": 1}}), False),
    ("answer a float", _with("answers", {"str_goal": 1.5}), False),
]


@pytest.mark.parametrize("name, doc, valid", SCHEMA_CASES, ids=[c[0] for c in SCHEMA_CASES])
def test_schema_and_check_agree(name: str, doc: dict[str, Any], valid: bool) -> None:
    schema_ok = jsonschema.Draft202012Validator(answers_schema()).is_valid(doc)
    try:
        check_answers(HOUSING, doc)
        check_ok = True
    except AnswersError:
        check_ok = False
    assert (schema_ok, check_ok) == (valid, valid)


# --- each condition kind at its edges (the synthetic questionnaire) --------------------------------

SYNTHETIC = compile_plan(SYNTHETIC_MODEL)
SIGNAL_CASES = [
    # (answers, role, signal, fires)
    ({"s_single": "a"}, None, "sig_in_single", True),
    ({"s_single": "c"}, None, "sig_in_single", False),
    ({"s_single": "dont_know"}, None, "sig_in_single", False),
    ({"s_mean": ["none"]}, None, "sig_in_multi", True),
    ({"s_mean": ["y", "x"]}, None, "sig_in_multi", True),
    ({"s_mean": ["y", "z"]}, None, "sig_in_multi", False),
    ({"s_mean": []}, None, "sig_in_multi", False),
    ({"r_max": ["q", "p"]}, None, "sig_all_of", True),
    ({"r_max": ["q", "r"]}, None, "sig_all_of", False),
    ({"d_single": "v"}, None, "sig_all_of_single", True),
    ({"d_single": "u"}, None, "sig_all_of_single", False),
    ({"d_min": ["m1"]}, "field", "sig_none_of_multi", True),
    ({"d_min": ["m1", "m3"]}, "field", "sig_none_of_multi", False),
    ({"d_min": ["m1"]}, "direction", "sig_none_of_multi", False),  # not asked of the direction
    ({"d_min": "dont_know"}, "field", "sig_none_of_multi", False),
    ({"s_dir_only": "lo"}, "direction", "sig_none_of_single", True),
    ({"s_dir_only": "hi"}, "direction", "sig_none_of_single", False),
    ({"s_dir_only": "lo"}, "field", "sig_none_of_single", False),
    ({"s_dir_only": "dont_know"}, "direction", "sig_none_of_single", False),
    ({"r_scale": 4, "p_sum": ["t1", "t3"]}, None, "sig_at_most_at_least", False),  # p_sum 2.5 < 3
    ({"r_scale": 4, "p_sum": ["t1", "t2"]}, None, "sig_at_most_at_least", True),  # 2 <= 2 and 3.5 >= 3
    ({"r_scale": 5, "p_sum": ["t1", "t2"]}, None, "sig_at_most_at_least", False),  # 2.67 > 2
    ({"r_scale": 4, "p_sum": ["t1", "t2", "t3"]}, None, "sig_at_most_at_least", True),  # sum capped at 4
    ({"d_single": "v", "d_min": ["m1"]}, "field", "sig_levels", True),  # data 25 < 30
    ({"d_single": "u"}, None, "sig_levels", False),  # data 100; practices insufficient
    ({"p_sum": ["t1", "t2", "t3"], "p_scale": 4}, None, "sig_levels", True),  # practices 90 >= 80
    ({"p_sum": ["t0"], "p_scale": 5}, None, "sig_levels", False),  # practices 50
    ({"ctx_single": "small"}, None, "sig_not", True),
    ({"ctx_single": "big"}, None, "sig_not", False),
    ({"ctx_multi": ["k2", "k1"]}, None, "sig_not", False),
    # consistency: opinions (d_min) against facts (d_single) on data access, gap 30
    ({"d_single": "v", "d_min": ["m3"]}, "field", "sig_consistency_data", True),  # 100 - 25 >= 30
    ({"d_single": "v", "d_min": ["m3"]}, "direction", "sig_consistency_data", False),  # no opinion asked
    ({"d_single": "u", "d_min": ["m1"]}, "field", "sig_consistency_data", False),  # opinions below facts
    ({"d_min": ["m3"]}, "field", "sig_consistency_data", False),  # no fact answered
    ({"s_single": "a", "s_mean": ["z"]}, None, "sig_consistency_strategy", True),  # 100 - 0, default gap 37.5
    ({"s_single": "b", "s_mean": ["z"]}, None, "sig_consistency_strategy", True),  # 100 - 62.5: the gap exactly
    ({"s_single": "c", "s_mean": ["z"]}, None, "sig_consistency_strategy", False),  # 100 - 100
    ({"s_single": "a", "s_mean": ["x"]}, None, "sig_consistency_strategy", False),  # 25 - 0 < 37.5
]


@pytest.mark.parametrize("answers, role, signal, fires", SIGNAL_CASES)
def test_each_condition_kind(answers: dict[str, Any], role: str | None, signal: str, fires: bool) -> None:
    doc = {"format": "assess-answers/1", "questionnaire": {"id": "synthetic", "version": "2.1.0"},
           "organisation": {"id": "o"}, "respondent": {"role": role}, "answers": answers}  # fmt: skip
    checked = check_answers(SYNTHETIC, doc)
    card = score(SYNTHETIC, checked.sheet.answers, checked.values, role)
    assert (signal in {sid for sid, _ in card.signals}) is fires
    ref = reference_score(SYNTHETIC_MODEL, checked.sheet.answers, role)
    assert (signal in {sid for sid, _ in ref["signals"]}) is fires


HIGH = {"s_single": "c", "s_mean": ["z"], "r_max": ["r"], "r_scale": 5, "d_min": ["m3"], "d_single": "v",
        "p_sum": ["t1", "t2", "t3"], "p_scale": 5}  # fmt: skip


@pytest.mark.parametrize(
    "answers, met, trajectory",
    [
        (HIGH, True, "socio-professional"),  # r_max without p: the requirement holds
        ({**HIGH, "r_max": ["p", "r"]}, False, "hybrid"),  # neither d_single u nor r_max without p
        ({**HIGH, "r_max": ["p", "r"], "d_single": "u"}, True, "socio-professional"),
    ],
)
def test_the_hinge_requirement_caps_the_label(answers: dict[str, Any], met: bool, trajectory: str) -> None:
    doc = {"format": "assess-answers/1", "questionnaire": {"id": "synthetic", "version": "2.1.0"},
           "organisation": {"id": "o"}, "respondent": {"role": "field"}, "answers": answers}  # fmt: skip
    checked = check_answers(SYNTHETIC, doc)
    card = score(SYNTHETIC, checked.sheet.answers, checked.values, "field")
    assert card.placement.requirement is met and card.trajectory == trajectory
    assert card.placement.hinge is (not met)
    ref = reference_score(SYNTHETIC_MODEL, checked.sheet.answers, "field")
    assert ref["placement"][1:] == (trajectory, not met, met)
    # the batch's fast form keeps the answers the requirement reads, and agrees
    fast = generate_fast_check(SYNTHETIC, full=False)(orjson.dumps(doc))
    assert fast is not None
    assert card_from_sums(SYNTHETIC, fast.answered, fast.weighted, fast.answers, "field") == card
    # and so does the record writer
    from assess.organisation import Scored
    from assess.records import JSONL_RECORDS

    head = JSONL_RECORDS.head(checked.sheet.source) + orjson.dumps(checked.sheet.line)
    line = generate_fast_line(SYNTHETIC)(orjson.dumps(doc), head, b"\n")
    assert line == JSONL_RECORDS(Scored(checked.sheet, card))
