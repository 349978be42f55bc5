"""Rendering: the report context through jinja2 templates into one self-contained HTML file, and
that HTML into PDF with WeasyPrint (imported only when a PDF is asked for)."""

from __future__ import annotations

import bisect
import functools
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..answers import _kind
from ..errors import AssessError, Problem
from ..resources import bundled_templates_dir
from ..shown import tenth, whole
from ..terminal import clean, typography
from ..texts import counted, grouped
from .context import ReportContext, cut_label

if TYPE_CHECKING:
    from ..portfolio import PortfolioContext

_ENVS: dict[str | None, Any] = {}


def _typography(value: Any) -> Any:
    """Every text printed: control and directional characters shown, never obeyed (`terminal.clean`,
    as in the terminal), and French spacing that never breaks (« and » kept with their words, a colon
    or a question mark never at the start of a line); markup already made (a CSS string) is left as
    it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return typography(clean(value))
    return value


def css_string(value: Any) -> Markup:
    """A CSS string literal that no data can break out of (used in @page footers)."""
    s = clean(str(value))
    out = []
    for ch in s:
        if ch.isalnum() or ch in " .,;:-_()/·'":
            out.append(ch if ch != "'" else "\\27 ")
        else:
            out.append(f"\\{ord(ch):x} ")
    return Markup('"' + "".join(out) + '"')


def environment(templates_dir: str | os.PathLike[str] | None = None) -> Any:
    """A jinja2 environment: the consultant's folder first, then the bundled templates.
    Autoescape is always on, whatever the file extension; undefined names are errors."""
    key = None if templates_dir is None else str(Path(templates_dir).resolve())
    env = _ENVS.get(key)
    if env is None:
        import jinja2

        loaders: list[jinja2.BaseLoader] = []
        if templates_dir is not None:
            if not Path(templates_dir).is_dir():
                raise AssessError(Problem(str(templates_dir), "templates folder not found"))
            loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
        loaders.append(jinja2.FileSystemLoader(str(bundled_templates_dir())))
        env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=_typography,
        )
        env.filters["cssstr"] = css_string
        env.filters["whole"] = whole  # positions, gaps and shares: the whole points reached (shown.py)
        env.filters["tenth"] = tenth  # the gap table's figures, to one decimal (shown.py)
        env.filters["counted"] = counted  # a number with its noun, singular or plural (texts.counted)
        env.filters["grouped"] = grouped  # a count with its thousands grouped as the language writes them
        env.filters["cut_label"] = cut_label  # a map label cut at a word, never in a number (context.cut_label)
        _ENVS[key] = env
    return env


def render_report(
    context: ReportContext | PortfolioContext,
    templates_dir: str | os.PathLike[str] | None = None,
    template: str = "report.html",
) -> str:
    """The report (or, with "portfolio.html", the portfolio) as one HTML string: inline CSS and SVG,
    no script, no external request."""
    import jinja2

    from ..portfolio import PortfolioContext

    if not isinstance(context, ReportContext | PortfolioContext):
        # the template would say "'None' has no attribute 'lang'", as if the template were wrong
        raise AssessError(
            Problem(
                "",
                "render_report takes a ReportContext (from build_report_context) or a PortfolioContext, "
                f"got {_kind(context)}",
            )
        )
    if not isinstance(template, str):
        raise AssessError(
            Problem("", f"template is a template's file name (like 'report.html'), got {_kind(template)}")
        )
    if templates_dir is not None and not isinstance(templates_dir, str | os.PathLike):
        raise AssessError(Problem("", f"templates_dir is a folder or None, got {_kind(templates_dir)}"))
    env = environment(templates_dir)
    try:
        html: str = env.get_template(template).render(r=context)
    except jinja2.TemplateError as e:
        where = getattr(e, "filename", None) or template
        line = getattr(e, "lineno", None)
        raise AssessError(Problem(str(where), f"template error: {e.message or e}", line)) from None
    return re.sub(r"\n\s*\n+", "\n", html)


def _weasyprint() -> Any:
    """WeasyPrint, imported. On Linux, cffi asks `ctypes.util.find_library` about every name WeasyPrint
    tries for its libraries, and each question starts ldconfig, gcc and ld: 54 processes, 0.25 s of
    every PDF. There, a name is only opened as it is written (the names WeasyPrint tries include
    each library's soname, `libpango-1.0.so.0`, which the dynamic loader finds)."""
    import sys

    if not sys.platform.startswith("linux"):
        import weasyprint

        return weasyprint
    import ctypes.util

    find = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        import weasyprint
    finally:
        ctypes.util.find_library = find
    return weasyprint


def pdf_bytes(html: str, where: str) -> bytes:
    """The HTML as PDF (WeasyPrint; nothing is fetched). A missing WeasyPrint or system library is
    an error naming `where`, with what to install."""
    try:
        weasyprint = _weasyprint()
    except (ImportError, OSError) as e:  # OSError: WeasyPrint is there but its system libraries are not
        raise AssessError(Problem(where, pdf_help(str(e)))) from None
    html = printable(html)
    try:
        pdf = weasyprint.HTML(string=html, base_url=None, url_fetcher=_no_fetch).write_pdf()
    except OSError as e:
        raise AssessError(Problem(where, pdf_help(str(e)))) from None
    assert pdf is not None
    return bytes(pdf)


# what the PDF shows for a character that no installed font can draw (a box would look like a fault
# of the report; this mark is the one readers know for "a character was here")
UNPRINTABLE = "\ufffd"


@functools.lru_cache(maxsize=1)
def _font_coverage() -> tuple[list[int], list[int]] | None:
    """The characters the installed fonts can draw, as sorted starts and ends of ranges (one
    `fc-list` call, 40 ms); None when fontconfig's `fc-list` cannot tell."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{charset}\n"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    ranges: list[tuple[int, int]] = []
    for part in out.split():
        first, _, last = part.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue
    if not ranges:
        return None
    ranges.sort()
    starts: list[int] = []
    ends: list[int] = []
    for lo, hi in ranges:
        if starts and lo <= ends[-1] + 1:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    return starts, ends


def _drawable(ch: str, coverage: tuple[list[int], list[int]]) -> bool:
    code = ord(ch)
    if code < 0x80 or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
        return True  # ASCII, and what is not drawn (joiners, spaces)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True  # variation selectors choose a glyph's style, they are not drawn
    starts, ends = coverage
    i = bisect.bisect_right(starts, code) - 1
    return i >= 0 and code <= ends[i]


def printable(html: str) -> str:
    """The HTML with each character that no installed font can draw (an emoji or a script without a
    font on this machine, in a comment or a name) replaced by U+FFFD, printed as a visible mark,
    instead of the empty box WeasyPrint would print. Unchanged when fontconfig cannot tell."""
    coverage = _font_coverage()
    if coverage is None:
        return html
    mark = UNPRINTABLE if _drawable(UNPRINTABLE, coverage) else "?"

    def css(m: re.Match[str]) -> str:  # the footer's name, in a CSS string, is written "\\1f3e0 "
        code = int(m.group(1), 16)
        return m.group(0) if code > 0x10FFFF or _drawable(chr(code), coverage) else f"\\{ord(mark):x} "

    html = _STYLE.sub(lambda m: _CSS_ESCAPE.sub(css, m.group(0)), html)
    missing = {ch for ch in set(html) if not _drawable(ch, coverage)}
    if not missing:
        return html
    return "".join(mark if ch in missing else ch for ch in html)


_STYLE = re.compile(r"<style\b.*?</style>", re.S)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6}) ?")


def write_pdf(html: str, path: str | os.PathLike[str], perms: int = 0o666) -> None:
    """Render the HTML to PDF with WeasyPrint, written atomically (`perms`: as `write_atomic`'s)."""
    from ..output import write_atomic

    write_atomic(path, pdf_bytes(html, str(path)), perms)


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    # the report is self-contained: nothing is ever fetched, so nothing can leak
    raise ValueError(f"external resource refused: {url}")


def pdf_help(detail: str) -> str:
    """What to install for a PDF, in English as the catalogue writes it (translated when printed)."""
    from ..texts import text

    return text("problem.152", "en").format(detail=detail.splitlines()[0] if detail else "unknown")
