"""Response files of other tools into `assess-answers/1`: LimeSurvey (CSV or JSON), KoboToolbox and
ODK (CSV or XLSX), and the spreadsheet template of `assess template --format csv|xlsx`.

    file --read_table--> Table --detect--> Layout (how headings and cells map to our ids)
         --per row--> answers object --check_answers (the one check)--> written, or reported

Headings are recognised in every spelling INTEROP.md lists: LimeSurvey's `CODE`, `CODE[SQ001]`,
`CODE_SQ001` and R's `CODE.SQ001.`; XLSForm names with or without group prefixes (`strategy/str_goal`,
`strategy-str_goal`) and split multiple-choice columns (`str_tools/crm`, 1/0), and KoboToolbox's
headings by labels (`Group/Question`, `Question/Choice`: `_form_labels`, from the XLSForm's own
sheets). Cells may hold codes or the full answer text, in French or English. LimeSurvey codes come
from `codes.py`, the mapping the exporter wrote with.

Every row gives a respondent id made of the file name and the response's id (LimeSurvey `id`, Kobo
`_uuid`, ODK `KEY`) or row number, so importing the same file again gives the same respondents.
A bad row is reported with its file and row, and the import goes on.
"""

from __future__ import annotations

import bisect
import difflib
import html
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..answers import FORMAT, check_answers, given_text, is_date
from ..catalog import Catalog
from ..errors import AnswersError, AssessError, Problem
from ..i18n import t
from ..model import Question, Questionnaire
from ..plan import Plan
from ..reading import shown_path
from ..terminal import repr_shown
from ..vocab import DONT_KNOW, LANGS, ROLES
from .codes import ROLE_ANSWERS, ROLE_CODE, VERSION_CODE, limesurvey_codes, parse_version_tag
from .tables import Compact, Table, column_name, read_table, strip_header
from .xlsform import MARKDOWN_SIGNS, REFERENCE, SHOWN_REFERENCE, xlsform_rows

# columns of the spreadsheet template (and of an XLSForm's profile group) that are not questions
META = ("organisation_id", "organisation_name", "respondent_id", "role", "date", "lang", "questionnaire_version")
# read when a table has it, not in the template (`--round` names the round of a whole file)
READ_META = (*META, "round")
# metadata that LimeSurvey, KoboToolbox and ODK add, read for ids and dates or ignored
LS_META = {
    "id",
    "submitdate",
    "lastpage",
    "startlanguage",
    "seed",
    "token",
    "startdate",
    "datestamp",
    "ipaddr",
    "refurl",
    # the survey's timings (when "Save timings" is on) and its participants table, when it is not
    # anonymous: none holds an answer (names and e-mails are left unread on purpose)
    "interviewtime",
    "tid",
    "participant_id",
    "firstname",
    "lastname",
    "email",
    "emailstatus",
    "language",
    "sent",
    "remindersent",
    "remindercount",
    "completed",
    "usesleft",
    "validfrom",
    "validuntil",
}
# LimeSurvey's timing columns ("groupTime12", "STR01Time") and participant attributes ("attribute_1")
_LS_META_PATTERN = re.compile(r"^(?:groupTime[0-9]+|[A-Za-z][A-Za-z0-9]*Time|attribute_[0-9]+)$")
FORM_IDS = ("_uuid", "KEY", "meta-instanceID", "meta/instanceID", "instanceID", "_id")
FORM_DATES = ("_submission_time", "SubmissionDate", "end", "today")
# what ODK and KoboToolbox add to every submission (metadata questions and server columns)
FORM_META = {
    "start", "end", "today", "deviceid", "username", "phonenumber", "simserial", "subscriberid", "audit",
    "SubmissionDate", "KEY", "instanceID", "instanceName", "formhub", "ReviewState", "Edits",
    "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "DeviceID",
    "FormVersion",
}  # fmt: skip
TICKED = {"y", "1", "true", "yes", "oui", "vrai", "x"}
UNTICKED = {"", "n", "0", "false", "no", "non", "faux"}
SENTINEL_DATE = "1980-01-01"  # LimeSurvey's stand-in when no date stamp is kept

_LS_BRACKET = re.compile(r"^([A-Za-z][A-Za-z0-9]*)\[([A-Za-z0-9_]+)\]$")
_LS_R = re.compile(r"^([A-Za-z][A-Za-z0-9]*)\.([A-Za-z0-9_]+)\.$")
_LS_EM = re.compile(r"^([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9]+)$")
# LimeSurvey's "code and text" headings: the code, the separator chosen at export (". " by default), the text
_LS_CODETEXT = re.compile(r"^([A-Za-z][A-Za-z0-9]*(?:\[[A-Za-z0-9_]+\])?)(?![A-Za-z0-9_\[])")


@dataclass
class Column:
    index: int
    kind: str  # "question", "option" (one option of a multiple choice, ticked or not), or a META name
    question: str | None = None
    option: str | None = None


@dataclass
class Layout:
    name: str  # "limesurvey" or "xlsform" (also the template)
    columns: list[Column]
    unused: list[str]
    # (question id, raw cell) -> the answer, or a message saying why the cell is not understood
    value: Callable[[Question, str], Any]
    option_ticked: Callable[[Question, str, str], bool | str]
    headers: list[str] = field(default_factory=list)  # the table's headings, to name a column


class Answers(Compact):
    """A file's answers objects, each held as its JSON line (orjson, as written): as dicts, the
    answers of a 50 MB export took some ten times its size. Each one read is a new dict."""

    __slots__ = ("_lines",)

    def __init__(self, objs: Iterable[dict[str, Any]] = ()) -> None:
        self._lines: list[bytes] = []
        for obj in objs:
            self.append(obj)

    def append(self, obj: dict[str, Any]) -> None:
        import orjson

        # with its end of line, a new bytes object of its size: the one orjson gives holds a buffer
        # of 8 kB or more whatever its length (17,000 answers took 280 MB)
        self._lines.append(orjson.dumps(obj) + b"\n")

    def encoded(self) -> list[bytes]:
        """Each answers object as one line of JSON, its end of line included."""
        return self._lines

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        import orjson

        return (orjson.loads(line) for line in self._lines)

    def __getitem__(self, k: int) -> dict[str, Any]:
        import orjson

        obj: dict[str, Any] = orjson.loads(self._lines[k])
        return obj


