"""Townships (镇, 乡, 街道) below the gazetteer's counties, and foreign cities below a
foreign state (美国艾奥瓦州马斯卡廷市).

A township's name is a short stem and its kind, words every county plan uses; but 城乡,
特色小镇 and 各乡镇 share that shape. So a township is taken only where the text treats it
as one: in a list of two or more township-shaped names (在A镇、B乡各建成…), or right before
a unit of a township (A镇中心小学, A镇学区, A镇人民政府).
"""
from __future__ import annotations

import re

from loaders.extract.lexicon import Lexicon, trie_pattern

_KINDS = ("街道", "镇", "乡")


class Townships:
    def __init__(self, lex: Lexicon):
        cfg = lex.places_cfg
        self.lex = lex
        self.not_in_stem = frozenset(cfg["township_not_in_stem"])
        self.not_stem_end = frozenset(cfg["township_not_stem_end"])
        self.street_not_in_stem = self.not_in_stem - set(_KINDS) - {"村"}
        self.street_generic = frozenset(cfg["street_generic_stems"])
        self.kind_re = re.compile("(?<=[\u4e00-\u9fff]{2})(?:" + trie_pattern(_KINDS) + ")")
        self.unit_re = re.compile(trie_pattern(cfg["township_units"]))
        self.after_strip_re = re.compile("(?:" + lex.strip_re.pattern + ")$")
        self.school_re = re.compile(
            "[\u4e00-\u9fff]{2,3}(?:" + trie_pattern(_KINDS) + ")(?:中心)?$")

    def stem_ok(self, stem: str, kind: str = "镇") -> bool:
        if kind == "街道":  # 城乡, 村镇, 特色小镇 are words of 镇 and 乡 only: 奥运村街道, 福城街道
            return not (set(stem) & self.street_not_in_stem) and stem not in self.street_generic
        return not (set(stem) & self.not_in_stem) and stem[-1] not in self.not_stem_end

    def school_stem(self, stem: str) -> bool:
        """新城铺镇中心 (before 小学, 幼儿园): a township's central school is a named school."""
        m = self.school_re.fullmatch(stem)
        if m is None:
            return False
        kind = next(k for k in _KINDS if stem.removesuffix("中心").endswith(k))
        return self.stem_ok(stem.removesuffix("中心")[: -len(kind)])

    def _start(self, text: str, end: int, kind: str, counties: dict[int, int]) -> tuple[int, int] | None:
        """Where the township whose stem ends at ``end`` starts: after a boundary, a
        governing word (在, 对, 吸纳) or a county (X旗乌兰花镇, then up to four characters);
        a stem opening with such a word is cut. (start, where the item starts: the county's
        start when one precedes)"""
        lex = self.lex
        for size in (4, 3, 2):
            start = end - size
            stem = text[max(0, start) : end]
            if start < 0 or not re.fullmatch("[\u4e00-\u9fff]+", stem) or not self.stem_ok(stem, kind) \
                    or lex.strip_re.match(stem):
                continue
            county = counties.get(start)
            if county is not None:
                return start, county
            before = text[max(0, start - 4) : start]
            if size < 4 and (not before or before[-1] in lex.punctuation or before[-1] in lex.conjunctions
                             or self.after_strip_re.search(before)):
                return start, start
        return None

    def find(self, text: str, counties: dict[int, int] | None = None) -> list[tuple[int, int, None]]:
        """Townships in ``text``; ``counties`` maps where a county ends to where it starts."""
        counties = counties or {}
        shaped = []  # (start, end) of every township-shaped name
        for m in self.kind_re.finditer(text):
            found = self._start(text, m.start(), m.group(), counties)
            if found is not None:
                shaped.append((*found, m.end()))
        out = []
        ends = {e for _s, _i, e in shaped}
        items = {i for _s, i, _e in shaped}  # X旗A镇、Y旗B镇: an item opens with its county
        for start, item, end in shaped:
            listed = (text[end : end + 1] == "、" and end + 1 in items) \
                or (text[item - 1 : item] == "、" and item - 1 in ends)
            if listed or self.unit_re.match(text, end):
                out.append((start, end, None))
        return out


def foreign_cities(text: str, end: int, city_re: re.Pattern, gaz) -> list[tuple[int, int]]:
    """The cities written right after a country (刚果(布)黑角市), a state's city after its
    state too (美国艾奥瓦州马斯卡廷市): each level runs on from the one before."""
    out = []
    for _level in range(2):
        fc = city_re.match(text, end)
        if not fc or gaz.regex.match(text, end) or text[fc.end() : fc.end() + 1] in "场民级区委内域县属长":
            break
        out.append((end, fc.end()))
        end = fc.end()
    return out


_LIST_END = "、，。；,;和及与等"


def listed_places(text: str, hits, gaz) -> list[tuple[int, int, str]]:
    """Places the gazetteer does not look for on their own, taken next to a place in a
    list: a bare form it keeps for its other senses, as a whole list item (漳州、三明、龙岩),
    and a county written short next to its own city (泉州、南安建材产业). (start, end, canonical)."""
    out = []
    taken = {(s, e) for s, e, _n in hits}
    for start, end, name in hits:
        place = gaz.lookup(name)
        if place is None:
            continue
        city = place.name if place.level == "city" else None
        spans = []
        if text[end : end + 1] == "、":
            spans += [(end + 1, end + 1 + size) for size in (3, 2)]
        if text[start - 1 : start] == "、":
            spans += [(start - 1 - size, start - 1) for size in (3, 2)]
        for s, e in spans:
            if s < 0 or (s, e) in taken or (s and text[s - 1] not in _LIST_END + "（(在对向为"):
                continue
            canonical = _lesser_place(text[s:e], city, gaz, text[e : e + 1] in _LIST_END)
            if canonical:
                out.append((s, e, canonical))
                taken.add((s, e))
                break
    return out


def _lesser_place(form: str, city: str | None, gaz, ends_item: bool) -> str | None:
    found = gaz.lookup(form)
    if found is not None and found.level in ("province", "city") and ends_item:
        return found.name  # 三明: a city's bare form, kept out of detection for its other senses
    for kind in ("市", "县", "区"):
        county = gaz.lookup(form + kind)
        if county is not None and county.level == "county" and city and county.city == city:
            return county.name
    return None
