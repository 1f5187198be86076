"""Names found by their ending, quotes and known forms, with the right boundaries."""
from __future__ import annotations

import pytest

from loaders.extract.candidates import CandidateFinder
from loaders.extract.lexicon import load_lexicon
from loaders.extract.places import load_gazetteer


@pytest.fixture(scope="module")
def finder() -> CandidateFinder:
    return CandidateFinder(load_lexicon(), load_gazetteer())


def found(finder: CandidateFinder, text: str, city: str | None = None) -> set[tuple[str, str]]:
    return {(c.type, c.name) for c in finder.find(text, city)}


@pytest.mark.parametrize("text, name", [
    ("支持浙江大学优化学科布局。", "浙江大学"),
    ("加快推动中国科学院大学杭州高等研究院建设。", "中国科学院大学杭州高等研究院"),
    ("引导高校全力参与之江实验室建设。", "之江实验室"),
    ("抓实宁波职业技术学院和温州大学与老挝的合作项目。", "宁波职业技术学院"),
    ("抓实宁波职业技术学院和温州大学与老挝的合作项目。", "温州大学"),
    ("支持浙江大学宁波校区正式投入使用。", "浙江大学宁波校区"),
    ("理顺杭州广播电视大学管理体制。", "杭州广播电视大学"),
    ("全力办好杭州第二中学。", "杭州第二中学"),
    ("温州一中2024年度工作要点", "温州一中"),
])
def test_governing_words_are_not_part_of_an_institution(finder, text, name):
    assert ("Institution", name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "推动高校、中小学和职业院校协同发展。",
    "努力建设中国特色世界一流研究型大学。",
    "加强本地普通中小学与外籍人员子女学校的资源共享。",
    "新增全国青少年校园足球特色学校（幼儿园）不少于25所。",
    "推动大学科技园建设，提升大学毛入学率。",
    "在杭校区、研究院所办好办强。",
])
def test_generic_groups_are_not_institutions(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Institution"}


@pytest.mark.parametrize("text, name", [
    ("全面推进中小学幸福食堂工程，改善就餐条件。", "中小学幸福食堂工程"),
    ("积极参与强基计划。", "强基计划"),
    ("深入实施“县中振兴”计划。", "县中振兴计划"),
    ("持续打好“五育并举”攻坚战。", "五育并举"),
    ("推动各地“一县一品”“一校一特”建设。", "一校一特"),
    ("实施“985工程”和“211工程”。", "211工程"),
    ("举办第五届杭州—东京中小学校长论坛。", "杭州—东京中小学校长论坛"),
    ("完善青少年校园足球联赛。", "青少年校园足球联赛"),
    ("推进长三角生态绿色一体化发展示范区教育协作。", "长三角生态绿色一体化发展示范区"),
])
def test_programmes_keep_their_modifiers_and_lose_the_verb(finder, text, name):
    assert ("Programme", name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "实施一批前瞻性重大科技项目。",
    "用实际行动献礼建党百年。",
    "将防疫教育纳入学校教学计划。",
    "抓实两校与黑角市的重点项目。",
    "坚持“敢为、敢闯、敢干”的担当作为。",
    "加强对“一把手”的监督。",
    "完成各类零星维修工程。",
])
def test_descriptions_and_slogans_are_not_programmes(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Programme"}


@pytest.mark.parametrize("text, name", [
    ("根据省教育厅通知精神，开展工作。", "省教育厅"),
    ("建立健全由市人民政府统筹的机制。", "市人民政府"),
    ("健全完善市、县两级党委教育工作领导小组协调运行机制。", "党委教育工作领导小组"),
    ("做好工会、共青团、妇联等工作。", "妇联"),
    ("推进新时代关工委建设。", "关工委"),
    ("市人力资源和社会保障局负责。", "市人力资源和社会保障局"),
])
def test_bodies_are_found_with_their_jurisdiction_word(finder, text, name):
    assert ("Body", name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "支持苏州大学优化校区布局。",
    "各级教育行政部门要加强领导。",
    "实现符合条件的随迁子女都能获得政府提供的学位。",
    "形成新发展格局。",
])
def test_words_ending_like_a_body_are_not_bodies(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Body"}


def test_short_university_names_in_a_list_are_institutions(finder):
    got = found(finder, "推动中科大、人大、西工大、南京大学等“双一流”高校在宁办学。")
    assert {("Institution", n) for n in ("中科大", "人大", "西工大", "南京大学")} <= got
    assert ("Programme", "双一流") in got


def test_an_ambiguous_short_name_outside_a_list_is_not_an_institution(finder):
    assert not {n for t, n in found(finder, "市人大代表视察学校。") if t == "Institution"}


@pytest.mark.parametrize("text, place", [
    ("加强与新加坡的交流。", "新加坡"),
    ("统筹西湖区、拱墅区招生。", "拱墅区"),
    ("抓实两校与刚果（布）黑角市的重点项目。", "黑角市"),
    ("推进杭州教育事业。", "杭州"),
])
def test_places_come_from_the_gazetteer(finder, text, place):
    assert ("Place", place) in found(finder, text)


@pytest.mark.parametrize("text", [
    "坚持中国特色社会主义教育发展道路。",
    "为中国式现代化贡献力量。",
    "规范普通高中国际课程项目。",
])
def test_a_place_used_as_an_adjective_or_inside_a_word_is_not_a_place(finder, text):
    assert ("Place", "中国") not in found(finder, text)


def test_a_place_inside_an_institution_name_is_not_a_separate_place(finder):
    assert ("Place", "常熟") not in found(finder, "支持常熟理工学院申报硕士点。")


def test_a_district_written_without_its_city_is_found_in_that_city(finder):
    got = found(finder, "统筹相城区、工业园区普通高中招生。", city="苏州市")
    assert ("Place", "工业园区") in got


def test_cited_titles_are_policies_and_cited_plans_are_programmes(finder):
    got = found(finder, "贯彻《关于全面加强新时代大中小学劳动教育的意见》，实施《健康校园三年行动计划》。")
    assert ("Policy", "关于全面加强新时代大中小学劳动教育的意见") in got
    assert ("Programme", "健康校园三年行动计划") in got


def test_a_school_with_a_short_proper_name_is_an_institution_and_a_kind_of_school_is_not(finder):
    got = found(finder, "推动石室中学与农村小学、初级中学结对。")
    assert {n for t, n in got if t == "Institution"} == {"石室中学"}


@pytest.mark.parametrize("text, name", [
    ("教育部办公厅印发通知。", "教育部办公厅"),
    ("教育部教师工作司负责统筹。", "教育部教师工作司"),
    ("中国教师发展基金会配合。", "中国教师发展基金会"),
    ("市发展改革委、市财政局联合发文。", "市发展改革委"),
])
def test_ministry_offices_departments_and_associations_are_bodies(finder, text, name):
    assert ("Body", name) in found(finder, text)


def test_a_trade_association_in_general_is_not_a_body(finder):
    assert not {n for t, n in found(finder, "发挥行业协会作用。") if t == "Body"}


@pytest.mark.parametrize("text, name", [
    ("深化“五星三名”。", "五星三名"),
    ("打造“阳光学校”。", "阳光学校"),
    ("（“1216”工程）学校现代化治理顶层制度体系", "1216工程"),
    ("6.学校现代化治理体系和治理能力建设工程。", "学校现代化治理体系和治理能力建设工程"),
    ("7.智能化支持系统建设工程。", "智能化支持系统建设工程"),
])
def test_school_plan_programmes_are_found(finder, text, name):
    assert ("Programme", name) in found(finder, text)


def test_a_long_quoted_description_after_a_verb_is_not_a_programme(finder):
    text = "推进“纯集体教学转向集体教学与个性化教学有机融合”。"
    assert not {n for t, n in found(finder, text) if t == "Programme"}


@pytest.mark.parametrize("text, expected", [
    ("在市委市政府的坚强领导下，", {"市委", "市政府"}),
    ("市委教育工委印发通知。", {"市委教育工委"}),
    ("国务院教育督导委员会办公室印发通知。", {"国务院教育督导委员会办公室"}),
])
def test_joined_bodies_split_only_where_a_new_jurisdiction_starts(finder, text, expected):
    assert {n for t, n in found(finder, text) if t == "Body"} == expected


def test_a_school_attached_to_a_university_named_by_its_abbreviation_is_an_institution(finder):
    assert ("Institution", "人大附中") in found(finder, "人大附中与我市学校结对。")


@pytest.mark.parametrize("title", [
    "河南省职业教育提质培优实施方案", "全民科学素质行动规划纲要", "青岛市职业教育提质行动计划",
])
def test_cited_plans_schemes_and_outlines_are_programmes(finder, title):
    got = found(finder, f"为落实《{title}（2021—2025年）》和《关于加强家庭教育的意见》，特制定本方案。")
    assert ("Programme", title) in got
    assert ("Policy", "关于加强家庭教育的意见") in got


@pytest.mark.parametrize("title, name", [
    ("青岛市教育发展十四五规划（2021—2025年）", "青岛市教育发展十四五规划"),
    ("青岛市教育事业发展规划（2021-2025）", "青岛市教育事业发展规划"),
    ("中国教育现代化2035", "中国教育现代化2035"),
    ("青岛教育现代化2035规划", "青岛教育现代化2035规划"),
])
def test_a_cited_development_plan_of_a_period_is_a_policy(finder, title, name):
    got = found(finder, f"为落实《{title}》，特制定本方案。")
    assert ("Policy", name) in got
    assert not any(t == "Programme" for t, _ in got)


@pytest.mark.parametrize("text", [
    "请各区教育局9月底前将秋季学期开学工作计划报市教育局。",
    "区教育局要成立工作领导小组，统筹推进。",
    "各校应将安全管理工作计划报送备案。",
])
def test_a_name_never_reaches_back_across_a_date_or_a_modal_word(finder, text):
    got = found(finder, text)
    assert not any(("月底前" in n or "将" in n or "要" in n or "应" in n) for _t, n in got), got


@pytest.mark.parametrize("text, name", [
    ("总结推广“三权下沉”经验，激发学校办学活力。", "三权下沉"),
    ("探索建立“教育储蓄账户”制度。", "教育储蓄账户"),
    ("加快构建“2+N”政策体系。", "2+N"),
    ("持续开展“家长讲堂”、“名师课堂”等公益活动。", "家长讲堂"),
    ("持续开展“家长讲堂”、“名师课堂”等公益活动。", "名师课堂"),
    ("加快“数智校园”进程。", "数智校园"),
    ("全面落实“三减”政策。", "三减"),
])
def test_a_quoted_name_followed_by_a_head_noun_is_a_programme(finder, text, name):
    assert ("Programme", name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "发挥党员“桥头堡”作用。",
    "树立“育人为本”的理念。",
    "“十四五”期间，全市新增学位两万个。",
])
def test_a_quoted_slogan_followed_by_an_ordinary_word_is_not_a_programme(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Programme"}


@pytest.mark.parametrize("text, name", [
    ("统筹实施名园、名校、名所培育工程，带动整体提升。", "名园、名校、名所培育工程"),
    ("启动特级教师、正高级教师等人才梯队建设计划。", "特级教师、正高级教师等人才梯队建设计划"),
    ("实施山区县、海岛县中小学食堂改造计划。", "山区县、海岛县中小学食堂改造计划"),
])
def test_modifiers_listed_before_a_shared_head_name_one_programme(finder, text, name):
    got = {n for t, n in found(finder, text) if t == "Programme"}
    assert got == {name}


def test_listed_names_with_their_own_endings_stay_separate_programmes(finder):
    got = found(finder, "实施青蓝工程、春晖计划和阳光助学行动。")
    assert {("Programme", "青蓝工程"), ("Programme", "春晖计划"), ("Programme", "阳光助学行动")} <= got


def test_a_programme_after_coordinated_modifiers_is_taken_whole_or_not_at_all(finder):
    got = found(finder, "搭建区域教研协作与资源共享平台。")
    assert ("Programme", "资源共享平台") not in got


@pytest.mark.parametrize("text, name", [
    ("培育一批全省乡村教育振兴示范项目。", "全省乡村教育振兴示范项目"),
    ("创建全国青少年科学素养提升实验区。", "全国青少年科学素养提升实验区"),
])
def test_a_programme_keeps_its_national_or_provincial_scope_word(finder, text, name):
    assert ("Programme", name) in found(finder, text)


@pytest.mark.parametrize("text, name", [
    ("各市、县（市、区）教育局：现将有关事项通知如下。", "市、县（市、区）教育局"),
    ("请各设区市、县（市、区）财政局于10月底前报送。", "市、县（市、区）财政局"),
    ("各区（市）县教育局要加强统筹。", "区（市）县教育局"),
])
def test_a_department_shared_by_listed_jurisdiction_levels_is_one_body(finder, text, name):
    assert ("Body", name) in found(finder, text)


@pytest.mark.parametrize("text, name", [
    ("材料请报省教育厅职成处备案。", "省教育厅职成处"),
    ("成立全市劳动教育专业委员会，指导学校开展工作。", "劳动教育专业委员会"),
    ("加强与联合国儿童基金会和世界卫生组织的合作。", "世界卫生组织"),
    ("深化与联合国教科文组织的合作。", "联合国教科文组织"),
])
def test_divisions_committees_and_international_organisations_are_bodies(finder, text, name):
    assert ("Body", name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "基层党组织和社会组织共同参与。",
    "积极参与国际组织的教育交流。",
    "及时处理群众反映的问题，妥善处置突发事件。",
])
def test_common_words_ending_like_a_body_are_not_bodies(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Body"}


@pytest.mark.parametrize("text", [
    "县级教育部门要加强统筹。",
    "省、市教育部门和各级各类学校要高度重视。",
])
def test_a_known_body_name_inside_a_longer_word_is_not_found(finder, text):
    assert ("Body", "教育部") not in found(finder, text)


@pytest.mark.parametrize("text, name, type_", [
    ("推进宁波盐城义务教育帮扶，深度融入长三角一体化发展。", "长三角一体化发展", "Programme"),
    ("主动融入粤港澳大湾区都市圈建设。", "粤港澳大湾区都市圈", "Programme"),
    ("加快建设宁波高教园区。", "宁波高教园区", "Programme"),
    ("广泛开展阳光体育运动。", "阳光体育运动", "Programme"),
    ("组织学生参加市科技节、省艺术节等活动。", "市科技节", "Programme"),
    ("办好宁波特殊教育中心和温州特殊教育中心。", "宁波特殊教育中心", "Institution"),
    ("依托“致远学苑”培养拔尖学生。", "致远学苑", "Institution"),
])
def test_strategies_campuses_events_and_centres_are_found_by_their_head(finder, text, name, type_):
    assert (type_, name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "构建德育一体化路径，推进大中小学一体化建设。",
    "坚持以学生为中心，建设乡镇中心幼儿园。",
    "学生体育运动量不足。",
])
def test_heads_used_as_ordinary_words_make_no_name(finder, text):
    got = found(finder, text)
    assert not {n for t, n in got if t in ("Programme", "Institution")}, got


