"""Load one questionnaire file: YAML, safe loading only, bounded, then the strict model.
(Which questionnaires are installed, and which scores which answers: catalog.py.)

Errors name the file, the key path or question id, and the line where the parser knows it.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import Problem, QuestionnaireError
from .model import NO_CONTROL, Questionnaire
from .reading import BOM, encoding_problem, not_a_regular_file

# libyaml's safe loader when installed (several times faster), else the pure-Python one: both safe
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_QUESTIONNAIRE_BYTES = 5_000_000

_STANDARD_TAGS = {"tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")}


def _walk(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int], src: str, shown: str = "") -> None:
    """Record the line of every key path; refuse duplicate keys and non-standard tags. `shown`: the
    path as problems name it (`_describe`: an item of a list by its id, questions[str_goal])."""
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
            if not isinstance(key_node, yaml.ScalarNode):  # `? [a]`: a list or a mapping as a key
                raise QuestionnaireError(Problem(src, "a key must be a plain word, not a list or a mapping", line))
            where = f"{shown}.{key}" if shown else str(key)
            if key in seen:
                raise QuestionnaireError(
                    Problem(src, f"duplicate key '{key}' (first at line {seen[key]})", line, where)
                )
            seen[key] = line
            lines[(*path, _key(key))] = line
            _walk(value_node, (*path, _key(key)), lines, src, where)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*path, i), lines, src, f"{shown}[{_node_id(item) or i}]")


def _node_id(node: yaml.Node) -> str | None:
    """The `id` of a mapping node (a question, an option, a signal), as `_describe` names an item."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == "id" and isinstance(v, yaml.ScalarNode) and v.tag == "tag:yaml.org,2002:str":
                return str(v.value)
    return None


def _key(k: str) -> Any:
    return int(k) if k.lstrip("-").isdigit() else k


def _read_text(path: Path, kind: type[QuestionnaireError]) -> str:
    src = str(path)
    try:
        st = path.stat()
        special = not_a_regular_file(src, st.st_mode)  # a named pipe hung `validate`
        if special is not None:
            raise kind(special)
        if st.st_size > MAX_QUESTIONNAIRE_BYTES:
            raise kind(Problem(src, f"file is too large ({st.st_size} bytes) for a questionnaire"))
        with path.open("rb") as f:
            raw = f.read(MAX_QUESTIONNAIRE_BYTES + 1)  # bounded, whatever the size said
        if len(raw) > MAX_QUESTIONNAIRE_BYTES:
            raise kind(Problem(src, f"file is too large ({len(raw)} bytes) for a questionnaire"))
    except IsADirectoryError:
        raise kind(Problem(src, "is a folder, not a file")) from None
    except OSError as e:
        raise kind(Problem(src, f"cannot read: {e.strerror or e}")) from None
    bom = len(BOM) if raw.startswith(BOM) else 0
    wrong = encoding_problem(raw[bom:], src, skipped=bom)  # Notepad's "Unicode" named, not "byte 0"
    if wrong is not None:
        raise kind(wrong)
    return raw[bom:].decode("utf-8")


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
    for i, m in enumerate(_BRACKETS.finditer(text)):
        depth = depth + 1 if m.group() in "[{" else max(0, depth - 1)
        if depth > MAX_DEPTH:  # at the line of the bracket one too deep
            raise QuestionnaireError(Problem(source, _DEEP, text.count("\n", 0, m.start()) + 1))
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


def _longest_number(node: yaml.Node | None) -> yaml.ScalarNode | None:
    """The integer scalar with the most characters (the one Python refuses to convert)."""
    best: yaml.ScalarNode | None = None
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.ScalarNode):
            if n.tag == "tag:yaml.org,2002:int" and (best is None or len(n.value) > len(best.value)):
                best = n
        elif isinstance(n, yaml.MappingNode):
            stack.extend(x for pair in n.value for x in pair)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return best


# libyaml's own words -> the catalogue's text, which names the slip that usually causes them ("mapping
# values are not allowed in this context" said nothing of the line indented one space too far)
_LIBYAML = {
    "mapping values are not allowed in this context": "yaml.mapping_values",
    "mapping values are not allowed here": "yaml.mapping_values_here",
    "did not find expected '-' indicator": "yaml.dash",
    "did not find expected key": "yaml.key",
    "did not find expected ',' or '}'": "yaml.comma_or_brace",
    "did not find expected ',' or ']'": "yaml.comma_or_bracket",
    "could not find expected ':'": "yaml.colon",
    "found unexpected end of stream": "yaml.end_of_stream",
    "found character that cannot start any token": "yaml.token",
    "found undefined alias": "yaml.alias",
    "found unknown escape character": "yaml.escape",
    "did not find expected node content": "yaml.node_content",
    "but found another document": "yaml.another_document",
}


