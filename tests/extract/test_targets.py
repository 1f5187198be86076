"""Quantified commitments: numbers with units and the thing counted (loaders.extract.targets)."""
from __future__ import annotations

import json

import pytest

from loaders.extract.targets import TargetSpan, find_targets
from loaders.numerals import chinese_number


def only(text: str) -> TargetSpan:
    found = find_targets(text)
    assert len(found) == 1, found
    return found[0]


def summary(text: str) -> list[tuple]:
    return [(t.quantity, t.unit, t.object) for t in find_targets(text)]


def test_counter_before_its_object_gives_quantity_unit_and_object():
    t = only("努力提升党建品牌内涵，建设30所“园丁先锋”党建示范学校，评选先进。")
    assert (t.quantity, t.unit, t.object) == (30, "所", "“园丁先锋”党建示范学校")


def test_rate_takes_the_object_on_its_left():
    assert summary("压降近视率，视力健康电子档案建档率100%。") == [(100, "%", "视力健康电子档案建档率")]


def test_rate_inside_a_longer_phrase_keeps_its_noun_and_drops_the_verb():
    assert summary("巩固民办义务教育在校生占比5%工作成效。") == [(5, "%", "民办义务教育在校生占比")]


def test_count_after_its_object_without_a_verb():
    assert summary("挂牌新时代劳动教育实践基地和青少年职业体验中心30个，开展劳动周。") == [
        (30, "个", "新时代劳动教育实践基地和青少年职业体验中心")]


def test_comparator_marks_a_minimum_and_the_object_before_it():
    t = only("新增全国青少年校园足球特色学校(幼儿园)不少于25所。")
    assert (t.quantity, t.unit, t.object, t.bound) == (25, "所", "全国青少年校园足球特色学校(幼儿园)", "at_least")


def test_words_on_both_sides_of_a_count_are_joined():
    t = only("贯彻落实关于加强青少年生命健康关爱工作的通知20项措施，推进建设。")
    assert (t.quantity, t.unit) == (20, "项")
    assert t.object.endswith("关爱工作的通知措施")


def test_time_words_and_verbs_before_a_count_are_not_its_object():
    assert summary("建立制度，每月组织1次教职工政治学习，推动落实。") == [(1, "次", "教职工政治学习")]


def test_a_verb_between_comparator_and_number_leaves_the_object_on_the_right():
    assert summary("确保每名学生至少掌握2项体育技能。") == [(2, "项", "体育技能")]


def test_wan_and_yi_are_multiplied_out_and_the_unit_keeps_only_yuan():
    assert summary("市财政安排专项资金1000万元，总投资283亿元，补助5.5万元。") == [
        (10_000_000, "元", "专项资金"), (28_300_000_000, "元", "总投资"), (55_000, "元", "补助")]


def test_chinese_numerals_are_converted():
    assert summary("支持建设三十所智慧校园示范校，完成两个区域数据中心建设。") == [
        (30, "所", "智慧校园示范校"), (2, "个", "区域数据中心建设")]


@pytest.mark.parametrize("numeral, value", [
    ("十", 10), ("十五", 15), ("三十", 30), ("两", 2), ("一百零五", 105), ("两千", 2000),
    ("三百五十", 350), ("十四五", None), ("二五", None),
])
def test_chinese_number_values(numeral, value):
    assert chinese_number(numeral) == value


def test_percent_written_in_words_and_approximate_bounds():
    t = only("高校毕业生就业率稳定在百分之九十五左右。")
    assert (t.quantity, t.unit, t.object, t.bound) == (95, "%", "高校毕业生就业率", "about")


def test_percentage_points_are_a_unit_of_their_own():
    assert summary("研究生招生规模提高5个百分点。") == [(5, "个百分点", "研究生招生规模")]


def test_later_numbers_of_a_list_share_the_first_ones_object():
    found = find_targets("小学、初中、高中学生近视率分别控制在46.8%、67.51%、72.73%，优良率达到60%以上。")
    assert [(t.quantity, t.unit) for t in found] == [(46.8, "%"), (67.51, "%"), (72.73, "%"), (60, "%")]
    assert {t.object for t in found[:3]} == {"小学、初中、高中学生近视率"}
    assert (found[0].bound, found[3].bound, found[3].object) == ("at_most", "at_least", "优良率")


