"""The questionnaire model: strict, frozen pydantic models with cross-reference checks.

A questionnaire file is data a consultant can read and tune; these models make a typo fail loudly.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictStr,
    Tag,
    model_validator,
)

from .plan import parse_version
from .vocab import DONT_KNOW, LEVEL_IDS, MAX_TEXT, Lang, LevelId, Role, as_lang

Slug = Annotated[StrictStr, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
# a text of the questionnaire, by language: no control character (a spreadsheet cannot hold one, and a
# terminal would obey it): C0 but tab and line ends, C1 (`"\x9b"` opens a sequence as ESC [ does),
# and the bidirectional controls `terminal.clean` shows (they would show a text in another order)
NO_CONTROL = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$"
# and of a bounded length, as an answer's free text is (the longest bundled text has 448 characters):
# a title of 100,000 characters filled `assess run`'s screen past its questions and the report's cover
PlainText = Annotated[StrictStr, Field(pattern=NO_CONTROL, max_length=MAX_TEXT)]
Text = dict[Lang, PlainText]
_ALL_ROLES: tuple[Role, ...] = ("direction", "management", "field", "support")
Weight = Annotated[float, Field(gt=0, le=100)]
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class Strict(BaseModel):
    # allow_inf_nan=False: a NaN is refused as not a number (by default it fails every bound, and
    # `weight: .nan` was said to be above 100)
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, allow_inf_nan=False)


class Source(Strict):
    """Where a question or signal comes from: a document listed in docs/method.md ("Sources") and the
    observation."""

    doc: Literal["bretesche2024", "bretesche2025", "blanc", "dumery2024", "dematerialisation"]
    ref: StrictStr = Field(min_length=1, description="section, paragraph or observation")


class Option(Strict):
    id: Slug
    # 0 = digital pole, 4 = socio-professional pole; None = not scored (context questions)
    value: Annotated[float, Field(ge=0, le=4)] | None = None
    label: Text
    # a multiple-choice option that cannot be ticked with others ("none of these")
    exclusive: StrictBool = False


MAX_SCALE_POINTS = 100  # a scale's points are listed (scoring, forms): a day count, a 0-10 rating


class Scale(Strict):
    min: Annotated[int, Field(ge=-1000, le=1000)] = 0
    max: Annotated[int, Field(ge=-1000, le=1000)] = 4
    labels: dict[int, Text] = Field(default_factory=dict, description="labels of some points")

    @model_validator(mode="after")
    def _range(self) -> Scale:
        if self.max <= self.min:
            raise ValueError(f"scale max ({self.max}) must be greater than min ({self.min})")
        if self.max - self.min > MAX_SCALE_POINTS:
            raise ValueError(f"a scale has at most {MAX_SCALE_POINTS} points above its min")
        for k in self.labels:
            if not self.min <= k <= self.max:
                raise ValueError(f"scale label {k} is outside {self.min}..{self.max}")
        return self


class Question(Strict):
    id: Slug
    # a level id, "depth" for integration-depth questions, or None for unscored context questions
    level: LevelId | Literal["depth"] | None = None
    type: Literal["single", "multi", "scale", "text"]
    weight: Weight = 1.0
    # "fact": what an optimist cannot bend (who has a tablet, when the reorganisation happened, how
    # many hours of data entry); "opinion": a judgement. A level whose opinions stand far above its
    # facts for a respondent can raise a consistency signal (condition `consistency`).
    nature: Literal["fact", "opinion"] = "opinion"
    # how ticked options of a multiple-choice question combine into one value (see docs/method.md)
    combine: Literal["mean", "max", "min", "sum"] = "mean"
    dont_know: StrictBool = True
    roles: list[Role] = Field(default_factory=lambda: list(_ALL_ROLES))
    text: Text
    text_by_role: dict[Role, Text] = Field(default_factory=dict)
    help: Text
    source: Source
    options: list[Option] = Field(default_factory=list)
    scale: Scale | None = None

    @model_validator(mode="after")
    def _shape(self) -> Question:
        if self.type in ("single", "multi"):
            if len(self.options) < 2:
                raise ValueError("a choice question needs at least two options")
            ids = [o.id for o in self.options]
            dup = sorted({i for i in ids if ids.count(i) > 1})
            if dup:
                raise ValueError(f"duplicate option ids: {', '.join(dup)}")
            if DONT_KNOW in ids:
                raise ValueError(f"'{DONT_KNOW}' is reserved: set dont_know: true instead")
            if self.scored and any(o.value is None for o in self.options):
                missing = [o.id for o in self.options if o.value is None]
                raise ValueError(f"scored question: options without a value: {', '.join(missing)}")
            if self.scale is not None:
                raise ValueError("'scale' is only for scale questions")
        elif self.type == "scale":
            if self.scale is None:
                raise ValueError("a scale question needs 'scale: {min, max}'")
            if self.options:
                raise ValueError("a scale question has no options")
        else:
            if self.scored:
                raise ValueError("free-text questions are never scored: remove 'level'")
            if self.options or self.scale is not None:
                raise ValueError("a free-text question has no options or scale")
        if self.type != "multi" and "combine" in self.model_fields_set:  # it would silently do nothing
            raise ValueError("'combine' is only for multiple-choice questions (type: multi)")
        if not self.roles:
            raise ValueError("roles must not be empty")
        return self

    @property
    def scored(self) -> bool:
        return self.level is not None

    def option(self, option_id: str) -> Option | None:
        for o in self.options:
            if o.id == option_id:
                return o
        return None

    def wording(self, lang: Lang, role: str | None = None) -> str:
        if role and role in self.text_by_role:
            return self.text_by_role[role][lang]  # role is a Role here: the test above
        return self.text[lang]


class Poles(Strict):
    digital: Text
    socio_professional: Text


class Level(Strict):
    id: LevelId
    weight: Weight = 1.0
    name: Text
    intro: Text
    poles: Poles


def _whole(limit: float) -> float:
    """Every output prints a position as the whole points it reached (shown.py), so that a limit of
    40 keeps 39.9 ("39") on its side; a limit of 37.5 would print "sous 37" and set "37" either side."""
    if limit != int(limit):
        raise ValueError("a limit is a whole number of points (the outputs print whole points)")
    return limit


def _whole_percent(share: float) -> float:
    if round(share * 100, 6) != int(round(share * 100, 6)):
        raise ValueError("a coverage is a whole percentage, such as 0.55 (the outputs print whole percents)")
    return share


# the smallest group a report may show on its own (DOMAIN.md, "Respondents and roles"): one or two
# people shown as a group can each be recognised by the other, or by anyone who knows who answered
MIN_GROUP_FLOOR = 3


def _anonymous_group(size: int) -> int:
    if size < MIN_GROUP_FLOOR:
        raise ValueError(
            f"must be at least {MIN_GROUP_FLOOR}, got {size}: a group of one or two people shown on its own "
            "lets them be recognised"
        )
    return size


# a limit on the 0-100 scale of positions: a whole number
Limit = Annotated[float, Field(ge=0, le=100), AfterValidator(_whole)]


class Bands(Strict):
    # position < digital_below -> digital; >= socio_professional_from -> socio-professional
    digital_below: Limit = 40
    socio_professional_from: Limit = 60


class Hinge(Strict):
    level: LevelId = "reorganisation"
    below: Limit = 40
    # What a prior reorganisation requires, as a condition on a respondent's answers (facts such as
    # "the reorganisation came before the tools"). When it is not met, the trajectory is at most
    # hybrid whatever the level's mean, and the output says why. None: the mean alone decides.
    requires: Condition | None = None


class DepthStage(Strict):
    id: Literal["numerisation", "digitalisation", "transformation"]
    from_: Annotated[Limit, Field(alias="from")]
    name: Text
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Scoring(Strict):
    bands: Bands = Bands()
    hinge: Hinge = Field(default_factory=lambda: Hinge())
    coverage_min: Annotated[float, Field(gt=0, le=1), AfterValidator(_whole_percent)] = 0.5
    min_group_size: Annotated[int, Field(le=100), AfterValidator(_anonymous_group)] = MIN_GROUP_FLOOR
    gap_threshold: Annotated[float, Field(gt=0, le=100), AfterValidator(_whole)] = 25
    depth_stages: list[DepthStage]

    @model_validator(mode="after")
    def _order(self) -> Scoring:
        if self.bands.digital_below > self.bands.socio_professional_from:
            raise ValueError("bands: digital_below must not exceed socio_professional_from")
        starts = [s.from_ for s in self.depth_stages]
        if not starts or starts[0] != 0 or starts != sorted(starts) or len(set(starts)) != len(starts):
            raise ValueError("depth_stages: 'from' must start at 0 and strictly increase")
        return self


# --- signal conditions: a tiny, documented language (docs/method.md) ---------------------------


class AnswerCond(Strict):
    """True when the answer to `answer` matches. Skipped and "don't know" answers never match."""

    answer: Slug
    any_of: list[Slug] | None = Field(None, alias="in")  # one of these options (multi: any ticked)
    all_of: list[Slug] | None = None  # multi: all of these ticked
    none_of: list[Slug] | None = None  # answered, and none of these chosen
    at_most: Annotated[float, Field(ge=0, le=4)] | None = None  # scored value 0..4
    at_least: Annotated[float, Field(ge=0, le=4)] | None = None
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _one_test(self) -> AnswerCond:
        tests = [self.any_of, self.all_of, self.none_of, self.at_most, self.at_least]
        if sum(t is not None for t in tests) != 1:
            raise ValueError("an answer condition takes exactly one of: in, all_of, none_of, at_most, at_least")
        return self


class LevelCond(Strict):
    """True when the level's position is known and below / at least a value."""

    level: LevelId
    below: Annotated[float, Field(ge=0, le=100)] | None = None
    at_least: Annotated[float, Field(ge=0, le=100)] | None = None

    @model_validator(mode="after")
    def _one_test(self) -> LevelCond:
        if (self.below is None) == (self.at_least is None):
            raise ValueError("a level condition takes exactly one of: below, at_least")
        return self


