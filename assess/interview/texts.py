"""Texts of the terminal questionnaire, in plain French (reference) and English."""

from __future__ import annotations

from ..texts import section

T: dict[str, dict[str, str]] = section("run")
