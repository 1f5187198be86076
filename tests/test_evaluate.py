"""Scoring by the annotation guidelines (kg.evaluate), on small hand-made files and on the sample."""
from __future__ import annotations

import json

import pytest

from kg.evaluate import MICRO, PARTICIPATES_IN, TARGETS, normalise, objects_overlap, score


def ent(id_, type_, name, *aliases):
    return {"id": id_, "type": type_, "name": name, "aliases": list(aliases)}


def gold_ent(type_, name, *aliases, optional=False):
    return {"type": type_, "name": name, "aliases": list(aliases), "optional": optional}


def counts(report, kind):
    s = report.scores[kind]
    return s.tp, s.fp, s.fn


GOLD = {
    "entities": [
        gold_ent("Institution", "中国科学技术大学", "中科大"),
        gold_ent("Institution", "苏州大学"),
        gold_ent("Institution", "南京大学", optional=True),
        gold_ent("Programme", "5621计划", "“5621”计划"),
        gold_ent("Programme", "双一流"),
        gold_ent("Body", "省教育厅", "江苏省教育厅"),
        gold_ent("Place", "刚果(布)"),
    ],
    "relations": [
        {"type": "PARTICIPATES_IN", "source": "中国科学技术大学", "target": "双一流"},
        {"type": "PARTICIPATES_IN", "source": "苏州大学", "target": "双一流"},
    ],
    "targets": [
        {"quantity": 30, "unit": "所", "object": "“园丁先锋”党建示范学校"},
        {"quantity": 100, "unit": "%", "object": "视力健康电子档案建档率"},
    ],
}


def test_normalisation_drops_quotes_space_and_width():
    assert normalise("“5621” 计划") == normalise("5621计划") == "5621计划"
    assert normalise("刚果（布）") == "刚果(布)"
    assert normalise("《关于…的通知》") == "关于...的通知"


def test_perfect_prediction_scores_one_everywhere():
    pred = {
        "entities": [ent(str(i), e["type"], e["name"], *e["aliases"])
                     for i, e in enumerate(GOLD["entities"]) if not e["optional"]],
        "relations": [{"type": "PARTICIPATES_IN", "source": "0", "target": "4"},
                      {"type": "PARTICIPATES_IN", "source": "1", "target": "4"}],
        "targets": GOLD["targets"],
    }
    report = score(pred, GOLD)
    assert all(s.f1 == 1.0 for s in report.scores.values()), report.table()
    assert report.missed == [] and report.false == []


def test_a_name_matches_through_quotes_width_and_aliases():
    pred = {"entities": [ent("a", "Programme", "“5621”计划"), ent("b", "Institution", "中科大"),
                         ent("c", "Place", "刚果（布）"), ent("d", "Body", "教育厅", "江苏省教育厅")]}
    report = score(pred, GOLD)
    assert counts(report, "Programme") == (1, 0, 1)  # 双一流 missed
    assert counts(report, "Institution") == (1, 0, 1)  # 苏州大学 missed, 南京大学 optional
    assert counts(report, "Place") == (1, 0, 0)
    assert counts(report, "Body") == (1, 0, 0)


def test_an_optional_entry_is_neither_found_nor_missed():
    report = score({"entities": [ent("a", "Institution", "南京大学")]}, GOLD)
    assert counts(report, "Institution") == (0, 0, 2)
    assert "南京大学" not in {f.text for f in report.missed + report.false}


def test_the_wrong_type_is_a_miss_and_a_false_find():
    report = score({"entities": [ent("a", "Programme", "苏州大学")]}, GOLD)
    assert counts(report, "Programme") == (0, 1, 2)
    assert counts(report, "Institution") == (0, 0, 2)
    false = report.false[0]
    assert (false.kind, false.text, false.note) == ("Programme", "苏州大学", "gold type is Institution")


def test_two_nodes_for_one_thing_count_once_found_and_once_false():
    pred = {"entities": [ent("a", "Institution", "中科大"), ent("b", "Institution", "中国科学技术大学")]}
    report = score(pred, GOLD)
    assert counts(report, "Institution") == (1, 1, 1)
    assert report.false[0].text == "中科大"  # the exact name wins, the alias-only node is the extra
    assert report.false[0].note == "second node for 中国科学技术大学"


def test_entities_of_other_types_are_not_scored():
    report = score({"entities": [ent("a", "Policy", "关于加强青少年生命健康关爱工作的通知")]}, GOLD)
    assert sum(s.fp for s in report.scores.values()) == 0


def test_micro_average_sums_the_four_types():
    pred = {"entities": [ent("a", "Institution", "苏州大学"), ent("b", "Body", "市教育局")]}
    report = score(pred, GOLD)
    assert counts(report, MICRO) == (1, 1, 5)


