"""Regression floors on real plans beyond the sample (tests/data/more: texts with gold files
written by two independent annotators). The floors are the scores reached, rounded down a
little; a change that lowers one generalises worse, whatever it does for the sample."""
from __future__ import annotations

import json

import pytest

from kg.evaluate import MICRO, PARTICIPATES_IN, score
from loaders import load
from loaders.extract import extract, to_json
from tests.extract.texts import mentions_off_their_words

# document stem → (micro F1 over the four types, PARTICIPATES_IN F1) reached, rounded down
FLOORS = {
    "01_shaoxing-edu-14th-fyp-draft-2021": (0.96, 0.95),
    # its one gold pair (北斗元培学苑 → 北斗科技班) is stated through the short form 学苑
    "02_shaoxing-no1-highschool-work-points-2021": (0.94, 0.0),
    "03_zhejiang-edu-dept-hs-curriculum-reform-2012": (0.92, 0.95),
    "04_national-edu-reform-plan-outline-2010-2020": (0.93, 0.95),
}


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_extraction_on_another_real_plan_stays_at_its_floor(repo_root, stem):
    folder = repo_root / "tests" / "data" / "more"
    gold = json.loads((folder / f"{stem}.gold.json").read_text("utf-8"))
    report = score(to_json(extract([load(folder / f"{stem}.txt")])), gold)
    micro, participation = FLOORS[stem]
    assert report.f1(MICRO) >= micro, report.table()
    assert report.f1(PARTICIPATES_IN) >= participation, report.table()


@pytest.fixture(scope="module")
def more(repo_root):
    folder = repo_root / "tests" / "data" / "more"
    return extract([load(path) for path in sorted(folder.glob("*.txt"))])


def test_every_mention_on_the_other_plans_points_at_its_words(more):
    assert mentions_off_their_words(more) == []


def test_the_other_plans_give_one_record_per_id(more):
    for records in (more.entities, more.relations, more.targets):
        ids = [r.id for r in records]
        assert len(ids) == len(set(ids))
    assert {e.id for e in more.entities} <= {m.entity for m in more.mentions}
