"""``kg parse``: the outline of each document, --json with spans, one stderr line per bad file."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from kg.cli import app


def kg(*args: str):
    # a typer app with a single command runs it without its name; with several it needs it
    name = ["parse"] if len(app.registered_commands) + len(app.registered_groups) > 1 else []
    return CliRunner().invoke(app, [*name, *args])


def test_parse_prints_sections_and_items_with_titles(sample_path):
    result = kg(str(sample_path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].endswith("苏州市2023年全市教育工作要点 (issuer 苏州市教育局, place 苏州市, year 2023)")
    assert "一、坚持将政治建设摆在首位，加强党对教育工作的全面领导" in lines
    assert "  8. 推进高水平教育对外开放" in lines and "  14. 优化高校建设发展布局" in lines
    assert sum(1 for line in lines if line.startswith("  ") and ". " in line) == 17
    assert "5 sections, 17 items" in lines[1]


def test_parse_json_gives_spans_into_the_source(sample_path):
    result = kg("--json", str(sample_path))
    assert result.exit_code == 0
    [doc] = json.loads(result.stdout)
    source = sample_path.read_text(encoding="utf-8-sig")
    item8 = next(i for i in doc["items"] if i["number"] == 8)
    assert source[item8["start"] : item8["end"]].startswith("8 .推进高水平教育对外开放。")
    assert len(doc["sections"]) == 5 and len(doc["items"]) == 17 and doc["sentences"]
    assert {"rule": "ocr-digits", "source": "IOO", "clean": "100"}.items() <= next(r for r in doc["repairs"] if r["rule"] == "ocr-digits").items()


def test_bad_files_get_one_stderr_line_each_and_the_rest_is_printed(tmp_path, sample_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    sheet = tmp_path / "table.xlsx"
    sheet.write_bytes(b"x")
    result = kg(str(empty), str(sample_path), str(sheet))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"kg: {empty}: empty file",
        f"kg: {sheet}: unsupported file type .xlsx (supported: .pdf .docx .html .htm .xhtml .txt .text .md)",
    ]
    assert "  17. 突出职普融通推进协同协作" in result.stdout.splitlines()


def test_nothing_readable_exits_2(tmp_path):
    result = kg(str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip() == f"kg: {tmp_path / 'missing.txt'}: no such file"