def test_participation_pairs_are_compared_by_canonical_names_through_aliases():
    pred = {
        "entities": [ent("i1", "Institution", "中科大"), ent("p1", "Programme", "“双一流”"),
                     ent("i2", "Institution", "东南大学")],
        "relations": [{"type": "PARTICIPATES_IN", "source": "i1", "target": "p1"},
                      {"type": "PARTICIPATES_IN", "source": "i2", "target": "p1"},
                      {"type": "LOCATED_IN", "source": "i2", "target": "p1"}],
    }
    report = score(pred, GOLD)
    assert counts(report, PARTICIPATES_IN) == (1, 1, 1)
    assert [f.text for f in report.false if f.kind == PARTICIPATES_IN] == ["东南大学 → 双一流"]
    assert [f.text for f in report.missed if f.kind == PARTICIPATES_IN] == ["苏州大学 → 双一流"]


def test_the_same_pair_said_twice_is_one_pair():
    pred = {"entities": [ent("i1", "Institution", "苏州大学"), ent("p1", "Programme", "双一流")],
            "relations": [{"type": "PARTICIPATES_IN", "source": "i1", "target": "p1", "id": "r1"},
                          {"type": "PARTICIPATES_IN", "source": "i1", "target": "p1", "id": "r2"}]}
    assert counts(score(pred, GOLD), PARTICIPATES_IN) == (1, 0, 1)


def test_targets_need_equal_quantity_and_unit_and_overlapping_objects():
    pred = {"targets": [
        {"quantity": 30.0, "unit": "所", "object": "党建示范学校"},  # contained: found
        {"quantity": 100, "unit": "％", "object": "建档率"},  # ％ is %, contained, but a second find
        {"quantity": 100, "unit": "%", "object": "电子档案建档率"},  # the longer overlap is the find
        {"quantity": 60, "unit": "所", "object": "“园丁先锋”党建示范学校"},  # wrong quantity
    ]}
    report = score(pred, GOLD)
    assert counts(report, TARGETS) == (2, 2, 0)
    assert {f.text for f in report.false} == {"100 ％ 建档率", "60 所 “园丁先锋”党建示范学校"}


def test_amounts_in_wan_or_yi_match_the_same_amount_written_out():
    gold = {"targets": [{"quantity": 30, "unit": "亿元", "object": "专项资金"},
                        {"quantity": 10, "unit": "万人次", "object": "培训教师"}]}
    pred = {"targets": [{"quantity": 3000000000, "unit": "元", "object": "专项资金"},
                        {"quantity": 10, "unit": "人次", "object": "培训教师"}]}
    report = score(pred, gold)
    assert counts(report, TARGETS) == (1, 1, 1)
    assert {f.text for f in report.missed} == {"10 万人次 培训教师"}


def test_objects_overlap_when_one_contains_the_other_or_they_share_four_characters():
    assert objects_overlap("“园丁先锋”示范岗", "优秀教师为“园丁先锋”示范岗")
    assert objects_overlap("心理健康护航行动方案行动", "苏州市中小学生心理健康护航行动方案")  # 心理健康…方案
    assert not objects_overlap("党建示范学校", "特色学校建设")  # only 学校 in common
    assert not objects_overlap("", "学校")


def test_the_report_prints_a_table_and_serialises_to_json():
    report = score({"entities": [ent("a", "Institution", "苏州大学")]}, GOLD)
    table = report.table()
    assert "| Institution | 1.000 | 0.500 | 0.667 | 1 | 0 | 1 |" in table
    assert "中国科学技术大学" in table.split("\nmissed")[1]
    data = json.loads(json.dumps(report.as_dict(), ensure_ascii=False))
    assert data["scores"]["Institution"]["f1"] == pytest.approx(0.6667, abs=1e-4)
    assert {"kind": "Institution", "text": "中国科学技术大学", "note": ""} in data["missed"]


def test_nothing_to_find_and_nothing_found_is_perfect():
    assert score({}, {"entities": []}).f1(TARGETS) == 1.0


def test_sample_meets_quality_goals(sample_path, repo_root):
    """The issue's goals on the bundled sample: the real extraction, scored by the gold file."""
    from loaders.extract import extract_paths, to_json

    gold = json.loads((repo_root / "tests/data/suzhou-2023-education-work-points.gold.json").read_text("utf-8"))
    report = score(to_json(extract_paths([sample_path])), gold)
    for kind in ("Institution", "Body", "Programme", "Place"):
        assert report.f1(kind) >= 0.95, report.table()
    assert report.f1(PARTICIPATES_IN) == 1.0, report.table()
    assert report.f1(TARGETS) >= 0.9, report.table()
