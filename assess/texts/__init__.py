"""The one catalogue of interface texts, French (the reference) and English.

    text("run.save_failed", "fr")      one text
    section("report")                  {"fr": {"summary": ...}, "en": {...}} for a template or a module
    by_key("ui")                       {"digital": {"fr": ..., "en": ...}, ...}

The texts themselves are in `fr.py` and `en.py`, one file per language, keys `area.name`; a
language's file is imported when its texts are first asked for, so that a command pays for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

LANGUAGES = ("fr", "en")


class Catalogue(Mapping[str, dict[str, str]]):
    """{"fr": {key: text}, "en": {...}}, each language's module imported on first use."""

    def __init__(self) -> None:
        self._loaded: dict[str, dict[str, str]] = {}

    def __getitem__(self, lang: str) -> dict[str, str]:
        texts = self._loaded.get(lang)
        if texts is None:
            if lang not in LANGUAGES:
                raise KeyError(lang)
            # __import__, not importlib.import_module: `python -X importtime` shows only the former
            texts = self._loaded[lang] = __import__(f"{__name__}.{lang}", fromlist=["TEXTS"]).TEXTS
        return texts

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


CATALOGUE: Mapping[str, dict[str, str]] = Catalogue()


def text(key: str, lang: str) -> str:
    """The text of `key` in `lang` (French when the language is not known)."""
    return CATALOGUE["en" if lang == "en" else "fr"][key]


def counted(n: int, key: str, lang: str, **fields: object) -> str:
    """`n` with its noun, in `lang`: the catalogue's `key.one` or `key.many` ("1 organisation", "3
    organisations"), its other fields filled in. French takes the singular for 0 and 1, English only
    for 1; the count's thousands are grouped as each language writes them ("20 000", "20,000")."""
    one = n == 1 or (n == 0 and lang != "en")
    return text(f"{key}.{'one' if one else 'many'}", lang).format(n=grouped(n, lang), **fields)


def grouped(n: int, lang: str) -> str:
    """A count as each language writes its thousands: "20 000" (a narrow no-break space), "20,000"."""
    return f"{n:,}" if lang == "en" else f"{n:,}".replace(",", "\u202f")


@cache
def section(area: str) -> dict[str, dict[str, str]]:
    prefix = area + "."
    return {
        lang: {k[len(prefix) :]: v for k, v in texts.items() if k.startswith(prefix)}
        for lang, texts in CATALOGUE.items()
    }


@cache
def by_key(area: str) -> dict[str, dict[str, str]]:
    sec = section(area)
    return {k: {lang: sec[lang][k] for lang in sec} for k in sec["fr"]}


@cache
def _problem_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The English problem templates as patterns, most specific (most literal text) first."""
    import string

    out = []
    for key, english in CATALOGUE["en"].items():
        if not key.startswith("problem."):
            continue
        regex, literal, seen = "", 0, set()
        for text, field, _, _ in string.Formatter().parse(english):
            regex += re.escape(text)
            literal += len(text)
            if field is not None:
                regex += f"(?P={field})" if field in seen else f"(?P<{field}>.*?)"
                seen.add(field)
        out.append((literal, re.compile(regex + r"\Z", re.S), key))
    out.sort(key=lambda x: -x[0])
    return [(rx, key) for _, rx, key in out]


@cache
def _kind_words() -> dict[str, str]:
    """The kinds of JSON value a message names ("a list", "text"): English -> French."""
    return {CATALOGUE["en"][k]: v for k, v in CATALOGUE["fr"].items() if k.startswith("kind.")}


def fields_of(message: str, key: str) -> dict[str, str] | None:
    """The fields of an English problem written from the catalogue's `key`, or None when it is not
    one (a report says some problems in its own words)."""
    for rx, k in _problem_patterns():
        if k == key:
            m = rx.match(message)
            return m.groupdict() if m else None
    return None


@cache
def _json_words() -> dict[str, str]:
    """The JSON parser's phrases (orjson writes English) -> French."""
    en, fr = CATALOGUE["en"], CATALOGUE["fr"]
    return {en[k].format(): fr[k].format() for k in en if k.startswith("json.") and k != "json.expected"}


def json_detail(detail: str, lang: str) -> str:
    """What the JSON parser says of a malformed file, in `lang`, phrase by phrase ("unexpected
    character, expected ',' or '}'"); a phrase it does not know stays as the parser wrote it."""
    if lang == "en":
        return detail
    words = _json_words()
    if detail in words:
        return words[detail]
    head, sep, what = detail.partition(", expected ")
    if sep and head in words:
        what = words.get(what) or re.sub(r"'([^']*)'", "«\u00a0\\1\u00a0»", what)
        return CATALOGUE["fr"]["json.expected"].format(head=words[head], what=what)
    return detail


@cache
def _yaml_words() -> dict[str, str]:
    """The YAML parser's phrases (libyaml writes English) -> French."""
    en, fr = CATALOGUE["en"], CATALOGUE["fr"]
    return {en[k].format(): fr[k].format() for k in en if k.startswith("yaml.")}


def yaml_detail(detail: str, lang: str) -> str:
    """What the YAML parser says of a malformed questionnaire, in `lang` ("mapping values are not
    allowed in this context" says which slip usually causes it); a phrase it does not know is quoted
    as the parser wrote it."""
    if lang == "en":
        return detail
    return _yaml_words().get(detail) or f"«\u00a0{detail}\u00a0»"


def problem_message(message: str, lang: str) -> str:
    """A problem's message in `lang`: the library writes English; the one catalogue holds each
    template in both languages (a test checks that every message the library writes is there)."""
    if lang == "en":
        return message
    kinds = _kind_words()
    for rx, key in _problem_patterns():
        m = rx.match(message)
        if m:
            fields = {k: _guillemets(kinds.get(v, v)) for k, v in m.groupdict().items()}
            if key in _JSON_PROBLEMS:
                fields["msg"] = json_detail(fields["msg"], lang)
            elif key in _YAML_PROBLEMS:
                fields["detail"] = yaml_detail(fields["detail"], lang)
            return CATALOGUE["fr"][key].format(**fields)
    return message


# a value the library quotes as Python does ('nope'), or a list of them ('a', 'b', …): nothing else,
# so that an apostrophe inside a name is never taken for a quote
_QUOTED = re.compile(r"'[^'\n]*'(?:, '[^'\n]*')*(?:, …)?")


def _guillemets(value: str) -> str:
    """A quoted value as French quotes it: « nope »."""
    if not _QUOTED.fullmatch(value):
        return value
    return re.sub(r"'([^'\n]*)'", "«\u00a0\\1\u00a0»", value)


# the problems that quote the JSON parser (reading.py: "malformed JSON at column 5: ...")
_JSON_PROBLEMS = frozenset({"problem.037", "problem.038"})
# the problems that quote the YAML parser (loader.py: "invalid YAML: ...")
_YAML_PROBLEMS = frozenset({"problem.q_yaml", "problem.q_yaml_tab"})
