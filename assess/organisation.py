"""Several respondents of one organisation: means, role groups and perception gaps (pure, no I/O).

Level positions are computed per respondent, then averaged. A role group smaller than the
questionnaire's `min_group_size` is merged with other small groups, never shown alone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .answers import AnswerSheet
from .errors import AnswersError
from .plan import SEVERITY_RANK, Plan, major_of, read_by_conditions
from .scoring import LevelScore, Placement, ScoreCard, place
from .vocab import DONT_KNOW, LEVEL_IDS, ROLES

UNSPECIFIED = "unspecified"
ROLE_ORDER = (*ROLES, UNSPECIFIED)


@dataclass(frozen=True)
class GroupResult:
    roles: tuple[str, ...]  # one role, or several merged small groups
    respondents: int
    levels: dict[str, LevelScore]
    placement: Placement
    depth_score: float | None

    @property
    def label(self) -> str:
        return "+".join(self.roles)


@dataclass(frozen=True)
class Gap:
    level: str
    gap: float
    high: str  # group label
    low: str
    flagged: bool


@dataclass(frozen=True)
class Disagreement:
    """Whether respondents' positions on a level spread by at least the gap threshold, whoever they
    are. It names no role and carries no figure: nothing in it singles anyone out."""

    level: str
    flagged: bool


# Why disagreement could not be computed (a stable id for JSON; the report says it in words)
TOO_FEW_RESPONDENTS = "too_few_respondents"


@dataclass(frozen=True)
class SignalCount:
    id: str
    severity: str
    respondents: int


@dataclass
class OrganisationResult:
    organisation_id: str
    organisation_name: str | None
    questionnaire_id: str
    questionnaire_version: str
    respondents: int
    roles: dict[str, int]
    levels: dict[str, LevelScore]
    placement: Placement
    depth_score: float | None
    depth_stage: str | None
    groups: list[GroupResult]
    gaps: list[Gap]
    signals: list[SignalCount]
    disagreement: list[Disagreement] | None = None  # None: not computed, see `disagreement_reason`
    disagreement_reason: str | None = None
    dates: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    round: str | None = None


class Scored(NamedTuple):
    """One respondent: their checked sheet and their card."""

    sheet: AnswerSheet
    card: ScoreCard


# Respondents are grouped by organisation, questionnaire, major version and round: answers of two
# major versions may ask different questions, and two rounds are two moments of a trajectory, so
# neither is ever averaged together. A sheet without a round is in the round "" (the only one).
GroupKey = tuple[str, str, int, str]


def group_key(sheet: AnswerSheet) -> GroupKey:
    return (sheet.organisation_id, sheet.questionnaire_id, major_of(sheet.questionnaire_version), sheet.round or "")


def one_group(items: Sequence[Scored]) -> None:
    """AnswersError unless the respondents are one organisation's, of one round, each counted once
    (`pipeline.once_each`): a report or an aggregate of several would average what is only compared,
    and a respondent given twice would count twice (and, reaching the minimum group size, show the
    others' answers and comments where the commands would not)."""
    from .errors import Problem
    from .pipeline import once_each

    orgs = {s.sheet.organisation_id for s in items}
    if len(orgs) > 1:
        raise AnswersError(Problem("", f"answers of several organisations: {', '.join(sorted(orgs))}"))
    rounds = {s.sheet.round or "" for s in items}
    if len(rounds) > 1:
        raise AnswersError(Problem("", f"answers of several rounds: {', '.join(sorted(rounds))} (give one round)"))
    kept = {id(s) for s in once_each(items)[0]}
    twice = sorted({s.sheet.respondent_id or "" for s in items if id(s) not in kept})
    if twice:
        raise AnswersError(Problem("", f"respondents given twice (each counts once): {', '.join(twice)}"))


def group_by_organisation(scored: Iterable[Scored]) -> dict[GroupKey, list[Scored]]:
    """Respondents by (organisation id, questionnaire id, major version, round), keys sorted, input
    order kept."""
    groups: dict[GroupKey, list[Scored]] = {}
    for s in scored:
        groups.setdefault(group_key(s.sheet), []).append(s)
    return dict(sorted(groups.items()))


def _mean_levels(
    items: Sequence[Scored], plan: Plan, need: int
) -> tuple[dict[str, LevelScore], Placement, float | None]:
    """Mean of respondents' level positions. A level needs `need` respondents with a position.

    math.fsum makes the means exact, so that the order of respondents never changes a result."""
    cards = [c for _, c in items]
    levels: dict[str, LevelScore] = {}
    positions: dict[str, float | None] = {}
    for lv in LEVEL_IDS:
        known = [p for c in cards if (p := c.levels[lv].position) is not None]
        cov = round(math.fsum(c.levels[lv].coverage for c in cards) / len(cards), 3)
        pos = round(math.fsum(known) / len(known), 1) if known and len(known) >= need else None
        levels[lv] = LevelScore(pos, cov)
        positions[lv] = pos
    depths = [c.depth_score for c in cards if c.depth_score is not None]
    depth = round(math.fsum(depths) / len(depths), 1) if depths and len(depths) >= need else None
    return levels, place(plan, positions, requirement_met(plan, items)), depth


def requirement_met(plan: Plan, items: Sequence[Scored]) -> bool | None:
    """Whether a group of respondents meets the hinge requirement: more than half of them do (a
    respondent who does not know when the reorganisation came does not count as meeting it). None
    when the questionnaire states no requirement, and when the verdict would tell a few people's
    answers (`requirement_withheld`): the hinge then rests on the level's position alone."""
    if plan.meets_hinge_requirement is None or requirement_withheld(plan, [s for s, _ in items]):
        return None
    return 2 * sum(c.placement.requirement is True for _, c in items) > len(items)


def requirement_withheld(plan: Plan, sheets: Sequence[AnswerSheet]) -> bool:
    """Whether several respondents' hinge requirement is left unread: a question it reads was
    answered by more than none and fewer than the minimum group size of them (with fewer respondents
    than that, any question answered). Met or not, the verdict would tell those few what the others
    answered, as the question's counts would: of two, met says that both reported the facts."""
    if plan.hinge_requires is None or len(sheets) == 1:
        return False
    read = read_by_conditions([plan.hinge_requires], plan.questions)  # as the fast forms keep them
    return not set(read).isdisjoint(answered_by_few(plan, answered_counts(plan, sheets, read), len(sheets)))


def answered_counts(plan: Plan, sheets: Sequence[AnswerSheet], only: Sequence[str] | None = None) -> Counter[str]:
    """How many respondents asked a question answered it (not "don't know"): the count by which a
    question's answers, and the signals and the hinge requirement that read them, are shown or withheld.
    `only`: these questions' counts alone (the hinge requirement's few, of every group of a batch)."""
    questions = plan.questions

    def given(sh: AnswerSheet) -> Iterable[tuple[str, Any]]:
        if only is None:
            return sh.answers.items()
        return ((q, sh.answers[q]) for q in only if q in sh.answers)

    return Counter(
        qid
        for sh in sheets
        for qid, a in given(sh)
        if a != DONT_KNOW and qid in questions and questions[qid].asked_of(sh.role)
    )


def answered_by_few(plan: Plan, answered: Counter[str], respondents: int) -> list[str]:
    """The questions that more than none and fewer than the minimum group size answered
    (`answered_counts`), in the plan's order: their counts, and any signal on them, would tell those
    few's answers. None for one respondent (their own answers)."""
    if respondents == 1:
        return []
    return [q for q in plan.questions if 0 < answered[q] < plan.min_group_size]


def role_groups(roles: Iterable[str | None], min_size: int) -> list[tuple[str, ...]]:
    """Which roles are shown as groups: small groups are merged together, then into the smallest
    big group; if everything is small, no group is shown (only the whole organisation)."""
    counts = Counter(r or UNSPECIFIED for r in roles)
    big = [r for r in ROLE_ORDER if counts[r] >= min_size]
    small = [r for r in ROLE_ORDER if 0 < counts[r] < min_size]
    groups: list[tuple[str, ...]] = [(r,) for r in big]
    if small:
        if sum(counts[r] for r in small) >= min_size:
            groups.append(tuple(small))
        elif groups:
            i = min(range(len(groups)), key=lambda k: (sum(counts[r] for r in groups[k]), k))
            groups[i] = tuple(r for r in ROLE_ORDER if r in groups[i] or r in small)
        # else: nobody can be shown apart from the whole
    return groups if len(groups) >= 2 else []


def spread(positions: Sequence[float]) -> float:
    """How far apart respondents stand on a level: the mean of the upper half of their positions
    minus the mean of the lower half (the middle one left out when their number is odd).

    It reads like a gap between two groups (the ones who see the level highest and the ones who see
    it lowest), so the questionnaire's gap threshold applies to it; with more than three respondents,
    one person alone cannot make it."""
    ps = sorted(positions)
    half = len(ps) // 2
    if half == 0:
        return 0.0
    return round(math.fsum(ps[-half:]) / half - math.fsum(ps[:half]) / half, 1)


def disagreement(plan: Plan, cards: Sequence[ScoreCard]) -> tuple[list[Disagreement] | None, str | None]:
    """Per level, whether respondents disagree (see `spread`), or None and why. Computed only with at
    least `min_group_size` respondents, and a level only with that many positions on it."""
    need = plan.min_group_size
    if len(cards) < need:
        return None, TOO_FEW_RESPONDENTS
    out = []
    for lv in LEVEL_IDS:
        known = [p for c in cards if (p := c.levels[lv].position) is not None]
        if len(known) >= need:
            out.append(Disagreement(lv, spread(known) >= plan.gap_threshold))
    return out, None


def _groups(plan: Plan, items: Sequence[Scored], role_of: Sequence[str]) -> list[GroupResult]:
    """The role groups shown, each with its mean levels, placement and depth.

    A group with too few positions on a level shows none there; but the organisation's mean still
    holds its members' positions, and the mean minus the groups shown would give theirs. So on a
    level (or the depth) where the positions left outside the groups shown are more than none and
    fewer than `min_group_size`, no group shows a position, and the groups' placements are made
    without that level."""
    min_size = plan.min_group_size
    shown_roles = role_groups(role_of, min_size)
    members = [[it for it, r in zip(items, role_of, strict=True) if r in roles] for roles in shown_roles]
    means = [_mean_levels(m, plan, min(min_size, len(m))) for m in members]
    hidden = set()
    for lv in (*LEVEL_IDS, None):  # None: the depth
        left = 0
        for m, (glevels, _, gdepth) in zip(members, means, strict=True):
            shown = gdepth is not None if lv is None else glevels[lv].position is not None
            if not shown:
                left += sum(1 for _, c in m if (c.depth_score if lv is None else c.levels[lv].position) is not None)
        if 0 < left < min_size:
            hidden.add(lv)
    groups = []
    for roles, m, (glevels, gplace, gdepth) in zip(shown_roles, members, means, strict=True):
        if hidden - {None}:
            glevels = {lv: LevelScore(None, ls.coverage) if lv in hidden else ls for lv, ls in glevels.items()}
            positions = {lv: ls.position for lv, ls in glevels.items()}
            gplace = place(plan, positions, requirement_met(plan, m))
        groups.append(GroupResult(roles, len(m), glevels, gplace, None if None in hidden else gdepth))
    return groups


def count_signals(fired: Iterable[Iterable[tuple[str, str]]]) -> list[SignalCount]:
    """How many respondents raised each signal, from each one's (signal id, severity) raised: most
    severe first, then the most raised."""
    counts: Counter[tuple[str, str]] = Counter()
    for f in fired:
        counts.update(f)
    return sorted(
        (SignalCount(sid, sev, k) for (sid, sev), k in counts.items()),
        key=lambda s: (SEVERITY_RANK[s.severity], -s.respondents, s.id),
    )


def aggregate(plan: Plan, items: Sequence[Scored]) -> OrganisationResult:
    """One organisation's result from its respondents (one group of `group_by_organisation`)."""
    if not items:
        raise AnswersError("aggregate needs the answers of at least one respondent")
    min_size = plan.min_group_size
    sheets = [s for s, _ in items]
    cards = [c for _, c in items]
    n = len(cards)
    need = min(min_size, n)
    levels, placement, depth = _mean_levels(items, plan, need)
    role_of = [s.role or UNSPECIFIED for s in sheets]
    groups = _groups(plan, items, role_of)
    gaps: list[Gap] = []
    for lv in LEVEL_IDS:
        known = [(p, g.label) for g in groups if (p := g.levels[lv].position) is not None]
        if len(known) >= 2:
            hi = max(known, key=lambda t: t[0])
            lo = min(known, key=lambda t: t[0])
            gap = round(hi[0] - lo[0], 1)
            gaps.append(Gap(lv, gap, hi[1], lo[1], gap >= plan.gap_threshold))
    signals = count_signals(c.signals for c in cards)
    agree, agree_reason = disagreement(plan, cards)
    first = sheets[0]
    # a name of spaces alone names nothing: the id stands in for it, as for no name
    names = [s.organisation_name for s in sheets if s.organisation_name and s.organisation_name.strip()]
    return OrganisationResult(
        organisation_id=first.organisation_id,
        organisation_name=names[0] if names else None,
        questionnaire_id=plan.id,
        questionnaire_version=plan.version,
        respondents=n,
        roles={r: k for r in ROLE_ORDER if (k := role_of.count(r))},
        levels=levels,
        placement=placement,
        depth_score=depth,
        depth_stage=plan.depth_stage(depth),
        groups=groups,
        gaps=gaps,
        signals=signals,
        disagreement=agree,
        disagreement_reason=agree_reason,
        dates=sorted({s.date for s in sheets if s.date}),
        sources=sorted({s.source for s in sheets if s.source}),
        round=first.round,
    )
