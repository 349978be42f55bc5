"""`assess report`: read answers through the pipeline, one report per organisation."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import pipeline
from ..catalog import Catalog
from ..errors import AssessError
from ..names import inside, safe_filename
from ..organisation import Scored
from .common import (
    cannot_write_message,
    clean,
    counted_once,
    err,
    exit_code,
    interrupt_on_sigterm,
    make_folder,
    note_organisations,
    print_problems,
    say,
)


def report_command(
    paths: list[str],
    *,
    output: Path | None,
    pdf: Path | None,
    out_dir: Path | None,
    pdfs: bool,
    lang: str,
    templates_dir: Path | None,
    date: str | None,
    jobs: int | None,
    cat: Catalog,
    min_group_size: int | None = None,
    appendix: str = "compact",
    benchmark: list[str] | None = None,
    round_label: str | None = None,
) -> int:
    from ..output import write_atomic
    from ..report.context import build_report_context
    from ..report.render import environment, render_report, write_pdf

    interrupt_on_sigterm()
    read = read_timelines(cat, paths, jobs, pipeline.EMIT_SCORED, min_group_size)
    if isinstance(read, int):
        return read
    orgs, lines, outcome = read  # an organisation's report is about its latest round
    # each organisation's timelines by questionnaire: a report names the rounds of its other major versions
    by_questionnaire: dict[tuple[str, str], list[Any]] = {}
    for tl in lines:
        by_questionnaire.setdefault((tl.organisation_id, tl.questionnaire_id), []).append(tl)
    if round_label is not None:  # ...or the round asked for, as its report was then
        held = sorted({r.label for tl in lines for r in tl.rounds if r.label}, key=str)
        lines = [until_round(tl, round_label) for tl in lines if any(r.label == round_label for r in tl.rounds)]
        if not lines:
            shown = clean(round_label)
            err(
                say(
                    "error",
                    msg=say("no_such_round", round=shown, rounds=", ".join(held))
                    if held
                    else say("no_round_at_all", round=shown),
                )
            )
            return 1
    if out_dir is None and len(lines) > 1 and len({(tl.organisation_id, tl.questionnaire_id) for tl in lines}) == 1:
        # one organisation on two major versions: its report is of its latest round, as when its
        # rounds are all of one version (it was refused, and `--round` of that round wrote it); the
        # rounds of the other version are named in it, not compared
        latest = latest_of(lines)
        if latest is not None:
            lines = [latest]
            shown = clean(latest.latest.label) or "—"
            version = f"{latest.questionnaire_id} {latest.major}.x"
            err(say("note", msg=say("latest_major", org=clean(latest.organisation_id), round=shown, version=version)))
    ids = [tl.organisation_id for tl in lines]
    if len(lines) > 1 and out_dir is None:
        if len(set(ids)) == 1:
            versions = ", ".join(f"{tl.questionnaire_id} {tl.major}.x" for tl in lines)
            err(say("error", msg=say("several_versions", org=clean(ids[0]), versions=versions)))
        else:
            names = ", ".join(clean(f"{tl.organisation_id} ({tl.questionnaire_id})") for tl in lines)
            err(say("error", msg=say("several_orgs", n=len(lines), names=names)))
        return 1
    peers = None
    if benchmark is not None:
        peers = _peers(cat, benchmark, jobs, min_group_size)
        if peers is None:
            return 1

    def write() -> int:
        environment(templates_dir)
        if out_dir is not None:
            make_folder(out_dir)
        written = refused = 0
        taken: dict[str, tuple[str, str, str]] = {}  # a report's file name (any case) -> whose it is
        by_key = {o.key: o for o in orgs}
        for tl in lines:
            org_id, qid, major = tl.organisation_id, tl.questionnaire_id, tl.major
            org = by_key[(org_id, qid, major, tl.latest.label)]
            q = cat.questionnaire(org.plan.id, org.plan.version)
            members = sorted(org.members, key=lambda m: (m.sheet.source, m.sheet.line or 0))
            try:
                others = [o for o in by_questionnaire[(org_id, qid)] if o.major != major]
                if round_label is not None:  # the report as it was then: no round after it named
                    others = [x for o in others if (x := rounds_until(o, tl.latest)) is not None]
                ctx = build_report_context(
                    q, members, lang, generated_on=date, plan=org.plan, appendix=appendix, history=tl, peers=peers,
                    other_versions=others,
                )  # fmt: skip
            except AssessError as e:
                if peers is None:
                    raise
                print_problems(e.problems)  # too few peers for this organisation's benchmark: refused
                refused += 1
                continue
            html = render_report(ctx, templates_dir)
            # an organisation answering two questionnaires or major versions gets one report each
            name = safe_filename(org_id) + (f"-{qid}-v{major}" if ids.count(org_id) > 1 else "")
            # two ids can make one name (`a/b` and `a_b-<its hash>`, `x` of two versions and `x-housing-v1`;
            # `Logemer` and `logemer` on a file system that ignores case): the later one gets its ids' hash
            ident = (org_id, qid, str(major))
            if taken.setdefault(name.casefold(), ident) != ident:
                name += "-" + hashlib.sha256("\x00".join(ident).encode("utf-8")).hexdigest()[:12]
                taken[name.casefold()] = ident
            if out_dir is not None:
                target = inside(out_dir, name + ".html")
                pdf_target = inside(out_dir, name + ".pdf") if pdfs else None
            else:
                target = output or Path(f"{say('report_name')}-{name}.html")
                pdf_target = pdf
            write_atomic(target, html)
            if pdf_target is not None:
                try:
                    write_pdf(html, pdf_target)
                except (AssessError, OSError):  # the page is written all the same (it prints from a
                    err(say("written", path=target))  # browser): said, beside why the PDF is not
                    raise
            written += 1
            if out_dir is None:
                err(say("written_and", path=target, other=pdf_target) if pdf_target else say("written", path=target))
        if out_dir is not None:
            err(say("written_reports_pdfs" if pdfs else "written_reports", n=written, path=out_dir))
        return 1 if refused else exit_code(outcome)

    return write_guarded(write, "reports_interrupted")


def _when(r: Any) -> tuple[str, list[str]]:
    """A round as `rounds.order_rounds` orders it: its label and its answers' dates."""
    return r.label, [m.sheet.date for m in r.members if m.sheet.date]


