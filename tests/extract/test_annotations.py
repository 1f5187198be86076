"""Responsible units in brackets after an item: every role word the annotation uses
(单位, 部门, 处室) gives Body entities and their role for the item."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def _plan(annotation: str):
    return extract_text("云南省教育厅2024年工作要点\n一、改革\n1.推进高校科研创新。完善评价机制。" + annotation
                        + "\n2.加强师资建设。\n")


def _roles(x) -> set[tuple[str, str]]:
    label = {e.id: e.name for e in x.entities}
    items = {i.id for p in x.parsed for i in p.items}
    return {(r.type, label.get(r.source, r.source)) for r in x.relations if r.target in items}


def test_offices_named_as_responsible_are_bodies_responsible_for_the_item():
    x = _plan("（责任处室：高教处、科技处）")
    assert {"高教处", "科技处"} <= names(x, "Body")
    assert {("RESPONSIBLE_FOR", "高教处"), ("RESPONSIBLE_FOR", "科技处")} <= _roles(x)


def test_lead_and_supporting_offices_get_their_roles():
    x = _plan("（牵头处室：基教处；配合处室：体卫艺处、督导办）")
    assert {"基教处", "体卫艺处"} <= names(x, "Body")
    assert {("LEADS", "基教处"), ("SUPPORTS", "体卫艺处")} <= _roles(x)


def test_lead_and_supporting_units_stay_bodies_of_the_item():
    x = _plan("（牵头单位：省教育厅；配合单位：省财政厅）")
    assert {("LEADS", "云南省教育厅"), ("SUPPORTS", "云南省财政厅")} <= _roles(x)
