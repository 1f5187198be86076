"""The canned queries: one ``*.cypher`` file each, described by its header comments.

A header names the query and its parameters::

    // name: institutions-in-programme
    // description: Institutions taking part in a programme, with evidence counts.
    // param: programme: str -- programme name or alias
    // param: limit: int = 50 -- at most this many rows

A parameter without ``= default`` is required. Types: str, int, float, bool, list (of
strings; comma-separated on the command line). The same text runs on FalkorDB and Neo4j 5;
values always travel as query parameters.

``queries/internal/`` holds queries the code runs itself (export, snapshots): same format,
reached with ``internal(name)``, not listed by ``registry()``.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from kg.errors import UsageError

HERE = Path(__file__).resolve().parent
HEADER = re.compile(r"^//\s*(name|description|param):\s*(.*?)\s*$")
PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<type>str|int|float|bool|list)"
                   r"(?:\s*=\s*(?P<default>.*?))?(?:\s+--\s*(?P<help>.*))?$")
TRUE, FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


class UnknownQuery(UsageError, KeyError):
    """No canned query of that name (a KeyError too, for mapping-style callers)."""

    __str__ = Exception.__str__


def _convert(type_: str, raw: str, what: str) -> Any:
    try:
        if type_ == "int":
            return int(raw)
        if type_ == "float":
            return float(raw)
    except ValueError:
        raise UsageError(f"{what} must be {'a whole number' if type_ == 'int' else 'a number'}, "
                         f"not {raw!r}") from None
    if type_ == "list":
        return [part.strip() for part in raw.split(",") if part.strip()]
    if type_ == "bool":
        if raw.lower() in TRUE | FALSE:
            return raw.lower() in TRUE
        raise UsageError(f"{what} must be true or false, not {raw!r}")
    return raw


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # str | int | float | bool
    default: Any = None
    required: bool = True
    description: str = ""
    choices: tuple[str, ...] | None = None

    def signature(self) -> str:
        if self.required:
            return f"{self.name}: {self.type}"
        shown = '""' if self.default == "" else self.default
        return f"{self.name}: {self.type} = {shown}"


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def bind(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Convert and check string values (from a CLI or a form) into query parameters.

        Unknown names, missing required values and values of the wrong type raise
        ``UsageError``; defaults fill what is not given. Values that are already of the
        right type (from a notebook) pass through.
        """
        known = {p.name: p for p in self.params}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            listed = ", ".join(known) or "none"
            raise UsageError(f"query {self.name} has no parameter {unknown[0]!r} "
                             f"(parameters: {listed})")
        bound: dict[str, Any] = {}
        for p in self.params:
            what = f"{self.name}: parameter {p.name}"
            if p.name not in raw:
                if p.required:
                    raise UsageError(f"{what} is required (--param {p.name}=VALUE)")
                bound[p.name] = p.default
                continue
            value = raw[p.name]
            bound[p.name] = _convert(p.type, value, what) if isinstance(value, str) else value
            if p.type in ("int", "float") and isinstance(bound[p.name], (int, float)) \
                    and bound[p.name] < 0:
                raise UsageError(f"{what} must not be negative")
        return bound


def parse(text: str, path: Path) -> Query:
    """Read a query file's header; a malformed header names the file and the line."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for number, line in enumerate(text.splitlines(), 1):
        m = HEADER.match(line.strip())
        if not m:
            continue
        key, value = m.groups()
        if key != "param":
            fields[key] = value
            continue
        pm = PARAM.match(value)
        if not pm:
            raise ValueError(f"{path}:{number}: bad parameter line {value!r}")
        default = pm["default"]
        params.append(Param(
            pm["name"], pm["type"],
            _convert(pm["type"], default.strip("\"'"), pm["name"]) if default is not None else None,
            default is None, (pm["help"] or "").strip()))
    if "name" not in fields or "description" not in fields:
        raise ValueError(f"{path}: header needs '// name:' and '// description:' lines")
    return Query(fields["name"], fields["description"], tuple(params), text, path)


@lru_cache(maxsize=1)
def registry() -> dict[str, Query]:
    """Every canned query by name, in name order."""
    found = [parse(p.read_text(encoding="utf-8"), p) for p in sorted(HERE.glob("*.cypher"))]
    by_name = {q.name: q for q in sorted(found, key=lambda q: q.name)}
    if len(by_name) != len(found):
        raise ValueError("two canned query files share a name")
    return by_name


@lru_cache(maxsize=None)
def internal(name: str) -> Query:
    """A query the code runs itself (``queries/internal/NAME.cypher``)."""
    path = HERE / "internal" / f"{name}.cypher"
    if not path.is_file():
        raise UnknownQuery(f"no internal query named {name!r}")
    return parse(path.read_text(encoding="utf-8"), path)


def get(name: str) -> Query:
    """The canned query ``name``; an unknown name suggests the closest ones."""
    queries = registry()
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, queries, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else " (see `kg queries`)"
    raise UnknownQuery(f"no canned query named {name!r}{hint}")


def run(store: Any, name: str, raw: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run canned query ``name`` on ``store`` with ``raw`` values (strings or typed)."""
    query = get(name)
    return store.run(query.text, query.bind(raw or {}))


def run_internal(store: Any, name: str, raw: Mapping[str, Any] | None = None) -> list[dict]:
    """Run internal query ``name`` (``queries/internal/``) on ``store``."""
    query = internal(name)
    return store.run(query.text, query.bind(raw or {}))


def entity_profile(store: Any, entity: str, limit: int = 200) -> list[dict[str, Any]]:
    """Each entity named ``entity`` (name or alias) with its relations and mentions.

    Raises ``NoResults`` when no entity has that name or alias.
    """
    from kg.errors import NoResults

    records = run(store, "entity", {"entity": entity})
    if not records:
        raise NoResults(f"no entity named {entity!r} (try `kg query search --param fragment=...`)")
    relations = run(store, "entity-relations", {"entity": entity, "limit": limit})
    mentions = run(store, "entity-mentions", {"entity": entity, "limit": limit})
    return [{**rec,
             "relations": [r for r in relations if r["entity"] == rec["name"]],
             "mentions": [m for m in mentions if m["entity"] == rec["name"]]}
            for rec in records]


__all__ = ["Param", "Query", "UnknownQuery", "entity_profile", "get", "internal", "parse",
           "registry", "run", "run_internal"]
