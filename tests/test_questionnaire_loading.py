"""Questionnaire files: the bundled ones validate; every kind of mistake names file, place and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assess.catalog import load_catalog
from assess.errors import QuestionnaireError
from assess.loader import load_questionnaire, parse_questionnaire

from .conftest import QUESTIONNAIRES

BUNDLED = sorted(QUESTIONNAIRES.glob("*.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_questionnaires_validate(path: Path) -> None:
    q = load_questionnaire(path)
    assert path.stem in (q.id, f"{q.id}-{q.major}")  # housing.yaml (1.0) beside housing-2.yaml
    assert set(q.languages) == {"fr", "en"}


def test_a_file_read_again_unchanged_is_parsed_once(tmp_path: Path) -> None:
    """Each catalogue loaded in a process (each command run by the library or the tests) parsed its
    questionnaires' YAML again: 40 ms a file, 238 times in a third of the tests. The same text of the
    same file gives a copy of the same model (parsed once; a copy, so that a script that changes one
    changes no other); a file changed is read anew, a broken one refused again."""
    from assess.loader import _parse_file_text

    p = tmp_path / "q.yaml"
    p.write_text(housing_text(), encoding="utf-8")
    first = load_questionnaire(p)
    parsed = _parse_file_text.cache_info().misses
    assert load_questionnaire(p) == first
    assert load_catalog([str(tmp_path)], use_cache=False).questionnaire("housing", first.version) == first
    assert _parse_file_text.cache_info().misses == parsed  # not parsed again
    p.write_text(housing_text().replace("version: 1.0.0", "version: 1.0.1", 1), encoding="utf-8")
    again = load_questionnaire(p)
    assert again is not first and again.version == "1.0.1"
    p.write_text(housing_text() + "\nnope: 1\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(QuestionnaireError):
            load_questionnaire(p)
    assert load_questionnaire(QUESTIONNAIRES / "housing.yaml") is not first  # another file, its own model


def housing_text() -> str:
    return (QUESTIONNAIRES / "housing.yaml").read_text(encoding="utf-8")


def problems_of(text: str, tmp_path: Path) -> list[str]:
    p = tmp_path / "q.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(QuestionnaireError) as ei:
        load_questionnaire(p)
    out = [str(x) for x in ei.value.problems]
    assert all(s.startswith(str(p)) for s in out), out
    return out


def test_unknown_key_names_question_and_line(tmp_path: Path) -> None:
    text = housing_text().replace(
        "  - id: str_goal\n    level: strategy\n", "  - id: str_goal\n    level: strategy\n    colour: red\n"
    )
    (msg,) = problems_of(text, tmp_path)
    line = text.splitlines().index("    colour: red") + 1
    assert f":{line}:" in msg and "questions[str_goal].colour" in msg and "unknown field" in msg


def test_option_value_out_of_range(tmp_path: Path) -> None:
    text = housing_text().replace(
        "      - id: closer_to_tenants\n        value: 4", "      - id: closer_to_tenants\n        value: 5", 1
    )
    (msg,) = problems_of(text, tmp_path)
    assert "questions[str_goal].options[closer_to_tenants].value" in msg and "must be at most 4" in msg


def test_duplicate_question_id(tmp_path: Path) -> None:
    text = housing_text().replace("  - id: str_magic\n", "  - id: str_goal\n", 1)
    msgs = problems_of(text, tmp_path)
    assert any("duplicate question id 'str_goal'" in m for m in msgs)


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    text = housing_text().replace("id: housing\n", "id: housing\nid: other\n", 1)
    (msg,) = problems_of(text, tmp_path)
    assert ":5:" in msg and "duplicate key 'id' (first at line 4)" in msg


def test_dangling_reference_in_signal(tmp_path: Path) -> None:
    text = housing_text().replace(
        "{answer: reo_relay, in: [nobody, technical_lead]}", "{answer: reo_relais, in: [nobody, technical_lead]}"
    )
    msgs = problems_of(text, tmp_path)
    assert any("signal no_relay_actor: condition on unknown question 'reo_relais'" in m for m in msgs)
    text = housing_text().replace(
        "{answer: reo_relay, in: [nobody, technical_lead]}", "{answer: reo_relay, in: [nobody, technical]}"
    )
    msgs = problems_of(text, tmp_path)
    assert any("question 'reo_relay' has no option 'technical'" in m for m in msgs)


def test_missing_translation(tmp_path: Path) -> None:
    text = housing_text().replace(
        '      en: "When the main digital tools were launched, which goal was put forward first?"\n', "", 1
    )
    msgs = problems_of(text, tmp_path)
    assert any("question str_goal: text: missing translation for en" in m for m in msgs)


def test_threshold_out_of_range(tmp_path: Path) -> None:
    text = housing_text().replace("coverage_min: 0.5", "coverage_min: 1.5")
    (msg,) = problems_of(text, tmp_path)
    assert "scoring.coverage_min" in msg and "must be at most 1" in msg
    text = housing_text().replace("gap_threshold: 25", "gap_threshold: 250")
    (msg,) = problems_of(text, tmp_path)
    assert "scoring.gap_threshold" in msg


# where a limit the outputs print is written (as the loader names it) -> its line, and the line made not whole
NOT_WHOLE = {
    "scoring.bands.digital_below": ("digital_below: 40,", "digital_below: 37.5,"),
    "scoring.bands.socio_professional_from": ("socio_professional_from: 60}", "socio_professional_from: 62.5}"),
    "scoring.hinge.below": ("reorganisation, below: 40}", "reorganisation, below: 40.5}"),
    "scoring.gap_threshold": ("gap_threshold: 25", "gap_threshold: 22.5"),
    "scoring.depth_stages[digitalisation].from": ("      from: 40\n", "      from: 40.5\n"),
    "scoring.coverage_min": ("coverage_min: 0.5", "coverage_min: 0.555"),
}


@pytest.mark.parametrize("where", sorted(NOT_WHOLE))
def test_a_limit_the_outputs_print_is_a_whole_number(tmp_path: Path, where: str) -> None:
    """Every output prints a position in the whole points it reached and a limit as a whole number:
    bands of 37.5 and 62.5 were printed "numérique sous 37, … socio-professionnelle à partir de 62"
    in the report's method, and a position of 62.3 printed "62" beside « hybride »; a gap threshold of
    22.5 "un écart de 22 points ou plus est signalé", beside a gap of 22,3 not flagged. A limit is a
    whole number (a coverage a whole percentage), said at its line, in French too."""
    from assess.texts import problem_message

    before, after = NOT_WHOLE[where]
    text = housing_text()
    assert before in text
    text = text.replace(before, after, 1)
    (msg,) = problems_of(text, tmp_path)
    line = next(n for n, x in enumerate(text.splitlines(), 1) if after.strip() in x)
    assert f":{line}: {where}: " in msg and "whole" in msg, msg
    french = problem_message(msg.split(f"{where}: ", 1)[1], "fr")
    assert "entier" in french and "whole" not in french, french


def test_bands_or_stages_out_of_order_point_at_their_own_line(tmp_path: Path) -> None:
    """Bands in the wrong order, depth stages that do not increase: the line of `bands:` or of
    `depth_stages:`, not the line of `scoring:` twenty lines above."""
    text = housing_text().replace("digital_below: 40,", "digital_below: 80,")
    (msg,) = problems_of(text, tmp_path)
    line = next(n for n, x in enumerate(text.splitlines(), 1) if x.startswith("  bands:"))
    assert f":{line}: scoring: bands: digital_below must not exceed" in msg, msg
    text = housing_text().replace(
        "    - id: digitalisation\n      from: 40", "    - id: digitalisation\n      from: 90"
    )
    (msg,) = problems_of(text, tmp_path)
    line = text.splitlines().index("  depth_stages:") + 1
    assert f":{line}: scoring: depth_stages: 'from' must start at 0" in msg, msg


def test_combine_on_a_question_that_is_not_multiple_choice_is_refused(tmp_path: Path) -> None:
    """`combine: sum` on a single-choice question did nothing, silently: the consultant who wrote it
    is told where, in French too."""
    from assess.texts import problem_message

    text = housing_text().replace(
        "  - id: str_goal\n    level: strategy\n", "  - id: str_goal\n    level: strategy\n    combine: sum\n"
    )
    (msg,) = problems_of(text, tmp_path)
    line = text.splitlines().index("  - id: str_goal") + 1
    assert f":{line}: questions[str_goal]: 'combine' is only for multiple-choice questions" in msg, msg
    assert "« combine » ne sert qu'aux questions à choix multiple" in problem_message(msg.split(": ", 2)[2], "fr")


def test_tabs_are_explained(tmp_path: Path) -> None:
    text = housing_text().replace("  - id: str_goal\n    level: strategy", "  - id: str_goal\n\tlevel: strategy")
    (msg,) = problems_of(text, tmp_path)
    assert "invalid YAML" in msg and "tabs" in msg


def test_python_tag_is_refused_and_never_constructed(tmp_path: Path) -> None:
    text = housing_text().replace("sector: housing", "sector: !!python/object/apply:os.system ['touch pwned']")
    (msg,) = problems_of(text, tmp_path)
    assert "not allowed" in msg or "could not determine a constructor" in msg
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_yes_no_trap_is_explained(tmp_path: Path) -> None:
    text = housing_text().replace("      - id: never\n        value: 0\n", "      - id: no\n        value: 0\n", 1)
    (msg,) = problems_of(text, tmp_path)
    assert "quote the value" in msg


def test_unquoted_hash_colour_style_null(tmp_path: Path) -> None:
    # OWASP SAMM's lesson: `#993300` unquoted loads as null; the typed schema catches it
    text = housing_text().replace("sector: housing", "sector: #993300", 1)
    (msg,) = problems_of(text, tmp_path)
    assert "sector" in msg


def test_empty_and_non_utf8(tmp_path: Path) -> None:
    p = tmp_path / "e.yaml"
    p.write_text("   \n", encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="empty"):
        load_questionnaire(p)
    p.write_bytes("title: é".encode("latin-1"))
    with pytest.raises(QuestionnaireError, match="not UTF-8"):
        load_questionnaire(p)
    with pytest.raises(QuestionnaireError, match="a questionnaire is a mapping"):
        parse_questionnaire("- a\n- b\n")


def test_level_without_question_and_bad_version(tmp_path: Path) -> None:
    data = yaml.safe_load(housing_text())
    data["questions"] = [q for q in data["questions"] if q.get("level") != "practices"]
    data["signals"] = []
    data["version"] = "1.0"
    msgs = problems_of(yaml.safe_dump(data, allow_unicode=True), tmp_path)
    joined = "\n".join(msgs)
    assert "level 'practices' has no scored question" in joined
    assert "'1.0' is not a version number: write three whole numbers" in joined


@pytest.mark.parametrize("version", ["1" * 5000 + ".0.0", "2.0." + "1" * 10])
def test_a_version_answers_could_never_name_is_refused(tmp_path: Path, version: str) -> None:
    """Bounded as an answers file's version is (9 digits a part): a version of thousands of digits
    was listed, shown and exported, and every answers file naming it refused as "not like 1.0.0"."""
    text = re.sub(r"(?m)^version: .*$", f"version: {version}", housing_text(), count=1)
    (msg,) = problems_of(text, tmp_path)
    assert f"q.yaml:{_line(text, 'version: ')}: version: '{version[:40]}" in msg and "is not a version number" in msg
    assert len(msg) < 300  # cut, never echoed whole


def test_catalog_records_broken_user_file_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    for use_cache in (False, True, True):  # a broken file is remembered by the cache too
        cat = load_catalog([str(tmp_path)], use_cache=use_cache)
        assert "housing" in cat.entries
        assert any("broken.yaml" in str(p) for p in cat.problems)


def test_asking_for_a_questionnaire_whose_file_is_broken_names_that_file(tmp_path: Path, monkeypatch) -> None:
    """A consultant's file with a typo: `show`, `template` or answers naming its id say that this
    file defines it and has errors, not only "unknown questionnaire (installed: housing, ...)", also
    once the broken file is remembered by the cache; in French too."""
    from assess.errors import UnknownQuestionnaire
    from assess.texts import problem_message

    text = housing_text().replace("\nid: housing\n", "\nid: my-housing\n").replace("min_group_size:", "min_grup_size:")
    (tmp_path / "mine.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("ASSESS_CACHE_DIR", str(tmp_path / "cache"))
    for use_cache in (False, True, True):
        cat = load_catalog([str(tmp_path)], use_cache=use_cache)
        with pytest.raises(UnknownQuestionnaire) as ei:
            cat.entry("my-housing")
        msg = str(ei.value.problems[0].message)
        assert f"the file {tmp_path / 'mine.yaml'} that defines it has errors" in msg, msg
        assert "le fichier" in problem_message(msg, "fr") and "contient des erreurs" in problem_message(msg, "fr")
        with pytest.raises(UnknownQuestionnaire) as ei:
            cat.entry("other")
        assert "installed: housing" in str(ei.value)


def test_user_folder_adds_versions(tmp_path: Path) -> None:
    text = housing_text().replace("version: 1.0.0", "version: 2.0.0", 1)
    (tmp_path / "housing-v2.yaml").write_text(text, encoding="utf-8")
    cat = load_catalog([str(tmp_path)], use_cache=False)
    assert cat.entry("housing").version == "2.0.0"
    assert cat.entry("housing", "1.0.0").version == "1.0.0"
    assert cat.entry("housing", "1.4.0").version == "1.0.0"  # the newest of the same major version


def test_a_changed_file_is_loaded_again_despite_the_cache(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(housing_text().replace("id: housing", "id: mine", 1), encoding="utf-8")
    assert load_catalog([str(tmp_path)]).entry("mine").version == "1.0.0"
    mine.write_text(housing_text().replace("id: housing", "id: mine", 1).replace("version: 1.0.0", "version: 1.1.0", 1))
    assert load_catalog([str(tmp_path)]).entry("mine").version == "1.1.0"


def test_a_catalogue_read_from_the_plan_cache_does_not_write_it_again(tmp_path: Path, monkeypatch) -> None:
    """Once the cache held a file of another folder (a consultant's, used once), every command rewrote
    the whole cache, unchanged, with an fsync: 470 writes in a run of the tests. It is written when a
    file is new or has changed, not when a command reads fewer folders than the cache knows."""
    from assess.catalog import cache_path

    monkeypatch.setenv("ASSESS_CACHE_DIR", str(tmp_path / "cache"))
    own = tmp_path / "own"
    own.mkdir()
    (own / "mine.yaml").write_text(housing_text().replace("id: housing", "id: mine", 1), encoding="utf-8")
    assert load_catalog([str(own)]).entry("mine").version == "1.0.0"
    written = cache_path(own).stat()
    for folders in ([], [str(own)], []):
        assert load_catalog(folders).entry("housing", "1.0.0").version == "1.0.0"
        now = cache_path(own).stat()
        assert (now.st_ino, now.st_mtime_ns) == (written.st_ino, written.st_mtime_ns), folders
    (own / "mine.yaml").write_text(housing_text().replace("id: housing", "id: mine", 1) + "\n", encoding="utf-8")
    assert load_catalog([str(own)]).entry("mine").version == "1.0.0"
    assert cache_path(own).stat().st_ino != written.st_ino  # a changed file is remembered anew


def test_the_plan_cache_reads_only_the_folders_a_command_uses(tmp_path: Path, monkeypatch) -> None:
    """One cache file a folder: a catalogue of the bundled folder reads none of the plans of the
    other folders once used (in one file, 200 of them made every command parse 3.5 MB, about 50 ms
    a start), a file gone from its folder leaves its cache, and the oldest files go past the limit."""
    import assess.catalog as catalog

    monkeypatch.setenv("ASSESS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(catalog, "CACHE_FILES", 3)
    mine = housing_text().replace("id: housing", "id: mine", 1)
    folders = []
    for i in range(4):
        folder = tmp_path / f"client{i}"
        folder.mkdir()
        (folder / "a.yaml").write_text(mine, encoding="utf-8")
        folders.append(folder)
        assert load_catalog([str(folder)]).entry("mine").path == str(folder / "a.yaml")
    kept = sorted(catalog.cache_dir().iterdir())
    assert len(kept) == 3 and not catalog.cache_path(folders[0]).exists()
    bundled = catalog.cache_path(catalog.bundled_questionnaires_dir()).read_bytes()
    assert b"client" not in bundled and b'"id":"mine"' not in bundled
    (folders[3] / "b.yaml").write_text(mine.replace("version: 1.0.0", "version: 1.1.0", 1), encoding="utf-8")
    assert load_catalog([str(folders[3])]).entry("mine").version == "1.1.0"
    (folders[3] / "b.yaml").unlink()
    assert load_catalog([str(folders[3])]).entry("mine").version == "1.0.0"
    assert b"b.yaml" not in catalog.cache_path(folders[3]).read_bytes()
    assert b"a.yaml" in catalog.cache_path(folders[3]).read_bytes()


def test_a_folder_whose_name_is_not_utf8_is_read_without_a_cache(tmp_path: Path, monkeypatch) -> None:
    """A folder named in another encoding (bytes that are not UTF-8, as a USB key from an old system
    gives): writing its plans to the JSON cache raised orjson's TypeError, a traceback for `assess list`.
    Its questionnaires are read all the same, and the cache of the other folders is kept."""
    import os

    import assess.catalog as catalog

    monkeypatch.setenv("ASSESS_CACHE_DIR", str(tmp_path / "cache"))
    odd = os.path.join(os.fsencode(tmp_path), b"clients-\xff")
    try:
        os.mkdir(odd)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses a name that is not UTF-8")
    folder = os.fsdecode(odd)
    Path(folder, "mine.yaml").write_text(housing_text().replace("id: housing", "id: mine", 1), encoding="utf-8")
    for _ in range(2):
        assert load_catalog([folder]).entry("mine").path == os.path.join(folder, "mine.yaml")
    assert catalog.cache_path(catalog.bundled_questionnaires_dir()).exists()
    assert not catalog.cache_path(folder).exists()
    import json

    from typer.testing import CliRunner

    from assess.cli import app

    listed = CliRunner().invoke(app, ["list", "--json", "-q", folder])  # valid UTF-8 JSON, as the results write it
    paths = [x["path"] for x in json.loads(listed.stdout_bytes.decode("utf-8"))]
    assert os.path.join(str(tmp_path), "clients-\\xff", "mine.yaml") in paths, paths


BOMB = "".join(
    f"{k}: &{k} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['x'] * 9)}]\n"
    for p, k in zip(["", *"abcdefg"], "abcdefgh", strict=True)
)
HOSTILE = {
    "alias bomb": (BOMB, "YAML nodes once aliases are expanded"),
    "alias to itself": ("a: &a [1, *a]\n", "the alias *a refers to itself"),
    "alias to itself in a mapping": ("a: &a {b: {c: *a}}\n", "the alias *a refers to itself"),
    "deep flow nesting": ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", "nested more than 50 levels"),
    "deep block nesting": ("".join(" " * i + "b:\n" for i in range(300)), "nested more than 50 levels"),
    "huge integer": ("id: x\nversion: 1.0.0\nweight: " + "9" * 5000 + "\n", "a number is too large"),
    "python tag": ("id: !!python/object/apply:os.system ['true']\n", "is not allowed"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_yaml_gives_a_message_naming_the_file(case: str, tmp_path: Path) -> None:
    text, expected = HOSTILE[case]
    p = tmp_path / "hostile.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(QuestionnaireError) as ei:
        load_questionnaire(p)
    assert str(p) in str(ei.value) and expected in str(ei.value)


def test_anchors_a_consultant_may_use_still_work(tmp_path: Path) -> None:
    text = housing_text().replace("levels:\n", "x-labels: &yes {fr: oui, en: yes}\nlevels:\n", 1)
    assert "x-labels" in text
    p = tmp_path / "q.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="x-labels"):  # refused as an unknown key, not as YAML
        load_questionnaire(p)


def test_whole_file_checks_name_the_line_of_what_they_name(tmp_path: Path) -> None:
    """A duplicate id, a missing translation or a signal's dangling reference pointed at line 7 (the
    file's id), whatever the place: each now names the line of the question, option, field or signal."""
    lines = housing_text().splitlines()
    text = housing_text().replace("  - id: str_magic\n", "  - id: str_goal\n", 1)
    (dup,) = [m for m in problems_of(text, tmp_path) if "duplicate question id" in m]
    assert f"q.yaml:{text.splitlines().index('  - id: str_goal', lines.index('  - id: str_goal') + 1) + 1}:" in dup
    text = housing_text().replace(
        '      en: "When the main digital tools were launched, which goal was put forward first?"\n', "", 1
    )
    (missing,) = [m for m in problems_of(text, tmp_path) if "missing translation" in m]
    start = lines.index("  - id: str_goal")
    text_line = next(i for i in range(start, len(lines)) if lines[i].startswith("    text:")) + 1
    assert f"q.yaml:{text_line}:" in missing, missing
    text = housing_text().replace(
        "{answer: reo_relay, in: [nobody, technical_lead]}", "{answer: reo_relais, in: [nobody, technical_lead]}"
    )
    (signal,) = [m for m in problems_of(text, tmp_path) if "reo_relais" in m]
    condition = next(i for i, line in enumerate(text.splitlines()) if "reo_relais" in line) + 1
    assert condition > lines.index("  - id: no_relay_actor") + 1  # the condition's line, not the signal's
    assert f"q.yaml:{condition}:" in signal, signal


def test_a_bad_level_is_one_problem_listing_every_accepted_value(tmp_path: Path) -> None:
    """`level:` takes a level id or `depth` (two members of a union): one message, not one each."""
    text = housing_text().replace("  - id: str_goal\n    level: strategy", "  - id: str_goal\n    level: strat", 1)
    (msg,) = problems_of(text, tmp_path)
    assert "questions[str_goal].level" in msg
    assert "must be one of: strategy, reorganisation, data_access, practices, depth" in msg


def _line(text: str, needle: str, start: int = 0) -> int:
    """The number of the first line holding `needle` from line `start` (1-based)."""
    return next(i for i, line in enumerate(text.splitlines()) if i >= start and needle in line) + 1


def test_a_quoted_version_is_said_at_its_own_line(tmp_path: Path) -> None:
    """`version: "1.2"` is text, refused by the whole-file check, which said the file's first line."""
    for version in ('"1.2"', "1.2"):
        text = housing_text().replace("version: 1.0.0", f"version: {version}", 1)
        (msg,) = problems_of(text, tmp_path)
        assert f"q.yaml:{_line(text, 'version:')}: version" in msg, msg


def test_a_nested_condition_is_said_at_its_own_line(tmp_path: Path) -> None:
    nested = (
        "when:\n      all:\n        - {level: reorganisation, below: 40}\n        - any:\n"
        "            - {level: strategy, below: 40}\n            - {answer: typo_q, in: [nobody]}\n"
        "            - not: {answer: reo_relay, in: [nobdy]}"
    )
    text = housing_text().replace("when: {answer: reo_relay, in: [nobody, technical_lead]}", nested, 1)
    msgs = problems_of(text, tmp_path)
    assert [m.split("q.yaml:")[1] for m in msgs] == [
        f"{_line(text, 'typo_q')}: signal no_relay_actor: condition on unknown question 'typo_q'",
        f"{_line(text, 'nobdy')}: signal no_relay_actor: question 'reo_relay' has no option 'nobdy'",
    ]


def test_brackets_nested_too_deep_are_said_at_their_line(tmp_path: Path) -> None:
    """Refused from the text before YAML reads it, at the line of the bracket one too deep (the
    file was named without a line: which of its hundreds of lines to look at was a guess)."""
    text = housing_text().replace("    weight: 2\n", "    weight: 2\n    x-deep: " + "[" * 60 + "]" * 60 + "\n", 1)
    (msg,) = problems_of(text, tmp_path)
    assert f"q.yaml:{_line(text, 'x-deep')}: nested more than 50 levels deep" in msg, msg


def test_a_huge_number_and_a_byte_not_utf8_are_said_at_their_line(tmp_path: Path) -> None:
    text = housing_text().replace("    weight: 2\n", f"    weight: {'9' * 5000}\n", 1)
    (msg,) = problems_of(text, tmp_path)
    assert f"q.yaml:{_line(text, '9' * 5000)}: a number is too large" in msg, msg
    p = tmp_path / "latin.yaml"
    raw = housing_text().encode("utf-8")
    at = raw.index(b"    weight: 2\n")
    p.write_bytes(b"\xef\xbb\xbf" + raw[:at] + b"    weight: 2 # caf\xe9\n" + raw[at + 14 :])
    with pytest.raises(QuestionnaireError) as e:
        load_questionnaire(p)
    (problem,) = e.value.problems
    assert problem.line == raw[:at].count(b"\n") + 1
    assert problem.message == f"not UTF-8 text (byte {3 + at + len(b'    weight: 2 # caf')}): save the file as UTF-8"


def test_a_nan_is_not_a_number(tmp_path: Path) -> None:
    for nan in (".nan", ".NaN"):
        (msg,) = problems_of(housing_text().replace("    weight: 2\n", f"    weight: {nan}\n", 1), tmp_path)
        assert msg.endswith("questions[reo_timing].weight: must be a number (not NaN)"), msg
    (msg,) = problems_of(housing_text().replace("    weight: 2\n", "    weight: .inf\n", 1), tmp_path)
    assert msg.endswith("questions[reo_timing].weight: must be a finite number"), msg


def test_a_duplicate_key_is_placed_as_every_other_problem(tmp_path: Path) -> None:
    text = housing_text().replace("    weight: 2\n", "    weight: 2\n    weight: 3\n", 1)
    (msg,) = problems_of(text, tmp_path)
    assert msg.endswith(f":{_line(text, 'weight: 3')}: questions[reo_timing].weight: duplicate key 'weight' "
                        f"(first at line {_line(text, 'weight: 2')})"), msg  # fmt: skip


def test_a_duplicate_question_id_brings_no_cascade_of_errors(tmp_path: Path) -> None:
    """Two questions str_magic: the signal on str_magic was checked against the second one's options."""
    text = housing_text().replace("  - id: reo_relay\n", "  - id: str_magic\n", 1)
    msgs = problems_of(text, tmp_path)
    assert any("duplicate question id 'str_magic'" in m for m in msgs), msgs
    assert not [m for m in msgs if "str_magic" in m and "duplicate question id" not in m], msgs


def test_found_by_fuzzing_a_huge_scale_a_list_as_key_and_a_control_character(tmp_path: Path) -> None:
    """A scale of max 9223372036854775807 built one entry a point (the machine ran out of memory), and
    one above 2**63 broke the plan cache of every command; `? [a]` (a list as a key) was a TypeError;
    a control character in a label broke the XLSX template and the XLSForm."""
    base = housing_text().replace("id: housing\n", "id: fuzzed\n", 1)
    scale = "    scale:\n      min: 0\n      max: 5\n"
    assert scale in base
    msgs = problems_of(base.replace(scale, scale.replace("max: 5", "max: 9223372036854775807")), tmp_path)
    assert any("must be at most 1000" in m for m in msgs), msgs
    msgs = problems_of(base.replace(scale, scale.replace("max: 5", "max: 500")), tmp_path)
    assert any("a scale has at most 100 points above its min" in m for m in msgs), msgs
    (msg,) = problems_of("id: x\n? [a]\n: 1\n", tmp_path)
    assert ":2:" in msg and "a key must be a plain word" in msg
    text = 'fr: "Quand les principaux outils'
    assert text in base
    (msg,) = problems_of(base.replace(text, 'fr: "Quand\\x07 les principaux outils', 1), tmp_path)
    assert "holds a control character" in msg and ".text.fr" in msg


def test_c1_and_bidirectional_controls_in_a_text_are_refused(tmp_path: Path) -> None:
    """A C1 control (U+009B opens a terminal sequence as ESC [ does) or a bidirectional override
    (U+202E shows the text reversed) written as an escape in a quoted YAML text was accepted, and
    `assess run` printed the question to the terminal as it was."""
    base = housing_text().replace("id: housing\n", "id: fuzzed\n", 1)
    text = 'fr: "Quand les principaux outils'
    for control in ("\\x9b2J", "\\u202e", "\\u2066", "\\x85"):
        (msg,) = problems_of(base.replace(text, f'fr: "Quand{control} les principaux outils', 1), tmp_path)
        assert "holds a control character" in msg and ".text.fr" in msg, control


def test_a_text_of_the_questionnaire_is_bounded_as_an_answers_free_text(tmp_path: Path) -> None:
    """A question of 100,000 characters was valid: `assess run` drew it over the whole screen, its
    options and keys out of sight, and `assess show` took a minute. A text is at most 5,000
    characters (an answer's free text is too), with the file's line named."""
    import re

    base = housing_text().replace("id: housing\n", "id: fuzzed\n", 1)
    text = 'fr: "Quand les principaux outils'
    (msg,) = problems_of(base.replace(text, f'fr: "{"x" * 5000}Quand les principaux outils', 1), tmp_path)
    assert msg.endswith(".text.fr: must have at most 5000 characters"), msg
    assert re.search(r"q\.yaml:\d+: questions\[", msg), msg
    long_enough = base.replace(text, f'fr: "{"x" * 4900}Quand les principaux outils', 1)
    (tmp_path / "ok.yaml").write_text(long_enough, encoding="utf-8")
    assert load_questionnaire(tmp_path / "ok.yaml").id == "fuzzed"


def test_a_version_yaml_reads_as_a_number_says_how_to_write_it() -> None:
    """`version: 1.1` is a number to YAML: the message said "expected text, got a number", without
    the way out (found by QA)."""
    import re

    from assess.texts import problem_message

    text = (QUESTIONNAIRES / "housing-2.yaml").read_text(encoding="utf-8")
    broken = re.sub(r"(?m)^version: .*$", "version: 1.1", text, count=1)
    with pytest.raises(QuestionnaireError) as e:
        parse_questionnaire(broken, "q.yaml")
    (problem,) = e.value.problems
    assert problem.message.endswith('for example version: "1.1.0"'), problem.message
    french = problem_message(problem.message, "fr").replace("\u00a0", " ")
    assert french.endswith('YAML lit 1.1 comme un nombre : écrivez la version en trois nombres, entre guillemets, '
                           'par exemple version: "1.1.0"'), french  # fmt: skip


def test_a_raw_control_character_and_utf16_are_said_as_for_answers(tmp_path: Path) -> None:
    """A NUL or an ESC byte written as it is (not as an escape) was "invalid YAML: unacceptable
    character #x0000" with no line and a second line naming libyaml's `<unicode string>`; a file
    saved as UTF-16 or UTF-32 (Notepad's "Unicode") was "not UTF-8 text (byte 0)"."""
    base = housing_text()
    text = 'fr: "Quand les principaux outils'
    for control in ("\x00", "\x1b[2J", "\x7f"):
        (msg,) = problems_of(base.replace(text, f'fr: "Quand{control} les principaux outils', 1), tmp_path)
        said = "holds a control character (a tab is written as spaces): remove it"
        assert msg == f"{tmp_path / 'q.yaml'}:{_line(base, text)}: {said}", msg
    p = tmp_path / "u.yaml"
    for encoding, name in [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-32", "UTF-32")]:
        data = base.encode(encoding)
        p.write_bytes(data)
        with pytest.raises(QuestionnaireError) as e:
            load_questionnaire(p)
        assert [str(x) for x in e.value.problems] == [f"{p}: the file is {name} text: save it as UTF-8"], encoding


def test_a_pipe_or_a_device_named_as_a_questionnaire_is_refused_never_read(tmp_path: Path) -> None:
    """`assess validate FIFO.yaml` waited forever for someone to write to the pipe, and a link to
    `/dev/zero` read until the memory was full."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    fifo = tmp_path / "q.yaml"
    os.mkfifo(fifo)
    device = tmp_path / "d.yaml"
    device.symlink_to(os.devnull)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "assess", "validate", str(fifo), str(device)],
                          capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert f"{fifo}: not a regular file (a named pipe)" in proc.stderr
    assert f"{device}: not a regular file (a device)" in proc.stderr


def test_a_line_indented_too_far_says_so_in_english(tmp_path: Path) -> None:
    """A key indented one space too far was "invalid YAML: mapping values are not allowed in this
    context" in English (libyaml's words, nothing of the slip), while French named it (QA)."""
    text = housing_text().replace("  - id: str_goal\n    level: strategy", "  - id: str_goal\n     level: strategy")
    (msg,) = problems_of(text, tmp_path)
    assert f":{_line(text, '     level: strategy')}:" in msg
    assert "indented too far" in msg and "mapping values" not in msg and "context" not in msg


def test_a_version_of_two_numbers_is_quoted_as_written(tmp_path: Path) -> None:
    """`version: 1.0` was said "YAML reads 1 as a number": the consultant wrote 1.0, not 1 (QA)."""
    text = re.sub(r"(?m)^version: .*$", "version: 1.0", housing_text(), count=1)
    (msg,) = problems_of(text, tmp_path)
    assert "YAML reads 1.0 as a number" in msg and 'version: "1.0.0"' in msg
    from assess.texts import problem_message

    with pytest.raises(QuestionnaireError) as ei:
        parse_questionnaire(text, "q.yaml")
    assert "YAML lit 1.0 comme un nombre" in problem_message(ei.value.problems[0].message, "fr")


def test_a_weight_of_zero_says_how_to_leave_a_question_out(tmp_path: Path) -> None:
    """`weight: 0` was "must be greater than 0", nothing of how a question is left out of the scores
    (remove its level) or made to count less (QA: a consultant's first try)."""
    from assess.texts import problem_message

    text = housing_text().replace(
        "  - id: str_goal\n    level: strategy\n", "  - id: str_goal\n    level: strategy\n    weight: 0\n"
    )
    (msg,) = problems_of(text, tmp_path)
    assert f":{_line(text, '    weight: 0')}: questions[str_goal].weight: must be greater than 0: " in msg
    assert "remove its level" in msg and "below 1" in msg
    data = yaml.safe_load(housing_text())
    data["levels"][0]["weight"] = 0
    (msg,) = problems_of(yaml.safe_dump(data, allow_unicode=True), tmp_path)
    assert "every level counts" in msg and "remove its level" not in msg
    with pytest.raises(QuestionnaireError) as ei:
        parse_questionnaire(text, "q.yaml")
    assert "retirez son level" in problem_message(ei.value.problems[0].message, "fr")


def test_a_condition_on_a_misspelt_question_suggests_the_close_one(tmp_path: Path) -> None:
    """A signal naming `reo_relais` for `reo_relay` said the question was unknown, not which one was
    meant (QA)."""
    from assess.texts import problem_message

    text = housing_text().replace("{answer: reo_relay,", "{answer: reo_rely,", 1)
    assert text != housing_text()
    msgs = problems_of(text, tmp_path)
    assert any("condition on unknown question 'reo_rely' (did you mean 'reo_relay'?)" in m for m in msgs), msgs
    with pytest.raises(QuestionnaireError) as ei:
        parse_questionnaire(text, "q.yaml")
    fr = problem_message(ei.value.problems[0].message, "fr").replace("\u00a0", " ")
    assert "vouliez-vous dire « reo_relay » ?" in fr


def test_a_missing_translation_says_what_to_do(tmp_path: Path) -> None:
    """ "missing translation for en" did not say that a file may be offered in French alone (QA)."""
    data = yaml.safe_load(housing_text())
    data["title"].pop("en")
    (msg,) = problems_of(yaml.safe_dump(data, allow_unicode=True), tmp_path)
    assert "title: missing translation for en: write it" in msg and "lists only fr in `languages`" in msg


def test_a_pipe_named_as_a_questionnaire_is_said_and_never_read(tmp_path: Path) -> None:
    """A named pipe « extra.yaml » in a questionnaires folder was passed by without a word (never
    read: it would hang). It is said, as in an answers folder, and the commands go on."""
    import os

    from typer.testing import CliRunner

    from assess.cli import app

    folder = tmp_path / "q"
    folder.mkdir()
    os.mkfifo(folder / "extra.yaml")
    r = CliRunner().invoke(app, ["list", "--questionnaires-dir", str(folder), "--lang", "en"])
    assert r.exit_code == 0 and "extra.yaml: not a regular file (a named pipe): skipped" in r.output, r.output


def test_validate_says_a_pipe_named_as_a_questionnaire_in_a_folder_it_checks(tmp_path: Path) -> None:
    """`assess validate FOLDER` with a named pipe « only.yaml » said the folder held no answer files,
    and beside a real questionnaire « 1 valid », never a word of the pipe. It is said, never read."""
    import os
    import shutil

    from typer.testing import CliRunner

    from assess.cli import app

    folder = tmp_path / "qe"
    folder.mkdir()
    os.mkfifo(folder / "only.yaml")
    shutil.copy(QUESTIONNAIRES / "housing-2.yaml", folder / "mine.yaml")
    r = CliRunner().invoke(app, ["validate", str(folder), "--lang", "en"])
    assert "only.yaml: not a regular file (a named pipe): skipped" in r.output, r.output


def test_validate_passes_a_link_to_nothing_named_as_a_questionnaire_and_checks_the_rest(tmp_path: Path) -> None:
    """A link to nothing « aa.yaml » before a real questionnaire: the pipe's check (`stat`) raised
    on it and ended the folder's scan, so the questionnaire after it went unchecked."""
    import os

    from typer.testing import CliRunner

    from assess.cli import app

    folder = tmp_path / "qe"
    folder.mkdir()
    os.symlink(tmp_path / "nothing", folder / "aa.yaml")
    text = (QUESTIONNAIRES / "housing-2.yaml").read_text(encoding="utf-8").replace("id: housing\n", "id: mine\n", 1)
    (folder / "zz.yaml").write_text(text, encoding="utf-8")
    r = CliRunner().invoke(app, ["validate", str(folder), "--lang", "en"])
    assert r.exit_code == 0 and "1 valid, 0 invalid" in r.output, r.output
