"""Institution names beyond a plain suffix run: a region in brackets, a campus named by a
place outside the gazetteer, honours colleges (学堂), dashed joint institutes, on
paragraphs written for these tests."""
from __future__ import annotations

from tests.extract.texts import entity, extract_in_item, extract_text, names, pairs


def test_a_region_in_brackets_after_a_university_belongs_to_its_name():
    x = extract_in_item("支持中国地质大学（华中）、西南交通大学等高校建设优势学科。")
    assert "中国地质大学（华中）" in names(x, "Institution") or "中国地质大学(华中)" in names(x, "Institution")
    assert "中国地质大学" not in names(x, "Institution")


def test_a_campus_named_by_a_local_area_is_one_institution():
    x = extract_in_item("加快浙江大学紫金港校区三期工程建设，支持宁波大学梅山校区改善办学条件。")
    assert {"浙江大学紫金港校区", "宁波大学梅山校区"} <= names(x, "Institution")
    assert not any("校区" in n for n in names(x, "Programme"))


def test_a_campus_after_a_building_verb_is_no_name():
    x = extract_in_item("支持南昌大学建设新校区。")
    assert names(x, "Institution") == {"南昌大学"}


def test_an_honours_college_of_a_university_is_an_institution_that_carries_a_programme():
    x = extract_in_item("依托武汉大学弘毅学堂实施珞珈拔尖人才培养计划。")
    assert "武汉大学弘毅学堂" in names(x, "Institution")
    assert pairs(x, "PARTICIPATES_IN") == {("武汉大学弘毅学堂", "珞珈拔尖人才培养计划")}


def test_a_parents_class_without_a_university_is_no_institution():
    x = extract_in_item("各地开设家长学堂，普及家庭教育知识。")
    assert not any(n.endswith("学堂") for n in names(x, "Institution"))


def test_a_research_institute_named_after_two_universities_is_kept_whole():
    x = extract_in_item("办好天津大学-佐治亚理工学院联合研究院，深化科研合作。")
    assert "天津大学-佐治亚理工学院联合研究院" in names(x, "Institution")


def test_a_school_in_its_full_registered_form_keeps_its_last_character():
    x = extract_in_item("由成都市第七中学校、成都市石室中学校分别托管帮扶三所县中，组织中学校长培训。")
    assert names(x, "Institution") == {"成都市第七中学校", "成都市石室中学校"}


def test_a_group_of_schools_is_named_after_its_place_or_lead_school_not_its_kind():
    x = extract_in_item("支持武汉市育英教育集团、石室中学教育集团输出课程，新组建义务教育阶段教育集团30个。")
    assert names(x, "Institution") == {"武汉市育英教育集团", "石室中学教育集团"}


def test_a_league_of_school_groups_is_one_programme():
    x = extract_in_item("推动成都职业技术学院加入西南职业教育集团联盟。")
    assert "西南职业教育集团联盟" in names(x, "Programme")


def test_kinds_of_unit_and_groups_of_units_are_no_institutions():
    x = extract_in_item("推动国家实验室向学生开放，支持中国地质科学院所属研究所、“新工科”各专业虚拟教研室参与，"
              "遴选一批荣誉学院。")
    assert names(x, "Institution") <= {"中国地质科学院"}


def test_a_school_second_name_alone_in_brackets_is_its_alias():
    x = extract_text("一、改革\n1.烟台第二中学、烟台第十七中学（鲁东大学附属中学）被确定为基地校。\n")
    assert names(x, "Institution") == {"烟台第二中学", "烟台第十七中学"}
    assert "鲁东大学附属中学" in entity(x, "烟台第十七中学").aliases
