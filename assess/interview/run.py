"""`assess run`: wires the interview logic to the terminal, saves a draft after every answer."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from datetime import date as _date
from pathlib import Path
from typing import Any

from ..answers import FORMAT, HIDDEN_CHAR, MAX_TEXT, given_text, read_header
from ..catalog import Catalog
from ..errors import AssessError, Problem
from ..i18n import t as label
from ..model import Question, Questionnaire
from ..output import PRIVATE, _refuse_special, write_atomic
from ..shown import semicolons, whole
from ..terminal import after_colon, clean, rich_text, shell_word, wrap
from ..terminal import console as new_console
from ..texts import counted, problem_message
from ..vocab import DONT_KNOW, LEVEL_IDS, as_lang
from .state import (
    CODE_MIN,
    DRAFT_FORMAT,
    SET_ASIDE,
    Interview,
    Step,
    code_fits,
    draft_path,
    free_name,
    load_draft,
    make_lock,
    new_respondent_id,
    remove_replaced,
    save_draft,
    set_aside,
)
from .texts import T

ROLE_KEYS = ("direction", "management", "field", "support")

PROGRESS_SEPARATOR = " — "  # between the progress line's parts: part, question, answers in all


def _out(msg: str = "", file: Any = None) -> None:
    """Print a message wrapped to the terminal's width at word boundaries (indented lines, such as
    a file's path, are kept whole; a command to type is set out by `_command`); `file`: sys.stderr
    for an error. What it names (a path, an id) is shown as `clean` shows it: a byte of a name that
    is not UTF-8 as \\xNN, never sent raw to the terminal, which drew nothing for it."""
    said = clean(msg).split("\n")
    lines = [_command(line) if line.startswith(" ") else wrap(line) if line else line for line in said]
    print("\n".join(lines), flush=True, file=file)


_ARGUMENT = re.compile(r"""(?:[^\s'"]+|'[^']*'|"[^"]*")+""")  # a word of the shell, quoted as `_arg` quotes


def _command(line: str) -> str:
    """An indented `assess` command wider than the terminal, set out over lines that each fit, cut
    only between its arguments, every line but the last ending in ` \\`: no word is cut by the
    terminal's own wrapping (it cut `--respondent-id` as `--responden` and `t-id` at 80 columns), and
    the lines copied together run as the one command. An option stays with its value unless the value
    fits on a line alone and not with it; an argument wider than a line by itself stays whole.
    Any other indented line, and a command that fits, is printed as it is. The terminal's whole width
    counts (one column spare), not the 100 columns prose is held to: only its wrapping cuts words."""
    import shutil

    size = max(40, shutil.get_terminal_size((80, 24)).columns - 1)
    indent = line[: len(line) - len(line.lstrip(" "))]
    if len(line) <= size or not line.lstrip(" ").startswith("assess "):
        return line
    words = _ARGUMENT.findall(line)
    if " ".join(words) != line.strip(" "):  # not words as `_arg` writes them: not cut
        return line
    more = indent + "  "
    groups: list[str] = []
    for word in words:
        last = groups[-1] if groups else ""
        # an option with its value; apart only when the value fits on a line alone, and not with it
        if (
            last.startswith("-")
            and " " not in last
            and not word.startswith("-")
            and (len(more) + len(last) + 1 + len(word) + 2 <= size or len(more) + len(word) + 2 > size)
        ):
            groups[-1] = f"{last} {word}"
        else:
            groups.append(word)
    lines: list[str] = []
    current = ""
    for i, group in enumerate(groups):
        lead = more if lines else indent
        end = 0 if i == len(groups) - 1 else 2  # room for " \\"
        if not current or len(lead) + len(current) + 1 + len(group) + end <= size:
            current = f"{current} {group}" if current else group
        else:
            lines.append(lead + current)
            current = group
    lines.append((more if lines else indent) + current)
    return " \\\n".join(lines)


def _why(e: BaseException, lang: str) -> str:
    """Why a file could not be written, in the questionnaire's language (not the system's English)."""
    from ..cli.common import os_reason

    if isinstance(e, OSError):
        return os_reason(e, lang)
    if isinstance(e, AssessError) and e.problems:
        return problem_message(e.problems[0].message, lang)
    return str(e)


class DraftNotSaved(Exception):
    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(str(error))
        self.path = path
        self.error = error


def again_options(cat: Catalog, q: Questionnaire, lang: str) -> str:
    """The options of a command printed to come back to these answers (resume them, make their
    report): the questionnaire's folder (`folder_option`) and the answers' language. Without it, a
    French draft resumed under an English or C locale asked its code in English, and its report
    came out in the interface's language."""
    return f"{folder_option(cat, q.id, q.version)} --lang {lang}"


def folder_option(cat: Catalog, qid: str | None, version: str | None = None) -> str:
    """What a printed command needs to find the questionnaire again: ` -q FOLDER` when it was found
    only in a folder given on this command line (not bundled, not in $ASSESS_QUESTIONNAIRES_DIR)."""
    from ..catalog import ENV_DIR

    try:
        entry = cat.entry(qid, version) if qid else None
    except AssessError:
        return ""
    if entry is None or entry.bundled:
        return ""
    folder = Path(entry.path).resolve().parent
    known = [Path(d).resolve() for d in os.environ.get(ENV_DIR, "").split(os.pathsep) if d]
    return "" if folder in known else f" -q {_arg(folder)}"


def _arg(path: Path | str) -> str:
    """A path (or an id) as a command's argument, quoted for the shell when it must be; a path in the
    home folder written from `~/`, which the shell reads back: the draft's path, under
    ~/.local/state/assess/drafts, then fits a line of 80 columns more often."""
    if isinstance(path, Path) and path.is_absolute():
        try:
            inside = path.relative_to(Path.home())
        except (ValueError, RuntimeError):  # elsewhere, or no home folder known
            pass
        else:
            return "~/" + shell_word(str(inside)) if inside.parts else "~"
    return shell_word(str(path))


class Runner:
    def __init__(self, it: Interview, draft: Path, output: Path, q: str = "") -> None:
        from . import tui

        self.tui = tui
        self.it = it
        self.draft = draft
        self.output = output
        self.q = q  # the questionnaire's folder option for the commands printed (folder_option)
        self.tx = T[it.lang]

    def save(self) -> None:
        """Save the draft atomically. A failed save (a full disk) leaves the previous draft whole and
        raises DraftNotSaved, which stops the questionnaire with a message saying how to resume."""
        try:
            # whole: resumed another day from another folder, the answers file goes where it was meant to
            save_draft(self.it, self.draft, os.path.abspath(self.output))
        except OSError as e:
            raise DraftNotSaved(self.draft, e) from None

    def pick_role(self) -> bool:
        """The role asked again (a wrong choice made on the screen before); False on Ctrl-C."""
        picked = _pick(
            self.it.lang,
            self.tx["pick_role"],
            _role_options(self.it.lang),
            initial=self.it.role or "",
            said="picked_role",
        )
        if picked is None:
            return False
        self.it.change_role(picked or None)
        self.save()
        return True

    def loop(self) -> int:
        """Ask until done: 0 when every step is through, 130 on Ctrl-C, 3 when the person quit with q;
        -1 for a Ctrl-C that came between two screens, where no screen could take it as a key (the
        draft then still to be saved, and said)."""
        try:
            return self._loop()
        except KeyboardInterrupt:
            return -1

    def _loop(self) -> int:
        it = self.it
        while not it.done:
            step = it.current()
            assert step is not None
            action, value = self.ask(step)
            if action != "answer" and value is not None:  # boxes ticked, left by → ← q or Ctrl-C
                self.keep_ticks(value)
            if action == "interrupt":
                self.save()
                _out(self.tx["saved_quit"].format(path=self.draft, q=self.q, arg=_arg(self.draft)))
                return 130
            if action == "quit":
                self.save()
                _out(self.tx["saved_quit"].format(path=self.draft, q=self.q, arg=_arg(self.draft)))
                return 3
            if action == "back":
                if not it.back():
                    if it.answers or it.comments:
                        _out(self.tx["first_question"])
                    elif not self.pick_role():  # before any answer, back to the choice of role
                        return 130
                continue
            if action == "forward":  # keep the answer given before and move on
                it.forward()
                continue
            if action == "unanswered":
                it.first_unanswered()
                continue
            if step.kind == "intro":
                it.next()
                continue
            if action == "comment":
                assert step.question is not None  # a comment is asked on a question screen
                _out(self.tui.wrap(step.question.wording(it.lang, it.role)))  # the question stays in view
                _out(self.tui.wrap(self.tx["verbatim"]))  # before anything is typed, not in the report after
                had = it.comments.get(step.question.id, "")
                text = self.ask_long(self.tx["comment_prompt"], had, self.tx["comment_hint"])
                if text is not None:
                    it.comment(text)
                    self.save()
                elif not self.tui.STOPPED:  # Ctrl-C here cancels the comment (said: the line typed stays above)
                    _out(self.tx["comment_cancelled"])
                continue
            q = step.question
            assert q is not None
            before = it.answers.get(q.id)
            it.answer(value if action == "answer" else None)
            self.save()
            # an answer given again after going back: the line above it in the log no longer holds
            changed = before is not None and before != it.answers.get(q.id)
            _out(self.echo(q, value if action == "answer" else None, changed))
        return 0

    def keep_ticks(self, value: Any) -> None:
        """The boxes a respondent ticked on a multiple choice and left by another key than Enter:
        recorded as they were seen, and said, the questionnaire staying on that question for the
        key to act from (← goes to the one before it, q saves it)."""
        it = self.it
        step = it.current()
        assert step is not None and step.question is not None
        before, at = it.answers.get(step.question.id), it.index
        it.answer(value)
        it.index = at
        self.save()
        _out(self.echo(step.question, value, before is not None and before != value))

    def ask_long(self, message: str, default: str, hint: str | None = None) -> str | None:
        """A comment or a free answer, of at most MAX_TEXT characters: a longer one (a page pasted)
        is said, and given back cut to that length to shorten or confirm; it was cut without a word
        (a comment) or stopped the questionnaire with a traceback (a free answer). None on Ctrl-C."""
        keys = hint
        while True:
            text = self.tui.ask_text(message, default=default, hint=keys, paste_cut=self.tx["paste_cut"])
            if text is None or len(text.strip()) <= MAX_TEXT:
                return text
            sep = "\u00a0" if self.it.lang == "fr" else ","  # "8 159", "8,159"
            n, most = (f"{x:,}".replace(",", sep) for x in (len(text.strip()), MAX_TEXT))
            said = self.tx["too_long"].format(n=n, max=most)
            _out(said)
            # and under the text given back, where it is seen: 5,000 characters push the line above off the screen
            keys = wrap(said) + (f"\n{hint}" if hint else "")
            default = text.strip()[:MAX_TEXT]

    def echo(self, q: Question, value: Any, changed: bool = False) -> str:
        lang = self.it.lang
        if value is None:
            # s on a question answered before removes that answer: said so, not « (passée) (réponse modifiée) »
            shown = self.tx["skipped_cleared" if changed else "skipped"]
            changed = False
        elif value == DONT_KNOW:
            shown = self.tx["dont_know"]
        elif q.type == "single":
            opt = q.option(value)
            shown = opt.label[lang] if opt else str(value)
        elif q.type == "multi":
            shown = semicolons((o.label[lang] for v in value if (o := q.option(v)) is not None), lang)
        else:  # a free answer, perhaps read back from an answers file: data, its controls shown
            shown = clean(str(value))
        text = q.wording(lang, self.it.role)
        short = text if len(text) <= 60 else text[:57].rsplit(" ", 1)[0] + "…"
        if changed:
            shown += f" ({self.tx['changed']})"
        return self.tui.wrap(f"{short} → {shown}", "    ", "  – " if value is None else "  ✓ ")

    def header(self, step: Step) -> list[tuple[str, str]]:
        it, tx = self.it, self.tx
        p = it.progress()
        name = self.section_name(step.section)
        parts = [tx["section"].format(i=p.section_index, n=p.sections, name=name)]
        if step.kind == "question":
            parts.append(tx["question_k"].format(k=p.k, n=p.n))
        parts.append(tx["overall"].format(done=p.answered, total=p.total))
        bar_w = 30
        filled = round(bar_w * p.answered / max(p.total, 1))
        # wrapped between its parts (at 60 columns « question 1 sur 8 — » ended a line, « 0/47 au
        # total » began the next); a part wider than the terminal is wrapped as a paragraph
        top = self.tui.wrap_keys(PROGRESS_SEPARATOR.join(parts), PROGRESS_SEPARATOR)
        lines = [("class:progress", top), ("class:hint", "  " + "█" * filled + "░" * (bar_w - filled))]
        return lines

    def section_name(self, section: str) -> str:
        q = self.it.q
        if section in LEVEL_IDS:
            return q.level(section).name[self.it.lang]
        return self.tx["depth"] if section == "depth" else self.tx["context"]

    def ask(self, step: Step) -> tuple[str, Any]:
        tui, it, tx, lang = self.tui, self.it, self.tx, self.it.lang
        head = self.header(step)
        if step.kind == "intro":
            if step.section in LEVEL_IDS:
                intro = it.q.level(step.section).intro[lang]
            else:
                intro = tx["depth_intro"] if step.section == "depth" else tx["context_intro"]
            head += [("", ""), ("class:section", tui.wrap(self.section_name(step.section))), ("", tui.wrap(intro))]
            return tui.ask(
                tui.Screen(
                    header=head, hint=tx["intro_hint"], allow_skip=False, allow_comment=False,
                    notices={"not_here": tx["intro_not_here"]},  # s, c or ?: said, not ignored
                )
            )  # fmt: skip
        q = step.question
        assert q is not None
        head += [("", ""), ("class:question", tui.wrap(q.wording(lang, it.role)))]
        current = it.answers.get(q.id)
        help_text = f"{tx['help']}{after_colon(q.help[lang], lang)}"
        if q.type == "text":
            for _, line in head:
                _out(line)
            _out(tui.wrap(tx["verbatim"]))
            text = self.ask_long(tx["your_answer"], current or "", tx["hint_text"])
            if text is None:
                return ("interrupt", None)
            if text.strip() == "<":
                return ("back", None)
            return ("answer", text.strip()) if text.strip() else ("skip", None)
        choices: list[Any] = []
        if q.type in ("single", "multi"):
            choices = [tui.Choice(o.id, o.label[lang], o.exclusive) for o in q.options]
        elif q.type == "scale" and q.scale:
            for k in range(q.scale.min, q.scale.max + 1):
                lab = q.scale.labels.get(k)
                choices.append(tui.Choice(k, f"{k}" + (f" — {lab[lang]}" if lab else "")))
        if q.dont_know:  # offered last, and exclusive of every other option
            choices.append(tui.Choice(DONT_KNOW, tx["dont_know"], True))
        initial = current
        multi = q.type == "multi"
        if multi and current == DONT_KNOW:
            initial = [DONT_KNOW]
        action, value = tui.ask(
            tui.Screen(
                header=head,
                choices=choices,
                multi=multi,
                initial=initial,
                help=help_text,
                hint=tx["hint_multi"] if multi else tx["hint_single"],
                comment=it.comments.get(q.id),
                digits_are_values=q.type == "scale",
                allow_forward=True,
                seen=q.id in it.visited,
                notices={
                    "answer_first": tx["answer_first"],
                    "above": tx["more_above"],
                    "below": tx["more_below"],
                    "pick_first": tx["pick_first"],
                    "tick_first": tx["tick_first"],
                    "space_first": tx["space_first"],
                    "cleared": tx["cleared_others"],
                    "unticked": tx["cleared_exclusive"],
                    "comment": tx["comment_shown"],
                    "no_digit": tx["no_digit"],
                },
            )
        )
        if multi and value == [DONT_KNOW]:  # given with Enter, or kept by another key (`keep_ticks`)
            value = DONT_KNOW
        return action, value


def _ask_setup(cat: Catalog, qid: str | None, lang: str | None, role: str | None,
               org_id: str | None, org_name: str | None, default_lang: str,
               respondent_id: str | None = None, offered: str | None = None) -> tuple[Any, ...] | None:  # fmt: skip
    """The questionnaire, language, role, organisation id and name to start with; the name and the
    role are not asked when the respondent's draft exists (it holds them, if it is taken up). Each is
    asked when not given, in that order; ← (or "<" alone at a prompt, as at a free-text question)
    goes back to the one before. `offered`: the language highlighted first (the draft's, coming back
    to it, once its code is given: `_open_early`)."""
    from . import tui

    lang_ = lang or offered or default_lang
    latest = cat.latest()
    if qid is None and len(latest) == 1:
        qid = latest[0].id
    given = {"lang": lang, "questionnaire": qid, "org_id": org_id, "org_name": org_name, "role": role}
    steps = [step for step, value in given.items() if value is None]
    role_picked: Any = None  # the role's line chosen ("" for "I would rather not say"), shown again on ←
    i, shown = 0, -1
    while i < len(steps):
        step, back, tx = steps[i], i > 0, T[lang_]
        arrived, shown = shown != i, i
        got: Any = None
        if step == "lang":
            got = _pick(lang_, tx["pick_lang"], [("fr", "Français"), ("en", "English")], lang_, back, "picked_lang")
        elif step == "questionnaire":
            titles = [(q.id, q.title.get(lang_) or q.title.get("fr") or q.id) for q in latest]
            twice = {t for _, t in titles if [x for _, x in titles].count(t) > 1}
            titles = [(k, f"{t} ({k})" if t in twice else t) for k, t in titles]  # told apart by their ids
            got = _pick(lang_, tx["pick_questionnaire"], titles, qid, back, "picked_questionnaire")
        else:
            assert qid is not None
            questionnaire = cat.questionnaire(qid)
            if step in ("org_name", "role") and respondent_id is not None:
                assert org_id is not None
                if draft_path(questionnaire.id, org_id, respondent_id).exists():
                    break  # the draft holds them
        if step == "org_id":
            # the explanation on a line of its own: the prompt stays short, and what is typed has the width
            example = tx.get(f"org_id_example.{questionnaire.sector}") or tx["org_id_example"]
            if arrived:
                _out(tx["org_id_intro"].format(example=example))
            got = _ask_setup_text(tx["org_id"], org_id or "", tx["setup_hint"] if back else None, tx["paste_cut"])
            # as asked: one short word, typed (a pasted one may hold a character no one sees)
            hidden = HIDDEN_CHAR.search(got) if isinstance(got, str) else None
            if isinstance(got, str) and (not got or hidden or any(c.isspace() for c in got)):
                if hidden:
                    _out(tx["org_id_hidden"].format(code=f"U+{ord(hidden.group()):04X}", example=example))
                elif got:
                    _out(tx["org_id_space"].format(example=example))
                continue
        elif step == "org_name":
            got = _ask_setup_text(
                tx["org_name"], org_name or "", tx["setup_hint_optional"] if back else None, tx["paste_cut"]
            )
        elif step == "role":
            got = _pick(lang_, tx["pick_role"], _role_options(lang_), role_picked, back, "picked_role")
        if got is None:  # Ctrl-C
            return None
        if got is tui.BACK:
            i = max(i - 1, 0)
            continue
        if step == "lang":
            lang_ = got
        elif step == "questionnaire":
            qid = got
        elif step == "org_id":
            org_id = got
        elif step == "org_name":
            org_name = got or None
        else:
            role_picked, role = got, got or None
        i += 1
    assert qid is not None and org_id is not None
    return cat.questionnaire(qid), lang_, role, org_id, org_name


def _ask_setup_text(message: str, default: str, hint: str | None, paste_cut: str = "") -> Any:
    """A prompt of the setup: the text typed, without its surrounding spaces; tui.BACK for "<" alone
    (when the hint offers it; at the first prompt, with nothing before, "": the organisation's id
    was "<"); None on Ctrl-C."""
    from . import tui

    typed = tui.ask_text(message, default=default, hint=hint, paste_cut=paste_cut)
    if typed is None:
        return None
    typed = typed.strip()
    if typed == "<":  # the gesture of going back, never an id or a name (at the first prompt: asked again)
        return tui.BACK if hint else ""
    return typed


def _role_options(lang: str) -> list[tuple[Any, str]]:
    """The roles a respondent can choose, and "I would rather not say" (the empty key)."""
    tx = T[lang]
    return [(r, tx[f"role_{r}"]) for r in ROLE_KEYS] + [("", tx["role_none"])]


def _pick(
    lang: str,
    title: str,
    options: list[tuple[Any, str]],
    initial: Any = None,
    back: bool = False,
    said: str | None = None,
) -> Any:
    """A choice before or after the questions, with its keys shown and Enter on nothing explained;
    `back`: ← goes back to the screen before (tui.BACK). `said`: the text that leaves the choice made
    in view once its screen is gone ("Votre place : Terrain…"), as a typed id stays after its prompt."""
    from . import tui

    tx = T[lang]
    hint = tx["pick_hint_back"] if back else tx["pick_hint"]
    more = (tx["more_above"], tx["more_below"])
    got = tui.pick(title, options, initial, hint, tx["pick_choose"], allow_back=back, more=more)
    if said is not None and got is not None and got is not tui.BACK:
        # in the language just chosen, when the choice is the language
        _out(T[got if said == "picked_lang" else lang][said].format(choice=dict(options)[got]))
    return got


def _ask_who(
    lang: str, org_name: str | None, role: str | None, before: Interview | None = None
) -> tuple[str | None, str | None] | None:
    """The organisation's name and the respondent's role, each asked when not given; None on Ctrl-C.
    `before`: the draft just set aside to start again, whose name and role are offered first."""
    from . import tui

    tx = T[lang]
    if org_name is None:
        typed = tui.ask_text(
            tx["org_name"], default=(before.org_name or "") if before else "", paste_cut=tx["paste_cut"]
        )
        if typed is None:  # Ctrl-C quits here as on every other screen, it does not skip the name
            return None
        org_name = typed.strip() or None
    if role is None:
        initial = (before.role or "") if before else None
        picked = _pick(lang, tx["pick_role"], _role_options(lang), initial=initial, said="picked_role")
        if picked is None:
            return None
        role = picked or None
    return org_name, role


def run_interview(
    cat: Catalog,
    *,
    questionnaire_id: str | None,
    lang: str | None,
    default_lang: str,
    role: str | None,
    org_id: str | None,
    org_name: str | None,
    respondent_id: str | None,
    output: Path | None,
    resume: Path | None,
    round_label: str | None = None,
) -> int:
    # an id given is read without its outer spaces, as `assess import` reads one (" org1" was another
    # organisation than "org1"), and a blank one (`--org-id ""`, `--respondent-id " "`) is no id: the
    # organisation's is asked and the respondent's made (a blank one went into an answers file that
    # scoring refused, or that counted every respondent given it as one)
    org_id, respondent_id, round_label = given_text(org_id), given_text(respondent_id), given_text(round_label)
    tx = T[lang or default_lang]
    if questionnaire_id is not None:
        # a mistyped id said first, in the interface's language: not after the language was asked,
        # nor (without a terminal) as the blank template to make of it
        cat.entry(questionnaire_id)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        q = folder_option(cat, questionnaire_id or "housing")
        _out(tx["no_tty"].format(qid=_arg(questionnaire_id or "housing"), q=q), file=sys.stderr)  # French spacing
        return 2

    aside: Interview | None = None  # the respondent's draft they chose to start again from
    if resume is not None:
        if not resume.exists():
            from ..texts import text

            _out(text("cli.error", lang or default_lang).format(msg=tx["not_found"].format(path=resume)), sys.stderr)
            return 1
        draft = load_draft(resume)
        # its code first: nothing of the draft is read or said to whoever cannot give it, not even its
        # language (the code is asked in the interface's) nor its organisation
        shown = lang or default_lang
        opened = _unlock(draft, shown)
        if opened is not True:
            return _refused(cat, _questionnaire_of(cat, draft), None, shown) if opened is False else 130
        # a draft holds an answers object; a finished answers file is one
        answers = draft if draft.get("format") == FORMAT else draft.get("answers")
        if not isinstance(answers, dict):  # `{}`, or another program's JSON: not "null" to the reader
            raise AssessError(Problem(str(resume), "not a draft or answers file of assess"))
        qid, version = read_header(answers, str(resume), None)
        try:
            questionnaire = cat.questionnaire(qid, version)
        except AssessError as e:  # every message names the file
            raise AssessError([Problem(str(resume), p.message, p.line, p.where) for p in e.problems]) from None
        it = Interview.from_draft(questionnaire, draft, str(resume))
        _say_dropped(it, lang or it.lang)
        if lang:
            it.lang = as_lang(lang)
        if round_label:
            it.round = round_label
        if draft.get("format") == FORMAT:
            # a finished answers file reopened to change it: the changes go to a draft of their own,
            # and the file itself is written again only at the end (quitting leaves it as it was);
            # a draft already under that name (another questionnaire in progress) is left alone
            usual = draft_path(questionnaire.id, it.org_id, it.respondent_id or it.role)
            draft_file = free_name(usual)
            if draft_file != usual:
                _out(T[it.lang]["draft_beside"].format(path=usual, draft=draft_file))
            out_path: Path | None = output or resume
        else:
            saved_output = draft.get("output")
            out_path = output or (Path(saved_output) if isinstance(saved_output, str) else None)
            draft_file = resume
    else:
        opened_early = _open_early(cat, questionnaire_id, lang, org_id, respondent_id, default_lang)
        if isinstance(opened_early, int):
            return opened_early
        offered, unlocked = opened_early
        setup = _ask_setup(cat, questionnaire_id, lang, role, org_id, org_name, default_lang, respondent_id, offered)
        if setup is None:  # Ctrl-C or q before any question: said (the screen was wiped without a word)
            _out(T[lang or default_lang]["code_quit"])
            return 130
        questionnaire, lang_, role_, org_id_, org_name_ = setup
        txl = T[lang_]
        if respondent_id is None:
            # a draft belongs to one respondent: without an id of their own, a colleague on the same
            # machine would be offered it. A new random id starts a new draft, never someone else's.
            respondent_id = new_respondent_id(questionnaire.id, org_id_)
            q = again_options(cat, questionnaire, lang_)  # with its language, as the command printed on quitting
            command = f"assess run {questionnaire.id}{q} --org-id {_arg(org_id_)} --respondent-id {respondent_id}"
            _out(txl["your_id"].format(id=respondent_id, command=command))
            _out()
        draft_file = draft_path(questionnaire.id, org_id_, respondent_id)
        out_path = output
        taken: Interview | None = None
        if draft_file.exists():
            try:
                old = load_draft(draft_file)
                # someone else's id typed on a shared computer: without the code, nothing of the draft
                # is said or shown (not even its version), and it is neither taken up nor set aside
                opened = True if draft_file == unlocked else _unlock(old, lang_)
                if opened is not True:
                    return _refused(cat, questionnaire.id, org_id_, lang_) if opened is False else 130
                # a draft begun before the questionnaires were upgraded is taken up with its own
                # version, as --resume does; not installed any more: said plainly, the draft kept
                own = _drafts_version(cat, old, questionnaire)
                previous = Interview.from_draft(own, old, str(draft_file))
                # the path printed by the terminal, not the question's window: it stays whole, to copy
                n = len(previous.answers)
                count = counted(n, "run.answers", lang_)  # "0 réponse" in French, "0 answers" in English
                # what exists, then where it is, then the question: read in that order
                _out(txl["draft_at"].format(who=respondent_id, n=count, path=draft_file))
                if own.version != questionnaire.version:
                    _out(txl["draft_version"].format(version=own.version))
                _say_dropped(previous, lang_)
                choice = _pick(
                    lang_, txl["resume_q"], [(True, txl["resume_yes"]), (False, txl["resume_no"])], initial=True
                )
                if choice is None:
                    return 130
                if choice:
                    taken = previous
                    taken.lang = as_lang(lang_)  # the language just chosen, not the draft's
                    saved = old.get("output")
                    out_path = output or (Path(saved) if isinstance(saved, str) else None)
                else:
                    # a "no" by mistake loses nothing: the draft is set aside (once the new one is
                    # about to be saved: a Ctrl-C before leaves it where it was), never replaced
                    aside = previous
            except OtherVersion as e:
                kept = set_aside(draft_file, f"v{e.version}")  # never overwritten: kept, its version in its name
                _out(txl["draft_old_version"].format(path=draft_file, kept=kept, version=e.version))
            except AssessError as e:
                kept = set_aside(draft_file)  # never overwritten: kept under a name that says why
                reason = problem_message(e.problems[0].message, lang_) if e.problems else ""
                _out(txl["draft_damaged"].format(path=draft_file, kept=kept, reason=reason))
            if taken is None:  # a new start: its name and role were not asked before the draft was offered
                who = _ask_who(lang_, org_name_, role_, aside)
                if who is None:
                    return 130
                org_name_, role_ = who
        it = taken or Interview(
            questionnaire, lang=lang_, org_id=org_id_, org_name=org_name_, role=role_, respondent_id=respondent_id,
            date=_date.today().isoformat(), round_label=round_label,
        )  # fmt: skip
        if aside is not None:
            it.lock = aside.lock  # its code just given: the new draft keeps it, not asked twice
    if out_path is None:
        from ..names import safe_filename

        name = "--".join(safe_filename(x) for x in (it.q.id, it.org_id, it.respondent_id or it.role or "anonyme"))
        # a name of our choosing never replaces a finished file: the same id typed again (a colleague's
        # on a shared computer, or one's own a year later) wrote over those answers without a word
        out_path = free_name(Path(f"{name}.json"))
    # what would make the answers file fail is said now, not after the last question: a folder or a
    # device in its place (-o /dev/full) is never replaced (a path that cannot even be looked at is
    # said when the file is written, with how to go on); a folder read-only or missing
    with contextlib.suppress(OSError):
        _refuse_special(os.path.realpath(out_path))
    folder = out_path.resolve().parent
    if not (folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)):
        raise AssessError(
            Problem(
                str(out_path), f"the answers file cannot be written in the folder {folder}: give another path with -o"
            )
        )
    # a new draft (or one made before drafts had a code): its code chosen now, once nothing stands in
    # the way of the answers file
    if it.lock is None:
        chosen = _choose_code(it.lang)
        if chosen is None:
            if not Path(draft_file).exists():  # a new one: nothing kept, said (a command to resume is above)
                _out(T[it.lang]["code_quit"])
            return 130
        it.lock = make_lock(chosen)
    q_option = again_options(cat, it.q, it.lang)
    runner = Runner(it, draft_file, out_path, q_option)
    try:
        if aside is not None:
            # set aside, not replaced, and removed only once the new questionnaire is finished
            try:
                kept = set_aside(draft_file, SET_ASIDE)
            except OSError as e:  # it stays where it was, whole: said as a draft that cannot be saved
                raise DraftNotSaved(draft_file, e) from None
            it.replaces = [*aside.replaces, str(kept)]
            q = again_options(cat, aside.q, aside.lang)
            _out(T[it.lang]["draft_set_aside"].format(path=kept, q=q, arg=_arg(kept)))
            _out()
        runner.save()
        code = runner.loop()
        if code == -1:  # a Ctrl-C between two screens (Runner.loop): the draft saved as on a screen
            runner.save()
            _out(runner.tx["saved_quit"].format(path=draft_file, q=q_option, arg=_arg(draft_file)))
            code = 130
    except DraftNotSaved as e:
        # no draft at all yet (its folder cannot be written): no command to resume one
        key = "save_failed" if e.path.exists() else "save_failed_start"
        failed = T[it.lang][key].format(path=e.path, error=_why(e.error, it.lang), q=q_option, arg=_arg(e.path))
        _out(failed, file=sys.stderr)
        return 1
    if code:  # stopped before the end: no answers file, so never 0 (130 Ctrl-C, 3 saved with q)
        return code
    return finish(it, out_path, draft_file, q_option)


