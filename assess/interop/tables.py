"""Reading a response file as a table of text cells: CSV (any of `;`, `,`, TAB; with or without a
BOM; UTF-8, UTF-16 or Windows-1252), XLSX (openpyxl, imported only here) or LimeSurvey's JSON
(`{"responses": [...]}`, flat or wrapped by response id).

Each row keeps the number a person would look for: the line of a CSV file where the record starts,
the row of a sheet, the position of a response in a JSON file.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from ..errors import AssessError, Problem
from ..reading import NOT_ANSWERS, not_a_regular_file

MAX_BYTES = 200 * 1024 * 1024  # a response export larger than this is refused, not read into memory
# a workbook part that unpacks to more than SQUEEZE times its packed size (past SQUEEZED_FROM bytes) is
# a zip bomb, not an export: openpyxl would hold millions of empty cells or shared strings in memory
# (measured on workbooks openpyxl writes: 6 to 31 times; a 2,000 x 60 export of answer ids: 14)
SQUEEZE = 100
SQUEEZED_FROM = 1 << 20
# no tool writes a NUL byte in a CSV file: a file holding them is damaged (the zeros a crash leaves)
NUL = "\x00"
# a byte-order mark: at the head of a file it is no text, and elsewhere no one types it (an invisible
# character that made a cell another answer or another id)
BOM = "\ufeff"
HOLDS_NUL = "holds NUL bytes (a damaged file, or not a CSV export)"


ZIP = b"PK\x03\x04"  # how a zip archive starts, as an XLSX workbook does

PACK = "\x00"  # between the cells of a row held as one string (a cell holding it is held as a list)


class Compact:
    """A sequence held compactly (`Rows`, the import's `Answers`), equal to a list of the same
    items (a table read before, a test's), shown as one, and unhashable as a list is."""

    __slots__ = ()

    def __iter__(self) -> Iterator[Any]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Compact | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class Rows(Compact):
    """A table's rows, (row number as shown to a person, cells), held compactly: a row's cells as
    one string, its number in an array. A list of 60 cells costs some 60 bytes a cell whatever its
    text, and a 50 MB export held that way took 1.3 GB; this holds about its text's size. Each row
    read gives a new list of cells."""

    __slots__ = ("_cells", "_numbers")

    def __init__(self, rows: Iterable[tuple[int, list[str]]] = ()) -> None:
        self._numbers = array("q")
        self._cells: list[str | list[str]] = []
        for row in rows:
            self.append(row)

    def append(self, row: tuple[int, list[str]]) -> None:
        n, cells = row
        self._numbers.append(n)
        packed = PACK.join(cells)
        # a row without cells, or with a cell holding the separator, is kept as it is
        self._cells.append(packed if cells and packed.count(PACK) == len(cells) - 1 else list(cells))

    def __len__(self) -> int:
        return len(self._numbers)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        for n, c in zip(self._numbers, self._cells, strict=True):
            yield n, (c.split(PACK) if isinstance(c, str) else list(c))

    def pad(self, width: int) -> None:
        """Each row given empty cells up to `width` cells."""
        for k, c in enumerate(self._cells):
            if isinstance(c, str):
                if (missing := width - c.count(PACK) - 1) > 0:
                    self._cells[k] = c + PACK * missing
            elif len(c) < width:
                self._cells[k] = [*c, *[""] * (width - len(c))]

    def widths(self) -> Iterator[tuple[int, int]]:
        """Each row's number and how many cells it has, without making its cells."""
        for n, c in zip(self._numbers, self._cells, strict=True):
            yield n, (c.count(PACK) + 1 if isinstance(c, str) else len(c))

    @overload
    def __getitem__(self, k: int) -> tuple[int, list[str]]: ...
    @overload
    def __getitem__(self, k: slice) -> Rows: ...
    def __getitem__(self, k: int | slice) -> tuple[int, list[str]] | Rows:
        if isinstance(k, slice):
            out = Rows()
            out._numbers = self._numbers[k]
            out._cells = self._cells[k]
            return out
        c = self._cells[k]
        return self._numbers[k], (c.split(PACK) if isinstance(c, str) else list(c))


@dataclass
class Table:
    source: str
    headers: list[str]
    rows: Rows  # (row number as shown to a person, cells); a list of such pairs is taken too
    row_word: str = "line"  # how the row numbers are named in messages ("line", "row", "response")
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.rows, Rows):
            self.rows = Rows(self.rows)


def _decode(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:  # a byte missing at the end, half a character
            message = f"not readable as UTF-16 text (byte {e.start}): save it as UTF-8"
            raise AssessError(Problem(source, message)) from None
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # UTF-16 without its byte-order mark: Latin text has a NUL in every other byte, on one side only
    # (a run of NULs in UTF-8 text, a damaged file, has them on both)
    if len(head) >= 4 and max(even, odd) * 3 >= len(head) and min(even, odd) * 8 <= max(even, odd):
        order = "utf-16-le" if odd > even else "utf-16-be"
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(order)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel on Windows saves "CSV" this way


SEPARATORS = (";", ",", "\t")


def _delimiter(text: str) -> str:
    """The separator of the header line: of ; , TAB outside quotes, the one that cuts the heading
    line and the few records after it into as many cells each, else the most frequent in the heading
    line. Headings that are question texts ("STR01. Selon vous, et pour vos équipes, …"), unquoted as
    a spreadsheet saves them, hold more commas than semicolons: the file was read with commas."""
    counts = _separators(text)
    header, rest = (counts[0], counts[1:]) if counts else (dict.fromkeys(SEPARATORS, 0), [])
    agreed = [d for d in SEPARATORS if header[d] and rest and all(r[d] == header[d] for r in rest)]
    return max(agreed or SEPARATORS, key=lambda d: (header[d], d == ";"))


def _separators(text: str, records: int = 6, after: int = 1 << 20) -> list[dict[str, int]]:
    """How many of each separator the first few non-blank records hold outside quotes: the heading
    line, read whole, then records that end within `after` characters of it."""
    out: list[dict[str, int]] = []
    here = dict.fromkeys(SEPARATORS, 0)
    quoted, blank, limit = False, True, len(text)
    for k, ch in enumerate(text):
        if ch == '"':
            quoted, blank = not quoted, False
        elif quoted:
            continue
        elif ch in here:
            here[ch] += 1
            blank = False
        elif ch in "\r\n":  # a record's end (the empty one between CR and LF is blank)
            if not blank:
                out.append(here)
                limit = min(limit, k + after)
                if len(out) == records:
                    return out
            here, blank = dict.fromkeys(SEPARATORS, 0), True
        elif not ch.isspace():
            blank = False
        if k > limit:
            return out  # a record cut by the limit is not counted
    if not blank:
        out.append(here)
    return out


def _split(text: str, sep: str) -> Iterator[str]:
    """`text.split(sep)`, one piece at a time (a list of them all is as large as the text)."""
    start = 0
    while (end := text.find(sep, start)) >= 0:
        yield text[start:end]
        start = end + len(sep)
    yield text[start:]


_LINE_END = re.compile(r"\r\n|\r|\n")


def _line_starts(text: str) -> array[int]:
    """Where each physical line of `text` starts, as `io.StringIO(text, newline="")` splits it (at
    \\n, \\r or \\r\\n, the end kept with the line): csv reads those lines."""
    starts = array("q", [0]) if text else array("q")
    starts.extend(m.end() for m in _LINE_END.finditer(text))
    if starts and starts[-1] == len(text) and len(starts) > 1:
        starts.pop()  # the end of the last line, not the start of another
    return starts


def strip_header(h: str) -> str:
    h = h.strip().lstrip("\ufeff")
    # R's read.csv turns a BOM into X.U.FEFF. before the first heading
    return h[len("X.U.FEFF.") :] if h.startswith("X.U.FEFF.") else h


def _swallowed(cells: list[str], delimiter: str, width: int) -> bool:
    """Whether a record read over several lines took in the lines after it, through a quote opened
    and never closed: it has more cells than there are headings, or a cell holds a line that looks
    like a record of its own (as many separators as half the headings)."""
    if len(cells) > width:
        return True
    enough = max(2, (width - 1) // 2)
    for c in cells:
        if "\n" in c or "\r" in c:
            for line in c.replace("\r", "\n").split("\n")[1:]:
                if line.count(delimiter) >= enough:
                    return True
    return False


def _csv(text: str, source: str) -> Table:
    delimiter = _delimiter(text)
    # physical lines, their ends kept, as csv reads them: each cut from the text when read (a list
    # of them all would hold the text twice)
    starts = _line_starts(text)
    count = len(starts)

    def line(j: int) -> str:
        return text[starts[j] : starts[j + 1] if j + 1 < count else len(text)]

    csv.field_size_limit(MAX_BYTES)  # a huge cell is one bad row (the cell's length is checked later)

    def reader_from(i: int) -> Any:
        return csv.reader((line(j) for j in range(i, count)), delimiter=delimiter)

    reader = reader_from(0)
    try:
        header = next(reader, None)
        while header == []:  # a blank line above the headings, as a spreadsheet may save one
            header = next(reader, None)
    except csv.Error as e:
        raise AssessError(Problem(source, f"not a readable CSV file: {e}", 1)) from None
    if not header:
        raise AssessError(Problem(source, "empty file: no heading line"))
    if any(NUL in h for h in header):
        raise AssessError(Problem(source, HOLDS_NUL + " in its heading line"))
    table = Table(source, [strip_header(h) for h in header], Rows())
    base = 0  # lines before the ones `reader` reads
    start = reader.line_num + 1  # the line where the next record starts
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            # one bad record: reported, and the reading goes on at the line after its start
            table.problems.append(Problem(source, f"unreadable CSV record: {e}", start))
            base, reader = start, reader_from(start)
            start = start + 1
            continue
        end = base + reader.line_num
        if end > start and _swallowed(cells, delimiter, len(header)):
            table.problems.append(
                Problem(
                    source,
                    f"a quoted cell is never closed (it ran to line {end}): the lines after it are read again",
                    start,
                )
            )
            base, reader = start, reader_from(start)
            start = start + 1
            continue
        if end >= count and _unclosed((line(j) for j in range(start - 1, count)), delimiter):
            table.problems.append(Problem(source, "unreadable CSV record: unexpected end of data", start))
            break
        if any(NUL in c for c in cells):  # never read as an answer, nor as an unfinished response
            table.problems.append(Problem(source, HOLDS_NUL + ": the row is not read", start))
        elif any(c.strip() for c in cells):
            table.rows.append((start, cells))
        start = end + 1
    return table


def _unclosed(lines: Iterable[str], delimiter: str) -> bool:
    """Whether the file's last record ends inside a quoted cell (csv reads it to the end without a
    word; a strict reading says so)."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        return "unexpected end of data" in str(e)
    return False


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):  # a box ticked reads it as ticked; a number question refuses it (« VRAI » typed
        return "true" if v else "false"  # in a French Excel was read as the number 1)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "isoformat"):
        return str(v.isoformat())
    return str(v)


def _xlsx(path: str) -> Table:
    import warnings

    # openpyxl warns, on the terminal in English with its own source line, of what it leaves out
    # of a workbook (Excel's data validation and formatting extensions, a missing default style):
    # none of it is a cell, and an answer sheet typed in Excel says it at every import
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        return _workbook(path)


def _workbook(path: str) -> Table:
    import zipfile

    from openpyxl import load_workbook

    _sized_at_a_glance()
    handles: list[Any] = []
    formulas = None
    try:  # openpyxl reads some parts whole (the shared strings), and a row whole: see _unpacked_ok
        with zipfile.ZipFile(path) as z:
            parts = z.infolist()
            has_formulas = _has_formulas(z)
        if any(i.file_size > 2 * MAX_BYTES for i in parts):
            raise AssessError(Problem(path, f"a part of the workbook is larger than {2 * MAX_BYTES >> 20} MB unpacked"))
        if any(i.file_size > SQUEEZED_FROM and i.file_size > SQUEEZE * max(i.compress_size, 1) for i in parts):
            message = f"a part of the workbook is packed more than {SQUEEZE} times: not a response export"
            raise AssessError(Problem(path, message))
        # read from open files, not by name: openpyxl refuses a workbook by its name's suffix, and a
        # workbook saved as `.csv` (found by its first bytes) was "openpyxl does not support .csv"
        handles.append(open(path, "rb"))  # noqa: SIM115 (closed with the workbook, below)
        wb = load_workbook(handles[-1], read_only=True, data_only=True)
        if has_formulas:
            handles.append(open(path, "rb"))  # noqa: SIM115
            formulas = load_workbook(handles[-1], read_only=True, data_only=False)
    except (AssessError, MemoryError):
        _close(handles)
        raise
    except Exception as e:  # zipfile and openpyxl on a damaged or hostile file raise
        # anything (a ParseError, a TypeError from a part missing its attribute, zlib.error, an
        # encrypted or unknown compression): each means that the workbook cannot be read
        _close(handles)
        raise AssessError(Problem(path, f"not a readable XLSX workbook: {_reason(e)}")) from None
    try:
        table = _xlsx_rows(path, wb)
        if formulas is not None:
            _refuse_uncomputed(table, formulas)
        return table
    except (AssessError, MemoryError):
        raise
    except Exception as e:  # a damaged part (a cell pointing at a shared string that is
        # not there, a sheet cut short): openpyxl's own error, whatever its type
        raise AssessError(Problem(path, f"not a readable XLSX workbook: {_reason(e)}")) from None
    finally:
        wb.close()
        if formulas is not None:
            formulas.close()
        _close(handles)


def _sized_at_a_glance() -> None:
    """Have openpyxl's read-only sheets look for their size (the `<dimension>` element, which comes
    before the cells) in the part's head. openpyxl parsed a sheet without one whole, as one tree,
    to find it missing: a third of the time of a 30,000-row export, and most of its memory, spent
    when the workbook was opened (openpyxl and pandas write sheets without it). A sheet without it
    has no size, as openpyxl then finds; one with it is read by openpyxl, which stops there."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    openpyxls = ReadOnlyWorksheet._get_size
    if "_sized_at_a_glance" in openpyxls.__qualname__:
        return  # done: the method is this one's

    def _get_size(self: Any) -> None:
        head = bytearray()
        cells = -1
        with self._get_source() as src:
            while cells < 0 and (chunk := src.read(1 << 16)):
                head += chunk
                cells = head.find(b"sheetData", max(0, len(head) - len(chunk) - 8))
        if cells < 0 or b"dimension" in head[:cells]:
            openpyxls(self)  # no cells, or a size given: as openpyxl reads it

    ReadOnlyWorksheet._get_size = _get_size

    # a row as wide as its last cell holding a value: openpyxl made each row as wide as its last
    # cell, value or none, and a sheet of 60,000 rows each ending in an empty cell at XFD (column
    # 16,384) took over a minute for a file of 290 KB, a tuple of 16,384 a row (cells without a
    # value hold nothing to read: leaving them out loses nothing)
    openpyxls_row = ReadOnlyWorksheet._get_row

    def _get_row(
        self: Any, row: list[dict[str, Any]], min_col: int = 1, max_col: Any = None, values_only: bool = False
    ) -> Any:
        end = len(row)
        while end and row[end - 1]["value"] is None:
            end -= 1
        return openpyxls_row(self, row[:end] if end < len(row) else row, min_col, max_col, values_only)

    ReadOnlyWorksheet._get_row = _get_row


def _close(handles: list[Any]) -> None:
    for f in handles:
        f.close()


def first_sheet(wb: Any) -> Any:
    """The sheet a person sees on opening the workbook: the first one not hidden (a hidden sheet of
    lists placed first was read, and the export refused as "no column matches"), to be read whole:
    openpyxl reads a sheet only as far as the size it states (`<dimension>`), which some writers
    get wrong ("A1:B3" for ten rows and three columns: the rows and the column past it were lost
    without a word)."""
    ws = next((ws for ws in wb.worksheets if ws.sheet_state == "visible"), wb.worksheets[0])
    ws.reset_dimensions()
    return ws


def _reason(e: BaseException) -> str:
    """A library's error, for a message: its type and its first line, bounded."""
    text = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {text[:200]}" if text else type(e).__name__


def _has_formulas(z: Any) -> bool:
    """Whether a sheet of the open workbook (a ZipFile) holds a formula (`<f>`), read in chunks."""
    for name in z.namelist():
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        with z.open(name) as f:
            tail = b""
            while chunk := f.read(1 << 16):
                if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                    return True
                tail = chunk[-3:]
    return False


def column_name(headers: list[str], index: int) -> str:
    """A column as a person finds it in the sheet: its number and its heading."""
    heading = headers[index] if index < len(headers) else ""
    return f"{index + 1} ({heading!r})" if heading else str(index + 1)


def _refuse_uncomputed(table: Table, formulas: Any) -> None:
    """Rows holding a formula whose value the workbook does not keep (a file written by a script, or
    a converter, and never opened in a spreadsheet): such a cell reads as empty, and its answer
    would be lost without a word. The row is refused, naming the column."""
    kept = Rows()
    rows = first_sheet(formulas).iter_rows(min_row=2, values_only=True)
    bad: dict[int, int] = {}  # row -> index of its first formula without a value
    read = iter(table.rows)  # the table's rows, in the sheet's order: walked beside the formulas'
    here: tuple[int, list[str]] | None = next(read, None)
    for n, values in enumerate(rows, start=2):
        while here is not None and here[0] < n:
            here = next(read, None)
        cells = here[1] if here is not None and here[0] == n else None
        for k, v in enumerate(values):
            if isinstance(v, str) and v.startswith("=") and (cells is None or k >= len(cells) or not cells[k]):
                bad.setdefault(n, k)
    for n, cells in table.rows:
        if n in bad:
            col = column_name(table.headers, bad[n])
            message = f"column {col} holds a formula whose value is not saved: open and save the workbook first"
            table.problems.append(Problem(table.source, message, n))
        else:
            kept.append((n, cells))
    table.rows = kept


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)"')


def _column_index(letters: bytes) -> int:
    k = 0
    for ch in letters:
        k = k * 26 + ch - 64
    return k - 1


def _merged_down(path: str, part: str) -> list[tuple[int, int, int, int]]:
    """The ranges of merged cells over several rows of a sheet (first and last row, first and last
    column from 0), read from its part in chunks: openpyxl's read-only sheets do not give them."""
    import zipfile

    out = []
    with zipfile.ZipFile(path) as z, z.open(part) as f:
        tail = b""
        while chunk := f.read(1 << 16):
            text = tail + chunk
            end = 0
            for m in _MERGE.finditer(text):
                top, bottom = int(m[2]), int(m[4])
                if bottom > top:
                    out.append((top, bottom, _column_index(m[1]), _column_index(m[3])))
                end = m.end()
            tail = text[max(end, len(text) - 200) :]
    return out


def _xlsx_rows(path: str, wb: Any) -> Table:
    """The first visible sheet of an open workbook as a table. A cell merged over the rows below it (one
    organisation or one date for several respondents, as a person lays a sheet out) gives its value
    to each of them, as the sheet shows it."""
    ws = first_sheet(wb)
    part = getattr(ws, "_worksheet_path", None)
    starting: dict[int, list[tuple[int, int, int]]] = {}  # first row -> (last row, first and last column)
    for top, bottom, first, last in _merged_down(path, part) if part else []:
        starting.setdefault(top, []).append((bottom, first, last))
    held: dict[int, tuple[str, int]] = {}  # column -> the merged value and the last row it covers

    def fill(n: int, cells: list[str]) -> list[str]:
        for bottom, first, last in starting.get(n, ()):
            for c in range(first, last + 1):
                held[c] = (cells[first] if first < len(cells) else "", bottom)
        for c, (value, bottom) in list(held.items()):
            if n > bottom:
                del held[c]
            elif value and (c >= len(cells) or not cells[c]):
                cells += [""] * (c + 1 - len(cells))
                cells[c] = value
        return cells

    rows = ws.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        raise AssessError(Problem(path, "the first sheet is empty: no heading row"))
    table = Table(path, [strip_header(h) for h in fill(1, [_cell(h) for h in header])], Rows(), row_word="row")
    text = 0  # a workbook is compressed: what it holds is bounded as a CSV file's size is
    widest = len(table.headers)
    for n, values in enumerate(rows, start=2):
        cells = fill(n, [_cell(v) for v in values])
        text += sum(map(len, cells))
        if text > MAX_BYTES:
            raise AssessError(Problem(path, f"the sheet holds more than {MAX_BYTES >> 20} MB of text", n))
        if any(c.strip() for c in cells):
            table.rows.append((n, cells))
            widest = max(widest, len(cells))
    if not any(table.headers) and not table.rows:
        raise AssessError(Problem(path, "the first sheet is empty: no heading row"))
    # each row as wide as the sheet, as a sheet shows them (a row ends at its last cell in the file)
    table.headers += [""] * (widest - len(table.headers))
    table.rows.pad(widest)
    return table


class _Twice(dict[str, Any]):
    """A JSON object that gave a key twice (`twice`): which one counts would be a guess."""

    twice = ""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) < len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                out = _Twice(obj)
                out.twice = k
                return out
            seen.add(k)
    return obj


