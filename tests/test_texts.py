"""The one catalogue of interface texts: English has every French key, and the same placeholders."""

from __future__ import annotations

import string

from assess.texts import CATALOGUE


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    fr, en = CATALOGUE["fr"], CATALOGUE["en"]
    assert set(fr) == set(en)
    for key in fr:
        assert fr[key].strip() and en[key].strip(), key
        assert fields(fr[key]) == fields(en[key]), key


def test_keys_are_namespaced() -> None:
    assert all("." in k and k.split(".", 1)[0].isidentifier() for k in CATALOGUE["fr"])


def test_every_message_the_library_writes_has_a_french_text(tmp_path) -> None:
    """The library writes English problems; the catalogue translates them by template. Feeding it a
    corpus of bad inputs, every message must come out in French (a changed English text in the code
    without its template would fail here)."""
    from assess.answers import check_answers
    from assess.catalog import load_catalog
    from assess.errors import AssessError
    from assess.interop.importing import Options, import_files
    from assess.reading import parse_bytes, scan_answer_files
    from assess.texts import problem_message

    from .test_agreement import HOUSING, SCHEMA_CASES

    messages: list[str] = []
    for _, doc, valid in SCHEMA_CASES:
        if not valid:
            try:
                check_answers(HOUSING, doc)
            except AssessError as e:
                messages += [p.message for p in e.problems]
    base = dict(SCHEMA_CASES[0][1])
    for answers in (
        {"str_gaol": "x"},
        {"zzzzzzzz": "x"},
        {"str_goal": ["a"]},
        {"str_goal": "nope"},
        {"pra_mobile": 99},
    ):
        try:
            check_answers(HOUSING, {**base, "answers": answers, "comments": {"nope": "x"}})
        except AssessError as e:
            messages += [p.message for p in e.problems]
    for raw in (b"", b"\xff\xfe{\x00}\x00", b"{oops", b"\xe9t\xe9", b"[1]", b'{"format": "x"}'):
        try:
            parse_bytes(raw, "f.json")
        except AssessError as e:
            messages += [p.message for p in e.problems]
    messages += [p.message for p in scan_answer_files([tmp_path / "missing.json", tmp_path]).problems]
    cat = load_catalog()
    for q in ("housng", "housing"):
        try:
            cat.entry(q, "9.0.0" if q == "housing" else None)
        except AssessError as e:
            messages += [p.message for p in e.problems]
    foreign = tmp_path / "x.csv"
    foreign.write_text("a;b\n1;2\n", encoding="utf-8")
    bad = tmp_path / "y.csv"
    bad.write_text(
        "id;submitdate;ROLE;QVER;strgoal\n1;2026-01-01;BOSS;housing 1.0.0;A9\n2;2026-01-01;;other 1;A1\n",
        encoding="utf-8",
    )
    for _, res in import_files(cat, [str(foreign), str(bad), str(tmp_path / "none.csv")], Options("housing")):
        messages += [p.message for p in res.problems + res.notes]
    assert len(messages) >= 40
    untranslated = sorted({m for m in messages if problem_message(m, "fr") == m})
    assert not untranslated, untranslated
