"""One entity per real thing: abbreviations, jurisdiction, definitions, short forms."""
from __future__ import annotations

from tests.extract.texts import HANGZHOU, entity, extract_text, names, pairs


def test_city_words_take_the_issuers_city_and_keep_the_short_form():
    x = extract_text(HANGZHOU, "hz.txt")
    bureau = entity(x, "市教育局")
    assert bureau.name == "杭州市教育局"
    assert "市教育局" in bureau.aliases


def test_province_words_take_the_province_of_the_issuers_city():
    x = extract_text(HANGZHOU, "hz.txt")
    assert entity(x, "省教育厅").name == "浙江省教育厅"


def test_the_same_words_in_another_city_are_another_body():
    other = HANGZHOU.replace("杭州市2024年", "宁波市2024年").replace("杭州", "宁波")
    assert entity(extract_text(other, "nb.txt"), "市教育局").name == "宁波市教育局"


def test_a_defined_short_name_is_an_alias_of_the_full_name():
    x = extract_text(HANGZHOU, "hz.txt")
    alliance = entity(x, "美育联盟")
    assert alliance.name == "杭州市中小学美育联盟"
    assert len([m for m in x.mentions if m.entity == alliance.id]) == 3


def test_a_quoted_programme_and_its_suffixed_form_are_one_entity():
    x = extract_text(HANGZHOU, "hz.txt")
    assert entity(x, "县中振兴").id == entity(x, "县中振兴计划").id
    assert len([e for e in x.entities if "县中振兴" in e.name]) == 1


def test_abbreviations_resolve_to_the_full_name_from_the_table():
    x = extract_text("一、高校\n1.推动中科大、人大、西工大等“双一流”高校在苏州办学。\n")
    assert {"中国科学技术大学", "中国人民大学", "西北工业大学"} <= names(x, "Institution")
    assert "中科大" in entity(x, "中国科学技术大学").aliases


def test_a_short_form_of_a_longer_programme_in_the_same_text_is_the_same_programme():
    x = extract_text("一、德育\n1.继续实施中小学品格提升工程。深化品格提升工程评价。\n")
    assert names(x, "Programme") == {"中小学品格提升工程"}
    assert "品格提升工程" in entity(x, "中小学品格提升工程").aliases


def test_a_contracted_alliance_name_is_the_same_alliance():
    text = "一、思政\n1.依托宁波市大中小学思政课一体化教育联盟开展教研。健全完善思政联盟组织机构。\n"
    x = extract_text(text)
    assert entity(x, "思政联盟").name == "宁波市大中小学思政课一体化教育联盟"


def test_quote_and_punctuation_variants_are_one_name():
    x = extract_text("一、体育\n1.推进青少年“5621”计划。总结5621计划经验。\n")
    assert len([e for e in x.entities if e.type == "Programme"]) == 1


def test_places_are_named_in_short_form_with_the_full_form_as_alias():
    x = extract_text(HANGZHOU, "hz.txt")
    assert "杭州市" in entity(x, "杭州").aliases


def test_users_extend_the_abbreviation_table_with_their_own_file(tmp_path, monkeypatch):
    from loaders import RawText, parse
    from loaders.extract import extract, make_nlp

    table = tmp_path / "mine.tsv"
    table.write_text("浙工大\t浙江工业大学\tInstitution\talways\n", encoding="utf-8")
    monkeypatch.setenv("KG_ABBREVIATIONS", str(table))
    nlp = make_nlp.__wrapped__()  # a fresh pipeline reads the table
    x = extract([parse(RawText("一、高校\n1.支持浙工大建设。\n", "txt"), "p.txt")], nlp=nlp)
    assert entity(x, "浙工大").name == "浙江工业大学"


def test_a_name_that_differs_by_one_leading_character_is_another_programme():
    x = extract_text("一、教师\n1.深入实施“强师工程”和“新强师工程”。\n")
    assert names(x, "Programme") == {"强师工程", "新强师工程"}


def test_a_cited_plan_with_a_quoted_period_keeps_its_whole_title():
    x = extract_text("一、高中\n1.落实《“十四五”县域普通高中发展提升行动计划》。\n")
    assert names(x, "Programme") == {"十四五县域普通高中发展提升行动计划"}


def test_district_words_take_the_issuers_district():
    text = "成都市武侯区2024年教育工作要点\n一、学前\n1.扩大普惠资源。区教育局负责，区财政局配合。\n"
    x = extract_text(text, "wh.txt")
    assert {"武侯区教育局", "武侯区财政局"} <= names(x, "Body")


def test_bodies_listed_after_one_with_a_jurisdiction_share_it():
    x = extract_text("杭州市2024年教育工作要点\n一、保障\n1.加强保障。市教育局、财政局、人社局和省教育厅、财政厅负责。\n", "hz.txt")
    assert {"杭州市教育局", "杭州市财政局", "杭州市人社局", "浙江省教育厅", "浙江省财政厅"} <= names(x, "Body")
    item = x.parsed[0].items[0].id
    assert ("浙江省财政厅", item) in pairs(x, "RESPONSIBLE_FOR")


def test_a_jurisdiction_list_body_gets_no_city_and_shares_its_levels_with_the_next_department():
    x = extract_text("温州市教育局文件\n各县（市、区）教育局、卫生健康局：\n一、要求\n1.加强体质监测。\n")
    bodies = names(x, "Body")
    assert "县(市、区)教育局" in bodies and "县(市、区)卫生健康局" in bodies
    assert not any(b.startswith("温州市县") for b in bodies)


def test_a_body_written_in_full_and_contracted_is_one_entity():
    x = extract_text("一、改革\n1.推进改革。省发展改革委、省人力资源社会保障厅负责。"
                     "省发展和改革委员会、省人力资源和社会保障厅配合。\n", "yn.txt")
    bodies = names(x, "Body")
    assert len([b for b in bodies if "发展" in b]) == 1
    assert len([b for b in bodies if "人力资源" in b]) == 1
    assert "省发展改革委" in entity(x, "省发展和改革委员会").aliases


def test_bodies_of_different_departments_stay_apart_when_contracted():
    x = extract_text("一、改革\n1.推进改革。省教育委员会、省卫生健康委员会、省卫生健康委配合。\n", "yn.txt")
    assert len(names(x, "Body")) == 2


def test_a_working_committee_and_its_short_form_are_one_body():
    x = extract_text("一、改革\n1.推进改革。省委教育工作委员会、省财政厅负责，省委教育工委督办。\n", "yn.txt")
    assert len([b for b in names(x, "Body") if "教育工" in b]) == 1


def test_city_words_in_a_municipalitys_document_take_the_municipality():
    x = extract_text("天津市教育局2025年工作要点\n一、总体要求\n1.加强领导。市教育局、市委教育工委要落实责任。\n", "tj.txt")
    assert entity(x, "市教育局").name == "天津市教育局"


def test_an_education_commission_and_its_short_form_are_one_body():
    x = extract_text("天津市教育委员会2025年工作要点\n一、总体要求\n1.加强领导。市教委要落实责任，市教委办公室负责。\n", "tj.txt")
    assert entity(x, "市教委").name == "天津市教育委员会"
    assert len([e for e in x.entities if e.type == "Body" and "教委" in e.name + "".join(e.aliases)
                and "办公室" not in e.name]) == 1
