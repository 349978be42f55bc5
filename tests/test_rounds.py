"""Rounds: an organisation followed over assessment rounds, compared and never averaged; a benchmark
among peers that names none of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from assess.cli import app
from assess.rounds import CHANGE, NOT_COMPARABLE, UNKNOWN, WITHIN_MARGIN, judge, order_rounds

from .conftest import EXAMPLES, ROOT, uniform

runner = CliRunner()
ROUNDS = EXAMPLES / "rounds"


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


# --- the rule ----------------------------------------------------------------------------------


def test_a_change_is_set_against_what_other_respondents_could_explain() -> None:
    # two rounds whose respondents spread widely: a 10-point difference is within the margin
    wide = judge([20, 40, 60, 80], [30, 50, 70, 90], same_people=False)
    assert wide.delta == 10.0 and wide.margin is not None and wide.margin > 10 and wide.verdict == WITHIN_MARGIN
    # the same difference from respondents who agree closely is a change
    tight = judge([49, 50, 51], [59, 60, 61], same_people=False)
    assert tight.delta == 10.0 and tight.margin is not None and tight.margin < 10 and tight.verdict == CHANGE
    # a round of one respondent: no spread to measure
    assert judge([50], [75, 80], same_people=False).verdict == UNKNOWN
    # ...unless the same person answered both rounds
    same = judge([50], [75], same_people=True)
    assert same.verdict == CHANGE and same.delta == 25.0
    assert judge([50], [50], same_people=True).verdict == WITHIN_MARGIN
    # an insufficient level cannot be compared
    assert judge([], [50, 60], same_people=False).verdict == NOT_COMPARABLE


def test_rounds_are_ordered_by_date_else_by_label_with_numbers_as_numbers() -> None:
    labels = [("T10", []), ("T2", []), ("T1", [])]
    assert [labels[i][0] for i in order_rounds(labels)] == ["T1", "T2", "T10"]
    dated = [("printemps", ["2025-04-01"]), ("automne", ["2024-10-01"])]
    assert [dated[i][0] for i in order_rounds(dated)] == ["automne", "printemps"]
    # one round without a date: labels decide
    mixed = [("b", ["2020-01-01"]), ("a", [])]
    assert [mixed[i][0] for i in order_rounds(mixed)] == ["a", "b"]
    # digits of other kinds: "²" is no number (it stopped the report with a traceback), "٣" is 3
    odd = [("T1²", []), ("T٣", []), ("T2", []), ("²", [])]
    assert [odd[i][0] for i in order_rounds(odd)] == ["T1²", "T2", "T٣", "²"]


# --- through the commands ------------------------------------------------------------------------


def test_rounds_are_scored_apart_never_averaged() -> None:
    r = run("score", ROUNDS, "--by-organisation", "-f", "json")
    assert r.exit_code == 0, r.output
    orgs = json.loads(r.stdout)
    assert [(o["organisation"]["id"], o["round"], o["respondents"]) for o in orgs] == [
        ("bocage-habitat", "2022", 7),
        ("bocage-habitat", "2024", 7),
        ("bocage-habitat", "2026", 8),
    ]
    # the story of the example: digital in 2022, reorganised first, socio-professional by 2026
    assert [o["trajectory"] for o in orgs] == ["digital", "hybrid", "socio-professional"]
    reo = [o["levels"]["reorganisation"]["position"] for o in orgs]
    assert reo[0] < 40 <= reo[1]
    rows = json.loads(run("score", ROUNDS, "-f", "json").stdout)
    assert {row["round"] for row in rows} == {"2022", "2024", "2026"}


def test_the_report_of_an_organisation_with_two_rounds_shows_both(tmp_path: Path) -> None:
    files = sorted(ROUNDS.glob("bocage-2022-*.json")) + sorted(ROUNDS.glob("bocage-2024-*.json"))
    out = tmp_path / "r.html"
    r = run("report", *files, "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    section = soup.find(id="rounds")
    assert section is not None
    rows = section.find("table").find("tbody").find_all("tr")
    assert [row.th.contents[0].strip() for row in rows] == ["2022", "2024"]
    # the rest of the report is about the latest round: its respondents, on the cover
    assert "Tour 2024, le plus récent des 2 tours" in soup.find("header").get_text()
    # the change of the reorganisation level is clear in the example; the verdict is in words
    text = section.get_text(" ", strip=True)
    assert "Depuis le tour 2022" in text and "Réorganisation préalable" in text
    # the map draws the path from 2022 to 2024
    svg = soup.find(id="map").find("svg")
    assert svg.find("polyline") is not None and "2022" in svg.get_text()
    # in English too
    r = run("report", *files, "-o", tmp_path / "en.html", "--lang", "en")
    en = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert r.exit_code == 0 and "From one round to the next" in en and "Round 2024, the latest of 2 rounds" in en


def test_the_levels_whose_change_stays_within_the_margin_are_quoted_as_the_others(tmp_path: Path) -> None:
    """Bocage's 2026 report read « Sur Réorganisation préalable, l'évolution reste dans la marge. »
    after « « Contexte stratégique » a progressé de 19 points »: a level's name is quoted in both."""
    out = tmp_path / "r.html"
    r = run("report", ROUNDS, "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.output
    text = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find(id="rounds").get_text(" ", strip=True)
    assert "Sur «\u00a0Réorganisation préalable\u00a0», l'évolution reste dans la marge." in text, text


def test_a_report_with_one_round_has_no_rounds_section(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert run("report", *sorted(ROUNDS.glob("bocage-2026-*.json")), "-o", out).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert soup.find(id="rounds") is None and soup.find(id="map").find("polyline") is None


def test_import_takes_the_round(tmp_path: Path) -> None:
    template = tmp_path / "t.csv"
    assert run("template", "housing", "--format", "csv", "-o", template).exit_code == 0
    header = template.read_text(encoding="utf-8-sig").splitlines()[0]
    sep = ";" if ";" in header else ","
    cols = header.split(sep)
    row = ["" for _ in cols]
    for i, c in enumerate(cols):
        if c == "organisation_id":
            row[i] = "org1"
        elif c == "role":
            row[i] = "field"
        elif c == "str_goal":
            row[i] = "cut_costs"
    template.write_text(header + "\n" + sep.join(row) + "\n", encoding="utf-8")
    out = tmp_path / "a.jsonl"
    r = run("import", template, "-Q", "housing", "--round", "T1", "-o", out)
    assert r.exit_code == 0, r.output
    assert [json.loads(line)["round"] for line in out.read_text(encoding="utf-8").splitlines()] == ["T1"]


# --- benchmark -----------------------------------------------------------------------------------


def _peers(folder: Path, housing, n: int) -> None:
    """n housing organisations of distinct, recognisable names, at different positions."""
    folder.mkdir()
    for i in range(n):
        for k, side in enumerate(("max", "min", "max" if i % 2 else "min")):
            doc = uniform(housing, side, org=f"peer-{i}", role="field", rid=f"r{k}")
            doc["organisation"]["name"] = f"Bailleur Secret Numéro {i}"
            (folder / f"peer-{i}-{k}.json").write_text(json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize("n", [4, 5])
def test_benchmark_needs_five_peers_and_names_none(tmp_path: Path, housing, n: int, french) -> None:
    peers = tmp_path / "peers"
    _peers(peers, housing, n)
    out = tmp_path / "r.html"
    r = run("report", *sorted(ROUNDS.glob("bocage-2026-*.json")), "-o", out, "--benchmark", peers)
    if n < 5:
        assert r.exit_code == 1 and not out.exists()
        assert "au moins 5 autres organisations" in r.output and "et il y en a 4" in r.output
        return
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    bench = soup.find(id="benchmark")
    assert bench is not None and "5 autres organisations" in bench.get_text()
    assert "Secret" not in html and "peer-" not in html
    assert len(bench.find_all("svg")) == 5  # four levels and the overall position


def test_a_peer_of_fewer_respondents_than_the_minimum_group_is_no_peer(tmp_path: Path, housing, french) -> None:
    """With five peers, the benchmark's quartiles are three peers' own positions: a peer answered by
    one person showed that person's levels. A peer counts only from the minimum group size (3)."""
    peers = tmp_path / "peers"
    _peers(peers, housing, 4)  # four peers of three respondents
    for i, n in ((4, 1), (5, 2)):  # and two of one and two
        for k in range(n):
            doc = uniform(housing, "max", org=f"small-{i}", role="field", rid=f"r{k}")
            (peers / f"small-{i}-{k}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "r.html"
    r = run("report", *sorted(ROUNDS.glob("bocage-2026-*.json")), "-o", out, "--benchmark", peers)
    said = " ".join(r.output.split()).replace("\u00a0", " ")
    assert r.exit_code == 1 and not out.exists(), r.output
    assert "au moins 5 autres organisations, chacune d'au moins 3 répondants" in said and "et il y en a 4" in said
    for k in range(3):  # the third respondent of the second: five peers
        doc = uniform(housing, "max", org="small-5", role="field", rid=f"r{k}")
        (peers / f"small-5-{k}.json").write_text(json.dumps(doc), encoding="utf-8")
    r = run("report", *sorted(ROUNDS.glob("bocage-2026-*.json")), "-o", out, "--benchmark", peers)
    assert r.exit_code == 0, r.output
    bench = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find(id="benchmark").get_text()
    assert "5 autres organisations" in " ".join(bench.split()), bench


def test_an_organisation_below_every_peer_is_said_so(tmp_path: Path, housing, french) -> None:
    """Below five peers all at the socio-professional pole, the benchmark read "au-dessus de 0 des 5
    autres organisations": it now says that the organisation stands at or below each of them."""
    peers = tmp_path / "peers"
    peers.mkdir()
    for i in range(5):
        for k in range(3):
            doc = uniform(housing, "max", org=f"peer-{i}", role="field", rid=f"r{k}")
            (peers / f"peer-{i}-{k}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "r.html"
    r = run("report", *sorted(ROUNDS.glob("bocage-2026-*.json")), "-o", out, "--benchmark", peers)
    assert r.exit_code == 0, r.output
    text = " ".join(
        BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find(id="benchmark").get_text().split()
    )
    assert "au-dessus de 0" not in text
    assert text.replace("\u00a0", " ").count("; aucune des 5 autres organisations n'est placée plus bas") == 5, text


# --- portfolio -----------------------------------------------------------------------------------


def test_portfolio_shows_every_organisation_the_map_and_both_rounds(tmp_path: Path, housing) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    hostile = uniform(housing, "min", org="evil", rid="x")
    hostile["organisation"]["name"] = "<script>alert(1)</script> & Cie"
    (extra / "evil.json").write_text(json.dumps(hostile), encoding="utf-8")
    out = tmp_path / "p.html"
    r = run("portfolio", EXAMPLES, extra, "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and "<script>alert" not in html and "&lt;script&gt;" in html
    table = soup.find(id="organisations")
    rows = [th.get_text(" ", strip=True) for th in table.find_all("th", scope="row")]
    for name in ("Logemer", "Logeterre", "Bocage Habitat", "Commune de Bellerive", "Coopérative Le Relais"):
        assert name in rows
    assert len(set(rows)) == 8  # seven organisations of the examples and the hostile one
    # Bocage's three rounds are three rows, in order, its name on each (a row read alone says whose it is)
    bocage = [
        th.find_parent("tr") for th in table.find_all("th", scope="row") if th.get_text(strip=True) == "Bocage Habitat"
    ]
    assert [tr.find("td").get_text(" ", strip=True)[:4] for tr in bocage] == ["2022", "2024", "2026"]
    assert "again" not in bocage[0].th.get("class", []) and "again" in bocage[1].th["class"]
    # one sector table each
    assert [h.get_text(" ", strip=True).split(" (")[0] for h in table.find_all("h3")] == [
        "Commune", "Logement social", "Économie sociale et solidaire"]  # fmt: skip
    # the map: one mark per placed organisation, Bocage's path from its earlier rounds
    svg = soup.find("figure", class_="pf-map").find("svg")
    assert len(svg.find_all("path")) == 8 and len(svg.find_all("polyline")) == 1
    # each earlier round named by its dot: the path's bare start, just above the association's
    # name, read as the association's own path (QA)
    assert [x.get_text() for x in svg.find_all("text", class_="round")] == ["2022", "2024"]
    # each level's distribution counts every organisation with a position
    assert len(soup.find_all("div", class_="dist")) == 4
    # English
    en = tmp_path / "en.html"
    assert run("portfolio", EXAMPLES, "-o", en, "--lang", "en", "--sort", "position").exit_code == 0
    text = en.read_text(encoding="utf-8")
    assert 'lang="en"' in text and "The organisations" in text and "Sorted by overall position" in text


def test_portfolio_sorts_by_position_within_each_sector(tmp_path: Path) -> None:
    out = tmp_path / "p.html"
    assert run("portfolio", EXAMPLES / "housing", "-o", out, "--sort", "position", "--no-by-sector").exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    rows = soup.find(id="organisations").find_all("th", scope="row")
    assert [th.get_text(strip=True) for th in rows] == ["Logeterre", "Logemer"]


def test_portfolio_of_nothing_valid_fails_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    r = run("portfolio", bad, "-o", tmp_path / "p.html")
    assert r.exit_code == 1 and not (tmp_path / "p.html").exists() and "Traceback" not in r.output


def test_a_mistyped_date_that_reorders_the_rounds_is_said(tmp_path: Path) -> None:
    """One answer of round 2024 dated 2014: the rounds come in the order 2024, 2022, 2026. The
    portfolio and the report say so (the round's dates ten years apart, and the labels' order);
    the examples as they are raise no such warning."""
    import shutil

    folder = tmp_path / "rounds"
    shutil.copytree(EXAMPLES / "rounds", folder)
    one = sorted(folder.glob("bocage-2024-*.json"))[0]
    one.write_text(one.read_text(encoding="utf-8").replace('"date": "2024-', '"date": "2014-'), encoding="utf-8")
    for command in ("portfolio", "report"):
        r = runner.invoke(app, [command, str(folder), "-o", str(tmp_path / f"{command}.html")])
        assert r.exit_code == 0, r.output
        assert f"{one}: round 2024 of Bocage Habitat: answers dated from 2014-03-12 to 2024-03-12" in r.stderr
        assert "rounds of Bocage Habitat in the order of their dates: 2024, 2022, 2026" in r.stderr
    clean = runner.invoke(app, ["portfolio", str(EXAMPLES / "rounds"), "-o", str(tmp_path / "clean.html")])
    assert clean.exit_code == 0 and "dated from" not in clean.stderr and "order of their dates" not in clean.stderr


def test_answers_without_a_round_beside_named_rounds_are_said(tmp_path: Path) -> None:
    """Five answers of round 2026 and one late `assess run` without --round, dated after them: the
    report was of that one person's answers, their comment quoted, without a word. It still is
    (it is the latest round), and the file is named with what to do, in report and portfolio."""
    import shutil

    folder = tmp_path / "rounds"
    shutil.copytree(ROUNDS, folder)
    late = folder / "late.json"
    d = json.loads(sorted(folder.glob("bocage-2026-*.json"))[0].read_text(encoding="utf-8"))
    d.pop("round")
    d["respondent"]["id"], d["date"] = "late", "2026-12-01"
    late.write_text(json.dumps(d), encoding="utf-8")
    for command in ("portfolio", "report"):
        r = runner.invoke(app, [command, str(folder), "-o", str(tmp_path / f"{command}.html")])
        assert r.exit_code == 0, r.output
        said = f"{late}: answers of Bocage Habitat without a round, beside its rounds 2022, 2024, 2026: a round"
        assert said in r.stderr and '"round" in the file' in r.stderr, r.stderr
    from assess.texts import problem_message

    fr = problem_message(
        said.split(": ", 1)[1] + ' of their own (give them theirs: "round" in the file, --round of import or run)', "fr"
    )
    assert fr.startswith("réponses de Bocage Habitat sans tour, à côté de ses tours 2022, 2024, 2026 : "), fr
    assert "without a round" not in runner.invoke(app, ["report", str(ROUNDS), "-o", str(tmp_path / "c.html")]).stderr


def _bocage_with_a_2027_round_on_2x(tmp_path: Path, donor: str) -> Path:
    """Bocage's rounds on housing 1.x, and a 2027 round on 2.x: five of `donor`'s answers, renamed."""
    import shutil

    folder = tmp_path / "pf"
    shutil.copytree(EXAMPLES / "rounds", folder)
    for i, f in enumerate(sorted((EXAMPLES / "housing").glob(f"{donor}*.json"))[:5]):
        d = json.loads(f.read_text(encoding="utf-8"))
        d["organisation"] = {"id": "bocage-habitat", "name": "Bocage Habitat"}
        d["round"], d["date"], d["respondent"]["id"] = "2027", "2027-01-10", f"b27-{i}"
        (folder / f"b27-{i}.json").write_text(json.dumps(d), encoding="utf-8")
    return folder


def test_an_organisation_on_two_major_versions_is_one_organisation_in_the_portfolio(tmp_path: Path) -> None:
    """Bocage's rounds on housing 1.x, and a 2027 round on 2.x: one organisation followed, its two
    timelines (scores of two major versions are not compared) each named with its version, and the
    first round on 2.x marked as not compared with those before it."""
    folder = _bocage_with_a_2027_round_on_2x(tmp_path, "logeterre")
    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(folder), "-o", str(out), "--lang", "en"])
    assert r.exit_code == 0, r.output
    text = " ".join(BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").get_text(" ").split())
    assert "Portfolio: one organisation followed" in text
    assert "Bocage Habitat (version 1)" in text and "Bocage Habitat (version 2)" in text
    # its first round on 2.x said nothing in the change column, as a first round does: it now says
    # that the rounds before it, on 1.x, are not compared with it
    rows = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select("table.pf tbody tr")
    changes = [(tr.find("th").get_text(" ", strip=True), tr.select("td")[-2].get_text(strip=True)) for tr in rows]
    assert next(c for n, c in changes if "(version\u00a02)" in n) == "new version", changes
    assert "new version" not in [c for n, c in changes if "(version\u00a01)" in n], changes
    assert "New version: the first round on a new major version of the questionnaire" in text


def test_an_organisation_on_two_major_versions_is_counted_once_at_its_latest_round(tmp_path: Path) -> None:
    """The portfolio said "one organisation followed" and counted it twice beside: "Trajectories at
    the latest round" digital 0, socio-professional 2, two marks on the map ("2 organisations placed
    at their latest round") and two in each level's distribution, its 2026 round on 1.x among them
    although its latest round is 2027, on 2.x."""
    from assess.pipeline import organisations
    from assess.portfolio import build_portfolio
    from assess.rounds import timelines

    folder = _bocage_with_a_2027_round_on_2x(tmp_path, "logemer")
    import assess

    from .conftest import bundled_catalog

    cat = bundled_catalog()
    people = [p for f in sorted(folder.glob("*.json")) for p in assess.read_answers(f)]
    tls = timelines(organisations(cat, people))
    assert len(tls) == 2
    ctx = build_portfolio(tls, cat.questionnaire, cat.plan_for, "en")
    assert ctx.organisations == 1 and ctx.rounds == 4
    latest = next(tl for tl in tls if tl.major == 2).latest.result
    assert ctx.trajectories == [(latest.placement.trajectory, ctx.trajectories[0][1], 1)]
    assert [pt.label for pt in ctx.points] == ["Bocage Habitat (version\u00a02)"]
    assert ctx.map_description.startswith("1 organisation placed at its latest round")
    assert all(sum(d.bins) + d.insufficient == 1 for d in ctx.distributions)


def test_few_respondents_widen_the_margin_by_student_t() -> None:
    """Two people a round: their spread is itself uncertain, and twice the standard error (2.8 here)
    called 40, 42 -> 50, 52 a clear change as readily as thirty people's; Student's t for Welch's
    degrees of freedom (2 here: 4.3) widens it. People who all stand at one position in both rounds
    give no spread to measure: two directors at 0 then two field staff at 100 cannot be told apart
    from a change of respondents."""
    two = judge([40, 42], [50, 52], same_people=False)
    assert two.margin == round(4.303 * (2**0.5), 1) == 6.1
    assert judge([40, 44], [47, 51], same_people=False).verdict == WITHIN_MARGIN  # 7 < 4.303 x 2.83
    thirty = judge([40 + i % 5 for i in range(30)], [50 + i % 5 for i in range(30)], same_people=False)
    assert thirty.margin is not None and thirty.margin < 1.5 and thirty.verdict == CHANGE
    flat = judge([0, 0], [100, 100], same_people=False)
    assert flat.verdict == UNKNOWN and flat.margin is None
    assert judge([0, 0], [100, 100], same_people=True).verdict == CHANGE


def test_benchmark_peers_answered_the_same_major_version(tmp_path: Path, catalog, french) -> None:
    """Bocage answered housing 1.0; peers that answered its redesign, 2.0, were counted among its
    peers although their positions are not comparable: they are not."""
    peers = tmp_path / "peers"
    peers.mkdir()
    v2 = catalog.questionnaire("housing", "2.0.0")
    for i in range(5):
        for k in range(3):
            doc = uniform(v2, "max" if k else "min", org=f"peer-{i}", role="field", rid=f"r{k}", version="2.0.0")
            (peers / f"peer-{i}-{k}.json").write_text(json.dumps(doc), encoding="utf-8")
    r = run("report", *sorted(ROUNDS.glob("bocage-2026-*.json")), "-o", tmp_path / "r.html", "--benchmark", peers)
    said = " ".join(r.output.split()).replace("\u00a0", " ")
    title = catalog.questionnaire("housing", "1.0.0").title["fr"].replace("\u00a0", " ")
    assert r.exit_code == 1 and f"ayant répondu au questionnaire « {title} » (version 1), et il y en a 0" in said, said
    assert "housing 1.x" not in said


def test_a_clear_change_inside_one_printed_point_is_not_said_to_be_zero_points(catalog) -> None:
    """Figures are printed as the whole points reached: 50.2 -> 50.6 prints 50 -> 50. The same people
    with no spread make it a clear change; the sentence said "rose by 0 points"."""
    from types import SimpleNamespace as NS

    from assess.report.compare import rounds_view
    from assess.rounds import OVERALL, Change
    from assess.vocab import LEVEL_IDS

    q = catalog.questionnaire("housing")

    def result(pos: float):
        levels = {lv: NS(position=pos) for lv in LEVEL_IDS}
        return NS(dates=[], respondents=2, levels=levels, placement=NS(position=pos, trajectory="hybrid"))

    tiny = judge([50.2, 50.2], [50.6, 50.6], same_people=True)
    big = judge([40.0, 40.0], [52.0, 52.0], same_people=True)
    assert tiny.verdict == big.verdict == CHANGE
    changes = {
        LEVEL_IDS[0]: Change(
            LEVEL_IDS[0], *[getattr(tiny, f) for f in ("before", "after", "delta", "margin", "verdict")]
        )
    }
    changes[LEVEL_IDS[1]] = Change(LEVEL_IDS[1], big.before, big.after, big.delta, big.margin, big.verdict)
    one = judge([50.0, 50.0], [51.0, 51.0], same_people=True)
    changes[LEVEL_IDS[2]] = Change(LEVEL_IDS[2], one.before, one.after, one.delta, one.margin, one.verdict)
    changes[OVERALL] = Change(OVERALL, big.before, big.after, big.delta, big.margin, big.verdict)
    timeline = NS(
        rounds=[
            NS(label="2025", result=result(50.2), changes={}),
            NS(label="2026", result=result(50.6), changes=changes),
        ],
        min_group_size=2,
    )
    for lang, less, whole in (
        ("en", "rose by less than one point", "rose by 12 points"),
        ("fr", "a progressé de moins d'un point", "a progressé de 12 points"),
    ):
        sentence = rounds_view(timeline, q, lang).sentence
        assert less in sentence and whole in sentence and " 0 point" not in sentence, sentence
        assert " 1 point" in sentence and " 1 points" not in sentence, sentence  # "rose by 1 points"


def test_portfolio_counts_take_the_singular_for_one(tmp_path: Path) -> None:
    """One organisation of one answer read "1 organisations, 1 answers, 1 assessments"."""
    one = EXAMPLES / "housing" / "logemer-dg.json"
    for lang, words in (
        ("en", ["1 organisation, 1 answer, 1 assessment in all", "1 organisation placed at its latest round"]),
        ("fr", ["1 organisation, 1 réponse, 1 évaluation en tout", "1 organisation placée à son dernier tour"]),
    ):
        out = tmp_path / f"{lang}.html"
        assert run("portfolio", one, "-o", out, "--lang", lang).exit_code == 0
        text = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").get_text(" ")
        text = " ".join(text.replace("\u00a0", " ").split())
        for w in words:
            assert w in text, (w, text[:600])
    many = tmp_path / "many.html"
    assert run("portfolio", EXAMPLES, "-o", many, "--lang", "en").exit_code == 0
    text = " ".join(BeautifulSoup(many.read_text(encoding="utf-8"), "html.parser").get_text(" ").split())
    assert "7 organisations," in text and "organisations placed at their latest round" in text


def test_the_portfolio_and_the_benchmark_draw_the_files_bands(tmp_path: Path) -> None:
    """A questionnaire whose bands are 35 and 65 (tests/fixtures/synthetic.yaml): the portfolio's
    distributions coloured the 30-40 bin as digital and marked 40 and 60 under their axis, and the
    benchmark's scales marked 40 and 60, the bundled questionnaires' bands (QA)."""
    from assess.catalog import load_catalog

    fixtures = ROOT / "tests" / "fixtures"
    q = load_catalog([str(fixtures)], use_cache=False).questionnaire("synthetic")
    folder = tmp_path / "orgs"
    folder.mkdir()
    for i in range(6):
        for rid in (f"r{k}" for k in range(1, q.scoring.min_group_size + 1)):  # a benchmark's peer is never one person
            doc = uniform(q, "max" if i % 2 else "min", qid="synthetic", version=q.version, org=f"o{i}", rid=rid)
            (folder / f"o{i}-{rid}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "p.html"
    r = run("portfolio", folder, "-o", out, "--questionnaires-dir", fixtures)
    assert r.exit_code == 0, r.output
    for dist in BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find_all("div", class_="dist"):
        svg = dist.find("svg")
        assert [t.get_text() for t in svg.find_all("text") if t.get("y") == "58"] == ["0", "35", "65", "100"]
        fills = [rect["fill"] for rect in svg.find_all("rect")]
        assert fills == ["#c98a70"] * 3 + ["#cdbb73"] * 3 + ["#7fb39b"] * 4  # 30-40: its middle is hybrid
    report = tmp_path / "r.html"
    r = run("report", *sorted(folder.glob("o0-*.json")), "-o", report, "--benchmark", folder,
            "--questionnaires-dir", fixtures)  # fmt: skip
    assert r.exit_code == 0, r.output
    bench = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser").find(id="benchmark")
    for svg in bench.find_all("svg"):
        assert [t.get_text() for t in svg.find_all("text")] == ["0", "35", "65", "100"]


def _two_rounds_with_skipped_level(tmp_path: Path, catalog, skipping: int):
    """Logemer's answers (housing 2.0) as two rounds of four people; in the second, `skipping` of them
    leave every data-circulation question unanswered."""
    import assess
    from assess import pipeline
    from assess.rounds import timelines

    files = sorted((EXAMPLES / "housing").glob("logemer-*.json"))
    for rnd, chosen in (("2021", files[:4]), ("2023", files[4:8])):
        for i, f in enumerate(chosen):
            d = json.loads(f.read_text(encoding="utf-8"))
            d["round"], d["date"] = rnd, f"{rnd}-06-01"
            if rnd == "2023" and i < skipping:
                d["answers"] = {k: v for k, v in d["answers"].items() if not k.startswith("dat_")}
            (tmp_path / f"{rnd}-{i}.json").write_text(json.dumps(d), encoding="utf-8")
    people = [p for f in sorted(tmp_path.glob("*.json")) for p in assess.read_answers(f)]
    (tl,) = timelines(pipeline.organisations(catalog, people))
    return tl


def test_a_level_too_few_answered_is_not_compared_so_the_change_does_not_tell_their_position(
    tmp_path: Path, catalog
) -> None:
    """In the second round only one of four respondents answered the data-circulation questions: the
    level is shown "—" so that it does not rest on one person, yet its change was computed from that
    person's position alone and printed (33 → —, "−25"), which gave it away (33 − 25 = 8)."""
    from assess.report.compare import rounds_view

    tl = _two_rounds_with_skipped_level(tmp_path, catalog, skipping=3)
    assert tl.latest.result.levels["data_access"].position is None
    c = tl.latest.changes["data_access"]
    assert c.verdict == NOT_COMPARABLE and c.delta is None and c.margin is None, c
    row = rounds_view(tl, catalog.questionnaire("housing", "2.0.0"), "fr").rows[-1]
    assert row.positions["data_access"] == "—" and row.changes["data_access"].delta == "—"


def test_the_overall_change_is_the_difference_of_the_overall_positions_printed(tmp_path: Path, catalog) -> None:
    """The overall position's change was the change of the respondents' mean overall position, not of
    the organisation's overall position printed beside it (the weighted mean of its levels): 23 → 19
    printed "−3"."""
    from assess.report.compare import rounds_view
    from assess.shown import change

    tl = _two_rounds_with_skipped_level(tmp_path, catalog, skipping=2)
    rv = rounds_view(tl, catalog.questionnaire("housing", "2.0.0"), "fr")
    first, last = rv.rows
    assert (first.overall, last.overall) == ("23", "19")
    assert last.changes["overall"].delta == "−4"
    before, after = (r.result.placement.position for r in tl.rounds)
    c = tl.latest.changes["overall"]
    assert (c.before, c.after) == (before, after) and change(c.before, c.after) == -4


def test_the_maps_description_is_spaced_as_its_language_writes(tmp_path: Path) -> None:
    """The map's description (read aloud by a screen reader) joined its points with "; " and the
    path with " : " in both languages: French lacked the space before ";", English had one before ":"."""
    files = sorted(ROUNDS.glob("bocage-2022-*.json")) + sorted(ROUNDS.glob("bocage-2024-*.json"))
    said = {}
    for lang in ("fr", "en"):
        out = tmp_path / f"{lang}.html"
        r = run("report", *files, "-o", out, "--lang", lang)
        assert r.exit_code == 0, r.output
        soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
        said[lang] = soup.find(id="map-desc").get_text().replace("\u00a0", " ")
    assert " ; chemin d'un tour à l'autre : 2022 (" in said["fr"] and "; " not in said["fr"].replace(" ; ", ""), said
    assert "; path from round to round: 2022 (" in said["en"] and " :" not in said["en"] and " ;" not in said["en"]


def _rounds_of(tmp_path: Path, rounds: dict[str, list[tuple[str, str]]]) -> Path:
    """Bocage's answers as the given rounds: label -> [(example file stem, respondent id)]."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for year, (label, people) in enumerate(rounds.items(), 2021):
        for stem, rid in people:
            d = json.loads((ROUNDS / f"{stem}.json").read_text(encoding="utf-8"))
            d["round"], d["date"], d["respondent"]["id"] = label, f"{year}-03-10", rid
            (folder / f"{label}-{rid}.json").write_text(json.dumps(d), encoding="utf-8")
    return folder


def test_an_earlier_round_of_one_respondent_is_not_shown_to_the_next_rounds_respondents(tmp_path: Path) -> None:
    """Round R1 was the director alone; R2, seven people. R2's report printed R1's row (42 25 40 42 37,
    the director's own positions), its change, and its point on the map: every reader of R2 read one
    colleague's positions. R1 is left out, the report says so, and R3 is compared with R2."""
    later = [(f"bocage-2024-{s}", s) for s in ("dg", "dir-clientele", "gardien-1", "resp-agence-nord")]
    folder = _rounds_of(
        tmp_path,
        {
            "R1": [("bocage-2022-dg", "dg")],
            "R2": later,
            "R3": [(f"bocage-2026-{s}", s) for s in ("dg", "gardien-1", "gardien-2", "resp-agence-sud")],
        },
    )
    (tmp_path / "x").mkdir()
    alone = _rounds_of(tmp_path / "x", {"R1": [("bocage-2022-dg", "dg")], "R2": later})
    said_in = {
        "en": "Not shown: round R1, of a single respondent",
        "fr": "Non montré\u00a0: le tour R1, d'un seul répondant",
    }
    for lang, said in said_in.items():
        out = tmp_path / f"r-{lang}.html"
        r = run("report", folder, "-o", out, "--lang", lang)
        assert r.exit_code == 0, r.output
        soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
        rows = soup.find(id="rounds").find("table").find("tbody").find_all("tr")
        assert [row.th.contents[0].strip() for row in rows] == ["R2", "R3"]
        assert said in soup.find("header").get_text(), soup.find("header").get_text()
        assert "R1" not in soup.find(id="map").get_text()
        # two rounds only, R1 of one respondent: no rounds section, no path, the cover says why
        out = tmp_path / f"a-{lang}.html"
        assert run("report", alone, "-o", out, "--lang", lang).exit_code == 0
        soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
        assert soup.find(id="rounds") is None and soup.find(id="map").find("polyline") is None
        assert said in soup.find("header").get_text()


def test_an_earlier_round_of_one_respondent_is_shown_to_that_same_person(tmp_path: Path) -> None:
    folder = _rounds_of(tmp_path, {"R1": [("bocage-2022-dg", "dg")], "R2": [("bocage-2024-dg", "dg")]})
    out = tmp_path / "r.html"
    assert run("report", folder, "-o", out, "--lang", "en").exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    rows = soup.find(id="rounds").find("table").find("tbody").find_all("tr")
    assert [row.th.contents[0].strip() for row in rows] == ["R1", "R2"]
    assert "Not shown" not in soup.get_text()


def _uniform_rounds(tmp_path: Path, catalog, rounds: dict[str, list[tuple[str, str]]]):
    """The timeline of one organisation whose respondents (each at the highest or lowest answers,
    with a role) answered the rounds given, in order."""
    import assess
    from assess import pipeline
    from assess.rounds import timelines

    housing = catalog.questionnaire("housing", "2.0.0")
    for rnd, people in rounds.items():
        for i, (way, role) in enumerate(people):
            d = uniform(housing, way, org="o", role=role, rid=f"{rnd}-{i}", version="2.0.0")
            d["round"], d["date"] = rnd, f"{rnd}-06-01"
            (tmp_path / f"{rnd}-{i}.json").write_text(json.dumps(d), encoding="utf-8")
    people = [p for f in sorted(tmp_path.glob("*.json")) for p in assess.read_answers(f)]
    (tl,) = timelines(pipeline.organisations(catalog, people))
    return tl


def test_the_margin_of_a_round_of_fewer_than_the_minimum_does_not_tell_their_positions(tmp_path: Path, catalog) -> None:
    """A round of two beside a round of three who stand alike on a level: the margin is then
    t(1) x |a - b| / 2, which, with the round's mean, told every reader both positions of the two
    (a director at 100 and a field worker at 0 read as ± 635 beside 50). A round's spread is measured
    only from the minimum group size of respondents; below, a change is told as for one respondent."""
    from assess.report.compare import rounds_view
    from assess.rounds import shown_beside

    tl = _uniform_rounds(
        tmp_path, catalog, {"2022": [("max", "direction"), ("min", "field")], "2024": [("max", "field")] * 3}
    )
    for timeline in (tl, shown_beside(tl)[0]):
        changes = timeline.latest.changes
        assert all(c.margin is None and c.verdict == UNKNOWN for c in changes.values()), changes
    view = rounds_view(tl, catalog.questionnaire("housing", "2.0.0"), "en")  # why, without "a single respondent"
    assert "too few respondents" in view.sentence and "single" not in view.sentence, view.sentence
    # from the minimum group size in each round, the margin is measured
    assert judge([20, 40, 60], [30, 50, 70], same_people=False, min_size=3).margin is not None
    assert judge([20, 40], [30, 50, 70], same_people=False, min_size=3).margin is None


def test_the_portfolio_says_it_is_not_for_staff(tmp_path: Path) -> None:
    """The portfolio shows a round of one respondent and signals the reports leave out: the page says
    that it is the consultant's, in the language asked."""
    for lang, said in (("fr", "à ne pas remettre aux équipes"), ("en", "not for the organisations' staff")):
        out = tmp_path / f"p-{lang}.html"
        assert run("portfolio", EXAMPLES / "housing", "-o", out, "--lang", lang).exit_code == 0
        header = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select_one("header").get_text(" ")
        assert said in " ".join(header.replace("\u00a0", " ").split())


def test_the_margin_beside_a_round_that_stands_alike_does_not_tell_the_other_rounds_spread(
    tmp_path: Path, catalog
) -> None:
    """Three respondents, then three who all stand at one position: the margin was then
    t(2) x s / sqrt(3), the first round's spread itself, and with its mean and their own position,
    each of the three read the two others' positions. No spread is measured unless both rounds
    have one."""
    tl = _uniform_rounds(
        tmp_path,
        catalog,
        {"2022": [("max", "field"), ("max", "field"), ("min", "field")], "2024": [("max", "field")] * 3},
    )
    changes = tl.latest.changes
    assert all(c.margin is None and c.verdict == UNKNOWN for c in changes.values()), changes
    # with a spread in both rounds, the margin is measured
    assert judge([20, 40, 60], [30, 50, 71], same_people=False, min_size=3).margin is not None
    assert judge([20, 40, 60], [50, 50, 50], same_people=False, min_size=3).margin is None


def test_the_report_of_an_earlier_round_as_it_was_then(tmp_path: Path) -> None:
    """A consultant following an organisation over years could only make the report of its latest
    round: the 2024 report, to set beside the 2026 one or to print again, meant cutting the answers
    by hand. `--round 2024` makes it, with 2022 beside it and nothing of 2026."""
    out = tmp_path / "r2024.html"
    r = run("report", ROUNDS, "--round", "2024", "-o", out, "--lang", "en")
    assert r.exit_code == 0, r.stderr
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    text = soup.get_text(" ")
    assert "Round 2024, the latest of 2 rounds" in " ".join(text.split())
    table = soup.find(id="rounds")
    labels = [th.get_text(" ", strip=True).split()[0] for th in table.find_all("th", scope="row")]
    assert labels == ["2022", "2024"] and "2026" not in text
    latest = tmp_path / "latest.html"
    assert run("report", ROUNDS, "-o", latest, "--lang", "en").exit_code == 0
    assert "Round 2026, the latest of 3 rounds" in " ".join(
        BeautifulSoup(latest.read_text(), "html.parser").get_text(" ").split()
    )
    r = run("report", ROUNDS, "--round", "2025", "-o", tmp_path / "x.html", "--lang", "en")
    assert r.exit_code == 1 and "no round 2025 in these answers (rounds: 2022, 2024, 2026)" in r.stderr
    assert not (tmp_path / "x.html").exists()
    r = run("report", ROUNDS, "--round", "", "-o", tmp_path / "x.html", "--lang", "en")
    assert r.exit_code == 2 and "--round" in r.stderr, r.stderr
    one = sorted(ROUNDS.parent.glob("housing/*.json"))[0]  # answers of no round: said so, not "(rounds: -)"
    r = run("report", one, "--round", "2025", "-o", tmp_path / "x.html", "--lang", "en")
    assert r.exit_code == 1 and "no round 2025 in these answers: they name no round" in r.stderr, r.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_printed_portfolio_has_its_map_and_charts_under_its_title(tmp_path: Path, lang: str) -> None:
    """The portfolio's PDF printed its title alone on page 1 and the map and the charts on page 2:
    WeasyPrint sized each chart by its width before the columns shrank, and the whole block no
    longer fitted under the title. Page 1 now holds the title, the map, the charts and their key."""
    import shutil
    import subprocess

    from .test_report import needs_weasyprint

    needs_weasyprint()
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    pdf = tmp_path / "p.pdf"
    r = run("portfolio", EXAMPLES, "-o", tmp_path / "p.html", "--pdf", pdf, "--lang", lang)
    assert r.exit_code == 0, r.stderr
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    words = " ".join(first.split())
    map_title, last = {"fr": ("Carte des trajectoires", "P = Pratiques professionnelles"),
                       "en": ("Map of the trajectories", "P = Professional practices")}[lang]  # fmt: skip
    assert map_title in words and last in words, words[-600:]


@pytest.mark.parametrize(
    ("lang", "later", "earlier"),
    [
        ("fr", "Le tour 2026 a été fait avec une autre version majeure du questionnaire (2.0.0)\u00a0: il n'est pas "
         "comparé à celui-ci", "Les tours 2022 et 2024 ont été faits avec une autre version majeure du questionnaire "
         "(1.0.0)\u00a0: ils ne sont pas comparés à celui-ci"),
        ("en", "Round 2026 was answered with another major version of the questionnaire (2.0.0): it is not compared "
         "with this one", "Rounds 2022 and 2024 were answered with another major version of the questionnaire "
         "(1.0.0): they are not compared with this one"),
    ],
)  # fmt: skip
def test_rounds_of_another_major_version_are_named_as_not_compared(
    tmp_path: Path, lang: str, later: str, earlier: str
) -> None:
    """Bocage Habitat assessed in 2022 and 2024 with housing 1.0.0, in 2026 with 2.0.0: the 2026
    report said "Tour 2026", as if it were the organisation's first, and the 1.x one "the latest of
    2" with no word of 2026. Each now names the other version's rounds, on its cover and where its
    rounds are compared, and says why they are not compared."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for f in sorted((EXAMPLES / "rounds").glob("bocage-202[24]-*.json")):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    org = json.loads(next((EXAMPLES / "rounds").glob("bocage-2022-*.json")).read_text(encoding="utf-8"))["organisation"]
    for i, f in enumerate(sorted((EXAMPLES / "housing").glob("logeterre-*.json"))[:6]):
        doc = json.loads(f.read_text(encoding="utf-8"))
        doc.update(organisation=org, round="2026", date="2026-03-01")
        (folder / f"bocage-2026-{i}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "reports"
    r = run("report", folder, "--out-dir", out, "--lang", lang)
    assert r.exit_code == 0, r.output
    v1, v2 = (BeautifulSoup((out / f"bocage-habitat-housing-v{k}.html").read_text(encoding="utf-8"), "html.parser")
              for k in (1, 2))  # fmt: skip
    cover = [dd.get_text(" ", strip=True) for dd in v1.select("dl.facts dd")]
    assert any(later in c for c in cover), cover
    # "the latest of 2" of its version's rounds, not of the organisation's (2026 is later)
    latest = {
        "fr": "Tour 2024, le plus récent des 2 tours sur la version 1.",
        "en": "Round 2024, the latest of 2 rounds on version 1.",
    }
    assert any(c.startswith(latest[lang]) for c in cover), cover
    assert later in v1.find(id="rounds").get_text(" ", strip=True)
    cover = [dd.get_text(" ", strip=True) for dd in v2.select("dl.facts dd")]
    assert any(earlier in c for c in cover), cover
    assert earlier in v2.find(id="summary").get_text(" ", strip=True)


def test_the_cover_names_the_round_once(tmp_path: Path) -> None:
    """The cover read « Tour : Tour 2026, le plus récent de 3 » (« Round: Round 2026 »)."""
    for lang, said in (("fr", "<dt>Évaluation</dt><dd>Tour 2026, le plus récent des 3 tours</dd>"),
                       ("en", "<dt>Assessment</dt><dd>Round 2026, the latest of 3 rounds</dd>")):  # fmt: skip
        out = tmp_path / f"{lang}.html"
        assert run("report", ROUNDS, "-o", out, "--lang", lang).exit_code == 0
        assert said in out.read_text(encoding="utf-8")


def test_the_report_of_an_organisation_on_two_major_versions_is_of_its_latest_round(tmp_path: Path) -> None:
    """Bocage's rounds on 1.x and a 2027 round on 2.x: `assess report FOLDER` refused (« several major
    versions: give one, or --out-dir »), while `--round 2027` wrote the very report wanted. It writes
    that report, saying so; and `--round 2026`, the report as it was then, named the 2027 round on
    the other version, which came after."""
    folder = _bocage_with_a_2027_round_on_2x(tmp_path, "logemer")
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["report", str(folder), "-o", str(out), "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert "bocage-habitat: the report is of its latest round, 2027 (housing 2.x)" in " ".join(r.stderr.split())
    asked = tmp_path / "r27.html"
    assert runner.invoke(app, ["report", str(folder), "--round", "2027", "-o", str(asked)]).exit_code == 0
    assert out.read_bytes() == asked.read_bytes()
    then = tmp_path / "r26.html"
    assert (
        runner.invoke(app, ["report", str(folder), "--round", "2026", "-o", str(then), "--lang", "en"]).exit_code == 0
    )
    text = " ".join(BeautifulSoup(then.read_text(encoding="utf-8"), "html.parser").get_text(" ").split())
    assert "2027" not in text and "Round 2026, the latest of 3 rounds" in text, text[:600]


def test_a_change_the_portfolio_cannot_tell_from_new_respondents_is_marked(tmp_path: Path) -> None:
    """A round of one respondent, then one of three others: the report says the change cannot be told
    from a change of respondents, and the portfolio printed « −26 » exactly as a change within the
    margin. It marks it « ? », and its note says what the mark means."""
    folder = tmp_path / "a"
    folder.mkdir()
    files = sorted((EXAMPLES / "housing").glob("logeterre-*.json"))[:4]
    for i, f in enumerate(files):
        d = json.loads(f.read_text(encoding="utf-8"))
        d["round"], d["date"] = ("2024", "2024-03-01") if i == 0 else ("2026", "2026-03-01")
        (folder / f"{i}.json").write_text(json.dumps(d), encoding="utf-8")
    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(folder), "-o", str(out), "--lang", "en"])
    assert r.exit_code == 0, r.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    rows = soup.select("table.pf tbody tr")
    changes = [tr.select("td")[-2].get_text(" ", strip=True).replace("\u00a0", " ") for tr in rows]
    assert changes[0] == "" and changes[1].endswith(" ?"), changes
    note = " ".join(soup.get_text(" ").split())
    assert "? when that cannot be told (too few respondents or all at one position, and not the same people)" in note


def test_no_level_moved_is_not_followed_by_every_level_named_within_the_margin(tmp_path: Path) -> None:
    """Logemer's two rounds, one answer changed: « Depuis le tour 2024, aucun niveau n'a bougé plus que
    ce qu'un autre groupe… » was followed by « Sur « Contexte stratégique », … et « Pratiques
    professionnelles », l'évolution reste dans la marge », every level named after none was said to
    move. The levels within the margin are named only beside those that moved."""
    folder = tmp_path / "a"
    folder.mkdir()
    for i, f in enumerate(sorted((EXAMPLES / "housing").glob("logemer-*.json"))):
        d = json.loads(f.read_text(encoding="utf-8"))
        for rnd in ("2024", "2026"):
            d = {**d, "round": rnd, "date": f"{rnd}-03-01"}
            if rnd == "2026" and i == 0:
                d["answers"] = {**d["answers"], "str_goal": "presence_on_site"}
            (folder / f"{rnd}-{i}.json").write_text(json.dumps(d), encoding="utf-8")
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", str(folder), "-o", str(out), "--lang", "fr"]).exit_code == 0
    text = " ".join(BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").get_text(" ").split())
    text = text.replace("\u00a0", " ")
    assert "aucun niveau n'a bougé plus que" in text
    assert "l'évolution reste dans la marge" not in text, text[text.find("aucun niveau") :][:400]


def test_an_organisation_renamed_between_rounds_is_said(tmp_path: Path) -> None:
    """« Ville du Val-de-Marne » in 2023, « Ville de Fontenay-sur-Marne » in 2025: the portfolio named
    both rounds with the latest name, a table by organisation and the database each round with its
    own, and nothing said so (joined by name, they did not meet). Said, with the name the portfolio
    and the report use."""
    folder = tmp_path / "a"
    folder.mkdir()
    for i, f in enumerate(sorted((EXAMPLES / "municipality").glob("ville-val-de-marne-*.json"))[:6]):
        d = json.loads(f.read_text(encoding="utf-8"))
        rnd = "2023" if i < 3 else "2025"
        if rnd == "2025":
            d["organisation"] = {**d["organisation"], "name": "Ville de Fontenay-sur-Marne"}
        d["round"], d["date"] = rnd, f"{rnd}-03-01"
        (folder / f"{i}.json").write_text(json.dumps(d), encoding="utf-8")
    for command in (
        ["portfolio", str(folder), "-o", str(tmp_path / "p.html")],
        ["report", str(folder), "-o", str(tmp_path / "r.html")],
    ):
        r = runner.invoke(app, [*command, "--lang", "en"])
        said = " ".join(r.stderr.split())
        assert r.exit_code == 0 and "in its rounds (oldest first)" in said, r.stderr
        assert "name it 'Ville de Fontenay-sur-Marne'" in said, said
