"""Word .docx: paragraphs and tables in document order, made by the test with python-docx."""
from __future__ import annotations

import loaders


def test_paragraphs_and_table_rows_come_in_document_order(make_docx):
    parsed = loaders.load(make_docx())
    lines = parsed.document.source.split("\n")
    assert lines[0] == "苏州市2024年职业教育工作要点"
    table_at = lines.index("任务\t牵头单位")
    assert lines[table_at - 1].startswith("1.建设市域产教联合体")
    assert lines[table_at + 1] == "建设产教联合体\t市教育局"
    assert lines[table_at + 2].startswith("2.推进中外合作办学")
    assert parsed.document.format == "docx"


def test_docx_outline_and_metadata(make_docx):
    parsed = loaders.load(make_docx())
    assert (parsed.document.title, parsed.document.place, parsed.document.year) == ("苏州市2024年职业教育工作要点", "苏州市", 2024)
    assert [(s.number, s.title) for s in parsed.sections] == [(1, "深化产教融合"), (2, "强化保障")]
    assert [(i.number, i.title) for i in parsed.items] == [(1, "建设市域产教联合体"), (2, "推进中外合作办学"), (3, "完善经费投入机制")]
    assert parsed.items[0].lead_units()["配合单位"] == ("市财政局", "市人社局")


def test_table_cells_stay_apart_in_the_clean_text(make_docx):
    parsed = loaders.load(make_docx())
    assert "建设产教联合体\t市教育局" in parsed.clean.text


def test_merged_cells_are_written_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "重点项目"
    for c, text in enumerate(("项目", "单位", "年份")):
        table.cell(1, c).text = text
    document.save(str(tmp_path / "merged.docx"))
    assert loaders.load(tmp_path / "merged.docx").document.source == "重点项目\n项目\t单位\t年份"


def test_text_inside_content_controls_is_read(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("一、总体要求")
    control = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>1.加强党的建设。</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )
    document.element.body.insert(1, control)
    document.save(str(tmp_path / "controls.docx"))
    parsed = loaders.load(tmp_path / "controls.docx")
    assert parsed.document.source == "一、总体要求\n1.加强党的建设。"
    assert parsed.items[0].title == "加强党的建设"