TWICE = "key given twice in one object (which one counts would be a guess)"  # as answers files say it


ANSWERS_FILE = "an answers file ({fmt}), not a response export: give it to assess score or assess report as it is"


def _answers_format(doc: Any) -> str | None:
    """The format an answers object names ("assess-answers/1"), or None: given to import, a file
    this tool wrote, imported already."""
    fmt = doc.get("format") if isinstance(doc, dict) else None
    return fmt if isinstance(fmt, str) and fmt.startswith("assess-answers/") else None


def _first_line(data: bytes) -> Any:
    """The first line of a JSONL file, parsed, or None."""
    try:
        return json.loads(data.removeprefix(b"\xef\xbb\xbf").lstrip().partition(b"\n")[0])
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def _json(data: bytes, source: str) -> Table:
    try:  # a key given twice is said, never "the last one wins" (a response's own: that response)
        doc = json.loads(data.decode("utf-8-sig"), object_pairs_hook=_pairs)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:  # RecursionError: nested too deep
        fmt = _answers_format(_first_line(data))  # a JSONL answers file: "Extra data" at its second line
        raise AssessError(
            Problem(source, ANSWERS_FILE.format(fmt=fmt) if fmt else f"not valid JSON: {_reason(e)}")
        ) from None
    if isinstance(doc, _Twice):
        raise AssessError(Problem(source, TWICE, None, doc.twice))
    if fmt := _answers_format(doc):
        raise AssessError(Problem(source, ANSWERS_FILE.format(fmt=fmt)))
    responses = doc.get("responses") if isinstance(doc, dict) else None
    if not isinstance(responses, list):
        raise AssessError(Problem(source, 'not a LimeSurvey response export: no "responses" list'))
    if not responses:  # a survey exported before anyone answered: not "no column matches a question"
        raise AssessError(Problem(source, 'the "responses" list is empty: no response to import'))
    records: list[dict[str, Any]] = []
    for r in responses:
        # LimeSurvey 3 wraps each response by its id: {"12": {...}}
        if isinstance(r, dict) and len(r) == 1 and isinstance(next(iter(r.values())), dict):
            r = next(iter(r.values()))
        records.append(r if isinstance(r, dict) else {})
    headers: list[str] = []
    seen: set[str] = set()
    for r in records:
        for k in r:
            if k not in seen:
                seen.add(k)
                headers.append(k)
    table = Table(source, [strip_header(h) for h in headers], Rows(), row_word="response")
    for n, r in enumerate(records, start=1):
        if not r:
            table.problems.append(Problem(source, "not a response object", n))
            continue
        twice = r.twice if isinstance(r, _Twice) else next((v.twice for v in r.values() if isinstance(v, _Twice)), "")
        if twice:
            table.problems.append(Problem(source, TWICE, n, twice))
            continue
        table.rows.append((n, [_cell(r.get(h)) for h in headers]))
    return table


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE2 compound file's first bytes
OLE2_LOOK = 1 << 20  # how much of one is read for the names of its streams


