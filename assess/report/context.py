"""The report's data, built apart from rendering (coverage.py's habit): typed, documented, testable.

`build_report_context(questionnaire, sheets, lang)` turns one organisation's answer sheets into a
`ReportContext`; the templates only lay it out. Every field is documented in docs/report-context.md
and a test checks that each field is documented there.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..answers import AnswerSheet, question_values
from ..errors import AssessError, Problem
from ..i18n import roles_label, sector_label, t
from ..model import AnswerCond, ConsistencyCond, LevelCond, Question, Questionnaire, iter_conditions
from ..organisation import (
    UNSPECIFIED,
    OrganisationResult,
    Scored,
    aggregate,
    answered_by_few,
    answered_counts,
    count_signals,
    one_group,
)
from ..plan import SLOTS, Plan, compile_plan, major_of, parse_version
from ..rounds import Round, shown_beside
from ..scoring import DIGITAL, SOCIO, score
from ..shown import semicolons, tenth, whole
from ..sources import SOURCES, cite, short
from ..texts import counted, fields_of, grouped, problem_message
from ..vocab import DONT_KNOW, LEVEL_IDS, Lang
from .compare import BenchmarkView, RoundsView, benchmark_view, round_label, rounds_view
from .texts import TEXTS, joined, leaning, quoted_list, trajectory_sentence

if TYPE_CHECKING:
    from ..rounds import Timeline

APPENDIX_MODES = ("compact", "full", "none")
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
DRIVERS = 2  # answers shown per level and direction
SPLITS = 6  # questions that split the role groups most, in the compact appendix
MAP_W, MAP_H = 560, 330  # trajectory map drawing area, in SVG units
MAP_LEFT, MAP_TOP, MAP_RIGHT, MAP_BOTTOM = 126, 22, 20, 50


@dataclass
class LevelView:
    id: str
    name: str
    pole_digital: str
    pole_socio: str
    position: float | None  # 0..100, None when insufficient
    coverage: float  # 0..1, mean over respondents
    status: str  # "ok" or "insufficient"
    weight: float
    facts_known: float | None = None  # share (by weight) of its fact questions answered, mean over respondents


@dataclass
class MapPoint:
    label: str
    x: float  # SVG coordinates
    y: float
    position: float
    depth: float
    main: bool  # the whole organisation (True) or a role group
    label_x: float = 0.0  # where the label goes, moved so that labels do not overlap
    label_y: float = 0.0
    # where a line from the point meets its label, when the label was pushed away from its point
    leader: tuple[float, float] | None = None
    text: str = ""  # the label as printed: cut at a word when it cannot fit in the frame (`cut_label`)
    size: float = 0.0  # its font size, when not the organisation's (15) or a group's (13)
    earlier: bool = False  # the organisation at an earlier round: its label placed after the others
    limit: int = 0  # its label cut beyond this many letters (0: only when it cannot fit the frame)


@dataclass
class MapView:
    width: int
    height: int
    points: list[MapPoint]
    bands: list[tuple[float, float, str, str]]  # x from, x to, label, css class
    stages: list[tuple[float, str, float]]  # y of a stage's lower edge, stage name, y of its label (mid-band)
    plot: tuple[float, float, float, float]  # left, top, right, bottom
    available: bool  # False when the position or depth is unknown
    description: str  # text alternative
    path: list[MapPoint] = field(default_factory=list)  # the organisation at its earlier rounds, oldest first


@dataclass
class GroupView:
    label: str
    respondents: int
    positions: dict[str, float | None]  # level id -> mean position
    overall: float | None


@dataclass
class GapView:
    level: str
    level_name: str
    gap: float
    high: str
    low: str
    flagged: bool
    sentence: str = ""  # who sees the level higher, and by how much, in words


@dataclass
class SignalView:
    id: str
    severity: str
    severity_label: str
    title: str
    explanation: str
    recommendation: str
    respondents: int  # how many raised it; 0 with fewer respondents than the minimum group size (not told)
    share: str  # "3 / 10"; "" with fewer respondents than the minimum group size
    source: str
    level: str = ""  # the level the signal reads (its group in the report), "" for none
    action: int | None = None  # its number among the summary's first actions (its advice is not repeated)
    basis: str = ""  # what raised it (`_signal_basis`), "" when it cannot be told without naming a few


@dataclass
class Driver:
    question_id: str
    text: str
    answer: str  # most frequent answer (or the only respondent's)
    position: float  # mean position of the question, 0..100
    effect: float  # points added to (positive) or removed from the level position
    tied: bool = False  # several answers given most often, as many times each: none named (`answer` empty)
    given: int = 0  # how many respondents gave `answer`, of `answered` (0 for one respondent's own)
    answered: int = 0


@dataclass
class DriverLevel:
    level: str
    level_name: str
    position: float | None
    up: list[Driver]
    down: list[Driver]
    left_out: int = 0  # questions answered by too few to be shown (their answers would be recognised)


@dataclass
class AnswerCount:
    label: str
    count: int
    share: float  # 0..1 of respondents who were asked


@dataclass
class AppendixQuestion:
    id: str
    level: str  # level name, "Profondeur d'intégration", or "Contexte"
    text: str
    help: str
    source: str
    counts: list[AnswerCount]  # for choice and scale questions
    texts: list[str]  # free-text answers
    comments: list[str]
    single: str | None  # the answer, when there is one respondent
    hidden: bool = False  # asked of (or answered by) fewer respondents than the minimum group size
    hidden_why: str = "hidden_question"  # the text saying which ("hidden_answered": answered by few)
    by_group: list[tuple[str, float]] = field(default_factory=list)  # role group label, mean position 0..100
    split: bool = False  # role groups' mean positions differ by the gap threshold or more


@dataclass
class SignalGroup:
    level_name: str
    signals: list[SignalView]
    note: str = ""  # what the group's heading leaves unsaid ("" for a level's group)


@dataclass
class DisagreementView:
    level: str
    level_name: str
    flagged: bool


@dataclass
class Finding:
    title: str
    text: str


@dataclass
class ReportContext:
    lang: Lang
    t: dict[str, str]  # fixed texts of the report in `lang`
    organisation_id: str
    organisation_name: str
    sector: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_title: str
    dates: list[str]
    dates_text: str  # the dates in words ("15 juin 2021", "3 mai – 15 juin 2021")
    sector_label: str  # the sector in words
    generated_on: str | None
    respondents: int
    # who answered, as the cover says it: the role groups the report shows, with their counts; when
    # it shows none, the roles present without counts (a role of one or two is never counted alone)
    respondents_by_group: list[tuple[str, int | None]]
    single_respondent: bool
    # "single" (one respondent: their own answers are shown), "restricted" (several, fewer than the
    # minimum group size: no answer-level detail at all) or "open" (enough to show distributions)
    anonymity: str
    position: float | None
    trajectory: str
    trajectory_label: str
    trajectory_sentence: str
    hinge: bool
    hinge_sentence: str
    hinge_short: str  # the hinge in three words, for the cover
    missing: list[str]  # names of insufficient levels
    depth_score: float | None
    depth_stage: str | None
    findings: list[Finding]
    # what the summary page must say of the picture it gives, since it is read alone: one respondent,
    # fewer than the minimum group size, or everyone in one role ("" when none of these)
    summary_caveat: str
    first_step: str
    actions: list[str]  # up to three first actions, most severe signal first
    glossary: list[tuple[str, str]]  # (term, one sentence) for the terms the summary uses
    levels: list[LevelView]
    map: MapView
    groups: list[GroupView]
    gaps: list[GapView]
    disagreement: list[DisagreementView] | None  # None: not computed (too few respondents)
    disagreement_sentence: str
    gap_threshold: float
    min_group_size: int
    signals: list[SignalView]
    signal_groups: list[SignalGroup]  # the signals by level, in the study's order, most severe first
    signals_withheld: int  # the questionnaire's signals that read questions too few people answered (left out)
    signals_total: int  # the questionnaire's signals (« no signal came out », of 4 evaluated and 14 left out,
    # read as a clean bill of health: how many were evaluated is said)
    drivers: list[DriverLevel]
    appendix: list[AppendixQuestion]
    appendix_mode: str  # "full", "compact" (questions with comments or a split between roles) or "none"
    groups_by_question: bool  # some question shows the role groups' positions (else the groups are too small)
    appendix_sections: list[tuple[str, list[AppendixQuestion]]]  # the appendix by section, in order
    thresholds: dict[str, Any]  # numbers, and the hinge level's name
    sources: list[str]
    warnings: list[str] = field(default_factory=list)
    round: str | None = None  # the round this report is about (None: the answers carry no round)
    round_caption: str = ""  # "Tour 2026, le plus récent de 3", or "" without rounds
    rounds: RoundsView | None = None  # the organisation's rounds side by side, when it has several
    # its rounds answered with another major version of the questionnaire, not compared: said plainly
    rounds_elsewhere: str = ""
    benchmark: BenchmarkView | None = None  # the sector's peers, when asked for and there are enough

    @property
    def gap_of(self) -> dict[str, GapView]:
        """The gap between groups by level: a level where a group has too few answers has none."""
        return {g.level: g for g in self.gaps}


def _answer_label(q_obj: Question, answer: Any, lang: Lang) -> str:
    if answer == DONT_KNOW:
        return t("dont_know", lang)
    if q_obj.type == "single":
        opt = q_obj.option(answer)
        return opt.label[lang] if opt else str(answer)
    if q_obj.type == "multi":  # in the question's order of options, whatever the order ticked
        ticked = set(answer)
        return semicolons((o.label[lang] for o in q_obj.options if o.id in ticked), lang)
    return str(answer)


def build_report_context(
    questionnaire: Questionnaire,
    sheets: Sequence[AnswerSheet] | Sequence[Scored],
    lang: str = "fr",
    generated_on: str | None = None,
    plan: Plan | None = None,
    appendix: str = "compact",
    history: Timeline | None = None,
    peers: Sequence[OrganisationResult] | None = None,
    other_versions: Sequence[Timeline] = (),
) -> ReportContext:
    """Everything one organisation's report shows, from its respondents' valid answers (sheets, or
    sheets already scored by the pipeline, which are then not scored again). `appendix`: "full"
    (every question), "compact" (questions with comments or a split between roles) or "none".

    `history`: the organisation's timeline (rounds.py), when the sheets are its latest round: the
    report then sets its earlier rounds beside it. `peers`: the latest results of other
    organisations, for a benchmark (AssessError when fewer than five of the same questionnaire).
    `other_versions`: the organisation's timelines for other major versions of the questionnaire,
    whose rounds are not compared with these (the report names them and says why)."""
    if appendix not in APPENDIX_MODES:
        raise AssessError(Problem("", f"appendix must be one of {', '.join(APPENDIX_MODES)}, not {appendix!r}"))
    q = questionnaire
    plan = plan or compile_plan(q)
    if not sheets:
        raise AssessError(Problem("", "no answers to report on"))
    members = [
        s
        if isinstance(s, Scored)
        else Scored(s, score(plan, s.answers, question_values(plan.questions, s.answers, s.role), s.role))
        for s in sheets
    ]
    one_group(members)  # one organisation, one round, each respondent once
    lang_: Lang = q.text_language(lang)
    result = aggregate(plan, members)
    ctx = _build(q, plan, members, result, lang_, generated_on, appendix)
    label = members[0].sheet.round
    elsewhere = [o for o in other_versions if o.questionnaire_id == q.id and o.major != major_of(q.version)]
    withheld: list[Round] = []
    if history is not None:
        history, withheld = shown_beside(history)
    if label:
        ctx.round = label
        n = len(history.rounds) if history is not None else 1
        tx = TEXTS[lang_]
        # beside rounds on another major version, "the latest of 2" is said of this version's rounds
        shown = "round_shown_version" if elsewhere else "round_shown"
        ctx.round_caption = (
            tx[shown].format(label=label, n=n, major=major_of(q.version))
            if n > 1
            else tx["round_single"].format(label=label)
        )
    if history is not None and len(history.rounds) > 1:
        # the rounds table prints the latest round's figures: beside a report on some of its
        # respondents, the difference would give the others' positions
        if (history.latest.label or None) != label or _who(history.latest.members) != _who(members):
            raise AssessError(
                Problem("", "the answers given are not the timeline's latest round (all its respondents, no other)")
            )
        ctx.rounds = rounds_view(history, q, lang_)
        ctx.map.path = _map_path(history, lang_)
        place_map(ctx.map)
        if ctx.map.path:
            path = ", ".join(f"{p.label} ({whole(p.position)}, {whole(p.depth)})" for p in ctx.map.path)
            ctx.map.description = semicolons([ctx.map.description, TEXTS[lang_]["map_path"].format(points=path)], lang_)
    ctx.rounds_elsewhere = _rounds_elsewhere(elsewhere, lang_)
    if ctx.rounds_elsewhere:  # on the cover, beside this round, whether or not it has others to compare
        ctx.round_caption = (
            ctx.round_caption + ". " + ctx.rounds_elsewhere if ctx.round_caption else ctx.rounds_elsewhere
        )
    if withheld:  # said where the rounds are named: the caption, else the rounds' note
        labels = ", ".join(round_label(r.label, lang_) for r in withheld)
        said = TEXTS[lang_]["rounds_withheld"].format(labels=labels)
        if ctx.round_caption:
            ctx.round_caption += ". " + said
        elif ctx.rounds is not None:
            ctx.rounds.note += " " + said + "."
    if peers is not None:
        ctx.benchmark = benchmark_view(result, peers, q, lang_, plan.min_group_size)
    return ctx


def _who(members: Sequence[Scored]) -> list[str]:
    """The respondents of a round as their answers say them (each one's whole sheet), in an order of their own."""
    import json

    return sorted(json.dumps(m.sheet.to_json(), sort_keys=True, ensure_ascii=False) for m in members)


def _build(
    q: Questionnaire,
    plan: Plan,
    members: list[Scored],
    result: OrganisationResult,
    lang: Lang,
    generated_on: str | None,
    appendix_mode: str,
) -> ReportContext:
    tx = TEXTS[lang]
    sheets = [m.sheet for m in members]
    n = len(sheets)

    levels = [
        LevelView(
            id=lv.id,
            name=lv.name[lang],
            pole_digital=lv.poles.digital[lang],
            pole_socio=lv.poles.socio_professional[lang],
            position=result.levels[lv.id].position,
            coverage=result.levels[lv.id].coverage,
            status=result.levels[lv.id].status,
            weight=lv.weight,
            facts_known=_facts_known(plan, sheets, lv.id),
        )
        for lv in (q.level(i) for i in LEVEL_IDS)
    ]
    level_name = {lv.id: lv.name for lv in levels}
    groups = [
        GroupView(
            label=roles_label(g.roles, lang),
            respondents=g.respondents,
            positions={lv: g.levels[lv].position for lv in LEVEL_IDS},
            overall=g.placement.position,
        )
        for g in result.groups
    ]
    gaps = [
        GapView(
            level=g.level,
            level_name=level_name[g.level],
            gap=g.gap,
            high=roles_label(tuple(g.high.split("+")), lang),
            low=roles_label(tuple(g.low.split("+")), lang),
            flagged=g.flagged,
            sentence=tx["gap_sentence"].format(
                high=roles_label(tuple(g.high.split("+")), lang),
                low=roles_label(tuple(g.low.split("+")), lang),
                gap=tenth(g.gap, lang),  # as in the gap table beside it (shown.py)
            ),
        )
        for g in result.gaps
    ]
    signals = []
    answered = answered_counts(plan, sheets)
    anonymity = anonymity_of(n, plan.min_group_size)
    seen = _seen_by_signals(plan, members, answered)
    withheld = _signals_reading(q, set(seen.left_out))
    raised = count_signals(seen.fired)
    basis_of = _basis_counts(plan, seen, [sc.id for sc in raised]) if anonymity != "restricted" else {}
    for sc in raised:
        sig = q.signal(sc.id)
        signals.append(
            SignalView(
                id=sc.id,
                severity=sc.severity,
                severity_label=t(sc.severity, lang),
                title=sig.title[lang],
                explanation=sig.explanation[lang],
                recommendation=sig.recommendation[lang],
                respondents=sc.respondents,
                share=f"{grouped(sc.respondents, lang)} / {grouped(n, lang)}",
                source=cite_source(sig.source.doc, sig.source.ref, lang),
                level=signal_level(q, sig.id),
                basis=_signal_basis(q, plan, sc.id, basis_of, members, lang),
            )
        )
    passed = hinge_passed(
        plan, result.levels[plan.hinge_level].position, result.placement.hinge, result.placement.requirement
    )
    actions = _actions(signals, levels, lang, plan.hinge_level, passed)
    groups_of_signals = _signal_groups(q, signals, lang)
    if anonymity == "restricted":
        for sv in signals:  # "1 / 2" would tell a respondent whether the other raised it (a template too)
            sv.share, sv.respondents = "", 0
    disagree = (
        None
        if result.disagreement is None
        else [DisagreementView(d.level, level_name[d.level], d.flagged) for d in result.disagreement]
    )
    drivers = _drivers(plan, q, sheets, result, lang) if anonymity != "restricted" else []
    every = _appendix(q, plan, members, result, answered, lang) if anonymity != "restricted" else []
    appendix = _select(every, appendix_mode, n)
    # whether any question could show the role groups apart (twice the minimum size who answered)
    groups_by_question = any(a.by_group for a in every)
    sections: list[tuple[str, list[AppendixQuestion]]] = []
    for item in appendix:
        if not sections or sections[-1][0] != item.level:
            sections.append((item.level, []))
        sections[-1][1].append(item)
    findings = _findings(plan, result, levels, signals, gaps, disagree, lang, hinge_facts_named(q, lang), n)
    missing = [level_name[m] for m in result.placement.missing]
    hinge_level = next(lv for lv in levels if lv.id == plan.hinge_level)
    hinge_text = hinge_sentence(
        plan,
        hinge_level.name,
        hinge_level.position,
        result.placement.hinge,
        lang,
        result.placement.requirement,
        facts=hinge_facts_named(q, lang),
    )
    return ReportContext(
        lang=lang,
        t=tx,
        organisation_id=result.organisation_id,
        organisation_name=result.organisation_name or result.organisation_id,
        sector=q.sector,
        questionnaire_id=q.id,
        questionnaire_version=q.version,
        questionnaire_title=q.title[lang],
        dates=result.dates,
        dates_text=dates_text(result.dates, lang) or tx["no_date"],
        sector_label=sector_label(q.sector, lang),
        generated_on=format_date(generated_on, lang) if generated_on else None,  # in words, as the answers' dates
        respondents=n,
        respondents_by_group=_respondents_by_group(result, lang),
        single_respondent=n == 1,
        anonymity=anonymity,
        position=result.placement.position,
        trajectory=result.placement.trajectory,
        trajectory_label=t(result.placement.trajectory, lang),
        trajectory_sentence=trajectory_sentence(
            result.placement.trajectory,
            result.placement.position,
            missing,
            lang,
            q.sector,
            leaning([(lv.name, lv.position) for lv in levels], plan.digital_below, plan.socio_professional_from, lang),
        )
        + _portrait_limits(plan, result.placement.trajectory, levels, lang, gaps),
        hinge=result.placement.hinge,
        hinge_sentence=hinge_text,
        hinge_short=tx[
            "hinge_short_unknown" if hinge_level.position is None else "hinge_short_ok" if passed else "hinge_short_low"
        ],
        missing=missing,
        depth_score=result.depth_score,
        depth_stage=q.depth_stage_name(result.depth_stage, lang) if result.depth_stage else None,
        findings=findings,
        summary_caveat=summary_caveat(n, dict(result.roles), plan.min_group_size, lang),
        first_step=actions[0],  # the same first action as the summary's list
        actions=actions,
        glossary=_glossary(plan, levels, lang),
        levels=levels,
        map=_map(plan, result, q, lang),
        groups=groups,
        gaps=gaps,
        disagreement=disagree,
        disagreement_sentence=disagreement_sentence(
            disagree,
            n,
            plan.min_group_size,
            lang,
            [level_name[lv] for lv in LEVEL_IDS],
            plan.gap_threshold,
            [g.level_name for g in gaps if g.flagged],
        ),
        gap_threshold=plan.gap_threshold,
        min_group_size=plan.min_group_size,
        signals=signals,
        signal_groups=groups_of_signals,
        signals_withheld=withheld,
        signals_total=len(q.signals),
        drivers=drivers,
        appendix=appendix,
        groups_by_question=groups_by_question,
        appendix_mode=appendix_mode,
        appendix_sections=sections,
        thresholds={
            "digital_below": plan.digital_below,
            "socio_professional_from": plan.socio_professional_from,
            "hinge_below": plan.hinge_below,
            "hinge_level_name": level_name[plan.hinge_level],
            "coverage_min": plan.coverage_min * 100,
            "min_group_size": plan.min_group_size,
            "gap_threshold": plan.gap_threshold,
            "has_facts": any(qp.nature == "fact" for qp in plan.questions.values()),
            "hinge_on_facts": plan.hinge_requires is not None,
            "depth_stages": stages_explained(plan, lang),
            "hinge_facts": hinge_facts_named(q, lang),
        },
        sources=[cite(doc, lang) for doc in SOURCES],
        # the library writes its warnings in English: the report's language, from the one catalogue
        warnings=_warnings(sheets, q, lang),
    )


def _warnings(sheets: Sequence[AnswerSheet], q: Questionnaire, lang: Lang) -> list[str]:
    """The answers' warnings, in the report's language: that a newer version is installed, in words
    a management team reads (the questionnaire's title, not its id)."""
    out = set()
    for w in {w for s in sheets for w in s.warnings}:
        if len(sheets) > 1 and fields_of(w, "problem.124") is not None:
            # "answers to questions not asked of the role field": of one respondent's answers, which
            # a report of several would tell everyone (of a role of one, that person's); the
            # consultant reads it on the command's output
            continue
        newer = fields_of(w, "problem.086")
        if newer is not None:
            said = TEXTS[lang]["newer_version"].format(
                title=q.title[lang], version=newer["version"], newer=newer["newer"]
            )
            if major_of(newer["version"]) != major_of(newer["newer"]):
                said += " " + TEXTS[lang]["newer_major"]
            out.add(said)
        else:
            out.add(problem_message(w, lang))
    return sorted(out)


_PARAGRAPHS = re.compile(r"§\s?\d+(?:\s?[-–]\s?\d+)?")


# another document named in a source's note ("…; bretesche2024 §48"): the paragraphs after it are its own
_DOC_NAMED = re.compile(r"\b(" + "|".join(re.escape(d) for d in SOURCES) + r")\b")


def cited_parts(doc: str, ref: str) -> list[tuple[str, list[str]]]:
    """The documents a source cites, in order, each with its paragraph numbers: `doc` with those its
    note gives first, then each other document the note names with those given after its name."""
    parts: list[tuple[str, list[str]]] = [(doc, [])]
    start = 0
    for m in _DOC_NAMED.finditer(ref):
        parts[-1][1].extend(_PARAGRAPHS.findall(ref[start : m.start()]))
        parts.append((m.group(1), []))
        start = m.end()
    parts[-1][1].extend(_PARAGRAPHS.findall(ref[start:]))
    merged: dict[str, list[str]] = {}
    for d, paragraphs in parts:
        merged.setdefault(d, []).extend(p.replace(" ", "") for p in paragraphs)
    return list(merged.items())


def cite_source(doc: str, ref: str, lang: str = "fr") -> str:
    """A short citation for the report: each document and its paragraph numbers ("Bretesché 2025 ;
    Bretesché 2024, §50-51"). The questionnaire's note on the observation stays in the file, for the
    consultant (it is not translated)."""
    return semicolons([short(d, lang) + (", " + ", ".join(p) if p else "") for d, p in cited_parts(doc, ref)], lang)


def hinge_facts_named(q: Questionnaire, lang: Lang) -> str:
    """The questions the file's hinge requirement reads, in a sentence: their wording, cut (the
    file's own facts, not the bundled "when the reorganisation came, the relay actors")."""
    req = q.scoring.hinge.requires
    if req is None:
        return ""
    ids = dict.fromkeys(c.answer for c in iter_conditions(req) if isinstance(c, AnswerCond))
    return quoted_list([cut_question(x.wording(lang), BASIS_QUESTION, lang) for i in ids if (x := q.question(i))], lang)


def hinge_sentence(
    plan: Plan,
    name: str,
    position: float | None,
    capped: bool,
    lang: Lang,
    requirement: bool | None = None,
    facts: str = "",
    texts: Mapping[str, str] | None = None,
) -> str:
    """What the hinge rule says, about the level the questionnaire makes the hinge (`name`), and
    about its requirement on facts when the file states one (`requirement`: met or not; `facts`:
    the questions it reads, in a sentence). `texts`: the sentences `hinge_*` of another reader (the
    respondent's summary at the end of `assess run` says it without the report's terms)."""
    tx = TEXTS[lang] if texts is None else texts
    facts = tx["hinge_facts"].format(facts=facts) if facts else ""
    below = whole(plan.hinge_below)
    if position is None:
        return tx["hinge_unknown"].format(name=name)
    low = position < plan.hinge_below
    if capped:
        key = "hinge_capped" if low else "hinge_capped_facts"
        why = tx["hinge_capped_why"] if studys_hinge(plan) else ""
        return tx[key].format(name=name, pos=whole(position), below=below, facts=facts, why=why)
    if low:
        return tx["hinge_low"].format(name=name, pos=whole(position), below=below)
    if requirement is False:
        return tx["hinge_facts_missing"].format(name=name, pos=whole(position), facts=facts)
    ok = tx["hinge_ok"].format(name=name, pos=whole(position))
    if requirement is None and plan.hinge_requires is not None:  # `organisation.requirement_withheld`
        return ok + tx["hinge_facts_withheld"].format(facts=facts, min=plan.min_group_size)
    return ok


def studys_hinge(plan: Plan) -> bool:
    """Whether the file's hinge is the study's: the reorganisation level. A consultant's file may make
    another level the hinge; what the study found of a prior reorganisation is then not lent to it."""
    return plan.hinge_level == "reorganisation"


def hinge_passed(plan: Plan, position: float | None, capped: bool, requirement: bool | None) -> bool:
    """Whether the hinge moment happened: the level at or above its threshold, the label not capped,
    and the requirement on facts, if any, met."""
    return not capped and requirement is not False and position is not None and position >= plan.hinge_below


def _facts_known(plan: Plan, sheets: Sequence[AnswerSheet], level: str) -> float | None:
    """The share, by weight, of a level's fact questions that respondents answered (not "don't
    know"), the mean over those asked any. A level can reach its coverage on opinions alone, the
    facts left unknown: "don't know" on every unfavourable fact lifts it to the top."""
    k = SLOTS.index(level)
    facts = [qp for qp in plan.questions.values() if qp.slot == k and qp.nature == "fact"]
    shares = []
    for sheet in sheets:
        asked = [qp for qp in facts if qp.asked_of(sheet.role)]
        total = math.fsum(qp.weight for qp in asked)
        if total:
            known = math.fsum(qp.weight for qp in asked if sheet.answers.get(qp.id) not in (None, DONT_KNOW))
            shares.append(known / total)
    return round(math.fsum(shares) / len(shares), 3) if shares else None


def _portrait_limits(
    plan: Plan, trajectory: str, levels: list[LevelView], lang: Lang, gaps: Sequence[GapView] = ()
) -> str:
    """What the trajectory's portrait does not hold for: the levels on the other side of the bands,
    those it holds for only in part (in the hybrid band), and those without enough answers (the
    portrait of a socio-professional organisation says that its data circulate, which a data level
    at 0 contradicts); and, where role groups stand a flagged
    gap apart, that it is the mean's portrait (Bocage's "work was reorganised before the tools" was
    the leadership's 100 and the field's 50)."""
    tx = TEXTS[lang]
    split = [g.level_name for g in gaps if g.flagged]
    mean = " " + tx["portrait_gaps"].format(names=quoted_list(split, lang)) if split else ""
    if trajectory not in (SOCIO, DIGITAL):
        return mean
    if trajectory == SOCIO:
        other = [lv for lv in levels if lv.position is not None and lv.position < plan.digital_below]
        side = tx["side_digital"]
    elif trajectory == DIGITAL:
        other = [lv for lv in levels if lv.position is not None and lv.position >= plan.socio_professional_from]
        side = tx["side_socio"]
    between = [
        lv for lv in levels
        if lv.position is not None and plan.digital_below <= lv.position < plan.socio_professional_from
    ]  # fmt: skip
    out = ""
    if other:
        names = ", ".join(tx["portrait_level"].format(name=lv.name, pos=whole(lv.position)) for lv in other)
        out += " " + tx["portrait_except"].format(names=names, side=side)
    if between:  # Logemer's director: "data are pulled up to head office", with data circulation at 52
        names = ", ".join(tx["portrait_level"].format(name=lv.name, pos=whole(lv.position)) for lv in between)
        out += " " + tx["portrait_partly"].format(names=names)
    unmeasured = [lv.name for lv in levels if lv.position is None]
    if unmeasured:
        out += " " + tx["portrait_unmeasured"].format(names=quoted_list(unmeasured, lang))
    return out + mean


def disagreement_sentence(
    views: list[DisagreementView] | None,
    n: int,
    min_size: int,
    lang: Lang,
    names: list[str],
    threshold: float,
    gapped: Sequence[str] = (),
) -> str:
    """Disagreement among respondents, in words: on which levels, none marked, or why it is not known;
    and the levels where it could not be measured, named (never read as agreement). A level whose
    role groups stand apart (`gapped`, the flagged gaps') with no disagreement marked is said, with
    why both hold: Logemer's four gaps of 28 to 42 points above « only on data » read as a contradiction."""
    tx = TEXTS[lang]
    if n == 1:
        return ""
    if views is None:
        return tx["disagree_unknown"].format(n=n, min=min_size)
    if not views:
        return tx["disagree_unknown_levels"].format(min=min_size)
    flagged = [v.level_name for v in views if v.flagged]
    if flagged:
        out = counted(len(flagged), "report.disagree_some", lang, names=", ".join(flagged), threshold=whole(threshold))
    else:
        out = tx["disagree_none"].format(threshold=whole(threshold))
    measured = {v.level_name for v in views}
    apart = [x for x in gapped if x in measured and x not in flagged]
    if apart:
        out += " " + tx["disagree_beside_gaps"].format(names=quoted_list(apart, lang))
    missing = [x for x in names if x not in measured]
    if missing:
        out += " " + tx["disagree_not_measured"].format(names=", ".join(missing), min=min_size)
    return out


def _findings(
    plan: Plan,
    result: OrganisationResult,
    levels: list[LevelView],
    signals: list[SignalView],
    gaps: list[GapView],
    disagree: list[DisagreementView] | None,
    lang: Lang,
    hinge_facts: str = "",
    respondents: int = 1,
) -> list[Finding]:
    """The three findings that matter most (what to do first is `_actions`). `hinge_facts`: the facts
    the hinge requires, in a sentence (the label can be capped by them with the level high). A signal
    that only some of the `respondents` raised says how many: the summary page is read alone, and
    "the contact with residents does not count" stated flat, when 2 of 9 said so, is not what the
    answers show."""
    tx = TEXTS[lang]
    out: list[Finding] = []
    known = [lv for lv in levels if lv.position is not None]
    hinge = next(lv for lv in levels if lv.id == plan.hinge_level)
    hinge_low = hinge.position is not None and hinge.position < plan.hinge_below
    why = tx["hinge_why" if studys_hinge(plan) else "hinge_why_file"]
    if hinge_low:
        out.append(
            Finding(
                tx["finding_hinge_title"].format(name=hinge.name),
                tx["finding_hinge"].format(name=hinge.name, pos=whole(hinge.position), why=why),
            )
        )
    elif result.placement.hinge:  # capped by the facts, the level at or above its threshold
        facts = tx["hinge_facts"].format(facts=hinge_facts) if hinge_facts else ""
        out.append(
            Finding(
                tx["finding_hinge_facts_title"].format(name=hinge.name),
                tx["finding_hinge_facts"].format(name=hinge.name, pos=whole(hinge.position), facts=facts, why=why),
            )
        )
    flagged = sorted((g for g in gaps if g.flagged), key=lambda g: -g.gap)
    if known:
        low = min(known, key=lambda lv: lv.position or 0)
        high = max(known, key=lambda lv: lv.position or 0)
        # "on the digital side" is said only of a level that is (its position below the digital band)
        on_digital_side = (low.position or 0) < plan.digital_below
        if on_digital_side and (low.id != plan.hinge_level or not out):
            out.append(
                Finding(
                    tx["finding_low_title"].format(name=low.name),
                    tx["finding_low"].format(
                        name=low.name, pos=whole(low.position), pole=_after_colon(low.pole_digital)
                    ),
                )
            )
        if high.id != low.id and (high.position or 0) >= plan.socio_professional_from:
            pole = _after_colon(high.pole_socio)
            text = tx["finding_high"].format(name=high.name, pos=whole(high.position), pole=pole)
            # a mean that role groups far apart make: said with it, not as a second finding that
            # seemed to contradict it (« Point d'appui … 75 » above « à 50 points d'écart »)
            apart = next((g for g in flagged if g.level == high.id), None)
            if apart is not None:
                text += tx["finding_high_split"].format(gap=whole(apart.gap), high=apart.high, low=apart.low)
                flagged.remove(apart)
            out.append(Finding(tx["finding_high_title"].format(name=high.name), text))
    if flagged:
        g = flagged[0]
        out.insert(
            min(1, len(out)),
            Finding(
                tx["finding_gap_title"].format(name=g.level_name),
                tx["finding_gap"].format(name=g.level_name, gap=whole(g.gap), high=g.high, low=g.low),
            ),
        )
    split = [d.level_name for d in disagree or () if d.flagged]
    if split and not flagged:  # a role gap already says it, with who sees it higher
        out.insert(
            min(1, len(out)),
            Finding(tx["finding_disagree_title"], tx["finding_disagree"].format(names=", ".join(split))),
        )
    for s in signals:
        if len(out) >= 3:
            break
        text = s.explanation
        if 0 < s.respondents < respondents:  # 0: not told (fewer respondents than the minimum group size)
            text += " " + counted(s.respondents, "report.finding_share", lang, of=grouped(respondents, lang))
        out.append(Finding(s.title, text))
    missing = [lv for lv in levels if lv.position is None]
    if missing and len(out) < 3:
        out.append(
            Finding(
                tx["finding_missing_title"], tx["finding_missing"].format(names=", ".join(lv.name for lv in missing))
            )
        )
    return out[:3]


def _respondents_by_group(result: OrganisationResult, lang: Lang) -> list[tuple[str, int | None]]:
    """Who answered, for the cover: the groups the gap table shows, each with its count; else each
    role present, uncounted. The cover listed every role with its count ("fonctions support : 1")
    beside groups that merge that role with others so that it is never shown alone."""
    if result.groups:
        return [(roles_label(g.roles, lang), g.respondents) for g in result.groups]
    if sum(result.roles.values()) == 1:
        return [(roles_label([r], lang), None) for r in result.roles]
    return [(roles_label([r], lang), None) for r, k in result.roles.items() if k]


def summary_caveat(respondents: int, roles: dict[str, int], min_group_size: int, lang: Lang) -> str:
    """What the summary page says of the picture it gives, when the answers cannot stand for the
    organisation (docs/method.md, "Limits": few respondents, or respondents of a single role, give a
    partial picture): one respondent; several but fewer than `min_group_size` (no role compared, no
    disagreement measured); all of one known role. The cover says it too, but the summary is the
    page a management team copies and hands round alone."""
    tx = TEXTS[lang]
    if respondents == 1:
        return tx["single_note"]
    out = []
    if respondents < min_group_size:
        out.append(tx["summary_few"].format(n=respondents, min=min_group_size))
    known = [r for r, k in roles.items() if k]
    if len(known) == 1 and known[0] != UNSPECIFIED:
        out.append(tx["summary_one_role"].format(role=roles_label([known[0]], lang)))
    return " ".join(out)


def map_x(pos: float) -> float:
    """SVG x of a trajectory position (0..100) on the map."""
    left, right = MAP_LEFT, MAP_W - MAP_RIGHT
    return round(left + (right - left) * pos / 100, 1)


def map_y(depth: float) -> float:
    """SVG y of an integration depth (0..100) on the map."""
    top, bottom = MAP_TOP, MAP_H - MAP_BOTTOM
    return round(bottom - (bottom - top) * depth / 100, 1)


def map_frame(
    plan: Plan, q: Questionnaire, lang: Lang
) -> tuple[list[tuple[float, float, str, str]], list[tuple[float, str, float]], tuple[float, float, float, float]]:
    """The map's trajectory bands, depth stages and plot area, from the plan's thresholds and the
    questionnaire's stages (the report's map and the portfolio's)."""
    x, y = map_x, map_y
    lo, hi = plan.digital_below, plan.socio_professional_from
    bands = [
        (x(0), x(lo), t("digital", lang), "digital"),
        (x(lo), x(hi), t("hybrid", lang).split(",")[0], "hybrid"),
        (x(hi), x(100), t("socio-professional", lang), "socio"),
    ]
    edges = [y(st.from_) for st in q.scoring.depth_stages] + [float(MAP_TOP)]
    stages = []
    for i, st in enumerate(q.scoring.depth_stages):
        name = stage_label(st.name[q.text_language(lang)])  # a file in French alone: its French
        middle = (edges[i] + edges[i + 1]) / 2 + 3.5 - 7 * name.count("\n")  # two lines: centred in the band
        stages.append((edges[i], name, round(middle, 1)))
    return bands, stages, (MAP_LEFT, MAP_TOP, MAP_W - MAP_RIGHT, MAP_H - MAP_BOTTOM)


def stage_label(name: str) -> str:
    """A depth stage's name as the map prints it left of the frame: on two lines (split by a newline)
    when it would not fit between the axis title and the frame ("Process integration" ran off the
    page's edge over the title). Widths estimated as `place_labels` does, 7.9 units a letter at 13."""
    room = MAP_LEFT - 5 - 22  # the frame's left edge, less the gap before it and the rotated axis title
    if 7.9 * len(name) <= room or " " not in name:
        return name
    spaces = [i for i, c in enumerate(name) if c == " "]
    cut = min(spaces, key=lambda i: abs(len(name) - 2 * i))  # the space nearest the middle
    return name[:cut] + "\n" + name[cut + 1 :]


def _map(plan: Plan, result: OrganisationResult, q: Questionnaire, lang: Lang) -> MapView:
    tx = TEXTS[lang]
    x, y = map_x, map_y
    bands, stages, (left, top, right, bottom) = map_frame(plan, q, lang)
    points: list[MapPoint] = []
    pos, depth = result.placement.position, result.depth_score
    if pos is not None and depth is not None:
        points.append(MapPoint(result.organisation_name or result.organisation_id, x(pos), y(depth), pos, depth, True))
    for g in result.groups:
        if g.placement.position is not None and g.depth_score is not None:
            points.append(
                MapPoint(
                    roles_label(g.roles, lang),
                    x(g.placement.position),
                    y(g.depth_score),
                    g.placement.position,
                    g.depth_score,
                    False,
                )
            )
    view = MapView(MAP_W, MAP_H, points, bands, stages, (left, top, right, bottom), bool(points), "")
    place_map(view)
    if points:
        desc = semicolons(
            (tx["map_point"].format(label=p.label, pos=whole(p.position), depth=whole(p.depth)) for p in points), lang
        )
    else:
        desc = tx["map_unavailable"]
    view.description = desc
    return view


def _rounds_elsewhere(others: Sequence[Timeline], lang: Lang) -> str:
    """The sentence naming the rounds answered with another major version of the questionnaire
    ("Les tours 2022 et 2024 ont été faits avec une autre version majeure…"), or "" when none:
    without it, a report on the first round of a new version reads as the organisation's first."""
    rounds = [r for tl in sorted(others, key=lambda tl: tl.major) for r in tl.rounds]
    if not rounds:
        return ""
    labels = joined([round_label(r.label, lang) for r in rounds], lang)
    versions = sorted(
        {m.sheet.questionnaire_version for r in rounds for m in r.members}, key=lambda v: parse_version(v) or (0, 0, 0)
    )
    return counted(len(rounds), "report.rounds_other_major", lang, rounds=labels, versions=joined(versions, lang))


def _map_path(history: Timeline, lang: Lang) -> list[MapPoint]:
    """The organisation's earlier rounds on the map (those placed on both axes), oldest first."""
    out = []
    for r in history.rounds[:-1]:
        pos, depth = r.result.placement.position, r.result.depth_score
        if pos is None or depth is None:
            continue
        x, y = map_x(pos), map_y(depth)
        out.append(MapPoint(round_label(r.label, lang), x, y, pos, depth, False, size=12, earlier=True, limit=20))
    return out


def place_map(view: MapView) -> None:
    """Place the labels of the map's points and of the organisation's earlier rounds together, kept
    off the dashed path drawn from the first round to the latest (the template draws the path only
    with the organisation's own point)."""
    main = next((p for p in view.points if p.main), None)
    path = view.path if main is not None else []
    trail = [*path, main] if path and main is not None else []
    lines = [(a.x, a.y, b.x, b.y) for a, b in itertools.pairwise(trail)]
    # and off the dashed lines between the depth stages, where it can be (Val-de-Marne's name was
    # printed on one, as if struck through)
    left, _, right, _ = view.plot
    lines += [(left, y, right, y) for y, _, _ in view.stages[1:]]
    place_labels([*view.points, *path], view.plot[2], lines)


def cut_label(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: whole when it fits, else cut between words and ended
    with "…": never inside a word ("fonctions suppo…") unless it is longer than the limit (the parts
    of a compound place name are words: "Ville de Saint-Médard-en…", not "Ville de…"), never
    inside a number ("(27 0…" of "27 000 habitants") or an unclosed parenthesis, never after a
    joining sign ("direction +…")."""
    if len(text) <= limit:
        return text
    joiners = " +-\u2013\u2014,;:/&("

    def in_number(i: int) -> bool:
        return text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()

    def between_words(i: int) -> bool:  # a space, or the hyphen of a compound ("Saint-Rémy-de-Provence")
        if text[i] == "-":
            return text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha()
        return text[i] == " " and not in_number(i)

    for i in reversed([i for i in range(limit) if between_words(i)]):
        kept = text[:i].rstrip(joiners)
        if kept.count("(") > kept.count(")"):  # the cut falls inside a parenthesis: end before it
            kept = kept[: kept.rindex("(")].rstrip(joiners)
        if kept:
            return kept + "\u2026"
    kept = text[: limit - 1]  # one word longer than the limit: cut in it, but not in a number
    while len(kept) > 1 and kept[-1].isdigit() and text[len(kept)].isdigit():
        kept = kept[:-1]
    return kept.rstrip(joiners) + "\u2026"


def distinct_cuts(texts: Sequence[str], limit: int) -> list[str]:
    """Each text cut as `cut_label` cuts it, except where different texts would print alike (three
    communes shown as "Commune de Saint-Martin-de…"): those keep their last words too, cut in the
    middle ("Commune de… Martin-de-Ré"), so that the map tells them apart."""
    cuts = [cut_label(t, limit) for t in texts]
    alike = Counter(c for _, c in set(zip(texts, cuts, strict=True)))
    return [_cut_middle(t, limit) if c != t and alike[c] > 1 else c for t, c in zip(texts, cuts, strict=True)]


def _cut_middle(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: its beginning cut by `cut_label`, then its end from a
    space or a hyphen (at most half the limit; else its last letters)."""
    starts = [i for i in range(1, len(text)) if text[i - 1] in " -" and len(text) - i <= limit // 2]
    tail = text[starts[0] :] if starts else text[-(limit // 2) :]
    head = cut_label(text[: len(text) - len(tail)].rstrip(" -"), limit - len(tail) - 2).removesuffix("\u2026")
    return f"{head}\u2026 {tail}"


def _hits(seg: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether the segment (x0, y0, x1, y1) crosses the box (x0, x1, y0, y1) (Liang-Barsky)."""
    x0, y0, x1, y1 = seg
    bx0, bx1, by0, by1 = box
    t0, t1 = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for p, q in ((-dx, x0 - bx0), (dx, bx1 - x0), (-dy, y0 - by0), (dy, by1 - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return False
    return True


LABEL_STEP = 15  # a map label's line height; its box runs from 11 above its baseline to 3 below
NEAR = 24  # points this close on both axes are one cluster (its labels may end left of them all)
LABEL_SEARCH = 5000  # placements tried before the labels are placed one by one, each where it first fits
Box = tuple[float, float, float, float]  # x0, x1, y0, y1
Spot = tuple[float, float, tuple[float, float] | None]  # a label's x, baseline and leader's end
Segment = tuple[float, float, float, float]  # x0, y0, x1, y1: a path drawn on the map


def label_metrics(p: MapPoint) -> tuple[float, float, float]:
    """A label's width per letter, height above its baseline and below it, estimated from DejaVu
    Sans at the size it is printed: about 0.6 em a letter, a little more in bold (15 units for the
    organisation, 13 for a group, `p.size` when set). `label_width` takes the larger of this and the
    font's own widths."""
    if p.main:
        return 9.5, 11.0, 3.0
    size = p.size or 13.0
    return 7.9 * size / 13, 11 * size / 13, 3 * size / 13


def text_width(p: MapPoint, text: str) -> float:
    """The width of `text` printed as the label of `p`, by DejaVu Sans' own widths."""
    from .glyphs import BOLD, OTHER, REGULAR

    size = 15.0 if p.main else (p.size or 13.0)
    table = BOLD if p.main else REGULAR
    return sum(table.get(c, OTHER) for c in text) * size / 1000


def label_width(p: MapPoint, text: str) -> float:
    """The width of `text` printed as the label of `p` (`text_width`), never less than
    `label_metrics`' letters (the maps laid out with those keep their places): "Logemer" in bold ran
    74 units wide, 66.5 by the letters, and a group's dot drawn over its last letter."""
    return max(label_metrics(p)[0] * len(text), text_width(p, text))


def label_box(p: MapPoint) -> Box | None:
    """The box that the label of `p` covers as placed (None when it carries none)."""
    if not p.text:
        return None
    _, up, down = label_metrics(p)
    return p.label_x, p.label_x + label_width(p, p.text), p.label_y - up, p.label_y + down


def place_labels(
    points: list[MapPoint], right: float, lines: Sequence[Segment] = (), obstacles: Sequence[tuple[float, float]] = ()
) -> None:
    """Put each label beside its point, inside the frame (the bands' titles stand above it): on its
    right, else on its left, else above or below it (centred, then starting or ending at the point).
    Where no side is free, it goes on the nearest free row below or above, with a leader line from
    the point to the label's nearest edge. No label covers another label, a point or a line, and no
    line crosses another label or a point away from its own: the placements are searched together
    (a line to the middle of a label pushed against the frame ran across the organisation's name, in
    maps whose points all sit in one corner: Logeterre, Le Relais, Bellerive). A label is cut at a
    word only when it cannot fit in the frame (`cut_label`), or at `p.limit` letters.

    `lines` are the paths drawn between rounds, which a label is kept off where it can be, and
    `obstacles` the points drawn without a label. When the search finds no placement keeping every
    rule, the labels are placed one by one (the organisation first, then the groups, then the
    earlier rounds), each in the free spot nearest its point anywhere in the frame: a label may then
    lie on a path or its line cross another, but never covers another label or a point, nor leaves
    the frame; a label finding no room at all is left off (`text` empty: the text alternative and
    the tables still name it). Twelve organisations at one spot ran their names down over the axis
    and out of the drawing; the rounds' names were put at the dot, over the organisation's own."""
    left = MAP_LEFT
    order = sorted(points, key=lambda p: (p.earlier, not p.main, p.y, p.x))
    metrics = [label_metrics(p) for p in order]
    widths = []
    room = right - 4 - (left + 2)
    for p in order:
        limit = min(len(p.label), p.limit) if p.limit else len(p.label)
        p.text = cut_label(p.label, limit)
        while label_width(p, p.text) > room and limit > 1:  # cut at a word only when it cannot fit the frame
            limit -= 1
            p.text = cut_label(p.label, limit)
        widths.append(label_width(p, p.text))
    spots = [_spots(p, w, m, right, points) for p, w, m in zip(order, widths, metrics, strict=True)]
    dots = [((p.x, p.y), (p.x - 8, p.x + 8, p.y - 10, p.y + 8)) for p in points]
    dots += [((x, y), (x - 8, x + 8, y - 10, y + 8)) for x, y in obstacles]
    boxes: list[Box | None] = []  # those of the labels chosen so far, in `order`
    off_dots: dict[tuple[int, Spot], bool] = {}  # a spot clear of the points, once for each spot
    off_lines: dict[tuple[int, Spot], bool] = {}  # and of the paths, asked only at level 2
    clear: dict[tuple[int, Spot, float], bool] = {}  # a spot's line: clear of the points

    def box(i: int, spot: Spot) -> Box:
        _, up, down = metrics[i]
        return spot[0], spot[0] + widths[i], spot[1] - up, spot[1] + down

    def fits(i: int, spot: Spot, chosen: list[Spot | None], level: int, spare: float = 10) -> bool:
        """Level 0: on no label and no point; 1: nor a line across a label or a point (but those
        within `spare` of its own); 2: nor a label on a path."""
        p, (_, _, end) = order[i], spot
        mine = box(i, spot)
        key = (i, spot)  # what does not depend on the other labels, once for each spot, when asked
        if key not in off_dots:
            off_dots[key] = not any(_overlap(mine, b) for _, b in dots)
        if not off_dots[key]:
            return False
        if level >= 2:
            if key not in off_lines:
                off_lines[key] = not any(_hits(seg, mine) for seg in lines)
            if not off_lines[key]:
                return False
        if any(b is not None and _overlap(mine, b) for b in boxes):
            return False
        if level == 0:
            return True
        for k, other in enumerate(chosen):
            kend = other[2] if other is not None else None
            if kend is not None and _hits((order[k].x, order[k].y, *kend), mine):
                return False
            b = boxes[k]
            if end is not None and b is not None and _hits((p.x, p.y, *end), b):
                return False
        # a line runs clear of the points it does not start from (those on its own point excepted)
        if end is None:
            return True
        if (i, spot, spare) not in clear:
            clear[(i, spot, spare)] = not any(
                _hits((p.x, p.y, *end), (qx - 5, qx + 5, qy - 5, qy + 5))
                for (qx, qy), _ in dots
                if math.dist((p.x, p.y), (qx, qy)) > spare
            )
        return clear[(i, spot, spare)]

    budget = [LABEL_SEARCH]
    chosen: list[Spot | None] = []

    def search(i: int, level: int) -> bool:
        if i == len(order):
            return True
        for spot in spots[i]:
            budget[0] -= 1
            if budget[0] < 0:
                return False
            if fits(i, spot, chosen, level):
                chosen.append(spot)
                boxes.append(box(i, spot))
                if search(i + 1, level):
                    return True
                chosen.pop()
                boxes.pop()
        return False

    found = search(0, 2)
    if not found and lines:  # kept off the paths, the labels found no room: allowed on them
        budget[0] = LABEL_SEARCH
        found = search(0, 1)
    if not found:  # one by one: each in the first spot that fits, beside its point, else anywhere
        chosen.clear()
        boxes.clear()
        stacks = _stacks(order, widths, metrics, right)
        for i, p in enumerate(order):
            far: list[Spot] = []  # the whole frame's spots, listed only when those near are all taken
            beside = [s for s in spots[i] if s[2] is None]
            # a line out of a tight cluster may pass over its neighbours' dots, never across a label
            tries = ((beside, 2, 10), (stacks[i], 1, 24), (spots[i], 2, 10), (spots[i], 1, 10), (far, 1, 10),
                     (far, 1, 24), (spots[i], 0, 0), (stacks[i], 0, 0), (far, 0, 0))  # fmt: skip
            spot = None
            for tried, lv, spare in tries:
                if tried is far and not far:
                    far += _anywhere(p, widths[i], metrics[i], right)
                spot = next((s for s in tried if fits(i, s, chosen, lv, spare)), None)
                if spot is not None:
                    break
            chosen.append(spot)
            boxes.append(None if spot is None else box(i, spot))
    for p, spot in zip(order, chosen, strict=True):
        if spot is None:  # no room left in the frame: no label rather than one over another
            p.text, p.leader = "", None
            continue
        p.label_x, p.label_y, p.leader = round(spot[0], 1), round(spot[1], 1), spot[2]


def _stacks(
    order: list[MapPoint], widths: list[float], metrics: list[tuple[float, float, float]], right: float
) -> list[list[Spot]]:
    """Per label, its row in a column beside its cluster (points chained within NEAR units of each
    other), on the right of the cluster then on its left, the rows in the order of the points from
    the top: the lines then fan out from the cluster to the column's edge, across no label (the
    labels of twelve organisations at one spot, each put in the free spot nearest to it, walled the
    others in and their lines ran through them)."""
    n = len(order)
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            i = root[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if _near(order[i], order[j]):
                root[find(i)] = find(j)
    clusters: dict[int, list[int]] = {}
    for i in range(n):
        clusters.setdefault(find(i), []).append(i)
    out: list[list[Spot]] = [[] for _ in range(n)]
    for members in clusters.values():
        if len(members) < 3:
            continue
        members.sort(key=lambda i: (order[i].y, order[i].x))
        xs, ys = [order[i].x for i in members], [order[i].y for i in members]
        rows = LABEL_STEP * (len(members) - 1)
        first = (min(ys) + max(ys)) / 2 - rows / 2 + 5  # the column centred on the cluster, in the frame
        first = max(MAP_TOP + 4 + 11, min(first, MAP_H - MAP_BOTTOM - 3 - rows))
        for k, i in enumerate(members):
            _, up, down = metrics[i]
            ly = first + k * LABEL_STEP
            for lx in (max(xs) + 12, min(xs) - 12 - widths[i]):
                if _inside(lx, ly, widths[i], up, down, right):
                    out[i].append((lx, ly, _leader(order[i], lx, ly, widths[i], up, down)))
    return out


def _near(p: MapPoint, q: MapPoint) -> bool:
    return abs(p.x - q.x) <= NEAR and abs(p.y - q.y) <= NEAR


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] - 1 and b[2] < a[3] - 1


def _leader(p: MapPoint, lx: float, ly: float, width: float, up: float, down: float) -> tuple[float, float]:
    """Where the line from `p` meets its label: the point of the label's box nearest to it."""
    return round(min(max(p.x, lx + 2), lx + width - 2), 1), round(min(max(p.y, ly - up), ly + down), 1)


def _spots(
    p: MapPoint, width: float, metrics: tuple[float, float, float], right: float, points: list[MapPoint]
) -> list[Spot]:
    """Where the label of `p` may go, best first: beside its point (no line), then on the rows below
    and above it, nearest first, with a line to the label's nearest edge. Labels of points a few units
    apart may end left of them all, so that a line to one passes right of the others (Logeterre)."""
    left, bottom = MAP_LEFT, MAP_H - MAP_BOTTOM
    _, up, down = metrics
    step = LABEL_STEP
    gap = 11 if p.main else 8
    centred = max(left + 2, min(p.x - width / 2, right - width - 4))
    beside = [(p.x + gap, p.y + 5), (p.x - gap - width, p.y + 5), (centred, p.y - step + 2), (centred, p.y + step + 6)]
    # then below or above, starting or ending at the point: a centred label pushed against the
    # frame's edge ran under a neighbour's point, nearer to it than to its own (Logemer's map)
    for lx in (p.x - 4, p.x + 4 - width):
        beside += [(lx, p.y + step + 6), (lx, p.y - step + 2)]

    def inside(lx: float, ly: float) -> bool:
        return _inside(lx, ly, width, up, down, right)

    out: list[Spot] = [(lx, ly, None) for lx, ly in beside if inside(lx, ly)]
    cluster = min(q.x for q in points if _near(p, q))
    starts = [
        max(left + 2, min(lx, right - 4 - width))
        for lx in (cluster - 10 - width, p.x - 10 - width, p.x + 4 - width, p.x - 4, centred, p.x + 10)
    ]
    rows = int((bottom - MAP_TOP) // step) + 1
    for j in sorted(range(-rows, rows + 1), key=lambda j: (abs(j), -j)):  # nearest rows first, below first
        ly = p.y + 6 + j * step
        for lx in dict.fromkeys(starts):
            if inside(lx, ly):
                out.append((lx, ly, _leader(p, lx, ly, width, up, down)))
    return out


def _inside(lx: float, ly: float, width: float, up: float, down: float, right: float) -> bool:
    """Whether a label's box lies inside the frame, below the bands' titles standing above it."""
    return lx >= MAP_LEFT + 2 and lx + width <= right - 4 and ly - up >= MAP_TOP + 4 and ly + down <= MAP_H - MAP_BOTTOM


def _anywhere(p: MapPoint, width: float, metrics: tuple[float, float, float], right: float) -> list[Spot]:
    """Every spot of the frame on a grid, nearest to `p` first, each with a line from it: the last
    resort when none near it is free."""
    _, up, down = metrics
    top, bottom = MAP_TOP + 4 + up, MAP_H - MAP_BOTTOM - down
    out: list[tuple[float, Spot]] = []
    last = right - 4 - width
    xs = dict.fromkeys([*(MAP_LEFT + 2 + 12 * k for k in range(int((last - MAP_LEFT - 2) // 12) + 1)), last])
    ly = top
    while ly <= bottom:
        for lx in xs:
            if _inside(lx, ly, width, up, down, right):
                end = _leader(p, lx, ly, width, up, down)
                out.append((math.dist((p.x, p.y), end), (lx, ly, end)))
        ly += LABEL_STEP / 3
    out.sort(key=lambda d: d[0])  # stable: ties keep the grid's order, top left first
    return [s for _, s in out]


def _drivers(
    plan: Plan, q: Questionnaire, sheets: Sequence[AnswerSheet], result: OrganisationResult, lang: Lang
) -> list[DriverLevel]:
    """Per level, the points of support and the points of blockage: the answers placed most clearly
    on the socio-professional side (mean position at or above the socio-professional band) and on
    the digital side (below the digital band), each by its own position between the poles, never
    against the level's mean (an answer at the digital pole never shows as "pulling up").

    `effect` ranks them: the question's weight share times its distance from the middle (50)."""
    asked: Counter[str] = Counter(qp.id for s in sheets for qp in plan.questions.values() if qp.asked_of(s.role))
    per_q: dict[str, list[float]] = {}
    for s in sheets:
        for qid, v in question_values(plan.questions, s.answers, s.role).items():
            per_q.setdefault(qid, []).append(25.0 * v)
    out = []
    for lv in LEVEL_IDS:
        level_pos = result.levels[lv].position
        items = []
        left_out = 0
        if level_pos is not None:
            # a question asked of, or answered by, fewer than the minimum group size would show those
            # few's answers (one respondent's own answers are theirs to see)
            need = 1 if len(sheets) == 1 else plan.min_group_size
            mine = [qq for qq in q.questions if qq.level == lv and qq.id in per_q]
            qs = [qq for qq in mine if asked[qq.id] >= need and len(per_q[qq.id]) >= need]
            left_out = len(mine) - len(qs)
            total_w = math.fsum(qq.weight for qq in qs) or 1.0
            for qq in qs:
                mean = math.fsum(per_q[qq.id]) / len(per_q[qq.id])
                effect = round(qq.weight / total_w * (mean - 50.0), 1)
                # of those it was asked (an answer of a role not asked, kept in its file, is counted
                # by none of the report's rules)
                asked_of = plan.questions[qq.id].asked_of
                answers = Counter(
                    _answer_label(qq, s.answers[qq.id], lang)
                    for s in sheets
                    if qq.id in s.answers and s.answers[qq.id] != DONT_KNOW and asked_of(s.role)
                )
                # the answer given most often; when several are given as often, none is named: a
                # split of 4 and 4 beside a group of four at a pole told the other four's answers
                most = max(answers.values(), default=0)
                common = [a for a, k in answers.items() if k == most]
                tied = len(common) > 1
                answer = "" if tied else (common[0] if common else "")
                # how many gave it, of those who answered: the appendix's counts, which the minimum
                # group size already allows (a reader took a bare « réponse la plus fréquente » for all)
                given, answered = (most, sum(answers.values())) if len(sheets) > 1 and not tied else (0, 0)
                items.append(Driver(qq.id, qq.wording(lang), answer, round(mean, 1), effect, tied, given, answered))
        support = [d for d in items if d.position >= plan.socio_professional_from]
        blockage = [d for d in items if d.position < plan.digital_below]
        up = sorted(support, key=lambda d: (-d.effect, d.question_id))[:DRIVERS]
        down = sorted(blockage, key=lambda d: (d.effect, d.question_id))[:DRIVERS]
        out.append(DriverLevel(lv, q.level(lv).name[lang], level_pos, up, down, left_out))
    return out


def _appendix(
    q: Questionnaire,
    plan: Plan,
    members: Sequence[Scored],
    result: OrganisationResult,
    answered: Counter[str],
    lang: Lang,
) -> list[AppendixQuestion]:
    """Question by question: one respondent's own answers, or everyone's counts and comments, and
    each role group's mean position where the groups reach the minimum size. A question asked of
    fewer than `min_group_size` respondents shows nothing (its few answerers would be recognised).
    Comments and free texts are sorted alphabetically, an order unrelated to who wrote them or to
    the order of the files."""
    tx = TEXTS[lang]
    min_size = plan.min_group_size
    sheets = [m.sheet for m in members]
    values = [question_values(plan.questions, s.answers, s.role) for s in sheets]
    out = []
    single = len(sheets) == 1
    few = set(answered_by_few(plan, answered, len(sheets)))
    for qq in q.questions:
        if qq.level in LEVEL_IDS:
            section = q.level(qq.level).name[lang]
        elif qq.level == "depth":
            section = tx["depth_title"]
        else:
            section = tx["context"]
        asked = [s for s in sheets if s.role is None or s.role in qq.roles]
        item = AppendixQuestion(
            id=qq.id, level=section, text=qq.wording(lang), help=qq.help[lang],
            source=cite_source(qq.source.doc, qq.source.ref, lang), counts=[], texts=[], comments=[], single=None,
        )  # fmt: skip
        out.append(item)
        if not single and len(asked) < min_size:
            item.hidden = True
            continue
        if qq.id in few and qq.type != "text":
            # asked of many, answered by few (the others do not know, as its help text may ask of
            # those not in the room): the counts would tell those few's answers
            item.hidden = True
            item.hidden_why = "hidden_answered"
            continue
        if qq.type == "text":
            item.texts = sorted(
                str(s.answers[qq.id]) for s in asked if qq.id in s.answers and s.answers[qq.id] != DONT_KNOW
            )
        else:
            c: Counter[str] = Counter()
            for s in asked:
                a = s.answers.get(qq.id)
                if a is None:
                    c["__skipped"] += 1
                elif a == DONT_KNOW:
                    c[DONT_KNOW] += 1
                elif isinstance(a, list):
                    c.update(a)
                else:
                    c[str(a)] += 1
            keys: list[tuple[str, str]] = []
            if qq.type == "scale" and qq.scale:
                for k in range(qq.scale.min, qq.scale.max + 1):
                    lab = qq.scale.labels.get(k)
                    keys.append((str(k), f"{k}" + (f" ({lab[lang]})" if lab else "")))
            else:
                keys = [(o.id, o.label[lang]) for o in qq.options]
            if qq.dont_know:
                keys.append((DONT_KNOW, t("dont_know", lang)))
            keys.append(("__skipped", tx["skipped"]))
            denom = max(len(asked), 1)
            item.counts = [AnswerCount(label, c[k], c[k] / denom) for k, label in keys]
        item.comments = sorted(  # a comment that repeats the free answer it sits on is printed once
            s.comments[qq.id]
            for s in asked
            if qq.id in s.comments and s.comments[qq.id].strip() and s.comments[qq.id] != s.answers.get(qq.id)
        )
        if single and qq.id in sheets[0].answers:
            item.single = _answer_label(qq, sheets[0].answers[qq.id], lang)
        if qq.scored and not single:
            by_group: list[tuple[str, float]] = []
            for g in result.groups:  # every group shown reaches the minimum size
                vals = [
                    25.0 * v[qq.id] for s, v in zip(sheets, values, strict=True)
                    if (s.role or "unspecified") in g.roles and qq.id in v
                ]  # fmt: skip
                # a group's mean on one question, from few people and few values, tells its
                # members' answers (0, 0 and 25 are the only three answers whose mean is 8): it is
                # shown only from twice the minimum group size who answered; a group whose members
                # all gave the same value would show each member's answer. And one group shown
                # with the counts (or the question's mean) tells the others' answers: every group
                # passes, or none is shown on this question.
                if len(vals) < 2 * min_size or len(set(vals)) == 1:
                    by_group = []
                    break
                by_group.append((roles_label(g.roles, lang), round(math.fsum(vals) / len(vals), 1)))
            item.by_group = by_group
            means = [m for _, m in item.by_group]
            item.split = len(means) >= 2 and max(means) - min(means) >= plan.gap_threshold
    return out


def _select(items: list[AppendixQuestion], mode: str, n: int) -> list[AppendixQuestion]:
    """The appendix a report prints: every question, none, or (compact) those a management team
    should read: questions with comments or free answers, and questions that split the role groups."""
    if mode == "none":
        return []
    if mode == "full":
        return items

    def spread(a: AppendixQuestion) -> float:
        means = [m for _, m in a.by_group]
        return max(means) - min(means)

    splits = sorted((a for a in items if a.split and not a.hidden), key=lambda a: (-spread(a), a.id))[:SPLITS]
    keep = {a.id for a in splits}
    return [a for a in items if not a.hidden and (a.comments or a.texts or a.id in keep)]


def _after_colon(text: str) -> str:
    """A description as it reads after a colon: its first letter small (\"… numérique : optimiser\"),
    unless the first word is an acronym (\"GRU\"), and no colon of its own (\"appauvrissement :
    travail posté\" reads \"appauvrissement, travail posté\" there)."""
    text = re.sub(r"\s*:\s+", ", ", text)
    first = text.split(" ", 1)[0]
    return text if not text or first.isupper() else text[0].lower() + text[1:]


def anonymity_of(respondents: int, min_group_size: int) -> str:
    """ "single" (one respondent's own report), "restricted" (fewer than the minimum group size: no
    share of respondents is printed) or "open"."""
    return "single" if respondents == 1 else "restricted" if respondents < min_group_size else "open"


# the basis evaluators already generated, one a signal (a consistency condition compiles a function:
# all eighteen signals of a plan took 7 ms, against 3 ms for a whole context): by the plan's id()
# (the plan kept, so that its id() is not reused), then by signal; a few plans
_BASIS: dict[int, tuple[Plan, dict[str, Any]]] = {}


def _basis_evaluator(plan: Plan, signal_id: str) -> Any:
    from ..scoring import generate_basis_evaluator

    hit = _BASIS.get(id(plan))
    if hit is None or hit[0] is not plan:
        if len(_BASIS) >= 8:
            _BASIS.clear()
        hit = _BASIS[id(plan)] = (plan, {})
    fn = hit[1].get(signal_id)
    if fn is None:
        sig = [s for s in plan.signals if s.id == signal_id]
        fn = hit[1][signal_id] = generate_basis_evaluator(sig, plan.questions)
    return fn


def _basis_counts(plan: Plan, seen: SeenBySignals, raised_ids: Sequence[str]) -> dict[str, Counter[int]]:
    """Per signal of `raised_ids` whose rule can hold in several ways (`_may_differ`), for how many of
    the respondents who raised it each of its `basis_leaves` held (on the answers the signals see)."""
    rules = {s.id: s.when for s in plan.signals}
    wanted = [sid for sid in raised_ids if _may_differ(rules[sid])]
    out: dict[str, Counter[int]] = {sid: Counter() for sid in wanted}
    for sid in wanted:
        basis = _basis_evaluator(plan, sid)
        for answers, positions, role, fired in zip(seen.answers, seen.positions, seen.roles, seen.fired, strict=True):
            if any(f == sid for f, _ in fired):
                out[sid].update(basis(answers, positions, role)[sid])
    return out


@dataclass
class SeenBySignals:
    """What a report's signals read of each respondent: their answers without those to the questions
    `left_out`, their level positions and role, and the signals those raise."""

    answers: list[dict[str, Any]]
    positions: list[dict[str, float | None]]
    roles: list[str | None]
    fired: list[tuple[tuple[str, str], ...]]
    left_out: list[str]


def _seen_by_signals(plan: Plan, members: Sequence[Scored], answered: Counter[str]) -> SeenBySignals:
    """The report's signals read no answer to a question that more than none and fewer than the
    minimum group size answered (the others do not know; with fewer respondents than the minimum,
    every question): raised, or left unraised, by those few answers, a signal would tell them, as
    the question's counts would (the one who did not raise it learns that the other did). A
    condition on a level's position reads the respondent's own position, made of all their answers.
    One respondent's report reads all their answers."""
    few = answered_by_few(plan, answered, len(members))
    left = set(few)
    answers = [{k: v for k, v in m.sheet.answers.items() if k not in left} for m in members]
    positions = [{lv: ls.position for lv, ls in m.card.levels.items()} for m in members]
    roles = [m.sheet.role for m in members]
    fired = [
        plan.evaluate_signals(a, p, r) if left else m.card.signals
        for a, p, r, m in zip(answers, positions, roles, members, strict=True)
    ]
    return SeenBySignals(answers, positions, roles, fired, few)


def _signals_reading(q: Questionnaire, questions: set[str]) -> int:
    """How many of the questionnaire's signals read one of `questions`, raised or not: a count that
    says nothing of those questions' answers."""
    return sum(
        any(isinstance(c, AnswerCond) and c.answer in questions for c in iter_conditions(s.when)) for s in q.signals
    )


def _signal_basis(
    q: Questionnaire, plan: Plan, signal_id: str, counts: dict[str, Counter[int]], members: Sequence[Scored], lang: Lang
) -> str:
    """What raised a signal, in the report's words: for one respondent, each answer (with its
    question for a scale) or level position that made it hold; for several, each of them that held for at
    least the minimum group size of those who raised it, with that count. Fewer are not named (they
    would tell those few's answers); "" when nothing can be named, or when the rule holds only by
    all its conditions (the explanation then says what raised it)."""
    from ..scoring import basis_leaves

    tx = TEXTS[lang]
    held = counts.get(signal_id)
    if not held:
        return ""
    sig = next(s for s in plan.signals if s.id == signal_id)
    leaves = basis_leaves(sig.when)
    single = len(members) == 1
    of = grouped(len(members), lang)
    items: list[str] = []
    hidden = False
    for i, leaf in enumerate(leaves):
        k = held.get(i, 0)
        if not k:
            continue
        if not single and k < plan.min_group_size:
            hidden = True
            continue
        kind = leaf[0]
        if kind == "answer":
            qq = q.question(leaf[1])
            assert qq is not None  # the plan's conditions name its questions
            what = tx["portrait_name"].format(name=qq.wording(lang))
            # the question's opening says what the answers answer; whole, with them, a signal's card
            # took a page more (Logemer, the Association d'insertion)
            opening = tx["portrait_name"].format(name=cut_question(qq.wording(lang), BASIS_QUESTION, lang))
            if single:
                answer = _answer_label(qq, members[0].sheet.answers.get(qq.id), lang)
                # a choice's answer alone ("« En même temps que le déploiement des outils »") left the
                # reader to guess its question; a scale's number needs its whole question
                choice = qq.type in ("single", "multi")
                item = tx["basis_answer"].format(what=opening if choice else what, answer=answer)
            else:
                chosen = _answers_that_hold(qq, leaf[2], leaf[3], lang)
                item = (
                    tx["basis_count_answer"].format(what=opening, answer=chosen, k=grouped(k, lang), n=of)
                    if chosen
                    else tx["basis_count"].format(what=what, k=grouped(k, lang), n=of)
                )
        else:
            lv = q.level(leaf[1])
            name = tx["portrait_name"].format(name=lv.name[lang])
            if kind == "consistency":
                what = tx["basis_consistency"].format(name=name)
            elif single:
                what = tx["basis_level"].format(name=name, pos=whole(members[0].card.levels[lv.id].position))
            else:
                what = tx[f"basis_{leaf[2]}"].format(name=name, x=whole(leaf[3]))
            item = what if single else tx["basis_count"].format(what=what, k=grouped(k, lang), n=of)
        if item not in items:
            items.append(item)
    if not items:
        return ""
    text = tx["basis_sep"].join(items)
    if hidden:
        text += tx["basis_more"].format(min=plan.min_group_size)
    return text


BASIS_QUESTION = 60  # characters of a question kept before the answers that raised a signal


def cut_question(text: str, limit: int, lang: Lang) -> str:
    """A question's opening, as `cut_label` cuts it, but never ended on a word that leads to what was
    cut ("… un engagement écrit sur le…", "… relier les outils et le…"): the answers quoted after
    it then read against nothing ("Oui, un objectif de le réduire"). Those words are dropped, so the
    opening ends on one that carries its meaning ("… un engagement écrit…")."""
    cut = cut_label(text, limit)
    if not cut.endswith("\u2026") or cut == text:
        return cut
    leading = set(TEXTS[lang]["opening_leading_words"].split())
    words = cut[:-1].split(" ")
    while len(words) > 2 and words[-1].lower().rstrip(",;:") in leading:
        words.pop()
    return " ".join(words).rstrip(" ,;:") + "\u2026"


def _answers_that_hold(qq: Question, op: str, arg: Any, lang: Lang) -> str:
    """The answers by which a condition on `qq` holds, in words (« A » ou « B »), so that a count
    "(6 / 10)" beside a question says what those six answered: without it a reader needed the
    questionnaire to know whether they said yes or no. Only for choices; "" for a scale, whose
    points the question's own wording does not name."""
    tx = TEXTS[lang]
    if qq.type not in ("single", "multi"):
        return ""
    label = {o.id: o.label[lang] for o in qq.options}
    if op in ("in", "all_of", "none_of"):
        ids = [i for i in arg if i in label]
    else:  # at_most / at_least: the scored options on that side of the value
        ids = [
            o.id for o in qq.options if o.value is not None and (o.value <= arg if op == "at_most" else o.value >= arg)
        ]
    if not ids:
        return ""
    quoted = [tx["basis_option"].format(answer=label[i]) for i in ids]
    if op == "none_of":
        return tx["basis_none_of" if len(quoted) == 1 else "basis_none_of_any"].format(answers=", ".join(quoted))
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + (tx["and"] if op == "all_of" else tx["or"]) + quoted[-1]


def _may_differ(c: Any) -> bool:
    """Whether a rule can hold by some of its conditions and not others (an `any` outside a `not`)."""
    if c[0] == "any":
        return len(c[1]) > 1 or _may_differ(c[1][0])
    if c[0] == "all":
        return any(_may_differ(x) for x in c[1])
    return False


def signal_level(q: Questionnaire, signal_id: str) -> str:
    """The level a signal belongs to: that of the first question or level its condition reads."""
    sig = q.signal(signal_id)
    for c in iter_conditions(sig.when):
        if isinstance(c, LevelCond):
            return c.level
        if isinstance(c, ConsistencyCond):
            return c.consistency
        if isinstance(c, AnswerCond):
            qq = q.question(c.answer)
            if qq is not None and qq.level in LEVEL_IDS:
                return qq.level
    return ""


def _signal_groups(q: Questionnaire, signals: list[SignalView], lang: Lang) -> list[SignalGroup]:
    """Signals by level in the study's order (strategy, reorganisation, data, practices), then the
    others; within a level, as `signals` comes (most severe first)."""
    out = []
    for lv in (*LEVEL_IDS, ""):
        members = [s for s in signals if s.level == lv]
        if members:
            name = q.level(lv).name[lang] if lv else TEXTS[lang]["other_signals"]
            # "Other signals" read as the rest of the same list: these read no level's questions
            # (network, equipment, context), and move no position (DOMAIN: infrastructure is not the trajectory)
            out.append(SignalGroup(name, members, "" if lv else TEXTS[lang]["other_signals_note"]))
    return out


def _actions(
    signals: list[SignalView], levels: list[LevelView], lang: Lang, hinge_level: str, hinge_passed: bool
) -> list[str]:
    """The first three things to do, in the study's sequence: the hinge level first, then strategy,
    prior reorganisation, data and practices, the most severe first within a level; each advice
    once. While the hinge moment has not happened (or cannot be told), the practices level's advice
    (equipment, new tools) waits: the study shows tools piling up when they come before the
    reorganisation. A signal whose advice is listed carries its number, so that the signals pages
    refer to it instead of printing the same text again."""
    tx = TEXTS[lang]
    out: list[str] = []
    order = {lv: i for i, lv in enumerate(LEVEL_IDS)}
    ranked = sorted(
        (s for s in signals if hinge_passed or s.level != "practices"),
        key=lambda s: (s.level != hinge_level, order.get(s.level, len(order)), SEVERITY_ORDER[s.severity]),
    )
    for s in ranked:
        if len(out) >= 3:
            break
        if s.recommendation in out:
            s.action = out.index(s.recommendation) + 1
            continue
        out.append(s.recommendation)
        s.action = len(out)
    for s in signals:
        if s.action is None and s.recommendation in out:
            s.action = out.index(s.recommendation) + 1
    if any(lv.position is None for lv in levels) and len(out) < 3:
        out.append(tx["first_missing"])
    if not out:
        out.append(tx["first_default"])
    return out


def _glossary(plan: Plan, levels: list[LevelView], lang: Lang) -> list[tuple[str, str]]:
    """One sentence for each term the summary page uses, so that it reads on its own."""
    tx = TEXTS[lang]
    hinge = next(lv.name for lv in levels if lv.id == plan.hinge_level)
    return [
        (tx["g_position"], tx["g_position_text"]),
        (tx["g_trajectory"], tx["g_trajectory_text"].format(lo=whole(plan.digital_below),
                                                            hi=whole(plan.socio_professional_from))),
        (tx["g_hinge"], tx["g_hinge_text" if studys_hinge(plan) else "g_hinge_text_file"].format(
            name=hinge, below=whole(plan.hinge_below))),
        (tx["g_depth"], tx["g_depth_text"].format(stages=stages_explained(plan, lang))),
    ]  # fmt: skip


def stages_explained(plan: Plan, lang: Lang) -> str:
    """The depth stages in a sentence, each under the name the questionnaire file gives it, with its
    range of scores (the file's) and what it means (Dudézert's stages, as the study cites them): a
    reader for whom « numérisation » and « digitalisation » are one word can read the axis."""
    tx = TEXTS[lang]
    starts = [whole(f) for _, f in plan.depth_stages]
    parts = []
    for i, (sid, _) in enumerate(plan.depth_stages):
        if i == len(starts) - 1:  # the last (a file's only stage included): from its start on
            span = tx["stage_from"].format(lo=starts[i])
        elif i == 0:
            span = tx["stage_below"].format(hi=starts[1])
        else:
            span = tx["stage_between"].format(lo=starts[i], hi=starts[i + 1])
        name = tx["portrait_name"].format(name=plan.stage_name(sid, lang))
        parts.append(tx["stage_explained"].format(name=name, span=span, meaning=tx[f"stage_meaning.{sid}"]))
    return tx["stage_sep"].join(parts)


_MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}  # fmt: skip


def format_date(iso: str, lang: str) -> str:
    """2021-06-15 as "15 juin 2021" (French) or "15 June 2021"."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    month = _MONTHS["en" if lang == "en" else "fr"][m - 1]
    day = "1er" if d == 1 and lang != "en" else str(d)
    return f"{day}\u00a0{month} {y}"


def dates_text(dates: list[str], lang: str) -> str:
    """The answers' dates in words: one date, or the first and the last."""
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    if first == last:
        return format_date(first, lang)
    return f"{format_date(first, lang)} – {format_date(last, lang)}"