@dataclass
class ImportResult:
    answers: Answers = field(default_factory=Answers)
    lines: list[int] = field(default_factory=list)  # each answer's row in its file
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    incomplete: int = 0
    rows: int = 0
    # columns that none of the questionnaire's questions reads, not named by --ignore-column: the
    # file's answers are then not given (its respondents would be scored without what they hold)
    unread_columns: list[Problem] = field(default_factory=list)
    ignored: set[str] = field(default_factory=set)  # the --ignore-column names this file had
    # each answer's digest of what two rows typed alike share (see _twice), beside `answers`
    same: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.answers, Answers):
            self.answers = Answers(self.answers)


DONT_KNOW_WITH_OTHERS = '"don\'t know" ticked with other answers: keep one or the other'


class CellError(Exception):
    """A cell that does not hold an answer to its question."""


def _fold(text: str) -> str:
    """A cell or a label as compared: any case, spaces collapsed, a typographic apostrophe (as word
    processors and spreadsheets on a Mac put it) taken for a straight one, and an HTML character
    reference (LimeSurvey keeps its texts as HTML: "R&amp;D") taken for its character, and a Markdown
    escape (the XLSForm's labels, which KoboToolbox exports as written: "taux\\_net") or a brace's
    (the LimeSurvey export's, "\\{") for its character, and the XLSForm's shown "${" for "${"."""
    plain = _UNESCAPED.sub(r"\1", html.unescape(text)).replace(SHOWN_REFERENCE, REFERENCE)
    return " ".join(plain.casefold().replace("\u2019", "'").split())


_UNESCAPED = re.compile(rf"\\([{MARKDOWN_SIGNS}{{}}])")  # and a brace, as the LimeSurvey export escapes it


def _by_label(q: Question) -> dict[str, str]:
    """Answer texts (both languages, any case) -> option id, as LimeSurvey's "full answers" and
    KoboToolbox's label exports write them."""
    out: dict[str, str] = {}
    for o in q.options:
        for text in o.label.values():
            out.setdefault(_fold(text), o.id)
    for o in q.options:  # an id typed with a capital, as a spreadsheet may start a cell
        out.setdefault(_fold(o.id), o.id)
    if q.scale is not None:
        for k in range(q.scale.min, q.scale.max + 1):
            out[str(k)] = str(k)
            for text in (q.scale.labels.get(k) or {}).values():
                out.setdefault(_fold(f"{k} ({text})"), str(k))
                out.setdefault(_fold(text), str(k))
    for lang in LANGS:
        out.setdefault(_fold(t("dont_know", lang)), DONT_KNOW)
    out.setdefault(DONT_KNOW, DONT_KNOW)  # "DONT_KNOW", "Dont_know"
    out.setdefault("nsp", DONT_KNOW)  # « NSP », ne sait pas: as French forms write it, and LimeSurvey's code
    return out


def _finish(q: Question, option: str) -> Any:
    """An option id (or scale point as text) as the answers format holds it."""
    if option == DONT_KNOW or q.type != "scale":
        return option
    return int(option)


def _unknown(q: Question, v: str) -> str:
    """The message for a cell that is no answer of `q`."""
    if q.type == "scale" and q.scale is not None:
        return f"unknown answer {_short(v)} (expected a whole number from {q.scale.min} to {q.scale.max})"
    ids = [o.id for o in q.options] + ([DONT_KNOW] if q.dont_know else [])
    close = difflib.get_close_matches(v.casefold(), ids, n=1, cutoff=0.8)  # a code typed with a slip
    if close:
        return f"unknown answer {_short(v)} (expected one of: {', '.join(ids)}); did you mean {close[0]!r}?"
    return f"unknown answer {_short(v)} (expected one of: {', '.join(ids)})"


def _short(text: str) -> str:
    return repr_shown(text if len(text) <= 40 else text[:39] + "…")


def _box(raw: str, also_ticked: set[str], expected: str) -> bool | str:
    """One multiple-choice column: ticked, not ticked, or a message saying why the cell is neither."""
    v = _fold(raw)
    if v in TICKED or v in also_ticked:
        return True
    if v in UNTICKED:
        return False
    return f"not a ticked box: {_short(raw)} (expected {expected})"


def _role_value(raw: str) -> str | None:
    v = raw.strip()
    if not v:
        return None
    if v.casefold() in ROLES:  # "Field" or "FIELD", as a spreadsheet may start or shout a cell
        return v.casefold()
    by_code = {c: r for r, c in ROLE_ANSWERS.items()}
    if v.upper() in by_code:
        return by_code[v.upper()]
    for r in ROLES:
        if any(_fold(t(r, lang)) == _fold(v) for lang in LANGS):
            return r
    codes = ", ".join([*ROLES, *(ROLE_ANSWERS[r] for r in ROLES)])  # the ids, then LimeSurvey's codes
    raise CellError(f"unknown role {_short(v)} (expected one of: {codes})")


# --- the two layouts ----------------------------------------------------------------------------


