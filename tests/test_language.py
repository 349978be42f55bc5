"""French first: help, messages and default file names follow --lang, $ASSESS_LANG or the locale
(French for fr_*, English otherwise); machine formats keep English ids."""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from assess.cli.common import argv_lang, locale_lang

from .conftest import EXAMPLES, ROOT


def assess(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "ASSESS_LANG")}
    return subprocess.run(
        [sys.executable, "-m", "assess", *args], capture_output=True, text=True, env={**base, "COLUMNS": "100",
        **(env or {})}, cwd=cwd, check=False,
    )  # fmt: skip


@functools.cache
def _typer_words() -> dict[str, str]:
    """typer's own words (rich_utils' constants) as a process starts with them: a French usage error
    sets some for good, as a process runs in one language."""
    spec = importlib.util.find_spec("typer.rich_utils")
    assert spec and spec.loader
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)
    return {k: v for k, v in vars(fresh).items() if k.isupper() and isinstance(v, str)}


def assess_here(monkeypatch: pytest.MonkeyPatch, *args: str, env: dict[str, str], cwd: Path | None = None) -> Result:
    """`assess(*args)` run in this process as a new process would start it: its command line and
    environment (and folder), the interface language read from them again, and typer's words as
    typer has them."""
    from typer import rich_utils

    from assess.cli import app
    from assess.cli.common import ui_lang

    with monkeypatch.context() as m:
        for var in ("LANG", "LC_ALL", "LC_MESSAGES", "ASSESS_LANG"):
            m.delenv(var, raising=False)
        for var, value in {"COLUMNS": "100", **env}.items():
            m.setenv(var, value)
        m.setattr(sys, "argv", ["assess", *args])
        if cwd is not None:
            m.chdir(cwd)
        for name, value in _typer_words().items():
            m.setattr(rich_utils, name, value)
        ui_lang.cache_clear()
        try:
            return CliRunner().invoke(app, list(args), prog_name="python -m assess", catch_exceptions=False)
        finally:
            ui_lang.cache_clear()  # the next test reads its own language again


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"ASSESS_LANG": "fr", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"ASSESS_LANG": "en", "LANG": "fr_FR.UTF-8"}, "en"),
    ],
)
def test_locale(env: dict[str, str], lang: str) -> None:
    assert locale_lang(env) == lang


def test_argv_lang() -> None:
    assert argv_lang(["report", "x", "--lang", "en"]) == "en"
    assert argv_lang(["export", "limesurvey", "housing", "--lang=fr,en"]) == "fr"
    assert argv_lang(["-l", "de"]) is None and argv_lang(["score"]) is None


def test_help_in_french_and_english_without_python_types(monkeypatch: pytest.MonkeyPatch) -> None:
    fr = assess("score", "--help", env={"LANG": "fr_FR.UTF-8"}).stdout
    en = assess("score", "--help", env={"LANG": "C.UTF-8"}).stdout
    assert "Noter des fichiers de réponses" in fr and "Exemple" in fr and "Afficher cette aide" in fr
    assert "Score answer files" in en and "Example" in en
    for text in (fr, en):
        assert "<bool>" not in text and "<list[str]>" not in text and "<list[Path]>" not in text
        assert "<path>" not in text  # typer's English word for a path argument
    # the usage line names the arguments in the interface's words (typer 0.28 would write "{paths}...")
    assert re.search(r"score \[OPTIONS\] CHEMIN\.\.\. *\n", fr) and re.search(r"score \[OPTIONS\] PATH\.\.\. *\n", en)
    assert re.search(r"Utilisation : .*score", fr) and "Usage:" not in fr and re.search(r"Usage: .*score", en)
    # typer's own words too: the commands' panel, a required argument
    assert "[obligatoire]" in fr and "[required]" not in fr and "[required]" in en
    # the other pages in this process, as a process started anew writes them (two processes above)
    root_fr = assess_here(monkeypatch, "--help", env={"LANG": "fr_FR.UTF-8"}).stdout
    root_en = assess_here(monkeypatch, "--help", env={"LANG": "C.UTF-8"}).stdout
    assert "Installer la complétion" in root_fr
    assert "Commandes" in root_fr and "Commands" in root_en
    # a group's usage line: its subcommand in the interface's words
    assert "assess [OPTIONS] COMMANDE [ARGUMENTS]..." in root_fr and "COMMAND [ARGS]" not in root_fr
    assert "assess [OPTIONS] COMMAND [ARGS]..." in root_en
    assert "Lister les questionnaires" in assess_here(monkeypatch, "list", "--help", env={"ASSESS_LANG": "fr"}).stdout
    # an argument that may be left out is said so on the usage line
    run_help = assess_here(monkeypatch, "run", "--help", env={"LANG": "C.UTF-8"}).stdout
    assert re.search(r"run \[OPTIONS\] \[ID\] *\n", run_help)