def _other_spreadsheet(head: bytes, suffix: str) -> str | None:
    """What a workbook that openpyxl cannot read is, told by its first bytes (or its name): an Excel
    97-2003 workbook (an OLE2 file: KoboToolbox's older "xls" export) or an OpenDocument one."""
    if head.startswith(OLE2) and "EncryptedPackage".encode("utf-16-le") in head:
        # an XLSX saved with a password is an OLE2 file holding the encrypted workbook
        return "a workbook protected by a password: open it in Excel, remove the password, save it, and import it"
    if head.startswith(OLE2):
        return "an Excel 97-2003 workbook (.xls): save it as XLSX or CSV (UTF-8) and import that file"
    if suffix == ".ods" or (head.startswith(b"PK\x03\x04") and b"opendocument.spreadsheet" in head):
        return "an OpenDocument spreadsheet (.ods): save it as XLSX or CSV (UTF-8) and import that file"
    return None


def read_table(path: str | os.PathLike[str]) -> Table:
    """A response file as a table; AssessError (naming the file) when it cannot be read."""
    source = str(path)
    suffix = Path(source).suffix.lower()
    try:
        st = os.stat(source)
        # a named pipe or a device is never read: one nobody writes to hung the import, /dev/zero
        # filled the memory, and a pipe read twice (its head, then the whole) was an "empty file"
        special = not_a_regular_file(source, st.st_mode)
        if special is not None:
            raise AssessError(special)
        size = st.st_size
        if size > MAX_BYTES:
            raise AssessError(Problem(source, f"file too large ({size // 1_000_000} MB): split the export"))
        with open(source, "rb") as f:
            head = f.read(128)
            if head.startswith(OLE2):  # its directory, where a password-protected workbook names its streams
                head += f.read(OLE2_LOOK - len(head))
        other = _other_spreadsheet(head, suffix)
        if other:
            raise AssessError(Problem(source, other))
        # a SQLite database (assess score's results) or a PDF named by mistake: not "NUL bytes"
        kind = next((k for magic, k in NOT_ANSWERS if head.startswith(magic) and magic != ZIP), None)
        if kind is not None:
            raise AssessError(
                Problem(source, f"{kind}, not a response export: import the CSV, XLSX or JSON file of the survey")
            )
        # a workbook by its name and its first bytes; a CSV export saved under a workbook's name
        # (renamed by hand, or "Save as" keeping the name) is read by what it holds, as a file of
        # any other name is: it was refused as "not a readable XLSX workbook: BadZipFile"
        if suffix in (".xlsx", ".xlsm") and (head.startswith(ZIP) or not head):
            return _xlsx(source)
        with open(source, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # bounded, whatever the size said
        if len(data) > MAX_BYTES:
            raise AssessError(Problem(source, f"file too large ({len(data) // 1_000_000} MB): split the export"))
    except FileNotFoundError:
        raise AssessError(Problem(source, "no such file")) from None
    except IsADirectoryError:
        raise AssessError(Problem(source, "is a folder: give the response files")) from None
    except OSError as e:
        raise AssessError(Problem(source, f"cannot read: {e.strerror or e}")) from None
    if suffix == ".json" or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _json(data, source)
    if data.startswith(ZIP):
        return _xlsx(source)
    text = _decode(data, source)
    if BOM in text:  # what follows the first one: files joined (`cat a.csv b.csv`), rows pasted from another export
        text = text.replace(BOM, "")  # "\ufefforg1" was read as another organisation than "org1"
    del data  # the bytes, besides the text they decode to, while the rows are read
    return _csv(text, source)
