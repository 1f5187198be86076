"""Bodies whose names cleaning runs together (a joint notice's issuers apart only by spaces),
on texts written for these tests."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def test_issuers_apart_only_by_spaces_are_separate_bodies():
    x = extract_text("中共中央办公厅 国务院办公厅关于减轻学生负担的意见\n一、总体要求\n"
                     "各地要落实。\n省教育厅 省财政厅 省人力资源社会保障厅\n")
    assert {"中共中央办公厅", "国务院办公厅", "省教育厅", "省财政厅", "省人力资源社会保障厅"} <= names(x, "Body")
    assert not any(len(n) > 12 for n in names(x, "Body"))


def test_a_department_of_a_commission_stays_one_body():
    x = extract_text("一、总体要求\n1.加强领导。国家发展改革委社会发展司会同教育部办公厅开展工作。\n")
    assert names(x, "Body") == {"国家发展改革委社会发展司", "教育部办公厅"}