def test_messages_follow_the_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """(In this process, as `python -m assess` started anew in each language: see assess_here.) In
    French the messages keep their no-break spaces before ":" (they were printed with plain ones)."""
    one = str(EXAMPLES / "housing" / "logemer-dg.json")
    fr = assess_here(monkeypatch, "score", one, str(tmp_path / "missing.json"), env={"LANG": "fr_FR.UTF-8"})
    assert "erreur\u00a0: " in fr.stderr and "1 noté, 1 invalide" in fr.stderr
    en = assess_here(monkeypatch, "score", one, str(tmp_path / "missing.json"), env={"LANG": "C.UTF-8"})
    assert "error: " in en.stderr and "1 scored, 1 invalid" in en.stderr
    assert fr.stdout == en.stdout  # JSON lines: stable English ids whatever the language
    r = assess_here(monkeypatch, "report", one, cwd=tmp_path, env={"LANG": "fr_FR.UTF-8"})
    assert r.exit_code == 0 and (tmp_path / "rapport-logemer.html").exists(), r.stderr
    assert "écrit\u00a0: rapport-logemer.html" in r.stderr
    assert 'lang="fr"' in (tmp_path / "rapport-logemer.html").read_text(encoding="utf-8")
    r = assess_here(monkeypatch, "report", one, cwd=tmp_path, env={"LANG": "C.UTF-8"})
    assert (tmp_path / "report-logemer.html").exists() and "written: report-logemer.html" in r.stderr
    bad = assess_here(monkeypatch, "show", "housng", env={"LANG": "fr_FR.UTF-8"})
    assert bad.exit_code == 1 and "erreur\u00a0: " in bad.stderr and "«\u00a0housing\u00a0»" in bad.stderr


def test_a_reports_warnings_are_in_its_language(catalog) -> None:
    """Answers scored with an older version carry a note: a French report prints it in French."""
    from assess import pipeline
    from assess.report.context import build_report_context

    files = sorted(str(p) for p in (EXAMPLES / "rounds").glob("*.json"))
    scored, _ = pipeline.collect(catalog, files, jobs=1)
    older = [s for s in scored if s.sheet.warnings]
    assert older, "the rounds example has answers of an older version"
    q = catalog.questionnaire(older[0].sheet.questionnaire_id, older[0].sheet.questionnaire_version)
    same = [s for s in scored if s.sheet.questionnaire_version == q.version and s.sheet.round == older[0].sheet.round]
    fr = build_report_context(q, same, "fr").warnings
    en = build_report_context(q, same, "en").warnings
    # in words a management team reads: the questionnaire's title, not its id
    assert en and all(w.startswith("These answers were given to an earlier version of the questionnaire") for w in en)
    assert fr and all(
        w.startswith("Ces réponses ont été données à une version antérieure du questionnaire") for w in fr
    )
    assert all("of housing" not in w and "(1.0.0); the one in use now is 2.0.0" in w for w in en), en
    assert all("do not compare these positions with those of a report on the new version" in w for w in en), en


def test_french_messages_name_kinds_and_expected_answers_in_french() -> None:
    """The library writes English; the French message has no English left in it: the kind of a
    JSON value ("a list") and what a cell should hold ("a number from 0 to 5", "one of")."""
    from assess.texts import problem_message

    assert (
        problem_message("expected a JSON object, got a list", "fr") == "un objet JSON était attendu, et non une liste"
    )
    said = problem_message("unknown answer 'inf' (expected a whole number from 0 to 5)", "fr")
    assert said.replace("\u00a0", " ") == "réponse inconnue « inf » (attendu : un nombre entier de 0 à 5)"
    assert problem_message("unknown answer 'x' (expected one of: a, b)", "fr").replace("\u00a0", " ") == (
        "réponse inconnue « x » (attendu : l'une de a, b)"
    )
    french = problem_message("unknown answer 'text' (expected one of: a, b)", "fr").replace("\u00a0", " ")
    assert french.startswith("réponse inconnue « text »")
    # French quotes a value as French does; an apostrophe inside a name is not a quote
    said = problem_message("unknown questionnaire 'nope' (installed: housing)", "fr")
    assert said == "questionnaire inconnu «\u00a0nope\u00a0» (installés : housing)", said
    assert "\"l'un d'eux\"" in problem_message("unknown questionnaire \"l'un d'eux\" (installed: housing)", "fr")


