"""An organisation over assessment rounds: each round is scored on its own, then rounds are
compared, never averaged (pure, no I/O).

    organisations (one per round, pipeline.organisations) --timelines (here)--> Timeline

A round is the answers' optional `"round"` label ("2026", "T1"); answers without one form the
organisation's only round (label ""). Rounds are put in order by their answers' earliest date when
every round has a date, else by their labels read as text with numbers ("T2" before "T10").

How a change is judged (docs/method.md, "Rounds"): a level's change between two rounds is set
against what a different set of respondents alone could explain. With at least the minimum group
size of respondents in each round (and two), that margin is Welch's 95 % interval of the difference
of the two means:
t(df) x sqrt(s1^2/n1 + s2^2/n2), s the respondents' standard deviation on the level, t Student's
for Welch's degrees of freedom (4.3 to 12.7 for two people a round, near 2 from thirty); a
change within it is labelled as such. With fewer respondents in a round (the margin holds their
spread, which with their mean tells their positions), or respondents who all
stand at one position in either round, no spread is measured: the change is a change only
when the same named respondents answered both rounds, else it cannot be told apart from a change
of respondent. The change is the difference of the organisation's own figures (its level means and
its overall position, as printed), and a level it shows none on in either round is not compared:
the few positions that did not make a level would be told by its change.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .organisation import OrganisationResult, Scored
from .vocab import LEVEL_IDS

if TYPE_CHECKING:
    from .pipeline import Organisation

# verdicts of a change (stable ids for JSON; the report says them in words)
CHANGE = "change"  # larger than what a different set of respondents could explain
WITHIN_MARGIN = "within_margin"  # no larger than that: it may come from who answered
UNKNOWN = "unknown"  # one respondent in a round, not the same people: cannot be told
NOT_COMPARABLE = "not_comparable"  # the level is insufficient in one of the rounds
OVERALL = "overall"  # the "level" id of the overall position's change


@dataclass(frozen=True)
class Change:
    level: str  # a level id, or OVERALL
    before: float | None
    after: float | None
    delta: float | None  # after - before, rounded to 0.1
    margin: float | None  # what a different set of respondents alone could explain (+/-), None if unknown
    verdict: str


@dataclass(frozen=True)
class Round:
    label: str  # "" when the answers carry no round
    result: OrganisationResult
    members: list[Scored]
    changes: dict[str, Change]  # against the round before (empty for the first); levels and OVERALL


@dataclass(frozen=True)
class Timeline:
    """One organisation's rounds for one questionnaire and major version, oldest first."""

    organisation_id: str
    questionnaire_id: str
    major: int
    rounds: list[Round]
    min_group_size: int  # the largest of its rounds' plans: a round's spread is measured from it

    @property
    def latest(self) -> Round:
        return self.rounds[-1]

    @property
    def name(self) -> str:
        for r in reversed(self.rounds):
            if r.result.organisation_name:
                return r.result.organisation_name
        return self.organisation_id


def _natural(label: str) -> tuple[tuple[int, int | str], ...]:
    # isdecimal, not isdigit: "²" is a digit that `\d` and `int` do not take (a round "T1²" stopped
    # the report and the portfolio with a traceback)
    return tuple((0, int(p)) if p.isdecimal() else (1, p.lower()) for p in re.findall(r"\d+|\D+", label))


def order_rounds(rounds: Sequence[tuple[str, Sequence[str]]]) -> list[int]:
    """The order of rounds given as (label, dates): by earliest date when every round has one,
    else by label (numbers read as numbers); the label breaks ties."""
    dated = all(dates for _, dates in rounds)

    def key(i: int) -> tuple[object, ...]:
        label, dates = rounds[i]
        return (min(dates) if dated else "", _natural(label), label)

    return sorted(range(len(rounds)), key=key)


# a round's answers dated further apart than this look like a mistyped date
ROUND_SPAN_DAYS = 400


