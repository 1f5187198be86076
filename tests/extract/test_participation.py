"""PARTICIPATES_IN sentence shapes beyond one clause, and the name boundaries they rely on,
on paragraphs written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.texts import extract_in_item, extract_text, names, pairs


def test_institutions_introduced_by_you_after_a_programme_clause_take_part_in_it():
    x = extract_in_item("实施乡村教育振兴工程，由兰州大学、西北师范大学、甘肃农业大学等托管帮扶20所县中。")
    assert pairs(x, "PARTICIPATES_IN") == {(u, "乡村教育振兴工程") for u in ("兰州大学", "西北师范大学", "甘肃农业大学")}


def test_institutions_supported_as_pilot_schools_take_part_in_the_pilot_before():
    x = extract_in_item("深入开展“学分互认”制度试点，支持甘肃林业职业技术学院、兰州石化职业技术大学等试点院校扩大规模。")
    assert pairs(x, "PARTICIPATES_IN") == {("甘肃林业职业技术学院", "学分互认"), ("兰州石化职业技术大学", "学分互认")}


def test_institutions_introduced_after_two_programmes_take_part_in_both():
    x = extract_in_item("实施“陇原英才计划”和“河西学者计划”，支持兰州交通大学、西北民族大学等高校参与。")
    assert pairs(x, "PARTICIPATES_IN") == {(u, p) for u in ("兰州交通大学", "西北民族大学")
                                           for p in ("陇原英才计划", "河西学者计划")}


def test_institutions_joining_the_building_of_a_platform_take_part_in_it():
    x = extract_in_item("建设陇原智慧教育平台，由兰州交通大学、兰州理工大学参与建设。")
    assert pairs(x, "PARTICIPATES_IN") == {("兰州交通大学", "陇原智慧教育平台"), ("兰州理工大学", "陇原智慧教育平台")}


def test_institutions_supported_to_build_something_else_do_not_join_the_programme_before():
    x = extract_in_item("实施“丝路英才计划”，支持兰州大学、西北师范大学建设国际学院。")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_the_first_institution_of_a_list_after_de_is_kept():
    x = extract_in_item("支持入选“强基计划”的湖南大学、中南大学扩大招生规模。")
    assert pairs(x, "PARTICIPATES_IN") == {("湖南大学", "强基计划"), ("中南大学", "强基计划")}


def test_a_list_of_short_forms_and_its_verb_stay_out_of_the_programme_name():
    x = extract_in_item("支持浙大、华中大、武大建设基础学科拔尖学生培养计划2.0基地。")
    assert "基础学科拔尖学生培养计划2.0" in names(x, "Programme")  # the version is the plan's (golds' convention)
    assert pairs(x, "PARTICIPATES_IN") == {(u, "基础学科拔尖学生培养计划2.0") for u in ("浙江大学", "华中科技大学", "武汉大学")}


def test_an_institution_building_another_gives_two_names():
    x = extract_in_item("支持华中大建设国家卓越工程师学院，推动西北大学建设丝路文化研究院。")
    assert {"华中科技大学", "国家卓越工程师学院", "西北大学", "丝路文化研究院"} <= names(x, "Institution")
    assert not any("建设" in n for n in names(x, "Institution"))


def test_institutions_a_programme_relies_on_in_the_clause_before_take_part_in_it():
    x = extract_in_item("依托兰州大学、西北师范大学，实施“陇原学者计划”。")
    assert pairs(x, "PARTICIPATES_IN") == {("兰州大学", "陇原学者计划"), ("西北师范大学", "陇原学者计划")}


def test_institutions_supported_with_nothing_else_to_do_take_part_in_the_programme_before():
    x = extract_in_item("实施“陇原学者计划”，支持兰州大学、西北师范大学等高校。")
    assert pairs(x, "PARTICIPATES_IN") == {("兰州大学", "陇原学者计划"), ("西北师范大学", "陇原学者计划")}


def test_an_institution_relied_on_for_a_new_institute_joins_no_programme():
    x = extract_in_item("依托兰州大学，建设丝路文化研究院，推进“陇原学者计划”。")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_pilot_institutions_as_subject_after_a_pilot_programme_take_part_in_it():
    x = extract_in_item("开展“学分银行”制度试点，湖南信息职业技术学院、湖南化工职业技术学院等试点院校要做好学分认定。")
    assert pairs(x, "PARTICIPATES_IN") == {("湖南信息职业技术学院", "学分银行"), ("湖南化工职业技术学院", "学分银行")}


def test_institutions_selected_as_examples_of_the_programme_before_take_part_in_it():
    x = extract_in_item("推进“湘韵工匠”行动，遴选湖南机电职业技术学院、湖南汽车工程职业学院为“湘韵工匠”培育学校。")
    assert pairs(x, "PARTICIPATES_IN") == {("湖南机电职业技术学院", "湘韵工匠行动"), ("湖南汽车工程职业学院", "湘韵工匠行动")}


def test_each_programme_of_a_sentence_gets_its_own_institutions():
    x = extract_in_item("实施“陇原学者计划”，支持兰州大学、西北师范大学参与；推进乡村教师培育工程，由天水师范学院、陇东学院承担。")
    assert pairs(x, "PARTICIPATES_IN") == {
        ("兰州大学", "陇原学者计划"), ("西北师范大学", "陇原学者计划"),
        ("天水师范学院", "乡村教师培育工程"), ("陇东学院", "乡村教师培育工程")}


def test_institutions_that_jointly_founded_an_alliance_take_part_in_it():
    x = extract_in_item("由云岭大学、滇池大学共同发起的西南高校思政联盟正式成立。")
    assert pairs(x, "PARTICIPATES_IN") == {("云岭大学", "西南高校思政联盟"), ("滇池大学", "西南高校思政联盟")}


def test_an_institution_named_in_a_de_phrase_of_its_own_programme_stays_no_participant():
    x = extract_in_item("推广云岭大学的“边疆课堂”项目经验。")
    assert pairs(x, "PARTICIPATES_IN") == set()


@pytest.mark.parametrize("sentence", [
    "云岭大学、滇池大学等学校要发挥“高原学者计划”示范作用。",
    "发挥云岭大学、滇池大学在高原学者计划中的引领作用。",
    "依托云岭大学、滇池大学实施高原学者计划。",
    "云岭大学、滇池大学入选高原学者计划。",
    "支持云岭大学、滇池大学参与高原学者计划。",
])
def test_institutions_in_one_clause_with_a_programme_they_serve_take_part(sentence):
    x = extract_in_item(sentence)
    assert pairs(x, "PARTICIPATES_IN") == {("云岭大学", "高原学者计划"), ("滇池大学", "高原学者计划")}


def test_institutions_moving_into_a_quoted_park_take_part_in_it():
    x = extract_in_item("支持兰州大学、兰州理工大学入驻“陇原科创谷”，孵化科技型企业。")
    assert pairs(x, "PARTICIPATES_IN") == {(u, "陇原科创谷") for u in ("兰州大学", "兰州理工大学")}


def test_contestants_sent_to_a_competition_stay_out_of_its_name():
    x = extract_in_item("组织学生参加全国大学生电子设计大赛，力争获奖。")
    assert "全国大学生电子设计大赛" in names(x, "Programme")


def test_counterpart_support_names_the_supported_and_keeps_the_plan_whole():
    x = extract_text("一、合作\n1.深化合作。落实教育部对口支援西部地区高等学校计划，对口支援北方民族大学、东湖学院。\n")
    assert "对口支援西部地区高等学校计划" in names(x, "Programme")
    assert {"北方民族大学", "东湖学院"} <= names(x, "Institution")
    assert ("北方民族大学", "对口支援西部地区高等学校计划") in pairs(x, "PARTICIPATES_IN")


def test_province_and_ministry_building_together_is_no_body():
    x = extract_text("一、保障\n1.强化保障。争取青海省人民政府支持，落实省部共建协议。\n")
    assert not any(n.endswith("部") for n in names(x, "Body"))


def test_an_institution_acting_in_a_role_in_the_next_clause_takes_part():
    x = extract_in_item("黄海实验室向中小学生开放展区，并作为主要实践场所承办“海洋少年”研学活动。")
    assert pairs(x, "PARTICIPATES_IN") == {("黄海实验室", "海洋少年研学活动")}


def test_an_institution_after_an_item_number_is_its_clause_subject():
    x = extract_text("一、改革\n3. 黄海实验室向中小学生开放展区，并作为主要实践场所承办“海洋少年”研学活动。\n")
    assert pairs(x, "PARTICIPATES_IN") == {("黄海实验室", "海洋少年研学活动")}
