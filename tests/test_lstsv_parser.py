"""The test-side LimeSurvey TSV reader itself: it accepts a valid bilingual survey and refuses each
kind of damage, so that the export tests can rely on it."""

from __future__ import annotations

import pytest

from .lstsv import parse_lstsv

HEAD = "class\ttype/scale\tname\trelevance\ttext\thelp\tlanguage\tmandatory\tassessment_value"
VALID = "\n".join(
    [
        "\ufeff" + HEAD,
        "S\t\tlanguage\t\tfr",
        "S\t\tadditional_languages\t\ten",
        "SL\t\tsurveyls_title\t\tTitre\t\tfr",
        "G\t1\tProfil\t1\t\t\tfr",
        "Q\tL\tROLE\t1\tFonction ?\t\tfr\tN",
        "A\t0\tDIR\t\tDirection\t\tfr",
        "Q\tM\tstrtools\t1\tOutils ?\taide\tfr\tN",
        "SQ\t0\tSQ001\t\tUn\t\tfr",
        "G\t1\tProfile\t1\t\t\ten",
        "Q\tL\tROLE\t1\tRole?\t\ten\tN",
        "A\t0\tDIR\t\tLeadership\t\ten",
        "Q\tM\tstrtools\t1\tTools?\thelp\ten\tN",
        "SQ\t0\tSQ001\t\tOne\t\ten",
    ]
)


def test_valid_bilingual_survey() -> None:
    s = parse_lstsv(VALID)
    assert s.settings == {"language": "fr", "additional_languages": "en"}
    assert s.language_settings["fr"]["surveyls_title"] == "Titre"
    fr = s.languages["fr"].groups[0]
    assert [q.code for q in fr.questions] == ["ROLE", "strtools"]
    assert fr.questions[0].answers[0].code == "DIR"
    assert fr.questions[1].subquestions[0].text == "Un"
    assert s.languages["en"].groups[0].questions[1].text == "Tools?"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("Q\tM\tstrtools\t1\tOutils ?", "Q\tM\tstr_tools\t1\tOutils ?", "question code"),
        ("Q\tM\tstrtools\t1\tOutils ?", "Q\tM\tabcdefghijklmnopqrstu\t1\tOutils ?", "question code"),
        ("A\t0\tDIR\t\tDirection", "A\t0\tDIRECT\t\tDirection", "answer code"),
        ("G\t1\tProfil\t1\t\t\tfr", "X\t1\tProfil\t1\t\t\tfr", "unknown row class"),
        ("SQ\t0\tSQ001\t\tOne\t\ten", "SQ\t0\tSQ002\t\tOne\t\ten", "does not have the same"),
    ],
)
def test_damage_is_refused(old: str, new: str, message: str) -> None:
    assert old in VALID
    with pytest.raises(ValueError, match=message):
        parse_lstsv(VALID.replace(old, new))


def test_rows_out_of_place() -> None:
    with pytest.raises(ValueError, match="before any group"):
        parse_lstsv(HEAD + "\nQ\tL\tROLE\t1\tFonction ?\t\tfr\tN")
    with pytest.raises(ValueError, match="before any question"):
        parse_lstsv(HEAD + "\nG\t1\tProfil\t1\t\t\tfr\nA\t0\tDIR\t\tDirection\t\tfr")
