"""Reading answer files: discovery, JSON and JSONL parsing, and clear messages for bad input.

JSONL is streamed line by line, never loaded whole.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from .errors import AnswersError, Problem

_loads = orjson.loads
_JSONError = orjson.JSONDecodeError

ANSWER_SUFFIXES = (".json", ".jsonl")
# response exports of LimeSurvey, KoboToolbox, ODK or a spreadsheet: `assess import` reads them, not
# the commands that read answers files (which would call a workbook "not UTF-8 text")
EXPORT_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
MAX_JSON_BYTES = 20_000_000  # one respondent's answers are a few kB; refuse what cannot be one
MAX_LINE_BYTES = 5_000_000
BOM = b"\xef\xbb\xbf"


def _json_error(source: str, e: Exception, data: bytes, line: int | None = None) -> Problem:
    msg = str(e).split(": line")[0]
    lineno = getattr(e, "lineno", None)
    colno = getattr(e, "colno", None)
    if line is None and lineno:
        line = lineno
    if not data.strip():
        return Problem(source, "empty", line)
    at = f" at column {colno}" if colno else ""
    return Problem(source, f"malformed JSON{at}: {msg}", line)


def read_json(path: str) -> Any:
    """Parse one JSON file (a draft, an answers file), or AnswersError naming it."""
    return parse_bytes(read_answer_bytes(path), path)


def parse_bytes(data: bytes, source: str, line: int | None = None) -> Any:
    bom = len(BOM) if data.startswith(BOM) else 0
    data = data[bom:]
    try:
        return _loads(data)
    except _JSONError as e:
        if not data.strip():
            raise AnswersError(Problem(source, "file is empty", line)) from None
        kind = next((k for magic, k in NOT_ANSWERS if data.startswith(magic)), None)
        if kind is not None:  # a file of another kind named by mistake: not "UTF-16 text" nor "not UTF-8"
            raise AnswersError(Problem(source, f"{kind}, not an answers file (JSON)", line)) from None
        wrong = encoding_problem(data, source, line, skipped=bom)
        if wrong is not None:
            raise AnswersError(wrong) from None
        if _lone_cr_lines(data):
            raise AnswersError(Problem(source, LONE_CR, line)) from None
        raise AnswersError(_json_error(source, e, data, line)) from None


LONE_CR = "its lines end with a lone CR (an old Mac line end): save the file with LF or CRLF line ends"


def _lone_cr_lines(data: bytes) -> bool:
    """Whether bytes that are not one JSON document are several, one to a line of an old Mac file
    (lines ended by a lone CR, which a JSONL reader does not split)."""
    if b"\n" in data.strip() or b"\r" not in data:
        return False
    parts = [p for p in data.split(b"\r") if p.strip()]
    if len(parts) < 2:
        return False
    try:
        _loads(parts[0])
    except _JSONError:
        return False
    return True


# what a consultant's folder holds beside answers, told by its first bytes
NOT_ANSWERS = (
    (b"SQLite format 3\x00", "a SQLite database (such as the results of assess score -o results.sqlite)"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a workbook or a zip archive"),
)


def encoding_problem(data: bytes, source: str, line: int | None = None, *, skipped: int = 0) -> Problem | None:
    """What is wrong with text that should be UTF-8: another encoding (UTF-16, UTF-32), or bytes that
    are not UTF-8 (the first one named, counting the `skipped` bytes before `data`, a BOM; with no
    `line`, at the line it is on: in UTF-8 a newline byte is always a newline); None for UTF-8."""
    if data and not data.strip(b"\x00"):  # the zeros a crash or a full disk leaves: no text at all
        return Problem(source, "holds only NUL bytes (a damaged file): no answers to read", line)
    encoding = _other_encoding(data)
    if encoding:
        return Problem(source, f"the file is {encoding} text: save it as UTF-8", line)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as u:
        at = data.count(b"\n", 0, u.start) + 1 if line is None else line
        return Problem(source, f"not UTF-8 text (byte {skipped + u.start}): save the file as UTF-8", at)
    return None


def _other_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32, told by a byte-order mark or by the NUL bytes of ASCII text, else None."""
    for mark, name in ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
                       (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16")):  # fmt: skip
        if data.startswith(mark):
            return name
    head = data[:64]
    if len(head) >= 4 and head.count(0) * 4 >= len(head):
        if (head[0] == 0 and head[1] == 0) or (head[2] == 0 and head[3] == 0 and head[1] == 0):
            return "UTF-32"
        return "UTF-16"
    return None


def split_jsonl(path: str, chunk_bytes: int) -> list[tuple[int, int]]:
    """Byte ranges of `path`, each starting at a line start, of about `chunk_bytes`."""
    size = os.path.getsize(path)
    if size <= chunk_bytes:
        return [(0, size)]
    ranges = []
    with open(path, "rb") as f:
        start = 0
        while start < size:
            f.seek(min(start + chunk_bytes, size))
            if f.tell() < size:
                while True:  # to the end of the current line, in bounded reads
                    part = f.readline(1 << 20)
                    if not part or part.endswith(b"\n"):
                        break
            end = min(f.tell(), size)
            ranges.append((start, end))
            start = end
    return ranges


def is_jsonl(path: str) -> bool:
    return path.endswith(".jsonl")


# --- the pipeline's reading interface ------------------------------------------------------------


@dataclass(frozen=True)
class Discovery:
    """What a list of paths gave: answer files in a stable order, errors (exit code 1) and notes
    (things skipped on purpose, such as named pipes)."""

    files: list[str]
    problems: list[Problem]
    notes: list[Problem]


def shown_path(path: str) -> str:
    """A path as results name it: as it is, or, for a name in another encoding than UTF-8 (bytes that
    Python keeps as lone surrogates, which no JSON, CSV or database text can hold: a traceback for
    `assess score -f jsonl`), with its odd bytes written \\xNN ("clients-\\xe9/a.json")."""
    if path.isascii():
        return path
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def _kind_of(mode: int) -> str | None:
    """The name of a file type that is not read, or None for a regular file or a folder."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return None


def not_a_regular_file(source: str, mode: int, skipped: bool = False) -> Problem | None:
    """A named pipe, a socket or a device where a file is to be read (`mode`: its stat's), else None:
    such a file is never read (one nobody writes to hangs the reader, /dev/zero fills the memory).
    `skipped`: a file found in a folder, which the batch passes by."""
    kind = _kind_of(mode)
    if kind is None:
        return None
    if skipped:
        return Problem(source, f"not a regular file ({kind}): skipped")
    return Problem(source, f"not a regular file ({kind})")


def scan_answer_files(paths: Iterable[str | os.PathLike[str]]) -> Discovery:
    """Files named on the command line, and `*.json` / `*.jsonl` found recursively in folders.

    Never hangs and never loops: symbolic links to folders are followed once per real folder; named
    pipes, sockets and devices are skipped with a note; what cannot be read is an error naming it.
    """
    found = Discovery([], [], [])
    found.files.extend(walk_answer_files(paths, found))
    return found


def walk_answer_files(paths: Iterable[str | os.PathLike[str]], found: Discovery) -> Iterator[str]:
    """`scan_answer_files`'s files one by one, as the folders are read, its errors and notes added to
    `found` as they are met: a batch can start on the first files while the others are being found."""
    problems, notes = found.problems, found.notes
    listed: set[tuple[int, int]] = set()  # (device, inode) of files already listed
    visited: set[tuple[int, int]] = set()  # folders already scanned

    def first_time(key: tuple[int, int]) -> bool:
        """Whether the file (device, inode) is met for the first time: a link to one listed is not."""
        if key in listed:
            return False
        listed.add(key)
        return True

    def scan(folder: str, st: os.stat_result) -> Generator[str, None, int]:
        """The folder's answer files, recursively; returns how many it holds (listed before or not)."""
        visited.add((st.st_dev, st.st_ino))
        count = 0
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            problems.append(Problem(folder, f"cannot read the folder: {e.strerror or e}"))
            return 0
        dev = st.st_dev
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            if name.endswith(ANSWER_SUFFIXES) and entry.is_file(follow_symlinks=False):
                # a regular file, known from the folder's listing without a stat of its own (its
                # inode from the listing, which is the file's own on the usual file systems)
                if first_time((dev, entry.inode())):
                    yield entry.path
                count += 1
                continue
            try:
                est = os.stat(entry.path)  # follows links
            except FileNotFoundError:
                if entry.is_symlink():
                    problems.append(Problem(entry.path, "broken symbolic link"))
                continue
            except OSError as e:
                if e.errno == errno.ELOOP:
                    problems.append(Problem(entry.path, "symbolic link loop"))
                else:
                    problems.append(Problem(entry.path, f"cannot read: {e.strerror or e}"))
                continue
            if stat.S_ISDIR(est.st_mode):
                if (est.st_dev, est.st_ino) in visited:
                    if entry.is_symlink():
                        notes.append(Problem(entry.path, "symbolic link to a folder already read: skipped"))
                    continue
                count += yield from scan(entry.path, est)
            elif entry.name.endswith(ANSWER_SUFFIXES):
                special = not_a_regular_file(entry.path, est.st_mode, skipped=True)
                if special is not None:
                    notes.append(special)
                    continue
                if first_time((est.st_dev, est.st_ino)):
                    yield entry.path
                count += 1
        return count

    for p in paths:
        s = os.fspath(p)
        try:
            st = os.stat(s)
        except FileNotFoundError:
            problems.append(Problem(s, "broken symbolic link" if os.path.islink(s) else "no such file or folder"))
            continue
        except OSError as e:
            msg = "symbolic link loop" if e.errno == errno.ELOOP else f"cannot read: {e.strerror or e}"
            problems.append(Problem(s, msg))
            continue
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) in visited:
                continue
            said = len(problems)
            # a folder that could not be read is said so once, not also "holds no answer files"
            if not (yield from scan(s, st)) and not any(q.source == s for q in problems[said:]):
                problems.append(Problem(s, "folder holds no answer files (*.json, *.jsonl)"))
            continue
        special = not_a_regular_file(s, st.st_mode, skipped=True)
        if special is not None:
            notes.append(special)
            continue
        if s.lower().endswith(EXPORT_SUFFIXES):
            problems.append(Problem(s, "a response export, not an answers file: convert it first with assess import"))
            continue
        if first_time((st.st_dev, st.st_ino)):
            yield s


def reads_file(paths: Iterable[str | os.PathLike[str]], target: str | os.PathLike[str]) -> bool:
    """Whether scanning `paths` would read the existing file `target` as answers: it is named, or it
    lies in a named folder where the scan goes (an answers file's suffix, no hidden folder on the way)."""
    t = os.path.realpath(target)
    if not os.path.isfile(t) or not t.endswith(ANSWER_SUFFIXES):
        return False
    for p in paths:
        s = os.path.realpath(p)
        if os.path.isfile(s) and os.path.samefile(s, t):
            return True
        if os.path.isdir(s) and os.path.commonpath([s, t]) == s:
            inside = os.path.relpath(t, s).split(os.sep)
            if not any(part.startswith(".") for part in inside):
                return True
    return False


FIRST_READ = 1 << 16  # an answers file is a few kB: one read takes all of it


def read_answer_bytes(path: str) -> bytes:
    """The bytes of one answers file, or AnswersError naming it. Never blocks on a pipe or device.

    A small file takes one read: a regular file gives less than asked only at its end (measured: half
    the time of a stat, then a read of its size). What fills the first read, gives nothing or fails
    is looked at with fstat: a folder, a pipe or a device is named, a large file read to its end."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as e:
        raise AnswersError(Problem(path, f"cannot read: {e.strerror or e}")) from None
    try:
        try:
            data = os.read(fd, FIRST_READ)
        except OSError as e:
            failed: OSError | None = e
            data = b""
        else:
            if 0 < len(data) < FIRST_READ and len(data) <= MAX_JSON_BYTES:
                return data
            failed = None  # full, empty or too large: fstat tells
        return _read_rest(path, fd, data, failed)
    finally:
        os.close(fd)


def _read_rest(path: str, fd: int, data: bytes, failed: OSError | None) -> bytes:
    """The rest of a file whose first read gave `data` (full, empty, or `failed`)."""
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise AnswersError(Problem(path, "is a folder"))
        special = not_a_regular_file(path, st.st_mode)
        if special is not None:
            raise AnswersError(special)
        if failed is not None:
            raise failed
        if st.st_size > MAX_JSON_BYTES:
            raise AnswersError(Problem(path, _TOO_LARGE))
        chunks = [data]
        want = min(st.st_size, MAX_JSON_BYTES) + 1 - len(data)  # +1 to see growth or excess
        while data and want > 0:
            block = os.read(fd, want)
            if not block:
                break
            chunks.append(block)
            if len(block) < want:
                break
            want -= len(block)
    except OSError as e:
        raise AnswersError(Problem(path, f"cannot read: {e.strerror or e}")) from None
    data = b"".join(chunks)
    if len(data) > MAX_JSON_BYTES:
        raise AnswersError(Problem(path, _TOO_LARGE))
    return data


_TOO_LARGE = (
    f"file is larger than {MAX_JSON_BYTES // 1_000_000} MB: one respondent's answers are a few kB; for many "
    "respondents use JSONL (one object a line)"
)
# JSONL is read in blocks this large: small enough that a block stays in the processor's cache
# while its lines are scored (cachegrind, 2 MB last-level cache: 54 misses a line with 1 MB blocks,
# 24 with these), large enough that reading costs few system calls
_BLOCK = 256 << 10


def iter_jsonl_lines(path: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, bytes | Problem]]:
    """(line number relative to `start`, 1-based; raw bytes or a Problem) of each non-blank line of
    the byte range [start, end) (both at line starts). Blank lines are counted, not given. A line
    longer than MAX_LINE_BYTES is one problem, skipped in bounded reads. Streams in large blocks,
    each cut at its newlines by `bytes.find` (memchr, not a byte-by-byte loop)."""
    try:
        f = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below, generator
    except OSError as e:
        yield 1, Problem(path, f"cannot read: {e.strerror or e}")
        return
    too_long = f"line longer than {MAX_LINE_BYTES // 1_000_000} MB"
    with f:
        n = 0  # lines finished
        seen = False
        carry = b""  # the unfinished line of the block before
        skipping = False  # inside an over-long line, already reported
        try:
            f.seek(start)
            left = (end - start) if end is not None else -1
            if start == 0:  # a byte-order mark before the first line is skipped
                if f.read(3) == BOM and left != 0:
                    left = max(left - 3, 0) if left > 0 else left
                else:
                    f.seek(0)
            while left != 0:
                block = f.read(_BLOCK if left < 0 else min(_BLOCK, left))
                if not block:
                    break
                if left > 0:
                    left -= len(block)
                pos = 0
                find = block.find
                if carry or skipping:  # the line that began in a block before
                    nl = find(b"\n")
                    if nl < 0:
                        if not skipping:
                            carry += block
                            if len(carry) > MAX_LINE_BYTES:
                                yield n + 1, Problem(path, too_long, n + 1)
                                seen = skipping = True
                                carry = b""
                        continue
                    n += 1
                    if skipping:
                        skipping = False
                    else:
                        line = carry + block[:nl]
                        carry = b""
                        if len(line) > MAX_LINE_BYTES:
                            yield n, Problem(path, too_long, n)
                            seen = True
                        elif line and not line.isspace():
                            seen = True
                            yield n, line
                    pos = nl + 1
                while (nl := find(b"\n", pos)) >= 0:
                    n += 1
                    if nl - pos > MAX_LINE_BYTES:
                        yield n, Problem(path, too_long, n)
                        seen = True
                    else:
                        line = block[pos:nl]
                        if line and not line.isspace():
                            seen = True
                            yield n, line
                    pos = nl + 1
                carry = block[pos:] if pos else block
                if len(carry) > MAX_LINE_BYTES:
                    yield n + 1, Problem(path, too_long, n + 1)
                    seen = skipping = True
                    carry = b""
            if carry:
                n += 1
                if carry and not carry.isspace():
                    seen = True
                    yield n, carry
        except OSError as e:
            yield n + 1, Problem(path, f"cannot read: {e.strerror or e}", n + 1)
            return
        if not seen and start == 0 and end is None:
            yield 1, Problem(path, "empty file: no JSON line")


def count_newlines(path: str, start: int, end: int) -> int:
    """Newlines in the byte range [start, end) of a file, read in bounded blocks and found by
    `bytes.find` (memchr): for lines of a kilobyte, far cheaper than `bytes.count`'s byte loop."""
    n = 0
    with open(path, "rb", buffering=0) as f:
        f.seek(start)
        left = end - start
        while left > 0:
            block = f.read(min(left, _BLOCK))
            if not block:
                break
            left -= len(block)
            find = block.find
            pos = find(b"\n")
            while pos >= 0:
                n += 1
                pos = find(b"\n", pos + 1)
    return n
