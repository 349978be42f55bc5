"""Commands between `assess` and the tools where answers are collected: export (LimeSurvey, XLSForm)
and import (their response files, and the spreadsheet template)."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import (
    PathsArg,
    QDirsOpt,
    cannot_write,
    catalog,
    check_labels,
    err,
    fail,
    interrupt_on_sigterm,
    make_folder,
    named_for,
    print_problems,
    say,
    usage,
)

export_app = typer.Typer(no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})

IdArg = Annotated[str, typer.Argument(metavar="ID")]


# what names a file to write, never a folder of answers files (import -o): the results' suffixes
# that `score` reads a format from (but .jsonl, which import writes), and other files' a consultant has
OTHER_FILES = (".tsv", ".txt", ".xls", ".ods", ".html", ".pdf")


def _questionnaire(qid: str, dirs: list[str] | None) -> Any:
    from ..errors import AssessError

    try:
        return catalog(dirs).questionnaire(qid)
    except AssessError as e:
        fail(e)


def _write(path: Path, data: str | bytes) -> None:
    from ..output import write_atomic

    try:
        write_atomic(path, data)
    except OSError as e:
        cannot_write(path, e)
    err(say("written", path=path))


@export_app.command("limesurvey")
def export_limesurvey(
    questionnaire_id: IdArg,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    langs: Annotated[str, typer.Option("--lang", "-l")] = "fr,en",
    codes: Annotated[bool, typer.Option("--codes")] = False,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Write a LimeSurvey survey structure (tab-separated .txt) to import in LimeSurvey 6.

    One group per level plus a profile group (the role, coded ROLE, and a hidden QVER carrying the
    questionnaire's id and version), both languages, "don't know" as an answer (NSP), anonymous
    collection (no IP, no referrer, no date stamp). Import it with "Create survey > Import".
    """
    interrupt_on_sigterm()  # stopped while writing, it left its temporary file
    import json

    from ..interop.codes import codes_json
    from ..interop.limesurvey import limesurvey_tsv
    from ..vocab import LANGS, as_lang

    # LimeSurvey tells a structure by its file's name: .lss is XML, .txt (or .tsv) tab-separated
    if codes:
        named_for(output, ".json")
    else:
        named_for(output, ".txt", ".tsv")
    q = _questionnaire(questionnaire_id, questionnaires_dir)
    if codes:
        text = json.dumps(codes_json(q), ensure_ascii=False, indent=2) + "\n"
    else:
        wanted = [x.strip() for x in langs.split(",") if x.strip()]
        bad = [x for x in wanted if x not in LANGS or x not in q.languages]
        if not wanted or bad or len(set(wanted)) != len(wanted):
            usage(say("export_langs", langs=", ".join(q.languages)))
        text = limesurvey_tsv(q, [as_lang(x) for x in wanted])
    if output is None:
        typer.echo(text, nl=False)
    else:
        _write(output, text)


