"""What the commands share: options, printing messages, the one place that turns errors and
incomplete results into exit codes, and the questionnaire catalog."""

from __future__ import annotations

import errno
import os
import pathlib
import sys
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from ..terminal import clean, typography

if TYPE_CHECKING:
    from pathlib import Path

    from ..catalog import Catalog
    from ..errors import AssessError, Problem
    from ..organisation import Scored
    from ..pipeline import Outcome

# the paths to read: each one's problem (unreadable, a loop, a pipe) is said by the pipeline with the
# others still read, never click's usage error "Path '…' is not readable." that stopped them all
PathsArg = Annotated[list[pathlib.Path], typer.Argument(readable=False)]
QDirsOpt = Annotated[list[str] | None, typer.Option("--questionnaires-dir", "-q", show_default=False)]
LangOpt = Annotated[str | None, typer.Option("--lang", "-l")]


MinGroupOpt = Annotated[int | None, typer.Option("--min-group-size", min=1, max=100, show_default=False)]


def locale_lang(environ: Mapping[str, str] | None = None) -> str:
    """The interface language from the environment: $ASSESS_LANG, else the locale ($LC_ALL,
    $LC_MESSAGES, $LANG): French for fr_*, English otherwise."""
    env = os.environ if environ is None else environ
    wanted = env.get("ASSESS_LANG", "").strip().lower()
    if wanted in ("fr", "en"):
        return wanted
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def argv_lang(argv: Sequence[str]) -> str | None:
    """The language a command line asks for with --lang/-l (the first one of "fr,en")."""
    for i, a in enumerate(argv):
        value = None
        if a in ("--lang", "-l") and i + 1 < len(argv):
            value = argv[i + 1]
        elif a.startswith("--lang="):
            value = a.split("=", 1)[1]
        if value:
            first = value.split(",")[0].strip()
            return first if first in ("fr", "en") else None
    return None


@cache
def ui_lang() -> str:
    """The language of messages and help: --lang on the command line, else the environment's."""
    return argv_lang(sys.argv[1:]) or locale_lang()


def say(key: str, **fields: object) -> str:
    """An interface text of the command line, in the interface language; a text with a singular and
    a plural (`key.one`, `key.many`) takes the one its count `n` needs (`texts.counted`)."""
    from ..texts import CATALOGUE, counted, text

    n = fields.get("n")
    if isinstance(n, int) and f"cli.{key}.one" in CATALOGUE["en"]:
        return counted(n, "cli." + key, ui_lang(), **{k: v for k, v in fields.items() if k != "n"})
    return text("cli." + key, ui_lang()).format(**fields)


def err(msg: str) -> None:
    """A message on the error output; in French with its no-break spaces before : ; ? ! % and
    inside « » (the catalogue's texts and the messages built from them, in one place)."""
    text = clean(msg)
    typer.echo(typography(text) if ui_lang() == "fr" else text, err=True)


def problem_text(p: Problem, lang: str) -> str:
    """`path:line: where: message`, the message in the interface language. A newline in the file's
    name or in the place (a key of the file) is shown as \\n: `clean` leaves a message's own lines,
    and a file named "a<LF>error: fake.json" printed a line of its own making."""
    from ..errors import Problem as P
    from ..texts import problem_message

    def one_line(text: str) -> str:
        return text.replace("\n", "\\n")

    where = None if p.where is None else one_line(p.where)
    return str(P(one_line(p.source), problem_message(p.message, lang), p.line, where))


def note_organisations(orgs: Sequence[Any], asked: int | None) -> None:
    """What the grouping of respondents into organisations leaves to say: `--min-group-size` below a
    questionnaire's own minimum, and an organisation named in more than one way."""
    note_min_group_size(orgs, asked)
    note_names(orgs)