def _limesurvey(q: Questionnaire, headers: list[str]) -> Layout | None:
    codes = {c.code.casefold(): c for c in limesurvey_codes(q)}
    columns: list[Column] = []
    unused: list[str] = []
    hits = 0
    for i, h in enumerate(headers):
        if (lead := _LS_CODETEXT.match(h)) and lead.group(0) != h and not _LS_R.match(h):
            first = lead.group(1).split("[")[0]
            known = first.casefold() in codes or first.casefold() in LS_META or _LS_META_PATTERN.match(first)
            if known or first.upper() in (ROLE_CODE, VERSION_CODE):
                h = lead.group(1)  # "STR01. Question text" -> STR01
        if h.casefold() in LS_META or (_LS_META_PATTERN.match(h) and h.casefold() not in codes):
            columns.append(Column(i, "ls:" + h.casefold()))
            continue
        # the profile's ROLE and QVER are read, but recognise no export alone (its questions would
        # all be lost: LimeSurvey's "full" headings keep ROLE and QVER as codes when they are hidden)
        if h.upper() == ROLE_CODE:
            columns.append(Column(i, "role"))
            continue
        if h.upper() == VERSION_CODE:
            columns.append(Column(i, "version_tag"))
            continue
        m = _LS_BRACKET.match(h) or _LS_R.match(h)
        code, sub = (m.group(1), m.group(2)) if m else (h, None)
        c = codes.get(code.casefold())
        if c is None and sub is None and (m2 := _LS_EM.match(h)):
            code, sub = m2.group(1), m2.group(2)
            c = codes.get(code.casefold())
        if c is None:
            unused.append(h)
            continue
        hits += 1
        if sub is None:
            columns.append(Column(i, "question", c.question_id))
            continue
        option = next((o for o, sq in c.subquestions.items() if sq.casefold() == sub.casefold()), None)
        if option is None:
            unused.append(h)  # e.g. TITLE[comment], TITLE[other]
            hits -= 1
            continue
        columns.append(Column(i, "option", c.question_id, option))
    if not hits:
        return None
    answer_of = {c.question_id: {code.casefold(): opt for opt, code in c.options.items()} for c in codes.values()}
    labels = {qq.id: _by_label(qq) for qq in q.questions}

    def value(qq: Question, raw: str) -> Any:
        v = raw.strip()
        if qq.type == "text":
            # LimeSurvey's exporter masks a text that Excel would take for a formula with a quote
            return v[1:] if v[:1] == "'" and v[1:2] in ("=", "+", "-", "@") else v
        opt = answer_of[qq.id].get(v.casefold()) or labels[qq.id].get(_fold(v))
        if opt is None:
            known = ", ".join(answer_of[qq.id]).upper()
            raise CellError(f"unknown answer {_short(v)} (expected an answer code: {known})")
        return _finish(qq, opt)

    def ticked(qq: Question, option: str, raw: str) -> bool | str:
        o = qq.option(option)
        # "long" answers write the subquestion's text for a ticked box
        names = {_fold(x) for x in o.label.values()} if o else {_fold(t(DONT_KNOW, lang)) for lang in LANGS}
        return _box(raw, names, "Y or empty")

    return Layout("limesurvey", columns, unused, value, ticked)


def _named(i: int, h: str, by_id: dict[str, Question]) -> Column | None:
    """Column `i` read by its heading as an XML name (`strategy/str_goal`, `str_tools/crm`, `_uuid`,
    `profile/role`), or None when the heading names nothing of the form."""
    parts = [p for p in re.split(r"[/-]", h) if p]
    if (
        h in FORM_IDS
        or h in FORM_DATES
        or h in FORM_META
        or h.startswith("_")
        or h.startswith("meta")
        or (parts and parts[0] in FORM_META)  # formhub/uuid
    ):
        return Column(i, "form:" + h)
    if h in READ_META:
        return Column(i, h)
    if parts and parts[-1] in READ_META and h not in by_id:
        return Column(i, parts[-1])  # profile/role
    if parts and parts[-1] == "questionnaire_id":
        return Column(i, "form:questionnaire_id")
    col = None
    for k, p in enumerate(parts):
        qq = by_id.get(p)
        if qq is None:
            continue
        rest = parts[k + 1 :]
        if not rest:
            col = Column(i, "question", qq.id)
        elif len(rest) == 1 and qq.type == "multi" and (qq.option(rest[0]) or rest[0] == DONT_KNOW):
            col = Column(i, "option", qq.id, rest[0])
    return col


Target = tuple[str, str | None, str | None]  # what a column holds: a Column's kind, question and option
GROUP_SEPARATORS = ("/", "-")  # KoboToolbox's default, and ODK Central's (as for XML names)


def _form_labels(q: Questionnaire) -> dict[str, set[Target]]:
    """The headings of a KoboToolbox export "with labels" of our XLSForm (folded) -> what each may
    hold: the sheets `xlsform_rows` writes, read the way KoboToolbox's export library (formpack,
    `schema/fields.py`) heads a column. A field is headed by its label in the export's language, the
    labels of its groups before it when "include groups in headers" is on (`Group/Question`); a
    select_multiple's split columns by the question's heading, the separator and the choice's label
    (`Question/Choice`). A field or a group without a label (the calculate fields) is headed by its
    name, which `_named` reads. A heading with two targets is one that cannot be told apart."""
    cached = _LABELS.get(id(q))
    if cached is not None and cached[0]() is q:
        return cached[1]
    survey, choices, _ = xlsform_rows(q)
    langs = [col for col in survey[0] if col.startswith("label::")]
    at = {col: k for k, col in enumerate(survey[0])}
    choice_at = {col: k for k, col in enumerate(choices[0])}
    listed: dict[str, list[list[Any]]] = {}
    for row in choices[1:]:
        listed.setdefault(row[0], []).append(row)
    by_id = {qq.id: qq for qq in q.questions}
    out: dict[str, set[Target]] = {}
    groups: list[list[Any]] = []  # the begin_group rows the field is in
    for row in survey[1:]:
        kind, name = row[at["type"]], row[at["name"]]
        if kind == "begin_group":
            groups.append(row)
            continue
        if kind == "end_group":
            groups.pop()
            continue
        target: Target | None = (
            ("question", name, None) if name in by_id else ("role", None, None) if name == "role" else None
        )
        if target is None:
            continue
        for lang in langs:
            label = row[at[lang]]
            if not label:
                continue
            path = [g[at[lang]] or g[at["name"]] for g in groups]  # formpack: a group's name if unlabelled
            for sep in GROUP_SEPARATORS:
                for head in {label, sep.join([*path, label])}:
                    out.setdefault(_fold(head), set()).add(target)
                    if not kind.startswith("select_multiple "):
                        continue
                    for choice in listed.get(kind.split()[1], []):
                        said = choice[choice_at[lang]] or choice[choice_at["name"]]
                        out.setdefault(_fold(head + sep + said), set()).add(("option", name, choice[choice_at["name"]]))
    _LABELS[id(q)] = (weakref.ref(q), out)
    weakref.finalize(q, _LABELS.pop, id(q), None)  # kept as long as the questionnaire is
    return out


# each questionnaire's `_form_labels`, by identity (the catalogue gives the same object each time):
# written again for each file, the XLSForm's rows took some 6 ms a questionnaire
_LABELS: dict[int, tuple[weakref.ref[Questionnaire], dict[str, set[Target]]]] = {}


def _target_name(target: Target) -> str:
    kind, qid, option = target
    return f"{qid}/{option}" if kind == "option" else qid if kind == "question" and qid else kind.removeprefix("form:")