CODE_TRIES = 3


def _choose_code(lang: str) -> str | None:
    """The resume code of a new draft, typed twice without being shown; None on Ctrl-C."""
    from . import tui

    tx = T[lang]
    _out(tx["code_intro"].format(n=CODE_MIN))
    while True:
        code = tui.ask_text(tx["code_choose"], secret=True, paste_cut=tx["paste_cut"])
        if code is None:
            return None
        code = code.strip()
        if len(code) < CODE_MIN:
            _out(tx["code_short"].format(n=CODE_MIN))
            continue
        again = tui.ask_text(tx["code_again"], secret=True, paste_cut=tx["paste_cut"])
        if again is None:
            return None
        if again.strip() == code:
            _out()
            return code
        _out(tx["code_differ"])


def _ask_code(lang: str, lock: dict[str, Any]) -> bool | None:
    """The draft's resume code asked (CODE_TRIES tries): True when given, False when not, None on Ctrl-C."""
    from . import tui

    tx = T[lang]
    _out(tx["code_locked"])
    for i in range(CODE_TRIES):
        code = tui.ask_text(tx["code_ask"], secret=True, paste_cut=tx["paste_cut"])
        if code is None:
            return None
        if code_fits(lock, code.strip()):
            return True
        if i < CODE_TRIES - 1:
            _out(tx["code_wrong"])
    return False


