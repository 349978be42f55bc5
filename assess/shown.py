"""How a position, a gap or a share is printed for people (report, portfolio, tables, the
interview's summary): the whole points reached, never rounded up.

Every limit a reading depends on is a whole number (the bands at 40 and 60, the hinge at 40, a gap
flagged from 25 points, a level measured from 50 % coverage), and a value is on its side of a limit
by its exact figure. Rounded to the nearest, 39.5 printed "40 / 100" beside « numérique », and a
method page saying that 40 is hybrid; 24.6 printed a gap of 25 that was not flagged. The whole
points reached keep each figure on its side. Exports (CSV, JSON, XLSX, the database) keep the exact
figures, to one decimal.

One table invites a subtraction: the report's gaps between role groups. There the groups' positions
and their gap are printed to one decimal (`tenth`), so that the gap is the difference of the two
figures printed beside it (84 and 57 beside a gap of 26 read as an error).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

# positions hold one decimal; a share times 100 may fall a hair short of its figure (0.57 * 100)
_HAIR = 1e-6


def points(x: float) -> int:
    """The whole points reached: 39.9 is 39, 40.0 is 40."""
    return math.floor(x + _HAIR)


def whole(x: float | None) -> str:
    """A position, a gap or a percentage as printed: its whole points, "—" when unknown."""
    return "—" if x is None else str(points(x))


def change(before: float | None, after: float | None) -> int | None:
    """The change as a reader reckons it from the two figures printed (51.4 to 70.2 is 70 - 51 = 19)."""
    return None if before is None or after is None else points(after) - points(before)


def tenth(x: float | None, lang: str) -> str:
    """A position or a gap to one decimal, with the language's decimal sign ("26,9" in French)."""
    if x is None:
        return "—"
    text = f"{x:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def semicolons(parts: Iterable[str], lang: str) -> str:
    """Parts of a sentence joined by semicolons, with French spacing in French ("a ; b")."""
    return (" ; " if lang == "fr" else "; ").join(parts)
