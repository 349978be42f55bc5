"""The report: structure, escaping, determinism, output paths, PDF and Chromium printing."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from assess.cli import app
from assess.names import safe_filename
from assess.report.context import ReportContext, build_report_context
from assess.report.render import render_report

from .conftest import EXAMPLES, ROOT, blank, uniform

runner = CliRunner()
HOUSING = EXAMPLES / "housing"


needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")


def needs_weasyprint() -> None:
    """Skip when WeasyPrint is not installed. It is imported as a PDF imports it (render._weasyprint):
    pytest.importorskip imported it plainly, and cffi then started ldconfig, gcc and ld 54 times in
    each worker that made a PDF."""
    from assess.report.render import _weasyprint

    try:
        _weasyprint()
    except ImportError as e:
        pytest.skip(f"could not import 'weasyprint': {e}")


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def report_html(tmp_path: Path, *inputs, lang: str = "fr", extra=()) -> str:
    if not extra and all(Path(p).is_relative_to(EXAMPLES) for p in inputs):
        return _example_report(tuple(str(p) for p in inputs), lang)
    return _report_html(tmp_path, *inputs, lang=lang, extra=extra)


def _report_html(tmp_path: Path, *inputs, lang: str, extra=()) -> str:
    out = tmp_path / "r.html"
    r = run("report", *inputs, "-o", out, "--lang", lang, *extra)
    assert r.exit_code == 0, r.output
    return out.read_text(encoding="utf-8")


@functools.cache
def _example_report(inputs: tuple[str, ...], lang: str) -> str:
    """The report of examples (files nobody changes), made once a process for the tests that read
    the same one (the deterministic test compares two makings of its own: their inputs differ)."""
    with tempfile.TemporaryDirectory() as tmp:
        return _report_html(Path(tmp), *inputs, lang=lang)


def test_multi_respondent_structure(tmp_path: Path) -> None:
    html = report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json")))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "fr"
    assert "Logemer" in soup.h1.text
    h2 = [h.get_text(strip=True).replace("\u00a0", " ") for h in soup.find_all("h2")]
    assert h2 == [
        "En bref",
        "Les quatre niveaux de changement",
        "Écarts de perception entre rôles",
        "Signaux de risque",
        "Points d'appui et points de blocage",
        "Méthode",
        "Annexe : les questions à discuter",
    ]
    assert "numérique" in soup.select_one(".verdict .label").text
    # the cover states the verdict, the sector in words and the date in French
    cover = soup.select_one("header.cover").get_text(" ", strip=True).replace("\u00a0:", " :")
    assert "Trajectoire : numérique" in cover and "Position globale : 19" in cover  # 19.7: the whole points reached
    assert "moment charnière non franchi" in cover and "Logement social" in cover
    assert "15\u00a0juin 2021" in cover and "2021-06-15" not in cover and "Date des réponses" in cover
    # the summary page stands alone: map, four bars, three findings, three actions, a glossary
    summary = soup.select_one("#summary")
    assert summary.select_one("svg") and len(summary.select(".bar-row")) == 4
    assert len(summary.select("ol.actions li")) == 3 and "Moment charnière" in summary.text
    # signals grouped by level in the study's order; a first action's advice is not printed twice
    groups = [h.get_text(strip=True) for h in soup.select("#signals h3.signal-group")]
    order = ["Contexte stratégique", "Réorganisation préalable", "Circulation des données",
             "Pratiques professionnelles"]  # fmt: skip
    assert groups == [g for g in order if g in groups] and len(groups) >= 3
    actions = [li.get_text(strip=True) for li in summary.select("ol.actions li")]
    assert all(soup.text.count(a) == 1 for a in actions)
    # a flagged gap says who sees the level higher and by how much
    gaps = soup.select_one("#gaps").text
    assert "le groupe « direction » le voit plus haut que le groupe « terrain », de 42,4 points" in gaps
    # the gap is the difference of the two figures printed beside it (84 and 57 beside a gap of 26
    # read as an error): the table gives them to one decimal, in French with a comma
    table = soup.select_one("table.gaps")
    rows = [
        [td.get_text(strip=True).replace("⚑", "").strip() for td in tr.find_all("td")]
        for tr in table.find_all("tr")[1:]
    ]
    groups, gap_row = rows[:-1], rows[-1]
    for k, gap in enumerate(gap_row[:4]):
        shown = [float(row[k].replace(",", ".")) for row in groups if row[k] != "—"]
        assert round(max(shown) - min(shown), 1) == float(gap.replace(",", ".")), (k, shown, gap)
    assert "," in gap_row[0]
    assert len(soup.select("ol.findings li")) == 3
    svg = soup.select_one("#map svg")
    assert svg["role"] == "img" and svg.title and svg.desc and "Logemer" in svg.desc.text
    assert len(svg.find_all("circle")) == 4  # organisation + 3 role groups (management and support merged)
    assert len(soup.select(".level")) == 4
    gaps_rows = [th.get_text(strip=True) for th in soup.select("#gaps tbody th")]
    assert "direction (3)" in gaps_rows and "terrain (4)" in gaps_rows
    assert not any(row.startswith("fonctions support (1)") for row in gaps_rows)  # never shown alone
    assert soup.select("#gaps .flag")
    for group in soup.select("#signals h3.signal-group"):
        severities = []
        for sib in group.find_next_siblings():
            if sib.name == "h3":
                break
            severities += [a["class"][1] for a in sib.select("article.signal")]
        assert severities == sorted(severities, key=["high", "medium", "low"].index)
    # compact appendix: the questions with comments or free answers, and at most six splits
    items = soup.select("#appendix .q")
    assert 1 <= len(items) <= 6 + sum(1 for q in items if q.select("blockquote"))
    assert "Bretesché" in soup.select_one("#method").text
    # self-contained: no script, no external reference
    assert not soup.find_all("script")
    assert not soup.find_all(["link", "img", "iframe"])
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html


def test_single_respondent_and_english(tmp_path: Path) -> None:
    html = report_html(tmp_path, HOUSING / "logeterre-directeur.json", lang="en")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "en"
    assert "socio-professional" in soup.select_one(".verdict .label").text
    assert soup.select_one("#gaps") is None  # one respondent: no gap section
    assert "One respondent" in soup.text
    assert len(soup.select("#map svg circle")) == 1
    # a compact appendix with nothing to discuss is one sentence: no page of its own
    assert not soup.select("#appendix .q") and "page" not in soup.select_one("#appendix").get("class", [])
    full = BeautifulSoup(report_html(tmp_path, HOUSING / "logeterre-directeur.json", lang="en",
                                     extra=("--appendix", "full")), "html.parser")  # fmt: skip
    assert "Answer: " in full.select_one("#appendix").text  # one respondent: their answers, English punctuation
    assert len(full.select("#appendix .q")) >= 35
    assert "page" in full.select_one("#appendix")["class"]  # a real appendix starts its own page
    none = report_html(tmp_path, HOUSING / "logeterre-directeur.json", extra=("--appendix", "none"))
    assert 'id="appendix"' not in none


def test_user_text_is_escaped(tmp_path: Path, housing, write_json) -> None:
    obj = uniform(housing, "max", org="x")
    obj["organisation"]["name"] = '<script>alert(1)</script> "{{ 7*7 }}"'
    obj["answers"]["ctx_remarks"] = "<img src=x onerror=alert(2)>"
    obj["comments"] = {"str_goal": "<script>alert(3)</script>{{ 7*7 }}"}
    p = write_json("a.json", obj)
    html = report_html(tmp_path, p)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all("script") and not soup.find_all("img")
    assert "<script>alert(1)</script>" in soup.h1.text  # shown as text
    assert '"{{ 7*7 }}"' in soup.h1.text  # not evaluated as a template
    assert "<script>alert(3)</script>{{ 7*7 }}" in soup.select_one("#appendix").text
    assert "&lt;script&gt;" in html


def _hostile(housing) -> dict:
    obj = uniform(housing, "max", org="x")
    obj["organisation"]["name"] = "Logemer \u202eLIVE \x1b[31mRED " + "W" * 120
    obj["comments"] = {"str_goal": "Un avis \u2066\u202edesrever \x07 puis " + "Z" * 600}
    return obj


def test_control_and_directional_characters_are_shown_never_obeyed(tmp_path: Path, housing, write_json) -> None:
    """U+202E in a name printed the report's own words after it backwards ("stand?" read "?dnats"),
    and escape characters reached the HTML and the PDF as boxes. They are shown, as in the terminal."""
    html = report_html(tmp_path, write_json("a.json", _hostile(housing)), lang="en")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", html)
    soup = BeautifulSoup(html, "html.parser")
    assert "Logemer \\u202eLIVE \\x1b[31mRED WWW" in soup.h1.text and soup.h1.text.endswith("stand?")
    assert "Un avis \\u2066\\u202edesrever \\x07 puis ZZZ" in soup.select_one("#appendix").text


def test_a_name_of_spaces_alone_gives_way_to_the_id(tmp_path: Path, housing, write_json) -> None:
    """An organisation named "   " headed its report "   : où en est sa transformation numérique ?"
    and its portfolio row with nothing: such a name names nothing, and the id stands in, as for no name."""
    doc = uniform(housing, "max", org="logemer")
    doc["organisation"]["name"] = " \u00a0 "
    src = write_json("a.json", doc)
    soup = BeautifulSoup(report_html(tmp_path, src, lang="en"), "html.parser")
    assert soup.h1.text.startswith("logemer: "), soup.h1.text
    out = tmp_path / "p.html"
    r = run("portfolio", src, "-o", out, "--lang", "en")
    assert r.exit_code == 0, r.output
    row = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select_one("table.pf tbody tr")
    assert row is not None and row.text.split()[0] == "logemer", row


@needs_poppler
def test_long_words_from_the_data_stay_on_the_printed_page(tmp_path: Path, housing, write_json) -> None:
    """A name or a comment of one long word ran off the page (the cover's title, the appendix's
    comment over the next column). Every word printed lies within the page."""
    needs_weasyprint()
    pdf = tmp_path / "r.pdf"
    r = run(
        "report", write_json("a.json", _hostile(housing)), "-o", tmp_path / "r.html", "--pdf", pdf, "--appendix", "full"
    )
    assert r.exit_code == 0, r.stderr
    box = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    soup = BeautifulSoup(box, "html.parser")
    pages = soup.find_all("page")
    assert pages
    long_words = 0
    for page in pages:
        right = float(page["width"]) - 5 * 72 / 25.4  # inside a 5 mm edge
        for word in page.find_all("word"):
            assert float(word["xmax"]) <= right, (word.text[:40], word["xmax"], right)
            long_words += word.text.startswith(("WWWW", "ZZZZ"))
    assert long_words >= 4  # the long words were printed, cut into lines


@needs_poppler
def test_characters_no_font_draws_print_as_a_mark_not_a_box(tmp_path: Path, housing, write_json) -> None:
    """An emoji or a character outside the installed fonts, in a comment or a name, printed as an
    empty box in the PDF. Emoji are drawn (Symbola, installed by .ci/run, prints them in black);
    what no font has prints as U+FFFD, the mark readers know, and the HTML keeps every character."""
    needs_weasyprint()
    if shutil.which("fc-list") is None:
        pytest.skip("fontconfig's fc-list not installed")
    fonts = subprocess.run(["fc-list", ":charset=1f3e0", "family"], capture_output=True, text=True).stdout
    if "Symbola" not in fonts and not os.environ.get("CI"):
        pytest.skip("fonts-symbola not installed")
    obj = uniform(housing, "max", org="x")
    obj["organisation"]["name"] = "Logemer \U0001f3e0 Habitat \U0010fffd"
    obj["comments"] = {"str_goal": "Trop de saisies \U0001f44d puis \U0010fffd fin"}
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    r = run("report", write_json("a.json", obj), "-o", html, "--pdf", pdf, "--appendix", "full")
    assert r.exit_code == 0, r.stderr
    assert "\U0010fffd" in html.read_text(encoding="utf-8")  # the browser may have a font for it
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # the title, and the footer of each page (a CSS string)
    assert text.count("Logemer \U0001f3e0 Habitat \ufffd") > _pdf_pages(pdf)
    assert "Trop de saisies \U0001f44d puis \ufffd fin" in text
    assert "\U0010fffd" not in text
    used = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Symbola" in used  # the emoji drawn by a font that has them


def test_deterministic_and_date_only_when_asked(tmp_path: Path) -> None:
    files = sorted(HOUSING.glob("logeterre-*.json"))
    a = report_html(tmp_path, *files)
    b = report_html(tmp_path, *reversed(files))
    assert a == b
    c = report_html(tmp_path, HOUSING / "logemer-dg.json", extra=("--date", "2026-11-22"))
    assert "Rapport produit le</dt><dd>22\u00a0novembre 2026" in c  # in words, as the answers' dates (QA)
    first = report_html(tmp_path, HOUSING / "logemer-dg.json", extra=("--date", "2026-12-01"))
    assert "1er\u00a0décembre 2026" in first
    assert "2026-11-22" not in report_html(tmp_path, HOUSING / "logemer-dg.json")


def test_several_organisations_need_out_dir(tmp_path: Path) -> None:
    r = run("report", HOUSING, "-o", tmp_path / "x.html")
    assert r.exit_code == 1 and "2 organisations" in r.stderr and "--out-dir" in r.stderr
    r = run("report", HOUSING, "--out-dir", tmp_path / "out")
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["logemer.html", "logeterre.html"]


def test_file_names_from_ids_stay_inside(tmp_path: Path, housing, write_json) -> None:
    for i, org in enumerate(["../../evil", "/etc/passwd", "a/b", "a_b", "..", "é t é"]):
        write_json(f"in/{i}.json", uniform(housing, "max", org=org))
    out = tmp_path / "out"
    r = run("report", tmp_path / "in", "--out-dir", out)
    assert r.exit_code == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 6 and all(p.parent == out for p in out.iterdir())
    assert not (tmp_path / "evil.html").exists()
    assert safe_filename("a/b") != safe_filename("a_b")
    assert safe_filename("logemer") == "logemer"


def test_templates_dir_overrides_one_template(tmp_path: Path) -> None:
    tdir = tmp_path / "t"
    tdir.mkdir()
    (tdir / "_cover.html").write_text("<header><h1>Cabinet Conseil — {{ r.organisation_name }}</h1></header>\n")
    html = report_html(tmp_path, HOUSING / "logemer-dg.json", extra=("--templates-dir", tdir))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h1.text == "Cabinet Conseil — Logemer"
    assert soup.select_one("#signals")  # the rest still comes from the bundled templates
    (tdir / "_cover.html").write_text("{{ r.no_such_field }}")
    r = run("report", HOUSING / "logemer-dg.json", "-o", tmp_path / "y.html", "--templates-dir", tdir)
    assert r.exit_code == 1 and "template error" in r.stderr and "Traceback" not in r.output


def test_context_fields_are_documented() -> None:
    import dataclasses

    doc = (ROOT / "docs" / "report-context.md").read_text(encoding="utf-8")
    for f in dataclasses.fields(ReportContext):
        assert f"`{f.name}`" in doc, f.name


def test_undetermined_report_says_what_is_missing(tmp_path: Path, write_json) -> None:
    p = write_json("a.json", blank(answers={"str_goal": "cut_costs"}))
    html = report_html(tmp_path, p)
    soup = BeautifulSoup(html, "html.parser")
    assert "indéterminée" in soup.select_one(".verdict").text
    assert "Réorganisation préalable" in soup.select_one(".verdict").text
    assert "ne peut pas être tracée" in soup.select_one("#map").text


def test_hinge_capped_report_explains(tmp_path: Path, housing, plan) -> None:
    from assess.api import parse_answers

    obj = uniform(housing, "max")
    for q in housing.questions:
        if q.level == "reorganisation":
            obj["answers"][q.id] = min(q.options, key=lambda o: o.value).id
    ctx = build_report_context(housing, [parse_answers(plan, obj)], "fr")
    assert ctx.hinge and ctx.trajectory == "hybrid"
    assert "Règle charnière appliquée" in ctx.hinge_sentence
    assert "charnière" in render_report(ctx)


def _pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def _blank_pages(pdf: Path, tmp_path: Path) -> list[str]:
    from PIL import Image, ImageStat

    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "pg")], check=True)
    blank = []
    for png in sorted(tmp_path.glob("pg-*.png")):
        stat = ImageStat.Stat(Image.open(png).convert("L"))
        if stat.extrema[0][0] > 200:  # nothing darker than light grey: an empty page
            blank.append(png.name)
    return blank


@needs_poppler
def test_pdf_pages_and_none_blank(tmp_path: Path) -> None:
    needs_weasyprint()
    single = tmp_path / "single.pdf"
    r = run("report", HOUSING / "logemer-dg.json", "-o", tmp_path / "s.html", "--pdf", single)
    assert r.exit_code == 0, r.stderr
    multi = tmp_path / "multi.pdf"
    # a team of four whose summary once spilled two lines onto a page of their own
    four = ["logemer-charge-clientele-1", "logemer-charge-clientele-2", "logemer-gestionnaire-1", "logemer-dg"]
    r = run("report", *(HOUSING / f"{x}.json" for x in four), "-o", tmp_path / "m.html", "--pdf", multi, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    commune = tmp_path / "commune.pdf"
    r = run("report", *sorted((EXAMPLES / "municipality").glob("ville-*.json")), "-o", tmp_path / "c.html",
            "--pdf", commune, "--lang", "en")  # fmt: skip
    assert r.exit_code == 0, r.stderr
    n_single, n_multi, n_commune = _pdf_pages(single), _pdf_pages(multi), _pdf_pages(commune)
    # a management team reads it in ten minutes: at most 8 pages for one respondent, 12 for the
    # largest examples (cover, summary, levels and gaps, signals, drivers, method, compact appendix)
    assert 5 <= n_single <= 8, n_single
    assert n_single < n_multi <= 12, n_multi
    assert n_commune <= 12, n_commune
    assert _blank_pages(multi, tmp_path) == []
    # the summary stands on its own page: the levels begin page 3 (two lines of its reading note
    # spilled onto a page of their own for a team of four)
    for pdf in (single, multi, commune):
        page3 = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(pdf), "-"], capture_output=True, text=True)
        assert page3.stdout.lstrip().startswith(("Les quatre niveaux", "The four levels")), page3.stdout[:200]


@needs_poppler
def test_the_summary_of_a_third_round_stands_on_its_own_page(tmp_path: Path) -> None:
    """A commune followed over three rounds (imported from KoboToolbox and ODK in 2022, 2024 and
    2026): the verdict's sentence on the rounds, with three findings and three actions, pushed two
    lines of the summary's reading note onto a page of their own."""
    pytest.importorskip("weasyprint")
    answers = ROOT / "tests" / "fixtures" / "rounds-municipality.jsonl"
    for lang in ("fr", "en"):
        pdf = tmp_path / f"{lang}.pdf"
        r = run("report", answers, "-o", tmp_path / f"{lang}.html", "--pdf", pdf, "--lang", lang)
        assert r.exit_code == 0, r.stderr
        page2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True)
        assert "2024" in page2.stdout and "2026" in page2.stdout  # the verdict tells the rounds
        page3 = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(pdf), "-"], capture_output=True, text=True)
        assert page3.stdout.lstrip().startswith(("Les quatre niveaux", "The four levels")), page3.stdout[:200]
        # the rounds table's headings: its level columns were so narrow that "Pra-tiques profes-sion-
        # nelles" and "préa-lable" were cut into pieces (U+2010 is the hyphen WeasyPrint adds)
        whole = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert not re.search("(Pra|préa|Réorga)\u2010", whole), re.findall(".{0,20}\u2010", whole)


