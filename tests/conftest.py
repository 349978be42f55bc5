from __future__ import annotations

import atexit
import copy
import functools
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("COLUMNS", "120")  # stable rich output
os.environ.pop("ASSESS_QUESTIONNAIRES_DIR", None)
# the plan cache of a test run is its own (never the user's), and goes when the run ends
os.environ["ASSESS_CACHE_DIR"] = tempfile.mkdtemp(prefix="assess-test-cache-")
atexit.register(shutil.rmtree, os.environ["ASSESS_CACHE_DIR"], ignore_errors=True)
ROOT = Path(__file__).resolve().parent.parent


def _signals_as_a_terminal_gives_them() -> None:
    """A test run started in the background (`.ci/run &` in a script, `nohup`) inherits SIGINT and
    SIGHUP ignored, and so would every command a test starts: a Ctrl-C typed to `assess run` or a
    SIGHUP sent to `assess score` then did nothing, and the tests of those stops failed (seen on a
    clean clone run with `nohup ... &`). The commands rightly keep an ignored SIGHUP (`nohup` must
    keep them running); the tests start them as a terminal would, with both at their defaults."""
    import signal

    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    hangup = getattr(signal, "SIGHUP", None)
    if hangup is not None and signal.getsignal(hangup) is signal.SIG_IGN:
        signal.signal(hangup, signal.SIG_DFL)


_signals_as_a_terminal_gives_them()


def _test_pycache() -> str:
    """Under PYTHONDONTWRITEBYTECODE=1 an editable install has no __pycache__, so each of the hundred
    or so `python -m assess` the tests start compiled assess/*.py again (about 45 ms a start, README).
    The processes of a run (the xdist workers, the commands a test starts) share a bytecode cache
    under .pytest_cache instead, kept from run to run: a cache of a run's own made each worker compile
    again every library it imports, pytest's rewriting of the test modules included (about 1 s of CPU
    a worker). Python checks each entry against its source, and the tree keeps no __pycache__."""
    kept = ROOT / ".pytest_cache" / "d" / "pycache"
    try:
        kept.mkdir(parents=True, exist_ok=True)
        return str(kept)
    except OSError:  # a tree that cannot be written: a cache of this run's own, gone at its end
        own = tempfile.mkdtemp(prefix="assess-test-pycache-")
        atexit.register(shutil.rmtree, own, ignore_errors=True)
        return own


if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) and "PYTHONPYCACHEPREFIX" not in os.environ:
    os.environ["PYTHONPYCACHEPREFIX"] = _test_pycache()


def _hypothesis_not_rewritten() -> None:
    """pytest rewrites the asserts of every module of a plugin's distribution, and Hypothesis is one:
    its 70 modules were rewritten by each worker of a fresh run (CI's), about 0.5 s of CPU a worker,
    for asserts that are Hypothesis's own (ours, in the tests, are rewritten as before). Nothing
    here is imported yet; with another pytest that keeps no such set, nothing changes."""
    from _pytest.assertion.rewrite import AssertionRewritingHook

    for hook in sys.meta_path:
        marked = getattr(hook, "_must_rewrite", None) if isinstance(hook, AssertionRewritingHook) else None
        if isinstance(marked, set) and "hypothesis" not in sys.modules:
            marked.difference_update({"hypothesis", "_hypothesis_ftz_detector"})


_hypothesis_not_rewritten()
EXAMPLES = ROOT / "examples"
QUESTIONNAIRES = ROOT / "questionnaires"


@functools.cache
def bundled_catalog():
    """The bundled questionnaires read from their files (no plan cache), once a process: for the
    `catalog` fixture and for the modules that need them at import (test_agreement, test_properties)."""
    from assess.catalog import load_catalog

    cat = load_catalog(use_cache=False)
    assert not cat.problems, cat.problems
    return cat


@pytest.fixture(scope="session")
def catalog():
    return bundled_catalog()


# The engine's tests are written against housing 1.0.0, which stays installed beside 2.0 so that
# its answers still score; version 2's own properties are tested in test_instrument.py.
@pytest.fixture(scope="session")
def housing(catalog):
    return catalog.questionnaire("housing", "1.0.0")


@pytest.fixture(scope="session")
def plan(catalog):
    return catalog.plan_for("housing", "1.0.0")


def blank(
    qid: str = "housing",
    version: str = "1.0.0",
    org: str = "org1",
    role: str | None = "field",
    rid: str | None = "r1",
    answers: dict[str, Any] | None = None,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "assess-answers/1",
        "questionnaire": {"id": qid, "version": version},
        "organisation": {"id": org, "name": org.title()},
        "answers": dict(answers or {}),
    }
    if role or rid:
        doc["respondent"] = {"id": rid, "role": role}
    return doc


def uniform(q, option_index: str = "max", **kw: Any) -> dict[str, Any]:
    """Answers giving every scored question its highest ('max') or lowest ('min') option."""
    answers: dict[str, Any] = {}
    for qq in q.questions:
        if not qq.scored:
            continue
        if qq.type == "single":
            vals = sorted(qq.options, key=lambda o: o.value)
            answers[qq.id] = (vals[-1] if option_index == "max" else vals[0]).id
        elif qq.type == "multi":
            if option_index == "max":
                answers[qq.id] = [o.id for o in qq.options if not o.exclusive and o.value]
            else:
                answers[qq.id] = [min(qq.options, key=lambda o: o.value).id]
        elif qq.type == "scale":
            answers[qq.id] = qq.scale.max if option_index == "max" else qq.scale.min
    return blank(answers=answers, **kw)


@pytest.fixture
def write_json(tmp_path):
    def _write(name: str, obj: Any) -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
        return p

    return _write


def deep(obj: Any) -> Any:
    return copy.deepcopy(obj)


# With two workers the run ends when the last tests handed out end: the modules of long tests
# (terminal sessions, PDFs, Chromium, Java, Hypothesis's largest documents) are handed out first,
# each in its order, so that both workers end together on short tests.
FIRST = ("test_run_e2e.py", "test_report.py", "test_agreement.py", "test_texts.py", "test_xlsform.py", "test_paper.py")


def pytest_collection_modifyitems(session, config, items):
    rank = {name: i for i, name in enumerate(FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(FIRST)))  # stable: the rest keep their order


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Say loudly when the browser or PDF checks could not run, so that a green run is not misread."""
    skipped = terminalreporter.stats.get("skipped", [])
    reasons = [str(r.longrepr[-1]) for r in skipped if isinstance(r.longrepr, tuple)]
    missing = sorted({w for w in ("chromium", "poppler", "weasyprint", "java") if any(w in x.lower() for x in reasons)})
    if missing:
        terminalreporter.write_sep("!", f"NOT CHECKED HERE, tools missing: {', '.join(missing)}", red=True, bold=True)


@pytest.fixture
def french(monkeypatch):
    """Messages in French ($ASSESS_LANG; the interface language is chosen once per process)."""
    from assess.cli.common import ui_lang

    monkeypatch.setenv("ASSESS_LANG", "fr")
    ui_lang.cache_clear()
    yield
    ui_lang.cache_clear()
