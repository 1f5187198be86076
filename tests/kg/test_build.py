"""``kg.build``: extract, build, load, with progress per phase."""
from __future__ import annotations

from kg.build import build


def test_build_reports_extraction_per_file_then_loading(falkordb_store, sample_path, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    calls = []
    report = build([sample_path, bad], falkordb_store,
                   progress=lambda phase, done, total: calls.append((phase, done, total)))
    assert calls[:2] == [("extracting", 1, 2), ("extracting", 2, 2)]
    assert report.documents == 1 and [e.path for e in report.errors] == [str(bad)]
    assert report.load.loaded