def test_the_english_report_has_no_french_around_the_titles() -> None:
    """The sources' descriptions and the percent sign follow the report's language; the titles of
    French documents stay as published."""
    from assess.sources import SOURCES, cite

    assert "(cited by Bretesché 2024)" in cite("dudezert2018", "en")
    assert "(cité par Bretesché 2024)" in cite("dudezert2018", "fr")
    for doc in SOURCES:
        english = cite(doc, "en")
        assert not any(w in english for w in ("cité par", "non précisé", "intervention lors", "observations dans"))


def test_every_kind_of_value_a_message_names_has_its_french_words() -> None:
    """`answers._kind` writes the English words; the catalogue's `kind.*` must hold each of them, or
    a French message would keep the English word."""
    from assess.answers import _kind
    from assess.texts import CATALOGUE

    english = {v for k, v in CATALOGUE["en"].items() if k.startswith("kind.")}
    assert {_kind(v) for v in ({}, [], "", True, 1, 1.5)} <= english


@pytest.mark.parametrize(
    ("args", "french", "english"),
    [
        (
            ["score", "-f", "foo", "x.json"],
            "Valeur invalide pour « --format » / « -f » : « foo » n'est pas l'une des valeurs",
            "Invalid value for '--format' / '-f': 'foo' is not one of",
        ),
        (["import", "x.csv"], "Option manquante : « --questionnaire » / « -Q ».", "Missing option '--questionnaire'"),
        (["report"], "Argument manquant : « CHEMIN... ».", "Missing argument 'PATH...'."),
        (["scor"], "Commande inconnue : « scor ». Vouliez-vous dire « score » ?", "No such command 'scor'."),
        (["score", "--nope", "x"], "Option inconnue : --nope", "No such option: --nope"),
        (["score", "-o"], "L'option « -o » demande une valeur.", "Option '-o' requires an argument."),
        (["list", "a", "b"], "En trop sur la ligne de commande : a b", "Got unexpected extra argument"),
        # click's "'abc' is not a valid int range." said plainly in English too
        (["score", "x", "--jobs", "abc"], "« abc » n'est pas un nombre entier.", "'abc' is not a whole number."),
    ],
)
def test_usage_errors_follow_the_language(
    monkeypatch: pytest.MonkeyPatch, args: list[str], french: str, english: str
) -> None:
    """typer writes its usage errors in English: a French interface says them in French, with its
    usage line and help hint; an English one keeps typer's words. (In this process, started anew for
    each language by `assess_here`: the same text as `python -m assess` writes, without 16 starts.)"""
    fr = assess_here(monkeypatch, *args, env={"LANG": "fr_FR.UTF-8"})
    said = " ".join(re.sub(r"[│╭╮╰╯─]", " ", fr.stderr).split())
    assert fr.exit_code == 2 and french in said, fr.stderr
    assert "Erreur" in fr.stderr and "Error" not in fr.stderr and "for help" not in fr.stderr
    # quoted as French quotes, the help hint too ("Aide : « python -m assess score -h »"), never 'foo'
    narrow = assess_here(monkeypatch, *args, env={"LANG": "fr_FR.UTF-8", "COLUMNS": "50"}).stderr
    assert not re.search(r"«[\s│]*$|^[│ ]*[:;?!»]", narrow, re.MULTILINE), narrow  # the panel keeps them together
    assert ("Aide" not in said or "Aide : « " in said) and not re.search(r"(?<!\w)'[^'\n]*'(?!\w)", said), said
    en = assess_here(monkeypatch, *args, env={"LANG": "C.UTF-8"})
    said = " ".join(re.sub(r"[│╭╮╰╯─]", " ", en.stderr).split())
    assert en.exit_code == 2 and english in said and "Erreur" not in en.stderr, en.stderr


