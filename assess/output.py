"""Writing results: CSV cells for a French Excel, and files written atomically.

The records themselves (what a result holds) are in records.py.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from typing import IO, Any

from .errors import AssessError, Problem

# --- CSV for a French Excel: UTF-8 with BOM, ';' between fields, decimal comma -----------------

CSV_BOM = "\ufeff"
# A cell starting with one of these is read by Excel (or LibreOffice) as a formula: =HYPERLINK(...),
# @SUM(...), +cmd, -2+3; so is one after spaces (a spreadsheet that trims a cell runs « ␠=1+1 »),
# and their full-width forms (« ＝1+1 »). A tab or a carriage return first can hide one.
_FORMULA_SIGNS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")


def formula_safe(s: str) -> str:
    """Text that a spreadsheet would run as a formula, kept as text with a leading quote: the guard
    for CSV, whose cells a spreadsheet parses. A workbook's cells are typed instead (`text_cells`)."""
    risky = s[:1] in ("\t", "\r") or s.lstrip()[:1] in _FORMULA_SIGNS
    return "'" + s if risky and not _is_number(s) else s


def text_cells(ws: Any) -> None:
    """Every text cell of an openpyxl worksheet written as text (an inline string), the guard for
    XLSX: openpyxl stores a string starting with "=" as a formula, which a spreadsheet then runs,
    and one such as "#N/A" as an error. A text cell is never run, so the text is kept word for word
    (an XLSForm's labels, the results' names and ids), where `formula_safe`'s quote would show."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type in ("f", "e") and isinstance(cell.value, str):
                cell.data_type = "s"


def fit_columns(ws: Any, header: list[str], rows: list[list[Any]], most: int = 50) -> None:
    """Each column of a worksheet as wide as its longest value (a heading counts up to 24
    characters: it wraps), at least 6 and at most `most` characters: a workbook opened in Excel or
    LibreOffice reads without widening every column by hand."""
    from openpyxl.utils import get_column_letter

    for i, name in enumerate(header, start=1):
        values = [len(str(r[i - 1])) for r in rows if i <= len(r) and r[i - 1] is not None]
        longest = max([*values, min(len(str(name)), 24), 6])
        ws.column_dimensions[get_column_letter(i)].width = min(longest + 2, most)


class CsvStyle:
    def __init__(self, sep: str = ";", decimal: str = ",") -> None:
        self.sep = sep
        self.decimal = decimal

    def cell(self, v: Any) -> str:
        if v is None:
            return ""
        if v is True:
            return "1"
        if v is False:
            return "0"
        if isinstance(v, float):
            s = repr(v)
            return s.replace(".", self.decimal) if self.decimal != "." else s
        if isinstance(v, int):
            return str(v)
        # the guard looks at the value itself, before any quoting hides its first character
        s = formula_safe(str(v))
        if any(ch in s for ch in (self.sep, '"', "\n", "\r")):
            s = '"' + s.replace('"', '""') + '"'
        return s

    def row(self, values: list[Any]) -> str:
        return self.sep.join(self.cell(v) for v in values) + "\r\n"


def _is_number(s: str) -> bool:
    try:
        float(s.replace(",", "."))
    except ValueError:
        return False
    return s.strip() == s  # " -1" is text, and float() would accept it


# --- stopping -----------------------------------------------------------------------------------

# A Ctrl-C or a SIGTERM raises KeyboardInterrupt where the program is, and Python drops an exception
# raised inside a finaliser (`Exception ignored in: <function ...>`): the run would go on and write
# its result. So the stop is also remembered, and no file is committed once it has been asked for.
_STOP: list[int] = []


def ask_stop(signum: int) -> None:
    _STOP.append(signum)


def stop_asked() -> bool:
    return bool(_STOP)


def raise_if_stopped() -> None:
    if _STOP:
        raise KeyboardInterrupt


# --- atomic output ------------------------------------------------------------------------------

TMP_PREFIX = ".assess-"
# a new file only (never one that exists, never through a link), not inherited by child processes
_TMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _refuse_special(target: str) -> None:
    """Only a regular file (or nothing) is ever replaced: not a folder, a pipe or a device."""
    try:
        st = os.stat(target)  # follows a symbolic link to what it points to
    except FileNotFoundError:
        return
    except OSError as e:  # said as a failed write of the file asked for, as `atomic_writer` says one
        raise OSError(e.errno, e.strerror, target) from None
    if stat.S_ISDIR(st.st_mode):  # each message whole, as the catalogue translates it
        raise AssessError(Problem(target, "is a folder: refusing to replace it"))
    if not stat.S_ISREG(st.st_mode):
        raise AssessError(Problem(target, "is not a regular file: refusing to replace it"))


def leftovers(directory: str, prefix: str) -> list[str]:
    """Paths in `directory` named `<prefix><pid>-...` whose process is gone (a run that was killed);
    never a live process's."""
    found = []
    with contextlib.suppress(OSError):
        for name in os.listdir(directory):
            if not name.startswith(prefix):
                continue
            pid = name[len(prefix) :].split("-", 1)[0]
            if not pid.isdigit():
                continue
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                found.append(os.path.join(directory, name))
            except OSError:
                pass  # alive, but someone else's
    return found


PRIVATE = 0o600  # a file its owner alone may read: a respondent's draft, answers and own report


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], mode: str = "wb", perms: int = 0o666) -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a file, and
    an interrupted run leaves the previous file as it was. A symbolic link is written through: the
    file it points to is replaced, the link kept. `perms`: the new file's permissions, before the
    umask (0o600 for a file only its owner may read)."""
    target = os.path.realpath(os.fspath(path))
    _refuse_special(target)
    directory = os.path.dirname(target)
    for leftover in leftovers(directory, TMP_PREFIX):  # of runs killed while writing here
        with contextlib.suppress(OSError):
            os.unlink(leftover)
    # the temporary file's name is known before the file exists, so that a Ctrl-C or a SIGTERM at
    # any moment (even as the file is made) finds it to remove; the mode is the umask's, as for any
    # new file (mkstemp's 0600 would make the result private)
    tmp = ""
    try:
        while True:
            tmp = os.path.join(directory, f"{TMP_PREFIX}{os.getpid()}-{os.urandom(6).hex()}.tmp")
            try:
                fd = os.open(tmp, _TMP_FLAGS, perms)
                break
            except FileExistsError:
                continue
            except OSError as e:  # a folder missing or not writable: said of the file asked for
                raise OSError(e.errno, e.strerror, target) from None
        f: IO[Any] = os.fdopen(fd, mode) if "b" in mode else os.fdopen(fd, mode, encoding="utf-8", newline="")
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        raise_if_stopped()  # a stop dropped on the way (see above) still leaves the previous file
        os.replace(tmp, target)
    except BaseException:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes | str, perms: int = 0o666) -> None:
    with atomic_writer(path, "wb", perms) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
