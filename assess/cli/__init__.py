"""The command line: thin wiring over the library. Each command imports what it needs when it runs,
so that `assess --help` does not pay for pydantic, jinja2 or WeasyPrint; and a command's module is
imported, and its click command built, only when that command is asked for (`COMMANDS`), so that
`assess score` does not pay for the other commands."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from .. import __version__

# every command, in the order of the help's list (typer's: the commands, then the groups), and the
# module whose `register(app)` defines it; a test checks this against what the modules register
COMMANDS = {
    "list": "cmd_engine", "show": "cmd_engine", "schema": "cmd_engine", "validate": "cmd_engine",
    "score": "cmd_engine", "template": "cmd_interop", "import": "cmd_interop", "report": "cmd_report",
    "portfolio": "cmd_report", "run": "cmd_run", "export": "cmd_interop",
}  # fmt: skip

# what an option takes, shown in help instead of Python types ("<bool>", "<list[str]>")
METAVARS = {
    "fr": {"questionnaires_dir": "DOSSIER", "output": "FICHIER", "pdf": "FICHIER", "out_dir": "DOSSIER",
           "templates_dir": "DOSSIER", "resume": "FICHIER", "date": "AAAA-MM-JJ", "jobs": "N",
           "min_group_size": "N", "lang": "fr|en", "langs": "fr,en", "org_id": "ID", "org_name": "NOM",
           "respondent_id": "ID",
           "organisation_id": "ID", "organisation_name": "NOM", "questionnaire": "ID", "csv_decimal": "',' | '.'",
           "paths": "CHEMIN...", "questionnaire_id": "ID", "round_label": "TOUR", "benchmark": "CHEMIN",
           "kind": "TYPE", "appendix": "ANNEXE", "sort": "ORDRE", "role": "RÔLE", "ignore_columns": "EN-TÊTE"},
    "en": {"questionnaires_dir": "DIR", "output": "FILE", "pdf": "FILE", "out_dir": "DIR", "templates_dir": "DIR",
           "resume": "FILE", "date": "YYYY-MM-DD", "jobs": "N", "min_group_size": "N", "lang": "fr|en",
           "langs": "fr,en", "org_id": "ID", "org_name": "NAME", "respondent_id": "ID", "organisation_id": "ID",
           "organisation_name": "NAME", "questionnaire": "ID", "csv_decimal": "',' | '.'", "paths": "PATH...",
           "questionnaire_id": "ID", "round_label": "ROUND", "benchmark": "PATH", "kind": "KIND",
           "appendix": "MODE", "sort": "ORDER", "role": "ROLE", "ignore_columns": "HEADING"},
}  # fmt: skip


def _localise(cmd: Any, path: list[str], lang: str) -> None:
    """Help texts from the one catalogue, in the interface language, for a command and its options
    (command-specific keys first, then the ones every command shares), and plain metavars."""
    from ..terminal import typography
    from ..texts import CATALOGUE

    texts = CATALOGUE["en" if lang == "en" else "fr"]
    spaced = typography if lang == "fr" else str  # "(par défaut : aucune)" never puts ":" first on a line
    key = "help." + (".".join(path) if path else "app")
    if key in texts:
        cmd.help = spaced(texts[key])
    for p in cmd.params:
        text = texts.get(f"{key}.{p.name}") or texts.get(f"help.param.{p.name}")
        if text and hasattr(p, "help"):
            p.help = spaced(text)
        if getattr(p, "param_type_name", "") == "argument":
            p.display_type_rich = lambda ctx: None  # its name says it; no Python type ("<list[Path]>")
            if hasattr(p.type, "get_metavar"):  # nor typer's English "<path>" beside it
                p.type.get_metavar = lambda *args, **kwargs: ""
            if p.name in METAVARS[lang]:  # the usage line's word for it, as typer versions differ ("{paths}")
                p.metavar = word = METAVARS[lang][p.name]
                if not p.required:  # an argument that may be left out: "[ID]", as click writes it
                    word = f"[{word}]"
                p.make_metavar = lambda *args, word=word, **kwargs: word
        elif getattr(p, "is_flag", False):
            p.metavar = ""
        elif p.name == "fmt":  # the choices are listed in the help text
            p.metavar = "FORMAT"
        elif p.name in METAVARS[lang] and getattr(p, "type", None).__class__.__name__ != "Choice":
            p.metavar = METAVARS[lang][p.name]
        if getattr(p, "param_type_name", "") == "option" and not getattr(p, "is_flag", False):
            _no_option_as_value(p)
        if type(getattr(p, "type", None)).__name__ == "TyperPath":
            _no_empty_path(p)
    original = cmd.get_help_option

    def help_option(ctx: Any) -> Any:
        opt = original(ctx)
        if opt is not None:
            opt.help = texts["help.param.help"]
            opt.metavar = ""
        return opt

    cmd.get_help_option = help_option
    if hasattr(cmd, "subcommand_metavar"):  # a group's usage line: "COMMAND [ARGS]..."
        cmd.subcommand_metavar = texts["help.words.subcommand"]
    drawing = cmd.format_help

    def format_help(ctx: Any, formatter: Any) -> None:
        _help_words(texts)
        drawing(ctx, formatter)

    cmd.format_help = format_help
    for name, sub in getattr(cmd, "commands", {}).items():
        _localise(sub, [*path, name], lang)


def _no_option_as_value(p: Any) -> None:
    """An option that takes a value refuses one of its command's own options as that value: click
    gives `--pdf` the next word whatever it is, so `report X --pdf --lang en` wrote a PDF named
    "--lang" and read "en" as answers. (A file whose name begins with a dash: `./--lang`.)"""
    given = p.callback

    def callback(ctx: Any, param: Any, value: Any) -> Any:
        names = {o for q in ctx.command.params for o in (*getattr(q, "opts", ()), *getattr(q, "secondary_opts", ()))}
        for v in value if isinstance(value, (list, tuple)) else (value,):
            if v is not None and str(v) in names:
                from .common import say, usage

                usage(say("option_as_value", opt=max(param.opts, key=len), value=str(v)))
        return value if given is None else given(ctx, param, value)

    p.callback = callback


def _no_empty_path(p: Any) -> None:
    """A path given as "" is a usage error: pathlib reads it as ".", so `-o ""` (a variable left
    empty in a script) said "/tmp: is a folder", and `assess score ""` scored the current folder."""
    convert = p.type.convert

    def checked(value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, str) and not value:
            from .common import say, usage

            name = (
                max(param.opts, key=len) if param.param_type_name == "option" else param.human_readable_name.rstrip(".")
            )
            usage(say("empty_path", opt=name))
        return convert(value, param, ctx)

    p.type.convert = checked


# typer's own words in the help pages it draws: module constants of typer.rich_utils -> our text keys
TYPER_WORDS = {
    "COMMANDS_PANEL_TITLE": "help.words.commands", "REQUIRED_LONG_STRING": "help.words.required",
    "DEFAULT_STRING": "help.words.default", "ENVVAR_STRING": "help.words.envvar",
    "DEPRECATED_STRING": "help.words.deprecated",
}  # fmt: skip


def _help_words(texts: Mapping[str, str]) -> None:
    """typer's own words in the interface's language, set just before a help page is drawn (rich is
    imported only then), where this typer has them."""
    try:
        from typer import rich_utils

        from ..terminal import keep_spacing
    except ImportError:  # typer without rich: click's plain help
        return
    keep_spacing()  # "(par défaut : aucune)" never puts ":" first on a line
    for name, key in TYPER_WORDS.items():
        if isinstance(getattr(rich_utils, name, None), str):
            setattr(rich_utils, name, texts[key])


def build_command(name: str) -> Any:
    """The click command (or group) `name`, built by typer from its module's registration, as typer
    builds the root's subcommands (`get_group_from_info`)."""
    # __import__ rather than importlib.import_module: `python -X importtime` shows only the former
    module = __import__(f"{__name__}.{COMMANDS[name]}", fromlist=["register"])
    one = typer.Typer(
        callback=_no_options,  # a group, as under the root, whatever it holds
        add_completion=False,
        pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode,
    )
    module.register(one)
    for info in one.registered_commands:
        if info.name == name:
            return typer.main.get_command_from_info(
                info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode
            )
    # a group (`export`): typer builds it inside a group of its own
    one.registered_commands = []
    one.registered_groups = [g for g in one.registered_groups if g.name == name]
    group = typer.main.get_command(one)
    assert isinstance(group, TyperGroup)
    return group.commands[name]


