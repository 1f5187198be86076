"""Where a suffix-ended name starts, and whether it is a name at all.

A name found by its ending (…大学, …局, …工程) runs left to a boundary (punctuation, a
conjunction, an opening quote). The governing words at its start are then removed
(支持, 推动, 抓实, 加强与 …), and for organisations a governing verb inside it cuts it
(引导高校全力参与苏州实验室 → 苏州实验室). Validation rejects descriptions of kinds
(特色学校, 重点项目) that look like names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.lexicon import Lexicon, trie_pattern, trie_regex
from loaders.extract.places import Gazetteer, load_gazetteer
from loaders.extract.townships import Townships

WINDOW = 32  # longest name looked for, in characters
OPEN_QUOTES = "“‘「"
CLOSE_QUOTES = "”’」"
_QUOTES_RE = re.compile("[“”‘’\"'「」《》〈〉]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"[0-9０-９]")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Boundaries:
    """Compiled boundary helpers for one lexicon + gazetteer."""

    lex: Lexicon
    gaz: Gazetteer

    def __post_init__(self) -> None:
        lex = self.lex
        cut = lex.raw["strip"]["cut"]
        keep = set(lex.raw["strip"]["programme_keep_cut"])
        object.__setattr__(self, "cut_re", trie_regex(cut))
        object.__setattr__(self, "programme_cut_re", trie_regex([w for w in cut if w not in keep]))
        object.__setattr__(self, "keep_re", re.compile("|".join(lex.raw["strip"]["keep"])))
        object.__setattr__(self, "protected_re", trie_regex(lex.protected))
        object.__setattr__(self, "shield_re", lex.protected_re)  # compounds and department names
        object.__setattr__(self, "townships", Townships(lex))
        object.__setattr__(self, "area_subject_re", re.compile("(?:" + trie_pattern(lex.places_cfg["area_suffixes"]) + ")(?:"
                                                             + trie_pattern(lex.raw["strip"]["place_subject_verbs"]) + ")"))
        industry_words = set(lex.institution["industry_topics"])  # 数字商贸产业学院 names its industry
        object.__setattr__(self, "industry_descriptor_re", trie_regex(
            [w for w in lex.institution["descriptors"] if w not in industry_words]))


def left_edge(text: str, start: int, lex: Lexicon) -> tuple[int, bool]:
    """Where the run of name characters ending at ``start`` begins, and whether it begins
    right after an opening quote (a quoted name is taken as written, nothing stripped).

    A closed quote is crossed (青少年“5621”计划); conjunctions stop the run unless they
    belong to a protected compound (人力资源和社会保障局).
    """
    i = start
    lo = max(0, start - WINDOW)
    while i > lo:
        ch = text[i - 1]
        if ch in CLOSE_QUOTES or ch == '"':
            opening = _matching_open(text, i - 1, lo)
            if opening is None:
                return i, False
            i = opening
            continue
        if ch in OPEN_QUOTES:
            return i, True
        if ch in "—－-" and _place_ends_at(text, i - 1, lex):
            i -= 1  # 苏州—新加坡中小学校长教育研讨会: a dash joining places is part of the name
            continue
        if ch in "）)" and _bracketed_place(text, i - 1, lo):
            i = text.rfind("（" if ch == "）" else "(", lo, i - 1)
            continue  # 西部（重庆）科学城: a place in brackets belongs to the name
        if ch in lex.punctuation:
            return i, False
        if ch == "等" and text[i - 2 : i - 1] not in ("高", "中", "初", "平", "同", "对", "均", "相"):
            return i, False
        if ch in lex.conjunctions and not _in_protected(text, i - 1, lex) and not load_gazetteer().inside(text, i - 1):
            return i, False  # (呼和浩特职业学院: a place's 和 joins nothing)
        i -= 1
    return i, False


def after_stops(text: str, begin: int, end: int, lex: Lexicon) -> int:
    """Where a name ending at ``end`` starts once dates and modal words are respected:
    市教育局6月底前将工作计划 holds no programme name reaching back to the body."""
    for m in lex.stop_re.finditer(text, begin, end):
        begin = max(begin, m.end())
    return begin


def place_before(text: str, pos: int, gaz: Gazetteer) -> int | None:
    """Where a place name ending at ``pos`` starts (the longest), else None."""
    for back in range(6, 1, -1):
        m = gaz.regex.fullmatch(text, max(0, pos - back), pos)
        if m and gaz.lookup(m.group()) is not None:
            return m.start()
    return None


def _place_ends_at(text: str, pos: int, lex: Lexicon) -> bool:
    regex = load_gazetteer().regex
    for back in (2, 3, 4):
        m = regex.match(text, max(0, pos - back), pos)
        if m and m.end() == pos:
            return True
    return False


def _bracketed_place(text: str, close: int, lo: int) -> bool:
    opening = text.rfind("（" if text[close] == "）" else "(", lo, close)
    inner = text[opening + 1 : close] if opening > lo else ""
    return 2 <= len(inner) <= 4 and _CJK.match(text, opening - 1) is not None \
        and load_gazetteer().lookup(inner) is not None


def _matching_open(text: str, close: int, lo: int) -> int | None:
    j = close - 1
    while j >= lo:
        ch = text[j]
        if ch in OPEN_QUOTES or (ch == '"' and text[close] == '"'):
            return j if j < close - 1 else None
        if ch in "，。；：,;\n" or ch in CLOSE_QUOTES:
            return None
        j -= 1
    return None


def _in_protected(text: str, pos: int, lex: Lexicon) -> bool:
    for word in lex.protected:
        k = word.find(text[pos])
        while k >= 0:
            begin = pos - k
            if begin >= 0 and text.startswith(word, begin):
                return True
            k = word.find(text[pos], k + 1)
    return False


def strip_left(name: str, suffix_len: int, b: Boundaries) -> int:
    """How many characters of governing words to remove from the start of ``name``."""
    lex = b.lex
    i = 0
    limit = len(name) - suffix_len  # the stem must keep at least one character
    while i < limit:
        if b.keep_re.match(name, i) or b.protected_re.match(name, i):
            break
        place = b.gaz.regex.match(name, i)
        if place and place.end() - i >= 2:
            break
        m = lex.strip_re.match(name, i)
        if m and i < m.end() < limit:
            i = m.end()
            continue
        m = lex.subject_re.match(name, i)
        if m and m.end() < limit and lex.strip_re.match(name, m.end()):
            i = m.end()
            continue
        break
    return i


def cut_after_de(name: str, suffix_len: int) -> int:
    """A programme described as X的Y项目 is named by Y项目."""
    k = name.rfind("的", 0, len(name) - suffix_len)
    if k < 0 or sum(name.count(q, 0, k) for q in OPEN_QUOTES) > sum(name.count(q, 0, k) for q in CLOSE_QUOTES):
        return 0  # “行走的思政课”品牌: a 的 inside quotation marks is the name's own
    return k + 1


def cut_inside(name: str, suffix_len: int, b: Boundaries, type_: str = "Institution") -> int:
    """Start after the last governing verb inside the name (引导高校全力参与苏州实验室)."""
    best = 0
    limit = len(name) - suffix_len
    regex = b.programme_cut_re if type_ == "Programme" else b.cut_re
    shielded = None  # computed on the first cut or subject word: most names hold none
    for m in regex.finditer(name, 0, limit):
        if m.start() == 0 or m.end() >= limit:
            continue
        shielded = _shielded(name, b) if shielded is None else shielded
        if m.start() in shielded:
            continue
        if b.keep_re.match(name, m.start()):
            continue
        best = m.end()
    if type_ == "Programme":  # 黄埔区建设国际化教育示范区: a place doing something is the subject
        area = b.area_subject_re.search(name, best, limit)  # X开发区布局建设Y联合体: so is an area
        best = area.end() if area and area.end() < limit else best
        place = b.gaz.regex.match(name, best)
        verb = next((v for v in b.lex.raw["strip"]["place_subject_verbs"] if name.startswith(v, place.end())), None) \
            if place and b.gaz.lookup(place.group()) else None
        return place.end() + len(verb) if verb and place.end() + len(verb) < limit else best
    for m in b.lex.subject_re.finditer(name, best, limit):
        if m.end() < limit and b.lex.strip_re.match(name, m.end()):
            shielded = _shielded(name, b) if shielded is None else shielded
            if m.start() not in shielded:
                best = m.end()  # 高校全力参与…: a group doing something is the subject
    # an unknown verb before a place: 理顺绍兴广播电视大学 → 绍兴广播电视大学
    for k in range(best + 1, min(best + 5, limit)):
        head = name[best:k]
        place = b.gaz.regex.match(name, k)
        if place and place.end() - k >= 2 and not any(p in head for p in ("大学", "学院", "“", '"')):
            if not b.gaz.regex.match(name, best) and not b.lex.jurisdiction_re.match(name, best):
                return k
            break
    return best


def _shielded(name: str, b: Boundaries) -> set[int]:
    """Positions inside a protected compound (人力资源和社会保障) or at a place name, where
    no cut may start."""
    out: set[int] = set()
    for regex in (b.shield_re, b.gaz.regex):
        for m in regex.finditer(name):
            if m.end() - m.start() >= 2:
                out.update(range(m.start(), m.end()))
    return out


def shared_head_start(text: str, begin: int, tail_end: int, b: Boundaries) -> int:
    """名学科、名专业建设工程 and 卓越工程师、医师等人才培养计划 name one programme whose
    head the listed modifiers share: the name starts at the first modifier. Modifiers
    that are names themselves (A工程、B计划), places or long phrases leave it alone."""
    lex = b.lex
    end = begin - 1
    segments = []
    while len(segments) < 8:
        start, _ = left_edge(text, end, lex)
        start = max(start, end - 12)
        if text[start - 1 : start] != "、":  # the first modifier: its governing verb goes
            start += strip_left(text[start:end], 0, b)
        seg = text[start:end]
        if not 1 <= len(seg) <= 6 or any(lex.ends_with_suffix(seg, t) for t in ("Programme", "Institution", "Body")) \
                or b.gaz.lookup(seg) or lex.strip_re.match(seg) or _DIGIT.search(seg) \
                or lex.known_re.fullmatch(seg):  # 浙大、武大建设…: listed names, not modifiers
            return begin
        segments.append(seg)
        if text[start - 1 : start] != "、":
            break
        end = start - 1
    if text[begin - 1] == "等":
        if len(segments) < 2:
            return begin
    else:  # the shared head follows the last modifier's parallel: 名学科、名专业|建设工程
        tail = text[begin:tail_end]
        if len(tail) <= len(segments[0]) + 1 or not _parallel(segments[0], tail[: len(segments[0])]):
            return begin
    if not all(_parallel(x, y) for x, y in zip(segments[1:], segments)):
        return begin
    return start


def _parallel(a: str, b: str) -> bool:
    """Listed modifiers are parallel when they begin or end alike: 名校、名院; 工程师、医师."""
    return bool(a and b) and (a[0] == b[0] or a[-1] == b[-1])


def plain(name: str) -> str:
    """The name without quotation marks (the scoring normalisation, minus NFKC)."""
    return _QUOTES_RE.sub("", name)


def is_valid(name: str, type_: str, suffix: str, b: Boundaries, quoted: bool = False) -> bool:
    """Whether a suffix-found candidate names one thing (GUIDELINES: not a kind of thing).
    A quoted programme (“211工程”) is a name by the author's marking."""
    lex = b.lex
    flat = plain(name)
    stem = flat[: len(flat) - len(suffix)] if suffix and flat.endswith(suffix) else flat
    if not stem or flat in lex.generic_names or not _CJK.search(stem + suffix):
        return False
    if _only_strip_words(stem, lex):  # 推进大学(科技园): a verb, not a name
        return False
    if type_ == "Institution":
        return _valid_institution(stem, suffix, b)
    if type_ == "Body":
        return _valid_body(stem, suffix, b)
    if type_ == "Programme":
        return quoted or _valid_programme(stem, suffix, b)
    return True


