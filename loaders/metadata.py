"""Document metadata from the title and the text: title, issuing authority, place, year.

Rules are generic: a title comes from a scraped copy's header, the file's own declared
title, or the first heading line; the issuer from ``X关于…的通知`` titles or a signature
(落款: an authority's name on its own line followed by a date line); the place from the
administrative name a title or issuer starts with; the year from the title or the date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from loaders import noise as N
from loaders.markers import DIGITS
from loaders.outline import find_markers

ISSUER_SUFFIXES = r"(?:厅|局|委员会|委|政府|办公厅|办公室|部|教育部|人民政府|中心|学校|大学|学院)"
PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "省", "市", "州", "县", "区", "盟", "旗")
PLACE_LONGEST = 8
GENERIC_PLACE_HEADS = "全本各我该此每"  # 全市, 本省, 各区: not a name
DATE_LINE = r"^[〇○零一二三四五六七八九十\d]{4}\s*年[〇○零一二三四五六七八九十\d]{1,3}\s*月[〇○零一二三四五六七八九十\d]{1,3}\s*日$"
TITLE_SHAPE = r"(?:要点|规划|纲要|方案|计划|意见|通知|办法|决定|报告|细则|措施|规定|条例|总结|安排)"


@dataclass(frozen=True)
class Metadata:
    title: str | None
    issuer: str | None
    place: str | None
    year: int | None
    title_end: int  # clean offset where a title that runs into the text ends (0: none)


def metadata(source: str, text: str, path: Path, declared: str | None = None) -> Metadata:
    title = _boilerplate_title(source) or _clean_title(declared) or _first_heading(text)
    title_end = len(title) if title and text.startswith(title) else 0
    if title is None:
        title = path.stem
    issuer = _issuer_in_title(title) or _signature(text)
    place = _place(title) or (_place(issuer) if issuer else None)
    year = _year(title) or _signature_year(text)
    return Metadata(title, issuer, place, year, title_end)


def _clean_title(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = re.sub(f"[{N.SPACES}]+", "", raw.strip())
    return raw or None


def _boilerplate_title(source: str) -> str | None:
    first = source.lstrip("\ufeff").split("\n", 1)[0]
    if not any(marker in first for marker in N.BOILERPLATE_MARKERS):
        return None
    m = re.search(N.BOILERPLATE_TITLE, first)
    return _clean_title(m["title"]) if m else None


def _first_heading(text: str) -> str | None:
    """The first line if it reads as a title: short, no sentence end, not a numbered heading."""
    for line in text.split("\n")[:3]:
        line = line.strip()
        if not line:
            continue
        if len(line) <= 60 and not re.search("[。；！？：:]$", line) and not find_markers(line):
            return line
        m = re.match(rf"^(.{{4,40}}?{TITLE_SHAPE})(?=\d{{4}}年|[\u4e00-\u9fff])", line)
        if m and not find_markers(m[1]):
            return m[1]  # a title run into the first sentence, as scraped copies do
        return None
    return None


def _issuer_in_title(title: str) -> str | None:
    m = re.match(rf"^(?P<issuer>[\u4e00-\u9fff、]{{2,40}}?{ISSUER_SUFFIXES})关于", title)
    return m["issuer"] if m else None


def _signature(text: str) -> str | None:
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    for name, date in zip(lines, lines[1:]):
        if re.match(DATE_LINE, date) and re.fullmatch(rf"[\u4e00-\u9fff（）()]{{2,30}}{ISSUER_SUFFIXES}", name):
            return name
    return None


def _place(text: str | None) -> str | None:
    """The longest administrative name the text starts with: 苏州市 before 苏州."""
    head = re.match(r"[\u4e00-\u9fff]*", text or "")[0][:PLACE_LONGEST]
    if head[:1] in GENERIC_PLACE_HEADS:
        return None
    for end in range(len(head), 1, -1):
        if head[:end].endswith(PLACE_SUFFIXES) and end > 2 or head[:end].endswith(("省", "市")):
            return head[:end]
    return None


def _year(text: str) -> int | None:
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?:年|—|-|－|～)", text)
    return int(m[1]) if m else None


def _signature_year(text: str) -> int | None:
    for line in text.split("\n"):
        line = line.strip()
        if re.match(DATE_LINE, line):
            digits = line.split("年")[0]
            return int("".join(str(DIGITS.get(c, c)) for c in digits))
    return None