def _unlock(draft: dict[str, Any], lang: str) -> bool | None:
    """A draft's code asked before anything of the draft is read, said or moved: True when it has none
    (a finished answers file, a draft made before the code existed) or when it is given; False when
    it is not, None on Ctrl-C."""
    lock = draft.get("lock") if draft.get("format") == DRAFT_FORMAT else None
    return True if lock is None else _ask_code(lang, lock if isinstance(lock, dict) else {})


def _open_early(
    cat: Catalog, qid: str | None, lang: str | None, org_id: str | None, respondent_id: str | None, default_lang: str
) -> tuple[str | None, Path | None] | int:
    """Coming back to one's draft by its id, without --lang: its code asked before the language, in
    the interface's language, so that the draft's language can be offered first to its respondent
    only. (Offered before the code, it told whoever typed a colleague's id which language the
    colleague answers in: a hint about who they are.) The draft's language and path once opened,
    (None, None) when there is nothing to open first; the exit code when the code was not given."""
    if lang is not None or not (qid and org_id and respondent_id):
        return None, None
    path = draft_path(cat.questionnaire(qid).id, org_id, respondent_id)
    try:
        draft = load_draft(path) if path.exists() else None
    except (AssessError, OSError):
        draft = None  # said, and set aside, once the setup is through, as ever
    if draft is None:
        return None, None
    opened = _unlock(draft, default_lang)
    if opened is not True:
        return _refused(cat, qid, org_id, default_lang) if opened is False else 130
    answers = draft.get("answers")
    saved = answers.get("lang") if isinstance(answers, dict) else None
    return (saved if saved in ("fr", "en") else None), path


