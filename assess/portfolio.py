"""A consultant's portfolio: every organisation followed, on one page (pure, no I/O).

    timelines (rounds.py) --build_portfolio (here)--> PortfolioContext --portfolio.html--> one page

One row per organisation and round, grouped by sector; the trajectory map with one point per
organisation (its latest round) and its path over rounds; each level's distribution across the
portfolio (latest rounds). Texts come from the one catalogue (`portfolio.` keys).
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .i18n import level_names, sector_label, t
from .model import Questionnaire
from .plan import Plan
from .report.compare import round_label, signed
from .report.context import (
    MAP_H,
    MAP_W,
    MapPoint,
    dates_text,
    distinct_cuts,
    format_date,
    label_box,
    map_frame,
    map_x,
    map_y,
    place_labels,
    text_width,
)
from .rounds import CHANGE, OVERALL, UNKNOWN, Timeline, order_rounds
from .scoring import band
from .shown import whole
from .texts import counted, section
from .vocab import LEVEL_IDS, Lang

TEXTS: dict[str, dict[str, str]] = section("portfolio")
SORTS = ("name", "position", "trajectory")
NAME_MAX = 28  # an organisation's name on the map, in characters (the table has it whole)
SHORTER_NAMES = (18, 12)  # a name left off the map for lack of room is tried again at these lengths
LABELLED_POINTS = 25  # beyond this many organisations the map's points carry no name (the table does)
BINS = 10  # a level's distribution: ten bands of ten points
SHAPES = ("circle", "square", "diamond", "triangle")  # one per sector, in the order met
TOP_SIGNALS = 2
TRAJECTORY_ORDER = {"digital": 0, "hybrid": 1, "socio-professional": 2, "undetermined": 3}


@dataclass
class PortfolioRow:
    organisation: str  # its name (on every row, so that a row read alone on a new page says whose it is)
    organisation_id: str
    round: str
    dates_text: str
    respondents: int
    levels: dict[str, str]  # level id -> position as text ("—": insufficient)
    position: str
    trajectory: str  # id, for the row's class
    trajectory_label: str
    hinge: str  # "oui" when the hinge rule capped the label, else ""
    disagreement: str  # the levels respondents disagree on, "n.c." when not computed, "" for none
    signals: list[str]  # titles of the main signals
    change: str  # the overall position's change since the round before ("+12 ●"), "" for a first round
    first: bool  # the organisation's first row (its name in bold; the next rows repeat it in small)


@dataclass
class SectorGroup:
    id: str  # questionnaire id
    label: str  # its sector in words
    title: str  # the questionnaire's title
    shape: str
    rows: list[PortfolioRow]

    @property
    def organisations(self) -> int:
        """Its organisations, each once (one on two major versions has a row set for each)."""
        return len({row.organisation_id for row in self.rows})


@dataclass
class PortfolioPoint:
    label: str
    sector: str
    shape: str
    x: float
    y: float
    path: list[MapPoint]  # earlier rounds placed on the map, oldest first, each named by its round
    trajectory: str
    label_x: float = 0.0  # where its name goes (names kept apart), when the map is labelled
    text: str = ""  # its name as printed: cut at a word beyond NAME_MAX characters (`cut_label`)
    label_y: float = 0.0
    leader: tuple[float, float] | None = None  # where a line from it meets its name, pushed away
    # the box its name covers (x0, x1, y0, y1), painted light under it: a name the placer could only
    # put across a path stays readable
    label_box: tuple[float, float, float, float] | None = None


@dataclass
class Distribution:
    level: str
    name: str
    bins: list[int]  # organisations per band of ten points (0-10, ..., 90-100)
    bands: list[str]  # each bin's trajectory band, by its middle and the file's thresholds
    peak: int
    placed: int  # organisations with a position on this level
    insufficient: int
    median: float | None


@dataclass
class PortfolioContext:
    lang: Lang
    t: dict[str, str]
    generated_on: str | None
    organisations: int
    respondents: int
    rounds: int  # organisation-rounds scored
    trajectories: list[tuple[str, str, int]]  # (id, label, organisations at their latest round)
    levels: list[tuple[str, str, str]]  # (id, short letter, name)
    sectors: list[SectorGroup]
    by_sector: bool
    sort: str
    map_width: int
    map_height: int
    map_bands: list[tuple[float, float, str, str]]
    ticks: list[float]  # the distributions' axis: the poles and the trajectory bands' thresholds
    map_stages: list[tuple[float, str, float]]
    map_plot: tuple[float, float, float, float]
    points: list[PortfolioPoint]
    labelled: bool  # the points carry names (at most `label_limit` organisations placed)
    label_limit: int
    unplaced: int  # organisations whose latest round has no position or no depth
    unnamed: str  # on a labelled map, the organisations whose name found no room (said in words), or ""
    distributions: list[Distribution]
    map_description: str
    footer: str  # the printed pages' footer


_SHORT = {"strategy": "S", "reorganisation": "R", "data_access": "D", "practices": "P"}


def build_portfolio(
    timelines: Sequence[Timeline],
    questionnaire: Callable[[str, str], Questionnaire],
    plan: Callable[[str, str], Plan],
    lang: Lang,
    *,
    sort: str = "name",
    by_sector: bool = True,
    generated_on: str | None = None,
) -> PortfolioContext:
    """The portfolio page's data. `questionnaire(id, version)` and `plan(id, version)` give the
    questionnaire and plan that scored a round (the catalogue's)."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    tx = TEXTS[lang]
    first_q: Questionnaire | None = None
    asked: dict[tuple[str, str], Plan] = {}  # those of the latest rounds: they name the levels
    shapes: dict[str, str] = {}
    groups: dict[str, SectorGroup] = {}
    points: list[PortfolioPoint] = []
    unplaced = 0

    def order(tl: Timeline) -> tuple[Any, ...]:
        res = tl.latest.result
        if sort == "position":
            return (res.placement.position is None, -(res.placement.position or 0), tl.name.lower())
        if sort == "trajectory":
            return (TRAJECTORY_ORDER.get(res.placement.trajectory, 9), res.placement.position or 0, tl.name.lower())
        return (tl.name.lower(), tl.organisation_id)

    # an organisation followed on two major versions of its questionnaire has a timeline for each
    # (their scores are not comparable): each named with its version, counted once
    per_org = Counter((tl.organisation_id, tl.questionnaire_id) for tl in timelines)

    def name_of(tl: Timeline) -> str:
        if per_org[(tl.organisation_id, tl.questionnaire_id)] > 1:
            return tx["on_major"].format(name=tl.name, major=tl.major)
        return tl.name

    # ...and is placed, counted and binned once, at its latest round (the timeline that holds it)
    by_org: dict[str, list[Timeline]] = {}
    for tl in timelines:
        by_org.setdefault(tl.organisation_id, []).append(tl)
    current = set()
    for tls in by_org.values():
        last = order_rounds([(tl.latest.label, tl.latest.result.dates) for tl in tls])[-1]
        current.add(id(tls[last]))

    for tl in sorted(timelines, key=order):
        res = tl.latest.result
        q = questionnaire(res.questionnaire_id, res.questionnaire_version)
        first_q = first_q or q
        asked.setdefault((q.id, q.version), plan(q.id, q.version))
        gid = tl.questionnaire_id if by_sector else ""
        if tl.questionnaire_id not in shapes:
            shapes[tl.questionnaire_id] = SHAPES[len(shapes) % len(SHAPES)]
        if gid not in groups:
            label = sector_label(q.sector, lang).capitalize() if by_sector else tx["all"]
            shape = shapes[tl.questionnaire_id] if by_sector else ""
            groups[gid] = SectorGroup(gid, label, q.title[q.text_language(lang)] if by_sector else "", shape, [])
        g = groups[gid]
        for i, r in enumerate(tl.rounds):
            rr = r.result
            rq = questionnaire(rr.questionnaire_id, rr.questionnaire_version)
            flagged = [_SHORT[d.level] for d in rr.disagreement or () if d.flagged]
            overall = r.changes.get(OVERALL)
            change = ""
            if overall is not None and overall.delta is not None:
                # ● a change; ? one that cannot be told from a change of respondents (the report says so
                # in words: the same figure with no mark read as one within the margin)
                change = signed(overall) + {CHANGE: " ●", UNKNOWN: " ?"}.get(overall.verdict, "")
            elif i == 0 and any(o.major < tl.major for o in by_org[tl.organisation_id]
                                if o.questionnaire_id == tl.questionnaire_id):  # fmt: skip
                change = tx["new_major"]  # its rounds on the older version are not compared with this one
            g.rows.append(
                PortfolioRow(
                    organisation=name_of(tl),
                    organisation_id=tl.organisation_id,
                    round=round_label(r.label, lang) if (len(tl.rounds) > 1 or r.label) else "",
                    dates_text=dates_text(rr.dates, lang),
                    respondents=rr.respondents,
                    levels={lv: whole(rr.levels[lv].position) for lv in LEVEL_IDS},
                    position=whole(rr.placement.position),
                    trajectory=rr.placement.trajectory,
                    trajectory_label=t(rr.placement.trajectory, lang).split(",")[0],
                    hinge=tx["yes"] if rr.placement.hinge else "",
                    disagreement=tx["not_computed"] if rr.disagreement is None else ", ".join(flagged),
                    signals=[rq.signal(s.id).title[rq.text_language(lang)] for s in rr.signals[:TOP_SIGNALS]],
                    change=change,
                    first=i == 0,
                )
            )
        if id(tl) not in current:
            continue
        pos, depth = res.placement.position, res.depth_score
        if pos is None or depth is None:
            unplaced += 1
            continue
        path = [  # each earlier round named by its dot: a path's bare start read as a neighbour's
            MapPoint(round_label(r.label, lang), map_x(p), map_y(dd), p, dd, False, size=9, earlier=True, limit=12)
            for r in tl.rounds[:-1]
            if (p := r.result.placement.position) is not None and (dd := r.result.depth_score) is not None
        ]
        points.append(
            PortfolioPoint(
                name_of(tl), tl.questionnaire_id, shapes[tl.questionnaire_id], map_x(pos), map_y(depth), path,
                res.placement.trajectory,
            )
        )  # fmt: skip

    if first_q is None:
        raise ValueError("a portfolio needs at least one organisation")
    latest = [tl.latest.result for tl in timelines if id(tl) in current]
    any_plan = plan(latest[0].questionnaire_id, latest[0].questionnaire_version)
    bands, stages, plot = map_frame(any_plan, first_q, lang)
    names = level_names(asked.values(), lang)
    distributions = []
    width = 100 / BINS
    bin_bands = [band(any_plan, (i + 0.5) * width) for i in range(BINS)]
    for lv in LEVEL_IDS:
        known = sorted(p for r in latest if (p := r.levels[lv].position) is not None)
        bins = [0] * BINS
        for p in known:
            bins[min(BINS - 1, int(p // width))] += 1
        mid = statistics.median(known) if known else None
        distributions.append(
            Distribution(
                lv, names[lv], bins, bin_bands, max(bins) or 1, len(known), len(latest) - len(known),
                None if mid is None else round(mid, 1),
            )
        )  # fmt: skip
    _place_labels(points, plot[2])
    labelled = len(points) <= LABELLED_POINTS
    nameless = [pt.label for pt in points if not pt.text] if labelled else []
    unnamed = counted(len(nameless), "portfolio.map_unnamed", lang, names=", ".join(nameless)) if nameless else ""
    counts = Counter(r.placement.trajectory for r in latest)
    trajectories = [(k, t(k, lang).split(",")[0], counts[k]) for k in TRAJECTORY_ORDER if counts[k]]
    description = counted(
        len(points),
        "portfolio.map_description",
        lang,
        parts=", ".join(f"{label} : {n}" if lang == "fr" else f"{label}: {n}" for _, label, n in trajectories),
    )
    return PortfolioContext(
        lang=lang,
        t=tx,
        generated_on=format_date(generated_on, lang) if generated_on else None,  # in words, as the answers' dates
        organisations=len({tl.organisation_id for tl in timelines}),
        respondents=sum(r.result.respondents for tl in timelines for r in tl.rounds),
        rounds=sum(len(tl.rounds) for tl in timelines),
        trajectories=trajectories,
        levels=[(lv, _SHORT[lv], names[lv]) for lv in LEVEL_IDS],
        sectors=sorted(groups.values(), key=lambda g: g.label),
        by_sector=by_sector,
        sort=sort,
        map_width=MAP_W,
        map_height=MAP_H,
        map_bands=bands,
        ticks=[0, any_plan.digital_below, any_plan.socio_professional_from, 100],
        map_stages=stages,
        map_plot=plot,
        points=points,
        labelled=labelled,
        label_limit=LABELLED_POINTS,
        unplaced=unplaced,
        unnamed=unnamed,
        distributions=distributions,
        map_description=description,
        footer=tx["footer"],
    )


def _place_labels(points: list[PortfolioPoint], right: float) -> None:
    """The organisations' names (up to `LABELLED_POINTS` of them) and their earlier rounds' (as many
    at most), placed together by the report map's rule (`place_labels`), kept off the paths; a point
    or a round without a name is still kept clear. A name that found no room is tried again shorter
    (`SHORTER_NAMES`); one left off even then is said in the caption (`unnamed`)."""
    labelled = len(points) <= LABELLED_POINTS
    rounds = [r for pt in points for r in pt.path]
    named_rounds = len(rounds) <= LABELLED_POINTS
    names = distinct_cuts([pt.label for pt in points], NAME_MAX)
    marks = [MapPoint(name, pt.x, pt.y, 0.0, 0.0, False, size=11) for pt, name in zip(points, names, strict=True)]
    trails = [[(q.x, q.y) for q in pt.path] + [(pt.x, pt.y)] for pt in points if pt.path]
    lines = [(*a, *b) for trail in trails for a, b in itertools.pairwise(trail)]
    obstacles = [] if labelled else [(pt.x, pt.y) for pt in points]
    if not named_rounds:
        obstacles += [(r.x, r.y) for r in rounds]
        for r in rounds:
            r.text = ""
    for shorter in (*SHORTER_NAMES, 0):  # a name that found no room is tried again, shorter
        place_labels([*(marks if labelled else []), *(rounds if named_rounds else [])], right, lines, obstacles)
        missing = [m for m in marks if not m.text] if labelled else []
        if not missing or not shorter:
            break
        for m in missing:
            m.limit = shorter
    if labelled:
        for pt, m in zip(points, marks, strict=True):
            pt.label_x, pt.label_y, pt.leader, pt.text = m.label_x, m.label_y, m.leader, m.text
            if box := label_box(m):  # as wide as the letters, not the placer's safe estimate
                pt.label_box = (box[0], box[0] + text_width(m, m.text), *box[2:])
