"""Fixed texts of the report, French (reference) and English. Written for a management team that
never saw the questionnaire; drawn from Bretesché (2024, 2025)."""

from __future__ import annotations

from ..shown import whole
from ..texts import section

TEXTS: dict[str, dict[str, str]] = section("report")

_TRAJ: dict[str, dict[str, str]] = section("trajectory")


def trajectory_sentence(
    trajectory: str, position: float | None, missing: list[str], lang: str, sector: str | None = None
) -> str:
    """Where the organisation stands, in one sentence told in its sector's own story when the
    catalogue has one (a consultant's own sector gets the general sentence)."""
    pos = whole(position)
    texts = _TRAJ[lang]
    text = texts.get(f"{trajectory}.{sector}") or texts[trajectory]
    return text.format(pos=pos, missing=", ".join(missing) or "—")
