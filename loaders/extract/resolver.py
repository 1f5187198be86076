"""Resolution: one entity per real thing, canonical name plus the aliases it was written as.

``AliasResolver.resolve(candidates, context)`` sets ``canonical`` and ``aliases`` on each
candidate of one document. Rules, in order: places by the gazetteer (苏州市 → 苏州);
the abbreviation table (中科大 → 中国科学技术大学); the issuer's jurisdiction (市教育局 in a
苏州 plan → 苏州市教育局, 省教育厅 → 江苏省教育厅); definitions in the text (以下简称“…”);
the quoted core of a longer programme name (“园丁先锋”党建特色品牌 → 园丁先锋); and short
forms of a longer name in the same document (课后服务提质工程 ← 中小学课后服务提质工程,
思政联盟 ← 苏州市大中小学思政课一体化教育联盟).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kg.evaluate import normalise  # the scoring normalisation: one node per scored name
from loaders.extract.candidates import Candidate
from loaders.extract.lexicon import Lexicon
from loaders.extract.places import Gazetteer

@dataclass(frozen=True)
class Jurisdiction:
    """Where a document's issuer governs: canonical and full names of its city and province."""

    city: str | None = None
    city_full: str | None = None
    province: str | None = None
    province_full: str | None = None
    county: str | None = None

    @classmethod
    def of(cls, place: str | None, gaz: Gazetteer) -> "Jurisdiction":
        found = gaz.lookup(place) if place else None
        if found is None and place:  # 成都市武侯区: the most specific place named
            parts = [gaz.lookup(name) for _s, _e, name in gaz.finditer(place)]
            found = next((p for p in reversed(parts) if p is not None), None)
        if found is None:
            return cls()
        prov = gaz.places.get(found.province or "") if found.level != "province" else found
        city = found if found.level == "city" else gaz.places.get(found.city or "")
        if city is None and found.level == "province" and (_full(found) or "").endswith("市"):
            city = found  # a municipality (重庆市) is the 市 of 市教委 too
        return cls(
            city=city.name if city else None,
            city_full=_full(city),
            province=prov.name if prov else None,
            province_full=_full(prov),
            county=found.name if found.level == "county" else None,
        )


def _full(place) -> str | None:
    if place is None:
        return None
    return place.aliases[0] if place.aliases else place.name


class Resolver(Protocol):
    def resolve(self, cands: list[Candidate], where: Jurisdiction) -> None: ...