class ConsistencyCond(Strict):
    """True when, on the level, the respondent's opinion answers stand at least `gap` points above
    their factual answers (each side the weighted mean of its answered questions, as a position
    0..100; both sides need an answer)."""

    consistency: LevelId
    gap: Annotated[float, Field(gt=0, le=100)] = 37.5


class AllCond(Strict):
    all: list[Condition] = Field(min_length=1)


class AnyCond(Strict):
    any: list[Condition] = Field(min_length=1)


class NotCond(Strict):
    not_: Condition = Field(alias="not")
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _condition_kind(v: Any) -> str | None:
    """Which kind of condition a mapping is, by its key, so that an error names one kind only."""
    if isinstance(v, dict):
        for key, tag in (
            ("answer", "Answer"), ("level", "Level"), ("consistency", "Consistency"), ("all", "All"), ("any", "Any"),
            ("not", "Not"),
        ):  # fmt: skip
            if key in v:
                return tag
        return None
    kinds: dict[type, str] = {
        AnswerCond: "Answer", LevelCond: "Level", ConsistencyCond: "Consistency", AllCond: "All", AnyCond: "Any",
        NotCond: "Not",
    }  # fmt: skip
    return kinds.get(type(v))


Condition = Annotated[
    Annotated[AnswerCond, Tag("Answer")]
    | Annotated[LevelCond, Tag("Level")]
    | Annotated[ConsistencyCond, Tag("Consistency")]
    | Annotated[AllCond, Tag("All")]
    | Annotated[AnyCond, Tag("Any")]
    | Annotated[NotCond, Tag("Not")],
    Discriminator(
        _condition_kind,
        custom_error_type="condition",
        custom_error_message="a condition needs one of the keys: answer, level, consistency, all, any, not",
    ),
]
AllCond.model_rebuild()
AnyCond.model_rebuild()
NotCond.model_rebuild()
Hinge.model_rebuild()
Scoring.model_rebuild()


