"""Targets: thresholds inside a description are no commitments; per-unit minimums are,
on sentences written for these tests."""
from __future__ import annotations

from loaders.extract.targets import find_targets


def _found(text: str) -> set[tuple[float, str]]:
    return {(t.quantity, t.unit) for t in find_targets(text)}


def test_a_threshold_in_a_relative_clause_is_no_target():
    assert _found("到2025年，在校生规模3000人以下的县中占比达到70%。") == {(70, "%")}


def test_a_per_unit_minimum_with_yishang_is_a_target():
    targets = find_targets("每所省属本科高校对口支持2所以上县域职业学校。")
    assert [(t.quantity, t.unit, t.bound) for t in targets] == [(2, "所", "at_least")]
    assert "职业学校" in targets[0].object


def test_suoyi_as_a_conjunction_still_counts_nothing():
    assert _found("学校规模较小，有3所以致无法独立办学。") == set()


def test_a_verb_alone_before_a_lone_count_is_the_activity_counted():
    from loaders.extract.targets import find_targets
    found = [(t.quantity, t.unit, t.object) for t in find_targets("面向乡村校长开展专题研修，全年培训1.2万人次。年内选派40人。")]
    assert found == [(12000, "人次", "培训"), (40, "人", "选派")]


def test_a_count_after_a_partial_list_is_a_commitment_to_the_kind_after_it():
    from loaders.extract.targets import find_targets
    found = [(t.quantity, t.unit, t.object) for t in find_targets("“乡村课堂”项目覆盖东坡中学、西岭中学等40所乡镇中学。")]
    assert found == [(40, "所", "乡镇中学")]


def test_a_count_after_a_list_that_only_sums_it_up_is_no_commitment():
    from loaders.extract.targets import find_targets
    assert not find_targets("支持东坡县、西岭县、南湖区等3个县（区）改善办学条件。")


def test_pairs_copies_and_rounds_are_units():
    from loaders.extract.targets import find_targets
    found = [(t.quantity, t.unit) for t in find_targets("与老挝中学建立姊妹学校12对，形成调研报告6份，开展安全巡查3轮。")]
    assert found == [(12, "对"), (6, "份"), (3, "轮")]


def test_a_partial_list_is_counted_within_its_clause_only():
    from loaders.extract.targets import find_targets
    text = "推进甲、乙、丙、丁合作。“云课堂”项目覆盖东坡学院、西岭学院等4所高校。"
    assert [(t.quantity, t.unit, t.object) for t in find_targets(text)] == [(4, "所", "高校")]
