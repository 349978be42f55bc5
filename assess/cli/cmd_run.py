"""`assess run`: the questionnaire in the terminal, for a manager, with nothing lost."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .common import LangOpt, QDirsOpt, catalog, check_labels, check_lang, default_lang, fail


class RoleOpt(str, Enum):  # noqa: UP042 - typer needs str enums
    direction = "direction"
    management = "management"
    field = "field"
    support = "support"


def run_cmd(
    questionnaire_id: Annotated[str | None, typer.Argument(metavar="[ID]")] = None,
    lang: LangOpt = None,
    role: Annotated[RoleOpt | None, typer.Option("--role")] = None,
    org_id: Annotated[str | None, typer.Option("--org-id")] = None,
    org_name: Annotated[str | None, typer.Option("--org-name")] = None,
    respondent_id: Annotated[str | None, typer.Option("--respondent-id")] = None,
    round_label: Annotated[str | None, typer.Option("--round")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    resume: Annotated[Path | None, typer.Option("--resume")] = None,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Answer the questionnaire in the terminal, level by level, in French or English.

    Arrow keys and Enter choose (number keys too), Space ticks a multiple choice, ← goes back,
    ? shows why a question is asked, c adds a comment, s skips, q saves and quits. Every answer is
    saved at once to a draft ($ASSESS_DRAFTS_DIR, else ~/.local/state/assess/drafts), locked with a
    resume code you choose; Ctrl-C (or a
    kill, or the terminal closed) saves and tells how to resume. At the end: a summary, the answers
    file for `assess score`, and the command that makes the report.
    """
    from ..errors import AssessError
    from ..interview.run import run_interview

    check_lang(lang)
    # before any question: the answers file could not hold them
    check_labels(round_label, ("--org-id", org_id), ("--respondent-id", respondent_id))
    cat = catalog(questionnaires_dir)
    try:
        code = run_interview(
            cat,
            questionnaire_id=questionnaire_id,
            lang=lang,
            default_lang=default_lang(None),
            role=role.value if role else None,
            org_id=org_id,
            org_name=org_name,
            respondent_id=respondent_id,
            output=output,
            resume=resume,
            round_label=round_label,
        )
    except AssessError as e:
        fail(e)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("run")(run_cmd)
