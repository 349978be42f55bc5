"""The library API: what a script uses without the command line."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from .answers import AnswerSheet, Compiled, check_header, validate_answers
from .errors import AnswersError, Problem
from .loader import Registry, load_registry
from .model import Questionnaire
from .organisation import OrganisationResult
from .organisation import aggregate as _aggregate
from .reading import BLANK, is_jsonl, iter_jsonl, read_json
from .scoring import ScoreCard
from .scoring import score as _score

_COMPILED: dict[int, Compiled] = {}


def compile_questionnaire(q: Questionnaire | Compiled) -> Compiled:
    """The questionnaire reduced to lookups (cached per questionnaire object)."""
    if isinstance(q, Compiled):
        return q
    cq = _COMPILED.get(id(q))
    if cq is None or cq.q is not q:
        cq = _COMPILED[id(q)] = Compiled(q)
    return cq


def get_questionnaire(qid: str, version: str | None = None, dirs: Iterable[str] = ()) -> Questionnaire:
    """An installed questionnaire by id (newest, or newest of the same major version)."""
    return load_registry(dirs).get(qid, version)


def parse_answers(questionnaire: Questionnaire | Compiled, obj: dict[str, Any], source: str = "") -> AnswerSheet:
    """Validate an `assess-answers/1` object against a questionnaire."""
    cq = compile_questionnaire(questionnaire)
    qid, _ = check_header(obj, source, None)
    if qid != cq.id:
        raise AnswersError(Problem(source, f"answers are for '{qid}', not '{cq.id}'", None, "questionnaire"))
    major = str(obj["questionnaire"]["version"]).split(".")[0]
    if major != str(cq.major):
        raise AnswersError(
            Problem(source, f"answers are for version {obj['questionnaire']['version']}, "
                    f"questionnaire is {cq.version}: major versions differ", None, "questionnaire")
        )  # fmt: skip
    return validate_answers(cq, obj, source)


def score(questionnaire: Questionnaire | Compiled, answers: AnswerSheet | dict[str, Any]) -> ScoreCard:
    """Score one respondent's answers (an AnswerSheet or an `assess-answers/1` dict)."""
    cq = compile_questionnaire(questionnaire)
    sheet = answers if isinstance(answers, AnswerSheet) else parse_answers(cq, answers)
    return _score(cq, sheet)


def aggregate(questionnaire: Questionnaire | Compiled, sheets: Sequence[AnswerSheet]) -> OrganisationResult:
    """One organisation's result from its respondents' sheets."""
    cq = compile_questionnaire(questionnaire)
    return _aggregate(cq, [(s, _score(cq, s)) for s in sheets])


def read_answers(
    path: str | os.PathLike[str], registry: Registry | None = None
) -> list[tuple[Questionnaire, AnswerSheet]]:
    """Every respondent of a JSON or JSONL file, validated; AnswersError lists every problem."""
    from .batch import Scorer

    reg = registry or load_registry()
    scorer = Scorer(reg)
    src = os.fspath(path)
    out: list[tuple[Questionnaire, AnswerSheet]] = []
    problems: list[Problem] = []
    objs: Iterable[tuple[int | None, Any]]
    objs = iter_jsonl(src) if is_jsonl(src) else [(None, read_json(src))]
    for line, obj in objs:
        if obj is BLANK:
            continue
        if isinstance(obj, AnswersError):
            problems.extend(obj.problems)
            continue
        try:
            cq, sheet = scorer.sheet(obj, src, line)
            out.append((cq.q, sheet))
        except AnswersError as e:
            problems.extend(e.problems)
    if problems:
        raise AnswersError(problems)
    return out