@needs_poppler
def test_the_summary_of_one_respondent_stands_on_its_own_page(tmp_path: Path) -> None:
    """One respondent's French report: the verdict's caveat (one point of view) pushed the last two
    or three lines of the summary's reading note onto a page of their own (3 of the 118 bundled
    single-respondent reports, French ones; this one among them)."""
    needs_weasyprint()
    pdf = tmp_path / "r.pdf"
    one = EXAMPLES / "municipality" / "ville-val-de-marne-dgs.json"
    r = run("report", one, "-o", tmp_path / "r.html", "--pdf", pdf, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    page2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True).stdout
    said = " ".join(page2.split())  # wherever pdftotext breaks its lines
    # the reading note's last words (the depth stages') on this page
    assert "Un seul répondant" in said and "autour des usagers et des données)." in said, page2[-300:]
    page3 = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(pdf), "-"], capture_output=True, text=True).stdout
    assert page3.lstrip().startswith("Les quatre niveaux"), page3[:200]


def test_weasyprint_is_imported_without_starting_processes() -> None:
    """cffi asked `ctypes.util.find_library` about each library name WeasyPrint tries, which started
    ldconfig, gcc and ld 54 times: 0.25 s of every PDF. A PDF's import starts none now."""
    needs_weasyprint()
    prog = (
        "import subprocess, sys\n"
        "started = []\n"
        "real = subprocess.Popen.__init__\n"
        "def counted(self, *a, **k):\n"
        "    started.append(a[0] if a else k.get('args'))\n"
        "    real(self, *a, **k)\n"
        "subprocess.Popen.__init__ = counted\n"
        "from assess.report.render import _weasyprint\n"
        "w = _weasyprint()\n"
        "assert w.HTML and 'weasyprint' in sys.modules\n"
        "import ctypes.util\n"
        "assert ctypes.util.find_library.__module__ == 'ctypes.util'  # given back as it was\n"
        "print(len(started))\n"
    )
    r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=False)
    assert r.returncode == 0 and r.stdout.strip() == "0", (r.stdout, r.stderr[-500:])


def test_pdf_without_weasyprint_gives_clear_message(tmp_path: Path, monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *a, **k):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    r = run("report", HOUSING / "logemer-dg.json", "-o", tmp_path / "s.html", "--pdf", tmp_path / "s.pdf")
    assert r.exit_code == 1 and "libpango" in r.stderr and "apt-get install" in r.stderr
    assert (tmp_path / "s.html").exists() and not (tmp_path / "s.pdf").exists()
    # the page written all the same, said (it was left unsaid, beside the PDF's error)
    assert f"written: {tmp_path / 's.html'}" in " ".join(r.stderr.split())
    monkeypatch.undo()
    r = run("report", HOUSING / "logemer-dg.json", "-o", tmp_path / "t.html", "--pdf", tmp_path / "none" / "t.pdf")
    said = " ".join(r.stderr.split())
    assert r.exit_code == 1 and f"written: {tmp_path / 't.html'}" in said and "cannot write" in said, said


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRE_CHROMIUM = os.environ.get("ASSESS_REQUIRE_CHROMIUM") == "1"


