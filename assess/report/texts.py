"""Fixed texts of the report, French (reference) and English. Written for a management team that
never saw the questionnaire; drawn from Bretesché (2024, 2025)."""

from __future__ import annotations

from ..shown import whole
from ..texts import section

TEXTS: dict[str, dict[str, str]] = section("report")

_TRAJ: dict[str, dict[str, str]] = section("trajectory")


def quoted_list(names: list[str], lang: str) -> str:
    """Level names in a sentence: each quoted, the last joined by "and" (« A », « B » et « C »)."""
    quoted = [TEXTS[lang]["portrait_name"].format(name=n) for n in names]
    return ", ".join(quoted[:-1]) + TEXTS[lang]["and"] + quoted[-1] if len(quoted) > 1 else "".join(quoted)


def trajectory_sentence(
    trajectory: str, position: float | None, missing: list[str], lang: str, sector: str | None = None
) -> str:
    """Where the organisation stands, in one sentence told in its sector's own story when the
    catalogue has one (a consultant's own sector gets the general sentence)."""
    pos = whole(position)
    texts = _TRAJ[lang]
    text = texts.get(f"{trajectory}.{sector}") or texts[trajectory]
    return text.format(pos=pos, missing=quoted_list(missing, lang) or "—")
