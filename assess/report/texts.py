"""Fixed texts of the report, French (reference) and English. Written for a management team that
never saw the questionnaire; drawn from Bretesché (2024, 2025)."""

from __future__ import annotations

from collections.abc import Sequence

from ..shown import whole
from ..texts import counted, section

TEXTS: dict[str, dict[str, str]] = section("report")

_TRAJ: dict[str, dict[str, str]] = section("trajectory")


def quoted_list(names: list[str], lang: str) -> str:
    """Level names in a sentence: each quoted, the last joined by "and" (« A », « B » et « C »)."""
    return joined([TEXTS[lang]["portrait_name"].format(name=n) for n in names], lang)


def joined(items: list[str], lang: str) -> str:
    """Items in a sentence, the last joined by "and" (A, B et C)."""
    return ", ".join(items[:-1]) + TEXTS[lang]["and"] + items[-1] if len(items) > 1 else "".join(items)


def leaning(levels: Sequence[tuple[str, float | None]], digital_below: float, socio_from: float, lang: str) -> str:
    """The hybrid band told from the figures: which measured levels (name, position) lean towards the
    socio-professional pole (at or above the file's `socio_professional_from`), which stay on the
    digital side (below `digital_below`), or that none leans either way. A fixed sentence would say
    "the work was rethought, data remain to be shared" of an organisation whose figures say the opposite."""
    tx = TEXTS[lang]

    def named(lvs: list[tuple[str, float]]) -> str:
        return joined([tx["portrait_level"].format(name=n, pos=whole(p)) for n, p in lvs], lang)

    high = [(n, p) for n, p in levels if p is not None and p >= socio_from]
    low = [(n, p) for n, p in levels if p is not None and p < digital_below]
    socio = counted(len(high), "report.lean_socio", lang, names=named(high))
    digital = counted(len(low), "report.lean_digital", lang, names=named(low))
    if high and low:
        return tx["lean_both"].format(socio=socio, digital=digital)
    if high:
        return tx["lean_socio_only"].format(socio=socio)
    if low:
        return tx["lean_digital_only"].format(digital=digital)
    if not any(p is not None for _, p in levels):
        return ""
    return tx["lean_none"].format(lo=whole(digital_below), hi=whole(socio_from))


def trajectory_sentence(
    trajectory: str,
    position: float | None,
    missing: list[str],
    lang: str,
    sector: str | None = None,
    pattern: str = "",
) -> str:
    """Where the organisation stands, in one sentence told in its sector's own story when the
    catalogue has one (a consultant's own sector gets the general sentence). `pattern` (the hybrid
    band's `leaning`) says what the figures show; the sector's text adds only what holds whatever they are."""
    pos = whole(position)
    texts = _TRAJ[lang]
    text = texts.get(f"{trajectory}.{sector}") or texts[trajectory]
    return text.format(pos=pos, missing=quoted_list(missing, lang) or "—", pattern=f" {pattern}" if pattern else "")