@pytest.mark.slow
def test_chromium_prints_and_screenshots(tmp_path: Path) -> None:
    if CHROMIUM is None:
        if REQUIRE_CHROMIUM:
            pytest.fail("ASSESS_REQUIRE_CHROMIUM=1 but chromium is not installed")
        pytest.skip("chromium not installed")
    html = tmp_path / "r.html"
    r = run("report", *sorted(HOUSING.glob("logemer-*.json")), "-o", html)
    assert r.exit_code == 0
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    pdf = tmp_path / "chromium.pdf"
    png = tmp_path / "shot.png"
    p1 = subprocess.run(
        [CHROMIUM, *flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    p2 = subprocess.run(
        [CHROMIUM, *flags, "--window-size=1000,1400", f"--screenshot={png}", html.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p1.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000, p1.stderr[-2000:]
    assert p2.returncode == 0 and png.exists() and png.stat().st_size > 10_000, p2.stderr[-2000:]
    if shutil.which("pdfinfo"):
        assert _pdf_pages(pdf) >= 6
        assert _blank_pages(pdf, tmp_path) == []


def test_report_reads_jsonl_and_reports_bad_lines(tmp_path: Path, housing) -> None:
    lines = [json.dumps(uniform(housing, "max", rid=f"r{i}", org="o")) for i in range(4)] + ["{oops"]
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("report", p, "-o", tmp_path / "o.html")
    assert r.exit_code == 1 and f"{p}:5" in r.stderr and "left out" in r.stderr
    assert (tmp_path / "o.html").exists()


def test_the_report_names_the_hinge_level_the_file_names() -> None:
    """A questionnaire whose hinge is data access: the report speaks of that level, not of prior
    reorganisation."""
    from assess.api import parse_answers
    from assess.loader import load_questionnaire
    from assess.plan import compile_plan

    q = load_questionnaire(ROOT / "tests" / "fixtures" / "synthetic.yaml")
    plan = compile_plan(q)
    answers = {"s_single": "c", "s_mean": ["z"], "r_max": ["r"], "r_scale": 7, "d_single": "v",
               "p_sum": ["t1", "t2"], "p_scale": 5, "depth_a": "t", "depth_b": 4}  # fmt: skip
    doc = {"format": "assess-answers/1", "questionnaire": {"id": "synthetic", "version": "2.1.0"},
           "organisation": {"id": "o"}, "answers": answers}  # fmt: skip
    ctx = build_report_context(q, [parse_answers(plan, doc)], "fr")
    data = next(lv for lv in ctx.levels if lv.id == "data_access")
    assert data.position == 25.0
    assert "Données" in ctx.hinge_sentence and "Réorganisation" not in ctx.hinge_sentence
    assert ctx.findings[0].title.endswith("Données")
    assert ctx.thresholds["hinge_level_name"] == "Données"
    # the study's hinge is the reorganisation before the tools: what the file makes the hinge is the
    # file's choice, and the report does not lend it to the study (« l'étude montre que tout se joue
    # sur « Données » »)
    said = " ".join([ctx.hinge_sentence, ctx.findings[0].text, *(text for term, text in ctx.glossary)])
    assert "l'étude montre" not in said and "point décisif de l'étude" not in said, said
    assert "Le questionnaire en fait le moment charnière" in ctx.findings[0].text, ctx.findings[0].text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_summary_glossary_names_the_depth_stages_the_file_names(tmp_path: Path, lang: str) -> None:
    """A consultant's file renames the depth stages: the summary page's reading key and the method
    page list those names, not the bundled "numérisation, digitalisation, transformation"."""
    from assess.api import parse_answers
    from assess.loader import load_questionnaire
    from assess.plan import compile_plan

    text = (ROOT / "tests" / "fixtures" / "synthetic.yaml").read_text(encoding="utf-8")
    for old, new in (("Numérisation", "Papier"), ("Digitisation", "Paperless"),
                     ("Digitalisation", "Processus"), ("Transformation", "Refonte")):  # fmt: skip
        text = text.replace(f'"{old}"', f'"{new}"')
    path = tmp_path / "synthetic.yaml"
    path.write_text(text, encoding="utf-8")
    q = load_questionnaire(path)
    doc = {"format": "assess-answers/1", "questionnaire": {"id": "synthetic", "version": "2.1.0"},
           "organisation": {"id": "o"}, "answers": {"depth_a": "t"}}  # fmt: skip
    ctx = build_report_context(q, [parse_answers(compile_plan(q), doc)], lang)
    depth = ctx.glossary[-1][1]
    method = BeautifulSoup(render_report(ctx), "html.parser").find(id="method").get_text(" ")
    for text in (depth, method):
        for name in ("Papier" if lang == "fr" else "Paperless", "Processus", "Refonte"):
            assert name in text, text
        assert "numérisation" not in text.lower() and "digitisation" not in text.lower(), text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_hinge_facts_the_report_names_are_those_the_file_requires(tmp_path: Path, lang: str) -> None:
    """A consultant's file makes strategy the hinge and requires one fact (who chose the tools): the
    capped verdict and the method page quote that question, not the bundled "when the reorganisation
    came, the relay actors, the workload"."""
    from assess.api import parse_answers
    from assess.loader import load_questionnaire
    from assess.plan import compile_plan

    text = (ROOT / "questionnaires" / "housing-2.yaml").read_text(encoding="utf-8")
    start, end = text.index("  hinge:\n"), text.index("  coverage_min:")
    hinge = "  hinge:\n    level: strategy\n    below: 40\n    requires: {answer: str_goal, in: [presence_on_site]}\n"
    path = tmp_path / "mine.yaml"
    path.write_text(text[:start] + hinge + text[end:], encoding="utf-8")
    q = load_questionnaire(path)
    doc = uniform(q, "max", version="2.0.0")
    doc["answers"]["str_goal"] = "faster_processing"  # every level high, the required fact not met
    ctx = build_report_context(q, [parse_answers(compile_plan(q), doc)], lang)
    sentence = ctx.hinge_sentence
    assert ctx.trajectory == "hybrid", sentence
    method = BeautifulSoup(render_report(ctx), "html.parser").find(id="method").get_text(" ")
    for text in (sentence, method):
        assert q.question("str_goal").wording(lang)[:30] in text, text
        assert "relais" not in text and "relay" not in text, text


def test_a_hinge_level_at_zero_is_a_finding(housing, plan) -> None:
    from assess.api import parse_answers

    # everything at the digital pole: no hinge cap to hide behind, the finding must come from the 0
    ctx = build_report_context(housing, [parse_answers(plan, uniform(housing, "min"))], "fr")
    reorg = next(lv for lv in ctx.levels if lv.id == "reorganisation")
    assert reorg.position == 0.0 and not ctx.hinge and ctx.trajectory == "digital"
    assert any("charnière" in f.title for f in ctx.findings)


def test_no_level_is_called_digital_when_it_is_not() -> None:
    """Logeterre's weakest level is at 92: it is not 'on the digital side'. Across every example, a
    level said to be on the digital side is below the digital band."""
    import assess
    from assess.api import read_answers
    from assess.pipeline import organisations

    cat = assess.load_catalog()
    scored = [s for f in sorted(EXAMPLES.rglob("*.json")) for s in read_answers(f, cat)]
    for org in organisations(cat, scored):
        q = cat.questionnaire(org.plan.id, org.plan.version)
        ctx = build_report_context(q, org.members, "en", plan=org.plan)
        for f in ctx.findings:
            if "on the digital side" in f.text:
                level = next(lv for lv in ctx.levels if f.text.startswith(f"The level \u201c{lv.name}\u201d"))
                assert level.position is not None and level.position < org.plan.digital_below, f.text
        if org.key[0] == "logeterre":
            assert not any("digital side" in f.text for f in ctx.findings)
    # and where a level is low and not the hinge, it is said
    q = cat.questionnaire("housing")
    obj = uniform(q, "max", version=q.version)
    for qq in q.questions:
        if qq.level == "strategy" and qq.options:
            obj["answers"][qq.id] = min(qq.options, key=lambda o: o.value).id
    ctx = build_report_context(q, [assess.parse_answers(q, obj)], "en")
    assert any(
        f.text.startswith("The level \u201cStrategic context\u201d is at 0, on the digital side") for f in ctx.findings
    )


def test_points_of_support_and_blockage_are_placed_by_their_own_value() -> None:
    """An answer at the digital pole is never shown as support, whatever the level's mean (#9)."""
    from assess.api import read_answers
    from assess.catalog import load_catalog

    cat = load_catalog()
    members = [m for p in sorted(HOUSING.glob("logemer-*.json")) for m in read_answers(p, cat)]
    plan = cat.plan_for("housing")
    ctx = build_report_context(cat.questionnaire("housing"), members, "fr", plan=plan)
    assert any(d.up for d in ctx.drivers) and any(d.down for d in ctx.drivers)
    for d in ctx.drivers:
        assert all(x.position >= plan.socio_professional_from for x in d.up)
        assert all(x.position < plan.digital_below for x in d.down)


def test_first_actions_follow_the_study_sequence() -> None:
    """The hinge level's advice first; no equipment advice while the hinge has not happened (#9)."""
    from assess.api import read_answers
    from assess.catalog import load_catalog

    cat = load_catalog()
    plan = cat.plan_for("housing")
    q = cat.questionnaire("housing")
    members = [m for p in sorted(HOUSING.glob("logemer-*.json")) for m in read_answers(p, cat)]
    ctx = build_report_context(q, members, "fr", plan=plan)
    assert ctx.hinge or (ctx.levels[1].position or 0) < plan.hinge_below  # Logemer: no hinge moment
    by_advice = {s.recommendation: s for s in ctx.signals}
    levels = [by_advice[a].level for a in ctx.actions if a in by_advice]
    assert levels and levels[0] == plan.hinge_level
    assert "practices" not in levels
    order = ["strategy", "reorganisation", "data_access", "practices"]
    assert levels[1:] == sorted(levels[1:], key=order.index)


def test_map_labels_keep_clear_of_the_band_titles_and_inside_the_frame(catalog) -> None:
    """Points in the top right corner, one on the top edge (a socio-professional organisation and
    its groups): every label inside the frame, below the bands' titles that stand above it."""
    from assess.report.context import MAP_TOP, MapPoint, map_frame, map_x, map_y, place_labels

    q = catalog.questionnaire("housing")
    _, _, (left, _, right, _) = map_frame(catalog.plan_for(q.id, q.version), q, "fr")
    names = ["Logeterre", "direction + fonctions support", "terrain", "encadrement"]
    points = [MapPoint(n, map_x(97 - i), map_y(100 - i), 97 - i, 100 - i, i == 0) for i, n in enumerate(names)]
    place_labels(points, right)
    for p in points:
        width = (7.6 if p.main else 6.3) * len(p.label)
        assert left <= p.label_x and p.label_x + width <= right, p
        assert p.label_y - 10 >= MAP_TOP, p  # inside the frame: the bands' titles stand above it


def test_a_description_after_a_colon_starts_small_unless_an_acronym() -> None:
    from assess.report.context import _after_colon
    from assess.terminal import typography

    assert typography("un intervalle à 95 %, « large »") == "un intervalle à 95\u00a0%, «\u00a0large\u00a0»"

    assert _after_colon("Optimiser, contrôler les coûts") == "optimiser, contrôler les coûts"
    assert _after_colon("GRU et portail") == "GRU et portail"
    assert _after_colon("") == ""


@pytest.mark.parametrize("command", ["report", "portfolio"])
def test_a_dash_for_the_output_is_a_usage_error_not_a_file(tmp_path: Path, monkeypatch, command: str) -> None:
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, [command, str(EXAMPLES / "housing"), "-o", "-"])
    assert r.exit_code == 2 and "take a file name" in r.stderr
    assert not (tmp_path / "-").exists()


def test_a_group_without_a_position_on_a_level_leaves_a_dash_in_the_gaps(tmp_path: Path, housing) -> None:
    """Field staff who do not sit in the committee answer "don't know" on strategy, as its help text
    asks: their group has no strategy position, so there is no gap on that level (the report
    crashed on it with a template error)."""
    for i in range(3):
        (tmp_path / f"d{i}.json").write_text(json.dumps(uniform(housing, "max", role="direction", rid=f"d{i}")))
        doc = uniform(housing, "min", role="field", rid=f"f{i}")
        for qq in housing.questions:
            if qq.level == "strategy" and qq.dont_know and qq.id in doc["answers"]:
                doc["answers"][qq.id] = "dont_know"
        (tmp_path / f"f{i}.json").write_text(json.dumps(doc))
    r = run("report", tmp_path, "-o", tmp_path / "r.html")
    assert r.exit_code == 0, r.output
    soup = BeautifulSoup((tmp_path / "r.html").read_text(encoding="utf-8"), "html.parser")
    gap_row = soup.select("table.gaps tbody tr")[-1]
    cells = [td.get_text(strip=True) for td in gap_row.find_all("td")]
    assert cells[0] == "—" and any(c[:1].isdigit() for c in cells[1:4]), cells


def test_a_figure_printed_never_crosses_the_limit_it_is_read_against() -> None:
    """39.5 is digital (the band starts at 40): printed to the nearest it read "40 / 100" beside
    « numérique »; a gap of 24.6 read 25 unflagged; changes between rounds did not match the figures
    printed beside them (51.4 to 70.2 printed +19 where 70 - 51 = 19 is what a reader reckons)."""
    from assess.rounds import Change
    from assess.shown import change, whole

    assert [whole(x) for x in (39.5, 39.99, 40.0, 59.6, 60.0, 24.6, 0.57 * 100, None)] == [
        "39", "39", "40", "59", "60", "24", "57", "—",
    ]  # fmt: skip
    assert change(51.4, 70.2) == 19 and change(37.4, 61.6) == 24 and change(None, 3.0) is None
    from assess.report.compare import signed

    assert signed(Change("strategy", 51.4, 70.2, 18.8, 3.0, "change")) == "+19"
    assert signed(Change("strategy", 70.2, 51.4, -18.8, 3.0, "change")) == "−19"


def test_tied_answers_are_not_named_in_any_file_order() -> None:
    """Bocage's 2026 round splits 4 and 4 on who links the tools with the agencies: the "most frequent
    answer" was whichever came first in the files; then both were named, as tied, which beside the
    leadership group at 100 told what each of the four field staff answered. None is named now."""
    from assess.catalog import load_catalog

    cat = load_catalog()
    files = sorted((EXAMPLES / "rounds").glob("bocage-2026-*.json"))
    from assess import pipeline

    scored, _ = pipeline.collect(cat, [str(p) for p in files], jobs=1)
    q = cat.questionnaire(scored[0].sheet.questionnaire_id, scored[0].sheet.questionnaire_version)
    drivers = []
    for order in (scored, scored[::-1]):
        ctx = build_report_context(q, [s.sheet for s in order], "en")
        drivers.append({d.question_id: (d.answer, d.tied) for lv in ctx.drivers for d in (*lv.up, *lv.down)})
    assert drivers[0] == drivers[1]
    tied = [a for a, t in drivers[0].values() if t]
    assert tied and all(a == "" for a in tied), drivers[0]
    html = render_report(build_report_context(q, [s.sheet for s in scored], "fr"))
    drivers_text = " ".join(BeautifulSoup(html, "html.parser").select_one("#drivers").get_text(" ").split())
    assert "à égalité" not in drivers_text and "aucune réponse n'est plus fréquente que les autres" in drivers_text
    assert "En même temps que le déploiement" not in drivers_text  # the field staff's tied answer (QA)


def test_the_trajectory_picture_names_the_levels_it_does_not_hold_for(housing) -> None:
    """Socio-professional at 75 with its data level at 0: the sentence said that the data circulate
    to the agencies. It now names that level on the digital side, and a level without answers."""
    from assess.answers import AnswerSheet

    doc = uniform(housing, "max", role="direction", rid="d")
    low = uniform(housing, "min")["answers"]
    for qq in housing.questions:
        if qq.level == "data_access" and qq.id in low:
            doc["answers"][qq.id] = low[qq.id]
    sheet = AnswerSheet(housing.id, housing.version, "o", "O", "d", "direction", doc["answers"])
    ctx = build_report_context(housing, [sheet], "fr")
    assert ctx.trajectory == "socio-professional", ctx.trajectory
    data = next(lv for lv in ctx.levels if lv.id == "data_access")
    assert f"Ce portrait ne vaut pas pour « {data.name} » (0), du côté numérique." in ctx.trajectory_sentence
    for qq in housing.questions:
        if qq.level == "practices":
            doc["answers"].pop(qq.id, None)
    sheet = AnswerSheet(housing.id, housing.version, "o", "O", "d", "direction", doc["answers"])
    ctx = build_report_context(housing, [sheet], "en")
    practices = next(lv for lv in ctx.levels if lv.id == "practices")
    assert ctx.trajectory == "socio-professional", ctx.trajectory  # three levels are enough to place it
    assert f"nothing tells whether this picture holds for \u201c{practices.name}\u201d" in ctx.trajectory_sentence


def test_french_spacing_never_breaks_in_the_report(tmp_path: Path) -> None:
    """« was left at the end of a line, away from its word, and a colon could start a line: every text
    printed keeps them with their words (as the terminal does). A level's description after a colon
    has no colon of its own ("numérique : appauvrissement : travail posté")."""
    html = report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json")))
    text = BeautifulSoup(html, "html.parser").get_text()
    for breakable in ("« ", " »", " :", " ?", " ;", " !", " %"):  # the method's "sous 50 %" too
        assert breakable not in text, (breakable, text[text.find(breakable) - 60 : text.find(breakable) + 20])
    from assess.report.context import _after_colon

    assert _after_colon("Appauvrissement : travail posté") == "appauvrissement, travail posté"


def test_a_level_placed_on_opinions_with_its_facts_unknown_says_so(catalog) -> None:
    """ "Don't know" on the facts of a level, its opinions at the top: the level kept its coverage and
    its position without a word. The levels page says that its facts are little known."""
    from assess.answers import AnswerSheet

    housing = catalog.questionnaire("housing")  # the version whose questions say fact or opinion
    found = []
    for level in ("strategy", "reorganisation", "data_access", "practices"):
        doc = uniform(housing, "max", role="direction", rid="d")
        facts = sorted((qq for qq in housing.questions if qq.level == level and qq.nature == "fact" and qq.dont_know
                        and qq.id in doc["answers"]), key=lambda qq: qq.weight)  # fmt: skip
        for qq in facts:  # the lightest facts unknown first, until fewer than half are known
            doc["answers"][qq.id] = "dont_know"
            sheet = AnswerSheet(housing.id, housing.version, "o", "O", "d", "direction", doc["answers"])
            ctx = build_report_context(housing, [sheet], "fr")
            lv = next(x for x in ctx.levels if x.id == level)
            if lv.position is None:
                break
            if lv.facts_known is not None and lv.facts_known < 0.5:
                found.append(level)
                assert render_report(ctx).count("Faits peu connus") == 1
                break
        others = [x for x in ctx.levels if x.id != level]
        assert all(x.facts_known == 1.0 for x in others if x.facts_known is not None)
    assert found, "no level could be placed with fewer than half its facts known"


def test_the_method_page_says_what_facts_do_and_whether_the_hinge_is_checked_on_them(tmp_path: Path) -> None:
    """The signals and the hinge of version 2 rest on facts, which the method page never named; a
    version 1 report said "moment charnière franchi" without saying that no fact was checked."""
    v1 = " ".join(
        BeautifulSoup(report_html(tmp_path, EXAMPLES / "rounds", lang="fr"), "html.parser")
        .select_one("#method")
        .get_text(" ")
        .split()
    )
    assert "ne vérifie pas la règle charnière sur des faits" in v1 and "Faits et opinions" not in v1
    logemer = sorted((EXAMPLES / "housing").glob("logemer-*.json"))
    v2 = " ".join(
        BeautifulSoup(report_html(tmp_path, *logemer, lang="en"), "html.parser")
        .select_one("#method")
        .get_text(" ")
        .split()
    )
    assert "Facts and opinions" in v2 and "The hinge rule also rests on facts" in v2


@needs_poppler
def test_the_summary_maps_words_print_at_seven_points_or_more(tmp_path: Path) -> None:
    """The map on the summary page is drawn about 105 mm wide: its labels printed at 5 to 6.5 pt,
    too small to read around a table (found by a QA pass). Each word's box is now 8 pt high or more
    (DejaVu Sans at 7 pt and more)."""
    needs_weasyprint()
    pdf = tmp_path / "r.pdf"
    logemer = sorted((EXAMPLES / "housing").glob("logemer-*.json"))
    assert run("report", *logemer, "-o", tmp_path / "r.html", "--pdf", pdf, "--lang", "fr").exit_code == 0
    box = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    words = BeautifulSoup(box.stdout, "html.parser").find_all("word")
    on_map = [
        w for w in words if w.text in ("Numérisation", "Digitalisation", "terrain", "direction", "Logemer", "hybride")
    ]
    assert len(on_map) >= 6
    top = min(float(w["ymin"]) for w in on_map if w.text == "hybride")
    for w in on_map:
        if float(w["ymin"]) < top + 200:  # the map's, not the findings' below it
            assert float(w["ymax"]) - float(w["ymin"]) >= 8, (w.text, w["ymax"], w["ymin"])


def _raised_by(q, answers_of: list[dict[str, str]]) -> list:
    """Sheets of housing's latest version: every scored answer at its highest option, then `answers_of`."""
    from assess.answers import AnswerSheet

    base = uniform(q, "max")["answers"]
    return [
        AnswerSheet(q.id, q.version, "o", "O", f"r{i}", "field", {**base, **extra})
        for i, extra in enumerate(answers_of)
    ]


def _lowest(q, qid: str) -> str:
    return min(q.question(qid).options, key=lambda o: o.value).id


def test_a_signal_says_which_answers_raised_it_and_names_no_few(catalog) -> None:
    """The field's lack of rights on data holds when any of three answers is low, and its
    explanation names all three ("cannot read the tenant's file ... or cannot correct"): beside a
    respondent who reads the whole tenant file, it read as a contradiction. The report now says what
    raised it: the one respondent's own answer, or, for several, each answer that held for at least
    the minimum group size of those who raised it, with that count; fewer are not named."""
    q = catalog.questionnaire("housing")
    low_qualify = {"dat_qualify": _lowest(q, "dat_qualify")}
    qualify, history = q.question("dat_qualify"), q.question("dat_building_history")
    label = min(qualify.options, key=lambda o: o.value).label["fr"]

    from assess.report.context import BASIS_QUESTION, cut_question

    ctx = build_report_context(q, _raised_by(q, [low_qualify]), "fr")
    sig = next(s for s in ctx.signals if s.id == "field_without_rights")
    opening = cut_question(qualify.wording("fr"), BASIS_QUESTION, "fr")
    assert sig.basis.replace("\u00a0", " ") == f"« {opening} » : « {label} »", sig.basis
    assert "dossier" not in sig.basis  # the tenant file, read in full, is not what raised it

    low_history = {"dat_building_history": _lowest(q, "dat_building_history")}
    sheets = _raised_by(q, [low_qualify, low_qualify, low_qualify, low_history, {}])
    ctx = build_report_context(q, sheets, "fr")
    sig = next(s for s in ctx.signals if s.id == "field_without_rights")
    assert sig.share == "4 / 5"
    basis = sig.basis.replace("\u00a0", " ")
    # the question's opening, then the answers by which the rule holds: the count alone beside the
    # question left the reader to guess whether those three said yes or no
    held = " ou ".join(f"« {o.label['fr']} »" for o in qualify.options if o.value <= 1)  # its rule: at_most 1
    assert basis.startswith(f"« {opening} » : {held} (3 / 5), et des réponses que moins de 3 personnes"), basis
    assert cut_question(history.wording("fr"), BASIS_QUESTION, "fr") not in sig.basis  # one person's: never named
    html = render_report(ctx)
    assert "Ce qui l'a relevé" in BeautifulSoup(html, "html.parser").select_one("#sig-field_without_rights").parent.text

    # two respondents: not shown at all (its share, its basis or its mere presence would tell the
    # one who did not raise it what the other answered), and said to be left out
    ctx = build_report_context(q, _raised_by(q, [low_qualify, {}]), "fr")
    assert "field_without_rights" not in [s.id for s in ctx.signals] and ctx.signals_withheld >= 1


def test_map_labels_sit_by_their_points_and_a_pushed_one_has_a_line_to_it(catalog) -> None:
    """Val-de-Marne's four points lie within a few units: their labels were pushed down in a column,
    "terrain" beside the organisation's dot, with nothing to tell which label was whose. Each label
    now takes the first free side of its point (right, left, above, below); where none is free it
    goes below, with a line up to its point."""
    from assess.report.context import MapPoint, map_frame, map_x, map_y, place_labels

    q = catalog.questionnaire("municipality")
    _, _, (_, _, right, _) = map_frame(catalog.plan_for(q.id, q.version), q, "fr")
    cluster = [("Ville du Val-de-Marne (27 000 habitants)", 24.8, 47.7, True), ("terrain", 18.7, 46.9, False),
               ("encadrement", 23.2, 50, False), ("direction + fonctions support", 32.2, 46.9, False)]  # fmt: skip
    points = [MapPoint(n, map_x(x), map_y(y), x, y, main) for n, x, y, main in cluster]
    place_labels(points, right)

    def box(p):
        width = (9.5 if p.main else 7.9) * len(p.label)
        return p.label_x, p.label_x + width, p.label_y - 11, p.label_y + 3

    for p in points:
        x0, x1, y0, y1 = box(p)
        near = max(x0 - p.x, p.x - x1, 0) <= 12 and max(y0 - p.y, p.y - y1, 0) <= 12
        assert near, p  # beside its own point
        assert p.main or p.leader is None, p  # the groups' labels find a free side
    for i, a in enumerate(points):
        for b in points[i + 1 :]:
            ax0, ax1, ay0, ay1 = box(a)
            bx0, bx1, by0, by1 = box(b)
            assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 + 1 or by1 <= ay0 + 1, (a, b)

    # eight groups on one spot: no side is free for most; those pushed are tied to it by a line
    crowd = [MapPoint(f"groupe {i}", map_x(50), map_y(50), 50, 50, False) for i in range(8)]
    place_labels(crowd, right)
    pushed = [p for p in crowd if p.leader is not None]
    assert pushed
    for p in pushed:
        x0, x1, y0, _ = box(p)
        lx, ly = p.leader
        assert x0 <= lx <= x1 and y0 - 3 <= ly <= y0 + 3, p  # the line ends on top of its own label


def test_a_map_label_is_nearer_its_own_point_than_any_other(catalog) -> None:
    """Logemer's map: "encadrement + fonctions support", centred below its point and pushed against
    the frame's left edge, ran just under the field's point, and "terrain" sat beside the other's:
    a reader paired each label with the wrong point. A label may now start or end at its point."""
    import math

    from assess.report.context import MapPoint, map_frame, map_x, map_y, place_labels

    q = catalog.questionnaire("housing")
    _, _, (_, _, right, _) = map_frame(catalog.plan_for(q.id, q.version), q, "fr")
    cluster = [("Logemer", 19.7, 61, True), ("direction", 38.8, 70, False), ("terrain", 6.5, 54, False),
               ("encadrement + fonctions support", 18.2, 60, False)]  # fmt: skip
    points = [MapPoint(n, map_x(x), map_y(y), x, y, main) for n, x, y, main in cluster]
    place_labels(points, right)

    def distance(p, label):
        width = (9.5 if label.main else 7.9) * len(label.label)
        x0, x1, y0, y1 = label.label_x, label.label_x + width, label.label_y - 11, label.label_y + 3
        return math.hypot(max(x0 - p.x, p.x - x1, 0), max(y0 - p.y, p.y - y1, 0))

    for label in points:
        own = distance(label, label)
        assert all(own < distance(p, label) for p in points if p is not label), label
        assert label.leader is None, label


# points of the examples whose points all sit in one corner (the reports' own positions and depths)
CORNERS = {
    "logeterre": [("Logeterre", 97.2, 89.0, True), ("direction + fonctions support", 97.5, 90.7, False),
                  ("encadrement", 97.5, 87.5, False), ("terrain", 96.7, 88.5, False)],
    "le-relais": [("Coopérative Le Relais", 90.8, 82.0, True),
                  ("direction + encadrement + fonctions support", 91.7, 82.5, False), ("terrain", 89.4, 81.2, False)],
    "bellerive": [("Commune de Bellerive", 88.3, 81.2, True), ("direction", 94.8, 81.2, False),
                  ("encadrement", 89.9, 81.2, False), ("terrain", 80.2, 81.2, False)],
    "bottom-left": [("Organisation X", 2, 3, True), ("direction", 3, 2, False), ("encadrement", 1.5, 4, False),
                    ("terrain", 2.5, 1, False), ("fonctions support", 3, 3, False)],
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CORNERS))
def test_lines_to_crowded_labels_cross_no_other_label(catalog, case: str) -> None:
    """Logeterre, Le Relais, Bellerive: all points in one corner, the lines drawn from a point to its
    pushed label ran to the label's middle, across the organisation's name and the other labels;
    "direction + encadrement + fonctions support" was cut to "…fonctions suppo…" although the frame
    had room for it. Now no label covers another or a point, no line crosses a label or a point other
    than its own, each line ends on its own label's edge, and a label fitting the frame is whole."""
    import math

    from assess.report.context import MAP_TOP, MapPoint, map_frame, map_x, map_y, place_labels

    q = catalog.questionnaire("housing")
    _, _, (left, _, right, bottom) = map_frame(catalog.plan_for(q.id, q.version), q, "fr")
    points = [MapPoint(n, map_x(x), map_y(y), x, y, main) for n, x, y, main in CORNERS[case]]
    place_labels(points, right)

    def box(p):
        width = (9.5 if p.main else 7.9) * len(p.text)
        return p.label_x, p.label_x + width, p.label_y - 11, p.label_y + 3

    def crosses(seg, b) -> bool:  # sampled along the segment: no shared code with the placement
        (x0, y0, x1, y1), (bx0, bx1, by0, by1) = seg, b
        return any(bx0 < x0 + (x1 - x0) * t / 200 < bx1 and by0 < y0 + (y1 - y0) * t / 200 < by1 for t in range(201))

    for p in points:
        assert p.text == p.label, p  # every one fits the frame whole
        x0, x1, y0, y1 = box(p)
        assert left <= x0 and x1 <= right and y0 + 1 >= MAP_TOP and y1 <= bottom, p
        for o in points:
            if o is not p:
                ox0, ox1, oy0, oy1 = box(o)
                assert x1 <= ox0 or ox1 <= x0 or y1 <= oy0 + 1 or oy1 <= y0 + 1, (p, o)
                assert not crosses((o.x - 5, o.y, o.x + 5, o.y), (x0, x1, y0, y1)), (p, o)  # no label on a dot
        if p.leader is None:
            continue
        lx, ly = p.leader
        assert x0 <= lx <= x1 and (abs(ly - y0) < 0.5 or abs(ly - y1) < 0.5 or (x0 < lx < x1 and y0 <= ly <= y1)), p
        for o in points:
            if o is p:
                continue
            assert not crosses((p.x, p.y, lx, ly), box(o)), (p, o)
            if math.dist((p.x, p.y), (o.x, o.y)) > 10:
                assert not crosses((p.x, p.y, lx, ly), (o.x - 5, o.x + 5, o.y - 5, o.y + 5)), (p, o)


def test_a_map_label_is_cut_at_a_word_never_inside_a_number() -> None:
    """The portfolio printed "Ville du Val-de-Marne (27 0…" and the report "…fonctions suppo…"."""
    from assess.report.context import cut_label

    assert cut_label("Ville du Val-de-Marne (27 000 habitants)", 28) == "Ville du Val-de-Marne\u2026"
    assert cut_label("Ville du Val-de-Marne (27 000 habitants)", 40) == "Ville du Val-de-Marne (27 000 habitants)"
    assert cut_label("Bailleur 27 000 logements sociaux", 12) == "Bailleur\u2026"
    assert cut_label("direction + encadrement + fonctions support", 30) == "direction + encadrement\u2026"
    assert cut_label("Anticonstitutionnellement", 10) == "Anticonst\u2026"
    assert cut_label("Lot 1234567", 9) == "Lot\u2026"
    for text in ("Commune de Saint-Rémy-de-Provence (9 700 habitants)", "A 1 2 3 4 5 6 7 8 9 10 11 12"):
        for limit in range(4, len(text)):
            cut = cut_label(text, limit)
            assert len(cut) <= limit and cut.endswith("\u2026"), (text, limit, cut)
            head, rest = cut[:-1], text[len(cut) - 1 :]
            assert text.startswith(head) and not head.endswith(" "), cut
            assert not (head[-1:].isdigit() and rest.lstrip()[:1].isdigit()), cut  # "(27 0…", "27…000"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_depth_stage_names_fit_left_of_the_map(tmp_path: Path, lang: str) -> None:
    """Every line of a depth stage's name fits between the rotated axis title and the frame: the
    English "Process integration" ran off the page's edge, over "Integration depth"."""
    from assess.report.context import MAP_LEFT

    html = report_html(tmp_path, *sorted((EXAMPLES / "social-economy").glob("asso-insertion-*.json")), lang=lang)
    svg = BeautifulSoup(html, "html.parser").find("svg")
    stage_names = {"Numérisation", "Digitalisation", "Transformation", "Digitisation", "Process", "integration"}
    lines = [t.get_text() for t in svg.find_all("text") if t.get("text-anchor") == "end"]
    assert set(lines) <= stage_names and len(lines) >= 3, lines
    for line in lines:  # split at its spaces when too long (a single word, as "Transformation", fits)
        assert " " not in line or 7.9 * len(line) <= MAP_LEFT - 5 - 22, line
    assert ("Process" in lines and "integration" in lines) == (lang == "en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_empty_appendix_never_says_role_groups_agree_when_they_could_not_be_compared(tmp_path: Path, lang) -> None:
    """The association's groups are too small to be shown question by question, and stand a flagged
    gap apart on two levels: the appendix said "role groups differ on none"."""
    html = report_html(tmp_path, *sorted((EXAMPLES / "social-economy").glob("asso-insertion-*.json")), lang=lang)
    text = " ".join(BeautifulSoup(html, "html.parser").find(id="appendix").get_text().split())
    assert "ne divergent sur aucune" not in text and "differ on none" not in text
    assert ("ne peuvent être comparés sur aucune" in text) == (lang == "fr")
    assert ("can be compared on none" in text) == (lang == "en")


def test_file_names_never_name_a_windows_device() -> None:
    for device in ("CON", "con", "aux", "NUL.txt", "com1", "LPT9.x.y", "Prn"):
        name = safe_filename(device)
        assert name.split(".")[0].casefold() != device.split(".")[0].casefold(), name
    assert safe_filename("console") == "console" and safe_filename("auxiliaire") == "auxiliaire"


def test_two_organisations_never_share_a_report_file(tmp_path: Path, housing, write_json) -> None:
    # ids that make one file name: one only by case (one file on macOS or Windows), and one made to
    # be another's cleaned name
    orgs = ["Logemer", "logemer", "a/b", safe_filename("a/b")]
    for i, org in enumerate(orgs):
        write_json(f"in/{i}.json", uniform(housing, "max", org=org))
    out = tmp_path / "out"
    r = run("report", tmp_path / "in", "--out-dir", out)
    assert r.exit_code == 0, r.stderr
    names = [p.name for p in out.iterdir()]
    assert len({n.casefold() for n in names}) == len(orgs), names


def test_the_trajectory_picture_says_which_levels_it_holds_for_only_in_part(tmp_path: Path) -> None:
    """Logemer's director, on the digital trajectory (39), read that "data are pulled up to head office"
    while the data level stood at 52, between the bands (a customer officer reads the whole tenant
    file). The picture now says that it holds only in part there, and names no level of the band."""
    html = report_html(tmp_path, HOUSING / "logemer-dg.json")
    cover = BeautifulSoup(html, "html.parser").select_one("header.cover").get_text(" ", strip=True)
    cover = cover.replace("\u00a0", " ")
    assert "Ce portrait ne vaut qu'en partie pour « Circulation des données » (52), dans la zone hybride." in cover
    for other in ("Contexte stratégique", "Réorganisation préalable", "Pratiques professionnelles"):
        assert f"« {other} » (" not in cover
    html = report_html(tmp_path, HOUSING / "logemer-dg.json", lang="en")
    cover = BeautifulSoup(html, "html.parser").select_one("header.cover").get_text(" ", strip=True)
    assert "This picture holds only in part for \u201cData circulation\u201d (52), in the hybrid band." in cover


def test_the_appendix_of_one_respondent_speaks_of_no_role_groups(tmp_path: Path) -> None:
    """Logemer's director alone read that no question could show the role groups apart for want of
    6 answers in each, and that role groups could be compared on none: there is no group to speak of."""
    for lang, none, groups in (
        ("fr", "Pas de question à discuter : aucune n'a reçu de commentaire.", "groupes"),
        ("en", "No question to discuss: none received a comment.", "group"),
    ):
        html = report_html(tmp_path, HOUSING / "logemer-dg.json", lang=lang)
        text = BeautifulSoup(html, "html.parser").find(id="appendix").get_text(" ", strip=True).replace("\u00a0", " ")
        assert none in text and groups not in text, text


def test_an_undetermined_trajectory_names_the_missing_level_quoted(tmp_path: Path, write_json) -> None:
    """Logemer's director without his reorganisation answers: the cover read « il manque des réponses
    sur Réorganisation préalable. », the one level name of the report left unquoted."""
    doc = json.loads((HOUSING / "logemer-dg.json").read_text(encoding="utf-8"))
    doc["answers"] = {k: v for k, v in doc["answers"].items() if not k.startswith("reo_")}
    html = report_html(tmp_path, write_json("a.json", doc))
    cover = BeautifulSoup(html, "html.parser").select_one("header.cover").get_text(" ", strip=True)
    assert "il manque des réponses sur «\u00a0Réorganisation préalable\u00a0»." in cover, cover


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hinge_capped_by_its_facts_is_not_called_low(catalog, lang: str) -> None:
    """Version 2 caps the label when the facts a prior reorganisation requires are missing, even with
    the level high: the finding said « n'est qu'à 78 » of a level at 78. It now says what the figures
    show: the level's position, and that the facts are missing."""
    from assess.api import parse_answers

    q = catalog.questionnaire("housing")
    plan = catalog.plan_for(q.id, q.version)
    obj = uniform(q, "max", version=q.version)
    obj["answers"]["reo_timing"] = "same_time"  # reorganised while the tools arrived: no hinge moment
    ctx = build_report_context(q, [parse_answers(plan, obj)], lang)
    reorg = next(lv for lv in ctx.levels if lv.id == "reorganisation")
    assert ctx.hinge and ctx.trajectory == "hybrid"
    assert reorg.position is not None and reorg.position >= plan.hinge_below
    finding = next(f for f in ctx.findings if reorg.name in f.title)
    assert whole_of(reorg.position) in finding.text
    assert "qu'à" not in finding.text and "only at" not in finding.text, finding.text
    assert ("faits" if lang == "fr" else "facts") in finding.text, finding.text


def whole_of(position: float) -> str:
    from assess.shown import whole

    return whole(position)


@pytest.mark.parametrize(
    ("doc", "ref", "lang", "cited"),
    [
        ("bretesche2024", "§26 (change preceding the tools) and §62", "fr", "Bretesché 2024, §26, §62"),
        # The Conversation has no numbered paragraphs: "§50-51" belongs to the 2024 article named before it
        ("bretesche2025", "'travail de clic'; bretesche2024 §50-51 and §63", "fr",
         "Bretesché 2025 ; Bretesché 2024, §50-51, §63"),
        ("dumery2024", "new digital tasks; bretesche2024 §48 contact absent", "en", "Dumery 2024; Bretesché 2024, §48"),
        ("bretesche2024", "§25 and §34; dumery2024 funders", "fr", "Bretesché 2024, §25, §34 ; Dumery 2024"),
        ("blanc", "the GRU is one channel among others", "fr", "Blanc"),
    ],
)  # fmt: skip
def test_a_paragraph_is_cited_with_the_document_it_belongs_to(doc: str, ref: str, lang: str, cited: str) -> None:
    """« Bretesché 2025, §50-51, §63 » sent readers to paragraphs of an article that has none: the
    paragraphs the note gives after naming another document are that document's."""
    from assess.report.context import cite_source

    assert cite_source(doc, ref, lang) == cited


def test_only_the_2024_article_is_cited_by_paragraph() -> None:
    """Of the sources, only Bretesché 2024 numbers its paragraphs: a § cited with another document
    points to nothing."""
    from assess.loader import load_questionnaire
    from assess.report.context import cited_parts

    wrong = []
    for path in sorted((ROOT / "questionnaires").glob("*.yaml")):
        q = load_questionnaire(path)
        for item in [*q.questions, *q.signals]:
            wrong += [(path.name, item.id, d, p) for d, p in cited_parts(item.source.doc, item.source.ref)
                      if p and d != "bretesche2024"]  # fmt: skip
    assert not wrong, wrong


def test_a_finding_drawn_from_a_signal_says_how_many_raised_it(tmp_path: Path) -> None:
    """Bellerive's summary told "the contact with residents does not count in the evaluation of work"
    as the commune's finding, when 2 of its 9 respondents raised it; the summary page is read alone."""
    bellerive = sorted((EXAMPLES / "municipality").glob("bellerive-*.json"))
    for lang, said in (("fr", "Relevé par 2 des 9 répondants."), ("en", "Raised by 2 of the 9 respondents.")):
        soup = BeautifulSoup(report_html(tmp_path, *bellerive, lang=lang), "html.parser")
        findings = [li.get_text(" ", strip=True) for li in soup.select("#summary ol.findings li")]
        assert any(f.endswith(said) for f in findings), findings
    # a signal everyone raised is told as it is: Logemer's hinge, gap and weakest level carry no count
    soup = BeautifulSoup(report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json"))), "html.parser")
    assert "Relevé par" not in soup.select_one("#summary ol.findings").get_text()


def test_the_summary_says_when_its_picture_is_partial(tmp_path: Path) -> None:
    """The cover said "one respondent"; the summary page, which a management team copies and hands
    round alone, said nothing of one respondent, of two, or of three people all of the leadership."""

    def caveat(*files, lang="fr") -> str:
        soup = BeautifulSoup(report_html(tmp_path, *files, lang=lang), "html.parser")
        found = soup.select("#summary .verdict .caveat")
        return found[0].get_text(" ", strip=True).replace("\u00a0", " ") if found else ""

    relais = EXAMPLES / "social-economy"
    two = (relais / "le-relais-gerante.json", relais / "le-relais-accompagnant-1.json")
    assert caveat(*two).startswith("Seulement 2 répondants, moins des 3 qu'il faut pour comparer des rôles")
    assert caveat(*two, lang="en").startswith("Only 2 respondents, fewer than the 3 needed")
    assert caveat(HOUSING / "logemer-dg.json").startswith("Un seul répondant")
    leaders = [HOUSING / f"logemer-{x}.json" for x in ("dg", "dir-patrimoine", "dir-gestion-locative")]
    assert caveat(*leaders) == (
        "Tous les répondants ont le même rôle (direction) : ce rapport dit comment ce rôle voit l'organisation, "
        "pas comment les autres la voient."
    )
    assert "(leadership)" in caveat(*leaders, lang="en")
    assert caveat(*sorted(HOUSING.glob("logemer-*.json"))) == ""  # ten respondents of four roles


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_sends_its_readers_to_no_command_line_option(tmp_path: Path, lang: str) -> None:
    """The appendix note told a management team that the full appendix "comes with --appendix full"."""
    for files in (sorted(HOUSING.glob("logemer-*.json")), [HOUSING / "logemer-dg.json"]):
        text = BeautifulSoup(report_html(tmp_path, *files, lang=lang), "html.parser").get_text()
        assert "--" not in text.replace("\u2014", ""), re.findall(r".{40}--.{20}", text)


def test_the_map_marks_the_band_edges_for_a_grey_print(tmp_path: Path) -> None:
    """Printed in grey, the map's three tints (#f6e3da, #f5efd6, #dcefe6) look alike: the edges at the
    file's thresholds (40 and 60) are marked on the frame, in the report and in the portfolio."""
    from assess.report.context import map_x

    soup = BeautifulSoup(report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json"))), "html.parser")
    edges = [line["x1"] for line in soup.select("#map svg line.band-edge")]
    assert edges == [str(map_x(40))] * 2 + [str(map_x(60))] * 2, edges  # on the frame's top and bottom
    out = tmp_path / "p.html"
    assert run("portfolio", HOUSING, "-o", out).exit_code == 0
    assert len(BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select("line.band-edge")) == 4


@pytest.mark.parametrize(("lang", "heading"), [
    ("fr", "Hors des quatre niveaux — aucune question des niveaux, sans effet sur la position"),
    ("en", "Outside the four levels — no question of the levels, no effect on the position"),
])  # fmt: skip
def test_signals_outside_the_levels_say_they_move_no_position(tmp_path: Path, lang, heading) -> None:
    """The commune's fragmented network came under "Autres signaux", read as more of the same list,
    when it reads no level's question and moves no position (infrastructure is not the trajectory)."""
    html = report_html(tmp_path, *sorted((EXAMPLES / "municipality").glob("ville-*.json")), lang=lang)
    soup = BeautifulSoup(html, "html.parser")
    groups = [g.get_text(" ", strip=True) for g in soup.select("#signals h3.signal-group")]
    assert groups[-1] == heading, groups
    assert not any("—" in g for g in groups[:-1])  # a level's group has no such note


def test_what_raised_a_signal_names_the_answers_beside_the_count(tmp_path: Path) -> None:
    """Beside « Sur une semaine ordinaire, combien d'heures un gestionnaire de site passe-t-il… ? » (6 / 10),
    left the reader to guess, questionnaire in hand, what those six answered. The question's opening
    now comes with the answers by which the rule holds; an answer none of them gave is "not chosen"."""
    fr = BeautifulSoup(report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json"))), "html.parser")
    card = fr.select_one("#sig-extraction_without_feedback").parent.get_text(" ", strip=True).replace("\u00a0", " ")
    assert "« Sur une semaine ordinaire, combien d'heures un gestionnaire… » : « Plus de 10 heures » ou " in card
    assert "« Entre 5 et 10 heures » (6 / 10)" in card
    en = report_html(tmp_path, *sorted((EXAMPLES / "municipality").glob("ville-*.json")), lang="en")
    text = BeautifulSoup(en, "html.parser").select_one("#signals").get_text(" ", strip=True).replace("\u00a0", " ")
    assert "not chosen: \u201cRemote work without makeshift solutions\u201d (11 / 11)" in text
    # « aucune de ces réponses : « Le travail à distance sans solution bricolée » » read, to a reader, as
    # everyone saying remote work goes without makeshift: the answer is said to be the one not ticked
    fr = report_html(tmp_path, *sorted((EXAMPLES / "municipality").glob("ville-*.json")), lang="fr")
    text = BeautifulSoup(fr, "html.parser").select_one("#signals").get_text(" ", strip=True).replace("\u00a0", " ")
    assert ": non cochée : « Le travail à distance sans solution bricolée » (11 / 11)" in text, text


def test_the_cover_counts_respondents_by_the_groups_it_shows(tmp_path: Path) -> None:
    """Logemer's cover said "fonctions support : 1" beside a gap table that merges that one person
    with the managers so that no group under the minimum size is shown alone."""

    def who(*files, lang="fr") -> str:
        soup = BeautifulSoup(report_html(tmp_path, *files, lang=lang), "html.parser")
        dt = next(d for d in soup.select("header.cover dt") if d.get_text() in ("Répondants", "Respondents"))
        return dt.find_next_sibling("dd").get_text(" ", strip=True).replace("\u00a0", " ")

    logemer = sorted(HOUSING.glob("logemer-*.json"))
    assert who(*logemer) == "10 (direction : 3, terrain : 4, encadrement + fonctions support : 3)"
    assert who(*logemer, lang="en") == "10 (leadership: 3, field staff: 4, management + support services: 3)"
    relais = EXAMPLES / "social-economy"
    two = (relais / "le-relais-gerante.json", relais / "le-relais-accompagnant-1.json")
    assert who(*two) == "2 (direction, terrain)"  # no group shown: the roles, each uncounted
    assert who(HOUSING / "logemer-dg.json") == "1 (direction)"


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Position moyenne de chaque groupe, de 0 à 100, avec une décimale (les autres pages arrondissent à l'unité "
           "inférieure : 13,9 y devient 13) ; l'écart sépare le plus haut du plus bas"),
    ("en", "Each group's mean position, 0 to 100, with one decimal (other pages round down to the whole point: 13.9 "
           "shows there as 13); the gap separates the highest from the lowest"),
])  # fmt: skip
def test_the_gap_table_says_what_its_figures_are(tmp_path: Path, lang: str, said: str) -> None:
    """The table was headed "Moyennes par groupe de rôles": of what, on what scale, the gap between whom?
    And its tenths (30,8 / 2,1 / 12,8 for groups of 3, 4 and 3) did not meet the level's 13 above them
    for a reader who did not know that the other figures are whole points reached (a note that then said « les
    points entiers atteints : 13,9 s'y écrit 13 », a programmer's words, now says that other pages round down)."""
    soup = BeautifulSoup(report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json")), lang=lang), "html.parser")
    assert said in soup.select_one("#gaps p.small").get_text().replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_undetermined_summary_keeps_its_texts_inside_the_map_and_the_bars(tmp_path, write_json, lang) -> None:
    """Logemer's director without his reorganisation answers: the map's "La carte ne peut pas être
    tracée : la position ou la profondeur est indéterminée." ran out of the frame on both sides, and
    the small bar's "Réponses insuffisantes : pas de position" wrapped onto the next level's name."""
    from assess.report.context import MAP_LEFT, MAP_RIGHT, MAP_W

    doc = json.loads((HOUSING / "logemer-dg.json").read_text(encoding="utf-8"))
    doc["answers"] = {k: v for k, v in doc["answers"].items() if not k.startswith("reo_")}
    soup = BeautifulSoup(report_html(tmp_path, write_json("a.json", doc), lang=lang), "html.parser")
    room = (MAP_W - MAP_RIGHT - MAP_LEFT - 20) / 8.5  # letters at 15 units that fit the frame, less a margin
    said = [t.get_text() for t in soup.select("#map svg text[font-size='15']")]
    assert len(said) >= 2 and all(len(line) <= room for line in said), said
    assert " ".join(said).replace("\u00a0", " ").startswith(("La carte ne peut pas être tracée", "The map cannot"))
    short = soup.select_one("#summary .bars .insufficient").get_text()
    assert short in ("réponses insuffisantes", "not enough answers"), short


@needs_poppler
def test_the_version_note_of_an_earlier_round_takes_no_page_of_its_own(tmp_path: Path) -> None:
    """Bocage Habitat's report of 2024 (housing 1.0.0, with 2.0.0 installed): the summary's
    "Avertissements" and its one note were pushed onto page 3, alone. The note is on the cover."""
    needs_weasyprint()
    pdf = tmp_path / "b.pdf"
    r = run("report", EXAMPLES / "rounds", "--round", "2024", "-o", tmp_path / "b.html", "--pdf", pdf, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    page = [
        subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True).stdout
        for i in (1, 3)
    ]
    # in a management team's words (« une version plus récente, la 2.0.0, est installée » was the
    # software's): which version the answers are of, which is in use, and what not to compare
    cover = " ".join(page[0].split())
    assert "une version antérieure du questionnaire" in cover and "celle en usage aujourd'hui est la 2.0.0" in cover
    assert "ne comparez pas ces positions à celles d'un rapport fait sur la nouvelle version" in cover, cover
    assert page[1].lstrip().startswith(("Les quatre niveaux", "The four levels")), page[1][:200]


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Source\u00a0: Intervention sur la dématérialisation"), ("en", "Source: Talk on dematerialisation"),
])  # fmt: skip
def test_the_dematerialisation_talk_is_cited_by_a_name_in_the_reports_language(tmp_path: Path, lang, said) -> None:
    """The talk with no title nor author was cited "Source: Dématérialisation": a topic for a name,
    and a French word in the English report."""
    html = report_html(tmp_path, *sorted((EXAMPLES / "social-economy").glob("asso-*.json")), lang=lang)
    srcs = {s.get_text() for s in BeautifulSoup(html, "html.parser").select("#signals .src")}
    assert said in srcs, srcs
    assert not any(s.endswith("Dématérialisation") for s in srcs)


def test_the_signals_say_what_raised_by_counts(tmp_path: Path) -> None:
    """The badge "Relevé par : 2 / 11" stood beside each signal with nothing to say what it counted; a report of
    two respondents shows no count, and says nothing of one. Nor was « Gravité : élevée » said anywhere:
    what it weighs and how the cards are ordered by it are said first, in a report of one as of many."""
    soup = BeautifulSoup(report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json"))), "html.parser")
    note = soup.select_one("#signals h2 + p.small").get_text().replace("\u00a0", " ")
    assert note.startswith("Gravité : le poids que le questionnaire donne à chaque fonctionnement"), note
    assert "« Relevé par » : combien de répondants ont donné les réponses qui lèvent le signal." in note
    one = BeautifulSoup(report_html(tmp_path, HOUSING / "logemer-dg.json"), "html.parser")
    note = one.select_one("#signals h2 + p.small").get_text().replace("\u00a0", " ")
    assert note.startswith("Gravité : ") and "Relevé par" not in note, note
    relais = EXAMPLES / "social-economy"
    two = report_html(tmp_path, relais / "le-relais-gerante.json", relais / "le-relais-accompagnant-1.json")
    assert "Relevé par" not in BeautifulSoup(two, "html.parser").select_one("#signals").get_text()


def test_out_dir_with_pdfs_writes_a_pdf_beside_each_report_and_says_so(tmp_path: Path) -> None:
    """`--out-dir DIR --pdfs` had no test, and its closing line spoke of reports only, not of the PDFs
    written beside them."""
    needs_weasyprint()
    out = tmp_path / "reports"
    files = [HOUSING / "logemer-dg.json", HOUSING / "logeterre-directeur.json"]
    r = run("report", *files, "--out-dir", out, "--pdfs", "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["logemer.html", "logemer.pdf", "logeterre.html", "logeterre.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF-") for p in out.glob("*.pdf"))
    assert "written: 2 reports, each in HTML and in PDF, in" in r.stderr, r.stderr  # the interface's language


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "« Par rapport à la mise en service des principaux outils… » : "
           "« En même temps que le déploiement des outils »"),
    ("en", "\u201cCompared with when the main tools went live\u2026\u201d: "
           "\u201cAt the same time as the tools were rolled out\u201d"),
])  # fmt: skip
def test_one_respondents_signal_names_the_question_its_answer_answers(tmp_path: Path, lang: str, said: str) -> None:
    """Logemer's director alone: "Ce qui l'a relevé : « En même temps que le déploiement des outils »"
    left a management team without the questionnaire to guess at the same time as what."""
    soup = BeautifulSoup(report_html(tmp_path, HOUSING / "logemer-dg.json", lang=lang), "html.parser")
    card = soup.select_one("#sig-tools_before_reorganisation").parent.get_text(" ", strip=True)
    assert said in card.replace("\u00a0", " "), card


def test_a_cut_question_never_ends_on_a_word_that_leads_to_what_was_cut(catalog, tmp_path: Path) -> None:
    """Logemer's signals quoted « Le projet numérique contient-il un engagement écrit sur le… » : « Oui,
    un objectif de le réduire au profit du numérique »: reduce what? The opening now ends on a word
    that carries its meaning, in every bundled questionnaire and both languages."""
    from assess.report.context import BASIS_QUESTION, cut_question
    from assess.report.texts import TEXTS

    for lang in ("fr", "en"):
        leading = set(TEXTS[lang]["opening_leading_words"].split())
        for qid in ("housing", "municipality", "social-economy"):
            for qq in catalog.questionnaire(qid).questions:
                cut = cut_question(qq.wording(lang), BASIS_QUESTION, lang)
                assert len(cut) <= BASIS_QUESTION and cut.rstrip("\u2026").split()[-1].lower() not in leading, cut
    html = report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json"))).replace("\u00a0", " ")
    assert "engagement écrit sur le…" not in html
    assert "« Le projet numérique contient-il un engagement écrit… » : « Oui, un objectif de le réduire" in html
    assert "relier les outils et le…" not in html  # the hinge's facts on the method page


@pytest.mark.parametrize(("lang", "said", "gone"), [
    ("fr", "Les répondants ne voient pas ce niveau de la même façon : Circulation des données. Sur ce niveau, ceux "
     "qui le placent le plus haut et ceux qui le placent le plus bas sont séparés d'au moins 25 points",
     "seuil d'écart"),
    ("en", "Respondents do not see this level the same way: Data circulation. On this level, those who place it "
     "highest and those who place it lowest are at least 25 points apart", "gap threshold apart"),
])  # fmt: skip
def test_the_disagreement_says_its_threshold_in_points(tmp_path: Path, lang: str, said: str, gone: str) -> None:
    """The sentence said "séparés d'au moins le seuil d'écart": which threshold? And "ne voient pas de
    la même façon" saw nothing. The sentence names the level it is about and the points."""
    html = report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json")), lang=lang)
    text = BeautifulSoup(html, "html.parser").select_one("#gaps").get_text(" ", strip=True).replace("\u00a0", " ")
    assert said in " ".join(text.split()) and gone not in text


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "les groupes de rôles sont séparés par un écart marqué (voir les écarts)"),
    ("en", "role groups are a marked gap apart (see the gaps)"),
])  # fmt: skip
def test_the_cover_says_role_groups_are_a_marked_gap_apart_in_plain_words(tmp_path: Path, lang, said) -> None:
    """Three role groups "à un écart marqué l'un de l'autre" (singular for three), in English "stand a
    flagged gap apart"; the gap section calls it "écart marqué" / "marked gap"."""
    html = report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json")), lang=lang)
    cover = BeautifulSoup(html, "html.parser").select_one("header.cover").get_text(" ", strip=True)
    assert said in " ".join(cover.replace("\u00a0", " ").split())


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "les réponses libres sont citées comme les commentaires, quel que soit leur nombre"),
    ("en", "free answers are quoted as comments are, however few"),
])  # fmt: skip
def test_the_method_page_says_free_answers_are_quoted_however_few(tmp_path: Path, lang: str, said: str) -> None:
    """Logemer's method page promised "rien d'une question [...] à laquelle moins de 3 ont répondu" and
    its appendix quoted the two free answers two of the ten gave: the page now says what it does."""
    logemer = sorted(HOUSING.glob("logemer-*.json"))
    free = [json.loads(p.read_text(encoding="utf-8"))["answers"].get("ctx_remarks") for p in logemer]
    assert len([x for x in free if x]) == 2
    soup = BeautifulSoup(report_html(tmp_path, *logemer, lang=lang), "html.parser")
    assert all(x in soup.select_one("#appendix").get_text() for x in free if x)
    assert said in " ".join(soup.select_one("#method").get_text().replace("\u00a0", " ").split())


