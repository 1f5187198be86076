"""Document metadata from the title and the text: title, issuing authority, place, year.

Rules are generic: a title comes from a scraped copy's header, the file's own declared
title, or the first heading line; the issuer from ``X关于…的通知`` titles or a signature
(落款: an authority's name on its own line followed by a date line), or, for a place's
own system-wide work plan (苏州市…全市教育工作要点), that place's authority for the field;
the place from the administrative name a title or issuer starts with; the year from the
title or the signature's date. Without a title in the text, the file name stands in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from loaders import noise as N
from loaders.markers import (
    DATE_LINE,
    DIGITS,
    FIELD_AUTHORITIES,
    GENERIC_PLACE_HEADS,
    ISSUER_SUFFIXES,
    PLACE_LONGEST,
    PLACE_SUFFIXES,
    SYSTEM_PLAN,
    TITLE_SHAPE,
)
from loaders.outline import find_markers


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
    place = _place(title)
    issuer = _issuer_in_title(title) or _signature(text) or _system_plan_authority(title, place)
    place = place or (_place(issuer) if issuer else None)
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


def _system_plan_authority(title: str, place: str | None) -> str | None:
    """苏州市2023年全市教育工作要点 → 苏州市教育局: a place's plan for its whole system."""
    if not place:
        return None
    m = re.match(SYSTEM_PLAN.format(place=re.escape(place)), title)
    if not m:
        return None
    level = next((s for s in PLACE_SUFFIXES if place.endswith(s)), None)
    authority = FIELD_AUTHORITIES.get(m["field"], {}).get(level)
    return f"{place}{authority}" if authority else None


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
