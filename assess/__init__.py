"""assess: a digital-transformation self-assessment for French public and social-sector organisations.

The library API is loaded on first use, so that `assess --help` stays fast:

    import assess
    q = assess.get_questionnaire("housing")
    card = assess.score(q, answers_dict)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "load_questionnaire": "loader",
    "parse_questionnaire": "loader",
    "load_catalog": "catalog",
    "Catalog": "catalog",
    "compile_plan": "plan",
    "Plan": "plan",
    "get_questionnaire": "api",
    "parse_answers": "api",
    "read_answers": "api",
    "score": "api",
    "aggregate": "api",
    "organisations": "api",
    "timelines": "api",
    "Timeline": "rounds",
    "Questionnaire": "model",
    "AnswerSheet": "answers",
    "check_answers": "answers",
    "Scored": "organisation",
    "ScoreCard": "scoring",
    "OrganisationResult": "organisation",
    "AssessError": "errors",
    "QuestionnaireError": "errors",
    "AnswersError": "errors",
    "UnknownQuestionnaire": "errors",
    "Problem": "errors",
    "build_report_context": "api",
    "render_report": "report.render",
    "respondent_record": "records",
    "organisation_record": "records",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'assess' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
