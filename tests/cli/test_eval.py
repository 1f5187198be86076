"""kg eval: score a prediction file or a document against a gold file."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

GOLD = {
    "entities": [
        {"type": "Institution", "name": "苏州大学", "aliases": [], "optional": False},
        {"type": "Programme", "name": "郑和计划", "aliases": [], "optional": False},
    ],
    "relations": [{"type": "PARTICIPATES_IN", "source": "苏州大学", "target": "郑和计划"}],
    "targets": [{"quantity": 30, "unit": "所", "object": "党建示范学校"}],
}
PRED = {
    "documents": [],
    "entities": [{"id": "i1", "type": "Institution", "name": "苏州大学", "aliases": [], "mentions": []},
                 {"id": "p1", "type": "Programme", "name": "“郑和计划”", "aliases": [], "mentions": []},
                 {"id": "b1", "type": "Body", "name": "市教育局", "aliases": [], "mentions": []}],
    "relations": [{"id": "r1", "type": "PARTICIPATES_IN", "source": "i1", "target": "p1", "evidence": []}],
    "targets": [{"id": "t1", "quantity": 30, "unit": "所", "object": "“园丁先锋”党建示范学校"}],
}


@pytest.fixture
def files(tmp_path):
    gold, pred = tmp_path / "plan.gold.json", tmp_path / "pred.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    pred.write_text(json.dumps(PRED, ensure_ascii=False), encoding="utf-8")
    return pred, gold


def run(*args):
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_eval_prints_a_table_with_the_false_finds(files):
    pred, gold = files
    result = run(pred, "--gold", gold)
    assert result.exit_code == 0, result.output
    assert "| Institution | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 |" in result.stdout
    assert "| PARTICIPATES_IN | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 |" in result.stdout
    assert "| targets | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 |" in result.stdout
    assert "Body            市教育局" in result.stdout.split("false finds")[1]


def test_eval_json_gives_scores_and_findings(files):
    pred, gold = files
    result = run(pred, "--gold", gold, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["scores"]["Body"] == {"tp": 0, "fp": 1, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert data["false"] == [{"kind": "Body", "text": "市教育局", "note": ""}]


def test_a_missing_prediction_file_is_one_line_naming_it(files, tmp_path):
    _, gold = files
    result = run(tmp_path / "nope.json", "--gold", gold)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"kg: {tmp_path / 'nope.json'}: no such file"


def test_a_gold_file_that_is_not_json_is_one_line_naming_it(files, tmp_path):
    pred, _ = files
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run(pred, "--gold", bad)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: {bad}: not a JSON file")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_json_file_without_entities_is_not_a_gold_file(files):
    pred, _ = files
    result = run(pred, "--gold", _write(pred.parent / "x.json", {"targets": []}))
    assert result.exit_code == 2
    assert "not a gold file" in result.stderr


def test_eval_extracts_a_document_first(sample_path, repo_root):
    gold = repo_root / "tests/data/suzhou-2023-education-work-points.gold.json"
    result = run(sample_path, "--gold", gold, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["scores"]["targets"]["f1"] >= 0.9
    assert data["scores"]["entities (micro)"]["tp"] > 0


def _write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