@export_app.command("xlsform")
def export_xlsform(
    questionnaire_id: IdArg,
    output: Annotated[Path, typer.Option("--output", "-o")],
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Write an XLSForm (.xlsx) to upload in KoboToolbox or ODK Central.

    Question and choice names are the questionnaire's own ids, so submissions come back without a
    mapping table; both languages; a role question; the version in a calculate field.
    """
    interrupt_on_sigterm()  # stopped while writing, it left its temporary file
    from ..interop.xlsform import write_xlsform

    named_for(output, ".xlsx")
    q = _questionnaire(questionnaire_id, questionnaires_dir)
    try:
        write_xlsform(q, output)
    except OSError as e:
        cannot_write(output, e)
    err(say("written", path=output))


class TemplateFormat(str, Enum):  # noqa: UP042 - typer needs str enums
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    html = "html"
    pdf = "pdf"


def template_cmd(
    questionnaire_id: IdArg,
    fmt: Annotated[TemplateFormat | None, typer.Option("--format", "-f")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    lang: Annotated[str | None, typer.Option("--lang", "-l")] = None,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Print a blank answers file, a spreadsheet to type answers into, or a paper questionnaire.

    The paper questionnaire shows each answer's code; the spreadsheet (one column per question,
    one row per respondent) takes those codes, and `assess import` reads it back.
    """
    interrupt_on_sigterm()  # stopped while writing, it left its temporary file
    import json

    from ..answers import FORMAT
    from .common import default_lang

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = TemplateFormat(suffix) if suffix in TemplateFormat.__members__ else TemplateFormat.json
    q = _questionnaire(questionnaire_id, questionnaires_dir)
    language = q.text_language(default_lang(lang))  # French for a file in French alone
    if fmt in (TemplateFormat.xlsx, TemplateFormat.pdf):
        if output is None:
            usage(say("needs_file", fmt=fmt.value))
        named_for(output, "." + fmt.value)
    data: str | bytes
    if fmt is TemplateFormat.json:
        blank = {
            "format": FORMAT,
            "questionnaire": {"id": q.id, "version": q.version},
            "organisation": {"id": "", "name": ""},
            "respondent": {"id": None, "role": None},
            "date": None,
            "lang": language,
            "answers": {qq.id: None for qq in q.questions},
            "comments": {},
        }
        data = json.dumps(blank, ensure_ascii=False, indent=2) + "\n"
    elif fmt is TemplateFormat.csv:
        from ..interop.template import template_csv

        data = template_csv(q)
    elif fmt is TemplateFormat.xlsx:
        from ..interop.template import save_workbook, template_workbook

        assert output is not None
        try:
            save_workbook(template_workbook(q, language), output)
        except OSError as e:
            cannot_write(output, e)
        err(say("written", path=output))
        return
    elif fmt is TemplateFormat.html:
        from ..interop.paper import paper_html

        data = paper_html(q, language)
    else:
        from ..interop.paper import paper_pdf

        data = paper_pdf(q, language)
    if output is None:
        typer.echo(data if isinstance(data, str) else data.decode(), nl=False)
        return
    _write(output, data)


def import_cmd(
    paths: PathsArg,
    questionnaire: Annotated[str, typer.Option("--questionnaire", "-Q")],
    organisation_id: Annotated[str | None, typer.Option("--organisation-id")] = None,
    organisation_name: Annotated[str | None, typer.Option("--organisation-name")] = None,
    round_label: Annotated[str | None, typer.Option("--round")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    ignore_columns: Annotated[list[str] | None, typer.Option("--ignore-column")] = None,
    lang: Annotated[str | None, typer.Option("--lang")] = None,
    questionnaires_dir: QDirsOpt = None,
) -> None:
    """Read response files of LimeSurvey, KoboToolbox, ODK or the spreadsheet template into answers.

    Headings and cells are recognised in their usual spellings (codes or full answer texts, French
    or English). Unfinished LimeSurvey responses are skipped and counted. Every bad row is reported
    with its file and row, and the import goes on; the exit code is then 1. A file with a column
    that no question reads (other than the tools' own metadata) is not imported, since answers
    would be lost: the message lists them, and --ignore-column leaves aside those that hold no
    answer. A respondent's id is made of the file name and the response's id or row, so importing
    again gives the same ids.
    """
    import orjson

    from ..errors import AssessError, Problem
    from ..interop.importing import SAME_ANSWERS, Options, import_files
    from ..names import AnswerFileNames
    from ..output import atomic_writer, write_atomic
    from .cmd_engine import SUFFIX_FORMATS
    from .common import default_lang

    default_lang(lang)  # checked; the messages follow it (`ui_lang` reads it)
    interrupt_on_sigterm()  # killed by SIGTERM, it left the temporary file of the answers file it wrote
    # a file's name, not a folder's: `-o answers.csv` made a folder of .json files called answers.csv
    file_suffixes = {*SUFFIX_FORMATS, *OTHER_FILES} - {".jsonl"}
    if output is not None and output.suffix.lower() in file_suffixes and not output.is_dir():
        usage(say("jsonl_or_folder"))
    cat = catalog(questionnaires_dir)
    try:
        cat.entry(questionnaire)
    except AssessError as e:
        fail(e, 2)
    check_labels(round_label, ("--organisation-id", organisation_id))  # said once, before any row is read
    opts = Options(questionnaire, organisation_id, organisation_name, round_label, frozenset(ignore_columns or ()))
    ignored: set[str] = set()  # the --ignore-column names some file had
    # each answers object to write, by its key (organisation, respondent, round: "" for none) and as
    # its JSON line (its end included): held as text, not as dicts, which took ten times as much
    answers: list[_New] = []
    seen: dict[tuple[str, str, str], str] = {}  # (organisation, respondent, round) -> where first read
    # what two answers objects typed alike share (`same` of an import result) -> where first read, and
    # each answer's, beside `answers`: the same export read twice under two names counts each person twice
    alike: dict[bytes, str] = {}
    digests: list[bytes] = []
    bad = 0
    written = 0  # answers files written into a folder, each whole
    try:  # Ctrl-C, SIGTERM or SIGHUP: each file written is whole, the one being written is removed
        for path, res in import_files(cat, [str(p) for p in paths], opts):
            print_problems(res.notes, "note")
            print_problems(res.unread_columns)
            print_problems(res.problems)
            ignored |= res.ignored
            dups = 0
            same_as: list[Problem] = []
            for a, encoded, line, digest in zip(res.answers, res.answers.encoded(), res.lines, res.same, strict=True):
                key = (a["organisation"]["id"], a["respondent"]["id"], a.get("round") or "")
                if key in seen:
                    msg = f"respondent {key[1]!r} was already read at {seen[key]}: kept once, as read there"
                    print_problems([Problem(path, msg, line)])  # in French by the catalogue's pattern
                    dups += 1
                    continue
                seen[key] = f"{path}:{line}"
                answers.append((key, encoded))
                digests.append(digest)
                first = alike.setdefault(digest, f"{path}:{line}")
                if not first.startswith(f"{path}:"):  # alike within one file: the file's own note says it
                    same_as.append(Problem(path, SAME_ANSWERS.format(where=first), line))
            print_problems(same_as, "note")
            # a respondent read twice is a bad row too: the summary counts every row an error names
            bad_rows = len({(p.source, p.line) for p in res.problems if p.line is not None}) + dups
            unread = any(p.line is None for p in res.problems)  # the file itself: no row to count
            bad += bad_rows + unread + bool(res.unread_columns)
            err(
                say("import_read", path=path, n=len(res.answers) - dups)
                + (say("import_unfinished", n=res.incomplete) if res.incomplete else "")
                + (say("import_bad", n=bad_rows) if bad_rows else "")
                + (say("import_unread") if unread else "")
                + (say("import_columns_unread") if res.unread_columns else "")
            )
            del res  # let go before the next file is read
        for name in sorted(set(opts.ignore) - ignored):  # a slip in the name would leave the file refused
            print_problems([Problem("--ignore-column", f"no file has an unread column {name!r}")], "note")
        into_jsonl = output is not None and output.suffix.lower() in (".jsonl", ".ndjson") and not output.is_dir()
        earlier = None  # the answers file imported into, read once
        if into_jsonl and answers and output is not None and output.is_file():
            earlier = _Earlier(output)
            _said_alike(earlier.alike, answers, digests, seen)
            answers, unlabelled = _round_forgotten(earlier.path, earlier.rounds, earlier.unrounded, answers)
            bad += unlabelled
        elif not into_jsonl and answers and output is not None and output.is_dir():
            rounds, unrounded, held_alike = _held_in_folder(output)
            _said_alike(held_alike, answers, digests, seen)
            answers, unlabelled = _round_forgotten(output, rounds, unrounded, answers, folder=True)
            bad += unlabelled
        try:
            if output is not None and not answers:  # an earlier import in that file stays whole
                err(say("nothing_written", path=output))
            elif output is None:
                # in chunks of a thousand lines, and at least one write (a full disk is said even
                # when there is no answer to write)
                from ..terminal import data_stdout

                with data_stdout() as out:
                    for i in range(0, max(len(answers), 1), 1000):
                        out.write(b"".join(encoded for _, encoded in answers[i : i + 1000]))
            elif into_jsonl:
                try:
                    kept, replaced, odd = _merged(earlier, answers) if earlier is not None else ([], 0, [])
                except AssessError as e:  # written to, it would hold lines in two encodings
                    print_problems(e.problems)
                    err(say("not_merged", path=output))
                    raise typer.Exit(1) from None
                odd_lines = [Problem(str(output), "not an answers object: kept as it was", n) for n in odd]
                print_problems(odd_lines, "warning")
                with atomic_writer(output, "wb") as f:
                    f.writelines(kept)
                    f.writelines(encoded for _, encoded in answers)
                err(
                    say("written_jsonl", path=output, n=len(answers))
                    + (say("jsonl_replaced", n=replaced) if replaced else "")
                    + (say("jsonl_kept", n=len(kept) - len(odd)) if len(kept) > len(odd) else "")
                )
            else:
                make_folder(output)
                names = AnswerFileNames(output)
                for _, encoded in answers:
                    a = orjson.loads(encoded)
                    write_atomic(names.path_for(a), orjson.dumps(a, option=orjson.OPT_INDENT_2) + b"\n")
                    written += 1
                err(say("written_files", n=len(answers), path=output))
        except OSError as e:
            cannot_write(output, e)
    except KeyboardInterrupt:
        if output is not None and written:
            err(say("import_interrupted", n=written, path=output))
        else:
            err(say("not_written", path=output) if output is not None else say("interrupted"))
        raise typer.Exit(130) from None
    if bad or not answers:
        if not answers and not bad:
            err(say("error", msg=say("no_complete_response")))
        raise typer.Exit(1)


# an answers object read by this import: its key (organisation, respondent, round: "" for none) and
# its JSON line
_New = tuple[tuple[str, str, str], bytes]


class _Earlier:
    """An answers file imported into, read once: its lines (as a JSONL reader numbers them, the
    first without its BOM), each one's key (organisation, respondent, round: "" for none) or None
    for a line that is no answers object, the rounds each respondent is in, and whether it is
    UTF-8 text (the problem when it is not). The file's bytes are held once: a line is where it
    starts and ends in them."""

    def __init__(self, path: Path) -> None:
        from array import array

        import orjson

        from ..reading import BOM, encoding_problem

        self.path = path
        with open(path, "rb") as f:
            self.data = data = f.read()
        self.wrong = encoding_problem(data.removeprefix(BOM), str(path))
        self.ends = array("q")  # where each line ends (its end of line included)
        self.keys: list[tuple[str, str, str] | None] = []
        self.rounds: dict[tuple[str, str], set[str]] = {}
        self.unrounded: dict[tuple[str, str], str] = {}  # respondents held with no round: where
        # what answers objects typed alike share (importing._alike) -> the key and line of the first
        self.alike: dict[bytes, tuple[tuple[str, str, str], str]] = {}
        start = 0
        while start < len(data):
            end = data.find(b"\n", start) + 1 or len(data)
            line = data[start:end]
            try:
                obj = orjson.loads(line.removeprefix(BOM) if start == 0 else line)
            except orjson.JSONDecodeError:
                obj = None
            key = None
            if isinstance(obj, dict):
                org, resp = obj.get("organisation"), obj.get("respondent")
                if isinstance(org, dict) and isinstance(resp, dict):
                    if resp.get("id") is not None:
                        key = (str(org.get("id")), str(resp.get("id")), str(obj.get("round") or ""))
                    if isinstance(obj.get("round"), str):
                        self.rounds.setdefault((str(org.get("id")), str(resp.get("id"))), set()).add(obj["round"])
                    elif key is not None and not key[2]:
                        self.unrounded.setdefault(key[:2], f"{path}:{len(self.keys) + 1}")
                    if key is not None and isinstance(obj.get("answers"), dict):
                        self.alike.setdefault(_alike(obj), (key, f"{path}:{len(self.keys) + 1}"))
            self.ends.append(end)
            self.keys.append(key)
            start = end

    def lines(self) -> Iterator[tuple[memoryview, tuple[str, str, str] | None]]:
        """Each line (a view into the file's bytes) and its key."""
        view = memoryview(self.data)
        start = 0
        for end, key in zip(self.ends, self.keys, strict=True):
            yield view[start:end], key
            start = end


_SAME_AS_HELD = (
    "the same answers as {where}, imported before: the same export downloaded again under another name? Both are kept"
)


def _alike(obj: dict[str, Any]) -> bytes:
    from ..interop.importing import _alike as digest

    return digest(obj)


def _said_alike(
    held: dict[bytes, tuple[tuple[str, str, str], str]],
    answers: list[_New],
    digests: list[bytes],
    read_at: dict[tuple[str, str, str], str],
) -> None:
    """A note for each answers object read whose answers are those of another respondent already in
    the file or folder imported into: the same export downloaded again under another name (as
    KoboToolbox names each download, or a browser "results (1).csv") would count each person twice."""
    from ..errors import Problem

    notes = []
    for (key, _), digest in zip(answers, digests, strict=True):
        there = held.get(digest)
        if there is not None and there[0] != key:  # the same respondent is replaced, not added
            path, _, line = read_at[key].rpartition(":")
            notes.append(Problem(path, _SAME_AS_HELD.format(where=there[1]), int(line)))
    print_problems(notes, "note")


def _held_in_folder(
    folder: Path,
) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], str], dict[bytes, tuple[tuple[str, str, str], str]]]:
    """The rounds each respondent is in among the answers files of a folder imported into (as
    `import -o FOLDER/` writes them, one a respondent), those held with no round (where), and
    what each file's answers share with answers typed alike (`_alike`: its identity and path)."""
    import orjson

    from ..reading import MAX_JSON_BYTES

    rounds: dict[tuple[str, str], set[str]] = {}
    unrounded: dict[tuple[str, str], str] = {}
    alike: dict[bytes, tuple[tuple[str, str, str], str]] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            with open(path, "rb") as f:
                obj = orjson.loads(f.read(MAX_JSON_BYTES).removeprefix(b"\xef\xbb\xbf"))
            org, resp = str(obj["organisation"]["id"]), str(obj["respondent"]["id"])
            rnd = obj.get("round") if isinstance(obj.get("round"), str) else ""
            digest = _alike(obj) if isinstance(obj.get("answers"), dict) else None
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            continue  # not an answers file: `assess score` says so when it reads the folder
        if rnd:
            rounds.setdefault((org, resp), set()).add(rnd)
        else:
            unrounded.setdefault((org, resp), str(path))
        if digest is not None:
            alike.setdefault(digest, ((org, resp, rnd), str(path)))
    return rounds, unrounded, alike


