"""A body and a verb of directing (组织, 选派, 支持) before an institution are the clause's
subject, not part of the institution's name; a body keeps such words (市委组织部). 对外 is a
word, not the preposition 对 (对外经济贸易大学)."""
from __future__ import annotations

from tests.extract.texts import extract_in_item, names


def _x(sentence: str):
    return extract_in_item(sentence, "一、任务\n1.推进工作。")


def test_body_organising_a_university_is_no_part_of_its_name():
    x = _x("重庆市教育委员会组织重庆文理学院开展对口帮扶。")
    assert "重庆文理学院" in names(x, "Institution")
    assert "重庆市教育委员会" in names(x, "Body")


def test_organisation_department_keeps_its_name():
    assert "县委组织部" in names(_x("县委组织部牵头落实。"), "Body")


def test_a_name_opening_with_duiwai_keeps_it():
    assert "对外经济贸易大学" in names(_x("与对外经济贸易大学共建实验室。"), "Institution")