def _questionnaire_of(cat: Catalog, draft: dict[str, Any]) -> str | None:
    """The installed questionnaire a draft names (its file's name holds its id too), or None: a
    file's text is printed in a command only once the catalogue knows it."""
    answers = draft.get("answers")
    ref = answers.get("questionnaire") if isinstance(answers, dict) else None
    qid = ref.get("id") if isinstance(ref, dict) else None
    if not isinstance(qid, str) or not qid:
        return None
    try:
        return cat.questionnaire(qid).id
    except AssessError:
        return None


def _refused(cat: Catalog, qid: str | None, org_id: str | None, lang: str) -> int:
    """The code was not given: said, with how to start one's own questionnaire instead (exit code 1);
    the organisation's id only when the person typed it (never read from the draft)."""
    command = "assess run" + (f" {_arg(qid)}{folder_option(cat, qid)}" if qid else "")
    command += f" --org-id {_arg(org_id)}" if org_id else ""
    _out(T[lang]["code_refused"].format(command=command), sys.stderr)
    return 1


def _say_dropped(it: Interview, lang: str) -> None:
    """Answers of a draft that could not be read: said in words (never their ids), and asked again."""
    if it.dropped:
        _out(counted(len(it.dropped), "run.draft_dropped", lang))


class OtherVersion(Exception):
    """A draft made with a major version of its questionnaire that is not installed any more."""

    def __init__(self, version: str) -> None:
        super().__init__(version)
        self.version = version