def test_counts_in_a_list_each_take_their_own_object():
    assert summary("新培养创新领军人才30名、高层次人才和青年拔尖人才50名、市级学科带头人300名。") == [
        (30, "名", "创新领军人才"), (50, "名", "高层次人才和青年拔尖人才"), (300, "名", "市级学科带头人")]


def test_deadline_in_the_same_sentence_is_kept_as_written_and_as_a_date():
    t = only("到2025年，中小学生体质健康优良率达到60%以上。")
    assert (t.deadline, t.deadline_date) == ("到2025年", "2025-12-31")
    t = only("2024年6月底前，培训教师一万人次。")
    assert (t.quantity, t.unit, t.deadline, t.deadline_date) == (10_000, "人次", "2024年6月底前", "2024-06-30")


def test_a_bare_year_or_another_sentence_gives_no_deadline():
    assert only("2023年，全市新建幼儿园20所。").deadline is None
    assert only("到2025年基本建成。新建幼儿园20所。").deadline is None


def test_a_five_year_plan_period_is_a_deadline():
    t = find_targets("“十四五”期间，新建、改扩建中小学校120所。")[0]
    assert (t.quantity, t.object, t.deadline, t.deadline_date) == (
        120, "中小学校", "“十四五”期间", "2025-12-31")


def test_the_next_count_ends_an_object():
    assert summary("推进10所高校与20家企业共建产业学院。") == [(10, "所", "高校"), (20, "家", "企业共建产业学院")]


def test_a_starting_point_is_not_a_target():
    assert summary("必修学分从116学分减少到96学分。") == [(96, "学分", "必修学分")]


def test_a_note_after_the_unit_is_not_the_object():
    assert summary("力争在绍高校数达到14所（含研究生院），在校生数达到135000人。") == [
        (14, "所", "在绍高校数"), (135000, "人", "在校生数")]


@pytest.mark.parametrize("text", [
    "2023年，全市教育系统将以习近平新时代中国特色社会主义思想为指导。",  # a year
    "举办第十八届苏州—新加坡中小学校长教育研讨会。",  # an ordinal
    "推进青少年“5621”计划，推进心理援助“九个一”平台建设。",  # numbers inside names
    "组织“全面准确把握党的二十大精神，忠诚拥护，两个确立”研讨交流。",  # inside a long quote
    "拥有“四个自信,的孩子。",  # a quote whose closing mark is lost
    "全面贯彻落实国务院办十四五”特殊教育发展提升行动计划。",  # 十四五
    "深入实施苏州教育对外开放三年行动计划(2023-2025)。",  # a duration in a name
    "深度融合G60科创走廊，C9高校录取。",  # codes
    "学习贯彻党的二十大精神，落实中央八项规定。",  # numerals naming things
    "打造一批全国体育特色学校，办好每一所学校。",  # 一批: "a batch", not a count
    "确保每名学生熟练掌握1－2项艺术技能。",  # a range is no single commitment
    "提高中小学每百名学生拥有计算机台数。",  # a base
    "力争有学科进入ESI排名前1%。",  # a rank
    "严格落实《中小学减负33条》，按照“普高提质50条”要求。",  # titles
    "1学习贯彻党的二十大精神。2 .全面推进党的建设提质增效。",  # item numbers
    "其他学校等五个权限下放给学校。",  # a count summing up a list
])
def test_not_a_target(text):
    assert find_targets(text) == []


def test_offsets_cover_the_number_and_the_object(sample_text):
    for t in find_targets(sample_text):
        phrase = sample_text[t.start:t.end]
        assert str(t.quantity) in phrase or t.quantity >= 10000, t
        span = sample_text[t.object_start:t.object_end]
        assert t.object == span or (span.startswith(t.object[:2]) and span.endswith(t.object[-2:])), t
        assert t.start <= t.object_start and t.object_end <= t.end


def test_sample_targets_match_the_gold_file(sample_text, repo_root):
    from kg.evaluate import score

    gold = json.loads((repo_root / "tests/data/suzhou-2023-education-work-points.gold.json").read_text("utf-8"))
    pred = {"targets": [t.as_dict() for t in find_targets(sample_text)]}
    report = score(pred, {"targets": gold["targets"]})
    assert report.f1("targets") >= 0.9, report.table()


def test_component_stores_targets_on_the_doc():
    import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe("policy_kg_targets")
    doc = nlp("建设50个德育名师工作室，遴选劳动教育特色学校10所。")
    assert [(t.quantity, t.unit, t.object) for t in doc._.kg_targets] == [
        (50, "个", "德育名师工作室"), (10, "所", "劳动教育特色学校")]
    assert spacy.blank("zh")("没有目标。")._.kg_targets == ()


