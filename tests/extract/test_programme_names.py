"""Programme names and their resolution beyond suffix and quotes: coordinated names with a
definition, bracketed places, ordinals, events, quota words, brands, on paragraphs written
for these tests."""
from __future__ import annotations

from tests.extract.texts import entity, extract_in_item, extract_text, names, pairs


def test_a_coordinated_name_defined_by_a_short_form_is_one_programme():
    x = extract_in_item("实施高水平应用型本科高校和优势学科建设计划（以下简称“双优计划”），推进“双优计划”建设。")
    assert names(x, "Programme") == {"高水平应用型本科高校和优势学科建设计划"}
    assert "双优计划" in entity(x, "高水平应用型本科高校和优势学科建设计划").aliases


def test_a_place_in_brackets_belongs_to_a_science_city_or_alliance():
    x = extract_in_item("支持东部（宁波）科学城、中国（洛阳）科技城建设，推动成立长三角（合肥）教育联盟。")
    assert {"东部(宁波)科学城", "中国(洛阳)科技城", "长三角(合肥)教育联盟"} <= {
        n.replace("（", "(").replace("）", ")") for n in names(x, "Programme")}


def test_an_industry_education_consortium_is_a_programme_its_founders_join():
    x = extract_in_item("由宁波职业技术学院联合浙江工商职业技术学院组建宁波市域产教联合体。")
    assert "宁波市域产教联合体" in names(x, "Programme")
    assert {"宁波职业技术学院", "浙江工商职业技术学院"} <= names(x, "Institution")


def test_an_ordinal_phase_stays_in_a_plan_name():
    x = extract_in_item("实施第三期特殊教育提升行动计划。")
    assert names(x, "Programme") == {"第三期特殊教育提升行动计划"}


def test_named_weeks_are_programmes():
    x = extract_in_item("办好全国推广普通话宣传周、职业教育活动周和校园科技活动周。")
    assert {"全国推广普通话宣传周", "职业教育活动周", "校园科技活动周"} <= names(x, "Programme")


def test_an_enrolment_quota_is_no_programme():
    x = extract_in_item("五年一贯制招生计划占高职招生计划的比例达到20%。")
    assert not any(n.endswith("招生计划") for n in names(x, "Programme"))


def test_the_quoted_name_before_a_brand_is_the_programme():
    x = extract_in_item("打造“走读的党史课”品牌，深化“陇上行知”思政课品牌建设。")
    assert {"走读的党史课", "陇上行知"} <= names(x, "Programme")
    assert not any(n.endswith("品牌") for n in names(x, "Programme"))


def test_a_quoted_short_name_inside_a_longer_programme_name_is_its_alias():
    x = extract_in_item("实施中小学党建“红烛领航”建设计划，推进“红烛领航”工作走深走实。")
    assert names(x, "Programme") == {"中小学党建红烛领航建设计划"}
    assert "红烛领航" in entity(x, "中小学党建红烛领航建设计划").aliases


def test_a_mass_organisation_named_with_its_province_and_alone_is_one_body():
    x = extract_text("甘肃省2024年教育工作要点\n一、协同\n1.加强协同。联合甘肃省社科联开展课题研究，社科联要加强指导。\n", "gs.txt")
    assert names(x, "Body") == {"甘肃省社科联"}
    assert "社科联" in entity(x, "甘肃省社科联").aliases


def test_a_word_holding_a_conjunction_character_does_not_cut_a_name():
    x = extract_in_item("推进国家通用语言文字普及提升工程，打造和谐校园示范工程。")
    assert {"国家通用语言文字普及提升工程", "和谐校园示范工程"} <= names(x, "Programme")


def test_a_version_number_after_a_plan_belongs_to_its_name():
    x = extract_in_item("依托兰州大学实施卓越农林人才教育培养计划2.0，培养规模1.5万人。")
    assert "卓越农林人才教育培养计划2.0" in names(x, "Programme")


def test_an_alliance_after_a_quoted_modifier_is_named_whole():
    x = extract_in_item("支持四川大学、重庆大学等高校加入“双碳”高校创新联盟，开展联合攻关。")
    assert "双碳高校创新联盟" in names(x, "Programme")
    assert "双碳" not in names(x, "Programme")


def test_a_quoted_base_or_study_camp_is_a_programme_whatever_its_length():
    x = extract_text("一、开放\n1.扩大开放。支持北方民族大学建设“中亚西亚小语种人才培养基地”，与东湖大学联合举办“丝路沿线青年学生文化研习营”。\n")
    assert {"中亚西亚小语种人才培养基地", "丝路沿线青年学生文化研习营"} <= names(x, "Programme")


def test_a_programme_kind_counted_at_the_end_of_its_clause_is_no_programme():
    x = extract_text("一、学科\n1.优化学科。实施“新兴学科孵化计划”，设立新兴学科孵化项目12个。\n")
    assert "新兴学科孵化项目" not in names(x, "Programme")
    assert "新兴学科孵化计划" in names(x, "Programme")


def test_an_economic_area_before_a_programmes_name_is_part_of_it():
    x = extract_in_item("西南交通大学牵头组建成渝地区双城经济圈轨道交通产教融合共同体。")
    assert "成渝地区双城经济圈轨道交通产教融合共同体" in names(x, "Programme")
    assert pairs(x, "PARTICIPATES_IN") == {("西南交通大学", "成渝地区双城经济圈轨道交通产教融合共同体")}


def test_a_quoted_campaign_whose_results_are_kept_is_a_programme():
    x = extract_in_item("巩固“双减”成果，巩固提升教学质量。")
    assert names(x, "Programme") == {"双减"}


def test_a_contest_is_a_programme_only_with_its_scope():
    x = extract_in_item("依托全国青少年信息学奥林匹克竞赛选拔学生，提升理工类竞赛成绩，开展学科竞赛。")
    assert names(x, "Programme") == {"全国青少年信息学奥林匹克竞赛"}


def test_a_platform_of_interdisciplinary_work_without_a_name_is_no_programme():
    x = extract_in_item("建设交叉学科平台，支持湖南大学建设量子科学交叉学科平台。")
    assert names(x, "Programme") == {"量子科学交叉学科平台"}


def test_a_quoted_topic_of_courses_is_no_programme():
    x = extract_in_item("支持湖南大学、中南大学建设“人工智能+数学”交叉课程群，开设“湖湘文化”课程。")
    assert names(x, "Programme") == set()
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_quoted_pairing_manner_is_no_programme():
    x = extract_text("一、任务\n1.推进工作。甲山职业学院与乙水职业学院开展“一对一”结对帮扶，推进“点对点”输送。\n")
    assert not {"一对一", "点对点"} & names(x, "Programme")
    assert not pairs(x, "PARTICIPATES_IN")


def test_an_engineering_degree_is_no_programme():
    x = extract_in_item("深化校企联合培养工程硕士博士，实施校企协同育人工程。")
    assert names(x, "Programme") == {"校企协同育人工程"}