def _only_strip_words(stem: str, lex: Lexicon) -> bool:
    i = 0
    while i < len(stem):
        m = lex.strip_re.match(stem, i)
        if not m or m.end() == i:
            return False
        i = m.end()
    return True


def _valid_institution(stem: str, suffix: str, b: Boundaries) -> bool:
    lex = b.lex
    cfg = lex.institution
    rank = lex.inst_rank_re.search(stem)  # X全国重点实验室: the rank is given, the topic X names it
    if rank and rank.start() >= cfg["ranked_topic"]:
        stem = stem[: rank.start()]
    if suffix == "学院" and stem.endswith("产业") and len(stem) >= 4:  # 食品产业学院: one college of an industry
        return b.industry_descriptor_re.search(stem[:-2]) is None
    if lex.inst_descriptor_re.search(stem):
        return False
    topics = cfg["needs_topic"].get(suffix)
    if topics and not any(t in stem for t in topics):
        return False
    if suffix in cfg["needs_parent"]:  # 南京大学苏州校区: a university, then where
        cut = max((stem.rfind(p) + len(p) for p in cfg["parents"] if p in stem), default=-1)
        if cut < 0:
            return False
        where = stem[cut:]
        # a seat outside the gazetteer (西海岸校区, 莱芜校区) is a short place-like word, no verb
        return len(where) <= 1 or b.gaz.index.get(where) is not None \
            or (len(where) <= 4 and _CJK_ONLY.fullmatch(where) is not None and not lex.strip_re.search(where))
    if suffix in cfg["needs_place"]:
        if suffix == "学校" and (b.gaz.lookup(stem) or stem.endswith(tuple(lex.places_cfg["area_suffixes"]))):
            return False  # 与雄安新区学校结对: the schools of a place, no one school
        if any(p in stem for p in cfg["parents"]):  # 南京大学附属中学
            return True
        abbr = lex.abbreviations.get(stem)
        if abbr is not None and abbr.type == "Institution":  # 人大附中
            return True
        place = b.gaz.regex.match(stem)
        found = place and b.gaz.lookup(place.group())
        if found and len(stem) > place.end():
            rest = stem[place.end() :]  # 西安高级中学: a place and a proper stem (a kind word alone is a descriptor)
            return rest not in cfg["kinds_after_place"] or (  # a county has one 职业中学: its name
                found.level == "county" and suffix in cfg["county_schools"].get(rest, ()))
        if b.townships.school_stem(stem):  # 新城铺镇中心幼儿园
            return True
        if suffix in cfg["short_school"] and 2 <= len(stem) <= 4 and stem not in cfg["school_kinds"]:
            return not any(k in stem for k in cfg["school_kinds"])  # 石室中学
        inner = lex.ends_with_suffix(stem, "Institution") if suffix in cfg["group_endings"] else None
        if inner and inner != stem and _valid_institution(stem[: -len(inner)], inner, b):
            return True  # 石室中学教育集团: named after its school
        return bool(place)
    return len(stem) >= 2 or bool(lex.jurisdiction_re.fullmatch(stem))  # 市教研院