def note_min_group_size(orgs: Iterable[Any], asked: int | None) -> None:
    """`--min-group-size` below a questionnaire's own minimum leaves it as it is (it can only protect
    respondents more): said once for each questionnaire, rather than ignored without a word."""
    if asked is None:
        return
    said: set[tuple[str, int]] = set()
    for o in orgs:
        key = (o.plan.id, o.plan.min_group_size)
        if asked < o.plan.min_group_size and key not in said:
            said.add(key)
            err(say("warning", msg=say("min_group_kept", asked=asked, qid=o.plan.id, kept=o.plan.min_group_size)))


def note_names(orgs: Iterable[Any]) -> None:
    """An organisation whose answers name it in more than one way (« LOGEMER SA » in one export,
    « Logemer » in another) is shown under the first: said, with every name, rather than chosen
    without a word."""
    for o in orgs:
        names = list(dict.fromkeys(n.strip() for m in o.members if (n := m.sheet.organisation_name) and n.strip()))
        if len(names) > 1:
            shown = ", ".join(map(quoted, names))  # `err` shows what they hold, never obeys it
            err(
                say(
                    "note",
                    msg=say("names_differ", org=quoted(o.key[0]), n=len(names), names=shown, used=quoted(names[0])),
                )
            )


REPEATS_SHOWN = 3  # a warning repeated for many answers (a newer version exists) is shown this often


def print_problems(problems: list[Problem], kind: str = "error") -> None:
    """Every problem, with its file and line. Errors are all printed (each names a record to fix);
    a warning or note met for many records is printed a few times, then counted."""
    seen: dict[str, int] = {}
    for p in problems:
        if kind != "error":
            k = seen[p.message] = seen.get(p.message, 0) + 1
            if k > REPEATS_SHOWN:
                continue
        err(say(kind, msg=problem_text(p, ui_lang())))
    for message, k in seen.items():
        if k > REPEATS_SHOWN:
            err(say(kind, msg=say("more_like_this", n=k - REPEATS_SHOWN, msg=problem_message_in(message))))


def problem_message_in(message: str) -> str:
    from ..texts import problem_message

    return problem_message(message, ui_lang())


def fail(e: AssessError, code: int = 1) -> NoReturn:
    print_problems(e.problems)
    raise typer.Exit(code)


def usage(msg: str) -> NoReturn:
    err(say("error", msg=msg))
    raise typer.Exit(2)


def counted_once(scored: list[Scored], outcome: Outcome) -> list[Scored]:
    """The respondents, each once (`pipeline.once_each`): every repeat printed, and counted in
    `outcome` as refused; copies in doubt (no id) printed as warnings."""
    from ..pipeline import once_each

    kept, repeats, doubts = once_each(scored)
    outcome.refuse(repeats)
    print_problems(repeats)
    print_problems(doubts, "warning")
    return kept


def check_labels(round_label: str | None, *ids: tuple[str, str | None]) -> None:
    """A `--round`, or an id option (`("--org-id", value)`), that no answers file could hold (an id
    pasted with a character no one sees, say) is a usage error, said once before anything runs."""
    from ..answers import given_text, id_problem, round_problem
    from ..texts import problem_message

    # an option is read as a table's cell is, without its outer spaces (`given_text`); a blank one
    # stays blank, for the rule that refuses it
    rounds = ("--round", round_problem(given_text(round_label) or round_label))
    for option, wrong in (rounds, *((o, v and id_problem(given_text(v) or v)) for o, v in ids)):
        if wrong:
            usage(say("option_wrong", option=option, msg=problem_message(wrong, ui_lang())))


def files_only(*paths: Path | None) -> None:
    """A report or a portfolio is a file to open or print: `-` (standard output elsewhere) is a
    usage error here, not a file named "-"."""
    for p in paths:
        if p is not None and str(p) == "-":
            usage(say("file_not_stdout"))


def named_for(path: Path | None, suffix: str, *others: str) -> None:
    """A workbook, a PDF or a page written under another name (`export xlsform -o form.csv` wrote a
    workbook called form.csv, which KoboToolbox and Excel then open as a CSV file, or not at all;
    `report -o rapport.pdf` a page of HTML called .pdf): refused before anything is written, as a
    usage error. `others`: other suffixes the file may have (.htm)."""
    if path is not None and str(path) != "-" and path.suffix.lower() not in (suffix, *others):
        usage(say("named_for", path=path, suffix=suffix))