@pytest.mark.parametrize(("lang", "sep"), [("fr", "\u202f"), ("en", ",")])
def test_counts_in_the_thousands_are_grouped_as_the_language_writes_them(housing, plan, lang, sep) -> None:
    """A consultant's 1,500 answers read « 1 500 » on a French page (a narrow no-break space, never
    "1500"), "1,500" on an English one: on the cover, in the raised-by tags and the signals' basis,
    and in the appendix's counts (an answer given 1,000 times)."""
    from assess.api import parse_answers

    roles = ["field", "management"]
    members = [
        parse_answers(plan, uniform(housing, "max" if k % 3 else "min", rid=f"r{k}", role=roles[k % 2]))
        for k in range(1500)
    ]
    ctx = build_report_context(housing, members, lang, appendix="full")
    soup = BeautifulSoup(render_report(ctx), "html.parser")
    text = soup.get_text()
    assert "1500" not in text and "1000" not in text
    assert f"1{sep}500" in soup.select_one(".cover").get_text()
    assert f"(500\u00a0/\u00a01{sep}500)" in text  # a signal's basis
    assert any(tag.get_text().endswith(f"500 / 1{sep}500") for tag in soup.select(".tag"))  # raised by
    assert any(td.get_text() == f"1{sep}000" for td in soup.select("td.num"))  # the appendix


