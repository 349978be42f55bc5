"""Text from data (answer files, questionnaires) made safe for a terminal: an escape sequence in an
organisation name must be shown, never obeyed (it could clear the screen or retitle the window)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import IO

    from rich.console import Console

# C0 and C1 control characters (escape sequences start with them), except tab and newline; the
# bidirectional controls, which would show a text in another order than it is read ("trojan source");
# and lone surrogates: a file name's bytes that are not UTF-8, shown as the byte (as results name them)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


# the spaces repr writes as escapes (to Python every space but " " is unprintable), each after an
# even run of backslashes (an odd one is a backslash of the text itself, escaped)
_SPACE_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\(xa0|u1680|u200[0-9a]|u202f|u205f|u3000)")


def repr_shown(text: str) -> str:
    """`text` quoted as repr quotes it (controls, line separators and bidirectional marks escaped),
    its spaces shown as spaces: a French label's narrow no-break space before ":" read « \\u202f : »
    in every message quoting it."""
    return _SPACE_ESCAPE.sub(lambda m: m.group(1) + chr(int(m.group(2)[1:], 16)), repr(text))


def _name_byte(o: int) -> int | None:
    """The byte o - 0xDC00 of a name that is not UTF-8, as Python keeps it (surrogateescape)."""
    return o - 0xDC00 if 0xDC80 <= o <= 0xDCFF else None


def _escaped(m: re.Match[str]) -> str:
    o = ord(m.group())
    b = _name_byte(o)
    o = o if b is None else b
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"


def clean(text: str) -> str:
    """Control characters shown as \\xNN, bidirectional controls as \\uNNNN."""
    return _CONTROL.sub(_escaped, text)


@contextlib.contextmanager
def data_stdout() -> Iterator[Any]:
    """Standard output for a result's bytes: left as they are into a file or a pipe, made safe to
    show on a terminal (`ShownOnTerminal`); flushed at the end (on a terminal with what a sequence
    cut at the last write left, escaped)."""
    out = sys.stdout.buffer
    if not sys.stdout.isatty():
        yield out
        out.flush()
        return
    shown = ShownOnTerminal(out)
    yield shown
    shown.close()


class ShownOnTerminal:
    """A result written to standard output when it is a terminal (`score -f jsonl`, `import`
    without `-o`), made safe to show: what `clean` escapes, but a line's end, is written as JSON
    writes a character (`\\u009b`), so that the lines are still valid JSON, the same data once read
    back. JSON escapes C0 characters itself, not C1 (U+009B opens a sequence as ESC [ does) nor the
    directional controls (U+202E showed the rest of the line backwards), and a CSV cell keeps ESC:
    they reached the terminal raw. Written to a file or a pipe, the bytes are left as they are."""

    def __init__(self, raw: IO[bytes]) -> None:
        import codecs

        self.raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")  # a sequence cut between writes

    def write(self, data: bytes) -> int:
        self.raw.write(self._shown(self._decoder.decode(data)))
        return len(data)

    def flush(self) -> None:
        self.raw.flush()

    def close(self) -> None:
        """The end of the output: a sequence left cut is written, escaped; standard output stays open."""
        self.raw.write(self._shown(self._decoder.decode(b"", final=True)))
        self.raw.flush()

    @staticmethod
    def _shown(text: str) -> bytes:
        return _CONTROL.sub(_json_escaped, text).encode("utf-8", "surrogateescape")


def _json_escaped(m: re.Match[str]) -> str:
    ch = m.group()
    if ch == "\r":  # CSV's line end
        return ch
    if "\ud800" <= ch <= "\udfff":  # a byte that is not UTF-8 (0x9b alone is CSI in an 8-bit terminal)
        return _escaped(m)
    return f"\\u{ord(ch):04x}"


def shell_word(text: str) -> str:
    """A word to copy into a command: shlex's quoting, or, when it holds what cannot be typed or
    shown (a control character, a byte of a name that is not UTF-8, a space other than the
    ordinary one), bash's $'...', which the shell reads back to the very bytes: such a byte as
    \\xNN (as `clean` shows it), another character as its code point."""
    import shlex

    if text.isprintable():  # no control, no name's byte: those `clean` shows are none of them
        return shlex.quote(text)
    return "$'" + "".join(_shell_char(ch) for ch in text) + "'"


def _shell_char(ch: str) -> str:
    o = ord(ch)
    if ch in "\\'":
        return "\\" + ch
    if ch.isprintable():
        return ch
    b = _name_byte(o)
    if b is not None:
        return f"\\x{b:02x}"
    return f"\\x{o:02x}" if o < 0x80 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def rich_text(text: str) -> str:
    """Text for a rich console: control characters shown, no [markup] read in it, and French spacing
    that never breaks (`typography`: a questionnaire's "quel objectif ?" never puts "?" alone on a
    line)."""
    from rich.markup import escape

    return escape(typography(clean(text)))


def console(**options: Any) -> Console:
    """A rich console that breaks lines only at ordinary spaces (`keep_spacing`), and that stops
    as the other outputs do when its reader went away (`assess show | head`): quietly, with exit
    code 141, where rich exits 1 as if the command had failed."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            from .errors import PIPE_CLOSED

            self.quiet = True
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(PIPE_CLOSED)

    keep_spacing()
    # no highlighting of what the data says: rich would colour a number or a parenthesis of a text at
    # random, and its patterns take time that grows as the square of a text's length (`assess show`
    # of a questionnaire with a 100,000-character title took a minute)
    options.setdefault("highlight", False)
    return _Console(**options)


def keep_spacing() -> None:
    """rich breaks lines at any Unicode space, the no-break space of French typography too (" :",
    "« 2026 »"): a word ends only at an ordinary space once this is called."""
    from rich import _wrap

    if isinstance(getattr(_wrap, "re_word", None), re.Pattern):
        _wrap.re_word = re.compile(r"[ \t\n\r\f\v]*[^ \t\n\r\f\v]+[ \t\n\r\f\v]*")


def width() -> int:
    """The width text is wrapped to: the terminal's, between 40 and 100 columns, one spare."""
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, 100) - 1)


