"""The questionnaires installed, as plans: the one place that says which plan scores which answers.

    questionnaire folders --find, load or read the cache--> Catalog --plan_for(id, version)--> Plan

Folders: the bundled one, then $ASSESS_QUESTIONNAIRES_DIR (separated by ':'), then the folders given
on the command line. A questionnaire id and version found twice is an error naming both files (the
first one found is kept); a broken file is a problem on its own and never stops the others.

Scoring needs no YAML and no pydantic: each file's plan data is kept in a JSON cache keyed by the
file's path, size and modification time (`$ASSESS_CACHE_DIR`, else `$XDG_CACHE_HOME/assess`, else
`~/.cache/assess`), one cache file a questionnaire folder, at most 64 files. The cache is safe to
delete; a file that changed is loaded again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import __version__
from .errors import AssessError, Problem, QuestionnaireError, UnknownQuestionnaire
from .plan import Plan, parse_version
from .resources import bundled_questionnaires_dir

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .model import Questionnaire

ENV_DIR = "ASSESS_QUESTIONNAIRES_DIR"
CACHE_ENV = "ASSESS_CACHE_DIR"
PLAN_FORMAT = 6  # bump when plan_data changes shape
SUFFIXES = (".yaml", ".yml")


class Entry(NamedTuple):
    """One questionnaire file found (a named tuple: cheaper to define at start-up than a dataclass)."""

    id: str
    version: str
    path: str
    bundled: bool
    data: dict[str, Any]  # plan data (plan.plan_data)
    title: dict[str, str]
    languages: tuple[str, ...]
    questions: int


def defined_twice(path: str, qid: str, version: str, first: str) -> Problem:
    """A questionnaire file whose id and version another file already defines: every command ignores
    it. The problem names the line of its `version:` (read again: this is rare)."""
    return Problem(
        path,
        f"questionnaire {qid} {version} is already defined in {first}: this file is ignored; change its id or its "
        "version",
        _top_key(path, "version")[0],
    )


def _top_key(path: str, key: str) -> tuple[int | None, str]:
    """The line of a top-level key of a YAML file and the text after its colon, read without
    parsing the file (for messages about a file that is ignored or broken); (None, "") if none."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            text = f.read(1 << 20)  # bounded: the file may be hostile
    except OSError:
        return None, ""
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{key}:"):
            return n, line[len(key) + 1 :].strip()
    return None, ""


class Catalog:
    """Questionnaires by id, each with its versions sorted; plans and models built when asked.
    (A plain class: a dataclass costs start-up time to define, for an __init__ and a __repr__.)"""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.problems: list[Problem] = []
        self.broken: dict[str, str] = {}  # id -> a broken file that gives that id (said when it is asked for)
        self._plans: dict[tuple[str, str], Plan] = {}
        self._models: dict[tuple[str, str], Questionnaire] = {}

    def add(self, e: Entry) -> None:
        versions = self.entries.setdefault(e.id, [])
        first = next((v for v in versions if v.version == e.version), None)
        if first is not None:
            self.problems.append(defined_twice(e.path, e.id, e.version, first.path))
            return
        versions.append(e)
        versions.sort(key=lambda v: parse_version(v.version) or (0, 0, 0))

    def latest(self) -> list[Entry]:
        return [vs[-1] for _, vs in sorted(self.entries.items())]

    def every_version(self) -> list[Entry]:
        """Every questionnaire installed, each id's versions oldest first (an older major version
        stays installed so that answers given to it still score)."""
        return [e for _, vs in sorted(self.entries.items()) for e in vs]

    def entry(self, qid: str, version: str | None = None, *, for_answers: bool = True) -> Entry:
        """The newest version of `qid`; with a version, the newest of the same major version
        (a minor version only adds or re-words questions; a major version may change them).
        `for_answers`: the version is the one answers name (the message says so). An id or a version
        that is not text is UnknownQuestionnaire too (`plan_for(None)` was a TypeError)."""
        if type(qid) is not str or (version is not None and type(version) is not str):
            from .answers import _kind

            what, value = ("id", qid) if type(qid) is not str else ("version", version)
            like = "'housing'" if what == "id" else "'1.0.0'"
            raise UnknownQuestionnaire(f"a questionnaire {what} is text (like {like}), got {_kind(value)}")
        versions = self.entries.get(qid)
        if not versions:
            from .answers import _short

            if qid in self.broken:
                path = self.broken[qid]
                raise UnknownQuestionnaire(
                    f"unknown questionnaire {_short(qid)}: the file {path} that defines it has errors; "
                    f"`assess validate {path}` lists them"
                )
            raise UnknownQuestionnaire(f"unknown questionnaire {_short(qid)}{_did_you_mean(qid, self.entries)}")
        if version is None:
            return versions[-1]
        wanted = parse_version(version)
        if wanted is None:
            raise UnknownQuestionnaire(f"questionnaire version {version[:40]!r} is not like 1.0.0")
        same = [v for v in versions if (parse_version(v.version) or (-1,))[0] == wanted[0]]
        if not same:
            have = ", ".join(v.version for v in versions)
            if not for_answers:
                raise UnknownQuestionnaire(
                    f"no version {wanted[0]}.x of {qid} is installed (installed: {have}): a version asks for the "
                    "newest installed of the same major version"
                )
            raise UnknownQuestionnaire(
                f"answers are for {qid} version {version}, which is not installed (installed: {have}): a different "
                "major version may ask different questions, so they are not scored. Add the matching "
                "questionnaire with --questionnaires-dir."
            )
        return same[-1]

    def plan_for(self, qid: str, version: str | None = None) -> Plan:
        e = self.entry(qid, version)
        key = (e.id, e.version)
        plan = self._plans.get(key)
        if plan is None:
            plan = Plan.from_data(e.data)
            newest = self.entries[e.id][-1]
            if (parse_version(newest.version) or (0,))[0] > plan.major:
                plan = dataclasses.replace(plan, newer=newest.version)
            self._plans[key] = plan
        return plan

    def questionnaire(self, qid: str, version: str | None = None, *, for_answers: bool = True) -> Questionnaire:
        """The full model (texts, help, labels), loaded from its file when first asked."""
        from .loader import load_questionnaire

        e = self.entry(qid, version, for_answers=for_answers)
        key = (e.id, e.version)
        q = self._models.get(key)
        if q is None:
            q = self._models[key] = load_questionnaire(e.path)
        return q