@pytest.mark.parametrize(
    ("args", "french", "english"),
    [
        (["report", "{ex}/housing/logemer-dg.json", "--pdf", "--lang", "en"], None,
         "--pdf takes a value, and --lang is another option"),
        (["report", "{ex}/housing", "--pdf", "--out-dir", "out"],
         "--pdf attend une valeur, et --out-dir est une autre option\u00a0: écrivez la valeur après --pdf",
         "--pdf takes a value, and --out-dir is another option: write the value after --pdf"),
        (["score", "{ex}/housing", "-o", "--format", "csv"], "--output attend une valeur, et --format est une autre",
         "--output takes a value, and --format is another option"),
    ],
)  # fmt: skip
def test_an_option_given_as_another_options_value_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str], french: str | None, english: str
) -> None:
    """click gives `--pdf` the next word whatever it is: `report X --pdf --lang en` wrote a PDF
    named "--lang" and read "en" as answers; `--pdf --out-dir DIR` took the folder for answers."""
    ex = str(Path(__file__).parent.parent / "examples")
    args = [a.replace("{ex}", ex) for a in args]
    for lang, expected in (("fr_FR.UTF-8", french), ("C.UTF-8", english)):
        if expected is None:  # `--lang en` on the command line: the interface is English anyway
            continue
        r = assess_here(monkeypatch, *args, env={"LANG": lang}, cwd=tmp_path)
        said = re.sub(r"[ \n]+", " ", r.stderr)  # the lines joined, the no-break spaces kept
        assert r.exit_code == 2 and expected in said, r.stderr
        assert list(tmp_path.iterdir()) == [], "nothing written"


def test_import_takes_lang() -> None:
    r = assess("import", "nowhere.csv", "-Q", "housing", "--lang", "en", env={"LANG": "fr_FR.UTF-8"})
    assert r.returncode == 1 and "no such file" in r.stderr and "0 respondents read" in r.stderr, r.stderr


HELP_PAGES = [[], ["list"], ["show"], ["schema"], ["validate"], ["score"], ["template"], ["import"], ["report"],
              ["portfolio"], ["run"], ["export"], ["export", "limesurvey"], ["export", "xlsform"]]  # fmt: skip


@functools.cache
def help_page(lang: str, *page: str, columns: str = "80") -> str:
    """`python -m assess <page> --help` as the process writes it (the same bytes: checked below by
    test_the_help_read_in_this_process_is_the_processs), made once a process for the four tests that
    read every page in a language, without 70 starts."""
    with pytest.MonkeyPatch.context() as m:
        r = assess_here(m, *page, "--help", env={"ASSESS_LANG": lang, "COLUMNS": columns})
    assert r.exit_code == 0 and not r.stderr, (page, r.stderr)
    return r.stdout


@pytest.mark.parametrize(("lang", "page"), [("fr", ["report"]), ("en", []), ("fr", ["export", "xlsform"])])
def test_the_help_read_in_this_process_is_the_processs(lang: str, page: list[str]) -> None:
    real = assess(*page, "--help", env={"ASSESS_LANG": lang, "COLUMNS": "80"})
    assert real.returncode == 0 and not real.stderr
    assert help_page(lang, *page) == real.stdout


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_names_every_value_in_the_language(lang: str) -> None:
    """No typer word for what an option or argument takes ("--benchmark <path>", "schema {kind}")."""
    for page in HELP_PAGES:
        text = help_page(lang, *page)
        assert "Usage" in text or "Utilisation" in text, page
        assert "<path>" not in text and "{kind}" not in text and " kind " not in text, (page, text)
    assert re.search(r"schema \[OPTIONS\] TYPE *\n", help_page("fr", "schema"))
    assert re.search(r"--benchmark +CHEMIN ", help_page("fr", "report", columns="100"))
    # a list of languages is shown as one (it said fr|en and took "fr,en"), and a default said once
    assert re.search(r"--lang +-l +fr,en ", help_page(lang, "export", "limesurvey", columns="100"))
    assert not re.search(r"(default|défaut)\s*:\s*,\]", help_page(lang, "score", columns="100"))
    assert "organisation_id" in help_page(lang, "import", columns="100")  # the column that gives the id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_at_80_columns_cuts_nothing(lang: str) -> None:
    """Every help page at 80 columns: no option name, file name or variable cut with "…" (report's
    "rapport-<organisation>.h…", run's "$ASSESS_QUESTIONNAIRE…", portfolio's "--questionnaires…" and
    "<name|position|t" over "rajectory>")."""
    for page in HELP_PAGES:
        text = help_page(lang, *page)
        assert "…" not in text, (page, text)
        assert not re.search(r"│ +[a-z]*>", text), (page, text)  # a choice's metavar split over two lines
    run_help = help_page(lang, "run")
    assert re.search(r"--role +(RÔLE|ROLE) ", run_help) and "support" in run_help  # the roles, in its help text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_examples_fit_80_columns_to_be_copied_whole(lang: str) -> None:
    """`assess import --help` at 80 columns broke its example before "answers.jsonl": a command copied
    from the screen lost its output file. Each example line (with its shell continuations) is a line
    of the page as printed."""
    from assess.texts import CATALOGUE

    for page in HELP_PAGES:
        printed = {line.strip(" │") for line in help_page(lang, *page).splitlines()}
        text = CATALOGUE[lang].get("help." + ".".join(page) if page else "help.app", "")
        follows = False
        for line in text.splitlines():
            if line.startswith("assess ") or follows:
                assert line.strip() in printed, (page, line)
            follows = line.endswith("\\")