class Signal(Strict):
    id: Slug
    severity: Literal["high", "medium", "low"]
    when: Condition
    title: Text
    explanation: Text
    recommendation: Text
    source: Source


def iter_conditions(c: Condition) -> Iterator[Condition]:
    yield c
    if isinstance(c, AllCond):
        for s in c.all:
            yield from iter_conditions(s)
    elif isinstance(c, AnyCond):
        for s in c.any:
            yield from iter_conditions(s)
    elif isinstance(c, NotCond):
        yield from iter_conditions(c.not_)


class Questionnaire(Strict):
    id: Annotated[StrictStr, Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=64)]
    version: StrictStr
    sector: Annotated[
        StrictStr, Field(pattern=r"^[a-z][a-z0-9-]*$", description="housing, municipality, social-economy, or your own")
    ]
    title: Text
    description: Text
    languages: list[Lang] = Field(min_length=1)
    levels: list[Level]
    scoring: Scoring
    questions: list[Question] = Field(min_length=1)
    signals: list[Signal] = Field(default_factory=list)

    def text_language(self, lang: str | None) -> Lang:
        """The language its texts are read in: `lang` when the file has it, else French, the
        reference language every questionnaire holds (a consultant's file may be in French alone)."""
        return as_lang(lang) if lang in self.languages else "fr"

    @model_validator(mode="after")
    def _cross_references(self) -> Questionnaire:
        errors: list[str] = []
        if not SEMVER.match(self.version) or parse_version(self.version) is None:  # bounded, as in answers
            v = self.version if len(self.version) <= 40 else self.version[:40] + "…"
            errors.append(f"version: '{v}' is not a version number: write three whole numbers with dots, like 1.0.0")
        if "fr" not in self.languages:
            errors.append("languages: French (fr) is the reference language and must be declared")
        level_ids = [lv.id for lv in self.levels]
        if sorted(level_ids) != sorted(LEVEL_IDS):
            errors.append(f"levels: expected exactly {', '.join(LEVEL_IDS)} (got {', '.join(level_ids) or 'none'})")
        qids = [q.id for q in self.questions]
        duplicated = {i for i in qids if qids.count(i) > 1}
        for dup in sorted(duplicated):
            errors.append(f"questions: duplicate question id '{dup}'")
        sids = [s.id for s in self.signals]
        for dup in sorted({i for i in sids if sids.count(i) > 1}):
            errors.append(f"signals: duplicate signal id '{dup}'")
        for lv in LEVEL_IDS:
            if lv in level_ids and not any(q.level == lv for q in self.questions):
                errors.append(f"levels: level '{lv}' has no scored question")
        # Which of two questions with one id a condition means is a guess: the duplicate is the problem
        # to fix, and conditions on that id are checked once it is fixed (no cascade of errors).
        by_id = {q.id: q for q in self.questions if q.id not in duplicated}
        for s in self.signals:
            for c in iter_conditions(s.when):
                if isinstance(c, AnswerCond) and c.answer not in duplicated:
                    errors.extend(_check_answer_cond(f"signal {s.id}", c, by_id))
                elif isinstance(c, ConsistencyCond):
                    errors.extend(_check_consistency(f"signal {s.id}", c, self.questions))
        requires = self.scoring.hinge.requires
        if requires is not None:
            for c in iter_conditions(requires):
                if isinstance(c, AnswerCond) and c.answer not in duplicated:
                    errors.extend(_check_answer_cond("scoring.hinge.requires", c, by_id))
                elif isinstance(c, ConsistencyCond | LevelCond):
                    errors.append("scoring.hinge.requires: only conditions on answers (answer, all, any, not)")
        for q in self.questions:
            if q.nature == "fact" and not q.scored:
                errors.append(f"question {q.id}: nature 'fact' is for scored questions (give it a level)")
        for where, text in self.iter_texts():
            missing = [lang for lang in self.languages if not text.get(lang, "").strip()]
            if missing:
                langs = ", ".join(missing)
                errors.append(
                    f"{where}: missing translation for {langs}: write it (a file offered in French alone lists only "
                    "fr in `languages`)"
                )
        if errors:
            raise ValueError("\n".join(errors))  # one problem a line (loader.py)
        return self

    def iter_texts(self) -> Iterator[tuple[str, dict[Any, str]]]:
        """Every text of the file (title, levels, questions, options, signals...) with its place."""
        yield "title", self.title
        yield "description", self.description
        for lv in self.levels:
            yield f"levels.{lv.id}.name", lv.name
            yield f"levels.{lv.id}.intro", lv.intro
            yield f"levels.{lv.id}.poles.digital", lv.poles.digital
            yield f"levels.{lv.id}.poles.socio_professional", lv.poles.socio_professional
        for st in self.scoring.depth_stages:
            yield f"scoring.depth_stages.{st.id}.name", st.name
        for q in self.questions:
            yield f"question {q.id}: text", q.text
            yield f"question {q.id}: help", q.help
            for role, t in q.text_by_role.items():
                yield f"question {q.id}: text_by_role.{role}", t
            for o in q.options:
                yield f"question {q.id}: option {o.id}", o.label
            if q.scale:
                for k, t in q.scale.labels.items():
                    yield f"question {q.id}: scale label {k}", t
        for s in self.signals:
            for key in ("title", "explanation", "recommendation"):
                yield f"signal {s.id}: {key}", getattr(s, key)

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])

    @property
    def minor(self) -> int:
        return int(self.version.split(".")[1])

    def question(self, qid: str) -> Question | None:
        """The question of this id, or None."""
        for q in self.questions:
            if q.id == qid:
                return q
        return None

    def level(self, level_id: str) -> Level:
        """The level of this id (`strategy`, ...); KeyError when there is none."""
        for lv in self.levels:
            if lv.id == level_id:
                return lv
        raise KeyError(level_id)

    def signal(self, sid: str) -> Signal:
        """The signal of this id; KeyError when there is none."""
        for s in self.signals:
            if s.id == sid:
                return s
        raise KeyError(sid)

    def depth_stage_name(self, stage_id: str, lang: Lang) -> str:
        """A depth stage's name in `lang` as the file names it (the id itself when unknown)."""
        for st in self.scoring.depth_stages:
            if st.id == stage_id:
                return st.name[self.text_language(lang)]
        return stage_id


