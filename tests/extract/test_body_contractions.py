"""A body written with 科技 and in full with 科学技术 in one document is one body, named in
full (省科技厅 and 山西省科学技术厅)."""
from __future__ import annotations

from tests.extract.texts import extract_text, names


def test_science_department_short_and_full_forms_are_one_body():
    x = extract_text("山西省科学技术厅关于推进成果转化的通知\n一、任务\n1.省科技厅会同省教育厅开展评估。山西省科学技术厅负责指导。\n")
    found = names(x, "Body")
    assert "山西省科学技术厅" in found and "山西省科技厅" not in found and "省科技厅" not in found
