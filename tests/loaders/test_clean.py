"""Cleaning: noise out, confident repairs in, every clean character traceable to the source."""
from __future__ import annotations

import pytest

from loaders.clean import clean
from tests.loaders.spans import assert_clean_maps_to_source


def repaired(ct, rule):
    return [(ct.text[a:b], original) for a, b, original, r in ct.repairs if r == rule]


def test_site_boilerplate_line_is_removed(sample_parsed):
    assert "文库网" not in sample_parsed.clean.text
    assert "由会员分享" in sample_parsed.document.source


def test_page_marker_inside_a_word_is_removed(sample_parsed):
    text = sample_parsed.clean.text
    assert "扎实开展学习贯彻" in text
    assert "提质增效" in text and "守牢教育系统疫情防线" in text


def test_page_marker_before_the_title_is_removed(sample_parsed):
    assert sample_parsed.clean.text.startswith("苏州市2023年全市教育工作要点2023年，")


def test_line_start_numbers_that_end_no_cut_sentence_stay_as_items():
    text = "工作要点\n1、加强党建。\n2、深化改革。\n3、完善保障。\n4、强化督查。"
    assert clean(text).text == text


def test_ocr_digits_before_a_counting_word_become_numbers(sample_parsed):
    assert "打造100节“课程思政”优秀课例" in sample_parsed.clean.text
    assert ("100", "IOO") in repaired(sample_parsed.clean, "ocr-digits")


def test_ocr_o_after_percent_becomes_a_full_stop(sample_parsed):
    assert "建档率100%。实施" in sample_parsed.clean.text


def test_character_split_in_two_is_joined(sample_parsed):
    assert "加强“苏州市成果转化平台”建设" in sample_parsed.clean.text
    assert ("加", "力口") in repaired(sample_parsed.clean, "split-characters")


def test_numeral_one_between_two_places_becomes_a_dash(sample_parsed):
    assert "第十八届苏州—新加坡中小学校长教育研讨会" in sample_parsed.clean.text


def test_numeral_one_elsewhere_is_kept():
    for text in ("推进一体化，与一新加坡企业合作", "苏州一中国际部", "绍兴一中2021年度工作要点"):
        assert clean(text).text == text


def test_doubled_year_range_is_left_as_written(sample_parsed):
    assert "三年行动计划（20232023）" in sample_parsed.clean.text


def test_quote_opened_twice_is_closed(sample_parsed):
    assert "“苏州师说党的二十大”活动" in sample_parsed.clean.text


def test_comma_before_de_closes_an_open_quote(sample_parsed):
    assert "拥有“四个自信”的孩子" in sample_parsed.clean.text


def test_ascii_punctuation_in_chinese_text_becomes_full_width():
    assert clean("市、县级市(区)两级,加强:监督;好吗?").text == "市、县级市（区）两级，加强：监督；好吗？"


def test_decimal_points_item_dots_and_latin_text_are_kept():
    text = "近视率控制在46.8%\n2 .全面推进\nESI排名, G60 (test)"
    assert clean(text).text == "近视率控制在46.8%\n2 .全面推进\nESI排名，G60 (test)"


def test_full_width_digits_become_half_width():
    assert clean("建设３０所学校").text == "建设30所学校"


def test_indentation_blank_lines_and_spaces_in_chinese_are_removed():
    text = "\u3000第七章\u3000高等教育\n\n\u3000\u3000（十八）全面提高高等教育质量。\n\n"
    assert clean(text).text == "第七章高等教育\n（十八）全面提高高等教育质量。"
    assert clean("苏州市2023 年全市").text == "苏州市2023年全市"


def test_page_numbers_and_repeated_headers_are_removed():
    page = "苏州市教育局文件\n{}\n- {} -\n"
    body = ["一、加强党建。\n要加强。\n要落实。\n要监督。", "二、深化改革。\n要改革。\n要创新。\n要评价。", "三、完善保障。"]
    text = "".join(page.format(b, i + 1) for i, b in enumerate(body)) + "第4页 共4页\n四、强化督查。"
    assert clean(text).text.split("\n")[::4] == ["一、加强党建。", "二、深化改革。", "三、完善保障。"]
    assert "苏州市教育局文件" not in clean(text).text and "第4页" not in clean(text).text


def test_short_lines_repeated_close_together_are_kept():
    text = "牵头单位\n市教育局\n市教育局\n市教育局\n配合单位"
    assert clean(text).text == text


def test_lines_wrapped_by_the_page_width_of_a_pdf_are_joined():
    text = "建设市域产教联合体，推动苏州工业园区职业技术学院与\n企业共建实训基地，建设十个产教融合实训基地，完善\n经费投入机制。\n二、强化保障"
    assert clean(text).text == text  # typed text: lines are paragraphs
    assert clean(text, format="pdf").text.split("\n") == [
        "建设市域产教联合体，推动苏州工业园区职业技术学院与企业共建实训基地，建设十个产教融合实训基地，完善经费投入机制。",
        "二、强化保障",
    ]


def test_no_rules_leave_the_text_as_it_is():
    text = "任意文本, with IOO节"
    ct = clean(text, rules=())
    assert ct.text == text and list(ct.offsets) == list(range(len(text) + 1)) and ct.repairs == ()


def test_every_clean_character_maps_to_its_source_character_or_a_documented_repair(sample_parsed):
    assert_clean_maps_to_source(sample_parsed.document.source, sample_parsed.clean)
    assert len(sample_parsed.clean.repairs) > 100  # the commas alone


@pytest.mark.parametrize(
    "text",
    ["\ufeff\u3000\u3000一、总体要求\r\n\r\n1.加强党建,完善IOO节。第2页\r\n", "力口强\n\n\n“甲“乙", "", "\n\n", "1、a\n2、b\n3、c"],
)
def test_offsets_hold_for_edge_cases(text):
    ct = clean(text)
    assert_clean_maps_to_source(text, ct)
    for i in range(len(ct.text)):
        a, b = ct.to_source(i, i + 1)
        assert 0 <= a < b <= len(text)


def test_page_markers_are_found_when_a_page_is_missing(sample_path):
    source = sample_path.read_text(encoding="utf-8-sig").replace("\n9、", "\n")  # page 9 lost
    text = clean(source).text
    assert "扎实开展学习" in text and "学校长教育研讨会" in text
    assert text.count("\n") == 1  # only where the lost marker was
