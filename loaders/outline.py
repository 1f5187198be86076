"""The outline of a clean text: sections, numbered items, sentences and clauses, with spans.

Markers are found inline as well as at line starts, because scraped copies run headings
and items into the text (…全面领导1学习贯彻…). A candidate counts only where a new unit
can begin (text start, line start, after a sentence end, or right after a section
heading) and only when its number follows the count of its style: a number out of
sequence is a quantity or a citation, not an item.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from kg.model import CleanText, Item, Section, Sentence, stable_id
from loaders import markers as M
from loaders.numerals import chinese_number


class Clause(NamedTuple):
    text: str
    cstart: int
    cend: int
    start: int
    end: int


@dataclass(frozen=True)
class Marker:
    kind: str  # section | item
    style: str
    number: int
    label: str
    start: int  # marker span in the clean text
    end: int


def cn_number(label: str) -> int:
    """一 → 1, 十八 → 18, 二十一 → 21, 一百 → 100, 12 → 12."""
    return int(label) if label.isdigit() else chinese_number(label) or 0


def find_markers(text: str) -> list[Marker]:
    """Section and item markers in order of position, after the sequence checks."""
    found: list[Marker] = []
    last_section: int | None = None
    last_item: dict[str, int] = {}  # per style: counts run on across sections unless restarted
    heading_end = -1  # end of the latest section marker: its heading is open until a line/sentence end
    fresh = False  # no item yet since the latest section: an item may restart at 1
    taken = -1
    for kind, style, m in _candidates(text):
        start = m.start()
        if start < taken:
            continue
        n = cn_number(m["label"])
        line_start = start == 0 or text[start - 1] == "\n"
        in_heading = heading_end >= 0 and not re.search(rf"[\n{M.SENTENCE_END}]", text[heading_end:start])
        if not (line_start or _after_sentence_end(text, start) or (kind == "item" and in_heading)):
            continue
        if kind == "section":
            if not (last_section is None or n == last_section + 1 or (line_start and (n == 1 or n > last_section))):
                continue
            last_section, heading_end, fresh = n, m.end(), True
        else:
            counted = M.WEAK_STYLES.get(style, style)
            last = last_item.get(counted, 0)
            if style in M.WEAK_STYLES:
                ok = n == last + 1 and not text[m.end() : m.end() + 1] in list(M.QUANTITY_FOLLOWERS)
            else:
                ok = n == last + 1 or (n == 1 and fresh) or (line_start and (n == 1 or n > last))
            if not ok:
                continue
            last_item[counted], style, fresh = n, counted, False
        label = m[0].strip(" ：:\u3000") if style == "chapter" else m["label"]
        found.append(Marker(kind, style, n, label, start, m.end()))
        taken = m.end()
    return _top_items(found)


def _candidates(text: str) -> list[tuple[str, str, re.Match]]:
    """Every match of every marker pattern, by position; chapters replace 一、 headings when present."""
    chapters = re.search(rf"(?m)^{M.SECTION_PATTERNS['chapter']}", text) is not None
    out = [
        ("section", style, m)
        for style, pattern in M.SECTION_PATTERNS.items()
        if (style == "chapter") == chapters
        for m in re.finditer(pattern, text)
    ]
    out += [("item", style, m) for style, pattern in M.ITEM_PATTERNS.items() for m in re.finditer(pattern, text)]
    return sorted(out, key=lambda c: (c[2].start(), c[0] != "section"))


def _after_sentence_end(text: str, start: int) -> bool:
    """Right after 。！？； (or after one and its closing quote or bracket)."""
    before = text[max(0, start - 2) : start]
    return bool(before) and (before[-1] in M.SENTENCE_END or (before[-1] in M.CLOSERS and before[:1] in list(M.SENTENCE_END)))


def _top_items(marks: list[Marker]) -> list[Marker]:
    """Keep, in each section, only the items of the highest-ranked style present there."""
    out: list[Marker] = []
    group: list[Marker] = []
    for mk in marks + [Marker("section", "", 0, "", -1, -1)]:
        if mk.kind == "section":
            if group:
                top = min(M.ITEM_RANKS[g.style] for g in group)
                out += [g for g in group if M.ITEM_RANKS[g.style] == top]
            group = []
            if mk.start >= 0:
                out.append(mk)
        else:
            group.append(mk)
    return out


def outline(doc_id: str, clean: CleanText, title_end: int = 0) -> tuple[tuple[Section, ...], tuple[Item, ...], tuple[Sentence, ...]]:
    """Sections, items and sentences of ``clean``; ``title_end`` closes a title run into the text.

    A section runs to the next section, an item to the next marker of either kind; ids are
    the document id and the position (``stable_id(doc, "s", n)``), so they are stable.
    """
    text = clean.text
    marks = find_markers(text)
    sections: list[Section] = []
    items: list[Item] = []
    boundaries = {0, len(text), title_end}
    for i, mk in enumerate(marks):
        after = marks[i + 1].start if i + 1 < len(marks) else len(text)
        boundaries |= {mk.start, mk.end}
        if mk.kind == "section":
            nxt = next((m.start for m in marks[i + 1 :] if m.kind == "section"), len(text))
            cend = _trim(text, mk.start, nxt)
            heading_end = _heading_end(text, mk.end, after)
            boundaries.add(heading_end)
            sid = stable_id(doc_id, "s", len(sections))
            sections.append(Section(sid, doc_id, mk.number, mk.label, _title(text[mk.end : heading_end]), *clean.to_source(mk.start, cend), mk.start, cend))
        else:
            cend = _trim(text, mk.start, after)
            body = text[mk.end : cend]
            leads, lead_spans = lead_units(body)
            iid, section = stable_id(doc_id, "i", len(items)), sections[-1].id if sections else None
            items.append(Item(iid, doc_id, section, mk.number, item_title(body, lead_spans), *clean.to_source(mk.start, cend), mk.start, cend, leads))
    sentences = _sentences(doc_id, clean, boundaries, marks, sections, items)
    return tuple(sections), tuple(items), sentences


def _heading_end(text: str, start: int, limit: int) -> int:
    m = re.compile(rf"[\n{M.SENTENCE_END}]").search(text, start, limit)
    return m.start() if m else limit


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _title(raw: str) -> str:
    return raw.strip().rstrip("：:，,").strip()


def item_title(body: str, lead_spans: list[tuple[int, int]] = ()) -> str:
    """The item's text up to the first 。 (or line end), without lead-unit annotations."""
    for s, e in sorted(lead_spans, reverse=True):
        body = body[:s] + body[e:]
    m = re.search(r"[。\n]", body)
    return _title(body[: m.start()] if m else body)


