"""Anonymity is a promise: no report lets one respondent read another's answers or comments, and a
small team's disagreement is stated (or said to be unknown) without exposing anyone."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from typer.testing import CliRunner

from assess.answers import AnswerSheet
from assess.cli import app
from assess.loader import parse_questionnaire
from assess.organisation import spread
from assess.report.context import build_report_context

from .conftest import EXAMPLES, QUESTIONNAIRES, uniform

runner = CliRunner()
HOUSING = EXAMPLES / "housing"


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def text(html: str) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def load(name: str) -> dict:
    return json.loads((HOUSING / name).read_text(encoding="utf-8"))


def put(tmp_path: Path, name: str, doc: dict) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    p = tmp_path / name
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return p


def labels_of(housing, doc: dict) -> dict[str, set[str]]:
    """Each answered question's answer labels (French), as a report would print them."""
    out: dict[str, set[str]] = {}
    for qid, a in doc["answers"].items():
        q = housing.question(qid)
        if q is None or a is None or q.type not in ("single", "multi"):
            continue
        ids = a if isinstance(a, list) else [a]
        out[qid] = {o.label["fr"] for i in ids if (o := q.option(i)) is not None}
    return out


def two_respondents(tmp_path: Path) -> tuple[dict, dict, list[Path]]:
    director = load("logemer-dg.json")
    field = load("logemer-gestionnaire-1.json")
    director["comments"] = {"str_goal": "Commentaire-de-la-directrice-zebre"}
    field["comments"] = {
        "str_goal": "Commentaire-du-gestionnaire-girafe",
        "pra_mobile": "Deuxieme-remarque-du-gestionnaire-okapi",
    }
    return director, field, [put(tmp_path, "dg.json", director), put(tmp_path, "g1.json", field)]


