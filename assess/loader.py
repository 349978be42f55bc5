"""Load one questionnaire file: YAML, safe loading only, bounded, then the strict model.
(Which questionnaires are installed, and which scores which answers: catalog.py.)

Errors name the file, the key path or question id, and the line where the parser knows it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import Problem, QuestionnaireError
from .model import Questionnaire

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


# Bounds that no questionnaire comes near (the bundled ones: depth 8, about 6,000 nodes), checked
# before a parser builds anything: a hostile file must give a message, not a hang or a crash.
MAX_DEPTH = 50
MAX_NODES = 200_000
MAX_INDENT = 200
_BRACKETS = re.compile(r"[\[\]{}]")
_DEEP_INDENT = re.compile(rf"^[ \t]{{{MAX_INDENT + 1},}}\S", re.M)
_DEEP = f"nested more than {MAX_DEPTH} levels deep (or {MAX_DEPTH} brackets left open): not a questionnaire"


def _check_shape(text: str, source: str) -> None:
    """Refuse deep nesting from the text alone: libyaml builds nested nodes by recursion in C, and
    a file of 100,000 '[' would crash the process before any Python error could be raised."""
    m = _DEEP_INDENT.search(text)
    if m:
        raise QuestionnaireError(Problem(source, _DEEP, text.count("\n", 0, m.start()) + 1))
    depth = 0
    for i, ch in enumerate(_BRACKETS.findall(text)):
        depth = depth + 1 if ch in "[{" else max(0, depth - 1)
        if depth > MAX_DEPTH:
            raise QuestionnaireError(Problem(source, _DEEP))
        if i > 4 * MAX_NODES:
            raise QuestionnaireError(Problem(source, f"more than {MAX_NODES} YAML collections: not a questionnaire"))


def _check_events(text: str, source: str) -> None:
    """Count the nodes the document would have once its aliases (*name) are expanded, and refuse a
    document that expands past MAX_NODES (an "alias bomb") or an alias inside its own anchor."""
    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int]] = []  # open collections: (anchor, node count at start)
    count = 0
    for ev in yaml.parse(text, Loader=_Loader):
        line = ev.start_mark.line + 1 if ev.start_mark else None
        if isinstance(ev, yaml.CollectionStartEvent):
            count += 1
            stack.append((ev.anchor, count))
            if len(stack) > MAX_DEPTH:
                raise QuestionnaireError(Problem(source, _DEEP, line))
        elif isinstance(ev, yaml.CollectionEndEvent):
            anchor, start = stack.pop()
            if anchor is not None:
                sizes[anchor] = count - start + 1
        elif isinstance(ev, yaml.ScalarEvent):
            count += 1
            if ev.anchor is not None:
                sizes[ev.anchor] = 1
        elif isinstance(ev, yaml.AliasEvent):
            if any(anchor == ev.anchor for anchor, _ in stack):
                raise QuestionnaireError(Problem(source, f"the alias *{ev.anchor} refers to itself", line))
            count += sizes.get(ev.anchor or "", 1)
        if count > MAX_NODES:
            raise QuestionnaireError(
                Problem(
                    source, f"more than {MAX_NODES} YAML nodes once aliases are expanded: not a questionnaire", line
                )
            )


def parse_questionnaire(text: str, source: str = "<string>") -> Questionnaire:
    """Parse and validate questionnaire YAML text."""
    if not text.strip():
        raise QuestionnaireError(Problem(source, "file is empty"))
    lines: dict[tuple[Any, ...], int] = {}
    try:
        _check_shape(text, source)
        _check_events(text, source)
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
    except ValueError:  # an integer of thousands of digits (Python refuses to convert it)
        raise QuestionnaireError(Problem(source, "a number is too large (thousands of digits)")) from None
    except RecursionError:
        raise QuestionnaireError(Problem(source, _DEEP)) from None
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
    literals: dict[tuple[Any, ...], list[str]] = {}  # a literal's accepted values, by place
    at: dict[tuple[Any, ...], tuple[int | None, str]] = {}
    for err in e.errors():
        loc = tuple(p for p in err["loc"] if not _is_union_tag(p))
        # find the deepest known line for this location
        line = None
        for n in range(len(loc), -1, -1):
            if loc[:n] in lines:
                line = lines[loc[:n]]
                break
        where = _describe(loc, data)
        if err["type"] == "value_error" and not loc:
            # the whole file's checks (model.py): one problem each, at the line it names
            for part in str(err["ctx"]["error"]).split("\n"):
                problems.append(Problem(source, part, _line_of(part, data, lines) or line))
            continue
        if err["type"] == "literal_error" and loc in literals:  # one union's members (level: ... | depth)
            literals[loc] += _expected(err)
            continue
        if err["type"] == "literal_error":
            literals[loc] = _expected(err)
            at[loc] = (line, where)
            continue
        problems.append(Problem(source, _message(err), line, where or None))
    for loc, expected in literals.items():
        line, where = at[loc]
        problems.append(Problem(source, _say("q_one_of", expected=", ".join(expected)), line, where or None))
    return sorted(problems, key=lambda p: p.line if p.line is not None else 1 << 62)  # in the file's order


def _say(key: str, **fields: Any) -> str:
    """A problem of a questionnaire file, in English as the catalogue writes it (translated when
    printed, by `texts.problem_message`)."""
    from .texts import text

    return text("problem." + key, "en").format(**fields)


def _expected(err: Any) -> list[str]:
    return re.findall(r"'([^']*)'", str((err.get("ctx") or {}).get("expected", "")))


def _number(v: Any) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


# pydantic's error types -> the kind of value it expected (the texts' `kind.*` words)
_EXPECTED_KIND = {
    "string_type": "text", "float_type": "a number", "float_parsing": "a number", "int_type": "a whole number",
    "int_parsing": "a whole number", "int_from_float": "a whole number", "bool_type": "true/false",
    "bool_parsing": "true/false", "list_type": "a list", "dict_type": "an object", "model_type": "an object",
    "model_attributes_type": "an object",
}  # fmt: skip
_PATTERNS = {"^[a-z][a-z0-9_]*$": "q_pattern_underscore", "^[a-z][a-z0-9_-]*$": "q_pattern_both"}
_PATTERNS["^[a-z][a-z0-9-]*$"] = "q_pattern_dash"
_BOUNDS = {"greater_than": ("q_gt", "gt"), "greater_than_equal": ("q_ge", "ge"), "less_than": ("q_lt", "lt")}
_BOUNDS["less_than_equal"] = ("q_le", "le")


def _message(err: Any) -> str:
    """One pydantic error as the catalogue says it; its own words for a kind the catalogue lacks."""
    from .answers import _kind

    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    if kind in _EXPECTED_KIND:
        expected = _EXPECTED_KIND[kind]
        if value is None:
            return _say("q_kind_empty", kind=expected)
        if isinstance(value, bool):
            return _say("q_kind_bool", kind=expected)
        return _say("q_kind", kind=expected, got=_number(value) if kind == "int_from_float" else _kind(value))
    if kind in _BOUNDS:
        key, bound = _BOUNDS[kind]
        return _say(key, n=_number(ctx.get(bound)))
    if kind == "missing":
        return _say("q_required")
    if kind == "extra_forbidden":
        return _say("q_unknown_field")
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _PATTERNS:
        return _say(_PATTERNS[ctx["pattern"]])
    if kind in ("string_too_short", "too_short") and ctx.get("min_length") == 1:
        return _say("q_not_empty")
    if kind == "string_too_long":
        return _say("q_too_long", n=ctx.get("max_length"))
    if kind == "finite_number":
        return _say("q_finite")
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return str(err["msg"])


def _line_of(message: str, data: dict[str, Any], lines: dict[tuple[Any, ...], int]) -> int | None:
    """The line of what a whole-file check names: a signal, a question ("question X: ..."), one of
    its options, a field of it, or the second of two questions with one id; None for anything else."""
    signal = re.match(r"signal (\S+?):", message)
    signals = data.get("signals")
    if signal and isinstance(signals, list):
        sids = [x.get("id") if isinstance(x, dict) else None for x in signals]
        if signal[1] in sids:
            return lines.get(("signals", sids.index(signal[1])))
    questions = data.get("questions")
    if not isinstance(questions, list):
        return None
    ids = [q.get("id") if isinstance(q, dict) else None for q in questions]
    path: tuple[Any, ...] | None = None
    dup = re.match(r"questions: duplicate question id '(.+)'$", message)
    named = re.match(r"question (\S+?): (?:option (\S+?)(?::|$)|(\w+)\b)?", message)
    if dup and ids.count(dup[1]) > 1:
        path = ("questions", len(ids) - 1 - ids[::-1].index(dup[1]))  # the second one
    elif named and named[1] in ids:
        i = ids.index(named[1])
        path = ("questions", i)
        options = questions[i].get("options") if isinstance(questions[i], dict) else None
        if named[2] and isinstance(options, list):
            oids = [o.get("id") if isinstance(o, dict) else None for o in options]
            if named[2] in oids:
                path += ("options", oids.index(named[2]))
        elif named[3]:
            path += (named[3],)
    if path is None:
        return None
    for n in range(len(path), 0, -1):
        if path[:n] in lines:
            return lines[path[:n]]
    return None


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
