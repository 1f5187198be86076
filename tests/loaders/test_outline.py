"""Outline: sections, numbered items and their titles, sentences, clauses — each with its span."""
from __future__ import annotations

import loaders
from loaders import RawText, clauses, parse
from tests.loaders.spans import assert_span_maps_back


def outline_of(text: str):
    return parse(RawText(text, "txt"), "plan.txt")


def test_sample_has_five_sections_in_order(sample_parsed):
    assert [s.number for s in sample_parsed.sections] == [1, 2, 3, 4, 5]
    assert sample_parsed.sections[0].title == "坚持将政治建设摆在首位，加强党对教育工作的全面领导"
    assert sample_parsed.sections[3].title == "聚焦“教育科技人才”三位一体融合发展，着力构建高等教育创新发展格局"


def test_sample_has_items_1_to_17_with_titles(sample_parsed):
    items = {i.number: i for i in sample_parsed.items}
    assert [i.number for i in sample_parsed.items] == list(range(1, 18))
    assert items[1].title == "学习贯彻党的二十大精神"  # the OCR form 1学习贯彻, run into the heading
    assert items[2].title == "全面推进党的建设提质增效"  # 2 .全面推进, cut by a page marker
    assert items[8].title == "推进高水平教育对外开放"
    assert items[14].title == "优化高校建设发展布局"
    assert items[17].title == "突出职普融通推进协同协作"


def test_sample_items_belong_to_their_sections(sample_parsed):
    section_of = {s.id: s.number for s in sample_parsed.sections}
    by_section = {}
    for item in sample_parsed.items:
        by_section.setdefault(section_of[item.section], []).append(item.number)
    assert by_section == {1: [1, 2, 3], 2: [4, 5, 6, 7, 8], 3: [9, 10, 11, 12, 13], 4: [14, 15, 16], 5: [17]}


def test_last_item_runs_to_the_end_of_a_cut_off_text(sample_parsed):
    last = sample_parsed.items[-1]
    assert last.cend == len(sample_parsed.clean.text.rstrip())
    assert sample_parsed.clean.text[last.cstart : last.cend].endswith("积极推")


def test_every_span_maps_back_to_the_source(sample_parsed):
    for part in (*sample_parsed.sections, *sample_parsed.items, *sample_parsed.sentences):
        assert_span_maps_back(sample_parsed, part)


def test_source_span_of_an_item_shows_the_original_text(sample_parsed):
    item2 = sample_parsed.items[1]
    original = sample_parsed.document.source[item2.start : item2.end]
    assert original.startswith("2 .全面推进党的建设提质\n3、增效。")


def test_sentences_split_at_sentence_ends_and_outline_boundaries(sample_parsed):
    texts = [s.text for s in sample_parsed.sentences]
    assert texts[0] == "苏州市2023年全市教育工作要点"
    assert "坚持将政治建设摆在首位，加强党对教育工作的全面领导" in texts
    assert "学习贯彻党的二十大精神。" in texts
    assert "根据省教育厅通知精神，扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。" in texts
    assert all(not t.startswith(("1学习", "4 .", "二、")) for t in texts)


def test_sentences_know_their_item_and_section(sample_parsed):
    items = {i.id: i for i in sample_parsed.items}
    sentence = next(s for s in sample_parsed.sentences if s.text.startswith("深入实施苏州教育对外开放三年行动计划"))
    assert items[sentence.item].number == 8
    assert sentence.section == items[sentence.item].section
    assert [s.index for s in sample_parsed.sentences] == list(range(len(sample_parsed.sentences)))


def test_numbers_out_of_sequence_are_not_items():
    parsed = outline_of("一、总体要求\n1.加强党建。建设30所学校，每月组织1次学习。3.不是条目。2.深化改革。5个项目。3.完善保障。")
    assert [(i.number, i.title) for i in parsed.items] == [(1, "加强党建"), (2, "深化改革"), (3, "完善保障")]


def test_item_styles_are_recognised():
    for marker in ("1.", "1．", "1 .", "1、", "1", "（1）"):
        parsed = outline_of(f"一、总体要求\n{marker}加强党的建设。做好工作。")
        assert [(i.number, i.title) for i in parsed.items] == [(1, "加强党的建设")], marker


