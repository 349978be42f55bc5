"""One error hierarchy: the library raises these, the CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: where it is and what is wrong."""

    source: str
    message: str
    line: int | None = None
    where: str | None = None  # question id or key path

    def __str__(self) -> str:
        place = self.source
        if self.line is not None:
            place += f":{self.line}"
        parts = [x for x in (place, self.where, self.message) if x]
        return ": ".join(parts)


class AssessError(Exception):
    """Base of every error a user can cause. Carries one or more problems."""

    def __init__(self, problems: list[Problem] | Problem | str, source: str | Path = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(str(source), problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = problems
        super().__init__("\n".join(str(p) for p in problems))


class QuestionnaireError(AssessError):
    """A questionnaire file is unreadable or invalid."""


class AnswersError(AssessError):
    """An answers file or line is unreadable or does not match its questionnaire."""


class UnknownQuestionnaire(AnswersError):
    """The answers name a questionnaire (or major version) that is not installed."""


# the exit code when the reader of standard output went away before the end (`assess score | head`):
# 128 + SIGPIPE, as a tool the signal stops; quiet, but never 0, since not every result was read
PIPE_CLOSED = 141
