"""Plain text: the encoding is detected from the bytes, whatever the extension says."""
from __future__ import annotations

import loaders


def test_gb18030_copy_reads_the_same_as_the_utf8_sample(tmp_path, sample_path, sample_parsed):
    copy = tmp_path / "sample-gb.txt"
    copy.write_bytes(sample_path.read_text(encoding="utf-8-sig").encode("gb18030"))
    parsed = loaders.load(copy)
    assert parsed.document.encoding == "gb18030"
    assert parsed.clean.text == sample_parsed.clean.text
    assert [i.title for i in parsed.items] == [i.title for i in sample_parsed.items]
    assert parsed.document.id == sample_parsed.document.id  # same text, same id


def test_utf8_with_and_without_bom_read_alike(tmp_path):
    text = "一、总体要求\n1.加强党建。"
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-8-sig"))
    (tmp_path / "plain.txt").write_bytes(text.encode("utf-8"))
    bom, plain = loaders.load(tmp_path / "bom.txt"), loaders.load(tmp_path / "plain.txt")
    assert bom.document.source == plain.document.source == text
    assert (bom.document.encoding, plain.document.encoding) == ("utf-8-sig", "utf-8")


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("一、总体要求\n1.加强党建。".encode("utf-16"))
    assert loaders.load(path).items[0].title == "加强党建"


def test_big5_is_not_mistaken_for_gb18030(tmp_path):
    path = tmp_path / "big5.txt"
    text = "臺灣教育部關於推動高等教育深耕計畫的通知。各大學應積極推動教學創新，提升學生學習成效。"
    path.write_bytes(text.encode("big5"))  # these bytes are valid GB18030 too, but read as nonsense
    parsed = loaders.load(path)
    assert parsed.document.encoding == "big5"
    assert parsed.clean.text == text


def test_source_keeps_the_text_exactly_as_decoded(tmp_path):
    raw = "\ufeff\u3000\u3000一、总体要求\r\n1.加强党建,完善制度。\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    parsed = loaders.load(path)
    assert parsed.document.source == raw[1:]  # the BOM is the encoding's, not the text's
    assert parsed.clean.text == "一、总体要求\n1.加强党建，完善制度。"