def _no_options() -> None:
    pass


class LazyCommands(MutableMapping[str, Any]):
    """The root's subcommands by name, each built (and its texts localised) when first looked up:
    a command runs after building only itself; help and completion list them all."""

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._built: dict[str, Any] = {}
        self._names = list(COMMANDS)

    def __getitem__(self, name: str) -> Any:
        cmd = self._built.get(name)
        if cmd is None:
            if name not in self._names or name not in COMMANDS:
                raise KeyError(name)
            cmd = self._built[name] = build_command(name)
            _localise(cmd, [name], self._lang)
        return cmd

    def __setitem__(self, name: str, cmd: Any) -> None:
        self._built[name] = cmd
        if name not in self._names:
            self._names.append(name)

    def __delitem__(self, name: str) -> None:
        self._names.remove(name)
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names


class LocalisedGroup(TyperGroup):
    """The root command: its help texts come from the catalogue, and each subcommand's when it is built."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from .common import ui_lang

        self._lang = ui_lang()
        from .usage_fr import install  # typer's usage errors in the interface's words

        install()
        _localise(self, [], self._lang)
        self.commands = LazyCommands(self._lang)

    def get_params(self, ctx: Any) -> list[Any]:
        """typer adds the completion options late: they get the catalogue's texts here."""
        from ..texts import CATALOGUE

        params = super().get_params(ctx)
        texts = CATALOGUE["en" if self._lang == "en" else "fr"]
        for p in params:
            if p.name in ("install_completion", "show_completion"):
                setattr(p, "help", texts[f"help.param.{p.name}"])  # noqa: B010 - an Option's field
                p.metavar = ""
            if p.name == "install_completion":
                p.callback = _install_completion
        return params