def doubts(tl: Timeline) -> list[tuple[Round, str]]:
    """What in a timeline's order looks like a mistyped date: a round whose answers are dated more
    than ROUND_SPAN_DAYS apart, and rounds whose labels' numbers ("2022", "T3") go down in the
    order their dates give; and an organisation named otherwise in its rounds. Each with the round
    it names."""
    from datetime import date

    out = []
    for r in tl.rounds:
        d = r.result.dates
        with contextlib.suppress(ValueError):
            if d and (date.fromisoformat(d[-1]) - date.fromisoformat(d[0])).days > ROUND_SPAN_DAYS:
                out.append((r, f"round {r.label or '-'} of {tl.name}: answers dated from {d[0]} to {d[-1]}"))
    named = [r.label for r in tl.rounds if r.label]
    if named and len(named) < len(tl.rounds):  # a file without a round (a late `assess run`)
        # beside named rounds: a round of its own, and the latest by date made the report one person's
        r = next(x for x in tl.rounds if not x.label)
        labels = ", ".join(named)
        why = f"answers of {tl.name} without a round, beside its rounds {labels}: a round of their own"
        out.append((r, why + ' (give them theirs: "round" in the file, --round of import or run)'))
    numbers = [tuple(int(n) for n in re.findall(r"\d+", r.label)) for r in tl.rounds]
    if len(numbers) > 1 and all(numbers):
        labels = ", ".join(x.label for x in tl.rounds)
        for before, after, r in zip(numbers, numbers[1:], tl.rounds[1:], strict=False):
            if after < before:
                out.append((r, f"rounds of {tl.name} in the order of their dates: {labels}"))
                break
    # renamed between rounds: the portfolio and the latest round's report give its latest name, a
    # table by organisation and the database each round's own (joined by name, they did not meet)
    names = list(dict.fromkeys(n for r in tl.rounds if (n := r.result.organisation_name)))
    if len(names) > 1:
        said = ", ".join(repr(n) for n in names)
        message = (
            f"organisation {tl.organisation_id!r} is named {said} in its rounds (oldest first): the portfolio and "
            f"the report of its latest round name it {tl.name!r}"
        )
        out.append((tl.latest, message))
    return out


def _sd(xs: Sequence[float]) -> float:
    m = math.fsum(xs) / len(xs)
    return math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1))


# Student's t, two-sided 95 %, by degrees of freedom (1 to 30, then 40, 60, 120): with few
# respondents a spread is itself uncertain, and twice the standard error would be far too narrow
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042)  # fmt: skip
_T95_MORE = ((40, 2.021), (60, 2.000), (120, 1.980))


def _t95(df: float) -> float:
    """The t value for `df` degrees of freedom, read at the tabled number at or below (the wider)."""
    k = max(1, math.floor(df))
    if k <= len(_T95):
        return _T95[k - 1]
    return next((t for n, t in reversed(_T95_MORE) if k >= n), _T95[-1])


def _margin(before: Sequence[float], after: Sequence[float]) -> float:
    """Welch's 95 % margin of the difference of two means: t(df) x sqrt(s1²/n1 + s2²/n2), df by
    Welch and Satterthwaite."""
    v1, v2 = _sd(before) ** 2 / len(before), _sd(after) ** 2 / len(after)
    df = (v1 + v2) ** 2 / (v1**2 / (len(before) - 1) + v2**2 / (len(after) - 1))
    return _t95(df) * math.sqrt(v1 + v2)


def judge(
    before: Sequence[float],
    after: Sequence[float],
    same_people: bool,
    level: str = OVERALL,
    shown: tuple[float | None, float | None] | None = None,
    min_size: int = 2,
) -> Change:
    """The change of a level between two rounds, from the respondents' positions in each (see the
    module's docstring for the rule). `shown` is the organisation's own figure in each round (its
    level, or its overall position; None where it shows none): the change is the difference of
    those, and a figure not shown is not compared. The respondents' positions that the organisation
    does not show (too few to make a level) would give, with the change, the position they hide.

    A round's spread is measured only from `min_size` positions (the plan's minimum group size, and
    at least two), and only when both rounds have one: beside a round whose respondents stand
    alike, the margin is the other round's spread itself, and with its mean it told both positions
    of two, and to each of three the two others'."""
    if shown is not None and (shown[0] is None or shown[1] is None):
        return Change(level, shown[0], shown[1], None, None, NOT_COMPARABLE)
    if not before or not after:
        b = round(math.fsum(before) / len(before), 1) if before else None
        a = round(math.fsum(after) / len(after), 1) if after else None
        return Change(level, b, a, None, None, NOT_COMPARABLE)
    b = math.fsum(before) / len(before) if shown is None or shown[0] is None else shown[0]
    a = math.fsum(after) / len(after) if shown is None or shown[1] is None else shown[1]
    delta = round(a - b, 1)
    need = max(2, min_size)
    spread = len(before) >= need and len(after) >= need and _sd(before) > 0 and _sd(after) > 0
    if spread:
        margin = round(_margin(before, after), 1)
        verdict = CHANGE if abs(delta) > margin else WITHIN_MARGIN
    elif same_people:
        margin, verdict = 0.0, CHANGE if delta else WITHIN_MARGIN
    else:
        margin, verdict = None, UNKNOWN
    return Change(level, round(b, 1), round(a, 1), delta, margin, verdict)


