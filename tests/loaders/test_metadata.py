"""Metadata: title, issuing authority, place and year from the title or the text."""
from __future__ import annotations

from loaders import RawText, parse


def meta(text: str, path: str = "doc.txt", title: str | None = None):
    d = parse(RawText(text, "txt", title=title), path).document
    return d.title, d.issuer, d.place, d.year


def test_sample_metadata_comes_from_the_scraped_header_and_title(sample_parsed):
    d = sample_parsed.document
    assert (d.title, d.place, d.year) == ("苏州市2023年全市教育工作要点", "苏州市", 2023)
    assert d.issuer == "苏州市教育局"  # a city's own system-wide education plan
    assert d.format == "txt" and d.id == d.id_for(d.source)


def test_issuer_from_a_notice_title():
    assert meta("浙江省教育厅关于深化普通高中课程改革的通知\n各市教育局：\n现就有关事项通知如下。") == (
        "浙江省教育厅关于深化普通高中课程改革的通知", "浙江省教育厅", "浙江省", None,
    )


def test_issuer_and_year_from_the_signature():
    text = "各市、县（市、区）教育局：\n现将方案印发给你们，请认真贯彻执行。\n\n浙江省教育厅\n二○一二年六月十二日\n"
    assert meta(text, "notice.txt") == ("notice", "浙江省教育厅", "浙江省", 2012)


def test_title_from_the_first_line():
    assert meta("绍兴一中2021年度工作要点\n\n一、加强党建\n1.深化改革。") == ("绍兴一中2021年度工作要点", None, None, 2021)


def test_declared_title_wins_over_the_text():
    assert meta("一、加强党建\n1.深化改革。", title="苏州市2024年职业教育工作要点")[0] == "苏州市2024年职业教育工作要点"


def test_generic_words_are_not_places():
    assert meta("全市教育工作要点\n一、加强党建")[2] is None
