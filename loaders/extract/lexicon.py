"""Language data for extraction, loaded once from ``loaders/data`` and compiled to regexes.

Word lists become trie-shaped regexes, so matching a list of thousands of names costs one
linear scan of the text instead of a Python loop over the list.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def trie_pattern(words) -> str:
    """A regex alternation over ``words`` shaped as a trie (longest match first)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def trie_regex(words, *, prefix: str = "", suffix: str = "") -> re.Pattern:
    pattern = trie_pattern(words)
    return re.compile(prefix + "(?:" + (pattern or "(?!)") + ")" + suffix)


@dataclass(frozen=True)
class Abbreviation:
    short: str
    full: str
    type: str
    anywhere: bool  # False: only trusted inside a list of names of the same type


@dataclass
class Lexicon:
    """Every list the components use, with the regexes built from them."""

    raw: dict
    abbreviations: dict[str, Abbreviation]
    suffix_type: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        r = self.raw
        for type_, endings in r["suffixes"].items():
            for ending in endings:
                self.suffix_type[ending] = type_
        self.suffix_re = trie_regex(self.suffix_type)
        self.longest_suffix = max(map(len, self.suffix_type))
        self.org_endings = tuple(e for e, t in self.suffix_type.items() if t in ("Institution", "Body") and len(e) >= 2
                                 and e not in r["institution"]["group_endings"])
        self._ending_re = {t: trie_regex(r["suffixes"][t], suffix="$") for t in r["suffixes"]}
        self.punctuation = frozenset(r["boundaries"]["punctuation"])
        self.conjunctions = tuple(r["boundaries"]["conjunctions"])
        self.stop_re = re.compile("|".join(r["boundaries"]["stops"]))
        self.protected = tuple(r["boundaries"]["protected"])
        self.protected_re = trie_regex(r["boundaries"]["protected"] + r["body"]["department_stems"])
        # a cut word met at a name's start is stripped like any governing word (报送省教育厅…)
        strip_words = list(dict.fromkeys(r["strip"]["words"] + r["strip"]["cut"]))
        self.strip_re = re.compile(
            "(?:" + "|".join(r["strip"]["patterns"]) + "|" + trie_pattern(strip_words) + ")"
        )
        self.subject_re = trie_regex(r["strip"]["subjects"])
        self.generic_names = frozenset(r["generic_names"]["names"])
        self.institution = r["institution"]
        self.inst_descriptor_re = trie_regex(r["institution"]["descriptors"])
        self.inst_rank_re = trie_regex(r["institution"]["ranks"], suffix="$")
        self.body = r["body"]
        self.body_descriptor_re = trie_regex(r["body"]["descriptors"])
        self.jurisdiction_re = trie_regex(r["body"]["jurisdiction_marks"])
        self.department_re = trie_regex(r["body"]["department_stems"], suffix="$")
        self.programme_generic_re = trie_regex(r["programme"]["generic_words"])
        self.quote_cue_re = trie_regex(r["programme"]["quote_cues"])
        self.quote_stops = tuple(r["programme"]["quote_stops"])
        self.quote_verbs = tuple(r["programme"]["quote_verbs"])
        self.quote_endings = tuple(r["programme"]["quote_endings"])
        self.quote_not_names = tuple(r["programme"]["quote_not_names"])
        self.max_quote = int(r["programme"]["max_quote"])
        self.places_cfg = r["places"]
        self.adjective_re = trie_regex(r["places"]["adjective_marks"])
        self.false_edges = frozenset(r["places"]["false_edges"])
        names = {a.short: a for a in self.abbreviations.values()}
        bodies = r["bodies"]["names"]
        self.known_type = {name: "Body" for name in bodies}
        self.sure_known = frozenset(bodies) | {a.short for a in names.values() if a.anywhere}
        for a in names.values():
            self.known_type.setdefault(a.short, a.type)
        self.known_re = trie_regex(self.known_type)

    def ends_with_suffix(self, name: str, type_: str) -> str | None:
        """The longest ending of ``type_`` that ``name`` ends with."""
        m = self._ending_re[type_].search(name, max(0, len(name) - self.longest_suffix))
        return m.group() if m else None


def read_abbreviations(path: Path) -> dict[str, Abbreviation]:
    table: dict[str, Abbreviation] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        when = parts[3].strip() if len(parts) > 3 else "always"
        table[parts[0]] = Abbreviation(parts[0], parts[1], parts[2], when != "list")
    return table


def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """The lexicon from ``data_dir`` (default: the bundled ``loaders/data``), cached.

    Users add abbreviations without editing the package: files named in the environment
    variable ``KG_ABBREVIATIONS`` (separated like PATH) are read after the bundled table,
    in the same format, and win over it."""
    return _load(data_dir, os.environ.get("KG_ABBREVIATIONS", ""))


@lru_cache(maxsize=4)
def _load(data_dir: str | None, extra: str) -> Lexicon:
    base = Path(data_dir) if data_dir else DATA_DIR
    with open(base / "lexicon.toml", "rb") as fh:
        raw = tomllib.load(fh)
    table = read_abbreviations(base / "abbreviations.tsv")
    for path in filter(None, extra.split(os.pathsep)):
        table.update(read_abbreviations(Path(path)))
    return Lexicon(raw, table)
