"""What a report sets beside the organisation's latest round: its earlier rounds (rounds.py), and its
sector's peers (a benchmark that names none of them).

    Timeline --rounds_view--> RoundsView (a row per round, each level's change and its verdict)
    peers' OrganisationResults --benchmark_view--> BenchmarkView (quartiles per level, own mark)
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import AssessError, Problem
from ..i18n import t
from ..model import Questionnaire
from ..organisation import OrganisationResult
from ..plan import major_of
from ..rounds import CHANGE, NOT_COMPARABLE, OVERALL, UNKNOWN, WITHIN_MARGIN, Change, Timeline
from ..shown import change, semicolons, whole
from ..texts import counted
from ..vocab import LEVEL_IDS, Lang
from .texts import TEXTS, quoted_list

BENCHMARK_MIN_PEERS = 5  # fewer peers and one of them could be recognised: no benchmark


def signed(c: Change) -> str:
    """A change as printed: the difference of the two figures printed beside it (shown.py), signed."""
    v = change(c.before, c.after)
    if v is None:
        return "—"
    return "0" if v == 0 else f"+{v}" if v > 0 else f"−{-v}"


@dataclass
class ChangeView:
    delta: str  # "+12", "−3", "0" or "—"
    verdict: str  # rounds.CHANGE, WITHIN_MARGIN, UNKNOWN, NOT_COMPARABLE
    verdict_label: str  # the verdict in words
    margin: str  # "± 9" or ""


@dataclass
class RoundRow:
    label: str  # the round's label ("sans libellé" when the answers carry none)
    dates_text: str
    respondents: int
    positions: dict[str, str]  # level id -> position as text ("—" when insufficient)
    overall: str
    trajectory_label: str
    changes: dict[str, ChangeView]  # level id or "overall" -> change against the round before (none first)


@dataclass
class RoundsView:
    levels: list[tuple[str, str]]  # (level id, name), in the study's order
    rows: list[RoundRow]  # oldest first
    sentence: str  # what moved between the last two rounds, in words
    note: str  # how a change is judged


def round_label(label: str, lang: Lang) -> str:
    return label or TEXTS[lang]["round_unlabelled"]


def _change_view(c: Change, lang: Lang) -> ChangeView:
    tx = TEXTS[lang]
    margin = "" if c.margin is None or c.verdict == NOT_COMPARABLE else f"± {whole(c.margin)}"
    return ChangeView(signed(c), c.verdict, tx[f"verdict_{c.verdict}"], margin)


def rounds_view(timeline: Timeline, q: Questionnaire, lang: Lang) -> RoundsView:
    """The organisation's rounds side by side, for the report of its latest round."""
    from .context import dates_text

    tx = TEXTS[lang]
    names = {lv: q.level(lv).name[lang] for lv in LEVEL_IDS}
    rows = []
    for r in timeline.rounds:
        res = r.result
        rows.append(
            RoundRow(
                label=round_label(r.label, lang),
                dates_text=dates_text(res.dates, lang) or tx["no_date"],
                respondents=res.respondents,
                positions={lv: whole(res.levels[lv].position) for lv in LEVEL_IDS},
                overall=whole(res.placement.position),
                trajectory_label=t(res.placement.trajectory, lang).split(",")[0],
                changes={k: _change_view(c, lang) for k, c in r.changes.items()},
            )
        )
    last, prev = timeline.rounds[-1], timeline.rounds[-2]
    moved = [c for k, c in last.changes.items() if k != OVERALL and c.verdict == CHANGE]
    unknown = all(c.verdict in (UNKNOWN, NOT_COMPARABLE) for c in last.changes.values())
    since = round_label(prev.label, lang)
    if moved:
        parts = []
        for c in moved:  # by the figures printed; a clear change inside one printed point says so
            points = abs(change(c.before, c.after) or 0)
            way = "rounds_up" if (c.delta or 0) > 0 else "rounds_down"
            if points:  # "1 point", "19 points"
                parts.append(counted(points, "report." + way, lang, name=names[c.level]))
            else:
                parts.append(tx[way + "_less"].format(name=names[c.level]))
        sentence = tx["rounds_moved"].format(since=since, parts=semicolons(parts, lang))
    elif unknown:
        sentence = tx["rounds_unknown"].format(since=since)
    else:
        sentence = tx["rounds_still"].format(since=since)
    within = [names[k] for k, c in last.changes.items() if k != OVERALL and c.verdict == WITHIN_MARGIN and c.delta]
    # beside the levels that moved, those that stayed within the margin, quoted as they are; when none
    # moved, « aucun niveau n'a bougé… » has said it (naming all four after it read as a contradiction)
    if within and moved:
        sentence += " " + tx["rounds_within"].format(names=quoted_list(within, lang))
    note = tx["rounds_note"].format(min=timeline.min_group_size)
    return RoundsView([(lv, names[lv]) for lv in LEVEL_IDS], rows, sentence, note)