def test_chapters_and_chinese_numbered_items():
    text = "\u3000第七章\u3000高等教育\n\n\u3000\u3000（十八）全面提高高等教育质量。高等教育承担着重大任务。\n\u3000\u3000（十九）提高人才培养质量。加大教学投入。\n\u3000第十六章\u3000扩大教育开放\n\u3000\u3000（四十八）加强国际交流与合作。坚持以开放促改革。"
    parsed = outline_of(text)
    assert [(s.label, s.number, s.title) for s in parsed.sections] == [("第七章", 7, "高等教育"), ("第十六章", 16, "扩大教育开放")]
    assert [(i.number, i.title) for i in parsed.items] == [(18, "全面提高高等教育质量"), (19, "提高人才培养质量"), (48, "加强国际交流与合作")]


def test_task_series_and_subheadings_share_a_section():
    text = "十、保障措施\n（一）加强党的全面领导。各级党委加强领导。\n（二）推动“四个重大”落地。坚持问题导向。\n【重点任务25】重大平台:建设滨海高教园区。集中建设。\n【重点任务26】重大平台：建设智慧教育平台。\n（三）提升教育投入水平。保证投入。"
    parsed = outline_of(text)
    assert [(i.number, i.title) for i in parsed.items] == [
        (1, "加强党的全面领导"), (2, "推动“四个重大”落地"), (25, "重大平台：建设滨海高教园区"), (26, "重大平台：建设智慧教育平台"), (3, "提升教育投入水平"),
    ]


def test_sub_items_stay_inside_their_item():
    text = "三、主要内容\n（六）调结构\n选修课程分为四类：\n1.知识拓展类。\n2.职业技能类。\n（七）减总量\n减少必修学分。"
    parsed = outline_of(text)
    assert [(i.number, i.title) for i in parsed.items] == [(6, "调结构"), (7, "减总量")]
    assert "2.职业技能类。" in parsed.clean.text[parsed.items[0].cstart : parsed.items[0].cend]


def test_restarted_numbering_in_an_attachment_starts_new_sections():
    parsed = outline_of("一、提高认识\n要重视。\n二、制定方案\n要研究。\n附件：改革方案\n一、重要意义\n（一）适应形势\n要适应。")
    assert [(s.number, s.title) for s in parsed.sections] == [(1, "提高认识"), (2, "制定方案"), (1, "重要意义")]
    assert parsed.items[0].section == parsed.sections[2].id


def test_lead_unit_annotation_is_structured_and_kept_out_of_the_title():
    parsed = outline_of(
        "一、重点任务\n1.建设市域产教联合体（牵头单位：市教育局；配合单位：市财政局、市人社局）\n2.完善经费投入机制。加大投入。责任单位：市财政局、市发展和改革委员会"
    )
    first, second = parsed.items
    assert first.title == "建设市域产教联合体"
    assert first.lead_units() == {"牵头单位": ("市教育局",), "配合单位": ("市财政局", "市人社局")}
    assert second.lead_units() == {"责任单位": ("市财政局", "市发展和改革委员会")}
    assert "牵头单位" in parsed.clean.text  # the annotation stays in the text as evidence


def test_clauses_split_outside_quotes_and_brackets(sample_parsed):
    sentence = sample_parsed.sentences[1]
    parts = clauses(sentence, sample_parsed.clean)
    assert parts[0].text == "2023年"
    assert "以“敢为、敢闯、敢干、敢首创”的担当作为" in [c.text for c in parts]
    for c in parts:
        assert sample_parsed.clean.text[c.cstart : c.cend] == c.text
        assert sample_parsed.clean.to_source(c.cstart, c.cend) == (c.start, c.end)


def test_ids_are_deterministic(sample_path, sample_parsed):
    again = loaders.load(sample_path)
    assert [i.id for i in again.items] == [i.id for i in sample_parsed.items]
    assert [s.id for s in again.sentences] == [s.id for s in sample_parsed.sentences]
    assert len({s.id for s in again.sentences}) == len(again.sentences)


def test_items_restarting_in_each_section_inline():
    parsed = outline_of("一、加强党建。1.完善制度。2.强化监督。二、深化改革。1.推进评价改革。2.推进招生改革。")
    assert [(i.number, i.title) for i in parsed.items] == [(1, "完善制度"), (2, "强化监督"), (1, "推进评价改革"), (2, "推进招生改革")]
    assert [parsed.sections.index(next(s for s in parsed.sections if s.id == i.section)) for i in parsed.items] == [0, 0, 1, 1]
