"""The one catalogue of interface texts: English has every French key, and the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

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
        {"pra_mobile": [1]},
        {"pra_days_on_site": 10**4000},
    ):
        try:
            check_answers(HOUSING, {**base, "answers": answers, "comments": {"nope": "x"}})
        except AssessError as e:
            messages += [p.message for p in e.problems]
    for doc in (
        {"organisation": {"id": "o", "name": "x" * 300}},
        {"questionnaire": {"id": "\x1b" * 99, "version": "1.0.0"}},
    ):
        try:
            check_answers(HOUSING, {**base, **doc})
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
    import assess

    housing = assess.get_questionnaire("housing")
    for call in (
        lambda: assess.get_questionnaire(None),
        lambda: assess.get_questionnaire("housing", 1),
        lambda: assess.get_questionnaire("housing", "9.9.9"),
        lambda: assess.score(None, {}),
        lambda: assess.aggregate(housing, []),
        lambda: assess.aggregate(housing, None),
        lambda: assess.read_answers(None),
        lambda: assess.read_answers("x.json", catalog="housing"),
    ):
        try:
            call()
        except AssessError as e:
            messages += [p.message for p in e.problems]
    foreign = tmp_path / "x.csv"
    foreign.write_text("a;b\n1;2\n", encoding="utf-8")
    bad = tmp_path / "y.csv"
    bad.write_text(
        "id;submitdate;ROLE;QVER;strgoal\n1;2026-01-01;BOSS;housing 1.0.0;A9\n2;2026-01-01;;other 1;A1\n",
        encoding="utf-8",
    )
    odd = tmp_path / "odd.csv"
    odd.write_bytes(b"\xff\xfea")  # UTF-16 cut in the middle of a character
    for _, res in import_files(cat, [str(foreign), str(bad), str(odd), str(tmp_path / "none.csv")], Options("housing")):
        messages += [p.message for p in res.problems + res.notes]
    assert len(messages) >= 40
    untranslated = sorted({m for m in messages if problem_message(m, "fr") == m})
    assert not untranslated, untranslated


def _questionnaire_problems() -> list[str]:
    """The messages of questionnaire files broken in many ways (the model's checks, pydantic's, the
    YAML reader's). The file broken is the synthetic one (tests/fixtures, every feature in 9 kB):
    it gives the same 51 messages of the same 33 kinds as housing-2.yaml, which took 1.3 s more of
    CPU to parse again 42 times."""
    import copy

    import yaml

    from assess.errors import AssessError
    from assess.loader import parse_questionnaire

    synthetic = Path(__file__).parent / "fixtures" / "synthetic.yaml"
    base = yaml.load(synthetic.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    def q0(d):  # the first question
        return d["questions"][0]

    def scoring(d):
        return d.setdefault("scoring", {})

    breaks = [
        lambda d: q0(d).update(weight="deux"), lambda d: q0(d).update(weight=-1), lambda d: q0(d).update(weight=500),
        lambda d: q0(d).update(nature="fait"), lambda d: q0(d).update(colour="red"),
        lambda d: q0(d).update(type="singel"), lambda d: q0(d).update(level="strat"),
        lambda d: q0(d).update(id="Bad Id"), lambda d: q0(d).update(id="x" * 80), lambda d: q0(d).update(id=12),
        lambda d: q0(d).update(id=True), lambda d: q0(d).update(text="plain"), lambda d: q0(d).update(text=None),
        lambda d: q0(d)["text"].update(de="x"), lambda d: q0(d)["text"].pop("en"),
        lambda d: q0(d).update(options=[]), lambda d: q0(d).update(options="a, b"),
        lambda d: q0(d)["options"][0].update(value=9), lambda d: q0(d)["options"][0].pop("label"),
        lambda d: q0(d).update(roles=["boss"]), lambda d: q0(d).update(combine="avg"), lambda d: q0(d).pop("id"),
        lambda d: d.update(questions=[]), lambda d: d.update(languages=["en"]), lambda d: d.update(version="two"),
        lambda d: d.update(id="My Q"), lambda d: d.update(sector="Housing!"), lambda d: d.update(levels=[]),
        lambda d: scoring(d).update(coverage_min=2), lambda d: scoring(d).update(min_group_size=2.5),
        lambda d: scoring(d).update(trajectory={"digital_below": 70, "socio_professional_from": 60}),
        lambda d: d["signals"][0].update(severity="urgent"),
        lambda d: d["signals"][0].update(when={"answer": "nope_q", "in": ["x"]}),
        lambda d: d["signals"][0].update(when={"foo": 1}),
        lambda d: d["signals"][0].update(when={"answer": q0(d)["id"], "in": ["nope_opt"]}),
        lambda d: d["signals"].append(copy.deepcopy(d["signals"][0])),
        lambda d: d["questions"].append(copy.deepcopy(q0(d))),
        lambda d: q0(d)["source"].update(doc="wikipedia"), lambda d: q0(d)["source"].update(ref=""),
        lambda d: q0(d).update(weight=float("nan")), lambda d: q0(d).update(weight=float("inf")),
        lambda d: d["signals"][0].update(when={"all": [{"not": {"answer": q0(d)["id"], "in": ["nope"]}}]}),
    ]  # fmt: skip
    # libyaml's emitter writes the same documents as yaml.safe_dump, five times faster (the pure-Python
    # emitter took 10 of this test's 12 s)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    texts = []
    for change in breaks:
        d = copy.deepcopy(base)
        change(d)
        texts.append(yaml.dump(d, Dumper=dumper, allow_unicode=True, sort_keys=False))
    texts += [
        "id: [",
        "a: *x",
        "a:\n\tb: 1",
        "- 1",
        "id: x\nid: y",
        "{" * 200,
        "x: " + "9" * 5000,
        "a: !!set {}",
        "a: 1\na: 2",
    ]
    messages = []
    for text in texts:
        try:
            parse_questionnaire(text, "q.yaml")
        except AssessError as e:
            messages += [p.message for p in e.problems]
    assert len(messages) >= len(texts)  # every broken file is refused
    return messages


def test_every_message_about_a_questionnaire_file_has_a_french_text() -> None:
    """A consultant writing a questionnaire in a French interface reads French, pydantic's errors
    included (they were printed in English: "Input should be a valid number...")."""
    from assess.texts import problem_message

    messages = _questionnaire_problems()
    untranslated = sorted({m for m in messages if problem_message(m, "fr") == m})
    assert not untranslated, untranslated
    assert not [m for m in messages if "Input should" in m or "Field required" in m or "Value error" in m]


def test_counts_take_the_singular_or_the_plural() -> None:
    """A text with a count has a singular and a plural (`key.one`, `key.many`) in both languages;
    French takes the singular for 0 and 1, English for 1 only."""
    from assess.texts import counted

    for lang in ("fr", "en"):
        ones = {k[: -len(".one")] for k in CATALOGUE[lang] if k.endswith(".one")}
        manys = {k[: -len(".many")] for k in CATALOGUE[lang] if k.endswith(".many")}
        assert ones == manys and len(ones) >= 10
    assert counted(0, "cli.written_reports", "fr", path="r") == "écrit : 0 rapport dans r"
    assert counted(1, "cli.written_reports", "fr", path="r") == "écrit : 1 rapport dans r"
    assert counted(2, "cli.written_reports", "fr", path="r") == "écrits : 2 rapports dans r"
    assert counted(0, "cli.written_reports", "en", path="r") == "written: 0 reports in r"
    assert counted(1, "cli.import_read", "en", path="f") == "f: 1 respondent read"


def test_no_count_of_the_command_line_is_written_with_s_in_brackets() -> None:
    """Counts such as "1 organisation(s) recalculée(s)" read as a form to fill in: a
    count takes its singular or plural (the summary of `score -o FILE.sqlite`, the warning of
    `report` and `portfolio` about inputs left out)."""
    for lang in ("fr", "en"):
        bracketed = [k for k, v in CATALOGUE[lang].items() if k.startswith("cli.") and "(s)" in v]
        assert not bracketed, (lang, bracketed)
    assert counted_sqlite("fr", 1, 0, 1) == "r.db : 1 répondant ajouté, 0 déjà présent, 1 évaluation recalculée"
    assert counted_sqlite("fr", 4, 2, 3) == "r.db : 4 répondants ajoutés, 2 déjà présents, 3 évaluations recalculées"
    assert counted_sqlite("en", 1, 2, 0) == "r.db: 1 respondent added, 2 already there, 0 assessments recomputed"


def counted_sqlite(lang: str, added: int, skipped: int, orgs: int) -> str:
    from assess.texts import counted, text

    return text("cli.sqlite_written", lang).format(
        path="r.db",
        added=counted(added, "cli.n_added", lang),
        skipped=counted(skipped, "cli.n_already", lang),
        orgs=counted(orgs, "cli.n_recomputed", lang),
    )


def test_the_notes_of_an_import_count_rows_in_the_singular_or_the_plural() -> None:
    """Counts such as "1 ligne(s)" read as a form: the notes of `assess import` about
    ragged rows and rows without a version say "1 ligne" or "2 lignes", in both languages."""
    from assess.catalog import load_catalog
    from assess.interop.importing import Options, import_table
    from assess.interop.tables import Table
    from assess.texts import problem_message

    heads = ["id", "submitdate", "ROLE", "QVER", "strgoal"]
    rows = [(2, ["1", "2026-01-01", "TER", "", "A1"]), (3, ["2", "2026-01-01", "TER"]),
            (4, ["3", "2026-01-01", "TER", "", "A1", ""]), (5, ["4", "2026-01-01", "TER", "", "A1", " "])]  # fmt: skip
    res = import_table(load_catalog(), Table("f.csv", heads, rows), Options("housing", organisation_id="o"))
    notes = [p.message for p in res.notes]
    assert notes[0] == "1 row with fewer cells than headings, the missing ones read as empty: 3"
    assert notes[1] == "2 rows with more cells than headings, the extra ones not read: 4, 5"
    assert notes[2] == "4 rows carry no questionnaire version: read as housing 2.0.0"
    french = [problem_message(m, "fr") for m in notes]
    assert french[0] == "1 ligne avec moins de cellules que d'en-têtes, celles qui manquent lues vides : 3"
    assert french[1] == "2 lignes avec plus de cellules que d'en-têtes, celles en trop non lues : 4, 5"
    assert french[2] == "4 lignes sans version de questionnaire : lues comme housing 2.0.0"
    one = import_table(load_catalog(), Table("f.csv", heads, rows[:1]), Options("housing", organisation_id="o"))
    assert [problem_message(p.message, "fr") for p in one.notes] == [
        "1 ligne sans version de questionnaire : lue comme housing 2.0.0"
    ]


def test_the_json_parsers_words_are_french_in_french() -> None:
    """A malformed answers file was named in French, but the parser's own words stayed English:
    "JSON mal formé à la colonne 8 : unexpected character, expected ',' or '}'" (QA)."""
    from assess.errors import AnswersError
    from assess.reading import parse_bytes
    from assess.texts import problem_message

    said = {}
    for raw in (b'{"a":1 "b":2}', b'{"a":tru}', b"{a:1}", b'{"a":1,}', b'{"a":', b'{"a":1} x', b"01", b'{"a":-}'):
        with pytest.raises(AnswersError) as e:
            parse_bytes(raw, "x.json")
        english = e.value.problems[0].message
        said[raw] = problem_message(english, "fr").replace("\u00a0", " ")
        assert problem_message(english, "en") == english
    assert said[b'{"a":1 "b":2}'] == "JSON mal formé à la colonne 8 : caractère inattendu ; attendu : « , » ou « } »"
    assert said[b'{"a":tru}'] == "JSON mal formé à la colonne 6 : mot inconnu ; attendu : « true »"
    for raw, text in said.items():
        assert not re.search(r"\b(unexpected|expected|invalid|is not allowed|after|end of data)\b", text), (raw, text)


def test_the_yaml_parsers_words_are_french_in_french() -> None:
    """A questionnaire broken by hand was named in French, but the parser's own words stayed English
    between guillemets: "YAML invalide : « mapping values are not allowed in this context »" for a
    text holding ": " without quotes, "« did not find expected '-' indicator »" for a line of a list
    indented by one space too few (QA)."""
    from assess.errors import AssessError
    from assess.loader import parse_questionnaire
    from assess.texts import problem_message

    said = {}
    broken = {
        "colon": "id: x\nhelp:\n  fr: Une estimation : suffit.\n",
        "dedent": "questions:\n  - id: a\n    level: strategy\n   type: single\n",
        "quote": 'title: {fr: "Le titre, en: "The title"}\nid: x\n',
        "tab": "id: x\nscoring:\n  bands: 1\n\t coverage_min: 1\n",
        "tab_first": "id: x\nhelp:\n\tfr: a\n",
    }
    for name, text in broken.items():
        with pytest.raises(AssessError) as e:
            parse_questionnaire(text, "q.yaml")
        (problem,) = e.value.problems
        assert problem_message(problem.message, "en") == problem.message and problem.line is not None
        said[name] = problem_message(problem.message, "fr").replace("\u00a0", " ")
    assert said["colon"].startswith("YAML invalide : « : » inattendu (un texte sans guillemets qui contient « : »")
    assert said["dedent"] == "YAML invalide : « - » attendu (une ligne de la liste mal indentée)"
    # the tab named once, and what to do (it was "(une tabulation…) : YAML n'accepte pas les tabulations…",
    # and a tab opening a line was "un caractère qui ne peut pas commencer une valeur (@, ` ou %…)")
    tab = "YAML invalide : une tabulation dans l'indentation (remplacez les tabulations par des espaces)"
    assert said["tab"] == tab and said["tab_first"] == tab, said
    for name, text in said.items():
        assert not re.search(r"\b(found|expected|not allowed|did not|indicator|context)\b", text), (name, text)
    # a phrase the catalogue does not hold is quoted as the parser wrote it
    assert problem_message("invalid YAML: something new", "fr").replace("\u00a0", " ") == (
        "YAML invalide : « something new »"
    )


# messages whose words the walk below cannot rebuild from the source (a count's noun, a place
# written by a helper): the corpus of test_every_message_the_library_writes_has_a_french_text says them
_REBUILT_ELSEWHERE = {
    ("assess/interop/importing.py", "no questionnaire version"),
    ("assess/interop/importing.py", "a language that is neither fr nor en"),  # its French: test_interop
    ("assess/interop/importing.py", "in another round than --round"),  # its French: test_interop
    ("assess/interop/importing.py", "a submission date that is no day"),  # its French: test_interop
    ("assess/reading.py", "malformed JSON"),
}


def test_every_problem_the_source_writes_has_a_french_text() -> None:
    """Each `Problem(source, "message")` written in the package, its fields filled with any text, is
    said in French: `report --templates-dir nowhere` said "templates folder not found" and a broken
    template "template error: ..." in a French interface (the corpus of bad inputs had neither); and
    `report --pdf` without WeasyPrint told how to install it in English."""
    import ast
    from pathlib import Path

    from assess.texts import problem_message

    root = Path(__file__).resolve().parent.parent
    untranslated, seen = [], 0
    for path in sorted((root / "assess").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            message = node.args[1] if called == "Problem" and len(node.args) > 1 else None
            if called in ("AssessError", "AnswersError", "QuestionnaireError") and node.args:
                message = node.args[0]  # a message alone: the error makes its Problem
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                sample = message.value
            elif isinstance(message, ast.JoinedStr):
                parts = message.values
                sample = "".join(v.value if isinstance(v, ast.Constant) else f"x{i}" for i, v in enumerate(parts))
            else:
                continue
            seen += 1
            if problem_message(sample, "fr") == sample and not any(
                name == f and words in sample for f, words in _REBUILT_ELSEWHERE
            ):
                untranslated.append((name, node.lineno, sample))
    assert seen >= 60 and not untranslated, untranslated
    from assess.report.render import pdf_help

    assert problem_message(pdf_help("OSError: no libpango"), "fr").startswith("impossible de produire un PDF")


def test_the_columns_an_import_does_not_read_are_all_named_with_the_option_to_leave_them(french) -> None:
    """Ten columns no question reads: every one named (the consultant must name each to leave it
    aside: "and 2 more" would not do), in French with its no-break spaces, the file's answers not
    given; named with --ignore-column, they are left aside with a note and the answers are read."""
    from assess.catalog import load_catalog
    from assess.interop.importing import Options, import_table
    from assess.interop.tables import Table
    from assess.texts import problem_message

    extra = [f"extra{i}" for i in range(9)] + ["avis libre"]
    heads = ["id", "submitdate", "ROLE", "strgoal", *extra]
    rows = [(2, ["1", "2026-01-01", "TER", "A1", *[""] * len(extra)])]
    res = import_table(load_catalog(), Table("f.csv", heads, rows), Options("housing", organisation_id="o"))
    assert res.answers == [] and not [p for p in res.notes if "column" in p.message]
    (error,) = [problem_message(p.message, "fr") for p in res.unread_columns]
    assert error.startswith("colonnes non lues\u00a0: extra0, extra1,") and "extra8, avis libre\u00a0: " in error
    # the nine that differ by their digits with one pattern (which leaves aside no other column)
    assert error.endswith(" --ignore-column 'extra*' --ignore-column 'avis libre'"), error
    res = import_table(
        load_catalog(), Table("f.csv", heads, rows), Options("housing", organisation_id="o", ignore=frozenset(extra))
    )
    assert len(res.answers) == 1 and not res.unread_columns
    (note,) = [problem_message(p.message, "fr") for p in res.notes if "column" in p.message]
    assert note == "colonnes laissées de côté (--ignore-column)\u00a0: " + ", ".join(extra)