def _drafts_version(cat: Catalog, draft: dict[str, Any], newest: Any) -> Any:
    """The questionnaire a draft was made with: the installed version of its major version (the
    newest one when the draft says nothing readable: what is wrong is then said by the reading)."""
    from ..errors import UnknownQuestionnaire

    answers = draft if draft.get("format") == FORMAT else draft.get("answers")
    try:
        qid, version = read_header(answers, "", None)
    except AssessError:
        return newest
    if qid != newest.id:
        return newest
    try:
        return cat.questionnaire(qid, version)
    except UnknownQuestionnaire:
        raise OtherVersion(version) from None


def finish(it: Interview, out_path: Path, draft_file: Path, q: str = "") -> int:

    tx = T[it.lang]
    try:
        # the respondent's own answers, and their report: readable by them alone, as the draft is (a
        # colleague with another account on the same machine read them in the current folder)
        write_atomic(out_path, _pretty(it.to_answers()), perms=PRIVATE)
    except (OSError, AssessError) as e:  # the draft is still there, complete: say where, and how to finish
        failed = tx["answers_failed"].format(
            path=out_path, error=_why(e, it.lang), draft=draft_file, q=q, draft_arg=_arg(draft_file)
        )
        _out(failed, file=sys.stderr)
        return 1
    draft_file.unlink(missing_ok=True)
    removed = remove_replaced(it)  # the drafts set aside to start again: superseded now
    _summary(it)
    report = out_path.with_name(out_path.stem + ("-rapport" if it.lang == "fr" else "-report") + ".html")
    _out(tx["written"].format(path=out_path))
    for path in removed:  # said beside the file that takes their place
        _out(tx["set_aside_removed"].format(path=path))
    commands = {"q": q, "arg": _arg(out_path), "report_arg": _arg(report)}
    _out(tx["report_cmd"].format(**commands))
    choice = _pick(
        it.lang,
        tx["offer_report"],
        [("html", tx["report_html"]), ("pdf", tx["report_pdf"]), ("", tx["no"])],
        initial="",
    )
    if choice:
        from ..report.context import build_report_context
        from ..report.render import render_report, write_pdf

        ctx = build_report_context(it.q, [it.sheet()], it.lang)
        html = render_report(ctx)
        try:
            write_atomic(report, html, perms=PRIVATE)
            _out(tx["report_written"].format(path=report))
            if choice == "pdf":
                pdf = report.with_suffix(".pdf")
                write_pdf(html, pdf, perms=PRIVATE)
                _out(tx["report_written"].format(path=pdf))
        except (OSError, AssessError) as e:
            # the answers are saved already: say what failed and how to make the report later
            _out(tx["report_failed"].format(error=_why(e, it.lang), **commands))
    return 0