def _xlsform(q: Questionnaire, headers: list[str], source: str) -> Layout | None:
    by_id = {qq.id: qq for qq in q.questions}
    form_labels = _form_labels(q)
    columns: list[Column] = []
    unused: list[str] = []
    hits = 0
    for i, h in enumerate(headers):
        col = _named(i, h, by_id)
        said = form_labels.get(_fold(h), set())
        if said:  # a label heading: it names one column of the form, or it is not read
            both = said | ({(col.kind, col.question, col.option)} if col is not None else set())
            if len(both) > 1:  # two questions worded alike, or a question worded as a split column
                names = ", ".join(sorted(map(_target_name, both)))
                raise AssessError(
                    Problem(
                        source,
                        f"heading {h!r} names several columns of the form ({names}): which one it holds cannot be "
                        'told. Export the data again with KoboToolbox\'s "XML values and headers" and import that file',
                    )
                )
            if col is None:
                kind, qid, option = next(iter(said))
                col = Column(i, kind, qid, option)
        if col is None:
            unused.append(h)
            continue
        if col.kind in ("question", "option"):
            hits += 1
        columns.append(col)
    if not hits:
        return None
    labels = {qq.id: _by_label(qq) for qq in q.questions}
    # a multiple choice's answer texts of more than one word: their first word -> the most words they have
    reach: dict[str, dict[str, int]] = {}
    plain: dict[str, set[str]] = {}

    def match(qq: Question, v: str) -> str | None:
        if v == DONT_KNOW and qq.dont_know:
            return v
        if qq.type == "scale":
            try:  # "4" or "4.0" from a spreadsheet; never "3,5" cut to 3, nor "inf"
                x = float(v.replace(",", "."))
                k = int(x) if x.is_integer() else None
            except (ValueError, OverflowError):
                k = None
            if k is not None and qq.scale is not None and qq.scale.min <= k <= qq.scale.max:
                return str(k)
        elif qq.option(v) is not None:
            return v
        return labels[qq.id].get(_fold(v))

    def one(qq: Question, v: str) -> str:
        opt = match(qq, v)
        if opt is None:
            raise CellError(_unknown(qq, v))
        return opt

    def value(qq: Question, raw: str) -> Any:
        v = raw.strip()
        if qq.type == "text":
            return v
        if qq.type == "multi":
            # select_multiple: names separated by spaces, or answer texts, spaces and all (KoboToolbox's
            # labels export joins them with a space); a person typing may put commas, semicolons or one
            # per line between them
            if qq.id not in reach:
                starts: dict[str, int] = {}
                reach[qq.id] = starts
                for words in (_WORD.findall(k) for k in labels[qq.id]):
                    if len(words) > 1:
                        starts[words[0]] = max(starts.get(words[0], 1), len(words))
                # the names no answer's text of two words or more begins with: a cell of them alone
                # reads one way, a word an answer (a names export), without trying the others
                ids = [o.id for o in qq.options] + ([DONT_KNOW] if qq.dont_know else [])
                plain[qq.id] = {x for x in ids if _fold(x) not in starts}
            starts = reach[qq.id]
            words = _WORD.findall(v)
            if plain[qq.id].issuperset(words):
                return DONT_KNOW if words == [DONT_KNOW] else words
            found = _readings(v, lambda text: match(qq, text), lambda word: starts.get(_fold(word), 1))
            if len(found) > 1:
                one_way, other = (" + ".join(x) for x in found[:2])
                raise CellError(
                    f"{_short(v)} reads as {one_way} or as {other}: answer texts joined by spaces can be read "
                    'both ways. Export the data with KoboToolbox\'s "XML values and headers"'
                )
            ticked: list[str] = found[0] if found else []
            if not found:  # no reading: the message of the part or word that is no answer, as typed apart
                for part in filter(None, (x.strip() for x in re.split(r"[,;\n]", v))):
                    whole = match(qq, part)
                    ticked += [whole] if whole is not None else [one(qq, x) for x in part.split()]
            return DONT_KNOW if ticked == [DONT_KNOW] else ticked
        return _finish(qq, one(qq, v))

    def ticked(qq: Question, option: str, raw: str) -> bool | str:
        return _box(raw, set(), "1 or 0")

    return Layout("xlsform", columns, unused, value, ticked)


_WORD = re.compile(r"[^\s,;]+")  # a multiple-choice cell's words: what spaces, commas and semicolons part
MANY_READINGS = 32  # beyond this many ways to read a cell, it is read no way


def _readings(cell: str, match: Callable[[str], str | None], reach: Callable[[str], int]) -> list[list[str]]:
    """The ways to read a multiple-choice cell as answers one after the other (each a name or an
    answer's text, as `match` reads it), each a different set of answers: one is the answer; two or
    more say that the cell can be read both ways (an answer's text is two others' one after the
    other: "A B" beside "A" and "B"); none, that some words are no answer. An answer's words are
    those its text spans in the cell, a comma inside it and all ("Plateforme fournisseurs (devis,
    factures)"); `reach` gives the most words of an answer's text that begins with a word (1 for a
    name: a names export is read a word at a time, as before)."""
    spans = [m.span() for m in _WORD.finditer(cell)]
    ahead: list[list[list[str]]] = [[] for _ in spans] + [[[]]]  # the readings of the words from k on
    for k in range(len(spans) - 1, -1, -1):
        found: dict[frozenset[str], list[str]] = {}
        word = cell[spans[k][0] : spans[k][1]]
        for end in range(k + 1, min(len(spans), k + reach(word)) + 1):
            if not ahead[end]:
                continue
            answer = match(cell[spans[k][0] : spans[end - 1][1]])
            if answer is None:
                continue
            for rest in ahead[end]:
                found.setdefault(frozenset([answer, *rest]), [answer, *rest])
        ahead[k] = list(found.values())[:MANY_READINGS]
    return ahead[0]


def detect(q: Questionnaire, table: Table) -> Layout:
    """How this table's headings map to the questionnaire, or AssessError naming the file."""
    ls = _limesurvey(q, table.headers)
    form = _xlsform(q, table.headers, table.source)
    candidates = [x for x in (ls, form) if x is not None]
    if not candidates:
        shown = ", ".join(table.headers[:6]) + (", …" if len(table.headers) > 6 else "")
        raise AssessError(
            Problem(
                table.source,
                f"no column matches a question of {q.id} {q.version} (headings: {shown}). Is it the right "
                "questionnaire, and a response export (not a survey structure) headed by question codes "
                "(LimeSurvey) or XML names (KoboToolbox)?",
            )
        )
    # the layout that recognises more headings wins (a template's ids are not LimeSurvey codes)
    best = max(candidates, key=lambda x: len(x.columns) - len(x.unused))
    best.headers = table.headers
    return best