def test_two_respondents_cannot_read_each_other(tmp_path: Path, catalog) -> None:
    housing = catalog.questionnaire("housing", "2.0.0")  # the examples' version
    director, field, paths = two_respondents(tmp_path)
    out = tmp_path / "r.html"
    r = run("report", *paths, "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    # no comment of either respondent
    for word in ("zebre", "girafe", "okapi", "On remplit les mêmes informations"):
        assert word not in html
    # no answer of the field worker that the director did not give too (long labels, to be specific)
    mine, theirs = labels_of(housing, director), labels_of(housing, field)
    differing = [lab for qid, labs in theirs.items() for lab in labs - mine.get(qid, set()) if len(lab) >= 15]
    assert len(differing) >= 10  # the test has something to find
    leaked = [lab for lab in differing if lab in html]
    assert not leaked, leaked
    # no per-question appendix, no drivers, no "raised by 1 / 2"
    assert 'id="appendix"' not in html and 'id="drivers"' not in html
    assert "Relevé par" not in html
    # and the report says why, and that disagreement is not known
    assert "Le désaccord entre répondants n'est pas mesuré" in text(html)
    assert "2 personnes ont répondu" in text(html)


def test_two_respondents_json_says_why(tmp_path: Path) -> None:
    _, _, paths = two_respondents(tmp_path)
    r = run("score", *paths, "--by-organisation", "--format", "json")
    assert r.exit_code == 0, r.output
    (org,) = json.loads(r.stdout)
    assert org["disagreement"] is None and org["disagreement_reason"] == "too_few_respondents"
    assert org["groups"] == [] and org["gaps"] == []


def three_respondents(tmp_path: Path, housing) -> list[Path]:
    """One director who sees the socio-professional pole everywhere, two field workers who see the
    digital pole: no role group reaches three, but they disagree on every level."""
    d = uniform(housing, "max", org="asso", role="direction", rid="d")
    f1 = uniform(housing, "min", org="asso", role="field", rid="f1")
    f2 = uniform(housing, "min", org="asso", role="field", rid="f2")
    d["comments"] = {"str_goal": "zz avis de la direction"}
    f1["comments"] = {"str_goal": "aa avis du terrain un"}
    f2["comments"] = {"str_goal": "mm avis du terrain deux"}
    return [put(tmp_path, n, doc) for n, doc in (("d.json", d), ("f1.json", f1), ("f2.json", f2))]


def test_three_respondents_disagreement_flagged_without_roles(tmp_path: Path, housing) -> None:
    paths = three_respondents(tmp_path, housing)
    r = run("score", *paths, "--by-organisation", "--format", "json")
    assert r.exit_code == 0, r.output
    (org,) = json.loads(r.stdout)
    assert org["groups"] == [] and org["gaps"] == []  # no role group of three
    assert org["disagreement_reason"] is None
    assert [d["level"] for d in org["disagreement"]] == ["strategy", "reorganisation", "data_access", "practices"]
    assert all(d["flagged"] for d in org["disagreement"])
    assert set(org["disagreement"][0]) == {"level", "flagged"}  # no figure, no role

    out = tmp_path / "r.html"
    r = run("report", *paths, "-o", out, "--lang", "fr")
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "Les répondants ne voient pas ces niveaux de la même façon" in html
    assert "Des avis partagés" in html  # among the findings
    # at three, comments of everyone are shown, in an order unrelated to who wrote them
    i = [html.index(c) for c in ("aa avis du terrain un", "mm avis du terrain deux", "zz avis de la direction")]
    assert i == sorted(i)
    # raising the minimum protects them again
    r = run("report", *paths, "-o", out, "--min-group-size", "4", "--lang", "fr")
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "zz avis de la direction" not in html and "Le désaccord entre répondants n'est pas mesuré" in text(html)


def test_min_group_size_is_never_lowered(tmp_path: Path) -> None:
    _, _, paths = two_respondents(tmp_path)
    out = tmp_path / "r.html"
    r = run("report", *paths, "-o", out, "--min-group-size", "1")
    assert r.exit_code == 0, r.output
    assert "girafe" not in out.read_text(encoding="utf-8")


def test_single_respondent_sees_own_answers(tmp_path: Path, catalog) -> None:
    housing = catalog.questionnaire("housing", "2.0.0")  # the examples' version
    field = load("logemer-gestionnaire-1.json")
    field["comments"] = {"str_goal": "Ma-propre-remarque"}
    out = tmp_path / "r.html"
    r = run("report", put(tmp_path, "g1.json", field), "-o", out, "--appendix", "full", "--lang", "fr")
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "Ma-propre-remarque" in html
    assert any(lab in html for labs in labels_of(housing, field).values() for lab in labs if len(lab) >= 15)


SYNTH = (Path(__file__).parent / "fixtures" / "synthetic.yaml").read_text(encoding="utf-8")


def test_question_asked_of_a_small_group_is_hidden() -> None:
    """Five respondents, one director: a question asked only of direction and management would
    show the director's answer; it is hidden, and left out of the drivers."""
    q = parse_questionnaire(SYNTH, "synthetic.yaml")
    roles = ["direction", "field", "field", "field", "support"]
    sheets = [
        AnswerSheet(
            "synthetic", "2.1.0", "o", "O", f"r{i}", role,
            {"s_dir_only": q.question("s_dir_only").options[0].id} if role == "direction" else {},
            comments={"s_dir_only": "secret du directeur"} if role == "direction" else {},
        )
        for i, role in enumerate(roles)
    ]  # fmt: skip
    ctx = build_report_context(q, sheets, "fr", appendix="full")
    assert ctx.anonymity == "open"
    item = next(a for a in ctx.appendix if a.id == "s_dir_only")
    assert item.hidden and not item.counts and not item.comments
    assert all(d.question_id != "s_dir_only" for lv in ctx.drivers for d in lv.up + lv.down)
    assert any(a.counts for a in ctx.appendix if a.id == "s_single")  # asked of everyone: shown


def test_spread_is_a_gap_between_halves() -> None:
    assert spread([10.0]) == 0.0
    assert spread([25.0, 36.0, 75.0]) == 50.0  # the middle one left out
    assert spread([0.0, 10.0, 20.0, 100.0]) == 55.0  # (20 + 100) / 2 - (0 + 10) / 2
    assert spread([30.0, 30.0, 30.0, 30.0, 30.0, 100.0]) == round((30 + 30 + 100) / 3 - 30, 1)


def test_a_group_that_answered_as_one_shows_no_position_on_that_question(housing) -> None:
    """Six field staff and six managers: where every field worker gave the same answer, the
    group's position on that question would tell each one's answer (and, with the counts, the
    managers'): no group's position is shown there. Where both groups' answers vary, they are.
    Groups of three, even varied, show none (their mean would tell their answers)."""
    qs = [q for q in housing.questions if q.type == "single" and q.scored and len(q.options) >= 3]
    split, varied = qs[0], qs[1]
    ranked = {q.id: sorted((o for o in q.options if o.value is not None), key=lambda o: o.value) for q in qs[:2]}
    small = [
        AnswerSheet(housing.id, housing.version, "o", "O", f"s{i}", role, {varied.id: ranked[varied.id][-(i % 2)].id})
        for i, role in enumerate(["field"] * 3 + ["management"] * 3)
    ]  # fmt: skip
    item = {a.id: a for a in build_report_context(housing, small, "fr", appendix="full").appendix}
    assert item[varied.id].counts and not item[varied.id].by_group
    sheets = []
    for i, role in enumerate(["field"] * 6 + ["management"] * 6):
        answers = {
            split.id: ranked[split.id][0 if role == "field" else -1].id,  # each group as one
            varied.id: ranked[varied.id][-(i % 2)].id,  # lowest and highest in turn, in each group
        }
        sheets.append(AnswerSheet(housing.id, housing.version, "o", "O", f"r{i}", role, answers))
    item = {a.id: a for a in build_report_context(housing, sheets, "fr", appendix="full").appendix}
    assert len(item[varied.id].by_group) == 2  # two groups, both shown where their answers vary
    assert item[split.id].counts and not item[split.id].by_group and not item[split.id].split


def _with_dont_know(housing, doc: dict, level: str) -> dict:
    for qq in housing.questions:
        if qq.level == level and qq.id in doc["answers"]:
            doc["answers"][qq.id] = "dont_know" if qq.dont_know else None
    doc["answers"] = {k: v for k, v in doc["answers"].items() if v is not None}
    return doc


def test_a_hidden_group_is_not_the_total_minus_the_groups_shown(tmp_path: Path, housing) -> None:
    """Three groups of three; two field workers do not know the practices questions. The field
    group has one practices position, hidden; but the organisation's mean holds it, and with the
    two other groups shown it came out as total minus the others (7 x mean - 3 x each). No group
    shows a practices position then, nor a placement that holds one."""
    docs = [uniform(housing, "max", role="direction", rid=f"d{i}") for i in range(3)]
    docs += [uniform(housing, "min", role="management", rid=f"m{i}") for i in range(3)]
    docs += [uniform(housing, "max", role="field", rid="f0")]
    docs += [_with_dont_know(housing, uniform(housing, "min", role="field", rid=f"f{i}"), "practices") for i in (1, 2)]
    for d in docs:
        put(tmp_path, f"{d['respondent']['id']}.json", d)
    r = run("score", tmp_path, "--by-organisation", "-f", "json")
    assert r.exit_code == 0, r.output
    (org,) = json.loads(r.stdout)
    assert org["levels"]["practices"]["position"] is not None  # the organisation's, from 7 people
    assert len(org["groups"]) == 3
    assert all(g["levels"]["practices"]["position"] is None for g in org["groups"]), org["groups"]
    assert all(g["levels"]["strategy"]["position"] is not None for g in org["groups"])  # other levels shown
    # a group's placement made without that level: its overall position is not its levels' weighted
    # mean with the practices in it
    weights = {lv.id: lv.weight for lv in housing.levels}
    for g in org["groups"]:
        known = {lv: x["position"] for lv, x in g["levels"].items() if x["position"] is not None}
        mean = sum(weights[lv] * p for lv, p in known.items()) / sum(weights[lv] for lv in known)
        assert g["position"] == round(mean, 1), g


def test_group_positions_on_a_question_only_when_every_group_passes(housing) -> None:
    """Six field staff (varied) and three others: a group of three is never shown on one question, and
    the field group's mean, with the counts, told the three others' answers (a lone director's among
    them): no group is shown on a question unless all are."""
    q = next(x for x in housing.questions if x.type == "single" and x.scored and len(x.options) >= 3)
    ranked = sorted((o for o in q.options if o.value is not None), key=lambda o: o.value)
    roles = ["field"] * 6 + ["direction"] + ["management"] * 2
    sheets = [
        AnswerSheet(housing.id, housing.version, "o", "O", f"r{i}", role,
                    {q.id: ranked[i % 3 if role == "field" else -1].id})
        for i, role in enumerate(roles)
    ]  # fmt: skip
    item = {a.id: a for a in build_report_context(housing, sheets, "fr", appendix="full").appendix}[q.id]
    assert item.counts and item.by_group == [] and not item.split


def test_a_question_answered_by_few_shows_neither_counts_nor_drivers(housing) -> None:
    """One director answers a strategy question; five field staff do not know, as its help text
    asks of those who do not sit in the committee. The counts and the "most frequent answer" told the
    director's answer to everyone who knows who sits there."""
    q = next(x for x in housing.questions if x.level == "strategy" and x.type == "single" and x.dont_know)
    ranked = sorted((o for o in q.options if o.value is not None), key=lambda o: o.value)
    sheets = [AnswerSheet(housing.id, housing.version, "o", "O", "d", "direction", {q.id: ranked[0].id})]
    sheets += [
        AnswerSheet(housing.id, housing.version, "o", "O", f"f{i}", "field", {q.id: "dont_know"}) for i in range(5)
    ]
    ctx = build_report_context(housing, sheets, "fr", appendix="full")
    item = {a.id: a for a in ctx.appendix}[q.id]
    assert item.hidden and item.hidden_why == "hidden_answered" and not item.counts
    shown = [d.question_id for lv in ctx.drivers for d in (*lv.up, *lv.down)]
    assert q.id not in shown


def test_one_respondent_sees_their_own_points_of_support(housing) -> None:
    """A single respondent at the top of every level: their points of support are their own
    answers (shown to them anyway), not "this level sits in the middle zone"."""
    doc = uniform(housing, "max", role="direction", rid="d")
    sheet = AnswerSheet(housing.id, housing.version, "o", "O", "d", "direction", doc["answers"])
    ctx = build_report_context(housing, [sheet], "fr")
    assert all(lv.up and not lv.down for lv in ctx.drivers if lv.position is not None), ctx.drivers


def test_no_agreement_is_claimed_where_disagreement_was_not_measured(housing) -> None:
    """Three respondents, two of whom do not know the data and practices questions: disagreement is
    measured on two levels only. "Their answers point the same way" was said; the levels not
    measured are named, and no agreement is claimed of a lone respondent far from the others."""
    sheets = []
    for i in range(3):
        doc = uniform(housing, "max" if i else "min", role="field", rid=f"r{i}")
        if i:
            for qq in housing.questions:
                if qq.level in ("data_access", "practices") and qq.id in doc["answers"]:
                    del doc["answers"][qq.id]
        sheets.append(AnswerSheet(housing.id, housing.version, "o", "O", f"r{i}", "field", doc["answers"]))
    ctx = build_report_context(housing, sheets, "en")
    sentence = ctx.disagreement_sentence
    names = {lv.id: lv.name for lv in ctx.levels}
    assert "point the same way" not in sentence
    assert f"Not measured on: {names['data_access']}, {names['practices']}" in sentence, sentence


def test_copies_of_a_file_without_respondent_id_are_named(tmp_path: Path, housing) -> None:
    """A director's file without a respondent id, copied into three folders, counted three times
    against two field workers, without a word (it turned the hinge requirement): each copy is named."""
    boss = uniform(housing, "max", role="direction")
    del boss["respondent"]["id"]
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        put(tmp_path / folder, "boss.json", boss)
    for i in range(2):
        put(tmp_path, f"f{i}.json", uniform(housing, "min", role="field", rid=f"f{i}"))
    r = run("score", tmp_path, "--by-organisation", "-f", "json")
    said = " ".join(r.stderr.split())
    assert said.count("the same scores as") == 2 and str(tmp_path / "a" / "boss.json") in said, said
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["respondents"] == 5  # kept: two people may answer alike


def test_an_export_imported_twice_under_two_names_is_named(tmp_path: Path, housing) -> None:
    """A LimeSurvey export downloaded twice (« results-survey7.csv » and « results-survey7 (1).csv »)
    and imported: each response got two ids made of the file's name, and the report of five counted
    ten, two directors shown as a group of four, every comment twice, without a word. Each copy is
    named, and counted once (it was only named, and kept: the two directors were still a group of four,
    their comments quoted twice); two responses of other ids alike are not."""
    for i, role in enumerate(["direction", "direction", "field", "field", "field"]):
        doc = uniform(housing, "max" if role == "direction" else "min", role=role)
        for name in ("results-survey7", "results-survey7 (1)"):
            doc["respondent"]["id"] = f"{name}#{i + 1}"
            put(tmp_path, f"{name}-{i}.json", doc)
    r = run("score", tmp_path, "--by-organisation", "-f", "json")
    said = " ".join(r.stderr.split())
    assert said.count("a copy under another id, counted once") == 5, said
    assert "as respondent 'results-survey7#1' at" in said or "as respondent 'results-survey7 (1)#1' at" in said
    assert r.exit_code == 1 and json.loads(r.stdout)[0]["respondents"] == 5, r.stdout
    alone = tmp_path / "alone"
    alone.mkdir()
    for i in range(3):  # three people of the same answers, each their own response
        put(
            alone,
            f"{i}.json",
            {**uniform(housing, "min", role="field"), "respondent": {"id": f"s#{i}", "role": "field"}},
        )
    assert "copy" not in run("score", alone, "--by-organisation", "-f", "json").stderr


def test_a_signal_on_answers_few_gave_is_not_shown(catalog) -> None:
    """Six respondents; only the director answers what can be reached on site (the others do not
    know). The question's counts were hidden, but "Nothing can be reached on site, raised by 1 / 6"
    told the director's answer. A signal that reads only answers fewer than the minimum gave is not
    shown; the report says how many are not."""
    q = catalog.questionnaire("housing", "2.0.0")
    roles = ["direction"] + ["field"] * 5
    sheets = [
        AnswerSheet(q.id, q.version, "o", "O", f"r{i}", role,
                    {"pra_mobile": ["no_device"] if role == "direction" else "dont_know"})
        for i, role in enumerate(roles)
    ]  # fmt: skip
    ctx = build_report_context(q, sheets, "en")
    shown = [s.id for g in ctx.signal_groups for s in g.signals]
    assert "no_mobile_equipment" not in shown and ctx.signals_withheld >= 1
    from assess.report.render import render_report

    said = " ".join(render_report(ctx).split())
    n = ctx.signals_withheld
    assert (f"{n} signal reads questions" if n == 1 else f"{n} signals read questions") in said
    # answered by enough people, the same signal is shown with its count
    sheets = [
        AnswerSheet(
            q.id, q.version, "o", "O", f"r{i}", role, {"pra_mobile": ["no_device"] if i < 3 else ["update_data"]}
        )
        for i, role in enumerate(roles)
    ]
    ctx = build_report_context(q, sheets, "en")
    sig = next(s for g in ctx.signal_groups for s in g.signals if s.id == "no_mobile_equipment")
    assert sig.share == "3 / 6"


def test_a_min_group_size_below_the_questionnaires_is_said_to_be_kept(tmp_path: Path) -> None:
    """`--min-group-size 2` gave a report identical to the default without a word: the option can
    only protect respondents more. It says so now."""
    logemer = sorted(str(p) for p in (EXAMPLES / "housing").glob("logemer-*.json"))
    low = run("report", *logemer, "--min-group-size", "2", "-o", tmp_path / "low.html")
    assert low.exit_code == 0 and "--min-group-size 2 is below what housing asks (3): 3 is kept" in low.stderr
    assert run("report", *logemer, "-o", tmp_path / "default.html").exit_code == 0
    assert (tmp_path / "low.html").read_bytes() == (tmp_path / "default.html").read_bytes()
    high = run("report", *logemer, "--min-group-size", "4", "-o", tmp_path / "high.html")
    assert high.exit_code == 0 and "min-group-size" not in high.stderr
    scored = run("score", *logemer, "--by-organisation", "--min-group-size", "1", "-f", "json")
    assert scored.exit_code == 0 and scored.stderr.count("is below what housing asks") == 1


def _sheets(q, rows: list[tuple[str, dict]]) -> list[AnswerSheet]:
    return [AnswerSheet(q.id, q.version, "o", "O", f"r{i}", role, answers) for i, (role, answers) in enumerate(rows)]


def _shown_signals(ctx) -> dict[str, str]:
    return {s.id: s.share for g in ctx.signal_groups for s in g.signals}


def test_a_signal_raised_only_through_an_answer_few_gave_is_not_shown(catalog) -> None:
    """The rule reads two questions many answered and one only the director answered (the others do
    not know): "raised by 1 / 6" beside the others' answers, all of which miss it, told the
    director's answer to the question whose counts were hidden."""
    q = catalog.questionnaire("housing", "2.0.0")
    many = {"dat_feedback": "none", "dat_purpose": "most"}
    rows = [("direction", {**many, "dat_hq_fields": "over_10"})]
    rows += [("field", {**many, "dat_hq_fields": "dont_know"})] * 5
    ctx = build_report_context(q, _sheets(q, rows), "en")
    assert "extraction_without_feedback" not in _shown_signals(ctx)
    # answered by everyone, the same answers raise it, with its count
    rows = [("direction", {**many, "dat_hq_fields": "over_10"})] + [("field", {**many, "dat_hq_fields": "under_2"})] * 5
    assert _shown_signals(build_report_context(q, _sheets(q, rows), "en"))["extraction_without_feedback"] == "1 / 6"


def test_two_respondents_cannot_read_each_other_from_a_signal(catalog) -> None:
    """Two respondents: a signal on one answer, shown without its count, still told the one who did
    not raise it that the other had given that answer."""
    q = catalog.questionnaire("housing", "2.0.0")
    rows = [("direction", {"pra_mobile": ["update_data"]}), ("field", {"pra_mobile": ["no_device"]})]
    ctx = build_report_context(q, _sheets(q, rows), "en")
    assert ctx.anonymity == "restricted" and "no_mobile_equipment" not in _shown_signals(ctx)
    from assess.report.render import render_report

    # and the report does not say that none came out of the answers: it read none of them
    said = text(render_report(ctx))
    assert "No risk signal came out of the answers." not in said
    # nor « of the answers the signals read », when most were left out: how many were evaluated
    k = ctx.signals_total - ctx.signals_withheld
    assert 0 < k < ctx.signals_total and ctx.signals_withheld > 0
    assert (f"None of the {k} risk signals evaluated here is raised." if k > 1 else "The one risk signal") in said


def test_what_the_report_says_of_signals_left_out_does_not_depend_on_the_few_answers(catalog) -> None:
    """Only the director answers whether anything can be reached on site: "1 signal not shown" was
    printed when their answer raised the signal, and nothing when it did not."""
    q = catalog.questionnaire("housing", "2.0.0")
    said = []
    for answer in (["no_device"], ["update_data"]):
        rows = [("direction", {"pra_mobile": answer})] + [("field", {"pra_mobile": "dont_know"})] * 5
        ctx = build_report_context(q, _sheets(q, rows), "en")
        said.append((_shown_signals(ctx), ctx.signals_withheld))
    assert said[0] == said[1] and said[0][1] >= 1


def test_the_method_page_says_what_the_report_cannot_prevent(tmp_path: Path) -> None:
    """Two versions of one round's report (before and after one more person answered) give that
    person's answers by subtraction; no rule inside one report prevents it. The method page says
    so, in both languages, with what to do."""
    paths = sorted(HOUSING.glob("logemer-*.json"))
    for lang, said in (
        ("fr", "Un seul rapport par organisation et par tour, fait sur toutes les réponses une fois le tour clos"),
        ("en", "One report per organisation and round, on all the answers, once the round is closed"),
    ):
        out = tmp_path / f"r-{lang}.html"
        assert run("report", *paths, "-o", out, "--lang", lang).exit_code == 0
        method = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select_one("#method").get_text(" ")
        assert said in " ".join(method.replace("\u00a0", " ").split())


def test_two_respondents_context_carries_no_signal_count(housing) -> None:
    """The report printed no "raised by" for two respondents, but the context a custom template
    reads (`--templates-dir`) still held the count."""
    docs = [uniform(housing, "min", org="o", role=r, rid=r) for r in ("direction", "field")]
    sheets = [AnswerSheet(housing.id, housing.version, "o", "O", d["respondent"]["id"], d["respondent"]["role"],
                          d["answers"]) for d in docs]  # fmt: skip
    ctx = build_report_context(housing, sheets, "en")
    assert ctx.anonymity == "restricted" and ctx.signals  # raised by the levels' positions
    assert all(s.respondents == 0 and s.share == "" for s in ctx.signals)


def test_a_custom_template_is_given_no_count_of_a_role_of_one(tmp_path: Path, housing) -> None:
    """The report's context carried `roles`, every role's own count ("Direction : 1") beside the
    groups the cover prints: the bundled cover left it out, but a consultant's own template could
    print a role of one, counted alone. Only `respondents_by_group` is given now."""
    docs = [uniform(housing, "max", role="direction", rid="d0")]
    docs += [uniform(housing, "min", role="field", rid=f"f{i}") for i in range(5)]
    for d in docs:
        put(tmp_path, f"{d['respondent']['id']}.json", d)
    tdir = tmp_path / "t"
    tdir.mkdir()
    (tdir / "_cover.html").write_text("<p id='who'>{{ r.respondents_by_group }}</p><p>{{ r.roles }}</p>")
    r = run("report", tmp_path, "-o", tmp_path / "r.html", "--templates-dir", tdir, "--lang", "en")
    assert r.exit_code == 1 and "template error" in r.stderr and "roles" in r.stderr, r.output
    (tdir / "_cover.html").write_text("<p id='who'>{{ r.respondents_by_group }}</p>")
    r = run("report", tmp_path, "-o", tmp_path / "r.html", "--templates-dir", tdir, "--lang", "en")
    assert r.exit_code == 0, r.output
    who = BeautifulSoup((tmp_path / "r.html").read_text(encoding="utf-8"), "html.parser").find(id="who").text
    assert "leadership" in who and "1" not in who and "5" not in who, who  # the roles, not counted


def _socio(tmp_path: Path, name: str, rid: str, role: str, **answers: str) -> Path:
    doc = load("logeterre-gestionnaire-1.json")  # every fact of the hinge requirement reported
    doc["respondent"] = {"id": rid, "role": role}
    doc["answers"].update(answers)
    return put(tmp_path, name, doc)


def _cover_and_hinge(tmp_path: Path, paths: list[Path], name: str) -> tuple[str, str]:
    out = tmp_path / name
    r = run("report", *paths, "-o", out, "--lang", "en")
    assert r.exit_code == 0, r.output
    page = text(out.read_text(encoding="utf-8"))
    return page, json.loads(run("score", *paths, "--by-organisation", "-f", "json").stdout)[0]


def test_the_hinge_requirement_tells_no_one_what_a_few_others_reported(tmp_path: Path) -> None:
    """Of two respondents, the report said « hinge moment passed » only when both reported a
    reorganisation before the tools: the director learnt the field worker's answer, where the
    restricted report shows no signal raised by an answer. Of three, one not knowing, the verdict
    told the two others' answers that the appendix withheld (answered by fewer than 3). The
    requirement is not read then, in any output, and the report says why; the level decides."""
    a = _socio(tmp_path, "a.json", "a", "direction")
    both = [a, _socio(tmp_path, "b.json", "b", "field")]
    one = [a, _socio(tmp_path, "b2.json", "b", "field", reo_timing="same_time")]
    page_both, placed_both = _cover_and_hinge(tmp_path, both, "both.html")
    page_one, placed_one = _cover_and_hinge(tmp_path, one, "one.html")
    assert placed_both["hinge_requirement"] is None and placed_one["hinge_requirement"] is None
    assert placed_both["trajectory"] == placed_one["trajectory"] == "socio-professional"
    assert "hinge moment passed" in page_one and "not passed" not in page_one
    assert "do not meet what the questionnaire requires" not in page_one
    assert "are not read here: fewer than 3 people answered them" in page_both
    # three, one of whom does not know when the reorganisation came: two answered it
    c = _socio(tmp_path, "c.json", "c", "field", reo_timing="dont_know")
    _, placed = _cover_and_hinge(tmp_path, [*one[:1], one[1], c], "three.html")
    assert placed["hinge_requirement"] is None
    # three who all answered: the requirement is read (1 of 3 met: not met)
    d = _socio(tmp_path, "d.json", "d", "field", reo_timing="same_time")
    page, placed = _cover_and_hinge(tmp_path, [*one, d], "read.html")
    assert placed["hinge_requirement"] is False and "do not meet what the questionnaire requires" in page


def test_a_small_team_s_report_shows_no_share_of_answers_left_unanswered(tmp_path: Path) -> None:
    """Of two respondents, « Data circulation… coverage: 94% » told the one who answered everything
    that the other had left a question of weight 2 unanswered (and the share of facts known, how
    many facts). Below the minimum group size no coverage is printed, and the facts' caveat says
    « fewer than half » without a figure; from the minimum on, both are printed."""
    a = _socio(tmp_path, "a.json", "a", "direction")
    b = _socio(tmp_path, "b.json", "b", "field", dat_feedback="dont_know")
    small, _ = _cover_and_hinge(tmp_path, [a, b], "small.html")
    assert "coverage:" not in small and "94%" not in small
    c = _socio(tmp_path, "c.json", "c", "field")
    three, _ = _cover_and_hinge(tmp_path, [a, b, c], "three.html")
    assert "coverage: 96%" in three and "coverage: 100%" in three


def test_a_report_of_several_does_not_say_who_answered_a_question_not_asked_of_their_role(catalog) -> None:
    """A consultant's questionnaire asking `str_goal` of the direction alone: the report of five
    printed « answers to questions not asked of the role field, so not scored: 'str_goal' », which,
    of a single field worker, said that person's answer. The consultant reads it on the command's
    output; one respondent's own report still says it."""
    import dataclasses

    q = catalog.questionnaire("housing", "2.0.0")
    said = "answers to questions not asked of the role field, so not scored: 'str_goal'"
    answers = load("logemer-dg.json")["answers"]
    rows = [("direction", answers)] * 4 + [("field", answers)]
    sheets = _sheets(q, rows)
    sheets[-1] = dataclasses.replace(sheets[-1], warnings=[said])
    assert build_report_context(q, sheets, "en").warnings == []
    assert build_report_context(q, sheets[-1:], "en").warnings == [said]


def test_a_copy_under_another_id_does_not_make_a_pair_a_group(tmp_path: Path) -> None:
    """Two field workers' files, and a copy of the first under the id « r0-bis », « R0 » or « r0 »:
    the pair became three, the minimum group size, and the report quoted each one's comment to the
    other (the copy's twice). A copy under another id, its scores and comments word for word, and an
    id that differs only in capitals or spaces, now count once (said, exit 1), and the report of the
    two shows no comment; the space is refused in the file itself."""
    base = [EXAMPLES / "housing" / f"logemer-charge-clientele-{i}.json" for i in (1, 2)]
    docs = []
    for i, path in enumerate(base):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["organisation"] = {"id": "dup", "name": "Dup"}
        doc["respondent"] = {"id": f"r{i}", "role": "field"}
        doc["comments"] = {"reo_timing": f"SECRET{i}"}
        docs.append(doc)
    for copy_id, said in (
        ("r0-bis", "a copy under another id, counted once"),
        ("R0", "(written 'R0'): counted once"),  # copy.json is read first: r0.json is the repeat
        ("r0 ", "begins or ends with a space"),
    ):
        folder = tmp_path / copy_id.strip().replace(" ", "_") / "x"
        folder.mkdir(parents=True)
        for i, doc in enumerate(docs):
            put(folder, f"r{i}.json", doc)
        put(folder, "copy.json", {**docs[0], "respondent": {"id": copy_id, "role": "field"}})
        out = folder.parent / "r.html"
        r = run("report", folder, "-o", out, "--lang", "en")
        assert r.exit_code == 1 and said in " ".join(r.stderr.split()), (copy_id, r.stderr)
        html = out.read_text(encoding="utf-8")
        assert "SECRET0" not in html and "SECRET1" not in html, copy_id


def test_a_point_of_support_only_a_few_answered_is_not_shown(catalog) -> None:
    """Five field workers; a question of the practices only two of them answered (the others do not
    know), both at its socio-professional pole. As a point of support it would print those two's
    answer as « the most frequent », and its position: theirs. It is left out, and said to be (a
    question answered by fewer than the minimum group size); a breach of that guard made no test
    fail (found by mutating it)."""
    q = catalog.questionnaire("housing", "2.0.0")
    everyone = uniform(q, "min", role="field")["answers"]
    qq = next(
        x for x in q.questions if x.level == "practices" and x.type == "single" and x.scored and len(x.roles) == 4
    )
    top = max(qq.options, key=lambda o: o.value).id
    sheets = [
        AnswerSheet(q.id, q.version, "o", "O", f"r{i}", "field", {**everyone, qq.id: top if i < 2 else "dont_know"})
        for i in range(5)
    ]
    ctx = build_report_context(q, sheets, "en")
    practices = next(d for d in ctx.drivers if d.level == "practices")
    assert practices.position is not None and practices.left_out >= 1
    assert qq.id not in [d.question_id for lv in ctx.drivers for d in (*lv.up, *lv.down)]
    # answered by three, the minimum, it is shown
    sheets[2].answers[qq.id] = top
    ctx = build_report_context(q, sheets, "en")
    assert qq.id in [d.question_id for lv in ctx.drivers for d in lv.up]


def test_the_method_page_says_what_a_group_of_the_minimum_size_cannot_hide(tmp_path: Path) -> None:
    """Logemer's « encadrement + fonctions support (3) »: two agency heads who compare their own
    answers can work out the support person's position, and the group's name says that person's
    role. No size threshold prevents it; the method page says so, beside what else it cannot prevent."""
    files = sorted((EXAMPLES / "housing").glob("logemer-*.json"))
    for lang, said in (
        ("fr", "c'est la limite de tout seuil de taille"),
        ("en", "this is the limit of any size threshold"),
    ):
        out = tmp_path / f"{lang}.html"
        assert run("report", *files, "-o", out, "--lang", lang).exit_code == 0
        method = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").select_one("#method")
        assert said in " ".join(method.get_text(" ").split()).replace("\u00a0", " "), lang


def test_a_points_count_reads_only_those_the_question_was_asked(catalog) -> None:
    """A question asked of the direction only, three directors answering it alike, and a field
    worker whose file answers it too (an answer of a role not asked is kept in its file, scored by no
    rule): « (3 répondants sur 4) » told everyone that the one field worker answered, and otherwise.
    The count is of those the question was asked, as the appendix's."""
    text = (QUESTIONNAIRES / "housing-2.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  - id: str_goal\n    level: strategy\n", "  - id: str_goal\n    roles: [direction]\n    level: strategy\n"
    )
    text = text.replace("id: housing\n", "id: housingroles\n", 1)
    q = parse_questionnaire(text, "housingroles.yaml")
    everyone = uniform(q, "max")["answers"]  # str_goal, at its pole, the level's one point of blockage
    low = min(q.question("str_goal").options, key=lambda o: o.value or 0).id
    other = next(o.id for o in q.question("str_goal").options if o.id != low and o.value is not None)
    sheets = [
        AnswerSheet(q.id, q.version, "o", "O", f"d{i}", "direction", {**everyone, "str_goal": low}) for i in range(3)
    ]
    sheets.append(AnswerSheet(q.id, q.version, "o", "O", "f0", "field", {**everyone, "str_goal": other}))
    ctx = build_report_context(q, sheets, "en")
    driver = next(d for lv in ctx.drivers for d in (*lv.up, *lv.down) if d.question_id == "str_goal")
    assert (driver.given, driver.answered) == (3, 3), driver


def test_two_people_of_the_same_scores_and_comment_are_not_a_copy(tmp_path: Path) -> None:
    """Two directors whose different answers add up to the same scores, each commenting « RAS »:
    the second was taken for a copy under another id and left out (the rule read the scores and
    the comments, not the answers). Only the same answers, word for word, make a copy; and two
    responses of one export (« results#3 », « results#4 ») alike are two people."""
    base = json.loads((EXAMPLES / "municipality" / "ville-val-de-marne-dgs.json").read_text(encoding="utf-8"))
    one = {**base, "respondent": {"id": "agent-1", "role": "direction"}, "comments": {"str_goal": "RAS"}}
    other = {"str_priorities": "written_little_known", "str_needs": "shown_after"}  # the same scores
    two = {**one, "respondent": {"id": "agent-2", "role": "direction"}, "answers": {**base["answers"], **other}}
    for name, doc in (("p1.json", one), ("p2.json", two)):
        put(tmp_path / "a", name, doc)
    r = run("report", tmp_path / "a", "-o", tmp_path / "a.html", "--lang", "en")
    assert "copy" not in r.stderr and r.exit_code == 0, r.stderr
    for i, doc in enumerate((one, one), start=3):
        put(tmp_path / "b", f"r{i}.json", {**doc, "respondent": {"id": f"results#{i}", "role": "direction"}})
    r = run("report", tmp_path / "b", "-o", tmp_path / "b.html", "--lang", "en")
    assert "copy" not in r.stderr and r.exit_code == 0, r.stderr
