"""PARTICIPATES_IN in the shapes of selection notices and work points: a 的-phrase selected
for a programme, work within a programme's frame, a programme that favours institutions,
a lead institution, institutions admitted into a league and a role that echoes a
programme's name, on sentences written for these tests."""
from __future__ import annotations

from tests.extract.texts import extract_in_item, pairs


def test_units_of_listed_institutions_selected_for_a_programme_make_them_take_part():
    x = extract_in_item("经专家评审，确定湖南大学、中南大学等12所高校的20个基地为“卓越工程师计划”首批建设单位。")
    assert pairs(x, "PARTICIPATES_IN") == {("湖南大学", "卓越工程师计划"), ("中南大学", "卓越工程师计划")}


def test_an_institution_in_a_de_phrase_of_a_programme_still_owns_it():
    x = extract_in_item("湖南大学的“芙蓉学者计划”成效明显。")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_institutions_working_within_a_programmes_frame_take_part_in_it():
    x = extract_in_item("湖南大学、中南大学作为试点单位，在“卓越工程师计划”框架下探索贯通培养。")
    assert pairs(x, "PARTICIPATES_IN") == {("湖南大学", "卓越工程师计划"), ("中南大学", "卓越工程师计划")}


def test_institutions_supported_by_a_programme_that_favours_their_region_take_part():
    x = extract_in_item("“卓越工程师计划”向西部地区倾斜，支持贵州大学、广西大学在首批名单中各设立1个中心。")
    assert pairs(x, "PARTICIPATES_IN") == {("贵州大学", "卓越工程师计划"), ("广西大学", "卓越工程师计划")}


def test_institutions_supported_for_other_work_after_a_programme_clause_do_not_take_part():
    x = extract_in_item("“卓越工程师计划”成效明显，支持贵州大学、广西大学在首批名单中各设立1个中心。")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_the_lead_institution_of_a_league_founded_in_the_next_clause_takes_part():
    x = extract_in_item("同济大学牵头，联合东华大学、上海大学组建长三角智能制造人才培养联盟。")
    assert pairs(x, "PARTICIPATES_IN") == {(u, "长三角智能制造人才培养联盟") for u in ("同济大学", "东华大学", "上海大学")}


def test_schools_admitted_into_the_league_of_the_clause_before_take_part():
    x = extract_in_item("支持南京大学牵头成立江苏省思政课建设联盟，吸纳南京市第一中学、南京市金陵中学等50所学校加入。")
    assert pairs(x, "PARTICIPATES_IN") == {(u, "江苏省思政课建设联盟") for u in ("南京大学", "南京市第一中学", "南京市金陵中学")}


def test_institutions_whose_role_echoes_a_programme_named_earlier_take_part():
    x = extract_in_item("推进“苏陕教育协作”走深走实，江苏省选派教师100名，延安大学、南京师范大学作为协作高校共建研究中心。")
    assert pairs(x, "PARTICIPATES_IN") == {("延安大学", "苏陕教育协作"), ("南京师范大学", "苏陕教育协作")}


def test_a_role_that_echoes_no_programme_gives_no_pair():
    x = extract_in_item("推进“苏陕教育协作”走深走实，延安大学、南京师范大学作为牵头高校共建研究中心。")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_a_de_phrase_of_an_institution_serving_a_programme_without_a_selection_owns_nothing_new():
    x = extract_in_item("湖南大学的师生为“芙蓉学者计划”提供服务。")
    assert pairs(x, "PARTICIPATES_IN") == set()
