"""Text from data (answer files, questionnaires) made safe for a terminal: an escape sequence in an
organisation name must be shown, never obeyed (it could clear the screen or retitle the window)."""

from __future__ import annotations

import re

# C0 and C1 control characters (escape sequences start with them), except tab and newline
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Control characters shown as \\xNN."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def rich_text(text: str) -> str:
    """Data for a rich console: control characters shown, and no [markup] read in it."""
    from rich.markup import escape

    return escape(clean(text))