def _positions(members: Sequence[Scored], level: str) -> list[float]:
    if level == OVERALL:
        return [p for m in members if (p := m.card.placement.position) is not None]
    return [p for m in members if (p := m.card.levels[level].position) is not None]


def _people(members: Sequence[Scored]) -> frozenset[str] | None:
    ids = [m.sheet.respondent_id for m in members]
    return None if any(i is None for i in ids) else frozenset(i for i in ids if i is not None)


def _figure(result: OrganisationResult, level: str) -> float | None:
    return result.placement.position if level == OVERALL else result.levels[level].position


def compare(
    prev: Sequence[Scored],
    after: Sequence[Scored],
    results: tuple[OrganisationResult, OrganisationResult] | None = None,
    min_size: int = 2,
) -> dict[str, Change]:
    """Each level's change, and the overall position's, from one round's respondents to the next's.
    With the two rounds' `results`, each change is between the figures the organisation shows
    (a level it shows none on is not compared). `min_size`: as `judge` takes it."""
    people = _people(prev)
    same = people is not None and people == _people(after)
    return {
        lv: judge(
            _positions(prev, lv),
            _positions(after, lv),
            same,
            lv,
            None if results is None else (_figure(results[0], lv), _figure(results[1], lv)),
            min_size,
        )
        for lv in (*LEVEL_IDS, OVERALL)
    }


def timelines(orgs: Iterable[Organisation]) -> list[Timeline]:
    """Organisations (one per organisation, questionnaire, major version and round) as one
    timeline per organisation, questionnaire and major version, rounds in order."""
    groups: dict[tuple[str, str, int], list[Organisation]] = {}
    for o in orgs:
        groups.setdefault(o.key[:3], []).append(o)
    out = []
    for (org, qid, major), items in sorted(groups.items()):
        order = order_rounds([(o.result.round or "", o.result.dates) for o in items])
        need = max(o.plan.min_group_size for o in items)
        rounds: list[Round] = []
        for i in order:
            o = items[i]
            changes = compare(rounds[-1].members, o.members, (rounds[-1].result, o.result), need) if rounds else {}
            rounds.append(Round(o.result.round or "", o.result, o.members, changes))
        out.append(Timeline(org, qid, major, rounds, need))
    return out


def shown_beside(tl: Timeline) -> tuple[Timeline, list[Round]]:
    """The timeline a report of its latest round sets beside it, and the earlier rounds it leaves
    out: an earlier round of a single respondent shows that one person's positions, to everyone who
    reads the latest round's report. It is left out unless that person is the latest round's only
    respondent too; the changes are then between the rounds kept."""
    people = _people(tl.latest.members)
    withheld = [
        r
        for r in tl.rounds[:-1]
        if len(r.members) == 1 and (people is None or len(people) != 1 or _people(r.members) != people)
    ]
    if not withheld:
        return tl, []
    rounds: list[Round] = []
    for r in tl.rounds:
        if any(r is w for w in withheld):
            continue
        need = tl.min_group_size
        changes = compare(rounds[-1].members, r.members, (rounds[-1].result, r.result), need) if rounds else {}
        rounds.append(Round(r.label, r.result, r.members, changes))
    return Timeline(tl.organisation_id, tl.questionnaire_id, tl.major, rounds, tl.min_group_size), withheld