def parse_questionnaire(text: str, source: str | os.PathLike[str] = "<string>") -> Questionnaire:
    """Parse and validate questionnaire YAML text; `source` names it in messages (text or a path)."""
    if type(source) is not str:  # answers.py imported only then: a parent handing tasks over needs none of it
        from .answers import as_source

        source = as_source(source, QuestionnaireError)
    if not isinstance(text, str):
        from .answers import _kind

        if isinstance(text, os.PathLike):
            raise QuestionnaireError(
                Problem(source, f"a questionnaire is YAML text, got {_kind(text)} (load_questionnaire reads a file)")
            )
        raise QuestionnaireError(Problem(source, f"a questionnaire is YAML text, got {_kind(text)}"))
    if not text.strip():
        raise QuestionnaireError(Problem(source, "file is empty"))
    lines: dict[tuple[Any, ...], int] = {}
    node: yaml.Node | None = None
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
            if "cannot start any token" in msg:  # the tab itself: not an @, a ` or a % to quote
                msg = "found a tab character that violates indentation"
            msg += " (tabs are not allowed for indentation in YAML: use spaces)"
        elif msg in _LIBYAML:  # the parser's words, and the slip that usually causes them
            from .texts import text as catalogue_text  # `text` is the file's text here

            msg = catalogue_text(_LIBYAML[msg], "en").format()
        raise QuestionnaireError(Problem(source, f"invalid YAML: {msg}", line)) from None
    except yaml.reader.ReaderError as e:  # a NUL, an escape...: YAML allows no control character
        at = text.find(chr(e.character)) if isinstance(e.character, int) else -1
        line = text.count("\n", 0, at) + 1 if at >= 0 else None
        raise QuestionnaireError(Problem(source, _say("q_control"), line)) from None
    except yaml.YAMLError as e:
        raise QuestionnaireError(Problem(source, f"invalid YAML: {e}")) from None
    except ValueError:  # an integer of thousands of digits (Python refuses to convert it)
        big = _longest_number(node)
        line = big.start_mark.line + 1 if big is not None else None
        raise QuestionnaireError(Problem(source, "a number is too large (thousands of digits)", line)) from None
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
        named = re.match(r"(\w+): ", str(err.get("ctx", {}).get("error", ""))) if err["type"] == "value_error" else None
        if named and (*loc, named[1]) in lines:  # "bands: ..." of scoring: at the line of bands
            line = lines[(*loc, named[1])]
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
_PATTERNS[NO_CONTROL] = "q_control"
_BOUNDS = {"greater_than": ("q_gt", "gt"), "greater_than_equal": ("q_ge", "ge"), "less_than": ("q_lt", "lt")}
_BOUNDS["less_than_equal"] = ("q_le", "le")


def _message(err: Any) -> str:
    """One pydantic error as the catalogue says it; its own words for a kind the catalogue lacks."""
    from .answers import _kind

    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    if tuple(err.get("loc") or ()) == ("version",) and type(value) in (int, float):  # `version: 1.1`
        parts = str(value).split(".")  # as YAML read it: `1.0` is 1.0 (it was said "YAML reads 1")
        suggest = ".".join([*parts, "0", "0"][:3]) if all(p.isdigit() for p in parts) else "1.0.0"
        return _say("q_version_number", value=str(value), suggest=suggest)
    if kind in _EXPECTED_KIND:
        expected = _EXPECTED_KIND[kind]
        if value is None:
            return _say("q_kind_empty", kind=expected)
        if isinstance(value, bool):
            return _say("q_kind_bool", kind=expected)
        return _say("q_kind", kind=expected, got=_number(value) if kind == "int_from_float" else _kind(value))
    loc = tuple(p for p in err.get("loc") or () if not _is_union_tag(p))
    if kind == "greater_than" and ctx.get("gt") == 0 and len(loc) == 3 and loc[2] == "weight":
        # `weight: 0` is how one would leave a question out: say how it is done, and how to weigh less
        return _say({"questions": "297", "levels": "298"}.get(loc[0], "q_gt"), n=0)
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
    if kind == "finite_number":  # the models refuse inf and NaN (allow_inf_nan=False)
        return _say("q_nan" if isinstance(value, float) and value != value else "q_finite")
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return str(err["msg"])