def test_french_help_never_starts_a_line_with_a_colon_or_a_closing_guillemet() -> None:
    """French spacing that never breaks, in help too: rich broke lines at the no-break space, and the
    catalogue's ordinary spaces put ":" first on a line ("(par défaut" over ": le plus rapide")."""
    for page in HELP_PAGES:
        text = help_page("fr", *page)
        assert not re.search(r"^[│ ]+[:;?!»]", text, re.MULTILINE), (page, text)
        assert not re.search(r"«\s*│?$", text, re.MULTILINE), (page, text)


# what the command line draws with rich outside help: a questionnaire, the list, the score tables
RICH_PAGES = [["show", q] for q in ("housing", "municipality", "social-economy")] + [
    ["list"], ["score", str(EXAMPLES), "-f", "table"], ["score", str(EXAMPLES), "-f", "table", "--by-organisation"],
]  # fmt: skip


def test_french_terminal_pages_never_start_a_line_with_a_colon_or_a_question_mark(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`assess show` at 80 columns put a question's "?" alone on a line, the score tables' legend
    began lines with ";" and `assess list` a title's line with ":" (rich broke lines at the ordinary
    space of the questionnaire files, and at the no-break space of the catalogue); and show wrote
    "(élevée): Le titre" and "cut_costs: Réduire", a colon without its space."""
    for page in RICH_PAGES:
        for columns in ("50", "80", "100"):
            r = assess_here(monkeypatch, *page, env={"ASSESS_LANG": "fr", "COLUMNS": columns})
            assert r.exit_code == 0, (page, r.stderr)
            text = r.stdout
            assert not re.search(r"^[│┃ ]*[:;?!»]", text, re.MULTILINE), (page, columns, text)
            assert not re.search(r"«[\s│┃]*$", text, re.MULTILINE), (page, columns, text)
            # a colon, a semicolon, a question mark always after a space (an id's "w=1" is no colon)
            unspaced = re.findall(r".{0,20}[^\s\u00a0:/][:;?!](?=\s)", text)
            assert not unspaced, (page, columns, unspaced)


def test_a_wrong_lang_is_quoted_as_the_interface_language_quotes(french, tmp_path) -> None:
    """`--lang de` in a French interface said « pas 'de' », Python's quotes in a French sentence."""
    from typer.testing import CliRunner

    from assess.cli import app

    for args in (["score", str(tmp_path), "--lang", "de"], ["run", "--lang", "de"]):
        r = CliRunner().invoke(app, args)
        said = r.output.replace("\u00a0", " ")
        assert r.exit_code == 2 and "--lang doit valoir fr ou en, pas « de »" in said, said


def test_english_answers_and_comments_are_written_the_english_way(housing, tmp_path, monkeypatch) -> None:
    """Several answers to a multiple choice were joined by " ; " in English too (the report's
    appendix: "Look up the dwelling's history ; Open a request", and the interview's line echoing
    an answer), and the interview showed a comment between « » in English."""
    from assess.interview import tui
    from assess.interview.run import Runner
    from assess.interview.state import Interview
    from assess.report.context import build_report_context
    from assess.report.render import render_report

    from .test_interview import _drawn

    def interview(lang: str) -> Interview:
        return Interview(housing, lang=lang, org_id="o", role="field", respondent_id="r", date="2026-11-22")

    multi = next(q for q in interview("fr").questions if q.type == "multi" and len(q.options) >= 3)
    two = [o.id for o in multi.options if not o.exclusive][:2]
    labels = {lang: [o.label[lang] for o in multi.options if o.id in two] for lang in ("fr", "en")}
    joined = {"fr": f"{labels['fr'][0]}\u00a0; {labels['fr'][1]}", "en": f"{labels['en'][0]}; {labels['en'][1]}"}
    for lang in ("fr", "en"):
        it = interview(lang)
        while it.current().question is not multi:
            it.next()
        it.answer(two)
        assert it.back()
        it.comment("Un avis")
        runner = Runner(it, tmp_path / f"d-{lang}.json", tmp_path / f"a-{lang}.json")
        assert joined[lang] in runner.echo(multi, two).replace("\n    ", " ")
        asked: list[tui.Screen] = []
        monkeypatch.setattr(tui, "ask", lambda screen, asked=asked: asked.append(screen) or ("quit", None))
        runner.ask(it.current())
        monkeypatch.undo()
        shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", _drawn(asked[0], "q")[1]).replace("\u00a0", " ")
        assert ("« Un avis »" in shown) == (lang == "fr") and ("“Un avis”" in shown) == (lang == "en"), shown
        ctx = build_report_context(housing, [it.sheet()], lang, appendix="full")
        html = render_report(ctx)
        assert joined[lang] in html.replace("&#39;", "'"), lang


