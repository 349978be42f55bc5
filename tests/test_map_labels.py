"""The trajectory maps' labels (the report's and the portfolio's, placed by one rule): none covers
another or a point, none leaves the frame, whatever the points. Geometry only, in-process: the
boxes are those the placement gives (`label_box`), no page is rendered to a PDF."""

from __future__ import annotations

import functools
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assess.report.context import (
    MAP_BOTTOM,
    MAP_H,
    MAP_LEFT,
    MAP_RIGHT,
    MAP_TOP,
    MAP_W,
    MapPoint,
    label_box,
    map_x,
    map_y,
    place_labels,
)

from .conftest import EXAMPLES

LEFT, TOP, RIGHT, BOTTOM = MAP_LEFT, MAP_TOP, MAP_W - MAP_RIGHT, MAP_H - MAP_BOTTOM
GROUPS = ["direction", "encadrement", "terrain", "fonctions support", "direction + encadrement",
          "terrain + fonctions support", "direction + terrain", "encadrement + fonctions support",
          "direction + fonctions support", "encadrement + terrain", "direction + encadrement + terrain"]  # fmt: skip


def assert_clear(points: list[MapPoint], *, all_named: bool = True) -> None:
    """Every label inside the frame (so inside the drawing), on no other label and no point; a line
    ends on its own label's edge. Two labels may share one unit of height (rows 15 apart, boxes 14
    high: the boxes reach a little beyond the letters)."""
    boxes = []
    for p in points:
        b = label_box(p)
        if b is None:
            assert not all_named, f"{p.label!r} left without a label"
            continue
        x0, x1, y0, y1 = b
        assert x0 >= 0 and x1 <= MAP_W and y0 >= 0 and y1 <= MAP_H, (p.label, b)  # the viewBox
        assert x0 >= LEFT and x1 <= RIGHT and y0 >= TOP and y1 <= BOTTOM, (p.label, b)  # the frame
        for q in points:  # no label on a dot, its own included
            assert not (x0 - 5 < q.x < x1 + 5 and y0 - 5 < q.y < y1 + 5), (p.label, q.label)
        if p.leader is not None:
            lx, ly = p.leader
            assert x0 - 0.05 <= lx <= x1 + 0.05 and y0 - 0.05 <= ly <= y1 + 0.05, (p.label, p.leader, b)  # to 0.1
        boxes.append((p.label, b))
    for i, (a, (ax0, ax1, ay0, ay1)) in enumerate(boxes):
        for b, (bx0, bx1, by0, by1) in boxes[i + 1 :]:
            assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 + 1 or by1 <= ay0 + 1, (a, b)


def placed(points: list[MapPoint], lines=(), obstacles=()) -> list[MapPoint]:
    place_labels(points, RIGHT, lines, obstacles)
    return points


def points_at(spots: list[tuple[float, float]], main: str = "Organisation") -> list[MapPoint]:
    first, *rest = spots
    out = [MapPoint(main, map_x(first[0]), map_y(first[1]), *first, True)]
    return out + [MapPoint(g, map_x(x), map_y(y), x, y, False) for g, (x, y) in zip(GROUPS, rest, strict=False)]


@functools.cache
def _examples() -> tuple[list, list]:
    from assess import pipeline
    from assess.catalog import load_catalog
    from assess.rounds import timelines

    cat = load_catalog()
    scored, _ = pipeline.collect(cat, sorted(str(f) for f in EXAMPLES.rglob("*.json")), jobs=1)
    return cat, timelines(pipeline.organisations(cat, scored))


def test_the_examples_reports_and_portfolio_keep_their_labels_clear() -> None:
    """Each example's report map (Bocage with its two earlier rounds, their names once put at a fixed
    spot by their dots) and the portfolio of them all."""
    from assess.portfolio import build_portfolio
    from assess.report.context import build_report_context

    cat, tls = _examples()
    assert len(tls) == 7
    for tl in tls:
        q = cat.questionnaire(tl.questionnaire_id, tl.latest.members[0].sheet.questionnaire_version)
        ctx = build_report_context(q, tl.latest.members, "fr", history=tl)
        assert_clear([*ctx.map.points, *ctx.map.path])
        assert len(ctx.map.path) == len(tl.rounds) - 1
    pf = build_portfolio(tls, cat.questionnaire, cat.plan_for, "fr")
    marks = [
        MapPoint(p.label, p.x, p.y, 0, 0, False, p.label_x, p.label_y, p.leader, p.text, size=11) for p in pf.points
    ]
    rounds = [r for p in pf.points for r in p.path]
    assert [r.text for r in rounds] == ["2022", "2024"]
    assert_clear([*marks, *rounds])


