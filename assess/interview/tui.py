"""The terminal front end: prompt_toolkit screens for one choice, one text, one question.

Imported only by `assess run`. Each screen is a small inline (not full-screen) application that is
erased when done; a one-line echo of the answer then stays in the scrollback.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import select
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from prompt_toolkit import PromptSession
from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.input import Input
from prompt_toolkit.input.typeahead import get_typeahead
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.styles import Style

from ..terminal import clean, width, wrap, wrap_keys

STYLE = Style.from_dict(
    {
        "progress": "bold",
        "section": "bold ansiblue",
        "question": "bold",
        "cursor": "reverse",
        "help": "italic",
        "hint": "ansibrightblack",
        "current": "ansigreen",
        # prompt_toolkit underlines non-breaking spaces in yellow; French spacing needs plain ones
        "nbsp": "nounderline fg:default",
    }
)


@dataclass
class Choice:
    key: Any
    label: str
    exclusive: bool = False


@dataclass
class Screen:
    header: list[tuple[str, str]]  # (style, text) lines above the options
    choices: list[Choice] = field(default_factory=list)
    multi: bool = False
    initial: Any = None  # preselected key (single) or keys (multi)
    help: str | None = None
    hint: str = ""
    allow_back: bool = True
    allow_skip: bool = True
    allow_comment: bool = True
    comment: str | None = None
    # a scale: the choices' keys are the numbers shown, and a digit key picks that number (pressing
    # 3 records 3, whatever the scale's start), not the third line
    digits_are_values: bool = False
    allow_forward: bool = False  # → keeps the current answer and moves on; u jumps to the first unanswered
    # → on a question not yet seen: nothing to keep, so it says "answer_first" (a notice) and stays
    seen: bool = True
    # short messages shown on the screen: "pick_first" (Enter with nothing chosen), "tick_first"
    # (Enter with nothing ticked on a multiple choice), "cleared" (an exclusive option unticked the
    # others; {label} is the option), "unticked" (an option ticked unticked the exclusive one, {label}),
    # "answer_first" (→ on a question not yet seen); "above", "below": how many options ({n}) are out
    # of a screen too short for them all; "comment": a comment shown between the language's quotes
    notices: dict[str, str] = field(default_factory=dict)


def _rows() -> int:
    """The terminal's height (24 when it cannot be told)."""
    from prompt_toolkit.application import get_app

    try:
        return get_app().output.get_size().rows or 24
    except Exception:  # no terminal to ask: the usual height
        return 24


def _in_view(heights: list[int], cursor: int | None, room: int) -> tuple[int, int]:
    """The options shown, [first, last), when they take `heights` rows and `room` rows are left:
    all when they fit; else the page of options that holds the cursor (the first page before any
    move), with a line saying how many more above and below (one option a page at the least: three
    pushed the last line of keys off a 15-row screen with the help open)."""
    if sum(heights) <= room:
        return 0, len(heights)
    room = max(room - 2, 1)  # the two lines "↑ n more", "↓ n more"
    first = 0
    while True:
        last, used = first, 0
        while last < len(heights) and (used + heights[last] <= room or last == first):
            used += heights[last]
            last += 1
        if last >= len(heights) or cursor is None or cursor < last:
            return first, last
        first = last


COMMENT_SHOWN = 130  # characters of a comment shown on its question's screen: two lines at 80 columns
CONFIRM_SECONDS = 0.35  # how long a choice made with a digit stays on screen before moving on


def ask(screen: Screen) -> tuple[str, Any]:
    """Show one screen. Returns (action, value): ("answer", key or keys), ("back", None),
    ("skip", None), ("comment", None), ("quit", None) or ("interrupt", None)."""
    if STOPPED:  # a SIGTERM or SIGHUP came on the screen before
        return ("interrupt", None)
    try:
        return _screen(screen)
    except KeyboardInterrupt:
        # a Ctrl-C that came while the screen was being made, before it took the keyboard (then it
        # is a key, c-c below), or as it let it go: the same as that key, never a traceback
        return ("interrupt", None)


# the keys that leave a multiple choice without Enter: they carry the boxes ticked (`_screen`)
KEEP_TICKS = ("back", "forward", "unanswered", "comment", "quit", "interrupt")


