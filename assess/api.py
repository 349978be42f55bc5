"""The library API: what a script uses without the command line. It calls the same pipeline as the
commands, so a script and `assess score` cannot disagree."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from .answers import AnswerSheet, check_answers, question_values
from .catalog import Catalog, load_catalog
from .errors import AnswersError
from .model import Questionnaire
from .organisation import OrganisationResult, Scored
from .organisation import aggregate as _aggregate
from .plan import Plan, compile_plan
from .scoring import ScoreCard
from .scoring import score as _score


def get_questionnaire(qid: str, version: str | None = None, dirs: Iterable[str] = ()) -> Questionnaire:
    """An installed questionnaire by id (newest, or newest of the same major version)."""
    return load_catalog(tuple(dirs)).questionnaire(qid, version)


def _plan(q: Questionnaire | Plan) -> Plan:
    return q if isinstance(q, Plan) else compile_plan(q)


def parse_answers(questionnaire: Questionnaire | Plan, obj: dict[str, Any], source: str = "") -> AnswerSheet:
    """Check an `assess-answers/1` object against a questionnaire; AnswersError lists every problem."""
    return check_answers(_plan(questionnaire), obj, source).sheet


def score(questionnaire: Questionnaire | Plan, answers: AnswerSheet | dict[str, Any]) -> ScoreCard:
    """Score one respondent's answers (an AnswerSheet or an `assess-answers/1` dict)."""
    plan = _plan(questionnaire)
    sheet = answers if isinstance(answers, AnswerSheet) else check_answers(plan, answers).sheet
    return _score(plan, sheet.answers, question_values(plan.questions, sheet.answers, sheet.role), sheet.role)


def aggregate(questionnaire: Questionnaire | Plan, sheets: Sequence[AnswerSheet]) -> OrganisationResult:
    """One organisation's result from its respondents' sheets."""
    plan = _plan(questionnaire)
    return _aggregate(plan, [Scored(s, score(plan, s)) for s in sheets])


def read_answers(path: str | os.PathLike[str], catalog: Catalog | None = None) -> list[Scored]:
    """Every respondent of a JSON or JSONL file, checked and scored; AnswersError lists every problem."""
    from .pipeline import collect

    scored, outcome = collect(catalog or load_catalog(), [os.fspath(path)], jobs=1)
    if outcome.problems:
        raise AnswersError(outcome.problems)
    return scored