def _did_you_mean(qid: str, known: dict[str, Any]) -> str:
    import difflib

    close = difflib.get_close_matches(qid[:200], list(known), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f" (installed: {', '.join(sorted(known)) or 'none'}){hint}"


_ID_VALUE = re.compile(r"""["']?([a-z][a-z0-9_-]{0,63})["']?[ \t]*(?:#.*)?""")


def _claimed_id(path: str) -> str | None:
    """The id a broken questionnaire file gives itself, read from its `id:` line (None if none)."""
    m = _ID_VALUE.fullmatch(_top_key(path, "id")[1])
    return m[1] if m else None


def questionnaire_dirs(extra: list[str] | tuple[str, ...] = ()) -> list[tuple[Path, bool]]:
    dirs = [(bundled_questionnaires_dir(), True)]
    env = os.environ.get(ENV_DIR)
    if env:
        dirs.extend((Path(d), False) for d in env.split(os.pathsep) if d)
    dirs.extend((Path(d), False) for d in extra)
    return dirs


def cache_dir() -> Path:
    """The folder of the plan cache: one small file a questionnaire folder (so that a command reads
    the plans of the folders it uses, never those of every folder ever used)."""
    base = os.environ.get(CACHE_ENV)
    if not base:
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache"), "assess")
    return Path(base) / f"plans-{PLAN_FORMAT}"


def cache_path(folder: str | os.PathLike[str]) -> Path:
    """The cache file of one questionnaire folder, named by a checksum of its absolute path (the path
    itself is kept inside and checked: two folders of one checksum only miss the cache)."""
    import zlib

    where = os.fsencode(os.path.abspath(folder))
    return cache_dir() / f"{zlib.crc32(where):08x}-{len(where)}.json"


CACHE_FILES = 64  # a cache folder holding more loses its oldest files when one is written


def _code_stamp() -> list[Any]:
    """What the cached plans were made by: this version, the modules that check and compile, and the
    English catalogue that a broken file's problems are remembered in."""
    here = Path(__file__).parent
    stamp: list[Any] = [__version__, PLAN_FORMAT]
    for name in ("model.py", "plan.py", "loader.py", "texts/en.py"):
        with contextlib.suppress(OSError):
            stamp.append((here / name).stat().st_mtime_ns)
    return stamp


def _read_cache(path: Path, code: list[Any], folder: str) -> dict[str, Any]:
    try:
        import orjson

        data = orjson.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if (
        not isinstance(data, dict)
        or data.get("code") != code
        or data.get("folder") != folder
        or not isinstance(data.get("files"), dict)
    ):
        return {}
    return data["files"]


def _write_cache(path: Path, code: list[Any], folder: str, files: dict[str, Any]) -> None:
    import orjson

    from .output import write_atomic

    # a cache we cannot write (a folder in its place, a folder of another user's, a path whose name is
    # not UTF-8 text, which JSON cannot hold: orjson's TypeError) only costs time
    with contextlib.suppress(OSError, ValueError, TypeError, AssessError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, orjson.dumps({"code": code, "folder": folder, "files": files}))
        kept = sorted(path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[CACHE_FILES:]:
            old.unlink()
        for single in path.parent.parent.glob("plans-*.json"):  # the one file of earlier versions
            single.unlink()


def _entry_from_model(q: Questionnaire) -> dict[str, Any]:
    from .plan import plan_data

    return {
        "id": q.id,
        "version": q.version,
        "title": dict(q.title),
        "languages": list(q.languages),
        "questions": len(q.questions),
        "plan": plan_data(q),
    }


def as_folders(dirs: Any) -> tuple[str, ...]:
    """Folders given as one path (text or a Path) or a list of them; AssessError for anything else
    (a text was taken letter by letter: "/tmp" read the folder "/")."""
    folders = (dirs,) if isinstance(dirs, str | os.PathLike) else dirs
    if isinstance(folders, bytes | dict) or not isinstance(folders, list | tuple | set | frozenset):
        from .answers import _kind

        raise AssessError(Problem("", f"folders are a path or a list of paths, got {_kind(dirs)}"))
    if not all(isinstance(d, str | os.PathLike) for d in folders):
        raise AssessError(Problem("", "folders are a path or a list of paths (as text or Path)"))
    return tuple(os.fspath(d) for d in folders)


def load_catalog(
    extra_dirs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] = (), *, use_cache: bool = True
) -> Catalog:
    """Every questionnaire of the bundled folder, $ASSESS_QUESTIONNAIRES_DIR and `extra_dirs` (one
    folder, or a list of them)."""
    extra_dirs = as_folders(extra_dirs)
    cat = Catalog()
    code = _code_stamp()
    for folder, bundled in questionnaire_dirs(extra_dirs):
        absolute = os.path.abspath(folder)
        cpath = cache_path(absolute)
        cache = _read_cache(cpath, code, absolute) if use_cache else {}
        fresh: dict[str, Any] = {}
        changed = False
        try:
            names = sorted(os.listdir(folder))
        except NotADirectoryError:
            cat.problems.append(Problem(str(folder), "is not a folder of questionnaires"))
            continue
        except FileNotFoundError:
            cat.problems.append(Problem(str(folder), "questionnaires folder not found"))
            continue
        except OSError as e:
            cat.problems.append(Problem(str(folder), f"cannot read the folder: {e.strerror or e}"))
            continue
        for name in names:
            if not name.endswith(SUFFIXES) or name.startswith("."):
                continue
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
            except OSError as e:
                cat.problems.append(Problem(path, f"cannot read: {e.strerror or e}"))
                continue
            if not os.path.isfile(path):
                # a named pipe or a device named *.yaml is never read, and said (it was passed by
                # without a word, and `validate` then found the folder empty); a folder so named is
                # only a folder
                from .reading import not_a_regular_file

                if (special := not_a_regular_file(path, st.st_mode, skipped=True)) is not None:
                    cat.problems.append(special)
                continue
            stamp = [st.st_size, st.st_mtime_ns]
            hit = cache.get(name)
            if hit is not None and hit.get("stamp") == stamp:
                item = hit
            else:
                from .loader import load_questionnaire

                changed = True
                try:
                    q = load_questionnaire(path)
                    item = {"stamp": stamp, **_entry_from_model(q)}
                    cat._models[(q.id, q.version)] = q
                except QuestionnaireError as e:
                    # a broken file is remembered too, so that it costs no YAML parsing until it changes
                    item = {"stamp": stamp, "problems": [[p.message, p.line, p.where] for p in e.problems],
                            "claims": _claimed_id(path)}  # fmt: skip
            fresh[name] = item
            if "problems" in item:
                cat.problems.extend(Problem(path, m, line, where) for m, line, where in item["problems"])
                if item.get("claims"):
                    cat.broken.setdefault(item["claims"], path)
                continue
            cat.add(
                Entry(
                    id=item["id"],
                    version=item["version"],
                    path=path,
                    bundled=bundled,
                    data=item["plan"],
                    title=item["title"],
                    languages=tuple(item["languages"]),
                    questions=item["questions"],
                )
            )
        # written when a file of the folder is new, changed or gone: a command that reads the folder
        # as it was cached writes nothing (a write has an fsync)
        if use_cache and (changed or fresh.keys() != cache.keys()):
            _write_cache(cpath, code, absolute, fresh)
    return cat
