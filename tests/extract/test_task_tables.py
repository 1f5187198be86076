"""Task tables (序号｜任务｜牵头单位｜配合单位, one row a line): the cells under a role
column are responsible units, and a cell separator is a name boundary."""
from __future__ import annotations

from tests.extract.texts import extract_text, names

_TABLE = ("附件\n重点任务分工表\n序号｜任务｜牵头单位｜配合单位\n"
          "1｜建设社区书院｜县教育局｜县民宗局、县交通运输局\n"
          "2｜推进“一校一品”｜县委宣传部｜县委编办\n")


def test_units_in_role_columns_of_a_table_are_bodies():
    x = extract_text("某县教育高质量发展行动方案\n一、任务\n1.推进书院建设。\n" + _TABLE)
    assert {"县民宗局", "县交通运输局", "县委编办", "县委宣传部"} <= names(x, "Body")


def test_cell_separator_ends_a_name():
    x = extract_text("某县教育高质量发展行动方案\n一、任务\n1.推进书院建设。\n" + _TABLE)
    assert not any("｜" in n for kind in ("Body", "Institution", "Programme") for n in names(x, kind))


def test_tab_separated_table_rows_give_units_too():
    table = "序号\t任务\t牵头单位\t配合单位\n1\t建设社区书院\t县教育局\t县民宗局\n"
    x = extract_text("某县教育高质量发展行动方案\n一、任务\n1.推进书院建设。\n" + table)
    assert "县民宗局" in names(x, "Body")


def test_a_role_word_in_prose_makes_no_table():
    x = extract_text("某县教育行动方案\n一、任务\n1.县教育局牵头单位｜说明。县民宗局配合。\n")
    assert not any("说明" in n for n in names(x, "Body"))
