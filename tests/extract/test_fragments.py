"""Fragments and generic phrases that are no names, and short department names that are,
on sentences written for these tests."""
from __future__ import annotations

from tests.extract.texts import extract_in_item, names


def test_xuehui_as_the_verb_learn_is_no_body():
    x = extract_in_item("帮助儿童在入学前学会普通话，引导学生学会感恩。")
    assert names(x, "Body") == set()


def test_related_projects_and_skills_contests_are_descriptions():
    x = extract_in_item("推进全国青年技能大赛湖南集训基地相关项目建设，组织学生参加技能大赛。")
    assert not any(n.endswith("项目") for n in names(x, "Programme"))
    assert "技能大赛" not in names(x, "Programme")


def test_a_place_and_a_kind_of_school_is_no_institution():
    x = extract_in_item("办好长沙市中等职业学校，支持株洲市实验小学创建示范校。")
    assert names(x, "Institution") == {"株洲市实验小学"}


def test_a_city_education_commission_is_a_body():
    x = extract_in_item("天津市教委牵头，市卫健委配合。")
    assert {"天津市教委", "市卫健委"} <= names(x, "Body")