def latest_of(lines: list[Any]) -> Any | None:
    """Of one organisation's timelines (one a major version), the one whose latest round comes last;
    None when two come last together (answers without a round or a date on both versions: which
    one is the organisation's latest cannot be told)."""
    from ..rounds import order_rounds

    order = order_rounds([_when(tl.latest) for tl in lines])
    last, before = _when(lines[order[-1]].latest), _when(lines[order[-2]].latest)
    if order_rounds([last, before]) == order_rounds([before, last]):  # a tie: either order is theirs
        return None
    return lines[order[-1]]


def rounds_until(tl: Any, last: Any) -> Any:
    """A timeline's rounds that come before the round `last` of another timeline (None if none does)."""
    import dataclasses

    from ..rounds import order_rounds

    kept = [r for r in tl.rounds if order_rounds([_when(r), _when(last)]) == [0, 1]]
    return dataclasses.replace(tl, rounds=kept) if kept else None


def until_round(tl: Any, label: str) -> Any:
    """The timeline up to its round `label`: that round is its latest, and the later ones are left out
    (the minimum group size its spreads are measured from stays the whole timeline's: the safer)."""
    import dataclasses

    k = next(i for i, r in enumerate(tl.rounds) if r.label == label)
    return dataclasses.replace(tl, rounds=tl.rounds[: k + 1])


def read_answers(
    cat: Catalog, paths: list[str], jobs: int | None, emit: str
) -> tuple[list[Scored], pipeline.Outcome] | int:
    """Every valid respondent of the paths, read and scored, and the outcome (the problems of the
    paths and of the answers printed, and counted as invalid), or 130 on Ctrl-C or SIGTERM."""
    from ..reading import scan_answer_files

    found = scan_answer_files(paths)
    print_problems(found.problems)
    print_problems(found.notes, "note")
    try:
        scored, outcome = pipeline.collect(cat, found.files, jobs=jobs, emit=emit)
    except KeyboardInterrupt:
        err(say("report_interrupted"))
        return 130
    outcome.invalid += len(found.problems)
    print_problems(outcome.problems)
    print_problems(outcome.warnings, "warning")
    return scored, outcome


def read_organisations(
    cat: Catalog, paths: list[str], jobs: int | None, emit: str, min_group_size: int | None
) -> tuple[list[pipeline.Organisation], pipeline.Outcome] | int:
    """`read_answers`, grouped into organisations (one per round); 1 when none is valid, with a
    message; a warning when some input was left out."""
    read = read_answers(cat, paths, jobs, emit)
    if isinstance(read, int):
        return read
    scored, outcome = read
    scored = counted_once(scored, outcome)  # a respondent read twice would count twice
    orgs = pipeline.organisations(cat, scored, min_group_size)
    note_organisations(orgs, min_group_size)
    if not orgs:
        err(say("error", msg=say("no_valid_answers")))
        return 1
    if outcome.invalid:
        err(say("warning", msg=say("left_out", n=outcome.invalid)))
    return orgs, outcome


def read_timelines(
    cat: Catalog, paths: list[str], jobs: int | None, emit: str, min_group_size: int | None
) -> tuple[list[pipeline.Organisation], list[Any], pipeline.Outcome] | int:
    """`read_organisations`, and each organisation's rounds side by side (rounds.timelines)."""
    from ..errors import Problem
    from ..rounds import doubts, timelines

    read = read_organisations(cat, paths, jobs, emit, min_group_size)
    if isinstance(read, int):
        return read
    orgs, outcome = read
    tls = timelines(orgs)
    # a mistyped date reorders the rounds: said, with the file of the round it names
    print_problems([Problem(r.members[0].sheet.source, msg) for tl in tls for r, msg in doubts(tl)], "warning")
    return orgs, tls, outcome


def write_guarded(write: Callable[[], int], interrupted: str) -> int:
    """Run `write` (which writes reports and returns an exit code), turning Ctrl-C, a refused input
    and a failed write into a message and an exit code."""
    try:
        return write()
    except KeyboardInterrupt:
        err(say(interrupted))
        return 130
    except AssessError as e:
        print_problems(e.problems)
        return 1
    except OSError as e:
        err(cannot_write_message(getattr(e, "filename", None), e))
        return 1


def _peers(cat: Catalog, paths: list[str], jobs: int | None, min_group_size: int | None) -> list[Any] | None:
    """The latest round of every organisation found in the benchmark's paths (their problems are
    printed; None when nothing there could be read)."""
    read = read_timelines(cat, paths, jobs, pipeline.EMIT_CARDS, min_group_size)
    if isinstance(read, int):
        return None
    return [tl.latest.result for tl in read[1]]