def _screen(screen: Screen) -> tuple[str, Any]:
    choices = screen.choices
    # No option is highlighted until the person moves or presses a digit: a stray Enter records
    # nothing (every question's first option is a pole of the scale).
    cursor: int | None = None
    ticked: list[Any] = []
    if screen.multi and isinstance(screen.initial, list):
        ticked = [c.key for c in choices if c.key in screen.initial]
    elif screen.initial is not None:
        for i, c in enumerate(choices):
            if c.key == screen.initial:
                cursor = i
    show_help = False
    notice = ""
    chosen: Any = None  # picked with a digit, shown a moment before the screen closes

    def text() -> FormattedText:
        out: list[tuple[str, str]] = []
        for style, line in screen.header:
            # wrapped again at each drawing: a window made narrower mid-question cuts no word
            out.append((style, wrap(line) + "\n"))
        at_help = len(out)  # where the help goes, once the room it may take is known
        if screen.comment:
            # a comment read back from an answers file (`--resume`): data, its controls shown; its
            # start only (two lines), so that a long one never pushes the answers off a 24-row
            # screen (the whole comment is in the line to edit, with c)
            shown = clean(" ".join(screen.comment.split()))
            if len(shown) > COMMENT_SHOWN:
                shown = shown[:COMMENT_SHOWN].rsplit(" ", 1)[0] + " …"
            quoted = screen.notices.get("comment", "« {comment} »").format(comment=shown)
            out.append(("class:hint", wrap(quoted, "  ") + "\n"))
        lines: list[str] = []
        for i, c in enumerate(choices):
            if screen.multi:
                box = "[x]" if c.key in ticked else "[ ]"
            else:
                picked = chosen if chosen is not None else screen.initial
                box = "(•)" if picked is not None and c.key == picked else "( )"
            number = "" if screen.digits_are_values else (f"{i + 1}." if i < 9 else "  ")
            lines.append(wrap(c.label, " " * 10, f"{'❯' if i == cursor else ' '} {number:>3} {box} "))
        below: list[tuple[str, str]] = []
        if notice:
            below.append(("class:current", wrap(notice) + "\n"))
        below.append(("class:hint", wrap_keys(screen.hint) + "\n"))  # each of its lines wrapped between keys
        if show_help and screen.help:
            # on a small screen, the help cut to leave one option, the two lines saying how many more,
            # and the keys in view (on 60x15 they went below the screen's edge)
            helped = wrap(screen.help, "  ").split("\n")
            heights = [line.count("\n") + 1 for line in lines] or [0]
            fixed = sum(text.count("\n") for _, text in out + below) + 1
            room = _rows() - fixed - min(sum(heights), max(heights) + 2)
            if len(helped) > max(room, 1):
                helped = [*helped[: max(room, 1) - 1], "  …"] if room > 1 else [helped[0][: width() - 2] + " …"]
            out.insert(at_help, ("class:help", "\n".join(helped) + "\n"))
        # more options than the screen's rows: those around the cursor, and how many more above and
        # below (the keys, below them, stay in view on a 24-row terminal)
        used = sum(text.count("\n") for _, text in out + below) + 1
        first, last = _in_view([line.count("\n") + 1 for line in lines], cursor, _rows() - used)
        if first:
            out.append(("class:hint", f"  ↑ {screen.notices.get('above', '{n}').format(n=first)}\n"))
        for i in range(first, last):
            out.append(("class:cursor" if i == cursor else "", lines[i]))
            out.append(("", "\n"))
        if last < len(lines):
            out.append(("class:hint", f"  ↓ {screen.notices.get('below', '{n}').format(n=len(lines) - last)}\n"))
        return FormattedText(out + below)

    kb = KeyBindings()

    @kb.add("up")
    @kb.add("k")
    def _up(event: KeyPressEvent) -> None:
        nonlocal cursor
        if choices:
            cursor = len(choices) - 1 if cursor is None else (cursor - 1) % len(choices)

    @kb.add("down")
    @kb.add("j")
    @kb.add("tab")
    def _down(event: KeyPressEvent) -> None:
        nonlocal cursor
        if choices:
            cursor = 0 if cursor is None else (cursor + 1) % len(choices)

    def toggle(i: int) -> None:
        nonlocal notice
        c = choices[i]
        notice = ""
        if c.key in ticked:
            ticked.remove(c.key)
        elif c.exclusive:
            others = [x for x in choices if x.key in ticked]
            ticked[:] = [c.key]
            if others and "cleared" in screen.notices:  # say it: nothing is unticked silently
                notice = screen.notices["cleared"].format(label=c.label)
        else:
            excl = [x for x in choices if x.exclusive and x.key in ticked]
            ticked[:] = [k for k in ticked if k not in {x.key for x in excl}] + [c.key]
            if excl and "unticked" in screen.notices:  # the exclusive answer named, not the one ticked
                notice = screen.notices["unticked"].format(label=excl[0].label)

    @kb.add(" ")
    def _space(event: KeyPressEvent) -> None:
        nonlocal notice
        if screen.multi and choices and cursor is not None:
            toggle(cursor)
        elif screen.multi and choices:  # no line chosen yet: said, not ignored (a tick thought made)
            notice = screen.notices.get("space_first", "")

    closed = False

    def finish(event: KeyPressEvent, result: tuple[str, Any]) -> None:
        nonlocal closed
        if closed:  # a key pressed while a digit's choice is on screen must not exit twice
            return
        if chosen is not None and result[0] not in ("answer", "interrupt"):
            return  # q, s, ←, c... pressed while a digit's choice is on screen: it is recorded, not dropped
        if screen.multi and result[0] in KEEP_TICKS:
            # boxes ticked, then → ← q or Ctrl-C rather than Enter: what is seen ticked goes with the
            # key (they vanished without a word), for the questionnaire to record before it moves
            keys = [c.key for c in choices if c.key in ticked]
            given = [c.key for c in choices if isinstance(screen.initial, list) and c.key in screen.initial]
            if keys and keys != given:
                result = (result[0], keys)
        closed = True
        event.app.exit(result=result)

    @kb.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        nonlocal notice
        if chosen is not None:
            return  # already closing
        if not choices:
            finish(event, ("answer", None))
        elif screen.multi:
            keys = [c.key for c in choices if c.key in ticked]  # in the questionnaire's order
            if keys:
                finish(event, ("answer", keys))
            elif "tick_first" in screen.notices:  # nothing ticked: said, as for a single choice
                notice = screen.notices["tick_first"]
            else:
                finish(event, ("skip", None))
        elif cursor is None:
            notice = screen.notices.get("pick_first", "")
        else:
            finish(event, ("answer", choices[cursor].key))

    def index_of_digit(n: int) -> int | None:
        if screen.digits_are_values:
            return next((i for i, c in enumerate(choices) if c.key == n), None)
        return n - 1 if 1 <= n <= len(choices) else None

    for n in range(10):

        @kb.add(str(n))
        def _number(event: KeyPressEvent, n: int = n) -> None:
            nonlocal cursor, chosen, notice
            i = index_of_digit(n)
            if chosen is not None:
                return
            if i is None:  # 7 on a scale of 0 to 5: said, not ignored without a word
                digits = [c.key for c in choices if isinstance(c.key, int)] if screen.digits_are_values else []
                first, last = (min(digits), max(digits)) if digits else (1, min(len(choices), 9))
                if "no_digit" in screen.notices and choices:
                    notice = screen.notices["no_digit"].format(digit=n, first=first, last=last)
                return
            cursor = i
            if screen.multi:
                toggle(cursor)
                return
            # show the choice (cursor and dot) a moment, then move on
            chosen = choices[i].key
            result = ("answer", chosen)
            asyncio.get_running_loop().call_later(CONFIRM_SECONDS, lambda: finish(event, result))

    @kb.add("left")
    @kb.add("b")
    @kb.add("backspace")
    def _back(event: KeyPressEvent) -> None:
        if screen.allow_back:
            finish(event, ("back", None))

    @kb.add("right")
    def _forward(event: KeyPressEvent) -> None:
        nonlocal notice
        if screen.allow_forward and screen.seen:
            finish(event, ("forward", None))
        elif screen.allow_forward:
            notice = screen.notices.get("answer_first", "")

    @kb.add("u")
    def _unanswered(event: KeyPressEvent) -> None:
        if screen.allow_forward:
            finish(event, ("unanswered", None))

    @kb.add("?")
    @kb.add("h")
    def _help(event: KeyPressEvent) -> None:
        nonlocal show_help, notice
        show_help = not show_help
        if not screen.help:  # a part's intro: nothing to explain, said (the key did nothing)
            notice = screen.notices.get("not_here", "")

    @kb.add("s")
    def _skip(event: KeyPressEvent) -> None:
        nonlocal notice
        if screen.allow_skip:
            finish(event, ("skip", None))
        else:
            notice = screen.notices.get("not_here", "")

    @kb.add("c")
    def _comment(event: KeyPressEvent) -> None:
        nonlocal notice
        if screen.allow_comment:
            finish(event, ("comment", None))
        else:
            notice = screen.notices.get("not_here", "")

    @kb.add("q")
    def _quit(event: KeyPressEvent) -> None:
        finish(event, ("quit", None))

    @kb.add("c-c")
    @kb.add("c-d")
    def _interrupt(event: KeyPressEvent) -> None:
        finish(event, ("interrupt", None))

    app: Application[tuple[str, Any]] = Application(
        layout=Layout(HSplit([Window(FormattedTextControl(text, show_cursor=False), wrap_lines=True)])),
        key_bindings=kb,
        style=STYLE,
        full_screen=False,
        erase_when_done=True,
        mouse_support=False,
    )
    with stopped_by_signals(app, result=("interrupt", None)) as pre_run:
        result = app.run(pre_run=pre_run)
    return result if result is not None else ("interrupt", None)


