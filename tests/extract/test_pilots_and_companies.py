"""Pilots named after a selection verb, forums of university presidents and companies whose
names hold a bureau, on paragraphs written for these tests."""
from __future__ import annotations

from tests.extract.texts import extract_in_item, names, pairs


def test_a_pilot_that_institutions_are_selected_into_is_a_programme_they_take_part_in():
    x = extract_in_item("湖南师范大学、长沙学院纳入教师教育数字化转型改革试点，探索新路径。")
    assert "教师教育数字化转型改革试点" in names(x, "Programme")
    assert pairs(x, "PARTICIPATES_IN") == {(u, "教师教育数字化转型改革试点") for u in ("湖南师范大学", "长沙学院")}


def test_a_pilot_that_is_only_carried_out_is_no_named_programme():
    x = extract_in_item("稳妥开展县域普通高中办学模式改革试点，总结经验。")
    assert not any(n.endswith("试点") for n in names(x, "Programme"))


def test_a_forum_of_university_presidents_names_no_university():
    x = extract_in_item("办好第三届中俄大学校长论坛，深化人文交流。")
    assert "中俄大学校长论坛" in names(x, "Programme")
    assert names(x, "Institution") == set()


def test_a_company_named_after_an_engineering_bureau_is_no_body_and_no_programme():
    x = extract_in_item("支持湖南大学与中铁五局集团有限公司、中国水利水电第八工程局有限公司共建研发中心。")
    assert names(x, "Body") == set()
    assert not any("工程" in n for n in names(x, "Programme"))