@needs_poppler
def test_a_long_comment_flows_on_from_the_appendix_heading(tmp_path: Path, write_json) -> None:
    """A comment of 3,500 characters (5,000 are allowed) kept whole in a column was pushed to a page of
    its own: the appendix's heading, its part's title and its first question each stood on a nearly
    empty page before it (12 pages for 9). It now starts under the heading and goes on overleaf."""
    needs_weasyprint()
    doc = json.loads((HOUSING / "logemer-dg.json").read_text(encoding="utf-8"))
    said = "Les équipes d'agence ont découvert l'outil la veille de son déploiement, sans formation. "
    doc["comments"] = {"str_goal": (said * 60)[:3500]}
    pdf = tmp_path / "r.pdf"
    r = run("report", write_json("a.json", doc), "-o", tmp_path / "r.html", "--pdf", pdf, "--lang", "fr")
    assert r.exit_code == 0, r.stderr
    pages = [
        subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True).stdout
        for i in range(1, _pdf_pages(pdf) + 1)
    ]
    start = max(i for i, text in enumerate(pages) if "questions à discuter" in text)  # not the cover's contents
    assert "Les équipes d'agence" in pages[start], pages[start][:400]
    assert len(pages) - start <= 2  # the heading's page and one more for the rest of the comment