_NBSP_BEFORE = re.compile(r" ([?!:;»%])")  # "50 %" too: the number kept with its sign
_NBSP_AFTER = re.compile(r"« ")
# a number's groups of three typed with a space ("27 000 habitants" in a name): one number, never
# broken at the line's end ("(27" then "000 habitants)"); "2024 2025" is two numbers, left as it is
_GROUPED = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


def grouped(text: str) -> str:
    """A number written in groups of three kept on one line, in any language."""
    return _GROUPED.sub("\u00a0", text)


def after_colon(sentence: str, lang: str) -> str:
    """A sentence set after « … : », in French, begins in lower case (« Si vous travaillez sur le
    terrain : avant le choix… », « Pourquoi cette question : le premier… »), an acronym or a capital
    word left as it is (« GRU », « ERP »)."""
    first = sentence.split(" ", 1)[0]
    if lang != "fr" or not first[:1].isupper() or any(c.isupper() for c in first[1:]):
        return sentence
    return sentence[0].lower() + sentence[1:]


def typography(text: str) -> str:
    """French spacing that never breaks: a lone "?", "»" or "%" never starts a line, and a number
    written in groups of three stays on one line."""
    return grouped(_NBSP_AFTER.sub("«\u00a0", _NBSP_BEFORE.sub("\u00a0\\1", text)))


KEY_SEPARATOR = " · "


def wrap_keys(line: str, sep: str = KEY_SEPARATOR) -> str:
    """Lines of keys (« Espace : cocher · Entrée : valider · s : passer ») wrapped to `width()`
    between its keys only: never « s : » at a line's end and « passer » on the next, nor a line that
    begins with « · ». A key's text longer than the width is wrapped as a paragraph. `sep`: the
    parts' separator (the questionnaire's progress line is of parts joined by « — »)."""
    w = width()
    out: list[str] = []
    for given in line.split("\n"):  # each line of keys wrapped on its own
        lines: list[str] = []
        for part in given.split(sep):
            joined = lines[-1] + sep + part if lines else part
            if lines and len(joined) <= w:
                lines[-1] = joined
            else:
                lines.append(part)
        out += [wrap(x) if len(x) > w else typography(x) for x in lines]
    return "\n".join(out)


def wrap(text: str, indent: str = "", first: str | None = None) -> str:
    """A paragraph wrapped to `width()` at word boundaries, French spacing kept together."""
    return textwrap.fill(
        typography(text), width=width(), initial_indent=indent if first is None else first, subsequent_indent=indent,
        break_long_words=False, break_on_hyphens=False,  # a file name or a command stays whole, to copy
    )  # fmt: skip