class AliasResolver:
    """Resolves candidates by the abbreviation table, jurisdiction, definitions and short forms."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer):
        self.lex = lex
        self.gaz = gaz

    def canonical_of(self, cand: Candidate, where: Jurisdiction) -> str:
        name = normalise(cand.name)
        if cand.type == "Place":
            if cand.extra.get("canonical"):
                return cand.extra["canonical"]
            place = self.gaz.lookup(name) or self.gaz.lookup(cand.name)
            if place is None and name.endswith("市"):  # 万象市 → 万象
                place = self.gaz.lookup(name[:-1])
            return place.name if place else name
        if cand.extra.get("expanded"):  # 西南交大 → 西南交通大学
            return cand.extra["expanded"]
        abbr = self.lex.abbreviations.get(name)
        if abbr is not None and abbr.type == cand.type:
            return abbr.full
        if cand.core:
            return normalise(cand.core)
        if cand.extra.get("jurisdiction_list"):  # 市、县（市、区）教育局 names every level, no one place
            return normalise(cand.extra.get("jurisdiction", "")) + name
        if cand.type in ("Body", "Institution"):
            return self._with_jurisdiction(cand.extra.get("jurisdiction", "") + name, where)
        return name

    @staticmethod
    def _with_jurisdiction(name: str, where: Jurisdiction) -> str:
        if name.startswith("市") and not name.startswith("市场") and where.city_full:
            return where.city_full + name[1:]
        if name.startswith("省") and where.province_full:
            return where.province_full + name[1:]
        if name.startswith(("县", "区")) and where.county:
            return where.county + name[1:]
        return name

    def resolve(self, cands: list[Candidate], where: Jurisdiction) -> None:
        groups: dict[tuple[str, str], set[str]] = {}
        programmes = {normalise(c.name) for c in cands if c.type == "Programme"}
        for cand in cands:  # a cited plan that is also a programme keeps one node
            if cand.type == "Policy" and normalise(cand.name) in programmes:
                cand.type = "Programme"
        for cand in cands:
            cand.canonical = self.canonical_of(cand, where)
            forms = {normalise(cand.name), *map(normalise, cand.aliases)}
            if cand.type == "Place" and cand.extra.get("country"):
                forms.add(normalise(cand.extra["country"] + cand.name))
            groups.setdefault((cand.type, cand.canonical), set()).update(forms)
        for cand in cands:  # 以下简称“思政联盟”
            if cand.how == "definition":
                target = next((c for c in cands if normalise(c.name) == normalise(cand.extra["defined_as"])), None)
                if target is not None:
                    self._move(groups, cands, cand.type, cand.canonical, target.canonical)
        for cand in cands:  # the defined short form found by another pass: “双高计划” quoted later,
            for short in cand.extra.get("defines", ()):  # also when its level made it a place's (区教委)
                key = normalise(short)
                olds = {key} | {c.canonical for c in cands if c.type == cand.type and normalise(c.name) == key}
                for old in olds:
                    self._move(groups, cands, cand.type, old, cand.canonical)
        self._body_forms(groups, cands)
        self._inner_quotes(groups, cands)
        self._short_forms(groups, cands)
        for cand in cands:
            forms = groups.get((cand.type, cand.canonical), set())
            cand.aliases = tuple(sorted(f for f in forms if f != cand.canonical))

    def body_key(self, name: str) -> str:
        """A body's name with the usual contractions made: 省发展和改革委员会 → 省发展改革委."""
        for full, short in self.lex.body["contractions"].items():
            name = name.replace(full, short)
        for ch in self.lex.body["key_drops"]:
            name = name.replace(ch, "")
        return name

    def _body_forms(self, groups: dict, cands: list[Candidate]) -> None:
        """省发展改革委 and 省发展和改革委员会 in one document are one body, named in full."""
        by_key: dict[str, list[str]] = {}
        for type_, name in groups:
            if type_ == "Body":
                by_key.setdefault(self.body_key(name), []).append(name)
        for names in by_key.values():
            if len(names) > 1:
                full = max(names, key=len)
                for name in names:
                    self._move(groups, cands, "Body", name, full)

    def _inner_quotes(self, groups: dict, cands: list[Candidate]) -> None:
        """高校党建“对标争先”建设计划 written later as “对标争先”: one programme, when only one
        longer name holds that quoted part."""
        holders: dict[str, set[str]] = {}
        for c in cands:
            if c.type == "Programme" and c.extra.get("inner_quote"):
                holders.setdefault(normalise(c.extra["inner_quote"]), set()).add(c.canonical)
        for inner, longer in holders.items():
            full = max(longer, key=len)
            if len(longer) > 1 and all(n.startswith(inner) and full.endswith(n[len(inner):]) for n in longer):
                for name in longer - {full}:  # “X”课程资源包 after “X”跨学科课程资源包: one programme
                    self._move(groups, cands, "Programme", name, full)
                longer = {full}
            if len(longer) == 1:
                self._move(groups, cands, "Programme", inner, longer.pop())

    def _short_forms(self, groups: dict, cands: list[Candidate]) -> None:
        by_type: dict[str, list[str]] = {}
        for type_, name in groups:
            by_type.setdefault(type_, []).append(name)
        for type_ in ("Programme", "Body"):
            names = sorted(by_type.get(type_, []), key=len)
            ending = {n: self.lex.ends_with_suffix(n, type_) for n in names}
            by_ending: dict[str | None, list[str]] = {}
            for n in names:
                by_ending.setdefault(ending[n], []).append(n)
            for short in names:
                if len(short) < 2 or (type_, short) not in groups:
                    continue
                # a longer name ending like this one: 课后服务提质工程 ← 中小学课后服务提质工程,
                # or contracting to it: 思政联盟 ← …思政课一体化教育联盟
                same = by_ending.get(ending[short], ()) if ending[short] else ()
                if type_ == "Body" and short in self.lex.known_type:  # 社科联 ← 甘肃省社科联
                    placed = {n for n in names if n != short and n.endswith(short) and (type_, n) in groups
                              and self._place_prefix(n[: -len(short)])}
                    if len(placed) == 1:
                        self._move(groups, cands, type_, short, placed.pop())
                        continue
                longer = {n for n in same if len(n) > len(short) >= 4 and (type_, n) in groups
                          and ((n.endswith(short) and len(n) - len(short) >= 2) or (type_ == "Programme" and _contraction(short, n, ending[short])))}
                if type_ == "Programme":  # “县中振兴”示范学校 and “县中振兴”计划 are one programme
                    longer |= {n for n in names if len(n) > len(short) and (type_, n) in groups
                               and n.startswith(short) and self.lex.suffix_type.get(n[len(short):]) == "Programme"}
                if len(longer) == 1:
                    self._move(groups, cands, type_, short, longer.pop())

    def _place_prefix(self, prefix: str) -> bool:
        return bool(self.lex.jurisdiction_re.fullmatch(prefix)) or self.gaz.lookup(prefix) is not None

    @staticmethod
    def _move(groups: dict, cands: list[Candidate], type_: str, old: str, new: str) -> None:
        if old == new or (type_, old) not in groups or (type_, new) not in groups:
            return
        groups[(type_, new)] |= groups.pop((type_, old)) | {old}
        for cand in cands:
            if cand.type == type_ and cand.canonical == old:
                cand.canonical = new


def _contraction(short: str, long: str, ending: str | None) -> bool:
    """思政联盟 ← 苏州市大中小学思政课一体化教育联盟: same ending, the short stem's characters
    appear in order in the long stem, and the short stem is at least two characters."""
    if not ending or not long.endswith(ending) or long.endswith(short):
        return False  # a plain suffix is the other rule's case (强师工程 is not 新强师工程)
    stem, long_stem = short[: -len(ending)], long[: -len(ending)]
    if len(stem) < 2:
        return False
    it = iter(long_stem)
    return all(ch in it for ch in stem)
