"""Shapes of institution names beyond a run ending in a suffix: a campus's place in
brackets (香港科技大学（广州）, 中国石油大学（华东）), two universities joined by a dash
(A大学-B大学联合研究院) and numbered schools (绍兴一中)."""
from __future__ import annotations

import re

from loaders.extract.lexicon import Lexicon, trie_pattern
from loaders.extract.names import Boundaries, left_edge, strip_left
from loaders.extract.places import Gazetteer

_SCHOOL_NO = re.compile(
    r"[市县区]?第?[一二三四五六七八九十]{1,3}(?:中学|小学|中(?![国心华央学等间期层级小专])|小(?![学组时]))"
)
_DASHES = "-－—"


class InstitutionShapes:
    def __init__(self, lex: Lexicon, gaz: Gazetteer, bounds: Boundaries):
        self.lex, self.gaz, self.bounds = lex, gaz, bounds
        cfg = lex.institution
        self.parents = tuple(cfg["parents"])
        self.topic_joins = tuple(cfg["topic_joins"])
        self.regions = frozenset(cfg["campus_regions"])
        self.campus_re = re.compile(  # 香港科技大学（广州）, 南京大学（苏州校区）
            r"[（(]([\u4e00-\u9fff]{2,6}?)(?:" + trie_pattern(cfg["needs_parent"]) + r")?[)）]")

    def campus_end(self, text: str, end: int) -> int:
        """A campus's place or region in brackets right after a university belongs to its name."""
        m = self.campus_re.match(text, end)
        if m and (m.group(1) in self.regions or self.gaz.lookup(m.group(1)) is not None):
            return m.end()
        return end

    def joined_start(self, text: str, edge: int, stem_end: int) -> int | None:
        """Where an institution named after two universities joined by a dash starts (A大学-B大学
        联合国际学院, A大学-B大学联合研究院), when the run before the ending opens right after
        such a dash."""
        if text[edge - 1 : edge] not in _DASHES or not any(p in text[edge:stem_end] for p in self.parents) \
                or not any(text.startswith(p, edge - 1 - len(p)) for p in self.parents):
            return None
        first, quoted = left_edge(text, edge - 1, self.lex)
        if not quoted:
            first += strip_left(text[first : edge - 1], 0, self.bounds)
        return first if edge - 1 - first >= 4 else None

    def topic_start(self, text: str, edge: int) -> int | None:
        """Where a unit named after two topics joined by 与 or 和 starts (核科学与技术学院,
        资源与环境研究所), when the run before the conjunction is a bare topic: no name, place,
        group or verb of its own (北方大学与南方学院 are two); a parent's name may open it
        (X大学材料与化工学院)."""
        lex = self.lex
        if text[edge - 1 : edge] not in self.topic_joins or any(  # 参与 is a verb, no 与
                r.fullmatch(text, max(0, edge - k), edge) for k in (2, 3) for r in (lex.strip_re, self.bounds.cut_re)):
            return None
        first, quoted = left_edge(text, edge - 1, lex)
        if quoted:
            return None
        first += strip_left(text[first : edge - 1], 0, self.bounds)
        first += text.rfind("的", first, edge - 1) + 1 - first if "的" in text[first : edge - 1] else 0
        left = text[first : edge - 1]  # 牵头建设的A及B实验室: the unit is named after 的
        # 中国科学院数学与系统科学研究院: a parent's name, then the first topic
        parent = max((left.rfind(p) + len(p) for p in self.parents if p in left[:-2]), default=0)
        left = left[parent:]
        if not 2 <= len(left) <= 8 or any(lex.ends_with_suffix(left, t) for t in ("Institution", "Body", "Programme")) \
                or self.gaz.regex.search(left) or lex.known_re.search(left) or lex.subject_re.search(left) \
                or lex.strip_re.search(left) or self.bounds.cut_re.search(left):
            return None
        return first

    def numbered_schools(self, text: str, place_hits) -> list[tuple[int, int, str]]:
        """绍兴一中, 杭州市第二中学: a place, then the school's number."""
        out = []
        for start, end, name in place_hits:
            s = _SCHOOL_NO.match(text, end)
            place = self.gaz.lookup(name) if s else None
            if place and place.level in ("city", "county"):
                out.append((start, s.end(), text[start : s.end()]))
        return out