def test_a_number_in_a_name_is_never_broken_at_a_line_end() -> None:
    """« Ville du Val-de-Marne (27 000 habitants) » broke inside its number, "(27" then "000
    habitants)", in the portfolio's table and on the report's cover; two numbers side by side are
    left apart."""
    from assess.terminal import typography

    assert typography("Ville du Val-de-Marne (27 000 habitants)") == "Ville du Val-de-Marne (27\u00a0000 habitants)"
    assert typography("1 234 567 logements") == "1\u00a0234\u00a0567 logements"
    assert typography("rounds 2024 2026") == "rounds 2024 2026"
    html = report_html(Path("."), *sorted((EXAMPLES / "municipality").glob("ville-val-de-marne-*.json")))
    assert "(27\u00a0000 habitants)" in html, re.findall(r".{20}000 habitants", html)[:2]


def test_the_depth_stages_are_said_with_their_scores_and_what_they_mean(tmp_path: Path) -> None:
    """« Profondeur d'intégration : 61 / 100 (Digitalisation) » beside a glossary that only named
    « Numérisation », « Digitalisation » et « Transformation »: to a French director the first two are
    one word, and where each began was in no report. Each stage now comes with its scores (the file's
    `from`) and what it means, on the summary page and on the method page."""
    soup = BeautifulSoup(report_html(tmp_path, HOUSING / "logemer-dg.json"), "html.parser")
    said = {
        "glossary": soup.select_one(".glossary").get_text(" ", strip=True).replace("\u00a0", " "),
        "method": soup.select_one("#method").get_text(" ", strip=True).replace("\u00a0", " "),
    }
    for where, text in said.items():
        assert "« Numérisation » (sous 40, le papier passe au numérique), " in text, where
        assert "« Digitalisation » (de 40 à 70, les outils entrent dans les procédures), " in text, where
        assert "« Transformation » (70 et plus, le service est repensé autour des usagers" in text, where
    en = BeautifulSoup(report_html(tmp_path, HOUSING / "logemer-dg.json", lang="en"), "html.parser")
    text = en.select_one(".glossary").get_text(" ", strip=True)
    assert "\u201cProcess integration\u201d (40 to 70, the tools enter the procedures)," in text, text


