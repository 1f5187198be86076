"""Relations with evidence, by the guidelines' examples and our own paragraphs."""
from __future__ import annotations

from tests.extract.texts import HANGZHOU, entity, extract_text, pairs

ZHENGHE = ("一、开放\n1.推进教育对外开放。加大“郑和计划”海外建设力度，抓实宁波职业技术学院和温州大学与"
           "刚果（布）黑角市的重点项目。进一步发挥浙江省知识产权研究院平台作用，加强“杭州市成果转化平台”建设。\n")


def test_institutions_in_the_clause_after_a_programme_take_part_in_it():
    x = extract_text(ZHENGHE)
    assert pairs(x, "PARTICIPATES_IN") == {("宁波职业技术学院", "郑和计划"), ("温州大学", "郑和计划")}


def test_institutions_listed_before_a_programme_group_take_part_in_it():
    x = extract_text(HANGZHOU, "hz.txt")
    assert pairs(x, "PARTICIPATES_IN") == {("浙江大学", "强基计划"), ("复旦大学", "强基计划")}


def test_an_institution_acting_as_a_platform_does_not_join_a_later_programme():
    x = extract_text(ZHENGHE)
    assert ("浙江省知识产权研究院", "杭州市成果转化平台") not in pairs(x, "PARTICIPATES_IN")


def test_partners_after_yu_partner_the_institutions_before_it():
    x = extract_text(ZHENGHE)
    assert {("宁波职业技术学院", "黑角市"), ("温州大学", "黑角市")} <= pairs(x, "PARTNERS_WITH")


def test_lead_unit_annotations_give_leads_and_supports_to_the_item():
    x = extract_text(HANGZHOU, "hz.txt")
    item = x.parsed[0].items[0].id
    assert pairs(x, "LEADS") == {("杭州市教育局", item)}
    assert pairs(x, "SUPPORTS") == {("杭州市财政局", item), ("杭州市人社局", item)}


def test_a_body_said_to_be_responsible_in_a_sentence_is_responsible_for_the_item():
    x = extract_text(HANGZHOU, "hz.txt")
    assert ("杭州市教育局", x.parsed[0].items[1].id) in pairs(x, "RESPONSIBLE_FOR")


def test_cited_titles_are_cited_by_the_document():
    x = extract_text(HANGZHOU, "hz.txt")
    doc = x.documents[0].id
    assert {(doc, "教育强国建设规划纲要"), (doc, "杭州市学前教育普及普惠三年行动计划")} <= pairs(x, "CITES")
    assert entity(x, "杭州市学前教育普及普惠三年行动计划").type == "Programme"


def test_an_institution_named_after_a_place_the_text_names_lies_there():
    x = extract_text(HANGZHOU, "hz.txt")
    assert ("杭州职业技术学院", "杭州") in pairs(x, "LOCATED_IN")


def test_a_campus_in_brackets_lies_in_its_own_city():
    x = extract_text("一、开放\n1.深化合作。支持香港科技大学（广州）与香港、广州企业合作。\n")
    assert pairs(x, "LOCATED_IN") == {("香港科技大学(广州)", "广州")}


def test_a_target_belongs_to_the_programme_named_in_its_clause():
    x = extract_text(HANGZHOU, "hz.txt")
    target = next(t for t in x.targets if t.quantity == 20)
    assert target.subject == entity(x, "县中振兴计划").id
    assert ("县中振兴计划", target.id) in pairs(x, "HAS_TARGET")


def test_every_relation_has_evidence_in_its_sentence():
    x = extract_text(ZHENGHE)
    source = x.documents[0].source
    for r in x.relations:
        assert r.evidence
        for ev in r.evidence:
            assert ev.start < ev.end and source[ev.start : ev.end]
            assert ev.sentence and ev.sentence in x.parsed[0].clean.text


def test_every_body_of_a_list_before_a_role_verb_takes_the_role():
    x = extract_text("广东省2024年教育工作要点\n一、保障\n1.加强组织领导。省教育厅牵头，省财政厅、省人力资源社会保障厅配合。\n", "gd.txt")
    item = x.parsed[0].items[0].id
    assert pairs(x, "LEADS") == {("广东省教育厅", item)}
    assert pairs(x, "SUPPORTS") == {("广东省财政厅", item), ("广东省人力资源社会保障厅", item)}


def test_an_institution_that_owns_or_describes_a_programme_does_not_take_part_in_it():
    x = extract_text("一、教学\n1.提升课堂质量。对照宁波市教育科学研究院“高效课堂”攻坚行动项目，组织课例研究。"
                     "依托浙江大学的“求是先锋”培育计划，开展教师研修。\n")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_a_programme_does_not_reach_an_institution_two_clauses_later():
    x = extract_text("一、特教\n1.发展特殊教育。培育一批全省融合教育示范项目，改善学校办学条件，"
                     "加强宁波特殊教育中心建设。\n")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_institutions_as_subject_take_part_in_the_programme_their_next_clause_joins():
    x = extract_text("一、科学教育\n1.推进科学教育。南京师范大学、苏州大学等高校要发挥学科优势，积极参与“科学家进校园”行动，"
                     "中国科学院要组织专家走进课堂。\n")
    assert pairs(x, "PARTICIPATES_IN") == {("南京师范大学", "科学家进校园行动"), ("苏州大学", "科学家进校园行动")}


def test_an_institution_opening_a_clause_with_another_task_does_not_join_the_programme_before():
    x = extract_text("一、科学教育\n1.推进科学教育。深入开展“科学家进校园”行动，中国科学院要组织专家编写读本。\n")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_an_institution_doing_other_work_after_a_programme_clause_does_not_join_it():
    x = extract_text("一、思政\n1.深化思政教育。打造“黄河红色教育”思政品牌，支持兰州大学建设课程思政示范中心。\n")
    assert pairs(x, "PARTICIPATES_IN") == set()


def test_institutions_as_subject_take_part_in_every_programme_their_next_clause_carries_out():
    x = extract_text("一、拔尖\n1.培养拔尖人才。兰州大学、西北师范大学要发挥引领作用，深入实施“强基计划”和“英才计划”。\n")
    assert pairs(x, "PARTICIPATES_IN") == {(u, p) for u in ("兰州大学", "西北师范大学") for p in ("强基计划", "英才计划")}