def _line_of(message: str, data: dict[str, Any], lines: dict[tuple[Any, ...], int]) -> int | None:
    """The line of what a whole-file check names: a signal (the condition it names, or a field of
    it), a question ("question X: ..."), one of its options, a field of it, the second of two
    questions or signals with one id, or a field of the file ("version: ...", "scoring.hinge.requires:
    ..."); None for anything else."""
    path = _path_of(message, data)
    if path is None:
        return None
    for n in range(len(path), 0, -1):
        if path[:n] in lines:
            return lines[path[:n]]
    return None


def _ids(items: Any) -> list[Any]:
    return [x.get("id") if isinstance(x, dict) else None for x in items] if isinstance(items, list) else []


def _path_of(message: str, data: dict[str, Any]) -> tuple[Any, ...] | None:
    dup = re.match(r"(questions|signals): duplicate (?:question|signal) id '(.+)'$", message)
    if dup:
        ids = _ids(data.get(dup[1]))
        if ids.count(dup[2]) > 1:
            return (dup[1], len(ids) - 1 - ids[::-1].index(dup[2]))  # the second one
        return None
    signal = re.match(r"signal (\S+?): (?:(\w+):)?", message)
    sids = _ids(data.get("signals"))
    if signal and signal[1] in sids:
        i = sids.index(signal[1])
        if signal[2]:  # "signal X: title: missing translation"
            return ("signals", i, signal[2])
        return _condition_path(data["signals"][i].get("when"), ("signals", i, "when"), message) or ("signals", i)
    if message.startswith("scoring.hinge.requires:"):
        requires = ((data.get("scoring") or {}).get("hinge") or {}).get("requires")
        base = ("scoring", "hinge", "requires")
        return _condition_path(requires, base, message) or base
    named = re.match(r"question (\S+?): (?:option (\S+?)(?::|$)|(\w+)\b)?", message)
    questions = data.get("questions")
    ids = _ids(questions)
    if named and named[1] in ids:
        i = ids.index(named[1])
        path: tuple[Any, ...] = ("questions", i)
        assert isinstance(questions, list)
        oids = _ids(questions[i].get("options") if isinstance(questions[i], dict) else None)
        if named[2] and named[2] in oids:
            return (*path, "options", oids.index(named[2]))
        return (*path, named[3]) if named[3] else path
    field = re.match(r"([a-z_][\w.]*): ", message)  # "version: ...", "levels.strategy.name: ..."
    if field is None:
        return None
    node: Any = data
    path = ()
    for part in field[1].split("."):
        if isinstance(node, list) and part in _ids(node):
            path += (_ids(node).index(part),)
            node = node[path[-1]]
        elif isinstance(node, dict) and part in node:
            path += (part,)
            node = node[part]
        else:
            break
    return path or None


def _condition_path(cond: Any, path: tuple[Any, ...], message: str) -> tuple[Any, ...] | None:
    """The place, inside a condition, of the part a message names (a question, one of its options, a
    level's consistency), searched in the order of the file; None when none is named or found."""
    question = re.search(r"question '([^']*)'", message)
    option = re.search(r"option '([^']*)'", message)
    level = re.search(r"consistency on '([^']*)'", message)
    if not (question or level):
        return None

    def find(c: Any, at: tuple[Any, ...]) -> tuple[Any, ...] | None:
        if not isinstance(c, dict):
            return None
        if question and c.get("answer") == question[1]:
            if option is None:
                return at
            for key in ("in", "all_of", "none_of"):
                ids = c.get(key)
                if isinstance(ids, list) and option[1] in ids:
                    return (*at, key, ids.index(option[1]))
        if level and c.get("consistency") == level[1]:
            return at
        for key in ("all", "any"):
            subs = c.get(key)
            for i, sub in enumerate(subs if isinstance(subs, list) else []):
                found = find(sub, (*at, key, i))
                if found:
                    return found
        return find(c.get("not"), (*at, "not"))

    return find(cond, path)


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
    if not isinstance(path, str | os.PathLike):
        from .answers import _kind

        raise QuestionnaireError(f"load_questionnaire takes the path of a questionnaire file, got {_kind(path)}")
    p = Path(path)
    # a copy of the model parsed once: frozen, its lists and dicts are not, and a script that sorted
    # or filtered `q.questions` changed the model every later load (and report) of the file got
    return _parse_file_text(_read_text(p, QuestionnaireError), str(p)).model_copy(deep=True)


@functools.lru_cache(maxsize=32)
def _parse_file_text(text: str, source: str) -> Questionnaire:
    """A file's text parsed once a process: each catalogue loaded again (each command the library
    runs) gets a copy of the same model while the file is the same; a changed text is parsed anew,
    and a refused one again (errors are not kept)."""
    return parse_questionnaire(text, source)
