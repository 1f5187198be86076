"""A bureau's branch is one body (市公安局X分局, 区公安分局), and a body's defined short form
keeps to that body even when its level mark would give it a place (以下简称“区教委”)."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def _bodies(text: str) -> set[str]:
    return names(extract_text(text), "Body")


def test_branch_of_a_city_bureau_is_one_body():
    found = _bodies("某某通知\n一、任务\n1.市公安局江北分局做好校园周边治理。\n")
    assert "市公安局江北分局" in found and "市公安局" not in found


def test_branch_named_by_its_department_is_a_body():
    assert "区自然资源分局" in _bodies("某某通知\n一、任务\n1.区自然资源分局保障学校用地。\n")


def test_setting_up_branches_names_no_body():
    assert not _bodies("某某通知\n一、任务\n1.在各区设立分局，统筹推进。\n")


def test_defined_short_form_with_a_level_mark_stays_with_its_body():
    found = _bodies("天津市河西区教育委员会2025年工作要点\n现将天津市河西区教育委员会（以下简称“区教委”）要点印发。\n"
                    "一、任务\n1.区教委会同区财政局开展评估。\n")
    assert "天津市河西区教育委员会" in found and "河西区教委" not in found