HEADING_ROWS = 10  # a sheet typed by hand may have a title (merged cells) or notes above its headings


def _headed(q: Questionnaire, table: Table) -> tuple[Table, Layout, list[Problem]]:
    """The table and its layout, the headings taken from the first row that has question headings
    among the first few (a title row above them is left out, with a note at the headings' row)."""
    heads = {h.strip().lower() for h in table.headers}
    if {"type", "name"} <= heads and any(h == "label" or h.startswith("label::") for h in heads):
        # `assess export xlsform`'s own file given back: its rows were taken for headings and answers
        raise AssessError(
            Problem(
                table.source,
                "this is a form (an XLSForm, its survey sheet), not the answers collected with it: download "
                "the answers (KoboToolbox: Data, Downloads, XML values and headers) and import that file",
            )
        )
    try:
        return table, detect(q, table), []
    except AssessError as refused:
        for k, (n, cells) in enumerate(table.rows[:HEADING_ROWS]):
            below = Table(table.source, [strip_header(c) for c in cells], table.rows[k + 1 :], table.row_word)
            try:
                layout = detect(q, below)
            except AssessError:
                continue
            below.problems = table.problems
            if not k and not any(table.headers):  # only empty rows above: nothing left out
                return below, layout, []
            note = Problem(table.source, "the headings are on this row: what is above them (a title) is not read", n)
            return below, layout, [note]
        raise refused from None


def _answer_columns(layout: Layout) -> int:
    return sum(c.kind in ("question", "option") for c in layout.columns)


def _refuse_a_better_match(catalog: Catalog, q: Questionnaire, layout: Layout, table: Table) -> None:
    """AssessError when another installed questionnaire recognises more of the table's answer
    columns than `q` (-Q named the wrong one: their shared question ids would be read, the others
    left aside with a mere note, and the respondents scored on a few questions)."""
    mine = _answer_columns(layout)
    for qid in sorted(catalog.entries):
        if qid == q.id:
            continue
        try:
            other = _answer_columns(detect(catalog.questionnaire(qid), table))
        except AssessError:
            continue  # none of its questions
        if other > mine:
            message = (
                f"the columns are those of questionnaire {qid} ({other} answer columns recognised) more than "
                f"of {q.id} ({mine}): give -Q {qid}"
            )
            raise AssessError(Problem(table.source, message))


# --- rows ---------------------------------------------------------------------------------------


@dataclass
class Options:
    questionnaire: str
    organisation_id: str | None = None
    organisation_name: str | None = None
    round: str | None = None  # the assessment round every imported answer belongs to
    # headings (or, for a column without one, its number) of columns the consultant says hold no
    # answer: read by nothing, and left aside without stopping the file
    ignore: frozenset[str] = frozenset()


def _first(cells: list[str], columns: list[Column], *kinds: str) -> str:
    for kind in kinds:
        for c in columns:
            if c.kind == kind and c.index < len(cells) and cells[c.index].strip():
                return cells[c.index].strip()
    return ""


# a spreadsheet's day: DD/MM/YYYY as Excel writes it in a French CSV, DD.MM.YYYY and DD-MM-YYYY
# of other European settings; M/D/YYYY (an American Excel's) only when the day shows it (3/14/2026)
_FRENCH_DATE = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")


def _date(text: str) -> str | None:
    """A row's date as the answers format holds it (YYYY-MM-DD): from an ISO date or time stamp
    (LimeSurvey, KoboToolbox) or a French spreadsheet's DD/MM/YYYY, which Excel writes in a CSV
    whatever was typed. None for an empty cell or LimeSurvey's stand-in; CellError otherwise."""
    t = text.strip()
    if not t:
        return None
    first = t.split()[0]
    m = _FRENCH_DATE.fullmatch(first)
    if m:
        day, month = int(m[1]), int(m[3])
        if month > 12 >= day and m[2] == "/":  # 3/14/2026: no month 14, so the month came first
            day, month = month, day
        d = f"{m[4]}-{month:02d}-{day:02d}"
    else:
        d = first[:10]
    if not is_date(d):
        raise CellError(f"date {t[:40]!r} is not a day of the calendar: write YYYY-MM-DD or DD/MM/YYYY")
    return None if d == SENTINEL_DATE else d


def _row_answers(
    q: Questionnaire, layout: Layout, cells: list[str], where: Callable[[str | None, str], None]
) -> tuple[dict[str, Any], str | None]:
    """The answers of one row (question id -> answer) and its role; problems go to `where`."""
    by_id = {qq.id: qq for qq in q.questions}
    answers: dict[str, Any] = {}
    ticks: dict[str, list[str]] = {}
    whole: dict[str, int] = {}  # question -> the index of its one column, where it has one
    role: str | None = None
    for c in layout.columns:
        raw = cells[c.index] if c.index < len(cells) else ""
        if c.kind == "role":
            try:
                role = _role_value(raw)
            except CellError as e:
                where("role", str(e))
            continue
        if c.question is None:
            continue
        qq = by_id[c.question]
        if c.kind == "option":
            res = layout.option_ticked(qq, c.option or "", raw)
            if isinstance(res, str):  # which of the question's boxes: each its own column
                where(qq.id, f"column {column_name(layout.headers, c.index)}: {res}")
            elif res:
                ticks.setdefault(qq.id, []).append(c.option or "")
            else:
                ticks.setdefault(qq.id, [])
            continue
        whole[qq.id] = c.index
        if not raw.strip():
            continue
        try:
            value = layout.value(qq, raw)
        except CellError as e:
            where(qq.id, str(e))
            continue
        if value == [] or value == "":
            continue
        if isinstance(value, list) and DONT_KNOW in value:  # in one cell, as in ticked boxes below
            where(qq.id, DONT_KNOW_WITH_OTHERS)
            continue
        answers[qq.id] = value
    for qid, ticked in ticks.items():
        if DONT_KNOW in ticked and len(ticked) > 1:  # LimeSurvey's NSP box ticked with others
            where(qid, DONT_KNOW_WITH_OTHERS)
            continue
        if qid in whole:  # the one column is the answer; its boxes only confirm it
            given = answers.get(qid)
            said = set() if given is None else {given} if isinstance(given, str) else set(given)
            boxed = {c.option for c in layout.columns if c.kind == "option" and c.question == qid}
            if said & boxed != set(ticked):
                shown = ", ".join(sorted(said)) or "-"
                boxes = ", ".join(sorted(ticked)) or "-"
                where(qid, f"column {column_name(layout.headers, whole[qid])} gives {shown} but its boxes {boxes}")
            continue
        if not ticked:
            continue
        answers[qid] = DONT_KNOW if ticked == [DONT_KNOW] else ticked
    return answers, role