def _round_forgotten(
    where: Path,
    rounds: dict[tuple[str, str], set[str]],
    unrounded: dict[tuple[str, str], str],
    answers: list[_New],
    folder: bool = False,
) -> tuple[list[_New], int]:
    """The answers to write, without those read with no round whose respondent the file (or the
    folder) already holds in a round: the same export imported again without its `--round` would
    give the organisation a round with no name beside the one it has. Each left out is an error.
    Read with a round, a respondent held with no round is written, with a note: the same export
    imported before without its `--round` would stay as a round of its own, its respondents twice."""
    from ..errors import Problem

    keep, left = [], 0
    twice: list[str] = []
    for key, line in answers:
        held = rounds.get(key[:2])
        if key[2] or not held:
            keep.append((key, line))
            if key[2] and key[:2] in unrounded:
                twice.append(unrounded[key[:2]])
            continue
        left += 1
        shown = ", ".join(sorted(held))
        place = "this folder" if folder else "the file"
        word = "round" if len(held) == 1 else "rounds"
        msg = f"respondent {key[1]!r} is in {place} in {word} {shown}: give --round to import it again"
        print_problems([Problem(str(where), msg)])
    if twice:
        msg = (
            f"{len(twice)} of the respondents read are also held with no round, as {twice[0]}: if that is this"
            " export imported before without --round, remove them, or they count as a round of their own"
        )
        print_problems([Problem(str(where), msg)], "note")
    return keep, left


def _merged(earlier: _Earlier, answers: list[_New]) -> tuple[list[bytes | memoryview], int, list[int]]:
    """The lines of an answers file written before that this import keeps (every one but those of
    the respondents it reads again: same organisation, respondent and round), how many it
    replaces, and the numbers of the lines kept that are not answers objects: an import never loses
    a line. A file that is not UTF-8 text is refused (AnswersError): the lines added would be in
    another encoding than the file's."""
    from ..errors import AnswersError

    if earlier.wrong is not None:
        raise AnswersError(earlier.wrong)
    new = {key for key, _ in answers}
    kept: list[bytes | memoryview] = []
    odd: list[int] = []
    replaced = 0
    for n, (line, k) in enumerate(earlier.lines(), 1):
        if k is not None and k in new:
            replaced += 1
            continue
        if bytes(line).strip() if k is None else True:  # an answers object is never a blank line
            kept.append(line if line[-1:] == b"\n" else bytes(line) + b"\n")
            if k is None:
                odd.append(n)
    return kept, replaced, odd


def register(app: typer.Typer) -> None:
    app.command("template")(template_cmd)
    app.add_typer(export_app, name="export")
    app.command("import")(import_cmd)
