"""The portfolio as printed pages: what a consultant following dozens of organisations saw on paper."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from typer.testing import CliRunner

from assess.cli import app

from .conftest import EXAMPLES
from .test_rounds import _bocage_with_a_2027_round_on_2x

runner = CliRunner()


def _bocage_on_two_major_versions(tmp_path: Path) -> Path:
    """Bocage's rounds on housing 1.x, and a 2027 round on 2.x (five of Logeterre's answers, renamed)."""
    return _bocage_with_a_2027_round_on_2x(tmp_path, "logeterre")


def _rows(html: Path) -> list:
    return BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select("table.pf tbody tr")


def test_an_organisation_on_two_versions_is_named_in_french_on_a_french_page(tmp_path: Path) -> None:
    """A French portfolio named the organisation "Bocage Habitat (housing 1.x)" and "(housing 2.x)":
    the questionnaire's machine id, an English word, in a French table. Its version tells the two
    apart; the sector is the table's heading."""
    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(_bocage_on_two_major_versions(tmp_path)), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    names = {tr.find("th").get_text(" ", strip=True) for tr in _rows(out)}
    assert names == {"Bocage Habitat (version\u00a01)", "Bocage Habitat (version\u00a02)"}, names
    assert "housing" not in BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").body.get_text()


def test_the_new_version_note_wraps_inside_its_narrow_column(tmp_path: Path) -> None:
    """The note "nouv. version" in the change column (5 % of the page) was printed on one line, as the
    figures beside it are (`td.num` never wraps), and ran over the first signal's title: "nouv.
    versionPersonne ne relie les outils…". The note is set to wrap, in smaller type."""
    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(_bocage_on_two_major_versions(tmp_path)), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    cells = [tr.select("td")[-2] for tr in _rows(out)]
    note = [td for td in cells if td.get_text(strip=True) == "nouv. version"]
    assert len(note) == 1 and "chg-note" in note[0]["class"], note
    assert all("chg-note" not in td["class"] for td in cells if td is not note[0])
    style = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").style.get_text()
    assert "td.chg-note { white-space: normal;" in style


