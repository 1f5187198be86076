"""Development areas outside the gazetteer: three-character stems, the city before them and
the long kinds (经济技术开发区), on sentences written for these tests."""
from __future__ import annotations

from tests.extract.texts import extract_in_item, names


def test_an_area_with_a_three_character_stem_in_a_list_is_a_place():
    x = extract_in_item("支持黄岛区、东海湾新区、城阳区先行先试。")
    assert "东海湾新区" in names(x, "Place")


def test_a_city_before_an_area_opens_its_name():
    x = extract_in_item("在烟台芝罘新区、济南经济技术开发区布局建设市域产教联合体。")
    assert {"烟台芝罘新区", "济南经济技术开发区"} <= names(x, "Place")


def test_an_area_doing_something_is_no_part_of_the_programme():
    x = extract_in_item("在济南经济技术开发区布局建设市域产教联合体。")
    assert not any("开发区" in n for n in names(x, "Programme"))


def test_a_conjunction_before_a_two_character_area_stays_outside_it():
    x = extract_in_item("依托临沂经开区和北城高新区组建产业学院。")
    assert "北城高新区" in names(x, "Place")
    assert "和北城高新区" not in names(x, "Place")
