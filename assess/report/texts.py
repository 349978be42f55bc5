"""Fixed texts of the report, French (reference) and English. Written for a management team that
never saw the questionnaire; drawn from Bretesché (2024, 2025)."""

from __future__ import annotations

from ..texts import section

TEXTS: dict[str, dict[str, str]] = section("report")

_TRAJ: dict[str, dict[str, str]] = section("trajectory")


def trajectory_sentence(trajectory: str, position: float | None, missing: list[str], lang: str) -> str:
    pos = "—" if position is None else f"{position:.0f}"
    return _TRAJ[lang][trajectory].format(pos=pos, missing=", ".join(missing) or "—")
