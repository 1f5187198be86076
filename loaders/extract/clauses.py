"""Clause boundaries around a number in a target's sentence: where the words before it
start, where the words after it end, a note in brackets after its unit, and the parts of
a listed object (A、B比例均达到95%)."""
from __future__ import annotations

SIDE_LIMIT = 30  # characters an object may reach on either side of the number


def clause_start(text: str, pos: int, floor: int, breaks: frozenset[str]) -> int:
    i = pos
    while i > floor and text[i - 1] not in breaks:
        i -= 1
    return i


def skip_note(text: str, pos: int, breaks: frozenset[str]) -> int:
    """Step over a note right after the unit: 15所（中职部分）."""
    if pos < len(text) and text[pos] in "（(":
        close = next((i for i in range(pos + 1, min(len(text), pos + SIDE_LIMIT))
                      if text[i] in "）)" or text[i] in breaks), -1)
        return close + 1 if close != -1 and text[close] in "）)" else -1
    return pos


def clause_end(text: str, pos: int, breaks: frozenset[str]) -> int:
    i, limit = pos, min(len(text), pos + SIDE_LIMIT)
    while i < limit and text[i] not in breaks and text[i] != "、":
        i += 1
    return i


def list_parts(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    parts, begin = [], start
    for i in range(start, end + 1):
        if i == end or text[i] == "、":
            if i > begin:
                parts.append((begin, i, text[begin:i]))
            begin = i + 1
    return parts


def list_owner(text: str, start: int, end: int, verbs: tuple[str, ...]) -> tuple[int, int] | None:
    """The words before the first listing verb of ``text[start:end]`` (地方高校有A、B等8所 →
    地方高校), or None when the clause opens with its list."""
    at = min((p for p in (text.find(v, start, end) for v in verbs) if p > start), default=-1)
    return (start, at) if at > 0 else None
