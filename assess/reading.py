"""Reading answer files: discovery, JSON and JSONL parsing, and clear messages for bad input.

JSONL is streamed line by line, never loaded whole.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import AnswersError, Problem

try:  # the fastest parser installed; the standard library otherwise
    import orjson

    _loads: Any = orjson.loads
    _JSONError: type[Exception] = orjson.JSONDecodeError
except ImportError:  # pragma: no cover - depends on the machine
    import json

    _loads = json.loads  # type: ignore[assignment]
    _JSONError = json.JSONDecodeError

ANSWER_SUFFIXES = (".json", ".jsonl")
MAX_JSON_BYTES = 20_000_000  # one respondent's answers are a few kB; refuse what cannot be one
MAX_LINE_BYTES = 5_000_000
BOM = b"\xef\xbb\xbf"


def loads(data: bytes | str) -> Any:
    return _loads(data)


def find_answer_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[Problem]]:
    """Files named on the command line, and `*.json` / `*.jsonl` found recursively in folders.

    Returns the files in a stable order and a problem for each path that gave nothing.
    """
    files: list[str] = []
    problems: list[Problem] = []
    for p in paths:
        s = os.fspath(p)
        if os.path.isdir(s):
            found = _scan(s)
            if not found:
                problems.append(Problem(s, "folder holds no answer files (*.json, *.jsonl)"))
            files.extend(found)
        elif os.path.exists(s):
            files.append(s)
        else:
            problems.append(Problem(s, "no such file or folder"))
    return files, problems


def _scan(folder: str) -> list[str]:
    out: list[str] = []
    stack = [folder]
    while stack:
        d = stack.pop()
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for e in entries:
            if e.name.startswith("."):
                continue
            if e.is_dir():
                subdirs.append(e.path)
            elif e.name.endswith(ANSWER_SUFFIXES):
                out.append(e.path)
        stack.extend(reversed(subdirs))
    return out


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
    """Parse one JSON file, accepting a UTF-8 BOM. Raises AnswersError with file and line."""
    try:
        data = _read_small(path)
    except IsADirectoryError:
        raise AnswersError(Problem(path, "is a folder")) from None
    except OSError as e:
        raise AnswersError(Problem(path, f"cannot read: {e.strerror or e}")) from None
    if len(data) > MAX_JSON_BYTES:
        raise AnswersError(
            Problem(path, f"file is larger than {MAX_JSON_BYTES // 1_000_000} MB: one respondent's answers "
                    "are a few kB; for many respondents use JSONL (one object a line)")
        )  # fmt: skip
    return parse_bytes(data, path)


def _read_small(path: str) -> bytes:
    """The file's bytes, or MAX_JSON_BYTES + 1 of them if it is larger. os.open and os.read, not
    open(): a batch reads tens of thousands of small files and the buffered file object costs more
    than the read itself."""
    fd = os.open(path, os.O_RDONLY)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(path)
        want = min(st.st_size, MAX_JSON_BYTES) + 1  # +1 to see growth or excess
        chunks = []
        while want > 0:
            block = os.read(fd, want)
            if not block:
                break
            chunks.append(block)
            want -= len(block)
        return b"".join(chunks) if len(chunks) != 1 else chunks[0]
    finally:
        os.close(fd)


def parse_bytes(data: bytes, source: str, line: int | None = None) -> Any:
    if data.startswith(BOM):
        data = data[3:]
    try:
        return _loads(data)
    except _JSONError as e:
        if not data.strip():
            raise AnswersError(Problem(source, "file is empty", line)) from None
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as u:
            raise AnswersError(
                Problem(source, f"not UTF-8 text (byte {u.start}): save the file as UTF-8", line)
            ) from None
        raise AnswersError(_json_error(source, e, data, line)) from None


BLANK = object()  # a blank JSONL line: counted for line numbers, otherwise skipped


def iter_jsonl(path: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, Any]]:
    """(line number relative to `start`, parsed object, AnswersError or BLANK) for each line.

    With `start`/`end` (byte offsets at line starts), reads only that part of the file, so that a
    large file can be split between processes.
    """
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below, generator
    except OSError as e:
        yield 1, AnswersError(Problem(path, f"cannot read: {e.strerror or e}"))
        return
    with f:
        if start:
            f.seek(start)
        pos = start
        n = 0
        seen_any = False
        while True:
            raw = f.readline(MAX_LINE_BYTES + 1)
            if not raw:
                break
            n += 1
            pos += len(raw)
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                yield n, AnswersError(Problem(path, f"line longer than {MAX_LINE_BYTES} bytes", n))
                while raw and not raw.endswith(b"\n"):  # skip the rest of that line
                    raw = f.readline(MAX_LINE_BYTES)
                    pos += len(raw)
                continue
            if n == 1 and start == 0 and raw.startswith(BOM):
                raw = raw[3:]
            if not raw.strip():
                yield n, BLANK
                if end is not None and pos >= end:
                    break
                continue
            seen_any = True
            try:
                yield n, _loads(raw)
            except _JSONError as e:
                try:
                    raw.decode("utf-8")
                    yield n, AnswersError(_json_error(path, e, raw, n))
                except UnicodeDecodeError as u:
                    yield n, AnswersError(Problem(path, f"not UTF-8 text (byte {u.start} of the line)", n))
            if end is not None and pos >= end:
                break
        if not seen_any and start == 0 and end is None:
            yield 0, AnswersError(Problem(path, "file is empty (no JSON line)"))


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
    return Path(path).suffix == ".jsonl"
