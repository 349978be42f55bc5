"""The printable paper questionnaire (assess/interop/paper.py, report_templates/paper.html)."""

from __future__ import annotations

import re
import zlib

import pytest
from markupsafe import escape

from assess.interop.paper import paper_html, paper_pdf, paper_sheet
from assess.terminal import after_colon
from assess.vocab import DONT_KNOW

BUNDLED = ["housing", "municipality", "social-economy"]
LANGS = ["fr", "en"]


def _with_question(q, index: int, **changes):
    """A copy of questionnaire `q` whose question number `index` has `changes` (no validation)."""
    questions = list(q.questions)
    questions[index] = questions[index].model_copy(update=changes)
    return q.model_copy(update={"questions": questions})


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", BUNDLED)
def test_every_question_and_option_is_printed(catalog, name, lang):
    q = catalog.questionnaire(name)
    html = paper_html(q, lang).replace("\u00a0", " ")  # French spacing made unbreakable when printed
    assert html.lstrip().startswith("<!DOCTYPE html>")
    for lv in q.levels:
        assert str(escape(lv.name[lang])) in html
    for x in q.questions:
        assert str(escape(x.text[lang])) in html, x.id
        assert str(escape(x.help[lang])) in html, x.id
        assert f'id="q-{x.id}"' in html
        for wording in x.text_by_role.values():
            assert str(escape(after_colon(wording[lang], lang))) in html, x.id
        for o in x.options:
            assert f'<span class="code">{o.id}</span>' in html, (x.id, o.id)
            assert str(escape(o.label[lang])) in html, (x.id, o.id)
    assert f'<span class="code">{DONT_KNOW}</span>' in html
    # self-contained: no script, no external resource
    assert "<script" not in html.lower()
    assert "<link" not in html.lower() and "src=" not in html and "url(" not in html


@pytest.mark.parametrize("lang", LANGS)
def test_context_numbers_every_question_once(housing, lang):
    sheet = paper_sheet(housing, lang)
    printed = [pq for s in sheet.sections for pq in s.questions]
    assert sorted(pq.id for pq in printed) == sorted(x.id for x in housing.questions)
    assert [pq.number for pq in printed] == list(range(1, len(printed) + 1))
    assert sheet.last_number == len(printed)
    assert [s.id for s in sheet.sections] == [*(lv.id for lv in housing.levels), "depth", "context"]
    assert [b.code for b in sheet.roles] == ["direction", "management", "field", "support"]


def test_a_role_s_wording_after_its_colon_begins_in_lower_case_in_french(catalog):
    """« Si vous travaillez sur le terrain : Avant le choix… »: a capital after a colon, which French
    does not write; English keeps it, and an acronym stays as it is."""
    html = paper_html(catalog.questionnaire("housing"), "fr").replace("\u00a0", " ")
    assert "Si vous travaillez sur le terrain :</span> avant le choix des principaux outils" in html
    assert "If you work in the field:</span> Before the main tools" in paper_html(
        catalog.questionnaire("housing"), "en"
    )
    assert after_colon("GRU : la gestion", "fr") == "GRU : la gestion" and after_colon("À vous", "fr") == "à vous"


def test_french_first_block(housing):
    html = paper_html(housing, "fr")
    for words in ("anonyme", "pas de bonne ou de mauvaise", "Je ne sais pas", "sans réponse", "Rendez cette feuille"):
        assert words in html
    assert "Organisation" in html and "Date" in html
    for label in ("direction", "encadrement", "terrain", "fonctions support"):
        assert label in html
    assert "counter(pages)" in html and "size: A4" in html


def test_question_kinds(housing):
    scale_idx = next(i for i, x in enumerate(housing.questions) if x.type == "scale")
    multi_idx = next(i for i, x in enumerate(housing.questions) if x.type == "multi")
    single_idx = next(i for i, x in enumerate(housing.questions) if x.type == "single")
    q = _with_question(housing, multi_idx, text={"fr": "Lesquels ?", "en": "Which?"})
    q = _with_question(q, single_idx, roles=["direction", "management"], dont_know=False)
    sheet = paper_sheet(q, "fr")
    by_id = {pq.id: pq for s in sheet.sections for pq in s.questions}

    scale_q = housing.questions[scale_idx]
    assert scale_q.scale is not None
    scale = by_id[scale_q.id]
    assert [b.code for b in scale.boxes] == [str(k) for k in range(scale_q.scale.min, scale_q.scale.max + 1)]
    assert scale.dont_know is not None and scale.dont_know.code == DONT_KNOW

    multi = by_id[housing.questions[multi_idx].id]
    assert multi.multi_note == "plusieurs réponses possibles"
    # the bundled wordings already say so: not said twice
    assert not any(pq.multi_note for s in paper_sheet(housing, "fr").sections for pq in s.questions)
    exclusive = [o.id for o in housing.questions[multi_idx].options if o.exclusive]
    assert [b.code for b in multi.boxes if b.note] == exclusive

    single = by_id[housing.questions[single_idx].id]
    assert single.roles_note == "(pour : direction, encadrement)"
    assert single.dont_know is None
    html = paper_html(q, "fr")
    assert "(pour\u00a0: direction, encadrement)" in html  # the colon kept with its word when printed

    text_q = next(pq for pq in by_id.values() if pq.type == "text")
    assert text_q.lines > 0 and not text_q.boxes and text_q.dont_know is None


def test_hostile_text_is_escaped(housing):
    hostile = "<script>alert(1)</script>"
    q = _with_question(housing, 0, text={"fr": hostile, "en": hostile}, help={"fr": "<b>x</b> & y", "en": "z"})
    q = q.model_copy(update={"title": {"fr": 'T"; } </style><script>alert(2)</script>', "en": "t"}})
    html = paper_html(q, "fr")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in html
    # the title in the page footer is a CSS string no text can leave
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "<" not in style and "&lt;/style&gt;&lt;script&gt;alert(2)" in html


def _page_count(pdf: bytes) -> int:
    """Pages of a PDF, without a PDF library: page objects may sit in compressed object streams."""
    chunks = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            chunks.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    return sum(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", c)) for c in chunks)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_pdf(housing, lang):
    pdf = paper_pdf(housing, lang)
    assert pdf.startswith(b"%PDF")
    pages = _page_count(pdf)
    # 42 questions, about five to a page
    assert 5 <= pages <= 14, pages