# points a few units apart, as many groups as a questionnaire's roles can form, in every corner
CROWDS = {
    "centre": [(50 + (i % 4) * 1.5, 50 + (i // 4) * 1.5) for i in range(9)],
    "bottom-left": [(1 + (i % 3), 2 + (i // 3)) for i in range(9)],
    "bottom-right": [(99 - (i % 3), 1 + (i // 3)) for i in range(9)],
    "top-right": [(98 - (i % 2), 99 - (i // 2)) for i in range(9)],
    "one spot": [(30, 70)] * 9,
    "a column": [(80, 5 + 8 * i) for i in range(12)],
}


@pytest.mark.parametrize("case", sorted(CROWDS))
def test_crowded_labels_stay_apart_and_inside_the_frame(case: str) -> None:
    """Nine groups within a few units: the labels found no free side were pushed down one under
    another, out of the frame, over the axis' numbers and title and out of the drawing."""
    points = placed(points_at(CROWDS[case]))
    assert_clear(points)
    again = placed(points_at(CROWDS[case]))
    assert [(p.label_x, p.label_y, p.leader, p.text) for p in points] == [
        (p.label_x, p.label_y, p.leader, p.text) for p in again
    ]  # the same map each time


def test_a_portfolio_of_twenty_five_at_two_spots_and_their_rounds() -> None:
    """The portfolio's names (at 11 units) and rounds' (at 9): twelve organisations at one spot and
    thirteen at another, ran their names below the frame; a path's rounds named by their dots."""
    names = [MapPoint(f"Organisation numéro {i}", map_x(97 if i < 12 else 88), map_y(90 if i < 12 else 82),
                      0, 0, False, size=11) for i in range(25)]  # fmt: skip
    rounds = [MapPoint(y, map_x(x), map_y(d), x, d, False, size=9, earlier=True, limit=12)
              for y, x, d in (("2022", 96, 89), ("2024", 97, 91))]  # fmt: skip
    lines = [(rounds[0].x, rounds[0].y, rounds[1].x, rounds[1].y), (rounds[1].x, rounds[1].y, names[0].x, names[0].y)]
    assert_clear(placed([*names, *rounds], lines))


def test_the_rounds_names_keep_off_the_path_where_there_is_room() -> None:
    """Bocage's name sat on the dashed path coming to its point, and "2024" on the path's line."""
    main = MapPoint("Bocage Habitat", map_x(68), map_y(47), 68, 47, True)
    rounds = [MapPoint(y, map_x(x), map_y(d), x, d, False, size=12, earlier=True, limit=20)
              for y, x, d in (("2022", 25, 25), ("2024", 47, 40))]  # fmt: skip
    trail = [*rounds, main]
    lines = [(a.x, a.y, b.x, b.y) for a, b in itertools.pairwise(trail)]
    placed([main, *rounds], lines)
    from assess.report.context import _hits

    for p in (main, *rounds):
        box = label_box(p)
        assert box is not None and not any(_hits(seg, box) for seg in lines), p


def test_a_full_frame_leaves_a_label_off_rather_than_over_another() -> None:
    """Far more labels than the frame holds: those without room carry none, never one on another."""
    crowd = [MapPoint(f"groupe au nom assez long {i}", map_x(50), map_y(50), 50, 50, False) for i in range(30)]
    place_labels(crowd, RIGHT)
    assert_clear(crowd, all_named=False)
    assert 10 < sum(bool(p.text) for p in crowd) < 30  # a column of 18 rows, less those by the point


@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.tuples(st.floats(0, 100), st.floats(0, 100)),
    st.lists(st.tuples(st.floats(-6, 6), st.floats(-6, 6)), min_size=1, max_size=8),
    st.integers(0, 40),
)
def test_any_cluster_keeps_its_labels_clear(centre, offsets, name_length) -> None:
    cx, cy = centre
    spots = [centre] + [(min(100, max(0, cx + dx)), min(100, max(0, cy + dy))) for dx, dy in offsets]
    assert_clear(placed(points_at(spots, "Organisation " + "x" * name_length)))


def test_names_cut_alike_on_the_portfolio_map_keep_their_ends() -> None:
    """Communes named "Commune de Saint-Martin-de-…" all printed as the same cut name on the
    portfolio's map, which then told none of them apart. Names cut alike keep their last words; a
    name that fits, and two organisations of one name, print whole."""
    from assess.portfolio import NAME_MAX
    from assess.report.context import cut_label, distinct_cuts

    names = [
        *(f"Commune de Saint-Martin-de-{x}" for x in ("Ré", "Crau", "Valamas")),
        "Association d'insertion du Bocage vendéen", "Logemer", "Commune de Bellerive", "Commune de Bellerive",
    ]  # fmt: skip
    assert len({cut_label(n, NAME_MAX) for n in names[:3]}) == 1  # what the map printed
    cuts = distinct_cuts(names, NAME_MAX)
    assert len(set(cuts[:3])) == 3 and all(len(c) <= NAME_MAX for c in cuts), cuts
    assert [c.split("\u2026 ")[-1] for c in cuts[:3]] == ["Martin-de-Ré", "Martin-de-Crau", "de-Valamas"]
    assert cuts[3:] == [cut_label(names[3], NAME_MAX), "Logemer", "Commune de Bellerive", "Commune de Bellerive"]


def test_the_examples_labels_keep_off_the_depth_stages_lines() -> None:
    """Val-de-Marne's name was printed on the dashed line between two depth stages, as if struck
    through: the lines are kept off as the rounds' paths are, where there is room (in every bundled
    example's map there is)."""
    from assess.report.context import build_report_context

    cat, tls = _examples()
    for tl in tls:
        q = cat.questionnaire(tl.questionnaire_id, tl.latest.members[0].sheet.questionnaire_version)
        ctx = build_report_context(q, tl.latest.members, "fr", history=tl)
        edges = [y for y, _, _ in ctx.map.stages[1:]]
        for p in [*ctx.map.points, *ctx.map.path]:
            b = label_box(p)
            assert b is None or not any(b[2] < y < b[3] for y in edges), (tl.organisation_id, p.label, b, edges)
