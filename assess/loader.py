"""Load questionnaire files (YAML, safe loading only) and find the installed ones.

Errors name the file, the key path or question id, and the line where the parser knows it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import Problem, QuestionnaireError, UnknownQuestionnaire
from .model import Questionnaire
from .resources import bundled_questionnaires_dir

ENV_DIR = "ASSESS_QUESTIONNAIRES_DIR"
# libyaml's safe loader when installed (several times faster), else the pure-Python one: both safe
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_QUESTIONNAIRE_BYTES = 5_000_000

_STANDARD_TAGS = {"tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")}


def _walk(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int], src: str) -> None:
    """Record the line of every key path; refuse duplicate keys and non-standard tags."""
    lines.setdefault(path, node.start_mark.line + 1)
    if node.tag not in _STANDARD_TAGS:
        raise QuestionnaireError(
            Problem(src, f"tag '{node.tag}' is not allowed (only plain YAML data)", node.start_mark.line + 1)
        )
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                where = ".".join(str(p) for p in (*path, key))
                raise QuestionnaireError(
                    Problem(src, f"duplicate key '{key}' (first at line {seen[key]})", line, where)
                )
            seen[key] = line
            lines[(*path, _key(key))] = line
            _walk(value_node, (*path, _key(key)), lines, src)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*path, i), lines, src)


def _key(k: str) -> Any:
    return int(k) if k.lstrip("-").isdigit() else k


def _read_text(path: Path, kind: type[QuestionnaireError]) -> str:
    src = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_QUESTIONNAIRE_BYTES:
            raise kind(Problem(src, f"file is too large ({size} bytes) for a questionnaire"))
        raw = path.read_bytes()
    except IsADirectoryError:
        raise kind(Problem(src, "is a folder, not a file")) from None
    except OSError as e:
        raise kind(Problem(src, f"cannot read: {e.strerror or e}")) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise kind(Problem(src, f"not UTF-8 text (byte {e.start}): save the file as UTF-8")) from None


def parse_questionnaire(text: str, source: str = "<string>") -> Questionnaire:
    """Parse and validate questionnaire YAML text."""
    if not text.strip():
        raise QuestionnaireError(Problem(source, "file is empty"))
    lines: dict[tuple[Any, ...], int] = {}
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise QuestionnaireError(Problem(source, "file is empty"))
            _walk(node, (), lines, source)  # refuses duplicate keys and non-data tags first
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        msg = e.problem or str(e)
        src_lines = text.splitlines()
        if line is not None and 0 < line <= len(src_lines) and "\t" in src_lines[line - 1]:
            msg += " (tabs are not allowed for indentation in YAML: use spaces)"
        raise QuestionnaireError(Problem(source, f"invalid YAML: {msg}", line)) from None
    except yaml.YAMLError as e:
        raise QuestionnaireError(Problem(source, f"invalid YAML: {e}")) from None
    if not isinstance(data, dict):
        raise QuestionnaireError(Problem(source, "a questionnaire is a mapping of keys (id, version, ...)", 1))
    try:
        return Questionnaire.model_validate(data)
    except ValidationError as e:
        raise QuestionnaireError(_problems(e, data, lines, source)) from None


def _problems(
    e: ValidationError, data: dict[str, Any], lines: dict[tuple[Any, ...], int], source: str
) -> list[Problem]:
    problems = []
    for err in e.errors():
        loc = tuple(p for p in err["loc"] if not _is_union_tag(p))
        # find the deepest known line for this location
        line = None
        for n in range(len(loc), -1, -1):
            if loc[:n] in lines:
                line = lines[loc[:n]]
                break
        where = _describe(loc, data)
        msg = err["msg"].removeprefix("Value error, ")
        if isinstance(err.get("input"), bool) and err["type"] in ("string_type", "literal_error"):
            msg += " (YAML reads unquoted yes/no/on/off/true/false as true or false: quote the value)"
        elif err.get("input") is None and err["type"] in ("string_type", "dict_type"):
            msg += " (the value is empty or null; a '#' starts a comment in YAML: quote the value)"
        problems.append(Problem(source, msg, line, where or None))
    return problems


def _is_union_tag(p: Any) -> bool:
    # pydantic adds the union member's name (e.g. 'AnswerCond') to the location
    return isinstance(p, str) and (p[:1].isupper() or "[" in p)


def _describe(loc: tuple[Any, ...], data: Any) -> str:
    """Readable place: 'question hou_x.options.2.value' rather than 'questions.14.options.2.value'."""
    parts: list[str] = []
    node = data
    for p in loc:
        if isinstance(node, list) and isinstance(p, int) and 0 <= p < len(node):
            node = node[p]
            ident = node.get("id") if isinstance(node, dict) else None
            parts.append(f"[{ident}]" if isinstance(ident, str) else f"[{p}]")
        elif isinstance(node, dict):
            node = node.get(p)
            parts.append(f".{p}" if parts else str(p))
        else:
            parts.append(f".{p}")
    return "".join(parts)


def load_questionnaire(path: str | os.PathLike[str]) -> Questionnaire:
    """Load one questionnaire file. Raises QuestionnaireError with file, place and line."""
    p = Path(path)
    return parse_questionnaire(_read_text(p, QuestionnaireError), str(p))


@dataclass
class Registry:
    """The questionnaires found: bundled ones, then the consultant's folders (which win on a tie)."""

    by_id: dict[str, list[Questionnaire]] = field(default_factory=dict)
    paths: dict[tuple[str, str], Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def add(self, q: Questionnaire, path: Path) -> None:
        versions = [v for v in self.by_id.get(q.id, []) if v.version != q.version]
        versions.append(q)
        versions.sort(key=lambda v: tuple(int(x) for x in v.version.split(".")))
        self.by_id[q.id] = versions
        self.paths[(q.id, q.version)] = path

    def all(self) -> list[Questionnaire]:
        return [vs[-1] for _, vs in sorted(self.by_id.items())]

    def get(self, qid: str, version: str | None = None) -> Questionnaire:
        """The newest questionnaire `qid`; with a version, the newest of the same major version."""
        versions = self.by_id.get(qid)
        if not versions:
            known = ", ".join(sorted(self.by_id)) or "none"
            raise UnknownQuestionnaire(f"unknown questionnaire '{qid}' (installed: {known})")
        if version is None:
            return versions[-1]
        try:
            major = int(str(version).split(".")[0])
        except ValueError:
            raise UnknownQuestionnaire(f"questionnaire version '{version}' is not like 1.0.0") from None
        same = [v for v in versions if v.major == major]
        if not same:
            have = ", ".join(v.version for v in versions)
            raise UnknownQuestionnaire(
                f"answers are for '{qid}' version {version}, but only version {have} is installed: "
                f"a different major version may ask different questions, so they are not scored. "
                f"Add the matching questionnaire with --questionnaires-dir."
            )
        return same[-1]

    def path_of(self, q: Questionnaire) -> Path | None:
        return self.paths.get((q.id, q.version))


def questionnaire_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_registry(extra_dirs: Iterable[str | os.PathLike[str]] = (), *, strict: bool = False) -> Registry:
    """Bundled questionnaires plus those of `extra_dirs` and of $ASSESS_QUESTIONNAIRES_DIR.

    An invalid file in a consultant's folder is recorded in `problems` (or raised with strict=True)
    so that one broken draft does not stop every command.
    """
    reg = Registry()
    dirs: list[Path] = [bundled_questionnaires_dir()]
    env = os.environ.get(ENV_DIR)
    if env:
        dirs.extend(Path(d) for d in env.split(os.pathsep) if d)
    dirs.extend(Path(d) for d in extra_dirs)
    for d in dirs:
        if not d.is_dir():
            reg.problems.append(Problem(str(d), "questionnaires folder not found"))
            continue
        for f in questionnaire_files(d):
            try:
                reg.add(load_questionnaire(f), f)
            except QuestionnaireError as e:
                if strict:
                    raise
                reg.problems.extend(e.problems)
    return reg
