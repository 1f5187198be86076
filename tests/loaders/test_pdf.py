"""PDF: the text layer page by page, from a PDF with Chinese text made by the test (fpdf2)."""
from __future__ import annotations

import loaders
from tests.fixtures.documents import PLAN_TEXT
from tests.loaders.spans import assert_clean_maps_to_source


def test_text_layer_is_read_page_by_page(plan_pdf):
    parsed = loaders.load(plan_pdf)
    doc = parsed.document
    assert doc.format == "pdf" and len(doc.pages) == 2 and doc.pages[0] == 0
    second_page = doc.source[doc.pages[1] :].replace("\x00", "")
    assert second_page.startswith("2.推进中外合作办学")


def test_lines_wrapped_by_the_page_are_joined_in_the_clean_text(plan_pdf):
    parsed = loaders.load(plan_pdf)
    assert PLAN_TEXT[2] in parsed.clean.text.split("\n")  # a long paragraph wrapped over lines
    assert_clean_maps_to_source(parsed.document.source, parsed.clean)


def test_pdf_outline_and_metadata(plan_pdf):
    parsed = loaders.load(plan_pdf)
    assert parsed.document.title == "苏州市2024年职业教育工作要点"
    assert [(s.number, s.title) for s in parsed.sections] == [(1, "深化产教融合"), (2, "强化保障")]
    assert [(i.number, i.title) for i in parsed.items] == [(1, "建设市域产教联合体"), (2, "推进中外合作办学"), (3, "完善经费投入机制")]
    assert parsed.items[2].lead_units() == {"责任单位": ("市财政局",)}


def test_a_pdf_named_txt_is_read_as_pdf(plan_pdf, tmp_path):
    renamed = tmp_path / "plan-really-pdf.txt"
    renamed.write_bytes(plan_pdf.read_bytes())
    assert loaders.load(renamed).document.format == "pdf"


def test_a_mention_can_be_placed_on_its_page(plan_pdf):
    parsed = loaders.load(plan_pdf)
    item2 = parsed.items[1]
    assert parsed.document.page_at(parsed.items[0].start) == 1
    assert parsed.document.page_at(item2.start) == 2
