"""kg extract: the JSON contract on stdout, a readable summary, and bad files."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_json_output_is_the_extraction_contract(sample_path):
    result = runner.invoke(app, ["extract", str(sample_path), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["documents"][0]["title"] == "苏州市2023年全市教育工作要点"
    names = {e["name"] for e in out["entities"]}
    assert {"苏州大学", "郑和计划", "苏州工业园区"} <= names
    source = open(sample_path, encoding="utf-8").read()
    mention = next(e for e in out["entities"] if e["name"] == "苏州大学")["mentions"][0]
    assert source[mention["start"] : mention["end"]] == "苏州大学"


def test_summary_lists_counts_and_names_per_type(sample_path):
    result = runner.invoke(app, ["extract", str(sample_path)])
    assert result.exit_code == 0, result.output
    assert "Institution (14): " in result.stdout
    assert "PARTICIPATES_IN 中国科学技术大学 → 双一流" in result.stdout


def test_a_bad_file_gets_one_line_and_the_others_are_extracted(sample_path, tmp_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing), str(sample_path), "--json"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"kg: {missing}: no such file"]
    assert json.loads(result.stdout)["documents"]


def test_nothing_readable_exits_2_with_one_line_per_file(tmp_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
