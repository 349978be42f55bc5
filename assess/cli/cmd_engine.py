"""Commands of the engine: list, show, template, schema, validate, score."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .common import (
    LangOpt,
    MinGroupOpt,
    PathsArg,
    QDirsOpt,
    catalog,
    check_lang,
    default_lang,
    err,
    exit_code,
    fail,
    named_for,
    print_problems,
    say,
    stdout_is_terminal,
    ui_lang,
    usage,
)

if TYPE_CHECKING:
    from ..catalog import Catalog


class Format(str, Enum):  # noqa: UP042 - typer needs str enums
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    sqlite = "sqlite"


# The format a name given to -o says: the one written without --format, and the only one --format
# may ask for under that name (`--format json -o y.csv` is refused). Any other name: JSONL, or as asked.
SUFFIX_FORMATS = {
    ".csv": Format.csv, ".json": Format.json, ".jsonl": Format.jsonl, ".xlsx": Format.xlsx,
    ".sqlite": Format.sqlite, ".sqlite3": Format.sqlite, ".db": Format.sqlite,
}  # fmt: skip


class SchemaKind(str, Enum):  # noqa: UP042
    answers = "answers"
    questionnaire = "questionnaire"


def _json_out(obj: Any) -> None:
    import json

    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def list_cmd(
    as_json: Annotated[bool, typer.Option("--json")] = False, lang: LangOpt = None, questionnaires_dir: QDirsOpt = None
) -> None:
    """List the questionnaires found (bundled and your own), every version installed."""
    from ..reading import shown_path

    check_lang(lang)  # the table's words and titles: the interface language, which --lang sets
    cat = catalog(questionnaires_dir)
    rows: list[dict[str, Any]] = [
        {
            "id": e.id,
            "version": e.version,
            "title": e.title.get("fr", next(iter(e.title.values()))),
            "languages": list(e.languages),
            "questions": e.questions,
            "path": shown_path(e.path),  # a name not in UTF-8: its odd bytes as \\xNN, as in the results
            "bundled": e.bundled,
        }
        for e in cat.every_version()
    ]
    if as_json:  # the JSON's title stays the reference language's, whatever the locale
        _json_out(rows)
        return
    lang = ui_lang()
    for r, e in zip(rows, cat.every_version(), strict=True):  # the table's in the interface language
        r["title"] = e.title.get(lang, r["title"])
    from rich import box
    from rich.table import Table

    from ..terminal import console, rich_text

    # no side borders and one space between columns: the title had 17 of 80 columns, five lines a row;
    # a file's path folds onto the next lines, never cut ("tests/fixtur…" named no file)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for k in ("id", "version", "title", "languages", "questions", "source"):
        table.add_column(say(f"list_{k}"), overflow="fold" if k in ("source", "id") else "ellipsis")
    for r in rows:
        source = say("list_bundled") if r["bundled"] else r["path"]
        table.add_row(
            rich_text(r["id"]), r["version"], rich_text(r["title"]), ", ".join(r["languages"]),
            str(r["questions"]), rich_text(source),
        )  # fmt: skip
    console().print(table)


def show_cmd(
    questionnaire_id: Annotated[str, typer.Argument(metavar="ID")],
    lang: LangOpt = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Show a questionnaire: levels, questions, option ids and values."""
    from ..errors import AssessError

    try:
        q = catalog(questionnaires_dir).questionnaire(questionnaire_id)
    except AssessError as e:
        fail(e)
    if as_json:
        _json_out(q.model_dump(mode="json", by_alias=True))
        return
    from .render_show import show_questionnaire

    show_questionnaire(q, default_lang(lang))


def schema_cmd(kind: Annotated[SchemaKind, typer.Argument()]) -> None:
    """Print the JSON Schema of the answers format or of the questionnaire format."""
    if kind is SchemaKind.answers:
        from ..answers import answers_schema

        schema = answers_schema()
    else:
        from ..model import Questionnaire

        schema = Questionnaire.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    _json_out(schema)


def _folder_kinds(folder: Path) -> tuple[list[Path], bool]:
    """The questionnaire files (.yaml, .yml) under a folder, and whether it holds answer files. A
    named pipe or a device so named is never read, and said (it was passed by without a word)."""
    from ..reading import not_a_regular_file

    yaml: list[Path] = []
    answers = False
    try:
        for p in sorted(folder.rglob("*")):
            if p.suffix in (".yaml", ".yml") and p.is_file():
                yaml.append(p)
            elif p.suffix in (".yaml", ".yml") and not p.is_dir():
                try:  # a link to nothing is not a questionnaire: passed by, as before, not the scan's end
                    special = not_a_regular_file(str(p), p.stat().st_mode, skipped=True)
                except OSError:
                    continue
                print_problems([special] if special else [], "note")
            elif p.suffix in (".json", ".jsonl"):
                answers = True
    except OSError:
        answers = True  # the answers' reading names what cannot be read
    return yaml, answers


