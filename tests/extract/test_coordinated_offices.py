"""An office named by two fields joined by 与/和 right after its parent organ is one body
(省教育厅国际合作与交流处, 教育部X与Y司); a conjunction elsewhere still ends a name."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def _bodies(sentence: str) -> set[str]:
    return names(extract_text("某某通知\n一、任务\n1." + sentence + "\n"), "Body")


def test_division_of_two_fields_after_its_department_is_one_body():
    found = _bodies("材料报送教育厅国际合作与交流处备案。")
    assert "国际合作与交流处" in found


def test_ministry_department_of_two_fields_keeps_its_ministry():
    assert "教育部体育卫生与艺术教育司" in _bodies("抄送：教育部体育卫生与艺术教育司。")


def test_division_after_a_named_department_has_the_short_form_as_alias():
    x = extract_text("某某通知\n一、任务\n1.联系人：省教育厅民办教育与社会力量办学处张某。\n")
    body = next(e for e in x.entities if e.type == "Body" and "民办教育与社会力量办学处" in e.name + "".join(e.aliases))
    assert "民办教育与社会力量办学处" in {body.name, *body.aliases}


def test_two_bodies_joined_by_and_stay_two():
    found = _bodies("会同省教育厅和省卫生健康委开展评估。")
    assert {"省教育厅", "省卫生健康委"} <= found


def test_conjunction_without_a_parent_organ_makes_no_office():
    assert not _bodies("推进教学与科研处理能力建设。")
