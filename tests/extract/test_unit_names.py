"""Names of a university's own units and of ranked laboratories: topics joined by 与, a
rank before the ending, responsible units in annotations, and the verbs and time words a
name must not take in from its left."""
from tests.extract.texts import extract_in_item, names


def _x(sentence: str):
    return extract_in_item(sentence, "一、工作\n1.推进工作。")


def test_a_college_of_continuing_education_keeps_its_whole_name():
    x = _x("北方理工大学继续教育学院年内培训基层干部800人次。")
    assert "北方理工大学继续教育学院" in names(x, "Institution")


def test_a_sense_of_community_does_not_end_a_programme_name():
    x = _x("支持河东大学牵头组建河东省铸牢中华民族共同体意识研究联盟。")
    assert "河东省铸牢中华民族共同体意识研究联盟" in names(x, "Programme")
    assert not any(n.endswith("共同体") for n in names(x, "Programme"))


def test_a_ranked_laboratory_is_named_by_its_topic_and_rank():
    x = _x("推进高原作物育种全国重点实验室、先进陶瓷材料国家重点实验室建设，支持北方师范大学智慧学习教育部重点实验室开展研究。")
    assert {"高原作物育种全国重点实验室", "先进陶瓷材料国家重点实验室",
            "北方师范大学智慧学习教育部重点实验室"} <= names(x, "Institution")
    assert "教育部" not in names(x, "Body")


def test_a_bare_rank_before_a_laboratory_names_none():
    x = _x("支持各高校建设国家重点实验室和省重点实验室。")
    assert not names(x, "Institution")


def test_two_topics_joined_by_yu_name_one_college():
    x = _x("推动能源科学与工程学院与北方化学研究所共建“储能人才协同育人平台”。")
    assert {"能源科学与工程学院", "北方化学研究所"} <= names(x, "Institution")
    assert "工程学院" not in names(x, "Institution")


def test_two_named_universities_joined_by_yu_stay_two():
    x = _x("推动东山大学与西河学院开展合作。")
    assert {"东山大学", "西河学院"} <= names(x, "Institution")


def test_a_verb_ending_in_yu_joins_no_topics():
    x = _x("支持东山大学参与江岸实验室、西河大学参与湖心实验室建设。")
    assert {"江岸实验室", "湖心实验室"} <= names(x, "Institution")


def test_verbs_of_taking_in_going_to_and_covering_are_not_part_of_a_name():
    x = _x("联盟吸纳东山师范大学等成员高校20所。选派青年教师赴南江理工大学访学。“云端课堂”项目覆盖西河学院、北岭学院等12所高校。")
    assert {"东山师范大学", "南江理工大学", "西河学院", "北岭学院"} <= names(x, "Institution")


def test_a_time_word_opening_a_clause_is_not_part_of_a_name():
    x = _x("全年组织实验室安全检查6轮，年内组织实验室开放日2次。")
    assert not names(x, "Institution")


def test_a_laboratory_management_office_holds_no_laboratory():
    x = _x("完善仪器共享机制。（牵头单位：设备与实验室管理处）")
    assert "设备与实验室管理处" in names(x, "Body")
    assert not names(x, "Institution")


def test_responsible_units_are_kept_and_typed_by_their_ending():
    x = _x("深化课程思政改革。（牵头单位：教务处；责任单位：马克思主义学院、各学院、相关学院）")
    assert "教务处" in names(x, "Body")
    assert "马克思主义学院" in names(x, "Institution")
    assert not {"各学院", "相关学院"} & (names(x, "Body") | names(x, "Institution"))


def test_a_place_building_with_a_partner_is_no_part_of_the_platform_name():
    x = _x("推动东山农业大学与西宁市共建高原农牧科技服务平台。")
    assert "高原农牧科技服务平台" in names(x, "Programme")
    assert not any(n.startswith("西宁") for n in names(x, "Programme"))


def test_a_responsible_unit_holds_no_second_body_inside():
    x = _x("改善乡村学校办学条件。（责任处室：基础教育处、市人民政府教育督导室）")
    assert "市人民政府教育督导室" in names(x, "Body")
    assert not {n for n in names(x, "Body") if n.endswith("人民政府")}


def test_the_kind_after_a_list_of_schools_is_no_school():
    x = _x("办好西宁市第二中学、海东市第一中学等高原中学。")
    assert "高原中学" not in names(x, "Institution")
    assert {"西宁市第二中学", "海东市第一中学"} <= names(x, "Institution")


def test_our_country_before_a_title_is_not_part_of_it():
    x = _x("为建设我国生态文明示范区提供支撑。")
    assert not any(n.startswith("我国") for n in names(x, "Programme"))


def test_a_group_that_has_listed_members_is_not_part_of_the_first_name():
    x = _x("其中，地方高校有湘潭大学、郑州大学等5所，支持有色金属研究院发展。")
    assert names(x, "Institution") == {"湘潭大学", "郑州大学", "有色金属研究院"}
    assert "郑州" not in names(x, "Place")


def test_an_academys_institute_of_two_topics_is_one_unit():
    x = _x("中国科学院力学与系统工程研究所与北京大学共建基地。")
    assert names(x, "Institution") == {"中国科学院力学与系统工程研究所", "北京大学"}


def test_applying_for_or_connecting_to_cuts_a_name():
    x = _x("东北大学秦皇岛分校可结合学科特色申报第二批建设项目，接入国家中小学智慧教育平台。")
    assert names(x, "Programme") == {"国家中小学智慧教育平台"}


def test_two_topics_joined_by_ji_after_de_name_one_laboratory():
    x = _x("西南交通大学牵头建设的轨道交通运载装备及系统安全全国重点实验室要加强有组织科研。")
    assert names(x, "Institution") == {"西南交通大学", "轨道交通运载装备及系统安全全国重点实验室"}


def test_xitong_is_an_adverb_before_a_verb_and_a_noun_before_a_discipline():
    x = _x("系统推进西南交通大学建设，支持系统科学研究院发展。")
    assert names(x, "Institution") == {"西南交通大学", "系统科学研究院"}