def _install_completion(ctx: Any, param: Any, value: Any) -> Any:
    """typer's --install-completion, saying what it did in the interface's language."""
    if not value or ctx.resilient_parsing:
        return value
    from typer import completion

    from .common import say

    shell, path = completion.install(shell=value) if isinstance(value, str) else completion.install()
    typer.secho(say("completion_installed", shell=shell, path=path), fg="green")
    typer.echo(say("completion_restart"))
    raise typer.Exit(0)


app = typer.Typer(
    name="assess",
    no_args_is_help=True,
    cls=LocalisedGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"assess {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False) -> None:
    """Digital-transformation self-assessment."""


def run() -> None:
    """The console script: the app, then one place for what goes wrong with standard output."""
    import errno
    import os
    import sys

    from ..errors import AssessError

    code: int | str | None = 0
    try:
        app()
    except SystemExit as e:
        code = e.code
        if code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            # typer's way of stopping when the reader of standard output went away: exit 1, said
            # as every other command says it
            from ..errors import PIPE_CLOSED

            code = PIPE_CLOSED
    except AssessError as e:  # a command that did not say it itself: the message, never a traceback
        from .common import print_problems

        print_problems(e.problems)
        code = 1
    except OSError as e:
        if e.errno != errno.EPIPE:
            _stdout_failed(e)
            code = 1
        else:
            from ..errors import PIPE_CLOSED

            code = PIPE_CLOSED
    stop = sys.modules.get("assess.output")  # imported by every command that takes a stop
    if stop is not None and stop.stop_asked() and code != 130:
        # a Ctrl-C or SIGTERM that Python dropped in a finaliser, or one that came as the command
        # ended: the exit code still says the run was stopped (no file was committed after it)
        from .common import err, say

        err(say("interrupted"))
        code = 130
    try:  # a short or failed write shows here, on a full disk, before anyone reads the result
        sys.stdout.flush()
    except BrokenPipeError:
        from ..errors import PIPE_CLOSED

        code = code or PIPE_CLOSED
    except OSError as e:
        _stdout_failed(e)
        code = 1
    # the reader may have gone (`assess ... | head`): say nothing more, as other tools do
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    leave(code)


def leave(code: object) -> NoReturn:
    """End the process with `code` as `sys.exit` would, without the interpreter's teardown: every
    output is written, flushed and closed by then, and freeing the objects one by one took 20 ms
    of a 110 ms `assess score ONE.json` (35 ms after 40,000 files)."""
    import contextlib
    import os
    import sys

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): the message on stderr, status 1
        print(code, file=sys.stderr)
        status = 1
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status & 0xFF)


def _stdout_failed(e: OSError) -> None:
    import sys

    try:
        from .common import cannot_write_message

        sys.stderr.write(cannot_write_message(None, e) + "\n")
        sys.stderr.flush()
    except OSError:
        pass
