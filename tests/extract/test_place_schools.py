"""A county's 职业中学 is a named school (X县职业中学, X旗职业中学), while a city and a
school kind stay a kind (X市职业中学); a conjunction inside a place name (呼和浩特) does
not end an institution's name."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def _institutions(sentence: str) -> set[str]:
    return names(extract_text("某某通知\n一、任务\n1." + sentence + "\n"), "Institution")


def test_vocational_middle_school_of_a_banner_is_named():
    assert "鄂托克旗职业中学" in _institutions("鄂托克旗职业中学与北京市商业学校结对。")


def test_vocational_middle_school_of_a_county_is_named():
    assert "洛南县职业中学" in _institutions("支持洛南县职业中学改善办学条件。")


def test_city_and_a_school_kind_name_no_school():
    assert not _institutions("加强武汉市职业中学管理。")


def test_place_holding_a_conjunction_stays_in_the_name():
    assert "呼和浩特民族学院" in _institutions("组织呼和浩特民族学院学生参赛。")