@pytest.fixture(scope="module")
def sample_text(sample_path) -> str:
    """The sample's clean text, as the loaders hand it to extraction."""
    import loaders

    return loaders.load(sample_path).clean.text


def test_listed_objects_that_all_reach_a_value_are_one_target_each():
    got = summary("到2025年，城区学校、乡镇学校标准化建设达标率均达到98%。")
    assert [(q, u) for q, u, _o in got] == [(98, "%"), (98, "%")]
    assert got[0][2] == "城区学校" and got[1][2].startswith("乡镇学校")


def test_a_count_in_an_outline_heading_is_not_a_target():
    assert find_targets("工作要点\n三、实施四项行动提升办学质量\n1.加强党建。") == []


def test_a_document_counted_in_a_definition_is_not_a_target():
    got = summary("构建“1+3”制度体系，即1个《关于深化课程改革的实施意见》。")
    assert not any(o.startswith("《") for _q, _u, o in got)


@pytest.mark.parametrize("text, quantity, unit", [
    ("每学期召开家长会一次。", 1, "次"),
    ("确保每个乡镇都有一所公办中心幼儿园。", 1, "所"),
    ("学生可在4年内修满规定学分。", 4, "年"),
])
def test_one_as_a_count_and_a_number_of_years_within_which(text, quantity, unit):
    t = only(text)
    assert (t.quantity, t.unit) == (quantity, unit)


def test_a_rate_before_an_action_counts_the_action():
    t = only("新入职教师100%参加岗前培训。")
    assert (t.quantity, t.unit) == (100, "%") and "参加岗前培训" in t.object


def test_one_after_at_least_is_a_count():
    t = only("每个县至少建成一所标准化特殊教育学校。")
    assert (t.quantity, t.unit) == (1, "所")


def test_a_particle_does_not_open_a_target_object():
    t = only("确保80%以上的区县通过国家督导评估。")
    assert t.quantity == 80 and not t.object.startswith("的")


def test_a_word_ending_in_a_particle_stays_whole_in_the_object():
    assert summary("推动校企签订横向合同300项以上。") == [(300, "项", "校企签订横向合同")]


def test_a_ceiling_before_an_amount_is_a_bound_and_the_object_stays_before_it():
    t = only("每个创新项目资助最多20万元。")
    assert (t.quantity, t.unit, t.object, t.bound) == (200000, "元", "每个创新项目资助", "at_most")


def test_visits_counted_per_company_keep_their_unit():
    assert summary("组织教师走访用人单位800家次。") == [(800, "家次", "教师走访用人单位")]


def test_an_activity_named_by_a_verb_right_before_its_count_is_the_object():
    assert summary("开展乡村教师数字素养培训2000人次。") == [(2000, "人次", "乡村教师数字素养培训")]


def test_a_noun_opening_like_a_comparator_is_part_of_the_object():
    assert summary("2025年资助突破项目负责人50名。") == [(50, "名", "突破项目负责人")]
    assert summary("在校生人数突破3万人。")[0][:2] == (30000, "人")


def test_a_count_after_deng_that_ends_its_clause_counts_the_group_that_has_the_list():
    assert summary("入选高校中，民族院校有西藏大学、青海民族大学等6所。") == [(6, "所", "民族院校")]


def test_a_joining_verb_after_the_kind_counted_is_not_part_of_it():
    assert summary("吸纳长沙市一中、雅礼中学等150所中小学加入。") == [(150, "所", "中小学")]


def test_medals_won_are_counted_without_the_verb():
    assert summary("力争获得金牌3枚。") == [(3, "枚", "金牌")]


def test_a_numbered_code_of_conduct_is_a_title_not_a_count():
    assert summary("落实新时代高校教师职业行为十项准则，开展专项整治5项。") == [(5, "项", "专项整治")]


@pytest.mark.parametrize("sep", ["｜", "|", "\t"])
def test_table_cell_separator_ends_a_targets_clause(sep):
    row = sep.join(["3", "改扩建校舍，每年新增寄宿床位不少于500个", "县教育局", "县财政局"])
    assert all(sep not in (t.object or "") for t in find_targets(row))
    assert (500, "个") in {(t.quantity, t.unit) for t in find_targets(row)}