# A `kill` (SIGTERM) or the terminal closed (SIGHUP: the window shut, `tmux kill-session`, an SSH
# connection lost) ended the process where it stood, the screen left half drawn and no word of the
# draft. They now end the screen as Ctrl-C does: the draft saved, the command to resume printed.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
STOPPED: list[bool] = []  # one came: every screen after it closes at once (a comment's cancel is no stop)


@contextlib.contextmanager
def stopped_by_signals(app: Application[Any], **exit_with: Any) -> Iterator[Callable[[], None]]:
    """The `pre_run` of a screen that SIGTERM and SIGHUP close with `app.exit(**exit_with)`; the
    handlers in place before are put back when the screen is done."""
    loops: list[asyncio.AbstractEventLoop] = []
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}

    def close() -> None:
        STOPPED.append(True)
        with contextlib.suppress(Exception):  # already closing (two signals): nothing more to do
            app.exit(**exit_with)

    def pre_run() -> None:
        loop = asyncio.get_running_loop()
        loops.append(loop)
        for sig in STOP_SIGNALS:
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):  # not the main thread
                loop.add_signal_handler(sig, close)

    try:
        yield pre_run
    finally:
        for loop in loops:
            for sig in STOP_SIGNALS:
                with contextlib.suppress(Exception):
                    loop.remove_signal_handler(sig)
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, TypeError, OSError):
                signal.signal(sig, handler)


