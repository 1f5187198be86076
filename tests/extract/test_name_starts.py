"""Where an organisation's name starts and ends: after the verb or body before it, and
across a campus in brackets or a dash joining two universities."""
from __future__ import annotations

import pytest

from loaders.extract.candidates import CandidateFinder
from loaders.extract.lexicon import load_lexicon
from loaders.extract.places import load_gazetteer


@pytest.fixture(scope="module")
def finder() -> CandidateFinder:
    return CandidateFinder(load_lexicon(), load_gazetteer())


def institutions(finder: CandidateFinder, text: str) -> set[str]:
    return {c.name for c in finder.find(text) if c.type == "Institution"}


def test_a_laboratory_built_jointly_by_two_bodies_starts_after_the_verb(finder):
    got = institutions(finder, "支持云岭大学与滇池科学研究院共建高原生态实验室。")
    assert got == {"云岭大学", "滇池科学研究院", "高原生态实验室"}


@pytest.mark.parametrize("text", ["与苍山科技公司共建高原生态实验室。", "校企合建高原生态实验室。"])
def test_a_laboratory_built_with_an_unnamed_partner_starts_after_the_verb(finder, text):
    assert institutions(finder, text) == {"高原生态实验室"}


@pytest.mark.parametrize("text, name", [
    ("推广应用洱海大学研制的教学资源。", "洱海大学"),
    ("主动服务云岭大学建设发展。", "云岭大学"),
    ("参照滇池大学做法推进改革。", "滇池大学"),
    ("借鉴苍山师范学院经验。", "苍山师范学院"),
    ("力争建成玉龙湖泊研究院。", "玉龙湖泊研究院"),
    ("托管云岭大学附属中学。", "云岭大学附属中学"),
    ("带动滇池职业技术学院发展。", "滇池职业技术学院"),
])
def test_a_verb_before_an_institution_is_not_part_of_its_name(finder, text, name):
    assert name in institutions(finder, text)


def test_an_applied_university_keeps_its_own_word(finder):
    assert "应用技术大学" not in institutions(finder, "建设云岭应用技术大学。")
    assert "云岭应用技术大学" in institutions(finder, "建设云岭应用技术大学。")


@pytest.mark.parametrize("name", [
    "香港科技大学（广州）", "哈尔滨工业大学（威海）", "北京师范大学-香港浸会大学联合国际学院",
    "北京师范大学—香港浸会大学联合国际学院",
])
def test_a_campus_in_brackets_or_a_joint_college_is_one_institution(finder, name):
    got = institutions(finder, f"支持{name}、云岭大学发展。")
    assert got == {name, "云岭大学"}
    assert not {c.name for c in finder.find(f"支持{name}发展。") if c.type == "Place"} & {"广州", "威海"}


def test_a_bracket_after_a_university_that_is_no_place_stays_outside(finder):
    assert "云岭大学" in institutions(finder, "支持云岭大学（以下简称云大）发展。")


def test_two_universities_joined_by_a_dash_without_a_college_stay_two(finder):
    assert institutions(finder, "推动云岭大学-滇池大学合作。") == {"云岭大学", "滇池大学"}