def test_english_documents_quote_with_curly_quotes(tmp_path) -> None:
    """The English report quoted a level “Prior reorganisation” in its summary and 'Prior
    reorganisation' in its method, “I don't know” here and "I don't know" there; the paper
    questionnaire, LimeSurvey's and the XLSForm's texts said 'tick all that apply'. What is printed
    for people (report, paper, forms) quotes with “ ”, as French quotes with « »."""
    from bs4 import BeautifulSoup

    from assess.cli import app
    from assess.texts import CATALOGUE

    straight = re.compile(r"(?<!\w)'(?=[\w{])|\"")  # an opening quote (not an apostrophe: "agencies' work")
    areas = ("report", "paper", "limesurvey", "xlsform")
    # and what the interview quotes of the questionnaire (a comment, an option), as the respondent reads it
    quoting = ("run.comment_shown", "run.cleared_others", "run.cleared_exclusive")
    printed = {
        k: v for k, v in CATALOGUE["en"].items() if (k.split(".")[0] in areas or k in quoting) and straight.search(v)
    }
    assert not printed, printed
    out = tmp_path / "r.html"
    one = str(EXAMPLES / "housing" / "logemer-dg.json")
    r = CliRunner().invoke(app, ["report", one, "-o", str(out), "--lang", "en"])
    assert r.exit_code == 0, r.output
    method = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select_one("#method").text
    assert "“Prior reorganisation”" in method and not straight.search(method), straight.findall(method)


def test_a_questionnaire_whose_groups_could_be_one_or_two_people_is_refused_naming_its_line(capsys) -> None:
    """`min_group_size: 1` was accepted: a report then showed a role group of one person on its own
    (and `assess show` said "à partir de 1 répondants"). A group under three is refused when the file
    is loaded, with its line and the reason, in both languages; three and more are shown in the plural."""
    from assess.cli.render_show import show_questionnaire
    from assess.errors import QuestionnaireError
    from assess.loader import parse_questionnaire
    from assess.texts import problem_message

    from .conftest import QUESTIONNAIRES

    text = (QUESTIONNAIRES / "housing-2.yaml").read_text(encoding="utf-8")
    line = 1 + text[: text.index("min_group_size: 3")].count("\n")
    for size in (1, 2, 0, -4):  # one rule (the floor's), not pydantic's "greater than or equal to 1" for 0
        with pytest.raises(QuestionnaireError) as refused:
            parse_questionnaire(text.replace("min_group_size: 3", f"min_group_size: {size}", 1))
        (p,) = refused.value.problems
        assert (p.line, p.where) == (line, "scoring.min_group_size"), p
        assert p.message.startswith(f"must be at least 3, got {size}: a group of one or two people"), p.message
        assert problem_message(p.message, "fr").startswith(f"doit valoir au moins 3, et non {size}\u00a0: un groupe")
    q = parse_questionnaire(text)
    show_questionnaire(q, "fr")
    show_questionnaire(q, "en")
    out = capsys.readouterr().out
    assert "de 3 répondants" in out and "from 3 respondents" in out, out[-600:]


