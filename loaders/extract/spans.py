"""Span helpers for candidate finding: overlap resolution, list membership and edges."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.candidates import Candidate
    from loaders.extract.lexicon import Lexicon

ORGANISATIONS = ("Institution", "Body", "Policy")
DEFINITION_RE = re.compile(r"[（(]?(?:以下)?简称[为：:]?[“\"]([^”\"，。]{2,12})[”\"]")  # （以下简称“思政联盟”）


def last_end(ends: list[int], begin: int, limit: int) -> int:
    """The last name end in (begin, limit] of the ascending ``ends``, else -1."""
    k = bisect_right(ends, limit) - 1
    return ends[k] if k >= 0 and ends[k] > begin else -1


def false_edge(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """高中国际 holds no 中国: the characters across either edge form a common word."""
    return text[start - 1 : start + 1] in lex.false_edges or text[end - 1 : end + 1] in lex.false_edges


def in_list_with(text: str, cand: Candidate, accepted: list[Candidate]) -> bool:
    ends = {c.end for c in accepted}
    starts = {c.start for c in accepted}
    before = text[cand.start - 1 : cand.start]
    after = text[cand.end : cand.end + 1]
    return (before == "、" and cand.start - 1 in ends) or (after == "、" and cand.end + 1 in starts)


def all_at(text: str, word: str):
    pos = text.find(word)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + len(word))


def non_overlapping(cands: list[Candidate], size: int) -> list[Candidate]:
    """Longest first; a candidate overlapping a kept one is dropped."""
    kept: list[Candidate] = []
    taken = bytearray(size + 1)
    rank = {"title": 0, "suffix": 1}
    for cand in sorted(cands, key=lambda c: (-c.length, rank.get(c.how, 2), c.start)):
        if any(taken[cand.start : cand.end]):
            continue
        kept.append(cand)
        taken[cand.start : cand.end] = b"\x01" * cand.length
    return kept


def places_outside(places: list[Candidate], kept: list[Candidate], size: int) -> list[Candidate]:
    """Places standing alone or inside a programme name (苏州—新加坡…研讨会), not inside an
    organisation's name (苏州大学) or a cited title, nor cutting across any name."""
    owner = [None] * (size + 1)  # the kept name covering each character
    for c in kept:
        owner[c.start : c.end] = [c] * c.length
    out = []
    for p in non_overlapping(places, size):
        covering = set(map(id, filter(None, owner[p.start : p.end])))
        first = owner[p.start]
        if not covering:
            out.append(p)
        elif (len(covering) == 1 and first is not None and first.type not in ORGANISATIONS
              and first.start <= p.start and p.end <= first.end):
            out.append(p)
    return out


def in_defined(start: int, end: int, defined: list[tuple[int, int]], whole: bool = False) -> bool:
    """Whether a name lies in a short form the text defines (``whole``: or is that form)."""
    return any(s <= start and end <= e and (whole or (s, e) != (start, end)) for s, e in defined)


def place_definitions(text: str, places: list[Candidate]) -> None:
    """合肥高新技术产业开发区（以下简称“合肥高新区”）: the defined short form of a place is
    that place wherever it stands."""
    for m in DEFINITION_RE.finditer(text):
        full = next((c for c in places if c.end <= m.start() and m.start() - c.end <= 2), None)
        if full is not None:
            for c in places:
                if c.name == m.group(1):
                    c.extra["canonical"] = full.extra.get("canonical", full.name)


def defined_forms(text: str, found: list[Candidate], make) -> list[Candidate]:
    """A name's short form defined after it (（以下简称“思政联盟”）): an alias of that name,
    and a ``make``-built candidate at each other place the short form is written."""
    out = []
    for m in DEFINITION_RE.finditer(text):
        before = [c for c in found if c.end <= m.start() and m.start() - c.end <= 2]
        if not before:
            continue
        full = max(before, key=lambda c: c.end)
        short = m.group(1)
        full.aliases = (*full.aliases, short)
        full.extra.setdefault("defines", []).append(short)
        for pos in all_at(text, short):
            if pos != m.start(1):
                out.append(make(pos, pos + len(short), full.type, short, "definition",
                                extra={"defined_as": full.name}))
    _second_names(text, found)
    return out


def _second_names(text: str, found: list[Candidate]) -> None:
    """A school's second name alone in brackets right after it (A中学（B大学附属中学）): one
    school, the first name canonical."""
    schools = [c for c in found if c.type == "Institution"]
    starts = {c.start: c for c in sorted(schools, key=lambda c: c.end - c.start)}  # the longest at each start
    for c in schools:  # every candidate of the first span: another pass may have found it too
        second = starts.get(c.end + 1) if text[c.end : c.end + 1] in "（(" else None
        if second is not None and text[second.end : second.end + 1] in "）)":
            c.extra.setdefault("defines", []).append(second.name)
