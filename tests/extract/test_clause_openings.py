"""Names at a clause's or an item's opening: an item number before a short university name,
a preposition 与 opening a clause, a city scoping a contest; sentences written for these tests."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def test_an_item_number_is_no_part_of_a_short_university_name():
    x = extract_text("一、改革\n1. 联合东海大学（以下简称“东大”）开展科普。\n2. 东大、华山大学承办“少年科学营”活动。\n")
    assert not any(n[0].isdigit() for n in names(x, "Institution"))


def test_a_platform_after_a_clause_opening_preposition_is_a_programme():
    x = extract_text("一、改革\n1.上线专题课程，与国家职业教育智慧教育平台实现资源共享。\n")
    assert "国家职业教育智慧教育平台" in names(x, "Programme")


def test_coordinated_modifiers_before_a_platform_still_name_nothing():
    x = extract_text("一、改革\n1.完善交流合作与政策对话平台。\n")
    assert not names(x, "Programme")


def test_a_city_scopes_a_contest():
    x = extract_text("一、改革\n1.办好苏州市中小学生航模竞赛。\n")
    assert "苏州市中小学生航模竞赛" in names(x, "Programme")


def test_a_contest_without_scope_is_a_kind():
    x = extract_text("一、改革\n1.举办学科竞赛和新工科类竞赛。\n")
    assert not names(x, "Programme")


def test_a_body_before_a_verb_of_carrying_out_is_found():
    x = extract_text("一、改革\n1.会同省发展改革委、省财政厅落实生均拨款制度。\n")
    assert {"省发展改革委", "省财政厅"} <= names(x, "Body")