@pytest.mark.parametrize(("lang", "said"), [("fr", "1\u202f200 notés, 0 invalide"), ("en", "1,200 scored, 0 invalid")])
def test_a_count_in_the_thousands_is_grouped_as_the_language_writes_it(tmp_path, monkeypatch, lang, said) -> None:
    """A batch of 20000 said "20000 notés": French groups thousands with a narrow no-break space,
    English with a comma; the report's "Relevé par 1 200 des 1 500 répondants" alike."""
    import json

    from assess.cli import app
    from assess.cli.common import ui_lang
    from assess.texts import counted

    monkeypatch.setenv("ASSESS_LANG", lang)
    ui_lang.cache_clear()
    doc = json.loads((EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8"))
    lines = [json.dumps({**doc, "respondent": {"id": f"r{i}"}}) for i in range(1200)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["score", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "o.csv")])
    ui_lang.cache_clear()
    assert r.exit_code == 0 and said in r.stderr, r.stderr
    if lang == "fr":
        assert (
            counted(1200, "report.finding_share", "fr", of="1\u202f500")
            == "Relevé par 1\u202f200 des 1\u202f500 répondants."
        )


def test_the_progress_bar_of_a_long_batch_is_in_the_language(french) -> None:
    """`assess score` of a long batch on a terminal showed "scoring" beside its bar in French."""
    from assess.cli.score_output import _progress

    progress = _progress(10, big=True)
    (task,) = progress.tasks
    drawn = " ".join(str(c.render(task)) for c in progress.columns if hasattr(c, "text_format"))
    assert "notation" in drawn and "scoring" not in drawn, drawn


@pytest.mark.parametrize(
    ("lang", "said"), [("fr", "complétion pour bash installée dans"), ("en", "bash completion installed in")]
)
def test_installing_the_completion_says_so_in_the_language(
    monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    """`assess --install-completion` in French said "bash completion installed in … Completion will
    take effect once you restart the terminal" (typer's words)."""
    import typer.completion

    monkeypatch.setattr(typer.completion, "install", lambda shell=None: ("bash", Path("/x/assess.sh")))
    r = assess_here(monkeypatch, "--install-completion", env={"ASSESS_LANG": lang})
    assert r.exit_code == 0 and said in r.stdout and "/x/assess.sh" in r.stdout, r.stdout
    assert ("restart" in r.stdout) == (lang == "en"), r.stdout


def test_the_entry_workbook_spaces_its_punctuation_as_its_language_does(catalog) -> None:
    """The entry template's comments said "plusieurs codes séparés par des espaces: online_agency,
    bim" in French, a colon without its space."""
    from assess.interop.template import template_workbook

    unspaced = {"fr": re.compile(r"[^\s\u00a0/:][:;?!](\s|$)"), "en": re.compile(r"[\s\u00a0][:;?!](\s|$)")}
    for entry in catalog.latest():
        q = catalog.questionnaire(entry.id, entry.version)
        for lang in ("fr", "en"):
            wb = template_workbook(q, lang)
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for cell in row:
                        for text in (cell.value, cell.comment.text if cell.comment else None):
                            if isinstance(text, str):
                                assert not unspaced[lang].search(text), (lang, ws.title, cell.coordinate, text)


def french_only(text: str) -> str:
    """A questionnaire file's text with its English removed: a consultant's questionnaire in French alone."""
    text = re.sub(r',\s*en:\s*"(?:[^"\\]|\\.)*"', "", text)
    text = re.sub(r'\n\s+en:\s*"(?:[^"\\]|\\.)*"', "", text)
    text = re.sub(r"\n\s+en:\s*>-?\n(\s{6,}.*\n)+", "\n", text)
    return re.sub(r"^languages:.*$", "languages: [fr]", text, count=1, flags=re.MULTILINE)


@pytest.fixture
def french_alone(tmp_path: Path) -> tuple[Path, Path]:
    """A consultant's questionnaire `mine` written in French alone (its folder), and an answers file for it."""
    from .conftest import QUESTIONNAIRES

    folder = tmp_path / "mine"
    folder.mkdir()
    text = (QUESTIONNAIRES / "housing-2.yaml").read_text(encoding="utf-8").replace("id: housing", "id: mine", 1)
    (folder / "mine.yaml").write_text(french_only(text), encoding="utf-8")
    answers = tmp_path / "a.json"
    one = (EXAMPLES / "housing" / "logemer-dg.json").read_text(encoding="utf-8")
    answers.write_text(one.replace('"housing"', '"mine"'), encoding="utf-8")
    return folder, answers


OUTPUTS_IN_ENGLISH = [
    ["template", "mine", "-o", "t.xlsx"], ["template", "mine", "-o", "t.html"], ["template", "mine", "-o", "t.json"],
    ["template", "mine", "-o", "t.csv"], ["score", "{answers}", "-f", "table"],
    ["score", "{answers}", "-f", "table", "--by-organisation"], ["score", "{answers}", "-o", "s.csv"],
    ["score", "{answers}", "-o", "s.xlsx"], ["report", "{answers}", "-o", "r.html"],
    ["portfolio", "{answers}", "-o", "p.html"], ["export", "xlsform", "mine", "-o", "x.xlsx"],
]  # fmt: skip


@pytest.mark.parametrize("args", OUTPUTS_IN_ENGLISH, ids=" ".join)
def test_a_questionnaire_in_french_alone_gives_its_outputs_in_french(
    french_alone: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """In an English interface, a questionnaire written in French alone stopped `assess template`
    (the entry workbook, the paper questionnaire), `score` (its tables, CSV and workbook) and
    `portfolio` on a traceback (KeyError: 'en'); the report, `show` and the interview already read its
    texts in French, the reference language."""
    folder, answers = french_alone
    given = [a.replace("{answers}", str(answers)) for a in args]
    r = assess_here(monkeypatch, *given, "-q", str(folder), env={"ASSESS_LANG": "en"}, cwd=tmp_path)
    assert r.exit_code == 0, r.stderr


def test_every_command_that_prints_for_people_takes_lang(tmp_path: Path) -> None:
    """`assess list --lang fr` and `assess validate --lang en` stopped with "No such option: --lang",
    which every other command that prints for people takes. They now print in the language asked for,
    and refuse one they do not know, as the others do."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"x": 1}', encoding="utf-8")
    words = (("fr", "identifiant", "pas un fichier de réponses"), ("en", "id", "not an answers file"))
    for lang, head, problem in words:
        other = {"ASSESS_LANG": "en" if lang == "fr" else "fr"}  # --lang wins over the environment
        r = assess("list", "--lang", lang, env=other)
        assert r.returncode == 0 and r.stdout.split()[0] == head, r.stdout + r.stderr
        r = assess("validate", str(bad), "--lang", lang, env=other)
        assert r.returncode == 1 and problem in r.stderr, r.stderr
    r = assess("list", "--lang", "de")
    assert r.returncode == 2 and "fr" in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_a_wrong_round_is_said_with_french_spacing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`--round` that no answers file could hold was said "erreur : --round: le tour doit…" in
    French: the option's colon without its no-break space, the others with plain spaces."""
    one = str(EXAMPLES / "housing" / "logemer-dg.json")
    fr = assess_here(monkeypatch, "report", one, "--round", "   ", cwd=tmp_path, env={"LANG": "fr_FR.UTF-8"})
    assert fr.exit_code == 2 and fr.stderr.startswith("erreur\u00a0: --round\u00a0: le tour doit"), fr.stderr
    assert " :" not in fr.stderr and "« " not in fr.stderr
    en = assess_here(monkeypatch, "report", one, "--round", "   ", cwd=tmp_path, env={"LANG": "C.UTF-8"})
    assert en.exit_code == 2 and en.stderr.startswith("error: --round: round must be"), en.stderr


def test_run_without_a_terminal_says_so_in_french_typography() -> None:
    """`assess run < /dev/null` printed its French advice with plain spaces before ":" and inside
    « » (a "»" could start a line); it is printed as every other French message is."""
    r = subprocess.run(
        [sys.executable, "-m", "assess", "run", "housing"], stdin=subprocess.DEVNULL, capture_output=True, text=True,
        env={**os.environ, "ASSESS_LANG": "fr", "COLUMNS": "80"}, check=False,
    )  # fmt: skip
    assert r.returncode == 2, r.stderr
    assert "résultat\u00a0:" in r.stderr and "\n  assess template housing -o reponses.json\n" in r.stderr, r.stderr
    assert " :" not in r.stderr and "« " not in r.stderr


def test_every_option_has_its_help_in_the_catalogue_and_only_there() -> None:
    """The help texts were written twice: beside each option (English, never shown) and in the
    catalogue (shown, in both languages). The copies had drifted ("default: your locale, else fr"
    beside --lang, where the catalogue says English). Every command's and parameter's help is in
    both catalogues, and no command passes a help text of its own."""
    import ast

    from assess.cli import COMMANDS, build_command
    from assess.texts import CATALOGUE

    missing = []

    def walk(cmd, path: list[str]) -> None:
        key = "help." + ".".join(path)
        for lang in ("fr", "en"):
            texts = CATALOGUE[lang]
            if key not in texts:
                missing.append((lang, key))
            for p in cmd.params:
                if not getattr(p, "hidden", False) and not (
                    texts.get(f"{key}.{p.name}") or texts.get(f"help.param.{p.name}")
                ):
                    missing.append((lang, key, p.name))
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*path, name])

    for name in COMMANDS:
        walk(build_command(name), [name])
    assert not missing, missing
    inline = []  # no help= of typer's Option, Argument or Typer, and no example in a command's docstring
    for path in sorted((ROOT / "assess" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("Option", "Argument", "Typer"):
                inline += [f"{path.name}:{node.lineno}" for kw in node.keywords if kw.arg == "help"]
            if isinstance(node, ast.FunctionDef) and "Example:" in (ast.get_docstring(node) or ""):
                inline.append(f"{path.name}:{node.lineno} {node.name}")
    assert not inline, inline
