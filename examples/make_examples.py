"""Writes the example answer files of examples/housing, examples/municipality,
examples/social-economy (questionnaires 2.0) and examples/rounds.

Each respondent answers as that person plausibly would given what the sources report; the answers
themselves are in examples/people/ (one module per sector, with the story of each organisation).

- Housing: the two providers of Bretesché (2024) at the end of the study. At Logemer, leadership
  describes the project as it was meant to be while agency staff report desk work, requests from
  head office and no reorganisation before the tools; at Logeterre, answers converge on a
  reorganisation begun before the tools, mandated relay actors, open data rights and local projects.
- Municipality: the Val-de-Marne commune observed by Blanc (no digital steering, services moving
  alone, uneven use of the shared tool), and Bellerive, a commune of our own design that set up
  digital steering and reviewed request circuits first.
- Social economy: an association as the Social Tech ESS observations describe (tools chosen by the
  direction for funders' indicators, information kept orally, unrecognised digital tasks), and Le
  Relais, a cooperative of our own design that chose its tools with the team.
- Rounds (examples/rounds): Bocage Habitat, a housing provider of our own design assessed three
  times (questionnaire 1.0, so that answers to an older version are shown to still score). In 2022
  it looks like Logemer; between 2022 and 2024 it reorganises its agencies and names relay actors
  before the next tool; by 2026 agencies read and update the tenant file. Staff change between
  rounds: some respondents answer every time, others arrive or leave, as in a real follow-up.

Run: python examples/make_examples.py
"""

from __future__ import annotations

import importlib
import json
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).parent
QUESTIONNAIRES = ROOT.parent / "questionnaires"
# the sector modules of examples/people, the date their answers were given, their folder
SECTORS = (
    ("housing", "housing", "2021-06-15"),
    ("municipality", "municipality", "2022-06-30"),
    ("social_economy", "social-economy", "2024-01-16"),
)


def write_sectors() -> None:
    """The answer files of examples/<sector> from examples/people/<sector>.py."""
    sys.path.insert(0, str(ROOT))
    for module, sector, date in SECTORS:
        people = importlib.import_module(f"people.{module}")
        folder = ROOT / sector
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
        for org, name, rid, role, answers in people.PEOPLE:
            doc = {
                "format": "assess-answers/1",
                "questionnaire": {"id": sector, "version": "2.0.0"},
                "organisation": {"id": org, "name": name},
                "respondent": {"id": rid, "role": role},
                "date": date,
                "lang": "fr",
                "answers": dict(answers),
            }
            text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
            (folder / f"{org}-{rid}.json").write_text(text, encoding="utf-8")


def closest(q: dict, target: float) -> object:
    """The option (or scale point) of a scored question whose value is nearest to `target` (0..4)."""
    if q["type"] == "scale":
        lo, hi = q["scale"]["min"], q["scale"]["max"]
        return round(lo + (hi - lo) * target / 4)
    opts = [o for o in q["options"] if not o.get("exclusive")]
    best = min(opts, key=lambda o: (abs(o["value"] - target), -o["value"]))
    return [best["id"]] if q["type"] == "multi" else best["id"]


# how far one person's answer to a question strays from their level's target (0..4), either way: two
# people of one role and one round gave identical answers, as no two real ones do
STRAY = 0.6
# the seed of those draws: the first (of 0 to 6) whose Bocage keeps the features its report is shown
# with (two role gaps and two disagreements in 2026, one of them on the reorganisation, a tied answer,
# a change within the margin), found by trying them, kept here so that every run
# writes the same files
SEED = 6


def profile(qid: str, levels: dict[str, float], explicit: dict[str, object], person: str = "") -> dict[str, object]:
    """Answers of one respondent: explicit answers, else the option nearest the level's target, moved
    for `person` (when given) by a draw of their own, question by question."""
    data = yaml.safe_load((QUESTIONNAIRES / f"{qid}.yaml").read_text(encoding="utf-8"))
    draw = random.Random(f"{SEED}/{person}") if person else None
    out: dict[str, object] = {}
    for q in data["questions"]:
        if q["id"] in explicit:
            out[q["id"]] = explicit[q["id"]]
        elif q.get("level") in levels:
            target = levels[q["level"]] + (draw.uniform(-STRAY, STRAY) if draw else 0.0)
            out[q["id"]] = closest(q, max(0.0, min(4.0, target)))
    return out


# Bocage Habitat (our design), three rounds: level targets (0..4) per round, then per person.
BOCAGE_ROUNDS = {
    "2022": (
        "2022-03-10",
        {"strategy": 1.2, "reorganisation": 0.8, "data_access": 1.0, "practices": 1.2, "depth": 1.2},
    ),
    "2024": (
        "2024-03-12",
        {"strategy": 2.2, "reorganisation": 2.6, "data_access": 1.5, "practices": 1.5, "depth": 1.6},
    ),
    "2026": (
        "2026-03-17",
        {"strategy": 2.8, "reorganisation": 3.2, "data_access": 2.8, "practices": 2.6, "depth": 2.2},
    ),
}
# (respondent id, role, rounds answered, shift of every level for this person: leadership sees
# the tools more kindly than the agencies do)
BOCAGE_PEOPLE = [
    ("dg", "direction", ("2022", "2024", "2026"), 0.6),
    ("dir-clientele", "direction", ("2022", "2024"), 0.4),
    ("dir-proximite", "direction", ("2026",), 0.3),
    ("resp-agence-nord", "management", ("2022", "2024", "2026"), 0.0),
    ("resp-agence-sud", "management", ("2022", "2024", "2026"), 0.2),
    ("gardien-1", "field", ("2022", "2024", "2026"), -0.5),
    ("gardien-2", "field", ("2022", "2026"), -0.4),
    ("charge-clientele-1", "field", ("2024", "2026"), -0.3),
    ("charge-clientele-2", "field", ("2022", "2024", "2026"), -0.6),
]


def write_rounds() -> None:
    folder = ROOT / "rounds"
    folder.mkdir(parents=True, exist_ok=True)
    for label, (date, levels) in BOCAGE_ROUNDS.items():
        for rid, role, answered, shift in BOCAGE_PEOPLE:
            if label not in answered:
                continue
            targets = {lv: max(0.0, min(4.0, v + shift)) for lv, v in levels.items()}
            doc = {
                "format": "assess-answers/1",
                "questionnaire": {"id": "housing", "version": "1.0.0"},
                "organisation": {"id": "bocage-habitat", "name": "Bocage Habitat"},
                "respondent": {"id": rid, "role": role},
                "date": date,
                "round": label,
                "lang": "fr",
                "answers": profile("housing", targets, {}, person=f"{rid}/{label}"),
            }
            path = folder / f"bocage-{label}-{rid}.json"
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    write_sectors()
    write_rounds()


if __name__ == "__main__":
    main()
