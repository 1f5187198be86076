"""The place gazetteer: China's provinces, prefecture cities and counties from jionlp's
administrative-division file, and the world's countries and major cities from jionlp's
world list and pycountry's Chinese names. Read on first use and cached for the process.

jionlp is not imported (its import loads models); only its data files are read.
"""
from __future__ import annotations

import gettext
import io
import importlib.util
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.extract.lexicon import load_lexicon, trie_regex

_ROW = re.compile(r"^(\t{0,2})([^\t\n]+)\t(\d+)\t([^\t\n]*)$", re.M)


@dataclass(frozen=True)
class Place:
    name: str  # canonical: short form of provinces and cities (苏州), full form of counties
    level: str  # province | city | county | country | foreign-city
    aliases: tuple[str, ...] = ()
    province: str | None = None  # canonical name of the province it lies in
    city: str | None = None  # canonical name of the prefecture city it lies in


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)  # canonical → Place
    index: dict[str, str] = field(default_factory=dict)  # any form → canonical
    local: dict[str, dict[str, str]] = field(default_factory=dict)  # city → short district → canonical

    def add(self, place: Place, detect: tuple[str, ...]) -> None:
        if place.name in self.places:
            return
        self.places[place.name] = place
        forms = (place.name, *place.aliases, *detect)
        wide = tuple(f.replace("(", "（").replace(")", "）") for f in forms if "(" in f)
        for form in (*forms, *wide):
            self.index.setdefault(form, place.name)
        self._detect.update(detect + wide)

    def __post_init__(self) -> None:
        self._detect: set[str] = set()
        self._chars: frozenset[str] | None = None
        self.regex = None
        self._automaton = None

    def compile(self) -> None:
        self.regex = trie_regex(self._detect)  # for matches at a given position
        try:  # a C automaton scans a whole text ~4x faster than the trie regex
            import ahocorasick
        except ImportError:
            self._automaton = None
            return
        automaton = ahocorasick.Automaton()
        for form in self._detect:
            automaton.add_word(form, len(form))
        automaton.make_automaton()
        self._automaton = automaton

    def finditer(self, text: str):
        """(start, end, name) of every place form, leftmost-longest, not overlapping."""
        if self._automaton is None:
            for m in self.regex.finditer(text):
                yield m.start(), m.end(), m.group()
            return
        for last, length in self._automaton.iter_long(text):
            yield last + 1 - length, last + 1, text[last + 1 - length : last + 1]

    def inside(self, text: str, pos: int) -> bool:
        """Whether ``text[pos]`` lies inside a place name (呼和浩特: its 和 joins nothing)."""
        if self._chars is None:
            self._chars = frozenset("".join(self.index))
        if text[pos] not in self._chars:  # cheap first: 与 and 及 are in no place name
            return False
        for back in (1, 2, 3):
            m = self.regex.match(text, max(0, pos - back))
            if m and pos < m.end() and self.lookup(m.group()) is not None:
                return True
        return False

    def lookup(self, form: str) -> Place | None:
        canonical = self.index.get(form)
        return self.places.get(canonical) if canonical else None

    def province_of(self, form: str) -> str | None:
        place = self.lookup(form)
        if place is None:
            return None
        return place.name if place.level == "province" else place.province


def _jionlp_dir() -> Path | None:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


def _read_data(folder: Path, name: str) -> str | None:
    """A jionlp data file: jionlp ships some zipped and unzips them on its own first
    import, which this module never triggers, so read the zip when no text file is there."""
    plain = folder / f"{name}.txt"
    if plain.exists():
        return plain.read_text(encoding="utf-8")
    packed = folder / f"{name}.zip"
    if not packed.exists():
        return None
    with zipfile.ZipFile(packed) as archive, archive.open(f"{name}.txt") as member:
        # TextIOWrapper turns the file's CRLF into \n, as read_text does for the plain file
        return io.TextIOWrapper(member, encoding="utf-8").read()


def _china(gaz: Gazetteer, text: str, ambiguous: frozenset[str]) -> None:
    province = city = None
    for m in _ROW.finditer(text):
        depth, full, _code, alias = len(m.group(1)), m.group(2), m.group(3), m.group(4)
        shorts = [a for a in alias.split("/") if a]
        if depth == 0:
            short = shorts[0] if shorts else full
            province = short
            city = None
            gaz.add(Place(short, "province", (full,)), (full, short))
        elif depth == 1:
            short = shorts[0] if shorts else full
            city = short
            detect = (full,) if short in ambiguous or len(short) < 2 else (full, short)
            gaz.add(Place(short, "city", (full,), province=province), detect + _kind_forms(full, shorts, "州"))
        else:
            if len(full) < 3 or full in ambiguous:
                continue
            kind = full[-1]  # 自治县 → 县, 自治旗 → 旗
            gaz.add(Place(full, "county", (), province=province, city=city), (full, *_kind_forms(full, shorts, kind)))
            if city and full.startswith(city) and len(full) - len(city) >= 3:
                # 苏州工业园区 is written 工业园区 inside 苏州's own documents
                gaz.local.setdefault(city, {})[full[len(city):]] = full


def _kind_forms(full: str, shorts: list[str], kind: str) -> tuple[str, ...]:
    """An autonomous unit is written by its short form and its kind: 德宏傣族景颇族自治州 →
    德宏州, 峨边彝族自治县 → 峨边县 (the kind keeps the short form from being a bare word)."""
    if "自治" not in full:
        return ()
    return tuple(s + kind for s in shorts if len(s) >= 2 and not s.endswith(kind))


def _world(gaz: Gazetteer, text: str) -> None:
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or cols[0].endswith(":"):
            continue
        short, full = cols[0], cols[1]
        gaz.add(Place(short, "country", (full,) if full != short else ()), (short, full))
        cities = [c for col in cols[2:4] for c in col.split("/") if len(c) >= 2]
        for c in cities:
            if c not in gaz.index:
                gaz.add(Place(c, "foreign-city"), (c,))


def _pycountry(gaz: Gazetteer) -> None:
    try:
        import pycountry
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except Exception:  # pycountry without locales: jionlp's list still covers countries
        return
    for country in pycountry.countries:
        zh = tr.gettext(country.name)
        if zh == country.name or zh in gaz.index or len(zh) < 2:
            continue
        gaz.add(Place(zh, "country"), (zh,))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    lex = load_lexicon()
    ambiguous = frozenset(lex.places_cfg["ambiguous_aliases"])
    gaz = Gazetteer()
    folder = _jionlp_dir()
    china = _read_data(folder, "china_location") if folder is not None else None
    if china is None:
        raise RuntimeError("jionlp's china_location data is missing: reinstall jionlp "
                           "(pip install --force-reinstall jionlp)")
    _china(gaz, china, ambiguous)
    _world(gaz, _read_data(folder, "world_location") or "")
    _pycountry(gaz)
    for region in lex.places_cfg.get("regions", ()):
        gaz.add(Place(region, "region"), (region,))
    for abbr, province in lex.places_cfg.get("compass_provinces", {}).items():  # 渝东北, 苏北
        for side in lex.places_cfg["compass_sides"]:
            if abbr + side not in gaz.index:
                gaz.add(Place(abbr + side, "region", province=gaz.index.get(province)), (abbr + side,))
    gaz.compile()
    return gaz