@pytest.mark.parametrize("text", [
    "建设数字化备课平台，推广信息化管理平台。",
    "打造“家校社三方协同一平台统筹管理”格局。",
])
def test_a_described_platform_or_an_ending_inside_a_longer_quote_is_not_a_programme(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Programme"}


@pytest.mark.parametrize("text, name", [
    ("建设“宁波教育大脑”平台，升级宁波智慧教育平台。", "宁波智慧教育平台"),
    ("推进省“十四五乡村教育振兴重点项目的建设工作。", "十四五乡村教育振兴重点项目"),
])
def test_a_named_platform_or_an_unclosed_quoted_name_is_still_a_programme(finder, text, name):
    assert ("Programme", name) in found(finder, text)


@pytest.mark.parametrize("text, name", [
    ("今年是国家十四五规划的关键之年。", "十四五规划"),
    ("对照“十四五”教育发展规划，逐项推进。", "十四五教育发展规划"),
    ("落实“强校”实施方案要求。", "强校实施方案"),
])
def test_a_plan_named_by_its_period_or_a_quoted_name_is_a_programme(finder, text, name):
    assert ("Programme", name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "依托宁波政务服务中心办理学籍手续。",
    "联合杭州疾病预防控制中心开展晨检。",
])
def test_a_centre_that_neither_teaches_nor_researches_is_not_an_institution(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Institution"}


def test_every_province_level_shares_the_department_that_ends_the_list(finder):
    got = found(finder, "各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：")
    assert ("Body", "省、自治区、直辖市教育厅") in got
    assert ("Body", "新疆生产建设兵团教育局") in got


def test_a_year_after_a_cut_verb_is_not_part_of_a_programme(finder):
    got = found(finder, "关于开展2025年全国中小学人工智能教育实验区遴选工作的通知")
    assert ("Programme", "全国中小学人工智能教育实验区") in got


def test_a_place_doing_something_is_the_subject_not_part_of_the_programme(finder):
    got = {n for t, n in found(finder, "支持海曙区建设全域教育信息化示范区，入选浙江省高水平大学建设计划。") if t == "Programme"}
    assert not any(n.startswith("海曙区") for n in got)
    assert "浙江省高水平大学建设计划" in got


def test_a_department_listed_after_a_jurisdiction_list_shares_the_whole_list(finder):
    got = found(finder, "各县（市、区）教育局、卫生健康局：")
    assert ("Body", "县（市、区）教育局") in got
    assert ("Body", "卫生健康局") in got  # its name as written; the resolver adds the levels


@pytest.mark.parametrize("text, name", [
    ("每年举办一次校园读书节。", "校园读书节"),
    ("市青少年体育运动学校要发挥引领作用。", None),
])
def test_counts_before_an_event_and_programme_words_inside_a_school_name(finder, text, name):
    got = {n for t, n in found(finder, text) if t == "Programme"}
    assert got == ({name} if name else set())


def test_an_award_keeps_the_name_of_its_giver(finder):
    got = found(finder, "扩大来华留学规模，增加中国政府奖学金名额。")
    assert ("Programme", "中国政府奖学金") in got


def test_a_development_area_outside_the_gazetteer_is_a_place(finder):
    got = found(finder, "推进临港新区与东湖高新区教育合作。")
    assert {("Place", "临港新区"), ("Place", "东湖高新区")} <= got


def test_a_kind_of_development_area_is_not_a_place(finder):
    assert not {n for t, n in found(finder, "支持国家级新区和城市新区建设，推进产业新区发展。") if t == "Place"}


@pytest.mark.parametrize("text, name", [
    ("深入推进“五育并举”综合改革。", "五育并举"),
    ("组织实施“卓越教师培养计划2.0”。", "卓越教师培养计划2.0"),
])
def test_a_quoted_name_after_a_governing_verb_or_with_a_version_is_a_programme(finder, text, name):
    assert ("Programme", name) in found(finder, text)


@pytest.mark.parametrize("text", [
    "严格落实“四个最严”要求。",
    "深入贯彻“以人民为中心”的发展思想。",
])
def test_a_quoted_requirement_or_idea_after_a_verb_is_not_a_programme(finder, text):
    assert not {n for t, n in found(finder, text) if t == "Programme"}


def test_a_school_named_by_a_place_and_a_kind_word_is_an_institution(finder):
    got = found(finder, "加快兰州高级中学、兰州实验小学集团化办学。")
    assert {("Institution", "兰州高级中学"), ("Institution", "兰州实验小学")} <= got


def test_a_level_of_government_in_general_is_not_a_body(finder):
    assert not {n for t, n in found(finder, "各省级人民政府要建立工作机制，县级以上地方人民政府予以保障。") if t == "Body"}


def test_two_parallel_quoted_phrases_before_a_cue_name_one_campaign(finder):
    assert ("Programme", "守正创新、笃行致远") in found(finder, "健全“守正创新、笃行致远”机制。")
    assert not {n for t, n in found(finder, "构建“全面、全程、全息”育人模式。") if t == "Programme"}


@pytest.mark.parametrize("text, name", [
    ("各设区市教育局，各高等学校：", "设区市教育局"),
    ("主动接受区人大常委会监督。", "区人大常委会"),
    ("加强与区政协的沟通。", "区政协"),
])
def test_legislatures_consultative_bodies_and_districted_cities_are_bodies(finder, text, name):
    assert ("Body", name) in found(finder, text)


def test_a_box_heading_of_generic_major_projects_is_not_a_programme(finder):
    got = {n for t, n in found(finder, "专栏2 “十四五”教育重大工程\n1.学前教育扩容提质工程。") if t == "Programme"}
    assert got == {"学前教育扩容提质工程"}


@pytest.mark.parametrize("text, type_, name", [
    ("确定南昌大学等5所高校为首批试点高校。", "Institution", "南昌大学"),
    ("各校于12月底前报送省教育厅人事处。", "Body", "省教育厅人事处"),
])
def test_announcing_and_reporting_verbs_are_not_part_of_a_name(finder, text, type_, name):
    assert (type_, name) in found(finder, text)


def test_kinds_of_college_set_up_in_numbers_are_not_institutions(finder):
    got = {n for t, n in found(finder, "建设一批现代产业学院和未来技术学院。") if t == "Institution"}
    assert got == set()