def make_folder(path: Path) -> None:
    """The folder outputs go into, made if missing; a file in its place is said plainly (mkdir
    would only say "File exists")."""
    if path.exists() and not path.is_dir():
        raise OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    path.mkdir(parents=True, exist_ok=True)


OS_ERRORS = ("ENOENT", "EACCES", "EPERM", "ENOSPC", "EROFS", "EISDIR", "ENOTDIR", "EDQUOT")  # texts `cli.os_*`


def os_reason(e: OSError, lang: str | None = None) -> str:
    """Why a file could not be read or written: the system's words are English (C locale), the
    common causes are said in `lang` (default: the interface's language)."""
    from ..texts import text

    name = errno.errorcode.get(e.errno or 0, "")
    if name in OS_ERRORS:
        return text(f"cli.os_{name}", lang or ui_lang())
    return e.strerror or str(e)


def cannot_write_message(path: object, e: BaseException) -> str:
    """What a failed write says: the file (or standard output) and why."""
    why: object = e
    if isinstance(e, OSError) and e.strerror:
        why = os_reason(e)
    else:  # the database's refusals, and SQLite's own words: the catalogue's, in the interface's language
        from ..texts import problem_message

        why = problem_message(str(e), ui_lang())
    return say("error", msg=say("cannot_write", path=path if path is not None else say("stdout"), error=why))


def cannot_write(path: object, e: BaseException) -> NoReturn:
    """Stop on a failed write (a full disk, a folder in the way): exit 1, not a usage error."""
    err(cannot_write_message(path, e))
    raise typer.Exit(1)


def interrupt_on_sigterm() -> None:
    """SIGTERM stops a command as Ctrl-C does: nothing half-written, no traceback, exit code 130.
    So does SIGHUP (the terminal closed on a long batch: its temporary output was left behind),
    unless it is ignored (`nohup`, which must keep the command running). All are also remembered
    (`output.ask_stop`): one that lands in a finaliser, where Python drops it, still stops the
    command at its next write and in `run()`."""
    import signal

    from ..output import ask_stop

    def stop(signum: int, frame: object) -> None:
        ask_stop(signum)
        raise KeyboardInterrupt

    def unraisable(u: sys.UnraisableHookArgs) -> None:
        if u.exc_type is not KeyboardInterrupt:  # the dropped stop is remembered: no traceback for it
            sys.__unraisablehook__(u)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    hangup = getattr(signal, "SIGHUP", None)
    if hangup is not None and signal.getsignal(hangup) is signal.SIG_DFL:
        signal.signal(hangup, stop)
    sys.unraisablehook = unraisable


def exit_code(outcome: Outcome) -> int:
    """0 only when every input was read and valid; 1 when anything was left out."""
    return 0 if outcome.complete else 1


def catalog(dirs: list[str] | None, *, quiet: bool = False) -> Catalog:
    """Bundled questionnaires plus the user's; a broken user file is reported, not fatal."""
    from ..catalog import load_catalog

    cat = load_catalog(tuple(dirs or ()))
    if not quiet:
        print_problems(cat.problems, "warning")
    return cat


def quoted(value: str) -> str:
    """A value a message quotes, as the interface language quotes it: 'de', or « de » in French."""
    return f"«\u00a0{value}\u00a0»" if ui_lang() == "fr" else repr(value)


def check_lang(lang: str | None) -> None:
    """A usage error (exit 2) for a --lang that is neither fr nor en."""
    if lang is not None and lang not in ("fr", "en"):
        usage(say("lang_values", value=quoted(lang)))


def default_lang(lang: str | None) -> str:
    """The language of a command's output: --lang, else the interface language."""
    check_lang(lang)
    return locale_lang() if lang is None else lang


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