def test_a_compound_place_name_is_cut_at_its_hyphens_on_the_map(tmp_path: Path) -> None:
    """With 22 organisations, the map printed "Ville de…" for Ville de Saint-Médard-en-Jalles and
    "Commune de…" for Commune de Saint-Rémy-de-Provence: only spaces were places to cut, and a French
    commune's name is one hyphenated word. Its parts are words: the map keeps as much as fits."""
    from assess.portfolio import NAME_MAX
    from assess.report.context import cut_label

    assert cut_label("Ville de Saint-Médard-en-Jalles", NAME_MAX) == "Ville de Saint-Médard-en\u2026"
    assert cut_label("Commune de Saint-Rémy-de-Provence", NAME_MAX) == "Commune de Saint-Rémy-de\u2026"
    assert cut_label("Bilan 2021-2026 de la commune de Bellerive", 14) == "Bilan\u2026"  # not inside a number
    assert cut_label("Ville du Val-de-Marne (27 000 habitants)", NAME_MAX) == "Ville du Val-de-Marne\u2026"
    folder = tmp_path / "pf"
    folder.mkdir()
    for f in sorted((EXAMPLES / "municipality").glob("bellerive-*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        d["organisation"]["name"] = "Ville de Saint-Médard-en-Jalles"
        (folder / f.name).write_text(json.dumps(d), encoding="utf-8")
    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(folder), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    labels = [t.get_text() for t in BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select("svg text")]
    assert "Ville de Saint-Médard-en\u2026" in labels, labels


def test_a_name_on_the_map_is_painted_over_the_paths_it_lies_on(tmp_path: Path) -> None:
    """With 22 organisations and their paths, the placer found no room off the paths for every name
    (as its rule allows, it then puts a name across one): "Toit et Joie – Poste Habitat" was printed
    with two dashed paths through its letters. Each name now has a light box under it, as wide as
    its letters."""
    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(EXAMPLES / "rounds"), str(EXAMPLES / "housing"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    svg = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select_one("figure.pf-map svg")
    names = [t for t in svg.find_all("text") if t.get("font-size") == "11" and t.get_text()]
    halos = svg.select("rect.halo")
    assert len(names) == 3 and len(halos) == len(names), (names, halos)
    elements = svg.find_all(True)
    for name, halo in zip(names, halos, strict=True):
        x, y, w, h = (float(halo[k]) for k in ("x", "y", "width", "height"))
        assert x < float(name["x"]) < x + 2 and y < float(name["y"]) < y + h, (name, halo)
        assert 5 * len(name.get_text()) < w < 8 * len(name.get_text()), (name.get_text(), w)
        assert elements.index(halo) < elements.index(name)  # under it
    paths = [e for e in elements if e.name == "polyline"]
    assert paths and all(elements.index(p) < elements.index(halos[0]) for p in paths)  # over the paths


SAINTS = (
    "Martin",
    "Rémy",
    "Denis",
    "Paul",
    "Jean",
    "Marc",
    "Luc",
    "Pierre",
    "Louis",
    "Roch",
    "Gilles",
    "Julien",
    "Hilaire",
    "Aubin",
    "Cyr",
    "Genis",
    "Sever",
    "Vit",
    "Yrieix",
    "Amand",
    "Omer",
    "Quentin",
    "Brieuc",
    "Malo",
    "Lô",
)
COMMUNES = [f"Commune de Saint-{saint}-sur-Loire" for saint in SAINTS]  # fmt: skip


def _crowded_points() -> list:
    """Twenty-five communes in the hybrid band, each with its path from a round two years before."""
    import random

    from assess.portfolio import PortfolioPoint
    from assess.report.context import MapPoint, map_x, map_y

    rnd = random.Random(4)
    points = []
    for name in COMMUNES:
        x, y = 40 + rnd.uniform(0, 20), 35 + rnd.uniform(0, 30)
        path = [MapPoint("2024", map_x(x - 15), map_y(y - 20), 0, 0, False, size=9, earlier=True, limit=12)]
        points.append(PortfolioPoint(name, "municipality", "circle", map_x(x), map_y(y), path, "hybrid"))
    return points


def test_a_name_that_finds_no_room_on_the_map_is_tried_again_shorter() -> None:
    """Twenty-five communes with their paths in the hybrid band: the map, labelled up to 25 organisations,
    left some of them without any name (the placer drops a name that finds no room), and nothing said
    which. Such a name is tried again, shorter: every mark has one."""
    from assess.portfolio import _place_labels
    from assess.report.context import MAP_RIGHT, MAP_W

    points = _crowded_points()
    _place_labels(points, MAP_W - MAP_RIGHT)
    assert all(pt.text for pt in points), [(pt.label, pt.text) for pt in points]
    for pt in points:
        assert pt.text == pt.label or (pt.text.endswith("\u2026") and pt.label.startswith(pt.text[:-1])), pt.text


def test_names_the_map_could_not_print_are_listed_under_it(tmp_path: Path, monkeypatch) -> None:
    """When a name finds no room even shortened, the caption names the organisation: the map had
    said nothing of the marks it left without a name."""
    import assess.portfolio as pf

    placed = pf.place_labels

    def crowded(points, *args, **kwargs):  # the first organisation never finds room
        placed(points, *args, **kwargs)
        points[0].text = ""

    monkeypatch.setattr(pf, "place_labels", crowded)
    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(EXAMPLES / "housing"), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    names = [t.get_text() for t in soup.select("figure.pf-map svg text") if t.get("font-size") == "11"]
    caption = soup.select_one("figure.pf-map p.small").get_text()
    assert len(names) == 1 and names[0] in ("Logemer", "Logeterre"), names
    other = ({"Logemer", "Logeterre"} - set(names)).pop()
    assert f"Faute de place, la carte ne nomme pas une organisation\u00a0: {other}." in caption, caption


def test_a_mark_at_full_depth_leaves_the_band_titles_whole(tmp_path: Path) -> None:
    """Of 56 organisations, several stood at depth 100, on the frame's top edge: their marks (5 to 6
    units above their centre) covered the foot of "hybride" and "socio-professionnelle", printed 6
    units above the frame. The titles stand clear of the tallest mark, descenders included."""
    from assess.report.context import MAP_TOP

    out = tmp_path / "pf.html"
    r = runner.invoke(app, ["portfolio", str(EXAMPLES / "housing"), "-o", str(out), "--lang", "fr"])
    assert r.exit_code == 0, r.output
    svg = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select_one("figure.pf-map svg")
    titles = [t for t in svg.find_all("text") if t.get("font-size") == "13.5" and float(t["y"]) < MAP_TOP]
    assert [t.get_text() for t in titles] == ["numérique", "hybride", "socio-professionnelle"]
    tallest_mark = 6  # the diamond and the triangle reach 6 units above their point
    for t in titles:
        size = float(t["font-size"])
        assert float(t["y"]) + 0.24 * size < MAP_TOP - tallest_mark, t  # DejaVu Sans' descender
        assert float(t["y"]) - 0.76 * size >= 0, t  # and its ascender inside the drawing