def validate_cmd(paths: PathsArg, lang: LangOpt = None, questionnaires_dir: QDirsOpt = None) -> None:
    """Check questionnaire files and answer files; print every problem with file, line and question.

    Exit code 0 when everything is valid, 1 otherwise.
    """
    check_lang(lang)  # the problems' language: the interface language, which --lang sets
    from .. import pipeline
    from ..catalog import defined_twice
    from ..errors import AssessError
    from ..loader import load_questionnaire
    from ..reading import scan_answer_files

    outcome = pipeline.Outcome()
    yaml_files = [p for p in paths if p.suffix in (".yaml", ".yml")]
    # a folder of questionnaires (`questionnaires/`) has its files checked; one of answers is read below
    answer_folders = []
    for p in paths:
        if p.is_dir():
            found_yaml, answers = _folder_kinds(p)
            yaml_files += found_yaml
            if answers or not found_yaml:
                answer_folders.append(p)
    # a file whose id and version a bundled file (or another one checked) defines is ignored by every
    # other command: say so here, where the consultant checks it, not only as a warning of `list`
    installed = catalog(questionnaires_dir, quiet=True) if yaml_files else None
    seen: dict[tuple[str, str], str] = {}
    for p in yaml_files:
        try:
            q = load_questionnaire(p)
        except AssessError as e:
            outcome.invalid += 1
            print_problems(e.problems)
            continue
        first = seen.get((q.id, q.version)) or _defined_elsewhere(installed, q.id, q.version, p)
        if first:
            outcome.invalid += 1
            print_problems([defined_twice(str(p), q.id, q.version, first)])
            continue
        seen[(q.id, q.version)] = str(p)
        outcome.scored += 1
    rest = [p for p in paths if p not in yaml_files and (not p.is_dir() or p in answer_folders)]
    if rest:
        cat = catalog(questionnaires_dir)
        found = scan_answer_files([str(p) for p in rest])
        outcome.invalid += len(found.problems)
        print_problems(found.problems)
        print_problems(found.notes, "note")
        for res in pipeline.run(cat, found.files, emit=pipeline.EMIT_NONE):
            outcome.add(res)
            print_problems(res.problems)
            print_problems(res.warnings, "warning")
    err(say("valid_invalid", valid=say("n_valid", n=outcome.scored), invalid=say("n_invalid", n=outcome.invalid)))
    code = exit_code(outcome)
    if code:
        raise typer.Exit(code)


def _defined_elsewhere(cat: Catalog | None, qid: str, version: str, path: Path) -> str | None:
    """The other file that defines questionnaire `qid` `version`, if one is installed."""
    for e in cat.entries.get(qid, []) if cat is not None else []:
        if e.version == version and Path(e.path).resolve() != path.resolve():
            return e.path
    return None


def score_cmd(
    paths: PathsArg,
    fmt: Annotated[Format | None, typer.Option("--format", "-f")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    by_organisation: Annotated[bool, typer.Option("--by-organisation")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1)] = None,
    csv_decimal: Annotated[str, typer.Option("--csv-decimal", show_default=False)] = ",",
    lang: LangOpt = None,
    min_group_size: MinGroupOpt = None,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Score answer files and print one result per respondent (or per organisation).

    Invalid files or lines are reported on stderr with their path and line, and the batch goes on;
    the exit code is 1 if anything was invalid. CSV is UTF-8 with a BOM, ';' between fields.
    """
    from .score_output import score_command

    if csv_decimal not in (",", "."):
        usage(say("csv_decimal"))
    if fmt in (Format.xlsx, Format.sqlite) and output is None:
        usage(say("needs_file", fmt=fmt.value))
    if fmt is Format.xlsx:
        named_for(output, ".xlsx")
    if output is not None:
        from ..reading import reads_file

        named = SUFFIX_FORMATS.get(output.suffix.lower())  # the format the name says, if it says one
        if fmt is not None and named is not None and fmt is not named:  # JSON in y.csv, a table in x.json
            usage(say("format_named", path=output, fmt=fmt.value, suffix=output.suffix, named=named.value))
        if reads_file(paths, output):  # the results would replace answers the batch reads
            usage(say("output_is_read", path=output))
    if fmt is None:
        if output is not None:
            fmt = SUFFIX_FORMATS.get(output.suffix.lower(), Format.jsonl)
        else:
            fmt = Format.table if stdout_is_terminal() else Format.jsonl
    code = score_command(
        [str(p) for p in paths],
        fmt=fmt.value,
        output=output,
        by_organisation=by_organisation,
        jobs=jobs,
        csv_decimal=csv_decimal,
        lang=default_lang(lang),
        dirs=questionnaires_dir,
        min_group_size=min_group_size,
    )
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("list")(list_cmd)
    app.command("show")(show_cmd)
    app.command("schema")(schema_cmd)
    app.command("validate")(validate_cmd)
    app.command("score")(score_cmd)