def _check_consistency(where: str, c: ConsistencyCond, questions: list[Question]) -> list[str]:
    natures = {q.nature for q in questions if q.level == c.consistency}
    if natures != {"fact", "opinion"}:
        return [f"{where}: consistency on '{c.consistency}' needs both fact and opinion questions on that level"]
    return []


def _check_answer_cond(where: str, c: AnswerCond, by_id: dict[str, Question]) -> list[str]:
    q = by_id.get(c.answer)
    if q is None:
        near = difflib.get_close_matches(c.answer, list(by_id), n=1)  # `reo_steer` for `reo_steering`
        if near:
            return [f"{where}: condition on unknown question '{c.answer}' (did you mean '{near[0]}'?)"]
        return [f"{where}: condition on unknown question '{c.answer}'"]
    errors = []
    for ids in (c.any_of, c.all_of, c.none_of):
        if ids is None:
            continue
        if q.type not in ("single", "multi"):
            errors.append(f"{where}: question '{q.id}' is a {q.type} question: use at_most/at_least")
            continue
        for oid in ids:
            if q.option(oid) is None:
                errors.append(f"{where}: question '{q.id}' has no option '{oid}'")
    if (c.at_most is not None or c.at_least is not None) and not q.scored:
        errors.append(f"{where}: question '{q.id}' is not scored: at_most/at_least need a value")
    return errors


def dump_model(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", by_alias=True, exclude_defaults=False)
