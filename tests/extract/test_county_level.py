"""A county's own plan: townships, the county's bureaus and mass organisations, township
schools, development areas of the county and foreign partner cities (sentences invented)."""
from tests.extract.texts import extract_in_item, names, pairs


def _extract(sentence: str):
    return extract_in_item(sentence, "一、任务\n1.推进工作。")


def test_townships_in_a_list_are_places():
    x = _extract("在东坡镇、柳溪乡各建成1所寄宿制初中，对石门乡、北河镇等地学校实施改造。")
    assert {"东坡镇", "柳溪乡", "石门乡", "北河镇"} <= names(x, "Place")


def test_township_words_of_kinds_are_no_places():
    x = _extract("统筹城乡、区域协调发展，建设特色小镇、美丽乡镇，各乡镇、街道要落实责任。")
    assert not {n for n in names(x, "Place") if n.endswith(("镇", "乡", "街道"))}


def test_a_township_before_its_unit_is_a_place():
    x = _extract("在东坡镇学区先行推行学区长负责制。")
    assert "东坡镇" in names(x, "Place")


def test_a_townships_central_school_is_a_named_school():
    x = _extract("新建东坡镇中心幼儿园，吸纳柳溪乡中心小学等学校组建教育集团。")
    assert {"东坡镇中心幼儿园", "柳溪乡中心小学"} <= names(x, "Institution")
    assert not {n for n in names(x, "Institution") if n.startswith("各乡镇")}


def test_mass_organisations_of_the_documents_level_keep_it():
    x = _extract("县妇联、区残联和县关工委联合开展家庭教育讲座，全县妇联干部参加。")
    assert {"县妇联", "区残联", "县关工委"} <= names(x, "Body")


def test_a_bureau_of_education_and_sports_is_one_body():
    x = _extract("县教育和体育局（以下简称“县教体局”）牵头，县财政局配合。")
    body = next(e for e in x.entities if e.name == "县教育和体育局")
    assert body.type == "Body" and "县教体局" in body.aliases


def test_a_governments_inspectorate_is_the_body_not_the_government():
    x = _extract("市人民政府教育督导室每年对各区开展专项督导。")
    assert names(x, "Body") == {"市人民政府教育督导室"}


def test_a_development_area_of_a_known_county_is_a_place():
    x = _extract("有效缓解昆山新区入学压力，推动与雄安新区学校开展结对交流。")
    assert {"昆山新区", "雄安新区"} <= names(x, "Place")
    assert not names(x, "Institution")


def test_a_city_after_a_foreign_state_is_a_place_too():
    x = _extract("依托我县与美国艾奥瓦州马斯卡廷市的友好交往开展师生互访。")
    assert {"美国", "艾奥瓦州", "马斯卡廷市"} <= names(x, "Place")


def test_a_verb_before_a_district_name_is_no_district():
    x = _extract("2025年秋季新增城区学位2400个。")
    assert not names(x, "Place")


def test_an_industry_college_named_after_its_industry_is_an_institution():
    x = _extract("县职教中心联合东海科技工程职业技术大学共建东坡数字商贸产业学院；"
                 "某某职业技术学院依托西江食品产业学院，参与闽西食品产业技术服务协同体建设。")
    assert {"东海科技工程职业技术大学", "东坡数字商贸产业学院", "西江食品产业学院"} <= names(x, "Institution")
    assert "闽西食品产业技术服务协同体" in names(x, "Programme")
    assert ("西江食品产业学院", "闽西食品产业技术服务协同体") in pairs(x, "PARTICIPATES_IN")
    assert not {n for n in names(x, "Programme") if n.endswith("工程")}


def test_industry_colleges_of_a_kind_stay_generic():
    x = _extract("建设现代产业学院、特色产业学院和市级现代产业学院，推动校企共建产业学院。")
    assert not {n for n in names(x, "Institution") if n.endswith("产业学院")}


def test_a_bare_city_form_kept_for_other_senses_is_a_place_as_a_list_item():
    x = _extract("漳州、莆田、三明、龙岩等地高校共立项10项，推广三明治教学法，苏州、三明治。")
    assert "三明" in names(x, "Place")
    city = next(e for e in x.entities if e.name == "三明")
    assert len([m for m in x.mentions if m.entity == city.id]) == 1


def test_a_county_written_short_next_to_its_own_city_is_that_county():
    x = _extract("立足泉州、南安建材产业开展研发，苏州、南安开展合作。")
    county = next(e for e in x.entities if e.type == "Place" and "南安" in (e.name, *e.aliases))
    assert county.name == "南安市" and len([m for m in x.mentions if m.entity == county.id]) == 1