# A text pasted without bracketed paste comes as keys: its first newline ended the prompt, and the
# rest was read by the next screen as keys ("u" jumped, "q" quit, a digit answered). What came in
# the same burst (prompt_toolkit's typeahead, and what is in the terminal's queue or follows within
# PASTE_QUIET seconds) is now dropped after a text prompt; a person types the next key much later.
PASTE_QUIET = 0.02
_CPR = re.compile(rb"\x1b\[\d+;\d+R")  # the terminal's answers to cursor-position requests: no keys


def _drop_burst(inp: Input) -> bool:
    """Drop the keys that came with the Enter ending a text prompt; True when some were dropped."""
    dropped = any(k.key != Keys.CPRResponse for k in get_typeahead(inp))
    with contextlib.suppress(Exception):  # no file to read (Windows' console, a closed input): nothing more
        fd = inp.fileno()
        with inp.raw_mode():  # a line's end not needed to read it (nor echoed)
            while select.select([fd], [], [], PASTE_QUIET)[0]:
                data = os.read(fd, 65536)
                if not data:
                    break
                dropped = dropped or bool(_CPR.sub(b"", data))
    return dropped


def ask_text(
    message: str, default: str = "", hint: str | None = None, secret: bool = False, paste_cut: str = ""
) -> str | None:
    """A line of text (`secret`: not shown as it is typed); None on Ctrl-C or Ctrl-D (or SIGTERM, SIGHUP).
    Keys that came with its Enter (the rest of a text pasted) are dropped, and `paste_cut` said."""
    if STOPPED:
        return None
    try:  # the session made inside: a Ctrl-C while it is made (before it has the keyboard) is one too
        session: PromptSession[str] = PromptSession()
        with stopped_by_signals(session.app, exception=EOFError()) as pre_run:
            try:
                return session.prompt(
                    message, default=default, style=STYLE, pre_run=pre_run, is_password=secret,
                    # wrapped at each drawing, between its keys: cut at the right edge at 60 columns
                    bottom_toolbar=None if hint is None else lambda: wrap_keys(hint),
                )  # fmt: skip
            finally:
                if _drop_burst(session.app.input) and paste_cut:
                    print(wrap(paste_cut), flush=True)
    except (KeyboardInterrupt, EOFError):
        return None


BACK = object()  # what `pick` returns for ← when it may go back (the setup's screen before)


def pick(
    title: str,
    options: Sequence[tuple[Any, str]],
    initial: Any = None,
    hint: str = "",
    pick_first: str = "",
    allow_back: bool = False,
    more: tuple[str, str] = ("{n}", "{n}"),
) -> Any:
    """Choose one of `options` before the questionnaire starts; None when interrupted, BACK for ←
    with `allow_back`. `hint`: the keys, shown below; `pick_first`: what Enter with nothing chosen says;
    `more`: the notices "above" and "below" of a list longer than the screen."""
    action, value = ask(
        Screen(
            header=[("class:question", wrap(title))],
            choices=[Choice(k, label) for k, label in options],
            initial=initial,
            hint=hint,
            allow_back=allow_back,
            allow_skip=False,
            allow_comment=False,
            notices={"above": more[0], "below": more[1], **({"pick_first": pick_first} if pick_first else {})},
        )
    )
    if action == "back":
        return BACK
    return value if action == "answer" else None