def _valid_body(stem: str, suffix: str, b: Boundaries) -> bool:
    lex = b.lex
    cfg = lex.body
    if lex.body_descriptor_re.search(stem):
        return False
    if suffix in cfg["stem_only"]:
        return bool(lex.department_re.search(stem))
    if suffix == "组织":
        return any(stem.startswith(p) and len(stem) > len(p) for p in cfg["organisation_prefixes"])
    if suffix in cfg["needs_ministry"]:
        return any(m in stem[:-1] for m in cfg["needs_ministry"][suffix])
    if suffix in cfg["needs_department"] and not lex.department_re.search(stem):
        return False
    if suffix in cfg["branches"] and not (lex.department_re.search(stem) or suffix[-1] in stem):
        return False  # 区公安分局, 市公安局X分局: a branch of a named department (not 各区设立分局)
    if suffix in ("办公厅", "办公室") and stem.endswith(tuple(cfg["office_of"])):
        return len(stem) >= 2  # 教育部办公厅
    if suffix in cfg["needs_jurisdiction"]:
        return bool(lex.jurisdiction_re.match(stem) or b.gaz.regex.match(stem))
    return len(stem) >= 2 or suffix in ("总工会", "代表团") and len(stem) >= 1


def _valid_programme(stem: str, suffix: str, b: Boundaries) -> bool:
    lex = b.lex
    cfg = lex.raw["programme"]
    if (stem + suffix).endswith(tuple(cfg["quota_endings"])):  # 招生计划: a quota
        return False
    if "的" in stem:  # X的重点项目: the head after 的 is what is named
        return False
    scoped = re.sub("^[一-鿿]{1,6}杯", "", plain(stem))  # a cup's name before the scope: “X杯”全国…竞赛
    if suffix in cfg["needs_scope"] and not scoped.startswith(tuple(cfg["needs_scope"][suffix])):
        place = b.gaz.regex.match(scoped)  # a named jurisdiction scopes it too: X市中小学生机器人竞赛
        if not (place and b.gaz.lookup(place.group())):
            return False
    if suffix in cfg["batch_titles"] and re.search("[批“”\"]", stem):
        return False  # “X计划”首批实验校: the title of another programme's schools, no programme
    if suffix in cfg["events"]:
        return not _only_strip_words(stem, lex)
    if suffix in cfg["needs_place"]:  # the stem is the place alone: 长三角一体化发展
        return b.gaz.lookup(stem) is not None
    # X研究院平台 is the institute acting as a platform, not a programme (an award is named
    # after its giver: 中国政府奖学金)
    if stem.endswith(lex.org_endings) and suffix not in cfg["owner_named"] and not stem.endswith(tuple(cfg["kinds_served"])):
        return False
    rest = lex.programme_generic_re.sub("", plain(stem))  # quotation marks name nothing
    rest = re.sub(r"[0-9０-９一二三四五六七八九十百千万]+[项个批所类条]?", "", rest)
    rest = re.sub(r"[()（）\-—\s]", "", rest)
    if len(stem) < lex.raw["programme"]["min_stem"].get(suffix, 1):
        return False
    return len(rest) >= 2 and not _only_strip_words(rest, lex)