def _same_answer(table: Table, first: int, second: int) -> AssessError:
    """Two columns of a table that hold one answer (which to read cannot be told)."""
    a, b = table.headers[first], table.headers[second]
    message = f"columns {first + 1} and {second + 1} ({a!r} and {b!r}) hold the same answer: keep one of them"
    return AssessError(Problem(table.source, message))


def import_table(catalog: Catalog, table: Table, opts: Options) -> ImportResult:
    """Every row of one table as answers objects, each checked by `check_answers`."""
    q_latest = catalog.questionnaire(opts.questionnaire)
    table, layout, notes = _headed(q_latest, table)
    res = ImportResult(problems=list(table.problems), notes=notes)
    src = table.source
    _refuse_a_better_match(catalog, q_latest, layout, table)
    target: dict[tuple[str, str | None, str | None], int] = {}
    for c in layout.columns:  # two columns for one answer (or one role, one id): which holds it cannot be told
        first = target.setdefault((c.kind, c.question, c.option), c.index)
        if first != c.index:
            raise _same_answer(table, first, c.index)
    # a multiple choice in one column and also split into ticked boxes (KoboToolbox's default export,
    # ODK Central's split with the original kept): the column is read, and the boxes must agree
    has_org_column = any(c.kind == "organisation_id" for c in layout.columns)
    # the options' id and name read as a cell is (`_first`): " org1" is org1, and "  " no id
    given_id, given_name = given_text(opts.organisation_id) or "", given_text(opts.organisation_name)
    given_round = given_text(opts.round)  # "2026 " is the round 2026, as a cell's would be
    own_rounds: dict[str, list[int]] = {}  # the rounds rows give other than --round's: their rows
    if not given_id and not has_org_column:
        raise AssessError(Problem(src, "no organisation id: give --organisation-id (and --organisation-name)"))
    # rows with fewer or more cells than headings (a line cut, a separator typed in a cell): said once;
    # a row whose cells past the headings hold something is refused (what they hold would be lost)
    width = len(table.headers)
    longer = {n for n, size in table.rows.widths() if size > width}
    spilled = (
        {n for n, cells in table.rows if n in longer and any(c.strip() for c in cells[width:])} if longer else set()
    )
    for message, lines in (
        ("{n} with fewer cells than headings, the missing ones read as empty: {lines}",
         [n for n, size in table.rows.widths() if size < width]),
        ("{n} with more cells than headings, the extra ones not read: {lines}", sorted(longer - spilled)),
    ):  # fmt: skip
        if lines:
            shown = ", ".join(map(str, lines[:8])) + (", …" if len(lines) > 8 else "")
            res.notes.append(Problem(src, message.format(n=_rows(len(lines)), lines=shown)))
    submit = next((c.index for c in layout.columns if c.kind == "ls:submitdate"), None)
    stem = shown_path(Path(src).name)  # a name in another encoding than UTF-8: its odd bytes as \\xNN
    versions: dict[str, tuple[Questionnaire, Plan, Layout]] = {}
    no_version = 0
    odd_langs: dict[str, list[int]] = {}  # a language cell that names neither fr nor en -> its rows
    odd_dates: dict[str, list[int]] = {}  # a submission's time stamp that is no day -> its rows
    for n, cells in table.rows:
        res.rows += 1
        if submit is not None and not (cells[submit].strip() if submit < len(cells) else ""):
            res.incomplete += 1  # an unfinished LimeSurvey response: not an answer yet
            continue
        if n in spilled:  # "Bien; merci" in an unquoted cell was read as "Bien", with a mere note
            past = [_short(c.strip()) for c in cells[width:] if c.strip()]
            held = ", ".join(past[:3]) + (", …" if len(past) > 3 else "")
            message = (
                f"cells past the last heading hold {held}: a separator typed in a cell, or a column without a "
                "heading? The row is not read"
            )
            res.problems.append(Problem(src, message, n))
            continue
        problems: list[Problem] = []

        def where(qid: str | None, msg: str, n: int = n, problems: list[Problem] = problems) -> None:
            problems.append(Problem(src, msg, n, qid))

        tag = _first(cells, layout.columns, "version_tag")
        version = _first(cells, layout.columns, "questionnaire_version")
        form_id = _first(cells, layout.columns, "form:questionnaire_id")  # the XLSForm's calculate field
        if form_id and form_id != q_latest.id:
            msg = f"collected with {_short(form_id)}, not questionnaire {q_latest.id}"
            res.problems.append(Problem(src, msg, n, "questionnaire_id"))
            continue
        if tag:
            parsed = parse_version_tag(tag)
            if parsed is None or parsed[0] != q_latest.id:
                res.problems.append(
                    Problem(src, f"collected with {_short(tag)}, not questionnaire {q_latest.id}", n, VERSION_CODE)
                )
                continue
            version = parsed[1]
        if not version:
            no_version += 1
            version = q_latest.version
        if version not in versions:
            try:
                plan = catalog.plan_for(q_latest.id, version)
                qv = catalog.questionnaire(q_latest.id, version)
            except AssessError as e:
                res.problems.extend(Problem(src, p.message, n, "version") for p in e.problems)
                continue
            versions[version] = (qv, plan, layout if qv is q_latest else detect(qv, table))
        qv, plan, lay = versions[version]
        if lay is not layout:
            # a row of another version than the file's layout (two exports put together): its cells
            # in columns its version has no question for would be lost, and codes read as its version's
            own = {c.index for c in lay.columns}
            lost = [table.headers[c.index] or str(c.index + 1) for c in layout.columns
                    if c.index not in own and c.index < len(cells) and cells[c.index].strip()]  # fmt: skip
            if lost:
                held = ", ".join(_short(h) for h in lost[:3]) + (", …" if len(lost) > 3 else "")
                message = (
                    f"answers for {qv.id} {version}, in columns that version has no question for ({held}): a file "
                    "of two versions put together? The row is not read"
                )
                res.problems.append(Problem(src, message, n, "version"))
                continue
        answers, role = _row_answers(qv, lay, cells, where)
        if not answers and not problems:  # a row typed but never answered: no respondent to score
            where(None, "no answer to any question: the row is not read")
        typed = _first(cells, lay.columns, "date")  # the template's own column, typed by hand
        stamp = typed or _first(cells, lay.columns, "ls:submitdate", *(f"form:{k}" for k in FORM_DATES))
        date = None
        try:
            date = _date(stamp)
        except CellError as e:
            if typed:
                where("date", str(e))
            else:  # a tool's time stamp, re-saved by a spreadsheet in its own way: the answers are kept
                odd_dates.setdefault(_short(stamp.strip()[:40]), []).append(n)
        if problems:
            res.problems.extend(problems)
            continue
        org_id = _first(cells, lay.columns, "organisation_id") or given_id
        org_name = _first(cells, lay.columns, "organisation_name") or given_name
        rid = _first(cells, lay.columns, "respondent_id")
        if not rid:
            ident = _first(cells, lay.columns, "ls:id", *(f"form:{k}" for k in FORM_IDS))
            rid = f"{stem}#{ident or n}"
        obj: dict[str, Any] = {
            "format": FORMAT,
            "questionnaire": {"id": qv.id, "version": version},
            "organisation": {"id": org_id, **({"name": org_name} if org_name else {})},
            "respondent": {"id": rid, **({"role": role} if role else {})},
        }
        if date:
            obj["date"] = date
        rnd = _first(cells, lay.columns, "round") or given_round  # a row's own round, else the file's
        if given_round and rnd and rnd != given_round:
            own_rounds.setdefault(rnd, []).append(n)
        if rnd:
            obj["round"] = rnd
        given = _first(cells, lay.columns, "lang", "ls:startlanguage").strip()
        lang = given[:2].lower()  # "fr", "fr-FR", "Français", "English"
        if lang in LANGS:
            obj["lang"] = lang
        elif given:  # "anglais", "de": said, not left out without a word
            odd_langs.setdefault(_short(given), []).append(n)
        obj["answers"] = answers
        try:
            check_answers(plan, obj, src, n)
        except AnswersError as e:
            res.problems.extend(e.problems)
            continue
        res.answers.append(obj)
        res.lines.append(n)
        res.same.append(_alike(obj))
    # said after the rows: a file answered with an older version is read with that version's layout,
    # whose columns the latest version's layout does not know
    unread, ignored, notes_ = _unused(table, [v[2] for v in versions.values()] or [layout], opts.ignore)
    res.notes[:0] = notes_
    res.ignored = ignored
    if unread:
        res.unread_columns = unread
        # none of the file's respondents: each would lose what they hold
        res.answers, res.lines, res.same = Answers(), [], []
    if no_version:
        res.notes.append(
            Problem(
                src,
                f"{_rows(no_version)} {'carries' if no_version == 1 else 'carry'} no questionnaire version: "
                f"read as {q_latest.id} {q_latest.version}",
            )
        )
    if odd_langs:
        count, values, shown = _rows_by_value(odd_langs)
        res.notes.append(
            Problem(src, f"{count} with a language that is neither fr nor en ({values}), read without one: {shown}")
        )
    if odd_dates:
        count, values, shown = _rows_by_value(odd_dates)
        res.notes.append(
            Problem(src, f"{count} with a submission date that is no day ({values}), read without one: {shown}")
        )
    if own_rounds:  # --round said, and a column that says otherwise: which one is read, said
        count, values, shown = _rows_by_value(own_rounds)
        res.notes.append(
            Problem(
                src,
                f"{count} in another round than --round {given_round}, as the round column says ({values}), read "
                f"in that round: {shown}",
            )
        )
    res.notes.extend(_twice(src, res))
    return res


