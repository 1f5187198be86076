"""Short forms of university names in a list, expanded by their ending (交大 → 交通大学),
on sentences written for these tests."""
from __future__ import annotations

from tests.extract.texts import entity, extract_in_item, extract_text, names, pairs


def test_listed_short_forms_are_expanded_to_full_university_names():
    x = extract_in_item("推动大连理工、东北师大、南京农大等高校参与“北疆学者计划”。")
    assert {"大连理工大学", "东北师范大学", "南京农业大学"} <= names(x, "Institution")
    assert "东北师大" in entity(x, "东北师范大学").aliases
    assert pairs(x, "PARTICIPATES_IN") == {(u, "北疆学者计划") for u in ("大连理工大学", "东北师范大学", "南京农业大学")}


def test_a_short_form_and_its_verb_stay_out_of_a_programme_name():
    x = extract_in_item("支持北京交大、大连理工建设卓越工程师培养计划。")
    assert "卓越工程师培养计划" in names(x, "Programme")
    assert {"北京交通大学", "大连理工大学"} <= names(x, "Institution")


def test_a_lone_short_ending_in_a_subject_list_is_no_university():
    x = extract_in_item("加快发展理工、农医类学科，扩大师大学生规模。")
    assert names(x, "Institution") == set()


def test_a_short_form_the_text_defines_wins_over_the_table_and_the_usual_endings():
    x = extract_text("一、改革\n1.推进改革。发挥中国科学技术大学（以下简称“中国科大”）作用，支持中国科大建设量子学院。\n")
    assert {"中国科学技术大学"} <= names(x, "Institution")
    assert not names(x, "Institution") & {"中国科技大学", "中国科学院大学"}