def _pretty(obj: dict[str, Any]) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _summary(it: Interview) -> None:
    from ..report.context import hinge_facts_named, hinge_sentence
    from ..report.texts import TEXTS as REPORT_TEXTS

    tx = T[it.lang]
    # no highlighting: rich would set a number or a parenthesis of a sentence in colour, at random
    console = new_console(highlight=False)
    console.width = min(console.width, 100)
    card = it.score()
    plan = it.plan
    console.print()
    # French spacing kept together as everywhere (rich_text): "Merci !", "Trajectoire : ..." had plain spaces
    console.print(f"[bold]{rich_text(tx['done_title'])}[/bold]")
    console.print(wrap(tx["one_view"]), highlight=False)  # one person's view, never the organisation's verdict
    console.print(wrap(tx["scale"]), highlight=False)
    for lv in plan.levels:
        ls = card.levels[lv]
        name = it.q.level(lv).name[it.lang]
        if ls.position is None:  # the words where the bar would be: the line stays within 80 columns
            bar = f"{tx['insufficient']:<20}"
            value = f"{'—':>5}"
        else:
            filled = round(ls.position / 5)
            bar = "█" * filled + "░" * (20 - filled)
            value = f"{whole(ls.position):>5}"
        cover = tx["coverage"].format(pct=f"{whole(ls.coverage * 100)}{REPORT_TEXTS[it.lang]['percent']}")
        # a level's name comes from the questionnaire file: data, never markup ("[link=...]")
        short = name if len(name) <= 28 else name[:27] + "…"  # a cut name says it is cut
        console.print(f"  {rich_text(f'{short:<28}')} {bar} {value}  ({cover})", highlight=False)
    if card.placement.position is not None:
        console.print(rich_text(tx["overall_position"].format(pos=whole(card.placement.position))), highlight=False)
    console.print(rich_text(tx["trajectory"].format(label=label(card.trajectory, it.lang))), style="bold")
    hinge_name = it.q.level(plan.hinge_level).name[it.lang]
    console.print(
        rich_text(
            hinge_sentence(
                plan,
                hinge_name,
                card.levels[plan.hinge_level].position,
                card.hinge,
                it.lang,
                card.placement.requirement,
                facts=hinge_facts_named(it.q, it.lang),  # which facts: a verdict one can act on
                texts=tx,  # in plain words: "the decisive step", not the study's "moment charnière"
            )
        )
    )
    if card.signals:
        console.print(rich_text(tx["signals"]))
        for sid, sev in card.signals[:3]:
            line = f"{it.q.signal(sid).title[it.lang]} ({tx[f'severity.{sev}']})"  # "(high risk)", "(risque élevé)"
            console.print(rich_text(wrap(line, indent="    ", first="  • ")))  # a hanging indent
    console.print()