# --- benchmark ---------------------------------------------------------------------------------


@dataclass
class BenchmarkLevel:
    id: str  # a level id, or "overall"
    name: str
    own: float | None
    peers: int  # peers with a position on this level
    shown: bool  # at least BENCHMARK_MIN_PEERS peers and an own position: the box is drawn
    q1: float = 0.0
    median: float = 0.0
    q3: float = 0.0
    below: int = 0  # peers strictly below the organisation
    sentence: str = ""


@dataclass
class BenchmarkView:
    peers: int
    levels: list[BenchmarkLevel]  # the four levels, then the overall position
    intro: str
    note: str


def benchmark_view(
    own: OrganisationResult, peers: Sequence[OrganisationResult], q: Questionnaire, lang: Lang, min_group: int = 1
) -> BenchmarkView:
    """Where the organisation stands among its sector's peers (their latest rounds), or AssessError
    when there are fewer than BENCHMARK_MIN_PEERS. Peers are shown only as quartiles, never by
    name; a quartile may be one peer's own position (the median of an odd number of peers is), so a
    peer counts only with at least `min_group` respondents (the plan's minimum group size): its
    figures are then never one person's."""
    tx = TEXTS[lang]
    # peers of the same questionnaire and major version: another major version is another
    # instrument, whose positions are not comparable (housing 1.0 and its redesign 2.0)
    major = major_of(own.questionnaire_version)
    others = [
        p
        for p in peers
        if p.organisation_id != own.organisation_id
        and p.questionnaire_id == own.questionnaire_id
        and major_of(p.questionnaire_version) == major
        and p.respondents >= min_group
    ]
    if len(others) < BENCHMARK_MIN_PEERS:
        raise AssessError(
            Problem(
                own.organisation_id,
                # the questionnaire by its title, in the report's language, not by its id ("housing 2.x")
                f"no benchmark: it needs at least {BENCHMARK_MIN_PEERS} other organisations, each of at least "
                f"{min_group} respondents, that answered the questionnaire \u201c{q.title[lang]}\u201d (version "
                f"{major}), found {len(others)}",
            )
        )
    levels = []
    for lv in (*LEVEL_IDS, OVERALL):
        name = tx["position"] if lv == OVERALL else q.level(lv).name[lang]

        def pos(r: OrganisationResult, lv: str = lv) -> float | None:
            return r.placement.position if lv == OVERALL else r.levels[lv].position

        values = sorted(p for r in others if (p := pos(r)) is not None)
        mine = pos(own)
        bl = BenchmarkLevel(lv, name, mine, len(values), len(values) >= BENCHMARK_MIN_PEERS and mine is not None)
        if bl.shown and mine is not None:
            bl.q1, bl.median, bl.q3 = (round(x, 1) for x in statistics.quantiles(values, n=4, method="inclusive"))
            bl.below = sum(v < mine for v in values)
            # "above 0 of the 8" reads as nothing: below them all (or above them all) said so
            key = "bench_lowest" if bl.below == 0 else "bench_highest" if bl.below == len(values) else "bench_sentence"
            bl.sentence = tx[key].format(
                name=name, own=whole(mine), below=bl.below, n=len(values), median=whole(bl.median)
            )
        else:
            bl.sentence = tx["bench_too_few"].format(name=name, min=BENCHMARK_MIN_PEERS)
        levels.append(bl)
    intro = tx["bench_intro"].format(n=len(others), sector=q.title[lang])
    note = tx["bench_note"].format(min=BENCHMARK_MIN_PEERS, group=min_group)
    return BenchmarkView(len(others), levels, intro, note)
