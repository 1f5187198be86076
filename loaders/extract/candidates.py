"""Candidate names in a clean text: suffix-ended names, quoted programmes, known names
(mass organisations, abbreviations), cited titles and places. Offsets are clean-text offsets.

Each pass is one regex scan of the text; the per-match work looks at a few dozen
characters around the match, so the whole stage is linear in the text length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.areas import Areas
from loaders.extract.institutions import InstitutionShapes
from loaders.extract.joined import split_joined_bodies
from loaders.extract.lexicon import Lexicon, trie_pattern, trie_regex
from loaders.extract.names import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Boundaries,
    after_stops,
    cut_after_de,
    cut_inside,
    is_valid,
    left_edge,
    place_before,
    plain,
    shared_head_start,
    strip_left,
)
from loaders.extract.organs import coordinated_office, organ_span
from loaders.extract.places import Gazetteer
from loaders.extract.quoted import QuotedNames, closes_later, quoted_core
from loaders.extract.short_names import ShortNames
from loaders.extract.spans import (
    DEFINITION_RE, all_at, defined_forms, false_edge, in_defined, in_list_with, last_end, non_overlapping, place_definitions,
    places_outside,
)
from loaders.extract.townships import foreign_cities, listed_places

_TITLE_RE = re.compile(r"《([^《》\n]{2,60})》")
_PERIOD_RE = re.compile(r"[（(][^（()）]*\d{4}[^（()）]*[)）]$|[（(]试行[)）]$")
_ADJECTIVE = re.compile(r"[\u4e00-\u9fff]化(?!工|学|石|妆|肥|验)")  # 智能化, 网络化 (not 化工)
_VERSION = re.compile(r"[0-9]\.[0-9](?:版)?(?![0-9.%％万亿千百元个人项所名次家倍])")
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_COUNTED = re.compile(r"[0-9０-９]+(?:[个项批类家])(?:以上|左右)?(?=[，。；、,;\n]|$)")
_SESSION = re.compile("第[一二三四五六七八九十百0-9]+届")
_NEXT_BLOCK = {"门", "分", "署", "队", "位", "长", "属", "面", "势", "限", "员", "托", "屈", "落", "件"}


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    name: str  # as written, without quotation marks
    how: str  # suffix | quote | known | title | place | definition
    aliases: tuple[str, ...] = ()
    core: str | None = None  # the quoted programme inside a longer name: “园丁先锋”党建品牌
    canonical: str | None = None  # set by the resolver
    extra: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


class CandidateFinder:
    """All candidate passes over one text; ``find`` returns non-overlapping candidates
    (places may sit inside programme names, never inside organisation names)."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer):
        self.lex = lex
        self.gaz = gaz
        self.bounds = Boundaries(lex, gaz)
        self.quoted = QuotedNames(lex, self.bounds)
        self.short_names = ShortNames(lex)
        self.after_place = frozenset(lex.raw["programme"]["needs_place"])
        level = "(?:" + trie_pattern(lex.body["jurisdiction_levels"]) + ")(?:[（(][省市县区旗、]+[)）])?"
        self.level_re = re.compile(level)
        self.levels_re = re.compile(f"(?:{level}(?:、|(?<=[)）])))*{level}$")  # 市、县（市、区）| 区（市）县
        self.area_kinds = tuple(lex.raw["programme"]["area_kinds"])
        self.descriptive_heads = frozenset(lex.raw["programme"]["descriptive_heads"])
        self.period_plan_re = re.compile(lex.raw["programme"]["period_plan"])
        self.needs_before = {**lex.body["needs_ministry"], "组织": lex.body["organisation_prefixes"],
                             **lex.raw["programme"]["needs_cue"]}
        self.org_suffix_re = trie_regex([k for k, v in lex.suffix_type.items() if v == "Institution"])
        self.owner_named = frozenset(lex.raw["programme"]["owner_named"])
        self.areas = Areas(lex, gaz)
        self.scope_re = trie_regex(lex.raw["programme"]["scope_prefixes"], suffix="$")
        self.needs_stem = frozenset(lex.body["stem_only"]) | frozenset(lex.body["needs_department"])
        self.subject_verb_re = trie_regex(lex.raw["strip"]["name_subject_verbs"])
        self.unit_verb_re = trie_regex(lex.raw["strip"]["name_subject_verbs"] + lex.raw["strip"]["unit_subject_verbs"])
        self.quoted_heads = frozenset(lex.raw["programme"]["quoted_heads"])
        self.member_heads = frozenset(lex.raw["programme"]["member_heads"])
        self.ordinal_re = re.compile("(?:" + lex.raw["programme"]["ordinal"] + ")$")
        self.parents = tuple(lex.institution["parents"])
        self.topic_units = tuple(lex.institution["topic_units"])
        self.committee_of = frozenset(lex.raw["bodies"]["committee_of"])
        self.shapes = InstitutionShapes(lex, gaz, self.bounds)
        self.foreign_city_re = re.compile(
            r"[\u4e00-\u9fff]{1,4}?[" + "".join(lex.places_cfg["foreign_city_suffixes"]) + "]"
        )

    def find(self, text: str, city: str | None = None) -> list[Candidate]:
        place = self.gaz.lookup(city) if city else None
        city = place.name if place else city
        quotes = list(self.quoted.pairs(text))
        place_hits = list(self.gaz.finditer(text))
        cands = self._suffix_names(text)
        cands += self.quoted.candidates(text, quotes, Candidate)
        cands += self._titles(text)
        cands += [Candidate(m.start(), m.end(), "Programme", plain(m.group()), "suffix")
                  for m in self.period_plan_re.finditer(text)]  # 十四五规划
        cands += [Candidate(s, e, "Institution", name, "suffix")
                  for s, e, name in self.shapes.numbered_schools(text, place_hits)]
        cands += self._known(text, cands)
        cands += defined_forms(text, cands, Candidate)
        kept = split_joined_bodies(non_overlapping([c for c in cands if c.type != "Place"], len(text)), self.bounds)
        places = self._places(text, city, place_hits)
        place_definitions(text, places)
        for c in kept:
            if c.type == "Institution":  # for LOCATED_IN: 南京大学苏州校区 → 苏州
                found = (self.gaz.lookup(m.group()) for m in self.gaz.regex.finditer(c.name))
                c.extra["places"] = tuple(p.name for p in found if p)
        return sorted(kept + places_outside(places, kept, len(text)), key=lambda c: (c.start, c.end))

    # -- suffix-ended names ------------------------------------------------------------
    def _suffix_names(self, text: str) -> list[Candidate]:
        out = []
        lex, b = self.lex, self.bounds
        programme_ends: list[int] = []
        org_ends: list[int] = []
        for m in lex.suffix_re.finditer(text):
            suffix = m.group()
            type_ = lex.suffix_type[suffix]
            nxt = text[m.end() : m.end() + 1]
            if len(suffix) == 1 and nxt in _NEXT_BLOCK and not text.startswith("落实", m.end()) \
                    or self._blocked(text, m.start(), m.end(), suffix):  # 部落 is a tribe, 厅落实 a body acting
                continue
            if type_ == "Programme" and self.org_suffix_re.match(text, m.end()):
                continue  # 体育运动学校: the programme word is part of an organisation's name
            if suffix in self.needs_stem and not lex.department_re.search(text, max(0, m.start() - 12), m.start()):
                continue  # 干部, 布局: no department before the ending (checked first: it is cheap)
            needs = self.needs_before.get(suffix)
            if needs and not any(w in re.split("[，。；,;]", text[max(0, m.start() - 16) : m.start()])[-1] for w in needs):
                continue  # 组织, 处, 司 without a ministry or an international prefix in its clause (cheap too)
            if suffix in self.after_place:  # 长三角一体化发展: the place alone is the stem
                begin = place_before(text, m.start(), self.gaz)
                if begin is not None and is_valid(text[begin : m.end()], type_, suffix, b):
                    out.append(Candidate(begin, m.end(), type_, text[begin : m.end()], "suffix"))
                continue
            begin, quoted = left_edge(text, m.start(), lex)
            if type_ == "Institution" and not quoted:
                joined = self.shapes.joined_start(text, begin, m.start())
                if joined is not None:  # 北京师范大学-香港浸会大学联合国际学院: taken whole
                    out.append(Candidate(joined, m.end(), type_, plain(text[joined : m.end()]), "suffix"))
                    org_ends.append(m.end())
                    continue
            edge = begin
            if not quoted:
                begin = after_stops(text, begin, m.start(), lex)
                begin += strip_left(text[begin : m.end()], len(suffix), b)
                cut = cut_inside(text[begin : m.end()], len(suffix), b, type_)
                if cut:  # 关于开展2024年全国…实验区: what follows the cut verb is stripped too
                    begin += cut + strip_left(text[begin + cut : m.end()], len(suffix), b)
                begin = self._after_subject(text, begin, m.start(), len(suffix), org_ends,
                                            self.subject_verb_re if type_ == "Body" else self.unit_verb_re)
                topic = self.shapes.topic_start(text, edge) if suffix.endswith(self.topic_units) and begin == edge else None
                begin = begin if topic is None else topic  # 核科学与技术学院: one unit
            if type_ == "Programme" and not quoted:
                begin = self._with_scope(text, begin, edge)
            if type_ == "Programme" and not quoted:
                ordinal = self.ordinal_re.search(text, max(0, begin - 6), begin)
                begin = ordinal.start() if ordinal else begin
                session = _SESSION.search(text, begin, m.start() - 3)  # 项目在第十届X大赛 → X大赛
                begin = session.end() if session else begin
            begin += cut_after_de(text[begin : m.end()], len(suffix))  # 入选X的湖南大学 → 湖南大学
            if type_ == "Programme":
                # an organisation's name ends the run before a programme's does: 市教研院“品质课堂”深化行动项目
                # (not for awards named after their giver: 中国政府奖学金)
                last = last_end(org_ends, begin, m.start()) if suffix not in self.owner_named else -1
                last = last if last > 0 else last_end(programme_ends, begin, m.start())
                if last > 0 and text.endswith(self.area_kinds, 0, last) and last not in org_ends:
                    last = -1  # 成渝地区双城经济圈X共同体: an area's name modifies the next name
                if last > 0:  # X行动方案10项行动: a name ends the run
                    begin = self._with_scope(text, last + strip_left(text[last : m.end()], len(suffix), b), last)
            elif type_ == "Body":
                last = last_end(org_ends, begin, m.start())
                second = text[last : m.end()] if last > 0 else ""
                if second and (lex.jurisdiction_re.match(second) or self.gaz.regex.match(second)) \
                        and is_valid(second, type_, suffix, b):
                    begin = last  # 市委市政府 is two bodies; 市委教育工委 and 委员会办公室 stay one
            if type_ == "Institution" and begin == edge and text[begin - 1 : begin] == "等" \
                    and place_before(text, begin + 2, self.gaz) is None and not self.gaz.regex.match(text, begin):
                continue  # A中学、B中学等民族中学: the kind the listed schools share
            if type_ == "Programme" and text[begin - 1 : begin] in ("、", "等"):
                begin = shared_head_start(text, begin, m.end(), b)
            if type_ == "Programme" and begin == edge and text[begin - 1 : begin] in lex.conjunctions \
                    and DEFINITION_RE.match(text, m.end()):  # A和B计划（以下简称“C”）: one coordinated name
                first, _ = left_edge(text, begin - 1, lex)
                begin = self._with_scope(text, first + strip_left(text[first : m.end()], len(suffix), b), first)
            elif type_ == "Programme" and begin == edge and text[begin - 1 : begin] in lex.conjunctions \
                    and not lex.strip_re.fullmatch(text, begin - 2, begin) and not self._name_ends(text, begin - 1) \
                    and text[begin - 2 : begin - 1] not in "，,；;。：:\n":  # ，与X平台: a preposition opens the clause
                continue  # 交流合作与政策对话平台: where the coordinated modifiers start is unknown
            office = coordinated_office(text, begin - 1, lex.body["needs_ministry"].get(suffix), out) \
                if type_ == "Body" and begin == edge and text[begin - 1 : begin] in lex.conjunctions else None
            if office:  # 教育厅职业教育与成人教育处: two fields name one office
                out.append(Candidate(office[0], m.end(), type_, text[office[0] : m.end()], "suffix",
                                     aliases=(text[office[1] : m.end()],) if office[0] < office[1] else ()))
                org_ends.append(m.end())
                continue
            if type_ == "Body" and begin == edge and text[begin - 1 : begin] in "、）)":
                own = self.level_re.match(text, begin)  # the last level may open the name: 直辖市教育厅
                levels = self.levels_re.search(text, max(0, begin - 24), own.end() if own else begin)
                if levels and ("、" in levels.group() or "）" in levels.group() or ")" in levels.group()):
                    cand = Candidate(levels.start(), m.end(), type_, text[levels.start() : m.end()], "suffix")
                    cand.extra.update(jurisdiction_list=True, levels=text[levels.start() : begin])
                    out.append(cand)
                    org_ends.append(m.end())
                    continue
            name = text[begin : m.end()]
            core = quoted_core(name)
            closed = (quoted and text[m.end() : m.end() + 1] in CLOSE_QUOTES + '"') or bool(
                core and name[0] in OPEN_QUOTES + '"' and core[1] == len(name) - len(suffix))
            if type_ == "Programme" and quoted and not closed and closes_later(text, m.end()):
                continue  # “…智能化一平台网格化管理”: an ending inside a longer quoted phrase
            if suffix in self.descriptive_heads and not quoted and not core and _ADJECTIVE.search(name):
                continue  # 建设网络化作业平台: a platform described, not named
            inherited = None
            if not is_valid(name, type_, suffix, b, quoted=closed):
                inherited = self._shared_jurisdiction(text, begin, out, type_)
                if inherited is None or not is_valid(inherited + name, type_, suffix, b):
                    continue
            (programme_ends if type_ == "Programme" else org_ends).append(m.end())
            end = self.shapes.campus_end(text, m.end()) if type_ == "Institution" and suffix.endswith(self.parents) \
                else m.end()
            if type_ == "Programme" and not quoted and not core and _COUNTED.match(text, end):
                continue  # 设立交叉学科培育项目10个, a kind counted (not 方案10项行动: the plan's parts)
            version = _VERSION.match(text, end) if type_ == "Programme" else None
            end = version.end() if version else end  # 拔尖学生培养计划2.0: the version is the name's
            cand = Candidate(begin, end, type_, plain(text[begin:end]), "suffix")
            if inherited:
                cand.extra["jurisdiction"] = inherited
                cand.extra["jurisdiction_list"] = out[-1].extra.get("jurisdiction_list", False)
            if core:
                inner, closes_at = core
                opens = name.startswith(("“", '"'))
                if opens and suffix in self.quoted_heads:  # “行走的思政课”品牌 → 行走的思政课
                    cand.core = inner
                elif closes_at == len(name) - len(suffix):  # 青少年“5621”计划 → 5621计划
                    cand.aliases = (inner + suffix,)
                elif opens and lex.quote_cue_re.match(name, closes_at) and suffix not in self.member_heads:
                    cand.core = inner  # “园丁先锋”党建特色品牌 → 园丁先锋 (not “十四五”…行动计划)
                elif not opens:  # 高校党建“对标争先”建设计划: “对标争先” alone is its short form
                    cand.extra["inner_quote"] = plain(inner)
            out.append(cand)
        return out

    def _with_scope(self, text: str, begin: int, edge: int) -> int:
        """A stripped scope word or modifier right before a programme's name is its own."""
        scope = self.scope_re.search(text, max(edge, begin - 4), begin)
        return scope.start() if scope else begin

    def _after_subject(self, text: str, begin: int, limit: int, suffix_len: int, org_ends: list[int],
                       verbs: re.Pattern) -> int:
        """A named organisation and a verb opening the run are the clause's subject, not part
        of the name: 西北大学建设国际学院 → 国际学院, 武大建设拔尖计划 → 拔尖计划."""
        known = self.lex.known_re.match(text, begin, limit)
        ends = [known.end()] if known else []
        short = self.short_names.at(text, begin, limit)
        ends += [short] if short else []
        last = last_end(org_ends, begin, limit)
        ends += [last] if last > 0 else []
        for end in sorted(ends, reverse=True):
            verb = verbs.match(text, end, limit)
            if verb:
                return verb.end() + strip_left(text[verb.end() : limit + suffix_len], suffix_len, self.bounds)
        return begin

    def _name_ends(self, text: str, pos: int) -> bool:
        """Whether a name (a suffix-ended one, a quote or a title) ends at ``pos``."""
        before = text[max(0, pos - 6) : pos]
        return before[-1:] in CLOSE_QUOTES + '"》' or any(
            self.lex.ends_with_suffix(before, t) for t in ("Programme", "Institution", "Body"))

    def _shared_jurisdiction(self, text: str, begin: int, found: list[Candidate], type_: str) -> str | None:
        """省教育厅、财政厅: a body listed right after one with a jurisdiction shares it."""
        if type_ != "Body" or not found or text[begin - 1 : begin] not in ("、", "和", "及"):
            return None
        prev = found[-1]
        if prev.type != "Body" or prev.end != begin - 1:
            return None
        if prev.extra.get("levels"):  # 各县（市、区）教育局、卫生健康局
            return prev.extra["levels"]
        if prev.extra.get("jurisdiction"):
            return prev.extra["jurisdiction"]
        place = self.gaz.regex.match(prev.name)
        mark = self.lex.jurisdiction_re.match(prev.name, place.end() if place else 0)
        end = mark.end() if mark else (place.end() if place else 0)
        return prev.name[:end] or None

    def _blocked(self, text: str, start: int, end: int, suffix: str) -> bool:
        blocks = self.lex.raw["suffix_blocks"]
        before = blocks["before"].get(suffix, ())
        after = blocks["after"].get(suffix, ())
        return text[start - 1 : start] in before or text.startswith(tuple(after), end)

    # -- cited titles --------------------------------------------------------------------
    def _titles(self, text: str) -> list[Candidate]:
        out = []
        for m in _TITLE_RE.finditer(text):
            title = m.group(1).strip()
            if "." in title or not re.search(r"[\u4e00-\u9fff]", title):
                continue  # file names in site boilerplate: 《要点.docx》
            short = _PERIOD_RE.sub("", title)  # 行动计划（2021—2025年） is named without its years
            ends = self.lex.ends_with_suffix(short, "Programme")
            cfg = self.lex.raw["titles"]
            plan = ends not in cfg["policy_endings"] if ends else short.endswith(tuple(cfg["programme_endings"]))
            if plan and short.endswith(tuple(cfg["dated_policy_endings"])) and _YEAR.search(title):
                plan = False  # 《…发展规划（2021—2025年）》: a dated development plan is cited
            type_ = "Programme" if plan else "Policy"
            aliases = (plain(title),) if short != title else ()
            out.append(Candidate(m.start(1), m.end(1), type_, plain(short), "title", aliases))
        return out

    # -- known names: mass organisations, well-known bodies, abbreviations ----------------
    def _known(self, text: str, found: list[Candidate]) -> list[Candidate]:
        lex = self.lex
        sure, doubtful = [], []
        # the text's own short forms (以下简称“中国科大”) win over the table's inside them (国科大)
        defined = [(p, p + len(d)) for d in {m.group(1) for m in DEFINITION_RE.finditer(text)} for p in all_at(text, d)]
        for m in lex.known_re.finditer(text):
            name = m.group()
            if false_edge(text, m.start(), m.end(), lex) or in_defined(m.start(), m.end(), defined):
                continue
            cand = Candidate(m.start(), m.end(), lex.known_type[name], name, "known")
            span = organ_span(text, m.start(), m.end(), name, self.gaz, self.committee_of) \
                if cand.type == "Body" else None
            if span is not None:  # 甘肃省社科联: the organisation of that place
                cand = Candidate(*span, "Body", text[span[0] : span[1]], "known")
                sure.append(cand)
                continue
            (sure if name in lex.sure_known else doubtful).append(cand)
        shorts = [Candidate(s, e, "Institution", short, "known", extra={"expanded": full})
                  for s, e, short, full in self.short_names.find(text)
                  if short not in lex.known_type and not in_defined(s, e, defined, whole=True)]
        sure += [c for c in shorts if in_list_with(text, c, shorts)]  # 武汉理工、华中农大 → 西南交通大学…
        doubtful += [c for c in shorts if c not in sure]
        accepted = found + sure
        for _ in range(2):  # a list may hold several doubtful short forms: 人大、北大
            for cand in list(doubtful):
                if in_list_with(text, cand, [c for c in accepted if c.type == cand.type]):
                    accepted.append(cand)
                    sure.append(cand)
                    doubtful.remove(cand)
        return sure

    # -- places --------------------------------------------------------------------------
    def _places(self, text: str, city: str | None, place_hits) -> list[Candidate]:
        out = []
        lex, gaz = self.lex, self.gaz
        for start, end, name in place_hits:
            if lex.adjective_re.match(text, end) or false_edge(text, start, end, lex):
                continue
            place = gaz.lookup(name)
            if place and place.level == "foreign-city" and text[end : end + 1] == "市":
                end += 1  # 万象市
            out.append(Candidate(start, end, "Place", text[start:end], "place"))
            if place and place.level == "country":
                out += [Candidate(s, e, "Place", text[s:e], "place", extra={"country": place.name})
                        for s, e in foreign_cities(text, start + len(name), self.foreign_city_re, gaz)]
        out += [Candidate(s, e, "Place", text[s:e], "place") for s, e in self.areas.find(text)]  # 镜湖新区
        out += [Candidate(s, e, "Place", text[s:e], "place", extra={"canonical": canonical or text[s:e]})
                for s, e, canonical in self.bounds.townships.find(text, _counties(place_hits, gaz))
                + listed_places(text, place_hits, gaz)]
        for short, full in (gaz.local.get(city or "", {}) or {}).items():
            for pos in all_at(text, short):
                if pos < len(full) - len(short) or text[pos - (len(full) - len(short)) : pos + len(short)] != full:
                    out.append(Candidate(pos, pos + len(short), "Place", short, "place",
                                         extra={"canonical": full}))
        return out


def _counties(place_hits, gaz) -> dict[int, int]:
    """Where each county the gazetteer found ends → where it starts."""
    return {e: s for s, e, name in place_hits if (p := gaz.lookup(name)) is not None and p.level == "county"}