def test_a_point_of_support_says_its_scale_and_how_many_gave_its_answer(tmp_path: Path) -> None:
    """« 10 » beside each point of blockage of a report on 10 respondents read as "10 people", and
    « réponse la plus fréquente » did not say of how many: the position is said out of 100, and the
    answer with how many of those who answered gave it (the appendix's counts, over everyone)."""
    soup = BeautifulSoup(report_html(tmp_path, *sorted(HOUSING.glob("logemer-*.json"))), "html.parser")
    rows = [tr.get_text(" ", strip=True).replace("\u00a0", " ") for tr in soup.select("#drivers tr")]
    assert rows and all(re.match(r"\d+ / 100 Point d", row) for row in rows), rows
    counts = [re.search(r"réponse la plus fréquente : .* \((\d+) répondants? sur (\d+)\)$", row) for row in rows]
    assert all(counts), rows
    assert all(int(m[1]) <= int(m[2]) <= 10 for m in counts if m)
    heads = [h.get_text(" ", strip=True).replace("\u00a0", " ") for h in soup.select("#drivers h3")]
    assert all(re.fullmatch(r".+ \(\d+ / 100\)", h) for h in heads), heads
    one = BeautifulSoup(report_html(tmp_path, HOUSING / "logemer-dg.json"), "html.parser")
    assert "répondant" not in one.select_one("#drivers").get_text()  # one's own answer: no count


