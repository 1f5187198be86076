"""Numerals in policy text, Arabic (also full-width) and Chinese (三十, 两千零五), and the
time limits written with them (到2025年, 2023年底前, “十四五”期间)."""
from __future__ import annotations

import calendar
import re

from loaders.numerals import DIGITS as CN_DIGITS
from loaders.numerals import POWERS as CN_POWERS
from loaders.numerals import chinese_number

DEADLINE = re.compile(
    r"(?:(?P<pre>到|至|于|在)\s*)?(?P<year>20\d\d)\s*年"
    r"(?:\s*(?P<month>1[0-2]|[1-9])\s*月)?(?P<end>底|末|年底)?(?P<post>前|以前|之前|内)?"
)


def parse_number(text: str) -> int | float | None:
    """Arabic (also full-width) or Chinese numerals; integral values come back as int."""
    if text[0] in CN_DIGITS or text[0] in CN_POWERS:
        return chinese_number(text)
    value = float(text.replace("．", ".").translate(_FULLWIDTH))
    return int(value) if value.is_integer() and "." not in text and "．" not in text else value


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def scale(value: int | float, factor: int) -> int | float:
    scaled = value * factor
    return int(round(scaled)) if abs(scaled - round(scaled)) < 1e-6 else scaled


def nearest_deadline(text: str, sentence_start: int, sentence_end: int, pos: int, pattern: re.Pattern,
                     periods: dict[str, int]):
    """The time limit nearest before ``pos`` in its sentence, else the first after it."""
    before = after = None
    for m in pattern.finditer(text, sentence_start, sentence_end):
        if not (m.group("pre") or m.group("end") or m.group("post") or m.group("period")):
            continue  # a bare year (2023年，全市…) names the plan's year, not a limit
        if m.start() < pos:
            before = m
        elif after is None:
            after = m
    best = before or after
    if best is None:
        return None, None
    if best.group("period"):
        return best.group(), f"{periods[best.group('period')]:04d}-12-31"
    year, month = int(best.group("year")), best.group("month")
    if month:
        day = calendar.monthrange(year, int(month))[1]
        return best.group().strip(), f"{year:04d}-{int(month):02d}-{day:02d}"
    return best.group().strip(), f"{year:04d}-12-31"