_LEADS = re.compile(
    r"[（(]?(?P<body>(?:" + "|".join(M.LEAD_ROLES) + r")[：:][^）)\n。]*)[）)]?"
)


def lead_units(body: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], list[tuple[int, int]]]:
    """Role → units from annotations like （牵头单位：市教育局；配合单位：市财政局、市人社局）."""
    leads: dict[str, list[str]] = {}
    spans = []
    for m in _LEADS.finditer(body):
        spans.append(m.span())
        for part in re.split(r"[；;]", m["body"]):
            role, _, units = re.split(r"([：:])", part, maxsplit=1) if re.search("[：:]", part) else (part, "", "")
            role = role.strip()
            if role not in M.LEAD_ROLES:
                continue
            names = [u.strip() for u in re.split(f"[{re.escape(M.UNIT_SEPARATORS)}]", units) if u.strip()]
            leads.setdefault(role, []).extend(n for n in names if n not in leads.get(role, []))
    return tuple((r, tuple(u)) for r, u in leads.items()), spans


def _sentences(doc_id, clean, boundaries, marks, sections, items) -> tuple[Sentence, ...]:
    text = clean.text
    for m in re.finditer(rf"[{M.SENTENCE_END}][{re.escape(M.CLOSERS)}]*|\n", text):
        boundaries.add(m.end())
    marker_spans = {(mk.start, mk.end) for mk in marks}
    section_starts, item_starts = [p.cstart for p in sections], [p.cstart for p in items]
    cuts = sorted(b for b in boundaries if 0 <= b <= len(text))
    out: list[Sentence] = []
    for a, b in zip(cuts, cuts[1:]):
        if (a, b) in marker_spans:
            continue
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        s, e = clean.to_source(a, b)
        out.append(
            Sentence(
                stable_id(doc_id, "t", len(out)), doc_id, len(out), text[a:b], s, e, a, b,
                _containing(sections, section_starts, a), _containing(items, item_starts, a),
            )
        )
    return tuple(out)


def _containing(parts, starts: list[int], pos: int) -> str | None:
    """The id of the part (sorted by start, not nested) whose span holds ``pos``."""
    i = bisect_right(starts, pos) - 1
    return parts[i].id if i >= 0 and pos < parts[i].cend else None


def clauses(sentence: Sentence, clean: CleanText) -> list[Clause]:
    """Split a sentence at ，、：； outside quotes, titles and brackets, with spans."""
    text, base = sentence.text, sentence.cstart
    out, depth, start = [], [], 0
    for i, ch in enumerate(text + "，"):
        if ch in M.OPENERS_CLOSERS:
            depth.append(M.OPENERS_CLOSERS[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif (ch in M.CLAUSE_SEPARATORS and not depth) or i == len(text):
            piece = text[start:i].rstrip(M.SENTENCE_END)
            if piece.strip():
                a = start + len(piece) - len(piece.lstrip())
                b = start + len(piece.rstrip())
                s, e = clean.to_source(base + a, base + b)
                out.append(Clause(text[a:b], base + a, base + b, s, e))
            start = i + 1
    return out
