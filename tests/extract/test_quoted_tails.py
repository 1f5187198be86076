"""A quoted name closed by a short descriptive run and a head (活动, 试点, 资源包): the whole
phrase is the programme, on sentences written for these tests."""
from __future__ import annotations

from tests.extract.texts import entity, extract_in_item, names


def test_a_quoted_name_with_a_descriptive_run_before_activity_is_one_programme():
    x = extract_in_item("组织开展“运河记忆”寻访实践活动，引导学生走进非遗工坊。")
    assert names(x, "Programme") == {"运河记忆寻访实践活动"}


def test_a_bare_quoted_activity_keeps_only_the_quoted_name():
    x = extract_in_item("开展“书香校园”活动。")
    assert names(x, "Programme") == {"书香校园"}


def test_a_quoted_pilot_and_resource_pack_keep_their_descriptive_run():
    x = extract_in_item("承担“数字孪生+职教”实训场景试点任务，编写“黄河文化”校本课程资源包。")
    assert {"数字孪生+职教实训场景试点", "黄河文化校本课程资源包"} <= names(x, "Programme")


def test_the_bare_quoted_name_later_joins_the_longer_programme():
    x = extract_in_item("开展“运河记忆”寻访实践活动。鼓励学校参与“运河记忆”线路设计。")
    assert names(x, "Programme") == {"运河记忆寻访实践活动"}
    assert "运河记忆" in entity(x, "运河记忆寻访实践活动").aliases


def test_a_level_or_district_before_the_head_is_no_part_of_the_name():
    x = extract_in_item("东湖小学作为“午间托管提质”区级试点学校，承担“劳动周”长清区试点项目。")
    assert not any(n.endswith("试点") for n in names(x, "Programme"))


def test_a_clause_after_a_quoted_name_is_no_tail():
    x = extract_in_item("在“双减”背景下开展活动，巩固“双减”成果。")
    assert not any(n.endswith("活动") for n in names(x, "Programme"))


def test_a_shorter_tail_on_the_same_quoted_name_and_head_is_the_same_programme():
    x = extract_in_item("研发“江海印记”跨学科主题学习课程资源包。东湖中学参与“江海印记”课程资源包的试用。")
    assert names(x, "Programme") == {"江海印记跨学科主题学习课程资源包"}


def test_different_heads_on_one_quoted_name_stay_two_programmes():
    x = extract_in_item("开展“江海印记”研学活动和“江海印记”征文活动。")
    assert names(x, "Programme") == {"江海印记研学活动", "江海印记征文活动"}
