"""What `assess score` pays for when it starts (#8): the commands are built only when asked for, and
the score path imports none of the heavy libraries. No timings here: what is imported, and what is built."""

from __future__ import annotations

import typer
from typer.main import get_command

from assess.cli import COMMANDS, app


def test_command_table_is_what_the_modules_register() -> None:
    """`COMMANDS` names every command of every command module, in the order typer lists them when
    the modules are registered on one app (the help's order)."""
    from assess.cli import cmd_engine, cmd_interop, cmd_report, cmd_run

    everything = typer.Typer(callback=lambda: None)
    for module in (cmd_engine, cmd_interop, cmd_report, cmd_run):
        module.register(everything)
    assert list(get_command(everything).commands) == list(COMMANDS)  # type: ignore[attr-defined]
    for module in (cmd_engine, cmd_interop, cmd_report, cmd_run):
        one = typer.Typer(callback=lambda: None)
        module.register(one)
        names = set(get_command(one).commands)  # type: ignore[attr-defined]
        assert names == {n for n, m in COMMANDS.items() if m == module.__name__.rsplit(".", 1)[1]}


def test_commands_are_built_when_asked_for() -> None:
    group = get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert list(commands) == list(COMMANDS)
    assert commands._built == {}
    score = group.get_command(None, "score")  # type: ignore[attr-defined, arg-type]
    assert score is not None and score.name == "score"
    assert list(commands._built) == ["score"]
    assert group.get_command(None, "nosuch") is None  # type: ignore[attr-defined, arg-type]
    export = commands["export"]
    assert list(export.commands) == ["limesurvey", "xlsform"]