def _alike(obj: dict[str, Any]) -> bytes:
    """What two answers objects typed alike share (all but the respondent's id, the date and the
    organisation's name), as a digest: 16 bytes an answer, where the text itself was as large as the
    answers. The name is left out: the same export imported again with another name (« Logemer SA »
    in its cells, or `--organisation-name` forgotten) is the same answers, counted twice unsaid."""
    import hashlib

    import orjson

    same = {k: v for k, v in obj.items() if k not in ("respondent", "date", "organisation")}
    key = orjson.dumps([same, obj["respondent"].get("role"), obj["organisation"]["id"]], option=orjson.OPT_SORT_KEYS)
    return hashlib.blake2b(key, digest_size=16).digest()


# two rows (of one file, or of two files read in one import) whose answers are alike
SAME_ANSWERS = "the same answers as at {where}: one questionnaire typed or sent twice? Both are read"


def _twice(source: str, res: ImportResult) -> list[Problem]:
    """A note at each row whose answers (role, round and comments included) are those of an earlier
    row of the organisation: the same paper typed twice, or a questionnaire sent twice. Both are
    read (two people may answer alike); the consultant decides."""
    import orjson

    first: dict[bytes, tuple[int, str]] = {}
    notes = []
    for line, n, key in zip(res.answers.encoded(), res.lines, res.same, strict=True):
        rid = orjson.loads(line)["respondent"]["id"]
        if key not in first:
            first[key] = (n, rid)
        elif first[key][1] != rid:  # the same id twice is an error of its own (import_cmd says it)
            where = f"{source}:{first[key][0]}"
            notes.append(Problem(source, SAME_ANSWERS.format(where=where), n))
    return notes


