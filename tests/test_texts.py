"""The one catalogue of interface texts: English has every French key, and the same placeholders."""

from __future__ import annotations

import string

from assess.texts import CATALOGUE


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    fr, en = CATALOGUE["fr"], CATALOGUE["en"]
    assert set(fr) == set(en)
    for key in fr:
        assert fr[key].strip() and en[key].strip(), key
        assert fields(fr[key]) == fields(en[key]), key


def test_keys_are_namespaced() -> None:
    assert all("." in k and k.split(".", 1)[0].isidentifier() for k in CATALOGUE["fr"])
