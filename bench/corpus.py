"""A benchmark corpus of real policy text, at least ``min_bytes`` of UTF-8, written as .txt files.

The seeds are the bundled sample (data/) and, when the shared folder is next to the clone,
the other real plans in ../shared/corpus/more/. Copies vary the years and the place names so
no two files are the same text (and caches cannot help), and each copy is a separate
document, as a user's folder of plans would be.
"""
from __future__ import annotations

import itertools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = (ROOT / "data", ROOT.parent / "shared" / "corpus" / "more")
# Replacement places for the copies: only the benchmark uses them, to vary the text.
CITIES = ("无锡", "常州", "南通", "扬州", "镇江", "泰州", "盐城", "徐州", "宁波", "嘉兴",
          "湖州", "金华", "台州", "温州", "合肥", "芜湖")
PROVINCES = ("安徽", "福建", "江西", "山东", "湖北", "湖南", "广东")
SEED_CITIES = re.compile("苏州|绍兴")
SEED_PROVINCES = re.compile("江苏|浙江")
YEAR = re.compile(r"20[0-3]\d")


def seeds() -> list[tuple[str, str]]:
    """(name, text) of every seed document found; the sample alone in a clean clone."""
    found = []
    for folder in SEED_DIRS:
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                found.append((path.stem, path.read_text(encoding="utf-8")))
    if not found:
        raise SystemExit(f"no seed documents in {' or '.join(map(str, SEED_DIRS))}")
    return found


def variant(text: str, n: int) -> str:
    """Copy ``n`` of a text: years shifted by n, seed places renamed."""
    if not n:
        return text
    shifted = YEAR.sub(lambda m: str(int(m.group()) + n % 7), text)
    renamed = SEED_CITIES.sub(CITIES[n % len(CITIES)], shifted)
    return SEED_PROVINCES.sub(PROVINCES[n % len(PROVINCES)], renamed)


def build(folder: Path, min_bytes: int = 1_000_000) -> list[Path]:
    """Write copies of the seeds into ``folder`` until they hold ``min_bytes``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths, total = [], 0
    for n in itertools.count():
        for name, text in seeds():
            body = variant(text, n)
            path = folder / f"{n:03d}-{name}.txt"
            path.write_text(body, encoding="utf-8")
            paths.append(path)
            total += len(body.encode("utf-8"))
        if total >= min_bytes:
            return paths
    raise AssertionError("unreachable")