@needs_poppler
def test_the_printed_contents_give_each_sections_page(tmp_path: Path) -> None:
    """The cover's « Sommaire » listed the sections without a page: around a table, « see the gaps »
    meant leafing through twelve pages. Each entry links to its section, and the PDF prints its page."""
    needs_weasyprint()
    pdf = tmp_path / "r.pdf"
    files = sorted(HOUSING.glob("logemer-*.json"))
    assert run("report", *files, "-o", tmp_path / "r.html", "--pdf", pdf, "--lang", "fr").exit_code == 0
    cover = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    entries = dict(re.findall(r"(En bref|Méthode|Signaux de risque)[ .]+(\d+)", " ".join(cover.split())))
    assert entries.keys() == {"En bref", "Méthode", "Signaux de risque"}, cover
    for title, page in entries.items():
        text = subprocess.run(["pdftotext", "-f", page, "-l", page, str(pdf), "-"], capture_output=True, text=True)
        assert title in text.stdout, (title, page)
    soup = BeautifulSoup((tmp_path / "r.html").read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in soup.select("nav.toc a")]
    assert links[:2] == ["#summary", "#levels"] and all(soup.find(id=h[1:]) for h in links), links


def test_a_report_whose_signals_were_all_left_out_says_none_was_evaluated(tmp_path: Path) -> None:
    """Two respondents: 14 of housing's 18 signals read questions fewer than three answered. The page
    said « no risk signal came out of the answers the signals read », a clean bill of health to a
    reader; it says how many were evaluated, and when none was, that none was."""
    from assess.report.context import build_report_context
    from assess.report.render import render_report

    two = [
        HOUSING.parent / "housing" / "logeterre-directeur.json",
        HOUSING.parent / "housing" / "logeterre-gestionnaire-1.json",
    ]
    soup = BeautifulSoup(report_html(tmp_path, *two), "html.parser")
    said = soup.select_one("#signals").get_text(" ", strip=True).replace("\u00a0", " ")
    assert "Aucun des 4 signaux de risque évalués ici n'est levé." in said and "14 signaux lisent" in said, said
    import assess

    sheets = [s for p in two for s in assess.read_answers(p)]
    ctx = build_report_context(assess.load_catalog().questionnaire("housing", "2.0.0"), sheets, "en")
    ctx.signals_total = ctx.signals_withheld  # as a questionnaire whose signals all read questions
    page = " ".join(BeautifulSoup(render_report(ctx), "html.parser").select_one("#signals").get_text(" ").split())
    assert "Risk signals are not evaluated here: each reads questions that fewer than 3 people answered" in page
    assert "signals read questions that fewer than" not in page, page
