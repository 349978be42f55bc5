"""The report tells each sector's own story (issue #9): a commune's problem is fragmentation, a
housing provider's is data pulled up to head office, a structure's is tools chosen from the top."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from assess.cli import app
from assess.report.texts import trajectory_sentence

from .conftest import EXAMPLES

runner = CliRunner()


def _summary(tmp_path: Path, files: list[Path], lang: str = "fr") -> str:
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["report", *map(str, files), "-o", str(out), "--lang", lang], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    cover = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find("header")
    return cover.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("folder", "pattern", "told", "not_told"),
    [
        ("housing", "logemer-*.json", "siège", "chaque service"),
        ("municipality", "ville-*.json", "chaque service", "remontent"),
        ("social-economy", "asso-*.json", "financeurs", "remontent"),
    ],
)
def test_the_digital_story_is_the_sectors_own(
    tmp_path: Path, folder: str, pattern: str, told: str, not_told: str
) -> None:
    text = _summary(tmp_path, sorted((EXAMPLES / folder).glob(pattern)))
    assert "trajectoire numérique" in text and told in text and not_told not in text


def test_every_sector_has_its_sentences_in_both_languages() -> None:
    for sector in ("housing", "municipality", "social-economy"):
        for traj in ("digital", "hybrid", "socio-professional"):
            fr = trajectory_sentence(traj, 50.0, [], "fr", sector)
            en = trajectory_sentence(traj, 50.0, [], "en", sector)
            assert fr != trajectory_sentence(traj, 50.0, [], "fr") and "50" in fr and "50" in en
    # a consultant's own sector gets the general sentence
    assert trajectory_sentence("digital", 20.0, [], "fr", "ports") == trajectory_sentence("digital", 20.0, [], "fr")
