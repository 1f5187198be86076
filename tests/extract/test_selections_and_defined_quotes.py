"""Named selections (基地, 实验校, 示范校) after a cue of selection, and quoted short forms
defined or shared after a verb, on sentences written for these tests."""
from __future__ import annotations

from tests.extract.texts import extract_in_item, names, pairs


def test_schools_selected_for_a_named_base_take_part_in_it():
    x = extract_in_item("渤海中学、辽东中学入选教育部中小学书法教育基地。")
    assert names(x, "Programme") == {"中小学书法教育基地"}
    assert pairs(x, "PARTICIPATES_IN") == {("渤海中学", "中小学书法教育基地"), ("辽东中学", "中小学书法教育基地")}


def test_a_school_selected_as_a_national_trial_school_takes_part_in_it():
    x = extract_in_item("东湖小学入选全国中小学航天科普实验校。")
    assert pairs(x, "PARTICIPATES_IN") == {("东湖小学", "全国中小学航天科普实验校")}


def test_a_base_without_a_cue_in_its_clause_is_no_programme():
    x = extract_in_item("东湖小学入选省级示范校，建设研学实践基地。")
    assert not any(n.endswith("基地") for n in names(x, "Programme"))


def test_a_batch_title_of_another_programme_is_no_programme():
    x = extract_in_item("东湖小学、西湖小学入选“启航计划”首批实验校，南湖中学被确定为“启航计划”江城基地校。")
    assert names(x, "Programme") == {"启航计划"}


def test_a_quoted_short_form_after_its_definition_cue_is_an_alias():
    x = extract_in_item("实施“乡村振兴”科技服务行动（以下简称“乡村振兴”行动）。渤海理工大学、辽东工学院共同承担“乡村振兴”行动任务。")
    assert names(x, "Programme") == {"乡村振兴科技服务行动"}
    assert pairs(x, "PARTICIPATES_IN") == {("渤海理工大学", "乡村振兴科技服务行动"), ("辽东工学院", "乡村振兴科技服务行动")}


def test_institutions_listed_as_a_later_batch_of_the_programme_take_part_in_it():
    x = extract_in_item("实施“强省名校”职业院校建设项目。“强省名校”项目新增立项10所，渤海职业技术学院、辽东职业学院列入第二批建设单位。")
    assert pairs(x, "PARTICIPATES_IN") == {("渤海职业技术学院", "强省名校职业院校建设项目"),
                                           ("辽东职业学院", "强省名校职业院校建设项目")}


def test_subjects_of_universities_admitted_to_a_plan_take_part_in_it():
    x = extract_in_item("实施江淮一流学科建设计划，渤海大学、辽东大学等高校的一批学科纳入首批建设范围。")
    assert pairs(x, "PARTICIPATES_IN") == {("渤海大学", "江淮一流学科建设计划"), ("辽东大学", "江淮一流学科建设计划")}