def _unused(
    table: Table, layouts: list[Layout], ignore: frozenset[str]
) -> tuple[list[Problem], set[str], list[Problem]]:
    """The columns that none of the layouts the rows were read with used, by their headings, and
    those without a heading that hold something (an empty column of a spreadsheet says nothing):
    an error for those the consultant did not name with --ignore-column (they may hold answers),
    the names of the file that --ignore-column gave, and a note for the columns it left aside."""
    from ..terminal import shell_word

    used = {c.index for lay in layouts for c in lay.columns}
    unused = [i for i in range(len(table.headers)) if i not in used]
    named = [table.headers[i] for i in unused if table.headers[i]]
    # the columns without a heading that some row fills, found in one pass over the rows: each row
    # made again for each such column took 48 s for a 2 MB export with 4,000 empty columns
    blank = {i for i in unused if not table.headers[i]}
    filled: set[int] = set()
    for _, cells in table.rows:
        if not blank:
            break
        width = len(cells)  # the fewer of the row's cells and the blank columns, looked at
        hit = {
            i for i in (blank if len(blank) <= width else range(width)) if i in blank and i < width and cells[i].strip()
        }
        filled |= hit
        blank -= hit
    unnamed = [str(i + 1) for i in sorted(filled)]
    patterns = [name for name in ignore if "*" in name]
    given: set[str] = set()  # the --ignore-column names that left a column of this file aside
    ignored: set[str] = set()  # the columns they left aside
    for h in [*named, *unnamed]:
        by = {name for name in patterns if _column_matches(name, h)} | ({h} & ignore)
        if by:
            given |= by
            ignored.add(h)
    errors = []
    named_left = [h for h in named if h not in ignored]
    unnamed_left = [k for k in unnamed if k not in ignored]

    def option(names: list[str]) -> str:
        """The options to give: one for each column, and one pattern for many columns whose headings
        differ only by their last digits (a wide export's 500 `extra_col_N`: `'extra_col_*'`), when
        it leaves aside those and no other."""
        stems: dict[str, list[str]] = {}
        for h in names:
            stems.setdefault(h.rstrip("0123456789"), []).append(h)
        out: list[str] = []
        for stem, alike in stems.items():
            # a pattern that would leave a column read aside is never offered ("Q*" beside the
            # questions Q1 … Q40): the file's headings that the stem begins are these, and no other
            if len(alike) > MANY_COLUMNS and stem and begun(stem) == len(alike):
                out.append(stem + "*")
            else:
                out += alike
        more = len(out) - SHOWN_COLUMNS
        given = " ".join(f"--ignore-column {shell_word(h)}" for h in out[:SHOWN_COLUMNS])
        return given if more <= 0 else f"{given} … (+{more})"

    headings = sorted(h for h in table.headers if h)

    def begun(stem: str) -> int:
        """How many of the file's headings begin with `stem` (found in the sorted headings)."""
        return bisect.bisect_left(headings, stem + "\U0010ffff") - bisect.bisect_left(headings, stem)

    def few(names: list[str]) -> list[str]:
        """At most SHOWN_COLUMNS names, then how many more (« … (+99970) »): 100,000 columns made a
        3 MB message."""
        more = len(names) - SHOWN_COLUMNS
        return names if more <= 0 else [*names[:SHOWN_COLUMNS], f"… (+{more})"]  # in either language

    if named_left:
        message = (
            f"columns not read: {', '.join(few(named_left))}: the file's answers are not imported, answers in those "
            f"columns would be lost. Check -Q and the export; if they hold no answers, give {option(named_left)}"
        )
        errors.append(Problem(table.source, message))
    if unnamed_left:
        message = (
            f"columns without a heading hold cells, not read: {', '.join(few(unnamed_left))}: the file's answers are "
            f"not imported. Give each its question's heading; if they hold no answers, give {option(unnamed_left)}"
        )
        errors.append(Problem(table.source, message))
    notes = []
    if ignored:
        shown = ", ".join(h for h in [*named, *unnamed] if h in ignored)
        notes.append(Problem(table.source, f"columns left aside (--ignore-column): {shown}"))
        # what they held is not imported: said, with the rows (the option is for columns holding no answer)
        aside = {i: table.headers[i] or str(i + 1) for i in unused if (table.headers[i] or str(i + 1)) in ignored}
        held: dict[int, list[int]] = {}
        for n, cells in table.rows:
            for i in aside:
                if i < len(cells) and cells[i].strip():
                    held.setdefault(i, []).append(n)
        for i, ns in sorted(held.items()):
            lines = ", ".join(map(str, ns[:8])) + (", …" if len(ns) > 8 else "")
            notes.append(Problem(table.source, f"column {aside[i]} left aside holds cells, not imported: rows {lines}"))
    return errors, given, notes


MANY_COLUMNS = 5  # beyond this many unread columns differing by their digits, one pattern is suggested
SHOWN_COLUMNS = 30  # unread columns named in a message, at most (then how many more)


def _column_matches(name: str, heading: str) -> bool:
    """Whether an --ignore-column name holding `*`, which stands for any run of characters
    ("extra_*"), names `heading`; every other character stands for itself, a LimeSurvey heading's
    brackets included ("Q1[SQ001]"). Each piece between stars is found leftmost, in one pass: a
    name with many stars takes no longer on a long heading (a regular expression could backtrack)."""
    if "*" not in name:
        return name == heading
    first, *middle, last = name.split("*")
    if len(heading) < len(first) + len(last) or not heading.startswith(first) or not heading.endswith(last):
        return False
    at, end = len(first), len(heading) - len(last)
    for piece in middle:
        found = heading.find(piece, at, end)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _rows(n: int) -> str:
    """The count a note starts with, "1 row" or "3 rows" (the catalogue holds both forms)."""
    return "1 row" if n == 1 else f"{n} rows"


def _rows_by_value(lines: dict[str, list[int]]) -> tuple[str, str, str]:
    """For a note on rows grouped by a value they hold: their count ("3 rows"), the first values and
    the first rows, each list cut short."""
    rows = sorted(n for ns in lines.values() for n in ns)
    shown = ", ".join(map(str, rows[:8])) + (", …" if len(rows) > 8 else "")
    return _rows(len(rows)), ", ".join(sorted(lines)[:5]), shown


def import_files(catalog: Catalog, paths: list[str], opts: Options) -> Iterator[tuple[str, ImportResult]]:
    """Each file's result; a file that cannot be read at all gives a result with its one problem."""
    for path in paths:
        try:  # the table is let go before the result is given (one file's rows held at a time)
            res = import_table(catalog, read_table(path), opts)
        except AssessError as e:
            res = ImportResult(problems=list(e.problems))
        yield path, res
        del res
