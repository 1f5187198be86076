"""Bodies of an autonomous region, prefecture or county (自治区财政厅, 自治区妇联) and the
committees of a league organisation at a place (共青团X省委) are whole names."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def _bodies(sentence: str) -> set[str]:
    return names(extract_text("某某工作通知\n一、任务\n1." + sentence + "\n"), "Body")


def test_autonomous_region_departments_are_bodies():
    assert {"自治区财政厅", "自治区卫生健康委员会"} <= _bodies("会同自治区财政厅、自治区卫生健康委员会开展评估。")


def test_mass_organisation_of_an_autonomous_region_keeps_its_level():
    found = _bodies("联合自治区残联开展助残活动。")
    assert "自治区残联" in found and "区残联" not in found


def test_league_committee_of_a_province_is_one_body():
    found = _bodies("联合共青团甘肃省委举办青年论坛。")
    assert "共青团甘肃省委" in found and "共青团" not in found


def test_league_committee_written_in_full_is_one_body():
    found = _bodies("联合共青团宁夏回族自治区委员会举办青年论坛。")
    assert "共青团宁夏回族自治区委员会" in found


def test_league_alone_stays_the_league():
    assert "共青团" in _bodies("发挥共青团作用，组织青年志愿服务。")


def test_task_force_of_a_jurisdiction_is_a_body():
    assert "县乡村教育振兴工作专班" in _bodies("成立由县长任组长的县乡村教育振兴工作专班，统筹推进。")


def test_task_force_without_a_jurisdiction_is_no_body():
    assert not any(n.endswith("专班") for n in _bodies("各校成立工作专班，学校成立安全工作专班。"))
