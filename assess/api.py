"""The library API: what a script uses without the command line. It calls the same pipeline as the
commands, so a script and `assess score` cannot disagree.

Where a function takes a questionnaire, it takes a `Questionnaire`, its compiled `Plan`, or the id
of an installed questionnaire ("housing"). Given an id, the answers' own version chooses the version
that scores them (the newest installed of the same major version), as `assess score` does. Anything
else, or an id that is not installed, raises UnknownQuestionnaire (an AnswersError)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answers import (
    AnswerSheet,
    _kind,
    _short,
    _short_id,
    as_source,
    check_answers,
    is_date,
    not_for,
    question_values,
    read_header,
)
from .catalog import Catalog, as_folders, load_catalog
from .errors import AnswersError, AssessError, Problem, QuestionnaireError, UnknownQuestionnaire
from .model import Questionnaire
from .organisation import OrganisationResult, Scored, one_group
from .organisation import aggregate as _aggregate
from .plan import Plan, compile_plan, parse_version
from .scoring import ScoreCard
from .scoring import score as _score

if TYPE_CHECKING:
    from .pipeline import Organisation
    from .report.context import ReportContext
    from .rounds import Timeline

Answers = AnswerSheet | dict[str, Any]
LANGS = ("fr", "en")


def get_questionnaire(
    qid: str, version: str | None = None, dirs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] = ()
) -> Questionnaire:
    """An installed questionnaire by id (newest, or newest of the same major version as `version`);
    `dirs`: more folders of questionnaires (one folder may be given alone; QuestionnaireError when
    one cannot be read). UnknownQuestionnaire when there is no such questionnaire or version."""
    folders = as_folders(dirs)  # an id or a version that is not text: said by the catalog (`Catalog.entry`)
    cat = load_catalog(folders)
    given = {str(Path(f)) for f in folders}
    missing = [p for p in cat.problems if p.source in given]  # a folder given that cannot be read
    if missing:  # would give the bundled questionnaire instead of the one asked for
        raise QuestionnaireError(missing)
    return cat.questionnaire(qid, version, for_answers=False)


def _plan(q: Questionnaire | Plan | str, answers: Sequence[Answers], source: str = "") -> Plan:
    """The plan of a questionnaire given as a model, a plan or an installed id (then the version of
    the first answers that name a valid one chooses it; `source` names one dict's file)."""
    if isinstance(q, Plan):
        return q
    if isinstance(q, Questionnaire):
        return compile_plan(q)
    if type(q) is not str:
        raise UnknownQuestionnaire(
            f"expected a questionnaire (a Questionnaire, a Plan or an installed questionnaire's id), got {_kind(q)}"
        )
    version = None
    for a in answers:
        # read_header: AnswersError when the answers name no version
        version = a.questionnaire_version if isinstance(a, AnswerSheet) else read_header(a, source, None)[1]
        if parse_version(version) is not None:
            break
    return load_catalog().plan_for(q, version)


def _sheet(plan: Plan, answers: object) -> AnswerSheet:
    """Answers checked against the plan by the one check: a dict, or a sheet (as an answers object)."""
    if not isinstance(answers, AnswerSheet):
        return check_answers(plan, answers).sheet
    wrong = not_for(plan, answers.questionnaire_id, answers.questionnaire_version)
    if wrong:
        raise AnswersError(Problem(answers.source, wrong, answers.line))
    # a sheet is a mutable object a script may have changed since its check (an answer, a role):
    # checked again, so that what is scored and reported is what the check lets through
    checked = check_answers(plan, answers.to_json(), answers.source, answers.line).sheet
    checked.warnings = list(answers.warnings)
    return checked


def parse_answers(
    questionnaire: Questionnaire | Plan | str, obj: dict[str, Any], source: str | os.PathLike[str] = ""
) -> AnswerSheet:
    """Check an `assess-answers/1` object against a questionnaire; AnswersError lists every problem,
    each named by `source` (the file it came from, as text or a path)."""
    source = as_source(source)
    return check_answers(_plan(questionnaire, [obj], source), obj, source).sheet


def score(questionnaire: Questionnaire | Plan | str, answers: Answers) -> ScoreCard:
    """Score one respondent's answers (an AnswerSheet or an `assess-answers/1` dict)."""
    plan = _plan(questionnaire, [answers])
    sheet = _sheet(plan, answers)
    return _score(plan, sheet.answers, question_values(plan.questions, sheet.answers, sheet.role), sheet.role)


def _members(plan: Plan, sheets: Sequence[Answers | Scored], what: str) -> list[Scored]:
    """The respondents of a list, checked against the plan and scored (a Scored's own card kept),
    one organisation's of one round, each once (`organisation.one_group`)."""
    members = []
    for s in sheets:
        if isinstance(s, Scored) and isinstance(s.card, ScoreCard):
            members.append(Scored(_sheet(plan, s.sheet), s.card))
        else:
            sheet = _sheet(plan, s)  # anything else: the check says what it got
            members.append(Scored(sheet, score(plan, sheet)))
    if not members:
        raise AnswersError(f"{what} needs the answers of at least one respondent")
    one_group(members)
    return members


def _listed(sheets: Any, what: str) -> list[Any]:
    if isinstance(sheets, AnswerSheet | Scored | dict | str | bytes) or not isinstance(sheets, Iterable):
        raise AnswersError(f"{what} takes a list of respondents' answers, got {_kind(sheets)}")
    return list(sheets)


def aggregate(questionnaire: Questionnaire | Plan | str, sheets: Sequence[Answers | Scored]) -> OrganisationResult:
    """One organisation's result from its respondents' sheets (or `assess-answers/1` dicts, or what
    `read_answers` gives); AnswersError when there is none, when they are of several organisations
    or rounds, or when a respondent id is given twice."""
    sheets = _listed(sheets, "aggregate")
    plan = _plan(questionnaire, [s.sheet if isinstance(s, Scored) else s for s in sheets])
    return _aggregate(plan, _members(plan, sheets, "aggregate"))


def build_report_context(
    questionnaire: Questionnaire | Plan | str,
    sheets: Sequence[Answers | Scored],
    lang: str = "fr",
    generated_on: str | None = None,
    appendix: str = "compact",
    history: Timeline | None = None,
    peers: Sequence[OrganisationResult] | None = None,
    other_versions: Sequence[Timeline] = (),
) -> ReportContext:
    """Everything one organisation's report shows (`report.context.build_report_context`, which
    says what `appendix`, `history`, `peers` and `other_versions` do), from its respondents' sheets,
    `assess-answers/1` dicts or what `read_answers` gives: checked as `aggregate` checks them."""
    from .report.context import build_report_context as build
    from .rounds import Timeline as Timeline_

    if lang not in LANGS:
        raise AssessError(Problem("", f"lang is one of {', '.join(LANGS)}, not {_short_id(lang)}"))
    if generated_on is not None and (type(generated_on) is not str or not is_date(generated_on)):
        raise AssessError(
            Problem("", f"generated_on must be a day of the calendar, YYYY-MM-DD, got {_short(generated_on)}")
        )
    if history is not None and not isinstance(history, Timeline_):
        raise AssessError(Problem("", f"history is a Timeline (rounds.timelines) or None, got {_kind(history)}"))
    if peers is not None:
        given: list[Any] = [peers] if isinstance(peers, str | dict) or not isinstance(peers, Iterable) else list(peers)
        if not all(isinstance(p, OrganisationResult) for p in given):
            raise AssessError(Problem("", "peers is a list of OrganisationResult (from aggregate) or None"))
        peers = given
    single = isinstance(other_versions, str | dict) or not isinstance(other_versions, Iterable)
    others: list[Any] = [other_versions] if single else list(other_versions or ())  # one Timeline, as one peer
    if not all(isinstance(o, Timeline_) for o in others):
        raise AssessError(Problem("", "other_versions is a list of Timeline (rounds.timelines)"))
    sheets = _listed(sheets, "build_report_context")
    plan = _plan(questionnaire, [s.sheet if isinstance(s, Scored) else s for s in sheets])
    if isinstance(questionnaire, Questionnaire):
        model = questionnaire
    else:  # the model of the plan's questionnaire, for its texts
        try:
            model = load_catalog().questionnaire(plan.id, plan.version, for_answers=False)
        except UnknownQuestionnaire:
            raise UnknownQuestionnaire(
                f"{plan.label()} is not installed: give its Questionnaire (get_questionnaire with dirs)"
            ) from None
        if model.version != plan.version:
            raise UnknownQuestionnaire(f"{plan.label()} is not installed: give its Questionnaire")
    members = _members(plan, sheets, "build_report_context")
    return build(model, members, lang, generated_on, plan, appendix, history, peers, others)


def read_answers(path: str | os.PathLike[str], catalog: Catalog | None = None) -> list[Scored]:
    """Every respondent of a JSON or JSONL file, checked and scored; AnswersError lists every problem."""
    from .pipeline import collect

    if not isinstance(path, str | os.PathLike):
        raise AnswersError(f"read_answers takes the path of an answers file, got {_kind(path)}")
    scored, outcome = collect(_catalog(catalog, "read_answers"), [os.fspath(path)], jobs=1)
    if outcome.problems:
        raise AnswersError(outcome.problems)
    return scored


def _catalog(catalog: Catalog | None, what: str) -> Catalog:
    """The catalog a function `what` was given, else the installed questionnaires'."""
    if catalog is not None and not isinstance(catalog, Catalog):
        raise AnswersError(f"{what} takes a Catalog (from load_catalog) or None, got {_kind(catalog)}")
    return catalog or load_catalog()


def _grouped(people: Any, what: str, catalog: Catalog | None) -> list[Organisation]:
    """Respondents of any organisations, questionnaires and rounds, each checked against the plan its
    answers name in the catalog and scored (a Scored's own card kept), each once, grouped as the
    commands group them (`pipeline.organisations`)."""
    from .pipeline import once_each, organisations

    items = _listed(people, what)
    cat = _catalog(catalog, what)
    scored = []
    for s in items:
        answers = s.sheet if isinstance(s, Scored) and isinstance(s.card, ScoreCard) else s
        if isinstance(answers, AnswerSheet):
            plan = cat.plan_for(answers.questionnaire_id, answers.questionnaire_version)
        else:
            plan = cat.plan_for(*read_header(answers, "", None))  # AnswersError: not answers
        if answers is s:
            sheet = _sheet(plan, s)
            scored.append(Scored(sheet, score(plan, sheet)))
        else:
            scored.append(Scored(_sheet(plan, answers), s.card))
    if not scored:
        raise AnswersError(f"{what} needs the answers of at least one respondent")
    kept, _, _ = once_each(scored)
    if len(kept) < len(scored):  # would count twice, as `aggregate` says
        ids = {id(s) for s in kept}
        twice = sorted({s.sheet.respondent_id or "" for s in scored if id(s) not in ids})
        raise AnswersError(Problem("", f"respondents given twice (each counts once): {', '.join(twice)}"))
    return organisations(cat, kept)


def organisations(people: Iterable[Answers | Scored], catalog: Catalog | None = None) -> list[OrganisationResult]:
    """The results `assess score --by-organisation` gives: one per organisation, questionnaire,
    major version and round, in its order, from respondents of any of them (sheets,
    `assess-answers/1` dicts or what `read_answers` gives), each scored with the version its answers
    name in `catalog` (the installed questionnaires by default). AnswersError when there is no
    respondent, when one is not valid, or when a respondent id is given twice in one round."""
    return [o.result for o in _grouped(people, "organisations", catalog)]


def timelines(people: Iterable[Answers | Scored], catalog: Catalog | None = None) -> list[Timeline]:
    """Each organisation's rounds side by side, one timeline per organisation, questionnaire and
    major version, rounds in order, each round's change from the one before (`rounds.Timeline`):
    what `assess report` sets beside the latest round, and what `build_report_context` takes as
    `history` (with the latest round's members as its respondents). Takes what `organisations`
    takes."""
    from .rounds import timelines as make

    return make(_grouped(people, "timelines", catalog))
